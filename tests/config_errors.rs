//! Config file problems: each is a warning with the file, the line and a fix, and the default is
//! used; lede never refuses to start. Also the key conflicts rule and the `lede` binary's stderr.

use lede::app::keymap::{Action, Keymap};
use lede::app::keys::Key;
use lede::config::Config;
use lede::ui::theme::{Theme, ThemeName};
use ratatui::style::Color;

fn parse(text: &str) -> Config {
    Config::parse(text, "config.toml")
}

#[test]
fn unknown_action_names_its_line_and_a_fix() {
    let c = parse("# mine\n[keys]\nquit = \"x\"\n\nnext_sentense = [\"J\"]\n");
    assert_eq!(
        c.warnings,
        vec![
            "config.toml:5: unknown action \"next_sentense\" (did you mean \"next_sentence\"?); using the default"
        ]
    );
    assert_eq!(c.keymap.action_for(Key::Char('x')), Some(Action::Quit));
    assert_eq!(c.keymap.action_for(Key::Char('J')), None);
    assert_eq!(c.keymap.action_for(Key::Char('j')), Some(Action::Next));
}

#[test]
fn bad_keys_and_types_keep_the_default() {
    let c = parse("[keys]\nquit = [\"Ctrl+Q\"]\nhelp = 3\nnext_quote = \"<Down>\"\n");
    assert_eq!(c.warnings.len(), 3, "{:?}", c.warnings);
    assert!(c.warnings[0].starts_with("config.toml:2: quit: unknown key \"Ctrl+Q\""));
    assert!(c.warnings[1].starts_with("config.toml:3: help: expected a key or a list of keys"));
    assert_eq!(c.keymap.action_for(Key::Char('q')), Some(Action::Quit));
    assert_eq!(c.keymap.action_for(Key::Char('?')), Some(Action::Help));
    // `<Down>` is a key name, but Down belongs to next_sentence: a conflict, the default wins.
    assert!(c.warnings[2]
        .starts_with("config.toml:4: key \"Down\" is bound to both next_sentence and next_quote"));
    assert_eq!(c.keymap.action_for(Key::Down), Some(Action::Next));
    assert!(c.keymap.keys_of(Action::NextQuote).is_empty());
}

#[test]
fn bad_colour_and_theme_name() {
    let c =
        parse("[theme]\nname = \"dark\"\nperson = \"purpel\"\nplace = 300\nquote = \"#00ff00\"\n");
    assert_eq!(c.warnings.len(), 3, "{:?}", c.warnings);
    assert!(c.warnings[0].starts_with("config.toml:2: unknown theme \"dark\""));
    assert!(c.warnings[1].starts_with("config.toml:3: person: bad colour \"purpel\""));
    assert!(c.warnings[1].ends_with("using the default"));
    assert!(c.warnings[2].starts_with("config.toml:4: place: bad colour 300"));
    assert_eq!(c.theme.name, ThemeName::Default);
    assert_eq!(c.theme.kinds[0], Theme::color().kinds[0]);
    assert_eq!(c.theme.quote.fg, Some(Color::Rgb(0, 255, 0)));
}

#[test]
fn syntax_error_reports_its_line_and_uses_the_defaults() {
    let c = parse("[keys]\nquit = \"x\"\n\n[theme\nname = \"none\"\n");
    assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
    assert!(
        c.warnings[0].starts_with("config.toml:4: TOML syntax error:"),
        "{}",
        c.warnings[0]
    );
    assert!(c.warnings[0].ends_with("ignoring the file, using the defaults"));
    assert_eq!(c.keymap, Keymap::default());
    assert_eq!(c.theme, Theme::color());
}

#[test]
fn conflicts_are_reported_and_keep_the_default_owner() {
    let c = parse("[keys]\ncopy = \"c\"\nquit = [\"q\", \"j\"]\nsearch = \"c\"\n");
    assert_eq!(c.warnings.len(), 2, "{:?}", c.warnings);
    assert_eq!(
        c.warnings[0],
        "config.toml:2: key \"c\" is bound to both search and copy; it stays unbound (the default)"
    );
    assert_eq!(
        c.warnings[1],
        "config.toml:3: key \"j\" is bound to both next_sentence and quit; it stays on next_sentence (the default)"
    );
    assert_eq!(c.keymap.action_for(Key::Char('j')), Some(Action::Next));
    assert_eq!(c.keymap.action_for(Key::Char('q')), Some(Action::Quit));
    assert_eq!(c.keymap.action_for(Key::Char('c')), None);
}

#[test]
fn unknown_tables_settings_and_layout_values() {
    let c = parse(
        "colour = 1\n[layuot]\nx = 1\n[layout]\nsidebar_width = 5\nshow_quotes = \"no\"\nmin_text = 40\narticle_rows = 2\n",
    );
    let lines: Vec<&str> = c.warnings.iter().map(String::as_str).collect();
    assert_eq!(lines.len(), 5, "{lines:#?}");
    assert!(lines[0].starts_with("config.toml:1: \"colour\" at the top level"));
    assert!(lines[1].contains("unknown table [layuot] (did you mean \"layout\"?)"));
    assert!(lines[2]
        .starts_with("config.toml:5: sidebar_width: expected a number from 20 to 200, not 5"));
    assert!(lines[3].starts_with("config.toml:6: show_quotes: expected true or false"));
    assert!(lines[4].contains("unknown setting \"min_text\" (did you mean \"min_text_width\"?)"));
    assert_eq!(c.layout.sidebar_width, 36);
    assert_eq!(c.layout.article_rows, 2);
    assert!(c.layout.show_quotes);
}

#[test]
fn none_theme_has_no_colours_and_16_has_only_ansi() {
    let c = parse("[theme]\nname = \"none\"\nperson = \"red\"\n");
    assert_eq!(c.theme, Theme::mono());
    assert!(c.warnings[0].contains("theme \"none\" has no colours"));
    let c = parse("[theme]\nname = \"16\"\nperson = \"#ff0000\"\ncursor = 21\n");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(c.theme.kinds[0].fg, Some(Color::LightRed));
    assert_eq!(c.theme.cursor.bg, Some(Color::Blue));
}

fn lede(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

#[test]
fn the_binary_warns_on_stderr_and_starts_anyway() {
    let dir = std::env::temp_dir().join(format!("lede-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(
        &path,
        "[keys]\nnext_sentense = \"x\"\nnext_sentence = \"x\"\n",
    )
    .unwrap();
    let out = lede(&[
        "snapshot",
        "--config",
        path.to_str().unwrap(),
        "--size",
        "70x16",
        "--keys",
        "xx",
        "tests/fixtures/ferry.txt",
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "config.toml:2: unknown action \"next_sentense\" (did you mean \"next_sentence\"?)"
        ),
        "{stderr}"
    );
    let screen = String::from_utf8(out.stdout).unwrap();
    assert!(
        screen.lines().last().unwrap().contains("sentence 3/"),
        "{screen}"
    );
    // A missing --config file is a warning too, never a refusal.
    let out = lede(&[
        "snapshot",
        "--config",
        dir.join("nope.toml").to_str().unwrap(),
        "tests/fixtures/ferry.txt",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the config file"));
    // --no-config ignores it.
    let out = lede(&[
        "snapshot",
        "--no-config",
        "--keys",
        "xx",
        "tests/fixtures/ferry.txt",
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("sentence 1/"));
    std::fs::remove_dir_all(&dir).ok();
}
