//! Named entities: people, organizations, places, groups and other names, with their aliases merged
//! into one [`Entity`] per referent.

//!
//! The work is split in small steps: [`tokens`] (one pass over the paragraphs), [`candidates`] (name
//! spans with their kind evidence), [`resolve`] (alias clusters and kind votes per article), with
//! the word lists in [`lexicon`] and the evidence rules in [`kinds`].

pub mod candidates;
pub mod gender;
pub mod index;
pub mod kinds;
pub mod lexicon;
pub mod names;
pub mod quoted_titles;
pub mod resolve;
#[cfg(test)]
mod rules_tests;
pub mod segments;
pub mod short_forms;
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
/// Sentence starts are found by the tokenizer itself; `sentences` only serve to cut a giant
/// paragraph of a huge body into segments (see [`segments`]).
pub fn find_entities(body: &str, paragraphs: &[Span], sentences: &[Span]) -> Vec<Entity> {
    find_entities_segmented(body, paragraphs, sentences, segments::SEGMENT_BYTES)
}

/// [`find_entities`] with segments of at most about `segment` bytes.
fn find_entities_segmented(
    body: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    segment: usize,
) -> Vec<Entity> {
    thread_local! {
        /// The token table and the candidate list, kept between articles of one thread.
        static SCRATCH: std::cell::RefCell<(Vec<tokens::Token>, Vec<candidates::Candidate>)> =
            const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    }
    let lex = lexicon::lexicon();
    SCRATCH.with_borrow_mut(|(toks, kept)| {
        let mut whole = |paragraphs: &[Span]| {
            tokens::tokenize_into(body, paragraphs, lex, toks);
            let cands = candidates::candidates_into(body, toks, lex, std::mem::take(kept));
            let found = resolve::resolve(body, toks, lex, &cands);
            *kept = cands;
            found
        };
        let found = if body.len() <= segment {
            whole(paragraphs)
        } else {
            // One segment's tables serve every segment in turn.
            let mut merger = segments::Merger::default();
            for part in segments::segments(paragraphs, sentences, segment) {
                merger.add(whole(&part));
            }
            merger.finish()
        };
        // Only article-sized tables (up to about 1.5 MB of tokens) are kept between calls.
        if toks.capacity() > 1 << 16 {
            *toks = Vec::new();
            *kept = Vec::new();
        }
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    /// (name, kind, mention texts) of every entity `analyze` finds in `body`.
    pub(super) fn entities(body: &str) -> Vec<(String, EntityKind, Vec<&str>)> {
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

#[cfg(test)]
mod more_tests {
    use crate::analysis::analyze;

    fn names(body: &str) -> Vec<(String, Vec<&str>)> {
        analyze(body)
            .entities
            .into_iter()
            .map(|e| (e.name, e.mentions.iter().map(|m| m.text(body)).collect()))
            .collect()
    }

    #[test]
    fn a_dateline_agency_is_not_an_acronym_of_the_place() {
        let e = names("KYIV, Ukraine (AP) — Missiles struck.");
        let n: Vec<_> = e.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, ["KYIV", "Ukraine", "AP"]);
    }

    #[test]
    fn adjacent_known_names_are_separate() {
        let e = names("Johnson, a Louisiana Republican, spoke.");
        let n: Vec<_> = e.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, ["Johnson", "Louisiana", "Republican"]);
    }

    #[test]
    fn a_given_name_alone_goes_to_its_person() {
        let e = names("Oleksandr Petrenko died, said Iryna Petrenko. Oleksandr had worked there.");
        assert_eq!(e[0].1, ["Oleksandr Petrenko", "Oleksandr"]);
    }

    #[test]
    fn a_company_word_then_its_short_name() {
        let e = names("Shares of Zentrix Robotics rose. Zentrix said it would hire.");
        assert_eq!(e[0].1, ["Zentrix Robotics", "Zentrix"]);
    }
}

#[cfg(test)]
mod property_tests {
    use super::*;
    use crate::analysis::analyze;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn mentions_are_valid_on_any_text(
            words in proptest::collection::vec(
                "(Mr\\.|U\\.S\\.|Al-Qaeda|NRF|Kabul’s|O'Hare|É[a-zé]{0,5}|[A-Z][a-z]{0,6}|[a-z]{1,6}|[.,’'\\-“”()&:—]|\n\n|\u{00a0})",
                0..60,
            )
        ) {
            let body = words.join(" ");
            let a = analyze(&body);
            let mut all: Vec<Span> = a.entities.iter().flat_map(|e| e.mentions.clone()).collect();
            for e in &a.entities {
                prop_assert!(!e.mentions.is_empty());
                prop_assert!(e.mentions.windows(2).all(|w| w[0].end <= w[1].start));
            }
            all.sort();
            for w in all.windows(2) {
                prop_assert!(w[0].end <= w[1].start);
            }
            for m in &all {
                prop_assert!(m.start < m.end && m.end <= body.len());
                prop_assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
                let t = m.text(&body);
                prop_assert!(!t.ends_with("’s") && !t.ends_with(' ') && !t.starts_with(' '));
            }
        }
    }
}
