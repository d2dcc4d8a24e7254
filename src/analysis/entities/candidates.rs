//! Candidate mentions: the fast pass over the tokens that proposes name spans.
//!
//! A raw run is a maximal sequence of capitalised words, joined by what may sit inside a name
//! (hyphens, "&", name particles "de"/"van", "of" after an institution word, "and" inside an
//! institution's name). Each run is then refined: capitalised words that are only capitalised because
//! a sentence or headline starts there are dropped unless the article gives evidence for them
//! ([`Article`]), titles are split off ("Prime Minister" is dropped, a one-word title such as "Mr." or
//! "President" stays in the mention), and each remaining span gets its kind evidence.

use std::cell::Cell;

use super::kinds::{self, Votes};
use super::lexicon::{flag, FastMap, Lexicon};
use super::quoted_titles;
use super::tokens::{Shape, Token};
use crate::analysis::span::Span;

/// One proposed mention.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The mention as reported (a one-word title included).
    pub span: Span,
    /// The name without any title.
    pub name: Span,
    /// Token range `[first, end)` of the name.
    pub first: usize,
    pub end: usize,
    /// A title stood before the name (inside the span or not).
    pub titled: bool,
    /// Kind evidence from the mention itself and its context.
    pub votes: Votes,
    /// The mention sits inside an "of ..." phrase ("the son of commander X"): less salient.
    pub embedded: bool,
    /// The mention is a parenthesised alias of the candidate just before it ("Agency (ESA)").
    pub alias_of_previous: bool,
}

/// Article-level facts about words that start sentences: was the word also seen capitalised where no
/// capital was required, or in lower case?
#[derive(Default)]
struct Article<'a> {
    /// Capitalised form → (seen capitalised mid-sentence, seen in lower case).
    by_form: FastMap<&'a str, (bool, bool)>,
    /// Common words opening a sentence before a capitalised word ("Small Heath Park will"): the
    /// pair → whether the same two words were seen together mid-sentence ("and Small Heath").
    pairs: FastMap<(&'a str, &'a str), bool>,
}

/// Lower-case name particles ("de Klerk", "van der Berg", "bin Salman").
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "du"
            | "da"
            | "di"
            | "dos"
            | "das"
            | "la"
            | "le"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "ter"
            | "ten"
            | "i"
    )
}

/// Name particles capitalised by a sentence start ("De Klerk said", "Van Rensburg").
fn is_capital_particle(w: &str) -> bool {
    matches!(
        w,
        "De" | "Del"
            | "Della"
            | "Van"
            | "Von"
            | "Du"
            | "Da"
            | "Di"
            | "Dos"
            | "La"
            | "Le"
            | "Al"
            | "El"
            | "Bin"
            | "Ibn"
    )
}

/// Lower-case words that follow a hyphen after a name without being part of it ("Kyiv-born").
const HYPHEN_WORDS: &[&str] = &[
    "born", "run", "made", "owned", "style", "era", "like", "wide", "free", "class", "type",
    "term", "year", "old", "led", "bound", "only", "area", "zone", "level", "size", "scale", "day",
    "week", "month", "hour", "rate", "grown", "built", "held", "sized", "proof", "ready", "long",
    "high", "low", "plus", "in", "up", "out", "off", "on", "over", "back", "down", "tier", "half",
    "new",
];

/// Words after which "of" continues a name ("United States of America", "Duke of York").
const OF_HEADS: &[&str] = &[
    "Republic", "Kingdom", "States", "Emirates", "Duke", "Duchess", "Earl", "Isle",
];

/// Company designators that end a company's own name.
const CORPORATE: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "plc", "AG", "GmbH", "SA", "NV", "LLP",
];

/// Letters after a person's name: degrees, honours, offices and the counsel ranks ("SC", "KC").
const POST_NOMINALS: &[&str] = &[
    "SC", "QC", "KC", "Esq", "MP", "MD", "PhD", "DPhil", "JP", "MSP", "MEP", "OBE", "MBE", "CBE",
    "KBE", "DBE", "DDS", "RN",
];

/// Words that, capitalised before a number, name a numbered thing rather than an entity ("Route
/// 12", "Gate 4", "Interstate 94").
const NUMBERED: &[&str] = &[
    "Route",
    "Routes",
    "Bus",
    "Platform",
    "Gate",
    "Room",
    "Exit",
    "Junction",
    "Interstate",
    "Pier",
    "Berth",
    "Lot",
    "Stand",
    "Level",
    "Floor",
    "Ward",
    "Bay",
    "Lane",
    "Track",
    "Zone",
    "Sector",
];

/// Bodies named "X on Y" ("Committee on Foreign Relations").
const COMMITTEES: &[&str] = &[
    "Committee",
    "Subcommittee",
    "Commission",
    "Council",
    "Conference",
    "Panel",
];

/// Find every candidate mention.
pub fn candidates(body: &str, toks: &[Token], lex: &Lexicon) -> Vec<Candidate> {
    candidates_into(body, toks, lex, Vec::with_capacity(toks.len() / 8 + 4))
}

/// [`candidates`], appended to `out` after clearing it: a caller that keeps the vector between
/// articles allocates it once.
pub fn candidates_into(
    body: &str,
    toks: &[Token],
    lex: &Lexicon,
    mut out: Vec<Candidate>,
) -> Vec<Candidate> {
    out.clear();
    let mut finder = Finder {
        body,
        toks,
        lex,
        article: Article::default(),
        out,
        last_lookup: Cell::new((usize::MAX, 0, 0)),
        last_dotted: Cell::new((usize::MAX, 0)),
    };
    // One pass finds the runs and quoted titles, and the capitalised words that open a sentence.
    // The article's facts about those words come next ([`Article::scan`]), then each run is
    // refined in order (refining asks about them).
    let mut found: Vec<(u32, u32, bool)> = Vec::with_capacity(toks.len() / 16 + 4);
    let mut openers: Vec<u32> = Vec::with_capacity(toks.len() / 32 + 4);
    // The sentence openers among the words a step skips over.
    let note = |openers: &mut Vec<u32>, from: usize, to: usize| {
        for (k, t) in toks.iter().enumerate().take(to).skip(from) {
            if t.initial && t.is_capitalised() {
                openers.push(k as u32);
            }
        }
    };
    let mut i = 0;
    while i < toks.len() {
        // Every mention starts at a capitalised word.
        if !toks[i].is_capitalised() {
            i += 1;
            continue;
        }
        if toks[i].initial {
            openers.push(i as u32);
        }
        // A quoted title ("Salt on the Window") is one mention of a work.
        if i > 0 && matches!(toks[i - 1].shape, Shape::Punct(c) if quoted_titles::is_open(c)) {
            if let Some((a, b)) = quoted_titles::title_at(body, toks, lex, i - 1) {
                found.push((a as u32, b as u32, true));
                note(&mut openers, i + 1, b);
                i = b;
                continue;
            }
        }
        if let Some(end) = finder.party_tag_end(i) {
            note(&mut openers, i + 1, end);
            i = end;
            continue;
        }
        if finder.is_name_word(i) {
            let end = finder.run_end(i);
            let start = finder.ordinal_start(finder.particle_start(i), end);
            found.push((start as u32, end as u32, false));
            note(&mut openers, i + 1, end);
            i = end;
        } else {
            i += 1;
        }
    }
    finder.article = Article::scan(body, toks, &openers);
    for (a, b, title) in found {
        let (a, b) = (a as usize, b as usize);
        if title {
            finder.out.push(quoted_titles::candidate(toks, a, b));
        } else {
            finder.refine(a, b);
        }
    }
    finder.out
}

/// "d'Ivoire", "l’Aquila": an elided particle glued to a capitalised name.
fn is_elided_particle(w: &str) -> bool {
    // Most words are ruled out by their first letter.
    if !matches!(w.as_bytes().first(), Some(b'd' | b'l')) {
        return false;
    }
    let rest = ["d'", "d’", "l'", "l’", "dell'", "dell’"]
        .iter()
        .find_map(|p| w.strip_prefix(p));
    rest.and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// A hash of a word's bytes, for matching lower-case words against the lower-cased forms.
#[inline]
fn word_hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Bits in the filter of [`folded_signature`]s.
const SIG_BITS: usize = 4096;

/// A signature of the word at `start..end` of `body` that ignores ASCII case: its length and
/// first eight bytes, each with the 0x20 bit set, hashed to `0..SIG_BITS`. Two ASCII words equal
/// but for case share it.
#[inline]
fn folded_signature(body: &[u8], start: usize, end: usize) -> usize {
    let n = (end - start).min(8);
    let head = match body.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => body[start..start + n]
            .iter()
            .rev()
            .fold(0u64, |h, &b| (h << 8) | u64::from(b)),
    };
    let keep = u64::MAX.checked_shr(8 * (8 - n) as u32).unwrap_or(0);
    let folded = (head | 0x2020_2020_2020_2020) & keep;
    let h = (folded ^ ((end - start) as u64).wrapping_mul(0x9e37_79b9))
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - SIG_BITS.trailing_zeros())) as usize
}

/// Whether `word` is `form` in lower case.
fn is_lower_form(word: &str, form: &str) -> bool {
    if form.is_ascii() {
        word.len() == form.len()
            && word
                .bytes()
                .zip(form.bytes())
                .all(|(w, f)| w == f.to_ascii_lowercase())
    } else {
        form.to_lowercase() == word
    }
}

impl<'a> Article<'a> {
    /// The facts about the capitalised words at `openers` (every token index where a capitalised
    /// word opens a sentence, in order).
    fn scan(body: &'a str, toks: &[Token], openers: &[u32]) -> Self {
        let mut by_form: FastMap<&'a str, (bool, bool)> =
            FastMap::with_capacity_and_hasher(16, Default::default());
        // Hash of the lower-cased form → the form (the last one inserted wins).
        let mut lower: FastMap<u64, &'a str> =
            FastMap::with_capacity_and_hasher(16, Default::default());
        // A cheap filter (a bit per length, lower-cased first and last byte) so most tokens are
        // never hashed. Forms with non-ASCII letters may change length when lower-cased: they
        // fall back to a filter on the length and first byte alone.
        let mut sigs = [0u64; SIG_BITS / 64];
        // Before the signature, a filter that costs no hash: a bit per (length, first letter).
        let mut len_first = [0u32; 16];
        let len_first_bit = |t: &Token| {
            let len = ((t.end - t.start) as usize).min(15);
            (
                len,
                1u32 << ((body.as_bytes()[t.start as usize] | 0x20) & 31),
            )
        };
        let mut len_mask = 0u64;
        let mut first_mask = [0u64; 4];
        let mut wide = false;
        let first_byte = |text: &str| text.as_bytes()[0].to_ascii_lowercase() as usize;
        let sig = |t: &Token| folded_signature(body.as_bytes(), t.start as usize, t.end as usize);
        let known = flag::ENTITY | flag::FIRST_NAME | flag::TITLE_HEAD | flag::COMMON | flag::NEVER;
        // Pairs of a common word opening a sentence and the capitalised word after it, each
        // marked when the same two words are also seen mid-sentence.
        let mut pairs: FastMap<(&'a str, &'a str), bool> = FastMap::default();
        let next_cap = |i: usize| {
            toks.get(i + 1)
                .filter(|n| n.shape == Shape::Cap && !n.para_start)
                .map(|n| n.text(body))
        };
        for &i in openers {
            let i = i as usize;
            let t = &toks[i];
            if t.flags & flag::COMMON != 0 {
                if !t.headline && t.shape == Shape::Cap {
                    if let Some(n) = next_cap(i) {
                        pairs.insert((t.text(body), n), false);
                    }
                }
            } else if t.flags & known == 0 {
                let text = t.text(body);
                if let std::collections::hash_map::Entry::Vacant(v) = by_form.entry(text) {
                    v.insert((false, false));
                    let key = if text.is_ascii() {
                        word_hash(text.bytes().map(|b| b.to_ascii_lowercase()))
                    } else {
                        wide = true;
                        word_hash(text.to_lowercase().bytes())
                    };
                    lower.insert(key, text);
                    len_mask |= 1 << text.len().min(63);
                    let b = first_byte(text);
                    first_mask[b >> 6] |= 1 << (b & 63);
                    let g = sig(t);
                    sigs[g >> 6] |= 1 << (g & 63);
                    let (len, bit) = len_first_bit(t);
                    len_first[len] |= bit;
                }
            }
        }
        if by_form.is_empty() && pairs.is_empty() {
            return Article { by_form, pairs };
        }
        let any_pairs = !pairs.is_empty();
        let any_forms = !by_form.is_empty();
        // A gate on (length, first letter) that every token the loop below can use passes: the
        // forms' filter plus the pairs' first words. With non-ASCII forms it lets every token by.
        let mut gate = if wide { [u32::MAX; 16] } else { len_first };
        for &(first, _) in pairs.keys() {
            gate[first.len().min(15)] |= 1u32 << ((first.as_bytes()[0] | 0x20) & 31);
        }
        for (i, t) in toks.iter().enumerate() {
            // The length alone rules out most tokens, before their first byte is read.
            let lens = gate[((t.end - t.start) as usize).min(15)];
            if lens == 0 {
                continue;
            }
            let (_, bit) = len_first_bit(t);
            if lens & bit == 0 {
                continue;
            }
            if any_pairs && !t.initial && t.shape == Shape::Cap && t.flags & flag::COMMON != 0 {
                if let Some(n) = next_cap(i) {
                    if let Some(seen) = pairs.get_mut(&(t.text(body), n)) {
                        *seen = true;
                    }
                }
            }
            if !any_forms {
                continue;
            }
            let capitalised = match t.shape {
                // Seen where no capital was needed, or inside a longer name ("Oleksandr Petrenko").
                Shape::Cap | Shape::Upper => {
                    if t.initial
                        && !toks
                            .get(i + 1)
                            .is_some_and(|n| n.is_capitalised() && !n.headline && !n.para_start)
                    {
                        continue;
                    }
                    true
                }
                Shape::Lower => false,
                _ => continue,
            };
            // The filter reads the bytes only: most words never need their text.
            let pass = if wide {
                let b = body.as_bytes()[t.start as usize].to_ascii_lowercase() as usize;
                len_mask & (1 << ((t.end - t.start) as usize).min(63)) != 0
                    && first_mask[b >> 6] & (1 << (b & 63)) != 0
            } else {
                let (len, bit) = len_first_bit(t);
                len_first[len] & bit != 0 && {
                    let g = sig(t);
                    sigs[g >> 6] & (1 << (g & 63)) != 0
                }
            };
            if !pass {
                continue;
            }
            let text = t.text(body);
            if capitalised {
                if let Some(e) = by_form.get_mut(text) {
                    e.0 = true;
                }
            } else if let Some(&form) = lower.get(&word_hash(text.bytes())) {
                if is_lower_form(text, form) {
                    if let Some(e) = by_form.get_mut(form) {
                        e.1 = true;
                    }
                }
            }
        }
        Article { by_form, pairs }
    }

    fn pair_seen(&self, first: &str, second: &str) -> bool {
        !self.pairs.is_empty() && self.pairs.get(&(first, second)) == Some(&true)
    }

    fn seen_capitalised(&self, form: &str) -> bool {
        self.by_form.get(form).is_some_and(|e| e.0)
    }

    fn seen_lower(&self, form: &str) -> bool {
        self.by_form.get(form).is_some_and(|e| e.1)
    }
}

struct Finder<'a, 'l> {
    body: &'a str,
    toks: &'a [Token],
    lex: &'l Lexicon,
    article: Article<'a>,
    out: Vec<Candidate>,
    /// The last any-case lookup of a run, `(a, b, flags)`: refining a run asks for the same one
    /// several times.
    last_lookup: Cell<(usize, usize, u32)>,
    /// The last lookup of a word with its period, `(word, flags)`.
    last_dotted: Cell<(usize, u32)>,
}

impl Finder<'_, '_> {
    #[inline]
    fn text(&self, i: usize) -> &str {
        self.toks[i].text(self.body)
    }

    fn flags(&self, i: usize) -> u32 {
        let t = &self.toks[i];
        if t.is_capitalised() {
            t.flags
        } else {
            self.lex.get(self.text(i))
        }
    }

    /// Flags of word `i`, also trying it with the period that follows ("Mr." "Inc.").
    fn flags_dotted(&self, i: usize) -> u32 {
        let mut f = self.flags(i);
        if let Some(next) = self.toks.get(i + 1) {
            if next.is_punct('.') && next.start == self.toks[i].end {
                // Refining a run asks about the same title ("Mr.", "Gen.") several times.
                let (last, g) = self.last_dotted.get();
                if last == i {
                    return f | g;
                }
                let t = &self.toks[i];
                let g = self
                    .lex
                    .get(&self.body[t.start as usize..next.end as usize]);
                self.last_dotted.set((i, g));
                f |= g;
            }
        }
        f
    }

    fn slice(&self, a: usize, b: usize) -> &str {
        &self.body[self.toks[a].start as usize..self.toks[b - 1].end as usize]
    }

    /// A capitalised word that may be part of a name. The cheap tests are inlined where it is
    /// asked (most asks end at a lower-case word); the rest is one call.
    #[inline(always)]
    fn is_name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_capitalised() && t.flags & flag::NEVER == 0 && self.is_clear_of_dates_and_codes(i)
    }

    /// The rest of [`Self::is_name_word`] for a capitalised word that is not a never-name.
    #[inline(never)]
    fn is_clear_of_dates_and_codes(&self, i: usize) -> bool {
        let t = &self.toks[i];
        // Every exception below needs a number right after the word, a period after a word of three
        // or four letters ("Jan."), a hyphen after an acronym ("MH-17"), or is "May" or
        // "Flight(s)": most words are none of these and skip the calls.
        let len = t.end - t.start;
        let next_marks = self.toks.get(i + 1).is_some_and(|n| match n.shape {
            Shape::Number => true,
            Shape::Punct('.') => matches!(len, 3 | 4),
            Shape::Punct('-') => t.shape == Shape::Upper,
            _ => false,
        });
        let may_or_flight = || {
            matches!(
                (len, self.body.as_bytes()[t.start as usize]),
                (3, b'M') | (6 | 7, b'F')
            )
        };
        if !next_marks && !may_or_flight() {
            return true;
        }
        self.is_no_date_or_code(i)
    }

    /// The exceptions of [`Self::is_name_word`]: a month or a code is no name word.
    #[inline(never)]
    fn is_no_date_or_code(&self, i: usize) -> bool {
        !self.is_month_may(i) && !self.is_month_abbreviation(i) && !self.is_code(i)
    }

    /// "Jan. 14", "Sept 30": a month abbreviation before a day is a date, never a name.
    fn is_month_abbreviation(&self, i: usize) -> bool {
        const MONTHS: &[&str] = &[
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ];
        let toks = self.toks;
        // Most words are ruled out by their length alone.
        if !(3..=4).contains(&(toks[i].end - toks[i].start)) {
            return false;
        }
        let day = |k: usize| toks.get(k).is_some_and(|t| t.shape == Shape::Number);
        // The day after it is checked first: it is cheaper than the list.
        toks[i].shape == Shape::Cap
            && (day(i + 1)
                || (toks
                    .get(i + 1)
                    .is_some_and(|d| d.is_punct('.') && !d.space_before)
                    && day(i + 2)))
            && MONTHS.contains(&self.text(i))
    }

    /// Flags of the lower-case form of the capitalised word `i` ("Analyst" → "analyst"), for short
    /// ASCII words; 0 otherwise.
    fn lower_flags(&self, i: usize) -> u32 {
        let w = self.text(i);
        let mut buf = [0u8; 24];
        if !w.is_ascii() || w.len() > buf.len() {
            return 0;
        }
        for (o, b) in buf.iter_mut().zip(w.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..w.len()]).map_or(0, |l| self.lex.get(l))
    }

    /// "COVID-19", "MH-17": capitals joined by a hyphen to a number name a code, not an entity.
    fn is_code(&self, i: usize) -> bool {
        let toks = self.toks;
        // "flight TP 201", "Flight BA117": an airline code after "flight" is a flight number.
        if i > 0
            && toks[i].end - toks[i].start <= 3
            && toks.get(i + 1).is_some_and(|n| n.shape == Shape::Number)
            && matches!(self.text(i - 1), "flight" | "Flight" | "flights")
        {
            return true;
        }
        // "Flight QF 1", "Flight BA117": a capitalised "Flight" before a flight number.
        if matches!(toks[i].end - toks[i].start, 6 | 7)
            && matches!(self.text(i), "Flight" | "Flights")
            && toks.get(i + 1).is_some_and(|c| {
                c.end - c.start <= 6
                    && (c.shape == Shape::Number
                        || (c.shape == Shape::Upper
                            && toks.get(i + 2).is_some_and(|n| n.shape == Shape::Number)))
            })
        {
            return true;
        }
        // "Route 12", "Platform 4", "Junction 9": a numbered thing is no name by its word alone.
        if toks.get(i + 1).is_some_and(|n| n.shape == Shape::Number)
            && (i == 0 || !toks[i - 1].is_capitalised())
            && NUMBERED.contains(&self.text(i))
        {
            return true;
        }
        toks[i].shape == Shape::Upper
            && toks
                .get(i + 1)
                .is_some_and(|h| h.is_punct('-') && !h.space_before)
            && toks
                .get(i + 2)
                .is_some_and(|n| n.shape == Shape::Number && !n.space_before)
    }

    /// "D-N.Y.", "(R-Kan.)", "I-Vt.": a US party and state tag after a legislator's name is no
    /// name. Returns the end of the tag when one starts at `i`.
    fn party_tag_end(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
        let party = toks[i].shape == Shape::Cap
            && toks[i].end - toks[i].start == 1
            && matches!(self.text(i), "D" | "R" | "I");
        if !party {
            return None;
        }
        let opens = i > 0 && (toks[i - 1].is_punct(',') || toks[i - 1].is_punct('('));
        if !party
            || !opens
            || !toks.get(i + 1).is_some_and(|t| t.is_punct('-'))
            || !glued(i + 1)
            || !glued(i + 2)
            || !toks.get(i + 2).is_some_and(|t| t.is_capitalised())
        {
            return None;
        }
        // The state: capitalised pieces and periods glued together ("N.Y.", "Kan.", "Calif.").
        let mut k = i + 2;
        while k < toks.len() && glued(k) && (toks[k].is_capitalised() || toks[k].is_punct('.')) {
            k += 1;
        }
        (k - (i + 2) <= 4).then_some(k)
    }

    /// The start of a name whose lower-case particles stand before its first capitalised word
    /// mid-sentence ("said de Klerk", "van der Berg", "al-Assad"), or `i` itself.
    fn particle_start(&self, i: usize) -> usize {
        let toks = self.toks;
        let mut a = i;
        while a > 0 && !toks[a].para_start {
            let p = a - 1;
            if toks[p].shape == Shape::Lower && is_particle(self.text(p)) {
                a = p;
            } else if toks[p].is_punct('-')
                && !toks[p].space_before
                && !toks[a].space_before
                && p > 0
                && toks[p - 1].shape == Shape::Lower
                && is_particle(self.text(p - 1))
            {
                a = p - 1;
            } else {
                break;
            }
            if i - a > 4 {
                return i;
            }
        }
        if a == i || toks[i].flags & flag::ENTITY != 0 || toks[a].para_start || toks[i].initial {
            return i;
        }
        // Only when the particles follow a word that is not part of a name.
        let before = a.checked_sub(1).map(|k| &toks[k]);
        if before.is_some_and(|t| t.is_capitalised()) {
            return i;
        }
        a
    }

    /// "2nd Commando Brigade", "82nd Airborne Division", "14th Street": an ordinal before a name
    /// belongs to it when the name ends in an institution word or is a street word.
    fn ordinal_start(&self, a: usize, b: usize) -> usize {
        let Some(p) = a.checked_sub(1) else {
            return a;
        };
        let t = &self.toks[p];
        // Most names have no number before them: the shape is tested first.
        let ordinal = t.shape == Shape::Number && !t.para_start && {
            let w = t.text(self.body);
            w.len() <= 6
                && w.as_bytes()[0].is_ascii_digit()
                && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
        };
        if !ordinal {
            return a;
        }
        let last = self.flags(b - 1);
        let unit = b > a + 1 && last & flag::ORG_WORD != 0;
        // "14th Street", "5th Avenue".
        let street = last & flag::PLACE_SUFFIX != 0;
        if unit || street {
            p
        } else {
            a
        }
    }

    /// "May" as a month: after a date preposition or before a number.
    fn is_month_may(&self, i: usize) -> bool {
        if self.toks[i].end - self.toks[i].start != 3 || self.text(i) != "May" {
            return false;
        }
        let before = i
            .checked_sub(1)
            .filter(|&k| self.toks[k].shape == Shape::Lower)
            .map(|k| self.text(k));
        let date_word = matches!(
            before,
            Some(
                "in" | "on"
                    | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "next"
                    | "last"
                    | "early"
                    | "late"
                    | "mid"
                    | "through"
                    | "till"
                    | "of"
            )
        );
        date_word
            || self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.shape == Shape::Number)
    }

    /// "Ji-hoon": a capitalised syllable, a hyphen and a short lower-case syllable that is no English
    /// word ending ("Kyiv-based", "Congress-led", "Spanish-speaking" stay apart).
    fn is_given_syllable(&self, cap: usize, low: usize) -> bool {
        let (Some(c), Some(h), Some(l)) = (
            self.toks.get(cap),
            self.toks.get(cap + 1),
            self.toks.get(low),
        ) else {
            return false;
        };
        let w = self.text(low);
        c.shape == Shape::Cap
            && self.text(cap).len() <= 4
            && !h.space_before
            && !l.space_before
            && l.shape == Shape::Lower
            && (2..=5).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !w.ends_with('s')
            && self.lex.get(w) & (flag::COMMON | flag::ROLE) == 0
            && !HYPHEN_WORDS.contains(&w)
    }

    /// The end of a version number at `j` that belongs to the name before it: a dotted version
    /// ("5.0", "4.2") or a short number followed by a product noun ("Ariane 6 rocket").
    fn version_end(&self, j: usize) -> Option<usize> {
        let toks = self.toks;
        let short = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.shape == Shape::Number
                    && t.end - t.start <= 2
                    && self.text(k).bytes().all(|b| b.is_ascii_digit())
            })
        };
        if !short(j) {
            return None;
        }
        let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
        if toks.get(j + 1).is_some_and(|t| t.is_punct('.'))
            && glued(j + 1)
            && glued(j + 2)
            && short(j + 2)
        {
            return Some(j + 3);
        }
        let noun = toks.get(j + 1).is_some_and(|t| t.shape == Shape::Lower)
            && self.lex.get(self.text(j + 1)) & flag::WORK_NOUN != 0;
        noun.then_some(j + 1)
    }

    /// Whether token `i` is the lower-case `word` (compared as bytes: no slicing of the body).
    fn is_lower(&self, i: usize, word: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.shape == Shape::Lower
                && self.body.as_bytes().get(t.start as usize..t.end as usize)
                    == Some(word.as_bytes())
        })
    }

    /// The exclusive end of the raw run that starts at word `a`.
    fn run_end(&self, a: usize) -> usize {
        let toks = self.toks;
        let n = toks.len();
        let mut j = a + 1;
        let mut has_of = false;
        while j < n {
            let prev = j - 1;
            let t = &toks[j];
            if t.para_start {
                break;
            }
            let word_at = |k: usize| k < n && !toks[k].para_start && self.is_name_word(k);
            if toks[prev].possessive {
                // "St Mary's Church": a possessive continues only into a place or institution word.
                // A known name before the possessive owns what follows ("Spain's Ministry of X").
                // "St Aidan's Catholic Academy": after a saint's name, one known word may sit
                // before that word (not "Biden's Democratic Party").
                let site = flag::PLACE_SUFFIX | flag::ORG_WORD;
                let saint = matches!(self.text(a), "St" | "Saint" | "Ste" | "San" | "Santa");
                let ahead = self.flags(j) & site != 0
                    || (saint
                        && self.flags(j) & flag::ENTITY != 0
                        && !toks[j].possessive
                        && word_at(j + 1)
                        && self.flags(j + 1) & site != 0);
                // "People's Unity Party", "Workers' Party", "Children's Hospital": a collective
                // noun's possessive inside a name that ends in an institution word.
                let collective = matches!(
                    self.text(prev),
                    "People"
                        | "Peoples"
                        | "Workers"
                        | "Women"
                        | "Children"
                        | "Men"
                        | "Veterans"
                        | "Farmers"
                        | "Citizens"
                        | "Students"
                        | "Nations"
                        | "Teachers"
                );
                let reaches_site = || {
                    (j..(j + 3).min(n))
                        .take_while(|&k| word_at(k))
                        .any(|k| self.flags(k) & site != 0)
                };
                let ahead = ahead || (collective && reaches_site());
                if word_at(j) && ahead && self.whole_flags(a, j) & flag::ENTITY == 0 {
                    j += 1;
                    continue;
                }
                break;
            }
            if self.is_name_word(j) {
                j += 1;
                continue;
            }
            match t.shape {
                Shape::Punct('.') if !t.space_before && word_at(j + 1) => {
                    // Only an abbreviation known with its dot ("Gen.", "Mt.") joins across
                    // it: "the Eastern Cape. Sam Altman said" is two sentences.
                    let pf = self
                        .lex
                        .get(&self.body[toks[prev].start as usize..t.end as usize]);
                    let single = toks[prev].shape == Shape::Cap && self.text(prev).len() == 1;
                    let st = matches!(self.text(prev), "St" | "Mt" | "Ft");
                    if single || st || pf & (flag::TITLE_HEAD | flag::PLACE_PREFIX) != 0 {
                        j += 2;
                        continue;
                    }
                }
                Shape::Punct('-')
                    if !t.space_before && word_at(j + 1) && !toks[j + 1].space_before =>
                {
                    j += 2;
                    continue;
                }
                Shape::Punct('-') if prev > a && self.is_given_syllable(prev, j + 1) => {
                    // "Park Ji-hoon", "Kim Soo-yeon": the rest of a hyphenated given name.
                    j += 2;
                    break;
                }
                Shape::Number if t.space_before && toks[prev].is_capitalised() => {
                    // "Chatwave 5.0", "Ariane 6 rocket": a version or model number ends the name.
                    // "the Data Protection Act 2018": a law's year is part of its name.
                    let w = self.text(j);
                    if matches!(self.text(prev), "Act" | "Acts")
                        && w.len() == 4
                        && w.bytes().all(|b| b.is_ascii_digit())
                    {
                        j += 1;
                    } else if let Some(e) = self.version_end(j) {
                        j = e;
                    }
                    break;
                }
                // "Communist Party of India (Marxist)": a bracketed creed completes a party's name.
                Shape::Punct('(')
                    if (has_of || self.flags(prev) & flag::ORG_WORD != 0)
                        && toks.get(j + 1).is_some_and(|w| {
                            w.shape == Shape::Cap && w.flags & flag::GROUP != 0
                        })
                        && toks.get(j + 2).is_some_and(|c| c.is_punct(')')) =>
                {
                    j += 3;
                    break;
                }
                Shape::Punct('&') if word_at(j + 1) => {
                    j += 2;
                    continue;
                }
                Shape::Lower => {
                    let w = self.text(j);
                    if is_elided_particle(w) {
                        // "Côte d'Ivoire", "Jeanne d'Arc", "Val d'Isère".
                        j += 1;
                        continue;
                    }
                    // "Save the Children": a known name with a lower-case "the" inside.
                    if w == "the" && word_at(j + 1) {
                        let known = (j + 2..(j + 5).min(n + 1))
                            .take_while(|&k| k == j + 2 || word_at(k - 1))
                            .filter(|&k| self.lex.get(self.slice(a, k)) & flag::ENTITY != 0)
                            .last();
                        if let Some(k) = known {
                            j = k;
                            continue;
                        }
                    }
                    if is_particle(w) {
                        if word_at(j + 1) {
                            j += 2;
                            continue;
                        }
                        // "van der Berg", "de la Cruz".
                        if self
                            .toks
                            .get(j + 1)
                            .is_some_and(|t| t.shape == Shape::Lower)
                            && is_particle(self.text(j + 1))
                            && word_at(j + 2)
                        {
                            j += 3;
                            continue;
                        }
                        if j + 2 < n
                            && toks[j + 1].is_punct('-')
                            && word_at(j + 2)
                            && !toks[j + 1].space_before
                        {
                            j += 3;
                            continue;
                        }
                    } else if w == "on" && COMMITTEES.contains(&self.text(prev)) {
                        let k = if self.is_lower(j + 1, "the") {
                            j + 2
                        } else {
                            j + 1
                        };
                        if word_at(k) {
                            j = k + 1;
                            continue;
                        }
                    } else if w == "of" || w == "for" {
                        let pf = self.flags_dotted(prev);
                        let heads = if w == "of" {
                            flag::ORG_WORD
                                | flag::ORG_HEAD
                                | flag::PLACE_SUFFIX
                                | flag::PLACE_PREFIX
                                | flag::TITLE_HEAD
                                | flag::OTHER_WORD
                        } else {
                            flag::ORG_HEAD | flag::TITLE_HEAD
                        };
                        let head = pf & heads != 0 || OF_HEADS.contains(&self.text(prev));
                        let k = if self.is_lower(j + 1, "the") {
                            j + 2
                        } else {
                            j + 1
                        };
                        if head && word_at(k) {
                            has_of = true;
                            j = k + 1;
                            continue;
                        }
                    } else if w == "and" && word_at(j + 1) {
                        let mut k = j + 1;
                        while k < n && self.is_name_word(k) {
                            k += 1;
                        }
                        // "Helix Inc. and Qorvane" are two names; "Ministry of Mining and
                        // Metallurgy" is one (after "of", "Mining" names a field, not a company).
                        let left_org = !has_of && self.flags(prev) & flag::ORG_WORD != 0;
                        let right_org = self.flags(k - 1) & flag::ORG_WORD != 0;
                        // "Helix Inc.", "Cambridge", "Maria Lopez": a name of its own.
                        let own_name = self.flags(j + 1) & (flag::ENTITY | flag::FIRST_NAME) != 0
                            || CORPORATE.contains(&self.text(k - 1));
                        let whole = self.lex.get(self.slice(a, k)) & flag::ENTITY != 0;
                        // "Lockheed Martin and BAE Systems": a two-word name that ends in a
                        // surname, or an acronym after "and", means two names ("Fire and Rescue
                        // Service" is one).
                        let left_words = (a..j).filter(|&w| toks[w].is_capitalised()).count();
                        // "University of Aberlyn and ETH Zurich": after "of", an acronym opening
                        // two words or more starts a name of its own.
                        let acronym = toks[j + 1].shape == Shape::Upper;
                        let two_names = k > j + 2
                            && if has_of {
                                acronym
                            } else {
                                left_words >= 2
                                    && (acronym || self.flags(prev) & flag::FIRST_NAME != 0)
                            };
                        if whole || (!left_org && !own_name && !two_names && (has_of || right_org))
                        {
                            j = k;
                            continue;
                        }
                    }
                }
                _ => {}
            }
            break;
        }
        j
    }

    /// The next word token after `i` inside `[i, b)`, skipping joiners.
    fn next_word(&self, i: usize, b: usize) -> Option<usize> {
        (i + 1..b).find(|&k| self.toks[k].is_capitalised())
    }

    fn refine(&mut self, a: usize, b: usize) {
        // "But", "Residents": a lone common word capitalised by the sentence start is no mention.
        // `refine_plain_at` drops it too; this answers first, with none of its lookups.
        let t = &self.toks[a];
        if b == a + 1
            && t.initial
            && !t.headline
            && t.shape == Shape::Cap
            && t.flags & flag::COMMON != 0
            && t.flags & (flag::ENTITY | flag::FIRST_NAME | flag::TITLE_HEAD) == 0
            && !self
                .toks
                .get(b)
                .is_some_and(|n| n.is_punct('.') && n.start == t.end)
        {
            return;
        }
        if self.whole_flags(a, b) & flag::ENTITY != 0 {
            self.emit(a, b, None, false);
            return;
        }
        if self.toks[a].headline {
            self.refine_headline(a, b);
            return;
        }
        self.refine_plain(a, b);
    }

    /// A headline-style run: keep only stretches of words the article or the lexicons vouch for.
    fn refine_headline(&mut self, a: usize, b: usize) {
        let mut start: Option<usize> = None;
        let mut last_good = a;
        let mut k = a;
        while k < b {
            if self.toks[k].shape == Shape::Number && start.is_some() && last_good + 1 == k {
                // A version number after a vouched-for name ("Chatwave 5.0 Update").
                if let Some(e) = self.version_end(k) {
                    last_good = e - 1;
                    k = e;
                    continue;
                }
            }
            if self.toks[k].is_capitalised() {
                let f = self.flags_dotted(k);
                let text = self.text(k);
                let good = f & (flag::ENTITY | flag::FIRST_NAME | flag::TITLE_HEAD | flag::TITLE_MOD) != 0
                        || (self.article.seen_capitalised(text) && !self.article.seen_lower(text))
                        || (f & flag::MULTI_START != 0 && self.known_prefix(k, b))
                        // "Near Kirkgate Market": an institution or place word after a good word.
                        || (start.is_some()
                            && last_good + 1 == k
                            && f & (flag::ORG_WORD | flag::PLACE_SUFFIX) != 0);
                if good {
                    if start.is_none() {
                        start = Some(k);
                    }
                    last_good = k;
                } else if let Some(s) = start.take() {
                    self.refine_plain_at(s, last_good + 1, false);
                }
            }
            k += 1;
        }
        if let Some(s) = start {
            self.refine_plain_at(s, last_good + 1, false);
        }
    }

    fn refine_plain(&mut self, a: usize, b: usize) {
        let initial = self.toks[a].initial;
        // "a Louisiana Republican", "the Afghan Taliban": adjacent known names are separate mentions.
        // Every token a known capitalised word (most runs fail at their first word).
        let all_known =
            (a..b).all(|k| self.toks[k].is_capitalised() && self.toks[k].flags & flag::ENTITY != 0);
        if b - a > 1 && all_known {
            for k in a..b {
                self.emit(k, k + 1, None, false);
            }
            return;
        }
        // "South African Tom van Rensburg": a nationality before a given name or a title is a
        // mention of its own.
        if let Some(k) = (a + 1..b).find(|&k| {
            self.toks[k].is_capitalised()
                && self.toks[k].flags & (flag::FIRST_NAME | flag::TITLE_HEAD) != 0
                && self.toks[k].flags & flag::ENTITY == 0
                && self.whole_flags(a, k) & flag::GROUP != 0
        }) {
            self.emit(a, k, None, false);
            self.refine_plain_at(k, b, false);
            return;
        }
        self.refine_plain_at(a, b, initial);
    }

    /// "Nazary said", "Johnson, a Louisiana Republican": a sentence-initial word followed by a speech
    /// verb or an appositive is a name even when the article has no other capitalised use of it.
    fn introduces_person(&self, end: usize, text: &str) -> bool {
        if text.ends_with("ly") || self.toks[end - 1].possessive {
            return false;
        }
        let lower_at = |k: usize| self.toks.get(k).is_some_and(|t| t.shape == Shape::Lower);
        if lower_at(end) {
            return self.flags(end) & flag::SPEECH != 0;
        }
        self.toks.get(end).is_some_and(|t| t.is_punct(','))
            && lower_at(end + 1)
            && matches!(self.text(end + 1), "who" | "a" | "an")
    }

    /// "Ofqual, the exams regulator, said", "Arianespace, the company that": a sentence-initial word
    /// followed by "the" and a descriptor noun within three words is a name.
    fn described_after(&self, end: usize) -> bool {
        if !self.toks.get(end).is_some_and(|t| t.is_punct(',')) || !self.is_lower(end + 1, "the") {
            return false;
        }
        let nouns = flag::ORG_NOUN | flag::PLACE_NOUN | flag::WORK_NOUN | flag::ROLE;
        (end + 2..end + 5)
            .take_while(|&k| self.toks.get(k).is_some_and(|t| t.shape == Shape::Lower))
            .any(|k| self.flags(k) & nouns != 0)
    }

    /// "Uber and Lyft declined": a word joined by "and" / "or" to a capitalised name that needs no
    /// sentence-start capital is a name too.
    fn coordinated(&self, end: usize) -> bool {
        (self.is_lower(end, "and") || self.is_lower(end, "or"))
            && self.toks.get(end + 1).is_some_and(|t| {
                t.shape == Shape::Cap
                    && !t.initial
                    && !t.headline
                    && t.flags & (flag::COMMON | flag::NEVER | flag::TITLE_HEAD) == 0
            })
    }

    /// Whether the title modifier at `a` is followed by more of a title ("Chief Executive Tim Cook").
    fn starts_title(&self, a: usize, b: usize) -> bool {
        self.next_word(a, b)
            .is_some_and(|k| self.flags_dotted(k) & (flag::TITLE_HEAD | flag::TITLE_MOD) != 0)
    }

    /// Flags of the whole run `[a, b)`: the word's own for one word, else a lookup (any case).
    fn whole_flags(&self, a: usize, b: usize) -> u32 {
        if a + 1 == b {
            let f = self.toks[a].flags;
            if f != 0 || self.toks[a].shape != Shape::Upper {
                return f;
            }
        } else if self.toks[a].flags & flag::MULTI_START == 0 && self.toks[a].shape != Shape::Upper
        {
            return 0;
        }
        self.any_case(a, b)
    }

    /// The lexicon's flags of the run `[a, b)` in any case, remembered for the next ask.
    fn any_case(&self, a: usize, b: usize) -> u32 {
        let (la, lb, f) = self.last_lookup.get();
        if (la, lb) == (a, b) {
            return f;
        }
        let f = self.lex.get_any_case(self.slice(a, b));
        self.last_lookup.set((a, b, f));
        f
    }

    /// Whether a known name starts at word `a` inside `[a, b)` ("New York" in "New York Gov. Hochul").
    fn known_prefix(&self, a: usize, b: usize) -> bool {
        // Only a word that starts known names, or an acronym, can start a longer one.
        if self.toks[a].flags & flag::MULTI_START == 0 && self.toks[a].shape != Shape::Upper {
            return a < b
                && self.toks[a].is_capitalised()
                && self.toks[a].flags & flag::ENTITY != 0;
        }
        (a + 1..=b).any(|k| {
            self.toks[k - 1].is_capitalised() && self.whole_flags(a, k) & flag::ENTITY != 0
        })
    }

    fn refine_plain_at(&mut self, a: usize, b: usize, initial: bool) {
        let mut a = a;
        let started_initial = initial;
        let mut initial = initial;
        // A determiner is never part of an unknown name ("the Biden administration").
        while matches!(self.text(a), "The" | "A" | "An") && !self.known_prefix(a, b) {
            match self.next_word(a, b) {
                Some(k) => a = k,
                None => return,
            }
            initial = false;
        }
        while initial {
            let f = self.flags_dotted(a);
            // Every test here and below is pure: the cheap ones go first.
            if f & (flag::ENTITY | flag::FIRST_NAME | flag::TITLE_HEAD) != 0
                || (self.toks[a].shape == Shape::Upper && f & flag::COMMON == 0)
                || self.known_prefix(a, b)
                || (f & flag::TITLE_MOD != 0 && self.starts_title(a, b))
            {
                break;
            }
            let text = self.text(a);
            let next = self.next_word(a, b);
            let particle = next.is_some() && is_capital_particle(text);
            // "Analyst Tobias Meyer", "Retailer Best Buy": a role or descriptor noun that only
            // has its capital from the sentence start.
            let name_word = flag::ORG_WORD
                | flag::ORG_HEAD
                | flag::ORG_FIRST
                | flag::PLACE_SUFFIX
                | flag::PLACE_PREFIX
                | flag::OTHER_WORD
                | flag::OTHER_PREFIX;
            let descriptor = || {
                next.is_some()
                    && f & name_word == 0
                    && self.lower_flags(a) & (flag::ROLE | flag::ORG_NOUN | flag::WORK_NOUN) != 0
            };
            // "Small Heath Park will host": the article writes "Small Heath" mid-sentence too.
            let vouched =
                || next.is_some_and(|k| k == a + 1 && self.article.pair_seen(text, self.text(k)));
            let drop = !particle
                && (f & flag::COMMON != 0
                    || descriptor()
                    || self.article.seen_lower(text)
                    || (next.is_none()
                        && !self.article.seen_capitalised(text)
                        && !self.introduces_person(b, text)
                        && !self.described_after(b)
                        && !self.coordinated(b)))
                && !vouched();
            if !drop {
                break;
            }
            match next {
                Some(k) => a = k,
                None => return,
            }
            initial = false;
        }
        // A generic institution or place word alone at a sentence start is not a name, nor is a
        // lone function word anywhere.
        let single = self.next_word(a, b).is_none();
        if single && self.flags(a) & (flag::COMMON | flag::ENTITY) == flag::COMMON {
            return;
        }
        // A title with no name after it ("Judge blocks ban") is no mention.
        if single
            && self.toks[a].shape == Shape::Cap
            && self.flags_dotted(a) & (flag::TITLE_HEAD | flag::ENTITY) == flag::TITLE_HEAD
        {
            return;
        }
        // "Former President Thabo Nkosi": the time word is not part of the title.
        if matches!(self.text(a), "Former" | "Late" | "Then")
            && self
                .next_word(a, b)
                .is_some_and(|k| k == a + 1 && self.flags_dotted(k) & flag::TITLE_HEAD != 0)
        {
            a += 1;
        }
        if single && started_initial {
            let f = self.flags(a);
            let generic = flag::ORG_WORD
                | flag::ORG_HEAD
                | flag::PLACE_SUFFIX
                | flag::PLACE_PREFIX
                | flag::OTHER_WORD;
            if f & generic != 0
                && f & flag::ENTITY == 0
                && !self.article.seen_capitalised(self.text(a))
            {
                return;
            }
        }
        self.split_title(a, b);
    }

    /// "Dr. Randy Abbey", "Col. Lane": an honorific or an abbreviated rank names a person even when
    /// the name ends like a place or institution ("King Fahd Road" does not start with one).
    fn is_honorific(&self, a: usize) -> bool {
        let dotted = self
            .toks
            .get(a + 1)
            .is_some_and(|d| d.is_punct('.') && !d.space_before);
        self.flags_dotted(a) & flag::TITLE_HEAD != 0
            && (dotted || matches!(self.text(a), "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Mx"))
    }

    /// Split a title off the front of a run and emit what is left.
    fn split_title(&mut self, a: usize, b: usize) {
        let last_flags = self.flags(b - 1);
        if (last_flags & (flag::ORG_WORD | flag::PLACE_SUFFIX | flag::OTHER_WORD) != 0
            && !self.is_honorific(a))
            || self.whole_flags(a, b) & flag::ENTITY != 0
        {
            self.emit(a, b, None, false);
            return;
        }
        // The last title head that has a word after it ("King's College" has none).
        let head = (a..b).rev().find(|&k| {
            self.toks[k].is_capitalised()
                && !self.toks[k].possessive
                && self.next_word(k, b).is_some()
                && self.flags_dotted(k) & flag::TITLE_HEAD != 0
        });
        let Some(h) = head else {
            // "the Portuguese Infrastructure Minister,", "The Education Secretary said": a run that
            // ends in a title names an office; only a known name at its front is a mention.
            let last = b - 1;
            if b > a + 1
                && self.toks[last].shape == Shape::Cap
                && self.toks[last].flags & flag::TITLE_HEAD != 0
                && self.toks[a].flags & flag::FIRST_NAME == 0
            {
                if let Some(k) = (a + 1..b)
                    .rev()
                    .find(|&k| self.whole_flags(a, k) & flag::ENTITY != 0)
                {
                    self.emit(a, k, None, false);
                }
                return;
            }
            // "Attorney General Dana Whitcombe", "Chief Executive Tim Cook": two or more title
            // modifiers make a title of their own.
            let mut k = a;
            while k < b
                && self.toks[k].is_capitalised()
                && self.flags(k) & flag::TITLE_MOD != 0
                && self.flags(k) & flag::ENTITY == 0
            {
                k += 1;
            }
            if k - a >= 2 && k < b && self.toks[k].is_capitalised() {
                self.emit(k, b, None, true);
                return;
            }
            self.emit(a, b, None, false);
            return;
        };
        // Extend the title to the left over modifiers ("Prime Minister", "Foreign Minister") and
        // dotted titles ("Lt. Gen.").
        let mut g = h;
        while g > a {
            let p = g - 1;
            if self.toks[p].is_capitalised()
                && self.flags(p) & (flag::TITLE_MOD | flag::TITLE_HEAD) != 0
            {
                g = p;
            } else if p > a
                && self.toks[p].is_punct('.')
                && self.toks[p - 1].is_capitalised()
                && self.flags_dotted(p - 1) & flag::TITLE_HEAD != 0
            {
                g = p - 1;
            } else {
                break;
            }
        }
        // The name starts after the title, skipping an "of X" object ("Minister of Health").
        let mut n = self.next_word(h, b).unwrap_or(b);
        // "Secretary-General Mark Rutte", "Attorney-General X": a hyphenated title word.
        let mut hyphenated = false;
        while n < b
            && self.toks[n - 1].is_punct('-')
            && !self.toks[n].space_before
            && self.flags(n) & (flag::TITLE_MOD | flag::TITLE_HEAD) != 0
        {
            hyphenated = true;
            n = self.next_word(n, b).unwrap_or(b);
        }
        let mut object: Option<(usize, usize)> = None;
        if self.is_lower(h + 1, "of") || self.is_lower(h + 1, "for") || self.is_lower(h + 2, "of") {
            let obj_start = n;
            let obj_end = self.next_word(obj_start, b).unwrap_or(b);
            object = Some((obj_start, obj_end));
            n = obj_end;
        }
        if g > a {
            let prefix_end = (a..g)
                .rev()
                .find(|&k| self.toks[k].is_capitalised())
                .map_or(a, |k| k + 1);
            if prefix_end > a {
                self.emit(a, prefix_end, None, false);
            }
        }
        if n >= b {
            if let Some((s, e)) = object {
                self.emit(s, e, None, false);
            }
            return;
        }
        let keep_title = g == h && g == a && object.is_none() && !hyphenated;
        self.emit(n, b, keep_title.then_some(h), true);
    }

    /// Emit the name `[a, b)`, with the one-word title at token `title` inside the mention.
    fn emit(&mut self, a: usize, b: usize, title: Option<usize>, titled: bool) {
        // A lone single letter is an initial, not a name.
        if a + 1 == b && self.text(a).chars().count() < 2 {
            return;
        }
        // "Afghan-Pakistani": hyphenated known names are separate mentions.
        if (a..b).any(|k| self.toks[k].is_punct('-')) && self.whole_flags(a, b) & flag::ENTITY == 0
        {
            let parts: Vec<(usize, usize)> = hyphen_parts(self.toks, a, b);
            if parts.len() > 1
                && parts
                    .iter()
                    .all(|&(s, e)| self.whole_flags(s, e) & flag::ENTITY != 0)
            {
                for (s, e) in parts {
                    self.push(s, e, None, false);
                }
                return;
            }
        }
        self.push(a, b, title, titled);
    }

    /// "Niamh Rourke SC", "Lena Hartigan PhD": a post-nominal after two or more name words closes a
    /// person's name. It stays in the mention (as a one-word title does) and out of the name. Returns
    /// the name's end token and the mention's end byte.
    fn post_nominal(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let toks = self.toks;
        let is_post = |k: usize| {
            toks.get(k).is_some_and(|t| {
                // Every post-nominal is capitalised: other words skip the list.
                t.space_before && t.is_capitalised() && POST_NOMINALS.contains(&t.text(self.body))
            })
        };
        let name_word = |k: usize| toks[k].shape == Shape::Cap && toks[k].flags & flag::ENTITY == 0;
        let after_the = a > 0 && matches!(self.text(a - 1), "the" | "The");
        if after_the {
            return None;
        }
        if b >= a + 3 && is_post(b - 1) && name_word(b - 2) && name_word(b - 3) {
            return Some((b - 1, toks[b - 1].end as usize));
        }
        let same_para = toks.get(b).is_some_and(|t| !t.para_start);
        if b >= a + 2 && same_para && is_post(b) && name_word(b - 1) && name_word(b - 2) {
            return Some((b, toks[b].end as usize));
        }
        None
    }

    fn push(&mut self, a: usize, b: usize, title: Option<usize>, titled: bool) {
        let toks = self.toks;
        if let Some((name_end, span_end)) = self.post_nominal(a, b) {
            let span_first = title.unwrap_or(a);
            let name_b = name_end.min(b);
            let span = Span::new(toks[span_first].start as usize, span_end);
            let name = Span::new(toks[a].start as usize, toks[name_b - 1].end as usize);
            let votes = kinds::evidence(
                self.body,
                toks,
                self.lex,
                span_first,
                a,
                name_b,
                true,
                || self.any_case(a, name_b),
            );
            let embedded = self.is_embedded(span_first);
            self.out.push(Candidate {
                span,
                name,
                first: a,
                end: name_b,
                titled: true,
                votes,
                embedded,
                alias_of_previous: false,
            });
            return;
        }
        // Only a one-word name the lexicon knows as a language can be one: most skip the call.
        if b == a + 1
            && toks[a].flags & flag::LANGUAGE != 0
            && kinds::is_language(self.body, toks, a, b)
        {
            return;
        }
        // "Alzheimer's disease", "Down's syndrome": an eponym naming an illness is no mention.
        if toks[b - 1].possessive
            && toks.get(b).is_some_and(|t| {
                t.shape == Shape::Lower
                    && matches!(
                        t.text(self.body),
                        "disease" | "syndrome" | "disorder" | "palsy"
                    )
            })
        {
            return;
        }
        let mut end = toks[b - 1].end as usize;
        // "Helix Inc." and "Calif." keep their period.
        if let Some(next) = toks.get(b) {
            let dotted = &self.body[toks[b - 1].start as usize..next.end as usize];
            if next.is_punct('.')
                && !next.space_before
                && self.lex.get(dotted) & (flag::ORG_WORD | flag::PLACE) != 0
            {
                end = next.end as usize;
            }
        }
        let span_first = title.unwrap_or(a);
        let span = Span::new(toks[span_first].start as usize, end);
        let name = Span::new(toks[a].start as usize, end);
        let votes = kinds::evidence(self.body, toks, self.lex, span_first, a, b, titled, || {
            self.any_case(a, b)
        });
        let embedded = self.is_embedded(span_first);
        let alias_of_previous = self.is_parenthesised_alias(span_first, b);
        self.out.push(Candidate {
            span,
            name,
            first: a,
            end: b,
            titled,
            votes,
            embedded,
            alias_of_previous,
        });
    }

    /// An "of" among the few words before the mention, with no punctuation between.
    fn is_embedded(&self, first: usize) -> bool {
        for k in (first.saturating_sub(5)..first).rev() {
            let t = &self.toks[k];
            if !t.is_word() {
                return false;
            }
            if self.is_lower(k, "of") {
                return true;
            }
        }
        false
    }

    /// "European Space Agency (ESA)", "Social Democratic Party (PSD)": an acronym in brackets right
    /// after a longer name, made of that name's initials (in any order).
    fn is_parenthesised_alias(&self, first: usize, end: usize) -> bool {
        let Some(prev) = self.out.last() else {
            return false;
        };
        let toks = self.toks;
        let bracketed = first >= 2
            && toks[first - 1].is_punct('(')
            && toks.get(end).is_some_and(|t| t.is_punct(')'))
            && prev.end + 1 == first;
        // "the Kurdistan Workers' Party, or PKK, said": an acronym offered after ", or".
        let offered = first >= 3
            && self.is_lower(first - 1, "or")
            && toks[first - 2].is_punct(',')
            && toks
                .get(end)
                .is_some_and(|t| matches!(t.shape, Shape::Punct(',' | '.' | ';')))
            && prev.end + 2 == first;
        if !(end == first + 1 && toks[first].shape == Shape::Upper && (bracketed || offered)) {
            return false;
        }
        let initials: Vec<u8> = (prev.first..prev.end)
            .filter(|&k| self.toks[k].is_capitalised())
            .flat_map(|k| self.text(k).split('-'))
            .filter_map(|w| w.bytes().next())
            .collect();
        // Most of the acronym's letters are initials: a name translated from another language
        // keeps its original acronym ("National Institute for Disaster Management (INGD)").
        let acronym = self.text(first);
        let letters = acronym.bytes().filter(u8::is_ascii_alphabetic).count();
        let matched = acronym
            .bytes()
            .filter(|c| c.is_ascii_alphabetic() && initials.contains(c))
            .count();
        initials.len() >= 2 && letters >= 2 && matched * 4 >= letters * 3
    }
}

/// Split `[a, b)` at hyphens into word ranges.
fn hyphen_parts(toks: &[Token], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut s = a;
    for (k, t) in toks.iter().enumerate().take(b).skip(a) {
        if t.is_punct('-') {
            if k > s {
                parts.push((s, k));
            }
            s = k + 1;
        }
    }
    if b > s {
        parts.push((s, b));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::super::tokens::tokenize;
    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    fn spans(body: &str) -> Vec<&str> {
        let lex = lexicon();
        let toks = tokenize(body, &paragraphs(body), lex);
        candidates(body, &toks, lex)
            .iter()
            .map(|c| c.span.text(body))
            .collect()
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let body = "However, Nazary spoke. Thousands came. While Nazary waited, These rules held. \
                    Decentralisation is key.";
        assert_eq!(spans(body), ["Nazary", "Nazary"]);
    }

    #[test]
    fn multi_word_names_stay_whole() {
        let body = "He met the National Resistance Front and Ahmad Shah Massoud of Al-Qaeda fame.";
        assert_eq!(
            spans(body),
            [
                "National Resistance Front",
                "Ahmad Shah Massoud",
                "Al-Qaeda"
            ]
        );
    }

    #[test]
    fn one_word_titles_stay_and_longer_ones_go() {
        let body =
            "Later Mr. Saleh met Prime Minister Ana Rebelo and Minister of Health Chukwuemeka Obi.";
        assert_eq!(spans(body), ["Mr. Saleh", "Ana Rebelo", "Chukwuemeka Obi"]);
    }

    #[test]
    fn possessives_and_hyphenated_compounds() {
        let body = "It was Kabul’s worst week for anti-Taliban and Taliban-supporting groups.";
        assert_eq!(spans(body), ["Kabul", "Taliban", "Taliban"]);
    }

    #[test]
    fn institution_names_take_of_and_periods() {
        let body = "Staff at the University of Tromsø and Helix Inc. agreed, it said.";
        assert_eq!(spans(body), ["University of Tromsø", "Helix Inc."]);
    }

    #[test]
    fn months_weekdays_and_may_are_dates() {
        let body = "It opens on Tuesday, in March, or in May 2026.";
        assert!(spans(body).is_empty());
    }

    #[test]
    fn month_abbreviations_before_a_day_are_dates() {
        let body = "It reopens on Jan. 8 and closes by Sept 30, said Jan Kowalski.";
        assert_eq!(spans(body), ["Jan Kowalski"]);
    }

    #[test]
    fn two_names_around_and_stay_apart_but_one_name_holds() {
        let body =
            "It supplies Orvik Martin and TZE Systems, and the Wenn Fire and Rescue Service.";
        assert_eq!(
            spans(body),
            [
                "Orvik Martin",
                "TZE Systems",
                "Wenn Fire and Rescue Service"
            ]
        );
    }

    #[test]
    fn a_nationality_before_a_given_name_is_its_own_mention() {
        let body = "It was the Kenyan Peter Odhiambo who scored.";
        assert_eq!(spans(body), ["Kenyan", "Peter Odhiambo"]);
    }

    #[test]
    fn parenthesised_acronym_is_an_alias() {
        let body = "It asked the Federal Trade Commission (FTC) to act.";
        let lex = lexicon();
        let toks = tokenize(body, &paragraphs(body), lex);
        let c = candidates(body, &toks, lex);
        assert_eq!(c.len(), 2);
        assert!(c[1].alias_of_previous);
    }
}
