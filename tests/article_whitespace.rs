//! Whitespace and code-point invariance of the article parser, at the article level: a leading
//! byte-order mark, and paragraphs broken by CRLF, CR, U+2028 or U+2029 instead of blank LF lines,
//! give the same parse (byline, dateline, credits, paragraph roles, quotations, attributions,
//! entities), every span shifted by what the change moved. (Whitespace inside a line is the
//! standalone parsers' business: see their own tests.)

use proptest::prelude::*;

const HEADLINES: &[&str] = &["Kim Warns US Over Drills", "Floods Hit Coastal Towns"];
const BYLINES: &[&str] = &[
    "By Jane Doe, Reuters",
    "By JANE DOE and John McDONALD, Associated Press",
    "By Priya Nair",
];
const DATELINES: &[&str] = &[
    "SEOUL, May 10 (Reuters) - “We won,” Kim Jong Un said.",
    "NEW DELHI (PTI): The minister said the plan would go ahead.",
    "WASHINGTON — Senators voted on Tuesday, officials said.",
];
const BODY: &[&str] = &[
    "“The soldiers are heroes,” he added.",
    "South Korea has said Pyongyang received drones in return.",
    "The mayor told reporters, “We are ready.”",
    "Officials said the roads would reopen, according to KCNA.",
    "“It was,” said Lee, “a long night.”",
];
const CREDITS: &[&str] = &[
    "(Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies)",
    "(With inputs from PTI)",
    "Copyright 2024 The Associated Press. All rights reserved.",
];
/// Paragraph breaks a scraped article may use in place of a blank LF line.
const BREAKS: &[&str] = &[
    "\n\n",
    "\n",
    "\r\n\r\n",
    "\r\n",
    "\r",
    "\r\r",
    "\u{2028}",
    "\u{2028}\u{2028}",
    "\u{2029}",
    "\n\u{2029}",
    "\r\n \r\n",
];

/// An article's paragraphs, in the usual order, some left out.
fn article() -> impl Strategy<Value = Vec<&'static str>> {
    let opt = |list: &'static [&'static str]| proptest::option::of(proptest::sample::select(list));
    (
        opt(HEADLINES),
        opt(BYLINES),
        opt(DATELINES),
        proptest::collection::vec(proptest::sample::select(BODY), 1..4),
        opt(CREDITS),
    )
        .prop_map(|(h, b, d, body, c)| {
            let mut v: Vec<&str> = [h, b, d].into_iter().flatten().collect();
            v.extend(body);
            v.extend(c);
            v
        })
}

/// `pieces` joined by `breaks` (one per gap), after `prefix`; with each piece's offset.
fn join(prefix: &str, pieces: &[&str], breaks: &[&str]) -> (String, Vec<usize>) {
    let mut text = prefix.to_owned();
    let mut starts = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            text.push_str(breaks[(i - 1) % breaks.len()]);
        }
        starts.push(text.len());
        text.push_str(p);
    }
    (text, starts)
}

/// Everything the article parser reports, with each offset mapped through `at`.
fn report(text: &str, at: &dyn Fn(usize) -> usize) -> Vec<String> {
    let a = copydesk::parse(text);
    let s = |span: copydesk::Span, t: &str| format!("{}..{} {t:?}", at(span.start), at(span.end));
    let mut out = Vec::new();
    for b in a.paragraphs() {
        out.push(format!(
            "{:?} {}",
            b.role,
            s(b.paragraph.span(), b.paragraph.as_str())
        ));
    }
    if let Some(b) = a.byline() {
        let authors: Vec<&str> = b.authors().iter().map(|p| p.display()).collect();
        out.push(format!("byline {} {authors:?}", s(b.span(), b.as_str())));
    }
    if let Some(d) = a.dateline() {
        out.push(format!(
            "dateline {} {:?}",
            s(d.span(), d.as_str()),
            d.agency()
        ));
    }
    for c in a.credits() {
        out.push(format!("credit {} {:?}", s(c.span(), c.as_str()), c.kind()));
    }
    for q in a.quotations() {
        out.push(format!(
            "quotation {} {:?}",
            s(q.span(), q.as_str()),
            q.kind()
        ));
    }
    for at in a.attributions() {
        let contents: Vec<String> = at
            .contents()
            .iter()
            .map(|c| s(c.span(), c.as_str()))
            .collect();
        let source = at.source().map(|x| s(x.span(), x.as_str()));
        let cue = s(at.cue().span(), at.cue().as_str());
        out.push(format!(
            "attribution {contents:?} {source:?} {cue} {:?}",
            at.entity_id()
        ));
    }
    for e in a.entities() {
        out.push(format!("entity {} {:?}", e.name(), e.kind()));
    }
    out
}

/// Maps an offset in a text built by [`join`] (piece starts `from`) to the text with piece starts
/// `to`: offsets inside a piece (or at its end) move with it.
fn mapper<'a>(
    from: &'a [usize],
    to: &'a [usize],
    pieces: &'a [&str],
) -> impl Fn(usize) -> usize + 'a {
    move |x| {
        let k = from.iter().rposition(|&s| s <= x).unwrap_or(0);
        if x <= from[k] + pieces[k].len() {
            x - from[k] + to[k]
        } else {
            usize::MAX // inside a paragraph break: never the same as a plain parse's offset
        }
    }
}

fn assert_invariant(pieces: &[&str], prefix: &str, breaks: &[&str]) {
    let (plain, plain_starts) = join("", pieces, &["\n\n"]);
    let (odd, odd_starts) = join(prefix, pieces, breaks);
    let expected = report(&plain, &|x| x);
    let got = report(&odd, &mapper(&odd_starts, &plain_starts, pieces));
    assert_eq!(got, expected, "{odd:?} reads differently from {plain:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn paragraph_breaks_and_a_leading_bom_do_not_change_the_parse(
        pieces in article(),
        bom in any::<bool>(),
        breaks in proptest::collection::vec(proptest::sample::select(BREAKS), 1..4),
    ) {
        assert_invariant(&pieces, if bom { "\u{feff}" } else { "" }, &breaks);
    }
}

#[test]
fn an_article_opening_with_a_bom_keeps_its_dateline() {
    let pieces = [DATELINES[0], BODY[0], CREDITS[1]];
    for prefix in ["\u{feff}", "\u{feff}\u{feff}"] {
        assert_invariant(&pieces, prefix, &["\n\n"]);
    }
    let text = "\u{feff}SEOUL, May 10 (Reuters) - “We won,” Kim said.";
    let d = copydesk::parse(text).dateline().map(|d| d.span());
    assert_eq!(d, Some(copydesk::Span::new(3, 28)));
}

#[test]
fn each_paragraph_break_reads_as_a_blank_line() {
    let pieces = [HEADLINES[0], BYLINES[1], DATELINES[0], BODY[4], CREDITS[0]];
    for b in BREAKS {
        assert_invariant(&pieces, "", &[b]);
        assert_invariant(&pieces, "\u{feff}", &[b]);
    }
}
