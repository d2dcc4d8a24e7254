//! The boundary decisions: given a candidate end (a period, an ellipsis, `?`/`!`) and the word
//! after it, does the sentence end there? Each rule looks only at the token before and the
//! word(s) after, so the whole segmenter stays one forward pass.

use super::bytes::{is_ellipsis_char, space_len, space_len_ending_at};
use super::lexicon::{AbbrevKind, Lexicon};
use super::tokens::{
    is_capitalised, is_dotted_abbreviation, is_lowercase_word, is_single_capital,
    plain_token_before, token_before, word_before, Initial, Next,
};

/// Prepositions that open a short time phrase ("At 5 a.m.", "By 9 p.m."): after such a phrase
/// the sentence has no verb yet, so "a.m." cannot have ended it.
const TIME_PHRASE_OPENERS: &[&str] = &[
    "At",
    "By",
    "Before",
    "After",
    "Until",
    "Till",
    "From",
    "Since",
    "Around",
    "About",
    "On",
    "Shortly",
    "Just",
    "Early",
    "Late",
    "Starting",
    "Beginning",
    "Between",
    "Near",
];
/// Most words such a phrase may have before the abbreviation ("Shortly after 6").
const TIME_PHRASE_WORDS: usize = 4;
/// Most capitalised words a speaker's name may have in `"…?" Ana María Ortiz asked.`
const SPEAKER_WORDS: usize = 3;

/// What the segmenter knows when it weighs a candidate end.
pub struct Context<'a> {
    /// The paragraph's text; offsets are relative to it.
    pub text: &'a str,
    pub lex: &'static Lexicon,
    /// Where the current sentence began.
    pub sentence_start: usize,
}

/// What a word after a candidate end says by itself: a lowercase word or `,;:` continues.
pub fn continues(next: &Next) -> bool {
    matches!(next.initial, Initial::Lower | Initial::ClausePunct)
}

/// The way the token before a period behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Abbreviation(AbbrevKind),
    Ordinary,
}

/// The token before a period, as far as the decision needs it.
struct Token<'a> {
    /// Its offset in the paragraph.
    start: usize,
    word: &'a str,
    /// Its abbreviation kind in the word list, if any.
    listed: Option<AbbrevKind>,
    /// Whether it is a single uppercase letter ("E" in "Jonas E. Smith").
    single_capital: bool,
}

/// How the token before a period behaves.
#[inline]
fn classify(ctx: &Context, token: &Token) -> TokenKind {
    let Token { start, word, .. } = *token;
    if let Some(kind) = token.listed {
        if kind == AbbrevKind::Saint {
            // "Harbor St." is a street (it may end the sentence); "St. Anselm" a saint.
            let street = word_before(ctx.text, start).is_some_and(is_capitalised);
            let kind = if street {
                AbbrevKind::Final
            } else {
                AbbrevKind::Title
            };
            return TokenKind::Abbreviation(kind);
        }
        return TokenKind::Abbreviation(kind);
    }
    if token.single_capital {
        // "you and I." is the pronoun; "Albert I. Jones", "George W. Bush" are initials.
        let pronoun = word == "I" && word_before(ctx.text, start).is_some_and(is_lowercase_word);
        if !pronoun {
            return TokenKind::Abbreviation(AbbrevKind::Final);
        }
    } else if is_dotted_abbreviation(word) {
        return TokenKind::Abbreviation(AbbrevKind::Final);
    }
    TokenKind::Ordinary
}

/// The token that ends at the period `i`, or `None` when it is too long to be anything but an
/// ordinary word.
#[inline]
fn token_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Token<'a>> {
    // Most tokens are plain words after a space: read and looked up from one load.
    if let Some((start, window)) = plain_token_before(ctx.text.as_bytes(), i) {
        let len = i - start;
        return Some(Token {
            start,
            word: &ctx.text[start..i],
            listed: ctx.lex.plain_abbreviation(window, len),
            single_capital: len == 1 && ((window >> 120) as u8).is_ascii_uppercase(),
        });
    }
    let (start, word) = token_before(ctx.text, i)?;
    Some(Token {
        start,
        word,
        listed: ctx.lex.abbreviation(word),
        single_capital: is_single_capital(word),
    })
}

/// Whether a single period at `i` ends the sentence, given the `next` word (there is one).
#[inline]
pub fn period_ends(ctx: &Context, i: usize, next: &Next) -> bool {
    if continues(next) {
        return false;
    }
    let Some(token) = token_at(ctx, i) else {
        return true;
    };
    if token.single_capital && is_initial_at(ctx.text, next) {
        return false; // a run of initials: "I. M. Pell"
    }
    let start = token.start;
    match classify(ctx, &token) {
        TokenKind::Ordinary => true,
        TokenKind::Abbreviation(kind) => match kind {
            AbbrevKind::Title | AbbrevKind::Connector | AbbrevKind::Saint => false,
            AbbrevKind::Number => next.initial != Initial::Digit,
            AbbrevKind::Terminal => next.initial == Initial::Upper,
            AbbrevKind::Final => {
                next.initial == Initial::Upper
                    && (next.quoted || ctx.lex.is_starter(next.word()))
                    && !is_initial_at(ctx.text, next)
            }
            AbbrevKind::Time => {
                next.initial == Initial::Upper
                    && !ctx.lex.is_time_follower(next.word())
                    && !followed_by_time(ctx.text, next.word_end())
                    && !in_time_phrase(ctx, start)
            }
        },
    }
}

/// Whether the next word is itself an initial ("A." in "J. A. Okoro").
fn is_initial_at(text: &str, next: &Next) -> bool {
    let word = next.word();
    is_single_capital(word) && text.as_bytes().get(next.word_end()) == Some(&b'.')
}

/// Whether the word after `at` is "time" ("10 a.m. Kabul time").
fn followed_by_time(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let n = space_len(b, at);
    n > 0
        && text[at + n..].starts_with("time")
        && !b.get(at + n + 4).is_some_and(u8::is_ascii_alphabetic)
}

/// Whether the sentence so far is a short time phrase opened by a preposition ("At 5").
fn in_time_phrase(ctx: &Context, token_start: usize) -> bool {
    let before = &ctx.text[ctx.sentence_start..token_start];
    let mut words = before.split_whitespace();
    let first = words.next().map(|w| w.trim_start_matches(['"', '“', '(']));
    first.is_some_and(|w| TIME_PHRASE_OPENERS.contains(&w))
        && words.nth(TIME_PHRASE_WORDS - 1).is_none()
}

/// Where an ellipsis leaves the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EllipsisEnd {
    /// The ellipsis marks an omission inside the sentence.
    Continues,
    /// The sentence ends after the ellipsis (and its closing marks).
    After,
    /// "word. . . . Next": the period ends the sentence; the spaced ellipsis opens the next.
    AtPeriod,
}

/// A run of dots starting at `i`: `...`, `…`, `. . .`, `....`, `. . . .`.
#[derive(Debug, Clone, Copy)]
pub struct DotRun {
    /// Offset just after the last dot.
    pub end: usize,
    /// Number of dots (`…` counts three).
    pub dots: usize,
}

/// Read the run of dots that starts at `i` (a `.` or `…`), allowing single spaces between dots.
pub fn dot_run(b: &[u8], i: usize) -> DotRun {
    let mut k = i;
    let mut dots = 0;
    let mut end = i;
    loop {
        if b.get(k) == Some(&b'.') {
            dots += 1;
            k += 1;
        } else if b.get(k..k + 3) == Some(&[0xE2, 0x80, 0xA6][..]) {
            dots += 3;
            k += 3;
        } else {
            break;
        }
        end = k;
        if b.get(k) == Some(&b' ') && (b.get(k + 1) == Some(&b'.') || is_ellipsis_char(b, k + 1)) {
            k += 1;
        }
    }
    DotRun { end, dots }
}

/// Decide an ellipsis starting at `i` (a run of two or more dots) before the `next` word.
pub fn ellipsis_end(b: &[u8], i: usize, run: DotRun, next: &Next) -> EllipsisEnd {
    let before = i.checked_sub(1).map(|p| b[p]);
    if matches!(before, Some(b'[' | b'(')) || continues(next) {
        return EllipsisEnd::Continues;
    }
    let attached = i > 0 && space_len_ending_at(b, i - 1) == 0;
    if attached && b.get(i) == Some(&b'.') && b.get(i + 1) == Some(&b' ') {
        EllipsisEnd::AtPeriod
    } else if run.dots >= 4 || attached {
        EllipsisEnd::After
    } else {
        EllipsisEnd::Continues
    }
}

/// Length of the run of letters, hyphens and apostrophes at `k`: ASCII read byte by byte,
/// characters decoded only from the first non-ASCII byte on.
fn name_or_verb_len(text: &str, k: usize) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    while let Some(&c) = b.get(k + n) {
        if c >= 0x80 {
            break;
        }
        if !(c.is_ascii_alphabetic() || c == b'-' || c == b'\'') {
            return n;
        }
        n += 1;
    }
    text[k + n..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '’' || c == '\''))
        .map_or(text.len() - k, |(off, _)| n + off)
}

/// Whether the words at `j` are a speaker and a verb of saying closing a quotation
/// (`"…?" Ortiz asked.`), so the quote's end does not end the sentence.
pub fn attribution_follows(ctx: &Context, j: usize) -> bool {
    let text = ctx.text;
    let b = text.as_bytes();
    let mut k = j;
    let mut names = 0;
    loop {
        let word_len = name_or_verb_len(text, k);
        if word_len == 0 {
            return false;
        }
        let word = &text[k..k + word_len];
        let end = k + word_len;
        if is_lowercase_word(word) {
            let closes = end == b.len() || matches!(b[end], b'.' | b',' | b';' | b'!' | b'?');
            return names > 0 && closes && ctx.lex.is_attribution_verb(word);
        }
        names += 1;
        let gap = space_len(b, end);
        if names > SPEAKER_WORDS || gap == 0 {
            return false;
        }
        k = end + gap;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_runs_over_letters_hyphens_and_apostrophes_in_any_script() {
        let text = "Ortiz asked. Jean-Luc O'Neill’s said, Ana María Ñúñez-Díaz x";
        for k in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            let by_chars = text[k..]
                .char_indices()
                .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '’' || c == '\''))
                .map_or(text.len() - k, |(off, _)| off);
            assert_eq!(name_or_verb_len(text, k), by_chars, "at {k}");
        }
    }
}
