//! Adjuncts and secondary sources: evidentials, trailing adjuncts, time phrases.

use super::*;
use syntax::Gap;

impl<'h> Finder<'_, 'h> {
    /// `X is expected to …`: two content pieces, the subject and the infinitive clause.
    pub(super) fn evidential(
        &self,
        u: usize,
        vstart: usize,
        i: usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        self.evidential_with(u, vstart, i, false, used)
    }

    /// [`Self::evidential`], with the preposition after the cue (`is known as`, `is seen
    /// as`) in the cue when `prep`; the subject may stand before a comma (`X, also known as Y`).
    pub(super) fn evidential_with(
        &self,
        u: usize,
        vstart: usize,
        i: usize,
        prep: bool,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        // The subject: back to the sentence start or a clause boundary, at most 12 words.
        let mut subj_end = vstart;
        if prep && vstart > 1 && t[vstart - 1].punct(',') {
            subj_end = vstart - 1;
        }
        let mut a = subj_end;
        while a > 0 && subj_end - a < 12 && t[a - 1].word() && (t[a - 1].cap || !t[a - 1].is(STOP))
        {
            a -= 1;
        }
        while a < subj_end && t[a].is(CONN) {
            a += 1;
        }
        if a == subj_end {
            return None;
        }
        // The infinitive clause, to the end of the clause, past a negation (`seems not to`).
        let cue_last = i + usize::from(prep);
        let c = syntax::skip_forward(&self.sentence(u), cue_last + 1, Gap::NEGATION);
        if c >= n {
            return None; // `… was seen as` ends the sentence
        }
        // A source phrase that ends the sentence without its comma reports the clause, and
        // the infinitive ends before it (`… seems to be rising according to the survey.`).
        let mut b = c + 1;
        while b < n
            && !matches!(t[b].kind, Kind::Punct(ch) if ch != '-' && ch != '\'' && ch != '’')
            && !(t[b].is(PHRASE) && self.phrase_ends_clause(u, b))
        {
            b += 1;
        }
        if b <= c + usize::from(self.is_word(u, c, "to")) {
            return None;
        }
        for x in used.iter_mut().take(b).skip(a) {
            *x = true;
        }
        let quotes: Few<usize> = t[a..b].iter().filter_map(|x| self.quote_index(x)).collect();
        Some(Draft {
            unit: u,
            contents: Few::from(vec![self.s(u, a, subj_end), self.s(u, c, b)]),
            content_toks: toks(a, b),
            quotes,
            direct: false,
            source: None,
            cue: Span::new(t[vstart].span.start, t[cue_last].span.end),
            cue_class: CueClass::Thought,
            secondary: Vec::new(),
        })
    }

    /// Adjuncts after a cue: `in a statement`, `on Friday`, `Monday`, `last week`,
    /// `in an interview with NPR`. Returns the token after them.
    pub(super) fn adjuncts(
        &self,
        u: usize,
        mut k: usize,
        secondary: &mut Vec<(Relation, Span, Span, Mention<'h>)>,
    ) -> usize {
        let t = &self.units[u].toks;
        let n = t.len();
        for _ in 0..4 {
            if k >= n || !t[k].word() {
                break;
            }
            let w = &self.text[t[k].span];
            if !t[k].cap
                && w.len() > 4
                && w.ends_with("ly")
                && !t[k].is(TIME)
                // `said nearly 30 people …`: a quantity opens the content.
                && syntax::quantity_adverb(&self.sentence(u), k).is_none()
            {
                k += 1; // `asked rhetorically`
                continue;
            }
            // `this week`, `last year`; but `told the BBC this was …`: `this`, `last`, `next`,
            // `past` are times only before a time noun.
            if t[k].is(TIME)
                && (!self.is_any(u, k, &["this", "last", "next", "past"])
                    || t.get(k + 1).is_some_and(|x| x.word() && x.is(TIME)))
            {
                let mut e = k + 1;
                while e < n && e - k < 3 && t[e].word() && t[e].is(TIME) {
                    e += 1;
                }
                k = e;
                continue;
            }
            // `said of Trump, “…”`, `wrote of the plan that …`: what the words are about.
            if self.is_word(u, k, "of") {
                let mut e = k + 1;
                while e < n
                    && e - k <= 4
                    && t[e].word()
                    && t[e].cue.is_none()
                    && !t[e].is(AUX)
                    && !self.is_word(u, e, "that")
                {
                    e += 1;
                }
                if e > k + 1
                    && (e == n
                        || t[e].punct(',') && t.get(e + 1).is_some_and(|x| x.quote().is_some())
                        || self.is_word(u, e, "that"))
                {
                    k = e;
                    continue;
                }
                break;
            }
            if t[k].is(PREP) && !t[k].cap {
                let mut e = k + 1;
                let mut medium = false;
                let mut timeish = false;
                // `on Monday`, `on Friday night`: a time phrase, whatever follows it.
                let mut only_time = true;
                while e < n
                    && e - k <= 7
                    && t[e].word()
                    && !self.is_word(u, e, "that")
                    && (!t[e].is(STOP) || self.is_word(u, e, "with"))
                    && !(e > k + 1 && only_time && !t[e].is(TIME))
                    // `in a statement it would …`: a medium noun ends the phrase unless a
                    // preposition, a name or a time carries it on (`in an interview with NPR`).
                    // Another medium noun goes on a compound (`in a news release`).
                    && !(medium
                        && t[e].word()
                        && !t[e].cap
                        && !t[e].is(PREP | TIME | MEDIUM)
                        && !self.is_word(u, e, "with"))
                {
                    medium |= t[e].is(MEDIUM);
                    timeish |= t[e].is(TIME) || t[e].cap;
                    only_time &= t[e].is(TIME);
                    e += 1;
                }
                // `in a memo to staff`, `in a letter to supporters`: the addressee of the medium.
                if medium && self.is_word(u, e, "to") {
                    let mut f = e + 1;
                    while f < n
                        && f - e <= 4
                        && t[f].word()
                        && t[f].cue.is_none()
                        && !self.is_word(u, f, "that")
                        && !t[f].is(AUX)
                    {
                        f += 1;
                    }
                    if f > e + 1 && (f == n || !t[f].word() || self.is_word(u, f, "that")) {
                        e = f;
                    }
                }
                if e == k + 1 || !(medium || timeish) {
                    break;
                }
                if e < n
                    && t[e].word()
                    && !self.is_word(u, e, "that")
                    && !t[e].is(PREP | TIME)
                    && !only_time
                    && !medium
                {
                    break; // the phrase runs on into the content
                }
                if medium {
                    let s = self.s(u, k + 1, e);
                    secondary.push((Relation::Medium, s, s, Mention::Other));
                }
                k = e;
                // `in Palm Grove, Fla.`: a place, then its state abbreviation at the end of the
                // sentence.
                if timeish
                    && k + 1 < n
                    && t[k].punct(',')
                    && t[k + 1].word()
                    && t[k + 1].cap
                    && t[k + 1].span.len() <= 6
                    && (k + 2 == n
                        || t[k + 2].punct('.')
                        || self.text[t[k + 1].span].ends_with('.'))
                {
                    k += 2;
                }
                continue;
            }
            break;
        }
        k
    }

    /// Trailing secondary clauses at the end of a content span: `, according to X`, `, citing
    /// X`, `, X reported`. Cuts them off the content.
    pub(super) fn trailing(
        &self,
        u: usize,
        d: &mut Draft<'h>,
        used: &mut [bool],
        after: Option<usize>,
    ) {
        let Some((a, mut b)) = d.toks() else {
            return;
        };
        if let Some(mut k) = after {
            // After the cue: `…,” Kim said, according to KCNA.` — the tokens after the cue.
            let t = &self.units[u].toks;
            while k < t.len() && t[k].punct(',') {
                if let Some((rel, np, next)) = self.secondary_clause(u, k + 1) {
                    let s = self.s(u, np.start, np.end);
                    let h = self.s(u, np.head_start, np.head_end);
                    d.secondary.push((rel, s, h, self.mention_of(u, np)));
                    for x in used.iter_mut().take(next).skip(k) {
                        *x = true;
                    }
                    k = next;
                } else {
                    break;
                }
            }
            // `A levy would slow the traffic, she argued, but also the trade.`: a coordinated
            // remainder after the source goes on the content when it reports nothing itself.
            let e = self.words_end(u, k);
            if k + 2 < e
                && t[k].punct(',')
                && self.is_any(u, k + 1, &["and", "but"])
                && t.get(k + 2)
                    .is_some_and(|x| x.word() && !x.cap || x.quote().is_some())
                && t[k + 1..e]
                    .iter()
                    .all(|x| x.cue.is_none() && !x.punct(',') && !x.punct(';'))
                && !used[k + 1..e].iter().any(|&x| x)
            {
                self.add_piece(u, d, k + 1, e, false);
                for x in used.iter_mut().take(e).skip(k) {
                    *x = true;
                }
            }
            return;
        }
        let t = &self.units[u].toks;
        // Look at the last two commas in the content.
        let mut found = Vec::new();
        let mut commas = (a..b)
            .rev()
            .filter(|&m| t[m].punct(','))
            .take(3)
            .collect::<Vec<_>>();
        commas.sort_unstable();
        for &c in &commas {
            // `…, according to data published on Monday.`: a source phrase whose noun is
            // no source word of its own, to the end of the sentence.
            let bare = || {
                let k = c + 1 + self.phrase_at(u, c + 1)?;
                let e = self.words_end(u, k);
                (e > k && e - k <= 12 && t[k..e].iter().all(Tok::word)).then(|| {
                    let h = (k + 1..e)
                        .find(|&m| t[m].is(STOP) || t[m].cue.is_some())
                        .unwrap_or(e);
                    let np = Np {
                        start: k,
                        end: e,
                        head_start: k,
                        head_end: h,
                    };
                    (Relation::AccordingTo, np, e)
                })
            };
            if let Some((rel, mut np, mut next)) = self.secondary_clause(u, c + 1).or_else(bare) {
                if next >= b || t[next..b].iter().all(end_punct) || t[next].punct(',') {
                    found.push((c, rel, np, next));
                    continue;
                }
                // `…, according to figures from the bureau.`, `…, according to figures
                // released on Friday.`: the source's own modifier runs to the end of the
                // sentence (past a time adjunct the content may have left out).
                let e = self.words_end(u, next);
                if matches!(rel, Relation::AccordingTo | Relation::Citing)
                    && t[e.min(b)..b].iter().all(end_punct)
                    && e - next <= 16
                    && t[next..e].iter().all(Tok::word)
                {
                    np.end = e;
                    next = e;
                    found.push((c, rel, np, next));
                }
            }
        }
        // `… was found on the ship according to an interview.`: a source phrase with no comma
        // before it that ends the sentence (read as `try_phrase` reads one), after the commas.
        if let Some(found_bare) = self.bare_trailing_phrase(u, a, b) {
            found.push(found_bare);
        }
        if let Some(&(c, ..)) = found.first() {
            for &(_, rel, np, next) in &found {
                let s = self.s(u, np.start, np.end);
                let h = self.s(u, np.head_start, np.head_end);
                d.secondary.push((rel, s, h, self.mention_of(u, np)));
                for x in used.iter_mut().take(next).skip(c) {
                    *x = true;
                }
            }
            b = c;
            while b > a
                && matches!(t[b - 1].kind, Kind::Punct(ch) if ch != ')' && !is_close_quote(ch))
            {
                b -= 1;
            }
            if b > a {
                d.contents = Few::One(self.s(u, a, b));
                d.content_toks = toks(a, b);
                d.quotes = t[a..b].iter().filter_map(|x| self.quote_index(x)).collect();
                if self.only_quotes(u, a, b) {
                    let (p, q) = self.pieces(u, a, b);
                    d.contents = p;
                    d.quotes = q;
                    d.direct = true;
                }
            }
        }
    }

    /// A source phrase without a comma before it at the end of content tokens `a..b`
    /// (`… on the ship according to an interview her brother gave.`): its first token (where
    /// the content ends), the relation, its noun phrase and the end of the sentence's words.
    /// Only where [`Finder::phrase_last`] reads it as a source after the clause before it.
    #[inline(never)]
    fn bare_trailing_phrase(
        &self,
        u: usize,
        a: usize,
        b: usize,
    ) -> Option<(usize, Relation, Np, usize)> {
        let t = &self.units[u].toks;
        // The phrase and its noun phrase end the sentence: only its last words are looked at.
        let p = (b.saturating_sub(24).max(a + 3)..b)
            .rev()
            .find(|&m| t[m].is(PHRASE))?;
        if t[p - 1].punct(',') || !t[p].word() || t[p].cap {
            return None;
        }
        let len = self.phrase_at(u, p)?;
        let np = self.np_after(u, p + len, false)?;
        let mut np = self.phrase_last(u, p, len, np)?;
        // The source runs to the end of the sentence, as after a comma.
        let e = self.words_end(u, np.end);
        np.end = e;
        t[e.min(b)..b]
            .iter()
            .all(end_punct)
            .then_some((p, Relation::AccordingTo, np, e))
    }

    /// A secondary-source clause starting at token `k`: `according to X`, `citing X`,
    /// `X reported`. Returns the relation, the mention and the token after the clause.
    pub(super) fn secondary_clause(&self, u: usize, k: usize) -> Option<(Relation, Np, usize)> {
        let t = &self.units[u].toks;
        if k >= t.len() || !t[k].word() {
            return None;
        }
        if let Some(len) = self.phrase_at(u, k) {
            let mut np = self.np_after(u, k + len, false)?;
            // `…, according to a complaint filed in Accra by X.`: at the end of the
            // sentence, the source runs to it.
            let e = self.words_end(u, np.end);
            if e > np.end
                && e - np.end <= 16
                && t[np.end].word()
                && !t[np.end].cap
                && !self.time_adjunct_at(u, np.end)
                && {
                    // A participle or a relative clause after the noun (`a lawsuit filed in
                    // Manhattan`; the participle may have been read into the noun phrase).
                    let w = &self.text[t[np.end].span];
                    let last = &self.text[t[np.end - 1].span];
                    w.ends_with("ed")
                        || w.ends_with("ing")
                        || t[np.end].is(WHO)
                        || t[np.end].is(PREP) && (last.ends_with("ed") || last.ends_with("ing"))
                }
                && t[np.end..e]
                    .iter()
                    .all(|x| x.word() && x.cue.is_none() || x.punct(','))
            {
                np.end = e;
            }
            let next = self.skip_time(u, np.end);
            return Some((Relation::AccordingTo, np, next));
        }
        if self.is_word(u, k, "citing") {
            let np = self.np_after(u, k + 1, false)?;
            let next = self.skip_time(u, np.end);
            return Some((Relation::Citing, np, next));
        }
        // `X reported` / `X said`
        let mut e = k;
        while e < t.len() && t[e].word() && t[e].cue.is_none() && e - k < 6 {
            e += 1;
        }
        if e > k && e < t.len() && t[e].cue.is_some_and(|c| c.class != CueClass::Thought) {
            let np = self.head_of(u, k, e)?;
            if !(t[np.head_end - 1].cap || t[np.head_end - 1].is(UNNAMED | ORG)) {
                return None;
            }
            let next = self.skip_time(u, e + 1);
            if next < t.len() && !end_punct(&t[next]) && !t[next].punct(',') {
                return None;
            }
            return Some((Relation::ReportedBy, np, next));
        }
        None
    }

    /// Whether token `m` ends a noun-phrase object that started at `a`: a comma, a
    /// subordinator, or `and`/`or` before a verb.
    pub(super) fn ends_object(&self, u: usize, a: usize, m: usize) -> bool {
        let t = &self.units[u].toks;
        let x = &t[m];
        if x.punct(',')
            && t.get(m + 1).is_some_and(|y| y.word() && y.cap)
            && (m + 2..t.len().min(m + 6)).any(|k| {
                (self.is_word(u, k, "and") || t[k].punct(','))
                    && t.get(k + 1).is_some_and(|y| y.word() && y.cap)
            })
        {
            return false; // a list of names: `Giles, Millis and Doley`
        }
        if x.punct(',') {
            // `defended the plan, calling it …`: the participle of the same source goes on
            // the attribution.
            // A trailing source (`…, according to KCNA`) is read by `trailing`.
            // `defended the remark, saying …` is a second report of its own.
            return !t.get(m + 1).is_some_and(|y| {
                y.cue
                    .is_some_and(|c| c.form == Form::Ing && c.constraint == Constraint::Naming)
            }) && self.secondary_clause(u, m + 1).is_none();
        }
        if !x.word() || x.cap {
            return false;
        }
        let w = &self.text[x.span];
        if [
            "but", "while", "because", "although", "though", "when", "after", "before", "since",
            "during", "until", "amid", "despite", "whereas",
        ]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
        {
            return m > a;
        }
        if (w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
            && let Some(y) = t.get(m + 1)
            && y.word()
            && !y.cap
        {
            let v = &self.text[y.span];
            return y.is(AUX) || y.cue.is_some() || v.len() > 4 && v.ends_with("ed");
        }
        false
    }

    /// The noun phrase `np` cut before a past-tense verb read into it (`Trump invited
    /// employees` → `Trump`, `The first questioners ranged` → `The first questioners`): a
    /// lower-case `-ed` word after a capitalised word, or ending the phrase after its head.
    pub(super) fn before_verb(&self, u: usize, np: Np) -> Np {
        let t = &self.units[u].toks;
        match (np.start + 1..np.end).find(|&m| {
            t[m].word()
                && !t[m].cap
                && (t[m - 1].cap
                    || m > np.head_start
                        && (m + 1..np.end)
                            .all(|k| !t[k].cap && self.text[t[k].span].ends_with("ed")))
                && !t[m].is(DET | ROLE | ORG | UNNAMED)
                && self.text[t[m].span].ends_with("ed")
        }) {
            Some(m) => Np {
                start: np.start,
                end: m,
                head_start: np.head_start.min(m - 1),
                head_end: m,
            },
            None => np,
        }
    }

    /// The end of unit `u`'s words: its length without the sentence-final punctuation, but not
    /// before token `from`.
    pub(super) fn words_end(&self, u: usize, from: usize) -> usize {
        let t = &self.units[u].toks;
        let mut e = t.len();
        while e > from && end_punct(&t[e - 1]) {
            e -= 1;
        }
        e
    }

    /// Whether a time adjunct starts at token `k`: a day or date word (`Monday`, `yesterday`,
    /// `tonight`, `last week`), or a preposition before one within two words (`on Friday`,
    /// `in early September`, `during the night`).
    pub(super) fn time_adjunct_at(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        let strong = |m: usize| -> bool {
            t.get(m).is_some_and(|x| {
                x.word()
                    && x.is(TIME)
                    && (x.cap
                        && !self.is_any(
                            u,
                            m,
                            &[
                                "day",
                                "week",
                                "month",
                                "year",
                                "night",
                                "morning",
                                "weekend",
                                "season",
                                "evening",
                                "afternoon",
                            ],
                        )
                        || self.is_any(u, m, &["yesterday", "today", "tonight"])
                        || self.is_any(u, m, &["last", "this", "next"])
                            && t.get(m + 1)
                                .is_some_and(|y| y.word() && y.is(TIME) && !y.cap))
            })
        };
        if strong(k) {
            return true;
        }
        t.get(k).is_some_and(|x| x.word() && !x.cap && x.is(PREP))
            && (strong(k + 1)
                || t.get(k + 1).is_some_and(|x| x.word() && x.is(TIME)) && strong(k + 2))
    }

    /// Whether the adjunct at `k` ends its sentence: after its time words, only the end, a
    /// comma, or more prepositional phrases with no verb, quotation or relative word in them.
    pub(super) fn trailing_adjunct(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        let n = t.len();
        let mut e = k;
        if t[e].is(PREP) {
            e += 1;
        }
        while e < n && e - k < 4 && t[e].word() && (t[e].is(TIME) || t[e].cap) {
            e += 1;
        }
        if e >= n || t[e..].iter().all(end_punct) {
            return true;
        }
        // `…, minutes after …`, `…, as the party …`: a comma, then an adjunct clause.
        if t[e].punct(',') {
            return t.get(e + 1).is_some_and(|x| {
                x.word()
                    && !x.cap
                    && (self.text[x.span].ends_with("ing")
                        || [
                            "as", "when", "after", "before", "while", "since", "because",
                            "although", "though", "minutes", "hours", "days", "weeks",
                        ]
                        .iter()
                        .any(|w| self.text[x.span].eq_ignore_ascii_case(w)))
            });
        }
        t[e].word()
            && t[e].is(PREP)
            && t[e..].iter().all(|x| {
                end_punct(x)
                    || x.word()
                        && x.cue.is_none()
                        && !x.is(AUX | WHO)
                        && !["that", "and", "but", "to"]
                            .iter()
                            .any(|w| self.text[x.span].eq_ignore_ascii_case(w))
            })
    }

    pub(super) fn skip_time(&self, u: usize, mut k: usize) -> usize {
        let t = &self.units[u].toks;
        if k < t.len() && t[k].is(PREP) && t.get(k + 1).is_some_and(|x| x.is(TIME)) {
            k += 1;
        }
        while k < t.len() && t[k].word() && t[k].is(TIME) {
            k += 1;
        }
        k
    }
}
