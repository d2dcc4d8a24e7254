//! `lede dump` output formats beyond the contract's JSON document: JSON Lines (one article object
//! per line) and CSV tables (quotes, entities or sentences) for spreadsheets and data frames.
//!
//! - [`csv`]: an RFC 4180 writer and the three tables.
//! - [`progress`]: the `\r` progress line shown on a terminal while a large folder is analysed.

pub mod csv;
pub mod progress;

use std::io::Write;

use crate::analysis::{Analysis, Article};

/// What `lede dump --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// The contract's JSON document: `{"articles": [...]}`.
    #[default]
    Json,
    /// One article object per line, as in the JSON document's `articles`.
    Jsonl,
    /// One CSV table (choose it with `--what`), with a header row.
    Csv,
}

/// Which table `--format csv` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvTable {
    /// article, id, name, kind, mentions (count), first_start.
    Entities,
    /// article, start, end, speaker, speaker_id, speaker_text, cue, kind, quote.
    Quotes,
    /// article, index, start, end, text.
    Sentences,
}

/// Write `items` to `out` in `format`; `table` is the CSV table (quotes when `None`), `pretty`
/// indents the JSON document.
pub fn write<W: Write>(
    out: &mut W,
    items: &[(Article, Analysis)],
    format: OutputFormat,
    table: Option<CsvTable>,
    pretty: bool,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => {
            crate::dump::write_dump(&mut *out, items, pretty)?;
            writeln!(out)
        }
        OutputFormat::Jsonl => items.iter().try_for_each(|(article, analysis)| {
            crate::dump::write_article(&mut *out, article, analysis)?;
            writeln!(out)
        }),
        OutputFormat::Csv => csv::write_table(out, items, table.unwrap_or(CsvTable::Quotes)),
    }
}
