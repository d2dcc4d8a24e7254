//! `y`: update returns a clipboard effect with the citation (update stays pure; the runtime writes
//! it), the status line says `copied`, and the OSC 52 bytes are exact, tmux-wrapped when asked.

mod ui_common;

use lede::app::keys::parse_keys;
use lede::app::runtime::render;
use lede::app::{update, Effect, Model, Msg};
use lede::clipboard::{base64, osc52, sanitize};
use lede::ui::theme::Theme;
use ui_common::{model, press, status};

/// Press `keys` and collect every effect update returned.
fn effects(m: &mut Model, keys: &str) -> Vec<Effect> {
    parse_keys(keys)
        .unwrap()
        .into_iter()
        .flat_map(|k| update(m, Msg::Key(k)))
        .collect()
}

const TITLE: &str = "“Island ferry service cut to twice a week after engine failure” (2026-02-03)";

#[test]
fn y_copies_the_cursor_sentence_with_a_citation() {
    let mut m = model(100, 24, Theme::mono());
    let out = effects(&mut m, "jy");
    assert_eq!(
        out,
        vec![Effect::Clipboard(format!(
            "The vessel lost an engine during a storm last Friday. — {TITLE}"
        ))]
    );
    assert!(status(&render(&m, false)).contains("copied"));
    // The next key clears the note; moving produces no effect.
    assert!(effects(&mut m, "j").is_empty());
    assert!(!status(&render(&m, false)).contains("copied"));
}

#[test]
fn y_on_a_selected_quote_names_its_speaker() {
    let mut m = model(100, 24, Theme::mono());
    let out = effects(&mut m, "]y");
    assert_eq!(
        out,
        vec![Effect::Clipboard(format!(
            "“safe but slow” — Elin Dace, in {TITLE}"
        ))]
    );
    // A quote with no known speaker.
    let out = effects(&mut m, "]]y");
    let Effect::Clipboard(text) = &out[0];
    assert!(text.contains("” — in “Island ferry"), "{text}");
}

#[test]
fn y_is_remappable_and_snapshot_prints_no_escape() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lede"))
        .args([
            "snapshot",
            "--no-config",
            "--size",
            "80x12",
            "--keys",
            "y",
            "tests/fixtures/ferry.txt",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let screen = String::from_utf8(out.stdout).unwrap();
    assert!(!screen.contains("\x1b]52"));
    assert!(!screen.contains('\x1b'));
    assert!(
        screen.lines().last().unwrap().contains("copied"),
        "{screen}"
    );
}

#[test]
fn osc52_bytes_are_exact() {
    assert_eq!(osc52("hi", false), b"\x1b]52;c;aGk=\x07".to_vec());
    assert_eq!(
        osc52("“é”", false),
        format!("\x1b]52;c;{}\x07", base64("“é”".as_bytes())).into_bytes()
    );
    assert_eq!(base64("“é”".as_bytes()), "4oCcw6nigJ0=");
}

#[test]
fn tmux_gets_the_passthrough_then_the_plain_sequence() {
    assert_eq!(
        osc52("hi", true),
        b"\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\\x1b]52;c;aGk=\x07".to_vec()
    );
}

#[test]
fn control_characters_cannot_end_the_sequence_early() {
    let hostile = "a\x1b]52;c;ZXZpbA==\x07b\x1b\\c\u{9c}d";
    assert_eq!(sanitize(hostile), "a]52;c;ZXZpbA==b\\cd");
    for tmux in [false, true] {
        let bytes = osc52(hostile, tmux);
        let bels = bytes.iter().filter(|&&b| b == 0x07).count();
        assert_eq!(bels, if tmux { 2 } else { 1 });
        assert_eq!(*bytes.last().unwrap(), 0x07);
        let payload = &bytes[bytes.len() - 1 - base64(sanitize(hostile).as_bytes()).len()..];
        assert!(payload[..payload.len() - 1]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(b)));
    }
}

#[test]
fn y_with_nothing_loaded_copies_nothing() {
    let mut m = Model::new(Vec::new(), Theme::mono());
    assert!(effects(&mut m, "y").is_empty());
    press(&mut m, "y");
    assert_eq!(m.note.as_deref(), Some("nothing to copy"));
}

/// The real binary in tmux (`set-clipboard on`): `y` lands in tmux's paste buffer. Skips when
/// tmux is not installed.
#[test]
fn y_reaches_the_tmux_buffer() {
    use std::process::Command;
    use std::time::{Duration, Instant};
    if Command::new("tmux").arg("-V").output().is_err() {
        return;
    }
    let socket = format!("lede-clip-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-L")
            .arg(&socket)
            .args(args)
            .output()
            .unwrap()
    };
    let command = format!(
        "{} --no-config --no-state tests/fixtures/ferry.txt",
        env!("CARGO_BIN_EXE_lede")
    );
    let started = tmux(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "clip",
        "-x",
        "100",
        "-y",
        "24",
        &command,
    ]);
    assert!(started.status.success(), "{started:?}");
    tmux(&["set", "-g", "set-clipboard", "on"]);
    let wait_for = |what: &dyn Fn() -> bool| {
        let start = Instant::now();
        while !what() && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(100));
        }
        what()
    };
    let screen = || {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "clip"]).stdout).into_owned()
    };
    assert!(
        wait_for(&|| screen().contains("sentence 1/")),
        "{}",
        screen()
    );
    tmux(&["send-keys", "-t", "clip", "j", "y"]);
    let buffer = || String::from_utf8_lossy(&tmux(&["show-buffer"]).stdout).into_owned();
    let copied = wait_for(&|| buffer().starts_with("The vessel lost an engine"));
    let got = buffer();
    tmux(&["send-keys", "-t", "clip", "q"]);
    tmux(&["kill-server"]);
    assert!(copied, "buffer: {got:?}");
    assert!(got.ends_with("(2026-02-03)"), "{got:?}");
}
