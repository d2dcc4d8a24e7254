//! Case-insensitive search for every place a short word is written in a long body: the role
//! links of one role word are read only around those places (see `role_links`).

/// How many places one step of the scan compares.
const BLOCK: usize = 64;

/// The places of [`each_occurrence`], collected.
#[cfg(test)]
fn occurrences(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    each_occurrence(hay, needle, |at| out.push(at));
    out
}

/// Call `found` with each place `needle` (non-empty) is written in `hay`, ASCII case ignored, in
/// order (overlapping places included). Two bytes of the needle (its rarest letters) are
/// compared first, a block of places at a time (see [`block_mask`]), case folded by setting bit 5
/// (which may let a non-letter through, never turns a match away); only the places where both
/// agree are checked against the whole needle, a third rare byte first. (Three bytes compared a
/// block at a time cost more than the few extra places two let through: "resident", with no
/// rare letter, lets through one place in a few hundred.)
///
/// `found` gets each place as the scan reaches it: the text around the place is then still in
/// cache for a look at it.
pub fn each_occurrence(hay: &[u8], needle: &[u8], mut found: impl FnMut(usize)) {
    // English letters, commonest first: a byte not listed (a digit, a non-ASCII byte) is rarer.
    const COMMON: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let rank = |i: &usize| {
        let b = needle[*i].to_ascii_lowercase();
        COMMON.iter().position(|&c| c == b).unwrap_or(COMMON.len())
    };
    let mut order: Vec<usize> = (0..needle.len()).collect();
    order.sort_by_key(|i| std::cmp::Reverse(rank(i)));
    let pick = |n: usize| order.get(n).copied().unwrap_or(order[0]);
    let (j, k, l) = (pick(0), pick(1), pick(2));
    let want = [needle[j] | 0x20, needle[k] | 0x20];
    // The places a needle can start at.
    let Some(places) = (hay.len() + 1).checked_sub(needle.len()) else {
        return;
    };
    let third = needle[l] | 0x20;
    let mut check = |at: usize| {
        if hay[at + l] | 0x20 == third && hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            found(at);
        }
    };
    // The two compared bytes of each place, side by side.
    let (xs, ys) = (&hay[j..j + places], &hay[k..k + places]);
    let mut base = 0;
    for (x, y) in xs.chunks_exact(BLOCK).zip(ys.chunks_exact(BLOCK)) {
        fn block(s: &[u8]) -> &[u8; BLOCK] {
            s.try_into().expect("a block")
        }
        let mut mask = block_mask([block(x), block(y)], want);
        while mask != 0 {
            check(base + mask.trailing_zeros() as usize);
            mask &= mask - 1;
        }
        base += BLOCK;
    }
    for at in base..places {
        if (xs[at] | 0x20 == want[0]) & (ys[at] | 0x20 == want[1]) {
            check(at);
        }
    }
}

/// Bit `i` set where `rows[r][i] | 0x20 == want[r]` for both rows. On x86-64 SSE2 (every x86-64
/// processor has it) compares 16 places per instruction: the plain loop is not vectorised by the
/// compiler, and the scan then cost a fifth of the quote pass on a long body (measured with
/// callgrind on the generated bench text; this version costs a sixth of that).
#[cfg(target_arch = "x86_64")]
fn block_mask(rows: [&[u8; BLOCK]; 2], want: [u8; 2]) -> u64 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    // SAFETY: SSE2 is part of the x86-64 baseline, so these intrinsics are always available;
    // each unaligned load reads 16 bytes inside one of the `rows` (`q * 16 + 16 <= BLOCK`).
    unsafe {
        let fold = _mm_set1_epi8(0x20);
        let is = |r: usize, q: usize| {
            let bytes = _mm_loadu_si128(rows[r].as_ptr().add(q * 16).cast());
            _mm_cmpeq_epi8(_mm_or_si128(bytes, fold), _mm_set1_epi8(want[r] as i8))
        };
        let mut mask = 0u64;
        for q in 0..BLOCK / 16 {
            let hit = _mm_and_si128(is(0, q), is(1, q));
            mask |= u64::from(_mm_movemask_epi8(hit) as u16) << (q * 16);
        }
        mask
    }
}

/// Bit `i` set where `rows[r][i] | 0x20 == want[r]` for both rows.
#[cfg(not(target_arch = "x86_64"))]
fn block_mask(rows: [&[u8; BLOCK]; 2], want: [u8; 2]) -> u64 {
    let hit = |i: usize| (0..2).all(|r| rows[r][i] | 0x20 == want[r]);
    (0..BLOCK).filter(|&i| hit(i)).fold(0, |m, i| m | 1 << i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_ignore_ascii_case_and_may_overlap() {
        assert_eq!(
            occurrences(b"Spokesman SPOKESMAN spokes", b"spokesman"),
            [0, 10]
        );
        assert_eq!(occurrences(b"kkk", b"kk"), [0, 1]);
        assert_eq!(occurrences(b"k", b"kk"), Vec::<usize>::new());
        let long = "x".repeat(200) + "Directors, director";
        assert_eq!(occurrences(long.as_bytes(), b"director"), [200, 211]);
        assert_eq!(occurrences(b"a\xc3\xa9b", "\u{e9}b".as_bytes()), [1]);
    }

    #[test]
    fn occurrences_in_whole_blocks_and_the_tail_agree_with_a_plain_search() {
        let body = "The Spokesman met the SPOKESWOMAN; spokesmen (spokesman) said. ".repeat(9);
        let plain: Vec<usize> = (0..=body.len() - 9)
            .filter(|&i| body.as_bytes()[i..i + 9].eq_ignore_ascii_case(b"spokesman"))
            .collect();
        assert!(plain.len() > 9);
        assert_eq!(occurrences(body.as_bytes(), b"spokesman"), plain);
        assert_eq!(occurrences(b"", b"x"), Vec::<usize>::new());
        let mut seen = Vec::new();
        each_occurrence(body.as_bytes(), b"spokesman", |at| seen.push(at));
        assert_eq!(seen, plain);
    }
}
