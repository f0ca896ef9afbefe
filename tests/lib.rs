//! The integration test suite: one binary, as regex and jiff do.

mod article;
mod article_props;
mod article_whitespace;
mod attribution;
mod bylines;
mod check;
mod coref;
mod credits;
mod datelines;
mod extra_lexicon;
mod field_whitespace;
mod invariance;
mod invariance_props;
mod layers;
mod parallel;
mod probes;
mod quote_props;
mod quotes;
#[cfg(feature = "serde")]
mod record;
mod replay;
mod sample;
mod scope;
mod send_sync;
