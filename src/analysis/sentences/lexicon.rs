//! The segmenter's word lists, parsed once from `assets/lexicon/`: abbreviations (with how each
//! behaves before the next word) in a small open-addressed table of packed keys, typical sentence
//! openers, words that continue a sentence after "a.m."/"p.m.", and verbs of saying that close a
//! quote's attribution in tables of the same packed keys.

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

/// The filter bit of a lowercase key: its length, first and last byte mixed into 0..1024.
fn filter_bit(len: usize, first: u8, last: u8) -> usize {
    (len * 131 + first as usize * 31 + last as usize * 7) % 1024
}

/// The abbreviations that share one lowercase spelling ("Sec." the title, "sec." the section).
#[derive(Default, Clone, Copy)]
struct Spellings {
    /// An entry written with capitals (its packed key): matches only as written.
    exact: Option<(u128, AbbrevKind)>,
    /// An entry written in lowercase: matches any case (single letters: only lowercase).
    any_case: Option<AbbrevKind>,
}

/// Packs a word of at most 15 bytes and its length into one integer key, so a lookup compares
/// one number instead of strings. The word fills the top bytes of the key (byte `16 - len + k`
/// holds its byte `k`), as it lies at the end of a sixteen-byte window read before a period; the
/// length is byte 0. Never 0 for a non-empty word.
fn pack(word: &[u8]) -> u128 {
    let mut key = [0u8; 16];
    key[16 - word.len()..].copy_from_slice(word);
    key[0] = word.len() as u8;
    u128::from_le_bytes(key)
}

/// A packed key with its ASCII capitals lowered (eight bytes at a time; the length byte is
/// below `A` and stays).
fn ascii_lowercase(key: u128) -> u128 {
    fn lower8(x: u64) -> u64 {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const ONES: u64 = 0x0101_0101_0101_0101;
        let low7 = x & !HIGH;
        let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
        let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
        let upper = from_a & !past_z & !x & HIGH;
        x | (upper >> 2)
    }
    u128::from(lower8(key as u64)) | u128::from(lower8((key >> 64) as u64)) << 64
}

/// The slot a packed key starts probing at, in a table of `1 << SLOT_BITS` slots.
fn slot_of(key: u128) -> usize {
    let (lo, hi) = (key as u64, (key >> 64) as u64);
    let h = (lo ^ hi.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    (h >> (64 - SLOT_BITS)) as usize
}

/// Slots of the abbreviation table (a power of two, well above the number of entries).
const SLOT_BITS: u32 = 9;

/// Abbreviations keyed by their packed lowercase spelling without the final period, so one
/// probe finds every case; linear probing, an empty slot holds key 0.
struct Abbreviations {
    keys: Box<[u128]>,
    spellings: Box<[Spellings]>,
}

impl Abbreviations {
    fn new() -> Self {
        Abbreviations {
            keys: vec![0; 1 << SLOT_BITS].into_boxed_slice(),
            spellings: vec![Spellings::default(); 1 << SLOT_BITS].into_boxed_slice(),
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    fn find(&self, key: u128) -> usize {
        let mask = self.keys.len() - 1;
        let mut i = slot_of(key);
        while self.keys[i] != key && self.keys[i] != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    fn entry(&mut self, key: u128) -> &mut Spellings {
        let i = self.find(key);
        if self.keys[i] == 0 {
            let used = self.keys.iter().filter(|&&k| k != 0).count();
            assert!(
                2 * (used + 1) <= self.keys.len(),
                "abbreviation table too full"
            );
        }
        self.keys[i] = key;
        &mut self.spellings[i]
    }

    fn get(&self, key: u128) -> Option<&Spellings> {
        let i = self.find(key);
        (self.keys[i] == key).then(|| &self.spellings[i])
    }
}

/// Longest word of the plain word lists (openers, time followers, verbs of saying), in bytes:
/// room for a packed key.
const MAX_LISTED_WORD: usize = 15;

/// A plain word list as packed keys (see [`pack`]) in an open-addressed table, so a lookup
/// hashes and compares integers, not strings. Words match exactly as written.
struct WordSet {
    keys: Box<[u128]>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let mut set = WordSet {
            keys: vec![0; 1 << SLOT_BITS].into_boxed_slice(),
        };
        let mut count = 0;
        for word in words {
            assert!(
                word.len() <= MAX_LISTED_WORD,
                "listed word too long: {word}"
            );
            let i = set.find(pack(word.as_bytes()));
            if set.keys[i] == 0 {
                count += 1;
                assert!(2 * count <= set.keys.len(), "word list too long");
                set.keys[i] = pack(word.as_bytes());
            }
        }
        set
    }

    /// The slot holding `key`, or the empty slot where it would go.
    fn find(&self, key: u128) -> usize {
        let mask = self.keys.len() - 1;
        let mut i = slot_of(key);
        while self.keys[i] != key && self.keys[i] != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > MAX_LISTED_WORD {
            return false;
        }
        let key = pack(word.as_bytes());
        self.keys[self.find(key)] == key
    }
}

/// All word lists the segmenter consults.
pub struct Lexicon {
    abbreviations: Abbreviations,
    /// A 1024-bit filter over (length, first, last byte) of the keys: most ordinary words are
    /// rejected without hashing.
    filter: [u64; 16],
    starters: WordSet,
    time_followers: WordSet,
    attribution_verbs: WordSet,
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
        let mut abbreviations = Abbreviations::new();
        let mut filter = [0u64; 16];
        let mut kind = None;
        for line in entries(ABBREVIATIONS) {
            if line.starts_with('[') {
                kind = section_kind(line);
                assert!(kind.is_some(), "unknown abbreviation section {line}");
            } else if let Some(kind) = kind {
                let word = line.strip_suffix('.').unwrap_or(line);
                assert!(
                    word.len() <= MAX_ABBREVIATION_LEN,
                    "abbreviation too long: {line}"
                );
                let exact = pack(word.as_bytes());
                let lower = word.to_ascii_lowercase().into_bytes();
                let bit = filter_bit(lower.len(), lower[0], lower[lower.len() - 1]);
                filter[bit / 64] |= 1 << (bit % 64);
                let entry = abbreviations.entry(ascii_lowercase(exact));
                if word.bytes().any(|b| b.is_ascii_uppercase()) {
                    entry.exact = Some((exact, kind));
                } else {
                    entry.any_case = Some(kind);
                }
            }
        }
        Lexicon {
            abbreviations,
            filter,
            starters: WordSet::new(entries(STARTERS)),
            time_followers: WordSet::new(entries(TIME_FOLLOWERS)),
            attribution_verbs: WordSet::new(entries(ATTRIBUTION_VERBS)),
        }
    }

    /// The kind of abbreviation `word` (written without its final period) is, if any. Entries
    /// written in lowercase match any case when they are longer than one letter.
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevKind> {
        if word.is_empty() || word.len() > MAX_ABBREVIATION_LEN {
            return None;
        }
        let w = word.as_bytes();
        let (first, last) = (
            w[0].to_ascii_lowercase(),
            w[w.len() - 1].to_ascii_lowercase(),
        );
        let bit = filter_bit(w.len(), first, last);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let exact = pack(w);
        let spellings = self.abbreviations.get(ascii_lowercase(exact))?;
        if let Some((key, kind)) = spellings.exact {
            if key == exact {
                return Some(kind);
            }
        }
        let single_capital = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        spellings.any_case.filter(|_| !single_capital)
    }

    /// The kind of abbreviation a word of ASCII letters and dots is, given the sixteen bytes
    /// that end with it (as a little-endian integer; the word is its top `len` bytes, `len` at
    /// least 1). The same answer as [`Lexicon::abbreviation`], with no byte loop: masking the
    /// window leaves the word in place for [`pack`]'s layout, and for letters and dots setting
    /// bit 5 of every byte is the ASCII lowercase.
    #[inline]
    pub fn plain_abbreviation(&self, window: u128, len: usize) -> Option<AbbrevKind> {
        const BIT5: u128 = u128::from_le_bytes([0x20; 16]);
        if len > MAX_ABBREVIATION_LEN {
            return None;
        }
        let first = window.to_le_bytes()[16 - len] | 0x20;
        let last = (window >> 120) as u8 | 0x20;
        let bit = filter_bit(len, first, last);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let word = !(u128::MAX >> (8 * len));
        let exact = (window & word) | len as u128;
        let lower = ((window | BIT5) & word) | len as u128;
        let spellings = self.abbreviations.get(lower)?;
        if let Some((key, kind)) = spellings.exact {
            if key == exact {
                return Some(kind);
            }
        }
        let single_capital = len == 1 && ((window >> 120) as u8).is_ascii_uppercase();
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
        assert_eq!(lex.abbreviation("A.K.A"), Some(AbbrevKind::Connector));
        assert_eq!(lex.abbreviation("Nº"), Some(AbbrevKind::Number));
        assert_eq!(lex.abbreviation("nº"), Some(AbbrevKind::Number));
    }

    #[test]
    fn plain_words_are_looked_up_like_any_word() {
        let lex = lexicon();
        let mut words: Vec<String> = entries(ABBREVIATIONS)
            .filter(|l| !l.starts_with('['))
            .map(|l| l.strip_suffix('.').unwrap_or(l).to_string())
            .collect();
        let extra = [
            "said", "Co", "CO", "cO", "P", "p", "W", "I", "Etc", "ETC", "U.s", "A.M",
        ];
        words.extend(extra.iter().map(|w| w.to_string()));
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| [w.to_ascii_uppercase(), w.to_ascii_lowercase()])
            .collect();
        words.extend(cased);
        for word in words
            .iter()
            .filter(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.'))
        {
            let mut window = [b' '; 16];
            window[16 - word.len()..].copy_from_slice(word.as_bytes());
            assert_eq!(
                lex.plain_abbreviation(u128::from_le_bytes(window), word.len()),
                lex.abbreviation(word),
                "{word}"
            );
        }
    }

    #[test]
    fn packing_puts_the_word_on_top_and_its_length_at_the_bottom() {
        let word = b"abcdefghijklmno";
        for n in 0..=word.len() {
            let mut expected = n as u128;
            for (i, &c) in word[..n].iter().enumerate() {
                expected |= u128::from(c) << (8 * (16 - n + i));
            }
            assert_eq!(pack(&word[..n]), expected, "{n} bytes");
        }
    }

    #[test]
    fn lowering_a_packed_key_touches_only_capitals() {
        let key = pack("AZaz@[`{.É".as_bytes());
        assert_eq!(ascii_lowercase(key), pack("azaz@[`{.É".as_bytes()));
    }

    #[test]
    fn word_lists_load() {
        let lex = lexicon();
        assert!(lex.is_starter("However"));
        assert!(lex.is_time_follower("GMT"));
        assert!(lex.is_attribution_verb("asked"));
    }

    #[test]
    fn word_lists_match_every_entry_exactly_and_nothing_else() {
        let lex = lexicon();
        type Contains = fn(&Lexicon, &str) -> bool;
        let lists: [(&str, Contains); 3] = [
            (STARTERS, Lexicon::is_starter),
            (TIME_FOLLOWERS, Lexicon::is_time_follower),
            (ATTRIBUTION_VERBS, Lexicon::is_attribution_verb),
        ];
        for (text, contains) in lists {
            let words: Vec<&str> = entries(text).collect();
            for &word in &words {
                assert!(contains(lex, word), "{word}");
                for other in [
                    word.to_ascii_uppercase(),
                    word.to_ascii_lowercase(),
                    format!("{word}s"),
                    word[..word.len() - 1].to_string(),
                ] {
                    assert_eq!(
                        contains(lex, &other),
                        words.contains(&other.as_str()),
                        "{other}"
                    );
                }
            }
            for word in ["", "x", "Überraschung", "Thereforeandsoonandsoon"] {
                assert!(!contains(lex, word), "{word}");
            }
        }
    }
}
