//! `evaluate attributions`: attribution content spans, sources and cues against the gold
//! `quotes` of a PolNeAR-style dev set (direct, mixed and indirect).

use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use copydesk::attribution::AttributionKind;
use serde_json::{Value, json};

/// One record per attribution content piece, in the dev-set format.
pub(crate) fn predict(text: &str) -> Vec<Value> {
    let article = copydesk::parse(text);
    let mut out = Vec::new();
    for a in article.attributions() {
        let kind = match a.kind() {
            AttributionKind::Direct => "direct",
            AttributionKind::Mixed => "mixed",
            _ => "indirect",
        };
        let resolved = a.entity().map(|e| article.entities()[e].name());
        for c in a.contents() {
            let mut rec = json!({
                "start": c.start(),
                "end": c.end(),
                "content": c.as_str(),
                "kind": kind,
                "speaker": a.source().map(|s| s.as_str()),
                "speaker_start": a.source().map(|s| s.start()),
                "speaker_end": a.source().map(|s| s.end()),
                "speaker_resolved": resolved,
                "cue": a.cue().as_str(),
                "cue_start": a.cue().start(),
                "cue_end": a.cue().end(),
            });
            if a.source().is_none() {
                let m = rec.as_object_mut().expect("an object");
                m.remove("speaker_start");
                m.remove("speaker_end");
            }
            out.push(rec);
        }
    }
    out
}

/// Writes predictions for every gold record (`{"id","text","quotes"}` per line) and prints how
/// many attributions were found; score with `../shared/tools/score_quotes.py`.
pub(crate) fn run(gold: &Path, predictions: Option<&Path>) -> Result<(), Box<dyn Error>> {
    let mut out: Option<Box<dyn Write>> = match predictions {
        Some(p) => Some(Box::new(BufWriter::new(File::create(p)?))),
        None => None,
    };
    let (mut records, mut pieces, mut bytes) = (0usize, 0usize, 0usize);
    let started = std::time::Instant::now();
    for line in BufReader::new(File::open(gold)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(&line)?;
        let id = rec["id"].clone();
        let text = rec["text"].as_str().unwrap_or_default();
        let quotes = predict(text);
        records += 1;
        pieces += quotes.len();
        bytes += text.len();
        if let Some(w) = out.as_mut() {
            serde_json::to_writer(&mut *w, &json!({"id": id, "text": text, "quotes": quotes}))?;
            writeln!(w)?;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "records: {records}, content pieces predicted: {pieces}, {:.1} MB/s (with JSON output)",
        bytes as f64 / secs.max(1e-9) / 1e6
    );
    Ok(())
}
