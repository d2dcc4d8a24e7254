//! The analysis engine: everything lede knows about an article's text, with no terminal in it.
//!
//! [`load`] turns files into [`Article`]s (title, date, cleaned body); [`analyze`] turns a body into an
//! [`Analysis`]: paragraphs, sentences, entities and quotes, all as byte spans into the body.

pub mod article;
pub mod check;
pub mod clean;
pub mod date;
pub mod entities;
pub mod html;
pub mod jsonl;
pub mod load;
pub mod markdown;
pub mod paragraphs;
pub mod quotes;
pub mod sentences;
pub mod span;

pub use article::Article;
pub use entities::{Entity, EntityKind};
pub use quotes::{Quote, QuoteKind};
pub use span::Span;

/// Everything the engine found in one article body. Every span is a half-open byte range into the
/// body that was analysed, on UTF-8 character boundaries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Paragraph spans, in order, non-overlapping, trimmed of surrounding whitespace.
    pub paragraphs: Vec<Span>,
    /// Sentence spans, in order, non-overlapping, trimmed, each inside one paragraph.
    pub sentences: Vec<Span>,
    /// Entities with their mentions; an entity's index in this vector is its id.
    pub entities: Vec<Entity>,
    /// Direct quotations, in text order.
    pub quotes: Vec<Quote>,
}

/// Analyse a body: paragraphs, then sentences, then entities, then quotes.
pub fn analyze(body: &str) -> Analysis {
    let paragraphs = paragraphs::paragraphs(body);
    let sentences = sentences::sentences(body, &paragraphs);
    let entities = entities::find_entities(body, &paragraphs, &sentences);
    let quotes = quotes::find_quotes(body, &paragraphs, &sentences, &entities);
    Analysis {
        paragraphs,
        sentences,
        entities,
        quotes,
    }
}
