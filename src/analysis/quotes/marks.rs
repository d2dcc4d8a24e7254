//! Quote marks and the role each one plays where it stands: opening a quote, closing one, or an
//! apostrophe (don’t, Massoud’s, ’90s, rock ’n’ roll, the students’ union). Decided from the
//! characters on either side of the mark, never from a wider parse.

/// The quote marks lede knows, by glyph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// “
    DoubleLeft,
    /// ”
    DoubleRight,
    /// "
    DoubleStraight,
    /// ‘
    SingleLeft,
    /// ’
    SingleRight,
    /// '
    SingleStraight,
}

/// Whether a mark belongs to the double or the single family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

/// What a mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Open,
    Close,
    /// An apostrophe, or a stray mark that pairs with nothing.
    Ignore,
}

impl Mark {
    pub fn family(self) -> Family {
        match self {
            Mark::DoubleLeft | Mark::DoubleRight | Mark::DoubleStraight => Family::Double,
            _ => Family::Single,
        }
    }

    /// The byte length of the mark in UTF-8.
    pub fn len(self) -> usize {
        match self {
            Mark::DoubleStraight | Mark::SingleStraight => 1,
            _ => 3,
        }
    }

    /// The mark starting at byte `i` of `bytes`, if any.
    pub fn at(bytes: &[u8], i: usize) -> Option<Mark> {
        match bytes[i] {
            b'"' => Some(Mark::DoubleStraight),
            b'\'' => Some(Mark::SingleStraight),
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x98) => Some(Mark::SingleLeft),
                Some(0x99) => Some(Mark::SingleRight),
                Some(0x9C) => Some(Mark::DoubleLeft),
                Some(0x9D) => Some(Mark::DoubleRight),
                _ => None,
            },
            _ => None,
        }
    }
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”')
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Whether `prev` (the char before a mark) leaves the mark at the start of a word.
fn starts_word(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/“‘\"'".contains(c),
    }
}

/// Whether `next` (the char after a mark) leaves the mark at the end of a word.
fn ends_word(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => c.is_whitespace() || is_quote_char(c) || ",.;:!?)]}—–-…".contains(c),
    }
}

/// The characters around a mark, the context its role is decided from.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The paragraph text.
    pub text: &'a str,
    /// The mark's byte offset in `text`.
    pub at: usize,
    pub mark: Mark,
}

impl Context<'_> {
    fn prev(&self) -> Option<char> {
        self.text[..self.at].chars().next_back()
    }

    fn next(&self) -> Option<char> {
        self.text[self.at + self.mark.len()..].chars().next()
    }

    /// The char two before the mark.
    fn prev2(&self) -> Option<char> {
        let mut it = self.text[..self.at].chars();
        it.next_back();
        it.next_back()
    }

    /// The letters right after the mark.
    fn next_word(&self) -> &str {
        let rest = &self.text[self.at + self.mark.len()..];
        let end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// The role of a double mark, given whether a double quote is open at this level.
    pub fn double_role(&self, open: bool) -> Role {
        // The common cases, a curly opener with no quote open and a curly closer of an open
        // quote, need no look at the chars around the mark.
        match self.mark {
            Mark::DoubleLeft if !open => return Role::Open,
            Mark::DoubleRight if open => return Role::Close,
            _ => {}
        }
        let (prev, next) = (self.prev(), self.next());
        match self.mark {
            Mark::DoubleLeft if open && !starts_word(prev) && ends_word(next) => Role::Close,
            Mark::DoubleLeft => Role::Open,
            Mark::DoubleRight if open => Role::Close,
            Mark::DoubleRight if starts_word(prev) && !ends_word(next) => Role::Open,
            Mark::DoubleRight => Role::Ignore,
            _ if open => Role::Close,
            _ if next.is_some_and(|c| !c.is_whitespace())
                && !(is_word(prev) && ends_word(next)) =>
            {
                Role::Open
            }
            _ => Role::Ignore,
        }
    }

    /// The role of a single mark, given whether a single quote is open at this level.
    pub fn single_role(&self, open: bool) -> Role {
        let (prev, next) = (self.prev(), self.next());
        if is_word(prev) && is_word(next) {
            return Role::Ignore; // don’t, Massoud’s, rock’n’roll
        }
        if !is_word(prev) && self.is_elision() {
            return Role::Ignore; // ’90s, ’n’, ’em
        }
        if matches!(prev, Some('n' | 'N'))
            && self.prev2().is_some_and(is_quote_char)
            && ends_word(next)
        {
            return Role::Ignore; // the second mark of ’n’
        }
        if self.mark == Mark::SingleLeft {
            return if is_word(prev) {
                Role::Ignore
            } else {
                Role::Open
            };
        }
        if !starts_word(prev) {
            // At a word end: a closer when a single quote is open, else a possessive or a stray.
            if !open {
                return Role::Ignore;
            }
            if matches!(prev, Some('s' | 'S')) && self.later_single_closer() {
                return Role::Ignore; // ‘the students’ union,’ — the closer comes later
            }
            return Role::Close;
        }
        if next.is_some_and(|c| !c.is_whitespace()) && !open {
            Role::Open
        } else {
            Role::Ignore
        }
    }

    /// Whether the mark starts an elided word: ’90s, ’n’, ’em, ’til.
    fn is_elision(&self) -> bool {
        let rest = &self.text[self.at + self.mark.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let after = rest[digits..].chars().next();
            return digits == 2 && (after == Some('s') || !is_word(after));
        }
        let word = self.next_word();
        match word {
            "n" => rest[1..]
                .chars()
                .next()
                .is_some_and(|c| c == '’' || c == '\'' || c == ' '),
            _ => matches!(word, "em" | "til" | "tis" | "twas" | "cause" | "bout"),
        }
    }

    /// Whether a later single mark in the paragraph (before any double closer) can close a quote.
    fn later_single_closer(&self) -> bool {
        let bytes = self.text.as_bytes();
        let mut i = self.at + self.mark.len();
        while i < bytes.len() {
            if let Some(mark) = Mark::at(bytes, i) {
                let ctx = Context {
                    text: self.text,
                    at: i,
                    mark,
                };
                match mark {
                    Mark::DoubleRight => return false,
                    // `'no redundancies' only last spring. 'That promise…'`: a new quote opens
                    // first, so the earlier mark was the closer.
                    Mark::SingleLeft | Mark::SingleStraight
                        if starts_word(ctx.prev()) && is_word(ctx.next()) =>
                    {
                        return false
                    }
                    Mark::SingleRight | Mark::SingleStraight => {
                        let (prev, next) = (ctx.prev(), ctx.next());
                        if !starts_word(prev) && ends_word(next) && !matches!(prev, Some('s' | 'S'))
                        {
                            return true;
                        }
                    }
                    _ => {}
                }
                i += mark.len();
            } else {
                i += 1;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(text: &str, nth: usize, open: bool) -> Role {
        let bytes = text.as_bytes();
        let at = (0..bytes.len())
            .filter(|&i| Mark::at(bytes, i).is_some())
            .nth(nth)
            .unwrap();
        let ctx = Context {
            text,
            at,
            mark: Mark::at(bytes, at).unwrap(),
        };
        match ctx.mark.family() {
            Family::Double => ctx.double_role(open),
            Family::Single => ctx.single_role(open),
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(role("don’t", 0, false), Role::Ignore);
        assert_eq!(role("Massoud’s men", 0, true), Role::Ignore);
        assert_eq!(role("the ’90s", 0, false), Role::Ignore);
        assert_eq!(role("the '90s", 0, false), Role::Ignore);
        assert_eq!(role("rock ’n’ roll", 0, false), Role::Ignore);
        assert_eq!(role("rock ’n’ roll", 1, true), Role::Ignore);
        assert_eq!(role("the students’ union", 0, false), Role::Ignore);
        assert_eq!(role("‘the students’ union,’ she", 1, true), Role::Ignore);
        assert_eq!(role("‘the students’ union,’ she", 2, true), Role::Close);
        // A plural's closer is a closer when a new quote opens before any later closer.
        assert_eq!(
            role("a 'no cuts' pledge. 'It failed,' he said", 1, true),
            Role::Close
        );
        assert_eq!(
            role("a ‘no cuts’ pledge. ‘It failed,’ he said", 1, true),
            Role::Close
        );
    }

    #[test]
    fn single_quotes_open_and_close_at_word_edges() {
        assert_eq!(role("‘Go,’ he said", 0, false), Role::Open);
        assert_eq!(role("‘Go,’ he said", 1, true), Role::Close);
        assert_eq!(role("'Go,' he said", 0, false), Role::Open);
        assert_eq!(role("'Go,' he said", 1, true), Role::Close);
        assert_eq!(role("all the boys’ ", 0, true), Role::Close);
    }

    #[test]
    fn double_marks() {
        assert_eq!(role("“Go”", 0, false), Role::Open);
        assert_eq!(role("“Go”", 1, true), Role::Close);
        assert_eq!(role("\"Go\"", 0, false), Role::Open);
        assert_eq!(role("\"Go\"", 1, true), Role::Close);
        assert_eq!(role("a 12\" pipe", 0, false), Role::Ignore);
        assert_eq!(role("“Go“ he", 1, true), Role::Close);
    }
}
