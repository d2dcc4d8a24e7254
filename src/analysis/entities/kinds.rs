//! Kind evidence: what one mention and its context say about the kind of its referent, as votes
//! that the article-level resolution adds up per entity ([`decide`]).
//!
//! Evidence: lexicons (countries, cities, demonyms, known organizations), name structure (title,
//! given name, organization or place word), and context (a speech verb after the name, a role noun
//! before it, an appositive, "the" before it, a place preposition, "northeast of").

use super::lexicon::{flag, Lexicon};
use super::tokens::{Shape, Token};
use crate::analysis::entities::EntityKind;

/// Votes per kind, indexed by [`index`].
pub type Votes = [f32; 5];

/// The vote slot of a kind.
pub const fn index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Group => 3,
        EntityKind::Other => 4,
    }
}

const PERSON: usize = 0;
const ORG: usize = 1;
const PLACE: usize = 2;
const GROUP: usize = 3;
const OTHER: usize = 4;

/// Words before a name that make it a place ("in Kabul", "near Riverton", "visited Lagos").
fn is_place_preposition(w: &[u8]) -> bool {
    matches!(
        w,
        b"in"
            | b"at"
            | b"from"
            | b"to"
            | b"into"
            | b"near"
            | b"across"
            | b"outside"
            | b"inside"
            | b"throughout"
            | b"towards"
            | b"toward"
            | b"via"
            | b"around"
            | b"between"
            | b"through"
            | b"reach"
            | b"visited"
            | b"visit"
            | b"along"
            | b"beyond"
    )
}

/// Nouns that, before b"of", make the name after it a place ("northeast of Kabul", "residents of X").
fn is_direction(w: &[u8]) -> bool {
    matches!(
        w,
        b"north"
            | b"south"
            | b"east"
            | b"west"
            | b"northeast"
            | b"northwest"
            | b"southeast"
            | b"southwest"
            | b"outskirts"
            | b"centre"
            | b"center"
            | b"suburbs"
            | b"heart"
            | b"capital"
            | b"residents"
            | b"city"
            | b"town"
            | b"village"
            | b"province"
            | b"region"
            | b"district"
            | b"districts"
            | b"streets"
            | b"mayor"
            | b"people"
            | b"citizens"
            | b"parts"
            | b"county"
            | b"state"
    )
}

/// Nouns that, before b"of", make the name after it an organization ("shares of Zentrix").
fn is_owned_by(w: &[u8]) -> bool {
    matches!(
        w,
        b"shares"
            | b"stake"
            | b"subsidiary"
            | b"division"
            | b"shareholders"
            | b"employees"
            | b"staff"
            | b"owner"
            | b"maker"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"members"
            | b"ceo"
            | b"executive"
            | b"board"
            | b"chairman"
            | b"headquarters"
            | b"unit"
            | b"founder"
            | b"acquisition"
            | b"takeover"
            | b"leader"
            | b"leadership"
            | b"branch"
    )
}

/// Whether `w` ends like a single-word place name ("Riverton", "Eastfield", "Kazakhstan"): a weak
/// hint only. The endings are grouped by their last letter, which rules out most words at once.
#[inline(always)]
fn has_place_ending(w: &str) -> bool {
    let ends = |endings: &[&str]| endings.iter().any(|e| w.ends_with(e));
    match w.as_bytes().last() {
        Some(b'n') => ends(&["ton", "stan"]),
        Some(b'e') => ends(&["ville", "shire"]),
        Some(b'g') => ends(&["burg"]),
        Some(b'h') => ends(&["burgh", "borough", "mouth"]),
        Some(b'd') => ends(&["field", "ford", "abad", "grad"]),
        Some(b'r') => ends(&["pur", "chester", "caster", "cester"]),
        Some(b's') => ends(&["polis"]),
        Some(b't') => ends(&["port"]),
        Some(b'y') => ends(&["bury"]),
        Some(b'k') => ends(&["wick", "sk"]),
        Some(b'a') => ends(&["ia"]),
        _ => false,
    }
}

/// First halves of compound place and region names ("Indo-Pacific", "Trans-Siberian").
const COMBINING_FORMS: &[&str] = &[
    "Indo", "Sino", "Afro", "Euro", "Anglo", "Franco", "Austro", "Russo", "Greco", "Italo",
    "Judeo", "Trans", "Pan", "Sub", "Mid", "Latin", "Ibero", "Turco", "Nagorno",
];

/// Words after which a language name is the language ("writes in French", "speaks Dari").
const LANGUAGE_CUES: &[&str] = &[
    "in",
    "into",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "fluent",
    "learn",
    "learning",
    "taught",
    "translated",
    "written",
    "sings",
    "sang",
];

/// "writes in French and English", "speaks Dari": a language, which is no entity. The word must end
/// its phrase (not "in French ports").
pub fn is_language(body: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let lang = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.shape == Shape::Cap && t.flags & flag::LANGUAGE != 0)
    };
    let lower = |k: usize, words: &[&str]| {
        toks.get(k)
            .is_some_and(|t| t.shape == Shape::Lower && words.contains(&t.text(body)))
    };
    if b != a + 1 || a == 0 || !lang(a) || toks[a - 1].shape != Shape::Lower || toks[a].possessive {
        return false;
    }
    let cued = |k: usize| lower(k, LANGUAGE_CUES);
    // "in French and English": the second of two coordinated languages after a cue.
    let cue = cued(a - 1) || (a >= 3 && lower(a - 1, &["and", "or"]) && lang(a - 2) && cued(a - 3));
    if !cue {
        return false;
    }
    const ENDS: &[&str] = &[
        "and", "or", "but", "as", "with", "to", "for", "on", "at", "about", "during",
    ];
    toks.get(b)
        .is_none_or(|t| matches!(t.shape, Shape::Punct(_)) || lower(b, ENDS))
}

/// The bytes of a token. Context words are read as bytes: slicing a `str` checks both ends for a
/// char boundary, and every word compared here is ASCII anyway.
#[inline]
fn raw<'a>(body: &'a str, t: &Token) -> &'a [u8] {
    &body.as_bytes()[t.start as usize..t.end as usize]
}

/// Evidence for the name `[first, end)`; `span_first` is where the mention starts (its title, if any).
/// `any_case` gives the lexicon's flags of the whole name in any case ([`Lexicon::get_any_case`]),
/// which the caller may have looked up already.
#[allow(clippy::too_many_arguments)]
pub fn evidence(
    body: &str,
    toks: &[Token],
    lex: &Lexicon,
    span_first: usize,
    first: usize,
    end: usize,
    titled: bool,
    any_case: impl FnOnce() -> u32,
) -> Votes {
    let mut v: Votes = [0.0; 5];
    let head = &toks[first];
    let whole = if end == first + 1 && head.shape != Shape::Upper {
        head.flags
    } else if head.flags & flag::MULTI_START == 0 && head.shape != Shape::Upper {
        0
    } else {
        any_case()
    };
    let mut count = 0;
    let mut first_word = first;
    let mut last_word = first;
    // What [`structure`] asks of every token of the name, gathered in this one pass.
    let mut all_flags = 0;
    let mut ampersand = false;
    let mut lower = false;
    // Indexed over the name's own slice: an `iter().skip(first)` chain costs more per call here.
    for (k, t) in (first..end).zip(&toks[first..end]) {
        if t.is_capitalised() {
            if count == 0 {
                first_word = k;
            }
            last_word = k;
            count += 1;
        }
        all_flags |= t.flags;
        match t.shape {
            Shape::Lower => lower = true,
            Shape::Punct('&') => ampersand = true,
            _ => {}
        }
    }
    // The name's last token with the period glued to it ("Calif.", "Inc."), looked up once: three
    // rules below ask.
    let period = toks
        .get(end)
        .filter(|d| d.is_punct('.') && d.start == toks[end - 1].end);
    let last_dotted = period.map(|d| lex.get(&body[toks[end - 1].start as usize..d.end as usize]));
    let words = Words {
        first: first_word,
        last: last_word,
        count,
        last_dotted,
        all_flags,
        ampersand,
        lower,
    };
    // "Calif.": an abbreviation known with its period.
    let whole = match period {
        Some(d) => {
            let f = if end == first + 1 {
                last_dotted.unwrap_or(0)
            } else {
                lex.get(&body[toks[first].start as usize..d.end as usize])
            };
            whole | (f & flag::PLACE)
        }
        None => whole,
    };
    if titled {
        v[PERSON] += 5.0;
    }
    // "Chatwave 5.0", "Ariane 6": a name ending in a version or model number is a product.
    if end > first + 1 && toks[end - 1].shape == Shape::Number {
        v[OTHER] += 4.0;
    }
    // A dateline: capitals opening a paragraph, then a comma, dash or bracket ("SAN JOSE, Calif.").
    let dateline = toks[span_first].para_start
        && (first..end).all(|k| !toks[k].is_word() || toks[k].shape == Shape::Upper)
        && toks
            .get(end)
            .is_some_and(|t| matches!(t.shape, Shape::Punct(',' | '—' | '–' | '(')));
    if dateline {
        v[PLACE] += 4.0;
    }
    if whole & flag::PLACE != 0 {
        v[PLACE] += 4.0;
    }
    if whole & flag::GROUP != 0 {
        v[GROUP] += 4.0;
    }
    if whole & flag::ORG != 0 {
        v[ORG] += 4.0;
    }
    if whole & flag::OTHER != 0 {
        v[OTHER] += 4.0;
    }
    if whole & flag::ENTITY == 0 {
        structure(&mut v, toks, body, lex, words, first, end);
        if !titled && unknown_demonym(body, toks, lex, first, end) {
            v[GROUP] += 4.0;
        }
    }
    // Context before the mention.
    let before = span_first.checked_sub(1);
    let word_at = |i: usize| raw(body, &toks[i]);
    let before_text = before.map(word_at).unwrap_or(b"");
    let before_lower = before.is_some_and(|k| toks[k].shape == Shape::Lower);
    let mut place_cue = false;
    // "the operator, Westmarch Lines,": a descriptor noun set off by a comma.
    if before_text == b"," && !titled && span_first >= 3 {
        let noun = &toks[span_first - 2];
        let det = toks[span_first - 3].text(body);
        if noun.shape == Shape::Lower && matches!(det, "the" | "its" | "their" | "a" | "an") {
            descriptor(&mut v, lex.get(noun.text(body)), 2.0);
        }
    }
    // "Retailer Best Buy said": a descriptor noun capitalised only by the sentence start.
    if let Some(k) = before.filter(|&k| toks[k].initial && toks[k].shape == Shape::Cap) {
        if !titled {
            descriptor(&mut v, lower_flags(lex, toks[k].text(body)), 3.0);
        }
    }
    if matches!(before_text, b"the" | b"The") {
        if !titled {
            v[ORG] += 1.5;
            v[PLACE] += 0.5;
            v[PERSON] -= 1.5;
        }
    } else if before_lower {
        let before2 = span_first.checked_sub(2).map(word_at).unwrap_or(b"");
        // "the radio station Radio Illimani": a broadcaster, where a "station" alone is a place.
        let f = if before_text == b"station"
            && matches!(before2, b"radio" | b"television" | b"TV" | b"broadcast")
        {
            flag::ORG_NOUN
        } else {
            lex.get_bytes(before_text)
        };
        if f & (flag::ORG_NOUN | flag::PLACE_NOUN | flag::WORK_NOUN) != 0 && !titled {
            // "the campaign group Open Streets", "the river Tamsin", "the novel Children of ...".
            descriptor(&mut v, f, 3.0);
            place_cue = f & flag::PLACE_NOUN != 0;
        } else if matches!(before_text, b"called" | b"named" | b"dubbed") && !titled {
            // "a monthly injection called Memoravex", "a band named X".
            descriptor(&mut v, lex.get_bytes(before2), 3.0);
        } else if before_text == b"to" && before2.eq_ignore_ascii_case(b"according") {
            v[PERSON] += 1.0;
        } else if f & flag::ROLE != 0 {
            v[PERSON] += 2.0;
        } else if f & flag::SPEECH != 0 {
            // Inverted attribution ("said Janet Moorcroft, who ..."): the name ends the clause.
            let closes = !toks[end - 1].possessive
                && toks
                    .get(end)
                    .is_none_or(|t| matches!(t.shape, Shape::Punct(_)));
            if closes {
                v[PERSON] += 1.5;
            }
        } else if before_text == b"of" && is_owned_by(before2) {
            v[ORG] += 2.0;
        } else if before_text == b"of" && before2 == b"," && lives_at(toks, span_first) {
            // "Declan Moss, 24, of Eastholm": where a person named with an age lives.
            v[PLACE] += 2.5;
            place_cue = true;
        } else if before_text == b"of" && is_direction(before2) {
            v[PLACE] += 2.5;
            place_cue = true;
        } else if matches!(before_text, b"at" | b"for" | b"with") && works_at(lex, before2) {
            // "analysts at Capital Economics", "a physicist at the observatory".
            v[ORG] += 2.0;
        } else if is_place_preposition(before_text) {
            v[PLACE] += 1.2;
            place_cue = true;
        }
    }
    // Context after the mention.
    let after = end + usize::from(last_dotted.is_some_and(|f| f & flag::ORG_WORD != 0));
    // "the Tamsin river", "the Millbrook and Eastgate neighbourhoods", "the Klangwerk speakers".
    let possessive = toks[end - 1].possessive;
    // The flags of the lower-case word right after the name, looked up once for both rules below
    // ("and" / "or" go on to the list rule).
    let after_flags = toks
        .get(after)
        .filter(|t| t.shape == Shape::Lower && !possessive)
        .map(|t| raw(body, t))
        .filter(|w| !matches!(*w, b"and" | b"or"))
        .map(|w| lex.get_bytes(w));
    if !titled && !possessive {
        let noun = match after_flags {
            Some(f) => (f & (flag::PLACE_NOUN | flag::WORK_NOUN) != 0).then_some(f),
            None => noun_after_list(body, toks, lex, after),
        };
        if let Some(f) = noun {
            descriptor(&mut v, f & (flag::PLACE_NOUN | flag::WORK_NOUN), 2.5);
        }
    }
    if let Some(t) = toks.get(after) {
        if t.shape == Shape::Lower && !possessive && !place_cue {
            let w = raw(body, t);
            // Organizations known by an acronym speak too ("ING said").
            let acronym = count == 1 && toks[first_word].shape == Shape::Upper;
            // "Nordvik said it would appeal": a body that speaks of itself as "it", doing
            // something ("it would appeal", "it had hired"), not of a thing ("it would be
            // reviewed", "it was a mistake").
            let word = |k: usize| {
                toks.get(k)
                    .filter(|n| n.shape == Shape::Lower)
                    .map_or(&b""[..], |n| raw(body, n))
            };
            let itself = || {
                word(after + 1) == b"it"
                    && matches!(
                        word(after + 2),
                        b"would"
                            | b"will"
                            | b"had"
                            | b"has"
                            | b"could"
                            | b"plans"
                            | b"planned"
                            | b"intends"
                            | b"intended"
                            | b"expects"
                            | b"expected"
                            | b"hopes"
                            | b"hoped"
                            | b"did"
                            | b"does"
                            | b"might"
                            | b"may"
                            | b"aims"
                            | b"wants"
                            | b"wanted"
                    )
                    && !matches!(word(after + 3), b"be" | b"been" | b"not" | b"also")
            };
            let speech = after_flags.unwrap_or_else(|| lex.get_bytes(w)) & flag::SPEECH != 0;
            if speech && count == 1 && itself() {
                v[ORG] += 2.0;
            } else if speech && !acronym {
                v[PERSON] += 1.5;
            }
        } else if t.is_punct(',') {
            // "a school in Sunderland, who won", "in Nemom, the former diplomat X": after a place
            // preposition, what follows the comma says nothing of a person.
            let mut a: Votes = [0.0; 5];
            appositive(&mut a, toks, body, lex, after + 1);
            if place_cue {
                a[PERSON] = a[PERSON].min(0.0);
            }
            for (x, y) in v.iter_mut().zip(a) {
                *x += y;
            }
        }
    }
    // "Lancashire and Cheshire", "Penang, Malaysia": coordinated with a known place, unless the
    // name speaks ("in Kabul, Nazary said").
    if !titled && v[PERSON] < 1.5 && coordinated_with_place(body, toks, span_first, after) {
        v[PLACE] += 2.0;
    }
    v
}

/// Lower-case words after a name that show it is no adjective before a noun.
const NOT_NOUNS: &[&str] = &[
    "and", "or", "but", "nor", "on", "in", "at", "of", "to", "for", "with", "by", "from", "as",
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can",
    "may", "might", "must", "did", "does", "do", "that", "who", "which", "than", "after", "before",
    "into", "about", "over", "also", "then", "not", "when", "while", "if", "because",
];

/// "Velmorian troops", "the Kostravese prime minister", "ethnic Zandari herders", "the Dalvanians":
/// a word no lexicon knows, shaped like a demonym (ending in "-ian", "-ese" or "-i"), used as an
/// adjective before a noun or as a plural after "the", names a people. Words ending in "-i" need a
/// quantifier or adjective before them too ("two Zandari villages"), since surnames end so as well.
///
/// The cheap shape tests are inlined into the caller; most names go no further.
#[inline]
fn unknown_demonym(body: &str, toks: &[Token], lex: &Lexicon, first: usize, end: usize) -> bool {
    let t = &toks[first];
    if end != first + 1 || t.shape != Shape::Cap || t.possessive {
        return false;
    }
    unknown_demonym_word(body, toks, lex, first, end)
}

/// [`unknown_demonym`] for a one-word capitalised name.
fn unknown_demonym_word(
    body: &str,
    toks: &[Token],
    lex: &Lexicon,
    first: usize,
    end: usize,
) -> bool {
    let t = &toks[first];
    if t.flags & (flag::ENTITY | flag::FIRST_NAME | flag::TITLE_HEAD | flag::ORG_WORD) != 0 {
        return false;
    }
    let w = t.text(body);
    if w.len() < 6 {
        return false;
    }
    // The endings first: they rule out most words before the lexicon is asked.
    let after_the = first > 0 && matches!(toks[first - 1].text(body), "the" | "The");
    let plural = after_the && (w.ends_with("ians") || (w.ends_with("is") && !w.ends_with("sis")));
    let adjective = w.ends_with("ian") || w.ends_with("ese");
    let i_form = w.ends_with('i') && !w.ends_with("ii");
    if !plural && !adjective && !i_form {
        return false;
    }
    if !w.is_ascii() || lower_flags(lex, w) != 0 || is_ian_noun(w) {
        return false;
    }
    if plural {
        // "the Dalvanians came", not "the Dalvanians' leader" (a possessive still names them).
        return true;
    }
    let lower_at = |k: usize| toks.get(k).filter(|x| x.shape == Shape::Lower);
    let Some(next) = lower_at(end) else {
        return false;
    };
    let n = next.text(body);
    let noun = !NOT_NOUNS.contains(&n)
        && !n.ends_with("ed")
        && lex.get(n) & (flag::SPEECH | flag::NEVER) == 0;
    if !noun {
        return false;
    }
    if adjective {
        return true;
    }
    // "-i": after a lower-case quantifier or adjective that is no role ("striker Rossi").
    first > 0
        && match toks[first - 1].shape {
            Shape::Number => true,
            Shape::Lower => lex.get(toks[first - 1].text(body)) & flag::ROLE == 0,
            _ => false,
        }
}

/// English nouns shaped like demonyms: trades ("Musician", "Librarian") and a few others.
fn is_ian_noun(w: &str) -> bool {
    w.ends_with("cian")
        || w.ends_with("arian")
        || matches!(
            w,
            "Guardian"
                | "Custodian"
                | "Historian"
                | "Comedian"
                | "Median"
                | "Meridian"
                | "Pedestrian"
                | "Civilian"
        )
}

/// "NAME, 24, of X": an age set off by commas before the "of" at `first - 1`.
fn lives_at(toks: &[Token], first: usize) -> bool {
    first >= 4
        && toks[first - 3].shape == Shape::Number
        && toks[first - 3].end - toks[first - 3].start <= 3
        && toks[first - 4].is_punct(',')
}

/// Flags of the lower-case form of a short ASCII word ("Retailer" → "retailer"), 0 otherwise.
fn lower_flags(lex: &Lexicon, word: &str) -> u32 {
    let mut buf = [0u8; 24];
    if !word.is_ascii() || word.len() > buf.len() {
        return 0;
    }
    for (o, b) in buf.iter_mut().zip(word.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    // Lower-cased ASCII is still ASCII: the bytes go to the lexicon without a UTF-8 check.
    lex.get_bytes(&buf[..word.len()])
}

/// Votes for the kind a descriptor noun's flags name.
fn descriptor(v: &mut Votes, f: u32, weight: f32) {
    if f & flag::ORG_NOUN != 0 {
        v[ORG] += weight;
    } else if f & flag::PLACE_NOUN != 0 {
        v[PLACE] += weight;
    } else if f & flag::WORK_NOUN != 0 {
        v[OTHER] += weight;
    }
}

/// The flags of the lower-case noun that closes a list of names starting at token `from`
/// ("river" in "Tamsin river", "neighbourhoods" in "Millbrook and Eastgate neighbourhoods"), or `None`
/// when a lower-case word other than "and" / "or" comes first or the list runs long.
fn noun_after_list(body: &str, toks: &[Token], lex: &Lexicon, from: usize) -> Option<u32> {
    for t in toks.iter().skip(from).take(8) {
        match t.shape {
            Shape::Lower => {
                let w = t.text(body);
                if w == "and" || w == "or" {
                    continue;
                }
                let f = lex.get(w);
                return (f & (flag::PLACE_NOUN | flag::WORK_NOUN) != 0).then_some(f);
            }
            Shape::Cap | Shape::Upper | Shape::Number => {}
            Shape::Punct(',' | '-') => {}
            _ => return None,
        }
        if t.para_start {
            return None;
        }
    }
    None
}

/// Whether the mention `[first, after)` is joined by "and", "or" or a comma to a one-word name the
/// lexicon knows as a place ("Lancashire and Cheshire", "Kourou, French Guiana").
#[inline]
fn coordinated_with_place(body: &str, toks: &[Token], first: usize, after: usize) -> bool {
    // Both ways need a known place two tokens off, which most mentions lack: this test is inlined
    // into the caller, the rest is not.
    let near = (first >= 2 && is_lone_place(&toks[first - 2]))
        || toks.get(after + 1).is_some_and(is_lone_place);
    near && coordinated_with_near_place(body, toks, first, after)
}

/// A capitalised word known as a place, not capitalised by its position alone.
#[inline]
fn is_lone_place(t: &Token) -> bool {
    t.is_capitalised() && !t.initial && t.flags & flag::PLACE != 0
}

/// [`coordinated_with_place`] once a known place is near.
fn coordinated_with_near_place(body: &str, toks: &[Token], first: usize, after: usize) -> bool {
    let joiner = |t: &Token| {
        t.is_punct(',') || (t.shape == Shape::Lower && matches!(t.text(body), "and" | "or"))
    };
    let place = is_lone_place;
    let joined_after = || toks.get(after).is_some_and(joiner);
    // The place tests go first: they read flags, the joiner test reads text.
    // A comma before the name only inside a list that goes on ("Kano, Zaria and Jos").
    let before = first >= 2
        && place(&toks[first - 2])
        && joiner(&toks[first - 1])
        && (!toks[first - 1].is_punct(',') || joined_after());
    // After: the known place must be a whole one-word name, not the start of a longer one.
    let after_place = || {
        toks.get(after + 1)
            .is_some_and(|t| place(t) && !toks.get(after + 2).is_some_and(|n| n.is_capitalised()))
            && joined_after()
    };
    before || after_place()
}

/// The capitalised words of a name: first, last and how many.
#[derive(Clone, Copy)]
struct Words {
    first: usize,
    last: usize,
    count: usize,
    /// Flags of the name's last token with the period glued after it, when one is.
    last_dotted: Option<u32>,
    /// The lexicon flags of all the name's tokens, or-ed.
    all_flags: u32,
    /// An ampersand is one of the name's tokens.
    ampersand: bool,
    /// A lower-case word is one of the name's tokens ("of" in "Gulf of Mexico").
    lower: bool,
}

/// A role noun, singular or plural, that people hold at an organization ("economists", "analyst").
fn works_at(lex: &Lexicon, word: &[u8]) -> bool {
    // "Economists at ..." opens a sentence.
    let lowered;
    let mut buf = [0u8; 32];
    let word = if word.first().is_some_and(u8::is_ascii_uppercase) {
        if word.len() <= buf.len() {
            // On the stack: ASCII lower-casing keeps every other byte as it is.
            for (o, b) in buf.iter_mut().zip(word) {
                *o = b.to_ascii_lowercase();
            }
            &buf[..word.len()]
        } else {
            lowered = word.to_ascii_lowercase();
            lowered.as_slice()
        }
    } else {
        word
    };
    // The singular is asked only when it differs: a word without a final "s" was just asked.
    lex.get_bytes(word) & flag::ROLE != 0
        || word
            .strip_suffix(b"s")
            .is_some_and(|singular| lex.get_bytes(singular) & flag::ROLE != 0)
        || matches!(
            word,
            b"staff" | b"employees" | b"officials" | b"engineers" | b"executives" | b"workers"
        )
}

/// Evidence from the shape of a name that no lexicon knows as a whole. Inlined into its one caller,
/// [`evidence`]: the call with seven arguments cost more than a tenth of the function.
#[inline(always)]
fn structure(
    v: &mut Votes,
    toks: &[Token],
    body: &str,
    lex: &Lexicon,
    words: Words,
    first: usize,
    end: usize,
) {
    if words.count == 0 {
        return;
    }
    let multi = words.count > 1;
    let last = words.last;
    let text = |i: usize| toks[i].text(body);
    let word_flags = |t: &Token| {
        if t.is_capitalised() {
            t.flags
        } else {
            lex.get(t.text(body))
        }
    };
    let dotted = |i: usize| {
        let t = &toks[i];
        let mut f = word_flags(t);
        if let Some(n) = toks
            .get(i + 1)
            .filter(|n| n.is_punct('.') && n.start == t.end)
        {
            f |= lex.get(&body[t.start as usize..n.end as usize]);
        }
        f
    };
    // The last word's dotted form is known when it ends the name.
    let lf = if last + 1 == end {
        word_flags(&toks[last]) | words.last_dotted.unwrap_or(0)
    } else {
        dotted(last)
    };
    let ff = toks[words.first].flags;
    // "Marlow & Finch", "Hale & Morrow": no person's name has an ampersand.
    if words.ampersand {
        v[ORG] += 3.0;
    }
    if multi || toks[last].shape == Shape::Cap {
        if lf & flag::ORG_WORD != 0 {
            v[ORG] += 3.0;
        } else if lf & flag::PLACE_SUFFIX != 0 {
            v[PLACE] += 3.0;
        } else if lf & flag::OTHER_WORD != 0 {
            v[OTHER] += 3.0;
        }
    }
    // "Météo-France", "Radio-Canada": an unknown word hyphened to a known place names a body
    // (not "Guinea-Bissau", which is known whole, nor "Austria-Hungary", two places).
    if words.count == 2
        && end == first + 3
        && toks[first + 1].is_punct('-')
        && !toks[first + 1].space_before
        && toks[first].shape == Shape::Cap
        && toks[first].flags == 0
        && !COMBINING_FORMS.contains(&toks[first].text(body))
        && lf & flag::PLACE != 0
    {
        v[ORG] += 5.0;
    }
    // "Les Étoiles Noires", "Los Tigres del Norte": a foreign article opens no person's name.
    // The length test first spares slicing the text of most names.
    if multi
        && toks[words.first].end - toks[words.first].start == 3
        && matches!(
            text(words.first),
            "Les" | "Los" | "Las" | "Die" | "Het" | "Gli"
        )
    {
        v[PERSON] -= 2.0;
        v[ORG] += 1.0;
    }
    // "King's College London", "Imperial College London": an institution word before a place.
    if multi && lf & flag::ENTITY == flag::PLACE && last > first {
        let before_last = (first..last).rev().find(|&k| toks[k].is_capitalised());
        if before_last.is_some_and(|k| dotted(k) & flag::ORG_WORD != 0) {
            v[ORG] += 3.0;
        }
    }
    // "University of X", "Gulf of Mexico": the word before "of" decides (only names with a
    // lower-case word can hold one).
    if words.lower {
        for (k, t) in (first + 1..end).zip(&toks[first + 1..end]) {
            if t.shape == Shape::Lower && matches!(text(k), "of" | "for") {
                let hf = dotted(k - 1);
                if hf & (flag::ORG_WORD | flag::ORG_HEAD) != 0 {
                    v[ORG] += 3.0;
                } else if hf & (flag::PLACE_SUFFIX | flag::PLACE_PREFIX) != 0 {
                    v[PLACE] += 3.0;
                } else if hf & flag::OTHER_WORD != 0 {
                    v[OTHER] += 3.0;
                }
                break;
            }
        }
    }
    if multi {
        if ff & flag::PLACE_PREFIX != 0 && lf & flag::ORG_WORD == 0 {
            v[PLACE] += 2.0;
        }
        if ff & flag::FIRST_NAME != 0 {
            v[PERSON] += 2.5;
        }
        if ff & flag::ORG_FIRST != 0 {
            v[ORG] += 2.0;
        }
        if ff & flag::OTHER_PREFIX != 0 {
            v[OTHER] += 3.0;
        }
        // Any known place or group inside a longer name hints at an institution ("Kabul University").
        let inner = words.all_flags & (flag::PLACE | flag::GROUP) != 0;
        if inner {
            v[ORG] += 1.0;
        } else if ff & (flag::ORG_FIRST | flag::OTHER_PREFIX | flag::PLACE_PREFIX) == 0 {
            v[PERSON] += 0.6;
        }
    } else if toks[last].shape == Shape::Upper {
        v[ORG] += 1.0;
    }
    if words.count == 1 && toks[last].shape == Shape::Cap {
        let w = text(last);
        let f = toks[last].flags;
        if f & flag::FIRST_NAME != 0 {
            v[PERSON] += 0.5;
        } else if w.len() > 4 && has_place_ending(w) {
            v[PLACE] += 0.8;
        }
    }
}

/// "X, the group's head of external affairs" / "X, who" / "X, a physicist at ...".
fn appositive(v: &mut Votes, toks: &[Token], body: &str, lex: &Lexicon, from: usize) {
    let Some(t) = toks.get(from) else { return };
    // "Derek Mouton, 41, was": an age set off by commas names a person.
    if t.shape == Shape::Number {
        let age = t
            .text(body)
            .parse::<u8>()
            .is_ok_and(|n| (1..=120).contains(&n));
        if age && toks.get(from + 1).is_some_and(|c| c.is_punct(',')) {
            v[PERSON] += 2.5;
        }
        return;
    }
    if t.shape != Shape::Lower {
        return;
    }
    match t.text(body) {
        "who" | "whose" => {
            v[PERSON] += 2.0;
            return;
        }
        "which" => {
            v[ORG] += 0.5;
            v[PLACE] += 0.5;
            return;
        }
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "former" => {}
        _ => return,
    }
    for t in toks.iter().skip(from + 1).take(7) {
        if matches!(t.shape, Shape::Punct(_)) && !t.is_punct('-') && !t.is_punct('’') {
            break;
        }
        if t.shape == Shape::Lower || t.shape == Shape::Upper {
            let w = t.text(body);
            let f = lex.get(w);
            if f & flag::ROLE != 0 {
                v[PERSON] += 1.5;
                return;
            }
            // "Kessler Audio, the German maker of ...", "Tamsin, a river that ...".
            if f & (flag::ORG_NOUN | flag::PLACE_NOUN | flag::WORK_NOUN) != 0 {
                descriptor(v, f, 1.5);
                return;
            }
            if matches!(
                w,
                "city" | "town" | "village" | "capital" | "province" | "region" | "country"
            ) {
                v[PLACE] += 1.5;
                return;
            }
            if matches!(
                w,
                "company" | "firm" | "group" | "agency" | "party" | "organization" | "organisation"
            ) {
                v[ORG] += 1.5;
                return;
            }
        }
    }
}

/// The kind an entity's summed votes choose. With no evidence at all a multi-word name is taken for a
/// person and a single word for an organization.
pub fn decide(votes: &Votes, multi_word: bool) -> EntityKind {
    let mut best = 0;
    for k in 1..5 {
        if votes[k] > votes[best] {
            best = k;
        }
    }
    if votes[best] <= 0.0 {
        return if multi_word {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
    }
    EntityKind::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    /// The kind given to the entity whose name is `name` in `body`.
    fn kind_of(body: &str, name: &str) -> EntityKind {
        let a = analyze(body);
        let e = a.entities.iter().find(|e| e.name == name);
        e.unwrap_or_else(|| panic!("{name} not found in {:?}", a.entities))
            .kind
    }

    #[test]
    fn descriptor_nouns_before_a_name() {
        let body = "Parents joined the campaign group Quiet Lanes on Friday, helped by the law \
                    firm Oduya Benn and the cycling charity Pedal Forward.";
        assert_eq!(kind_of(body, "Quiet Lanes"), EntityKind::Organization);
        assert_eq!(kind_of(body, "Oduya Benn"), EntityKind::Organization);
        assert_eq!(kind_of(body, "Pedal Forward"), EntityKind::Organization);
        let body = "The ferry crossed the river Olwen Marsh before dawn, and critics praised the \
                    novel Winter Tamsin.";
        assert_eq!(kind_of(body, "Olwen Marsh"), EntityKind::Place);
        assert_eq!(kind_of(body, "Winter Tamsin"), EntityKind::Other);
    }

    #[test]
    fn descriptor_nouns_after_a_list_of_names() {
        let body = "Buses now skip the Hollins and Marta Green neighbourhoods, and fans queued \
                    for the Brenna Lux speakers.";
        assert_eq!(kind_of(body, "Hollins"), EntityKind::Place);
        assert_eq!(kind_of(body, "Marta Green"), EntityKind::Place);
        assert_eq!(kind_of(body, "Brenna Lux"), EntityKind::Other);
    }

    #[test]
    fn a_sentence_initial_descriptor_is_evidence_not_name() {
        let body =
            "It was a quiet week. Retailer Dana Brook said sales fell. Analyst Tom Reyes agreed.";
        assert_eq!(kind_of(body, "Dana Brook"), EntityKind::Organization);
        assert_eq!(kind_of(body, "Tom Reyes"), EntityKind::Person);
    }

    #[test]
    fn an_ampersand_makes_an_organization() {
        let body = "The deal was arranged by Carter & Ruiz and audited by Mills & Osei Partners.";
        assert_eq!(kind_of(body, "Carter & Ruiz"), EntityKind::Organization);
        assert_eq!(
            kind_of(body, "Mills & Osei Partners"),
            EntityKind::Organization
        );
    }

    #[test]
    fn coordination_with_a_known_place_and_team_verbs() {
        let body = "Trials ran in Kaduna and Tembo-Lasi for a year.";
        assert_eq!(kind_of(body, "Tembo-Lasi"), EntityKind::Place);
        let body = "Ashgrove Rovers host Pelham City on Sunday.";
        assert_eq!(kind_of(body, "Pelham City"), EntityKind::Organization);
    }

    #[test]
    fn a_descriptor_set_off_by_a_comma() {
        let body = "The route is run by the operator, Dunlevy Marr, which plans to end it.";
        assert_eq!(kind_of(body, "Dunlevy Marr"), EntityKind::Organization);
    }

    #[test]
    fn an_appositive_descriptor_names_the_kind() {
        let body = "Brandt Vogel, the Austrian maker of ski boots, cut jobs.";
        assert_eq!(kind_of(body, "Brandt Vogel"), EntityKind::Organization);
    }

    #[test]
    fn decide_picks_the_strongest_kind() {
        let mut v: Votes = [0.0; 5];
        v[PLACE] = 1.2;
        v[PERSON] = 1.5;
        assert_eq!(decide(&v, false), EntityKind::Person);
        assert_eq!(decide(&[0.0; 5], true), EntityKind::Person);
        assert_eq!(decide(&[0.0; 5], false), EntityKind::Organization);
        let mut g: Votes = [0.0; 5];
        g[GROUP] = 4.0;
        assert_eq!(decide(&g, false), EntityKind::Group);
    }
}
