//! `lede --print-config`: the defaults as a commented TOML file. Keys and layout are written out
//! (they parse back to the defaults); the colour overrides are commented out, showing the default
//! theme's values, so that changing `name` alone switches the whole theme.

use std::fmt::Write;

use super::theme::{color_of, color_text, COLOR_KEYS, COLOR_NAMES};
use crate::app::keymap::BINDINGS;
use crate::ui::layout::LayoutConfig;
use crate::ui::theme::Theme;

/// The default config file, commented.
pub fn print_config() -> String {
    let mut out = String::new();
    let _ = write_text(&mut out);
    out
}

fn write_text(out: &mut String) -> std::fmt::Result {
    writeln!(out, "# lede config file: the defaults.")?;
    writeln!(
        out,
        "# Save it as {} (or pass --config PATH) and change what you like;",
        super::default_path().map_or_else(|| "config.toml".to_owned(), |p| p.display().to_string())
    )?;
    writeln!(
        out,
        "# a bad entry is reported with its line and the default is used."
    )?;
    writeln!(out)?;
    writeln!(out, "[keys]")?;
    writeln!(
        out,
        "# action = [\"key\", ...]: one character (\"j\", \"?\"), a name (Up Down Left Right PageUp"
    )?;
    writeln!(
        out,
        "# PageDown Home End Enter Esc Tab BackTab Backspace Space) or \"Ctrl-x\". [] unbinds."
    )?;
    writeln!(
        out,
        "# A key given to two actions stays with its default action (lede warns)."
    )?;
    for b in BINDINGS {
        let keys: Vec<String> = b
            .keys
            .iter()
            .map(|k| {
                format!(
                    "\"{}\"",
                    k.label().replace('\\', "\\\\").replace('"', "\\\"")
                )
            })
            .collect();
        writeln!(out, "# {}", b.help)?;
        writeln!(out, "{} = [{}]", b.name, keys.join(", "))?;
    }
    writeln!(out)?;
    writeln!(out, "[theme]")?;
    writeln!(
        out,
        "# \"default\" (16 colours, 256-colour entity tints), \"16\" (only the 16 ANSI colours;"
    )?;
    writeln!(
        out,
        "# other colours are brought down to the nearest) or \"none\" (no colour: bold, underline,"
    )?;
    writeln!(out, "# reverse; NO_COLOR selects it too).")?;
    writeln!(out, "name = \"default\"")?;
    writeln!(
        out,
        "# Colours: a name ({}), \"#rrggbb\" or 0-255.",
        COLOR_NAMES.map(|c| c.0).join(", ")
    )?;
    let theme = Theme::color();
    let speakers: Vec<String> = theme.speakers.iter().map(|c| color_text(*c)).collect();
    writeln!(out, "# speakers: people's names and their quotes, in turn")?;
    writeln!(out, "# speakers = [{}]", speakers.join(", "))?;
    for (key, what) in COLOR_KEYS {
        let value = color_of(&theme, key).map_or_else(|| "\"none\"".to_owned(), color_text);
        writeln!(out, "# {what}")?;
        writeln!(out, "# {key} = {value}")?;
    }
    writeln!(out)?;
    let layout = LayoutConfig::default();
    writeln!(out, "[layout]")?;
    writeln!(out, "# the entity and quote sidebar's width (20-200)")?;
    writeln!(out, "sidebar_width = {}", layout.sidebar_width)?;
    writeln!(
        out,
        "# the narrowest text the sidebar may leave; narrower terminals hide it (e, \" show it)"
    )?;
    writeln!(out, "min_text_width = {}", layout.min_text_width)?;
    writeln!(out, "# the most rows the article list takes (1-50)")?;
    writeln!(out, "article_rows = {}", layout.article_rows)?;
    writeln!(out, "# which panes show at start (a, e, \" toggle them)")?;
    writeln!(out, "show_articles = {}", layout.show_articles)?;
    writeln!(out, "show_entities = {}", layout.show_entities)?;
    writeln!(out, "show_quotes = {}", layout.show_quotes)?;
    Ok(())
}
