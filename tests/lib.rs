//! The integration test suite (one binary; see STYLE: regex and jiff do the same).

mod bylines;
mod datelines;
mod sample;
