//! Shared helpers for the screen tests: a fixture article of our own and a hand-built analysis of
//! it, so the screens do not change when the analysis engine improves.

#![allow(dead_code)]

use lede::analysis::{
    load, paragraphs, Analysis, Article, Entity, EntityKind, Quote, QuoteKind, Span,
};
use lede::app::keys::parse_keys;
use lede::app::model::Stage;
use lede::app::{update, Model, Msg};
use lede::ui::theme::Theme;

/// The fixture article (an invented story).
pub fn fixture() -> Article {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ferry.txt");
    load::load_paths(&[path]).unwrap().articles.remove(0)
}

/// Sentences: split after `.` followed by a space or the paragraph end.
fn sentences(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for p in paragraphs {
        let mut start = p.start;
        for (i, _) in p.text(body).match_indices('.') {
            let end = p.start + i + 1;
            if end == p.end || body.as_bytes()[end] == b' ' {
                out.push(Span::new(start, end));
                start = (end + 1).min(p.end);
            }
        }
        if start < p.end {
            out.push(Span::new(start, p.end));
        }
    }
    out
}

/// Every whole-word occurrence of `form`, not overlapping `taken`.
fn occurrences(body: &str, form: &str, taken: &[Span]) -> Vec<Span> {
    body.match_indices(form)
        .map(|(i, _)| Span::new(i, i + form.len()))
        .filter(|s| {
            let before = body[..s.start].chars().last();
            let after = body[s.end..].chars().next();
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
                && !taken.iter().any(|t| t.overlaps(*s))
        })
        .collect()
}

/// A hand-built analysis of the fixture.
pub fn hand_analysis(body: &str) -> Analysis {
    let paragraphs = paragraphs::paragraphs(body);
    let sentences = sentences(body, &paragraphs);
    let table: [(&str, EntityKind, &[&str]); 5] = [
        ("Elin Dace", EntityKind::Person, &["Elin Dace", "Dace"]),
        ("Tomas Reyes", EntityKind::Person, &["Tomas Reyes", "Reyes"]),
        (
            "Coastal Transit Board",
            EntityKind::Organization,
            &["Coastal Transit Board"],
        ),
        ("Marrow Island", EntityKind::Place, &["Marrow Island"]),
        ("Bergen", EntityKind::Place, &["Bergen"]),
    ];
    let mut taken: Vec<Span> = Vec::new();
    let mut entities = Vec::new();
    for (name, kind, forms) in table {
        let mut mentions = Vec::new();
        for form in forms {
            let found = occurrences(body, form, &taken);
            taken.extend(&found);
            mentions.extend(found);
        }
        mentions.sort();
        entities.push(Entity {
            name: name.to_owned(),
            kind,
            mentions,
        });
    }
    let marks: Vec<usize> = body.match_indices('"').map(|(i, _)| i).collect();
    let speakers = [Some(0), Some(1), None];
    let kinds = [QuoteKind::Partial, QuoteKind::Direct, QuoteKind::Partial];
    let quotes = marks
        .chunks(2)
        .zip(speakers.into_iter().zip(kinds))
        .map(|(pair, (speaker, kind))| Quote {
            span: Span::new(pair[0] + 1, pair[1]),
            speaker,
            speaker_span: None,
            cue: None,
            kind,
        })
        .collect();
    Analysis {
        paragraphs,
        sentences,
        entities,
        quotes,
    }
}

/// A model of the fixture on a `width` x `height` screen with the hand-built analysis.
pub fn model(width: u16, height: u16, theme: Theme) -> Model {
    let article = fixture();
    let analysis = hand_analysis(&article.body);
    let mut model = Model::new(vec![article], theme);
    update(&mut model, Msg::Resize(width, height));
    update(
        &mut model,
        Msg::Analysed {
            doc: 0,
            stage: Stage::Complete,
            analysis: Box::new(analysis),
        },
    );
    model
}

/// Press the keys of a `--keys` script.
pub fn press(model: &mut Model, keys: &str) {
    for key in parse_keys(keys).unwrap() {
        update(model, Msg::Key(key));
    }
}

/// The last row of a plain screen.
pub fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}
