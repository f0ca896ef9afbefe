//! Scores copydesk on an annotated dev set, and writes its predictions in the same format.
//!
//! ```text
//! cargo run --release --example evaluate -- TASK GOLD.jsonl [--predictions FILE]
//! TASK: quotes | bylines | datelines | credits | lines | bbc
//! ```
//!
//! `lines` scores `copydesk::classify_line` on records with `expected.class`; `bbc` runs the
//! article parser on a corpus whose first paragraph is the headline and counts bylines found
//! in it.
//!
//! The figures agree with the reference scorers in `../shared/tools/` on the same predictions.

use std::error::Error;
use std::path::PathBuf;

mod attributions;
mod bylines;
mod credits;
mod datelines;
mod fields;
mod quotes;

/// The records of a JSONL file, one JSON value per non-blank line.
pub(crate) fn read_jsonl(path: &std::path::Path) -> Result<Vec<serde_json::Value>, Box<dyn Error>> {
    use std::io::BufRead;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(std::fs::File::open(path)?)
        .lines()
        .enumerate()
    {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: not JSON ({e})", path.display(), n + 1))?,
        );
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: evaluate TASK GOLD.jsonl [--predictions FILE]\nTASK: quotes | bylines | datelines | credits | lines | bbc";
    let (Some(task), Some(gold)) = (args.next(), args.next()) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let mut predictions: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--predictions" => predictions = args.next().map(PathBuf::from),
            _ => {
                eprintln!("{usage}");
                std::process::exit(2);
            }
        }
    }
    let gold = PathBuf::from(gold);
    match task.as_str() {
        "quotes" => quotes::run(&gold, predictions.as_deref()),
        "lines" => fields::run_lines(&gold),
        "bbc" => fields::run_bbc(&gold),
        "bylines" => fields::run(
            fields::Task::Bylines,
            &gold,
            predictions.as_deref(),
            bylines::predict,
        ),
        "datelines" => fields::run(
            fields::Task::Datelines,
            &gold,
            predictions.as_deref(),
            datelines::predict,
        ),
        "credits" => fields::run(
            fields::Task::Credits,
            &gold,
            predictions.as_deref(),
            credits::predict,
        ),
        _ => {
            eprintln!("unknown task {task:?}\n{usage}");
            std::process::exit(2);
        }
    }
}
