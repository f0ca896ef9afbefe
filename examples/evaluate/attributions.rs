//! `evaluate attributions`: attribution content spans, sources and cues against the gold
//! `quotes` of a PolNeAR-style dev set (direct, mixed and indirect), scored the way
//! `../shared/tools/score_quotes.py` scores them (that script is the reference).

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

/// Scores every gold record (printing the figures per kind grouping) and, with
/// `--predictions FILE`, writes `{"id","text","quotes"}` per record.
pub(crate) fn run(gold: &Path, predictions: Option<&Path>) -> Result<(), Box<dyn Error>> {
    let mut out: Option<Box<dyn Write>> = match predictions {
        Some(p) => Some(Box::new(BufWriter::new(File::create(p)?))),
        None => None,
    };
    let mut docs: Vec<(Vec<Value>, Vec<Value>)> = Vec::new();
    for line in BufReader::new(File::open(gold)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(&line)?;
        let text = rec["text"].as_str().unwrap_or_default();
        let quotes = predict(text);
        if let Some(w) = out.as_mut() {
            serde_json::to_writer(
                &mut *w,
                &json!({"id": rec["id"], "text": text, "quotes": quotes}),
            )?;
            writeln!(w)?;
        }
        let golds = rec["quotes"].as_array().cloned().unwrap_or_default();
        docs.push((golds, quotes));
    }
    println!("records: {}", docs.len());
    for kinds in [&["direct"][..], &["direct", "mixed"], &[]] {
        let keep =
            |q: &Value| kinds.is_empty() || q["kind"].as_str().is_none_or(|k| kinds.contains(&k));
        let label = if kinds.is_empty() {
            "all".to_string()
        } else {
            kinds.join(",")
        };
        for exact in [true, false] {
            let (mut tp, mut np, mut ng, mut sn, mut sok, mut cn, mut cok) = (0, 0, 0, 0, 0, 0, 0);
            for (golds, preds) in &docs {
                let g: Vec<&Value> = golds.iter().filter(|q| keep(q)).collect();
                let p: Vec<&Value> = preds.iter().filter(|q| keep(q)).collect();
                let pairs = matching(&p, &g, exact);
                tp += pairs.len();
                np += p.len();
                ng += g.len();
                for (pi, gi) in pairs {
                    if !g[gi]["speaker"].is_null() {
                        sn += 1;
                        sok += usize::from(speaker_ok(p[pi], g[gi]));
                    }
                    if !g[gi]["cue"].is_null() {
                        cn += 1;
                        cok += usize::from(cue_ok(p[pi], g[gi]));
                    }
                }
            }
            let pr = tp as f64 / np.max(1) as f64;
            let rc = tp as f64 / ng.max(1) as f64;
            let f1 = if pr + rc > 0.0 {
                2.0 * pr * rc / (pr + rc)
            } else {
                0.0
            };
            println!(
                "{label:13} {:15} P={pr:.4} R={rc:.4} F1={f1:.4}  (tp={tp} pred={np} gold={ng})  speaker acc={:.4} ({sok}/{sn})  cue acc={:.4} ({cok}/{cn})",
                if exact {
                    "exact span"
                } else {
                    "overlap J>=0.5"
                },
                sok as f64 / sn.max(1) as f64,
                cok as f64 / cn.max(1) as f64,
            );
        }
    }
    Ok(())
}

fn span(q: &Value, prefix: &str) -> Option<(u64, u64)> {
    let s = q[format!("{prefix}start")].as_u64()?;
    let e = q[format!("{prefix}end")].as_u64()?;
    (e > s).then_some((s, e))
}

fn jaccard(a: (u64, u64), b: (u64, u64)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        1.0
    } else {
        inter as f64 / union as f64
    }
}

/// One-to-one pairs (pred index, gold index): best score first, ties to the same speaker.
fn matching(p: &[&Value], g: &[&Value], exact: bool) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, pq) in p.iter().enumerate() {
        for (j, gq) in g.iter().enumerate() {
            let (Some(a), Some(b)) = (span(pq, ""), span(gq, "")) else {
                continue;
            };
            let score = if exact {
                f64::from(u8::from(a == b))
            } else {
                jaccard(a, b)
            };
            if score >= if exact { 1.0 } else { 0.5 } {
                let same = same_name(pq["speaker"].as_str(), gq["speaker"].as_str().unwrap_or(""));
                cands.push((-score, !same, i, j));
            }
        }
    }
    cands.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let (mut up, mut ug, mut out) = (vec![false; p.len()], vec![false; g.len()], Vec::new());
    for (_, _, i, j) in cands {
        if !up[i] && !ug[j] {
            up[i] = true;
            ug[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn norm(s: &str) -> String {
    let folded: String = s
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_name(pred: Option<&str>, gold: &str) -> bool {
    let Some(pred) = pred else { return false };
    let (p, g) = (norm(pred), norm(gold));
    p == g
        || (!p.is_empty() && !g.is_empty() && p.split(' ').next_back() == g.split(' ').next_back())
}

fn overlaps(a: Option<(u64, u64)>, b: Option<(u64, u64)>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.1.min(b.1) > a.0.max(b.0))
}

fn speaker_ok(p: &Value, g: &Value) -> bool {
    overlaps(span(p, "speaker_"), span(g, "speaker_"))
        || same_name(p["speaker"].as_str(), g["speaker"].as_str().unwrap_or(""))
}

fn cue_ok(p: &Value, g: &Value) -> bool {
    if overlaps(span(p, "cue_"), span(g, "cue_")) {
        return true;
    }
    let (a, b) = (
        norm(p["cue"].as_str().unwrap_or("")),
        norm(g["cue"].as_str().unwrap_or("")),
    );
    !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}
