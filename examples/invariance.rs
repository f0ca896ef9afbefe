//! The invariance test of attribution on the dev corpora, CheckList-style (Ribeiro et al.
//! 2020): every attribution copydesk finds is perturbed at each slot where English allows a
//! perturbation type (`tests/invariance/mod.rs`), the edited article is parsed again, and the
//! attribution must still be found with the same source and cue and its content moved by the
//! edit. Prints the invariance rate per type (no average).
//!
//! ```text
//! cargo run --release --example invariance -- FILE.jsonl... [--show N]
//! ```
//!
//! Each FILE is JSONL with a `text` field per record (`../shared/data/polnear.dev.quotes.jsonl`,
//! `ggt.dev.quotes.jsonl`, `bbc.articles.jsonl`); `--show N` prints up to N breaks per type.

use std::error::Error;
use std::io::BufRead;

#[path = "../tests/invariance/mod.rs"]
mod invariance;

use invariance::{TYPES, Tally};

fn main() -> Result<(), Box<dyn Error>> {
    let mut files = Vec::new();
    let mut show = 0;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--show" {
            show = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        eprintln!("usage: invariance FILE.jsonl... [--show N]");
        std::process::exit(2);
    }
    for file in files {
        let mut tallies = [Tally::default(); TYPES.len()];
        let mut failures: [Vec<String>; TYPES.len()] = Default::default();
        let mut articles = 0;
        for line in std::io::BufReader::new(std::fs::File::open(&file)?).lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&line)?;
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            articles += 1;
            invariance::run(text, &invariance::found, &mut tallies, &mut failures, show);
        }
        println!("{file}: {articles} articles");
        println!(
            "  {:44} {:>6} {:>6} {:>7}",
            "perturbation", "slots", "kept", "rate"
        );
        for (i, t) in tallies.iter().enumerate() {
            println!(
                "  {:44} {:>6} {:>6} {:>7.3}",
                TYPES[i],
                t.slots,
                t.kept,
                t.rate()
            );
        }
        for (i, fs) in failures.iter().enumerate() {
            for f in fs {
                println!("  BREAK [{}] …{f}…", TYPES[i]);
            }
        }
    }
    Ok(())
}
