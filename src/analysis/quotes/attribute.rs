//! Attribution to entities: maps the speaker words found by `cues` to an entity id. A name maps
//! to the entity whose mention overlaps it; a pronoun to the most recent fitting person mentioned
//! before it (outside quotes, in its paragraph or the few before); a description (“the
//! spokesman”) to the person the article names by that role (“spokesman Ali Karim”, “Ali Karim,
//! the group’s spokesman,”, or “the Norrvik striker” after a paragraph naming only Ola Berg). A
//! pronoun after an earlier sentence's object prefers that sentence's subject; a plural role
//! (“the authors”) is never one named person. Anything else stays unknown.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use super::cues::{named_speakers, Form, Speaker};
use super::lexicon::{class, classes, PronounFit};
use super::words::{is_capitalized, tokenize};
use crate::analysis::entities::{Entity, EntityKind};
use crate::analysis::span::Span;

/// How many paragraphs back a pronoun may reach for its person.
const PRONOUN_REACH: usize = 3;
/// How many paragraphs back a specific organisation description (`the hospital`) may find the
/// organisation it names: an article's length, so a long body is never scanned from the start.
const ORG_REACH: usize = 24;

mod block_index;
mod mention_order;
mod named_people;
mod occurrences;
mod role_index;
mod role_links;

use block_index::BlockIndex;
use named_people::NamedPeople;
use role_index::RoleIndex;
use role_links::RoleWord;

/// Resolves speaker words of one article to entity ids.
pub struct Resolver<'a> {
    body: &'a str,
    paragraphs: &'a [Span],
    entities: &'a [Entity],
    /// Every mention as (span, entity id), sorted by start.
    mentions: Vec<(Span, usize)>,
    /// Counts of [`Resolver::mentions`] by start, of `paragraphs` by end and of `quoted` by end.
    mention_index: BlockIndex,
    paragraph_index: BlockIndex,
    quoted_index: BlockIndex,
    /// The gender each entity's honorifics show (“Mr.”, “Ms.”), if any.
    fits: Vec<Option<PronounFit>>,
    /// Built on first need: most articles resolve no description. Every role link of the
    /// article, built only after many distinct role words (see [`role_links`]).
    roles: OnceCell<RoleIndex>,
    /// The role links whose word starts with a prefix (lowercased), one index per prefix.
    role_prefixes: RefCell<Vec<(String, RoleIndex)>>,
    /// Each role word described so far, with the index answering for it.
    role_words: RefCell<HashMap<&'a str, RoleWord>>,
    /// Spans inside quotes: mentions there never antecede a pronoun.
    quoted: Vec<Span>,
    /// Descriptions already resolved to a person (“the judge” → Achterberg), as (start, id):
    /// they antecede a later pronoun like any mention (“the judge said … She added”).
    described_people: RefCell<Vec<(usize, usize)>>,
    /// Built on first need: the people mentioned outside quotes.
    people: OnceCell<NamedPeople>,
    /// The lowercased words of every organisation's name that are organisation heads
    /// (`hospital`, `ministry`), built on the first far look-up of a description.
    org_heads: OnceCell<Vec<String>>,
}

/// Whether `before` may hold one of the honorifics of [`honorific_fit`]: each starts with one
/// of these capitals, and most mentions have none in the few bytes before them, so the whole
/// check is skipped for them (one byte loop instead of trims and word compares).
fn may_hold_honorific(before: &[u8]) -> bool {
    before
        .iter()
        .any(|b| matches!(b, b'M' | b'S' | b'L' | b'K' | b'P' | b'D' | b'Q'))
}

fn honorific_fit(before: &str) -> Option<PronounFit> {
    let before = before.trim_end();
    // The last space-separated word (a byte search: `before` is a few bytes long).
    let word = match before.bytes().rposition(|b| b == b' ') {
        Some(space) => &before[space + 1..],
        None => before,
    };
    match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" => Some(PronounFit::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" => Some(PronounFit::Female),
        _ => None,
    }
}

/// The nearest char boundary at or before `at`.
fn floor_boundary(body: &str, mut at: usize) -> usize {
    while !body.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn fits(pronoun: PronounFit, person: Option<PronounFit>) -> bool {
    match (pronoun, person) {
        (PronounFit::Plural, _) => false,
        (PronounFit::Anyone, _) | (_, None) => true,
        (p, Some(q)) => p == q,
    }
}

impl<'a> Resolver<'a> {
    pub fn new(
        body: &'a str,
        paragraphs: &'a [Span],
        entities: &'a [Entity],
        quoted: Vec<Span>,
    ) -> Self {
        let mentions = mention_order::sorted_mentions(entities);
        let mut fits = vec![None; entities.len()];
        for &(m, id) in &mentions {
            let from = m.start.saturating_sub(8);
            if entities[id].kind == EntityKind::Person
                && fits[id].is_none()
                && may_hold_honorific(&body.as_bytes()[from..m.start])
            {
                fits[id] = honorific_fit(&body[floor_boundary(body, from)..m.start]);
            }
        }
        // No "Mr."/"Ms.": the given name may tell ("Margit Olsen").
        for (fit, e) in fits.iter_mut().zip(entities) {
            if fit.is_none() && e.kind == EntityKind::Person {
                *fit = super::given_names::fit_of_name(&e.name);
            }
        }
        let mention_index = BlockIndex::new(body.len(), mentions.iter().map(|(m, _)| m.start));
        let paragraph_index = BlockIndex::new(body.len(), paragraphs.iter().map(|p| p.end));
        let quoted_index = BlockIndex::new(body.len(), quoted.iter().map(|q| q.end));
        Resolver {
            body,
            paragraphs,
            entities,
            mentions,
            mention_index,
            paragraph_index,
            quoted_index,
            fits,
            roles: OnceCell::new(),
            role_prefixes: RefCell::new(Vec::new()),
            role_words: RefCell::new(HashMap::new()),
            quoted,
            described_people: RefCell::new(Vec::new()),
            org_heads: OnceCell::new(),
            people: OnceCell::new(),
        }
    }

    fn is_person(&self, id: usize) -> bool {
        self.entities[id].kind == EntityKind::Person
    }

    /// Whether entity `id` is a person.
    pub fn is_person_id(&self, id: usize) -> bool {
        self.is_person(id)
    }

    /// How many mentions start before `at`.
    #[inline]
    fn mentions_below(&self, at: usize) -> usize {
        self.mention_index
            .count_below(&self.mentions, |(m, _)| m.start, at)
    }

    /// The index of the paragraph holding `at` (the number of paragraphs ending at or before it).
    #[inline]
    fn paragraph_at(&self, at: usize) -> usize {
        self.paragraph_index
            .count_below(self.paragraphs, |p| p.end, at + 1)
    }

    fn is_quoted(&self, at: usize) -> bool {
        let i = self
            .quoted_index
            .count_below(&self.quoted, |q| q.end, at + 1);
        self.quoted.get(i).is_some_and(|q| q.contains(at))
    }

    /// The entity a speaker's words refer to, if the article settles it. `paragraph` is the index
    /// of the paragraph the words are in.
    pub fn resolve(&self, speaker: Speaker, paragraph: usize) -> Option<usize> {
        match speaker.form {
            Form::Name => {
                let id = self
                    .possessive_short_name(speaker.span)
                    .or_else(|| self.named(speaker.span));
                // `the Spaniard said`, `the Brazilian added`: a nationality noun after "the" is
                // a person the article has named, not the group.
                let before =
                    &self.body[floor_boundary(self.body, speaker.span.start.saturating_sub(4))
                        ..speaker.span.start];
                let demonym = id.is_some_and(|g| self.entities[g].kind == EntityKind::Group)
                    && before.eq_ignore_ascii_case("the ")
                    && !speaker.span.text(self.body).contains(' ')
                    // Not a people by its adjective (`the French`, `the Chinese`, `the Swiss`).
                    && !speaker
                        .span
                        .text(self.body)
                        .ends_with(['s', 'h'])
                    && !speaker.span.text(self.body).ends_with("ese");
                if demonym {
                    self.pronoun(speaker.span.start, PronounFit::Anyone, paragraph, 0)
                } else {
                    id
                }
            }
            Form::Pronoun(fit) => self.pronoun(speaker.span.start, fit, paragraph, 0),
            Form::Description { role } => {
                let found = self
                    .named(speaker.span)
                    .filter(|&id| self.is_person(id) && role.is_none())
                    .or_else(|| role.and_then(|r| self.described(r, paragraph)));
                if let Some(id) = found.filter(|&id| self.is_person(id)) {
                    self.described_people
                        .borrow_mut()
                        .push((speaker.span.start, id));
                }
                found
                    .or_else(|| self.determined_name(speaker.span))
                    .or_else(|| self.organisation(speaker.span, paragraph))
            }
        }
    }

    /// `St. Brendan’s said`: a name ending in a possessive is the short form of the
    /// organisation whose name it opens (`St. Brendan’s Hospital`).
    fn possessive_short_name(&self, span: Span) -> Option<usize> {
        let text = span.text(self.body);
        if !text.ends_with("’s") && !text.ends_with("'s") {
            return None;
        }
        // The organisation's full name stands earlier in the article (a bounded look back).
        let paragraph = self.paragraph_at(span.start);
        let far = self.paragraphs[paragraph.saturating_sub(ORG_REACH)].start;
        let end = self.mentions_below(span.start);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= far)
            .find(|&&(m, id)| {
                let name = m.text(self.body);
                self.entities[id].kind == EntityKind::Organization
                    && name.len() > text.len()
                    && name.starts_with(text)
                    && name.as_bytes()[text.len()] == b' '
            })
            .map(|&(_, id)| id)
    }

    /// The organisation a definite description names (“the ministry”, “the company”): the latest
    /// organisation mentioned before it, within the pronoun reach, whose name holds the head noun,
    /// else, for a head that fits any organisation (“the company”, “the group”), the latest one.
    fn organisation(&self, span: Span, paragraph: usize) -> Option<usize> {
        let text = span.text(self.body);
        let (det, rest) = text.split_once(' ')?;
        // At most three words after the determiner, kept without allocating.
        let mut kept = [""; 3];
        let mut n = 0;
        for w in rest.split(' ') {
            *kept.get_mut(n)? = w;
            n += 1;
        }
        let words = &kept[..n];
        let head = *words.last()?;
        if !det.eq_ignore_ascii_case("the") || classes(head) & class::ORG_HEAD == 0 {
            return None;
        }
        // `the company`, or a company by its trade (`the chipmaker`).
        let generic = words.len() == 1
            && (matches!(
                head,
                "company" | "firm" | "group" | "operator" | "regulator" | "watchdog"
            ) || classes(head) & class::INDUSTRY != 0);
        // `the agency`: a public body named an agency, service, office, bureau or authority.
        let public_body = |name: &str| {
            name.rsplit(' ').next().is_some_and(|last| {
                matches!(
                    last,
                    "Agency" | "Service" | "Office" | "Bureau" | "Authority" | "Administration"
                )
            })
        };
        let reach = self.paragraphs[paragraph.saturating_sub(PRONOUN_REACH)].start;
        let end = self.mentions_below(span.start);
        let orgs = self.mentions[..end]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= reach)
            .filter(|(_, id)| self.entities[*id].kind == EntityKind::Organization);
        let mut latest = None;
        for &(m, id) in orgs {
            let name = m.text(self.body);
            // Every word of `the sheriff’s office` in `Merrow County Sheriff’s Office`.
            let all_in = words
                .iter()
                .all(|w| name.split(' ').any(|n| n.eq_ignore_ascii_case(w)));
            if all_in || (words.len() == 1 && head == "agency" && public_body(name)) {
                return Some(id);
            }
            latest = latest.or(Some(id));
        }
        if generic || words.len() != 1 {
            return latest.filter(|_| generic);
        }
        // `the hospital` many paragraphs after `St. Brendan’s Hospital`: a specific head goes
        // back to the latest organisation the article named by it.
        let heads = self.org_heads.get_or_init(|| {
            let mut heads: Vec<String> = self
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Organization)
                .flat_map(|e| e.name.split(' '))
                .filter(|w| classes(w) & class::ORG_HEAD != 0)
                .map(str::to_lowercase)
                .collect();
            heads.sort_unstable();
            heads.dedup();
            heads
        });
        // Most such descriptions (`the council said`) name no organisation the article names.
        if !heads.iter().any(|h| h.eq_ignore_ascii_case(head)) {
            return None;
        }
        let head_in = |name: &str| name.split(' ').any(|n| n.eq_ignore_ascii_case(head));
        let far = self.paragraphs[paragraph.saturating_sub(ORG_REACH)].start;
        let found = self.mentions[..end]
            .iter()
            .rev()
            .skip_while(|(m, _)| m.start >= reach)
            .take_while(|(m, _)| m.start >= far)
            .find(|&&(m, id)| {
                self.entities[id].kind == EntityKind::Organization && head_in(m.text(self.body))
            })?;
        // `Marovia’s defence ministry has taken a harder line. … the ministry said`: a body
        // introduced nearby without its name is another one.
        let near = &self.body[self.paragraphs[paragraph.saturating_sub(1)].start..span.start];
        let introduced = near.match_indices(head).any(|(i, _)| {
            let lead = near[..i].trim_end();
            !lead.ends_with("the") && !lead.ends_with("The")
        });
        (!introduced).then_some(found.1)
    }

    /// `The Department for Transport`: a determiner before a whole organisation's name (a
    /// mention that fills the rest of the words) is that organisation.
    fn determined_name(&self, span: Span) -> Option<usize> {
        let text = span.text(self.body);
        let (det, rest) = text.split_once(' ')?;
        if !det.eq_ignore_ascii_case("the") {
            return None;
        }
        let start = span.start + det.len() + 1;
        let end = self.mentions_below(span.end);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= start)
            .find(|(m, id)| {
                m.start == start
                    && m.end == span.end
                    && m.len() == rest.len()
                    && self.entities[*id].kind == EntityKind::Organization
            })
            .map(|&(_, id)| id)
    }

    /// Whether the mention `m` is a possessive inside `span` (“Marchetti’s office” is not
    /// Marchetti).
    fn possessive_in(&self, m: Span, span: Span) -> bool {
        m.end < span.end && {
            let rest = &self.body[m.end..span.end];
            rest.starts_with("’s") || rest.starts_with("'s")
        }
    }

    /// The entity with the mention overlapping `span` most.
    fn named(&self, span: Span) -> Option<usize> {
        let end = self.mentions_below(span.end);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start + 200 > span.start)
            .filter(|(m, _)| m.overlaps(span) && !self.possessive_in(*m, span))
            .max_by_key(|(m, id)| {
                let overlap = m.end.min(span.end) - m.start.max(span.start);
                (overlap, self.is_person(*id))
            })
            .map(|&(_, id)| id)
    }

    /// The one person the paragraph names, outside quotes, between `from` and `to` (the mention
    /// nearest `to`), or `None` when it names nobody or several people.
    pub fn sole_person(&self, from: usize, to: usize) -> Option<(Span, usize)> {
        let lo = self.mentions_below(from);
        let hi = self.mentions_below(to);
        if hi - lo <= 64 {
            // A short stretch, as in most articles: walked, without building the index.
            let mut people = self.mentions[lo..hi]
                .iter()
                .filter(|&&(m, id)| self.is_person(id) && !self.is_quoted(m.start));
            let last = people.clone().last().copied()?;
            return people.all(|&(_, id)| id == last.1).then_some(last);
        }
        let people = self.people.get_or_init(|| {
            let named = self
                .mentions
                .iter()
                .filter(|&&(m, id)| self.is_person(id) && !self.is_quoted(m.start));
            NamedPeople::new(named.copied().collect())
        });
        people.sole(from, to)
    }

    /// The person who opens paragraph `para` as its subject: its first person mention outside
    /// quotes, with nothing before it but capitalised words and role words (`Professor Lukas
    /// Brändli, who led the work, described…`, `Ravensholm director of rugby Alun Prydderch
    /// said…`, `Prydderch also questioned…`).
    pub fn opening_person(&self, para: Span) -> Option<(Span, usize)> {
        let lo = self.mentions_below(para.start);
        let &(m, id) = self.mentions[lo..]
            .iter()
            .take_while(|(m, _)| m.start < para.end)
            .find(|&&(m, id)| self.is_person(id) && !self.is_quoted(m.start))?;
        let lead = &self.body[para.start..m.start];
        let subject_words = lead.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            is_capitalized(w)
                || classes(w) & class::ROLE != 0
                || matches!(w, "of" | "the" | "and" | "head" | "chief" | "former")
        });
        (lead.len() <= 80 && subject_words).then_some((m, id))
    }

    /// Whether any person is mentioned outside quotes between `from` and `to`.
    pub fn names_person(&self, from: usize, to: usize) -> bool {
        let lo = self.mentions_below(from);
        let hi = self.mentions_below(to);
        self.mentions[lo..hi]
            .iter()
            .any(|&(m, id)| self.is_person(id) && !self.is_quoted(m.start))
    }

    /// The one person a pronoun opening the sentence before a bare quote can mean (`He pauses
    /// over a letter. “Look at this.”`): every person mentioned outside quotes from the previous
    /// paragraph's start up to `at` who fits it must be the same one.
    pub fn sole_pronoun_referent(
        &self,
        at: usize,
        fit: PronounFit,
        paragraph: usize,
    ) -> Option<usize> {
        let from = self.paragraphs[paragraph.saturating_sub(1)].start;
        let lo = self.mentions_below(from);
        let hi = self.mentions_below(at);
        let mut people = self.mentions[lo..hi].iter().filter(|&&(m, id)| {
            self.is_person(id) && !self.is_quoted(m.start) && fits(fit, self.fits[id])
        });
        let first = people.next()?.1;
        people.all(|&(_, id)| id == first).then_some(first)
    }

    /// The most recent person mentioned before `at`, outside quotes, who fits the pronoun.
    /// `depth` counts the pronouns followed back so far (see [`Resolver::pronoun_subject`]).
    fn pronoun(&self, at: usize, fit: PronounFit, paragraph: usize, depth: u8) -> Option<usize> {
        let reach = self.paragraphs[paragraph.saturating_sub(PRONOUN_REACH)].start;
        let end = self.mentions_below(at);
        let mention = self.mentions[..end]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= reach)
            .find(|&&(m, id)| {
                self.is_person(id) && !self.is_quoted(m.start) && fits(fit, self.fits[id])
            })
            .map(|&(m, id)| (m.start, id));
        let described = self
            .described_people
            .borrow()
            .iter()
            .rev()
            .skip_while(|&&(start, _)| start >= at)
            .take_while(|&&(start, _)| start >= reach)
            .find(|&&(_, id)| fits(fit, self.fits[id]))
            .copied();
        let mention = mention.map(|(start, id)| {
            // Both rules read the antecedent's sentence: it is found once.
            let earlier = self.earlier_sentence(start, at);
            self.subject_before(earlier, start, id, fit)
                .or_else(|| self.pronoun_subject(earlier, start, id, fit, depth))
                .map_or((start, id), |s| (start, s))
        });
        let (since, id) = match (mention, described) {
            (Some(m), Some(d)) => Some(if d.0 > m.0 { d } else { m }),
            (m, d) => m.or(d),
        }?;
        (!self.unnamed_role_since(since, at)).then_some(id)
    }

    /// `A spokeswoman for the service said … “…,” she said.`: a sentence of the pronoun's
    /// paragraph, after the antecedent at `since`, opens with an indefinite role (`A
    /// spokeswoman`, `An official`): the pronoun means that unnamed person.
    fn unnamed_role_since(&self, since: usize, at: usize) -> bool {
        let para = self.paragraphs[self.paragraph_at(at)];
        let from = since.max(para.start);
        let text = &self.body[from..at];
        let opens = |i: usize| {
            let lead = text[..i].trim_end_matches(' ');
            (i == 0 && from == para.start)
                || (lead.len() < i && lead.ends_with(['.', '!', '?', '”', '"']))
        };
        text.match_indices('A')
            .filter(|&(i, _)| opens(i) && !self.is_quoted(from + i))
            .any(|(i, _)| {
                let mut words = text[i..].split(' ');
                matches!(words.next(), Some("A" | "An"))
                    && words.take(3).any(|w| {
                        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                        classes(w) & class::ROLE != 0
                    })
            })
    }

    /// `Adebayo-Price was named player of the match. He dedicated the win to the physio, Maureen
    /// Hesketh. “…,” he said.`: when the latest fitting person (`object`, at `start`) stands inside
    /// an earlier sentence whose subject is the same pronoun, the pronoun goes on meaning that
    /// subject: it is resolved from the sentence's start (up to three pronouns back). `earlier`
    /// is [`Resolver::earlier_sentence`] of the object and the pronoun.
    fn pronoun_subject(
        &self,
        earlier: Option<(usize, usize)>,
        start: usize,
        object: usize,
        fit: PronounFit,
        depth: u8,
    ) -> Option<usize> {
        let subject = match fit {
            PronounFit::Male => "He",
            PronounFit::Female => "She",
            _ => return None,
        };
        if depth >= 3 {
            return None;
        }
        let (index, from) = earlier?;
        let head = self.body[from..start].trim_start();
        let opens = head
            .strip_prefix(subject)
            .is_some_and(|rest| rest.starts_with(' '));
        if !opens || self.is_quoted(from + (self.body[from..start].len() - head.len())) {
            return None;
        }
        self.pronoun(from, fit, index, depth + 1)
            .filter(|&id| id != object)
    }

    /// The paragraph index and sentence start of the antecedent mentioned at `start`, when the
    /// pronoun at `at` stands in a later sentence; `None` when both share a sentence.
    fn earlier_sentence(&self, start: usize, at: usize) -> Option<(usize, usize)> {
        let index = self.paragraph_at(start);
        let para = self.paragraphs.get(index)?;
        let own = self.paragraphs[self.paragraph_at(at)];
        if super::words::sentence_start(self.body, own.start, at) <= start {
            return None;
        }
        Some((
            index,
            super::words::sentence_start(self.body, para.start, start),
        ))
    }

    /// `His lawyer, Paul Okonkwo, asked Judge Helen Barrow to set bail. “…,” he told the court.`:
    /// when the latest fitting person (`object`, mentioned at `start`) is the object of a verb or
    /// preposition in an earlier sentence, and that sentence opens with another fitting person as
    /// its subject, a pronoun in a later sentence means the subject. `earlier` is
    /// [`Resolver::earlier_sentence`] of the object and the pronoun.
    fn subject_before(
        &self,
        earlier: Option<(usize, usize)>,
        start: usize,
        object: usize,
        fit: PronounFit,
    ) -> Option<usize> {
        let (_, from) = earlier?;
        let from =
            from + (self.body[from..start].len() - self.body[from..start].trim_start().len());
        // The word before the object, past its capitalised title words, is a lower-case verb or
        // preposition (`asked Judge Helen Barrow`, `met Mr. Reyes`).
        let lead = self.body[from..start].trim_end();
        // `Brunner’s successor at the Institute, Dr Matteo Ruggeri`: a comma in the title run
        // makes the name an apposition, not an object.
        let before = lead
            .split(' ')
            .rev()
            .find(|w| !is_capitalized(w) || w.ends_with(','))
            .filter(|w| !w.ends_with(','))
            .unwrap_or_default();
        let governed = !before.is_empty()
            && before.chars().all(|c| c.is_alphabetic())
            && !matches!(
                before,
                "and" | "or" | "but" | "nor" | "while" | "as" | "than"
            );
        if !governed {
            return None;
        }
        let lo = self.mentions_below(from);
        let hi = self.mentions_below(start);
        // A possessive (`Brunner’s successor`) is no subject.
        let possessive = |m: Span| {
            let rest = &self.body[m.end..];
            rest.starts_with("’s") || rest.starts_with("'s")
        };
        let &(m, subject) = self.mentions[lo..hi]
            .iter()
            .find(|&&(m, id)| self.is_person(id) && !self.is_quoted(m.start) && !possessive(m))?;
        // The subject opens the sentence, alone or after a short apposed description (`His
        // lawyer, Paul Okonkwo,`).
        let head = &self.body[from..m.start];
        // `City Council member Luis Ortega-Brandt`: or after a title run touching the name.
        let title_run = head.ends_with(' ')
            && head.split_whitespace().count() <= 4
            && is_capitalized(head)
            && head.split_whitespace().all(|w| {
                let breaks = class::DETERMINER | class::NP_BREAK | class::OF | class::CLAUSE_BREAK;
                w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && classes(w) & (breaks | class::SPEECH_VERB) == 0
            });
        let opens = head.is_empty()
            || title_run
            || (head.ends_with(", ")
                && head.matches(',').count() == 1
                && head.split(' ').count() <= 4);
        let apart = subject != object && fits(fit, self.fits[subject]);
        (opens && apart).then_some(subject)
    }

    /// The person the article names by `role`: the latest such naming before it, else the first
    /// after; for an unnamed role in the opening paragraph, the first person the next paragraphs
    /// quote or cite (news ledes name a source only in the following paragraphs).
    fn described(&self, role: Span, paragraph: usize) -> Option<usize> {
        let word = role.text(self.body);
        let named = self.with_roles(word, |roles, only_as_plural| {
            // `the authors wrote` is not the lead author: a plural never means one named person.
            if only_as_plural {
                return Err(());
            }
            Ok(roles.naming(self.body, word, role.start).map(|l| l.entity))
        });
        match named {
            Err(()) => return None,
            Ok(Some(id)) => return Some(id),
            Ok(None) => {}
        }
        // `prosecutors called it “…”`: a plural role is never the one person the next
        // paragraphs quote.
        let plural_role = word.len() > 3
            && word.ends_with('s')
            && classes(&word[..word.len() - 1]) & class::ROLE != 0;
        if paragraph != 0 || plural_role {
            return None;
        }
        let mut toks = Vec::new();
        for para in self.paragraphs.iter().skip(1).take(2) {
            tokenize(self.body, *para, &mut toks);
            let found = named_speakers(&toks, self.body)
                .filter_map(|s| self.named(s.span))
                .find(|&id| self.is_person(id));
            if found.is_some() {
                return found;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_honorific_passes_the_quick_filter() {
        for word in [
            "Mr", "Sir", "Lord", "King", "Prince", "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen",
            "Princess",
        ] {
            let before = format!("{word}. ");
            assert!(super::honorific_fit(&before).is_some(), "{word}");
            assert!(super::may_hold_honorific(before.as_bytes()), "{word}");
        }
        assert!(!super::may_hold_honorific(b"said the "));
    }

    use super::*;
    use crate::analysis::paragraphs::paragraphs;

    fn person(body: &str, name: &str, surfaces: &[&str]) -> Entity {
        super::super::tests::entity(body, name, EntityKind::Person, surfaces)
    }

    fn span_of(body: &str, needle: &str, nth: usize) -> Span {
        let i = body.match_indices(needle).nth(nth).unwrap().0;
        Span::new(i, i + needle.len())
    }

    #[test]
    fn pronoun_takes_the_latest_fitting_person_outside_quotes() {
        let body = "Mrs. Dana Holt met Mr. Omar Reyes.\n\n“Reyes is wrong,” he said.";
        let paras = paragraphs(body);
        let ents = [
            person(body, "Dana Holt", &["Dana Holt"]),
            person(body, "Omar Reyes", &["Omar Reyes", "Reyes is"]),
        ];
        let quoted = vec![span_of(body, "Reyes is wrong,", 0)];
        let r = Resolver::new(body, &paras, &ents, quoted);
        let he = Speaker {
            span: span_of(body, "he", 0),
            form: Form::Pronoun(PronounFit::Male),
        };
        assert_eq!(r.resolve(he, 1), Some(1));
        let she = Speaker {
            span: span_of(body, "he", 0),
            form: Form::Pronoun(PronounFit::Female),
        };
        assert_eq!(r.resolve(she, 1), Some(0));
    }

    #[test]
    fn description_resolves_through_the_article_naming_the_role() {
        let body = "Ali Karim, the group’s spokesman, arrived.\n\n“We wait,” the spokesman said.";
        let paras = paragraphs(body);
        let ents = [person(body, "Ali Karim", &["Ali Karim"])];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let role = span_of(body, "spokesman", 1);
        let desc = Speaker {
            span: Span::new(role.start - 4, role.end),
            form: Form::Description { role: Some(role) },
        };
        assert_eq!(r.resolve(desc, 1), Some(0));
        let unknown = Speaker {
            span: span_of(body, "the group", 0),
            form: Form::Description { role: None },
        };
        assert_eq!(r.resolve(unknown, 0), None);
    }

    #[test]
    fn relatives_are_roles() {
        let body = "His niece, Eva Roux, lives nearby.\n\n“He sang,” the niece said.";
        let paras = paragraphs(body);
        let ents = [person(body, "Eva Roux", &["Eva Roux"])];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let role = span_of(body, "niece", 1);
        let desc = Speaker {
            span: Span::new(role.start - 4, role.end),
            form: Form::Description { role: Some(role) },
        };
        assert_eq!(r.resolve(desc, 1), Some(0));
    }

    #[test]
    fn organisations_by_determiner_and_full_name_or_by_generic_head() {
        let body = "The Office of Water Rates fined Alder Ltd.\n\nThe Office of Water Rates said it. The regulator added more.";
        let paras = paragraphs(body);
        let org = |name: &str| Entity {
            name: name.into(),
            kind: EntityKind::Organization,
            mentions: body
                .match_indices(name)
                .map(|(i, _)| Span::new(i, i + name.len()))
                .collect(),
        };
        let ents = [org("Office of Water Rates"), org("Alder Ltd")];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let desc = |s: Span| Speaker {
            span: s,
            form: Form::Description { role: None },
        };
        let full = span_of(body, "The Office of Water Rates", 1);
        assert_eq!(r.resolve(desc(full), 1), Some(0));
        // Only the whole name: `The Office` alone is not read as a name here.
        let part = span_of(body, "The Office of Water", 1);
        assert_eq!(r.determined_name(part), None);
        assert_eq!(
            r.resolve(desc(span_of(body, "The regulator", 0)), 1),
            Some(0)
        );
    }

    #[test]
    fn names_map_by_overlap_and_lede_roles_look_ahead() {
        let body = "Rebels are ready, according to their spokesman.\n\nThe valley is full, Ali Karim claimed.";
        let paras = paragraphs(body);
        let ents = [person(body, "Ali Karim", &["Ali Karim"])];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let name = Speaker {
            span: span_of(body, "Karim", 0),
            form: Form::Name,
        };
        assert_eq!(r.resolve(name, 1), Some(0));
        let role = span_of(body, "spokesman", 0);
        let desc = Speaker {
            span: role,
            form: Form::Description { role: Some(role) },
        };
        assert_eq!(r.resolve(desc, 0), Some(0));
    }

    #[test]
    fn a_pronoun_prefers_the_earlier_sentence_subject_over_its_object() {
        let body = "Her lawyer, Ivo Brand, asked Judge Mara Quist for bail.\n\n“She has a job,” he told the court.";
        let paras = paragraphs(body);
        let ents = [
            person(body, "Ivo Brand", &["Ivo Brand"]),
            person(body, "Mara Quist", &["Judge Mara Quist"]),
        ];
        let quoted = vec![span_of(body, "She has a job,", 0)];
        let r = Resolver::new(body, &paras, &ents, quoted);
        let he = Speaker {
            span: span_of(body, "he told", 0),
            form: Form::Pronoun(PronounFit::Male),
        };
        assert_eq!(r.resolve(he, 1), Some(0));
        // The object stays the referent when it is the one person who fits.
        let body = "Mrs. Ada Holt asked Judge Omar Quist for bail.\n\n“No,” he said.";
        let paras = paragraphs(body);
        let ents = [
            person(body, "Ada Holt", &["Ada Holt"]),
            person(body, "Omar Quist", &["Judge Omar Quist"]),
        ];
        let r = Resolver::new(body, &paras, &ents, vec![span_of(body, "No,", 0)]);
        let he = Speaker {
            span: span_of(body, "he said", 0),
            form: Form::Pronoun(PronounFit::Male),
        };
        assert_eq!(r.resolve(he, 1), Some(1));
    }

    #[test]
    fn round_four_pronouns_after_unnamed_roles_and_appositions() {
        // A pronoun after a sentence opened by an unnamed role means that role, not the person
        // named before it.
        let body = "Mr Ivo Brand blamed the council.\n\nA spokeswoman for the port said ships were late. “Wait,” she said.";
        let paras = paragraphs(body);
        let ents = [person(body, "Ivo Brand", &["Ivo Brand"])];
        let r = Resolver::new(body, &paras, &ents, vec![span_of(body, "Wait,", 0)]);
        let she = Speaker {
            span: span_of(body, "she said", 0),
            form: Form::Pronoun(PronounFit::Female),
        };
        assert_eq!(r.resolve(she, 1), None);
        // `X’s successor, Dr Y, said … he said`: Y is apposed, not an object, and the
        // possessive is no subject.
        let body =
            "Holt’s deputy at the Rail Institute, Dr Omar Quist, said it works. “Yes,” he said.";
        let paras = paragraphs(body);
        let ents = [
            person(body, "Ada Holt", &["Holt"]),
            person(body, "Omar Quist", &["Omar Quist"]),
        ];
        let r = Resolver::new(body, &paras, &ents, vec![span_of(body, "Yes,", 0)]);
        let he = Speaker {
            span: span_of(body, "he said", 0),
            form: Form::Pronoun(PronounFit::Male),
        };
        assert_eq!(r.resolve(he, 0), Some(1));
        // `the chipmaker`: a company by its trade is the latest organisation named.
        let body = "Shares of Voltan Chips fell. The chipmaker warned.";
        let paras = paragraphs(body);
        let ents = [Entity {
            name: "Voltan Chips".into(),
            kind: EntityKind::Organization,
            mentions: vec![span_of(body, "Voltan Chips", 0)],
        }];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let desc = Speaker {
            span: span_of(body, "The chipmaker", 0),
            form: Form::Description { role: None },
        };
        assert_eq!(r.resolve(desc, 0), Some(0));
    }

    #[test]
    fn a_plural_role_is_not_the_one_person_named_by_the_singular() {
        let body =
            "Dr Lena Sato, the study’s lead author, spoke.\n\n“It holds,” the authors wrote.";
        let paras = paragraphs(body);
        let ents = [person(body, "Lena Sato", &["Lena Sato"])];
        let r = Resolver::new(body, &paras, &ents, Vec::new());
        let role = span_of(body, "authors", 0);
        let desc = Speaker {
            span: Span::new(role.start - 4, role.end),
            form: Form::Description { role: Some(role) },
        };
        assert_eq!(r.resolve(desc, 1), None);
    }
}
