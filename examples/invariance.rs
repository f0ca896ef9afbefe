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
//! `--explain` prints each break as what was read before the edit (`want`) and what is read
//! at the moved cue after it (`got`, `-` where the cue reads nothing), source, cue and content
//! in brackets, to group the breaks by mechanism.

use std::error::Error;
use std::io::BufRead;

#[path = "../tests/invariance/mod.rs"]
mod invariance;

use invariance::{TYPES, Tally};

fn main() -> Result<(), Box<dyn Error>> {
    let mut files = Vec::new();
    let mut show = 0;
    let mut explain = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--explain" {
            explain = true;
        } else if a == "--show" {
            show = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        eprintln!("usage: invariance FILE.jsonl... [--show N] [--explain]");
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
            if explain {
                explain_breaks(text, &mut failures, show);
            }
            let keep = if explain { 0 } else { show };
            invariance::run(text, &invariance::found, &mut tallies, &mut failures, keep);
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

/// Adds to `failures` each break of `text` as `want … | got …`, while a type holds fewer than
/// `keep`.
fn explain_breaks(text: &str, failures: &mut [Vec<String>; TYPES.len()], keep: usize) {
    let found = invariance::found(text);
    let show = |t: &str, f: &invariance::Found| {
        let src = f.source.map_or("-", |(s, e)| &t[s..e]);
        let content: Vec<&str> = f.contents.iter().map(|&(s, e)| &t[s..e]).collect();
        format!(
            "[{src}] [{}] [{}]",
            &t[f.cue.0..f.cue.1],
            content.join(" | ")
        )
    };
    for (n, f) in found.iter().enumerate() {
        for (kind, fails) in failures.iter_mut().enumerate() {
            let Some(edit) = invariance::perturb(kind, text, f, n) else {
                continue;
            };
            let edited = edit.apply(text);
            let again = invariance::found(&edited);
            if again
                .iter()
                .any(|g| invariance::holds(&edited, text, f, &edit, g))
                || fails.len() >= keep
            {
                continue;
            }
            let cue = edit.span(f.cue);
            let got = again
                .iter()
                .filter(|g| g.cue == cue)
                .map(|g| show(&edited, g))
                .collect::<Vec<_>>()
                .join(" ; ");
            let got = if got.is_empty() { "-".to_owned() } else { got };
            let (lo, hi) = (edit.at.saturating_sub(60), (edit.at + 60).min(edited.len()));
            let (lo, hi) = (floor(&edited, lo), ceil(&edited, hi));
            fails.push(
                format!(
                    "{} || want {} || got {}",
                    &edited[lo..hi],
                    show(text, f),
                    got
                )
                .replace('\n', " "),
            );
        }
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
