//! Cleaning untrusted text at load time, so that nothing downstream (analysis, terminal) ever sees a
//! control character.
//!
//! - a leading UTF-8 BOM is dropped; CRLF, lone CR, NEL, U+2028/U+2029, VT and FF become `\n`;
//! - a tab becomes four spaces (ratatui drops tabs);
//! - other C0 controls and DEL become their visible Control Pictures (`ESC` → `␛`), C1 controls become
//!   `�`, so an escape sequence in an article is shown, never executed;
//! - bidi overrides, embeddings, isolates and marks become `�` (they could reorder what is shown);
//! - invisible zero-width characters that only break layout (ZWSP, word joiner, stray BOM, soft
//!   hyphen) are removed; ZWJ and ZWNJ stay, as scripts and emoji need them.

/// What cleaning changed, so the loader can warn about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CleanReport {
    /// Control characters (C0 except newline and tab, DEL, C1) replaced by visible stand-ins.
    pub controls: usize,
    /// Bidirectional formatting characters replaced.
    pub bidi: usize,
}

/// The visible stand-in for C1 controls and bidi formatting characters.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Clean `text` as described in the module documentation.
pub fn clean_text(text: &str) -> (String, CleanReport) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut report = CleanReport::default();
    // Fast path: nothing to do for text of printable ASCII, newlines and ordinary non-ASCII.
    if !text.chars().any(needs_cleaning) {
        return (text.to_owned(), report);
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push_str("    "),
            '\u{00}'..='\u{1F}' => {
                report.controls += 1;
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or(REPLACEMENT));
            }
            '\u{7F}' => {
                report.controls += 1;
                out.push('\u{2421}');
            }
            '\u{80}'..='\u{9F}' => {
                report.controls += 1;
                out.push(REPLACEMENT);
            }
            c if is_bidi_control(c) => {
                report.bidi += 1;
                out.push(REPLACEMENT);
            }
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => {}
            c => out.push(c),
        }
    }
    (out, report)
}

fn needs_cleaning(c: char) -> bool {
    match c {
        '\n' => false,
        '\u{00}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{AD}' => true,
        '\u{200B}' | '\u{2028}' | '\u{2029}' | '\u{2060}' | '\u{FEFF}' => true,
        c => is_bidi_control(c),
    }
}

/// Bidirectional formatting characters: marks, embeddings, overrides and isolates.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_passes_ordinary_text_through() {
        let s = "Plain “text”, with ünïcödé and 漢字.\nSecond line.";
        assert_eq!(clean_text(s), (s.to_owned(), CleanReport::default()));
    }

    #[test]
    fn clean_text_normalises_line_ends_bom_and_tabs() {
        let (out, report) = clean_text("\u{FEFF}a\r\nb\rc\td");
        assert_eq!(out, "a\nb\nc    d");
        assert_eq!(report, CleanReport::default());
    }

    #[test]
    fn clean_text_makes_escape_sequences_visible() {
        let (out, report) = clean_text("red \u{1b}[31mtext\u{7}\u{9b}2J");
        assert_eq!(out, "red \u{241B}[31mtext\u{2407}\u{FFFD}2J");
        assert_eq!(report.controls, 3);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn clean_text_replaces_bidi_and_drops_zero_width() {
        let (out, report) = clean_text("a\u{202E}b\u{2066}c\u{200B}d\u{AD}e\u{200D}f");
        assert_eq!(out, "a\u{FFFD}b\u{FFFD}cde\u{200D}f");
        assert_eq!(report.bidi, 2);
    }
}
