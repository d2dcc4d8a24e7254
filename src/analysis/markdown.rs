//! Markdown articles: the `# Title` line, and the body with its markup stripped for analysis
//! (parsed with pulldown-cmark; block elements become paragraphs separated by blank lines).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

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
}
