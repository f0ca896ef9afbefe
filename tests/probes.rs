//! The probe sets of issue 13 (`tests/probes/*.jsonl`, lines written from the conventions of
//! outlets outside the dev sets) as a floor: the line classifier and each parser's refusals
//! and acceptances. `cargo run --example evaluate` gives the full figures.

use copydesk::{Byline, Credit, Dateline};

fn records(src: &str) -> Vec<serde_json::Value> {
    src.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON record"))
        .collect()
}

fn negative(r: &serde_json::Value) -> bool {
    r["tags"]
        .as_array()
        .is_some_and(|t| t.iter().any(|x| x == "negative"))
}

/// (negatives refused, positives accepted) as fractions.
fn refusals(src: &str, accepts: impl Fn(&str) -> bool) -> (f64, f64) {
    let (mut neg, mut neg_ok, mut pos, mut pos_ok) = (0, 0, 0, 0);
    for r in records(src) {
        let input = r["input"].as_str().expect("input");
        if negative(&r) {
            neg += 1;
            neg_ok += usize::from(!accepts(input));
        } else {
            pos += 1;
            pos_ok += usize::from(accepts(input));
        }
    }
    (neg_ok as f64 / neg as f64, pos_ok as f64 / pos as f64)
}

#[test]
fn the_line_classifier_on_the_probes() {
    let recs = records(include_str!("probes/lines.jsonl"));
    let right = recs
        .iter()
        .filter(|r| {
            let input = r["input"].as_str().expect("input");
            copydesk::classify_line(input).kind().as_str() == r["expected"]["class"]
        })
        .count();
    let accuracy = right as f64 / recs.len() as f64;
    assert!(accuracy >= 0.97, "line classification {accuracy}");
}

#[test]
fn bylines_on_the_probes() {
    let (neg, pos) = refusals(include_str!("probes/bylines.jsonl"), |s| {
        Byline::parse(s).is_ok_and(|b| !b.authors().is_empty() || !b.outlets().is_empty())
    });
    assert!(
        neg >= 0.95 && pos >= 0.97,
        "negatives {neg}, positives {pos}"
    );
}

#[test]
fn datelines_on_the_probes() {
    let (neg, pos) = refusals(include_str!("probes/datelines.jsonl"), |s| {
        Dateline::parse(s).is_ok()
    });
    assert!(
        neg >= 0.95 && pos >= 0.98,
        "negatives {neg}, positives {pos}"
    );
}

#[test]
fn credits_on_the_probes() {
    let (neg, pos) = refusals(include_str!("probes/credits.jsonl"), |s| {
        Credit::parse(s).is_ok()
    });
    assert!(
        neg >= 0.95 && pos >= 0.97,
        "negatives {neg}, positives {pos}"
    );
}

/// The attribution probes of issue 11 (`tests/probes/attributions.jsonl`, sentences written
/// from each construction: comparative ellipsis, a passive agent before a clause or a charge,
/// an irregular verb's forms, a demonstrative `that`, an object list, a participle in the
/// object): every record reads exactly its expected attributions (cue, source, first content
/// piece, and the class where given), and none where none are expected; a record marked
/// `"scope": "speech"` is read in the speech scope.
#[test]
fn attributions_on_the_probes() {
    let recs = records(include_str!("probes/attributions.jsonl"));
    assert!(recs.len() >= 15);
    for r in recs {
        let input = r["input"].as_str().expect("input");
        // `"scope": "speech"` reads the record in the speech scope (the whole article parser's
        // setting); the others in the default one.
        let scope = match r["scope"].as_str() {
            Some("speech") => copydesk::attribution::Scope::Speech,
            _ => copydesk::attribution::Scope::All,
        };
        let parser = copydesk::Parser::builder()
            .scope(scope)
            .build()
            .expect("parser");
        let article = parser.parse(input);
        let got: Vec<(String, String, String, String)> = article
            .attributions()
            .iter()
            .map(|a| {
                (
                    a.cue().as_str().to_owned(),
                    a.source()
                        .map(|s| s.as_str().to_owned())
                        .unwrap_or_default(),
                    a.contents()
                        .first()
                        .map(|c| c.as_str().to_owned())
                        .unwrap_or_default(),
                    format!("{:?}", a.cue_class()).to_lowercase(),
                )
            })
            .collect();
        let want: Vec<(String, String, String, Option<String>)> = r["expected"]
            .as_array()
            .expect("expected")
            .iter()
            .map(|e| {
                let s = |k: &str| e[k].as_str().unwrap_or_default().to_owned();
                (
                    s("cue"),
                    s("source"),
                    s("content"),
                    e["class"].as_str().map(str::to_owned),
                )
            })
            .collect();
        assert_eq!(got.len(), want.len(), "{input}: {got:?}");
        for ((c, s, t, k), (wc, ws, wt, wk)) in got.iter().zip(&want) {
            assert_eq!((c, s, t), (wc, ws, wt), "{input}");
            if let Some(wk) = wk {
                assert_eq!(k, wk, "{input}");
            }
        }
    }
}
