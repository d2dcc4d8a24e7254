//! Scale, bounded for CI: the first frame of a 20 MB article, of a folder of 2,000 articles and of
//! a 10 MB single line comes quickly (before any sentence analysis), and a key press on a giant
//! paragraph stays fast because only the visible blocks are wrapped. Bounds are generous (debug
//! builds on a shared machine); `cargo run --release --example scale` gives the real figures.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lede::analysis::load;
use lede::app::keys::Key;
use lede::app::{update, Model, Msg};
use lede::ui::{theme::Theme, view};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

#[path = "scale_common/inputs.rs"]
mod inputs;

/// Debug builds are ~10x slower than release, and the machine is shared: the release figures are
/// far below these.
const FIRST_FRAME_BOUND: Duration = Duration::from_secs(8);
const KEY_FRAME_BOUND: Duration = Duration::from_millis(500);

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("lede-scale-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Load `path` and draw the first frame at 200x60; returns the model, the terminal and the time.
fn first_frame(path: &Path) -> (Model, Terminal<TestBackend>, Duration) {
    let started = Instant::now();
    let loaded = load::load_paths(&[path.to_str().unwrap()]).unwrap();
    let mut model = Model::new(loaded.articles, Theme::color());
    update(&mut model, Msg::Resize(200, 60));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    terminal.draw(|f| view(&model, f)).unwrap();
    (model, terminal, started.elapsed())
}

/// The slowest of a few key presses, each followed by a frame.
fn worst_key_frame(model: &mut Model, terminal: &mut Terminal<TestBackend>) -> Duration {
    let keys = [
        Key::Char('j'),
        Key::PageDown,
        Key::PageDown,
        Key::Char('G'),
        Key::PageUp,
    ];
    keys.iter()
        .map(|key| {
            let t = Instant::now();
            update(model, Msg::Key(*key));
            terminal.draw(|f| view(model, f)).unwrap();
            t.elapsed()
        })
        .max()
        .unwrap()
}

#[test]
fn a_20_mb_article_opens_fast() {
    let dir = TempDir::new("20mb");
    let path = dir.0.join("big.txt");
    std::fs::write(&path, inputs::news_body(20 << 20)).unwrap();
    let (mut model, mut terminal, took) = first_frame(&path);
    assert!(took < FIRST_FRAME_BOUND, "first frame took {took:?}");
    let key = worst_key_frame(&mut model, &mut terminal);
    assert!(key < KEY_FRAME_BOUND, "a key press took {key:?}");
}

#[test]
fn a_folder_of_2000_articles_opens_fast() {
    let dir = TempDir::new("folder");
    inputs::article_folder(&dir.0, 2000);
    let (model, _, took) = first_frame(&dir.0);
    assert_eq!(model.docs.len(), 2000);
    assert!(took < FIRST_FRAME_BOUND, "first frame took {took:?}");
}

#[test]
fn a_10_mb_line_and_a_1_mb_flat_paragraph_never_wrap_whole() {
    let dir = TempDir::new("line");
    for (name, text) in [
        ("line.txt", inputs::single_line(10 << 20)),
        ("flat.txt", inputs::no_punctuation(1 << 20)),
    ] {
        let path = dir.0.join(name);
        std::fs::write(&path, text).unwrap();
        let (mut model, mut terminal, took) = first_frame(&path);
        assert!(
            took < FIRST_FRAME_BOUND,
            "{name}: first frame took {took:?}"
        );
        let key = worst_key_frame(&mut model, &mut terminal);
        assert!(key < KEY_FRAME_BOUND, "{name}: a key press took {key:?}");
        // Only a few 16 KB blocks were wrapped, not the whole paragraph.
        assert!(
            model.docs[0].wrap.cached() < 16,
            "{name}: {}",
            model.docs[0].wrap.cached()
        );
    }
}
