//! A drawn screen as text: plain (one line per row, trailing spaces trimmed) or with SGR colour and
//! style sequences, for `lede snapshot` and the screen tests.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use unicode_width::UnicodeWidthStr;

/// The buffer as plain text, one line per row. A cell's symbol is measured as ratatui measures it
/// (a whole grapheme: `👩‍💻` is two columns), so the cells a wide symbol covers are skipped
/// exactly.
pub fn plain(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for cell in visible_cells(buffer, y) {
            line.push_str(cell.symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The cells of row `y` that start a grapheme: the cells a wide character covers are skipped, as a
/// terminal shows them.
fn visible_cells(buffer: &Buffer, y: u16) -> impl Iterator<Item = &ratatui::buffer::Cell> {
    let area = buffer.area;
    let mut hidden = 0usize;
    (area.left()..area.right()).filter_map(move |x| {
        let cell = &buffer[(x, y)];
        if hidden > 0 {
            hidden -= 1;
            return None;
        }
        hidden = cell.symbol().width().saturating_sub(1);
        Some(cell)
    })
}

/// The buffer with SGR sequences: each style change resets and sets the new style; every line
/// ends reset.
pub fn ansi(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut last = None;
        for cell in visible_cells(buffer, y) {
            let style = (cell.fg, cell.bg, cell.modifier);
            if last != Some(style) {
                out.push_str(&sgr(cell.fg, cell.bg, cell.modifier));
                last = Some(style);
            }
            out.push_str(cell.symbol());
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

fn sgr(fg: Color, bg: Color, modifier: Modifier) -> String {
    let mut codes = vec!["0".to_owned()];
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if modifier.contains(flag) {
            codes.push(code.to_owned());
        }
    }
    if let Some(c) = color_code(fg, false) {
        codes.push(c);
    }
    if let Some(c) = color_code(bg, true) {
        codes.push(c);
    }
    let mut s = String::from("\x1b[");
    let _ = write!(s, "{}m", codes.join(";"));
    s
}

fn color_code(color: Color, background: bool) -> Option<String> {
    let base = if background { 40 } else { 30 };
    let basic = |n: u8| Some((base + n).to_string());
    let bright = |n: u8| Some((base + 60 + n).to_string());
    match color {
        Color::Reset => None,
        Color::Black => basic(0),
        Color::Red => basic(1),
        Color::Green => basic(2),
        Color::Yellow => basic(3),
        Color::Blue => basic(4),
        Color::Magenta => basic(5),
        Color::Cyan => basic(6),
        Color::Gray => basic(7),
        Color::DarkGray => bright(0),
        Color::LightRed => bright(1),
        Color::LightGreen => bright(2),
        Color::LightYellow => bright(3),
        Color::LightBlue => bright(4),
        Color::LightMagenta => bright(5),
        Color::LightCyan => bright(6),
        Color::White => bright(7),
        Color::Indexed(n) => Some(format!("{};5;{n}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn plain_and_ansi_screens() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 2));
        buffer.set_string(
            0,
            0,
            "ab",
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        );
        buffer.set_string(0, 1, "界x", Style::new());
        assert_eq!(plain(&buffer), "ab\n界x\n");
        let text = ansi(&buffer);
        assert!(text.starts_with("\x1b[0;1;31mab\x1b[0m    "));
        assert!(text.contains("界x"));
    }
}
