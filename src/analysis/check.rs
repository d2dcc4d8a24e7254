//! The structural invariants every [`Analysis`] must hold, checked in one place so that unit tests,
//! property tests and the fuzz target (`fuzz/`) all hold the engine to the same contract.
//!
//! - every span lies inside the body, on UTF-8 char boundaries, with `start <= end`;
//! - paragraphs and sentences are non-empty, trimmed of whitespace, in order and non-overlapping;
//!   every sentence lies inside one paragraph;
//! - an entity has a non-empty name and at least one mention; its mentions are non-empty and in
//!   text order; no two mentions (of any entities) overlap;
//! - quotes are in text order and do not overlap; a quote's speaker is a valid entity id; its
//!   speaker and cue spans are valid spans.

use super::{Analysis, Span};

/// Check `analysis` against `body`; the error names the first broken invariant.
pub fn invariants(body: &str, analysis: &Analysis) -> Result<(), String> {
    check_ordered("paragraph", body, &analysis.paragraphs, true)?;
    check_ordered("sentence", body, &analysis.sentences, true)?;
    check_sentences_in_paragraphs(&analysis.sentences, &analysis.paragraphs)?;
    check_entities(body, analysis)?;
    let quote_spans: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
    check_ordered("quote", body, &quote_spans, false)?;
    for (i, quote) in analysis.quotes.iter().enumerate() {
        if let Some(speaker) = quote.speaker {
            if speaker >= analysis.entities.len() {
                return Err(format!(
                    "quote {i}: speaker {speaker} is not an entity id (there are {})",
                    analysis.entities.len()
                ));
            }
        }
        for (what, span) in [("speaker span", quote.speaker_span), ("cue", quote.cue)] {
            if let Some(span) = span {
                check_span(body, span).map_err(|e| format!("quote {i}: {what} {e}"))?;
                if span.is_empty() {
                    return Err(format!("quote {i}: {what} {span:?} is empty"));
                }
            }
        }
    }
    Ok(())
}

/// A span inside `body`, ordered, on char boundaries.
pub fn check_span(body: &str, span: Span) -> Result<(), String> {
    if span.start > span.end {
        return Err(format!("{span:?} ends before it starts"));
    }
    if span.end > body.len() {
        return Err(format!(
            "{span:?} runs past the body ({} bytes)",
            body.len()
        ));
    }
    if !body.is_char_boundary(span.start) || !body.is_char_boundary(span.end) {
        return Err(format!("{span:?} is not on char boundaries"));
    }
    Ok(())
}

/// Valid, in order, non-overlapping spans; with `trimmed`, also non-empty and without surrounding
/// whitespace.
fn check_ordered(what: &str, body: &str, spans: &[Span], trimmed: bool) -> Result<(), String> {
    let mut previous_end = 0;
    for (i, &span) in spans.iter().enumerate() {
        check_span(body, span).map_err(|e| format!("{what} {i}: {e}"))?;
        if span.start < previous_end {
            return Err(format!(
                "{what} {i}: {span:?} starts before the previous one ends ({previous_end})"
            ));
        }
        previous_end = span.end;
        if trimmed {
            let text = span.text(body);
            if text.is_empty() || text.trim() != text {
                return Err(format!("{what} {i}: {text:?} is empty or not trimmed"));
            }
        }
    }
    Ok(())
}

fn check_sentences_in_paragraphs(sentences: &[Span], paragraphs: &[Span]) -> Result<(), String> {
    let mut p = 0;
    for (i, s) in sentences.iter().enumerate() {
        while p < paragraphs.len() && paragraphs[p].end < s.end {
            p += 1;
        }
        let inside = paragraphs
            .get(p)
            .is_some_and(|para| para.start <= s.start && s.end <= para.end);
        if !inside {
            return Err(format!("sentence {i}: {s:?} is not inside one paragraph"));
        }
    }
    Ok(())
}

fn check_entities(body: &str, analysis: &Analysis) -> Result<(), String> {
    let mut all = Vec::new();
    for (id, entity) in analysis.entities.iter().enumerate() {
        if entity.name.trim().is_empty() {
            return Err(format!("entity {id}: empty name"));
        }
        if entity.mentions.is_empty() {
            return Err(format!("entity {id} ({:?}): no mentions", entity.name));
        }
        let what = format!("entity {id} ({:?}) mention", entity.name);
        check_ordered(&what, body, &entity.mentions, true)?;
        all.extend(entity.mentions.iter().map(|&m| (m, id)));
    }
    all.sort_unstable();
    for pair in all.windows(2) {
        let ((a, ida), (b, idb)) = (pair[0], pair[1]);
        if a.overlaps(b) {
            return Err(format!(
                "mentions overlap: {:?} {a:?} of entity {ida} and {:?} {b:?} of entity {idb}",
                a.text(body),
                b.text(body)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Entity, EntityKind, Quote, QuoteKind};

    #[test]
    fn the_engine_holds_the_invariants_on_a_small_article() {
        let body = "The mayor spoke. “We will rebuild,” she said.\n\nCrews arrived on Monday.";
        invariants(body, &analyze(body)).unwrap();
        invariants("", &analyze("")).unwrap();
    }

    #[test]
    fn broken_analyses_are_caught() {
        let body = "Ana Diaz met Ana Diaz. Then é.";
        let good = analyze(body);
        let mut a = good.clone();
        a.sentences.reverse();
        assert!(invariants(body, &a).is_err());

        let mut a = good.clone();
        a.sentences = vec![Span::new(0, 99)];
        assert!(invariants(body, &a).unwrap_err().contains("past the body"));

        let e = |mentions: Vec<Span>| Entity {
            name: "Ana Diaz".into(),
            kind: EntityKind::Person,
            mentions,
        };
        let mut a = good.clone();
        a.entities = vec![e(vec![Span::new(0, 8)]), e(vec![Span::new(4, 8)])];
        assert!(invariants(body, &a).unwrap_err().contains("overlap"));

        let mut a = good.clone();
        a.entities = vec![e(vec![Span::new(28, 29)])];
        assert!(invariants(body, &a)
            .unwrap_err()
            .contains("char boundaries"));

        let mut a = good;
        a.entities.clear();
        a.quotes = vec![Quote {
            span: Span::new(0, 3),
            speaker: Some(0),
            speaker_span: None,
            cue: None,
            kind: QuoteKind::Direct,
        }];
        assert!(invariants(body, &a).unwrap_err().contains("speaker 0"));
    }
}
