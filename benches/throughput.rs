//! Throughput benchmarks (criterion).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

fn sample(c: &mut Criterion) {
    let mut g = c.benchmark_group("sample");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| copydesk::parse(std::hint::black_box(SAMPLE)))
    });
    g.finish();
}

criterion_group!(benches, sample);
criterion_main!(benches);
