//! Full analysis throughput (paragraphs, sentences, entities, quotes) on generated quote-rich
//! news text: over 20 MB of articles built from templates, each analysed with `analyze()`.
//! Times are the benchmark thread's CPU time (see `support/cpu_time.rs`), not wall-clock.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede::analysis::{analyze, entities, paragraphs, quotes, sentences};

#[path = "support/cpu_time.rs"]
mod cpu_time;
use cpu_time::cpu_time_of;

const PEOPLE: &[&str] = &[
    "Dana Holt",
    "Omar Reyes",
    "Lena Brandt",
    "Pavel Novak",
    "Ines Ferro",
    "Ali Karim",
    "Maren Lidell",
    "Tomas Engvall",
    "Carol Whitby",
    "Neil Osei",
    "Rosa Delgado",
    "Victor Hale",
];
const ORGS: &[&str] = &[
    "the Harbour Board",
    "Ridgeway Metals",
    "the National Transit Agency",
    "Sound Lines",
];

const PARAGRAPHS: &[&str] = &[
    "“We will not accept a deal that leaves the valley without water,” {P} said on Tuesday.",
    "{P}, the head of external affairs at {O}, said the talks had stalled. “They can’t expect us to wait forever. We’ve waited since the ’90s,” {S} said.",
    "“The numbers don’t add up,” said {P}, who has studied the scheme for {O}. “Nobody has shown me where the money comes from.”",
    "According to {P}, the board is ready for “long-term conflict” but would prefer to talk.",
    "{P} told reporters: \"We have the funding. We have the workers. What we need is a decision.\"",
    "“The river rose overnight and the students’ union opened its hall to families.",
    "“By morning there were three hundred people on the floor,” {S} said.",
    "The spokesman for {O} called the plan “reckless” and said it would be challenged in court.",
    "The board approved the budget on Monday after a six-hour session in which members from {O} raised concerns about the cost of the new pumping station, the state of the old reservoir and the pace of repairs to the flood defences along the eastern bank.",
    "Figures released by {O} on Wednesday showed that traffic on the coastal route had fallen by a fifth since the spring, with freight operators blaming higher tolls and a series of closures for maintenance work that ran weeks over schedule.",
    "{P} has led the campaign since 2019 and is expected to stand again at the next election, which is due to be held in the autumn after the boundary review is completed and the new wards are published.",
    "Residents gathered outside the town hall on Thursday evening, many carrying signs, while officials met behind closed doors to discuss the budget for the coming year.",
    "‘It is the end of an era,’ said {P}. ‘But rock ’n’ roll never dies.’",
];

/// A deterministic pseudo-random sequence (no dependency, same text every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn articles(total: usize) -> Vec<String> {
    let mut rng = Lcg(42);
    let mut out = Vec::new();
    let mut size = 0;
    while size < total {
        let mut body = String::new();
        for _ in 0..12 {
            let p = PEOPLE[rng.next(PEOPLE.len())];
            let surname = p.rsplit(' ').next().unwrap_or(p);
            let text = PARAGRAPHS[rng.next(PARAGRAPHS.len())]
                .replace("{P}", p)
                .replace("{S}", if rng.next(2) == 0 { surname } else { "he" })
                .replace("{O}", ORGS[rng.next(ORGS.len())]);
            body.push_str(&text);
            body.push_str("\n\n");
        }
        size += body.len();
        out.push(body);
    }
    out
}

fn bench_analyze(c: &mut Criterion) {
    let docs = articles(20 * 1024 * 1024);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.bench_function("quote-rich news, full analysis", |b| {
        b.iter_custom(|n| {
            cpu_time_of(n, || {
                docs.iter().map(|d| analyze(d).quotes.len()).sum::<usize>()
            })
        })
    });
    group.bench_function("quote-rich news, quotes pass only", |b| {
        let prepared: Vec<_> = docs
            .iter()
            .map(|d| {
                let paras = paragraphs::paragraphs(d);
                let sents = sentences::sentences(d, &paras);
                let ents = entities::find_entities(d, &paras, &sents);
                (paras, sents, ents)
            })
            .collect();
        b.iter_custom(|n| {
            cpu_time_of(n, || {
                docs.iter()
                    .zip(&prepared)
                    .map(|(d, (p, s, e))| quotes::find_quotes(d, p, s, e).len())
                    .sum::<usize>()
            })
        })
    });
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
