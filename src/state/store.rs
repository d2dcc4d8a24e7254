//! [`StateStore`]: the remembered reading state of recent articles, looked up by [`ArticleKey`],
//! bounded to the most recently opened [`MAX_ARTICLES`], saved atomically.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use super::anchor::{anchor_at, floor_boundary, relocate};
use super::atomic::{create_private_dir, remove_leftover_temps, write_atomic};
use super::file::{read_state, to_bytes, Entry, Mark, ReadOutcome};
use super::{now_secs, ArticleKey, ArticleState};

/// The file name of the state file inside the state directory.
pub const STATE_FILE: &str = "state.json";

/// How many articles are remembered; the least recently opened are forgotten first.
pub const MAX_ARTICLES: usize = 1000;

/// How many bookmarks one article keeps (the last ones in text order are dropped beyond this).
pub const MAX_BOOKMARKS: usize = 1000;

/// Reading state for many articles. [`StateStore::disabled`] remembers nothing and saves nothing.
#[derive(Debug)]
pub struct StateStore {
    inner: Option<Inner>,
}

#[derive(Debug)]
struct Inner {
    file: PathBuf,
    /// Least recently opened first.
    entries: Vec<Entry>,
    capacity: usize,
    dirty: bool,
    /// Why saving is refused (a state file that could not be read nor moved aside).
    no_save: Option<String>,
}

impl StateStore {
    /// Open the store kept in `dir` (which need not exist yet). Never fails: a corrupt or
    /// future-version file is set aside and an unreadable one left alone, each with a one-line
    /// warning in the returned list; unfinished temporary files from a crash are removed.
    pub fn open(dir: impl AsRef<Path>) -> (StateStore, Vec<String>) {
        let file = dir.as_ref().join(STATE_FILE);
        remove_leftover_temps(&file);
        let mut warnings = Vec::new();
        let mut no_save = None;
        let mut entries = match read_state(&file) {
            ReadOutcome::Missing => Vec::new(),
            ReadOutcome::Entries(entries) => entries,
            ReadOutcome::SetAside(warning) => {
                warnings.push(warning);
                Vec::new()
            }
            ReadOutcome::Untouchable(warning) => {
                no_save = Some(warning.clone());
                warnings.push(warning);
                Vec::new()
            }
        };
        entries.sort_by_key(|e| e.last_opened); // stable: file order breaks ties
        let mut inner = Inner {
            file,
            entries,
            capacity: MAX_ARTICLES,
            dirty: false,
            no_save,
        };
        inner.evict();
        (StateStore { inner: Some(inner) }, warnings)
    }

    /// Open the store in the platform's state directory (see [`super::default_state_dir`]); with
    /// no home directory known, a disabled store and a warning.
    pub fn open_default() -> (StateStore, Vec<String>) {
        match super::default_state_dir() {
            Some(dir) => StateStore::open(dir),
            None => (
                StateStore::disabled(),
                vec!["no home directory found; reading state will not be saved".to_owned()],
            ),
        }
    }

    /// A store that remembers nothing (`--no-state`).
    pub fn disabled() -> StateStore {
        StateStore { inner: None }
    }

    /// Whether this store remembers anything.
    pub fn is_enabled(&self) -> bool {
        self.inner.is_some()
    }

    /// The state file's path, for messages (`None` when disabled).
    pub fn file(&self) -> Option<&Path> {
        self.inner.as_ref().map(|i| i.file.as_path())
    }

    /// How many articles are remembered.
    pub fn len(&self) -> usize {
        self.inner.as_ref().map_or(0, |i| i.entries.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Remember at most `capacity` articles (at least one); the least recently opened go first.
    pub fn set_capacity(&mut self, capacity: usize) {
        if let Some(inner) = &mut self.inner {
            inner.capacity = capacity.max(1);
            inner.evict();
        }
    }

    /// The remembered state of the article, fitted to its body (offsets within the body, on char
    /// boundaries), or `None`. Lookup order:
    ///
    /// 1. same path and same content: the state as saved;
    /// 2. same content under another path (moved, renamed, copied, piped): the state of the most
    ///    recently opened copy, as saved;
    /// 3. same path, changed content (the file was edited): each position is found again by the
    ///    text that followed it (nearest occurrence); a cursor whose text is gone keeps its relative
    ///    place in the article, a bookmark whose text is gone is dropped.
    ///
    /// Standard input (`-`) and empty paths are matched by content only.
    pub fn get(&self, key: &ArticleKey) -> Option<ArticleState> {
        let inner = self.inner.as_ref()?;
        let hash = key.hash_hex();
        let by_recency = || inner.entries.iter().rev();
        let same_content = |e: &&Entry| e.hash == hash && e.len == key.body.len();
        if let Some(e) = by_recency().find(|e| same_content(e) && e.path == key.path) {
            return Some(verbatim(e, key.body));
        }
        if let Some(e) = by_recency().find(same_content) {
            return Some(verbatim(e, key.body));
        }
        if key.path_identifies() {
            if let Some(e) = by_recency().find(|e| e.path == key.path) {
                return Some(relocated(e, key.body));
            }
        }
        None
    }

    /// Remember `state` for the article and mark it as the most recently opened. Offsets are fitted
    /// to the body first. A path's earlier state (for older content) is replaced.
    pub fn set(&mut self, key: ArticleKey, state: ArticleState) {
        let Some(inner) = &mut self.inner else {
            return;
        };
        let body = key.body;
        let state = state.fitted(body);
        let hash = key.hash_hex();
        let mark = |offset: usize| Mark {
            offset,
            anchor: anchor_at(body, offset),
        };
        let entry = Entry {
            path: key.path.clone(),
            hash: hash.clone(),
            len: body.len(),
            last_opened: now_secs(),
            cursor: mark(state.cursor),
            bookmarks: state
                .bookmarks
                .iter()
                .take(MAX_BOOKMARKS)
                .map(|&b| mark(b))
                .collect(),
        };
        let identifies = key.path_identifies();
        inner
            .entries
            .retain(|e| e.path != key.path || (!identifies && e.hash != hash));
        inner.entries.push(entry);
        inner.evict();
        inner.dirty = true;
    }

    /// Write the store to disk atomically if anything changed since it was opened or last saved.
    /// Errors (unwritable directory, full disk) are returned, never panicked on; the file on disk
    /// is then as it was.
    pub fn save(&mut self) -> io::Result<()> {
        let Some(inner) = &mut self.inner else {
            return Ok(());
        };
        if !inner.dirty {
            return Ok(());
        }
        if let Some(reason) = &inner.no_save {
            return Err(io::Error::other(reason.clone()));
        }
        if let Some(dir) = inner.file.parent() {
            create_private_dir(dir)?;
        }
        write_atomic(&inner.file, &to_bytes(&inner.entries))?;
        inner.dirty = false;
        Ok(())
    }
}

impl Inner {
    fn evict(&mut self) {
        if self.entries.len() > self.capacity {
            let excess = self.entries.len() - self.capacity;
            self.entries.drain(..excess);
            self.dirty = true;
        }
    }
}

/// The saved state of an entry for the same content.
fn verbatim(entry: &Entry, body: &str) -> ArticleState {
    ArticleState {
        cursor: entry.cursor.offset,
        bookmarks: entry.bookmarks.iter().map(|m| m.offset).collect(),
    }
    .fitted(body)
}

/// The saved state of an entry for older content of the same path, found again in `body`.
fn relocated(entry: &Entry, body: &str) -> ArticleState {
    let cursor = &entry.cursor;
    let cursor = relocate(body, &cursor.anchor, cursor.offset)
        .unwrap_or_else(|| proportional(cursor.offset, entry.len, body.len()));
    let bookmarks: BTreeSet<usize> = entry
        .bookmarks
        .iter()
        .filter_map(|m| relocate(body, &m.anchor, m.offset))
        .collect();
    ArticleState { cursor, bookmarks }.fitted(body)
}

/// `offset` scaled from a text of `old_len` bytes to one of `new_len`.
fn proportional(offset: usize, old_len: usize, new_len: usize) -> usize {
    if old_len == 0 {
        return 0;
    }
    let scaled = offset.min(old_len) as u128 * new_len as u128 / old_len as u128;
    usize::try_from(scaled).unwrap_or(new_len)
}

impl ArticleState {
    /// This state with every offset made valid for `body`: clamped to its length and moved back to
    /// a char boundary; bookmarks at or past the end are dropped.
    pub fn fitted(self, body: &str) -> ArticleState {
        ArticleState {
            cursor: floor_boundary(body, self.cursor),
            bookmarks: self
                .bookmarks
                .into_iter()
                .filter(|&b| b < body.len())
                .map(|b| floor_boundary(body, b))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proportional_keeps_the_relative_place() {
        assert_eq!(proportional(50, 100, 200), 100);
        assert_eq!(proportional(500, 100, 200), 200);
        assert_eq!(proportional(5, 0, 200), 0);
    }

    #[test]
    fn fitted_clamps_and_snaps_to_char_boundaries() {
        let body = "aé b";
        let s = ArticleState {
            cursor: 2,
            bookmarks: [0, 2, 9].into_iter().collect(),
        }
        .fitted(body);
        assert_eq!(s.cursor, 1);
        assert_eq!(s.bookmarks.into_iter().collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn disabled_store_remembers_nothing() {
        let mut store = StateStore::disabled();
        store.set(ArticleKey::new("a.txt", "Body."), ArticleState::default());
        assert!(store.get(&ArticleKey::new("a.txt", "Body.")).is_none());
        assert!(store.save().is_ok());
        assert!(!store.is_enabled());
    }
}
