//! Fuzz target `analyze`: load arbitrary bytes as an article (plain text, and as Markdown when the
//! first byte is odd), analyse the body, and hold the result to the contract's invariants
//! (`lede::analysis::check::invariants`) and to terminal safety (no control or bidi character in
//! the body). A refused input must come with a one-line reason.
#![no_main]

use libfuzzer_sys::fuzz_target;

use lede::analysis::analyze;
use lede::analysis::check::invariants;
use lede::analysis::clean::is_bidi_control;
use lede::analysis::load::parse_article;

fuzz_target!(|bytes: &[u8]| {
    let name = if bytes.first().is_some_and(|b| b % 2 == 1) {
        "fuzz.md"
    } else {
        "fuzz.txt"
    };
    let article = match parse_article(name, Some(name), bytes) {
        Ok(article) => article,
        Err(err) => {
            assert!(!err.to_string().contains('\n'), "multi-line error: {err}");
            return;
        }
    };
    let body = &article.body;
    if let Some(c) = body
        .chars()
        .find(|&c| (c.is_control() && c != '\n') || is_bidi_control(c))
    {
        panic!("unsafe character U+{:04X} in body {body:?}", c as u32);
    }
    let analysis = analyze(body);
    if let Err(e) = invariants(body, &analysis) {
        panic!("{e}\nbody: {body:?}");
    }
});
