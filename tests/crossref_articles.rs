//! Across articles: the cross-article index (names, shared multi-word forms, unambiguous
//! surnames), the entity card's counts, `o` opening the next article at the first mention, `s`
//! sorting and `f` filtering the article list. Articles and analyses are hand-built (invented).

use lede::analysis::{paragraphs, Analysis, Article, Entity, EntityKind, Span};
use lede::app::crossref::CrossIndex;
use lede::app::keys::parse_keys;
use lede::app::model::{Selection, Stage};
use lede::app::runtime::render;
use lede::app::{update, Model, Msg};
use lede::ui::theme::Theme;

type Table<'a> = &'a [(&'a str, EntityKind, &'a [&'a str])];

fn article(title: &str, date: Option<&str>, body: &str) -> Article {
    Article {
        source: format!("{title}.txt"),
        title: Some(title.to_owned()),
        date: date.map(str::to_owned),
        body: body.into(),
        ..Article::default()
    }
}

/// Sentences split after ". "; entities from (name, kind, mention forms) found in the body.
fn analysis(body: &str, table: Table<'_>) -> Analysis {
    let paragraphs = paragraphs::paragraphs(body);
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, _) in body.match_indices(". ") {
        sentences.push(Span::new(start, i + 1));
        start = i + 2;
    }
    sentences.push(Span::new(start, body.trim_end().len()));
    let mut taken: Vec<Span> = Vec::new();
    let entities = table
        .iter()
        .map(|(name, kind, forms)| {
            let mut mentions = Vec::new();
            for form in *forms {
                for (i, _) in body.match_indices(form) {
                    let span = Span::new(i, i + form.len());
                    if !taken.iter().any(|t| t.overlaps(span)) {
                        taken.push(span);
                        mentions.push(span);
                    }
                }
            }
            mentions.sort();
            Entity {
                name: (*name).to_owned(),
                kind: *kind,
                mentions,
            }
        })
        .collect();
    Analysis {
        paragraphs,
        sentences,
        entities,
        quotes: Vec::new(),
    }
}

use EntityKind::{Organization as Org, Person, Place};

const A: &str =
    "Elin Dace said the Coastal Transit Board would build a pier. The board met in Port Avel.";
const B: &str = "Fares rose again this winter. The Coastal Transit Board blamed fuel, Dace said.";
const C: &str = "Mark Reyes joined the Coastal Transit Board of Marrow. Reyes sailed from Port Avel. The Coastal Transit Board thanked him.";

fn corpus() -> Vec<(Article, Analysis)> {
    vec![
        (
            article("Harbour board approves new pier", Some("2025-03-02"), A),
            analysis(
                A,
                &[
                    ("Elin Dace", Person, &["Elin Dace"]),
                    ("Coastal Transit Board", Org, &["Coastal Transit Board"]),
                    ("Port Avel", Place, &["Port Avel"]),
                ],
            ),
        ),
        (
            article("Ferry fares rise", Some("2025-01-15"), B),
            analysis(
                B,
                &[
                    ("Coastal Transit Board", Org, &["Coastal Transit Board"]),
                    ("Dace", Person, &["Dace"]),
                ],
            ),
        ),
        (
            article("A new captain for the island run", Some("2025-02-20"), C),
            analysis(
                C,
                &[
                    ("Mark Reyes", Person, &["Mark Reyes", "Reyes"]),
                    (
                        "Coastal Transit Board of Marrow",
                        Org,
                        &["Coastal Transit Board of Marrow", "Coastal Transit Board"],
                    ),
                    ("Port Avel", Place, &["Port Avel"]),
                ],
            ),
        ),
    ]
}

/// A reader on the corpus with the first `complete` analyses delivered.
fn reader(complete: usize) -> Model {
    let corpus = corpus();
    let articles = corpus.iter().map(|(a, _)| a.clone()).collect();
    let mut m = Model::new(articles, Theme::mono());
    update(&mut m, Msg::Resize(120, 30));
    for (doc, (_, analysis)) in corpus.into_iter().enumerate().take(complete) {
        update(
            &mut m,
            Msg::Analysed {
                doc,
                stage: Stage::Complete,
                analysis: Box::new(analysis),
            },
        );
    }
    m
}

fn press(m: &mut Model, keys: &str) {
    for key in parse_keys(keys).unwrap() {
        update(m, Msg::Key(key));
    }
}

/// The id of the entity called `name` in article `doc` (from the analysis itself: the model
/// keeps only the open article's).
fn id_of(_: &Model, doc: usize, name: &str) -> usize {
    corpus()[doc]
        .1
        .entities
        .iter()
        .position(|e| e.name == name)
        .unwrap()
}

#[test]
fn counts_link_names_forms_and_surnames() {
    let m = reader(3);
    let x = &m.crossref;
    assert_eq!(x.others(0, id_of(&m, 0, "Elin Dace")), vec![(1, 1)]);
    assert_eq!(
        x.others(0, id_of(&m, 0, "Coastal Transit Board")),
        vec![(1, 0), (2, 1)]
    );
    assert_eq!(x.others(0, id_of(&m, 0, "Port Avel")), vec![(2, 2)]);
    assert_eq!(x.count(2, id_of(&m, 2, "Mark Reyes")), 0);
    assert_eq!(x.count(1, id_of(&m, 1, "Dace")), 1);
}

#[test]
fn the_index_grows_as_results_arrive() {
    let mut m = reader(1);
    assert_eq!(m.crossref.count(0, 1), 0);
    let corpus = corpus();
    for doc in [2, 1] {
        update(
            &mut m,
            Msg::Analysed {
                doc,
                stage: Stage::Complete,
                analysis: Box::new(corpus[doc].1.clone()),
            },
        );
    }
    assert_eq!(m.crossref.count(0, 1), 2);
    assert_eq!(m.crossref.count(0, 0), 1);
}

#[test]
fn a_surname_shared_by_two_people_links_no_bare_surname() {
    let corpus = corpus();
    let mut index = CrossIndex::default();
    index.add(0, &corpus[0].1, A);
    index.add(1, &corpus[1].1, B);
    assert_eq!(index.count(0, 0), 1);
    let d = "Tomas Dace watched the storm from Jordan. Jordan Bell did not.";
    let table: Table<'_> = &[
        ("Tomas Dace", Person, &["Tomas Dace"]),
        ("Jordan", Place, &["Jordan"]),
    ];
    index.add(3, &analysis(d, table), d);
    assert_eq!(index.count(0, 0), 0, "Dace is now ambiguous");
    assert_eq!(index.count(1, 1), 0);
    let e = "Jordan spoke first.";
    index.add(4, &analysis(e, &[("Jordan", Person, &["Jordan"])]), e);
    assert_eq!(index.count(4, 0), 0, "a one-word name needs the same kind");
    // Organizations still link after the rebuild.
    assert_eq!(index.count(0, 1), 1);
}

#[test]
fn the_card_and_the_rows_show_the_counts() {
    let mut m = reader(3);
    press(&mut m, "<Tab>j");
    let screen = render(&m, false);
    assert!(screen.contains("↗2 1"), "{screen}");
    assert!(
        screen.contains(" in 2 other articles · o opens "),
        "{screen}"
    );
    // Wider sidebars have room for the name too.
    let c = lede::config::Config::parse("[layout]\nsidebar_width = 60\n", "config.toml");
    c.apply(&mut m);
    update(&mut m, Msg::Resize(140, 30));
    let screen = render(&m, false);
    assert!(
        screen.contains(" Coastal Transit Board · in 2 other articles · o opens "),
        "{screen}"
    );
}

#[test]
fn o_opens_the_next_article_at_the_first_mention_in_turn() {
    let mut m = reader(3);
    press(&mut m, "<Tab>j<Enter>");
    assert_eq!(m.open, 0);
    press(&mut m, "o");
    assert_eq!(m.open, 1);
    let doc = m.doc().unwrap();
    let board = id_of(&m, 1, "Coastal Transit Board");
    assert_eq!(
        doc.selection,
        Selection::Entity {
            id: board,
            mention: 0
        }
    );
    assert_eq!(doc.cursor_index(), 1, "the sentence of the first mention");
    let note = m.note.clone().unwrap();
    assert_eq!(
        note,
        "Coastal Transit Board in 2 other articles: “Ferry fares rise”, “A new captain for the island run” (opened 1/2)"
    );
    press(&mut m, "o");
    assert_eq!(m.open, 2);
    assert_eq!(
        m.doc().unwrap().selection,
        Selection::Entity { id: 1, mention: 0 }
    );
    press(&mut m, "o");
    assert_eq!(m.open, 0, "wraps around");
    // Nothing selected: a hint, no move.
    press(&mut m, "<Esc><Esc>o");
    assert_eq!(m.open, 0);
    assert!(m
        .note
        .as_deref()
        .unwrap()
        .starts_with("select an entity first"));
}

#[test]
fn s_cycles_file_date_and_title_order() {
    let mut m = reader(3);
    assert_eq!(m.article_rows, vec![0, 1, 2]);
    press(&mut m, "s");
    assert_eq!(m.article_rows, vec![1, 2, 0]);
    assert!(render(&m, false).contains("by date"));
    press(&mut m, "s");
    assert_eq!(m.article_rows, vec![2, 1, 0]);
    press(&mut m, "s");
    assert_eq!(m.article_rows, vec![0, 1, 2]);
    // The list follows the order: the first row by date is "Ferry fares rise".
    press(&mut m, "s<BackTab><Home><Enter>");
    assert_eq!(m.open, 1);
}

#[test]
fn f_filters_the_articles_to_the_entity() {
    let mut m = reader(3);
    press(&mut m, "<Tab>jj<Enter>f");
    assert_eq!(m.article_rows, vec![0, 2]);
    assert_eq!(m.note.as_deref(), Some("2 articles mention Port Avel"));
    let screen = render(&m, false);
    assert!(screen.contains("2 with Port Avel"), "{screen}");
    assert!(!screen.contains("Ferry fares rise"), "{screen}");
    press(&mut m, "f");
    assert_eq!(m.article_rows, vec![0, 1, 2]);
    assert_eq!(m.note.as_deref(), Some("all articles"));
}
