//! Constructions as data: the gates of the cue readers as token patterns anchored at a cue
//! (`src/lexicon/patterns.txt`), compiled once, each rule with example sentences that run as
//! tests.
//!
//! A rule reads the tokens around one cue token: the items before the anchor right to left
//! from the cue, those after it left to right. Rules are tried in file order and the first
//! that matches decides; its action names what the reader does (reject the cue, or hand it to
//! another reader). How far content runs, and what a hand-off reads, stays code.
//!
//! The language, after spaCy's `Matcher` (token tests as data) and nlprule's rules (data that
//! carries its own examples), kept small:
//!
//! - an **item** is a token test, alone or in brackets: `[WORD !CAP !PRONOUN]`; the anchor
//!   is written `<…>` (`<>` tests nothing but the cue);
//! - a test is a conjunction of **atoms**; an atom is alternatives joined by `|`, true when
//!   one holds, and `!` negates a whole atom: `!DET|PRONOUN` is neither;
//! - an alternative is a lower-case **word** (`that`), a word **class** (`@possessive`), a
//!   lexicon **flag** (`AMOUNT`, `PARTICIPLE`: the classes of `grammar.txt` and
//!   `sources.txt` a token carries), a **suffix** (`*'s`, case kept), a **predicate**
//!   (`WORD`, `CAP`, `DIGITS`, `QUANTITY`, `HEADLINE`, `DATE_END`: the last token of a date
//!   or time phrase, and `_`, any token), a **cue test**
//!   on the anchor (`form=past`, `class=thought`, `constraint=evidential`), or, in a section
//!   read after the verb group, a **verb-group test** (`passive`, `after-comma`,
//!   `quoted-as`);
//! - `item?` is optional, `item{m,n}` repeats (at most [`MAX_REPEAT`]); a repeat tries the
//!   fewest tokens first, so a captured item (`item=q`) is the one nearest the cue;
//! - `!item` holds where the token fails the test **or there is none** (unlike spaCy's `!`,
//!   which needs a token): `!as` after the cue is true at the end of a sentence;
//! - `^` before the first item: the sentence starts there.
//!
//! Each cue costs time proportional to its rules: a repeat is bounded, and the rules whose
//! cue tests cannot hold are skipped by one table look-up of the cue's form, class and
//! constraint.

use super::*;

/// The pattern file.
pub(super) const PATTERN_FILE: &str = include_str!("../lexicon/patterns.txt");

/// The most tokens one repeated item may take.
pub(super) const MAX_REPEAT: u8 = 8;

/// The most rules in one section (the cue table keeps one bit per rule).
const MAX_RULES: usize = 64;

/// What a rule that matches makes of the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    /// The cue reports nothing here.
    Reject,
    /// A noun, which reports nothing (`the report`, `for comment`).
    Noun,
    /// A reporting noun owned by the word before it (`his claim that …`).
    PossessedNoun,
    /// `asked`: the question is the content.
    Asked,
    /// `quoted X as saying`: the one quoted speaks (the capture `q` is `quoted`).
    QuotedAs,
    /// `quoted`/`quotes` with the one quoted after it.
    Quotes,
    /// A sourceless evidential or passive: `X is expected to …`.
    Evidential,
    /// A passive with `as`/`for`: `X is known as …`.
    EvidentialWith,
    /// The verb group is read from the token two before the cue (`was quoted as saying`).
    FromTwoBefore,
}

impl Action {
    fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "reject" => Action::Reject,
            "noun" => Action::Noun,
            "possessed-noun" => Action::PossessedNoun,
            "asked" => Action::Asked,
            "quoted-as" => Action::QuotedAs,
            "quotes" => Action::Quotes,
            "evidential" => Action::Evidential,
            "evidential-with" => Action::EvidentialWith,
            "from-two-before" => Action::FromTwoBefore,
            _ => return None,
        })
    }
}

/// A section of the pattern file: the gate its rules decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gate {
    /// The verb cue, before its verb group is read.
    Verb,
    /// The verb cue: where its verb group is read from.
    VerbStart,
    /// The verb cue, with its verb group read (verb-group tests allowed).
    VerbGroup,
    /// A reporting noun before the preposition of its content (`a call for …`).
    Nominal,
    /// A reporting noun after its owner (`the senator’s claim that …`).
    PossessedNoun,
}

impl Gate {
    fn parse(s: &str) -> Option<Gate> {
        match s {
            "verb-start" => Some(Gate::VerbStart),
            "verb" => Some(Gate::Verb),
            "verb-group" => Some(Gate::VerbGroup),
            "nominal" => Some(Gate::Nominal),
            "possessed-noun" => Some(Gate::PossessedNoun),
            _ => None,
        }
    }
}

/// How many [`Gate`]s there are.
const GATES: usize = 5;

/// Why the pattern file does not load.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum PatternErrorKind {
    /// `[name]` names no gate.
    #[error("unknown section `{0}`")]
    UnknownSection(String),
    /// A rule before any section.
    #[error("a rule outside a section")]
    NoSection,
    /// `-> name` names no action.
    #[error("unknown action `{0}`")]
    UnknownAction(String),
    /// An upper-case name that is neither a flag nor a predicate.
    #[error("unknown flag `{0}`")]
    UnknownFlag(String),
    /// `@name` names no class.
    #[error("unknown class `@{0}`")]
    UnknownClass(String),
    /// `key=value` that is no cue or verb-group test.
    #[error("unknown test `{0}`")]
    UnknownTest(String),
    /// A cue test on an item other than the anchor.
    #[error("cue test `{0}` off the anchor")]
    CueTestOffAnchor(String),
    /// A verb-group test in a section read before the verb group.
    #[error("verb-group test `{0}` outside [verb-group]")]
    VerbGroupTest(String),
    /// No `<…>` item, or more than one.
    #[error("a pattern needs exactly one anchor <…>")]
    Anchor,
    /// A repeat, optional item or negation on the anchor, or a repeat beyond its bound.
    #[error("bad repeat `{0}`")]
    Repeat(String),
    /// Unbalanced brackets, an empty item, a misplaced `^`.
    #[error("syntax: {0}")]
    Syntax(String),
    /// A line that is neither a section, a rule, a pattern nor an example.
    #[error("unexpected line")]
    Unexpected,
    /// A rule without a `match` line or without a `+` example.
    #[error("rule `{0}` needs a match line and a + example")]
    Incomplete(String),
    /// More rules in a section than its table holds.
    #[error("more than {MAX_RULES} rules in a section")]
    TooManyRules,
}

/// A [`PatternErrorKind`] at a line of the file (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("patterns.txt:{line}: {kind}")]
pub(super) struct PatternError {
    pub(super) line: usize,
    pub(super) kind: PatternErrorKind,
}

// Predicates, by bit.
const P_ANY: u8 = 1;
const P_WORD: u8 = 1 << 1;
const P_CAP: u8 = 1 << 2;
const P_DIGITS: u8 = 1 << 3;
const P_QUANTITY: u8 = 1 << 4;
const P_HEADLINE: u8 = 1 << 5;
const P_DATE_END: u8 = 1 << 6;
/// The predicates that read more than the token's kind.
const SLOW: u8 = P_DIGITS | P_QUANTITY | P_HEADLINE | P_DATE_END;

// Verb-group facts, by bit.
const G_PASSIVE: u8 = 1;
const G_AFTER_COMMA: u8 = 1 << 1;
const G_QUOTED_AS: u8 = 1 << 2;

/// The verb-group facts a [`Gate::VerbGroup`] rule may test.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct GroupFacts {
    /// A form of `be` before a past participle.
    pub(super) passive: bool,
    /// A comma before the verb group.
    pub(super) after_comma: bool,
    /// The cue is read from `quoted` (`was quoted as saying`).
    pub(super) quoted_as: bool,
}

impl GroupFacts {
    fn bits(self) -> u8 {
        let bit = |on: bool, b: u8| if on { b } else { 0 };
        bit(self.passive, G_PASSIVE)
            | bit(self.after_comma, G_AFTER_COMMA)
            | bit(self.quoted_as, G_QUOTED_AS)
    }
}

fn form_bit(f: Form) -> u8 {
    1 << f as u8
}

fn class_bit(c: CueClass) -> u8 {
    1 << class_index(c)
}

/// The bit of [`class_bit`], as a number.
#[inline(always)]
fn class_index(c: CueClass) -> usize {
    match c {
        CueClass::Speech => 0,
        CueClass::Writing => 1,
        CueClass::Thought => 2,
        CueClass::Perception => 3,
        CueClass::SourcePhrase => 4,
        CueClass::Punctuation => 5,
        CueClass::Stance => 6,
    }
}

fn constraint_bit(c: Constraint) -> u8 {
    1 << c as u8
}

/// The alternatives of one atom: it holds when any does.
#[derive(Debug, Clone, Default)]
struct Alts {
    flags: u32,
    words: Vec<&'static str>,
    /// [`word_bit`] of every word of `words`.
    word_bits: u64,
    suffixes: Vec<&'static str>,
    preds: u8,
    forms: u8,
    classes: u8,
    constraints: u8,
    group: u8,
}

impl Alts {
    fn has_cue_test(&self) -> bool {
        self.forms | self.classes | self.constraints | self.group != 0
    }
}

#[derive(Debug, Clone)]
struct Atom {
    neg: bool,
    alts: Alts,
}

/// A token test: every atom holds. The atoms that read only the token's kind, capital and
/// flags are folded into masks, read first; the others stay in `rest`.
#[derive(Debug, Clone, Default)]
struct Test {
    atoms: Vec<Atom>,
    /// Cheap predicates (`_`, `WORD`, `CAP`) the token must have, and those it must not.
    need: u8,
    forbid: u8,
    /// Flags the token must not carry.
    forbid_flags: u32,
    rest: Vec<Atom>,
}

impl Test {
    fn new(atoms: Vec<Atom>) -> Test {
        let mut t = Test {
            atoms: Vec::new(),
            need: 0,
            forbid: 0,
            forbid_flags: 0,
            rest: Vec::new(),
        };
        for atom in &atoms {
            let a = &atom.alts;
            let plain = a.words.is_empty() && a.suffixes.is_empty() && !a.has_cue_test();
            let cheap_only = plain && a.flags == 0 && a.preds != 0 && a.preds & SLOW == 0;
            if cheap_only && atom.neg {
                t.forbid |= a.preds;
            } else if cheap_only && a.preds.count_ones() == 1 {
                t.need |= a.preds;
            } else if plain && a.preds == 0 && a.flags != 0 && atom.neg {
                t.forbid_flags |= a.flags;
            } else {
                t.rest.push(atom.clone());
            }
        }
        t.atoms = atoms;
        t
    }
}

#[derive(Debug, Clone)]
struct Item {
    test: Test,
    min: u8,
    max: u8,
    /// `!item`: no token here passes the test.
    neg: bool,
    /// `item=name`: the position is kept.
    capture: bool,
}

/// One rule: a pattern, its action and its examples.
#[derive(Debug, Clone)]
pub(super) struct Rule {
    pub(super) name: &'static str,
    pub(super) action: Action,
    /// The line of the rule in the file.
    pub(super) line: usize,
    /// Items before the anchor, nearest first.
    before: Vec<Item>,
    /// `^`: the sentence starts before the first item.
    start: bool,
    anchor: Test,
    after: Vec<Item>,
    /// `+` examples (the rule fires at the cue in braces) and `-` examples (it does not).
    pub(super) examples: Vec<(bool, &'static str)>,
    /// The words one of which the token after the anchor must be, where the items say so.
    next_words: Option<Vec<&'static str>>,
    /// The same for the token before the anchor.
    prev_words: Option<Vec<&'static str>>,
    /// Every test of the anchor is one [`Section::candidates`] reads exactly, so a candidate
    /// passes the anchor.
    anchor_read: bool,
    /// The masks of the first item after and before the anchor, where it is one token that
    /// must be there: read on the neighbours before the rule is matched.
    next_masks: Option<Masks>,
    prev_masks: Option<Masks>,
    /// The rule is its anchor and one token beside it (`1` after, `-1` before): read with
    /// one test.
    single: Option<isize>,
}

/// The mask part of a [`Test`].
#[derive(Debug, Clone, Copy)]
struct Masks {
    need: u8,
    forbid: u8,
    forbid_flags: u32,
}

impl Masks {
    fn of(items: &[Item]) -> Option<Masks> {
        let it = items.first()?;
        ((it.min, it.max) == (1, 1) && !it.neg).then_some(Masks {
            need: it.test.need,
            forbid: it.test.forbid,
            forbid_flags: it.test.forbid_flags,
        })
    }

    /// Whether token `x` (`None`: there is none) may pass.
    #[inline(always)]
    fn may_pass(self, x: Option<&Tok>) -> bool {
        x.is_some_and(|x| {
            let cheap = P_ANY | if x.word() { P_WORD } else { 0 } | if x.cap { P_CAP } else { 0 };
            cheap & self.need == self.need
                && cheap & self.forbid == 0
                && x.flags & self.forbid_flags == 0
        })
    }
}

/// The words one of which the first token `items` read must be, when their first items (up
/// to one that is not optional) test words only.
fn first_words(items: &[Item]) -> Option<Vec<&'static str>> {
    let mut out = Vec::new();
    for it in items {
        let [atom] = it.test.atoms.as_slice() else {
            return None;
        };
        let a = &atom.alts;
        let words_only = a.flags == 0
            && a.suffixes.is_empty()
            && a.preds == 0
            && !a.has_cue_test()
            && !a.words.is_empty();
        if it.neg || atom.neg || !words_only {
            return None;
        }
        out.extend_from_slice(&a.words);
        if it.min >= 1 {
            return Some(out);
        }
    }
    None
}

/// The rules of one gate, with the rules each cue kind can fire.
#[derive(Debug)]
pub(super) struct Section {
    pub(super) gate: Gate,
    pub(super) rules: Vec<Rule>,
    /// By `form × class × constraint` of the cue: the rules whose cue tests may hold (bit k
    /// for rule k).
    table: Vec<u64>,
    /// What the anchor token must be for a rule to hold, with the rules that need it: every
    /// one of these flags; a capital (or not); one of these words; one of these verb-group
    /// facts. Read before any rule, they leave the few rules worth matching.
    need_flags: Vec<(u32, u64)>,
    need_cap: [u64; 2],
    need_words: Vec<(Vec<&'static str>, u64)>,
    need_group: Vec<(u8, u64)>,
    /// The rules of `need_words`, and the length and first letter of their words by
    /// [`word_bit`]: a token none has skips every one of those rules at once.
    word_rules: u64,
    word_bits: u64,
    /// The words the rules need beside the anchor (`[0]` the token before, `[1]` the one
    /// after), read once for every rule.
    near: [Near; 2],
}

/// The rules of a [`Section`] whose first token on one side of the anchor must be one of
/// some words, and the [`word_bit`] of every such word: a neighbour that has none of those
/// bits fails them all at once, before any rule is tried (`anonymity-formula` needs `not` or
/// `to` after the cue, and most cues have neither).
#[derive(Debug, Default)]
struct Near {
    word_rules: u64,
    word_bits: u64,
}

impl Near {
    fn new<'r>(words: impl Iterator<Item = Option<&'r [&'static str]>>) -> Near {
        let mut near = Near::default();
        for (k, ws) in words.enumerate() {
            if let Some(ws) = ws {
                near.word_rules |= 1 << k;
                near.word_bits |= ws.iter().fold(0, |acc, w| acc | word_bit(w.as_bytes()));
            }
        }
        near
    }

    /// `bits` less the rules that neighbour `x` (`None`: there is none) cannot pass.
    #[inline(always)]
    fn keep(&self, bits: u64, x: Option<&Tok>, text: &str) -> u64 {
        if bits & self.word_rules != 0
            && !x.is_some_and(|x| {
                x.word() && word_bit(&text.as_bytes()[x.span.range()]) & self.word_bits != 0
            })
        {
            return bits & !self.word_rules;
        }
        bits
    }
}

/// A bit for a word's length and first letter (ASCII case ignored).
#[inline(always)]
fn word_bit(w: &[u8]) -> u64 {
    let first = u64::from(w.first().map_or(0, |c| c | 0x20));
    1 << ((w.len() as u64 * 7 + first) % 64)
}

/// A match: the rule and the position of its capture, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Match {
    pub(super) rule: usize,
    pub(super) action: Action,
    pub(super) capture: Option<usize>,
}

/// The compiled pattern file.
#[derive(Debug)]
pub(super) struct Patterns {
    pub(super) sections: Vec<Section>,
    /// The index in `sections` of each [`Gate`]'s section.
    by_gate: [Option<usize>; GATES],
}

/// The word classes a pattern may name as `@class`.
fn class_words(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "possessive" => &POSSESSIVES,
        "asked-subordinator" => &ASKED_SUBORDINATORS,
        _ => return None,
    })
}

/// The lexicon flags a pattern may name.
fn flag(name: &str) -> Option<u32> {
    Some(match name {
        "AUX" => AUX,
        "DET" => DET,
        "STOP" => STOP,
        "CONN" => CONN,
        "TIME" => TIME,
        "MEDIUM" => MEDIUM,
        "PREP" => PREP,
        "PRONOUN" => PRONOUN,
        "TITLE" => TITLE,
        "ROLE" => ROLE,
        "ORG" => ORG,
        "UNNAMED" => UNNAMED,
        "EVIDENCE" => EVIDENCE,
        "MALE" => MALE,
        "FEMALE" => FEMALE,
        "OBJECT" => OBJECT,
        "WHO" => WHO,
        "PHRASE" => PHRASE,
        "CONTENT_NOUN" => CONTENT_NOUN,
        "REPORT_NOUN" => REPORT_NOUN,
        "LIGHT_VERB" => LIGHT_VERB,
        "CONTROL" => CONTROL,
        "AMOUNT" => AMOUNT,
        "PARTICIPLE" => PARTICIPLE,
        "SUB" => SUB,
        _ => return None,
    })
}

fn predicate(name: &str) -> Option<u8> {
    Some(match name {
        "_" => P_ANY,
        "WORD" => P_WORD,
        "CAP" => P_CAP,
        "DIGITS" => P_DIGITS,
        "QUANTITY" => P_QUANTITY,
        "HEADLINE" => P_HEADLINE,
        "DATE_END" => P_DATE_END,
        _ => return None,
    })
}

type Res<T> = Result<T, PatternErrorKind>;

/// One alternative into `alts`.
fn alternative(s: &'static str, alts: &mut Alts) -> Res<()> {
    if let Some(name) = s.strip_prefix('@') {
        let ws = class_words(name).ok_or_else(|| PatternErrorKind::UnknownClass(name.into()))?;
        alts.words.extend_from_slice(ws);
    } else if let Some(suffix) = s.strip_prefix('*') {
        if suffix.is_empty() {
            return Err(PatternErrorKind::Syntax("an empty suffix".into()));
        }
        alts.suffixes.push(suffix);
    } else if let Some((key, value)) = s.split_once('=') {
        let bad = || PatternErrorKind::UnknownTest(s.into());
        match key {
            "form" => {
                alts.forms |= form_bit(match value {
                    "base" => Form::Base,
                    "s" => Form::S,
                    "past" => Form::Past,
                    "ing" => Form::Ing,
                    _ => return Err(bad()),
                })
            }
            "class" => {
                alts.classes |= class_bit(match value {
                    "speech" => CueClass::Speech,
                    "writing" => CueClass::Writing,
                    "thought" => CueClass::Thought,
                    "perception" => CueClass::Perception,
                    _ => return Err(bad()),
                })
            }
            "constraint" => {
                alts.constraints |= constraint_bit(match value {
                    "plain" => Constraint::Plain,
                    "stance" => Constraint::Stance,
                    "evidence" => Constraint::Evidence,
                    "postquote" => Constraint::PostQuote,
                    "naming" => Constraint::Naming,
                    "particle-only" => Constraint::ParticleOnly,
                    "evidential" => Constraint::Evidential,
                    _ => return Err(bad()),
                })
            }
            _ => return Err(bad()),
        }
    } else if let Some(p) = predicate(s) {
        alts.preds |= p;
    } else if s.starts_with(|c: char| c.is_ascii_uppercase()) {
        alts.flags |= flag(s).ok_or_else(|| PatternErrorKind::UnknownFlag(s.into()))?;
    } else {
        match s {
            "passive" => alts.group |= G_PASSIVE,
            "after-comma" => alts.group |= G_AFTER_COMMA,
            "quoted-as" => alts.group |= G_QUOTED_AS,
            _ if s
                .chars()
                .all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-')) =>
            {
                alts.words.push(s)
            }
            _ => return Err(PatternErrorKind::Syntax(format!("`{s}` is no test"))),
        }
    }
    Ok(())
}

/// A test: the atoms of one item, separated by white space.
fn test(body: &'static str) -> Res<Test> {
    let mut atoms = Vec::new();
    for a in body.split_whitespace() {
        let (neg, a) = match a.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, a),
        };
        let mut alts = Alts::default();
        for s in a.split('|') {
            if s.is_empty() {
                return Err(PatternErrorKind::Syntax(format!(
                    "an empty alternative in `{a}`"
                )));
            }
            alternative(s, &mut alts)?;
        }
        alts.word_bits = alts
            .words
            .iter()
            .fold(0, |acc, w| acc | word_bit(w.as_bytes()));
        atoms.push(Atom { neg, alts });
    }
    Ok(Test::new(atoms))
}

/// The items of a pattern, as written: (item, is the anchor).
fn items(pattern: &'static str) -> Res<(bool, Vec<(Item, bool)>)> {
    let mut out = Vec::new();
    let mut rest = pattern.trim();
    let mut start = false;
    if let Some(r) = rest.strip_prefix('^') {
        start = true;
        rest = r.trim_start();
    }
    while !rest.is_empty() {
        let (neg, r) = match rest.strip_prefix('!') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        // The item's body: a bracket, an anchor, or one bare alternative list.
        let (body, anchor, r) = if let Some(r) = r.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| PatternErrorKind::Syntax("an unclosed [".into()))?;
            (&r[..end], false, &r[end + 1..])
        } else if let Some(r) = r.strip_prefix('<') {
            let end = r
                .find('>')
                .ok_or_else(|| PatternErrorKind::Syntax("an unclosed <".into()))?;
            (&r[..end], true, &r[end + 1..])
        } else {
            let end = r
                .find(|c: char| c.is_whitespace() || matches!(c, '?' | '{' | '='))
                .unwrap_or(r.len());
            if end == 0 {
                return Err(PatternErrorKind::Syntax(format!("an empty item at `{r}`")));
            }
            (&r[..end], false, &r[end..])
        };
        if body.contains(['[', '<', '^']) {
            return Err(PatternErrorKind::Syntax(format!("`{body}` in an item")));
        }
        // Quantifier and capture.
        let (mut min, mut max, mut capture, mut r) = (1u8, 1u8, false, r);
        if let Some(x) = r.strip_prefix('?') {
            (min, max, r) = (0, 1, x);
        } else if let Some(x) = r.strip_prefix('{') {
            let end = x
                .find('}')
                .ok_or_else(|| PatternErrorKind::Syntax("an unclosed {".into()))?;
            let spec = &x[..end];
            let bad = || PatternErrorKind::Repeat(spec.into());
            let (a, b) = spec.split_once(',').ok_or_else(bad)?;
            min = a.trim().parse().map_err(|_| bad())?;
            max = b.trim().parse().map_err(|_| bad())?;
            if min > max || max > MAX_REPEAT {
                return Err(bad());
            }
            r = &x[end + 1..];
        }
        if let Some(x) = r.strip_prefix('=') {
            let end = x.find(char::is_whitespace).unwrap_or(x.len());
            if end == 0 {
                return Err(PatternErrorKind::Syntax("an empty capture name".into()));
            }
            capture = true;
            r = &x[end..];
        }
        if (anchor || capture) && (min, max) != (1, 1) || anchor && (neg || capture) {
            return Err(PatternErrorKind::Repeat(body.into()));
        }
        if neg && (min, max) != (1, 1) {
            return Err(PatternErrorKind::Repeat(body.into()));
        }
        let test = test(body)?;
        if !anchor && test.atoms.is_empty() {
            return Err(PatternErrorKind::Syntax("an empty item".into()));
        }
        out.push((
            Item {
                test,
                min,
                max,
                neg,
                capture,
            },
            anchor,
        ));
        rest = r.trim_start();
    }
    Ok((start, out))
}

/// A rule from its `match` line.
fn rule(
    gate: Gate,
    name: &'static str,
    action: Action,
    line: usize,
    pattern: &'static str,
) -> Res<Rule> {
    let (start, items) = items(pattern)?;
    let mut anchors = items.iter().enumerate().filter(|(_, (_, a))| *a);
    let (Some((at, _)), None) = (anchors.next(), anchors.next()) else {
        return Err(PatternErrorKind::Anchor);
    };
    for (k, (item, _)) in items.iter().enumerate() {
        for atom in &item.test.atoms {
            let a = &atom.alts;
            if k != at && a.has_cue_test() {
                return Err(PatternErrorKind::CueTestOffAnchor(pattern.into()));
            }
            if gate != Gate::VerbGroup && a.group != 0 {
                return Err(PatternErrorKind::VerbGroupTest(pattern.into()));
            }
        }
    }
    let mut items: Vec<Item> = items.into_iter().map(|(i, _)| i).collect();
    let after = items.split_off(at + 1);
    let anchor = items.pop().map(|i| i.test).unwrap_or_default();
    let before: Vec<Item> = items.into_iter().rev().collect();
    let plain = |items: &[Item]| matches!(items, [it] if (it.min, it.max) == (1, 1) && !it.neg && !it.capture);
    let single = if start {
        None
    } else if after.is_empty() && plain(&before) {
        Some(-1)
    } else if before.is_empty() && plain(&after) {
        Some(1)
    } else {
        None
    };
    Ok(Rule {
        single,
        anchor_read: false,
        next_masks: Masks::of(&after),
        prev_masks: Masks::of(&before),
        next_words: first_words(&after),
        prev_words: first_words(&before),
        name,
        action,
        line,
        before,
        start,
        anchor,
        after,
        examples: Vec::new(),
    })
}

/// Whether a cue of this form, class and constraint may pass the anchor's cue tests (its
/// other tests are read on the token).
fn cue_may_pass(anchor: &Test, form: u8, class: u8, constraint: u8) -> bool {
    anchor.atoms.iter().all(|atom| {
        let a = &atom.alts;
        if !a.has_cue_test() || a.group != 0 {
            return true; // read at the token, or on the verb group
        }
        if a.flags != 0 || !a.words.is_empty() || !a.suffixes.is_empty() || a.preds != 0 {
            return true; // a token test beside: read at the token
        }
        let hit = a.forms & form != 0 || a.classes & class != 0 || a.constraints & constraint != 0;
        hit != atom.neg
    })
}

const FORMS: usize = 4;
const CLASSES: usize = 7;
const CONSTRAINTS: usize = 7;

fn table_index(cue: Cue) -> usize {
    (cue.form as usize * CLASSES + class_index(cue.class)) * CONSTRAINTS + cue.constraint as usize
}

impl Section {
    fn new(gate: Gate, mut rules: Vec<Rule>) -> Section {
        let mut table = vec![0u64; FORMS * CLASSES * CONSTRAINTS];
        for form in 0..FORMS {
            for class in 0..CLASSES {
                for constraint in 0..CONSTRAINTS {
                    let slot = &mut table[(form * CLASSES + class) * CONSTRAINTS + constraint];
                    for (k, r) in rules.iter().enumerate() {
                        if cue_may_pass(&r.anchor, 1 << form, 1 << class, 1 << constraint) {
                            *slot |= 1 << k;
                        }
                    }
                }
            }
        }
        let (mut need_flags, mut need_cap, mut need_words, mut need_group) = (
            Vec::<(u32, u64)>::new(),
            [0u64; 2],
            Vec::new(),
            Vec::<(u8, u64)>::new(),
        );
        let mut read = vec![0usize; rules.len()];
        for (k, r) in rules.iter().enumerate() {
            let bit = 1u64 << k;
            for atom in &r.anchor.atoms {
                let a = &atom.alts;
                let only = |flags: bool, words: bool, preds: bool, group: bool| {
                    (a.flags != 0) == flags
                        && a.words.is_empty() != words
                        && a.suffixes.is_empty()
                        && (a.preds != 0) == preds
                        && a.forms | a.classes | a.constraints == 0
                        && (a.group != 0) == group
                };
                let cue_only = a.flags == 0
                    && a.words.is_empty()
                    && a.suffixes.is_empty()
                    && a.preds == 0
                    && a.group == 0;
                if cue_only {
                    // Read exactly by the table.
                } else if only(true, false, false, false) && !atom.neg && a.flags.count_ones() == 1
                {
                    match need_flags.iter_mut().find(|(f, _)| *f == a.flags) {
                        Some((_, rules)) => *rules |= bit,
                        None => need_flags.push((a.flags, bit)),
                    }
                } else if only(false, false, true, false) && a.preds == P_CAP {
                    // `CAP` needs a capital, `!CAP` none.
                    need_cap[usize::from(!atom.neg)] |= bit;
                } else if only(false, true, false, false) && !atom.neg {
                    match need_words.iter_mut().find(|(ws, _)| *ws == a.words) {
                        Some((_, rules)) => *rules |= bit,
                        None => need_words.push((a.words.clone(), bit)),
                    }
                } else if only(false, false, false, true) && !atom.neg {
                    need_group.push((a.group, bit));
                } else {
                    continue;
                }
                read[k] += 1;
            }
        }
        for (k, r) in rules.iter_mut().enumerate() {
            r.anchor_read = read[k] == r.anchor.atoms.len();
        }
        let near = [
            Near::new(rules.iter().map(|r| r.prev_words.as_deref())),
            Near::new(rules.iter().map(|r| r.next_words.as_deref())),
        ];
        let word_rules = need_words.iter().fold(0, |acc, (_, r)| acc | r);
        let word_bits = need_words
            .iter()
            .flat_map(|(ws, _)| ws.iter())
            .fold(0, |acc, w| acc | word_bit(w.as_bytes()));
        Section {
            gate,
            rules,
            table,
            need_flags,
            need_cap,
            need_words,
            need_group,
            word_rules,
            word_bits,
            near,
        }
    }

    /// The rules that may match at `at`: `bits` (those whose cue tests the cue may pass, by
    /// [`Section::table`]) less those whose anchor needs what token `x` lacks.
    #[inline]
    fn candidates(&self, mut bits: u64, at: At, x: &Tok, text: &str) -> u64 {
        // `need_cap[1]`: rules that need a capital; `[0]`: rules that need none.
        bits &= !self.need_cap[usize::from(!x.cap)];
        // Masks, not branches: whether a token has a flag is data the branch predictor
        // cannot learn, and the sections alternate from call to call.
        for &(f, rules) in &self.need_flags {
            bits &= !(rules & u64::from(x.flags & f == 0).wrapping_neg());
        }
        for &(g, rules) in &self.need_group {
            bits &= !(rules & u64::from(at.group & g == 0).wrapping_neg());
        }
        if bits & self.word_rules != 0 {
            let b = &text.as_bytes()[x.span.range()];
            if !x.word() || word_bit(b) & self.word_bits == 0 {
                return bits & !self.word_rules;
            }
            for (ws, rules) in &self.need_words {
                let rules = *rules;
                if bits & rules != 0 && !(x.word() && ws.iter().any(|w| eq_word(b, w))) {
                    bits &= !rules;
                }
            }
        }
        bits
    }
}

impl Patterns {
    /// Compiles a pattern file; the first error stops it.
    pub(super) fn parse(file: &'static str) -> Result<Patterns, PatternError> {
        let mut sections: Vec<(Gate, Vec<Rule>)> = Vec::new();
        let mut pending: Option<(&'static str, Action, usize)> = None;
        for (n, raw) in file.lines().enumerate() {
            let line = n + 1;
            let err = |kind| PatternError { line, kind };
            let l = raw.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            if let Some(name) = l.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
                if let Some((name, ..)) = pending.take() {
                    return Err(err(PatternErrorKind::Incomplete(name.into())));
                }
                let gate = Gate::parse(name)
                    .ok_or_else(|| err(PatternErrorKind::UnknownSection(name.into())))?;
                sections.push((gate, Vec::new()));
                continue;
            }
            let Some((gate, rules)) = sections.last_mut() else {
                return Err(err(PatternErrorKind::NoSection));
            };
            if let Some(r) = l.strip_prefix("rule ") {
                if let Some((name, ..)) = pending.take() {
                    return Err(err(PatternErrorKind::Incomplete(name.into())));
                }
                if rules
                    .last()
                    .is_some_and(|r| !r.examples.iter().any(|e| e.0))
                {
                    let name = rules.last().map_or("", |r| r.name);
                    return Err(err(PatternErrorKind::Incomplete(name.into())));
                }
                let (name, action) = r
                    .split_once("->")
                    .ok_or_else(|| err(PatternErrorKind::Syntax("rule NAME -> ACTION".into())))?;
                let action = Action::parse(action.trim())
                    .ok_or_else(|| err(PatternErrorKind::UnknownAction(action.trim().into())))?;
                pending = Some((name.trim(), action, line));
            } else if let Some(p) = l.strip_prefix("match ") {
                let Some((name, action, at)) = pending.take() else {
                    return Err(err(PatternErrorKind::Unexpected));
                };
                rules.push(rule(*gate, name, action, at, p).map_err(err)?);
                if rules.len() > MAX_RULES {
                    return Err(err(PatternErrorKind::TooManyRules));
                }
            } else if let Some((sign, ex)) = l
                .strip_prefix("+ ")
                .map(|x| (true, x))
                .or_else(|| l.strip_prefix("- ").map(|x| (false, x)))
            {
                let Some(r) = rules.last_mut().filter(|_| pending.is_none()) else {
                    return Err(err(PatternErrorKind::Unexpected));
                };
                r.examples.push((sign, ex.trim()));
            } else {
                return Err(err(PatternErrorKind::Unexpected));
            }
        }
        let end = file.lines().count();
        if let Some((name, ..)) = pending {
            return Err(PatternError {
                line: end,
                kind: PatternErrorKind::Incomplete(name.into()),
            });
        }
        for (_, rules) in &sections {
            if let Some(r) = rules.iter().find(|r| !r.examples.iter().any(|e| e.0)) {
                return Err(PatternError {
                    line: r.line,
                    kind: PatternErrorKind::Incomplete(r.name.into()),
                });
            }
        }
        let sections: Vec<Section> = sections
            .into_iter()
            .map(|(g, rules)| Section::new(g, rules))
            .collect();
        // The noun readers only reject.
        for s in &sections {
            if let (Gate::Nominal | Gate::PossessedNoun, Some(r)) =
                (s.gate, s.rules.iter().find(|r| r.action != Action::Reject))
            {
                return Err(PatternError {
                    line: r.line,
                    kind: PatternErrorKind::UnknownAction(format!("{:?}", r.action)),
                });
            }
        }
        let mut by_gate = [None; GATES];
        for (k, s) in sections.iter().enumerate() {
            by_gate[s.gate as usize].get_or_insert(k);
        }
        Ok(Patterns { sections, by_gate })
    }

    /// The section of `gate`, if the file has one.
    #[inline]
    pub(super) fn section(&self, gate: Gate) -> Option<&Section> {
        self.by_gate[gate as usize].map(|k| &self.sections[k])
    }
}

/// The bundled pattern file, compiled once. The file is part of the crate and a test loads it,
/// so it always compiles.
pub(super) static PATTERNS: Lazy<Patterns> = Lazy::new(|| match Patterns::parse(PATTERN_FILE) {
    Ok(p) => p,
    Err(e) => panic!("the bundled pattern file: {e}"),
});

/// Whether the bytes of a word are `w` (a lower-case word), ASCII case ignored.
#[inline(always)]
fn eq_word(b: &[u8], w: &str) -> bool {
    let w = w.as_bytes();
    b.len() == w.len() && b.first().map_or(0, |c| c | 0x20) == w[0] && b.eq_ignore_ascii_case(w)
}

/// Where a rule is read: the unit, the cue and its verb-group facts.
#[derive(Debug, Clone, Copy)]
pub(super) struct At {
    pub(super) u: usize,
    pub(super) anchor: usize,
    pub(super) cue: Cue,
    pub(super) group: u8,
}

impl At {
    /// A cue at token `anchor` of unit `u`, with the facts of its verb group.
    pub(super) fn new(u: usize, anchor: usize, cue: Cue, group: GroupFacts) -> At {
        At {
            u,
            anchor,
            cue,
            group: group.bits(),
        }
    }
}

impl Finder<'_, '_> {
    /// The first rule of `gate` that matches at `at`.
    #[inline]
    pub(super) fn first_rule(&self, gate: Gate, at: At) -> Option<Match> {
        let section = PATTERNS.section(gate)?;
        // Most cues have no rule of most gates: one table look-up, before the call.
        match section.table[table_index(at.cue)] {
            0 => None,
            bits => self.first_rule_in(section, at, bits),
        }
    }

    /// [`Self::first_rule`] in `section`, once the cue's kind leaves the rules `bits` to try.
    #[inline(never)]
    fn first_rule_in(&self, section: &Section, at: At, bits: u64) -> Option<Match> {
        let t = self.units[at.u].toks;
        let x = t.get(at.anchor)?;
        let mut bits = section.candidates(bits, at, x, self.text);
        if bits == 0 {
            return None;
        }
        // The words beside the cue first, for every rule at once: most rules that need one
        // fail on it.
        let prev = at.anchor.checked_sub(1).and_then(|p| t.get(p));
        let next = t.get(at.anchor + 1);
        bits = section.near[0].keep(bits, prev, self.text);
        bits = section.near[1].keep(bits, next, self.text);
        let s = Sentence {
            text: self.text,
            toks: t,
        };
        while bits != 0 {
            let k = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let rule = &section.rules[k];
            // The neighbours first: most rules fail on the word next to the cue.
            if rule.next_masks.is_some_and(|m| !m.may_pass(next))
                || rule.prev_masks.is_some_and(|m| !m.may_pass(prev))
            {
                continue;
            }
            if rule
                .next_words
                .as_ref()
                .is_some_and(|ws| !ws.iter().any(|w| s.is_word(at.anchor + 1, w)))
                || rule.prev_words.as_ref().is_some_and(|ws| {
                    at.anchor == 0 || !ws.iter().any(|w| s.is_word(at.anchor - 1, w))
                })
            {
                continue;
            }
            if let (Some(d), true) = (rule.single, rule.anchor_read) {
                let item = if d > 0 {
                    &rule.after[0]
                } else {
                    &rule.before[0]
                };
                if self.test_at(t, &item.test, at, at.anchor as isize + d, false) {
                    return Some(Match {
                        rule: k,
                        action: rule.action,
                        capture: None,
                    });
                }
                continue;
            }
            if let Some(capture) = self.rule_matches_from(t, rule, at, !rule.anchor_read) {
                return Some(Match {
                    rule: k,
                    action: rule.action,
                    capture,
                });
            }
        }
        None
    }

    /// Whether `rule` matches at `at`: `Some` with its capture's position (if it has one).
    #[cfg(test)]
    pub(super) fn rule_matches(&self, rule: &Rule, at: At) -> Option<Option<usize>> {
        self.rule_matches_from(self.units[at.u].toks, rule, at, true)
    }

    /// [`Self::rule_matches`] on the tokens `t` of unit `at.u`, the anchor read only when
    /// `anchor`.
    #[inline]
    fn rule_matches_from(
        &self,
        t: &[Tok],
        rule: &Rule,
        at: At,
        anchor: bool,
    ) -> Option<Option<usize>> {
        if at.anchor >= t.len() {
            return None;
        }
        let mut capture = None;
        // The neighbours before the anchor's own tests, which may read the whole sentence.
        if !rule.after.is_empty()
            && !self.seq(
                t,
                &rule.after,
                at,
                at.anchor as isize + 1,
                1,
                false,
                &mut capture,
            )
            || (!rule.before.is_empty() || rule.start)
                && !self.seq(
                    t,
                    &rule.before,
                    at,
                    at.anchor as isize - 1,
                    -1,
                    rule.start,
                    &mut capture,
                )
            || anchor && !self.test_at(t, &rule.anchor, at, at.anchor as isize, true)
        {
            return None;
        }
        Some(capture)
    }

    /// Whether `items` match the tokens `t` from position `pos` in direction `dir`; `start`:
    /// the sentence must begin where they end.
    #[allow(clippy::too_many_arguments)]
    fn seq(
        &self,
        t: &[Tok],
        items: &[Item],
        at: At,
        mut pos: isize,
        dir: isize,
        start: bool,
        capture: &mut Option<usize>,
    ) -> bool {
        let mut here = None;
        for (k, item) in items.iter().enumerate() {
            if item.neg {
                if self.test_at(t, &item.test, at, pos, false) {
                    return false;
                }
            } else if (item.min, item.max) == (1, 1) {
                if !self.test_at(t, &item.test, at, pos, false) {
                    return false;
                }
                if item.capture {
                    here = usize::try_from(pos).ok();
                }
            } else {
                // A repeat: the fewest tokens first, then the rest of the items.
                let rest = &items[k + 1..];
                let mut p = pos;
                for n in 0..=item.max {
                    if n >= item.min && self.seq(t, rest, at, p, dir, start, capture) {
                        if here.is_some() {
                            *capture = here;
                        }
                        return true;
                    }
                    if n == item.max || !self.test_at(t, &item.test, at, p, false) {
                        return false;
                    }
                    p += dir;
                }
                return false;
            }
            pos += dir;
        }
        if start && pos != -1 {
            return false;
        }
        if here.is_some() {
            *capture = here;
        }
        true
    }

    /// Whether the token at `pos` of `t` (unit `at.u`'s tokens) passes `test` (false where
    /// there is no token).
    #[inline]
    fn test_at(&self, t: &[Tok], test: &Test, at: At, pos: isize, anchor: bool) -> bool {
        let Some(x) = usize::try_from(pos).ok().and_then(|p| t.get(p)) else {
            return false;
        };
        // The predicates read off the token at once; the others are read when asked.
        let cheap = P_ANY | if x.word() { P_WORD } else { 0 } | if x.cap { P_CAP } else { 0 };
        if cheap & test.need != test.need
            || cheap & test.forbid != 0
            || x.flags & test.forbid_flags != 0
        {
            return false;
        }
        test.rest.iter().all(|atom| {
            let a = &atom.alts;
            let hit = x.flags & a.flags != 0
                || a.preds & cheap != 0
                || a.word_bits != 0 && x.word() && {
                    let b = &self.text.as_bytes()[x.span.range()];
                    word_bit(b) & a.word_bits != 0 && a.words.iter().any(|w| eq_word(b, w))
                }
                || !a.suffixes.is_empty() && {
                    let b = &self.text.as_bytes()[x.span.range()];
                    a.suffixes.iter().any(|s| b.ends_with(s.as_bytes()))
                }
                || a.preds & SLOW != 0 && self.slow_predicates(a.preds, at.u, pos as usize, x)
                || anchor
                    && (a.forms & form_bit(at.cue.form) != 0
                        || a.classes & class_bit(at.cue.class) != 0
                        || a.constraints & constraint_bit(at.cue.constraint) != 0
                        || a.group & at.group != 0);
            hit != atom.neg
        })
    }

    /// Whether one of the predicates `preds` that read more than the token's kind holds of
    /// token `x`, at `k` in unit `u`.
    #[cold]
    fn slow_predicates(&self, preds: u8, u: usize, k: usize, x: &Tok) -> bool {
        preds & P_DIGITS != 0
            && x.word()
            && self.text.as_bytes()[x.span.range()]
                .iter()
                .all(u8::is_ascii_digit)
            || preds & P_QUANTITY != 0 && self.quantity_at(u, k)
            || preds & P_HEADLINE != 0 && self.headline_case(u)
            // The token closes a date or time phrase (`on Sept. 12`): the syntax layer's
            // skipper steps back over it.
            || preds & P_DATE_END != 0
                && syntax::skip_back(&self.sentence(u), k + 1, syntax::Gap::TIME) != k + 1
    }
}

#[cfg(test)]
mod tests;
