//! Attribution and entities: the bundled sample in full, one test per pattern, and properties.

use copydesk::attribution::{AttributionKind as K, CueClass, Relation, attribute_text};
use copydesk::entity::EntityKind;
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

/// (content contains, kind, source, entity name, cue, secondary (relation, mention)).
type Expected = (
    &'static str,
    K,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static [(Relation, &'static str)],
);

const EXPECTED: &[Expected] = &[
    (
        "brother nation",
        K::Mixed,
        "North Korea’s leader Kim Jong Un",
        Some("Kim Jong Un"),
        "defended",
        &[(Relation::AccordingTo, "state media KCNA")],
    ),
    (
        "Our participation in the conflict",
        K::Direct,
        "Kim",
        Some("Kim Jong Un"),
        "said",
        &[(Relation::AccordingTo, "KCNA")],
    ),
    (
        "I consider all the brave soldiers",
        K::Direct,
        "he",
        Some("Kim Jong Un"),
        "added",
        &[],
    ),
    (
        "it had deployed troops",
        K::Indirect,
        "Pyongyang",
        Some("North Korea"),
        "confirmed",
        &[],
    ),
    (
        "it had sent more than 10,000 troops",
        K::Indirect,
        "reports",
        None,
        "As per",
        &[],
    ),
    (
        "Pyongyang appears to have received technical assistance",
        K::Indirect,
        "South Korea",
        Some("South Korea"),
        "has said",
        &[],
    ),
    (
        "its forces played a role",
        K::Indirect,
        "North Korea",
        Some("North Korea"),
        "claimed",
        &[],
    ),
    (
        "highest strategic level of the firm militant friendship",
        K::Mixed,
        "KCNA",
        Some("KCNA"),
        "reported",
        &[(Relation::Citing, "the North’s ruling party")],
    ),
    (
        "Pyongyang would not hesitate",
        K::Indirect,
        "Kim",
        Some("Kim Jong Un"),
        "also said",
        &[],
    ),
    (
        "made a rare visit to the Russian embassy",
        K::Indirect,
        "state media",
        Some("KCNA"),
        "according to",
        &[],
    ),
    (
        "consolidate and develop the long tradition",
        K::Mixed,
        "Kim",
        Some("Kim Jong Un"),
        "said",
        &[(Relation::ReportedBy, "KCNA")],
    ),
];

#[test]
fn sample_attributions_in_full() {
    let article = copydesk::parse(SAMPLE);
    let found = article.attributions();
    assert_eq!(found.len(), EXPECTED.len(), "{found:#?}");
    for (a, &(content, kind, source, entity, cue, secondary)) in found.iter().zip(EXPECTED) {
        let text: String = a.contents().iter().map(|c| c.as_str()).collect();
        assert!(text.contains(content), "{content:?} not in {text:?}");
        assert_eq!(a.kind(), kind, "{content}");
        assert_eq!(a.source().map(|s| s.as_str()), Some(source), "{content}");
        assert_eq!(a.entity().map(|e| e.name()), entity, "{content}");
        assert_eq!(a.is_unnamed(), source == "reports", "{content}");
        assert_eq!(a.cue().as_str(), cue, "{content}");
        let sec: Vec<_> = a
            .secondary()
            .iter()
            .map(|s| (s.relation(), s.mention().as_str()))
            .collect();
        assert_eq!(sec, secondary, "{content}");
        for c in a.contents() {
            assert_eq!(&SAMPLE[c.span()], c.as_str());
        }
    }
    // Quotations are linked; the direct ones are exactly the quotation's content.
    let qs = article.quotations();
    assert_eq!(found[1].quotations().len(), 1);
    assert_eq!(
        found[1].contents()[0],
        qs[found[1].quotations()[0]].content()
    );
    assert_eq!(found[0].cue_class(), CueClass::Speech);
    assert_eq!(found[4].cue_class(), CueClass::SourcePhrase);
    assert_eq!(found[7].secondary()[0].entity_id(), None);
}

#[test]
fn sample_entities() {
    let article = copydesk::parse(SAMPLE);
    let entities = article.entities();
    let names: Vec<_> = entities.iter().map(|e| e.name()).collect();
    assert_eq!(
        names,
        [
            "Kim Jong Un",
            "KCNA",
            "North Korea",
            "Vladimir Putin",
            "South Korea"
        ]
    );
    let kinds: Vec<_> = entities.iter().map(|e| e.kind()).collect();
    use EntityKind::*;
    assert_eq!(kinds, [Person, Organisation, Place, Person, Place]);
    let mentions =
        |i: usize| -> Vec<&str> { entities[i].mentions().iter().map(|m| m.as_str()).collect() };
    for m in ["Kim Jong Un", "Kim", "he"] {
        assert!(mentions(0).contains(&m), "{m}");
    }
    assert_eq!(mentions(2), ["Pyongyang", "North Korea"]);
    assert_eq!(mentions(3), ["Vladimir Putin"]);
    assert_eq!(entities[3].title().unwrap().as_str(), "Russian President");
    assert_eq!(entities[1].description().unwrap().as_str(), "state media");
    for e in entities {
        for m in e.mentions() {
            assert_eq!(&SAMPLE[m.span()], m.as_str());
        }
    }
}

/// The single attribution of `text`: (contents, kind, source, cue).
fn one(text: &str) -> (Vec<String>, K, Option<String>, String) {
    let found = attribute_text(text);
    assert_eq!(
        found.attributions().len(),
        1,
        "{text}: {:#?}",
        found.attributions()
    );
    let a = &found.attributions()[0];
    (
        a.contents()
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        a.kind(),
        a.source().map(|s| s.as_str().to_string()),
        a.cue().as_str().to_string(),
    )
}

fn check(text: &str, contents: &[&str], kind: K, source: &str, cue: &str) {
    let (c, k, s, q) = one(text);
    assert_eq!(c, contents, "{text}");
    assert_eq!(k, kind, "{text}");
    assert_eq!(s.as_deref(), Some(source), "{text}");
    assert_eq!(q, cue, "{text}");
}

#[test]
fn direct_source_after() {
    check(
        "“We will win,” Kim said.",
        &["We will win,"],
        K::Direct,
        "Kim",
        "said",
    );
    check(
        "\"We will win,\" the spokeswoman said in a statement.",
        &["We will win,"],
        K::Direct,
        "the spokeswoman",
        "said",
    );
}

#[test]
fn direct_source_inverted() {
    check(
        "“We will win,” said Kim Jong Un.",
        &["We will win,"],
        K::Direct,
        "Kim Jong Un",
        "said",
    );
}

#[test]
fn direct_source_before() {
    check(
        "Kim said: “We will win.”",
        &["We will win."],
        K::Direct,
        "Kim",
        "said",
    );
    check(
        "She adds, “What sort of leader quits?”",
        &["What sort of leader quits?"],
        K::Direct,
        "She",
        "adds",
    );
}

#[test]
fn split_quote_is_one_attribution() {
    check(
        "“We won,” he said, “and we will win again.”",
        &["We won,", "and we will win again."],
        K::Direct,
        "he",
        "said",
    );
}

#[test]
fn quote_sentence_after_the_attribution_continues_it() {
    check(
        "“We won,” he said. “We will win again.”",
        &["We won,", "We will win again."],
        K::Direct,
        "he",
        "said",
    );
}

#[test]
fn quote_paragraph_after_a_colon() {
    check(
        "Kim added:\n\n“We will win.”",
        &["We will win."],
        K::Direct,
        "Kim",
        "added",
    );
}

#[test]
fn dash_attribution() {
    check(
        "“Quality is not an act.” — John Smith, CEO",
        &["Quality is not an act."],
        K::Direct,
        "John Smith, CEO",
        "—",
    );
}

#[test]
fn apposition_source() {
    let text = "“No,” Dmitry Peskov, the Kremlin spokesman, said.";
    let found = attribute_text(text);
    let a = &found.attributions()[0];
    assert_eq!(
        a.source().unwrap().as_str(),
        "Dmitry Peskov, the Kremlin spokesman"
    );
    assert_eq!(a.source_head().unwrap().as_str(), "Dmitry Peskov");
}

#[test]
fn recipient_and_medium() {
    let found = attribute_text("“No,” he told Reuters. “Yes,” she said in an interview with NPR.");
    let a = found.attributions();
    assert_eq!(a[0].secondary()[0].relation(), Relation::Recipient);
    assert_eq!(a[0].secondary()[0].mention().as_str(), "Reuters");
    assert_eq!(a[1].secondary()[0].relation(), Relation::Medium);
    assert_eq!(
        a[1].secondary()[0].mention().as_str(),
        "an interview with NPR"
    );
}

#[test]
fn indirect_patterns() {
    check(
        "South Korea has said it is ready.",
        &["it is ready"],
        K::Indirect,
        "South Korea",
        "has said",
    );
    check(
        "The talks failed, officials said.",
        &["The talks failed"],
        K::Indirect,
        "officials",
        "said",
    );
    check(
        "According to the ministry, the talks failed.",
        &["the talks failed"],
        K::Indirect,
        "the ministry",
        "According to",
    );
    check(
        "The talks failed, according to state media.",
        &["The talks failed"],
        K::Indirect,
        "state media",
        "according to",
    );
    check(
        "As per reports, the talks failed.",
        &["the talks failed"],
        K::Indirect,
        "reports",
        "As per",
    );
    check(
        "Kim told reporters the talks failed.",
        &["the talks failed"],
        K::Indirect,
        "Kim",
        "told",
    );
    check(
        "Kim said in a statement on Friday that the talks failed.",
        &["that the talks failed"],
        K::Indirect,
        "Kim",
        "said",
    );
    check(
        "Kim was quoted as saying the talks failed.",
        &["the talks failed"],
        K::Indirect,
        "Kim",
        "was quoted as saying",
    );
    check(
        "The talks failed, said Kim.",
        &["The talks failed"],
        K::Indirect,
        "Kim",
        "said",
    );
}

#[test]
fn negated_and_modal_cues() {
    check(
        "Kim did not say the talks failed.",
        &["the talks failed"],
        K::Indirect,
        "Kim",
        "did not say",
    );
    check(
        "Kim would say the talks failed.",
        &["the talks failed"],
        K::Indirect,
        "Kim",
        "would say",
    );
}

#[test]
fn belief_and_writing_cues_carry_their_class() {
    let classes = |t: &str| attribute_text(t).attributions()[0].cue_class();
    assert_eq!(
        classes("Analysts believe the talks failed."),
        CueClass::Thought
    );
    assert_eq!(classes("Kim fears the talks failed."), CueClass::Thought);
    assert_eq!(
        classes("Trump tweeted that the talks failed."),
        CueClass::Writing
    );
    assert_eq!(
        classes("The study found the talks failed."),
        CueClass::Perception
    );
}

#[test]
fn mixed_quote_inside_reported_speech() {
    check(
        "Kim said North Korea will “consolidate the alliance”, KCNA reported.",
        &["North Korea will “consolidate the alliance”"],
        K::Mixed,
        "Kim",
        "said",
    );
}

#[test]
fn scare_quotes_and_titles_are_not_attributions() {
    assert!(
        attribute_text("The so-called “peace plan” was signed.")
            .attributions()
            .is_empty()
    );
    assert!(
        attribute_text("He watched “Casablanca” twice.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn unnamed_sources_are_flagged() {
    for t in [
        "Officials said the talks failed.",
        "The talks failed, sources said.",
    ] {
        let found = attribute_text(t);
        assert!(found.attributions()[0].is_unnamed(), "{t}");
        assert_eq!(found.attributions()[0].entity_id(), None);
    }
    let found = attribute_text("A person familiar with the matter said the talks failed.");
    assert!(found.attributions()[0].is_unnamed());
}

#[test]
fn coreference() {
    let text =
        "“We won,” Kim Jong Un said. “It was hard,” he added.\n\nKim later said the war was over.";
    let found = attribute_text(text);
    let ids: Vec<_> = found.attributions().iter().map(|a| a.entity_id()).collect();
    assert_eq!(ids, [Some(0), Some(0), Some(0)]);
    assert_eq!(found.entities()[0].name(), "Kim Jong Un");
    // A pronoun whose gender conflicts with the only speaker stays unresolved.
    let found = attribute_text("“We won,” Mr. Kim said. “It was hard,” she added.");
    assert_eq!(found.attributions()[1].entity_id(), None);
    // A role noun resolves to the entity with that title.
    let found = attribute_text(
        "“No,” Kremlin spokesman Dmitry Peskov said.\n\n“Never,” the spokesman added.",
    );
    assert_eq!(found.attributions()[1].entity_id(), Some(0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_and_spans_slice_back(text in "(\\PC|[“”\"'‘’:,.—\n $]|said|according to|Kim|he|told|was seen as|known as|quoted|as saying|quotes|added|who|and|on Friday|says|this|that|referring to|in|a|Mr|ruled out|forced it to){0,60}") {
        let found = attribute_text(&text);
        for a in found.attributions() {
            for c in a.contents() {
                prop_assert_eq!(&text.as_str()[c.span()], c.as_str());
            }
            if let Some(s) = a.source() {
                prop_assert_eq!(&text.as_str()[s.span()], s.as_str());
            }
            prop_assert_eq!(&text.as_str()[a.cue().span()], a.cue().as_str());
            for s in a.secondary() {
                prop_assert_eq!(&text.as_str()[s.mention().span()], s.mention().as_str());
            }
            if let Some(e) = a.entity_id() {
                prop_assert!(e < found.entities().len());
                prop_assert_eq!(a.entity(), Some(&found.entities()[e]));
            }
        }
        for e in found.entities() {
            for m in e.mentions() {
                prop_assert_eq!(&text.as_str()[m.span()], m.as_str());
            }
        }
    }

    #[test]
    fn never_panics_on_arbitrary_strings(text in any::<String>()) {
        let _ = attribute_text(&text);
    }
}
