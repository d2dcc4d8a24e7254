//! The `[theme]` table: `name` picks a built-in theme (`default`, `16`, `none`), and single colours
//! override it. A colour is a name (`"red"`, `"light-blue"`, `"dark-gray"`), `"#rrggbb"`, an index
//! 0-255, or `"none"` for no colour. With `16`, overrides are brought down to the nearest of the 16
//! ANSI colours; `none` (and NO_COLOR) keeps no colour at all.

use ratatui::style::{Color, Modifier, Style};
use toml::de::{DeTable, DeValue};

use super::parse::{did_you_mean, entries, integer, type_name, Report};
use crate::ui::theme::{style_to_ansi16, Theme, ThemeName};

/// The colour names a config may use, and their colours.
pub const COLOR_NAMES: [(&str, Color); 17] = [
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("dark-gray", Color::DarkGray),
    ("light-red", Color::LightRed),
    ("light-green", Color::LightGreen),
    ("light-yellow", Color::LightYellow),
    ("light-blue", Color::LightBlue),
    ("light-magenta", Color::LightMagenta),
    ("light-cyan", Color::LightCyan),
    ("white", Color::White),
    ("none", Color::Reset),
];

/// The overridable colours: (key, what it colours). The order of the printed config.
pub const COLOR_KEYS: [(&str, &str); 12] = [
    (
        "person",
        "the People heading (people's names take their speaker colour)",
    ),
    ("organization", "organizations: heading and names"),
    ("place", "places: heading and names"),
    (
        "group",
        "groups (nationalities, parties...): heading and names",
    ),
    ("other", "other names: heading and names"),
    ("quote", "quotes with no known speaker"),
    ("cursor", "background of the cursor sentence"),
    (
        "selection",
        "background of the list cursor (\"none\": reversed)",
    ),
    ("mention", "the selected entity's mentions"),
    ("search", "search matches"),
    ("status", "background of the status line"),
    ("border", "pane borders"),
];

/// Parse a colour: a name (`-`, `_` or a space between words, any case; `grey` too), `#rrggbb`,
/// or a 0-255 index as a number or a string.
pub fn parse_color(text: &str) -> Option<Color> {
    let name = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    let name = name.replace("grey", "gray").replace("bright-", "light-");
    if let Some((_, c)) = COLOR_NAMES.iter().find(|(n, _)| *n == name) {
        return Some(*c);
    }
    if let Some(hex) = name.strip_prefix('#') {
        if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let v = u32::from_str_radix(hex, 16).ok()?;
            return Some(Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8));
        }
        return None;
    }
    name.parse::<u8>().ok().map(Color::Indexed)
}

/// How a colour is written in the config (the inverse of [`parse_color`]).
pub fn color_text(color: Color) -> String {
    match color {
        Color::Indexed(i) => i.to_string(),
        Color::Rgb(r, g, b) => format!("\"#{r:02x}{g:02x}{b:02x}\""),
        other => COLOR_NAMES
            .iter()
            .find(|(_, c)| *c == other)
            .map_or_else(|| "\"none\"".to_owned(), |(n, _)| format!("\"{n}\"")),
    }
}

/// The colour a theme uses for `key` (for the printed defaults).
pub fn color_of(theme: &Theme, key: &str) -> Option<Color> {
    let kind = |i: usize| theme.kinds[i].fg;
    match key {
        "person" => kind(0),
        "organization" => kind(1),
        "place" => kind(2),
        "group" => kind(3),
        "other" => kind(4),
        "quote" => theme.quote.fg,
        "cursor" => theme.cursor.bg,
        "selection" => theme.list_cursor.bg,
        "mention" => theme.mention.fg,
        "search" => theme.search_match.fg,
        "status" => theme.status.bg,
        "border" => theme.border.fg,
        _ => None,
    }
}

/// Set the colour of `key` in `theme`.
fn set_color(theme: &mut Theme, key: &str, color: Color) {
    let fg = |s: &mut Style| *s = s.fg(color);
    match key {
        "person" => fg(&mut theme.kinds[0]),
        "organization" => fg(&mut theme.kinds[1]),
        "place" => fg(&mut theme.kinds[2]),
        "group" => fg(&mut theme.kinds[3]),
        "other" => fg(&mut theme.kinds[4]),
        "quote" => fg(&mut theme.quote),
        "cursor" => theme.cursor = theme.cursor.bg(color),
        "selection" if color == Color::Reset => {
            theme.list_cursor = Style::new().add_modifier(Modifier::REVERSED);
        }
        "selection" => {
            theme.list_cursor = theme
                .list_cursor
                .bg(color)
                .remove_modifier(Modifier::REVERSED)
                .add_modifier(Modifier::BOLD);
        }
        "mention" => {
            fg(&mut theme.mention);
            fg(&mut theme.current_mention);
        }
        "search" => {
            fg(&mut theme.search_match);
            fg(&mut theme.current_match);
        }
        "status" => theme.status = theme.status.bg(color),
        "border" => fg(&mut theme.border),
        _ => {}
    }
}

/// One colour value, or a warning.
fn color_value(
    key: &str,
    value: &DeValue<'_>,
    span: std::ops::Range<usize>,
    report: &mut Report<'_>,
) -> Option<Color> {
    let parsed = match value {
        DeValue::String(s) => parse_color(s),
        DeValue::Integer(_) => integer(value)
            .and_then(|n| u8::try_from(n).ok())
            .map(Color::Indexed),
        _ => None,
    };
    if parsed.is_none() {
        let shown = match value {
            DeValue::String(s) => format!("\"{s}\"{}", did_you_mean(s, COLOR_NAMES.map(|c| c.0))),
            DeValue::Integer(n) => n.as_str().to_owned(),
            other => type_name(other).to_owned(),
        };
        report.warn(
            span,
            format!(
                "{key}: bad colour {shown} (use a name like \"light-blue\", \"#rrggbb\" or 0-255); using the default"
            ),
        );
    }
    parsed
}

/// The theme the `[theme]` table asks for.
pub fn theme(table: &DeTable<'_>, report: &mut Report<'_>) -> Theme {
    let mut name = ThemeName::Default;
    if let Some(value) = table.get("name") {
        match value.get_ref().as_str().and_then(ThemeName::parse) {
            Some(n) => name = n,
            None => {
                let shown = match value.get_ref() {
                    DeValue::String(s) => format!("\"{s}\""),
                    other => type_name(other).to_owned(),
                };
                report.warn(
                    value.span(),
                    format!("unknown theme {shown} (themes: \"default\", \"16\", \"none\"); using \"default\""),
                );
            }
        }
    }
    let mut theme = Theme::named(name);
    let mut ignored = None;
    for (key, value) in entries(table) {
        let key_text = key.get_ref().as_ref();
        if key_text == "name" {
            continue;
        }
        if key_text == "speakers" {
            let Some(array) = value.get_ref().as_array() else {
                report.warn(
                    value.span(),
                    "speakers: expected a list of colours like [\"magenta\", \"green\"]; using the default".to_owned(),
                );
                continue;
            };
            let colors: Option<Vec<Color>> = array
                .iter()
                .map(|c| color_value("speakers", c.get_ref(), c.span(), report))
                .collect();
            match colors {
                Some(_) if name == ThemeName::None => ignored = ignored.or(Some(key.span())),
                Some(c) if !c.is_empty() => theme.speakers = c,
                _ => {}
            }
            continue;
        }
        if !COLOR_KEYS.iter().any(|(k, _)| *k == key_text) {
            let hint = did_you_mean(
                key_text,
                COLOR_KEYS
                    .iter()
                    .map(|(k, _)| *k)
                    .chain(["name", "speakers"]),
            );
            report.warn(
                key.span(),
                format!("[theme]: unknown setting \"{key_text}\"{hint}; ignored"),
            );
            continue;
        }
        if let Some(color) = color_value(key_text, value.get_ref(), value.span(), report) {
            if name == ThemeName::None {
                ignored = ignored.or(Some(key.span()));
            } else {
                set_color(&mut theme, key_text, color);
            }
        }
    }
    if let Some(span) = ignored {
        report.warn(
            span,
            "theme \"none\" has no colours; the colour settings are ignored".to_owned(),
        );
    }
    if name == ThemeName::Ansi16 {
        to_ansi16(&mut theme);
    }
    theme
}

/// Bring every colour of `theme` down to the 16 ANSI colours.
fn to_ansi16(theme: &mut Theme) {
    for style in [
        &mut theme.text,
        &mut theme.title,
        &mut theme.dim,
        &mut theme.cursor,
        &mut theme.quote,
        &mut theme.selected_quote,
        &mut theme.mention,
        &mut theme.current_mention,
        &mut theme.search_match,
        &mut theme.current_match,
        &mut theme.border,
        &mut theme.focused_border,
        &mut theme.list_cursor,
        &mut theme.list_cursor_unfocused,
        &mut theme.header,
        &mut theme.status,
    ]
    .into_iter()
    .chain(theme.kinds.iter_mut())
    {
        *style = style_to_ansi16(*style);
    }
    for c in &mut theme.speakers {
        *c = crate::ui::theme::to_ansi16(*c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_and_print_back() {
        assert_eq!(parse_color("Light_Blue"), Some(Color::LightBlue));
        assert_eq!(parse_color("grey"), Some(Color::Gray));
        assert_eq!(parse_color("#ff8000"), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(parse_color("200"), Some(Color::Indexed(200)));
        assert_eq!(parse_color("#ff80"), None);
        assert_eq!(parse_color("purpel"), None);
        for c in [Color::Rgb(1, 2, 3), Color::LightCyan, Color::Reset] {
            let text = color_text(c);
            assert_eq!(parse_color(text.trim_matches('"')), Some(c));
        }
    }
}
