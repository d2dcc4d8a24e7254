//! Reading the config file's TOML with positions: the parse tree with byte spans (toml's
//! `DeTable`), byte offsets turned into line numbers, and the warnings every bad entry becomes
//! (`config.toml:12: unknown action "next_sentense" (did you mean "next_sentence"?); using the
//! default`). Nothing here fails: every problem is a warning and the default stays.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// A parsed document and what went wrong in it.
pub struct Report<'a> {
    text: &'a str,
    /// (line, message), in the order found; sorted by line when finished.
    warnings: Vec<(usize, String)>,
}

impl<'a> Report<'a> {
    pub fn new(text: &'a str) -> Report<'a> {
        Report {
            text,
            warnings: Vec::new(),
        }
    }

    /// The 1-based line of byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Record a problem at `span`.
    pub fn warn(&mut self, span: Range<usize>, message: String) {
        let line = self.line_of(span.start);
        self.warnings.push((line, message));
    }

    /// The warnings as `FILE:LINE: message` lines, in line order.
    pub fn finish(mut self, file: &str) -> Vec<String> {
        self.warnings.sort_by_key(|(line, _)| *line);
        self.warnings
            .into_iter()
            .map(|(line, message)| format!("{file}:{line}: {message}"))
            .collect()
    }
}

/// Parse `text` as TOML; on a syntax error, the error as a warning (with its line) and `None`.
pub fn parse_document<'a>(text: &'a str, report: &mut Report<'_>) -> Option<DeTable<'a>> {
    match DeTable::parse(text) {
        Ok(table) => Some(table.into_inner()),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().replace('\n', " ");
            report.warn(
                span,
                format!("TOML syntax error: {message}; ignoring the file, using the defaults"),
            );
            None
        }
    }
}

/// A value's type for messages ("a string", "an array").
pub fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// An integer value, if it is one that fits an i64.
pub fn integer(value: &DeValue<'_>) -> Option<i64> {
    let n = value.as_integer()?;
    i64::from_str_radix(&n.as_str().replace('_', ""), n.radix()).ok()
}

/// The entries of a table, with their key spans, in file order.
pub fn entries<'t, 'a>(
    table: &'t DeTable<'a>,
) -> Vec<(
    &'t Spanned<std::borrow::Cow<'a, str>>,
    &'t Spanned<DeValue<'a>>,
)> {
    let mut out: Vec<_> = table.iter().collect();
    out.sort_by_key(|(k, _)| k.span().start);
    out
}

/// ` (did you mean "x"?)` when one of `known` is a few edits from `word`, else nothing.
pub fn did_you_mean<'k>(word: &str, known: impl IntoIterator<Item = &'k str>) -> String {
    let limit = (word.chars().count() / 3).max(2);
    let lower = word.to_ascii_lowercase();
    known
        .into_iter()
        .map(|k| {
            // A shortened name ("min_text" for "min_text_width") counts as one edit.
            let prefix = lower.len() >= 4 && k.starts_with(&lower);
            (if prefix { 1 } else { edit_distance(word, k) }, k)
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| format!(" (did you mean \"{k}\"?)"))
        .unwrap_or_default()
}

/// Levenshtein distance over characters, ignoring ASCII case.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_suggestions() {
        let r = Report::new("a\nb\nc");
        assert_eq!(r.line_of(0), 1);
        assert_eq!(r.line_of(2), 2);
        assert_eq!(r.line_of(4), 3);
        assert_eq!(edit_distance("next_sentense", "next_sentence"), 1);
        assert_eq!(
            did_you_mean("next_sentense", ["quit", "next_sentence"]),
            " (did you mean \"next_sentence\"?)"
        );
        assert_eq!(did_you_mean("zzzzzz", ["quit"]), "");
    }
}
