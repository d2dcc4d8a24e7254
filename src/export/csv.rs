//! CSV output (RFC 4180): a field is quoted when it holds a comma, a quote or a line break, quotes
//! inside are doubled, records end with CRLF. Offsets are byte offsets into the article body, as
//! in the JSON; a missing value (no speaker, no cue) is an empty field.
//!
//! Article text is untrusted and CSV files are opened in spreadsheets, so a field that a spreadsheet
//! would take as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
//! leading `'`, as OWASP recommends against CSV injection.

use std::io::Write;

use super::CsvTable;
use crate::analysis::{Analysis, Article, EntityKind, QuoteKind};

/// Writes records of fields, quoting as RFC 4180 asks.
pub struct CsvWriter<W: Write> {
    out: W,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(out: W) -> Self {
        CsvWriter { out }
    }

    /// Write one record: the fields separated by commas, then CRLF.
    pub fn record<S: AsRef<str>>(&mut self, fields: &[S]) -> std::io::Result<()> {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            write_field(&mut self.out, field.as_ref())?;
        }
        self.out.write_all(b"\r\n")
    }
}

/// Whether a spreadsheet would read `field` as a formula (OWASP's CSV injection list).
fn looks_like_formula(field: &str) -> bool {
    field.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

fn write_field<W: Write>(out: &mut W, field: &str) -> std::io::Result<()> {
    let guard: &[u8] = if looks_like_formula(field) { b"'" } else { b"" };
    if !field.contains([',', '"', '\n', '\r']) {
        out.write_all(guard)?;
        return out.write_all(field.as_bytes());
    }
    out.write_all(b"\"")?;
    out.write_all(guard)?;
    for (i, part) in field.split('"').enumerate() {
        if i > 0 {
            out.write_all(b"\"\"")?;
        }
        out.write_all(part.as_bytes())?;
    }
    out.write_all(b"\"")
}

/// Write one table for all `items`, header first.
pub fn write_table<W: Write>(
    out: W,
    items: &[(Article, Analysis)],
    table: CsvTable,
) -> std::io::Result<()> {
    let mut csv = CsvWriter::new(out);
    match table {
        CsvTable::Entities => {
            csv.record(&["article", "id", "name", "kind", "mentions", "first_start"])?;
            for (article, analysis) in items {
                for (id, entity) in analysis.entities.iter().enumerate() {
                    let first = entity.mentions.iter().map(|m| m.start).min();
                    csv.record(&[
                        article.source.as_str(),
                        &id.to_string(),
                        &entity.name,
                        entity_kind(entity.kind),
                        &entity.mentions.len().to_string(),
                        &first.map(|s| s.to_string()).unwrap_or_default(),
                    ])?;
                }
            }
        }
        CsvTable::Quotes => {
            csv.record(&[
                "article",
                "start",
                "end",
                "speaker",
                "speaker_id",
                "speaker_text",
                "cue",
                "kind",
                "quote",
            ])?;
            for (article, analysis) in items {
                let body = &*article.body;
                for quote in &analysis.quotes {
                    let speaker = quote.speaker.and_then(|id| analysis.entities.get(id));
                    csv.record(&[
                        article.source.as_str(),
                        &quote.span.start.to_string(),
                        &quote.span.end.to_string(),
                        speaker.map_or("", |e| e.name.as_str()),
                        &quote.speaker.map(|id| id.to_string()).unwrap_or_default(),
                        quote.speaker_span.map_or("", |s| s.text(body)),
                        quote.cue.map_or("", |s| s.text(body)),
                        &quote_kind(quote.kind),
                        quote.span.text(body),
                    ])?;
                }
            }
        }
        CsvTable::Sentences => {
            csv.record(&["article", "index", "start", "end", "text"])?;
            for (article, analysis) in items {
                for (index, sentence) in analysis.sentences.iter().enumerate() {
                    csv.record(&[
                        article.source.as_str(),
                        &index.to_string(),
                        &sentence.start.to_string(),
                        &sentence.end.to_string(),
                        sentence.text(&article.body),
                    ])?;
                }
            }
        }
    }
    Ok(())
}

fn entity_kind(kind: EntityKind) -> &'static str {
    kind.as_str()
}

/// The kind's name exactly as the JSON spells it.
fn quote_kind(kind: QuoteKind) -> String {
    serde_name(&kind)
}

/// The name serde gives a unit enum variant, so the CSV and the JSON can never disagree.
fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(fields: &[&str]) -> String {
        let mut out = Vec::new();
        CsvWriter::new(&mut out).record(fields).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(line(&["a", "b c", ""]), "a,b c,\r\n");
        assert_eq!(
            line(&["x,y", "say \"hi\"", "two\nlines"]),
            "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn formula_starts_are_defused_with_a_quote() {
        assert_eq!(
            line(&["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]),
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\"\r\n"
        );
        assert_eq!(line(&["a=b", "12", "“=quoted”"]), "a=b,12,“=quoted”\r\n");
    }
}
