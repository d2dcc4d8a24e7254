//! Anchors: a few words of text saved next to each remembered offset, so that a position can be
//! found again after the article's file was edited (text added or removed above it).

/// How many bytes of text after an offset are kept as its anchor (cut back to a char boundary).
pub const ANCHOR_BYTES: usize = 48;

/// The anchor for `offset` in `body`: the text that starts there, at most [`ANCHOR_BYTES`] long.
/// An offset past the end or inside a character gives an empty anchor.
pub fn anchor_at(body: &str, offset: usize) -> String {
    if !body.is_char_boundary(offset) {
        return String::new();
    }
    let end = floor_boundary(body, offset.saturating_add(ANCHOR_BYTES));
    body[offset..end].to_owned()
}

/// Where the text `anchor` (once at `old_offset`) now is in `body`: the occurrence nearest to the
/// old offset, or `None` when the anchor is empty or no longer in the text.
pub fn relocate(body: &str, anchor: &str, old_offset: usize) -> Option<usize> {
    if anchor.is_empty() {
        return None;
    }
    let mut best: Option<usize> = None;
    for at in memchr::memmem::find_iter(body.as_bytes(), anchor.as_bytes()) {
        let closer = best.is_none_or(|b| at.abs_diff(old_offset) < b.abs_diff(old_offset));
        if closer {
            best = Some(at);
        }
        if at > old_offset {
            break; // later occurrences are only farther away
        }
    }
    best
}

/// The largest char boundary of `body` at or before `offset` (clamped to the body's length).
pub fn floor_boundary(body: &str, offset: usize) -> usize {
    let mut at = offset.min(body.len());
    while !body.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_is_cut_on_a_char_boundary() {
        let body = "é".repeat(40);
        let a = anchor_at(&body, 2);
        assert!(a.len() <= ANCHOR_BYTES && a.chars().all(|c| c == 'é'));
        assert_eq!(anchor_at(&body, 1), "");
        assert_eq!(anchor_at(&body, 999), "");
    }

    #[test]
    fn relocate_finds_the_nearest_occurrence() {
        let body = "Rain fell. Rain fell. Rain fell.";
        assert_eq!(relocate(body, "Rain fell.", 12), Some(11));
        assert_eq!(relocate(body, "Rain fell.", 30), Some(22));
        assert_eq!(relocate(body, "Snow", 0), None);
        assert_eq!(relocate(body, "", 0), None);
    }

    #[test]
    fn floor_boundary_clamps_and_backs_off() {
        assert_eq!(floor_boundary("aé", 2), 1);
        assert_eq!(floor_boundary("aé", 99), 3);
    }
}
