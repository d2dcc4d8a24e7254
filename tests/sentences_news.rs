//! Sentence segmentation of whole invented news articles through the public `analyze()` API:
//! abbreviations, quotes with attributions, numbers and lists mixed as they are in real copy.

use lede::analysis::analyze;

fn sentence_texts(body: &str) -> Vec<&str> {
    analyze(body)
        .sentences
        .iter()
        .map(|s| s.text(body))
        .collect()
}

#[test]
fn wire_story_with_titles_quotes_and_numbers() {
    let body = "LISBON — Dock workers at the port of Setúbal walked out at 6 a.m. Tuesday, \
halting some 1,200 containers a day, the union said.\n\n\
“We have waited 14 months,” said Rui Tavares, the union’s leader. “Is that patience or \
foolishness?” he asked.\n\n\
Port operator Atlantis Terminais S.A. said it had offered a 3.2% rise. Its chief, \
Dr. Helena Matos, told reporters the offer was “fair and final.” Talks resume on Jan. 9 at \
10 a.m. in the U.S. embassy’s annex.\n\n\
Mr. Tavares disagreed. “Final? Nothing is final. . . . We will see.”";
    assert_eq!(
        sentence_texts(body),
        [
            "LISBON — Dock workers at the port of Setúbal walked out at 6 a.m. Tuesday, halting \
some 1,200 containers a day, the union said.",
            "“We have waited 14 months,” said Rui Tavares, the union’s leader.",
            "“Is that patience or foolishness?” he asked.",
            "Port operator Atlantis Terminais S.A. said it had offered a 3.2% rise.",
            "Its chief, Dr. Helena Matos, told reporters the offer was “fair and final.”",
            "Talks resume on Jan. 9 at 10 a.m. in the U.S. embassy’s annex.",
            "Mr. Tavares disagreed.",
            "“Final?",
            "Nothing is final.",
            ". . . We will see.”"
        ]
    );
}

#[test]
fn explainer_with_a_bullet_list_and_an_unclosed_quote() {
    let body = "What the new water rules mean\n\n\
The council approved three changes:\n\
• meters in every home by 2026\n\
• a 10% surcharge above 150 litres a day\n\
• grants for rain tanks, e.g. for farms\n\n\
Councillor Amara Diallo (Greens) said the plan was overdue. “It should have come years \
ago. Families in the valley have paid the price";
    assert_eq!(
        sentence_texts(body),
        [
            "What the new water rules mean",
            "The council approved three changes:",
            "• meters in every home by 2026",
            "• a 10% surcharge above 150 litres a day",
            "• grants for rain tanks, e.g. for farms",
            "Councillor Amara Diallo (Greens) said the plan was overdue.",
            "“It should have come years ago.",
            "Families in the valley have paid the price"
        ]
    );
}

#[test]
fn wire_dateline_straight_quotes_and_interview_lines() {
    let body = "GENEVA, March 3 (Northwire) — Talks collapsed on Tuesday. The envoy wrote on X \
that she was “deeply disappointed.”\n\n\
Rovers won for the first time since the '90s. \"Tonight we play some rock 'n' roll,\" said \
Moyes. His answer: \"Nothing. I just hit it.\"\n\n\
Q: What was hardest to save?\n\n\
A: Tape from the early ’60s. We bake the reels at 6 p.m. and play them once.";
    assert_eq!(
        sentence_texts(body),
        [
            "GENEVA, March 3 (Northwire) — Talks collapsed on Tuesday.",
            "The envoy wrote on X that she was “deeply disappointed.”",
            "Rovers won for the first time since the '90s.",
            "\"Tonight we play some rock 'n' roll,\" said Moyes.",
            "His answer: \"Nothing.",
            "I just hit it.\"",
            "Q: What was hardest to save?",
            "A: Tape from the early ’60s.",
            "We bake the reels at 6 p.m. and play them once."
        ]
    );
}
