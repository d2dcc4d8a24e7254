//! The help overlay (`?`): every key of the model's keymap (the defaults, or as the config file
//! remapped them) with its description, plus the mouse. When the rows do not fit the height, they
//! go in two columns.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::Clear;
use ratatui::Frame;

use crate::app::keymap::Keymap;
use crate::app::model::Model;

use super::{fit, pane_block, width_of};

/// The overlay's lines: one per binding, then the mouse.
pub fn help_lines(keymap: &Keymap) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = keymap
        .help_rows()
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
    let rows = help_lines(&model.keymap);
    let max_height = area.height.saturating_sub(1).max(1);
    let columns = if rows.len() as u16 + 2 > max_height {
        2
    } else {
        1
    };
    let per_column = rows.len().div_ceil(columns);
    // Each column's keys width, and the width it wants (keys, a gap, the longest description).
    let parts: Vec<(usize, usize)> = rows
        .chunks(per_column.max(1))
        .map(|chunk| {
            let keys = chunk.iter().map(|(k, _)| width_of(k)).max().unwrap_or(0);
            let want = chunk
                .iter()
                .map(|(_, h)| keys + 3 + width_of(h))
                .max()
                .unwrap_or(0);
            (keys, want)
        })
        .collect();
    let want_w: usize = parts.iter().map(|(_, w)| w).sum::<usize>() + 3;
    let width = (want_w as u16).min(area.width);
    let height = (per_column as u16 + 2).min(max_height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height.saturating_sub(1) - height.min(area.height.saturating_sub(1))) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    let inner = pane_block(frame, rect, "Keys", "Esc closes", true, &model.theme);
    // Space short of the wanted width is taken from the columns in proportion.
    let total: usize = parts.iter().map(|(_, w)| w).sum::<usize>().max(1);
    let room = usize::from(inner.width);
    let widths: Vec<usize> = parts
        .iter()
        .map(|(_, w)| if room >= total { *w } else { w * room / total })
        .collect();
    for (i, (keys, help)) in rows.iter().enumerate() {
        let (column, row) = (i / per_column, i % per_column);
        if row >= usize::from(inner.height) {
            continue;
        }
        let keys_width = parts[column].0;
        let column_width = widths[column];
        let pad = keys_width - width_of(keys);
        let line = Line::from(vec![
            TextSpan::styled(format!(" {keys}{}", " ".repeat(pad)), model.theme.header),
            TextSpan::raw(format!(
                " {}",
                fit(help, column_width.saturating_sub(keys_width + 3))
            )),
        ]);
        let x = inner.x + widths[..column].iter().sum::<usize>() as u16;
        frame
            .buffer_mut()
            .set_line(x, inner.y + row as u16, &line, column_width as u16);
    }
}
