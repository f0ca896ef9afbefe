//! Phrasal cues: `according to X`, and the recipient of a cue.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// Source phrases: `According to X, …`, `…, according to X.`, `As per X, …`.
    #[inline(never)]
    pub(super) fn try_phrase(
        &mut self,
        u: usize,
        i: usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let len = self.phrase_at(u, i)?;
        let t = &self.units[u].toks;
        let n = t.len();
        // Any noun phrase is a source here (`according to Band's memo`).
        let mut np = self.np_after(u, i + len, false).or_else(|| {
            let s = i + len;
            let e = (s..n.min(s + 12)).take_while(|&m| t[m].word()).last()? + 1;
            Some(Np {
                start: s,
                end: e,
                head_start: s,
                head_end: e,
            })
        })?;
        for x in used.iter_mut().take(np.end).skip(i) {
            *x = true;
        }
        let cue = self.s(u, i, i + len);
        // Phrase first (after connectives): content follows the comma, the source running up
        // to it (`According to documents released by WikiLeaks, …`).
        let lead = t[..i].iter().all(|x| x.is(CONN) || x.punct(','));
        if lead
            && let Some(c) = (np.end..n.min(np.end + 25))
                .take_while(|&m| !end_punct(&t[m]) || t[m].punct('\''))
                .find(|&m| t[m].punct(','))
        {
            np.end = c;
            let mut d = self.content_draft(u, c + 1, n, cue, CueClass::SourcePhrase, Some(np))?;
            self.trailing(u, &mut d, used, None);
            return Some(d);
        }
        // `“…,” according to CNN.`: the comma inside the marks.
        let quote_comma = i > 0 && t[i - 1].quote().is_some() && self.comma_at(u, i - 1);
        // The source runs to the end: `“…,” according to a document filed by the campaign.`
        if quote_comma && !t[np.end..].iter().all(end_punct) {
            let e = self.words_end(u, np.end);
            if t[np.end..e]
                .iter()
                .all(|x| x.word() || x.punct(',') || x.punct('\'') || x.punct('’'))
                && e - np.end <= 12
            {
                np.end = e;
            }
        }
        if quote_comma && t[np.end..].iter().all(end_punct) {
            let start = self.lead_in(u, i);
            return self.content_draft(u, start, i, cue, CueClass::SourcePhrase, Some(np));
        }
        if i == 0 || !t[i - 1].punct(',') {
            let np = self.phrase_last(u, i, len, np)?;
            let start = self.lead_in(u, i);
            return self.content_draft(u, start, i, cue, CueClass::SourcePhrase, Some(np));
        }
        // Phrase in the middle: `The upshot, according to the adviser, is that …`: the
        // content is the words before and after it.
        let close = (np.end..n.min(np.end + 12))
            .take_while(|&m| !end_punct(&t[m]) || t[m].punct('\''))
            .find(|&m| t[m].punct(','));
        let before_words = t[..i].iter().filter(|x| x.word()).count();
        // `… success stories and, according to the UN, is now worth $3bn`: the phrase opens
        // the second of two joined predicates, which is its content.
        let joined = i >= 2 && self.is_any(u, i - 2, &["and", "but"]);
        if let Some(c) = close
            && t[c + 1..].iter().filter(|x| x.word()).count() >= 2
            // Not an apposition of the source (`according to Andy Hale, the director of …`)
            // after a whole clause.
            && (before_words <= 7 || joined)
            && !t[c + 1].is(DET)
        {
            for x in used.iter_mut().take(c + 1).skip(i) {
                *x = true;
            }
            let mut d = self.content_draft(u, c + 1, n, cue, CueClass::SourcePhrase, Some(np))?;
            if !joined && let Some(first) = self.before_piece(u, i - 1) {
                d.contents.insert(0, first);
            }
            return Some(d);
        }
        // Phrase last: content before the comma (the source runs to the sentence end).
        let np = self.source_np_last(u, i, len, np);
        let start = self.lead_in(u, i - 1);
        self.content_draft(u, start, i - 1, cue, CueClass::SourcePhrase, Some(np))
    }

    /// Whether a source phrase at token `i` without a comma before it ends the sentence as
    /// its source (`… will cost $2 billion according to the ministry.`): the clause before
    /// it is the phrase's content, so a cue's content in that clause ends before it.
    #[cold]
    #[inline(never)]
    pub(super) fn phrase_ends_clause(&self, u: usize, i: usize) -> bool {
        let Some(len) = self.phrase_at(u, i) else {
            return false;
        };
        let t = &self.units[u].toks;
        if i == 0 || t[i - 1].punct(',') {
            return false;
        }
        self.np_after(u, i + len, false)
            .is_some_and(|np| self.phrase_last(u, i, len, np).is_some())
    }

    /// The noun phrase `np` of a source phrase at token `i` (`len` tokens) that runs to the
    /// end of the sentence, completed: a plural noun the lexicon also knows as a verb
    /// (`according to press reports`) and a second noun phrase joined to it (`according to
    /// lawmakers and officials who …`) belong to it.
    fn source_np_last(&self, u: usize, i: usize, len: usize, mut np: Np) -> Np {
        let t = &self.units[u].toks;
        let e = self.words_end(u, np.end);
        // `according to press reports`: a plural noun the lexicon also knows as a verb
        // closes the noun phrase at the end of the sentence (no verb follows a source
        // phrase's noun phrase).
        if e == np.end + 1
            && np.end > i + len
            && t[np.end].word()
            && !t[np.end].cap
            && t[np.end].cue.is_some_and(|c| matches!(c.form, Form::S))
            && t[np.end - 1].word()
            && !t[np.end - 1].is(DET | PREP)
        {
            np.end = e;
            np.head_end = e;
        }
        // `according to local lawmakers and officials who …`: a second noun phrase joined to
        // the first, which ends as a source does, is part of it.
        if self.is_any(u, np.end, &["and", "or"])
            && let Some(np2) = self.np_after(u, np.end + 1, false)
            && np2.end <= e
            && !self.inner_np(u, np2)
            && (np2.end == e
                || t[np2.end].punct(',')
                || t[np2.end].is(WHO)
                || self.is_any(u, np2.end, &["which", "that"])
                || self.np_tail(u, np2.end, e))
        {
            np.end = np2.end;
            np.head_end = np2.head_end;
        }
        // The noun's own modifier (`a complaint filed in Denver by a partner`, `a report in
        // the Gazette`) or a relative clause without `that` (`a letter his aunt wrote`) runs
        // to the end of the sentence with it, as after a comma.
        // A time after the noun is the clause's adjunct (`a poll in May`), no modifier.
        if np.end < e
            && !self.time_adjunct_at(u, np.end)
            && !self.month_after(u, np.end)
            && (self.np_tail(u, np.end, e) || self.contact_relative(u, np, e))
        {
            np.end = e;
        }
        np
    }

    /// Whether a preposition and a month's name start at token `k` (`in March`, `in May`:
    /// the names the time words leave out as other words too).
    fn month_after(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        t[k].word()
            && !t[k].cap
            && t[k].is(PREP)
            && t.get(k + 1).is_some_and(|x| {
                x.word()
                    && x.cap
                    && crate::lexicon::calendar::month_number(&self.text[x.span]).is_some()
            })
    }

    /// Whether tokens from `np.end` to `e` close a relative clause without `that` on the noun
    /// phrase `np` (`a letter his aunt wrote`, `the memo the board sent to staff`): `np` was
    /// read over the clause's subject (a determiner or pronoun after a noun opens it) and a
    /// verb in the past follows, then nothing or a modifier to the end.
    fn contact_relative(&self, u: usize, np: Np, e: usize) -> bool {
        let t = &self.units[u].toks;
        let k = np.end;
        if k >= e || np.end - np.start < 3 {
            return false;
        }
        let x = &t[k];
        let past = x.word()
            && !x.cap
            && (x.cue.is_some_and(|c| c.form == Form::Past) || self.text[x.span].ends_with("ed"));
        let modifier = |m: usize| m == e || self.np_tail(u, m, e) || self.is_word(u, m, "to");
        // The verb is the next word (`wrote`), or was read into `np` (`a letter the firm sent
        // to staff`): a modifier of the verb follows then.
        self.inner_np(u, np) && (past && modifier(k + 1) || !t[k - 1].cap && k < e && modifier(k))
    }

    /// Whether a second noun phrase opens inside `np` (a determiner or pronoun after a
    /// noun): `a letter his aunt`, `the rules and the mayor signed the order`.
    fn inner_np(&self, u: usize, np: Np) -> bool {
        let t = &self.units[u].toks;
        (np.start + 2..np.end).any(|m| {
            !t[m].cap
                && t[m].is(DET | PRONOUN)
                && t[m - 1].word()
                && !t[m - 1].is(DET | PREP | STOP)
        })
    }

    /// The source of a source phrase at token `i` (`len` tokens, its noun phrase `np` read
    /// after it) that stands without a comma at the end of a sentence, after a clause it
    /// reports: `The plan will cost $2 billion according to the ministry.` The phrase is a
    /// source when it ends the sentence after a clause and names a source (not `paid
    /// according to need`). `None` when it is no such phrase.
    #[inline(never)]
    pub(super) fn phrase_last(&self, u: usize, i: usize, len: usize, np: Np) -> Option<Np> {
        let t = &self.units[u].toks;
        let np = self.source_np_last(u, i, len, np);
        let e = self.words_end(u, np.end);
        let h = &t[np.head_end - 1];
        // A name before a prepositional phrase in the head (`Kim at the port`).
        let name_before_pp = (np.head_start + 1..np.head_end)
            .find(|&m| t[m].word() && !t[m].cap && t[m].is(PREP))
            .is_some_and(|m| t[m - 1].cap);
        let clause_before = i >= 3 && t[..i].iter().filter(|x| x.word()).count() >= 3;
        // The source ends the sentence, or a comma, a relative clause, a time adjunct or a
        // modifier of the noun phrase follows it (`a survey of voters`, `a poll released
        // Sunday`, `a poll last week`).
        // A comma or a spaced dash closes the source (`a poll last week - a fall from …`).
        let closes = |m: usize| {
            t.get(m).is_some_and(|x| {
                x.punct(',')
                    || x.punct('—')
                    || x.punct('–')
                    || x.punct('-')
                        && m > 0
                        && t[m - 1].span.end < x.span.start
                        && t.get(m + 1).is_none_or(|y| x.span.end < y.span.start)
            })
        };
        let source_ends = np.end == e
            || closes(np.end)
            // A title after it (`his memoir “The Deals.”`) to the end.
            || t[np.end].quote().is_some() && t[np.end + 1..].iter().all(end_punct)
            || t[np.end].is(WHO)
            || self.is_any(u, np.end, &["which", "that"])
            || self.np_tail(u, np.end, e)
            || skip::time_end(&self.sentence(u), np.end).is_some_and(|k| k == e || closes(k))
            // A bare time to the end (`a poll last week`, `a report Monday night`).
            || self.time_adjunct_at(u, np.end)
                && (np.end + 1..=e.min(np.end + 3))
                    .find(|&m| m == e || !t[m].word())
                    .is_some_and(|m| m == e || closes(m));
        // The clause before ends in a word, a figure (`22%`) or a bracket.
        let clause_end = i > 0 && {
            let x = &t[i - 1];
            x.word() || x.punct('%') || x.punct(')')
        };
        if !(source_ends && clause_before && clause_end) {
            return None;
        }
        // `according to staff familiar with the budget`: a noun an adjective and its
        // preposition hang on, the mark of a source.
        let linked = || (np.start + 3..=e.min(np.start + 6)).any(|m| self.links_before(u, m));
        (h.cap
            || name_before_pp
            || h.is(ROLE | ORG | UNNAMED | EVIDENCE | MEDIUM)
            // `the county`, `Foster's book`: a determined noun phrase, not a manner
            // (`according to need`, `according to plan`).
            || np.end - np.start >= 2
                && (t[np.start].is(DET)
                    || crate::util::is_possessive(&self.text[t[np.start].span]))
            || linked())
        .then_some(np)
    }

    /// Whether tokens `k..e` (`e` the end of the sentence's words) are a modifier of the noun
    /// phrase before `k` that runs to the end: a prepositional phrase (`of voter lists`, `from
    /// the local paper`), a participle (`released Sunday`, `obtained by the paper`) or the
    /// second name of a pair (`/Decima poll`), with no quotation, clause or second cue in it.
    pub(super) fn np_tail(&self, u: usize, k: usize, e: usize) -> bool {
        let t = &self.units[u].toks;
        if k >= e || e - k > 16 {
            return false;
        }
        let x = &t[k];
        let w = &self.text[x.span];
        // A preposition (a closed class), or a participle in `-ed`.
        let prep = x.is(PREP)
            || self.is_any(
                u,
                k,
                &[
                    "of", "from", "by", "for", "with", "among", "at", "in", "on", "about",
                ],
            );
        // A participle in `-ed` takes no object (`signed the order` is a finite verb), except
        // a naming one (`a memo titled …`) or a time after it (`released the day before`).
        let object = !prep
            && t.get(k + 1)
                .is_some_and(|y| y.word() && !y.cap && y.is(DET) && !y.is(TIME))
            && !t.get(k + 2).is_some_and(|y| y.is(TIME))
            && !self.is_any(u, k, &["titled", "entitled", "called", "named", "dubbed"]);
        let opens = x.word() && !x.cap && (prep || w.ends_with("ed") && !object)
            || x.punct('/')
            || x.punct('-');
        // A quoted title after its naming participle (`a memo titled “Next Steps”`) is no
        // quotation of the source's.
        let title = |m: usize| {
            m > k
                && self.is_any(
                    u,
                    m - 1,
                    &["titled", "entitled", "called", "named", "dubbed"],
                )
        };
        // A finite verb belongs to a clause a subordinator opens inside the modifier (`a poll
        // taken after the debate was aired`), not to a second clause (`… and the mayor was`).
        let mut sub = false;
        opens
            && t[k..e].iter().enumerate().all(|(j, y)| {
                sub |= y.word() && !y.cap && y.is(SUB);
                (y.quote().is_none() || title(k + j))
                    && !y.is(WHO)
                    && (!y.is(AUX) || sub)
                    && !y.cue.is_some_and(|c| matches!(c.form, Form::S) && !y.cap)
                    && !end_punct(y)
                    && !y.punct(';')
                    && !y.punct(':')
            })
    }

    /// Where reported content starts in a sentence that ends with its source: after a
    /// leading adverbial phrase and its comma (`In return, …`, `Despite the protests, …`).
    pub(super) fn lead_in(&self, u: usize, end: usize) -> usize {
        let t = &self.units[u].toks;
        let Some(first) = t.first() else { return 0 };
        if !(self.is_word(u, 0, "despite") || first.word() && first.cap && first.is(PREP | CONN)) {
            return 0;
        }
        match (1..end.min(12)).find(|&m| t[m].punct(',') || t[m].quote().is_some()) {
            Some(m) if t[m].punct(',') && end > m + 3 => m + 1,
            _ => 0,
        }
    }

    /// The length in tokens of a source phrase starting at token `i`.
    pub(super) fn phrase_at(&self, u: usize, i: usize) -> Option<usize> {
        let t = &self.units[u].toks;
        let x = t.get(i).filter(|x| x.word() && x.is(PHRASE))?;
        let first = &self.text[x.span];
        let (_, rests) = LEX
            .phrases
            .iter()
            .find(|(f, _)| first.eq_ignore_ascii_case(f))?;
        'outer: for rest in rests {
            if rest.is_empty() || first.eq_ignore_ascii_case("quoted") {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                match t.get(i + 1 + k) {
                    Some(y) if y.word() && self.text[y.span].eq_ignore_ascii_case(w) => {}
                    _ => continue 'outer,
                }
            }
            return Some(rest.len() + 1);
        }
        None
    }

    /// Whether a cue's object from token `k` is the one addressed, its content a that-clause
    /// after it (`warned shareholders that …`, `assured Kim that …`, `reminded them that
    /// …`): a short noun phrase with no verb, preposition or time in it, headed by a word that
    /// can name a person or a body (an object pronoun, a role, an organisation, an unnamed
    /// source, a name), then `that` and a clause with its own subject (not `that would …`, a
    /// relative clause on the object).
    #[inline(never)]
    pub(super) fn addressee_that(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        // Flags first, words last: most cues are read past here.
        let plain = |x: &Tok| {
            x.word() && !x.is(PREP | AUX | TIME | CONN | WHO | STOP) && (x.cap || x.cue.is_none())
        };
        if !plain(&t[k]) {
            return false;
        }
        let Some(m) = (k + 1..t.len().min(k + 6)).find(|&m| !plain(&t[m])) else {
            return false;
        };
        let head = &t[m - 1];
        (head.is(OBJECT | ROLE | UNNAMED | ORG) || head.cap && !head.is(DET))
            && t.get(m + 1)
                .is_some_and(|y| y.word() && !y.is(AUX | WHO) && (y.cap || y.cue.is_none()))
            && self.is_word(u, m, "that")
            // A prepositional object is no addressee (`confirm with the office that …`, `a
            // list of allies that …`).
            && !(k..m).any(|j| complement::object_end(&self.sentence(u), j))
    }

    /// A noun phrase starting at token `i` (after `according to`, `said`, `citing`).
    /// The recipient after `told`: a noun phrase that ends where a pronoun or a new
    /// determiner opens the reported clause (`told the BBC she was …`, `told the paper the
    /// plan …`).
    ///
    /// A bare noun before the clause is the recipient whatever the noun (`told colleagues that
    /// …`, `told police the driver …`): a lower-case word that is no function word, adverb or
    /// verb.
    pub(super) fn recipient(&self, u: usize, i: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let bare_noun = t[i].word()
            && !t[i].cap
            && !t[i].is(STOP | AUX | PREP | DET | PRONOUN | TIME | CONN)
            && t[i].cue.is_none()
            && !self.text[t[i].span].ends_with("ly");
        let cut = (i + 1..t.len().min(i + 10))
            .take_while(|&j| t[j].word())
            .find(|&j| {
                !t[j].cap
                    && (t[j].is(PRONOUN)
                        || self.is_word(u, j, "that")
                        || t[j].is(DET) && j >= i + 2 && !t[j - 1].is(DET)
                        || t[j].is(DET)
                            && j == i + 1
                            && (bare_noun || t[i].is(ROLE | UNNAMED | ORG)))
            });
        match cut {
            Some(cut) => self
                .head_of(u, i, cut)
                .or_else(|| self.np_after(u, i, false))
                .or_else(|| {
                    (cut == i + 1 && bare_noun).then_some(Np {
                        start: i,
                        end: cut,
                        head_start: i,
                        head_end: cut,
                    })
                }),
            None => self.np_after(u, i, false),
        }
    }
}
