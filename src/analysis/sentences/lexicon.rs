//! The segmenter's word lists, parsed once from `assets/lexicon/` into hash sets: abbreviations
//! (with how each behaves before the next word), typical sentence openers, words that continue a
//! sentence after "a.m."/"p.m.", and verbs of saying that close a quote's attribution.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

const ABBREVIATIONS: &str = include_str!("../../../assets/lexicon/abbreviations.txt");
const STARTERS: &str = include_str!("../../../assets/lexicon/sentence_starters.txt");
const TIME_FOLLOWERS: &str = include_str!("../../../assets/lexicon/time_followers.txt");
const ATTRIBUTION_VERBS: &str = include_str!("../../../assets/lexicon/attribution_verbs.txt");

/// Longest abbreviation (without its final period) worth looking up, in bytes.
const MAX_ABBREVIATION_LEN: usize = 12;

/// How an abbreviation behaves before the word that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Title before a name ("Dr."): never ends a sentence.
    Title,
    /// "St.": a saint before a name, a street after one.
    Saint,
    /// "e.g.", "vs.": never ends a sentence.
    Connector,
    /// "No.", "p.": binds to a following number, otherwise an ordinary word.
    Number,
    /// "a.m.": ends a sentence unless a day, month or time zone follows.
    Time,
    /// "etc.": ends a sentence before any capitalised word.
    Terminal,
    /// "Inc.", "U.S.", "Jan.": ends a sentence only before a typical sentence opener.
    Final,
}

/// FNV-1a: a fast hash for the short keys of these tables.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastBuild = BuildHasherDefault<Fnv>;

/// The filter bit of a lowercase key: its length, first and last byte mixed into 0..1024.
fn filter_bit(key: &[u8]) -> usize {
    let (first, last) = (key[0] as usize, key[key.len() - 1] as usize);
    (key.len() * 131 + first * 31 + last * 7) % 1024
}

/// All word lists the segmenter consults.
/// The abbreviations that share one lowercase spelling ("Sec." the title, "sec." the section).
#[derive(Default, Clone, Copy)]
struct Spellings {
    /// An entry written with capitals: matches only as written.
    exact: Option<(&'static str, AbbrevKind)>,
    /// An entry written in lowercase: matches any case (single letters: only lowercase).
    any_case: Option<AbbrevKind>,
}

pub struct Lexicon {
    /// Keyed by the lowercase spelling without the final period, so one probe finds every case.
    abbreviations: HashMap<Box<[u8]>, Spellings, FastBuild>,
    /// A 1024-bit filter over (length, first, last byte) of the keys: most ordinary words are
    /// rejected without hashing.
    filter: [u64; 16],
    starters: HashSet<&'static str, FastBuild>,
    time_followers: HashSet<&'static str, FastBuild>,
    attribution_verbs: HashSet<&'static str, FastBuild>,
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

/// Non-empty, non-comment lines of a word list.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn section_kind(header: &str) -> Option<AbbrevKind> {
    Some(match header {
        "[title]" => AbbrevKind::Title,
        "[saint]" => AbbrevKind::Saint,
        "[connector]" => AbbrevKind::Connector,
        "[number]" => AbbrevKind::Number,
        "[time]" => AbbrevKind::Time,
        "[terminal]" => AbbrevKind::Terminal,
        "[final]" => AbbrevKind::Final,
        _ => return None,
    })
}

impl Lexicon {
    fn load() -> Self {
        let mut abbreviations: HashMap<Box<[u8]>, Spellings, FastBuild> = HashMap::default();
        let mut filter = [0u64; 16];
        let mut kind = None;
        for line in entries(ABBREVIATIONS) {
            if line.starts_with('[') {
                kind = section_kind(line);
                assert!(kind.is_some(), "unknown abbreviation section {line}");
            } else if let Some(kind) = kind {
                let word = line.strip_suffix('.').unwrap_or(line);
                let key = word.to_ascii_lowercase().into_bytes();
                let bit = filter_bit(&key);
                filter[bit / 64] |= 1 << (bit % 64);
                let entry = abbreviations.entry(key.into_boxed_slice()).or_default();
                if word.bytes().any(|b| b.is_ascii_uppercase()) {
                    entry.exact = Some((word, kind));
                } else {
                    entry.any_case = Some(kind);
                }
            }
        }
        Lexicon {
            abbreviations,
            filter,
            starters: entries(STARTERS).collect(),
            time_followers: entries(TIME_FOLLOWERS).collect(),
            attribution_verbs: entries(ATTRIBUTION_VERBS).collect(),
        }
    }

    /// The kind of abbreviation `word` (written without its final period) is, if any. Entries
    /// written in lowercase match any case when they are longer than one letter.
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevKind> {
        if word.is_empty() || word.len() > MAX_ABBREVIATION_LEN {
            return None;
        }
        let mut buf = [0u8; MAX_ABBREVIATION_LEN];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let bit = filter_bit(lower);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let spellings = self.abbreviations.get(&*lower)?;
        if let Some((exact, kind)) = spellings.exact {
            if exact == word {
                return Some(kind);
            }
        }
        let single_capital = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        spellings.any_case.filter(|_| !single_capital)
    }

    /// Whether `word` typically opens a sentence ("The", "He", "However").
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// Whether `word` continues a sentence after "a.m."/"p.m." (days, months, time zones).
    pub fn is_time_follower(&self, word: &str) -> bool {
        self.time_followers.contains(word)
    }

    /// Whether `word` is a verb of saying ("said", "asked").
    pub fn is_attribution_verb(&self, word: &str) -> bool {
        self.attribution_verbs.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_entries_match_any_case_and_capitalised_ones_exactly() {
        let lex = lexicon();
        assert_eq!(lex.abbreviation("Co"), Some(AbbrevKind::Final));
        assert_eq!(lex.abbreviation("co"), Some(AbbrevKind::Final));
        assert_eq!(lex.abbreviation("P.M"), Some(AbbrevKind::Time));
        assert_eq!(lex.abbreviation("Sat"), Some(AbbrevKind::Final));
        assert_eq!(lex.abbreviation("sat"), None);
        assert_eq!(lex.abbreviation("Mr"), Some(AbbrevKind::Title));
        assert_eq!(lex.abbreviation("p"), Some(AbbrevKind::Number));
        assert_eq!(lex.abbreviation("P"), None);
        assert_eq!(lex.abbreviation("No"), Some(AbbrevKind::Number));
    }

    #[test]
    fn word_lists_load() {
        let lex = lexicon();
        assert!(lex.is_starter("However"));
        assert!(lex.is_time_follower("GMT"));
        assert!(lex.is_attribution_verb("asked"));
    }
}
