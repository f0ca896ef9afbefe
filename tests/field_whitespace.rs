//! Whitespace and code-point invariance of the three line parsers (issue 16): tabs, NBSP,
//! ZWSP and narrow spaces for a space, CRLF and U+2028/U+2029 for a line feed, and a leading
//! BOM give the same parse as plain spaces and LF, with every span shifted accordingly. The
//! lines are the probe fixtures (`tests/probes/*.jsonl`).

use copydesk::{Byline, Credit, Dateline, ParseError, Span};
use proptest::prelude::*;

fn inputs(src: &str) -> Vec<String> {
    src.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            v["input"].as_str().map(str::to_owned)
        })
        .collect()
}

fn all_lines() -> Vec<String> {
    let mut out = inputs(include_str!("probes/bylines.jsonl"));
    out.extend(inputs(include_str!("probes/datelines.jsonl")));
    out.extend(inputs(include_str!("probes/credits.jsonl")));
    out.extend(inputs(include_str!("probes/lines.jsonl")));
    // Lines with line feeds, for CRLF and U+2028.
    out.push("By Kelli Miller\nWebMD Health News".to_owned());
    out.push("Mumbai, September 30\nA special court today found him guilty.".to_owned());
    out.push("(Reporting by Ruma Paul;\nEditing by Sanjeev Miglani)".to_owned());
    out
}

/// A variant of `plain` and the map from each plain offset to the variant's offset.
fn variant(plain: &str, choices: &[u8], bom: bool) -> (String, Vec<usize>) {
    const SPACES: [&str; 5] = [" ", "\t", "\u{a0}", "\u{200b}", "\u{202f}"];
    const FEEDS: [&str; 4] = ["\n", "\r\n", "\u{2028}", "\u{2029}"];
    let mut out = String::new();
    let mut map = vec![0; plain.len() + 1];
    if bom {
        out.push('\u{feff}');
    }
    let mut k = 0;
    for (i, c) in plain.char_indices() {
        map[i] = out.len();
        let mut pick = |n: usize| {
            k += 1;
            usize::from(choices.get(k % choices.len().max(1)).copied().unwrap_or(0)) % n
        };
        match c {
            ' ' => out.push_str(SPACES[pick(SPACES.len())]),
            '\n' => out.push_str(FEEDS[pick(FEEDS.len())]),
            _ => out.push(c),
        }
    }
    map[plain.len()] = out.len();
    (out, map)
}

/// What a parse found, as text with spans (mapped by `m`).
type View = Result<Vec<String>, String>;

fn span(s: Span, m: &dyn Fn(usize) -> usize) -> String {
    format!("{}..{}", m(s.start), m(s.end))
}

/// Text as written, its odd white space made plain (an outlet's name keeps the caller's).
fn plain(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace(['\t', '\u{a0}', '\u{200b}', '\u{202f}'], " ")
        .replace(['\u{2028}', '\u{2029}'], "\n")
        .replace('\u{feff}', "")
}

fn err(e: &ParseError) -> String {
    format!("{:?} {:?}", e.target(), e.reason())
}

fn byline(text: &str, m: &dyn Fn(usize) -> usize) -> View {
    let b = Byline::parse(text).map_err(|e| err(&e))?;
    let mut v = vec![span(b.span(), m)];
    for p in b.authors() {
        v.push(format!("author {} {}", p.display(), span(p.span(), m)));
    }
    for o in b.outlets() {
        v.push(format!(
            "outlet {} {}",
            plain(o.canonical()),
            span(o.span(), m)
        ));
    }
    for r in b.roles().iter().chain(b.locations()) {
        v.push(format!("role/location {}", span(r.span(), m)));
    }
    Ok(v)
}

fn dateline(text: &str, m: &dyn Fn(usize) -> usize) -> View {
    let d = Dateline::parse(text).map_err(|e| err(&e))?;
    let mut v = vec![span(d.span(), m), format!("body {}", m(d.body_start()))];
    if let Some(l) = d.location() {
        v.push(format!("location {}", span(l.span(), m)));
    }
    for p in d.places() {
        v.push(format!("place {}", span(p.span(), m)));
    }
    if let Some(a) = d.agency_text() {
        v.push(format!("agency {} {:?}", span(a.span(), m), d.agency()));
    }
    if let Some(x) = d.date() {
        v.push(format!(
            "date {} {:?} {:?}",
            span(x.span(), m),
            x.month(),
            x.day()
        ));
    }
    Ok(v)
}

fn credit(text: &str, m: &dyn Fn(usize) -> usize) -> View {
    let c = Credit::parse(text).map_err(|e| err(&e))?;
    let mut v = vec![span(c.span(), m), format!("{:?}", c.kind())];
    for a in c.agencies() {
        v.push(format!(
            "agency {} {}",
            plain(a.canonical()),
            span(a.span(), m)
        ));
    }
    for p in c.contributors() {
        v.push(format!(
            "contributor {} {:?} {:?}",
            span(p.name().span(), m),
            p.role(),
            p.location().map(|l| span(l.span(), m))
        ));
    }
    Ok(v)
}

fn same_parse(text: &str, choices: &[u8], bom: bool) -> Result<(), TestCaseError> {
    let (var, map) = variant(text, choices, bom);
    let shift = |x: usize| map[x];
    let id = |x: usize| x;
    for (name, parser) in [
        (
            "byline",
            byline as fn(&str, &dyn Fn(usize) -> usize) -> View,
        ),
        ("dateline", dateline),
        ("credit", credit),
    ] {
        let expected = parser(text, &shift);
        let got = parser(&var, &id);
        prop_assert_eq!(got, expected, "{} of {:?} as {:?}", name, text, var);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn odd_white_space_parses_as_plain(
        i in 0usize..10_000,
        choices in proptest::collection::vec(any::<u8>(), 1..16),
        bom in any::<bool>(),
    ) {
        let lines = all_lines();
        let line = &lines[i % lines.len()];
        same_parse(line, &choices, bom)?;
    }
}

#[test]
fn every_probe_line_with_tabs_and_a_bom() {
    for line in all_lines() {
        same_parse(&line, &[1], true).unwrap();
        same_parse(&line, &[2, 3], false).unwrap();
    }
}

#[test]
fn the_issue_lines() {
    let b = Byline::parse("By\tJohn\tMcDonald,\tAssociated\tPress").unwrap();
    let names: Vec<&str> = b.authors().iter().map(|p| p.display()).collect();
    assert_eq!(names, ["John McDonald"]);
    assert_eq!(
        b.agencies().next().map(|a| a.name()),
        Some("Associated Press")
    );
    let c = Credit::parse(
        "(Reporting\u{a0}by\u{a0}Ruma\u{a0}Paul;\u{a0}Editing\u{a0}by\u{a0}Sanjeev\u{a0}Miglani)",
    )
    .unwrap();
    assert_eq!(c.contributors().count(), 2);
    let d = Dateline::parse("\u{feff}NEW\u{a0}DELHI:\u{a0}The court ruled.").unwrap();
    assert_eq!(d.as_str(), "NEW\u{a0}DELHI:");
    assert!(Credit::parse("\u{feff}(With inputs from PTI)").is_ok());
    // A truncated dateline is not a byline.
    assert!(Byline::parse("SEOUL, May 10 (Reut").is_err());
}
