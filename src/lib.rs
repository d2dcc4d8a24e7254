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
//! - [`config`]: the config file (keys, theme, layout), its warnings and `--print-config`.
//! - [`clipboard`]: the `y` citation and the OSC 52 sequence that copies it.
//! - [`state`]: reading state remembered across runs (cursor, bookmarks), saved atomically.
//! - [`cli`]: the command line (clap) and the event loop drivers.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod clipboard;
pub mod config;
pub mod dump;
pub mod export;
pub mod state;
pub mod ui;
