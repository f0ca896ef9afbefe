//! Tests of quotation scanning.

use super::*;

fn contents(text: &str) -> Vec<&str> {
    quotations(text)
        .iter()
        .map(|q| q.content().as_str())
        .collect()
}

fn marks<'a>(text: &'a str, s: &Scan<'_>) -> Vec<&'a str> {
    s.unpaired_marks().iter().map(|&m| &text[m]).collect()
}

/// The text with no quotation and no unpaired mark.
fn clean(text: &str) {
    let s = scan(text);
    assert!(s.quotations().is_empty(), "{text:?}: {:?}", s.quotations());
    assert!(
        s.unpaired_marks().is_empty(),
        "{text:?}: {:?}",
        marks(text, &s)
    );
}

#[test]
fn elisions_and_years() {
    assert!(is_elision("tis the season"));
    assert!(is_elision("n' roll"));
    assert!(is_elision("Em all"));
    assert!(is_elision("90s"));
    assert!(is_elision("16 race"));
    assert!(!is_elision("1990 was"));
    assert!(!is_elision("2 people"));
    assert!(!is_elision("hello"));
    assert!(!is_elision("tissue"));
}

#[test]
fn every_mark_style() {
    let cases: &[(&str, MarkStyle)] = &[
        ("He said “yes” then.", MarkStyle::CurlyDouble),
        ("He said ‘yes’ then.", MarkStyle::CurlySingle),
        ("He said \"yes\" then.", MarkStyle::StraightDouble),
        ("He said 'yes' then.", MarkStyle::StraightSingle),
        ("Er sagte „yes“ dann.", MarkStyle::LowDouble),
        ("On powiedział „yes” wtedy.", MarkStyle::LowDouble),
        ("Er sagte ‚yes‘ dann.", MarkStyle::LowSingle),
        ("Il a dit «yes» alors.", MarkStyle::Guillemets),
        ("Il a dit « yes » alors.", MarkStyle::Guillemets),
        ("Il a dit «\u{a0}yes\u{a0}» alors.", MarkStyle::Guillemets),
        (
            "Il a dit «\u{202f}yes\u{202f}» alors.",
            MarkStyle::Guillemets,
        ),
        ("Er sagte »yes« dann.", MarkStyle::Guillemets),
        ("Il a dit ‹yes› alors.", MarkStyle::SingleGuillemets),
        ("Er sagte ›yes‹ dann.", MarkStyle::SingleGuillemets),
        ("彼は「yes」と言った。", MarkStyle::CornerBrackets),
        ("彼は『yes』と言った。", MarkStyle::WhiteCornerBrackets),
        ("He said ``yes'' then.", MarkStyle::Backticks),
        ("He said ''yes'' then.", MarkStyle::DoubleApostrophes),
    ];
    for &(text, style) in cases {
        let s = scan(text);
        let qs = s.quotations();
        assert_eq!(qs.len(), 1, "{text:?}: {qs:?}");
        assert_eq!(qs[0].content().as_str(), "yes", "{text:?}");
        assert_eq!(qs[0].style(), style, "{text:?}");
        assert!(qs[0].is_closed(), "{text:?}");
        assert!(s.unpaired_marks().is_empty(), "{text:?}");
        assert_eq!(&text[qs[0].span()], qs[0].as_str());
    }
}

#[test]
fn directed_marks_nest_in_themselves() {
    assert_eq!(contents("Il dit «a «b» c» ici."), ["a «b» c", "b"]);
    assert_eq!(contents("彼は「a「b」c」と。"), ["a「b」c", "b"]);
}

#[test]
fn nyt_double_apostrophes_at_both_ends() {
    let text = "''We will win,'' Mr. Obama said. ''But it will be hard.''";
    assert_eq!(contents(text), ["We will win,", "But it will be hard."]);
    let text = "He called it ''a disgrace,'' and left; it was Mr. O'Neill's call.";
    assert_eq!(contents(text), ["a disgrace,"]);
}

#[test]
fn apostrophes_are_not_marks() {
    for text in [
        "North Korea defended Russia‘s war.",
        "The countries’ military ties grew.",
        "It is the Joneses' house.",
        "Music of the '90s and the ’80s was loud.",
        "He loved rock 'n' roll and rock ’n’ roll.",
        "Mr. O'Brien and O’Neill met.",
        "Yes, ma'am, y'all can go.",
        "’Tis the season, and 'twas the night.",
        "Let 'em go, 'cause they won in '16.",
        "The boss' car and the bosses’ cars.",
        "Don't, won't, can’t, it’s.",
    ] {
        clean(text);
    }
}

#[test]
fn apostrophes_inside_quotations_do_not_break_them() {
    let text = "‘It’s the countries’ problem, not O'Brien’s,’ he said of the ’90s.";
    assert_eq!(
        contents(text),
        ["It’s the countries’ problem, not O'Brien’s,"]
    );
    let text = "'The Joneses' house is big,' she said.";
    assert_eq!(contents(text), ["The Joneses' house is big,"]);
    let text = "“We loved rock 'n' roll in the '60s,” he said.";
    assert_eq!(contents(text), ["We loved rock 'n' roll in the '60s,"]);
    let s = scan(text);
    assert!(s.unpaired_marks().is_empty());
}

#[test]
fn weak_single_closer_still_closes_a_fragment() {
    let text = "He called it ‘cheap’ and ‘the worst’ deal.";
    assert_eq!(contents(text), ["cheap", "the worst"]);
}

#[test]
fn nesting_sets_the_parent() {
    let text = "“He called it ‘cheap’ politics,” she said. “I ‘agree’.”";
    let qs = quotations(text);
    let got: Vec<_> = qs
        .iter()
        .map(|q| (q.content().as_str(), q.parent()))
        .collect();
    assert_eq!(
        got,
        [
            ("He called it ‘cheap’ politics,", None),
            ("cheap", Some(0)),
            ("I ‘agree’.", None),
            ("agree", Some(2)),
        ]
    );
    assert!(qs[0].span().contains(qs[1].span()));
    // British style: double inside single.
    let text = "‘He called it “cheap” politics,’ she said.";
    let qs = quotations(text);
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[1].content().as_str(), "cheap");
    assert_eq!(qs[1].parent(), Some(0));
    // Straight marks, and a closing single right before the closing double.
    let text = "\"He said 'no way,'\" she recalled.";
    assert_eq!(contents(text), ["He said 'no way,'", "no way,"]);
    let text = "''He said, 'No.''' she recalled.";
    assert_eq!(contents(text), ["He said, 'No.'", "No."]);
}

#[test]
fn single_pair_opens_only_where_it_can_be_a_mark() {
    // The ’ in countries’ cannot open; the quotation is the one around “said”.
    let text = "The countries’ leaders ‘said’ so.";
    assert_eq!(contents(text), ["said"]);
    // A single mark before a space does not open.
    clean("He wrote ' and then left.");
}

#[test]
fn multi_paragraph_news_style() {
    let text =
        "He said: “We will fight.\n\n“We will win.\n\n“We will never give up,” he added.\n\nNext.";
    let s = scan(text);
    let qs = s.quotations();
    assert_eq!(qs.len(), 1);
    let q = &qs[0];
    let pieces: Vec<_> = q.pieces().map(|p| p.as_str()).collect();
    assert_eq!(
        pieces,
        ["We will fight.", "We will win.", "We will never give up,"]
    );
    assert!(q.is_multi_paragraph() && q.is_closed());
    assert_eq!(q.span().start, text.find('“').unwrap());
    assert_eq!(&text[q.span().end - 3..q.span().end], "”");
    assert_eq!(q.kind(), QuoteKind::Full);
    assert!(s.unpaired_marks().is_empty() && s.left_open().is_empty());
    // Straight and NYT marks, with \r\n.
    let text = "\"One.\r\n\r\n\"Two,\" he said.";
    let q = &quotations(text)[0];
    assert_eq!(
        q.pieces().map(|p| p.as_str()).collect::<Vec<_>>(),
        ["One.", "Two,"]
    );
    let text = "''One.\n\n''Two,'' he said.";
    assert_eq!(quotations(text)[0].pieces().len(), 2);
}

#[test]
fn open_quotation_not_followed_by_an_opening_paragraph_ends_with_its_paragraph() {
    let text = "He said: “We will fight.\n\nThen he left, calling it “hard.”";
    let s = scan(text);
    let qs = s.quotations();
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].content().as_str(), "We will fight.");
    assert!(!qs[0].is_closed());
    assert_eq!(s.left_open(), [qs[0].span()]);
    assert_eq!(qs[1].content().as_str(), "hard.");
    assert!(qs[1].is_closed());
}

#[test]
fn a_stray_mark_never_swallows_the_article() {
    let text =
        "A stray ” here and “there.\n\nThen “one” and “two” and ‘three’.\n\n”\n\n“Four,” he said.";
    let s = scan(text);
    let got: Vec<_> = s
        .quotations()
        .iter()
        .map(|q| q.content().as_str())
        .collect();
    assert_eq!(got, ["there.", "one", "two", "three", "Four,"]);
    assert_eq!(marks(text, &s), ["”", "”"]);
    // Every quotation stays inside one paragraph.
    for q in s.quotations() {
        assert!(!q.as_str().contains('\n'), "{q:?}");
    }
}

#[test]
fn straight_quote_with_odd_count_pairs_by_side_evidence() {
    let text = "He said \"hello to them. Then \"goodbye\" she said.";
    let s = scan(text);
    let got: Vec<_> = s
        .quotations()
        .iter()
        .map(|q| q.content().as_str())
        .collect();
    assert_eq!(got, ["goodbye"]);
    assert_eq!(s.unpaired_marks(), [Span::new(8, 9)]);
    let text = "\"Yes,\" he said\" and \"no\" she said.";
    assert_eq!(contents(text), ["Yes,", "no"]);
    // Closing mark with no space after it, before the next word.
    let text = "\"Go.\"Then he left.";
    assert_eq!(contents(text), ["Go."]);
}

#[test]
fn lost_paragraph_breaks_end_an_open_quotation_at_its_sentence() {
    // `"A.\n\n"B."` flattened into one paragraph.
    let text = "He said: \"We will fight. \"We will win.\" Then he left.";
    let s = scan(text);
    let got: Vec<_> = s
        .quotations()
        .iter()
        .map(|q| (q.content().as_str(), q.is_closed()))
        .collect();
    assert_eq!(got, [("We will fight.", false), ("We will win.", true)]);
    assert!(s.unpaired_marks().is_empty());
    assert_eq!(s.left_open(), [Span::new(9, 24)]);
}

#[test]
fn markup_attributes_are_not_quotations() {
    let text = "<tweet id=\"123\" author=\"@x\"/> He said \"yes\".";
    let s = scan(text);
    assert_eq!(contents(text), ["yes"]);
    assert!(s.unpaired_marks().is_empty());
}

#[test]
fn mixed_and_mistyped_curly_marks() {
    assert_eq!(contents("He said “yes\" then."), ["yes"]);
    assert_eq!(contents("He said \"yes” then."), ["yes"]);
    assert_eq!(contents("“We won. “ he said."), ["We won."]);
    assert_eq!(contents("” … he delivered,” it said."), ["… he delivered,"]);
}

#[test]
fn kinds() {
    let full = [
        "“We won,” he said.",
        "He said: “We won.”",
        "He said, “We won the vote.”",
        "It ended. “We won,” he said.",
        "Crowds chanted “You lie!” at him.",
        "He said “it’s never a fair trade with them.”",
    ];
    for text in full {
        assert_eq!(quotations(text)[0].kind(), QuoteKind::Full, "{text:?}");
    }
    let partial = [
        "He called it a “brother nation”.",
        "It showed the “highest level of friendship” between them.",
        "He will “consolidate the alliance”, it said.",
        "He called it “a disgrace.”",
        "He called her “Crooked Hillary,” again.",
    ];
    for text in partial {
        assert_eq!(quotations(text)[0].kind(), QuoteKind::Partial, "{text:?}");
    }
}

#[test]
fn depth_is_bounded() {
    let text = "“a ‘b “c ‘d “e ‘f “g ‘h “i’ j” k";
    let s = scan(text);
    assert!(s.quotations().len() <= MAX_DEPTH + 1);
    for q in s.quotations() {
        assert_eq!(&text[q.span()], q.as_str());
    }
}

#[test]
fn many_unmatched_marks_are_reported_not_paired() {
    let text = "\" ".repeat(10_001);
    let s = scan(&text);
    assert!(s.quotations().is_empty());
    let text = "“".repeat(1000) + " x";
    let s = scan(&text);
    assert!(s.quotations().len() <= 1);
    assert!(s.unpaired_marks().len() >= 990);
    clean(&"'".repeat(100_001));
}

#[test]
fn empty_and_odd_inputs() {
    clean("");
    clean("\n\n \r\n");
    assert!(quotations("“”").is_empty());
    assert!(quotations("\"").is_empty());
    let _ = scan("\u{0}“\u{feff}”\u{ffff}'\u{2028}\"");
}

/// The mark tests as they were written, as searches of a string of marks.
#[test]
fn mark_sides_match_their_lists() {
    for c in (0..0x3100u32).filter_map(char::from_u32) {
        let opens = c.is_whitespace() || "([{<—–‐-/“‘„‚‟«‹「『\"'`".contains(c);
        let closes = c.is_whitespace() || ".,;:!?)]}>…—–‐-/”’»›」』\"'*".contains(c);
        assert_eq!(opens_after(Some(c)), opens, "{c:?}");
        assert_eq!(closes_before(Some(c)), closes, "{c:?}");
    }
}

use proptest::strategy::Strategy as _;

fn mark_tokens<const FAST: bool>(text: &str) -> Vec<(usize, usize, Act, bool)> {
    let mut toks = Vec::new();
    let mut out = Vec::new();
    for p in crate::text::paragraphs(text) {
        tokenize_with::<FAST>(text, p.span(), &mut toks);
        out.extend(toks.iter().map(|t| (t.start, t.len, t.act, t.later_strong)));
    }
    out
}

proptest::proptest! {
    /// Passing over an apostrophe between two ASCII letters or digits early gives the marks a
    /// full reading of every mark gives: texts dense in apostrophes next to letters, digits,
    /// spaces, other marks and non-ASCII letters, at paragraph edges.
    #[test]
    fn in_word_apostrophes_read_as_the_full_reading_does(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec![
                    "'", "''", "\"", "’", "‘", "“", "”", " ", "\n", "é", "'n'", "'90s", "=\"",
                ]).prop_map(str::to_string),
                "[a-zA-Z0-9]{1,4}",
            ],
            0..24,
        ),
    ) {
        let text = parts.concat();
        proptest::prop_assert_eq!(mark_tokens::<true>(&text), mark_tokens::<false>(&text));
    }
}
