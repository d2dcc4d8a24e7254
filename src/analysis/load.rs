//! Loading articles: files, folders, standard input and the bundled samples, in the formats of the
//! contract (seed header, Markdown, plain text).
//!
//! Loading decodes (lossily, with a warning), refuses binary data with a one-line reason, detects the
//! format, splits off the title and date, and cleans the body (see [`super::clean`]).

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::article::Article;
use super::clean::clean_text;

/// The article formats lede reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// First line `date YYYY-MM-DD Title`, then the body.
    Seed,
    /// First line `# Title`, then Markdown.
    Markdown,
    /// The whole file is the body; the title is the file name.
    Plain,
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
    /// Files inside folders that were skipped (binary, unreadable): one line each.
    pub skipped: Vec<String>,
}

/// Load every path in order: files, folders (every non-hidden file inside, recursively, sorted by
/// path; binary files skipped and counted) and `-` for standard input.
///
/// A path named on the command line that cannot be loaded is an error; a bad file inside a folder
/// is only skipped.
pub fn load_paths<S: AsRef<str>>(paths: &[S]) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
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
            loaded.articles.push(parse_article("-", None, &bytes)?);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|error| LoadError::Io {
            path: path.to_owned(),
            error,
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_files(Path::new(path), &mut files).map_err(|error| LoadError::Io {
                path: path.to_owned(),
                error,
            })?;
            files.sort();
            for file in files {
                let shown = file.to_string_lossy().into_owned();
                match load_file(&shown) {
                    Ok(article) => loaded.articles.push(article),
                    Err(err) => loaded.skipped.push(err.to_string()),
                }
            }
        } else {
            loaded.articles.push(load_file(path)?);
        }
    }
    Ok(loaded)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect_files(&path, out)?;
        } else if kind.is_file() || path.is_file() {
            out.push(path);
        }
    }
    Ok(())
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

/// Load one file.
pub fn load_file(path: &str) -> Result<Article, LoadError> {
    let bytes = std::fs::read(path).map_err(|error| LoadError::Io {
        path: path.to_owned(),
        error,
    })?;
    let file_name = Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    parse_article(path, file_name.as_deref(), &bytes)
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

/// Detect the format of decoded text from its first non-blank line and the file name.
pub fn detect_format(text: &str, file_name: Option<&str>) -> Format {
    let first = text.trim_start().lines().next().unwrap_or("");
    if parse_seed_header(first).is_some() {
        return Format::Seed;
    }
    let is_md_name = file_name.is_some_and(|n| {
        let n = n.to_ascii_lowercase();
        n.ends_with(".md") || n.ends_with(".markdown")
    });
    if is_md_name || first.starts_with("# ") {
        Format::Markdown
    } else {
        Format::Plain
    }
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

/// Decode, check and parse one article's bytes. `source` is how the article is named in output;
/// `file_name` gives the plain-text title and hints at the format.
pub fn parse_article(
    source: &str,
    file_name: Option<&str>,
    bytes: &[u8],
) -> Result<Article, LoadError> {
    if looks_binary(bytes) {
        return Err(LoadError::Binary {
            path: source.to_owned(),
        });
    }
    let mut warnings = Vec::new();
    let decoded = String::from_utf8_lossy(bytes);
    if let std::borrow::Cow::Owned(_) = decoded {
        let bad = decoded.chars().filter(|&c| c == '\u{FFFD}').count();
        warnings.push(format!(
            "{}: invalid UTF-8 decoded lossily ({bad} replacement character{})",
            printable(source),
            if bad == 1 { "" } else { "s" }
        ));
    }
    let (text, report) = clean_text(&decoded);
    drop(decoded);
    if report.controls + report.bidi > 0 {
        warnings.push(format!(
            "{}: {} control and {} bidi character(s) shown as visible stand-ins",
            printable(source),
            report.controls,
            report.bidi
        ));
    }
    let mut article = match detect_format(&text, file_name) {
        Format::Seed => {
            let start = text.len() - text.trim_start().len();
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let (date, title) = parse_seed_header(&text[start..line_end]).unwrap_or_default();
            Article {
                source: source.to_owned(),
                title: (!title.is_empty()).then(|| title.to_owned()),
                date: Some(date.to_owned()),
                body: body_after(&text[line_end..]),
                warnings: Vec::new(),
            }
        }
        Format::Markdown => {
            let (title, body) = super::markdown::split_title(&text);
            Article {
                source: source.to_owned(),
                title,
                date: None,
                body: super::markdown::to_plain(body),
                warnings: Vec::new(),
            }
        }
        Format::Plain => Article {
            source: source.to_owned(),
            title: file_name.map(str::to_owned),
            date: None,
            body: body_after(&text),
            warnings: Vec::new(),
        },
    };
    article.warnings = warnings;
    Ok(article)
}

/// The body: the text with leading blank lines and trailing whitespace removed.
fn body_after(text: &str) -> String {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            start += line.len();
        } else {
            break;
        }
    }
    text[start..].trim_end().to_owned()
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
        assert_eq!(a.body, "First paragraph.\n\nSecond.");
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
        assert_eq!(a.body, "A bold claim.");
    }

    #[test]
    fn plain_text_title_is_the_file_name() {
        let a = parse("wire.txt", "\n\nJust text.\r\nMore text.\r\n");
        assert_eq!(a.title.as_deref(), Some("wire.txt"));
        assert_eq!(a.body, "Just text.\nMore text.");
    }

    #[test]
    fn crlf_bom_and_tabs_are_cleaned() {
        let a = parse("a.txt", "\u{FEFF}date 2020-01-01 T\r\n\r\n\tIndented.\r\n");
        assert_eq!(a.body, "    Indented.");
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
        assert_eq!(a.body, "Caf\u{FFFD} opens today in the city.");
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
        assert_eq!(a.body, "");
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
}
