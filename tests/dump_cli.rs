//! End-to-end test of `lede dump`: runs the built binary on an article written to a temporary
//! folder (and with no path, on the bundled samples) and checks the JSON document against the
//! contract: every field, `text == body[start..end]`, offsets in order. Also the error cases.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

const ARTICLE: &str = "date 2024-03-18 Ferry Service Resumes After Storm\n\n\
Ferries returned to the Tarn estuary on Monday after a three-day storm. Capt. Ines Moreau of \
Tarn Lines Inc. said crossings would run at 7 a.m. and 5 p.m. until repairs end.\n\n\
“We lost two piers, not our nerve,” Moreau said. “Will the bridge hold?” she asked.\n\n\
Repairs will cost about $4.5m, the U.S. Coast Guard said. Details... are at https://ferry.example.org.";

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .output()
        .expect("run lede")
}

fn temp_article(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-dump-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write article");
    path
}

fn dump_json(args: &[&str]) -> Value {
    let out = lede(args);
    assert!(
        out.status.success(),
        "lede {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("dump prints JSON")
}

fn offsets(v: &Value) -> (usize, usize) {
    let start = v["start"].as_u64().expect("start is a number") as usize;
    let end = v["end"].as_u64().expect("end is a number") as usize;
    assert!(start <= end, "start after end in {v}");
    (start, end)
}

fn check_text_span(body: &str, v: &Value) -> (usize, usize) {
    let (start, end) = offsets(v);
    let text = body
        .get(start..end)
        .expect("span on char boundaries inside body");
    assert_eq!(v["text"].as_str(), Some(text), "text is body[start..end]");
    (start, end)
}

fn check_in_order(spans: &[(usize, usize)], what: &str) {
    for pair in spans.windows(2) {
        assert!(
            pair[0].1 <= pair[1].0,
            "{what} out of order or overlapping: {pair:?}"
        );
    }
}

/// Check one article object against the contract; returns its sentence texts.
fn check_article(a: &Value) -> Vec<String> {
    let obj = a.as_object().expect("article is an object");
    for key in [
        "source",
        "title",
        "date",
        "body",
        "paragraphs",
        "sentences",
        "entities",
        "quotes",
    ] {
        assert!(obj.contains_key(key), "article lacks {key}");
    }
    assert!(a["source"].is_string());
    assert!(a["title"].is_string() || a["title"].is_null());
    assert!(a["date"].is_string() || a["date"].is_null());
    let body = a["body"].as_str().expect("body is a string");

    let paragraphs: Vec<_> = a["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(offsets)
        .collect();
    check_in_order(&paragraphs, "paragraphs");
    let sentences: Vec<_> = a["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| check_text_span(body, s))
        .collect();
    check_in_order(&sentences, "sentences");
    for &(s, e) in &sentences {
        assert!(
            paragraphs.iter().any(|&(ps, pe)| ps <= s && e <= pe),
            "sentence outside paragraphs"
        );
        assert_eq!(body[s..e].trim(), &body[s..e], "sentence not trimmed");
    }

    let entities = a["entities"].as_array().expect("entities");
    for (i, e) in entities.iter().enumerate() {
        assert_eq!(
            e["id"].as_u64(),
            Some(i as u64),
            "entity ids are their index"
        );
        assert!(e["name"].is_string());
        let kind = e["kind"].as_str().expect("kind");
        assert!(["person", "organization", "place", "group", "other"].contains(&kind));
        for m in e["mentions"].as_array().expect("mentions") {
            check_text_span(body, m);
        }
    }
    for q in a["quotes"].as_array().expect("quotes") {
        check_text_span(body, q);
        assert!(
            q["speaker"].is_null()
                || q["speaker"]
                    .as_u64()
                    .is_some_and(|id| (id as usize) < entities.len())
        );
        assert!(q["speaker_text"].is_string() || q["speaker_text"].is_null());
        assert!(q["cue"].is_string() || q["cue"].is_null());
        assert!(["direct", "partial"].contains(&q["kind"].as_str().expect("quote kind")));
    }
    sentences
        .iter()
        .map(|&(s, e)| body[s..e].to_owned())
        .collect()
}

#[test]
fn dump_of_an_article_file_follows_the_contract() {
    let path = temp_article("ferry.txt", ARTICLE);
    let path = path.to_str().expect("utf-8 temp path");
    let doc = dump_json(&["dump", path]);
    let articles = doc["articles"].as_array().expect("articles array");
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(a["source"].as_str(), Some(path));
    assert_eq!(
        a["title"].as_str(),
        Some("Ferry Service Resumes After Storm")
    );
    assert_eq!(a["date"].as_str(), Some("2024-03-18"));
    assert_eq!(a["paragraphs"].as_array().map(Vec::len), Some(3));
    let sentences = check_article(a);
    assert_eq!(
        sentences,
        [
            "Ferries returned to the Tarn estuary on Monday after a three-day storm.",
            "Capt. Ines Moreau of Tarn Lines Inc. said crossings would run at 7 a.m. and 5 p.m. until repairs end.",
            "“We lost two piers, not our nerve,” Moreau said.",
            "“Will the bridge hold?” she asked.",
            "Repairs will cost about $4.5m, the U.S. Coast Guard said.",
            "Details... are at https://ferry.example.org."
        ]
    );
}

#[test]
fn pretty_dump_is_the_same_document() {
    let path = temp_article("pretty.txt", ARTICLE);
    let path = path.to_str().expect("utf-8 temp path");
    let compact = dump_json(&["dump", path]);
    let pretty = dump_json(&["dump", "--pretty", path]);
    assert_eq!(compact, pretty);
}

#[test]
fn dump_without_paths_covers_the_bundled_samples() {
    let doc = dump_json(&["dump"]);
    let articles = doc["articles"].as_array().expect("articles array");
    assert!(!articles.is_empty(), "bundled samples are dumped");
    for a in articles {
        check_article(a);
    }
}

#[test]
fn missing_file_fails_with_one_line_on_stderr() {
    let missing = std::env::temp_dir().join("lede-dump-cli-no-such-article.txt");
    let out = lede(&["dump", missing.to_str().expect("utf-8 path")]);
    assert!(!out.status.success(), "missing file must fail");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one line on stderr: {stderr:?}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout");
}

#[test]
fn unknown_flag_fails_without_panicking() {
    let out = lede(&["dump", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"));
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr}");
    assert!(stderr.starts_with("lede: unexpected argument '--no-such-flag'"));
}

#[test]
fn help_and_version_succeed() {
    let out = lede(&["--version"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("lede "));
    let out = lede(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("dump"));
}
