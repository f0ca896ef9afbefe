//! Tests of the attribution layer through `attribute_text` (the helpers are shared by the
//! other test files here).

use super::*;

mod part2;
mod skip;

/// The (source, cue, contents) of every attribution found in `text`.
pub(super) fn triples(text: &str) -> Vec<(Option<String>, String, Vec<String>)> {
    found(text)
        .attributions()
        .iter()
        .map(|a| {
            (
                a.source().map(|s| s.as_str().to_owned()),
                a.cue().as_str().to_owned(),
                a.contents().iter().map(|c| c.as_str().to_owned()).collect(),
            )
        })
        .collect()
}

/// Asserts the content pieces of the first attribution in `text`, and their kinds.
pub(super) fn assert_pieces(text: &str, pieces: &[&str], kinds: &[AttributionKind]) {
    let f = found(text);
    let a = &f.attributions()[0];
    let got: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(got, pieces, "{text}");
    assert_eq!(a.content_kinds(), kinds, "{text}");
}

pub(super) fn contents_of(text: &str, cue: &str) -> Vec<String> {
    triples(text)
        .into_iter()
        .find(|t| t.1 == cue)
        .map(|t| t.2)
        .unwrap_or_default()
}

/// The source of the attribution whose cue is `cue` in `text`.
pub(super) fn source_for<'a>(text: &'a str, cue: &str) -> Option<&'a str> {
    let (all, _) = found(text).into_parts();
    all.iter()
        .find(|a| a.cue().as_str() == cue)
        .unwrap_or_else(|| panic!("no cue {cue:?} in {text}"))
        .source()
        .map(|s| s.as_str())
}

pub(super) fn found(text: &str) -> Attributions<'_> {
    attribute_text(text)
}

/// The one attribution found in `text` (fails unless there is exactly one).
pub(super) fn one(text: &str) -> Attribution<'_> {
    let (mut all, _) = found(text).into_parts();
    assert_eq!(all.len(), 1, "{text}");
    all.remove(0)
}

/// The mention of the first secondary source with `relation`.
pub(super) fn secondary<'a>(a: &Attribution<'a>, relation: Relation) -> Option<&'a str> {
    a.secondary()
        .iter()
        .find(|s| s.relation() == relation)
        .map(|s| s.mention().as_str())
}

#[test]
fn inflection_covers_regular_forms() {
    let forms: Vec<String> = inflect("claim").into_iter().map(|f| f.0).collect();
    assert_eq!(forms, ["claim", "claims", "claimed", "claiming"]);
    let forms: Vec<String> = inflect("deny").into_iter().map(|f| f.0).collect();
    assert_eq!(forms, ["deny", "denies", "denied", "denying"]);
    let forms: Vec<String> = inflect("note").into_iter().map(|f| f.0).collect();
    assert_eq!(forms, ["note", "notes", "noted", "noting"]);
    let forms: Vec<String> = inflect("agree").into_iter().map(|f| f.0).collect();
    assert_eq!(forms, ["agree", "agrees", "agreed", "agreeing"]);
    let forms: Vec<String> = inflect("stress").into_iter().map(|f| f.0).collect();
    assert_eq!(forms[1], "stresses");
}

#[test]
fn lexicon_has_irregular_forms_and_classes() {
    let lex = &*LEX;
    assert_eq!(lex.words["said"].1.map(|c| c.class), Some(CueClass::Speech));
    assert_eq!(lex.words["told"].1.map(|c| c.tell()), Some(true));
    assert_eq!(
        lex.words["wrote"].1.map(|c| c.class),
        Some(CueClass::Writing)
    );
    assert_eq!(
        lex.words["thought"].1.map(|c| c.class),
        Some(CueClass::Thought)
    );
    assert_eq!(
        lex.words["found"].1.map(|c| c.class),
        Some(CueClass::Perception)
    );
    assert!(lex.words["the"].0 & DET != 0);
    assert!(lex.words["officials"].0 & UNNAMED != 0);
    assert!(lex.words["according"].0 & PHRASE != 0);
    // Listed forms of particle verbs keep their own form.
    assert_eq!(lex.words["referring"].1.map(|c| c.form), Some(Form::Ing));
    assert_eq!(lex.words["referred"].1.map(|c| c.form), Some(Form::Past));
    assert_eq!(lex.words["spoken"].1.map(|c| c.form), Some(Form::Past));
}

#[test]
fn a_particle_participle_after_a_quotation_and_its_cue() {
    let t = triples("“She is better,” Lee said, referring to the governor.");
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[1].0.as_deref(), Some("Lee"));
    assert_eq!(t[1].1, "referring to");
    assert_eq!(t[1].2, ["the governor"]);
}

#[test]
fn sentences_cut_through_a_quotation_are_one_unit() {
    let text = "“We won. We will win again,” he said. Then he left.";
    let body: Vec<_> = crate::text::paragraphs(text).collect();
    let qs = crate::quote::quotations(text);
    let mut store = Vec::new();
    let us = units(text, &body, &qs, &mut store);
    assert_eq!(us.len(), 2);
    assert_eq!(&text[us[0].span], "“We won. We will win again,” he said.");
    assert!(store[us[0].toks.start].quote().is_some());
}

#[test]
fn a_noun_is_not_a_cue() {
    assert!(found("The report was long.").attributions().is_empty());
    assert!(
        found("Aides sent requests for comment on the plan.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn a_passive_cue_has_no_source_before_it() {
    // Before an infinitive it is a sourceless evidential.
    let f = found("The building was said to be empty.");
    assert_eq!(f.attributions()[0].source(), None);
    assert!(
        found("The building was described in the report.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn the_participle_of_the_same_source_is_its_own_attribution() {
    let f = found("Kim said the talks failed, adding that he would return.");
    let a = f.attributions();
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].contents()[0].as_str(), "the talks failed");
    assert_eq!(a[1].cue().as_str(), "adding");
    assert_eq!(a[1].source().unwrap().as_str(), "Kim");
    assert_eq!(a[1].contents()[0].as_str(), "that he would return");
}

#[test]
fn parenthetical_source() {
    let f = found("The idea, a senior insider said, is to delay the ballot.");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["The idea", "is to delay the ballot"]);
    assert_eq!(a.source().unwrap().as_str(), "a senior insider");
    // The piece before starts at the last clause boundary.
    let f =
        found("She held a meeting that evening - and the venue, her staff said, was hard to book.");
    let pieces: Vec<_> = f.attributions()[0]
        .contents()
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(pieces, ["the venue", "was hard to book"]);
    // A finite verb, or a verb and a quotation, after the source.
    for (text, after) in [
        (
            "The exhibit, he said, honored many of his mentors.",
            "honored many of his mentors",
        ),
        (
            "The steel industry, she said, is \"doing much better.\"",
            "is \"doing much better.\"",
        ),
    ] {
        let f = found(text);
        assert_eq!(f.attributions().len(), 1, "{text}");
        let pieces: Vec<_> = f.attributions()[0]
            .contents()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(pieces.len(), 2, "{text}");
        assert_eq!(pieces[1], after, "{text}");
    }
}

#[test]
fn quotation_after_said_comma_is_the_content() {
    let f = found("In an interview, Lee said, “We will change the rules,” including the fees.");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Direct);
    assert_eq!(a.contents()[0].as_str(), "We will change the rules,");
}

#[test]
fn quotation_sentence_after_reported_speech_in_a_paragraph() {
    let f = found("Lee said the rules had “failed us.” “We will change them.”");
    let a = f.attributions();
    assert_eq!(a.len(), 2);
    assert_eq!(a[1].kind(), AttributionKind::Direct);
    assert_eq!(a[1].contents()[0].as_str(), "We will change them.");
    assert_eq!(a[1].source().unwrap().as_str(), "Lee");
}

#[test]
fn a_participle_after_a_lead_in_takes_the_clause_subject() {
    let f = found(
        "On Monday, after a long silence, Lee met the press and backed the plan, saying it would pass.",
    );
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "saying");
    assert_eq!(a.source().unwrap().as_str(), "Lee");
    assert_eq!(a.contents()[0].as_str(), "it would pass");
}

#[test]
fn according_to_in_the_middle_or_last() {
    let f = found("The upshot, according to the adviser, is that the merger is dead.");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["The upshot", "is that the merger is dead"]);
    assert_eq!(a.source().unwrap().as_str(), "the adviser");
    // Last, with a source that runs on past a slash.
    let f = found("Lee tops the race with 31%, according to a KTVB/Gazette poll.");
    let a = &f.attributions()[0];
    assert_eq!(a.contents()[0].as_str(), "Lee tops the race with 31%");
    // An apposition of the source after a whole clause is not content.
    let f = found(
        "Few unions require new members to sign such pledges, according to Mara Ostby, an organizer.",
    );
    let a = &f.attributions()[0];
    assert_eq!(a.contents().len(), 1);
    assert!(a.contents()[0].as_str().starts_with("Few unions"));
}

#[test]
fn asked_opens_a_question_content() {
    let f = found("Asked by a journalist whether the strike was over, Lee shrugged.");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "Asked");
    assert_eq!(a.source().unwrap().as_str(), "a journalist");
    assert_eq!(a.contents()[0].as_str(), "whether the strike was over");
    let f = found("When asked about the vote, Lee said nothing.");
    let a = &f.attributions()[0];
    assert_eq!(a.source(), None);
    assert_eq!(a.contents()[0].as_str(), "about the vote");
}

#[test]
fn reported_clause_ends_before_a_comma_clause() {
    for (text, content) in [
        (
            "Lee declared that he could not back the plan, throwing the talks into doubt.",
            "that he could not back the plan",
        ),
        (
            "Lee said the bill would pass, which surprised nobody.",
            "the bill would pass",
        ),
    ] {
        let f = found(text);
        assert_eq!(f.attributions()[0].contents()[0].as_str(), content);
    }
}

#[test]
fn a_quotation_right_after_the_cue_is_direct() {
    let f = found("Protesters shouted “we want more!”, and he left.");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Direct);
    assert_eq!(a.contents()[0].as_str(), "we want more!");
}

#[test]
fn an_apposition_of_several_segments_after_a_quotation() {
    let f = found("“They scare me,” Ann Lee, 30, of Dover, N.H., who was polled, said.");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Direct);
    assert_eq!(a.source_head().unwrap().as_str(), "Ann Lee");
    assert!(a.source().unwrap().as_str().starts_with("Ann Lee, 30"));
}

#[test]
fn seem_and_appear_with_a_complement() {
    let f = found("The senator seemed irritated by the question.");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["The senator", "irritated by the question"]);
    assert_eq!(a.source(), None);
    // A place or company after `appeared` is no complement.
    assert!(
        found("Lee appeared on television on Monday.")
            .attributions()
            .is_empty()
    );
    assert!(
        found("Lee appeared with the mayor.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn naming_an_object_without_a_quotation() {
    let f = found("Lee called the plan a disgrace.");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "called");
    assert_eq!(a.contents()[0].as_str(), "the plan a disgrace");
    // A participle is no naming cue.
    assert!(
        found("He joined a group called Friends of Lee.")
            .attributions()
            .is_empty()
    );
    assert!(
        found("The program, called Lift, ends soon.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn a_bare_content_noun_joins_the_cue() {
    let f = found("The ministry expressed doubt that the test had succeeded.");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "expressed doubt");
    assert_eq!(a.contents()[0].as_str(), "that the test had succeeded");
    // With a determiner the noun is the content's.
    let f = found("Lee repeated his claim that the test had failed.");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "repeated");
    assert_eq!(
        a.contents()[0].as_str(),
        "his claim that the test had failed"
    );
}

#[test]
fn a_quotation_after_an_object_and_a_comma_is_the_content() {
    let f = found("She answered his message by writing, “Stop it now.”");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Direct);
    assert_eq!(a.contents()[0].as_str(), "Stop it now.");
    // A dash before a quotation sets it apart as well.
    let f = found("Nobody was impressed - “Born rich,” Lee said - but they stayed.");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Direct);
    assert_eq!(a.contents()[0].as_str(), "Born rich,");
}

#[test]
fn headline_case_cues() {
    let f = found("Senator Ann Lee Says She Will Run Again");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "Says");
    assert_eq!(a.source().unwrap().as_str(), "Senator Ann Lee");
    assert_eq!(a.contents()[0].as_str(), "She Will Run Again");
    // In running text a capitalised cue word is a name.
    assert!(
        found("He met Hope Wells on Monday.")
            .attributions()
            .is_empty()
    );
    let f = found("A Lesson From Senator Ann Lee: ‘Be Heard.’");
    assert_eq!(f.attributions()[0].contents()[0].as_str(), "Be Heard.");
}

#[test]
fn split_quotation_around_a_cue_with_an_adjunct() {
    let f = found("“Each time you claim that,” Lee said, pointing to the delay, “you fail.”");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["Each time you claim that,", "you fail."]);
}

#[test]
fn a_quotation_that_goes_on_the_clause_stays_in_it() {
    let f =
        found("While the board said that Lee was “ready to lead,” critics focused on his past.");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Mixed);
    assert_eq!(a.contents()[0].as_str(), "that Lee was “ready to lead,”");
}

#[test]
fn a_quotation_after_a_comma_conjunction_keeps_the_clause() {
    let f = found("Lee said he had bids for the painting, but “the bids were low.”");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Mixed);
    assert_eq!(
        a.contents()[0].as_str(),
        "he had bids for the painting, but “the bids were low.”"
    );
    let f = found("Lee said he had bids for the painting, but nobody paid.");
    assert_eq!(
        f.attributions()[0].contents()[0].as_str(),
        "he had bids for the painting"
    );
}

#[test]
fn a_participle_after_an_object_takes_the_clause_subject() {
    let f = found("One aide tried to play down the comments, saying they were no big deal.");
    let a = f
        .attributions()
        .iter()
        .find(|a| a.cue().as_str() == "saying")
        .unwrap();
    assert_eq!(a.contents()[0].as_str(), "they were no big deal");
    assert!(a.source().unwrap().as_str().starts_with("One"));
}

#[test]
fn passive_known_as_and_seen_as() {
    let f = found("Mr. Lee is known for his quick temper.");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["Mr. Lee", "his quick temper"]);
    assert_eq!(a.cue().as_str(), "is known for");
    assert_eq!(a.source(), None);
    let f = found("The network, also known as Tavora, is active.");
    let pieces: Vec<_> = f.attributions()[0]
        .contents()
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(pieces, ["The network", "Tavora"]);
    let f = found("The district is seen as a likely gain.");
    assert_eq!(f.attributions()[0].cue().as_str(), "is seen as");
    // Active `see` with an object is no cue without a named subject.
    assert!(
        found("Workers would see a raise by 2022.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn reported_clause_ends_before_a_new_subject_and_cue() {
    let f =
        found("When the host pointed out that Lee had not answered, the senator said he would.");
    let a = f.attributions();
    assert_eq!(a[0].contents()[0].as_str(), "that Lee had not answered");
    assert_eq!(a[1].source().unwrap().as_str(), "the senator");
    assert_eq!(a[1].contents()[0].as_str(), "he would");
}

#[test]
fn according_to_any_source_phrase() {
    let f = found("According to Lee's memo, the firm paid $4 million in 2010.");
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "Lee's memo");
    assert_eq!(a.contents()[0].as_str(), "the firm paid $4 million in 2010");
    let f = found(
        "According to memos that were later published by Trovix, the staff lobbied regulators.",
    );
    let a = &f.attributions()[0];
    assert_eq!(a.contents()[0].as_str(), "the staff lobbied regulators");
    let f = found("“We will finish the work soon,” according to CNN.");
    let a = &f.attributions()[0];
    assert_eq!(a.kind(), AttributionKind::Direct);
    assert_eq!(a.source().unwrap().as_str(), "CNN");
}

#[test]
fn sources_with_an_age_or_a_time_before_the_cue() {
    let f = found("Ann Lee, 27, a nurse in Ohio, said the vote was close.");
    let a = &f.attributions()[0];
    assert_eq!(a.source_head().unwrap().as_str(), "Ann Lee");
    let f = found("Union spokesman Sean Lee on Tuesday morning said the union was united.");
    let a = &f.attributions()[0];
    assert_eq!(a.source_head().unwrap().as_str(), "Sean Lee");
    assert_eq!(a.contents()[0].as_str(), "the union was united");
}

#[test]
fn a_cue_word_after_a_possessive_or_a_number_is_a_noun() {
    for text in [
        "Lee’s comments came as the vote closed.",
        "Editor's note: the story was updated.",
        "Lee had 45 percent support in the poll.",
    ] {
        assert!(found(text).attributions().is_empty(), "{text}");
    }
}

#[test]
fn a_reporting_noun_after_its_owner() {
    let f = found("Politifact checked Lee’s claim that crime had doubled.");
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "Lee");
    assert_eq!(a.cue().as_str(), "claim");
    assert_eq!(a.contents()[0].as_str(), "that crime had doubled");
    let f = found("Others joined Moreau’s call for an independent inquiry.");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "call for");
    assert_eq!(a.contents()[0].as_str(), "an independent inquiry");
    // A time after the preposition says when, not what.
    assert!(triples("He will give his view on Tuesday.").is_empty());
}

#[test]
fn relative_clause_content() {
    let f = found("The governor signed the bill, which critics said was unfair to tenants.");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["which", "was unfair to tenants"]);
    assert_eq!(a.source().unwrap().as_str(), "critics");
    // The clause ends at its comma.
    let f = found("Her vote, which she has said was a mistake, hurt her campaign.");
    let pieces: Vec<_> = f.attributions()[0]
        .contents()
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(pieces, ["which", "was a mistake"]);
    // A complement `that` after a verb is no relative word.
    let f = found("Kim explained through her lawyer that she had only meant to assist.");
    assert!(
        f.attributions()
            .iter()
            .all(|a| a.contents()[0].as_str() != "that")
    );
}

#[test]
fn content_first_clause_skips_a_lead_in_adverbial() {
    let f = found("In return, the North received drones, South Korea has said.");
    assert_eq!(
        f.attributions()[0].contents()[0].as_str(),
        "the North received drones"
    );
}

#[test]
fn continue_is_a_cue_only_after_a_quotation() {
    assert!(
        found("Ruiz continued campaigning on Friday in Iowa.")
            .attributions()
            .is_empty()
    );
    assert_eq!(found("“We go on,” Ruiz continued.").attributions().len(), 1);
}

#[test]
fn a_question_then_its_source_sentence_with_an_adjunct() {
    let a = found("“Where is the money?” Okafor said at the rally. “Nobody knows.”");
    let a = a.attributions();
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].source().map(|s| s.as_str()), Some("Okafor"));
    let c: Vec<&str> = a[0].contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(c, ["Where is the money?", "Nobody knows."]);
    // A postquote cue in its own sentence after a question.
    let a = found("“Is it over?” Lindqvist continued. “Is it really?”");
    assert_eq!(a.attributions().len(), 1);
    assert_eq!(a.attributions()[0].cue().as_str(), "continued");
    // A clause after the adjunct is not an adjunct.
    let a = found("“Why now?” Okafor said in the hall that he would stay.");
    assert!(
        a.attributions()
            .iter()
            .all(|x| x.contents().iter().all(|c| c.as_str() != "Why now?"))
    );
}

#[test]
fn coordinated_source_after_a_quotation() {
    let a = found("“We will not wait,” the mayor and the union leader said on Monday.");
    let a = a.attributions();
    assert_eq!(a.len(), 1);
    assert_eq!(
        a[0].source().map(|s| s.as_str()),
        Some("the mayor and the union leader")
    );
    assert_eq!(a[0].contents()[0].as_str(), "We will not wait,");
    // Not without the quotation right before the first phrase.
    let a = found("Farmers in the valley and the union leader said the harvest was late.");
    assert!(a.attributions().iter().all(|x| {
        x.source()
            .is_none_or(|s| !s.as_str().starts_with("Farmers"))
    }));
}

#[test]
fn a_new_source_and_cue_with_a_quotation_after_a_reported_clause() {
    let f = found("When the chair said the vote was over, Moreau replied, “It has barely begun.”");
    let a = f.attributions();
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].contents()[0].as_str(), "the vote was over");
    assert_eq!(a[1].source().map(|s| s.as_str()), Some("Moreau"));
    assert_eq!(a[1].cue().as_str(), "replied");
    assert_eq!(a[1].contents()[0].as_str(), "It has barely begun.");
}

#[test]
fn a_subject_a_short_predicate_and_a_colon_before_a_quotation() {
    let f = found("Okonkwo hesitated: “Ask me again in a year.”");
    let a = f.attributions();
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].source().map(|s| s.as_str()), Some("Okonkwo"));
    assert_eq!(a[0].cue().as_str(), "hesitated:");
    assert_eq!(a[0].contents()[0].as_str(), "Ask me again in a year.");
    let f = found("As Professor Ruiz put it: “Ports are the new borders.”");
    assert_eq!(
        f.attributions()[0].source().map(|s| s.as_str()),
        Some("Professor Ruiz")
    );
    // Not a determiner phrase, not text after the quotation.
    assert!(
        found("The sign hesitated: “Stop.”")
            .attributions()
            .is_empty()
    );
    assert!(
        found("Okonkwo hesitated: “Ask me,” and left.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn a_participle_after_a_subordinator_takes_the_clause_subject() {
    let f = found("Dockers marched to the port while chanting, “Fair pay now.”");
    let a = f.attributions();
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].source().map(|s| s.as_str()), Some("Dockers"));
    assert_eq!(a[0].cue().as_str(), "chanting");
    assert_eq!(a[0].contents()[0].as_str(), "Fair pay now.");
    // Without a quotation after it, the participle is not read this way.
    assert!(
        found("Dockers marched to the port while chanting slogans.")
            .attributions()
            .iter()
            .all(|x| x.cue().as_str() != "chanting")
    );
}

#[test]
fn manner_of_speaking_verbs_after_a_quotation() {
    let f = found("“We made it!” beamed Ana Costa, the team captain.");
    assert_eq!(f.attributions().len(), 1);
    assert_eq!(f.attributions()[0].cue().as_str(), "beamed");
    let f = found("“Not today,” the minister demurred.");
    assert_eq!(f.attributions()[0].cue().as_str(), "demurred");
    // Only after a quotation.
    assert!(
        found("The lights beamed over the square.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn a_place_with_a_state_abbreviation_ends_the_adjunct() {
    let f = found("“We are back,” Reyes told voters in Santa Rosa, Calif. “And we stay.”");
    let a = f.attributions();
    assert_eq!(a.len(), 1);
    let c: Vec<&str> = a[0].contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(c, ["We are back,", "And we stay."]);
}

#[test]
fn naming_needs_a_quotation_or_for() {
    assert!(
        found("They call each other often in the evening.")
            .attributions()
            .is_empty()
    );
    let f = found("Kim called the plan “a farce”.");
    assert_eq!(f.attributions()[0].kind(), AttributionKind::Mixed);
    let f = found("Clinton has called for a no-fly zone over the city.");
    assert_eq!(f.attributions()[0].cue().as_str(), "has called for");
    assert_eq!(
        f.attributions()[0].contents()[0].as_str(),
        "a no-fly zone over the city"
    );
}

#[test]
fn particle_cues() {
    let f = found("Kim talked about the need for new talks with Seoul.");
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "talked about");
    assert_eq!(
        a.contents()[0].as_str(),
        "the need for new talks with Seoul"
    );
    // Without its particle the verb is no cue.
    assert!(
        found("Kim talked with reporters for an hour.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn quotation_paragraph_after_reported_speech_continues_it() {
    let f = found("Kim said the talks had failed.\n\n“We will not return.”");
    let a = f.attributions();
    assert_eq!(a.len(), 2);
    assert_eq!(a[1].kind(), AttributionKind::Direct);
    assert_eq!(a[1].source().unwrap().as_str(), "Kim");
    assert_eq!(a[1].entity(), a[0].entity());
    // Not after an unnamed source.
    let f = found("Officials said the talks had failed.\n\n“We will not return.”");
    assert_eq!(f.attributions().len(), 1);
}

#[test]
fn noun_readings_of_cue_lemmas() {
    assert!(
        found("The state budget passed on Friday.")
            .attributions()
            .is_empty()
    );
    assert!(
        found("Her emails went unread for a week.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn of_names_and_of_roles() {
    let f = found(
        "“No,” the Ministry of Defence said. “Yes,” Jane Roe, the attorney general of Ohio, said.",
    );
    let names: Vec<_> = f.entities().iter().map(|e| e.name()).collect();
    assert_eq!(names, ["Ministry of Defence", "Jane Roe"]);
    assert_eq!(
        f.entities()[0].kind(),
        crate::entity::EntityKind::Organisation
    );
    assert_eq!(
        f.attributions()[0].source_head().unwrap().as_str(),
        "Ministry of Defence"
    );
}

#[test]
fn sourceless_evidentials() {
    let f = found("The merged firm is expected to earn more profit by 2031.");
    let a = &f.attributions()[0];
    let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(pieces, ["The merged firm", "to earn more profit by 2031"]);
    assert_eq!(a.source(), None);
    assert_eq!(a.cue().as_str(), "is expected");
    // Inside what a named source reports, it is not an attribution of its own.
    let f = found("In return, Pyongyang appears to have received drones, South Korea has said.");
    assert_eq!(f.attributions().len(), 1);
    assert_eq!(
        f.attributions()[0].source().unwrap().as_str(),
        "South Korea"
    );
}

#[test]
fn a_quotation_over_paragraphs_is_one_attribution() {
    // The scanner's multi-paragraph quotation, built by hand (the provisional scanner pairs
    // within a paragraph only).
    let text = "Kim said: “We won.\n\n“We will win again.\n\n“And again.”\n\nThen he left.";
    let body: Vec<_> = crate::text::paragraphs(text).collect();
    let piece = |s: &str| {
        let start = text.find(s).unwrap();
        Span::new(start, start + s.len())
    };
    let q = Quotation {
        haystack: text,
        span: Span::new(
            text.find('“').unwrap(),
            text.rfind('”').unwrap() + '”'.len_utf8(),
        ),
        pieces: vec![
            piece("We won."),
            piece("We will win again."),
            piece("And again."),
        ]
        .into(),
        style: crate::quote::MarkStyle::CurlyDouble,
        kind: crate::quote::QuoteKind::Full,
        parent: None,
        closed: true,
    };
    let f = attribute(text, &body, &[q]);
    assert_eq!(f.attributions().len(), 1, "{:#?}", f.attributions());
    let pieces: Vec<_> = f.attributions()[0]
        .contents()
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(pieces, ["We won.", "We will win again.", "And again."]);
    assert_eq!(f.attributions()[0].kind(), AttributionKind::Direct);
    // Attributed at its end.
    let text = "“We won.\n\n“We will win again,” he said.";
    let body: Vec<_> = crate::text::paragraphs(text).collect();
    let start = |s: &str| text.find(s).unwrap();
    let q = Quotation {
        haystack: text,
        span: Span::new(0, start(" he said")),
        pieces: vec![
            Span::new(start("We won."), start("We won.") + 7),
            Span::new(
                start("We will"),
                start("We will") + "We will win again,".len(),
            ),
        ]
        .into(),
        style: crate::quote::MarkStyle::CurlyDouble,
        kind: crate::quote::QuoteKind::Full,
        parent: None,
        closed: true,
    };
    let f = attribute(text, &body, &[q]);
    assert_eq!(f.attributions().len(), 1);
    let pieces: Vec<_> = f.attributions()[0]
        .contents()
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(pieces, ["We won.", "We will win again,"]);
}

#[test]
fn run_on_input_is_read_whole() {
    // Run-on input with no sentence end, cue words without quotes, and many entities that share
    // a surname. Time is checked where it can be measured without a clock race: the scaling suite
    // (`examples/scaling --check`, run by `.ci/run`) fails on superlinear growth.
    let text = "Kim said, “yes” and officials said ".repeat(20_000);
    let _ = found(&text);
    let text = "said ".repeat(100_000);
    let _ = found(&text);
    // Many entities that share a surname, titles and pronouns.
    let text: String = (0..20_000)
        .map(|i| format!("“Yes,” President Ann{i} Smith said. “No,” she added. Smith{i} left.\n"))
        .collect();
    let f = found(&text);
    assert!(f.entities().len() >= 20_000);
}

#[test]
fn odd_input_does_not_panic() {
    for t in [
        "",
        "“",
        "”",
        "said",
        "“,” said",
        ", according to",
        "As per",
        "— ",
        "a:“b”",
        "\r\n“x”\r\n—",
        // A cue and its preposition end the text (found by mutating real articles).
        "He was seen as",
        "The group, known as",
        "Arab News quoted Lee as saying",
        "“It is over,” the paper quotes",
        "added $",
    ] {
        let _ = found(t);
    }
}

#[test]
fn a_time_phrase_after_the_cue_leaves_the_content_after_it() {
    for (text, content) in [
        (
            "The army said on Monday it had shot down 40 drones.",
            "it had shot down 40 drones",
        ),
        (
            "Kim said on Friday night the talks would resume.",
            "the talks would resume",
        ),
        (
            "The army said on Monday that it had withdrawn.",
            "that it had withdrawn",
        ),
    ] {
        let f = found(text);
        let a = f.attributions();
        assert_eq!(a.len(), 1, "{text}");
        assert_eq!(a[0].contents()[0].as_str(), content);
        assert_eq!(a[0].cue().as_str(), "said");
    }
}

#[test]
fn a_possessive_opens_the_source_noun_phrase() {
    let f = found("Ukraine's air force said it had shot down 40 drones.");
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "Ukraine's air force");
    assert_eq!(a.contents()[0].as_str(), "it had shot down 40 drones");
}

#[test]
fn a_participle_after_by_or_without_takes_the_clause_subject() {
    for (text, source, cue, content) in [
        (
            "Lee won the seat by telling voters he shared their fears.",
            "Lee",
            "telling",
            "he shared their fears",
        ),
        (
            "The senator left without saying whether she would run.",
            "The senator",
            "saying",
            "whether she would run",
        ),
        (
            "The plan passed, with critics saying it was rushed.",
            "critics",
            "saying",
            "it was rushed",
        ),
        (
            "The group issued a brief statement saying it had quit the talks.",
            "The group",
            "saying",
            "it had quit the talks",
        ),
    ] {
        let a = one(text);
        assert_eq!(a.source().unwrap().as_str(), source, "{text}");
        assert_eq!(a.cue().as_str(), cue, "{text}");
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
    }
}

#[test]
fn a_cue_after_and_or_but_inherits_the_clause_subject() {
    let text = "Some donors left the party, and argue that the vote was rigged.";
    let f = found(text);
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.cue().as_str(), "argue");
    assert!(a.source().unwrap().as_str().starts_with("Some"));
    assert_eq!(a.contents()[0].as_str(), "that the vote was rigged");
    // Not the verb of a relative clause in the source.
    let text = "Ann Lee, who has not opened the book but knows its plot, said it was slow.";
    let f = found(text);
    assert_eq!(f.attributions().len(), 1);
    assert_eq!(f.attributions()[0].cue().as_str(), "said");
}

#[test]
fn shares_and_plural_heads_with_a_prepositional_phrase_as_sources() {
    for (text, source, content) in [
        (
            "Some 42% say they are liberal.",
            "Some 42%",
            "they are liberal",
        ),
        (
            "A mere 7 percent say they never shop online.",
            "A mere 7 percent",
            "they never shop online",
        ),
        (
            "Proponents of the zoning plan say it would help.",
            "Proponents of the zoning plan",
            "it would help",
        ),
        (
            "Twelve percent of parents in the survey said they were unsure.",
            "Twelve percent of parents in the survey",
            "they were unsure",
        ),
    ] {
        let a = one(text);
        assert_eq!(a.source().unwrap().as_str(), source, "{text}");
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
    }
    for (text, source, head) in [
        (
            "People close to him say he is shy.",
            "People close to him",
            "People",
        ),
        (
            "Several people privy to the talks say the merger is near.",
            "Several people privy to the talks",
            "Several people",
        ),
        ("Lee himself said the race was close.", "Lee himself", "Lee"),
        ("One says the market is up.", "One", "One"),
        (
            "Speaker Dana Holm on Tuesday declared that she would not run.",
            "Speaker Dana Holm",
            "Dana Holm",
        ),
        (
            "Prime Minister Helen May said the talks failed.",
            "Prime Minister Helen May",
            "Helen May",
        ),
    ] {
        let a = one(text);
        assert_eq!(a.source().unwrap().as_str(), source, "{text}");
        assert_eq!(a.source_head().unwrap().as_str(), head, "{text}");
    }
    // A share before a noun reading stays no cue.
    assert!(
        found("About 45 percent support for the plan is soft.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn a_cue_after_a_verb_and_to_takes_the_subject_of_the_verb() {
    for (text, source, content) in [
        (
            "Lee went on to say that no accord was near.",
            "Lee",
            "that no accord was near",
        ),
        (
            "Kim was quick to add that no date was set.",
            "Kim",
            "that no date was set",
        ),
    ] {
        let a = one(text);
        assert_eq!(a.source().unwrap().as_str(), source, "{text}");
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
    }
    // Not an object or a prepositional object before `to`.
    for text in [
        "The plan is to say nothing.",
        "The panel held her in contempt of Congress to testify about the server.",
    ] {
        assert!(found(text).attributions().is_empty(), "{text}");
    }
}

#[test]
fn a_thought_participle_before_a_that_clause_keeps_its_subject() {
    let f = found("The government is worried that the rhetoric could hurt trade.");
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "The government");
    assert_eq!(a.cue().as_str(), "is worried");
    assert_eq!(
        a.contents()[0].as_str(),
        "that the rhetoric could hurt trade"
    );
}

#[test]
fn a_new_source_and_cue_in_a_content_start_their_own_attribution() {
    let text = "The group claimed the attack but officials have said they doubt it.";
    let f = found(text);
    let got: Vec<_> = f
        .attributions()
        .iter()
        .map(|a| (a.cue().as_str(), a.contents()[0].as_str()))
        .collect();
    assert_eq!(
        got,
        [("claimed", "the attack"), ("have said", "they doubt it")]
    );
    // A cue of the content's own clause stays inside it.
    let f = found("Lee said the firm reported a loss.");
    assert_eq!(f.attributions().len(), 1);
    assert_eq!(
        f.attributions()[0].contents()[0].as_str(),
        "the firm reported a loss"
    );
}

#[test]
fn directive_cues_and_their_noun_readings() {
    let f = found("The judge ordered that the files be released.");
    assert_eq!(f.attributions().len(), 1);
    assert_eq!(f.attributions()[0].cue().as_str(), "ordered");
    assert_eq!(
        f.attributions()[0].contents()[0].as_str(),
        "that the files be released"
    );
    assert!(
        found("He signed an executive order on Monday.")
            .attributions()
            .is_empty()
    );
}

#[test]
fn a_quotation_sentence_continues_the_last_speech_attribution() {
    let f = found("Roe said the vote was close, and she hopes to win it. \"It is not over.\"");
    let last = f.attributions().last().unwrap();
    assert_eq!(last.contents()[0].as_str(), "It is not over.");
    assert_eq!(last.cue().as_str(), "said");
    assert_eq!(last.source().unwrap().as_str(), "Roe");
}

#[test]
fn a_thought_reported_by_a_trailing_source_is_that_source_s_content() {
    let f = found("Lee believes the deal is good, aides said.");
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "aides");
    assert_eq!(a.cue().as_str(), "said");
    assert_eq!(a.contents()[0].as_str(), "Lee believes the deal is good");
    let f = found("Lee praised the plan, aides said.");
    assert_eq!(f.attributions().len(), 1);
    assert_eq!(f.attributions()[0].cue().as_str(), "said");
    assert_eq!(
        f.attributions()[0].contents()[0].as_str(),
        "Lee praised the plan"
    );
    // Speech keeps its reporter as a secondary source.
    let f = found("Kim said the talks failed, KCNA reported.");
    assert_eq!(f.attributions()[0].cue().as_str(), "said");
}

#[test]
fn an_inherited_source_skips_a_lead_in_phrase() {
    let f = found("On Sunday, the mayor spoke for an hour, saying the plan was dead.");
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "the mayor");
    assert_eq!(a.contents()[0].as_str(), "the plan was dead");
}

#[test]
fn a_paragraph_opening_with_a_source_and_a_colon() {
    let f = found("Poll: Lee and Kim in dead heat before the debate.");
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "Poll");
    assert_eq!(a.cue().as_str(), ":");
    assert_eq!(
        a.contents()[0].as_str(),
        "Lee and Kim in dead heat before the debate"
    );
    for text in [
        "Update: The story has been corrected.",
        "He had one goal. Lee: win the vote.",
        "The plan: raise taxes and cut spending.",
    ] {
        assert!(found(text).attributions().is_empty(), "{text}");
    }
}

#[test]
fn a_participle_clause_of_the_content_is_no_apposition_of_an_inverted_source() {
    let f = found(
        "That would hurt Lee before the vote, forcing her to fight on, said Brad Bann, a \
         pollster.",
    );
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.source_head().unwrap().as_str(), "Brad Bann");
    assert!(a.contents()[0].as_str().starts_with("That would hurt Lee"));
}

#[test]
fn a_relative_word_as_the_object_of_a_cue_is_its_content() {
    let f = found("He faces a charge of fraud, which he has denied.");
    assert_eq!(f.attributions().len(), 1);
    let a = &f.attributions()[0];
    assert_eq!(a.contents()[0].as_str(), "which");
    assert_eq!(a.source().unwrap().as_str(), "he");
    assert_eq!(a.cue().as_str(), "has denied");
    // `that` after a verb opens a clause, not a relative one.
    let f = found("He said that officials said.");
    assert!(
        f.attributions()
            .iter()
            .all(|a| a.contents()[0].as_str() != "that")
    );
}

#[test]
fn appositions_with_abbreviations_parentheticals_and_relative_clauses() {
    for (text, source, head, content) in [
        (
            "Maria Lopez, 41, of Dayton, Ala., says her main worry is rent.",
            "Maria Lopez, 41, of Dayton, Ala.",
            "Maria Lopez",
            "her main worry is rent",
        ),
        (
            "Sen. Jane Roe, R-Fla., said the bill failed.",
            "Sen. Jane Roe, R-Fla.",
            "Jane Roe",
            "the bill failed",
        ),
        (
            "One of his aides, Tad Devo, told the newspaper that he would stay.",
            "One of his aides, Tad Devo",
            "Tad Devo",
            "that he would stay",
        ),
        (
            "Liberal economists, like their conservative peers, say a tax cut helps growth.",
            "Liberal economists, like their conservative peers",
            "Liberal economists",
            "a tax cut helps growth",
        ),
        (
            "Larry Mayer, a banker who argued with her at the meeting, said that rates were low.",
            "Larry Mayer, a banker who argued with her at the meeting",
            "Larry Mayer",
            "that rates were low",
        ),
        (
            "Jane Roe — a nurse from Dover — says she voted for Lee.",
            "Jane Roe — a nurse from Dover",
            "Jane Roe",
            "she voted for Lee",
        ),
        (
            "The scholars -- Mr. Tribe and Ms. Epps -- agreed there are good judges.",
            "The scholars -- Mr. Tribe and Ms. Epps",
            "The scholars",
            "there are good judges",
        ),
        (
            "The union, based in Ohio, said the deal was fair.",
            "The union, based in Ohio",
            "The union",
            "the deal was fair",
        ),
        (
            "Ann Hedge, who values farm properties for the land brokerage \
             Rourke & Vale, said prices fell.",
            "Ann Hedge, who values farm properties for the land brokerage \
             Rourke & Vale",
            "Ann Hedge",
            "prices fell",
        ),
        (
            "Rep. Sandy Lev (Mich.), a delegate supporting Lee, said he has spoken to her.",
            "Rep. Sandy Lev (Mich.), a delegate supporting Lee",
            "Sandy Lev",
            "he has spoken to her",
        ),
        (
            "His wife, longtime Lee aide Huma Ab, announced they were separated.",
            "His wife, longtime Lee aide Huma Ab",
            "Huma Ab",
            "they were separated",
        ),
        (
            "The clerk, a registered independent who asked not to be \
             named, said she was fired.",
            "The clerk, a registered independent who asked not to be named",
            "The clerk",
            "she was fired",
        ),
        (
            "Kim and other senior lawmakers acknowledge that the bill is flawed.",
            "Kim and other senior lawmakers",
            "other senior lawmakers",
            "that the bill is flawed",
        ),
        (
            "Sens. Jeff Merk and Bob Men all suggested that the claims were false.",
            "Sens. Jeff Merk and Bob Men all",
            "Bob Men",
            "that the claims were false",
        ),
        (
            "Mike Bloom, who's thinking about running, said it was hard to win.",
            "Mike Bloom, who's thinking about running",
            "Mike Bloom",
            "it was hard to win",
        ),
    ] {
        let a = one(text);
        assert_eq!(a.source().unwrap().as_str(), source, "{text}");
        assert_eq!(a.source_head().unwrap().as_str(), head, "{text}");
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
    }
}

#[test]
fn a_role_then_a_name_in_commas_is_one_source() {
    for text in [
        "The spokesman, Dmitry Peskov, said talks were constructive.",
        "The Kremlin spokesman, Dmitry Peskov, told reporters that talks were constructive.",
    ] {
        let f = found(text);
        let a = &f.attributions()[0];
        assert!(
            a.source()
                .unwrap()
                .as_str()
                .ends_with("spokesman, Dmitry Peskov"),
            "{text}"
        );
        assert_eq!(a.source_head().unwrap().as_str(), "Dmitry Peskov");
        assert!(
            a.contents()[0]
                .as_str()
                .ends_with("talks were constructive")
        );
    }
}

#[test]
fn a_source_head_keeps_its_prepositional_phrase() {
    let f = found("Officials in the Kharkiv region said two people were injured.");
    let a = &f.attributions()[0];
    assert_eq!(
        a.source().unwrap().as_str(),
        "Officials in the Kharkiv region"
    );
    assert_eq!(a.source_head().unwrap().as_str(), "Officials");
    assert!(a.is_unnamed());
    let f = found("Analysts at the bank said rates would fall.");
    assert_eq!(
        f.attributions()[0].source().unwrap().as_str(),
        "Analysts at the bank"
    );
}

#[test]
fn a_medium_phrase_after_the_cue_ends_before_the_content() {
    for (text, content, medium) in [
        (
            "The airline said in a statement it would appeal.",
            "it would appeal",
            "a statement",
        ),
        (
            "He said in an interview with NPR he would run.",
            "he would run",
            "an interview with NPR",
        ),
        (
            "He said in an interview with NPR on Friday that he would run.",
            "that he would run",
            "an interview with NPR",
        ),
    ] {
        let f = found(text);
        let a = &f.attributions()[0];
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
        assert_eq!(secondary(a, Relation::Medium), Some(medium), "{text}");
    }
}

#[test]
fn the_recipient_of_told_ends_where_the_reported_clause_begins() {
    for (text, recipient, content) in [
        (
            "She told the BBC she was shocked.",
            "the BBC",
            "she was shocked",
        ),
        (
            "She told Reuters she was shocked.",
            "Reuters",
            "she was shocked",
        ),
        (
            "Kim told the newspaper the plan had failed.",
            "the newspaper",
            "the plan had failed",
        ),
    ] {
        let f = found(text);
        let a = &f.attributions()[0];
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
        assert_eq!(secondary(a, Relation::Recipient), Some(recipient), "{text}");
    }
}

#[test]
fn a_relative_clause_in_commas_stays_with_its_subject() {
    for (text, head, content) in [
        (
            "The mayor, who took office in May, said the city would sue.",
            "The mayor",
            "the city would sue",
        ),
        (
            "The company, which employs 500 people, said it would appeal.",
            "The company",
            "it would appeal",
        ),
        (
            "Officials, who asked not to be named, said the audit had stalled.",
            "Officials",
            "the audit had stalled",
        ),
    ] {
        let f = found(text);
        let a = &f.attributions()[0];
        assert_eq!(a.source_head().unwrap().as_str(), head, "{text}");
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
    }
}

/// Batches of any size read the body as one batch does: what a reader needs of an earlier
/// batch (the paragraph of an earlier unit, the drafts, the names seen) is carried over.
#[test]
fn batches_of_paragraphs_read_as_the_whole_body() {
    let article = "Acme Corp Says Profits Rose\n\n\
        President Ana Ruiz told reporters on Monday that the plant would stay open.\n\n\
        “We are not leaving,” she said. “The town is our home.\n\n\
        “We will hire more,” Ruiz added, according to the company.\n\n\
        Union leader Tom Okafor, who met her, said workers were relieved.\n\n\
        — Tom Okafor\n\n\
        Analysts said the move was expected. He said the deal, which Ruiz has denied, was \
        signed.\n\n\
        Update: officials said nothing.";
    let text = format!("{article}\n\n{article}");
    let body: Vec<Paragraph<'_>> = crate::text::paragraphs(&text).collect();
    let qs = crate::quote::quotations(&text);
    let whole = attribute_batched(&text, &body, &qs, Some(0), usize::MAX);
    assert!(
        whole.attributions().len() >= 8,
        "{:?}",
        whole.attributions()
    );
    assert!(!whole.entities().is_empty());
    for batch in [1, 2, 7, 20, 60] {
        let batched = attribute_batched(&text, &body, &qs, Some(0), batch);
        assert_eq!(batched, whole, "batches of {batch} tokens");
    }
}
