//! Short articles that are not shown keep only their counts (a folder of 10,000 of them would
//! otherwise hold 10,000 analyses) and are analysed again, identically, when opened; long ones
//! keep their analysis. Articles are invented.

use lede::analysis::Article;
use lede::app::keys::parse_keys;
use lede::app::model::{Counts, Stage, SET_ASIDE_MAX_BYTES};
use lede::app::{update, worker, Model, Msg};
use lede::ui::theme::Theme;

fn article(title: &str, body: &str) -> Article {
    Article {
        source: format!("{title}.txt"),
        title: Some(title.to_owned()),
        body: body.into(),
        ..Article::default()
    }
}

const FERRY: &str = "The Harbour Board approved a new ferry route on Monday. \
“It will cut the crossing to forty minutes,” said Maren Holt, the board’s chair.\n\n\
Ms. Holt said the first sailing would leave Port Avel in March.";
const MINE: &str = "Workers at the Kestrel Copper mine walked out on Friday. \
“We have waited two years for this contract,” said Tomas Vey, a shift leader.\n\n\
The company, Kestrel Mining Ltd., said talks would resume in Dunmore next week.";
const FESTIVAL: &str = "The Lantern Festival returns to Oskarsby this weekend. \
Organisers from the Oskarsby Arts Council expect 40,000 visitors.\n\n\
“We doubled the number of stalls,” said Ilse Brandt, who runs the festival.";

fn model(articles: Vec<Article>) -> Model {
    let mut m = Model::new(articles, Theme::mono());
    update(&mut m, Msg::Resize(120, 30));
    m
}

fn press(m: &mut Model, keys: &str) {
    for key in parse_keys(keys).unwrap() {
        update(m, Msg::Key(key));
    }
}

fn counts_of(body: &str) -> Counts {
    let a = worker::whole(body);
    Counts {
        paragraphs: a.paragraphs.len(),
        sentences: a.sentences.len(),
        entities: a.entities.len(),
        quotes: a.quotes.len(),
    }
}

#[test]
fn short_articles_not_shown_keep_their_counts_and_come_back_whole_when_opened() {
    let bodies = [FERRY, MINE, FESTIVAL];
    let mut m = model(bodies.iter().map(|b| article("a", b)).collect());
    worker::analyse_now(&mut m);
    assert!(!m.docs[0].is_set_aside());
    assert_eq!(m.docs[0].analysis, worker::whole(FERRY));
    for (doc, body) in m.docs.iter().zip(bodies).skip(1) {
        assert!(doc.is_set_aside());
        assert_eq!(doc.stage, Stage::Complete);
        assert!(doc.analysis.sentences.is_empty() && doc.analysis.entities.is_empty());
        assert_eq!(doc.counts, counts_of(body));
        assert!(doc.counts.entities > 0 && doc.counts.quotes > 0);
    }
    // The article list shows the counts of articles set aside.
    let screen = lede::app::runtime::render(&m, false);
    let mine = counts_of(MINE);
    assert!(
        screen.contains(&format!("{} sentences", mine.sentences)),
        "{screen}"
    );

    // Open the third article from the article list: analysed again, the same as before; the
    // first is set aside in its turn.
    press(&mut m, "<BackTab>jj<Enter>");
    assert_eq!(m.open, 2);
    assert!(!m.docs[2].is_set_aside());
    assert_eq!(m.docs[2].analysis, worker::whole(FESTIVAL));
    assert!(m.docs[0].is_set_aside());
    assert_eq!(m.docs[0].counts, counts_of(FERRY));
}

#[test]
fn an_article_opened_before_its_turn_ignores_an_earlier_stage_arriving_later() {
    let mut m = model(vec![article("a", FERRY), article("b", MINE)]);
    press(&mut m, "<BackTab>j<Enter>");
    assert_eq!(m.open, 1);
    assert_eq!(m.docs[1].stage, Stage::Complete);
    let entities = m.docs[1].analysis.entities.len();
    assert!(entities > 0);
    // The background analysis gets to it now: its sentence stage must not replace the whole.
    let paragraphs = lede::analysis::paragraphs::paragraphs(MINE);
    update(
        &mut m,
        Msg::Analysed {
            doc: 1,
            stage: Stage::Sentences,
            analysis: Box::new(worker::sentence_stage(MINE, paragraphs)),
        },
    );
    assert_eq!(m.docs[1].analysis.entities.len(), entities);
    assert_eq!(m.docs[1].analysis, worker::whole(MINE));
}

#[test]
fn long_articles_keep_their_analysis() {
    let long = FERRY.repeat(SET_ASIDE_MAX_BYTES / FERRY.len() + 1);
    let mut m = model(vec![article("a", FERRY), article("b", &long)]);
    worker::analyse_now(&mut m);
    assert!(!m.docs[1].is_set_aside());
    assert!(!m.docs[1].analysis.entities.is_empty());
}
