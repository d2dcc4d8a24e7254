//! Generated inputs for the scale example and tests: invented news text, made up on the spot.

#![allow(dead_code)]

use std::path::Path;

const SENTENCES: [&str; 8] = [
    "The river authority met on Thursday to discuss a new timetable for the valley buses.",
    "Councillor Edda Rusk said the proposal was “overdue but sensible” and called for a vote.",
    "“Nobody in the upper villages should wait two hours for a bus,” Rusk told reporters.",
    "Engineers from the Northern Roads Agency put the cost of the works at 3.1 million euros.",
    "Dr. Pim Ostrava, a transport planner, said new vehicles had been ordered from Ghent in May.",
    "Residents of Lower Vell have relied on a volunteer minibus for shopping and clinic visits.",
    "The agency's report, published last week, found that 40 per cent of services ran late.",
    "A spokesman for the operator, Valley Lines, declined to comment on the figures.",
];

/// An invented news body of about `size` bytes: paragraphs of three to six sentences.
pub fn news_body(size: usize) -> String {
    let mut body = String::with_capacity(size + 1024);
    let mut i = 0usize;
    while body.len() < size {
        for k in 0..(3 + i % 4) {
            if k > 0 {
                body.push(' ');
            }
            body.push_str(SENTENCES[(i + k) % SENTENCES.len()]);
        }
        body.push_str("\n\n");
        i += 1;
    }
    body
}

/// One line of about `size` bytes: sentences with no line break at all.
pub fn single_line(size: usize) -> String {
    let mut line = String::with_capacity(size + 128);
    let mut i = 0usize;
    while line.len() < size {
        line.push_str(SENTENCES[i % SENTENCES.len()]);
        line.push(' ');
        i += 1;
    }
    line.push('\n');
    line
}

/// One paragraph of about `size` bytes of words with no punctuation and no line break.
pub fn no_punctuation(size: usize) -> String {
    const WORDS: [&str; 12] = [
        "river",
        "valley",
        "bus",
        "council",
        "timetable",
        "village",
        "agency",
        "road",
        "winter",
        "service",
        "driver",
        "market",
    ];
    let mut text = String::with_capacity(size + 16);
    let mut i = 0usize;
    while text.len() < size {
        text.push_str(WORDS[(i * 7 + i / 12) % WORDS.len()]);
        text.push(' ');
        i += 1;
    }
    text.push('\n');
    text
}

/// `count` small seed-format articles (four paragraphs, ~1.1 KB) in `dir` (created if needed).
pub fn article_folder(dir: &Path, count: usize) {
    article_folder_sized(dir, count, 4);
}

/// `count` seed-format articles of `paragraphs` paragraphs (~275 bytes each) in `dir`.
pub fn article_folder_sized(dir: &Path, count: usize, paragraphs: usize) {
    std::fs::create_dir_all(dir).expect("cannot create the article folder");
    for n in 0..count {
        let mut text = format!(
            "date 2025-03-{:02} Valley buses, report {n}\n\n",
            1 + n % 28
        );
        for p in 0..paragraphs {
            for k in 0..3 {
                if k > 0 {
                    text.push(' ');
                }
                text.push_str(SENTENCES[(n + p + k) % SENTENCES.len()]);
            }
            text.push_str("\n\n");
        }
        std::fs::write(dir.join(format!("article-{n:05}.txt")), text)
            .expect("cannot write an article");
    }
}
