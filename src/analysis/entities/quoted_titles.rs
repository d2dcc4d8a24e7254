//! Titles of works written in quote marks: a short quoted span in title case ("Salt on the
//! Window", “The Long Way Home”) names a song, book, film or report, kind `other`. The candidate
//! finder asks at each capitalised word after an opening mark, and the title is one mention, so
//! its capitalised words are neither split into separate names nor dropped as quote-initial
//! capitals.

use super::candidates::Candidate;
use super::kinds;
use super::lexicon::{flag, Lexicon};
use super::tokens::{Shape, Token};
use super::EntityKind;
use crate::analysis::span::Span;

/// Lower-case words that may sit inside a title ("Nightbus to Belleville").
fn is_title_filler(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "on"
            | "in"
            | "at"
            | "for"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "with"
            | "from"
            | "by"
            | "as"
            | "into"
            | "over"
            | "under"
            | "upon"
            | "up"
            | "out"
            | "off"
            | "is"
            | "are"
            | "my"
    )
}

/// The most words a quoted title may have.
const MAX_WORDS: usize = 8;

/// Whether `c` may open a quoted title.
pub fn is_open(c: char) -> bool {
    matches!(c, '“' | '"' | '‘')
}

fn is_close(c: char) -> bool {
    matches!(c, '”' | '"' | '’')
}

/// The token range `[a, b)` of the title opened by the quote mark at `q`, if the quote holds one.
pub fn title_at(body: &str, toks: &[Token], lex: &Lexicon, q: usize) -> Option<(usize, usize)> {
    let Shape::Punct(open) = toks[q].shape else {
        return None;
    };
    if !is_open(open) {
        return None;
    }
    // An opening mark: after a space or the paragraph start, glued to a capitalised word.
    let a = q + 1;
    let first = toks.get(a)?;
    if !(toks[q].space_before || toks[q].para_start)
        || first.space_before
        || !first.is_capitalised()
    {
        return None;
    }
    let mut words = 0;
    let mut k = a;
    let mut last_word = a;
    let mut caps = 0;
    while let Some(t) = toks.get(k) {
        if t.para_start && k > a {
            return None;
        }
        match t.shape {
            Shape::Cap | Shape::Upper => {
                words += 1;
                caps += 1;
                last_word = k;
            }
            Shape::Lower => {
                if !is_title_filler(t.text(body)) {
                    return None;
                }
                words += 1;
            }
            Shape::Number => {
                words += 1;
                last_word = k;
            }
            Shape::Punct(c) if is_close(c) && !t.space_before => break,
            Shape::Punct('-' | '\'' | '’' | '&' | ':') => {}
            // A comma or full stop just inside the closing mark ("Salt on the Window,").
            Shape::Punct(',' | '.' | '?' | '!')
                if toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.shape, Shape::Punct(c) if is_close(c)))
                    && !toks[k + 1].space_before => {}
            _ => return None,
        }
        if words > MAX_WORDS {
            return None;
        }
        k += 1;
    }
    toks.get(k)?;
    let b = last_word + 1;
    // Two words at least, ending on a capitalised word or a number; a quoted known name stays a name.
    if words < 2 || caps < 2 || toks[last_word].shape == Shape::Lower {
        return None;
    }
    if toks[a..b]
        .iter()
        .all(|t| !t.is_word() || t.flags & flag::ENTITY != 0)
    {
        return None;
    }
    // A closing mark followed by a speech verb closes a short quotation ("Thank You," she said).
    let mut n = k + 1;
    while toks.get(n).is_some_and(|t| t.is_word() && n - k <= 3) {
        if lex.get(toks[n].text(body)) & flag::SPEECH != 0 {
            return None;
        }
        n += 1;
    }
    Some((a, b))
}

/// The candidate for the quoted title `[a, b)`: kind `other`.
pub fn candidate(toks: &[Token], a: usize, b: usize) -> Candidate {
    let span = Span::new(toks[a].start as usize, toks[b - 1].end as usize);
    let mut votes = [0.0; 5];
    votes[kinds::index(EntityKind::Other)] = 6.0;
    Candidate {
        span,
        name: span,
        first: a,
        end: b,
        titled: false,
        votes,
        embedded: false,
        alias_of_previous: false,
    }
}
