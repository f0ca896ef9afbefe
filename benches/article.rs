//! Whole-article throughput: `copydesk::parse` over a real corpus, and over pathological input
//! at growing sizes (the time per byte must stay flat).
//!
//! ```text
//! COPYDESK_BENCH_CORPUS=../shared/data/bbc.articles.jsonl cargo bench --bench article
//! ```
//!
//! The corpus is a JSONL file with a `"text"` field per line; without it the bench runs on the
//! bundled sample article.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

fn corpus() -> (String, Vec<String>) {
    if let Ok(path) = std::env::var("COPYDESK_BENCH_CORPUS") {
        if let Ok(data) = std::fs::read_to_string(&path) {
            let texts: Vec<String> = data
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_owned))
                .collect();
            if !texts.is_empty() {
                return (path, texts);
            }
        }
        eprintln!("COPYDESK_BENCH_CORPUS={path:?} unreadable; using the bundled sample");
    }
    ("bundled sample".to_owned(), vec![SAMPLE.to_owned()])
}

fn real_text(c: &mut Criterion) {
    let (name, texts) = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("article");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(BenchmarkId::new("parse", name), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(copydesk::parse(black_box(t)));
            }
        });
    });
    g.finish();
}

/// Inputs that would expose a quadratic loop: the same adversarial unit repeated.
fn pathological(c: &mut Criterion) {
    let units: [(&str, &str); 4] = [
        ("unmatched_straight_quotes", "\" "),
        ("apostrophes", "'"),
        ("said_without_quotes", "Kim said he said she said. "),
        ("one_long_paragraph_of_quotes", "“a ‘b” c’ "),
    ];
    let mut g = c.benchmark_group("article_pathological");
    g.sample_size(10);
    for (name, unit) in units {
        for size in [64 << 10, 128 << 10, 256 << 10] {
            let text = unit.repeat(size / unit.len());
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), &text, |b, t| {
                b.iter(|| copydesk::parse(black_box(t)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, real_text, pathological);
criterion_main!(benches);
