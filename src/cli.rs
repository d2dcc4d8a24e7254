//! The command line: `lede [PATH...]`, `lede dump`, `lede snapshot` (see CONTRACT.md), parsed with
//! clap, and the top-level error handling (one line on stderr, non-zero exit, never a panic).

use std::io::Write;

use clap::{Args, Parser, Subcommand};

use crate::analysis::{self, load, Article};

/// A terminal reader for news articles: sentences, named entities and who said what.
#[derive(Parser, Debug)]
#[command(name = "lede", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders to open; `-` reads standard input. Default: the bundled samples.
    pub paths: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the analysis of every article as one JSON document and exit.
    Dump(DumpArgs),
}

#[derive(Args, Debug)]
pub struct DumpArgs {
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Article files or folders; `-` reads standard input. Default: the bundled samples.
    pub paths: Vec<String>,
}

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Dump(args)) => dump(&args),
        None => dump(&DumpArgs {
            pretty: true,
            paths: cli.paths,
        }),
    };
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("lede: {message}");
            1
        }
    }
}

/// Load the articles named by `paths` (the bundled samples when empty), printing load warnings and
/// skipped files on stderr.
pub fn load_articles(paths: &[String]) -> Result<Vec<Article>, String> {
    if paths.is_empty() {
        return Ok(load::bundled());
    }
    let loaded = load::load_paths(paths).map_err(|e| e.to_string())?;
    let mut stderr = std::io::stderr().lock();
    for line in loaded
        .skipped
        .iter()
        .chain(loaded.articles.iter().flat_map(|a| a.warnings.iter()))
    {
        let _ = writeln!(stderr, "lede: warning: {line}");
    }
    Ok(loaded.articles)
}

fn dump(args: &DumpArgs) -> Result<(), String> {
    let articles = load_articles(&args.paths)?;
    let items: Vec<_> = articles
        .into_iter()
        .map(|a| {
            let analysis = analysis::analyze(&a.body);
            (a, analysis)
        })
        .collect();
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(stdout);
    crate::dump::write_dump(&mut out, &items, args.pretty).map_err(|e| e.to_string())?;
    writeln!(out)
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
}

fn ignore_broken_pipe(e: std::io::Error) -> Result<(), String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("cannot write output: {e}"))
    }
}
