//! Where reading state lives by default: the platform's per-user state directory.
//!
//! - Linux and other Unix: `$XDG_STATE_HOME/lede` when that is an absolute path, else
//!   `~/.local/state/lede` (the XDG Base Directory specification);
//! - macOS: `~/Library/Application Support/lede`;
//! - Windows: `%LOCALAPPDATA%\lede`.

use std::ffi::OsString;
use std::path::PathBuf;

/// The directory lede keeps its reading state in, or `None` when no home directory is known.
pub fn default_state_dir() -> Option<PathBuf> {
    state_dir_from(
        std::env::var_os("XDG_STATE_HOME"),
        std::env::var_os("HOME"),
        std::env::var_os("LOCALAPPDATA"),
    )
}

/// [`default_state_dir`] with the environment passed in (testable without touching the real one).
pub fn state_dir_from(
    xdg_state_home: Option<OsString>,
    home: Option<OsString>,
    local_app_data: Option<OsString>,
) -> Option<PathBuf> {
    let absolute = |v: Option<OsString>| v.map(PathBuf::from).filter(|p| p.is_absolute());
    if cfg!(windows) {
        return absolute(local_app_data).map(|p| p.join("lede"));
    }
    let _ = &local_app_data;
    if cfg!(target_os = "macos") {
        return absolute(home).map(|h| h.join("Library/Application Support/lede"));
    }
    if let Some(xdg) = absolute(xdg_state_home) {
        return Some(xdg.join("lede"));
    }
    absolute(home).map(|h| h.join(".local/state/lede"))
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::*;

    fn dir(xdg: Option<&str>, home: Option<&str>) -> Option<PathBuf> {
        state_dir_from(xdg.map(Into::into), home.map(Into::into), None)
    }

    #[test]
    fn xdg_state_home_wins_when_absolute() {
        assert_eq!(
            dir(Some("/x/state"), Some("/home/u")),
            Some(PathBuf::from("/x/state/lede"))
        );
    }

    #[test]
    fn relative_or_missing_xdg_falls_back_to_home() {
        let want = Some(PathBuf::from("/home/u/.local/state/lede"));
        assert_eq!(dir(Some("rel/state"), Some("/home/u")), want);
        assert_eq!(dir(None, Some("/home/u")), want);
        assert_eq!(dir(Some(""), Some("/home/u")), want);
        assert_eq!(dir(None, None), None);
    }
}
