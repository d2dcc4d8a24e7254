//! Colours and styles. Three built-in themes ([`ThemeName`]): `default` (the 16 ANSI colours for
//! the chrome, 256-colour tints for the entity kinds), `16` (only the 16 ANSI colours; any colour a
//! config asks for is brought down to the nearest of them) and `none` (also what NO_COLOR selects:
//! no colour at all, only bold, italic, underline and reverse). Every highlight also differs by
//! modifier, so none of them relies on colour alone. The config file's `[theme]` table
//! (`crate::config`) picks one and overrides single colours.

use ratatui::style::{Color, Modifier, Style};

use crate::analysis::EntityKind;

/// The built-in themes a config can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Default,
    Ansi16,
    None,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Default, ThemeName::Ansi16, ThemeName::None];

    /// The name in the config file.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::Ansi16 => "16",
            ThemeName::None => "none",
        }
    }

    pub fn parse(text: &str) -> Option<ThemeName> {
        ThemeName::ALL.into_iter().find(|n| n.as_str() == text)
    }
}

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
    /// Each entity kind's style (in [`EntityKind::ALL`] order): its sidebar heading, and the names
    /// of entities that are not people (people take their speaker colour).
    pub kinds: [Style; 5],
    /// Which built-in theme this started from.
    pub name: ThemeName,
}

impl Theme {
    /// The theme for the environment: mono when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Theme {
        if no_color() {
            Theme::mono()
        } else {
            Theme::color()
        }
    }

    /// A built-in theme.
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::color(),
            ThemeName::Ansi16 => Theme::ansi16(),
            ThemeName::None => Theme::mono(),
        }
    }

    /// The default theme: the 16 ANSI colours, and 256-colour tints for the entity kinds.
    pub fn color() -> Theme {
        let kind = |c: u8| {
            Style::new()
                .fg(Color::Indexed(c))
                .add_modifier(Modifier::BOLD)
        };
        Theme {
            // people (violet), organizations (teal), places (olive), groups (orange), other (grey)
            kinds: [kind(141), kind(37), kind(143), kind(173), kind(247)],
            name: ThemeName::Default,
            ..Theme::ansi16()
        }
    }

    /// Only the 16 ANSI colours.
    pub fn ansi16() -> Theme {
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
                .fg(Color::Green)
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
            kinds: [
                plain.fg(Color::LightMagenta).add_modifier(Modifier::BOLD),
                plain.fg(Color::LightBlue).add_modifier(Modifier::BOLD),
                plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                plain.fg(Color::LightRed).add_modifier(Modifier::BOLD),
                plain.fg(Color::Gray).add_modifier(Modifier::BOLD),
            ],
            name: ThemeName::Ansi16,
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
            kinds: [plain.add_modifier(Modifier::BOLD); 5],
            name: ThemeName::None,
        }
    }

    /// The style of an entity kind (heading, and non-person names).
    pub fn kind(&self, kind: EntityKind) -> Style {
        let i = EntityKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[i]
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

/// Whether `NO_COLOR` is set and not empty.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The xterm palette's RGB value of a colour (`None` for `Reset`).
fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    const ANSI: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
    Some(match color {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i @ 0..=15) => ANSI[usize::from(i)],
        Color::Indexed(i @ 16..=231) => {
            let i = i - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        Color::Indexed(i) => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
        other => ANSI[usize::from(ansi_index(other)?)],
    })
}

/// The ANSI index (0-15) of a named colour.
fn ansi_index(color: Color) -> Option<u8> {
    ANSI16.iter().position(|c| *c == color).map(|i| i as u8)
}

/// The 16 named colours in ANSI order.
const ANSI16: [Color; 16] = [
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

/// The nearest of the 16 ANSI colours (named colours and `Reset` are kept).
pub fn to_ansi16(color: Color) -> Color {
    if ansi_index(color).is_some() || color == Color::Reset {
        return color;
    }
    let Some((r, g, b)) = rgb(color) else {
        return color;
    };
    let distance = |c: &Color| {
        let (r2, g2, b2) = rgb(*c).unwrap_or((0, 0, 0));
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, r2) + d(g, g2) + d(b, b2)
    };
    ANSI16
        .iter()
        .min_by_key(|c| distance(c))
        .copied()
        .unwrap_or(color)
}

/// `style` with its colours brought down to the 16 ANSI colours.
pub fn style_to_ansi16(style: Style) -> Style {
    let mut out = style;
    out.fg = style.fg.map(to_ansi16);
    out.bg = style.bg.map(to_ansi16);
    out.underline_color = style.underline_color.map(to_ansi16);
    out
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
    fn nearest_ansi_colours() {
        assert_eq!(to_ansi16(Color::Rgb(250, 10, 10)), Color::LightRed);
        assert_eq!(to_ansi16(Color::Indexed(4)), Color::Blue);
        assert_eq!(to_ansi16(Color::Indexed(232)), Color::Black);
        assert_eq!(to_ansi16(Color::Indexed(46)), Color::LightGreen);
        assert_eq!(to_ansi16(Color::Cyan), Color::Cyan);
        for style in Theme::ansi16().kinds {
            assert_eq!(style_to_ansi16(style), style);
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
