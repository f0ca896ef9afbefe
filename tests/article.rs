//! The article parser on a wire story with every part: headline, byline, dateline, quotes, credit.

use copydesk::article::Role;
use copydesk::credit::CreditKind;

const STORY: &str = "Kim warns US over joint drills\n\n\
By JANE DOE and John Smith, Associated Press\n\n\
SEOUL, South Korea (AP) — North Korea said on Friday it would respond to the drills.\n\n\
“We will answer force with force,” Kim said in a statement.\n\n\
Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.";

#[test]
fn roles_byline_dateline_and_credit_are_placed() {
    let a = copydesk::parse(STORY);
    let roles: Vec<Role> = a.paragraphs().map(|b| b.role).collect();
    assert_eq!(
        roles,
        [
            Role::Headline,
            Role::Byline,
            Role::Body,
            Role::Body,
            Role::Credit
        ]
    );

    let byline = a.byline().expect("a byline");
    let authors: Vec<String> = byline
        .authors()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(authors, ["Jane Doe", "John Smith"]);

    let dateline = a.dateline().expect("a dateline");
    assert_eq!(&STORY[dateline.span()], "SEOUL, South Korea (AP) —");
    assert_eq!(
        dateline.agency().map(|x| x.name()),
        Some("Associated Press")
    );

    let body: Vec<&str> = a.body().map(|p| p.as_str()).collect();
    assert_eq!(
        body[0],
        "North Korea said on Friday it would respond to the drills."
    );
    assert_eq!(body.len(), 2);

    assert_eq!(a.credits().len(), 1);
    assert_eq!(a.credits()[0].kind(), CreditKind::Contributors);
    let names: Vec<&str> = a.credits()[0]
        .contributors()
        .map(|c| c.name().as_str())
        .collect();
    assert_eq!(names, ["Mari Yamaguchi"]);
}

#[test]
fn nothing_in_the_byline_or_credit_is_a_quotation_or_body() {
    let a = copydesk::parse(STORY);
    let byline = a.byline().unwrap().span();
    for p in a.body() {
        assert!(!p.span().overlaps(byline));
        for c in a.credits() {
            assert!(!p.span().overlaps(c.span()));
        }
    }
}
