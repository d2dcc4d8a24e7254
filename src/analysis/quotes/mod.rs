//! Direct quotations and their attribution to speakers.
//!
//! The pass: [`detect`] pairs quote marks per paragraph ([`marks`] decides each mark's role);
//! for each quote, [`cues`] finds the attribution in the clause after or before it (over
//! [`words`] tokens), [`kind`] tells a quoted clause from a quoted fragment, and [`attribute`]
//! maps the speaker words to an entity. Quotes without a cue inherit the speaker of the quote
//! they continue (the next paragraph of a multi-paragraph quote, `“A,” he said. “B.”`).

mod anonymous;
mod attribute;
mod cues;
mod detect;
mod given_names;
mod kind;
mod lexicon;
mod marks;
mod words;

use serde::Serialize;

use super::entities::Entity;
use super::span::Span;
use attribute::Resolver;
use cues::Cue;
use detect::RawQuote;
use words::{tokenize, Token};

/// Whether a quote is a quoted clause or more, or a fragment inside the writer's own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
}

/// One direct quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The text inside the quote marks, marks excluded.
    pub span: Span,
    /// The id (index) of the entity that said it.
    pub speaker: Option<usize>,
    /// The words of the attribution in the text ("Nazary", "he", "the spokesman").
    pub speaker_span: Option<Span>,
    /// The attribution verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    pub kind: QuoteKind,
}

/// The attribution of one raw quote, before continuation.
struct Found {
    cue: Option<Cue>,
    /// The cue sits between this quote and the previous one in the paragraph.
    cue_in_gap: bool,
}

/// The clause after `q`: up to the next quote in its paragraph or the paragraph end.
fn after_window(body: &str, q: &RawQuote, next: Option<&RawQuote>, para: Span) -> Option<Span> {
    let close = q.close?;
    let end = next
        .filter(|n| n.paragraph == q.paragraph)
        .map_or(para.end, |n| n.open.start);
    Some(Span::new(
        close.end,
        words::sentence_end(body, close.end, end),
    ))
}

/// The clause before `q`: from the previous quote in its paragraph (or the paragraph start).
fn before_window(body: &str, q: &RawQuote, prev: Option<&RawQuote>, para: Span) -> Span {
    let start = prev
        .filter(|p| p.paragraph == q.paragraph)
        .map_or(para.start, RawQuote::outer_end);
    Span::new(
        words::sentence_start(body, start, q.open.start),
        q.open.start,
    )
}

/// Token buffers reused from quote to quote: the clause after a quote and the one before it.
struct Buffers {
    after: Vec<Token>,
    before: Vec<Token>,
}

impl Default for Buffers {
    /// Room for a long sentence each, so a short article never grows them.
    fn default() -> Self {
        Buffers {
            after: Vec::with_capacity(64),
            before: Vec::with_capacity(64),
        }
    }
}

/// `continues`: the quote before it closed the previous paragraph as a quoted clause, so a
/// quote alone in its paragraph may go on with that speaker.
fn find_cue(
    body: &str,
    raw: &[RawQuote],
    i: usize,
    paras: (Span, Option<Span>),
    continues: bool,
    bufs: &mut Buffers,
) -> Found {
    let (para, next_para) = paras;
    let q = &raw[i];
    let prev = i.checked_sub(1).map(|j| &raw[j]);
    let mut after = None;
    if let Some(window) = after_window(body, q, raw.get(i + 1), para) {
        tokenize(body, window, &mut bufs.after);
        let ended = q.inner.text(body).ends_with('.');
        after = cues::after(&bufs.after, body, ended);
    } else {
        bufs.after.clear();
    }
    if after.is_some_and(|c| c.speaker.is_some()) {
        return Found {
            cue: after,
            cue_in_gap: false,
        };
    }
    let window = before_window(body, q, prev, para);
    tokenize(body, window, &mut bufs.before);
    let before = cues::before(&bufs.before, body);
    let gap = prev.is_some_and(|p| p.paragraph == q.paragraph && p.close.is_some());
    match before {
        Some(c) if c.speaker.is_some() || after.is_none() => Found {
            cue: Some(c),
            cue_in_gap: gap && c.adjacent,
        },
        None if after.is_none() => Found {
            cue: next_sentence_cue(body, q, para, &bufs.after).or_else(|| {
                let next = (next_para, continues);
                next_paragraph_cue(body, q, para, next, &mut bufs.after)
            }),
            cue_in_gap: false,
        },
        _ => Found {
            cue: after,
            cue_in_gap: false,
        },
    }
}

/// For a quote that is a sentence of its own and opens its paragraph or follows a finished
/// sentence, with no attribution around it: the next sentence may name the speaker.
fn next_sentence_cue(body: &str, q: &RawQuote, para: Span, after: &[Token]) -> Option<Cue> {
    let inner = q.inner.text(body);
    let before = body[para.start..q.open.start].trim_end();
    let standalone = before.is_empty() || before.ends_with(['.', '?', '!', '”', '"']);
    if !standalone || !inner.ends_with(['.', '?', '!']) {
        return None;
    }
    cues::next_sentence(after, body)
}

/// For a quote that is its whole paragraph: a next paragraph opening `The words came from X`,
/// or, unless the quote may go on from the previous paragraph's quoted clause, one opening with
/// a name and its speech verb (`‘…’ ¶ Ann Ray, 71, who lives nearby, said the bus …`).
fn next_paragraph_cue(
    body: &str,
    q: &RawQuote,
    para: Span,
    (next, continues): (Option<Span>, bool),
    toks: &mut Vec<Token>,
) -> Option<Cue> {
    let whole = q.open.start == para.start
        && q.close
            .is_some_and(|c| body[c.end..para.end].trim().is_empty());
    let next = next.filter(|_| whole)?;
    let end = words::sentence_end(body, next.start, next.end);
    tokenize(body, Span::new(next.start, end), toks);
    if continues {
        return cues::source_sentence(toks, body);
    }
    cues::next_sentence(toks, body)
}

/// Find the quotes of `body` and attribute them to `entities`.
pub fn find_quotes(
    body: &str,
    paragraphs: &[Span],
    _sentences: &[Span],
    entities: &[Entity],
) -> Vec<Quote> {
    let mut raw = Vec::new();
    detect::detect(body, paragraphs, &mut raw);
    if raw.is_empty() {
        return Vec::new();
    }
    let resolver = Resolver::new(
        body,
        paragraphs,
        entities,
        raw.iter().map(|q| q.inner).collect(),
    );
    let mut bufs = Buffers::default();
    let mut quotes: Vec<Quote> = Vec::with_capacity(raw.len());
    for (i, q) in raw.iter().enumerate() {
        let para = paragraphs[q.paragraph];
        let next_para = paragraphs.get(q.paragraph + 1).copied();
        let continues = i > 0
            && raw[i - 1].paragraph + 1 == q.paragraph
            && quotes[i - 1].kind == QuoteKind::Direct;
        let found = find_cue(body, &raw, i, (para, next_para), continues, &mut bufs);
        let prev_direct = i > 0 && quotes[i - 1].kind == QuoteKind::Direct;
        let around = kind::Surroundings {
            cue_adjacent_before: found
                .cue
                .is_some_and(|c| c.adjacent && c.cue.end <= q.open.start),
            resumes_direct_quote: found.cue_in_gap && prev_direct,
            unattributed: found.cue.is_none(),
        };
        // A title or a name in the writer's sentence is nobody's words.
        if kind::is_title(body, para, q) {
            quotes.push(Quote {
                span: q.inner,
                speaker: None,
                speaker_span: None,
                cue: None,
                kind: QuoteKind::Partial,
            });
            continue;
        }
        let speaker = found.cue.and_then(|c| c.speaker);
        quotes.push(Quote {
            span: q.inner,
            speaker: speaker
                .filter(|_| {
                    !found
                        .cue
                        .is_some_and(|c| anonymous::declines_name(body, &c))
                })
                .and_then(|s| resolver.resolve(s, q.paragraph)),
            speaker_span: speaker.map(|s| s.span),
            cue: found.cue.map(|c| c.cue),
            kind: kind::classify(body, para, q, around),
        });
    }
    introduced_speakers(body, &raw, paragraphs, &resolver, &mut quotes);
    inherit_speakers(body, &raw, paragraphs, &mut quotes);
    for i in 0..quotes.len() {
        let r = &raw[i];
        let q = &quotes[i];
        // `Asked what she would do next, Okonkwo-Reyes laughed. “Listen to music…”`: a bare
        // quoted clause goes to the one person its paragraph has named before it.
        if q.cue.is_none() && q.speaker_span.is_none() && q.kind == QuoteKind::Direct {
            // `“A” — he tapped the table — “b”`: the quote before, attributed just now, goes on.
            if i > 0 && raw[i - 1].paragraph == r.paragraph && quotes[i - 1].speaker.is_some() {
                let from = quotes[i - 1].clone();
                (quotes[i].speaker, quotes[i].speaker_span) = (from.speaker, from.speaker_span);
                continue;
            }
            let from = paragraphs[r.paragraph].start;
            // A speakerless fragment (a nickname, a label) between does not break the chain.
            let prev = (0..i)
                .rev()
                .take(4)
                .find(|&p| quotes[p].speaker_span.is_some() || quotes[p].kind == QuoteKind::Direct)
                .map(|p| (&raw[p], &quotes[p]));
            let found = resolver
                .sole_person(from, r.open.start)
                .or_else(|| pronoun_subject(body, from, r, prev, &resolver, &mut bufs.before));
            if let Some((span, id)) = found {
                (quotes[i].speaker, quotes[i].speaker_span) = (Some(id), Some(span));
            }
        }
    }
    quotes
}

/// `He pauses over a letter. “Look at this line.”`: the sentence right before a bare quote opens
/// with a singular personal pronoun and a verb, and that pronoun can mean only one person.
fn pronoun_subject(
    body: &str,
    from: usize,
    q: &RawQuote,
    prev: Option<(&RawQuote, &Quote)>,
    resolver: &Resolver,
    toks: &mut Vec<Token>,
) -> Option<(Span, usize)> {
    let end = from + body[from..q.open.start].trim_end().len();
    if end == from || !body[..end].ends_with(['.', '!']) {
        return None;
    }
    let start = words::sentence_start(body, from, end - 1);
    tokenize(body, Span::new(start, end), toks);
    let (first, second) = (toks.first()?, toks.get(1)?);
    if let Some(found) = role_subject(body, toks, q, resolver) {
        return Some(found);
    }
    if let Some(found) = tail_attribution(body, toks, q, resolver) {
        return Some(found);
    }
    let fit = lexicon::PronounFit::of(first.class)?;
    let verb = second.is_word() && !words::is_capitalized(second.text(body));
    let singular = matches!(fit, lexicon::PronounFit::Male | lexicon::PronounFit::Female);
    if !verb || !singular || !words::is_capitalized(first.text(body)) {
        return None;
    }
    let same_pronoun = |(p, pq): (&RawQuote, &Quote)| {
        // `“…,” she said. … She said the family was overwhelmed. “People …”`: the quote before
        // went to the same pronoun and nobody is named since.
        let said = pq.speaker_span?.text(body);
        let close = p.paragraph + 1 >= q.paragraph;
        let named = resolver.names_person(p.outer_end(), first.span.start);
        (close && !named && said.eq_ignore_ascii_case(first.text(body))).then_some(pq.speaker?)
    };
    resolver
        .sole_pronoun_referent(first.span.start, fit, q.paragraph)
        .or_else(|| prev.and_then(same_pronoun))
        .map(|id| (first.span, id))
}

/// `The first goal was the turning point, he said. “We lost the ball …”`: the sentence right
/// before a bare quote ends on its own short attribution (`, he said.`), and the quote goes on
/// with that speaker's words.
fn tail_attribution(
    body: &str,
    toks: &[Token],
    q: &RawQuote,
    resolver: &Resolver,
) -> Option<(Span, usize)> {
    let comma = toks
        .iter()
        .rposition(|t| t.kind == words::TokenKind::Comma)?;
    let cue = cues::after(&toks[comma..], body, true)?;
    let speaker = cue.speaker?;
    resolver
        .resolve(speaker, q.paragraph)
        .map(|id| (speaker.span, id))
}

/// `Asked about a recall, the striker laughed. “Ask me in a month.”`: the sentence right before
/// a bare quote has a person's role (`the striker`) as its subject, right before a verb, and the
/// article has named who holds that role.
fn role_subject(
    body: &str,
    toks: &[Token],
    q: &RawQuote,
    resolver: &Resolver,
) -> Option<(Span, usize)> {
    let subject = |at: usize| {
        let (the, role, verb) = (&toks[at], toks.get(at + 1)?, toks.get(at + 2)?);
        let opens = at == 0 || toks[at - 1].kind == words::TokenKind::Comma;
        let verb = verb.is_word()
            && !words::is_capitalized(verb.text(body))
            && !verb.is(lexicon::class::ROLE);
        let the = the.is_word() && the.text(body).eq_ignore_ascii_case("the");
        (the && opens && verb && role.is(lexicon::class::ROLE)).then_some((at, role))
    };
    let (at, role) = (0..toks.len()).find_map(subject)?;
    let span = Span::new(toks[at].span.start, role.span.end);
    let speaker = cues::Speaker {
        span,
        form: cues::Form::Description {
            role: Some(role.span),
        },
    };
    resolver
        .resolve(speaker, q.paragraph)
        .filter(|&id| resolver.is_person_id(id))
        .map(|id| (span, id))
}

/// Whether quote `q` stands in the same sentence as the quote `p` before it (`X called it “a”
/// and “b”`): `p` does not end a sentence and no sentence ends between them.
fn in_one_sentence(body: &str, p: &RawQuote, q: &RawQuote) -> bool {
    let from = p.outer_end();
    !p.inner.text(body).ends_with(['.', '?', '!'])
        && words::sentence_start(body, from, q.open.start) == from
        && !body[from..q.open.start].contains('\n')
}

/// Whether a quote was attributed to a speaker by a speech verb ("said", "told") rather than by a
/// verb that labels something with the quoted words ("called", "described as").
fn reported_speech(body: &str, quote: &Quote) -> bool {
    let verb = |cue: Span| cue.text(body).split_whitespace().next().unwrap_or("");
    let classes = quote.cue.map_or(0, |cue| lexicon::classes(verb(cue)));
    quote.speaker_span.is_some()
        && classes & lexicon::class::SPEECH_VERB != 0
        && classes & lexicon::class::NAMING == 0
}

/// `Professor Lukas Brändli, who led the work, described the moment the team saw the results.`
/// then a paragraph that is only a quote: a quoted clause with no attribution that is its whole
/// paragraph, right after a paragraph that holds no quote, goes to the person who opens that
/// paragraph as its subject (news introduces a speaker, then quotes them).
fn introduced_speakers(
    body: &str,
    raw: &[RawQuote],
    paragraphs: &[Span],
    resolver: &Resolver,
    quotes: &mut [Quote],
) {
    for i in 0..quotes.len() {
        let q = &raw[i];
        let bare = quotes[i].cue.is_none()
            && quotes[i].speaker_span.is_none()
            && quotes[i].kind == QuoteKind::Direct;
        // Most quotes are attributed: nothing more to read for them.
        if !bare {
            continue;
        }
        // The quote is the whole paragraph: no attribution the cue finder missed.
        let para = paragraphs[q.paragraph];
        let whole = q.open.start == para.start
            && body
                .get(q.outer_end().min(para.end)..para.end)
                .is_some_and(|rest| rest.trim().is_empty());
        let Some(before) = q.paragraph.checked_sub(1) else {
            continue;
        };
        // The paragraph before holds no quote (the quote before this one is further back).
        let unquoted = i == 0 || raw[i - 1].paragraph < before;
        if whole && unquoted {
            if let Some((span, id)) = resolver.opening_person(paragraphs[before]) {
                (quotes[i].speaker, quotes[i].speaker_span) = (Some(id), Some(span));
            }
        }
    }
}

/// Quotes with no attribution of their own take the speaker of the quote they continue: the
/// previous quote of the paragraph, or, for a quote opening its paragraph, the last quote of the
/// previous paragraph; a fragment takes the speaker of a quote earlier in its sentence; a
/// multi-paragraph quote attributed only at its end passes it back.
fn inherit_speakers(body: &str, raw: &[RawQuote], paragraphs: &[Span], quotes: &mut [Quote]) {
    let unattributed = |q: &Quote| q.cue.is_none() && q.speaker_span.is_none();
    // `…,” he said, before adding: “Maybe two.”`: a participle cue with no subject of its own.
    let subjectless = |q: &Quote| {
        q.speaker_span.is_none()
            && q.cue.is_some_and(|c| {
                matches!(
                    c.text(body),
                    "adding" | "saying" | "insisting" | "noting" | "explaining" | "continuing"
                )
            })
    };
    for i in 1..quotes.len() {
        let same_sentence_speaker = raw[i - 1].paragraph == raw[i].paragraph
            && subjectless(&quotes[i])
            && quotes[i - 1].speaker.is_some();
        if same_sentence_speaker {
            let from = quotes[i - 1].clone();
            let q = &mut quotes[i];
            (q.speaker, q.speaker_span) = (from.speaker, from.speaker_span);
            continue;
        }
        // Only an unattributed quote takes a speaker: most are skipped here.
        if !unattributed(&quotes[i]) {
            continue;
        }
        let (q, p) = (&raw[i], &raw[i - 1]);
        let opens_paragraph = q.open.start == paragraphs[q.paragraph].start;
        // Across paragraphs a quoted clause goes on, and so does a fragment of reported speech
        // (`She said they offered “a pittance.”` then a paragraph of quote); a fragment that only
        // labels something (`The ministry called it ‘a matter for the operator’.`) does not.
        let next_paragraph = opens_paragraph
            && p.paragraph + 1 == q.paragraph
            && (quotes[i - 1].kind == QuoteKind::Direct || reported_speech(body, &quotes[i - 1]));
        let continues = p.paragraph == q.paragraph || next_paragraph;
        if !continues {
            continue;
        }
        let kind_fits = quotes[i].kind == QuoteKind::Direct
            || (p.paragraph == q.paragraph && in_one_sentence(body, p, q));
        if kind_fits {
            let from = quotes[i - 1].clone();
            let q = &mut quotes[i];
            (q.speaker, q.speaker_span, q.cue) = (from.speaker, from.speaker_span, from.cue);
        }
    }
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (q, n) = (&raw[i], &raw[i + 1]);
        let chained = q.close.is_none()
            && n.paragraph == q.paragraph + 1
            && n.open.start == paragraphs[n.paragraph].start;
        if chained && unattributed(&quotes[i]) {
            let from = quotes[i + 1].clone();
            let q = &mut quotes[i];
            (q.speaker, q.speaker_span, q.cue) = (from.speaker, from.speaker_span, from.cue);
        }
    }
}

#[cfg(test)]
mod tests;
