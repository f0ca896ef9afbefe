//! Nominal cues: `the claim by X that …`, `X's statement`, light verbs.

use super::*;
use syntax::Gap;

impl<'h> Finder<'_, 'h> {
    /// A reporting noun and its content after a preposition: `a call for new elections`,
    /// `his remarks about the war`, `Trump's mention of the wall`. The owner (a possessive
    /// before the noun) is the source; with none, the source is unnamed.
    #[inline(never)]
    pub(super) fn nominal(&self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        let mut noun = String::new();
        let preps = NOUN_PREPS.get(lower(&self.text[t[i].span], &mut noun))?;
        let mut p = i + 1;
        if !self.is_any(u, p, preps) {
            // `made the claim for the first time that …`: a time or an aside before the
            // clause of a noun that takes one.
            if !preps.contains(&"that") {
                return None;
            }
            p = syntax::skip_forward(&self.sentence(u), p, Gap::TIME | Gap::DISCOURSE);
            if p == i + 1 || !self.is_word(u, p, "that") {
                return None;
            }
        }
        if self.is_word(u, p, "that") {
            return self.light_verb_clause(u, i, p, used);
        }
        // The rules of `[nominal]` in `src/lexicon/patterns.txt`: a name, a time after the
        // preposition (`his view on Tuesday`).
        let cue = t[i]
            .cue
            .unwrap_or(Cue::new(CueClass::Speech, Form::Base, Constraint::Plain));
        if self
            .first_rule(Gate::Nominal, At::new(u, i, cue, GroupFacts::default()))
            .is_some()
        {
            return None;
        }
        let a = p + 1;
        if a >= n || !t[a].word() && t[a].quote().is_none() {
            return None;
        }
        // The noun phrase ends at a clause boundary, a verb (`the mention of the wall drew
        // boos`: an auxiliary or an -ed word not after a determiner) or a time adjunct.
        let ends = |b: usize| {
            let x = &t[b];
            let part = x.word()
                || x.quote().is_some()
                || matches!(x.kind, Kind::Punct(c) if matches!(c, '-' | '\'' | '’' | '$' | '%'));
            let verb = x.word()
                && !x.cap
                && (x.is(AUX)
                    || x.cue.is_some_and(|c| c.form != Form::Ing)
                    || self.text[x.span].ends_with("ed") && !t[b - 1].is(DET | PREP));
            !part || verb || self.ends_object(u, a, b) || b > a + 1 && self.time_adjunct_at(u, b)
        };
        let mut b = a + 1;
        while b < n && b - a < 30 && !ends(b) {
            b += 1;
        }
        let mut d = self.content_draft(
            u,
            a,
            b,
            Span::new(t[i].span.start, t[p].span.end),
            CueClass::Speech,
            None,
        )?;
        // The owner: `his`, `Trump's`, `the senator's`, `Francis'`; adjectives may stand
        // between it and the noun (`her nuanced views`).
        let mut o = i;
        while o > 1 && i - o < 2 && {
            let x = &t[o - 1];
            x.word() && !x.cap && !x.is(DET | STOP | AUX | PRONOUN | PREP) && x.cue.is_none()
        } {
            o -= 1;
        }
        // `Francis' remarks`: a possessive apostrophe after a name in -s.
        let apostrophe = o > 1
            && matches!(t[o - 1].kind, Kind::Punct('\'' | '’'))
            && t[o - 2].word()
            && t[o - 2].cap
            && self.text[t[o - 2].span].ends_with('s');
        let o = if apostrophe { o - 1 } else { o };
        if o > 0 && t[o - 1].word() {
            let w = &self.text[t[o - 1].span];
            let possessive = apostrophe || crate::util::is_possessive(w) || w.ends_with("s'");
            let owner = ["his", "her", "their", "its", "our", "my", "your"]
                .iter()
                .any(|o| w.eq_ignore_ascii_case(o));
            if possessive || owner {
                let mut s = o - 1;
                while possessive
                    && s > 0
                    && o - 1 - s < 3
                    && t[s - 1].word()
                    && t[s - 1].cap
                    && !t[s - 1].is(DET)
                {
                    s -= 1;
                }
                let end = if apostrophe { o + 1 } else { o };
                let np = Np {
                    start: s,
                    end,
                    head_start: s,
                    head_end: end,
                };
                d.source = Some(self.source_of(u, np));
            }
        }
        if d.source.is_none()
            && let Some(np) = self.light_verb_subject(u, i).or_else(|| {
                (i > 2 && self.is_word(u, i - 1, "to"))
                    .then(|| self.controlled_subject(u, i - 1))
                    .flatten()
            })
        {
            d.source = Some(self.source_of(u, np));
        }
        for x in used.iter_mut().take(b).skip(i) {
            *x = true;
        }
        Some(d)
    }

    /// A light verb, the reporting noun at token `i` as its object and the noun's that-clause
    /// at token `p`: `made the claim that …`, `voiced their concern that …`. The subject of
    /// the light verb is the source, the cue runs from the verb to the noun and the content is
    /// the clause. Only after a light verb that is no cue itself (`expressed concern that …`
    /// is the verb's), and not where a verb has read the clause already.
    #[cold]
    #[inline(never)]
    fn light_verb_clause(
        &self,
        u: usize,
        i: usize,
        p: usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let (v, np) = self.light_verb(u, i)?;
        if t[v].cue.is_some() || used[v] || used[p] {
            return None;
        }
        let e = self.words_end(u, p);
        let b = (p + 1..e)
            .find(|&m| t[m].punct(';') || t[m].quote().is_some())
            .unwrap_or(e);
        if b < p + 3 {
            return None;
        }
        let cue = Span::new(t[v].span.start, t[i].span.end);
        // The noun's class (`concern that !thought`).
        let mut noun = String::new();
        let class = NOUN_CLASSES
            .get(lower(&self.text[t[i].span], &mut noun))
            .copied()
            .unwrap_or(CueClass::Speech);
        let mut d = self.content_draft(u, p, b, cue, class, None)?;
        // `…, the report said.`: a secondary source after the clause is cut off it.
        self.trailing(u, &mut d, used, None);
        d.source = Some(self.source_of(u, np));
        for x in used.iter_mut().take(b).skip(v) {
            *x = true;
        }
        Some(d)
    }

    /// `Ortiz made an unexpected call for …`, `Lee has held centrist positions on …`, `the
    /// ad began with a call for …`: the subject of a light verb whose object is the
    /// reporting noun at token `i` owns it.
    pub(super) fn light_verb_subject(&self, u: usize, i: usize) -> Option<Np> {
        self.light_verb(u, i).map(|(_, np)| np)
    }

    /// [`Self::light_verb_subject`], with the light verb's token.
    fn light_verb(&self, u: usize, i: usize) -> Option<(usize, Np)> {
        let t = &self.units[u].toks;
        // The noun's determiner and modifiers (`no direct`, `an unprompted`, `left-leaning`).
        let mut k = i;
        while k > 0 && i - k < 4 {
            let x = &t[k - 1];
            let modifier = x.word()
                && !x.cap
                && !x.is(STOP | AUX | PRONOUN | PREP | LIGHT_VERB)
                && x.cue.is_none();
            if modifier || x.punct('-') && k >= 2 && t[k - 2].word() {
                k -= 1;
            } else {
                break;
            }
        }
        if k >= 2 && self.is_word(u, k - 1, "with") {
            k -= 1;
        }
        if k == 0 || !t[k - 1].is(LIGHT_VERB) || t[k - 1].cap {
            return None;
        }
        // Auxiliaries and adverbs before the verb (`has notably made`).
        let mut v = k - 1;
        while v > 0 && {
            let x = &t[v - 1];
            x.word()
                && !x.cap
                && (x.is(AUX) || x.span.len() > 4 && self.text[x.span].ends_with("ly"))
        } {
            v -= 1;
        }
        let np = self.np_before(u, v)?;
        let head = &t[np.head_end - 1];
        (head.cap || head.is(PRONOUN | ROLE | ORG | UNNAMED | EVIDENCE | MEDIUM))
            .then_some((k - 1, np))
            .filter(|(_, np)| !t[np.head_start..np.head_end].iter().all(|x| x.is(TIME)))
    }
}
