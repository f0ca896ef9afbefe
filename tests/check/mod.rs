//! The checks every parse of hostile input must pass, shared by the replay test (`tests/replay.rs`)
//! and the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`, which include this file with `#[path]`).
//!
//! Each check panics (with the offending span and text) when an invariant is broken:
//!
//! - every span lies in the text, on `char` boundaries, and `&text[span]` equals the item's text;
//! - every index points into its list: an attribution's or secondary source's entity, an
//!   attribution's quotations, a quotation's parent, an entity's id;
//! - a refusal names the parser it came from, carries a reason that prints, and any span it
//!   carries lies in the input on `char` boundaries;
//! - with `serialise`, the result serialises to JSON, and every `{start, end, text}` object in
//!   that JSON slices back to its text (this reaches every span, including those no accessor
//!   shows); every `{start, end}` object is in range.
//!
//! Built with debug assertions (as `cargo test` and `cargo fuzz` build), the library's own
//! `debug_assert`s on internal spans fire here too.

#![allow(dead_code, unreachable_pub)]

use copydesk::error::Target;
use copydesk::{Byline, Credit, Dateline, ParseError, Snippet, Span};

/// The text a fuzz input or a saved input stands for: its bytes read as UTF-8, each invalid
/// sequence replaced by U+FFFD (so that every input exercises the parsers).
pub fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// The article, every standalone parser and the line classifier on `text`.
pub fn all(text: &str, serialise: bool) {
    article(text, serialise);
    byline(text, serialise);
    dateline(text, serialise);
    credit(text, serialise);
    line(text, serialise);
}

/// [`copydesk::classify_line`]: the kind agrees with the variant; a byline, credit or dateline
/// is the one its standalone parser gives the line, and its parts slice back; any other line is
/// the trimmed line, and only an empty one is empty body text.
pub fn line(input: &str, serialise: bool) {
    use copydesk::line::{Line, LineKind};
    let l = copydesk::classify_line(input);
    let trimmed = input.trim();
    let kind = l.kind();
    match &l {
        Line::Byline(b) => {
            assert_eq!(kind, LineKind::Byline);
            assert_eq!(
                Byline::parse(input).as_ref(),
                Ok(b),
                "line: the byline parser's byline"
            );
            byline_parts(input, b);
        }
        Line::Credit(c) => {
            assert_eq!(kind, LineKind::Credit);
            assert_eq!(
                Credit::parse(input).as_ref(),
                Ok(c),
                "line: the credit parser's credit"
            );
            credit_parts(input, c);
        }
        Line::Dateline(d) => {
            assert_eq!(kind, LineKind::Dateline);
            assert_eq!(
                Dateline::parse(input).as_ref(),
                Ok(d),
                "line: the dateline parser's dateline"
            );
            dateline_parts(input, d);
        }
        Line::PhotoCredit(s) | Line::Note(s) | Line::Body(s) => {
            assert!(
                matches!(
                    kind,
                    LineKind::PhotoCredit | LineKind::Note | LineKind::Body
                ),
                "line: kind {kind:?} for a whole-line variant"
            );
            snippet(input, *s, "line");
            // The whole line, trimmed of the whitespace `Span::trim` removes.
            assert!(
                trimmed.contains(s.as_str()) || s.as_str().is_empty(),
                "line: {s:?} is not the trimmed line"
            );
            assert_eq!(
                s.as_str().is_empty(),
                trimmed.is_empty() || s.as_str().trim().is_empty(),
                "line: empty only when blank"
            );
        }
        _ => {}
    }
    if serialise {
        serialised(input, &l);
    }
}

/// Asserts that `span` lies in `text` on `char` boundaries and covers `item`.
pub fn span(text: &str, span: Span, item: &str, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of range (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
    assert_eq!(
        &text[span.range()],
        item,
        "{what}: span {span:?} does not slice back"
    );
}

fn snippet(text: &str, s: Snippet<'_>, what: &str) {
    span(text, s.span(), s.as_str(), what);
}

fn opt(text: &str, s: Option<Snippet<'_>>, what: &str) {
    if let Some(s) = s {
        snippet(text, s, what);
    }
}

/// The whole-article parser.
pub fn article(text: &str, serialise: bool) {
    let a = copydesk::parse(text);
    assert_eq!(a.text(), text);
    assert_eq!(a.span(), Span::new(0, text.len()));
    let mut last = 0;
    for (i, b) in a.paragraphs().enumerate() {
        snippet(text, b.paragraph.snippet(), "paragraph");
        assert_eq!(b.paragraph.index(), i, "paragraph index");
        assert!(b.paragraph.span().start >= last, "paragraphs out of order");
        last = b.paragraph.span().end;
    }
    for p in a.body() {
        snippet(text, p.snippet(), "body paragraph");
    }
    if let Some(b) = a.byline() {
        byline_parts(text, b);
    }
    if let Some(d) = a.dateline() {
        dateline_parts(text, d);
    }
    for c in a.credits() {
        credit_parts(text, c);
    }
    let quotations = a.quotations();
    for (i, q) in quotations.iter().enumerate() {
        span(text, q.span(), q.as_str(), "quotation");
        snippet(text, q.content(), "quotation content");
        for piece in q.pieces() {
            snippet(text, piece, "quotation piece");
            assert!(
                q.span().contains(piece.span()),
                "piece outside its quotation"
            );
        }
        if let Some(p) = q.parent() {
            assert!(
                p < quotations.len() && p != i,
                "quotation parent {p} out of range"
            );
        }
        if i > 0 {
            assert!(
                quotations[i - 1].span().start <= q.span().start,
                "quotations unsorted"
            );
        }
    }
    let entities = a.entities();
    for (i, e) in entities.iter().enumerate() {
        assert_eq!(e.id(), i, "entity id");
        opt(text, e.title(), "entity title");
        opt(text, e.description(), "entity description");
        for m in e.mentions() {
            snippet(text, *m, "entity mention");
        }
    }
    for at in a.attributions() {
        assert_eq!(
            at.contents().len(),
            at.content_kinds().len(),
            "one kind per content"
        );
        for c in at.contents() {
            snippet(text, *c, "attribution content");
        }
        opt(text, at.source(), "attribution source");
        opt(text, at.source_head(), "attribution source head");
        snippet(text, at.cue(), "attribution cue");
        let whole = at.span();
        assert!(
            whole.end <= text.len(),
            "attribution span {whole:?} out of range"
        );
        if let Some(e) = at.entity_id() {
            assert!(e < entities.len(), "attribution entity {e} out of range");
            assert_eq!(
                at.entity().map(|x| x.id()),
                Some(e),
                "entity() and entity_id() agree"
            );
        }
        for q in at.quotations() {
            assert!(
                *q < quotations.len(),
                "attribution quotation {q} out of range"
            );
        }
        for s in at.secondary() {
            snippet(text, s.mention(), "secondary mention");
            snippet(text, s.head(), "secondary head");
            if let Some(e) = s.entity_id() {
                assert!(e < entities.len(), "secondary entity {e} out of range");
                assert_eq!(
                    s.entity().map(|x| x.id()),
                    Some(e),
                    "entity() and entity_id() agree"
                );
            }
        }
    }
    for d in a.diagnostics() {
        snippet(text, d.at, "diagnostic");
    }
    if serialise {
        serialised(text, &a);
    }
}

/// [`Byline::parse`].
pub fn byline(input: &str, serialise: bool) {
    match Byline::parse(input) {
        Ok(b) => {
            byline_parts(input, &b);
            if serialise {
                serialised(input, &b);
            }
        }
        Err(e) => refusal(input, &e, Target::Byline, serialise),
    }
}

/// [`Dateline::parse`].
pub fn dateline(input: &str, serialise: bool) {
    match Dateline::parse(input) {
        Ok(d) => {
            dateline_parts(input, &d);
            if serialise {
                serialised(input, &d);
            }
        }
        Err(e) => refusal(input, &e, Target::Dateline, serialise),
    }
}

/// [`Credit::parse`].
pub fn credit(input: &str, serialise: bool) {
    match Credit::parse(input) {
        Ok(c) => {
            credit_parts(input, &c);
            if serialise {
                serialised(input, &c);
            }
        }
        Err(e) => refusal(input, &e, Target::Credit, serialise),
    }
}

fn byline_parts(text: &str, b: &Byline<'_>) {
    span(text, b.span(), b.as_str(), "byline");
    opt(text, b.lead_in(), "byline lead-in");
    for p in b.authors() {
        span(text, p.span(), p.as_str(), "byline author");
        opt(text, p.honorific(), "author honorific");
        opt(text, p.suffix(), "author suffix");
    }
    for o in b.outlets() {
        span(text, o.span(), o.as_str(), "byline outlet");
        snippet(text, o.name(), "byline outlet name");
    }
    for r in b.roles() {
        snippet(text, *r, "byline role");
    }
    for l in b.locations() {
        snippet(text, *l, "byline location");
    }
    for c in b.contacts() {
        snippet(text, c.text, "byline contact");
    }
    opt(text, b.date(), "byline date");
    for c in b.contributors() {
        span(
            text,
            c.person.span(),
            c.person.as_str(),
            "byline contributor",
        );
    }
}

fn dateline_parts(text: &str, d: &Dateline<'_>) {
    span(text, d.span(), d.as_str(), "dateline");
    snippet(text, d.snippet(), "dateline snippet");
    opt(text, d.location(), "dateline location");
    for p in d.places() {
        snippet(text, *p, "dateline place");
    }
    if let Some(date) = d.date() {
        span(text, date.span(), date.as_str(), "dateline date");
        assert!(date.month().is_none_or(|m| (1..=12).contains(&m)), "month");
        assert!(date.day().is_none_or(|x| (1..=31).contains(&x)), "day");
    }
    opt(text, d.agency_text(), "dateline agency");
    opt(text, d.feed(), "dateline feed");
    opt(text, d.separator(), "dateline separator");
    let body = d.body_start();
    assert!(
        body <= text.len() && text.is_char_boundary(body) && body >= d.span().end,
        "dateline body_start {body} bad (dateline {:?})",
        d.span()
    );
}

fn credit_parts(text: &str, c: &Credit<'_>) {
    span(text, c.span(), c.as_str(), "credit");
    for part in c.parts() {
        span(text, part.span(), part.as_str(), "credit part");
        for o in part.agencies() {
            span(text, o.span(), o.as_str(), "credit agency");
        }
        for who in part.contributors() {
            snippet(text, who.name(), "credit contributor");
            opt(text, who.location(), "credit contributor location");
            if let Some(o) = who.affiliation() {
                span(text, o.span(), o.as_str(), "credit contributor affiliation");
            }
        }
        opt(text, part.outlet(), "credit outlet");
        for d in part.desk() {
            snippet(text, *d, "credit desk");
        }
    }
}

fn refusal(input: &str, e: &ParseError, target: Target, serialise: bool) {
    assert_eq!(e.target(), target, "refusal from the wrong parser: {e}");
    assert!(
        !e.reason().to_string().is_empty(),
        "a refusal without a reason"
    );
    assert!(
        e.to_string().contains(&target.to_string()),
        "message names the parser: {e}"
    );
    if let Some(s) = e.span() {
        assert!(
            s.start <= s.end && s.end <= input.len(),
            "refusal span {s:?} out of range ({} bytes)",
            input.len()
        );
        assert!(
            input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
            "refusal span {s:?} not on char boundaries"
        );
    }
    if serialise {
        serialised(input, e);
    }
}

/// Serialises `value` and checks every span object in the JSON against `text`.
#[cfg(feature = "serde")]
pub fn serialised<T: serde::Serialize>(text: &str, value: &T) {
    let json = serde_json::to_value(value).expect("the result serialises");
    walk(text, &json);
    // And the string form, which a service would send.
    serde_json::to_string(value).expect("the result serialises to a string");
}

/// Without the `serde` feature there is nothing to serialise.
#[cfg(not(feature = "serde"))]
pub fn serialised<T>(_text: &str, _value: &T) {}

#[cfg(feature = "serde")]
fn walk(text: &str, v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(items) => items.iter().for_each(|x| walk(text, x)),
        Value::Object(map) => {
            let num = |k: &str| map.get(k).and_then(Value::as_u64).map(|n| n as usize);
            if let (Some(start), Some(end)) = (num("start"), num("end")) {
                assert!(start <= end, "serialised span {start}..{end} reversed");
                match map.get("text").and_then(Value::as_str) {
                    Some(item) => span(text, Span::new(start, end), item, "serialised snippet"),
                    None => assert!(
                        start <= end
                            && end <= text.len()
                            && text.is_char_boundary(start)
                            && text.is_char_boundary(end),
                        "serialised span {start}..{end} bad"
                    ),
                }
            }
            map.values().for_each(|x| walk(text, x));
        }
        _ => {}
    }
}
