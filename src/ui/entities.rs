//! The entity sidebar: entities grouped by kind, each with its mention count, most salient first.
//! The list cursor is marked; the selected entity (or the selected quote's speaker) carries a `●`.
//! With several articles open, `↗N` says an entity appears in N other articles, and the pane's
//! bottom edge is the card of the entity under the list cursor (or the lit one): in how many
//! other articles it appears, and the key that opens them.

use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::Frame;

use crate::analysis::EntityKind;
use crate::app::model::{EntityRow, Model, Stage};

use super::{fit, pane_block, width_of};

/// The heading of a kind's group.
pub fn kind_heading(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organizations",
        EntityKind::Place => "Places",
        EntityKind::Group => "Groups",
        EntityKind::Other => "Other names",
    }
}

/// Draw the entity sidebar into `rect`.
pub fn draw(model: &Model, frame: &mut Frame, rect: Rect, focused: bool) {
    let theme = &model.theme;
    let Some(doc) = model.doc() else { return };
    let count = doc.analysis.entities.len();
    let area = pane_block(frame, rect, "Entities", &count.to_string(), focused, theme);
    if area.is_empty() {
        return;
    }
    let several = model.docs.len() > 1;
    if several {
        draw_card(model, frame, rect);
    }
    if doc.entity_rows().is_empty() {
        let text = if doc.stage < Stage::Complete {
            "analysing…"
        } else {
            "no names found"
        };
        frame.render_widget(Line::styled(fit(text, area.width.into()), theme.dim), area);
        return;
    }
    let height = usize::from(area.height);
    let offset = doc.entity_list.visible_offset(height);
    let width = usize::from(area.width);
    let lit = doc.lit_entity();
    for (i, row) in doc
        .entity_rows()
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
    {
        let y = area.y + (i - offset) as u16;
        let line = match *row {
            EntityRow::Header(kind, n) => Line::styled(
                fit(&format!("{} ({n})", kind_heading(kind)), width),
                theme.kind(kind),
            ),
            EntityRow::Entity(id) => {
                let entity = &doc.analysis.entities[id];
                let mark = if lit == Some(id) { "●" } else { " " };
                let others = if several {
                    model.crossref.count(model.open, id)
                } else {
                    0
                };
                let count = if others > 0 {
                    format!("↗{others} {}", entity.mentions.len())
                } else {
                    entity.mentions.len().to_string()
                };
                let room = width.saturating_sub(width_of(&count) + 3);
                let name = fit(&entity.name, room);
                let pad = room.saturating_sub(width_of(&name));
                let mut style = if entity.kind == EntityKind::Person {
                    theme.speaker(id)
                } else {
                    Style::new().fg(theme.kind(entity.kind).fg.unwrap_or(Color::Reset))
                };
                if i == doc.entity_list.selected {
                    style = style.patch(if focused {
                        theme.list_cursor
                    } else {
                        theme.list_cursor_unfocused
                    });
                }
                if lit == Some(id) {
                    style = style.patch(theme.title);
                }
                Line::from(vec![
                    TextSpan::styled(format!("{mark} {name}{} ", " ".repeat(pad)), style),
                    TextSpan::styled(count, theme.dim),
                ])
            }
        };
        frame.buffer_mut().set_line(area.x, y, &line, area.width);
    }
}

/// The card on the pane's bottom edge: `Elin Dace · in 2 other articles · o opens`.
fn draw_card(model: &Model, frame: &mut Frame, rect: Rect) {
    let Some(doc) = model.doc() else { return };
    let id = match doc.entity_rows().get(doc.entity_list.selected) {
        Some(EntityRow::Entity(id)) if model.focus == crate::app::model::Focus::Entities => *id,
        _ => match doc.lit_entity() {
            Some(id) => id,
            None => return,
        },
    };
    let Some(entity) = doc.analysis.entities.get(id) else {
        return;
    };
    let others = model.crossref.count(model.open, id);
    let where_ = match others {
        0 => "in no other article".to_owned(),
        1 => "in 1 other article".to_owned(),
        n => format!("in {n} other articles"),
    };
    let key = model
        .keymap
        .keys_of(crate::app::keymap::Action::OtherArticles)
        .first()
        .map(|k| format!(" · {} opens", k.label()))
        .filter(|_| others > 0)
        .unwrap_or_default();
    let room = usize::from(rect.width.saturating_sub(4));
    let full = format!(" {} · {where_}{key} ", entity.name);
    let text = if width_of(&full) <= room {
        full
    } else {
        fit(&format!(" {where_}{key} "), room)
    };
    if !super::layout::has_border(rect) {
        return;
    }
    frame.buffer_mut().set_stringn(
        rect.x + 2,
        rect.y + rect.height - 1,
        text,
        room,
        model.theme.title,
    );
}
