//! Paragraph spans: runs of text separated by one or more blank (whitespace-only) lines.

use super::span::Span;

/// Split `body` into paragraphs. Each span is trimmed of surrounding whitespace; blank lines
/// separate paragraphs. One forward pass over the lines.
pub fn paragraphs(body: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut line_start = 0;
    let bytes = body.as_bytes();
    while line_start < bytes.len() {
        // An empty line (the usual paragraph break) needs no search.
        let line_end = if bytes[line_start] == b'\n' {
            line_start
        } else {
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |i| line_start + i)
        };
        let line = &body[line_start..line_end];
        let trimmed_start = match line.as_bytes().first() {
            Some(&c) if is_ascii_ink(c) => 0,
            _ => line.len() - line.trim_start().len(),
        };
        if trimmed_start == line.len() {
            if let Some(p) = current.take() {
                out.push(p);
            }
        } else {
            let start = line_start + trimmed_start;
            let end = match line.as_bytes().last() {
                Some(&c) if is_ascii_ink(c) => line_end,
                _ => line_start + line.trim_end().len(),
            };
            match current.as_mut() {
                Some(p) => p.end = end,
                None => current = Some(Span::new(start, end)),
            }
        }
        line_start = line_end + 1;
    }
    if let Some(p) = current {
        out.push(p);
    }
    out
}

/// Whether `c` is an ASCII character that `char::is_whitespace` turns down, so a line that
/// starts (ends) with it needs no trimming there. Multi-byte characters are left to `trim`.
#[inline]
fn is_ascii_ink(c: u8) -> bool {
    c < 0x80 && !matches!(c, b' ' | b'\t'..=b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        paragraphs(body).iter().map(|s| s.text(body)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let body = "  One line.\nStill one.  \n\n \n\nTwo.\n   \nThree.";
        assert_eq!(texts(body), ["One line.\nStill one.", "Two.", "Three."]);
    }

    #[test]
    fn ascii_ink_is_what_trimming_keeps() {
        for c in 0..0x80u8 {
            assert_eq!(is_ascii_ink(c), !char::from(c).is_whitespace(), "{c:#x}");
        }
        let body = "\u{a0}x\u{2009}\n\x0b\n y\x0c\n\u{85}\n\nz";
        assert_eq!(texts(body), ["x", "y", "z"]);
    }

    #[test]
    fn empty_and_blank_bodies_have_no_paragraphs() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\n  \n").is_empty());
    }
}
