//! [`Msg`]: everything that can happen to the reader, whatever its source (terminal, key script,
//! timer, background analysis).

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
