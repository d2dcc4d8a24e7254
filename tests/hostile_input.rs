//! Hostile input at the library level: escape sequences, C1 controls, bidi and zero-width
//! characters never reach an analysed text; binary, invalid, empty files are handled; pathological
//! shapes (unbalanced quotes, deep brackets, huge paragraphs, a 10 MB line) analyse in linear time.
//!
//! Everything goes through `parse_article` and `analyze`, so the tests keep applying as the
//! engines behind them are rewritten.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lede::analysis::check::invariants;
use lede::analysis::clean::is_bidi_control;
use lede::analysis::load::parse_article;
use lede::analysis::{analyze, Analysis, Article};

/// Characters that must never reach the screen: controls (but `\n`), bidi formatting, and the
/// zero-width characters cleaning removes.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || is_bidi_control(c)
        || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
}

fn assert_safe(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| is_unsafe(c)) {
        panic!("{what} holds unsafe character U+{:04X}: {text:?}", c as u32);
    }
}

fn load(name: &str, bytes: &[u8]) -> (Article, Analysis) {
    let article = parse_article(name, Some(name), bytes).expect("text loads");
    let analysis = analyze(&article.body);
    invariants(&article.body, &analysis).unwrap_or_else(|e| panic!("{name}: {e}"));
    (article, analysis)
}

/// Every text the engine hands out, checked for unsafe characters.
fn assert_all_safe(article: &Article, analysis: &Analysis) {
    let body = &article.body;
    assert_safe("body", body);
    if let Some(title) = &article.title {
        assert_safe("title", title);
    }
    for w in &article.warnings {
        assert_safe("warning", w);
        assert!(!w.contains('\n'), "warning is one line: {w:?}");
    }
    for s in &analysis.sentences {
        assert_safe("sentence", s.text(body));
    }
    for e in &analysis.entities {
        assert_safe("entity name", &e.name);
        for m in &e.mentions {
            assert_safe("mention", m.text(body));
        }
    }
    for q in &analysis.quotes {
        assert_safe("quote", q.span.text(body));
        for span in [q.speaker_span, q.cue].into_iter().flatten() {
            assert_safe("attribution", span.text(body));
        }
    }
}

/// An invented story salted with every kind of terminal trickery.
fn hostile_story() -> String {
    [
        "Harbor officials in Port \u{1b}[31mEllery\u{1b}[0m said on Monday that the \u{1b}]0;owned\u{7}ferry",
        " would resume. \u{1b}]8;;http://example.invalid\u{1b}\\Click\u{1b}]8;;\u{1b}\\ here.\n",
        "\u{1b}P1;2;3q#0;2;0;0;0\u{1b}\\Mayor Dana Whitcombe said: \u{201c}We are \u{202e}ready\u{202c} to",
        " reopen\u{2066}\u{2067} the pier.\u{2069}\u{201d} The \u{9b}2J port authority (PAE) \u{9d}0;x\u{9c}agreed.\n\n",
        "Union leader Omar\u{200b}Felder\u{2060} called the plan \u{201c}late\u{ad} but wel\u{200e}come\u{201d}",
        " and \u{90}evil\u{9c}thanked\u{8}\u{8} the \u{61c}crews.\rA bell\u{7}\u{7f} rang.\u{b}Vertical\u{c}feed.\n\n",
        "\u{1b}[2J\u{1b}[H\u{1b}[?1049h\u{1b}[6n\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[1;1H\"Hi,\" said \u{200f}Ms. Felder.\t",
        "\u{85}Next\u{2028}line\u{2029}para \u{feff}end.",
    ]
    .concat()
}

#[test]
fn hostile_sequences_never_reach_an_analysed_text() {
    let story = hostile_story();
    let (article, analysis) = load("hostile.txt", story.as_bytes());
    assert_all_safe(&article, &analysis);
    assert!(
        article.body.contains("Port \u{241B}[31mEllery"),
        "ESC shown"
    );
    assert!(article.body.contains("OmarFelder"), "zero-width removed");
    assert!(article.warnings.iter().any(|w| w.contains("control")));
    assert!(!analysis.sentences.is_empty());
}

#[test]
fn hostile_titles_in_seed_and_markdown_headers_are_cleaned() {
    let seed =
        "date 2025-02-03 Storm\u{1b}]0;pwned\u{7} \u{202e}warning\n\nWind \u{9b}31mrose. It fell.";
    let (article, analysis) = load("seed.txt", seed.as_bytes());
    assert_eq!(article.date.as_deref(), Some("2025-02-03"));
    assert_all_safe(&article, &analysis);

    let md = "# Dam \u{1b}[5mvote\u{1b}[0m\u{2067}\n\nThe *council* \u{1b}[8mvoted\u{2069}. [Link](http://x \"\u{1b}t\").";
    let (article, analysis) = load("story.md", md.as_bytes());
    assert_all_safe(&article, &analysis);
}

#[test]
fn a_hostile_file_name_gives_a_clean_title() {
    let name = "evil\u{1b}]0;pwned\u{7}\u{202e}.txt";
    let (article, analysis) = load(name, b"Plain text.");
    assert_all_safe(&article, &analysis);
}

#[test]
fn binary_files_are_refused_with_a_one_line_reason() {
    for bytes in [
        &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
        b"text then a NUL\0 byte",
        b"\0",
    ] {
        let err = parse_article("blob.bin", Some("blob.bin"), bytes).unwrap_err();
        let line = err.to_string();
        assert!(
            line.contains("blob.bin") && line.contains("binary"),
            "{line}"
        );
        assert!(!line.contains('\n'));
    }
    // Even the reason for a hostile name is safe to print.
    let name = "x\u{1b}[2J\n.bin";
    let line = parse_article(name, Some(name), b"\0\0")
        .unwrap_err()
        .to_string();
    assert_safe("error", &line);
    assert!(!line.contains('\n'));
}

#[test]
fn invalid_utf8_gives_a_warning_not_a_failure() {
    let bytes = b"Caf\xc3 owners in the old town met the mayor on Monday. \xe2\x80 She agreed to cut the rent \xff for a year.";
    let (article, analysis) = load("latin.txt", bytes);
    assert!(article.body.contains('\u{FFFD}'));
    assert_eq!(article.warnings.len(), 1);
    assert!(article.warnings[0].contains("invalid UTF-8"));
    assert_all_safe(&article, &analysis);

    // The reader shows it in the status line while the article is open (stderr is hidden by
    // the full-screen view), without the file name.
    let screen = lede::app::runtime::snapshot(
        vec![article],
        (100, 6),
        &[],
        false,
        lede::ui::theme::Theme::mono(),
    );
    let status = screen.lines().last().unwrap();
    assert!(
        status.contains("⚠ invalid UTF-8 decoded lossily (3 replacement characters)"),
        "{screen}"
    );
    assert!(!status.contains("latin.txt"), "{screen}");
}

#[test]
fn an_empty_file_is_an_empty_article() {
    for bytes in [&b""[..], b"\n\n  \n", b"\xef\xbb\xbf", b"\r\n\r\n"] {
        let (article, analysis) = load("empty.txt", bytes);
        assert_eq!(&*article.body, "");
        assert_eq!(analysis, Analysis::default());
    }
}

#[path = "../benches/support/cpu_time.rs"]
#[allow(dead_code)]
mod cpu_time;

// ---- linear time -------------------------------------------------------------------------------

/// Timing tests run one at a time so they do not disturb each other's clocks.
static CLOCK: Mutex<()> = Mutex::new(());

/// The best of three runs of loading and analysing `bytes`, in this thread's CPU time (other tests
/// and other processes share the cores, and wall-clock time would count their work too).
fn best_time(bytes: &[u8]) -> Duration {
    (0..3)
        .map(|_| {
            let started = cpu_time::thread_cpu_time();
            let article = parse_article("big.txt", Some("big.txt"), bytes).unwrap();
            let analysis = analyze(&article.body);
            let elapsed = cpu_time::thread_cpu_time() - started;
            invariants(&article.body, &analysis).unwrap();
            elapsed
        })
        .min()
        .unwrap()
}

/// Assert that the work grows linearly: the time to load and analyse the input built at size `4n`
/// must stay well under 16x (quadratic) the time at size `n`. `n` is first doubled until the small
/// input takes long enough to time reliably (caches and clock noise dominate below that), as long
/// as the large input stays under 64 MB. Returns the time of the large input.
fn assert_linear(name: &str, n: usize, build: impl Fn(usize) -> String) -> Duration {
    let _clock = CLOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut n = n;
    let mut small = build(n);
    let mut t_small = best_time(small.as_bytes());
    while t_small < Duration::from_millis(25) && small.len() * 8 <= 64 << 20 {
        n *= 2;
        small = build(n);
        t_small = best_time(small.as_bytes());
    }
    let large = build(4 * n);
    let t_large = best_time(large.as_bytes());
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    let mb = large.len() as f64 / 1e6;
    println!(
        "{name}: {mb:.1} MB in {t_large:?} ({:.1} MB/s); 4x the size took {ratio:.1}x the time",
        mb / t_large.as_secs_f64()
    );
    assert!(
        ratio < 9.0,
        "{name}: 4x the input took {ratio:.1}x the time ({t_small:?} -> {t_large:?}): quadratic?"
    );
    t_large
}

#[test]
fn unbalanced_quotes_analyse_in_linear_time() {
    assert_linear("unbalanced quotes", 2_000, |n| {
        let units = [
            "The minister said \u{201c}we will act. ",
            "Critics replied \u{201d}never\u{201d} and \u{201d}not now. ",
            "\"He left,\" she said \"and then. ",
            "Officials \u{2018}declined\u{2019} to say \u{2018}why. ",
            "\u{ab}Non\u{bb} \u{bb}oui\u{ab} \u{201e}ja. ",
        ];
        let mut s = String::new();
        for i in 0..n {
            s.push_str(units[i % units.len()]);
            if i % 40 == 39 {
                s.push_str("\n\n");
            }
        }
        s
    });
}

#[test]
fn deeply_nested_brackets_analyse_in_linear_time() {
    assert_linear("50 nested brackets", 100, |n| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str("The Port Authority (");
            for depth in 0..50 {
                s.push(['(', '[', '{'][depth % 3]);
                s.push_str("Dana Whitcombe said \u{201c}so ");
            }
            s.push_str("deep");
            if i % 2 == 0 {
                for depth in (0..50).rev() {
                    s.push([')', ']', '}'][depth % 3]);
                }
            }
            s.push_str(". ");
            if i % 10 == 9 {
                s.push_str("\n\n");
            }
        }
        s
    });
}

#[test]
fn a_ten_thousand_sentence_paragraph_analyses_in_linear_time() {
    assert_linear("10,000-sentence paragraph", 2_500, |n| {
        (0..n)
            .map(|i| match i % 4 {
                0 => "Mayor Dana Whitcombe of Port Ellery spoke. ",
                1 => "\u{201c}We will rebuild,\u{201d} she said. ",
                2 => "Mr. O. Felder, of the U.S. Harbor Union, agreed! ",
                _ => "Is it enough? ",
            })
            .collect()
    });
}

#[test]
fn a_single_ten_megabyte_line_analyses_in_linear_time() {
    let unit = "Harbor chief Dana Whitcombe told the Port Authority (PAE) that \u{201c}crews are ready\u{201d} on Monday. ";
    let line = |n: usize| unit.repeat(n);
    let ten_mb = 10_000_000 / unit.len();
    // Linearity on a quarter of the line, then the whole 10 MB once, against a generous bound (the
    // engines run 20-50x slower unoptimised; measured about 40 s in a debug build on two busy cores).
    assert_linear("single line", ten_mb / 16, line);
    let _clock = CLOCK.lock().unwrap_or_else(|e| e.into_inner());
    let started = Instant::now();
    let article = parse_article("line.txt", Some("line.txt"), line(ten_mb).as_bytes()).unwrap();
    let analysis = analyze(&article.body);
    let elapsed = started.elapsed();
    println!("single 10 MB line: {elapsed:?}");
    invariants(&article.body, &analysis).unwrap();
    let bound = Duration::from_secs(if cfg!(debug_assertions) { 180 } else { 10 });
    assert!(elapsed < bound, "10 MB line took {elapsed:?}");
}

#[test]
fn a_megabyte_paragraph_without_punctuation_analyses_in_linear_time() {
    let words = [
        "Harbor",
        "Union",
        "Port",
        "Ellery",
        "the",
        "Whitcombe",
        "crews",
        "Dana",
        "of",
        "Authority",
    ];
    assert_linear("1 MB paragraph, no punctuation", 1_000_000 / 7 / 4, |n| {
        let mut s = String::with_capacity(n * 8);
        for i in 0..n {
            s.push_str(words[(i * 7 + i / 10) % words.len()]);
            s.push(if i % 97 == 96 { '\n' } else { ' ' });
        }
        s
    });
}

#[test]
fn multibyte_punctuation_next_to_names_never_panics() {
    // Found by the fuzz target: a curly apostrophe after a capitalised word, then a full stop.
    for text in [
        "a Ro\u{2019}s.",
        "d\u{FFFD}Ro\u{2019}s.",
        "The Ro\u{2019}s. dock",
        "Port Ellery\u{2019}s\u{2026} mayor Dana\u{2014}Whitcombe\u{201d}. \u{201c}Mr.\u{2019}",
        "Dr.\u{a0}Felder\u{2019}. U.S.\u{2019}s \u{ab}PAE\u{bb}.",
    ] {
        let (article, analysis) = load("names.txt", text.as_bytes());
        assert_all_safe(&article, &analysis);
    }
}
