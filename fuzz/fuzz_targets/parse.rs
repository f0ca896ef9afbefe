//! The cheap target: the article parser and every standalone parser, the span and index checks
//! only, no serialisation (build it with `--no-default-features` to leave serde out entirely).
#![no_main]

#[path = "../../tests/check/mod.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check::all(&check::text(data), false);
});
