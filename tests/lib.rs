//! The integration test suite (one binary; see STYLE: regex and jiff do the same).

mod quote_props;
mod quotes;
mod sample;
