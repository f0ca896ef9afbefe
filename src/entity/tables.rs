//! The working tables of a [`Resolver`](super::Resolver), passed from one article to the next
//! on a thread.

use std::cell::Cell;

use super::{At, Recent, Speaker};
use crate::util::hash::FxMap;
use crate::util::recycled;

/// The working tables of a [`Resolver`] (all but its entities, which it hands on) that one
/// thread's articles pass on to the next, emptied: not allocated again article by article.
#[derive(Debug, Default)]
pub(super) struct Tables<'h> {
    /// Each entity's name as words: its range in the arena (32-bit: half the room).
    pub(super) words: Vec<(u32, u32)>,
    /// The words of every name, one after the other: [`Tables::words`] ranges into it (one
    /// list for the article, not one per entity).
    pub(super) arena: Vec<&'h str>,
    /// Person-like speakers in order of their latest mention (the most recent few: a pronoun
    /// refers to a recent speaker), unresolved ones included (`a spokesman`).
    pub(super) speakers: Vec<Speaker>,
    /// Entities by the first and last word of their names, keyed by the word's hash
    /// (`word_key`; a chain's entities are checked against the word by whoever reads it): the
    /// latest link of each word's chain in [`Tables::links`] (one list for the article, not
    /// one per word).
    pub(super) by_word: FxMap<u32, u32>,
    /// The chains of [`Tables::by_word`]: an entity id and the link before it (`NO_LINK` at a
    /// chain's start).
    pub(super) links: Vec<(u32, u32)>,
    /// Place entities by country name.
    pub(super) places: FxMap<&'static str, usize>,
    /// Entities with a title, and with a description, in order.
    pub(super) titled: Vec<usize>,
    pub(super) described: Vec<usize>,
    /// Person-like mentions of the last few sentences, speakers or not, in text order.
    pub(super) recent: Vec<Recent>,
    /// Per entity: whether a source, secondary source or titled name mentions it (only those
    /// are reported; the others only serve as antecedents).
    pub(super) anchored: Vec<bool>,
    /// Organisations, places and groups of the last few sentences (for `it`, `they` and `the
    /// ministry`), in text order; `None` is a plural source the text does not name
    /// (`officials`), which stands between a `they` and the organisations before.
    pub(super) others: Vec<(Option<usize>, At)>,
    /// Scratch buffers for [`Resolver::name`](super::Resolver), kept to avoid allocating per
    /// mention.
    pub(super) scratch_words: Vec<&'h str>,
    pub(super) scratch_ids: Vec<usize>,
}

impl<'h> Tables<'h> {
    /// Items a kept table may have room for: a long news article's names and mentions. A
    /// larger table (a hostile input's) is freed, not held by the thread.
    pub(super) const KEEP: usize = 1 << 10;

    /// This thread's tables, emptied, for a text of lifetime `'h` (new ones the first time).
    pub(super) fn take() -> Tables<'h> {
        TABLES
            .with(Cell::take)
            .map_or_else(Tables::default, Tables::emptied)
    }

    /// Hands `t`, emptied, to this thread's next [`Resolver`]; a table larger than
    /// [`Tables::KEEP`] items is freed instead.
    pub(super) fn keep(t: Tables<'_>) {
        TABLES.with(|s| s.set(Some(t.emptied())));
    }

    /// The tables emptied, for any text (each list keeps its room up to [`Tables::KEEP`]
    /// items): the one list of the fields, for [`Tables::take`] and [`Tables::keep`].
    fn emptied<'b>(self) -> Tables<'b> {
        /// `m` emptied, or a new empty map when it has room for more than [`Tables::KEEP`].
        fn map<K, V>(mut m: FxMap<K, V>) -> FxMap<K, V> {
            if m.capacity() > Tables::<'static>::KEEP {
                return FxMap::default();
            }
            m.clear();
            m
        }
        let k = Self::KEEP;
        Tables {
            words: recycled(self.words, k),
            arena: recycled(self.arena, k),
            speakers: recycled(self.speakers, k),
            by_word: map(self.by_word),
            links: recycled(self.links, k),
            places: map(self.places),
            titled: recycled(self.titled, k),
            described: recycled(self.described, k),
            recent: recycled(self.recent, k),
            anchored: recycled(self.anchored, k),
            others: recycled(self.others, k),
            scratch_words: recycled(self.scratch_words, k),
            scratch_ids: recycled(self.scratch_ids, k),
        }
    }
}

thread_local! {
    /// This thread's [`Tables`], between articles.
    pub(super) static TABLES: Cell<Option<Tables<'static>>> = const { Cell::new(None) };
}
