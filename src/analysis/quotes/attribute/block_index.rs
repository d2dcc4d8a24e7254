//! Counting the items of a long sorted list that lie before a body offset without a binary search
//! over the whole list: the body is cut into 4 KB blocks and, per block, the number of items
//! before it is kept. A count reads one entry here and searches the few items of one block, so a
//! 20 MB article's lookups stay in cache instead of touching a dozen far-apart places each.

/// Log2 of the block size in bytes.
const SHIFT: u32 = 12;

/// Per 4 KB block of a body, how many items of a sorted list have a key before the block.
pub struct BlockIndex {
    /// `before[b]`: the number of keys below `b << SHIFT`; one more entry than blocks, the last
    /// being the list's length.
    before: Vec<u32>,
}

impl BlockIndex {
    /// The index of `keys` (ascending, each at most `body_len`).
    pub fn new(body_len: usize, keys: impl Iterator<Item = usize>) -> Self {
        let blocks = (body_len >> SHIFT) + 1;
        let mut before = vec![0u32; blocks + 1];
        let mut last = 0;
        for k in keys {
            debug_assert!(k >= last && k <= body_len, "keys ascend within the body");
            last = k;
            before[(k >> SHIFT).min(blocks - 1) + 1] += 1;
        }
        for b in 1..before.len() {
            before[b] += before[b - 1];
        }
        BlockIndex { before }
    }

    /// The number of items whose key is below `x`, given the list and its key.
    #[inline]
    pub fn count_below<T>(&self, items: &[T], key: impl Fn(&T) -> usize, x: usize) -> usize {
        let b = x >> SHIFT;
        let blocks = self.before.len() - 1;
        if b >= blocks {
            return items.len();
        }
        let (lo, hi) = (self.before[b] as usize, self.before[b + 1] as usize);
        lo + items[lo..hi].partition_point(|t| key(t) < x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_a_binary_search() {
        let body_len = 50_000;
        let keys: Vec<usize> = (0..3_000)
            .map(|i| (i * i * 7) % body_len)
            .collect::<Vec<_>>();
        let mut keys = keys;
        keys.sort_unstable();
        keys.push(body_len);
        let index = BlockIndex::new(body_len, keys.iter().copied());
        for x in (0..body_len + 10_000)
            .step_by(37)
            .chain([0, 4095, 4096, 4097, body_len])
        {
            let want = keys.partition_point(|&k| k < x);
            assert_eq!(index.count_below(&keys, |&k| k, x), want, "x = {x}");
        }
        let empty = BlockIndex::new(0, std::iter::empty());
        assert_eq!(empty.count_below(&[] as &[usize], |&k| k, 5), 0);
    }
}
