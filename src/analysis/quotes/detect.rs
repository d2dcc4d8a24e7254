//! Quote detection: pairs quote marks in one forward pass per paragraph and yields the top-level
//! quotes (a ‘…’ nested in “…” is part of the outer quote). An unclosed quote ends at the end of
//! its paragraph; the news convention for multi-paragraph quotes (every paragraph opens with a
//! mark, only the last closes) falls out as one quote per paragraph.

use super::marks::{Context, Family, Mark, Role};
use crate::analysis::span::Span;

/// A quote as found by mark pairing, before classification and attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawQuote {
    /// The text inside the marks, trimmed of whitespace.
    pub inner: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote runs to the end of its paragraph.
    pub close: Option<Span>,
    /// Index of the paragraph the quote lies in.
    pub paragraph: usize,
}

impl RawQuote {
    /// Where the quote, marks included, ends.
    pub fn outer_end(&self) -> usize {
        self.close.map_or(self.inner.end, |c| c.end)
    }
}

/// An open quote during pairing.
#[derive(Clone, Copy)]
struct Open {
    family: Family,
    mark: Span,
    /// The family of a quote nested inside this one, if one is open.
    nested: Option<Family>,
}

/// Find every top-level quote of `body`, in text order.
pub fn detect(body: &str, paragraphs: &[Span], out: &mut Vec<RawQuote>) {
    // One search of the whole body for the first bytes of marks, each paragraph taking the
    // places inside it: a search per paragraph cost more to start than to run. (No mark holds
    // another's first byte, so every place is looked at, as a search from after each mark would.)
    let mut places = memchr::memchr3_iter(b'"', b'\'', 0xE2, body.as_bytes()).peekable();
    for (index, &para) in paragraphs.iter().enumerate() {
        while places.next_if(|&at| at < para.start).is_some() {}
        let inside = std::iter::from_fn(|| places.next_if(|&at| at < para.end));
        detect_in_paragraph(body, para, index, inside, out);
    }
}

fn trimmed(body: &str, start: usize, end: usize) -> Span {
    let s = &body[start..end];
    // Most quotes open and close on an ASCII char above the space (every ASCII whitespace char
    // is at most a space): nothing to trim, no chars decoded.
    let bytes = s.as_bytes();
    let kept = |b: &u8| (b'!'..0x80).contains(b);
    if bytes.first().is_some_and(kept) && bytes.last().is_some_and(kept) {
        return Span::new(start, end);
    }
    let rest = s.trim_start();
    let lead = s.len() - rest.len();
    Span::new(start + lead, start + lead + rest.trim_end().len())
}

fn emit(
    body: &str,
    open: Open,
    end: usize,
    close: Option<Span>,
    paragraph: usize,
    para: Span,
) -> Option<RawQuote> {
    if close.is_none() && open.family == Family::Single {
        // An unpaired single mark inside a sentence is far likelier a stray apostrophe than a
        // quote running to the paragraph end; one opening a sentence is a quote.
        let before = body[para.start..open.mark.start].trim_end();
        if !(before.is_empty() || before.ends_with(['.', '?', '!'])) {
            return None;
        }
    }
    let inner = trimmed(body, open.mark.end, end);
    (!inner.is_empty()).then_some(RawQuote {
        inner,
        open: open.mark,
        close,
        paragraph,
    })
}

/// The quotes of one paragraph; `places` are the body offsets in it where a mark may start, in
/// order.
fn detect_in_paragraph(
    body: &str,
    para: Span,
    paragraph: usize,
    places: impl Iterator<Item = usize>,
    out: &mut Vec<RawQuote>,
) {
    let text = para.text(body);
    let bytes = text.as_bytes();
    let mut outer: Option<Open> = None;
    for place in places {
        let at = place - para.start;
        let Some(mark) = Mark::at(bytes, at) else {
            continue;
        };
        let span = Span::new(place, place + mark.len());
        let ctx = Context { text, at, mark };
        let family = mark.family();
        match outer.as_mut() {
            None => {
                let role = match family {
                    Family::Double => ctx.double_role(false),
                    Family::Single => ctx.single_role(false),
                };
                if role == Role::Open {
                    outer = Some(Open {
                        family,
                        mark: span,
                        nested: None,
                    });
                }
            }
            Some(open) if open.family == family => {
                let role = match family {
                    Family::Double => ctx.double_role(true),
                    Family::Single => ctx.single_role(true),
                };
                match role {
                    Role::Close => {
                        let o = *open;
                        outer = None;
                        out.extend(emit(body, o, span.start, Some(span), paragraph, para));
                    }
                    Role::Open if family == Family::Double => {
                        // A new opener while one is open: the previous quote lost its closer.
                        let o = *open;
                        out.extend(emit(body, o, span.start, None, paragraph, para));
                        outer = Some(Open {
                            family,
                            mark: span,
                            nested: None,
                        });
                    }
                    _ => {}
                }
            }
            Some(open) => {
                let nested_open = open.nested == Some(family);
                let role = match family {
                    Family::Double => ctx.double_role(nested_open),
                    Family::Single => ctx.single_role(nested_open),
                };
                match role {
                    Role::Open if !nested_open => open.nested = Some(family),
                    Role::Close => open.nested = None,
                    _ => {}
                }
            }
        }
    }
    if let Some(o) = outer {
        out.extend(emit(body, o, para.end, None, paragraph, para));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn trimming_takes_the_ascii_shortcut_only_where_trim_would_keep_all() {
        for text in [
            "Yes,",
            " Yes ",
            "\u{a0}Yes",
            "Yes\u{2009}",
            "“Yes”",
            "\x0bYes",
            "a",
            "",
        ] {
            let want = {
                let lead = text.len() - text.trim_start().len();
                super::Span::new(lead, lead + text.trim().len())
            };
            assert_eq!(super::trimmed(text, 0, text.len()), want, "{text:?}");
        }
    }

    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    fn quotes(body: &str) -> Vec<&str> {
        let mut out = Vec::new();
        detect(body, &paragraphs(body), &mut out);
        out.iter().map(|q| q.inner.text(body)).collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            quotes("“We won,” she said. He said \"No way.\" Then “Fine.”"),
            ["We won,", "No way.", "Fine."]
        );
    }

    #[test]
    fn nested_single_quotes_belong_to_the_outer_quote() {
        assert_eq!(
            quotes("“He told me ‘never again’ and left,” she said."),
            ["He told me ‘never again’ and left,"]
        );
        assert_eq!(
            quotes("‘He called it “madness”,’ she said."),
            ["He called it “madness”,"]
        );
    }

    #[test]
    fn apostrophes_everywhere_are_not_quotes() {
        let body = "Massoud’s men don’t rest. The students’ union and the ’90s and rock ’n’ roll. It's Ali's.";
        assert!(quotes(body).is_empty());
        assert_eq!(
            quotes("‘We can’t pay the students’ fees,’ she said of the ’90s."),
            ["We can’t pay the students’ fees,"]
        );
    }

    #[test]
    fn british_single_quotes() {
        assert_eq!(
            quotes("‘It is over,’ he said, ‘for now.’"),
            ["It is over,", "for now."]
        );
        assert_eq!(quotes("'It is over,' he said."), ["It is over,"]);
    }

    #[test]
    fn unclosed_quote_ends_at_its_paragraph() {
        let body = "“First part. Second part.\n\n“Third part,” he said.\n\nNo quote here.";
        assert_eq!(quotes(body), ["First part. Second part.", "Third part,"]);
        assert_eq!(
            quotes("He said “we are ready\n\nNext para."),
            ["we are ready"]
        );
    }

    #[test]
    fn stray_single_mark_mid_paragraph_is_dropped() {
        assert!(quotes("The word 'bout appears and the 'ending").is_empty());
        assert_eq!(quotes("‘Go,’ he said. ‘Then run."), ["Go,", "Then run."]);
    }
}
