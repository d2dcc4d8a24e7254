//! The application, Elm-shaped: a plain [`model::Model`], a [`msg::Msg`] enum, a pure
//! [`update::update`] (which returns [`msg::Effect`]s such as a clipboard write for the runtime to
//! perform), and the keymap table that both dispatches keys and writes the help overlay.
//! [`crossref`] links the entities of different articles.
//! [`worker`] runs the analysis in the background; [`runtime`] is the thin event loop (terminal or
//! headless) that turns events into messages and draws frames with [`crate::ui::view`].

pub mod bookmarks;
pub mod crossref;
pub mod keymap;
pub mod keys;
pub mod model;
pub mod msg;
pub mod navigate;
pub mod reading;
pub mod runtime;
pub mod update;
pub mod worker;

pub use keys::Key;
pub use model::Model;
pub use msg::{Effect, Msg};
pub use update::update;
