//! Local look-behind and look-ahead around a candidate sentence end: the token just before a
//! period (quotes and brackets stripped), the word before that, and the shape of the next word.

use super::bytes::{
    closer_len_ending_at, dash_ending_at, opener_len, skip_openers, space_len_ending_at,
};

/// How far back a token is looked for; longer tokens (URLs, noise) are treated as ordinary words.
const MAX_LOOK_BEHIND: usize = 64;
/// Longest next word that is worth comparing with the word lists, in bytes.
const MAX_WORD: usize = 24;

/// The first character of the next word, after any opening quotes or brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Initial {
    Lower,
    Upper,
    Digit,
    /// `,` `;` `:` — punctuation that continues a clause and cannot open a sentence.
    ClausePunct,
    Other,
}

/// What follows a candidate sentence end. The word itself is read only when a rule asks for it.
#[derive(Debug, Clone, Copy)]
pub struct Next<'a> {
    pub initial: Initial,
    /// Whether the next word is introduced by an opening quote mark.
    pub quoted: bool,
    text: &'a str,
    /// Offset of the word, after any opening quotes or brackets.
    start: usize,
}

impl<'a> Next<'a> {
    /// The run of letters at the start of the next word ("It" in "It’s").
    pub fn word(&self) -> &'a str {
        &self.text[self.start..self.scan_word()]
    }

    /// Byte offset just after `word`.
    pub fn word_end(&self) -> usize {
        self.scan_word()
    }

    fn scan_word(&self) -> usize {
        let (text, k) = (self.text, self.start);
        let b = text.as_bytes();
        // ASCII letters fast, any alphabetic character after the first non-ASCII byte.
        let limit = b.len().min(k + MAX_WORD);
        let mut end = k;
        while end < limit && b[end].is_ascii_alphabetic() {
            end += 1;
        }
        let ascii = end - k;
        if end < limit && b[end] >= 0x80 {
            for (off, c) in text[end..].char_indices() {
                if !c.is_alphabetic() || ascii + off >= MAX_WORD {
                    break;
                }
                end = k + ascii + off + c.len_utf8();
            }
        }
        end
    }
}

/// Read the next word starting at `j` (already past whitespace).
pub fn next_word(text: &str, j: usize) -> Next<'_> {
    let b = text.as_bytes();
    if let Some(&c) = b.get(j).filter(|c| c.is_ascii_alphabetic()) {
        // The common case, a plain word: no openers to step over.
        return plain_word(text, j, c);
    }
    let k = skip_openers(b, j);
    let quoted = b[j..k]
        .iter()
        .any(|&c| matches!(c, b'"' | b'\'' | 0x9C | 0x98 | 0xAB));
    let initial = match b.get(k) {
        Some(c) if c.is_ascii_lowercase() => Initial::Lower,
        Some(c) if c.is_ascii_uppercase() => Initial::Upper,
        Some(c) if c.is_ascii_digit() => Initial::Digit,
        Some(b',' | b';' | b':') => Initial::ClausePunct,
        Some(c) if *c >= 0x80 => match text[k..].chars().next() {
            Some(c) if c.is_lowercase() => Initial::Lower,
            Some(c) if c.is_uppercase() => Initial::Upper,
            _ => Initial::Other,
        },
        _ => Initial::Other,
    };
    Next {
        initial,
        quoted,
        text,
        start: k,
    }
}

/// The next word at `j`, known to start with the ASCII letter or digit `c` (no openers before
/// it).
#[inline]
pub fn plain_word(text: &str, j: usize, c: u8) -> Next<'_> {
    let initial = if c.is_ascii_lowercase() {
        Initial::Lower
    } else if c.is_ascii_uppercase() {
        Initial::Upper
    } else {
        Initial::Digit
    };
    Next {
        initial,
        quoted: false,
        text,
        start: j,
    }
}

/// The token that ends at `end` (exclusive) and starts after whitespace or a dash, with opening
/// quotes/brackets at its start and closing ones at its end removed. `None` when it is longer
/// than the look-behind window.
pub fn token_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let floor = end.saturating_sub(MAX_LOOK_BEHIND);
    // Letters are never a boundary: step over them fast.
    let mut start = start_of_letters(b, end, floor);
    if start < end && start > 0 && b[start - 1] == b' ' {
        // The common case, a plain word after a space: nothing to strip.
        return Some((start, &text[start..end]));
    }
    while start > 0 {
        let last = start - 1;
        let c = b[last];
        let wide_or_space = c >= 0x80 || c.is_ascii_whitespace();
        if wide_or_space && (space_len_ending_at(b, last) > 0 || dash_ending_at(b, last)) {
            break;
        }
        if start <= floor {
            return None;
        }
        start -= 1;
    }
    loop {
        let n = opener_len(b, start);
        if n == 0 || start + n > end {
            break;
        }
        start += n;
    }
    let mut stop = end;
    while stop > start {
        let n = closer_len_ending_at(b, stop - 1);
        if n == 0 || stop - n < start {
            break;
        }
        stop -= n;
    }
    Some((start, &text[start..stop]))
}

/// The common token before a period, read from one sixteen-byte window: ASCII letters and dots
/// after a space or at the start of the text ("said", "Mr", "U.S"). Returns its start and the
/// sixteen bytes that end with it as a little-endian integer (the token is its top bytes);
/// `None` for any other token, which [`token_before`] reads. For such a token `token_before` finds the
/// same start and strips nothing: letters and dots are neither boundaries, openers nor closers.
#[inline]
pub fn plain_token_before(b: &[u8], end: usize) -> Option<(usize, u128)> {
    let window: [u8; 16] = match end.checked_sub(16) {
        Some(from) => b[from..end].try_into().expect("sixteen bytes"),
        None => {
            // Near the start of the text: pad with spaces, the token then starts at 0.
            let mut window = [b' '; 16];
            window[16 - end..].copy_from_slice(&b[..end]);
            window
        }
    };
    let other = not_letters_or_dots(window);
    if other == 0 {
        return None;
    }
    // The last other byte is at 15 - len; the token is the len bytes after it.
    let len = other.leading_zeros() as usize;
    if len == 0 || window[15 - len] != b' ' {
        return None;
    }
    Some((end - len, u128::from_le_bytes(window)))
}

/// One bit per byte of `window` (bit `k` for byte `k`) that is neither an ASCII letter nor `.`.
#[cfg(target_arch = "x86_64")]
#[inline]
fn not_letters_or_dots(window: [u8; 16]) -> u16 {
    // SAFETY: SSE2 is part of the x86-64 baseline, so every x86-64 CPU has the feature
    // `not_letters_or_dots_sse2` is compiled for.
    unsafe { not_letters_or_dots_sse2(window) }
}

#[cfg(target_arch = "x86_64")]
#[inline]
#[target_feature(enable = "sse2")]
fn not_letters_or_dots_sse2(window: [u8; 16]) -> u16 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8, _mm_set_epi64x,
    };
    let v = u128::from_le_bytes(window);
    let w = _mm_set_epi64x((v >> 64) as i64, v as i64);
    // Setting bit 5 lowers ASCII capitals; in signed bytes, `a..=z` is then the range
    // 0x61..=0x7A and every byte from 0x80 up is negative, so below it.
    let lower = _mm_or_si128(w, _mm_set1_epi8(0x20));
    let from_a = _mm_cmpgt_epi8(lower, _mm_set1_epi8(b'a' as i8 - 1));
    let to_z = _mm_cmplt_epi8(lower, _mm_set1_epi8(b'z' as i8 + 1));
    let letter = _mm_and_si128(from_a, to_z);
    let dot = _mm_cmpeq_epi8(w, _mm_set1_epi8(b'.' as i8));
    !(_mm_movemask_epi8(_mm_or_si128(letter, dot)) as u16)
}

/// `not_letters_or_dots`, one byte at a time.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn not_letters_or_dots_bytewise(window: [u8; 16]) -> u16 {
    let mut mask = 0;
    for (k, c) in window.into_iter().enumerate() {
        mask |= u16::from(!(c.is_ascii_alphabetic() || c == b'.')) << k;
    }
    mask
}

#[cfg(not(target_arch = "x86_64"))]
use self::not_letters_or_dots_bytewise as not_letters_or_dots;

/// The start of the run of ASCII letters that ends at `end`, looking no further back than
/// `floor`: eight bytes at a time, then byte by byte.
fn start_of_letters(b: &[u8], end: usize, floor: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut start = end;
    while start >= floor + 8 {
        let w = u64::from_le_bytes(b[start - 8..start].try_into().expect("eight bytes"));
        // Per byte, without carries between bytes: lowercased, at least `a`, above `z`.
        let lower = (w & !HIGH) | (ONES * 0x20);
        let from_a = lower + ONES * (0x80 - u64::from(b'a'));
        let past_z = lower + ONES * (0x80 - u64::from(b'z') - 1);
        let not_letter = !(from_a & !past_z & !w) & HIGH;
        if not_letter != 0 {
            // The highest byte is the last one before `start`.
            return start - (not_letter.leading_zeros() / 8) as usize;
        }
        start -= 8;
    }
    while start > floor && b[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    start
}

/// The word before offset `start` (skipping whitespace), openers stripped; `None` at the start of
/// the text or when it is too long.
pub fn word_before(text: &str, start: usize) -> Option<&str> {
    let b = text.as_bytes();
    let mut end = start;
    while end > 0 {
        let n = space_len_ending_at(b, end - 1);
        if n == 0 {
            break;
        }
        end -= n;
    }
    if end == 0 || end == start {
        return None;
    }
    token_before(text, end).map(|(_, w)| w)
}

/// Whether `word` begins with an uppercase letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `word` begins with a lowercase letter.
pub fn is_lowercase_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `word` is a single uppercase letter ("E" in "Jonas E. Smith").
#[inline]
pub fn is_single_capital(word: &str) -> bool {
    match word.len() {
        1 => return word.as_bytes()[0].is_ascii_uppercase(),
        0 | 5.. => return false,
        _ => {}
    }
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Whether `word` looks like a dotted abbreviation: two or more groups of one or two ASCII
/// letters joined by periods ("U.S.A", "Ph.D", "N.Y"). URLs and e-mail addresses do not.
pub fn is_dotted_abbreviation(word: &str) -> bool {
    let w = word.as_bytes();
    // The first group has one or two letters, so a period follows at 1 or 2: most words are
    // turned down without the loop.
    if !(w.get(1) == Some(&b'.') || w.get(2) == Some(&b'.')) {
        return false;
    }
    // One pass over the bytes: `run` letters in the current group, `dots` groups closed so far.
    let (mut dots, mut run) = (0, 0);
    for &c in w {
        if c == b'.' && run > 0 {
            dots += 1;
            run = 0;
        } else if c.is_ascii_alphabetic() && run < 2 {
            run += 1;
        } else {
            return false;
        }
    }
    run > 0 && dots >= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_before_strips_quotes_and_brackets() {
        let t = "said (“Mr. Okoro";
        assert_eq!(token_before(t, 11), Some((9, "Mr")));
        assert_eq!(token_before("U.S.", 3), Some((0, "U.S")));
        assert_eq!(token_before("end”.", 6), Some((0, "end")));
    }

    #[test]
    fn a_plain_token_is_read_like_any_token() {
        let text = "Mr. Okafor said U.S. aid to St. Brigid’s (see p. 42) etc. e.g. I. \
                    “Quoted. a.m. x.y.z. Abcdefghijklmno. Abcdefghijklmnop. 9 a. 3.5. — Bush.\n\
                    Inc.\u{a0}W. Ortiz,Jr. end";
        let b = text.as_bytes();
        let mut plain = 0;
        for end in (0..=b.len()).filter(|&e| text.is_char_boundary(e)) {
            if let Some((start, window)) = plain_token_before(b, end) {
                plain += 1;
                assert_eq!(
                    token_before(text, end),
                    Some((start, &text[start..end])),
                    "{end}"
                );
                let top = &window.to_le_bytes()[16 - (end - start)..];
                assert_eq!(top, &b[start..end], "{end}");
            }
        }
        assert!(plain > 40, "{plain}");
    }

    #[test]
    fn the_letter_mask_matches_a_byte_by_byte_test() {
        for round in 0..=255u8 {
            let mut window = [0u8; 16];
            for (k, c) in window.iter_mut().enumerate() {
                *c = (k as u8).wrapping_mul(17).wrapping_add(round);
            }
            assert_eq!(
                not_letters_or_dots(window),
                not_letters_or_dots_bytewise(window),
                "round {round}"
            );
        }
    }

    #[test]
    fn letters_are_stepped_over_like_one_byte_at_a_time() {
        let text =
            "x.Abcdefghij@[`{zZaA\u{e9}Q9 mnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".as_bytes();
        for end in 0..=text.len() {
            for floor in [0, end.saturating_sub(3), end.saturating_sub(12), end] {
                let mut expected = end;
                while expected > floor && text[expected - 1].is_ascii_alphabetic() {
                    expected -= 1;
                }
                assert_eq!(
                    start_of_letters(text, end, floor),
                    expected,
                    "{end} {floor}"
                );
            }
        }
    }

    #[test]
    fn next_word_reads_case_behind_quotes() {
        let n = next_word("“It’s late", 0);
        assert_eq!(
            (n.initial, n.word(), n.quoted),
            (Initial::Upper, "It", true)
        );
        assert_eq!(next_word("9 a.m.", 0).initial, Initial::Digit);
        assert_eq!(next_word(", and", 0).initial, Initial::ClausePunct);
    }

    #[test]
    fn a_single_capital_is_one_uppercase_character() {
        for (word, single) in [
            ("E", true),
            ("e", false),
            ("É", true),
            ("é", false),
            ("Σ", true),
        ] {
            assert_eq!(is_single_capital(word), single, "{word}");
        }
        for word in ["", "EU", "Éa", "1", ".", "ΣΣ"] {
            assert!(!is_single_capital(word), "{word}");
        }
    }

    #[test]
    fn the_next_word_is_its_leading_letters_up_to_a_limit() {
        let long = "a".repeat(30);
        let cases = [
            ("It’s late", "It"),
            ("Año nuevo", "Año"),
            ("Zürich.", "Zürich"),
            ("9 a.m.", ""),
            (long.as_str(), &long[..MAX_WORD]),
        ];
        for (text, word) in cases {
            let next = next_word(text, 0);
            assert_eq!((next.word(), next.word_end()), (word, word.len()), "{text}");
        }
        // A character that starts before the limit is kept whole.
        let accented = format!("{}éz", "b".repeat(MAX_WORD - 1));
        assert_eq!(next_word(&accented, 0).word(), &accented[..MAX_WORD + 1]);
    }

    #[test]
    fn dotted_abbreviations_are_not_urls() {
        assert!(is_dotted_abbreviation("U.S.A"));
        assert!(is_dotted_abbreviation("Ph.D"));
        assert!(!is_dotted_abbreviation("example.com"));
        assert!(!is_dotted_abbreviation("3.5"));
        for word in [
            "", ".", "U.", ".S", "U..S", "USA", "Abc.D", "a.b.c", "ab.cd.", "é.u",
        ] {
            let by_groups = word.split('.').count() >= 2
                && word.split('.').all(|g| {
                    (1..=2).contains(&g.len()) && g.bytes().all(|c| c.is_ascii_alphabetic())
                });
            assert_eq!(is_dotted_abbreviation(word), by_groups, "{word}");
        }
    }
}
