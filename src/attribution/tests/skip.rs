//! What a clause may hold between its parts, read through the whole attribution layer: each
//! sentence is written from the construction (a date, a time phrase, a discourse adverb, a
//! quantity, a negation, a modal surname, `according to` without its comma), and the source,
//! cue and content must be those of the sentence without it.

use super::*;

/// The (source, cue, contents) of the attribution whose cue is `cue`.
fn with_cue(text: &str, cue: &str) -> (Option<String>, Vec<String>) {
    let (s, _, c) = triples(text)
        .into_iter()
        .find(|t| t.1 == cue)
        .unwrap_or_else(|| panic!("no cue {cue:?} in {text}: {:?}", triples(text)));
    (s, c)
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

#[test]
fn an_abbreviated_date_between_source_and_cue() {
    for date in ["on Jan. 5", "on Sept. 12", "Dec. 3", "on Oct. 9, 2018"] {
        let text = format!("The regulator {date} said the merger would go ahead.");
        assert_eq!(
            with_cue(&text, "said"),
            (
                some("The regulator"),
                vec!["the merger would go ahead".to_owned()]
            ),
            "{text}"
        );
    }
}

#[test]
fn the_day_of_a_date_before_a_present_tense_cue_is_no_quantity() {
    // `12 says` is not `45 percent say`: the number closes a date.
    let text = "The governor on Sept. 12 says the bridge will reopen.";
    assert_eq!(
        with_cue(text, "says"),
        (
            some("The governor"),
            vec!["the bridge will reopen".to_owned()]
        )
    );
}

#[test]
fn a_time_phrase_between_cue_and_content() {
    for time in [
        "for the first time",
        "for the second time",
        "at the time",
        "on Feb. 2",
    ] {
        let text = format!("The coach admitted {time} that the team had lost its way.");
        assert_eq!(
            with_cue(&text, "admitted"),
            (
                some("The coach"),
                vec!["that the team had lost its way".to_owned()]
            ),
            "{text}"
        );
    }
}

#[test]
fn a_time_phrase_is_not_the_particle_of_the_cue() {
    // `argue for` takes a particle; `for the first time` is a time all the same.
    let text = "The union argued for the first time that wages had fallen.";
    assert_eq!(
        with_cue(text, "argued"),
        (some("The union"), vec!["that wages had fallen".to_owned()])
    );
}

#[test]
fn a_discourse_adverb_between_commas() {
    for adverb in ["in fact", "though", "of course", "however"] {
        let text = format!("The auditors, {adverb}, found that the accounts were sound.");
        let (source, contents) = with_cue(&text, "found");
        assert!(
            source
                .as_deref()
                .is_some_and(|s| s.starts_with("The auditors")),
            "{text}: {source:?}"
        );
        assert_eq!(contents, ["that the accounts were sound"], "{text}");
    }
}

#[test]
fn a_quantity_adverb_opens_the_content() {
    for q in ["about", "nearly", "more than", "up to"] {
        let text = format!("Rescuers have said {q} 30 climbers were trapped on the ridge.");
        assert_eq!(
            with_cue(&text, "have said"),
            (
                some("Rescuers"),
                vec![format!("{q} 30 climbers were trapped on the ridge")]
            ),
            "{text}"
        );
    }
}

#[test]
fn a_negated_evidential_keeps_its_infinitive() {
    let text = "The new rules seem not to cover private clinics.";
    assert_eq!(
        with_cue(text, "seem"),
        (
            None,
            vec![
                "The new rules".to_owned(),
                "to cover private clinics".to_owned()
            ]
        )
    );
}

#[test]
fn a_modal_surname_before_a_finite_cue_is_a_name() {
    for (name, cue) in [("Will", "wrote"), ("May", "said"), ("Can", "argued")] {
        let text = format!("“The ferry will not run,” {name} {cue}.");
        assert_eq!(
            with_cue(&text, cue),
            (some(name), vec!["The ferry will not run,".to_owned()]),
            "{text}"
        );
    }
    let text = "“The ferry will not run,” wrote Will.";
    assert_eq!(with_cue(text, "wrote").0, some("Will"));
}

#[test]
fn according_to_without_its_comma_at_the_end() {
    let text = "The bridge will cost $40 million according to the county.";
    assert_eq!(
        with_cue(text, "according to"),
        (
            some("the county"),
            vec!["The bridge will cost $40 million".to_owned()]
        )
    );
}

#[test]
fn according_to_a_manner_is_no_source() {
    // Without a comma, only a phrase that names a source reports: not a manner.
    for text in [
        "The budget was divided according to need.",
        "The launch went ahead according to plan.",
    ] {
        assert!(
            triples(text).iter().all(|t| t.1 != "according to"),
            "{text}: {:?}",
            triples(text)
        );
    }
}

#[test]
fn a_discourse_adverb_in_commas_is_no_part_of_the_source() {
    for adverb in ["though", "however", "in fact", "meanwhile"] {
        let text = format!("The auditor, {adverb}, said the accounts were sound.");
        assert_eq!(
            with_cue(&text, "said"),
            (
                some("The auditor"),
                vec!["the accounts were sound".to_owned()]
            ),
            "{text}"
        );
    }
}

#[test]
fn an_aside_on_a_subject_no_other_reader_finds_is_stepped_over() {
    for (text, source, cue) in [
        (
            "Tracking polls, which sample voters daily, show the race tightening.",
            "Tracking polls, which sample voters daily",
            "show",
        ),
        (
            "The district director, a former teacher, chastised Lee for the delay.",
            "The district director, a former teacher",
            "chastised",
        ),
        (
            "People briefed on the talks, a spokesman among them, said the deal was close.",
            "People briefed on the talks, a spokesman among them",
            "said",
        ),
        (
            "About three in 10, who vote early, said the wait was too long.",
            "About three in 10, who vote early",
            "said",
        ),
        (
            "Lee himself, who chairs the panel, said the vote would be close.",
            "Lee himself, who chairs the panel",
            "said",
        ),
        (
            "After the vote, local officials, who run the county, said the plan had failed.",
            "local officials, who run the county",
            "said",
        ),
    ] {
        assert_eq!(with_cue(text, cue).0, some(source), "{text}");
    }
}

#[test]
fn according_to_without_its_comma_takes_a_linked_source() {
    let text = "The plant will close in March according to staff familiar with the budget.";
    assert_eq!(
        with_cue(text, "according to"),
        (
            some("staff familiar with the budget"),
            vec!["The plant will close in March".to_owned()]
        )
    );
}

#[test]
fn a_modal_surname_in_a_headline_or_before_a_comma_is_a_name() {
    for (text, cue) in [
        ("Will Says Schools Need More Money", "Says"),
        ("May, a lawyer, said the ruling was wrong.", "said"),
        ("Can, however, says the ruling was wrong.", "says"),
    ] {
        // The name heads the source (an apposition after it joins the mention).
        let name = text.split([' ', ',']).next().unwrap_or_default();
        let source = with_cue(text, cue).0.unwrap_or_default();
        assert!(source.starts_with(name), "{text}: {source:?}");
    }
}

#[test]
fn according_to_without_its_comma_ends_an_earlier_cue_content() {
    // The phrase stands bare at the end of the sentence after a verb cue's clause: the source
    // phrase reports the clause, with or without the comma, and the verb's content stops there.
    for (clause, source) in [
        (
            "The agency has now found about 600 files containing secret data",
            "Newsline",
        ),
        (
            "The board has already found three buyers for the plant",
            "the Valley Herald",
        ),
    ] {
        let bare = format!("{clause} according to {source}.");
        let comma = format!("{clause}, according to {source}.");
        let read = |text: &str| {
            triples(text)
                .into_iter()
                .find(|t| t.1 == "according to")
                .map(|t| (t.0, t.2))
        };
        assert_eq!(read(&bare), read(&comma), "{bare}");
        assert_eq!(
            read(&bare),
            Some((some(source), vec![clause.to_owned()])),
            "{bare}"
        );
    }
}

#[test]
fn according_to_a_plural_reporting_noun_without_its_comma() {
    // `press reports`: a plural noun the lexicon also holds as a verb ends the source.
    let text = "The senator resigned after he hit a waiter at a bar according to press reports.";
    assert_eq!(
        with_cue(text, "according to"),
        (
            some("press reports"),
            vec!["The senator resigned after he hit a waiter at a bar".to_owned()]
        )
    );
}
