//! Every mention of every entity in text order. Each entity's mentions usually come in text
//! order already, so they are bucketed rather than sorted: a counting sort by start into buckets
//! about one mention wide on average, entity by entity (stable), then an insertion pass that
//! orders the few mentions sharing a bucket. A list out of order falls back to a stable sort.
//! Either way the result equals a stable sort by span of the mentions listed entity by entity.

use crate::analysis::entities::Entity;
use crate::analysis::span::Span;

/// The sort key of a mention: its start, then its end.
fn key(m: &Span) -> (usize, usize) {
    (m.start, m.end)
}

/// Every mention as (span, entity id), sorted by span; equal spans in entity order.
pub fn sorted_mentions(entities: &[Entity]) -> Vec<(Span, usize)> {
    let total: usize = entities.iter().map(|e| e.mentions.len()).sum();
    let in_order = entities.iter().all(|e| e.mentions.is_sorted_by_key(key));
    if !in_order {
        let mut mentions = Vec::with_capacity(total);
        for (id, e) in entities.iter().enumerate() {
            mentions.extend(e.mentions.iter().map(|&m| (m, id)));
        }
        mentions.sort_by_key(|(m, _)| key(m));
        return mentions;
    }
    // Buckets of `1 << shift` bytes of starts, about as many as there are mentions.
    let last = entities
        .iter()
        .filter_map(|e| e.mentions.last())
        .map(|m| m.start)
        .max()
        .unwrap_or(0);
    let shift = (last / total.max(1)).checked_ilog2().unwrap_or(0);
    let bucket = |m: &Span| m.start >> shift;
    // `next[b]`: where the next mention of bucket `b` goes (first the count before `b`).
    let mut next = vec![0usize; (last >> shift) + 2];
    for m in entities.iter().flat_map(|e| &e.mentions) {
        next[bucket(m) + 1] += 1;
    }
    for b in 1..next.len() {
        next[b] += next[b - 1];
    }
    let mut mentions = vec![(Span::default(), 0); total];
    for (id, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            let slot = &mut next[bucket(m)];
            mentions[*slot] = (*m, id);
            *slot += 1;
        }
    }
    // Buckets are in order, so only mentions sharing a bucket can be out of order: a stable
    // insertion pass (moving a mention past strictly greater keys only) finishes the sort.
    for i in 1..mentions.len() {
        let item = mentions[i];
        let mut j = i;
        while j > 0 && key(&mentions[j - 1].0) > key(&item.0) {
            mentions[j] = mentions[j - 1];
            j -= 1;
        }
        mentions[j] = item;
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::EntityKind;

    #[test]
    fn equals_a_stable_sort_by_span() {
        let body_len = 30_000;
        let entities: Vec<Entity> = (0..7)
            .map(|e| Entity {
                name: format!("E{e}"),
                kind: EntityKind::Person,
                mentions: (0..200)
                    .map(|i| {
                        let start = (i * 131 + e * 977) % body_len;
                        Span::new(start, start + 3 + (i + e) % 4)
                    })
                    .collect(),
            })
            .collect();
        let mut want: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |&m| (m, id)))
            .collect();
        want.sort_by_key(|&(m, _)| (m.start, m.end));
        assert_eq!(sorted_mentions(&entities), want);
        // Lists in text order take the buckets; the same result.
        let mut merged = entities.clone();
        for e in &mut merged {
            e.mentions.sort_by_key(key);
        }
        assert_eq!(sorted_mentions(&merged), want);
        assert!(sorted_mentions(&[]).is_empty());
        // Equal spans keep entity order; one far mention makes wide buckets.
        let e = |name: &str, spans: &[(usize, usize)]| Entity {
            name: name.into(),
            kind: EntityKind::Person,
            mentions: spans.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        };
        let got = sorted_mentions(&[
            e("A", &[(5, 9), (7, 8), (90_000, 90_004)]),
            e("B", &[(5, 9), (6, 7)]),
        ]);
        let starts: Vec<_> = got.iter().map(|&(m, id)| (m.start, m.end, id)).collect();
        assert_eq!(
            starts,
            [
                (5, 9, 0),
                (5, 9, 1),
                (6, 7, 1),
                (7, 8, 0),
                (90_000, 90_004, 0)
            ]
        );
    }
}
