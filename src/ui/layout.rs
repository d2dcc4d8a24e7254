//! Where each pane goes for a terminal size. Wide terminals show the entity and quote sidebar next
//! to the text; narrow ones hide it behind toggles (`e`, `"`) rather than squeeze the text below a
//! readable width. Update and view both use this, so mouse hits match what was drawn.

use ratatui::layout::Rect;

use crate::app::model::{Focus, Model};

/// The narrowest reading column worth having next to a sidebar.
pub const MIN_TEXT_WIDTH: u16 = 50;
/// The sidebar's width on wide terminals.
pub const SIDEBAR_WIDTH: u16 = 36;

/// The rectangles of the visible panes (outer, borders included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub articles: Option<Rect>,
    pub text: Option<Rect>,
    pub entities: Option<Rect>,
    pub quotes: Option<Rect>,
    pub status: Option<Rect>,
    /// Whether the sidebar fits beside the text.
    pub wide: bool,
}

impl Panes {
    /// The rectangle of a focusable pane, if it is visible.
    pub fn rect(&self, focus: Focus) -> Option<Rect> {
        match focus {
            Focus::Articles => self.articles,
            Focus::Text => self.text,
            Focus::Entities => self.entities,
            Focus::Quotes => self.quotes,
        }
    }

    /// The visible focusable panes, in Tab order.
    pub fn focusable(&self) -> Vec<Focus> {
        Focus::ORDER
            .into_iter()
            .filter(|f| self.rect(*f).is_some())
            .collect()
    }
}

/// Whether a terminal `width` columns wide fits the sidebar beside the text.
pub fn is_wide(width: u16) -> bool {
    width >= MIN_TEXT_WIDTH + SIDEBAR_WIDTH
}

/// Lay out the panes of `model` on its terminal size.
pub fn panes(model: &Model) -> Panes {
    panes_at(model, model.size)
}

/// Lay out the panes of `model` on a terminal of `(width, height)`.
pub fn panes_at(model: &Model, (width, height): (u16, u16)) -> Panes {
    let area = Rect::new(0, 0, width, height);
    let mut out = Panes {
        wide: is_wide(width),
        ..Panes::default()
    };
    if area.is_empty() {
        return out;
    }
    out.status = Some(Rect::new(0, height - 1, width, 1));
    let mut main = Rect::new(0, 0, width, height - 1);
    if main.is_empty() {
        return out;
    }
    let toggles = model.toggles;
    if model.docs.len() > 1 && !toggles.hide_articles && main.height >= 14 {
        let rows = (model.docs.len() as u16).min(4) + 2;
        out.articles = Some(Rect::new(main.x, main.y, main.width, rows));
        main.y += rows;
        main.height -= rows;
    }
    let (show_entities, show_quotes) = if out.wide {
        (!toggles.hide_entities, !toggles.hide_quotes)
    } else {
        (toggles.reveal_entities, toggles.reveal_quotes)
    };
    let side = if !show_entities && !show_quotes {
        out.text = Some(main);
        return out;
    } else if out.wide {
        out.text = Some(Rect::new(
            main.x,
            main.y,
            main.width - SIDEBAR_WIDTH,
            main.height,
        ));
        Rect::new(
            main.x + main.width - SIDEBAR_WIDTH,
            main.y,
            SIDEBAR_WIDTH,
            main.height,
        )
    } else {
        main
    };
    match (show_entities, show_quotes) {
        (true, true) => {
            let top = side.height - side.height * 2 / 5;
            out.entities = Some(Rect::new(side.x, side.y, side.width, top));
            out.quotes = Some(Rect::new(
                side.x,
                side.y + top,
                side.width,
                side.height - top,
            ));
        }
        (true, false) => out.entities = Some(side),
        _ => out.quotes = Some(side),
    }
    out
}

/// The inside of a bordered pane (the whole rect when it is too small for borders).
pub fn inner(rect: Rect) -> Rect {
    if has_border(rect) {
        Rect::new(rect.x + 1, rect.y + 1, rect.width - 2, rect.height - 2)
    } else {
        rect
    }
}

/// Whether a pane is big enough to draw its border.
pub fn has_border(rect: Rect) -> bool {
    rect.width >= 4 && rect.height >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Article;
    use crate::ui::theme::Theme;

    fn model(width: u16, height: u16, docs: usize) -> Model {
        let mut m = Model::new(vec![Article::default(); docs], Theme::mono());
        m.size = (width, height);
        m
    }

    #[test]
    fn wide_terminals_show_the_sidebar() {
        let p = panes(&model(120, 40, 1));
        assert_eq!(p.text.unwrap().width, 120 - SIDEBAR_WIDTH);
        assert!(p.entities.is_some() && p.quotes.is_some());
        assert!(p.articles.is_none());
        assert_eq!(p.status, Some(Rect::new(0, 39, 120, 1)));
    }

    #[test]
    fn narrow_terminals_keep_the_text_whole() {
        let p = panes(&model(60, 20, 3));
        assert_eq!(p.text.unwrap().width, 60);
        assert!(p.entities.is_none());
        assert!(p.articles.is_some());
        let mut m = model(60, 20, 1);
        m.toggles.reveal_entities = true;
        let p = panes(&m);
        assert!(p.text.is_none());
        assert_eq!(p.entities.unwrap().width, 60);
    }

    #[test]
    fn tiny_terminals_do_not_panic() {
        for (w, h) in [(0, 0), (1, 1), (1, 2), (2, 1), (5, 3)] {
            let p = panes(&model(w, h, 2));
            if let Some(t) = p.text {
                let _ = inner(t);
            }
        }
    }
}
