//! Throughput of the full analysis (paragraphs, sentences, entities, quotes) on ≥ 20 MB of generated,
//! entity-dense news text, and of the entity pass alone. The text is made deterministically from our
//! own invented names, places and organizations, split into articles of a few kilobytes each (the
//! size `analyze()` sees in real use).
//!
//! Run: `cargo bench --bench entities -- --quick`; criterion reports MB/s (1 MB = 10^6 bytes).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede::analysis::{
    analyze, entities::find_entities, paragraphs::paragraphs, sentences::sentences,
};

const TARGET_BYTES: usize = 20 * 1024 * 1024;
const ARTICLE_BYTES: usize = 4 * 1024;

const PEOPLE: &[&str] = &[
    "Ellen Okafor",
    "Mr. Vasquez",
    "Dr. Ingrid Solberg",
    "President Aruzhan Tokayeva",
    "Marcus Lindqvist",
    "Sen. Maria Delgado",
    "Kwame Asante",
    "Prime Minister Ana Rebelo",
];
const ORGS: &[&str] = &[
    "the National Harbour Authority",
    "Helix Semiconductor Inc.",
    "the Riverton Gazette",
    "the World Health Organization (WHO)",
    "Brightline Logistics",
    "the Finance Committee",
    "Reuters",
];
const PLACES: &[&str] = &[
    "Kabul",
    "Lower Ashby",
    "Tashkent",
    "Dresden",
    "the Syr Darya",
    "New Mexico",
    "Eastfield",
];
const GROUPS: &[&str] = &["Afghan", "Uzbek", "German", "Portuguese", "Nigerian"];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "warned",
    "added",
    "claimed",
    "announced",
];
const OPENERS: &[&str] = &[
    "However,",
    "Thousands of",
    "According to",
    "While",
    "On Tuesday,",
    "In March,",
];

/// A small deterministic generator (xorshift) so every run benches the same text.
struct Rng(u64);

impl Rng {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        xs[(self.0 % xs.len() as u64) as usize]
    }
}

fn sentence(rng: &mut Rng, out: &mut String) {
    let person = rng.pick(PEOPLE);
    let org = rng.pick(ORGS);
    let place = rng.pick(PLACES);
    let group = rng.pick(GROUPS);
    let verb = rng.pick(VERBS);
    let opener = rng.pick(OPENERS);
    match rng.0 % 4 {
        0 => out.push_str(&format!(
            "{opener} {person} {verb} that {org} would open an office in {place} next year. "
        )),
        1 => out.push_str(&format!(
            "“We are ready for a long fight,” {person} {verb}, adding that {group} officials had met {org}. "
        )),
        2 => out.push_str(&format!(
            "{org}’s plan for {place} drew anti-{group} protests, and {person}’s office declined to comment. "
        )),
        _ => out.push_str(&format!(
            "The talks in {place} were slow, and the budget was cut by 4.5% after a long night of debate. "
        )),
    }
}

fn corpus() -> Vec<String> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut articles = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        let mut a = String::with_capacity(ARTICLE_BYTES + 256);
        while a.len() < ARTICLE_BYTES {
            for _ in 0..3 {
                sentence(&mut rng, &mut a);
            }
            a.push_str("\n\n");
        }
        total += a.len();
        articles.push(a);
    }
    articles
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.sample_size(10);
    group.bench_function("analyze_full", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(analyze(black_box(a)));
            }
        })
    });
    let prepared: Vec<_> = articles
        .iter()
        .map(|a| {
            let p = paragraphs(a);
            let s = sentences(a, &p);
            (a, p, s)
        })
        .collect();
    group.bench_function("entities_only", |b| {
        b.iter(|| {
            for (a, p, s) in &prepared {
                black_box(find_entities(black_box(a), p, s));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
