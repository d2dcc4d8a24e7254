//! A small tokenizer for the text around a quote: words (with inner apostrophes, hyphens and the
//! dot of a title or an initial: “Mr.”, “U.S.”, “O’Brien”) and the punctuation that bounds
//! clauses. Tokens are byte spans into the body; nothing is allocated per token.

use crate::analysis::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Comma,
    /// `:` or `;`
    Colon,
    /// A sentence end: `.`, `?`, `!`.
    Stop,
    /// A dash or bracket: an aside starts or ends.
    Dash,
    /// A quote mark.
    Mark,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        self.span.text(body)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Whether `word` starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Abbreviations whose dot does not end a sentence.
fn keeps_dot(word: &str) -> bool {
    let single = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    single
        || word.contains('.')
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Prof"
                | "St"
                | "Jr"
                | "Sr"
                | "Rev"
                | "Maj"
                | "Adm"
                | "Cmdr"
                | "Gov."
                | "Pres"
                | "Amb"
                | "Hon"
                | "Insp"
                | "Supt"
                | "Det"
                | "Cpl"
                | "Pvt"
                | "Mt"
                | "Ft"
        )
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.')
}

/// Tokenize `body[window]` into `out` (cleared first).
pub fn tokenize(body: &str, window: Span, out: &mut Vec<Token>) {
    out.clear();
    let text = window.text(body);
    let base = window.start;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_inner_joiner(d)
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                {
                    chars.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            }
            if let Some(&(j, '.')) = chars.peek() {
                if keeps_dot(&text[i..end]) {
                    chars.next();
                    end = j + 1;
                }
            }
            out.push(Token {
                span: Span::new(base + i, base + end),
                kind: TokenKind::Word,
            });
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        let kind = match c {
            ',' => TokenKind::Comma,
            ':' | ';' => TokenKind::Colon,
            '.' | '?' | '!' | '…' => TokenKind::Stop,
            '—' | '–' | '(' | ')' | '[' | ']' => TokenKind::Dash,
            '-' if text[i + 1..].starts_with([' ', '-']) || i > 0 && text[..i].ends_with(' ') => {
                TokenKind::Dash
            }
            '"' | '\'' | '‘' | '’' | '“' | '”' => TokenKind::Mark,
            _ => TokenKind::Other,
        };
        out.push(Token {
            span: Span::new(base + i, base + i + c.len_utf8()),
            kind,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_apostrophes_hyphens_and_title_dots() {
        assert_eq!(
            words("Mr. O’Brien, the NRF’s head, said: al-Sharif’s U.S. team."),
            [
                "Mr.",
                "O’Brien",
                ",",
                "the",
                "NRF’s",
                "head",
                ",",
                "said",
                ":",
                "al-Sharif’s",
                "U.S.",
                "team",
                "."
            ]
        );
    }
}
