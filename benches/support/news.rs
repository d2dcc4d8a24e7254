//! The generated news-like text the analysis benches run on: paragraphs of 1-5 sentences made
//! deterministically from our own word lists (abbreviations, titles, initials, quotes with
//! attributions, numbers, ellipses).

const SUBJECTS: &[&str] = &[
    "The council",
    "Mr. Okafor",
    "Dr. Lindqvist",
    "Gen. Haddad",
    "The U.S. Treasury",
    "Orbit Freight Inc.",
    "Sen. Alvarez",
    "George W. Bush",
    "The union",
    "Residents",
    "Officials in the E.U.",
    "Prof. Ilves",
    "The ministry",
    "Ms. Boateng",
];
const VERBS: &[&str] = &[
    "said",
    "warned",
    "approved",
    "rejected",
    "announced",
    "questioned",
    "delayed",
    "funded",
    "reported",
    "expected",
];
const OBJECTS: &[&str] = &[
    "a new budget",
    "the harbor plan",
    "talks with Calder Ltd.",
    "the dam project",
    "about 9,000 jobs",
    "a 3.5% rise",
    "$2.5bn in aid",
    "the vote at 9 a.m. Friday",
    "roads, schools, clinics, etc.",
    "the case vs. Porto",
    "No. 10 on the list",
    "the report on Jan. 12",
    "a plan for St. Brigid’s hospital",
];
const TAILS: &[&str] = &[
    "",
    " on Monday",
    " after a long debate",
    " in the valley",
    " despite protests",
    " by 11.30",
    " (see p. 42)",
    " — again",
];
const FILLERS: &[&str] = &[
    " after weeks of negotiations over the future of the northern district",
    " as prices for fuel and food continued to climb across the region",
    ", according to figures released by the national statistics office",
    " in a statement posted late on Sunday evening",
    ", a move that critics described as long overdue",
    " while hundreds of residents gathered outside the town hall",
    " before the end of the fiscal year",
    ", two people familiar with the discussions said",
];
const QUOTES: &[&str] = &[
    "We will not back down",
    "This is only the start",
    "Nobody asked us",
    "It is too early",
    "The numbers speak for themselves",
];
const SPEAKERS: &[&str] = &["Okafor", "she", "the spokesman", "Lindqvist", "he"];

/// A small deterministic generator (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        items[(self.0 >> 33) as usize % items.len()]
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn push_sentence(out: &mut String, rng: &mut Lcg) {
    match rng.below(6) {
        0 => {
            out.push('“');
            out.push_str(rng.pick(QUOTES));
            out.push_str(",” ");
            out.push_str(rng.pick(SPEAKERS));
            out.push_str(" said.");
        }
        1 => {
            out.push('“');
            out.push_str(rng.pick(QUOTES));
            out.push_str(if rng.below(2) == 0 {
                "?” "
            } else {
                ". . .” "
            });
            out.push_str(rng.pick(SUBJECTS));
            out.push_str(" asked.");
        }
        _ => {
            out.push_str(rng.pick(SUBJECTS));
            out.push(' ');
            out.push_str(rng.pick(VERBS));
            out.push(' ');
            out.push_str(rng.pick(OBJECTS));
            out.push_str(rng.pick(TAILS));
            for _ in 0..rng.below(3) {
                out.push_str(rng.pick(FILLERS));
            }
            out.push_str(if rng.below(12) == 0 { "!" } else { "." });
        }
    }
}

/// Generate at least `bytes` of news-like text in paragraphs of 1-5 sentences.
pub fn news_text(bytes: usize) -> String {
    let mut rng = Lcg(0x5eed);
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        let n = 1 + rng.below(5);
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            push_sentence(&mut out, &mut rng);
        }
        out.push_str("\n\n");
    }
    out
}
