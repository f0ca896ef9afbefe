//! Syntax over one sentence: noun phrases as pure functions of a [`Sentence`], with no finder
//! state, so that each reader can be tested alone.

use super::*;

// The skipper lives in its own module; its readers are named here too, where the callers look.
use super::skip::time_end;
pub(super) use super::skip::{Gap, negation_word, quantity_adverb, skip_back, skip_forward};

/// Modals that are also names (`Will`, `May`, `Can`): capitalised, before a finite verb, a
/// name.
pub(super) const MODALS: [&str; 5] = ["will", "may", "can", "might", "must"];

/// Whether a finite verb opens the verb group at token `k`, past adverbs (`then`, `also`,
/// `frequently`): a finite form of `have`, `be` or `do`, a cue in the past or `-s` form, or a
/// word in `-ed`. A modal takes none of them (`Will then ruled`, `May has said`), in a
/// headline's capitals either (`Will Says …`); nor is a modal set off from its verb by a comma
/// (`Will, a lawyer, said`, `May, however, says`).
pub(super) fn finite_after(s: &Sentence<'_>, k: usize) -> bool {
    let t = s.toks;
    if t.get(k).is_some_and(|x| x.punct(',')) {
        return true;
    }
    let mut m = k;
    while m < t.len() && m < k + 4 {
        let x = &t[m];
        let finite_cue = x
            .cue
            .is_some_and(|c| matches!(c.form, Form::Past | Form::S));
        if !x.word() || x.cap && !(finite_cue || x.is(FINITE_AUX)) {
            return false;
        }
        let w = &s.text[x.span];
        if x.is(FINITE_AUX) || finite_cue || !x.is(AUX) && w.len() > 3 && w.ends_with("ed") {
            return true;
        }
        // Adverbs of the verb group: `then`, `also`, `often`, `frequently`.
        if !(x.is(AUX) || w.len() > 4 && w.ends_with("ly")) || s.is_listed(m, &MODALS) {
            return false;
        }
        m += 1;
    }
    false
}

/// Whether the noun phrase `np` is a definite subject of the finite verb at token `verb`
/// (`The tenant later sued`, `The league's board has voted`): it opens with `the`, a
/// possessive pronoun or a possessive, and a finite verb, not a comma, follows it. Such a phrase is
/// the subject of its clause whatever its noun, a person's or an organisation's.
pub(super) fn definite_subject(s: &Sentence<'_>, np: Np, verb: usize) -> bool {
    let t = s.toks;
    let w = &s.text[t[np.start].span];
    np.end - np.start >= 2
        && t[np.start].word()
        && (s.is_word(np.start, "the")
            || s.is_listed(np.start, &POSSESSIVES)
            || crate::util::is_possessive(w))
        && t.get(verb).is_some_and(|x| x.word() && !x.cap)
        && finite_after(s, verb)
}

/// A noun phrase: token ranges of the whole mention and of its head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Np {
    /// Token range of the whole mention.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Token range of the head (the name without title or apposition).
    pub(super) head_start: usize,
    pub(super) head_end: usize,
}

/// Splits a mention `a..b` into title/description and head, and checks it can be a source.
pub(super) fn head_of(s: &Sentence<'_>, a: usize, b: usize) -> Option<Np> {
    let t = s.toks;
    if a >= b {
        return None;
    }
    let last = &t[b - 1];
    if b - a == 1 && last.is(PRONOUN) {
        return Some(Np {
            start: a,
            end: b,
            head_start: a,
            head_end: b,
        });
    }
    // A capitalised auxiliary ends a name after another name word (`Helen May`); alone, it
    // is a name when a finite verb in the past or `-s` form follows it, which a modal never
    // takes (`“…,” Will wrote`, `May says`).
    let name_aux = last.is(AUX)
        && (b - a >= 2
            && t[b - 2].cap
            && t[b - 2].word()
            && !t[b - 2].is(DET | STOP | AUX | PRONOUN)
            || b - a == 1
                && MODALS
                    .iter()
                    .any(|m| s.text[last.span].eq_ignore_ascii_case(m))
                && (finite_after(s, b)
                    // After an inverted cue, at the clause end: `“…,” said Will.`
                    // `said Will as he left`, `said May in a statement`.
                    || a > 0
                        && t[a - 1]
                            .cue
                            .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                        && t.get(b).is_none_or(|x| !x.word() || !x.cap && x.is(PREP | CONN))));
    if last.cap && !last.is(DET | STOP | PRONOUN) && (!last.is(AUX) || name_aux) {
        // Head: the trailing run of capitalised words that are not titles (but a title
        // directly followed by nothing is the head itself: `the President`).
        let mut h = b;
        while h > a && t[h - 1].cap && t[h - 1].word() && !t[h - 1].is(TITLE | DET) {
            h -= 1;
        }
        if h == b {
            h = b - 1;
        }
        // `Ministry of Defence`, `Bank of America`.
        while h >= a + 2 && s.is_word(h - 1, "of") && t[h - 2].cap && !t[h - 2].is(DET) {
            h -= 2;
            while h > a && t[h - 1].cap && t[h - 1].word() && !t[h - 1].is(TITLE | DET) {
                h -= 1;
            }
        }
        // `A spokesman for Okafor`: the speaker is the role, not the one it speaks for.
        if h >= a + 2 && s.is_word(h - 1, "for") && t[h - 2].is(ROLE) && !t[h - 2].cap {
            return Some(Np {
                start: a,
                end: b,
                head_start: a,
                head_end: h - 1,
            });
        }
        // `of`-names: `Bank of America`, `Ministry of Defence`.
        return Some(Np {
            start: a,
            end: b,
            head_start: h,
            head_end: b,
        });
    }
    // A plural noun with a modifier: `Social conservatives`, `former employees`.
    let plural = b - a >= 2
        && b - a <= 4
        && s.text[last.span].ends_with('s')
        && !s.text[last.span].ends_with("ss")
        && last.cue.is_none()
        && !last.is(STOP | AUX);
    // A possessive opens a noun phrase as a determiner does: `Ukraine's air force`.
    let possessive = {
        let w = &s.text[t[a].span];
        t[a].word() && crate::util::is_possessive(w)
    };
    if last.is(ROLE | ORG | UNNAMED | EVIDENCE)
        || (t[a].is(DET) || possessive) && b - a >= 2
        || plural
    {
        return Some(Np {
            start: a,
            end: b,
            head_start: a,
            head_end: b,
        });
    }
    // `Proponents of the bill`, `Twelve percent of parents in the survey`: a plural noun
    // phrase with a prepositional phrase after it; the head is the part before it.
    let plural_word = |x: &Tok| {
        let w = &s.text[x.span];
        x.word()
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && x.cue.is_none()
            && !x.is(STOP | AUX | PRONOUN | DET | CONN)
    };
    (a + 1..b.saturating_sub(1))
        .rev()
        .filter(|&p| s.is_listed(p, &["of", "in", "at", "for", "from", "across", "on"]))
        .find(|&p| {
            p == a + 1 && plural_word(&t[a])
                || p > a + 1 && p - a <= 4 && head_of(s, a, p).is_some()
        })
        .map(|p| Np {
            start: a,
            end: b,
            head_start: a,
            head_end: p,
        })
}

pub(super) fn bare_np(s: &Sentence<'_>, end: usize) -> Option<Np> {
    let t = s.toks;
    let mut end = end;
    // Skip a parenthetical: `Rep. Ada Quill (D-N.M.)`.
    let mut paren_end = None;
    if end > 0 && t[end - 1].punct(')') {
        let mut k = end - 1;
        while k > 0 && end - k < 16 && !t[k - 1].punct('(') {
            k -= 1;
        }
        if k > 1 && t[k - 1].punct('(') {
            paren_end = Some(end);
            end = k - 1;
        }
    }
    let mut a = end;
    while a > 0 && end - a < 10 {
        let x = &t[a - 1];
        if !x.word() || x.is(AUX) && !x.cap || x.is(STOP) && !x.cap {
            break;
        }
        if x.cue
            .is_some_and(|c| c.form != Form::Base && c.form != Form::S)
            && !x.cap
        {
            break;
        }
        a -= 1;
    }
    // Drop leading connectives and prepositions (`But`, `Meanwhile`, `of`).
    while a < end
        && (t[a].is(CONN) || t[a].is(STOP) || t[a].is(PREP) && !t[a].cap)
        && !t[a].is(PRONOUN)
    {
        a += 1;
    }
    // `told reporters Trump said`: a lower-case word before a name is not the name's.
    if a < end
        && !t[a].cap
        && !t[a].is(DET | ROLE | ORG | UNNAMED | EVIDENCE | PRONOUN)
        && let Some(k) = (a..end).find(|&k| t[k].cap || t[k].is(DET))
        && t[a..k].iter().any(|x| x.cue.is_some())
    {
        a = k;
    }
    let mut np = head_of(s, a, end)?;
    if let Some(pe) = paren_end {
        np.end = pe;
    }
    Some(np)
}

pub(super) fn simple_np(s: &Sentence<'_>, end: usize) -> Option<Np> {
    let mut np = bare_np(s, end)?;
    let t = s.toks;
    // `analysts polled by Reuters`, `economists surveyed by the bank`: a participle and its
    // agent after the head.
    if np.start >= 3
        && s.is_word(np.start - 1, "by")
        && {
            let p = &t[np.start - 2];
            p.word() && !p.cap && (p.is(PARTICIPLE) || s.text[p.span].ends_with("ed"))
        }
        && let Some(outer) = bare_np(s, np.start - 2)
        && t[outer.head_end - 1].is(ROLE | UNNAMED)
    {
        return Some(Np {
            start: outer.start,
            end: np.end,
            head_start: outer.head_start,
            head_end: outer.head_end,
        });
    }
    // A head with a prepositional phrase after it: `Officials in the Kharkiv region`,
    // `a spokeswoman for the ministry`, `analysts at the bank`. The head is the first noun.
    // A document or study may take two (`An average of recent surveys by PollTrack`).
    for round in 0..2 {
        if np.start >= 2
            && t[np.start - 1].word()
            && !t[np.start - 1].cap
            && ["in", "of", "at", "for", "from", "with", "by", "on"]
                .iter()
                .any(|p| s.is_word(np.start - 1, p))
            && let Some(outer) = bare_np(s, np.start - 1)
            && (round == 0
                && !s.is_word(np.start - 1, "by")
                && (t[outer.end - 1].is(ROLE | UNNAMED) && outer.end - outer.start <= 3
                    // `Twelve percent of parents in the survey`
                    || outer.end - outer.start <= 4
                        && !s.is_word(np.start - 1, "on")
                        && s.text[t[outer.end - 1].span].ends_with('s')
                    // `The BBC's David Willey in Rome`: a name, then where it is.
                    || t[outer.end - 1].cap
                        && t[np.head_end - 1].cap
                        && s.is_listed(np.start - 1, &["in", "at", "from"])
                        && outer.head_end - outer.head_start >= 2
                        && !t[outer.head_start..outer.head_end].iter().any(|x| x.is(ORG)))
                // `A review by The Ledger`, `an analysis of the data`.
                || t[outer.end - 1].is(EVIDENCE)
                    && !t[outer.end - 1].cap
                    && outer.end - outer.start <= 4)
        {
            np = Np {
                start: outer.start,
                end: np.end,
                head_start: outer.head_start,
                head_end: outer.head_end,
            };
        } else {
            break;
        }
    }
    Some(np)
}

/// The verb group ending at a cue: auxiliaries and adverbs before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct VerbGroup {
    /// The first token of the group (the cue when nothing stands before it).
    pub(super) start: usize,
    /// The first token of the cue span: the first auxiliary, or the first word not in `-ly`.
    pub(super) cue_start: usize,
    /// A form of `be` stands in the group (`was criticized`, `is expected`).
    pub(super) be: bool,
}

/// The verb group ending at the cue token `i`: `has long insisted`, `quickly said`, `was
/// criticized`; not a noun after a determiner (`the family said`, `a close ally said`).
pub(super) fn verb_group(s: &Sentence<'_>, i: usize) -> VerbGroup {
    let t = s.toks;
    let mut vstart = i;
    while vstart > 0 {
        let x = &t[vstart - 1];
        // An adverb (`quickly said`), not a noun after a determiner (`the family said`,
        // `the daily wrote`, `a close ally said`).
        let ly = x.word()
            && !x.cap
            && s.text[x.span].ends_with("ly")
            && x.span.len() > 4
            && !x.is(ROLE | ORG | UNNAMED)
            && !(vstart >= 2 && t[vstart - 2].is(DET));
        // `have long insisted`: `long` after an auxiliary is an adverb.
        let long = vstart >= 2 && t[vstart - 2].is(AUX) && s.is_word(vstart - 1, "long");
        if x.word() && !x.cap && (x.is(AUX) || ly || long) {
            vstart -= 1;
        } else {
            break;
        }
    }
    let first_aux = (vstart..i).find(|&k| !s.text[t[k].span].ends_with("ly") || t[k].is(AUX));
    let be = (vstart..i).any(|k| {
        let w = &s.text[t[k].span];
        ["is", "are", "was", "were", "be", "been"]
            .iter()
            .any(|b| w.eq_ignore_ascii_case(b))
    });
    VerbGroup {
        start: vstart,
        cue_start: first_aux.unwrap_or(i),
        be,
    }
}

/// Whether a naming verb reads without a quotation: `Lee called him divisive` (a named subject,
/// a finite verb, an object after it) or `builders see empty lots as lost income` (the
/// base form, a named or plural subject, an object and `as`); not a participle (`a group called
/// …`, `The program, called …`). `np` is the subject, `vstart` the first token of the verb
/// group, `cue_end` one past the cue.
pub(super) fn naming_reads(
    s: &Sentence<'_>,
    np: Option<Np>,
    form: Form,
    vstart: usize,
    cue_end: usize,
) -> bool {
    let t = s.toks;
    let n = t.len();
    // The object may stand after a time adjunct or a discourse aside (`called on Tuesday the
    // plan a failure`, `saw, however, the vote as a test`).
    let cue_end = skip_forward(s, cue_end, Gap::TIME | Gap::DISCOURSE);
    // With a named subject and an object after the verb.
    let named_subject = np.is_some_and(|x| {
        t[x.head_end - 1].cap || t[x.head_end - 1].is(PRONOUN | WHO | ROLE | ORG | UNNAMED)
    });
    let object_after = t.get(cue_end).is_some_and(|x| {
        x.word() && (x.cap || x.is(OBJECT | DET | PRONOUN) || s.text[x.span].ends_with("self"))
            || s.text[x.span].ends_with("selves")
    });
    // Not a participle (`a group called …`, `The program, called …`). A comma before the verb
    // that closes an aside of the subject (`Lee, who leads the party, called …`, `The campaign,
    // though, called …`: the subject runs up to it over a comma of its own, or the aside stands
    // between the subject and the verb) opens no participle, nor does an article inside such an
    // aside (`Lee, a senator, called …`).
    let aside_closed = np.is_some_and(|x| {
        x.end + 1 == vstart && (x.start..x.end).any(|m| t[m].punct(','))
            || x.end < vstart && skip_forward(s, x.end, Gap::DISCOURSE | Gap::TIME) == vstart
    });
    let participle = vstart > 0 && t[vstart - 1].punct(',') && !aside_closed
        || np.is_some_and(|x| {
            (x.start..x.end)
                .take_while(|&m| !t[m].punct(','))
                .any(|m| s.is_word(m, "a") || s.is_word(m, "an"))
        });
    // `Students see rising rents as a problem`, `builders see empty lots as
    // lost income`: a plural subject, the base form, an object and `as`.
    let plural_subject = np.is_some_and(|x| {
        let w = &s.text[t[x.head_end - 1].span];
        w.ends_with('s') && !w.ends_with("ss") && !t[x.head_end - 1].is(EVIDENCE | MEDIUM)
    });
    let sees_as = form == Form::Base
        && (named_subject || plural_subject)
        && t.get(cue_end)
            .is_some_and(|x| x.word() && !x.is(PREP | AUX | STOP))
        && !participle
        && (cue_end + 1..n.min(cue_end + 14)).any(|m| s.is_word(m, "as"));
    sees_as || named_subject && object_after && !participle && matches!(form, Form::Past | Form::S)
}

/// How far a verb cue runs: `quoted as saying`, a naming verb's `for` or `on` (`called for`), a
/// particle of the cue (`talked about`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CueExtent {
    /// The cue span, from the verb group's first auxiliary.
    pub(super) span: Span,
    /// One past the cue's last token.
    pub(super) end: usize,
    /// `quoted as saying`: the cue reports speech.
    pub(super) speech: bool,
    /// A naming verb with `for` or `on` (`called for`, `called on`).
    pub(super) naming_prep: bool,
    /// One of the cue's particles follows it.
    pub(super) particle: bool,
}

/// The extent of the verb cue `cue` at token `i` (its span from `cue_start`, its last token
/// before `cue_end`); `None` for a cue that needs a particle and has none.
#[inline]
pub(super) fn cue_extent(
    s: &Sentence<'_>,
    i: usize,
    cue_start: usize,
    mut cue_end: usize,
    cue: Cue,
) -> Option<CueExtent> {
    let t = s.toks;
    let cue_span = Span::new(t[cue_start].span.start, t[i].span.end);
    let mut speech = false;
    // `quoted as saying`
    if s.text[t[i].span].eq_ignore_ascii_case("quoted")
        && t.get(i + 1)
            .is_some_and(|x| s.text[x.span].eq_ignore_ascii_case("as"))
        && t.get(i + 2).is_some_and(|x| x.cue.is_some())
    {
        cue_end = i + 3;
        speech = true;
    }
    // `called for`, `called on`: the preposition belongs to the cue, unless it opens a time
    // adjunct (`called on Tuesday the plan a failure`).
    let naming_prep = cue.constraint == Constraint::Naming
        && (s.is_word(cue_end, "for") || s.is_word(cue_end, "on"))
        && time_end(s, cue_end).is_none();
    let particle = cue.particles != 0
        && PARTICLES
            .iter()
            .enumerate()
            .any(|(b, p)| cue.particles & (1 << b) != 0 && s.is_word(cue_end, p))
        // `said about 20 people were hurt`: a quantity adverb, not the cue's particle;
        // `argued for the first time that …`: a time adjunct, not the cue's particle.
        && quantity_adverb(s, cue_end).is_none()
        && time_end(s, cue_end).is_none();
    if cue.constraint == Constraint::ParticleOnly && !particle {
        return None;
    }
    if naming_prep || particle {
        cue_end += 1;
    }
    let cue_span = Span::new(cue_span.start, t[cue_end - 1].span.end);

    Some(CueExtent {
        span: cue_span,
        end: cue_end,
        speech,
        naming_prep,
        particle,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Reader = fn(&Sentence<'_>, usize) -> Option<Np>;

    /// What `read` finds ending just before the first token `before` of `text`: the mention and
    /// its head, as text.
    fn read<'t>(read: Reader, text: &'t str, before: &str) -> Option<(&'t str, &'t str)> {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let end = word_index(text, &toks, before);
        let np = read(&s, end)?;
        let cover = |a: usize, b: usize| &text[toks[a].span.start..toks[b - 1].span.end];
        Some((cover(np.start, np.end), cover(np.head_start, np.head_end)))
    }

    #[test]
    fn a_title_is_not_the_head() {
        let got = read(bare_np, "Russian President Vladimir Putin said it.", "said");
        assert_eq!(
            got,
            Some(("Russian President Vladimir Putin", "Vladimir Putin"))
        );
    }

    #[test]
    fn an_of_name_is_one_head() {
        let got = read(bare_np, "The Ministry of Defence said it.", "said");
        assert_eq!(
            got,
            Some(("The Ministry of Defence", "Ministry of Defence"))
        );
    }

    #[test]
    fn a_pronoun_is_its_own_head() {
        assert_eq!(
            read(bare_np, "Later he said it.", "said"),
            Some(("he", "he"))
        );
    }

    #[test]
    fn a_parenthetical_after_a_name_belongs_to_it() {
        let got = read(bare_np, "Rep. Ada Quill (D-N.M.) said it.", "said");
        assert_eq!(got.map(|(m, _)| m), Some("Rep. Ada Quill (D-N.M.)"));
    }

    #[test]
    fn a_role_speaks_for_the_name_after_for() {
        let got = read(simple_np, "A spokesman for Okafor said it.", "said");
        assert_eq!(got, Some(("A spokesman for Okafor", "A spokesman")));
    }

    #[test]
    fn a_participle_and_its_agent_follow_the_head() {
        let got = read(simple_np, "Analysts polled by Reuters said it.", "said");
        assert_eq!(got.map(|(m, _)| m), Some("Analysts polled by Reuters"));
    }

    #[test]
    fn a_prepositional_phrase_after_a_role_stays_in_the_mention() {
        let got = read(
            simple_np,
            "Officials in the Kharkiv region said it.",
            "said",
        );
        assert_eq!(got.map(|(m, _)| m), Some("Officials in the Kharkiv region"));
    }

    #[test]
    fn a_lower_case_adverb_is_no_noun_phrase() {
        assert_eq!(
            read(bare_np, "They met and then quietly said it.", "said"),
            None
        );
    }

    /// The verb group before the first token `cue` of `text`: the group and the cue span start
    /// as text, and whether `be` is in it.
    fn group<'t>(text: &'t str, cue: &str) -> (&'t str, &'t str, bool) {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let i = word_index(text, &toks, cue);
        let g = verb_group(&s, i);
        let cover = |a: usize| &text[toks[a].span.start..toks[i].span.end];
        (cover(g.start), cover(g.cue_start), g.be)
    }

    #[test]
    fn auxiliaries_and_long_join_the_verb_group() {
        assert_eq!(
            group("Kim has long insisted it was fine.", "insisted"),
            ("has long insisted", "has long insisted", false)
        );
    }

    #[test]
    fn an_adverb_joins_the_group_but_not_the_cue_span() {
        assert_eq!(
            group("Lee quickly said it was fine.", "said"),
            ("quickly said", "said", false)
        );
    }

    #[test]
    fn a_noun_after_a_determiner_is_no_adverb() {
        assert_eq!(
            group("The family said it was fine.", "said"),
            ("said", "said", false)
        );
    }

    #[test]
    fn a_form_of_be_marks_the_group() {
        assert_eq!(
            group(
                "The move was widely criticized by economists.",
                "criticized"
            ),
            ("was widely criticized", "was widely criticized", true)
        );
    }

    /// [`naming_reads`] for the cue `cue` of `text` in the form `form`, its subject the words
    /// `subject..cue` (head: the last), or none.
    fn naming(text: &str, subject: Option<&str>, cue: &str, form: Form) -> bool {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let at = |w: &str| word_index(text, &toks, w);
        let i = at(cue);
        let np = subject.map(|w| Np {
            start: at(w),
            end: i,
            head_start: i - 1,
            head_end: i,
        });
        naming_reads(&s, np, form, i, i + 1)
    }

    #[test]
    fn a_named_subject_and_an_object_make_a_naming() {
        assert!(naming(
            "Lee called him divisive.",
            Some("Lee"),
            "called",
            Form::Past
        ));
    }

    #[test]
    fn a_participle_after_an_indefinite_noun_is_no_naming() {
        assert!(!naming(
            "A group called Hope met.",
            Some("A"),
            "called",
            Form::Past
        ));
    }

    #[test]
    fn a_plural_subject_sees_an_object_as_something() {
        assert!(naming(
            "Farmers see the new dam as a threat.",
            Some("Farmers"),
            "see",
            Form::Base
        ));
    }

    #[test]
    fn a_naming_needs_an_object_or_as() {
        assert!(!naming(
            "Lee called on Monday.",
            Some("Lee"),
            "called",
            Form::Past
        ));
    }

    /// [`naming_reads`] for the past-tense cue `cue` of `text`, its subject the words from
    /// `subject` to the comma before the cue (an aside of the subject inside), head `head`.
    fn naming_after_aside(text: &str, subject: &str, head: &str, cue: &str) -> bool {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let at = |w: &str| word_index(text, &toks, w);
        let i = at(cue);
        assert!(toks[i - 1].punct(','));
        let np = Np {
            start: at(subject),
            end: i - 1,
            head_start: at(head),
            head_end: at(head) + 1,
        };
        naming_reads(&s, Some(np), Form::Past, i, i + 1)
    }

    #[test]
    fn a_comma_closing_an_aside_of_the_subject_opens_no_participle() {
        assert!(naming_after_aside(
            "The campaign, though, called the charges false.",
            "The",
            "campaign",
            "called"
        ));
        assert!(naming_after_aside(
            "Lee, who leads the party, called him divisive.",
            "Lee",
            "Lee",
            "called"
        ));
        assert!(naming_after_aside(
            "Lee, a senator from Ohio, called him divisive.",
            "Lee",
            "Lee",
            "called"
        ));
    }

    #[test]
    fn a_participle_after_a_comma_is_still_no_naming() {
        assert!(!naming(
            "The program, called Fresh Start, was cut.",
            None,
            "called",
            Form::Past
        ));
    }

    #[test]
    fn a_time_adjunct_may_stand_before_the_object_of_a_naming() {
        assert!(naming(
            "Lee called on Tuesday the plan a failure.",
            Some("Lee"),
            "called",
            Form::Past
        ));
        assert!(naming(
            "Farmers see, however, the new dam as a threat.",
            Some("Farmers"),
            "see",
            Form::Base
        ));
    }

    #[test]
    fn a_time_adjunct_is_not_the_preposition_of_a_naming_cue() {
        assert_eq!(
            extent("Lee called on Tuesday the plan a failure.", "called"),
            Some(("called".to_string(), false, false))
        );
        assert_eq!(
            extent("Lee called on the council to resign.", "called"),
            Some(("called on".to_string(), true, false))
        );
    }

    /// [`cue_extent`] of the cue word `cue` of `text` (no verb group before it), as text.
    fn extent(text: &str, cue: &str) -> Option<(String, bool, bool)> {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let i = word_index(text, &toks, cue);
        let c = toks[i].cue.expect("a cue");
        let e = cue_extent(&s, i, i, i + 1, c)?;
        Some((text[e.span].to_string(), e.naming_prep, e.particle))
    }

    #[test]
    fn a_plain_cue_is_its_word() {
        assert_eq!(
            extent("Lee said it was fine.", "said"),
            Some(("said".to_string(), false, false))
        );
    }

    #[test]
    fn a_particle_joins_the_cue() {
        assert_eq!(
            extent("Lee pointed out the flaw.", "pointed"),
            Some(("pointed out".to_string(), false, true))
        );
    }

    #[test]
    fn a_modal_before_an_adverb_and_a_finite_verb_is_a_name() {
        for text in [
            "Will then ruled that it was true.",
            "May frequently mocked him for it.",
            "Can has three ways to do it.",
            "Will did not say it.",
            // A headline's capitals, and a comma after the name.
            "Will Says Schools Need More Money",
            "May, a doctor, said it.",
            "Can, however, says it.",
        ] {
            // A cue in the paragraph keeps its sentences as units.
            let text = &format!("{text} Lee said so.");
            let toks = first_unit_toks(text);
            let s = Sentence { text, toks: &toks };
            assert!(finite_after(&s, 1), "{text}");
        }
        for text in [
            "Will they say it?",
            "Can we say it now?",
            "May we also say it?",
            "Will Voters Say It?",
        ] {
            // A cue in the paragraph keeps its sentences as units.
            let text = &format!("{text} Lee said so.");
            let toks = first_unit_toks(text);
            let s = Sentence { text, toks: &toks };
            assert!(!finite_after(&s, 1), "{text}");
        }
    }

    #[test]
    fn a_definite_phrase_before_a_finite_verb_is_a_subject() {
        // The phrase is the first two words; the verb group opens at the third.
        let subject = |text: &str| {
            let text = &format!("{text} Lee said so.");
            let toks = first_unit_toks(text);
            let s = Sentence { text, toks: &toks };
            let np = head_of(&s, 0, 2).expect("a noun phrase");
            definite_subject(&s, np, 2)
        };
        for text in [
            "The tenant later sued.",
            "The league issued a statement.",
            "Its board has voted.",
            "Lee’s firm then appealed.",
        ] {
            assert!(subject(text), "{text}");
        }
        for text in [
            // Indefinite, a modal, a comma, no verb.
            "A tenant later sued.",
            "The league will appeal.",
            "The league, however, said so.",
            "The league offices.",
        ] {
            assert!(!subject(text), "{text}");
        }
    }

    #[test]
    fn a_modal_before_a_past_tense_cue_is_a_name() {
        let got = read(bare_np, "“It failed,” Will wrote.", "wrote");
        assert_eq!(got, Some(("Will", "Will")));
        // Before the base form it is the modal.
        assert_eq!(read(bare_np, "Officials will say it.", "say"), None);
    }
}
