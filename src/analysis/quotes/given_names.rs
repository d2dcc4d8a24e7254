//! Given names that fit one pronoun: `assets/lexicon/given_name_gender.txt` (`m:Name` / `f:Name`,
//! names borne by men and women alike left out), loaded once. A "she said" never goes to a person
//! whose given name is a man's, nor "he said" to a woman's.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::PronounFit;

fn table() -> &'static HashMap<&'static str, PronounFit> {
    static TABLE: OnceLock<HashMap<&'static str, PronounFit>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../../assets/lexicon/given_name_gender.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| match l.trim().split_once(':') {
                Some(("m", name)) => Some((name, PronounFit::Male)),
                Some(("f", name)) => Some((name, PronounFit::Female)),
                _ => None,
            })
            .collect()
    })
}

/// The pronoun a person's name fits by its given name: the first of its first two words that is
/// a known given name ("Margit Olsen", "Professor Lukas Brändli"), if any.
pub fn fit_of_name(name: &str) -> Option<PronounFit> {
    name.split(' ')
        .take(2)
        .find_map(|w| table().get(w.trim_end_matches('.')).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_fit_their_pronoun_and_shared_ones_fit_none() {
        assert_eq!(fit_of_name("Margit Olsen"), Some(PronounFit::Female));
        assert_eq!(
            fit_of_name("Professor Lukas Brändli"),
            Some(PronounFit::Male)
        );
        assert_eq!(fit_of_name("Agnes Okoro"), Some(PronounFit::Female));
        assert_eq!(fit_of_name("Dmytro Hnatiuk"), Some(PronounFit::Male));
        assert_eq!(fit_of_name("Nokuthula Dlamini"), Some(PronounFit::Female));
        assert_eq!(fit_of_name("Jordan Reyes"), None);
        assert_eq!(fit_of_name("Okafor"), None);
    }

    #[test]
    fn no_name_is_listed_twice_or_for_both() {
        let text = include_str!("../../../assets/lexicon/given_name_gender.txt");
        let mut seen = std::collections::HashSet::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (_, name) = line.split_once(':').expect("m:Name or f:Name");
            assert!(seen.insert(name), "{name} listed twice");
        }
    }
}
