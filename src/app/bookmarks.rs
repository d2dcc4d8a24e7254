//! Bookmarks and remembered positions in the open article: `m` toggles a bookmark on the cursor
//! sentence, `'` jumps to the next one (wrapping), and a [`Msg::Restored`](super::msg::Msg) state
//! from the reading-state store is applied here. Bookmarks are byte offsets (sentence starts),
//! never screen lines. Pure model changes; the store itself lives in [`super::reading`].

use std::collections::BTreeSet;

use super::model::{Doc, Model, Stage};
use crate::state::ArticleState;

/// Toggle a bookmark on the cursor sentence; the status line says what happened.
pub fn toggle(model: &mut Model) {
    let Some(doc) = model.doc_mut() else { return };
    let Some(span) = doc.cursor_span() else {
        model.note = Some("nothing to bookmark".to_owned());
        return;
    };
    let inside: Vec<usize> = doc
        .bookmarks
        .range(span.start..span.end.max(span.start + 1))
        .copied()
        .collect();
    let note = if inside.is_empty() {
        doc.bookmarks.insert(span.start);
        let n = doc.bookmarks.range(..=span.start).count();
        format!("bookmark {n}/{} set", doc.bookmarks.len())
    } else {
        for b in inside {
            doc.bookmarks.remove(&b);
        }
        format!("bookmark removed ({} left)", doc.bookmarks.len())
    };
    model.note = Some(note);
}

/// The next bookmark after the cursor sentence (wrapping to the first), as `(index, offset)`, and
/// a note `bookmark N/M` for the status line. `None` (with a note) when there are none.
pub fn next(model: &mut Model) -> Option<usize> {
    let doc = model.doc()?;
    let found = next_after(&doc.bookmarks, doc);
    let total = doc.bookmarks.len();
    model.note = Some(match found {
        Some((i, _)) => format!("bookmark {}/{total}", i + 1),
        None => "no bookmarks (m marks the cursor sentence)".to_owned(),
    });
    found.map(|(_, offset)| offset)
}

fn next_after(bookmarks: &BTreeSet<usize>, doc: &Doc) -> Option<(usize, usize)> {
    let end = doc
        .cursor_span()
        .map_or(doc.cursor, |s| s.end.max(s.start + 1));
    let before = bookmarks.range(..end).count();
    match bookmarks.range(end..).next() {
        Some(&b) => Some((before, b)),
        None => bookmarks.first().map(|&b| (0, b)),
    }
}

/// Apply a remembered state to `doc`: the cursor (snapped to its sentence once sentences are
/// known) and the bookmarks, all kept inside the body.
pub fn restore(doc: &mut Doc, state: ArticleState) {
    let state = state.fitted(&doc.article.body);
    doc.cursor = state.cursor;
    if doc.stage >= Stage::Sentences {
        if let Some(s) = doc.cursor_span() {
            doc.cursor = s.start;
        }
    }
    doc.bookmarks = state.bookmarks;
}

/// What `doc` would remember now.
pub fn state_of(doc: &Doc) -> ArticleState {
    ArticleState {
        cursor: doc.cursor,
        bookmarks: doc.bookmarks.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Analysis, Article, Span};
    use crate::ui::theme::Theme;

    fn model() -> Model {
        let body = "One here. Two here. Three here. Four here.";
        let mut model = Model::new(
            vec![Article {
                body: body.into(),
                ..Article::default()
            }],
            Theme::mono(),
        );
        let sentences = vec![
            Span::new(0, 9),
            Span::new(10, 19),
            Span::new(20, 31),
            Span::new(32, 42),
        ];
        let analysis = Analysis {
            paragraphs: model.docs[0].analysis.paragraphs.clone(),
            sentences,
            ..Analysis::default()
        };
        model.docs[0].set_analysis(analysis, Stage::Complete);
        model
    }

    #[test]
    fn toggle_sets_and_clears_a_bookmark_on_the_cursor_sentence() {
        let mut m = model();
        m.docs[0].cursor = 10;
        toggle(&mut m);
        assert_eq!(
            m.docs[0].bookmarks.iter().copied().collect::<Vec<_>>(),
            [10]
        );
        assert_eq!(m.note.as_deref(), Some("bookmark 1/1 set"));
        toggle(&mut m);
        assert!(m.docs[0].bookmarks.is_empty());
    }

    #[test]
    fn next_wraps_around_and_counts() {
        let mut m = model();
        m.docs[0].bookmarks = [10, 32].into_iter().collect();
        m.docs[0].cursor = 10;
        assert_eq!(next(&mut m), Some(32));
        assert_eq!(m.note.as_deref(), Some("bookmark 2/2"));
        m.docs[0].cursor = 32;
        assert_eq!(next(&mut m), Some(10));
        assert_eq!(m.note.as_deref(), Some("bookmark 1/2"));
        m.docs[0].bookmarks.clear();
        assert_eq!(next(&mut m), None);
    }

    #[test]
    fn restore_snaps_the_cursor_to_its_sentence_and_fits_offsets() {
        let mut m = model();
        let state = ArticleState {
            cursor: 25,
            bookmarks: [20, 999].into_iter().collect(),
        };
        restore(&mut m.docs[0], state);
        assert_eq!(m.docs[0].cursor, 20);
        assert_eq!(
            m.docs[0].bookmarks.iter().copied().collect::<Vec<_>>(),
            [20]
        );
    }
}
