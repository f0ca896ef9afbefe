//! The bottom layer: utilities every other module may use and which use nothing of the crate.
//!
//! - [`hash`]: the one hasher ([`FxMap`](hash::FxMap), [`FxSet`](hash::FxSet)) for maps keyed
//!   by short words;
//! - [`few`]: a list of almost always one item, kept inline;
//! - [`fold`]: lower-casing for lookups;
//! - [`scoped`]: a value set on the current thread for the duration of a call (the per-parser
//!   lexicon overlay);
//! - [`window_start`]: where a bounded look-back window over the text starts.

pub(crate) mod few;
pub(crate) mod fold;
pub(crate) mod hash;
pub(crate) mod scoped;

/// Where a look-back of at most `window` bytes ending at `before` starts in `text`: `before -
/// window` (or 0), moved forward to a char boundary so that `&text[start..before]` slices.
pub(crate) fn window_start(text: &str, before: usize, window: usize) -> usize {
    let mut start = before.saturating_sub(window);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_window_starts_on_a_char_boundary() {
        let text = "ab\u{e9}cd"; // `é` is bytes 2..4
        assert_eq!(
            super::window_start(text, 6, 3),
            4,
            "3 is inside `é`: moved on"
        );
        assert_eq!(super::window_start(text, 6, 4), 2);
        assert_eq!(super::window_start(text, 3, 10), 0);
    }
}
