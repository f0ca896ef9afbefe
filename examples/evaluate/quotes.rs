//! `evaluate quotes`: attribution content spans (direct, mixed, indirect), with their speakers
//! and cues, against the gold quotes; and the quotation scanner's recall of gold direct pieces.
//!
//! Computes exactly what `../shared/tools/score_quotes.py GOLD PRED --kinds K` computes (micro
//! precision/recall/F1, exact spans and overlap with Jaccard >= 0.5, one-to-one greedy matching,
//! highest first; speaker and cue accuracy over matched items), for K = direct, then
//! direct+mixed, then all kinds. The predictor is a plain function from a text to predicted
//! quotes: the attribution layer (`attributions::predict`) by default.
//!
//! Set `COPYDESK_EVAL_MISSES=N` to print up to N missed gold `direct` pieces with context, and
//! `COPYDESK_EVAL_SCORE=PRED.jsonl` to score a predictions file (from any predictor, matched to
//! the gold records by text) instead of running copydesk. A source that resolves to no entity
//! and is not a pronoun is written as its own `speaker_resolved` (the dev sets' convention for
//! `some voters`); `COPYDESK_EVAL_ENTITY_ONLY=1` writes entities only.

use std::collections::{HashMap, HashSet};
use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use copydesk::quote::QuoteKind;
use serde_json::{Value, json};

/// One quote, gold or predicted, as in the JSONL format of `../shared/data/README.md`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Item {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) content: String,
    pub(crate) kind: Option<String>,
    pub(crate) note: Option<String>,
    pub(crate) speaker: Option<String>,
    pub(crate) speaker_span: Option<(usize, usize)>,
    pub(crate) speaker_mention: Option<String>,
    pub(crate) speaker_mention_span: Option<(usize, usize)>,
    pub(crate) cue: Option<String>,
    pub(crate) cue_span: Option<(usize, usize)>,
    pub(crate) speaker_resolved: Option<String>,
}

impl Item {
    fn from_json(v: &Value) -> Item {
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
        let n = |k: &str| v.get(k).and_then(Value::as_u64).map(|x| x as usize);
        let span = |p: &str| Some((n(&format!("{p}start"))?, n(&format!("{p}end"))?));
        Item {
            start: n("start").unwrap_or(0),
            end: n("end").unwrap_or(0),
            content: s("content").unwrap_or_default(),
            kind: s("kind"),
            note: s("note"),
            speaker: s("speaker"),
            speaker_span: span("speaker_"),
            speaker_mention: s("speaker_mention"),
            speaker_mention_span: span("speaker_mention_"),
            cue: s("cue"),
            cue_span: span("cue_"),
            speaker_resolved: s("speaker_resolved"),
        }
    }

    fn to_json(&self) -> Value {
        let mut m = serde_json::Map::new();
        m.insert("start".into(), json!(self.start));
        m.insert("end".into(), json!(self.end));
        m.insert("content".into(), json!(self.content));
        if let Some(k) = &self.kind {
            m.insert("kind".into(), json!(k));
        }
        if let Some(s) = &self.speaker {
            m.insert("speaker".into(), json!(s));
        }
        if let Some((a, b)) = self.speaker_span {
            m.insert("speaker_start".into(), json!(a));
            m.insert("speaker_end".into(), json!(b));
        }
        if let Some(r) = &self.speaker_resolved {
            m.insert("speaker_resolved".into(), json!(r));
        }
        if let Some(c) = &self.cue {
            m.insert("cue".into(), json!(c));
        }
        if let Some((a, b)) = self.cue_span {
            m.insert("cue_start".into(), json!(a));
            m.insert("cue_end".into(), json!(b));
        }
        Value::Object(m)
    }
}

/// A gold record.
#[derive(Debug)]
pub(crate) struct Record {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) quotes: Vec<Item>,
}

pub(crate) fn read_gold(path: &Path) -> Result<Vec<Record>, Box<dyn Error>> {
    let mut out = Vec::new();
    for v in crate::read_jsonl(path)? {
        let id = v["id"].as_str().ok_or("record without id")?.to_owned();
        let text = v["text"].as_str().ok_or("record without text")?.to_owned();
        let quotes = v["quotes"]
            .as_array()
            .map(|a| a.iter().map(Item::from_json).collect())
            .unwrap_or_default();
        out.push(Record { id, text, quotes });
    }
    Ok(out)
}

/// The scanner as a predictor: one item per content piece, kind `direct` for full quotations
/// and `mixed` for partial ones.
pub(crate) fn scanner(text: &str) -> Vec<Item> {
    let mut out = Vec::new();
    for q in copydesk::quotations(text) {
        let kind = match q.kind() {
            QuoteKind::Full => "direct",
            _ => "mixed",
        };
        for p in q.pieces() {
            out.push(Item {
                start: p.start(),
                end: p.end(),
                content: p.as_str().to_owned(),
                kind: Some(kind.to_owned()),
                ..Item::default()
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Scoring: a port of score_quotes.py.

fn jaccard(p: &Item, g: &Item) -> f64 {
    let inter = p.end.min(g.end).saturating_sub(p.start.max(g.start));
    let union = p.end.max(g.end) - p.start.min(g.start);
    if union == 0 {
        1.0
    } else {
        inter as f64 / union as f64
    }
}

/// Python's `unicodedata.category(c).startswith('P')`, for the characters news text uses.
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !"$+<=>^`|~".contains(c);
    }
    matches!(c,
        '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205e}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}'
        | '\u{3014}'..='\u{301f}' | '\u{ff01}'..='\u{ff0f}')
}

fn norm(name: &str) -> String {
    let folded: String = name
        .to_lowercase()
        .chars()
        .map(|c| if is_punct(c) { ' ' } else { c })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_speaker(pred: Option<&str>, gold: &str) -> bool {
    let Some(pred) = pred else {
        return false;
    };
    let (p, g) = (norm(pred), norm(gold));
    p == g
        || (!p.is_empty() && !g.is_empty() && p.split(' ').next_back() == g.split(' ').next_back())
}

fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.1.min(y.1) > x.0.max(y.0)))
}

fn speaker_spans(q: &Item) -> Vec<(usize, usize)> {
    [q.speaker_span, q.speaker_mention_span]
        .into_iter()
        .flatten()
        .filter(|(s, e)| e > s)
        .collect()
}

fn speaker_ok(p: &Item, g: &Item) -> bool {
    if overlaps(&speaker_spans(p), &speaker_spans(g)) {
        return true;
    }
    let names = |q: &Item| -> Vec<String> {
        [&q.speaker, &q.speaker_mention]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect()
    };
    let (np, ng) = (names(p), names(g));
    np.iter()
        .any(|a| ng.iter().any(|b| same_speaker(Some(a), b)))
}

fn cue_ok(p: &Item, g: &Item) -> bool {
    let span = |q: &Item| {
        q.cue_span
            .filter(|(s, e)| e > s)
            .into_iter()
            .collect::<Vec<_>>()
    };
    if overlaps(&span(p), &span(g)) {
        return true;
    }
    let a = norm(p.cue.as_deref().unwrap_or(""));
    let b = norm(g.cue.as_deref().unwrap_or(""));
    !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

/// One-to-one pairs (pred index, gold index), as score_quotes.py's `match`.
fn match_items(preds: &[&Item], golds: &[&Item], exact: bool) -> Vec<(usize, usize)> {
    let mut cands: Vec<(f64, bool, usize, usize)> = Vec::new();
    for (i, p) in preds.iter().enumerate() {
        for (j, g) in golds.iter().enumerate() {
            let score = if exact {
                f64::from(u8::from((p.start, p.end) == (g.start, g.end)))
            } else {
                jaccard(p, g)
            };
            if score >= if exact { 1.0 } else { 0.5 } {
                let differs =
                    !same_speaker(p.speaker.as_deref(), g.speaker.as_deref().unwrap_or(""));
                cands.push((-score, differs, i, j));
            }
        }
    }
    cands.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let (mut used_p, mut used_g) = (HashSet::new(), HashSet::new());
    let mut pairs = Vec::new();
    for (_, _, i, j) in cands {
        if !used_p.contains(&i) && !used_g.contains(&j) {
            used_p.insert(i);
            used_g.insert(j);
            pairs.push((i, j));
        }
    }
    pairs
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    tp: usize,
    pred: usize,
    gold: usize,
    spk_n: usize,
    spk_ok: usize,
    cue_n: usize,
    cue_ok: usize,
    res_n: usize,
    res_ok: usize,
}

fn prf(t: Tally) -> (f64, f64, f64) {
    let p = if t.pred > 0 {
        t.tp as f64 / t.pred as f64
    } else {
        0.0
    };
    let r = if t.gold > 0 {
        t.tp as f64 / t.gold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b > 0 { a as f64 / b as f64 } else { 0.0 }
}

/// Scores `preds` (by record id) against `gold`, keeping quotes of `kinds` (all when `None`) on
/// both sides (a predicted quote without a kind is kept), and prints the two lines that
/// score_quotes.py prints.
fn score(gold: &[Record], preds: &HashMap<&str, Vec<Item>>, kinds: Option<&[&str]>) {
    let keep_gold =
        |q: &Item| kinds.is_none_or(|k| q.kind.as_deref().is_some_and(|x| k.contains(&x)));
    let keep_pred =
        |q: &Item| kinds.is_none_or(|k| q.kind.as_deref().is_none_or(|x| k.contains(&x)));
    for exact in [true, false] {
        let mut t = Tally::default();
        for rec in gold {
            let golds: Vec<&Item> = rec.quotes.iter().filter(|q| keep_gold(q)).collect();
            let ps: Vec<&Item> = preds
                .get(rec.id.as_str())
                .map(|v| v.iter().filter(|q| keep_pred(q)).collect())
                .unwrap_or_default();
            let pairs = match_items(&ps, &golds, exact);
            t.tp += pairs.len();
            t.pred += ps.len();
            t.gold += golds.len();
            for (i, j) in pairs {
                let (p, g) = (ps[i], golds[j]);
                if g.speaker.is_some() {
                    t.spk_n += 1;
                    t.spk_ok += usize::from(speaker_ok(p, g));
                }
                if g.cue.is_some() {
                    t.cue_n += 1;
                    t.cue_ok += usize::from(cue_ok(p, g));
                }
                // As score_quotes.py: over gold quotes with a non-empty `speaker_resolved`.
                if let Some(r) = g.speaker_resolved.as_deref().filter(|r| !r.is_empty()) {
                    t.res_n += 1;
                    t.res_ok += usize::from(same_speaker(p.speaker_resolved.as_deref(), r));
                }
            }
        }
        let (p, r, f) = prf(t);
        let name = if exact {
            "exact span"
        } else {
            "overlap J>=0.5"
        };
        let resolved = if t.res_n > 0 {
            format!(
                "  resolved speaker acc={:.4} ({}/{})",
                ratio(t.res_ok, t.res_n),
                t.res_ok,
                t.res_n
            )
        } else {
            String::new()
        };
        println!(
            "  {name:15} P={p:.4} R={r:.4} F1={f:.4}  (tp={} pred={} gold={})  speaker acc={:.4} ({}/{})  cue acc={:.4} ({}/{}){resolved}",
            t.tp,
            t.pred,
            t.gold,
            ratio(t.spk_ok, t.spk_n),
            t.spk_ok,
            t.spk_n,
            ratio(t.cue_ok, t.cue_n),
            t.cue_ok,
            t.cue_n
        );
    }
}

/// Recall of gold `direct` pieces (all, and those without a `note`) by exact span, counting
/// every predicted piece whatever its kind; prints up to `show` misses.
fn direct_recall(gold: &[Record], preds: &HashMap<&str, Vec<Item>>, show: usize) {
    let (mut all, mut all_hit, mut whole, mut whole_hit, mut shown) = (0, 0, 0, 0, 0);
    for rec in gold {
        let spans: HashSet<(usize, usize)> = preds
            .get(rec.id.as_str())
            .map(|v| v.iter().map(|q| (q.start, q.end)).collect())
            .unwrap_or_default();
        for g in rec
            .quotes
            .iter()
            .filter(|q| q.kind.as_deref() == Some("direct"))
        {
            let hit = spans.contains(&(g.start, g.end));
            all += 1;
            all_hit += usize::from(hit);
            if g.note.is_none() {
                whole += 1;
                whole_hit += usize::from(hit);
                if !hit && shown < show {
                    shown += 1;
                    let t = &rec.text;
                    let mut a = g.start.saturating_sub(80);
                    while !t.is_char_boundary(a) {
                        a -= 1;
                    }
                    let mut b = (g.end + 40).min(t.len());
                    while !t.is_char_boundary(b) {
                        b += 1;
                    }
                    let near: Vec<String> = preds
                        .get(rec.id.as_str())
                        .into_iter()
                        .flatten()
                        .filter(|p| p.end > g.start && p.start < g.end)
                        .map(|p| format!("{}..{} {:?}", p.start, p.end, p.kind))
                        .collect();
                    println!(
                        "MISS {} {}..{}: {}⟦{}⟧{}\n     predicted near: {near:?}",
                        rec.id,
                        g.start,
                        g.end,
                        &t[a..g.start],
                        &t[g.start..g.end],
                        &t[g.end..b]
                    );
                }
            }
        }
    }
    println!(
        "  whole quotations (no note): {whole_hit}/{whole} = {:.4} exact",
        ratio(whole_hit, whole)
    );
    println!(
        "  all direct pieces:          {all_hit}/{all} = {:.4} exact",
        ratio(all_hit, all)
    );
}

/// The options of the quotes task.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    /// The parser's attribution scope.
    pub(crate) scope: copydesk::attribution::Scope,
    /// How many cue lemmas the per-cue report prints.
    pub(crate) cues: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            scope: copydesk::attribution::Scope::All,
            cues: 30,
        }
    }
}

pub(crate) fn run(
    gold: &Path,
    predictions: Option<&Path>,
    opts: &Options,
) -> Result<(), Box<dyn Error>> {
    CUES_TO_SHOW.store(opts.cues, std::sync::atomic::Ordering::Relaxed);
    // Score a predictions file written by another predictor instead of running copydesk.
    if let Some(file) = std::env::var_os("COPYDESK_EVAL_SCORE") {
        let mut by_id: HashMap<String, Vec<Item>> = read_gold(Path::new(&file))?
            .into_iter()
            .map(|r| (r.id, r.quotes))
            .collect();
        let texts: HashMap<String, String> = read_gold(gold)?
            .into_iter()
            .map(|r| (r.text, r.id))
            .collect();
        return run_with(gold, predictions, move |text: &str| {
            texts
                .get(text)
                .and_then(|id| by_id.remove(id))
                .unwrap_or_default()
        });
    }
    let parser = copydesk::Parser::builder().scope(opts.scope).build()?;
    run_with(gold, predictions, |text: &str| {
        crate::attributions::predict(&parser, text)
    })?;
    // The quotation scanner alone: does it find every gold direct piece exactly?
    let records = read_gold(gold)?;
    let preds: HashMap<&str, Vec<Item>> = records
        .iter()
        .map(|r| (r.id.as_str(), scanner(&r.text)))
        .collect();
    println!("quotation scanner: gold direct pieces found exactly by a quotation piece:");
    direct_recall(&records, &preds, misses_to_show());
    Ok(())
}

fn misses_to_show() -> usize {
    std::env::var("COPYDESK_EVAL_MISSES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Runs `predict` on every gold text, scores it, and writes its predictions if asked.
pub(crate) fn run_with(
    gold: &Path,
    predictions: Option<&Path>,
    mut predict: impl FnMut(&str) -> Vec<Item>,
) -> Result<(), Box<dyn Error>> {
    let records = read_gold(gold)?;
    let mut preds: HashMap<&str, Vec<Item>> = HashMap::new();
    for rec in &records {
        preds.insert(rec.id.as_str(), predict(&rec.text));
    }
    if let Some(path) = predictions {
        let mut w = BufWriter::new(File::create(path)?);
        for rec in &records {
            let quotes: Vec<Value> = preds[rec.id.as_str()].iter().map(Item::to_json).collect();
            let line = json!({"id": rec.id, "text": rec.text, "quotes": quotes});
            writeln!(w, "{line}")?;
        }
        w.flush()?;
        println!("wrote {} predictions to {}", records.len(), path.display());
    }
    println!(
        "records: {} gold, {} with predictions",
        records.len(),
        preds.len()
    );
    for (label, kinds) in [
        ("kinds=direct", Some(&["direct"][..])),
        ("kinds=direct,mixed", Some(&["direct", "mixed"][..])),
        ("all kinds", None),
    ] {
        println!("{label}:");
        score(&records, &preds, kinds);
    }
    cue_report(
        &records,
        &preds,
        CUES_TO_SHOW.load(std::sync::atomic::Ordering::Relaxed),
    );
    Ok(())
}

/// How many cue lemmas [`cue_report`] prints (set by `run`).
static CUES_TO_SHOW: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(30);

/// The lemma a cue is counted under: the lexicon's (`say` for `has said`), else the cue as
/// written in lower case, in angle brackets (`<—>` for punctuation).
fn cue_key(cue: Option<&str>) -> String {
    let cue = cue.unwrap_or("");
    copydesk::attribution::cue_lemma(cue)
        .map_or_else(|| format!("<{}>", cue.trim().to_lowercase()), str::to_owned)
}

/// Per cue lemma over all kinds, matched as the scorer matches (overlap, Jaccard >= 0.5,
/// greedy one-to-one per record): predictions, true and false positives and precision; and,
/// for gold pieces whose cue has the same lemma, how many are matched by any prediction
/// (recall). Prints the `show` lemmas with the most false positives.
fn cue_report(gold: &[Record], preds: &HashMap<&str, Vec<Item>>, show: usize) {
    if show == 0 {
        return;
    }
    #[derive(Default)]
    struct Cell {
        pred: usize,
        tp: usize,
        gold: usize,
        found: usize,
    }
    let mut cells: HashMap<String, Cell> = HashMap::new();
    for rec in gold {
        let golds: Vec<&Item> = rec.quotes.iter().collect();
        let ps: Vec<&Item> = preds
            .get(rec.id.as_str())
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        let pairs = match_items(&ps, &golds, false);
        let matched_p: HashSet<usize> = pairs.iter().map(|&(i, _)| i).collect();
        let matched_g: HashSet<usize> = pairs.iter().map(|&(_, j)| j).collect();
        for (i, p) in ps.iter().enumerate() {
            let c = cells.entry(cue_key(p.cue.as_deref())).or_default();
            c.pred += 1;
            c.tp += usize::from(matched_p.contains(&i));
        }
        for (j, g) in golds.iter().enumerate() {
            if g.cue.as_deref().is_none_or(|c| c.trim().is_empty()) {
                continue;
            }
            let c = cells.entry(cue_key(g.cue.as_deref())).or_default();
            c.gold += 1;
            c.found += usize::from(matched_g.contains(&j));
        }
    }
    let mut rows: Vec<(&String, &Cell)> = cells.iter().filter(|(_, c)| c.pred > 0).collect();
    rows.sort_by(|a, b| {
        (b.1.pred - b.1.tp)
            .cmp(&(a.1.pred - a.1.tp))
            .then(b.1.pred.cmp(&a.1.pred))
            .then(a.0.cmp(b.0))
    });
    println!(
        "per cue lemma (all kinds, overlap J>=0.5): the {} of {} predicted lemmas with the most false positives",
        show.min(rows.len()),
        rows.len()
    );
    println!(
        "  {:24} {:>5} {:>5} {:>5} {:>6}  {:>5} {:>5} {:>6}",
        "lemma", "pred", "tp", "fp", "P", "gold", "found", "R"
    );
    for (lemma, c) in rows.into_iter().take(show) {
        let recall = if c.gold > 0 {
            format!("{:.3}", ratio(c.found, c.gold))
        } else {
            "-".to_owned()
        };
        println!(
            "  {lemma:24} {:>5} {:>5} {:>5} {:>6.3}  {:>5} {:>5} {recall:>6}",
            c.pred,
            c.tp,
            c.pred - c.tp,
            ratio(c.tp, c.pred),
            c.gold,
            c.found
        );
    }
}
