//! Throughput benchmarks (criterion).
//!
//! `COPYDESK_BENCH_CORPUS=PATH` points the scanner bench at a JSONL corpus with a `"text"` field
//! per line (for example `../shared/data/bbc.articles.jsonl`); the texts are joined with blank
//! lines. Without it the bundled sample article is used.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

fn sample(c: &mut Criterion) {
    let mut g = c.benchmark_group("sample");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("parse", |b| b.iter(|| copydesk::parse(black_box(SAMPLE))));
    g.finish();
}

/// The corpus named by `COPYDESK_BENCH_CORPUS`, or the bundled sample.
fn corpus() -> (String, String) {
    let Ok(path) = std::env::var("COPYDESK_BENCH_CORPUS") else {
        return ("sample".into(), SAMPLE.into());
    };
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("COPYDESK_BENCH_CORPUS={path}: {e}"));
    let mut texts = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_owned());
        }
    }
    let name = std::path::Path::new(&path)
        .file_name()
        .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
    (name, texts.join("\n\n"))
}

fn scanner(c: &mut Criterion) {
    let (name, text) = corpus();
    let mut g = c.benchmark_group("scanner");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function(BenchmarkId::new("scan", name), |b| {
        b.iter(|| copydesk::quote::scan(black_box(&text)))
    });
    g.finish();
}

/// Inputs built to defeat partner searches: growth should be linear.
fn pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("scanner_pathological");
    g.sample_size(10);
    let mut cases: Vec<(&str, usize, String)> = Vec::new();
    for n in [10_000, 20_000, 40_000] {
        cases.push(("unmatched_straight_double", n, "\" ".repeat(n)));
        cases.push(("unmatched_in_words", n, "a \"b ".repeat(n)));
        cases.push(("alternating_curly", n, "“ ‘".repeat(n)));
        cases.push(("opening_curly_run", n, "“".repeat(n)));
    }
    for kb in [256, 512, 1024] {
        cases.push(("apostrophes", kb, "'".repeat(kb * 1024)));
        cases.push((
            "apostrophe_words",
            kb,
            "the Joneses' 'n' ".repeat(kb * 1024 / 17),
        ));
    }
    for (name, size, text) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new(*name, size), text, |b, t| {
            b.iter(|| copydesk::quote::scan(black_box(t)))
        });
    }
    g.finish();
}

criterion_group!(benches, sample, scanner, pathological);
criterion_main!(benches);
