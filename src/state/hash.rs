//! The content hash that keys reading state: a small, fast, non-cryptographic 64-bit hash of our
//! own, fixed forever (changing it would orphan every saved state), identical on every platform
//! and every run (no random keys, little-endian words).

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;
const MUL: u64 = 0xD6E8_FEB8_6659_FD93;

/// Hash `bytes` eight at a time with a multiply-xorshift mix, then fold in the length.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut h = SEED;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().expect("chunks of eight"));
        h = mix(h ^ w);
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        let mut last = [0u8; 8];
        last[..tail.len()].copy_from_slice(tail);
        h = mix(h ^ u64::from_le_bytes(last) ^ 0xFF);
    }
    finish(h ^ bytes.len() as u64)
}

fn mix(h: u64) -> u64 {
    let h = h.wrapping_mul(MUL);
    h ^ (h >> 29)
}

fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_across_runs_and_platforms() {
        // Pinned values: if these change, every user's saved state is orphaned.
        assert_eq!(content_hash(b""), 0x9ca0_66f1_a4ab_2eea);
        assert_eq!(content_hash(b"hello"), 0x1799_8197_69e8_43d4);
        assert_eq!(
            content_hash(b"The minister said on Tuesday."),
            0x09a6_da72_a58f_25f3
        );
    }

    #[test]
    fn hash_tells_close_texts_apart() {
        let a = content_hash(b"The minister said on Tuesday.");
        let b = content_hash(b"The minister said on Tuesday!");
        let c = content_hash(b"The minister said on Tuesday.\0");
        let d = content_hash(b"The minister said on Tuesday");
        assert!(a != b && a != c && a != d && c != d);
    }
}
