//! Markdown articles: an optional YAML-style front matter block (`---`, `title: ...`, `date: ...`,
//! `---`), the `# Title` line, and the body with its markup stripped for analysis (parsed with
//! pulldown-cmark; block elements become paragraphs separated by blank lines, links keep their text).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::date::normalize_date;

/// The fields lede reads from a front matter block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    /// Normalised to `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// Split a leading front matter block off Markdown text: a `---` line, `key: value` lines, and a
/// closing `---` (or `...`) line. Only flat keys are read (`title`, `date`, `published`); quotes
/// around a value are dropped. Text without a complete block is returned unchanged.
pub fn split_front_matter(text: &str) -> Option<(FrontMatter, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let mut matter = FrontMatter::default();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return Some((matter, &rest[offset..]));
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if !value.is_empty() => matter.title = Some(value.to_owned()),
            "date" | "published" => matter.date = matter.date.or_else(|| normalize_date(value)),
            _ => {}
        }
    }
    None
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// Parse a Markdown article into (title, date, plain body): front matter first, then a leading
/// `# Title` line when the front matter gave no title (or repeats it).
pub fn parse(text: &str) -> (Option<String>, Option<String>, String) {
    let (matter, rest) = split_front_matter(text).unwrap_or((FrontMatter::default(), text));
    let (heading, after_heading) = split_title(rest);
    let (title, body) = match (matter.title, heading) {
        (Some(title), Some(heading)) if heading != title => (Some(title), rest),
        (Some(title), _) => (Some(title), after_heading),
        (None, heading) => (heading, after_heading),
    };
    (title, matter.date, to_plain(body))
}

/// Split a leading `# Title` line off Markdown text. The title has its inline markup stripped.
pub fn split_title(text: &str) -> (Option<String>, &str) {
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix("# ") {
        let end = rest.find('\n').unwrap_or(rest.len());
        let title = to_plain(rest[..end].trim());
        let title = title.trim();
        return ((!title.is_empty()).then(|| title.to_owned()), &rest[end..]);
    }
    (None, text)
}

/// Render Markdown to plain text: inline markup dropped (link text kept), each block on its own
/// paragraph, soft breaks kept as newlines.
pub fn to_plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let end_block = |out: &mut String| {
        let kept = out.trim_end_matches([' ', '\n']).len();
        out.truncate(kept);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) => {
                end_block(&mut out);
                out.push_str("• ");
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableRow,
            ) => end_block(&mut out),
            Event::Rule => end_block(&mut out),
            _ => {}
        }
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped_and_blocks_become_paragraphs() {
        let md = "Some *emphasis* and a [link](http://x.test).\n\n## Sub\n\n- one\n- two\n";
        assert_eq!(
            to_plain(md),
            "Some emphasis and a link.\n\nSub\n\n• one\n\n• two"
        );
    }

    #[test]
    fn front_matter_gives_title_and_date() {
        let md = "---\ntitle: \"Mill: closed\"\ndate: 2024-11-03T21:15:00Z\ntags: [a, b]\n---\n\nText *here*.\n";
        let (title, date, body) = parse(md);
        assert_eq!(title.as_deref(), Some("Mill: closed"));
        assert_eq!(date.as_deref(), Some("2024-11-03"));
        assert_eq!(body, "Text here.");
    }

    #[test]
    fn heading_repeating_the_front_matter_title_is_dropped() {
        let (title, _, body) = parse("---\ntitle: Mill\n---\n# Mill\n\nText.");
        assert_eq!((title.as_deref(), body.as_str()), (Some("Mill"), "Text."));
        let (_, _, body) = parse("---\ntitle: Mill\n---\n# Other\n\nText.");
        assert_eq!(body, "Other\n\nText.");
    }

    #[test]
    fn unclosed_front_matter_is_just_text() {
        assert_eq!(split_front_matter("---\ntitle: x\nno end"), None);
        let (title, date, _) = parse("# Heading\n\nBody");
        assert_eq!((title.as_deref(), date), (Some("Heading"), None));
    }
}
