//! A small tokenizer for the text around a quote: words (with inner apostrophes, hyphens and the
//! dot of a title or an initial: “Mr.”, “U.S.”, “O’Brien”) and the punctuation that bounds
//! clauses. Tokens are byte spans into the body; nothing is allocated per token.

use super::lexicon::classes;
use crate::analysis::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Comma,
    /// `:` or `;`
    Colon,
    /// A sentence end: `.`, `?`, `!`.
    Stop,
    /// A dash or bracket: an aside starts or ends.
    Dash,
    /// A quote mark.
    Mark,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// The word's lexicon classes (`lexicon::class` bits); 0 for punctuation.
    pub class: u32,
}

impl Token {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        self.span.text(body)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the word is in any of the lexicon classes `bits`.
    pub fn is(&self, bits: u32) -> bool {
        self.class & bits != 0
    }
}

/// Whether `word` starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Abbreviations whose dot does not end a sentence.
#[inline]
pub fn keeps_dot(word: &str) -> bool {
    // A single letter and every listed abbreviation start with a capital: most words, in
    // lowercase, need only the dot test (inlined; the list is read out of line).
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return has_dot(word);
    }
    capital_keeps_dot(word)
}

/// Whether `word` holds a dot. (A byte loop: a char search costs more to set up than a short
/// word costs to walk.)
fn has_dot(word: &str) -> bool {
    word.bytes().any(|b| b == b'.')
}

/// [`keeps_dot`] for a word starting with an ASCII capital.
fn capital_keeps_dot(word: &str) -> bool {
    let single = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    single
        || has_dot(word)
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Prof"
                | "St"
                | "Jr"
                | "Sr"
                | "Rev"
                | "Maj"
                | "Adm"
                | "Cmdr"
                | "Gov."
                | "Pres"
                | "Amb"
                | "Hon"
                | "Insp"
                | "Supt"
                | "Det"
                | "Cpl"
                | "Pvt"
                | "Mt"
                | "Ft"
        )
}

/// ASCII letters and digits, by byte (the fast path of [`is_word_char`]).
static ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The char starting at byte `i` of `text` (which must be a boundary).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text[i..].chars().next()
    }
}

/// `char::is_alphanumeric` with fast answers for ASCII and for the General Punctuation block
/// (curly quotes, dashes, the ellipsis), the non-ASCII characters news text is full of.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        ASCII_ALNUM[c as usize]
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Whether a word char starts at byte `i` of `text`.
#[inline]
fn word_char_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => ASCII_ALNUM[usize::from(b)],
        Some(_) => char_at(text, i).is_some_and(is_word_char),
    }
}

/// The end of the word running on from byte `i` of `text`: word chars, and an apostrophe,
/// hyphen or dot with a word char after it (`O’Brien`, `al-Sharif`, `U.S`).
/// (Always inlined: a call cost about a fifth of a short word's tokenizing.)
#[inline(always)]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            // A letter or digit first: the commonest byte by far.
            let joined = || matches!(b, b'\'' | b'-' | b'.') && word_char_at(text, i + 1);
            if ASCII_ALNUM[usize::from(b)] || joined() {
                i += 1;
                continue;
            }
            break;
        }
        let Some(d) = char_at(text, i) else { break };
        let dl = d.len_utf8();
        if is_word_char(d) || (d == '’' && word_char_at(text, i + dl)) {
            i += dl;
        } else {
            break;
        }
    }
    i
}

/// Tokenize `body[window]` into `out` (cleared first).
pub fn tokenize(body: &str, window: Span, out: &mut Vec<Token>) {
    scan(body, window, out, true, usize::MAX);
}

/// The first `limit` tokens of `body[window]` into `out` (cleared first), their words left
/// unclassified (`class` 0): for a caller that looks up only a few of them.
pub fn tokenize_unclassified(body: &str, window: Span, out: &mut Vec<Token>, limit: usize) {
    scan(body, window, out, false, limit);
}

#[inline(always)]
fn scan(body: &str, window: Span, out: &mut Vec<Token>, classify: bool, limit: usize) {
    out.clear();
    let text = window.text(body);
    let bytes = text.as_bytes();
    let base = window.start;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if out.len() >= limit {
            break;
        }
        // Spaces first: the commonest byte of news text after letters.
        if b == b' ' {
            i += 1;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            let Some(c) = char_at(text, i) else { break };
            c
        };
        let len = c.len_utf8();
        if is_word_char(c) {
            let start = i;
            i = word_end(text, i + len);
            // `Ltd.`, and `Inc. called`: a dot that a lowercase word goes on after.
            let goes_on = bytes.get(i + 1) == Some(&b' ')
                && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase);
            if bytes.get(i) == Some(&b'.') && (goes_on || keeps_dot(&text[start..i])) {
                i += 1;
            }
            let word = &text[start..i];
            out.push(Token {
                span: Span::new(base + start, base + i),
                kind: TokenKind::Word,
                class: if classify { classes(word) } else { 0 },
            });
            continue;
        }
        i += len;
        if c.is_whitespace() {
            continue;
        }
        let at = i - len;
        let kind = match c {
            ',' => TokenKind::Comma,
            ':' | ';' => TokenKind::Colon,
            '.' | '?' | '!' | '…' => TokenKind::Stop,
            '—' | '–' | '(' | ')' | '[' | ']' => TokenKind::Dash,
            '-' if text[i..].starts_with([' ', '-']) || text[..at].ends_with(' ') => {
                TokenKind::Dash
            }
            '"' | '\'' | '‘' | '’' | '“' | '”' => TokenKind::Mark,
            _ => TokenKind::Other,
        };
        out.push(Token {
            span: Span::new(base + at, base + i),
            kind,
            class: 0,
        });
    }
}

/// Whether the `.`, `?` or `!` at byte `i` of `text` ends a sentence: whitespace (or the end)
/// follows, and a `.` does not close a title or an initial.
pub fn ends_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if !bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace) {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // `Nordhaven Logistics Inc. called`: a lowercase word goes on with the sentence.
    if bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    !keeps_dot(&text[word_before(text, i)..i])
}

/// The start of the run of alphanumeric chars and dots ending at byte `i` of `text`: ASCII bytes
/// are walked one by one, and only a non-ASCII byte sends the walk through chars.
fn word_before(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut k = i;
    while k > 0 {
        let b = bytes[k - 1];
        if b >= 0x80 {
            return text[..k]
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
                .map_or(0, |(p, c)| p + c.len_utf8());
        }
        if !(ASCII_ALNUM[usize::from(b)] || b == b'.') {
            return k;
        }
        k -= 1;
    }
    0
}

/// The start of the sentence holding byte `at`, searching back no further than `from`.
pub fn sentence_start(body: &str, from: usize, at: usize) -> usize {
    let mut end = at;
    while let Some(i) = memchr::memrchr3(b'.', b'?', b'!', &body.as_bytes()[from..end]) {
        let i = from + i;
        if ends_sentence(body, i) {
            return i + 1;
        }
        end = i;
    }
    from
}

/// The end of the sentence holding byte `at` (just past its `.`), searching no further than `to`.
pub fn sentence_end(body: &str, at: usize, to: usize) -> usize {
    let mut start = at;
    while let Some(i) = memchr::memchr3(b'.', b'?', b'!', &body.as_bytes()[start..to]) {
        let i = start + i;
        if ends_sentence(body, i) {
            return i + 1;
        }
        start = i + 1;
    }
    to
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn the_word_before_a_dot_is_walked_by_bytes_or_chars_alike() {
        let plain = |text: &str, i: usize| {
            text[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
                .map_or(0, |(p, c)| p + c.len_utf8())
        };
        for text in [
            "Mr. Ørsted.",
            "so U.S. ends.",
            "Ääb.",
            "x—Zoë.",
            "“Dr.",
            "end.",
        ] {
            for (i, _) in text.match_indices('.') {
                assert_eq!(word_before(text, i), plain(text, i), "{text} {i}");
            }
        }
    }

    #[test]
    fn sentence_bounds_skip_titles() {
        let text = "One ends here. Mr. Saleh said so. Two";
        let at = text.find("said").unwrap();
        assert_eq!(&text[sentence_start(text, 0, at)..at], " Mr. Saleh ");
        assert_eq!(&text[at..sentence_end(text, at, text.len())], "said so.");
    }

    #[test]
    fn words_keep_apostrophes_hyphens_and_title_dots() {
        assert_eq!(
            words("Mr. O’Brien, the NRF’s head, said: al-Sharif’s U.S. team."),
            [
                "Mr.",
                "O’Brien",
                ",",
                "the",
                "NRF’s",
                "head",
                ",",
                "said",
                ":",
                "al-Sharif’s",
                "U.S.",
                "team",
                "."
            ]
        );
    }
}
