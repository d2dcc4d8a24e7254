//! The [`Model`]: everything the reader knows, as plain data. Cursors and selections are byte
//! offsets or indexes into the analysis, never screen lines, so they survive re-wrapping.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::crossref::CrossIndex;
use super::keymap::Keymap;
use crate::analysis::entities::names::surname;
use crate::analysis::load::SkipCounts;
use crate::analysis::{paragraphs, Analysis, Article, EntityKind, Quote, Span};
use crate::ui::layout::LayoutConfig;
use crate::ui::theme::Theme;
use crate::ui::wrap::{self, TextGrid, TextPos, WrapCache};

/// How far the background analysis of an article has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Only paragraphs (computed before the first frame).
    Paragraphs,
    /// Paragraphs and sentences.
    Sentences,
    /// Everything: entities and quotes too.
    Complete,
}

/// The panes that can take the focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    Articles,
    Text,
    Entities,
    Quotes,
}

impl Focus {
    pub const ORDER: [Focus; 4] = [Focus::Articles, Focus::Text, Focus::Entities, Focus::Quotes];
}

/// What is selected in the open article. Only one thing at a time, so `n`, `]` and the status
/// line always know what they are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    None,
    /// An entity and the index of the current mention in its mention list.
    Entity { id: usize, mention: usize },
    /// A quote (index into the analysis' quotes).
    Quote(usize),
    /// A search match (index into the search's matches).
    Match(usize),
}

/// The order of the quotes pane's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteOrder {
    /// In text order.
    #[default]
    Text,
    /// Grouped by speaker: the speakers with the most quotes first, each speaker's quotes in text
    /// order, quotes without a known speaker last.
    Speaker,
}

/// A list pane's cursor row and first visible row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    /// The first visible row that keeps `selected` on a pane of `height` rows.
    pub fn visible_offset(&self, height: usize) -> usize {
        let height = height.max(1);
        if self.selected < self.offset {
            self.selected
        } else if self.selected >= self.offset + height {
            self.selected + 1 - height
        } else {
            self.offset
        }
    }
}

/// One row of the entity sidebar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRow {
    Header(EntityKind, usize),
    Entity(usize),
}

/// What the article list shows of an article's analysis: kept when the analysis itself is
/// dropped (see [`Doc::set_aside`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub paragraphs: usize,
    pub sentences: usize,
    pub entities: usize,
    pub quotes: usize,
}

impl Counts {
    fn of(analysis: &Analysis) -> Counts {
        Counts {
            paragraphs: analysis.paragraphs.len(),
            sentences: analysis.sentences.len(),
            entities: analysis.entities.len(),
            quotes: analysis.quotes.len(),
        }
    }
}

/// Articles no longer than this drop their analysis while they are not
/// shown, and make it again when opened: that is at most 2.7 ms (64 KB of news text), while a folder
/// of 10,000 short articles would otherwise hold 10,000 analyses, mostly small allocations.
pub const SET_ASIDE_MAX_BYTES: usize = 64 * 1024;

/// One loaded article, its analysis so far, and where the reader is in it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub article: Article,
    /// The analysis so far; empty while the article is set aside (see [`Doc::set_aside`]),
    /// which only happens to an article not shown.
    pub analysis: Analysis,
    pub stage: Stage,
    /// The sizes of the analysis, for the article list; kept while the analysis is set aside.
    pub counts: Counts,
    /// The analysis beyond paragraphs was dropped and must be made again before it is shown.
    set_aside: bool,
    /// The cursor: the byte offset of the start of the cursor sentence.
    pub cursor: usize,
    /// The top row of the reading pane.
    pub top: TextPos,
    pub selection: Selection,
    /// The entity sidebar's rows, made when first asked for (see [`Doc::entity_rows`]): most
    /// articles of a big folder are never shown.
    entity_rows: OnceCell<Box<[EntityRow]>>,
    pub entity_list: ListCursor,
    pub quote_list: ListCursor,
    /// The quotes pane's order (the same in every article: `v` sets it in all of them).
    pub quote_order: QuoteOrder,
    pub wrap: WrapCache,
    /// Bookmarked sentences: byte offsets of their starts.
    pub bookmarks: std::collections::BTreeSet<usize>,
    /// The paragraphs as display blocks when a giant one had to be cut up (see [`wrap::blocks`]);
    /// empty when the blocks are the paragraphs themselves (the usual case: no second copy).
    blocks: Vec<Span>,
    lowercase: OnceCell<Box<str>>,
    /// The quotes pane's rows, kept so a frame never has to filter every quote: `0..quotes.len()`,
    /// then the indexes of the quotes that have a speaker, sorted by speaker (one list, not one
    /// per entity: a folder of 10,000 articles has a few hundred thousand entities).
    quote_rows: Box<[usize]>,
    /// The rows in [`QuoteOrder::Speaker`], made when first asked for.
    grouped_quotes: OnceCell<Box<[usize]>>,
    /// The speakers' short names for the quotes pane (entity id, label), sorted by id, made when
    /// first asked for.
    speaker_labels: OnceCell<SpeakerLabels>,
}

impl Doc {
    /// A document with its paragraphs found (fast: one pass), waiting for the rest.
    pub fn new(article: Article) -> Doc {
        let analysis = Analysis {
            paragraphs: paragraphs::paragraphs(&article.body),
            ..Analysis::default()
        };
        let cursor = analysis.paragraphs.first().map_or(0, |p| p.start);
        let blocks = cut_blocks(&article.body, &analysis.paragraphs);
        Doc {
            article,
            counts: Counts::of(&analysis),
            analysis,
            stage: Stage::Paragraphs,
            set_aside: false,
            cursor,
            top: TextPos::default(),
            selection: Selection::None,
            entity_rows: OnceCell::new(),
            entity_list: ListCursor::default(),
            quote_list: ListCursor::default(),
            quote_order: QuoteOrder::default(),
            wrap: WrapCache::default(),
            bookmarks: Default::default(),
            blocks,
            lowercase: OnceCell::new(),
            quote_rows: Box::default(),
            grouped_quotes: OnceCell::new(),
            speaker_labels: OnceCell::new(),
        }
    }

    /// Take a newer analysis; the cursor (a byte offset) is kept.
    pub fn set_analysis(&mut self, analysis: Analysis, stage: Stage) {
        if analysis.paragraphs != self.analysis.paragraphs {
            self.wrap.clear();
            self.blocks = cut_blocks(&self.article.body, &analysis.paragraphs);
        }
        self.analysis = analysis;
        self.stage = self.stage.max(stage);
        self.counts = Counts::of(&self.analysis);
        self.set_aside = false;
        let shown = self.entity_rows.take().is_some();
        let quotes = &self.analysis.quotes;
        let mut by_speaker: Vec<usize> = (0..quotes.len())
            .filter(|&i| quotes[i].speaker.is_some())
            .collect();
        by_speaker.sort_by_key(|&i| (quotes[i].speaker, i));
        self.quote_rows = (0..quotes.len()).chain(by_speaker).collect();
        self.grouped_quotes = OnceCell::new();
        self.speaker_labels = OnceCell::new();
        // Keep the sidebar cursor on an entity row. Rows open with a kind's header, so in rows
        // never shown the first entity is row 1.
        if shown {
            let rows = self.entity_rows();
            if !matches!(
                rows.get(self.entity_list.selected),
                Some(EntityRow::Entity(_))
            ) {
                self.entity_list.selected = rows
                    .iter()
                    .position(|r| matches!(r, EntityRow::Entity(_)))
                    .unwrap_or(0);
            }
        } else {
            self.entity_list.selected = usize::from(!self.analysis.entities.is_empty());
        }
        self.selection = match self.selection {
            Selection::Entity { id, .. } if id >= self.analysis.entities.len() => Selection::None,
            Selection::Quote(i) if i >= self.analysis.quotes.len() => Selection::None,
            other => other,
        };
        self.cursor = self
            .units()
            .get(self.cursor_index())
            .map_or(self.cursor, |s| s.start);
    }

    /// Drop the analysis of an article that is not shown (all but [`Doc::counts`]), when it is short enough to be made again at once on opening (see
    /// [`SET_ASIDE_MAX_BYTES`]); cursor, selection and bookmarks are byte offsets and ids that the
    /// same analysis gives back.
    pub fn set_aside(&mut self) {
        if self.set_aside || self.article.body.len() > SET_ASIDE_MAX_BYTES {
            return;
        }
        self.analysis = Analysis::default();
        self.blocks = Vec::new();
        self.entity_rows = OnceCell::new();
        self.quote_rows = Box::default();
        self.grouped_quotes = OnceCell::new();
        self.speaker_labels = OnceCell::new();
        self.forget_caches();
        self.set_aside = true;
    }

    /// Whether the analysis is set aside (see [`Doc::set_aside`]).
    pub fn is_set_aside(&self) -> bool {
        self.set_aside
    }

    /// Make the analysis of a set-aside article again (the whole of it, whatever stage the
    /// background analysis had reached: the same pure function gives the same result).
    pub fn restore_analysis(&mut self) {
        if !self.set_aside {
            return;
        }
        let analysis = super::worker::whole(&self.article.body);
        self.set_analysis(analysis, Stage::Complete);
    }

    /// The entity sidebar's rows (see [`entity_rows`]), made on first use.
    pub fn entity_rows(&self) -> &[EntityRow] {
        self.entity_rows
            .get_or_init(|| entity_rows(&self.analysis).into_boxed_slice())
    }

    /// The units the cursor steps over: sentences, or paragraphs until sentences arrive.
    pub fn units(&self) -> &[Span] {
        if self.analysis.sentences.is_empty() {
            &self.analysis.paragraphs
        } else {
            &self.analysis.sentences
        }
    }

    /// The index of the cursor sentence (the last one starting at or before the cursor).
    pub fn cursor_index(&self) -> usize {
        self.units()
            .partition_point(|s| s.start <= self.cursor)
            .saturating_sub(1)
    }

    /// The cursor sentence's span, if there is any text.
    pub fn cursor_span(&self) -> Option<Span> {
        self.units().get(self.cursor_index()).copied()
    }

    /// The index of the unit holding byte `offset` (the last one starting at or before it).
    pub fn unit_at(&self, offset: usize) -> usize {
        self.units()
            .partition_point(|s| s.start <= offset)
            .saturating_sub(1)
    }

    /// The body with ASCII letters lowercased (same byte offsets), made on first search.
    pub fn lowercase_body(&self) -> &str {
        self.lowercase
            .get_or_init(|| self.article.body.to_ascii_lowercase().into_boxed_str())
    }

    /// Drop what can be made again when the article is shown: its wrapped lines and the lowercase
    /// copy of its body that search uses.
    pub fn forget_caches(&mut self) {
        self.wrap.clear();
        self.lowercase = OnceCell::new();
    }

    /// The wrapped text at `width` columns.
    pub fn grid(&self, width: usize) -> TextGrid<'_> {
        TextGrid {
            body: &self.article.body,
            blocks: if self.blocks.is_empty() {
                &self.analysis.paragraphs
            } else {
                &self.blocks
            },
            cache: &self.wrap,
            width: width.max(1),
        }
    }

    /// The title to show: the article's, or its source.
    pub fn title(&self) -> &str {
        self.article
            .title
            .as_deref()
            .unwrap_or(self.article.source.as_str())
    }

    /// Quote indexes shown in the quotes pane: the selected entity's, else all of them in the
    /// pane's order.
    pub fn visible_quotes(&self) -> &[usize] {
        let quotes = &self.analysis.quotes;
        match (self.selection, self.quote_order) {
            (Selection::Entity { id, .. }, _) => {
                let by_speaker = self.quotes_with_speaker();
                let from = by_speaker.partition_point(|&i| quotes[i].speaker < Some(id));
                let to = by_speaker.partition_point(|&i| quotes[i].speaker <= Some(id));
                &by_speaker[from..to]
            }
            (_, QuoteOrder::Text) => self.quote_rows.get(..quotes.len()).unwrap_or(&[]),
            (_, QuoteOrder::Speaker) => self.grouped_quotes.get_or_init(|| {
                grouped_by_speaker(quotes, self.quotes_with_speaker()).into_boxed_slice()
            }),
        }
    }

    /// The quotes that have a speaker, sorted by speaker, then in text order.
    fn quotes_with_speaker(&self) -> &[usize] {
        self.quote_rows
            .get(self.analysis.quotes.len()..)
            .unwrap_or(&[])
    }

    /// Switch the quotes pane's order, keeping the list cursor on the same quote.
    pub fn set_quote_order(&mut self, order: QuoteOrder) {
        let current = self.visible_quotes().get(self.quote_list.selected).copied();
        self.quote_order = order;
        if let Some(row) = current.and_then(|q| self.visible_quotes().iter().position(|&x| x == q))
        {
            self.quote_list.selected = row;
        }
    }

    /// A speaker's short name for the quotes pane: a person's surname, "P. Claes" or the full
    /// name when other people in the article share the surname; another entity's name. `None`
    /// for an entity that is no speaker.
    pub fn speaker_label(&self, entity: usize) -> Option<&str> {
        let labels = self
            .speaker_labels
            .get_or_init(|| speaker_labels(&self.analysis, self.quotes_with_speaker()));
        let at = labels.binary_search_by_key(&entity, |(id, _)| *id).ok()?;
        Some(&labels[at].1)
    }

    /// The entity whose sidebar row is lit: the selected one, or the selected quote's speaker.
    pub fn lit_entity(&self) -> Option<usize> {
        match self.selection {
            Selection::Entity { id, .. } => Some(id),
            Selection::Quote(i) => self.analysis.quotes.get(i).and_then(|q| q.speaker),
            _ => None,
        }
    }
}

/// (entity id, short name) of each speaker, sorted by id.
type SpeakerLabels = Box<[(usize, Box<str>)]>;

/// The labels behind [`Doc::speaker_label`] for the speakers among `with_speaker` (quote indexes
/// sorted by speaker).
fn speaker_labels(analysis: &Analysis, with_speaker: &[usize]) -> SpeakerLabels {
    let people = || {
        analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.as_str())
    };
    let mut surnames: HashMap<&str, usize> = HashMap::new();
    let mut initialled: HashMap<String, usize> = HashMap::new();
    for name in people() {
        *surnames.entry(surname(name)).or_default() += 1;
        *initialled.entry(initialled_name(name)).or_default() += 1;
    }
    let mut speakers: Vec<usize> = with_speaker
        .iter()
        .filter_map(|&q| analysis.quotes[q].speaker)
        .collect();
    speakers.dedup();
    let label = |id: usize| {
        let entity = &analysis.entities[id];
        if entity.kind != EntityKind::Person {
            return entity.name.clone();
        }
        let short = surname(&entity.name);
        let initial = initialled_name(&entity.name);
        if surnames.get(short) == Some(&1) {
            short.to_owned()
        } else if initialled.get(&initial) == Some(&1) {
            initial
        } else {
            entity.name.clone()
        }
    };
    speakers
        .into_iter()
        .filter(|&id| id < analysis.entities.len())
        .map(|id| (id, label(id).into_boxed_str()))
        .collect()
}

/// "P. Claes" for "Pieter Claes": the first initial and the surname (the name itself when the
/// surname is all of it).
fn initialled_name(name: &str) -> String {
    let short = surname(name);
    match name
        .strip_suffix(short)
        .map(str::trim)
        .and_then(|g| g.chars().next())
    {
        Some(initial) if short.len() < name.len() => format!("{initial}. {short}"),
        _ => name.to_owned(),
    }
}

/// Quote indexes grouped by speaker: speakers with more quotes first (ties: the earlier first
/// quote), each group in text order, then the quotes without a speaker. `with_speaker` holds the
/// quotes that have one, sorted by speaker and then text order.
fn grouped_by_speaker(quotes: &[Quote], with_speaker: &[usize]) -> Vec<usize> {
    let mut groups: Vec<&[usize]> = with_speaker
        .chunk_by(|&a, &b| quotes[a].speaker == quotes[b].speaker)
        .collect();
    groups.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
    let mut rows: Vec<usize> = groups.concat();
    rows.extend((0..quotes.len()).filter(|&i| quotes[i].speaker.is_none()));
    rows
}

/// The display blocks of `paragraphs` when one of them is too big to wrap whole (see
/// [`wrap::blocks`]); empty otherwise, meaning "the paragraphs".
fn cut_blocks(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    if paragraphs.iter().all(|p| p.len() <= wrap::MAX_BLOCK) {
        Vec::new()
    } else {
        wrap::blocks(body, paragraphs)
    }
}

/// The entity sidebar's rows: grouped by kind, each group sorted by salience (mentions, then the
/// earliest first mention).
pub fn entity_rows(analysis: &Analysis) -> Vec<EntityRow> {
    let mut rows = Vec::new();
    for kind in EntityKind::ALL {
        let mut ids: Vec<usize> = (0..analysis.entities.len())
            .filter(|&i| analysis.entities[i].kind == kind)
            .collect();
        if ids.is_empty() {
            continue;
        }
        ids.sort_by_key(|&i| {
            let e = &analysis.entities[i];
            let first = e.mentions.first().map_or(usize::MAX, |m| m.start);
            (std::cmp::Reverse(e.mentions.len()), first, i)
        });
        rows.push(EntityRow::Header(kind, ids.len()));
        rows.extend(ids.into_iter().map(EntityRow::Entity));
    }
    rows
}

/// The search: the query, whether it is still being typed, and its matches in the open article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    pub editing: bool,
    pub matches: Vec<Span>,
}

impl Search {
    pub fn is_active(&self) -> bool {
        !self.query.is_empty()
    }
}

/// Pane visibility the user asked for: `hide_*` applies to wide layouts (shown by default),
/// `reveal_*` to narrow ones (hidden by default, shown instead of the text when revealed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaneToggles {
    pub hide_entities: bool,
    pub hide_quotes: bool,
    pub reveal_entities: bool,
    pub reveal_quotes: bool,
    pub hide_articles: bool,
}

/// How the article list is ordered (`s` cycles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleSort {
    /// As the files were given.
    #[default]
    File,
    /// Oldest first; undated articles last.
    Date,
    /// By title, ignoring case.
    Title,
}

impl ArticleSort {
    pub fn next(self) -> ArticleSort {
        match self {
            ArticleSort::File => ArticleSort::Date,
            ArticleSort::Date => ArticleSort::Title,
            ArticleSort::Title => ArticleSort::File,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ArticleSort::File => "file order",
            ArticleSort::Date => "date",
            ArticleSort::Title => "title",
        }
    }
}

/// The article list shows only the articles that mention this entity (of this article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleFilter {
    pub doc: usize,
    pub entity: usize,
    pub name: String,
}

/// The whole application state.
#[derive(Debug, Clone)]
pub struct Model {
    pub docs: Vec<Doc>,
    /// The index of the open article.
    pub open: usize,
    pub focus: Focus,
    pub help: bool,
    pub search: Search,
    pub toggles: PaneToggles,
    pub articles_list: ListCursor,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
    pub theme: Theme,
    pub quit: bool,
    /// A one-off message for the status line ("no more quotes").
    pub note: Option<String>,
    /// The keys (the defaults, or remapped by the config file).
    pub keymap: Keymap,
    /// Pane sizes and which panes show (from the config file).
    pub layout: LayoutConfig,
    /// Which entities of different articles are the same.
    pub crossref: CrossIndex,
    pub sort: ArticleSort,
    pub filter: Option<ArticleFilter>,
    /// Files the loaded folders held that are not articles (binary, unreadable, other kinds),
    /// counted in the article list.
    pub skipped: SkipCounts,
    /// The article list's rows: article indexes, sorted and filtered.
    pub article_rows: Vec<usize>,
}

impl Model {
    pub fn new(articles: Vec<Article>, theme: Theme) -> Model {
        let mut docs: Vec<Doc> = articles.into_iter().map(Doc::new).collect();
        // Only the first article is shown: the others keep their counts until opened.
        for doc in docs.iter_mut().skip(1) {
            doc.set_aside();
        }
        Model {
            article_rows: (0..docs.len()).collect(),
            docs,
            open: 0,
            focus: Focus::Text,
            help: false,
            search: Search::default(),
            toggles: PaneToggles::default(),
            articles_list: ListCursor::default(),
            size: (80, 24),
            theme,
            quit: false,
            note: None,
            keymap: Keymap::default(),
            layout: LayoutConfig::default(),
            crossref: CrossIndex::default(),
            sort: ArticleSort::File,
            filter: None,
            skipped: SkipCounts::default(),
        }
    }

    /// Count the files the folders held that are not articles: the article list shows them;
    /// with one article (no list), the status line says it until the first key.
    pub fn set_skipped(&mut self, skipped: SkipCounts) {
        self.skipped = skipped;
        if skipped.total() > 0 && self.docs.len() < 2 {
            self.note.get_or_insert(format!("skipped {skipped}"));
        }
    }

    /// Take the config file's layout: pane sizes, and which panes show at start.
    pub fn set_layout(&mut self, layout: LayoutConfig) {
        self.layout = layout;
        self.toggles.hide_articles = !layout.show_articles;
        self.toggles.hide_entities = !layout.show_entities;
        self.toggles.hide_quotes = !layout.show_quotes;
    }

    /// Recompute the article list's rows after a sort, a filter or new analyses; the list cursor
    /// stays on the same article when it is still listed.
    pub fn refresh_article_rows(&mut self) {
        let before = self.article_rows.get(self.articles_list.selected).copied();
        let keep: Option<Vec<usize>> = self.filter.as_ref().map(|f| {
            let mut docs: Vec<usize> = self
                .crossref
                .others(f.doc, f.entity)
                .into_iter()
                .map(|(d, _)| d)
                .collect();
            docs.push(f.doc);
            docs
        });
        let mut rows: Vec<usize> = (0..self.docs.len())
            .filter(|d| keep.as_ref().is_none_or(|k| k.contains(d)))
            .collect();
        match self.sort {
            ArticleSort::File => {}
            ArticleSort::Date => rows.sort_by(|&a, &b| {
                let date = |d: usize| self.docs[d].article.date.as_deref();
                match (date(a), date(b)) {
                    (Some(x), Some(y)) => x.cmp(y),
                    (x, y) => y.is_some().cmp(&x.is_some()),
                }
                .then(a.cmp(&b))
            }),
            ArticleSort::Title => {
                rows.sort_by_cached_key(|&d| (self.docs[d].title().to_lowercase(), d))
            }
        }
        self.articles_list.selected = before
            .and_then(|d| rows.iter().position(|&r| r == d))
            .or_else(|| rows.iter().position(|&r| r == self.open))
            .unwrap_or(0);
        self.article_rows = rows;
    }

    /// The open article (`None` only when nothing was loaded).
    pub fn doc(&self) -> Option<&Doc> {
        self.docs.get(self.open)
    }

    pub fn doc_mut(&mut self) -> Option<&mut Doc> {
        self.docs.get_mut(self.open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Entity;

    /// A document with three speakers: two people sharing a surname and a ministry; quotes
    /// alternate between them and one has no known speaker.
    fn quoted_doc() -> Doc {
        use crate::analysis::QuoteKind;
        let entity = |name: &str, kind| Entity {
            name: name.to_owned(),
            kind,
            mentions: vec![Span::new(0, 1)],
        };
        let quote = |at: usize, speaker| Quote {
            span: Span::new(at, at + 1),
            speaker,
            speaker_span: None,
            cue: None,
            kind: QuoteKind::Direct,
        };
        let analysis = Analysis {
            entities: vec![
                entity("Dirk Claes", EntityKind::Person),
                entity("Jeroen De Smet", EntityKind::Person),
                entity("Pieter Claes", EntityKind::Person),
                entity("Labour Ministry", EntityKind::Organization),
            ],
            quotes: vec![
                quote(0, Some(2)),
                quote(2, None),
                quote(4, Some(1)),
                quote(6, Some(1)),
                quote(8, Some(3)),
                quote(10, Some(2)),
                quote(12, Some(1)),
            ],
            ..Analysis::default()
        };
        let mut doc = Doc::new(Article {
            body: "x".repeat(14).into(),
            ..Article::default()
        });
        doc.set_analysis(analysis, Stage::Complete);
        doc
    }

    #[test]
    fn quotes_group_by_speaker_most_quoted_first() {
        let mut doc = quoted_doc();
        assert_eq!(doc.visible_quotes(), [0, 1, 2, 3, 4, 5, 6]);
        doc.quote_list.selected = 4;
        doc.set_quote_order(QuoteOrder::Speaker);
        assert_eq!(doc.visible_quotes(), [2, 3, 6, 0, 5, 4, 1]);
        // The list cursor stays on the same quote.
        assert_eq!(doc.quote_list.selected, 5);
        doc.set_quote_order(QuoteOrder::Text);
        assert_eq!(doc.quote_list.selected, 4);
    }

    #[test]
    fn speaker_labels_are_surnames_unless_two_people_share_one() {
        let doc = quoted_doc();
        assert_eq!(doc.speaker_label(1), Some("De Smet"));
        assert_eq!(doc.speaker_label(2), Some("P. Claes"));
        assert_eq!(doc.speaker_label(3), Some("Labour Ministry"));
        // Not a speaker: no label is made.
        assert_eq!(doc.speaker_label(0), None);
    }

    #[test]
    fn initials_tell_apart_people_who_share_a_surname() {
        assert_eq!(initialled_name("Pieter Claes"), "P. Claes");
        assert_eq!(initialled_name("Jeroen De Smet"), "J. De Smet");
        assert_eq!(initialled_name("Madonna"), "Madonna");
        assert_eq!(initialled_name("Édith Piaf"), "É. Piaf");
    }

    #[test]
    fn entity_rows_group_by_kind_and_sort_by_salience() {
        let entity = |name: &str, kind, mentions: &[usize]| Entity {
            name: name.to_owned(),
            kind,
            mentions: mentions.iter().map(|&s| Span::new(s, s + 1)).collect(),
        };
        let analysis = Analysis {
            entities: vec![
                entity("Kabul", EntityKind::Place, &[5]),
                entity("Ann", EntityKind::Person, &[9]),
                entity("Bo", EntityKind::Person, &[1, 20]),
            ],
            ..Analysis::default()
        };
        assert_eq!(
            entity_rows(&analysis),
            vec![
                EntityRow::Header(EntityKind::Person, 2),
                EntityRow::Entity(2),
                EntityRow::Entity(1),
                EntityRow::Header(EntityKind::Place, 1),
                EntityRow::Entity(0),
            ]
        );
    }

    #[test]
    fn list_offset_keeps_the_cursor_visible() {
        let list = ListCursor {
            selected: 10,
            offset: 0,
        };
        assert_eq!(list.visible_offset(5), 6);
        assert_eq!(list.visible_offset(20), 0);
    }
}
