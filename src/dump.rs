//! The `lede dump` JSON document (see CONTRACT.md): every article with its analysis, every span as
//! byte offsets into `body` together with the text it covers.

use serde::Serialize;

use crate::analysis::{Analysis, Article, EntityKind, QuoteKind, Span};

#[derive(Serialize)]
struct Document<'a> {
    articles: Vec<ArticleJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    source: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    body: &'a str,
    paragraphs: &'a [Span],
    sentences: Vec<TextSpan<'a>>,
    entities: Vec<EntityJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
}

#[derive(Serialize)]
struct TextSpan<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityJson<'a> {
    id: usize,
    name: &'a str,
    kind: EntityKind,
    mentions: Vec<TextSpan<'a>>,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<usize>,
    speaker_text: Option<&'a str>,
    cue: Option<&'a str>,
    kind: QuoteKind,
}

fn text_span(body: &str, span: Span) -> TextSpan<'_> {
    TextSpan {
        start: span.start,
        end: span.end,
        text: span.text(body),
    }
}

fn article_json<'a>(article: &'a Article, analysis: &'a Analysis) -> ArticleJson<'a> {
    let body = &*article.body;
    ArticleJson {
        source: &article.source,
        title: article.title.as_deref(),
        date: article.date.as_deref(),
        body,
        paragraphs: &analysis.paragraphs,
        sentences: analysis
            .sentences
            .iter()
            .map(|&s| text_span(body, s))
            .collect(),
        entities: analysis
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| EntityJson {
                id,
                name: &e.name,
                kind: e.kind,
                mentions: e.mentions.iter().map(|&m| text_span(body, m)).collect(),
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| QuoteJson {
                start: q.span.start,
                end: q.span.end,
                text: q.span.text(body),
                speaker: q.speaker,
                speaker_text: q.speaker_span.map(|s| s.text(body)),
                cue: q.cue.map(|s| s.text(body)),
                kind: q.kind,
            })
            .collect(),
    }
}

/// Write one article object of the dump document, compact on one line (for JSON Lines output).
pub fn write_article<W: std::io::Write>(
    out: W,
    article: &Article,
    analysis: &Analysis,
) -> serde_json::Result<()> {
    serde_json::to_writer(out, &article_json(article, analysis))
}

/// Write the dump document for `items` to `out`, compact or pretty.
pub fn write_dump<W: std::io::Write>(
    out: W,
    items: &[(Article, Analysis)],
    pretty: bool,
) -> serde_json::Result<()> {
    let doc = Document {
        articles: items.iter().map(|(a, an)| article_json(a, an)).collect(),
    };
    if pretty {
        serde_json::to_writer_pretty(out, &doc)
    } else {
        serde_json::to_writer(out, &doc)
    }
}
