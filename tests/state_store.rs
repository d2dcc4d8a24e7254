//! Integration tests of the reading-state store: round trips, lookup by path and by content, the LRU
//! bound, and every way the state file can be bad (corrupt, future, crash leftovers, unwritable).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use lede::state::{ArticleKey, ArticleState, StateStore, MAX_ARTICLES, STATE_FILE};

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lede-test-{name}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const DAM: &str =
    "Engineers warned about the dam. The council met on Monday.\n\nRepairs start in May.";
const FERRY: &str = "The ferry resumed service. Passengers cheered at the pier.";

fn state(cursor: usize, bookmarks: &[usize]) -> ArticleState {
    ArticleState {
        cursor,
        bookmarks: bookmarks.iter().copied().collect(),
    }
}

fn open(dir: &TempDir) -> StateStore {
    let (store, warnings) = StateStore::open(dir.path());
    assert!(warnings.is_empty(), "unexpected warnings: {warnings:?}");
    store
}

#[test]
fn state_round_trips_through_the_file() {
    let dir = TempDir::new("roundtrip");
    let mut store = open(&dir);
    assert!(store.get(&ArticleKey::new("dam.txt", DAM)).is_none());
    store.set(ArticleKey::new("dam.txt", DAM), state(32, &[0, 60]));
    store.save().unwrap();

    let text = fs::read_to_string(dir.path().join(STATE_FILE)).unwrap();
    assert!(text.starts_with("{\"version\":1,"), "{text}");

    let store = open(&dir);
    assert_eq!(
        store.get(&ArticleKey::new("dam.txt", DAM)),
        Some(state(32, &[0, 60]))
    );
    assert_eq!(dir.names(), [STATE_FILE]);
}

#[test]
fn two_articles_keep_their_own_state() {
    let dir = TempDir::new("two");
    let mut store = open(&dir);
    store.set(ArticleKey::new("dam.txt", DAM), state(60, &[32]));
    store.set(ArticleKey::new("ferry.txt", FERRY), state(27, &[]));
    store.save().unwrap();
    let store = open(&dir);
    assert_eq!(store.len(), 2);
    assert_eq!(
        store.get(&ArticleKey::new("dam.txt", DAM)),
        Some(state(60, &[32]))
    );
    assert_eq!(
        store.get(&ArticleKey::new("ferry.txt", FERRY)),
        Some(state(27, &[]))
    );
}

#[test]
fn a_moved_file_is_found_by_its_content() {
    let dir = TempDir::new("moved");
    let mut store = open(&dir);
    store.set(ArticleKey::new("inbox/dam.txt", DAM), state(60, &[32]));
    assert_eq!(
        store.get(&ArticleKey::new("archive/2025/dam.txt", DAM)),
        Some(state(60, &[32]))
    );
    // Standard input is matched by content only.
    store.set(ArticleKey::new("-", FERRY), state(27, &[]));
    assert_eq!(
        store.get(&ArticleKey::new("-", FERRY)),
        Some(state(27, &[]))
    );
    assert_eq!(store.get(&ArticleKey::new("-", "Other text.")), None);
}

#[test]
fn an_edited_file_finds_its_positions_again() {
    let dir = TempDir::new("edited");
    let mut store = open(&dir);
    // Cursor on "Repairs start", bookmarks on "Engineers" and "The council".
    store.set(ArticleKey::new("dam.txt", DAM), state(60, &[0, 32]));
    store.save().unwrap();

    let edited = format!(
        "Update: a new paragraph on top.\n\n{}",
        DAM.replace("Engineers warned about the dam. ", "")
    );
    let store = open(&dir);
    let got = store.get(&ArticleKey::new("dam.txt", &edited)).unwrap();
    assert!(edited[got.cursor..].starts_with("Repairs start"), "{got:?}");
    let marks: Vec<&str> = got.bookmarks.iter().map(|&b| &edited[b..]).collect();
    assert_eq!(marks.len(), 1, "the deleted sentence's bookmark is dropped");
    assert!(marks[0].starts_with("The council"));
}

#[test]
fn an_edit_that_removes_the_cursor_text_keeps_its_relative_place() {
    let dir = TempDir::new("rewritten");
    let mut store = open(&dir);
    store.set(ArticleKey::new("a.txt", DAM), state(60, &[]));
    let rewritten = "x".repeat(DAM.len() * 2);
    let got = store.get(&ArticleKey::new("a.txt", &rewritten)).unwrap();
    assert_eq!(got.cursor, 120);
    assert!(got.bookmarks.is_empty());
}

#[test]
fn setting_an_edited_file_replaces_its_old_state() {
    let dir = TempDir::new("replace");
    let mut store = open(&dir);
    store.set(ArticleKey::new("dam.txt", DAM), state(60, &[]));
    store.set(ArticleKey::new("dam.txt", FERRY), state(0, &[]));
    assert_eq!(store.len(), 1);
    assert!(store.get(&ArticleKey::new("elsewhere.txt", DAM)).is_none());
}

#[test]
fn offsets_are_always_fitted_to_the_body() {
    let dir = TempDir::new("fitted");
    let body = "Café owners protest. Rents rose.";
    let mut store = open(&dir);
    // 4 is inside "é"; 999 is past the end.
    store.set(ArticleKey::new("c.txt", body), state(4, &[4, 999]));
    assert_eq!(
        store.get(&ArticleKey::new("c.txt", body)),
        Some(state(3, &[3]))
    );

    // A hand-edited file with wild offsets never makes `get` return an invalid offset.
    let hash = format!("{:016x}", ArticleKey::new("c.txt", body).hash());
    let file = format!(
        r#"{{"version":1,"articles":[{{"path":"c.txt","hash":"{hash}","len":{},"last_opened":1,
        "cursor":{{"offset":18446744073709551615,"anchor":""}},"bookmarks":[{{"offset":4}}]}}]}}"#,
        body.len()
    );
    fs::write(dir.path().join(STATE_FILE), file).unwrap();
    let store = open(&dir);
    let got = store.get(&ArticleKey::new("c.txt", body)).unwrap();
    assert_eq!(got, state(body.len(), &[3]));
}

#[test]
fn least_recently_opened_articles_are_forgotten_beyond_the_bound() {
    let dir = TempDir::new("lru");
    let bodies: Vec<String> = (0..MAX_ARTICLES + 5)
        .map(|i| format!("Article number {i} reports a storm. Crews worked all night."))
        .collect();
    let mut store = open(&dir);
    for (i, body) in bodies.iter().enumerate() {
        store.set(
            ArticleKey::new(&format!("a{i}.txt"), body),
            state(i % 30, &[0]),
        );
    }
    // Re-opening the first one makes it recent again, so a1 to a5 are the ones forgotten.
    store.set(ArticleKey::new("a0.txt", &bodies[0]), state(1, &[]));
    assert_eq!(store.len(), MAX_ARTICLES);

    let started = Instant::now();
    store.save().unwrap();
    let elapsed = started.elapsed();
    let size = fs::metadata(dir.path().join(STATE_FILE)).unwrap().len();
    println!("saved {MAX_ARTICLES} entries ({size} bytes) in {elapsed:?}");
    assert!(elapsed.as_secs() < 5);

    let started = Instant::now();
    let store = open(&dir);
    println!("opened {MAX_ARTICLES} entries in {:?}", started.elapsed());
    assert_eq!(store.len(), MAX_ARTICLES);
    assert_eq!(
        store.get(&ArticleKey::new("a0.txt", &bodies[0])),
        Some(state(1, &[]))
    );
    for (i, body) in bodies.iter().enumerate().take(6).skip(1) {
        let key = ArticleKey::new(&format!("a{i}.txt"), body);
        assert!(store.get(&key).is_none(), "a{i}");
    }
    let last = MAX_ARTICLES + 4;
    let key = ArticleKey::new(&format!("a{last}.txt"), &bodies[last]);
    assert!(store.get(&key).is_some());
    assert!(store.get(&ArticleKey::new("a6.txt", &bodies[6])).is_some());
}

#[test]
fn a_corrupt_file_is_set_aside_with_a_warning() {
    let dir = TempDir::new("corrupt");
    fs::write(
        dir.path().join(STATE_FILE),
        b"{\"version\":1,\"articles\":[{\"pa",
    )
    .unwrap();
    let (mut store, warnings) = StateStore::open(dir.path());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("corrupt") && !warnings[0].contains('\n'));
    assert!(store.is_empty());
    let names = dir.names();
    assert_eq!(names.len(), 1);
    assert!(names[0].starts_with("state.json.corrupt-"), "{names:?}");
    assert!(warnings[0].contains(&names[0]));

    // The store works afresh, and the set-aside file is kept.
    store.set(ArticleKey::new("dam.txt", DAM), state(0, &[]));
    store.save().unwrap();
    assert_eq!(dir.names().len(), 2);
}

#[test]
fn garbage_and_wrong_shapes_are_set_aside_too() {
    let cases: [&[u8]; 6] = [
        b"\xff\xfe\0garbage",
        b"[]",
        b"{\"version\":0,\"articles\":[]}",
        b"{\"version\":1,\"articles\":{}}",
        br#"{"version":1,"articles":[{"path":"a","hash":"0","len":-1,"last_opened":0,"cursor":{"offset":0}}]}"#,
        b"",
    ];
    for (i, bad) in cases.into_iter().enumerate() {
        let dir = TempDir::new(&format!("garbage{i}"));
        fs::write(dir.path().join(STATE_FILE), bad).unwrap();
        let (store, warnings) = StateStore::open(dir.path());
        assert_eq!(warnings.len(), 1, "case {i}: {warnings:?}");
        assert!(store.is_empty());
        assert!(!dir.path().join(STATE_FILE).exists(), "case {i}");
    }
}

#[test]
fn a_future_version_file_is_set_aside_with_a_warning() {
    let dir = TempDir::new("future");
    let future = br#"{"version": 7, "articles": "a shape we cannot know"}"#;
    fs::write(dir.path().join(STATE_FILE), future).unwrap();
    let (store, warnings) = StateStore::open(dir.path());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("newer lede (version 7"),
        "{}",
        warnings[0]
    );
    assert!(store.is_empty());
    let names = dir.names();
    assert!(
        names.len() == 1 && names[0].starts_with("state.json.future-"),
        "{names:?}"
    );
    assert_eq!(fs::read(dir.path().join(&names[0])).unwrap(), future);
}

#[test]
fn a_crash_between_write_and_rename_keeps_the_old_state() {
    let dir = TempDir::new("crash");
    let mut store = open(&dir);
    store.set(ArticleKey::new("dam.txt", DAM), state(32, &[0]));
    store.save().unwrap();
    // What a crash mid-save leaves: a half-written temp file next to the intact old state.
    let temp = dir.path().join("state.json.tmp-99999");
    fs::write(&temp, b"{\"version\":1,\"articles\":[{\"path\":\"ferry.t").unwrap();

    let store = open(&dir);
    assert_eq!(
        store.get(&ArticleKey::new("dam.txt", DAM)),
        Some(state(32, &[0]))
    );
    assert!(!temp.exists(), "the leftover temp file is cleaned up");
    assert_eq!(dir.names(), [STATE_FILE]);
}

#[test]
fn an_unwritable_directory_is_an_error_from_save_not_a_panic() {
    let dir = TempDir::new("unwritable");
    // A state "directory" below a regular file cannot be created, even by root.
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, b"x").unwrap();
    let (mut store, warnings) = StateStore::open(blocker.join("lede"));
    assert!(warnings.is_empty());
    store.set(ArticleKey::new("dam.txt", DAM), state(0, &[]));
    assert!(store.save().is_err());
    assert!(
        store.save().is_err(),
        "still dirty, still failing, still no panic"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_directory_is_an_error_from_save_and_the_old_file_survives() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("readonly");
    let mut store = open(&dir);
    store.set(ArticleKey::new("dam.txt", DAM), state(32, &[]));
    store.save().unwrap();
    let before = fs::read(dir.path().join(STATE_FILE)).unwrap();

    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let root = fs::write(dir.path().join("probe"), b"").is_ok(); // root ignores permissions
    store.set(ArticleKey::new("ferry.txt", FERRY), state(0, &[]));
    let result = store.save();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    if !root {
        assert!(result.is_err());
        assert_eq!(fs::read(dir.path().join(STATE_FILE)).unwrap(), before);
    }
}

#[test]
fn an_unreadable_state_file_is_left_alone_and_never_overwritten() {
    let dir = TempDir::new("unreadable");
    // A directory where the file should be: it cannot be read, so it must not be replaced.
    fs::create_dir(dir.path().join(STATE_FILE)).unwrap();
    fs::write(dir.path().join(STATE_FILE).join("keep"), b"x").unwrap();
    let (mut store, warnings) = StateStore::open(dir.path());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    store.set(ArticleKey::new("dam.txt", DAM), state(0, &[]));
    assert!(store.save().is_err());
    assert!(dir.path().join(STATE_FILE).join("keep").exists());
}

#[test]
fn saving_without_changes_writes_nothing() {
    let dir = TempDir::new("clean");
    let mut store = open(&dir);
    store.save().unwrap();
    assert!(dir.names().is_empty());
}

#[test]
fn the_disabled_store_does_nothing() {
    let dir = TempDir::new("disabled");
    let mut store = StateStore::disabled();
    store.set(ArticleKey::new("dam.txt", DAM), state(32, &[0]));
    assert_eq!(store.get(&ArticleKey::new("dam.txt", DAM)), None);
    assert!(store.save().is_ok());
    assert!(store.file().is_none() && store.is_empty() && !store.is_enabled());
    assert!(dir.names().is_empty());
}
