//! Sentence segmentation for news English.
//!
//! PLACEHOLDER: splits after `.`, `?`, `!` followed by whitespace. Being replaced by the real
//! single-pass segmenter.

use super::span::Span;

/// Split each paragraph of `body` into sentence spans (trimmed, in order, non-overlapping).
pub fn sentences(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for p in paragraphs {
        let text = p.text(body);
        let mut start = 0;
        let b = text.as_bytes();
        for i in 0..b.len() {
            if matches!(b[i], b'.' | b'?' | b'!') && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()) {
                push_trimmed(&mut out, text, p.start, start, i + 1);
                start = i + 1;
            }
        }
        push_trimmed(&mut out, text, p.start, start, text.len());
    }
    out
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, base: usize, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push(Span::new(base + start + lead, base + start + lead + t.len()));
    }
}
