//! List items inside a paragraph: bullets (• ‣ ⁃ ◦ ▪ ● ■, and `-` `*` `+` at a line start) and
//! item markers (`1.` `2)` `3.)` `a.` `b)`), plus the expected next marker of a running list so
//! that "1) first 2) second" splits even without final punctuation.

use memchr::memmem;

use super::bytes::{bullet_len, skip_spaces, space_len};

/// How far ahead the next marker of a running list is looked for, in bytes.
const MARKER_WINDOW: usize = 1024;

/// How an item marker is closed: `1.`, `1)` or `1.)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Dot,
    Paren,
    DotParen,
}

impl Style {
    fn bytes(self) -> &'static [u8] {
        match self {
            Style::Dot => b".",
            Style::Paren => b")",
            Style::DotParen => b".)",
        }
    }
}

/// A list-item marker found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// The item number (1-99), or a letter as `b'a'..=b'z'` / `b'A'..=b'Z'` offset by 1000.
    pub value: u32,
    pub style: Style,
    /// Byte offset just after the marker's closing `.`/`)`.
    pub end: usize,
}

const LETTER: u32 = 1000;

/// The item marker at `i` (`12.`, `3)`, `4.)`, `b.`, `c)`, `D)`), which must be followed by
/// whitespace. Uppercase letters need a parenthesis, since "J. Smith" is an initial.
pub fn marker_at(b: &[u8], i: usize) -> Option<Marker> {
    let mut k = i;
    let value = match b.get(k)? {
        c if c.is_ascii_digit() => {
            let mut v = 0u32;
            while let Some(d) = b.get(k).filter(|d| d.is_ascii_digit()) {
                v = v * 10 + u32::from(d - b'0');
                k += 1;
                if k - i > 2 {
                    return None;
                }
            }
            v
        }
        c if c.is_ascii_alphabetic() => {
            k += 1;
            LETTER + u32::from(*c)
        }
        _ => return None,
    };
    let style = match (b.get(k), b.get(k + 1)) {
        (Some(b'.'), Some(b')')) => Style::DotParen,
        (Some(b'.'), _) => Style::Dot,
        (Some(b')'), _) => Style::Paren,
        _ => return None,
    };
    if value > LETTER && b[i].is_ascii_uppercase() && style != Style::Paren {
        return None;
    }
    let end = k + style.bytes().len();
    (space_len(b, end) > 0).then_some(Marker { value, style, end })
}

/// Length of a bullet at `i`, including the whitespace after it: a bullet character, or `-`,
/// `*`, `+` followed by whitespace.
pub fn bullet_at(b: &[u8], i: usize) -> usize {
    let n = match b.get(i) {
        Some(b'-' | b'*' | b'+') if space_len(b, i + 1) > 0 => 1,
        _ => bullet_len(b, i),
    };
    if n == 0 {
        0
    } else {
        skip_spaces(b, i + n) - i
    }
}

/// Whether a bullet or an item marker may start at `i`: not before a plain word ("Th", "3r")
/// nor at a character that opens neither (a quote, a bracket), so `bullet_at` and `marker_at`
/// need not be asked there.
#[inline]
pub fn may_start_item(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        Some(c) if c.is_ascii_alphanumeric() => !b.get(i + 1).is_some_and(u8::is_ascii_alphabetic),
        Some(b'-' | b'*' | b'+') => true,
        Some(0xE2) => bullet_len(b, i) > 0,
        _ => false,
    }
}

/// Whether a list item (bullet or marker) starts on the line that begins at `i`.
pub fn item_starts_line(b: &[u8], i: usize) -> bool {
    let k = skip_spaces(b, i);
    bullet_at(b, k) > 0 || marker_at(b, k).is_some()
}

/// The running list of a paragraph: where the next item's marker is, if any.
#[derive(Debug, Default)]
pub struct RunningList {
    expected: Option<(u32, Style)>,
    /// Offset of the expected next marker, or `usize::MAX` when none was found.
    next_at: usize,
}

impl RunningList {
    pub fn new() -> Self {
        RunningList {
            expected: None,
            next_at: usize::MAX,
        }
    }

    /// A list item with `marker` starts: look for the marker of the item after it.
    pub fn item(&mut self, b: &[u8], marker: Marker) {
        let next = marker.value + 1;
        let valid = if marker.value > LETTER {
            matches!(u8::try_from(next - LETTER), Ok(c) if c.is_ascii_alphabetic())
        } else {
            next <= 99
        };
        self.expected = valid.then_some((next, marker.style));
        self.next_at = self.search(b, marker.end);
    }

    /// Offset of the next expected marker at or after `pos`, or `usize::MAX`.
    pub fn next_marker(&mut self, b: &[u8], pos: usize) -> usize {
        if self.next_at < pos {
            self.next_at = self.search(b, pos);
        }
        self.next_at
    }

    fn search(&self, b: &[u8], from: usize) -> usize {
        let Some((value, style)) = self.expected else {
            return usize::MAX;
        };
        let mut needle = [0u8; 6];
        needle[0] = b' ';
        let mut n = 1;
        if value > LETTER {
            needle[n] = (value - LETTER) as u8;
            n += 1;
        } else {
            if value >= 10 {
                needle[n] = b'0' + (value / 10) as u8;
                n += 1;
            }
            needle[n] = b'0' + (value % 10) as u8;
            n += 1;
        }
        for &c in style.bytes() {
            needle[n] = c;
            n += 1;
        }
        let hay_end = b.len().min(from.saturating_add(MARKER_WINDOW));
        let mut at = from;
        while at < hay_end {
            let Some(k) = memmem::find(&b[at..hay_end], &needle[..n]) else {
                break;
            };
            let start = at + k + 1;
            if marker_at(b, start).is_some_and(|m| m.style == style && m.value == value) {
                return start;
            }
            at = start;
        }
        usize::MAX
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_need_whitespace_after_them() {
        assert_eq!(marker_at(b"12. x", 0).map(|m| m.end), Some(3));
        assert_eq!(
            marker_at(b"3.) x", 0).map(|m| m.style),
            Some(Style::DotParen)
        );
        assert!(marker_at(b"2.5 x", 0).is_none());
        assert!(marker_at(b"2020. x", 0).is_none());
        assert!(marker_at(b"J. Smith", 0).is_none());
        assert!(marker_at(b"b) x", 0).is_some());
    }

    #[test]
    fn a_plain_word_start_is_never_a_bullet_or_a_marker() {
        let text = "The 3rd a. b) 12. - x • y “Ab” (c) * + ‣ 4.) Ab".as_bytes();
        for i in 0..=text.len() {
            if !may_start_item(text, i) {
                assert_eq!(bullet_at(text, i), 0, "at {i}");
                assert!(marker_at(text, i).is_none(), "at {i}");
            }
        }
        assert!(!may_start_item(text, 0) && may_start_item(text, 8));
    }

    #[test]
    fn running_list_finds_the_next_item() {
        let text = b"1) Ports reopen 2) Wages rise";
        let mut list = RunningList::new();
        list.item(text, marker_at(text, 0).unwrap());
        assert_eq!(list.next_marker(text, 2), 16);
    }
}
