//! The reading-state effects the event loop performs around the pure update: looking up an
//! article's remembered cursor and bookmarks when it is first opened (handed to `update` as a
//! [`Msg::Restored`]), and handing changed states to the [`StateStore`] and saving it (on a timer,
//! when the open article changes, on quit). A save error never stops the reader: it is shown once
//! in the status line.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::bookmarks::state_of;
use super::model::Model;
use super::msg::Msg;
use super::update::update;
use crate::state::{content_hash, ArticleKey, ArticleState, StateStore};

/// How often the event loop saves changed reading state.
pub const SAVE_EVERY: Duration = Duration::from_secs(2);

/// The store and what was last handed to it, per article.
#[derive(Debug)]
pub struct Reading {
    store: StateStore,
    /// Per article index: its body hash and the state the store last got.
    known: HashMap<usize, (u64, ArticleState)>,
    /// The article whose state was restored last (to notice switches).
    open: Option<usize>,
    last_save: Instant,
    error_shown: bool,
}

impl Reading {
    pub fn new(store: StateStore) -> Reading {
        Reading {
            store,
            known: HashMap::new(),
            open: None,
            last_save: Instant::now(),
            error_shown: false,
        }
    }

    /// Call after every update: when the open article changed, save the states so far and
    /// restore the newly opened article's (first visit only).
    pub fn follow(&mut self, model: &mut Model) {
        if self.open == Some(model.open) || model.docs.is_empty() {
            return;
        }
        if self.open.is_some() {
            self.save(model);
        }
        self.open = Some(model.open);
        self.restore(model, model.open);
    }

    /// Look up article `index` in the store (once) and apply what is remembered.
    fn restore(&mut self, model: &mut Model, index: usize) {
        if !self.store.is_enabled() || self.known.contains_key(&index) {
            return;
        }
        let Some(doc) = model.docs.get(index) else {
            return;
        };
        let article = &doc.article;
        let hash = content_hash(article.body.as_bytes());
        let key = ArticleKey::with_hash(&article.source, &article.body, hash);
        let remembered = self.store.get(&key);
        let state = remembered.clone().unwrap_or_else(|| state_of(doc));
        // Opening counts as use: the article becomes the most recent one in the store.
        self.store.set(key, state.clone());
        self.known.insert(index, (hash, state.clone()));
        if let Some(state) = remembered {
            update(model, Msg::Restored { doc: index, state });
        }
    }

    /// Save now if [`SAVE_EVERY`] has passed since the last save.
    pub fn tick(&mut self, model: &mut Model) {
        if self.last_save.elapsed() >= SAVE_EVERY {
            self.save(model);
        }
    }

    /// Hand every changed state to the store and write it if anything changed. A failure goes to
    /// the status line once and is returned.
    pub fn save(&mut self, model: &mut Model) -> Option<String> {
        self.last_save = Instant::now();
        for (&index, (hash, saved)) in self.known.iter_mut() {
            let Some(doc) = model.docs.get(index) else {
                continue;
            };
            let now = state_of(doc);
            if now != *saved {
                let key = ArticleKey::with_hash(&doc.article.source, &doc.article.body, *hash);
                self.store.set(key, now.clone());
                *saved = now;
            }
        }
        let error = self.store.save().err()?;
        let message = format!("reading state not saved: {error}");
        if !self.error_shown {
            self.error_shown = true;
            model.note = Some(message.clone());
        }
        Some(message)
    }
}
