//! Fuzzes `Dateline::parse`: every span slices back, every index is in range, the result (or the
//! refusal) serialises and its JSON spans slice back. The checks are `tests/check`, shared with the
//! replay test.
#![no_main]

#[path = "../../tests/check/mod.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check::dateline(&check::text(data), cfg!(feature = "serde"));
});
