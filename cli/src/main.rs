//! `copydesk`: quotations, attributions, bylines, datelines and credits of news articles, over
//! corpora of `.txt` and JSONL files, as JSON lines or CSV; and an HTML view of one article.
//!
//! ```text
//! copydesk extract [PATH ...] [--format json|csv] [--spans full|offsets] [--scope speech|all]
//!                  [--cue WORD:CLASS] [--place NAME] [--outlet NAME] [--lexicon FILE]
//!                  [--threads N] [-o FILE]
//! copydesk html FILE [-o OUT]
//! ```
//!
//! Exit status: 0 when every record was read, 1 when any gave an error record, 2 for a usage
//! error.

#![forbid(unsafe_code)]

mod extract;
mod html;
mod input;
mod record;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Reads news articles the way a copy desk does: quotations, attributions (who said it, by
/// which cue, through which source), bylines, datelines and wire credits, with exact spans.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parses every article of the inputs: one output record per article, in input order.
    ///
    /// Inputs: .txt files (one article each), .jsonl files (one JSON object per line),
    /// directories (their .txt and .jsonl files, recursively); no PATH, or '-', reads JSONL on
    /// standard input. A record that cannot be read (not JSON, no text field, a non-string text,
    /// a file that is not UTF-8) gives an error record {"id", "source": "FILE:LINE", "error"}
    /// in its place and the run goes on; the exit status is then 1.
    Extract(ExtractArgs),
    /// Writes a self-contained HTML page of one article (a UTF-8 text file, or '-' for
    /// standard input).
    Html(HtmlArgs),
}

#[derive(Debug, clap::Args)]
struct ExtractArgs {
    /// Files and directories to read; none, or '-', is JSONL on standard input.
    paths: Vec<PathBuf>,
    /// The JSONL field holding the article text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// The JSONL field holding the id (when absent: the file path, or path:line).
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// json: one object per article (the article's fields plus "id"); csv: one row per
    /// attribution.
    #[arg(long, value_enum, default_value_t = extract::Format::Json)]
    format: extract::Format,
    /// full: every span as {"start", "end", "text"}; offsets: as [start, end] (JSON only).
    #[arg(long, value_enum, default_value_t = extract::Spans::Full)]
    spans: extract::Spans,
    /// Which attributions to keep, by what their cue reports: speech (said, wrote, told, …) or
    /// all (also belief, perception and stance: believes, saw, supports).
    #[arg(long, value_enum, default_value_t = extract::ScopeArg::All)]
    scope: extract::ScopeArg,
    /// An extra cue verb and its class (speech, writing, thought or belief, perception): the
    /// verb and its derived forms (-s, -ed, -ing) are read as cues. Repeatable.
    #[arg(long, value_name = "WORD:CLASS", value_parser = cue_arg)]
    cue: Vec<(String, copydesk::attribution::CueClass)>,
    /// An extra place, known to datelines and bylines. Repeatable.
    #[arg(long, value_name = "NAME")]
    place: Vec<String>,
    /// An extra news outlet, read in bylines as the outlet an author writes for. Repeatable.
    #[arg(long, value_name = "NAME")]
    outlet: Vec<String>,
    /// A lexicon file of extra words, one a line: `cue WORD CLASS`, `place NAME` or `outlet
    /// NAME` (`#` comments).
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Parsing threads (default: all cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// No progress and no summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Debug, clap::Args)]
struct HtmlArgs {
    /// The article: a UTF-8 text file, or '-' for standard input.
    file: PathBuf,
    /// Write to OUT instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

/// `WORD:CLASS` of `--cue`.
fn cue_arg(s: &str) -> Result<(String, copydesk::attribution::CueClass), String> {
    let names = || {
        copydesk::article::CUE_CLASS_NAMES
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (word, class) = s
        .rsplit_once(':')
        .ok_or_else(|| format!("expected WORD:CLASS, CLASS one of {}", names()))?;
    let class = copydesk::article::CUE_CLASS_NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(class))
        .map(|(_, c)| *c)
        .ok_or_else(|| format!("unknown cue class {class:?}: one of {}", names()))?;
    Ok((word.to_owned(), class))
}

/// The parser `extract`'s options configure, or why they cannot (a usage error).
fn parser(a: &ExtractArgs) -> Result<copydesk::Parser, String> {
    let mut b = copydesk::Parser::builder().scope(a.scope.into());
    if let Some(path) = &a.lexicon {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the lexicon {}: {e}", path.display()))?;
        // Checked alone first, so that an error in it names the file.
        copydesk::Parser::builder()
            .lexicon(&text)
            .build()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        b = b.lexicon(&text);
    }
    for (word, class) in &a.cue {
        b = b.cue(word, *class);
    }
    for place in &a.place {
        b = b.place(place);
    }
    for outlet in &a.outlet {
        b = b.outlet(outlet);
    }
    b.build().map_err(|e| e.to_string())
}

/// Where output goes: standard output or a created file; an error is a usage error.
fn sink(path: Option<&PathBuf>) -> Result<Box<dyn Write + Send>, ExitCode> {
    match path {
        None => Ok(Box::new(std::io::stdout())),
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Ok(Box::new(f)),
            Err(e) => {
                eprintln!("copydesk: cannot create {}: {e}", p.display());
                Err(ExitCode::from(2))
            }
        },
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(a) => {
            let out = match sink(a.output.as_ref()) {
                Ok(o) => o,
                Err(code) => return code,
            };
            let threads = a.threads.map_or_else(
                || std::thread::available_parallelism().map_or(1, usize::from),
                usize::from,
            );
            let parser = match parser(&a) {
                Ok(p) => p,
                Err(message) => {
                    eprintln!("copydesk: {message}");
                    return ExitCode::from(2);
                }
            };
            let cfg = extract::Config {
                parser,
                text_field: a.text_field,
                id_field: a.id_field,
                format: a.format,
                spans: a.spans,
                threads,
                progress: !a.quiet,
                summary: !a.quiet,
            };
            let inputs = input::expand(&a.paths);
            match extract::run(&inputs, &cfg, out) {
                Ok(t) if t.errors > 0 => ExitCode::from(1),
                Ok(_) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("copydesk: cannot write: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Html(a) => {
            let bytes = if a.file.as_os_str() == "-" {
                let mut v = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut v).map(|_| v)
            } else {
                std::fs::read(&a.file)
            };
            let text = match bytes.map(String::from_utf8) {
                Ok(Ok(t)) => t,
                Ok(Err(e)) => {
                    eprintln!(
                        "copydesk: {}: not UTF-8 (invalid byte at offset {})",
                        a.file.display(),
                        e.utf8_error().valid_up_to()
                    );
                    return ExitCode::from(1);
                }
                Err(e) => {
                    eprintln!("copydesk: cannot read {}: {e}", a.file.display());
                    return ExitCode::from(1);
                }
            };
            let mut out = match sink(a.output.as_ref()) {
                Ok(o) => o,
                Err(code) => return code,
            };
            let title = a.file.display().to_string();
            let page = html::page(&text, &title);
            match out.write_all(page.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("copydesk: cannot write: {e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}
