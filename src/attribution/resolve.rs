//! Resolution: a source noun phrase as a mention, and titled names.

use super::*;
use crate::entity::At;

/// How many recent name words a lone capitalised word is compared with (at most twice as many
/// are kept).
const NAME_WORDS: usize = 48;

/// Word classes that are no part of a name found by capitalisation ([`Finder::names`]).
const NOT_NAME: u32 = TITLE | DET | STOP | TIME | PRONOUN | ROLE | UNNAMED | PREP | CONN | SUB;

/// Document nouns that name what a person or body wrote or keeps, beside the lexicon's evidence
/// and medium nouns: the author or keeper is the source (`according to Halloran’s book`, `the
/// agency’s public database`).
const AUTHORED: [&str; 6] = ["book", "books", "paper", "papers", "database", "databases"];

/// Participles that make the name after `by` a document's author (`a report released by`).
const AUTHORING: [&str; 9] = [
    "released",
    "published",
    "written",
    "prepared",
    "conducted",
    "issued",
    "produced",
    "commissioned",
    "filed",
];

/// Whether a title word is an honorific (`Mr`, `Mrs.`, `Ms`, `Dr`, `Miss`): a title that
/// names no role.
fn is_honorific(w: &str) -> bool {
    matches!(
        w.strip_suffix('.').unwrap_or(w),
        "Mr" | "Mrs" | "Ms" | "Dr" | "Miss" | "Mme" | "Mlle" | "Sir" | "Dame"
    )
}

/// Whether a word has a lower-case letter after its first character (`Corrigan`, not `US` or
/// `NATO`). A non-ASCII letter counts as lower case unless it is an upper-case one.
#[inline]
fn has_lowercase(w: &str) -> bool {
    let b = w.as_bytes();
    if b.get(1).is_some_and(u8::is_ascii_lowercase) || b[1..].iter().any(u8::is_ascii_lowercase) {
        return true;
    }
    b[1..].iter().any(|&c| c >= 0x80) && w.chars().skip(1).any(char::is_lowercase)
}

/// How far on either side of a word [`written_lower`] looks for it in lower case: a news
/// article, whole; a long body, a bounded stretch, so that each look costs the same however
/// long the body (a scan of the whole text per mention made parsing quadratic).
const LOWER_WINDOW: usize = 1 << 15;

/// Whether `text` writes the capitalised word `w` (at byte `at`) in lower case within
/// [`LOWER_WINDOW`] bytes of it (`black` for `Black`), as a whole word: then it is a common
/// word, not only a name.
fn written_lower(text: &str, w: &str, at: usize) -> bool {
    let mut lower = [0u8; 32];
    let b = w.as_bytes();
    if b.len() > lower.len() || !b[0].is_ascii_uppercase() {
        return false;
    }
    lower[..b.len()].copy_from_slice(b);
    lower[0] = lower[0].to_ascii_lowercase();
    let hay = text.as_bytes();
    let from = at.saturating_sub(LOWER_WINDOW);
    let to = at.saturating_add(LOWER_WINDOW).min(hay.len());
    let boundary = |p: usize| hay.get(p).is_none_or(|c| !c.is_ascii_alphanumeric());
    memchr::memmem::find_iter(hay.get(from..to).unwrap_or_default(), &lower[..b.len()])
        .map(|p| from + p)
        .any(|p| (p == 0 || boundary(p - 1)) && boundary(p + b.len()))
}

/// Whether a source mention stands for someone other than the names inside it (`the
/// spokesman`, `officials`, `X and her aides`): those names are mentions of their own.
fn names_another(how: &Mention<'_>) -> bool {
    matches!(
        how,
        Mention::Role(_)
            | Mention::Unnamed(_)
            | Mention::OrgRef(_)
            | Mention::Other
            | Mention::Document { author: None, .. }
    )
}

impl<'h> Finder<'_, 'h> {
    pub(super) fn mention_of(&self, u: usize, np: Np) -> Mention<'h> {
        let t = &self.units[u].toks;
        let head = &t[np.head_end - 1];
        if np.head_end - np.head_start == 1 && head.is(PRONOUN) {
            let g = if head.is(MALE) {
                Some(Gender::Male)
            } else if head.is(FEMALE) {
                Some(Gender::Female)
            } else {
                None
            };
            return Mention::Pronoun(g);
        }
        if let Some(m) = self.document(u, np) {
            return m;
        }
        let mut common =
            np.head_end - np.head_start == 1 && head.is(ROLE | ORG | UNNAMED | EVIDENCE | DET);
        // `the Liberals`, `the Democrats`: a party by the plural of its members' word,
        // capitalised after `the`, is named.
        if common
            && head.cap
            && np.end - np.start == 2
            && np.head_start == np.start + 1
            && self.is_word(u, np.start, "the")
            && head.is(UNNAMED | ROLE)
            && self.text[head.span].ends_with('s')
        {
            common = false;
        }
        // `owners Ivo Brandt and Lena Marsh`: people named together.
        if np.end - np.start >= 4
            && let Some(j) = (np.start + 1..np.end - 1).find(|&j| self.is_word(u, j, "and"))
        {
            let name = |x: &Tok| x.word() && x.cap && !x.is(TITLE | DET | STOP | ROLE | ORG);
            let mut b = j + 1;
            while b < np.end && name(&t[b]) {
                b += 1;
            }
            // No longer before `and` than after it: a capitalised word that opens the sentence
            // (`Owners Ana Ruiz and Mei Lin`) is not a name.
            let mut a = j;
            while a > np.start && name(&t[a - 1]) && j - a < b - j - 1 {
                a -= 1;
            }
            if a < j && b == np.end && b - a >= 4 {
                return Mention::Group(self.snip(self.s(u, a, b)));
            }
        }
        // A person named before the organisation they speak for is the source, not the
        // organisation (`Tom Guerin with the health authority`, `Ana Ruiz of Shell`, `the
        // director of operations for KTS, Joel Fraine`).
        if let Some((a, b)) = self.person_in(u, np) {
            return Mention::Name {
                name: self.snip(self.s(u, a, b)),
                title: None,
                description: None,
            };
        }
        // `the attorney general of Oklahoma`: the name is the role's complement, not the source.
        if np.head_start > np.start + 1 && self.is_word(u, np.head_start - 1, "of") {
            let role = &t[np.head_start - 2];
            if role.cap {
                // `Ministry of Defence`, `Bank of America`: one name.
                let mut a = np.head_start - 2;
                while a > np.start && t[a - 1].cap && t[a - 1].word() && !t[a - 1].is(DET) {
                    a -= 1;
                }
                // `the former clerk of the Legislative Assembly`: a role of the named body, not
                // the body.
                if let Some(m) = self.role_of_body(u, np.start, a) {
                    return m;
                }
                return Mention::Name {
                    name: self.snip(self.s(u, a, np.head_end)),
                    title: None,
                    description: None,
                };
            }
            return if role.is(ROLE | TITLE) {
                Mention::Role(self.snip(role.span).as_str())
            } else {
                Mention::Other
            };
        }
        // `the retired chief executive of the Dental Council`: a role of the named
        // body, not the body.
        if head.cap
            && let Some(m) = self.role_of_body(u, np.start, np.head_start)
        {
            return m;
        }
        if head.cap
            && !common
            && let Some(m) = self.name_before_time(u, np)
        {
            return m;
        }
        if head.cap && !common {
            // `Arsenal's Sol Campbell`, `(On) Monday Tony Blair`: an owner or a day before the
            // name is not part of it.
            let mut hs = np.head_start;
            // After the last owner (`Fox TV's Bill O'Reilly`).
            if let Some(o) = (np.head_start..np.head_end - 1).rev().find(|&m| {
                let w = &self.text[t[m].span];
                crate::util::is_possessive(w)
            }) {
                hs = o + 1;
            }
            while hs + 1 < np.head_end && t[hs].is(TIME) {
                hs += 1;
            }
            let name = self.snip(self.s(u, hs, np.head_end));
            let pre = (np.start < hs).then(|| self.snip(self.s(u, np.start, hs)));
            let (title, description) = match pre {
                Some(p) if t[np.start..hs].iter().any(|x| x.is(TITLE)) => (Some(p), None),
                Some(p) if t[np.start..hs].iter().any(|x| !x.is(DET | TIME)) => (None, Some(p)),
                Some(_) => (None, None),
                None => (None, None),
            };
            return Mention::Name {
                name,
                title,
                description,
            };
        }
        if head.is(ROLE) && !head.is(UNNAMED) {
            let head = self.snip(head.span).as_str();
            // `a former senior executive`: someone new, not a titled person seen before.
            if self.is_any(u, np.start, &["a", "an", "another", "one", "some", "any"]) {
                return Mention::Unnamed(head);
            }
            return Mention::Role(head);
        }
        // `the ministry`, `the company`: an organisation by its kind.
        if head.is(ORG) && !head.cap && np.end - np.start <= 3 && self.is_word(u, np.start, "the") {
            return Mention::OrgRef(self.snip(head.span).as_str());
        }
        Mention::Other
    }

    /// `Harbour Workers Local 41 late Friday`: a weekday or other time word as the head, after
    /// `late` or `early` and a name (capitalised words and numerals), is no part of the name,
    /// which ends before the time phrase. `None` unless the head is such a time word.
    #[cold]
    #[inline(never)]
    fn name_before_time(&self, u: usize, np: Np) -> Option<Mention<'h>> {
        let t = &self.units[u].toks;
        if np.head_end - np.head_start != 1 || !t[np.head_start].is(TIME) {
            return None;
        }
        let e = np.head_start.checked_sub(1)?;
        if e <= np.start || !self.is_any(u, e, &["late", "early"]) {
            return None;
        }
        let text = self.text;
        let part = |x: &Tok| {
            x.word()
                && !x.is(DET | TIME | PRONOUN)
                && (x.cap || text[x.span].bytes().all(|b| b.is_ascii_digit()))
        };
        let mut a = e;
        while a > np.start && part(&t[a - 1]) {
            a -= 1;
        }
        if a == e || !t[a].cap {
            return None;
        }
        let pre = (np.start < a).then(|| self.snip(self.s(u, np.start, a)));
        let (title, description) = match pre {
            Some(p) if t[np.start..a].iter().any(|x| x.is(TITLE)) => (Some(p), None),
            Some(p) if t[np.start..a].iter().any(|x| !x.is(DET | TIME)) => (None, Some(p)),
            _ => (None, None),
        };
        Some(Mention::Name {
            name: self.snip(self.s(u, a, e)),
            title,
            description,
        })
    }

    /// A document as a source (`the report`, `Halloran’s book`, `a study released Tuesday by
    /// Youth Works`): its author where the noun phrase names one, as an owner (`Halloran’s
    /// book`), a name before the noun (`the Youth Works study`) or a `by` after it in its
    /// clause; `None` when the head is no document noun.
    fn document(&self, u: usize, np: Np) -> Option<Mention<'h>> {
        let t = &self.units[u].toks;
        let doc =
            |k: usize| !t[k].cap && (t[k].is(EVIDENCE | MEDIUM) || self.is_any(u, k, &AUTHORED));
        // The document noun: the head, or a noun with `by`/`from` and its author after it
        // (`a study released Tuesday by Youth Works`).
        let h = if doc(np.head_end - 1) {
            np.head_end - 1
        } else {
            let d = (np.start..np.head_end).find(|&k| doc(k))?;
            (d + 1..np.end)
                .any(|k| self.is_any(u, k, &["by", "from"]))
                .then_some(d)?
        };
        let head = &t[h];
        let text = self.text;
        let named = |x: &Tok| {
            x.word() && x.cap && !x.is(DET | TIME | TITLE | PRONOUN | STOP | PREP | CONN | SUB)
        };
        let author = |a: usize, b: usize| Some(self.snip(self.s(u, a, b)));
        // An owner (`Halloran’s book`, `Transport Ontario’s public database`), or a name
        // just before the noun (`the Youth Works study`, `an August PBO report`).
        let owner = (np.start..h).rev().find(|&m| {
            let w = &text[t[m].span];
            named(&t[m]) && (crate::util::is_possessive(w))
        });
        let last = owner.or_else(|| (h > np.start && named(&t[h - 1])).then(|| h - 1));
        let by = || {
            // `by` or `from` and a name later in the clause: `a survey (which is being) released Tuesday
            // by Youth Works`.
            let end = t.len().min(h + 9);
            let k = (h + 1..end)
                .take_while(|&k| t[k].word())
                .find(|&k| self.is_any(u, k, &["by", "from"]))?;
            // A participle before `by` makes the document's author (`released`, `written`), or
            // someone who only had it (`the memo obtained by a newspaper`): only the first.
            let participle = |x: &Tok| {
                let w = text[x.span].as_bytes();
                !x.cap && (w.ends_with(b"ed") || w.ends_with(b"en"))
            };
            if (h + 1..k).any(|j| participle(&t[j]) && !self.is_any(u, j, &AUTHORING)) {
                return None;
            }
            let a = k + 1 + usize::from(self.is_word(u, k + 1, "the"));
            let mut b = a;
            // `the University of Regina’s School of Public Health`: `of`, `for` and `and`
            // between capitalised words.
            while b < t.len()
                && b < a + 8
                && (named(&t[b])
                    || b > a
                        && t.get(b + 1).is_some_and(named)
                        && self.is_any(u, b, &["of", "for", "and"]))
            {
                b += 1;
            }
            (b > a).then(|| author(a, b)).flatten()
        };
        let author = match last {
            Some(e) => {
                let mut a = e;
                // `the Public Health Agency of Canada report`: `of`, `for`, `and` between.
                while a > np.start
                    && (named(&t[a - 1])
                        || a > np.start + 1
                            && named(&t[a - 2])
                            && self.is_any(u, a - 1, &["of", "for", "and"]))
                {
                    a -= 1;
                }
                author(a, e + 1)
            }
            None => by(),
        };
        Some(Mention::Document {
            author,
            head: &text[head.span],
            definite: self.is_any(u, np.start, &["the", "this", "that"]),
        })
    }

    /// A person's name inside a source noun phrase that names an organisation after it
    /// (`Tom Guerin with the Yukon Housing Authority`, `Jia Wen of TFX`), or after a
    /// role and a comma (`the director of operations for KTS, Joel Fraine`): its tokens.
    fn person_in(&self, u: usize, np: Np) -> Option<(usize, usize)> {
        // A name of two words and one more word at least.
        if np.end - np.start < 3 {
            return None;
        }
        let t = &self.units[u].toks;
        let text = self.text;
        let name_word = |x: &Tok| {
            x.word()
                && x.cap
                && !x.is(TITLE | DET | STOP | TIME | PRONOUN | ROLE | ORG | UNNAMED | PREP)
                && has_lowercase(&text[x.span])
        };
        let person = |a: usize, b: usize| {
            let words: [&str; 4] = std::array::from_fn(|j| {
                t.get(a + j)
                    .filter(|_| a + j < b)
                    .map_or("", |x| &text[x.span])
            });
            (2..=4).contains(&(b - a))
                && crate::entity::may_be_person(&words[..b - a])
                && crate::entity::place(&text[self.s(u, a, b)]).is_none()
        };
        // After the last comma: `…, Joel Fraine`.
        if let Some(c) = (np.start..np.end)
            .rev()
            .find(|&k| matches!(t[k].kind, Kind::Punct(',')))
        {
            let b = np.end;
            if c + 1 < b && (c + 1..b).all(|k| name_word(&t[k])) && person(c + 1, b) {
                return Some((c + 1, b));
            }
        }
        // Before `with`/`of`/`at`/`from` and the organisation.
        let mut a = np.start;
        while a < np.end && !name_word(&t[a]) {
            if !t[a].is(DET | TITLE) && t[a].word() && !t[a].cap {
                return None;
            }
            a += 1;
        }
        let mut b = a;
        while b < np.end && name_word(&t[b]) {
            b += 1;
        }
        (b > a
            && b + 1 < np.end
            && self.is_any(u, b, &["with", "of", "at", "from"])
            && person(a, b))
        .then_some((a, b))
    }

    pub(super) fn source_of(&self, u: usize, np: Np) -> (Span, Span, Mention<'h>, bool) {
        let t = &self.units[u].toks;
        let head = &t[np.head_end - 1];
        let unnamed = head.is(UNNAMED) && (!head.cap || np.head_end - np.start == 1)
            || (np.start..np.end)
                .any(|k| self.is_word(u, k, "familiar") || self.is_word(u, k, "anonymity"));
        (
            self.s(u, np.start, np.end),
            self.s(u, np.head_start, np.head_end),
            self.mention_of(u, np),
            unnamed,
        )
    }

    /// Titled names anywhere: `Russian President Vladimir Putin`.
    pub(super) fn titles(&mut self, u: usize) {
        let t = &self.units[u].toks;
        let n = t.len();
        // One pass over the words finds where each scan (titles here, [`Self::names`]) can
        // start and stop: the first and last capitalised title word, the first and last
        // capitalised word that may be part of a name; and whether every word is capitalised.
        let (mut titles, mut names) = ((n, 0), (n, 0));
        let mut headline = true;
        // The first role noun after `the` (`the mayor`): a description that may be the
        // sentence's subject.
        let mut role = None;
        // A capitalised word that ends in `s` after `the` (`the Greens`): maybe a party or
        // team named by its members' plural, read by [`Self::plural_names`].
        let mut plural = false;
        for (k, x) in t.iter().enumerate() {
            if !x.word() {
                continue;
            }
            if !x.cap {
                headline = false;
                if x.flags & (ROLE | UNNAMED) == ROLE && role.is_none() && k > 0 {
                    role = Some(k);
                }
                continue;
            }
            plural |= k > 0
                && self.text.as_bytes()[x.span.end - 1] == b's'
                && self.text.as_bytes()[t[k - 1].span.range()].eq_ignore_ascii_case(b"the");
            if x.flags & (TITLE | PRONOUN) == TITLE {
                titles = (titles.0.min(k), k);
            }
            if !x.is(NOT_NAME) {
                names = (names.0.min(k), k);
            }
        }
        let mut k = titles.0;
        while k <= titles.1 && k < n {
            if t[k].flags & (TITLE | PRONOUN) == TITLE && t[k].cap && t[k].word() {
                let mut e = k + 1;
                while e < n && t[e].word() && t[e].cap && t[e].is(TITLE) {
                    e += 1;
                }
                let mut f = e;
                while f < n && t[f].word() && t[f].cap && !t[f].is(TITLE | DET | STOP) && f - e < 4
                {
                    f += 1;
                }
                let taken = |span: Span| {
                    self.out.iter().rev().take_while(|d| d.unit == u).any(|d| {
                        d.source.is_some_and(|s| s.0.overlaps(span))
                            || d.secondary.iter().any(|x| x.1.overlaps(span))
                    })
                };
                // Two name words at least, or one that is the surname of a name seen before
                // (`Mayor Okafor` after `Daniel Okafor`): the title is that person's.
                // Not after an honorific (`Mr Blair`), which names no role.
                let titled_surname = || {
                    f - e == 1 && !is_honorific(&self.text[t[e - 1].span]) && {
                        let w = crate::entity::trim_possessive(&self.text[t[e].span]);
                        has_lowercase(w) && self.name_words.iter().rev().any(|n| *n == w)
                    }
                };
                if (f - e >= 2 || titled_surname()) && !taken(self.s(u, e, f)) {
                    // The title: capitalised words before, then the title words.
                    let mut s = k;
                    while s > 0
                        && t[s - 1].word()
                        && t[s - 1].cap
                        && !t[s - 1].is(DET | STOP)
                        && s > 1
                    {
                        s -= 1;
                    }
                    self.titled
                        .push((self.s(u, s, f), self.s(u, e, f), self.s(u, s, e)));
                    self.remember_name(self.s(u, e, f));
                }
                k = f.max(k + 1);
            } else {
                k += 1;
            }
        }
        if let Some(k) = role {
            self.role_subject(u, k);
        }
        // A headline or subhead in title case (`Kim Warns US`) has no names to find this way.
        if !headline {
            self.names(u, names);
            if plural {
                self.plural_names(u);
            }
        }
    }

    /// `the Greens`, `the Rockets’`: one capitalised plural word after `the`, no source here,
    /// names a party, a team or a family (what a later `they` or `the team` refers to).
    /// Recorded as a plain name whose mention includes `the`, so that the resolver makes it an
    /// entity (a lone word otherwise only makes a person seen before salient).
    #[cold]
    #[inline(never)]
    fn plural_names(&mut self, u: usize) {
        let t = &self.units[u].toks;
        let text = self.text;
        for k in 1..t.len() {
            let x = &t[k];
            let w = text[x.span].as_bytes();
            if !(x.word()
                && x.cap
                && crate::entity::plural_name_shape(w)
                && w[1..].iter().all(u8::is_ascii_lowercase)
                && self.is_word(u, k - 1, "the")
                && !x.is(TITLE | PRONOUN | TIME | DET | STOP))
            {
                continue;
            }
            // One word: not part of a longer name (`the Toronto Raptors`, `the Raptors
            // Foundation`), nor the complement of a capitalised word (`Bank of the Ozarks`).
            let next_cap = t.get(k + 1).is_some_and(|n| n.word() && n.cap);
            if next_cap || crate::entity::place(&text[x.span]).is_some() {
                continue;
            }
            let span = self.s(u, k - 1, k + 1);
            let taken = self.out.iter().rev().take_while(|d| d.unit == u).any(|d| {
                d.source.is_some_and(|s| s.0.overlaps(span))
                    || d.secondary.iter().any(|x| x.1.overlaps(span))
            }) || self.titled.iter().rev().take(8).any(|x| x.0.overlaps(span));
            if !taken {
                self.titled.push((span, x.span, Span::empty(x.span.start)));
            }
        }
    }

    /// `On Monday, the mayor raised the plan again.`: a role noun after `the` (token `k` of
    /// unit `u`) that is its sentence's subject and no source there, recorded as a plain
    /// mention (no title) so that a later pronoun can mean the person who holds the role. Not
    /// one with a complement (`the mayor of Leeds`), who may be someone else.
    fn role_subject(&mut self, u: usize, k: usize) {
        let t = &self.units[u].toks;
        if !self.is_word(u, k - 1, "the")
            || self.is_any(u, k + 1, &["of", "for", "at", "with"])
            || t.get(k + 1).is_some_and(|x| x.is(ROLE))
            || !self.is_subject(u, k - 1)
        {
            return;
        }
        let span = self.s(u, k - 1, k + 1);
        let taken = self.out.iter().rev().take_while(|d| d.unit == u).any(|d| {
            d.source.is_some_and(|s| s.0.overlaps(span))
                || d.secondary.iter().any(|x| x.1.overlaps(span))
        });
        if !taken {
            let role = t[k].span;
            self.titled.push((span, role, Span::empty(role.start)));
        }
    }

    /// Records the last word of the name at `span` (possessive dropped) and, for a name of two
    /// words or more, its first word with the space after it (`Kim ` for `Kim Jong-un`): kept
    /// apart from surnames by that space, which no word has.
    fn remember_name(&mut self, span: Span) {
        let name = crate::entity::trim_possessive(&self.text[span]);
        // The most recent names only: a bounded list, searched from its end.
        if self.name_words.len() >= 2 * NAME_WORDS {
            self.name_words.drain(..NAME_WORDS);
        }
        let b = name.as_bytes();
        // The surname: what a name is usually shortened to (`Corrigan`); the first word: the
        // short form of a name whose family name comes first (`Kim`).
        let (first, last) = match b.iter().rposition(|&c| c == b' ') {
            Some(j) => {
                let i = b.iter().position(|&c| c == b' ').unwrap_or(j);
                (Some(&name[..=i]), &name[j + 1..])
            }
            None => (None, name),
        };
        for w in [first, Some(last)].into_iter().flatten() {
            if !w.is_empty() && self.name_words.last() != Some(&w) {
                self.name_words.push(w);
            }
        }
    }

    /// Person names that no attribution reports (`Lawmakers asked whether James Corrigan …`): two
    /// to four capitalised words, recorded as titled names with an empty title so that later
    /// mentions and pronouns can refer to them.
    ///
    /// Called by [`Self::titles`] for a unit not in title case, with the first and last token
    /// that may be a capitalised name word: none outside them is.
    fn names(&mut self, u: usize, (from, to): (usize, usize)) {
        let t = &self.units[u].toks;
        let n = t.len();
        let text = self.text;
        // The names this sentence's sources give.
        let mut d = self.out.len();
        while d > 0 && self.out[d - 1].unit == u {
            d -= 1;
            if let Some((_, head, Mention::Name { .. }, _)) = self.out[d].source {
                self.remember_name(head);
            }
        }
        // Not an acronym (`US`, `NATO`): those are places and organisations.
        let plain = |x: &Tok| x.word() && x.cap && !x.is(NOT_NAME) && has_lowercase(&text[x.span]);
        let mut k = from;
        while k <= to && k < n {
            // Not a sentence-opening preposition (`Unlike Al Mnajer`).
            if !plain(&t[k])
                || self.is_any(u, k, &PARENTHETICAL_OPENERS)
                || self.is_any(u, k, &LEAD_IN_PREPOSITIONS)
            {
                k += 1;
                continue;
            }
            let mut f = k + 1;
            let possessive = |x: &Tok| {
                let w = &text[x.span];
                crate::util::is_possessive(w)
            };
            while f < n && plain(&t[f]) && f - k < 4 && !possessive(&t[f - 1]) {
                f += 1;
            }
            // A run ending in a country's adjective before a common noun is an adjective
            // phrase (`Notable Canadian cases include …`), no name.
            if f - k >= 2
                && t.get(f).is_some_and(|x| x.word() && !x.cap)
                && crate::entity::is_demonym(&text[t[f - 1].span])
            {
                k = f;
                continue;
            }
            let span = self.s(u, k, f);
            // The cheap tests first; what a source or a titled name already covers last.
            // A name inside a source that stands for someone else (`the minister X and her
            // aides`, `a spokesman for X`) is a mention of its own: it is not taken.
            let taken = |span: Span| {
                self.out.iter().rev().take_while(|d| d.unit == u).any(|d| {
                    d.source
                        .is_some_and(|s| s.0.overlaps(span) && !names_another(&s.2))
                        || d.secondary.iter().any(|x| x.1.overlaps(span))
                }) || self.titled.iter().rev().take(8).any(|x| x.0.overlaps(span))
            };
            if f - k >= 2 {
                let words: [&str; 4] = std::array::from_fn(|j| {
                    t.get(k + j)
                        .filter(|_| k + j < f)
                        .map_or("", |x| &text[x.span])
                });
                if crate::entity::may_be_person(&words[..f - k])
                    && !taken(span)
                    && crate::entity::place(&text[span]).is_none()
                {
                    self.titled.push((span, span, Span::empty(span.start)));
                    self.remember_name(span);
                }
            } else if !possessive(&t[k])
                && {
                    let w = &text[span];
                    // A surname (`Corrigan`), or a first word (recorded as `Kim `) that the text
                    // never writes in lower case: not a common word (`Young workers …` after a
                    // book title `Young Workers of the North`).
                    let (mut surname, mut first) = (false, false);
                    for n in self.name_words.iter().rev() {
                        if n.len() == w.len() {
                            surname |= *n == w;
                        } else if n.len() == w.len() + 1 {
                            first |= n.starts_with(w);
                        }
                    }
                    surname || first && !written_lower(text, w, span.start)
                }
                && !taken(span)
            {
                // A lone surname or first word (`A photo showed Gasol …`, `Kim held talks`): a
                // mention of a person already named, for pronouns (never a new entity).
                self.titled.push((span, span, Span::empty(span.start)));
            }
            // What a possessive name owns (`Okafor's Safe Streets`) is not a person.
            if possessive(&t[f - 1]) {
                while f < n && t[f].word() && t[f].cap {
                    f += 1;
                }
            }
            k = f;
        }
    }

    /// Whether the mention at tokens `k..` of unit `u` is its sentence's subject: no lower-case
    /// word before it since the sentence start or the last comma (`Later, Corrigan …`).
    fn is_subject(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        let from = t[..k]
            .iter()
            .rposition(|x| matches!(x.kind, Kind::Punct(',')))
            .map_or(0, |c| c + 1);
        t[from..k].iter().all(|x| !x.word() || x.cap || x.is(DET))
    }

    /// The role noun after a name (tokens `..e` of unit `u`): an apposition (`X, the mayor of
    /// Leeds,`, `X, a spokeswoman for …`) or a predicate nominative (`X is the mayor`).
    fn role_after(&self, u: usize, e: usize) -> Option<&'h str> {
        let t = &self.units[u].toks;
        let mut k = e;
        let comma = t.get(k).is_some_and(|x| matches!(x.kind, Kind::Punct(',')));
        let copula = self.is_any(u, k, &["is", "was", "became", "becomes", "remains"]);
        if !comma && !copula {
            return None;
        }
        k += 1;
        if !self.is_any(u, k, &["the", "a", "an"]) {
            return None;
        }
        // The role noun: the first role word within a few words, before `of`/`for`/`at`.
        for j in k + 1..(k + 5).min(t.len()) {
            let x = &t[j];
            if !x.word() || x.is(PREP) {
                return None;
            }
            if x.is(ROLE) && !x.is(UNNAMED) {
                // `the company's chief executive`: the last role word of the run.
                let mut h = j;
                while h + 1 < t.len() && t[h + 1].word() && t[h + 1].is(ROLE) {
                    h += 1;
                }
                return Some(&self.text[t[h].span]);
            }
        }
        None
    }

    /// Places the titled and plain names found since the last call (its unit, whether it is
    /// the subject, and the role an apposition or predicate nominative gives it), while their
    /// units still have their tokens.
    pub(super) fn place_titled(&mut self) {
        let text = self.text;
        let units = self.units;
        // The unit and first token of a byte offset (a name's unit is a current one).
        let locate = |pos: usize| {
            let u = (units.base + units.current.partition_point(|x| x.span.end <= pos))
                .min(units.len().saturating_sub(1));
            let k = units
                .get(u)
                .map_or(0, |x| x.toks.partition_point(|t| t.span.end <= pos));
            (u, k)
        };
        // The document a cue names after it: `wrote in a new report` (`in`, then up to
        // four words before the document noun).
        let document_after = |cue: Span| -> Option<&'h str> {
            let (u, k) = locate(cue.end);
            let t = &units.get(u)?.toks;
            let word = |k: usize, w: &str| {
                t.get(k)
                    .is_some_and(|x| x.word() && text[x.span].eq_ignore_ascii_case(w))
            };
            if !word(k, "in") {
                return None;
            }
            (k + 1..t.len().min(k + 6))
                .take_while(|&j| t[j].word() && !t[j].is(PREP | CONN | SUB))
                .find(|&j| {
                    !t[j].cap
                        && (t[j].is(EVIDENCE | MEDIUM)
                            || AUTHORED
                                .iter()
                                .any(|w| text[t[j].span].eq_ignore_ascii_case(w)))
                })
                .map(|j| &text[t[j].span])
        };
        self.documented = self.documented.min(self.out.len());
        for d in &self.out[self.documented..] {
            if let Some(head) = document_after(d.cue) {
                self.documents.push((d.cue.start, head));
            }
            if super::filter::lone_relative_object(text, units, d) {
                self.hollow.push((d.cue.start, d.contents[0]));
            }
        }
        self.documented = self.out.len();
        for n in self.placed.len()..self.titled.len() {
            let (m, name, title) = self.titled[n];
            let (u, k) = locate(m.start);
            let place = if units.get(u).is_none() {
                (u, false, None)
            } else if title.is_empty() && !text[name].contains(' ') {
                // A lone word (`… showed Gasol`) only makes its person salient: no role.
                (u, self.is_subject(u, k), None)
            } else {
                let (_, e) = locate(name.end.saturating_sub(1));
                (u, self.is_subject(u, k), self.role_after(u, e + 1))
            };
            self.placed.push(place);
        }
    }

    /// What was found, the titled names placed: the finder (and its borrow of the units) is
    /// let go.
    #[inline]
    pub(super) fn done(mut self) -> Found<'h> {
        self.place_titled();
        Found {
            text: self.text,
            out: self.out,
            titled: self.titled,
            placed: self.placed,
            documents: self.documents,
            hollow: self.hollow,
        }
    }
}

/// What a [`Finder`] found, without the units it read: the drafts and the names around them,
/// to be resolved once the tokens and the unit records are let go (they are no part of the
/// result, and a long body's records would stand beside the resolver's tables).
pub(super) struct Found<'h> {
    text: &'h str,
    out: Vec<Draft<'h>>,
    titled: Vec<(Span, Span, Span)>,
    placed: Vec<(usize, bool, Option<&'h str>)>,
    documents: Vec<(usize, &'h str)>,
    hollow: Vec<(usize, Span)>,
}

impl<'h> Found<'h> {
    /// The attributions of the drafts, with the body's `quotation_list`, their sources resolved
    /// to entities.
    pub(super) fn resolve(self, quotation_list: &[Quotation<'h>]) -> Attributions<'h> {
        let text = self.text;
        // Per titled or plain name: its unit, whether it is the subject, and its role.
        let placed = self.placed;
        // Both sorted by the cue's start, for a binary search per draft.
        let mut documents = self.documents;
        documents.sort_unstable();
        let mut hollow = self.hollow;
        hollow.sort_unstable();
        let titled = self.titled;
        let mut drafts = self.out;
        drafts.retain(|d| {
            // Nothing read, or a lone relative pronoun after a preposition as the content.
            let hollow_one = || {
                d.contents.len() == 1 && hollow.binary_search(&(d.cue.start, d.contents[0])).is_ok()
            };
            !d.contents.is_empty() && !hollow_one()
        });
        // A sourceless evidential inside the content of a sourced attribution is part of what
        // that source reports (`Pyongyang appears to have …, South Korea has said`).
        // (unit, content) of every sourced draft, by unit: one list, no list per unit.
        let mut sourced: Vec<(usize, Span)> = drafts
            .iter()
            .filter(|d| d.source.is_some())
            .map(|d| {
                let last = d.contents.last().copied().unwrap_or(d.contents[0]);
                (d.unit, d.contents[0].cover(last))
            })
            .collect();
        sourced.sort_unstable_by_key(|x| x.0);
        drafts.retain(|d| {
            let from = sourced.partition_point(|x| x.0 < d.unit);
            d.source.is_some()
                || !sourced[from..]
                    .iter()
                    .take_while(|x| x.0 == d.unit)
                    .any(|x| x.1.contains(d.contents[0]))
        });
        // Not needed by the resolver: freed before its tables are made.
        drop(sourced);
        // Resolve mentions in text order: sources, secondary sources, titled names.
        // An event names its draft, secondary or titled name by index (the mention is made
        // when it is read): a few words each, however many mentions the body holds. The
        // indexes are 32-bit, and its position is read from what it names, not kept: three
        // 32-bit words an event (four billion drafts would take a terabyte).
        enum Ev {
            Source(u32),
            Secondary(u32, u32),
            Titled(u32),
        }
        let at_of = |ev: &Ev| match *ev {
            Ev::Source(i) => drafts[i as usize].source.map_or(0, |s| s.0.start),
            Ev::Secondary(i, j) => drafts[i as usize].secondary[j as usize].1.start,
            Ev::Titled(n) => titled[n as usize].0.start,
        };
        let mut events: Vec<Ev> = Vec::with_capacity(
            drafts.len() + drafts.iter().map(|d| d.secondary.len()).sum::<usize>() + titled.len(),
        );
        for (i, d) in drafts.iter().enumerate() {
            if d.source.is_some() {
                events.push(Ev::Source(i as u32));
            }
            for j in 0..d.secondary.len() {
                events.push(Ev::Secondary(i as u32, j as u32));
            }
        }
        for n in 0..titled.len() {
            events.push(Ev::Titled(n as u32));
        }
        // Stable: events at one position keep the order they were listed in.
        events.sort_by_key(at_of);
        let mut r = Resolver::new(text);
        r.reserve(events.len());
        // 32-bit: half the room of `Option<usize>` per draft (ids past four thousand million
        // entities are left unresolved: never met).
        let mut src_entity: Vec<Option<u32>> = vec![None; drafts.len()];
        let id32 = |e: Option<usize>| e.and_then(|e| u32::try_from(e).ok());
        let mut sec_entity: FxMap<(usize, usize), usize> = FxMap::default();
        // Names inside a quotation are the quoted speaker's words, not antecedents.
        let quoted = |pos: usize| {
            let q = quotation_list.partition_point(|q| q.span().end <= pos);
            quotation_list
                .get(q)
                .is_some_and(|q| q.span().start <= pos && pos < q.span().end)
        };
        for ev in events {
            let pos = at_of(&ev);
            match ev {
                Ev::Source(i) => {
                    let i = i as usize;
                    let (s, _, how, unnamed) = drafts[i].source.expect("has a source");
                    let whr = At {
                        unit: drafts[i].unit,
                        subject: true,
                        speech: matches!(
                            drafts[i].cue_class,
                            CueClass::Speech
                                | CueClass::Writing
                                | CueClass::SourcePhrase
                                | CueClass::Punctuation
                        ),
                        pos,
                    };
                    let relative = ["who", "which"]
                        .iter()
                        .any(|w| text[s].eq_ignore_ascii_case(w));
                    if relative {
                        // `… by Ana Ruiz, who said`: the name the relative clause hangs on.
                        src_entity[i] = id32(r.relative(Snippet::at(text, s), whr));
                    } else if !unnamed || matches!(how, Mention::Document { .. }) {
                        // (`reports`, `the report`: no person, but a document its author's)
                        // Documents and studies that show or find are not antecedents of `he`.
                        let speaker = drafts[i].cue_class != CueClass::Perception;
                        // The content before the source (`X hid, he said`).
                        let c = &drafts[i].contents;
                        let before = c.iter().take_while(|c| c.end <= s.start).count();
                        if before > 0 {
                            r.set_content(c[0].start, c[before - 1].end);
                        }
                        src_entity[i] = id32(r.resolve(Snippet::at(text, s), how, speaker, whr));
                        r.set_content(0, 0);
                        // `X wrote in a new report`: a later `the report` is X's.
                        if let Some(id) = src_entity[i]
                            && whr.speech
                            && let Ok(at) =
                                documents.binary_search_by_key(&drafts[i].cue.start, |x| x.0)
                            && let Some(&(_, head)) = documents.get(at)
                        {
                            r.authored(head, id as usize, whr.unit);
                        }
                    }
                }
                Ev::Secondary(i, j) => {
                    let (i, j) = (i as usize, j as usize);
                    let (rel, s, _, how) = drafts[i].secondary[j];
                    let whr = At {
                        unit: drafts[i].unit,
                        subject: false,
                        speech: false,
                        pos,
                    };
                    if rel != Relation::Medium
                        && let Some(e) = r.resolve(Snippet::at(text, s), how, false, whr)
                    {
                        sec_entity.insert((i, j), e);
                    }
                }
                Ev::Titled(n) => {
                    let n = n as usize;
                    let (m, name, title) = titled[n];
                    let plain = title.is_empty();
                    let (name, how) = if plain && text[name].starts_with(|c: char| c.is_lowercase())
                    {
                        // A role noun as a subject (`the mayor raised …`): the mention is
                        // `the mayor`.
                        (m, Mention::Role(&text[name]))
                    } else {
                        let how = Mention::Name {
                            name: Snippet::at(text, name),
                            title: (!plain).then(|| Snippet::at(text, title)),
                            description: None,
                        };
                        (name, how)
                    };
                    let (unit, subject, role) = placed[n];
                    let whr = At {
                        unit,
                        subject: subject && !quoted(pos),
                        speech: false,
                        pos,
                    };
                    let at = Snippet::at(text, name);
                    if let Mention::Role(_) = how {
                        r.seen(at, how, whr, None);
                    } else if plain && m == name && !at.as_str().contains(' ') {
                        if !quoted(pos) {
                            r.seen_word(at, whr);
                        }
                    } else if plain {
                        if !quoted(pos) {
                            r.seen(at, how, whr, role);
                        }
                    } else if let Some(id) = r.resolve(at, how, false, whr)
                        && let Some(role) = role
                    {
                        r.set_role(id, role);
                    }
                }
            }
        }
        // A role noun that found no one may name a titled person introduced just after it.
        for (i, d) in drafts.iter().enumerate() {
            if src_entity[i].is_none()
                && let Some((s, _, Mention::Role(head), false)) = d.source
            {
                src_entity[i] = id32(r.named_later(Snippet::at(text, s), head));
            }
        }
        let (entities, ids) = r.finish();
        for e in &mut src_entity {
            *e = e
                .and_then(|e| ids[e as usize])
                .and_then(|e| u32::try_from(e).ok());
        }
        sec_entity.retain(|_, e| ids[*e].inspect(|&n| *e = n).is_some());
        let entities = Shared::new(entities.into());
        let mut attributions: Vec<Attribution<'h>> = drafts
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                let kind = if d.direct {
                    AttributionKind::Direct
                } else if d.quotes.is_empty() {
                    AttributionKind::Indirect
                } else {
                    AttributionKind::Mixed
                };
                let secondary = d
                    .secondary
                    .iter()
                    .enumerate()
                    .map(|(j, &(relation, m, h, _))| Secondary {
                        relation,
                        mention: Snippet::at(text, m),
                        head: Snippet::at(text, h),
                        entity: sec_entity.get(&(i, j)).copied(),
                        entities: entities.clone(),
                    })
                    .collect();
                let mut quotations = d.quotes;
                quotations.sort_unstable();
                quotations.dedup();
                // A piece that no quotation of the attribution overlaps is reported speech.
                let content_kinds = d
                    .contents
                    .iter()
                    .map(|c| {
                        let quoted = quotations.iter().any(|&q| {
                            quotation_list
                                .get(q)
                                .is_some_and(|q| q.span().start < c.end && c.start < q.span().end)
                        });
                        // A piece that runs past its quotation is reported speech
                        // with quoted words in it.
                        let inside = quotations.iter().any(|&q| {
                            quotation_list
                                .get(q)
                                .is_some_and(|q| q.span().start <= c.start && c.end <= q.span().end)
                        });
                        match kind {
                            _ if !quoted => AttributionKind::Indirect,
                            AttributionKind::Direct if !inside => AttributionKind::Mixed,
                            _ => kind,
                        }
                    })
                    .collect();
                Attribution {
                    content_kinds,
                    contents: d
                        .contents
                        .into_iter()
                        .map(|c| Snippet::at(text, c))
                        .collect(),
                    kind,
                    source: d.source.map(|s| Snippet::at(text, s.0)),
                    source_head: d.source.map(|s| Snippet::at(text, s.1)),
                    entity: src_entity[i].map(|e| e as usize),
                    unnamed: d.source.is_some_and(|s| s.3),
                    cue: Snippet::at(text, d.cue),
                    cue_class: d.cue_class,
                    secondary,
                    quotations,
                    entities: entities.clone(),
                }
            })
            .collect();
        // Drafts come mostly in text order: a sorted list needs no sort (and no scratch
        // buffer the size of half the list).
        if !attributions.is_sorted_by_key(|a| a.span().start) {
            attributions.sort_by_key(|a| a.span().start);
        }
        Attributions {
            attributions,
            entities,
        }
    }
}

impl<'h> Finder<'_, 'h> {
    /// `the former clerk of the Legislative Assembly`: when the name starting at token `name` (after
    /// an optional determiner) is the complement of `of`/`for`/`at` after a lower-case word of the
    /// noun phrase starting at `np_start`, the mention is that word, a role when the lexicon
    /// knows it as one, never the named body.
    fn role_of_body(&self, u: usize, np_start: usize, name: usize) -> Option<Mention<'h>> {
        let t = &self.units[u].toks;
        let mut p = name;
        if p > np_start && t[p - 1].is(DET) {
            p -= 1;
        }
        (p > np_start + 1
            && self.is_any(u, p - 1, &["of", "for", "at"])
            && t[p - 2].word()
            && !t[p - 2].cap)
            .then(|| {
                if t[p - 2].is(ROLE | TITLE) {
                    Mention::Role(self.snip(t[p - 2].span).as_str())
                } else {
                    Mention::Other
                }
            })
    }
}
