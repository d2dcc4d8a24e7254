//! [`Article`]: one loaded article, its metadata and its cleaned body.

/// One article as loaded from a file, stdin or the bundled samples.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// The path as given on the command line, `-` for stdin, or `assets/...` for a bundled sample.
    pub source: String,
    /// The title, from the seed header, a Markdown `# Title`, or the file name.
    pub title: Option<String>,
    /// The date as `YYYY-MM-DD`, when the format carries one.
    pub date: Option<String>,
    /// The cleaned body text: every analysis offset points into it.
    pub body: std::sync::Arc<str>,
    /// Things worth telling the user about the load (lossy UTF-8 decoding, replaced controls...).
    pub warnings: Vec<String>,
}
