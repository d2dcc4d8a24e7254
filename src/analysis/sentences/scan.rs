//! The forward scan for candidate bytes: the segmenter stops only at `.` `?` `!`, a line break
//! and 0xE2 (the lead byte of `…`, bullets, curly quotes and dashes). The paragraph is read in
//! windows of 64 bytes, each turned into a bit mask of its candidate bytes once; the segmenter
//! then takes candidates from the mask in order, so a window with several of them (news text
//! has one every ~28 bytes) costs one test, not one search per candidate.
//!
//! On x86-64 the mask is built sixteen bytes at a time with SSE2, one of the crate's two `unsafe`
//! blocks (the other is the quote pass's role-word search): it measured 11% faster for the whole
//! sentence pass on news text, and SSE2 is always present on x86-64. Elsewhere a plain byte loop
//! builds it.

/// Bytes per window: one bit each in a `u64` mask.
const WINDOW: usize = 64;

/// Whether the segmenter needs to look at byte `c`.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn is_candidate(c: u8) -> bool {
    matches!(c, b'.' | b'?' | b'!' | b'\n' | 0xE2)
}

/// One bit per candidate byte of a sixteen-byte block (bit `k` for byte `k`).
#[cfg(target_arch = "x86_64")]
#[inline]
#[target_feature(enable = "sse2")]
fn block_candidates(block: [u8; 16]) -> u64 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_set_epi64x,
    };
    let v = u128::from_le_bytes(block);
    let w = _mm_set_epi64x((v >> 64) as i64, v as i64);
    let dot = _mm_cmpeq_epi8(w, _mm_set1_epi8(b'.' as i8));
    let question = _mm_cmpeq_epi8(w, _mm_set1_epi8(b'?' as i8));
    let bang = _mm_cmpeq_epi8(w, _mm_set1_epi8(b'!' as i8));
    let newline = _mm_cmpeq_epi8(w, _mm_set1_epi8(b'\n' as i8));
    let wide = _mm_cmpeq_epi8(w, _mm_set1_epi8(0xE2_u8 as i8));
    let ends = _mm_or_si128(_mm_or_si128(dot, question), bang);
    let marks = _mm_or_si128(newline, wide);
    u64::from(_mm_movemask_epi8(_mm_or_si128(ends, marks)) as u16)
}

/// The candidate mask of a full window (bit `k` for byte `k`).
#[cfg(target_arch = "x86_64")]
#[inline]
fn window_mask(window: &[u8; WINDOW]) -> u64 {
    let mut mask = 0;
    for (k, block) in window.chunks_exact(16).enumerate() {
        let block = block.try_into().expect("sixteen bytes");
        // SAFETY: SSE2 is part of the x86-64 baseline, so every x86-64 CPU has the feature
        // `block_candidates` is compiled for.
        mask |= unsafe { block_candidates(block) } << (16 * k);
    }
    mask
}

/// The candidate mask of a full window, one byte at a time.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn window_mask_bytewise(window: &[u8; WINDOW]) -> u64 {
    let mut mask = 0;
    for (k, &c) in window.iter().enumerate() {
        mask |= u64::from(is_candidate(c)) << k;
    }
    mask
}

#[cfg(not(target_arch = "x86_64"))]
use self::window_mask_bytewise as window_mask;

/// The candidate bytes of one paragraph, handed out in order as the scan moves forward.
pub struct Candidates {
    /// Offset of the current window.
    base: usize,
    /// One bit per candidate byte of `base..base + WINDOW`; bytes past the end count as none.
    mask: u64,
}

impl Candidates {
    pub fn new(b: &[u8]) -> Self {
        let mut candidates = Candidates { base: 0, mask: 0 };
        candidates.fill(b, 0);
        candidates
    }

    /// Read the window that starts at `base`.
    fn fill(&mut self, b: &[u8], base: usize) {
        self.base = base;
        let rest = b.get(base..).unwrap_or_default();
        self.mask = match rest.get(..WINDOW) {
            Some(window) => window_mask(window.try_into().expect("a full window")),
            None => {
                // The paragraph's last bytes: zeros after them are no candidates.
                let mut window = [0u8; WINDOW];
                window[..rest.len()].copy_from_slice(rest);
                window_mask(&window)
            }
        };
    }

    /// Offset of the first candidate byte at or after `from`, or `b.len()` when there is none.
    /// `from` never goes back before an offset asked for earlier.
    #[inline]
    pub fn next(&mut self, b: &[u8], from: usize) -> usize {
        if from >= b.len() {
            return b.len();
        }
        if from - self.base >= WINDOW {
            self.fill(b, from);
        }
        let mut mask = self.mask & (u64::MAX << (from - self.base));
        while mask == 0 {
            let base = self.base + WINDOW;
            if base >= b.len() {
                return b.len();
            }
            self.fill(b, base);
            mask = self.mask;
        }
        self.base + mask.trailing_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every candidate from `from` on, found by walking `b` with `Candidates`.
    fn walk(b: &[u8], from: usize, step: usize) -> Vec<usize> {
        let mut candidates = Candidates::new(b);
        let mut found = Vec::new();
        let mut pos = from;
        while pos < b.len() {
            let i = candidates.next(b, pos);
            if i >= b.len() {
                break;
            }
            found.push(i);
            pos = i + step;
        }
        found
    }

    #[test]
    fn finds_every_candidate_byte_in_order() {
        let text = "Ann said it… “Yes!”\nand 3.5 (really?) x, then a much longer run of words \
                    that goes on past one window of sixty-four bytes. And more! Is it? Yes."
            .as_bytes();
        for from in 0..=text.len() {
            for step in [1, 3, 70] {
                let mut expected = Vec::new();
                let mut k = from;
                while let Some(off) = text
                    .get(k..)
                    .and_then(|r| r.iter().position(|&c| is_candidate(c)))
                {
                    expected.push(k + off);
                    k += off + step;
                }
                assert_eq!(walk(text, from, step), expected, "from {from} step {step}");
            }
        }
    }

    #[test]
    fn every_window_position_is_found() {
        for c in [b'.', b'?', b'!', b'\n', 0xE2] {
            for len in [1, 63, 64, 65, 130] {
                for at in 0..len {
                    let mut text = vec![b'x'; len];
                    text[at] = c;
                    assert_eq!(walk(&text, 0, 1), vec![at], "{c:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn the_window_mask_matches_a_byte_by_byte_test() {
        let mut window = [0u8; WINDOW];
        for round in 0..=255u8 {
            for (k, c) in window.iter_mut().enumerate() {
                *c = (k as u8).wrapping_mul(37).wrapping_add(round);
            }
            assert_eq!(
                window_mask(&window),
                window_mask_bytewise(&window),
                "round {round}"
            );
        }
    }
}
