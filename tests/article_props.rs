//! Property tests of the whole article parser: total on any input, spans exact.

use proptest::prelude::*;

/// Text built from pieces that stress every layer: quote marks, apostrophes, line breaks,
/// dashes and datelines, bylines and credits, mixed scripts.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("«".to_owned()),
        Just("»".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n\r\n".to_owned()),
        Just(" — ".to_owned()),
        Just(" said ".to_owned()),
        Just("By JANE DOE and John Smith, Associated Press\n".to_owned()),
        Just("SEOUL, May 10 (Reuters) - ".to_owned()),
        Just("(With inputs from Reuters)".to_owned()),
        Just("Kim said, according to KCNA.".to_owned()),
        Just("U.S. Sen. ".to_owned()),
        Just(", 30, of Dover, N.H., who was polled, said".to_owned()),
        Just(", ".to_owned()),
        Just("Lee".to_owned()),
        "[a-zA-Z ,.]{0,12}",
        "\\PC{0,4}",
        "[\u{0400}-\u{04ff}\u{4e00}-\u{4e20}\u{0600}-\u{0620} ]{0,5}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let a = copydesk::parse(text);
    for b in a.paragraphs() {
        assert_eq!(
            text.get(b.paragraph.span().range()),
            Some(b.paragraph.as_str())
        );
    }
    for p in a.body() {
        assert_eq!(text.get(p.span().range()), Some(p.as_str()));
    }
    for q in a.quotations() {
        assert_eq!(text.get(q.span().range()), Some(q.as_str()));
        for piece in q.pieces() {
            assert_eq!(text.get(piece.span().range()), Some(piece.as_str()));
            assert!(q.span().contains(piece.span()));
        }
    }
    for d in &a.diagnostics().to_vec() {
        assert_eq!(text.get(d.at.span().range()), Some(d.at.as_str()));
    }
    if let Some(b) = a.byline() {
        assert!(text.get(b.span().range()).is_some());
    }
    if let Some(d) = a.dateline() {
        assert!(text.get(d.span().range()).is_some());
    }
    for c in a.credits() {
        assert!(text.get(c.span().range()).is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_parses_with_exact_spans(text in "\\PC*") {
        check(&text);
    }

    #[test]
    fn newsy_strings_parse_with_exact_spans(text in newsy()) {
        check(&text);
    }

    #[test]
    fn a_prefix_shifts_quotations(text in newsy()) {
        let prefix = "Prefix paragraph here.\n\n";
        let shifted = format!("{prefix}{text}");
        let a: Vec<_> = copydesk::parse(&text).quotations().iter().map(|q| q.span()).collect();
        let b: Vec<_> = copydesk::parse(&shifted).quotations().iter().map(|q| q.span().start - prefix.len()).collect();
        prop_assert_eq!(a.iter().map(|s| s.start).collect::<Vec<_>>(), b);
    }
}

#[test]
fn binary_looking_and_huge_inputs_do_not_panic() {
    let bin: String = (0u8..=127).map(char::from).cycle().take(10_000).collect();
    check(&bin);
    let huge = "“Quote,” he said. ".repeat(20_000);
    check(&huge);
    check("");
    check("\u{feff}\u{200b}\u{2028}\u{2029}\r\r\n");
}
