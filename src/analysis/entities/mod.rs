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
