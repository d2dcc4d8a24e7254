//! Peak heap of `analyze()` on a large generated body (100 MB by default), measured with a counting
//! global allocator, and the CPU time of each pass on it.
//!
//! Run: `cargo bench --bench heap` (or `cargo bench --bench heap -- 20` for a 20 MB body). The report
//! gives the peak of live heap bytes during each pass above what was live before it, the size of
//! what the pass returned, and its single-core throughput. `cargo bench --bench heap -- corpus`
//! instead times each pass over the annotated articles of `tests/corpus/`, one article at a time
//! (real news length, a few KB each), repeated to 20 MB.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use lede::analysis::{
    entities::find_entities, paragraphs::paragraphs, quotes::find_quotes, sentences::sentences,
};

#[path = "support/cpu_time.rs"]
#[allow(dead_code)]
mod cpu_time;
use cpu_time::thread_cpu_time;

#[path = "support/corpus.rs"]
mod corpus;

#[path = "support/news.rs"]
mod news;
use news::news_text;

/// The system allocator, counting live bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let live = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call forwards to the system allocator unchanged; only counters are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Run `f`, printing its CPU time, throughput and peak heap above the heap live before it; returns
/// its result and the live heap it left.
fn measure<T>(label: &str, bytes: usize, f: impl FnOnce() -> T) -> T {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let t0 = thread_cpu_time();
    let out = f();
    let secs = (thread_cpu_time() - t0).as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let kept = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let mb = bytes as f64 / 1e6;
    println!(
        "{label:<12} {:>8.1} MB/s  peak heap {:>7.1} MB ({:.2}x body)  result {:>7.1} MB",
        mb / secs,
        peak as f64 / 1e6,
        peak as f64 / bytes as f64,
        kept as f64 / 1e6,
    );
    out
}

/// CPU time of each pass over every corpus article, analysed one at a time, until at least
/// `target` bytes have gone through; prints MB/s per pass and for the whole of `analyze()`.
fn corpus_throughput(target: usize) {
    let bodies = corpus::corpus_bodies();
    let unit: usize = bodies.iter().map(String::len).sum();
    let rounds = target.div_ceil(unit.max(1));
    let mut secs = [0f64; 4];
    for _ in 0..rounds {
        for body in &bodies {
            let t0 = thread_cpu_time();
            let paras = paragraphs(body);
            let sents = sentences(body, &paras);
            let t1 = thread_cpu_time();
            let ents = find_entities(body, &paras, &sents);
            let t2 = thread_cpu_time();
            let quotes = find_quotes(body, &paras, &sents, &ents);
            let t3 = thread_cpu_time();
            secs[0] += (t1 - t0).as_secs_f64();
            secs[1] += (t2 - t1).as_secs_f64();
            secs[2] += (t3 - t2).as_secs_f64();
            secs[3] += (t3 - t0).as_secs_f64();
            std::hint::black_box((paras, sents, ents, quotes));
        }
    }
    let mb = (unit * rounds) as f64 / 1e6;
    println!(
        "corpus: {} articles, {:.0} KB, {rounds} rounds ({mb:.1} MB)",
        bodies.len(),
        unit as f64 / 1e3
    );
    for (label, s) in ["paragraphs+sentences", "entities", "quotes", "analyze()"]
        .iter()
        .zip(secs)
    {
        println!("{label:<21} {:>8.1} MB/s", mb / s);
    }
}

fn main() {
    if std::env::args().skip(1).any(|a| a == "corpus") {
        corpus_throughput(20 * 1024 * 1024);
        return;
    }
    let mb: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100);
    let text = news_text(mb * 1024 * 1024);
    let n = text.len();
    println!("body {:.1} MB", n as f64 / 1e6);
    let start = LIVE.load(Ordering::Relaxed);
    let paras = measure("paragraphs", n, || paragraphs(&text));
    let mut all_peak = PEAK.load(Ordering::Relaxed);
    let sents = measure("sentences", n, || sentences(&text, &paras));
    all_peak = all_peak.max(PEAK.load(Ordering::Relaxed));
    let ents = measure("entities", n, || find_entities(&text, &paras, &sents));
    all_peak = all_peak.max(PEAK.load(Ordering::Relaxed));
    let quotes = measure("quotes", n, || find_quotes(&text, &paras, &sents, &ents));
    all_peak = all_peak.max(PEAK.load(Ordering::Relaxed));
    let outputs = LIVE.load(Ordering::Relaxed) - start;
    println!(
        "analyze()    peak heap {:.1} MB ({:.2}x body), of which outputs {:.1} MB; beyond outputs {:.2}x body",
        (all_peak - start) as f64 / 1e6,
        (all_peak - start) as f64 / n as f64,
        outputs as f64 / 1e6,
        (all_peak - start - outputs) as f64 / n as f64,
    );
    drop((paras, sents, ents, quotes));
}
