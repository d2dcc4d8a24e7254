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

/// What one entity contributes to the index.
#[derive(Debug, Clone, PartialEq, Eq)]
struct EntityKeys {
    kind: EntityKind,
    /// The normalised canonical name.
    name: String,
    /// Normalised multi-word mention forms.
    forms: Vec<String>,
}

/// The people that end in one surname.
#[derive(Debug, Clone, Default)]
struct Surname {
    /// Distinct normalised full names (two or more words).
    full_names: Vec<String>,
    /// Nodes of people with a full name ending in it, and of people named by it alone.
    full: Vec<usize>,
    bare: Vec<usize>,
    /// Whether `bare` was joined to `full` (while the surname was unambiguous).
    linked: bool,
}

/// The index. Cheap to clone for small corpora; grows with [`CrossIndex::add`].
#[derive(Debug, Clone, Default)]
pub struct CrossIndex {
    /// Each article's first node, once it is indexed, and its entities' keys.
    docs: Vec<Option<(usize, Vec<EntityKeys>)>>,
    /// (article, entity) of each node.
    nodes: Vec<(usize, usize)>,
    parent: Vec<usize>,
    /// The nodes of each root's group (empty for non-roots).
    members: Vec<Vec<usize>>,
    keys: HashMap<String, usize>,
    surnames: HashMap<String, Surname>,
    /// Surnames known to be ambiguous (set by a rebuild): never linked.
    blocked: HashSet<String>,
}

impl CrossIndex {
    /// Index article `doc`'s entities (again, if it was indexed before).
    pub fn add(&mut self, doc: usize, analysis: &Analysis, body: &str) {
        let keys: Vec<EntityKeys> = analysis
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
        let mut out: Vec<(usize, usize)> = self.members[self.find(node)]
            .iter()
            .map(|&n| self.nodes[n])
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

    fn node(&self, doc: usize, entity: usize) -> Option<usize> {
        let (base, keys) = self.docs.get(doc)?.as_ref()?;
        (entity < keys.len()).then_some(base + entity)
    }

    fn find(&self, mut node: usize) -> usize {
        while self.parent[node] != node {
            node = self.parent[node];
        }
        node
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.members[a].len() < self.members[b].len() {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        let moved = std::mem::take(&mut self.members[b]);
        self.members[a].extend(moved);
    }

    /// Add one article's nodes and links; true when a surname that was linked became ambiguous
    /// (the caller rebuilds).
    fn insert(&mut self, doc: usize, keys: Vec<EntityKeys>) -> bool {
        let base = self.nodes.len();
        let mut touched = HashSet::new();
        for (entity, k) in keys.iter().enumerate() {
            let node = base + entity;
            self.nodes.push((doc, entity));
            self.parent.push(node);
            self.members.push(vec![node]);
            let own = if k.name.contains(' ') {
                format!("f:{}", k.name)
            } else {
                format!("w:{}:{}", k.kind.as_str(), k.name)
            };
            let forms = k.forms.iter().map(|f| format!("f:{f}"));
            for key in std::iter::once(own).chain(forms) {
                match self.keys.get(&key) {
                    Some(&other) => self.union(node, other),
                    None => {
                        self.keys.insert(key, node);
                    }
                }
            }
            if k.kind == EntityKind::Person && !k.name.is_empty() {
                let surname = surname(&k.name).to_owned();
                let entry = self.surnames.entry(surname.clone()).or_default();
                if k.name.contains(' ') {
                    if !entry.full_names.contains(&k.name) {
                        entry.full_names.push(k.name.clone());
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
                let nodes: Vec<usize> = entry.full.iter().chain(&entry.bare).copied().collect();
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
        let docs: Vec<(usize, Vec<EntityKeys>)> = std::mem::take(&mut self.docs)
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
        let mut full_names: HashMap<String, HashSet<String>> = HashMap::new();
        for (_, keys) in &docs {
            for k in keys.iter().filter(|k| k.kind == EntityKind::Person) {
                if k.name.contains(' ') {
                    full_names
                        .entry(surname(&k.name).to_owned())
                        .or_default()
                        .insert(k.name.clone());
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

/// The keys of one entity: its normalised name and multi-word mention forms.
fn entity_keys<'a>(
    kind: EntityKind,
    name: &str,
    mentions: impl Iterator<Item = &'a str>,
) -> EntityKeys {
    let name = normalise(name);
    let mut forms: Vec<String> = Vec::new();
    for mention in mentions {
        let form = normalise(mention);
        if form.contains(' ') && form != name && !forms.contains(&form) {
            forms.push(form);
        }
    }
    EntityKeys { kind, name, forms }
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
