//! The integration test suite: one binary, as regex and jiff do.

mod article_props;
mod credits;
mod quote_props;
mod quotes;
mod bylines;
mod datelines;
mod sample;
