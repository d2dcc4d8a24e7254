//! Speakers the text says it will not name: `A spokesperson for the Commission, who asked not to
//! be named, said …`, `… said an official, speaking on condition of anonymity`. The words they
//! speak are no one's we can name, so the quote's speaker id stays empty, whatever organisation
//! or place the description mentions.

use super::cues::Cue;

/// The phrases that mark a source as anonymous, in lower case.
const MARKERS: [&str; 8] = [
    "not to be named",
    "not be named",
    "to be identified",
    "not be identified",
    "condition of anonymity",
    "declined to be named",
    "not want to be named",
    "requested anonymity",
];

/// The last words of the markers, looked for first.
const STEMS: [&[u8]; 3] = [b"named", b"identified", b"anonymity"];

/// How far past the attribution an anonymity clause may run (`said an aide, who asked not to be
/// named because …`), in bytes.
const REACH: usize = 160;

/// Whether the attribution `cue` describes a speaker the text declines to name: a marker lies
/// between the speaker and the cue, or in the clause right after whichever of the two comes
/// last, up to the next quote mark or sentence end.
pub fn declines_name(body: &str, cue: &Cue) -> bool {
    let Some(speaker) = cue.speaker else {
        return false;
    };
    // Bytes throughout: a window edge inside a character only cuts the search short.
    let bytes = body.as_bytes();
    let start = speaker.span.start.min(cue.cue.start);
    let mut end = speaker.span.end.max(cue.cue.end);
    let tail = &bytes[end..bytes.len().min(end + REACH)];
    let clause = tail
        .windows(3)
        .position(|w| {
            matches!(w[0], b'.' | b'"' | b'\n')
                || (w[0] == 0xE2 && w[1] == 0x80 && matches!(w[2], 0x9C | 0x9D))
        })
        .unwrap_or(tail.len());
    end += clause;
    let window = &bytes[start..end];
    // Every marker ends in one of these stems; most attributions hold none of them.
    if !STEMS
        .iter()
        .any(|stem| memchr::memmem::find(window, stem).is_some())
    {
        return false;
    }
    MARKERS.iter().any(|m| {
        window
            .windows(m.len())
            .any(|w| w.eq_ignore_ascii_case(m.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::super::cues::{Form, Speaker};
    use super::*;
    use crate::analysis::span::Span;

    fn cue_of(body: &str, speaker: &str, verb: &str) -> Cue {
        let at = |w: &str| {
            let s = body.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        Cue {
            cue: at(verb),
            speaker: Some(Speaker {
                span: at(speaker),
                form: Form::Name,
            }),
            adjacent: false,
        }
    }

    #[test]
    fn sources_who_ask_not_to_be_named_are_anonymous() {
        let body = "A spokesperson for the Commission, who asked not to be named because \
                    the case is open, said the claims “are examined.”";
        assert!(declines_name(body, &cue_of(body, "Commission", "said")));
        let body = "“It is over,” said an aide to Ruiz, speaking on condition of anonymity.";
        assert!(declines_name(body, &cue_of(body, "Ruiz", "said")));
        let body = "“It is over,” said Ruiz. Another aide, who asked not to be named, agreed.";
        assert!(!declines_name(body, &cue_of(body, "Ruiz", "said")));
        let body = "A spokesperson for the Commission said the claims “are examined.”";
        assert!(!declines_name(body, &cue_of(body, "Commission", "said")));
        // A window that ends inside a curly mark or an accented letter does not panic.
        let body = "“Go,” said Ruiz “é";
        assert!(!declines_name(body, &cue_of(body, "Ruiz", "said")));
    }
}
