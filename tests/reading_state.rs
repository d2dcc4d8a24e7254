//! Reading state in the reader, end to end through `lede snapshot`: the cursor comes back on the
//! next run, bookmarks toggle, jump and show a marker, `--no-state` and the default snapshot touch
//! no state, a corrupt state file only warns, and a failed save only shows in the status line.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_lede");

const STORY: &str = "date 2025-05-02 Ferry plan approved\n\n\
The harbour board approved the new ferry plan on Friday. Councillor Ann Vey said it was overdue. \
\"We waited long enough,\" she said.\n\n\
Work starts in June. The board expects the first crossing in autumn. Critics want a second boat.\n";

const OTHER: &str = "date 2025-05-03 Library hours extended\n\n\
The town library will open on Sundays from March. The mayor announced the change on Monday. \
Staff will be added. Readers had asked for longer hours.\n\n\
A survey found most visitors come after work. The new hours start next month.\n";

/// A fresh directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lede-rs-{name}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.join(name);
        fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Run `lede [flags] snapshot --size 100x30 --keys KEYS FILES`, with HOME and XDG_STATE_HOME
/// pointed into `home` so the default state directory is known.
fn snapshot(home: &Path, flags: &[&str], keys: &str, files: &[&str]) -> Output {
    let output = Command::new(BIN)
        .env("HOME", home)
        .env("XDG_STATE_HOME", home.join("xdg-state"))
        .env("NO_COLOR", "1")
        .args(flags)
        .args(["snapshot", "--size", "100x30", "--keys", keys])
        .args(files)
        .output()
        .unwrap();
    assert!(output.status.success(), "lede failed: {output:?}");
    output
}

fn screen(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn status(output: &Output) -> String {
    screen(output).lines().last().unwrap_or("").to_owned()
}

#[test]
fn the_cursor_comes_back_on_the_next_run() {
    let dir = TempDir::new("cursor");
    let story = dir.write("story.txt", STORY);
    let state = dir.join("state");
    let state = state.to_str().unwrap();
    let first = snapshot(&dir.0, &["--state-dir", state], "jjj", &[&story]);
    assert!(
        status(&first).contains("sentence 4/6"),
        "{}",
        status(&first)
    );
    assert!(dir.join("state/state.json").exists());
    let second = snapshot(&dir.0, &["--state-dir", state], "", &[&story]);
    assert!(
        status(&second).contains("sentence 4/6"),
        "{}",
        status(&second)
    );
    // Moving on is remembered too.
    snapshot(&dir.0, &["--state-dir", state], "k", &[&story]);
    let fourth = snapshot(&dir.0, &["--state-dir", state], "", &[&story]);
    assert!(
        status(&fourth).contains("sentence 3/6"),
        "{}",
        status(&fourth)
    );
}

#[test]
fn each_article_keeps_its_own_position_when_switching() {
    let dir = TempDir::new("switch");
    let story = dir.write("a-story.txt", STORY);
    let other = dir.write("b-other.txt", OTHER);
    let flags = ["--state-dir", dir.0.to_str().unwrap()];
    // Article 1: sentence 3; then open article 2 from the list and go to sentence 5.
    let keys = "jj<BackTab>j<Enter>jjjj";
    let first = snapshot(&dir.0, &flags, keys, &[&story, &other]);
    assert!(
        status(&first).contains("sentence 5/6"),
        "{}",
        status(&first)
    );
    let again = snapshot(&dir.0, &flags, "", &[&story, &other]);
    assert!(
        status(&again).contains("sentence 3/6"),
        "{}",
        status(&again)
    );
    let switched = snapshot(&dir.0, &flags, "<BackTab>j<Enter>", &[&story, &other]);
    assert!(
        status(&switched).contains("sentence 5/6"),
        "{}",
        status(&switched)
    );
}

#[test]
fn bookmarks_toggle_jump_and_show_a_marker() {
    let dir = TempDir::new("marks");
    let story = dir.write("story.txt", STORY);
    let flags = ["--state-dir", dir.0.to_str().unwrap()];
    // Bookmark sentences 2 and 5, go back to the top, jump twice.
    let out = snapshot(&dir.0, &flags, "jmjjjmg'", &[&story]);
    assert!(status(&out).contains("sentence 2/6"), "{}", status(&out));
    assert!(status(&out).contains("bookmark 1/2"), "{}", status(&out));
    let shown = screen(&out);
    let marked: Vec<&str> = shown
        .lines()
        .filter(|l| l.starts_with('▍'))
        .map(|l| l.trim_end())
        .collect();
    assert_eq!(marked.len(), 2, "{shown}");
    assert!(marked[0].contains("Councillor Ann Vey") || marked[0].contains("ferry plan"));
    let out = snapshot(&dir.0, &flags, "''", &[&story]);
    assert!(status(&out).contains("sentence 2/6"), "{}", status(&out));
    // Toggling again removes it; the marks are remembered across runs.
    let out = snapshot(&dir.0, &flags, "m'", &[&story]);
    assert!(status(&out).contains("bookmark 1/1"), "{}", status(&out));
    assert!(status(&out).contains("sentence 5/6"), "{}", status(&out));
    let none = snapshot(&dir.0, &flags, "'", &[]);
    assert!(status(&none).contains("no bookmarks"), "{}", status(&none));
}

#[test]
fn the_help_lists_the_bookmark_keys() {
    let dir = TempDir::new("help");
    let out = snapshot(&dir.0, &[], "?", &[]);
    let text = screen(&out);
    assert!(text.contains("bookmark the cursor sentence"), "{text}");
    assert!(text.contains("next bookmark"), "{text}");
}

#[test]
fn snapshot_and_no_state_leave_the_user_state_alone() {
    let dir = TempDir::new("nostate");
    let story = dir.write("story.txt", STORY);
    let state = dir.join("state");
    let state = state.to_str().unwrap();
    snapshot(&dir.0, &[], "jjm", &[&story]);
    snapshot(
        &dir.0,
        &["--no-state", "--state-dir", state],
        "jjm",
        &[&story],
    );
    assert!(
        !dir.join("xdg-state").exists(),
        "snapshot wrote the user state"
    );
    assert!(
        !dir.join(".local").exists(),
        "snapshot wrote the user state"
    );
    assert!(!dir.join("state").exists(), "--no-state wrote state");
    // With state saved, --no-state does not restore it either.
    snapshot(&dir.0, &["--state-dir", state], "jjj", &[&story]);
    let out = snapshot(&dir.0, &["--no-state", "--state-dir", state], "", &[&story]);
    assert!(status(&out).contains("sentence 1/6"), "{}", status(&out));
}

#[test]
fn a_corrupt_state_file_warns_and_the_reader_still_opens() {
    let dir = TempDir::new("corrupt");
    let story = dir.write("story.txt", STORY);
    dir.write("state.json", "{\"version\": 1, \"articles\": [tru");
    let flags = ["--state-dir", dir.0.to_str().unwrap()];
    let out = snapshot(&dir.0, &flags, "j", &[&story]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning") && stderr.contains("corrupt"),
        "{stderr}"
    );
    assert!(screen(&out).contains("Ferry plan approved"));
    assert!(status(&out).contains("sentence 2/6"));
    // It was set aside and a good file written in its place.
    let again = snapshot(&dir.0, &flags, "", &[&story]);
    assert!(
        status(&again).contains("sentence 2/6"),
        "{}",
        status(&again)
    );
    assert!(String::from_utf8_lossy(&again.stderr).is_empty());
}

#[test]
fn a_failed_save_shows_in_the_status_line_and_never_crashes() {
    let dir = TempDir::new("unwritable");
    let story = dir.write("story.txt", STORY);
    dir.write("blocker", "a file where a folder should be");
    let state = dir.join("blocker/state");
    let out = snapshot(
        &dir.0,
        &["--state-dir", state.to_str().unwrap()],
        "jm",
        &[&story],
    );
    assert!(
        status(&out).contains("reading state not saved"),
        "{}",
        status(&out)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("not saved"));
}
