//! The people an article names by a role (“spokesman Ali Karim”), indexed by the role word so a
//! description (“the spokesman”) finds its person without a scan of every link: a long body
//! names hundreds of people by role, and every description would otherwise walk them all.

use std::collections::HashMap;

use crate::analysis::span::Span;

/// A person named by a role (“spokesman”) somewhere in the article.
#[derive(Debug, Clone, Copy)]
pub struct RoleLink {
    pub role: Span,
    pub entity: usize,
    pub at: usize,
}

/// Role links by their word: lowercased as written, and lowercased after trimming a plural `s`
/// (“spokesmen” matches only itself, “directors” matches “director”).
pub struct RoleIndex {
    /// Every link, sorted by `at` (ties in the order they were found).
    links: Vec<RoleLink>,
    /// Lowercased role word → indices into `links`, ascending.
    by_word: HashMap<Box<[u8]>, Vec<usize>>,
    /// Lowercased role word with its trailing `s`es trimmed → indices into `links`, ascending.
    by_stem: HashMap<Box<[u8]>, Vec<usize>>,
}

/// `word` with ASCII letters lowercased (how `eq_ignore_ascii_case` compares).
fn lower(word: &str) -> Box<[u8]> {
    word.as_bytes().to_ascii_lowercase().into_boxed_slice()
}

impl RoleIndex {
    /// Index `links` (any order) of role words in `body`.
    pub fn new(body: &str, mut links: Vec<RoleLink>) -> Self {
        links.sort_by_key(|l| l.at);
        let mut by_word: HashMap<Box<[u8]>, Vec<usize>> = HashMap::new();
        let mut by_stem: HashMap<Box<[u8]>, Vec<usize>> = HashMap::new();
        for (i, l) in links.iter().enumerate() {
            let w = l.role.text(body);
            by_word.entry(lower(w)).or_default().push(i);
            by_stem
                .entry(lower(w.trim_end_matches('s')))
                .or_default()
                .push(i);
        }
        RoleIndex {
            links,
            by_word,
            by_stem,
        }
    }

    /// Whether `word` extends a role word of some link (`authors` after `author`) while no link
    /// has `word` itself: a plural that never means one named person.
    pub fn only_as_plural(&self, word: &str) -> bool {
        let word = lower(word);
        let extends = (0..word.len()).any(|n| self.by_word.contains_key(&word[..n]));
        extends && !self.by_word.contains_key(&word[..])
    }

    /// The latest link before `at` whose role is `word` (as written or both without their
    /// plural `s`), else the first such link in the article.
    pub fn naming(&self, word: &str, at: usize) -> Option<&RoleLink> {
        let lists = [
            self.by_word.get(&lower(word)[..]),
            self.by_stem.get(&lower(word.trim_end_matches('s'))[..]),
        ];
        let lists = lists.iter().flatten();
        let latest_before = |list: &&Vec<usize>| {
            let n = list.partition_point(|&i| self.links[i].at < at);
            n.checked_sub(1).map(|k| list[k])
        };
        let before = lists.clone().filter_map(latest_before).max();
        let first = lists.filter_map(|list| list.first().copied()).min();
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
        assert_eq!(index.naming("director", 20).map(|l| l.entity), Some(1));
        assert_eq!(index.naming("DIRECTOR", 100).map(|l| l.entity), Some(2));
        assert_eq!(index.naming("directors", 0).map(|l| l.entity), Some(0));
        assert_eq!(index.naming("spokesmen", 100).map(|l| l.entity), None);
        assert!(!index.only_as_plural("directors"));
        assert!(index.only_as_plural("spokesmans"));
        assert!(!index.only_as_plural("spokesman"));
    }
}
