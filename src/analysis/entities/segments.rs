//! Bounded memory for huge bodies: a body bigger than a segment (512 KB; news articles are a few
//! KB) is cut at paragraph, or inside a giant paragraph at sentence, boundaries into segments that
//! are resolved one after the other, each with its own token table, and the segments' entities are
//! merged by name. The entity pass then holds one segment's tables at a time instead of ~14 bytes
//! per body byte.
//!
//! Within a segment nothing changes. Across segments, one sense per article is kept by name: a
//! name seen again joins its entity (its kind decided by the larger mention count), and a bare
//! surname joins the one earlier person whose full name ends in it (whatever kind the segment
//! alone gave it: a segment may hold no evidence).

use std::collections::HashMap;

use super::{Entity, EntityKind};
use crate::analysis::span::Span;

/// Bodies up to this many bytes are resolved whole.
pub const SEGMENT_BYTES: usize = 512 << 10;

/// The segments of a body: lists of paragraph-like spans (paragraphs, or runs of sentences of a
/// paragraph bigger than `max`) of about `max` bytes each. A single sentence bigger than `max`
/// is a segment of its own.
pub fn segments(paragraphs: &[Span], sentences: &[Span], max: usize) -> Vec<Vec<Span>> {
    let mut out: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut size = 0;
    let mut push = |span: Span, out: &mut Vec<Vec<Span>>| {
        if size + span.len() > max && !current.is_empty() {
            out.push(std::mem::take(&mut current));
            size = 0;
        }
        size += span.len();
        current.push(span);
    };
    for &p in paragraphs {
        if p.len() <= max {
            push(p, &mut out);
            continue;
        }
        // A giant paragraph: runs of its sentences, each run one paragraph-like span.
        let first = sentences.partition_point(|s| s.end <= p.start);
        let mut run: Option<Span> = None;
        for s in sentences[first..].iter().take_while(|s| s.start < p.end) {
            let s = Span::new(s.start.max(p.start), s.end.min(p.end));
            run = match run {
                Some(r) if s.end - r.start <= max => Some(Span::new(r.start, s.end)),
                Some(r) => {
                    push(r, &mut out);
                    Some(s)
                }
                None => Some(s),
            };
        }
        push(run.unwrap_or(p), &mut out);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Merges the entities of consecutive segments into one list ordered by first mention.
#[derive(Default)]
pub struct Merger {
    entities: Vec<Entity>,
    /// Mentions per kind of each merged entity, to decide its kind.
    votes: Vec<[usize; 5]>,
    by_name: HashMap<String, usize>,
    /// The people whose full name ends in a surname: `Some(id)` while there is one.
    by_surname: HashMap<String, Option<usize>>,
}

impl Merger {
    /// Add the next segment's entities (ordered by first mention, all after the earlier ones).
    pub fn add(&mut self, segment: Vec<Entity>) {
        for entity in segment {
            let id = self.by_name.get(&entity.name).copied().or_else(|| {
                let single = !entity.name.contains(' ');
                (single && entity.kind != EntityKind::Group)
                    .then(|| self.by_surname.get(&entity.name).copied().flatten())
                    .flatten()
            });
            match id {
                Some(id) => {
                    self.votes[id][entity.kind as usize] += entity.mentions.len();
                    self.entities[id].mentions.extend(entity.mentions);
                }
                None => self.insert(entity),
            }
        }
    }

    fn insert(&mut self, entity: Entity) {
        let id = self.entities.len();
        let mut votes = [0; 5];
        votes[entity.kind as usize] = entity.mentions.len();
        self.votes.push(votes);
        self.by_name.insert(entity.name.clone(), id);
        if entity.kind == EntityKind::Person {
            if let Some((_, surname)) = entity.name.rsplit_once(' ') {
                self.by_surname
                    .entry(surname.to_owned())
                    .and_modify(|one| *one = None)
                    .or_insert(Some(id));
            }
        }
        self.entities.push(entity);
    }

    /// The merged entities, each with the kind most of its mentions had and its mentions in text
    /// order (two entities of one segment may have joined one entity: "NRF Kabul" and "Kabul").
    pub fn finish(mut self) -> Vec<Entity> {
        for (entity, votes) in self.entities.iter_mut().zip(&self.votes) {
            if !entity.mentions.is_sorted() {
                entity.mentions.sort_unstable();
            }
            let best = (0..5).max_by_key(|&k| (votes[k], k == entity.kind as usize));
            entity.kind = EntityKind::ALL[best.unwrap_or(0)];
        }
        self.entities
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{paragraphs::paragraphs, sentences::sentences};

    #[test]
    fn segments_cut_at_paragraphs_and_inside_giant_ones_at_sentences() {
        let body = "One two. Three four.\n\nFive six. Seven eight. Nine ten.\n\nEnd.";
        let paras = paragraphs(body);
        let sents = sentences(body, &paras);
        let segs = segments(&paras, &sents, 22);
        let texts: Vec<Vec<&str>> = segs
            .iter()
            .map(|s| s.iter().map(|p| p.text(body)).collect())
            .collect();
        assert_eq!(
            texts,
            [
                vec!["One two. Three four."],
                vec!["Five six. Seven eight."],
                vec!["Nine ten.", "End."]
            ]
        );
        // Everything is covered once, in order.
        let all: Vec<Span> = segs.concat();
        assert!(all.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn segment_entities_merge_by_name_and_surname() {
        let body = "Amrullah Saleh met Jonas Ferreira in Kabul.\n\n\
                    Saleh said Kabul was calm, and Ferreira agreed.\n\n\
                    Later, Ferreira flew from Kabul to Doha.";
        let paras = paragraphs(body);
        let sents = sentences(body, &paras);
        let segmented = super::super::find_entities_segmented(body, &paras, &sents, 50);
        let names: Vec<(&str, usize)> = segmented
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(
            names,
            [
                ("Amrullah Saleh", 2),
                ("Jonas Ferreira", 3),
                ("Kabul", 3),
                ("Doha", 1)
            ]
        );
        for e in &segmented {
            assert!(e.mentions.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }

    #[test]
    fn two_entities_of_one_segment_joining_one_keep_text_order() {
        let mut m = Merger::default();
        let entity = |name: &str, kind, at: &[usize]| Entity {
            name: name.to_owned(),
            kind,
            mentions: at.iter().map(|&s| Span::new(s, s + 1)).collect(),
        };
        m.add(vec![entity("Ana Kabul", EntityKind::Person, &[0])]);
        m.add(vec![
            entity("Ana Kabul", EntityKind::Person, &[5, 9]),
            entity("Kabul", EntityKind::Place, &[7]),
        ]);
        let merged = m.finish();
        assert_eq!(merged.len(), 1);
        let starts: Vec<usize> = merged[0].mentions.iter().map(|m| m.start).collect();
        assert_eq!(starts, [0, 5, 7, 9]);
    }

    #[test]
    fn a_shared_surname_joins_no_one() {
        let mut m = Merger::default();
        let person = |name: &str, at: usize| Entity {
            name: name.to_owned(),
            kind: EntityKind::Person,
            mentions: vec![Span::new(at, at + 1)],
        };
        m.add(vec![
            person("Ahmad Massoud", 0),
            person("Ahmad Shah Massoud", 2),
        ]);
        m.add(vec![person("Massoud", 4)]);
        let names: Vec<String> = m.finish().into_iter().map(|e| e.name).collect();
        assert_eq!(names, ["Ahmad Massoud", "Ahmad Shah Massoud", "Massoud"]);
    }

    proptest::proptest! {
        #[test]
        fn segmented_mentions_keep_the_invariants(
            words in proptest::collection::vec(
                "(Mr\\.|Dr\\.|NRF|Kabul’s|É[a-zé]{0,5}|[A-Z][a-z]{0,6}|[a-z]{1,6}|[.,’\\-“”]|\n\n)",
                0..80,
            ),
            segment in 1usize..60,
        ) {
            let body = words.join(" ");
            let paras = paragraphs(&body);
            let sents = sentences(&body, &paras);
            let found = super::super::find_entities_segmented(&body, &paras, &sents, segment);
            let mut all: Vec<Span> = Vec::new();
            for e in &found {
                proptest::prop_assert!(!e.mentions.is_empty());
                proptest::prop_assert!(e.mentions.windows(2).all(|w| w[0].end <= w[1].start));
                all.extend(&e.mentions);
            }
            let firsts: Vec<usize> = found.iter().map(|e| e.mentions[0].start).collect();
            proptest::prop_assert!(firsts.windows(2).all(|w| w[0] < w[1]));
            all.sort();
            proptest::prop_assert!(all.windows(2).all(|w| w[0].end <= w[1].start));
            for m in &all {
                proptest::prop_assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
            }
        }
    }
}
