//! Attribution: for every piece of reported speech, who said it (the **source**), how it is
//! reported (the **cue**) and what was said (the **content**), with the secondary sources around
//! it and the entity the source names. Vocabulary after PARC (see the crate's design notes).
//!
//! Content is **direct** (wholly inside quotation marks), **mixed** (reported speech with quoted
//! fragments) or **indirect** (no marks). A split quotation (`“A,” he said, “B.”`) is one
//! attribution with two content spans; quotation paragraphs that continue a quote belong to the
//! attribution of the first. Scare quotes and titles stay [`Quotation`]s and are not
//! attributions.
//!
//! The finder reads each sentence as a row of words, punctuation and whole quotations, finds
//! the cues from the lexicon (`src/lexicon/cues.txt`: verbs in every inflection and source
//! phrases like `according to`), and reads the clause around each cue: the source noun phrase
//! before it (or after it, inverted: `said Kim`), the content before it (`“…,” Kim said.`,
//! `…, officials said.`) or after it (`Kim said [that] …`, `According to X, …`), and the
//! secondary sources in its adjuncts (`told Reuters`, `in a statement`, `, according to KCNA`,
//! `, citing …`, `…, KCNA reported.`). Everything is linear in the text.
//!
//! ```
//! use copydesk::attribution::{AttributionKind, CueClass, Relation};
//!
//! let text = "“It was just,” Kim said, according to KCNA. “We won,” he added.";
//! let found = copydesk::attribution::attribute_text(text);
//! let a = &found.attributions()[0];
//! assert_eq!(a.kind(), AttributionKind::Direct);
//! assert_eq!(a.contents()[0].as_str(), "It was just,");
//! assert_eq!(a.source().unwrap().as_str(), "Kim");
//! assert_eq!(a.cue().as_str(), "said");
//! assert_eq!(a.cue_class(), CueClass::Speech);
//! assert_eq!(a.secondary()[0].relation(), Relation::AccordingTo);
//! assert_eq!(a.secondary()[0].mention().as_str(), "KCNA");
//! // `he` is Kim.
//! assert_eq!(found.attributions()[1].entity(), a.entity());
//! assert_eq!(a.entity().unwrap().name(), "Kim");
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::entity::{Entity, FxMap, Gender, Mention, Resolver, SOURCE_WORDS, sections};
use crate::quote::Quotation;
use crate::text::Paragraph;
use crate::{Snippet, Span};

/// Whether the content is quoted, partly quoted or reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AttributionKind {
    /// Wholly inside quotation marks: `“We won,” Kim said.`
    Direct,
    /// Reported speech with quoted fragments: `Kim said North Korea will “consolidate …”`.
    Mixed,
    /// Reported speech without quotation marks: `South Korea has said …`.
    Indirect,
}

/// What a cue reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CueClass {
    /// Saying: `said`, `told`, `claimed`, `defended`.
    Speech,
    /// Writing and posting: `wrote`, `tweeted`.
    Writing,
    /// Belief, thought, wish and expectation: `believes`, `fears`, `wants`.
    Thought,
    /// Finding and seeing: `found`, `learned`; and evidence: `the poll shows`.
    Perception,
    /// A source phrase: `according to`, `as per`, `in the words of`.
    SourcePhrase,
    /// Punctuation standing for a verb: `“…” — John Smith`, `Smith: “…”`.
    Punctuation,
}

/// How a secondary source stands to an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Relation {
    /// The channel the statement reached the writer through: `Kim said, according to KCNA`.
    AccordingTo,
    /// The origin a reporting source cites: `KCNA reported, citing the ruling party`.
    Citing,
    /// Who was told: `he told Reuters`.
    Recipient,
    /// Where it was said: `in a statement`, `in an interview with CNN`.
    Medium,
    /// Who reported the statement: `Kim said …, KCNA reported`.
    ReportedBy,
}

/// The entities of one parse, shared by the article and every attribution and secondary
/// source that names one of them: cloning it is a reference-count increment.
#[derive(Clone, Default)]
pub(crate) struct Shared<'h>(pub(crate) Arc<[Entity<'h>]>);

impl<'h> Shared<'h> {
    /// The entity with id `id`.
    fn get(&self, id: Option<usize>) -> Option<&Entity<'h>> {
        id.and_then(|i| self.0.get(i))
    }
}

impl fmt::Debug for Shared<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} entities>", self.0.len())
    }
}

impl PartialEq for Shared<'_> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Eq for Shared<'_> {}

#[cfg(feature = "serde")]
impl serde::Serialize for Shared<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// A secondary source of an attribution: a mention and how it stands to the attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Secondary<'h> {
    relation: Relation,
    mention: Snippet<'h>,
    head: Snippet<'h>,
    entity: Option<usize>,
    #[cfg_attr(feature = "serde", serde(skip))]
    entities: Shared<'h>,
}

impl<'h> Secondary<'h> {
    /// How it stands to the attribution.
    ///
    /// ```
    /// use copydesk::attribution::Relation;
    /// let found = copydesk::attribution::attribute_text("“No,” Kim told Reuters.");
    /// assert_eq!(found.attributions()[0].secondary()[0].relation(), Relation::Recipient);
    /// ```
    #[must_use]
    pub fn relation(&self) -> Relation {
        self.relation
    }

    /// The mention as written (`state media KCNA`, `a statement`).
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“No,” Kim said in a statement.");
    /// assert_eq!(found.attributions()[0].secondary()[0].mention().as_str(), "a statement");
    /// ```
    #[must_use]
    pub fn mention(&self) -> Snippet<'h> {
        self.mention
    }

    /// The name in the mention, without the words before it (`KCNA` in `state media KCNA`).
    ///
    /// ```
    /// let text = "“No,” Kim said, according to state media KCNA.";
    /// let found = copydesk::attribution::attribute_text(text);
    /// assert_eq!(found.attributions()[0].secondary()[0].head().as_str(), "KCNA");
    /// ```
    #[must_use]
    pub fn head(&self) -> Snippet<'h> {
        self.head
    }

    /// The entity it names, if resolved.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“No,” Kim said, according to KCNA.");
    /// let s = &found.attributions()[0].secondary()[0];
    /// assert_eq!(s.entity().unwrap().name(), "KCNA");
    /// ```
    #[must_use]
    pub fn entity(&self) -> Option<&Entity<'h>> {
        self.entities.get(self.entity)
    }

    /// The id of the entity it names (its index in the entities it came with), if resolved.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“No,” Kim said, according to KCNA.");
    /// let s = &found.attributions()[0].secondary()[0];
    /// assert_eq!(found.entities()[s.entity_id().unwrap()].name(), "KCNA");
    /// ```
    #[must_use]
    pub fn entity_id(&self) -> Option<usize> {
        self.entity
    }
}

/// One attribution: content, source, cue, secondary sources and linked quotations.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Attribution<'h> {
    contents: Vec<Snippet<'h>>,
    content_kinds: Vec<AttributionKind>,
    kind: AttributionKind,
    source: Option<Snippet<'h>>,
    source_head: Option<Snippet<'h>>,
    entity: Option<usize>,
    unnamed: bool,
    cue: Snippet<'h>,
    cue_class: CueClass,
    secondary: Vec<Secondary<'h>>,
    quotations: Vec<usize>,
    #[cfg_attr(feature = "serde", serde(skip))]
    entities: Shared<'h>,
}

impl<'h> Attribution<'h> {
    /// The content spans, in text order: one for most attributions, one per piece for a split
    /// quotation or a quotation continued over paragraphs. Quotation marks are excluded from
    /// direct content; mixed and indirect content is the reported clause as written.
    ///
    /// ```
    /// let text = "“We won,” Kim said, “and we will win again.”";
    /// let found = copydesk::attribution::attribute_text(text);
    /// let pieces: Vec<_> = found.attributions()[0].contents().iter().map(|c| c.as_str()).collect();
    /// assert_eq!(pieces, ["We won,", "and we will win again."]);
    /// ```
    #[must_use]
    pub fn contents(&self) -> &[Snippet<'h>] {
        &self.contents
    }

    /// The kind of each content piece, in the order of [`Self::contents`]: a piece with no
    /// quotation in it is indirect even when the attribution is direct or mixed (`In other
    /// words, he said, “…”` reports `In other words` in his voice and the quotation in his
    /// words).
    ///
    /// ```
    /// use copydesk::attribution::AttributionKind;
    /// let found = copydesk::attribution::attribute_text("In short, Kim said, “we won.”");
    /// let a = &found.attributions()[0];
    /// assert_eq!(a.kind(), AttributionKind::Direct);
    /// assert_eq!(a.content_kinds(), [AttributionKind::Indirect, AttributionKind::Direct]);
    /// ```
    #[must_use]
    pub fn content_kinds(&self) -> &[AttributionKind] {
        &self.content_kinds
    }

    /// The span from the start of the first content piece to the end of the last.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("Officials said the talks failed.");
    /// assert_eq!(found.attributions()[0].span().start, 15);
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        let first = self.contents.first().map_or(Span::empty(0), Snippet::span);
        let last = self.contents.last().map_or(first, Snippet::span);
        first.cover(last)
    }

    /// Direct, mixed or indirect.
    ///
    /// ```
    /// use copydesk::attribution::AttributionKind;
    /// let found = copydesk::attribution::attribute_text("Kim said the war was “just”.");
    /// assert_eq!(found.attributions()[0].kind(), AttributionKind::Mixed);
    /// ```
    #[must_use]
    pub fn kind(&self) -> AttributionKind {
        self.kind
    }

    /// The source mention as written, appositions and titles included (`Dmitry Peskov, the
    /// Kremlin spokesman`); `None` where the text names no source.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("Russian President Vladimir Putin said he was ready.");
    /// assert_eq!(found.attributions()[0].source().unwrap().as_str(), "Russian President Vladimir Putin");
    /// ```
    #[must_use]
    pub fn source(&self) -> Option<Snippet<'h>> {
        self.source
    }

    /// The head of the source mention: the name without title or apposition (`Vladimir Putin`).
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("Russian President Vladimir Putin said he was ready.");
    /// assert_eq!(found.attributions()[0].source_head().unwrap().as_str(), "Vladimir Putin");
    /// ```
    #[must_use]
    pub fn source_head(&self) -> Option<Snippet<'h>> {
        self.source_head
    }

    /// The entity the source names, if resolved: the same person or body across all its
    /// mentions (`Kim Jong Un`, `Kim`, `he`).
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“Yes,” Kim Jong Un said. “No,” Kim said.");
    /// assert_eq!(found.attributions()[1].entity().unwrap().name(), "Kim Jong Un");
    /// ```
    #[must_use]
    pub fn entity(&self) -> Option<&Entity<'h>> {
        self.entities.get(self.entity)
    }

    /// The id of the entity the source names (its index in the entities it came with, as in
    /// [`crate::Article::entities`]), if resolved.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“Yes,” Kim Jong Un said. “No,” Kim said.");
    /// assert_eq!(found.attributions()[1].entity_id(), Some(0));
    /// ```
    #[must_use]
    pub fn entity_id(&self) -> Option<usize> {
        self.entity
    }

    /// Whether the source is unnamed or vague (`officials`, `sources`, `reports`,
    /// `a person familiar with the matter`).
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("Officials said the talks failed.");
    /// assert!(found.attributions()[0].is_unnamed());
    /// ```
    #[must_use]
    pub fn is_unnamed(&self) -> bool {
        self.unnamed
    }

    /// The cue as written (`said`, `has said`, `According to`, `quoted as saying`).
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("South Korea has said it is ready.");
    /// assert_eq!(found.attributions()[0].cue().as_str(), "has said");
    /// ```
    #[must_use]
    pub fn cue(&self) -> Snippet<'h> {
        self.cue
    }

    /// What the cue reports: speech, writing, thought, perception, a source phrase.
    ///
    /// ```
    /// use copydesk::attribution::CueClass;
    /// let found = copydesk::attribution::attribute_text("Analysts believe the talks failed.");
    /// assert_eq!(found.attributions()[0].cue_class(), CueClass::Thought);
    /// ```
    #[must_use]
    pub fn cue_class(&self) -> CueClass {
        self.cue_class
    }

    /// The secondary sources: channel, origin, recipient, medium, reporter.
    ///
    /// ```
    /// use copydesk::attribution::Relation;
    /// let text = "The talks failed, KCNA reported, citing the ruling party.";
    /// let found = copydesk::attribution::attribute_text(text);
    /// let s = &found.attributions()[0].secondary()[0];
    /// assert_eq!((s.relation(), s.mention().as_str()), (Relation::Citing, "the ruling party"));
    /// ```
    #[must_use]
    pub fn secondary(&self) -> &[Secondary<'h>] {
        &self.secondary
    }

    /// The indices (in the quotation list given to [`attribute`]) of the quotations in the
    /// content.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("Kim said the war was “just”.");
    /// assert_eq!(found.attributions()[0].quotations(), [0]);
    /// ```
    #[must_use]
    pub fn quotations(&self) -> &[usize] {
        &self.quotations
    }
}

/// The attributions of a text and the entities their sources name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Attributions<'h> {
    attributions: Vec<Attribution<'h>>,
    entities: Shared<'h>,
}

impl<'h> Attributions<'h> {
    /// The attributions, in text order of their first content piece.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("A “peace plan” was signed.");
    /// assert!(found.attributions().is_empty()); // a scare quote is not an attribution
    /// ```
    #[must_use]
    pub fn attributions(&self) -> &[Attribution<'h>] {
        &self.attributions
    }

    /// The entities; an entity's id is its index here.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“Yes,” Kim said.");
    /// assert_eq!(found.entities()[0].name(), "Kim");
    /// ```
    #[must_use]
    pub fn entities(&self) -> &[Entity<'h>] {
        &self.entities.0
    }

    /// Both lists, by value; the entities are the slice every attribution shares.
    ///
    /// ```
    /// let (a, e) = copydesk::attribution::attribute_text("“Yes,” Kim said.").into_parts();
    /// assert_eq!((a.len(), e.len()), (1, 1));
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Vec<Attribution<'h>>, std::sync::Arc<[Entity<'h>]>) {
        (self.attributions, self.entities.0)
    }
}

/// Finds the attributions in `text` with every paragraph as body and the crate's quotation
/// scanner: a shorthand for [`attribute`].
///
/// ```
/// let found = copydesk::attribution::attribute_text("“Yes,” Kim said.");
/// assert_eq!(found.attributions().len(), 1);
/// ```
#[must_use]
pub fn attribute_text(text: &str) -> Attributions<'_> {
    let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
    let quotations = crate::quote::quotations(text);
    attribute(text, &body, &quotations)
}

/// Finds the attributions in the `body` paragraphs of `text`, linking them to `quotations`
/// (every quotation of `text`, sorted by start, as [`crate::quotations`] gives them) and
/// resolving their sources to entities.
///
/// Never panics; every span lies on `char` boundaries of `text`.
///
/// ```
/// let text = "Headline\nOfficials said the talks failed.";
/// let body: Vec<_> = copydesk::text::paragraphs(text).skip(1).collect();
/// let quotations = copydesk::quotations(text);
/// let found = copydesk::attribution::attribute(text, &body, &quotations);
/// let a = &found.attributions()[0];
/// assert_eq!(a.contents()[0].as_str(), "the talks failed");
/// assert_eq!(a.source().unwrap().as_str(), "Officials");
/// ```
#[must_use]
pub fn attribute<'h>(
    text: &'h str,
    body: &[Paragraph<'h>],
    quotations: &[Quotation<'h>],
) -> Attributions<'h> {
    attribute_in(text, body, quotations, None)
}

/// [`attribute`], knowing which of the `body` paragraphs (by index) is the headline: a
/// headline reads `Source: content` (`Poll: Clinton and Trump in dead heat`).
pub(crate) fn attribute_in<'h>(
    text: &'h str,
    body: &[Paragraph<'h>],
    quotations: &[Quotation<'h>],
    headline: Option<usize>,
) -> Attributions<'h> {
    let mut store = Vec::with_capacity(text.len() / 5 + 4);
    let metas = units(text, body, quotations, &mut store);
    let units: Vec<Unit<'_>> = metas
        .into_iter()
        .map(|m| Unit {
            para: m.para,
            span: m.span,
            toks: &store[m.toks],
            first: m.first,
        })
        .collect();
    let mut f = Finder {
        text,
        quotations,
        units: &units,
        out: Vec::with_capacity(units.len() / 2 + 4),
        titled: Vec::with_capacity(8),
        covered: Vec::with_capacity(4),
        used: Vec::with_capacity(64),
        headline,
        continued: None,
    };
    for u in 0..units.len() {
        f.unit(u);
    }
    f.finish()
}

// ---------------------------------------------------------------------------------------------
// Lexicon

const CUES: &str = include_str!("lexicon/cues.txt");
const GRAMMAR: &str = include_str!("lexicon/grammar.txt");

const AUX: u32 = 1;
const DET: u32 = 1 << 1;
const STOP: u32 = 1 << 2;
const CONN: u32 = 1 << 3;
const TIME: u32 = 1 << 4;
const MEDIUM: u32 = 1 << 5;
const PREP: u32 = 1 << 6;
const PRONOUN: u32 = 1 << 7;
const TITLE: u32 = 1 << 8;
const ROLE: u32 = 1 << 9;
const ORG: u32 = 1 << 10;
const UNNAMED: u32 = 1 << 11;
const EVIDENCE: u32 = 1 << 12;
const MALE: u32 = 1 << 13;
const FEMALE: u32 = 1 << 14;
const OBJECT: u32 = 1 << 15;
const WHO: u32 = 1 << 16;
const PHRASE: u32 = 1 << 17;
const CONTENT_NOUN: u32 = 1 << 18;
const REPORT_NOUN: u32 = 1 << 19;
const LIGHT_VERB: u32 = 1 << 20;
const CONTROL: u32 = 1 << 21;
const AMOUNT: u32 = 1 << 22;
const PARTICIPLE: u32 = 1 << 23;
const SUB: u32 = 1 << 24;

/// Words that open an adverbial clause before the main clause of a sentence.
const SUBORDINATORS: [&str; 13] = [
    "when", "as", "if", "while", "although", "though", "because", "since", "after", "before",
    "once", "until", "unless",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Base,
    S,
    Past,
    Ing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Constraint {
    /// Any plausible source.
    Plain,
    /// Content is the object: needs a name, pronoun or role source.
    Stance,
    /// Needs a document or study as source.
    Evidence,
    /// Only after its content: `“…,” he continued.`
    PostQuote,
    /// Naming: needs a quotation in the content, or `for` / `on` after it.
    Naming,
    /// A cue only with one of its particles: `talked about`, `pointed to`.
    ParticleOnly,
    /// A sourceless evidential, only before an infinitive: `seems to`, `appears to`.
    Evidential,
}

#[derive(Debug, Clone, Copy)]
struct Cue {
    class: CueClass,
    form: Form,
    constraint: Constraint,
    tell: bool,
    /// The particles (bits in the order of [`PARTICLES`]) that join the cue: `talked about`.
    particles: u8,
}

/// Prepositions that open a lead-in phrase before a clause's subject (`Despite the vote,`,
/// `Following the ruling,`) though the lexicon does not list them as prepositions of adjuncts.
const LEAD_IN_PREPOSITIONS: [&str; 6] = [
    "with",
    "without",
    "despite",
    "amid",
    "alongside",
    "following",
];

/// Words that open a parenthetical set off by commas after a subject (`Most economists, like
/// their peers, say`), which is part of the source mention.
const PARENTHETICAL_OPENERS: [&str; 12] = [
    "like",
    "unlike",
    "including",
    "however",
    "especially",
    "particularly",
    "notably",
    "too",
    "also",
    "meanwhile",
    "though",
    "among",
];

/// An adjective and its preposition after a source noun (`people close to him`).
const SOURCE_LINKS: [(&str, &str); 8] = [
    ("close", "to"),
    ("familiar", "with"),
    ("privy", "to"),
    ("briefed", "on"),
    ("involved", "in"),
    ("knowledgeable", "about"),
    ("loyal", "to"),
    ("allied", "with"),
];

/// Labels that open a paragraph with a colon but name no source (`Update: …`, `Photo: …`).
const NOT_SOURCE_LABELS: [&str; 25] = [
    "note",
    "update",
    "updated",
    "updates",
    "correction",
    "related",
    "watch",
    "read",
    "photo",
    "photos",
    "video",
    "credit",
    "caption",
    "advertisement",
    "listen",
    "see",
    "latest",
    "analysis",
    "opinion",
    "editorial",
    "live",
    "breaking",
    "exclusive",
    "byline",
    "review",
];

/// Possessive pronouns that own a reporting noun (`his promise to …`).
const POSSESSIVES: [&str; 5] = ["his", "her", "their", "its", "our"];

/// Number words of a share (`four in 10`, `one in five`).
const NUMBER_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Words before a share that is a source (`some 40%`, `a mere 9 percent`).
const SHARE_MODIFIERS: [&str; 16] = [
    "some", "about", "nearly", "almost", "only", "just", "mere", "roughly", "around", "over",
    "fully", "barely", "more", "less", "fewer", "than",
];

/// Prepositions and adverbs that can join a verb into a cue (`referring to`, `pointed out`).
const PARTICLES: [&str; 8] = ["about", "to", "of", "for", "on", "against", "out", "back"];

/// FNV-1a: the lexicon keys are short words, where it beats the default hasher several times.
#[derive(Debug, Clone, Copy, Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// The longest word (in bytes) kept in [`Lexicon::short`].
const PACKED: usize = 15;

/// A word of at most [`PACKED`] bytes as one integer: its bytes, then its length in the top byte.
fn pack(w: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    b[..w.len()].copy_from_slice(w);
    b[15] = w.len() as u8;
    u128::from_le_bytes(b)
}

/// One slot of [`PackedTable`]: a packed word (0 for an empty slot) and its entry.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u128,
    value: (u32, Option<Cue>),
}

/// The short words of the lexicon by [`pack`], in a cuckoo table: each word sits in one of its
/// two slots, so a lookup reads both and picks without branching (lexicon hits and misses
/// alternate unpredictably in running text).
struct PackedTable {
    /// `mask + 1` slots, then one empty slot that every miss reads.
    slots: Vec<Slot>,
    mask: usize,
    seed: u64,
}

impl PackedTable {
    /// The two slots of `key`.
    #[inline]
    fn homes(key: u128, seed: u64, mask: usize) -> (usize, usize) {
        let x = (key as u64 ^ seed) ^ ((key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let m = u128::from(x) * 0x2d35_8dcc_aa6c_78a5;
        let h = (m as u64) ^ ((m >> 64) as u64);
        (h as usize & mask, (h >> 32) as usize & mask)
    }

    fn new(entries: &[(u128, (u32, Option<Cue>))]) -> PackedTable {
        let mut size = (entries.len() * 3).next_power_of_two().max(16);
        let mut seed = 0x5851_f42d_4c95_7f2d_u64;
        loop {
            if let Some(t) = PackedTable::build(entries, size, seed) {
                return t;
            }
            seed = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(1);
            size *= 2;
        }
    }

    fn build(
        entries: &[(u128, (u32, Option<Cue>))],
        size: usize,
        seed: u64,
    ) -> Option<PackedTable> {
        let empty = Slot {
            key: 0,
            value: (0, None),
        };
        let mask = size - 1;
        let mut slots = vec![empty; size + 1];
        'entries: for &(key, value) in entries {
            // A packed word holds its length, so no word packs to the empty key.
            let mut cur = Slot { key, value };
            let (mut at, other) = PackedTable::homes(key, seed, mask);
            if slots[at].key != 0 {
                at = other;
            }
            for _ in 0..64 {
                if slots[at].key == 0 {
                    slots[at] = cur;
                    continue 'entries;
                }
                std::mem::swap(&mut slots[at], &mut cur);
                let (a, b) = PackedTable::homes(cur.key, seed, mask);
                at = if at == a { b } else { a };
            }
            return None;
        }
        Some(PackedTable { slots, mask, seed })
    }

    /// The entry of `key`; `(0, None)` when it is not there.
    #[inline]
    fn get(&self, key: u128) -> (u32, Option<Cue>) {
        let (a, b) = PackedTable::homes(key, self.seed, self.mask);
        let in_a = usize::from(self.slots[a].key == key);
        let in_b = usize::from(self.slots[b].key == key) & (in_a ^ 1);
        let none = (in_a | in_b) ^ 1;
        self.slots[a * in_a + b * in_b + (self.mask + 1) * none].value
    }
}

struct Lexicon {
    /// Lower-case word → its classes and, for a cue, the cue.
    words: FnvMap<String, (u32, Option<Cue>)>,
    /// The words of `words` of at most [`PACKED`] bytes, by [`pack`]: looked up without hashing
    /// or comparing strings.
    short: PackedTable,
    /// The longest word in `words`, plus slack: longer words are not looked up.
    longest: usize,
    /// Bit `(first letter × 26 + last letter)` of row `len` set when some lexicon word of that
    /// length starts and ends so: most words of running text are rejected without hashing.
    shapes: Vec<[u64; 11]>,
    /// First word (lower case) → the remaining words of each phrase starting with it.
    phrases: HashMap<&'static str, Vec<Vec<&'static str>>>,
}

fn inflect(lemma: &str) -> Vec<(String, Form)> {
    let mut out = vec![(lemma.to_string(), Form::Base)];
    let stem_y = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']));
    if let Some(stem) = stem_y {
        out.push((format!("{stem}ies"), Form::S));
        out.push((format!("{stem}ied"), Form::Past));
        out.push((format!("{lemma}ing"), Form::Ing));
    } else if lemma.ends_with("ee") {
        out.push((format!("{lemma}s"), Form::S));
        out.push((format!("{lemma}d"), Form::Past));
        out.push((format!("{lemma}ing"), Form::Ing));
    } else if let Some(stem) = lemma.strip_suffix('e') {
        out.push((format!("{lemma}s"), Form::S));
        out.push((format!("{lemma}d"), Form::Past));
        out.push((format!("{stem}ing"), Form::Ing));
    } else {
        let s =
            if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
                format!("{lemma}es")
            } else {
                format!("{lemma}s")
            };
        out.push((s, Form::S));
        out.push((format!("{lemma}ed"), Form::Past));
        out.push((format!("{lemma}ing"), Form::Ing));
    }
    out
}

/// The form of an irregular form listed after a lemma in the cue lexicon (`referring`,
/// `says`, `spoken`).
fn listed_form(w: &str) -> Form {
    if w.ends_with("ing") {
        Form::Ing
    } else if w.ends_with('s') && !w.ends_with("ss") {
        Form::S
    } else {
        Form::Past
    }
}

/// Reporting nouns and the prepositions that introduce their content (`call` → `for`).
static NOUN_PREPS: Lazy<HashMap<&'static str, Vec<&'static str>>> = Lazy::new(|| {
    let mut m: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for line in sections(GRAMMAR)
        .remove("reporting-noun")
        .into_iter()
        .flatten()
    {
        let mut ws = line.split_whitespace();
        if let Some(noun) = ws.next() {
            m.entry(noun).or_default().extend(ws);
        }
    }
    m
});

static LEX: Lazy<Lexicon> = Lazy::new(|| {
    let mut words: FnvMap<String, u32> = FnvMap::default();
    let mut add = |w: &str, flag: u32| *words.entry(w.to_string()).or_insert(0) |= flag;
    let g = sections(GRAMMAR);
    for w in SUBORDINATORS {
        add(w, SUB);
    }
    for (name, flag) in [
        ("aux", AUX),
        ("determiner", DET),
        ("stop", STOP),
        ("connective", CONN),
        ("time", TIME),
        ("medium", MEDIUM),
        ("preposition", PREP),
        ("object", OBJECT),
        ("content-noun", CONTENT_NOUN),
        ("light-verb", LIGHT_VERB),
        ("object-control", CONTROL),
        ("amount-verb", AMOUNT),
        ("participle", PARTICIPLE),
    ] {
        for w in g.get(name).into_iter().flatten() {
            add(w, flag);
        }
    }
    for line in g.get("reporting-noun").into_iter().flatten() {
        if let Some(noun) = line.split_whitespace().next() {
            add(noun, REPORT_NOUN);
        }
    }
    let s = &*SOURCE_WORDS;
    for (name, flag) in [
        ("title", TITLE),
        ("role", ROLE),
        ("organisation", ORG),
        ("unnamed", UNNAMED),
        ("evidence", EVIDENCE),
    ] {
        for w in s.get(name).into_iter().flatten() {
            add(w, flag);
        }
    }
    for line in s.get("pronoun").into_iter().flatten() {
        let mut it = line.split_whitespace();
        let (Some(w), g) = (it.next(), it.next()) else {
            continue;
        };
        let gender = match g {
            Some("m") => MALE,
            Some("f") => FEMALE,
            _ => 0,
        };
        add(w, PRONOUN | gender);
    }
    add("who", WHO);
    let mut cues: FnvMap<String, Cue> = FnvMap::default();
    let mut phrases: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
    let cue_sections = sections(CUES);
    let order = [
        "speech",
        "stance",
        "writing",
        "thought",
        "perception",
        "evidence",
        "postquote",
        "naming",
        "evidential",
        "phrase",
    ];
    for section in order {
        let lines = cue_sections.get(section).cloned().unwrap_or_default();
        let (class, constraint) = match section {
            "speech" => (CueClass::Speech, Constraint::Plain),
            "stance" => (CueClass::Speech, Constraint::Stance),
            "writing" => (CueClass::Writing, Constraint::Plain),
            "thought" => (CueClass::Thought, Constraint::Plain),
            "perception" => (CueClass::Perception, Constraint::Plain),
            "evidence" => (CueClass::Perception, Constraint::Evidence),
            "postquote" => (CueClass::Speech, Constraint::PostQuote),
            "naming" => (CueClass::Speech, Constraint::Naming),
            "evidential" => (CueClass::Thought, Constraint::Evidential),
            "phrase" => {
                for l in lines {
                    let mut ws = l.split_whitespace();
                    if let Some(first) = ws.next() {
                        phrases.entry(first).or_default().push(ws.collect());
                    }
                }
                continue;
            }
            _ => continue,
        };
        for line in lines {
            let mut ws = line.split_whitespace();
            let Some(lemma) = ws.next() else { continue };
            let tell = lemma == "tell" || lemma == "ask";
            let mut forms = inflect(lemma);
            for extra in ws {
                if extra == "!noun" {
                    forms.retain(|(_, f)| !matches!(f, Form::Base | Form::S));
                    continue;
                }
                forms.push((extra.to_string(), listed_form(extra)));
            }
            for (f, form) in forms {
                cues.entry(f).or_insert(Cue {
                    particles: 0,
                    class,
                    form,
                    constraint,
                    tell,
                });
            }
        }
    }
    for line in cue_sections.get("particle").into_iter().flatten() {
        let mut ws = line.split_whitespace();
        let (Some(lemma), Some(particle)) = (ws.next(), ws.next()) else {
            continue;
        };
        let Some(bit) = PARTICLES.iter().position(|p| *p == particle) else {
            continue;
        };
        let mut forms = inflect(lemma);
        forms.extend(ws.map(|extra| (extra.to_string(), listed_form(extra))));
        // The class of the verb where another section lists it (`plan to`: thought).
        let class = forms
            .iter()
            .find_map(|(f, _)| cues.get(f))
            .map_or(CueClass::Speech, |c| c.class);
        for (f, form) in forms {
            cues.entry(f)
                .or_insert(Cue {
                    class,
                    form,
                    constraint: Constraint::ParticleOnly,
                    tell: false,
                    particles: 0,
                })
                .particles |= 1 << bit;
        }
    }
    for first in phrases.keys() {
        *words.entry((*first).to_string()).or_insert(0) |= PHRASE;
    }
    let mut merged: FnvMap<String, (u32, Option<Cue>)> = FnvMap::default();
    for (w, f) in words {
        let cue = cues.remove(&w);
        merged.insert(w, (f, cue));
    }
    for (w, c) in cues {
        merged.insert(w, (0, Some(c)));
    }
    let words = merged;
    let longest = words.keys().map(String::len).max().unwrap_or(0) + 4; // room for ’ and .
    let mut shapes = vec![[0u64; 11]; longest + 1];
    for w in words.keys() {
        if let Some(bit) = shape(w.as_bytes()) {
            shapes[w.len()][bit / 64] |= 1 << (bit % 64);
        }
    }
    let short = PackedTable::new(
        &words
            .iter()
            .filter(|(w, _)| w.len() <= PACKED)
            .map(|(w, v)| (pack(w.as_bytes()), *v))
            .collect::<Vec<_>>(),
    );
    Lexicon {
        words,
        short,
        phrases,
        longest,
        shapes,
    }
});

/// The shape bit of a word whose first and last bytes are ASCII letters.
fn shape(w: &[u8]) -> Option<usize> {
    let (f, l) = (
        w.first()?.to_ascii_lowercase(),
        w.last()?.to_ascii_lowercase(),
    );
    (f.is_ascii_lowercase() && l.is_ascii_lowercase())
        .then(|| usize::from(f - b'a') * 26 + usize::from(l - b'a'))
}

impl Lexicon {
    /// The classes and cue of `w`, a lower-case word.
    fn get(&self, w: &str) -> (u32, Option<Cue>) {
        if w.len() <= PACKED {
            self.short.get(pack(w.as_bytes()))
        } else {
            self.words.get(w).copied().unwrap_or((0, None))
        }
    }

    /// The classes and cue of `bytes[start..start + len]` lower-cased, an ASCII word of at most
    /// [`PACKED`] bytes: no copy is made. Where 16 bytes can be read from `start`, the word is
    /// read as one integer and lower-cased a whole lane at a time.
    #[inline(always)]
    fn get_ascii_lower_at(&self, bytes: &[u8], start: usize, len: usize) -> (u32, Option<Cue>) {
        let len = len.min(PACKED);
        if let Some(chunk) = bytes.get(start..start + 16) {
            let mut a = [0u8; 16];
            a.copy_from_slice(chunk);
            let x = u128::from_le_bytes(a) & ((1u128 << (8 * len)) - 1);
            // Every byte is ASCII (below 0x80): adding 0x3f sets a byte's top bit from `A` up,
            // adding 0x25 from `[` up, with no carry between bytes.
            let from_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f_3f3f_3f3f_3f3f_3f3f);
            let past_z = x.wrapping_add(0x2525_2525_2525_2525_2525_2525_2525_2525);
            let upper = from_a & !past_z & 0x8080_8080_8080_8080_8080_8080_8080_8080;
            let k = (x | (upper >> 2)) | ((len as u128) << 120);
            return self.short.get(k);
        }
        let b = &bytes[start..start + len];
        // Built in a register, as [`pack`] lays it out (a byte array read back as one integer
        // would stall on store forwarding).
        let mut k = (b.len() as u128) << 120;
        for (i, c) in b.iter().enumerate() {
            k |= u128::from(c.to_ascii_lowercase()) << (8 * i);
        }
        self.short.get(k)
    }

    /// Whether `w`, an ASCII word, may be in the lexicon (no false negatives). Non-ASCII words
    /// are always looked up: `didn’t` is looked up as `didn't`.
    fn may_hold_ascii(&self, w: &str) -> bool {
        match shape(w.as_bytes()) {
            Some(bit) => self
                .shapes
                .get(w.len())
                .is_some_and(|row| row[bit / 64] & (1 << (bit % 64)) != 0),
            None => w.len() <= self.longest,
        }
    }
}

#[cfg(test)]
mod lexicon_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The in-place lookup agrees with lower-casing a copy, wherever the word lies.
        #[test]
        fn in_place_lookup_is_lookup_of_the_lower_case(
            pre in "[ -~]{0,20}",
            w in "[A-Za-z0-9'.&-]{1,15}|(SAID|Said|said|Told|TOLD|President|PRES\\.|Sen\\.|DR\\.)",
            post in "[ -~]{0,20}",
        ) {
            let text = format!("{pre}{w}{post}");
            let got = LEX.get_ascii_lower_at(text.as_bytes(), pre.len(), w.len());
            let want = LEX.get(&w.to_ascii_lowercase());
            prop_assert_eq!(format!("{got:?}"), format!("{want:?}"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Units and tokens

/// The most tokens read as one sentence.
const MAX_UNIT_TOKENS: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct(char),
    /// A whole top-level quotation (its part in this paragraph), by index (as `u32`, which
    /// keeps a token small: the finder scans token runs over and over).
    Quote(u32),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    span: Span,
    kind: Kind,
    cap: bool,
    flags: u32,
    cue: Option<Cue>,
}

// A token stays within five words on 64-bit targets.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Tok>() <= 40);

impl Tok {
    fn is(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    fn word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
    fn punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(d) if d == c)
    }
    fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(q) => Some(q as usize),
            _ => None,
        }
    }
}

/// A sentence (or several, where a quotation runs across a sentence end).
#[derive(Debug)]
struct Unit<'t> {
    para: usize,
    span: Span,
    toks: &'t [Tok],
    /// Whether it is the first unit of its paragraph.
    first: bool,
}

/// A [`Unit`] with its tokens as a range of the shared token store.
struct UnitAt {
    para: usize,
    span: Span,
    toks: std::ops::Range<usize>,
    first: bool,
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// The units of `body`; their tokens are pushed to `store`, which each unit indexes.
fn units(
    text: &str,
    body: &[Paragraph<'_>],
    quotations: &[Quotation<'_>],
    store: &mut Vec<Tok>,
) -> Vec<UnitAt> {
    // Sized for news sentences (some 100 bytes each), so that the vectors seldom grow.
    let body_len: usize = body.iter().map(|p| p.span().len()).sum();
    let mut out = Vec::with_capacity(body_len / 96 + 4);
    let mut atoms: Vec<(Span, usize)> = Vec::with_capacity(8);
    let mut spans: Vec<Span> = Vec::with_capacity(16);
    let mut buf = String::new();
    let mut qi = 0; // quotations before this index end before the current paragraph
    for (pi, p) in body.iter().enumerate() {
        let ps = p.span();
        if text.get(ps.range()).is_none() {
            continue;
        }
        // Top-level quotation atoms within this paragraph: (span clipped to the paragraph, index).
        while qi < quotations.len() && quotations[qi].span().end <= ps.start {
            qi += 1;
        }
        atoms.clear();
        let mut j = qi;
        while j < quotations.len() && quotations[j].span().start < ps.end {
            let q = &quotations[j];
            let s = q.span();
            if q.parent().is_none() && s.overlaps(ps) {
                let clipped = Span::new(s.start.max(ps.start), s.end.min(ps.end));
                if atoms.last().is_none_or(|&(l, _)| l.end <= clipped.start)
                    && text.get(clipped.range()).is_some()
                {
                    atoms.push((clipped, j));
                }
            }
            j += 1;
        }
        // One pass over the paragraph; a paragraph without a quotation, a cue or a title holds
        // nothing to find.
        let mut ai = 0;
        let base = store.len();
        tokenize(text, ps, &atoms, &mut ai, &mut buf, store);
        let all = &store[base..];
        // `Poll: Clinton leads`: a short source and a colon open the paragraph.
        let label = all.iter().take(8).any(|t| t.punct(':'));
        if atoms.is_empty()
            && !label
            && !all
                .iter()
                .any(|t| t.cue.is_some() || t.is(PHRASE | TITLE | REPORT_NOUN))
        {
            store.truncate(base);
            continue;
        }
        // Sentences, merged where a quotation atom crosses a boundary.
        spans.clear();
        let mut a = 0;
        for s in crate::text::sentences(text, ps) {
            let s = s.span();
            while a < atoms.len() && atoms[a].0.end <= s.start {
                a += 1;
            }
            // Atoms are sorted and disjoint: only the first one not ending before this
            // sentence can straddle the boundary.
            let crosses = spans.last().is_some_and(|l| {
                atoms
                    .get(a)
                    .is_some_and(|(at, _)| at.start < l.end && at.end > s.start)
            });
            match spans.last_mut() {
                Some(l) if crosses => l.end = s.end,
                _ => spans.push(s),
            }
        }
        let mut ti = 0;
        for (k, &s) in spans.iter().enumerate() {
            while ti < all.len() && all[ti].span.start < s.start {
                ti += 1;
            }
            let from = ti;
            while ti < all.len() && all[ti].span.start < s.end {
                ti += 1;
            }
            // A run-on "sentence" (a list, a table, text without punctuation) is read in
            // bounded windows, which keeps every clause scan, and so the whole pass, linear.
            for (c, chunk) in all[from..ti].chunks(MAX_UNIT_TOKENS).enumerate() {
                let span = match (chunk.first(), chunk.last()) {
                    (Some(a), Some(b)) if chunk.len() == MAX_UNIT_TOKENS || c > 0 => {
                        Span::new(a.span.start, b.span.end)
                    }
                    _ => s,
                };
                let at = base + from + c * MAX_UNIT_TOKENS;
                out.push(UnitAt {
                    para: pi,
                    span,
                    toks: at..at + chunk.len(),
                    first: k == 0 && c == 0,
                });
            }
        }
    }
    out
}

/// Whether a byte is an ASCII letter or digit, by table.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

fn lower<'a>(w: &str, buf: &'a mut String) -> &'a str {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
        return buf;
    }
    for c in w.chars() {
        match c {
            '’' | '‘' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
    buf
}

fn tokenize(
    text: &str,
    s: Span,
    atoms: &[(Span, usize)],
    ai: &mut usize,
    buf: &mut String,
    toks: &mut Vec<Tok>,
) {
    toks.reserve(s.len() / 5 + 4);
    let lex = &*LEX;
    let mut pos = s.start;
    let bytes = text.as_bytes();
    while pos < s.end {
        while *ai < atoms.len() && atoms[*ai].0.end <= pos {
            *ai += 1;
        }
        if let Some(&(at, q)) = atoms.get(*ai)
            && at.start <= pos
        {
            toks.push(Tok {
                span: Span::new(pos, at.end.min(s.end).max(pos)),
                // No text holds 2³² quotations; saturating keeps the tokeniser total.
                kind: Kind::Quote(u32::try_from(q).unwrap_or(u32::MAX)),
                cap: false,
                flags: 0,
                cue: None,
            });
            pos = at.end.max(pos + 1);
            while pos < text.len() && !text.is_char_boundary(pos) {
                pos += 1;
            }
            continue;
        }
        let next_atom = atoms.get(*ai).map_or(s.end, |a| a.0.start.min(s.end));
        let c = match bytes[pos] {
            b if b < 0x80 => char::from(b),
            _ => match text[pos..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let alnum = if c.is_ascii() {
            ASCII_ALNUM[c as usize]
        } else {
            c.is_alphanumeric()
        };
        if alnum {
            // A word: letters and digits, with inner apostrophes, hyphens and periods kept, and
            // a final period kept for abbreviations (`Sen.`, `U.S.`).
            let mut end = pos + c.len_utf8();
            let mut ascii = c.is_ascii();
            // Whether an apostrophe joins the word (only a joiner can: it is no letter).
            let mut apos = false;
            while end < next_atom {
                // A run of ASCII letters and digits first, in one tight loop.
                end += bytes[end..next_atom]
                    .iter()
                    .position(|&b| !ASCII_ALNUM[usize::from(b)])
                    .unwrap_or(next_atom - end);
                if end >= next_atom {
                    break;
                }
                let d = match bytes[end] {
                    b if b < 0x80 => char::from(b),
                    _ => match text[end..].chars().next() {
                        Some(d) => d,
                        None => break,
                    },
                };
                if d.is_alphanumeric() {
                    ascii &= d.is_ascii();
                    end += d.len_utf8();
                    continue;
                }
                // `2,400` is one number, not a clause comma.
                let joiner = matches!(d, '\'' | '’' | '-' | '‐' | '.' | '&')
                    || d == ','
                        && bytes[end - 1].is_ascii_digit()
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                let after = end + d.len_utf8();
                if joiner
                    && after < next_atom
                    && text[after..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                {
                    ascii &= d.is_ascii();
                    apos |= matches!(d, '\'' | '’');
                    end = after;
                    continue;
                }
                break;
            }
            let w = &text[pos..end];
            // Abbreviation period: a title or a dotted abbreviation.
            if end < next_atom && bytes[end] == b'.' {
                // `w.` lower-cased: read in place where it is short and ASCII (the period is
                // `bytes[end]`), as `lower` and a push would build it.
                let title = |buf: &mut String| {
                    if ascii && w.len() < PACKED {
                        lex.get_ascii_lower_at(bytes, pos, w.len() + 1).0 & TITLE != 0
                    } else {
                        lower(w, buf);
                        buf.push('.');
                        lex.get(buf.as_str()).0 & TITLE != 0
                    }
                };
                if w.len() == 1 && c.is_uppercase() || w.contains('.') || title(buf) {
                    end += 1;
                }
            }
            let w = &text[pos..end];
            let (flags, cue) = if ascii && w.len() <= PACKED {
                lex.get_ascii_lower_at(bytes, pos, w.len())
            } else if w.len() > lex.longest || ascii && !lex.may_hold_ascii(w) {
                (0, None)
            } else {
                let l = lower(w, buf);
                lex.get(l)
            };
            // `he’s`, `they're`: a pronoun with a contracted verb is still the pronoun.
            let flags = if flags == 0
                && w.len() <= 8
                && apos
                // `w.find(['\'', '’'])`, byte by byte: UTF-8 finds `’` only at a char start.
                && let Some(a) = (0..w.len()).find(|&k| {
                    w.as_bytes()[k] == b'\'' || w.as_bytes()[k..].starts_with("’".as_bytes())
                })
                && a > 0
            {
                let l = lower(&w[..a], buf);
                lex.get(l).0 & (PRONOUN | MALE | FEMALE)
            } else {
                flags
            };
            toks.push(Tok {
                span: Span::new(pos, end),
                kind: Kind::Word,
                cap: c.is_uppercase(),
                flags,
                cue,
            });
            pos = end;
            continue;
        }
        toks.push(Tok {
            span: Span::new(pos, pos + c.len_utf8()),
            kind: Kind::Punct(c),
            cap: false,
            flags: 0,
            cue: None,
        });
        pos += c.len_utf8();
    }
}

// ---------------------------------------------------------------------------------------------
// The finder

#[derive(Debug, Clone, Copy)]
struct Np {
    /// Token range of the whole mention.
    start: usize,
    end: usize,
    /// Token range of the head (the name without title or apposition).
    head_start: usize,
    head_end: usize,
}

#[derive(Debug)]
struct Draft<'h> {
    unit: usize,
    contents: Vec<Span>,
    content_toks: Option<(usize, usize)>,
    quotes: Vec<usize>,
    direct: bool,
    source: Option<(Span, Span, Mention<'h>, bool)>,
    cue: Span,
    cue_class: CueClass,
    secondary: Vec<(Relation, Span, Span, Mention<'h>)>,
}

struct Finder<'a, 'h> {
    text: &'h str,
    quotations: &'a [Quotation<'h>],
    units: &'a [Unit<'a>],
    out: Vec<Draft<'h>>,
    /// Titled names outside sources (`Russian President Vladimir Putin`): (mention, name, title).
    titled: Vec<(Span, Span, Span)>,
    /// Scratch buffers of [`Finder::unit`], kept across units.
    covered: Vec<(usize, usize)>,
    used: Vec<bool>,
    /// The index of the headline among the paragraphs, when known.
    headline: Option<usize>,
    /// The draft last continued by a quotation sentence, and the unit it reaches now.
    continued: Option<(usize, usize)>,
}

fn end_punct(t: &Tok) -> bool {
    matches!(
        t.kind,
        Kind::Punct('.' | '!' | '?' | ';' | '…' | ')' | '"' | '”' | '\'')
    )
}

impl<'h> Finder<'_, 'h> {
    fn snip(&self, s: Span) -> Snippet<'h> {
        Snippet::at(self.text, s)
    }

    fn s(&self, u: usize, a: usize, b: usize) -> Span {
        let t = &self.units[u].toks;
        if a >= b || b > t.len() {
            return Span::empty(t.get(a).map_or(self.units[u].span.end, |x| x.span.start));
        }
        Span::new(t[a].span.start, t[b - 1].span.end)
    }

    fn unit(&mut self, u: usize) {
        let toks = self.units[u].toks;
        let n = toks.len();
        let mut covered = std::mem::take(&mut self.covered);
        covered.clear();
        let mut used = std::mem::take(&mut self.used);
        used.clear();
        used.resize(n, false);
        let mut i = 0;
        let before = self.out.len();
        if self.headline == Some(self.units[u].para)
            && self.units[u].first
            && let Some(d) = self.colon_label(u, true)
        {
            self.out.push(d);
        }
        while i < n {
            // Only a source phrase, a cue or a reporting noun opens an attribution: other
            // words are passed over first, before the checks that need the unit's state.
            match toks[i..]
                .iter()
                .position(|x| x.is(PHRASE | REPORT_NOUN) || x.cue.is_some())
            {
                Some(k) => i += k,
                None => break,
            }
            if used[i] || !toks[i].word() {
                i += 1;
                continue;
            }
            if covered.iter().any(|&(a, b)| a <= i && i < b) {
                self.inner(u, i, before, &mut used);
                i += 1;
                continue;
            }
            let phrase = if toks[i].is(PHRASE) {
                self.try_phrase(u, i, &mut used)
            } else {
                None
            };
            if let Some(d) = phrase {
                if let Some(r) = d.content_toks {
                    covered.push(r);
                }
                self.out.push(d);
            } else if toks[i].cue.is_some()
                && let Some(d) = self.try_verb(u, i, &mut used)
            {
                let d = self.reporter_outer(u, &d).unwrap_or(d);
                if let Some(r) = d.content_toks {
                    covered.push(r);
                }
                self.out.push(d);
            } else if self.units[u].toks[i].is(REPORT_NOUN)
                && let Some(d) = self.nominal(u, i, &mut used)
            {
                self.out.push(d);
            }
            i += 1;
        }
        self.covered = covered;
        self.used = used;
        self.titles(u);
        if self.out.len() == before {
            self.bare_quote(u);
        }
        if self.out.len() == before
            && self.units[u].first
            && let Some(d) = self.colon_label(u, false)
        {
            self.out.push(d);
        }
    }

    /// A finite cue inside the content of an earlier attribution of unit `u` (drafts from
    /// `before` on), with its own source after a clause boundary: `X claimed the attack, but
    /// officials have said …`. The new attribution is kept and the earlier content ends
    /// before its source, as PolNeAR never nests one attribution in another's content.
    fn inner(&mut self, u: usize, i: usize, before: usize, used: &mut [bool]) {
        let x = &self.units[u].toks[i];
        if x.cap
            || !x
                .cue
                .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
        {
            return;
        }
        let mark = self.out.len();
        let Some(d) = self.try_verb(u, i, used) else {
            return;
        };
        let t = &self.units[u].toks;
        // The source's first token, after `,`, `;`, `and` or `but`.
        let Some(m) = d
            .source
            .and_then(|s| t.iter().position(|x| x.span.start == s.0.start))
            .filter(|&m| {
                m >= 2
                    && (t[m - 1].punct(',')
                        || t[m - 1].punct(';')
                        || self.is_word(u, m - 1, "but")
                        || self.is_word(u, m - 1, "and") && t[m - 2].punct(','))
            })
        else {
            return;
        };
        // The earlier content ends before the boundary words and punctuation.
        let mut e = m;
        while e > 1
            && (!t[e - 1].word() && t[e - 1].quote().is_none()
                || self.is_word(u, e - 1, "and")
                || self.is_word(u, e - 1, "but"))
        {
            e -= 1;
        }
        let cut = t[e - 1].span.end;
        for prev in &mut self.out[before..mark] {
            if let Some((a, b)) = prev.content_toks
                && a < m
                && m < b
                && let Some(last) = prev.contents.last_mut()
                && last.start < cut
                && cut < last.end
            {
                *last = Span::new(last.start, cut);
                prev.content_toks = Some((a, e));
            }
        }
        self.out.push(d);
    }

    /// Whether the words before the colon at `c` are a section label or a tag, not a source
    /// (`The Latest:`, `Update:`, `EXCLUSIVE:`).
    fn section_label(&self, u: usize, c: usize) -> bool {
        let t = &self.units[u].toks;
        NOT_SOURCE_LABELS.iter().any(|w| {
            t[..c]
                .iter()
                .any(|x| self.text[x.span].eq_ignore_ascii_case(w))
        })
    }

    /// `Source: content` at the start of a paragraph: `Poll: Clinton and Trump tied`,
    /// `Sanders: Clinton needs to …`, `BOULDUAN: Why not?`. The source is a short name or
    /// noun phrase, not a section label (`The Latest:`, `Update:`). A headline's source may be
    /// any title-case phrase (`CNN President On Trump: …`); in the body it is the capitalised
    /// words before any lower-case one, and the content has two words at least.
    fn colon_label(&self, u: usize, headline: bool) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let c = t
            .iter()
            .take(if headline { 9 } else { 8 })
            .position(|x| x.punct(':'))?;
        let small = |k: usize| {
            if headline {
                self.is_any(
                    u,
                    k,
                    &[
                        "of", "on", "at", "to", "from", "for", "the", "a", "in", "and",
                    ],
                )
            } else {
                t[k].is(DET | PREP | STOP)
            }
        };
        if c == 0
            || !t[0].cap
            || !(0..c).all(|k| t[k].word() && (t[k].cap || small(k)))
            || self.section_label(u, c)
        {
            return None;
        }
        let np = if headline {
            self.head_of(u, 0, c).unwrap_or(Np {
                start: 0,
                end: c,
                head_start: 0,
                head_end: c,
            })
        } else {
            // `Clinton to Planned Parenthood: …`: the capitalised words before a lower-case one.
            let e = (0..c).find(|&m| !t[m].cap).unwrap_or(c);
            let np = self.head_of(u, 0, e)?;
            let head = &t[np.head_end - 1];
            if !(head.cap || head.is(ORG | UNNAMED | EVIDENCE | ROLE))
                || t[c + 1..].iter().filter(|x| x.word()).count() < 2
            {
                return None;
            }
            np
        };
        let mut d = self.content_draft(
            u,
            c + 1,
            t.len(),
            t[c].span,
            CueClass::Punctuation,
            Some(np),
        )?;
        if headline {
            d.content_toks = None;
        }
        Some(d)
    }

    /// `Lee believes the deal is good, aides said.`: a thought or perception whose sentence
    /// ends with a reporter is itself the content of that reporter's attribution (PolNeAR
    /// annotates the outer one only).
    fn reporter_outer(&self, u: usize, d: &Draft<'h>) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        // A stance or naming verb (`Lee praised the plan, aides said`) reports no speech of its
        // own either.
        let stance = t
            .iter()
            .rfind(|x| x.span.end == d.cue.end)
            .and_then(|x| x.cue)
            .is_some_and(|c| {
                matches!(
                    c.constraint,
                    Constraint::Stance | Constraint::Naming | Constraint::ParticleOnly
                )
            });
        if !stance && !matches!(d.cue_class, CueClass::Thought | CueClass::Perception) {
            return None;
        }
        // `Lee intends to …, according to a lawsuit`: the source phrase reports the clause (a
        // stance verb keeps the phrase as its channel: `Kim defended …, according to KCNA`).
        if matches!(d.cue_class, CueClass::Thought | CueClass::Perception)
            && let Some(&(_, s, h, _)) = d.secondary.iter().find(|x| x.0 == Relation::AccordingTo)
        {
            let at = |p: usize| t.iter().position(|x| x.span.start == p);
            let start = at(s.start)?;
            let end = t
                .iter()
                .position(|x| x.span.start >= s.end)
                .unwrap_or(t.len());
            let head_start = at(h.start)?;
            let head_end = t
                .iter()
                .position(|x| x.span.start >= h.end)
                .unwrap_or(t.len());
            let len = (1..start.min(5)).find(|&l| self.phrase_at(u, start - l) == Some(l))?;
            let p = start - len;
            if p < 2 || !t[p - 1].punct(',') {
                return None;
            }
            let np = Np {
                start,
                end,
                head_start,
                head_end,
            };
            let c = p - 1;
            let cue = self.s(u, p, start);
            return self.content_draft(
                u,
                self.lead_in(u, c),
                c,
                cue,
                CueClass::SourcePhrase,
                Some(np),
            );
        }
        let (_, s, h, _) = d.secondary.iter().find(|x| x.0 == Relation::ReportedBy)?;
        let at = |p: usize| t.iter().position(|x| x.span.start == p);
        let start = at(s.start)?;
        let end = t.iter().position(|x| x.span.start >= s.end)?;
        let head_start = at(h.start)?;
        let head_end = t.iter().position(|x| x.span.start >= h.end)?;
        let cue = t[end].cue?;
        if start < 2 || !t[start - 1].punct(',') {
            return None;
        }
        let np = Np {
            start,
            end,
            head_start,
            head_end,
        };
        let c = start - 1;
        self.content_draft(u, self.lead_in(u, c), c, t[end].span, cue.class, Some(np))
    }

    /// `“…” — John Smith`, `Smith: “…”`, and quotation-only sentences continuing an attribution.
    fn bare_quote(&mut self, u: usize) {
        let unit = &self.units[u];
        let t = &unit.toks;
        // `— John Smith, CEO` after a quotation sentence.
        if u > 0
            && t.first()
                .is_some_and(|x| matches!(x.kind, Kind::Punct(c) if is_dash(c)))
            && self.units[u - 1].para == unit.para
            && self.units[u - 1]
                .toks
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
            && let Some(np) = self.np_after(u, 1, true)
            && t[np.head_start].cap
        {
            let pn = self.units[u - 1].toks.len();
            let (contents, quotes) = self.pieces(u - 1, 0, pn);
            if !contents.is_empty() {
                self.out.push(Draft {
                    unit: u,
                    contents,
                    content_toks: None,
                    quotes,
                    direct: true,
                    source: Some(self.source_of(u, np)),
                    cue: t[0].span,
                    cue_class: CueClass::Punctuation,
                    secondary: Vec::new(),
                });
                return;
            }
        }
        let quotes: Vec<usize> = t.iter().filter_map(Tok::quote).collect();
        if quotes.is_empty() || self.claimed(u, 0, t.len()) {
            return;
        }
        // `“…” — Name`
        if let Some(d) = t
            .iter()
            .position(|x| matches!(x.kind, Kind::Punct(c) if is_dash(c)))
            && d > 0
            && t[..d]
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
            && let Some(np) = self.np_after(u, d + 1, true)
            && t[np.head_start].cap
        {
            let draft = self.direct_draft(u, 0, d, t[d].span, CueClass::Punctuation, Some(np));
            self.out.push(draft);
            return;
        }
        // `Name: “…”`
        if let Some(c) = t.iter().position(|x| x.punct(':'))
            && (1..=9).contains(&c)
            && t[..c]
                .iter()
                .all(|x| x.word() && (x.cap || x.is(DET) || c > 5 && x.is(PREP | STOP)))
            && t[c - 1].cap
            && t[c + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
        {
            let np = Np {
                start: 0,
                end: c,
                head_start: 0,
                head_end: c,
            };
            let draft = self.direct_draft(
                u,
                c + 1,
                t.len(),
                t[c].span,
                CueClass::Punctuation,
                Some(np),
            );
            self.out.push(draft);
            return;
        }
        // `Kasich resisted: “…”`, `As Lee put it: “…”`: a name or a pronoun, a short predicate
        // and a colon, then only the quotation to the end of the sentence.
        let s0 = usize::from(self.is_word(u, 0, "as"));
        let mut j = s0;
        while j < t.len() && j - s0 < 5 && t[j].word() && t[j].cap && !t[j].is(DET | STOP) {
            j += 1;
        }
        if j == s0
            && t.get(s0)
                .is_some_and(|x| x.word() && x.is(PRONOUN) && !x.is(DET))
        {
            j = s0 + 1;
        }
        if j > s0
            && let Some(c) = t.iter().position(|x| x.punct(':'))
            && c > j
            && c - j <= 6
            && t[j].word()
            && !t[j].cap
            && !t[j].is(AUX | DET | PREP | PRONOUN)
            && t[j..c].iter().all(|x| x.word())
            && t[c + 1..].iter().any(|x| x.quote().is_some())
            && t[c + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
        {
            let np = Np {
                start: s0,
                end: j,
                head_start: s0,
                head_end: j,
            };
            let cue = Span::new(t[j].span.start, t[c].span.end);
            let draft = self.direct_draft(u, c + 1, t.len(), cue, CueClass::Speech, Some(np));
            self.out.push(draft);
            return;
        }
        // `A familiar voice celebrated the attacks on Twitter: “California, we …”`: a clause
        // with a subject, a colon, then only a whole quoted sentence: the subject's words.
        if let Some(c) = t.iter().take(24).position(|x| x.punct(':'))
            && c >= 2
            && t[c + 1..]
                .first()
                .and_then(Tok::quote)
                .is_some_and(|q| self.opens_capital(q))
            && t[c + 1..]
                .iter()
                .all(|x| x.quote().is_some() || end_punct(x))
            && !t[..c]
                .iter()
                .any(|x| x.quote().is_some() || x.cue.is_some())
            && let Some(np) = self
                .clause_subject(u, c, true)
                .or_else(|| self.np_after(u, 0, false))
                .map(|np| self.before_verb(u, np))
            && np.end < c
            && t[np.end].word()
            && !t[np.end].cap
            && {
                // A speaker: a name, a pronoun, a speaker noun or a plural (`questioners`).
                let h = &t[np.end - 1];
                h.cap
                    || h.is(PRONOUN | ROLE | ORG | UNNAMED | EVIDENCE)
                    || self.text[h.span].ends_with('s') && !self.text[h.span].ends_with("ss")
            }
        {
            let cue = Span::new(t[np.end].span.start, t[c].span.end);
            let draft = self.direct_draft(u, c + 1, t.len(), cue, CueClass::Speech, Some(np));
            self.out.push(draft);
            return;
        }
        // A quotation-only sentence after a direct attribution of the same paragraph, or a
        // quotation-only paragraph after a paragraph that ends with a direct attribution.
        if !t
            .iter()
            .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
        {
            return;
        }
        // The last attribution, or the last one of speech or writing in its sentence (`she
        // said …, and she plans to …` / `“…”`: the quotation is what she said).
        let Some(last_unit) = self.out.last().map(|d| d.unit) else {
            return;
        };
        let n_out = self.out.len();
        // Only the drafts of that sentence are looked at, which keeps the pass linear. A
        // finite cue is preferred to a participle and particle after it (`he added, referring
        // to the penalty.` / `“…”`: the quotation is what he added).
        let speaks = |d: &Draft<'_>| {
            matches!(
                d.cue_class,
                CueClass::Speech | CueClass::Writing | CueClass::SourcePhrase
            ) && d
                .source
                // `“…,” said Lee, who said he left. “…”`: not the relative clause's.
                .is_some_and(|s| !self.text[s.1].eq_ignore_ascii_case("who"))
        };
        let participle = |d: &Draft<'_>| {
            let mut ws = self.text[d.cue].split_whitespace();
            ws.next().is_some_and(|w| {
                w.len() > 4 && w.ends_with("ing") && !w.eq_ignore_ascii_case("according")
            }) && ws.next().is_some_and(|p| PARTICLES.contains(&p))
        };
        let sentence = || {
            self.out
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, d)| d.unit == last_unit)
        };
        let pi = sentence()
            .find(|(_, d)| speaks(d) && !participle(d))
            .or_else(|| sentence().find(|(_, d)| speaks(d)))
            .map_or(n_out - 1, |(k, _)| k);
        let prev = &self.out[pi];
        // A headline label (`Poll: …`) does not speak the quotations after it.
        if prev.cue_class == CueClass::Punctuation && !prev.direct {
            return;
        }
        // A quotation sentence of the same paragraph continued the draft already: it reaches
        // that sentence (`“A,” he said. “B. “C.”`).
        let reach = match self.continued {
            Some((d, r)) if d == pi && self.units[r].para == unit.para => r,
            _ => prev.unit,
        };
        let pu = &self.units[reach];
        let adjacent = reach + 1 == u
            && (pu.para == unit.para
                || unit.first
                    && pu.para + 1 == unit.para
                    && (prev.direct || prev.contents.is_empty()));
        let colon = prev.contents.is_empty();
        // A quotation paragraph right after a paragraph that ends with reported speech:
        // the same source goes on in its own words.
        // A quotation sentence after reported speech in the same paragraph, likewise.
        let same_para_reported =
            adjacent && pu.para == unit.para && !prev.direct && !colon && prev.source.is_some();
        if same_para_reported
            || !adjacent
                && prev.unit + 1 == u
                && unit.first
                && pu.para + 1 == unit.para
                && prev.source.is_some_and(|s| !s.3)
        {
            let (contents, quotes) = self.pieces(u, 0, t.len());
            let draft = Draft {
                unit: u,
                contents,
                content_toks: None,
                quotes,
                direct: true,
                source: prev.source,
                cue: prev.cue,
                cue_class: prev.cue_class,
                secondary: Vec::new(),
            };
            self.out.push(draft);
            return;
        }
        if !(adjacent && (prev.direct || colon)) {
            return;
        }
        let pieces = self.pieces(u, 0, t.len());
        let Some(last) = self.out.get_mut(pi) else {
            return;
        };
        last.contents.extend(pieces.0);
        last.quotes.extend(pieces.1);
        last.direct = true;
        self.continued = Some((pi, u));
    }

    /// The content pieces (and quotation indices) of the quotation atoms in tokens `a..b`.
    fn pieces(&self, u: usize, a: usize, b: usize) -> (Vec<Span>, Vec<usize>) {
        let t = &self.units[u].toks;
        let mut spans = Vec::new();
        let mut qs = Vec::new();
        for x in &t[a.min(b)..b.min(t.len())] {
            if let Some(q) = x.quote() {
                if qs.contains(&q) {
                    continue;
                }
                // Every piece: a quotation continued over paragraphs is one content per
                // paragraph, all of them this attribution's.
                let quotation = &self.quotations[q];
                spans.extend(
                    quotation
                        .pieces()
                        .map(|p| p.span())
                        .filter(|p| !p.is_empty()),
                );
                qs.push(q);
            }
        }
        (spans, qs)
    }

    /// Whether every quotation atom in tokens `a..b` already belongs to a recent attribution
    /// (a quotation continued from an earlier paragraph).
    fn claimed(&self, u: usize, a: usize, b: usize) -> bool {
        let t = &self.units[u].toks;
        let mut atoms = t[a.min(b)..b.min(t.len())]
            .iter()
            .filter_map(Tok::quote)
            .peekable();
        atoms.peek().is_some()
            && atoms.all(|q| {
                self.quotations[q].is_multi_paragraph()
                    && self.out.iter().rev().take(8).any(|d| d.quotes.contains(&q))
            })
    }

    fn direct_draft(
        &self,
        u: usize,
        a: usize,
        b: usize,
        cue: Span,
        class: CueClass,
        np: Option<Np>,
    ) -> Draft<'h> {
        let (contents, quotes) = self.pieces(u, a, b);
        Draft {
            unit: u,
            contents,
            content_toks: Some((a, b)),
            quotes,
            direct: true,
            source: np.map(|np| self.source_of(u, np)),
            cue,
            cue_class: class,
            secondary: Vec::new(),
        }
    }

    /// Whether tokens `a..b` are quotation atoms and punctuation only, with at least one atom.
    fn only_quotes(&self, u: usize, a: usize, b: usize) -> bool {
        let t = &self.units[u].toks;
        a < b
            && b <= t.len()
            && t[a..b].iter().any(|x| x.quote().is_some())
            && t[a..b]
                .iter()
                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
    }

    /// A draft for content tokens `a..b` (trimmed of edge punctuation): direct when it is only
    /// quotations, else mixed or indirect as the whole clause.
    fn content_draft(
        &self,
        u: usize,
        a: usize,
        b: usize,
        cue: Span,
        class: CueClass,
        np: Option<Np>,
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let (mut a, mut b) = (a, b.min(t.len()));
        // Clause punctuation only: `$`, `%` and brackets belong to the words.
        let edge =
            |c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '…' | '-') || is_dash(c);
        while a < b && matches!(t[a].kind, Kind::Punct(c) if edge(c)) {
            a += 1;
        }
        while a < b && matches!(t[b - 1].kind, Kind::Punct(c) if edge(c)) {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        if self.only_quotes(u, a, b) {
            return Some(self.direct_draft(u, a, b, cue, class, np));
        }
        let words = t[a..b].iter().filter(|x| x.word()).count();
        let quotes: Vec<usize> = t[a..b].iter().filter_map(Tok::quote).collect();
        // One word is content when it is a name or a pronoun (`defended him`).
        if words < 2
            && quotes.is_empty()
            && !(words == 1 && (t[a].cap || t[a].is(PRONOUN | OBJECT | WHO)))
        {
            return None;
        }
        Some(Draft {
            unit: u,
            contents: vec![self.s(u, a, b)],
            content_toks: Some((a, b)),
            quotes,
            direct: false,
            source: np.map(|np| self.source_of(u, np)),
            cue,
            cue_class: class,
            secondary: Vec::new(),
        })
    }

    /// Source phrases: `According to X, …`, `…, according to X.`, `As per X, …`.
    fn try_phrase(&mut self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        let len = self.phrase_at(u, i)?;
        let t = &self.units[u].toks;
        let n = t.len();
        // Any noun phrase is a source here (`according to Band's memo`).
        let mut np = self.np_after(u, i + len, false).or_else(|| {
            let s = i + len;
            let e = (s..n.min(s + 12)).take_while(|&m| t[m].word()).last()? + 1;
            Some(Np {
                start: s,
                end: e,
                head_start: s,
                head_end: e,
            })
        })?;
        for x in used.iter_mut().take(np.end).skip(i) {
            *x = true;
        }
        let cue = self.s(u, i, i + len);
        // Phrase first (after connectives): content follows the comma, the source running up
        // to it (`According to documents released by WikiLeaks, …`).
        let lead = t[..i].iter().all(|x| x.is(CONN) || x.punct(','));
        if lead
            && let Some(c) = (np.end..n.min(np.end + 25))
                .take_while(|&m| !end_punct(&t[m]) || t[m].punct('\''))
                .find(|&m| t[m].punct(','))
        {
            np.end = c;
            let mut d = self.content_draft(u, c + 1, n, cue, CueClass::SourcePhrase, Some(np))?;
            self.trailing(u, &mut d, used, None);
            return Some(d);
        }
        // `“…,” according to CNN.`: the comma inside the marks.
        let quote_comma = i > 0 && t[i - 1].quote().is_some() && self.comma_at(u, i - 1);
        // The source runs to the end: `“…,” according to a document filed by the campaign.`
        if quote_comma && !t[np.end..].iter().all(end_punct) {
            let e = self.words_end(u, np.end);
            if t[np.end..e]
                .iter()
                .all(|x| x.word() || x.punct(',') || x.punct('\'') || x.punct('’'))
                && e - np.end <= 12
            {
                np.end = e;
            }
        }
        if quote_comma && t[np.end..].iter().all(end_punct) {
            let start = self.lead_in(u, i);
            return self.content_draft(u, start, i, cue, CueClass::SourcePhrase, Some(np));
        }
        if i == 0 || !t[i - 1].punct(',') {
            return None;
        }
        // Phrase in the middle: `The implication, according to the aide, is that …`: the
        // content is the words before and after it.
        let close = (np.end..n.min(np.end + 12))
            .take_while(|&m| !end_punct(&t[m]) || t[m].punct('\''))
            .find(|&m| t[m].punct(','));
        let before_words = t[..i].iter().filter(|x| x.word()).count();
        // `… success stories and, according to the UN, is now worth $3bn`: the phrase opens
        // the second of two joined predicates, which is its content.
        let joined = i >= 2 && self.is_any(u, i - 2, &["and", "but"]);
        if let Some(c) = close
            && t[c + 1..].iter().filter(|x| x.word()).count() >= 2
            // Not an apposition of the source (`according to Andy Smith, the director of …`)
            // after a whole clause.
            && (before_words <= 7 || joined)
            && !t[c + 1].is(DET)
        {
            for x in used.iter_mut().take(c + 1).skip(i) {
                *x = true;
            }
            let mut d = self.content_draft(u, c + 1, n, cue, CueClass::SourcePhrase, Some(np))?;
            if !joined && let Some(first) = self.before_piece(u, i - 1) {
                d.contents.insert(0, first);
            }
            return Some(d);
        }
        // Phrase last: content before the comma (the source runs to the sentence end).
        let start = self.lead_in(u, i - 1);
        self.content_draft(u, start, i - 1, cue, CueClass::SourcePhrase, Some(np))
    }

    /// Where reported content starts in a sentence that ends with its source: after a
    /// leading adverbial phrase and its comma (`In return, …`, `Despite the protests, …`).
    fn lead_in(&self, u: usize, end: usize) -> usize {
        let t = &self.units[u].toks;
        let Some(first) = t.first() else { return 0 };
        if !(self.is_word(u, 0, "despite") || first.word() && first.cap && first.is(PREP | CONN)) {
            return 0;
        }
        match (1..end.min(12)).find(|&m| t[m].punct(',') || t[m].quote().is_some()) {
            Some(m) if t[m].punct(',') && end > m + 3 => m + 1,
            _ => 0,
        }
    }

    /// The length in tokens of a source phrase starting at token `i`.
    fn phrase_at(&self, u: usize, i: usize) -> Option<usize> {
        let t = &self.units[u].toks;
        let x = t.get(i).filter(|x| x.word() && x.is(PHRASE))?;
        let first = &self.text[x.span];
        let (_, rests) = LEX
            .phrases
            .iter()
            .find(|(f, _)| first.eq_ignore_ascii_case(f))?;
        'outer: for rest in rests {
            if rest.is_empty() || first.eq_ignore_ascii_case("quoted") {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                match t.get(i + 1 + k) {
                    Some(y) if y.word() && self.text[y.span].eq_ignore_ascii_case(w) => {}
                    _ => continue 'outer,
                }
            }
            return Some(rest.len() + 1);
        }
        None
    }

    /// A noun phrase starting at token `i` (after `according to`, `said`, `citing`).
    /// The recipient after `told`: a noun phrase that ends where a pronoun or a new
    /// determiner opens the reported clause (`told the BBC she was …`, `told the paper the
    /// plan …`).
    fn recipient(&self, u: usize, i: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let cut = (i + 1..t.len().min(i + 10))
            .take_while(|&j| t[j].word())
            .find(|&j| {
                !t[j].cap
                    && (t[j].is(PRONOUN)
                        || self.is_word(u, j, "that")
                        || t[j].is(DET) && j >= i + 2 && !t[j - 1].is(DET)
                        // `told police the driver …`: a bare speaker noun, then the clause.
                        || t[j].is(DET) && j == i + 1 && t[i].is(ROLE | UNNAMED | ORG))
            });
        match cut {
            Some(cut) => self
                .head_of(u, i, cut)
                .or_else(|| self.np_after(u, i, false)),
            None => self.np_after(u, i, false),
        }
    }

    fn np_after(&self, u: usize, i: usize, allow_appos: bool) -> Option<Np> {
        let t = &self.units[u].toks;
        let mut j = i;
        while j < t.len() && j - i < 10 {
            let x = &t[j];
            if !x.word()
                || (x.is(STOP) && !x.cap)
                || x.cue
                    .is_some_and(|c| matches!(c.form, Form::Past | Form::S) && !x.cap)
                    && j > i
            {
                break;
            }
            if x.is(TIME) && !x.cap && j > i && !x.is(ORG) {
                break;
            }
            if x.is(TIME) && x.cap && j > i && t[j - 1].is(PREP) {
                break;
            }

            j += 1;
        }
        // `on Saturday`: drop a trailing preposition.
        while j > i && t[j - 1].is(PREP) && !t[j - 1].cap {
            j -= 1;
        }
        if j == i {
            return None;
        }
        let mut np = self.head_of(u, i, j)?;
        // Appositions to the end of the sentence (`said Maria Lopez, 42, a nurse from
        // Phoenix.`), at most three segments, or up to a quotation after a comma.
        for _ in 0..3 {
            if !(allow_appos && j < t.len() && t[j].punct(',')) {
                break;
            }
            let mut k = j + 1;
            // Words, and the apostrophe of a plural possessive (`terrorists' communications`).
            while k < t.len()
                && (t[k].word() || (t[k].punct('\'') || t[k].punct('’')) && t[k - 1].word())
                && k - j < 12
            {
                k += 1;
            }
            let quote_after = t[k..].first().is_some_and(|x| x.punct(','))
                && t.get(k + 1).is_some_and(|x| x.quote().is_some());
            // Not a participle (`, adding …`) or a predicate (`, doesn't forgive …`).
            if k == j + 1 || !t[j + 1].cap && (t[j + 1].cue.is_some() || t[j + 1].is(AUX)) {
                break;
            }
            if k == t.len() || end_punct(&t[k]) || quote_after {
                np.end = k;
                break;
            }
            j = k;
        }
        Some(np)
    }

    /// Splits a mention `a..b` into title/description and head, and checks it can be a source.
    fn head_of(&self, u: usize, a: usize, b: usize) -> Option<Np> {
        let t = &self.units[u].toks;
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
        // A capitalised auxiliary ends a name after another name word (`Theresa May`).
        let name_aux = last.is(AUX)
            && b - a >= 2
            && t[b - 2].cap
            && t[b - 2].word()
            && !t[b - 2].is(DET | STOP | AUX | PRONOUN);
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
            while h >= a + 2 && self.is_word(u, h - 1, "of") && t[h - 2].cap && !t[h - 2].is(DET) {
                h -= 2;
                while h > a && t[h - 1].cap && t[h - 1].word() && !t[h - 1].is(TITLE | DET) {
                    h -= 1;
                }
            }
            // `A spokesman for Okafor`: the speaker is the role, not the one it speaks for.
            if h >= a + 2 && self.is_word(u, h - 1, "for") && t[h - 2].is(ROLE) && !t[h - 2].cap {
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
            && self.text[last.span].ends_with('s')
            && !self.text[last.span].ends_with("ss")
            && last.cue.is_none()
            && !last.is(STOP | AUX);
        // A possessive opens a noun phrase as a determiner does: `Ukraine's air force`.
        let possessive = {
            let w = &self.text[t[a].span];
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
            let w = &self.text[x.span];
            x.word()
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && x.cue.is_none()
                && !x.is(STOP | AUX | PRONOUN | DET | CONN)
        };
        (a + 1..b.saturating_sub(1))
            .rev()
            .filter(|&p| self.is_any(u, p, &["of", "in", "at", "for", "from", "across", "on"]))
            .find(|&p| {
                p == a + 1 && plural_word(&t[a])
                    || p > a + 1 && p - a <= 4 && self.head_of(u, a, p).is_some()
            })
            .map(|p| Np {
                start: a,
                end: b,
                head_start: a,
                head_end: p,
            })
    }

    /// The subject noun phrase that ends just before token `end`.
    fn np_before(&self, u: usize, end: usize) -> Option<Np> {
        let np = self.np_before_time(u, end)?;
        Some(self.coordinated(u, np))
    }

    /// `Kim and other senior lawmakers`: a first conjunct that opens the clause joins the
    /// source (its head stays the last conjunct's).
    fn coordinated(&self, u: usize, np: Np) -> Np {
        let t = &self.units[u].toks;
        if np.start >= 2
            && self.is_word(u, np.start - 1, "and")
            && let Some(first) = self.simple_np(u, np.start - 1)
            && first.end == np.start - 1
            // A short conjunct without a phrase after its head (`Farmers in the valley and
            // the union leader said` may join two clauses).
            && first.head_end == first.end
            && first.end - first.start <= 4
            && (first.start == 0 || !t[first.start - 1].word() || t[first.start - 1].is(CONN))
            && t[first.start..np.start].iter().all(|x| x.cue.is_none())
            && {
                let h = &t[first.head_end - 1];
                h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
            }
        {
            return Np {
                start: first.start,
                ..np
            };
        }
        np
    }

    fn np_before_time(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let found = self.np_before_at(u, end);
        let e = self.adverbial_start(u, end);
        // A source that is only a time (`on Thursday`) or lies inside the adverbial before the
        // cue (`this month`, `the past`, `both`) is the adjunct, not the subject.
        if found.is_some_and(|np| {
            np.start < e && !t[np.head_start..np.head_end].iter().all(|x| x.is(TIME))
        }) {
            return found;
        }
        // `Sean Spicer on Thursday evening said`, `The bank just this month announced`,
        // `Allies have in the past said`: the subject before the adverbial.
        let before = (e < end && e > 0)
            .then(|| self.np_before_at(u, e))
            .flatten();
        // `Lee has been critical but on Tuesday wrote`: a second verb after an adverbial
        // goes on the clause subject (not a relative clause's verb).
        let second = || {
            (before.is_none()
                && e < end
                && e > 1
                && self.is_any(u, e - 1, &["and", "but"])
                && !t[..e]
                    .iter()
                    .enumerate()
                    .any(|(m, x)| x.is(WHO) || self.is_word(u, m, "which")))
            .then(|| self.clause_subject(u, e - 1, false))
            .flatten()
        };
        before.or_else(second).or(found)
    }

    /// The first token of the adverbial run that ends just before token `end` and stands
    /// between a subject and its verb: auxiliaries and adverbs (`can no longer`, `have both`,
    /// `just`, `notably`), time words and the phrases they close (`this month`, `on Thursday
    /// evening`, `in the past`); at most eight tokens back. `end` when there is none.
    fn adverbial_start(&self, u: usize, end: usize) -> usize {
        let t = &self.units[u].toks;
        let mut e = end;
        while e > 0 && end - e < 8 {
            let x = &t[e - 1];
            if !x.word() {
                break;
            }
            let lower = !x.cap;
            // The word after this one, already in the run.
            let right = (e < end).then(|| &t[e]);
            let ly = lower
                && x.span.len() > 4
                && self.text[x.span].ends_with("ly")
                && !x.is(ROLE | ORG | UNNAMED)
                && !(e >= 2 && t[e - 2].is(DET));
            let skip = lower && x.is(AUX)
                || ly
                || x.is(TIME) && !x.is(ORG)
                || lower && self.is_any(u, e - 1, &["both", "all", "no", "longer"])
                // `this month`, `in the past`, `on Thursday`: the words that open a time.
                || lower
                    && x.is(DET | PREP)
                    && right.is_some_and(|r| r.is(TIME) || r.is(DET) && !r.cap);
            if !skip {
                break;
            }
            e -= 1;
        }
        e
    }

    fn np_before_at(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        if end == 0 {
            return None;
        }
        let last = &t[end - 1];
        if last.word() && last.is(PRONOUN | WHO) {
            return Some(Np {
                start: end - 1,
                end,
                head_start: end - 1,
                head_end: end,
            });
        }
        // A share as the source: `42% say`, `Some 42% say`, `A mere 9 percent say`, `About
        // four in 10 said`, `more than 4 in 10 said`.
        let number = |k: usize| {
            t[k].word()
                && (self.text[t[k].span]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
                    || self.is_any(u, k, &NUMBER_WORDS))
        };
        let in_ten =
            end >= 3 && number(end - 1) && self.is_word(u, end - 2, "in") && number(end - 3);
        if in_ten
            || (last.punct('%') || self.is_word(u, end - 1, "percent"))
                && end >= 2
                && t[end - 2].word()
                && self.text[t[end - 2].span]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
        {
            let mut start = if in_ten { end - 3 } else { end - 2 };
            while start > 0
                && end - start < 6
                && t[start - 1].word()
                && (t[start - 1].is(DET) || self.is_any(u, start - 1, &SHARE_MODIFIERS))
            {
                start -= 1;
            }
            return Some(Np {
                start,
                end,
                head_start: start,
                head_end: end,
            });
        }
        // A relative clause in commas after the subject: `The mayor, who took office in May,
        // said`, `The company, which employs 500 people, said`.
        if last.punct(',') && end >= 4 {
            let mut c = end - 1;
            while c > 0 && end - c < 24 && t[c - 1].word() {
                c -= 1;
            }
            if c >= 2
                && t[c - 1].punct(',')
                && (t[c].is(WHO) || self.is_word(u, c, "which"))
                && let Some(np) = self.simple_np(u, c - 1)
                // Not the last segment of a longer apposition (`Ann Lee, 30, of Dover, who …`),
                // but a subject after a clause (`Prices rose, the official, who …, said`).
                && (np.start == 0
                    || !t[np.start - 1].punct(',')
                    || t[np.start].is(DET)
                        && !t[np.start].cap
                        && self.simple_np(u, np.start - 1).is_none_or(|x| !t[x.head_end - 1].cap))
                && (t[np.head_end - 1].is(ROLE | ORG | UNNAMED)
                    || t[np.head_end - 1].cap
                    || t[np.start].is(DET))
            {
                return Some(Np {
                    start: np.start,
                    end: end - 1,
                    head_start: np.head_start,
                    head_end: np.head_end,
                });
            }
        }
        // An apposition in dashes: `Jane Roe — a nurse from Dover — says`, `The scholars --
        // Tribe, Epps and Amar -- agreed`.
        let dash = |x: &Tok| x.punct('-') || matches!(x.kind, Kind::Punct(c) if is_dash(c));
        if dash(last) && end >= 4 {
            let mut c = end - 1;
            while c > 0 && dash(&t[c - 1]) {
                c -= 1;
            }
            if let Some(mut o) = (end.saturating_sub(32)..c).rev().find(|&o| dash(&t[o]))
                && o > 0
                && (o + 1..c).any(|m| t[m].word())
                && (o + 1..c).all(|m| {
                    !end_punct(&t[m])
                        || t[m].quote().is_some()
                        || t[m].punct(')')
                        || t[m].punct('.') && t[m - 1].word() && t[m - 1].cap
                })
            {
                while o > 0 && dash(&t[o - 1]) {
                    o -= 1;
                }
                if let Some(name) = self.simple_np(u, o)
                    && name.end == o
                {
                    return Some(Np {
                        start: name.start,
                        end: c,
                        head_start: name.head_start,
                        head_end: name.head_end,
                    });
                }
            }
            return None;
        }
        // Apposition: `Dmitry Peskov, the Kremlin spokesman, said`.
        if last.punct(',') && end >= 4 {
            let k = self.segment_start(u, end - 1);
            // Parenthetical inside the name: `Rep. Jim Clyburn (D-S.C.), the assistant leader`.
            if k > 0 && t[k - 1].punct(',') && k < end - 1 {
                // `Jillian Chase, 27, a Tinder user, said`: an age before the apposition.
                let mut k = k;
                if k >= 4
                    && t[k - 2].word()
                    && self.text[t[k - 2].span].bytes().all(|b| b.is_ascii_digit())
                    && t[k - 3].punct(',')
                {
                    k -= 2;
                }
                // A name inside a phrase (`speaking in Dover, Del.,`) is not the subject.
                let name = self.simple_np(u, k - 1);
                if name.is_none_or(|np| self.inside_phrase(u, np.start))
                    && let Some(np) = self.interrupted_subject(u, end - 1)
                {
                    return Some(np);
                }
                // `“…,” California Rep. Dan Hunter’s chief of staff, Joe Kasper, told`: a
                // description that is no noun phrase of ours, then the name in commas.
                let Some(name) = name else {
                    let d = self.segment_start(u, k - 1);
                    return (d + 1 < k && (d == 0 || t[d - 1].quote().is_some()) && t[d].cap)
                        .then(|| self.simple_np(u, end - 1))
                        .flatten()
                        .filter(|inner| {
                            inner.start == k
                                && t[inner.head_start..inner.head_end].iter().all(|x| x.cap)
                        })
                        .map(|inner| Np {
                            start: d,
                            end: end - 1,
                            head_start: inner.head_start,
                            head_end: inner.head_end,
                        });
                };
                // `“…,” Harry Bond, 30, of Raleigh, N.C., who …, said`: the earlier segments of
                // the apposition, back to the quotation.
                let mut cur = name.start;
                let mut first = None;
                for _ in 0..4 {
                    if cur < 2 || !t[cur - 1].punct(',') {
                        break;
                    }
                    let mut s = cur - 1;
                    while s > 0 && cur - 1 - s < 6 && t[s - 1].word() {
                        s -= 1;
                    }
                    if s == cur - 1 {
                        break;
                    }
                    cur = s;
                    first = Some(cur.saturating_sub(1));
                }
                if first.is_some()
                    && (cur == 0 || t[cur - 1].quote().is_some())
                    && t[cur].cap
                    && let Some(head) = (cur + 1..=cur + 6)
                        .take_while(|&e| e <= t.len() && t[e - 1].word())
                        .last()
                        .and_then(|e| self.simple_np(u, e))
                        .filter(|h| h.start == cur && t[h.head_end - 1].cap)
                {
                    return Some(Np {
                        start: cur,
                        end: end - 1,
                        head_start: head.head_start,
                        head_end: head.head_end,
                    });
                }
                if t[name.head_end - 1].cap {
                    return Some(Np {
                        start: name.start,
                        end: end - 1,
                        head_start: name.head_start,
                        head_end: name.head_end,
                    });
                }
                // `Most economists, like their peers, say`, `The ad, titled “Unity,” says`: a
                // parenthetical or a participle phrase set off by commas.
                let participle = t[k].word() && !t[k].cap && t[k].span.len() > 4 && {
                    let w = &self.text[t[k].span];
                    w.ends_with("ed") || w.ends_with("ing")
                };
                // `The employee, a registered Republican who …, said`: an apposition.
                let apposition = t[k].word() && !t[k].cap && t[k].is(DET);
                // Not before an inverted source (`…, forcing her to act, said Brad Bann`).
                let clause_start = !t.get(end + 1).is_some_and(|x| {
                    x.word() && x.cap && !x.is(TIME) && t[end].cue.is_some_and(|c| !c.tell)
                });
                // `Ted Cruz, when asked what was wrong, responded`: a subordinate participle.
                let sub_participle = self.has(u, k, SUB)
                    && t.get(k + 1).is_some_and(|x| {
                        let w = &self.text[x.span];
                        x.word() && !x.cap && (w.ends_with("ed") || w.ends_with("ing"))
                    });
                if clause_start
                    && (participle
                        || apposition
                        || sub_participle
                        || self.is_any(u, k, &PARENTHETICAL_OPENERS))
                {
                    return Some(Np {
                        start: name.start,
                        end: end - 1,
                        head_start: name.head_start,
                        head_end: name.head_end,
                    });
                }
                // `The Kremlin spokesman, Dmitry Peskov, said`, `One of his aides, Tad Lee,
                // said`: a description, then the name in commas.
                if !t[name.head_end - 1].is(PRONOUN)
                    && (clause_start || t[name.head_end - 1].is(ROLE))
                    && let Some(inner) = self.simple_np(u, end - 1)
                    && inner.start == k
                    && t[inner.head_start..inner.head_end].iter().all(|x| x.cap)
                {
                    return Some(Np {
                        start: name.start,
                        end: end - 1,
                        head_start: inner.head_start,
                        head_end: inner.head_end,
                    });
                }
            }
            return None;
        }
        // `Lee himself said`: a reflexive after the subject.
        if end >= 2
            && last.word()
            && self.is_any(
                u,
                end - 1,
                &["himself", "herself", "themselves", "itself", "all", "both"],
            )
            && let Some(np) = self.simple_np(u, end - 1)
        {
            return Some(Np { end, ..np });
        }
        // `Officials who spoke with The Times said`, `Economists who favor the tax agree`: a
        // relative clause without commas after the subject, its verb right after `who`.
        if last.word()
            && let Some(w) = (end.saturating_sub(12)..end.saturating_sub(1))
                .rev()
                .take_while(|&m| t[m].word())
                .find(|&m| t[m].is(WHO) || self.is_word(u, m, "which"))
            && w > 0
            && t[w + 1].word()
            && !t[w + 1].cap
            && !t[w + 1].is(DET | PRONOUN | PREP)
            && let Some(np) = self.simple_np(u, w)
            && np.end == w
            && {
                let h = &t[np.head_end - 1];
                (h.cap || h.is(ROLE | ORG | UNNAMED) || self.text[h.span].ends_with('s'))
                    && !h.is(PRONOUN | TIME)
            }
            // Not a second verb of the relative clause (`who made enemies and bragged`).
            && !self.is_any(u, end - 1, &["and", "but", "or"])
        {
            // `someone who had to reject them`: the cue is the relative clause's own verb.
            if self.is_word(u, end - 1, "to") {
                return Some(Np {
                    start: w,
                    end: w + 1,
                    head_start: w,
                    head_end: w + 1,
                });
            }
            return Some(Np { end, ..np });
        }
        let np = self.simple_np(u, end);
        match np {
            Some(x) if !self.links_before(u, x.start) => np,
            _ => self.linked_np(u, end).or(np),
        }
    }

    /// Whether the noun phrase that starts at token `start` is the object of a preposition
    /// (`in Dover`, `her son from Ohio`) rather than the opening of its segment.
    fn inside_phrase(&self, u: usize, start: usize) -> bool {
        let t = &self.units[u].toks;
        let hangs = |k: usize| {
            k > 0
                && !t[k - 1].cap
                && self.is_any(u, k - 1, &["in", "of", "from", "at", "near", "outside"])
        };
        // `in Dover, Delaware`: the second part of a place goes with the first.
        hangs(start)
            || start >= 2
                && t[start - 1].punct(',')
                && t[start - 2].word()
                && t[start - 2].cap
                && self
                    .simple_np(u, start - 1)
                    .is_some_and(|np| hangs(np.start))
    }

    /// `Lee, speaking at a rally in Dover, Del., warned`, `Ann Lee, who lost her son in Dover,
    /// Delaware, in 2012, said`: the subject of a verb after a run of segments set off by
    /// commas (a participle or relative clause, an apposition, a place, a date) that ends at
    /// the comma at token `comma`: the first segment of the run that is a whole noun phrase,
    /// at the start of the clause or after a lead-in (`In May, a judge, ruling on a request,
    /// ordered`).
    fn interrupted_subject(&self, u: usize, comma: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        // Not before an inverted source (`…, forcing her to act, said Brad Bann`).
        if t.get(comma + 1)
            .is_some_and(|x| x.cue.is_some_and(|c| !c.tell))
            && t.get(comma + 2)
                .is_some_and(|x| x.word() && x.cap && !x.is(TIME))
        {
            return None;
        }
        let inner = |x: &Tok| {
            x.word()
                || matches!(x.kind, Kind::Punct(c) if matches!(c, '-' | '\'' | '’' | '.' | '(' | ')' | '&' | '/'))
        };
        let participle = |x: &Tok| {
            let w = &self.text[x.span];
            x.word()
                && w.len() > 4
                && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
        };
        // The segments, from the last (before the cue) back to the clause start.
        let mut starts = [0usize; 6];
        let mut n = 0;
        let mut c = comma;
        loop {
            let mut s = c;
            while s > 0 && c - s < 32 && inner(&t[s - 1]) {
                s -= 1;
            }
            let f = (s..c).find(|&x| t[x].word())?;
            starts[n] = s;
            n += 1;
            if s < 2 || !t[s - 1].punct(',') {
                break;
            }
            // A segment set off inside the run: a participle, a relative clause, an
            // apposition, an age, a place or a date, a prepositional or parenthetical phrase.
            let x = &t[f];
            let digit = self.text[x.span]
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit());
            if !(x.cap
                || digit
                || x.is(PREP | DET | WHO | TIME)
                || participle(x)
                || self.is_any(
                    u,
                    f,
                    &[
                        "which", "whose", "who's", "who’s", "of", "from", "for", "with", "at",
                        "near",
                    ],
                )
                || self.is_any(u, f, &PARENTHETICAL_OPENERS)
                || self.has(u, f, SUB))
                || n == starts.len()
            {
                return None;
            }
            c = s - 1;
        }
        // The run opens the clause: the unit start or punctuation before it.
        let s0 = starts[n - 1];
        if s0 > 0 && t[s0 - 1].word() {
            return None;
        }
        // From the first segment on, lead-ins skipped; the last segment is no subject.
        for m in (1..n).rev() {
            let s = starts[m];
            let e = starts[m - 1] - 1;
            let f = (s..e).find(|&x| !t[x].is(CONN)).unwrap_or(e);
            if f == e || t[f].is(PREP | TIME) || participle(&t[f]) || self.has(u, f, SUB) {
                continue;
            }
            let np = self.simple_np(u, e)?;
            let h = &t[np.head_end - 1];
            return (np.start == f
                && (h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED))
                && !t[np.head_start..np.head_end].iter().all(|x| x.is(TIME)))
            .then_some(Np {
                start: np.start,
                end: comma,
                head_start: np.head_start,
                head_end: np.head_end,
            });
        }
        None
    }

    /// Whether an adjective and its preposition (`close to`, `familiar with`) end just before
    /// token `k`.
    fn links_before(&self, u: usize, k: usize) -> bool {
        k >= 2
            && SOURCE_LINKS
                .iter()
                .any(|(a, p)| self.is_word(u, k - 2, a) && self.is_word(u, k - 1, p))
    }

    /// `people close to him`, `sources familiar with the talks`, `officials briefed on the
    /// plan`: a source, an adjective and its preposition, and a short noun phrase up to `end`.
    fn linked_np(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let k = (end.saturating_sub(5)..end)
            .rev()
            .find(|&k| self.links_before(u, k))?;
        if !t[k..end].iter().all(Tok::word) || k < 3 {
            return None;
        }
        let outer = self.bare_np(u, k - 2).or_else(|| {
            // A bare plural: `sources familiar with …`.
            let x = &t[k - 3];
            (x.word() && x.is(UNNAMED | ROLE) || self.text[x.span].ends_with('s')).then_some(Np {
                start: k - 3,
                end: k - 2,
                head_start: k - 3,
                head_end: k - 2,
            })
        })?;
        Some(Np { end, ..outer })
    }

    /// The subject of the verb group that ends before `to` at token `to` (`Lee went on`, `Kim
    /// was quick`): a named, pronoun or role noun phrase at most four words before it.
    fn control_subject(&self, u: usize, to: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        for m in (to.saturating_sub(4)..to).rev() {
            let x = &t[m];
            if !x.word() || x.cap || x.is(DET | PRONOUN) || m == 0 {
                return None;
            }
            if let Some(np) = self.np_before(u, m)
                && np.end == m
                // A subject: at the clause start, not the object of a verb or preposition.
                && (np.start == 0
                    || !t[np.start - 1].word()
                    || t[np.start - 1].is(CONN)
                    || self.is_any(u, np.start - 1, &["and", "but", "that", "because", "while", "when", "if"]))
                && {
                    let h = &t[np.head_end - 1];
                    h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
                }
            {
                return Some(np);
            }
        }
        None
    }

    /// The first token of the comma-delimited segment that ends just before token `end`:
    /// words (a cue word only inside a relative clause: `a governor who argued with her`),
    /// the apostrophe of `Sanders'`, abbreviation periods (`Ala.`, `No. 2`), a quoted title
    /// and a parenthetical (`(D-S.C.)`); at most 24 tokens back.
    fn segment_start(&self, u: usize, end: usize) -> usize {
        let t = &self.units[u].toks;
        let mut k = end;
        // The first cue word (from the right) not yet licensed by a relative word before it.
        let mut pending: Option<usize> = None;
        while k > 0 && end - k < 32 {
            let x = &t[k - 1];
            if x.word() {
                let w = &self.text[x.span];
                if x.is(WHO)
                    || self.is_word(u, k - 1, "which")
                    || w.len() > 4 && w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("who'"))
                    || w.len() > 6 && w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("who’"))
                {
                    pending = None;
                } else if x
                    .cue
                    .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                    && !x.cap
                    // `when asked`, `while questioned`: a reduced adverbial clause, not a verb
                    // of the segment.
                    && !(k >= 2 && self.has(u, k - 2, SUB))
                {
                    pending = Some(k - 1);
                }
                k -= 1;
            } else if k >= 2
                && t[k - 2].word()
                && (matches!(x.kind, Kind::Punct('\'' | '’'))
                    || x.punct('.') && t[k - 2].cap && t[k - 2].span.len() <= 6
                    || x.punct('&')
                    || x.quote().is_some())
            {
                k -= 1;
            } else if x.punct(')')
                && let Some(o) = (k.saturating_sub(8)..k - 1)
                    .rev()
                    .find(|&o| t[o].punct('('))
                && o > 0
                && t[o - 1].word()
            {
                k = o;
            } else {
                break;
            }
        }
        pending.map_or(k, |p| p + 1)
    }

    fn simple_np(&self, u: usize, end: usize) -> Option<Np> {
        let mut np = self.bare_np(u, end)?;
        let t = &self.units[u].toks;
        // `analysts polled by Reuters`, `economists surveyed by the bank`: a participle and its
        // agent after the head.
        if np.start >= 3
            && self.is_word(u, np.start - 1, "by")
            && {
                let p = &t[np.start - 2];
                p.word() && !p.cap && (p.is(PARTICIPLE) || self.text[p.span].ends_with("ed"))
            }
            && let Some(outer) = self.bare_np(u, np.start - 2)
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
                    .any(|p| self.is_word(u, np.start - 1, p))
                && let Some(outer) = self.bare_np(u, np.start - 1)
                && (round == 0
                    && !self.is_word(u, np.start - 1, "by")
                    && (t[outer.end - 1].is(ROLE | UNNAMED) && outer.end - outer.start <= 3
                        // `Fifteen percent of voters in the poll`
                        || outer.end - outer.start <= 4
                            && !self.is_word(u, np.start - 1, "on")
                            && self.text[t[outer.end - 1].span].ends_with('s')
                        // `The BBC's David Willey in Rome`: a name, then where it is.
                        || t[outer.end - 1].cap
                            && t[np.head_end - 1].cap
                            && self.is_any(u, np.start - 1, &["in", "at", "from"])
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

    fn bare_np(&self, u: usize, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
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
        let mut np = self.head_of(u, a, end)?;
        if let Some(pe) = paren_end {
            np.end = pe;
        }
        Some(np)
    }

    /// A verb cue at token `i`.
    fn try_verb(&mut self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        let cue = t[i].cue?;
        // `adding $1.89`, `added 151,000 jobs`, `posted a $676m loss`: a quantity, not a report.
        if t[i].is(AMOUNT)
            && self.quantity_at(u, i + 1 + usize::from(self.is_any(u, i + 1, &["a", "an"])))
        {
            return None;
        }
        // `who declined to be named`, `asked not to be identified`, `was not authorized to
        // discuss the matter`: the formulas of an anonymous source report nothing.
        let inf = i + 1 + usize::from(self.is_word(u, i + 1, "not"));
        if cue.constraint != Constraint::Evidential
            && self.is_word(u, inf, "to")
            && self.is_word(u, inf + 1, "be")
            && self.is_any(u, inf + 2, &["named", "identified", "quoted"])
            && !t
                .get(inf + 3)
                .is_some_and(|x| x.word() && !x.cap && !x.is(PREP))
            || cue.form == Form::Base
                && i >= 2
                && self.is_word(u, i - 1, "to")
                && self.is_any(
                    u,
                    i - 2,
                    &["authorized", "authorised", "permitted", "cleared"],
                )
        {
            return None;
        }
        // `found his way`, `added tries to the tally`: a way, and a thing added to another, are
        // no report.
        if cue.class == CueClass::Perception
            && self.is_word(u, i + 2, "way")
            && POSSESSIVES.iter().any(|p| self.is_word(u, i + 1, p))
            || t[i].is(AMOUNT)
                && self.is_any(u, i, &["add", "adds", "added", "adding"])
                && t.get(i + 1)
                    .is_some_and(|x| x.word() && !x.cap && !x.is(PRONOUN))
                && !self.is_word(u, i + 1, "that")
                && (i + 2..n.min(i + 5)).take_while(|&m| t[m].word()).any(|m| {
                    self.is_word(u, m, "to")
                        && !t.get(m + 1).is_some_and(|y| {
                            y.word()
                                && !y.cap
                                && !y.is(DET | PRONOUN)
                                && !POSSESSIVES.iter().any(|p| self.is_word(u, m + 1, p))
                        })
                })
        {
            return None;
        }
        let possessed = i > 0 && {
            let w = &self.text[t[i - 1].span];
            w.ends_with("'s") || w.ends_with("’s")
        };
        // `Viruses written to make headlines …`, `a speech given in Ohio`: a participle that is
        // never a simple past, right after a noun, modifies it.
        if cue.form == Form::Past
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].is(AUX | PRONOUN | WHO)
            && !self.text[t[i - 1].span].ends_with("ly")
            && t[i].is(PARTICIPLE)
            // `a group known as …` is read as a naming below.
            && !self.is_word(u, i + 1, "as")
        {
            return None;
        }
        if t[i].cap
            && i > 0
            && !(self.headline_case(u) && cue.constraint != Constraint::Evidential && !possessed)
        {
            return None; // a name (`Hope`, `Will`), not a verb
        }
        // `his promise to …`, `their claim that …`: a possessive pronoun owns the report.
        if matches!(cue.form, Form::Base | Form::S)
            && i > 0
            && POSSESSIVES.iter().any(|w| self.is_word(u, i - 1, w))
            && (self.is_word(u, i + 1, "that") || self.is_word(u, i + 1, "to"))
        {
            return self.possessed_noun(u, i, used);
        }
        if matches!(cue.form, Form::Base | Form::S)
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].cap
            && !t[i - 1].is(PRONOUN)
            && (t[i - 1].is(DET | PREP) || self.is_any(u, i - 1, &["for", "of", "with", "by"]))
        {
            return None; // `the report`, `for comment`: a noun
        }
        // `Trump’s comments came …`, `Editor’s note:`, `45 percent support`: a noun; but
        // `Trump’s claim that …`, `Pence’s call for …` report what the owner says.
        if matches!(cue.form, Form::Base | Form::S)
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].is(PRONOUN)
            && {
                let w = &self.text[t[i - 1].span];
                w.ends_with("'s")
                    || w.ends_with("’s")
                    // `45 percent say they …`: a verb before a clause.
                    || (w.eq_ignore_ascii_case("percent") || w.bytes().all(|b| b.is_ascii_digit()))
                        && !t.get(i + 1).is_some_and(|x| {
                            x.word() && !x.cap && (x.is(PRONOUN) || self.is_word(u, i + 1, "that"))
                        })
            }
        {
            return self.possessed_noun(u, i, used);
        }
        // `Asked whether …, Lee said`, `… when asked about …`, `Clinton was asked about …`: the
        // question is the content.
        if self.is_word(u, i, "asked")
            && (i == 0
                || i == 1 && t[0].cap && (t[0].is(CONN) || self.is_word(u, 0, "when"))
                || self.is_any(u, i - 1, &["when", "if", "after", "before", "once"])
                || self.is_any(
                    u,
                    i - 1,
                    &["was", "were", "is", "are", "been", "being", "be"],
                ) && !self.is_word(u, i + 1, "to"))
        {
            return self.asked(u, i, used);
        }
        // `Arab News quoted Prince Saud as saying …`: the one quoted speaks.
        if cue.form == Form::Ing
            && i >= 3
            && self.is_word(u, i - 1, "as")
            && let Some(q) = (i.saturating_sub(10)..i - 2)
                .rev()
                .find(|&m| self.is_any(u, m, &["quoted", "quotes", "quoting"]))
        {
            return self.quoted_as(u, q, Some(i), used);
        }
        // `“…,” the newspaper quotes a source close to the firm.`
        if self.is_any(u, i, &["quoted", "quotes"])
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].is(AUX)
            && !self.is_word(u, i + 1, "as")
        {
            return self.quoted_as(u, i, None, used);
        }
        // `was quoted as saying`: read from `quoted`.
        let said_at = i;
        let i = if cue.form == Form::Ing
            && i >= 2
            && self.is_word(u, i - 1, "as")
            && self.is_word(u, i - 2, "quoted")
        {
            i - 2
        } else {
            i
        };
        let mut cue_end = said_at + 1;
        let mut class = cue.class;
        // The verb group: auxiliaries and adverbs before the cue.
        let mut vstart = i;
        while vstart > 0 {
            let x = &t[vstart - 1];
            // An adverb (`quickly said`), not a noun after a determiner (`the family said`,
            // `the daily wrote`, `a close ally said`).
            let ly = x.word()
                && !x.cap
                && self.text[x.span].ends_with("ly")
                && x.span.len() > 4
                && !x.is(ROLE | ORG | UNNAMED)
                && !(vstart >= 2 && t[vstart - 2].is(DET));
            // `have long insisted`: `long` after an auxiliary is an adverb.
            let long = vstart >= 2 && t[vstart - 2].is(AUX) && self.is_word(u, vstart - 1, "long");
            if x.word() && !x.cap && (x.is(AUX) || ly || long) {
                vstart -= 1;
            } else {
                break;
            }
        }
        let first_aux =
            (vstart..i).find(|&k| !self.text[t[k].span].ends_with("ly") || t[k].is(AUX));
        let cue_start = first_aux.unwrap_or(i);
        // Passive/progressive checks: `is expected` has no source before it.
        let passive = (vstart..i).any(|k| {
            let w = &self.text[t[k].span];
            ["is", "are", "was", "were", "be", "been"]
                .iter()
                .any(|b| w.eq_ignore_ascii_case(b))
        }) && cue.form == Form::Past;
        // Sourceless evidentials: `X is expected to …`, `X seems to …`, `X is said to …`:
        // the content is the subject and the infinitive, the source unnamed.
        let evidential = cue.constraint == Constraint::Evidential
            || passive && matches!(cue.class, CueClass::Speech | CueClass::Thought);
        if evidential
            && self.is_word(u, i + 1, "to")
            && (passive || cue.constraint == Constraint::Evidential)
        {
            return self.evidential(u, vstart, i, used);
        }
        // `Clinton seemed irritated`, `the race appears closer`: a complement, not a place.
        // `seemed an insult`, `seemed so stark`, `appears more likely`: an article or a degree
        // word before the complement.
        if cue.constraint == Constraint::Evidential
            && cue.form != Form::Ing
            && !self.is_word(u, i + 1, "with")
            && t.get(i + 1).is_some_and(|x| {
                x.word()
                    && !x.cap
                    && (!x.is(PREP | STOP | CONN | DET | PRONOUN | TIME)
                        && !self.text[x.span].ends_with("ly")
                        || self.is_any(
                            u,
                            i + 1,
                            &[
                                "a",
                                "an",
                                "so",
                                "too",
                                "very",
                                "more",
                                "less",
                                "increasingly",
                                "likely",
                                "unlikely",
                            ],
                        ))
            })
        {
            return self.evidential(u, vstart, i, used);
        }
        // `Mr. Lee is known for his wit`, `the movement, also known as Hizmet,`: a passive (or a
        // participle after a comma) with `as` or `for`, its subject and complement the content.
        if cue.form == Form::Past
            && said_at == i
            && (passive || vstart > 0 && t[vstart - 1].punct(','))
            && (self.is_word(u, i + 1, "as")
                || self.is_word(u, i + 1, "for") && cue.constraint == Constraint::Plain)
            && (matches!(cue.class, CueClass::Thought | CueClass::Perception)
                || matches!(cue.constraint, Constraint::Naming | Constraint::Stance))
        {
            return self.evidential_with(u, vstart, i, true, used);
        }
        // `The move was criticized by economists`: a passive with its agent; the subject is
        // what was said about.
        if passive && said_at == i && cue.constraint != Constraint::Evidential {
            // `was attacked on the speeches by X`, `was also endorsed the day before by X`:
            // the agent after adjuncts, within the clause.
            let by = (i + 1..n.min(i + 12))
                .take_while(|&m| {
                    t[m].word()
                        && t[m].cue.is_none()
                        && !self.is_any(
                            u,
                            m,
                            &[
                                "that", "which", "who", "and", "but", "or", "because", "while",
                                "if", "when",
                            ],
                        )
                })
                .find(|&m| self.is_word(u, m, "by"))
                .unwrap_or(n);
            if self.is_word(u, by, "by")
                && let Some(agent) = self.np_after(u, by + 1, false)
                && {
                    let h = &t[agent.head_end - 1];
                    h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
                }
                && let Some(subject) = self.np_before(u, vstart)
            {
                let cue_span = Span::new(t[cue_start].span.start, t[by].span.end);
                let mut d = self.content_draft(
                    u,
                    subject.start,
                    subject.end,
                    cue_span,
                    class,
                    Some(agent),
                )?;
                d.content_toks = None;
                for x in used.iter_mut().take(agent.end).skip(subject.start) {
                    *x = true;
                }
                return Some(d);
            }
        }
        // `Mr. Trump was challenged over …`: a passive with no agent; the subject is what was
        // said about, the source unnamed.
        if passive
            && said_at == i
            && matches!(cue.constraint, Constraint::Stance)
            && matches!(cue.class, CueClass::Speech | CueClass::Writing)
            && let Some(subject) = self.np_before(u, vstart)
        {
            let cue_span = Span::new(t[cue_start].span.start, t[i].span.end);
            let mut d = self.content_draft(u, subject.start, subject.end, cue_span, class, None)?;
            d.content_toks = None;
            for x in used.iter_mut().take(i + 1).skip(subject.start) {
                *x = true;
            }
            return Some(d);
        }
        // `Lee was worried that …`, `Officials are convinced that …`: a thought participle
        // before a that-clause keeps its subject as the source.
        let thought_that = class == CueClass::Thought && self.is_word(u, i + 1, "that");
        if passive && said_at == i && !thought_that || cue.constraint == Constraint::Evidential {
            return None;
        }
        // `while chanting, “…”`, `before optimistically predicting that …`, `by saying …`: a
        // participle after a subordinator takes the clause subject.
        let ing_after_sub = cue.form == Form::Ing
            && vstart > 0
            && self.is_any(
                u,
                vstart - 1,
                &["while", "before", "after", "when", "by", "since", "without"],
            );
        // `…, saying …`: a participle after a comma has no subject of its own there.
        let mut np = if cue.form == Form::Ing
            && vstart == i
            && i > 0
            && (self.comma_at(u, i - 1) || ing_after_sub)
        {
            None
        } else {
            self.np_before(u, vstart)
        };
        // `“…,” the senator and candidate said`: two coordinated noun phrases as the source,
        // the first right after the quotation.
        if let Some(x) = np
            && x.start >= 3
            && self.is_word(u, x.start - 1, "and")
            && let Some(first) = self.simple_np(u, x.start - 1)
            && first.start > 0
            && t[first.start - 1].quote().is_some()
            && t[first.start..x.end].iter().all(|w| w.cue.is_none())
            && (t[first.head_end - 1].cap || t[first.head_end - 1].is(ROLE | ORG | UNNAMED))
        {
            np = Some(Np {
                start: first.start,
                end: x.end,
                head_start: first.head_start,
                head_end: first.head_end,
            });
        }
        // `…, with critics saying …`: the subject of an absolute phrase, without `with`.
        if let Some(x) = np.as_mut()
            && cue.form == Form::Ing
            && x.end - x.start >= 2
            && self.is_word(u, x.start, "with")
        {
            x.start += 1;
            x.head_start = x.head_start.max(x.start);
        }
        // `Lee went on to say that …`, `Kim was quick to add …`: after a verb and `to`.
        if np.is_none()
            && cue.form == Form::Base
            && vstart == i
            && i > 0
            && self.is_word(u, i - 1, "to")
        {
            np = self.control_subject(u, i - 1);
        }
        // Inverted: `“…,” said Kim.` / `…, said Kim.`; also where a noun phrase stands before
        // the comma, when the one after the cue ends the sentence (`… rapid growth, which has
        // led to wealth, says the BBC's Louisa Lim in Beijing.`).
        let mut inverted = false;
        let after = (vstart == i
            && cue.form != Form::Ing
            && i > 0
            && (t[i - 1].punct(',') || t[i - 1].quote().is_some()))
        .then(|| self.np_after(u, i + 1, true))
        .flatten();
        // The source after the cue ends the sentence (or a place, or an apposition, does).
        let ends_sentence = |x: Np| {
            let e = self.words_end(u, i + 1);
            // `… in Beijing`: a place after the source.
            let place = x.end + 1 < e
                && self.is_any(u, x.end, &["in", "at", "from"])
                && t[x.end + 1..e].iter().all(|y| y.word() && y.cap);
            x.end == e
                || place
                || t[x.end].punct(',')
                    && t[x.end + 1..e].iter().all(|y| y.word() || y.punct(','))
                    && t[x.end + 1..e].iter().all(|y| y.cue.is_none())
        };
        if let Some(x) = after
            && (np.is_none()
                || t[i - 1].punct(',')
                    && cue.form == Form::S
                    // The phrase before the comma is inside a clause, not a subject set off
                    // after a quotation or opening the sentence.
                    && np.is_some_and(|y| y.start > 0 && t[y.start - 1].word())
                    && ends_sentence(x))
            && (t[x.head_start].cap
                || t[x.start].is(DET)
                || t[x.start].is(MALE | FEMALE)
                // `“…,” wrote analysts from Citi`, `said officials in Kyiv`.
                || [x.start, x.head_end - 1]
                    .iter()
                    .any(|&m| t[m].is(ROLE | UNNAMED) && !t[m].is(TIME)))
        {
            np = Some(x);
            inverted = true;
        }
        // Participle after a comma: `…, adding that …`, `…, calling it …`: the source is the
        // previous attribution's in this sentence.
        let mut inherited = None;
        // `… and said`, `… but insist that`; not a verb of a relative clause (`Lee, who has
        // not read it but knows its gist,`).
        let and_verb = vstart > 0
            && (matches!(cue.form, Form::Past | Form::S) && self.is_word(u, vstart - 1, "and")
                || matches!(cue.form, Form::Past | Form::S | Form::Base)
                    && (self.is_word(u, vstart - 1, "and") || self.is_word(u, vstart - 1, "but"))
                    && !t[..vstart]
                        .iter()
                        .enumerate()
                        .any(|(m, x)| x.is(WHO) || self.is_word(u, m, "which")));
        // `… took to the steps to assail X`, `used his speech to call for X`: an infinitive
        // whose subject is the clause's.
        let infinitive = cue.form == Form::Base
            && np.is_none()
            && vstart == i
            && i > 1
            && self.is_word(u, i - 1, "to")
            && t[i - 2].word()
            && cue.constraint != Constraint::Evidential
            // `to find a way`, `to see the sights`: not a report.
            && cue.class != CueClass::Perception
            // `held her in contempt to testify`: the object's infinitive, not the subject's.
            && !t[..i].iter().any(|x| x.word() && !x.cap && x.is(OBJECT) && !x.is(ROLE | ORG))
            // `forced it to embrace`: a verb of making or letting gives the infinitive its
            // object as subject, whatever the object.
            && !(i.saturating_sub(6)..i - 1).any(|m| t[m].word() && !t[m].cap && t[m].is(CONTROL));
        // `forced Lee to acknowledge …`, `allow him to call for …`: the object of a control verb.
        if cue.form == Form::Base
            && np.is_none()
            && vstart == i
            && i > 2
            && self.is_word(u, i - 1, "to")
            && cue.constraint != Constraint::Evidential
            && cue.class != CueClass::Perception
            && let Some(x) = self.controlled_subject(u, i - 1)
            // `allow him to call for …`: a pronoun object leaves the reading to the noun.
            && !t[x.start].is(OBJECT)
        {
            inherited = Some(self.source_of(u, x));
        }
        if infinitive && inherited.is_none() {
            // The clause subject: a name, a pronoun or a speaker noun, not a connective or a
            // time (`Meanwhile`, `Tuesday`).
            let subject = self
                .np_after(u, 0, false)
                .filter(|x| (t[x.head_end - 1].cap || t[x.head_end - 1].is(PRONOUN)) && x.end < i)
                .filter(|x| !self.opens_lead_in(u, x.start))
                .or_else(|| self.clause_subject(u, i - 1, true))
                .filter(|x| {
                    let h = &t[x.head_end - 1];
                    !h.is(CONN | TIME) && !self.text[h.span].ends_with("ing")
                })?;
            inherited = Some(self.source_of(u, subject));
        }
        // `released a statement saying …`, `carrying signs saying …`: a message that says; its
        // sender is the clause subject.
        if cue.form == Form::Ing
            && vstart == i
            && i > 0
            && t[i - 1].word()
            && !t[i - 1].cap
            && t[i - 1].is(MEDIUM)
        {
            let mut start = i - 1;
            if start > 0 && t[start - 1].is(DET) {
                start -= 1;
            }
            np = None;
            let sender = self.clause_subject(u, start, false)?;
            inherited = Some(self.source_of(u, sender));
        }
        // `footage of Trump saying …`: the one recorded says it.
        let mut recorded = false;
        if cue.form == Form::Ing
            && vstart == i
            && let Some(of) = (i.saturating_sub(5)..i)
                .rev()
                .find(|&m| self.is_word(u, m, "of"))
            && of >= 1
            && of + 1 < i
            && t[of - 1].is(MEDIUM)
            && t[of + 1..i]
                .iter()
                .all(|x| x.word() && (x.cap || x.is(DET | ROLE | PRONOUN)))
            && let Some(x) = self.head_of(u, of + 1, i)
        {
            np = Some(x);
            recorded = true;
        }
        // `Insisting it wasn’t rehearsed, Trump invited …`: a participle opening the sentence
        // takes the subject of the main clause after its comma, and its content ends there.
        let mut fronted_ing = None;
        if np.is_none()
            && inherited.is_none()
            && cue.form == Form::Ing
            && vstart == i
            && t[..i].iter().all(|x| x.word() && x.is(CONN))
            && let Some(c) = (i + 2..n.min(i + 40)).find(|&m| t[m].punct(','))
            && let Some(x) = self
                .np_after(u, c + 1, false)
                .map(|x| self.before_verb(u, x))
            && x.end < n
            && t[x.end].word()
            && !t[x.end].cap
            && {
                let h = &t[x.head_end - 1];
                h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
            }
        {
            inherited = Some(self.source_of(u, x));
            fronted_ing = Some(c);
        }
        if np.is_none()
            && inherited.is_none()
            && (cue.form == Form::Ing && i > 0 && self.comma_at(u, i - 1)
                || and_verb
                || ing_after_sub)
        {
            inherited = self.out.last().filter(|d| d.unit == u).and_then(|d| {
                self.later_subject(u, d, vstart)
                    .map(|x| self.source_of(u, x))
                    .or(d.source)
            });
            if inherited.is_none()
                && let Some(x) = self
                    .np_after(u, 0, false)
                    .filter(|x| {
                        (t[x.head_end - 1].cap || t[x.head_end - 1].is(PRONOUN))
                            && x.end < i
                            // Not a lead-in (`On Sunday`, `Likewise`, `Facing …`).
                            && !t[x.start].is(PREP | CONN)
                            && !t[x.head_start..x.head_end].iter().all(|y| y.is(TIME))
                            && !self.text[t[x.start].span].ends_with("ly")
                            && !self.text[t[x.start].span].ends_with("ing")
                            && !self.opens_lead_in(u, x.start)
                    })
                    .or_else(|| self.clause_subject(u, vstart, false))
            {
                inherited = Some(self.source_of(u, x));
            }
            inherited?;
        }
        if np.is_none() && inherited.is_none() {
            return None;
        }
        if let Some(np) = np {
            let head = &t[np.head_end - 1];
            let named = head.cap || head.is(PRONOUN | WHO | ROLE | ORG | UNNAMED);
            match cue.constraint {
                Constraint::Plain
                | Constraint::PostQuote
                | Constraint::Naming
                | Constraint::ParticleOnly
                | Constraint::Evidential => {}
                Constraint::Stance if named => {}
                Constraint::Evidence if t[np.start..np.end].iter().any(|x| x.is(EVIDENCE)) => {}
                _ => return None,
            }
            // `the man saying` is not a cue with a subject, but `with one of her ads asking`
            // is (an absolute phrase), and so is `footage of Trump saying`.
            if cue.form == Form::Ing
                && vstart >= i
                && !recorded
                && !(self.is_word(u, np.start, "with")
                    || np.start > 0 && self.is_word(u, np.start - 1, "with"))
            {
                return None;
            }
            if head.is(PRONOUN)
                && self.text[head.span].eq_ignore_ascii_case("it")
                && class == CueClass::Thought
            {
                return None;
            }
        }
        let cue_span = Span::new(t[cue_start].span.start, t[i].span.end);
        // `quoted as saying`
        if self.text[t[i].span].eq_ignore_ascii_case("quoted")
            && t.get(i + 1)
                .is_some_and(|x| self.text[x.span].eq_ignore_ascii_case("as"))
            && t.get(i + 2).is_some_and(|x| x.cue.is_some())
        {
            cue_end = i + 3;
            class = CueClass::Speech;
        }
        // `called for`, `called on`: the preposition belongs to the cue.
        let naming_prep = cue.constraint == Constraint::Naming
            && (self.is_word(u, cue_end, "for") || self.is_word(u, cue_end, "on"));
        let particle = cue.particles != 0
            && PARTICLES
                .iter()
                .enumerate()
                .any(|(b, p)| cue.particles & (1 << b) != 0 && self.is_word(u, cue_end, p));
        if cue.constraint == Constraint::ParticleOnly && !particle {
            return None;
        }
        if naming_prep || particle {
            cue_end += 1;
        }
        let cue_span = Span::new(cue_span.start, t[cue_end - 1].span.end);
        // After the cue: recipient, adjuncts.
        let mut secondary = Vec::new();
        let mut k = cue_end;
        if inverted {
            k = np.map_or(k, |x| x.end);
        } else if cue.tell && !particle && k < n && t[k].word() && !self.is_word(u, k, "that") {
            // `asked workers to sign up …`: who was asked to act is part of the request.
            let request = self.is_any(u, i, &["ask", "asks", "asked", "asking"])
                && (k + 1..n.min(k + 8))
                    .find(|&m| !t[m].word() || self.is_word(u, m, "to"))
                    .is_some_and(|m| {
                        self.is_word(u, m, "to")
                            && t.get(m + 1)
                                .is_some_and(|x| x.word() && !x.cap && !x.is(DET))
                    });
            if request {
                // The content starts at the one asked.
            } else if t[k].is(OBJECT) && !t[k].cap {
                let s = t[k].span;
                secondary.push((Relation::Recipient, s, s, Mention::Other));
                k += 1;
            } else if let Some(r) = self.recipient(u, k) {
                let s = self.s(u, r.start, r.end);
                let h = self.s(u, r.head_start, r.head_end);
                secondary.push((Relation::Recipient, s, h, self.mention_of(u, r)));
                k = r.end;
            }
        }
        k = self.adjuncts(u, k, &mut secondary);
        // `which he has denied`, `who he named as his running mate`, `what I always knew`: the
        // relative word is the object the cue reports on.
        if !inverted
            && inherited.is_none()
            && let Some(x) = np
            && x.start > 0
            && let r = x.start - 1
            && self.is_any(u, r, &["which", "who", "whom", "what", "that"])
            && (r > 0
                && (t[r - 1].punct(',')
                    || t[r - 1].word()
                        && t[r - 1].cue.is_none()
                        && !t[r - 1].is(AUX | STOP | PREP))
                || !self.is_word(u, r, "that"))
            && !t[x.start..x.end].iter().any(|y| y.is(WHO))
            && cue.constraint != Constraint::PostQuote
            && (k >= n
                || end_punct(&t[k])
                || t[k].punct(',')
                    && !self.is_word(u, r, "that")
                    && t.get(k + 1).is_none_or(|y| y.quote().is_none())
                || t[k].word()
                    && !t[k].cap
                    && (t[k].is(PREP | TIME) || self.is_any(u, k, &["as", "of", "for"]))
                    && !self.is_word(u, k, "that")
                // `a bill that critics called anti-gay`: a naming with its complement.
                || cue.constraint == Constraint::Naming
                    && t[k].word()
                    && !t[k].cap
                    && !t[k].is(DET | PRONOUN | AUX))
        {
            for y in used.iter_mut().take(k).skip(r) {
                *y = true;
            }
            let d = Draft {
                unit: u,
                contents: vec![t[r].span],
                content_toks: None,
                quotes: Vec::new(),
                direct: false,
                source: Some(self.source_of(u, x)),
                cue: cue_span,
                cue_class: class,
                secondary,
            };
            return Some(d);
        }
        // `As Lee noted, the plan failed.` / `The plan failed, as Lee noted.`: an `as` clause
        // with a source and a cue reports the main clause.
        if !inverted
            && inherited.is_none()
            && let Some(x) = np
            && x.start > 0
            && self.is_word(u, x.start - 1, "as")
            && matches!(
                class,
                CueClass::Speech | CueClass::Writing | CueClass::Perception
            )
        {
            let r = x.start - 1;
            let opening = t[..r].iter().all(|y| y.word() && y.is(CONN));
            let (a, b) = if opening && k < n && t[k].punct(',') {
                (k + 1, self.words_end(u, k + 1))
            } else if r > 0 && t[r - 1].punct(',') && t[k..].iter().all(end_punct) {
                (self.lead_in(u, r - 1), r - 1)
            } else {
                (0, 0)
            };
            if b > a
                && let Some(mut d) = self.content_draft(u, a, b, cue_span, class, Some(x))
            {
                for y in used.iter_mut().take(k).skip(r) {
                    *y = true;
                }
                d.secondary.extend(secondary);
                return Some(d);
            }
        }
        // Content before: `“…,” Kim said.`, `…, officials said.`
        let src_start = if inverted {
            i
        } else {
            np.map_or(vstart, |x| x.start)
        };
        let boundary_before = src_start > 0
            && (t[src_start - 1].punct(',')
                || t[src_start - 1].quote().is_some()
                || matches!(t[src_start - 1].kind, Kind::Punct(c) if is_dash(c)));
        // `…, officials said on condition of anonymity.`: a prepositional phrase with no verb,
        // quotation or clause runs to the end of the sentence.
        let tail_pp = k < n
            && t[k].word()
            && !t[k].cap
            && t[k].is(PREP)
            && (k..n).all(|m| {
                let x = &t[m];
                x.quote().is_none()
                    && x.cue.is_none()
                    && !x.is(AUX | PRONOUN | WHO)
                    && !self.is_word(u, m, "that")
                    && !x.punct(',')
            });
        let tail_end = k == n || t[k..].iter().all(end_punct) || tail_pp;
        let tail_more = k < n
            && (t[k].punct(',') || t[k].punct(':'))
            && (t.get(k + 1).is_some_and(|x| x.quote().is_some())
                || self.phrase_at(u, k + 1).is_some()
                || self.is_word(u, k + 1, "citing")
                || t.get(k + 1)
                    .is_some_and(|x| x.cue.is_some_and(|c| c.form == Form::Ing)));
        // A quotation run just before the source that opens the sentence (or follows a colon):
        // `“…,” Kim said`. A title inside a clause (`on ABC’s “This Week,” Carson admitted`)
        // is not one.
        let after_quote = src_start > 0
            && t[src_start - 1].quote().is_some()
            && self.quote_run_start(u, src_start).is_some();
        let quote_next = k < n
            && (t[k].punct(',') || t[k].punct(':'))
            && t.get(k + 1).is_some_and(|x| x.quote().is_some());
        // `said, for the first time, that …` is the cue-first reading.
        let comma_tail = k < n
            && t[k].punct(',')
            && !(k + 1..n.min(k + 10)).any(|m| t[m].punct(',') && self.is_word(u, m + 1, "that"));
        let colon_quote = quote_next && t[k].punct(':');
        // `The plan, an inside source said, is to …`: a parenthetical source; the content is
        // what follows (a subordinate clause after the comma keeps the content before).
        let parenthetical = comma_tail
            && !inverted
            && boundary_before
            && !after_quote
            && !tail_more
            && inherited.is_none()
            && t.get(k + 1).is_some_and(|x| {
                x.word()
                    && (x.cap
                        || x.is(AUX)
                        || !x.is(STOP | PREP | CONN)
                            && x.cue.is_none_or(|c| matches!(c.form, Form::Past | Form::S))
                            && !self.text[x.span].ends_with("ing"))
            })
            // At least three words after it (a quotation counts as three).
            && t[k + 1..]
                .iter()
                .map(|x| if x.quote().is_some() { 3 } else { usize::from(x.word()) })
                .sum::<usize>()
                >= 3;
        // `“…,” the paper wrote while acknowledging …`: after a quotation, a subordinate
        // adjunct clause is not what was said.
        let tail_sub = k < n
            && src_start > 0
            && t[src_start - 1].quote().is_some()
            && self.is_any(
                u,
                k,
                &[
                    "while", "as", "after", "before", "when", "since", "because", "although",
                ],
            );
        let content_first = inherited.is_none()
            && !colon_quote
            && !parenthetical
            && (after_quote
                || boundary_before
                    && !quote_next
                    && (tail_end || tail_more || comma_tail || tail_sub));
        // `“…?” Trump said.` read as two sentences: the quotation ends the sentence before (in
        // the same paragraph), and the sentence is only the source, the cue and at most an
        // adjunct (`Pence said in response.`).
        let split_quote = src_start == 0
            && u > 0
            && inherited.is_none()
            && self.units[u - 1].para == self.units[u].para
            && self.units[u - 1]
                .toks
                .last()
                .is_some_and(|x| x.quote().is_some())
            && (tail_end
                || k < n
                    && t[k].is(PREP)
                    && (k..n).all(|m| {
                        t[m].quote().is_none()
                            && t[m].cue.is_none()
                            && !t[m].is(AUX | PRONOUN)
                            && !self.is_word(u, m, "that")
                    }));
        // `But the jet “is a niche player”, Lee continued`: a quotation ending the clause
        // before the source does as well as one that is the whole clause.
        let quote_ends_content = content_first && src_start >= 2 && {
            let q = if t[src_start - 1].punct(',') {
                src_start - 2
            } else {
                src_start - 1
            };
            t[q].quote().is_some()
        };
        if cue.constraint == Constraint::PostQuote
            && !(content_first && (after_quote || quote_ends_content) || quote_next || split_quote)
        {
            return None;
        }
        let mut after_k = k;
        // A relative clause: `which critics said was …`, `that prosecutors said had …`.
        let mut relative = np
            .filter(|x| !inverted && x.start > 0 && !content_first && k < n && t[k].word())
            .map(|x| x.start - 1)
            .filter(|&r| {
                self.is_any(u, r, &["which", "that", "what", "who", "whom"])
                    && matches!(class, CueClass::Speech | CueClass::Thought | CueClass::Writing)
                    && cue.constraint == Constraint::Plain
                    && !t[k].is(DET | PREP | PRONOUN | CONN)
                    && !self.is_word(u, k, "to")
                    // A noun before the relative word, not a verb (`explained that he …`).
                    && r > 0
                    && (t[r - 1].punct(',')
                        || t[r - 1].word() && t[r - 1].cue.is_none() && !t[r - 1].is(AUX | STOP | PREP))
            });
        // `which he has denied`, `what she said`: the relative word is the object of the cue
        // and the whole content.
        if let Some(x) = np
            && relative.is_none()
            && !inverted
            && !content_first
            && x.start >= 2
            && self.is_any(u, x.start - 1, &["which", "what", "whom", "that"])
            // `that` after a noun, not after a verb (`said that officials …`).
            && (!self.is_word(u, x.start - 1, "that")
                || t[x.start - 2].word() && t[x.start - 2].cue.is_none() && !t[x.start - 2].is(AUX))
            && matches!(class, CueClass::Speech | CueClass::Thought | CueClass::Writing)
            && cue.constraint == Constraint::Plain
            && (k >= n
                || end_punct(&t[k]) && t[k].quote().is_none()
                || t[k].is(PREP | CONN)
                || self.is_any(u, k, &["and", "but", "as"]))
            && {
                let h = &t[x.head_end - 1];
                h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED)
            }
        {
            for m in used.iter_mut().take(k).skip(x.start) {
                *m = true;
            }
            let r = x.start - 1;
            return Some(Draft {
                unit: u,
                contents: vec![t[r].span],
                content_toks: Some((r, r + 1)),
                quotes: Vec::new(),
                direct: false,
                source: Some(self.source_of(u, x)),
                cue: cue_span,
                cue_class: class,
                secondary,
            });
        }
        // `“…?” Trump said.` read as two sentences: the quotation ends the sentence before.
        if split_quote {
            let pu = &self.units[u - 1];
            let pt = &pu.toks;
            if pu.para == self.units[u].para && pt.last().is_some_and(|x| x.quote().is_some()) {
                let mut q = pt.len();
                while q > 0
                    && (pt[q - 1].quote().is_some()
                        || matches!(pt[q - 1].kind, Kind::Punct(c) if c != ':' && !is_dash(c)))
                {
                    q -= 1;
                }
                if q == 0 || pt[q - 1].punct(':') {
                    let (contents, quotes) = self.pieces(u - 1, q, pt.len());
                    if let Some(last) = self.out.last_mut()
                        && last.unit == u - 1
                        && last.contents.iter().any(|c| contents.contains(c))
                    {
                        last.contents.retain(|c| !contents.contains(c));
                    }
                    for x in used.iter_mut().take(k).skip(src_start) {
                        *x = true;
                    }
                    return Some(Draft {
                        unit: u,
                        contents,
                        content_toks: None,
                        quotes,
                        direct: true,
                        source: np.map(|np| self.source_of(u, np)),
                        cue: cue_span,
                        cue_class: class,
                        secondary,
                    });
                }
            }
        }
        let mut d = if content_first {
            let content_end = if t[src_start - 1].punct(',') {
                src_start - 1
            } else {
                src_start
            };
            // Content is the quotation run just before the source, or else the sentence up to it.
            let mut content_start = 0;
            if after_quote {
                // `…the war was “just,” Kim said`: the whole clause is the content.
                content_start = self.quote_run_start(u, content_end).unwrap_or(0);
            }
            if content_start == 0 {
                content_start = self.lead_in(u, content_end);
            }
            let mut d = self.content_draft(u, content_start, content_end, cue_span, class, np)?;
            // The pieces from here on are this attribution's, not the earlier one's.
            for prev in self.out.iter_mut().rev().take(8) {
                prev.contents.retain(|c| !d.contents.contains(c));
            }
            // Split quotation: `“A,” he said, “B.”`, or a quotation sentence after the cue:
            // `“A,” he said. “B.”`
            let rest_quotes = k < n
                && t[k..].iter().any(|x| x.quote().is_some())
                && t[k..]
                    .iter()
                    .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)));
            // `“A,” Kim said during a rally in Ohio, “B.”`: an adjunct set off by commas before
            // the second half.
            let adjunct_then_quote = !rest_quotes
                && d.direct
                && k + 2 < n
                && t[k].punct(',')
                && t[k + 1].word()
                // Not a participle of its own (`, adding, “B.”`); one with a particle and its
                // object is an adjunct (`, referring to the excuse, “B.”`).
                && !t[k + 1].cue.is_some_and(|c| {
                    c.form == Form::Ing && c.constraint != Constraint::ParticleOnly
                })
                && (k + 2..n.min(k + 30))
                    .find(|&m| t[m].quote().is_some())
                    .is_some_and(|m| {
                        t[m - 1].punct(',')
                            && t[m..]
                                .iter()
                                .all(|x| x.quote().is_some() || matches!(x.kind, Kind::Punct(_)))
                    });
            let k = if adjunct_then_quote {
                (k + 2..n)
                    .find(|&m| t[m].quote().is_some())
                    .map_or(k, |m| m - 1)
            } else {
                k
            };
            if (rest_quotes || adjunct_then_quote) && d.direct {
                let mut e = k + 1;
                while e < n && (t[e].quote().is_some() || matches!(t[e].kind, Kind::Punct(_))) {
                    e += 1;
                }
                let (more, qs) = self.pieces(u, k + 1, e);
                d.contents.extend(more);
                d.quotes.extend(qs);
                for x in used.iter_mut().take(e).skip(k) {
                    *x = true;
                }
                after_k = e;
            }
            d
        } else {
            // Content after: `Kim said [that] …`, `Kim said: “…”`.
            let mut a = k;
            // `saying at one point, “…”`: a short adjunct before a quotation (not the object
            // of a particle: `referring to the excuse, “…”`).
            if !parenthetical
                && !particle
                && a < n
                && t[a].word()
                && let Some(m) = (a + 1..n.min(a + 6)).find(|&m| !t[m].word())
                && (t[m].punct(',') || t[m].punct(':'))
                && t.get(m + 1).is_some_and(|x| x.quote().is_some())
            {
                a = m;
            } else if !parenthetical
                && !particle
                && a < n
                && let Some(m) = (a..n.min(a + 24)).find(|&m| t[m].quote().is_some())
                && m > a
                && !self.is_word(u, a, "that")
                && t[a..m]
                    .iter()
                    .all(|x| x.cue.is_none() && x.quote().is_none())
                && (t[m - 1].punct(',') || t[m - 1].punct(':'))
                && t[m].quote().is_some_and(|i| self.opens_capital(i))
                && t[m + 1..]
                    .iter()
                    .all(|x| x.quote().is_some() || end_punct(x))
            {
                // `responded to his message by saying, “Stop lying.”`: the quotation after the
                // comma is what was said.
                a = m - 1;
            }
            if parenthetical {
                a = k + 1;
            } else if a < n && (t[a].punct(':') || t[a].punct(',')) {
                // `said, for the first time, that …` / `said: “…”` / `adds, “…”`
                if t[a].punct(',') {
                    let close = (a + 1..n.min(a + 10)).find(|&m| t[m].punct(','));
                    match close {
                        Some(m) if self.is_word(u, m + 1, "that") => a = m + 1,
                        _ if t.get(a + 1).is_some_and(|x| x.quote().is_some()) => a += 1,
                        _ => return None,
                    }
                } else {
                    a += 1;
                }
            }
            // `expressed doubt that …`, `voiced concern that …`: the noun joins the cue.
            let mut noun_cue_end = None;
            if !parenthetical
                && a < n
                && cue.constraint == Constraint::Plain
                && t[a].is(CONTENT_NOUN)
                && !t[a].cap
                && self.is_word(u, a + 1, "that")
            {
                // A bare noun only: `repeated his claim that …` keeps the claim as content.
                noun_cue_end = Some(a);
                a += 1;
            } else if !parenthetical
                && a + 1 < n
                && matches!(cue.constraint, Constraint::Plain | Constraint::Stance)
                && let Some(m) = (a..n.min(a + 2)).find(|&m| t[m].is(CONTENT_NOUN))
                && (a..=m).all(|k| t[k].word() && !t[k].cap && !t[k].is(DET | PRONOUN | AUX))
                && self.is_any(
                    u,
                    m + 1,
                    &[
                        "for", "about", "over", "towards", "toward", "at", "with", "on", "in",
                    ],
                )
                && t.get(m + 2)
                    .is_some_and(|x| x.word() || x.quote().is_some())
            {
                // `expressed support for …`, `voiced open hostility towards …`: the noun and
                // its preposition join the cue; the content is their object.
                noun_cue_end = Some(m + 1);
                a = m + 2;
            }
            // `said, “…,” adding …`: after `said,` or `said:` a quotation is the content.
            let quote_only = a < n
                && t[a].quote().is_some()
                && (a > k && (t[a - 1].punct(',') || t[a - 1].punct(':'))
                    // `shouting “we win!”`: a quotation right after the cue, then a clause end.
                    || a == k
                        && t.get(a + 1).is_none_or(|x| end_punct(x) || x.punct(',') || x.word()));
            if a >= n || t[a..].iter().all(end_punct) {
                // `Kim added:` with the quotation in the next paragraph.
                if k < n && t[k].punct(':') {
                    return Some(Draft {
                        unit: u,
                        contents: Vec::new(),
                        content_toks: None,
                        quotes: Vec::new(),
                        direct: false,
                        source: np.map(|np| self.source_of(u, np)).or(inherited),
                        cue: cue_span,
                        cue_class: class,
                        secondary,
                    });
                }
                return None;
            }
            // `which critics said was …`: the relative word and the verb phrase are the content.
            if relative.is_some()
                && !(t[a].word()
                    && !t[a].cap
                    && !t[a].is(DET | PREP | PRONOUN | CONN)
                    && !self.is_word(u, a, "that"))
            {
                relative = None;
            }
            // `say by a 7-point margin, 49 percent to 42 percent, that …`, `has said for weeks
            // he’s …`: an adjunct, then the clause.
            if !parenthetical
                && relative.is_none()
                && t[a].word()
                && !t[a].cap
                && (t[a].is(PREP)
                    || self.is_any(u, a, &["by", "for", "with", "about", "as", "from"]))
            {
                if let Some(m) = (a + 1..n.min(a + 20))
                    .find(|&m| self.is_word(u, m, "that") && t[m - 1].punct(','))
                    && t[a..m]
                        .iter()
                        .all(|x| x.cue.is_none() && x.quote().is_none() && !x.punct(';'))
                {
                    a = m;
                } else if self.is_word(u, a, "for")
                    && t.get(a + 1).is_some_and(|x| x.word() && x.is(TIME))
                {
                    a += 1;
                    while a + 1 < n && t[a].word() && t[a].is(TIME) {
                        a += 1;
                    }
                }
            }
            if !parenthetical
                && relative.is_none()
                && t[a].word()
                && !t[a].cap
                && (t[a].is(PREP)
                    || self.is_any(
                        u,
                        a,
                        &[
                            "by", "for", "with", "about", "of", "as", "from", "into", "is", "was",
                            "and", "or", "but",
                        ],
                    ))
            {
                return None; // `said in …` we could not read, `said as …`
            }
            // The clause ends where another cue of the same source begins: `…, arguing that`,
            // `… and warned`.
            let mut b = fronted_ing.unwrap_or(n);
            let object_content = (cue.constraint == Constraint::Stance || particle)
                && !self.is_word(u, a, "that")
                && t[a].quote().is_none();
            // `When politicians decide to …, the Census will …`: a cue inside a sentence-opening
            // subordinate clause; its content ends where the clause does.
            let fronted = src_start > 0
                && (self.has(u, 0, SUB) || self.has(u, 1, SUB) && t[0].is(CONN))
                && !t[..src_start].iter().any(|x| x.punct(','));
            // `Lee, who argues he is honest, said …`: a cue in a relative clause set off by
            // commas; its content ends with the clause, before the main verb.
            let in_relative = np.is_some_and(|x| {
                x.end - x.start == 1
                    && t[x.start].is(WHO)
                    && x.start > 0
                    && t[x.start - 1].punct(',')
            });
            // What the content holds so far (tokens `a..m`), kept as the loop goes.
            let (mut seen_quote, mut seen_sub, mut seen_relative) = (false, false, false);
            for m in a + 1..b {
                let x = &t[m];
                if in_relative
                    && x.punct(',')
                    && t.get(m + 1).is_some_and(|y| {
                        y.word()
                            && !y.cap
                            && (y.is(AUX)
                                || y.cue
                                    .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                                || self.text[y.span].len() > 4 && self.text[y.span].ends_with("ed"))
                    })
                {
                    b = m;
                    break;
                }
                let y = m - 1;
                seen_quote |= t[y].quote().is_some();
                seen_sub |= self.has(u, y, SUB);
                seen_relative |= t[y].is(WHO) && y > 0 && t[y - 1].punct(',');
                let is_and = self.is_word(u, m, "and");
                if fronted && x.punct(',') && !seen_quote && !seen_sub {
                    b = m;
                    break;
                }
                // A time adjunct after the content belongs to the cue: `said the plan was dead
                // on Wednesday at a rally`, `announced a settlement in early September`.
                if m > a + 1
                    && x.word()
                    && x.is(TIME | PREP)
                    && self.time_adjunct_at(u, m)
                    && self.trailing_adjunct(u, m)
                    && !seen_relative
                {
                    // `said little on Friday`: the preposition goes with its time.
                    b = if t[m - 1].word() && !t[m - 1].cap && t[m - 1].is(PREP) {
                        m - 1
                    } else {
                        m
                    };
                    break;
                }
                // A quotation with its own source and cue after it starts a new attribution:
                // `… that France had lost its identity: “France is no longer France,” he claimed.`
                if x.quote().is_some()
                    && let Some(c) =
                        (m + 1..n.min(m + 7)).find(|&c| !t[c].word() || t[c].cue.is_some())
                    && t[c].cue.is_some_and(|q| q.form != Form::Ing)
                    && (c == m + 1
                        || self
                            .np_before(u, c)
                            .is_some_and(|np| np.start == m + 1 && !t[np.start].is(WHO)))
                {
                    // A quotation that goes on the clause (`was “ready,” the critics said`)
                    // ends it; one set off by punctuation starts the new one.
                    b = if t[m - 1].word() { m + 1 } else { m };
                    break;
                }
                // `…, and that …`: a second clause of the same cue.
                let and_that = !object_content && is_and && self.is_word(u, m + 1, "that");
                // A new clause: `; …`, ` — …`, `: …`, `, and …`, `, but …`.
                if m > a + 2
                    && (x.punct(';')
                        || x.punct('(')
                        || is_and && self.is_any(u, m + 1, &["has", "have", "had"])
                        || matches!(x.kind, Kind::Punct(c) if is_dash(c))
                        || object_content
                            && x.punct(':')
                            && t.get(m + 1).is_none_or(|y| y.quote().is_none())
                        || !and_that && t[m - 1].punct(',')
                            && self.is_any(u, m, &[
                                "and", "but", "while", "although", "though", "whereas", "where",
                                "with", "without", "which", "despite", "compared",
                            ])
                            // `…, but “the offers were …”`: a quotation of the same source
                            // keeps the clause going.
                            && (t[m..n.min(m + 40)].iter().all(|y| y.quote().is_none())
                                || t[m..n.min(m + 40)].iter().any(|y| {
                                    y.word()
                                        && !y.cap
                                        && y.cue.is_some_and(|c| {
                                            matches!(c.form, Form::Past | Form::S)
                                        })
                                })))
                {
                    b = if x.word() && t[m - 1].punct(',') {
                        m - 1
                    } else {
                        m
                    };
                    break;
                }
                // `…, a move that …`, `…, an ambitious goal …`: an apposition to the whole
                // clause is the writer's, not the source's; so is `…, too`.
                if m > a + 2
                    && x.punct(',')
                    && (self.is_word(u, m + 1, "a") || self.is_word(u, m + 1, "an"))
                    && !seen_quote
                    || m > a + 1
                        && x.punct(',')
                        && self.is_word(u, m + 1, "too")
                        && t.get(m + 2).is_none_or(|y| !y.word())
                {
                    b = m;
                    break;
                }
                // `When the moderator pointed out that …, the candidate said …`: a new subject
                // and its own cue after a comma.
                if m > a + 2
                    && t[m].punct(',')
                    && let Some(sub) = self.np_after(u, m + 1, false)
                    && sub.end < n
                    && sub.end - sub.start <= 6
                    && t[sub.end].word()
                    && !t[sub.end].cap
                    && t[sub.end]
                        .cue
                        .is_some_and(|c| matches!(c.form, Form::Past | Form::S))
                    && {
                        let h = &t[sub.head_end - 1];
                        h.cap || h.is(PRONOUN | ROLE | ORG | UNNAMED) || t[sub.start].is(DET)
                    }
                    // Not a trailing reporter (`…, KCNA reported.`), which `trailing` reads;
                    // a cue with its own quotation after a comma (`…, Lee replied, “…”`) is
                    // a new attribution.
                    && (self.secondary_clause(u, m + 1).is_none()
                        || t.get(sub.end + 1).is_some_and(|y| y.punct(',') || y.punct(':'))
                            && t.get(sub.end + 2).is_some_and(|y| y.quote().is_some()))
                {
                    b = m;
                    break;
                }
                // `called the plan “a disgrace,” but said …`: a naming ends with its quoted
                // complement.
                if cue.constraint == Constraint::Naming
                    && m > a + 1
                    && t[m - 1].quote().is_some()
                    && (x.punct(',')
                        || (self.is_word(u, m, "and") || self.is_word(u, m, "but"))
                            && t.get(m + 1).is_some_and(|y| y.word() && !y.cap))
                {
                    b = m;
                    break;
                }
                // The object of `defended`, `praised`, `talked about` is a noun phrase: it ends
                // before a clause joined to it (`… and suggested`, `…, but`, `… while …`).
                if object_content && self.ends_object(u, a, m) {
                    b = if m > 0 && t[m - 1].punct(',') {
                        m - 1
                    } else {
                        m
                    };
                    break;
                }
                if cue.constraint == Constraint::Stance {
                    continue;
                }
                // `…, adding that …`, `…, throwing a wrench in …`: a participle clause.
                if x.word()
                    && !x.cap
                    && (x.cue.is_some_and(|c| c.form == Form::Ing)
                        || x.span.len() > 6
                            && self.text[x.span].ends_with("ing")
                            && !self.is_any(u, m, &["including", "during", "according"]))
                    && t[m - 1].punct(',')
                {
                    b = m - 1;
                    break;
                }
                // `Kim said the talks failed and added …`: a second speech verb is the source's;
                // `Police say he posed a threat and refused to drop the gun`: another verb goes
                // on the reported clause with its subject.
                if is_and
                    && t.get(m + 1).is_some_and(|y| {
                        y.word()
                            && !y.cap
                            && y.cue.is_some_and(|c| {
                                matches!(c.form, Form::Past | Form::S)
                                    && (object_content
                                        || c.constraint == Constraint::Evidential
                                        || matches!(c.class, CueClass::Speech | CueClass::Writing)
                                            && c.constraint != Constraint::ParticleOnly)
                            })
                    })
                {
                    b = m;
                    break;
                }
            }
            if relative.is_some()
                && let Some(m) = (a + 1..b).find(|&m| t[m].punct(','))
            {
                b = m; // the relative clause ends at its comma
            }
            if quote_only {
                let mut e = a;
                while e < b && (t[e].quote().is_some() || end_punct(&t[e])) {
                    e += 1;
                }
                // `“…,” including …`: the comma inside the marks ends the quotation's clause.
                let inner_comma = e > a && t[e - 1].quote().is_some() && self.comma_at(u, e - 1);
                if e < b && (t[e].punct(',') || inner_comma) {
                    b = e;
                }
            }
            let cue_span = noun_cue_end.map_or(cue_span, |m| cue_span.cover(t[m].span));
            let mut d = self.content_draft(u, a, b, cue_span, class, np)?;
            if inherited.is_some() {
                d.source = inherited;
            }
            d
        };
        // Naming without a quotation: `Lee called him divisive`, `Lee described the plan as …`,
        // with a named subject and an object after the verb.
        let named_subject = np.is_some_and(|x| {
            t[x.head_end - 1].cap || t[x.head_end - 1].is(PRONOUN | WHO | ROLE | ORG | UNNAMED)
        });
        let object_after = t.get(cue_end).is_some_and(|x| {
            x.word()
                && (x.cap || x.is(OBJECT | DET | PRONOUN) || self.text[x.span].ends_with("self"))
                || self.text[x.span].ends_with("selves")
        });
        // Not a participle (`a group called …`, `The program, called …`).
        let participle = vstart > 0 && t[vstart - 1].punct(',')
            || np.is_some_and(|x| {
                (x.start..x.end).any(|m| self.is_word(u, m, "a") || self.is_word(u, m, "an"))
            });
        // `Millennials see police violence as a problem`, `developers see golf courses as
        // wasted space`: a plural subject, the base form, an object and `as`.
        let plural_subject = np.is_some_and(|x| {
            let w = &self.text[t[x.head_end - 1].span];
            w.ends_with('s') && !w.ends_with("ss") && !t[x.head_end - 1].is(EVIDENCE | MEDIUM)
        });
        let sees_as = cue.form == Form::Base
            && (named_subject || plural_subject)
            && t.get(cue_end)
                .is_some_and(|x| x.word() && !x.is(PREP | AUX | STOP))
            && !participle
            && (cue_end + 1..n.min(cue_end + 14)).any(|m| self.is_word(u, m, "as"));
        if cue.constraint == Constraint::Naming
            && d.quotes.is_empty()
            && !naming_prep
            && !sees_as
            && !(named_subject
                && object_after
                && !participle
                && matches!(cue.form, Form::Past | Form::S))
        {
            return None;
        }
        for x in used.iter_mut().take(k).skip(src_start.min(i)) {
            *x = true;
        }
        d.secondary.extend(secondary);
        self.trailing(u, &mut d, used, content_first.then_some(after_k));
        // `The museum, Mr. Bush said, celebrated …`: the words before the source are content too.
        // `In other words, he said, “…”`: the words before a source set off by commas are
        // content as well as the quotation after it.
        let quote_parenthetical = quote_next
            && t[k].punct(',')
            && !inverted
            && !after_quote
            && inherited.is_none()
            && src_start > 0
            && t[src_start - 1].punct(',');
        if (parenthetical || quote_parenthetical && self.reported_lead(u, src_start - 1))
            && let Some(first) = self.before_piece(u, src_start - 1)
        {
            d.contents.insert(0, first);
        }
        // `But “the issue,” Lee added, “is whether …”`: a quotation after a connective, then
        // the source and the rest of the quotation.
        if quote_next
            && !inverted
            && !after_quote
            && inherited.is_none()
            && src_start >= 2
            && t[src_start - 1].quote().is_some()
            && self.comma_at(u, src_start - 1)
            && t[..src_start - 1].iter().all(|x| x.word() && x.is(CONN))
            && !used[..src_start].iter().any(|&x| x)
        {
            self.add_piece(u, &mut d, 0, src_start, true);
            for x in used.iter_mut().take(src_start) {
                *x = true;
            }
        }
        // `The comments, said Lee of JPMorgan, were “too weak”.`: an inverted source set off
        // in the middle of its clause; the predicate after it is content too.
        if inverted
            && content_first
            && after_k < n
            && t[after_k].punct(',')
            && t.get(after_k + 1)
                .is_some_and(|x| x.word() && !x.cap && x.is(AUX) && x.cue.is_none())
            && !used[after_k + 1..].iter().any(|&x| x)
        {
            let e = self.words_end(u, after_k + 1);
            if e > after_k + 2 && t[after_k + 1..e].iter().all(|x| x.cue.is_none()) {
                self.add_piece(u, &mut d, after_k + 1, e, false);
                for x in used.iter_mut().take(e).skip(after_k) {
                    *x = true;
                }
            }
        }
        if let Some(r) = relative {
            d.contents.insert(0, t[r].span);
        }
        Some(d)
    }

    /// `“…,” Arab News quoted Prince Saud as saying.`, `The paper quotes Lee as saying that …`:
    /// the one quoted (tokens between `quoted`, token `q`, and `as`) is the source, the
    /// participle at `i` the cue, the outlet before `quoted` the reporter, and the content the
    /// quotation run before the outlet or the clause after the cue.
    fn quoted_as(
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
        let (a, b) = d.content_toks.unwrap_or((from, i + 1));
        for x in used
            .iter_mut()
            .take(b.max(i + 1).max(speaker_end))
            .skip(a.min(from))
        {
            *x = true;
        }
        Some(d)
    }

    /// `Asked whether …, he said …`, `When asked by a reporter about …, …`: the question
    /// up to the comma is content, its asker (`by …`) the source.
    fn asked(&self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
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
    fn quote_run_start(&self, u: usize, end: usize) -> Option<usize> {
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
    fn opens_capital(&self, i: usize) -> bool {
        self.quotations[i]
            .pieces()
            .next()
            .and_then(|p| p.as_str().chars().find(|c| c.is_alphanumeric()))
            .is_some_and(char::is_uppercase)
    }

    /// A reporting noun after its owner: `Trump’s claim that …`, `Pence’s call for …`,
    /// `Trump’s promises to …`; the owner is the source.
    fn possessed_noun(&self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        if t[i]
            .cue
            .is_some_and(|c| c.constraint == Constraint::Evidence)
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
        let quotes: Vec<usize> = t[content_start..b].iter().filter_map(Tok::quote).collect();
        Some(Draft {
            unit: u,
            contents: vec![self.s(u, content_start, b)],
            content_toks: Some((content_start, b)),
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

    /// A reporting noun and its content after a preposition: `a call for new elections`,
    /// `his remarks about the war`, `Trump's mention of the wall`. The owner (a possessive
    /// before the noun) is the source; with none, the source is unnamed.
    fn nominal(&self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        if t[i].cap && i > 0 {
            return None;
        }
        let mut noun = String::new();
        let preps = NOUN_PREPS.get(lower(&self.text[t[i].span], &mut noun))?;
        let p = i + 1;
        if !self.is_any(u, p, preps) {
            return None;
        }
        let a = p + 1;
        if a >= n || !t[a].word() && t[a].quote().is_none() {
            return None;
        }
        // `his view on Tuesday`: a time is when, not what.
        if t[a].word() && t[a].is(TIME) {
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
            let possessive =
                apostrophe || w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
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

    /// `Cruz made an unprompted call for …`, `Lee has held left-leaning positions on …`, `the
    /// ad opened with a call for …`: the subject of a light verb whose object is the
    /// reporting noun at token `i` owns it.
    fn light_verb_subject(&self, u: usize, i: usize) -> Option<Np> {
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
            .then_some(np)
            .filter(|np| !t[np.head_start..np.head_end].iter().all(|x| x.is(TIME)))
    }

    /// Whether unit `u` is set in headline case (`Lee Says He Will Run`): nearly every word of
    /// four or more letters capitalised.
    fn headline_case(&self, u: usize) -> bool {
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
    fn clause_subject(&self, u: usize, end: usize, any_noun: bool) -> Option<Np> {
        self.clause_subject_in(u, 0, end, any_noun)
    }

    /// [`Self::clause_subject`], looking from token `from` on.
    fn clause_subject_in(&self, u: usize, from: usize, end: usize, any_noun: bool) -> Option<Np> {
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
            // `A few minutes later they …`: a time before the subject.
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
                // `Mitch McConnell (R-Ky.) issued`: a parenthetical in the name.
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
                    || self.is_any(u, j + 1, &["which", "whose"])
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

    /// `forced Sen. Lee to acknowledge`, `allow him to call for`, `leaving many to wonder`: the
    /// object of an object-control verb, ending before the `to` at token `to`.
    fn controlled_subject(&self, u: usize, to: usize) -> Option<Np> {
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
    fn later_subject(&self, u: usize, prev: &Draft<'h>, end: usize) -> Option<Np> {
        let t = &self.units[u].toks;
        let done = prev.content_toks.map_or(prev.cue.end, |(_, b)| {
            t.get(b.saturating_sub(1))
                .map_or(prev.cue.end, |x| x.span.end)
                .max(prev.cue.end)
        });
        let from = (0..end).find(|&k| t[k].span.start >= done)?;
        // A new clause: a conjunction after a comma, then its subject and verb.
        let start = (from..end).rev().find(|&k| {
            k > 0 && t[k - 1].punct(',') && self.is_any(u, k, &["and", "but", "while", "whereas"])
        })?;
        let np = self.clause_subject_in(u, start, end, false)?;
        // Not `it` (`…, and it will have no effect after hearing …`).
        (np.start == start + 1 && !self.is_word(u, np.head_start, "it")).then_some(np)
    }

    /// Whether the word at token `a` opens a lead-in rather than a subject: a preposition or
    /// subordinator (`At the Labor Department`, `Unlike in 2012`) or
    /// a participle before a lower-case word (`Asked on Monday`).
    fn opens_lead_in(&self, u: usize, a: usize) -> bool {
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
    /// hour,`, `Unlike in 2012,`), a time (`Last year,`, `Minutes later,`), or a participle or
    /// adverb before a lower-case word (`Facing criticism,`, `Shortly after the vote,`).
    fn lead_in_at(&self, u: usize, a: usize, comma: usize) -> bool {
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
            // `Minutes later,`, `A year ago,`: a short time phrase.
            || comma - a <= 4 && t[comma - 1].word() && t[comma - 1].is(TIME) && !t[comma - 1].cap
    }

    /// Where the clause that the comma at token `comma` ends begins: after the last `;`, `:`
    /// or dash, or at a joined `and` or `but` (`…, and the permit, his campaign said, …`).
    fn clause_start(&self, u: usize, comma: usize) -> usize {
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
    fn before_piece(&self, u: usize, comma: usize) -> Option<Span> {
        let t = &self.units[u].toks;
        let mut a = self.clause_start(u, comma);
        while a < comma && (matches!(t[a].kind, Kind::Punct(_)) || t[a].is(CONN) && !t[a].cap) {
            a += 1;
        }
        if comma > 0 && self.is_any(u, comma - 1, &["which", "who", "whom"]) {
            a = comma - 1; // `…, which, Tompkins said, is …`
        }
        let words = t[a..comma].iter().filter(|x| x.word()).count();
        (words >= 1 && t[a..comma].iter().all(|x| x.quote().is_none())).then(|| self.s(u, a, comma))
    }

    /// Whether the words before a source set off by commas, ending at token `comma`, are part
    /// of what is reported (`In other words, he said, “…”`, `If it passes, she said, “…”`)
    /// rather than the setting of the report: a scene (`In a statement`, `At a rally`), a time
    /// (`When asked …`, `After the vote`, `Now`), a participle (`Holding a book`), a clause with
    /// its own cue (`When Ryan said …`) or a name (`John Dickey, the chief executive, said`).
    fn reported_lead(&self, u: usize, comma: usize) -> bool {
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
            || (first..comma).any(|m| {
                self.is_any(
                    u,
                    m,
                    &["when", "after", "as", "before", "since", "once", "until"],
                )
            })
            || t[first..comma]
                .iter()
                .all(|x| !x.word() || x.is(CONN | TIME | PREP | DET) || x.cap)
            || t[first..comma]
                .iter()
                .any(|x| x.cue.is_some_and(|c| c.form == Form::Past));
        !setting
    }

    /// Adds tokens `a..b` to `d` as a content piece, first or last, with the quotations in it.
    fn add_piece(&self, u: usize, d: &mut Draft<'h>, a: usize, b: usize, first: bool) {
        let piece = self.s(u, a, b);
        if first {
            d.contents.insert(0, piece);
        } else {
            d.contents.push(piece);
        }
        d.quotes
            .extend(self.units[u].toks[a..b].iter().filter_map(Tok::quote));
    }

    /// Whether token `k` opens a quantity: an amount of money (`$1.89`, `£3bn`) or a number of
    /// points or percent (`2%`, `3 points`, `1.5 to 20`); not a number that opens a clause
    /// (`added 10 people had died`).
    fn quantity_at(&self, u: usize, k: usize) -> bool {
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

    /// Whether token `k` is a comma, or a quotation with a comma inside its closing marks
    /// (`“New York values,” saying …`).
    fn comma_at(&self, u: usize, k: usize) -> bool {
        self.units[u].toks.get(k).is_some_and(|x| {
            x.punct(',')
                || x.quote().is_some()
                    && self.text[x.span]
                        .trim_end_matches(|c: char| is_close_quote(c) || c.is_whitespace())
                        .ends_with(',')
        })
    }

    #[inline(always)]
    fn is_word(&self, u: usize, k: usize, w: &str) -> bool {
        match self.units[u].toks.get(k) {
            Some(x) => {
                x.span.len() == w.len()
                    && x.word()
                    && self.text.as_bytes()[x.span.range()].eq_ignore_ascii_case(w.as_bytes())
            }
            None => false,
        }
    }

    /// Whether token `k` is a word with lexicon flag `f` (one of [`SUBORDINATORS`] for `SUB`).
    #[inline(always)]
    fn has(&self, u: usize, k: usize, f: u32) -> bool {
        self.units[u]
            .toks
            .get(k)
            .is_some_and(|x| x.word() && x.is(f))
    }

    /// Whether token `k` is one of the words `ws` (as [`Self::is_word`] for each).
    #[inline(always)]
    fn is_any(&self, u: usize, k: usize, ws: &[&str]) -> bool {
        match self.units[u].toks.get(k) {
            Some(x) if x.word() => {
                let b = &self.text.as_bytes()[x.span.range()];
                // The length and the first letter first: most words fail there.
                let first = b.first().map_or(0, |c| c | 0x20);
                ws.iter().any(|w| {
                    let w = w.as_bytes();
                    b.len() == w.len() && first == w[0] && b.eq_ignore_ascii_case(w)
                })
            }
            _ => false,
        }
    }

    /// `X is expected to …`: two content pieces, the subject and the infinitive clause.
    fn evidential(
        &self,
        u: usize,
        vstart: usize,
        i: usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        self.evidential_with(u, vstart, i, false, used)
    }

    /// [`Self::evidential`], with the preposition after the cue (`is known as`, `is seen
    /// as`) in the cue when `prep`; the subject may stand before a comma (`X, also known as Y`).
    fn evidential_with(
        &self,
        u: usize,
        vstart: usize,
        i: usize,
        prep: bool,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let n = t.len();
        // The subject: back to the sentence start or a clause boundary, at most 12 words.
        let mut subj_end = vstart;
        if prep && vstart > 1 && t[vstart - 1].punct(',') {
            subj_end = vstart - 1;
        }
        let mut a = subj_end;
        while a > 0 && subj_end - a < 12 && t[a - 1].word() && (t[a - 1].cap || !t[a - 1].is(STOP))
        {
            a -= 1;
        }
        while a < subj_end && t[a].is(CONN) {
            a += 1;
        }
        if a == subj_end {
            return None;
        }
        // The infinitive clause, to the end of the clause.
        let c = i + 1 + usize::from(prep);
        if c >= n {
            return None; // `… was seen as` ends the sentence
        }
        let mut b = c + 1;
        while b < n && !matches!(t[b].kind, Kind::Punct(ch) if ch != '-' && ch != '\'' && ch != '’')
        {
            b += 1;
        }
        if b <= c + usize::from(self.is_word(u, c, "to")) {
            return None;
        }
        for x in used.iter_mut().take(b).skip(a) {
            *x = true;
        }
        let quotes: Vec<usize> = t[a..b].iter().filter_map(Tok::quote).collect();
        Some(Draft {
            unit: u,
            contents: vec![self.s(u, a, subj_end), self.s(u, c, b)],
            content_toks: Some((a, b)),
            quotes,
            direct: false,
            source: None,
            cue: Span::new(t[vstart].span.start, t[c - 1].span.end),
            cue_class: CueClass::Thought,
            secondary: Vec::new(),
        })
    }

    /// Adjuncts after a cue: `in a statement`, `on Friday`, `Monday`, `last week`,
    /// `in an interview with CNN`. Returns the token after them.
    fn adjuncts(
        &self,
        u: usize,
        mut k: usize,
        secondary: &mut Vec<(Relation, Span, Span, Mention<'h>)>,
    ) -> usize {
        let t = &self.units[u].toks;
        let n = t.len();
        for _ in 0..4 {
            if k >= n || !t[k].word() {
                break;
            }
            let w = &self.text[t[k].span];
            if !t[k].cap && w.len() > 4 && w.ends_with("ly") && !t[k].is(TIME) {
                k += 1; // `asked rhetorically`
                continue;
            }
            // `this week`, `last year`; but `told the BBC this was …`: `this`, `last`, `next`,
            // `past` are times only before a time noun.
            if t[k].is(TIME)
                && (!self.is_any(u, k, &["this", "last", "next", "past"])
                    || t.get(k + 1).is_some_and(|x| x.word() && x.is(TIME)))
            {
                let mut e = k + 1;
                while e < n && e - k < 3 && t[e].word() && t[e].is(TIME) {
                    e += 1;
                }
                k = e;
                continue;
            }
            // `said of Trump, “…”`, `wrote of the plan that …`: what the words are about.
            if self.is_word(u, k, "of") {
                let mut e = k + 1;
                while e < n
                    && e - k <= 4
                    && t[e].word()
                    && t[e].cue.is_none()
                    && !t[e].is(AUX)
                    && !self.is_word(u, e, "that")
                {
                    e += 1;
                }
                if e > k + 1
                    && (e == n
                        || t[e].punct(',') && t.get(e + 1).is_some_and(|x| x.quote().is_some())
                        || self.is_word(u, e, "that"))
                {
                    k = e;
                    continue;
                }
                break;
            }
            if t[k].is(PREP) && !t[k].cap {
                let mut e = k + 1;
                let mut medium = false;
                let mut timeish = false;
                // `on Monday`, `on Friday night`: a time phrase, whatever follows it.
                let mut only_time = true;
                while e < n
                    && e - k <= 7
                    && t[e].word()
                    && !self.is_word(u, e, "that")
                    && (!t[e].is(STOP) || self.is_word(u, e, "with"))
                    && !(e > k + 1 && only_time && !t[e].is(TIME))
                    // `in a statement it would …`: a medium noun ends the phrase unless a
                    // preposition, a name or a time carries it on (`in an interview with CNN`).
                    // Another medium noun goes on a compound (`in a news release`).
                    && !(medium
                        && t[e].word()
                        && !t[e].cap
                        && !t[e].is(PREP | TIME | MEDIUM)
                        && !self.is_word(u, e, "with"))
                {
                    medium |= t[e].is(MEDIUM);
                    timeish |= t[e].is(TIME) || t[e].cap;
                    only_time &= t[e].is(TIME);
                    e += 1;
                }
                // `in a memo to staff`, `in a letter to supporters`: the addressee of the medium.
                if medium && self.is_word(u, e, "to") {
                    let mut f = e + 1;
                    while f < n
                        && f - e <= 4
                        && t[f].word()
                        && t[f].cue.is_none()
                        && !self.is_word(u, f, "that")
                        && !t[f].is(AUX)
                    {
                        f += 1;
                    }
                    if f > e + 1 && (f == n || !t[f].word() || self.is_word(u, f, "that")) {
                        e = f;
                    }
                }
                if e == k + 1 || !(medium || timeish) {
                    break;
                }
                if e < n
                    && t[e].word()
                    && !self.is_word(u, e, "that")
                    && !t[e].is(PREP | TIME)
                    && !only_time
                    && !medium
                {
                    break; // the phrase runs on into the content
                }
                if medium {
                    let s = self.s(u, k + 1, e);
                    secondary.push((Relation::Medium, s, s, Mention::Other));
                }
                k = e;
                // `in Lake Worth, Fla.`: a place, then its state abbreviation at the end of the
                // sentence.
                if timeish
                    && k + 1 < n
                    && t[k].punct(',')
                    && t[k + 1].word()
                    && t[k + 1].cap
                    && t[k + 1].span.len() <= 6
                    && (k + 2 == n
                        || t[k + 2].punct('.')
                        || self.text[t[k + 1].span].ends_with('.'))
                {
                    k += 2;
                }
                continue;
            }
            break;
        }
        k
    }

    /// Trailing secondary clauses at the end of a content span: `, according to X`, `, citing
    /// X`, `, X reported`. Cuts them off the content.
    fn trailing(&self, u: usize, d: &mut Draft<'h>, used: &mut [bool], after: Option<usize>) {
        let Some((a, mut b)) = d.content_toks else {
            return;
        };
        if let Some(mut k) = after {
            // After the cue: `…,” Kim said, according to KCNA.` — the tokens after the cue.
            let t = &self.units[u].toks;
            while k < t.len() && t[k].punct(',') {
                if let Some((rel, np, next)) = self.secondary_clause(u, k + 1) {
                    let s = self.s(u, np.start, np.end);
                    let h = self.s(u, np.head_start, np.head_end);
                    d.secondary.push((rel, s, h, self.mention_of(u, np)));
                    for x in used.iter_mut().take(next).skip(k) {
                        *x = true;
                    }
                    k = next;
                } else {
                    break;
                }
            }
            // `A wall would stop the criminals, she said, but also the drugs.`: a coordinated
            // remainder after the source goes on the content when it reports nothing itself.
            let e = self.words_end(u, k);
            if k + 2 < e
                && t[k].punct(',')
                && self.is_any(u, k + 1, &["and", "but"])
                && t.get(k + 2)
                    .is_some_and(|x| x.word() && !x.cap || x.quote().is_some())
                && t[k + 1..e]
                    .iter()
                    .all(|x| x.cue.is_none() && !x.punct(',') && !x.punct(';'))
                && !used[k + 1..e].iter().any(|&x| x)
            {
                self.add_piece(u, d, k + 1, e, false);
                for x in used.iter_mut().take(e).skip(k) {
                    *x = true;
                }
            }
            return;
        }
        let t = &self.units[u].toks;
        // Look at the last two commas in the content.
        let mut found = Vec::new();
        let mut commas = (a..b)
            .rev()
            .filter(|&m| t[m].punct(','))
            .take(3)
            .collect::<Vec<_>>();
        commas.sort_unstable();
        for &c in &commas {
            // `…, according to figures released on Friday.`: a source phrase whose noun is
            // no source word of its own, to the end of the sentence.
            let bare = || {
                let k = c + 1 + self.phrase_at(u, c + 1)?;
                let e = self.words_end(u, k);
                (e > k && e - k <= 12 && t[k..e].iter().all(Tok::word)).then(|| {
                    let h = (k + 1..e)
                        .find(|&m| t[m].is(STOP) || t[m].cue.is_some())
                        .unwrap_or(e);
                    let np = Np {
                        start: k,
                        end: e,
                        head_start: k,
                        head_end: h,
                    };
                    (Relation::AccordingTo, np, e)
                })
            };
            if let Some((rel, mut np, mut next)) = self.secondary_clause(u, c + 1).or_else(bare) {
                if next >= b || t[next..b].iter().all(end_punct) || t[next].punct(',') {
                    found.push((c, rel, np, next));
                    continue;
                }
                // `…, according to figures from the bureau.`, `…, according to figures
                // released on Friday.`: the source's own modifier runs to the end of the
                // sentence (past a time adjunct the content may have left out).
                let e = self.words_end(u, next);
                if matches!(rel, Relation::AccordingTo | Relation::Citing)
                    && t[e.min(b)..b].iter().all(end_punct)
                    && e - next <= 16
                    && t[next..e].iter().all(Tok::word)
                {
                    np.end = e;
                    next = e;
                    found.push((c, rel, np, next));
                }
            }
        }
        if let Some(&(c, ..)) = found.first() {
            for &(_, rel, np, next) in &found {
                let s = self.s(u, np.start, np.end);
                let h = self.s(u, np.head_start, np.head_end);
                d.secondary.push((rel, s, h, self.mention_of(u, np)));
                for x in used.iter_mut().take(next).skip(c) {
                    *x = true;
                }
            }
            b = c;
            while b > a
                && matches!(t[b - 1].kind, Kind::Punct(ch) if ch != ')' && !is_close_quote(ch))
            {
                b -= 1;
            }
            if b > a {
                d.contents = vec![self.s(u, a, b)];
                d.content_toks = Some((a, b));
                d.quotes = t[a..b].iter().filter_map(Tok::quote).collect();
                if self.only_quotes(u, a, b) {
                    let (p, q) = self.pieces(u, a, b);
                    d.contents = p;
                    d.quotes = q;
                    d.direct = true;
                }
            }
        }
    }

    /// A secondary-source clause starting at token `k`: `according to X`, `citing X`,
    /// `X reported`. Returns the relation, the mention and the token after the clause.
    fn secondary_clause(&self, u: usize, k: usize) -> Option<(Relation, Np, usize)> {
        let t = &self.units[u].toks;
        if k >= t.len() || !t[k].word() {
            return None;
        }
        if let Some(len) = self.phrase_at(u, k) {
            let mut np = self.np_after(u, k + len, false)?;
            // `…, according to a lawsuit filed in Manhattan by X.`: at the end of the
            // sentence, the source runs to it.
            let e = self.words_end(u, np.end);
            if e > np.end
                && e - np.end <= 16
                && t[np.end].word()
                && !t[np.end].cap
                && !self.time_adjunct_at(u, np.end)
                && {
                    // A participle or a relative clause after the noun (`a lawsuit filed in
                    // Manhattan`; the participle may have been read into the noun phrase).
                    let w = &self.text[t[np.end].span];
                    let last = &self.text[t[np.end - 1].span];
                    w.ends_with("ed")
                        || w.ends_with("ing")
                        || t[np.end].is(WHO)
                        || t[np.end].is(PREP) && (last.ends_with("ed") || last.ends_with("ing"))
                }
                && t[np.end..e]
                    .iter()
                    .all(|x| x.word() && x.cue.is_none() || x.punct(','))
            {
                np.end = e;
            }
            let next = self.skip_time(u, np.end);
            return Some((Relation::AccordingTo, np, next));
        }
        if self.is_word(u, k, "citing") {
            let np = self.np_after(u, k + 1, false)?;
            let next = self.skip_time(u, np.end);
            return Some((Relation::Citing, np, next));
        }
        // `X reported` / `X said`
        let mut e = k;
        while e < t.len() && t[e].word() && t[e].cue.is_none() && e - k < 6 {
            e += 1;
        }
        if e > k && e < t.len() && t[e].cue.is_some_and(|c| c.class != CueClass::Thought) {
            let np = self.head_of(u, k, e)?;
            if !(t[np.head_end - 1].cap || t[np.head_end - 1].is(UNNAMED | ORG)) {
                return None;
            }
            let next = self.skip_time(u, e + 1);
            if next < t.len() && !end_punct(&t[next]) && !t[next].punct(',') {
                return None;
            }
            return Some((Relation::ReportedBy, np, next));
        }
        None
    }

    /// Whether token `m` ends a noun-phrase object that started at `a`: a comma, a
    /// subordinator, or `and`/`or` before a verb.
    fn ends_object(&self, u: usize, a: usize, m: usize) -> bool {
        let t = &self.units[u].toks;
        let x = &t[m];
        if x.punct(',')
            && t.get(m + 1).is_some_and(|y| y.word() && y.cap)
            && (m + 2..t.len().min(m + 6)).any(|k| {
                (self.is_word(u, k, "and") || t[k].punct(','))
                    && t.get(k + 1).is_some_and(|y| y.word() && y.cap)
            })
        {
            return false; // a list of names: `Giles, Millis and Doley`
        }
        if x.punct(',') {
            // `defended the plan, calling it …`: the participle of the same source goes on
            // the attribution.
            // A trailing source (`…, according to KCNA`) is read by `trailing`.
            // `defended the remark, saying …` is a second report of its own.
            return !t.get(m + 1).is_some_and(|y| {
                y.cue
                    .is_some_and(|c| c.form == Form::Ing && c.constraint == Constraint::Naming)
            }) && self.secondary_clause(u, m + 1).is_none();
        }
        if !x.word() || x.cap {
            return false;
        }
        let w = &self.text[x.span];
        if [
            "but", "while", "because", "although", "though", "when", "after", "before", "since",
            "during", "until", "amid", "despite", "whereas",
        ]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
        {
            return m > a;
        }
        if (w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
            && let Some(y) = t.get(m + 1)
            && y.word()
            && !y.cap
        {
            let v = &self.text[y.span];
            return y.is(AUX) || y.cue.is_some() || v.len() > 4 && v.ends_with("ed");
        }
        false
    }

    /// The noun phrase `np` cut before a past-tense verb read into it (`Trump invited
    /// employees` → `Trump`, `The first questioners ranged` → `The first questioners`): a
    /// lower-case `-ed` word after a capitalised word, or ending the phrase after its head.
    fn before_verb(&self, u: usize, np: Np) -> Np {
        let t = &self.units[u].toks;
        match (np.start + 1..np.end).find(|&m| {
            t[m].word()
                && !t[m].cap
                && (t[m - 1].cap
                    || m > np.head_start
                        && (m + 1..np.end)
                            .all(|k| !t[k].cap && self.text[t[k].span].ends_with("ed")))
                && !t[m].is(DET | ROLE | ORG | UNNAMED)
                && self.text[t[m].span].ends_with("ed")
        }) {
            Some(m) => Np {
                start: np.start,
                end: m,
                head_start: np.head_start.min(m - 1),
                head_end: m,
            },
            None => np,
        }
    }

    /// The end of unit `u`'s words: its length without the sentence-final punctuation, but not
    /// before token `from`.
    fn words_end(&self, u: usize, from: usize) -> usize {
        let t = &self.units[u].toks;
        let mut e = t.len();
        while e > from && end_punct(&t[e - 1]) {
            e -= 1;
        }
        e
    }

    /// Whether a time adjunct starts at token `k`: a day or date word (`Monday`, `yesterday`,
    /// `tonight`, `last week`), or a preposition before one within two words (`on Friday`,
    /// `in early September`, `during the night`).
    fn time_adjunct_at(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        let strong = |m: usize| -> bool {
            t.get(m).is_some_and(|x| {
                x.word()
                    && x.is(TIME)
                    && (x.cap
                        && !self.is_any(
                            u,
                            m,
                            &[
                                "day",
                                "week",
                                "month",
                                "year",
                                "night",
                                "morning",
                                "weekend",
                                "season",
                                "evening",
                                "afternoon",
                            ],
                        )
                        || self.is_any(u, m, &["yesterday", "today", "tonight"])
                        || self.is_any(u, m, &["last", "this", "next"])
                            && t.get(m + 1)
                                .is_some_and(|y| y.word() && y.is(TIME) && !y.cap))
            })
        };
        if strong(k) {
            return true;
        }
        t.get(k).is_some_and(|x| x.word() && !x.cap && x.is(PREP))
            && (strong(k + 1)
                || t.get(k + 1).is_some_and(|x| x.word() && x.is(TIME)) && strong(k + 2))
    }

    /// Whether the adjunct at `k` ends its sentence: after its time words, only the end, a
    /// comma, or more prepositional phrases with no verb, quotation or relative word in them.
    fn trailing_adjunct(&self, u: usize, k: usize) -> bool {
        let t = &self.units[u].toks;
        let n = t.len();
        let mut e = k;
        if t[e].is(PREP) {
            e += 1;
        }
        while e < n && e - k < 4 && t[e].word() && (t[e].is(TIME) || t[e].cap) {
            e += 1;
        }
        if e >= n || t[e..].iter().all(end_punct) {
            return true;
        }
        // `…, minutes after …`, `…, as the party …`: a comma, then an adjunct clause.
        if t[e].punct(',') {
            return t.get(e + 1).is_some_and(|x| {
                x.word()
                    && !x.cap
                    && (self.text[x.span].ends_with("ing")
                        || [
                            "as", "when", "after", "before", "while", "since", "because",
                            "although", "though", "minutes", "hours", "days", "weeks",
                        ]
                        .iter()
                        .any(|w| self.text[x.span].eq_ignore_ascii_case(w)))
            });
        }
        t[e].word()
            && t[e].is(PREP)
            && t[e..].iter().all(|x| {
                end_punct(x)
                    || x.word()
                        && x.cue.is_none()
                        && !x.is(AUX | WHO)
                        && !["that", "and", "but", "to"]
                            .iter()
                            .any(|w| self.text[x.span].eq_ignore_ascii_case(w))
            })
    }

    fn skip_time(&self, u: usize, mut k: usize) -> usize {
        let t = &self.units[u].toks;
        if k < t.len() && t[k].is(PREP) && t.get(k + 1).is_some_and(|x| x.is(TIME)) {
            k += 1;
        }
        while k < t.len() && t[k].word() && t[k].is(TIME) {
            k += 1;
        }
        k
    }

    fn mention_of(&self, u: usize, np: Np) -> Mention<'h> {
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
        let common =
            np.head_end - np.head_start == 1 && head.is(ROLE | ORG | UNNAMED | EVIDENCE | DET);
        // `the attorney general of Oklahoma`: the name is the role's complement, not the source.
        if np.head_start > np.start + 1 && self.is_word(u, np.head_start - 1, "of") {
            let role = &t[np.head_start - 2];
            if role.cap {
                // `Ministry of Defence`, `Bank of America`: one name.
                let mut a = np.head_start - 2;
                while a > np.start && t[a - 1].cap && t[a - 1].word() && !t[a - 1].is(DET) {
                    a -= 1;
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
        if head.cap && !common {
            // `Arsenal's Sol Campbell`, `(On) Monday Tony Blair`: an owner or a day before the
            // name is not part of it.
            let mut hs = np.head_start;
            // After the last owner (`Fox TV's Bill O'Reilly`).
            if let Some(o) = (np.head_start..np.head_end - 1).rev().find(|&m| {
                let w = &self.text[t[m].span];
                w.ends_with("'s") || w.ends_with("’s")
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
        Mention::Other
    }

    fn source_of(&self, u: usize, np: Np) -> (Span, Span, Mention<'h>, bool) {
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
    fn titles(&mut self, u: usize) {
        let t = &self.units[u].toks;
        let n = t.len();
        let mut k = 0;
        while k < n {
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
                if f - e >= 2 && !taken(self.s(u, e, f)) {
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
                }
                k = f.max(k + 1);
            } else {
                k += 1;
            }
        }
    }

    fn finish(self) -> Attributions<'h> {
        let text = self.text;
        let quotation_list = self.quotations;
        let mut drafts = self.out;
        drafts.retain(|d| !d.contents.is_empty());
        // A sourceless evidential inside the content of a sourced attribution is part of what
        // that source reports (`Pyongyang appears to have …, South Korea has said`).
        let mut sourced: FxMap<usize, Vec<Span>> = FxMap::default();
        for d in drafts.iter().filter(|d| d.source.is_some()) {
            let last = d.contents.last().copied().unwrap_or(d.contents[0]);
            sourced
                .entry(d.unit)
                .or_default()
                .push(d.contents[0].cover(last));
        }
        drafts.retain(|d| {
            d.source.is_some()
                || !sourced
                    .get(&d.unit)
                    .is_some_and(|cs| cs.iter().any(|c| c.contains(d.contents[0])))
        });
        // Resolve mentions in text order: sources, secondary sources, titled names.
        enum Ev<'h> {
            Source(usize),
            Secondary(usize, usize),
            Titled(Span, Mention<'h>),
        }
        let mut events: Vec<(usize, Ev<'h>)> = Vec::with_capacity(
            drafts.len()
                + drafts.iter().map(|d| d.secondary.len()).sum::<usize>()
                + self.titled.len(),
        );
        for (i, d) in drafts.iter().enumerate() {
            if let Some((s, ..)) = d.source {
                events.push((s.start, Ev::Source(i)));
            }
            for (j, sec) in d.secondary.iter().enumerate() {
                events.push((sec.1.start, Ev::Secondary(i, j)));
            }
        }
        for &(m, name, title) in &self.titled {
            let how = Mention::Name {
                name: Snippet::at(text, name),
                title: Some(Snippet::at(text, title)),
                description: None,
            };
            events.push((m.start, Ev::Titled(name, how)));
        }
        events.sort_by_key(|e| e.0);
        let mut r = Resolver::default();
        let mut src_entity: Vec<Option<usize>> = vec![None; drafts.len()];
        let mut sec_entity: FxMap<(usize, usize), usize> = FxMap::default();
        for (_, ev) in events {
            match ev {
                Ev::Source(i) => {
                    let (s, _, how, unnamed) = drafts[i].source.expect("has a source");
                    if !unnamed {
                        // Documents and studies that show or find are not antecedents of `he`.
                        let speaker = drafts[i].cue_class != CueClass::Perception;
                        src_entity[i] = r.resolve(Snippet::at(text, s), how, speaker);
                    }
                }
                Ev::Secondary(i, j) => {
                    let (rel, s, _, how) = drafts[i].secondary[j];
                    if rel != Relation::Medium
                        && let Some(e) = r.resolve(Snippet::at(text, s), how, false)
                    {
                        sec_entity.insert((i, j), e);
                    }
                }
                Ev::Titled(name, how) => {
                    r.resolve(Snippet::at(text, name), how, false);
                }
            }
        }
        let entities = Shared(r.finish().into());
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
                    entity: src_entity[i],
                    unnamed: d.source.is_some_and(|s| s.3),
                    cue: Snippet::at(text, d.cue),
                    cue_class: d.cue_class,
                    secondary,
                    quotations,
                    entities: entities.clone(),
                }
            })
            .collect();
        attributions.sort_by_key(|a| a.span().start);
        Attributions {
            attributions,
            entities,
        }
    }
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Attributions<'_> {
        attribute_text(text)
    }

    /// The one attribution found in `text` (fails unless there is exactly one).
    fn one(text: &str) -> Attribution<'_> {
        let (mut all, _) = found(text).into_parts();
        assert_eq!(all.len(), 1, "{text}");
        all.remove(0)
    }

    /// The mention of the first secondary source with `relation`.
    fn secondary<'a>(a: &Attribution<'a>, relation: Relation) -> Option<&'a str> {
        a.secondary()
            .iter()
            .find(|s| s.relation() == relation)
            .map(|s| s.mention().as_str())
    }

    #[test]
    fn inflection_covers_regular_forms() {
        let forms: Vec<String> = inflect("claim").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["claim", "claims", "claimed", "claiming"]);
        let forms: Vec<String> = inflect("deny").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["deny", "denies", "denied", "denying"]);
        let forms: Vec<String> = inflect("note").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["note", "notes", "noted", "noting"]);
        let forms: Vec<String> = inflect("agree").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["agree", "agrees", "agreed", "agreeing"]);
        let forms: Vec<String> = inflect("stress").into_iter().map(|f| f.0).collect();
        assert_eq!(forms[1], "stresses");
    }

    #[test]
    fn lexicon_has_irregular_forms_and_classes() {
        let lex = &*LEX;
        assert_eq!(lex.words["said"].1.map(|c| c.class), Some(CueClass::Speech));
        assert_eq!(lex.words["told"].1.map(|c| c.tell), Some(true));
        assert_eq!(
            lex.words["wrote"].1.map(|c| c.class),
            Some(CueClass::Writing)
        );
        assert_eq!(
            lex.words["thought"].1.map(|c| c.class),
            Some(CueClass::Thought)
        );
        assert_eq!(
            lex.words["found"].1.map(|c| c.class),
            Some(CueClass::Perception)
        );
        assert!(lex.words["the"].0 & DET != 0);
        assert!(lex.words["officials"].0 & UNNAMED != 0);
        assert!(lex.words["according"].0 & PHRASE != 0);
        // Listed forms of particle verbs keep their own form.
        assert_eq!(lex.words["referring"].1.map(|c| c.form), Some(Form::Ing));
        assert_eq!(lex.words["referred"].1.map(|c| c.form), Some(Form::Past));
        assert_eq!(lex.words["spoken"].1.map(|c| c.form), Some(Form::Past));
    }

    #[test]
    fn a_particle_participle_after_a_quotation_and_its_cue() {
        let t = triples("“She is better,” Lee said, referring to the governor.");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[1].0.as_deref(), Some("Lee"));
        assert_eq!(t[1].1, "referring to");
        assert_eq!(t[1].2, ["the governor"]);
    }

    #[test]
    fn sentences_cut_through_a_quotation_are_one_unit() {
        let text = "“We won. We will win again,” he said. Then he left.";
        let body: Vec<_> = crate::text::paragraphs(text).collect();
        let qs = crate::quote::quotations(text);
        let mut store = Vec::new();
        let us = units(text, &body, &qs, &mut store);
        assert_eq!(us.len(), 2);
        assert_eq!(&text[us[0].span], "“We won. We will win again,” he said.");
        assert!(store[us[0].toks.start].quote().is_some());
    }

    #[test]
    fn a_noun_is_not_a_cue() {
        assert!(found("The report was long.").attributions().is_empty());
        assert!(
            found("Aides sent requests for comment on the plan.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn a_passive_cue_has_no_source_before_it() {
        // Before an infinitive it is a sourceless evidential.
        let f = found("The building was said to be empty.");
        assert_eq!(f.attributions()[0].source(), None);
        assert!(
            found("The building was described in the report.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn the_participle_of_the_same_source_is_its_own_attribution() {
        let f = found("Kim said the talks failed, adding that he would return.");
        let a = f.attributions();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].contents()[0].as_str(), "the talks failed");
        assert_eq!(a[1].cue().as_str(), "adding");
        assert_eq!(a[1].source().unwrap().as_str(), "Kim");
        assert_eq!(a[1].contents()[0].as_str(), "that he would return");
    }

    #[test]
    fn parenthetical_source() {
        let f = found("The plan, an inside source said, is to wait for the vote.");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["The plan", "is to wait for the vote"]);
        assert_eq!(a.source().unwrap().as_str(), "an inside source");
        // The piece before starts at the last clause boundary.
        let f =
            found("He had a rally that night - and the permit, his aides said, was hard to get.");
        let pieces: Vec<_> = f.attributions()[0]
            .contents()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(pieces, ["the permit", "was hard to get"]);
        // A finite verb, or a verb and a quotation, after the source.
        for (text, after) in [
            (
                "The museum, he said, celebrated several of his heroes.",
                "celebrated several of his heroes",
            ),
            (
                "The steel industry, she said, is \"doing much better.\"",
                "is \"doing much better.\"",
            ),
        ] {
            let f = found(text);
            assert_eq!(f.attributions().len(), 1, "{text}");
            let pieces: Vec<_> = f.attributions()[0]
                .contents()
                .iter()
                .map(|c| c.as_str())
                .collect();
            assert_eq!(pieces.len(), 2, "{text}");
            assert_eq!(pieces[1], after, "{text}");
        }
    }

    #[test]
    fn quotation_after_said_comma_is_the_content() {
        let f = found("In an interview, Lee said, “We will change the rules,” including the fees.");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Direct);
        assert_eq!(a.contents()[0].as_str(), "We will change the rules,");
    }

    #[test]
    fn quotation_sentence_after_reported_speech_in_a_paragraph() {
        let f = found("Lee said the rules had “failed us.” “We will change them.”");
        let a = f.attributions();
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].kind(), AttributionKind::Direct);
        assert_eq!(a[1].contents()[0].as_str(), "We will change them.");
        assert_eq!(a[1].source().unwrap().as_str(), "Lee");
    }

    #[test]
    fn a_participle_after_a_lead_in_takes_the_clause_subject() {
        let f = found(
            "On Monday, after a long silence, Lee met the press and backed the plan, saying it would pass.",
        );
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "saying");
        assert_eq!(a.source().unwrap().as_str(), "Lee");
        assert_eq!(a.contents()[0].as_str(), "it would pass");
    }

    #[test]
    fn according_to_in_the_middle_or_last() {
        let f = found("The implication, according to the aide, is that the deal is off.");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["The implication", "is that the deal is off"]);
        assert_eq!(a.source().unwrap().as_str(), "the aide");
        // Last, with a source that runs on past a slash.
        let f = found("Lee leads the field with 22%, according to a CNN/WMUR poll.");
        let a = &f.attributions()[0];
        assert_eq!(a.contents()[0].as_str(), "Lee leads the field with 22%");
        // An apposition of the source after a whole clause is not content.
        let f = found(
            "Not all campaigns require staff members to sign such deals, according to John Weaver, a strategist.",
        );
        let a = &f.attributions()[0];
        assert_eq!(a.contents().len(), 1);
        assert!(a.contents()[0].as_str().starts_with("Not all campaigns"));
    }

    #[test]
    fn asked_opens_a_question_content() {
        let f = found("Asked by a reporter whether the talks had failed, Lee smiled.");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "Asked");
        assert_eq!(a.source().unwrap().as_str(), "a reporter");
        assert_eq!(a.contents()[0].as_str(), "whether the talks had failed");
        let f = found("When asked about the vote, Lee said nothing.");
        let a = &f.attributions()[0];
        assert_eq!(a.source(), None);
        assert_eq!(a.contents()[0].as_str(), "about the vote");
    }

    #[test]
    fn reported_clause_ends_before_a_comma_clause() {
        for (text, content) in [
            (
                "Lee declared that he could not back the plan, throwing the talks into doubt.",
                "that he could not back the plan",
            ),
            (
                "Lee said the bill would pass, which surprised nobody.",
                "the bill would pass",
            ),
        ] {
            let f = found(text);
            assert_eq!(f.attributions()[0].contents()[0].as_str(), content);
        }
    }

    #[test]
    fn a_quotation_right_after_the_cue_is_direct() {
        let f = found("Protesters shouted “we want more!”, and he left.");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Direct);
        assert_eq!(a.contents()[0].as_str(), "we want more!");
    }

    #[test]
    fn an_apposition_of_several_segments_after_a_quotation() {
        let f = found("“They scare me,” Ann Lee, 30, of Dover, N.H., who was polled, said.");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Direct);
        assert_eq!(a.source_head().unwrap().as_str(), "Ann Lee");
        assert!(a.source().unwrap().as_str().starts_with("Ann Lee, 30"));
    }

    #[test]
    fn seem_and_appear_with_a_complement() {
        let f = found("The senator seemed irritated by the question.");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["The senator", "irritated by the question"]);
        assert_eq!(a.source(), None);
        // A place or company after `appeared` is no complement.
        assert!(
            found("Lee appeared on television on Monday.")
                .attributions()
                .is_empty()
        );
        assert!(
            found("Lee appeared with the mayor.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn naming_an_object_without_a_quotation() {
        let f = found("Lee called the plan a disgrace.");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "called");
        assert_eq!(a.contents()[0].as_str(), "the plan a disgrace");
        // A participle is no naming cue.
        assert!(
            found("He joined a group called Friends of Lee.")
                .attributions()
                .is_empty()
        );
        assert!(
            found("The program, called Lift, ends soon.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn a_bare_content_noun_joins_the_cue() {
        let f = found("The ministry expressed doubt that the test had succeeded.");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "expressed doubt");
        assert_eq!(a.contents()[0].as_str(), "that the test had succeeded");
        // With a determiner the noun is the content's.
        let f = found("Lee repeated his claim that the test had failed.");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "repeated");
        assert_eq!(
            a.contents()[0].as_str(),
            "his claim that the test had failed"
        );
    }

    #[test]
    fn a_quotation_after_an_object_and_a_comma_is_the_content() {
        let f = found("She answered his message by writing, “Stop it now.”");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Direct);
        assert_eq!(a.contents()[0].as_str(), "Stop it now.");
        // A dash before a quotation sets it apart as well.
        let f = found("Nobody was impressed - “Born rich,” Lee said - but they stayed.");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Direct);
        assert_eq!(a.contents()[0].as_str(), "Born rich,");
    }

    #[test]
    fn headline_case_cues() {
        let f = found("Senator Ann Lee Says She Will Run Again");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "Says");
        assert_eq!(a.source().unwrap().as_str(), "Senator Ann Lee");
        assert_eq!(a.contents()[0].as_str(), "She Will Run Again");
        // In running text a capitalised cue word is a name.
        assert!(
            found("He met Hope Wells on Monday.")
                .attributions()
                .is_empty()
        );
        let f = found("A Lesson From Senator Ann Lee: ‘Be Heard.’");
        assert_eq!(f.attributions()[0].contents()[0].as_str(), "Be Heard.");
    }

    #[test]
    fn split_quotation_around_a_cue_with_an_adjunct() {
        let f = found("“Every time you say that,” Lee said, referring to the excuse, “you lose.”");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["Every time you say that,", "you lose."]);
    }

    #[test]
    fn a_quotation_that_goes_on_the_clause_stays_in_it() {
        let f = found(
            "While the board said that Lee was “ready to lead,” critics focused on his past.",
        );
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Mixed);
        assert_eq!(a.contents()[0].as_str(), "that Lee was “ready to lead,”");
    }

    #[test]
    fn a_quotation_after_a_comma_conjunction_keeps_the_clause() {
        let f = found("Lee said he had offers for the gun, but “the offers were bad.”");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Mixed);
        assert_eq!(
            a.contents()[0].as_str(),
            "he had offers for the gun, but “the offers were bad.”"
        );
        let f = found("Lee said he had offers for the gun, but nobody called.");
        assert_eq!(
            f.attributions()[0].contents()[0].as_str(),
            "he had offers for the gun"
        );
    }

    #[test]
    fn a_participle_after_an_object_takes_the_clause_subject() {
        let f = found("One aide tried to play down the comments, saying they were no big deal.");
        let a = f
            .attributions()
            .iter()
            .find(|a| a.cue().as_str() == "saying")
            .unwrap();
        assert_eq!(a.contents()[0].as_str(), "they were no big deal");
        assert!(a.source().unwrap().as_str().starts_with("One"));
    }

    #[test]
    fn passive_known_as_and_seen_as() {
        let f = found("Mr. Lee is known for his dry wit.");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["Mr. Lee", "his dry wit"]);
        assert_eq!(a.cue().as_str(), "is known for");
        assert_eq!(a.source(), None);
        let f = found("The movement, also known as Hizmet, is active.");
        let pieces: Vec<_> = f.attributions()[0]
            .contents()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(pieces, ["The movement", "Hizmet"]);
        let f = found("The state is seen as a prime pickup.");
        assert_eq!(f.attributions()[0].cue().as_str(), "is seen as");
        // Active `see` with an object is no cue without a named subject.
        assert!(
            found("Workers would see a raise by 2022.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn reported_clause_ends_before_a_new_subject_and_cue() {
        let f = found(
            "When the host pointed out that Lee had not answered, the senator said he would.",
        );
        let a = f.attributions();
        assert_eq!(a[0].contents()[0].as_str(), "that Lee had not answered");
        assert_eq!(a[1].source().unwrap().as_str(), "the senator");
        assert_eq!(a[1].contents()[0].as_str(), "he would");
    }

    #[test]
    fn according_to_any_source_phrase() {
        let f = found("According to Lee's memo, the firm paid $4 million in 2010.");
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "Lee's memo");
        assert_eq!(a.contents()[0].as_str(), "the firm paid $4 million in 2010");
        let f = found(
            "According to cables that were later released by WikiLeaks, the aides pressed diplomats.",
        );
        let a = &f.attributions()[0];
        assert_eq!(a.contents()[0].as_str(), "the aides pressed diplomats");
        let f = found("“We will finish the work soon,” according to CNN.");
        let a = &f.attributions()[0];
        assert_eq!(a.kind(), AttributionKind::Direct);
        assert_eq!(a.source().unwrap().as_str(), "CNN");
    }

    #[test]
    fn sources_with_an_age_or_a_time_before_the_cue() {
        let f = found("Ann Lee, 27, a nurse in Ohio, said the vote was close.");
        let a = &f.attributions()[0];
        assert_eq!(a.source_head().unwrap().as_str(), "Ann Lee");
        let f = found("Party spokesman Sean Lee on Thursday evening said the party was fine.");
        let a = &f.attributions()[0];
        assert_eq!(a.source_head().unwrap().as_str(), "Sean Lee");
        assert_eq!(a.contents()[0].as_str(), "the party was fine");
    }

    #[test]
    fn a_cue_word_after_a_possessive_or_a_number_is_a_noun() {
        for text in [
            "Lee’s comments came as the vote closed.",
            "Editor's note: the story was updated.",
            "Lee had 45 percent support in the poll.",
        ] {
            assert!(found(text).attributions().is_empty(), "{text}");
        }
    }

    #[test]
    fn a_reporting_noun_after_its_owner() {
        let f = found("Politifact checked Lee’s claim that crime had doubled.");
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "Lee");
        assert_eq!(a.cue().as_str(), "claim");
        assert_eq!(a.contents()[0].as_str(), "that crime had doubled");
        let f = found("Others joined Pence’s call for a special prosecutor.");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "call for");
        assert_eq!(a.contents()[0].as_str(), "a special prosecutor");
        // A time after the preposition says when, not what.
        assert!(triples("He will give his view on Tuesday.").is_empty());
    }

    #[test]
    fn relative_clause_content() {
        let f = found("The governor signed the bill, which critics said was unfair to tenants.");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(pieces, ["which", "was unfair to tenants"]);
        assert_eq!(a.source().unwrap().as_str(), "critics");
        // The clause ends at its comma.
        let f = found("Her vote, which she has said was a mistake, hurt her campaign.");
        let pieces: Vec<_> = f.attributions()[0]
            .contents()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(pieces, ["which", "was a mistake"]);
        // A complement `that` after a verb is no relative word.
        let f = found("Kim explained through a spokesman that he had simply wanted to help.");
        assert!(
            f.attributions()
                .iter()
                .all(|a| a.contents()[0].as_str() != "that")
        );
    }

    #[test]
    fn content_first_clause_skips_a_lead_in_adverbial() {
        let f = found("In return, the North received drones, South Korea has said.");
        assert_eq!(
            f.attributions()[0].contents()[0].as_str(),
            "the North received drones"
        );
    }

    #[test]
    fn continue_is_a_cue_only_after_a_quotation() {
        assert!(
            found("Cruz continued campaigning on Friday in Ohio.")
                .attributions()
                .is_empty()
        );
        assert_eq!(found("“We go on,” Cruz continued.").attributions().len(), 1);
    }

    #[test]
    fn a_question_then_its_source_sentence_with_an_adjunct() {
        let a = found("“Where is the money?” Okafor said at the rally. “Nobody knows.”");
        let a = a.attributions();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].source().map(|s| s.as_str()), Some("Okafor"));
        let c: Vec<&str> = a[0].contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(c, ["Where is the money?", "Nobody knows."]);
        // A postquote cue in its own sentence after a question.
        let a = found("“Is it over?” Lindqvist continued. “Is it really?”");
        assert_eq!(a.attributions().len(), 1);
        assert_eq!(a.attributions()[0].cue().as_str(), "continued");
        // A clause after the adjunct is not an adjunct.
        let a = found("“Why now?” Okafor said in the hall that he would stay.");
        assert!(
            a.attributions()
                .iter()
                .all(|x| x.contents().iter().all(|c| c.as_str() != "Why now?"))
        );
    }

    #[test]
    fn coordinated_source_after_a_quotation() {
        let a = found("“We will not wait,” the mayor and the union leader said on Monday.");
        let a = a.attributions();
        assert_eq!(a.len(), 1);
        assert_eq!(
            a[0].source().map(|s| s.as_str()),
            Some("the mayor and the union leader")
        );
        assert_eq!(a[0].contents()[0].as_str(), "We will not wait,");
        // Not without the quotation right before the first phrase.
        let a = found("Farmers in the valley and the union leader said the harvest was late.");
        assert!(a.attributions().iter().all(|x| {
            x.source()
                .is_none_or(|s| !s.as_str().starts_with("Farmers"))
        }));
    }

    #[test]
    fn a_new_source_and_cue_with_a_quotation_after_a_reported_clause() {
        let f =
            found("When the chair said the vote was over, Moreau replied, “It has barely begun.”");
        let a = f.attributions();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].contents()[0].as_str(), "the vote was over");
        assert_eq!(a[1].source().map(|s| s.as_str()), Some("Moreau"));
        assert_eq!(a[1].cue().as_str(), "replied");
        assert_eq!(a[1].contents()[0].as_str(), "It has barely begun.");
    }

    #[test]
    fn a_subject_a_short_predicate_and_a_colon_before_a_quotation() {
        let f = found("Okonkwo hesitated: “Ask me again in a year.”");
        let a = f.attributions();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].source().map(|s| s.as_str()), Some("Okonkwo"));
        assert_eq!(a[0].cue().as_str(), "hesitated:");
        assert_eq!(a[0].contents()[0].as_str(), "Ask me again in a year.");
        let f = found("As Professor Ruiz put it: “Ports are the new borders.”");
        assert_eq!(
            f.attributions()[0].source().map(|s| s.as_str()),
            Some("Professor Ruiz")
        );
        // Not a determiner phrase, not text after the quotation.
        assert!(
            found("The sign hesitated: “Stop.”")
                .attributions()
                .is_empty()
        );
        assert!(
            found("Okonkwo hesitated: “Ask me,” and left.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn a_participle_after_a_subordinator_takes_the_clause_subject() {
        let f = found("Dockers marched to the port while chanting, “Fair pay now.”");
        let a = f.attributions();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].source().map(|s| s.as_str()), Some("Dockers"));
        assert_eq!(a[0].cue().as_str(), "chanting");
        assert_eq!(a[0].contents()[0].as_str(), "Fair pay now.");
        // Without a quotation after it, the participle is not read this way.
        assert!(
            found("Dockers marched to the port while chanting slogans.")
                .attributions()
                .iter()
                .all(|x| x.cue().as_str() != "chanting")
        );
    }

    #[test]
    fn manner_of_speaking_verbs_after_a_quotation() {
        let f = found("“We made it!” beamed Ana Costa, the team captain.");
        assert_eq!(f.attributions().len(), 1);
        assert_eq!(f.attributions()[0].cue().as_str(), "beamed");
        let f = found("“Not today,” the minister demurred.");
        assert_eq!(f.attributions()[0].cue().as_str(), "demurred");
        // Only after a quotation.
        assert!(
            found("The lights beamed over the square.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn a_place_with_a_state_abbreviation_ends_the_adjunct() {
        let f = found("“We are back,” Reyes told voters in Santa Rosa, Calif. “And we stay.”");
        let a = f.attributions();
        assert_eq!(a.len(), 1);
        let c: Vec<&str> = a[0].contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(c, ["We are back,", "And we stay."]);
    }

    #[test]
    fn naming_needs_a_quotation_or_for() {
        assert!(
            found("They call each other often in the evening.")
                .attributions()
                .is_empty()
        );
        let f = found("Kim called the plan “a farce”.");
        assert_eq!(f.attributions()[0].kind(), AttributionKind::Mixed);
        let f = found("Clinton has called for a no-fly zone over the city.");
        assert_eq!(f.attributions()[0].cue().as_str(), "has called for");
        assert_eq!(
            f.attributions()[0].contents()[0].as_str(),
            "a no-fly zone over the city"
        );
    }

    #[test]
    fn particle_cues() {
        let f = found("Kim talked about the need for new talks with Seoul.");
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "talked about");
        assert_eq!(
            a.contents()[0].as_str(),
            "the need for new talks with Seoul"
        );
        // Without its particle the verb is no cue.
        assert!(
            found("Kim talked with reporters for an hour.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn quotation_paragraph_after_reported_speech_continues_it() {
        let f = found("Kim said the talks had failed.\n\n“We will not return.”");
        let a = f.attributions();
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].kind(), AttributionKind::Direct);
        assert_eq!(a[1].source().unwrap().as_str(), "Kim");
        assert_eq!(a[1].entity(), a[0].entity());
        // Not after an unnamed source.
        let f = found("Officials said the talks had failed.\n\n“We will not return.”");
        assert_eq!(f.attributions().len(), 1);
    }

    #[test]
    fn noun_readings_of_cue_lemmas() {
        assert!(
            found("The state budget passed on Friday.")
                .attributions()
                .is_empty()
        );
        assert!(
            found("Her emails went unread for a week.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn of_names_and_of_roles() {
        let f = found(
            "“No,” the Ministry of Defence said. “Yes,” Jane Roe, the attorney general of Ohio, said.",
        );
        let names: Vec<_> = f.entities().iter().map(|e| e.name()).collect();
        assert_eq!(names, ["Ministry of Defence", "Jane Roe"]);
        assert_eq!(
            f.entities()[0].kind(),
            crate::entity::EntityKind::Organisation
        );
        assert_eq!(
            f.attributions()[0].source_head().unwrap().as_str(),
            "Ministry of Defence"
        );
    }

    #[test]
    fn sourceless_evidentials() {
        let f = found("The final company is expected to generate more cash by 2018.");
        let a = &f.attributions()[0];
        let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(
            pieces,
            ["The final company", "to generate more cash by 2018"]
        );
        assert_eq!(a.source(), None);
        assert_eq!(a.cue().as_str(), "is expected");
        // Inside what a named source reports, it is not an attribution of its own.
        let f =
            found("In return, Pyongyang appears to have received drones, South Korea has said.");
        assert_eq!(f.attributions().len(), 1);
        assert_eq!(
            f.attributions()[0].source().unwrap().as_str(),
            "South Korea"
        );
    }

    #[test]
    fn a_quotation_over_paragraphs_is_one_attribution() {
        // The scanner's multi-paragraph quotation, built by hand (the provisional scanner pairs
        // within a paragraph only).
        let text = "Kim said: “We won.\n\n“We will win again.\n\n“And again.”\n\nThen he left.";
        let body: Vec<_> = crate::text::paragraphs(text).collect();
        let piece = |s: &str| {
            let start = text.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        let q = Quotation {
            haystack: text,
            span: Span::new(
                text.find('“').unwrap(),
                text.rfind('”').unwrap() + '”'.len_utf8(),
            ),
            pieces: vec![
                piece("We won."),
                piece("We will win again."),
                piece("And again."),
            ],
            style: crate::quote::MarkStyle::CurlyDouble,
            kind: crate::quote::QuoteKind::Full,
            parent: None,
            closed: true,
        };
        let f = attribute(text, &body, &[q]);
        assert_eq!(f.attributions().len(), 1, "{:#?}", f.attributions());
        let pieces: Vec<_> = f.attributions()[0]
            .contents()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(pieces, ["We won.", "We will win again.", "And again."]);
        assert_eq!(f.attributions()[0].kind(), AttributionKind::Direct);
        // Attributed at its end.
        let text = "“We won.\n\n“We will win again,” he said.";
        let body: Vec<_> = crate::text::paragraphs(text).collect();
        let start = |s: &str| text.find(s).unwrap();
        let q = Quotation {
            haystack: text,
            span: Span::new(0, start(" he said")),
            pieces: vec![
                Span::new(start("We won."), start("We won.") + 7),
                Span::new(
                    start("We will"),
                    start("We will") + "We will win again,".len(),
                ),
            ],
            style: crate::quote::MarkStyle::CurlyDouble,
            kind: crate::quote::QuoteKind::Full,
            parent: None,
            closed: true,
        };
        let f = attribute(text, &body, &[q]);
        assert_eq!(f.attributions().len(), 1);
        let pieces: Vec<_> = f.attributions()[0]
            .contents()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(pieces, ["We won.", "We will win again,"]);
    }

    #[test]
    fn run_on_input_stays_fast() {
        // Quadratic clause scans would take minutes here.
        let text = "Kim said, “yes” and officials said ".repeat(20_000);
        let start = std::time::Instant::now();
        let _ = found(&text);
        let text = "said ".repeat(100_000);
        let _ = found(&text);
        // Many entities that share a surname, titles and pronouns.
        let text: String = (0..20_000)
            .map(|i| {
                format!("“Yes,” President Ann{i} Smith said. “No,” she added. Smith{i} left.\n")
            })
            .collect();
        let f = found(&text);
        assert!(f.entities().len() >= 20_000);
        assert!(start.elapsed().as_secs() < 20);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            "“",
            "”",
            "said",
            "“,” said",
            ", according to",
            "As per",
            "— ",
            "a:“b”",
            "\r\n“x”\r\n—",
            // A cue and its preposition end the text (found by mutating real articles).
            "He was seen as",
            "The group, known as",
            "Arab News quoted Lee as saying",
            "“It is over,” the paper quotes",
            "added $",
        ] {
            let _ = found(t);
        }
    }

    #[test]
    fn a_time_phrase_after_the_cue_leaves_the_content_after_it() {
        for (text, content) in [
            (
                "The army said on Monday it had shot down 40 drones.",
                "it had shot down 40 drones",
            ),
            (
                "Kim said on Friday night the talks would resume.",
                "the talks would resume",
            ),
            (
                "The army said on Monday that it had withdrawn.",
                "that it had withdrawn",
            ),
        ] {
            let f = found(text);
            let a = f.attributions();
            assert_eq!(a.len(), 1, "{text}");
            assert_eq!(a[0].contents()[0].as_str(), content);
            assert_eq!(a[0].cue().as_str(), "said");
        }
    }

    #[test]
    fn a_possessive_opens_the_source_noun_phrase() {
        let f = found("Ukraine's air force said it had shot down 40 drones.");
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "Ukraine's air force");
        assert_eq!(a.contents()[0].as_str(), "it had shot down 40 drones");
    }

    #[test]
    fn a_participle_after_by_or_without_takes_the_clause_subject() {
        for (text, source, cue, content) in [
            (
                "Lee won the seat by telling voters he shared their fears.",
                "Lee",
                "telling",
                "he shared their fears",
            ),
            (
                "The senator left without saying whether she would run.",
                "The senator",
                "saying",
                "whether she would run",
            ),
            (
                "The plan passed, with critics saying it was rushed.",
                "critics",
                "saying",
                "it was rushed",
            ),
            (
                "The group issued a statement saying it had left the talks.",
                "The group",
                "saying",
                "it had left the talks",
            ),
        ] {
            let a = one(text);
            assert_eq!(a.source().unwrap().as_str(), source, "{text}");
            assert_eq!(a.cue().as_str(), cue, "{text}");
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
        }
    }

    #[test]
    fn a_cue_after_and_or_but_inherits_the_clause_subject() {
        let text = "Some donors left the party, and argue that the vote was rigged.";
        let f = found(text);
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.cue().as_str(), "argue");
        assert!(a.source().unwrap().as_str().starts_with("Some"));
        assert_eq!(a.contents()[0].as_str(), "that the vote was rigged");
        // Not the verb of a relative clause in the source.
        let text = "Ann Lee, who has not read the report but knows its gist, said it was long.";
        let f = found(text);
        assert_eq!(f.attributions().len(), 1);
        assert_eq!(f.attributions()[0].cue().as_str(), "said");
    }

    #[test]
    fn shares_and_plural_heads_with_a_prepositional_phrase_as_sources() {
        for (text, source, content) in [
            (
                "Some 42% say they are liberal.",
                "Some 42%",
                "they are liberal",
            ),
            (
                "A mere 9 percent say they only buy local.",
                "A mere 9 percent",
                "they only buy local",
            ),
            (
                "Proponents of the new bill say it would help.",
                "Proponents of the new bill",
                "it would help",
            ),
            (
                "Fifteen percent of voters in the poll said they were undecided.",
                "Fifteen percent of voters in the poll",
                "they were undecided",
            ),
        ] {
            let a = one(text);
            assert_eq!(a.source().unwrap().as_str(), source, "{text}");
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
        }
        for (text, source, head) in [
            (
                "People close to him say he is shy.",
                "People close to him",
                "People",
            ),
            (
                "Several sources privy to negotiations say the deal is close.",
                "Several sources privy to negotiations",
                "Several sources",
            ),
            ("Lee himself said the race was close.", "Lee himself", "Lee"),
            ("One says the market is up.", "One", "One"),
            (
                "Speaker Paul Ryan on Thursday declared that he would not run.",
                "Speaker Paul Ryan",
                "Paul Ryan",
            ),
            (
                "Prime Minister Theresa May said the talks failed.",
                "Prime Minister Theresa May",
                "Theresa May",
            ),
        ] {
            let a = one(text);
            assert_eq!(a.source().unwrap().as_str(), source, "{text}");
            assert_eq!(a.source_head().unwrap().as_str(), head, "{text}");
        }
        // A share before a noun reading stays no cue.
        assert!(
            found("About 45 percent support for the plan is soft.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn a_cue_after_a_verb_and_to_takes_the_subject_of_the_verb() {
        for (text, source, content) in [
            (
                "Lee went on to say that the deal was dead.",
                "Lee",
                "that the deal was dead",
            ),
            (
                "Kim was quick to add that the plan was not final.",
                "Kim",
                "that the plan was not final",
            ),
        ] {
            let a = one(text);
            assert_eq!(a.source().unwrap().as_str(), source, "{text}");
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
        }
        // Not an object or a prepositional object before `to`.
        for text in [
            "The plan is to say nothing.",
            "The panel held her in contempt of Congress to testify about the server.",
        ] {
            assert!(found(text).attributions().is_empty(), "{text}");
        }
    }

    #[test]
    fn a_thought_participle_before_a_that_clause_keeps_its_subject() {
        let f = found("The government is worried that the rhetoric could hurt trade.");
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "The government");
        assert_eq!(a.cue().as_str(), "is worried");
        assert_eq!(
            a.contents()[0].as_str(),
            "that the rhetoric could hurt trade"
        );
    }

    #[test]
    fn a_new_source_and_cue_in_a_content_start_their_own_attribution() {
        let text = "The group claimed the attack but officials have said they doubt it.";
        let f = found(text);
        let got: Vec<_> = f
            .attributions()
            .iter()
            .map(|a| (a.cue().as_str(), a.contents()[0].as_str()))
            .collect();
        assert_eq!(
            got,
            [("claimed", "the attack"), ("have said", "they doubt it")]
        );
        // A cue of the content's own clause stays inside it.
        let f = found("Lee said the firm reported a loss.");
        assert_eq!(f.attributions().len(), 1);
        assert_eq!(
            f.attributions()[0].contents()[0].as_str(),
            "the firm reported a loss"
        );
    }

    #[test]
    fn directive_cues_and_their_noun_readings() {
        let f = found("The judge ordered that the files be released.");
        assert_eq!(f.attributions().len(), 1);
        assert_eq!(f.attributions()[0].cue().as_str(), "ordered");
        assert_eq!(
            f.attributions()[0].contents()[0].as_str(),
            "that the files be released"
        );
        assert!(
            found("He signed an executive order on Monday.")
                .attributions()
                .is_empty()
        );
    }

    #[test]
    fn a_quotation_sentence_continues_the_last_speech_attribution() {
        let f = found("Roe said the vote was close, and she hopes to win it. \"It is not over.\"");
        let last = f.attributions().last().unwrap();
        assert_eq!(last.contents()[0].as_str(), "It is not over.");
        assert_eq!(last.cue().as_str(), "said");
        assert_eq!(last.source().unwrap().as_str(), "Roe");
    }

    #[test]
    fn a_thought_reported_by_a_trailing_source_is_that_source_s_content() {
        let f = found("Lee believes the deal is good, aides said.");
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "aides");
        assert_eq!(a.cue().as_str(), "said");
        assert_eq!(a.contents()[0].as_str(), "Lee believes the deal is good");
        let f = found("Lee praised the plan, aides said.");
        assert_eq!(f.attributions().len(), 1);
        assert_eq!(f.attributions()[0].cue().as_str(), "said");
        assert_eq!(
            f.attributions()[0].contents()[0].as_str(),
            "Lee praised the plan"
        );
        // Speech keeps its reporter as a secondary source.
        let f = found("Kim said the talks failed, KCNA reported.");
        assert_eq!(f.attributions()[0].cue().as_str(), "said");
    }

    #[test]
    fn an_inherited_source_skips_a_lead_in_phrase() {
        let f = found("On Sunday, the mayor spoke for an hour, saying the plan was dead.");
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "the mayor");
        assert_eq!(a.contents()[0].as_str(), "the plan was dead");
    }

    #[test]
    fn a_paragraph_opening_with_a_source_and_a_colon() {
        let f = found("Poll: Lee and Kim in dead heat before the debate.");
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "Poll");
        assert_eq!(a.cue().as_str(), ":");
        assert_eq!(
            a.contents()[0].as_str(),
            "Lee and Kim in dead heat before the debate"
        );
        for text in [
            "Update: The story has been corrected.",
            "He had one goal. Lee: win the vote.",
            "The plan: raise taxes and cut spending.",
        ] {
            assert!(found(text).attributions().is_empty(), "{text}");
        }
    }

    #[test]
    fn a_participle_clause_of_the_content_is_no_apposition_of_an_inverted_source() {
        let f = found(
            "That would hurt Lee before the vote, forcing her to fight on, said Brad Bann, a \
             pollster.",
        );
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.source_head().unwrap().as_str(), "Brad Bann");
        assert!(a.contents()[0].as_str().starts_with("That would hurt Lee"));
    }

    #[test]
    fn a_relative_word_as_the_object_of_a_cue_is_its_content() {
        let f = found("He faces a charge of fraud, which he has denied.");
        assert_eq!(f.attributions().len(), 1);
        let a = &f.attributions()[0];
        assert_eq!(a.contents()[0].as_str(), "which");
        assert_eq!(a.source().unwrap().as_str(), "he");
        assert_eq!(a.cue().as_str(), "has denied");
        // `that` after a verb opens a clause, not a relative one.
        let f = found("He said that officials said.");
        assert!(
            f.attributions()
                .iter()
                .all(|a| a.contents()[0].as_str() != "that")
        );
    }

    #[test]
    fn appositions_with_abbreviations_parentheticals_and_relative_clauses() {
        for (text, source, head, content) in [
            (
                "Maria Lopez, 41, of Dayton, Ala., says her main worry is rent.",
                "Maria Lopez, 41, of Dayton, Ala.",
                "Maria Lopez",
                "her main worry is rent",
            ),
            (
                "Sen. Jane Roe, R-Fla., said the bill failed.",
                "Sen. Jane Roe, R-Fla.",
                "Jane Roe",
                "the bill failed",
            ),
            (
                "One of his aides, Tad Devo, told reporters that he would stay.",
                "One of his aides, Tad Devo",
                "Tad Devo",
                "that he would stay",
            ),
            (
                "Liberal economists, like their conservative peers, say a tax cut helps growth.",
                "Liberal economists, like their conservative peers",
                "Liberal economists",
                "a tax cut helps growth",
            ),
            (
                "Larry Mayer, a banker who argued with her at the meeting, said that rates were low.",
                "Larry Mayer, a banker who argued with her at the meeting",
                "Larry Mayer",
                "that rates were low",
            ),
            (
                "Jane Roe — a nurse from Dover — says she voted for Lee.",
                "Jane Roe — a nurse from Dover",
                "Jane Roe",
                "she voted for Lee",
            ),
            (
                "The scholars -- Mr. Tribe and Ms. Epps -- agreed there are good judges.",
                "The scholars -- Mr. Tribe and Ms. Epps",
                "The scholars",
                "there are good judges",
            ),
            (
                "The union, based in Ohio, said the deal was fair.",
                "The union, based in Ohio",
                "The union",
                "the deal was fair",
            ),
            (
                "Ann Hedge, who appraises golf course properties for the real estate firm \
                 Cushman & Wakefield, said prices fell.",
                "Ann Hedge, who appraises golf course properties for the real estate firm \
                 Cushman & Wakefield",
                "Ann Hedge",
                "prices fell",
            ),
            (
                "Rep. Sandy Lev (Mich.), a delegate supporting Lee, said he has spoken to her.",
                "Rep. Sandy Lev (Mich.), a delegate supporting Lee",
                "Sandy Lev",
                "he has spoken to her",
            ),
            (
                "His wife, longtime Lee aide Huma Ab, announced they were separated.",
                "His wife, longtime Lee aide Huma Ab",
                "Huma Ab",
                "they were separated",
            ),
            (
                "The employee, a registered Republican who spoke on the condition of \
                 anonymity, said she was fired.",
                "The employee, a registered Republican who spoke on the condition of anonymity",
                "The employee",
                "she was fired",
            ),
            (
                "Kim and other senior lawmakers acknowledge that the bill is flawed.",
                "Kim and other senior lawmakers",
                "other senior lawmakers",
                "that the bill is flawed",
            ),
            (
                "Sens. Jeff Merk and Bob Men all suggested that the claims were false.",
                "Sens. Jeff Merk and Bob Men all",
                "Bob Men",
                "that the claims were false",
            ),
            (
                "Mike Bloom, who's thinking about running, said it was hard to win.",
                "Mike Bloom, who's thinking about running",
                "Mike Bloom",
                "it was hard to win",
            ),
        ] {
            let a = one(text);
            assert_eq!(a.source().unwrap().as_str(), source, "{text}");
            assert_eq!(a.source_head().unwrap().as_str(), head, "{text}");
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
        }
    }

    #[test]
    fn a_role_then_a_name_in_commas_is_one_source() {
        for text in [
            "The spokesman, Dmitry Peskov, said talks were constructive.",
            "The Kremlin spokesman, Dmitry Peskov, told reporters that talks were constructive.",
        ] {
            let f = found(text);
            let a = &f.attributions()[0];
            assert!(
                a.source()
                    .unwrap()
                    .as_str()
                    .ends_with("spokesman, Dmitry Peskov"),
                "{text}"
            );
            assert_eq!(a.source_head().unwrap().as_str(), "Dmitry Peskov");
            assert!(
                a.contents()[0]
                    .as_str()
                    .ends_with("talks were constructive")
            );
        }
    }

    #[test]
    fn a_source_head_keeps_its_prepositional_phrase() {
        let f = found("Officials in the Kharkiv region said two people were injured.");
        let a = &f.attributions()[0];
        assert_eq!(
            a.source().unwrap().as_str(),
            "Officials in the Kharkiv region"
        );
        assert_eq!(a.source_head().unwrap().as_str(), "Officials");
        assert!(a.is_unnamed());
        let f = found("Analysts at the bank said rates would fall.");
        assert_eq!(
            f.attributions()[0].source().unwrap().as_str(),
            "Analysts at the bank"
        );
    }

    #[test]
    fn a_medium_phrase_after_the_cue_ends_before_the_content() {
        for (text, content, medium) in [
            (
                "The company said in a statement it would appeal.",
                "it would appeal",
                "a statement",
            ),
            (
                "He said in an interview with CNN he would run.",
                "he would run",
                "an interview with CNN",
            ),
            (
                "He said in an interview with CNN on Friday that he would run.",
                "that he would run",
                "an interview with CNN",
            ),
        ] {
            let f = found(text);
            let a = &f.attributions()[0];
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
            assert_eq!(secondary(a, Relation::Medium), Some(medium), "{text}");
        }
    }

    #[test]
    fn the_recipient_of_told_ends_where_the_reported_clause_begins() {
        for (text, recipient, content) in [
            (
                "She told the BBC she was shocked.",
                "the BBC",
                "she was shocked",
            ),
            (
                "She told Reuters she was shocked.",
                "Reuters",
                "she was shocked",
            ),
            (
                "Kim told the newspaper the plan had failed.",
                "the newspaper",
                "the plan had failed",
            ),
        ] {
            let f = found(text);
            let a = &f.attributions()[0];
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
            assert_eq!(secondary(a, Relation::Recipient), Some(recipient), "{text}");
        }
    }

    #[test]
    fn a_relative_clause_in_commas_stays_with_its_subject() {
        for (text, head, content) in [
            (
                "The mayor, who took office in May, said the city would sue.",
                "The mayor",
                "the city would sue",
            ),
            (
                "The company, which employs 500 people, said it would appeal.",
                "The company",
                "it would appeal",
            ),
            (
                "Officials, who spoke on condition of anonymity, said the talks had stalled.",
                "Officials",
                "the talks had stalled",
            ),
        ] {
            let f = found(text);
            let a = &f.attributions()[0];
            assert_eq!(a.source_head().unwrap().as_str(), head, "{text}");
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
        }
    }

    #[test]
    fn an_apposition_chain_from_the_start_of_the_sentence_does_not_underflow() {
        // Regression: the apposition reader walked back to token 0 and subtracted one.
        let f = found("Lee, 30, of Dover, N.H., who was polled, said.");
        for a in f.attributions() {
            assert!(a.source().is_some_and(|s| s.as_str().starts_with("Lee")));
        }
        let f = found("Smith, 30, of Dover, said the plan failed.");
        assert_eq!(f.attributions()[0].source_head().unwrap().as_str(), "Smith");
    }

    /// The (source, cue, contents) of every attribution found in `text`.
    fn triples(text: &str) -> Vec<(Option<String>, String, Vec<String>)> {
        found(text)
            .attributions()
            .iter()
            .map(|a| {
                (
                    a.source().map(|s| s.as_str().to_owned()),
                    a.cue().as_str().to_owned(),
                    a.contents().iter().map(|c| c.as_str().to_owned()).collect(),
                )
            })
            .collect()
    }

    /// Asserts the content pieces of the first attribution in `text`, and their kinds.
    fn assert_pieces(text: &str, pieces: &[&str], kinds: &[AttributionKind]) {
        let f = found(text);
        let a = &f.attributions()[0];
        let got: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(got, pieces, "{text}");
        assert_eq!(a.content_kinds(), kinds, "{text}");
    }

    fn contents_of(text: &str, cue: &str) -> Vec<String> {
        triples(text)
            .into_iter()
            .find(|t| t.1 == cue)
            .map(|t| t.2)
            .unwrap_or_default()
    }

    #[test]
    fn an_object_content_ends_before_a_joined_clause() {
        let t = triples("The senator praised the governor and criticized the plan.");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2, ["the governor"]);
        assert_eq!(t[1].2, ["the plan"]);
        assert_eq!(t[1].0.as_deref(), Some("The senator"));
        assert_eq!(
            contents_of(
                "Okafor endorsed Lindqvist, a move that surprised many.",
                "endorsed"
            ),
            ["Lindqvist"]
        );
        assert_eq!(
            contents_of(
                "Okafor defended the budget while the council met.",
                "defended"
            ),
            ["the budget"]
        );
        // A participle cue of the same source goes on the attribution.
        assert_eq!(
            contents_of("Okafor defended the budget, calling it fair.", "defended"),
            ["the budget, calling it fair"]
        );
    }

    #[test]
    fn a_trailing_time_adjunct_belongs_to_the_cue() {
        assert_eq!(
            contents_of(
                "Lee said the plan was dead on Wednesday at a rally in Ohio.",
                "said"
            ),
            ["the plan was dead"]
        );
        // A time inside the clause, with more clause after it, stays.
        assert_eq!(
            contents_of("Lee said the vote on Friday would decide the race.", "said"),
            ["the vote on Friday would decide the race"]
        );
    }

    #[test]
    fn a_cue_in_a_sentence_opening_clause_ends_at_its_comma() {
        assert_eq!(
            contents_of(
                "When officials announce a deal, markets will rally.",
                "announce"
            ),
            ["a deal"]
        );
        // A subordinate clause inside the content is the content's own.
        assert_eq!(
            contents_of(
                "Lee said that if the deal fails, markets will fall.",
                "said"
            ),
            ["that if the deal fails, markets will fall"]
        );
    }

    #[test]
    fn a_digit_group_comma_is_not_a_clause_comma() {
        assert_eq!(
            contents_of("Officials said 2,400 people were evacuated.", "said"),
            ["2,400 people were evacuated"]
        );
    }

    #[test]
    fn an_infinitive_cue_takes_the_clause_subject() {
        let t = triples("The mayor went to City Hall to denounce the budget cuts.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("The mayor"));
        assert_eq!(t[0].1, "denounce");
        assert_eq!(t[0].2, ["the budget cuts"]);
        // After a cue verb, the infinitive is that cue's content, not a second attribution.
        let t = triples("Lee wants to denounce the cuts.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].1, "wants");
    }

    #[test]
    fn a_passive_cue_with_its_agent() {
        let t = triples("The plan was sharply criticized by economists.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("economists"));
        assert_eq!(t[0].2, ["The plan"]);
        assert!(
            t[0].1.starts_with("was") && t[0].1.ends_with("by"),
            "{}",
            t[0].1
        );
        // Without an agent the subject is still what was said about; no source is named.
        let t = triples("The plan was criticized over its cost.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, None);
        assert_eq!(t[0].2, ["The plan"]);
        // Not a thought verb: `is expected` reads as an evidential only before `to`.
        assert!(triples("The plan was expected.").is_empty());
    }

    #[test]
    fn a_noun_in_ly_after_a_determiner_is_a_source() {
        for text in [
            "The family said it was ready.",
            "“We are ready,” the daily wrote.",
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}");
            assert!(
                t[0].0
                    .as_deref()
                    .is_some_and(|s| s.ends_with("family") || s.ends_with("daily"))
            );
        }
        // An adverb still joins the cue.
        let t = triples("Lee quickly said it was ready.");
        assert_eq!(t[0].0.as_deref(), Some("Lee"));
    }

    #[test]
    fn a_parenthetical_source_before_a_verb_or_a_quotation() {
        let t = triples("That culture, they said, emphasizes selling new accounts.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].2, ["That culture", "emphasizes selling new accounts"]);
        let t = triples("The industry, she said, is “doing much better than before.”");
        assert_eq!(
            t[0].2,
            ["The industry", "is “doing much better than before.”"]
        );
    }

    #[test]
    fn a_participle_after_a_subordinator_with_a_clause() {
        let t =
            triples("Kasich smiled before optimistically predicting that the party would heal.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("Kasich"));
        assert_eq!(t[0].2, ["that the party would heal"]);
    }

    #[test]
    fn an_adjunct_between_the_cue_and_its_clause() {
        assert_eq!(
            contents_of(
                "Voters say by a wide margin, 49 percent to 42 percent, that they want change.",
                "say"
            ),
            ["that they want change"]
        );
        assert_eq!(
            contents_of(
                "Lee has said for weeks he is the only candidate.",
                "has said"
            ),
            ["he is the only candidate"]
        );
    }

    #[test]
    fn clause_contents_go_on_through_a_second_that_and_a_colon() {
        assert_eq!(
            contents_of(
                "Lee said that taxes would rise, and that spending would fall.",
                "said"
            ),
            ["that taxes would rise, and that spending would fall"]
        );
        assert_eq!(
            contents_of("Lee argued that the plan failed: nobody used it.", "argued"),
            ["that the plan failed: nobody used it"]
        );
        // A participle cue still starts its own attribution.
        let t = triples("Lee said the plan failed, adding that nobody used it.");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2, ["the plan failed"]);
    }

    #[test]
    fn a_message_saying_is_its_senders() {
        let t = triples("At the time, she released a statement saying, “We are confident.”");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("she"));
        assert_eq!(t[0].2, ["We are confident."]);
        let t = triples("The union issued a statement saying it took the action.");
        assert_eq!(t[0].0.as_deref(), Some("The union"));
        assert_eq!(t[0].2, ["it took the action"]);
        let t = triples("The ad ends with footage of Okafor saying, “That makes me smart.”");
        assert_eq!(t[0].0.as_deref(), Some("Okafor"));
        // A person saying something, with no message or recording, is not a cue.
        assert!(triples("The man saying prayers left.").is_empty());
    }

    #[test]
    fn a_relative_word_as_the_object_of_a_cue() {
        let t = triples("He faced allegations, which he has denied.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("he"));
        assert_eq!(t[0].2, ["which"]);
        let t = triples("She chose Fiorina, who he named Wednesday as his running mate.");
        assert_eq!(
            t.iter().find(|x| x.1 == "named").map(|x| x.2.clone()),
            Some(vec!["who".to_owned()])
        );
        // A complementizer before a cue with a quotation is not an object.
        let t = triples("The debate was so dull that Lee said, “I cannot believe it.”");
        assert!(t.iter().all(|x| x.2 != ["that"]), "{t:?}");
        // A relative clause with its own object keeps the object as the content.
        let t = triples("It was Lee, who denied the report.");
        assert!(t.iter().all(|x| x.2 != ["who"]), "{t:?}");
    }

    #[test]
    fn a_headline_source_before_a_colon() {
        let text = "Poll: Clinton and Trump in dead heat.\n\nThe race is close.";
        let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
        let quotations = crate::quote::quotations(text);
        let found = attribute_in(text, &body, &quotations, Some(0));
        let a = &found.attributions()[0];
        assert_eq!(a.source().map(|s| s.as_str()), Some("Poll"));
        assert_eq!(a.cue().as_str(), ":");
        assert_eq!(a.cue_class(), CueClass::Punctuation);
        assert_eq!(a.contents()[0].as_str(), "Clinton and Trump in dead heat");
        // A quoted headline is direct.
        let text = "Kasich: ‘We Are Going All The Way.’";
        let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
        let quotations = crate::quote::quotations(text);
        let found = attribute_in(text, &body, &quotations, Some(0));
        assert_eq!(found.attributions()[0].kind(), AttributionKind::Direct);
        // Section labels are not sources.
        for (text, headline) in [
            ("The Latest: Clinton leads in Ohio.", Some(0)),
            ("EXCLUSIVE: Clinton leads in Ohio.", Some(0)),
        ] {
            let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
            let quotations = crate::quote::quotations(text);
            let found = attribute_in(text, &body, &quotations, headline);
            assert!(
                found.attributions().iter().all(|a| a.cue().as_str() != ":"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_reporting_noun_with_its_content_after_a_preposition() {
        let t = triples("Sanders renewed his call for a political revolution on Tuesday.");
        let call = t.iter().find(|x| x.1 == "call for").expect("call for");
        assert_eq!(call.0.as_deref(), Some("his"));
        assert_eq!(call.2, ["a political revolution"]);
        let t = triples("Okafor's remarks about the judge, which drew criticism, were a mistake.");
        let r = t
            .iter()
            .find(|x| x.1 == "remarks about")
            .expect("remarks about");
        assert_eq!(r.0.as_deref(), Some("Okafor's"));
        assert_eq!(r.2, ["the judge"]);
        // Not every preposition: `a call to the office` is not a call for anything.
        assert!(triples("She made a call to the office.").is_empty());
    }

    #[test]
    fn a_clause_then_a_colon_then_a_whole_quotation() {
        let t = triples(
            "The first questioners ranged from skeptical to hostile: “Is it time to change?”",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("The first questioners"));
        assert_eq!(t[0].2, ["Is it time to change?"]);
        // A lower-case fragment after the colon is not a quoted sentence of the subject's.
        let t = triples("The sign had one word: “resign.”");
        assert!(t.iter().all(|x| x.2 != ["resign."]), "{t:?}");
    }

    #[test]
    fn a_trailing_source_phrase_with_a_participle() {
        let t = triples("“We won the race,” according to a document filed by the campaign.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("a document filed by the campaign"));
        assert_eq!(t[0].2, ["We won the race,"]);
    }

    #[test]
    fn a_participle_opening_the_sentence_takes_the_main_subject() {
        let t = triples("Insisting it wasn’t rehearsed, Okafor invited employees to the stage.");
        let a = t.iter().find(|x| x.1 == "Insisting").expect("Insisting");
        assert_eq!(a.0.as_deref(), Some("Okafor"));
        assert_eq!(a.2, ["it wasn’t rehearsed"]);
    }

    #[test]
    fn contractions_pronouns_and_source_phrases() {
        // `he’s` is a pronoun: the recipient of `told` ends before it.
        let t = triples("Okafor told the Post he’s received hundreds of emails.");
        assert_eq!(t[0].2, ["he’s received hundreds of emails"]);
        let t = triples("As reported by the Journal, the deal collapsed in March.");
        assert_eq!(t[0].0.as_deref(), Some("the Journal"));
        assert_eq!(t[0].2, ["the deal collapsed in March"]);
        // A pronoun alone can be the object a cue reports on.
        let t = triples("Okafor endorsed him.");
        assert_eq!(t[0].2, ["him"]);
    }

    #[test]
    fn a_quotation_then_the_source_and_a_subordinate_clause() {
        let t = triples("“We will win,” Okafor said as the crowd cheered.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("Okafor"));
        assert_eq!(t[0].2, ["We will win,"]);
        let t = triples("The senator has expressed support for new sanctions.");
        assert_eq!(t[0].1, "has expressed support for");
        assert_eq!(t[0].2, ["new sanctions"]);
        let t = triples("Okafor dismissed criticism from Giles, Millis and Doley.");
        assert_eq!(t[0].2, ["criticism from Giles, Millis and Doley"]);
    }

    #[test]
    fn a_share_in_ten_as_the_source() {
        let t = triples("About four in 10 said they were angry with the government.");
        assert_eq!(t[0].0.as_deref(), Some("About four in 10"));
        let t = triples("More than 4 in 10 said Okafor would be best on the economy.");
        assert_eq!(t[0].0.as_deref(), Some("More than 4 in 10"));
        assert_eq!(t[0].2, ["Okafor would be best on the economy"]);
    }

    #[test]
    fn a_possessive_pronoun_owns_a_reporting_noun() {
        let t = triples("Okafor renewed their claim that the system is rigged.");
        let a = t.iter().find(|x| x.1 == "claim").expect("claim");
        assert_eq!(a.0.as_deref(), Some("their"));
        assert_eq!(a.2, ["that the system is rigged"]);
        // Without a link word the noun is only a noun.
        assert!(triples("Their claim failed.").is_empty());
    }

    #[test]
    fn adjuncts_of_a_topic_and_a_medium_with_its_addressee() {
        let a = one("“Adapt,” he said of Okafor, “whether you win or not.”");
        let c: Vec<&str> = a.contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(c, ["Adapt,", "whether you win or not."]);
        let a = one("Okafor said of the plan that it was dead.");
        assert_eq!(a.contents()[0].as_str(), "that it was dead");
        let a = one("Okafor wrote in a memo to staff that the plan was dead.");
        assert_eq!(a.contents()[0].as_str(), "that the plan was dead");
        assert_eq!(secondary(&a, Relation::Medium), Some("a memo to staff"));
    }

    #[test]
    fn a_content_first_sentence_ending_in_a_prepositional_phrase() {
        let a = one("The deal is close, officials said on condition of anonymity.");
        assert_eq!(a.source().map(|s| s.as_str()), Some("officials"));
        assert_eq!(a.contents()[0].as_str(), "The deal is close");
        // A clause after the preposition is content of its own (`said in May that …`).
        let a = one("Okafor said in May that the deal was close.");
        assert_eq!(a.contents()[0].as_str(), "that the deal was close");
    }

    #[test]
    fn asked_in_the_passive_after_when_and_with_a_request() {
        let a = one("At a town hall, Okafor was asked about securing the border.");
        assert_eq!(a.source(), None);
        assert_eq!(a.contents()[0].as_str(), "about securing the border");
        let t = triples("“You bet,” Okafor said when asked whether she would run.");
        assert_eq!(t.len(), 2);
        assert_eq!(t[1].2, ["whether she would run"]);
        let a = one("Okafor asked workers to sign up for a pay cut.");
        assert_eq!(a.contents()[0].as_str(), "workers to sign up for a pay cut");
        // A quotation sentence after a question goes on the speaker's words, not the question.
        let t = triples("“We won,” Okafor said when asked about the vote. “We earned it.”");
        assert_eq!(t[0].2, ["We won,", "We earned it."]);
    }

    #[test]
    fn a_naming_ends_with_its_quoted_complement() {
        let t = triples(
            "Comey called the plan “extremely careless,” but said no charges would follow.",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2, ["the plan “extremely careless,”"]);
        assert_eq!(t[1].1, "said");
    }

    #[test]
    fn an_as_clause_reports_the_main_clause() {
        let a = one("As Okafor has pointed out, the plan failed.");
        assert_eq!(a.source().map(|s| s.as_str()), Some("Okafor"));
        assert_eq!(a.contents()[0].as_str(), "the plan failed");
        let a = one("The plan failed, as Okafor noted.");
        assert_eq!(a.contents()[0].as_str(), "The plan failed");
    }

    #[test]
    fn a_reduced_adverbial_clause_after_the_source() {
        let t = triples("Okafor, when asked what was wrong, responded that the plan failed.");
        let a = t.iter().find(|x| x.1 == "responded").expect("responded");
        assert!(
            a.0.as_deref().is_some_and(|s| s.starts_with("Okafor")),
            "{a:?}"
        );
        assert_eq!(a.2, ["that the plan failed"]);
        let a = one("Okafor, while speaking to reporters, said the plan failed.");
        assert_eq!(a.source_head().map(|s| s.as_str()), Some("Okafor"));
    }

    #[test]
    fn a_role_for_a_name_is_the_role() {
        let a = one("A spokesman for Okafor said the plan failed.");
        assert_eq!(
            a.source().map(|s| s.as_str()),
            Some("A spokesman for Okafor")
        );
        assert_eq!(a.source_head().map(|s| s.as_str()), Some("A spokesman"));
    }

    #[test]
    fn a_trailing_source_phrase_with_a_participle_and_a_place() {
        let a = one("The men intended to reopen the site, according to a lawsuit filed in Lagos.");
        assert_eq!(a.cue().as_str(), "according to");
        assert_eq!(
            a.source().map(|s| s.as_str()),
            Some("a lawsuit filed in Lagos")
        );
        assert_eq!(
            a.contents()[0].as_str(),
            "The men intended to reopen the site"
        );
    }

    #[test]
    fn a_saying_participle_after_an_object_is_a_report_of_its_own() {
        let t = triples("Okafor defended the remark, saying the budget was fair.");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].2, ["the remark"]);
        assert_eq!(t[1].0.as_deref(), Some("Okafor"));
        assert_eq!(t[1].2, ["the budget was fair"]);
        // A naming participle still goes on the object.
        assert_eq!(
            contents_of("Okafor defended the budget, calling it fair.", "defended"),
            ["the budget, calling it fair"]
        );
    }

    #[test]
    fn a_participle_after_a_comma_inside_quotation_marks() {
        let t = triples("Okafor made a defense of “city values,” saying the city was brave.");
        let saying = t.iter().find(|x| x.1 == "saying").expect("a saying report");
        assert_eq!(saying.0.as_deref(), Some("Okafor"));
        assert_eq!(saying.2, ["the city was brave"]);
        // Without the comma the participle modifies the quotation's noun.
        let t = triples("Okafor waved a “peace” sign saying nothing.");
        assert!(t.iter().all(|x| x.1 != "saying"), "{t:?}");
    }

    #[test]
    fn words_before_a_source_set_off_before_a_quotation() {
        use AttributionKind::{Direct, Indirect};
        assert_pieces(
            "In practical terms, Okafor said, “the era is over.”",
            &["In practical terms", "the era is over."],
            &[Indirect, Direct],
        );
        // The setting of the report is not what was said.
        for text in [
            "In a statement, Okafor said, “We won.”",
            "At the rally on Friday, Okafor said, “We won.”",
            "When asked about the vote, Okafor said, “We won.”",
            "After the vote was counted, Okafor said, “We won.”",
            "Holding up a ballot, Okafor said, “We won.”",
            "When Lee said he had lost, Okafor said, “We won.”",
            "Meanwhile, Okafor said, “We won.”",
        ] {
            let f = found(text);
            let a = f
                .attributions()
                .iter()
                .find(|a| a.source().is_some_and(|s| s.as_str() == "Okafor"))
                .expect(text);
            let pieces: Vec<_> = a.contents().iter().map(|c| c.as_str()).collect();
            assert_eq!(pieces, ["We won."], "{text}");
            assert_eq!(a.content_kinds(), [Direct], "{text}");
        }
    }

    #[test]
    fn a_study_with_a_prepositional_phrase_as_the_source() {
        let t = triples("A review by the auditors shows most of the money was spent.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0.as_deref(), Some("A review by the auditors"));
        assert_eq!(t[0].2, ["most of the money was spent"]);
        let t = triples("An analysis of the data shows the gap is closing.");
        assert_eq!(t[0].0.as_deref(), Some("An analysis of the data"));
        // A person with a `by` phrase is not read this way.
        assert!(triples("A man by the door shows the way.").is_empty());
    }

    #[test]
    fn evidential_complements_after_an_article_or_a_degree_word() {
        for (text, complement) in [
            (
                "The rally seemed a reminder of the primary.",
                "a reminder of the primary",
            ),
            ("The deal appears more likely now.", "more likely now"),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].0, None, "{text}");
            assert_eq!(t[0].2[1], complement, "{text}");
        }
        // A place after `appeared` is no complement.
        assert!(triples("Lee appeared in Ohio on Friday.").is_empty());
    }

    #[test]
    fn a_coordinated_remainder_after_a_trailing_source() {
        use AttributionKind::{Direct, Indirect, Mixed};
        assert_pieces(
            "A wall would stop the smugglers, she said, but also the drugs.",
            &["A wall would stop the smugglers", "but also the drugs"],
            &[Indirect, Indirect],
        );
        assert_pieces(
            "“The deal needs enforcement,” she said, and “clear consequences.”",
            &["The deal needs enforcement,", "and “clear consequences.”"],
            &[Direct, Mixed],
        );
        // A remainder that reports something itself is not this source's.
        let t = triples("The plan failed, she said, and critics argued it was doomed.");
        assert_eq!(t[0].2, ["The plan failed"]);
    }

    #[test]
    fn a_quantity_or_a_thing_added_is_no_report() {
        for text in [
            "Brent crude rose, adding $1.89 to $48.62 at the close.",
            "The firm posted a $676m loss for the quarter.",
            "Shares added 2% on Friday.",
            "Keino and Weepu both added tries to the tally before the whistle.",
            "She added the bill to the agenda.",
            "Nonu then found his way through the defence.",
        ] {
            assert!(triples(text).is_empty(), "{text}");
        }
        // A number opening the reported clause is content.
        assert_eq!(
            contents_of("He added 10 people had died.", "added"),
            ["10 people had died"]
        );
    }

    #[test]
    fn an_infinitive_after_a_verb_of_making_has_the_object_as_subject() {
        // `it` embraces, not the collapse.
        let t = triples("The collapse of the union forced it to embrace foreign capital.");
        assert!(
            t.iter()
                .filter(|x| x.1 == "embrace")
                .all(|x| x.0.as_deref() == Some("it")),
            "{t:?}"
        );
        // The subject's own infinitive is still read.
        let t = triples("Okafor took to the steps to assail the budget.");
        assert_eq!(t[0].0.as_deref(), Some("Okafor"));
    }

    #[test]
    fn a_source_phrase_opening_a_joined_predicate() {
        let t = triples(
            "Tourism has been one of its few success stories and, according to the commission, \
             is now worth $3bn to the country.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0.as_deref(), Some("the commission"));
        assert_eq!(t[0].2, ["is now worth $3bn to the country"]);
    }

    #[test]
    fn ruled_out_is_one_cue() {
        let t = triples("The government has ruled out raising the pension age.");
        assert_eq!(t[0].1, "has ruled out");
        assert_eq!(t[0].2, ["raising the pension age"]);
    }

    #[test]
    fn a_quotation_paragraph_continues_the_finite_cue_not_a_participle_after_it() {
        let f = found("“We lost,” Okafor said, referring to the penalty.\n\n“That was upsetting.”");
        let a = f
            .attributions()
            .iter()
            .find(|a| {
                a.contents()
                    .iter()
                    .any(|c| c.as_str() == "That was upsetting.")
            })
            .expect("the quotation paragraph is attributed");
        assert_eq!(a.cue().as_str(), "said");
        assert_eq!(a.source().unwrap().as_str(), "Okafor");
    }

    #[test]
    fn a_passive_without_an_agent_is_read_for_stance_verbs_only() {
        // `criticized` reports what was said about its subject; `maintained`, `recalled` are
        // other senses in the passive.
        assert_eq!(triples("The plan was criticized.").len(), 1);
        assert!(triples("A quarter of the sites are regularly maintained.").is_empty());
        assert!(triples("The prop was only recalled last week.").is_empty());
    }

    #[test]
    fn a_participle_after_a_noun_modifies_it() {
        assert!(triples("Viruses written to make headlines are getting rarer.").is_empty());
        assert!(triples("The speech given in Ohio drew a crowd.").is_empty());
        let t = triples("The group, known as the Friends, met.");
        assert_eq!(t[0].1, "known as");
    }

    #[test]
    fn a_cue_in_a_relative_clause_ends_its_content_with_the_clause() {
        let t = triples("The rebels, who claim the vote was rigged, marched on the capital.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0.as_deref(), Some("who"));
        assert_eq!(t[0].2, ["the vote was rigged"]);
        let t = triples("Okafor, who argues the plan is fair, said: “We will not move.”");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].2, ["the plan is fair"]);
        assert_eq!(t[1].1, "said");
        assert_eq!(t[1].2, ["We will not move."]);
    }

    #[test]
    fn an_inverted_source_ending_the_sentence_after_a_clause_with_a_noun_phrase() {
        let text = "Output grew for two decades, which led to wealth on a huge scale, says \
                    our correspondent in Beijing.";
        let a = found(text);
        let a = a
            .attributions()
            .iter()
            .find(|a| a.cue().as_str() == "says")
            .expect("a says attribution");
        assert_eq!(a.source().unwrap().as_str(), "our correspondent");
        assert_eq!(
            a.contents()[0].as_str(),
            "Output grew for two decades, which led to wealth on a huge scale"
        );
        // A subject set off by commas keeps its reading.
        let t = triples("Lee, a senior fellow, says the plan failed.");
        assert_eq!(t[0].0.as_deref(), Some("Lee, a senior fellow"));
    }

    #[test]
    fn coreference_does_not_reach_past_an_unnamed_speaker_or_a_gender() {
        // `He` is the spokesman, whom the text does not name: unresolved, not Kim.
        let f = found(
            "“We won,” Kim Jong Un said. A spokesman said the talks failed. He added that \
             more talks were planned.",
        );
        let a = f.attributions();
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].entity_id(), Some(0));
        assert_eq!(a[2].entity_id(), None);
        // Without the spokesman, `He` is Kim.
        let f = found("“We won,” Kim Jong Un said. He added that more talks were planned.");
        assert_eq!(f.attributions()[1].entity_id(), Some(0));
        // A title met later shows the gender: `she` is not Mr Hawkins.
        let f = found(
            "Rally driver Dave Hawkins said the cars were fast. Mr Hawkins said they were \
             safe. “We all race,” she said.",
        );
        let a = f.attributions();
        assert_eq!(a[1].entity(), a[0].entity());
        assert_eq!(a[2].entity(), None);
    }

    #[test]
    fn an_indefinite_role_is_someone_new() {
        let f = found(
            "Chief executive Michael Cherkasky said it was hard. A former senior executive \
             said he was guilty. The executive said it was over.",
        );
        let a = f.attributions();
        assert!(a[0].entity().is_some());
        assert_eq!(a[1].entity(), None);
        // A definite role still names the titled person.
        assert_eq!(a[2].entity(), a[0].entity());
    }

    #[test]
    fn an_owner_or_a_day_before_a_name_is_not_part_of_the_entity_name() {
        let f = found("Arsenal's Sol Campbell said the rivalry was bitter.");
        let e = f.attributions()[0].entity_id().unwrap();
        assert_eq!(f.entities()[e].name(), "Sol Campbell");
        let f = found("Fox TV's Bill O'Reilly said the money must arrive.");
        let e = f.attributions()[0].entity_id().unwrap();
        assert_eq!(f.entities()[e].name(), "Bill O'Reilly");
        let f = found("On Monday Tony Blair insisted the border was safe.");
        let e = f.attributions()[0].entity_id().unwrap();
        assert_eq!(f.entities()[e].name(), "Tony Blair");
    }

    #[test]
    fn a_recipient_ends_before_this_or_that() {
        assert_eq!(
            contents_of("Lee told the BBC this was a big step.", "told"),
            ["this was a big step"]
        );
        assert_eq!(
            contents_of("Lee told the BBC that the plan was good.", "told"),
            ["that the plan was good"]
        );
        // `this week` is still a time.
        assert_eq!(
            contents_of("Lee told reporters this week the plan was dead.", "told"),
            ["the plan was dead"]
        );
        // A bare speaker noun as the one told.
        let f = found("Witnesses told police the driver had been speeding.");
        let a = &f.attributions()[0];
        assert_eq!(a.contents()[0].as_str(), "the driver had been speeding");
        assert_eq!(secondary(a, Relation::Recipient), Some("police"));
    }

    #[test]
    fn continued_after_a_clause_ending_with_a_quotation() {
        let t = triples("But the jet “is a niche player”, Lee continued.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["But the jet “is a niche player”"]);
    }

    #[test]
    fn an_inverted_source_in_the_middle_of_its_clause() {
        let t = triples("The comments, said Lee of the bank, were “too weak to matter”.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["The comments", "were “too weak to matter”"]);
    }

    #[test]
    fn an_outlet_quoting_someone() {
        let f = found("“The reforms worked,” Arab News quoted Prince Saud as saying.");
        let a = &f.attributions()[0];
        assert_eq!(a.source().unwrap().as_str(), "Prince Saud");
        assert_eq!(a.contents()[0].as_str(), "The reforms worked,");
        assert_eq!(
            secondary(a, Relation::ReportedBy),
            Some("Arab News"),
            "{:?}",
            a.secondary()
        );
        let t = triples("The paper quotes Lee as saying in a memo that the plan failed.");
        assert_eq!(t[0].0.as_deref(), Some("Lee"));
        assert_eq!(t[0].2, ["that the plan failed"]);
        let t = triples("“It is over,” the newspaper quotes a source close to the firm.");
        assert_eq!(t[0].0.as_deref(), Some("a source close to the firm"));
        // Quoting a text is no report of it.
        assert!(triples("He quoted the Bible.").is_empty());
    }

    #[test]
    fn quotation_sentences_run_on_in_one_paragraph() {
        let f = found(
            "“Our cash flow is good,” he told Reuters. “We have the money. “The investment \
             may go up to $20bn.”",
        );
        let a = f.attributions();
        assert_eq!(a.len(), 1, "{a:?}");
        let pieces: Vec<_> = a[0].contents().iter().map(|c| c.as_str()).collect();
        assert_eq!(
            pieces,
            [
                "Our cash flow is good,",
                "We have the money.",
                "The investment may go up to $20bn."
            ]
        );
        // The run stays within its paragraph: quotation paragraphs after it are not chained
        // on through it.
        let f = found("“Will we win?” Lee asked.\n\n“Yes!”\n\n“No!”");
        assert!(
            f.attributions()
                .iter()
                .all(|a| a.contents().iter().all(|c| c.as_str() != "No!")),
            "{:?}",
            f.attributions()
        );
    }

    #[test]
    fn an_inverted_source_with_a_role_or_vague_head() {
        let t = triples("“Delays are not unusual,” wrote analysts at the bank in a note.");
        assert_eq!(t[0].0.as_deref(), Some("analysts at the bank"));
        let t = triples("The talks failed, said officials in Kyiv.");
        assert_eq!(t[0].0.as_deref(), Some("officials"));
        assert_eq!(t[0].2, ["The talks failed"]);
    }

    #[test]
    fn an_adverbial_between_the_subject_and_the_cue() {
        for (text, cue, source) in [
            (
                "The bank just this month announced it would cut fees.",
                "announced",
                "The bank",
            ),
            (
                "The critics can no longer claim that he is honest.",
                "claim",
                "The critics",
            ),
            (
                "Her old friends have in the past said she was shy.",
                "said",
                "Her old friends",
            ),
            (
                "The two senators have both urged Lee to testify.",
                "urged",
                "The two senators",
            ),
            (
                "Kim, who has in the past praised Lee, left.",
                "praised",
                "who",
            ),
            (
                "Dana Okafor on Friday evening said the talks would go on.",
                "said",
                "Dana Okafor",
            ),
            (
                "Rep. Ann Lee (D-Ohio) last week said the bill was dead.",
                "said",
                "Rep. Ann Lee (D-Ohio)",
            ),
        ] {
            assert_eq!(source_for(text, cue), Some(source), "{text}");
        }
    }

    #[test]
    fn a_subject_before_a_run_of_segments_set_off_by_commas() {
        for (text, head) in [
            (
                "Lee, speaking at a rally in Dover, Del., warned that the plan would fail.",
                "Lee",
            ),
            (
                "Sen. Ann Lee, facing a tough race in Ohio, a swing state, said she would vote.",
                "Ann Lee",
            ),
            (
                "Ann Roe, who lost her son in the flood in Dover, Delaware, in July 2012, said that the town had forgotten him.",
                "Ann Roe",
            ),
            (
                "Dan Roe, a 55-year-old farmer from Sumter, South Carolina, says the crop failed.",
                "Dan Roe",
            ),
        ] {
            let f = found(text);
            let a = &f.attributions()[0];
            assert_eq!(a.source_head().map(|s| s.as_str()), Some(head), "{text}");
        }
        // A run with a clause of its own is no set of interrupters.
        let f = found("Kim, who runs the farm, sold the crop last week, saying prices would fall.");
        assert!(
            f.attributions()
                .iter()
                .all(|a| a.source().is_none_or(|s| !s.as_str().contains("sold"))),
            "{:?}",
            f.attributions()
        );
    }

    #[test]
    fn a_relative_clause_without_commas_after_the_subject() {
        for (text, cue, head) in [
            (
                "Officials who spoke with The Herald said the plan had failed.",
                "said",
                "Officials",
            ),
            (
                "Even farmers who grow corn agree that the tariff hurts.",
                "agree",
                "farmers",
            ),
            (
                "Voters who back Lee say the economy matters most.",
                "say",
                "Voters",
            ),
            (
                "Someone who had to reject the offer would know.",
                "reject",
                "who",
            ),
        ] {
            let (all, _) = found(text).into_parts();
            let a = all.iter().find(|a| a.cue().as_str() == cue).expect(text);
            assert_eq!(a.source_head().map(|s| s.as_str()), Some(head), "{text}");
        }
    }

    #[test]
    fn a_lead_in_before_the_clause_subject_is_not_the_source() {
        for (text, cue, source) in [
            (
                "Shortly after the merger, the founders had mobilized, warning that the deal would fail.",
                "warning",
                "the founders",
            ),
            (
                "Minutes later, the campaign issued a statement saying that he meant no harm.",
                "saying",
                "the campaign",
            ),
            (
                "Last year, he played down the remarks and reportedly argued that they were old.",
                "reportedly argued",
                "he",
            ),
            (
                "A few minutes later they changed course and said they would count the votes.",
                "said",
                "they",
            ),
            (
                "But a few days later, Kim reversed himself, telling reporters that the law was settled.",
                "telling",
                "Kim",
            ),
            (
                "Shortly after the vote, Sen. Tom Ruiz (R-Ky.) issued a statement saying that the court should wait.",
                "saying",
                "Sen. Tom Ruiz (R-Ky.)",
            ),
            (
                "Hastily blaming his rivals ― much as he did in May ― Kim cast the blame on them, and emphasized the threat that terror poses.",
                "emphasized",
                "Kim",
            ),
            (
                "Other candidates, including Ann Roe and Ben Cole, have followed him, saying the record is fair game.",
                "saying",
                "Other candidates",
            ),
            (
                "The nurse later sued, claiming the quarantine violated her rights.",
                "claiming",
                "The nurse",
            ),
        ] {
            assert_eq!(source_for(text, cue), Some(source), "{text}");
        }
    }

    #[test]
    fn a_trailing_according_to_with_the_source_phrase_to_the_end() {
        for (text, content, source) in [
            (
                "He said little, according to figures released on Friday.",
                "little",
                "figures released on Friday",
            ),
            (
                "He said little, according to officials at the bureau.",
                "little",
                "officials at the bureau",
            ),
            (
                "Lee said the plan would fail, according to notes taken by aides.",
                "the plan would fail",
                "notes taken by aides",
            ),
        ] {
            let a = one(text);
            assert_eq!(a.contents()[0].as_str(), content, "{text}");
            assert_eq!(secondary(&a, Relation::AccordingTo), Some(source), "{text}");
        }
    }

    #[test]
    fn the_subject_of_a_light_verb_owns_its_reporting_noun() {
        for (text, cue, source) in [
            (
                "During the debate, Cruz made an unprompted call for an end to the subsidies.",
                "call for",
                "Cruz",
            ),
            (
                "Lee notably made no mention of the governor.",
                "mention of",
                "Lee",
            ),
            (
                "Kim has held left-leaning positions on many issues.",
                "positions on",
                "Kim",
            ),
            (
                "House members in tight races voiced concerns about the leaks.",
                "concerns about",
                "House members in tight races",
            ),
        ] {
            assert_eq!(source_for(text, cue), Some(source), "{text}");
        }
        // Without a light verb the reporting noun has no source of its own.
        assert_eq!(
            source_for("The plan drew a call for new elections.", "call for"),
            None
        );
    }

    #[test]
    fn a_lead_in_at_the_sentence_start_is_not_an_inherited_source() {
        for (text, cue, source) in [
            (
                "At the Labor Department, he has a bigger platform, and he has used it to advocate for a higher wage.",
                "advocate for",
                "he",
            ),
            (
                "Asked on Monday whether Lee would serve, Mrs. Roe shook her head and said, \"No.\"",
                "said",
                "Mrs. Roe",
            ),
        ] {
            assert_eq!(source_for(text, cue), Some(source), "{text}");
        }
        let s = source_for(
            "Unlike in 2012, when he gave a long speech, this time he spoke briefly before savaging his rival.",
            "savaging",
        );
        assert!(s.is_some_and(|s| s.ends_with("he")), "{s:?}");
    }

    #[test]
    fn a_participle_after_a_coordinated_clause_takes_that_clause_subject() {
        let text = "Protest groups say the rules are unfair, and the civil liberties union has sued the city, saying they violate free speech.";
        assert_eq!(source_for(text, "say"), Some("Protest groups"));
        assert_eq!(
            source_for(text, "saying"),
            Some("the civil liberties union")
        );
        // With no new clause the participle keeps the earlier source.
        assert_eq!(
            source_for(
                "Kim said the plan failed, adding that the vote was close.",
                "adding"
            ),
            Some("Kim")
        );
    }

    #[test]
    fn a_passive_agent_after_adjuncts() {
        for (text, cue, agent) in [
            (
                "Lee has been attacked on the speeches by Ann Roe.",
                "has been attacked on the speeches by",
                "Ann Roe",
            ),
            (
                "Kim was also endorsed the day before by former rival Ann Roe.",
                "was also endorsed the day before by",
                "former rival Ann Roe",
            ),
        ] {
            assert_eq!(source_for(text, cue), Some(agent), "{text}");
        }
        // `by` inside a clause of its own is not the agent of the first verb.
        let text = "Lee was criticized because the rule was written by lobbyists.";
        assert_eq!(source_for(text, "was criticized"), None);
        assert_eq!(source_for(text, "was written by"), Some("lobbyists"));
    }

    #[test]
    fn the_object_of_a_control_verb_is_the_source_of_the_infinitive() {
        for (text, cue, source) in [
            (
                "The results will force Sen. Ann Lee to acknowledge a hard reality.",
                "acknowledge",
                "Sen. Ann Lee",
            ),
            (
                "The announcement led some to speculate that the feud was to blame.",
                "speculate",
                "some",
            ),
            (
                "The tool allows users to tell friends that they are safe.",
                "tell",
                "users",
            ),
        ] {
            assert_eq!(source_for(text, cue), Some(source), "{text}");
        }
        // Without a control verb the infinitive keeps the clause subject.
        assert_eq!(
            source_for(
                "Lee traveled to Ohio to warn that the plant would close.",
                "warn"
            ),
            Some("Lee")
        );
    }

    #[test]
    fn a_quotation_after_a_relative_clause_report_goes_on_its_antecedent() {
        let f = found(
            "\"I never voted before,\" said Ann Roe, 24, from Dover, who said Lee is best suited to lead. \"It is for the people.\"",
        );
        let a = f
            .attributions()
            .iter()
            .find(|a| {
                a.contents()
                    .iter()
                    .any(|c| c.as_str() == "It is for the people.")
            })
            .expect("the second quotation");
        assert_eq!(a.source_head().map(|s| s.as_str()), Some("Ann Roe"));
    }

    #[test]
    fn the_owner_of_a_reporting_noun_past_adjectives_or_after_an_apostrophe() {
        assert_eq!(
            source_for(
                "And her nuanced views about free trade are a harder sell.",
                "views about"
            ),
            Some("her")
        );
        assert_eq!(
            source_for(
                "Even before Francis' remarks about him, Lee had criticized the pope.",
                "remarks about"
            ),
            Some("Francis'")
        );
        assert_eq!(
            source_for("The old remarks about him drew boos.", "remarks about"),
            None
        );
    }

    #[test]
    fn a_description_that_is_no_noun_phrase_then_the_name_in_commas() {
        let a = one(
            "“Prices will fall,” Ohio Rep. Dan Cole’s chief of staff, Joe Kasper, told the paper.",
        );
        assert_eq!(a.source_head().map(|s| s.as_str()), Some("Joe Kasper"));
        assert_eq!(
            a.source().map(|s| s.as_str()),
            Some("Ohio Rep. Dan Cole’s chief of staff, Joe Kasper")
        );
    }

    #[test]
    fn a_second_verb_after_a_time_adjunct_goes_on_the_clause_subject() {
        assert_eq!(
            source_for(
                "The columnist Ann Roe has been critical of Lee but on Tuesday wrote that she agreed with him.",
                "wrote"
            ),
            Some("The columnist Ann Roe")
        );
    }

    /// The source of the attribution whose cue is `cue` in `text`.
    fn source_for<'a>(text: &'a str, cue: &str) -> Option<&'a str> {
        let (all, _) = found(text).into_parts();
        all.iter()
            .find(|a| a.cue().as_str() == cue)
            .unwrap_or_else(|| panic!("no cue {cue:?} in {text}"))
            .source()
            .map(|s| s.as_str())
    }

    #[test]
    fn a_source_with_a_place_or_a_topic_after_its_head() {
        let t = triples("The paper's David Willey in Rome says one reason is the euro.");
        assert_eq!(t[0].0.as_deref(), Some("The paper's David Willey in Rome"));
        let t = triples("A leading expert on the Cuban economy says the plan is desperate.");
        assert_eq!(
            t[0].0.as_deref(),
            Some("A leading expert on the Cuban economy")
        );
        let f = found("A leading expert on the Cuban economy says the plan is desperate.");
        assert_eq!(
            f.attributions()[0].source_head().unwrap().as_str(),
            "A leading expert"
        );
    }

    #[test]
    fn a_time_adjunct_cut_takes_its_preposition() {
        for t in triples("He said little about it on Friday, according to officials.") {
            for c in &t.2 {
                assert!(!c.ends_with(" on"), "{c:?}");
            }
        }
        assert_eq!(
            contents_of("Lee said the plan was dead on Friday.", "said"),
            ["the plan was dead"]
        );
    }

    #[test]
    fn wire_formulas_of_anonymous_and_polled_sources() {
        let t = triples(
            "The deal will close next month, the official, who declined to be named, said.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            t[0].0.as_deref(),
            Some("the official, who declined to be named")
        );
        assert_eq!(t[0].2, ["The deal will close next month"]);
        let t = triples("Rates will rise again, analysts polled by Reuters said.");
        assert_eq!(t[0].0.as_deref(), Some("analysts polled by Reuters"));
        // Asking to be named is still no report of a name.
        assert!(triples("He asked not to be named.").is_empty());
        assert_eq!(
            contents_of(
                "The ministry said it was investigating, without giving further details.",
                "said"
            ),
            ["it was investigating"]
        );
    }

    #[test]
    fn an_adverb_after_an_auxiliary_and_a_compound_medium() {
        let t = triples("Officials have long insisted that the program is peaceful.");
        assert_eq!(t[0].0.as_deref(), Some("Officials"));
        assert_eq!(t[0].1, "have long insisted");
        assert_eq!(
            contents_of(
                "The office said in a news release that schools would reopen.",
                "said"
            ),
            ["that schools would reopen"]
        );
        let f = found("The office said in a news release that schools would reopen.");
        assert_eq!(
            secondary(&f.attributions()[0], Relation::Medium),
            Some("a news release")
        );
    }

    #[test]
    fn a_split_quotation_after_a_connective() {
        use AttributionKind::{Direct, Mixed};
        assert_pieces(
            "But “the real issue,” Lee added, “is whether the report is a blip.”",
            &["But “the real issue,”", "is whether the report is a blip."],
            &[Mixed, Direct],
        );
    }

    #[test]
    fn an_inverted_source_keeps_its_appositions_and_formulas_report_nothing() {
        let t = triples("“We will fight this,” said Maria Lopez, 42, a nurse from Phoenix.");
        assert_eq!(
            t[0].0.as_deref(),
            Some("Maria Lopez, 42, a nurse from Phoenix")
        );
        let t = triples("The photo is reused, said Rita Katz, who tracks terrorists' posts.");
        assert_eq!(
            t[0].0.as_deref(),
            Some("Rita Katz, who tracks terrorists' posts")
        );
        // A participle after the source is its own report, not an apposition.
        let t = triples("“We lost,” said Lee, adding that the team would recover.");
        assert_eq!(t[0].0.as_deref(), Some("Lee"));
        // `not authorized to discuss` is the formula of an anonymous source.
        let t = triples(
            "Smith, who was not authorized to discuss the matter publicly, said the talks had \
             stalled.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].1, "said");
    }
}
