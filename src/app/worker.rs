//! The background analysis: the open article first, then sentences for every other article (so
//! the cursor can move at once), then their entities and quotes, each stage sent to the event loop
//! as a [`Msg::Analysed`].
//! Paragraphs are found before the first frame (one fast pass), in [`super::model::Doc::new`].

use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::Arc;
use std::thread;

use super::model::{Model, Stage, SET_ASIDE_MAX_BYTES};
use super::msg::Msg;
use super::update::update;
use crate::analysis::{entities, paragraphs, quotes, sentences, Analysis, Span};

/// Sentences of a body whose paragraphs are known.
pub fn sentence_stage(body: &str, paragraphs: Vec<Span>) -> Analysis {
    let mut sentences = sentences::sentences(body, &paragraphs);
    sentences.shrink_to_fit();
    Analysis {
        paragraphs,
        sentences,
        ..Analysis::default()
    }
}

/// Entities and quotes on top of the sentence stage.
pub fn complete_stage(body: &str, mut analysis: Analysis) -> Analysis {
    analysis.entities = entities::find_entities(body, &analysis.paragraphs, &analysis.sentences);
    analysis.quotes = quotes::find_quotes(
        body,
        &analysis.paragraphs,
        &analysis.sentences,
        &analysis.entities,
    );
    compact(&mut analysis);
    analysis
}

/// The whole analysis of a body, as the background analysis makes it.
pub fn whole(body: &str) -> Analysis {
    complete_stage(body, sentence_stage(body, paragraphs::paragraphs(body)))
}

/// Give back the spare capacity of every list of `analysis`: it is kept for as long as the article
/// is open, and the passes build their lists with room to grow (or inside a bigger buffer they
/// reused), which a folder of 10,000 articles pays 10,000 times.
pub fn compact(analysis: &mut Analysis) {
    analysis.paragraphs.shrink_to_fit();
    analysis.sentences.shrink_to_fit();
    analysis.quotes.shrink_to_fit();
    analysis.entities.shrink_to_fit();
    for entity in &mut analysis.entities {
        entity.name.shrink_to_fit();
        entity.mentions.shrink_to_fit();
    }
}

/// One article to analyse: its index, its body, and its paragraphs when the model holds them
/// (the open article; the others find theirs again, a pass at several GB/s).
type Job = (usize, Arc<str>, Option<Vec<Span>>);

/// The jobs for every article of `model` not analysed yet.
fn jobs(model: &Model) -> Vec<Job> {
    model
        .docs
        .iter()
        .enumerate()
        .filter(|(_, d)| d.stage < Stage::Complete)
        .map(|(i, d)| {
            let paragraphs = (i == model.open).then(|| d.analysis.paragraphs.clone());
            (i, d.article.body.clone(), paragraphs)
        })
        .collect()
}

/// How many results may wait in the channel before the analysis thread waits for the loop.
const IN_FLIGHT: usize = 256;

/// Start analysing every article of `model` on a background thread; results arrive on the
/// returned channel, the open article first.
pub fn spawn(model: &Model) -> Receiver<Msg> {
    // Bounded: a folder of small articles is analysed faster than a busy loop takes the results,
    // and results waiting in the channel are whole analyses (most set aside on arrival).
    let (tx, rx) = mpsc::sync_channel(IN_FLIGHT);
    let mut jobs = jobs(model);
    jobs.sort_by_key(|(i, _, _)| *i != model.open);
    thread::Builder::new()
        .name("lede-analysis".to_owned())
        .spawn(move || run(jobs, &tx))
        .expect("cannot start the analysis thread");
    rx
}

/// The sentence stage of a body, its paragraphs found again unless given.
fn sentences_of(body: &str, paragraphs: Option<Vec<Span>>) -> Analysis {
    sentence_stage(
        body,
        paragraphs.unwrap_or_else(|| paragraphs::paragraphs(body)),
    )
}

/// The open article (the first job) is analysed to the end first. For the others, sentences come
/// first for the long ones (so the cursor can move in them at once; a short one is analysed whole
/// when opened: see [`super::model::Doc::restore_analysis`]); nothing is kept meanwhile, and their
/// complete stage finds paragraphs and sentences again (a fast pass next to the entity pass)
/// rather than holding a second copy of every article's sentences in memory until it gets there.
fn run(jobs: Vec<Job>, tx: &SyncSender<Msg>) {
    let send = |doc: usize, stage: Stage, analysis: Analysis| {
        tx.send(Msg::Analysed {
            doc,
            stage,
            analysis: Box::new(analysis),
        })
        .is_ok()
    };
    let mut jobs = jobs.into_iter();
    if let Some((doc, body, paragraphs)) = jobs.next() {
        let analysis = sentences_of(&body, paragraphs);
        if !send(doc, Stage::Sentences, analysis.clone())
            || !send(doc, Stage::Complete, complete_stage(&body, analysis))
        {
            return;
        }
    }
    let mut rest = Vec::with_capacity(jobs.len());
    for (doc, body, paragraphs) in jobs {
        if body.len() > SET_ASIDE_MAX_BYTES
            && !send(doc, Stage::Sentences, sentences_of(&body, paragraphs))
        {
            return;
        }
        rest.push((doc, body));
    }
    for (doc, body) in rest {
        let analysis = sentence_stage(&body, paragraphs::paragraphs(&body));
        if !send(doc, Stage::Complete, complete_stage(&body, analysis)) {
            return;
        }
    }
}

/// Analyse every article now, on this thread, through the same messages (headless runs).
pub fn analyse_now(model: &mut Model) {
    for (doc, body, paragraphs) in jobs(model) {
        let analysis = complete_stage(&body, sentences_of(&body, paragraphs));
        update(
            model,
            Msg::Analysed {
                doc,
                stage: Stage::Complete,
                analysis: Box::new(analysis),
            },
        );
    }
}
