//! The speech scope: a filter after attribution, so the speech parse is the full parse without
//! the attributions whose cue reports a belief, a perception or a stance.

use copydesk::Parser;
use copydesk::attribution::{CueClass, Scope};
use proptest::prelude::*;

/// Sentences of each class, to be shuffled into articles.
const SENTENCES: [&str; 12] = [
    "“We won,” Kim said.",
    "Officials said the talks had failed.",
    "The talks failed, according to the ministry.",
    "Lopez wrote that the plan was too costly.",
    "Analysts believe the talks failed.",
    "The poll shows a close race.",
    "Senator Lee supports the Act.",
    "The mayor declined to comment.",
    "Rahman defended the plan as “a rightful act”.",
    "Smith: “It is over.”",
    "Investigators found that the fire was set.",
    "He criticized the decision.",
];

fn speech() -> Parser {
    Parser::builder()
        .scope(Scope::Speech)
        .build()
        .expect("no scope setting fails")
}

#[test]
fn stance_with_a_noun_phrase_object_is_its_own_class() {
    for s in [
        "Senator Lee supports the Act.",
        "He criticized the decision.",
    ] {
        let a = copydesk::parse(s);
        let classes: Vec<CueClass> = a.attributions().iter().map(|a| a.cue_class()).collect();
        assert_eq!(classes, [CueClass::Stance], "{s}");
        assert!(speech().parse(s).attributions().is_empty(), "{s}");
    }
    // Quoted words make a stance verb's attribution speech.
    let s = "Rahman defended the plan as “a rightful act”.";
    let a = copydesk::parse(s);
    assert_eq!(a.attributions()[0].cue_class(), CueClass::Speech);
    assert_eq!(speech().parse(s).attributions().len(), 1);
}

#[test]
fn the_default_scope_is_all() {
    assert_eq!(Parser::new().scope(), Scope::All);
    assert_eq!(Parser::builder().build().unwrap().scope(), Scope::All);
    let text = SENTENCES.join(" ");
    assert_eq!(
        copydesk::parse(&text).attributions(),
        Parser::builder()
            .scope(Scope::All)
            .build()
            .unwrap()
            .parse(&text)
            .attributions()
    );
}

proptest! {
    #[test]
    fn speech_is_all_without_thought_perception_and_stance(
        picks in proptest::collection::vec(0..SENTENCES.len(), 1..8),
        breaks in proptest::collection::vec(any::<bool>(), 8),
    ) {
        let mut text = String::new();
        for (i, &p) in picks.iter().enumerate() {
            if i > 0 {
                text.push_str(if breaks[i % breaks.len()] { "\n\n" } else { " " });
            }
            text.push_str(SENTENCES[p]);
        }
        let all = copydesk::parse(&text);
        let kept: Vec<_> = all
            .attributions()
            .iter()
            .filter(|a| Scope::Speech.admits(a.cue_class()))
            .collect();
        let speech = speech().parse(&text);
        prop_assert_eq!(speech.attributions().len(), kept.len());
        for (s, a) in speech.attributions().iter().zip(kept) {
            prop_assert_eq!(s, a);
            prop_assert!(!matches!(
                s.cue_class(),
                CueClass::Thought | CueClass::Perception | CueClass::Stance
            ));
        }
    }
}
