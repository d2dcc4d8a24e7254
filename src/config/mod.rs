//! The config file: `config.toml` in the platform's config directory (`$XDG_CONFIG_HOME/lede/` or
//! `~/.config/lede/` on Linux and the BSDs, `~/Library/Application Support/lede/` on macOS,
//! `%APPDATA%\lede\` on Windows), or the file `--config PATH` names; `--no-config` ignores it.
//!
//! Three tables: `[keys]` (every action remappable by name, see [`keys`]), `[theme]` (a built-in
//! theme and colour overrides, see [`theme`]) and `[layout]` (pane sizes, which panes show).
//! Nothing in it can stop lede from starting: unknown names and bad values become warnings with
//! the file, the line and a fix, and the default is used. [`defaults::print_config`] writes the
//! defaults as a commented file (`lede --print-config`) that parses back to them.

pub mod defaults;
pub mod keys;
pub mod parse;
pub mod theme;

use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::app::keymap::Keymap;
use crate::app::Model;
use crate::ui::layout::LayoutConfig;
use crate::ui::theme::{no_color, Theme};
use parse::{did_you_mean, entries, integer, type_name, Report};

/// Everything the config file sets, and what was wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    pub layout: LayoutConfig,
    /// `FILE:LINE: problem; what was used instead`, in line order.
    pub warnings: Vec<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            keymap: Keymap::default(),
            theme: Theme::color(),
            layout: LayoutConfig::default(),
            warnings: Vec::new(),
        }
    }
}

/// The tables a config file may have.
const SECTIONS: [&str; 3] = ["keys", "theme", "layout"];

impl Config {
    /// Parse the text of a config file; `file` names it in warnings.
    pub fn parse(text: &str, file: &str) -> Config {
        let mut report = Report::new(text);
        let mut config = Config::default();
        if let Some(doc) = parse::parse_document(text, &mut report) {
            for (name, value) in entries(&doc) {
                let section = name.get_ref().as_ref();
                let Some(table) = value.get_ref().as_table() else {
                    let hint = did_you_mean(section, SECTIONS);
                    report.warn(
                        name.span(),
                        format!(
                            "\"{section}\" at the top level: settings go in a [keys], [theme] or [layout] table{hint}; ignored"
                        ),
                    );
                    continue;
                };
                match section {
                    "keys" => config.keymap = keys::keymap(table, &mut report),
                    "theme" => config.theme = theme::theme(table, &mut report),
                    "layout" => config.layout = layout(table, &mut report),
                    _ => {
                        let hint = did_you_mean(section, SECTIONS);
                        report.warn(
                            name.span(),
                            format!("unknown table [{section}]{hint}; ignored"),
                        );
                    }
                }
            }
        }
        config.warnings = report.finish(file);
        config
    }

    /// The config for this run: `--no-config` gives the defaults; else the file `explicit` names,
    /// or the platform's config file when there is one. A file that cannot be read is a warning.
    /// NO_COLOR always wins over the file's theme.
    pub fn load(explicit: Option<&Path>, no_config: bool) -> Config {
        let mut config = if no_config {
            Config::default()
        } else {
            match explicit.map(Path::to_path_buf).or_else(default_path) {
                Some(path) if explicit.is_some() || path.exists() => read(&path),
                _ => Config::default(),
            }
        };
        if no_color() {
            config.theme = Theme::mono();
        }
        config
    }

    /// Put the keymap, theme and layout into `model`, and the first warning in its status line.
    pub fn apply(&self, model: &mut Model) {
        model.keymap = self.keymap.clone();
        model.theme = self.theme.clone();
        model.set_layout(self.layout);
        if let Some(first) = self.warnings.first() {
            let more = self.warnings.len() - 1;
            // `FILE:LINE: problem; fix`: the file's name only, and the problem only.
            let (place, message) = first.split_once(": ").unwrap_or(("", first));
            let place = place.rsplit(['/', '\\']).next().unwrap_or(place);
            let problem = message.split_once("; ").map_or(message, |(p, _)| p);
            let short = format!("{place}: {problem}");
            model.note = Some(if more > 0 {
                format!("config: {short} (+{more} more)")
            } else {
                format!("config: {short}")
            });
        }
    }
}

/// Read and parse the file at `path`.
fn read(path: &Path) -> Config {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => Config::parse(&String::from_utf8_lossy(&bytes), &file),
        Err(e) => Config {
            warnings: vec![format!(
                "{file}: cannot read the config file ({e}); using the defaults"
            )],
            ..Config::default()
        },
    }
}

/// The platform's config file path, if a home or config directory is known.
pub fn default_path() -> Option<PathBuf> {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let dir = if cfg!(windows) {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("XDG_CONFIG_HOME")
            .or_else(|| env("HOME").map(|h| h.join("Library").join("Application Support")))
    } else {
        env("XDG_CONFIG_HOME").or_else(|| env("HOME").map(|h| h.join(".config")))
    }?;
    Some(dir.join("lede").join("config.toml"))
}

/// The `[layout]` table's settings: (key, smallest, largest) for numbers; booleans for panes.
const NUMBERS: [(&str, i64, i64); 3] = [
    ("sidebar_width", 20, 200),
    ("min_text_width", 20, 400),
    ("article_rows", 1, 50),
];
const SWITCHES: [&str; 3] = ["show_articles", "show_entities", "show_quotes"];

/// The layout the `[layout]` table asks for.
fn layout(table: &DeTable<'_>, report: &mut Report<'_>) -> LayoutConfig {
    let mut out = LayoutConfig::default();
    for (key, value) in entries(table) {
        let key_text = key.get_ref().as_ref();
        if let Some(&(_, low, high)) = NUMBERS.iter().find(|(k, _, _)| *k == key_text) {
            match integer(value.get_ref()).filter(|n| (low..=high).contains(n)) {
                Some(n) => {
                    let n = n as u16;
                    match key_text {
                        "sidebar_width" => out.sidebar_width = n,
                        "min_text_width" => out.min_text_width = n,
                        _ => out.article_rows = n,
                    }
                }
                None => {
                    let shown = match value.get_ref() {
                        DeValue::Integer(n) => n.as_str().to_owned(),
                        other => type_name(other).to_owned(),
                    };
                    report.warn(
                        value.span(),
                        format!(
                            "{key_text}: expected a number from {low} to {high}, not {shown}; using the default"
                        ),
                    );
                }
            }
        } else if SWITCHES.contains(&key_text) {
            match value.get_ref().as_bool() {
                Some(b) => match key_text {
                    "show_articles" => out.show_articles = b,
                    "show_entities" => out.show_entities = b,
                    _ => out.show_quotes = b,
                },
                None => report.warn(
                    value.span(),
                    format!(
                        "{key_text}: expected true or false, not {}; using the default",
                        type_name(value.get_ref())
                    ),
                ),
            }
        } else {
            let hint = did_you_mean(key_text, NUMBERS.iter().map(|(k, _, _)| *k).chain(SWITCHES));
            report.warn(
                key.span(),
                format!("[layout]: unknown setting \"{key_text}\"{hint}; ignored"),
            );
        }
    }
    out
}
