//! The field scorer for `bylines`, `datelines` and `credits`: the same computation as
//! `../shared/tools/score_fields.py`, on the predictions this example writes.

use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

/// Which field task is scored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Task {
    Bylines,
    Datelines,
    Credits,
}

struct Gold {
    id: String,
    input: String,
    expected: Value,
    negative_tag: bool,
}

fn load(path: &Path) -> Result<Vec<Gold>, Box<dyn Error>> {
    let mut out = Vec::new();
    for v in crate::read_jsonl(path)? {
        let id = v["id"].as_str().ok_or("record without id")?.to_owned();
        let input = v["input"]
            .as_str()
            .ok_or("record without input")?
            .to_owned();
        let negative_tag = v["tags"]
            .as_array()
            .is_some_and(|t| t.iter().any(|x| x == "negative"));
        out.push(Gold {
            id,
            input,
            expected: v["expected"].clone(),
            negative_tag,
        });
    }
    Ok(out)
}

/// Case-folded, whitespace-squeezed, stripped of surrounding punctuation (as the reference does,
/// less its NFC step: the dev sets are NFC already).
fn norm(s: &str) -> String {
    let folded = s.to_lowercase();
    let squeezed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    squeezed
        .trim_matches(|c: char| " .,;:-–—|/()[]".contains(c))
        .to_owned()
}

type Bag = HashMap<String, usize>;

fn bag<'a>(xs: impl IntoIterator<Item = &'a Value>) -> Bag {
    let mut b = Bag::new();
    for x in xs {
        if let Some(s) = x.as_str() {
            let n = norm(s);
            if !n.is_empty() {
                *b.entry(n).or_default() += 1;
            }
        }
    }
    b
}

fn list(v: &Value, key: &str) -> Vec<Value> {
    v.get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn contributor_bag(v: &Value) -> Bag {
    let mut b = Bag::new();
    for c in list(v, "contributors") {
        if c.is_object() {
            let key = format!(
                "{}\u{1f}{}",
                norm(c["name"].as_str().unwrap_or("")),
                norm(c["role"].as_str().unwrap_or(""))
            );
            *b.entry(key).or_default() += 1;
        }
    }
    b
}

fn name_bag(v: &Value) -> Bag {
    let names: Vec<Value> = list(v, "contributors")
        .iter()
        .map(|c| c["name"].clone())
        .collect();
    bag(&names)
}

#[derive(Default)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn add(&mut self, gold: &Bag, pred: &Bag) {
        let inter: usize = gold
            .iter()
            .map(|(k, g)| (*g).min(pred.get(k).copied().unwrap_or(0)))
            .sum();
        self.tp += inter;
        self.fp += pred.values().sum::<usize>() - inter;
        self.fn_ += gold.values().sum::<usize>() - inter;
    }

    fn out(&self) -> String {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{{'p': {}, 'r': {}, 'f1': {}}}",
            round4(p),
            round4(r),
            round4(f)
        )
    }
}

fn round4(x: f64) -> String {
    let r = (x * 10_000.0).round() / 10_000.0;
    if r == r.trunc() {
        format!("{r:.1}")
    } else {
        format!("{r}")
    }
}

fn is_negative(task: Task, exp: &Value) -> bool {
    match task {
        Task::Bylines => list(exp, "authors").is_empty() && list(exp, "agencies").is_empty(),
        Task::Datelines => exp.get("dateline").is_none_or(Value::is_null),
        Task::Credits => matches!(exp.get("kind").and_then(Value::as_str), None | Some("none")),
    }
}

/// Runs `predict` over every gold record, writes the predictions if asked, and prints the
/// figures in the reference scorer's layout.
pub(crate) fn run(
    task: Task,
    gold: &Path,
    predictions: Option<&Path>,
    predict: impl Fn(&str) -> Option<Value>,
) -> Result<(), Box<dyn Error>> {
    let records = load(gold)?;
    let mut out = predictions
        .map(std::fs::File::create)
        .transpose()?
        .map(std::io::BufWriter::new);
    let (mut neg_n, mut neg_ok, mut pos_n, mut pos_found) = (0usize, 0usize, 0usize, 0usize);
    let mut prfs: BTreeMap<&str, Prf> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut exact: Vec<(&str, usize)> = Vec::new();
    let bump = |exact: &mut Vec<(&'static str, usize)>, k: &'static str, ok: bool| match exact
        .iter_mut()
        .find(|(n, _)| *n == k)
    {
        Some((_, c)) => *c += usize::from(ok),
        None => exact.push((k, usize::from(ok))),
    };
    let add = |prfs: &mut BTreeMap<&'static str, Prf>,
               order: &mut Vec<&'static str>,
               k: &'static str,
               g: &Bag,
               p: &Bag| {
        if !order.contains(&k) {
            order.push(k);
        }
        prfs.entry(k).or_default().add(g, p);
    };
    for g in &records {
        let p = predict(&g.input);
        if let Some(w) = out.as_mut() {
            writeln!(
                w,
                "{}",
                json!({"id": g.id, "input": g.input, "predicted": p})
            )?;
        }
        let exp = &g.expected;
        if g.negative_tag || is_negative(task, exp) {
            neg_n += 1;
            let claimed = p.as_ref().is_some_and(|p| !is_negative(task, p));
            neg_ok += usize::from(!claimed);
            if let (true, Some(p)) = (claimed, &p) {
                match task {
                    Task::Bylines => add(
                        &mut prfs,
                        &mut order,
                        "authors",
                        &Bag::new(),
                        &bag(&list(p, "authors")),
                    ),
                    Task::Credits => add(
                        &mut prfs,
                        &mut order,
                        "agencies",
                        &Bag::new(),
                        &bag(&list(p, "agencies")),
                    ),
                    Task::Datelines => {}
                }
            }
            continue;
        }
        pos_n += 1;
        let p = p.unwrap_or(Value::Null);
        pos_found += usize::from(!p.is_null() && !is_negative(task, &p));
        let s = |v: &Value, k: &str| norm(v.get(k).and_then(Value::as_str).unwrap_or(""));
        match task {
            Task::Bylines => {
                let (ga, pa) = (bag(&list(exp, "authors")), bag(&list(&p, "authors")));
                add(&mut prfs, &mut order, "authors", &ga, &pa);
                add(
                    &mut prfs,
                    &mut order,
                    "agencies",
                    &bag(&list(exp, "agencies")),
                    &bag(&list(&p, "agencies")),
                );
                bump(&mut exact, "authors", ga == pa);
            }
            Task::Datelines => {
                let dl = |v: &Value| {
                    v.get("dateline")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_owned()
                };
                bump(&mut exact, "dateline", dl(exp) == dl(&p));
                bump(
                    &mut exact,
                    "location",
                    s(exp, "location") == s(&p, "location"),
                );
                bump(
                    &mut exact,
                    "agencies",
                    bag(&list(exp, "agencies")) == bag(&list(&p, "agencies")),
                );
                bump(&mut exact, "date", s(exp, "date") == s(&p, "date"));
            }
            Task::Credits => {
                let kind = |v: &Value| v.get("kind").and_then(Value::as_str).map(str::to_owned);
                bump(&mut exact, "kind", kind(exp) == kind(&p));
                add(
                    &mut prfs,
                    &mut order,
                    "agencies",
                    &bag(&list(exp, "agencies")),
                    &bag(&list(&p, "agencies")),
                );
                add(
                    &mut prfs,
                    &mut order,
                    "contributors",
                    &contributor_bag(exp),
                    &contributor_bag(&p),
                );
                add(
                    &mut prfs,
                    &mut order,
                    "contributor names",
                    &name_bag(exp),
                    &name_bag(&p),
                );
            }
        }
    }
    if let Some(mut w) = out {
        w.flush()?;
    }
    let name = match task {
        Task::Bylines => "bylines",
        Task::Datelines => "datelines",
        Task::Credits => "credits",
    };
    let ratio = |a: usize, n: usize| {
        if n > 0 {
            round4(a as f64 / n as f64)
        } else {
            "None".into()
        }
    };
    println!("task: {name}");
    println!("records: {}", records.len());
    println!("positives: {pos_n}");
    println!("negatives: {neg_n}");
    println!("positives found: {}", ratio(pos_found, pos_n));
    println!("negatives rejected: {}", ratio(neg_ok, neg_n));
    for k in order {
        println!("{k}: {}", prfs[k].out());
    }
    for (k, v) in exact {
        println!("{k} right: {}", ratio(v, pos_n));
    }
    Ok(())
}

/// `evaluate lines GOLD.jsonl`: the line classifier (`copydesk::classify_line`) against
/// `expected.class`; prints the accuracy, the accuracy per gold class and every miss.
pub(crate) fn run_lines(gold: &Path) -> Result<(), Box<dyn Error>> {
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut n, mut right) = (0usize, 0usize);
    let mut misses = Vec::new();
    for v in crate::read_jsonl(gold)? {
        let input = v["input"].as_str().ok_or("record without input")?;
        let want = v["expected"]["class"]
            .as_str()
            .ok_or("record without expected.class")?;
        let got = copydesk::classify_line(input).kind().as_str();
        n += 1;
        let e = per.entry(want.to_owned()).or_default();
        e.0 += 1;
        if got == want {
            right += 1;
            e.1 += 1;
        } else {
            misses.push(format!("  {want} -> {got}: {input:?}"));
        }
    }
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            (a as f64 / b as f64 * 10000.0).round() / 10000.0
        }
    };
    println!("task: lines\nrecords: {n}\naccuracy: {}", ratio(right, n));
    for (class, (total, ok)) in &per {
        println!("{class}: {ok}/{total} ({})", ratio(*ok, *total));
    }
    if !misses.is_empty() {
        println!("misses:\n{}", misses.join("\n"));
    }
    Ok(())
}

/// `evaluate bbc ARTICLES.jsonl`: the article parser on a corpus whose first paragraph is the
/// headline (`{"id", "text"}` per line, the BBC News corpus): how many articles get a byline
/// at all, and how many a byline inside the headline paragraph (which must be none).
pub(crate) fn run_bbc(corpus: &Path) -> Result<(), Box<dyn Error>> {
    let (mut n, mut with_byline, mut in_headline) = (0usize, 0usize, 0usize);
    for v in crate::read_jsonl(corpus)? {
        let text = v["text"].as_str().ok_or("record without text")?;
        let id = v["id"].as_str().unwrap_or("?");
        n += 1;
        let article = copydesk::parse(text);
        let Some(b) = article.byline() else {
            continue;
        };
        with_byline += 1;
        let headline_end = text.find("\n\n").unwrap_or(text.len());
        if b.span().start < headline_end {
            in_headline += 1;
            println!("  byline in the headline of {id}: {:?}", b.as_str());
        }
    }
    println!(
        "task: bbc\narticles: {n}\narticles with a byline: {with_byline}\nbylines in a headline paragraph: {in_headline}"
    );
    Ok(())
}
