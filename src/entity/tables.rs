//! The working tables of a [`Resolver`](super::Resolver), passed from one article to the next
//! on a thread.

use std::cell::Cell;

use super::{At, Recent, Speaker};
use crate::util::hash::FxMap;
use crate::util::recycled;

/// The working tables of a [`Resolver`] (all but its entities, which it hands on) that one
/// thread's articles pass on to the next, emptied: not allocated again article by article.
#[derive(Default)]
pub(super) struct Tables {
    pub(super) words: Vec<(u32, u32)>,
    pub(super) arena: Vec<&'static str>,
    pub(super) speakers: Vec<Speaker>,
    pub(super) by_word: FxMap<u32, u32>,
    pub(super) links: Vec<(u32, u32)>,
    pub(super) places: FxMap<&'static str, usize>,
    pub(super) titled: Vec<usize>,
    pub(super) described: Vec<usize>,
    pub(super) recent: Vec<Recent>,
    pub(super) anchored: Vec<bool>,
    pub(super) others: Vec<(Option<usize>, At)>,
    pub(super) scratch_words: Vec<&'static str>,
    pub(super) scratch_ids: Vec<usize>,
}

impl Tables {
    /// Items a kept table may have room for: a long news article's names and mentions. A
    /// larger table (a hostile input's) is freed, not held by the thread.
    pub(super) const KEEP: usize = 1 << 10;

    /// Hands `t`, emptied, to this thread's next [`Resolver`]; a table larger than
    /// [`Tables::KEEP`] items is freed instead.
    pub(super) fn keep(t: Tables) {
        /// `m` emptied, or a new empty map when it has room for more than [`Tables::KEEP`].
        fn map<K, V>(mut m: FxMap<K, V>) -> FxMap<K, V> {
            if m.capacity() > Tables::KEEP {
                return FxMap::default();
            }
            m.clear();
            m
        }
        let k = Tables::KEEP;
        let kept = Tables {
            words: recycled(t.words, k),
            arena: recycled(t.arena, k),
            speakers: recycled(t.speakers, k),
            by_word: map(t.by_word),
            links: recycled(t.links, k),
            places: map(t.places),
            titled: recycled(t.titled, k),
            described: recycled(t.described, k),
            recent: recycled(t.recent, k),
            anchored: recycled(t.anchored, k),
            others: recycled(t.others, k),
            scratch_words: recycled(t.scratch_words, k),
            scratch_ids: recycled(t.scratch_ids, k),
        };
        TABLES.with(|s| s.set(Some(kept)));
    }
}

thread_local! {
    /// This thread's [`Tables`], between articles.
    pub(super) static TABLES: Cell<Option<Tables>> = const { Cell::new(None) };
}
