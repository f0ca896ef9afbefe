//! Fuzzes the command-line tool's record reader: any bytes, read as a JSONL file, give one record
//! per non-blank line, in order, read or refused exactly as an independent serde_json reading
//! says. The checks are `cli/tests/check_record`, shared with the replay test
//! `cli/tests/record_replay.rs`; the reader is the tool's own `input.rs` and `record.rs`.
#![no_main]

#[allow(dead_code, unreachable_pub)]
#[path = "../../cli/src/input.rs"]
mod input;
#[allow(dead_code, unreachable_pub)]
#[path = "../../cli/src/record.rs"]
mod record;

#[path = "../../cli/tests/check_record/mod.rs"]
mod check_record;

use std::path::PathBuf;
use std::sync::OnceLock;

/// One input file per fuzzing process, rewritten for every input.
fn path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("copydesk-fuzz-record-{}.jsonl", std::process::id()))
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check_record::records(data, path());
});
