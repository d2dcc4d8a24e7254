//! The command line: `lede [PATH...]`, `lede dump`, `lede snapshot`, `lede completions`, `lede man`
//! (see CONTRACT.md), parsed with clap, and the top-level error handling (one line on stderr,
//! non-zero exit, never a panic). Exit codes: 0 ok, 1 load or I/O error, 2 usage error.

use std::io::Write;
use std::sync::OnceLock;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::analysis::load::SkipCounts;
use crate::analysis::{self, load, Article};
use crate::export::{self, progress::Progress, CsvTable, OutputFormat};

/// Shown after `lede --help`: examples and exit codes.
const AFTER_HELP: &str = "\
Examples:
  lede                                   read the bundled sample articles
  lede story.txt saved-page.html notes/  read files, and every article file in a folder
  lede --input-format html - < page      read a saved web page from standard input
  lede dump --pretty story.md            print the analysis as JSON
  lede dump --format csv --what quotes corpus.jsonl > quotes.csv
                                         who said what, as a spreadsheet table
  lede completions bash > ~/.local/share/bash-completion/completions/lede
  lede man | man -l -                    read the manual page
  lede --print-config > ~/.config/lede/config.toml
                                         start a config file from the defaults

Formats are detected by extension (.html/.htm, .md, .jsonl/.ndjson) and by content (a leading
<!doctype html> or <html>, a `date YYYY-MM-DD Title` first line, a `# Title` line or front
matter); anything else is plain text. --input-format forces one format on every path, `-` too.

Exit status:
  0  success
  1  a file could not be loaded, or output could not be written
  2  usage error (unknown flag, bad value)";
use crate::app::{keys::parse_keys, runtime};
use crate::config::Config;
use crate::state::StateStore;

/// A terminal reader for news articles: sentences, named entities and who said what.
#[derive(Parser, Debug)]
#[command(
    name = "lede",
    version,
    about,
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Read every path (and `-`) as this format instead of detecting it.
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub input_format: Option<load::Format>,
    /// Read this config file instead of the platform's (~/.config/lede/config.toml on Linux).
    #[arg(long, global = true, value_name = "PATH", conflicts_with = "no_config")]
    pub config: Option<std::path::PathBuf>,
    /// Ignore the config file: default keys, theme and layout.
    #[arg(long, global = true)]
    pub no_config: bool,
    /// Print the default config file (commented TOML) and exit.
    #[arg(long)]
    pub print_config: bool,
    /// Neither read nor save reading state (cursor positions, bookmarks).
    #[arg(long, global = true)]
    pub no_state: bool,
    /// Keep reading state in DIR instead of the platform's state directory (`lede snapshot` uses
    /// no state unless this is given).
    #[arg(long, global = true, value_name = "DIR")]
    pub state_dir: Option<std::path::PathBuf>,
    /// Article files or folders to open; `-` reads standard input. Default: the bundled samples.
    pub paths: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the analysis of every article (JSON, JSON Lines or a CSV table) and exit.
    Dump(DumpArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the manual page as roff (read it with `lede man | man -l -`).
    Man,
    /// Run the reader headless: replay KEYS, then print the final screen and exit.
    Snapshot(SnapshotArgs),
}

#[derive(Args, Debug)]
pub struct SnapshotArgs {
    /// The screen size, COLSxROWS.
    #[arg(long, value_parser = parse_size, default_value = "80x24")]
    pub size: (u16, u16),
    /// Key presses: one character each, or <Down> <Up> <Left> <Right> <PageDown> <PageUp> <Home>
    /// <End> <Enter> <Esc> <Tab> <BackTab> <Space> <C-x>, and <lt> for `<`.
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub keys: String,
    /// Print SGR colour and style sequences.
    #[arg(long)]
    pub ansi: bool,
    /// Article files or folders; `-` reads standard input. Default: the bundled samples.
    pub paths: Vec<String>,
}

/// Parse `COLSxROWS` (each 1..=1000).
pub fn parse_size(text: &str) -> Result<(u16, u16), String> {
    let (cols, rows) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("expected COLSxROWS, got {text:?}"))?;
    let number = |s: &str| -> Result<u16, String> {
        match s.trim().parse::<u16>() {
            Ok(n) if (1..=1000).contains(&n) => Ok(n),
            _ => Err(format!("size {s:?} is not a number from 1 to 1000")),
        }
    };
    Ok((number(cols)?, number(rows)?))
}

#[derive(Args, Debug)]
pub struct DumpArgs {
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Output: the contract's JSON document, one article object per line, or a CSV table.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json, value_name = "FORMAT")]
    pub format: OutputFormat,
    /// The CSV table to write (needed with `--format csv`).
    #[arg(
        long,
        value_enum,
        value_name = "TABLE",
        required_if_eq("format", "csv")
    )]
    pub what: Option<CsvTable>,
    /// Article files or folders; `-` reads standard input. Default: the bundled samples.
    pub paths: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to write completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The `--input-format` of this run, set once by [`main`] so that every loader honours it.
static INPUT_FORMAT: OnceLock<Option<load::Format>> = OnceLock::new();

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    let _ = INPUT_FORMAT.set(cli.input_format);
    if cli.print_config {
        return exit_code(write_stdout(
            crate::config::defaults::print_config().as_bytes(),
        ));
    }
    let config = || {
        let config = Config::load(cli.config.as_deref(), cli.no_config);
        let mut stderr = std::io::stderr().lock();
        for warning in &config.warnings {
            let _ = writeln!(stderr, "lede: warning: {warning}");
        }
        config
    };
    let result = match &cli.command {
        Some(Command::Dump(args)) => dump(args),
        Some(Command::Completions(args)) => completions(args.shell),
        Some(Command::Man) => man(),
        Some(Command::Snapshot(args)) => snapshot(args, &cli, &config()),
        None => {
            let config = config();
            load_counting_skips(&cli.paths).and_then(|loaded| read(loaded, &cli, &config))
        }
    };
    exit_code(result)
}

/// 0 for success; else the error on stderr and 1.
fn exit_code(result: Result<(), String>) -> i32 {
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("lede: {message}");
            1
        }
    }
}

/// Report a clap error: help and version go to stdout as usual (exit 0); a usage error is one line
/// on stderr (exit 2), as the contract asks, instead of clap's multi-line block.
fn usage_error(err: &clap::Error) -> i32 {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return 0;
    }
    let rendered = err.to_string();
    let first = rendered
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid arguments");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    eprintln!("lede: {} (see lede --help)", load::printable(first));
    2
}

/// Load the articles named by `paths` (the bundled samples when empty), printing load warnings and
/// skipped files on stderr.
pub fn load_articles(paths: &[String]) -> Result<Vec<Article>, String> {
    load_counting_skips(paths).map(|(articles, _)| articles)
}

/// [`load_articles`], and how many files inside folders were skipped.
fn load_counting_skips(paths: &[String]) -> Result<(Vec<Article>, SkipCounts), String> {
    if paths.is_empty() {
        return Ok((load::bundled(), SkipCounts::default()));
    }
    let format = INPUT_FORMAT.get().copied().flatten();
    let loaded = load::load_paths_as(paths, format).map_err(|e| e.to_string())?;
    let mut stderr = std::io::stderr().lock();
    for line in loaded
        .skipped
        .iter()
        .chain(loaded.warnings.iter())
        .chain(loaded.articles.iter().flat_map(|a| a.warnings.iter()))
    {
        let _ = writeln!(stderr, "lede: warning: {line}");
    }
    Ok((loaded.articles, loaded.skip_counts))
}

fn dump(args: &DumpArgs) -> Result<(), String> {
    let articles = load_articles(&args.paths)?;
    let mut progress = Progress::new(articles.len());
    let items: Vec<_> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let analysis = analysis::analyze(&a.body);
            progress.update(i + 1);
            (a, analysis)
        })
        .collect();
    progress.finish();
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(stdout);
    export::write(&mut out, &items, args.format, args.what, args.pretty)
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
}

fn completions(shell: clap_complete::Shell) -> Result<(), String> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "lede", &mut out);
    write_stdout(&out)
}

fn man() -> Result<(), String> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| e.to_string())?;
    write_stdout(&out)
}

fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .or_else(ignore_broken_pipe)
}

/// The reading-state store this run asked for: none with `--no-state`, `--state-dir DIR`, or the
/// default (`None`: the caller's choice). Warnings from opening it go to stderr; the first one is
/// returned for the status line.
fn state_store(cli: &Cli) -> Option<(StateStore, Option<String>)> {
    let (store, warnings) = if cli.no_state {
        (StateStore::disabled(), Vec::new())
    } else if let Some(dir) = &cli.state_dir {
        StateStore::open(dir)
    } else {
        return None;
    };
    for warning in &warnings {
        eprintln!("lede: warning: {warning}");
    }
    Some((store, warnings.into_iter().next()))
}

/// Open the reader on `articles`, with the state store of the platform unless told otherwise.
fn read(
    (articles, skipped): (Vec<Article>, SkipCounts),
    cli: &Cli,
    config: &Config,
) -> Result<(), String> {
    let (store, note) = state_store(cli).unwrap_or_else(|| {
        let (store, warnings) = StateStore::open_default();
        for warning in &warnings {
            eprintln!("lede: warning: {warning}");
        }
        (store, warnings.into_iter().next())
    });
    runtime::run_terminal(articles, skipped, config, store, note)
}

fn snapshot(args: &SnapshotArgs, cli: &Cli, config: &Config) -> Result<(), String> {
    let keys = parse_keys(&args.keys)?;
    let (articles, skipped) = load_counting_skips(&args.paths)?;
    // Deterministic by default: no state unless `--state-dir` is given.
    let store = state_store(cli).map_or_else(StateStore::disabled, |(store, _)| store);
    let screen = runtime::snapshot_with(
        articles, skipped, args.size, &keys, args.ansi, config, store,
    );
    let mut out = std::io::stdout().lock();
    out.write_all(screen.as_bytes())
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
