//! Property tests for the quotation scanner: no panics, spans in bounds and on char boundaries,
//! pieces inside their quotation, quotations nested or disjoint, and prefix shift invariance.

use copydesk::Span;
use copydesk::quote::{Scan, scan};
use proptest::prelude::*;

const MARKS: &[&str] = &[
    "\"", "'", "''", "``", "`", "“", "”", "‘", "’", "„", "‚", "‟", "«", "»", "‹", "›", "「", "」",
    "『", "』", "« ", " »", "\u{a0}",
];
const FILLER: &[&str] = &[
    " ", "  ", "a", "word", "O", "s", "90", ".", ",", ":", "!", "?", "—", "(", ")", "\n", "\r\n",
    "\n\n", "\r\n\r\n", "\t", "é", "Ж", "中文", "😀", "\u{2028}", "\u{200b}", "said", "n",
];

/// Quote-mark soup: marks and filler in any order.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(MARKS).prop_map(str::to_owned),
        4 => proptest::sample::select(FILLER).prop_map(str::to_owned),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// Apostrophe runs between words.
fn apostrophes() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(&["'", "’", "‘", "''", "'''", "''''"][..]).prop_map(str::to_owned),
        proptest::sample::select(&["Jones", "s", "90s", "n", "tis", " ", "\n\n", "em"][..])
            .prop_map(str::to_owned),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

/// Sentences with quotations, paragraphs and mixed scripts, some marks missing.
fn news() -> impl Strategy<Value = String> {
    let para = (
        proptest::sample::select(&["“", "\"", "''", "‘", "«", "„", ""][..]),
        proptest::sample::select(&["We won", "Мы победили", "我们赢了", "It's the '90s"][..]),
        proptest::sample::select(&[",”", ",\"", ",''", ",’", " »", "“", ""][..]),
        proptest::sample::select(&[" he said.", " dijo ella.", "", " — 他说。"][..]),
        proptest::sample::select(&["\n\n", "\r\n", "\n", "\r\n\r\n"][..]),
    )
        .prop_map(|(a, b, c, d, e)| format!("{a}{b}{c}{d}{e}"));
    proptest::collection::vec(para, 0..12).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), soup(), apostrophes(), news()]
}

fn on_boundaries(text: &str, s: Span) -> bool {
    s.start <= s.end && s.end <= text.len() && text.get(s.range()).is_some()
}

fn check(text: &str, s: &Scan<'_>) -> Result<(), TestCaseError> {
    let qs = s.quotations();
    for (i, q) in qs.iter().enumerate() {
        prop_assert!(on_boundaries(text, q.span()), "{q:?}");
        prop_assert_eq!(&text[q.span()], q.as_str());
        prop_assert!(q.pieces().len() >= 1);
        let mut last_end = q.span().start;
        for p in q.pieces() {
            prop_assert!(on_boundaries(text, p.span()));
            prop_assert_eq!(&text[p.span()], p.as_str());
            prop_assert!(!p.as_str().is_empty());
            prop_assert!(q.span().contains(p.span()), "{:?} not in {:?}", p, q);
            prop_assert!(p.start() >= last_end, "pieces out of order");
            last_end = p.end();
        }
        prop_assert!(q.span().contains(q.content().span()));
        if let Some(pi) = q.parent() {
            prop_assert!(pi < i);
            prop_assert!(qs[pi].span().contains(q.span()));
        }
        if i > 0 {
            let prev = &qs[i - 1];
            prop_assert!(prev.span().start <= q.span().start, "not sorted");
        }
    }
    // Nested or disjoint, never crossing.
    for (i, a) in qs.iter().enumerate() {
        for b in &qs[i + 1..] {
            let (a, b) = (a.span(), b.span());
            prop_assert!(
                a.contains(b) || b.contains(a) || !a.overlaps(b),
                "{:?} crosses {:?}",
                a,
                b
            );
        }
    }
    for &m in s.unpaired_marks().iter().chain(s.left_open()) {
        prop_assert!(on_boundaries(text, m));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn scanner_invariants(text in any_text()) {
        let s = scan(&text);
        check(&text, &s)?;
    }

    #[test]
    fn prefix_shifts_every_span(prefix in any_text(), text in any_text()) {
        // A blank line, a paragraph without marks, and a blank line: nothing in the prefix can
        // merge with or continue into the text.
        let prefix = format!("{prefix}\n\nBarrier.\n\n");
        let whole = format!("{prefix}{text}");
        let alone = scan(&text);
        let both = scan(&whole);
        check(&whole, &both)?;
        let n = prefix.len();
        let first = both.quotations().iter().position(|q| q.span().start >= n).unwrap_or(both.quotations().len());
        let tail = &both.quotations()[first..];
        prop_assert_eq!(tail.len(), alone.quotations().len());
        for (a, b) in alone.quotations().iter().zip(tail) {
            prop_assert_eq!(a.span().shift(n), b.span());
            let pa: Vec<Span> = a.pieces().map(|p| p.span().shift(n)).collect();
            let pb: Vec<Span> = b.pieces().map(|p| p.span()).collect();
            prop_assert_eq!(pa, pb);
            prop_assert_eq!(a.kind(), b.kind());
            prop_assert_eq!(a.style(), b.style());
            prop_assert_eq!(a.parent().map(|p| p + first), b.parent());
        }
        let shifted: Vec<Span> = alone.unpaired_marks().iter().map(|m| m.shift(n)).collect();
        let tail_marks: Vec<Span> = both.unpaired_marks().iter().copied().filter(|m| m.start >= n).collect();
        prop_assert_eq!(shifted, tail_marks);
    }
}
