//! Credit lines: the standalone parser, detection in an article, and invariants.

use copydesk::credit::{Credit, CreditKind, Role};
use copydesk::error::Reason;
use copydesk::{Agency, Span};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

#[test]
fn sample_article_reports_exactly_one_credit() {
    let article = copydesk::parse(SAMPLE);
    let credits = article.credits();
    assert_eq!(credits.len(), 1, "{credits:#?}");
    let c = &credits[0];
    assert_eq!(c.kind(), CreditKind::Inputs);
    assert_eq!(c.span(), Span::new(2030, 2056));
    assert_eq!(&SAMPLE[c.span()], "(With inputs from Reuters)");
    let agencies: Vec<_> = c.agencies().map(|a| a.agency()).collect();
    assert_eq!(agencies, [Agency::lookup("Reuters")]);
    let roles: Vec<_> = article
        .paragraphs()
        .filter(|b| b.role == copydesk::article::Role::Credit)
        .map(|b| b.paragraph.as_str())
        .collect();
    assert_eq!(roles, ["(With inputs from Reuters)"]);
}

#[test]
fn credits_are_found_mid_story_and_after_the_byline() {
    let text = "Talks stall\n\nBy Jane Doe\n\nAdditional reporting by Ann Lee in Paris.\n\nThe talks stalled on Monday, Reuters reported.\n\nOfficials said little. \"We wait,\" one said.\n\nMore talks are due. — AFP";
    let article = copydesk::parse(text);
    let kinds: Vec<_> = article.credits().iter().map(Credit::kind).collect();
    assert_eq!(kinds, [CreditKind::ReportingFooter, CreditKind::Signoff]);
    for c in article.credits() {
        assert_eq!(&text[c.span()], c.as_str());
    }
}

#[test]
fn weak_signoffs_only_at_the_end_of_an_article() {
    let mut text = String::from("Headline\n\nThe market fell. TNN\n");
    for i in 0..6 {
        text.push_str(&format!("\nParagraph {i} of the story is here.\n"));
    }
    assert!(copydesk::parse(&text).credits().is_empty());
    text.push_str("\nThe market rose. TNN\n");
    let article = copydesk::parse(&text);
    assert_eq!(article.credits().len(), 1);
    assert_eq!(article.credits()[0].as_str(), "TNN");
}

#[test]
fn reuters_footer_with_every_role() {
    let s = "(Reporting by Hyonhee Shin in Seoul and Jane Doe in Tokyo; Additional reporting by Ed Lo; Writing by Yu Ng; Editing by Zoe Park and Will Hunt)";
    let c = Credit::parse(s).unwrap();
    assert_eq!(c.kind(), CreditKind::ReportingFooter);
    let roles: Vec<_> = c.contributors().map(|p| p.role()).collect();
    assert_eq!(
        roles,
        [
            Role::Reporting,
            Role::Reporting,
            Role::AdditionalReporting,
            Role::Writing,
            Role::Editing,
            Role::Editing
        ]
    );
    for p in c.contributors() {
        assert_eq!(&s[p.name().span()], p.name().as_str());
    }
}

#[test]
fn precedence_of_kinds_in_one_line() {
    let s = "(With inputs from PTI) (Except for the headline, this report has not been edited by NDTV staff and is published from a syndicated feed.)";
    let c = Credit::parse(s).unwrap();
    assert_eq!(c.kind(), CreditKind::Syndication);
    assert_eq!(c.parts()[0].kind(), CreditKind::Inputs);
    assert_eq!(c.span(), Span::new(0, s.len()));
}

#[test]
fn negatives() {
    for (s, want) in [
        ("Photo: AFP", Reason::PhotoCredit),
        ("(Image: Reuters)", Reason::PhotoCredit),
        ("(PTI Photo/Kamal Singh)", Reason::PhotoCredit),
        (
            "CORRECTION: An earlier version misstated the date.",
            Reason::Correction,
        ),
        (
            "This story has been updated with new figures.",
            Reason::Correction,
        ),
        (
            "Editor's note: The writer is a former diplomat.",
            Reason::EditorsNote,
        ),
    ] {
        assert_eq!(Credit::parse(s).unwrap_err().reason(), &want, "{s}");
    }
    for s in [
        "Reuters reported that the talks had stalled.",
        "The talks had stalled, according to AFP.",
        "\"We are ready,\" he told PTI.",
        "Smith contributed $5,000 to the campaign.",
        "Climate change contributed to the fires, scientists said.",
    ] {
        assert!(Credit::parse(s).is_err(), "{s}");
    }
}

fn check(text: &str, c: &Credit<'_>) {
    assert_eq!(&text[c.span()], c.as_str());
    for p in c.parts() {
        assert_eq!(&text[p.span()], p.as_str());
        assert!(c.span().contains(p.span()));
        for a in p.agencies() {
            assert_eq!(&text[a.name().span()], a.name().as_str());
        }
        for who in p.contributors() {
            assert_eq!(&text[who.name().span()], who.name().as_str());
            if let Some(l) = who.location() {
                assert_eq!(&text[l.span()], l.as_str());
            }
            if let Some(a) = who.affiliation() {
                assert_eq!(&text[a.name().span()], a.name().as_str());
            }
        }
        for d in p.desk() {
            assert_eq!(&text[d.span()], d.as_str());
        }
        if let Some(o) = p.outlet() {
            assert_eq!(&text[o.span()], o.as_str());
        }
    }
}

const PIECES: &[&str] = &[
    "(With inputs from ",
    "Reuters",
    "PTI",
    ")",
    "(",
    "Reporting by ",
    "; Editing by ",
    "Jane Doe",
    " in ",
    "Seoul",
    ", ",
    " and ",
    "CNN's ",
    " contributed to this report.",
    ". ",
    "— AFP",
    "--",
    "© 2024 ",
    "Copyright ",
    "SUN DP KPS",
    "“",
    "’s",
    "é",
    "\r\n",
    " reported from ",
    "Contributing: ",
    "USA TODAY",
    "syndicated feed",
    "edited by NDTV staff",
    "Photo: ",
    "\u{a0}",
    "ß",
];

proptest! {
    #[test]
    fn never_panics_on_any_string(s in "\\PC{0,200}") {
        if let Ok(c) = Credit::parse(&s) {
            check(&s, &c);
        }
        let article = copydesk::parse(&s);
        for c in article.credits() {
            check(&s, c);
        }
    }

    #[test]
    fn spans_slice_back_on_credit_like_text(parts in prop::collection::vec(prop::sample::select(PIECES), 0..24)) {
        let s: String = parts.concat();
        if let Ok(c) = Credit::parse(&s) {
            check(&s, &c);
        }
        for c in copydesk::parse(&s).credits() {
            check(&s, c);
        }
    }

    #[test]
    fn prefixing_a_line_shifts_every_span(parts in prop::collection::vec(prop::sample::select(PIECES), 1..12)) {
        let s: String = parts.concat();
        let shifted = format!("Body text.\n\n{s}");
        let a = copydesk::parse(&s);
        let b = copydesk::parse(&shifted);
        // Where a paragraph stands can change its role (the first line may read as a byline or
        // a headline, the prefix may not): compare only articles whose shared paragraphs keep
        // their roles.
        let roles_a: Vec<_> = a.paragraphs().map(|p| p.role).collect();
        let roles_b: Vec<_> = b.paragraphs().skip(1).map(|p| p.role).collect();
        prop_assume!(roles_a == roles_b);
        let sa: Vec<_> = a.credits().iter().map(|c| c.span().shift(12)).collect();
        let sb: Vec<_> = b.credits().iter().map(Credit::span).collect();
        prop_assert_eq!(sa, sb);
    }
}

#[test]
fn material_from_inputs_with_a_wire_and_research_footers() {
    use copydesk::Credit;
    use copydesk::credit::{CreditKind, Role};
    let c = Credit::parse("This story contains material from AFP and Reuters.").unwrap();
    assert_eq!(c.kind(), CreditKind::Syndication);
    let names: Vec<&str> = c.agencies().map(|a| a.canonical()).collect();
    assert_eq!(names, ["Agence France-Presse", "Reuters"]);
    assert!(Credit::parse("The report contains material from the minister's office.").is_err());
    let c = Credit::parse("With AFP").unwrap();
    assert_eq!(c.kind(), CreditKind::Inputs);
    assert!(Credit::parse("With Trump").is_err());
    let c = Credit::parse("Written with inputs from IANS").unwrap();
    assert_eq!(c.kind(), CreditKind::Inputs);
    let c = Credit::parse("With research by Ines Duarte.").unwrap();
    assert_eq!(c.contributors().next().unwrap().role(), Role::Research);
    let c = Credit::parse("Additional input by Tariq Butt").unwrap();
    assert_eq!(
        c.contributors().next().unwrap().role(),
        Role::AdditionalReporting
    );
    // A country after a city continues the location.
    let c = Credit::parse("Associated Press writer Ana Ruiz in Lima, Peru, contributed.").unwrap();
    let who: Vec<&str> = c.contributors().map(|p| p.name().as_str()).collect();
    assert_eq!(who, ["Ana Ruiz"]);
}

#[test]
fn refusals_say_one_thing_once() {
    let e = copydesk::Credit::parse("The weather was fine.").unwrap_err();
    assert_eq!(e.to_string(), "not a credit: no credit shape matched");
}

#[test]
fn a_clause_after_a_semicolon_may_leave_out_the_verb() {
    let c =
        copydesk::Credit::parse("Mwangi reported from Nairobi; Osei from Kumasi, Ghana.").unwrap();
    let who: Vec<(&str, &str)> = c
        .contributors()
        .map(|p| (p.name().as_str(), p.location().map_or("", |l| l.as_str())))
        .collect();
    assert_eq!(who, [("Mwangi", "Nairobi"), ("Osei", "Kumasi, Ghana")]);
}

#[test]
fn a_location_per_person_with_a_place_after_at_the() {
    let c = copydesk::Credit::parse(
        "AP writers Ken Adjei in Accra, Ruth Levy at the White House and Omar Diaz in El Paso, Texas, contributed to this report.",
    )
    .unwrap();
    let who: Vec<(&str, &str)> = c
        .contributors()
        .map(|p| (p.name().as_str(), p.location().map_or("", |l| l.as_str())))
        .collect();
    assert_eq!(
        who,
        [
            ("Ken Adjei", "Accra"),
            ("Ruth Levy", "the White House"),
            ("Omar Diaz", "El Paso, Texas")
        ]
    );
}
