//! The keymap: ONE table of (keys, action, description). Key dispatch reads it, and the help
//! overlay is generated from it, so the two can never disagree.

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
    ToggleArticles,
    ToggleBookmark,
    NextBookmark,
    Quit,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

/// The default keys (see CONTRACT.md), in the order the help overlay lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Char('j'), Key::Down],
        action: Action::Next,
        help: "next sentence (in a list: next item)",
    },
    Binding {
        keys: &[Key::Char('k'), Key::Up],
        action: Action::Prev,
        help: "previous sentence (in a list: previous item)",
    },
    Binding {
        keys: &[Key::Char('}')],
        action: Action::NextParagraph,
        help: "next paragraph",
    },
    Binding {
        keys: &[Key::Char('{')],
        action: Action::PrevParagraph,
        help: "previous paragraph",
    },
    Binding {
        keys: &[Key::Char(' '), Key::PageDown],
        action: Action::PageDown,
        help: "page down",
    },
    Binding {
        keys: &[Key::Char('b'), Key::PageUp],
        action: Action::PageUp,
        help: "page up",
    },
    Binding {
        keys: &[Key::Char('g'), Key::Home],
        action: Action::First,
        help: "first sentence / item",
    },
    Binding {
        keys: &[Key::Char('G'), Key::End],
        action: Action::Last,
        help: "last sentence / item",
    },
    Binding {
        keys: &[Key::Char(']')],
        action: Action::NextQuote,
        help: "next quote",
    },
    Binding {
        keys: &[Key::Char('[')],
        action: Action::PrevQuote,
        help: "previous quote",
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::NextMention,
        help: "next mention of the selected entity (or search match)",
    },
    Binding {
        keys: &[Key::Char('N')],
        action: Action::PrevMention,
        help: "previous mention (or search match)",
    },
    Binding {
        keys: &[Key::Tab],
        action: Action::FocusNext,
        help: "focus the next pane",
    },
    Binding {
        keys: &[Key::BackTab],
        action: Action::FocusPrev,
        help: "focus the previous pane",
    },
    Binding {
        keys: &[Key::Enter],
        action: Action::Activate,
        help: "in a list: select the item and jump to it",
    },
    Binding {
        keys: &[Key::Char('/')],
        action: Action::Search,
        help: "search (Enter confirms, Esc cancels)",
    },
    Binding {
        keys: &[Key::Esc],
        action: Action::Clear,
        help: "clear the selection, the search or an overlay",
    },
    Binding {
        keys: &[Key::Char('e')],
        action: Action::ToggleEntities,
        help: "show / hide the entity sidebar",
    },
    Binding {
        keys: &[Key::Char('"')],
        action: Action::ToggleQuotes,
        help: "show / hide the quotes pane",
    },
    Binding {
        keys: &[Key::Char('a')],
        action: Action::ToggleArticles,
        help: "show / hide the article list",
    },
    Binding {
        keys: &[Key::Char('m')],
        action: Action::ToggleBookmark,
        help: "bookmark the cursor sentence (again: remove it)",
    },
    Binding {
        keys: &[Key::Char('\'')],
        action: Action::NextBookmark,
        help: "next bookmark (wraps around)",
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        help: "this help",
    },
    Binding {
        keys: &[Key::Char('q'), Key::Ctrl('c')],
        action: Action::Quit,
        help: "quit",
    },
];

/// The action bound to `key`, if any.
pub fn action_for(key: Key) -> Option<Action> {
    BINDINGS
        .iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// The help overlay's rows: the keys of each binding joined with `/`, and its description.
pub fn help_rows() -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            (keys.join(" / "), b.help)
        })
        .collect()
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
}
