//! CSV export round trip: analyses with commas, quotes and line breaks in every text field are
//! written as CSV, read back with an independent CSV parser, and compared with the JSON dump of the
//! same analyses.

use lede::analysis::{Analysis, Article, Entity, EntityKind, Quote, QuoteKind, Span};
use lede::export::{self, CsvTable, OutputFormat};
use serde_json::Value;

/// An invented article whose text is full of CSV's special characters, with a hand-made analysis.
fn items() -> Vec<(Article, Analysis)> {
    let body = "Mayor Ines Varga, 52, said: \"We will rebuild, \"\"whatever\"\" it costs.\"\n\
                The council, \"split\" on the plan,\nmeets again on Monday.";
    let find = |needle: &str| {
        let start = body.find(needle).unwrap();
        Span::new(start, start + needle.len())
    };
    let quote_text = "We will rebuild, \"\"whatever\"\" it costs.";
    let analysis = Analysis {
        paragraphs: vec![Span::new(0, body.len())],
        sentences: vec![
            find("Mayor Ines Varga, 52, said: \"We will rebuild, \"\"whatever\"\" it costs.\""),
            find("The council, \"split\" on the plan,\nmeets again on Monday."),
        ],
        entities: vec![
            Entity {
                name: "Ines Varga, mayor".to_owned(),
                kind: EntityKind::Person,
                mentions: vec![find("Ines Varga")],
            },
            Entity {
                name: "The council".to_owned(),
                kind: EntityKind::Organization,
                mentions: vec![find("council"), find("The council")],
            },
        ],
        quotes: vec![
            Quote {
                span: find(quote_text),
                speaker: Some(0),
                speaker_span: Some(find("Mayor Ines Varga")),
                cue: Some(find("said")),
                kind: QuoteKind::Direct,
            },
            Quote {
                span: find("split"),
                speaker: None,
                speaker_span: None,
                cue: None,
                kind: QuoteKind::Partial,
            },
        ],
    };
    let article = Article {
        source: "desk/varga, \"final\".txt".to_owned(),
        title: Some("Rebuild".to_owned()),
        date: None,
        body: body.into(),
        warnings: Vec::new(),
    };
    let mut second = article.clone();
    second.source = "second\nline.txt".to_owned();
    vec![(article, analysis.clone()), (second, analysis)]
}

fn csv_rows(table: CsvTable) -> (Vec<String>, Vec<Vec<String>>) {
    let mut out = Vec::new();
    export::write(&mut out, &items(), OutputFormat::Csv, Some(table), false).unwrap();
    assert!(out.ends_with(b"\r\n"));
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn json_articles() -> Vec<Value> {
    let mut out = Vec::new();
    export::write(&mut out, &items(), OutputFormat::Json, None, false).unwrap();
    let doc: Value = serde_json::from_slice(&out).unwrap();
    doc["articles"].as_array().unwrap().clone()
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn quotes_table_matches_the_json() {
    let (header, rows) = csv_rows(CsvTable::Quotes);
    assert_eq!(
        header,
        [
            "article",
            "start",
            "end",
            "speaker",
            "speaker_id",
            "speaker_text",
            "cue",
            "kind",
            "quote"
        ]
    );
    let mut expected = Vec::new();
    for article in json_articles() {
        for q in article["quotes"].as_array().unwrap() {
            let speaker = q["speaker"]
                .as_u64()
                .map(|id| text(&article["entities"][id as usize]["name"]))
                .unwrap_or_default();
            expected.push(vec![
                text(&article["source"]),
                text(&q["start"]),
                text(&q["end"]),
                speaker,
                text(&q["speaker"]),
                text(&q["speaker_text"]),
                text(&q["cue"]),
                text(&q["kind"]),
                text(&q["text"]),
            ]);
        }
    }
    assert_eq!(rows, expected);
    assert_eq!(rows[0][8], "We will rebuild, \"\"whatever\"\" it costs.");
    assert_eq!(rows[2][0], "second\nline.txt");
}

#[test]
fn entities_table_matches_the_json() {
    let (header, rows) = csv_rows(CsvTable::Entities);
    assert_eq!(
        header,
        ["article", "id", "name", "kind", "mentions", "first_start"]
    );
    let mut expected = Vec::new();
    for article in json_articles() {
        for e in article["entities"].as_array().unwrap() {
            let mentions = e["mentions"].as_array().unwrap();
            let first = mentions.iter().filter_map(|m| m["start"].as_u64()).min();
            expected.push(vec![
                text(&article["source"]),
                text(&e["id"]),
                text(&e["name"]),
                text(&e["kind"]),
                mentions.len().to_string(),
                first.map(|f| f.to_string()).unwrap_or_default(),
            ]);
        }
    }
    assert_eq!(rows, expected);
    assert_eq!(rows[1][4], "2");
}

#[test]
fn sentences_table_matches_the_json() {
    let (header, rows) = csv_rows(CsvTable::Sentences);
    assert_eq!(header, ["article", "index", "start", "end", "text"]);
    let mut expected = Vec::new();
    for article in json_articles() {
        for (i, s) in article["sentences"].as_array().unwrap().iter().enumerate() {
            expected.push(vec![
                text(&article["source"]),
                i.to_string(),
                text(&s["start"]),
                text(&s["end"]),
                text(&s["text"]),
            ]);
        }
    }
    assert_eq!(rows, expected);
    assert!(rows[1][4].contains(",\nmeets"));
}

#[test]
fn jsonl_lines_are_the_json_articles() {
    let mut out = Vec::new();
    export::write(&mut out, &items(), OutputFormat::Jsonl, None, false).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, json_articles());
    assert!(text.ends_with('\n'));
}
