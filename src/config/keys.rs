//! The `[keys]` table: `action_name = "key"` or `= ["key", "key"]` (an empty list unbinds), checked
//! against the keymap table's action names; then conflicts (one key on two actions) are reported
//! and those keys stay with their default action.

use toml::de::{DeTable, DeValue};

use super::parse::{did_you_mean, entries, type_name, Report};
use crate::app::keymap::{action_named, binding, Action, Keymap, BINDINGS};
use crate::app::keys::Key;

/// The keymap the `[keys]` table asks for.
pub fn keymap(table: &DeTable<'_>, report: &mut Report<'_>) -> Keymap {
    let mut remaps: Vec<(Action, Vec<Key>, usize)> = Vec::new();
    for (name, value) in entries(table) {
        let Some(action) = action_named(name.get_ref()) else {
            let hint = did_you_mean(name.get_ref(), BINDINGS.iter().map(|b| b.name));
            report.warn(
                name.span(),
                format!(
                    "unknown action \"{}\"{hint}; using the default",
                    name.get_ref()
                ),
            );
            continue;
        };
        if let Some(keys) = key_list(name.get_ref(), value.get_ref(), value.span(), report) {
            remaps.push((action, keys, name.span().start));
        }
    }
    let plain: Vec<(Action, Vec<Key>)> = remaps
        .iter()
        .map(|(a, keys, _)| (*a, keys.clone()))
        .collect();
    let (map, conflicts) = Keymap::remapped(&plain);
    for conflict in conflicts {
        let names: Vec<String> = conflict
            .actions
            .iter()
            .map(|a| binding(*a).name.to_owned())
            .collect();
        let at = remaps
            .iter()
            .filter(|(a, keys, _)| conflict.actions.contains(a) && keys.contains(&conflict.key))
            .map(|(_, _, at)| *at)
            .min()
            .unwrap_or(0);
        let keeps = match conflict.kept {
            Some(a) => format!("it stays on {} (the default)", binding(a).name),
            None => "it stays unbound (the default)".to_owned(),
        };
        report.warn(
            at..at,
            format!(
                "key \"{}\" is bound to both {}; {keeps}",
                conflict.key.label(),
                names.join(" and ")
            ),
        );
    }
    map
}

/// The keys of one entry, or `None` (and a warning) when any of them is bad.
fn key_list(
    action: &str,
    value: &DeValue<'_>,
    span: std::ops::Range<usize>,
    report: &mut Report<'_>,
) -> Option<Vec<Key>> {
    let items: Vec<(&str, std::ops::Range<usize>)> = match value {
        DeValue::String(s) => vec![(s.as_ref(), span.clone())],
        DeValue::Array(array) => {
            let mut items = Vec::new();
            for item in array.iter() {
                match item.get_ref().as_str() {
                    Some(s) => items.push((s, item.span())),
                    None => {
                        report.warn(
                            item.span(),
                            format!(
                                "{action}: a key must be a string like \"j\" or \"Down\", not {}; using the default",
                                type_name(item.get_ref())
                            ),
                        );
                        return None;
                    }
                }
            }
            items
        }
        other => {
            report.warn(
                span,
                format!(
                    "{action}: expected a key or a list of keys like [\"j\", \"Down\"], not {}; using the default",
                    type_name(other)
                ),
            );
            return None;
        }
    };
    let mut keys = Vec::new();
    for (text, at) in items {
        match Key::parse(text) {
            Some(key) if !keys.contains(&key) => keys.push(key),
            Some(_) => {}
            None => {
                report.warn(
                    at,
                    format!(
                        "{action}: unknown key \"{text}\" (keys look like \"j\", \"Down\", \"PageUp\", \"Space\", \"Ctrl-C\"); using the default"
                    ),
                );
                return None;
            }
        }
    }
    Some(keys)
}
