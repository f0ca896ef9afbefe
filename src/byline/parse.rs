//! Reading the segments of a byline: lead-ins, names, outlets, roles, places and dates.

use super::*;

impl<'h> Parse<'h> {
    pub(super) fn s(&self, span: Span) -> &'h str {
        span.get(self.h).unwrap_or("")
    }

    pub(super) fn word(&self, t: &Tok) -> Option<&'h str> {
        (t.kind == Tk::Word).then(|| self.s(t.span))
    }

    pub(super) fn lower(&self, t: &Tok) -> Cow<'h, str> {
        name::lowercase(self.s(t.span).trim_end_matches('.'))
    }

    /// Whether `t`, lower-cased and without a final full stop ([`Self::lower`]), is in `set`:
    /// a short ASCII word is lower-cased on the stack, not into a `String`.
    pub(super) fn lower_in(&self, t: &Tok, set: &FxSet<String>) -> bool {
        with_lower(self.s(t.span).trim_end_matches('.'), |w| set.contains(w))
    }

    /// Whether `t`, lower-cased and without a final full stop, is `lower` (a lower-case word).
    pub(super) fn is_lower(&self, t: &Tok, lower: &str) -> bool {
        let w = self.s(t.span).trim_end_matches('.');
        if w.is_ascii() {
            w.eq_ignore_ascii_case(lower)
        } else {
            w.to_lowercase() == lower
        }
    }

    /// A lead-in at `at`: (tokens used, role).
    pub(super) fn lead_in(&self, toks: &[Tok], at: usize) -> Option<(usize, LeadIn)> {
        // Most lines open with no lead-in word at all.
        let first = toks.get(at)?;
        if first.kind != Tk::Word || !self.lower_in(first, &LEADIN_FIRSTS) {
            return None;
        }
        'outer: for (words, role) in LEADINS.iter() {
            for (i, w) in words.iter().enumerate() {
                let t = toks.get(at + i)?;
                if t.kind != Tk::Word || !self.is_lower(t, w) {
                    continue 'outer;
                }
            }
            let n = words.len();
            // `From`, `Author` and `Byline` need something name-like after them.
            let next = toks.get(at + n);
            let colon = next.is_some_and(|t| t.kind == Tk::Colon);
            let capital = next.is_some_and(|t| {
                self.word(t)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            });
            match words[0].as_str() {
                "author" | "authors" | "byline" if !colon => continue,
                "from" if n == 1 && !capital => continue,
                _ => {}
            }
            let mut n = n;
            if toks.get(at + n).is_some_and(|t| t.kind == Tk::Colon) {
                n += 1;
            }
            return Some((n, *role));
        }
        None
    }

    /// Why the words after a sentence-initial `By` make a sentence, if they do.
    pub(super) fn sentence_after_by(&self, rest: &[Tok]) -> Option<&'static str> {
        let t = rest.first()?;
        match t.kind {
            Tk::Num | Tk::Time => Some("a number follows 'By'"),
            Tk::Word => {
                let w = self.s(t.span);
                if w.starts_with(char::is_lowercase) && !name::is_particle(w) {
                    Some("a lower-case word follows 'By'")
                } else if (OPENERS.contains(&w.trim_end_matches('.').to_lowercase())
                    || w.split_once('-').is_some_and(|(a, b)| {
                        OPENERS.contains(&a.to_lowercase())
                            || crate::lexicon::calendar::month_number(b).is_some()
                    }))
                    && !rest.get(1).is_some_and(|n| {
                        // `By May Bulman` is a name; `By May 2020` is not.
                        self.word(n).is_some_and(|x| {
                            x.starts_with(char::is_uppercase)
                                && crate::lexicon::calendar::month_number(w).is_some()
                                && !OPENERS.contains(&x.to_lowercase())
                        })
                    })
                {
                    Some("a date or time word follows 'By'")
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// A lower-case word that is neither a particle, a role word nor a linking word of bylines.
    pub(super) fn is_sentence_word(&self, span: Span) -> bool {
        let w = self.s(span);
        if !w.starts_with(char::is_lowercase) {
            return false;
        }
        let l = name::lowercase(w.trim_end_matches('.'));
        !(matches!(
            l.as_ref(),
            "and"
                | "with"
                | "in"
                | "of"
                | "for"
                | "at"
                | "to"
                | "by"
                | "from"
                | "am"
                | "pm"
                | "a.m"
                | "p.m"
                | "on"
                | "updated"
                | "published"
                | "posted"
                | "edited"
                | "written"
                | "words"
                | "story"
                | "reporting"
                | "ist"
                | "gmt"
                | "est"
                | "et"
        ) || name::is_particle(&l)
            || ROLES.contains_key(l.as_ref()))
    }

    pub(super) fn is_month(&self, t: &Tok) -> bool {
        self.word(t)
            .is_some_and(|w| crate::lexicon::calendar::month_number(w).is_some())
    }

    /// Where a date starts in `toks`, if the segment carries one.
    pub(super) fn date_start(&self, toks: &[Tok]) -> Option<usize> {
        let dateish = |i: usize| -> bool {
            let t = &toks[i];
            match t.kind {
                Tk::Time => true,
                Tk::Num => {
                    let s = self.s(t.span);
                    s.contains(['/', '.', '-'])
                        || s.len() == 4
                        || (i > 0 && self.is_month(&toks[i - 1]))
                        || toks.get(i + 1).is_some_and(|n| self.is_month(n))
                }
                Tk::Word => {
                    self.is_month(t)
                        && (toks.get(i + 1).is_some_and(|n| n.kind == Tk::Num)
                            || (i > 0 && toks[i - 1].kind == Tk::Num))
                }
                _ => false,
            }
        };
        let first = (0..toks.len()).find(|&i| dateish(i))?;
        // Include a weekday or a day number just before.
        let mut s = first;
        while s > 0
            && (toks[s - 1].kind == Tk::Num
                || toks[s - 1].kind == Tk::Comma
                || self.word(&toks[s - 1]).is_some_and(|w| {
                    OPENERS.contains(&w.trim_end_matches('.').to_lowercase())
                        && w.starts_with(char::is_uppercase)
                        && crate::lexicon::calendar::month_number(w).is_none()
                        && w.len() > 3
                }))
        {
            s -= 1;
        }
        while s < first && toks[s].kind == Tk::Comma {
            s += 1;
        }
        Some(s)
    }

    /// Reads one segment; returns whether the next segment is a date (a label stood alone).
    pub(super) fn segment(&mut self, seg: &Seg, pending_date: bool) -> bool {
        let mut toks: Vec<Tok> = Vec::with_capacity(seg.toks.len());
        for t in &seg.toks {
            match t.kind {
                Tk::Email => self.b.contacts.push(Contact {
                    text: Snippet::at(self.h, t.span),
                    kind: ContactKind::Email,
                }),
                Tk::Handle => self.b.contacts.push(Contact {
                    text: Snippet::at(self.h, t.span),
                    kind: ContactKind::Handle,
                }),
                _ => toks.push(*t),
            }
        }
        if toks.is_empty() {
            return pending_date;
        }
        // `Updated: …`, `PUBLISHED:`, `Filed: …`.
        let mut i = 0;
        while toks.get(i).is_some_and(|t| {
            self.word(t)
                .is_some_and(|w| DATE_LABELS.contains(&w.to_lowercase().as_str()))
        }) {
            i += 1;
        }
        let labelled = i > 0
            && toks.get(i).is_some_and(|t| t.kind == Tk::Colon)
            && self
                .word(&toks[0])
                .is_some_and(|w| w.to_lowercase() != "on");
        if labelled {
            let rest = &toks[i + 1..];
            if rest.is_empty() {
                return true;
            }
            self.set_date(rest);
            return false;
        }
        if let Some(d) = self.date_start(&toks) {
            self.set_date(&toks[d..]);
            toks.truncate(d);
            // `at`/`on` before the date belongs to it.
            while toks.last().is_some_and(|t| {
                matches!(t.kind, Tk::Comma | Tk::Colon)
                    || self
                        .word(t)
                        .is_some_and(|w| matches!(w, "on" | "at" | "Updated"))
            }) {
                toks.pop();
            }
            if toks.is_empty() {
                return false;
            }
        } else if pending_date && toks.iter().any(|t| matches!(t.kind, Tk::Num | Tk::Time)) {
            self.set_date(&toks);
            return false;
        }
        // A contributor lead-in (`Edited by …`).
        if let Some((n, role)) = self.lead_in(&toks, 0) {
            let rest = &toks[n..];
            if let LeadIn::Contributor(role) = role {
                for part in self.split_parts(rest) {
                    if let Some(person) = self.person(part) {
                        self.b.contributors.push(Contributor { person, role });
                    }
                }
            } else {
                self.people(rest, seg);
            }
            return false;
        }
        self.people(&toks, seg);
        false
    }

    pub(super) fn set_date(&mut self, toks: &[Tok]) {
        let toks: Vec<&Tok> = toks
            .iter()
            .filter(|t| !matches!(t.kind, Tk::Strong | Tk::Dash))
            .collect();
        if self.b.date.is_none()
            && let (Some(a), Some(z)) = (toks.first(), toks.last())
        {
            self.b.date = Some(Snippet::at(self.h, a.span.cover(z.span)));
        }
    }

    /// Splits a segment at commas, `and`, `&` and `with`.
    pub(super) fn split_parts<'t>(&self, toks: &'t [Tok]) -> Vec<&'t [Tok]> {
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            let joiner = match t.kind {
                Tk::Comma | Tk::Amp | Tk::Colon => true,
                Tk::Word => matches!(
                    self.s(t.span),
                    "and" | "AND" | "And" | "with" | "WITH" | "und"
                ),
                _ => false,
            };
            if joiner {
                if i > start {
                    parts.push(&toks[start..i]);
                }
                start = i + 1;
            }
        }
        if start < toks.len() {
            parts.push(&toks[start..]);
        }
        parts
    }

    /// A comma-separated list of authors, outlets and roles.
    pub(super) fn people(&mut self, toks: &[Tok], seg: &Seg) {
        let words = |ts: &[Tok]| ts.iter().filter(|t| t.kind == Tk::Word).count();
        // `Jong, Michiel de`: an inverted name.
        let commas: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Tk::Comma)
            .map(|(i, _)| i)
            .collect();
        if let [c] = commas[..] {
            let (l, r) = (&toks[..c], &toks[c + 1..]);
            if l.len() == 1
                && words(l) == 1
                && (1..=3).contains(&words(r))
                && r.iter().all(|t| t.kind == Tk::Word)
                && self.outlet_like(r).is_none()
                && self.outlet_like(l).is_none()
                && self.role_word(&l[0]).is_none()
                && !r
                    .iter()
                    .any(|t| self.role_word(t).is_some() || name::is_credential(self.s(t.span)))
                && !r.iter().any(|t| self.s(t.span) == "and")
                && self.place(r).is_none()
            {
                // The display form puts the name in reading order (`Michiel de Jong`).
                let span = toks[0].span.cover(toks[toks.len() - 1].span);
                if let Some(person) = name::person_at(self.h, span) {
                    self.b.authors.push(person);
                    return;
                }
            }
        }
        let had_author = !self.b.authors.is_empty();
        let mut after_role = false;
        for part in self.split_parts(toks) {
            // `Correspondent, Bogura`: one word after a desk role is where the desk sits.
            if after_role
                && part.len() == 1
                && self.b.authors.is_empty()
                && self
                    .word(&part[0])
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && self.role_word(&part[0]).is_none()
                && self.outlet_like(part).is_none()
            {
                self.b
                    .locations
                    .push(Snippet::at(self.h, self.clean_span(part)));
                continue;
            }
            let roles = self.b.roles.len();
            let authors = self.b.authors.len();
            self.part(part, seg, had_author);
            after_role = self.b.roles.len() > roles && self.b.authors.len() == authors;
        }
    }

    pub(super) fn span_of(toks: &[Tok]) -> Span {
        toks[0].span.cover(toks[toks.len() - 1].span)
    }

    pub(super) fn role_word(&self, t: &Tok) -> Option<&'static [RoleWord]> {
        let w = self.word(t)?;
        let roles: &'static FxMap<String, Vec<RoleWord>> = &ROLES;
        // `Editor-at-large`, `Editor-in-chief`: the head before the hyphen.
        with_lower(w.trim_end_matches('.'), |key| {
            roles
                .get(key)
                .or_else(|| key.split_once('-').and_then(|(h, _)| roles.get(h)))
                .map(Vec::as_slice)
        })
    }

    /// The span of `toks` without a sentence's final full stop.
    pub(super) fn clean_span(&self, toks: &[Tok]) -> Span {
        let mut span = Self::span_of(toks);
        let s = self.s(span);
        if s.ends_with('.') {
            let last = self.s(toks[toks.len() - 1].span);
            let bare = last.trim_end_matches('.');
            let abbrev = bare.chars().count() <= 3 || bare.contains('.');
            if !abbrev {
                span.end -= 1;
            }
        }
        span
    }

    /// Whether `toks` name an outlet: the registry, the outlet lexicon, a web domain, a name
    /// starting with `The`, ending in an outlet word (`News`, `Journal`), or a short acronym.
    pub(super) fn outlet_like(&self, toks: &[Tok]) -> Option<Outlet<'h>> {
        if toks.is_empty() {
            return None;
        }
        let mut span = self.clean_span(toks);
        let text = self.s(span);
        if let Some(a) = Agency::lookup(text) {
            return Some(self.outlet(span, Some(a)));
        }
        // `AP.`: a wire's abbreviation with the line's full stop.
        if let Some(bare) = text.strip_suffix('.')
            && let Some(a) = Agency::lookup(bare)
        {
            span.end -= 1;
            return Some(self.outlet(span, Some(a)));
        }
        let text = self.s(span);
        let lower = name::lowercase(text);
        let bare = lower.strip_prefix("the ").unwrap_or(&lower);
        let written_as_name = text.chars().any(char::is_uppercase);
        if written_as_name
            && (OUTLETS.names.contains(lower.as_ref()) || OUTLETS.names.contains(bare))
        {
            return Some(self.outlet(span, None));
        }
        if !toks
            .iter()
            .all(|t| matches!(t.kind, Tk::Word | Tk::Domain | Tk::Num))
            || toks.iter().any(|t| {
                self.role_word(t)
                    .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
            })
        {
            return None;
        }
        if toks.len() <= 2 && toks.last().is_some_and(|t| t.kind == Tk::Domain) {
            return Some(self.outlet(span, None));
        }
        let words: Vec<&str> = toks.iter().map(|t| self.s(t.span)).collect();
        if !words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "of" | "for" | "and" | "the" | "on")
        }) {
            return None;
        }
        let last = name::lowercase(words[words.len() - 1].trim_end_matches('.'));
        if (words.len() >= 2 && words[0] == "The")
            || (words.len() >= 2 && OUTLETS.words.contains(last.as_ref()))
            || words.iter().any(|w| {
                let w = name::lowercase(w);
                w.len() > 4 && w.starts_with("news") || w.ends_with("news")
            })
        {
            return Some(self.outlet(span, None));
        }
        if words.len() == 1 && is_camel_outlet(words[0]) {
            return Some(self.outlet(span, None));
        }
        if let [w] = words[..] {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if (2..=5).contains(&letters)
                && !name::is_suffix(w)
                && !w.chars().any(char::is_lowercase)
                && w.chars().all(|c| c.is_alphanumeric())
            {
                return Some(self.outlet(span, None));
            }
        }
        None
    }

    /// Whether `span` is written like a name: capitalised words, with `of`, `for`, `and`, `the`
    /// between them.
    pub(super) fn capitalised(&self, span: Span) -> bool {
        self.s(span).split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '&')
                || matches!(w, "of" | "for" | "and" | "the" | "on" | "de")
        })
    }

    pub(super) fn outlet(&self, span: Span, agency: Option<Agency>) -> Outlet<'h> {
        Outlet {
            name: Snippet::at(self.h, span),
            agency: agency.or_else(|| Agency::lookup(self.s(span))),
        }
    }

    pub(super) fn person(&self, toks: &[Tok]) -> Option<Person<'h>> {
        // Digits glued to a name (`John Doe123`) are dropped; a number standing apart is not
        // part of any name.
        let mut toks: Vec<Tok> = toks
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                !(t.kind == Tk::Num && *i > 0 && toks[*i - 1].span.end == t.span.start)
            })
            .map(|(_, t)| *t)
            .collect();
        // A number after the name (`Steve Steve 123`) is not part of it either.
        while toks.len() > 1 && toks.last().is_some_and(|t| t.kind == Tk::Num) {
            toks.pop();
        }
        if toks.is_empty()
            || !toks.iter().all(|t| matches!(t.kind, Tk::Word | Tk::Nick))
            || toks.iter().all(|t| t.kind == Tk::Nick)
        {
            return None;
        }
        name::person_at(self.h, self.clean_span(&toks))
    }

    pub(super) fn place(&self, toks: &[Tok]) -> Option<Span> {
        if toks.is_empty() || !toks.iter().all(|t| matches!(t.kind, Tk::Word | Tk::Comma)) {
            return None;
        }
        let span = self.clean_span(toks);
        crate::lexicon::places::is_known_place(self.s(span)).then_some(span)
    }

    /// `CBS News Political Director`, `NBC Senior White House Correspondent`, `Telegraph
    /// Reporters`, `Forbes Staff`, `Wired magazine`: an outlet by its position, before its role
    /// or desk words. The outlet is one the registry or lexicon knows or shaped like one (an
    /// acronym, `… News`), or a single capitalised word before a plural or desk word.
    pub(super) fn outlet_then_role(&mut self, toks: &[Tok]) -> bool {
        let n = toks.len();
        if !(2..=MAX_PART).contains(&n) || !toks.iter().all(|t| t.kind == Tk::Word) {
            return false;
        }
        let last = self.s(toks[n - 1].span);
        if last == "magazine" && n <= 4 {
            let span = self.clean_span(toks);
            if self.capitalised(self.clean_span(&toks[..n - 1])) {
                self.push_outlet(self.outlet(span, None));
                return true;
            }
            return false;
        }
        // Desk words (`HT News Desk`, `Prothom Alo Desk`) are read with the desks below; a
        // registry name (`Reuters staff`) is read whole.
        if Agency::lookup(self.s(self.clean_span(toks))).is_some()
            || self
                .role_word(&toks[n - 1])
                .is_some_and(|k| k.contains(&RoleWord::Desk))
        {
            return false;
        }
        // The longest outlet before role words only (`CBS News | Political Director`); a role
        // word inside the outlet must be an outlet word (`News`).
        let outlet_word = |t: &Tok| OUTLETS.words.contains(self.lower(t).as_ref());
        let Some(k) = (1..n).rev().find(|&k| {
            toks[k..].iter().all(|t| self.role_word(t).is_some())
                && toks[..k]
                    .iter()
                    .all(|t| self.role_word(t).is_none() || outlet_word(t))
                && (k == 1 || self.outlet_like(&toks[..k]).is_some())
        }) else {
            return false;
        };
        let (prefix, rest) = (&toks[..k], &toks[k..]);
        if !self.capitalised(Self::span_of(prefix))
            || (k == 1 && self.role_word(&prefix[0]).is_some())
        {
            return false;
        }
        let last_l = self.lower(&toks[n - 1]);
        let desk = self
            .role_word(&toks[n - 1])
            .is_some_and(|k| k.contains(&RoleWord::Desk))
            || matches!(
                last_l.as_ref(),
                "staff" | "reporters" | "writers" | "editorial"
            );
        let head = self
            .role_word(&toks[n - 1])
            .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk));
        // A bare head after an acronym (`DU Correspondent`) is a role of its own.
        if !head || (rest.len() < 2 && !desk) {
            return false;
        }
        let outlet = self.outlet_like(prefix).or_else(|| {
            let w = self.s(prefix[0].span);
            (prefix.len() == 1 && desk && !name::is_given_name(w) && !name::is_stopword(w))
                .then(|| self.outlet(self.clean_span(prefix), None))
        });
        let Some(o) = outlet else {
            return false;
        };
        self.push_outlet(o);
        self.b
            .roles
            .push(Snippet::at(self.h, self.clean_span(rest)));
        true
    }

    pub(super) fn push_outlet(&mut self, o: Outlet<'h>) {
        if !self
            .b
            .outlets
            .iter()
            .any(|x| x.name.span() == o.name.span())
        {
            self.b.outlets.push(o);
        }
    }

    /// Reads one part of a segment (between commas and `and`s).
    pub(super) fn part(&mut self, toks: &[Tok], seg: &Seg, had_author: bool) {
        let mut toks = toks;
        while toks
            .first()
            .is_some_and(|t| matches!(t.kind, Tk::Poss | Tk::Colon | Tk::Comma))
        {
            toks = &toks[1..];
        }
        if toks.is_empty() || toks.iter().all(|t| matches!(t.kind, Tk::Num | Tk::Time)) {
            return;
        }
        if toks.len() == 1 && name::is_credential(self.s(toks[0].span)) {
            return;
        }
        // `Metro News Service New Delhi`: an outlet followed by a place.
        for k in 1..toks.len().min(MAX_PART) {
            if let Some(span) = self.place(&toks[k..])
                && let Some(o) = self.outlet_like(&toks[..k])
            {
                self.push_outlet(o);
                self.b.locations.push(Snippet::at(self.h, span));
                return;
            }
        }
        // `The Metro Tribune Metro News Service`: a paper and its news service.
        let n = toks.len();
        if n >= 5
            && self.word(&toks[0]) == Some("The")
            && toks.iter().all(|t| t.kind == Tk::Word)
            && self.s(toks[n - 2].span) == "News"
            && matches!(self.s(toks[n - 1].span), "Service" | "Network" | "Agency")
            && Agency::lookup(self.s(Self::span_of(toks))).is_none()
        {
            let paper = self.clean_span(&toks[..n - 3]);
            self.push_outlet(self.outlet(paper, None));
            let service = self.clean_span(&toks[n - 3..]);
            self.push_outlet(self.outlet(service, None));
            return;
        }
        // `Rebecca Shabad CBS News`: a name run into its outlet.
        let shouted = !self.s(Self::span_of(toks)).chars().any(char::is_lowercase);
        if (3..=MAX_PART).contains(&toks.len())
            && !shouted
            && toks.iter().all(|t| t.kind == Tk::Word)
        {
            for k in 2..toks.len() {
                let (name_part, outlet_part) = (&toks[..k], &toks[k..]);
                if let Some(o) = self.outlet_like(outlet_part)
                    && self.role_word(&outlet_part[0]).is_none()
                    && self.s(outlet_part[0].span).starts_with(char::is_uppercase)
                    && !name_part.iter().any(|t| self.role_word(t).is_some())
                    && let Some(person) = self.person(name_part)
                    && !name_part
                        .iter()
                        .any(|t| OUTLETS.words.contains(self.lower(t).as_ref()))
                {
                    self.b.authors.push(person);
                    self.push_outlet(o);
                    return;
                }
            }
        }
        if self.outlet_then_role(toks) {
            return;
        }
        // `Callum Reid, BBC Scotland`, `Lydia Park, CNN Business`: after a name, a known
        // outlet's name with a capitalised word or two after it is that outlet's edition.
        if (had_author || !self.b.authors.is_empty())
            && (2..=3).contains(&toks.len())
            && toks.iter().all(|t| t.kind == Tk::Word)
            && self.capitalised(Self::span_of(toks))
            && self.outlet_like(&toks[..1]).is_some_and(|o| {
                o.agency.is_some()
                    || OUTLETS
                        .names
                        .contains(name::lowercase(o.name.as_str()).as_ref())
            })
            && !toks[1..].iter().any(|t| {
                self.role_word(t)
                    .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
            })
        {
            let span = self.clean_span(toks);
            self.push_outlet(self.outlet(span, None));
            return;
        }
        if let Some(o) = self.outlet_like(toks) {
            self.push_outlet(o);
            return;
        }
        // `Channel NewsAsia's Malaysia Correspondent Melissa Tan`.
        if let Some(i) = toks.iter().position(|t| t.kind == Tk::Poss)
            && i > 0
        {
            let outlet = &toks[..i];
            let span = self.clean_span(outlet);
            if !self.capitalised(span) {
                return;
            }
            let agency = Agency::lookup(self.s(span));
            self.push_outlet(self.outlet(span, agency));
            self.role_then_person(&toks[i + 1..]);
            return;
        }
        // `Andrew Balls in Washington`, `Jane Doe for MailOnline`, `Staff writer of The Monitor`.
        if let Some(i) = toks.iter().position(|t| {
            self.word(t).is_some_and(|w| {
                matches!(
                    w,
                    "in" | "of" | "for" | "at" | "to" | "from" | "In" | "For" | "At" | "From"
                )
            })
        }) && i > 0
            && i + 1 < toks.len()
            && matches!(toks[i + 1].kind, Tk::Word | Tk::Domain)
            && self
                .s(toks[i + 1].span)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            let (mut left, right) = (&toks[..i], &toks[i + 1..]);
            // `Josh Fenwick writing at Mediaite`.
            if left.len() > 1
                && self.word(&left[left.len() - 1]).is_some_and(|w| {
                    matches!(w, "writing" | "reporting" | "writes" | "reports" | "wrote")
                })
            {
                left = &left[..left.len() - 1];
            }
            if self.s(toks[i].span).eq_ignore_ascii_case("in") {
                self.b
                    .locations
                    .push(Snippet::at(self.h, self.clean_span(right)));
            } else if let Some(o) = self.outlet_like(right) {
                self.push_outlet(o);
            } else {
                // `John Doe of John Doe` names no outlet; `Correspondent of The Monitor` does.
                let span = self.clean_span(right);
                let of = self.s(toks[i].span).eq_ignore_ascii_case("of");
                if self.capitalised(span) && !(of && self.person(right).is_some()) {
                    self.push_outlet(self.outlet(span, None));
                }
            }
            if self.s(toks[i].span) == "to"
                && self
                    .word(&left[left.len() - 1])
                    .is_some_and(|w| w.eq_ignore_ascii_case("special"))
            {
                self.b.roles.push(Snippet::at(
                    self.h,
                    Self::span_of(&toks[left.len() - 1..=i]),
                ));
                if left.len() > 1 {
                    self.part(&left[..left.len() - 1], seg, had_author);
                }
                return;
            }
            self.part(left, seg, had_author);
            return;
        }
        if let Some(span) = self.place(toks) {
            self.b.locations.push(Snippet::at(self.h, span));
            return;
        }
        if toks.iter().any(|t| {
            self.role_word(t)
                .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
        }) {
            self.roles_in(toks);
            return;
        }
        if let Some(p) = self.person(toks) {
            // After a dash, an unknown word or two is a site name, not a second author.
            if !(seg.after_dash && had_author) {
                self.b.authors.push(p);
            }
        }
    }

    /// `Malaysia Correspondent Melissa Tan`: a role (everything up to its head) and a person.
    pub(super) fn role_then_person(&mut self, toks: &[Tok]) {
        let head = toks.iter().rposition(|t| {
            self.role_word(t)
                .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
        });
        match head {
            Some(h) => {
                self.b
                    .roles
                    .push(Snippet::at(self.h, self.clean_span(&toks[..=h])));
                if let Some(p) = self.person(&toks[h + 1..]) {
                    self.b.authors.push(p);
                }
            }
            None => {
                if let Some(p) = self.person(toks) {
                    self.b.authors.push(p);
                }
            }
        }
    }

    /// A part holding a role word: `[outlet] [person] [modifiers] HEAD [heads…] [person]`.
    pub(super) fn roles_in(&mut self, toks: &[Tok]) {
        let is = |p: &Self, t: &Tok, k: RoleWord| p.role_word(t).is_some_and(|v| v.contains(&k));
        let Some(h) = toks
            .iter()
            .position(|t| is(self, t, RoleWord::Head) || is(self, t, RoleWord::Desk))
        else {
            return;
        };
        let desk = is(self, &toks[h], RoleWord::Desk);
        let mut end = h;
        while end + 1 < toks.len()
            && (is(self, &toks[end + 1], RoleWord::Head)
                || is(self, &toks[end + 1], RoleWord::Desk)
                || is(self, &toks[end + 1], RoleWord::Modifier)
                || self.word(&toks[end + 1]).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(w, "of" | "for" | "at" | "to" | "in")
                }))
        {
            end += 1;
        }
        let pre = &toks[..h];
        let post = &toks[end + 1..];
        // Peel role modifiers off the right of what precedes the head.
        let mut rs = pre.len();
        // A known outlet at the front (`CNN Belief Blog Editor`, `Mail Online Reporter`).
        let mut known = 0;
        for k in (1..=pre.len().min(MAX_PART)).rev().filter(|_| !desk) {
            let span = self.clean_span(&pre[..k]);
            let text = self.s(span);
            let lower = text.to_lowercase();
            if Agency::lookup(text).is_some()
                || OUTLETS.names.contains(&lower)
                || OUTLETS
                    .names
                    .contains(lower.strip_prefix("the ").unwrap_or(&lower))
                || pre[k - 1].kind == Tk::Domain
            {
                self.push_outlet(self.outlet(span, None));
                known = k;
                break;
            }
        }
        while rs > known && is(self, &pre[rs - 1], RoleWord::Modifier) {
            rs -= 1;
        }
        let mut rest = &pre[known..rs];
        let mut role_start = rs;
        if known > 0 {
            // The outlet is read; what lies between it and the role is a person or the role.
        } else if desk {
            let lone_the = rest.len() == 1 && self.lower(&rest[0]) == "the";
            if !rest.is_empty() && !lone_the {
                let span = self.clean_span(rest);
                if self.capitalised(span) {
                    let agency = Agency::lookup(self.s(span));
                    self.push_outlet(self.outlet(span, agency));
                }
            }
        } else {
            // An outlet-like name at the front (`Daily Planet Reporter`).
            let mut k = rest.len().min(MAX_PART);
            while k >= 2 {
                if let Some(o) = self.outlet_like(&rest[..k]) {
                    self.push_outlet(o);
                    break;
                }
                k -= 1;
            }
            if k < 2 {
                k = 0;
            }
            rest = &rest[k..];
        }
        if !desk {
            let words = rest.iter().filter(|t| t.kind == Tk::Word).count();
            // `Senior Washington Correspondent`: a phrase opening with a role word is all role.
            if words >= 2
                && known == 0
                && self.role_word(&rest[0]).is_none()
                && let Some(p) = self.person(rest)
            {
                self.b.authors.push(p);
                rest = &[];
            }
            // Anything left (`DU`, `Economics`, `Malaysia`) qualifies the role.
            role_start = rs - rest.len();
        }
        let role = &toks[role_start..=end];
        self.b
            .roles
            .push(Snippet::at(self.h, self.clean_span(role)));
        if !post.is_empty() {
            if let Some(i) = post.first().and_then(|t| self.word(t))
                && matches!(i, "of" | "for" | "at" | "with")
                && post.len() > 1
            {
                let right = &post[1..];
                match self.outlet_like(right) {
                    Some(o) => self.push_outlet(o),
                    None => {
                        let span = self.clean_span(right);
                        if self.capitalised(span) {
                            self.push_outlet(self.outlet(span, None));
                        }
                    }
                }
            } else if let Some(p) = self.person(post) {
                self.b.authors.push(p);
            } else if let Some(o) = self.outlet_like(post) {
                self.push_outlet(o);
            }
        }
    }
}
