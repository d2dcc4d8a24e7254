//! Direct or partial: a quoted clause (`“We will fight,” he said`, `He said: “…”`) versus a quoted
//! fragment inside the writer’s own sentence (`ready for “long-term conflict,”`).

use super::detect::RawQuote;
use super::QuoteKind;
use super::{lexicon, words};
use crate::analysis::span::Span;

/// What around a quote bears on its kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Surroundings {
    /// A cue introduces the quote directly (`X said: “…”`, `“…,” X said`).
    pub cue_adjacent_before: bool,
    /// The quote resumes the previous quote after an attribution (`“A,” he said, “b.”`).
    pub resumes_direct_quote: bool,
    /// No cue attributes the quote.
    pub unattributed: bool,
}

/// Classify `quote` in paragraph `para`.
pub fn classify(body: &str, para: Span, quote: &RawQuote, around: Surroundings) -> QuoteKind {
    let inner = quote.inner.text(body);
    let before = body[para.start..quote.open.start].trim_end();
    let unfinished = !inner.ends_with(['.', '?', '!', ',', '…']);
    let Some(prev) = before.chars().next_back() else {
        // A subhead that is only a short quoted label (`‘A lifeline’`) is a fragment.
        let alone = quote
            .close
            .is_some_and(|c| body[c.end..para.end].trim().is_empty());
        if alone && around.unattributed && unfinished && words_up_to(inner, 4) <= 3 {
            return QuoteKind::Partial;
        }
        return QuoteKind::Direct; // the quote opens its paragraph
    };
    // `The slogan, “Read it and keep it”, was painted`: an unattributed label in apposition.
    if prev == ',' && around.unattributed && unfinished {
        return QuoteKind::Partial;
    }
    // `The placards told the same story: “Promises don’t pay rent.”`: an unattributed quote
    // led in by a colon after a sentence naming a placard, banner, chorus or song is a slogan
    // or a lyric, not a speaker's clause.
    if prev == ':' && around.unattributed && names_display(body, para, quote.open.start) {
        return QuoteKind::Partial;
    }
    // Only `<= 1` and `>= 6` matter: a long quote's words are not all counted, and they are
    // counted only when a rule below asks.
    let words = || words_up_to(inner, 6);
    // `called the demands “unrealistic.”`: one lowercase word inside the writer's sentence.
    let lowercase = inner.chars().next().is_some_and(char::is_lowercase);
    if prev.is_alphanumeric() && lowercase && words() <= 1 {
        return QuoteKind::Partial;
    }
    if matches!(
        prev,
        '.' | '?' | '!' | ':' | '”' | '’' | '"' | '\'' | '—' | '–'
    ) || around.cue_adjacent_before
        || around.resumes_direct_quote
    {
        return QuoteKind::Direct;
    }
    let first = inner
        .chars()
        .find(|c| !matches!(c, '.' | '…' | '(' | '[' | '-' | ' ' | '\n'));
    if first.is_none_or(char::is_lowercase) {
        return QuoteKind::Partial;
    }
    if prev == ',' {
        return QuoteKind::Direct;
    }
    if inner.ends_with(['.', '?', '!']) && words() >= 6 {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Whether `quote` is a title or a name in the writer's own sentence, not words anyone spoke:
/// a headline-case run of two to ten words (`finished writing “The Salt Road” in a caravan`,
/// `Her next novel, “A Quiet Year for Foxes,” follows`) that sits inside a sentence which goes on
/// in lower case after it. `“Make It Count,” Ruiz said` goes on with a name, and is not one.
pub fn is_title(body: &str, para: Span, quote: &RawQuote) -> bool {
    let Some(close) = quote.close else {
        return false;
    };
    // The cheap context tests first: most quotes open a sentence or follow a colon.
    let before = body[para.start..quote.open.start].trim_end();
    if !before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
    {
        return false;
    }
    let after = body[close.end..para.end].trim_start();
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    if !after.chars().next().is_some_and(char::is_lowercase) || starts_with_cue_pronoun(after) {
        return false;
    }
    let inner = quote.inner.text(body);
    let inner = inner.strip_suffix(',').unwrap_or(inner);
    if inner.is_empty()
        || inner.len() > 120
        || inner.contains(['.', '?', '!', ':', ';', '…', '“', '"'])
    {
        return false;
    }
    // `He called the plan “Project Fear” on Monday`: a label someone gave is theirs.
    if before
        .rsplit(|c: char| c.is_whitespace())
        .take(3)
        .any(|w| LABEL_VERBS.contains(&w.trim_end_matches(',')))
    {
        return false;
    }
    let mut words = 0;
    let mut capitalised = 0;
    for (n, word) in inner.split_whitespace().enumerate() {
        words += 1;
        let first = word.chars().find(|c| c.is_alphanumeric());
        match first {
            Some(c) if c.is_uppercase() || c.is_numeric() => capitalised += 1,
            Some(_) if n > 0 && TITLE_SMALL_WORDS.contains(&word) => {}
            _ => return false,
        }
    }
    (2..=10).contains(&words) && capitalised >= 2
}

/// Verbs that put a label of one's own on something: what they quote is the labeller's word.
const LABEL_VERBS: [&str; 14] = [
    "called",
    "calls",
    "calling",
    "call",
    "dubbed",
    "dubs",
    "branded",
    "brands",
    "termed",
    "terms",
    "labelled",
    "labeled",
    "as",
    "nicknamed",
];

/// The short words a headline-case title leaves in lower case.
const TITLE_SMALL_WORDS: [&str; 18] = [
    "a", "an", "the", "and", "or", "nor", "but", "of", "for", "in", "on", "at", "to", "by", "with",
    "from", "as", "vs",
];

/// `“Small Rooms,” she said`: a pronoun after the quote begins its attribution.
fn starts_with_cue_pronoun(after: &str) -> bool {
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(word, "he" | "she" | "they" | "we" | "i" | "it")
}

/// How many words (runs of non-whitespace, as `split_whitespace` gives them) `text` has,
/// counting no further than `max`.
fn words_up_to(text: &str, max: usize) -> usize {
    // Tab, line feed, vertical tab, form feed, carriage return and space.
    const ASCII_SPACE: u64 = 0x1_0000_3E00;
    if max == 0 {
        return 0;
    }
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while let Some(&b) = bytes.get(i) {
        let space = if b < 0x80 {
            i += 1;
            b < 64 && ASCII_SPACE >> b & 1 != 0
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            c.is_whitespace()
        };
        if !space && !in_word {
            words += 1;
            if words == max {
                break;
            }
        }
        in_word = !space;
    }
    words
}

/// Whether the sentence running up to `at` names a thing that carries slogans or lyrics, and
/// no person by a pronoun (`Asked about the song, she smiled: “…”` is her clause).
fn names_display(body: &str, para: Span, at: usize) -> bool {
    let start = words::sentence_start(body, para.start, at);
    let classes = body[start..at]
        .split_whitespace()
        .map(|w| lexicon::classes(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')));
    let display = classes.clone().any(|c| c & lexicon::class::DISPLAY != 0);
    display
        && classes
            .clone()
            .all(|c| lexicon::PronounFit::of(c).is_none())
}

#[cfg(test)]
mod tests {
    use super::super::detect::detect;
    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tand\nnew line\r\x0bvt\x0cff",
            "no\u{a0}break\u{2009}thin\u{3000}ideo “curly” don’t",
            "a b c d e f g h",
        ] {
            for max in [0, 1, 4, 6, 100] {
                let expected = text.split_whitespace().take(max).count();
                assert_eq!(words_up_to(text, max), expected, "{text:?} up to {max}");
            }
        }
    }

    /// `ask` of every quote `body` holds, with the quote's paragraph.
    fn each_quote<T>(body: &str, ask: impl Fn(Span, &RawQuote) -> T) -> Vec<T> {
        let paras = paragraphs(body);
        let mut raw = Vec::new();
        detect(body, &paras, &mut raw);
        raw.iter().map(|q| ask(paras[q.paragraph], q)).collect()
    }

    fn kinds(body: &str) -> Vec<QuoteKind> {
        each_quote(body, |para, q| {
            classify(body, para, q, Surroundings::default())
        })
    }

    #[test]
    fn fragments_are_partial_clauses_are_direct() {
        use QuoteKind::*;
        assert_eq!(
            kinds("They are ready for “long-term conflict,” he said."),
            [Partial]
        );
        assert_eq!(kinds("“We are ready,” he said."), [Direct]);
        assert_eq!(kinds("He said: “we are ready.”"), [Direct]);
        assert_eq!(
            kinds("It was dubbed the “Peace Accord” by critics."),
            [Partial]
        );
        assert_eq!(kinds("According to Holt, “The water is safe.”"), [Direct]);
        assert_eq!(kinds("Things changed. “We left at dawn.”"), [Direct]);
        assert_eq!(kinds("The firm called the plan “unworkable.”"), [Partial]);
        let unattributed = |body: &str| {
            let around = Surroundings {
                unattributed: true,
                ..Surroundings::default()
            };
            each_quote(body, |para, q| classify(body, para, q, around))
        };
        assert_eq!(
            unattributed("Its motto, “Read and keep”, is on a banner."),
            [Partial]
        );
        assert_eq!(unattributed("‘A lifeline’\n\nMore text."), [Partial]);
        assert_eq!(unattributed("“We left at dawn.”"), [Direct]);
        // A slogan or lyric after a colon, led in by what carries it.
        assert_eq!(
            unattributed("The banners said it all: “Fair pay now.”"),
            [Partial]
        );
        assert_eq!(
            unattributed("Fans sang the chorus: “Row the boat home, boys.”"),
            [Partial]
        );
        assert_eq!(
            unattributed("Her answer was short: “We stay until it is done.”"),
            [Direct]
        );
        assert_eq!(
            unattributed("Asked about the song, she smiled: “I wrote it in an hour.”"),
            [Direct]
        );
    }

    fn titles(body: &str) -> Vec<bool> {
        each_quote(body, |para, q| is_title(body, para, q))
    }

    #[test]
    fn headline_case_names_inside_a_sentence_are_titles() {
        assert_eq!(
            titles("She finished writing “The Salt Road” in a caravan."),
            [true]
        );
        assert_eq!(
            titles("Her novel, “A Quiet Year for Foxes,” is due in May."),
            [true]
        );
        assert_eq!(titles("The band played “Where It Ends” twice."), [true]);
        // Spoken words, or a name followed by its speaker.
        assert_eq!(titles("“Make It Count,” Ruiz said."), [false]);
        assert_eq!(titles("He called it “Project Fear,” she said."), [false]);
        assert_eq!(titles("He said “we will stay” and left."), [false]);
        assert_eq!(titles("She said: “We Stay” and left."), [false]);
        assert_eq!(titles("The novel is called “Salt Roads.”"), [false]);
        assert_eq!(titles("Fans chanted “Mo Salah” and sang."), [true]);
        assert_eq!(titles("A word, “Home” is all it said."), [false]);
        assert_eq!(
            titles("He called the plan “Project Fear” on Monday."),
            [false]
        );
        assert_eq!(titles("She described it as “Plan B” today."), [false]);
    }
}
