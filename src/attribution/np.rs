//! Noun phrases: the speaker before or after a cue, its head and coordination.

use super::*;
use syntax::Gap;

impl<'h> Finder<'_, 'h> {
    /// The sentence view of unit `u`.
    #[inline(always)]
    pub(super) fn sentence(&self, u: usize) -> Sentence<'_> {
        Sentence {
            text: self.text,
            toks: self.units[u].toks,
        }
    }

    /// [`syntax::head_of`] in unit `u`.
    pub(super) fn head_of(&self, u: usize, a: usize, b: usize) -> Option<Np> {
        syntax::head_of(&self.sentence(u), a, b)
    }

    /// [`syntax::simple_np`] in unit `u`.
    pub(super) fn simple_np(&self, u: usize, end: usize) -> Option<Np> {
        syntax::simple_np(&self.sentence(u), end)
    }

    /// [`syntax::bare_np`] in unit `u`.
    pub(super) fn bare_np(&self, u: usize, end: usize) -> Option<Np> {
        syntax::bare_np(&self.sentence(u), end)
    }

    pub(super) fn np_after(&self, u: usize, i: usize, allow_appos: bool) -> Option<Np> {
        let t = &self.units[u].toks;
        let mut j = i;
        while j < t.len() && j - i < 10 {
            let x = &t[j];
            if !x.word()
                || (x.is(STOP) && !x.cap)
                || x.cue
                    .is_some_and(|c| matches!(c.form, Form::Past | Form::S) && !x.cap)
                    && j > i
                    // After a determiner the `-s` form is a plural noun (`the rules`).
                    && !(t[j - 1].is(DET) && x.cue.is_some_and(|c| c.form == Form::S))
            {
                // `a Ledger/Marist poll`: a slash between two words joins them.
                if x.punct('/') && j > i && self.slash_joins(u, j) {
                    j += 1;
                    continue;
                }
                break;
            }
            // `said Monday`, `officials last week`: a time ends the phrase; but not a time
            // word that modifies the noun after its determiner (`the early callers`, `the late
            // senator`; `the next day` is a time).
            if x.is(TIME)
                && !x.cap
                && j > i
                && !x.is(ORG)
                && !(t[j - 1].is(DET)
                    && !t[j - 1].is(TIME)
                    && t.get(j + 1).is_some_and(|y| {
                        y.word() && !y.is(TIME | STOP | AUX | PREP | DET) && y.cue.is_none()
                    }))
            {
                break;
            }
            if x.is(TIME) && x.cap && j > i && t[j - 1].is(PREP) {
                break;
            }

            j += 1;
        }
        // `on Saturday`: drop a trailing preposition.
        while j > i && t[j - 1].is(PREP) && !t[j - 1].cap {
            j -= 1;
        }
        if j == i {
            return None;
        }
        let mut np = self.head_of(u, i, j)?;
        // Appositions to the end of the sentence (`said Maria Lopez, 42, a nurse from
        // Phoenix.`), at most three segments, or up to a quotation after a comma.
        for _ in 0..3 {
            if !(allow_appos && j < t.len() && t[j].punct(',')) {
                break;
            }
            let mut k = j + 1;
            // Words, and the apostrophe of a plural possessive (`terrorists' communications`).
            while k < t.len()
                && (t[k].word() || (t[k].punct('\'') || t[k].punct('’')) && t[k - 1].word())
                && k - j < 12
            {
                k += 1;
            }
            let quote_after = t[k..].first().is_some_and(|x| x.punct(','))
                && t.get(k + 1).is_some_and(|x| x.quote().is_some());
            // Not a participle (`, adding …`) or a predicate (`, doesn't forgive …`).
            if k == j + 1 || !t[j + 1].cap && (t[j + 1].cue.is_some() || t[j + 1].is(AUX)) {
                break;
            }
            if k == t.len() || end_punct(&t[k]) || quote_after {
                np.end = k;
                break;
            }
            j = k;
        }
        Some(np)
    }

    /// Whether the slash at token `j` joins the words on either side of it with no space
    /// (`a Ledger/Marist poll`), one modifier of the noun.
    #[cold]
    #[inline(never)]
    fn slash_joins(&self, u: usize, j: usize) -> bool {
        let t = &self.units[u].toks;
        let x = &t[j];
        t[j - 1].word()
            && t[j - 1].span.end == x.span.start
            && t.get(j + 1)
                .is_some_and(|y| y.word() && y.span.start == x.span.end)
    }

    /// The subject noun phrase that ends just before token `end`.
    pub(super) fn np_before(&self, u: usize, end: usize) -> Option<Np> {
        let np = self.np_before_time(u, end)?;
        Some(self.coordinated(u, np))
    }

    /// `Kim and other senior lawmakers`: a first conjunct that opens the clause joins the
    /// source (its head stays the last conjunct's).
    pub(super) fn coordinated(&self, u: usize, np: Np) -> Np {
        let t = &self.units[u].toks;
        if np.start >= 2
            && self.is_word(u, np.start - 1, "and")
            && let Some(first) = self.simple_np(u, np.start - 1)
            && first.end == np.start - 1
            // A short conjunct without a phrase after its head (`Farmers in the valley and
            // the union leader said` may join two clauses).
            && first.head_end == first.end
            && first.end - first.start <= 4
            && (first.start == 0 || !t[first.start - 1].word() || t[first.start - 1].is(CONN))
            && t[first.start..np.start].iter().all(|x| x.cue.is_none())
            && {
                let h = &t[first.head_end - 1];
                h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
            }
        {
            return Np {
                start: first.start,
                ..np
            };
        }
        np
    }

    pub(super) fn np_before_time(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        // A discourse adverb in commas between the subject and its verb (`Lee, though, said`,
        // `Lee, in fact, said`) is no part of the subject: it is read before the aside (the
        // skipper steps over a bounded run of them, once).
        if end >= 4
            && t[end - 1].punct(',')
            && let b = syntax::skip_back(&self.sentence(u), end, Gap::DISCOURSE)
            && b < end
            && b > 0
            && let Some(np) = self.np_before_adverbial(u, b)
        {
            return Some(np);
        }
        self.np_before_adverbial(u, end)
    }

    /// [`Self::np_before_time`] past the discourse asides: the subject before the adverbial
    /// run that ends at token `end`.
    fn np_before_adverbial(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let found = self.np_before_at(u, end);
        let e = self.adverbial_start(u, end);
        // A source that is only a time (`on Thursday`) or lies inside the adverbial before the
        // cue (`this month`, `the past`, `both`) is the adjunct, not the subject.
        if found.is_some_and(|np| {
            np.start < e && !t[np.head_start..np.head_end].iter().all(|x| x.is(TIME))
        }) {
            return found;
        }
        // `Sean Lee on Tuesday morning said`, `The insurer just this week announced`,
        // `Teachers have in years past said`: the subject before the adverbial.
        let before = (e < end && e > 0)
            .then(|| self.np_before_at(u, e))
            .flatten();
        // `Lee has been critical but on Tuesday wrote`: a second verb after an adverbial
        // goes on the clause subject (not a relative clause's verb).
        let second = || {
            (before.is_none()
                && e < end
                && e > 1
                && self.is_any(u, e - 1, &["and", "but"])
                && !t[..e]
                    .iter()
                    .enumerate()
                    .any(|(m, x)| x.is(WHO) || self.is_word(u, m, "which")))
            .then(|| self.clause_subject(u, e - 1, false))
            .flatten()
        };
        before.or_else(second).or(found)
    }

    /// The first token of the adverbial run that ends just before token `end` and stands
    /// between a subject and its verb: auxiliaries and adverbs (`can no longer`, `have both`,
    /// `just`, `notably`), time words and the phrases they close (`this month`, `on Thursday
    /// evening`, `in the past`); at most eight tokens back. `end` when there is none.
    pub(super) fn adverbial_start(&self, u: usize, end: usize) -> usize {
        let t = &self.units[u].toks;
        let s = self.sentence(u);
        let mut e = end;
        // Tokens stepped over as asides, which do not count against the eight.
        let mut asides = 0;
        while e > 0 && end - e < 8 + asides {
            let x = &t[e - 1];
            // A date, a time phrase or a discourse aside (`on Jan. 5`, `, in fact,`).
            let aside = |e: usize| {
                let b = syntax::skip_back(&s, e, Gap::TIME | Gap::DISCOURSE);
                (b < e).then_some(b)
            };
            let lower = !x.cap;
            // The word after this one, already in the run.
            let right = (e < end).then(|| &t[e]);
            let ly = lower
                && x.span.len() > 4
                && self.text[x.span].ends_with("ly")
                && !x.is(ROLE | ORG | UNNAMED)
                && !(e >= 2 && t[e - 2].is(DET));
            // A mark, or a word of none of these kinds, may still open an aside (`, in fact,`).
            let skip = x.word()
                && (lower && x.is(AUX)
                    || ly
                    || x.is(TIME) && !x.is(ORG)
                    || lower && self.is_any(u, e - 1, &["both", "all", "no", "longer"])
                    // `this month`, `in the past`, `on Thursday`: the words that open a time.
                    || lower
                        && x.is(DET | PREP)
                        && right.is_some_and(|r| r.is(TIME) || r.is(DET) && !r.cap));
            if !skip {
                match aside(e) {
                    Some(b) => {
                        asides += e - b;
                        e = b;
                        continue;
                    }
                    None => break,
                }
            }
            e -= 1;
        }
        e
    }

    pub(super) fn np_before_at(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        if end == 0 {
            return None;
        }
        let last = &t[end - 1];
        if last.word() && last.is(PRONOUN | WHO) {
            return Some(Np {
                start: end - 1,
                end,
                head_start: end - 1,
                head_end: end,
            });
        }
        // A share as the source: `42% say`, `Some 42% say`, `A mere 7 percent say`, `About
        // two in 10 said`, `more than 7 in 10 said`.
        let number = |k: usize| {
            t[k].word()
                && (self.text[t[k].span]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
                    || self.is_any(u, k, &NUMBER_WORDS))
        };
        let in_ten =
            end >= 3 && number(end - 1) && self.is_word(u, end - 2, "in") && number(end - 3);
        if in_ten
            || (last.punct('%') || self.is_word(u, end - 1, "percent"))
                && end >= 2
                && t[end - 2].word()
                && self.text[t[end - 2].span]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
        {
            let mut start = if in_ten { end - 3 } else { end - 2 };
            while start > 0
                && end - start < 6
                && t[start - 1].word()
                && (t[start - 1].is(DET) || self.is_any(u, start - 1, &SHARE_MODIFIERS))
            {
                start -= 1;
            }
            return Some(Np {
                start,
                end,
                head_start: start,
                head_end: end,
            });
        }
        // A relative clause or an apposition in commas, or an apposition in dashes, after the
        // subject: rare, so read out of line.
        if end >= 4 && last.punct(',') {
            return self.np_before_comma(u, end);
        }
        if end >= 4 && (last.punct('-') || matches!(last.kind, Kind::Punct(c) if is_dash(c))) {
            return self.np_before_dash(u, end);
        }
        // `Lee himself said`: a reflexive after the subject.
        if end >= 2
            && last.word()
            && self.is_any(
                u,
                end - 1,
                &["himself", "herself", "themselves", "itself", "all", "both"],
            )
            && let Some(np) = self.simple_np(u, end - 1)
        {
            return Some(Np { end, ..np });
        }
        // `Engineers who spoke with The Ledger said`, `Economists who favor the tax agree`: a
        // relative clause without commas after the subject, its verb right after `who`.
        if last.word()
            && let Some(w) = (end.saturating_sub(12)..end.saturating_sub(1))
                .rev()
                .take_while(|&m| t[m].word())
                .find(|&m| t[m].is(WHO) || self.is_word(u, m, "which"))
            && w > 0
            && t[w + 1].word()
            && !t[w + 1].cap
            && !t[w + 1].is(DET | PRONOUN | PREP)
            && let Some(np) = self.simple_np(u, w)
            && np.end == w
            && {
                let h = &t[np.head_end - 1];
                (h.cap || h.is(ROLE | ORG | UNNAMED) || self.text[h.span].ends_with('s'))
                    && !h.is(PRONOUN | TIME)
            }
            // Not a second verb of the relative clause (`who made enemies and bragged`).
            && !self.is_any(u, end - 1, &["and", "but", "or"])
        {
            // `anyone who had to reject it`: the cue is the relative clause's own verb.
            if self.is_word(u, end - 1, "to") {
                return Some(Np {
                    start: w,
                    end: w + 1,
                    head_start: w,
                    head_end: w + 1,
                });
            }
            return Some(Np { end, ..np });
        }
        let np = self.simple_np(u, end);
        match np {
            Some(x) if !self.links_before(u, x.start) => np,
            _ => self.linked_np(u, end).or(np),
        }
    }

    /// [`Self::np_before_at`] where a comma ends the words before the cue (`end - 1`, `end` at
    /// least 4): a subject and a relative clause in commas, or an apposition.
    #[cold]
    #[inline(never)]
    fn np_before_comma(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        // A relative clause in commas after the subject: `The mayor, who took office in May,
        // said`, `The company, which employs 500 people, said`.
        let mut c = end - 1;
        while c > 0 && end - c < 24 && t[c - 1].word() {
            c -= 1;
        }
        if c >= 2
            && t[c - 1].punct(',')
            && (t[c].is(WHO) || self.is_any(u, c, &WHICH_WHOSE))
            && let Some(np) = self.simple_np(u, c - 1)
            // Not the last segment of a longer apposition (`Ann Lee, 30, of Dover, who …`),
            // but a subject after a clause (`Prices rose, the official, who …, said`).
            && (np.start == 0
                || !t[np.start - 1].punct(',')
                || t[np.start].is(DET)
                    && !t[np.start].cap
                    && self.simple_np(u, np.start - 1).is_none_or(|x| !t[x.head_end - 1].cap))
            && (t[np.head_end - 1].is(ROLE | ORG | UNNAMED)
                || t[np.head_end - 1].cap
                || t[np.start].is(DET))
        {
            // `People briefed on the talks, who …, said`: the noun phrase the adjective
            // and its preposition hang on is the subject, not their object.
            let np = self
                .linked_np(u, c - 1)
                .filter(|x| x.start < np.start)
                .unwrap_or(np);
            return Some(Np {
                start: np.start,
                end: end - 1,
                head_start: np.head_start,
                head_end: np.head_end,
            });
        }
        // Apposition: `Dmitry Peskov, the Kremlin spokesman, said`.
        let k = self.segment_start(u, end - 1);
        // Parenthetical inside the name: `Rep. Ada Quill (D-N.M.), the deputy whip`.
        if k > 0 && t[k - 1].punct(',') && k < end - 1 {
            // `Nina Rowe, 34, a bakery owner, said`: an age before the apposition.
            let mut k = k;
            if k >= 4
                && t[k - 2].word()
                && self.text[t[k - 2].span].bytes().all(|b| b.is_ascii_digit())
                && t[k - 3].punct(',')
            {
                k -= 2;
            }
            // A name inside a phrase (`speaking in Dover, Del.,`) is not the subject; the
            // noun an adjective and its preposition hang on is (`People briefed on the
            // talks, a …,`).
            let name = self.simple_np(u, k - 1).map(|np| {
                self.linked_np(u, k - 1)
                    .filter(|x| x.start < np.start)
                    .unwrap_or(np)
            });
            if name.is_none_or(|np| self.inside_phrase(u, np.start))
                && let Some(np) = self.interrupted_subject(u, end - 1)
            {
                return Some(np);
            }
            // `“…,” Ohio Rep. Dan Cole’s chief of staff, Lena Varga, told`: a
            // description that is no noun phrase of ours, then the name in commas.
            let Some(name) = name else {
                let d = self.segment_start(u, k - 1);
                return (d + 1 < k && (d == 0 || t[d - 1].quote().is_some()) && t[d].cap)
                    .then(|| self.simple_np(u, end - 1))
                    .flatten()
                    .filter(|inner| {
                        inner.start == k
                            && t[inner.head_start..inner.head_end].iter().all(|x| x.cap)
                    })
                    .map(|inner| Np {
                        start: d,
                        end: end - 1,
                        head_start: inner.head_start,
                        head_end: inner.head_end,
                    })
                    // A subject no simple noun phrase reads (`About four in 10, who …,`).
                    .or_else(|| self.subject_before_aside(u, end - 1));
            };
            // `“…,” Omar Pike, 41, of Macon, Ga., who …, said`: the earlier segments of
            // the apposition, back to the quotation.
            let mut cur = name.start;
            let mut first = None;
            // The segment after the first: the apposition's age or place (`30,`, `of
            // Raleigh,`), not a name that an apposition or a lead-in before it describes or
            // sets the scene for (`A critic of the plan, Mr. Lee, who …,`, `At the hearing,
            // however, Lee, who …,`).
            let mut second = cur;
            for _ in 0..4 {
                if cur < 2 || !t[cur - 1].punct(',') {
                    break;
                }
                let mut s = cur - 1;
                while s > 0 && cur - 1 - s < 6 && t[s - 1].word() {
                    s -= 1;
                }
                if s == cur - 1 {
                    break;
                }
                second = cur;
                cur = s;
                first = Some(cur.saturating_sub(1));
            }
            let described = |k: usize| {
                self.text[t[k].span].bytes().all(|b| b.is_ascii_digit())
                    || t[k].is(PREP)
                    || self.is_any(u, k, &["of", "from"])
                    || !t[k].cap && !t[k].is(CONN)
            };
            if first.is_some()
                && (cur == 0 || t[cur - 1].quote().is_some())
                && described(second)
                && !self.lead_in_at(u, cur, second - 1)
                && t[cur].cap
                && let Some(head) = (cur + 1..=cur + 6)
                    .take_while(|&e| e <= t.len() && t[e - 1].word())
                    .last()
                    .and_then(|e| self.simple_np(u, e))
                    .filter(|h| h.start == cur && t[h.head_end - 1].cap)
            {
                return Some(Np {
                    start: cur,
                    end: end - 1,
                    head_start: head.head_start,
                    head_end: head.head_end,
                });
            }
            if t[name.head_end - 1].cap {
                return Some(Np {
                    start: name.start,
                    end: end - 1,
                    head_start: name.head_start,
                    head_end: name.head_end,
                });
            }
            // `Most economists, like their peers, say`, `The ad, titled “Unity,” says`: a
            // parenthetical or a participle phrase set off by commas.
            let participle = t[k].word() && !t[k].cap && t[k].span.len() > 4 && {
                let w = &self.text[t[k].span];
                w.ends_with("ed") || w.ends_with("ing")
            };
            // `The employee, a registered Republican who …, said`: an apposition.
            let apposition = t[k].word() && !t[k].cap && t[k].is(DET);
            // Not before an inverted source (`…, forcing her to act, said Brad Bann`).
            let clause_start = !t.get(end + 1).is_some_and(|x| {
                x.word() && x.cap && !x.is(TIME) && t[end].cue.is_some_and(|c| !c.tell())
            });
            // `Ted Ortiz, when asked what was wrong, responded`: a subordinate participle.
            let sub_participle = self.has(u, k, SUB)
                && t.get(k + 1).is_some_and(|x| {
                    let w = &self.text[x.span];
                    x.word() && !x.cap && (w.ends_with("ed") || w.ends_with("ing"))
                });
            if clause_start
                && (participle
                    || apposition
                    || sub_participle
                    || self.is_any(u, k, &PARENTHETICAL_OPENERS))
            {
                return Some(Np {
                    start: name.start,
                    end: end - 1,
                    head_start: name.head_start,
                    head_end: name.head_end,
                });
            }
            // `The Kremlin spokesman, Dmitry Peskov, said`, `One of his aides, Tad Lee,
            // said`: a description, then the name in commas.
            if !t[name.head_end - 1].is(PRONOUN)
                && (clause_start || t[name.head_end - 1].is(ROLE))
                && let Some(inner) = self.simple_np(u, end - 1)
                && inner.start == k
                && t[inner.head_start..inner.head_end].iter().all(|x| x.cap)
            {
                return Some(Np {
                    start: name.start,
                    end: end - 1,
                    head_start: inner.head_start,
                    head_end: inner.head_end,
                });
            }
        }
        self.subject_before_aside(u, end - 1)
    }

    /// [`Self::np_before_at`] where a dash ends the words before the cue (`end` at least 4):
    /// an apposition in dashes.
    #[cold]
    #[inline(never)]
    fn np_before_dash(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let dash = |x: &Tok| x.punct('-') || matches!(x.kind, Kind::Punct(c) if is_dash(c));
        // An apposition in dashes: `Jane Roe — a nurse from Dover — says`, `The scholars --
        // Tribe, Epps and Amar -- agreed`.
        let mut c = end - 1;
        while c > 0 && dash(&t[c - 1]) {
            c -= 1;
        }
        if let Some(mut o) = (end.saturating_sub(32)..c).rev().find(|&o| dash(&t[o]))
            && o > 0
            && (o + 1..c).any(|m| t[m].word())
            && (o + 1..c).all(|m| {
                !end_punct(&t[m])
                    || t[m].quote().is_some()
                    || t[m].punct(')')
                    || t[m].punct('.') && t[m - 1].word() && t[m - 1].cap
            })
        {
            while o > 0 && dash(&t[o - 1]) {
                o -= 1;
            }
            if let Some(name) = self.simple_np(u, o)
                && name.end == o
            {
                return Some(Np {
                    start: name.start,
                    end: c,
                    head_start: name.head_start,
                    head_end: name.head_end,
                });
            }
        }
        None
    }

    /// The subject before one aside set off by commas that closes at the comma at token
    /// `comma`, where the readers above find none: `Survey averages, which track the race,
    /// show`, `The director, a former teacher, chastised`, `She, a former teacher, told`, `Lee
    /// himself, who leads the party, said`. The aside opens with a relative word, a
    /// determiner, a participle or a parenthetical opener (in any case: a headline sets it
    /// capitalised); the subject is what [`Self::np_before_at`] reads before its opening
    /// comma, and it opens its clause (the unit start, a quotation mark or a bracket before
    /// it, or a lead-in and its comma: `Last year, Time magazine, which …, named`), so that a
    /// clause before an inverted source (`He met Lee, who leads it, said Bann`) is no subject.
    /// The mention runs to the closing comma.
    pub(super) fn subject_before_aside(&self, u: usize, comma: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let k = self.segment_start(u, comma);
        // The subject ends in a word, an abbreviation's period (`Lee Sr.`) or a bracket.
        let ends = |x: &Tok| x.word() || x.punct('.') || x.punct(')');
        if k < 2 || k >= comma || !t[k - 1].punct(',') || !ends(&t[k - 2]) {
            return None;
        }
        let x = &t[k];
        let w = &self.text[x.span];
        let opens = x.word()
            && (x.is(WHO | DET)
                || self.is_any(u, k, &WHICH_WHOSE)
                || self.is_any(u, k, &PARENTHETICAL_OPENERS)
                || !x.cap && w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")));
        if !opens {
            return None;
        }
        // `Lee himself, who …,`: the reflexive closes the subject it follows.
        let reflexive = self.is_any(u, k - 2, &["himself", "herself", "themselves", "itself"]);
        let np = if reflexive {
            self.simple_np(u, k - 2).map(|x| Np { end: k - 1, ..x })?
        } else {
            self.np_before_at(u, k - 1)?
        };
        if np.end != k - 1 || t[np.head_start..np.head_end].iter().all(|y| y.is(TIME)) {
            return None;
        }
        let before = np.start.checked_sub(1).map(|b| &t[b]);
        let opens_clause = match before {
            None => true,
            Some(b) if b.quote().is_some() || b.punct('(') || b.punct(':') => true,
            Some(b) if b.punct(',') => {
                let a = self.segment_start(u, np.start - 1);
                (a == 0 || !t[a - 1].word())
                    && a < np.start - 1
                    && self.lead_in_at(u, a, np.start - 1)
            }
            Some(b) => b.word() && b.is(CONN) && np.start == 1,
        };
        opens_clause.then_some(Np {
            start: np.start,
            end: comma,
            head_start: np.head_start,
            head_end: np.head_end,
        })
    }

    /// Whether the noun phrase that starts at token `start` is the object of a preposition
    /// (`in Dover`, `her son from Ohio`) rather than the opening of its segment.
    pub(super) fn inside_phrase(&self, u: usize, start: usize) -> bool {
        let t = &self.units[u].toks;
        let hangs = |k: usize| {
            k > 0
                && !t[k - 1].cap
                && self.is_any(u, k - 1, &["in", "of", "from", "at", "near", "outside"])
        };
        // `in Dover, Delaware`: the second part of a place goes with the first.
        hangs(start)
            || start >= 2
                && t[start - 1].punct(',')
                && t[start - 2].word()
                && t[start - 2].cap
                && self
                    .simple_np(u, start - 1)
                    .is_some_and(|np| hangs(np.start))
    }

    /// `Lee, speaking at a fair in Salem, Ore., warned`, `Ann Roe, who lost her home in Bend,
    /// Oregon, in 2009, said`: the subject of a verb after a run of segments set off by
    /// commas (a participle or relative clause, an apposition, a place, a date) that ends at
    /// the comma at token `comma`: the first segment of the run that is a whole noun phrase,
    /// at the start of the clause or after a lead-in (`In May, a judge, ruling on a request,
    /// ordered`).
    pub(super) fn interrupted_subject(&self, u: usize, comma: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        // Not before an inverted source (`…, forcing her to act, said Brad Bann`).
        if t.get(comma + 1)
            .is_some_and(|x| x.cue.is_some_and(|c| !c.tell()))
            && t.get(comma + 2)
                .is_some_and(|x| x.word() && x.cap && !x.is(TIME))
        {
            return None;
        }
        let inner = |x: &Tok| {
            x.word()
                || matches!(x.kind, Kind::Punct(c) if matches!(c, '-' | '\'' | '’' | '.' | '(' | ')' | '&' | '/'))
        };
        let participle = |x: &Tok| {
            let w = &self.text[x.span];
            x.word()
                && w.len() > 4
                && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
        };
        // The segments, from the last (before the cue) back to the clause start.
        let mut starts = [0usize; 6];
        let mut n = 0;
        let mut c = comma;
        loop {
            let mut s = c;
            while s > 0 && c - s < 32 && inner(&t[s - 1]) {
                s -= 1;
            }
            let f = (s..c).find(|&x| t[x].word())?;
            starts[n] = s;
            n += 1;
            if s < 2 || !t[s - 1].punct(',') {
                break;
            }
            // A segment set off inside the run: a participle, a relative clause, an
            // apposition, an age, a place or a date, a prepositional or parenthetical phrase.
            let x = &t[f];
            let digit = self.text[x.span]
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit());
            if !(x.cap
                || digit
                || x.is(PREP | DET | WHO | TIME)
                || participle(x)
                || self.is_any(
                    u,
                    f,
                    &[
                        "which", "whose", "who's", "who’s", "of", "from", "for", "with", "at",
                        "near",
                    ],
                )
                || self.is_any(u, f, &PARENTHETICAL_OPENERS)
                || self.has(u, f, SUB))
                || n == starts.len()
            {
                return None;
            }
            c = s - 1;
        }
        // The run opens the clause: the unit start or punctuation before it.
        let s0 = starts[n - 1];
        if s0 > 0 && t[s0 - 1].word() {
            return None;
        }
        // From the first segment on, lead-ins skipped; the last segment is no subject.
        for m in (1..n).rev() {
            let s = starts[m];
            let e = starts[m - 1] - 1;
            let f = (s..e).find(|&x| !t[x].is(CONN)).unwrap_or(e);
            if f == e || t[f].is(PREP | TIME) || participle(&t[f]) || self.has(u, f, SUB) {
                continue;
            }
            let np = self.simple_np(u, e)?;
            let h = &t[np.head_end - 1];
            return (np.start == f
                && (h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED))
                && !t[np.head_start..np.head_end].iter().all(|x| x.is(TIME)))
            .then_some(Np {
                start: np.start,
                end: comma,
                head_start: np.head_start,
                head_end: np.head_end,
            });
        }
        None
    }

    /// Whether an adjective and its preposition (`close to`, `familiar with`) end just before
    /// token `k`.
    pub(super) fn links_before(&self, u: usize, k: usize) -> bool {
        k >= 2
            && SOURCE_LINKS
                .iter()
                .any(|(a, p)| self.is_word(u, k - 2, a) && self.is_word(u, k - 1, p))
    }

    /// `people close to him`, `sources familiar with the talks`, `officials briefed on the
    /// plan`: a source, an adjective and its preposition, and a short noun phrase up to `end`.
    pub(super) fn linked_np(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let k = (end.saturating_sub(5)..end)
            .rev()
            .find(|&k| self.links_before(u, k))?;
        if !t[k..end].iter().all(Tok::word) || k < 3 {
            return None;
        }
        let outer = self.bare_np(u, k - 2).or_else(|| {
            // A bare plural: `sources familiar with …`.
            let x = &t[k - 3];
            (x.word() && x.is(UNNAMED | ROLE) || self.text[x.span].ends_with('s')).then_some(Np {
                start: k - 3,
                end: k - 2,
                head_start: k - 3,
                head_end: k - 2,
            })
        })?;
        Some(Np { end, ..outer })
    }

    /// The subject of the verb group that ends before `to` at token `to` (`Lee went on`, `Kim
    /// was quick`): a named, pronoun or role noun phrase at most four words before it.
    pub(super) fn control_subject(&self, u: usize, to: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        for m in (to.saturating_sub(4)..to).rev() {
            let x = &t[m];
            if !x.word() || x.cap || x.is(DET | PRONOUN) || m == 0 {
                return None;
            }
            if let Some(np) = self.np_before(u, m)
                && np.end == m
                // A subject: at the clause start, not the object of a verb or preposition.
                && (np.start == 0
                    || !t[np.start - 1].word()
                    || t[np.start - 1].is(CONN)
                    || self.is_any(u, np.start - 1, &["and", "but", "that", "because", "while", "when", "if"]))
                && {
                    let h = &t[np.head_end - 1];
                    h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
                }
            {
                return Some(np);
            }
        }
        None
    }

    /// The first token of the comma-delimited segment that ends just before token `end`:
    /// words (a cue word only inside a relative clause: `a governor who argued with her`),
    /// the apostrophe of `Sanders'`, abbreviation periods (`Ala.`, `No. 2`), a quoted title
    /// and a parenthetical (`(D-S.C.)`); at most 24 tokens back.
    pub(super) fn segment_start(&self, u: usize, end: usize) -> usize {
        let t = &self.units[u].toks;
        let mut k = end;
        // The first cue word (from the right) not yet licensed by a relative word before it.
        let mut pending: Option<usize> = None;
        while k > 0 && end - k < 32 {
            let x = &t[k - 1];
            if x.word() {
                let w = &self.text[x.span];
                if x.is(WHO)
                    || self.is_word(u, k - 1, "which")
                    || w.len() > 4 && w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("who'"))
                    || w.len() > 6 && w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("who’"))
                {
                    pending = None;
                } else if x
                    .cue
                    .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                    && !x.cap
                    // `when asked`, `while questioned`: a reduced adverbial clause, not a verb
                    // of the segment.
                    && !(k >= 2 && self.has(u, k - 2, SUB))
                {
                    pending = Some(k - 1);
                }
                k -= 1;
            } else if k >= 2
                && t[k - 2].word()
                && (matches!(x.kind, Kind::Punct('\'' | '’'))
                    || x.punct('.') && t[k - 2].cap && t[k - 2].span.len() <= 6
                    || x.punct('&')
                    || x.quote().is_some())
            {
                k -= 1;
            } else if x.punct(')')
                && let Some(o) = (k.saturating_sub(8)..k - 1)
                    .rev()
                    .find(|&o| t[o].punct('('))
                && o > 0
                && t[o - 1].word()
            {
                k = o;
            } else {
                break;
            }
        }
        pending.map_or(k, |p| p + 1)
    }
}
