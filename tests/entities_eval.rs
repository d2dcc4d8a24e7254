//! Entity quality on the annotated corpus in `tests/corpus/entities/`: mention precision / recall / F1
//! (exact span and kind) and cluster accuracy (B³ over the mentions found with the right span), with
//! floors that only go up.
//!
//! Annotation format: `NAME.txt` is the article body; `NAME.ann` lists its mentions in text order, one
//! per line, as `surface<TAB>kind<TAB>cluster-id` (`#` starts a comment). Each surface is matched to the
//! next occurrence of that exact text after the previous mention, at word boundaries, so the file reads
//! like the article and is easy to check by hand. `heldout/` holds articles kept out of tuning; `wild/`
//! holds articles in other genres, annotated before the engine was run on them; `blind/` holds more
//! genres again, written for a blind check before the rules were tuned on them, and `blind2/`,
//! `blind3/`, `blind4/` and `blind5/` a second, third, fourth and fifth such set in other styles and genres.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use lede::analysis::analyze;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Mention {
    start: usize,
    end: usize,
    kind: String,
    cluster: String,
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn parse_annotations(body: &str, ann: &str, file: &Path) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut cursor = 0;
    for (n, line) in ann.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            fields.len(),
            3,
            "{}:{}: want surface<TAB>kind<TAB>cluster",
            file.display(),
            n + 1
        );
        let (surface, kind, cluster) = (fields[0], fields[1], fields[2]);
        assert!(
            ["person", "organization", "place", "group", "other"].contains(&kind),
            "{}:{}: bad kind {kind}",
            file.display(),
            n + 1
        );
        let mut from = cursor;
        let start = loop {
            let Some(i) = body[from..].find(surface) else {
                panic!(
                    "{}:{}: {surface:?} not found after byte {cursor}",
                    file.display(),
                    n + 1
                );
            };
            let s = from + i;
            let e = s + surface.len();
            if !is_word_char(body[..s].chars().next_back())
                && !is_word_char(body[e..].chars().next())
            {
                break s;
            }
            from = s + surface.len();
        };
        cursor = start + surface.len();
        out.push(Mention {
            start,
            end: cursor,
            kind: kind.to_string(),
            cluster: cluster.to_string(),
        });
    }
    out
}

fn system_mentions(body: &str) -> Vec<Mention> {
    let analysis = analyze(body);
    let mut out = Vec::new();
    for (id, e) in analysis.entities.iter().enumerate() {
        for m in &e.mentions {
            out.push(Mention {
                start: m.start,
                end: m.end,
                kind: e.kind.as_str().to_string(),
                cluster: id.to_string(),
            });
        }
    }
    out.sort();
    out
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    gold: usize,
    found: usize,
    exact: usize,
    span_only: usize,
    b3_p: f64,
    b3_r: f64,
    b3_n: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.gold += o.gold;
        self.found += o.found;
        self.exact += o.exact;
        self.span_only += o.span_only;
        self.b3_p += o.b3_p;
        self.b3_r += o.b3_r;
        self.b3_n += o.b3_n;
    }
    fn precision(&self) -> f64 {
        self.exact as f64 / self.found.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.exact as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn span_f1(&self) -> f64 {
        let p = self.span_only as f64 / self.found.max(1) as f64;
        let r = self.span_only as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn b3(&self) -> f64 {
        let p = self.b3_p / self.b3_n.max(1) as f64;
        let r = self.b3_r / self.b3_n.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn score_article(name: &str, body: &str, gold: &[Mention], sys: &[Mention]) -> Score {
    let key = |m: &Mention| (m.start, m.end);
    let gold_by: BTreeMap<_, _> = gold.iter().map(|m| (key(m), m)).collect();
    let sys_by: BTreeMap<_, _> = sys.iter().map(|m| (key(m), m)).collect();
    let mut s = Score {
        gold: gold.len(),
        found: sys.len(),
        ..Score::default()
    };
    for m in sys {
        match gold_by.get(&key(m)) {
            Some(g) if g.kind == m.kind => s.exact += 1,
            Some(g) => println!(
                "  {name}: kind {:?} is {} not {}",
                &body[m.start..m.end],
                m.kind,
                g.kind
            ),
            None => println!(
                "  {name}: spurious {:?} ({})",
                &body[m.start..m.end],
                m.kind
            ),
        }
        if gold_by.contains_key(&key(m)) {
            s.span_only += 1;
        }
    }
    for g in gold {
        if !sys_by.contains_key(&key(g)) {
            println!("  {name}: missed {:?} ({})", &body[g.start..g.end], g.kind);
        }
    }
    // B³ over the mentions both sides have.
    let common: Vec<_> = gold
        .iter()
        .filter(|g| sys_by.contains_key(&key(g)))
        .map(key)
        .collect();
    let cluster_sets = |cl: &dyn Fn(&(usize, usize)) -> String| {
        let mut sets: BTreeMap<String, BTreeSet<(usize, usize)>> = BTreeMap::new();
        for k in &common {
            sets.entry(cl(k)).or_default().insert(*k);
        }
        sets
    };
    let gold_cl = |k: &(usize, usize)| gold_by[k].cluster.clone();
    let sys_cl = |k: &(usize, usize)| sys_by[k].cluster.clone();
    let gsets = cluster_sets(&gold_cl);
    let ssets = cluster_sets(&sys_cl);
    for k in &common {
        let g = &gsets[&gold_cl(k)];
        let sy = &ssets[&sys_cl(k)];
        let both = g.intersection(sy).count() as f64;
        if both < g.len() as f64 || both < sy.len() as f64 {
            println!("  {name}: cluster of {:?} differs", &body[k.0..k.1]);
        }
        s.b3_p += both / sy.len() as f64;
        s.b3_r += both / g.len() as f64;
        s.b3_n += 1;
    }
    s
}

fn evaluate(dir: &Path) -> Score {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut total = Score::default();
    for txt in &files {
        let body = fs::read_to_string(txt).expect("article");
        let ann = fs::read_to_string(txt.with_extension("ann")).expect("annotation sidecar");
        let gold = parse_annotations(&body, &ann, &txt.with_extension("ann"));
        let sys = system_mentions(&body);
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let s = score_article(&name, &body, &gold, &sys);
        println!(
            "{name}: P {:.3} R {:.3} F1 {:.3} B3 {:.3}",
            s.precision(),
            s.recall(),
            s.f1(),
            s.b3()
        );
        total.add(s);
    }
    assert!(files.len() >= 3, "corpus too small in {}", dir.display());
    total
}

fn report(label: &str, s: &Score) {
    println!(
        "{label}: mentions {} gold / {} found; P {:.3} R {:.3} F1 {:.3} (span-only F1 {:.3}); cluster B3 F1 {:.3}",
        s.gold,
        s.found,
        s.precision(),
        s.recall(),
        s.f1(),
        s.span_f1(),
        s.b3()
    );
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/entities")
}

/// Score the set in `dir` (under the corpus), print it as `label`, and hold its mention F1 and
/// cluster B³ to their floors: raise them as the engine improves, never lower them.
fn assert_floors(dir: &str, label: &str, f1: f64, b3: f64) {
    let s = evaluate(&corpus().join(dir));
    report(label, &s);
    assert!(s.f1() >= f1, "{label}: F1 {:.3}", s.f1());
    assert!(s.b3() >= b3, "{label}: B3 {:.3}", s.b3());
}

#[test]
fn tuning_set_meets_floors() {
    let s = evaluate(&corpus());
    report("tuning set", &s);
    assert!(s.precision() >= 0.99, "precision {:.3}", s.precision());
    assert!(s.recall() >= 0.99, "recall {:.3}", s.recall());
    assert!(s.b3() >= 0.995, "B3 {:.3}", s.b3());
}

#[test]
fn held_out_set_meets_floors() {
    assert_floors("heldout", "held-out set", 0.995, 0.995);
}

/// Articles written for genres the tuning set lacks (sport, products, courts, wire datelines, an
/// obituary), annotated before the engine was run on them: a check that the rules generalise.
#[test]
fn wild_set_meets_floors() {
    assert_floors("wild", "wild set", 0.97, 0.995);
}

/// Articles in genres none of the other sets cover (a cricket final, an earnings report with a ticker
/// and products, a UK court ruling, a space launch, a local council vote on a bridge, a film festival),
/// written and annotated blind, before the engine was run on them (baseline F1 0.755, B³ 0.969).
#[test]
fn blind_set_meets_floors() {
    assert_floors("blind", "blind set", 0.92, 0.995);
}

/// A second blind set in yet other styles (wire politics with ministries named in full and short, a
/// multi-faith festival week, a drug approval with Korean names, an app update with versions, a cyclone
/// with rivers and relief agencies, a state election with fronts and acronyms), written and annotated
/// before the engine was run on them (baseline F1 0.749, B³ 0.980).
#[test]
fn blind2_set_meets_floors() {
    assert_floors("blind2", "blind2 set", 0.95, 0.985);
}

/// A third blind set in genres the others lack (a city-centre stabbing with streets and courts, exam
/// results with boards and unions, a brigade withdrawal with ranks and operations, an airline strike
/// with airports and flight numbers, a cocoa harvest with regulators and exchanges, an album review
/// with quoted song titles), written and annotated before the engine was run on them (baseline P 0.794
/// R 0.810 F1 0.802, B³ 0.994, with one-word titles inside the mention as the contract says).
#[test]
fn blind3_set_meets_floors() {
    assert_floors("blind3", "blind3 set", 0.96, 0.99);
}

/// A fourth blind set in genres the others lack (a high street losing its independent shops, a US
/// tenants' lawsuit with post-nominals and party-state tags, a border dispute between invented
/// countries with invented demonyms), written and annotated before the engine was run on them
/// (baseline P 0.703 R 0.747 F1 0.724, B³ 0.984).
#[test]
fn blind4_set_meets_floors() {
    assert_floors("blind4", "blind4 set", 0.955, 0.995);
}

/// A fifth blind set in genres the others lack (a wire markets story with "plc", "Ltd", "AG" and a
/// ticker, a rugby report, a battery study with a journal and products, an obituary of a family
/// sharing a surname, a US transit vote with acronyms in parentheses, South-East Asian ministers with
/// Vietnamese, Indonesian, Malay and "al-" names), written and annotated before the engine was run on
/// them (baseline P 0.764 R 0.777 F1 0.770, span-only F1 0.915, B³ 0.991; after its rules F1 0.874, and 0.916 with the larger lexicons).
#[test]
fn blind5_set_meets_floors() {
    assert_floors("blind5", "blind5 set", 0.91, 0.99);
}

#[test]
fn annotation_parser_matches_in_order_at_word_boundaries() {
    let body = "Saleh met Salehi. Saleh left.";
    let ann = "Saleh\tperson\ta\nSaleh\tperson\ta\n";
    let m = parse_annotations(body, ann, Path::new("inline"));
    assert_eq!((m[0].start, m[1].start), (0, 18));
}

/// Rough throughput on the corpus articles repeated to 20 MB (`cargo test --release --test
/// entities_eval -- --ignored --nocapture`); the criterion benchmark is `benches/entities.rs`.
#[test]
#[ignore]
fn throughput_on_corpus_articles() {
    let mut articles = Vec::new();
    for dir in [corpus(), corpus().join("heldout")] {
        for e in fs::read_dir(dir).expect("corpus") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "txt") {
                articles.push(fs::read_to_string(p).expect("article"));
            }
        }
    }
    articles.sort();
    let mut bytes = 0;
    let start = std::time::Instant::now();
    while bytes < 20 * 1024 * 1024 {
        for a in &articles {
            std::hint::black_box(analyze(a));
            bytes += a.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "analyze(): {} MB in {secs:.3} s wall = {:.1} MB/s",
        bytes / 1_000_000,
        bytes as f64 / 1e6 / secs
    );
}
