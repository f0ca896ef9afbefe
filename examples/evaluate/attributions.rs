//! The attribution layer as a predictor for `evaluate quotes`: one record per content piece of
//! every attribution, in the dev-set format.

use copydesk::attribution::AttributionKind;

use crate::quotes::Item;

/// Pronoun and relative sources, which are never their own resolved speaker.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that",
];

/// One item per attribution content piece: a split or multi-paragraph quotation writes one per
/// piece, each with the attribution's source, resolved entity and cue.
pub(crate) fn predict(parser: &copydesk::Parser, text: &str) -> Vec<Item> {
    let article = parser.parse(text);
    let mut out = Vec::new();
    for a in article.attributions() {
        // The dev sets' convention: a source that names no entity (`some voters`, `a
        // spokesperson`) is its own resolved speaker; an unresolved pronoun stays null.
        let resolved = a.entity().map(|e| e.name().to_owned()).or_else(|| {
            let s = a.source()?.as_str();
            let pronoun = PRONOUNS.iter().any(|p| s.eq_ignore_ascii_case(p));
            (!pronoun && std::env::var_os("COPYDESK_EVAL_ENTITY_ONLY").is_none())
                .then(|| s.to_owned())
        });
        for (c, kind) in a.contents().iter().zip(a.content_kinds()) {
            let kind = match kind {
                AttributionKind::Direct => "direct",
                AttributionKind::Mixed => "mixed",
                _ => "indirect",
            };
            out.push(Item {
                start: c.start(),
                end: c.end(),
                content: c.as_str().to_owned(),
                kind: Some(kind.to_owned()),
                speaker: a.source().map(|s| s.as_str().to_owned()),
                speaker_span: a.source().map(|s| (s.start(), s.end())),
                speaker_resolved: resolved.clone(),
                cue: Some(a.cue().as_str().to_owned()),
                cue_span: Some((a.cue().start(), a.cue().end())),
                ..Item::default()
            });
        }
    }
    out
}
