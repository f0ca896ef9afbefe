//! Fuzzes `classify_line`: the kind agrees with the variant, a byline, credit or dateline is the
//! one its standalone parser gives, every span slices back, and the result serialises. The
//! checks are `tests/check`, shared with the replay test.
#![no_main]

#[path = "../../tests/check/mod.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check::line(&check::text(data), cfg!(feature = "serde"));
});
