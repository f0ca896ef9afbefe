//! Coreference cases (`tests/coref/cases.txt`, written by `tests/coref/generate.py` from the
//! patterns of issue 12): the entity each source resolves to. A case that fails must be listed in
//! `tests/coref/known_misses.txt`, and a listed case that passes must be removed from it, so the
//! list only shrinks.
//!
//! `cargo test --test integration coref -- --nocapture` prints the pass rate per pattern.

use std::collections::{BTreeMap, BTreeSet};

const CASES: &str = include_str!("coref/cases.txt");
const KNOWN_MISSES: &str = include_str!("coref/known_misses.txt");

struct Case {
    id: String,
    pattern: String,
    text: String,
    expect: Vec<(String, Option<String>)>,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let mut cur: Option<Case> = None;
    let mut paragraphs: Vec<&str> = Vec::new();
    let finish = |cur: &mut Option<Case>, paragraphs: &mut Vec<&str>, out: &mut Vec<Case>| {
        if let Some(mut c) = cur.take() {
            c.text = paragraphs.join("\n\n");
            out.push(c);
        }
        paragraphs.clear();
    };
    for line in CASES.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            finish(&mut cur, &mut paragraphs, &mut out);
            let (id, pattern) = rest.split_once("] ").expect("`[id] pattern`");
            cur = Some(Case {
                id: id.to_owned(),
                pattern: pattern.to_owned(),
                text: String::new(),
                expect: Vec::new(),
            });
        } else if let Some((source, entity)) = line.split_once(" => ") {
            let entity = (entity != "?").then(|| entity.to_owned());
            cur.as_mut()
                .expect("a case")
                .expect
                .push((source.to_owned(), entity));
        } else {
            paragraphs.push(line);
        }
    }
    finish(&mut cur, &mut paragraphs, &mut out);
    out
}

/// Why a case fails, or `None` when every expected source is found and resolves as expected.
fn check(case: &Case) -> Option<String> {
    let article = copydesk::parse(&case.text);
    let found = article.attributions();
    let mut next = 0;
    for (source, entity) in &case.expect {
        let same = |s: &str| s.eq_ignore_ascii_case(source);
        let Some(k) = (next..found.len()).find(|&k| {
            found[k]
                .source()
                .is_some_and(|s| same(s.as_str()) || same(found[k].source_head().unwrap().as_str()))
        }) else {
            return Some(format!("no source `{source}`"));
        };
        next = k + 1;
        let got = found[k].entity().map(|e| e.name());
        let ok = match (got, entity) {
            (None, None) => true,
            // `the University of Leeds` and `University of Leeds` name one organisation.
            (Some(g), Some(e)) => strip_the(g).eq_ignore_ascii_case(strip_the(e)),
            _ => false,
        };
        if !ok {
            return Some(format!("`{source}` → {got:?}, expected {entity:?}"));
        }
    }
    None
}

/// A name without a leading article.
fn strip_the(name: &str) -> &str {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name)
}

#[test]
fn coreference_cases_pass_or_are_known_misses() {
    let cases = cases();
    assert!(cases.len() >= 300, "{} cases", cases.len());
    let known: BTreeSet<&str> = KNOWN_MISSES
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let mut by_pattern: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut new_misses, mut fixed) = (Vec::new(), Vec::new());
    for case in &cases {
        let miss = check(case);
        let tally = by_pattern.entry(&case.pattern).or_default();
        tally.1 += 1;
        tally.0 += usize::from(miss.is_none());
        match (miss, known.contains(case.id.as_str())) {
            (Some(why), false) => new_misses.push(format!("{} {}: {why}", case.id, case.pattern)),
            (None, true) => fixed.push(case.id.clone()),
            _ => {}
        }
    }
    let passed: usize = by_pattern.values().map(|t| t.0).sum();
    println!("coreference cases: {passed}/{} pass", cases.len());
    for (pattern, (ok, n)) in &by_pattern {
        println!("  {pattern:24} {ok:3}/{n}");
    }
    let ids: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    let stale: Vec<&&str> = known.iter().filter(|k| !ids.contains(**k)).collect();
    assert!(stale.is_empty(), "known misses that are no case: {stale:?}");
    assert!(
        new_misses.is_empty(),
        "cases that fail and are not known misses:\n{}",
        new_misses.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "known misses that now pass: remove them from tests/coref/known_misses.txt: {fixed:?}"
    );
}
