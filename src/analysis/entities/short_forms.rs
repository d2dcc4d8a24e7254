//! Short forms of an institution's name within one article: "Labour Ministry" for "Ministry of
//! Labour and Social Economy", "Election Commission" for "Election Commission of India". Decided
//! conservatively on the words alone; the caller only offers organizations.

/// Words that carry no content in an institution's name.
const FILLER: &[&str] = &["of", "for", "and", "the", "&"];

/// How well `short` abbreviates `full`: `None` when it does not, else the number of content words of
/// `full` that `short` leaves out (lower is closer).
pub fn short_form_gap(short: &str, full: &str) -> Option<usize> {
    // A plain byte scan: the names are short, so a substring searcher costs more to set up.
    let at = full.as_bytes().windows(4).position(|w| w == b" of ")?;
    let (head, object) = (&full[..at], &full[at + 4..]);
    if short == head {
        // "Election Commission" for "Election Commission of India": a head of two or more words.
        return head.contains(' ').then(|| object.split(' ').count());
    }
    // "Labour Ministry" for "Ministry of Labour": the one-word head last, the object's words before.
    if head.contains(' ') {
        return None;
    }
    let (modifiers, last) = short.rsplit_once(' ')?;
    if last != head {
        return None;
    }
    let content = || {
        object
            .split(' ')
            .filter(|w| !FILLER.contains(w))
            .map(|w| w.trim_end_matches(','))
    };
    let all_in = modifiers
        .split(' ')
        .all(|m| !FILLER.contains(&m) && content().any(|w| w == m));
    all_in.then(|| content().count() - modifiers.split(' ').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ministry_by_its_subject() {
        let full = "Ministry of Fisheries and Coastal Affairs";
        assert_eq!(short_form_gap("Fisheries Ministry", full), Some(2));
        assert_eq!(
            short_form_gap("Fisheries Ministry", "Ministry of Fisheries"),
            Some(0)
        );
        assert_eq!(short_form_gap("Transport Ministry", full), None);
        assert_eq!(short_form_gap("Fisheries Agency", full), None);
    }

    #[test]
    fn a_commission_without_its_country() {
        let full = "Electoral Commission of Ruritania";
        assert_eq!(short_form_gap("Electoral Commission", full), Some(1));
        assert_eq!(short_form_gap("Commission", full), None);
        assert_eq!(short_form_gap("Bank", "Bank of Freedonia"), None);
    }
}
