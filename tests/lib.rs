//! The integration test suite: one binary, as regex and jiff do.

mod article;
mod article_props;
mod attribution;
mod bylines;
mod credits;
mod datelines;
mod invariance;
mod quote_props;
mod quotes;
mod sample;
