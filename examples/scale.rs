//! Scale figures: generates big and many articles into a temporary folder and, for each, measures
//! the time from "open these paths" to the first frame, the worst key → frame time while the
//! background analysis runs, the time until the analysis is complete, and the peak resident memory
//! (VmHWM) against the input size. Each case runs in its own process so peaks do not mix.
//!
//! ```sh
//! cargo run --release --example scale            # every case
//! cargo run --release --example scale -- 10mb-line  # one case
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use lede::analysis::load;
use lede::app::keys::Key;
use lede::app::model::Stage;
use lede::app::{update, worker, Model, Msg};
use lede::ui::{theme::Theme, view};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
const CASES: [&str; 5] = [
    "100mb-article",
    "10k-folder",
    "10k-folder-news-length",
    "10mb-line",
    "1mb-no-punctuation",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, case, path] = args.as_slice() {
        if flag == "--child" {
            measure(case, Path::new(path));
            return;
        }
    }
    let wanted: Vec<&str> = if args.is_empty() {
        CASES.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };
    let dir = std::env::temp_dir().join(format!("lede-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("cannot create the temporary folder");
    println!(
        "{:<20} {:>10} {:>12} {:>14} {:>14} {:>10} {:>8}",
        "case", "input MB", "first frame", "worst key→frame", "analysis done", "peak MB", "peak/in"
    );
    for case in wanted {
        let path = generate(case, &dir);
        let status = Command::new(std::env::current_exe().expect("no current exe"))
            .args(["--child", case, &path.to_string_lossy()])
            .status()
            .expect("cannot run the measuring child");
        assert!(status.success(), "{case} failed");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Write the input of `case` under `dir`; returns the path to open.
fn generate(case: &str, dir: &Path) -> PathBuf {
    match case {
        "100mb-article" => write(dir, "big.txt", &lede_scale_inputs::news_body(100 << 20)),
        "10mb-line" => write(dir, "line.txt", &lede_scale_inputs::single_line(10 << 20)),
        "1mb-no-punctuation" => write(dir, "flat.txt", &lede_scale_inputs::no_punctuation(1 << 20)),
        "10k-folder" => {
            let folder = dir.join("folder");
            lede_scale_inputs::article_folder(&folder, 10_000);
            folder
        }
        // A typical news story runs 600-900 words: 16 paragraphs, ~4.4 KB.
        "10k-folder-news-length" => {
            let folder = dir.join("news-length");
            lede_scale_inputs::article_folder_sized(&folder, 10_000, 16);
            folder
        }
        other => panic!("unknown case {other}; cases: {CASES:?}"),
    }
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("cannot write the input");
    path
}

fn input_bytes(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|d| {
                d.flatten()
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map_or(0, |m| m.len())
    }
}

/// Peak resident set size of this process, in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn measure(case: &str, path: &Path) {
    let size = input_bytes(path);
    let started = Instant::now();
    let loaded = load::load_paths(&[path.to_string_lossy().into_owned()]).expect("cannot load");
    let mut model = Model::new(loaded.articles, Theme::color());
    update(&mut model, Msg::Resize(WIDTH, HEIGHT));
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    terminal.draw(|f| view(&model, f)).unwrap();
    let first_frame = started.elapsed();
    let results = worker::spawn(&model);
    let mut worst = Duration::ZERO;
    let keys = [
        Key::Char('j'),
        Key::PageDown,
        Key::Char('j'),
        Key::Char('}'),
    ];
    let mut presses = 0usize;
    let done = loop {
        while let Ok(msg) = results.try_recv() {
            update(&mut model, msg);
        }
        if model.docs.iter().all(|d| d.stage == Stage::Complete) {
            break started.elapsed();
        }
        let t = Instant::now();
        update(&mut model, Msg::Key(keys[presses % keys.len()]));
        terminal.draw(|f| view(&model, f)).unwrap();
        worst = worst.max(t.elapsed());
        presses += 1;
        std::thread::sleep(Duration::from_millis(5));
    };
    let peak = peak_rss();
    println!(
        "{:<20} {:>10.1} {:>9.0} ms {:>11.1} ms {:>11.0} ms {:>10.0} {:>7.2}x",
        case,
        size as f64 / 1e6,
        first_frame.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        done.as_secs_f64() * 1e3,
        peak as f64 / 1e6,
        peak as f64 / size.max(1) as f64,
    );
}

#[path = "../tests/scale_common/inputs.rs"]
mod lede_scale_inputs;
