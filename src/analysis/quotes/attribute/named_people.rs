//! The people an article names outside quotes, in text order, each with the nearest earlier
//! mention of someone else: “the one person named between two points” is then two binary
//! searches, not a walk over every mention since a paragraph start (quadratic in a long
//! paragraph full of quotes).

use crate::analysis::span::Span;

pub struct NamedPeople {
    /// (mention, entity id) of every person mentioned outside quotes, by start.
    people: Vec<(Span, usize)>,
    /// For each entry of `people`, the index of the nearest earlier entry naming another
    /// person, if any.
    other_before: Vec<Option<usize>>,
}

impl NamedPeople {
    /// `people` in text order.
    pub fn new(people: Vec<(Span, usize)>) -> Self {
        let mut other_before = Vec::with_capacity(people.len());
        let mut last_other = None;
        for k in 0..people.len() {
            if k > 0 && people[k - 1].1 != people[k].1 {
                last_other = Some(k - 1);
            }
            other_before.push(last_other);
        }
        NamedPeople {
            people,
            other_before,
        }
    }

    /// The one person named from `from` up to `to` (the mention nearest `to`), or `None` when
    /// nobody or several people are.
    pub fn sole(&self, from: usize, to: usize) -> Option<(Span, usize)> {
        let lo = self.people.partition_point(|(m, _)| m.start < from);
        let hi = self.people.partition_point(|(m, _)| m.start < to);
        let last = hi.checked_sub(1).filter(|&k| k >= lo)?;
        let alone = self.other_before[last].is_none_or(|other| other < lo);
        alone.then_some(self.people[last])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sole_person_of_a_stretch_is_its_last_if_nobody_else_is_named_in_it() {
        let at = |start: usize, id: usize| (Span::new(start, start + 3), id);
        let named = NamedPeople::new(vec![at(0, 1), at(10, 2), at(20, 2), at(30, 1), at(40, 1)]);
        assert_eq!(named.sole(0, 5), Some(at(0, 1)));
        assert_eq!(named.sole(0, 15), None);
        assert_eq!(named.sole(5, 25), Some(at(20, 2)));
        assert_eq!(named.sole(25, 50), Some(at(40, 1)));
        assert_eq!(named.sole(15, 35), None);
        assert_eq!(named.sole(41, 50), None);
        assert_eq!(named.sole(30, 30), None);
    }
}
