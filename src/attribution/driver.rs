//! Reading a unit: the driver that runs the cue readers over each sentence and keeps what they find.

use super::*;

impl<'h> Finder<'_, 'h> {
    pub(super) fn snip(&self, s: Span) -> Snippet<'h> {
        Snippet::at(self.text, s)
    }

    #[inline]
    pub(super) fn s(&self, u: usize, a: usize, b: usize) -> Span {
        let t = &self.units[u].toks;
        if a >= b || b > t.len() {
            return Span::empty(t.get(a).map_or(self.units[u].span.end, |x| x.span.start));
        }
        Span::new(t[a].span.start, t[b - 1].span.end)
    }

    pub(super) fn unit(&mut self, u: usize) {
        let toks = self.units[u].toks;
        let n = toks.len();
        let mut covered = std::mem::take(&mut self.covered);
        covered.clear();
        let mut used = std::mem::take(&mut self.used);
        used.clear();
        used.resize(n, false);
        let mut i = 0;
        let before = self.out.len();
        if self.headline == Some(self.units[u].para)
            && self.units[u].first
            && let Some(d) = self.colon_label(u, true)
        {
            self.out.push(d);
        }
        while i < n {
            // Only a source phrase, a cue or a reporting noun opens an attribution: other
            // words are passed over first, before the checks that need the unit's state.
            match toks[i..]
                .iter()
                .position(|x| x.is(PHRASE | REPORT_NOUN) | x.cue.is_some())
            {
                Some(k) => i += k,
                None => break,
            }
            if used[i] || !toks[i].word() {
                i += 1;
                continue;
            }
            if covered.iter().any(|&(a, b)| a <= i && i < b) {
                // `… is believed to be safe according to the ministry.`: a source phrase
                // without its comma that ends the sentence reports the clause before it; the
                // content that ran over it ends there.
                if toks[i].is(PHRASE) && self.phrase_ends_clause(u, i) {
                    self.cut_before(u, i, before);
                } else {
                    self.inner(u, i, before, &mut used);
                    i += 1;
                    continue;
                }
            }
            let phrase = if toks[i].is(PHRASE) {
                self.try_phrase(u, i, &mut used)
            } else {
                None
            };
            if let Some(d) = phrase {
                if let Some(r) = d.toks() {
                    covered.push(r);
                }
                self.out.push(d);
            } else if toks[i].cue.is_some()
                && let Some(mut d) = self.try_verb(u, i, &mut used)
            {
                // The draft moves only when an outer reporter takes its place.
                if let Some(outer) = self.reporter_outer(u, &d) {
                    d = outer;
                }
                if let Some(r) = d.toks() {
                    covered.push(r);
                }
                self.out.push(d);
            } else if toks[i].is(REPORT_NOUN)
                && let Some(d) = self.nominal(u, i, &mut used)
            {
                self.out.push(d);
            }
            i += 1;
        }
        self.covered = covered;
        self.used = used;
        self.titles(u);
        if self.out.len() == before {
            self.bare_quote(u);
        }
        if self.out.len() == before
            && self.units[u].first
            && let Some(d) = self.colon_label(u, false)
        {
            self.out.push(d);
        }
    }

    /// A finite cue inside the content of an earlier attribution of unit `u` (drafts from
    /// `before` on), with its own source after a clause boundary: `X claimed the attack, but
    /// officials have said …`. The new attribution is kept and the earlier content ends
    /// before its source, as PolNeAR never nests one attribution in another's content.
    #[inline(never)]
    pub(super) fn inner(&mut self, u: usize, i: usize, before: usize, used: &mut [bool]) {
        let x = &self.units[u].toks[i];
        if x.cap
            || !x
                .cue
                .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
        {
            return;
        }
        let mark = self.out.len();
        let Some(d) = self.try_verb(u, i, used) else {
            return;
        };
        let t = &self.units[u].toks;
        // The source's first token, after `,`, `;`, `and` or `but`.
        let Some(m) = d
            .source
            .and_then(|s| t.iter().position(|x| x.span.start == s.0.start))
            .filter(|&m| {
                m >= 2
                    && (t[m - 1].punct(',')
                        || t[m - 1].punct(';')
                        || self.is_word(u, m - 1, "but")
                        || self.is_word(u, m - 1, "and") && t[m - 2].punct(','))
            })
        else {
            return;
        };
        // The earlier content ends before the boundary words and punctuation.
        let mut e = m;
        while e > 1
            && (!t[e - 1].word() && t[e - 1].quote().is_none()
                || self.is_word(u, e - 1, "and")
                || self.is_word(u, e - 1, "but"))
        {
            e -= 1;
        }
        let cut = t[e - 1].span.end;
        for prev in &mut self.out[before..mark] {
            if let Some((a, b)) = prev.toks()
                && a < m
                && m < b
                && let Some(last) = prev.contents.last_mut()
                && last.start < cut
                && cut < last.end
            {
                *last = Span::new(last.start, cut);
                prev.content_toks = toks(a, e);
            }
        }
        self.out.push(d);
    }

    /// Ends the content of the drafts of unit `u` (from `before` on) that runs over token `i`
    /// before it; a draft left with no content words goes.
    #[cold]
    #[inline(never)]
    pub(super) fn cut_before(&mut self, u: usize, i: usize, before: usize) {
        let t = &self.units[u].toks;
        let mut e = i;
        while e > 0 && !t[e - 1].word() && t[e - 1].quote().is_none() {
            e -= 1;
        }
        let mut k = before;
        while k < self.out.len() {
            let d = &mut self.out[k];
            if let Some((a, b)) = d.toks()
                && a <= i
                && i < b
            {
                if !t[a..e].iter().any(|x| x.word() || x.quote().is_some()) {
                    self.out.remove(k);
                    continue;
                }
                let cut = t[e - 1].span.end;
                if let Some(last) = d.contents.last_mut()
                    && last.start < cut
                    && cut < last.end
                {
                    *last = Span::new(last.start, cut);
                    d.content_toks = toks(a, e);
                }
            }
            k += 1;
        }
    }

    /// Whether the words before the colon at `c` are a section label or a tag, not a source
    /// (`The Latest:`, `Update:`, `EXCLUSIVE:`).
    pub(super) fn section_label(&self, u: usize, c: usize) -> bool {
        let t = &self.units[u].toks;
        NOT_SOURCE_LABELS.iter().any(|w| {
            t[..c]
                .iter()
                .any(|x| self.text[x.span].eq_ignore_ascii_case(w))
        })
    }
}
