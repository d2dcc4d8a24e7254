//! Keys as lede sees them: the [`Key`] type shared by the keymap and the `--keys` script parser
//! (`<Down>`, `<C-x>`, `<lt>`... from the contract), and its conversions from crossterm events.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One key press, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    /// Control + a letter (stored lowercase).
    Ctrl(char),
    Down,
    Up,
    Left,
    Right,
    PageDown,
    PageUp,
    Home,
    End,
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
}

impl Key {
    /// The label shown in the help overlay.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".to_owned(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Down => "Down".to_owned(),
            Key::Up => "Up".to_owned(),
            Key::Left => "Left".to_owned(),
            Key::Right => "Right".to_owned(),
            Key::PageDown => "PageDown".to_owned(),
            Key::PageUp => "PageUp".to_owned(),
            Key::Home => "Home".to_owned(),
            Key::End => "End".to_owned(),
            Key::Enter => "Enter".to_owned(),
            Key::Esc => "Esc".to_owned(),
            Key::Tab => "Tab".to_owned(),
            Key::BackTab => "BackTab".to_owned(),
            Key::Backspace => "Backspace".to_owned(),
        }
    }

    /// The key of a crossterm key event (releases and unknown keys give `None`).
    pub fn from_event(event: KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        Some(match event.code {
            KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Down => Key::Down,
            KeyCode::Up => Key::Up,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => Key::BackTab,
            KeyCode::Tab => Key::Tab,
            KeyCode::BackTab => Key::BackTab,
            KeyCode::Backspace => Key::Backspace,
            _ => return None,
        })
    }

    /// The crossterm event a real terminal would send for this key.
    pub fn to_event(self) -> KeyEvent {
        let (code, modifiers) = match self {
            Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
            Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
            Key::Down => (KeyCode::Down, KeyModifiers::NONE),
            Key::Up => (KeyCode::Up, KeyModifiers::NONE),
            Key::Left => (KeyCode::Left, KeyModifiers::NONE),
            Key::Right => (KeyCode::Right, KeyModifiers::NONE),
            Key::PageDown => (KeyCode::PageDown, KeyModifiers::NONE),
            Key::PageUp => (KeyCode::PageUp, KeyModifiers::NONE),
            Key::Home => (KeyCode::Home, KeyModifiers::NONE),
            Key::End => (KeyCode::End, KeyModifiers::NONE),
            Key::Enter => (KeyCode::Enter, KeyModifiers::NONE),
            Key::Esc => (KeyCode::Esc, KeyModifiers::NONE),
            Key::Tab => (KeyCode::Tab, KeyModifiers::NONE),
            Key::BackTab => (KeyCode::BackTab, KeyModifiers::SHIFT),
            Key::Backspace => (KeyCode::Backspace, KeyModifiers::NONE),
        };
        KeyEvent::new(code, modifiers)
    }
}

/// Parse a `--keys` script: each character is one key, with the escapes `<Down> <Up> <Left>
/// <Right> <PageDown> <PageUp> <Home> <End> <Enter> <Esc> <Tab> <BackTab> <Space> <C-x>` and
/// `<lt>` for a literal `<`. A `<` that starts no known escape is an error.
pub fn parse_keys(script: &str) -> Result<Vec<Key>, String> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let close = rest
                .find('>')
                .ok_or_else(|| format!("unclosed `<` in --keys near {rest:?}"))?;
            let name = &rest[1..close];
            keys.push(named_key(name).ok_or_else(|| format!("unknown key <{name}> in --keys"))?);
            rest = &rest[close + 1..];
        } else {
            keys.push(Key::Char(c));
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(keys)
}

fn named_key(name: &str) -> Option<Key> {
    Some(match name {
        "Down" => Key::Down,
        "Up" => Key::Up,
        "Left" => Key::Left,
        "Right" => Key::Right,
        "PageDown" => Key::PageDown,
        "PageUp" => Key::PageUp,
        "Home" => Key::Home,
        "End" => Key::End,
        "Enter" | "CR" => Key::Enter,
        "Esc" => Key::Esc,
        "Tab" => Key::Tab,
        "BackTab" | "S-Tab" => Key::BackTab,
        "Space" => Key::Char(' '),
        "BS" | "Backspace" => Key::Backspace,
        "lt" => Key::Char('<'),
        _ => {
            let letter = name.strip_prefix("C-")?;
            let mut chars = letter.chars();
            let c = chars.next()?;
            if chars.next().is_some() || !c.is_ascii_alphabetic() {
                return None;
            }
            Key::Ctrl(c.to_ascii_lowercase())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_characters_and_escapes() {
        let keys = parse_keys("jj<Down><C-c><lt>x<Space><BackTab>").unwrap();
        assert_eq!(
            keys,
            vec![
                Key::Char('j'),
                Key::Char('j'),
                Key::Down,
                Key::Ctrl('c'),
                Key::Char('<'),
                Key::Char('x'),
                Key::Char(' '),
                Key::BackTab,
            ]
        );
    }

    #[test]
    fn rejects_unknown_and_unclosed_escapes() {
        assert!(parse_keys("<Nope>").is_err());
        assert!(parse_keys("a<Down").is_err());
        assert!(parse_keys("<C-1>").is_err());
    }

    #[test]
    fn events_round_trip() {
        for key in [
            Key::Char('q'),
            Key::Ctrl('c'),
            Key::BackTab,
            Key::Enter,
            Key::End,
        ] {
            assert_eq!(Key::from_event(key.to_event()), Some(key));
        }
    }
}
