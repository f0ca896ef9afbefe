//! Perturbations for an invariance test of attribution, CheckList-style (Ribeiro et al. 2020):
//! each inserts (or, for `according to`, deletes) a few words where English allows them in a
//! sentence that reports speech, so that the same source, cue and content should be read, moved
//! by the edit. The perturbations know nothing of the parser: they take an attribution as byte
//! spans ([`found`] reads them from a parse) and give the edited text and the spans to expect in it. `examples/invariance.rs` runs it on the
//! dev corpora and `tests/invariance_props.rs` on sentences written for it.

#![allow(dead_code)]

/// An attribution as byte spans into its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// The source mention, if any.
    pub(crate) source: Option<(usize, usize)>,
    /// The cue.
    pub(crate) cue: (usize, usize),
    /// The content pieces.
    pub(crate) contents: Vec<(usize, usize)>,
}

/// The attributions copydesk finds in `text`, as byte spans.
pub(crate) fn found(text: &str) -> Vec<Found> {
    copydesk::parse(text)
        .attributions()
        .iter()
        .map(|a| Found {
            source: a.source().map(|s| (s.start(), s.end())),
            cue: (a.cue().start(), a.cue().end()),
            contents: a.contents().iter().map(|c| (c.start(), c.end())).collect(),
        })
        .collect()
}

/// One edit: replace `text[at..at + del]` with `ins`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    /// Where.
    pub(crate) at: usize,
    /// How many bytes go.
    pub(crate) del: usize,
    /// What comes in.
    pub(crate) ins: String,
}

impl Edit {
    /// The edited text.
    pub(crate) fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.ins.len());
        out.push_str(&text[..self.at]);
        out.push_str(&self.ins);
        out.push_str(&text[self.at + self.del..]);
        out
    }

    /// Where byte `pos` of the old text is in the new: before or at the edit it stays (so a span
    /// that starts where words are inserted takes them in), after it it moves.
    pub(crate) fn map(&self, pos: usize) -> usize {
        if pos <= self.at {
            pos
        } else if pos >= self.at + self.del {
            pos - self.del + self.ins.len()
        } else {
            self.at + self.ins.len()
        }
    }

    /// A span moved by the edit.
    pub(crate) fn span(&self, (s, e): (usize, usize)) -> (usize, usize) {
        (self.map(s), self.map(e))
    }
}

/// The perturbation types, in the order they are reported.
pub(crate) const TYPES: [&str; 14] = [
    "quantity `about` before content",
    "`for the first time` after cue",
    "`on Tuesday` after cue",
    "`on Tuesday` between source and cue",
    "abbreviated date between source and cue",
    "apposition on source",
    "`who` clause on source",
    "`whose` clause on source",
    "parenthetical `though` after source",
    "parenthetical `in fact` after source",
    "parenthetical `however` after cue",
    "negated evidential (`seems not to`)",
    "`according to` without comma",
    "surname that is a modal as source",
];

/// The words of `s` (ASCII letters and apostrophes), lower case.
fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the bytes between `a` and `b` are only spaces.
fn spaces(text: &str, a: usize, b: usize) -> bool {
    a <= b && text[a..b].bytes().all(|c| c == b' ')
}

/// Whether the line around byte `at` is set in headline case (`Lee Says He Will Run`): of its
/// words of four or more letters, at least four, and nine in ten capitalised. Words inserted
/// there are set in the same case, as a headline writer would set them.
fn headline_line(text: &str, at: usize) -> bool {
    let lo = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let hi = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let (mut long, mut caps) = (0, 0);
    for w in text[lo..hi].split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() >= 4 {
            long += 1;
            caps += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    long >= 4 && caps * 10 >= long * 9
}

/// `s` in headline case: every word capitalised but articles, short prepositions and
/// conjunctions (`, a Spokesman for the Ministry,`).
fn headline_case(s: &str) -> String {
    let small = [
        "a", "an", "the", "and", "but", "or", "for", "of", "on", "in", "at", "to", "by",
    ];
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            if small.contains(&word.as_str()) {
                out.push_str(word);
            } else {
                let mut c = word.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
            }
            word.clear();
        }
    };
    for ch in s.chars() {
        if ch.is_alphabetic() {
            word.push(ch);
        } else {
            flush(&mut word, &mut out);
            out.push(ch);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Whether the verb word at the start of `rest` agrees with a singular name before it and
/// cannot follow a modal: an `-s` form (`says`, `has`), an `-ed` form, or an irregular past
/// (`said`, `told`). After a plural subject (`Polls show`, `Police say`) a surname would read
/// as a modal (`Will show`), which English does not allow as a name.
fn singular_or_past(rest: &str) -> bool {
    const PAST: [&str; 24] = [
        "said", "told", "wrote", "thought", "felt", "knew", "saw", "heard", "spoke", "gave",
        "made", "took", "found", "put", "held", "sent", "met", "got", "began", "came", "went",
        "did", "had", "was",
    ];
    // Adverbs of the verb group are passed (`also said`, `quickly denied`).
    const ADVERBS: [&str; 9] = [
        "also", "then", "now", "still", "just", "later", "again", "never", "already",
    ];
    let rest = rest.trim_start();
    // A name set off by a comma (`May, a doctor, said`) is no modal.
    if rest.starts_with(',') {
        return true;
    }
    let Some(w) = rest
        .split(|c: char| !c.is_alphabetic())
        .take_while(|w| !w.is_empty())
        .map(str::to_lowercase)
        .find(|w| !(ADVERBS.contains(&w.as_str()) || w.len() > 4 && w.ends_with("ly")))
    else {
        return false;
    };
    w.len() > 2
        && (w.ends_with('s')
            && !w.ends_with("ss")
            && !["this", "thus", "its", "his"].contains(&w.as_str())
            || w.ends_with("ed"))
        || PAST.contains(&w.as_str())
}

/// Role nouns: common nouns that name people, and so take `who` (`the spokesman, who …`).
const ROLE_NOUNS: [&str; 62] = [
    "adviser",
    "advisor",
    "aide",
    "analyst",
    "attorney",
    "author",
    "candidate",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "colleague",
    "commissioner",
    "critic",
    "customer",
    "delegate",
    "democrat",
    "diplomat",
    "director",
    "doctor",
    "economist",
    "executive",
    "expert",
    "father",
    "founder",
    "friend",
    "governor",
    "head",
    "host",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "man",
    "manager",
    "mayor",
    "member",
    "minister",
    "mother",
    "narrator",
    "officer",
    "official",
    "organizer",
    "owner",
    "participant",
    "partner",
    "people",
    "police",
    "president",
    "professor",
    "prosecutor",
    "questioner",
    "representative",
    "republican",
    "researcher",
    "resident",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "woman",
];

/// Words that open a post-modifier of a noun: prepositions and relative pronouns.
const POST_MODIFIER_WORDS: [&str; 12] = [
    "of", "in", "at", "for", "from", "with", "on", "by", "who", "which", "that", "whose",
];

/// Words that head no subject a relative clause may follow: determiners and quantifiers left
/// of their noun (`Each`, `All`), object pronouns (`Her`).
const NOT_HEADS: [&str; 17] = [
    "all", "any", "both", "each", "either", "every", "few", "her", "him", "many", "me", "most",
    "neither", "several", "some", "them", "us",
];

/// The non-restrictive relative clause English puts after subject `src`, agreeing with it: `who`
/// for a person (a name, a personal pronoun, a role noun: `the spokesman`), `which` for anything
/// else (`the survey`, `the ministry`, `The Post`); the verb plural after a plural or a
/// first- or second-person subject (`Officials, who lead …`, `I, who lead …`). `None` where the
/// source's last word heads no subject (`Each`, `Her`, a possessive).
fn relative_clause(src: &str) -> Option<&'static str> {
    let words: Vec<&str> = src
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.' || c == '-'))
        .filter(|w| !w.is_empty())
        // The head comes before its post-modifiers (`Democrats in Iowa who …`).
        .take_while(|w| !POST_MODIFIER_WORDS.contains(w))
        .collect();
    // A participle after the head is a post-modifier too (`People briefed on the talks`).
    let mut n = words.len();
    while n > 1 && (words[n - 1].ends_with("ed") || words[n - 1].ends_with("ing")) {
        n -= 1;
    }
    let words = &words[..n];
    let head = *words.last()?;
    let low = head.to_lowercase();
    if NOT_HEADS.contains(&low.as_str())
        || low.ends_with("'s")
        || low.ends_with("’s")
        || low.ends_with('\'')
    {
        return None;
    }
    let personal = matches!(low.as_str(), "i" | "we" | "you" | "they" | "he" | "she");
    let first_or_plural_pronoun = matches!(low.as_str(), "i" | "we" | "you" | "they");
    let coordinated = words.contains(&"and");
    let lower_case = head.starts_with(char::is_lowercase);
    let singular = low.strip_suffix('s').filter(|stem| {
        !(low.ends_with("ss") || low.ends_with("us") || low.ends_with("is")) && stem.len() > 1
    });
    // A plural: a common noun in `-s`, or a capitalised group noun in `-ans`, `-crats`,
    // `-ists` (`Democrats`, `Republicans`); a surname in `-s` (`Sanders`) stays singular.
    let role = |w: &str| ROLE_NOUNS.contains(&w);
    let plural = coordinated
        || first_or_plural_pronoun
        || matches!(low.as_str(), "people" | "police")
        || singular.is_some_and(|stem| {
            lower_case || role(stem) || ["ans", "crats", "ists"].iter().any(|x| low.ends_with(x))
        });
    let person = personal
        || role(&low)
        || singular.is_some_and(role)
        // A capitalised head names a person unless the phrase is an organisation's or a
        // document's: `The Post`, an acronym (`CNN`).
        || !(lower_case
            || words[0] == "The"
            || head.len() > 1 && head.chars().all(|c| !c.is_lowercase()));
    Some(match (person, plural) {
        (true, false) => ", who leads the party,",
        (true, true) => ", who lead the party,",
        (false, _) => ", which came out on Monday,",
    })
}

/// The edit of perturbation `kind` (an index into [`TYPES`]) on attribution `f` of `text`, if
/// English allows it there. `variant` picks among equivalent fillers (a name, a date).
pub(crate) fn perturb(kind: usize, text: &str, f: &Found, variant: usize) -> Option<Edit> {
    let (cs, ce) = f.cue;
    let cue = lower_words(&text[cs..ce]);
    let first = f.contents.first().copied()?;
    let after_cue = first.0 > ce;
    // The source directly before the cue: `Kim said`.
    let source_before = f.source.filter(|&(_, e)| e < cs && spaces(text, e, cs));
    // A possessive source makes the cue a noun (`Trump’s claim that …`).
    let possessive = f
        .source
        .is_some_and(|(s, e)| text[s..e].ends_with("’s") || text[s..e].ends_with("'s"));
    let is_verb_cue = !possessive
        && !cue.is_empty()
        && !matches!(cue[0].as_str(), "according" | "as" | "in" | "quoted")
        && text[cs..ce].chars().next().is_some_and(char::is_alphabetic);
    // `said that …`, the `that` in the content or not.
    let that_follows = after_cue && {
        let gap = text[ce..first.0].trim();
        gap == "that" || gap.is_empty() && text[first.0..].starts_with("that ")
    };
    let headline = headline_line(text, cs);
    let ins = |at: usize, s: &str| {
        Some(Edit {
            at,
            del: 0,
            ins: if headline {
                headline_case(s)
            } else {
                s.to_owned()
            },
        })
    };
    match kind {
        // `has said about 20 people were hurt`
        0 => {
            let c = &text[first.0..first.1];
            (is_verb_cue
                && after_cue
                && cue.last().is_some_and(|w| w != "about")
                && c.starts_with(|ch: char| ch.is_ascii_digit())
                && {
                    let gap = &text[ce..first.0];
                    gap.trim().is_empty() || gap.trim() == "that"
                })
            .then_some(())?;
            ins(first.0, "about ")
        }
        // `said for the first time that …`
        1 => {
            (is_verb_cue && that_follows).then_some(())?;
            ins(ce, " for the first time")
        }
        // `said on Tuesday that …`, `“…,” Kim said on Tuesday.`
        2 => {
            let gap = &text[ce..first.0.max(ce)];
            let ok = if after_cue {
                gap.trim().is_empty() || gap.trim() == "that"
            } else {
                text[ce..].starts_with(['.', ','])
            };
            (is_verb_cue && ok).then_some(())?;
            ins(ce, " on Tuesday")
        }
        // `Kim on Tuesday said`
        3 => {
            let (_, e) = source_before?;
            is_verb_cue.then_some(())?;
            ins(e, " on Tuesday")
        }
        // `The ministry on Jan. 5 said`
        4 => {
            let (_, e) = source_before?;
            is_verb_cue.then_some(())?;
            let date = ["on Jan. 5", "on Sept. 12", "on Dec. 3"][variant % 3];
            ins(e, &format!(" {date}"))
        }
        // `Kim, a spokesman for the ministry, said`
        5 => {
            let (s, e) = source_before?;
            (is_verb_cue && text[s..e].starts_with(char::is_uppercase)).then_some(())?;
            ins(e, ", a spokesman for the ministry,")
        }
        // `Kim, who leads the party, said`; `The survey, which came out on Monday, found`
        6 => {
            let (s, e) = source_before?;
            (is_verb_cue && text[s..e].starts_with(char::is_uppercase)).then_some(())?;
            ins(e, relative_clause(&text[s..e])?)
        }
        // `Kim, whose party won the vote, said`
        7 => {
            let (s, e) = source_before?;
            (is_verb_cue && text[s..e].starts_with(char::is_uppercase)).then_some(())?;
            ins(e, ", whose party won the vote,")
        }
        // `Kim, though, said`
        8 => {
            let (_, e) = source_before?;
            is_verb_cue.then_some(())?;
            ins(e, ", though,")
        }
        // `Kim, in fact, said`
        9 => {
            let (_, e) = source_before?;
            is_verb_cue.then_some(())?;
            ins(e, ", in fact,")
        }
        // `Kim said, however, that …`
        10 => {
            (is_verb_cue && that_follows).then_some(())?;
            ins(ce, ", however,")
        }
        // `seems not to`
        11 => {
            let w = cue.first()?;
            matches!(
                w.as_str(),
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
            )
            .then_some(())?;
            // The infinitive follows the verb: `seems to …` → `seems not to …`.
            let next = f.contents.iter().find(|c| c.0 >= ce)?;
            (spaces(text, ce, next.0) && text[next.0..].starts_with("to ")).then_some(())?;
            ins(ce, " not")
        }
        // `…, according to X` → `… according to X`
        12 => {
            (cue.first().is_some_and(|w| w == "according") && cs >= 2).then_some(())?;
            (text.get(cs - 2..cs) == Some(", ") && !after_cue).then_some(())?;
            // Only where the phrase ends its sentence (`…, according to the bank.`): in the
            // middle its commas come in a pair (`The plan, according to Lee, is …`), and
            // dropping one of the pair is no English.
            let (_, se) = f.source?;
            let rest = &text[se..];
            let end = rest.find(['\n', '.', '?', '!']).unwrap_or(rest.len());
            (!rest[..end].contains(',')).then_some(())?;
            Some(Edit {
                at: cs - 2,
                del: 1,
                ins: String::new(),
            })
        }
        // `“…,” Will wrote.`: a one-word capitalised source becomes a surname that is a modal.
        13 => {
            let (s, e) = f.source?;
            let src = &text[s..e];
            // A name, not a pronoun or a demonstrative (`It`, `This`).
            let pronoun = matches!(
                src.to_lowercase().as_str(),
                "it" | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "you"
                    | "i"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "one"
                    | "who"
                    | "which"
            );
            (is_verb_cue
                && !pronoun
                && src.chars().all(char::is_alphabetic)
                && src.starts_with(char::is_uppercase)
                && src.chars().skip(1).all(char::is_lowercase))
            .then_some(())?;
            // A subject before its verb agrees with it: a surname only where the verb is
            // singular or past (not `Police say` → `Will say`).
            (e > cs || singular_or_past(&text[e..])).then_some(())?;
            let name = ["Will", "May", "Can"][variant % 3];
            Some(Edit {
                at: s,
                del: e - s,
                ins: name.to_owned(),
            })
        }
        _ => None,
    }
}

/// Whether `got` (an attribution of the edited text) is `want` moved by `edit`: the same cue
/// and content pieces, moved; the source starting where it moved to and reading the same
/// words (an apposition or clause inserted into it may join it).
pub(crate) fn holds(edited: &str, original: &str, want: &Found, edit: &Edit, got: &Found) -> bool {
    if got.cue != edit.span(want.cue) {
        return false;
    }
    let contents: Vec<(usize, usize)> = want.contents.iter().map(|&c| edit.span(c)).collect();
    if got.contents != contents {
        return false;
    }
    match (want.source, got.source) {
        (None, None) => true,
        (Some(w), Some(g)) => {
            let m = edit.span(w);
            let grew = g.0 == m.0 && g.1 >= m.1 && g.1 <= m.1 + edit.ins.len();
            // A replaced source (the modal surname) is the replacement itself.
            let same = g == m;
            let _ = original;
            (same || grew) && edited.is_char_boundary(g.1)
        }
        _ => false,
    }
}

/// Per-type tallies: slots tried and attributions kept.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Tally {
    /// Slots where the perturbation applied.
    pub(crate) slots: usize,
    /// Slots where the attribution survived it.
    pub(crate) kept: usize,
}

impl Tally {
    /// The invariance rate (1 where no slot applied).
    pub(crate) fn rate(self) -> f64 {
        if self.slots == 0 {
            1.0
        } else {
            self.kept as f64 / self.slots as f64
        }
    }
}

/// Runs every perturbation type on every attribution `parse` finds in `text`, re-parsing each
/// edited text, and adds to `tallies` (one per [`TYPES`] entry). `failures` gets the edited
/// text of each break, by type, while it holds fewer than `keep` of that type.
pub(crate) fn run(
    text: &str,
    parse: &dyn Fn(&str) -> Vec<Found>,
    tallies: &mut [Tally; TYPES.len()],
    failures: &mut [Vec<String>; TYPES.len()],
    keep: usize,
) {
    let found = parse(text);
    for (n, f) in found.iter().enumerate() {
        for kind in 0..TYPES.len() {
            let Some(edit) = perturb(kind, text, f, n) else {
                continue;
            };
            let edited = edit.apply(text);
            let again = parse(&edited);
            let ok = again.iter().any(|g| holds(&edited, text, f, &edit, g));
            tallies[kind].slots += 1;
            tallies[kind].kept += usize::from(ok);
            if !ok && failures[kind].len() < keep {
                let (a, b) = (edit.map(f.cue.0), edit.map(f.cue.1));
                let lo = floor_boundary(&edited, a.saturating_sub(120));
                let hi = ceil_boundary(&edited, (b + 80).min(edited.len()));
                failures[kind].push(edited[lo..hi].replace('\n', " "));
            }
        }
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
