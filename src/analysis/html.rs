//! HTML articles (a saved news page): the title, the date and the article body, with navigation,
//! ads, comments and scripts left behind.
//!
//! The main content is found by [`dom_smoothie`], a port of the readability algorithm that browsers
//! use for their reader views; lede only tidies the text it returns into paragraphs. The date comes
//! from `<meta property="article:published_time">` or JSON-LD `datePublished` (both read by
//! dom_smoothie), else from the first `<time datetime>`, normalised to `YYYY-MM-DD`.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::date::normalize_date;

/// Pages with more elements than this are not scored by readability (its cost grows with the
/// page); their `<body>` text is taken as a whole instead.
const MAX_ELEMENTS: usize = 50_000;

/// Pages that nest elements deeper than this (by [`nesting_estimate`]) skip readability, whose cost
/// grows with depth × elements: real pages stay far below it.
const MAX_SCORED_DEPTH: usize = 400;

/// Pages nested deeper than this are not parsed at all: even building the tree costs depth ×
/// elements, and no real article page comes near it.
const MAX_DEPTH: usize = 1_500;

/// Elements that are advertising by their own name, removed before readability scores the page
/// (readability keeps a small ad that sits inside the article's container).
const AD_SELECTOR: &str = "[class~=ad], [class~=ads], [class*=advert], [id*=advert], \
    [class*=sponsor], [id^=ad-], [class*=promo], [data-ad], ins.adsbygoogle";

/// What an HTML page yields: its title, date and body text (not yet cleaned of control characters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub date: Option<String>,
    /// Paragraphs separated by one blank line, each line trimmed, runs of spaces collapsed.
    pub body: String,
    /// Why the readable content could not be found, when it could not (the body is then the text
    /// of the whole `<body>`, or empty).
    pub problem: Option<String>,
}

/// Extract the article from an HTML page.
pub fn extract(html: &str) -> HtmlArticle {
    let depth = nesting_estimate(html);
    if depth > MAX_DEPTH {
        return HtmlArticle {
            problem: Some(format!("elements nested too deeply ({depth} levels)")),
            ..HtmlArticle::default()
        };
    }
    let document = Document::from(html);
    let time_date = document
        .select("time[datetime]")
        .iter()
        .filter_map(|t| t.attr("datetime"))
        .find_map(|d| normalize_date(&d));
    document.select(AD_SELECTOR).remove();
    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    if depth > MAX_SCORED_DEPTH {
        let reason = format!("elements nested too deeply to score ({depth} levels)");
        return fallback(&document, time_date, reason);
    }
    let parsed = Readability::with_document(document.clone(), None, Some(config))
        .map_err(|e| e.to_string())
        .and_then(|mut r| r.parse().map_err(|e| e.to_string()));
    match parsed {
        Ok(article) => {
            let title = tidy_line(&article.title);
            HtmlArticle {
                title: (!title.is_empty()).then_some(title),
                date: article
                    .published_time
                    .as_deref()
                    .and_then(normalize_date)
                    .or(time_date),
                body: tidy_paragraphs(&article.text_content),
                problem: None,
            }
        }
        Err(reason) => fallback(&document, time_date, reason),
    }
}

/// The page's `<title>` and whole `<body>` text, scripts and styles removed, for pages readability
/// gives up on (empty, too large, no content).
fn fallback(document: &Document, date: Option<String>, reason: String) -> HtmlArticle {
    document
        .select("script, style, noscript, template")
        .remove();
    let title = document
        .select("title")
        .iter()
        .next()
        .map(|t| tidy_line(&t.text()))
        .filter(|t| !t.is_empty());
    let body = document
        .select("body")
        .iter()
        .next()
        .map(|b| tidy_paragraphs(&b.formatted_text()))
        .unwrap_or_default();
    HtmlArticle {
        title,
        date,
        body,
        problem: Some(reason),
    }
}

/// An upper estimate of how deeply `html` nests its elements, from one pass over the tags: every
/// start tag opens a level and every end tag closes one, except void elements (`<br>`, `<img>`...),
/// self-closed tags and the ones a parser closes by itself (`<p>`, `<li>`, table cells...).
pub fn nesting_estimate(html: &str) -> usize {
    const SELF_CLOSING: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"param", b"source", b"track", b"wbr", b"p", b"li", b"dt", b"dd", b"option", b"tr", b"td",
        b"th",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        let (closing, name_start) = match rest.first() {
            Some(b'/') => (true, 1),
            Some(c) if c.is_ascii_alphabetic() => (false, 0),
            _ => continue,
        };
        let name_len = rest[name_start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - name_start);
        let name = &rest[name_start..name_start + name_len];
        if SELF_CLOSING.iter().any(|v| v.eq_ignore_ascii_case(name)) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let tag_end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
            if !rest[..tag_end].ends_with(b"/") {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    deepest
}

/// Collapse all whitespace in `text` to single spaces and trim it.
fn tidy_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Tidy extracted text into lede's paragraph shape: lines trimmed and whitespace-collapsed,
/// blank runs reduced to one blank line, nothing leading or trailing.
fn tidy_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_break = false;
    for line in text.lines() {
        let line = tidy_line(line);
        if line.is_empty() {
            pending_break = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if pending_break { "\n\n" } else { "\n" });
        }
        pending_break = false;
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str, body: &str) -> String {
        format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>")
    }

    const STORY: &str = "<article><h1>Bridge reopens</h1>\
        <p>The Kell Street bridge reopened to traffic on Monday after eight months of repairs, the city engineer, Rowan Pike, said in a statement to reporters gathered at the site.</p>\
        <p>Pike said the work had cost less than planned because the steel was in better condition than the survey suggested, and that cyclists would get a separate lane.</p>\
        <p>Shop owners on both banks welcomed the news, saying trade had fallen by a third while the bridge was shut and customers took the long way round.</p></article>";

    #[test]
    fn date_from_a_time_element() {
        let a = extract(&page(
            "<title>Bridge reopens</title>",
            &format!("<time datetime=\"2023-06-05T09:00\">5 June</time>{STORY}"),
        ));
        assert_eq!(a.date.as_deref(), Some("2023-06-05"));
        assert!(a.body.contains("Kell Street bridge"), "{a:?}");
    }

    #[test]
    fn ads_inside_the_article_are_dropped() {
        let body = STORY.replace("</h1>", "</h1><div class=\"ad inline\">Buy a boat</div>");
        let a = extract(&page("<title>Bridge reopens</title>", &body));
        assert!(
            a.body.contains("Kell Street") && !a.body.contains("Buy a boat"),
            "{a:?}"
        );
    }

    #[test]
    fn date_from_json_ld() {
        let head = r#"<title>Bridge reopens</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2023-06-04T18:00:00Z"}</script>"#;
        let a = extract(&page(head, STORY));
        assert_eq!(a.date.as_deref(), Some("2023-06-04"));
    }

    #[test]
    fn date_from_meta_wins() {
        let head = r#"<title>Bridge reopens</title><meta property="article:published_time" content="2023-06-03T08:00:00Z">"#;
        let a = extract(&page(
            head,
            &format!("<time datetime=\"2023-06-09\">x</time>{STORY}"),
        ));
        assert_eq!(a.date.as_deref(), Some("2023-06-03"));
        assert_eq!(a.title.as_deref(), Some("Bridge reopens"));
    }

    #[test]
    fn hostile_pages_do_not_panic() {
        let deep = "<div>".repeat(60_000) + "text";
        let scored_deep = "<section>".repeat(500) + "text";
        let many = "<p>word</p>".repeat(60_000);
        for html in [
            "",
            "<",
            "<html>",
            "<html><head><title>Only a title</title></head></html>",
            "<!doctype html><body></body>",
            "<div class=ad>x</div>",
            "<script>alert(1)</script>",
            "<time datetime=\"9999-99-99\">never</time>",
            deep.as_str(),
            scored_deep.as_str(),
            many.as_str(),
        ] {
            let a = extract(html);
            assert!(!a.body.contains("alert"));
        }
    }

    #[test]
    fn nesting_is_estimated_from_tags() {
        assert_eq!(nesting_estimate("<div><p>a<p>b<br><img src=x/></div>"), 1);
        assert_eq!(nesting_estimate("<a><b><c/></b></a><d>"), 2);
        assert_eq!(nesting_estimate("< a <!-- x --> </"), 0);
    }

    #[test]
    fn paragraphs_are_tidied() {
        assert_eq!(
            tidy_paragraphs("  a  b \n c\n\n\n   \n d \n"),
            "a b\nc\n\nd"
        );
    }
}
