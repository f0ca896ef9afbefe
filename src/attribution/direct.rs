//! Direct quotation: linking quotations to a speaker, and the content of a draft.

use super::*;
use crate::quote::MarkStyle;

impl<'h> Finder<'_, 'h> {
    /// `“…” — John Smith`, `Smith: “…”`, and quotation-only sentences continuing an attribution.
    pub(super) fn bare_quote(&mut self, u: usize) {
        let unit = &self.units[u];
        let t = &unit.toks;
        // `— John Smith, CEO` after a quotation sentence.
        if u > 0
            && t.first()
                .is_some_and(|x| matches!(x.kind, Kind::Punct(c) if is_dash(c)))
            && self.units[u - 1].para == unit.para
            && self.units[u - 1]
                .toks
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
            && let Some(np) = self.np_after(u, 1, true)
            && t[np.head_start].cap
        {
            let pn = self.units[u - 1].toks.len();
            let (contents, quotes) = self.pieces(u - 1, 0, pn);
            if !contents.is_empty() {
                self.out.push(Draft {
                    unit: u,
                    contents,
                    content_toks: None,
                    quotes,
                    direct: true,
                    source: Some(self.source_of(u, np)),
                    cue: t[0].span,
                    cue_class: CueClass::Punctuation,
                    secondary: Vec::new(),
                });
                return;
            }
        }
        // `The governor released the following statement:` / `“…”`: the same clause ends its
        // paragraph with the colon, and the quotation paragraph after it is what the subject
        // said. A draft without content waits for it (a colon lead-in, as `She said:` is);
        // one that no quotation paragraph follows is dropped.
        if let Some(c) = t.len().checked_sub(1)
            && c >= 2
            && t[c].punct(':')
            && c < 24
            && (u + 1 == self.units.len() || self.units[u + 1].para != unit.para)
            && let Some(np) = self.colon_speaker(u, c)
        {
            self.out.push(Draft {
                unit: u,
                contents: Few::new(),
                content_toks: None,
                quotes: Few::new(),
                direct: false,
                source: Some(self.source_of(u, np)),
                cue: Span::new(t[np.end].span.start, t[c].span.end),
                cue_class: CueClass::Speech,
                secondary: Vec::new(),
            });
            return;
        }
        // The first quotation atom only: no list is built for a unit the reader passes over.
        let Some(first_quote) = t.iter().find_map(|x| self.quote_index(x)) else {
            return;
        };
        if self.claimed(u, 0, t.len()) {
            return;
        }
        // `“…” — Name`
        if let Some(d) = t
            .iter()
            .position(|x| matches!(x.kind, Kind::Punct(c) if is_dash(c)))
            && d > 0
            && t[..d]
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
            && let Some(np) = self.np_after(u, d + 1, true)
            && t[np.head_start].cap
        {
            let draft = self.direct_draft(u, 0, d, t[d].span, CueClass::Punctuation, Some(np));
            self.out.push(draft);
            return;
        }
        // `Name: “…”`
        if let Some(c) = t.iter().position(|x| x.punct(':'))
            && (1..=9).contains(&c)
            && t[..c]
                .iter()
                .all(|x| x.word() && (x.cap || x.is(DET) || c > 5 && x.is(PREP | STOP)))
            && t[c - 1].cap
            && t[c + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
        {
            let np = Np {
                start: 0,
                end: c,
                head_start: 0,
                head_end: c,
            };
            let draft = self.direct_draft(
                u,
                c + 1,
                t.len(),
                t[c].span,
                CueClass::Punctuation,
                Some(np),
            );
            self.out.push(draft);
            return;
        }
        // `Okafor resisted: “…”`, `As Lee put it: “…”`: a name or a pronoun, a short predicate
        // and a colon, then only the quotation to the end of the sentence.
        let s0 = usize::from(self.is_word(u, 0, "as"));
        let mut j = s0;
        while j < t.len() && j - s0 < 5 && t[j].word() && t[j].cap && !t[j].is(DET | STOP) {
            j += 1;
        }
        if j == s0
            && t.get(s0)
                .is_some_and(|x| x.word() && x.is(PRONOUN) && !x.is(DET))
        {
            j = s0 + 1;
        }
        if j > s0
            && let Some(c) = t.iter().position(|x| x.punct(':'))
            && c > j
            && c - j <= 6
            && t[j].word()
            && !t[j].cap
            && !t[j].is(AUX | DET | PREP | PRONOUN)
            && t[j..c].iter().all(|x| x.word())
            && t[c + 1..].iter().any(|x| x.quote().is_some())
            && t[c + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
        {
            let np = Np {
                start: s0,
                end: j,
                head_start: s0,
                head_end: j,
            };
            let cue = Span::new(t[j].span.start, t[c].span.end);
            let draft = self.direct_draft(u, c + 1, t.len(), cue, CueClass::Speech, Some(np));
            self.out.push(draft);
            return;
        }
        // `A city councillor posted on Facebook: “Residents, we …”`: a clause
        // with a subject, a colon, then only a whole quoted sentence: the subject's words.
        if let Some(c) = t.iter().take(24).position(|x| x.punct(':'))
            && c >= 2
            && t[c + 1..]
                .first()
                .and_then(|x| self.quote_index(x))
                .is_some_and(|q| self.opens_capital(q))
            && t[c + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
            && let Some(np) = self.colon_speaker(u, c)
        {
            let cue = Span::new(t[np.end].span.start, t[c].span.end);
            let draft = self.direct_draft(u, c + 1, t.len(), cue, CueClass::Speech, Some(np));
            self.out.push(draft);
            return;
        }
        // A quotation-only sentence after a direct attribution of the same paragraph, or a
        // quotation-only paragraph after a paragraph that ends with a direct attribution.
        if !t
            .iter()
            .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
        {
            return;
        }
        // The last attribution, or the last one of speech or writing in its sentence (`she
        // said …, and she plans to …` / `“…”`: the quotation is what she said).
        let Some(last_unit) = self.out.last().map(|d| d.unit) else {
            return;
        };
        let n_out = self.out.len();
        // Only the drafts of that sentence are looked at, which keeps the pass linear. A
        // finite cue is preferred to a participle and particle after it (`he added, referring
        // to the penalty.` / `“…”`: the quotation is what he added).
        let speaks = |d: &Draft<'_>| {
            matches!(
                d.cue_class,
                CueClass::Speech | CueClass::Writing | CueClass::SourcePhrase
            ) && d
                .source
                // `“…,” said Lee, who said he left. “…”`: not the relative clause's.
                .is_some_and(|s| !self.text[s.1].eq_ignore_ascii_case("who"))
        };
        let participle = |d: &Draft<'_>| {
            let mut ws = self.text[d.cue].split_whitespace();
            ws.next().is_some_and(|w| {
                w.len() > 4 && w.ends_with("ing") && !w.eq_ignore_ascii_case("according")
            }) && ws.next().is_some_and(|p| PARTICLES.contains(&p))
        };
        let sentence = || {
            self.out
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, d)| d.unit == last_unit)
        };
        let pi = sentence()
            .find(|(_, d)| speaks(d) && !participle(d))
            .or_else(|| sentence().find(|(_, d)| speaks(d)))
            .map_or(n_out - 1, |(k, _)| k);
        let prev = &self.out[pi];
        // A headline label (`Poll: …`) does not speak the quotations after it.
        if prev.cue_class == CueClass::Punctuation && !prev.direct {
            return;
        }
        // A quotation sentence continued the draft already: it reaches that sentence, in this
        // paragraph (`“A,” he said. “B. “C.”`), or at the end of the paragraph before when it
        // ran on in the attribution's own paragraph (`“A,” he said. “B.”` / `“C.”`: the same
        // speaker goes on). Quotation paragraphs are not chained on through one another.
        let reach = match self.continued {
            Some((d, r))
                if d == pi
                    && (self.units[r].para == unit.para
                        || self.units[r].para + 1 == unit.para
                            && self.units[r].para == self.units[prev.unit].para) =>
            {
                r
            }
            _ => prev.unit,
        };
        let pu = &self.units[reach];
        // `'There is so much anger.'` alone in a paragraph, in single marks where the copy
        // quotes in double ones: a headline-style subhead, not the speaker going on.
        if pu.para != unit.para && self.marks_change(first_quote) {
            return;
        }
        let adjacent = reach + 1 == u
            && (pu.para == unit.para
                || unit.first
                    && pu.para + 1 == unit.para
                    && (prev.direct || prev.contents.is_empty()));
        let colon = prev.contents.is_empty();
        // A quotation paragraph right after a paragraph that ends with reported speech:
        // the same source goes on in its own words.
        // A quotation sentence after reported speech in the same paragraph, likewise.
        let same_para_reported =
            adjacent && pu.para == unit.para && !prev.direct && !colon && prev.source.is_some();
        if same_para_reported
            || !adjacent
                && prev.unit + 1 == u
                && unit.first
                && pu.para + 1 == unit.para
                && prev.source.is_some_and(|s| !s.3)
        {
            let (contents, quotes) = self.pieces(u, 0, t.len());
            let draft = Draft {
                unit: u,
                contents,
                content_toks: None,
                quotes,
                direct: true,
                source: prev.source,
                cue: prev.cue,
                cue_class: prev.cue_class,
                secondary: Vec::new(),
            };
            self.out.push(draft);
            return;
        }
        if !(adjacent && (prev.direct || colon)) {
            return;
        }
        let pieces = self.pieces(u, 0, t.len());
        let Some(last) = self.out.get_mut(pi) else {
            return;
        };
        last.contents.extend(pieces.0);
        last.quotes.extend(pieces.1);
        last.direct = true;
        self.continued = Some((pi, u));
    }

    /// The speaker of a clause that ends at the colon at `c` of unit `u` and leads in a
    /// quotation (`A city councillor posted on Facebook:`): a subject before a
    /// lower-case verb, with no quotation and no cue before the colon, whose head is a name,
    /// a pronoun, a speaker noun or a plural (`questioners`).
    fn colon_speaker(&self, u: usize, c: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        if t[..c]
            .iter()
            .any(|x| x.quote().is_some() || x.cue.is_some())
        {
            return None;
        }
        let np = self
            .clause_subject(u, c, true)
            .or_else(|| self.clause_subject_definite(u, c))
            .or_else(|| self.np_after(u, 0, false))
            .map(|np| self.before_verb(u, np))?;
        let h = &t[np.end.checked_sub(1)?];
        (np.end < c
            && t[np.end].word()
            && !t[np.end].cap
            && (h.cap
                || h.is(PRONOUN | ROLE | ORG | UNNAMED | EVIDENCE)
                || self.text[h.span].ends_with('s') && !self.text[h.span].ends_with("ss")))
        .then_some(np)
    }

    /// The content pieces (and quotation indices) of the quotation atoms in tokens `a..b`.
    pub(super) fn pieces(&self, u: usize, a: usize, b: usize) -> (Few<Span>, Few<usize>) {
        let t = &self.units[u].toks;
        let mut spans = Few::new();
        let mut qs = Few::new();
        for x in &t[a.min(b)..b.min(t.len())] {
            if let Some(q) = self.quote_index(x) {
                if qs.contains(&q) {
                    continue;
                }
                // Every piece: a quotation continued over paragraphs is one content per
                // paragraph, all of them this attribution's.
                let quotation = &self.quotations[q];
                spans.extend(
                    quotation
                        .pieces()
                        .map(|p| p.span())
                        .filter(|p| !p.is_empty()),
                );
                qs.push(q);
            }
        }
        (spans, qs)
    }

    /// Whether every quotation atom in tokens `a..b` already belongs to a recent attribution
    /// (a quotation continued from an earlier paragraph).
    pub(super) fn claimed(&self, u: usize, a: usize, b: usize) -> bool {
        let t = &self.units[u].toks;
        let mut atoms = t[a.min(b)..b.min(t.len())]
            .iter()
            .filter_map(|x| self.quote_index(x))
            .peekable();
        atoms.peek().is_some()
            && atoms.all(|q| {
                self.quotations[q].is_multi_paragraph()
                    && self.out.iter().rev().take(8).any(|d| d.quotes.contains(&q))
            })
    }

    pub(super) fn direct_draft(
        &self,
        u: usize,
        a: usize,
        b: usize,
        cue: Span,
        class: CueClass,
        np: Option<Np>,
    ) -> Draft<'h> {
        let (contents, quotes) = self.pieces(u, a, b);
        Draft {
            unit: u,
            contents,
            content_toks: toks(a, b),
            quotes,
            direct: true,
            source: np.map(|np| self.source_of(u, np)),
            cue,
            cue_class: class,
            secondary: Vec::new(),
        }
    }

    /// Whether the quotation atom at `span` ends a sentence inside its marks (`“Stop!”`,
    /// `“Why?”`, `“We won.”`).
    fn ends_sentence(&self, span: Span) -> bool {
        self.text[span]
            .trim_end_matches(|c: char| is_close_quote(c) || c.is_whitespace())
            .ends_with(['!', '?', '.'])
    }

    /// Whether quotation `q` is in single marks and the outer quotation before it in double
    /// ones: the copy changed its marks, as a subhead in headline style does.
    #[cold]
    #[inline(never)]
    fn marks_change(&self, q: usize) -> bool {
        let single = |x: &Quotation<'_>| {
            matches!(
                x.style(),
                MarkStyle::CurlySingle | MarkStyle::StraightSingle | MarkStyle::LowSingle
            )
        };
        single(&self.quotations[q])
            && self.quotations[..q]
                .iter()
                .rev()
                .find(|x| x.parent().is_none())
                .is_some_and(|p| !single(p))
    }

    /// Whether words `a..m` between a cue and the comma or colon before its quotation are the
    /// cue's own adjunct or hearer (`said at one point, “…”`, `told reporters: “…”`, `wrote
    /// Tuesday, “…”`), so that the quotation is the whole complement and the content is
    /// direct; or the reporter's words that share the complement with it (`added that, “…”`,
    /// `said she recalled thinking, “…”`, `added the words, “…”`), so that the content is
    /// mixed and starts with them. A noun for words before a colon (`posted a message: “…”`,
    /// `shared a picture online with three words: “…”`) is spelled out by the quotation after
    /// it, which is then the whole content, however long the lead.
    #[inline(never)]
    pub(super) fn quote_lead_is_adjunct(&self, u: usize, a: usize, m: usize, cue: Cue) -> bool {
        let t = &self.units[u].toks;
        if a >= m || m > t.len() || !t[a].word() {
            return true;
        }
        if m < t.len() && t[m].punct(':') && t[m - 1].word() && t[m - 1].is(WORDS_NOUN | MEDIUM) {
            return true;
        }
        // `that` opens a clause of the reporter's (`added that, “…”`).
        if self.is_word(u, a, "that") {
            return false;
        }
        // The rest of an adjunct the reader has already passed over (`said in the debate
        // spin room, “…”`): the word before is no cue.
        // So is an infinitive's object (`rose at the end to close the debate, “…”`).
        if a > 0 && t[a - 1].word() && t[a - 1].cue.is_none()
            || a > 1 && self.is_word(u, a - 2, "to")
        {
            return true;
        }
        // A clause of its own: a finite cue verb (`said he responded: “…”`), unless a relative
        // word makes it a clause on a noun (`left a note which reads, “…”`, whose cue
        // the quotation belongs to).
        let mut relative = false;
        let mut participle = false;
        let mut time = false;
        for (k, x) in t[a..m].iter().enumerate() {
            if !x.word() {
                continue;
            }
            relative |= x.is(WHO) || self.is_any(u, a + k, &WHICH_WHOSE);
            time |= x.is(TIME);
            if let Some(c) = x.cue
                && !x.cap
            {
                match c.form {
                    Form::Past | Form::S if !relative => return false,
                    Form::Ing => participle = true,
                    _ => {}
                }
            }
        }
        // `explained the headline by saying: “…”`: the participle's own quotation.
        // A time phrase (`stated a day earlier, “…”`) is an adjunct too.
        if participle || relative || time && m - a <= 4 {
            return true;
        }
        let x = &t[a];
        // A subject pronoun opens a clause (`said she was thinking, “…”`).
        if x.is(PRONOUN) && !x.is(OBJECT) && !x.cap {
            return false;
        }
        x.cap
            || cue.tell()
            // A preposition (the `[stop]` class holds the rest of them: `to`, `from`, `by`)
            // or an adverb.
            || x.is(PREP | STOP | TIME | CONN | OBJECT)
            || complement::object_end(&self.sentence(u), a)
            || self.text[x.span].ends_with("ly")
    }

    /// Whether tokens `a..b` are quotation atoms and punctuation only, with at least one atom.
    pub(super) fn only_quotes(&self, u: usize, a: usize, b: usize) -> bool {
        let t = &self.units[u].toks;
        a < b
            && b <= t.len()
            && t[a..b].iter().any(|x| x.quote().is_some())
            && t[a..b]
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
    }

    /// A draft for content tokens `a..b` (trimmed of edge punctuation): direct when it is only
    /// quotations, else mixed or indirect as the whole clause. One copy for its many callers.
    #[inline(never)]
    pub(super) fn content_draft(
        &self,
        u: usize,
        a: usize,
        b: usize,
        cue: Span,
        class: CueClass,
        np: Option<Np>,
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let (mut a, mut b) = (a, b.min(t.len()));
        // Clause punctuation only: `$`, `%` and brackets belong to the words.
        let edge =
            |c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '…' | '-') || is_dash(c);
        while a < b && matches!(t[a].kind, Kind::Punct(c) if edge(c)) {
            a += 1;
        }
        while a < b && matches!(t[b - 1].kind, Kind::Punct(c) if edge(c)) {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        // `chanted “Whose streets?” and marched on`, `yelled “You lie!” at him`: a quotation
        // that opens the content and ends its sentence inside its marks is the whole
        // complement; the words after it are the reporter's.
        if b - a > 1 && t[a].quote().is_some() && t[a + 1].word() && self.ends_sentence(t[a].span) {
            b = a + 1;
        }
        // One pass: the words, whether there is a quotation, whether all is quotation and
        // punctuation ([`Self::only_quotes`]).
        let (mut words, mut any_quote, mut quotes_only) = (0, false, true);
        for x in &t[a..b] {
            match x.kind {
                Kind::Word => {
                    words += 1;
                    quotes_only = false;
                }
                Kind::Quote => any_quote = true,
                Kind::Punct(_) => {}
            }
        }
        if any_quote && quotes_only {
            return Some(self.direct_draft(u, a, b, cue, class, np));
        }
        let quotes: Few<usize> = if any_quote {
            t[a..b].iter().filter_map(|x| self.quote_index(x)).collect()
        } else {
            Few::new()
        };
        // One word is content when it is a name or a pronoun (`defended him`).
        if words < 2
            && quotes.is_empty()
            && !(words == 1 && (t[a].cap || t[a].is(PRONOUN | OBJECT | WHO)))
        {
            return None;
        }
        Some(Draft {
            unit: u,
            contents: Few::One(self.s(u, a, b)),
            content_toks: toks(a, b),
            quotes,
            direct: false,
            source: np.map(|np| self.source_of(u, np)),
            cue,
            cue_class: class,
            secondary: Vec::new(),
        })
    }
}
