//! Direct quotations and their attribution to speakers.

use serde::Serialize;

use super::entities::Entity;
use super::span::Span;

/// Whether a quote is a quoted clause or more, or a fragment inside the writer's own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
}

/// One direct quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The text inside the quote marks, marks excluded.
    pub span: Span,
    /// The id (index) of the entity that said it.
    pub speaker: Option<usize>,
    /// The words of the attribution in the text ("Nazary", "he", "the spokesman").
    pub speaker_span: Option<Span>,
    /// The attribution verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    pub kind: QuoteKind,
}

/// Find the quotes of `body` and attribute them to `entities`.
pub fn find_quotes(
    _body: &str,
    _paragraphs: &[Span],
    _sentences: &[Span],
    _entities: &[Entity],
) -> Vec<Quote> {
    Vec::new()
}
