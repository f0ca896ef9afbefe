//! The integration test suite (one binary; see STYLE: regex and jiff do the same).

mod attribution;
mod sample;
