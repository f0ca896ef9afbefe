"""Throughput of copydesk.parse_many over a JSONL corpus ({"text": ...} per line).

    python python/benches/rate.py ../shared/data/bbc.articles.jsonl --repeats 7

Prints best and median wall-clock time of: parse_many with 1 and 2 threads, a loop of parse,
and to_dict() over the parsed articles (stated apart: it builds every dict and list). Compare
with the Rust library in the same sitting:

    cargo run --release -p copydesk-python --example rust_rate -- ../shared/data/bbc.articles.jsonl 7

`--once N` parses the corpus once with N threads and prints nothing (for cachegrind); `--once -1`
only loads the corpus (the baseline to subtract); `--once 1 --dict` adds to_dict().
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import copydesk


def timed(fn, repeats):
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--once", type=int, default=None)
    parser.add_argument("--dict", action="store_true", help="with --once: also run to_dict()")
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    if args.once is not None:
        if args.once >= 1:
            articles = copydesk.parse_many(texts, threads=args.once)
            if args.dict:
                [a.to_dict() for a in articles]
        return
    n = len(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6

    def report(name, best, median):
        print(
            f"{name:<22} best {best * 1e3:7.1f} ms ({n / best:6.0f} articles/s, "
            f"{mb / best:5.1f} MB/s), median {median * 1e3:7.1f} ms"
        )

    print(f"{n} articles, {mb:.2f} MB")
    for threads in (1, 2):
        report(
            f"parse_many threads={threads}",
            *timed(lambda: copydesk.parse_many(texts, threads=threads), args.repeats),
        )
    report("loop of parse", *timed(lambda: [copydesk.parse(t) for t in texts], args.repeats))
    articles = copydesk.parse_many(texts, threads=1)
    report("to_dict() alone", *timed(lambda: [a.to_dict() for a in articles], args.repeats))


if __name__ == "__main__":
    main()
