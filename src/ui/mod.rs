//! The pure view: draws a [`Model`] into a ratatui frame, one widget per pane. Nothing here
//! changes the model (the wrap cache aside, which only remembers work).

pub mod articles;
pub mod entities;
pub mod help;
pub mod layout;
pub mod quotes;
pub mod reader;
pub mod screen;
pub mod status;
pub mod theme;
pub mod wrap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

use crate::app::model::{Focus, Model};
use theme::Theme;

/// Draw the whole screen.
pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    let layout = layout::panes_at(model, (area.width, area.height));
    if let Some(rect) = layout.articles {
        articles::draw(model, frame, rect, model.focus == Focus::Articles);
    }
    if let Some(rect) = layout.text {
        reader::draw(model, frame, rect, model.focus == Focus::Text);
    }
    if let Some(rect) = layout.entities {
        entities::draw(model, frame, rect, model.focus == Focus::Entities);
    }
    if let Some(rect) = layout.quotes {
        quotes::draw(model, frame, rect, model.focus == Focus::Quotes);
    }
    if let Some(rect) = layout.status {
        status::draw(model, frame, rect);
    }
    if model.help {
        help::draw(model, frame, area);
    }
}

/// Draw a pane's border with its title; the focused pane gets a thick, bright border and a `▶`.
/// Returns the area inside.
pub fn pane_block(
    frame: &mut Frame,
    rect: Rect,
    title: &str,
    right: &str,
    focused: bool,
    theme: &Theme,
) -> Rect {
    if !layout::has_border(rect) {
        return rect;
    }
    let room = usize::from(rect.width.saturating_sub(4));
    let title = if focused {
        format!("▶ {title}")
    } else {
        title.to_owned()
    };
    let right_width = width_of(right);
    let title_room = if !right.is_empty() && room >= right_width + 16 {
        room - right_width - 2
    } else {
        room
    };
    let title = fit(&title, title_room);
    let right_room = room.saturating_sub(width_of(&title) + 2);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused {
            theme.focused_border
        } else {
            theme.border
        })
        .title(format!(" {title} "))
        .title_style(if focused {
            theme.focused_border
        } else {
            theme.title
        });
    if !right.is_empty() && right_room >= 3 {
        block = block.title_top(
            ratatui::text::Line::from(format!(" {} ", fit(right, right_room))).right_aligned(),
        );
    }
    frame.render_widget(block, rect);
    layout::inner(rect)
}

/// Write a styled line at (`x`, `y`), at most `width` columns. Runs of printable ASCII are written
/// cell by cell (the reading pane is mostly that, and ratatui's grapheme path costs more than the
/// rest of a frame); anything else goes through ratatui's grapheme-aware `set_stringn`.
pub fn put_line(buffer: &mut Buffer, x: u16, y: u16, line: &Line<'_>, width: u16) {
    let end = x.saturating_add(width).min(buffer.area.right());
    if y < buffer.area.top() || y >= buffer.area.bottom() {
        return;
    }
    let mut col = x;
    for span in &line.spans {
        if col >= end {
            break;
        }
        let text = span.content.as_ref();
        if text.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
            for b in text.bytes() {
                if col >= end {
                    break;
                }
                buffer[(col, y)]
                    .set_char(char::from(b))
                    .set_style(span.style);
                col += 1;
            }
        } else {
            col = buffer
                .set_stringn(col, y, text, usize::from(end - col), span.style)
                .0;
        }
    }
}

/// Display width of a string.
pub fn width_of(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` cut to at most `width` columns, with `…` when cut; newlines become spaces.
pub fn fit(text: &str, width: usize) -> String {
    if width_of(text) <= width && !text.contains('\n') {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    let full = width_of(text) <= width;
    for c in text.chars() {
        let c = if c == '\n' { ' ' } else { c };
        let w = c.width().unwrap_or(0);
        if !full && used + w + 1 > width {
            if width > 0 {
                out.push('…');
            }
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("a\nb", 5), "a b");
        assert_eq!(fit("hello", 0), "");
    }
}
