//! Property tests: whatever the input, loading and analysing it never panics, holds the contract's
//! invariants (`lede::analysis::check::invariants`) and hands out no unsafe character. The same
//! checks run unbounded in the fuzz target (`fuzz/`); here the case count is bounded for CI.

use lede::analysis::analyze;
use lede::analysis::check::invariants;
use lede::analysis::clean::is_bidi_control;
use lede::analysis::load::parse_article;
use proptest::prelude::*;

/// Pieces of news-like text, punctuation, quote marks, brackets and hostile characters, so that
/// random sequences of them reach the engines' corner cases far more often than random bytes.
const PIECES: &[&str] = &[
    "The",
    "the",
    "minister",
    "said",
    "told",
    "according to",
    "Dana",
    "Whitcombe",
    "Felder",
    "Mr.",
    "Dr.",
    "Gen.",
    "U.S.",
    "Port Ellery",
    "Harbor Union",
    "PAE",
    "Afghan",
    "Monday",
    "he",
    "she",
    "it",
    "3.5",
    "1,200",
    "e.g.",
    "No.",
    "etc.",
    ".",
    ". ",
    "!",
    "?",
    "?!",
    "...",
    "\u{2026}",
    ",",
    ";",
    ":",
    " ",
    "  ",
    "\n",
    "\n\n",
    " \n \n",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "-",
    "\u{2014}",
    "\u{1b}[31m",
    "\u{1b}]0;x\u{7}",
    "\u{9b}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{ad}",
    "\u{feff}",
    "\r\n",
    "\r",
    "\t",
    "é",
    "漢字",
    "👩‍🚀",
    "\u{301}",
    "#",
    "*",
    "_",
    "`",
    "> ",
    "- ",
    "1. ",
    "[a](b)",
    "date 2024-01-02 ",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| {
        let mut s = String::new();
        for (i, p) in pieces.iter().enumerate() {
            s.push_str(p);
            if i % 3 == 0 {
                s.push(' ');
            }
        }
        s
    })
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n') || is_bidi_control(c)
}

/// Load `bytes` as `name` and check everything; a refusal must be a one-line reason.
fn check(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let article = match parse_article(name, Some(name), bytes) {
        Ok(article) => article,
        Err(err) => {
            let line = err.to_string();
            prop_assert!(!line.contains('\n') && !line.chars().any(is_unsafe));
            return Ok(());
        }
    };
    let body = &article.body;
    prop_assert!(!body.chars().any(is_unsafe), "unsafe body {:?}", body);
    let analysis = analyze(body);
    if let Err(e) = invariants(body, &analysis) {
        return Err(TestCaseError::fail(format!("{e}\nbody: {body:?}")));
    }
    for e in &analysis.entities {
        prop_assert!(!e.name.chars().any(is_unsafe));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn news_like_text_holds_the_invariants(text in article_text()) {
        check("story.txt", text.as_bytes())?;
    }

    #[test]
    fn news_like_markdown_holds_the_invariants(text in article_text()) {
        check("story.md", format!("# Title {text}\n\n{text}").as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check("blob.txt", &bytes)?;
    }

    #[test]
    fn mostly_text_bytes_never_panic(
        text in article_text(),
        junk in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 0..8),
    ) {
        let mut bytes = text.into_bytes();
        for (at, byte) in junk {
            let at = at.index(bytes.len() + 1);
            bytes.insert(at, byte);
        }
        check("mixed.txt", &bytes)?;
    }
}
