//! The pure [`update`]: a message in, the model changed, no input or output. Keys go through the
//! keymap to an [`Action`]; mouse events are hit-tested against the same layout the view draws.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::keymap::Action;
use super::keys::Key;
use super::model::{ArticleFilter, Doc, EntityRow, Focus, Model, QuoteOrder, Selection, Stage};
use super::msg::{Effect, Msg};
use super::navigate::{cursor_into, scrolled_top, step, visible_range};
use crate::analysis::Span;
use crate::ui::layout::{inner, panes};
use crate::ui::wrap::Row;

/// The most search matches kept (a one-letter search in a 20 MB file would find millions).
pub const MAX_MATCHES: usize = 100_000;
/// Rows one mouse-wheel notch scrolls the text.
const WHEEL_ROWS: usize = 3;

/// Apply one message to the model; returns the side effects for the runtime to carry out.
pub fn update(model: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => return on_key(model, key),
        Msg::Mouse(event) => on_mouse(model, event),
        Msg::Resize(width, height) => {
            model.size = (width, height);
            fix_focus(model);
            follow_cursor(model);
        }
        Msg::Tick => {}
        Msg::Analysed {
            doc,
            stage,
            analysis,
        } => {
            let several = model.docs.len() > 1;
            // An article opened before its turn in the background was analysed whole then
            // (see `Doc::restore_analysis`): an earlier stage arriving later is dropped.
            if let Some(d) = model.docs.get_mut(doc).filter(|d| stage >= d.stage) {
                d.set_analysis(*analysis, stage);
                if stage == Stage::Complete && several {
                    model.crossref.add(doc, &d.analysis, &d.article.body);
                }
                if doc != model.open {
                    d.set_aside();
                }
                // Only the entity filter's rows depend on the analysis (sorting is by file,
                // date or title).
                if stage == Stage::Complete && model.filter.is_some() {
                    model.refresh_article_rows();
                }
            }
            if doc == model.open {
                refresh_matches(model);
                follow_cursor(model);
            }
        }
        Msg::Restored { doc, state } => {
            if let Some(d) = model.docs.get_mut(doc) {
                super::bookmarks::restore(d, state);
            }
            if doc == model.open {
                follow_cursor(model);
            }
        }
        Msg::Quit => model.quit = true,
    }
    Vec::new()
}

fn on_key(model: &mut Model, key: Key) -> Vec<Effect> {
    model.note = None;
    if model.search.editing {
        edit_search(model, key);
        return Vec::new();
    }
    let Some(action) = model.keymap.action_for(key) else {
        return Vec::new();
    };
    if model.help && !matches!(action, Action::Quit) {
        model.help = false;
        return Vec::new();
    }
    apply(model, action)
}

/// Carry out one action; returns its side effects.
pub fn apply(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Copy => return copy(model),
        Action::OtherArticles => other_articles(model),
        Action::CycleSort => {
            model.sort = model.sort.next();
            model.refresh_article_rows();
            model.note = Some(format!("articles by {}", model.sort.label()));
        }
        Action::FilterByEntity => filter_by_entity(model),
        Action::QuoteOrder => quote_order(model),
        Action::Next => move_in_focus(model, Move::By(1)),
        Action::Prev => move_in_focus(model, Move::By(-1)),
        Action::PageDown => move_in_focus(model, Move::Page(true)),
        Action::PageUp => move_in_focus(model, Move::Page(false)),
        Action::First => move_in_focus(model, Move::Edge(false)),
        Action::Last => move_in_focus(model, Move::Edge(true)),
        Action::NextParagraph => paragraph_step(model, true),
        Action::PrevParagraph => paragraph_step(model, false),
        Action::NextQuote => quote_step(model, true),
        Action::PrevQuote => quote_step(model, false),
        Action::NextMention => mention_step(model, true),
        Action::PrevMention => mention_step(model, false),
        Action::FocusNext => cycle_focus(model, true),
        Action::FocusPrev => cycle_focus(model, false),
        Action::Activate => activate(model),
        Action::Search => {
            model.search.query.clear();
            model.search.editing = true;
            refresh_matches(model);
        }
        Action::Clear => clear(model),
        Action::Help => model.help = !model.help,
        Action::ToggleEntities | Action::ToggleQuotes | Action::ToggleArticles => {
            toggle(model, action)
        }
        Action::ToggleBookmark => super::bookmarks::toggle(model),
        Action::NextBookmark => {
            if let Some(offset) = super::bookmarks::next(model) {
                jump_to(model, offset);
            }
        }
        Action::Quit => model.quit = true,
    }
    Vec::new()
}

/// `v`: switch every article's quotes pane between text order and grouped by speaker.
fn quote_order(model: &mut Model) {
    let order = match model.doc().map(|d| d.quote_order) {
        Some(QuoteOrder::Text) => QuoteOrder::Speaker,
        _ => QuoteOrder::Text,
    };
    for doc in &mut model.docs {
        doc.set_quote_order(order);
    }
    let height = pane_height(model, Focus::Quotes);
    if let Some(doc) = model.doc_mut() {
        doc.quote_list.offset = doc.quote_list.visible_offset(height);
    }
    model.note = Some(
        match order {
            QuoteOrder::Text => "quotes in text order",
            QuoteOrder::Speaker => "quotes by speaker",
        }
        .to_owned(),
    );
}

/// `y`: the cursor sentence or the selected quote, with a citation, for the clipboard.
fn copy(model: &mut Model) -> Vec<Effect> {
    match model.doc().and_then(crate::clipboard::citation) {
        Some(text) => {
            model.note = Some("copied".to_owned());
            vec![Effect::Clipboard(text)]
        }
        None => {
            model.note = Some("nothing to copy".to_owned());
            Vec::new()
        }
    }
}

/// The entity `o` and `f` are about: the one under the list cursor when the entity pane has the
/// focus, else the selected entity or the selected quote's speaker.
fn target_entity(model: &Model) -> Option<usize> {
    let doc = model.doc()?;
    if model.focus == Focus::Entities {
        if let Some(EntityRow::Entity(id)) = doc.entity_rows().get(doc.entity_list.selected) {
            return Some(*id);
        }
    }
    doc.lit_entity()
}

/// `o`: list the other articles that mention the entity and open the next one (in the article
/// list's order, wrapping) at its first mention, with the entity selected there.
fn other_articles(model: &mut Model) {
    let Some(id) = target_entity(model) else {
        model.note = Some("select an entity first (Tab to the entities, Enter)".to_owned());
        return;
    };
    let name = model.docs[model.open].analysis.entities[id].name.clone();
    let others = model.crossref.others(model.open, id);
    if others.is_empty() {
        let pending = model.docs.iter().any(|d| d.stage < Stage::Complete);
        model.note = Some(if model.docs.len() < 2 {
            "only one article is open".to_owned()
        } else if pending {
            format!("{name}: in no other article yet (still analysing)")
        } else {
            format!("{name}: in no other article")
        });
        return;
    }
    let mut order = model.article_rows.clone();
    order.extend((0..model.docs.len()).filter(|d| !model.article_rows.contains(d)));
    let at = order.iter().position(|&d| d == model.open).unwrap_or(0);
    let Some((target, entity)) = (1..=order.len())
        .map(|k| order[(at + k) % order.len()])
        .find_map(|d| others.iter().find(|(o, _)| *o == d).copied())
    else {
        return;
    };
    let titles: Vec<String> = others
        .iter()
        .map(|(d, _)| format!("“{}”", model.docs[*d].title()))
        .collect();
    let nth = others.iter().position(|(d, _)| *d == target).unwrap_or(0) + 1;
    open_article(model, target);
    if let Some(doc) = model.doc_mut() {
        if let Some(row) = doc
            .entity_rows()
            .iter()
            .position(|r| *r == EntityRow::Entity(entity))
        {
            doc.entity_list.selected = row;
        }
        let first = doc.analysis.entities[entity]
            .mentions
            .first()
            .map(|m| m.start);
        doc.selection = Selection::Entity {
            id: entity,
            mention: 0,
        };
        doc.quote_list = Default::default();
        if let Some(start) = first {
            jump_to(model, start);
        }
    }
    model.note = Some(format!(
        "{name} in {} other article{}: {} (opened {nth}/{})",
        others.len(),
        if others.len() == 1 { "" } else { "s" },
        titles.join(", "),
        others.len()
    ));
}

/// `f`: show only the articles that mention the entity, or everything again.
fn filter_by_entity(model: &mut Model) {
    if model.filter.take().is_some() {
        model.refresh_article_rows();
        model.note = Some("all articles".to_owned());
        return;
    }
    let Some(id) = target_entity(model) else {
        model.note = Some("select an entity first (Tab to the entities, Enter)".to_owned());
        return;
    };
    let name = model.docs[model.open].analysis.entities[id].name.clone();
    model.filter = Some(ArticleFilter {
        doc: model.open,
        entity: id,
        name: name.clone(),
    });
    model.refresh_article_rows();
    model.note = Some(format!(
        "{} article{} mention {name}",
        model.article_rows.len(),
        if model.article_rows.len() == 1 {
            ""
        } else {
            "s"
        }
    ));
}

#[derive(Debug, Clone, Copy)]
enum Move {
    By(isize),
    Page(bool),
    Edge(bool),
}

fn move_in_focus(model: &mut Model, mv: Move) {
    match model.focus {
        Focus::Text => text_move(model, mv),
        Focus::Articles => {
            let len = model.article_rows.len();
            let page = pane_height(model, Focus::Articles);
            model.articles_list.selected = list_move(model.articles_list.selected, len, mv, page);
            model.articles_list.offset = model.articles_list.visible_offset(page);
        }
        Focus::Entities => entity_list_move(model, mv),
        Focus::Quotes => {
            let page = pane_height(model, Focus::Quotes);
            if let Some(doc) = model.doc_mut() {
                let len = doc.visible_quotes().len();
                doc.quote_list.selected = list_move(doc.quote_list.selected, len, mv, page);
                doc.quote_list.offset = doc.quote_list.visible_offset(page);
            }
        }
    }
}

fn list_move(selected: usize, len: usize, mv: Move, page: usize) -> usize {
    if len == 0 {
        return 0;
    }
    let last = len - 1;
    match mv {
        Move::By(d) if d >= 0 => (selected + d as usize).min(last),
        Move::By(d) => selected.saturating_sub(d.unsigned_abs()),
        Move::Page(true) => (selected + page.max(1)).min(last),
        Move::Page(false) => selected.saturating_sub(page.max(1)),
        Move::Edge(true) => last,
        Move::Edge(false) => 0,
    }
}

fn entity_list_move(model: &mut Model, mv: Move) {
    let page = pane_height(model, Focus::Entities);
    let Some(doc) = model.doc_mut() else { return };
    let rows = doc.entity_rows();
    let is_entity = |i: usize| matches!(rows.get(i), Some(EntityRow::Entity(_)));
    let current = doc.entity_list.selected;
    let target = list_move(current, rows.len(), mv, page);
    let forward = target > current || matches!(mv, Move::Edge(false));
    // Headers are not selectable: slide onto the nearest entity row in the move's direction.
    let found = if forward {
        (target..rows.len())
            .find(|&i| is_entity(i))
            .or_else(|| (0..target).rev().find(|&i| is_entity(i)))
    } else {
        (0..=target.min(rows.len().saturating_sub(1)))
            .rev()
            .find(|&i| is_entity(i))
            .or_else(|| (target..rows.len()).find(|&i| is_entity(i)))
    };
    if let Some(i) = found {
        let header_above = i > 0 && !is_entity(i - 1);
        doc.entity_list.selected = i;
        // Show the group header above the first entity too.
        let offset = doc.entity_list.visible_offset(page);
        doc.entity_list.offset = if header_above && offset == i {
            i - 1
        } else {
            offset
        };
    }
}

fn text_move(model: &mut Model, mv: Move) {
    let (width, height) = text_size(model);
    let Some(doc) = model.doc_mut() else { return };
    let len = doc.units().len();
    if len == 0 {
        return;
    }
    let index = doc.cursor_index();
    match mv {
        Move::By(d) => {
            let target = if d >= 0 {
                (index + d as usize).min(len - 1)
            } else {
                index.saturating_sub(d.unsigned_abs())
            };
            doc.cursor = doc.units()[target].start;
        }
        Move::Edge(to_end) => {
            doc.cursor = doc.units()[if to_end { len - 1 } else { 0 }].start;
        }
        Move::Page(down) => {
            let (new_top, cursor) = page(doc, width, height, down);
            doc.top = new_top;
            doc.cursor = cursor;
        }
    }
    follow_cursor(model);
}

/// The top row and cursor after a page down (or up): the view moves a page less two rows, and the
/// cursor goes to the first sentence starting below the top margin; at either end of the text it
/// goes to the last (first) sentence instead.
fn page(doc: &Doc, width: usize, height: usize, down: bool) -> (crate::ui::wrap::TextPos, usize) {
    let units = doc.units();
    let grid = doc.grid(width);
    let top = scrolled_top(doc, doc.top, width, height);
    let jump = height.saturating_sub(2).max(1);
    let new_top = if down {
        grid.advance(top, jump).min(grid.max_top(height))
    } else {
        grid.retreat(top, jump)
    };
    if new_top == top {
        let edge = if down { units.len() - 1 } else { 0 };
        return (top, units[edge].start);
    }
    let Some(range) = visible_range(&grid, new_top, height) else {
        return (new_top, doc.cursor);
    };
    let inner_top = grid.advance(new_top, super::navigate::margin(height));
    let from = match grid.row(inner_top) {
        Row::Line(line) => line.start.max(range.start),
        Row::Blank => range.start,
    };
    let i = units.partition_point(|s| s.start < from);
    let cursor = match units.get(i).filter(|s| s.start < range.end) {
        Some(s) => s.start,
        None => cursor_into(doc, range),
    };
    (new_top, cursor)
}

fn paragraph_step(model: &mut Model, forward: bool) {
    let Some(doc) = model.doc_mut() else { return };
    let paragraphs = &doc.analysis.paragraphs;
    if paragraphs.is_empty() {
        return;
    }
    let current = paragraphs
        .partition_point(|p| p.start <= doc.cursor)
        .saturating_sub(1);
    let target = if forward {
        (current + 1).min(paragraphs.len() - 1)
    } else if doc.cursor > paragraphs[current].start
        && doc.unit_at(paragraphs[current].start) != doc.cursor_index()
    {
        current
    } else {
        current.saturating_sub(1)
    };
    let start = paragraphs[target].start;
    let units = doc.units();
    let first = units.partition_point(|s| s.start < start);
    if let Some(s) = units.get(first) {
        doc.cursor = s.start;
    }
    follow_cursor(model);
}

/// Move the cursor to the sentence where `offset` lies and scroll it into view.
fn jump_to(model: &mut Model, offset: usize) {
    if let Some(doc) = model.doc_mut() {
        let i = doc.unit_at(offset);
        if let Some(s) = doc.units().get(i) {
            doc.cursor = s.start;
        }
    }
    follow_cursor(model);
}

fn cursor_start(doc: &Doc) -> usize {
    doc.cursor_span().map_or(doc.cursor, |s| s.start)
}

fn quote_step(model: &mut Model, forward: bool) {
    let Some(doc) = model.doc() else { return };
    let current = match doc.selection {
        Selection::Quote(i) => Some(i),
        _ => None,
    };
    let quotes = &doc.analysis.quotes;
    match step(
        quotes,
        |q| q.span.start,
        current,
        cursor_start(doc),
        forward,
    ) {
        Some(i) => select_quote(model, i),
        None => {
            model.note = Some(if quotes.is_empty() {
                "no quotes".to_owned()
            } else if forward {
                "no more quotes".to_owned()
            } else {
                "no earlier quote".to_owned()
            })
        }
    }
}

/// Select quote `i`, jump to it, and light its speaker in the sidebar.
fn select_quote(model: &mut Model, i: usize) {
    let Some(doc) = model.doc_mut() else { return };
    let Some(quote) = doc.analysis.quotes.get(i) else {
        return;
    };
    let (start, speaker) = (quote.span.start, quote.speaker);
    doc.selection = Selection::Quote(i);
    if let Some(row) = speaker.and_then(|id| {
        doc.entity_rows()
            .iter()
            .position(|r| *r == EntityRow::Entity(id))
    }) {
        doc.entity_list.selected = row;
    }
    if let Some(row) = doc.visible_quotes().iter().position(|&q| q == i) {
        doc.quote_list.selected = row;
    }
    let heights = (
        pane_height(model, Focus::Entities),
        pane_height(model, Focus::Quotes),
    );
    if let Some(doc) = model.doc_mut() {
        doc.entity_list.offset = doc.entity_list.visible_offset(heights.0);
        doc.quote_list.offset = doc.quote_list.visible_offset(heights.1);
    }
    jump_to(model, start);
}

fn mention_step(model: &mut Model, forward: bool) {
    let Some(doc) = model.doc() else { return };
    let from = cursor_start(doc);
    if let Selection::Entity { id, mention } = doc.selection {
        let mentions = &doc.analysis.entities[id].mentions;
        match step(mentions, |m| m.start, Some(mention), from, forward) {
            Some(m) => {
                let start = mentions[m].start;
                if let Some(doc) = model.doc_mut() {
                    doc.selection = Selection::Entity { id, mention: m };
                }
                jump_to(model, start);
            }
            None => model.note = Some("no more mentions".to_owned()),
        }
        return;
    }
    if !model.search.is_active() {
        model.note = Some("nothing selected: Enter on an entity, or / to search".to_owned());
        return;
    }
    let current = match doc.selection {
        Selection::Match(i) => Some(i),
        _ => None,
    };
    match step(&model.search.matches, |m| m.start, current, from, forward) {
        Some(i) => {
            let start = model.search.matches[i].start;
            if let Some(doc) = model.doc_mut() {
                doc.selection = Selection::Match(i);
            }
            jump_to(model, start);
        }
        None => {
            model.note = Some(if model.search.matches.is_empty() {
                format!("no match for {}", model.search.query)
            } else {
                "no more matches".to_owned()
            })
        }
    }
}

fn activate(model: &mut Model) {
    match model.focus {
        Focus::Text => {}
        Focus::Articles => {
            if let Some(&d) = model.article_rows.get(model.articles_list.selected) {
                open_article(model, d);
            }
        }
        Focus::Entities => {
            let Some(doc) = model.doc() else { return };
            if let Some(EntityRow::Entity(id)) = doc.entity_rows().get(doc.entity_list.selected) {
                select_entity(model, *id);
            }
        }
        Focus::Quotes => {
            let Some(doc) = model.doc() else { return };
            if let Some(&i) = doc.visible_quotes().get(doc.quote_list.selected) {
                select_quote(model, i);
            }
        }
    }
}

/// Select entity `id` and jump to its first mention at or after the cursor (wrapping around).
fn select_entity(model: &mut Model, id: usize) {
    let Some(doc) = model.doc_mut() else { return };
    let from = cursor_start(doc);
    let mentions = &doc.analysis.entities[id].mentions;
    let first = mentions.partition_point(|m| m.start < from);
    let mention = if first < mentions.len() { first } else { 0 };
    let target = mentions.get(mention).map(|m| m.start);
    doc.selection = Selection::Entity { id, mention };
    doc.quote_list = Default::default();
    if let Some(start) = target {
        jump_to(model, start);
    }
}

fn open_article(model: &mut Model, index: usize) {
    if index < model.docs.len() {
        if index != model.open {
            // The article left keeps its reading state, not its caches: a long session through a
            // big folder holds one article's wrapped lines and lowercase copy, not every one's.
            if let Some(left) = model.docs.get_mut(model.open) {
                left.forget_caches();
                left.set_aside();
            }
        }
        model.open = index;
        model.docs[index].restore_analysis();
        if let Some(row) = model.article_rows.iter().position(|&d| d == index) {
            model.articles_list.selected = row;
        }
        model.focus = Focus::Text;
        refresh_matches(model);
        follow_cursor(model);
    }
}

fn clear(model: &mut Model) {
    if model.help {
        model.help = false;
        return;
    }
    if let Some(doc) = model.doc_mut() {
        if doc.selection != Selection::None {
            doc.selection = Selection::None;
            return;
        }
    }
    if model.search.is_active() {
        model.search = Default::default();
    }
}

fn edit_search(model: &mut Model, key: Key) {
    match key {
        Key::Char(c) => {
            model.search.query.push(c);
            refresh_matches(model);
        }
        Key::Backspace => {
            model.search.query.pop();
            refresh_matches(model);
        }
        Key::Enter => {
            model.search.editing = false;
            if model.search.query.is_empty() {
                model.search = Default::default();
            } else {
                if let Some(doc) = model.doc_mut() {
                    doc.selection = Selection::None;
                }
                mention_step(model, true);
            }
        }
        Key::Esc => {
            model.search = Default::default();
            refresh_matches(model);
        }
        Key::Ctrl('c') => model.quit = true,
        _ => {}
    }
}

/// Recompute the search matches in the open article.
fn refresh_matches(model: &mut Model) {
    let matches = match model.doc() {
        Some(doc) => find_matches(doc, &model.search.query),
        None => Vec::new(),
    };
    model.search.matches = matches;
    if let Some(doc) = model.doc_mut() {
        if matches!(doc.selection, Selection::Match(_)) {
            doc.selection = Selection::None;
        }
    }
}

/// Every occurrence of `query` in the body: case-insensitive (ASCII) unless the query has a capital.
pub fn find_matches(doc: &Doc, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    let (haystack, needle) = if query.chars().any(char::is_uppercase) {
        (&*doc.article.body, query.to_owned())
    } else {
        (doc.lowercase_body(), query.to_ascii_lowercase())
    };
    memchr::memmem::find_iter(haystack.as_bytes(), needle.as_bytes())
        .take(MAX_MATCHES)
        .map(|s| Span::new(s, s + needle.len()))
        .collect()
}

fn toggle(model: &mut Model, action: Action) {
    let wide = panes(model).wide;
    let t = &mut model.toggles;
    let (shown, pane) = match (action, wide) {
        (Action::ToggleEntities, true) => {
            t.hide_entities = !t.hide_entities;
            (!t.hide_entities, Focus::Entities)
        }
        (Action::ToggleEntities, false) => {
            t.reveal_entities = !t.reveal_entities;
            (t.reveal_entities, Focus::Entities)
        }
        (Action::ToggleQuotes, true) => {
            t.hide_quotes = !t.hide_quotes;
            (!t.hide_quotes, Focus::Quotes)
        }
        (Action::ToggleQuotes, false) => {
            t.reveal_quotes = !t.reveal_quotes;
            (t.reveal_quotes, Focus::Quotes)
        }
        _ => {
            t.hide_articles = !t.hide_articles;
            (!t.hide_articles, Focus::Articles)
        }
    };
    if shown && (!wide || pane == Focus::Articles) && panes(model).rect(pane).is_some() {
        model.focus = pane;
    }
    fix_focus(model);
    follow_cursor(model);
}

fn cycle_focus(model: &mut Model, forward: bool) {
    let order = panes(model).focusable();
    if order.is_empty() {
        return;
    }
    let at = order.iter().position(|f| *f == model.focus).unwrap_or(0);
    let next = if forward {
        (at + 1) % order.len()
    } else {
        (at + order.len() - 1) % order.len()
    };
    model.focus = order[next];
}

/// Move the focus off a pane that is no longer shown.
fn fix_focus(model: &mut Model) {
    let layout = panes(model);
    if layout.rect(model.focus).is_none() {
        if let Some(first) = layout
            .focusable()
            .into_iter()
            .find(|f| *f == Focus::Text)
            .or_else(|| layout.focusable().first().copied())
        {
            model.focus = first;
        }
    }
}

/// The inner height of a pane (a page of that list), or 1.
fn pane_height(model: &Model, focus: Focus) -> usize {
    panes(model)
        .rect(focus)
        .map_or(1, |r| usize::from(inner(r).height).max(1))
}

/// The reading pane's inner width and height (a guess from the terminal size when it is hidden).
pub fn text_size(model: &Model) -> (usize, usize) {
    let rect = panes(model).text.map(inner).unwrap_or(Rect::new(
        0,
        0,
        model.size.0.saturating_sub(2),
        model.size.1.saturating_sub(3),
    ));
    (
        usize::from(rect.width).max(1),
        usize::from(rect.height).max(1),
    )
}

/// Scroll the open article so the cursor sentence is on screen with a margin.
fn follow_cursor(model: &mut Model) {
    let (width, height) = text_size(model);
    if let Some(doc) = model.doc_mut() {
        doc.top = scrolled_top(doc, doc.top, width, height);
    }
}

fn on_mouse(model: &mut Model, event: MouseEvent) {
    let layout = panes(model);
    let at = Position::new(event.column, event.row);
    let Some(focus) = layout
        .focusable()
        .into_iter()
        .find(|f| layout.rect(*f).is_some_and(|r| r.contains(at)))
    else {
        return;
    };
    let area = inner(layout.rect(focus).unwrap_or_default());
    match event.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let down = event.kind == MouseEventKind::ScrollDown;
            if focus == Focus::Text {
                wheel_text(model, down);
            } else {
                let saved = model.focus;
                model.focus = focus;
                move_in_focus(model, Move::By(if down { 1 } else { -1 }));
                model.focus = saved;
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            model.focus = focus;
            if !area.contains(at) {
                return;
            }
            let row = usize::from(at.y - area.y);
            click(model, focus, area, row, usize::from(at.x - area.x));
        }
        _ => {}
    }
}

fn wheel_text(model: &mut Model, down: bool) {
    let (width, height) = text_size(model);
    let Some(doc) = model.doc_mut() else { return };
    let (top, cursor) = {
        let grid = doc.grid(width);
        let top = scrolled_top(doc, doc.top, width, height);
        let top = if down {
            grid.advance(top, WHEEL_ROWS).min(grid.max_top(height))
        } else {
            grid.retreat(top, WHEEL_ROWS)
        };
        let margin = super::navigate::margin(height);
        let inside = visible_range(
            &grid,
            grid.advance(top, margin),
            height.saturating_sub(2 * margin).max(1),
        );
        let cursor = inside.map_or(doc.cursor, |r| cursor_into(doc, r));
        (top, cursor)
    };
    doc.top = top;
    doc.cursor = cursor;
    follow_cursor(model);
}

fn click(model: &mut Model, focus: Focus, area: Rect, row: usize, column: usize) {
    match focus {
        Focus::Text => {
            let (width, height) = (usize::from(area.width), usize::from(area.height));
            let Some(doc) = model.doc() else { return };
            let grid = doc.grid(width);
            let top = scrolled_top(doc, doc.top, width, height);
            let rows = grid.rows_from(top, height);
            if let Some((_, Row::Line(line))) = rows.get(row) {
                let offset = offset_at_column(line.text(&doc.article.body), column) + line.start;
                jump_to(model, offset);
            }
        }
        Focus::Articles => {
            let index = model.articles_list.offset + row;
            if let Some(&d) = model.article_rows.get(index) {
                open_article(model, d);
            }
        }
        Focus::Entities => {
            let Some(doc) = model.doc_mut() else { return };
            let index = doc.entity_list.offset + row;
            if let Some(EntityRow::Entity(id)) = doc.entity_rows().get(index).copied() {
                doc.entity_list.selected = index;
                select_entity(model, id);
            }
        }
        Focus::Quotes => {
            let Some(doc) = model.doc_mut() else { return };
            let index = doc.quote_list.offset + row;
            if let Some(&i) = doc.visible_quotes().get(index) {
                doc.quote_list.selected = index;
                select_quote(model, i);
            }
        }
    }
}

/// The byte offset in `line` of the character drawn at `column`.
fn offset_at_column(line: &str, column: usize) -> usize {
    let mut x = 0;
    for (i, c) in line.char_indices() {
        x += unicode_width::UnicodeWidthChar::width(c)
            .unwrap_or(0)
            .max(usize::from(c == '\n'));
        if x > column {
            return i;
        }
    }
    line.len().saturating_sub(1)
}
