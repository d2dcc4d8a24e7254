//! Real-length news text for the benches: the bodies of the annotated articles in `tests/corpus/`
//! (our own writing), each analysed on its own as the reader does, unlike the one huge generated
//! body of `news.rs`.

use std::path::Path;

/// The body of every `.txt` article under `tests/corpus/`, without its `date` line, in path order.
pub fn corpus_bodies() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut paths = Vec::new();
    collect(&root, &mut paths);
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|s| match s.split_once('\n') {
            Some((first, rest)) if first.starts_with("date ") => rest.to_string(),
            _ => s,
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}
