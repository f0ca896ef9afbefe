//! The gate of the verb cue reader: whether a cue word is a reporting use here at all, the
//! hand-offs to the other readers (the possessed noun, `asked`, `quoted … as`, evidentials), and
//! the verb group the source and content phases start from.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// The gate of [`Finder::try_verb`]: `None` when the cue at token `i` reports nothing,
    /// `Break` with what a hand-off read, else `Continue` with the cue's verb group.
    pub(super) fn verb_gate(
        &mut self,
        u: usize,
        i: usize,
        used: &mut [bool],
    ) -> Option<ControlFlow<Draft<'h>, VerbCtx<'h>>> {
        let cue = self.units[u].toks[i].cue?;
        if self.not_a_report(u, i, cue) {
            return None;
        }
        if let Some(d) = self.verb_handoff(u, i, cue, used) {
            return d.map(ControlFlow::Break);
        }
        let cx = self.verb_group(u, i, cue);
        if let Some(d) = self.evidential_handoff(&cx, used) {
            return d.map(ControlFlow::Break);
        }
        Some(ControlFlow::Continue(cx))
    }

    /// Uses of a cue word that report nothing: a quantity, an anonymity formula, a way, a thing
    /// added, a participle after a noun, a capitalised name.
    fn not_a_report(&self, u: usize, i: usize, cue: Cue) -> bool {
        let t = &self.units[u].toks;
        let n = t.len();
        // `adding $1.89`, `added 151,000 jobs`, `posted a $676m loss`: a quantity, not a report.
        if t[i].is(AMOUNT)
            && self.quantity_at(u, i + 1 + usize::from(self.is_any(u, i + 1, &["a", "an"])))
        {
            return true;
        }
        // `who declined to be named`, `asked not to be identified`, `was not authorized to
        // discuss the matter`: the formulas of an anonymous source report nothing.
        let inf = i + 1 + usize::from(self.is_word(u, i + 1, "not"));
        if cue.constraint != Constraint::Evidential
            && self.is_word(u, inf, "to")
            && self.is_word(u, inf + 1, "be")
            && self.is_any(u, inf + 2, &["named", "identified", "quoted"])
            && !t
                .get(inf + 3)
                .is_some_and(|x| x.word() && !x.cap && !x.is(PREP))
            || cue.form == Form::Base
                && i >= 2
                && self.is_word(u, i - 1, "to")
                && self.is_any(
                    u,
                    i - 2,
                    &["authorized", "authorised", "permitted", "cleared"],
                )
        {
            return true;
        }
        // `found his way`, `added tries to the tally`: a way, and a thing added to another, are
        // no report.
        if cue.class == CueClass::Perception
            && self.is_word(u, i + 2, "way")
            && POSSESSIVES.iter().any(|p| self.is_word(u, i + 1, p))
            || t[i].is(AMOUNT)
                && self.is_any(u, i, &["add", "adds", "added", "adding"])
                && t.get(i + 1)
                    .is_some_and(|x| x.word() && !x.cap && !x.is(PRONOUN))
                && !self.is_word(u, i + 1, "that")
                && (i + 2..n.min(i + 5)).take_while(|&m| t[m].word()).any(|m| {
                    self.is_word(u, m, "to")
                        && !t.get(m + 1).is_some_and(|y| {
                            y.word()
                                && !y.cap
                                && !y.is(DET | PRONOUN)
                                && !POSSESSIVES.iter().any(|p| self.is_word(u, m + 1, p))
                        })
                })
        {
            return true;
        }
        let possessed = i > 0 && {
            let w = &self.text[t[i - 1].span];
            w.ends_with("'s") || w.ends_with("’s")
        };
        // `Viruses written to make headlines …`, `a speech given in Ohio`: a participle that is
        // never a simple past, right after a noun, modifies it.
        if cue.form == Form::Past
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].is(AUX | PRONOUN | WHO)
            && !self.text[t[i - 1].span].ends_with("ly")
            && t[i].is(PARTICIPLE)
            // `a group known as …` is read as a naming below.
            && !self.is_word(u, i + 1, "as")
        {
            return true;
        }
        if t[i].cap
            && i > 0
            && !(self.headline_case(u) && cue.constraint != Constraint::Evidential && !possessed)
        {
            return true; // a name (`Hope`, `Will`), not a verb
        }
        false
    }

    /// The cue as another reader's: `Some` with that reader's result (`Some(None)` for a noun
    /// that reports nothing), `None` when the verb reader goes on.
    fn verb_handoff(
        &mut self,
        u: usize,
        i: usize,
        cue: Cue,
        used: &mut [bool],
    ) -> Option<Option<Draft<'h>>> {
        let t = &self.units[u].toks;
        // `his promise to …`, `their claim that …`: a possessive pronoun owns the report.
        if matches!(cue.form, Form::Base | Form::S)
            && i > 0
            && POSSESSIVES.iter().any(|w| self.is_word(u, i - 1, w))
            && (self.is_word(u, i + 1, "that") || self.is_word(u, i + 1, "to"))
        {
            return Some(self.possessed_noun(u, i, used));
        }
        if matches!(cue.form, Form::Base | Form::S)
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].cap
            && !t[i - 1].is(PRONOUN)
            && (t[i - 1].is(DET | PREP) || self.is_any(u, i - 1, &["for", "of", "with", "by"]))
        {
            return Some(None); // `the report`, `for comment`: a noun
        }
        // `Trump’s comments came …`, `Editor’s note:`, `45 percent support`: a noun; but
        // `Trump’s claim that …`, `Pence’s call for …` report what the owner says.
        if matches!(cue.form, Form::Base | Form::S)
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].is(PRONOUN)
            && {
                let w = &self.text[t[i - 1].span];
                w.ends_with("'s")
                    || w.ends_with("’s")
                    // `45 percent say they …`: a verb before a clause.
                    || (w.eq_ignore_ascii_case("percent") || w.bytes().all(|b| b.is_ascii_digit()))
                        && !t.get(i + 1).is_some_and(|x| {
                            x.word() && !x.cap && (x.is(PRONOUN) || self.is_word(u, i + 1, "that"))
                        })
                        // `Lee on Sept. 12 says`: the day of a date, not a quantity.
                        && syntax::skip_back(&self.sentence(u), i, syntax::Gap::TIME) == i
            }
        {
            return Some(self.possessed_noun(u, i, used));
        }
        // `Asked whether …, Lee said`, `… when asked about …`, `Clinton was asked about …`: the
        // question is the content.
        if self.is_word(u, i, "asked")
            && (i == 0
                || i == 1 && t[0].cap && (t[0].is(CONN) || self.is_word(u, 0, "when"))
                || self.is_any(u, i - 1, &ASKED_SUBORDINATORS)
                || self.is_any(
                    u,
                    i - 1,
                    &["was", "were", "is", "are", "been", "being", "be"],
                ) && !self.is_word(u, i + 1, "to"))
        {
            return Some(self.asked(u, i, used));
        }
        // `Arab News quoted Prince Saud as saying …`: the one quoted speaks.
        if cue.form == Form::Ing
            && i >= 3
            && self.is_word(u, i - 1, "as")
            && let Some(q) = (i.saturating_sub(10)..i - 2)
                .rev()
                .find(|&m| self.is_any(u, m, &["quoted", "quotes", "quoting"]))
        {
            return Some(self.quoted_as(u, q, Some(i), used));
        }
        // `“…,” the newspaper quotes a source close to the firm.`
        if self.is_any(u, i, &["quoted", "quotes"])
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].is(AUX)
            && !self.is_word(u, i + 1, "as")
        {
            return Some(self.quoted_as(u, i, None, used));
        }
        None
    }

    /// The cue's verb group ([`syntax::verb_group`]); `was quoted as saying` is read from `quoted`.
    fn verb_group(&self, u: usize, i: usize, cue: Cue) -> VerbCtx<'h> {
        // `was quoted as saying`: read from `quoted`.
        let said_at = i;
        let i = if cue.form == Form::Ing
            && i >= 2
            && self.is_word(u, i - 1, "as")
            && self.is_word(u, i - 2, "quoted")
        {
            i - 2
        } else {
            i
        };
        let g = syntax::verb_group(&self.sentence(u), i);
        VerbCtx {
            u,
            i,
            said_at,
            cue,
            class: cue.class,
            cue_end: said_at + 1,
            vstart: g.start,
            cue_start: g.cue_start,
            // Passive/progressive checks: `is expected` has no source before it.
            passive: g.be && cue.form == Form::Past,
            np: None,
            inverted: false,
            inherited: None,
            recorded: false,
            fronted_ing: None,
        }
    }

    /// Evidentials and passives read elsewhere: `X is expected to …`, `Clinton seemed
    /// irritated`, `Mr. Lee is known for his wit`.
    fn evidential_handoff(
        &mut self,
        cx: &VerbCtx<'h>,
        used: &mut [bool],
    ) -> Option<Option<Draft<'h>>> {
        let &VerbCtx {
            u,
            i,
            said_at,
            cue,
            vstart,
            passive,
            ..
        } = cx;
        let t = &self.units[u].toks;
        // Sourceless evidentials: `X is expected to …`, `X seems to …`, `X is said to …`:
        // the content is the subject and the infinitive, the source unnamed.
        let evidential = cue.constraint == Constraint::Evidential
            || passive && matches!(cue.class, CueClass::Speech | CueClass::Thought);
        // `seems not to …`: a negation may stand before the infinitive.
        if evidential
            && self.is_word(
                u,
                syntax::skip_forward(&self.sentence(u), i + 1, syntax::Gap::NEGATION),
                "to",
            )
            && (passive || cue.constraint == Constraint::Evidential)
        {
            return Some(self.evidential(u, vstart, i, used));
        }
        // `Clinton seemed irritated`, `the race appears closer`: a complement, not a place.
        // `seemed an insult`, `seemed so stark`, `appears more likely`: an article or a degree
        // word before the complement.
        if cue.constraint == Constraint::Evidential
            && cue.form != Form::Ing
            && !self.is_word(u, i + 1, "with")
            && t.get(i + 1).is_some_and(|x| {
                x.word()
                    && !x.cap
                    && (!x.is(PREP | STOP | CONN | DET | PRONOUN | TIME)
                        && !self.text[x.span].ends_with("ly")
                        || self.is_any(
                            u,
                            i + 1,
                            &[
                                "a",
                                "an",
                                "so",
                                "too",
                                "very",
                                "more",
                                "less",
                                "increasingly",
                                "likely",
                                "unlikely",
                            ],
                        ))
            })
        {
            return Some(self.evidential(u, vstart, i, used));
        }
        // `Mr. Lee is known for his wit`, `the movement, also known as Hizmet,`: a passive (or a
        // participle after a comma) with `as` or `for`, its subject and complement the content.
        if cue.form == Form::Past
            && said_at == i
            && (passive || vstart > 0 && t[vstart - 1].punct(','))
            && (self.is_word(u, i + 1, "as")
                || self.is_word(u, i + 1, "for") && cue.constraint == Constraint::Plain)
            && (matches!(cue.class, CueClass::Thought | CueClass::Perception)
                || matches!(cue.constraint, Constraint::Naming | Constraint::Stance))
        {
            return Some(self.evidential_with(u, vstart, i, true, used));
        }
        None
    }
}
