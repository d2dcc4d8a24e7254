//! CPU-time throughput of each analysis stage on our own articles (the entity and quote corpora and
//! the bundled samples) repeated to about 20 MB, article by article as `analyze()` sees them in use.
//!
//! Run: `cargo test --release --test entities_speed -- --ignored --nocapture`. Times are this
//! thread's CPU time (Linux `/proc/thread-self/schedstat`), so a loaded machine does not skew them;
//! elsewhere wall-clock time is used.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use lede::analysis::{
    analyze,
    entities::{candidates, find_entities, lexicon, resolve, tokens},
    paragraphs::paragraphs,
    quotes::find_quotes,
    sentences::sentences,
};

const TARGET_BYTES: usize = 20 * 1024 * 1024;

/// CPU nanoseconds this thread has run, if the platform tells.
fn cpu_ns() -> Option<u64> {
    let s = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Seconds spent in `f`, best of three runs: CPU time when available, else wall-clock.
fn seconds(mut f: impl FnMut()) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let wall = Instant::now();
        let cpu = cpu_ns();
        f();
        let s = match (cpu, cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9,
            _ => wall.elapsed().as_secs_f64(),
        };
        best = best.min(s);
    }
    best
}

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        "tests/corpus/entities",
        "tests/corpus/entities/heldout",
        "tests/corpus/quotes",
        "assets/articles",
    ] {
        let mut paths: Vec<_> = fs::read_dir(root.join(dir))
            .expect("corpus folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .collect();
        paths.sort();
        for p in paths {
            out.push(fs::read_to_string(p).expect("article"));
        }
    }
    out
}

#[test]
#[ignore]
fn stage_throughput_by_cpu_time() {
    let mut base = articles();
    // `LEDE_SPEED_JOIN=K` joins every K articles into one (to see per-article costs).
    if let Some(k) = std::env::var("LEDE_SPEED_JOIN")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        base = base.chunks(k.max(1)).map(|c| c.join("\n\n")).collect();
    }
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for a in &base {
            bytes += a.len();
            docs.push(a.as_str());
        }
    }
    let mb = bytes as f64 / 1e6;
    // Warm up the lexicons and caches.
    for d in docs.iter().take(base.len()) {
        black_box(analyze(d));
    }
    let prepared: Vec<_> = docs
        .iter()
        .map(|d| {
            let p = paragraphs(d);
            let s = sentences(d, &p);
            let e = find_entities(d, &p, &s);
            (p, s, e)
        })
        .collect();
    let lex = lexicon::lexicon();
    // The entity steps' inputs (not built when only the whole pass is profiled).
    let only_entities = std::env::var("LEDE_SPEED_ONLY").is_ok_and(|v| v.starts_with("entities"));
    let keep = if only_entities { 0 } else { docs.len() };
    let toks: Vec<_> = docs
        .iter()
        .take(keep)
        .zip(&prepared)
        .map(|(d, (p, _, _))| tokens::tokenize(d, p, lex))
        .collect();
    let cands: Vec<_> = docs
        .iter()
        .take(keep)
        .zip(&toks)
        .map(|(d, t)| candidates::candidates(d, t, lex))
        .collect();
    // `LEDE_SPEED_ONLY=STAGE:N` repeats one entity step (`entities`, `tokens`, `candidates` or
    // `resolve`) N times and stops: a steady loop for a profiler.
    if let Some((stage, n)) = std::env::var("LEDE_SPEED_ONLY").ok().and_then(|v| {
        Some((
            v.split(':').next()?.to_string(),
            v.split(':').nth(1)?.parse().ok()?,
        ))
    }) {
        let s = seconds(|| {
            for _ in 0..n {
                for (i, (d, (p, s, _))) in docs.iter().zip(&prepared).enumerate() {
                    let (t, c) = (|| &toks[i], || &cands[i]);
                    match stage.as_str() {
                        "tokens" => drop(black_box(tokens::tokenize(d, p, lex))),
                        "candidates" => drop(black_box(candidates::candidates(d, t(), lex))),
                        "resolve" => drop(black_box(resolve::resolve(d, t(), lex, c()))),
                        _ => drop(black_box(find_entities(d, p, s))),
                    }
                }
            }
        });
        let n = n as f64;
        println!("{stage} x{n}: {:.1} MB/s", mb * n / s);
        return;
    }
    let tok = seconds(|| {
        for (d, (p, _, _)) in docs.iter().zip(&prepared) {
            black_box(tokens::tokenize(d, p, lex));
        }
    });
    let cand = seconds(|| {
        for (d, t) in docs.iter().zip(&toks) {
            black_box(candidates::candidates(d, t, lex));
        }
    });
    let res = seconds(|| {
        for ((d, t), c) in docs.iter().zip(&toks).zip(&cands) {
            black_box(resolve::resolve(d, t, lex, c));
        }
    });
    let full = seconds(|| {
        for d in &docs {
            black_box(analyze(d));
        }
    });
    let para = seconds(|| {
        for d in &docs {
            black_box(paragraphs(d));
        }
    });
    let sent = seconds(|| {
        for (d, (p, _, _)) in docs.iter().zip(&prepared) {
            black_box(sentences(d, p));
        }
    });
    let ent = seconds(|| {
        for (d, (p, s, _)) in docs.iter().zip(&prepared) {
            black_box(find_entities(d, p, s));
        }
    });
    let quo = seconds(|| {
        for (d, (p, s, e)) in docs.iter().zip(&prepared) {
            black_box(find_quotes(d, p, s, e));
        }
    });
    println!("{mb:.1} MB in {} articles", docs.len());
    for (label, s) in [
        ("analyze()", full),
        ("paragraphs", para),
        ("sentences", sent),
        ("entities", ent),
        ("quotes", quo),
        ("  tokens", tok),
        ("  candidates", cand),
        ("  resolve", res),
    ] {
        println!("{label:>12}: {s:.3} s CPU = {:.1} MB/s", mb / s);
    }
}
