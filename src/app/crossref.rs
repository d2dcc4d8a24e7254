//! The cross-article index: which entities of different articles are the same referent, so an
//! entity's card can say in how many other articles it appears and `o` can open them.
//!
//! Two entities are linked when they share a normalised canonical name (single-word names only
//! with the same kind: "Jordan" the person is not Jordan the country), any multi-word mention form
//! ("National Resistance Front" in both), or, for people, when one is a bare surname ("Dace") and
//! exactly one full name across all articles ends in it ("Elin Dace"). Links are a union-find over
//! (article, entity) nodes, grown one article at a time as background results arrive; the rare
//! case where a new article makes a surname ambiguous rebuilds the index.

use std::collections::{HashMap, HashSet};

use crate::analysis::entities::names::surname;
use crate::analysis::{Analysis, EntityKind};

/// Title-like first words dropped before names are compared.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "gen", "col", "capt", "lt", "sgt",
    "rev", "sen", "rep", "gov", "pres",
];
/// Company-form endings dropped before names are compared ("Nordhaven Logistics Inc.").
const COMPANY_FORMS: &[&str] = &[
    "inc", "ltd", "llc", "plc", "corp", "co", "sa", "ag", "gmbh", "nv", "bv", "spa", "ab",
];

/// A name key: a 64-bit hash of a normalised string. A 10,000-article folder has a few hundred
/// thousand of them, so keeping hashes rather than strings keeps the index small; two different
/// names share a hash with odds of about 1 in 10^9 for such a corpus, which would only link two
/// entities in the card counts.
type Key = u64;

fn key(tag: &str, text: &str) -> Key {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same name always gives the same key.
    let mut hasher = std::hash::DefaultHasher::new();
    tag.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish()
}

/// What one entity contributes to the index.
#[derive(Debug, Clone, PartialEq, Eq)]
struct EntityKeys {
    kind: EntityKind,
    /// The normalised name has two or more words.
    multiword: bool,
    /// The normalised canonical name's key (an exact key for multi-word names, one that includes
    /// the kind for single words).
    name: Key,
    /// For a named person: the key of the surname; `None` otherwise.
    surname: Option<Key>,
    /// Keys of the normalised multi-word mention forms.
    forms: Box<[Key]>,
}

/// The people that end in one surname.
#[derive(Debug, Clone, Default)]
struct Surname {
    /// Distinct normalised full names (two or more words), as keys.
    full_names: Vec<Key>,
    /// Nodes of people with a full name ending in it, and of people named by it alone.
    full: Vec<u32>,
    bare: Vec<u32>,
    /// Whether `bare` was joined to `full` (while the surname was unambiguous).
    linked: bool,
}

/// The index. Cheap to clone for small corpora; grows with [`CrossIndex::add`].
#[derive(Debug, Clone, Default)]
pub struct CrossIndex {
    /// Each article's first node, once it is indexed, and its entities' keys.
    docs: Vec<Option<(u32, Box<[EntityKeys]>)>>,
    /// (article, entity) of each node.
    nodes: Vec<(u32, u32)>,
    parent: Vec<u32>,
    /// The members of each group as a ring: `next` leads from a node to the next one of its group
    /// and back to itself, so a union splices two rings in O(1).
    next: Vec<u32>,
    /// The size of each root's group.
    size: Vec<u32>,
    keys: HashMap<Key, u32>,
    surnames: HashMap<Key, Surname>,
    /// Surnames known to be ambiguous (set by a rebuild): never linked.
    blocked: HashSet<Key>,
}

impl CrossIndex {
    /// Index article `doc`'s entities (again, if it was indexed before).
    pub fn add(&mut self, doc: usize, analysis: &Analysis, body: &str) {
        let keys: Box<[EntityKeys]> = analysis
            .entities
            .iter()
            .map(|e| entity_keys(e.kind, &e.name, e.mentions.iter().map(|m| m.text(body))))
            .collect();
        if self.docs.len() <= doc {
            self.docs.resize(doc + 1, None);
        }
        if self.docs[doc].is_some() {
            self.docs[doc] = Some((0, keys));
            self.rebuild();
            return;
        }
        if self.insert(doc, keys) {
            self.rebuild();
        }
    }

    /// Whether article `doc` has been indexed.
    pub fn has(&self, doc: usize) -> bool {
        self.docs.get(doc).is_some_and(Option::is_some)
    }

    /// The other articles where entity `entity` of article `doc` appears: (article, its entity
    /// there), one per article, in article order.
    pub fn others(&self, doc: usize, entity: usize) -> Vec<(usize, usize)> {
        let Some(node) = self.node(doc, entity) else {
            return Vec::new();
        };
        let mut out: Vec<(usize, usize)> = self
            .group(node)
            .map(|n| {
                let (d, e) = self.nodes[n as usize];
                (d as usize, e as usize)
            })
            .filter(|(d, _)| *d != doc)
            .collect();
        out.sort_unstable();
        out.dedup_by_key(|(d, _)| *d);
        out
    }

    /// How many other articles mention entity `entity` of article `doc`.
    pub fn count(&self, doc: usize, entity: usize) -> usize {
        self.others(doc, entity).len()
    }

    fn node(&self, doc: usize, entity: usize) -> Option<u32> {
        let (base, keys) = self.docs.get(doc)?.as_ref()?;
        (entity < keys.len()).then(|| base + entity as u32)
    }

    /// The nodes of `node`'s group, `node` first.
    fn group(&self, node: u32) -> impl Iterator<Item = u32> + '_ {
        let mut at = Some(node);
        std::iter::from_fn(move || {
            let here = at?;
            let next = self.next[here as usize];
            at = (next != node).then_some(next);
            Some(here)
        })
    }

    fn find(&self, mut node: u32) -> u32 {
        while self.parent[node as usize] != node {
            node = self.parent[node as usize];
        }
        node
    }

    fn union(&mut self, a: u32, b: u32) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a as usize] < self.size[b as usize] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b as usize] = a;
        self.size[a as usize] += self.size[b as usize];
        self.next.swap(a as usize, b as usize);
    }

    /// Add one article's nodes and links; true when a surname that was linked became ambiguous
    /// (the caller rebuilds).
    fn insert(&mut self, doc: usize, keys: Box<[EntityKeys]>) -> bool {
        let base = self.nodes.len() as u32;
        let mut touched = HashSet::new();
        for (entity, k) in keys.iter().enumerate() {
            let node = base + entity as u32;
            self.nodes.push((doc as u32, entity as u32));
            self.parent.push(node);
            self.next.push(node);
            self.size.push(1);
            for &key in std::iter::once(&k.name).chain(k.forms.iter()) {
                match self.keys.get(&key) {
                    Some(&other) => self.union(node, other),
                    None => {
                        self.keys.insert(key, node);
                    }
                }
            }
            if let Some(surname) = k.surname {
                let entry = self.surnames.entry(surname).or_default();
                if k.multiword {
                    if !entry.full_names.contains(&k.name) {
                        entry.full_names.push(k.name);
                    }
                    entry.full.push(node);
                } else {
                    entry.bare.push(node);
                }
                touched.insert(surname);
            }
        }
        self.docs[doc] = Some((base, keys));
        let mut ambiguous = false;
        for surname in touched {
            let entry = &self.surnames[&surname];
            if entry.full_names.len() > 1 || self.blocked.contains(&surname) {
                ambiguous |= entry.linked;
                continue;
            }
            if entry.full_names.len() == 1 && !entry.bare.is_empty() {
                let nodes: Vec<u32> = entry.full.iter().chain(&entry.bare).copied().collect();
                for pair in nodes.windows(2) {
                    self.union(pair[0], pair[1]);
                }
                if let Some(e) = self.surnames.get_mut(&surname) {
                    e.linked = true;
                }
            }
        }
        ambiguous
    }

    /// Index every article again from its saved keys, surnames judged on the whole corpus.
    fn rebuild(&mut self) {
        let docs: Vec<(usize, Box<[EntityKeys]>)> = std::mem::take(&mut self.docs)
            .into_iter()
            .enumerate()
            .filter_map(|(d, entry)| entry.map(|(_, keys)| (d, keys)))
            .collect();
        let len = docs.iter().map(|(d, _)| d + 1).max().unwrap_or(0);
        *self = CrossIndex {
            docs: vec![None; len],
            ..CrossIndex::default()
        };
        // Surnames first, so that no link is made while a later article would make it ambiguous.
        let mut full_names: HashMap<Key, HashSet<Key>> = HashMap::new();
        for (_, keys) in &docs {
            for k in keys.iter().filter(|k| k.multiword) {
                if let Some(surname) = k.surname {
                    full_names.entry(surname).or_default().insert(k.name);
                }
            }
        }
        self.blocked = full_names
            .into_iter()
            .filter(|(_, names)| names.len() > 1)
            .map(|(surname, _)| surname)
            .collect();
        for (doc, keys) in docs {
            self.insert(doc, keys);
        }
    }
}

/// The keys of one entity: its normalised name, its surname (people) and multi-word mention forms.
fn entity_keys<'a>(
    kind: EntityKind,
    name: &str,
    mentions: impl Iterator<Item = &'a str>,
) -> EntityKeys {
    let name = normalise(name);
    let multiword = name.contains(' ');
    let mut forms: Vec<Key> = Vec::new();
    for mention in mentions {
        let form = normalise(mention);
        if form.contains(' ') && form != name {
            let form = key("f", &form);
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
    EntityKeys {
        kind,
        multiword,
        name: if multiword {
            key("f", &name)
        } else {
            key(kind.as_str(), &name)
        },
        surname: (kind == EntityKind::Person && !name.is_empty()).then(|| key("s", surname(&name))),
        forms: forms.into_boxed_slice(),
    }
}

/// A name for comparison: lowercase words, edge punctuation and a possessive `'s` dropped, a
/// leading "the" and honorifics ("Mr.", "Dr.") dropped, one space between words.
pub fn normalise(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for raw in name.split_whitespace() {
        let raw = raw.replace('’', "'");
        let raw = raw
            .strip_suffix("'s")
            .or_else(|| raw.strip_suffix('\''))
            .unwrap_or(&raw);
        let word: String = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        if !word.is_empty() {
            words.push(word);
        }
    }
    while words.len() > 2 && COMPANY_FORMS.contains(&words[words.len() - 1].as_str()) {
        words.pop();
    }
    let mut start = 0;
    while start < words.len().saturating_sub(1)
        && (words[start] == "the" || HONORIFICS.contains(&words[start].trim_end_matches('.')))
    {
        start += 1;
    }
    words[start..].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_names() {
        assert_eq!(
            normalise("The  Coastal Transit Board’s"),
            "coastal transit board"
        );
        assert_eq!(normalise("Mr. Saleh"), "saleh");
        assert_eq!(normalise("Dr Elin Dace"), "elin dace");
        assert_eq!(normalise("U.S."), "u.s");
        assert_eq!(normalise("The"), "the");
        assert_eq!(normalise("Nordhaven Logistics Inc."), "nordhaven logistics");
        assert_eq!(normalise("Acme Co"), "acme co");
    }
}
