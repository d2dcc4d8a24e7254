//! Moving through the text: the scroll position that keeps the cursor on screen with a margin,
//! page moves, and stepping through sorted spans (quotes, mentions, matches) in text order.

use crate::analysis::Span;
use crate::ui::wrap::{TextGrid, TextPos};

use super::model::Doc;

/// Rows kept between the cursor sentence and the pane's top or bottom edge.
pub fn margin(height: usize) -> usize {
    match height {
        0..=4 => 0,
        5..=9 => 1,
        _ => 2,
    }
}

/// A position moved back onto a real row (after the width changed).
fn clamp_pos(grid: &TextGrid<'_>, pos: TextPos) -> TextPos {
    if grid.blocks.is_empty() {
        return TextPos::default();
    }
    if pos.para >= grid.blocks.len() {
        return grid.last();
    }
    let len = grid.block_len(pos.para);
    TextPos {
        para: pos.para,
        row: pos.row.min(len - 1),
    }
}

/// The top row for a pane of `width` x `height` that starts from `top` and moves as little as
/// possible to keep the cursor sentence on screen with a margin, never past the end of the text.
pub fn scrolled_top(doc: &Doc, top: TextPos, width: usize, height: usize) -> TextPos {
    let height = height.max(1);
    let grid = doc.grid(width);
    let max_top = grid.max_top(height);
    let mut top = clamp_pos(&grid, top).min(max_top);
    let Some(span) = doc.cursor_span() else {
        return top;
    };
    let margin = margin(height);
    let first = grid.pos_of(span.start);
    let last = grid.pos_of(span.end.saturating_sub(1).max(span.start));
    let want_top = grid.retreat(first, margin);
    if want_top < top {
        return want_top;
    }
    let room = height - 1 - margin;
    if grid.distance(top, last, room).is_none() {
        top = grid.retreat(last, room).min(want_top);
    }
    top.min(max_top)
}

/// The byte range shown on a pane whose top row is `top`: from the first line's start to the last
/// line's end (`None` when nothing is shown).
pub fn visible_range(grid: &TextGrid<'_>, top: TextPos, height: usize) -> Option<Span> {
    let rows = grid.rows_from(top, height);
    let mut lines = rows.iter().filter_map(|(_, row)| match row {
        crate::ui::wrap::Row::Line(span) => Some(*span),
        crate::ui::wrap::Row::Blank => None,
    });
    let first = lines.next()?;
    let last = lines.next_back().unwrap_or(first);
    Some(Span::new(first.start, last.end))
}

/// The cursor moved as little as possible so its sentence lies inside `range` (after a scroll):
/// the first sentence starting in it when the cursor is above, the last one ending in it when the
/// cursor's sentence runs past its end.
pub fn cursor_into(doc: &Doc, range: Span) -> usize {
    let units = doc.units();
    let Some(span) = doc.cursor_span() else {
        return doc.cursor;
    };
    let first_inside = || {
        let i = units.partition_point(|s| s.start < range.start);
        units.get(i).map_or(doc.cursor, |s| s.start)
    };
    if span.start < range.start {
        first_inside()
    } else if span.end > range.end {
        let i = units.partition_point(|s| s.end <= range.end);
        match i.checked_sub(1).map(|i| units[i]) {
            Some(s) if s.start >= range.start => s.start,
            _ => first_inside(),
        }
    } else {
        doc.cursor
    }
}

/// The next (`forward`) or previous item of a sorted list of spans, per the contract: from the
/// current item when there is one, else the first one starting at or after `from`, or the last one
/// starting before it.
pub fn step<T>(
    items: &[T],
    start_of: impl Fn(&T) -> usize,
    current: Option<usize>,
    from: usize,
    forward: bool,
) -> Option<usize> {
    match (current, forward) {
        (Some(i), true) => (i + 1 < items.len()).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
        (None, true) => {
            let i = items.partition_point(|t| start_of(t) < from);
            (i < items.len()).then_some(i)
        }
        (None, false) => items.partition_point(|t| start_of(t) < from).checked_sub(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Analysis, Article};
    use crate::app::model::Stage;

    fn spans(starts: &[usize]) -> Vec<Span> {
        starts.iter().map(|&s| Span::new(s, s + 2)).collect()
    }

    #[test]
    fn step_follows_the_contract() {
        let items = spans(&[10, 20, 30]);
        let start = |s: &Span| s.start;
        assert_eq!(step(&items, start, None, 20, true), Some(1));
        assert_eq!(step(&items, start, None, 20, false), Some(0));
        assert_eq!(step(&items, start, None, 31, true), None);
        assert_eq!(step(&items, start, None, 5, false), None);
        assert_eq!(step(&items, start, Some(1), 0, true), Some(2));
        assert_eq!(step(&items, start, Some(2), 0, true), None);
        assert_eq!(step(&items, start, Some(0), 0, false), None);
    }

    fn long_doc() -> Doc {
        let body: String = (0..40)
            .map(|i| format!("Sentence number {i} is here."))
            .collect::<Vec<_>>()
            .join("\n\n");
        let mut doc = Doc::new(Article {
            body: body.into(),
            ..Article::default()
        });
        let analysis = Analysis {
            sentences: doc.analysis.paragraphs.clone(),
            paragraphs: doc.analysis.paragraphs.clone(),
            ..Analysis::default()
        };
        doc.set_analysis(analysis, Stage::Sentences);
        doc
    }

    #[test]
    fn scrolling_keeps_the_cursor_inside_the_margin() {
        let mut doc = long_doc();
        let height = 10;
        doc.cursor = doc.units()[20].start;
        let top = scrolled_top(&doc, TextPos::default(), 40, height);
        let cursor = doc.grid(40).pos_of(doc.cursor);
        let below = doc.grid(40).distance(top, cursor, 100).unwrap();
        assert_eq!(below, height - 1 - margin(height));
        // Going back up puts the cursor two rows under the top.
        doc.cursor = doc.units()[5].start;
        let top = scrolled_top(&doc, top, 40, height);
        let cursor = doc.grid(40).pos_of(doc.cursor);
        assert_eq!(doc.grid(40).distance(top, cursor, 100), Some(2));
        // Never past the end.
        doc.cursor = doc.units()[39].start;
        let top = scrolled_top(&doc, top, 40, height);
        assert_eq!(top, doc.grid(40).max_top(height));
    }

    #[test]
    fn cursor_follows_a_scroll() {
        let mut doc = long_doc();
        let range = Span::new(doc.units()[10].start, doc.units()[14].end);
        assert_eq!(cursor_into(&doc, range), doc.units()[10].start);
        doc.cursor = doc.units()[30].start;
        assert_eq!(cursor_into(&doc, range), doc.units()[14].start);
    }
}
