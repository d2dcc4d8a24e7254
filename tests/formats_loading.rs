//! Loading each article format from the sample files in `tests/fixtures/formats/` (invented
//! stories): HTML pages, Markdown with front matter, JSON Lines with bad lines, the format
//! override, and hostile input that must never panic.

use lede::analysis::load::{self, Format};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats");

fn fixture(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn html_page_yields_title_date_and_article_text_only() {
    let parsed = load::load_file(&fixture("ferry-timetable.html"), None).unwrap();
    assert_eq!(parsed.articles.len(), 1);
    let a = &parsed.articles[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Island ferry timetable cut as fuel costs bite")
    );
    assert_eq!(a.date.as_deref(), Some("2025-02-14"));
    assert!(a
        .body
        .contains("Residents of Carrow Island will lose three"));
    assert!(a.body.contains("\"painful but unavoidable,\""));
    assert!(a.body.contains("according to its organisers"));
    for dropped in [
        "Subscribe today",        // navigation
        "Marlow Kitchens",        // banner ad
        "FlickSwitch",            // ad inside the article
        "loadWidget",             // script
        "trackingQueue",          // script in the head
        "font-family",            // style
        "boatfan88",              // comments
        "Typical, they always",   // comments
        "Lifeboat crew honoured", // sidebar
        "All rights reserved",    // footer
    ] {
        assert!(
            !a.body.contains(dropped),
            "{dropped:?} left in {:?}",
            a.body
        );
    }
    // Paragraphs survive as blank-line separated blocks.
    assert!(a.body.matches("\n\n").count() >= 4, "{:?}", a.body);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn html_page_without_article_tag_leaves_comments_behind() {
    let parsed = load::load_file(&fixture("orchard-frost.htm"), None).unwrap();
    let a = &parsed.articles[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Late frost wipes out half of valley's apple blossom")
    );
    assert_eq!(a.date.as_deref(), Some("2024-04-22"));
    assert!(a
        .body
        .contains("said Jonas Brecht, who farms forty hectares"));
    assert!(a
        .body
        .ends_with("drained down into the valley floor overnight."));
    for dropped in [
        "Log in",
        "Opinion",
        "grandfather",
        "loan scheme after",
        "Advertisement",
        "Mill Lane",
    ] {
        assert!(
            !a.body.contains(dropped),
            "{dropped:?} left in {:?}",
            a.body
        );
    }
}

#[test]
fn markdown_with_front_matter() {
    let parsed = load::load_file(&fixture("council-budget.md"), None).unwrap();
    let a = &parsed.articles[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Council approves library budget after late-night vote")
    );
    assert_eq!(a.date.as_deref(), Some("2024-11-03"));
    assert!(a
        .body
        .starts_with("The Brenford town council approved a £1.2 million budget"));
    assert!(a.body.contains("\n\nA narrow vote\n\n"));
    assert!(a.body.contains("voted seven to five in favour"));
    assert!(a.body.contains("that the Eastgate branch would"));
    assert!(a.body.contains("to the finance committee in spring"));
    for markup in ["**", "*seven", "](", "https://", "---", "author:", "## "] {
        assert!(!a.body.contains(markup), "{markup:?} left in {:?}", a.body);
    }
}

#[test]
fn jsonl_lines_are_articles_and_bad_lines_are_reported() {
    let path = fixture("wires.jsonl");
    let parsed = load::load_file(&path, None).unwrap();
    let sources: Vec<String> = parsed.articles.iter().map(|a| a.source.clone()).collect();
    assert_eq!(
        sources,
        [
            format!("{path}:1"),
            format!("{path}:2"),
            format!("{path}:6")
        ]
    );
    let [rail, bakery, harbour] = &parsed.articles[..] else {
        panic!("three articles expected");
    };
    assert_eq!(rail.date.as_deref(), Some("2025-03-08"));
    assert!(rail
        .body
        .contains("weekend strike on Friday after late talks with the operator.\n\nUnion"));
    assert_eq!(
        bakery.title.as_deref(),
        Some("Bakery chain to open twelve stores")
    );
    assert_eq!(bakery.date.as_deref(), Some("2025-03-09"));
    assert_eq!(harbour.date.as_deref(), Some("2025-03-11"));
    assert!(harbour.body.contains("a \"maritime market\" on the quay"));
    let lines: Vec<&str> = parsed
        .warnings
        .iter()
        .map(|w| w.strip_prefix(&path).unwrap().split(':').nth(1).unwrap())
        .collect();
    assert_eq!(lines, ["3", "5", "7"]);
}

#[test]
fn folders_mix_formats_and_collect_warnings() {
    let loaded = load::load_paths(&[DIR]).unwrap();
    assert_eq!(loaded.articles.len(), 6);
    assert_eq!(loaded.warnings.len(), 3);
    assert!(loaded.skipped.is_empty());
}

#[test]
fn format_override_applies_to_every_file() {
    let md = fixture("council-budget.md");
    let loaded = load::load_paths_as(&[md.as_str()], Some(Format::Plain)).unwrap();
    let a = &loaded.articles[0];
    assert_eq!(a.title.as_deref(), Some("council-budget.md"));
    assert!(a.body.starts_with("---\ntitle:"));
    assert!(a.body.contains("**£1.2 million**"));

    let html = fixture("ferry-timetable.html");
    let loaded = load::load_paths_as(&[html.as_str()], Some(Format::Markdown)).unwrap();
    assert!(loaded.articles[0].date.is_none());

    let loaded = load::load_paths_as(&[md.as_str()], Some(Format::Jsonl)).unwrap();
    assert!(loaded.articles.is_empty());
    assert!(!loaded.warnings.is_empty());
}

#[test]
fn html_is_detected_by_content_without_an_extension() {
    let page = std::fs::read(fixture("ferry-timetable.html")).unwrap();
    let parsed = load::parse_file("-", None, &page, None).unwrap();
    assert_eq!(parsed.articles[0].date.as_deref(), Some("2025-02-14"));
    assert!(!parsed.articles[0].body.contains("boatfan88"));
}

#[test]
fn hostile_input_never_panics() {
    let huge_line = format!("{{\"text\":\"{}\"}}\n", "word ".repeat(200_000));
    let deep_html = format!("<html><body>{}</body></html>", "<div>".repeat(20_000));
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("empty.html", Vec::new()),
        (
            "nobody.html",
            b"<html><head><title>T</title></head></html>".to_vec(),
        ),
        (
            "bodyless.html",
            b"<!doctype html><title>Only</title>".to_vec(),
        ),
        (
            "scripts.html",
            b"<html><body><script>var a='</p>';</script></body></html>".to_vec(),
        ),
        (
            "broken.html",
            b"<html><body><p>unclosed <b><i>tags <table><tr><td>x".to_vec(),
        ),
        ("deep.html", deep_html.into_bytes()),
        ("number.jsonl", b"42\n".to_vec()),
        (
            "mixed.jsonl",
            b"[1,2]\nnull\n\"s\"\n{\"text\":7}\n{\"text\":[]}\n".to_vec(),
        ),
        ("huge.jsonl", huge_line.into_bytes()),
        ("deep.jsonl", "[".repeat(50_000).into_bytes()),
        (
            "crlf.jsonl",
            b"{\"text\":\"a\"}\r\n\r\n{\"body\":\"b\"}\r\n".to_vec(),
        ),
        ("bad-utf8.jsonl", b"{\"text\":\"caf\xe9\"}\n".to_vec()),
        ("front.md", b"---\ntitle:\n---".to_vec()),
        ("front2.md", b"---\n".to_vec()),
        ("nul.html", b"<html>\0</html>".to_vec()),
    ];
    for (name, bytes) in inputs {
        for format in [
            None,
            Some(Format::Html),
            Some(Format::Jsonl),
            Some(Format::Markdown),
        ] {
            let _ = load::parse_file(name, Some(name), &bytes, format);
        }
    }
    let parsed = load::parse_file(
        "crlf.jsonl",
        Some("crlf.jsonl"),
        b"{\"text\":\"a\"}\r\n\r\n{\"body\":\"b\"}\r\n",
        None,
    )
    .unwrap();
    assert_eq!(parsed.articles.len(), 2);
    assert!(parsed.warnings.is_empty());
}

/// A fresh folder under the system temporary folder holding `files` (path, contents).
fn folder_with(name: &str, files: &[(&str, &[u8])]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-formats-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
    dir
}

#[test]
fn folders_take_article_files_only_and_count_the_rest() {
    let dir = folder_with(
        "only-articles",
        &[
            ("a-story.txt", b"The mayor spoke on Monday."),
            ("a-story.ann", b"PER 4 9 mayor"),
            ("b-notes", b"A file without an extension is read."),
            (
                "c-page.HTML",
                b"<html><body><p>Page text here.</p></body></html>",
            ),
            ("d-photo.png", b"\x89PNG\r\n\x1a\n\0\0"),
            ("e-broken.md", b"# Title\n\nHalf \0 binary."),
            ("sub/f-wire.text", b"A wire story in a subfolder."),
            ("sub/f-wire.json", b"{\"not\": \"an article file\"}"),
            (".hidden.txt", b"Hidden files are passed over."),
            (".git/HEAD.txt", b"Hidden folders too."),
        ],
    );
    let shown = dir.to_string_lossy().into_owned();
    let loaded = load::load_paths(&[shown.as_str()]).unwrap();
    let names: Vec<&str> = loaded
        .articles
        .iter()
        .map(|a| a.source.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        names,
        ["a-story.txt", "b-notes", "c-page.HTML", "f-wire.text"]
    );
    assert_eq!(loaded.skipped.len(), 2, "{:?}", loaded.skipped);
    assert!(loaded.skipped[0].contains("e-broken.md is not a text file"));
    assert_eq!(
        loaded.skipped[1],
        format!("{shown}: skipped 1 binary file, 3 other files")
    );
    let counts = load::SkipCounts {
        binary: 1,
        unreadable: 0,
        other: 3,
    };
    assert_eq!(loaded.skip_counts, counts);

    // A file named on its own is read whatever its extension.
    let ann = dir.join("a-story.ann").to_string_lossy().into_owned();
    let loaded = load::load_paths(&[ann.as_str()]).unwrap();
    assert_eq!(&*loaded.articles[0].body, "PER 4 9 mayor");
    assert!(loaded.skipped.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn article_extensions_are_matched_in_any_case() {
    use std::path::Path;
    for name in [
        "a.txt",
        "a.MD",
        "a.markdown",
        "a.htm",
        "a.jsonl",
        "a.NDJSON",
        "README",
    ] {
        assert!(load::is_article_file(Path::new(name)), "{name}");
    }
    for name in ["a.ann", "a.quotes", "a.png", "a.json", "a.txt.bak"] {
        assert!(!load::is_article_file(Path::new(name)), "{name}");
    }
}
