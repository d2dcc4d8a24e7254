//! `lede --print-config` parses back to the defaults, and remapped keys show in the help overlay
//! (which is generated from the keymap) and work.

mod ui_common;

use lede::app::keymap::{Action, Keymap};
use lede::app::keys::Key;
use lede::app::runtime::render;
use lede::config::{defaults::print_config, Config};
use lede::ui::layout::LayoutConfig;
use lede::ui::theme::Theme;
use ui_common::{model, press, status};

#[test]
fn printed_defaults_parse_back_to_the_defaults() {
    let text = print_config();
    let c = Config::parse(&text, "config.toml");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(c, Config::default());
    // Every action is there, by name.
    for b in lede::app::keymap::BINDINGS {
        assert!(text.contains(&format!("\n{} = [", b.name)), "{}", b.name);
    }
    // Uncommenting the colour lines gives the default theme too.
    let uncommented: String = text
        .lines()
        .map(|l| {
            let stripped = l.strip_prefix("# ").unwrap_or(l);
            if stripped.contains(" = ") && !stripped.starts_with("action") {
                stripped
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let c = Config::parse(&uncommented, "config.toml");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(c.theme, Theme::color());
    assert_eq!(c.layout, LayoutConfig::default());
}

#[test]
fn the_binary_prints_the_defaults() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lede"))
        .arg("--print-config")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(Config::parse(&text, "x").keymap, Keymap::default());
}

#[test]
fn remapped_keys_show_in_help_and_work() {
    let c = Config::parse(
        "[keys]\nnext_sentence = [\"x\", \"Down\"]\nquit = [\"Q\", \"Ctrl-C\"]\ncopy = []\n",
        "config.toml",
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let mut m = model(100, 30, Theme::mono());
    c.apply(&mut m);
    press(&mut m, "?");
    let help = render(&m, false);
    assert!(help.contains("x / Down"), "{help}");
    assert!(help.contains("Q / Ctrl-C"), "{help}");
    assert!(!help.contains("j / Down"), "{help}");
    press(&mut m, "<Esc>xx");
    assert!(status(&render(&m, false)).contains("sentence 3/"));
    press(&mut m, "jq");
    assert!(!m.quit);
    assert!(status(&render(&m, false)).contains("sentence 3/"));
    press(&mut m, "Q");
    assert!(m.quit);
    assert_eq!(m.keymap.action_for(Key::Char('y')), None);
    assert_eq!(m.keymap.keys_of(Action::Copy), &[] as &[Key]);
}

#[test]
fn config_warnings_reach_the_status_line() {
    let c = Config::parse(
        "[keys]\nnext_sentense = \"x\"\n",
        "/home/a/.config/lede/config.toml",
    );
    let mut m = model(100, 24, Theme::mono());
    c.apply(&mut m);
    let s = render(&m, false);
    assert!(
        status(&s).contains("config: config.toml:2: unknown action"),
        "{s}"
    );
}

#[test]
fn layout_settings_size_the_panes() {
    let c = Config::parse(
        "[layout]\nsidebar_width = 30\nmin_text_width = 40\nshow_quotes = false\n",
        "config.toml",
    );
    let mut m = model(72, 20, Theme::mono());
    c.apply(&mut m);
    let panes = lede::ui::layout::panes(&m);
    assert!(panes.wide);
    assert_eq!(panes.entities.unwrap().width, 30);
    assert_eq!(panes.entities.unwrap().height, 19);
    assert!(panes.quotes.is_none());
}

#[test]
fn the_readme_example_parses_cleanly() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("```toml\n[keys]")
        .expect("the README's config example")
        + 8;
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    let c = Config::parse(example, "README.md");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(c.theme.speakers.len(), 3);
}
