//! `evaluate datelines`: the `predicted` object for one input, shaped like the dev set's `expected`.

use copydesk::Dateline;
use serde_json::{Value, json};

/// `None` when the parser rejects the input.
pub(crate) fn predict(input: &str) -> Option<Value> {
    let d = Dateline::parse(input).ok()?;
    let agencies: Vec<String> = match (d.agency(), d.agency_text()) {
        (Some(a), _) => vec![a.name().to_owned()],
        (None, Some(t)) => vec![t.as_str().to_owned()],
        _ => Vec::new(),
    };
    Some(json!({
        "dateline": d.as_str(),
        "location": d.location().map(|l| l.as_str()),
        "places": d.places().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "agency": d.agency_text().map(|a| a.as_str()),
        "agencies": agencies,
        "date": d.date().map(|x| x.as_str()),
    }))
}
