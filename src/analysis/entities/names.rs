//! Parts of a person's name as readers use them: the surname a news story calls someone by
//! ("De Smet" in "Jeroen De Smet", "van der Berg", "Okafor" in "Chidi Okafor Jr.").

/// Lowercase particles that belong to the surname that follows them.
const PARTICLES: &[&str] = &[
    "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "van",
    "von", "ten", "ter", "bin", "ibn", "bint", "al", "el", "abu",
];
/// Name endings that are not surnames.
const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// The surname of a person's `name`: its last word (a generational suffix skipped) with the
/// particles before it.
pub fn surname(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let is = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let mut last = words.len();
    while last > 1 && is(SUFFIXES, words[last - 1].1.trim_end_matches(',')) {
        last -= 1;
    }
    let Some(&(start, word)) = words.get(last.wrapping_sub(1)) else {
        return name;
    };
    let end = start + word.len();
    let mut first = last - 1;
    while first > 0 && is(PARTICLES, words[first - 1].1) {
        first -= 1;
    }
    &name[words[first].0..end]
}

#[cfg(test)]
mod tests {
    use super::surname;

    #[test]
    fn surnames_keep_their_particles_and_drop_suffixes() {
        assert_eq!(surname("Marleen Vos"), "Vos");
        assert_eq!(surname("Jeroen De Smet"), "De Smet");
        assert_eq!(surname("Pieter van der Berg"), "van der Berg");
        assert_eq!(surname("Chidi Okafor Jr."), "Okafor");
        assert_eq!(surname("Mohammed bin Salman"), "bin Salman");
        assert_eq!(surname("Nadia Okonkwo-Reyes"), "Okonkwo-Reyes");
    }

    #[test]
    fn a_short_name_stays_whole() {
        assert_eq!(surname("Madonna"), "Madonna");
        assert_eq!(surname("De Smet"), "De Smet");
        assert_eq!(surname("Jr."), "Jr.");
        assert_eq!(surname(""), "");
        assert_eq!(surname("  Ana  Lima "), "Lima");
    }
}
