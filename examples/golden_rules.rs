//! Score the sentence segmenter on a JSON list of golden rules
//! (`[{"id": 1, "name": "...", "text": "...", "sentences": ["...", ...]}, ...]`).
//!
//! Usage: `cargo run --release --example golden_rules [PATH]` (default
//! `../shared/eval/golden_rules_en.json`). Each sentence is stripped of surrounding whitespace and
//! a rule passes only when the whole list matches exactly. Prints every failing rule, then `N/M`.

use std::process::ExitCode;

use lede::analysis::{paragraphs::paragraphs, sentences::sentences};
use serde::Deserialize;

#[derive(Deserialize)]
struct Rule {
    id: u32,
    name: String,
    text: String,
    sentences: Vec<String>,
}

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/golden_rules_en.json".to_owned());
    let rules: Vec<Rule> = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(rules) => rules,
        Err(e) => {
            eprintln!("golden_rules: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut passed = 0;
    for rule in &rules {
        let got: Vec<&str> = sentences(&rule.text, &paragraphs(&rule.text))
            .iter()
            .map(|s| s.text(&rule.text).trim())
            .collect();
        let want: Vec<&str> = rule.sentences.iter().map(|s| s.trim()).collect();
        if got == want {
            passed += 1;
        } else {
            println!("FAIL {} {}", rule.id, rule.name);
            println!("  text: {:?}", rule.text);
            println!("  want: {want:?}");
            println!("  got:  {got:?}");
        }
    }
    println!("{passed}/{}", rules.len());
    ExitCode::SUCCESS
}
