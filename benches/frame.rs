//! Frame benchmarks on a generated 20 MB article at 200x60 (ratatui TestBackend):
//! - `key_to_frame`: one key press → update → view, with an entity selected and a search active;
//! - `page_to_frame`: the same for page down (more wrapping per frame);
//! - `first_frame`: from a loaded article to its first frame (paragraphs only, no analysis).
//!
//! Each frame group runs twice: in wall-clock time (criterion's default) and in this thread's CPU
//! time, which stays meaningful on a loaded machine (wall time there counts other processes' turns).

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede::analysis::{Article, Entity, EntityKind, Quote, QuoteKind, Span};
use lede::app::keys::Key;
use lede::app::model::{Selection, Stage};
use lede::app::{update, worker, Model, Msg};
use lede::ui::{theme::Theme, view};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const SIZE: usize = 20 * 1024 * 1024;
const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

/// An invented news body of about `size` bytes: paragraphs of several sentences with names,
/// numbers and quotes.
fn generated_body(size: usize) -> String {
    let sentences = [
        "The harbour board met again on Tuesday to weigh a new schedule for the island ferry.",
        "Councillor Mara Quint said the plan was “late but welcome” and asked for a vote.",
        "“We cannot keep the islands waiting another winter,” Quint told reporters outside the hall.",
        "Officials from the Coastal Transit Board estimated the repairs at 2.4 million euros.",
        "Dr. Ivo Lant, an engineer, said the second engine had been ordered from Bergen in March.",
        "Residents of Marrow Island have relied on a chartered boat for medicine and mail.",
    ];
    let mut body = String::with_capacity(size + 1024);
    let mut i = 0usize;
    while body.len() < size {
        for k in 0..(3 + i % 4) {
            if k > 0 {
                body.push(' ');
            }
            body.push_str(sentences[(i + k) % sentences.len()]);
        }
        body.push_str("\n\n");
        i += 1;
    }
    body
}

/// The analysis the panes draw: real paragraphs and sentences, and a synthetic entity and quotes
/// (so highlighting is exercised whatever the engine finds).
fn model_with_analysis() -> Model {
    let body = generated_body(SIZE);
    let mut model = Model::new(
        vec![Article {
            source: "generated".into(),
            title: Some("A generated 20 MB article".into()),
            date: Some("2026-01-01".into()),
            body: body.into(),
            warnings: Vec::new(),
        }],
        Theme::color(),
    );
    update(&mut model, Msg::Resize(WIDTH, HEIGHT));
    let doc = &model.docs[0];
    let body = &doc.article.body;
    let mut analysis = worker::sentence_stage(body, doc.analysis.paragraphs.clone());
    let mentions: Vec<Span> = memchr::memmem::find_iter(body.as_bytes(), b"Quint")
        .map(|s| Span::new(s, s + 5))
        .collect();
    analysis.entities = vec![Entity {
        name: "Mara Quint".into(),
        kind: EntityKind::Person,
        mentions,
    }];
    let opens: Vec<usize> = body.match_indices('“').map(|(i, _)| i + 3).collect();
    let closes: Vec<usize> = body.match_indices('”').map(|(i, _)| i).collect();
    analysis.quotes = opens
        .into_iter()
        .zip(closes)
        .map(|(start, end)| Quote {
            span: Span::new(start, end),
            speaker: Some(0),
            speaker_span: None,
            cue: None,
            kind: QuoteKind::Direct,
        })
        .collect();
    update(
        &mut model,
        Msg::Analysed {
            doc: 0,
            stage: Stage::Complete,
            analysis: Box::new(analysis),
        },
    );
    for key in lede::app::keys::parse_keys("/board<Enter>").unwrap() {
        update(&mut model, Msg::Key(key));
    }
    model.docs[0].selection = Selection::Entity { id: 0, mention: 0 };
    model
}

/// Criterion measurement: CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID).
struct ThreadCpuTime;

fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own; the clock id is a constant.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

struct Nanoseconds;

impl ValueFormatter for Nanoseconds {
    fn scale_values(&self, ns: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if ns < 1e3 {
            (1.0, "ns")
        } else if ns < 1e6 {
            (1e-3, "µs (cpu)")
        } else {
            (1e-6, "ms (cpu)")
        };
        values.iter_mut().for_each(|v| *v *= factor);
        unit
    }

    fn scale_throughputs(&self, _: f64, _: &Throughput, _: &mut [f64]) -> &'static str {
        "unsupported"
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanoseconds
    }
}

fn key_frames<M: Measurement>(c: &mut Criterion<M>, name: &str) {
    let mut model = model_with_analysis();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    terminal.draw(|f| view(&model, f)).unwrap();
    let mut group = c.benchmark_group(name);
    group.measurement_time(Duration::from_secs(4));
    for (label, key) in [
        ("key_to_frame", Key::Char('j')),
        ("page_to_frame", Key::PageDown),
        ("quote_jump_to_frame", Key::Char(']')),
    ] {
        group.bench_function(label, |b| {
            b.iter(|| {
                update(&mut model, Msg::Key(key));
                terminal.draw(|f| view(black_box(&model), f)).unwrap();
            })
        });
    }
    group.finish();
}

fn frames_wall(c: &mut Criterion) {
    key_frames(c, "20MB_200x60");
    let body = generated_body(SIZE);
    let mut group = c.benchmark_group("20MB_first_frame");
    group.sample_size(10);
    group.bench_function("load_to_first_frame", |b| {
        b.iter(|| {
            let article = Article {
                body: body.as_str().into(),
                ..Article::default()
            };
            let mut model = Model::new(vec![article], Theme::color());
            update(&mut model, Msg::Resize(WIDTH, HEIGHT));
            let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
            terminal.draw(|f| view(&model, f)).unwrap();
            black_box(&model);
        })
    });
    group.finish();
}

fn frames_cpu(c: &mut Criterion<ThreadCpuTime>) {
    key_frames(c, "20MB_200x60_cpu");
}

criterion_group!(wall, frames_wall);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpuTime);
    targets = frames_cpu
}
criterion_main!(wall, cpu);
