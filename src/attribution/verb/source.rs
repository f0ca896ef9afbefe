//! The source phase of the verb cue reader: the passive agent, the subject before the cue, the
//! source after an inverted cue, and the source a participle or infinitive takes from its
//! clause or from the attribution before.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// A passive that is read here with its subject as what was said about (`The move was
    /// criticized by economists`, `Mr. Hale was challenged over …`): `Some` with the result;
    /// `None` when the source phase goes on.
    #[inline(never)]
    pub(super) fn passive_source(
        &mut self,
        cx: &VerbCtx<'h>,
        used: &mut [bool],
    ) -> Option<Option<Draft<'h>>> {
        let &VerbCtx {
            u,
            i,
            said_at,
            cue,
            class,
            vstart,
            cue_start,
            passive,
            ..
        } = cx;
        let t = &self.units[u].toks;
        let n = t.len();
        // `The move was criticized by economists`: a passive with its agent; the subject is
        // what was said about.
        if passive && said_at == i && cue.constraint != Constraint::Evidential {
            // `was criticized on the tariffs by X`, `was also endorsed the week before by X`:
            // the agent after adjuncts, within the clause.
            let by = (i + 1..n.min(i + 12))
                .take_while(|&m| {
                    t[m].word()
                        && t[m].cue.is_none()
                        && !self.is_any(
                            u,
                            m,
                            &[
                                "that", "which", "who", "and", "but", "or", "because", "while",
                                "if", "when",
                            ],
                        )
                })
                .find(|&m| self.is_word(u, m, "by"))
                .unwrap_or(n);
            // `was accused by rivals of leaking …`: a charge the agent laid, no words reported.
            if cue.constraint == Constraint::Stance
                && self.is_word(u, by, "by")
                && (by + 1..n.min(by + 8))
                    .take_while(|&m| t[m].word() && !self.is_word(u, m, "that"))
                    .any(|m| {
                        self.is_word(u, m, "of")
                            && t.get(m + 1).is_some_and(|x| {
                                x.word() && !x.cap && self.text[x.span].ends_with("ing")
                            })
                    })
            {
                return Some(None);
            }
            if self.is_word(u, by, "by")
                && let Some(agent) = self.np_after(u, by + 1, false)
                && {
                    let h = &t[agent.head_end - 1];
                    h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
                }
                && let Some(subject) = self.np_before(u, vstart)
            {
                // `was told by the chief that …`: the agent said the clause after it, and the
                // subject is who heard it; `was accused by rivals of …`: a charge, no words.
                if self.is_word(u, agent.end, "that") {
                    let told = VerbCtx {
                        np: Some(agent),
                        inverted: true,
                        passive: false,
                        inherited: None,
                        ..*cx
                    };
                    return Some(self.verb_content(&told, used));
                }
                let cue_span = Span::new(t[cue_start].span.start, t[by].span.end);
                let Some(mut d) =
                    self.content_draft(u, subject.start, subject.end, cue_span, class, Some(agent))
                else {
                    return Some(None);
                };
                d.content_toks = None;
                for x in used.iter_mut().take(agent.end).skip(subject.start) {
                    *x = true;
                }
                return Some(Some(d));
            }
        }
        // `Mr. Hale was challenged over …`: a passive with no agent; the subject is what was
        // said about, the source unnamed.
        if passive
            && said_at == i
            && matches!(cue.constraint, Constraint::Stance)
            && matches!(cue.class, CueClass::Speech | CueClass::Writing)
            && let Some(subject) = self.np_before(u, vstart)
        {
            let cue_span = Span::new(t[cue_start].span.start, t[i].span.end);
            let Some(mut d) =
                self.content_draft(u, subject.start, subject.end, cue_span, class, None)
            else {
                return Some(None);
            };
            d.content_toks = None;
            for x in used.iter_mut().take(i + 1).skip(subject.start) {
                *x = true;
            }
            return Some(Some(d));
        }
        // `Lee was worried that …`, `Officials are convinced that …`: a thought participle
        // before a that-clause keeps its subject as the source.
        let thought_that = class == CueClass::Thought && self.is_word(u, i + 1, "that");
        if passive && said_at == i && !thought_that || cue.constraint == Constraint::Evidential {
            return Some(None);
        }
        None
    }

    /// The source noun phrase next to the cue: the subject before it, or the one after an
    /// inverted cue (`“…,” said Kim`). Returns whether the cue is a participle after a
    /// subordinator (`while chanting`), which takes its source from the clause.
    pub(super) fn verb_subject(&self, cx: &mut VerbCtx<'h>) -> bool {
        let &mut VerbCtx {
            u, i, cue, vstart, ..
        } = cx;
        let t = &self.units[u].toks;
        // `while chanting, “…”`, `before optimistically predicting that …`, `by saying …`: a
        // participle after a subordinator takes the clause subject.
        let ing_after_sub = cue.form == Form::Ing
            && vstart > 0
            && self.is_any(
                u,
                vstart - 1,
                &["while", "before", "after", "when", "by", "since", "without"],
            );
        // `…, saying …`: a participle after a comma has no subject of its own there.
        let mut np = if cue.form == Form::Ing
            && vstart == i
            && i > 0
            && (self.comma_at(u, i - 1) || ing_after_sub)
        {
            None
        } else {
            self.np_before(u, vstart)
        };
        // `“…,” the senator and candidate said`: two coordinated noun phrases as the source,
        // the first right after the quotation.
        if let Some(x) = np
            && x.start >= 3
            && self.is_word(u, x.start - 1, "and")
            && let Some(first) = self.simple_np(u, x.start - 1)
            && first.start > 0
            && t[first.start - 1].quote().is_some()
            && t[first.start..x.end].iter().all(|w| w.cue.is_none())
            && (t[first.head_end - 1].cap || t[first.head_end - 1].is(ROLE | ORG | UNNAMED))
        {
            np = Some(Np {
                start: first.start,
                end: x.end,
                head_start: first.head_start,
                head_end: first.head_end,
            });
        }
        // `…, with critics saying …`: the subject of an absolute phrase, without `with`.
        if let Some(x) = np.as_mut()
            && cue.form == Form::Ing
            && x.end - x.start >= 2
            && self.is_word(u, x.start, "with")
        {
            x.start += 1;
            x.head_start = x.head_start.max(x.start);
        }
        // `Lee went on to say that …`, `Kim was quick to add …`: after a verb and `to`.
        if np.is_none()
            && cue.form == Form::Base
            && vstart == i
            && i > 0
            && self.is_word(u, i - 1, "to")
        {
            np = self.control_subject(u, i - 1);
        }
        // Inverted: `“…,” said Kim.` / `…, said Kim.`; also where a noun phrase stands before
        // the comma, when the one after the cue ends the sentence (`… rapid growth, which has
        // led to wealth, says the BBC's Louisa Lim in Beijing.`).
        let mut inverted = false;
        let after = (vstart == i
            && cue.form != Form::Ing
            && i > 0
            && (t[i - 1].punct(',') || t[i - 1].quote().is_some()))
        .then(|| self.np_after(u, i + 1, true))
        .flatten();
        // The source after the cue ends the sentence (or a place, or an apposition, does).
        let ends_sentence = |x: Np| {
            let e = self.words_end(u, i + 1);
            // `… in Beijing`: a place after the source.
            let place = x.end + 1 < e
                && self.is_any(u, x.end, &["in", "at", "from"])
                && t[x.end + 1..e].iter().all(|y| y.word() && y.cap);
            x.end == e
                || place
                || t[x.end].punct(',')
                    && t[x.end + 1..e].iter().all(|y| y.word() || y.punct(','))
                    && t[x.end + 1..e].iter().all(|y| y.cue.is_none())
        };
        if let Some(x) = after
            && (np.is_none()
                || t[i - 1].punct(',')
                    && cue.form == Form::S
                    // The phrase before the comma is inside a clause, not a subject set off
                    // after a quotation or opening the sentence.
                    && np.is_some_and(|y| y.start > 0 && t[y.start - 1].word())
                    && ends_sentence(x))
            && (t[x.head_start].cap
                || t[x.start].is(DET)
                || t[x.start].is(MALE | FEMALE)
                // `“…,” wrote analysts from Citi`, `said officials in Kyiv`.
                || [x.start, x.head_end - 1]
                    .iter()
                    .any(|&m| t[m].is(ROLE | UNNAMED) && !t[m].is(TIME)))
        {
            np = Some(x);
            inverted = true;
        }
        cx.np = np;
        cx.inverted = inverted;
        ing_after_sub
    }

    /// The source a cue without a subject of its own takes: the clause subject of an
    /// infinitive, the object of a control verb, the sender of a message, the one recorded,
    /// the main clause's subject after a fronted participle, the previous attribution's.
    /// `None` when the cue has no source at all.
    #[inline(never)]
    pub(super) fn inherited_source(&self, cx: &mut VerbCtx<'h>, ing_after_sub: bool) -> Option<()> {
        let &mut VerbCtx {
            u,
            i,
            cue,
            vstart,
            mut np,
            ..
        } = cx;
        let t = &self.units[u].toks;
        let n = t.len();
        // Participle after a comma: `…, adding that …`, `…, calling it …`: the source is the
        // previous attribution's in this sentence.
        let mut inherited = None;
        // `… and said`, `… but insist that`; not a verb of a relative clause (`Lee, who has
        // not read it but knows its gist,`).
        let and_verb = vstart > 0
            && (matches!(cue.form, Form::Past | Form::S) && self.is_word(u, vstart - 1, "and")
                || matches!(cue.form, Form::Past | Form::S | Form::Base)
                    && (self.is_word(u, vstart - 1, "and") || self.is_word(u, vstart - 1, "but"))
                    && !t[..vstart]
                        .iter()
                        .enumerate()
                        .any(|(m, x)| x.is(WHO) || self.is_word(u, m, "which")));
        // `… took to the steps to assail X`, `used his speech to call for X`: an infinitive
        // whose subject is the clause's.
        let infinitive = cue.form == Form::Base
            && np.is_none()
            && vstart == i
            && i > 1
            && self.is_word(u, i - 1, "to")
            && t[i - 2].word()
            && cue.constraint != Constraint::Evidential
            // `to find a way`, `to see the sights`: not a report.
            && cue.class != CueClass::Perception
            // `held her in contempt to testify`: the object's infinitive, not the subject's.
            && !t[..i].iter().any(|x| x.word() && !x.cap && x.is(OBJECT) && !x.is(ROLE | ORG))
            // `forced it to embrace`: a verb of making or letting gives the infinitive its
            // object as subject, whatever the object.
            && !(i.saturating_sub(6)..i - 1).any(|m| t[m].word() && !t[m].cap && t[m].is(CONTROL));
        // `forced Lee to acknowledge …`, `allowed them to call for …`: the object of a control verb.
        if cue.form == Form::Base
            && np.is_none()
            && vstart == i
            && i > 2
            && self.is_word(u, i - 1, "to")
            && cue.constraint != Constraint::Evidential
            && cue.class != CueClass::Perception
            && let Some(x) = self.controlled_subject(u, i - 1)
            // `allowed them to call for …`: a pronoun object leaves the reading to the noun.
            && !t[x.start].is(OBJECT)
        {
            inherited = Some(self.source_of(u, x));
        }
        if infinitive && inherited.is_none() {
            // The clause subject: a name, a pronoun or a speaker noun, not a connective or a
            // time (`Meanwhile`, `Tuesday`).
            let subject = self
                .np_after(u, 0, false)
                .filter(|x| (t[x.head_end - 1].cap || t[x.head_end - 1].is(PRONOUN)) && x.end < i)
                .filter(|x| !self.opens_lead_in(u, x.start))
                .or_else(|| self.clause_subject(u, i - 1, true))
                .filter(|x| {
                    let h = &t[x.head_end - 1];
                    !h.is(CONN | TIME) && !self.text[h.span].ends_with("ing")
                })?;
            inherited = Some(self.source_of(u, subject));
        }
        // `released a statement saying …`, `carrying signs saying …`: a message that says; its
        // sender is the clause subject.
        if cue.form == Form::Ing
            && vstart == i
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].cap
            && t[i - 1].is(MEDIUM)
        {
            let mut start = i - 1;
            if start > 0 && t[start - 1].is(DET) {
                start -= 1;
            }
            np = None;
            let sender = self.clause_subject_definite(u, start)?;
            inherited = Some(self.source_of(u, sender));
        }
        // `footage of Trump saying …`: the one recorded says it.
        let mut recorded = false;
        if cue.form == Form::Ing
            && vstart == i
            && let Some(of) = (i.saturating_sub(5)..i)
                .rev()
                .find(|&m| self.is_word(u, m, "of"))
            && of >= 1
            && of + 1 < i
            && t[of - 1].is(MEDIUM)
            && t[of + 1..i]
                .iter()
                .all(|x| x.word() && (x.cap || x.is(DET | ROLE | PRONOUN)))
            && let Some(x) = self.head_of(u, of + 1, i)
        {
            np = Some(x);
            recorded = true;
        }
        // `Insisting it wasn’t staged, Okafor called …`: a participle opening the sentence
        // takes the subject of the main clause after its comma, and its content ends there.
        let mut fronted_ing = None;
        if np.is_none()
            && inherited.is_none()
            && cue.form == Form::Ing
            && vstart == i
            && t[..i].iter().all(|x| x.word() && x.is(CONN))
            && let Some(c) = (i + 2..n.min(i + 40)).find(|&m| t[m].punct(','))
            && let Some(x) = self
                .np_after(u, c + 1, false)
                .map(|x| self.before_verb(u, x))
            && x.end < n
            && t[x.end].word()
            && !t[x.end].cap
            && {
                let h = &t[x.head_end - 1];
                h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
            }
        {
            inherited = Some(self.source_of(u, x));
            fronted_ing = Some(c);
        }
        if np.is_none()
            && inherited.is_none()
            && (cue.form == Form::Ing && i > 0 && self.comma_at(u, i - 1)
                || and_verb
                || ing_after_sub)
        {
            inherited = self.out.last().filter(|d| d.unit == u).and_then(|d| {
                self.later_subject(u, d, vstart)
                    .map(|x| self.source_of(u, x))
                    .or(d.source)
            });
            if inherited.is_none()
                && let Some(x) = self
                    .np_after(u, 0, false)
                    .filter(|x| {
                        (t[x.head_end - 1].cap || t[x.head_end - 1].is(PRONOUN))
                            && x.end < i
                            // Not a lead-in (`On Sunday`, `Likewise`, `Facing …`).
                            && !t[x.start].is(PREP | CONN)
                            && !t[x.head_start..x.head_end].iter().all(|y| y.is(TIME))
                            && !self.text[t[x.start].span].ends_with("ly")
                            && !self.text[t[x.start].span].ends_with("ing")
                            && !self.opens_lead_in(u, x.start)
                            // `Soon after the vote, the tenants …`: a fronted adjunct.
                            && !(x.end..i)
                                .find(|&c| t[c].punct(','))
                                .is_some_and(|c| self.lead_in_at(u, x.start, c))
                    })
                    .or_else(|| {
                        // `The tenant later sued, claiming …`: a participle after a comma.
                        if cue.form == Form::Ing && vstart == i && self.comma_at(u, i - 1) {
                            self.clause_subject_definite(u, vstart)
                        } else {
                            self.clause_subject(u, vstart, false)
                        }
                    })
            {
                inherited = Some(self.source_of(u, x));
            }
            inherited?;
        }
        if np.is_none() && inherited.is_none() {
            return None;
        }
        cx.np = np;
        cx.inherited = inherited;
        cx.recorded = recorded;
        cx.fronted_ing = fronted_ing;
        Some(())
    }

    /// Whether the source found fits the cue: its constraint (a stance needs a named source,
    /// an evidence cue an evidence noun), no bare participle after a noun (`the man saying`),
    /// no thought of `it`.
    pub(super) fn source_fits(&self, cx: &VerbCtx<'h>) -> bool {
        let &VerbCtx {
            u,
            i,
            cue,
            class,
            vstart,
            np,
            recorded,
            ..
        } = cx;
        let t = &self.units[u].toks;
        if let Some(np) = np {
            let head = &t[np.head_end - 1];
            let named = head.cap || head.is(PRONOUN | WHO | ROLE | ORG | UNNAMED);
            match cue.constraint {
                Constraint::Plain
                | Constraint::PostQuote
                | Constraint::Naming
                | Constraint::ParticleOnly
                | Constraint::Evidential => {}
                Constraint::Stance if named => {}
                Constraint::Evidence if t[np.start..np.end].iter().any(|x| x.is(EVIDENCE)) => {}
                _ => return false,
            }
            // `the man saying` is not a cue with a subject, but `with one of his posters asking`
            // is (an absolute phrase), and so is `footage of Trump saying`; a document or
            // record shows what it shows in a reduced relative too (`polls showing him ahead`,
            // `a video surfaced showing …`).
            if cue.form == Form::Ing
                && vstart >= i
                && !recorded
                && cue.constraint != Constraint::Evidence
                && !(self.is_word(u, np.start, "with")
                    || np.start > 0 && self.is_word(u, np.start - 1, "with"))
            {
                return false;
            }
            if head.is(PRONOUN)
                && self.text[head.span].eq_ignore_ascii_case("it")
                && class == CueClass::Thought
            {
                return false;
            }
        }
        true
    }
}
