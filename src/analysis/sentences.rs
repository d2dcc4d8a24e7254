//! Sentence segmentation for news English.
//!
//! One forward pass per paragraph: a scan of 64-byte windows (one bit mask each) jumps to the
//! candidate ends (`.` `?` `!` `…`), to multi-byte marks (bullets, curly quotes) and to line
//! breaks; at each candidate a local look-behind (the token before: abbreviation, initial,
//! number, URL) and look-ahead (the next word's case, sentence openers, a quote's attribution)
//! decide. Word lists live in `assets/lexicon/` and are parsed once. Sentences never cross
//! paragraphs; a line break alone does not end a sentence, but a line that starts a list item
//! does.

mod bytes;
mod decide;
mod lexicon;
mod lists;
mod scan;
mod tokens;

#[cfg(test)]
mod tests;

use self::bytes::{
    bullet_len, is_ellipsis_char, skip_closers, skip_spaces, space_len, space_len_ending_at,
};
use self::decide::{Context, EllipsisEnd};
use self::lists::RunningList;
use self::tokens::{next_word, plain_word};
use super::span::Span;

/// Split each paragraph of `body` into sentence spans (trimmed, in order, non-overlapping, each
/// inside its paragraph).
pub fn sentences(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    let lex = lexicon::lexicon();
    let mut out = Vec::with_capacity(body.len() / 96 + paragraphs.len());
    for p in paragraphs {
        let text = p.text(body);
        let mut segmenter = Segmenter {
            ctx: Context {
                text,
                lex,
                sentence_start: 0,
            },
            base: p.start,
            text_start: 0,
            list: RunningList::new(),
            out: &mut out,
        };
        segmenter.run();
    }
    out
}

/// Whether an unambiguous opening quote (“ or «) starts at `i`.
fn opens_quote_glued(b: &[u8], i: usize) -> bool {
    matches!(b.get(i..i + 3), Some([0xE2, 0x80, 0x9C]))
        || matches!(b.get(i..i + 2), Some([0xC2, 0xAB]))
}

/// The state of one paragraph's pass.
struct Segmenter<'a, 'o> {
    ctx: Context<'a>,
    /// Offset of the paragraph in the body.
    base: usize,
    /// Where the current sentence's text begins: its start past leading whitespace.
    text_start: usize,
    list: RunningList,
    out: &'o mut Vec<Span>,
}

impl Segmenter<'_, '_> {
    fn run(&mut self) {
        let b = self.ctx.text.as_bytes();
        let len = b.len();
        let mut pos = self.begin_sentence(0);
        let mut candidates = scan::Candidates::new(b);
        while pos < len {
            let item = self.list.next_marker(b, pos);
            let i = candidates.next(b, pos).min(item);
            if i >= len {
                break;
            }
            let next = if i == item {
                self.cut(i, i)
            } else {
                match b[i] {
                    b'.' => self.at_dots(i),
                    b'\n' => self.at_line_break(i),
                    0xE2 => self.at_wide_mark(i),
                    _ => self.at_exclamation(i),
                }
            };
            pos = next.max(i + 1);
        }
        self.push(len);
    }

    /// Close the current sentence at `end` and start the next one at `next`; returns where the
    /// scan goes on.
    fn cut(&mut self, end: usize, next: usize) -> usize {
        self.push(end);
        self.begin_sentence(next)
    }

    /// Record the current sentence, ending at `end`, trimmed of whitespace (the same characters
    /// as `char::is_whitespace`, read from the bytes), unless nothing is left.
    fn push(&mut self, end: usize) {
        let b = self.ctx.text.as_bytes();
        let from = self.text_start;
        let mut to = end;
        while to > from {
            let n = space_len_ending_at(b, to - 1);
            if n == 0 {
                break;
            }
            to -= n;
        }
        if to > from {
            self.out.push(Span::new(self.base + from, self.base + to));
        }
    }

    /// A sentence starts at `start`: step over a bullet and a list marker ("• 2.") so that the
    /// marker's period is not taken for an end. Returns where the scan goes on.
    fn begin_sentence(&mut self, start: usize) -> usize {
        self.ctx.sentence_start = start;
        let b = self.ctx.text.as_bytes();
        if let Some([c, d]) = b.get(start..start + 2) {
            if c.is_ascii_alphabetic() && d.is_ascii_alphabetic() {
                // The common case, a plain word: no spaces to skip, no list item.
                self.text_start = start;
                return start;
            }
        }
        let mut k = skip_spaces(b, start);
        self.text_start = k;
        if !lists::may_start_item(b, k) {
            return k;
        }
        k += lists::bullet_at(b, k);
        if let Some(marker) = lists::marker_at(b, k) {
            self.list.item(b, marker);
            return marker.end;
        }
        k
    }

    /// A line break inside the paragraph ends the sentence only when a list item follows.
    fn at_line_break(&mut self, i: usize) -> usize {
        if lists::item_starts_line(self.ctx.text.as_bytes(), i + 1) {
            self.cut(i, i + 1)
        } else {
            i + 1
        }
    }

    /// A multi-byte character starting with 0xE2: an ellipsis, a bullet, or (mostly) a curly
    /// quote or dash that needs nothing.
    fn at_wide_mark(&mut self, i: usize) -> usize {
        let b = self.ctx.text.as_bytes();
        if is_ellipsis_char(b, i) {
            return self.at_dots(i);
        }
        let n = bullet_len(b, i);
        if n > 0 && (i == 0 || space_len_ending_at(b, i - 1) > 0) && i > self.ctx.sentence_start {
            return self.cut(i, i);
        }
        i + 1
    }

    /// `?` or `!` (also `?!`, `!!`), maybe inside closing quotes or brackets.
    fn at_exclamation(&mut self, i: usize) -> usize {
        let b = self.ctx.text.as_bytes();
        let mut k = i;
        while matches!(b.get(k), Some(b'?' | b'!')) {
            k += 1;
        }
        let (after, quoted) = skip_closers(b, k);
        let Some(j) = self.gap_after(after) else {
            return after.max(k);
        };
        let next = next_word(self.ctx.text, j);
        if decide::continues(&next) || (quoted && decide::attribution_follows(&self.ctx, j)) {
            return j;
        }
        self.cut(after, j)
    }

    /// A period or an ellipsis.
    fn at_dots(&mut self, i: usize) -> usize {
        let b = self.ctx.text.as_bytes();
        match b.get(i + 1) {
            // Glued to more text ("U.S", "3.5"): no end here, whatever came before.
            Some(c) if c.is_ascii_alphanumeric() => return i + 1,
            // The paragraph's final period: the paragraph's end closes the sentence anyway.
            None => return i + 1,
            _ => {}
        }
        if let Some(&[b' ', c]) = b.get(i + 1..i + 3) {
            // The common case "word. Next": a single period, no closers, one space and no more
            // dots or spaces after it, so the run, the closers and the gap need no reading.
            let j = i + 2;
            let next = if c.is_ascii_alphanumeric() {
                // A plain word or number ("No. 10"): not even openers to step over.
                Some(plain_word(self.ctx.text, j, c))
            } else if c != b'.' && !is_ellipsis_char(b, j) && space_len(b, j) == 0 {
                Some(next_word(self.ctx.text, j))
            } else {
                None
            };
            if let Some(next) = next {
                return if decide::period_ends(&self.ctx, i, &next) {
                    self.cut(i + 1, j)
                } else {
                    j
                };
            }
        }
        let run = decide::dot_run(b, i);
        let (after, quoted) = skip_closers(b, run.end);
        let Some(j) = self.gap_after(after) else {
            return after.max(run.end);
        };
        let next = next_word(self.ctx.text, j);
        if run.dots >= 2 {
            return match decide::ellipsis_end(b, i, run, &next) {
                EllipsisEnd::Continues => j,
                EllipsisEnd::After if quoted && decide::attribution_follows(&self.ctx, j) => j,
                EllipsisEnd::After => self.cut(after, j),
                EllipsisEnd::AtPeriod => {
                    self.cut(i + 1, i + 2);
                    j
                }
            };
        }
        let ends = decide::period_ends(&self.ctx, i, &next)
            && !(quoted && decide::attribution_follows(&self.ctx, j));
        if ends {
            self.cut(after, j)
        } else {
            j
        }
    }

    /// After a candidate end and its closing marks: the start of the next word when whitespace
    /// and then a word follow, `None` when the mark is glued to more text ("3.5", "Jr.’s") or
    /// ends the paragraph.
    fn gap_after(&self, after: usize) -> Option<usize> {
        let b = self.ctx.text.as_bytes();
        if after >= b.len() {
            return None;
        }
        if space_len(b, after) == 0 {
            // `said.“Next` (a missing space before an opening curly quote) still separates.
            return opens_quote_glued(b, after).then_some(after);
        }
        let j = skip_spaces(b, after);
        (j < b.len()).then_some(j)
    }
}
