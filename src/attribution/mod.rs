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

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::entity::{Entity, Gender, Mention, Resolver, SOURCE_WORDS, sections};
use crate::quote::Quotation;
use crate::text::Paragraph;
// The cue lexicon's key of a word (lower case, `’` read as `'`), under the short name its
// readers use.
use crate::util::few::Few;
use crate::util::fold::lower_quote_folded as lower;
use crate::util::hash::FxMap;
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
    /// A stance taken, its content a noun phrase or nothing: `supports the Act`, `criticized
    /// the plan`, `declined to comment`. The verbs of the lexicon's `[stance]` section and those
    /// marked `!stance` (`src/lexicon/cues.txt`), with indirect content; and the verbs marked
    /// `!object` when what they take is a noun phrase or an infinitive (`announced a merger`,
    /// `pledged to cut taxes`). Quoted words make the attribution speech (`defended it as
    /// “just”`).
    ///
    /// ```
    /// use copydesk::attribution::CueClass;
    /// let found = copydesk::attribution::attribute_text("Senator Lee supports the Act.");
    /// assert_eq!(found.attributions()[0].cue_class(), CueClass::Stance);
    /// ```
    Stance,
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
    /// Where it was said: `in a statement`, `in an interview with NPR`.
    Medium,
    /// Who reported the statement: `Kim said …, KCNA reported`.
    ReportedBy,
}

/// The entities of one parse, shared by the article and every attribution and secondary
/// source that names one of them: cloning it is a reference-count increment. One pointer (to
/// the list's own shared handle), so that each record pays one word for it.
#[derive(Clone, Default)]
pub(crate) struct Shared<'h>(Arc<Arc<[Entity<'h>]>>);

impl<'h> Shared<'h> {
    /// The list `entities`, to be shared.
    pub(crate) fn new(entities: Arc<[Entity<'h>]>) -> Self {
        Shared(Arc::new(entities))
    }

    /// The entities.
    pub(crate) fn list(&self) -> &[Entity<'h>] {
        &self.0
    }

    /// The shared list itself.
    fn into_arc(self) -> Arc<[Entity<'h>]> {
        Arc::unwrap_or_clone(self.0)
    }

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
        Arc::ptr_eq(&self.0, &other.0) || self.list() == other.list()
    }
}

impl Eq for Shared<'_> {}

#[cfg(feature = "serde")]
impl serde::Serialize for Shared<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.list().serialize(s)
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
    contents: Few<Snippet<'h>>,
    content_kinds: Few<AttributionKind>,
    kind: AttributionKind,
    source: Option<Snippet<'h>>,
    source_head: Option<Snippet<'h>>,
    entity: Option<usize>,
    unnamed: bool,
    cue: Snippet<'h>,
    cue_class: CueClass,
    secondary: Box<[Secondary<'h>]>,
    quotations: Few<usize>,
    #[cfg_attr(feature = "serde", serde(skip))]
    entities: Shared<'h>,
}

// An attribution stays within 25 words on 64-bit targets.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Attribution<'static>>() <= 200);

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

    /// What the cue reports: speech, writing, thought, perception, a stance, a source phrase,
    /// punctuation.
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

    /// The lemma of the cue as the lexicon (`src/lexicon/cues.txt`) lists it: `say` for `has
    /// said`, `talk about` for `talked about`, `according to` for `According to`; `None` for
    /// punctuation and for cue nouns (`in a statement`).
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("South Korea has said it is ready.");
    /// assert_eq!(found.attributions()[0].cue_lemma(), Some("say"));
    /// ```
    #[must_use]
    pub fn cue_lemma(&self) -> Option<&'static str> {
        scope::lemma(self.cue.as_str())
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
        self.entities.list()
    }

    /// Both lists, by value; the entities are the slice every attribution shares.
    ///
    /// ```
    /// let (a, e) = copydesk::attribution::attribute_text("“Yes,” Kim said.").into_parts();
    /// assert_eq!((a.len(), e.len()), (1, 1));
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Vec<Attribution<'h>>, std::sync::Arc<[Entity<'h>]>) {
        (self.attributions, self.entities.into_arc())
    }
}

/// The lemma of a cue as written, as the lexicon (`src/lexicon/cues.txt`) lists it: what
/// [`Attribution::cue_lemma`] gives, for a cue from elsewhere (an annotation, say).
///
/// ```
/// assert_eq!(copydesk::attribution::cue_lemma("has told"), Some("tell"));
/// assert_eq!(copydesk::attribution::cue_lemma("pointed out"), Some("point out"));
/// assert_eq!(copydesk::attribution::cue_lemma("the"), None);
/// ```
#[must_use]
pub fn cue_lemma(cue: &str) -> Option<&'static str> {
    scope::lemma(cue)
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
/// headline reads `Source: content` (`Poll: Ortiz and Blake in tight race`).
pub(crate) fn attribute_in<'h>(
    text: &'h str,
    body: &[Paragraph<'h>],
    quotations: &[Quotation<'h>],
    headline: Option<usize>,
) -> Attributions<'h> {
    attribute_batched(text, body, quotations, headline, BATCH_TOKENS)
}

/// [`attribute_in`], reading the body in batches of paragraphs of at least `batch_tokens`
/// tokens each (the last one excepted): the result does not depend on the batch size.
pub(crate) fn attribute_batched<'h>(
    text: &'h str,
    body: &[Paragraph<'h>],
    quotations: &[Quotation<'h>],
    headline: Option<usize>,
    batch_tokens: usize,
) -> Attributions<'h> {
    // Tokens are kept for a batch of paragraphs at a time (a whole news article is one
    // batch): the store and the unit lists are reused, and the units of earlier batches stay
    // as records without tokens. Memory is bounded by the batch, not the body.
    // The token store and the unit lists come from this thread's last parse, emptied.
    let Scratch {
        mut store,
        mut metas,
        mut spare,
        mut tokenizer,
    } = SCRATCH.with(Cell::take);
    let mut past: Vec<Unit<'static>> = Vec::new();
    let mut carry = Carry::new(headline);
    // Sized for news text (a unit some 100 bytes, an attribution every other unit), so that
    // the lists seldom grow.
    let body_len: usize = body.iter().map(|p| p.span().len()).sum();
    carry.reserve(body_len / 96 + 4);
    // Some five bytes a token: a batch's tokens, as a news article's, seldom move.
    store.reserve((body_len / 5 + 4).min(batch_tokens.saturating_mul(2)));
    metas.reserve((body_len / 96 + 4).min(batch_tokens / 16));
    let mut pi = 0;
    loop {
        store.clear();
        metas.clear();
        // Paragraphs until the batch holds enough tokens or the body ends.
        while pi < body.len() && store.len() < batch_tokens {
            tokenizer.paragraph(
                text,
                pi,
                body[pi].span(),
                quotations,
                &mut store,
                &mut metas,
            );
            pi += 1;
        }
        // The list of the last batch, empty, its room reused.
        let mut current: Vec<Unit<'_>> = std::mem::take(&mut spare);
        current.extend(metas.drain(..).map(|m| m.view(&store)));
        let base = past.len();
        let units = Units {
            base,
            past: &past,
            current: &current,
        };
        let mut f = Finder::resume(text, quotations, &units, carry);
        for u in base..units.len() {
            f.unit(u);
        }
        if pi >= body.len() {
            let done = f.done();
            // The unit records and the tokens are no part of the result: they go (or go back
            // to the thread's scratch) before the resolver makes its tables.
            drop(past);
            current.clear();
            let spare = current.into_iter().map(|u| u.record()).collect();
            Scratch::keep(store, metas, spare, tokenizer);
            let mut found = done.resolve(quotations);
            found.attributions.iter_mut().for_each(scope::classify);
            return found;
        }
        carry = f.suspend();
        past.extend(current.iter().map(Unit::record));
        // Emptied, the list holds nothing of this batch: collected in place (the same
        // layout), it keeps its room for the next one.
        current.clear();
        spare = current.into_iter().map(|u| u.record()).collect();
    }
}

/// The tokens read as one batch by [`attribute_in`] (a paragraph more may end a batch): a
/// megabyte of tokens, more than a news article holds.
const BATCH_TOKENS: usize = 1 << 15;

/// The buffers of [`attribute_batched`] that one thread's parses pass on to the next, empty:
/// the token store, the unit lists and the tokenizer's buffers of an article are not allocated
/// again for the next one.
struct Scratch {
    store: Vec<Tok>,
    metas: Vec<UnitAt>,
    spare: Vec<Unit<'static>>,
    tokenizer: Tokenizer,
}

impl Scratch {
    /// Tokens a kept store may have room for: a long news article's (some 100 kB of text).
    /// A larger store (a hostile input's batch) is freed, not held by the thread.
    const KEEP_TOKENS: usize = 1 << 14;

    /// Nothing held (no allocation).
    const EMPTY: Scratch = Scratch {
        store: Vec::new(),
        metas: Vec::new(),
        spare: Vec::new(),
        tokenizer: Tokenizer::EMPTY,
    };

    /// Hands the buffers, emptied, to this thread's next parse; any that is larger than a news
    /// article needs is freed instead.
    fn keep(store: Vec<Tok>, metas: Vec<UnitAt>, spare: Vec<Unit<'static>>, tokenizer: Tokenizer) {
        /// `v` emptied, or a new empty list when `v` has room for more than `max` items.
        fn bounded<T>(mut v: Vec<T>, max: usize) -> Vec<T> {
            if v.capacity() > max {
                return Vec::new();
            }
            v.clear();
            v
        }
        let keep = Scratch {
            store: bounded(store, Self::KEEP_TOKENS),
            metas: bounded(metas, Self::KEEP_TOKENS / 16),
            spare: bounded(spare, Self::KEEP_TOKENS / 16),
            tokenizer: tokenizer.emptied(Self::KEEP_TOKENS),
        };
        SCRATCH.with(|s| s.set(keep));
    }
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch::EMPTY
    }
}

thread_local! {
    /// This thread's [`Scratch`], between parses.
    static SCRATCH: Cell<Scratch> = const { Cell::new(Scratch::EMPTY) };
}

impl<'h> Attributions<'h> {
    /// Keeps the attributions in `scope` (in the speech scope, indirect content runs over a
    /// joined clause: [`filter::speech_contents`]); the entities stay (an entity may be named by no
    /// attribution left).
    pub(crate) fn retain_scope(&mut self, text: &'h str, scope: Scope) {
        self.attributions.retain_mut(|a| {
            scope.admits(a.cue_class) && (scope == Scope::All || filter::speech_keeps(a))
        });
        if scope == Scope::Speech {
            filter::speech_contents(text, &mut self.attributions);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The layers of the attribution engine, bottom up

pub(crate) mod extra;
mod finder;
mod lexicon;
mod skip;
mod syntax;
mod token;

mod adjunct;
mod clause;
mod complement;
mod cue;
mod direct;
mod driver;
mod filter;
mod label;
mod nominal;
mod np;
mod phrase;
mod resolve;
mod scope;
mod verb;

mod pattern;

pub use scope::Scope;

use complement::{Complement, Senses};
use finder::*;
use lexicon::*;
use pattern::*;
use syntax::Np;
use token::*;

#[cfg(test)]
mod tests;
