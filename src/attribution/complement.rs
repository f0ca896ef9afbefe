//! Syntax: what a verb takes after it, its **complement**, read from the words after the verb
//! as a pure function of a [`Sentence`]. The verb reader uses it to tell a cue's reporting
//! senses from the rest: `found that …` reports, `found a seat` does not.

use super::*;

/// The kind of complement a verb takes, read from the first words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Complement {
    /// A quotation, right after the verb or after `,` / `:`: `said: “…”`.
    Quote,
    /// A `that` clause: `found that …`.
    That,
    /// A clause opened by a wh-word, `whether` or `if`: `asked whether …`, `knows how …`.
    Wh,
    /// A `to`-infinitive: `offered to resign`, `sought to block`.
    ToInf,
    /// A finite clause without `that`: a subject and its verb (`found the plan was flawed`,
    /// `said he would go`).
    Clause,
    /// An object and what is said of it: `called the plan a failure`, `found him guilty`,
    /// `urged them to act`.
    Predicative,
    /// An object and `as` what it is taken for: `sees the plan as a failure`, `saw him as a
    /// rival`. Unlike [`Complement::Predicative`] (`saw its sales rise`, `saw prices falling`:
    /// an event perceived or undergone), it states a view.
    As,
    /// An object headed by a noun of saying or believing: `offered no comment`, `voiced
    /// concern`.
    ReportNoun,
    /// A plain noun phrase object: `called the hotline`, `found a seat`, `offered no evidence`.
    Np,
    /// A reflexive object: `found itself in the middle of the dispute`, `found himself embroiled`.
    Reflexive,
    /// Nothing the verb takes here: the clause ends, or a prepositional phrase or other
    /// adjunct follows (the content, if any, stands elsewhere).
    Nothing,
}

impl Complement {
    /// This complement's bit in a [`Senses`] set.
    pub(super) fn bit(self) -> u16 {
        1 << self as u16
    }

    /// The complement a sense mark of the cue lexicon names (`+that` → [`Complement::That`]).
    pub(super) fn from_mark(mark: &str) -> Option<Complement> {
        Some(match mark {
            "+quote" => Complement::Quote,
            "+that" => Complement::That,
            "+wh" => Complement::Wh,
            "+to" => Complement::ToInf,
            "+clause" => Complement::Clause,
            "+pred" => Complement::Predicative,
            "+as" => Complement::As,
            "+noun" => Complement::ReportNoun,
            "+np" => Complement::Np,
            "+refl" => Complement::Reflexive,
            _ => return None,
        })
    }
}

/// The complements a cue verb reports with, as bits of [`Complement::bit`]; 0 for a verb that
/// declares none (it reports with any).
pub(super) type Senses = u16;

/// Words that open a wh-clause after a verb (`asked whether`, `knows how`, `said why`).
pub(super) const WH_OPENERS: [&str; 11] = [
    "whether", "if", "what", "how", "why", "who", "whom", "when", "where", "which", "whose",
];

/// Subject pronouns: after a verb they can only open a clause (`found he was`, `said they`).
pub(super) const SUBJECT_PRONOUNS: [&str; 6] = ["i", "he", "she", "we", "they", "there"];

/// Object pronouns that may be followed by what is said of them (`found him guilty`, `called
/// it a disgrace`).
pub(super) const OBJECT_PRONOUNS: [&str; 6] = ["him", "her", "them", "it", "us", "me"];

/// Prepositions that end an object noun phrase, besides the lexicon's `preposition` and `stop`
/// words (`a seat near the door`, `evidence of fraud`).
pub(super) const OBJECT_ENDS: [&str; 21] = [
    "of", "for", "with", "at", "near", "among", "between", "behind", "inside", "outside", "beyond",
    "toward", "towards", "around", "amid", "like", "than", "per", "via", "and", "or",
];

/// Whether token `k` of `s` is one of [`OBJECT_ENDS`].
pub(super) fn object_end(s: &Sentence<'_>, k: usize) -> bool {
    s.is_listed(k, &OBJECT_ENDS)
}

/// Words a clause's subject does not run past: relative and subordinating words, and `but`,
/// which coordinates a second predicate of the object's clause (`reported little progress on
/// tariffs but are hopeful`).
pub(super) const SUBJECT_ENDS: [&str; 12] = [
    "that", "which", "who", "whose", "whom", "where", "when", "because", "if", "while", "as", "but",
];

/// The most words a clause's subject is read over, from the first word after the verb.
const MAX_SUBJECT: usize = 12;

/// Reflexive pronouns (`found itself in the middle of …`).
pub(super) const REFLEXIVES: [&str; 8] = [
    "myself",
    "yourself",
    "himself",
    "herself",
    "itself",
    "ourselves",
    "yourselves",
    "themselves",
];

/// The most words a noun phrase object is read over.
const MAX_OBJECT: usize = 8;

/// Whether token `k` looks like the finite verb of a clause whose subject ends before it: an
/// auxiliary or modal (`was`, `would`, `has`, `didn’t`), a cue in the past or `-s` form, or a
/// lower-case word in `-ed`. An `-ed` word joined to the word before it by a hyphen
/// (`debt-funded`) or followed by its agent (`measures funded by …`) is a participle.
fn finite_verb(s: &Sentence<'_>, k: usize) -> bool {
    let Some(x) = s.toks.get(k) else {
        return false;
    };
    if !x.word() || x.cap {
        return false;
    }
    let w = &s.text[x.span];
    x.is(AUX) && !s.is_listed(k, &["also", "only", "just", "even", "still", "now", "then"])
        || x.cue
            .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
        || w.len() > 4
            && w.ends_with("ed")
            && !x.is(DET | PREP | STOP)
            && !w.contains('-')
            && !s.text[..x.span.start].ends_with('-')
            && !s.is_word(k + 1, "by")
}

/// Whether the words from `a` are an object of any shape, then `as` and what it is taken for
/// (`sees the role of the state in the economy as antiquated`, `saw reforming the banks as
/// vital`), before any punctuation, finite verb or subordinating word; `as` opening a clause
/// (`saw its shares fall as it cut prices`) is no such `as`.
fn as_after_object(s: &Sentence<'_>, a: usize) -> bool {
    let t = s.toks;
    for m in a + 1..t.len().min(a + MAX_SUBJECT) {
        if !t[m].word() || finite_verb(s, m) {
            return false;
        }
        if s.is_word(m, "as") {
            // `as it battled`, `as sales were falling`: a subject and its verb.
            return !(s.is_listed(m + 1, &SUBJECT_PRONOUNS)
                || s.is_word(m + 1, "it")
                || t.get(m + 1).is_some_and(|y| y.word())
                    && (m + 2..t.len().min(m + 5))
                        .take_while(|&j| t[j].word())
                        .any(|j| finite_verb(s, j)));
        }
        if s.is_listed(m, &SUBJECT_ENDS) {
            return false;
        }
    }
    false
}

/// The complement of the verb whose words end before token `a` (after its particle, recipient
/// and adjuncts, where the caller skips them).
///
/// A subject pronoun, or a noun phrase followed by a finite verb, opens a clause; an object
/// followed by a determiner or by a word that is not a preposition or conjunction takes a
/// predicate; an object headed by a noun of the lexicon's `content-noun` or `reporting-noun`
/// classes is a reporting noun; any other object is a plain noun phrase.
pub(super) fn complement(s: &Sentence<'_>, a: usize) -> Complement {
    let t = s.toks;
    let n = t.len();
    let Some(x) = t.get(a) else {
        return Complement::Nothing;
    };
    if x.quote().is_some() {
        return Complement::Quote;
    }
    if x.punct(',') || x.punct(':') {
        return if t.get(a + 1).is_some_and(|y| y.quote().is_some()) {
            Complement::Quote
        } else {
            Complement::Nothing
        };
    }
    if !x.word() {
        return Complement::Nothing;
    }
    if s.is_word(a, "that") {
        // `maintained that position.`: a determiner before a noun that ends the phrase.
        let demonstrative = t
            .get(a + 1)
            .is_some_and(|y| y.word() && !y.cap && !y.is(DET | PRONOUN | AUX | PREP | STOP | CONN))
            && t.get(a + 2).is_none_or(|y| {
                !y.word() && y.quote().is_none()
                    || y.is(PREP | STOP | CONN | TIME) && !y.cap && !finite_verb(s, a + 2)
            });
        return if demonstrative {
            Complement::Np
        } else {
            Complement::That
        };
    }
    if s.is_listed(a, &WH_OPENERS) {
        return Complement::Wh;
    }
    let inf = a + usize::from(s.is_word(a, "not"));
    if s.is_word(inf, "to") {
        return if t.get(inf + 1).is_some_and(|y| {
            y.word() && !y.cap && !y.is(DET | PRONOUN) && !s.is_word(inf + 1, "the")
        }) {
            Complement::ToInf
        } else {
            Complement::Nothing // `to the press`: a phrase, not the verb's complement
        };
    }
    if s.is_listed(a, &SUBJECT_PRONOUNS) {
        return Complement::Clause;
    }
    if (x.is(PREP | CONN | STOP) || s.is_listed(a, &OBJECT_ENDS)) && !x.cap {
        return Complement::Nothing;
    }
    // `urged them to act`, `wants Congress to vote`: an object and an infinitive about it.
    let infinitive_at = |k: usize| {
        s.is_word(k, "to")
            && t.get(k + 1)
                .is_some_and(|y| y.word() && !y.cap && !y.is(DET | PRONOUN))
    };
    if s.is_listed(a, &REFLEXIVES) {
        return Complement::Reflexive;
    }
    // `sees him as a rival`, `sees her choice as a sign`: whatever the object, then `as`.
    if as_after_object(s, a) {
        return Complement::As;
    }
    if s.is_listed(a, &OBJECT_PRONOUNS) {
        if infinitive_at(a + 1) {
            return Complement::Predicative;
        }
        return match t.get(a + 1) {
            Some(_) if finite_verb(s, a + 1) && s.is_word(a, "it") => Complement::Clause,
            Some(y)
                if y.word()
                    && !y.is(PREP | STOP | CONN | TIME)
                    && !s.is_listed(a + 1, &OBJECT_ENDS) =>
            {
                Complement::Predicative
            }
            _ => Complement::Np,
        };
    }
    // The object noun phrase: a determiner or possessive, then words up to a verb, a function
    // word or punctuation; a name is its run of capitalised words.
    let mut k = a;
    let name = x.cap && !x.is(DET);
    if !name && (x.is(DET) || crate::util::is_possessive(&s.text[x.span])) {
        k += 1;
    }
    // The word after a determiner is the noun phrase's, not a verb (`his hopes`, not `his` as
    // a subject and `hopes` as its verb).
    let head = k;
    while k < n.min(a + MAX_OBJECT) {
        let y = &t[k];
        if !y.word()
            || (k > head && finite_verb(s, k))
            || (y.is(STOP | PREP) || s.is_listed(k, &OBJECT_ENDS)) && !y.cap
        {
            break;
        }
        if name && !y.cap && !s.is_word(k, "of") {
            break;
        }
        if y.is(DET) && k > a && !(k == a + 1 && t[a].is(DET)) {
            break; // a second noun phrase: `called the plan a failure`
        }
        k += 1;
    }
    if k == a {
        return Complement::Nothing;
    }
    // `answered the question, “…”`: the quotation after the object is what was said; after
    // `in this instance,` the clause that follows the comma is.
    if t.get(k).is_some_and(|y| y.punct(',') || y.punct(':')) {
        // `told reporters, “…”`: the quotation; `maintained the roads, bridges and …`: a
        // list, the object; a relative clause or an aside after the comma may still lead to
        // the verb of a clause (`the plan, which …, would …`).
        return if t.get(k + 1).is_some_and(|y| y.quote().is_some()) {
            Complement::Quote
        } else if t.get(k + 1).is_some_and(|y| {
            y.word()
                && !y.cap
                && !y.is(WHO | PRONOUN | AUX | CONN | DET)
                && !s.is_listed(k + 1, &WH_OPENERS)
                && !s.is_listed(k + 1, &SUBJECT_PRONOUNS)
                && !finite_verb(s, k + 2)
        }) {
            Complement::Np
        } else {
            Complement::Nothing
        };
    }
    // `found six debates for five candidates is …`: a subject with a phrase after it, then
    // its verb, before any relative word, comma or quotation.
    if (k..n.min(a + MAX_SUBJECT))
        .take_while(|&m| t[m].word() && !s.is_listed(m, &SUBJECT_ENDS))
        .any(|m| finite_verb(s, m))
    {
        return Complement::Clause;
    }
    // `urged lawmakers to act`, `wants Congress to vote`: a person or a body, then what it is
    // to do; but `plans to close`, `a way to win`: a noun and the infinitive that modifies it.
    if infinitive_at(k) && (name || t[k - 1].is(ROLE | ORG | UNNAMED)) {
        return Complement::Predicative;
    }
    if t[k - 1].is(CONTENT_NOUN | REPORT_NOUN) {
        return Complement::ReportNoun;
    }
    match t.get(k) {
        Some(y) if y.word() && y.is(DET) => Complement::Predicative,
        Some(y)
            if y.word()
                && !y.cap
                && !y.is(PREP | STOP | CONN | TIME | AUX)
                && !s.is_listed(k, &OBJECT_ENDS)
                && !s.text[y.span].ends_with("ly") =>
        {
            Complement::Predicative
        }
        _ => Complement::Np,
    }
}

/// The words that join a second clause to reported content after a comma or a dash:
/// `…, and members are tired`, `…, while the salary pays the fees`, `…, but others organised`.
const CLAUSE_JOINERS: [&str; 5] = ["and", "but", "while", "although", "though"];

/// How far past reported content a joined clause may run before a sentence end is found.
const JOINED_WINDOW: usize = 400;

/// Where indirect content ending at `content_end` ends when a clause joined to it by a comma
/// (or dash) and `and`, `but`, `while`, `although` or `though` runs on to the end
/// of the sentence: `The guild says the rota is unfair, and nurses are worn out.` The speech
/// convention (what counters of who is quoted annotate) takes the whole sentence as what was
/// said; PARC's ends the content at the joiner, which is how the readers read it. `None` when
/// no such clause follows, when the sentence ends farther than a bounded window, at a line
/// break, or when the rest holds a quotation mark or a semicolon (a quotation there
/// has a reading of its own; a semicolon opens something new).
pub(super) fn joined_clause_end(text: &str, content_end: usize) -> Option<usize> {
    let rest = text.get(content_end..)?;
    let mut limit = rest.len().min(JOINED_WINDOW);
    while !rest.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &rest[..limit];
    let window = window.find('\n').map_or(window, |i| &window[..i]);
    // `, and`, ` – and`, `— but`: a comma or a dash, then a joiner and a space.
    let after = window.trim_start();
    let after = after
        .strip_prefix(',')
        .or_else(|| after.strip_prefix('–'))
        .or_else(|| after.strip_prefix('—'))?;
    let lead = after.len() - after.trim_start().len();
    if lead == 0 {
        return None;
    }
    let after = &after[lead..];
    let word = after.split(|c: char| !c.is_alphabetic()).next()?;
    if !CLAUSE_JOINERS.contains(&word) || !after[word.len()..].starts_with(' ') {
        return None;
    }
    let base = content_end + (window.len() - after.len()) + word.len();
    // The sentence end: the first one the splitter finds from the joiner on.
    let region = Span::new(base, content_end + window.len());
    let sentence = crate::text::sentences(text, region).next()?;
    let tail = &text[content_end..sentence.end()];
    // No sentence end inside the window (or before a line break): the text's end will do.
    if sentence.end() == region.end
        && region.end != text.len()
        && !tail.ends_with(['.', '!', '?', '…'])
    {
        return None;
    }
    if tail.contains(['"', '“', '”', '«', '»', ';']) {
        return None;
    }
    let kept =
        tail.trim_end_matches(|c: char| matches!(c, '.' | '!' | '?' | '…') || c.is_whitespace());
    (kept.len() > window.len() - after.len() + word.len()).then_some(content_end + kept.len())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_joined_clause_runs_to_the_sentence_end() {
        fn end<'t>(text: &'t str, after: &str) -> Option<&'t str> {
            let at = text.find(after).map(|i| i + after.len()).unwrap_or(0);
            joined_clause_end(text, at).map(|e| &text[at..e])
        }
        let t = "Lee said the pier was shut, and boats were moored at the quay. Next came rain.";
        assert_eq!(end(t, "shut"), Some(", and boats were moored at the quay"));
        let t = "Lee said the pier was shut — but boats still sailed.";
        assert_eq!(end(t, "shut"), Some(" — but boats still sailed"));
        let t = "Lee said the pier was shut, while Mr. Ames kept the U.S. boats in.";
        assert_eq!(
            end(t, "shut"),
            Some(", while Mr. Ames kept the U.S. boats in")
        );
        // No joiner, a quotation, a semicolon, a line break, no sentence end in reach.
        for (t, after) in [
            ("Lee said the pier was shut, then left.", "shut"),
            ("Lee said the pier was shut and boats sailed.", "shut"),
            ("Lee said the pier was shut, and “it stays shut.”", "shut"),
            (
                "Lee said the pier was shut, and boats sailed; rain fell.",
                "shut",
            ),
            ("Lee said the pier was shut, and boats\nsailed.", "shut"),
            ("Lee said the pier was shut, and", "shut"),
        ] {
            assert_eq!(end(t, after), None, "{t}");
        }
        let long = format!("Lee said it was shut, and {} sailed.", "boats ".repeat(100));
        assert_eq!(end(&long, "shut"), None);
        assert_eq!(joined_clause_end("abc", 9), None);
    }
    use super::*;

    /// The complement of the verb `verb` in `text` (the first sentence), read right after it.
    fn of(text: &str, verb: &str) -> Complement {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        complement(&s, word_index(text, &toks, verb) + 1)
    }

    #[test]
    fn clauses_with_and_without_that() {
        assert_eq!(
            of("The audit found that the fund lost money.", "found"),
            Complement::That
        );
        assert_eq!(
            of("The audit found the fund had lost money.", "found"),
            Complement::Clause
        );
        assert_eq!(
            of("Inspectors found they could not enter.", "found"),
            Complement::Clause
        );
        assert_eq!(
            of("The mayor said it would rain.", "said"),
            Complement::Clause
        );
        assert_eq!(
            of("Polls show voters in both parties are tired.", "show"),
            Complement::Clause
        );
        assert_eq!(
            of("Lopez found Carter misled the board.", "found"),
            Complement::Clause
        );
    }

    #[test]
    fn a_demonstrative_that_opens_a_noun_phrase() {
        for (text, verb) in [
            (
                "The champion maintained that lead until the final lap.",
                "maintained",
            ),
            ("The rider maintained that pace.", "maintained"),
            ("Officials confirmed that figure on Monday.", "confirmed"),
        ] {
            assert_eq!(of(text, verb), Complement::Np, "{text}");
        }
        for text in [
            "He maintained that prices rose.",
            "He maintained that the lead was safe.",
            "He maintained that nobody was hurt.",
        ] {
            assert_eq!(of(text, "maintained"), Complement::That, "{text}");
        }
    }

    #[test]
    fn an_object_list_and_a_participle_end_the_noun_phrase() {
        // A list after the object: the object, not a clause to come.
        assert_eq!(
            of(
                "The city must maintain the roads, bridges and parks.",
                "maintain"
            ),
            Complement::Np
        );
        // `-ed` joined by a hyphen, or before its agent: a participle, not a clause's verb.
        assert_eq!(
            of(
                "The agency announced new debt-financed projects.",
                "announced"
            ),
            Complement::Np
        );
        assert_eq!(
            of(
                "The board announced measures funded by the levy.",
                "announced"
            ),
            Complement::Np
        );
        // A clause after the comma keeps the comma's reading open.
        assert_eq!(
            of("She admits in this case, there were delays.", "admits"),
            Complement::Nothing
        );
        assert_eq!(
            of("He said the plan, which failed, was costly.", "said"),
            Complement::Nothing
        );
    }

    #[test]
    fn wh_and_infinitive_complements() {
        assert_eq!(
            of("She asked whether the vote counted.", "asked"),
            Complement::Wh
        );
        assert_eq!(
            of("Nobody knows how the fire began.", "knows"),
            Complement::Wh
        );
        assert_eq!(
            of("The firm offered to repay the loans.", "offered"),
            Complement::ToInf
        );
        assert_eq!(
            of("The council sought not to delay it.", "sought"),
            Complement::ToInf
        );
    }

    #[test]
    fn a_quotation_is_a_complement() {
        assert_eq!(of("The coach said: “We lost.”", "said"), Complement::Quote);
        assert_eq!(
            of("The coach added, “We lost.”", "added"),
            Complement::Quote
        );
        assert_eq!(
            of("The coach answered the question: “We lost.”", "answered"),
            Complement::Quote
        );
    }

    #[test]
    fn objects_plain_reporting_and_predicative() {
        assert_eq!(
            of("The passenger found a seat near the door.", "found"),
            Complement::Np
        );
        assert_eq!(
            of("The lawyer offered no evidence.", "offered"),
            Complement::Np
        );
        assert_eq!(
            of(
                "The firm found itself in the middle of the dispute.",
                "found"
            ),
            Complement::Reflexive
        );
        assert_eq!(
            of("The rookie found a way to win.", "found"),
            Complement::Np
        );
        assert_eq!(
            of(
                "Envoys reported little progress on tariffs but are hopeful.",
                "reported"
            ),
            Complement::Np
        );
        assert_eq!(of("Voters called the hotline.", "called"), Complement::Np);
        assert_eq!(
            of("The minister offered no comment.", "offered"),
            Complement::ReportNoun
        );
        assert_eq!(
            of("Her aides voiced concern on Monday.", "voiced"),
            Complement::ReportNoun
        );
        assert_eq!(
            of("The senator called the plan a failure.", "called"),
            Complement::Predicative
        );
        assert_eq!(
            of("The jury found him guilty.", "found"),
            Complement::Predicative
        );
        assert_eq!(
            of("Critics called it a stunt.", "called"),
            Complement::Predicative
        );
        assert_eq!(
            of("Aides want the board to resign.", "want"),
            Complement::Predicative
        );
        assert_eq!(
            of("She urged them to vote.", "urged"),
            Complement::Predicative
        );
    }

    #[test]
    fn an_object_as_what_it_is_taken_for_is_not_an_event() {
        assert_eq!(
            of("The governor sees the plan as a failure.", "sees"),
            Complement::As
        );
        assert_eq!(
            of("Labor leaders see him as a rival.", "see"),
            Complement::As
        );
        assert_eq!(
            of(
                "Voters see the role of the state in the economy as too large.",
                "see"
            ),
            Complement::As
        );
        assert_ne!(
            of("The chain saw its sales sink as it cut prices.", "saw"),
            Complement::As
        );
        assert_ne!(
            of("The airline saw its profits rise.", "saw"),
            Complement::As
        );
        assert_ne!(
            of("Farmers saw prices falling all summer.", "saw"),
            Complement::As
        );
        assert_eq!(
            of("The region has seen heavy rain since Monday.", "seen"),
            Complement::Np
        );
    }

    #[test]
    fn nothing_after_the_verb() {
        assert_eq!(
            of("That is what the report found.", "found"),
            Complement::Nothing
        );
        assert_eq!(
            of("The mayor spoke in the hall.", "spoke"),
            Complement::Nothing
        );
        assert_eq!(
            of("He said to the press it was over.", "said"),
            Complement::Nothing
        );
    }
}
