//! JSON Lines corpora (`.jsonl`, `.ndjson`): one article per line, as news data sets ship them.
//!
//! Each line is a JSON object; the body comes from `text`, `body`, `content` (or `article`,
//! `maintext`), the title from `title` or `headline`, the date from `date`, `published`,
//! `published_at`, `publish_date` or `datePublished`, normalised to `YYYY-MM-DD` when it starts with
//! one. Blank lines are passed over; a line that is not an object with a body is reported with its
//! line number and skipped.

use serde_json::{Map, Value};

use super::date::normalize_date;

const TEXT_KEYS: &[&str] = &["text", "body", "content", "article", "maintext"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publish_date",
    "datePublished",
];

/// One article read from a line: its 1-based line number and raw (uncleaned) fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlRecord {
    pub line: usize,
    pub title: Option<String>,
    pub date: Option<String>,
    pub text: String,
}

/// A line that could not be read as an article: its 1-based number and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlProblem {
    pub line: usize,
    pub reason: String,
}

/// Read every line of a JSON Lines text into records and problems, in line order.
pub fn parse(text: &str) -> (Vec<JsonlRecord>, Vec<JsonlProblem>) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        let line_no = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(mut record) => {
                record.line = line_no;
                records.push(record);
            }
            Err(reason) => problems.push(JsonlProblem {
                line: line_no,
                reason,
            }),
        }
    }
    (records, problems)
}

/// Whether a text looks like JSON Lines: its first non-blank line is a JSON object with a body.
pub fn looks_like_jsonl(text: &str) -> bool {
    let first = text.trim_start().split('\n').next().unwrap_or("").trim();
    first.starts_with('{') && first.ends_with('}') && parse_line(first).is_ok()
}

fn parse_line(line: &str) -> Result<JsonlRecord, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON ({e})"))?;
    let Value::Object(fields) = value else {
        return Err(format!("not a JSON object but {}", kind_of(&value)));
    };
    let text = first_string(&fields, TEXT_KEYS).ok_or_else(|| {
        format!(
            "no article text (expected one of the fields {})",
            TEXT_KEYS.join(", ")
        )
    })?;
    Ok(JsonlRecord {
        line: 0,
        title: first_string(&fields, TITLE_KEYS)
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty()),
        date: first_string(&fields, DATE_KEYS).and_then(|d| normalize_date(&d)),
        text,
    })
}

/// The first of `keys` whose value is a string (numbers are turned into text too).
fn first_string(fields: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match fields.get(*k)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_records_and_problems() {
        let text = "{\"title\":\"A\",\"date\":\"2024-01-02T03:04:05Z\",\"text\":\"Body A.\"}\n\
            \n\
            42\n\
            {\"headline\":\"B\",\"published_at\":\"2024/01/03\",\"body\":\"Body B.\"}\n\
            {\"title\":\"C\"}\n\
            {broken\n";
        let (records, problems) = parse(text);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].line, 1);
        assert_eq!(records[0].date.as_deref(), Some("2024-01-02"));
        assert_eq!(records[1].line, 4);
        assert_eq!(records[1].title.as_deref(), Some("B"));
        assert_eq!(records[1].date.as_deref(), Some("2024-01-03"));
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 5, 6]);
        assert!(problems[0].reason.contains("a number"));
    }

    #[test]
    fn content_and_published_are_accepted() {
        let (records, _) = parse(r#"{"content":"C.","published":"2023-09-30 10:00","title":5}"#);
        assert_eq!(records[0].text, "C.");
        assert_eq!(records[0].date.as_deref(), Some("2023-09-30"));
        assert_eq!(records[0].title.as_deref(), Some("5"));
    }

    #[test]
    fn hostile_lines_do_not_panic() {
        let deep = "[".repeat(100_000);
        let huge = format!("{{\"text\":\"{}\"}}", "a".repeat(5_000_000));
        for line in [
            deep.as_str(),
            huge.as_str(),
            "\"str\"",
            "null",
            "{}",
            "{\"text\":null}",
        ] {
            let _ = parse(line);
        }
        assert_eq!(parse(&huge).0[0].text.len(), 5_000_000);
    }

    #[test]
    fn detection_needs_an_object_with_a_body() {
        assert!(looks_like_jsonl("\n{\"text\":\"x\"}\n{\"text\":\"y\"}"));
        assert!(!looks_like_jsonl("{\"id\":1}"));
        assert!(!looks_like_jsonl("{ a brace in prose }"));
    }
}
