//! Syntax over one sentence: noun phrases as pure functions of a [`Sentence`], with no finder
//! state, so that each reader can be tested alone.

use super::*;

/// Modals that are also names (`Will`, `May`, `Can`): capitalised, before a finite verb, a
/// name.
const MODALS: [&str; 5] = ["will", "may", "can", "might", "must"];

/// Whether a finite verb opens the verb group at token `k`, past adverbs (`then`, `also`,
/// `frequently`): a finite form of `have`, `be` or `do`, a cue in the past or `-s` form, or a
/// word in `-ed`. A modal takes none of them (`Will then ruled`, `May has said`).
fn finite_after(s: &Sentence<'_>, k: usize) -> bool {
    let t = s.toks;
    let mut m = k;
    while m < t.len() && m < k + 4 {
        let x = &t[m];
        if !x.word() || x.cap {
            return false;
        }
        let w = &s.text[x.span];
        if x.is(FINITE_AUX)
            || x.cue
                .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
            || !x.is(AUX) && w.len() > 3 && w.ends_with("ed")
        {
            return true;
        }
        // Adverbs of the verb group: `then`, `also`, `often`, `frequently`.
        if !(x.is(AUX) || w.len() > 4 && w.ends_with("ly")) || s.is_any(m, &MODALS) {
            return false;
        }
        m += 1;
    }
    false
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
    // A capitalised auxiliary ends a name after another name word (`Theresa May`); alone, it
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
                    || a > 0
                        && t[a - 1]
                            .cue
                            .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                        && t.get(b).is_none_or(|x| !x.word())));
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
        t[a].word() && (w.ends_with("'s") || w.ends_with("’s"))
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
    // `Proponents of the bill`, `Fifteen percent of voters in the poll`: a plural noun
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
        .filter(|&p| s.is_any(p, &["of", "in", "at", "for", "from", "across", "on"]))
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
    // Skip a parenthetical: `Rep. Jim Clyburn (D-S.C.)`.
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
    // A document or study may take two (`An average of recent polls by RealClearPolitics`).
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
                    // `Fifteen percent of voters in the poll`
                    || outer.end - outer.start <= 4
                        && !s.is_word(np.start - 1, "on")
                        && s.text[t[outer.end - 1].span].ends_with('s')
                    // `The BBC's David Willey in Rome`: a name, then where it is.
                    || t[outer.end - 1].cap
                        && t[np.head_end - 1].cap
                        && s.is_any(np.start - 1, &["in", "at", "from"])
                        && outer.head_end - outer.head_start >= 2
                        && !t[outer.head_start..outer.head_end].iter().any(|x| x.is(ORG)))
                // `A review by The Times`, `an analysis of the data`.
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
/// a finite verb, an object after it) or `developers see golf courses as wasted space` (the
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
    // `Millennials see police violence as a problem`, `developers see golf courses as
    // wasted space`: a plural subject, the base form, an object and `as`.
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

// ---------------------------------------------------------------------------------------------
// The skipper: what a clause may hold between two of its parts

/// The kinds of aside that may stand between two parts of a clause (a subject and its verb, a
/// cue and its content), for [`skip_forward`] and [`skip_back`]. A set: combine with `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Gap(u8);

impl Gap {
    /// `not`, `never`: `seems not to …`.
    pub(super) const NEGATION: Gap = Gap(1);
    /// A time adjunct: a date (`Jan. 5`, `Sept. 12, 2019`) or a prepositional phrase whose head
    /// is a time (`on Jan. 5`, `for the first time`, `in recent weeks`, `at the time`).
    pub(super) const TIME: Gap = Gap(1 << 1);
    /// A discourse adverb: set off by commas (`, though,`, `, however,`, `, in fact,`) or a
    /// two-word one standing bare (`in fact`, `of course`).
    pub(super) const DISCOURSE: Gap = Gap(1 << 2);

    /// Whether the set holds every kind of `other`.
    pub(super) const fn has(self, other: Gap) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Gap {
    type Output = Gap;
    fn bitor(self, other: Gap) -> Gap {
        Gap(self.0 | other.0)
    }
}

/// The skipper's word classes (a word may hold several), from [`aside_class`].
mod class {
    /// `not`, `never`.
    pub(super) const NEGATION: u16 = 1;
    /// A preposition that opens a time adjunct (`on`, `for`, `during`).
    pub(super) const TIME_PREP: u16 = 1 << 1;
    /// A time head besides the lexicon's time words (`time`, `moment`).
    pub(super) const TIME_HEAD: u16 = 1 << 2;
    /// A word between a time preposition and its head (`first`, `past`, `recent`).
    pub(super) const TIME_MOD: u16 = 1 << 3;
    /// A discourse adverb of one word, read between commas (`though`, `however`).
    pub(super) const DISCOURSE: u16 = 1 << 4;
    /// The first word of a two-word discourse adverb (`in` of `in fact`).
    pub(super) const DISCOURSE_FIRST: u16 = 1 << 5;
    /// The second word of a two-word discourse adverb (`fact` of `in fact`).
    pub(super) const DISCOURSE_SECOND: u16 = 1 << 6;
    /// An adverb of degree before a number (`about 20`, `nearly 300`).
    pub(super) const DEGREE: u16 = 1 << 7;
}

/// Discourse adverbs of two words, read between commas or bare (`Kim in fact said`); each
/// word is also in its class of [`aside_class`].
static DISCOURSE_TWO: [(&str, &str); 10] = [
    ("in", "fact"),
    ("of", "course"),
    ("for", "example"),
    ("for", "instance"),
    ("in", "turn"),
    ("at", "least"),
    ("in", "particular"),
    ("by", "contrast"),
    ("in", "addition"),
    ("after", "all"),
];

/// The closed-class words that open, close or fill an aside, with their classes.
static ASIDE_WORDS: [(&str, u16); 60] = {
    use class::*;
    [
        ("not", NEGATION),
        ("never", NEGATION),
        ("on", TIME_PREP),
        ("during", TIME_PREP),
        ("since", TIME_PREP),
        ("until", TIME_PREP),
        ("within", TIME_PREP),
        ("throughout", TIME_PREP),
        ("in", TIME_PREP | DISCOURSE_FIRST),
        ("for", TIME_PREP | DISCOURSE_FIRST),
        ("at", TIME_PREP | DISCOURSE_FIRST | DEGREE),
        ("over", TIME_PREP | DEGREE),
        ("under", TIME_PREP | DEGREE),
        ("of", DISCOURSE_FIRST),
        ("by", DISCOURSE_FIRST),
        ("after", DISCOURSE_FIRST),
        ("time", TIME_HEAD),
        ("times", TIME_HEAD),
        ("moment", TIME_HEAD),
        ("first", TIME_MOD),
        ("second", TIME_MOD),
        ("third", TIME_MOD),
        ("fourth", TIME_MOD),
        ("fifth", TIME_MOD),
        ("last", TIME_MOD),
        ("past", TIME_MOD),
        ("next", TIME_MOD),
        ("final", TIME_MOD),
        ("same", TIME_MOD),
        ("several", TIME_MOD),
        ("few", TIME_MOD),
        ("recent", TIME_MOD),
        ("coming", TIME_MOD),
        ("previous", TIME_MOD),
        ("early", TIME_MOD),
        ("though", DISCOURSE),
        ("however", DISCOURSE),
        ("meanwhile", DISCOURSE),
        ("moreover", DISCOURSE),
        ("nonetheless", DISCOURSE),
        ("nevertheless", DISCOURSE),
        ("instead", DISCOURSE),
        ("too", DISCOURSE),
        ("indeed", DISCOURSE),
        ("still", DISCOURSE),
        ("therefore", DISCOURSE),
        ("thus", DISCOURSE),
        ("again", DISCOURSE),
        ("also", DISCOURSE),
        ("furthermore", DISCOURSE),
        ("likewise", DISCOURSE),
        ("about", DEGREE),
        ("around", DEGREE),
        ("nearly", DEGREE),
        ("almost", DEGREE),
        ("roughly", DEGREE),
        ("approximately", DEGREE),
        ("some", DEGREE),
        ("more", DEGREE),
        ("up", DEGREE),
    ]
};

/// The second words of [`DISCOURSE_TWO`] and the other degree words, classed apart so that
/// [`ASIDE_WORDS`] stays one entry per word.
static ASIDE_WORDS_MORE: [(&str, u16); 12] = {
    use class::*;
    [
        ("fact", DISCOURSE_SECOND),
        ("course", DISCOURSE_SECOND),
        ("example", DISCOURSE_SECOND),
        ("instance", DISCOURSE_SECOND),
        ("turn", DISCOURSE_SECOND),
        ("least", DISCOURSE_SECOND),
        ("particular", DISCOURSE_SECOND),
        ("contrast", DISCOURSE_SECOND),
        ("addition", DISCOURSE_SECOND),
        ("all", DISCOURSE_SECOND),
        ("less", DEGREE),
        ("fewer", DEGREE),
    ]
};

/// The longest word of [`ASIDE_WORDS`] and [`ASIDE_WORDS_MORE`].
const ASIDE_LONGEST: usize = 13;

/// For each word length and first letter (`a` = 0), a bit per second letter that some aside
/// word of that length opens with: most words are turned away by one look-up.
static ASIDE_SHAPES: [[u32; 26]; ASIDE_LONGEST + 1] = {
    let mut m = [[0u32; 26]; ASIDE_LONGEST + 1];
    let mut i = 0;
    while i < ASIDE_WORDS.len() + ASIDE_WORDS_MORE.len() {
        let w = if i < ASIDE_WORDS.len() {
            ASIDE_WORDS[i].0
        } else {
            ASIDE_WORDS_MORE[i - ASIDE_WORDS.len()].0
        }
        .as_bytes();
        m[w.len()][(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    m
};

/// A word of at most [`ASIDE_LONGEST`] ASCII letters as one number, a byte a letter, in lower
/// case (distinct words, distinct numbers: no letter is zero).
const fn pack_lower(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() {
        key = key << 8 | w[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    key
}

/// [`ASIDE_WORDS`] and [`ASIDE_WORDS_MORE`] as packed words with their classes, sorted, for a
/// binary search.
static ASIDE_KEYS: [(u128, u16); ASIDE_WORDS.len() + ASIDE_WORDS_MORE.len()] = {
    let mut keys = [(0u128, 0u16); ASIDE_WORDS.len() + ASIDE_WORDS_MORE.len()];
    let mut i = 0;
    while i < keys.len() {
        let (w, c) = if i < ASIDE_WORDS.len() {
            ASIDE_WORDS[i]
        } else {
            ASIDE_WORDS_MORE[i - ASIDE_WORDS.len()]
        };
        keys[i] = (pack_lower(w.as_bytes()), c);
        i += 1;
    }
    // Insertion sort, at compile time.
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1].0 > keys[j].0 {
            let x = keys[j - 1];
            keys[j - 1] = keys[j];
            keys[j] = x;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// Whether the word `w` negates its verb group: a free-standing negation the skipper steps over
/// (the [`class::NEGATION`] words of its table: `not`, `never`), or one fused with its
/// auxiliary (`cannot`, `wouldn't`, `can’t`), which the skipper never meets between two parts.
pub(super) fn negation_word(w: &str) -> bool {
    ASIDE_WORDS
        .iter()
        .any(|&(a, c)| c & class::NEGATION != 0 && w.eq_ignore_ascii_case(a))
        || w.eq_ignore_ascii_case("cannot")
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// The skipper's classes of the word at token `k` (0 for anything else).
fn aside_class(s: &Sentence<'_>, k: usize) -> u16 {
    let Some(x) = s.toks.get(k) else {
        return 0;
    };
    let len = x.span.len();
    if !x.word() || !(2..=ASIDE_LONGEST).contains(&len) {
        return 0;
    }
    let w = &s.text.as_bytes()[x.span.range()];
    let (a, b) = (w[0].to_ascii_lowercase(), w[1].to_ascii_lowercase());
    if !a.is_ascii_lowercase()
        || !b.is_ascii_lowercase()
        || ASIDE_SHAPES[len][usize::from(a - b'a')] & (1 << (b - b'a')) == 0
    {
        return 0;
    }
    let key = pack_lower(w);
    ASIDE_KEYS
        .binary_search_by(|&(k, _)| k.cmp(&key))
        .map_or(0, |i| ASIDE_KEYS[i].1)
}

/// Whether token `k` is a number: digits (`20`, `2,400`, `1.5`) or a number word.
pub(super) fn number_at(s: &Sentence<'_>, k: usize) -> bool {
    s.toks.get(k).is_some_and(|x| {
        x.word()
            && (s.text[x.span].starts_with(|c: char| c.is_ascii_digit())
                || NUMBER_WORDS
                    .iter()
                    .any(|w| s.text[x.span].eq_ignore_ascii_case(w)))
    })
}

/// The end of a quantity adverb at token `k` that modifies the number after it (`about 20
/// people`, `more than 40`, `up to 12`): there `about` or `over` is no preposition.
pub(super) fn quantity_adverb(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let t = s.toks.get(k)?;
    if t.cap && k > 0 || aside_class(s, k) & class::DEGREE == 0 {
        return None;
    }
    // `more than`, `less than`, `fewer than`, `up to`, `at least`, `at most`: two words.
    let len = if s.is_any(k, &["more", "less", "fewer"]) {
        s.is_word(k + 1, "than").then_some(2)?
    } else if s.is_word(k, "up") {
        s.is_word(k + 1, "to").then_some(2)?
    } else if s.is_word(k, "at") {
        s.is_any(k + 1, &["least", "most"]).then_some(2)?
    } else {
        1
    };
    number_at(s, k + len).then_some(k + len)
}

/// The end of a date at token `k`: a month name or abbreviation with a day (`Jan. 5`, `Sept.
/// 12`, `March 3`), and a year after a comma (`Dec. 3, 2019`).
fn date_end(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let t = s.toks;
    let x = t.get(k)?;
    if !x.word() || !x.cap || x.span.len() < 3 || x.span.len() > 10 {
        return None;
    }
    let w = &s.text[x.span];
    // A month opens with one of these letters; only then is the calendar asked.
    if !matches!(
        w.as_bytes()[0],
        b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
    ) {
        return None;
    }
    crate::lexicon::calendar::month_number(w)?;
    let mut e = k + 1;
    if !w.ends_with('.') && t.get(e).is_some_and(|p| p.punct('.')) {
        e += 1;
    }
    let day = t.get(e).is_some_and(|d| {
        d.word() && d.span.len() <= 4 && s.text[d.span].starts_with(|c: char| c.is_ascii_digit())
    });
    if !day {
        return None;
    }
    e += 1;
    let year = |m: usize| {
        t.get(m).is_some_and(|y| {
            y.word() && y.span.len() == 4 && s.text[y.span].bytes().all(|b| b.is_ascii_digit())
        })
    };
    if t.get(e).is_some_and(|c| c.punct(',')) && year(e + 1) {
        e += 2;
    }
    Some(e)
}

/// The end of a time adjunct at token `k`: a date (`Jan. 5`), or a time preposition, up to
/// three determiners, numbers or time modifiers, and a time head (`on Jan. 5`, `for the first
/// time`, `over the past two weeks`, `at the time`).
fn time_end(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let x = s.toks.get(k)?;
    let c = if x.cap { 0 } else { aside_class(s, k) };
    time_end_classed(s, k, c)
}

/// [`time_end`], with the classes `c` of token `k` already read (0 for a capitalised word).
fn time_end_classed(s: &Sentence<'_>, k: usize, c: u16) -> Option<usize> {
    let t = s.toks;
    if let Some(e) = date_end(s, k) {
        return Some(e);
    }
    if c & class::TIME_PREP == 0 {
        return None;
    }
    if let Some(e) = date_end(s, k + 1) {
        return Some(e);
    }
    let head = |m: usize| {
        t.get(m).is_some_and(|y| {
            y.word()
                && (y.is(TIME) && !s.is_any(m, &["this", "last", "next", "earlier", "later"])
                    || aside_class(s, m) & class::TIME_HEAD != 0)
        })
    };
    let modifier = |m: usize| {
        t.get(m).is_some_and(|y| {
            y.word()
                && !y.cap
                && (y.is(DET) || number_at(s, m) || aside_class(s, m) & class::TIME_MOD != 0)
        })
    };
    // The head is the last time word of the run (`over the past two weeks`: `past` modifies).
    let mut m = k + 1;
    while m - k <= 4 {
        if modifier(m) && (modifier(m + 1) || head(m + 1)) {
            m += 1;
        } else {
            return head(m).then_some(m + 1);
        }
    }
    None
}

/// The length of a discourse adverb at token `k` (`though`; `in fact`), of one word only
/// where `one` allows it.
fn discourse_len(s: &Sentence<'_>, k: usize, one: bool) -> Option<usize> {
    let c = aside_class(s, k);
    if c & class::DISCOURSE_FIRST != 0
        && aside_class(s, k + 1) & class::DISCOURSE_SECOND != 0
        && DISCOURSE_TWO
            .iter()
            .any(|(a, b)| s.is_word(k, a) && s.is_word(k + 1, b))
    {
        return Some(2);
    }
    (one && c & class::DISCOURSE != 0).then_some(1)
}

/// The end of a discourse aside at token `k`: a discourse adverb between commas (`, though,`,
/// `, in fact,`) or a two-word one standing bare (`in fact`).
/// `c`: the classes of token `k` (0 for a capitalised word or a comma).
fn discourse_end(s: &Sentence<'_>, k: usize, c: u16) -> Option<usize> {
    let t = s.toks;
    let x = t.get(k)?;
    if x.punct(',') {
        let len = discourse_len(s, k + 1, true)?;
        return t
            .get(k + 1 + len)
            .is_some_and(|c| c.punct(','))
            .then_some(k + 2 + len);
    }
    if c & class::DISCOURSE_FIRST == 0 {
        return None;
    }
    discourse_len(s, k, false).map(|len| k + len)
}

/// The end of one aside of a kind in `gap` at token `k`, if one starts there.
pub(super) fn aside_end(s: &Sentence<'_>, k: usize, gap: Gap) -> Option<usize> {
    let x = s.toks.get(k)?;
    if !x.word() && !x.punct(',') {
        return None;
    }
    // The word's classes, read once (every aside word is lower case).
    let c = if x.word() && !x.cap {
        aside_class(s, k)
    } else {
        0
    };
    if gap.has(Gap::NEGATION) && c & class::NEGATION != 0 {
        return Some(k + 1);
    }
    if gap.has(Gap::TIME)
        && x.word()
        && let Some(e) = time_end_classed(s, k, c)
    {
        return Some(e);
    }
    if gap.has(Gap::DISCOURSE)
        && let Some(e) = discourse_end(s, k, c)
    {
        return Some(e);
    }
    None
}

/// The most asides stepped over at once (each is a few tokens: the windows stay bounded).
const MAX_ASIDES: usize = 4;

/// The longest aside reads this many tokens (`, in fact,`; `on Sept. 12, 2019`).
const MAX_ASIDE_TOKENS: usize = 8;

/// The first token at or after `k` past the asides of kinds `gap` that start there: `said for
/// the first time that …` steps from `for` to `that`.
pub(super) fn skip_forward(s: &Sentence<'_>, mut k: usize, gap: Gap) -> usize {
    for _ in 0..MAX_ASIDES {
        match aside_end(s, k, gap) {
            Some(e) if e > k => k = e,
            _ => break,
        }
    }
    k
}

/// The first token of one aside of kinds `gap` that ends just before token `end`, read from
/// its last token: a comma closes a discourse adverb set off by commas, `not` is itself, a
/// time word or a number closes a time adjunct (at most seven tokens back), the second word of
/// a bare discourse adverb closes it.
fn aside_start(s: &Sentence<'_>, end: usize, gap: Gap) -> Option<usize> {
    let last = end.checked_sub(1)?;
    let x = s.toks.get(last)?;
    if x.punct(',') {
        if !gap.has(Gap::DISCOURSE) {
            return None;
        }
        return (1..=2).find_map(|len| {
            let c = last.checked_sub(len + 1)?;
            (s.toks[c].punct(',') && discourse_len(s, c + 1, true) == Some(len)).then_some(c)
        });
    }
    if !x.word() {
        return None;
    }
    // Every aside word is lower case: a capitalised one is read only as a time.
    let c = if x.cap { 0 } else { aside_class(s, last) };
    if gap.has(Gap::NEGATION) && c & class::NEGATION != 0 {
        return Some(last);
    }
    if gap.has(Gap::TIME)
        && (x.is(TIME)
            || s.text.as_bytes()[x.span.start].is_ascii_digit()
            || c & class::TIME_HEAD != 0)
        && let Some(k) = (end.saturating_sub(MAX_ASIDE_TOKENS)..last)
            .chain(std::iter::once(last))
            .find(|&k| time_end(s, k) == Some(end))
    {
        return Some(k);
    }
    if gap.has(Gap::DISCOURSE)
        && c & class::DISCOURSE_SECOND != 0
        && last >= 1
        && !s.toks[last - 1].cap
        && discourse_len(s, last - 1, false) == Some(2)
    {
        return Some(last - 1);
    }
    None
}

/// The first token of the asides of kinds `gap` that end just before token `end`: `The
/// ministry on Jan. 5 said` steps back from `said` to `on`. `end` when none ends there.
pub(super) fn skip_back(s: &Sentence<'_>, mut end: usize, gap: Gap) -> usize {
    for _ in 0..MAX_ASIDES {
        match aside_start(s, end, gap) {
            Some(k) if k < end => end = k,
            _ => break,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of the first unit of `text` (a sentence with a cue in it), as the finder
    /// reads them (no finder built).
    fn toks(text: &str) -> Vec<Tok> {
        let body: Vec<_> = crate::text::paragraphs(text).collect();
        let quotations = crate::quote::quotations(text);
        let mut store = Vec::new();
        let units = units(text, &body, &quotations, &mut store);
        store[units[0].toks.clone()].to_vec()
    }

    type Reader = fn(&Sentence<'_>, usize) -> Option<Np>;

    /// What `read` finds ending just before the first token `before` of `text`: the mention and
    /// its head, as text.
    fn read<'t>(read: Reader, text: &'t str, before: &str) -> Option<(&'t str, &'t str)> {
        let toks = toks(text);
        let s = Sentence { text, toks: &toks };
        let end = toks
            .iter()
            .position(|t| &text[t.span] == before)
            .expect("the word is in the text");
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
        let got = read(bare_np, "Rep. Jim Clyburn (D-S.C.) said it.", "said");
        assert_eq!(got.map(|(m, _)| m), Some("Rep. Jim Clyburn (D-S.C.)"));
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
        let toks = toks(text);
        let s = Sentence { text, toks: &toks };
        let i = toks
            .iter()
            .position(|t| &text[t.span] == cue)
            .expect("the word is in the text");
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

    /// The index of the token of `toks` that is the word `w` of `text` (a test's own sentence).
    fn word_index(text: &str, toks: &[Tok], w: &str) -> usize {
        toks.iter()
            .position(|t| &text[t.span] == w)
            .expect("the word is in the text")
    }

    /// [`naming_reads`] for the cue `cue` of `text` in the form `form`, its subject the words
    /// `subject..cue` (head: the last), or none.
    fn naming(text: &str, subject: Option<&str>, cue: &str, form: Form) -> bool {
        let toks = toks(text);
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
        let toks = toks(text);
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
        let toks = toks(text);
        let s = Sentence { text, toks: &toks };
        let i = toks
            .iter()
            .position(|t| &text[t.span] == cue)
            .expect("the word is in the text");
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

    /// The words a skipper steps over from the first token `at` of `text`, as text (empty when
    /// it steps over nothing): [`skip_forward`] from that token, or [`skip_back`] from just
    /// before it.
    fn skipped(text: &str, at: &str, gap: Gap, forward: bool) -> String {
        let toks = toks(text);
        let s = Sentence { text, toks: &toks };
        let k = toks
            .iter()
            .position(|t| &text[t.span] == at)
            .expect("the word is in the text");
        let (a, b) = if forward {
            (k, skip_forward(&s, k, gap))
        } else {
            (skip_back(&s, k, gap), k)
        };
        if a == b {
            return String::new();
        }
        text[toks[a].span.start..toks[b - 1].span.end].to_string()
    }

    /// The words [`skip_forward`] steps over from the first token `from` of `text`.
    fn skipped_forward(text: &str, from: &str, gap: Gap) -> String {
        skipped(text, from, gap, true)
    }

    /// The words [`skip_back`] steps over back from the first token `before` of `text`.
    fn skipped_back(text: &str, before: &str, gap: Gap) -> String {
        skipped(text, before, gap, false)
    }

    const ASIDES: Gap = Gap(Gap::NEGATION.0 | Gap::TIME.0 | Gap::DISCOURSE.0);

    #[test]
    fn a_time_phrase_with_an_ordinal_is_stepped_over() {
        assert_eq!(
            skipped_forward(
                "Lee said for the first time that it was over.",
                "for",
                ASIDES
            ),
            "for the first time"
        );
        assert_eq!(
            skipped_forward(
                "Lee said over the past two weeks that it was over.",
                "over",
                ASIDES
            ),
            "over the past two weeks"
        );
    }

    #[test]
    fn an_abbreviated_date_and_its_year_are_one_aside() {
        assert_eq!(
            skipped_back(
                "The board on Sept. 12, 2019 said it was over.",
                "said",
                ASIDES
            ),
            "on Sept. 12, 2019"
        );
        assert_eq!(
            skipped_back("The board Dec. 3 said it was over.", "said", Gap::TIME),
            "Dec. 3"
        );
    }

    #[test]
    fn a_month_without_a_day_is_no_date() {
        // `May` may be a name or a modal: without a day it is left alone.
        assert_eq!(
            skipped_back("Officials in May said it.", "said", ASIDES),
            ""
        );
    }

    #[test]
    fn discourse_adverbs_between_commas_are_stepped_over() {
        assert_eq!(
            skipped_back("Lee, in fact, said it was over.", "said", ASIDES),
            ", in fact,"
        );
        assert_eq!(
            skipped_back("Lee, though, said it was over.", "said", ASIDES),
            ", though,"
        );
        assert_eq!(
            skipped_forward("Lee said, however, that it was over.", ",", ASIDES),
            ", however,"
        );
    }

    #[test]
    fn asides_follow_one_another() {
        assert_eq!(
            skipped_back("Lee, however, on Jan. 5 said it was over.", "said", ASIDES),
            ", however, on Jan. 5"
        );
    }

    #[test]
    fn every_aside_word_is_found_in_its_class() {
        for &(w, c) in ASIDE_WORDS.iter().chain(&ASIDE_WORDS_MORE) {
            let text = format!("Lee {w} said it.");
            let toks = toks(&text);
            let s = Sentence {
                text: &text,
                toks: &toks,
            };
            assert_eq!(aside_class(&s, 1), c, "{w}");
        }
    }

    #[test]
    fn every_two_word_discourse_adverb_is_in_its_classes() {
        for (a, b) in DISCOURSE_TWO {
            let text = format!("Lee {a} {b} said it.");
            let toks = toks(&text);
            let s = Sentence {
                text: &text,
                toks: &toks,
            };
            assert_ne!(aside_class(&s, 1) & class::DISCOURSE_FIRST, 0, "{a}");
            assert_ne!(aside_class(&s, 2) & class::DISCOURSE_SECOND, 0, "{b}");
        }
    }

    #[test]
    fn a_one_word_adverb_needs_its_commas() {
        // `though` bare opens a clause; only between commas is it an aside.
        assert_eq!(
            skipped_forward("Lee said though it was over.", "though", ASIDES),
            ""
        );
    }

    #[test]
    fn only_the_kinds_asked_for_are_stepped_over() {
        assert_eq!(
            skipped_forward("It seems not to matter.", "not", Gap::NEGATION),
            "not"
        );
        assert_eq!(
            skipped_forward("It seems not to matter.", "not", Gap::TIME),
            ""
        );
        assert_eq!(
            skipped_forward("Lee said on Jan. 5 that it was over.", "on", Gap::DISCOURSE),
            ""
        );
    }

    #[test]
    fn a_preposition_before_a_noun_that_is_no_time_is_no_aside() {
        assert_eq!(
            skipped_forward("Lee said for the record that it was over.", "for", ASIDES),
            ""
        );
    }

    /// [`quantity_adverb`] at the first token `at` of `text`: the words up to the number.
    fn quantity(text: &str, at: &str) -> Option<String> {
        let toks = toks(text);
        let s = Sentence { text, toks: &toks };
        let k = toks
            .iter()
            .position(|t| &text[t.span] == at)
            .expect("the word is in the text");
        quantity_adverb(&s, k).map(|e| text[toks[k].span.start..toks[e - 1].span.end].to_string())
    }

    #[test]
    fn a_degree_word_before_a_number_is_a_quantity() {
        assert_eq!(
            quantity("Lee said about 20 people came.", "about"),
            Some("about".to_string())
        );
        assert_eq!(
            quantity("Lee said more than 40 people came.", "more"),
            Some("more than".to_string())
        );
        assert_eq!(quantity("Lee talked about the plan.", "about"), None);
    }

    #[test]
    fn a_modal_before_an_adverb_and_a_finite_verb_is_a_name() {
        for text in [
            "Will then ruled that it was true.",
            "May frequently mocked him for it.",
            "Can has three ways to do it.",
            "Will did not say it.",
        ] {
            // A cue in the paragraph keeps its sentences as units.
            let text = &format!("{text} Lee said so.");
            let toks = toks(text);
            let s = Sentence { text, toks: &toks };
            assert!(finite_after(&s, 1), "{text}");
        }
        for text in [
            "Will they say it?",
            "Can we say it now?",
            "May we also say it?",
        ] {
            // A cue in the paragraph keeps its sentences as units.
            let text = &format!("{text} Lee said so.");
            let toks = toks(text);
            let s = Sentence { text, toks: &toks };
            assert!(!finite_after(&s, 1), "{text}");
        }
    }

    #[test]
    fn a_modal_before_a_past_tense_cue_is_a_name() {
        let got = read(bare_np, "“It failed,” Will wrote.", "wrote");
        assert_eq!(got, Some(("Will", "Will")));
        // Before the base form it is the modal.
        assert_eq!(read(bare_np, "Officials will say it.", "say"), None);
    }

    #[test]
    fn negation_words_free_and_fused() {
        for w in ["not", "Never", "cannot", "wouldn't", "can’t"] {
            assert!(negation_word(w), "{w}");
        }
        for w in ["note", "nevertheless", "can", "cant", "now"] {
            assert!(!negation_word(w), "{w}");
        }
    }
}
