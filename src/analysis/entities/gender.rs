//! Gender evidence for person mentions, taken only from what the article itself attaches to a name:
//! a title before it ("Mr. Gurung", "Mrs Justice Adeyemi"), a kin noun just before it ("his sister,
//! Farida Hussain") and the first personal pronoun after it in the same sentence ("Sita Gurung, 52,
//! has farmed ... since her marriage"). Given names are never used: they are no reliable guide.
//!
//! Evidence is a signed score: positive for a man, negative for a woman, 0 for none.

use super::lexicon::{flag, Lexicon};
use super::tokens::{Shape, Token};

/// How far after a name a pronoun may stand and still be taken for it.
const PRONOUN_REACH: usize = 30;

fn sign(f: u32) -> i32 {
    if f & flag::MALE != 0 {
        1
    } else if f & flag::FEMALE != 0 {
        -1
    } else {
        0
    }
}

fn is_pronoun(word: &str) -> bool {
    // Most words are ruled out by their length and first letter alone.
    let b = word.as_bytes();
    if !(2..=7).contains(&b.len()) || !matches!(b[0], b'h' | b'H' | b's' | b'S') {
        return false;
    }
    matches!(
        word,
        "he" | "him"
            | "his"
            | "himself"
            | "she"
            | "her"
            | "hers"
            | "herself"
            | "He"
            | "His"
            | "She"
            | "Her"
    )
}

/// Evidence from the title before the name `[first, ..)`: the one-word title inside the mention or
/// a longer title just outside it ("Mrs Justice Ngozi Adeyemi-Clarke"). Weight 3 per title word.
///
/// A capitalised token carries its word's lexicon flags ([`Token::flags`]), so a title's gender
/// is read from the token without a second lookup.
pub fn title(toks: &[Token], first: usize) -> i32 {
    let mut score = 0;
    // At most four tokens back, titles and their abbreviation periods.
    for t in toks[first.saturating_sub(4)..first].iter().rev() {
        if t.is_punct('.') && !t.space_before {
            continue;
        }
        if !t.is_capitalised() || t.flags & (flag::TITLE_HEAD | flag::TITLE_MOD) == 0 {
            break;
        }
        score += 3 * sign(t.flags);
    }
    score
}

/// Evidence from a kin noun standing just before the mention that starts at token `span_first`
/// ("his sister, pharmacist Farida Hussain", "her husband Tom"). Weight 2.
#[inline]
pub fn kin(body: &str, toks: &[Token], lex: &Lexicon, span_first: usize) -> i32 {
    for t in toks[span_first.saturating_sub(4)..span_first].iter().rev() {
        match t.shape {
            Shape::Lower => {
                // The lexicon's filter rules out most words before the pronoun test.
                let w = &body.as_bytes()[t.start as usize..t.end as usize];
                let s = sign(lex.get_gendered_bytes(w));
                if s != 0 && !is_pronoun(t.text(body)) {
                    return 2 * s;
                }
            }
            Shape::Punct(',') => {}
            _ => return 0,
        }
    }
    0
}

/// Evidence from the first personal pronoun after the name ending at token `end`, in the same
/// sentence or opening the next one, with no other person's name or title between. Weight 1.
pub fn pronoun_after(body: &str, toks: &[Token], end: usize) -> i32 {
    let mut sentence_over = false;
    let bytes = body.as_bytes();
    let reach = toks.len().min(end.saturating_add(PRONOUN_REACH));
    for t in toks.get(end..reach).unwrap_or_default() {
        if t.para_start {
            return 0;
        }
        match t.shape {
            Shape::Lower | Shape::Cap | Shape::Upper => {
                // A pronoun is a word of two to seven letters starting with "h" or "s": most
                // words are ruled out before their text is sliced.
                let maybe = (2..=7).contains(&(t.end - t.start))
                    && matches!(bytes[t.start as usize], b'h' | b'H' | b's' | b'S');
                if maybe && (!sentence_over || t.initial) {
                    let w = t.text(body);
                    if is_pronoun(w) {
                        return if w.starts_with(['h', 'H'])
                            && !w.starts_with("her")
                            && !w.starts_with("Her")
                        {
                            1
                        } else {
                            -1
                        };
                    }
                }
                // Another person's given name or title stops the search.
                let other_person =
                    t.shape != Shape::Lower && t.flags & (flag::FIRST_NAME | flag::TITLE_HEAD) != 0;
                if sentence_over || other_person {
                    return 0;
                }
            }
            Shape::Punct('.' | '?' | '!') if !sentence_over => sentence_over = true,
            _ if sentence_over => return 0,
            _ => {}
        }
    }
    0
}

/// Whether two gender scores can belong to one person.
pub fn agree(a: i32, b: i32) -> bool {
    a == 0 || b == 0 || a.signum() == b.signum()
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::super::tokens::tokenize;
    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    fn at(body: &str, word: &str) -> (Vec<Token>, usize) {
        let toks = tokenize(body, &paragraphs(body), lexicon());
        let i = toks.iter().position(|t| t.text(body) == word).unwrap();
        (toks, i)
    }

    #[test]
    fn titles_before_the_name() {
        let body = "Later Mr. Osei spoke, and Mrs Justice Ama Boateng ruled.";
        let (toks, i) = at(body, "Osei");
        assert!(title(&toks, i) > 0);
        let (toks, i) = at(body, "Ama");
        assert!(title(&toks, i) < 0);
    }

    #[test]
    fn kin_nouns_count_but_possessive_pronouns_do_not() {
        let body = "He came with his sister, baker Lina Voss, and her cousin Olu Voss.";
        let (toks, i) = at(body, "Lina");
        assert!(kin(body, &toks, lexicon(), i) < 0);
        let (toks, i) = at(body, "Olu");
        assert_eq!(kin(body, &toks, lexicon(), i), 0);
    }

    #[test]
    fn first_pronoun_in_the_sentence() {
        let body =
            "Rana Sethi, 52, has farmed on Hill Road since her marriage. Tom Ash said he agreed.";
        let (toks, i) = at(body, "Sethi");
        assert!(pronoun_after(body, &toks, i + 1) < 0);
        let (toks, i) = at(body, "Ash");
        assert!(pronoun_after(body, &toks, i + 1) > 0);
        // Another person's name stops the search.
        let body = "Rana Sethi met Tom Ash, and he left.";
        let (toks, i) = at(body, "Sethi");
        assert_eq!(pronoun_after(body, &toks, i + 1), 0);
    }
}
