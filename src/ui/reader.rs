//! The reading pane: the open article's paragraphs wrapped to the pane width (only the visible
//! rows are wrapped and drawn), with the cursor sentence, quotes in their speaker's colour, the
//! selected entity's mentions and the search matches highlighted. A row where a bookmarked
//! sentence starts carries a [`BOOKMARK`] in the pane's left border.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::Frame;

use crate::analysis::Span;
use crate::app::model::{Doc, Model, Selection, Stage};
use crate::app::navigate::scrolled_top;
use crate::ui::wrap::Row;

use super::theme::Theme;
use super::{pane_block, put_line};

/// The bookmark marker, drawn on the left border next to the row where a bookmarked sentence starts.
pub const BOOKMARK: &str = "▍";

/// Draw the reading pane into `rect`.
pub fn draw(model: &Model, frame: &mut Frame, rect: Rect, focused: bool) {
    let theme = &model.theme;
    let Some(doc) = model.doc() else {
        let area = pane_block(frame, rect, "lede", "", focused, theme);
        frame.render_widget(Line::styled("no articles", theme.dim), area);
        return;
    };
    let date = doc.article.date.as_deref().unwrap_or("");
    let area = pane_block(frame, rect, doc.title(), date, focused, theme);
    if area.is_empty() {
        return;
    }
    if doc.analysis.paragraphs.is_empty() {
        frame.render_widget(Line::styled("(empty article)", theme.dim), area);
        return;
    }
    let (width, height) = (usize::from(area.width), usize::from(area.height));
    let top = scrolled_top(doc, doc.top, width, height);
    let grid = doc.grid(width);
    let layers = Layers::new(model, doc);
    for (i, (_, row)) in grid.rows_from(top, height).into_iter().enumerate() {
        if let Row::Line(span) = row {
            let line = styled_line(&doc.article.body, span, &layers, theme);
            let y = area.y + i as u16;
            put_line(frame.buffer_mut(), area.x, y, &line, area.width);
            let marked =
                span.start < span.end && doc.bookmarks.range(span.start..span.end).next().is_some();
            if marked && area.x > rect.x {
                frame.buffer_mut()[(rect.x, y)]
                    .set_symbol(BOOKMARK)
                    .set_style(theme.mention);
            }
        }
    }
}

/// The highlight layers of the open article, lowest first.
struct Layers<'a> {
    doc: &'a Doc,
    cursor: Option<Span>,
    mentions: &'a [Span],
    current_mention: Option<Span>,
    matches: &'a [Span],
    current_match: Option<Span>,
    selected_quote: Option<usize>,
}

impl<'a> Layers<'a> {
    fn new(model: &'a Model, doc: &'a Doc) -> Layers<'a> {
        let (mentions, current_mention): (&[Span], _) = match doc.selection {
            Selection::Entity { id, mention } => {
                let mentions = &doc.analysis.entities[id].mentions;
                (mentions, mentions.get(mention).copied())
            }
            _ => (&[], None),
        };
        let current_match = match doc.selection {
            Selection::Match(i) => model.search.matches.get(i).copied(),
            _ => None,
        };
        Layers {
            doc,
            cursor: doc.cursor_span().filter(|_| doc.stage >= Stage::Sentences),
            mentions,
            current_mention,
            matches: &model.search.matches,
            current_match,
            selected_quote: match doc.selection {
                Selection::Quote(i) => Some(i),
                _ => None,
            },
        }
    }

    /// Every (span, style) touching `line`, in painting order.
    fn touching(&self, line: Span, theme: &Theme) -> Vec<(Span, Style)> {
        let mut out = Vec::new();
        if let Some(c) = self.cursor.filter(|c| c.overlaps(line)) {
            out.push((c, theme.cursor));
        }
        let quotes = &self.doc.analysis.quotes;
        let first = quotes.partition_point(|q| q.span.end <= line.start);
        for (i, q) in quotes.iter().enumerate().skip(first) {
            if q.span.start >= line.end {
                break;
            }
            let mut style = theme.quote_of(q.speaker);
            if self.selected_quote == Some(i) {
                style = style.patch(theme.selected_quote);
            }
            out.push((q.span, style));
        }
        push_sorted(&mut out, self.mentions, line, theme.mention);
        if let Some(m) = self.current_mention.filter(|m| m.overlaps(line)) {
            out.push((m, theme.current_mention));
        }
        push_sorted(&mut out, self.matches, line, theme.search_match);
        if let Some(m) = self.current_match.filter(|m| m.overlaps(line)) {
            out.push((m, theme.current_match));
        }
        out
    }
}

fn push_sorted(out: &mut Vec<(Span, Style)>, spans: &[Span], line: Span, style: Style) {
    let first = spans.partition_point(|s| s.end <= line.start);
    for s in &spans[first..] {
        if s.start >= line.end {
            break;
        }
        out.push((*s, style));
    }
}

/// One wrapped line as styled segments: cut at every layer boundary, each piece painted with
/// every layer that covers it.
fn styled_line<'b>(body: &'b str, line: Span, layers: &Layers<'_>, theme: &Theme) -> Line<'b> {
    let touching = layers.touching(line, theme);
    let mut cuts = vec![line.start, line.end];
    for (span, _) in &touching {
        for at in [span.start, span.end] {
            if at > line.start && at < line.end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .filter(|w| w[0] < w[1] && body.is_char_boundary(w[0]) && body.is_char_boundary(w[1]))
        .map(|w| {
            let piece = Span::new(w[0], w[1]);
            let style = touching
                .iter()
                .filter(|(s, _)| s.start <= piece.start && s.end >= piece.end)
                .fold(theme.text, |acc, (_, style)| acc.patch(*style));
            let text = piece.text(body);
            if text.contains('\n') {
                TextSpan::styled(text.replace('\n', " "), style)
            } else {
                TextSpan::styled(text, style)
            }
        });
    Line::from(spans.collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Analysis, Article, Entity, EntityKind, Quote, QuoteKind};
    use crate::ui::theme::Theme;

    #[test]
    fn a_line_is_cut_at_highlight_edges() {
        let body = "Ann said \"go\" now.\nMore.";
        let mut doc = Doc::new(Article {
            body: body.into(),
            ..Article::default()
        });
        let analysis = Analysis {
            paragraphs: doc.analysis.paragraphs.clone(),
            sentences: vec![Span::new(0, 18), Span::new(19, 24)],
            entities: vec![Entity {
                name: "Ann".into(),
                kind: EntityKind::Person,
                mentions: vec![Span::new(0, 3)],
            }],
            quotes: vec![Quote {
                span: Span::new(10, 12),
                speaker: Some(0),
                speaker_span: Some(Span::new(0, 3)),
                cue: Some(Span::new(4, 8)),
                kind: QuoteKind::Direct,
            }],
        };
        doc.set_analysis(analysis, Stage::Complete);
        doc.selection = Selection::Entity { id: 0, mention: 0 };
        let mut model = Model::new(Vec::new(), Theme::color());
        model.docs.push(doc);
        let doc = &model.docs[0];
        let layers = Layers::new(&model, doc);
        let line = styled_line(body, Span::new(0, 24), &layers, &model.theme);
        let pieces: Vec<&str> = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(pieces, ["Ann", " said \"", "go", "\" now.", " More."]);
        let theme = &model.theme;
        assert_eq!(
            line.spans[0].style,
            theme
                .text
                .patch(theme.cursor)
                .patch(theme.mention)
                .patch(theme.current_mention)
        );
        assert_eq!(
            line.spans[2].style,
            theme
                .text
                .patch(theme.cursor)
                .patch(theme.quote_of(Some(0)))
        );
        assert_eq!(line.spans[4].style, theme.text);
    }
}
