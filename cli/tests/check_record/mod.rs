//! The checks of the command-line tool's record reader on hostile input, shared by the fuzz
//! target `fuzz/fuzz_targets/record.rs` and the replay test `cli/tests/record_replay.rs`. Both
//! include the tool's own `input.rs` and `record.rs` (as modules `input` and `record`), so what is
//! checked is the code the tool runs.
//!
//! For any bytes read as a JSONL file:
//! - every non-blank line gives exactly one record, in order, with its line number and its bytes
//!   (line break and trailing carriage returns removed);
//! - a record is read (id and text) exactly when the line is a UTF-8 JSON object whose text field
//!   is a string, and then the text and the id are the ones an independent serde_json reading
//!   gives (the last of duplicate keys); otherwise it fails with a message and its line, naming
//!   the id when the object has one.

#![allow(dead_code, unreachable_pub)]

use std::collections::HashMap;
use std::sync::mpsc;

use serde_json::value::RawValue;

use crate::input::{Batch, Input, Kind, read_all};
use crate::record::{Fields, read_record};

/// The records `data` gives when read as the JSONL file `path` (written there first).
pub fn records(data: &[u8], path: &std::path::Path) {
    std::fs::write(path, data).expect("the input file is written");
    let inputs = [Input::File {
        path: path.to_owned(),
        jsonl: true,
    }];
    let (tx, rx) = mpsc::sync_channel::<Batch>(data.len() + 2);
    let (_recycle_tx, recycle_rx) = mpsc::channel::<Batch>();
    read_all(&inputs, &tx, &recycle_rx);
    drop(tx);
    let batches: Vec<Batch> = rx.into_iter().collect();

    // The lines as `BufRead::read_until(b'\n')` and the reader's trimming give them.
    let mut expected: Vec<(usize, &[u8])> = Vec::new();
    for (i, raw) in data.split(|&b| b == b'\n').enumerate() {
        let mut end = raw.len();
        while end > 0 && raw[end - 1] == b'\r' {
            end -= 1;
        }
        let rec = &raw[..end];
        if !rec.iter().all(u8::is_ascii_whitespace) {
            expected.push((i + 1, rec));
        }
    }
    let items: Vec<(&Batch, &crate::input::Item)> = batches
        .iter()
        .flat_map(|b| b.items.iter().map(move |i| (b, i)))
        .collect();
    assert_eq!(items.len(), expected.len(), "one record per non-blank line");
    let fields = Fields {
        text: "text",
        id: "id",
    };
    let mut scratch = String::new();
    for ((batch, item), (line, rec)) in items.into_iter().zip(expected) {
        assert_eq!(item.line, line, "line number");
        assert_eq!(item.kind, Kind::Json);
        let bytes = batch.bytes(item);
        assert_eq!(bytes, rec, "the record's bytes, line {line}");
        let oracle = std::str::from_utf8(rec)
            .ok()
            .and_then(|s| serde_json::from_str::<HashMap<String, Box<RawValue>>>(s).ok());
        let got = read_record(bytes, item, fields, &mut scratch);
        match (&oracle, got) {
            (Some(map), Ok((id, text))) => {
                let want: String = map
                    .get("text")
                    .and_then(|raw| serde_json::from_str(raw.get()).ok())
                    .unwrap_or_else(|| panic!("line {line}: read a text the oracle has not"));
                assert_eq!(text.unwrap_or(&scratch), want, "line {line}: the text");
                assert_eq!(
                    id.map(RawValue::get),
                    map.get("id").map(|r| r.get()),
                    "line {line}: the id"
                );
            }
            (Some(map), Err(f)) => {
                let text = map.get("text");
                assert!(
                    text.is_none_or(|raw| serde_json::from_str::<String>(raw.get()).is_err()),
                    "line {line}: a string text refused: {}",
                    f.message
                );
                assert!(!f.message.is_empty(), "line {line}: a reason");
                assert_eq!(f.line, line);
                assert_eq!(f.id.map(RawValue::get), map.get("id").map(|r| r.get()));
            }
            (None, Ok(_)) => panic!("line {line}: accepted what is no UTF-8 JSON object"),
            (None, Err(f)) => {
                assert!(!f.message.is_empty(), "line {line}: a reason");
                assert_eq!(f.line, line);
            }
        }
    }
}
