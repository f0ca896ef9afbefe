//! The bottom layer: utilities every other module may use and which use nothing of the crate.
//!
//! - [`hash`]: the one hasher ([`FxMap`](hash::FxMap), [`FxSet`](hash::FxSet)) for maps keyed
//!   by short words;
//! - [`few`]: a list of almost always one item, kept inline;
//! - [`fold`]: lower-casing for lookups;
//! - [`scoped`]: a value set on the current thread for the duration of a call (the per-parser
//!   lexicon overlay).

pub(crate) mod few;
pub(crate) mod fold;
pub(crate) mod hash;
pub(crate) mod scoped;
