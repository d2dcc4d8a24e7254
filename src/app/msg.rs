//! [`Msg`]: everything that can happen to the reader, whatever its source (terminal, key script,
//! timer, background analysis); [`Effect`]: what [`super::update::update`] asks the outside world
//! to do, so that update itself stays pure.

use crossterm::event::MouseEvent;

use super::keys::Key;
use super::model::Stage;
use crate::analysis::Analysis;
use crate::state::ArticleState;

/// One event for [`super::update::update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    Mouse(MouseEvent),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The timer: nothing happened.
    Tick,
    /// The background analysis of article `doc` reached `stage`.
    Analysed {
        doc: usize,
        stage: Stage,
        analysis: Box<Analysis>,
    },
    /// The remembered cursor and bookmarks of article `doc` (from the reading-state store).
    Restored {
        doc: usize,
        state: ArticleState,
    },
    /// Leave (SIGTERM, end of input).
    Quit,
}

/// A side effect that `update` returns for the runtime to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the system clipboard (OSC 52, see [`crate::clipboard`]).
    Clipboard(String),
}
