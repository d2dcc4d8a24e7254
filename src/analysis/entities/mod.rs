//! Named entities: people, organizations, places, groups and other names, with their aliases merged
//! into one [`Entity`] per referent.

//!
//! The work is split in small steps: [`tokens`] (one pass over the paragraphs), [`candidates`] (name
//! spans with their kind evidence), [`resolve`] (alias clusters and kind votes per article), with
//! the word lists in [`lexicon`] and the evidence rules in [`kinds`].

pub mod candidates;
pub mod kinds;
pub mod lexicon;
pub mod resolve;
pub mod tokens;

use serde::Serialize;

use super::span::Span;

/// The kind of a named entity, as in the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    /// Nationalities, religious and political groups ("Afghan", "Pakistani").
    Group,
    /// Named events, works, products...
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
        EntityKind::Other,
    ];

    /// The contract's name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }
}

/// One real-world referent and every mention of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form seen.
    pub name: String,
    pub kind: EntityKind,
    /// Mention spans, in text order.
    pub mentions: Vec<Span>,
}

/// Find the entities of `body`, ordered by first mention. Ids are indexes into the returned vector;
/// each entity's mentions are in text order and no two mentions overlap.
///
/// Sentence starts are found by the tokenizer itself, so `_sentences` is not needed.
pub fn find_entities(body: &str, paragraphs: &[Span], _sentences: &[Span]) -> Vec<Entity> {
    let lex = lexicon::lexicon();
    let toks = tokens::tokenize(body, paragraphs, lex);
    let cands = candidates::candidates(body, &toks, lex);
    resolve::resolve(body, &toks, lex, &cands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    fn entities(body: &str) -> Vec<(String, EntityKind, Vec<&str>)> {
        analyze(body)
            .entities
            .into_iter()
            .map(|e| {
                let texts = e.mentions.iter().map(|m| m.text(body)).collect();
                (e.name, e.kind, texts)
            })
            .collect()
    }

    #[test]
    fn aliases_merge_into_one_entity() {
        let body = "Amrullah Saleh arrived. Mr. Saleh said Saleh’s plan was ready.\n\n\
                    The National Resistance Front met. The NRF said so.";
        let e = entities(body);
        assert_eq!(e[0].0, "Amrullah Saleh");
        assert_eq!(e[0].1, EntityKind::Person);
        assert_eq!(e[0].2, ["Amrullah Saleh", "Mr. Saleh", "Saleh"]);
        assert_eq!(e[1].0, "National Resistance Front");
        assert_eq!(e[1].1, EntityKind::Organization);
        assert_eq!(e[1].2, ["National Resistance Front", "NRF"]);
    }

    #[test]
    fn acronym_before_expansion_merges_too() {
        let body = "The NRF said it would fight. The National Resistance Front has 9,000 men.";
        let e = entities(body);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].0, "National Resistance Front");
    }

    #[test]
    fn shared_surnames_stay_apart() {
        let body = "Ahmad Massoud, the son of commander Ahmad Shah Massoud, spoke. \
                    Massoud said the valley would hold, and said Masood agreed.";
        let e = entities(body);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].2, ["Ahmad Massoud", "Massoud", "Masood"]);
        assert_eq!(e[1].2, ["Ahmad Shah Massoud"]);
    }

    #[test]
    fn kinds_come_from_lexicons_and_context() {
        let body =
            "Afghan fighters moved from Panjshir to Kabul, Nazary said, and AFP filmed them.";
        let e = entities(body);
        let kinds: Vec<_> = e.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            kinds,
            [
                ("Afghan", EntityKind::Group),
                ("Panjshir", EntityKind::Place),
                ("Kabul", EntityKind::Place),
                ("Nazary", EntityKind::Person),
                ("AFP", EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn mentions_are_ordered_disjoint_and_on_char_boundaries() {
        let body =
            "Médecins Sans Frontières met São Paulo’s mayor. “Zoë Ångström,” said Ms. Ångström.";
        let a = analyze(body);
        let mut all: Vec<Span> = a.entities.iter().flat_map(|e| e.mentions.clone()).collect();
        all.sort();
        for w in all.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for m in &all {
            assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
        }
        let firsts: Vec<usize> = a.entities.iter().map(|e| e.mentions[0].start).collect();
        assert!(firsts.windows(2).all(|w| w[0] < w[1]));
    }
}
