//! Every mention of every entity in text order. Each entity's mentions usually come in text
//! order already, so they are merged (a k-way merge over a small heap of the entities' next
//! mentions) rather than sorted; a list out of order falls back to a stable sort. Either way the
//! result equals a stable sort by span of the mentions listed entity by entity.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::analysis::entities::Entity;
use crate::analysis::span::Span;

/// The sort key of a mention: its start, then its end.
fn key(m: &Span) -> (usize, usize) {
    (m.start, m.end)
}

/// Every mention as (span, entity id), sorted by span; equal spans in entity order.
pub fn sorted_mentions(entities: &[Entity]) -> Vec<(Span, usize)> {
    let total = entities.iter().map(|e| e.mentions.len()).sum();
    let mut mentions = Vec::with_capacity(total);
    let in_order = entities.iter().all(|e| e.mentions.is_sorted_by_key(key));
    if !in_order {
        for (id, e) in entities.iter().enumerate() {
            mentions.extend(e.mentions.iter().map(|&m| (m, id)));
        }
        mentions.sort_by_key(|(m, _)| key(m));
        return mentions;
    }
    // Each entity's next mention, as (start, end, entity id, index in its list): the least key
    // wins, equal spans going to the lower entity id as a stable sort would.
    let mut heads: BinaryHeap<Reverse<(usize, usize, usize, usize)>> = entities
        .iter()
        .enumerate()
        .filter_map(|(id, e)| e.mentions.first().map(|m| Reverse((m.start, m.end, id, 0))))
        .collect();
    while let Some(mut top) = heads.peek_mut() {
        let Reverse((start, end, id, i)) = *top;
        mentions.push((Span::new(start, end), id));
        match entities[id].mentions.get(i + 1) {
            Some(m) => *top = Reverse((m.start, m.end, id, i + 1)),
            None => {
                std::collections::binary_heap::PeekMut::pop(top);
            }
        }
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
        // Lists in text order take the merge; the same result.
        let mut merged = entities.clone();
        for e in &mut merged {
            e.mentions.sort_by_key(key);
        }
        assert_eq!(sorted_mentions(&merged), want);
        assert!(sorted_mentions(&[]).is_empty());
    }
}
