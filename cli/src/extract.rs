//! `copydesk extract`: every article of the inputs, parsed in parallel, written in input order.
//!
//! A reader thread fills batches of records, the rayon pool parses a batch in chunks (each
//! chunk writes its records into one buffer), and a writer thread writes the buffers in order.
//! At most a few batches are in flight, so memory stays flat however large the corpus.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use rayon::prelude::*;
use serde_json::value::RawValue;

use copydesk::Article;
use copydesk::record::Offsets;

use crate::input::{self, Batch, Input, Item, Kind};
use crate::record::{Fields, read_record};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// One JSON object per article (JSON lines): the article's fields plus `id`.
    Json,
    /// One CSV row per attribution.
    Csv,
}

/// How spans are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Spans {
    /// `{"start", "end", "text"}`.
    Full,
    /// `[start, end]`, without the text.
    Offsets,
}

/// Which attributions are kept ([`copydesk::attribution::Scope`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ScopeArg {
    /// Speech and writing only.
    Speech,
    /// Every attribution, belief, perception and stance included.
    All,
}

impl From<ScopeArg> for copydesk::attribution::Scope {
    fn from(s: ScopeArg) -> copydesk::attribution::Scope {
        match s {
            ScopeArg::Speech => copydesk::attribution::Scope::Speech,
            ScopeArg::All => copydesk::attribution::Scope::All,
        }
    }
}

/// What a run needs to know.
#[derive(Debug)]
pub(crate) struct Config {
    /// The configured parser every record is read with.
    pub(crate) parser: copydesk::Parser,
    pub(crate) text_field: String,
    pub(crate) id_field: String,
    pub(crate) format: Format,
    pub(crate) spans: Spans,
    pub(crate) threads: usize,
    pub(crate) progress: bool,
    pub(crate) summary: bool,
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Totals {
    pub(crate) articles: u64,
    pub(crate) errors: u64,
    pub(crate) bytes: u64,
}

/// The CSV columns.
const CSV_HEADER: &[&str] = &[
    "id",
    "kind",
    "source",
    "entity",
    "cue",
    "cue_class",
    "content",
    "offsets",
    "secondary",
    "error",
];

/// Parses every article of `inputs` and writes one record each to `out`, in input order.
///
/// Batches are parsed as rayon tasks, several at once, so that no thread waits for the slowest
/// chunk of a batch; the writer puts them back in order. A batch is admitted only when fewer
/// than `threads + 2` are between reading and writing, and buffers are recycled at fixed sizes:
/// memory stays flat.
pub(crate) fn run(
    inputs: &[Input],
    cfg: &Config,
    out: Box<dyn Write + Send>,
) -> io::Result<Totals> {
    let started = Instant::now();
    let names: Vec<String> = inputs.iter().map(Input::name).collect();
    let total: Option<u64> = inputs.iter().map(Input::size).sum();
    let bar = progress_bar(cfg.progress, total);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.threads)
        .thread_name(|i| format!("copydesk-parse-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let in_flight = cfg.threads + 2;
    // A rendezvous: the reader hands a batch over only when a slot is free.
    let (in_tx, in_rx) = mpsc::sync_channel::<Batch>(0);
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = token_tx.send(());
    }
    let (recycle_tx, recycle_rx) = mpsc::channel::<Batch>();
    let names = &names;
    let buffers: &Buffers = &Mutex::new(Vec::new());
    // As many output buffers as the batches in flight have chunks, each kept at the size a
    // chunk's output takes (so that none doubles past it by chance and stays there).
    let keep = in_flight * chunks_per_batch(cfg.threads);
    let capacity = output_capacity(cfg);
    let result = std::thread::scope(|s| -> io::Result<Totals> {
        s.spawn(move || input::read_all(inputs, &in_tx, &recycle_rx));
        let format = cfg.format;
        let writer = s.spawn(move || {
            let w = Writer {
                format,
                bar,
                tokens: token_tx,
                recycle: recycle_tx,
                buffers,
                keep,
                capacity,
            };
            w.run(out, &done_rx)
        });
        pool.in_place_scope(|scope| {
            for seq in 0.. {
                // A slot first, then a batch, so that no read batch waits between the reader
                // and the pool: at most `in_flight` batches are admitted and one is being read.
                // No slot comes back once the writer has stopped.
                if token_rx.recv().is_err() {
                    break;
                }
                let Ok(batch) = in_rx.recv() else { break };
                let done_tx = done_tx.clone();
                scope.spawn(move |_| {
                    let per = chunk_len(batch.items.len(), cfg.threads);
                    let chunks: Vec<Chunk> = batch
                        .items
                        .par_chunks(per)
                        .map(|items| process_chunk(&batch, items, names, cfg, buffers))
                        .collect();
                    let _ = done_tx.send(Done { seq, chunks, batch });
                });
            }
        });
        drop(done_tx);
        writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer panicked")))
    });
    if let (true, Ok(t)) = (cfg.summary, &result) {
        let secs = started.elapsed().as_secs_f64();
        let mb = t.bytes as f64 / 1e6;
        eprintln!(
            "copydesk: {} articles, {} errors, {mb:.1} MB in {secs:.2} s ({:.1} MB/s)",
            t.articles,
            t.errors,
            mb / secs.max(1e-9)
        );
    }
    result
}

/// A parsed batch: its place in the input, its output and its buffers (to recycle).
struct Done {
    seq: usize,
    chunks: Vec<Chunk>,
    batch: Batch,
}

/// Writes parsed batches in input order.
struct Writer<'b> {
    format: Format,
    bar: Option<indicatif::ProgressBar>,
    tokens: mpsc::SyncSender<()>,
    recycle: mpsc::Sender<Batch>,
    buffers: &'b Buffers,
    keep: usize,
    capacity: usize,
}

impl Writer<'_> {
    fn run(self, out: Box<dyn Write + Send>, rx: &Receiver<Done>) -> io::Result<Totals> {
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        if self.format == Format::Csv {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(CSV_HEADER).map_err(io::Error::other)?;
            let header = w
                .into_inner()
                .map_err(|e| io::Error::other(e.to_string()))?;
            out.write_all(&header)?;
        }
        let mut totals = Totals::default();
        let mut next = 0;
        let mut waiting: BTreeMap<usize, Done> = BTreeMap::new();
        for done in rx {
            waiting.insert(done.seq, done);
            while let Some(d) = waiting.remove(&next) {
                for c in &d.chunks {
                    out.write_all(&c.bytes)?;
                    totals.articles += c.articles;
                    totals.errors += c.errors;
                }
                if let Ok(mut pool) = self.buffers.lock() {
                    for mut c in d.chunks {
                        if pool.len() < self.keep {
                            // The buffer of a huge record goes back to the usual size.
                            c.bytes.clear();
                            c.bytes.shrink_to(self.capacity);
                            pool.push(c.bytes);
                        }
                    }
                }
                totals.bytes += d.batch.buf.len() as u64;
                next += 1;
                let _ = self.recycle.send(d.batch);
                let _ = self.tokens.send(());
                if let Some(bar) = &self.bar {
                    bar.set_position(totals.bytes);
                    bar.set_message(format!(
                        "{} articles, {} errors",
                        totals.articles, totals.errors
                    ));
                }
            }
        }
        out.flush()?;
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        Ok(totals)
    }
}

fn progress_bar(on: bool, total: Option<u64>) -> Option<indicatif::ProgressBar> {
    if !on || !io::stderr().is_terminal() {
        return None;
    }
    let target = indicatif::ProgressDrawTarget::stderr_with_hz(4);
    let bar = match total {
        Some(n) => indicatif::ProgressBar::with_draw_target(Some(n), target).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::with_draw_target(None, target).with_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        ),
    };
    Some(bar)
}

/// Chunks per batch: a few per thread, so that uneven articles even out; one on one thread.
fn chunks_per_batch(threads: usize) -> usize {
    if threads <= 1 { 1 } else { threads * 2 }
}

/// Records per parallel chunk.
fn chunk_len(records: usize, threads: usize) -> usize {
    records.div_ceil(chunks_per_batch(threads)).max(1)
}

/// The output buffer a chunk is given: its share of a batch times what output takes per input
/// byte (measured on the BBC corpus: 1.45 with offsets, 4.0 with full spans; CSV less).
fn output_capacity(cfg: &Config) -> usize {
    let per_input = match (cfg.format, cfg.spans) {
        (Format::Json, Spans::Full) => 5,
        _ => 2,
    };
    input::BATCH_CAPACITY * per_input / chunks_per_batch(cfg.threads)
}

/// The output of a run of records.
#[derive(Debug, Default)]
struct Chunk {
    bytes: Vec<u8>,
    articles: u64,
    errors: u64,
}

/// Output buffers, reused from batch to batch so that steady state allocates none.
type Buffers = Mutex<Vec<Vec<u8>>>;

fn process_chunk(
    batch: &Batch,
    items: &[Item],
    names: &[String],
    cfg: &Config,
    buffers: &Buffers,
) -> Chunk {
    let mut bytes = buffers
        .lock()
        .ok()
        .and_then(|mut b| b.pop())
        .unwrap_or_else(|| Vec::with_capacity(output_capacity(cfg)));
    bytes.clear();
    let mut chunk = Chunk::default();
    let mut csv = (cfg.format == Format::Csv).then(|| {
        csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(std::mem::take(&mut bytes))
    });
    // An unescaped text, when it cannot be borrowed from the line.
    let mut scratch = String::new();
    for item in items {
        let r = Record {
            name: &names[item.input],
            item,
        };
        let fields = Fields {
            text: &cfg.text_field,
            id: &cfg.id_field,
        };
        let res = read_record(batch.bytes(item), item, fields, &mut scratch);
        chunk.articles += 1;
        match res {
            Ok((id, text)) => {
                let id = id.map_or(Id::Default(&r), Id::Raw);
                let article = cfg.parser.parse(text.unwrap_or(&scratch));
                match &mut csv {
                    Some(w) => csv_rows(w, &id, &article),
                    None => json_record(&mut bytes, &id, &article, cfg.spans),
                }
            }
            Err(e) => {
                chunk.errors += 1;
                let id = e.id.map_or(Id::Default(&r), Id::Raw);
                match &mut csv {
                    Some(w) => csv_error(w, &id, &r, e.line, &e.message),
                    None => json_error(&mut bytes, &id, &r, e.line, &e.message),
                }
            }
        }
    }
    if let Some(w) = csv {
        bytes = w.into_inner().unwrap_or_default();
    }
    chunk.bytes = bytes;
    chunk
}

/// A record and the name of its input.
#[derive(Debug, Clone, Copy)]
struct Record<'a> {
    name: &'a str,
    item: &'a Item,
}

/// A record's id: the id field's value as written, or its place in the input.
#[derive(Debug, Clone, Copy)]
enum Id<'a> {
    Raw(&'a RawValue),
    Default(&'a Record<'a>),
}

impl Id<'_> {
    /// The id as a JSON value.
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Id::Raw(raw) => out.extend_from_slice(raw.get().as_bytes()),
            Id::Default(r) => {
                let _ = serde_json::to_writer(&mut *out, &DefaultId(r));
            }
        }
    }

    /// The id as a CSV cell.
    fn to_cell(self) -> String {
        match self {
            Id::Raw(raw) => {
                serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_owned())
            }
            Id::Default(r) => DefaultId(r).to_string(),
        }
    }
}

/// A text file is known by its path, a JSONL line by `path:line`.
struct DefaultId<'a>(&'a Record<'a>);

impl fmt::Display for DefaultId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.item.kind {
            Kind::Json => write!(f, "{}:{}", self.0.name, self.0.item.line),
            _ => f.write_str(self.0.name),
        }
    }
}

impl serde::Serialize for DefaultId<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `{"id": …, <the article's fields>}` and a line break.
fn json_record(out: &mut Vec<u8>, id: &Id<'_>, article: &Article<'_>, spans: Spans) {
    let start = out.len();
    out.extend_from_slice(b"{\"id\":");
    id.write_json(out);
    let open = out.len();
    let written = match spans {
        Spans::Full => serde_json::to_writer(&mut *out, article),
        Spans::Offsets => serde_json::to_writer(&mut *out, &Offsets(article)),
    };
    if written.is_err() || out.get(open) != Some(&b'{') {
        // Cannot happen with serde_json writing to memory; keep the output well-formed.
        out.truncate(start);
        out.extend_from_slice(b"{\"id\":");
        id.write_json(out);
        out.extend_from_slice(b",\"error\":\"cannot serialise\"}\n");
        return;
    }
    // The article's object continues the one that holds the id.
    out[open] = b',';
    out.push(b'\n');
}

/// `{"id": …, "source": "FILE:LINE", "error": "…"}` and a line break.
fn json_error(out: &mut Vec<u8>, id: &Id<'_>, r: &Record<'_>, line: usize, message: &str) {
    out.extend_from_slice(b"{\"id\":");
    id.write_json(out);
    out.extend_from_slice(b",\"source\":");
    let _ = serde_json::to_writer(&mut *out, &format!("{}:{line}", r.name));
    out.extend_from_slice(b",\"error\":");
    let _ = serde_json::to_writer(&mut *out, message);
    out.extend_from_slice(b"}\n");
}

/// The snake-case name serde gives a unit variant.
fn tag<T: serde::Serialize>(t: &T) -> String {
    match serde_json::to_value(t) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn csv_rows(w: &mut csv::Writer<Vec<u8>>, id: &Id<'_>, article: &Article<'_>) {
    let id = id.to_cell();
    for a in article.attributions() {
        let content: Vec<&str> = a.contents().iter().map(|c| c.as_str()).collect();
        let offsets: Vec<String> = a
            .contents()
            .iter()
            .map(|c| format!("{}-{}", c.start(), c.end()))
            .collect();
        let secondary: Vec<String> = a
            .secondary()
            .iter()
            .map(|s| format!("{}: {}", tag(&s.relation()), s.mention().as_str()))
            .collect();
        let _ = w.write_record([
            id.as_str(),
            &tag(&a.kind()),
            a.source().map_or("", |s| s.as_str()),
            a.entity().map_or("", |e| e.name()),
            a.cue().as_str(),
            &tag(&a.cue_class()),
            &content.join(" … "),
            &offsets.join(";"),
            &secondary.join("; "),
            "",
        ]);
    }
}

fn csv_error(
    w: &mut csv::Writer<Vec<u8>>,
    id: &Id<'_>,
    r: &Record<'_>,
    line: usize,
    message: &str,
) {
    let id = id.to_cell();
    let error = format!("{}:{line}: {message}", r.name);
    let _ = w.write_record([id.as_str(), "error", "", "", "", "", "", "", "", &error]);
}
