//! `evaluate bylines`: the `predicted` object for one input, shaped like the dev set's `expected`.

use copydesk::Byline;
use serde_json::{Value, json};

/// `None` when the parser rejects the input.
pub(crate) fn predict(input: &str) -> Option<Value> {
    let b = Byline::parse(input).ok()?;
    let mut out = json!({
        "authors": b.authors().iter().map(|p| p.display()).collect::<Vec<_>>(),
        "agencies": b.outlets().iter().map(|o| o.canonical()).collect::<Vec<_>>(),
    });
    if !b.roles().is_empty() {
        out["roles"] = json!(b.roles().iter().map(|r| r.as_str()).collect::<Vec<_>>());
    }
    if !b.locations().is_empty() {
        out["locations"] = json!(b.locations().iter().map(|r| r.as_str()).collect::<Vec<_>>());
    }
    if let Some(d) = b.date() {
        out["date"] = json!(d.as_str());
    }
    if !b.contributors().is_empty() {
        out["contributors"] = json!(
            b.contributors()
                .iter()
                .map(|c| json!({"name": c.person.display(), "role": c.role.as_str()}))
                .collect::<Vec<_>>()
        );
    }
    Some(out)
}
