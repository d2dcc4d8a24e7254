//! The word tokenizer the entity finder runs on: one forward pass over each paragraph that yields
//! words (with their capitalisation shape), numbers and single punctuation characters, strips
//! possessive `’s` / `'s`, and marks the words where a capital letter is expected anyway (sentence
//! starts, after an opening quote, and every word of a headline-style line).
//!
//! Sentence starts are found here rather than taken from the sentence segmenter, so that "Mr. Saleh"
//! or "U.S. Senate" never make "Saleh" or "Senate" look sentence-initial.

use super::lexicon::{flag, Lexicon};
use crate::analysis::span::Span;
use std::mem::MaybeUninit;

/// The shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A word starting with an upper-case letter ("Kabul", "McDonald", "A").
    Cap,
    /// A word of two or more letters, all upper case ("NRF", "U.S.").
    Upper,
    /// A word starting with a lower-case letter.
    Lower,
    /// Anything with a digit in it ("2021", "K4", "71st").
    Number,
    /// One punctuation or symbol character.
    Punct(char),
}

/// One token of the body.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub shape: Shape,
    /// Whitespace (or the paragraph start) comes right before this token.
    pub space_before: bool,
    /// A capital letter is expected here whatever the word is (sentence start, after an opening
    /// quote, headline-style line).
    pub initial: bool,
    /// The word is part of a headline-style line.
    pub headline: bool,
    /// A possessive `’s`, `'s` or plural `’` followed the word and was left out of the token.
    pub possessive: bool,
    /// Lexicon flags of a capitalised word (0 for other tokens).
    pub flags: u32,
    /// The first token of a paragraph: names never run across it.
    pub para_start: bool,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start as usize..self.end as usize]
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.shape, Shape::Cap | Shape::Upper | Shape::Lower)
    }

    #[inline]
    pub fn is_capitalised(&self) -> bool {
        matches!(self.shape, Shape::Cap | Shape::Upper)
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.shape == Shape::Punct(c)
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether `c` sits in the General Punctuation block (curly quotes, dashes, ellipsis), which holds
/// no letter or digit: the common non-ASCII characters of news text skip the Unicode tables.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{2027}').contains(&c) || ('\u{2030}'..='\u{205E}').contains(&c)
}

/// `char::is_alphanumeric` with fast paths for ASCII and general punctuation.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_general_punctuation(c) && c.is_alphanumeric()
    }
}

/// `char::is_alphabetic` with fast paths for ASCII and general punctuation.
#[inline]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !is_general_punctuation(c) && c.is_alphabetic()
    }
}

/// `char::is_whitespace` for a non-ASCII character, with a fast path for general punctuation.
#[inline]
fn is_wide_space(c: char) -> bool {
    !is_general_punctuation(c) && c.is_whitespace()
}

#[inline]
fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '«')
}

/// Tokenize every paragraph of `body`.
pub fn tokenize(body: &str, paragraphs: &[Span], lex: &Lexicon) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(body, paragraphs, lex, &mut out);
    out
}

/// [`tokenize`] into `out`, which is cleared first: a caller that keeps the vector between
/// articles allocates (and faults in) its memory once.
pub fn tokenize_into(body: &str, paragraphs: &[Span], lex: &Lexicon, out: &mut Vec<Token>) {
    out.clear();
    // About one token per five bytes of news text; sized by the paragraphs given, which may be one
    // segment of a huge body.
    let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();
    out.reserve(bytes / 5);
    for p in paragraphs {
        let first = out.len();
        tokenize_paragraph(body, *p, lex, out);
        // Only a paragraph's first token can start where it starts.
        if let Some(t) = out.get_mut(first) {
            t.para_start = t.start as usize == p.start;
        }
        mark_headline(&mut out[first..]);
    }
}

fn tokenize_paragraph(body: &str, para: Span, lex: &Lexicon, out: &mut Vec<Token>) {
    // The body cut at the paragraph's end: the loops below need no other bound.
    let text = &body[..para.end];
    let bytes = text.as_bytes();
    let end = para.end;
    let mut i = para.start;
    let mut space_before = true;
    let mut expect_initial = true;
    // The paragraph is read in stretches of up to `TOKEN_STRETCH` bytes (one for most paragraphs).
    // Every token starts at a distinct byte of the stretch that holds its start, so with a slot
    // per byte reserved, a stretch's tokens are written straight into the vector's spare capacity,
    // without a capacity check and a length update per token; a 10 MB line does not reserve 24
    // bytes per byte at once. `before` stands in for the last token until the stretch has one.
    loop {
        let stretch = (end - i).min(TOKEN_STRETCH);
        let limit = i + stretch;
        let before = out.last().copied();
        out.reserve(stretch);
        let base = out.len();
        let spare = &mut out.spare_capacity_mut()[..stretch];
        let mut n = 0;
        while i < limit {
            let b = bytes[i];
            let class = BYTE_CLASS[b as usize];
            if class & SPACE != 0 {
                space_before = true;
                i += 1;
                continue;
            }
            let mut c = b as char;
            let word = if class & WORD != 0 {
                Some(read_word(text, i, class & WORD))
            } else if b < 0x80 {
                None
            } else {
                c = body[i..].chars().next().unwrap_or(' ');
                if is_wide_space(c) {
                    space_before = true;
                    i += c.len_utf8();
                    continue;
                }
                is_alnum(c).then(|| read_word_general(body, i, end))
            };
            if let Some(Word {
                end: tok_end,
                next,
                space_after,
                possessive,
                mut shape,
                inner_upper,
            }) = word
            {
                // "iPhone", "eBay", "macOS", "easyJet": a known name that starts in lower case
                // counts as capitalised.
                let mut known_camel = 0;
                if inner_upper
                    && shape == Shape::Lower
                    && tok_end - i >= 3
                    && bytes[i + 1..tok_end].iter().any(u8::is_ascii_uppercase)
                {
                    known_camel = lex.get_bytes(&bytes[i..tok_end]) & flag::ENTITY;
                    if known_camel != 0 {
                        shape = Shape::Cap;
                    }
                }
                // "Tinmark plc": the lower-case designator of a British public company ends the
                // company's name like "Ltd" does.
                if b == b'p'
                    && shape == Shape::Lower
                    && bytes.get(i..tok_end) == Some(b"plc")
                    && last_token(spare, n, before.as_ref())
                        .is_some_and(|p| p.is_capitalised() && p.end as usize + 1 == i)
                {
                    shape = Shape::Cap;
                }
                let flags = match shape {
                    Shape::Cap | Shape::Upper if known_camel != 0 => known_camel,
                    Shape::Cap | Shape::Upper => lex.get_bytes(&bytes[i..tok_end]),
                    _ => 0,
                };
                slot(spare, n).write(Token {
                    para_start: false,
                    flags,
                    start: i as u32,
                    end: tok_end as u32,
                    shape,
                    space_before,
                    initial: expect_initial,
                    headline: false,
                    possessive,
                });
                n += 1;
                expect_initial = false;
                // Most words end at one plain space: stepped over by the word's reader, not by
                // another turn.
                space_before = space_after;
                i = next;
                continue;
            }
            // Punctuation.
            let len = c.len_utf8();
            match c {
                '.' if ends_abbreviation(body, last_token(spare, n, before.as_ref()), lex) => {}
                '.' | '!' | '?' | '…' | ':' | ';' => expect_initial = true,
                _ if is_opening_quote(c) && space_before => expect_initial = true,
                '“' | '«' => expect_initial = true,
                // A dateline or a spaced dash opens a new clause: "KYIV (AP) — Missiles struck".
                '—' | '–' if space_before => expect_initial = true,
                _ => {}
            }
            slot(spare, n).write(Token {
                start: i as u32,
                end: (i + len) as u32,
                shape: Shape::Punct(c),
                space_before,
                initial: false,
                headline: false,
                possessive: false,
                flags: 0,
                para_start: false,
            });
            n += 1;
            space_before = false;
            i += len;
        }
        // SAFETY: the first `n` slots of the spare capacity, within the capacity reserved above, were
        // written in the loop.
        unsafe { out.set_len(base + n) };
        if i >= end {
            return;
        }
    }
}

/// The longest stretch of a paragraph [`tokenize_paragraph`] reserves tokens for at once (a
/// slot per byte: 1.5 MB).
const TOKEN_STRETCH: usize = 1 << 16;

/// Slot `n` of `spare` (one slot per byte of the stretch), without a bound check per token.
#[inline(always)]
fn slot(spare: &mut [MaybeUninit<Token>], n: usize) -> &mut MaybeUninit<Token> {
    debug_assert!(n < spare.len());
    // SAFETY: each token of a stretch starts at a distinct byte of it (tokens are disjoint, ordered
    // and at least one byte long), so its `n` tokens before this one start at `n` bytes before
    // this token's start, also in the stretch: `n` is less than the stretch's length, the length
    // of `spare`.
    unsafe { spare.get_unchecked_mut(n) }
}

/// The token written last: slot `n - 1` of `spare`, whose first `n` slots are written, or `before`
/// when there is none.
#[inline]
fn last_token<'a>(
    spare: &'a [MaybeUninit<Token>],
    n: usize,
    before: Option<&'a Token>,
) -> Option<&'a Token> {
    match n.checked_sub(1) {
        // SAFETY: slot `n - 1` is one of the first `n`, which are written.
        Some(k) => Some(unsafe { spare[k].assume_init_ref() }),
        None => before,
    }
}

/// Whether a period right after `prev` belongs to an abbreviation that usually sits inside a sentence
/// ("Mr.", "Gen.", a middle initial "F.", "St.").
fn ends_abbreviation(body: &str, prev: Option<&Token>, lex: &Lexicon) -> bool {
    let Some(prev) = prev else { return false };
    if !prev.is_word() {
        return false;
    }
    // Bytes rather than `str` slices: token bounds are character bounds already.
    let bytes = body.as_bytes();
    let text = &bytes[prev.start as usize..prev.end as usize];
    if prev.shape == Shape::Cap && text.len() == 1 {
        return true;
    }
    // Titles and place prefixes all start with a capital (a lexicon test keeps it so): the lookup
    // is skipped after the lower-case word that ends most sentences.
    let known = prev.is_capitalised() && {
        // The word and the byte after it, when that byte is a whole (ASCII) character.
        let end = prev.end as usize;
        let with_dot = match bytes.get(end) {
            Some(b) if b.is_ascii() => &bytes[prev.start as usize..end + 1],
            _ => text,
        };
        lex.get_bytes(with_dot) & (flag::TITLE_HEAD | flag::PLACE_PREFIX) != 0
    };
    known
        || matches!(
            text,
            b"St" | b"Mt" | b"Ft" | b"No" | b"vs" | b"v" | b"Jr" | b"Sr"
        )
}

const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;

/// Character classes of ASCII bytes: 0 for anything that is not a letter or digit.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Letter and digit classes of [`ASCII_CLASS`].
const WORD: u8 = LOWER | UPPER | DIGIT;
/// ASCII whitespace.
const SPACE: u8 = 8;
/// A byte that may go on with the word a run of ASCII letters and digits stopped at: an
/// apostrophe, a period (dotted abbreviations) or the first byte of a non-ASCII character.
const SLOW: u8 = 16;

/// [`ASCII_CLASS`] with the [`SPACE`] and [`SLOW`] bits, for the tokenizer's main loop.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = ASCII_CLASS[b];
        if c.is_ascii_whitespace() {
            t[b] |= SPACE;
        }
        if c == b'\'' || c == b'.' || c >= 0x80 {
            t[b] |= SLOW;
        }
        b += 1;
    }
    t
};

#[inline]
fn class_of(c: char) -> u8 {
    if c.is_numeric() {
        DIGIT
    } else if c.is_uppercase() {
        UPPER
    } else {
        LOWER
    }
}

/// One word read by [`read_word`].
struct Word {
    /// The token's end (a possessive left out).
    end: usize,
    /// Where the scan goes on (past one plain space right after the word).
    next: usize,
    /// A plain space right after the word was stepped over.
    space_after: bool,
    possessive: bool,
    shape: Shape,
    /// An upper-case letter may follow the first letter ("iPhone"); false means surely not.
    inner_upper: bool,
}

/// The shape of a word from the class of its first letter, the classes after it and its letter
/// count (digits count as letters: any digit makes the word a number anyway).
#[inline]
const fn word_shape(first: u8, rest: u8, letters: usize) -> Shape {
    if rest & DIGIT != 0 || first == DIGIT || letters == 0 {
        Shape::Number
    } else if first == UPPER {
        if letters >= 2 && rest & LOWER == 0 {
            Shape::Upper
        } else {
            Shape::Cap
        }
    } else {
        // Lower case, or a script without case: never starts a name on its own.
        Shape::Lower
    }
}

/// [`word_shape`] of a run of ASCII letters and digits by `first << 3 | rest`: the run has one
/// letter exactly when `rest` is 0.
const ASCII_SHAPE: [Shape; 64] = {
    let mut t = [Shape::Lower; 64];
    let mut k = 0;
    while k < 64 {
        let rest = (k & 7) as u8;
        t[k] = word_shape((k >> 3) as u8, rest, if rest == 0 { 1 } else { 2 });
        k += 1;
    }
    t
};

/// Read one word starting at `start`, an ASCII letter or digit of class `first`, in `body` cut at
/// the paragraph's end.
#[inline]
fn read_word(body: &str, start: usize, first: u8) -> Word {
    // Fast path: a run of plain ASCII letters and digits ended by an ASCII byte that neither
    // continues a word (an apostrophe) nor makes it a dotted abbreviation (a period after one
    // letter), or by the paragraph's end.
    let bytes = body.as_bytes();
    let limit = bytes.len();
    let mut rest = 0u8;
    let mut i = start + 1;
    'run: {
        // Eight bytes a turn: the bytes of a fixed-size chunk need no bound check each.
        while let Some(chunk) = bytes.get(i..i + 8) {
            let chunk: &[u8; 8] = chunk.try_into().unwrap_or(&[0; 8]);
            for &b in chunk {
                let k = ASCII_CLASS[b as usize];
                if k == 0 {
                    break 'run;
                }
                rest |= k;
                i += 1;
            }
        }
        while i < limit {
            let k = ASCII_CLASS[bytes[i] as usize];
            if k == 0 {
                break;
            }
            rest |= k;
            i += 1;
        }
    }
    let (done, space_after) = match bytes.get(i) {
        None => (true, false),
        Some(&b) => (
            BYTE_CLASS[b as usize] & SLOW == 0 || (b == b'.' && i != start + 1),
            b == b' ',
        ),
    };
    if done {
        return Word {
            end: i,
            next: i + usize::from(space_after),
            space_after,
            possessive: false,
            shape: ASCII_SHAPE[usize::from(first << 3 | rest) & 63],
            inner_upper: rest & UPPER != 0,
        };
    }
    read_word_general(body, start, limit)
}

/// [`read_word`] for any word.
fn read_word_general(body: &str, start: usize, limit: usize) -> Word {
    let bytes = body.as_bytes();
    let mut i = start;
    // Classes seen after the first letter, and the class of the first letter.
    let mut rest = 0u8;
    let mut first = 0u8;
    let mut letters = 0usize;
    let mut possessive = false;
    let mut next = None;
    while i < limit {
        // Fast path: a run of plain ASCII letters and digits.
        let mut c = ASCII_CLASS[bytes[i] as usize];
        if c != 0 && letters == 0 {
            first = c;
            letters = 1;
            i += 1;
            c = if i < limit {
                ASCII_CLASS[bytes[i] as usize]
            } else {
                0
            };
        }
        let run_start = i;
        if c != 0 {
            // The run of ASCII letters and digits from `i`, with the classes it holds.
            let mut run = 0;
            for &b in &bytes[i..limit] {
                let k = ASCII_CLASS[b as usize];
                if k == 0 {
                    break;
                }
                rest |= k;
                run += 1;
            }
            i += run;
        }
        // Digits count as letters here; any digit makes the word a number anyway.
        letters += i - run_start;
        if i >= limit {
            break;
        }
        let b = bytes[i];
        let (ch, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            let ch = body[i..].chars().next().unwrap_or(' ');
            (ch, ch.len_utf8())
        };
        if b >= 0x80 && is_alnum(ch) {
            let k = class_of(ch);
            if k != DIGIT && letters == 0 {
                first = k;
            } else {
                rest |= k;
            }
            if k != DIGIT {
                letters += 1;
            }
            i += len;
            continue;
        }
        if is_apostrophe(ch) {
            let after = i + len;
            let n1 = char_at(body, after, limit);
            let n2 = n1.and_then(|c1| char_at(body, after + c1.len_utf8(), limit));
            if matches!(n1, Some('s' | 'S')) && !n2.is_some_and(is_alnum) {
                possessive = true;
                next = Some(after + 1);
                break;
            }
            if n1.is_some_and(is_alpha) {
                i = after;
                continue;
            }
            // A plural possessive ("Rovers’ fans") drops the apostrophe.
            if i > start && matches!(bytes[i - 1], b's' | b'S') && !n1.is_some_and(is_alnum) {
                possessive = true;
                next = Some(after);
            }
            break;
        }
        if ch == '.' && letters == 1 && i == start + 1 {
            // Dotted abbreviation: "U.S.", "U.S.A.", "a.m.".
            let mut j = i;
            let mut pairs = 0;
            while j + 2 < limit
                && bytes[j] == b'.'
                && bytes[j + 1].is_ascii_alphabetic()
                && (bytes[j + 2] == b'.' || !bytes[j + 2].is_ascii_alphanumeric())
            {
                rest |= ASCII_CLASS[bytes[j + 1] as usize];
                letters += 1;
                j += 2;
                pairs += 1;
                if bytes[j] != b'.' {
                    break;
                }
            }
            if pairs > 0 {
                i = if j < limit && bytes[j] == b'.' {
                    j + 1
                } else {
                    j
                };
            }
        }
        break;
    }
    let next = next.unwrap_or(i);
    let space_after = next < limit && bytes[next] == b' ';
    Word {
        end: i,
        next: next + usize::from(space_after),
        space_after,
        possessive,
        shape: word_shape(first, rest, letters),
        inner_upper: true,
    }
}

#[inline]
fn char_at(body: &str, i: usize, limit: usize) -> Option<char> {
    if i >= limit {
        None
    } else {
        body[i..].chars().next()
    }
}

/// Mark a paragraph as headline-style when it has no closing sentence punctuation and nearly all of
/// its words are capitalised ("Prime Minister Calls Snap Vote As Coalition Collapses").
fn mark_headline(toks: &mut [Token]) {
    let Some(last) = toks.last() else { return };
    // A line ending in a full stop is prose; so is one ending in a quotation that closes with one.
    // A headline may end with a quoted title ("Review: X Find Their Voice on “Harbour Lights”").
    let quote_closes = matches!(last.shape, Shape::Punct('”' | '"' | '’'))
        && toks.len() >= 2
        && !toks[toks.len() - 2].is_word();
    // A parenthesised line is a credit or a note ("(Reporting by Aisha Raman; Editing by Tom
    // Whitcombe)"), whose capitals are names.
    let parenthesised = toks[0].is_punct('(') && last.is_punct(')');
    if matches!(last.shape, Shape::Punct('.' | '!' | '?')) || quote_closes || parenthesised {
        return;
    }
    // Counted here rather than while tokenizing: most paragraphs end in a full stop.
    let (mut words, mut caps, mut short_lower) = (0usize, 0usize, 0usize);
    for t in toks.iter() {
        match t.shape {
            Shape::Cap | Shape::Upper => caps += 1,
            // Lower-case words of at most three bytes ("of", "to", "a").
            Shape::Lower => short_lower += usize::from(t.end - t.start <= 3),
            _ => continue,
        }
        words += 1;
    }
    // Short function words ("of", "to", "a") stay lower case in many headline styles.
    let considered = words - short_lower;
    if words >= 4 && considered > 0 && caps * 5 >= considered * 4 && caps >= 3 {
        for t in toks.iter_mut() {
            t.headline = true;
            if t.is_capitalised() {
                t.initial = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    fn toks(body: &str) -> Vec<Token> {
        tokenize(body, &paragraphs(body), lexicon())
    }

    fn words(body: &str) -> Vec<(&str, bool)> {
        toks(body)
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.text(body), t.initial))
            .collect()
    }

    #[test]
    fn strips_possessives_and_keeps_inner_apostrophes() {
        let body = "Kabul’s mayor met O'Hare staff and the Rovers’ fans. It's Massoud's.";
        let t = toks(body);
        let w: Vec<_> = t
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.text(body), t.possessive))
            .collect();
        assert_eq!(w[0], ("Kabul", true));
        assert!(w.contains(&("O'Hare", false)));
        assert!(w.contains(&("Rovers", true)));
        assert!(w.contains(&("Massoud", true)));
    }

    #[test]
    fn sentence_starts_skip_titles_and_initials() {
        let body = "He met Mr. Saleh and John F. Kennedy. Then “These things” happened.";
        let w = words(body);
        assert!(w.contains(&("He", true)));
        assert!(w.contains(&("Saleh", false)));
        assert!(w.contains(&("Kennedy", false)));
        assert!(w.contains(&("Then", true)));
        assert!(w.contains(&("These", true)));
    }

    #[test]
    fn dotted_abbreviations_are_one_word() {
        let body = "The U.S. Senate met at 9 a.m. today.";
        let t = toks(body);
        let us = t
            .iter()
            .find(|t| t.text(body) == "U.S.")
            .expect("U.S. token");
        assert_eq!(us.shape, Shape::Upper);
    }

    #[test]
    fn hyphens_are_separate_tokens() {
        let body = "an anti-Taliban stance";
        let w: Vec<_> = toks(body).iter().map(|t| t.text(body)).collect();
        assert_eq!(w, ["an", "anti", "-", "Taliban", "stance"]);
    }

    #[test]
    fn a_token_per_byte_fills_the_room_reserved() {
        // One token per byte, the most a paragraph can hold, then a paragraph after it.
        let body = "(.,;:!?)\n\nNext one";
        let t = toks(body);
        let w: Vec<_> = t.iter().map(|t| t.text(body)).collect();
        assert_eq!(w, ["(", ".", ",", ";", ":", "!", "?", ")", "Next", "one"]);
        assert!(t[0].para_start && t[8].para_start && !t[9].para_start);
    }

    #[test]
    fn a_paragraph_longer_than_a_stretch_reads_on_across_it() {
        // 7 bytes a turn: stretch boundaries fall inside words, after periods and on spaces;
        // one word per turn runs over 8 bytes, so the 8-byte letter loop crosses them too.
        let turns = 3 * TOKEN_STRETCH / 7;
        let body = "Ab cd. ".repeat(turns) + "Internationally. ,,,,";
        let t = toks(&body);
        assert_eq!(t.len(), 3 * turns + 6);
        for (k, tok) in t[..3 * turns].iter().enumerate() {
            let want = ["Ab", "cd", "."][k % 3];
            assert_eq!(tok.text(&body), want, "token {k}");
            // A sentence starts after every period, wherever the stretch ended.
            assert_eq!(tok.initial, k % 3 == 0, "token {k}");
            assert_eq!(tok.start as usize, 7 * (k / 3) + [0, 3, 5][k % 3]);
        }
        assert_eq!(t[3 * turns].text(&body), "Internationally");
        assert!(t[3 * turns].initial && t[1..].iter().all(|t| !t.para_start));
    }

    #[test]
    fn long_letter_runs_keep_their_shape() {
        // Runs longer than one and two 8-byte chunks, ending at a space, a period or the end.
        let body = "Internationalisation NATOALLIANCEMEMBERS abcdefghijklmnop2 Abcdefghijklmnopq. \
                    xyzxyzxyzxyzxyzxyzQ";
        let t = toks(body);
        let shapes: Vec<_> = t.iter().map(|t| (t.text(body), t.shape)).collect();
        assert_eq!(
            shapes,
            [
                ("Internationalisation", Shape::Cap),
                ("NATOALLIANCEMEMBERS", Shape::Upper),
                ("abcdefghijklmnop2", Shape::Number),
                ("Abcdefghijklmnopq", Shape::Cap),
                (".", Shape::Punct('.')),
                ("xyzxyzxyzxyzxyzxyzQ", Shape::Lower),
            ]
        );
    }

    #[test]
    fn headline_lines_expect_capitals_everywhere() {
        let body = "Prime Minister Calls Snap Vote As Coalition Collapses\n\nShe said so.";
        let t = toks(body);
        assert!(t[0].headline && t[3].initial);
        assert!(!t.last().unwrap().headline);
    }
}
