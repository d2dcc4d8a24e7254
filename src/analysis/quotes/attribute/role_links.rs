//! Role links: the people an article names by a role (“spokesman Ali Karim”, “Ali Karim, the
//! group’s spokesman,”, “the Norrvik striker” in a paragraph naming only Ola Berg), found around
//! person mentions and in paragraphs.
//!
//! Finding every link means reading the words before every person mention of the article, yet a
//! description asks only about its own role word. So a description's links are found from the
//! places that word is written: one search of the body for the word's shortest relevant prefix
//! (case-insensitive, led by its rarest letter), then only the mentions and paragraphs around
//! those places are read. The index holds every link whose word starts with that prefix, which
//! answers the look-ups of [`RoleIndex`] for the word exactly as the whole-article index would.
//! After a few distinct role words the whole-article index is built once instead.

use std::ops::Range;
use std::sync::OnceLock;

use super::super::lexicon::{class, classes};
use super::super::words::{is_capitalized, tokenize, tokenize_unclassified, Token, TokenKind};
use super::occurrences::each_occurrence;
use super::role_index::{RoleIndex, RoleLink};
use super::{floor_boundary, Resolver};
use crate::analysis::span::Span;

/// How many role-word prefixes get an index of their own before the whole-article index is built.
const OWN_INDEXES: usize = 8;

/// How far before a person mention a role word of its title run may start (the 40-byte window
/// and a char boundary), and how far after the mention's end a role word of its apposition may
/// start (80 bytes and a char boundary), each with a margin.
const BEFORE_REACH: usize = 48;
const AFTER_REACH: usize = 84;

/// The shortest prefix of `word` that every role word the look-ups for `word` may match begins
/// with: `word` itself, its stem (trailing `s`es trimmed), or a shorter role word it extends
/// (`author` for `authors`).
fn role_prefix(word: &str) -> &str {
    let mut k = word.trim_end_matches('s').len();
    if let Some(n) =
        (1..k).find(|&n| word.is_char_boundary(n) && classes(&word[..n]) & class::ROLE != 0)
    {
        k = n;
    }
    &word[..k]
}

/// What the look-ups for one role word need (see [`Resolver::with_roles`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct RoleWord {
    /// The prefix index answering for the word (into `role_prefixes`), or `None` for the
    /// whole-article index.
    index: Option<usize>,
    /// Whether the word is a role only as a plural ([`RoleIndex::only_as_plural`]).
    only_as_plural: bool,
}

/// Whether the role word written at `at` may be the role of `the <Capitalised> <role>` in
/// `text` (which runs up to `at`): the whitespace-separated chunk before it is capitalised and
/// the chunk before that ends with `the`. The tokens of the pattern are separated by whitespace
/// only, so every qualified role passes.
fn after_the_qualifier(text: &str) -> bool {
    after_the_qualifier_ascii(text.as_bytes()).unwrap_or_else(|| after_the_qualifier_chars(text))
}

/// Whether `c` is a whitespace byte by `char::is_whitespace` (ASCII only).
fn is_space_byte(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// [`after_the_qualifier`] read on bytes, for the common case: `None` as soon as the walk back
/// meets a non-ASCII byte (which may be whitespace), then the chars decide.
fn after_the_qualifier_ascii(bytes: &[u8]) -> Option<bool> {
    let mut i = bytes.len();
    // Skip the whitespace after the last chunk, then walk over the chunk.
    let skip = |i: &mut usize, space: bool| -> Option<()> {
        while *i > 0 {
            let b = bytes[*i - 1];
            if b >= 0x80 {
                return None;
            }
            if is_space_byte(b) != space {
                break;
            }
            *i -= 1;
        }
        Some(())
    };
    skip(&mut i, true)?;
    let end = i;
    skip(&mut i, false)?;
    if i == end || !bytes[i].is_ascii_uppercase() {
        return Some(false);
    }
    skip(&mut i, true)?;
    // The chunk before ends at `i` with a non-space byte: it ends with `the` if its last three
    // bytes are those letters.
    Some(i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"the"))
}

/// [`after_the_qualifier`] read on chars.
fn after_the_qualifier_chars(text: &str) -> bool {
    let mut chunks = text.rsplit(char::is_whitespace).filter(|c| !c.is_empty());
    if !chunks.next().is_some_and(is_capitalized) {
        return false;
    }
    let the = chunks.next().unwrap_or_default().as_bytes();
    the.len() >= 3 && the[the.len() - 3..].eq_ignore_ascii_case(b"the")
}

impl<'a> Resolver<'a> {
    /// Run `f` on a role index that answers the look-ups for `word` (see the module doc) and
    /// on whether `word` is a role only as a plural ([`RoleIndex::only_as_plural`]): both are
    /// worked out on the word's first description, then remembered.
    pub(super) fn with_roles<R>(&self, word: &'a str, f: impl FnOnce(&RoleIndex, bool) -> R) -> R {
        let known = self.role_words.borrow().get(word).copied();
        let w = known.unwrap_or_else(|| {
            let w = self.role_word(word);
            self.role_words.borrow_mut().insert(word, w);
            w
        });
        match w.index {
            Some(i) => f(&self.role_prefixes.borrow()[i].1, w.only_as_plural),
            None => f(self.roles.get().expect("built"), w.only_as_plural),
        }
    }

    /// Find or build the role index answering for `word`.
    fn role_word(&self, word: &str) -> RoleWord {
        let prefix = role_prefix(word);
        let cached = self
            .role_prefixes
            .borrow()
            .iter()
            .position(|(p, _)| p.eq_ignore_ascii_case(prefix));
        let whole = prefix.is_empty()
            || self.roles.get().is_some()
            || self.role_prefixes.borrow().len() >= OWN_INDEXES;
        let index = match cached {
            Some(i) => Some(i),
            None if whole => None,
            None => {
                let index = RoleIndex::new(self.body, self.links_with_prefix(prefix));
                let mut cache = self.role_prefixes.borrow_mut();
                cache.push((prefix.to_ascii_lowercase(), index));
                Some(cache.len() - 1)
            }
        };
        let only_as_plural = match index {
            Some(i) => self.role_prefixes.borrow()[i]
                .1
                .only_as_plural(self.body, word),
            None => self
                .roles
                .get_or_init(|| RoleIndex::new(self.body, self.role_links()))
                .only_as_plural(self.body, word),
        };
        RoleWord {
            index,
            only_as_plural,
        }
    }

    /// Every role link whose word starts with `prefix` (ASCII case ignored), in the order
    /// [`Resolver::role_links`] finds them.
    fn links_with_prefix(&self, prefix: &str) -> Vec<RoleLink> {
        let p = prefix.as_bytes();
        let longest = self
            .mentions
            .iter()
            .map(|(m, _)| m.len())
            .max()
            .unwrap_or(0);
        // Each place is read as the scan finds it, its text still in cache: the person
        // mentions around it (`near`), the role links of those not read yet (`early`: mention
        // index and range of `early_links`, by ascending index), and whether the word may be
        // the role of `the <Capitalised> <role>` there (see `paras` below).
        let mut near = Vec::new();
        let mut early: Vec<(usize, Range<usize>)> = Vec::new();
        let mut early_links = Vec::new();
        let mut qualifiable = Vec::new();
        let mut toks: Vec<Token> = Vec::with_capacity(32);
        each_occurrence(self.body.as_bytes(), p, |at| {
            let lo = self.mentions_below(at.saturating_sub(AFTER_REACH + longest));
            // The few mentions up to `at + BEFORE_REACH`, walked rather than searched for.
            let window = self.mentions[lo..]
                .iter()
                .take_while(|(m, _)| m.start <= at + BEFORE_REACH);
            for (k, &(m, id)) in window.enumerate().map(|(k, e)| (lo + k, e)) {
                let around = m.start >= at || (m.end < at && at < m.end + AFTER_REACH);
                if around && self.is_person(id) {
                    near.push(k);
                    if early.last().is_none_or(|e| e.0 < k) {
                        let from = early_links.len();
                        self.mention_links(m, id, &mut toks, &mut early_links);
                        early.push((k, from..early_links.len()));
                    }
                }
            }
            if after_the_qualifier(&self.body[..at]) {
                qualifiable.push(at);
            }
        });
        // The links in mention order; a mention found around a later place after a higher one
        // (rare) is read now.
        near.sort_unstable();
        near.dedup();
        let mut links = Vec::new();
        let mut early = early.into_iter().peekable();
        for k in near {
            match early.next_if(|e| e.0 == k) {
                Some((_, read)) => links.extend_from_slice(&early_links[read]),
                None => {
                    let (m, id) = self.mentions[k];
                    self.mention_links(m, id, &mut toks, &mut links);
                }
            }
        }
        // A paragraph can link the role only where the word stands after `the <Capitalised>`.
        // `qualifiable` holds the places where the test passes on all the text before the word:
        // it passes there whenever it passes on the paragraph's part (the two chunks it reads
        // then lie inside the paragraph), so the paragraph is looked up only for those.
        let mut paras: Vec<usize> = qualifiable
            .iter()
            .filter_map(|&at| {
                let i = self.paragraph_at(at);
                let para = self.paragraphs.get(i)?;
                let lead = &self.body[para.start.min(at)..at];
                (para.start <= at && after_the_qualifier(lead)).then_some(i)
            })
            .collect();
        paras.dedup();
        for i in paras {
            let para = self.paragraphs[i];
            let from = self.mentions_below(para.start);
            let to = self.mentions_below(para.end);
            self.qualified_in(para, from..to, &mut links, &mut toks);
        }
        let body = self.body.as_bytes();
        links.retain(|l| {
            body[l.role.start..l.role.end]
                .get(..p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p))
        });
        links
    }

    /// Role nouns right before a person's mention (“spokesman Ali Karim”) or in the apposition
    /// right after it (“Ali Karim, the group’s spokesman,”).
    pub(super) fn role_links(&self) -> Vec<RoleLink> {
        let mut links = Vec::new();
        let mut toks: Vec<Token> = Vec::with_capacity(32);
        for &(m, id) in &self.mentions {
            if self.is_person(id) {
                self.mention_links(m, id, &mut toks, &mut links);
            }
        }
        self.qualified_role_links(&mut links, &mut toks);
        links
    }

    /// The role links of the person `id` mentioned at `m` (see [`Resolver::role_links`]).
    fn mention_links(&self, m: Span, id: usize, toks: &mut Vec<Token>, links: &mut Vec<RoleLink>) {
        // Most names need only the last few words before them: the tail of the window from
        // a space about 16 bytes back (tokens never span a space, so they are the window's
        // last tokens), the whole window only when that tail runs out.
        let from = floor_boundary(self.body, m.start.saturating_sub(40));
        let near = m.start.saturating_sub(16).max(from);
        let space = memchr::memchr(b' ', &self.body.as_bytes()[near..m.start]);
        let tail = space.and_then(|p| {
            let window = Span::new(near + p, m.start);
            tokenize_unclassified(self.body, window, toks, usize::MAX);
            self.title_roles(toks, false)
        });
        let (roles, n) = tail.unwrap_or_else(|| {
            tokenize_unclassified(self.body, Span::new(from, m.start), toks, usize::MAX);
            self.title_roles(toks, true).unwrap_or_default()
        });
        for &role in &roles[..n] {
            links.push(RoleLink {
                role,
                entity: id,
                at: m.start,
            });
        }
        // `Judge Rosalind Achterberg`: the role word opens the mention itself.
        let first = m.text(self.body).split(' ').next().unwrap_or_default();
        if first.len() < m.len() && classes(first) & class::ROLE != 0 {
            links.push(RoleLink {
                role: Span::new(m.start, m.start + first.len()),
                entity: id,
                at: m.start,
            });
        }
        if !self.body[m.end..].starts_with(", ") {
            return;
        }
        let to = floor_boundary(self.body, (m.end + 80).min(self.body.len()));
        tokenize_unclassified(self.body, Span::new(m.end + 1, to), toks, 10);
        for t in toks.iter().take_while(|t| t.is_word()) {
            if classes(t.text(self.body)) & class::ROLE != 0 {
                links.push(RoleLink {
                    role: t.span,
                    entity: id,
                    at: m.start,
                });
            }
        }
    }

    /// The role words (at most three) of the title run that `toks` end with, right before a
    /// name: `spokesman Ali Karim`, `the director, Dr. Farid Haddad`, `Foreign Minister Jane
    /// Doe`, not `lawyers for Jane Doe`. Only the words read are looked up in the lexicon.
    /// `None` when `toks`, the tail of a longer window unless `whole`, ran out before the
    /// reading ended.
    fn title_roles(&self, toks: &[Token], whole: bool) -> Option<([Span; 3], usize)> {
        let n = toks.len();
        let titles = toks
            .iter()
            .rev()
            .take_while(|t| t.is_word() && t.text(self.body).ends_with('.'))
            .count();
        if titles == n && !whole {
            return None;
        }
        let apposition = toks
            .iter()
            .rev()
            .nth(titles)
            .is_some_and(|t| t.kind == TokenKind::Comma);
        let mut skip = titles + usize::from(apposition);
        // `Iraq’s minister of water resources, Faisal al-Rubaie`: an apposed role with its `of`
        // phrase (up to three lowercase words) before the comma.
        let lowercase_word = |t: &Token| {
            t.is_word() && !is_capitalized(t.text(self.body)) && t.text(self.body) != "of"
        };
        if apposition && n > skip && lowercase_word(&toks[n - skip - 1]) {
            let last = n - skip - 1;
            if classes(toks[last].text(self.body)) & class::ROLE == 0 {
                for back in 1..=3 {
                    // The window ran out before the `of`: read the whole one.
                    let Some(i) = last.checked_sub(back).filter(|&i| i > 0 || whole) else {
                        if whole {
                            break;
                        }
                        return None;
                    };
                    if toks[i].text(self.body) == "of" {
                        skip = n - i;
                        break;
                    }
                    if !lowercase_word(&toks[i]) {
                        break;
                    }
                }
            }
        }
        let mut found = ([Span::default(); 3], 0);
        for k in 0..3 {
            let Some(t) = n.checked_sub(skip + k + 1).map(|i| &toks[i]) else {
                return whole.then_some(found);
            };
            let text = t.text(self.body);
            let role = t.is_word() && classes(text) & class::ROLE != 0;
            // Only a title run touching the name.
            if !t.is_word() || (!role && !is_capitalized(text)) {
                break;
            }
            if role {
                found.0[found.1] = t.span;
                found.1 += 1;
            }
        }
        Some(found)
    }

    /// `Ola Berg could not climb stairs. On Saturday the Norrvik striker scored twice.`: a role
    /// qualified by a capitalised name (`the Norrvik striker`, `the Labour MP`) in a paragraph that
    /// has named one person before it, and nobody else, is that person.
    fn qualified_role_links(&self, links: &mut Vec<RoleLink>, toks: &mut Vec<Token>) {
        let mut next_mention = 0;
        for para in self.paragraphs {
            let from = next_mention
                + self.mentions[next_mention..].partition_point(|(m, _)| m.start < para.start);
            next_mention =
                from + self.mentions[from..].partition_point(|(m, _)| m.start < para.end);
            self.qualified_in(*para, from..next_mention, links, toks);
        }
    }

    /// The qualified role links of paragraph `para`, whose mentions are `self.mentions[named]`.
    fn qualified_in(
        &self,
        para: Span,
        named: Range<usize>,
        links: &mut Vec<RoleLink>,
        toks: &mut Vec<Token>,
    ) {
        // The role is the person the paragraph named before it: a paragraph naming nobody
        // (outside quotes) links no role and is not read at all.
        let names_someone = self.mentions[named]
            .iter()
            .any(|&(m, id)| self.is_person(id) && !self.is_quoted(m.start));
        // Tokenizing every paragraph of the article would cost as much as the rest of the
        // quote pass: only a paragraph with `the <Capitalised> <role>` in it is looked at.
        if !names_someone || !may_qualify_role(para.text(self.body)) {
            return;
        }
        tokenize(self.body, para, toks);
        for w in toks.windows(3) {
            let [the, qualifier, role] = w else { continue };
            let pattern = the.text(self.body).eq_ignore_ascii_case("the")
                && qualifier.is_word()
                && is_capitalized(qualifier.text(self.body))
                && role.is(class::ROLE)
                && !self.is_quoted(the.span.start);
            if !pattern
                || self
                    .named(qualifier.span)
                    .is_some_and(|id| self.is_person(id))
            {
                continue;
            }
            if let Some((_, id)) = self.sole_person(para.start, the.span.start) {
                links.push(RoleLink {
                    role: role.span,
                    entity: id,
                    at: the.span.start,
                });
            }
        }
    }
}

/// Whether `text` may hold `the <Capitalised word> <role noun>` (see
/// [`Resolver::qualified_role_links`]): a cheap look at each `the` and the two words after it,
/// true for every paragraph where the token pattern can match.
fn may_qualify_role(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word_end = |from: usize| {
        bytes[from..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |n| from + n)
    };
    let skip_space = |from: usize| {
        bytes[from..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map_or(bytes.len(), |n| from + n)
    };
    static HE: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let he = HE.get_or_init(|| memchr::memmem::Finder::new(b"he"));
    he.find_iter(bytes).any(|at| {
        let (start, end) = (at.wrapping_sub(1), at + 2);
        let is_the = at >= 1
            && matches!(bytes[start], b't' | b'T')
            && (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
            && bytes.get(end).is_some_and(u8::is_ascii_whitespace);
        if !is_the {
            return false;
        }
        let q = skip_space(end);
        let q_end = word_end(q);
        if q == q_end || !is_capitalized(&text[q..q_end]) {
            return false;
        }
        let r = skip_space(q_end);
        let role = text[r..word_end(r)].trim_end_matches(|c: char| !c.is_alphanumeric());
        classes(role) & class::ROLE != 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::{Entity, EntityKind};
    use crate::analysis::paragraphs::paragraphs;

    #[test]
    fn links_of_a_prefix_are_the_article_links_with_that_prefix_in_order() {
        let body = "Spokesman Ali Karim met Judge Ann Lee, the court's spokeswoman, and \
                    director Omar Reyes.\n\nOmar Reyes, a spokesman and director, said so. The \
                    Norrvik director spoke. Ali Karim, spokesman, and Spokesman Ann Lee agreed.";
        let paras = paragraphs(body);
        let person = |name: &str, surfaces: &[&str]| {
            crate::analysis::quotes::tests::entity(body, name, EntityKind::Person, surfaces)
        };
        let ents: Vec<Entity> = vec![
            person("Ali Karim", &["Ali Karim", "Spokesman Ali"]),
            person("Ann Lee", &["Judge Ann Lee", "Ann Lee"]),
            person("Omar Reyes", &["Omar Reyes"]),
        ];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let key = |l: &RoleLink| (l.role, l.entity, l.at);
        let all: Vec<_> = r.role_links().iter().map(key).collect();
        for prefix in ["spokes", "Director", "judge", "spokesman"] {
            let want: Vec<_> = all
                .iter()
                .filter(|l| {
                    let w = l.0.text(body).as_bytes();
                    w.get(..prefix.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(prefix.as_bytes()))
                })
                .copied()
                .collect();
            assert!(!want.is_empty(), "{prefix}");
            let got: Vec<_> = r.links_with_prefix(prefix).iter().map(key).collect();
            assert_eq!(got, want, "{prefix}");
        }
    }

    #[test]
    fn only_paragraphs_with_a_qualified_role_are_looked_at() {
        assert!(may_qualify_role(
            "On Saturday the Norrvik striker scored twice."
        ));
        assert!(may_qualify_role(
            "“Now,” said the Labour spokesman, “we wait.”"
        ));
        assert!(!may_qualify_role("The striker scored twice for Norrvik."));
        assert!(!may_qualify_role("the Norrvik ferry left"));
    }

    #[test]
    fn the_qualifier_test_on_bytes_agrees_with_the_test_on_chars() {
        for text in [
            "On Saturday the Norrvik ",
            "(The\u{a0}Labour ",
            "the striker ",
            "a Norrvik ",
            "Norrvik ",
            "",
            "  ",
            "then Ola ",
            "bathe\tOla\x0b",
            "x the Ärla ",
            "the Ärla ",
            "The Labour",
            "he Labour ",
            "xthe\u{2003}Labour ",
        ] {
            let want = after_the_qualifier_chars(text);
            assert_eq!(after_the_qualifier(text), want, "{text:?}");
            if let Some(got) = after_the_qualifier_ascii(text.as_bytes()) {
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn a_qualified_role_follows_the_and_a_capitalised_word() {
        assert!(after_the_qualifier("On Saturday the Norrvik "));
        assert!(after_the_qualifier("(The\u{a0}Labour "));
        assert!(!after_the_qualifier("the striker "));
        assert!(!after_the_qualifier("a Norrvik "));
        assert!(!after_the_qualifier("Norrvik "));
    }

    #[test]
    fn a_role_prefix_covers_the_word_its_stem_and_the_roles_it_extends() {
        assert_eq!(role_prefix("spokesman"), "spokesman");
        assert_eq!(role_prefix("directors"), "director");
        assert_eq!(role_prefix("Authors"), "Author");
    }
}
