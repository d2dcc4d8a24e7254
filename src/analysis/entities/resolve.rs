//! Article-level resolution: candidate mentions become entities. One pass in text order puts each
//! mention into an existing cluster (same name; surname or title + surname of a person; acronym of an
//! organization, in either order; a word of an organization's or place's longer name; a close
//! spelling variant of a person's surname) or opens a new one. A bare surname shared by two people
//! goes to the more salient one. Each cluster's kind is the vote of all its mentions.

use std::cell::OnceCell;

use super::candidates::Candidate;
use super::gender;
use super::index::{key_hash, Index, Initials, List};
use super::kinds::{self, Votes};
use super::lexicon::{flag, Lexicon};
use super::short_forms;
use super::tokens::{Shape, Token};
use super::{Entity, EntityKind};
use crate::analysis::span::Span;

/// Salts that keep the hashed keys of different lists apart.
const SURNAME_SALT: u64 = 0x9e37_79b9_7f4a_7c15;
const LETTER_SALT: u64 = 0xc2b2_ae3d_27d4_eb4f;
const DOTLESS_SALT: u64 = 0x1656_67b1_9e37_79f9;

/// The key of a dotted acronym without its periods ("U.N." → "UN").
fn dotless_key(word: &str) -> u64 {
    key_hash(word.bytes().filter(|&b| b != b'.')) ^ DOTLESS_SALT
}

struct Cluster<'a> {
    votes: Votes,
    /// The fullest name seen, without title.
    best: Span,
    best_words: usize,
    /// Token range of the best name, and its first and last capitalised words.
    word_range: (usize, usize),
    first_word: &'a str,
    last_word: &'a str,
    /// Surname with its particles ("de Vries"), for multi-word names.
    surname: &'a str,
    count: usize,
    /// The first multi-word mention was not tucked inside an "of ..." phrase.
    salient: bool,
    last_seen: usize,
    /// The kind the votes so far choose.
    kind: EntityKind,
    /// A mention carried a company or club designator ("Inc.", "FC"): an organization.
    designated: bool,
    /// Gender evidence the article attached to the person's mentions ([`gender`]).
    gender: i32,
}

/// Capitalised particles that belong to a surname after a given name ("Amira El Fassi").
const CAPITAL_PARTICLES: &[&str] = &["El", "Al", "De", "Van", "Von", "Le", "La", "Da", "Di", "Du"];

/// Designators that make a name an organization whatever else it looks like.
const DESIGNATORS: &[&str] = &[
    "FC", "AFC", "CF", "SC", "Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "plc", "AG", "GmbH", "SA",
    "NV", "LLP",
];

impl Cluster<'_> {
    fn multi(&self) -> bool {
        self.best_words > 1
    }

    fn kind(&self) -> EntityKind {
        self.kind
    }

    fn salience(&self) -> (usize, usize) {
        (self.count * 2 + usize::from(self.salient), self.last_seen)
    }

    fn is_person(&self) -> bool {
        self.multi() && self.kind() == EntityKind::Person
    }
}

/// The capitalised words of a candidate: how many, the first and the last.
struct Words<'a> {
    count: usize,
    first: &'a str,
    last: &'a str,
}

impl<'a> Words<'a> {
    fn of(body: &'a str, toks: &[Token], c: &Candidate) -> Self {
        let mut w = Words {
            count: 0,
            first: "",
            last: "",
        };
        for t in &toks[c.first..c.end] {
            if t.is_capitalised() {
                let text = t.text(body);
                if w.count == 0 {
                    w.first = text;
                }
                w.last = text;
                w.count += 1;
            }
        }
        w
    }
}

/// The key of a first letter in the hashed lists.
fn letter_key(c: Option<char>) -> u64 {
    u64::from(c.map_or(0, u32::from)) ^ LETTER_SALT
}

/// The clusters so far, with the index from name words to the clusters that may match them.
struct State<'a> {
    body: &'a str,
    toks: &'a [Token],
    clusters: Vec<Cluster<'a>>,
    index: Index<'a>,
    /// Gender evidence of the mention being placed (its title or kin noun), 0 for none.
    gender: i32,
    /// Some surname with particles ("de Vries") was filed: until then no mention can match one.
    particle_surnames: bool,
}

/// The most salient of `ids` that pass `keep` (saliences never tie: `last_seen` differs).
fn most_salient(
    clusters: &[Cluster],
    ids: impl Iterator<Item = usize>,
    keep: impl Fn(&Cluster) -> bool,
) -> Option<usize> {
    ids.filter(|&id| keep(&clusters[id]))
        .max_by_key(|&id| clusters[id].salience())
}

/// The highest-numbered (latest opened) of `ids` that pass `keep`.
fn latest(
    clusters: &[Cluster],
    ids: impl Iterator<Item = usize>,
    keep: impl Fn(&Cluster) -> bool,
) -> Option<usize> {
    ids.filter(|&id| keep(&clusters[id])).max()
}

/// Cluster the candidates into entities ordered by first mention.
pub fn resolve(body: &str, toks: &[Token], lex: &Lexicon, cands: &[Candidate]) -> Vec<Entity> {
    let mut st = State {
        body,
        toks,
        clusters: Vec::with_capacity(cands.len() / 2 + 4),
        index: Index::with_capacity(cands.len() + 4),
        gender: 0,
        particle_surnames: false,
    };
    let mut cluster_of: Vec<usize> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let words = Words::of(body, toks, c);
        let initials = OnceCell::new();
        let name = c.name.text(body);
        // What the mention's own title or kin noun says ("Ms. Gill", "his sister, X").
        let span_first = (0..c.first)
            .rev()
            .take_while(|&k| toks[k].start as usize >= c.span.start)
            .last()
            .unwrap_or(c.first);
        let stated = gender::title(toks, c.first) + gender::kin(body, toks, lex, span_first);
        st.gender = stated;
        // The cluster already filed under this exact name, looked up once: the matching uses it,
        // and the filing after it is skipped when it would store the same cluster again.
        let sym = st.index.symbol(name);
        let known = st.index.exact(sym);
        let target = if c.alias_of_previous {
            cluster_of.last().copied()
        } else if is_ticker(body, toks, lex, cands, i) {
            cluster_of.get(i.wrapping_sub(2)).copied()
        } else if words.count == 1 {
            let upper = toks[c.first].shape == Shape::Upper;
            if toks[c.first].shape == Shape::Lower {
                // "van Rensburg" mid-sentence: the surname of a person named in full.
                st.match_surname(name)
                    .or_else(|| st.match_single(lex, name, upper, sym))
            } else {
                st.match_single(lex, name, upper, sym)
            }
        } else {
            st.match_multi(c, name, &words, &initials, known)
        };
        let id = match target {
            Some(id) => id,
            None => {
                let votes = st.product_votes(lex, &words);
                st.clusters.push(Cluster {
                    votes,
                    best: c.name,
                    best_words: 0,
                    word_range: (c.first, c.first),
                    first_word: "",
                    last_word: "",
                    surname: "",
                    count: 0,
                    salient: false,
                    last_seen: i,
                    kind: EntityKind::Other,
                    designated: false,
                    gender: 0,
                });
                st.clusters.len() - 1
            }
        };
        let pronoun = if words.count > 1 || c.titled {
            gender::pronoun_after(body, toks, c.end)
        } else {
            0
        };
        let cl = &mut st.clusters[id];
        cl.gender += stated + pronoun;
        // A personal pronoun that refers back to the name ("Amira El Fassi for her role").
        if pronoun != 0 {
            cl.votes[kinds::index(EntityKind::Person)] += 1.0;
        }
        for (v, e) in cl.votes.iter_mut().zip(c.votes) {
            *v += e;
        }
        cl.count += 1;
        cl.last_seen = i;
        if words.count > 1 && cl.best_words <= 1 {
            cl.salient = !c.embedded;
        }
        let better = words.count > cl.best_words
            || (words.count == cl.best_words && c.name.len() > cl.best.len());
        if better {
            cl.best = c.name;
            cl.best_words = words.count;
            cl.word_range = (c.first, c.end);
            cl.first_word = words.first;
            cl.last_word = words.last;
            cl.surname = surname(body, toks, c);
        }
        cl.designated |= words.count > 1 && DESIGNATORS.contains(&words.last);
        cl.kind = if cl.designated {
            EntityKind::Organization
        } else {
            kinds::decide(&cl.votes, cl.multi())
        };
        if better {
            st.file(id, &initials);
        }
        if known != Some(id) {
            st.index.set_exact(name, id);
        }
        cluster_of.push(id);
    }
    coordinated_places(body, toks, cands, &cluster_of, &mut st.clusters);
    // Mentions, each list allocated once at its final size.
    let mut counts = vec![0usize; st.clusters.len()];
    for &id in &cluster_of {
        counts[id] += 1;
    }
    let mut mentions: Vec<Vec<Span>> = counts.iter().map(|&n| Vec::with_capacity(n)).collect();
    for (c, &id) in cands.iter().zip(&cluster_of) {
        mentions[id].push(c.span);
    }
    st.clusters
        .into_iter()
        .zip(mentions)
        .map(|(cl, mentions)| Entity {
            name: cl.best.text(body).to_string(),
            kind: cl.kind(),
            mentions,
        })
        .collect()
}

impl<'a> State<'a> {
    /// File cluster `id` under the words and keys of its (new) best name.
    ///
    /// `initials` are those of the candidate that gave the cluster its best name (computed once
    /// for the matching and the filing).
    fn file(&mut self, id: usize, initials: &OnceCell<Initials>) {
        let cl = &self.clusters[id];
        let (first, last, surname, (a, b)) =
            (cl.first_word, cl.last_word, cl.surname, cl.word_range);
        let multi = cl.multi();
        self.index.add_hashed(letter_key(last.chars().next()), id);
        if !multi {
            self.index.add(first, List::Single, id);
            if first.contains('.') {
                self.index.add_hashed(dotless_key(first), id);
            }
            return;
        }
        let initials = initials.get_or_init(|| Initials::of(self.body, self.toks, a, b));
        self.index
            .add_hashed(key_hash(initials.as_bytes().iter().copied()), id);
        if surname.len() > last.len() {
            let key = key_hash(surname.bytes().map(|b| b.to_ascii_lowercase())) ^ SURNAME_SALT;
            self.index.add_hashed(key, id);
            self.particle_surnames = true;
        }
        // Every capitalised word under `Word`; the first (`first`) also under `First` and the last
        // (`last`) under `Last`, each word interned once.
        let (toks, body) = (self.toks, self.body);
        let caps = || (a..b).filter(|&k| toks[k].is_capitalised());
        let (first_k, last_k) = (caps().next(), caps().next_back());
        for k in caps() {
            let lists: &[List] = match (Some(k) == first_k, Some(k) == last_k) {
                (true, true) => &[List::First, List::Last, List::Word],
                (true, false) => &[List::First, List::Word],
                (false, true) => &[List::Last, List::Word],
                (false, false) => &[List::Word],
            };
            self.index.add_lists(toks[k].text(body), lists, id);
        }
    }

    /// "Orbitel Flex" after "Orbitel": a company's name followed by a word that is no institution
    /// word names one of its products.
    fn product_votes(&self, lex: &Lexicon, words: &Words) -> Votes {
        let mut v: Votes = [0.0; 5];
        // "Westbury" after "Westbury Borough Council": the place the council is named after.
        if words.count == 1 {
            let sym = self.index.symbol(words.first);
            let council = self.index.get(sym, List::Word).any(|id| {
                let cl = &self.clusters[id];
                cl.last_word == "Council" && cl.first_word == words.first
            });
            if council {
                v[kinds::index(EntityKind::Place)] += 3.0;
            }
        }
        if words.count >= 2 {
            let maker = self.index.exact_of(words.first).is_some_and(|id| {
                let cl = &self.clusters[id];
                !cl.multi() && cl.kind() == EntityKind::Organization
            });
            let institution = flag::ORG_WORD | flag::PLACE_SUFFIX | flag::ENTITY | flag::OTHER_WORD;
            if maker && lex.get(words.last) & institution == 0 {
                v[kinds::index(EntityKind::Other)] += 5.0;
            }
        }
        v
    }

    /// The most salient person whose surname with its particles is `name` ("De Vries").
    fn match_surname(&self, name: &str) -> Option<usize> {
        if !self.particle_surnames {
            return None;
        }
        let key = key_hash(name.bytes().map(|b| b.to_ascii_lowercase())) ^ SURNAME_SALT;
        most_salient(&self.clusters, self.index.get_hashed(key), |cl| {
            cl.is_person()
                && cl.surname.eq_ignore_ascii_case(name)
                && gender::agree(self.gender, cl.gender)
        })
    }

    /// A name made of an earlier one-word name and a designator ("Inc.", "FC") or an
    /// organization word, when that earlier name is taken for an organization (any kind but a
    /// person for a designator).
    fn match_designated(&self, c: &Candidate, words: &Words) -> Option<usize> {
        let mut caps = (c.first..c.end)
            .rev()
            .filter(|&k| self.toks[k].is_capitalised());
        let (Some(last), Some(before)) = (caps.next(), caps.next()) else {
            return None;
        };
        let prefix = &self.body[self.toks[c.first].start as usize..self.toks[before].end as usize];
        let id = self.index.exact_of(prefix)?;
        let cl = &self.clusters[id];
        let fits = if DESIGNATORS.contains(&words.last) {
            cl.kind() != EntityKind::Person
        } else {
            !cl.multi()
                && cl.kind() == EntityKind::Organization
                && self.toks[last].flags & flag::ORG_WORD != 0
        };
        fits.then_some(id)
    }

    /// Whether `word` is one of the capitalised words of the cluster's best name.
    fn has_word(&self, cl: &Cluster, word: &str) -> bool {
        let (a, b) = cl.word_range;
        self.toks[a..b]
            .iter()
            .any(|t| t.is_capitalised() && t.text(self.body) == word)
    }

    /// "Muslims" after "Muslim", "Democrat" after "Democrats": a group's plural and singular are one
    /// group.
    fn group_number_variant(&self, lex: &Lexicon, name: &str) -> Option<usize> {
        let group = |id: &usize| self.clusters[*id].kind() == EntityKind::Group;
        if let Some(stem) = name.strip_suffix('s') {
            if let Some(id) = self.index.exact_of(stem).filter(group) {
                return Some(id);
            }
        }
        // A plural seen first: only a known group word is tried.
        if lex.get(name) & flag::GROUP == 0 {
            return None;
        }
        let mut buf = [0u8; 40];
        let n = name.len();
        if n + 1 > buf.len() {
            return None;
        }
        buf[..n].copy_from_slice(name.as_bytes());
        buf[n] = b's';
        let plural = std::str::from_utf8(&buf[..=n]).ok()?;
        self.index.exact_of(plural).filter(group)
    }

    /// `sym` is the symbol of `name` in the index, if it has one.
    fn match_single(
        &self,
        lex: &Lexicon,
        name: &str,
        upper: bool,
        sym: Option<u32>,
    ) -> Option<usize> {
        let cls = &self.clusters;
        let ix = &self.index;
        // A surname or title + surname goes to the most salient person with that surname whose
        // gender, as the article gives it, fits the title ("Mr. Gurung" is not Sita Gurung).
        if let Some(id) = most_salient(cls, ix.get(sym, List::Last), |cl| {
            cl.is_person() && cl.last_word == name && gender::agree(self.gender, cl.gender)
        }) {
            return Some(id);
        }
        if let Some(id) = ix.exact(sym) {
            let cl = &cls[id];
            if cl.kind() != EntityKind::Person || gender::agree(self.gender, cl.gender) {
                return Some(id);
            }
        }
        if let Some(id) = self.group_number_variant(lex, name) {
            return Some(id);
        }
        // A given name alone ("Oleksandr") for a person already named in full.
        if let Some(id) = most_salient(cls, ix.get(sym, List::First), |cl| {
            cl.is_person() && cl.first_word == name
        }) {
            return Some(id);
        }
        // "MARRAKECH, Morocco —" and "Marrakech": a dateline's capitals, in either order.
        if name.len() >= 4 && name.is_ascii() && !name.contains('.') {
            let mut buf = [0u8; 32];
            if name.len() <= buf.len() {
                for (k, (o, b)) in buf.iter_mut().zip(name.bytes()).enumerate() {
                    *o = if upper && k > 0 {
                        b.to_ascii_lowercase()
                    } else {
                        b.to_ascii_uppercase()
                    };
                }
                let title = std::str::from_utf8(&buf[..name.len()]).unwrap_or("");
                if let Some(id) = self.index.exact_of(title) {
                    return Some(id);
                }
            }
        }
        // "NRF", or a mixed-case acronym ("BoE" for "Bank of England").
        let capitals: String;
        let acronym = if upper && name.contains('.') {
            capitals = name.chars().filter(|&c| c != '.').collect();
            Some(capitals.as_str())
        } else if upper {
            Some(name)
        } else if name.len() <= 6 && name.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            capitals = name.chars().filter(|c| c.is_uppercase()).collect();
            Some(capitals.as_str())
        } else {
            None
        };
        if let Some(acr) = acronym {
            let found = latest(cls, ix.get_hashed(key_hash(acr.bytes())), |cl| {
                cl.multi()
                    && cl.kind() != EntityKind::Person
                    && Initials::of(self.body, self.toks, cl.word_range.0, cl.word_range.1).as_str()
                        == acr
            });
            if found.is_some() {
                return found;
            }
        }
        // "Alphabet" for "Alphabet Inc.": a company named with its designator is the same
        // company, known name or not.
        let designated = latest(cls, ix.get(sym, List::First), |cl| {
            cl.best_words == 2
                && cl.first_word == name
                && DESIGNATORS.contains(&cl.last_word.trim_end_matches('.'))
        });
        if designated.is_some() {
            return designated;
        }
        let known = lex.get(name) & flag::ENTITY != 0;
        if !known {
            // "Helix" for "Helix Semiconductor Inc.", "Rovers" for "Millford Rovers"; but not
            // "Westbury" for "Westbury Borough Council": a council is named after its place.
            let found = latest(cls, ix.get(sym, List::Word), |cl| {
                // Nor "Kirkgate" for "Kirkgate Market": a place word makes a site named after
                // the place.
                let named_after = cl.first_word == name
                    && (cl.last_word == "Council"
                        || lex.get(cl.last_word) & flag::PLACE_SUFFIX != 0);
                cl.multi()
                    && !named_after
                    && matches!(
                        cl.kind(),
                        EntityKind::Organization | EntityKind::Place | EntityKind::Other
                    )
                    && self.has_word(cl, name)
            });
            if found.is_some() {
                return found;
            }
            // A close spelling variant of a person's surname ("Masood" for "Massoud").
            if !upper {
                let first = name.chars().next();
                let variant = |cl: &Cluster| {
                    cl.kind() == EntityKind::Person
                        && cl.last_word.chars().next() == first
                        && is_spelling_variant(name, cl.last_word)
                };
                if let Some(id) = most_salient(cls, ix.get_hashed(letter_key(first)), variant) {
                    return Some(id);
                }
            }
        }
        None
    }

    /// "Labour Ministry" after "Ministry of Labour and Social Economy": the organization whose full
    /// name `name` shortens most closely ([`short_forms`]).
    fn match_short_form(&self, name: &str) -> Option<usize> {
        self.clusters
            .iter()
            .enumerate()
            .filter(|(_, cl)| cl.multi() && cl.kind() == EntityKind::Organization)
            .filter_map(|(id, cl)| {
                short_forms::short_form_gap(name, cl.best.text(self.body)).map(|gap| (gap, id))
            })
            .min()
            .map(|(_, id)| id)
    }

    fn match_multi(
        &self,
        c: &Candidate,
        name: &str,
        words: &Words,
        initials: &OnceCell<Initials>,
        known: Option<usize>,
    ) -> Option<usize> {
        if known.is_some() {
            return known;
        }
        let cls = &self.clusters;
        let ix = &self.index;
        // "De Vries" for "Marieke de Vries".
        if let Some(id) = self.match_surname(name) {
            return Some(id);
        }
        // "Lumora Inc." after "Lumora", "Northvale United" after the club "Northvale".
        if let Some(id) = self.match_designated(c, words) {
            return Some(id);
        }
        // A full name after its surname alone ("Saleh" ... "Amrullah Saleh"), or an expansion after
        // its acronym ("NRF" ... "National Resistance Front").
        let personish = c.titled || c.votes[0] > c.votes[1].max(c.votes[2]);
        let last = words.last;
        let by_surname = if personish {
            latest(cls, ix.get(ix.symbol(last), List::Single), |cl| {
                !cl.multi() && cl.first_word == last
            })
        } else {
            None
        };
        // Initials only matter against a one-word, all-capitals cluster.
        let initials = initials.get_or_init(|| Initials::of(self.body, self.toks, c.first, c.end));
        let init = initials.as_str();
        let by_acronym = if init.len() >= 2 && init.bytes().all(|b| b.is_ascii_uppercase()) {
            let plain = latest(cls, ix.get(ix.symbol(init), List::Single), |cl| {
                !cl.multi() && cl.first_word == init
            });
            // "U.N." ... "United Nations".
            let dotted = latest(cls, ix.get_hashed(dotless_key(init)), |cl| {
                !cl.multi()
                    && cl.first_word.contains('.')
                    && cl
                        .first_word
                        .bytes()
                        .filter(|&b| b != b'.')
                        .eq(init.bytes())
            });
            plain.max(dotted)
        } else {
            None
        };
        // "Lahore Falcons" after a headline's "Falcons": a club's full name after its short one.
        let by_short = if personish {
            None
        } else {
            latest(cls, ix.get(ix.symbol(last), List::Single), |cl| {
                !cl.multi() && cl.first_word == last && cl.kind() == EntityKind::Organization
            })
        };
        let by_short_form = if personish {
            None
        } else {
            self.match_short_form(name)
        };
        let found = by_surname.max(by_acronym).max(by_short).or(by_short_form);
        if found.is_some() || name.contains(' ') {
            return found;
        }
        // A hyphenated given name alone ("Jean-Luc") for a person named in full.
        most_salient(cls, ix.get(ix.symbol(words.first), List::First), |cl| {
            cl.is_person()
                && cl
                    .best
                    .text(self.body)
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with(' '))
        })
    }
}

/// "Marlow & Finch (NASDAQ: MRFN)": candidate `i` is a ticker, in brackets after a stock exchange
/// the lexicon knows, right after the company's name (candidate `i - 2`).
fn is_ticker(body: &str, toks: &[Token], lex: &Lexicon, cands: &[Candidate], i: usize) -> bool {
    let c = &cands[i];
    if i < 2 || c.end != c.first + 1 || toks[c.first].shape != Shape::Upper || c.first < 4 {
        return false;
    }
    let (exchange, company) = (&cands[i - 1], &cands[i - 2]);
    let k = c.first;
    toks[k - 1].is_punct(':')
        && exchange.end == k - 1
        && exchange.first >= 2
        && toks[exchange.first - 1].is_punct('(')
        && company.end == exchange.first - 1
        && lex.get_any_case(exchange.name.text(body)) & flag::ORG != 0
}

/// Whether candidates `a` and `b` (in text order) are joined as a list ("X and Y", "X, Y and Z").
fn listed_together(body: &str, toks: &[Token], a: &Candidate, b: &Candidate) -> bool {
    let first = (a.end..b.first)
        .rev()
        .take_while(|&k| toks[k].start as usize >= b.span.start)
        .last()
        .map_or(b.first, |k| k);
    let joiner =
        |k: usize| toks[k].shape == Shape::Lower && matches!(toks[k].text(body), "and" | "or");
    match first.checked_sub(a.end) {
        Some(1) if joiner(a.end) => true,
        Some(2) => toks[a.end].is_punct(',') && joiner(a.end + 1),
        // "Nanoro, Kaya and Bobo": a comma only inside a list that goes on, and not before a
        // speaker ("to Kabul, Nazary said, and ...").
        Some(1) if toks[a.end].is_punct(',') && b.votes[0] <= 1.0 => {
            (b.end < toks.len() && joiner(b.end))
                || (b.end + 1 < toks.len() && toks[b.end].is_punct(',') && joiner(b.end + 1))
        }
        _ => false,
    }
}

/// One sense per list: a name listed with a place ("in Nanoro and Bobo-Dioulasso", "the Millbrook and
/// Eastgate estates") gets place votes, then every touched cluster's kind is decided again.
fn coordinated_places(
    body: &str,
    toks: &[Token],
    cands: &[Candidate],
    cluster_of: &[usize],
    clusters: &mut [Cluster],
) {
    const WEIGHT: f32 = 2.0;
    let place = kinds::index(EntityKind::Place);
    let mut touched: Vec<usize> = Vec::new();
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1], &cands[i]);
        if a.titled || b.titled || !listed_together(body, toks, a, b) {
            continue;
        }
        let (ia, ib) = (cluster_of[i - 1], cluster_of[i]);
        let (ka, kb) = (clusters[ia].kind, clusters[ib].kind);
        if ka == EntityKind::Place && kb != EntityKind::Place && !clusters[ib].designated {
            touched.push(ib);
        } else if kb == EntityKind::Place && ka != EntityKind::Place && !clusters[ia].designated {
            touched.push(ia);
        }
    }
    for &id in &touched {
        clusters[id].votes[place] += WEIGHT;
    }
    for &id in &touched {
        let cl = &mut clusters[id];
        cl.kind = kinds::decide(&cl.votes, cl.multi());
    }
}

/// The surname of a multi-word name: its last word with the lower-case particles before it.
fn surname<'a>(body: &'a str, toks: &[Token], c: &Candidate) -> &'a str {
    // "Park Ji-hoon": a hyphenated given name with a lower-case syllable follows the family name.
    if c.end >= c.first + 4
        && toks[c.end - 1].shape == Shape::Lower
        && toks[c.end - 2].is_punct('-')
        && toks[c.first].is_capitalised()
    {
        return toks[c.first].text(body);
    }
    let last = (c.first..c.end)
        .rev()
        .find(|&k| toks[k].is_capitalised())
        .unwrap_or(c.first);
    let mut start = last;
    // A double-barrelled surname ("Almeida-Costa").
    while start >= c.first + 3
        && toks[start - 1].is_punct('-')
        && !toks[start - 1].space_before
        && !toks[start].space_before
        && toks[start - 2].is_capitalised()
    {
        start -= 2;
    }
    // Lower-case particles, also joined by a hyphen ("al-Khatib"), or capitalised ones after a
    // given name ("Amira El Fassi").
    while start > c.first + 1
        && (toks[start - 1].shape == Shape::Lower
            || CAPITAL_PARTICLES.contains(&toks[start - 1].text(body))
            || (toks[start - 1].is_punct('-')
                && start >= c.first + 3
                && toks[start - 2].shape == Shape::Lower))
    {
        start -= 1;
    }
    &body[toks[start].start as usize..toks[last].end as usize]
}

/// Conservative spelling-variant test: same first letter, both at least five letters, and equal once
/// doubled letters are collapsed, or one inserted letter apart ("Masood" ~ "Massoud"); a changed
/// letter ("Saleh" / "Salem") is a different name.
fn is_spelling_variant(a: &str, b: &str) -> bool {
    if a == b
        || a.chars().count() < 5
        || b.chars().count() < 5
        || a.chars().next() != b.chars().next()
    {
        return false;
    }
    let ca = collapse_doubles(a);
    let cb = collapse_doubles(b);
    one_insertion_apart(&ca, &cb)
}

fn collapse_doubles(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

fn one_insertion_apart(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => short == long,
        1 => {
            let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
            short[prefix..] == long[prefix + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    /// Entities as (kind, mention texts).
    fn entities(body: &str) -> Vec<(EntityKind, Vec<&str>)> {
        analyze(body)
            .entities
            .into_iter()
            .map(|e| (e.kind, e.mentions.iter().map(|m| m.text(body)).collect()))
            .collect()
    }

    fn cluster_with<'a>(e: &'a [(EntityKind, Vec<&'a str>)], m: &str) -> &'a [&'a str] {
        &e.iter().find(|(_, ms)| ms.contains(&m)).unwrap().1
    }

    #[test]
    fn gendered_titles_agree_with_the_person() {
        // Only the article's own words say who is who: a pronoun, a kin noun, a title.
        let body = "Maya Tembe, 40, has run the shop since her divorce. Her cousin, Kofi Tembe, \
                    drives a bus. Mr. Tembe said the road was unsafe. Ms. Tembe disagreed.";
        let e = entities(body);
        assert_eq!(cluster_with(&e, "Mr. Tembe"), ["Kofi Tembe", "Mr. Tembe"]);
        assert_eq!(cluster_with(&e, "Ms. Tembe"), ["Maya Tembe", "Ms. Tembe"]);
        let body = "Court clerk Ravi Anand came with his sister, nurse Priti Anand. Ms Anand \
                    spoke first, then Mr Anand.";
        let e = entities(body);
        assert_eq!(cluster_with(&e, "Ms Anand"), ["Priti Anand", "Ms Anand"]);
        assert_eq!(cluster_with(&e, "Mr Anand"), ["Ravi Anand", "Mr Anand"]);
    }

    #[test]
    fn hyphenated_and_particle_surnames_merge() {
        let body = "Nadia Okonkwo-Reyes won. Okonkwo-Reyes thanked Layla El Amrani, and El Amrani \
                    thanked her.";
        let e = entities(body);
        assert_eq!(
            cluster_with(&e, "Okonkwo-Reyes"),
            ["Nadia Okonkwo-Reyes", "Okonkwo-Reyes"]
        );
        assert_eq!(
            cluster_with(&e, "El Amrani"),
            ["Layla El Amrani", "El Amrani"]
        );
    }

    #[test]
    fn tickers_datelines_and_short_club_names_join_their_entity() {
        let body = "Falcons sign striker\n\nTOLVIK, Norway — Shares of Brask & Lund (NYSE: BRLD) \
                    rose in Tolvik. The Tolvik Falcons said so.";
        let e = entities(body);
        assert_eq!(cluster_with(&e, "BRLD"), ["Brask & Lund", "BRLD"]);
        assert_eq!(cluster_with(&e, "TOLVIK"), ["TOLVIK", "Tolvik"]);
        assert_eq!(
            cluster_with(&e, "Tolvik Falcons"),
            ["Falcons", "Tolvik Falcons"]
        );
    }

    #[test]
    fn a_council_is_not_its_town() {
        let body = "Ravensholm Borough Council lost the case. Ravensholm will appeal.";
        let e = entities(body);
        assert_eq!(cluster_with(&e, "Ravensholm"), ["Ravensholm"]);
        assert_eq!(
            e.iter().find(|(_, m)| m == &["Ravensholm"]).unwrap().0,
            EntityKind::Place
        );
    }

    #[test]
    fn spelling_variants_are_conservative() {
        assert!(is_spelling_variant("Masood", "Massoud"));
        assert!(is_spelling_variant("Mohammed", "Mohamed"));
        assert!(!is_spelling_variant("Brandl", "Brandt"));
        assert!(!is_spelling_variant("Saleh", "Salem"));
        assert!(!is_spelling_variant("Nazary", "Massoud"));
        assert!(!is_spelling_variant("Khan", "Kahn"));
        assert!(!is_spelling_variant("Smith", "Smith"));
    }
}
