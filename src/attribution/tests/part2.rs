//! Tests of the attribution layer through `attribute_text`, continued.

use super::*;

#[test]
fn an_apposition_chain_from_the_start_of_the_sentence_does_not_underflow() {
    // Regression: the apposition reader walked back to token 0 and subtracted one.
    let f = found("Lee, 30, of Dover, N.H., who was polled, said.");
    for a in f.attributions() {
        assert!(a.source().is_some_and(|s| s.as_str().starts_with("Lee")));
    }
    let f = found("Smith, 30, of Dover, said the plan failed.");
    assert_eq!(f.attributions()[0].source_head().unwrap().as_str(), "Smith");
}

#[test]
fn an_object_content_ends_before_a_joined_clause() {
    let t = triples("The senator praised the governor and criticized the plan.");
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].2, ["the governor"]);
    assert_eq!(t[1].2, ["the plan"]);
    assert_eq!(t[1].0.as_deref(), Some("The senator"));
    assert_eq!(
        contents_of(
            "Okafor endorsed Lindqvist, a move that surprised many.",
            "endorsed"
        ),
        ["Lindqvist"]
    );
    assert_eq!(
        contents_of(
            "Okafor defended the budget while the council met.",
            "defended"
        ),
        ["the budget"]
    );
    // A participle cue of the same source goes on the attribution.
    assert_eq!(
        contents_of("Okafor defended the budget, calling it fair.", "defended"),
        ["the budget, calling it fair"]
    );
}

#[test]
fn a_trailing_time_adjunct_belongs_to_the_cue() {
    assert_eq!(
        contents_of(
            "Lee said the plan was dead on Wednesday at a rally in Ohio.",
            "said"
        ),
        ["the plan was dead"]
    );
    // A time inside the clause, with more clause after it, stays.
    assert_eq!(
        contents_of("Lee said the vote on Friday would decide the race.", "said"),
        ["the vote on Friday would decide the race"]
    );
}

#[test]
fn a_cue_in_a_sentence_opening_clause_ends_at_its_comma() {
    assert_eq!(
        contents_of(
            "When officials announce a deal, markets will rally.",
            "announce"
        ),
        ["a deal"]
    );
    // A subordinate clause inside the content is the content's own.
    assert_eq!(
        contents_of(
            "Lee said that if the deal fails, markets will fall.",
            "said"
        ),
        ["that if the deal fails, markets will fall"]
    );
}

#[test]
fn a_digit_group_comma_is_not_a_clause_comma() {
    assert_eq!(
        contents_of("Officials said 2,400 people were evacuated.", "said"),
        ["2,400 people were evacuated"]
    );
}

#[test]
fn an_infinitive_cue_takes_the_clause_subject() {
    let t = triples("The mayor went to City Hall to denounce the budget cuts.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("The mayor"));
    assert_eq!(t[0].1, "denounce");
    assert_eq!(t[0].2, ["the budget cuts"]);
    // After a cue verb, the infinitive is that cue's content, not a second attribution.
    let t = triples("Lee wants to denounce the cuts.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].1, "wants");
}

#[test]
fn a_passive_cue_with_its_agent() {
    let t = triples("The plan was sharply criticized by economists.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("economists"));
    assert_eq!(t[0].2, ["The plan"]);
    assert!(
        t[0].1.starts_with("was") && t[0].1.ends_with("by"),
        "{}",
        t[0].1
    );
    // Without an agent the subject is still what was said about; no source is named.
    let t = triples("The plan was criticized over its cost.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0, None);
    assert_eq!(t[0].2, ["The plan"]);
    // Not a thought verb: `is expected` reads as an evidential only before `to`.
    assert!(triples("The plan was expected.").is_empty());
}

#[test]
fn a_noun_in_ly_after_a_determiner_is_a_source() {
    for text in [
        "The family said it was ready.",
        "“We are ready,” the daily wrote.",
    ] {
        let t = triples(text);
        assert_eq!(t.len(), 1, "{text}");
        assert!(
            t[0].0
                .as_deref()
                .is_some_and(|s| s.ends_with("family") || s.ends_with("daily"))
        );
    }
    // An adverb still joins the cue.
    let t = triples("Lee quickly said it was ready.");
    assert_eq!(t[0].0.as_deref(), Some("Lee"));
}

#[test]
fn a_parenthetical_source_before_a_verb_or_a_quotation() {
    let t = triples("That habit, they said, rewards opening new branches.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].2, ["That habit", "rewards opening new branches"]);
    let t = triples("The industry, she said, is “doing much better than before.”");
    assert_eq!(
        t[0].2,
        ["The industry", "is “doing much better than before.”"]
    );
}

#[test]
fn a_participle_after_a_subordinator_with_a_clause() {
    let t = triples("Okafor smiled before optimistically predicting that the party would heal.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("Okafor"));
    assert_eq!(t[0].2, ["that the party would heal"]);
}

#[test]
fn an_adjunct_between_the_cue_and_its_clause() {
    assert_eq!(
        contents_of(
            "Parents say by a clear margin, 57 percent to 38 percent, that they want reform.",
            "say"
        ),
        ["that they want reform"]
    );
    assert_eq!(
        contents_of(
            "Lee has said for months she is the best choice.",
            "has said"
        ),
        ["she is the best choice"]
    );
}

#[test]
fn clause_contents_go_on_through_a_second_that_and_a_colon() {
    assert_eq!(
        contents_of(
            "Lee said that taxes would rise, and that spending would fall.",
            "said"
        ),
        ["that taxes would rise, and that spending would fall"]
    );
    assert_eq!(
        contents_of("Lee argued that the plan failed: nobody used it.", "argued"),
        ["that the plan failed: nobody used it"]
    );
    // A participle cue still starts its own attribution.
    let t = triples("Lee said the plan failed, adding that nobody used it.");
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].2, ["the plan failed"]);
}

#[test]
fn a_message_saying_is_its_senders() {
    let t = triples("At that point, she released a short statement saying, “We are ready.”");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("she"));
    assert_eq!(t[0].2, ["We are ready."]);
    let t = triples("The union issued a short statement saying it had taken the step.");
    assert_eq!(t[0].0.as_deref(), Some("The union"));
    assert_eq!(t[0].2, ["it had taken the step"]);
    let t = triples("The ad ends with footage of Okafor saying, “That makes me smart.”");
    assert_eq!(t[0].0.as_deref(), Some("Okafor"));
    // A person saying something, with no message or recording, is not a cue.
    assert!(triples("The man saying prayers left.").is_empty());
}

#[test]
fn a_relative_word_as_the_object_of_a_cue() {
    let t = triples("He faced allegations, which he has denied.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("he"));
    assert_eq!(t[0].2, ["which"]);
    let t = triples("She chose Alvarez, who he named Tuesday as his deputy.");
    assert_eq!(
        t.iter().find(|x| x.1 == "named").map(|x| x.2.clone()),
        Some(vec!["who".to_owned()])
    );
    // A complementizer before a cue with a quotation is not an object.
    let t = triples("The debate was so dull that Lee said, “I cannot believe it.”");
    assert!(t.iter().all(|x| x.2 != ["that"]), "{t:?}");
    // A relative clause with its own object keeps the object as the content.
    let t = triples("It was Lee, who denied the report.");
    assert!(t.iter().all(|x| x.2 != ["who"]), "{t:?}");
}

#[test]
fn a_headline_source_before_a_colon() {
    let text = "Poll: Ortiz and Blake in tight race.\n\nThe race is close.";
    let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
    let quotations = crate::quote::quotations(text);
    let found = attribute_in(text, &body, &quotations, Some(0));
    let a = &found.attributions()[0];
    assert_eq!(a.source().map(|s| s.as_str()), Some("Poll"));
    assert_eq!(a.cue().as_str(), ":");
    assert_eq!(a.cue_class(), CueClass::Punctuation);
    assert_eq!(a.contents()[0].as_str(), "Ortiz and Blake in tight race");
    // A quoted headline is direct.
    let text = "Okafor: ‘We Will Fight To The End.’";
    let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
    let quotations = crate::quote::quotations(text);
    let found = attribute_in(text, &body, &quotations, Some(0));
    assert_eq!(found.attributions()[0].kind(), AttributionKind::Direct);
    // Section labels are not sources.
    for (text, headline) in [
        ("The Latest: Clinton leads in Ohio.", Some(0)),
        ("EXCLUSIVE: Clinton leads in Ohio.", Some(0)),
    ] {
        let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
        let quotations = crate::quote::quotations(text);
        let found = attribute_in(text, &body, &quotations, headline);
        assert!(
            found.attributions().iter().all(|a| a.cue().as_str() != ":"),
            "{text}"
        );
    }
}

#[test]
fn a_reporting_noun_with_its_content_after_a_preposition() {
    let t = triples("Sanders renewed his call for a political revolution on Tuesday.");
    let call = t.iter().find(|x| x.1 == "call for").expect("call for");
    assert_eq!(call.0.as_deref(), Some("his"));
    assert_eq!(call.2, ["a political revolution"]);
    let t = triples("Okafor's remarks about the judge, which drew criticism, were a mistake.");
    let r = t
        .iter()
        .find(|x| x.1 == "remarks about")
        .expect("remarks about");
    assert_eq!(r.0.as_deref(), Some("Okafor's"));
    assert_eq!(r.2, ["the judge"]);
    // Not every preposition: `a call to the office` is not a call for anything.
    assert!(triples("She made a call to the office.").is_empty());
}

#[test]
fn a_clause_then_a_colon_then_a_whole_quotation() {
    let t = triples("The first callers ranged from curious to angry: “Is it time to act?”");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("The first callers"));
    assert_eq!(t[0].2, ["Is it time to act?"]);
    // A lower-case fragment after the colon is not a quoted sentence of the subject's.
    let t = triples("The sign had one word: “resign.”");
    assert!(t.iter().all(|x| x.2 != ["resign."]), "{t:?}");
}

#[test]
fn a_trailing_source_phrase_with_a_participle() {
    let t = triples("“We won the race,” according to a document filed by the campaign.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("a document filed by the campaign"));
    assert_eq!(t[0].2, ["We won the race,"]);
}

#[test]
fn a_participle_opening_the_sentence_takes_the_main_subject() {
    let t = triples("Insisting it wasn’t staged, Okafor called workers to the podium.");
    let a = t.iter().find(|x| x.1 == "Insisting").expect("Insisting");
    assert_eq!(a.0.as_deref(), Some("Okafor"));
    assert_eq!(a.2, ["it wasn’t staged"]);
}

#[test]
fn contractions_pronouns_and_source_phrases() {
    // `he’s` is a pronoun: the recipient of `told` ends before it.
    let t = triples("Okafor told the Post he’s received hundreds of emails.");
    assert_eq!(t[0].2, ["he’s received hundreds of emails"]);
    let t = triples("As reported by the Journal, the deal collapsed in March.");
    assert_eq!(t[0].0.as_deref(), Some("the Journal"));
    assert_eq!(t[0].2, ["the deal collapsed in March"]);
    // A pronoun alone can be the object a cue reports on.
    let t = triples("Okafor endorsed him.");
    assert_eq!(t[0].2, ["him"]);
}

#[test]
fn a_quotation_then_the_source_and_a_subordinate_clause() {
    let t = triples("“We will prevail,” Okafor said as the audience clapped.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0.as_deref(), Some("Okafor"));
    assert_eq!(t[0].2, ["We will prevail,"]);
    let t = triples("The senator has expressed support for new sanctions.");
    assert_eq!(t[0].1, "has expressed support for");
    assert_eq!(t[0].2, ["new sanctions"]);
    let t = triples("Okafor dismissed complaints from Brandt, Ruiz and Hale.");
    assert_eq!(t[0].2, ["complaints from Brandt, Ruiz and Hale"]);
}

#[test]
fn a_share_in_ten_as_the_source() {
    let t = triples("About two in 10 said the council ignored them.");
    assert_eq!(t[0].0.as_deref(), Some("About two in 10"));
    let t = triples("More than 7 in 10 said Okafor would do best on housing.");
    assert_eq!(t[0].0.as_deref(), Some("More than 7 in 10"));
    assert_eq!(t[0].2, ["Okafor would do best on housing"]);
}

#[test]
fn a_possessive_pronoun_owns_a_reporting_noun() {
    let t = triples("Okafor revived their claim that the count was flawed.");
    let a = t.iter().find(|x| x.1 == "claim").expect("claim");
    assert_eq!(a.0.as_deref(), Some("their"));
    assert_eq!(a.2, ["that the count was flawed"]);
    // Without a link word the noun is only a noun.
    assert!(triples("Their claim failed.").is_empty());
}

#[test]
fn adjuncts_of_a_topic_and_a_medium_with_its_addressee() {
    let a = one("“Adapt,” he said of Okafor, “whether you win or not.”");
    let c: Vec<&str> = a.contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(c, ["Adapt,", "whether you win or not."]);
    let a = one("Okafor said of the plan that it was dead.");
    assert_eq!(a.contents()[0].as_str(), "that it was dead");
    let a = one("Okafor wrote in a letter to members that the merger was off.");
    assert_eq!(a.contents()[0].as_str(), "that the merger was off");
    assert_eq!(secondary(&a, Relation::Medium), Some("a letter to members"));
}

#[test]
fn a_content_first_sentence_ending_in_a_prepositional_phrase() {
    let a = one("The deal is close, officials said on condition of anonymity.");
    assert_eq!(a.source().map(|s| s.as_str()), Some("officials"));
    assert_eq!(a.contents()[0].as_str(), "The deal is close");
    // A clause after the preposition is content of its own (`said in May that …`).
    let a = one("Okafor said in May that the deal was close.");
    assert_eq!(a.contents()[0].as_str(), "that the deal was close");
}

#[test]
fn asked_in_the_passive_after_when_and_with_a_request() {
    let a = one("At a forum, Okafor was asked about funding the schools.");
    assert_eq!(a.source(), None);
    assert_eq!(a.contents()[0].as_str(), "about funding the schools");
    let t = triples("“Of course,” Okafor replied when asked whether she would stay.");
    assert_eq!(t.len(), 2);
    assert_eq!(t[1].2, ["whether she would stay"]);
    let a = one("Okafor asked tenants to sign on to a rent freeze.");
    assert_eq!(
        a.contents()[0].as_str(),
        "tenants to sign on to a rent freeze"
    );
    // A quotation sentence after a question goes on the speaker's words, not the question.
    let t = triples("“We won,” Okafor said when asked about her victory. “We earned it.”");
    assert_eq!(t[0].2, ["We won,", "We earned it."]);
}

#[test]
fn a_naming_ends_with_its_quoted_complement() {
    let t = triples("Corrigan called the plan “deeply flawed,” but said no changes would follow.");
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].2, ["the plan “deeply flawed,”"]);
    assert_eq!(t[1].1, "said");
}

#[test]
fn an_as_clause_reports_the_main_clause() {
    let a = one("As Okafor has pointed out, the plan failed.");
    assert_eq!(a.source().map(|s| s.as_str()), Some("Okafor"));
    assert_eq!(a.contents()[0].as_str(), "the plan failed");
    let a = one("The plan failed, as Okafor noted.");
    assert_eq!(a.contents()[0].as_str(), "The plan failed");
}

#[test]
fn a_reduced_adverbial_clause_after_the_source() {
    let t = triples("Okafor, when asked what was wrong, responded that the plan failed.");
    let a = t.iter().find(|x| x.1 == "responded").expect("responded");
    assert!(
        a.0.as_deref().is_some_and(|s| s.starts_with("Okafor")),
        "{a:?}"
    );
    assert_eq!(a.2, ["that the plan failed"]);
    let a = one("Okafor, while speaking to reporters, said the plan failed.");
    assert_eq!(a.source_head().map(|s| s.as_str()), Some("Okafor"));
}

#[test]
fn a_role_for_a_name_is_the_role() {
    let a = one("A spokesman for Okafor said the plan failed.");
    assert_eq!(
        a.source().map(|s| s.as_str()),
        Some("A spokesman for Okafor")
    );
    assert_eq!(a.source_head().map(|s| s.as_str()), Some("A spokesman"));
}

#[test]
fn a_trailing_source_phrase_with_a_participle_and_a_place() {
    let a =
        one("The partners planned to reopen the mill, according to a complaint filed in Accra.");
    assert_eq!(a.cue().as_str(), "according to");
    assert_eq!(
        a.source().map(|s| s.as_str()),
        Some("a complaint filed in Accra")
    );
    assert_eq!(
        a.contents()[0].as_str(),
        "The partners planned to reopen the mill"
    );
}

#[test]
fn a_saying_participle_after_an_object_is_a_report_of_its_own() {
    let t = triples("Okafor defended the remark, saying the budget was fair.");
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[0].2, ["the remark"]);
    assert_eq!(t[1].0.as_deref(), Some("Okafor"));
    assert_eq!(t[1].2, ["the budget was fair"]);
    // A naming participle still goes on the object.
    assert_eq!(
        contents_of("Okafor defended the budget, calling it fair.", "defended"),
        ["the budget, calling it fair"]
    );
}

#[test]
fn a_participle_after_a_comma_inside_quotation_marks() {
    let t = triples("Okafor made a defense of “city values,” saying the city was brave.");
    let saying = t.iter().find(|x| x.1 == "saying").expect("a saying report");
    assert_eq!(saying.0.as_deref(), Some("Okafor"));
    assert_eq!(saying.2, ["the city was brave"]);
    // Without the comma the participle modifies the quotation's noun.
    let t = triples("Okafor waved a “peace” sign saying nothing.");
    assert!(t.iter().all(|x| x.1 != "saying"), "{t:?}");
}

#[test]
fn words_before_a_source_set_off_before_a_quotation() {
    use AttributionKind::{Direct, Indirect};
    assert_pieces(
        "In practical terms, Okafor said, “the era is over.”",
        &["In practical terms", "the era is over."],
        &[Indirect, Direct],
    );
    // The setting of the report is not what was said.
    for text in [
        "In a statement, Okafor said, “We won.”",
        "At the rally on Friday, Okafor said, “We won.”",
        "When asked about the vote, Okafor said, “We won.”",
        "After the vote was counted, Okafor said, “We won.”",
        "Holding up a ballot, Okafor said, “We won.”",
        "When Lee said he had lost, Okafor said, “We won.”",
        "Meanwhile, Okafor said, “We won.”",
    ] {
        let f = found(text);
        let a = f
            .attributions()
            .iter()
            .find(|a| a.source().is_some_and(|s| s.as_str() == "Okafor"))
            .expect(text);
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["We won."], "{text}");
        assert_eq!(a.content_kinds(), [Direct], "{text}");
    }
}

#[test]
fn a_study_with_a_prepositional_phrase_as_the_source() {
    let t = triples("A review by the auditors shows most of the money was spent.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0.as_deref(), Some("A review by the auditors"));
    assert_eq!(t[0].2, ["most of the money was spent"]);
    let t = triples("An analysis of the data shows the gap is closing.");
    assert_eq!(t[0].0.as_deref(), Some("An analysis of the data"));
    // A person with a `by` phrase is not read this way.
    assert!(triples("A man by the door shows the way.").is_empty());
}

#[test]
fn evidential_complements_after_an_article_or_a_degree_word() {
    for (text, complement) in [
        (
            "The rally seemed a reminder of the primary.",
            "a reminder of the primary",
        ),
        ("The deal appears more likely now.", "more likely now"),
    ] {
        let t = triples(text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        assert_eq!(t[0].0, None, "{text}");
        assert_eq!(t[0].2[1], complement, "{text}");
    }
    // A place after `appeared` is no complement.
    assert!(triples("Lee appeared in Ohio on Friday.").is_empty());
}

#[test]
fn a_coordinated_remainder_after_a_trailing_source() {
    use AttributionKind::{Direct, Indirect, Mixed};
    assert_pieces(
        "A levy would slow the traffic, she argued, but also the trade.",
        &["A levy would slow the traffic", "but also the trade"],
        &[Indirect, Indirect],
    );
    assert_pieces(
        "“The pact needs oversight,” she said, and “firm penalties.”",
        &["The pact needs oversight,", "and “firm penalties.”"],
        &[Direct, Mixed],
    );
    // A remainder that reports something itself is not this source's.
    let t = triples("The plan failed, she said, and critics argued it was doomed.");
    assert_eq!(t[0].2, ["The plan failed"]);
}

#[test]
fn a_quantity_or_a_thing_added_is_no_report() {
    for text in [
        "Brent crude rose, adding $1.89 to $48.62 at the close.",
        "The firm posted a $676m loss for the quarter.",
        "Shares added 2% on Friday.",
        "Keino and Weepu both added tries to the tally before the whistle.",
        "She added the bill to the agenda.",
        "Nonu then found his way through the defence.",
    ] {
        assert!(triples(text).is_empty(), "{text}");
    }
    // A number opening the reported clause is content.
    assert_eq!(
        contents_of("He added 10 people had died.", "added"),
        ["10 people had died"]
    );
}

#[test]
fn an_infinitive_after_a_verb_of_making_has_the_object_as_subject() {
    // `it` embraces, not the collapse.
    let t = triples("The collapse of the union forced it to embrace foreign capital.");
    assert!(
        t.iter()
            .filter(|x| x.1 == "embrace")
            .all(|x| x.0.as_deref() == Some("it")),
        "{t:?}"
    );
    // The subject's own infinitive is still read.
    let t = triples("Okafor took to the steps to assail the budget.");
    assert_eq!(t[0].0.as_deref(), Some("Okafor"));
}

#[test]
fn a_source_phrase_opening_a_joined_predicate() {
    let t = triples(
        "Tourism has been one of its few success stories and, according to the commission, \
         is now worth $3bn to the country.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0.as_deref(), Some("the commission"));
    assert_eq!(t[0].2, ["is now worth $3bn to the country"]);
}

#[test]
fn ruled_out_is_one_cue() {
    let t = triples("The government has ruled out raising the pension age.");
    assert_eq!(t[0].1, "has ruled out");
    assert_eq!(t[0].2, ["raising the pension age"]);
}

#[test]
fn a_quotation_paragraph_continues_the_finite_cue_not_a_participle_after_it() {
    let f = found("“We lost,” Okafor said, referring to the penalty.\n\n“That was upsetting.”");
    let a = f
        .attributions()
        .iter()
        .find(|a| {
            a.contents()
                .iter()
                .any(|c| c.as_str() == "That was upsetting.")
        })
        .expect("the quotation paragraph is attributed");
    assert_eq!(a.cue().as_str(), "said");
    assert_eq!(a.source().unwrap().as_str(), "Okafor");
}

#[test]
fn a_passive_without_an_agent_is_read_for_stance_verbs_only() {
    // `criticized` reports what was said about its subject; `maintained`, `recalled` are
    // other senses in the passive.
    assert_eq!(triples("The plan was criticized.").len(), 1);
    assert!(triples("A quarter of the sites are regularly maintained.").is_empty());
    assert!(triples("The prop was only recalled last week.").is_empty());
}

#[test]
fn a_participle_after_a_noun_modifies_it() {
    assert!(triples("Viruses written to make headlines are getting rarer.").is_empty());
    assert!(triples("The speech given in Ohio drew a crowd.").is_empty());
    let t = triples("The group, known as the Friends, met.");
    assert_eq!(t[0].1, "known as");
}

#[test]
fn a_cue_in_a_relative_clause_ends_its_content_with_the_clause() {
    let t = triples("The rebels, who claim the vote was rigged, marched on the capital.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0.as_deref(), Some("who"));
    assert_eq!(t[0].2, ["the vote was rigged"]);
    let t = triples("Okafor, who argues the plan is fair, said: “We will not move.”");
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[0].2, ["the plan is fair"]);
    assert_eq!(t[1].1, "said");
    assert_eq!(t[1].2, ["We will not move."]);
}

#[test]
fn an_inverted_source_ending_the_sentence_after_a_clause_with_a_noun_phrase() {
    let text = "Output grew for two decades, which led to wealth on a huge scale, says \
                our correspondent in Beijing.";
    let a = found(text);
    let a = a
        .attributions()
        .iter()
        .find(|a| a.cue().as_str() == "says")
        .expect("a says attribution");
    assert_eq!(a.source().unwrap().as_str(), "our correspondent");
    assert_eq!(
        a.contents()[0].as_str(),
        "Output grew for two decades, which led to wealth on a huge scale"
    );
    // A subject set off by commas keeps its reading.
    let t = triples("Lee, a senior fellow, says the plan failed.");
    assert_eq!(t[0].0.as_deref(), Some("Lee, a senior fellow"));
}

#[test]
fn coreference_does_not_reach_past_an_unnamed_speaker_or_a_gender() {
    // `He` is the spokesman, whom the text does not name: unresolved, not Kim.
    let f = found(
        "“We won,” Kim Jong Un said. A spokesman said the talks failed. He added that \
         more talks were planned.",
    );
    let a = f.attributions();
    assert_eq!(a.len(), 3);
    assert_eq!(a[0].entity_id(), Some(0));
    assert_eq!(a[2].entity_id(), None);
    // Without the spokesman, `He` is Kim.
    let f = found("“We won,” Kim Jong Un said. He added that more talks were planned.");
    assert_eq!(f.attributions()[1].entity_id(), Some(0));
    // A title met later shows the gender: `she` is not Mr Hawkins.
    let f = found(
        "Rally driver Dave Hawkins said the cars were fast. Mr Hawkins said they were \
         safe. “We all race,” she said.",
    );
    let a = f.attributions();
    assert_eq!(a[1].entity(), a[0].entity());
    assert_eq!(a[2].entity_id(), None);
}

#[test]
fn an_indefinite_role_is_someone_new() {
    let f = found(
        "Chief executive Michael Cherkasky said it was hard. A former senior executive \
         said he was guilty. The executive said it was over.",
    );
    let a = f.attributions();
    assert!(a[0].entity().is_some());
    assert_eq!(a[1].entity(), None);
    // A definite role still names the titled person.
    assert_eq!(a[2].entity(), a[0].entity());
}

#[test]
fn an_owner_or_a_day_before_a_name_is_not_part_of_the_entity_name() {
    let f = found("Arsenal's Sol Campbell said the rivalry was bitter.");
    let e = f.attributions()[0].entity_id().unwrap();
    assert_eq!(f.entities()[e].name(), "Sol Campbell");
    let f = found("Fox TV's Bill O'Reilly said the money must arrive.");
    let e = f.attributions()[0].entity_id().unwrap();
    assert_eq!(f.entities()[e].name(), "Bill O'Reilly");
    let f = found("On Monday Tony Blair insisted the border was safe.");
    let e = f.attributions()[0].entity_id().unwrap();
    assert_eq!(f.entities()[e].name(), "Tony Blair");
}

#[test]
fn a_recipient_ends_before_this_or_that() {
    assert_eq!(
        contents_of("Lee told the BBC this was a big step.", "told"),
        ["this was a big step"]
    );
    assert_eq!(
        contents_of("Lee told the BBC that the plan was good.", "told"),
        ["that the plan was good"]
    );
    // `this week` is still a time.
    assert_eq!(
        contents_of("Lee told reporters this week the plan was dead.", "told"),
        ["the plan was dead"]
    );
    // A bare speaker noun as the one told.
    let f = found("Witnesses told police the driver had been speeding.");
    let a = &f.attributions()[0];
    assert_eq!(a.contents()[0].as_str(), "the driver had been speeding");
    assert_eq!(secondary(a, Relation::Recipient), Some("police"));
}

#[test]
fn continued_after_a_clause_ending_with_a_quotation() {
    let t = triples("But the jet “is a niche player”, Lee continued.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].2, ["But the jet “is a niche player”"]);
}

#[test]
fn an_inverted_source_in_the_middle_of_its_clause() {
    let t = triples("The comments, said Lee of the bank, were “too weak to matter”.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].2, ["The comments", "were “too weak to matter”"]);
}

#[test]
fn an_outlet_quoting_someone() {
    let f = found("“The reforms worked,” Arab News quoted Prince Saud as saying.");
    let a = &f.attributions()[0];
    assert_eq!(a.source().unwrap().as_str(), "Prince Saud");
    assert_eq!(a.contents()[0].as_str(), "The reforms worked,");
    assert_eq!(
        secondary(a, Relation::ReportedBy),
        Some("Arab News"),
        "{:?}",
        a.secondary()
    );
    let t = triples("The paper quotes Lee as saying in a memo that the plan failed.");
    assert_eq!(t[0].0.as_deref(), Some("Lee"));
    assert_eq!(t[0].2, ["that the plan failed"]);
    let t = triples("“It is over,” the newspaper quotes a source close to the firm.");
    assert_eq!(t[0].0.as_deref(), Some("a source close to the firm"));
    // Quoting a text is no report of it.
    assert!(triples("He quoted the Bible.").is_empty());
}

#[test]
fn quotation_sentences_run_on_in_one_paragraph() {
    let f = found(
        "“Our cash flow is good,” he told Reuters. “We have the money. “The investment \
         may go up to $20bn.”",
    );
    let a = f.attributions();
    assert_eq!(a.len(), 1, "{a:?}");
    let pieces: Vec<_> = a[0].contents().iter().map(|c| c.as_str()).collect();
    assert_eq!(
        pieces,
        [
            "Our cash flow is good,",
            "We have the money.",
            "The investment may go up to $20bn."
        ]
    );
    // The run stays within its paragraph: quotation paragraphs after it are not chained
    // on through it.
    let f = found("“Will we win?” Lee asked.\n\n“Yes!”\n\n“No!”");
    assert!(
        f.attributions()
            .iter()
            .all(|a| a.contents().iter().all(|c| c.as_str() != "No!")),
        "{:?}",
        f.attributions()
    );
}

#[test]
fn an_inverted_source_with_a_role_or_vague_head() {
    let t = triples("“Delays are not unusual,” wrote analysts at the bank in a note.");
    assert_eq!(t[0].0.as_deref(), Some("analysts at the bank"));
    let t = triples("The talks failed, said officials in Kyiv.");
    assert_eq!(t[0].0.as_deref(), Some("officials"));
    assert_eq!(t[0].2, ["The talks failed"]);
}

#[test]
fn an_adverbial_between_the_subject_and_the_cue() {
    for (text, cue, source) in [
        (
            "The insurer just this week announced it would raise rates.",
            "announced",
            "The insurer",
        ),
        (
            "His rivals could no longer claim that the mayor is careless.",
            "claim",
            "His rivals",
        ),
        (
            "Her former teachers have in years past said she was quiet.",
            "said",
            "Her former teachers",
        ),
        (
            "The two senators have both urged Lee to testify.",
            "urged",
            "The two senators",
        ),
        (
            "Kim, who has in years past praised Lee, left.",
            "praised",
            "who",
        ),
        (
            "Dana Okafor on Friday evening said the talks would go on.",
            "said",
            "Dana Okafor",
        ),
        (
            "Rep. Ann Lee (D-Ohio) last week said the bill was dead.",
            "said",
            "Rep. Ann Lee (D-Ohio)",
        ),
    ] {
        assert_eq!(source_for(text, cue), Some(source), "{text}");
    }
}

#[test]
fn a_subject_before_a_run_of_segments_set_off_by_commas() {
    for (text, head) in [
        (
            "Lee, speaking at a fair in Salem, Ore., warned that the plan would fail.",
            "Lee",
        ),
        (
            "Sen. Ann Lee, facing a tough race in Ohio, a swing state, said she would vote.",
            "Ann Lee",
        ),
        (
            "Ann Roe, who lost her home in the fire in Bend, Oregon, in June 2009, said that the county had forgotten her.",
            "Ann Roe",
        ),
        (
            "Dan Roe, a 61-year-old welder from Yuma, Arizona, says the plant closed.",
            "Dan Roe",
        ),
    ] {
        let f = found(text);
        let a = &f.attributions()[0];
        assert_eq!(a.source_head().map(|s| s.as_str()), Some(head), "{text}");
    }
    // A run with a clause of its own is no set of interrupters.
    let f = found("Kim, who runs the farm, sold the crop last week, saying prices would fall.");
    assert!(
        f.attributions()
            .iter()
            .all(|a| a.source().is_none_or(|s| !s.as_str().contains("sold"))),
        "{:?}",
        f.attributions()
    );
}

#[test]
fn a_relative_clause_without_commas_after_the_subject() {
    for (text, cue, head) in [
        (
            "Engineers who spoke with The Ledger said the bridge had cracked.",
            "said",
            "Engineers",
        ),
        (
            "Even farmers who grow corn agree that the tariff hurts.",
            "agree",
            "farmers",
        ),
        (
            "Voters who back Lee say the economy matters most.",
            "say",
            "Voters",
        ),
        (
            "Anyone who had to reject the bid would know.",
            "reject",
            "who",
        ),
    ] {
        let (all, _) = found(text).into_parts();
        let a = all.iter().find(|a| a.cue().as_str() == cue).expect(text);
        assert_eq!(a.source_head().map(|s| s.as_str()), Some(head), "{text}");
    }
}

#[test]
fn a_lead_in_before_the_clause_subject_is_not_the_source() {
    for (text, cue, source) in [
        (
            "Shortly after the sale, the workers had rallied, warning that the plant would close.",
            "warning",
            "the workers",
        ),
        (
            "Hours later, the team issued a short statement saying that he meant no offense.",
            "saying",
            "the team",
        ),
        (
            "Last spring, he brushed off the claims and reportedly argued that they were stale.",
            "reportedly argued",
            "he",
        ),
        (
            "A few hours later they reversed course and said they would recount the ballots.",
            "said",
            "they",
        ),
        (
            "But two weeks later, Kim reversed himself, telling the press that the rule was settled.",
            "telling",
            "Kim",
        ),
        (
            "Soon after the ruling, Sen. Tom Ruiz (R-Utah) issued a brief statement saying that the board should wait.",
            "saying",
            "Sen. Tom Ruiz (R-Utah)",
        ),
        (
            "Quickly faulting his critics ― much as he did in June ― Kim shifted the blame to them, and emphasized the danger that flooding poses.",
            "emphasized",
            "Kim",
        ),
        (
            "Other candidates, including Ann Roe and Ben Cole, have followed him, saying the record is fair game.",
            "saying",
            "Other candidates",
        ),
        (
            "The teacher later sued, claiming the dismissal breached her contract.",
            "claiming",
            "The teacher",
        ),
    ] {
        assert_eq!(source_for(text, cue), Some(source), "{text}");
    }
}

#[test]
fn a_trailing_according_to_with_the_source_phrase_to_the_end() {
    for (text, content, source) in [
        (
            "He said little, according to data published on Monday.",
            "little",
            "data published on Monday",
        ),
        (
            "He said little, according to officials at the bureau.",
            "little",
            "officials at the bureau",
        ),
        (
            "Lee said the plan would fail, according to notes taken by aides.",
            "the plan would fail",
            "notes taken by aides",
        ),
    ] {
        let a = one(text);
        assert_eq!(a.contents()[0].as_str(), content, "{text}");
        assert_eq!(secondary(&a, Relation::AccordingTo), Some(source), "{text}");
    }
}

#[test]
fn the_subject_of_a_light_verb_owns_its_reporting_noun() {
    for (text, cue, source) in [
        (
            "During the forum, Ortiz made an unexpected call for a halt to the tolls.",
            "call for",
            "Ortiz",
        ),
        (
            "Lee pointedly made no mention of his rival.",
            "mention of",
            "Lee",
        ),
        (
            "Kim has held centrist positions on many issues.",
            "positions on",
            "Kim",
        ),
        (
            "House members in tight races voiced concerns about the leaks.",
            "concerns about",
            "House members in tight races",
        ),
    ] {
        assert_eq!(source_for(text, cue), Some(source), "{text}");
    }
    // Without a light verb the reporting noun has no source of its own.
    assert_eq!(
        source_for("The plan drew a call for new elections.", "call for"),
        None
    );
}

#[test]
fn a_lead_in_at_the_sentence_start_is_not_an_inherited_source() {
    for (text, cue, source) in [
        (
            "At the Transport Ministry, he has a larger stage, and he has used that stage to advocate for cheaper fares.",
            "advocate for",
            "he",
        ),
        (
            "Asked on Friday whether Lee would resign, Mrs. Roe frowned and said, \"Never.\"",
            "said",
            "Mrs. Roe",
        ),
    ] {
        assert_eq!(source_for(text, cue), Some(source), "{text}");
    }
    let s = source_for(
        "Unlike in 2009, when she read a long statement, this time she spoke briefly before savaging her opponent.",
        "savaging",
    );
    assert!(s.is_some_and(|s| s.ends_with("he")), "{s:?}");
}

#[test]
fn a_participle_after_a_coordinated_clause_takes_that_clause_subject() {
    let text = "Tenant groups say the fees are unfair, and the housing council has sued the county, saying they break state law.";
    assert_eq!(source_for(text, "say"), Some("Tenant groups"));
    assert_eq!(source_for(text, "saying"), Some("the housing council"));
    // With no new clause the participle keeps the earlier source.
    assert_eq!(
        source_for(
            "Kim said the plan failed, adding that the vote was close.",
            "adding"
        ),
        Some("Kim")
    );
}

#[test]
fn a_passive_agent_after_adjuncts() {
    for (text, cue, agent) in [
        (
            "Lee has been criticized on the tariffs by Ann Roe.",
            "has been criticized on the tariffs by",
            "Ann Roe",
        ),
        (
            "Kim was also endorsed the week before by former rival Ann Roe.",
            "was also endorsed the week before by",
            "former rival Ann Roe",
        ),
    ] {
        assert_eq!(source_for(text, cue), Some(agent), "{text}");
    }
    // `by` inside a clause of its own is not the agent of the first verb.
    let text = "Lee was criticized because the rule was written by lobbyists.";
    assert_eq!(source_for(text, "was criticized"), None);
    assert_eq!(source_for(text, "was written by"), Some("lobbyists"));
}

#[test]
fn the_object_of_a_control_verb_is_the_source_of_the_infinitive() {
    for (text, cue, source) in [
        (
            "The loss will force Sen. Ann Lee to acknowledge a painful truth.",
            "acknowledge",
            "Sen. Ann Lee",
        ),
        (
            "The delay led many to speculate that the budget was to blame.",
            "speculate",
            "many",
        ),
        (
            "The tool allows users to tell friends that they are safe.",
            "tell",
            "users",
        ),
    ] {
        assert_eq!(source_for(text, cue), Some(source), "{text}");
    }
    // Without a control verb the infinitive keeps the clause subject.
    assert_eq!(
        source_for(
            "Lee traveled to Ohio to warn that the plant would close.",
            "warn"
        ),
        Some("Lee")
    );
}

#[test]
fn a_quotation_after_a_relative_clause_report_goes_on_its_antecedent() {
    let f = found(
        "\"I never voted before,\" said Ann Roe, 24, from Dover, who said Lee is best suited to lead. \"It is for the people.\"",
    );
    let a = f
        .attributions()
        .iter()
        .find(|a| {
            a.contents()
                .iter()
                .any(|c| c.as_str() == "It is for the people.")
        })
        .expect("the second quotation");
    assert_eq!(a.source_head().map(|s| s.as_str()), Some("Ann Roe"));
}

#[test]
fn the_owner_of_a_reporting_noun_past_adjectives_or_after_an_apostrophe() {
    assert_eq!(
        source_for(
            "And her complex views about tax policy are a tougher sell.",
            "views about"
        ),
        Some("her")
    );
    assert_eq!(
        source_for(
            "Even before Moses' remarks about him, Lee had criticized the bishop.",
            "remarks about"
        ),
        Some("Moses'")
    );
    assert_eq!(
        source_for("The old remarks about him drew boos.", "remarks about"),
        None
    );
}

#[test]
fn a_description_that_is_no_noun_phrase_then_the_name_in_commas() {
    let a =
        one("“Rents will fall,” Ohio Rep. Dan Cole’s chief of staff, Lena Varga, told the paper.");
    assert_eq!(a.source_head().map(|s| s.as_str()), Some("Lena Varga"));
    assert_eq!(
        a.source().map(|s| s.as_str()),
        Some("Ohio Rep. Dan Cole’s chief of staff, Lena Varga")
    );
}

#[test]
fn a_second_verb_after_a_time_adjunct_goes_on_the_clause_subject() {
    assert_eq!(
        source_for(
            "The blogger Ann Roe has been critical of Lee but on Friday wrote that she sided with him.",
            "wrote"
        ),
        Some("The blogger Ann Roe")
    );
}

#[test]
fn a_source_with_a_place_or_a_topic_after_its_head() {
    let t = triples("The paper's David Willey in Rome says one reason is the euro.");
    assert_eq!(t[0].0.as_deref(), Some("The paper's David Willey in Rome"));
    let t = triples("A leading expert on the Cuban economy says the plan is desperate.");
    assert_eq!(
        t[0].0.as_deref(),
        Some("A leading expert on the Cuban economy")
    );
    let f = found("A leading expert on the Cuban economy says the plan is desperate.");
    assert_eq!(
        f.attributions()[0].source_head().unwrap().as_str(),
        "A leading expert"
    );
}

#[test]
fn a_time_adjunct_cut_takes_its_preposition() {
    for t in triples("He said little about it on Friday, according to officials.") {
        for c in &t.2 {
            assert!(!c.ends_with(" on"), "{c:?}");
        }
    }
    assert_eq!(
        contents_of("Lee said the plan was dead on Friday.", "said"),
        ["the plan was dead"]
    );
}

#[test]
fn wire_formulas_of_anonymous_and_polled_sources() {
    let t =
        triples("The deal will close next month, the official, who declined to be named, said.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        t[0].0.as_deref(),
        Some("the official, who declined to be named")
    );
    assert_eq!(t[0].2, ["The deal will close next month"]);
    let t = triples("Rates will rise again, analysts polled by Reuters said.");
    assert_eq!(t[0].0.as_deref(), Some("analysts polled by Reuters"));
    // Asking to be named is still no report of a name.
    assert!(triples("He asked not to be named.").is_empty());
    assert_eq!(
        contents_of(
            "The ministry said it was investigating, without giving further details.",
            "said"
        ),
        ["it was investigating"]
    );
}

#[test]
fn an_adverb_after_an_auxiliary_and_a_compound_medium() {
    let t = triples("Officials have long insisted that the program is peaceful.");
    assert_eq!(t[0].0.as_deref(), Some("Officials"));
    assert_eq!(t[0].1, "have long insisted");
    assert_eq!(
        contents_of(
            "The office said in a news release that schools would reopen.",
            "said"
        ),
        ["that schools would reopen"]
    );
    let f = found("The office said in a news release that schools would reopen.");
    assert_eq!(
        secondary(&f.attributions()[0], Relation::Medium),
        Some("a news release")
    );
}

#[test]
fn a_split_quotation_after_a_connective() {
    use AttributionKind::{Direct, Mixed};
    assert_pieces(
        "But “the real issue,” Lee added, “is whether the report is a blip.”",
        &["But “the real issue,”", "is whether the report is a blip."],
        &[Mixed, Direct],
    );
}

#[test]
fn an_inverted_source_keeps_its_appositions_and_formulas_report_nothing() {
    let t = triples("“We will fight this,” said Maria Lopez, 42, a nurse from Phoenix.");
    assert_eq!(
        t[0].0.as_deref(),
        Some("Maria Lopez, 42, a nurse from Phoenix")
    );
    let t = triples("The photo is reused, said Rhea Kantor, who tracks extremists' posts.");
    assert_eq!(
        t[0].0.as_deref(),
        Some("Rhea Kantor, who tracks extremists' posts")
    );
    // A participle after the source is its own report, not an apposition.
    let t = triples("“We lost,” said Lee, adding that the team would recover.");
    assert_eq!(t[0].0.as_deref(), Some("Lee"));
    // `not authorized to discuss` is the formula of an anonymous source.
    let t = triples(
        "Smith, who was not authorized to discuss the matter publicly, said the talks had \
         stalled.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].1, "said");
}
