//! The people an article names by a role (“spokesman Ali Karim”), indexed by the role word so a
//! description (“the spokesman”) finds its person without a scan of every link: a long body
//! names hundreds of people by role, and every description would otherwise walk them all.

use crate::analysis::span::Span;

/// A person named by a role (“spokesman”) somewhere in the article.
#[derive(Debug, Clone, Copy)]
pub struct RoleLink {
    pub role: Span,
    pub entity: usize,
    pub at: usize,
}

/// A word as a key: its first 16 bytes, ASCII-lowercased, zero-padded, and its length (words
/// hold no zero byte, and role words, being lexicon entries, are never longer than 16 bytes).
type Key = (u128, usize);

fn key(word: &[u8]) -> Key {
    let mut packed = [0u8; 16];
    for (p, b) in packed.iter_mut().zip(word) {
        *p = b.to_ascii_lowercase();
    }
    (u128::from_le_bytes(packed), word.len())
}

/// The links whose word has `key`, in `sorted` (by key, then link index): link indices ascending.
fn run(sorted: &[(Key, usize)], key: Key) -> &[(Key, usize)] {
    let lo = sorted.partition_point(|e| e.0 < key);
    let hi = lo + sorted[lo..].partition_point(|e| e.0 == key);
    &sorted[lo..hi]
}

/// Role links by their word: ASCII-lowercased as written, and lowercased after trimming a
/// plural `s` (“directors” matches “director”).
pub struct RoleIndex {
    /// Every link, sorted by `at` (ties in the order they were found).
    links: Vec<RoleLink>,
    /// (lowercased role word, index into `links`), sorted.
    by_word: Vec<(Key, usize)>,
    /// (lowercased role word with its trailing `s`es trimmed, index into `links`), sorted.
    by_stem: Vec<(Key, usize)>,
    /// Whether a role word is longer than a key holds (then every look-up scans `links`).
    long: bool,
}

impl RoleIndex {
    /// Index `links` (any order) of role words in `body`.
    pub fn new(body: &str, mut links: Vec<RoleLink>) -> Self {
        links.sort_by_key(|l| l.at);
        let word = |l: &RoleLink| l.role.text(body);
        let mut by_word: Vec<_> = (0..links.len())
            .map(|i| (key(word(&links[i]).as_bytes()), i))
            .collect();
        let mut by_stem: Vec<_> = (0..links.len())
            .map(|i| (key(word(&links[i]).trim_end_matches('s').as_bytes()), i))
            .collect();
        by_word.sort_unstable();
        by_stem.sort_unstable();
        let long = links.iter().any(|l| l.role.len() > 16);
        RoleIndex {
            links,
            by_word,
            by_stem,
            long,
        }
    }

    /// Whether `word` extends a role word of some link (`authors` after `author`) while no link
    /// has `word` itself: a plural that never means one named person.
    pub fn only_as_plural(&self, body: &str, word: &str) -> bool {
        if self.long || word.len() > 16 {
            let w = |l: &RoleLink| l.role.text(body);
            let plural = |l: &RoleLink| {
                let w = w(l).as_bytes();
                word.len() > w.len() && word.as_bytes()[..w.len()].eq_ignore_ascii_case(w)
            };
            return self.links.iter().any(plural)
                && !self.links.iter().any(|l| w(l).eq_ignore_ascii_case(word));
        }
        let bytes = word.as_bytes();
        let has = |n: usize| !run(&self.by_word, key(&bytes[..n])).is_empty();
        (0..bytes.len()).any(has) && !has(bytes.len())
    }

    /// The latest link before `at` whose role is `word` (as written or both without their
    /// plural `s`), else the first such link in the article.
    pub fn naming(&self, body: &str, word: &str, at: usize) -> Option<&RoleLink> {
        let stem = word.trim_end_matches('s');
        if self.long || word.len() > 16 {
            let same = |l: &&RoleLink| {
                let w = l.role.text(body);
                w.eq_ignore_ascii_case(word) || w.trim_end_matches('s').eq_ignore_ascii_case(stem)
            };
            let before = self.links.iter().filter(|l| l.at < at).rev().find(same);
            return before.or_else(|| self.links.iter().find(same));
        }
        let runs = [
            run(&self.by_word, key(word.as_bytes())),
            run(&self.by_stem, key(stem.as_bytes())),
        ];
        let latest_before = |run: &&[(Key, usize)]| {
            let n = run.partition_point(|&(_, i)| self.links[i].at < at);
            n.checked_sub(1).map(|k| run[k].1)
        };
        let before = runs.iter().filter_map(latest_before).max();
        let first = runs.iter().filter_map(|run| run.first()).map(|e| e.1).min();
        before.or(first).map(|i| &self.links[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(body: &str, word: &str, nth: usize, entity: usize) -> RoleLink {
        let start = body.match_indices(word).nth(nth).unwrap().0;
        RoleLink {
            role: Span::new(start, start + word.len()),
            entity,
            at: start,
        }
    }

    #[test]
    fn a_role_finds_the_latest_person_named_by_it_before_else_the_first() {
        let body = "director A. Directors B. director C. spokesman D.";
        let index = RoleIndex::new(
            body,
            vec![
                link(body, "spokesman", 0, 3),
                link(body, "director", 1, 2),
                link(body, "Directors", 0, 1),
                link(body, "director", 0, 0),
            ],
        );
        let naming = |word: &str, at: usize| index.naming(body, word, at).map(|l| l.entity);
        assert_eq!(naming("director", 20), Some(1));
        assert_eq!(naming("DIRECTOR", 100), Some(2));
        assert_eq!(naming("directors", 0), Some(0));
        assert_eq!(naming("spokesmen", 100), None);
        assert!(!index.only_as_plural(body, "directors"));
        assert!(index.only_as_plural(body, "spokesmans"));
        assert!(!index.only_as_plural(body, "spokesman"));
    }
}
