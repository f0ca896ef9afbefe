//! Unit tests.

use super::*;

/// Every credit line a test names that the parser accepts without sign-off rules must pass
/// the article detector's prefilter, or the detector would miss it mid-story.
fn check_prefilter(s: &str) {
    let opts = Options {
        signoffs: false,
        weak_signoffs: false,
    };
    if Credit::parse_with(s, Span::new(0, s.len()), opts).is_ok() {
        assert!(may_hold_credit(s), "the detector's prefilter misses {s:?}");
    }
}

fn kind(s: &str) -> Option<CreditKind> {
    check_prefilter(s);
    Credit::parse(s).ok().map(|c| c.kind())
}

fn agencies(s: &str) -> Vec<String> {
    check_prefilter(s);
    Credit::parse(s)
        .map(|c| c.agencies().map(|a| a.canonical().to_owned()).collect())
        .unwrap_or_default()
}

fn people(s: &str) -> Vec<(String, &'static str, Option<String>)> {
    check_prefilter(s);
    Credit::parse(s)
        .map(|c| {
            c.contributors()
                .map(|p| {
                    (
                        p.name().as_str().to_owned(),
                        p.role().as_str(),
                        p.location().map(|l| l.as_str().to_owned()),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn reason(s: &str) -> Reason {
    Credit::parse(s).unwrap_err().reason().clone()
}

#[test]
fn inputs_shapes() {
    assert_eq!(kind("(With inputs from Reuters)"), Some(CreditKind::Inputs));
    assert_eq!(agencies("(With inputs from Reuters)"), ["Reuters"]);
    assert_eq!(
        agencies("(With inputs from PTI, ANI)"),
        ["Press Trust of India", "Asian News International"]
    );
    assert_eq!(kind("With agency inputs"), Some(CreditKind::Inputs));
    assert!(agencies("With agency inputs").is_empty());
    assert_eq!(
        kind("(With inputs from agencies)"),
        Some(CreditKind::Inputs)
    );
    assert!(agencies("(With inputs from agencies)").is_empty());
    assert_eq!(
        agencies("— With inputs from IANS"),
        ["Indo-Asian News Service"]
    );
    assert_eq!(agencies("(With PTI Inputs)"), ["Press Trust of India"]);
    assert_eq!(
        agencies("(With inputs from ANI/IANS/Reuters)"),
        [
            "Asian News International",
            "Indo-Asian News Service",
            "Reuters"
        ]
    );
    assert_eq!(agencies("(With inputs from TNN)"), ["TNN"]);
}

#[test]
fn inputs_negatives() {
    assert!(Credit::parse("Following inputs from police sources that the three witnesses could be threatened, the court moved the trial.").is_err());
    assert!(
        Credit::parse(
            "The mixer offers four separate audio inputs, two MIDI inputs and a headphone port."
        )
        .is_err()
    );
}

#[test]
fn reporting_footer_roles_locations() {
    let s = "(Reporting by Hyonhee Shin in Seoul and Jane Doe in Tokyo; Additional reporting by Xi Li; Writing by Yu Wang; Editing by Zoe Park and Will Hunt)";
    assert_eq!(kind(s), Some(CreditKind::ReportingFooter));
    let ps = people(s);
    let expect = [
        ("Hyonhee Shin", "reporting", Some("Seoul")),
        ("Jane Doe", "reporting", Some("Tokyo")),
        ("Xi Li", "additional reporting", None),
        ("Yu Wang", "writing", None),
        ("Zoe Park", "editing", None),
        ("Will Hunt", "editing", None),
    ];
    assert_eq!(ps.len(), expect.len());
    for (got, want) in ps.iter().zip(expect) {
        assert_eq!(got.0, want.0);
        assert_eq!(got.1, want.1);
        assert_eq!(got.2.as_deref(), want.2);
    }
}

#[test]
fn location_applies_to_names_before_it() {
    let s = "(Reporting by Ann Lee, Bo Kim and Cy Tan in JAKARTA/SURABAYA, Di Ng in KUALA LUMPUR; Editing by Ed Fox)";
    let ps = people(s);
    let locs: Vec<_> = ps.iter().map(|p| p.2.as_deref()).collect();
    assert_eq!(
        locs,
        [
            Some("JAKARTA/SURABAYA"),
            Some("JAKARTA/SURABAYA"),
            Some("JAKARTA/SURABAYA"),
            Some("KUALA LUMPUR"),
            None
        ]
    );
    let s = "Additional reporting by Maria Olsen in Boston, and Wen Hao in BEIJING";
    assert_eq!(kind(s), Some(CreditKind::ReportingFooter));
    assert_eq!(people(s)[1].2.as_deref(), Some("BEIJING"));
}

#[test]
fn contributor_lines() {
    let s = "Associated Press writers Gary Lindqvist in Gainesville, Fla., and Mike Orton in Spokane, Wash., contributed to this report.";
    let ps = people(s);
    assert_eq!(ps[0].0, "Gary Lindqvist");
    assert_eq!(ps[0].2.as_deref(), Some("Gainesville, Fla."));
    assert_eq!(ps[1].2.as_deref(), Some("Spokane, Wash."));
    assert!(agencies(s).is_empty());

    let c = Credit::parse("NPR political reporter Leah Moss contributed to this report.").unwrap();
    let p = c.contributors().next().unwrap();
    assert_eq!(p.name().as_str(), "Leah Moss");
    assert_eq!(p.affiliation().unwrap().canonical(), "NPR");

    let s = "CNN's Ashley Brandt, Lisa Moreno and Paul Hadley contributed to this report.";
    let c = Credit::parse(s).unwrap();
    assert_eq!(c.contributors().count(), 3);
    assert!(
        c.contributors()
            .all(|p| p.affiliation().unwrap().canonical() == "CNN")
    );

    let s = "Fox News' Dana Pruitt and the Associated Press also contributed to this story.";
    assert_eq!(agencies(s), ["Associated Press"]);
    assert_eq!(people(s).len(), 1);

    let s = "Halvorsen reported from Denver. Associated Press writer Bill Okoro in Memphis and Director of Polling Maria Ruiz also contributed to this report.";
    let ps = people(s);
    assert_eq!(
        ps[0],
        ("Halvorsen".into(), "reporting", Some("Denver".into()))
    );
    assert_eq!(ps[2].0, "Maria Ruiz");

    let s = "Tanabe reported from Beijing, and Rourke from Helena, Mont. Associated Press reporters around the world contributed.";
    let ps = people(s);
    assert_eq!(
        ps[1],
        ("Rourke".into(), "reporting", Some("Helena, Mont.".into()))
    );
    assert_eq!(agencies(s), ["Associated Press"]);

    assert_eq!(
        people("— With assistance from Jane Doe and John Roe.")[1].0,
        "John Roe"
    );
    assert_eq!(kind("Compiled by Jane Doe"), Some(CreditKind::Contributors));
    let s = "Contributing: Ann Lee, USA TODAY; Bob Roe, The Journal News";
    let c = Credit::parse(s).unwrap();
    let affs: Vec<_> = c
        .contributors()
        .map(|p| p.affiliation().unwrap().canonical())
        .collect();
    assert_eq!(affs, ["USA TODAY", "The Journal News"]);
    assert_eq!(
        people("Amanda Tervo contributed research.")[0].1,
        "research"
    );
}

#[test]
fn signoffs() {
    for (s, a) in [
        ("— AFP", "Agence France-Presse"),
        ("-- Reuters", "Reuters"),
        ("(AP)", "Associated Press"),
        ("(PTI)", "Press Trust of India"),
        ("--IANS", "Indo-Asian News Service"),
        ("— TNS", "McClatchy-Tribune"),
        ("REUTER", "Reuters"),
        ("TNN", "TNN"),
        ("He said so. — PTI", "Press Trust of India"),
    ] {
        assert_eq!(kind(s), Some(CreditKind::Signoff), "{s}");
        assert_eq!(agencies(s), [a], "{s}");
    }
    let c = Credit::parse("PTI SUN DP KPS").unwrap();
    assert_eq!(c.parts()[0].desk().len(), 3);
    let c = Credit::parse("SUN DP KPS SDG ABM").unwrap();
    assert_eq!(c.kind(), CreditKind::Signoff);
    assert_eq!(c.parts()[0].desk().len(), 5);
}

#[test]
fn copyright_notices() {
    assert_eq!(agencies("(c) Copyright Thomson Reuters 2024"), ["Reuters"]);
    let s = "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
    assert_eq!(kind(s), Some(CreditKind::Copyright));
    assert_eq!(agencies(s), ["Associated Press"]);
    assert_eq!(Credit::parse(s).unwrap().span(), Span::new(0, s.len()));
    assert_eq!(
        agencies("COPYRIGHT 2014 CREATORS.COM"),
        ["Creators Syndicate"]
    );
    assert_eq!(
        agencies("Copyright 2021 The Economist Newspaper Ltd. All rights reserved."),
        ["The Economist Newspaper Ltd"]
    );
    assert!(Credit::parse("We referred 501(c)(4) applications to TIGTA.").is_err());
}

#[test]
fn syndication_notices() {
    let s = "(Except for the headline, this report has not been edited by NDTV staff and is published from a syndicated feed.)";
    let c = Credit::parse(s).unwrap();
    assert_eq!(c.kind(), CreditKind::Syndication);
    assert_eq!(c.parts()[0].outlet().unwrap().as_str(), "NDTV");
    let s = "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)";
    assert_eq!(
        Credit::parse(s).unwrap().parts()[0]
            .outlet()
            .unwrap()
            .as_str(),
        "Business Standard"
    );
    let s = "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)";
    assert_eq!(
        Credit::parse(s).unwrap().parts()[0]
            .outlet()
            .unwrap()
            .as_str(),
        "FPJ"
    );
    assert_eq!(
        agencies(
            "This article was originally published on The Conversation. Read the original article."
        ),
        ["The Conversation"]
    );
    assert!(
        Credit::parse("A version of this story first appeared in TIME’s climate newsletter.")
            .is_err()
    );
}

#[test]
fn feed_notices_of_other_outlets() {
    for s in [
        "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
        "This is an auto-generated story from a syndicated news feed.",
    ] {
        assert_eq!(kind(s), Some(CreditKind::Syndication), "{s}");
    }
}

#[test]
fn two_credits_in_one_line() {
    let s = "(With inputs from PTI) (Except for the headline, this report has not been edited by NDTV staff and is published from a syndicated feed.)";
    let c = Credit::parse(s).unwrap();
    assert_eq!(c.kind(), CreditKind::Syndication);
    assert_eq!(c.parts().len(), 2);
    assert_eq!(agencies(s), ["Press Trust of India"]);
}

#[test]
fn negatives_have_reasons() {
    assert!(matches!(
        reason("Reuters reported that the talks had stalled."),
        Reason::InStoryMention(_)
    ));
    assert!(matches!(
        reason("The deal was off, according to AFP."),
        Reason::InStoryMention(_)
    ));
    assert!(matches!(
        reason("The plan is dead, he told PTI."),
        Reason::InStoryMention(_)
    ));
    assert_eq!(reason("Photo: AFP"), Reason::PhotoCredit);
    assert_eq!(reason("(Image: Reuters)"), Reason::PhotoCredit);
    assert_eq!(
        reason("CORRECTION: This story has been updated to fix a date."),
        Reason::Correction
    );
    assert_eq!(
        reason("Editor's note: This story was revised on March 9."),
        Reason::EditorsNote
    );
    assert!(Credit::parse("Coach Gambhir (L) at the MCG in Melbourne --(AFP)").is_err());
}

#[test]
fn more_contributor_shapes() {
    let s =
        "Nicholas Fandos contributed reporting from Washington, and Maggie Haberman from New York.";
    let ps = people(s);
    assert_eq!(
        ps[1],
        (
            "Maggie Haberman".into(),
            "contributed",
            Some("New York".into())
        )
    );
    let s = "Reporting was contributed by Mark Mazzetti, Adam Goldman and Eric Schmitt.";
    assert_eq!(people(s).len(), 3);
    let s =
        "Julie Davis contributed reporting from Washington; Kitty Bennett contributed research.";
    assert_eq!(people(s)[1].1, "research");
    let s = "The report has been rewritten in English by Ashish Basu.";
    assert_eq!(people(s)[0], ("Ashish Basu".into(), "writing", None));
    let s =
        "Funds went to Forward PAC.Contributing: Herb Walton, The (Morris County, N.J.) Ledger.";
    assert_eq!(people(s)[0].0, "Herb Walton");
    let c =
        Credit::parse("Andrea Voss and Dave Kimball of The Washington Times contributed.").unwrap();
    assert!(c.contributors().all(|p| p.affiliation().is_some()));
}

#[test]
fn more_agency_shapes() {
    assert_eq!(
        agencies("Material from the Associated Press was used in this report."),
        ["Associated Press"]
    );
    assert_eq!(
        kind("With files from The Canadian Press"),
        Some(CreditKind::Inputs)
    );
    assert_eq!(agencies("Source: Xinhua"), ["Xinhua"]);
    assert!(Credit::parse("Source: company filings").is_err());
    let c = Credit::parse("--IANS ksk/vd").unwrap();
    let desk: Vec<_> = c.parts()[0].desk().iter().map(|d| d.as_str()).collect();
    assert_eq!(desk, ["ksk", "vd"]);
    assert_eq!(
        agencies("— AFP/Reuters"),
        ["Agence France-Presse", "Reuters"]
    );
    assert_eq!(kind("— Staff and agencies"), Some(CreditKind::Signoff));
    assert_eq!(
        agencies("(Reporting by Reuters TV; Editing by Jane Doe)"),
        ["Reuters"]
    );
    assert_eq!(
        reason("A man walks past a mural in Kyiv, May 5, 2024. REUTERS/Valentyn Ogirenko"),
        Reason::PhotoCredit
    );
    assert_eq!(
        reason("File photo of the Parliament. (PTI)"),
        Reason::PhotoCredit
    );
    assert!(Credit::parse("It was the best game ever! LOL").is_err());
    assert!(Credit::parse("That takes their winless run to four games. HEAD TO HEAD").is_err());
    assert_eq!(agencies("Profit rose 14% in the quarter. TNN"), ["TNN"]);
}

/// Text made of credit words, names, agencies, punctuation and story words.
fn credit_soup() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    const PIECES: &[&str] = &[
        "Reporting by",
        "reported from",
        "Additional reporting by",
        "Editing by",
        "Edited by",
        "writing by",
        "Compiled by",
        "with assistance from",
        "contributed to this report",
        "contributed research",
        "Contributing:",
        "With inputs from",
        "(With PTI inputs)",
        "inputs",
        "files from",
        "Source:",
        "material from",
        "was used in this report",
        "Translated into English by",
        "originally published on",
        "first appeared in",
        "republished",
        "This article",
        "The story",
        "syndicated feed",
        "edited by NDTV staff",
        "Photo:",
        "photo",
        "(Image: Reuters)",
        "REUTERS/Jane Doe",
        "AFP/Getty Images",
        "Picture by",
        "Copyright",
        "(c)",
        "©",
        "2024",
        "All rights reserved",
        "Distributed by",
        "Note to readers:",
        "Disclaimer:",
        "This story has been corrected",
        "An earlier version of this",
        "Corrects",
        "Refiles to",
        "adds",
        "This material may not be published",
        "may not be reproduced",
        "Read the original article",
        "Used with permission",
        "For reprint",
        "Reprinted with permission",
        "Correction:",
        "Editor's note:",
        "Updated",
        "Reuters",
        "AFP",
        "PTI",
        "AP",
        "The Associated Press",
        "IANS",
        "TNN",
        "SUN DP KPS",
        "ksk/vd",
        "agencies",
        "Staff and agencies",
        "Jane Doe",
        "Bo Li",
        "CNN's",
        "in Seoul",
        "Washington",
        "Tallahassee, Fla.",
        "the minister said",
        "on Tuesday",
        "and",
        ",",
        ";",
        ".",
        ". ",
        ": ",
        "(",
        ")",
        "[",
        "]",
        "—",
        "-- ",
        "/",
        "!",
        "?",
        "\n",
        "\n\n",
        "“",
        "”",
        "ſ",
        "\u{212A}",
        "Ÿ",
        "said",
        "the",
        " ",
        "  ",
        "x",
    ];
    proptest::collection::vec(proptest::sample::select(PIECES), 0..24).prop_map(|v| {
        let mut out = String::new();
        for (i, p) in v.iter().enumerate() {
            if i > 0 && (i % 3 != 0) {
                out.push(' ');
            }
            out.push_str(p);
        }
        out
    })
}

/// The cue scan finds the families of every cue word Aho-Corasick finds, overlaps included.
#[test]
fn cue_scan_agrees_with_aho_corasick() {
    let (words, bits): (Vec<&str>, Vec<Cues>) = Cues::words().unzip();
    let reference = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&words)
        .expect("cue automaton builds");
    let of = |t: &str| {
        let mut found = 0;
        for m in reference.find_overlapping_iter(t) {
            found |= bits[m.pattern().as_usize()].0;
        }
        found
    };
    let pad = "The minister said late on Tuesday that the talks would go on. ";
    for (i, w) in words.iter().enumerate() {
        let next = words[(i * 7 + 3) % words.len()];
        let half = w
            .char_indices()
            .nth(w.chars().count() / 2)
            .map_or(0, |(k, _)| k);
        for text in [
            (*w).to_owned(),
            format!("{}{pad}{}", w.to_ascii_uppercase(), next),
            format!("{pad}{w}{pad}{next}{pad}"),
            format!("{pad}{pad}{}{w}", &w[..half]),
        ] {
            assert_eq!(Cues::of(&text).0, of(&text), "{text:?}");
        }
    }
}

/// Every trigger is found wherever it lies against the scan's half and quarter boundaries,
/// in any case, and a trigger cut short only where Aho-Corasick finds another.
#[test]
fn triggers_are_found_across_the_scan_boundaries() {
    let reference = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(data_lines(TRIGGER_WORDS))
        .expect("trigger automaton builds");
    for w in data_lines(TRIGGER_WORDS) {
        let cut = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
        // One scan, halves and quarters, the word at every offset.
        for (total, k) in [20, 40, 50, 90]
            .into_iter()
            .flat_map(|t| (0..=t).map(move |k| (t, k)))
        {
            let pad = |n: usize| "x ".repeat(n / 2) + &"x".repeat(n % 2);
            let whole = format!("{}{}{}", pad(k), w.to_ascii_uppercase(), pad(total - k));
            assert!(TRIGGERS.scan(&whole) != 0, "{w:?} at {k}");
            assert!(TRIGGERS.any(&whole), "{w:?} at {k}");
            let short = format!("{}{cut}{}", pad(k), pad(total - k));
            assert_eq!(
                TRIGGERS.scan(&short) != 0,
                reference.is_match(&short),
                "{short:?}"
            );
            assert_eq!(
                TRIGGERS.any(&short),
                reference.is_match(&short),
                "{short:?}"
            );
        }
    }
}

proptest::proptest! {
    /// The cue gates only skip shapes that could not have matched.
    #[test]
    fn cue_gates_change_nothing(text in credit_soup()) {
        for opts in [
            Options { signoffs: true, weak_signoffs: true },
            Options { signoffs: false, weak_signoffs: false },
        ] {
            for seg in segments(&text, Span::new(0, text.len())) {
                let gated = format!("{:?}", classify(&text, &seg, opts));
                let all = format!("{:?}", classify_given(&text, &seg, opts, Cues::ALL));
                proptest::prop_assert_eq!(gated, all, "{:?}", &text[seg.outer.range()]);
            }
        }
    }

    /// The trigger DFA and its four-way scan agree with Aho-Corasick's own search.
    #[test]
    fn trigger_scan_agrees_with_aho_corasick(
        pieces in proptest::collection::vec(
            (
                proptest::sample::select(data_lines(TRIGGER_WORDS).collect::<Vec<_>>()),
                0usize..40,
                proptest::bits::u32::ANY,
                "[ -~]{0,24}|\\PC{0,6}",
            ),
            0..12,
        ),
        cuts in proptest::collection::vec(0usize..400, 4),
    ) {
        // Triggers in random case, most cut short, between random text.
        let mut text = String::new();
        for (word, keep, case, filler) in &pieces {
            let cut = word.char_indices().nth(*keep).map_or(word.len(), |(i, _)| i);
            for (i, ch) in word[..cut].chars().enumerate() {
                if case >> (i % 32) & 1 == 1 {
                    text.extend(ch.to_uppercase());
                } else {
                    text.push(ch);
                }
            }
            text.push_str(filler);
        }
        let reference = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(data_lines(TRIGGER_WORDS))
            .expect("trigger automaton builds");
        for (i, &a) in cuts.iter().enumerate() {
            for &b in &cuts[i..] {
                let Some(t) = text.get(a.min(b)..b.max(a).min(text.len())) else { continue };
                proptest::prop_assert_eq!(TRIGGERS.scan(t) != 0, reference.is_match(t), "{:?}", t);
                proptest::prop_assert_eq!(TRIGGERS.any(t), reference.is_match(t), "{:?}", t);
            }
        }
    }

    /// The sign-off window's shortcut agrees with splitting the whole paragraph.
    #[test]
    fn last_sentence_from_the_tail(text in credit_soup(), short in 0usize..40) {
        let p = Span::new(0, text.len()).trim(&text);
        let fast = last_sentence(&text, p, short);
        let slow = crate::text::sentences(&text, p).last().map(|s| s.span());
        match (fast, slow) {
            (Some(f), Some(s)) if s.len() <= short => proptest::prop_assert_eq!(f, s),
            (Some(f), Some(_)) => proptest::prop_assert!(f.len() > short),
            (f, s) => proptest::prop_assert_eq!(f, s),
        }
    }
}

#[test]
fn spans_slice_back() {
    let s = "He said so. — AFP";
    let c = Credit::parse(s).unwrap();
    assert_eq!(&s[c.span()], "— AFP");
    assert_eq!(c.agencies().next().unwrap().name().as_str(), "AFP");
}

/// The captures of every group of [`shapes::INPUTS`], as spans.
fn input_groups(c: Option<regex::Captures<'_>>) -> Option<Vec<Option<(usize, usize)>>> {
    let c = c?;
    Some(
        ["l1", "l2", "l3", "l4", "l5", "l6"]
            .iter()
            .map(|g| c.name(g).map(|m| (m.start(), m.end())))
            .chain([c.get(0).map(|m| (m.start(), m.end()))])
            .collect(),
    )
}

#[test]
fn the_input_forms_read_as_the_single_pattern() {
    let long = "x ".repeat(70);
    for s in [
        "With inputs from PTI".to_string(),
        "With additional inputs from agencies.".to_string(),
        "(with inputs from Reuters and AFP)".to_string(),
        "With PTI inputs".to_string(),
        format!("With {long} inputs"),
        format!("With {long}{long} inputs"),
        "Inputs: ANI".to_string(),
        "With inputs".to_string(),
        "With AAP".to_string(),
        "With NCA NewsWire".to_string(),
        "Source: Al Jazeera and news agencies".to_string(),
        format!("Sources: {long}"),
        format!("Source: {long}{long}"),
        "Material from Reuters was used in this report.".to_string(),
        format!("Material from {long} was used in this report"),
        format!("Material from {long}{long} was used in this report"),
        "Written with files from AP".to_string(),
        "WITH INPUTS FROM \u{17f}OURCES".to_string(),
    ] {
        assert_eq!(
            input_groups(shapes::input_captures(&s)),
            input_groups(shapes::INPUTS.captures(&s)),
            "{s:?}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1500))]
    #[test]
    fn the_input_forms_are_the_single_pattern(
        s in "(With|with|WITH|inputs?|Inputs|files|from|by|of|additional|Source|sources|:|-|—|\
              Material|information|was|were|has been|used|in|this|the|report|PTI|AAP|Reuters|\
              NCA NewsWire|x{1,40}|[ .\n]|\u{17f}|\u{212a}|é){0,14}"
    ) {
        proptest::prop_assert_eq!(
            input_groups(shapes::input_captures(&s)),
            input_groups(shapes::INPUTS.captures(&s)),
            "{:?}", s
        );
    }
}
