//! The help overlay (`?`): every key of the keymap table with its description, plus the mouse.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::Clear;
use ratatui::Frame;

use crate::app::keymap::help_rows;
use crate::app::model::Model;

use super::{fit, pane_block, width_of};

/// The overlay's lines: one per binding, then the mouse.
pub fn help_lines() -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = help_rows()
        .into_iter()
        .map(|(keys, help)| (keys, help.to_owned()))
        .collect();
    rows.push(("wheel".to_owned(), "scroll".to_owned()));
    rows.push((
        "click".to_owned(),
        "put the cursor on a sentence, select an entity, quote or article".to_owned(),
    ));
    rows
}

/// Draw the overlay centred on `area`.
pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let rows = help_lines();
    let keys_width = rows.iter().map(|(k, _)| width_of(k)).max().unwrap_or(0);
    let want_w = rows
        .iter()
        .map(|(_, h)| keys_width + 2 + width_of(h))
        .max()
        .unwrap_or(0)
        + 4;
    let width = (want_w as u16).min(area.width);
    let height = (rows.len() as u16 + 2).min(area.height.saturating_sub(1).max(1));
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height.saturating_sub(1) - height.min(area.height.saturating_sub(1))) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    let inner = pane_block(frame, rect, "Keys", "Esc closes", true, &model.theme);
    let room = usize::from(inner.width);
    for (i, (keys, help)) in rows.iter().take(usize::from(inner.height)).enumerate() {
        let pad = keys_width - width_of(keys);
        let line = Line::from(vec![
            TextSpan::styled(format!(" {keys}{}", " ".repeat(pad)), model.theme.header),
            TextSpan::raw(format!(
                " {}",
                fit(help, room.saturating_sub(keys_width + 2))
            )),
        ]);
        frame
            .buffer_mut()
            .set_line(inner.x, inner.y + i as u16, &line, inner.width);
    }
}
