//! The state file on disk: one JSON document with a `version` field, read defensively (a corrupt,
//! oversized or future-version file is set aside, never trusted and never fatal).
//!
//! ```json
//! {"version": 1, "articles": [{"path": "news/dam.txt", "hash": "09a6da72a58f25f3", "len": 5120,
//!   "last_opened": 1767225600, "cursor": {"offset": 812, "anchor": "The council voted"},
//!   "bookmarks": [{"offset": 0, "anchor": "Engineers warned on"}]}]}
//! ```
//!
//! `articles` is ordered from least to most recently opened. `anchor` is the text that started at
//! `offset` when it was saved (see [`super::anchor`]).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The format version this build writes and reads.
pub const VERSION: u32 = 1;

/// A state file larger than this is not read (it cannot be ours: entries and bookmarks are bounded).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The whole file.
#[derive(Debug, Serialize, Deserialize)]
pub struct StateFile {
    pub version: u32,
    pub articles: Vec<Entry>,
}

/// Just the version, read first so that a future format is recognised whatever its shape.
#[derive(Deserialize)]
struct VersionOnly {
    version: u64,
}

/// One remembered article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The path the article was opened from (`-` for standard input).
    pub path: String,
    /// The body's content hash, 16 lowercase hex digits.
    pub hash: String,
    /// The body's length in bytes.
    pub len: usize,
    /// When the article was last opened, in seconds since the Unix epoch.
    pub last_opened: u64,
    pub cursor: Mark,
    #[serde(default)]
    pub bookmarks: Vec<Mark>,
}

/// One remembered position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Byte offset into the body.
    pub offset: usize,
    /// The text that started at `offset`, to find it again in an edited body.
    #[serde(default)]
    pub anchor: String,
}

/// What reading the state file found.
#[derive(Debug)]
pub enum ReadOutcome {
    /// No state file yet.
    Missing,
    /// A good file.
    Entries(Vec<Entry>),
    /// A bad file, now renamed out of the way; the warning says where.
    SetAside(String),
    /// The file is there but could not be read or moved; it must not be overwritten.
    Untouchable(String),
}

/// Read the state file at `path`, setting it aside when it is corrupt or from a newer lede.
pub fn read_state(path: &Path) -> ReadOutcome {
    let shown = path.display();
    let size = match fs::metadata(path) {
        Ok(meta) => meta.len(),
        // No file, or no directory for it yet (a parent being a file shows up when saving).
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return ReadOutcome::Missing
        }
        Err(e) => return ReadOutcome::Untouchable(format!("cannot read {shown}: {e}")),
    };
    if size > MAX_FILE_BYTES {
        return set_aside(path, "corrupt", &format!("is too large ({size} bytes)"));
    }
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return ReadOutcome::Untouchable(format!("cannot read {shown}: {e}")),
    };
    match serde_json::from_slice::<VersionOnly>(&bytes) {
        Ok(v) if v.version == u64::from(VERSION) => {}
        Ok(v) if v.version > u64::from(VERSION) => {
            let why = format!(
                "is from a newer lede (version {}, this one reads {VERSION})",
                v.version
            );
            return set_aside(path, "future", &why);
        }
        Ok(v) => return set_aside(path, "corrupt", &format!("has bad version {}", v.version)),
        Err(e) => return set_aside(path, "corrupt", &format!("is corrupt ({e})")),
    }
    match serde_json::from_slice::<StateFile>(&bytes) {
        Ok(file) => ReadOutcome::Entries(file.articles),
        Err(e) => set_aside(path, "corrupt", &format!("is corrupt ({e})")),
    }
}

/// Rename a bad state file to `<name>.<tag>-<unix seconds>` (with `-N` if that exists too).
fn set_aside(path: &Path, tag: &str, why: &str) -> ReadOutcome {
    let target = aside_name(path, tag);
    match fs::rename(path, &target) {
        Ok(()) => ReadOutcome::SetAside(format!(
            "state file {} {why}; moved to {} and starting afresh",
            path.display(),
            target.display()
        )),
        Err(e) => ReadOutcome::Untouchable(format!(
            "state file {} {why} and could not be moved aside ({e}); reading state will not be saved",
            path.display()
        )),
    }
}

fn aside_name(path: &Path, tag: &str) -> PathBuf {
    let secs = super::now_secs();
    let base = format!("{}.{tag}-{secs}", path.display());
    let mut candidate = PathBuf::from(&base);
    let mut n = 1;
    while candidate.exists() {
        candidate = PathBuf::from(format!("{base}-{n}"));
        n += 1;
    }
    candidate
}

/// Serialise entries (least recently opened first) as the file's bytes.
pub fn to_bytes(entries: &[Entry]) -> Vec<u8> {
    #[derive(Serialize)]
    struct Out<'a> {
        version: u32,
        articles: &'a [Entry],
    }
    let mut bytes = serde_json::to_vec(&Out {
        version: VERSION,
        articles: entries,
    })
    .expect("plain data serialises");
    bytes.push(b'\n');
    bytes
}
