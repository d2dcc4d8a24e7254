//! Key semantics from the contract, checked on the status line and the model after key scripts.

mod ui_common;

use lede::app::model::{Focus, Selection};
use lede::app::runtime::render;
use lede::ui::theme::Theme;
use ui_common::{model, press, status};

fn screen_after(keys: &str) -> String {
    let mut m = model(100, 30, Theme::mono());
    press(&mut m, keys);
    render(&m, false)
}

#[test]
fn status_always_shows_the_sentence() {
    assert!(status(&screen_after("")).contains("sentence 1/9"));
    assert!(status(&screen_after("jj")).contains("sentence 3/9"));
    assert!(status(&screen_after("jjk")).contains("sentence 2/9"));
    assert!(status(&screen_after("G")).contains("sentence 9/9"));
    assert!(status(&screen_after("Gg")).contains("sentence 1/9"));
    assert!(status(&screen_after("}")).contains("sentence 3/9"));
    assert!(status(&screen_after("}}{")).contains("sentence 3/9"));
    assert!(status(&screen_after("GG}")).contains("sentence 9/9"));
    assert!(status(&screen_after("}j{")).contains("sentence 3/9"));
}

#[test]
fn quote_jumps_follow_the_contract() {
    // Nothing selected: `]` takes the first quote at or after the cursor sentence.
    let s = screen_after("]");
    assert!(
        status(&s).contains("sentence 3/9  quote 1/3"),
        "{}",
        status(&s)
    );
    let s = screen_after("]]");
    assert!(
        status(&s).contains("sentence 5/9  quote 2/3"),
        "{}",
        status(&s)
    );
    // From the last sentence, `[` takes the last quote before it.
    let s = screen_after("G[");
    assert!(
        status(&s).contains("sentence 8/9  quote 3/3"),
        "{}",
        status(&s)
    );
    // With the last quote selected, `]` stays and says so.
    let s = screen_after("G[]");
    assert!(status(&s).contains("quote 3/3") && s.contains("no more quotes"));
}

#[test]
fn a_quote_jump_lights_its_speaker_in_the_sidebar() {
    let s = screen_after("]]");
    let lit: Vec<&str> = s.lines().filter(|l| l.contains('●')).collect();
    assert!(lit.iter().any(|l| l.contains("Tomas Reyes")), "{s}");
}

#[test]
fn entity_enter_selects_and_n_cycles_mentions() {
    let mut m = model(100, 30, Theme::mono());
    // Focus the entity sidebar; the cursor starts on the first entity row (Elin Dace: 4 mentions).
    press(&mut m, "jjjj<Tab><Enter>");
    assert_eq!(m.focus, Focus::Entities);
    let s = render(&m, false);
    // Elin Dace is mentioned in sentences 3, 4 and 9: from sentence 5, Enter goes to the third.
    assert!(
        status(&s).contains("sentence 9/9  Elin Dace mention 3/3"),
        "{}",
        status(&s)
    );
    press(&mut m, "N");
    assert!(status(&render(&m, false)).contains("sentence 4/9  Elin Dace mention 2/3"));
    press(&mut m, "N");
    assert!(status(&render(&m, false)).contains("Elin Dace mention 1/3"));
    press(&mut m, "N");
    assert!(render(&m, false).contains("no more mentions"));
    press(&mut m, "n");
    assert!(status(&render(&m, false)).contains("Elin Dace mention 2/3"));
    // Esc clears the selection.
    press(&mut m, "<Esc>");
    assert_eq!(m.docs[0].selection, Selection::None);
}

#[test]
fn entity_enter_wraps_to_the_first_mention() {
    let mut m = model(100, 30, Theme::mono());
    press(&mut m, "G<Tab>jj<Enter>");
    // Rows: People header, Elin Dace, Tomas Reyes, Organizations header, Coastal Transit Board.
    let s = render(&m, false);
    assert!(
        status(&s).contains("Coastal Transit Board mention 1/1"),
        "{}",
        status(&s)
    );
    assert!(status(&s).contains("sentence 1/9"), "{}", status(&s));
}

#[test]
fn search_highlights_and_steps_through_matches() {
    let s = screen_after("/board<Enter>");
    assert!(status(&s).contains("match 1/3"), "{}", status(&s));
    let s = screen_after("/board<Enter>nn");
    assert!(status(&s).contains("match 3/3"), "{}", status(&s));
    let s = screen_after("/board<Enter>nnN");
    assert!(status(&s).contains("match 2/3"), "{}", status(&s));
    // Capitals make the search case-sensitive.
    let s = screen_after("/Board<Enter>");
    assert!(status(&s).contains("match 1/1"), "{}", status(&s));
    // Esc twice: the match selection, then the search.
    let s = screen_after("/board<Enter><Esc><Esc>");
    assert!(!status(&s).contains("match"), "{}", status(&s));
    // While typing, the prompt shows.
    assert!(status(&screen_after("/boa")).contains("/boa"));
}

#[test]
fn quotes_pane_filters_by_the_selected_entity() {
    let mut m = model(100, 30, Theme::mono());
    press(&mut m, "<Tab>j<Enter>");
    let s = render(&m, false);
    assert!(s.contains("Quotes · Tomas Reyes"), "{s}");
    assert!(s.contains("We are not abandoning"));
    assert!(!s.contains("?: a patch"), "{s}");
    // Enter in the quotes pane selects the quote.
    press(&mut m, "<Tab><Enter>");
    assert!(status(&render(&m, false)).contains("quote 2/3"));
}

#[test]
fn help_lists_every_binding_and_closes() {
    let s = screen_after("?");
    for (keys, help) in lede::app::keymap::help_rows() {
        assert!(s.contains(&keys), "{keys} missing");
        assert!(s.contains(&help[..help.len().min(20)]), "{help} missing");
    }
    assert!(!screen_after("?<Esc>").contains("Esc closes"));
    assert!(!screen_after("??").contains("Esc closes"));
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut m = model(80, 24, Theme::mono());
    press(&mut m, "q");
    assert!(m.quit);
    let mut m = model(80, 24, Theme::mono());
    press(&mut m, "<C-c>");
    assert!(m.quit);
}

#[test]
fn tab_cycles_the_visible_panes() {
    let mut m = model(100, 30, Theme::mono());
    let mut seen = Vec::new();
    for _ in 0..3 {
        press(&mut m, "<Tab>");
        seen.push(m.focus);
    }
    assert_eq!(seen, [Focus::Entities, Focus::Quotes, Focus::Text]);
    press(&mut m, "<BackTab>");
    assert_eq!(m.focus, Focus::Quotes);
}

#[test]
fn v_switches_the_quotes_pane_between_text_order_and_speakers() {
    let s = screen_after("v");
    assert!(s.contains("quotes by speaker"), "{s}");
    let s = screen_after("vv");
    assert!(s.contains("quotes in text order"), "{s}");
    // Every quote stays listed, each with its speaker's name.
    let mut m = model(100, 30, Theme::mono());
    press(&mut m, "v");
    let doc = m.doc().unwrap();
    assert_eq!(doc.visible_quotes().len(), 3);
    let s = render(&m, false);
    assert!(s.contains("Dace: safe but slow"), "{s}");
}
