//! The integration test suite: one binary, as regex and jiff do.

mod article_props;
mod quote_props;
mod quotes;
mod sample;
