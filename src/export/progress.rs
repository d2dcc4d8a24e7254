//! A one-line progress report on stderr (`lede: analysing 1200/5000 articles`), redrawn in place
//! with `\r` and erased when done. Shown only when stderr is a terminal and the job is large, so
//! pipes, logs and CI output never see it.

use std::io::{IsTerminal, Write};

/// Jobs with more articles than this get a progress line.
pub const MIN_ARTICLES: usize = 200;

/// The progress line for one job of `total` articles (silent unless shown on a terminal).
pub struct Progress {
    total: usize,
    shown: bool,
    last_drawn: usize,
}

impl Progress {
    /// A progress line that is drawn when stderr is a terminal and `total` exceeds
    /// [`MIN_ARTICLES`].
    pub fn new(total: usize) -> Self {
        Self::with_terminal(total, std::io::stderr().is_terminal())
    }

    /// As [`Progress::new`], with the terminal test given (for tests).
    pub fn with_terminal(total: usize, terminal: bool) -> Self {
        Progress {
            total,
            shown: terminal && total > MIN_ARTICLES,
            last_drawn: 0,
        }
    }

    /// Whether anything will be drawn.
    pub fn is_shown(&self) -> bool {
        self.shown
    }

    /// Report that `done` articles are finished; redraws about every percent.
    pub fn update(&mut self, done: usize) {
        let step = (self.total / 100).max(1);
        if !self.shown || (done < self.total && done < self.last_drawn + step) {
            return;
        }
        self.last_drawn = done;
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\rlede: analysing {done}/{} articles", self.total);
        let _ = err.flush();
    }

    /// Erase the line.
    pub fn finish(&mut self) {
        if self.shown {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_off_a_terminal_or_for_small_jobs() {
        assert!(!Progress::with_terminal(10_000, false).is_shown());
        assert!(!Progress::with_terminal(MIN_ARTICLES, true).is_shown());
        assert!(Progress::with_terminal(MIN_ARTICLES + 1, true).is_shown());
    }
}
