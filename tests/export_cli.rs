//! The `lede` binary's export and CLI manners: `dump --format jsonl|csv`, `--input-format` (files
//! and standard input), warnings with line numbers, exit codes, shell completions and the man page.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats");

fn lede(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn csv_sentences_round_trip_against_the_json() {
    let json = lede(&["dump", DIR], b"");
    let csv_out = lede(
        &["dump", "--format", "csv", "--what", "sentences", DIR],
        b"",
    );
    assert!(json.status.success() && csv_out.status.success());
    let doc: Value = serde_json::from_slice(&json.stdout).unwrap();
    let mut expected = Vec::new();
    for article in doc["articles"].as_array().unwrap() {
        for (i, s) in article["sentences"].as_array().unwrap().iter().enumerate() {
            expected.push(vec![
                article["source"].as_str().unwrap().to_owned(),
                i.to_string(),
                s["start"].to_string(),
                s["end"].to_string(),
                s["text"].as_str().unwrap().to_owned(),
            ]);
        }
    }
    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_slice());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert!(!rows.is_empty());
    assert_eq!(rows, expected);
}

#[test]
fn jsonl_output_has_one_article_per_line() {
    let json = lede(&["dump", DIR], b"");
    let jsonl = lede(&["dump", "--format", "jsonl", DIR], b"");
    let doc: Value = serde_json::from_slice(&json.stdout).unwrap();
    let lines: Vec<Value> = stdout(&jsonl)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(&lines, doc["articles"].as_array().unwrap());
}

#[test]
fn bad_jsonl_lines_are_warned_about_with_their_numbers() {
    let path = format!("{DIR}/wires.jsonl");
    let out = lede(&["dump", &path], b"");
    assert!(out.status.success());
    let err = stderr(&out);
    for line in [3, 5, 7] {
        assert!(
            err.contains(&format!("{path}:{line}: line skipped")),
            "{err}"
        );
    }
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 3);
}

#[test]
fn input_format_overrides_detection_for_stdin_and_files() {
    let page = std::fs::read(format!("{DIR}/ferry-timetable.html")).unwrap();
    let detected = lede(&["dump", "-"], &page);
    let doc: Value = serde_json::from_slice(&detected.stdout).unwrap();
    assert_eq!(doc["articles"][0]["date"], "2025-02-14");

    let forced = lede(&["--input-format", "plain", "dump", "-"], &page);
    let doc: Value = serde_json::from_slice(&forced.stdout).unwrap();
    assert!(doc["articles"][0]["body"]
        .as_str()
        .unwrap()
        .contains("<nav"));

    let md = format!("{DIR}/council-budget.md");
    let forced = lede(&["dump", "--input-format", "plain", &md], b"");
    let doc: Value = serde_json::from_slice(&forced.stdout).unwrap();
    assert_eq!(doc["articles"][0]["title"], "council-budget.md");

    let lines = "{\"title\":\"A\",\"text\":\"One.\"}\n{\"title\":\"B\",\"text\":\"Two.\"}\n";
    let out = lede(&["dump", "--input-format", "jsonl", "-"], lines.as_bytes());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"][1]["source"], "-:2");
}

#[test]
fn exit_codes_are_zero_one_two() {
    assert_eq!(lede(&["dump", DIR], b"").status.code(), Some(0));
    let missing = lede(&["dump", "/no/such/article.txt"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(stderr(&missing).lines().count(), 1);
    assert_eq!(lede(&["dump", "--bogus"], b"").status.code(), Some(2));
    assert_eq!(
        lede(&["dump", "--format", "csv", DIR], b"").status.code(),
        Some(2)
    );
    assert_eq!(
        lede(&["--input-format", "pdf", "dump"], b"").status.code(),
        Some(2)
    );
    let help = lede(&["--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    let help = stdout(&help);
    assert!(help.contains("Examples:") && help.contains("Exit status:"));
}

#[test]
fn completions_are_generated_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = lede(&["completions", shell], b"");
        assert!(out.status.success(), "{shell}");
        let script = stdout(&out);
        assert!(
            script.contains("lede") && script.contains("input-format"),
            "{shell}"
        );
        assert!(script.contains("dump"), "{shell}");
    }
    assert_eq!(lede(&["completions", "tcsh"], b"").status.code(), Some(2));
}

#[test]
fn man_page_is_roff_from_the_clap_definition() {
    let out = lede(&["man"], b"");
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(page.contains(".TH lede 1"));
    assert!(page.contains("input\\-format") || page.contains("input-format"));
    assert!(page.contains("Exit status"));
}

#[test]
fn no_progress_line_off_a_terminal() {
    let out = lede(&["dump", DIR], b"");
    assert!(!stderr(&out).contains('\r'));
}
