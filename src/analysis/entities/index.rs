//! Per-article lookup structures for alias resolution: word symbols (each distinct name word gets a
//! small number once), lists of the clusters filed under a word or a hashed key, and the initials of
//! a name built without allocating. They let each mention find its candidate clusters without
//! scanning every entity of the article.

use super::lexicon::FastMap;
use super::tokens::Token;

/// Sentinel for "no entry" in the linked lists.
const NONE: u32 = u32::MAX;

/// The slot of a symbol's heads that holds the cluster of the exact name.
const EXACT: usize = 4;

/// The lists a cluster can be filed in under one of its words.
#[derive(Debug, Clone, Copy)]
pub enum List {
    /// Multi-word names by their last word.
    Last = 0,
    /// Multi-word names by their first word.
    First = 1,
    /// Multi-word names by any of their words.
    Word = 2,
    /// One-word names by their word.
    Single = 3,
}

/// A hash of a key's bytes (FNV-1a).
#[inline]
pub fn key_hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Word symbols and the cluster lists filed under them. Entries are never removed: a cluster whose
/// best name changed may still be listed under an old word, so callers check every hit against the
/// cluster's current state.
///
/// Whole mention names get symbols too, each holding the cluster last placed under exactly that
/// name, so that a one-word mention finds its exact-name cluster and its word lists with one hash.
pub struct Index<'a> {
    symbols: FastMap<&'a str, u32>,
    /// Per symbol, the head of each [`List`], then the cluster of the exact name ([`NONE`]).
    heads: Vec<[u32; 5]>,
    /// Heads of lists filed under a hashed key (initials, surnames with particles, first letters).
    hashed: FastMap<u64, u32>,
    /// (cluster, next entry).
    links: Vec<(u32, u32)>,
}

impl<'a> Index<'a> {
    pub fn with_capacity(n: usize) -> Self {
        Index {
            symbols: FastMap::with_capacity_and_hasher(n, Default::default()),
            heads: Vec::with_capacity(n),
            hashed: FastMap::with_capacity_and_hasher(n, Default::default()),
            links: Vec::with_capacity(n * 4),
        }
    }

    /// The symbol of `word`, if it was ever filed.
    #[inline]
    pub fn symbol(&self, word: &str) -> Option<u32> {
        self.symbols.get(word).copied()
    }

    fn intern(&mut self, word: &'a str) -> u32 {
        let next = self.heads.len() as u32;
        let sym = *self.symbols.entry(word).or_insert(next);
        if sym == next {
            self.heads.push([NONE; 5]);
        }
        sym
    }

    /// The cluster last placed under exactly the name with symbol `sym`.
    #[inline]
    pub fn exact(&self, sym: Option<u32>) -> Option<usize> {
        let id = sym.map_or(NONE, |s| self.heads[s as usize][EXACT]);
        (id != NONE).then_some(id as usize)
    }

    /// [`exact`](Self::exact) by the name's text.
    #[inline]
    pub fn exact_of(&self, name: &str) -> Option<usize> {
        self.exact(self.symbol(name))
    }

    /// Place cluster `id` under exactly `name`, replacing any earlier one.
    pub fn set_exact(&mut self, name: &'a str, id: usize) {
        let sym = self.intern(name) as usize;
        self.heads[sym][EXACT] = id as u32;
    }

    /// File cluster `id` in `list` under `word`.
    pub fn add(&mut self, word: &'a str, list: List, id: usize) {
        self.add_lists(word, &[list], id);
    }

    /// File cluster `id` in each of `lists` under `word`, interning the word once.
    pub fn add_lists(&mut self, word: &'a str, lists: &[List], id: usize) {
        let sym = self.intern(word) as usize;
        for &list in lists {
            let head = &mut self.heads[sym][list as usize];
            self.links.push((id as u32, *head));
            *head = (self.links.len() - 1) as u32;
        }
    }

    /// File cluster `id` under a hashed key.
    pub fn add_hashed(&mut self, key: u64, id: usize) {
        let head = self.hashed.entry(key).or_insert(NONE);
        self.links.push((id as u32, *head));
        *head = (self.links.len() - 1) as u32;
    }

    /// The clusters filed in `list` under the word with symbol `sym` (newest first, maybe repeated).
    pub fn get(&self, sym: Option<u32>, list: List) -> Chain<'_> {
        let at = sym.map_or(NONE, |s| self.heads[s as usize][list as usize]);
        Chain {
            links: &self.links,
            at,
        }
    }

    /// The clusters filed under a hashed key.
    pub fn get_hashed(&self, key: u64) -> Chain<'_> {
        let at = if self.hashed.is_empty() {
            NONE
        } else {
            self.hashed.get(&key).copied().unwrap_or(NONE)
        };
        Chain {
            links: &self.links,
            at,
        }
    }
}

/// An iterator over one list of cluster ids.
pub struct Chain<'i> {
    links: &'i [(u32, u32)],
    at: u32,
}

impl Iterator for Chain<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.at == NONE {
            return None;
        }
        let (id, next) = self.links[self.at as usize];
        self.at = next;
        Some(id as usize)
    }
}

/// The upper-case initials of the capitalised words in tokens `[a, b)` ("National Resistance
/// Front" → "NRF"; each part of a hyphenated word counts), on the stack when short.
pub struct Initials {
    buf: [u8; 48],
    len: usize,
    heap: Option<String>,
}

impl Initials {
    pub fn of(body: &str, toks: &[Token], a: usize, b: usize) -> Self {
        let mut out = Initials {
            buf: [0; 48],
            len: 0,
            heap: None,
        };
        for t in toks[a..b].iter().filter(|t| t.is_capitalised()) {
            // The first letter of each hyphen-separated part, when it is a capital; the text is
            // only decoded where a part starts with a non-ASCII byte.
            let mut part = t.text(body);
            loop {
                match part.as_bytes().first() {
                    Some(&c) if c.is_ascii_uppercase() => out.push_ascii(c),
                    Some(&c) if c.is_ascii() => {}
                    Some(_) => {
                        if let Some(ch) = part.chars().next().filter(|ch| ch.is_uppercase()) {
                            out.push(ch);
                        }
                    }
                    None => {}
                }
                match part.bytes().position(|b| b == b'-') {
                    Some(k) => part = &part[k + 1..],
                    None => break,
                }
            }
        }
        out
    }

    /// [`push`](Self::push) for an ASCII letter, written straight into the buffer when it fits.
    #[inline]
    fn push_ascii(&mut self, b: u8) {
        if self.heap.is_none() && self.len < self.buf.len() {
            self.buf[self.len] = b;
            self.len += 1;
        } else {
            self.push(char::from(b));
        }
    }

    fn push(&mut self, ch: char) {
        if let Some(s) = self.heap.as_mut() {
            s.push(ch);
            return;
        }
        let n = ch.len_utf8();
        if self.len + n <= self.buf.len() {
            ch.encode_utf8(&mut self.buf[self.len..]);
            self.len += n;
        } else {
            let mut s = self.as_str().to_string();
            s.push(ch);
            self.heap = Some(s);
        }
    }

    /// The initials as bytes, without the UTF-8 check of [`as_str`](Self::as_str).
    pub fn as_bytes(&self) -> &[u8] {
        match &self.heap {
            Some(s) => s.as_bytes(),
            None => &self.buf[..self.len],
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.heap {
            Some(s) => s,
            None => std::str::from_utf8(&self.buf[..self.len]).unwrap_or(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::super::tokens::tokenize;
    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    #[test]
    fn initials_of_hyphenated_and_non_ascii_words() {
        let body = "Banque Nord-Est and Économie Zürich-ouest";
        let toks = tokenize(body, &paragraphs(body), lexicon());
        assert_eq!(Initials::of(body, &toks, 0, toks.len()).as_str(), "BNEÉZ");
    }

    #[test]
    fn lists_return_what_was_filed() {
        let mut ix = Index::with_capacity(4);
        ix.add("Saleh", List::Last, 0);
        ix.add("Saleh", List::Last, 2);
        ix.add("Saleh", List::Single, 1);
        ix.add_hashed(key_hash("NRF".bytes()), 3);
        let s = ix.symbol("Saleh");
        assert_eq!(ix.get(s, List::Last).collect::<Vec<_>>(), [2, 0]);
        assert_eq!(ix.get(s, List::Single).collect::<Vec<_>>(), [1]);
        assert_eq!(ix.get(s, List::First).count(), 0);
        assert_eq!(ix.get(ix.symbol("Massoud"), List::Last).count(), 0);
        assert_eq!(
            ix.get_hashed(key_hash("NRF".bytes())).collect::<Vec<_>>(),
            [3]
        );
    }
}
