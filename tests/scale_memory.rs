//! Scale, memory: a counting allocator measures the heap that loading and analysing keep, per byte
//! of input, for a folder of small articles (per-article fixed costs: structs, strings, the
//! cross-article index) and one big article (the body is not copied twice; the lists are not
//! kept with spare room). `cargo run --release --example scale` gives the process-wide figures.
//!
//! One test only in this file: the allocator counts every thread of the test binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use lede::analysis::load;
use lede::app::{update, worker, Model, Msg};
use lede::ui::theme::Theme;

#[path = "scale_common/inputs.rs"]
mod inputs;

/// The system allocator, counting the bytes in use and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size >= layout.size() {
                let grown = new_size - layout.size();
                let live = LIVE.fetch_add(grown, Ordering::Relaxed) + grown;
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        new
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Load `path`, open it at 200x60 and analyse everything as the app does; returns the heap kept
/// afterwards and the heap's high-water mark while doing it, both in bytes above the start.
fn kept_and_peak(path: &std::path::Path) -> (Model, usize, usize) {
    // The lexicons are built once per process (a few hundred KB of tables, whatever the input):
    // built before counting, so the figures are per byte of input.
    lede::analysis::analyze("“Warm,” Mr. Ola Berg said in Oslo.");
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let loaded = load::load_paths(&[path.to_str().unwrap()]).unwrap();
    let mut model = Model::new(loaded.articles, Theme::color());
    update(&mut model, Msg::Resize(200, 60));
    let results = worker::spawn(&model);
    while model
        .docs
        .iter()
        .any(|d| d.stage != lede::app::model::Stage::Complete)
    {
        let msg = results.recv().expect("the worker stopped early");
        update(&mut model, msg);
    }
    drop(results);
    let kept = LIVE.load(Ordering::Relaxed) - base;
    let peak = PEAK.load(Ordering::Relaxed) - base;
    (model, kept, peak)
}

fn input_size(path: &std::path::Path) -> usize {
    let files = std::fs::read_dir(path).map(|d| d.flatten().map(|e| e.path()).collect());
    files
        .unwrap_or_else(|_| vec![path.to_owned()])
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len() as usize))
        .sum()
}

/// [`kept_and_peak`] as multiples of the input's size, printed under `label`.
fn ratios(path: &std::path::Path, label: &str) -> (Model, f64, f64) {
    let (model, kept, peak) = kept_and_peak(path);
    let input = input_size(path);
    let (kept_x, peak_x) = (kept as f64 / input as f64, peak as f64 / input as f64);
    eprintln!("{label}, {input} B: kept {kept_x:.2}x, peak {peak_x:.2}x of the input");
    (model, kept_x, peak_x)
}

#[test]
fn loading_and_analysing_keep_little_beyond_the_text() {
    let dir = TempDir(std::env::temp_dir().join(format!("lede-memory-{}", std::process::id())));
    let folder = dir.0.join("folder");
    inputs::article_folder(&folder, 1000);
    let big = dir.0.join("big.txt");
    std::fs::write(&big, inputs::news_body(2 << 20)).unwrap();

    let (model, kept_x, peak_x) = ratios(&folder, "1000 articles");
    // The bodies are 1x; the documents' state, their counts and the cross-article index share
    // the rest: the articles not shown keep no analysis (about 1x for articles of a kilobyte:
    // spans, quotes, entities). It was 4.6x before the lists were compacted and the index and
    // documents slimmed, 3.3x before the articles not shown set their analysis aside; now 2.1x.
    assert!(kept_x < 2.4, "a folder keeps {kept_x:.2}x its size");
    assert!(peak_x < 2.5, "a folder peaks at {peak_x:.2}x its size");
    assert!(model.docs[1..].iter().all(|d| d.wrap.cached() == 0));
    assert!(model.docs[1..].iter().all(|d| d.is_set_aside()));
    drop(model);

    let (model, kept_x, peak_x) = ratios(&big, "one article");
    // The body once, its paragraphs, sentences, entities and quotes. The peak is the entity
    // pass's working set: a body over 512 KB goes through it in segments (15x for this 2 MB body
    // when segments were 2 MB; 4.9x now).
    assert!(kept_x < 2.0, "an article keeps {kept_x:.2}x its size");
    assert!(peak_x < 6.0, "an article peaks at {peak_x:.2}x its size");
    drop(model);
}
