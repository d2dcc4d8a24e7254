//! Terminal safety, end to end: articles (and titles, file names, a typed search) full of escape
//! sequences, C0/C1 controls, bidi overrides and zero-width characters go through `lede snapshot
//! --ansi`, and the output carries no escape sequence but the SGR ones lede writes itself and no
//! control character but `\n`. Wide (CJK, emoji) text keeps its width: the borders stay aligned.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_lede");

/// A fresh directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("lede-safety-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// An invented story laced with every kind of terminal trick.
fn hostile_article() -> Vec<u8> {
    let mut text = String::new();
    text.push_str(
        "date 2025-06-01 Port \x1b]0;pwned\x07 vote \x1b[31mred\x1b[0m \u{202e}desrever\u{202c} \u{9b}2J\n\n",
    );
    text.push_str(
        "The port council met on Monday \x1b[2J\x1b[H and voted \x1b[10;10Hagain. A link \
         \x1b]8;;https://example.invalid/\x1b\\click here\x1b]8;;\x1b\\ was shared. The clipboard \
         \x1b]52;c;cHduZWQ=\x07 was not touched. A DCS \x1bP1$r0m\x1b\\ string and a C1 CSI \
         \u{9b}31m and C1 OSC \u{9d}0;title\u{9c} were sent. Bell \x07 backspace \x08 delete \x7f \
         vertical tab \x0b form feed \x0c end.\n\n",
    );
    text.push_str(
        "Bidi: \u{202e}lieve\u{202c} and \u{2066}isolated\u{2069} and \u{200f}marks\u{200e}. \
         Zero width: a\u{200b}b\u{2060}c\u{feff}d soft\u{ad}hyphen. Emoji: 👩\u{200d}💻 🇺🇳 🎉. \
         Combining: cafe\u{301} and n\u{303}.\n\n",
    );
    text.push_str(&"東京都の議会は月曜日に新しい港湾予算案を可決した。".repeat(6));
    text.push_str("\n\nA last plain sentence.\n");
    let mut bytes = text.into_bytes();
    // Raw C1 CSI as a single byte (invalid UTF-8), and an overlong ESC.
    bytes.extend_from_slice(b"\n\nRaw bytes \x9b31m and \xc0\x9b end.\n");
    bytes
}

/// Problems in `out`: any escape sequence other than `ESC [ digits/semicolons m`, any control
/// character but `\n`, any bidi formatting character.
fn unsafe_parts(out: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut chars = out.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\x1b' {
            let rest = &out[i + 1..];
            let body: String = rest
                .chars()
                .skip(1)
                .take_while(|c| c.is_ascii_digit() || *c == ';')
                .collect();
            let ok = rest.starts_with('[') && rest[1 + body.len()..].starts_with('m');
            if !ok {
                problems.push(format!(
                    "escape at {i}: {:?}",
                    &out[i..(i + 12).min(out.len())]
                ));
                continue;
            }
            for _ in 0..body.len() + 2 {
                chars.next();
            }
        } else if (c.is_control() && c != '\n')
            || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            problems.push(format!("control {c:?} at {i}"));
        }
    }
    problems
}

fn run(args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(["--no-state", "snapshot"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn hostile_articles_titles_names_and_searches_never_reach_the_terminal() {
    let dir = TempDir::new("hostile");
    let article = dir.0.join("port.txt");
    fs::write(&article, hostile_article()).unwrap();
    let named = dir.0.join("evil\x1b]0;x\x07name\u{202e}txt.\x1b[2J");
    fs::write(
        &named,
        "A plain story with a hostile file name. It has two sentences.\n",
    )
    .unwrap();
    let paths = [article.to_str().unwrap(), named.to_str().unwrap()];
    for keys in [
        "",
        "jjjj}}",
        "G",
        "/\x1b[2J\u{9b}1m\u{202e}x",
        "?",
        "<Tab>j<Enter>",
    ] {
        for size in ["120x40", "60x20", "30x10"] {
            let mut args = vec!["--ansi", "--size", size, "--keys", keys];
            args.extend_from_slice(&paths);
            let out = run(&args);
            let problems = unsafe_parts(&out);
            assert!(
                problems.is_empty(),
                "keys {keys:?} size {size}: {problems:?}\n{out}"
            );
            assert!(out.contains("\x1b["), "lede's own SGR sequences are there");
        }
    }
    // The stand-ins are visible: the escapes show as ␛, nothing was executed or dropped silently.
    let plain = run(&["--size", "120x40", paths[0]]);
    assert!(plain.contains('␛'), "{plain}");
}

#[test]
fn wide_text_keeps_its_width_and_the_borders_stay_aligned() {
    let dir = TempDir::new("wide");
    let article = dir.0.join("port.txt");
    fs::write(&article, hostile_article()).unwrap();
    for (cols, rows) in [(60usize, 30usize), (41, 30), (100, 40)] {
        let size = format!("{cols}x{rows}");
        // Scroll down to the CJK paragraph.
        let plain = run(&[
            "--size",
            &size,
            "--keys",
            "jjjjjjjjjj",
            article.to_str().unwrap(),
        ]);
        let lines: Vec<&str> = plain.lines().collect();
        assert_eq!(lines.len(), rows);
        for line in &lines[..rows - 1] {
            assert_eq!(line.width(), cols, "{size}: {line:?}\n{plain}");
        }
        // The CJK paragraph wraps onto several rows, each filled to the right edge (less one
        // column when a wide character would not fit).
        let cjk: Vec<&&str> = lines.iter().filter(|l| l.contains("議会")).collect();
        assert!(cjk.len() >= 2, "{size}\n{plain}");
        let text_width = |l: &str| {
            let inner: String = l
                .chars()
                .skip(1)
                .take_while(|c| !"│┃".contains(*c))
                .collect();
            inner.trim_end().width()
        };
        let widest = cjk.iter().map(|l| text_width(l)).max().unwrap();
        let pane = lines[0]
            .chars()
            .skip(1)
            .take_while(|c| !"┐┓".contains(*c))
            .count();
        assert!(
            widest + 1 >= pane && widest <= pane,
            "{size}: {widest} vs {pane}\n{plain}"
        );
    }
}
