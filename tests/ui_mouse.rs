//! Mouse: a click puts the cursor on a sentence or selects an entity / quote; the wheel scrolls.

mod ui_common;

use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use lede::app::model::Focus;
use lede::app::runtime::render;
use lede::app::{update, Msg};
use lede::ui::theme::Theme;
use ui_common::{model, status};

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Msg {
    Msg::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// The (column, row) where `needle` is drawn.
fn find(screen: &str, needle: &str) -> (u16, u16) {
    for (row, line) in screen.lines().enumerate() {
        if let Some(byte) = line.find(needle) {
            return (line[..byte].chars().count() as u16, row as u16);
        }
    }
    panic!("{needle} not on screen:\n{screen}");
}

#[test]
fn clicking_a_sentence_moves_the_cursor_there() {
    let mut m = model(100, 24, Theme::mono());
    let (x, y) = find(&render(&m, false), "Islanders were");
    update(
        &mut m,
        mouse(MouseEventKind::Down(MouseButton::Left), x + 3, y),
    );
    assert!(status(&render(&m, false)).contains("sentence 7/9"));
    assert_eq!(m.focus, Focus::Text);
}

#[test]
fn clicking_an_entity_selects_it_and_a_quote_selects_the_quote() {
    let mut m = model(100, 24, Theme::mono());
    let (x, y) = find(&render(&m, false), "Tomas Reyes  ");
    update(&mut m, mouse(MouseEventKind::Down(MouseButton::Left), x, y));
    let screen = render(&m, false);
    assert!(
        status(&screen).contains("Tomas Reyes mention 1/2"),
        "{screen}"
    );
    assert_eq!(m.focus, Focus::Entities);
    let (x, y) = find(&screen, "Reyes: We are");
    update(&mut m, mouse(MouseEventKind::Down(MouseButton::Left), x, y));
    let screen = render(&m, false);
    assert!(
        status(&screen).contains("sentence 5/9  quote 2/3"),
        "{screen}"
    );
}

#[test]
fn the_wheel_scrolls_and_keeps_the_cursor_visible() {
    let mut m = model(60, 10, Theme::mono());
    let before = render(&m, false);
    update(&mut m, mouse(MouseEventKind::ScrollDown, 5, 3));
    update(&mut m, mouse(MouseEventKind::ScrollDown, 5, 3));
    let after = render(&m, false);
    assert_ne!(before, after);
    assert!(!after.contains("The only ferry"), "{after}");
    assert!(!status(&after).contains("sentence 1/9"), "{after}");
    update(&mut m, mouse(MouseEventKind::ScrollUp, 5, 3));
    update(&mut m, mouse(MouseEventKind::ScrollUp, 5, 3));
    update(&mut m, mouse(MouseEventKind::ScrollUp, 5, 3));
    assert!(render(&m, false).contains("The only ferry"));
}
