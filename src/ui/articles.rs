//! The article list (shown when more than one article is loaded): title, date and counts; the open
//! article carries a `●`; the files the folders held that are not articles are counted at the
//! bottom. Rows follow the model's sort (`s`) and entity filter (`f`), both named
//! in the pane's title.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::Frame;

use crate::app::model::{ArticleSort, Doc, Model, Stage};

use super::{fit, pane_block, width_of};

/// `12 sentences · 4 names · 3 quotes` (or what is known so far).
pub fn counts(doc: &Doc) -> String {
    let a = &doc.counts;
    match doc.stage {
        Stage::Paragraphs => count(a.paragraphs, "paragraph"),
        Stage::Sentences => format!("{} · analysing…", count(a.sentences, "sentence")),
        Stage::Complete => format!(
            "{} · {} · {}",
            count(a.sentences, "sentence"),
            count(a.entities, "name"),
            count(a.quotes, "quote")
        ),
    }
}

/// `1 quote`, `2 quotes`.
fn count(n: usize, noun: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{n} {noun}{s}")
}

/// The counts in a few columns: `12s 4n 3q` (sentences, names, quotes).
pub fn short_counts(doc: &Doc) -> String {
    let a = &doc.counts;
    match doc.stage {
        Stage::Paragraphs => format!("{}p", a.paragraphs),
        Stage::Sentences => format!("{}s …", a.sentences),
        Stage::Complete => format!("{}s {}n {}q", a.sentences, a.entities, a.quotes),
    }
}

/// Draw the article list into `rect`.
pub fn draw(model: &Model, frame: &mut Frame, rect: Rect, focused: bool) {
    let theme = &model.theme;
    // The open article's row (its place in the sorted, filtered list), of all the articles.
    let row = model
        .article_rows
        .iter()
        .position(|&d| d == model.open)
        .map_or_else(|| "-".to_owned(), |r| (r + 1).to_string());
    let title = format!("Articles {row}/{}", model.docs.len());
    let mut right = Vec::new();
    if let Some(filter) = &model.filter {
        right.push(format!("{} with {}", model.article_rows.len(), filter.name));
    }
    if model.sort != ArticleSort::File {
        right.push(format!("by {}", model.sort.label()));
    }
    let mut area = pane_block(frame, rect, &title, &right.join(" · "), focused, theme);
    if model.skipped.total() > 0 {
        // On the bottom border (or the last row, without borders): `skipped 2 binary files`.
        let bordered = area != rect;
        let y = if bordered {
            rect.bottom().saturating_sub(1)
        } else {
            area.height = area.height.saturating_sub(1);
            area.bottom()
        };
        let x = if bordered { rect.x + 2 } else { area.x };
        let room = usize::from(rect.width.saturating_sub(if bordered { 4 } else { 0 }));
        let text = fit(&format!(" skipped {} ", model.skipped), room);
        frame.buffer_mut().set_stringn(x, y, &text, room, theme.dim);
    }
    let height = usize::from(area.height);
    let width = usize::from(area.width);
    let offset = model.articles_list.visible_offset(height);
    for (row, &i) in model
        .article_rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
    {
        let doc = &model.docs[i];
        let mark = if i == model.open { "●" } else { " " };
        let date = doc.article.date.as_deref().unwrap_or("          ");
        let mut counts = counts(doc);
        let mut room = width.saturating_sub(width_of(date) + width_of(&counts) + 6);
        if room < 30 {
            counts = short_counts(doc);
            room = width.saturating_sub(width_of(date) + width_of(&counts) + 6);
        }
        let name = fit(doc.title(), room.max(8));
        let pad = room.saturating_sub(width_of(&name));
        let mut style = if i == model.open {
            theme.title
        } else {
            theme.text
        };
        if row == model.articles_list.selected {
            style = style.patch(if focused {
                theme.list_cursor
            } else {
                theme.list_cursor_unfocused
            });
        }
        let line = Line::from(vec![
            TextSpan::styled(format!("{mark} {name}{}", " ".repeat(pad)), style),
            TextSpan::styled(format!("  {date}  "), theme.dim),
            TextSpan::styled(counts, theme.dim),
        ]);
        let y = area.y + (row - offset) as u16;
        frame.buffer_mut().set_line(area.x, y, &line, area.width);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_agree_in_number() {
        assert_eq!(super::count(1, "quote"), "1 quote");
        assert_eq!(super::count(0, "quote"), "0 quotes");
        assert_eq!(super::count(12, "sentence"), "12 sentences");
    }
}
