//! Loading articles: files, folders, standard input and the bundled samples, in the formats of the
//! contract (seed header, Markdown, plain text) and the ones news comes in (saved HTML pages, JSON
//! Lines corpora).
//!
//! Loading decodes (lossily, with a warning), refuses binary data with a one-line reason, detects the
//! format (or takes the one forced by the caller), splits off the title and date, and cleans the
//! body (see [`super::clean`]). A file yields one article, or many for JSON Lines.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::article::Article;
use super::clean::{clean_owned, clean_text};
use std::borrow::Cow;

/// The article formats lede reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// First line `date YYYY-MM-DD Title`, then the body.
    Seed,
    /// Markdown: optional `---` front matter (title, date), a `# Title` line, then the text.
    Markdown,
    /// The whole file is the body; the title is the file name.
    Plain,
    /// A saved web page: title, date and article text, without navigation, ads or scripts.
    Html,
    /// JSON Lines: one article object per line (`title`, `date`, `text`/`body`/`content`).
    Jsonl,
}

/// Why a path could not be loaded. Its `Display` is one line, fit for stderr.
#[derive(Debug)]
pub enum LoadError {
    /// The path could not be read (missing, permission denied, ...).
    Io { path: String, error: std::io::Error },
    /// The file is not text (it has NUL bytes or is mostly undecodable).
    Binary { path: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, error } => {
                write!(f, "cannot read {}: {}", printable(path), io_reason(error))
            }
            LoadError::Binary { path } => {
                write!(f, "{} is not a text file (binary data)", printable(path))
            }
        }
    }
}

impl std::error::Error for LoadError {}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}

/// A path made safe to print on a terminal: controls become visible stand-ins.
pub fn printable(path: &str) -> String {
    clean_text(path).0.replace('\n', "\u{2424}")
}

/// The articles found under some paths, and the files that were passed over, with the reason.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    /// Files inside folders that were skipped: one line each for a binary or unreadable file, then
    /// one line per folder counting them with the files that are not articles by their extension
    /// (`DIR: skipped 1 binary file, 12 other files`).
    pub skipped: Vec<String>,
    /// How many files inside folders were skipped, by reason, over all the folders.
    pub skip_counts: SkipCounts,
    /// Problems that belong to no article: JSON Lines lines that were skipped, with their number.
    pub warnings: Vec<String>,
}

/// How many files inside folders were passed over, by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SkipCounts {
    /// Binary files (NUL bytes or mostly non-text).
    pub binary: usize,
    /// Files that could not be read.
    pub unreadable: usize,
    /// Files that are not articles by their name (see [`is_article_file`]).
    pub other: usize,
}

impl SkipCounts {
    pub fn total(&self) -> usize {
        self.binary + self.unreadable + self.other
    }

    fn add(&mut self, more: SkipCounts) {
        self.binary += more.binary;
        self.unreadable += more.unreadable;
        self.other += more.other;
    }

    /// The kinds with a count: `[(2, "binary"), (12, "other")]`.
    fn parts(&self) -> impl Iterator<Item = (usize, &'static str)> {
        [
            (self.binary, "binary"),
            (self.unreadable, "unreadable"),
            (self.other, "other"),
        ]
        .into_iter()
        .filter(|&(n, _)| n > 0)
    }
}

/// `2 binary files, 12 other files` (the kinds with a count of zero left out; empty when none).
impl std::fmt::Display for SkipCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (n, what)) in self.parts().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            let s = if n == 1 { "" } else { "s" };
            write!(f, "{sep}{n} {what} file{s}")?;
        }
        Ok(())
    }
}

/// What one file yields: its articles, and the problems that belong to none of them.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    /// One line each, naming the file (and line, for JSON Lines).
    pub warnings: Vec<String>,
}

/// Load every path in order, detecting each file's format: see [`load_paths_as`].
pub fn load_paths<S: AsRef<str>>(paths: &[S]) -> Result<Loaded, LoadError> {
    load_paths_as(paths, None)
}

/// Load every path in order: files, folders (every article file inside, recursively, sorted by
/// path: see [`is_article_file`]; hidden files and folders passed over; binary files and files of
/// other kinds skipped and counted) and `-` for standard input. `format` forces one format
/// on every file (standard input included); `None` detects it per file.
///
/// A path named on the command line that cannot be loaded is an error; a bad file inside a folder
/// is only skipped.
pub fn load_paths_as<S: AsRef<str>>(
    paths: &[S],
    format: Option<Format>,
) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    let add = |loaded: &mut Loaded, parsed: Parsed| {
        loaded.articles.extend(parsed.articles);
        loaded.warnings.extend(parsed.warnings);
    };
    for path in paths {
        let path = path.as_ref();
        if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|error| LoadError::Io {
                    path: "-".to_owned(),
                    error,
                })?;
            add(&mut loaded, parse_file("-", None, &bytes, format)?);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|error| LoadError::Io {
            path: path.to_owned(),
            error,
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            let mut others = 0usize;
            collect_files(Path::new(path), &mut files, &mut others).map_err(|error| {
                LoadError::Io {
                    path: path.to_owned(),
                    error,
                }
            })?;
            files.sort();
            let mut counts = SkipCounts {
                other: others,
                ..SkipCounts::default()
            };
            for file in files {
                let shown = file.to_string_lossy().into_owned();
                match load_file(&shown, format) {
                    Ok(parsed) => add(&mut loaded, parsed),
                    Err(err) => {
                        match err {
                            LoadError::Binary { .. } => counts.binary += 1,
                            LoadError::Io { .. } => counts.unreadable += 1,
                        }
                        loaded.skipped.push(err.to_string());
                    }
                }
            }
            if counts.total() > 0 {
                loaded
                    .skipped
                    .push(format!("{}: skipped {counts}", printable(path)));
            }
            loaded.skip_counts.add(counts);
        } else {
            add(&mut loaded, load_file(path, format)?);
        }
    }
    Ok(loaded)
}

/// The article files under `dir`, recursively, hidden files and folders left out; `others` counts
/// the files that are not articles by their name.
fn collect_files(dir: &Path, out: &mut Vec<PathBuf>, others: &mut usize) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect_files(&path, out, others)?;
        } else if kind.is_file() || path.is_file() {
            if is_article_file(&path) {
                out.push(path);
            } else {
                *others += 1;
            }
        }
    }
    Ok(())
}

/// The file name extensions of the formats lede reads (any case); a file without one is read too.
pub const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "shtml", "jsonl", "ndjson",
];

/// Whether a file found inside a folder is taken as an article: its extension is one of
/// [`ARTICLE_EXTENSIONS`], or it has none. (A file named on the command line is always read.)
pub fn is_article_file(path: &Path) -> bool {
    path.extension().is_none_or(|ext| {
        let ext = ext.to_string_lossy();
        ARTICLE_EXTENSIONS
            .iter()
            .any(|known| ext.eq_ignore_ascii_case(known))
    })
}

/// The sample articles bundled into the binary (the `assets/articles` folder), in file-name order.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "assets/articles/harbor-strike.txt",
        include_str!("../../assets/articles/harbor-strike.txt"),
    ),
    (
        "assets/articles/valley-dam.txt",
        include_str!("../../assets/articles/valley-dam.txt"),
    ),
    (
        "assets/articles/vaccine-trial.md",
        include_str!("../../assets/articles/vaccine-trial.md"),
    ),
];

/// Load the bundled sample articles.
pub fn bundled() -> Vec<Article> {
    BUNDLED
        .iter()
        .filter_map(|(source, text)| {
            let name = source.rsplit('/').next();
            parse_article(source, name, text.as_bytes()).ok()
        })
        .collect()
}

/// Load one file: its articles (one, or one per line for JSON Lines), in the given format or the
/// detected one.
pub fn load_file(path: &str, format: Option<Format>) -> Result<Parsed, LoadError> {
    let bytes = std::fs::read(path).map_err(|error| LoadError::Io {
        path: path.to_owned(),
        error,
    })?;
    let file_name = Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    parse_file_owned(path, file_name.as_deref(), bytes, format)
}

/// Whether `bytes` look like binary data rather than text: a NUL byte, or mostly invalid UTF-8.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if memchr::memchr(0, bytes).is_some() {
        return true;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let mut invalid = 0usize;
    for chunk in sample.utf8_chunks() {
        invalid += chunk.invalid().len();
    }
    invalid * 10 > sample.len().max(1)
}

/// Detect the format of decoded text from the file name's extension and the text's start:
/// `.jsonl`/`.ndjson` and `.html`/`.htm` by name; HTML by a leading `<!doctype html` or `<html`; the
/// seed header; Markdown by `.md`/`.markdown`, a `# Title` line or a front matter block; JSON Lines
/// by a first line that is an article object; anything else is plain text.
pub fn detect_format(text: &str, file_name: Option<&str>) -> Format {
    let extension = file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "jsonl" | "ndjson" => return Format::Jsonl,
        "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
        _ => {}
    }
    if starts_like_html(text) {
        return Format::Html;
    }
    let first = text.trim_start().lines().next().unwrap_or("");
    if parse_seed_header(first).is_some() {
        return Format::Seed;
    }
    let front_matter = text.starts_with("---\n") || text.starts_with("---\r\n");
    if matches!(extension.as_str(), "md" | "markdown") || first.starts_with("# ") || front_matter {
        Format::Markdown
    } else if super::jsonl::looks_like_jsonl(text) {
        Format::Jsonl
    } else {
        Format::Plain
    }
}

/// Whether text opens with `<!doctype html` or `<html` (any case), after whitespace and the
/// prologue that saved pages carry: an `<?xml ...?>` declaration, `<!-- saved from url=... -->`
/// comments.
fn starts_like_html(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        let skipped = if rest.starts_with("<?") {
            rest.find("?>").map(|i| i + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else {
            break;
        };
        match skipped {
            Some(end) => rest = rest[end..].trim_start(),
            None => return false,
        }
    }
    let starts_with_ci = |prefix: &str| {
        rest.get(..prefix.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
    };
    starts_with_ci("<!doctype html") || starts_with_ci("<html")
}

/// Parse `date YYYY-MM-DD Title` into (date, title).
fn parse_seed_header(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim().strip_prefix("date")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let date = rest.get(..10)?;
    let b = date.as_bytes();
    let shape = b.iter().enumerate().all(|(i, &c)| match i {
        4 | 7 => c == b'-',
        _ => c.is_ascii_digit(),
    });
    if !shape {
        return None;
    }
    let title = &rest[10..];
    if !title.is_empty() && !title.starts_with(char::is_whitespace) {
        return None;
    }
    Some((date, title.trim()))
}

/// Decode, check and parse one file's bytes into its articles. `source` is how the file is named in
/// output; `file_name` gives the plain-text title and hints at the format; `format` forces one.
pub fn parse_file(
    source: &str,
    file_name: Option<&str>,
    bytes: &[u8],
    format: Option<Format>,
) -> Result<Parsed, LoadError> {
    if looks_binary(bytes) {
        return Err(LoadError::Binary {
            path: source.to_owned(),
        });
    }
    // Validation is fast; the lossy decoder only runs on text that needs it.
    let decoded = match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let lossy = matches!(decoded, Cow::Owned(_));
    Ok(parse_decoded(source, file_name, decoded, lossy, format))
}

/// [`parse_file`] taking the bytes: valid UTF-8 becomes the article body without a copy (a 100 MB
/// file is not held twice).
pub fn parse_file_owned(
    source: &str,
    file_name: Option<&str>,
    bytes: Vec<u8>,
    format: Option<Format>,
) -> Result<Parsed, LoadError> {
    if looks_binary(&bytes) {
        return Err(LoadError::Binary {
            path: source.to_owned(),
        });
    }
    let (decoded, lossy) = match String::from_utf8(bytes) {
        Ok(text) => (text, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    Ok(parse_decoded(
        source,
        file_name,
        Cow::Owned(decoded),
        lossy,
        format,
    ))
}

fn parse_decoded(
    source: &str,
    file_name: Option<&str>,
    decoded: Cow<'_, str>,
    lossy: bool,
    format: Option<Format>,
) -> Parsed {
    let mut warnings = Vec::new();
    if lossy {
        let bad = decoded.chars().filter(|&c| c == '\u{FFFD}').count();
        warnings.push(format!(
            "{}: invalid UTF-8 decoded lossily ({bad} replacement character{})",
            printable(source),
            if bad == 1 { "" } else { "s" }
        ));
    }
    let raw = decoded.strip_prefix('\u{FEFF}').unwrap_or(&decoded);
    let format = format.unwrap_or_else(|| detect_format(raw, file_name));
    if format == Format::Jsonl {
        return jsonl_articles(source, raw, warnings);
    }
    let mut article = match format {
        Format::Html => html_article(source, file_name, raw),
        _ => text_article(source, file_name, decoded, format),
    };
    warnings.append(&mut article.warnings);
    article.warnings = warnings;
    Parsed {
        articles: vec![article],
        warnings: Vec::new(),
    }
}

/// Decode, check and parse one article's bytes (the first article, for a JSON Lines file; an empty
/// one if it has none). `source` is how the article is named in output; `file_name` gives the
/// plain-text title and hints at the format.
pub fn parse_article(
    source: &str,
    file_name: Option<&str>,
    bytes: &[u8],
) -> Result<Article, LoadError> {
    let parsed = parse_file(source, file_name, bytes, None)?;
    Ok(parsed
        .articles
        .into_iter()
        .next()
        .unwrap_or_else(|| Article {
            source: source.to_owned(),
            ..Article::default()
        }))
}

/// A seed, Markdown or plain-text article.
fn text_article(
    source: &str,
    file_name: Option<&str>,
    raw: Cow<'_, str>,
    format: Format,
) -> Article {
    let (text, report) = match raw {
        Cow::Borrowed(raw) => clean_text(raw),
        Cow::Owned(raw) => clean_owned(raw),
    };
    let mut article = Article {
        source: source.to_owned(),
        ..Article::default()
    };
    control_warning(source, report, &mut article.warnings);
    let start = text.len() - text.trim_start().len();
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let header = parse_seed_header(&text[start..line_end]);
    match (format, header) {
        (Format::Seed, Some((date, title))) => {
            article.title = (!title.is_empty()).then(|| title.to_owned());
            article.date = Some(date.to_owned());
            article.body = body_after(text, line_end).into();
        }
        (Format::Markdown, _) => {
            let (title, date, body) = super::markdown::parse(&text);
            // Markdown entities (`&#27;`) can decode to controls: clean what the parser gave back.
            let (body, report) = clean_text(&body);
            control_warning(source, report, &mut article.warnings);
            article.title = title.map(|t| single_line(&t));
            article.date = date;
            article.body = body.into();
        }
        (format, _) => {
            if format == Format::Seed {
                article.warnings.push(format!(
                    "{}: no `date YYYY-MM-DD Title` first line; read as plain text",
                    printable(source)
                ));
            }
            article.title = file_name.map(printable);
            article.body = body_after(text, 0).into();
        }
    }
    article
}

/// An article extracted from a saved web page.
fn html_article(source: &str, file_name: Option<&str>, raw: &str) -> Article {
    let page = super::html::extract(raw);
    let mut article = Article {
        source: source.to_owned(),
        ..Article::default()
    };
    if let Some(problem) = page.problem {
        article.warnings.push(format!(
            "{}: no article found by readability ({problem}); {}",
            printable(source),
            if page.body.is_empty() {
                "the body is empty"
            } else {
                "using the text of the whole page"
            }
        ));
    }
    let (body, report) = clean_text(&page.body);
    control_warning(source, report, &mut article.warnings);
    article.title = page
        .title
        .map(|t| single_line(&t))
        .or_else(|| file_name.map(printable));
    article.date = page.date;
    article.body = body_after(body, 0).into();
    article
}

/// The articles of a JSON Lines file, each named `source:LINE`; bad lines become warnings.
fn jsonl_articles(source: &str, raw: &str, mut warnings: Vec<String>) -> Parsed {
    let (records, problems) = super::jsonl::parse(raw);
    let shown = printable(source);
    warnings.extend(
        problems
            .iter()
            .map(|p| format!("{shown}:{}: line skipped: {}", p.line, p.reason)),
    );
    let articles = records
        .into_iter()
        .map(|record| {
            let source = format!("{source}:{}", record.line);
            let (body, report) = clean_text(&record.text);
            let mut article = Article {
                title: record.title.map(|t| single_line(&t)),
                date: record.date,
                body: body_after(body, 0).into(),
                ..Article::default()
            };
            control_warning(&source, report, &mut article.warnings);
            article.source = source;
            article
        })
        .collect();
    Parsed { articles, warnings }
}

/// A title made safe and kept on one line.
fn single_line(text: &str) -> String {
    clean_text(text)
        .0
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn control_warning(source: &str, report: super::clean::CleanReport, warnings: &mut Vec<String>) {
    if report.controls + report.bidi > 0 {
        warnings.push(format!(
            "{}: {} control and {} bidi character(s) shown as visible stand-ins",
            printable(source),
            report.controls,
            report.bidi
        ));
    }
}

/// The body: `text` from byte `from` on, with leading blank lines and trailing whitespace removed,
/// trimmed in place (a 100 MB article is not copied again).
fn body_after(mut text: String, from: usize) -> String {
    let mut start = from;
    for line in text[from..].split_inclusive('\n') {
        if line.trim().is_empty() {
            start += line.len();
        } else {
            break;
        }
    }
    let end = start + text[start..].trim_end().len();
    text.truncate(end);
    text.drain(..start);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, text: &str) -> Article {
        parse_article(name, Some(name), text.as_bytes()).unwrap()
    }

    #[test]
    fn seed_header_gives_date_title_and_body() {
        let a = parse(
            "x.txt",
            "  date 2024-03-05 Storm hits coast\n\nFirst paragraph.\n\nSecond.\n",
        );
        assert_eq!(a.date.as_deref(), Some("2024-03-05"));
        assert_eq!(a.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(&*a.body, "First paragraph.\n\nSecond.");
    }

    #[test]
    fn seed_header_needs_a_real_date_shape() {
        let a = parse("notes.txt", "date night was fun\n\nBody.");
        assert_eq!(a.date, None);
        assert_eq!(a.title.as_deref(), Some("notes.txt"));
        assert!(a.body.starts_with("date night"));
    }

    #[test]
    fn markdown_title_is_taken_from_the_heading() {
        let a = parse("story.md", "# Big *news* today\n\nA **bold** claim.\n");
        assert_eq!(a.title.as_deref(), Some("Big news today"));
        assert_eq!(&*a.body, "A bold claim.");
    }

    #[test]
    fn plain_text_title_is_the_file_name() {
        let a = parse("wire.txt", "\n\nJust text.\r\nMore text.\r\n");
        assert_eq!(a.title.as_deref(), Some("wire.txt"));
        assert_eq!(&*a.body, "Just text.\nMore text.");
    }

    #[test]
    fn crlf_bom_and_tabs_are_cleaned() {
        let a = parse("a.txt", "\u{FEFF}date 2020-01-01 T\r\n\r\n\tIndented.\r\n");
        assert_eq!(&*a.body, "    Indented.");
        assert_eq!(a.title.as_deref(), Some("T"));
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_warning() {
        let a = parse_article(
            "bad.txt",
            Some("bad.txt"),
            b"Caf\xe9 opens today in the city.",
        )
        .unwrap();
        assert_eq!(&*a.body, "Caf\u{FFFD} opens today in the city.");
        assert_eq!(a.warnings.len(), 1);
        assert!(a.warnings[0].contains("invalid UTF-8"));
    }

    #[test]
    fn binary_data_is_refused() {
        let err =
            parse_article("img.png", Some("img.png"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap_err();
        assert_eq!(err.to_string(), "img.png is not a text file (binary data)");
    }

    #[test]
    fn empty_file_is_an_empty_article() {
        let a = parse("empty.txt", "");
        assert_eq!(&*a.body, "");
        assert_eq!(a.title.as_deref(), Some("empty.txt"));
    }

    #[test]
    fn missing_file_is_a_one_line_error() {
        let err = load_paths(&["/definitely/not/here.txt"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot read /definitely/not/here.txt: no such file or directory"
        );
    }

    #[test]
    fn formats_are_detected_by_name_and_content() {
        let cases = [
            ("a.html", "plain words", Format::Html),
            ("a.HTM", "", Format::Html),
            ("a.txt", "  <!DOCTYPE html><p>x", Format::Html),
            ("a", "<html><body>x", Format::Html),
            (
                "a",
                "<!-- saved from url=(0022)http://x.test/ -->\n<html>",
                Format::Html,
            ),
            (
                "a",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC",
                Format::Html,
            ),
            ("a", "<!-- a comment that never ends <html>", Format::Plain),
            ("a.ndjson", "", Format::Jsonl),
            ("a.jsonl", "date 2020-01-01 T", Format::Jsonl),
            ("a", "{\"title\":\"T\",\"text\":\"x\"}\n", Format::Jsonl),
            ("a", "{not json}", Format::Plain),
            ("a", "---\ntitle: T\n---\nx", Format::Markdown),
            ("a.md", "date 2020-01-01 T", Format::Seed),
            ("a.txt", "<p>not a page</p>", Format::Plain),
        ];
        for (name, text, format) in cases {
            assert_eq!(detect_format(text, Some(name)), format, "{name} {text:?}");
        }
    }

    #[test]
    fn forced_seed_without_header_falls_back_to_plain() {
        let parsed = parse_file("x", Some("x"), b"Just words.", Some(Format::Seed)).unwrap();
        let a = &parsed.articles[0];
        assert_eq!((a.date.as_deref(), &*a.body), (None, "Just words."));
        assert!(a.warnings[0].contains("plain text"));
    }

    #[test]
    fn jsonl_lines_become_articles_named_by_line() {
        let text = "{\"title\":\"A\",\"text\":\"One.\\u001b\"}\n7\n{\"text\":\"Two.\"}\n";
        let parsed = parse_file("c.jsonl", Some("c.jsonl"), text.as_bytes(), None).unwrap();
        let sources: Vec<&str> = parsed.articles.iter().map(|a| a.source.as_str()).collect();
        assert_eq!(sources, ["c.jsonl:1", "c.jsonl:3"]);
        assert_eq!(&*parsed.articles[0].body, "One.\u{241B}");
        assert_eq!(parsed.articles[0].warnings.len(), 1);
        assert_eq!(parsed.warnings.len(), 1);
        assert!(parsed.warnings[0].starts_with("c.jsonl:2: line skipped"));
    }

    #[test]
    fn html_entities_cannot_smuggle_controls() {
        let page = "<html><head><title>T&#x1b;[2J</title></head><body><p>Hi &#x1b;[31m there.</p></body></html>";
        let a = parse_article("p.html", Some("p.html"), page.as_bytes()).unwrap();
        assert!(!a.body.contains('\u{1b}') && !a.title.unwrap().contains('\u{1b}'));
    }
}
