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

/// Clean `text` as described in the module documentation. Text with nothing to clean is copied
/// as it is; otherwise the runs between characters to clean are copied whole.
pub fn clean_text(text: &str) -> (String, CleanReport) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut report = CleanReport::default();
    let Some(mut at) = next_to_clean(text, 0) else {
        return (text.to_owned(), report);
    };
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut from = 0;
    loop {
        out.push_str(&text[from..at]);
        let c = text[at..].chars().next().unwrap_or(REPLACEMENT);
        let mut next = at + c.len_utf8();
        match c {
            '\r' => {
                if text.as_bytes().get(next) == Some(&b'\n') {
                    next += 1;
                }
                out.push('\n');
            }
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
        from = next;
        match next_to_clean(text, from) {
            Some(i) => at = i,
            None => {
                out.push_str(&text[from..]);
                return (out, report);
            }
        }
    }
}

/// [`clean_text`] of text already owned: given back as it is, without a copy, when nothing needs
/// cleaning (the common case, and the one that matters for a 100 MB article).
pub fn clean_owned(mut text: String) -> (String, CleanReport) {
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    match next_to_clean(&text, 0) {
        None => (text, CleanReport::default()),
        Some(_) => clean_text(&text),
    }
}

/// Bytes that can start a character cleaning changes: C0 controls but `\n`, DEL, and the lead
/// bytes of the non-ASCII ones (0xC2: C1 and soft hyphen; 0xD8: U+061C; 0xE2: U+200B..U+2069;
/// 0xEF: U+FEFF). Lead bytes are never continuation bytes, so such a byte always starts a char.
const SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != b'\n' as usize;
        b += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xD8] = true;
    table[0xE2] = true;
    table[0xEF] = true;
    table
};

/// Whether all eight bytes of `word` are printable ASCII (0x20..=0x7E), SWAR style.
fn plain_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let del = {
        let x = word ^ (ONES * 0x7F);
        x.wrapping_sub(ONES) & !x
    };
    (word | below_space | del) & HIGH == 0
}

/// The byte offset of the first character at or after `from` (a char boundary) that cleaning
/// changes. A byte scan: only suspect lead bytes are decoded.
fn next_to_clean(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // Eight bytes of printable ASCII at a time.
        if let Some(chunk) = bytes.get(i..i + 8) {
            if plain_ascii(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]))) {
                i += 8;
                continue;
            }
        }
        if SUSPECT[usize::from(bytes[i])] {
            let c = text[i..].chars().next()?;
            if needs_cleaning(c) {
                return Some(i);
            }
            i += c.len_utf8();
        } else {
            i += 1;
        }
    }
    None
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
    fn owned_cleaning_agrees_with_borrowed_cleaning() {
        for text in [
            "plain text\n",
            "\u{FEFF}bom first",
            "tab\there\r\n",
            "esc \x1b[31m",
        ] {
            assert_eq!(clean_owned(text.to_owned()), clean_text(text), "{text:?}");
        }
    }

    #[test]
    fn swar_check_finds_every_non_printable_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let printable = (0x20..0x7F).contains(&b);
                assert_eq!(
                    plain_ascii(u64::from_le_bytes(word)),
                    printable,
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn byte_scan_agrees_with_the_char_rule() {
        let text: String = (0u32..0x3000)
            .chain(0xFE00..0xFFFF)
            .filter_map(char::from_u32)
            .flat_map(|c| ['a', c, 'é'])
            .collect();
        let naive: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| needs_cleaning(c))
            .map(|(i, _)| i)
            .collect();
        let mut fast = Vec::new();
        let mut from = 0;
        while let Some(i) = next_to_clean(&text, from) {
            fast.push(i);
            from = i + text[i..].chars().next().unwrap().len_utf8();
        }
        assert_eq!(fast, naive);
    }

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
