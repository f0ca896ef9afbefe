//! `evaluate credits`: the `predicted` object for one input, shaped like the dev set's `expected`.

use copydesk::Credit;
use serde_json::{Map, Value, json};

/// `None` when the parser rejects the input.
pub(crate) fn predict(input: &str) -> Option<Value> {
    let credit = Credit::parse(input).ok()?;
    let mut agencies: Vec<&str> = Vec::new();
    for a in credit.agencies() {
        let name = a.canonical();
        if !agencies.iter().any(|x| x.eq_ignore_ascii_case(name)) {
            agencies.push(name);
        }
    }
    let contributors: Vec<Value> = credit
        .contributors()
        .map(|c| {
            let mut m = Map::new();
            m.insert("name".into(), json!(c.name().as_str()));
            m.insert("role".into(), json!(c.role().as_str()));
            if let Some(l) = c.location() {
                m.insert("location".into(), json!(l.as_str()));
            }
            if let Some(a) = c.affiliation() {
                m.insert("affiliation".into(), json!(a.canonical()));
            }
            Value::Object(m)
        })
        .collect();
    Some(json!({
        "kind": credit.kind().as_str(),
        "agencies": agencies,
        "contributors": contributors,
    }))
}
