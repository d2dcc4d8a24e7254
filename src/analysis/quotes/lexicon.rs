//! The word lists attribution relies on, loaded once from `assets/lexicon/`: speech verbs,
//! speaker pronouns (with the gender they fit) and speaker role nouns ("spokesman", "minister").

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Which people a speaker pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounFit {
    Male,
    Female,
    /// A single person of any gender ("I").
    Anyone,
    /// A plural or a group: never resolved to one person.
    Plural,
}

pub struct Lexicon {
    speech_verbs: HashSet<&'static str>,
    pronouns: HashMap<&'static str, PronounFit>,
    roles: HashSet<&'static str>,
}

/// Lines of a lexicon file with comments and blank lines removed.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn build() -> Lexicon {
    let speech_verbs = entries(include_str!("../../../assets/lexicon/speech_verbs.txt")).collect();
    let roles = entries(include_str!("../../../assets/lexicon/speaker_roles.txt")).collect();
    let pronouns = entries(include_str!("../../../assets/lexicon/speaker_pronouns.txt"))
        .filter_map(|line| {
            let (word, fit) = line.split_once(' ')?;
            let fit = match fit.trim() {
                "m" => PronounFit::Male,
                "f" => PronounFit::Female,
                "x" => PronounFit::Anyone,
                _ => PronounFit::Plural,
            };
            Some((word, fit))
        })
        .collect();
    Lexicon {
        speech_verbs,
        pronouns,
        roles,
    }
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

/// Run `f` on the ASCII-lowercased `word` without allocating (words longer than 32 bytes are
/// passed through unchanged; no lexicon entry is that long).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    if bytes.len() > 32 || !bytes.iter().any(u8::is_ascii_uppercase) {
        return f(word);
    }
    let mut buf = [0u8; 32];
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    // Lowercasing ASCII bytes keeps the UTF-8 valid.
    f(std::str::from_utf8(&buf[..bytes.len()]).unwrap_or(word))
}

impl Lexicon {
    /// Whether `word` (any case) is a speech verb.
    pub fn is_speech_verb(&self, word: &str) -> bool {
        with_lower(word, |w| self.speech_verbs.contains(w))
    }

    /// The fit of `word` as a speaker pronoun, if it is one.
    pub fn pronoun(&self, word: &str) -> Option<PronounFit> {
        with_lower(word, |w| self.pronouns.get(w).copied())
    }

    /// Whether `word` (any case, plural `-s` allowed) names a speaker role.
    pub fn is_role(&self, word: &str) -> bool {
        with_lower(word, |w| {
            self.roles.contains(w) || w.strip_suffix('s').is_some_and(|s| self.roles.contains(s))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_match_any_case() {
        let lex = lexicon();
        assert!(lex.is_speech_verb("said") && lex.is_speech_verb("Said"));
        assert!(!lex.is_speech_verb("spokesman"));
        assert_eq!(lex.pronoun("He"), Some(PronounFit::Male));
        assert_eq!(lex.pronoun("they"), Some(PronounFit::Plural));
        assert!(lex.is_role("Spokesman") && lex.is_role("officials"));
        assert!(!lex.is_role("valley"));
    }
}
