//! The entity lexicons: word lists shipped in `assets/lexicon/`, compiled into the binary and loaded
//! once into one hash map from surface form to a set of [`flag`]s.
//!
//! Lookups are case-sensitive and allocation-free: a name is looked up as the exact slice of the body
//! ("New York", "Mr.", "Afghan").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Bit flags describing what a surface form is known to be.
pub mod flag {
    /// A country, city, region or other place.
    pub const PLACE: u32 = 1;
    /// A nationality, religious or political group.
    pub const GROUP: u32 = 1 << 1;
    /// A known organization.
    pub const ORG: u32 = 1 << 2;
    /// A title that marks the following name as a person ("Mr.", "President").
    pub const TITLE_HEAD: u32 = 1 << 3;
    /// A word that extends a title to the left ("Prime", "Foreign").
    pub const TITLE_MOD: u32 = 1 << 4;
    /// A lower-case role noun ("spokesman", "minister").
    pub const ROLE: u32 = 1 << 5;
    /// Last word of an organization name ("Front", "Inc.").
    pub const ORG_WORD: u32 = 1 << 6;
    /// Head of an organization name followed by "of" ("Ministry", "University").
    pub const ORG_HEAD: u32 = 1 << 7;
    /// Last word of a place name ("Road", "River").
    pub const PLACE_SUFFIX: u32 = 1 << 8;
    /// First word of a place name ("Lake", "Lower").
    pub const PLACE_PREFIX: u32 = 1 << 9;
    /// A common word that is capitalised at a sentence start but is not a name there.
    pub const COMMON: u32 = 1 << 10;
    /// Never part of a name (months, weekdays, pronouns).
    pub const NEVER: u32 = 1 << 11;
    /// A verb of saying.
    pub const SPEECH: u32 = 1 << 12;
    /// A common given name.
    pub const FIRST_NAME: u32 = 1 << 13;
    /// Last word of an event, work or treaty name ("Cup", "Summit").
    pub const OTHER_WORD: u32 = 1 << 14;

    /// First word of a multi-word or hyphenated lexicon entry ("New" for "New York").
    pub const MULTI_START: u32 = 1 << 15;

    /// First word that makes a longer name an organization ("National Grid", "Royal Mail").
    pub const ORG_FIRST: u32 = 1 << 16;
    /// First word that makes a longer name an event or other thing ("Storm Isha", "Operation X").
    pub const OTHER_PREFIX: u32 = 1 << 17;

    /// A lower-case noun that, just before a name, makes it an organization ("the law firm X").
    pub const ORG_NOUN: u32 = 1 << 18;
    /// A lower-case noun that, next to a name, makes it a place ("the Tamsin river").
    pub const PLACE_NOUN: u32 = 1 << 19;
    /// A lower-case noun that, next to a name, makes it a work, event or product ("the film X").
    pub const WORK_NOUN: u32 = 1 << 20;
    /// A title, pronoun or kin noun for a man ("Mr.", "he", "brother").
    pub const MALE: u32 = 1 << 21;
    /// A title, pronoun or kin noun for a woman ("Ms.", "she", "sister").
    pub const FEMALE: u32 = 1 << 22;

    /// A known event, work or product ("Ramadan", "Android"): kind other.
    pub const OTHER: u32 = 1 << 23;

    /// A language name ("French", "Pashto"): no entity after "in", "speaks" and the like.
    pub const LANGUAGE: u32 = 1 << 24;

    /// Flags that make a form a name in its own right.
    pub const ENTITY: u32 = PLACE | GROUP | ORG | OTHER;
}

/// A small, fast, non-cryptographic hasher (multiply-rotate over 8-byte words) for short keys.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.add(v);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 1 to 7 bytes of `rest` as one word, read with at most two loads (no copy through a
/// buffer). Distinct tails of one length give distinct words.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(lo) | u64::from(hi) << 32
    } else {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
    }
}

impl FastHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map keyed with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Bits of the [`Lexicon`] pre-filter: one bit per signature (see [`signature`]).
const FILTER_BITS: usize = 1 << 16;

/// Every lexicon, merged into one table from surface form to flags.
pub struct Lexicon {
    table: Table,
    /// A bit per [`signature`] of the forms in the table: most words of a text are in no lexicon,
    /// and a clear bit answers for them without hashing and probing the table.
    filter: Box<[u64]>,
    /// The same for the forms with a gender ([`flag::MALE`], [`flag::FEMALE`]) alone.
    gender_filter: Box<[u64]>,
}

/// No entry in a [`Table`] slot.
const EMPTY: u32 = u32::MAX;

/// An open-addressing table from form to flags, built once. Each entry keeps the form's first
/// eight bytes as a word, so a short form is matched with one integer comparison.
struct Table {
    /// Entry index per slot, or [`EMPTY`].
    slots: Box<[u32]>,
    /// Slot count less one (a power of two less one).
    mask: usize,
    /// Shift that brings a [`form_hash`]'s slot bits, just below its signature bits, to the bottom.
    shift: u32,
    entries: Vec<Entry>,
}

struct Entry {
    head: u64,
    form: &'static str,
    flags: u32,
}

/// The first eight bytes of `b` as one word: distinct forms of one length give distinct words
/// when they are at most eight bytes long.
#[inline]
fn head_word(b: &[u8]) -> u64 {
    match b.len() {
        0 => 0,
        1..=7 => tail_word(b),
        _ => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
    }
}

/// The length and [`head_word`] of a form mixed into one word: its top bits are the form's
/// [`signature`], the bits below them place a short form in the [`Table`].
#[inline]
fn head_mix(len: usize, head: u64) -> u64 {
    (head ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xd6e8_feb8_6659_fd93)
}

/// Bits of a [`head_mix`] above the ones a [`Table`] slot is taken from.
const SIGNATURE_BITS: u32 = FILTER_BITS.trailing_zeros();

/// A hash of a whole form, given its [`head_mix`]: the mix itself for a form of at most eight
/// bytes, so a lookup that passed the filter hashes nothing more.
#[inline]
fn form_hash(b: &[u8], mix: u64) -> u64 {
    if b.len() > 8 {
        let mut h = FastHasher(mix);
        h.write(&b[8..]);
        h.0
    } else {
        mix
    }
}

impl Table {
    fn build(map: FastMap<&'static str, u32>) -> Self {
        let bits = (map.len() * 2).max(16).next_power_of_two().trailing_zeros();
        let mut slots = vec![EMPTY; 1 << bits].into_boxed_slice();
        let mut entries: Vec<Entry> = Vec::with_capacity(map.len());
        let mask = (1usize << bits) - 1;
        for (form, flags) in map {
            let b = form.as_bytes();
            let head = head_word(b);
            let hash = form_hash(b, head_mix(b.len(), head));
            let mut slot = Table::slot(hash, Table::shift(bits), mask);
            while slots[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entries.len() as u32;
            entries.push(Entry { head, form, flags });
        }
        Table {
            slots,
            mask,
            shift: Table::shift(bits),
            entries,
        }
    }

    fn shift(bits: u32) -> u32 {
        64 - SIGNATURE_BITS - bits
    }

    /// The first slot of a form with [`form_hash`] `hash`: the bits just below its signature's.
    #[inline]
    fn slot(hash: u64, shift: u32, mask: usize) -> usize {
        (hash >> shift) as usize & mask
    }

    /// The flags of the form `b`, given its [`head_word`] and [`head_mix`]. Inlined for the
    /// forms of at most eight bytes, most words: matched on their head word alone.
    #[inline(always)]
    fn get(&self, b: &[u8], head: u64, mix: u64) -> u32 {
        if b.len() > 8 {
            return self.get_long(b, head, mix);
        }
        let mask = self.mask;
        let mut slot = Table::slot(mix, self.shift, mask);
        loop {
            let e = self.slots[slot];
            if e == EMPTY {
                return 0;
            }
            let entry = &self.entries[e as usize];
            if entry.head == head && entry.form.len() == b.len() {
                return entry.flags;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// [`get`](Self::get) for a form of any length.
    #[inline(never)]
    fn get_long(&self, b: &[u8], head: u64, mix: u64) -> u32 {
        let mask = self.mask;
        let mut slot = Table::slot(form_hash(b, mix), self.shift, mask);
        loop {
            let e = self.slots[slot];
            if e == EMPTY {
                return 0;
            }
            let entry = &self.entries[e as usize];
            if entry.head == head
                && entry.form.len() == b.len()
                && (b.len() <= 8 || entry.form.as_bytes()[8..] == b[8..])
            {
                return entry.flags;
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// A cheap signature of a form, from its length and [`head_word`], mixed into `FILTER_BITS`
/// values.
#[inline]
fn signature(mix: u64) -> usize {
    (mix >> (64 - SIGNATURE_BITS)) as usize
}

/// The data files and the flag each plain line gets. Prefixed lines ("head:", "mod:", "suffix:",
/// "prefix:", "never:", "other:") choose their own flag.
const SOURCES: &[(&str, u32)] = &[
    (
        include_str!("../../../assets/lexicon/countries.txt"),
        flag::PLACE,
    ),
    (
        include_str!("../../../assets/lexicon/places.txt"),
        flag::PLACE,
    ),
    (
        include_str!("../../../assets/lexicon/demonyms.txt"),
        flag::GROUP,
    ),
    (
        include_str!("../../../assets/lexicon/groups.txt"),
        flag::GROUP,
    ),
    (
        include_str!("../../../assets/lexicon/organizations.txt"),
        flag::ORG,
    ),
    (
        include_str!("../../../assets/lexicon/languages.txt"),
        flag::LANGUAGE,
    ),
    (
        include_str!("../../../assets/lexicon/other_names.txt"),
        flag::OTHER,
    ),
    (
        include_str!("../../../assets/lexicon/titles.txt"),
        flag::TITLE_HEAD,
    ),
    (
        include_str!("../../../assets/lexicon/roles.txt"),
        flag::ROLE,
    ),
    (
        include_str!("../../../assets/lexicon/org_words.txt"),
        flag::ORG_WORD,
    ),
    (
        include_str!("../../../assets/lexicon/place_words.txt"),
        flag::PLACE_SUFFIX,
    ),
    (
        include_str!("../../../assets/lexicon/common.txt"),
        flag::COMMON,
    ),
    (
        include_str!("../../../assets/lexicon/speech_verbs.txt"),
        flag::SPEECH,
    ),
    (
        include_str!("../../../assets/lexicon/first_names.txt"),
        flag::FIRST_NAME,
    ),
    (include_str!("../../../assets/lexicon/descriptors.txt"), 0),
    (include_str!("../../../assets/lexicon/gender.txt"), 0),
];

impl Lexicon {
    fn load() -> Self {
        let mut map: FastMap<&'static str, u32> = FastMap::default();
        for &(text, plain) in SOURCES {
            for line in text.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let (f, word) = match line.split_once(':') {
                    Some(("head", w)) => (flag::TITLE_HEAD, w),
                    Some(("mod", w)) => (flag::TITLE_MOD, w),
                    Some(("suffix", w)) => (flag::PLACE_SUFFIX, w),
                    Some(("prefix", w)) => (flag::PLACE_PREFIX, w),
                    Some(("never", w)) => (flag::NEVER, w),
                    Some(("other", w)) => (flag::OTHER_WORD, w),
                    Some(("orghead", w)) => (flag::ORG_HEAD, w),
                    Some(("first", w)) => (flag::ORG_FIRST, w),
                    Some(("otherprefix", w)) => (flag::OTHER_PREFIX, w),
                    Some(("org", w)) => (flag::ORG_NOUN, w),
                    Some(("place", w)) => (flag::PLACE_NOUN, w),
                    Some(("work", w)) => (flag::WORK_NOUN, w),
                    Some(("m", w)) => (flag::MALE, w),
                    Some(("f", w)) => (flag::FEMALE, w),
                    _ => (plain, line),
                };
                // Organization heads are written "head:" inside org_words.txt.
                let f = if plain == flag::ORG_WORD && f == flag::TITLE_HEAD {
                    flag::ORG_HEAD
                } else {
                    f
                };
                *map.entry(word).or_insert(0) |= f;
                if let Some(i) = word.find([' ', '-']) {
                    *map.entry(&word[..i]).or_insert(0) |= flag::MULTI_START;
                }
            }
        }
        let mut filter = vec![0u64; FILTER_BITS / 64].into_boxed_slice();
        let mut gender_filter = filter.clone();
        for (form, &f) in &map {
            let s = signature(head_mix(form.len(), head_word(form.as_bytes())));
            filter[s >> 6] |= 1 << (s & 63);
            if f & (flag::MALE | flag::FEMALE) != 0 {
                gender_filter[s >> 6] |= 1 << (s & 63);
            }
        }
        Lexicon {
            table: Table::build(map),
            filter,
            gender_filter,
        }
    }

    /// The flags of `form`, 0 when unknown.
    #[inline]
    pub fn get(&self, form: &str) -> u32 {
        self.get_bytes(form.as_bytes())
    }

    /// [`get`](Self::get) for the bytes of a form, which the tokenizer has without slicing a `str`.
    #[inline]
    pub fn get_bytes(&self, b: &[u8]) -> u32 {
        let head = head_word(b);
        let mix = head_mix(b.len(), head);
        let s = signature(mix);
        if self.filter[s >> 6] & (1 << (s & 63)) == 0 {
            return 0;
        }
        self.table.get(b, head, mix)
    }

    /// The flags of `form` when it has a gender ([`flag::MALE`] or [`flag::FEMALE`]); any other
    /// form may answer 0 whatever its flags, most of them without a lookup.
    #[inline]
    pub fn get_gendered(&self, form: &str) -> u32 {
        self.get_gendered_bytes(form.as_bytes())
    }

    /// [`get_gendered`](Self::get_gendered) for the bytes of a form.
    #[inline]
    pub fn get_gendered_bytes(&self, b: &[u8]) -> u32 {
        let head = head_word(b);
        let mix = head_mix(b.len(), head);
        let s = signature(mix);
        if self.gender_filter[s >> 6] & (1 << (s & 63)) == 0 {
            return 0;
        }
        self.table.get(b, head, mix)
    }

    /// Like [`get`](Self::get), but an all-capitals form ("WASHINGTON", "NEW YORK") that is unknown
    /// as written is also tried in title case.
    pub fn get_any_case(&self, form: &str) -> u32 {
        let f = self.get(form);
        if f != 0 || form.len() < 3 {
            return f;
        }
        if form.is_ascii() {
            if form.bytes().any(|b| b.is_ascii_lowercase()) {
                return f;
            }
            // Title case on the stack: most forms are short ASCII.
            let mut buf = [0u8; 64];
            if form.len() <= buf.len() {
                let mut word_start = true;
                for (o, b) in buf.iter_mut().zip(form.bytes()) {
                    *o = if word_start {
                        b
                    } else {
                        b.to_ascii_lowercase()
                    };
                    word_start = !b.is_ascii_alphanumeric();
                }
                let title = std::str::from_utf8(&buf[..form.len()]).unwrap_or("");
                return self.get(title);
            }
        } else if form.chars().any(char::is_lowercase) {
            return f;
        }
        let mut title = String::with_capacity(form.len());
        let mut word_start = true;
        for c in form.chars() {
            if word_start {
                title.push(c);
            } else {
                title.extend(c.to_lowercase());
            }
            word_start = !c.is_alphanumeric();
        }
        self.get(&title)
    }
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_kind_of_entry() {
        let lex = lexicon();
        assert_ne!(lex.get("Kabul") & flag::PLACE, 0);
        assert_ne!(lex.get("New York") & flag::PLACE, 0);
        assert_ne!(lex.get("Pakistani") & flag::GROUP, 0);
        assert_ne!(lex.get("AFP") & flag::ORG, 0);
        assert_ne!(lex.get("Mr.") & flag::TITLE_HEAD, 0);
        assert_ne!(lex.get("Prime") & flag::TITLE_MOD, 0);
        assert_ne!(lex.get("Front") & flag::ORG_WORD, 0);
        assert_ne!(lex.get("University") & flag::ORG_HEAD, 0);
        assert_ne!(lex.get("River") & flag::PLACE_PREFIX, 0);
        assert_ne!(lex.get("Road") & flag::PLACE_SUFFIX, 0);
        assert_ne!(lex.get("However") & flag::COMMON, 0);
        assert_ne!(lex.get("September") & flag::NEVER, 0);
        assert_ne!(lex.get("said") & flag::SPEECH, 0);
        assert_ne!(lex.get("Ahmad") & flag::FIRST_NAME, 0);
        assert_ne!(lex.get("Summit") & flag::OTHER_WORD, 0);
        assert_ne!(lex.get("charity") & flag::ORG_NOUN, 0);
        assert_ne!(lex.get("river") & flag::PLACE_NOUN, 0);
        assert_ne!(lex.get("novel") & flag::WORK_NOUN, 0);
        assert_ne!(lex.get("Mr.") & flag::MALE, 0);
        assert_ne!(lex.get("her") & flag::FEMALE, 0);
        assert_eq!(lex.get("Zzyzx"), 0);
        assert_ne!(lex.get_any_case("NEW YORK") & flag::PLACE, 0);
        assert_eq!(lex.get_any_case("HOLT"), 0);
    }

    /// The tokenizer looks a period-ended abbreviation up only after a capitalised word.
    #[test]
    fn titles_and_place_prefixes_start_with_a_capital() {
        for e in &lexicon().table.entries {
            if e.flags & (flag::TITLE_HEAD | flag::PLACE_PREFIX) != 0 {
                assert!(e.form.starts_with(char::is_uppercase), "{}", e.form);
            }
        }
    }

    #[test]
    fn hasher_separates_short_keys() {
        let h = |s: &str| {
            let mut f = FastHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("ab"), h("ba"));
        assert_ne!(h("a"), h("a\0"));
    }
}
