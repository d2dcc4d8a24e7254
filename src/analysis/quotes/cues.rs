//! Attribution cues: the speech verb or phrase that attributes a quote (“said”, “told”,
//! “according to”) and the words naming the speaker, found in the clause right after the quote
//! (`“…,” X said.`, `“…,” said X.`, `“…,” X, the group’s head, said.`) or before it
//! (`X said: “…”`, `X said that … “…”`, `According to X, “…”`). Works on tokens only; mapping the
//! speaker words to an entity is the job of `attribute`.

use super::lexicon::{class, PronounFit};
use super::words::{is_capitalized, Token, TokenKind};
use crate::analysis::span::Span;

/// How the speaker is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A proper name ("Nazary", "Ali Karim", "the NRF").
    Name,
    /// A pronoun ("he").
    Pronoun(PronounFit),
    /// A description ("the spokesman"); `role` is its role noun when the lexicon knows one.
    Description { role: Option<Span> },
}

/// The words naming a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    pub form: Form,
}

/// An attribution found next to a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The cue verb or phrase.
    pub cue: Span,
    pub speaker: Option<Speaker>,
    /// Whether the cue introduces the quote directly (`X said: “…”`, `“…,” X said`).
    pub adjacent: bool,
}

/// Whether token `k` is a speech verb used as a verb (not “the claims”, not “was told”).
/// Inlined down to the class test: most words are no speech verb, and the caller asks about
/// every word of a clause.
#[inline]
fn is_cue_verb(toks: &[Token], k: usize, body: &str) -> bool {
    toks.get(k)
        .is_some_and(|t| t.is_word() && t.is(class::SPEECH_VERB))
        && is_speech_verb_used_as_verb(toks, k, body)
}

/// [`is_cue_verb`] for a token `k` in the speech-verb class.
fn is_speech_verb_used_as_verb(toks: &[Token], k: usize, body: &str) -> bool {
    let t = &toks[k];
    let w = t.text(body);
    if is_capitalized(w) {
        return false;
    }
    // `ruling that …` is a verb; `in her written ruling` is not.
    if w == "ruling" && toks.get(k + 1).is_none_or(|n| n.text(body) != "that") {
        return false;
    }
    // `was first reported by the researcher`: a passive names its speaker after `by`.
    if toks.get(k + 1).is_some_and(|n| n.text(body) == "by") && w.ends_with("ed") {
        return false;
    }
    match k.checked_sub(1).map(|j| &toks[j]) {
        Some(p) if p.is_word() && p.is(class::DETERMINER) => false,
        // `the union’s demands`: a noun after a possessive is no verb; `St. Brendan’s said`
        // (a name that ends in a possessive) is.
        Some(p) if is_possessive_word(p, body) || is_possessive_mark(toks, k - 1, body) => {
            w == "said" && is_capitalized(p.text(body))
        }
        Some(p) if p.is_word() && p.is(class::BE) => w.ends_with("ing"),
        _ => true,
    }
}

/// Whether a word is a possessive (`union’s`, `GUPW's`).
fn is_possessive_word(t: &Token, body: &str) -> bool {
    let w = t.text(body);
    t.is_word() && (w.ends_with("’s") || w.ends_with("'s"))
}

/// Whether a word is a US party-and-state tag set off after a politician's name (`D-Ohio`,
/// `R-Kan.`, `I-Vt.`): an aside, never the subject.
fn is_party_tag(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// Whether tokens `k`, `k+1` are “according to”.
fn is_according_to(toks: &[Token], k: usize) -> bool {
    toks[k].is(class::ACCORDING) && toks.get(k + 1).is_some_and(|t| t.is(class::TO))
}

/// Whether `toks` is a comma-closed aside between a subject and its verb: `, the group’s head,`
/// or `, 81,`; never a clause of its own (`, and that the team`).
fn is_aside(toks: &[Token], body: &str) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    first.kind == TokenKind::Comma
        && last.kind == TokenKind::Comma
        && toks.len() > 2
        && (1..toks.len() - 1).all(|i| {
            let t = &toks[i];
            let clause_word = t.is(class::CLAUSE_BREAK) && !is_capitalized(t.text(body));
            (t.kind == TokenKind::Dash || !breaks_phrase(toks, i, body)) && !clause_word
        })
}

/// Whether `toks` (from a comma to a comma) is one or more asides in a row: `, 71, who lives
/// nearby,`.
fn are_asides(toks: &[Token], body: &str) -> bool {
    let mut from = 0;
    for c in 1..toks.len() {
        if toks[c].kind == TokenKind::Comma {
            if !is_aside(&toks[from..=c], body) {
                return false;
            }
            from = c;
        }
    }
    from + 1 == toks.len()
}

/// Whether `toks[i]` is the apostrophe of a plural possessive (`the Midwives’ Association`):
/// a mark glued to a word ending in `s`, with a space after it.
fn is_possessive_mark(toks: &[Token], i: usize, body: &str) -> bool {
    let t = &toks[i];
    t.kind == TokenKind::Mark
        && matches!(t.text(body), "'" | "’")
        && i > 0
        && toks[i - 1].span.end == t.span.start
        && toks[i - 1].text(body).ends_with('s')
        && body[t.span.end..].starts_with(' ')
}

/// Whether `toks[i]` ends a phrase: punctuation other than a possessive apostrophe or a
/// symbol inside a name (`Hygiene & Tropical Medicine`).
fn breaks_phrase(toks: &[Token], i: usize, body: &str) -> bool {
    !matches!(toks[i].kind, TokenKind::Word | TokenKind::Other)
        && !is_possessive_mark(toks, i, body)
}

fn is_adverb(t: &Token, body: &str) -> bool {
    let w = t.text(body);
    t.is_word() && !is_capitalized(w) && (w.ends_with("ly") || t.is(class::AUX))
}

/// The speaker named by a noun-phrase run of word tokens, read as a subject.
pub fn noun_phrase(toks: &[Token], body: &str) -> Option<Speaker> {
    let words = toks
        .iter()
        .rposition(|t| !t.is_word())
        .map_or(toks, |p| &toks[p + 1..]);
    // Keep the tail after the last clause-breaking word.
    let words = words
        .iter()
        .rposition(|t| t.is(class::CLAUSE_BREAK) && !is_capitalized(t.text(body)))
        .map_or(words, |p| &words[p + 1..]);
    if let Some(owner) = document_owner(words, body) {
        return Some(owner);
    }
    let last = words.last()?;
    let last_text = last.text(body);
    if let Some(fit) = PronounFit::of(last.class) {
        return Some(Speaker {
            span: last.span,
            form: Form::Pronoun(fit),
        });
    }
    if is_capitalized(last_text) && !last.is(class::ROLE) {
        // A name run: capitalized words and name particles, read backwards.
        let mut first = words.len() - 1;
        while first > 0 {
            let t = words[first - 1].text(body);
            let ok = (is_capitalized(t) && !words[first - 1].is(class::NOT_NAME))
                || (words[first - 1].is(class::PARTICLE) && !is_capitalized(t));
            if !ok || t.ends_with("’s") || t.ends_with("'s") {
                break;
            }
            first -= 1;
        }
        while first < words.len() - 1 && words[first].is(class::NOT_NAME) {
            first += 1;
        }
        if words[first].is(class::NOT_NAME) {
            return None;
        }
        // `lawyers for Brightway Freight`, `a spokesman for NATO`, `a spokeswoman in Manila`:
        // the name is not the speaker.
        let of_name = first >= 2
            && words[first - 1].is(class::OF | class::NP_BREAK)
            && !is_capitalized(words[first - 1].text(body));
        if !of_name {
            return Some(Speaker {
                span: Span::new(words[first].span.start, last.span.end),
                form: Form::Name,
            });
        }
    }
    // A description: from its determiner (or at most six words back) to the end.
    let start = words.len().saturating_sub(6);
    let start = words[start..]
        .iter()
        .position(|t| t.is(class::DETERMINER))
        .map_or(start, |p| start + p);
    let phrase = &words[start..];
    // `with affected people`: a prepositional phrase names nobody.
    if phrase[0].is(class::NP_BREAK | class::OF) && !is_capitalized(phrase[0].text(body)) {
        return None;
    }
    let role = phrase
        .iter()
        .rev()
        .find(|t| t.is(class::ROLE))
        .map(|t| t.span);
    // `The Association of Freight Carriers`: a long description is only an organisation's name.
    let proper = phrase[1..].iter().all(|t| {
        is_capitalized(t.text(body)) || (t.is(class::OF | class::PARTICLE) && t.is_word())
    });
    if role.is_none() && phrase.len() > 4 && !proper {
        return None;
    }
    Some(Speaker {
        span: Span::new(phrase[0].span.start, last.span.end),
        form: Form::Description { role },
    })
}

/// `a statement on the ministry’s website`, `Harbex’s statement`: a document phrase with a
/// possessive owner (not itself the document, no role noun in the phrase) speaks for that owner.
fn document_owner(words: &[Token], body: &str) -> Option<Speaker> {
    if !words.iter().any(|t| t.is(class::DOCUMENT)) || words.iter().any(|t| t.is(class::ROLE)) {
        return None;
    }
    let p = words
        .iter()
        .position(|t| is_possessive_word(t, body) && !t.is(class::DOCUMENT))?;
    let w = words[p].text(body);
    let cut = if w.ends_with("’s") { "’s".len() } else { 2 };
    let end = words[p].span.end - cut;
    if is_capitalized(w) {
        // The capitalised run ending at the possessive: `Harbex’s`, `Alder Group’s`.
        let first = (0..p)
            .rev()
            .take_while(|&i| {
                let t = words[i].text(body);
                is_capitalized(t) && !words[i].is(class::NOT_NAME | class::DOCUMENT)
            })
            .last()
            .unwrap_or(p);
        return Some(Speaker {
            span: Span::new(words[first].span.start, end),
            form: Form::Name,
        });
    }
    // `the ministry’s`: a definite description of one word.
    let the = p.checked_sub(1).map(|i| &words[i])?;
    the.text(body).eq_ignore_ascii_case("the").then(|| Speaker {
        span: Span::new(the.span.start, end),
        form: Form::Description { role: None },
    })
}

/// Whether a speaker phrase names a thing that never speaks (`the footage`, `the placards`).
pub fn is_thing(speaker: &Speaker, toks: &[Token]) -> bool {
    matches!(speaker.form, Form::Description { .. })
        && toks
            .iter()
            .rfind(|t| t.span.end <= speaker.span.end && t.span.start >= speaker.span.start)
            .is_some_and(|t| t.is(class::NON_SPEAKER))
}

/// The noun phrase read forward from `toks[0]` (after an inverted verb or “according to”). A
/// document speaks for its author: “a statement from the ministry” reads as “the ministry”.
fn forward_phrase(toks: &[Token], body: &str) -> Option<Speaker> {
    let lead = usize::from(toks.first().is_some_and(|t| t.is(class::DETERMINER)));
    let document = toks.get(lead).is_some_and(|t| t.is(class::DOCUMENT));
    let source = toks
        .get(lead + 1)
        .is_some_and(|t| t.is(class::OF) || t.text(body) == "by" || t.text(body) == "issued");
    if document && source && toks.len() > lead + 2 {
        return forward_phrase(&toks[lead + 2..], body);
    }
    // `a post on the ministry’s channel`: the owner of the page that carried it.
    let carried = toks
        .get(lead + 1)
        .is_some_and(|t| matches!(t.text(body), "on" | "in"));
    if document && carried {
        let words = toks.iter().take(8).take_while(|t| t.is_word()).count();
        if let Some(owner) = document_owner(&toks[..words], body) {
            return Some(owner);
        }
    }
    let end = toks
        .iter()
        .enumerate()
        .position(|(i, t)| {
            // `Martin Kaye of Port Ellis University`: the name ends before its institution.
            let after_name =
                i > 0 && is_capitalized(toks[i - 1].text(body)) && !toks[i - 1].is(class::ROLE);
            !t.is_word() || t.is(class::NP_BREAK) || (after_name && t.is(class::OF))
        })
        .unwrap_or(toks.len());
    let end = end.min(8);
    let phrase = noun_phrase(&toks[..end], body)?;
    // `according to the firm’s head of research, Ana Ruiz`: the apposed name is the speaker.
    if matches!(phrase.form, Form::Description { .. })
        && toks.get(end).is_some_and(|t| t.kind == TokenKind::Comma)
    {
        let rest = &toks[end + 1..];
        let names = rest
            .iter()
            .take_while(|t| {
                t.is_word() && is_capitalized(t.text(body)) && !t.is(class::NOT_NAME | class::ROLE)
            })
            .count();
        let closed = rest.get(names).is_none_or(|t| !t.is_word());
        if (1..=4).contains(&names) && closed {
            return Some(Speaker {
                span: Span::new(rest[0].span.start, rest[names - 1].span.end),
                form: Form::Name,
            });
        }
    }
    Some(phrase)
}

/// The attribution in the clause after a quote. `sentence_ended`: the quote closed its own
/// sentence, so only a bare `X said.` clause may still attribute it.
pub fn after(toks: &[Token], body: &str, sentence_ended: bool) -> Option<Cue> {
    let lead = toks
        .iter()
        .position(|t| !matches!(t.kind, TokenKind::Comma | TokenKind::Dash))
        .unwrap_or(toks.len());
    let stop = (0..toks.len())
        .position(|i| {
            matches!(
                toks[i].kind,
                TokenKind::Stop | TokenKind::Mark | TokenKind::Colon
            ) && !is_possessive_mark(toks, i, body)
        })
        .unwrap_or(toks.len());
    if lead >= stop {
        return None;
    }
    let clause = &toks[lead..stop];
    if sentence_ended && clause.len() > 5 {
        return None;
    }
    // `said X`, `according to X`
    if is_cue_verb(clause, 0, body) {
        let phrase = forward_phrase(&clause[1..], body);
        return Some(Cue {
            cue: clause[0].span,
            speaker: phrase,
            adjacent: true,
        });
    }
    if is_according_to(clause, 0) {
        return Some(Cue {
            cue: Span::new(clause[0].span.start, clause[1].span.end),
            speaker: forward_phrase(&clause[2..], body),
            adjacent: true,
        });
    }
    // `X said`, `X, the group’s head, said`
    let first_comma = clause
        .iter()
        .position(|t| t.kind != TokenKind::Word)
        .unwrap_or(clause.len());
    for k in 1..clause.len().min(18) {
        if !is_cue_verb(clause, k, body) {
            continue;
        }
        let mut subject_end = k;
        while subject_end > 0 && is_adverb(&clause[subject_end - 1], body) {
            subject_end -= 1;
        }
        let subject = &clause[..first_comma.min(subject_end)];
        if subject.is_empty() || subject.len() > 7 {
            break;
        }
        // The subject touches its verb, or only a comma-closed aside stands between them (`X,
        // the group’s head, said`); `“…” with affected people, and that … reported` is no
        // attribution.
        if first_comma < subject_end && !is_aside(&clause[first_comma..subject_end], body) {
            break;
        }
        if subject
            .iter()
            .any(|t| t.is(class::CLAUSE_BREAK) && !is_capitalized(t.text(body)))
        {
            break;
        }
        if sentence_ended && k + 1 < clause.len() {
            return None;
        }
        // `Iraq’s minister of water resources, Faisal al-Rubaie, said`: a description with the
        // name in apposition is that name.
        let apposed = || {
            let aside = clause.get(first_comma + 1..subject_end.checked_sub(1)?)?;
            let name = noun_phrase(aside, body)?;
            let whole = name.span == Span::new(aside.first()?.span.start, aside.last()?.span.end);
            // `Faisal al-Rubaie`: a name ending in a particle-joined word reads as a
            // description without a role.
            let named = match name.form {
                Form::Name => true,
                Form::Description { role: None } => is_capitalized(aside[0].text(body)),
                _ => false,
            };
            (named && whole).then_some(name)
        };
        return noun_phrase(subject, body)
            .filter(|s| !is_thing(s, subject))
            .map(|s| match s.form {
                Form::Description { .. } if first_comma < subject_end => apposed().unwrap_or(s),
                _ => s,
            })
            .map(|speaker| Cue {
                cue: clause[k].span,
                speaker: Some(speaker),
                adjacent: true,
            });
    }
    if sentence_ended {
        return None;
    }
    // `…, according to X`
    (0..clause.len())
        .find(|&k| is_according_to(clause, k))
        .map(|k| Cue {
            cue: Span::new(clause[k].span.start, clause[k + 1].span.end),
            speaker: forward_phrase(&clause[k + 2..], body),
            adjacent: false,
        })
}

/// The attribution of a quote that is a whole sentence by the sentence right after it, which
/// opens with the speaker's name and a speech verb (`“…” Ingrid Halloran says this without…`).
/// Read only when nothing nearer attributes the quote.
pub fn next_sentence(toks: &[Token], body: &str) -> Option<Cue> {
    if let Some(cue) = source_sentence(toks, body) {
        return Some(cue);
    }
    let names = name_run(toks, body);
    if names == 0 || names > 4 || names >= toks.len() {
        return None;
    }
    // `Mark Tsosie, a biologist with the tribe, said …`: asides may follow the name (`Ann Ray,
    // 71, who lives nearby, said`).
    let verb = if toks[names].kind == TokenKind::Comma {
        (names + 2..toks.len().min(names + 20))
            .filter(|&c| toks[c].kind == TokenKind::Comma)
            .find(|&c| is_cue_verb(toks, c + 1, body) && are_asides(&toks[names..=c], body))
            .map_or(names, |c| c + 1)
    } else {
        names
    };
    if !is_cue_verb(toks, verb, body) {
        return None;
    }
    Some(Cue {
        cue: toks[verb].span,
        speaker: Some(Speaker {
            span: Span::new(toks[0].span.start, toks[names - 1].span.end),
            form: Form::Name,
        }),
        adjacent: false,
    })
}

/// How many capitalised name words open `toks`.
fn name_run(toks: &[Token], body: &str) -> usize {
    toks.iter()
        .take_while(|t| {
            t.is_word() && is_capitalized(t.text(body)) && !t.is(class::NOT_NAME | class::ROLE)
        })
        .count()
}

/// A sentence that names the source of the quote before it: `The words came from X`, `That was
/// X`. The name must be followed by the sentence's end or a comma.
pub fn source_sentence(toks: &[Token], body: &str) -> Option<Cue> {
    let text = |i: usize| toks.get(i).map_or("", |t| t.text(body));
    let lead = if matches!(text(0), "That" | "This") && text(1) == "was" {
        2
    } else if matches!(text(0), "The" | "Those" | "These")
        && matches!(
            text(1),
            "words"
                | "remark"
                | "remarks"
                | "comment"
                | "comments"
                | "warning"
                | "plea"
                | "message"
        )
        && matches!(text(2), "came" | "come")
        && text(3) == "from"
    {
        4
    } else {
        return None;
    };
    let rest = &toks[lead..];
    let names = name_run(rest, body);
    let closed = rest.get(names).is_none_or(|t| !t.is_word());
    if names == 0 || names > 4 || !closed {
        return None;
    }
    Some(Cue {
        cue: Span::new(toks[0].span.start, toks[lead - 1].span.end),
        speaker: Some(Speaker {
            span: Span::new(rest[0].span.start, rest[names - 1].span.end),
            form: Form::Name,
        }),
        adjacent: false,
    })
}

/// The attribution in the clause before a quote (from the sentence start up to the quote).
pub fn before(toks: &[Token], body: &str) -> Option<Cue> {
    let start = (0..toks.len())
        .rposition(|i| {
            matches!(toks[i].kind, TokenKind::Stop | TokenKind::Mark)
                && !is_possessive_mark(toks, i, body)
        })
        .map_or(0, |p| p + 1);
    let toks = &toks[start..];
    let trailing = toks.iter().rposition(|t| t.is_word()).map_or(0, |p| p + 1);
    for k in (0..toks.len()).rev() {
        if k + 1 < toks.len() && is_according_to(toks, k) {
            let phrase_end = toks[k + 2..]
                .iter()
                .position(|t| !t.is_word())
                .map_or(toks.len(), |p| k + 2 + p);
            return Some(Cue {
                cue: Span::new(toks[k].span.start, toks[k + 1].span.end),
                speaker: forward_phrase(&toks[k + 2..phrase_end], body),
                adjacent: phrase_end == toks.len() || phrase_end + 1 == toks.len(),
            });
        }
        if !is_cue_verb(toks, k, body) {
            continue;
        }
        // `X called the plan “…”`: a labelling verb takes the quote as its object's label.
        // `“We were,” X said, pausing for a moment, “not good.”`: a participle aside after the
        // verb still leaves it next to the quote.
        let adjacent = (k + 1 >= trailing || participle_aside_tail(&toks[k + 1..], body))
            && !toks[k].is(class::NAMING);
        let speaker = subject_before(toks, k, body);
        // `the footage did not tell “…”`: a thing as subject attributes nothing.
        if speaker.is_none() && !adjacent || speaker.is_some_and(|s| is_thing(&s, toks)) {
            continue;
        }
        // `X said the company had promised ‘no cuts’`: the quote is X's report, so the
        // reporting verb earlier in the sentence names the speaker.
        let perfect = k > 0 && matches!(toks[k - 1].text(body), "had" | "has" | "have" | "would");
        if let Some(outer) = (0..k).rev().filter(|_| perfect).find(|&j| {
            // `promised to sign a bill, a measure Y had called “…”`: an apposition after a comma
            // is the writer's, not the reported clause.
            is_cue_verb(toks, j, body)
                && toks[j + 1..k]
                    .iter()
                    .all(|t| !matches!(t.kind, TokenKind::Colon | TokenKind::Comma))
        }) {
            if let Some(s) = subject_before(toks, outer, body) {
                return Some(Cue {
                    cue: toks[outer].span,
                    speaker: Some(s),
                    adjacent: false,
                });
            }
        }
        return Some(Cue {
            cue: toks[k].span,
            speaker,
            adjacent,
        });
    }
    None
}

/// Whether `toks` (what follows a cue verb up to the quote) is one comma-set participle aside:
/// `, pausing for a long moment,`.
fn participle_aside_tail(toks: &[Token], body: &str) -> bool {
    let [first, second, .., last] = toks else {
        return false;
    };
    let verb = second.text(body);
    first.kind == TokenKind::Comma
        && last.kind == TokenKind::Comma
        && verb.len() > 4
        && verb.ends_with("ing")
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && toks[2..toks.len() - 1].iter().all(Token::is_word)
}

/// The subject of the verb at `toks[k]`, read backwards: `X said`, `X, the head, said`,
/// `X, the head, who said`.
fn subject_before(toks: &[Token], k: usize, body: &str) -> Option<Speaker> {
    let mut end = k;
    while end > 0 && is_adverb(&toks[end - 1], body) {
        end -= 1;
    }
    let segment_start = |end: usize| {
        (0..end)
            .rposition(|i| breaks_phrase(toks, i, body))
            .map_or(0, |p| p + 1)
    };
    if let Some(quoted) = quoted_as_saying(toks, k, body) {
        return Some(quoted);
    }
    let mut start = segment_start(end);
    // `she pointed to the river and said` (or `but said`): a coordinated verb shares the clause's
    // subject; `…
    // after the brewer cut its forecast and warned`: the clause opens after its subordinator.
    let coordinated = end > start + 2 && matches!(toks[end - 1].text(body), "and" | "but");
    if coordinated {
        let opens = (start..end - 1)
            .rfind(|&i| is_subordinator(&toks[i], body))
            .map_or(start, |i| i + 1);
        if let Some(subject) = leading_subject(&toks[opens..end - 1], body) {
            return Some(subject);
        }
    }
    // `X on Monday defended the plan, telling reporters that …`: a participle after a comma
    // speaks for the subject of its sentence.
    let participle = toks[k].text(body).ends_with("ing")
        && start == end
        && end > 0
        && toks[end - 1].kind == TokenKind::Comma;
    if participle {
        let mut sentence_start = (0..end)
            .rposition(|i| matches!(toks[i].kind, TokenKind::Stop | TokenKind::Colon))
            .map_or(0, |p| p + 1);
        // `In Baghdad, the broadcaster led …, calling it`: the subject follows an opening
        // prepositional phrase.
        if toks[sentence_start].is(class::NP_BREAK) && toks[sentence_start].is_word() {
            if let Some(c) = (sentence_start..end).find(|&i| toks[i].kind == TokenKind::Comma) {
                sentence_start = c + 1;
            }
        }
        if let Some(subject) = leading_subject(&toks[sentence_start..end], body) {
            return Some(subject);
        }
    }
    let relative = end - start == 1 && toks[start].is(class::RELATIVE);
    if start == end || relative {
        // An apposition or a relative clause: step back over comma-separated asides to the name.
        let mut seg_end = start;
        for _ in 0..3 {
            if seg_end == 0 || toks[seg_end - 1].kind != TokenKind::Comma {
                return None;
            }
            seg_end -= 1;
            let seg_start = segment_start(seg_end);
            if seg_start == seg_end {
                return None;
            }
            // `the group’s head`, `who farms nearby`, or an age: `Lucia Ferrante, 81, who said`.
            let age = seg_end - seg_start == 1
                && toks[seg_start]
                    .text(body)
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            let party = is_party_tag(&body[toks[seg_start].span.start..toks[seg_end - 1].span.end]);
            // `The Association of Freight Carriers, the industry’s trade group, said`: the
            // segment that opens the clause is its subject, determiner or not.
            let opens_clause = toks[seg_start].is(class::DETERMINER)
                && (seg_start == 0 || toks[seg_start - 1].kind != TokenKind::Comma);
            if opens_clause && !relative {
                return noun_phrase(&toks[seg_start..seg_end], body);
            }
            // `Joe Biden, speaking in Philadelphia, said`: a participle phrase is an aside too.
            let first = toks[seg_start].text(body);
            let participle_aside = first.len() > 4
                && first.ends_with("ing")
                && first.bytes().all(|b| b.is_ascii_lowercase());
            let aside = toks[seg_start].is(class::DETERMINER)
                || toks[seg_start].is(class::RELATIVE)
                || age
                || party
                || participle_aside;
            // `reported by the researcher Tobias Wren, who said`: a relative clause belongs to
            // the name right before its comma.
            if relative && aside {
                let named = noun_phrase(&toks[seg_start..seg_end], body)
                    .filter(|s| s.form == Form::Name && s.span.end == toks[seg_end - 1].span.end);
                let by_of = named.is_some_and(|s| {
                    let first = (seg_start..seg_end)
                        .find(|&i| toks[i].span.start == s.span.start)
                        .unwrap_or(seg_start);
                    first > seg_start && toks[first - 1].is(class::OF)
                });
                if named.is_some() && !by_of {
                    return named;
                }
            }
            if !aside {
                return noun_phrase(&toks[seg_start..seg_end], body)
                    .filter(|s| !matches!(s.form, Form::Description { .. }));
            }
            seg_end = seg_start;
        }
        return None;
    }
    if end - start > 7 {
        start = end - 7;
    }
    noun_phrase(&toks[start..end], body)
}

/// A lowercase word that opens a subordinate clause (`after`, `when`, `because`).
fn is_subordinator(t: &Token, body: &str) -> bool {
    matches!(
        t.text(body),
        "after" | "when" | "because" | "since" | "while" | "before" | "as" | "once" | "until"
    )
}

/// `The agency quoted Ivo Tal as saying`: the object of `quoted` is the speaker of `saying`;
/// `Ivo Tal was quoted as saying`: the subject of the passive is.
fn quoted_as_saying(toks: &[Token], k: usize, body: &str) -> Option<Speaker> {
    if toks[k].text(body) != "saying" || k < 2 || toks[k - 1].text(body) != "as" {
        return None;
    }
    let q = (k.saturating_sub(8)..k - 1)
        .rfind(|&j| matches!(toks[j].text(body), "quoted" | "quotes" | "quoting"))?;
    if q + 1 < k - 1 {
        let object = &toks[q + 1..k - 1];
        return object
            .iter()
            .all(Token::is_word)
            .then(|| noun_phrase(object, body))
            .flatten();
    }
    let passive = q > 0 && toks[q - 1].is(class::BE);
    passive.then(|| subject_before(toks, q - 1, body)).flatten()
}

/// The subject opening a clause (`she pointed …`, `Health Minister Ana Ruiz on Monday …`, `A
/// judge at the court …`): a pronoun, or a name or description followed by its verb phrase.
fn leading_subject(toks: &[Token], body: &str) -> Option<Speaker> {
    let first = toks.first()?;
    if let Some(fit) = PronounFit::of(first.class) {
        return Some(Speaker {
            span: first.span,
            form: Form::Pronoun(fit),
        });
    }
    let len = if first.is(class::DETERMINER) {
        // `A judge at the court`: a description up to its first preposition; `the brewer cut
        // its forecast`: up to the verb before the object's determiner.
        let object = toks
            .iter()
            .skip(2)
            .position(|t| t.is(class::DETERMINER))
            .map_or(toks.len(), |p| p + 1);
        // `the state broadcaster Al Iraqiya led`: a description ends with the name right after
        // its role word.
        let name = toks
            .iter()
            .skip(1)
            .position(|t| t.is_word() && is_capitalized(t.text(body)))
            .filter(|&p| toks[p].is(class::ROLE | class::ORG_HEAD))
            .map_or(toks.len(), |p| {
                let run = toks[p + 1..]
                    .iter()
                    .take_while(|t| t.is_word() && is_capitalized(t.text(body)))
                    .count();
                p + 1 + run
            });
        toks.iter()
            .position(|t| !t.is_word() || t.is(class::NP_BREAK | class::OF))
            .unwrap_or(toks.len())
            .min(object)
            .min(name)
    } else {
        toks.iter()
            .position(|t| !t.is_word() || !is_capitalized(t.text(body)))
            .unwrap_or(toks.len())
    };
    // The phrase must stop before the clause does: a verb follows it.
    if len == 0 || len > 5 || len >= toks.len() {
        return None;
    }
    noun_phrase(&toks[..len], body).filter(|s| match s.form {
        Form::Description { role } => role.is_some() || toks[len - 1].is(class::ORG_HEAD),
        _ => true,
    })
}

/// Every speaker named as the subject of a speech cue in `toks` (a paragraph), in order: the
/// reported-speech attributions (`Karim claimed`, `according to Karim`).
pub fn named_speakers<'t>(toks: &'t [Token], body: &'t str) -> impl Iterator<Item = Speaker> + 't {
    (0..toks.len()).filter_map(move |k| {
        let speaker = if k + 1 < toks.len() && is_according_to(toks, k) {
            let end = toks[k + 2..]
                .iter()
                .position(|t| !t.is_word())
                .map_or(toks.len(), |p| k + 2 + p);
            forward_phrase(&toks[k + 2..end], body)
        } else if is_cue_verb(toks, k, body) {
            subject_before(toks, k, body)
        } else {
            None
        };
        speaker.filter(|s| s.form == Form::Name)
    })
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    fn show(body: &str, cue: Option<Cue>) -> Option<(&str, Option<&str>)> {
        cue.map(|c| (c.cue.text(body), c.speaker.map(|s| s.span.text(body))))
    }

    fn after_of(clause: &str) -> Option<(&str, Option<&str>)> {
        let mut toks = Vec::new();
        tokenize(clause, Span::new(0, clause.len()), &mut toks);
        show(clause, after(&toks, clause, false))
    }

    fn before_of(clause: &str) -> Option<(&str, Option<&str>)> {
        let mut toks = Vec::new();
        tokenize(clause, Span::new(0, clause.len()), &mut toks);
        show(clause, before(&toks, clause))
    }

    #[test]
    fn after_the_quote() {
        assert_eq!(
            after_of(" Nazary stated."),
            Some(("stated", Some("Nazary")))
        );
        assert_eq!(
            after_of(" said Ali Karim, the mayor."),
            Some(("said", Some("Ali Karim")))
        );
        assert_eq!(
            after_of(" he told reporters on Monday."),
            Some(("told", Some("he")))
        );
        assert_eq!(
            after_of(" Karim, the NRF’s head of external affairs, said."),
            Some(("said", Some("Karim")))
        );
        assert_eq!(
            after_of(" the spokesman for the ministry later said."),
            Some(("said", Some("the spokesman for the ministry")))
        );
        assert_eq!(
            after_of(" but also want to talk, according to their spokesman."),
            Some(("according to", Some("their spokesman")))
        );
        assert_eq!(after_of(" and asked the court to intervene."), None);
        let mut toks = Vec::new();
        tokenize(" Ingrid Halloran", Span::new(0, 16), &mut toks);
        assert_eq!(next_sentence(&toks, " Ingrid Halloran"), None);
        assert_eq!(
            after_of(" a new round, according to a statement from the commission."),
            Some(("according to", Some("the commission")))
        );
        assert_eq!(
            after_of(" Mr. Saleh has said."),
            Some(("said", Some("Mr. Saleh")))
        );
    }

    #[test]
    fn an_inverted_attribution_must_touch_the_quote() {
        // The clause after a quoted fragment goes on with the writer's sentence.
        assert_eq!(
            after_of(
                " with the tenants, and that no vote would be held before the panel reported."
            ),
            None
        );
        assert_eq!(after_of(" with nearby farmers."), None);
        assert_eq!(
            after_of(" according to the firm’s head of research, Ana Ruiz."),
            Some(("according to", Some("Ana Ruiz")))
        );
        assert_eq!(
            after_of(" said the club’s captain, Joe Marr, after the game."),
            Some(("said", Some("Joe Marr")))
        );
        assert_eq!(
            before_of("A bank spokeswoman in Lima said the rules required "),
            Some(("said", Some("A bank spokeswoman in Lima")))
        );
        // An aside between subject and verb is fine, a possessive plural inside it too.
        assert_eq!(
            after_of(" Okoro, the Growers’ Union head, said."),
            Some(("said", Some("Okoro")))
        );
    }

    #[test]
    fn subjects_of_coordinated_verbs_participles_and_relatives() {
        assert_eq!(
            before_of("Looking at the hills, he shook his head and said: "),
            Some(("said", Some("he")))
        );
        assert_eq!(
            before_of("Marta Lind closed the folder and added: "),
            Some(("added", Some("Marta Lind")))
        );
        assert_eq!(
            before_of("Transport Minister Ivo Berg on Friday backed the plan, telling reporters it would "),
            Some(("telling", Some("Transport Minister Ivo Berg")))
        );
        assert_eq!(
            before_of(
                "The leak was first reported by the engineer Paul Amis, who wrote that it was "
            ),
            Some(("wrote", Some("Paul Amis")))
        );
        // A long aside with a symbol and a plural possessive stays an aside.
        assert_eq!(
            before_of("Dr. Nina Sol, a lecturer at the School of Art & Design who advises the Growers’ Union, noted that yields "),
            Some(("noted", Some("Dr. Nina Sol")))
        );
        assert_eq!(
            before_of("Ana Diaz, the head of the Farmers’ Guild, said prices were "),
            Some(("said", Some("Ana Diaz")))
        );
    }

    #[test]
    fn round_two_subjects_and_cues() {
        // A noun after a possessive is no verb; the labelling verb's subject speaks.
        assert_eq!(
            before_of("Ferrow Docks called the union’s demands "),
            Some(("called", Some("Ferrow Docks")))
        );
        assert_eq!(
            before_of("The bill’s author, Sen. Ann Cole, D-Ohio, said it was "),
            Some(("said", Some("Sen. Ann Cole")))
        );
        assert_eq!(
            before_of("The Guild of Master Bakers, the trade’s lobby, said the tax would "),
            Some(("said", Some("The Guild of Master Bakers")))
        );
        assert_eq!(
            before_of("Ana Ruiz said the firm had promised "),
            Some(("said", Some("Ana Ruiz")))
        );
        assert_eq!(
            before_of("Ana Ruiz said a visitor once asked whether she was "),
            Some(("asked", Some("a visitor")))
        );
        assert_eq!(
            before_of("In her written ruling, the judge said the scheme was "),
            Some(("said", Some("the judge")))
        );
        assert_eq!(
            before_of("The judge ruled that the landlord had "),
            Some(("ruled", Some("The judge")))
        );
        let mut toks = Vec::new();
        let next = " Lena Sato, a biologist with the trust, said the weir should go.";
        tokenize(next, Span::new(0, next.len()), &mut toks);
        assert_eq!(
            show(next, next_sentence(&toks, next)),
            Some(("said", Some("Lena Sato")))
        );
        let next = " Ann Ray, 71, who lives by the depot, said the bus was late.";
        tokenize(next, Span::new(0, next.len()), &mut toks);
        assert_eq!(
            show(next, next_sentence(&toks, next)),
            Some(("said", Some("Ann Ray")))
        );
        let next = " The words came from Ida Brook, an engineer.";
        tokenize(next, Span::new(0, next.len()), &mut toks);
        assert_eq!(
            show(next, next_sentence(&toks, next)),
            Some(("The words came from", Some("Ida Brook")))
        );
        let next = " That was the end of it.";
        tokenize(next, Span::new(0, next.len()), &mut toks);
        assert_eq!(next_sentence(&toks, next), None);
    }

    #[test]
    fn round_four_documents_coordination_quoted_as_saying_and_things() {
        // A written statement speaks for the organisation whose site or channel carried it.
        assert_eq!(
            after_of(" a statement on the agency’s website said."),
            Some(("said", Some("the agency")))
        );
        assert_eq!(
            before_of("A notice on Harbex’s website said "),
            Some(("said", Some("Harbex")))
        );
        assert_eq!(
            after_of(" according to a post on the ministry’s channel."),
            Some(("according to", Some("the ministry")))
        );
        // The subject of the first verb carries over to a coordinated speech verb, past a
        // subordinating word.
        assert_eq!(
            before_of("Shares fell after the brewer cut its forecast and warned that sales had "),
            Some(("warned", Some("the brewer")))
        );
        // `X quoted Y as saying`: Y is the speaker.
        assert_eq!(
            before_of("The paper quoted Ivo Tal as saying the deal would "),
            Some(("saying", Some("Ivo Tal")))
        );
        assert_eq!(
            before_of("The radio quoted Ivo Tal as saying the sides had agreed to "),
            Some(("saying", Some("Ivo Tal")))
        );
        // Footage, data and figures say nothing: no cue from a thing as subject.
        assert_eq!(before_of("but that the video did not tell "), None);
        assert_eq!(before_of("The footage shows "), None);
        assert_eq!(after_of(" the placards said."), None);
        // People described as figures still speak.
        assert_eq!(
            before_of("Senior figures said "),
            Some(("said", Some("Senior figures")))
        );
        // A document that says or states stays a speaker's words.
        assert_eq!(
            before_of("The audit report said "),
            Some(("said", Some("The audit report")))
        );
    }

    #[test]
    fn before_the_quote() {
        assert_eq!(before_of("Karim said: "), Some(("said", Some("Karim"))));
        assert_eq!(
            before_of("However, Karim stated that the group was "),
            Some(("stated", Some("Karim")))
        );
        assert_eq!(
            before_of("According to Dana Holt, "),
            Some(("According to", Some("Dana Holt")))
        );
        assert_eq!(
            before_of("Peace needs reform, according to Karim, the NRF’s head, who added that there will be "),
            Some(("added", Some("Karim")))
        );
        assert_eq!(before_of("He was asked whether it was "), None);
        assert_eq!(
            before_of("Jakob Wendt, who farms near the weir, said he had lost "),
            Some(("said", Some("Jakob Wendt")))
        );
        assert_eq!(before_of("The claims were "), None);
        assert_eq!(
            before_of("Among them was Ana Ruiz, 81, who said she had left with "),
            Some(("said", Some("Ana Ruiz")))
        );
        assert_eq!(
            before_of("Lawyers for Brightway Freight argued that he ignored a "),
            Some(("argued", Some("Lawyers for Brightway Freight")))
        );
        assert_eq!(
            before_of("Ahead of the vote, the minister told "),
            Some(("told", Some("the minister")))
        );
    }
}
