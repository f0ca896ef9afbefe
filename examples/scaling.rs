//! The scaling suite: parses hostile shapes at growing sizes, each in a child process of its own,
//! and reports CPU time per MB and peak memory per input byte; with `--check` it fails when
//! either grows superlinearly (a denial-of-service check in the spirit of pulldown-cmark's).
//!
//! Growth is read as an exponent: from the smallest size to the largest, cost grows as size^k
//! (k = 1 linear, k = 2 quadratic). `--check` fails when CPU time's k exceeds
//! `--max-time-exponent` (default 1.5: a quadratic scan fails it from 1 to 4 MB already, while
//! cache and memory-traffic effects pass) or the parse's own peak memory's k exceeds
//! `--max-mem-exponent` (default 1.2); `--max-rss-per-byte X` also caps peak RSS at X times the
//! input at every size, and `--max-parse-rss-per-byte LIMITS` the parse's own peak memory (peak
//! RSS less what was resident before the parse: the input and the lexicons) per input byte,
//! which does not depend on the size: `LIMITS` is one number for every shape, or
//! `shape=X` pairs with `*=X` for the rest (`*=14.5,speakers=26`). The parse's own memory is the
//! figure to check at a small size: at 16 MB the total is it plus some 1.5 bytes a byte.
//!
//! ```text
//! cargo run --release --example scaling                    # the full table, 1 to 64 MB
//! cargo run --release --example scaling -- --sizes 1,4 --check           # the cheap CI check
//! cargo run --release --example scaling -- --sizes 1,4 --check --max-parse-rss-per-byte 14.5
//! cargo run --release --example scaling -- --sizes 1,4 --cachegrind      # + instructions per MB
//! cargo run --release --example scaling -- run SHAPE MB    # one child: prints one JSON line
//! ```
//!
//! Shapes: `apostrophes` (runs of `'''`), `parens` (nested `(((x)))`), `marks` (paragraphs of one
//! quotation mark each), `speakers` (many short quotations, each with a speaker of its own),
//! `shortforms` (one speaker named again and again by the first word of the name) and `real`
//! (the bundled sample article, repeated).
//!
//! Time is the child's own CPU time (`/proc/thread-self/schedstat`), which other processes on a
//! shared machine disturb far less than wall time; peak memory is the child's `VmHWM` (peak
//! resident set) from `/proc/self/status`, input included. `--cachegrind` runs each child under
//! `valgrind --tool=cachegrind` as well and reports instructions per MB (input generation
//! subtracted), which no load disturbs. Linux only (it reads `/proc`).

use std::process::{Command, ExitCode};
use std::time::Instant;

const SHAPES: [&str; 6] = [
    "apostrophes",
    "parens",
    "marks",
    "speakers",
    "shortforms",
    "real",
];
const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");
const MB: usize = 1 << 20;

/// A made-up but name-shaped word for `i`: capitalised syllables, distinct for each `i`.
fn name_word(mut i: usize, out: &mut String) {
    const ONSETS: [&str; 16] = [
        "B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Ch",
    ];
    const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];
    let mut first = true;
    loop {
        let onset = ONSETS[i % 16];
        i /= 16;
        let vowel = VOWELS[i % 5];
        i /= 5;
        if first {
            out.push_str(onset);
            first = false;
        } else {
            out.push_str(&onset.to_lowercase());
        }
        out.push_str(vowel);
        if i == 0 {
            break;
        }
    }
}

/// The input of `shape`, `bytes` long at most (whole units only), built without over-allocating.
fn generate(shape: &str, bytes: usize) -> Option<String> {
    let mut text = String::with_capacity(bytes);
    let mut unit = String::new();
    let mut i = 0usize;
    loop {
        unit.clear();
        match shape {
            "apostrophes" => unit.push_str("''' "),
            "parens" => unit.push_str("(((x))) "),
            "marks" => {
                let marks = ["“", "”", "\"", "'", "‘", "’", "«", "»"];
                unit.push_str(marks[i % marks.len()]);
                unit.push_str("\n\n");
            }
            "speakers" => {
                unit.push_str("“Yes,” said ");
                name_word(i, &mut unit);
                unit.push(' ');
                name_word(i.wrapping_mul(7919) ^ 0x5a5a, &mut unit);
                unit.push_str(if i % 5 == 4 { ".\n\n" } else { ". " });
            }
            "shortforms" => {
                // One person quoted, then named again by the first word of the name alone: each
                // lone first name asks whether the text writes it in lower case (once a scan of
                // the whole text per mention, quadratic).
                unit.push_str("“We won,” Ana Lee said. Ana smiled at the crowd.\n\n");
            }
            "real" => {
                unit.push_str(SAMPLE);
                unit.push_str("\n\n");
            }
            _ => return None,
        }
        if text.len() + unit.len() > bytes {
            return Some(text);
        }
        text.push_str(&unit);
        i += 1;
    }
}

/// A field of `/proc/self/status` in kB.
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// This thread's CPU time in nanoseconds.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// The child: generate, parse, print `{"bytes", "cpu_ms", "wall_ms", "base_kb", "peak_kb"}`.
fn child(shape: &str, mb: f64, parse: bool) -> ExitCode {
    let Some(text) = generate(shape, (mb * MB as f64) as usize) else {
        eprintln!("unknown shape {shape}; shapes: {}", SHAPES.join(", "));
        return ExitCode::FAILURE;
    };
    // One-time set-up (the lexicons' automata) is not the input's cost: pay it first.
    let warm = copydesk::parse("“Yes,” Kim said.").attributions().len();
    let base_kb = status_kb("VmHWM:").unwrap_or(0);
    let (cpu0, wall) = (cpu_ns().unwrap_or(0), Instant::now());
    let found = warm
        + if parse {
            let article = copydesk::parse(&text);
            article.quotations().len() + article.attributions().len() + article.paragraphs().len()
        } else {
            text.len()
        };
    let cpu_ms = cpu_ns().unwrap_or(0).saturating_sub(cpu0) as f64 / 1e6;
    let wall_ms = wall.elapsed().as_secs_f64() * 1e3;
    let peak_kb = status_kb("VmHWM:").unwrap_or(0);
    println!(
        "{{\"shape\":\"{shape}\",\"bytes\":{},\"cpu_ms\":{cpu_ms:.1},\"wall_ms\":{wall_ms:.1},\"base_kb\":{base_kb},\"peak_kb\":{peak_kb},\"found\":{found}}}",
        text.len()
    );
    ExitCode::SUCCESS
}

/// One measured run of a shape at a size.
#[derive(Debug, Clone)]
struct Row {
    bytes: f64,
    cpu_ms: f64,
    peak_kb: f64,
    /// Peak resident set before the parse (the input, the lexicons), in kB.
    base_kb: f64,
    /// Instructions of the parse alone, when measured.
    instructions: Option<f64>,
}

fn field(line: &str, key: &str) -> Option<f64> {
    let at = line.find(&format!("\"{key}\":"))? + key.len() + 3;
    let rest = &line[at..];
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    rest[..end].trim_matches('"').parse().ok()
}

fn spawn(shape: &str, mb: f64) -> Result<Row, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(&exe)
        .args(["run", shape, &mb.to_string()])
        .output()
        .map_err(|e| e.to_string())?;
    let line = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        return Err(format!(
            "{shape} at {mb} MB failed: {}{}",
            line,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let get = |k: &str| field(&line, k).ok_or_else(|| format!("no {k} in {line:?}"));
    Ok(Row {
        bytes: get("bytes")?,
        cpu_ms: get("cpu_ms")?,
        peak_kb: get("peak_kb")?,
        base_kb: get("base_kb")?,
        instructions: None,
    })
}

/// Instructions cachegrind counts for one child run.
fn instructions(shape: &str, mb: f64, parse: bool) -> Result<f64, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new("valgrind");
    cmd.args([
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ]);
    cmd.arg(&exe).args(["run", shape, &mb.to_string()]);
    if !parse {
        cmd.arg("--no-parse");
    }
    let out = cmd.output().map_err(|e| format!("valgrind: {e}"))?;
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.contains("I") && l.contains("refs:"))
        .ok_or_else(|| format!("no instruction count from cachegrind: {err}"))?;
    let digits: String = line
        .split(':')
        .nth(1)
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().map_err(|e| format!("{line}: {e}"))
}

struct Options {
    sizes: Vec<f64>,
    shapes: Vec<String>,
    check: bool,
    cachegrind: bool,
    max_time_exponent: f64,
    max_mem_exponent: f64,
    max_rss_per_byte: Option<f64>,
    /// Per shape (`None`: every other shape), the limit on the parse's own memory per byte.
    max_parse_rss_per_byte: Vec<(Option<String>, f64)>,
}

impl Options {
    /// The limit on the parse's own memory per byte for `shape`, if any.
    fn parse_rss_limit(&self, shape: &str) -> Option<f64> {
        let named = self
            .max_parse_rss_per_byte
            .iter()
            .find(|(s, _)| s.as_deref() == Some(shape));
        named
            .or_else(|| {
                self.max_parse_rss_per_byte
                    .iter()
                    .find(|(s, _)| s.is_none())
            })
            .map(|&(_, x)| x)
    }
}

/// `14.5` (every shape) or `*=14.5,speakers=26` (per shape, `*` for the rest).
fn parse_limits(v: &str) -> Result<Vec<(Option<String>, f64)>, String> {
    v.split(',')
        .map(|item| {
            let (shape, x) = match item.split_once('=') {
                Some(("*", x)) => (None, x),
                Some((shape, x)) if SHAPES.contains(&shape) => (Some(shape.to_owned()), x),
                Some((shape, _)) => return Err(format!("unknown shape {shape} in {v}")),
                None => (None, item),
            };
            let x = x.parse::<f64>().map_err(|e| format!("{item}: {e}"))?;
            Ok((shape, x))
        })
        .collect()
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        sizes: vec![1.0, 4.0, 16.0, 64.0],
        shapes: SHAPES.iter().map(|s| (*s).to_owned()).collect(),
        check: false,
        cachegrind: false,
        max_time_exponent: 1.5,
        max_mem_exponent: 1.2,
        max_rss_per_byte: None,
        max_parse_rss_per_byte: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        let number = |v: &String| v.parse::<f64>().map_err(|e| format!("{a} {v}: {e}"));
        match a.as_str() {
            "--sizes" => {
                o.sizes = value()?
                    .split(',')
                    .map(|s| s.parse::<f64>().map_err(|e| format!("--sizes {s}: {e}")))
                    .collect::<Result<_, _>>()?;
            }
            "--shapes" => o.shapes = value()?.split(',').map(str::to_owned).collect(),
            "--check" => o.check = true,
            "--cachegrind" => o.cachegrind = true,
            "--max-time-exponent" => o.max_time_exponent = number(value()?)?,
            "--max-mem-exponent" => o.max_mem_exponent = number(value()?)?,
            "--max-rss-per-byte" => o.max_rss_per_byte = Some(number(value()?)?),
            "--max-parse-rss-per-byte" => {
                o.max_parse_rss_per_byte =
                    parse_limits(value()?).map_err(|e| format!("--max-parse-rss-per-byte {e}"))?;
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if o.sizes.len() < 2 {
        return Err("--sizes needs at least two sizes to compare".to_owned());
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("run") {
        let (Some(shape), Some(mb)) = (args.get(1), args.get(2).and_then(|m| m.parse().ok()))
        else {
            eprintln!("usage: scaling run SHAPE MB [--no-parse]");
            return ExitCode::FAILURE;
        };
        return child(
            shape,
            mb,
            args.get(3).map(String::as_str) != Some("--no-parse"),
        );
    }
    let o = match options(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("scaling: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut failures = Vec::new();
    println!(
        "| shape | MB | CPU ms | ms/MB | peak RSS MB | RSS/byte | parse's RSS/byte |{}",
        if o.cachegrind { " Minstr/MB |" } else { "" }
    );
    println!(
        "|---|---:|---:|---:|---:|---:|---:|{}",
        if o.cachegrind { "---:|" } else { "" }
    );
    for shape in &o.shapes {
        let mut rows = Vec::new();
        for &mb in &o.sizes {
            let mut row = match spawn(shape, mb) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("scaling: {e}");
                    return ExitCode::FAILURE;
                }
            };
            if o.cachegrind {
                match (
                    instructions(shape, mb, true),
                    instructions(shape, mb, false),
                ) {
                    (Ok(all), Ok(generation)) => row.instructions = Some(all - generation),
                    (Err(e), _) | (_, Err(e)) => {
                        eprintln!("scaling: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            let mbs = row.bytes / MB as f64;
            print!(
                "| {shape} | {mbs:.1} | {:.0} | {:.1} | {:.0} | {:.1} | {:.1} |",
                row.cpu_ms,
                row.cpu_ms / mbs,
                row.peak_kb / 1024.0,
                row.peak_kb * 1024.0 / row.bytes,
                (row.peak_kb - row.base_kb) * 1024.0 / row.bytes
            );
            if let Some(ins) = row.instructions {
                print!(" {:.0} |", ins / mbs / 1e6);
            }
            println!();
            rows.push(row);
        }
        let (first, last) = (&rows[0], &rows[rows.len() - 1]);
        let per_mb = |r: &Row| r.cpu_ms / r.bytes;
        // The parse's own memory (peak minus what was resident before it), per input byte.
        let per_byte = |r: &Row| (r.peak_kb - r.base_kb).max(1.0) / r.bytes;
        let time_growth = per_mb(last) / per_mb(first);
        let mem_growth = per_byte(last) / per_byte(first);
        // Cost grows as size^k: k = 1 is linear, k = 2 quadratic.
        let ratio = (last.bytes / first.bytes).ln();
        let time_k = 1.0 + time_growth.ln() / ratio;
        let mem_k = 1.0 + mem_growth.ln() / ratio;
        println!(
            "|  {shape}: growth per unit from the smallest to the largest size | | | {time_growth:.2}× (k = {time_k:.2}) | | | {mem_growth:.2}× (k = {mem_k:.2}) |{}",
            match (first.instructions, last.instructions) {
                (Some(a), Some(b)) => format!(" {:.2}× |", (b / last.bytes) / (a / first.bytes)),
                _ => String::new(),
            }
        );
        if time_k > o.max_time_exponent {
            failures.push(format!(
                "{shape}: CPU time grows as size^{time_k:.2} (limit {})",
                o.max_time_exponent
            ));
        }
        if mem_k > o.max_mem_exponent {
            failures.push(format!(
                "{shape}: the parse's peak memory grows as size^{mem_k:.2} (limit {})",
                o.max_mem_exponent
            ));
        }
        if let Some(max) = o.parse_rss_limit(shape) {
            let worst = rows
                .iter()
                .map(|r| (r.peak_kb - r.base_kb) * 1024.0 / r.bytes)
                .fold(0.0, f64::max);
            if worst > max {
                failures.push(format!(
                    "{shape}: the parse's own peak memory is {worst:.1}× the input (limit {max})"
                ));
            }
        }
        if let Some(max) = o.max_rss_per_byte {
            let worst = rows
                .iter()
                .map(|r| r.peak_kb * 1024.0 / r.bytes)
                .fold(0.0, f64::max);
            if worst > max {
                failures.push(format!(
                    "{shape}: peak RSS {worst:.1}× the input (limit {max})"
                ));
            }
        }
    }
    if o.check && !failures.is_empty() {
        for f in &failures {
            eprintln!("scaling: over the limit: {f}");
        }
        return ExitCode::FAILURE;
    }
    if !failures.is_empty() {
        eprintln!(
            "(over the thresholds, not checked: {})",
            failures.join("; ")
        );
    }
    ExitCode::SUCCESS
}
