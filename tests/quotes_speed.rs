//! The quote pass in linear time on long bodies full of attributed quotes: every description
//! (“the spokesman said”) is resolved against the people the article names by role, and that
//! look-up must not walk every role naming so far (a 20 MB body of joined articles once ran at a
//! tenth of the speed of one article).
//!
//! Only `find_quotes` is timed (its inputs are built before), in this thread's CPU time.

use std::time::Duration;

use lede::analysis::entities::find_entities;
use lede::analysis::paragraphs::paragraphs;
use lede::analysis::quotes::find_quotes;
use lede::analysis::sentences::sentences;

#[path = "../benches/support/cpu_time.rs"]
#[allow(dead_code)]
mod cpu_time;

const PEOPLE: &[&str] = &[
    "Ali Karim",
    "Dana Holt",
    "Omar Reyes",
    "Lena Brandt",
    "Pavel Novak",
    "Ines Ferro",
];

const ROLES: &[&str] = &["spokesman", "director", "minister", "chief", "lawyer"];

/// `n` paragraphs: a person named by a role, then quotes attributed to the role alone.
fn body(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let (who, role) = (PEOPLE[i % PEOPLE.len()], ROLES[i % ROLES.len()]);
        s.push_str(&format!(
            "{who}, the council’s {role}, spoke on Monday. “We will not wait for the board,” the {role} said. “Nobody asked us.”\n\n\
             “The money is there,” the {role} told reporters, adding that {who} would decide.\n\n"
        ));
    }
    s
}

/// The best of three CPU times of the quote pass over `text`.
fn quote_time(text: &str) -> Duration {
    let paras = paragraphs(text);
    let sents = sentences(text, &paras);
    let ents = find_entities(text, &paras, &sents);
    (0..3)
        .map(|_| {
            let started = cpu_time::thread_cpu_time();
            let quotes = find_quotes(text, &paras, &sents, &ents);
            let elapsed = cpu_time::thread_cpu_time() - started;
            assert!(quotes.iter().any(|q| q.speaker.is_some()));
            elapsed
        })
        .min()
        .unwrap()
}

#[test]
fn many_described_speakers_resolve_in_linear_time() {
    // Grow the small body until it takes long enough to time (caches and clock noise first).
    let mut n = 200;
    let mut t_small = quote_time(&body(n));
    while t_small < Duration::from_millis(20) && n < 50_000 {
        n *= 2;
        t_small = quote_time(&body(n));
    }
    let large = body(8 * n);
    let t_large = quote_time(&large);
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    println!(
        "{n} vs {} paragraphs: {t_small:?} -> {t_large:?} ({ratio:.1}x for 8x the text, {:.1} MB/s)",
        8 * n,
        large.len() as f64 / 1e6 / t_large.as_secs_f64()
    );
    assert!(
        ratio < 20.0,
        "8x the text took {ratio:.1}x the time ({t_small:?} -> {t_large:?}): quadratic?"
    );
}
