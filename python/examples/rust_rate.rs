//! The Rust library's own rate over a JSONL corpus (`{"text": …}` per line): the baseline that
//! `python/benches/rate.py` compares `copydesk.parse_many` against, run in the same sitting.
//!
//! ```text
//! cargo run --release -p copydesk-python --example rust_rate -- ../shared/data/bbc.articles.jsonl 7
//! ```
//!
//! With a repeat count of 0 it parses the corpus once and prints nothing (for
//! `valgrind --tool=cachegrind`); with `load` it only loads the corpus (the baseline to subtract).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: rust_rate CORPUS.jsonl [REPEATS]");
        std::process::exit(2);
    };
    let repeats = args.next();
    let load_only = repeats.as_deref() == Some("load");
    let repeats: usize = repeats.and_then(|r| r.parse().ok()).unwrap_or(7);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    if load_only {
        std::hint::black_box(&texts);
        return;
    }
    let pass = || {
        let mut found = 0;
        for t in &texts {
            found += std::hint::black_box(copydesk::parse(std::hint::black_box(t)))
                .attributions()
                .len();
        }
        found
    };
    if repeats == 0 {
        std::hint::black_box(pass());
        return;
    }
    pass();
    let mut times: Vec<f64> = (0..repeats)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(pass());
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let bytes: usize = texts.iter().map(String::len).sum();
    let (best, median) = (times[0], times[times.len() / 2]);
    println!(
        "rust parse: {} articles, {:.2} MB; best {:.1} ms ({:.0} articles/s, {:.1} MB/s), median {:.1} ms",
        texts.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        texts.len() as f64 / best,
        bytes as f64 / 1e6 / best,
        median * 1e3
    );
}
