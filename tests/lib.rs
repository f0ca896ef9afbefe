//! The integration test suite: one binary, as regex and jiff do.

mod article;
mod article_props;
mod attribution;
mod bylines;
mod coref;
mod credits;
mod datelines;
mod field_whitespace;
mod layers;
mod probes;
mod quote_props;
mod quotes;
#[cfg(feature = "serde")]
mod record;
mod sample;
