//! Every size down to 1x1, every key: the view never panics and the status line survives.

mod ui_common;

use lede::app::runtime::render;
use lede::app::{update, Msg};
use lede::ui::theme::Theme;
use ui_common::{model, press};

const SCRIPT: &str =
    "jj}]<Tab><Enter>n<Tab><Enter>e\"a?<Esc>/dace<Enter>nNG<Space>b[{g<BackTab><End><Home>";

#[test]
fn tiny_and_odd_sizes_never_panic() {
    for width in (1..=14).chain([37, 49, 85, 86, 87, 200]) {
        for height in (1..=9).chain([15, 60]) {
            let mut m = model(width, height, Theme::color());
            for key in lede::app::keys::parse_keys(SCRIPT).unwrap() {
                update(&mut m, Msg::Key(key));
                let screen = render(&m, false);
                assert_eq!(screen.lines().count(), usize::from(height));
            }
        }
    }
}

#[test]
fn resizing_back_and_forth_keeps_the_cursor() {
    let mut m = model(120, 40, Theme::mono());
    press(&mut m, "jjjjj");
    for (w, h) in [
        (1, 1),
        (3, 2),
        (20, 5),
        (200, 60),
        (50, 10),
        (0, 0),
        (90, 30),
    ] {
        update(&mut m, Msg::Resize(w, h));
        let _ = render(&m, false);
    }
    assert!(render(&m, false).contains("sentence 6/9"));
}

#[test]
fn one_by_one_shows_one_cell() {
    let m = model(1, 1, Theme::mono());
    assert_eq!(render(&m, false).lines().count(), 1);
}
