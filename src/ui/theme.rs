//! Colours and styles. The colour theme uses only the 16 ANSI colours, and every highlight also
//! differs by modifier; the mono theme (NO_COLOR) has no colour at all, only bold, italic, underline
//! and reverse.

use ratatui::style::{Color, Modifier, Style};

/// Every style the panes use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub title: Style,
    pub dim: Style,
    pub cursor: Style,
    pub quote: Style,
    pub selected_quote: Style,
    pub mention: Style,
    pub current_mention: Style,
    pub search_match: Style,
    pub current_match: Style,
    pub border: Style,
    pub focused_border: Style,
    pub list_cursor: Style,
    pub list_cursor_unfocused: Style,
    pub header: Style,
    pub status: Style,
    /// Speaker colours, cycled by entity id; empty in the mono theme.
    pub speakers: Vec<Color>,
}

impl Theme {
    /// The theme for the environment: mono when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => Theme::color(),
        }
    }

    /// 16-colour theme.
    pub fn color() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            title: plain.add_modifier(Modifier::BOLD),
            dim: plain.fg(Color::DarkGray),
            cursor: plain.bg(Color::DarkGray).add_modifier(Modifier::BOLD),
            quote: plain.fg(Color::Cyan).add_modifier(Modifier::ITALIC),
            selected_quote: plain.add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
            mention: plain
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            current_mention: plain
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::REVERSED),
            search_match: plain.fg(Color::Green).add_modifier(Modifier::REVERSED),
            current_match: plain
                .fg(Color::LightGreen)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
            border: plain.fg(Color::DarkGray),
            focused_border: plain.fg(Color::LightBlue).add_modifier(Modifier::BOLD),
            list_cursor: plain.add_modifier(Modifier::REVERSED),
            list_cursor_unfocused: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            header: plain.fg(Color::LightBlue).add_modifier(Modifier::BOLD),
            status: plain.fg(Color::White).bg(Color::Blue),
            speakers: vec![
                Color::Magenta,
                Color::Green,
                Color::Cyan,
                Color::LightRed,
                Color::LightMagenta,
                Color::LightCyan,
            ],
        }
    }

    /// No colour at all: highlights differ by bold, italic, underline and reverse.
    pub fn mono() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            title: plain.add_modifier(Modifier::BOLD),
            dim: plain,
            cursor: plain.add_modifier(Modifier::BOLD),
            quote: plain.add_modifier(Modifier::ITALIC),
            selected_quote: plain.add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
            mention: plain.add_modifier(Modifier::UNDERLINED),
            current_mention: plain.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            search_match: plain.add_modifier(Modifier::REVERSED),
            current_match: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: plain,
            focused_border: plain.add_modifier(Modifier::BOLD),
            list_cursor: plain.add_modifier(Modifier::REVERSED),
            list_cursor_unfocused: plain.add_modifier(Modifier::UNDERLINED),
            header: plain.add_modifier(Modifier::BOLD),
            status: plain.add_modifier(Modifier::REVERSED),
            speakers: Vec::new(),
        }
    }

    /// The style of a quote said by `speaker`.
    pub fn quote_of(&self, speaker: Option<usize>) -> Style {
        match speaker {
            Some(id) if !self.speakers.is_empty() => {
                self.quote.fg(self.speakers[id % self.speakers.len()])
            }
            _ => self.quote,
        }
    }

    /// The colour of a speaker's name in the lists (plain in the mono theme).
    pub fn speaker(&self, id: usize) -> Style {
        if self.speakers.is_empty() {
            Style::new()
        } else {
            Style::new().fg(self.speakers[id % self.speakers.len()])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_colour(style: Style) -> bool {
        style.fg.is_some() || style.bg.is_some()
    }

    #[test]
    fn mono_theme_has_no_colour() {
        let t = Theme::mono();
        for style in [
            t.text,
            t.cursor,
            t.quote,
            t.mention,
            t.current_mention,
            t.search_match,
            t.current_match,
            t.status,
            t.quote_of(Some(3)),
            t.speaker(1),
        ] {
            assert!(!has_colour(style), "{style:?}");
        }
    }

    #[test]
    fn highlights_differ_by_modifier_alone() {
        for t in [Theme::color(), Theme::mono()] {
            let mods = [
                t.cursor.add_modifier,
                t.quote.add_modifier,
                t.mention.add_modifier,
                t.current_mention.add_modifier,
                t.search_match.add_modifier,
            ];
            for (i, a) in mods.iter().enumerate() {
                for b in &mods[i + 1..] {
                    assert_ne!(a, b);
                }
            }
        }
    }
}
