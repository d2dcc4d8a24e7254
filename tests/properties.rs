//! Property tests for `analyze()`: on any Unicode input, paragraphs and sentences are in order,
//! non-overlapping, on character boundaries, trimmed and non-empty; every sentence lies inside one
//! paragraph; nothing but whitespace of a paragraph is left outside its sentences; and nothing
//! panics.

use lede::analysis::{analyze, Span};
use proptest::prelude::*;

/// The weighted alphabet: each character appears as often as it should be drawn.
const WEIGHTED_ALPHABET: &str = "      abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLM 0123456789 \
                                 ....!?…“”\"'’(),\n\n\u{a0}•-—é中😀";

/// A character drawn mostly from the marks that drive segmentation.
fn weighted_char() -> impl Strategy<Value = char> {
    prop::sample::select(WEIGHTED_ALPHABET.chars().collect::<Vec<_>>())
}

fn weighted_text() -> impl Strategy<Value = String> {
    prop::collection::vec(weighted_char(), 0..300).prop_map(|cs| cs.into_iter().collect())
}

/// Text made of news-like tokens: words, abbreviations, initials, numbers, quotes, markers.
fn token_text() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "The",
        "talks",
        "ended",
        "Mr.",
        "Dr.",
        "U.S.",
        "a.m.",
        "etc.",
        "No.",
        "J.",
        "Inc.",
        "e.g.",
        "3.5",
        "9,000",
        "1.",
        "2)",
        "a.",
        "“",
        "”",
        "\"",
        "...",
        ". . .",
        "?!",
        "!",
        ".",
        ",",
        "said",
        "he",
        "Kabul’s",
        "\n",
        "\n\n",
        "•",
        "-",
        "(",
        ")",
        "www.example.org",
        "St.",
    ]);
    prop::collection::vec(token, 0..80).prop_map(|ts| ts.join(" "))
}

fn check_spans(body: &str, spans: &[Span], what: &str) {
    let mut last_end = 0;
    for s in spans {
        assert!(s.start < s.end, "{what} {s:?} is empty in {body:?}");
        assert!(
            s.start >= last_end,
            "{what} {s:?} overlaps or is out of order in {body:?}"
        );
        assert!(
            body.is_char_boundary(s.start) && body.is_char_boundary(s.end),
            "{what} {s:?} is not on char boundaries in {body:?}"
        );
        let text = s.text(body);
        assert_eq!(text, text.trim(), "{what} {s:?} is not trimmed in {body:?}");
        last_end = s.end;
    }
    assert!(last_end <= body.len());
}

fn check_invariants(body: &str) {
    let analysis = analyze(body);
    check_spans(body, &analysis.paragraphs, "paragraph");
    check_spans(body, &analysis.sentences, "sentence");
    for s in &analysis.sentences {
        assert!(
            analysis
                .paragraphs
                .iter()
                .any(|p| p.start <= s.start && s.end <= p.end),
            "sentence {s:?} is not inside one paragraph in {body:?}"
        );
    }
    for p in &analysis.paragraphs {
        let mut at = p.start;
        for s in analysis
            .sentences
            .iter()
            .filter(|s| p.start <= s.start && s.end <= p.end)
        {
            assert!(
                body[at..s.start].trim().is_empty(),
                "text {:?} of paragraph {p:?} is in no sentence",
                &body[at..s.start]
            );
            at = s.end;
        }
        assert!(
            body[at..p.end].trim().is_empty(),
            "paragraph {p:?} tail lost"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn invariants_hold_on_arbitrary_unicode(body in any::<String>()) {
        check_invariants(&body);
    }

    #[test]
    fn invariants_hold_on_punctuation_heavy_text(body in weighted_text()) {
        check_invariants(&body);
    }

    #[test]
    fn invariants_hold_on_news_like_tokens(body in token_text()) {
        check_invariants(&body);
    }
}

/// Long adversarial inputs stay fast: every look-behind and look-ahead is bounded.
#[test]
fn pathological_inputs_stay_linear() {
    let started = std::time::Instant::now();
    for unit in [
        "1. ",
        "At 5 a.m. Mr ",
        "a.b.c.d.",
        "“Why?” ",
        ". . . ",
        "•",
        "\n- x",
    ] {
        let body = unit.repeat(200_000 / unit.len());
        check_invariants(&body);
    }
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}
