//! Datelines: every style of issue 4, the negatives, and invariants under proptest.

use copydesk::Dateline;
use copydesk::error::Reason;
use proptest::prelude::*;

fn parse(input: &str) -> Dateline<'_> {
    let d = Dateline::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
    assert_spans(input, &d);
    d
}

fn assert_spans(input: &str, d: &Dateline<'_>) {
    assert_eq!(&input[d.span()], d.as_str());
    assert!(input.starts_with(d.as_str()) || input.trim_start().starts_with(d.as_str()));
    for s in d
        .places()
        .iter()
        .chain(d.location().as_ref())
        .chain(d.agency_text().as_ref())
        .chain(d.feed().as_ref())
    {
        assert_eq!(&input[s.span()], s.as_str());
        assert!(s.end() <= d.span().end);
    }
    if let Some(s) = d.separator() {
        assert_eq!(&input[s.span()], s.as_str());
        assert!(
            s.end() <= d.span().end || (s.start() == d.span().end && s.as_str().trim().is_empty())
        );
    }
    if let Some(x) = d.date() {
        assert_eq!(&input[x.span()], x.as_str());
    }
    assert!(d.body_start() >= d.span().end && d.body_start() <= input.len());
    assert!(input.is_char_boundary(d.body_start()));
}

/// (dateline, location, agency as printed, canonical agency, date)
fn check(
    input: &str,
    dl: &str,
    loc: Option<&str>,
    agency: Option<&str>,
    canon: Option<&str>,
    date: Option<&str>,
) {
    let d = parse(input);
    assert_eq!(d.as_str(), dl, "{input}");
    assert_eq!(d.location().map(|l| l.as_str()), loc, "{input}");
    assert_eq!(d.agency_text().map(|a| a.as_str()), agency, "{input}");
    assert_eq!(d.agency().map(|a| a.name()), canon, "{input}");
    assert_eq!(d.date().map(|x| x.as_str()), date, "{input}");
}

#[test]
fn us_wire() {
    check(
        "SEOUL, South Korea (AP) — North Korea fired",
        "SEOUL, South Korea (AP) —",
        Some("SEOUL, South Korea"),
        Some("AP"),
        Some("Associated Press"),
        None,
    );
    check(
        "RENO, Nev. (AP) — Trump says",
        "RENO, Nev. (AP) —",
        Some("RENO, Nev."),
        Some("AP"),
        Some("Associated Press"),
        None,
    );
    check(
        "COLUMBIA, S.C. -- Nora Pruitt found",
        "COLUMBIA, S.C. --",
        Some("COLUMBIA, S.C."),
        None,
        None,
        None,
    );
    check(
        "ST. PAUL — The Olsen campaign",
        "ST. PAUL —",
        Some("ST. PAUL"),
        None,
        None,
        None,
    );
}

#[test]
fn reuters_and_old_wire() {
    check(
        "LONDON, May 10 (Reuters) - Stocks fell",
        "LONDON, May 10 (Reuters) -",
        Some("LONDON"),
        Some("Reuters"),
        Some("Reuters"),
        Some("May 10"),
    );
    check(
        "CAIRO, Dec 11 (AFP) -- Two of the",
        "CAIRO, Dec 11 (AFP) --",
        Some("CAIRO"),
        Some("AFP"),
        Some("Agence France-Presse"),
        Some("Dec 11"),
    );
    check(
        "SEOUL, Aug. 14 (Yonhap) -- South Korean",
        "SEOUL, Aug. 14 (Yonhap) --",
        Some("SEOUL"),
        Some("Yonhap"),
        Some("Yonhap"),
        Some("Aug. 14"),
    );
    check(
        "WASHINGTON, Sept. 23 - The",
        "WASHINGTON, Sept. 23 -",
        Some("WASHINGTON"),
        None,
        None,
        Some("Sept. 23"),
    );
    check(
        "NEW YORK, Narch 2 - Shares",
        "NEW YORK, Narch 2 -",
        Some("NEW YORK"),
        None,
        None,
        Some("Narch 2"),
    );
    check(
        "SAN MATEO, Calif., June 8 - Harlow",
        "SAN MATEO, Calif., June 8 -",
        Some("SAN MATEO, Calif."),
        None,
        None,
        Some("June 8"),
    );
    let d = parse("WASHINGTON/NEW YORK (Reuters) - Talks");
    let p: Vec<_> = d.places().iter().map(|p| p.as_str()).collect();
    assert_eq!(p, ["WASHINGTON", "NEW YORK"]);
    check(
        "(Reuters) - U.S. President",
        "(Reuters) -",
        None,
        Some("Reuters"),
        Some("Reuters"),
        None,
    );
    check(
        "Oct 14 (Reuters) - U.S. Republican",
        "Oct 14 (Reuters) -",
        None,
        Some("Reuters"),
        Some("Reuters"),
        Some("Oct 14"),
    );
    let d = parse("SEOUL, Aug. 14 (Yonhap) -- x");
    assert_eq!(
        (d.date().unwrap().month(), d.date().unwrap().day()),
        (Some(8), Some(14))
    );
    assert_eq!(parse("NEW YORK, Narch 2 - S").date().unwrap().month(), None);
}

#[test]
fn indian_styles() {
    check(
        "NEW DELHI: The court",
        "NEW DELHI:",
        Some("NEW DELHI"),
        None,
        None,
        None,
    );
    check(
        "Mumbai, March 3 (PTI) Shares fell",
        "Mumbai, March 3 (PTI)",
        Some("Mumbai"),
        Some("PTI"),
        Some("Press Trust of India"),
        Some("March 3"),
    );
    check(
        "New Delhi [India], May 10 (ANI): The",
        "New Delhi [India], May 10 (ANI):",
        Some("New Delhi [India]"),
        Some("ANI"),
        Some("Asian News International"),
        Some("May 10"),
    );
    check(
        "Patiala, April 27\nThe Patiala Health",
        "Patiala, April 27",
        Some("Patiala"),
        None,
        None,
        Some("April 27"),
    );
    check(
        "DUMKA (JHARKHAND), 9 Oct: The",
        "DUMKA (JHARKHAND), 9 Oct:",
        Some("DUMKA (JHARKHAND)"),
        None,
        None,
        Some("9 Oct"),
    );
    check(
        "Bhopal: BJP state president",
        "Bhopal:",
        Some("Bhopal"),
        None,
        None,
        None,
    );
}

#[test]
fn uk_asian_cnn_and_feeds() {
    check(
        "SINGAPORE — Prices rose",
        "SINGAPORE —",
        Some("SINGAPORE"),
        None,
        None,
        None,
    );
    check(
        "KUALA LUMPUR : Malaysia",
        "KUALA LUMPUR :",
        Some("KUALA LUMPUR"),
        None,
        None,
        None,
    );
    let d = parse("(CNN) In her latest memoir");
    assert_eq!(d.as_str(), "(CNN)");
    assert_eq!(d.separator().unwrap().as_str(), " ");
    assert_eq!(d.agency_text().unwrap().as_str(), "CNN");
    assert_eq!(
        &"(CNN) In her latest memoir"[d.body_start()..],
        "In her latest memoir"
    );
    check(
        "(CNN) -- Ebola virus",
        "(CNN) --",
        None,
        Some("CNN"),
        None,
        None,
    );
    check(
        "Beirut (CNN) -- Syria",
        "Beirut (CNN) --",
        Some("Beirut"),
        Some("CNN"),
        None,
        None,
    );
    check(
        "Canadian Press - BRANDON (CP) - Manitoba",
        "Canadian Press - BRANDON (CP) -",
        Some("BRANDON"),
        Some("CP"),
        Some("The Canadian Press"),
        None,
    );
    check(
        "WASHINGTON () - The top Democrat",
        "WASHINGTON () -",
        Some("WASHINGTON"),
        None,
        None,
        None,
    );
    check(
        "LONDON, (Reuters) - Two",
        "LONDON, (Reuters) -",
        Some("LONDON"),
        Some("Reuters"),
        Some("Reuters"),
        None,
    );
    check(
        "Athens, Greece (Sports Network) - Sam",
        "Athens, Greece (Sports Network) -",
        Some("Athens, Greece"),
        Some("Sports Network"),
        None,
        None,
    );
    check(
        "Houston, Texas- - Houston head",
        "Houston, Texas- -",
        Some("Houston, Texas"),
        None,
        None,
        None,
    );
}

#[test]
fn competition_tags_are_not_agencies() {
    let d = parse("LA CORUNA, November 3 (Champions League) - Deportivo");
    assert_eq!(d.as_str(), "LA CORUNA, November 3 (Champions League) -");
    assert!(d.agency_text().is_none());
}

#[test]
fn separators() {
    for (input, sep) in [
        ("A, B (AP) — x", None),
        ("BOSTON - New", Some("-")),
        ("ATLANTA -- Testimony", Some("--")),
        ("PARIS – Bells", Some("–")),
        ("DENVER — Craig", Some("—")),
        ("MADRID: Marat", Some(":")),
        ("DUBAI // The", Some("//")),
    ] {
        if let Some(sep) = sep {
            assert_eq!(parse(input).separator().unwrap().as_str(), sep, "{input}");
        }
    }
}

#[test]
fn negatives() {
    for input in [
        "NATO -- through its press office on Friday -- denied the report",
        "FILE - In this Monday, March 4, 2019, file photo, Governor",
        "The survey, released Monday, also finds most parents -- 64 percent -- believe",
        "Leeds Rovers criticized fans who invaded the pitch",
        "Description: A wave of retail closures",
        "The Issue: Harbor bridge was closed",
        "June Shipping Data: Low fare carrier AirVista",
        "Galaxy Studio Universe’s Sentinels: Endless Night hit the big screen",
        "North Korea’s leader Kim Jong Un defended the country’s role",
    ] {
        let e = Dateline::parse(input).unwrap_err();
        assert!(matches!(e.reason(), Reason::NoDateline(_)), "{input}: {e}");
    }
    assert_eq!(Dateline::parse("").unwrap_err().reason(), &Reason::Empty);
}

#[test]
fn detected_in_the_article_and_body_follows() {
    let text =
        "Headline here\nBy Jane Doe\n\nLONDON (Reuters) - Stocks fell on Monday.\n\nMore text.";
    let a = copydesk::parse(text);
    let d = a.dateline().expect("dateline");
    assert_eq!(d.as_str(), "LONDON (Reuters) -");
    assert_eq!(&text[d.body_start()..d.body_start() + 6], "Stocks");
}

#[test]
fn the_seed_article_has_no_dateline() {
    let text = include_str!("../data/kcna-kursk.txt");
    assert!(copydesk::parse(text).dateline().is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_spans_slice_back(s in "\\PC{0,160}") {
        if let Ok(d) = Dateline::parse(&s) {
            assert_spans(&s, &d);
        }
    }

    #[test]
    fn datelineish_inputs_slice_back(
        city in "[A-Z]{2,9}( [A-Z]{2,8})?|[A-Z][a-z]{2,9}",
        region in "(|, [A-Z][a-z]{2,8}|, [A-Z][a-z]\\.)",
        date in "(|, (March|Sept\\.|Feb) [0-9]{1,2}|, [0-9]{1,2} Aug)",
        agency in "(| \\((Reuters|AP|CNN|PTI|)\\))",
        sep in "(| -| —| --|:| //)",
        body in "( The story\\.| the story| “Quote”|\nNext)",
    ) {
        let s = format!("{city}{region}{date}{agency}{sep}{body}");
        if let Ok(d) = Dateline::parse(&s) {
            assert_spans(&s, &d);
        }
    }
}

#[test]
fn a_speaker_label_in_an_opening_line_is_no_dateline() {
    // `Name: statement` in title case is a label: the article's dateline is the real one.
    let text = "Sanders: Clinton needs to stop the personality stuff with Trump and his allies.\n\n\
                WASHINGTON - Bernie Sanders said on Sunday that the race was close.";
    let article = copydesk::parse(text);
    let d = article.dateline().expect("dateline");
    assert_eq!(d.as_str(), "WASHINGTON -");
    // An all-capitals or known place with a colon still reads as one.
    for (text, place) in [
        (
            "SEOUL: North Korea fired two missiles into the sea on Sunday, officials said.",
            "SEOUL",
        ),
        (
            "Seoul: North Korea fired two missiles into the sea on Sunday, officials said.",
            "Seoul",
        ),
    ] {
        let article = copydesk::parse(text);
        let d = article.dateline().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.location().map(|l| l.as_str()), Some(place), "{text}");
    }
}

#[test]
fn run_in_dashes_nested_qualifiers_ordinals_and_wires_after_a_comma() {
    let d = parse("DENVER—The governor signed it.");
    assert_eq!(d.as_str(), "DENVER—");
    let d = parse("Shillong (Meghalaya) [India], Aug 9 (ANI): The assembly met.");
    assert_eq!(d.as_str(), "Shillong (Meghalaya) [India], Aug 9 (ANI):");
    assert_eq!(
        d.location().unwrap().as_str(),
        "Shillong (Meghalaya) [India]"
    );
    let d = parse("DUBAI, 2nd June, 2024 (WAM) -- The council met.");
    assert_eq!(d.date().unwrap().as_str(), "2nd June, 2024");
    assert_eq!(d.date().unwrap().day(), Some(2));
    let d = parse("MELBOURNE, AAP - The premier resigned.");
    assert_eq!(d.location().unwrap().as_str(), "MELBOURNE");
    assert_eq!(d.agency().unwrap().short_name(), "AAP");
    // A dash run into a word after a title-case word is not a dateline.
    assert!(Dateline::parse("Self—Portrait of an artist").is_err());
}

#[test]
fn labels_are_not_places() {
    for input in [
        "Writer: Tanvir Ahmed",
        "Starring: Ama Ata, Kofi Boateng",
        "Duration: 95 minutes",
        "Pakistan Vs England: Match Report",
        "Explained: What the new rule means for you",
        "(With inputs from PTI)",
    ] {
        assert!(Dateline::parse(input).is_err(), "{input}");
    }
    // A place the lexicon does not know opens running text; a known one may open anything.
    assert_eq!(
        parse("Sambalpur: Two students were injured.").as_str(),
        "Sambalpur:"
    );
    assert_eq!(parse("Lucknow: Yogi Adityanath").as_str(), "Lucknow:");
}
