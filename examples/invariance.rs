//! The invariance test of attribution on the dev corpora, CheckList-style (Ribeiro et al.
//! 2020): every attribution copydesk finds is perturbed at each slot where English allows a
//! perturbation type (`tests/invariance/mod.rs`), the edited article is parsed again, and the
//! attribution must still be found with the same source and cue and its content moved by the
//! edit. Prints the invariance rate per type (no average).
//!
//! ```text
//! cargo run --release --example invariance -- FILE.jsonl... [--show N] [--explain]
//! ```
//!
//! Each FILE is JSONL with a `text` field per record (`../shared/data/polnear.dev.quotes.jsonl`,
//! `ggt.dev.quotes.jsonl`, `bbc.articles.jsonl`); `--show N` prints up to N breaks per type.
//! `--explain` prints each break as what was read before the edit (`want`) and what is read
//! at the moved cue after it (`got`, `-` where the cue reads nothing), source, cue and content
//! in brackets, to group the breaks by mechanism.
//!
//! Where the records carry gold attributions (`quotes`, as in the dev files), a second pair of
//! columns counts only the attributions read right before the edit: every content piece
//! overlaps a gold piece (Jaccard ≥ 0.5 over bytes, the scorer's match) whose cue overlaps the
//! cue read, and the source read overlaps that piece's gold source (or both have none). A
//! break of an attribution that was already wrong says less about the skipper than one of an
//! attribution read right; both columns are printed, the first being the measure of record.

use std::error::Error;
use std::io::BufRead;

#[path = "../tests/invariance/mod.rs"]
mod invariance;

use invariance::{Found, TYPES, Tally};

/// A gold attribution piece: content, cue and source as byte ranges.
struct Gold {
    content: (usize, usize),
    cue: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
}

/// The gold pieces of a record (none when it has no `quotes`).
fn gold(v: &serde_json::Value) -> Vec<Gold> {
    let range = |q: &serde_json::Value, a: &str, b: &str| {
        Some((q[a].as_u64()? as usize, q[b].as_u64()? as usize))
    };
    v["quotes"]
        .as_array()
        .map(|qs| {
            qs.iter()
                .filter_map(|q| {
                    Some(Gold {
                        content: range(q, "start", "end")?,
                        cue: range(q, "cue_start", "cue_end"),
                        source: range(q, "speaker_start", "speaker_end"),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Whether two byte ranges share a byte.
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Jaccard overlap of two byte ranges.
fn jaccard(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Whether attribution `f` is read right against `gold` (see the module docs).
fn read_right(f: &Found, gold: &[Gold]) -> bool {
    !f.contents.is_empty()
        && f.contents.iter().all(|&c| {
            gold.iter().any(|g| {
                jaccard(c, g.content) >= 0.5
                    && g.cue.is_none_or(|gc| overlaps(gc, f.cue))
                    && match (g.source, f.source) {
                        (Some(gs), Some(fs)) => overlaps(gs, fs),
                        (None, None) => true,
                        // A gold source may be given on another piece of the group only.
                        (None, Some(_)) => true,
                        (Some(_), None) => false,
                    }
            })
        })
}

/// One attribution as `[source] [cue] [content | …]`.
fn show(t: &str, f: &Found) -> String {
    let src = f.source.map_or("-", |(s, e)| &t[s..e]);
    let content: Vec<&str> = f.contents.iter().map(|&(s, e)| &t[s..e]).collect();
    format!(
        "[{src}] [{}] [{}]",
        &t[f.cue.0..f.cue.1],
        content.join(" | ")
    )
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut files = Vec::new();
    let mut show_n = 0;
    let mut explain = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--explain" {
            explain = true;
        } else if a == "--show" {
            show_n = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        eprintln!("usage: invariance FILE.jsonl... [--show N] [--explain]");
        std::process::exit(2);
    }
    for file in files {
        let mut all = [Tally::default(); TYPES.len()];
        let mut right = [Tally::default(); TYPES.len()];
        let mut failures: [Vec<String>; TYPES.len()] = Default::default();
        let mut articles = 0;
        let mut with_gold = 0;
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
            let gold = gold(&v);
            with_gold += usize::from(v["quotes"].is_array());
            for (n, f) in invariance::found(text).iter().enumerate() {
                let is_right = read_right(f, &gold);
                for kind in 0..TYPES.len() {
                    let Some(edit) = invariance::perturb(kind, text, f, n) else {
                        continue;
                    };
                    let edited = edit.apply(text);
                    let again = invariance::found(&edited);
                    let ok = again
                        .iter()
                        .any(|g| invariance::holds(&edited, text, f, &edit, g));
                    all[kind].slots += 1;
                    all[kind].kept += usize::from(ok);
                    if is_right {
                        right[kind].slots += 1;
                        right[kind].kept += usize::from(ok);
                    }
                    if ok || failures[kind].len() >= show_n {
                        continue;
                    }
                    let (lo, hi) = if explain {
                        (edit.at.saturating_sub(60), edit.at + 60)
                    } else {
                        let (a, b) = (edit.map(f.cue.0), edit.map(f.cue.1));
                        (a.saturating_sub(120), b + 80)
                    };
                    let (lo, hi) = (floor(&edited, lo), ceil(&edited, hi.min(edited.len())));
                    let mut line = edited[lo..hi].to_owned();
                    if explain {
                        let cue = edit.span(f.cue);
                        let got: Vec<String> = again
                            .iter()
                            .filter(|g| g.cue == cue)
                            .map(|g| show(&edited, g))
                            .collect();
                        let got = if got.is_empty() {
                            "-".to_owned()
                        } else {
                            got.join(" ; ")
                        };
                        let mark = if is_right { "right" } else { "wrong" };
                        line = format!("{line} || want ({mark}) {} || got {got}", show(text, f));
                    }
                    failures[kind].push(line.replace('\n', " "));
                }
            }
        }
        println!("{file}: {articles} articles");
        if with_gold == 0 {
            println!(
                "  {:44} {:>6} {:>6} {:>7}",
                "perturbation", "slots", "kept", "rate"
            );
        } else {
            println!(
                "  {:44} {:>6} {:>6} {:>7}   {:>6} {:>6} {:>7}",
                "perturbation", "slots", "kept", "rate", "right", "kept", "rate"
            );
        }
        for (i, t) in all.iter().enumerate() {
            if with_gold == 0 {
                println!(
                    "  {:44} {:>6} {:>6} {:>7.3}",
                    TYPES[i],
                    t.slots,
                    t.kept,
                    t.rate()
                );
            } else {
                let r = right[i];
                println!(
                    "  {:44} {:>6} {:>6} {:>7.3}   {:>6} {:>6} {:>7.3}",
                    TYPES[i],
                    t.slots,
                    t.kept,
                    t.rate(),
                    r.slots,
                    r.kept,
                    r.rate()
                );
            }
        }
        for (i, fs) in failures.iter().enumerate() {
            for f in fs {
                println!("  BREAK [{}] …{f}…", TYPES[i]);
            }
        }
    }
    Ok(())
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
