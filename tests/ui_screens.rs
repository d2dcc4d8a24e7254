//! Whole-screen snapshots (insta) of the reader after key sequences, on a fixture article with a
//! hand-built analysis, so they only change when the view does.

mod ui_common;

use lede::app::runtime::render;
use lede::app::{update, Msg};
use lede::ui::theme::Theme;
use ui_common::{model, press};

fn screen(width: u16, height: u16, keys: &str) -> String {
    let mut m = model(width, height, Theme::mono());
    press(&mut m, keys);
    render(&m, false)
}

#[test]
fn wide_layout_at_start() {
    insta::assert_snapshot!(screen(100, 24, ""));
}

#[test]
fn quote_jump_lights_the_speaker() {
    insta::assert_snapshot!(screen(100, 24, "]]"));
}

#[test]
fn entity_selected_filters_quotes() {
    insta::assert_snapshot!(screen(100, 24, "<Tab>j<Enter>"));
}

#[test]
fn narrow_layout_hides_the_sidebar() {
    insta::assert_snapshot!(screen(48, 16, "j"));
}

#[test]
fn narrow_layout_reveals_the_sidebar_on_toggle() {
    insta::assert_snapshot!(screen(48, 16, "e"));
}

#[test]
fn help_overlay() {
    insta::assert_snapshot!(screen(90, 30, "?"));
}

#[test]
fn search_prompt_while_typing() {
    insta::assert_snapshot!(screen(70, 12, "/harb"));
}

#[test]
fn highlights_in_mono_ansi() {
    // Cursor sentence bold, quote italic, current match reversed: visible without colour.
    let mut m = model(60, 12, Theme::mono());
    press(&mut m, "/spare<Enter>");
    insta::assert_snapshot!(render(&m, true));
}

#[test]
fn highlights_in_colour_ansi() {
    let mut m = model(60, 12, Theme::color());
    press(&mut m, "j<Tab><Enter>");
    insta::assert_snapshot!(render(&m, true));
}

#[test]
fn scrolls_to_keep_the_cursor_on_screen() {
    let mut m = model(40, 10, Theme::mono());
    press(&mut m, "jjjjjjj");
    let s = render(&m, false);
    assert!(s.contains("Islanders were not"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn resize_rewraps_and_keeps_the_cursor() {
    let mut m = model(100, 24, Theme::mono());
    press(&mut m, "jjjjjj");
    update(&mut m, Msg::Resize(30, 8));
    let s = render(&m, false);
    assert!(s.contains("sentence 7/9"), "{s}");
    assert!(s.contains("Islanders"), "{s}");
}
