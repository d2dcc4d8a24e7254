//! The keymap: ONE table of (default keys, action, config name, description). Key dispatch reads
//! it, and the help overlay is generated from it, so the two can never disagree. A [`Keymap`] is
//! that table with the user's remappings (from the config file) applied.

use super::keys::Key;

/// Everything a key can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Next,
    Prev,
    NextParagraph,
    PrevParagraph,
    PageDown,
    PageUp,
    First,
    Last,
    NextQuote,
    PrevQuote,
    NextMention,
    PrevMention,
    FocusNext,
    FocusPrev,
    Activate,
    Search,
    Clear,
    Help,
    ToggleEntities,
    ToggleQuotes,
    QuoteOrder,
    ToggleArticles,
    Copy,
    OtherArticles,
    CycleSort,
    FilterByEntity,
    ToggleBookmark,
    NextBookmark,
    Quit,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// The action's name in the config file's `[keys]` table.
    pub name: &'static str,
    pub help: &'static str,
}

/// The default keys (see CONTRACT.md), in the order the help overlay lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Char('j'), Key::Down],
        action: Action::Next,
        name: "next_sentence",
        help: "next sentence (in a list: next item)",
    },
    Binding {
        keys: &[Key::Char('k'), Key::Up],
        action: Action::Prev,
        name: "prev_sentence",
        help: "previous sentence (in a list: previous item)",
    },
    Binding {
        keys: &[Key::Char('}')],
        action: Action::NextParagraph,
        name: "next_paragraph",
        help: "next paragraph",
    },
    Binding {
        keys: &[Key::Char('{')],
        action: Action::PrevParagraph,
        name: "prev_paragraph",
        help: "previous paragraph",
    },
    Binding {
        keys: &[Key::Char(' '), Key::PageDown],
        action: Action::PageDown,
        name: "page_down",
        help: "page down",
    },
    Binding {
        keys: &[Key::Char('b'), Key::PageUp],
        action: Action::PageUp,
        name: "page_up",
        help: "page up",
    },
    Binding {
        keys: &[Key::Char('g'), Key::Home],
        action: Action::First,
        name: "first",
        help: "first sentence / item",
    },
    Binding {
        keys: &[Key::Char('G'), Key::End],
        action: Action::Last,
        name: "last",
        help: "last sentence / item",
    },
    Binding {
        keys: &[Key::Char(']')],
        action: Action::NextQuote,
        name: "next_quote",
        help: "next quote",
    },
    Binding {
        keys: &[Key::Char('[')],
        action: Action::PrevQuote,
        name: "prev_quote",
        help: "previous quote",
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::NextMention,
        name: "next_mention",
        help: "next mention of the selected entity (or search match)",
    },
    Binding {
        keys: &[Key::Char('N')],
        action: Action::PrevMention,
        name: "prev_mention",
        help: "previous mention (or search match)",
    },
    Binding {
        keys: &[Key::Tab],
        action: Action::FocusNext,
        name: "focus_next",
        help: "focus the next pane",
    },
    Binding {
        keys: &[Key::BackTab],
        action: Action::FocusPrev,
        name: "focus_prev",
        help: "focus the previous pane",
    },
    Binding {
        keys: &[Key::Enter],
        action: Action::Activate,
        name: "activate",
        help: "in a list: select the item and jump to it",
    },
    Binding {
        keys: &[Key::Char('/')],
        action: Action::Search,
        name: "search",
        help: "search (Enter confirms, Esc cancels)",
    },
    Binding {
        keys: &[Key::Esc],
        action: Action::Clear,
        name: "clear",
        help: "clear the selection, the search or an overlay",
    },
    Binding {
        keys: &[Key::Char('e')],
        action: Action::ToggleEntities,
        name: "toggle_entities",
        help: "show / hide the entity sidebar",
    },
    Binding {
        keys: &[Key::Char('"')],
        action: Action::ToggleQuotes,
        name: "toggle_quotes",
        help: "show / hide the quotes pane",
    },
    Binding {
        keys: &[Key::Char('v')],
        action: Action::QuoteOrder,
        name: "quote_order",
        help: "quotes pane: text order / grouped by speaker",
    },
    Binding {
        keys: &[Key::Char('a')],
        action: Action::ToggleArticles,
        name: "toggle_articles",
        help: "show / hide the article list",
    },
    Binding {
        keys: &[Key::Char('y')],
        action: Action::Copy,
        name: "copy",
        help: "copy the sentence or quote, with a citation",
    },
    Binding {
        keys: &[Key::Char('o')],
        action: Action::OtherArticles,
        name: "other_articles",
        help: "open the entity's other articles in turn",
    },
    Binding {
        keys: &[Key::Char('s')],
        action: Action::CycleSort,
        name: "sort_articles",
        help: "sort articles: file order / date / title",
    },
    Binding {
        keys: &[Key::Char('f')],
        action: Action::FilterByEntity,
        name: "filter_articles",
        help: "only articles naming the entity (toggle)",
    },
    Binding {
        keys: &[Key::Char('m')],
        action: Action::ToggleBookmark,
        name: "toggle_bookmark",
        help: "bookmark the cursor sentence (again: remove it)",
    },
    Binding {
        keys: &[Key::Char('\'')],
        action: Action::NextBookmark,
        name: "next_bookmark",
        help: "next bookmark (wraps around)",
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        name: "help",
        help: "this help",
    },
    Binding {
        keys: &[Key::Char('q'), Key::Ctrl('c')],
        action: Action::Quit,
        name: "quit",
        help: "quit",
    },
];

/// The binding of `action` in the default table.
pub fn binding(action: Action) -> &'static Binding {
    BINDINGS
        .iter()
        .find(|b| b.action == action)
        .expect("every action has a row in BINDINGS")
}

/// The action whose config name is `name`.
pub fn action_named(name: &str) -> Option<Action> {
    BINDINGS.iter().find(|b| b.name == name).map(|b| b.action)
}

/// The keys of every action, in the table's order: the defaults with the user's remappings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    keys: Vec<(Action, Vec<Key>)>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            keys: BINDINGS
                .iter()
                .map(|b| (b.action, b.keys.to_vec()))
                .collect(),
        }
    }
}

impl Keymap {
    /// The action bound to `key`, if any.
    pub fn action_for(&self, key: Key) -> Option<Action> {
        self.keys
            .iter()
            .find(|(_, keys)| keys.contains(&key))
            .map(|(action, _)| *action)
    }

    /// The keys bound to `action` (empty when the user unbound it).
    pub fn keys_of(&self, action: Action) -> &[Key] {
        self.keys
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, keys)| keys.as_slice())
    }

    /// Bind `action` to exactly `keys` (no conflict check: see [`Keymap::remapped`]).
    pub fn set(&mut self, action: Action, keys: Vec<Key>) {
        if let Some(entry) = self.keys.iter_mut().find(|(a, _)| *a == action) {
            entry.1 = keys;
        }
    }

    /// The defaults with `remaps` applied. A key that ends up on two actions is a conflict: it is
    /// reported (key, actions) and stays only where the defaults had it.
    pub fn remapped(remaps: &[(Action, Vec<Key>)]) -> (Keymap, Vec<Conflict>) {
        let mut map = Keymap::default();
        for (action, keys) in remaps {
            map.set(*action, keys.clone());
        }
        let mut conflicts = Vec::new();
        let mut all: Vec<Key> = map
            .keys
            .iter()
            .flat_map(|(_, k)| k.iter().copied())
            .collect();
        let mut seen = std::collections::HashSet::new();
        all.retain(|k| seen.insert(*k));
        for key in all {
            let holders: Vec<Action> = map
                .keys
                .iter()
                .filter(|(_, keys)| keys.contains(&key))
                .map(|(a, _)| *a)
                .collect();
            if holders.len() < 2 {
                continue;
            }
            for (action, keys) in &mut map.keys {
                if holders.contains(action) && !binding(*action).keys.contains(&key) {
                    keys.retain(|k| *k != key);
                }
            }
            conflicts.push(Conflict {
                key,
                actions: holders,
                kept: map.action_for(key),
            });
        }
        (map, conflicts)
    }

    /// The help overlay's rows: the keys of each action joined with `/` (`-` when unbound), and
    /// its description.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        self.keys
            .iter()
            .map(|(action, keys)| {
                let labels: Vec<String> = keys.iter().map(|k| k.label()).collect();
                let label = if labels.is_empty() {
                    "-".to_owned()
                } else {
                    labels.join(" / ")
                };
                (label, binding(*action).help)
            })
            .collect()
    }
}

/// Two or more actions asked for one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub key: Key,
    pub actions: Vec<Action>,
    /// The action that keeps the key (its default owner), if any.
    pub kept: Option<Action>,
}

/// The action bound to `key` by the default keymap.
pub fn action_for(key: Key) -> Option<Action> {
    Keymap::default().action_for(key)
}

/// The default keymap's help rows.
pub fn help_rows() -> Vec<(String, &'static str)> {
    Keymap::default().help_rows()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_bound_once() {
        let mut seen = std::collections::HashSet::new();
        for binding in BINDINGS {
            for key in binding.keys {
                assert!(seen.insert(*key), "{key:?} bound twice");
            }
        }
    }

    #[test]
    fn contract_keys_are_bound() {
        assert_eq!(action_for(Key::Char('j')), Some(Action::Next));
        assert_eq!(action_for(Key::Down), Some(Action::Next));
        assert_eq!(action_for(Key::Char(']')), Some(Action::NextQuote));
        assert_eq!(action_for(Key::Ctrl('c')), Some(Action::Quit));
        assert_eq!(action_for(Key::Char('x')), None);
        assert_eq!(help_rows().len(), BINDINGS.len());
    }

    #[test]
    fn names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for b in BINDINGS {
            assert!(seen.insert(b.name), "{} twice", b.name);
            assert!(b.name.bytes().all(|c| c.is_ascii_lowercase() || c == b'_'));
            assert_eq!(action_named(b.name), Some(b.action));
        }
    }

    #[test]
    fn a_swap_is_no_conflict_but_a_clash_keeps_the_default() {
        let (map, conflicts) = Keymap::remapped(&[
            (Action::Next, vec![Key::Char('x')]),
            (Action::Quit, vec![Key::Char('j')]),
        ]);
        assert!(conflicts.is_empty());
        assert_eq!(map.action_for(Key::Char('j')), Some(Action::Quit));
        assert_eq!(map.action_for(Key::Char('x')), Some(Action::Next));
        let (map, conflicts) = Keymap::remapped(&[(Action::Quit, vec![Key::Char('j')])]);
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].kept, Some(Action::Next));
        assert_eq!(map.action_for(Key::Char('j')), Some(Action::Next));
        assert!(map.keys_of(Action::Quit).is_empty());
    }
}
