//! The status line (bottom row), worded as in the contract: always `sentence N/M`, then
//! `quote N/M`, `NAME mention N/M` or `match N/M` when one is active; the search prompt while
//! typing; notes, the open article's load warning and `? help` on the right.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::Frame;

use crate::app::model::{Model, Selection, Stage};

use super::{fit, width_of};

/// The left part of the status line.
pub fn status_text(model: &Model) -> String {
    let mut parts = Vec::new();
    if model.search.editing {
        parts.push(format!("/{}▏", model.search.query));
    }
    let Some(doc) = model.doc() else {
        parts.push("sentence 0/0".to_owned());
        return parts.join("  ");
    };
    let total = doc.analysis.sentences.len();
    let at = if total == 0 {
        0
    } else {
        doc.cursor_index() + 1
    };
    parts.push(format!("sentence {at}/{total}"));
    match doc.selection {
        Selection::Quote(i) => {
            parts.push(format!("quote {}/{}", i + 1, doc.analysis.quotes.len()));
        }
        Selection::Entity { id, mention } => {
            let entity = &doc.analysis.entities[id];
            parts.push(format!(
                "{} mention {}/{}",
                entity.name,
                (mention + 1).min(entity.mentions.len()),
                entity.mentions.len()
            ));
        }
        Selection::Match(i) => {
            parts.push(format!("match {}/{}", i + 1, model.search.matches.len()));
        }
        Selection::None if model.search.is_active() => {
            parts.push(format!("match 0/{}", model.search.matches.len()));
        }
        Selection::None => {}
    }
    parts.join("  ")
}

/// The right part: a note, the analysis progress, the open article's load warning (invalid
/// UTF-8, controls replaced...), or the help hint.
pub fn status_hint(model: &Model) -> String {
    if let Some(note) = &model.note {
        return note.clone();
    }
    match model.doc() {
        Some(doc) if doc.stage < Stage::Complete => "analysing…".to_owned(),
        Some(doc) if !doc.article.warnings.is_empty() => {
            let warning = &doc.article.warnings[0];
            // The warning names the file; the status line is about the open article anyway.
            let shown = format!(
                "{}: ",
                crate::analysis::load::printable(&doc.article.source)
            );
            let warning = warning.strip_prefix(&shown).unwrap_or(warning);
            format!("⚠ {warning}  ? help")
        }
        _ => "? help  q quit".to_owned(),
    }
}

/// Draw the status line into the one-row `rect`.
pub fn draw(model: &Model, frame: &mut Frame, rect: Rect) {
    let width = usize::from(rect.width);
    let left = fit(&format!(" {}", status_text(model)), width);
    let right = status_hint(model);
    let room = width.saturating_sub(width_of(&left));
    // A note too long for the room left is cut rather than dropped.
    let long = model.note.is_some() || right.starts_with('⚠');
    let right = if long && width_of(&right) + 2 > room && room > 12 {
        fit(&right, room - 3)
    } else {
        right
    };
    let text = if width_of(&right) + 2 <= room {
        let pad = room - width_of(&right) - 1;
        format!("{left}{}{right} ", " ".repeat(pad))
    } else {
        format!("{left}{}", " ".repeat(room))
    };
    frame.buffer_mut().set_line(
        rect.x,
        rect.y,
        &Line::styled(text, model.theme.status),
        rect.width,
    );
}
