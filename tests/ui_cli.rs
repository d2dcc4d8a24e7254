//! The `lede snapshot` command and the reader's command-line errors, through the real binary.

use std::process::Command;

fn lede(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

#[test]
fn snapshot_prints_the_final_screen() {
    let out = lede(&[
        "snapshot",
        "--size",
        "70x20",
        "--keys",
        "jj",
        "tests/fixtures/ferry.txt",
    ]);
    assert!(out.status.success());
    let screen = String::from_utf8(out.stdout).unwrap();
    assert_eq!(screen.lines().count(), 20);
    assert!(screen.contains("Island ferry service"));
    assert!(screen.lines().last().unwrap().contains("sentence 3/"));
    assert!(!screen.contains('\x1b'));
}

#[test]
fn snapshot_ansi_has_styles_and_no_colour_under_no_color() {
    let out = lede(&[
        "snapshot",
        "--size",
        "60x10",
        "--ansi",
        "tests/fixtures/ferry.txt",
    ]);
    let screen = String::from_utf8(out.stdout).unwrap();
    assert!(screen.contains("\x1b[0;1"));
    assert!(screen.contains(";3") || screen.contains(";44"));
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args([
            "snapshot",
            "--size",
            "60x10",
            "--ansi",
            "tests/fixtures/ferry.txt",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let screen = String::from_utf8(out.stdout).unwrap();
    for colour in [";3", ";4", ";9", ";10"] {
        for digit in '0'..='7' {
            assert!(
                !screen.contains(&format!("{colour}{digit}m")),
                "colour {colour}{digit} under NO_COLOR"
            );
        }
    }
    assert!(screen.contains("\x1b[0;7m"), "reverse status line");
}

#[test]
fn snapshot_opens_the_bundled_samples_by_default() {
    let out = lede(&["snapshot", "--size", "100x30"]);
    assert!(out.status.success());
    let screen = String::from_utf8(out.stdout).unwrap();
    assert!(screen.contains("Articles 1/"), "{screen}");
}

#[test]
fn bad_input_is_one_line_on_stderr() {
    for args in [
        &["snapshot", "--keys", "<Nope>", "tests/fixtures/ferry.txt"][..],
        &["snapshot", "--size", "0x5", "tests/fixtures/ferry.txt"],
        &["snapshot", "--size", "wide", "tests/fixtures/ferry.txt"],
        &["snapshot", "no/such/file.txt"],
        &["no/such/file.txt"],
    ] {
        let out = lede(args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("lede") || err.contains("error"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn the_reader_refuses_a_non_terminal() {
    let out = lede(&["tests/fixtures/ferry.txt"]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("not a terminal"));
}

/// A folder with two articles, a binary file and a PDF (skipped), and one with a single article
/// and a binary file.
#[test]
fn skipped_files_are_counted_in_the_article_list() {
    let dir = std::env::temp_dir().join(format!("lede-skips-{}", std::process::id()));
    let (two, one) = (dir.join("two"), dir.join("one"));
    for d in [&two, &one] {
        std::fs::create_dir_all(d).unwrap();
        std::fs::write(d.join("blob.txt"), b"abc\0\0def").unwrap();
        std::fs::copy("tests/fixtures/ferry.txt", d.join("ferry.txt")).unwrap();
    }
    std::fs::copy("tests/fixtures/ferry.txt", two.join("ferry-again.txt")).unwrap();
    std::fs::write(two.join("scan.pdf"), b"%PDF-1.7").unwrap();

    let out = lede(&["snapshot", "--size", "100x20", two.to_str().unwrap()]);
    assert!(out.status.success());
    let screen = String::from_utf8(out.stdout).unwrap();
    let bottom = screen
        .lines()
        .find(|l| l.contains("skipped"))
        .unwrap_or_else(|| panic!("no skipped count on the screen:\n{screen}"));
    assert!(
        bottom.contains("skipped 1 binary file, 1 other file"),
        "{screen}"
    );
    assert!(screen.contains("Articles 1/2"), "{screen}");

    // One article: no list, so the status line tells it.
    let out = lede(&["snapshot", "--size", "100x12", one.to_str().unwrap()]);
    let screen = String::from_utf8(out.stdout).unwrap();
    let status = screen.lines().last().unwrap();
    assert!(status.contains("skipped 1 binary file"), "{screen}");
    let _ = std::fs::remove_dir_all(&dir);
}
