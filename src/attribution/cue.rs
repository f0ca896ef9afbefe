//! Cue hand-offs of the verb reader: `quoted as saying`, `asked`, the possessed noun.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// `“…,” Arab News quoted Prince Saud as saying.`, `The paper quotes Lee as saying that …`:
    /// the one quoted (tokens between `quoted`, token `q`, and `as`) is the source, the
    /// participle at `i` the cue, the outlet before `quoted` the reporter, and the content the
    /// quotation run before the outlet or the clause after the cue.
    pub(super) fn quoted_as(
        &self,
        u: usize,
        q: usize,
        as_saying: Option<usize>,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        // Without `as saying`, the one quoted runs to the end of the sentence.
        let (speaker_end, i) = match as_saying {
            Some(i) => (i - 1, i),
            None => (self.words_end(u, q + 1), q),
        };
        if speaker_end <= q + 1 || !t[q + 1..speaker_end].iter().all(|x| x.word()) {
            return None;
        }
        let speaker = self.head_of(u, q + 1, speaker_end)?;
        let (cue, class) = match as_saying {
            Some(i) => (
                Span::new(t[i - 1].span.start, t[i].span.end),
                t[i].cue.map_or(CueClass::Speech, |c| c.class),
            ),
            None => (t[q].span, CueClass::Speech),
        };
        let reporter = self.np_before(u, q);
        let from = reporter.map_or(q, |r| r.start);
        let content_first = from > 0 && (t[from - 1].quote().is_some() || t[from - 1].punct(','));
        if as_saying.is_none() && !content_first {
            return None;
        }
        let mut secondary = Vec::new();
        let mut d = if content_first {
            let end = if t[from - 1].punct(',') {
                from - 1
            } else {
                from
            };
            let start = self
                .quote_run_start(u, end)
                .unwrap_or_else(|| self.lead_in(u, end));
            self.content_draft(u, start, end, cue, class, Some(speaker))?
        } else {
            let mut a = self.adjuncts(u, i + 1, &mut secondary);
            if t.get(a).is_some_and(|x| x.punct(',') || x.punct(':')) {
                a += 1;
            }
            let b = self.words_end(u, a);
            self.content_draft(u, a, b, cue, class, Some(speaker))?
        };
        d.secondary.append(&mut secondary);
        if let Some(r) = reporter {
            let s = self.s(u, r.start, r.end);
            let h = self.s(u, r.head_start, r.head_end);
            d.secondary
                .push((Relation::ReportedBy, s, h, self.mention_of(u, r)));
        }
        let (a, b) = d.toks().unwrap_or((from, i + 1));
        for x in used
            .iter_mut()
            .take(b.max(i + 1).max(speaker_end))
            .skip(a.min(from))
        {
            *x = true;
        }
        Some(d)
    }

    /// `Asked whether …, he said …`, `When asked by a journalist about …, …`: the question
    /// up to the comma is content, its asker (`by …`) the source.
    pub(super) fn asked(&self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        let mut a = i + 1;
        let mut source = None;
        if self.is_word(u, a, "by")
            && let Some(np) = self.np_after(u, a + 1, false)
        {
            source = Some(self.source_of(u, np));
            a = np.end;
        }
        let a = self.adjuncts(u, a, &mut Vec::new());
        // The question runs to a comma, or to the end of the sentence.
        let b = (a..n.min(a + 40))
            .find(|&m| t[m].punct(','))
            .unwrap_or_else(|| self.words_end(u, a));
        if b < a + 1 || a >= n || !t[a].word() {
            return None;
        }
        for x in used.iter_mut().take(b).skip(i) {
            *x = true;
        }
        let mut d = self.content_draft(u, a, b, t[i].span, CueClass::Speech, None)?;
        d.source = source;
        Some(d)
    }

    /// The start of the run of quotations (and their punctuation) that ends at token `end`,
    /// when the run is a statement of its own: at the sentence start, or after a colon or a
    /// dash (`Nobody was impressed - “Born rich,” Lee said - but …`).
    pub(super) fn quote_run_start(&self, u: usize, end: usize) -> Option<usize> {
        let t = &self.units[u].toks;
        let mut q = end.min(t.len());
        while q > 0
            && (t[q - 1].quote().is_some()
                || matches!(t[q - 1].kind, Kind::Punct(c) if c != ':' && c != '-' && !is_dash(c)))
        {
            q -= 1;
        }
        (q == 0 || matches!(t[q - 1].kind, Kind::Punct(c) if c == ':' || c == '-' || is_dash(c)))
            .then_some(q)
    }

    /// Whether quotation `i`'s first piece starts with a capital letter.
    pub(super) fn opens_capital(&self, i: usize) -> bool {
        self.quotations[i]
            .pieces()
            .next()
            .and_then(|p| p.as_str().chars().find(|c| c.is_alphanumeric()))
            .is_some_and(char::is_uppercase)
    }

    /// A reporting noun after its owner: `Trump’s claim that …`, `Pence’s call for …`,
    /// `Trump’s promises to …`; the owner is the source.
    pub(super) fn possessed_noun(
        &self,
        u: usize,
        i: usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        // The rules of `[possessed-noun]` in `src/lexicon/patterns.txt`.
        let cue = t[i].cue?;
        if self
            .first_rule(
                Gate::PossessedNoun,
                At::new(u, i, cue, GroupFacts::default()),
            )
            .is_some()
        {
            return None;
        }
        let owner = &self.text[t[i - 1].span];
        let pronoun = POSSESSIVES.iter().any(|w| owner.eq_ignore_ascii_case(w));
        let bare = if pronoun {
            owner
        } else {
            owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))?
        };
        let link = i + 1;
        let infinitive = self.is_word(u, link, "to")
            && t.get(link + 1)
                .is_some_and(|x| x.word() && !x.cap && !x.is(DET | PRONOUN));
        let (content_start, cue_end) = if self.is_word(u, link, "that") || infinitive {
            (link, i + 1)
        } else if self.is_word(u, link, "for") {
            (link + 1, link + 1)
        } else {
            return None;
        };
        // The owner: the possessive word and the capitalised words before it.
        let mut a = i - 1;
        while a > 0 && i - 1 - a < 4 && t[a - 1].word() && t[a - 1].cap && !t[a - 1].is(DET) {
            a -= 1;
        }
        if pronoun {
            a = i - 1;
        } else if !t[i - 1].cap || bare.is_empty() {
            return None;
        }
        let mut b = content_start + 1;
        while b < n && !matches!(t[b].kind, Kind::Punct(c) if c != '-' && c != '\'' && c != '’') {
            b += 1;
        }
        if b <= content_start + 1 {
            return None;
        }
        for x in used.iter_mut().take(b).skip(a) {
            *x = true;
        }
        // The source is the owner without its `’s`.
        let src = Span::new(
            t[a].span.start,
            t[i - 1].span.end - (owner.len() - bare.len()),
        );
        let head = Span::new(t[i - 1].span.start, src.end);
        let name = self.snip(head);
        let quotes: Few<usize> = t[content_start..b]
            .iter()
            .filter_map(|x| self.quote_index(x))
            .collect();
        Some(Draft {
            unit: u,
            contents: Few::One(self.s(u, content_start, b)),
            content_toks: toks(content_start, b),
            quotes,
            direct: false,
            source: Some((
                src,
                head,
                Mention::Name {
                    name,
                    title: None,
                    description: None,
                },
                false,
            )),
            cue: Span::new(t[i].span.start, t[cue_end - 1].span.end),
            cue_class: CueClass::Speech,
            secondary: Vec::new(),
        })
    }
}
