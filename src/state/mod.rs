//! Reading state that is never lost: per article, the last cursor position and the bookmarked
//! sentences, remembered across runs. No terminal code lives here.
//!
//! - [`ArticleKey`] names an article by its path and a content hash of its body;
//! - [`ArticleState`] is what is remembered: byte offsets into the body;
//! - [`StateStore`] holds the states of the last [`MAX_ARTICLES`] articles opened, in one JSON file
//!   (`state.json`, see [`file`]) in the platform's state directory ([`default_state_dir`]),
//!   replaced atomically on save ([`atomic`]). A bad file is set aside with a warning, never fatal.
//!
//! ```no_run
//! use lede::state::{ArticleKey, ArticleState, StateStore};
//! let (mut store, warnings) = StateStore::open_default();
//! for w in &warnings { eprintln!("lede: warning: {w}"); }
//! let body = "One sentence. Another one.";
//! let key = ArticleKey::new("news/story.txt", body);
//! let mut state = store.get(&key).unwrap_or_default();
//! state.cursor = 14;
//! state.bookmarks.insert(0);
//! store.set(key, state);
//! if let Err(e) = store.save() { eprintln!("lede: warning: state not saved: {e}"); }
//! ```

pub mod anchor;
pub mod atomic;
pub mod dirs;
pub mod file;
pub mod hash;
pub mod store;

use std::collections::BTreeSet;

pub use dirs::default_state_dir;
pub use hash::content_hash;
pub use store::{StateStore, MAX_ARTICLES, MAX_BOOKMARKS, STATE_FILE};

/// What lede remembers about one article. Offsets are byte offsets into the body; a store always
/// returns them inside the body and on char boundaries (a reader still maps them to its sentences).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleState {
    /// Where the cursor was: the start of the cursor sentence.
    pub cursor: usize,
    /// The starts of the bookmarked sentences.
    pub bookmarks: BTreeSet<usize>,
}

/// How an article is found in the store: its path (as opened; `-` for standard input) and its body,
/// hashed with [`content_hash`]. The key borrows the body, which the store needs to fit or find
/// offsets again; build one when needed, e.g. `ArticleKey::new(&article.source, &article.body)`.
#[derive(Debug, Clone)]
pub struct ArticleKey<'a> {
    path: String,
    body: &'a str,
    hash: u64,
}

impl<'a> ArticleKey<'a> {
    /// The key of the article opened from `path` with `body` (hashes the body: ~1 ms per MB).
    pub fn new(path: &str, body: &'a str) -> ArticleKey<'a> {
        ArticleKey {
            path: path.to_owned(),
            body,
            hash: content_hash(body.as_bytes()),
        }
    }

    /// The key of an article whose body hash ([`content_hash`]) is already known, so that a
    /// reader saving often does not hash a big body again.
    pub fn with_hash(path: &str, body: &'a str, hash: u64) -> ArticleKey<'a> {
        ArticleKey {
            path: path.to_owned(),
            body,
            hash,
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn hash(&self) -> u64 {
        self.hash
    }

    fn hash_hex(&self) -> String {
        format!("{:016x}", self.hash)
    }

    /// Whether the path names one file (not standard input), so that a changed body under the same
    /// path is the same article edited.
    fn path_identifies(&self) -> bool {
        !self.path.is_empty() && self.path != "-"
    }
}

/// Seconds since the Unix epoch (0 if the clock is before it).
fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
