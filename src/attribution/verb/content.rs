//! The content phase of the verb cue reader: the cue's extent (particles, `quoted as saying`),
//! the recipient and adjuncts after it, and how far the reported content runs, before the
//! source (`“…,” Kim said`) or after the cue (`Kim said [that] …`).

use super::*;
use syntax::{CueExtent, Gap};

/// What content tokens `a..to` hold: a quotation, a subordinator, a relative clause set off
/// by a comma. Folded forward only as far as a test asks, so a scan stays linear.
#[derive(Default)]
struct Seen {
    to: usize,
    quote: bool,
    sub: bool,
    relative: bool,
}

impl Seen {
    /// The facts of tokens `a..m` of `t` (`m` never goes back).
    #[inline]
    fn upto(&mut self, t: &[Tok], m: usize) -> &Seen {
        while self.to < m {
            let y = self.to;
            let x = &t[y];
            self.quote |= x.quote().is_some();
            self.sub |= x.word() && x.is(SUB);
            self.relative |= x.is(WHO) && y > 0 && t[y - 1].punct(',');
            self.to += 1;
        }
        self
    }
}

impl<'h> Finder<'_, 'h> {
    /// The content phase of [`Finder::try_verb`]: the draft for the cue and source in `cx`, or
    /// `None` when no content can be read.
    pub(super) fn verb_content(
        &mut self,
        cx: &VerbCtx<'h>,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let VerbCtx {
            u,
            i,
            cue,
            mut class,
            cue_end,
            vstart,
            cue_start,
            np,
            inverted,
            inherited,
            fronted_ing,
            ..
        } = *cx;
        let t = &self.units[u].toks;
        let n = t.len();
        let CueExtent {
            span: cue_span,
            end: cue_end,
            speech,
            naming_prep,
            particle,
        } = syntax::cue_extent(&self.sentence(u), i, cue_start, cue_end, cue)?;
        if speech {
            class = CueClass::Speech;
        }
        // After the cue: recipient, adjuncts.
        let mut secondary = Vec::new();
        let mut k = cue_end;
        if inverted {
            k = np.map_or(k, |x| x.end);
        } else if !particle
            && k < n
            && if cue.tell() {
                t[k].word() && !self.is_word(u, k, "that")
            } else {
                self.addressee_that(u, k)
            }
        {
            // `asked tenants to sign on …`: who was asked to act is part of the request.
            let request = self.is_any(u, i, &["ask", "asks", "asked", "asking"])
                && (k + 1..n.min(k + 8))
                    .find(|&m| !t[m].word() || self.is_word(u, m, "to"))
                    .is_some_and(|m| {
                        self.is_word(u, m, "to")
                            && t.get(m + 1)
                                .is_some_and(|x| x.word() && !x.cap && !x.is(DET))
                    });
            if request {
                // The content starts at the one asked.
            } else if t[k].is(OBJECT) && !t[k].cap {
                let s = t[k].span;
                secondary.push((Relation::Recipient, s, s, Mention::Other));
                k += 1;
            } else if let Some(r) = self.recipient(u, k) {
                let s = self.s(u, r.start, r.end);
                let h = self.s(u, r.head_start, r.head_end);
                secondary.push((Relation::Recipient, s, h, self.mention_of(u, r)));
                k = r.end;
            }
        }
        // What may stand between the cue and its content: `said for the first time that …`,
        // `said on Jan. 5 that …`, `said, in fact, that …`, and the adjuncts of a cue (`in a
        // statement`).
        let gap = Gap::TIME | Gap::DISCOURSE;
        k = syntax::skip_forward(&self.sentence(u), k, gap);
        let before_adjuncts = k;
        k = self.adjuncts(u, k, &mut secondary);
        // An aside after the adjuncts (`said in a statement on Jan. 5 that …`).
        if k > before_adjuncts {
            let past = syntax::skip_forward(&self.sentence(u), k, gap);
            if past > k {
                k = self.adjuncts(u, past, &mut secondary);
            }
        }
        if !inverted
            && inherited.is_none()
            && let Some(x) = np
            && x.start > 0
            && let Some(d) =
                self.relative_or_as_clause(u, x, k, cue, cue_span, class, &mut secondary, used)
        {
            return Some(d);
        }
        // Content before: `“…,” Kim said.`, `…, officials said.`
        let src_start = if inverted {
            i
        } else {
            np.map_or(vstart, |x| x.start)
        };
        let boundary_before = src_start > 0
            && (t[src_start - 1].punct(',')
                || t[src_start - 1].quote().is_some()
                || matches!(t[src_start - 1].kind, Kind::Punct(c) if is_dash(c)));
        // `…, officials said on condition of anonymity.`: a prepositional phrase with no verb,
        // quotation or clause runs to the end of the sentence.
        let tail_pp = k < n
            && t[k].word()
            && !t[k].cap
            && t[k].is(PREP)
            && (k..n).all(|m| {
                let x = &t[m];
                x.quote().is_none()
                    && x.cue.is_none()
                    && !x.is(AUX | PRONOUN | WHO)
                    && !self.is_word(u, m, "that")
                    && !x.punct(',')
            });
        let tail_end = k == n || t[k..].iter().all(end_punct) || tail_pp;
        let tail_more = k < n
            && (t[k].punct(',') || t[k].punct(':'))
            && (t.get(k + 1).is_some_and(|x| x.quote().is_some())
                || self.phrase_at(u, k + 1).is_some()
                || self.is_word(u, k + 1, "citing")
                || t.get(k + 1)
                    .is_some_and(|x| x.cue.is_some_and(|c| c.form == Form::Ing)));
        // A quotation run just before the source that opens the sentence (or follows a colon):
        // `“…,” Kim said`. A title inside a clause (`on KTV’s “Sunday Desk,” Hale admitted`)
        // is not one.
        let after_quote = src_start > 0
            && t[src_start - 1].quote().is_some()
            && self.quote_run_start(u, src_start).is_some();
        let quote_next = k < n
            && (t[k].punct(',') || t[k].punct(':'))
            && t.get(k + 1).is_some_and(|x| x.quote().is_some());
        // `said, for the first time, that …` is the cue-first reading.
        let comma_tail = k < n
            && t[k].punct(',')
            && !(k + 1..n.min(k + 10)).any(|m| t[m].punct(',') && self.is_word(u, m + 1, "that"));
        let colon_quote = quote_next && t[k].punct(':');
        // `The idea, a senior insider said, is to …`: a parenthetical source; the content is
        // what follows (a subordinate clause after the comma keeps the content before).
        let parenthetical = comma_tail
            && !inverted
            && boundary_before
            && !after_quote
            && !tail_more
            && inherited.is_none()
            && t.get(k + 1).is_some_and(|x| {
                x.word()
                    && (x.cap
                        || x.is(AUX)
                        || !x.is(STOP | PREP | CONN)
                            && x.cue.is_none_or(|c| matches!(c.form, Form::Past | Form::S))
                            && !self.text[x.span].ends_with("ing"))
            })
            // At least three words after it (a quotation counts as three).
            && t[k + 1..]
                .iter()
                .map(|x| if x.quote().is_some() { 3 } else { usize::from(x.word()) })
                .sum::<usize>()
                >= 3;
        // `“…,” the paper wrote while acknowledging …`: after a quotation, a subordinate
        // adjunct clause is not what was said.
        let tail_sub = k < n
            && src_start > 0
            && t[src_start - 1].quote().is_some()
            && self.is_any(u, k, &ADJUNCT_SUBORDINATORS);
        let content_first = inherited.is_none()
            && !colon_quote
            && !parenthetical
            && (after_quote
                || boundary_before
                    && !quote_next
                    && (tail_end || tail_more || comma_tail || tail_sub));
        // `“…?” Trump said.` read as two sentences: the quotation ends the sentence before (in
        // the same paragraph), and the sentence is only the source, the cue and at most an
        // adjunct (`Pence said in response.`).
        let split_quote = src_start == 0
            && u > 0
            && inherited.is_none()
            && self.units[u - 1].para == self.units[u].para
            && self.units[u - 1]
                .toks
                .last()
                .is_some_and(|x| x.quote().is_some())
            && (tail_end
                // `“…?” Kim asked as the lights went down.`: an adjunct clause; a subordinator
                // that also opens a wh-clause (`asked when …`) may be what was asked.
                || k < n
                    && self.is_any(u, k, &ADJUNCT_SUBORDINATORS)
                    && !self.is_any(u, k, &complement::WH_OPENERS)
                || k < n
                    && t[k].is(PREP)
                    && (k..n).all(|m| {
                        t[m].quote().is_none()
                            && t[m].cue.is_none()
                            && !t[m].is(AUX | PRONOUN)
                            && !self.is_word(u, m, "that")
                    }));
        // `But the jet “is a niche player”, Lee continued`: a quotation ending the clause
        // before the source does as well as one that is the whole clause.
        let quote_ends_content = content_first && src_start >= 2 && {
            let q = if t[src_start - 1].punct(',') {
                src_start - 2
            } else {
                src_start - 1
            };
            t[q].quote().is_some()
        };
        if cue.constraint == Constraint::PostQuote
            && !(content_first && (after_quote || quote_ends_content) || quote_next || split_quote)
        {
            return None;
        }
        let mut after_k = k;
        // A relative clause: `which critics said was …`, `that prosecutors said had …`.
        let mut relative = np
            .filter(|x| !inverted && x.start > 0 && !content_first && k < n && t[k].word())
            .map(|x| x.start - 1)
            .filter(|&r| {
                self.is_any(u, r, &RELATIVE_OBJECTS)
                    && matches!(class, CueClass::Speech | CueClass::Thought | CueClass::Writing)
                    && cue.constraint == Constraint::Plain
                    && !t[k].is(DET | PREP | PRONOUN | CONN)
                    && !self.is_word(u, k, "to")
                    // A noun before the relative word, not a verb (`explained that he …`).
                    && r > 0
                    && (t[r - 1].punct(',')
                        || t[r - 1].word() && t[r - 1].cue.is_none() && !t[r - 1].is(AUX | STOP | PREP))
            });
        // `which he has denied`, `what she said`: the relative word is the object of the cue
        // and the whole content.
        if let Some(x) = np
            && relative.is_none()
            && !inverted
            && !content_first
            && x.start >= 2
            && self.is_any(u, x.start - 1, &OBJECT_RELATIVES)
            // `that` after a noun, not after a verb (`said that officials …`).
            && (!self.is_word(u, x.start - 1, "that")
                || t[x.start - 2].word() && t[x.start - 2].cue.is_none() && !t[x.start - 2].is(AUX))
            && matches!(class, CueClass::Speech | CueClass::Thought | CueClass::Writing)
            && cue.constraint == Constraint::Plain
            && (k >= n
                || end_punct(&t[k]) && t[k].quote().is_none()
                || t[k].is(PREP | CONN)
                || self.is_any(u, k, &["and", "but", "as"]))
            && {
                let h = &t[x.head_end - 1];
                h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
            }
        {
            return Some(self.object_relative_draft(u, x, k, cue_span, class, secondary, used));
        }
        // `“…?” Trump said.` read as two sentences: the quotation ends the sentence before.
        if split_quote
            && let Some(d) =
                self.split_quote_draft(u, k, src_start, np, cue_span, class, &mut secondary, used)
        {
            return Some(d);
        }
        // The draft stays in the `Option` it is returned in: it is large, and moving it out
        // and back costs copies.
        let mut draft = if content_first {
            self.content_before(
                u,
                src_start,
                k,
                after_quote,
                cue_span,
                class,
                np,
                &mut after_k,
                used,
            )
        } else {
            // Content after: `Kim said [that] …`, `Kim said: “…”`.
            let (mut a, noun_cue_end) = self.content_start(u, k, parenthetical, particle, cue)?;
            // `said, “…,” adding …`: after `said,` or `said:` a quotation is the content.
            let quote_only = a < n
                && t[a].quote().is_some()
                && (a > k && (t[a - 1].punct(',') || t[a - 1].punct(':'))
                    // `shouting “we win!”`: a quotation right after the cue, then a clause end.
                    || a == k
                        && t.get(a + 1).is_none_or(|x| end_punct(x) || x.punct(',') || x.word()));
            if a >= n || t[a..].iter().all(end_punct) {
                // `Kim added:` with the quotation in the next paragraph.
                if k < n && t[k].punct(':') {
                    return Some(self.lead_in_draft(u, np, inherited, cue_span, class, secondary));
                }
                return None;
            }
            // `which critics said was …`: the relative word and the verb phrase are the content.
            if relative.is_some()
                && !(t[a].word()
                    && !t[a].cap
                    && !t[a].is(DET | PREP | PRONOUN | CONN)
                    && !self.is_word(u, a, "that"))
            {
                relative = None;
            }
            // `say by a clear margin, 57 percent to 38 percent, that …`, `has said for months
            // he’s …`: an adjunct, then the clause.
            if !parenthetical
                && relative.is_none()
                && t[a].word()
                && !t[a].cap
                && (t[a].is(PREP)
                    || self.is_any(u, a, &["by", "for", "with", "about", "as", "from"]))
                && syntax::quantity_adverb(&self.sentence(u), a).is_none()
            {
                if let Some(m) = (a + 1..n.min(a + 20))
                    .find(|&m| self.is_word(u, m, "that") && t[m - 1].punct(','))
                    && t[a..m]
                        .iter()
                        .all(|x| x.cue.is_none() && x.quote().is_none() && !x.punct(';'))
                {
                    a = m;
                } else if self.is_word(u, a, "for")
                    && t.get(a + 1).is_some_and(|x| x.word() && x.is(TIME))
                {
                    a += 1;
                    while a + 1 < n && t[a].word() && t[a].is(TIME) {
                        a += 1;
                    }
                }
            }
            if !parenthetical
                && relative.is_none()
                && t[a].word()
                && !t[a].cap
                && (t[a].is(PREP)
                    || self.is_any(
                        u,
                        a,
                        &[
                            "by", "for", "with", "about", "of", "as", "from", "into", "is", "was",
                            "and", "or", "but",
                        ],
                    ))
                // `said about 20 people were hurt`: a quantity, not a preposition.
                && syntax::quantity_adverb(&self.sentence(u), a).is_none()
            {
                return None; // `said in …` we could not read, `said as …`
            }
            // The clause ends where another cue of the same source begins: `…, arguing that`,
            // `… and warned`.
            let mut b = fronted_ing.unwrap_or(n);
            let object_content = (cue.constraint == Constraint::Stance || particle)
                && !self.is_word(u, a, "that")
                && t[a].quote().is_none();
            // `When politicians decide to …, the Census will …`: a cue inside a sentence-opening
            // subordinate clause; its content ends where the clause does.
            let fronted = src_start > 0
                && (self.has(u, 0, SUB) || self.has(u, 1, SUB) && t[0].is(CONN))
                && !t[..src_start].iter().any(|x| x.punct(','));
            // `Lee, who argues he is honest, said …`: a cue in a relative clause set off by
            // commas; its content ends with the clause, before the main verb.
            let in_relative = np.is_some_and(|x| {
                x.end - x.start == 1
                    && t[x.start].is(WHO)
                    && x.start > 0
                    && t[x.start - 1].punct(',')
            });
            b = self.content_end(u, a, b, cue, object_content, fronted, in_relative);
            if relative.is_some()
                && let Some(m) = (a + 1..b).find(|&m| t[m].punct(','))
            {
                b = m; // the relative clause ends at its comma
            }
            if quote_only {
                let mut e = a;
                while e < b && (t[e].quote().is_some() || end_punct(&t[e])) {
                    e += 1;
                }
                // `“…,” including …`: the comma inside the marks ends the quotation's clause.
                let inner_comma = e > a && t[e - 1].quote().is_some() && self.comma_at(u, e - 1);
                if e < b && (t[e].punct(',') || inner_comma) {
                    b = e;
                }
            }
            let cue_span = noun_cue_end.map_or(cue_span, |m| cue_span.cover(t[m].span));
            let mut d = self.content_draft(u, a, b, cue_span, class, np);
            if let Some(d) = &mut d
                && inherited.is_some()
            {
                d.source = inherited;
            }
            d
        };
        let d = draft.as_mut()?;
        if cue.constraint == Constraint::Naming
            && d.quotes.is_empty()
            && !naming_prep
            && !syntax::naming_reads(&self.sentence(u), np, cue.form, vstart, cue_end)
        {
            return None;
        }
        for x in used.iter_mut().take(k).skip(src_start.min(i)) {
            *x = true;
        }
        d.secondary.extend(secondary);
        self.trailing(u, d, used, content_first.then_some(after_k));
        // `The exhibit, Mr. Hale said, honored …`: the words before the source are content too.
        // `Put simply, he said, “…”`: the words before a source set off by commas are
        // content as well as the quotation after it.
        let quote_parenthetical = quote_next
            && t[k].punct(',')
            && !inverted
            && !after_quote
            && inherited.is_none()
            && src_start > 0
            && t[src_start - 1].punct(',');
        if (parenthetical || quote_parenthetical && self.reported_lead(u, src_start - 1))
            && let Some(first) = self.before_piece(u, src_start - 1)
        {
            d.contents.insert(0, first);
        }
        // `But “the issue,” Lee added, “is whether …”`: a quotation after a connective, then
        // the source and the rest of the quotation.
        if quote_next
            && !inverted
            && !after_quote
            && inherited.is_none()
            && src_start >= 2
            && t[src_start - 1].quote().is_some()
            && self.comma_at(u, src_start - 1)
            && t[..src_start - 1].iter().all(|x| x.word() && x.is(CONN))
            && !used[..src_start].iter().any(|&x| x)
        {
            self.add_piece(u, d, 0, src_start, true);
            for x in used.iter_mut().take(src_start) {
                *x = true;
            }
        }
        // `The comments, said Lee of JPMorgan, were “too weak”.`: an inverted source set off
        // in the middle of its clause; the predicate after it is content too.
        if inverted
            && content_first
            && after_k < n
            && t[after_k].punct(',')
            && t.get(after_k + 1)
                .is_some_and(|x| x.word() && !x.cap && x.is(AUX) && x.cue.is_none())
            && !used[after_k + 1..].iter().any(|&x| x)
        {
            let e = self.words_end(u, after_k + 1);
            if e > after_k + 2 && t[after_k + 1..e].iter().all(|x| x.cue.is_none()) {
                self.add_piece(u, d, after_k + 1, e, false);
                for x in used.iter_mut().take(e).skip(after_k) {
                    *x = true;
                }
            }
        }
        if let Some(r) = relative {
            d.contents.insert(0, t[r].span);
        }
        draft
    }

    /// `which he has denied`, `what she said`: the draft whose whole content is the relative
    /// word before the source `x` (the words from the source to `k` are taken). Rare: kept out
    /// of [`Self::verb_content`]'s path.
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn object_relative_draft(
        &self,
        u: usize,
        x: Np,
        k: usize,
        cue_span: Span,
        class: CueClass,
        secondary: Vec<(Relation, Span, Span, Mention<'h>)>,
        used: &mut [bool],
    ) -> Draft<'h> {
        for m in used.iter_mut().take(k).skip(x.start) {
            *m = true;
        }
        let r = x.start - 1;
        Draft {
            unit: u,
            contents: Few::One(self.units[u].toks[r].span),
            content_toks: toks(r, r + 1),
            quotes: Few::new(),
            direct: false,
            source: Some(self.source_of(u, x)),
            cue: cue_span,
            cue_class: class,
            secondary,
        }
    }

    /// `Kim added:` with the quotation in the next paragraph: a draft without content yet.
    /// Rare: kept out of [`Self::verb_content`]'s path.
    #[cold]
    #[inline(never)]
    fn lead_in_draft(
        &self,
        u: usize,
        np: Option<Np>,
        inherited: Option<(Span, Span, Mention<'h>, bool)>,
        cue_span: Span,
        class: CueClass,
        secondary: Vec<(Relation, Span, Span, Mention<'h>)>,
    ) -> Draft<'h> {
        Draft {
            unit: u,
            contents: Few::new(),
            content_toks: None,
            quotes: Few::new(),
            direct: false,
            source: np.map(|np| self.source_of(u, np)).or(inherited),
            cue: cue_span,
            cue_class: class,
            secondary,
        }
    }

    /// Where content after the cue starting at token `a` ends, at most at `b`: before a
    /// trailing time adjunct, a quotation with its own source, a new clause (`; …`, `, but …`),
    /// an apposition to the clause, a new subject with its own cue, a participle clause, or a
    /// second verb of the source; at the comma that closes a relative clause the cue is in.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn content_end(
        &self,
        u: usize,
        a: usize,
        b: usize,
        cue: Cue,
        object_content: bool,
        fronted: bool,
        in_relative: bool,
    ) -> usize {
        let s = self.sentence(u);
        let t = s.toks;
        let n = t.len();
        // What the content holds so far (tokens `a..m`), read when a test asks.
        let mut seen = Seen {
            to: a,
            ..Seen::default()
        };
        for m in a + 1..b {
            let x = &t[m];
            let y = m - 1;
            // Most tokens end nothing: a word other than `and`, of no time or preposition
            // class, after a word (no comma or quotation before it). Every test below needs
            // one of those, or object content.
            if x.word()
                && t[y].word()
                && !object_content
                && !x.is(TIME | PREP)
                && !s.is_word(m, "and")
            {
                continue;
            }
            if in_relative
                && x.punct(',')
                && t.get(m + 1).is_some_and(|y| {
                    y.word()
                        && !y.cap
                        && (y.is(AUX)
                            || y.cue
                                .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                            || self.text[y.span].len() > 4 && self.text[y.span].ends_with("ed"))
                })
            {
                return m;
            }
            let is_and = s.is_word(m, "and");
            if fronted && x.punct(',') && {
                let s = seen.upto(t, m);
                !s.quote && !s.sub
            } {
                return m;
            }
            // `While Lee has said the plan is “bold,” she …`: the comma closing the quotation
            // ends the fronted clause too.
            if fronted
                && x.quote().is_some()
                && self.comma_at(u, m)
                && t.get(m + 1).is_some_and(|y| y.word())
                && !seen.upto(t, m).sub
            {
                return m + 1;
            }
            // A comma inside the marks of the quotation before (`“…,” and`, `“…,” noting`)
            // stands where a comma after it would.
            let comma_before = t[y].punct(',') || t[y].quote().is_some() && self.comma_at(u, y);
            // A time adjunct after the content belongs to the cue: `said the plan was dead
            // on Wednesday at a rally`, `announced a settlement in early September`.
            if m > a + 1
                && x.word()
                && x.is(TIME | PREP)
                && self.time_adjunct_at(u, m)
                && self.trailing_adjunct(u, m)
                && !seen.upto(t, m).relative
            {
                // `said little on Friday`: the preposition goes with its time.
                return if t[m - 1].word() && !t[m - 1].cap && t[m - 1].is(PREP) {
                    m - 1
                } else {
                    m
                };
            }
            // A quotation with its own source and cue after it starts a new attribution:
            // `… that the town had lost its soul: “This is no longer our town,” he claimed.`
            if x.quote().is_some()
                && let Some(c) = (m + 1..n.min(m + 7)).find(|&c| !t[c].word() || t[c].cue.is_some())
                && t[c].cue.is_some_and(|q| q.form != Form::Ing)
                && (c == m + 1
                    || self
                        .np_before(u, c)
                        .is_some_and(|np| np.start == m + 1 && !t[np.start].is(WHO)))
            {
                // A quotation that goes on the clause (`was “ready,” the critics said`)
                // ends it; one set off by punctuation starts the new one.
                return if t[m - 1].word() { m + 1 } else { m };
            }
            // `…, and that …`: a second clause of the same cue.
            let and_that = !object_content && is_and && s.is_word(m + 1, "that");
            // A new clause: `; …`, ` — …`, `: …`, `, and …`, `, but …`.
            if m > a + 2
                && (x.punct(';')
                    || x.punct('(')
                    || is_and && s.is_listed(m + 1, &["has", "have", "had"])
                    || matches!(x.kind, Kind::Punct(c) if is_dash(c))
                    || object_content
                        && x.punct(':')
                        && t.get(m + 1).is_none_or(|y| y.quote().is_none())
                    || !and_that && comma_before
                        && s.is_listed(m, &[
                            "and", "but", "while", "although", "though", "whereas", "where",
                            "with", "without", "which", "despite", "compared",
                        ])
                        // `…, but “the offers were …”`: a quotation of the same source
                        // keeps the clause going.
                        && (t[m..n.min(m + 40)].iter().all(|y| y.quote().is_none())
                            || t[m..n.min(m + 40)].iter().any(|y| {
                                y.word()
                                    && !y.cap
                                    && y.cue.is_some_and(|c| {
                                        matches!(c.form, Form::Past | Form::S)
                                    })
                            })))
            {
                return if x.word() && t[m - 1].punct(',') {
                    m - 1
                } else {
                    m
                };
            }
            // `…, a move that …`, `…, an ambitious goal …`: an apposition to the whole
            // clause is the writer's, not the source's; so is `…, too`.
            if m > a + 2
                && x.punct(',')
                && (s.is_word(m + 1, "a") || s.is_word(m + 1, "an"))
                && !seen.upto(t, m).quote
                || m > a + 1
                    && x.punct(',')
                    && s.is_word(m + 1, "too")
                    && t.get(m + 2).is_none_or(|y| !y.word())
            {
                return m;
            }
            // `When the host pointed out that …, the senator said …`: a new subject
            // and its own cue after a comma.
            if m > a + 2
                && t[m].punct(',')
                && let Some(sub) = self.np_after(u, m + 1, false)
                && sub.end < n
                && sub.end - sub.start <= 6
                && t[sub.end].word()
                && !t[sub.end].cap
                && t[sub.end]
                    .cue
                    .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                && {
                    let h = &t[sub.head_end - 1];
                    h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED) || t[sub.start].is(DET)
                }
                // Not a trailing reporter (`…, KCNA reported.`), which `trailing` reads;
                // a cue with its own quotation after a comma (`…, Lee replied, “…”`) is
                // a new attribution.
                && (self.secondary_clause(u, m + 1).is_none()
                    || t.get(sub.end + 1).is_some_and(|y| y.punct(',') || y.punct(':'))
                        && t.get(sub.end + 2).is_some_and(|y| y.quote().is_some()))
            {
                return m;
            }
            // `called the plan “a disgrace,” but said …`: a naming ends with its quoted
            // complement.
            if cue.constraint == Constraint::Naming
                && m > a + 1
                && t[m - 1].quote().is_some()
                && (x.punct(',')
                    || (s.is_word(m, "and") || s.is_word(m, "but"))
                        && t.get(m + 1).is_some_and(|y| y.word() && !y.cap))
            {
                return m;
            }
            // The object of `defended`, `praised`, `talked about` is a noun phrase: it ends
            // before a clause joined to it (`… and suggested`, `…, but`, `… while …`).
            if object_content && self.ends_object(u, a, m) {
                return if m > 0 && t[m - 1].punct(',') {
                    m - 1
                } else {
                    m
                };
            }
            if cue.constraint == Constraint::Stance {
                continue;
            }
            // `…, adding that …`, `…, throwing a wrench in …`: a participle clause.
            if comma_before
                && x.word()
                && !x.cap
                && (x.cue.is_some_and(|c| c.form == Form::Ing)
                    || x.span.len() > 6
                        && self.text[x.span].ends_with("ing")
                        && !s.is_listed(m, &["including", "during", "according"]))
            {
                return if t[y].punct(',') { y } else { m };
            }
            // `Kim said the talks failed and added …`: a second speech verb is the source's;
            // `Guards say he ignored the warning and refused to leave the yard`: another verb goes
            // on the reported clause with its subject.
            if is_and
                && t.get(m + 1).is_some_and(|y| {
                    y.word()
                        && !y.cap
                        && y.cue.is_some_and(|c| {
                            matches!(c.form, Form::Past | Form::S)
                                && (object_content
                                    || c.constraint == Constraint::Evidential
                                    || matches!(c.class, CueClass::Speech | CueClass::Writing)
                                        && c.constraint != Constraint::ParticleOnly)
                        })
                })
            {
                return m;
            }
        }
        b
    }

    /// Content before the source (`“…,” Kim said.`, `…, officials said.`): the quotation run
    /// or the clause up to the source, with the second half of a split quotation after the cue
    /// (`“A,” he said, “B.”`); `after_k` moves past that second half.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn content_before(
        &mut self,
        u: usize,
        src_start: usize,
        k: usize,
        after_quote: bool,
        cue_span: Span,
        class: CueClass,
        np: Option<Np>,
        after_k: &mut usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        let content_end = if t[src_start - 1].punct(',') {
            src_start - 1
        } else {
            src_start
        };
        // Content is the quotation run just before the source, or else the sentence up to it.
        let mut content_start = 0;
        if after_quote {
            // `…the war was “just,” Kim said`: the whole clause is the content.
            content_start = self.quote_run_start(u, content_end).unwrap_or(0);
        }
        if content_start == 0 {
            content_start = self.lead_in(u, content_end);
        }
        let mut d = self.content_draft(u, content_start, content_end, cue_span, class, np)?;
        // The pieces from here on are this attribution's, not the earlier one's.
        for prev in self.out.iter_mut().rev().take(8) {
            prev.contents.retain(|c| !d.contents.contains(c));
        }
        // Split quotation: `“A,” he said, “B.”`, or a quotation sentence after the cue:
        // `“A,” he said. “B.”`
        let rest_quotes = k < n
            && t[k..].iter().any(|x| x.quote().is_some())
            && t[k..]
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)));
        // `“A,” Kim said during a visit to Ohio, “B.”`: an adjunct set off by commas before
        // the second half.
        // `“A,” he said three days after the storm, “B.”`: or an adjunct right after the cue
        // (a preposition or a time word first or second; no verb of its own), then the comma.
        let lead = if k < n && t[k].punct(',') { k + 1 } else { k };
        let adjunct_then_quote = !rest_quotes
            && d.direct
            && lead + 1 < n
            && t[lead].word()
            && (lead > k || t[k].is(PREP | TIME) || t[k + 1].is(TIME))
            // Not a participle of its own (`, adding, “B.”`); one with a particle and its
            // object is an adjunct (`, referring to the excuse, “B.”`).
            && !t[lead].cue.is_some_and(|c| {
                c.form == Form::Ing && c.constraint != Constraint::ParticleOnly
            })
            && (lead + 1..n.min(lead + 29))
                .find(|&m| t[m].quote().is_some())
                .is_some_and(|m| {
                    t[m - 1].punct(',')
                        && (lead > k
                            || t[k..m - 1].iter().all(|x| {
                                x.word() && x.cue.is_none() && !x.is(AUX | PRONOUN)
                            }))
                        && t[m..]
                            .iter()
                            .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
                });
        let k = if adjunct_then_quote {
            (lead + 1..n)
                .find(|&m| t[m].quote().is_some())
                .map_or(k, |m| m - 1)
        } else {
            k
        };
        if (rest_quotes || adjunct_then_quote) && d.direct {
            // `“A,” she said “B.”`: the second half may follow the cue itself with no comma
            // (not an adjunct: `said on “Sunday Desk.”`).
            let from = if t[k].quote().is_some() && t[k - 1].span.end == cue_span.end {
                k
            } else {
                k + 1
            };
            let mut e = from;
            while e < n && (t[e].quote().is_some() || matches!(t[e].kind, Kind::Punct(_))) {
                e += 1;
            }
            let (more, qs) = self.pieces(u, from, e);
            d.contents.extend(more);
            d.quotes.extend(qs);
            for x in used.iter_mut().take(e).skip(k) {
                *x = true;
            }
            *after_k = e;
        }
        Some(d)
    }

    /// A cue in a relative or an `as` clause after its source `x`: `which he has denied`,
    /// `what I always knew` (the relative word is the content), `As Lee noted, the plan
    /// failed.` (the main clause is). `Some` with the draft when one reads; `secondary` then
    /// goes into it.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn relative_or_as_clause(
        &mut self,
        u: usize,
        x: Np,
        k: usize,
        cue: Cue,
        cue_span: Span,
        class: CueClass,
        secondary: &mut Vec<(Relation, Span, Span, Mention<'h>)>,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        // `which he has denied`, `who he named as his running mate`, `what I always knew`: the
        // relative word is the object the cue reports on.
        if x.start > 0
            && let r = x.start - 1
            && self.is_any(u, r, &RELATIVE_OBJECTS)
            && (r > 0
                && (t[r - 1].punct(',')
                    || t[r - 1].word()
                        && t[r - 1].cue.is_none()
                        && !t[r - 1].is(AUX | STOP | PREP))
                || !self.is_word(u, r, "that"))
            && !t[x.start..x.end].iter().any(|y| y.is(WHO))
            && cue.constraint != Constraint::PostQuote
            && (k >= n
                || end_punct(&t[k])
                || t[k].punct(',')
                    && !self.is_word(u, r, "that")
                    && t.get(k + 1).is_none_or(|y| y.quote().is_none())
                || t[k].word()
                    && !t[k].cap
                    && (t[k].is(PREP | TIME) || self.is_any(u, k, &["as", "of", "for"]))
                    && !self.is_word(u, k, "that")
                // `a law that critics called anti-union`: a naming with its complement.
                || cue.constraint == Constraint::Naming
                    && t[k].word()
                    && !t[k].cap
                    && !t[k].is(DET | PRONOUN | AUX))
        {
            for y in used.iter_mut().take(k).skip(r) {
                *y = true;
            }
            let d = Draft {
                unit: u,
                contents: Few::One(t[r].span),
                content_toks: None,
                quotes: Few::new(),
                direct: false,
                source: Some(self.source_of(u, x)),
                cue: cue_span,
                cue_class: class,
                secondary: std::mem::take(secondary),
            };
            return Some(d);
        }
        // `As Lee noted, the plan failed.` / `The plan failed, as Lee noted.`: an `as` clause
        // with a source and a cue reports the main clause.
        if x.start > 0
            && self.is_word(u, x.start - 1, "as")
            && matches!(
                class,
                CueClass::Speech | CueClass::Writing | CueClass::Perception
            )
        {
            let r = x.start - 1;
            let opening = t[..r].iter().all(|y| y.word() && y.is(CONN));
            let (a, b) = if opening && k < n && t[k].punct(',') {
                (k + 1, self.words_end(u, k + 1))
            } else if r > 0 && t[r - 1].punct(',') && t[k..].iter().all(end_punct) {
                (self.lead_in(u, r - 1), r - 1)
            } else {
                (0, 0)
            };
            if b > a
                && let Some(mut d) = self.content_draft(u, a, b, cue_span, class, Some(x))
            {
                for y in used.iter_mut().take(k).skip(r) {
                    *y = true;
                }
                d.secondary.extend(std::mem::take(secondary));
                return Some(d);
            }
        }
        None
    }

    /// Where content after the cue starts, from token `k` after the cue and its adjuncts: past
    /// a short adjunct before a quotation, `,` or `:`, and a content noun that joins the cue
    /// (`expressed doubt that …`; its last token is returned beside). `None` when a comma
    /// after the cue leads nowhere readable.
    #[inline(never)]
    fn content_start(
        &self,
        u: usize,
        k: usize,
        parenthetical: bool,
        particle: bool,
        cue: Cue,
    ) -> Option<(usize, Option<usize>)> {
        let t = &self.units[u].toks;
        let n = t.len();
        let mut a = k;
        // `saying at one point, “…”`: a short adjunct before a quotation (not the object
        // of a particle: `referring to the excuse, “…”`).
        if !parenthetical
            && !particle
            && a < n
            && t[a].word()
            && let Some(m) = (a + 1..n.min(a + 6)).find(|&m| !t[m].word())
            && (t[m].punct(',') || t[m].punct(':'))
            && t.get(m + 1).is_some_and(|x| x.quote().is_some())
            // Words that share a sentence-final quotation's complement make it mixed.
            && (!t[m + 1..].iter().all(|x| x.quote().is_some() || end_punct(x))
                || self.quote_lead_is_adjunct(u, a, m, cue))
        {
            a = m;
        } else if !parenthetical
            && !particle
            && a < n
            && let Some(m) = (a..n.min(a + 24)).find(|&m| t[m].quote().is_some())
            && m > a
            && !self.is_word(u, a, "that")
            && t[a..m]
                .iter()
                .all(|x| x.cue.is_none() && x.quote().is_none())
            && (t[m - 1].punct(',') || t[m - 1].punct(':'))
            && self
                .quote_index(&t[m])
                .is_some_and(|i| self.opens_capital(i))
            && t[m + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
            && self.quote_lead_is_adjunct(u, a, m - 1, cue)
        {
            // `responded to his message by saying, “Stop lying.”`: the quotation after the
            // comma is what was said.
            a = m - 1;
        }
        if parenthetical {
            a = k + 1;
        } else if a < n && (t[a].punct(':') || t[a].punct(',')) {
            // `said, for the first time, that …` / `said: “…”` / `adds, “…”`
            if t[a].punct(',') {
                let close = (a + 1..n.min(a + 10)).find(|&m| t[m].punct(','));
                match close {
                    Some(m) if self.is_word(u, m + 1, "that") => a = m + 1,
                    _ if t.get(a + 1).is_some_and(|x| x.quote().is_some()) => a += 1,
                    _ => return None,
                }
            } else {
                a += 1;
            }
        }
        // `expressed doubt that …`, `voiced concern that …`: the noun joins the cue.
        let mut noun_cue_end = None;
        if !parenthetical
            && a < n
            && cue.constraint == Constraint::Plain
            && t[a].is(CONTENT_NOUN)
            && !t[a].cap
            && let Some(that) = self.that_after_noun(u, a + 1)
        {
            // A bare noun only: `repeated his claim that …` keeps the claim as content.
            noun_cue_end = Some(a);
            a = that;
        } else if !parenthetical
            && a + 1 < n
            && matches!(cue.constraint, Constraint::Plain | Constraint::Stance)
            && let Some(m) = (a..n.min(a + 2)).find(|&m| t[m].is(CONTENT_NOUN))
            && (a..=m).all(|k| t[k].word() && !t[k].cap && !t[k].is(DET | PRONOUN | AUX))
            && self.is_any(
                u,
                m + 1,
                &[
                    "for", "about", "over", "towards", "toward", "at", "with", "on", "in",
                ],
            )
            && t.get(m + 2)
                .is_some_and(|x| x.word() || x.quote().is_some())
        {
            // `expressed support for …`, `voiced open hostility towards …`: the noun and
            // its preposition join the cue; the content is their object.
            noun_cue_end = Some(m + 1);
            a = m + 2;
        }
        Some((a, noun_cue_end))
    }

    /// `“…?” Trump said.` read as two sentences: the quotation that ends the sentence before
    /// (in the same paragraph, alone or after a colon) is the content. `Some` with the draft
    /// when it reads; `secondary` then goes into it.
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn split_quote_draft(
        &mut self,
        u: usize,
        k: usize,
        src_start: usize,
        np: Option<Np>,
        cue_span: Span,
        class: CueClass,
        secondary: &mut Vec<(Relation, Span, Span, Mention<'h>)>,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let pu = &self.units[u - 1];
        let pt = &pu.toks;
        if pu.para == self.units[u].para && pt.last().is_some_and(|x| x.quote().is_some()) {
            let mut q = pt.len();
            while q > 0
                && (pt[q - 1].quote().is_some()
                    || matches!(pt[q - 1].kind, Kind::Punct(c) if c != ':' && !is_dash(c)))
            {
                q -= 1;
            }
            if q == 0 || pt[q - 1].punct(':') {
                let (contents, quotes) = self.pieces(u - 1, q, pt.len());
                // One quotation, one attribution: the draft that took it before (read in its
                // own sentence, or carried on from an earlier speaker's quotation) lets it go.
                // The drafts of the last sentences only (a speaker carried on is among them).
                for d in self.out.iter_mut().rev().take(4) {
                    if d.contents.iter().any(|c| contents.contains(c)) {
                        d.contents.retain(|c| !contents.contains(c));
                        d.quotes.retain(|q| !quotes.contains(q));
                    }
                }
                for x in used.iter_mut().take(k).skip(src_start) {
                    *x = true;
                }
                return Some(Draft {
                    unit: u,
                    contents,
                    content_toks: None,
                    quotes,
                    direct: true,
                    source: np.map(|np| self.source_of(u, np)),
                    cue: cue_span,
                    cue_class: class,
                    secondary: std::mem::take(secondary),
                });
            }
        }
        None
    }
}
