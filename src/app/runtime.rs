//! The thin event loop: terminal events, a timer tick, background analysis results and SIGTERM
//! become [`Msg`]s for [`update`]; frames are drawn with [`view`]. The terminal (raw mode,
//! alternate screen, mouse capture) is always restored: on quit, on error, on panic (a hook restores
//! it before the panic message prints) and on SIGTERM/SIGHUP.
//!
//! [`snapshot`] runs the same update and view headless on a ratatui `TestBackend`.
//!
//! Reading state ([`Reading`]) is an effect of the loop: restored when an article is opened,
//! saved every few seconds when changed, when another article is opened and on quit.

use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::Terminal;

use super::keys::Key;
use super::model::Model;
use super::msg::{Effect, Msg};
use super::reading::Reading;
use super::update::update;
use super::worker;
use crate::analysis::load::SkipCounts;
use crate::analysis::Article;
use crate::config::Config;
use crate::state::StateStore;
use crate::ui::{screen, theme::Theme, view};

/// How long the loop waits for input before looking at analysis results and signals again.
const TICK: Duration = Duration::from_millis(50);
/// The wait for input while background results are arriving.
const RESULTS_TICK: Duration = Duration::from_millis(5);

/// Undo everything [`enter_terminal`] did. Safe to call more than once.
pub fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

fn enter_terminal() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

/// Restores the terminal when dropped (normal return, `?` errors).
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// The message for a terminal event, if it means anything to the reader.
pub fn event_to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => Key::from_event(key).map(Msg::Key),
        Event::Mouse(mouse) => Some(Msg::Mouse(mouse)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    }
}

/// Carry out what `update` asked for. Errors are not fatal: the note says so.
fn perform(model: &mut Model, effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Clipboard(text) => {
                if let Err(e) = crate::clipboard::write_to_terminal(&text) {
                    model.note = Some(format!("cannot copy: {e}"));
                }
            }
        }
    }
}

/// Open `articles` in the terminal with `config` and reading state kept in `store`, and run until
/// the user quits; `skipped` counts the files of the folders that are not articles; `note` (a
/// state warning) is shown in the status line until the first key.
pub fn run_terminal(
    articles: Vec<Article>,
    skipped: SkipCounts,
    config: &Config,
    store: StateStore,
    note: Option<String>,
) -> Result<(), String> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        return Err(
            "standard output is not a terminal (try `lede dump` or `lede snapshot`)".into(),
        );
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .map_err(|e| format!("cannot watch signals: {e}"))?;
    }
    let mut model = Model::new(articles, Theme::from_env());
    config.apply(&mut model);
    model.set_skipped(skipped);
    if let Some(note) = note {
        model.note.get_or_insert(format!("state: {note}"));
    }
    let mut reading = Reading::new(store);
    install_panic_hook();
    enter_terminal().map_err(|e| {
        restore_terminal();
        format!("cannot set up the terminal: {e}")
    })?;
    let _guard = TerminalGuard;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))
        .map_err(|e| format!("cannot set up the terminal: {e}"))?;
    let results = worker::spawn(&model);
    let done = Arc::new(AtomicBool::new(false));
    spawn_hangup_watchdog(Arc::clone(&stop), Arc::clone(&done));
    let outcome = event_loop(&mut terminal, &mut model, &mut reading, &results, &stop)
        .map_err(|e| format!("terminal error: {e}"));
    done.store(true, Ordering::Relaxed);
    // The last save, whatever ended the loop; its error is reported once the screen is back.
    let unsaved = reading.save(&mut model);
    drop(_guard);
    if let Some(message) = unsaved {
        eprintln!("lede: warning: {message}");
    }
    outcome
}

/// How long the event loop has to notice SIGTERM or SIGHUP before the watchdog ends the process.
const STOP_GRACE: Duration = Duration::from_millis(1500);

/// crossterm 0.29 spins inside `event::poll` once the terminal is gone (read returns 0 forever and
/// the timeout is never checked: crossterm issue #793), so a reader whose terminal was closed
/// would never see the stop flag and burn a core for good. This thread ends the process when
/// SIGTERM or SIGHUP has arrived and the loop has not finished within [`STOP_GRACE`]; the
/// reading state was saved by the loop's last tick.
fn spawn_hangup_watchdog(stop: Arc<AtomicBool>, done: Arc<AtomicBool>) {
    let watch = move || {
        while !stop.load(Ordering::Relaxed) {
            if done.load(Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(STOP_GRACE);
        if !done.load(Ordering::Relaxed) {
            restore_terminal();
            std::process::exit(129);
        }
    };
    // Without the thread the reader still works; only this safety net is lost.
    let _ = std::thread::Builder::new()
        .name("hangup-watchdog".into())
        .spawn(watch);
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    model: &mut Model,
    reading: &mut Reading,
    results: &Receiver<Msg>,
    stop: &AtomicBool,
) -> io::Result<()> {
    let size = terminal.size()?;
    update(model, Msg::Resize(size.width, size.height));
    terminal.draw(|frame| view(model, frame))?;
    // After the first frame: hashing a big article to find its state must not delay it.
    reading.follow(model);
    let mut dirty = true;
    loop {
        let note = model.note.clone();
        let mut received = false;
        while let Ok(msg) = results.try_recv() {
            let effects = update(model, msg);
            perform(model, effects);
            dirty = true;
            received = true;
        }
        if stop.load(Ordering::Relaxed) {
            update(model, Msg::Quit);
        }
        // While results arrive, come back for them soon: the analysis thread waits when its
        // bounded channel is full.
        let wait = if received { RESULTS_TICK } else { TICK };
        if event::poll(wait)? {
            loop {
                if let Some(msg) = event_to_msg(event::read()?) {
                    let effects = update(model, msg);
                    perform(model, effects);
                    dirty = true;
                }
                if model.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        } else {
            update(model, Msg::Tick);
            reading.tick(model);
        }
        if model.quit {
            return Ok(());
        }
        reading.follow(model);
        dirty |= model.note != note;
        if dirty {
            terminal.draw(|frame| view(model, frame))?;
            dirty = false;
        }
    }
}

/// Run `keys` headless on a `width` x `height` screen after a complete analysis, and return the
/// final screen: plain text, or with SGR sequences when `ansi`.
pub fn snapshot(
    articles: Vec<Article>,
    size: (u16, u16),
    keys: &[Key],
    ansi: bool,
    theme: Theme,
) -> String {
    let config = Config {
        theme,
        ..Config::default()
    };
    let store = StateStore::disabled();
    snapshot_with(
        articles,
        SkipCounts::default(),
        size,
        keys,
        ansi,
        &config,
        store,
    )
}

/// [`snapshot`] with the count of files skipped in folders, a config (keys, theme, layout) and
/// reading state: the open article's
/// remembered cursor and bookmarks are restored first, and the state is saved at the end (a save
/// error goes to stderr). Effects (a clipboard write) are dropped: only the screen is printed.
pub fn snapshot_with(
    articles: Vec<Article>,
    skipped: SkipCounts,
    (width, height): (u16, u16),
    keys: &[Key],
    ansi: bool,
    config: &Config,
    store: StateStore,
) -> String {
    let mut model = Model::new(articles, config.theme.clone());
    config.apply(&mut model);
    model.set_skipped(skipped);
    let mut reading = Reading::new(store);
    update(&mut model, Msg::Resize(width, height));
    worker::analyse_now(&mut model);
    reading.follow(&mut model);
    for key in keys {
        if model.quit {
            break;
        }
        update(&mut model, Msg::Key(*key));
        reading.follow(&mut model);
    }
    if let Some(message) = reading.save(&mut model) {
        eprintln!("lede: warning: {message}");
    }
    render(&model, ansi)
}

/// Draw `model` on a test backend of its size and return the screen.
pub fn render(model: &Model, ansi: bool) -> String {
    let (width, height) = model.size;
    let mut terminal =
        Terminal::new(TestBackend::new(width, height)).expect("the test backend cannot fail");
    terminal
        .draw(|frame| view(model, frame))
        .expect("the test backend cannot fail");
    let buffer = terminal.backend().buffer();
    if ansi {
        screen::ansi(buffer)
    } else {
        screen::plain(buffer)
    }
}
