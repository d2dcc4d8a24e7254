//! Byte-level character tests for the segmenter: whitespace (including no-break and thin
//! spaces), opening and closing quotes and brackets, bullets and the ellipsis character, read
//! straight from UTF-8 bytes without decoding the text.

/// Whether `c` is an ASCII whitespace byte: space, tab, line feed, vertical tab, form feed or
/// carriage return.
#[inline]
fn is_ascii_space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

/// Length of the whitespace character that starts at `i`, or 0 when there is none. ASCII is
/// answered inline; the rarer multi-byte spaces are looked up out of line.
#[inline]
pub fn space_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(&c) if c < 0x80 => usize::from(is_ascii_space(c)),
        Some(_) => wide_space_len(b, i),
        None => 0,
    }
}

/// Length of the multi-byte whitespace character that starts at `i`, or 0.
#[inline(never)]
fn wide_space_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(0xC2) => match b.get(i + 1) {
            Some(0xA0 | 0x85) => 2,
            _ => 0,
        },
        Some(0xE2) => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) => 3,
            (Some(0x81), Some(0x9F)) => 3,
            _ => 0,
        },
        Some(0xE3) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => 3,
        Some(0xE1) if b.get(i + 1) == Some(&0x9A) && b.get(i + 2) == Some(&0x80) => 3,
        _ => 0,
    }
}

/// Length of the whitespace character whose last byte is at `i` (looking backwards), or 0.
#[inline]
pub fn space_len_ending_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        c if c < 0x80 => usize::from(is_ascii_space(c)),
        // The last bytes of the multi-byte spaces `wide_space_len` knows; a closing quote's
        // 0x9D or an ellipsis's 0xA6 is answered without looking further back.
        0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF => {
            if i >= 1 && wide_space_len(b, i - 1) == 2 {
                2
            } else if i >= 2 && wide_space_len(b, i - 2) == 3 {
                3
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// The first index at or after `i` that is not whitespace.
#[inline]
pub fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    loop {
        let n = space_len(b, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// A closing quote or bracket at `i`: its length and whether it is a quote mark.
#[inline]
pub fn closer_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match b.get(i)? {
        b'"' | b'\'' => Some((1, true)),
        b')' | b']' | b'}' => Some((1, false)),
        0xC2 if b.get(i + 1) == Some(&0xBB) => Some((2, true)),
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2)? {
            0x9D | 0x99 | 0xBA => Some((3, true)),
            _ => None,
        },
        _ => None,
    }
}

/// Skip closing quotes and brackets from `i`; returns the index after them and whether any of
/// them was a quote mark.
#[inline]
pub fn skip_closers(b: &[u8], mut i: usize) -> (usize, bool) {
    let mut quoted = false;
    while let Some((n, quote)) = closer_at(b, i) {
        quoted |= quote;
        i += n;
    }
    (i, quoted)
}

/// Length of the closing quote or bracket whose last byte is at `i`, or 0.
#[inline]
pub fn closer_len_ending_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'"' | b'\'' | b')' | b']' | b'}' => 1,
        0xBB if i >= 1 && b[i - 1] == 0xC2 => 2,
        0x9D | 0x99 | 0xBA if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 => 3,
        _ => 0,
    }
}

/// Length of the opening quote or bracket at `i` (also `¿ ¡`), or 0.
#[inline]
pub fn opener_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"' | b'\'' | b'(' | b'[' | b'{') => 1,
        Some(0xC2) => match b.get(i + 1) {
            Some(0xAB | 0xBF | 0xA1) => 2,
            _ => 0,
        },
        Some(0xE2) if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
            Some(0x9C | 0x98 | 0xB9 | 0x9E) => 3,
            _ => 0,
        },
        _ => 0,
    }
}

/// Skip opening quotes and brackets from `i`; returns the index after them.
#[inline]
pub fn skip_openers(b: &[u8], mut i: usize) -> usize {
    loop {
        let n = opener_len(b, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// Whether the three bytes at `i` are the ellipsis character `…`.
#[inline]
pub fn is_ellipsis_char(b: &[u8], i: usize) -> bool {
    b.get(i..i + 3) == Some(&[0xE2, 0x80, 0xA6][..])
}

/// Length of a bullet character at `i` (• ‣ ⁃ ◦ ▪ ● ■), or 0.
#[inline]
pub fn bullet_len(b: &[u8], i: usize) -> usize {
    match b.get(i..i + 3) {
        Some([0xE2, 0x80, 0xA2 | 0xA3]) => 3,
        Some([0xE2, 0x81, 0x83]) => 3,
        Some([0xE2, 0x97, 0xA6 | 0x8F]) => 3,
        Some([0xE2, 0x96, 0xAA | 0xA0]) => 3,
        _ => 0,
    }
}

/// Whether the character ending at `i` is a dash that glues words (– or —).
#[inline]
pub fn dash_ending_at(b: &[u8], i: usize) -> bool {
    i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 && matches!(b[i], 0x93 | 0x94)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_break_and_thin_spaces_count_as_whitespace() {
        let s = "a\u{a0}\u{2009}\u{202f} b".as_bytes();
        assert_eq!(skip_spaces(s, 1), s.len() - 1);
        assert_eq!(space_len_ending_at(s, 2), 2);
        assert_eq!(space_len_ending_at(s, 5), 3);
    }

    #[test]
    fn ascii_whitespace_is_the_six_control_and_space_bytes() {
        for c in 0..0x80u8 {
            let expected = matches!(c, b' ' | b'\n' | b'\r' | b'\t' | 0x0B | 0x0C);
            assert_eq!(space_len(&[c], 0), usize::from(expected), "{c:#x}");
            assert_eq!(
                space_len_ending_at(&[c], 0),
                usize::from(expected),
                "{c:#x}"
            );
        }
    }

    #[test]
    fn every_multi_byte_space_is_found_from_its_last_byte() {
        let spaces = (0x80..0x3100u32)
            .filter_map(char::from_u32)
            .filter(|c| c.len_utf8() > 1);
        for c in spaces {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let n = space_len(bytes, 0);
            assert_eq!(space_len_ending_at(bytes, bytes.len() - 1), n, "{c:?}");
            if n > 0 {
                assert_eq!(n, bytes.len(), "{c:?}");
            }
        }
    }

    #[test]
    fn curly_quotes_open_and_close() {
        let s = "“x”’".as_bytes();
        assert_eq!(opener_len(s, 0), 3);
        assert_eq!(skip_closers(s, 4), (s.len(), true));
        assert_eq!(closer_len_ending_at(s, s.len() - 1), 3);
    }
}
