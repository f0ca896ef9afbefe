//! Bylines: the shapes of issue 4, one named case each, plus invariants under proptest.

use copydesk::error::Reason;
use copydesk::name::normalize;
use copydesk::{Byline, Span};
use proptest::prelude::*;

/// Parses `input` and checks that every span slices back to its text.
fn parse(input: &str) -> Byline<'_> {
    let b = Byline::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
    assert_spans(input, &b);
    b
}

fn assert_spans(input: &str, b: &Byline<'_>) {
    assert_eq!(&input[b.span()], b.as_str());
    for p in b.authors() {
        assert_eq!(&input[p.span()], p.as_str());
        if let Some(h) = p.honorific() {
            assert_eq!(&input[h.span()], h.as_str());
        }
    }
    for o in b.outlets() {
        assert_eq!(&input[o.span()], o.as_str());
    }
    for s in b
        .roles()
        .iter()
        .chain(b.locations())
        .chain(b.date().as_ref())
        .chain(b.lead_in().as_ref())
    {
        assert_eq!(&input[s.span()], s.as_str());
    }
    for c in b.contacts() {
        assert_eq!(&input[c.text.span()], c.text.as_str());
    }
}

fn authors(input: &str) -> Vec<String> {
    parse(input)
        .authors()
        .iter()
        .map(|p| p.display().to_owned())
        .collect()
}

fn outlets(input: &str) -> Vec<String> {
    parse(input)
        .outlets()
        .iter()
        .map(|o| o.canonical().to_owned())
        .collect()
}

fn roles(input: &str) -> Vec<String> {
    parse(input)
        .roles()
        .iter()
        .map(|r| r.as_str().to_owned())
        .collect()
}

#[test]
fn all_caps_names_are_title_cased() {
    assert_eq!(authors("By MICHAEL McDONALD"), ["Michael McDonald"]);
    assert_eq!(authors("By JEAN-LUC O'NEILL"), ["Jean-Luc O'Neill"]);
    assert_eq!(authors("By LUDWIG VAN BEETHOVEN"), ["Ludwig van Beethoven"]);
    assert_eq!(authors("Ludwig van Beethoven"), ["Ludwig van Beethoven"]);
}

#[test]
fn inverted_names_suffixes_and_honorifics() {
    assert_eq!(authors("Jong, Michiel de"), ["Michiel de Jong"]);
    assert_eq!(
        authors("By Martin Luther King Jr."),
        ["Martin Luther King Jr."]
    );
    let b = parse("By John Doe III, The Washington Post");
    assert_eq!(b.authors()[0].suffix().unwrap().as_str(), "III");
    assert_eq!(b.outlets()[0].as_str(), "The Washington Post");
    let b = parse("By Dr. Jane Doe");
    assert_eq!(b.authors()[0].as_str(), "Jane Doe");
    assert_eq!(b.authors()[0].honorific().unwrap().as_str(), "Dr.");
}

#[test]
fn several_authors() {
    assert_eq!(
        authors("By Owen Tarrant and Neil McKinnon."),
        ["Owen Tarrant", "Neil McKinnon"]
    );
    assert_eq!(
        authors("By Ann Lee, Bo Diaz and Cy Young"),
        ["Ann Lee", "Bo Diaz", "Cy Young"]
    );
    assert_eq!(
        authors("By Ruth Ansell & Colin Brannagh"),
        ["Ruth Ansell", "Colin Brannagh"]
    );
    assert_eq!(
        authors("By Jane Doe with John Roe"),
        ["Jane Doe", "John Roe"]
    );
    assert_eq!(authors("Jane Doe | John Roe"), ["Jane Doe", "John Roe"]);
    assert_eq!(authors("Jane Doe, John Roe"), ["Jane Doe", "John Roe"]);
    assert_eq!(
        authors("Lena B. Hart, Peter J.R. Cole, Mei-Ling Chou, and Sam Ortega, CNN"),
        [
            "Lena B. Hart",
            "Peter J.R. Cole",
            "Mei-Ling Chou",
            "Sam Ortega"
        ]
    );
}

#[test]
fn outlets_and_wire_agencies() {
    assert_eq!(
        outlets("By Alan Corwin, Associated Press"),
        ["Associated Press"]
    );
    assert_eq!(outlets("By Jane Doe | Reuters"), ["Reuters"]);
    assert_eq!(outlets("By Jane Doe (AP)"), ["Associated Press"]);
    assert_eq!(outlets("By Jane Doe, Press Association"), ["PA Media"]);
    let b = parse("By Brad Halvorsen Staff writer of The Lakeshore Monitor.");
    assert_eq!(b.authors()[0].display(), "Brad Halvorsen");
    assert_eq!(b.outlets()[0].as_str(), "The Lakeshore Monitor");
    assert!(b.outlets()[0].agency().is_none());
    assert_eq!(b.roles()[0].as_str(), "Staff writer");
    assert_eq!(
        outlets("By Victor Dale Harmon // City Journal"),
        ["City Journal"]
    );
    assert_eq!(outlets("Jane Doe, CNN"), ["CNN"]);
    assert_eq!(outlets("By Jane Doe For MailOnline"), ["MailOnline"]);
}

#[test]
fn roles_are_read() {
    assert_eq!(
        roles("By Jane Doe, Senior Correspondent"),
        ["Senior Correspondent"]
    );
    assert_eq!(
        roles("By Malcolm Reid, Economics Correspondent"),
        ["Economics Correspondent"]
    );
    let b = parse("By JANE DOE, AP Business Writer");
    assert_eq!(b.agencies().next().unwrap().short_name(), "AP");
    assert_eq!(b.roles()[0].as_str(), "Business Writer");
    let b = parse("By Jane Doe, Special to The Times");
    assert_eq!(b.roles()[0].as_str(), "Special to");
    assert_eq!(b.outlets()[0].as_str(), "The Times");
    let b = parse("By Dan Holloway, CNN.com Religion Editor");
    assert_eq!(
        (b.outlets()[0].as_str(), b.roles()[0].as_str()),
        ("CNN.com", "Religion Editor")
    );
    let b = parse("By Channel NewsAsia's Malaysia Correspondent Melissa Tan.");
    assert_eq!(b.authors()[0].as_str(), "Melissa Tan");
    assert_eq!(b.outlets()[0].as_str(), "Channel NewsAsia");
    assert_eq!(b.roles()[0].as_str(), "Malaysia Correspondent");
    let b = parse("CNN Political Editor Paul Brennan");
    assert_eq!(b.authors()[0].as_str(), "Paul Brennan");
    assert_eq!(b.roles()[0].as_str(), "Political Editor");
}

#[test]
fn locations_contacts_dates() {
    let b = parse("By Andrew Pike in Washington and Jennifer Oakes in New York.");
    let l: Vec<_> = b.locations().iter().map(|s| s.as_str()).collect();
    assert_eq!(l, ["Washington", "New York"]);
    let b = parse("Written by Kavya Rao | New Delhi | Updated: March 3, 2019 at 11:20 am");
    assert_eq!(b.locations()[0].as_str(), "New Delhi");
    assert_eq!(b.date().unwrap().as_str(), "March 3, 2019 at 11:20 am");
    assert_eq!(b.lead_in().unwrap().as_str(), "Written by");
    let b = parse("By Jane Doe | Updated: May 10, 2025 09:30 IST");
    assert_eq!(b.date().unwrap().as_str(), "May 10, 2025 09:30 IST");
    let b = parse("By MICHAEL TORRES ( @michaeltorres ) and AMY DUNN ( @amydunnwrites )");
    assert_eq!(b.authors().len(), 2);
    assert_eq!(b.contacts()[1].text.as_str(), "@amydunnwrites");
    let b = parse("jane.doe@outlet.com (Jane Doe)");
    assert_eq!(b.contacts()[0].kind, copydesk::byline::ContactKind::Email);
    assert_eq!(b.authors()[0].as_str(), "Jane Doe");
    let b = parse("By Doug Fenner • April 14, 2017 06:12 PM");
    assert_eq!(b.date().unwrap().as_str(), "April 14, 2017 06:12 PM");
}

#[test]
fn lead_ins() {
    for (input, lead) in [
        ("By Jane Doe", "By"),
        ("BY JANE DOE", "BY"),
        ("Written by Jane Doe", "Written by"),
        ("Story by Jane Doe", "Story by"),
        ("Reporting by Jane Doe", "Reporting by"),
        ("From Jane Doe in London", "From"),
        ("By: Ian Shive", "By:"),
    ] {
        let b = parse(input);
        assert_eq!(b.lead_in().map(|l| l.as_str()), Some(lead), "{input}");
        assert_eq!(b.authors().len(), 1, "{input}");
    }
    assert!(parse("Jane Doe").lead_in().is_none());
}

#[test]
fn desk_credits_name_no_person() {
    for (input, outlet, role) in [
        ("HT News Desk", Some("HT"), Some("News Desk")),
        ("Express News Service", Some("Express News Service"), None),
        ("TNN", Some("TNN"), None),
        ("Agencies", Some("Agencies"), None),
        ("Daily Mail Reporter", Some("Daily Mail"), Some("Reporter")),
        ("Reuters staff", Some("Reuters"), None),
        ("Business Today Desk", Some("Business Today"), Some("Desk")),
        (
            "India Today Education Desk",
            Some("India Today"),
            Some("Education Desk"),
        ),
        ("Staff Correspondent", None, Some("Staff Correspondent")),
    ] {
        let b = parse(input);
        assert!(b.authors().is_empty(), "{input}");
        assert_eq!(
            b.outlets().first().map(|o| o.canonical()),
            outlet,
            "{input}"
        );
        assert_eq!(b.roles().first().map(|r| r.as_str()), role, "{input}");
    }
}

#[test]
fn scraper_author_fields() {
    assert_eq!(authors("Jenny_Smith"), ["Jenny Smith"]);
    assert_eq!(authors("John Doe123"), ["John Doe"]);
    assert_eq!(authors("Jenny \"The Author\" Smith"), ["Jenny Smith"]);
    assert_eq!(authors("Jenny Smith ❤️"), ["Jenny Smith"]);
    assert_eq!(
        authors("By <a href=\"/profiles/omar-vance\">Omar Vance</a> and Adam Renwick, CNN"),
        ["Omar Vance", "Adam Renwick"]
    );
    let b = parse("By Kelli  Miller\n        WebMD Health News");
    assert_eq!(b.outlets()[0].as_str(), "WebMD Health News");
    let b = parse("Written by Rob Ellery\n   Edited by Betsy Brandt");
    assert_eq!(b.authors()[0].display(), "Rob Ellery");
    assert_eq!(b.contributors()[0].person.display(), "Betsy Brandt");
    assert_eq!(b.contributors()[0].role, copydesk::credit::Role::Editing);
    let b = parse("By Ana Ruiz\nTranslated by Tom Bell");
    assert_eq!(
        b.contributors()[0].role,
        copydesk::credit::Role::Translation
    );
}

#[test]
fn author_fields_as_scrapers_leave_them() {
    assert_eq!(authors("Steve Steve 123"), ["Steve Steve"]);
    assert_eq!(
        authors("Jenny Smith und John Smith"),
        ["Jenny Smith", "John Smith"]
    );
    assert_eq!(authors("Alice &amp; Bob"), ["Alice", "Bob"]);
    assert_eq!(authors("&#233;tienne"), ["Étienne"]);
    assert_eq!(authors("John 😊 Doe"), ["John Doe"]);
    assert_eq!(authors("john doe"), ["John Doe"]);
    assert_eq!(authors("Alice; Bob"), ["Alice", "Bob"]);
    assert!(outlets("John Doe of John Doe").is_empty());
    assert_eq!(authors("By Rep. Jane Doe (D-Calif.)"), ["Jane Doe"]);
    let b = parse("By Rebecca Shabad CBS News March 4, 2016, 5:45 PM");
    assert_eq!(b.authors()[0].as_str(), "Rebecca Shabad");
    assert_eq!(b.outlets()[0].as_str(), "CBS News");
    let b = parse("By Jeff Zeleny, CNN Senior Washington Correspondent");
    assert_eq!(b.authors().len(), 1);
    assert_eq!(b.roles()[0].as_str(), "Senior Washington Correspondent");
    let b = parse("Correspondent, Bogura");
    assert!(b.authors().is_empty());
    assert_eq!(b.locations()[0].as_str(), "Bogura");
    assert_eq!(outlets("By The Associated Press"), ["Associated Press"]);
    let b = parse("By Larry Greenemeier InformationWeek");
    assert_eq!(b.authors()[0].as_str(), "Larry Greenemeier");
    assert_eq!(b.outlets()[0].as_str(), "InformationWeek");
    assert_eq!(outlets("By Jeff Bertolucci, PC World"), ["PC World"]);
    assert_eq!(authors("By DeShawn McDonald"), ["DeShawn McDonald"]);
    assert!(Byline::parse("By Mid-March, the talks had stalled").is_err());
    assert!(Byline::parse("john.doe@example.com").is_err());
}

#[test]
fn cnn_dailymail_layout() {
    let input = "By . Jane Doe . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 14:20 EST, 25 October 2013";
    let b = parse(input);
    assert_eq!(b.authors()[0].display(), "Jane Doe");
    assert_eq!(b.date().unwrap().as_str(), "14:11 EST, 25 October 2013");
    let b = parse("By . Daily Mail Reporter . PUBLISHED: . 14:11 EST, 25 October 2013 .");
    assert!(b.authors().is_empty());
    assert_eq!(b.outlets()[0].as_str(), "Daily Mail");
}

#[test]
fn negatives_say_why() {
    for input in [
        "By July 2007, prices had doubled.",
        "By Tuesday afternoon, the White House had",
        "By the time the votes were counted",
        "By contrast, the rest",
        "By 2030 the plan",
    ] {
        let e = Byline::parse(input).unwrap_err();
        assert!(
            matches!(e.reason(), Reason::SentenceOpener(_)),
            "{input}: {e}"
        );
        let span = e.span().expect("blames the opener");
        assert!(input[span].starts_with("By"));
    }
    for input in [
        "Follow Author",
        "NEW LEAGUE",
        "Job Creation",
        "123",
        "Gujarat Cyclone",
    ] {
        assert_eq!(
            Byline::parse(input).unwrap_err().reason(),
            &Reason::NoAuthor,
            "{input}"
        );
    }
    assert!(matches!(
        Byline::parse("He said that the plan was not going to work at all.")
            .unwrap_err()
            .reason(),
        Reason::BodyText(_)
    ));
    assert_eq!(Byline::parse("  ").unwrap_err().reason(), &Reason::Empty);
    let long = "By Jane Doe ".repeat(200);
    assert!(matches!(
        Byline::parse(&long).unwrap_err().reason(),
        Reason::TooLong { .. }
    ));
    // A month that is a given name is still a name.
    assert_eq!(authors("By May Bulman"), ["May Bulman"]);
}

#[test]
fn spans_are_offsets_into_the_article() {
    let text = "Headline\nBy Jane Doe, Reuters\n\nLONDON (Reuters) - Body.";
    let a = copydesk::parse(text);
    let b = a.byline().expect("byline");
    assert_eq!(b.span(), Span::new(9, 29));
    assert_eq!(&text[b.authors()[0].span()], "Jane Doe");
}

#[test]
fn the_seed_article_has_no_byline() {
    let text = include_str!("../data/kcna-kursk.txt");
    assert!(copydesk::parse(text).byline().is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_spans_slice_back(s in "\\PC{0,120}") {
        if let Ok(b) = Byline::parse(&s) {
            assert_spans(&s, &b);
        }
    }

    #[test]
    fn bylineish_inputs_slice_back(
        lead in "(By |BY |Written by |)",
        a in "[A-Z][a-z]{1,8} [A-Z][A-Za-z'\\-]{1,10}",
        sep in "(, | and | & | \\| | - | // )",
        b in "[A-Z][A-Za-z]{1,8}( [A-Z][a-z]{1,8})?",
        tail in "(|\\.| \\(AP\\)| \\| Updated: May 1, 2020)",
    ) {
        let s = format!("{lead}{a}{sep}{b}{tail}");
        if let Ok(b) = Byline::parse(&s) {
            assert_spans(&s, &b);
        }
    }

    #[test]
    fn normalisation_is_idempotent(s in "\\PC{0,60}") {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn normalisation_is_idempotent_on_names(
        s in "([A-Z]{1,8}|[A-Z][a-z]{1,8}|Mc[A-Z]{2,6}|O'[A-Z]{2,6}|van|de|JR\\.|III|[A-Z]\\.)( ([A-Z]{1,8}|[A-Z][a-z]{1,8}|Mc[A-Z]{2,6}|O'[A-Z]{2,6}|van|de|JR\\.|III|[A-Z]\\.)){0,4}(, [A-Z][a-z]{1,6})?"
    ) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }
}

#[test]
fn a_city_after_the_outlet_is_a_location_not_an_author() {
    let b = copydesk::Byline::parse("By Kwame Mensah, BBC News, Accra").unwrap();
    let authors: Vec<&str> = b.authors().iter().map(|p| p.display()).collect();
    assert_eq!(authors, ["Kwame Mensah"]);
    let places: Vec<&str> = b.locations().iter().map(|l| l.as_str()).collect();
    assert_eq!(places, ["Accra"]);
}

#[test]
fn an_outlet_by_its_position_before_role_and_desk_words() {
    assert_eq!(
        outlets("By Leila Haddad, ABC News Chief Foreign Correspondent"),
        ["ABC News"]
    );
    assert_eq!(
        roles("By Leila Haddad, ABC News Chief Foreign Correspondent"),
        ["Chief Foreign Correspondent"]
    );
    assert_eq!(outlets("By Sipho Dlamini, NBC Senior Editor"), ["NBC"]);
    assert_eq!(outlets("By The Guardian Reporters"), ["The Guardian"]);
    assert_eq!(
        outlets("By Mariana Costa, Rolling Stone magazine"),
        ["Rolling Stone magazine"]
    );
    assert_eq!(outlets("By Mariana Costa, Reuters."), ["Reuters"]);
    assert_eq!(outlets("By Kenji Sato, BBC Wales"), ["BBC Wales"]);
    assert_eq!(authors("By Kenji Sato, BBC Wales"), ["Kenji Sato"]);
    // A registry name is read whole, a desk after a known outlet with the desks.
    assert_eq!(outlets("Reuters staff"), ["Reuters"]);
    assert_eq!(outlets("NDTV News Desk"), ["NDTV"]);
}

#[test]
fn other_kinds_of_line_are_refused_with_their_kind() {
    use copydesk::line::LineKind;
    for (input, kind) in [
        ("KARACHI:", LineKind::Dateline),
        ("Lahore, Feb 3 (APP)", LineKind::Dateline),
        ("TOKYO, Jan. 4 (Kyo", LineKind::Dateline),
        ("ACCRA —", LineKind::Dateline),
        ("Photograph: Nanna Heitmann/Getty", LineKind::PhotoCredit),
        ("Picture: AAP Image", LineKind::PhotoCredit),
        ("(With inputs from IANS)", LineKind::Credit),
        ("Reporting by Ana Lim; Editing by Tom Fox", LineKind::Credit),
        ("Clarification: The mayor spoke on Monday.", LineKind::Note),
    ] {
        let e = Byline::parse(input).unwrap_err();
        assert_eq!(e.reason(), &Reason::OtherLine(kind), "{input}");
        assert_eq!(e.to_string(), format!("not a byline: it reads as {kind}"));
    }
}

#[test]
fn headlines_labels_and_addresses_are_not_bylines() {
    for input in [
        "Water Crisis",
        "Transfer Deadline Report",
        "Supreme Court Verdict",
        "Latest Business News",
        "Producer: Amit Sen",
        "Pakistan Vs England: Second Test",
        "Priya Sharma (https://example.org/priya)",
        "From The Archive",
    ] {
        assert!(Byline::parse(input).is_err(), "{input}");
    }
    // A given name makes a line of common words a person's, a head word a desk's.
    assert_eq!(authors("Grace Market"), ["Grace Market"]);
    assert_eq!(roles("Staff Correspondent"), ["Staff Correspondent"]);
}

#[test]
fn a_headline_paragraph_is_not_the_article_byline() {
    for text in [
        "Election Results Report\n\nThe party won 40 seats, officials said on Monday.",
        "Border Crossings\n\nTraffic at the border rose sharply last week, officials said.",
        "India Vs Australia: Third Test\n\nIndia won the toss and chose to bat.",
        "Photo: Reuters\n\nThe minister said the plan would be ready by March.",
    ] {
        assert!(copydesk::parse(text).byline().is_none(), "{text:?}");
    }
    let a =
        copydesk::parse("Floods hit Assam\n\nBy Priya Sharma, ET Bureau\n\nRivers rose overnight.");
    assert_eq!(
        a.byline().map(|b| b.authors()[0].display()),
        Some("Priya Sharma")
    );
}
