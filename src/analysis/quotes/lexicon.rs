//! The word lists attribution relies on: speech verbs, speaker pronouns (with the gender they
//! fit) and speaker role nouns (“spokesman”, “minister”) from `assets/lexicon/`, plus the small
//! closed classes of function words the cue grammar needs (determiners, auxiliaries...). All are
//! folded into one table from a lowercased word to a bit set of [`class`]es, built once, so a
//! token is classified with one table probe.

use std::sync::OnceLock;

/// Word classes, as bits of a `u32`.
pub mod class {
    pub const SPEECH_VERB: u32 = 1;
    pub const ROLE: u32 = 1 << 1;
    pub const PRONOUN_MALE: u32 = 1 << 2;
    pub const PRONOUN_FEMALE: u32 = 1 << 3;
    pub const PRONOUN_ANYONE: u32 = 1 << 4;
    pub const PRONOUN_PLURAL: u32 = 1 << 5;
    /// the, a, his, their...
    pub const DETERMINER: u32 = 1 << 6;
    /// was, were, been...: a passive before a participle.
    pub const BE: u32 = 1 << 7;
    /// has, would, also, later...: may sit between a subject and its verb.
    pub const AUX: u32 = 1 << 8;
    /// Ends a noun phrase read forward (on, in, who, adding...).
    pub const NP_BREAK: u32 = 1 << 9;
    /// Cannot sit inside a subject noun phrase (and, but, that...).
    pub const CLAUSE_BREAK: u32 = 1 << 10;
    /// Capitalized at a sentence start without being part of a name (The, However...).
    pub const NOT_NAME: u32 = 1 << 11;
    /// A lowercase particle inside a name (al, bin, van, de...).
    pub const PARTICLE: u32 = 1 << 12;
    /// who, which, whose: a relative clause starts.
    pub const RELATIVE: u32 = 1 << 13;
    /// of, from, at, for: an institution may follow a name.
    pub const OF: u32 = 1 << 14;
    pub const ACCORDING: u32 = 1 << 15;
    pub const TO: u32 = 1 << 16;
    /// statement, ruling, letter...: a document that speaks for its author
    /// (“according to a statement from the ministry”).
    pub const DOCUMENT: u32 = 1 << 17;
    /// ministry, company, commission...: the head noun of a description of an organisation.
    pub const ORG_HEAD: u32 = 1 << 18;
    /// called, described, dismissed...: a verb that labels its object with a quoted word
    /// (`X called the demands “unrealistic”`): the quote is the writer's fragment.
    pub const NAMING: u32 = 1 << 19;
    /// footage, data, figures...: a thing that shows but never speaks (`non_speakers.txt`),
    /// and every display noun.
    pub const NON_SPEAKER: u32 = 1 << 20;
    /// placard, banner, chorus, lyrics...: a thing that carries a slogan or a lyric
    /// (`display_nouns.txt`).
    pub const DISPLAY: u32 = 1 << 21;
    /// chipmaker, brewer, retailer...: a noun naming a company by its trade; `the chipmaker`
    /// means the latest organisation named, like `the company`.
    pub const INDUSTRY: u32 = 1 << 22;
}

/// Which people a speaker pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounFit {
    Male,
    Female,
    /// A single person of any gender ("I").
    Anyone,
    /// A plural or a group: never resolved to one person.
    Plural,
}

impl PronounFit {
    /// The fit of a word of class bits `bits`, if it is a pronoun.
    pub fn of(bits: u32) -> Option<PronounFit> {
        if bits & class::PRONOUN_MALE != 0 {
            Some(PronounFit::Male)
        } else if bits & class::PRONOUN_FEMALE != 0 {
            Some(PronounFit::Female)
        } else if bits & class::PRONOUN_ANYONE != 0 {
            Some(PronounFit::Anyone)
        } else if bits & class::PRONOUN_PLURAL != 0 {
            Some(PronounFit::Plural)
        } else {
            None
        }
    }
}

const FUNCTION_WORDS: &[(u32, &[&str])] = &[
    (
        class::DETERMINER,
        &[
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
            "those",
        ],
    ),
    (
        class::BE,
        &["was", "were", "been", "being", "be", "is", "are", "am"],
    ),
    (
        class::AUX,
        &[
            "has",
            "have",
            "had",
            "would",
            "will",
            "could",
            "should",
            "may",
            "might",
            "must",
            "also",
            "later",
            "then",
            "again",
            "previously",
            "once",
            "recently",
            "further",
            "earlier",
            "just",
            "now",
            "did",
            "does",
            "do",
            "not",
            "never",
            "already",
            "repeatedly",
            "often",
        ],
    ),
    (
        class::NP_BREAK,
        &[
            "on",
            "in",
            "at",
            "during",
            "when",
            "after",
            "before",
            "while",
            "who",
            "which",
            "that",
            "as",
            "and",
            "but",
            "to",
            "with",
            "last",
            "this",
            "yesterday",
            "today",
            "tonight",
            "earlier",
            "adding",
            "saying",
            "told",
            "said",
            "via",
            "by",
            "because",
            "although",
            "since",
        ],
    ),
    (
        class::CLAUSE_BREAK,
        &[
            "and", "but", "that", "while", "as", "because", "when", "if", "so", "or", "also", "to",
            "it", "which", "where", "there", "not",
        ],
    ),
    (
        class::NOT_NAME,
        &[
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "our",
            "however",
            "but",
            "and",
            "then",
            "meanwhile",
            "yesterday",
            "today",
            "later",
            "earlier",
            "still",
            "now",
            "in",
            "on",
            "at",
            "as",
            "when",
            "after",
            "before",
            "while",
            "so",
            "this",
            "that",
            "there",
            "here",
            "both",
            "former",
            "acting",
            "interim",
            "senior",
            "top",
            "local",
            "chief",
        ],
    ),
    (
        class::PARTICLE,
        &[
            "al", "bin", "ibn", "de", "van", "von", "der", "da", "du", "la", "le", "el", "di",
            "del",
        ],
    ),
    (class::RELATIVE, &["who", "which", "whose"]),
    (
        class::NAMING,
        &[
            "called",
            "calls",
            "calling",
            "described",
            "describes",
            "describing",
            "dismissed",
            "dismissing",
            "branded",
            "labelled",
            "labeled",
            "termed",
            "dubbed",
            "derided",
            "mocked",
        ],
    ),
    (class::OF, &["of", "from", "at", "for"]),
    (class::ACCORDING, &["according"]),
    (class::TO, &["to"]),
    (
        class::DOCUMENT,
        &[
            "statement",
            "statements",
            "report",
            "letter",
            "ruling",
            "judgment",
            "judgement",
            "filing",
            "post",
            "notice",
            "email",
            "e-mail",
            "release",
            "memo",
            "note",
            "message",
            "transcript",
            "document",
            "documents",
            "submission",
        ],
    ),
    (
        class::ORG_HEAD,
        &[
            "ministry",
            "regulator",
            "watchdog",
            "department",
            "company",
            "firm",
            "group",
            "agency",
            "commission",
            "council",
            "board",
            "committee",
            "union",
            "bank",
            "party",
            "club",
            "association",
            "authority",
            "operator",
            "airline",
            "university",
            "hospital",
            "institute",
            "foundation",
            "federation",
            "league",
            "charity",
            "court",
            "government",
            "office",
            "army",
            "police",
            "service",
            "trust",
            "society",
            "organisation",
            "organization",
        ],
    ),
    (
        class::ORG_HEAD | class::INDUSTRY,
        &[
            "chipmaker",
            "carmaker",
            "automaker",
            "drugmaker",
            "brewer",
            "retailer",
            "supermarket",
            "insurer",
            "lender",
            "miner",
            "broadcaster",
            "publisher",
            "manufacturer",
            "carrier",
            "supplier",
            "producer",
            "exporter",
            "developer",
            "utility",
            "conglomerate",
            "startup",
            "outlet",
        ],
    ),
];

/// Words of at most this many bytes; no entry is longer.
const MAX_LEN: usize = 16;
const SLOTS: usize = 4096;

/// ASCII-lowercase the eight bytes of `x` at once (bytes outside `A..=Z` are kept).
#[inline]
fn lower_lanes(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let heptets = x & LOW7;
    // The high bit of each lane: set when the lane is at least `A`, resp. past `Z`.
    let at_least_a = heptets + 0x3F3F_3F3F_3F3F_3F3F;
    let past_z = heptets + 0x2525_2525_2525_2525;
    let upper = at_least_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// Up to eight bytes as a little-endian integer, zero-padded, read straight into a register
/// (two overlapping 4-byte loads, no copy through a stack buffer).
#[inline]
fn load_le(w: &[u8]) -> u64 {
    let n = w.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([w[i], w[i + 1], w[i + 2], w[i + 3]]));
    if n >= 4 {
        u32_at(0) | (u32_at(n - 4) << ((n - 4) * 8))
    } else {
        w.iter()
            .enumerate()
            .fold(0, |x, (i, &c)| x | (u64::from(c) << (8 * i)))
    }
}

/// A word packed into an integer: up to 16 lowercase bytes, little-endian, zero-padded.
#[inline(always)]
fn pack(word: &[u8]) -> u128 {
    let n = word.len().min(MAX_LEN);
    let lo = lower_lanes(load_le(&word[..n.min(8)]));
    let hi = if n > 8 {
        lower_lanes(load_le(&word[8..n]))
    } else {
        0
    };
    u128::from(lo) | (u128::from(hi) << 64)
}

/// The filter bit of a word of 1 to 16 bytes: its length and first and last bytes (lowercased,
/// as its packed key holds them) mixed into 0..1024. Read from the word's bytes, not from the
/// key (a variable shift of a `u128` costs more than the rest of the look-up).
#[inline]
fn filter_bit(word: &[u8]) -> usize {
    let len = word.len();
    let first = usize::from(word[0].to_ascii_lowercase());
    let last = usize::from(word[len - 1].to_ascii_lowercase());
    (len * 131 + first * 31 + last * 7) % 1024
}

fn slot(key: u128) -> usize {
    let mixed =
        ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 52) as usize % SLOTS
}

/// An open-addressing table from packed words to class bits: one multiply and, for most
/// words, one probe; no hashing of strings, no allocation at lookup.
struct Table {
    keys: Vec<u128>,
    bits: Vec<u32>,
    /// A 1024-bit filter over (length, first, last byte) of the keys: most words in no list are
    /// rejected without touching the table.
    filter: [u64; 16],
}

impl Table {
    fn new() -> Self {
        Table {
            keys: vec![0; SLOTS],
            bits: vec![0; SLOTS],
            filter: [0; 16],
        }
    }

    fn add(&mut self, word: &str, bits: u32) {
        if word.is_empty() || word.len() > MAX_LEN {
            return;
        }
        let key = pack(word.as_bytes());
        let bit = filter_bit(word.as_bytes());
        self.filter[bit / 64] |= 1 << (bit % 64);
        let mut i = slot(key);
        while self.keys[i] != 0 && self.keys[i] != key {
            i = (i + 1) % SLOTS;
        }
        self.keys[i] = key;
        self.bits[i] |= bits;
    }

    fn get(&self, word: &[u8]) -> u32 {
        let bit = filter_bit(word);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        let key = pack(word);
        let mut i = slot(key);
        loop {
            match self.keys[i] {
                0 => return 0,
                k if k == key => return self.bits[i],
                _ => i = (i + 1) % SLOTS,
            }
        }
    }
}

/// Lines of a lexicon file with comments and blank lines removed.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn build() -> Table {
    let mut table = Table::new();
    let mut add = |word: &str, bits: u32| table.add(word, bits);
    for verb in entries(include_str!("../../../assets/lexicon/speech_verbs.txt")) {
        add(verb, class::SPEECH_VERB);
    }
    for cue in entries(include_str!("../../../assets/lexicon/quote_cues.txt")) {
        add(cue, class::SPEECH_VERB);
    }
    for thing in entries(include_str!("../../../assets/lexicon/non_speakers.txt")) {
        add(thing, class::NON_SPEAKER);
    }
    for thing in entries(include_str!("../../../assets/lexicon/display_nouns.txt")) {
        add(thing, class::NON_SPEAKER | class::DISPLAY);
    }
    for role in entries(include_str!("../../../assets/lexicon/speaker_roles.txt")) {
        add(role, class::ROLE);
        add(&format!("{role}s"), class::ROLE);
    }
    for line in entries(include_str!("../../../assets/lexicon/speaker_pronouns.txt")) {
        if let Some((word, fit)) = line.split_once(' ') {
            let bits = match fit.trim() {
                "m" => class::PRONOUN_MALE,
                "f" => class::PRONOUN_FEMALE,
                "x" => class::PRONOUN_ANYONE,
                _ => class::PRONOUN_PLURAL,
            };
            add(word, bits);
        }
    }
    for (bits, words) in FUNCTION_WORDS {
        for word in *words {
            add(word, *bits);
        }
    }
    table
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// The classes of `word`, any case (0 for a word in no list). Inlined: the tokenizer looks up
/// every word, and a call cost a sixth of a look-up.
#[inline]
pub fn classes(word: &str) -> u32 {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_LEN {
        return 0;
    }
    table().get(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_match_any_case() {
        assert_ne!(classes("said") & class::SPEECH_VERB, 0);
        assert_ne!(classes("Said") & class::SPEECH_VERB, 0);
        assert_eq!(classes("spokesman") & class::SPEECH_VERB, 0);
        assert_eq!(PronounFit::of(classes("He")), Some(PronounFit::Male));
        assert_eq!(PronounFit::of(classes("they")), Some(PronounFit::Plural));
        assert_ne!(classes("Spokesman") & classes("officials") & class::ROLE, 0);
        assert_eq!(classes("valley"), 0);
    }

    #[test]
    fn packing_lowercases_ascii_letters_only() {
        assert_eq!(pack(b"SAID"), pack(b"said"));
        assert_eq!(pack("Ä@[Z`{".as_bytes()), pack("Ä@[z`{".as_bytes()));
        assert_ne!(pack(b"@"), pack(b"`"));
        for w in [
            "a",
            "Ab",
            "AbC",
            "AbCd",
            "AbCdE",
            "AbCdEfG",
            "AbCdEfGh",
            "AbCdEfGhI",
        ] {
            let lower = w.to_ascii_lowercase();
            let mut buf = [0u8; MAX_LEN];
            buf[..w.len()].copy_from_slice(lower.as_bytes());
            assert_eq!(pack(w.as_bytes()), u128::from_le_bytes(buf), "{w}");
        }
        let long = "AbCdEfGhIjKlMnOp";
        assert_eq!(
            pack(long.as_bytes()),
            pack(long.to_ascii_lowercase().as_bytes())
        );
    }
}
