//! Writes every parse copydesk makes of the shared dev data as JSONL, so that a refactoring can
//! be checked byte for byte against a base commit (`scripts/dump-diff.sh BASE`).
//!
//! ```text
//! cargo run --release --example dump -- [DATA_DIR] > dump.jsonl    # DATA_DIR: ../shared/data
//! cargo run --release --example dump -- --parse-only [DATA_DIR]     # one parse of the BBC corpus
//! cargo run --release --example dump -- --parse-only --passes 3 [DATA_DIR]
//! ```
//!
//! `--parse-only` parses every `bbc.articles.jsonl` text once and prints a count, no JSON: the
//! run to measure whole-article speed with (`valgrind --tool=cachegrind`). `--passes N` parses
//! the corpus N times: (N passes − 1 pass) / (N − 1) is the marginal cost of a pass, without the
//! one-time costs (lexicons, automata, regex compilation) that the first pass pays.
//!
//! One line per input: the article parses (serde output) of every `text` in
//! `bbc.articles.jsonl`, `polnear.dev.quotes.jsonl` and `ggt.dev.quotes.jsonl`, then the
//! [`Byline`](copydesk::Byline), [`Dateline`](copydesk::Dateline) and
//! [`Credit`](copydesk::Credit) parses (or the `Debug` of the error) of every `input` of
//! `bylines.dev.jsonl`, `datelines.dev.jsonl` and `credits.dev.jsonl`. The data is read at run
//! time; a missing file is an error.

use std::error::Error;
use std::io::{BufRead, Write};
use std::path::Path;

use serde_json::Value;

fn records(path: &Path) -> Result<Vec<Value>, Box<dyn Error>> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line)?);
        }
    }
    Ok(out)
}

fn field<'v>(record: &'v Value, name: &str) -> Result<&'v str, Box<dyn Error>> {
    record
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("a record without a string `{name}`").into())
}

fn result<T: serde::Serialize, E: std::fmt::Debug>(
    r: Result<T, E>,
) -> Result<Value, Box<dyn Error>> {
    Ok(match r {
        Ok(v) => serde_json::json!({ "ok": serde_json::to_value(v)? }),
        Err(e) => serde_json::json!({ "err": format!("{e:?}") }),
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let parse_only = args.first().is_some_and(|a| a == "--parse-only");
    if parse_only {
        args.remove(0);
    }
    let mut passes = 1usize;
    if parse_only && args.first().is_some_and(|a| a == "--passes") {
        passes = args
            .get(1)
            .and_then(|n| n.parse().ok())
            .ok_or("--passes needs a count")?;
        args.drain(..2);
    }
    let dir = Path::new(args.first().map_or("../shared/data", String::as_str));
    if parse_only {
        let texts: Vec<String> = records(&dir.join("bbc.articles.jsonl"))?
            .iter()
            .map(|r| field(r, "text").map(str::to_owned))
            .collect::<Result<_, _>>()?;
        let parser = copydesk::Parser::new();
        let mut found = 0;
        for _ in 0..passes {
            for t in &texts {
                found += std::hint::black_box(parser.parse(t)).attributions().len();
            }
        }
        println!("{} articles, {found} attributions", texts.len());
        return Ok(());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for file in [
        "bbc.articles.jsonl",
        "polnear.dev.quotes.jsonl",
        "ggt.dev.quotes.jsonl",
    ] {
        for (n, r) in records(&dir.join(file))?.iter().enumerate() {
            let article = copydesk::parse(field(r, "text")?);
            let line = serde_json::json!({ "file": file, "n": n, "article": article });
            writeln!(out, "{line}")?;
        }
    }
    type Reader = fn(&str) -> Result<Value, Box<dyn Error>>;
    let fields: [(&str, Reader); 3] = [
        ("bylines.dev.jsonl", |s| result(copydesk::Byline::parse(s))),
        ("datelines.dev.jsonl", |s| {
            result(copydesk::Dateline::parse(s))
        }),
        ("credits.dev.jsonl", |s| result(copydesk::Credit::parse(s))),
    ];
    for (file, read) in fields {
        for (n, r) in records(&dir.join(file))?.iter().enumerate() {
            let line =
                serde_json::json!({ "file": file, "n": n, "parse": read(field(r, "input")?)? });
            writeln!(out, "{line}")?;
        }
    }
    out.flush()?;
    Ok(())
}
