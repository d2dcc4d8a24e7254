//! Throughput of the analysis engine on ≥ 20 MB of generated news-like text: paragraphs +
//! sentences alone, with the entity pass, the entity and quote passes alone, and the full
//! `analyze()`. The text is generated deterministically from our own
//! word lists (abbreviations, titles, initials, quotes with attributions, numbers, ellipses).
//!
//! Run: `cargo bench --bench analysis`; criterion reports MB/s (decimal: 1 MB = 10^6 bytes, the
//! unit of the 100 MB/s target). Times are the benchmark thread's CPU time, not wall-clock, so the
//! figures hold on a loaded shared machine.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede::analysis::{
    analyze, entities::find_entities, paragraphs::paragraphs, quotes::find_quotes,
    sentences::sentences,
};

#[path = "support/cpu_time.rs"]
mod cpu_time;
use cpu_time::cpu_time_of;

#[path = "support/news.rs"]
mod news;
use news::news_text;

const TARGET_BYTES: usize = 20 * 1024 * 1024;

fn bench_analysis(c: &mut Criterion) {
    let text = news_text(TARGET_BYTES);
    let mut group = c.benchmark_group("analysis");
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.sample_size(10);
    group.bench_function("paragraphs", |b| {
        b.iter_custom(|n| cpu_time_of(n, || paragraphs(black_box(&text))))
    });
    group.bench_function("paragraphs+sentences", |b| {
        b.iter_custom(|n| {
            cpu_time_of(n, || {
                let paras = paragraphs(black_box(&text));
                sentences(&text, &paras)
            })
        })
    });
    // Issue 3's measure: the sentence and entity passes together.
    group.bench_function("paragraphs+sentences+entities", |b| {
        b.iter_custom(|n| {
            cpu_time_of(n, || {
                let paras = paragraphs(black_box(&text));
                let sents = sentences(&text, &paras);
                find_entities(&text, &paras, &sents)
            })
        })
    });
    let paras = paragraphs(&text);
    let sents = sentences(&text, &paras);
    let ents = find_entities(&text, &paras, &sents);
    group.bench_function("entities pass alone", |b| {
        b.iter_custom(|n| cpu_time_of(n, || find_entities(black_box(&text), &paras, &sents)))
    });
    group.bench_function("quotes pass alone", |b| {
        b.iter_custom(|n| cpu_time_of(n, || find_quotes(black_box(&text), &paras, &sents, &ents)))
    });
    group.bench_function("analyze", |b| {
        b.iter_custom(|n| cpu_time_of(n, || analyze(black_box(&text))))
    });
    group.finish();
}

criterion_group!(benches, bench_analysis);
criterion_main!(benches);
