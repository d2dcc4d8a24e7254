//! The quotes pane: every quote with its speaker, one per row, in text order; only the selected
//! entity's quotes while an entity is selected. The selected quote carries a `●`.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::Frame;

use crate::app::model::{Doc, Model, QuoteOrder, Selection, Stage};

use super::{fit, pane_block, width_of};

/// The name shown for a quote's speaker: the speaker's label (see [`Doc::speaker_label`]), else
/// the attribution words, else `?`.
pub fn speaker_name(doc: &Doc, quote: usize) -> String {
    let q = &doc.analysis.quotes[quote];
    if let Some(label) = q.speaker.and_then(|id| doc.speaker_label(id)) {
        return label.to_owned();
    }
    match q.speaker_span {
        Some(span) => span.text(&doc.article.body).replace('\n', " "),
        None => "?".to_owned(),
    }
}

/// Draw the quotes pane into `rect`.
pub fn draw(model: &Model, frame: &mut Frame, rect: Rect, focused: bool) {
    let theme = &model.theme;
    let Some(doc) = model.doc() else { return };
    let visible = doc.visible_quotes();
    let title = match doc.selection {
        Selection::Entity { id, .. } => format!("Quotes · {}", doc.analysis.entities[id].name),
        _ => "Quotes".to_owned(),
    };
    let area = pane_block(
        frame,
        rect,
        &title,
        &visible.len().to_string(),
        focused,
        theme,
    );
    if area.is_empty() {
        return;
    }
    if visible.is_empty() {
        let text = if doc.stage < Stage::Complete {
            "analysing…"
        } else {
            "no quotes"
        };
        frame.render_widget(Line::styled(fit(text, area.width.into()), theme.dim), area);
        return;
    }
    let height = usize::from(area.height);
    let width = usize::from(area.width);
    let offset = doc.quote_list.visible_offset(height);
    let selected = match doc.selection {
        Selection::Quote(i) => Some(i),
        _ => None,
    };
    for (row, &i) in visible.iter().enumerate().skip(offset).take(height) {
        let quote = &doc.analysis.quotes[i];
        let mark = if selected == Some(i) { "●" } else { " " };
        // Grouped by speaker, a group's name stands on its first row (and on the top row).
        let repeated = doc.quote_order == QuoteOrder::Speaker
            && row > offset
            && doc.analysis.quotes[visible[row - 1]].speaker == quote.speaker
            && quote.speaker.is_some();
        let name = fit(&speaker_name(doc, i), (width / 3).max(4));
        let name = if repeated {
            " ".repeat(width_of(&name))
        } else {
            name
        };
        let room = width.saturating_sub(width_of(&name) + 4);
        let text = fit(quote.span.text(&doc.article.body), room);
        let mut speaker_style = quote.speaker.map_or(theme.dim, |id| theme.speaker(id));
        let mut text_style = theme.quote_of(quote.speaker);
        if row == doc.quote_list.selected {
            let cursor = if focused {
                theme.list_cursor
            } else {
                theme.list_cursor_unfocused
            };
            speaker_style = speaker_style.patch(cursor);
            text_style = text_style.patch(cursor);
        }
        let line = Line::from(vec![
            TextSpan::raw(format!("{mark} ")),
            TextSpan::styled(name, speaker_style),
            TextSpan::styled(if repeated { "  " } else { ": " }, speaker_style),
            TextSpan::styled(text, text_style),
        ]);
        let y = area.y + (row - offset) as u16;
        frame.buffer_mut().set_line(area.x, y, &line, area.width);
    }
}
