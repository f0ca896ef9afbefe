//! The bottom layer: utilities every other module may use and which use nothing of the crate.
//!
//! - [`hash`]: the one hasher ([`FxMap`](hash::FxMap), [`FxSet`](hash::FxSet)) for maps keyed
//!   by short words;
//! - [`fold`]: lower-casing for lookups.

pub(crate) mod fold;
pub(crate) mod hash;
