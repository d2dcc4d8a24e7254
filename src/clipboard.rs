//! Copying to the system clipboard from a terminal: the citation `y` copies (the cursor sentence,
//! or the selected quote with its speaker, then the article's title and date), and the OSC 52
//! escape sequence that hands it to the terminal, which works over ssh.
//!
//! Inside tmux (`$TMUX` set) the sequence is sent twice: once wrapped in tmux's DCS passthrough
//! (reaches the outer terminal when tmux has `allow-passthrough on`), once plain (taken by tmux
//! itself when it has `set-clipboard on`, which then also forwards it). Either tmux setting is
//! enough; both at once only set the clipboard twice to the same text.

use crate::app::model::{Doc, Selection};

/// `“quote” — Speaker, in “Title” (2025-03-14)`, or `Sentence. — “Title” (2025-03-14)`: the
/// text for `y` in `doc`, control characters removed and whitespace runs made one space.
pub fn citation(doc: &Doc) -> Option<String> {
    let body = &doc.article.body;
    let source = match doc.article.date.as_deref() {
        Some(date) => format!("“{}” ({date})", doc.title()),
        None => format!("“{}”", doc.title()),
    };
    let text = if let Selection::Quote(i) = doc.selection {
        let quote = doc.analysis.quotes.get(i)?;
        let speaker = quote
            .speaker
            .and_then(|id| doc.analysis.entities.get(id))
            .map(|e| e.name.clone())
            .or_else(|| quote.speaker_span.map(|s| s.text(body).to_owned()));
        let said = quote.span.text(body);
        match speaker {
            Some(who) => format!("“{said}” — {who}, in {source}"),
            None => format!("“{said}” — in {source}"),
        }
    } else {
        let sentence = doc.cursor_span()?.text(body);
        if sentence.trim().is_empty() {
            return None;
        }
        format!("{sentence} — {source}")
    };
    Some(sanitize(&text))
}

/// `text` with control characters (C0, DEL, C1: ESC and BEL among them) dropped and every run of
/// whitespace made one space, so it can neither end an escape sequence early nor drive the
/// terminal it is pasted into.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !c.is_control() {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The OSC 52 sequence that sets the clipboard to `text`: `ESC ] 52 ; c ; BASE64 BEL`, and, when
/// `tmux`, first the same wrapped in tmux's passthrough (`ESC P tmux; … ESC \`, inner ESCs doubled).
pub fn osc52(text: &str, tmux: bool) -> Vec<u8> {
    let plain = format!("\x1b]52;c;{}\x07", base64(sanitize(text).as_bytes()));
    if !tmux {
        return plain.into_bytes();
    }
    let wrapped = format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b"));
    (wrapped + &plain).into_bytes()
}

/// Standard base64 (RFC 4648, with `=` padding).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Write `text` to the clipboard of the terminal on standard output.
pub fn write_to_terminal(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
    let mut out = std::io::stdout().lock();
    out.write_all(&osc52(text, tmux))?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (input, want) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), want);
        }
    }

    #[test]
    fn sanitize_drops_controls_and_folds_space() {
        assert_eq!(sanitize(" a\x1b]0;x\x07 b\n\n c\u{9b} "), "a]0;x b c");
    }
}
