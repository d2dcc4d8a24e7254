//! Wrapping paragraphs to the reading pane's width (textwrap's first-fit over our own words, so every
//! line is a byte range of the body), a per-width cache that only ever wraps the blocks asked
//! for, and row positions ([`TextPos`]) to walk the wrapped text a few rows at a time.
//!
//! The reading pane is a column of rows made of *blocks*: a paragraph is one block, except that a
//! giant one (a 10 MB line) is cut into blocks of at most [`MAX_BLOCK`] bytes at spaces
//! ([`blocks`]), so a frame only ever wraps the few blocks it shows, never a whole paragraph. Each
//! paragraph's first block has one blank separator row before it (but the first one); the blocks
//! that continue a paragraph follow it directly.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use textwrap::core::{break_words, display_width, Word};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::analysis::Span;

/// The largest block of text wrapped at once, in bytes: a giant paragraph is cut into blocks
/// this size (at a space when there is one near the cut), each wrapped on its own when shown.
pub const MAX_BLOCK: usize = 16 * 1024;

/// How far back from a cut a space is looked for.
const CUT_SEARCH: usize = 1024;

/// The display blocks of `paragraphs`: each paragraph as it is, giant ones cut into contiguous
/// pieces of at most [`MAX_BLOCK`] bytes (a block that continues a paragraph starts exactly where
/// the previous one ends; separate paragraphs never touch).
pub fn blocks(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let bytes = body.as_bytes();
    for p in paragraphs {
        let mut start = p.start;
        while p.end - start > MAX_BLOCK {
            let mut cut = start + MAX_BLOCK;
            while !body.is_char_boundary(cut) {
                cut -= 1;
            }
            let window = cut - CUT_SEARCH.min(cut - start - 1);
            if let Some(space) = memchr::memrchr2(b' ', b'\n', &bytes[window..cut]) {
                cut = window + space + 1;
            }
            out.push(Span::new(start, cut));
            start = cut;
        }
        out.push(Span::new(start, p.end));
    }
    out
}

/// Wrap one paragraph (or block) to `width` columns. Each line is the byte range from its first word's start to
/// its last word's end; spaces and newlines between words are kept inside the range.
pub fn wrap_paragraph(body: &str, paragraph: Span, width: usize) -> Vec<Span> {
    let width = width.max(1);
    let text = paragraph.text(body);
    let bytes = text.as_bytes();
    let is_space = |b: u8| b == b' ' || b == b'\n';
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        let word_end = i;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if word_end > start {
            let word = &text[start..word_end];
            words.push(Word {
                word,
                whitespace: &text[word_end..i],
                penalty: "",
                width: display_width(word),
            });
        }
    }
    if words.is_empty() {
        return vec![Span::new(paragraph.start, paragraph.start)];
    }
    let words = break_words(words, width);
    let base = text.as_ptr() as usize;
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            let start = first.word.as_ptr() as usize - base;
            let end = last.word.as_ptr() as usize - base + last.word.len();
            Some(Span::new(paragraph.start + start, paragraph.start + end))
        })
        .collect()
}

/// The wrapped lines of the paragraphs asked for so far, at one width. Interior mutability lets the
/// pure view fill it; a new width empties it. Nothing is allocated until an article is shown (a
/// folder of 10,000 articles has 10,000 caches, most of them never used).
#[derive(Debug, Default)]
pub struct WrapCache {
    inner: RefCell<Option<Box<CacheInner>>>,
}

#[derive(Debug, Default)]
struct CacheInner {
    width: usize,
    lines: HashMap<usize, Rc<[Span]>>,
}

impl Clone for WrapCache {
    fn clone(&self) -> Self {
        WrapCache::default()
    }
}

impl WrapCache {
    /// The lines of block `index` wrapped to `width`, wrapping it on first use.
    pub fn lines(&self, body: &str, blocks: &[Span], index: usize, width: usize) -> Rc<[Span]> {
        let mut slot = self.inner.borrow_mut();
        let inner = slot.get_or_insert_with(Box::default);
        if inner.width != width {
            inner.width = width;
            inner.lines.clear();
        }
        inner
            .lines
            .entry(index)
            .or_insert_with(|| wrap_paragraph(body, blocks[index], width).into())
            .clone()
    }

    /// Forget everything (the paragraphs changed), giving the memory back.
    pub fn clear(&self) {
        self.inner.borrow_mut().take();
    }

    /// How many paragraphs are cached (for tests and benchmarks).
    pub fn cached(&self) -> usize {
        self.inner
            .borrow()
            .as_ref()
            .map_or(0, |inner| inner.lines.len())
    }
}

/// A row of the reading pane: block `para`, row `row` of it (row 0 is the blank separator for
/// every block that starts a paragraph, but the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct TextPos {
    pub para: usize,
    pub row: usize,
}

/// The text of one article seen at one width: walks rows, maps offsets to rows and back.
pub struct TextGrid<'a> {
    pub body: &'a str,
    /// The display blocks (see [`blocks`]).
    pub blocks: &'a [Span],
    pub cache: &'a WrapCache,
    pub width: usize,
}

/// What sits on one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Blank,
    Line(Span),
}

impl TextGrid<'_> {
    /// 1 when block `para` starts a paragraph other than the first (a blank row goes before it).
    fn separator(&self, para: usize) -> usize {
        usize::from(para > 0 && self.blocks[para - 1].end != self.blocks[para].start)
    }

    fn lines(&self, para: usize) -> Rc<[Span]> {
        self.cache.lines(self.body, self.blocks, para, self.width)
    }

    /// How many rows paragraph `para` takes, its separator included.
    pub fn block_len(&self, para: usize) -> usize {
        self.lines(para).len() + self.separator(para)
    }

    /// The row of the first position, and the last row of the text.
    pub fn first(&self) -> TextPos {
        TextPos::default()
    }

    pub fn last(&self) -> TextPos {
        match self.blocks.len() {
            0 => TextPos::default(),
            n => TextPos {
                para: n - 1,
                row: self.block_len(n - 1) - 1,
            },
        }
    }

    /// What is on the row at `pos`.
    pub fn row(&self, pos: TextPos) -> Row {
        if self.blocks.is_empty() {
            return Row::Blank;
        }
        let sep = self.separator(pos.para);
        if pos.row < sep {
            return Row::Blank;
        }
        match self.lines(pos.para).get(pos.row - sep) {
            Some(line) => Row::Line(*line),
            None => Row::Blank,
        }
    }

    /// The row whose line holds byte `offset` (the nearest line before it when it falls between).
    pub fn pos_of(&self, offset: usize) -> TextPos {
        if self.blocks.is_empty() {
            return TextPos::default();
        }
        let para = self
            .blocks
            .partition_point(|p| p.start <= offset)
            .saturating_sub(1);
        let lines = self.lines(para);
        let line = lines
            .partition_point(|l| l.start <= offset)
            .saturating_sub(1);
        TextPos {
            para,
            row: line + self.separator(para),
        }
    }

    /// Move `n` rows down, stopping at the last row.
    pub fn advance(&self, mut pos: TextPos, mut n: usize) -> TextPos {
        let last = self.last();
        while n > 0 && pos < last {
            let len = self.block_len(pos.para);
            let room = len - 1 - pos.row;
            if n <= room {
                pos.row += n;
                return pos;
            }
            n -= room + 1;
            pos = TextPos {
                para: pos.para + 1,
                row: 0,
            };
        }
        pos.min(last)
    }

    /// Move `n` rows up, stopping at the first row.
    pub fn retreat(&self, mut pos: TextPos, mut n: usize) -> TextPos {
        while n > 0 {
            if n <= pos.row {
                pos.row -= n;
                return pos;
            }
            if pos.para == 0 {
                return TextPos::default();
            }
            n -= pos.row + 1;
            let para = pos.para - 1;
            pos = TextPos {
                para,
                row: self.block_len(para) - 1,
            };
        }
        pos
    }

    /// Rows from `from` down to `to`, counting no further than `limit` (then `None`).
    pub fn distance(&self, from: TextPos, to: TextPos, limit: usize) -> Option<usize> {
        if to < from {
            return None;
        }
        let mut pos = from;
        let mut count = 0;
        while pos.para < to.para {
            count += self.block_len(pos.para) - pos.row;
            if count > limit {
                return None;
            }
            pos = TextPos {
                para: pos.para + 1,
                row: 0,
            };
        }
        count += to.row - pos.row;
        (count <= limit).then_some(count)
    }

    /// The highest top row that still fills a pane of `height` rows.
    pub fn max_top(&self, height: usize) -> TextPos {
        self.retreat(self.last(), height.saturating_sub(1))
    }

    /// The rows of a pane of `height` rows whose top row is `top`.
    pub fn rows_from(&self, top: TextPos, height: usize) -> Vec<(TextPos, Row)> {
        let mut out = Vec::with_capacity(height);
        let last = self.last();
        let mut pos = top;
        if self.blocks.is_empty() {
            return out;
        }
        while out.len() < height && pos <= last {
            out.push((pos, self.row(pos)));
            if pos == last {
                break;
            }
            pos = self.advance(pos, 1);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    fn texts<'a>(body: &'a str, lines: &[Span]) -> Vec<&'a str> {
        lines.iter().map(|l| l.text(body)).collect()
    }

    #[test]
    fn wraps_to_width_with_byte_ranges() {
        let body = "The quick brown fox jumps\nover the lazy dog.";
        let lines = wrap_paragraph(body, Span::new(0, body.len()), 10);
        assert_eq!(
            texts(body, &lines),
            ["The quick", "brown fox", "jumps\nover", "the lazy", "dog."]
        );
    }

    #[test]
    fn breaks_words_longer_than_the_width() {
        let body = "abcdefghij xy";
        let lines = wrap_paragraph(body, Span::new(0, body.len()), 4);
        assert_eq!(texts(body, &lines), ["abcd", "efgh", "ij", "xy"]);
        let lines = wrap_paragraph("é", Span::new(0, 2), 0);
        assert_eq!(lines, [Span::new(0, 2)]);
    }

    #[test]
    fn giant_paragraphs_are_cut_into_contiguous_blocks_at_spaces() {
        let body = format!("{}\n\nshort one", "word ".repeat(10_000));
        let paras = paragraphs(&body);
        let blocks = blocks(&body, &paras);
        assert!(blocks.len() > 3);
        assert_eq!(blocks[0].start, paras[0].start);
        for pair in blocks.windows(2).take_while(|w| w[1].start < paras[0].end) {
            assert_eq!(pair[0].end, pair[1].start);
            assert!(pair[0].len() <= MAX_BLOCK);
            assert!(body[..pair[0].end].ends_with(' '));
        }
        assert_eq!(*blocks.last().unwrap(), paras[1]);
        // One separator row before the second paragraph only; no row is lost at the cuts.
        let cache = WrapCache::default();
        let grid = TextGrid {
            body: &body,
            blocks: &blocks,
            cache: &cache,
            width: 50,
        };
        let rows = grid.rows_from(grid.first(), 100_000);
        let blanks = rows.iter().filter(|(_, r)| *r == Row::Blank).count();
        assert_eq!(blanks, 1);
        let words: usize = rows
            .iter()
            .filter_map(|(_, r)| match r {
                Row::Line(l) => Some(l.text(&body).split_whitespace().count()),
                Row::Blank => None,
            })
            .sum();
        assert_eq!(words, 10_002);
        // A line without spaces is still cut (on char boundaries).
        let line = "é".repeat(MAX_BLOCK);
        let blocks = super::blocks(&line, &[Span::new(0, line.len())]);
        assert_eq!(blocks.len(), 2);
        assert!(line.is_char_boundary(blocks[0].end));
    }

    #[test]
    fn grid_walks_rows_and_finds_offsets() {
        let body = "one two three\n\nfour five";
        let paras = paragraphs(body);
        let cache = WrapCache::default();
        let grid = TextGrid {
            body,
            blocks: &paras,
            cache: &cache,
            width: 8,
        };
        // rows: "one two", "three", blank, "four", "five"
        assert_eq!(grid.last(), TextPos { para: 1, row: 2 });
        assert_eq!(grid.advance(grid.first(), 2), TextPos { para: 1, row: 0 });
        assert_eq!(grid.advance(grid.first(), 99), grid.last());
        assert_eq!(grid.retreat(grid.last(), 3), TextPos { para: 0, row: 1 });
        assert_eq!(grid.retreat(grid.last(), 99), grid.first());
        assert_eq!(grid.pos_of(body.find("five").unwrap()), grid.last());
        assert_eq!(grid.distance(grid.first(), grid.last(), 10), Some(4));
        assert_eq!(grid.distance(grid.first(), grid.last(), 3), None);
        assert_eq!(grid.rows_from(grid.first(), 10).len(), 5);
        assert_eq!(grid.row(TextPos { para: 1, row: 0 }), Row::Blank);
        assert_eq!(grid.max_top(2), TextPos { para: 1, row: 1 });
    }
}
