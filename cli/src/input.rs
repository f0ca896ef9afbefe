//! Reading the inputs: paths expanded into files, files read into batches of records.
//!
//! A batch holds the bytes of many records in one buffer (a JSONL line or a whole .txt file
//! each), so that reading allocates nothing per record; batches are recycled once written.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender};

/// A batch is handed on once it holds this many bytes of input...
const BATCH_BYTES: usize = 1 << 19;

/// The capacity a batch buffer is made with, and brought back to when it is recycled: the batch
/// limit and room for the record that crosses it. Without it buffers double past the limit one
/// by one as records happen to cross it, and memory creeps up as the corpus grows.
pub(crate) const BATCH_CAPACITY: usize = BATCH_BYTES + (BATCH_BYTES >> 2);
/// ... or this many records.
const BATCH_RECORDS: usize = 2048;

/// Where records come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// JSONL on standard input.
    Stdin,
    /// A file: one article (text) or one per line (JSONL).
    File {
        /// The path.
        path: PathBuf,
        /// Whether it is JSONL.
        jsonl: bool,
    },
    /// A path that could not be read (the error is reported as a record).
    Unreadable {
        /// The path.
        path: PathBuf,
        /// Why.
        error: String,
    },
}

impl Input {
    /// The name records from it are known by.
    pub(crate) fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File { path, .. } | Input::Unreadable { path, .. } => path.display().to_string(),
        }
    }

    /// Its size in bytes, when known.
    pub(crate) fn size(&self) -> Option<u64> {
        match self {
            Input::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            Input::Stdin => None,
            Input::Unreadable { .. } => Some(0),
        }
    }
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// The inputs the paths name: files as given (JSONL by their `.jsonl` or `.ndjson` extension,
/// text otherwise), directories as their `.txt`, `.jsonl` and `.ndjson` files, recursively, in
/// path order; no path, or `-`, is standard input.
pub(crate) fn expand(paths: &[PathBuf]) -> Vec<Input> {
    if paths.is_empty() {
        return vec![Input::Stdin];
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out),
            Ok(_) => out.push(Input::File {
                path: p.clone(),
                jsonl: is_jsonl(p),
            }),
            Err(e) => out.push(Input::Unreadable {
                path: p.clone(),
                error: format!("cannot read: {e}"),
            }),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut v: Vec<_> = rd.filter_map(Result::ok).collect();
            v.sort_by_key(std::fs::DirEntry::path);
            v
        }
        Err(e) => {
            out.push(Input::Unreadable {
                path: dir.to_owned(),
                error: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    for e in entries {
        let path = e.path();
        // Symbolic links to directories are not followed (no cycles).
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() {
            walk(&path, out);
        } else if matches!(
            path.extension().and_then(|x| x.to_str()),
            Some("txt" | "jsonl" | "ndjson")
        ) {
            out.push(Input::File {
                jsonl: is_jsonl(&path),
                path,
            });
        }
    }
}

/// What a record's bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A whole text file: the article.
    Text,
    /// One JSONL line: an object holding the article.
    Json,
    /// Nothing could be read: the reason.
    Failed(String),
}

/// One record of a batch.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// Its bytes in the batch buffer.
    pub(crate) range: Range<usize>,
    /// The index of its input.
    pub(crate) input: usize,
    /// Its line number in the input (1-based).
    pub(crate) line: usize,
    /// What the bytes are.
    pub(crate) kind: Kind,
}

/// Records in input order and their bytes.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// The bytes of every record, one after the other.
    pub(crate) buf: Vec<u8>,
    /// The records.
    pub(crate) items: Vec<Item>,
}

impl Batch {
    /// An empty batch with its buffer at [`BATCH_CAPACITY`].
    fn fresh() -> Batch {
        Batch {
            buf: Vec::with_capacity(BATCH_CAPACITY),
            items: Vec::with_capacity(256),
        }
    }

    fn full(&self) -> bool {
        self.buf.len() >= BATCH_BYTES || self.items.len() >= BATCH_RECORDS
    }

    /// The bytes of `item`.
    pub(crate) fn bytes(&self, item: &Item) -> &[u8] {
        &self.buf[item.range.clone()]
    }
}

/// Reads every input into batches sent to `tx`, taking back used batches from `recycle`.
/// Stops early when the receiver has hung up.
pub(crate) fn read_all(inputs: &[Input], tx: &SyncSender<Batch>, recycle: &Receiver<Batch>) {
    let mut r = Reader {
        tx,
        recycle,
        batch: Batch::fresh(),
    };
    for (i, input) in inputs.iter().enumerate() {
        let ok = match input {
            Input::Stdin => r.jsonl(i, io::stdin().lock()),
            Input::File { path, jsonl } => match File::open(path) {
                Ok(f) if *jsonl => r.jsonl(i, BufReader::with_capacity(1 << 16, f)),
                Ok(f) => r.text(i, f),
                Err(e) => r.failed(i, 1, format!("cannot read: {e}")),
            },
            Input::Unreadable { error, .. } => r.failed(i, 1, error.clone()),
        };
        if !ok {
            return;
        }
    }
    if !r.batch.items.is_empty() {
        let _ = tx.send(r.batch);
    }
}

struct Reader<'a> {
    tx: &'a SyncSender<Batch>,
    recycle: &'a Receiver<Batch>,
    batch: Batch,
}

impl Reader<'_> {
    /// Hands on the batch when it is full; false when the receiver has hung up.
    fn flush_if_full(&mut self) -> bool {
        if !self.batch.full() {
            return true;
        }
        let mut next = self.recycle.try_recv().unwrap_or_else(|_| Batch::fresh());
        next.buf.clear();
        // A batch that held a huge record goes back to the usual size.
        next.buf.shrink_to(BATCH_CAPACITY);
        next.items.clear();
        let full = std::mem::replace(&mut self.batch, next);
        self.tx.send(full).is_ok()
    }

    fn failed(&mut self, input: usize, line: usize, error: String) -> bool {
        let at = self.batch.buf.len();
        self.batch.items.push(Item {
            range: at..at,
            input,
            line,
            kind: Kind::Failed(error),
        });
        self.flush_if_full()
    }

    fn text(&mut self, input: usize, mut f: File) -> bool {
        let start = self.batch.buf.len();
        match f.read_to_end(&mut self.batch.buf) {
            Ok(_) => {
                let end = self.batch.buf.len();
                self.batch.items.push(Item {
                    range: start..end,
                    input,
                    line: 1,
                    kind: Kind::Text,
                });
                self.flush_if_full()
            }
            Err(e) => {
                self.batch.buf.truncate(start);
                self.failed(input, 1, format!("cannot read: {e}"))
            }
        }
    }

    fn jsonl(&mut self, input: usize, mut r: impl BufRead) -> bool {
        let mut line = 0;
        loop {
            line += 1;
            let start = self.batch.buf.len();
            match r.read_until(b'\n', &mut self.batch.buf) {
                Ok(0) => return true,
                Ok(_) => {
                    let buf = &mut self.batch.buf;
                    while buf.len() > start && matches!(buf[buf.len() - 1], b'\n' | b'\r') {
                        buf.pop();
                    }
                    if buf[start..].iter().all(u8::is_ascii_whitespace) {
                        // A blank line is no record.
                        buf.truncate(start);
                        continue;
                    }
                    let end = buf.len();
                    self.batch.items.push(Item {
                        range: start..end,
                        input,
                        line,
                        kind: Kind::Json,
                    });
                    if !self.flush_if_full() {
                        return false;
                    }
                }
                Err(e) => {
                    self.batch.buf.truncate(start);
                    return self.failed(input, line, format!("cannot read: {e}"));
                }
            }
        }
    }
}
