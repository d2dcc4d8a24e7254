//! Article-level resolution: candidate mentions become entities. One pass in text order puts each
//! mention into an existing cluster (same name; surname or title + surname of a person; acronym of an
//! organization, in either order; a word of an organization's or place's longer name; a close
//! spelling variant of a person's surname) or opens a new one. A bare surname shared by two people
//! goes to the more salient one. Each cluster's kind is the vote of all its mentions.

use super::candidates::Candidate;
use super::kinds::{self, Votes};
use super::lexicon::{flag, FastMap, Lexicon};
use super::tokens::{Shape, Token};
use super::{Entity, EntityKind};
use crate::analysis::span::Span;

struct Cluster<'a> {
    mentions: Vec<Span>,
    votes: Votes,
    /// The fullest name seen, without title.
    best: Span,
    best_words: usize,
    /// Capitalised words of the best name.
    words: Vec<&'a str>,
    /// Surname with its particles ("de Vries"), for multi-word names.
    surname: &'a str,
    count: usize,
    /// The first multi-word mention was not tucked inside an "of ..." phrase.
    salient: bool,
    last_seen: usize,
    /// The kind the votes so far choose.
    kind: EntityKind,
    /// Upper-case initials of the best name ("NRF"), for multi-word names.
    initials: String,
}

impl Cluster<'_> {
    fn multi(&self) -> bool {
        self.best_words > 1
    }

    fn kind(&self) -> EntityKind {
        self.kind
    }

    fn initials(&self) -> &str {
        &self.initials
    }

    fn salience(&self) -> (usize, usize) {
        (self.count * 2 + usize::from(self.salient), self.last_seen)
    }
}

/// Cluster the candidates into entities ordered by first mention.
pub fn resolve(body: &str, toks: &[Token], lex: &Lexicon, cands: &[Candidate]) -> Vec<Entity> {
    let mut clusters: Vec<Cluster> = Vec::with_capacity(cands.len() / 2 + 4);
    let mut exact: FastMap<&str, usize> =
        FastMap::with_capacity_and_hasher(cands.len(), Default::default());
    let mut cluster_of: Vec<usize> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let words: Vec<&str> = (c.first..c.end)
            .filter(|&k| toks[k].is_capitalised())
            .map(|k| toks[k].text(body))
            .collect();
        let name = c.name.text(body);
        let target = if c.alias_of_previous {
            cluster_of.last().copied()
        } else if words.len() == 1 {
            let upper = toks[c.first].shape == Shape::Upper;
            match_single(&clusters, &exact, lex, name, upper)
        } else {
            match_multi(&clusters, &exact, c, name, &words)
        };
        let id = match target {
            Some(id) => id,
            None => {
                let votes = product_votes(&clusters, &exact, lex, &words);
                clusters.push(Cluster {
                    mentions: Vec::new(),
                    votes,
                    best: c.name,
                    best_words: 0,
                    words: Vec::new(),
                    surname: "",
                    count: 0,
                    salient: false,
                    last_seen: i,
                    kind: EntityKind::Other,
                    initials: String::new(),
                });
                clusters.len() - 1
            }
        };
        let cl = &mut clusters[id];
        cl.mentions.push(c.span);
        for (v, e) in cl.votes.iter_mut().zip(c.votes) {
            *v += e;
        }
        cl.count += 1;
        cl.last_seen = i;
        if words.len() > 1 && cl.best_words <= 1 {
            cl.salient = !c.embedded;
        }
        if words.len() > cl.best_words
            || (words.len() == cl.best_words && c.name.len() > cl.best.len())
        {
            cl.best = c.name;
            cl.best_words = words.len();
            cl.surname = surname(body, toks, c);
            cl.initials = if words.len() > 1 {
                initials(&words)
            } else {
                String::new()
            };
            cl.words = words;
        }
        cl.kind = kinds::decide(&cl.votes, cl.multi());
        exact.insert(name, id);
        cluster_of.push(id);
    }
    clusters
        .into_iter()
        .map(|cl| Entity {
            name: cl.best.text(body).to_string(),
            kind: cl.kind(),
            mentions: cl.mentions,
        })
        .collect()
}

/// "Orbitel Flex" after "Orbitel": a company's name followed by a word that is no institution word
/// names one of its products.
fn product_votes(
    clusters: &[Cluster],
    exact: &FastMap<&str, usize>,
    lex: &Lexicon,
    words: &[&str],
) -> Votes {
    let mut v: Votes = [0.0; 5];
    if let [first, .., last] = words {
        let maker = exact.get(first).is_some_and(|&id| {
            let cl = &clusters[id];
            !cl.multi() && cl.kind() == EntityKind::Organization
        });
        let institution = flag::ORG_WORD | flag::PLACE_SUFFIX | flag::ENTITY | flag::OTHER_WORD;
        if maker && lex.get(last) & institution == 0 {
            v[kinds::index(EntityKind::Other)] += 5.0;
        }
    }
    v
}

/// The upper-case initials of a name's words ("National Resistance Front" → "NRF").
fn initials(words: &[&str]) -> String {
    words
        .iter()
        .flat_map(|w| w.split('-'))
        .filter_map(|w| w.chars().next())
        .filter(|ch| ch.is_uppercase())
        .collect()
}

/// The surname of a multi-word name: its last word with the lower-case particles before it.
fn surname<'a>(body: &'a str, toks: &[Token], c: &Candidate) -> &'a str {
    let last = (c.first..c.end)
        .rev()
        .find(|&k| toks[k].is_capitalised())
        .unwrap_or(c.first);
    let mut start = last;
    while start > c.first + 1 && toks[start - 1].shape == Shape::Lower {
        start -= 1;
    }
    &body[toks[start].start as usize..toks[last].end as usize]
}

fn most_salient<'c>(it: impl Iterator<Item = (usize, &'c Cluster<'c>)>) -> Option<usize> {
    it.max_by_key(|(_, cl)| cl.salience()).map(|(i, _)| i)
}

fn match_single(
    clusters: &[Cluster],
    exact: &FastMap<&str, usize>,
    lex: &Lexicon,
    name: &str,
    upper: bool,
) -> Option<usize> {
    let people = || {
        clusters
            .iter()
            .enumerate()
            .filter(|(_, cl)| cl.multi() && cl.kind() == EntityKind::Person)
    };
    // A surname or title + surname goes to the most salient person with that surname.
    if let Some(id) = most_salient(people().filter(|(_, cl)| cl.words.last() == Some(&name))) {
        return Some(id);
    }
    if let Some(&id) = exact.get(name) {
        return Some(id);
    }
    // A given name alone ("Oleksandr") for a person already named in full.
    if let Some(id) = most_salient(people().filter(|(_, cl)| cl.words.first() == Some(&name))) {
        return Some(id);
    }
    // "NRF", or a mixed-case acronym ("BoE" for "Bank of England").
    let capitals: String;
    let acronym = if upper {
        Some(name)
    } else if name.len() <= 6 && name.chars().filter(|c| c.is_uppercase()).count() >= 2 {
        capitals = name.chars().filter(|c| c.is_uppercase()).collect();
        Some(capitals.as_str())
    } else {
        None
    };
    if let Some(name) = acronym {
        let found =
            clusters.iter().enumerate().rev().find(|(_, cl)| {
                cl.multi() && cl.kind() != EntityKind::Person && cl.initials() == name
            });
        if let Some((id, _)) = found {
            return Some(id);
        }
    }
    let known = lex.get(name) & flag::ENTITY != 0;
    if !known {
        // "Helix" for "Helix Semiconductor Inc.", "Rovers" for "Millford Rovers".
        let found = clusters.iter().enumerate().rev().find(|(_, cl)| {
            cl.multi()
                && matches!(
                    cl.kind(),
                    EntityKind::Organization | EntityKind::Place | EntityKind::Other
                )
                && cl.words.contains(&name)
        });
        if let Some((id, _)) = found {
            return Some(id);
        }
        // A close spelling variant of a person's surname ("Masood" for "Massoud").
        if !upper {
            let variant = |cl: &Cluster| {
                let form = cl.words.last().copied().unwrap_or("");
                cl.kind() == EntityKind::Person && is_spelling_variant(name, form)
            };
            if let Some(id) =
                most_salient(clusters.iter().enumerate().filter(|(_, cl)| variant(cl)))
            {
                return Some(id);
            }
        }
    }
    None
}

fn match_multi(
    clusters: &[Cluster],
    exact: &FastMap<&str, usize>,
    c: &Candidate,
    name: &str,
    words: &[&str],
) -> Option<usize> {
    if let Some(&id) = exact.get(name) {
        return Some(id);
    }
    // "De Vries" for "Marieke de Vries".
    let particle_surname = clusters.iter().enumerate().filter(|(_, cl)| {
        cl.multi() && cl.kind() == EntityKind::Person && cl.surname.eq_ignore_ascii_case(name)
    });
    if let Some(id) = most_salient(particle_surname) {
        return Some(id);
    }
    // A full name after its surname alone ("Saleh" ... "Amrullah Saleh"), or an expansion after its
    // acronym ("NRF" ... "National Resistance Front").
    let personish = c.titled || c.votes[0] > c.votes[1].max(c.votes[2]);
    let last = *words.last()?;
    // Initials only matter against a one-word, all-capitals cluster.
    let mut initials_cache: Option<String> = None;
    let mut found = None;
    for (id, cl) in clusters.iter().enumerate().rev() {
        if cl.multi() {
            continue;
        }
        let form = cl.words.first().copied().unwrap_or("");
        if personish && form == last {
            found = Some(id);
            break;
        }
        if form.len() >= 2 && form.bytes().all(|b| b.is_ascii_uppercase()) {
            let init = initials_cache.get_or_insert_with(|| initials(words));
            if form == init.as_str() {
                found = Some(id);
                break;
            }
        }
    }
    found
}

/// Conservative spelling-variant test: same first letter, both at least five letters, and equal once
/// doubled letters are collapsed, or one inserted letter apart ("Masood" ~ "Massoud"); a changed
/// letter ("Saleh" / "Salem") is a different name.
fn is_spelling_variant(a: &str, b: &str) -> bool {
    if a == b
        || a.chars().count() < 5
        || b.chars().count() < 5
        || a.chars().next() != b.chars().next()
    {
        return false;
    }
    let ca = collapse_doubles(a);
    let cb = collapse_doubles(b);
    one_insertion_apart(&ca, &cb)
}

fn collapse_doubles(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

fn one_insertion_apart(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => short == long,
        1 => {
            let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
            short[prefix..] == long[prefix + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_are_conservative() {
        assert!(is_spelling_variant("Masood", "Massoud"));
        assert!(is_spelling_variant("Mohammed", "Mohamed"));
        assert!(!is_spelling_variant("Brandl", "Brandt"));
        assert!(!is_spelling_variant("Saleh", "Salem"));
        assert!(!is_spelling_variant("Nazary", "Massoud"));
        assert!(!is_spelling_variant("Khan", "Kahn"));
        assert!(!is_spelling_variant("Smith", "Smith"));
    }
}
