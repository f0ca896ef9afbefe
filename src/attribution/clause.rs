//! Clauses: subjects of reported clauses, lead-ins, pieces, and token tests.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// Whether unit `u` is set in headline case (`Lee Says He Will Run`): nearly every word of
    /// four or more letters capitalised.
    pub(super) fn headline_case(&self, u: usize) -> bool {
        let t = &self.units[u].toks;
        let (mut long, mut caps) = (0, 0);
        for x in t.iter().filter(|x| x.word() && x.span.len() >= 4) {
            long += 1;
            caps += usize::from(x.cap);
        }
        long >= 4 && caps * 10 >= long * 9
    }

    /// The subject of the clause a participle or a second verb hangs on (`Warren appeared …
    /// and endorsed Clinton, saying …`): the first name, pronoun or role noun phrase, at the
    /// sentence start or after a comma before token `end`, that a verb follows.
    pub(super) fn clause_subject(&self, u: usize, end: usize, any_noun: bool) -> Option<Np> {
        self.clause_subject_in(u, 0, end, any_noun, false)
    }

    /// [`Self::clause_subject`] for a participle after the comma at `end - 1` or a message
    /// (`The tenant later sued, claiming …`, `The league issued a statement saying …`): a
    /// definite subject of a finite verb counts whatever its noun, in the clause the comma or
    /// the message ends.
    pub(super) fn clause_subject_definite(&self, u: usize, end: usize) -> Option<Np> {
        self.clause_subject_in(u, 0, end, false, true)
    }

    /// [`Self::clause_subject`], looking from token `from` on.
    pub(super) fn clause_subject_in(
        &self,
        u: usize,
        from: usize,
        end: usize,
        any_noun: bool,
        definite: bool,
    ) -> Option<Np> {
        let t = &self.units[u].toks;
        // Clause starts: after a comma or a dash.
        let boundary = |x: &Tok| x.punct(',') || matches!(x.kind, Kind::Punct(c) if is_dash(c));
        let mut s = from;
        while s < end {
            let mut j = s;
            while j < end && t[j].is(CONN) && t[j].word() {
                j += 1;
            }
            let mut from = j;
            // `At the time, she …`: a prepositional lead-in is not the subject; nor, before
            // a comma, is a time or a participle or adverb phrase (`Minutes later,`, `Last
            // year,`, `Shortly after the vote,`, `Facing criticism,`).
            let lead_in = j < end
                && t[j].word()
                && (t[j].cap && t[j].is(PREP)
                    || (s..end)
                        .find(|&m| boundary(&t[m]))
                        .is_some_and(|c| c > j && self.lead_in_at(u, j, c)));
            // `A few hours later they …`: a time before the subject.
            if !lead_in
                && let Some(k) = (from..end.min(from + 8))
                    .take_while(|&k| {
                        let x = &t[k];
                        x.word()
                            && (x.cap
                                || !x.is(STOP)
                                    && !x
                                        .cue
                                        .is_some_and(|c| matches!(c.form, Form::Past | Form::S)))
                    })
                    .find(|&k| {
                        t[k].is(TIME)
                            && !t[k].cap
                            && k + 1 < end
                            && t[k + 1].word()
                            && (t[k + 1].cap || t[k + 1].is(PRONOUN))
                    })
            {
                from = k + 1;
                j = from;
            }
            while !lead_in && j < end && j - from < 8 {
                // `Tom Ruiz (R-Utah) issued`: a parenthetical in the name.
                if t[j].punct('(')
                    && let Some(c) = (j + 1..end.min(j + 10)).find(|&m| t[m].punct(')'))
                {
                    j = c + 1;
                    continue;
                }
                // `Mr. Trump`, `Sen. Lee`: an abbreviation's period.
                if t[j].punct('.') && j > from && t[j - 1].cap && t[j - 1].span.len() <= 4 {
                    j += 1;
                    continue;
                }
                if !t[j].word()
                    || !t[j].cap
                        && (t[j].is(AUX | STOP)
                            || t[j]
                                .cue
                                .is_some_and(|c| matches!(c.form, Form::Past | Form::S)))
                {
                    break;
                }
                j += 1;
            }
            // The shortest phrase a lower-case word (its verb) follows; not a preposition
            // or a time (`Shortly after`, `Minutes later`).
            for e in from + 1..=j.min(end - 1) {
                // `Union leaders`, `Trump aides`: a speaker noun goes on the phrase.
                if t[e].word()
                    && !t[e].cap
                    && !t[e].is(ROLE | ORG | UNNAMED | PREP)
                    && !self.is_any(u, e + 1, &["later", "ago", "earlier"])
                    && let Some(np) = if t[e - 1].punct(')') {
                        self.bare_np(u, e).filter(|np| np.start >= from)
                    } else {
                        self.head_of(u, from, e)
                    }
                {
                    let head = &t[np.head_end - 1];
                    if head.cap
                        || head.is(PRONOUN | ROLE | ORG | UNNAMED)
                        || any_noun && head.is(EVIDENCE | MEDIUM)
                        // `The tenant later sued, claiming …`: a definite subject of a
                        // finite verb, whatever its noun, in the last clause.
                        || definite
                            && !(np.end..end.saturating_sub(1)).any(|m| t[m].punct(','))
                            && syntax::definite_subject(&self.sentence(u), np, e)
                    {
                        return Some(np);
                    }
                }
            }
            // `Other candidates, including Lee and Kim, have …`: a subject whose comma opens a
            // parenthetical.
            if !lead_in
                && j > from
                && j + 1 < end
                && t[j].punct(',')
                && (t[j + 1].is(WHO)
                    || self.is_any(u, j + 1, &WHICH_WHOSE)
                    || self.is_any(u, j + 1, &PARENTHETICAL_OPENERS))
                && let Some(np) = self.head_of(u, from, j)
                && {
                    let head = &t[np.head_end - 1];
                    head.cap || head.is(PRONOUN | ROLE | ORG | UNNAMED)
                }
            {
                return Some(np);
            }
            // The next clause start: after the next comma or dash.
            match (s..end).find(|&m| boundary(&t[m])) {
                Some(m) => s = m + 1,
                None => break,
            }
        }
        None
    }

    /// `forced Sen. Lee to acknowledge`, `allowed them to call for`, `leaving many to wonder`: the
    /// object of an object-control verb, ending before the `to` at token `to`.
    pub(super) fn controlled_subject(&self, u: usize, to: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let x = &t[to - 1];
        let one = Np {
            start: to - 1,
            end: to,
            head_start: to - 1,
            head_end: to,
        };
        // The verb, at most five words before.
        let v = (to.saturating_sub(6)..to - 1)
            .rev()
            .take_while(|&m| t[m].word() || t[m].punct('.'))
            .find(|&m| t[m].word() && !t[m].cap && t[m].is(CONTROL))?;
        if v + 2 == to && x.word() && !x.cap && x.is(OBJECT | PRONOUN | DET | UNNAMED) {
            return Some(one);
        }
        let np = self.head_of(u, v + 1, to)?;
        let h = &t[np.head_end - 1];
        (h.cap || h.is(ROLE | ORG | UNNAMED) || self.text[h.span].ends_with('s')).then_some(np)
    }

    /// `When Lee asked about X, Kim dodged the question, saying …`, `Officials said X, and the
    /// union sued, saying …`: the subject of a clause that opens after the earlier attribution
    /// `prev` of the sentence and before token `end`, which a participle or second verb at
    /// `end` goes on rather than `prev`'s source.
    pub(super) fn later_subject(&self, u: usize, prev: &Draft<'h>, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let done = prev.toks().map_or(prev.cue.end, |(_, b)| {
            t.get(b.saturating_sub(1))
                .map_or(prev.cue.end, |x| x.span.end)
                .max(prev.cue.end)
        });
        let from = (0..end).find(|&k| t[k].span.start >= done)?;
        // A new clause: a conjunction after a comma, then its subject and verb.
        let start = (from..end).rev().find(|&k| {
            k > 0 && t[k - 1].punct(',') && self.is_any(u, k, &["and", "but", "while", "whereas"])
        })?;
        let np = self.clause_subject_in(u, start, end, false, false)?;
        // Not `it` (`…, and it will make no difference after reading …`).
        (np.start == start + 1 && !self.is_word(u, np.head_start, "it")).then_some(np)
    }

    /// Whether the word at token `a` opens a lead-in rather than a subject: a preposition or
    /// subordinator (`At the Labor Department`, `Unlike in 2012`) or
    /// a participle before a lower-case word (`Asked on Monday`).
    pub(super) fn opens_lead_in(&self, u: usize, a: usize) -> bool {
        let t = &self.units[u].toks;
        let w = &self.text[t[a].span];
        t[a].is(PREP)
            || self.has(u, a, SUB)
            || self.is_any(u, a, &PARENTHETICAL_OPENERS)
            || self.is_any(u, a, &LEAD_IN_PREPOSITIONS)
            || w.len() > 4 && w.ends_with("ed") && t.get(a + 1).is_some_and(|y| y.word() && !y.cap)
    }

    /// Whether the words from token `a` to the comma at token `comma` set the scene of the
    /// clause after them rather than name its subject: a preposition or subordinator (`For an
    /// hour,`, `Unlike in 2012,`), a time (`Last year,`, `Minutes later,`), a participle or
    /// adverb before a lower-case word (`Facing criticism,`, `Shortly after the vote,`), or a
    /// word before a subordinator (`Soon after the vote,`).
    pub(super) fn lead_in_at(&self, u: usize, a: usize, comma: usize) -> bool {
        let t = &self.units[u].toks;
        let x = &t[a];
        let w = &self.text[x.span];
        let next = t.get(a + 1).filter(|y| y.word() && !y.cap);
        // `Hastily blaming`, `Shortly after`; `Facing criticism`, but not a gerund subject
        // with its verb (`Holding rates low has helped`).
        let modifier = w.len() > 4
            && next.is_some_and(|y| {
                if w.ends_with("ly") {
                    y.is(PREP | DET) || self.text[y.span].ends_with("ing")
                } else {
                    (w.ends_with("ing") || w.ends_with("ed"))
                        && !t[a + 1..comma].iter().any(|z| z.is(AUX) && !z.cap)
                }
            });
        x.is(PREP | TIME)
            || modifier
            || self.has(u, a, SUB)
            || self.is_any(u, a, &PARENTHETICAL_OPENERS)
            || self.is_word(u, a, "for")
            || self.is_any(u, a, &LEAD_IN_PREPOSITIONS)
            // `Soon after the vote,`, `Even as talks went on,`: a word before a subordinator
            // (an adverb and the adjunct it modifies).
            || comma > a + 2 && t[a + 1].word() && !t[a + 1].cap && self.has(u, a + 1, SUB)
            // `Minutes later,`, `A year ago,`: a short time phrase.
            || comma - a <= 4 && t[comma - 1].word() && t[comma - 1].is(TIME) && !t[comma - 1].cap
    }

    /// Where the clause that the comma at token `comma` ends begins: after the last `;`, `:`
    /// or dash, or at a joined `and` or `but` (`…, and the venue, her staff said, …`).
    pub(super) fn clause_start(&self, u: usize, comma: usize) -> usize {
        let t = &self.units[u].toks;
        (1..comma)
            .rev()
            .find(|&m| {
                matches!(t[m - 1].kind, Kind::Punct(c) if c == ';' || c == ':' || c == '-' || is_dash(c))
                    || (self.is_word(u, m, "and") || self.is_word(u, m, "but"))
                        && matches!(t[m - 1].kind, Kind::Punct(c) if c == ',' || c == '-' || is_dash(c))
            })
            .unwrap_or(0)
    }

    /// The content piece before a parenthetical source whose comma is token `comma`: from the
    /// sentence start (after an earlier attribution's tokens) to the comma.
    pub(super) fn before_piece(&self, u: usize, comma: usize) -> Option<Span> {
        let t = &self.units[u].toks;
        let mut a = self.clause_start(u, comma);
        while a < comma && (matches!(t[a].kind, Kind::Punct(_)) || t[a].is(CONN) && !t[a].cap) {
            a += 1;
        }
        if comma > 0 && self.is_any(u, comma - 1, &RELATIVE_PRONOUNS) {
            a = comma - 1; // `…, which, Tompkins said, is …`
        }
        let words = t[a..comma].iter().filter(|x| x.word()).count();
        (words >= 1 && t[a..comma].iter().all(|x| x.quote().is_none())).then(|| self.s(u, a, comma))
    }

    /// Whether the words before a source set off by commas, ending at token `comma`, are part
    /// of what is reported (`Put simply, he said, “…”`, `If it passes, she said, “…”`)
    /// rather than the setting of the report: a scene (`In a statement`, `At a rally`), a time
    /// (`When asked …`, `After the vote`, `Now`), a participle (`Holding a book`), a clause with
    /// its own cue (`When Roe said …`) or a name (`Ian Dorsey, the chief executive, said`).
    pub(super) fn reported_lead(&self, u: usize, comma: usize) -> bool {
        let t = &self.units[u].toks;
        let a = self.clause_start(u, comma);
        let Some(first) = (a..comma).find(|&m| t[m].word()) else {
            return false;
        };
        let f = &t[first];
        let ing = |m: usize| {
            t.get(m).is_some_and(|y| {
                let w = &self.text[y.span];
                y.word() && w.len() > 4 && w.ends_with("ing")
            })
        };
        let setting = f.is(PREP)
            && (t.get(first + 1).is_some_and(|y| y.is(DET | MEDIUM | TIME)) || ing(first + 1))
            || self.is_any(u, first, &["asked", "to"])
            || ing(first)
            || (first..comma).any(|m| self.is_any(u, m, &TIME_SUBORDINATORS))
            || t[first..comma]
                .iter()
                .all(|x| !x.word() || x.is(CONN | TIME | PREP | DET) || x.cap)
            || t[first..comma]
                .iter()
                .any(|x| x.cue.is_some_and(|c| c.form == Form::Past));
        !setting
    }

    /// Adds tokens `a..b` to `d` as a content piece, first or last, with the quotations in it.
    pub(super) fn add_piece(&self, u: usize, d: &mut Draft<'h>, a: usize, b: usize, first: bool) {
        let piece = self.s(u, a, b);
        if first {
            d.contents.insert(0, piece);
        } else {
            d.contents.push(piece);
        }
        d.quotes.extend(
            self.units[u].toks[a..b]
                .iter()
                .filter_map(|x| self.quote_index(x)),
        );
    }

    /// Whether token `k` opens a quantity: an amount of money (`$1.89`, `£3bn`) or a number of
    /// points or percent (`2%`, `3 points`, `1.5 to 20`); not a number that opens a clause
    /// (`added 10 people had died`).
    pub(super) fn quantity_at(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        let Some(x) = t.get(k) else {
            return false;
        };
        let w = &self.text[x.span];
        w.starts_with(['$', '£', '€', '¥'])
            || w.starts_with(|c: char| c.is_ascii_digit())
                && (w.ends_with('%')
                    || t.get(k + 1).is_some_and(|y| y.punct('%'))
                    || self.is_any(u, k + 1, &["percent", "points", "point", "to", "per"]))
    }

    /// The `that` opening the clause of a content noun whose next token is `k`: right there
    /// (`expressed doubt that …`) or past discourse asides set off by commas (`expressed
    /// doubt, however, that …`).
    #[inline]
    pub(super) fn that_after_noun(&self, u: usize, k: usize) -> Option<usize> {
        if self.is_word(u, k, "that") {
            return Some(k);
        }
        self.that_after_aside(u, k)
    }

    /// [`Self::that_after_noun`] past an aside: rare, so out of line.
    #[cold]
    #[inline(never)]
    fn that_after_aside(&self, u: usize, k: usize) -> Option<usize> {
        if !self.units[u].toks.get(k).is_some_and(|x| x.punct(',')) {
            return None;
        }
        let e = syntax::skip_forward(&self.sentence(u), k, syntax::Gap::DISCOURSE);
        (e > k && self.is_word(u, e, "that")).then_some(e)
    }

    /// Whether token `k` is a comma, or a quotation with a comma inside its closing marks
    /// (`“New York values,” saying …`).
    pub(super) fn comma_at(&self, u: usize, k: usize) -> bool {
        self.units[u].toks.get(k).is_some_and(|x| {
            x.punct(',')
                || x.quote().is_some()
                    && self.text[x.span]
                        .trim_end_matches(|c: char| is_close_quote(c) || c.is_whitespace())
                        .ends_with(',')
        })
    }

    #[inline(always)]
    pub(super) fn is_word(&self, u: usize, k: usize, w: &str) -> bool {
        self.sentence(u).is_word(k, w)
    }

    /// Whether token `k` is a word with lexicon flag `f` (one of [`SUBORDINATORS`] for `SUB`).
    #[inline(always)]
    pub(super) fn has(&self, u: usize, k: usize, f: u32) -> bool {
        self.sentence(u).has(k, f)
    }

    /// Whether token `k` is one of the words `ws` (as [`Self::is_word`] for each).
    ///
    /// One copy for the readers' hundred call sites, not one inlined at each: the copies
    /// crowded the instruction cache. The test itself is [`Sentence::is_listed`]'s: `ws` are
    /// words of the [`LISTED`] classes.
    #[inline(never)]
    pub(super) fn is_any(&self, u: usize, k: usize, ws: &[&str]) -> bool {
        self.sentence(u).is_listed(k, ws)
    }
}

impl Sentence<'_> {
    /// Whether token `k` is one of the words `ws`, all of the [`LISTED`] classes (as
    /// [`Sentence::is_any`]): a token of none of them (most of those tested) is turned away on
    /// its flags, without reading the list.
    #[inline(always)]
    pub(super) fn is_listed(&self, k: usize, ws: &[&str]) -> bool {
        self.toks.get(k).is_some_and(|x| x.is(LISTED)) && self.is_any(k, ws)
    }
}

#[cfg(test)]
mod read_by_word_tests {
    use super::*;

    /// The readers' source files (`src/attribution`, its folders too) but the tokenizer's,
    /// whose tests read words of every shape.
    fn sources() -> Vec<String> {
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/attribution"
        ))];
        let mut out = Vec::new();
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d)
                .expect("the sources are there")
                .flatten()
            {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("token.rs") {
                    out.push(std::fs::read_to_string(&p).expect("a source file"));
                }
            }
        }
        out
    }

    /// The words between double quotes in `s`.
    fn quoted(s: &str) -> Vec<&str> {
        s.split('"').skip(1).step_by(2).collect()
    }

    /// The `[&str; N]` constants of the sources, by name.
    fn constants(files: &[String]) -> HashMap<&str, Vec<&str>> {
        let mut out = HashMap::new();
        for f in files {
            for (at, _) in f.match_indices("const ") {
                let rest = &f[at + 6..];
                let Some((name, ty)) = rest.split_once(':') else {
                    continue;
                };
                if ty.trim_start().starts_with("[&str;")
                    && let Some((_, list)) = ty.split_once('=')
                    && let Some((list, _)) = list.split_once("];")
                {
                    out.insert(name.trim(), quoted(list));
                }
            }
        }
        out
    }

    /// Whether `w` is of a [`LISTED`] class where the tokenizer reads it, in lower case and
    /// capitalised.
    fn read_by_word(w: &str) -> bool {
        let cap = w[..1].to_uppercase() + &w[1..];
        [w, cap.as_str()].iter().all(|v| {
            let text = format!("Lee said {v} now.");
            let toks = first_unit_toks(&text);
            toks[word_index(&text, &toks, v)].is(LISTED)
        })
    }

    /// Every word of every list the readers test a token against ([`Finder::is_any`],
    /// [`Sentence::is_listed`]) has one of the classes the test turns tokens away by.
    #[test]
    fn every_listed_word_is_read_by_word() {
        let files = sources();
        let consts = constants(&files);
        let mut lists = 0;
        for f in &files {
            for (at, m) in f
                .match_indices("is_any(")
                .chain(f.match_indices("is_listed("))
            {
                // Not the definitions, nor the names in this test's own strings.
                if f[..at].ends_with("fn ") || f[..at].ends_with('"') {
                    continue;
                }
                // The arguments, to the matching parenthesis.
                let args = &f[at + m.len()..];
                let mut depth = 1;
                let end = args
                    .char_indices()
                    .find(|&(_, c)| {
                        depth += i32::from(c == '(') - i32::from(c == ')');
                        depth == 0
                    })
                    .map_or(args.len(), |(i, _)| i);
                let args = args[..end].trim().trim_end_matches(',');
                // The list is the last argument: a literal from its `&[`, else a name.
                let last = match args.rfind("&[") {
                    Some(i) => &args[i..],
                    None => args.rsplit(',').next().unwrap_or(args).trim(),
                };
                let words = if let Some(list) = last.strip_prefix("&[") {
                    quoted(list)
                } else if let Some(c) = last.strip_prefix('&').and_then(|c| c.rsplit("::").next())
                    && let Some(ws) = consts.get(c)
                {
                    ws.clone()
                } else {
                    // A list passed on (`ws`) or one of a reporting noun's (`preps`).
                    assert!(matches!(last, "ws" | "preps"), "an unread list: {last}");
                    continue;
                };
                lists += 1;
                for w in words {
                    assert!(read_by_word(w), "{w} (in {last}) is of no LISTED class");
                }
            }
        }
        assert!(lists > 80, "{lists} lists read");
        for preps in NOUN_PREPS.values() {
            for w in preps {
                assert!(read_by_word(w), "{w} is of no LISTED class");
            }
        }
    }

    /// A word of no list is turned away, whatever list it is tested against.
    #[test]
    fn a_word_of_no_list_is_not_read_by_word() {
        let text = "Lee said the tortoise would nap.";
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let k = word_index(text, &toks, "tortoise");
        let ws = ["tortoise"];
        let listed = |k: usize, ws: &[&str]| s.is_listed(k, ws);
        let any = |k: usize, ws: &[&str]| s.is_any(k, ws);
        assert!(!toks[k].is(LISTED) && !listed(k, &ws) && any(k, &ws));
        let k = word_index(text, &toks, "the");
        assert!(s.is_listed(k, &["a", "the"]) && !s.is_listed(k, &["a", "an"]));
    }
}
