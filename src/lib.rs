//! lede: a terminal reader for news articles.
//!
//! The crate is split so that data flows one way:
//! file → [`analysis::Article`] → [`analysis::Analysis`] → [`app::Model`] → frame.
//!
//! - [`analysis`]: the engine (loading, cleaning, paragraphs, sentences, entities, quotes).
//!   No terminal code lives there.
//! - [`dump`]: the `lede dump` JSON document.
//! - [`export`]: the other `lede dump` formats (JSON Lines, CSV tables) and its progress line.
//! - [`app`]: the Elm-shaped application state (`Model`, `Msg`, `update`, keymap).
//! - [`ui`]: pure drawing of a `Model` into a ratatui frame, one widget per pane.
//! - [`cli`]: the command line (clap) and the event loop drivers.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod dump;
pub mod export;
pub mod ui;
