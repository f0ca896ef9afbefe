//! The bottom layer: utilities every other module may use and which use nothing of the crate.
//!
//! - [`hash`]: the one hasher ([`FxMap`](hash::FxMap), [`FxSet`](hash::FxSet)) for maps keyed
//!   by short words;
//! - [`few`]: a list of almost always one item, kept inline;
//! - [`fold`]: lower-casing for lookups;
//! - [`swar`]: byte scans eight bytes at a time (lane masks);
//! - [`scoped`]: a value set on the current thread for the duration of a call (the per-parser
//!   lexicon overlay);
//! - [`window_start`]: where a bounded look-back window over the text starts;
//! - [`recycled`]: a list emptied for reuse, its room kept (per-thread scratch buffers).

pub(crate) mod few;
pub(crate) mod fold;
pub(crate) mod hash;
pub(crate) mod scoped;
pub(crate) mod swar;

/// Whether word `w` ends in a possessive `'s` (straight or curly apostrophe): `Kim's`,
/// `the ministry’s`. The crate's one test of it.
#[inline]
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// Where a look-back of at most `window` bytes ending at `before` starts in `text`: `before -
/// window` (or 0), moved forward to a char boundary so that `&text[start..before]` slices.
pub(crate) fn window_start(text: &str, before: usize, window: usize) -> usize {
    let mut start = before.saturating_sub(window);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// `v` emptied, as a list of `U` with `v`'s room when `U` is laid out as `T` is (a borrow
/// of another lifetime: `&'h str` as `&'static str`), for a buffer a thread passes from one
/// parse to the next; a new empty list (no allocation) when `v` has room for more than `max`
/// items, so that a hostile input's large buffer is freed, never kept.
pub(crate) fn recycled<T, U>(mut v: Vec<T>, max: usize) -> Vec<U> {
    if v.capacity() > max {
        return Vec::new();
    }
    v.clear();
    // Collected in place (same layout, nothing left to map): the allocation is kept.
    v.into_iter().filter_map(|_| None).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_recycled_list_is_empty_and_keeps_its_room_up_to_the_bound() {
        let text = String::from("one two three");
        let mut v: Vec<&str> = Vec::with_capacity(16);
        v.extend(text.split(' '));
        let kept: Vec<&'static str> = super::recycled(v, 64);
        assert!(kept.is_empty());
        assert!(kept.capacity() >= 16);
        let large: Vec<u32> = Vec::with_capacity(100);
        let freed: Vec<u32> = super::recycled(large, 64);
        assert_eq!(freed.capacity(), 0);
    }

    #[test]
    fn a_possessive_ends_in_an_apostrophe_s_of_either_kind() {
        use super::is_possessive;
        assert!(is_possessive("Kim's") && is_possessive("the ministry’s"));
        assert!(!is_possessive("Kims") && !is_possessive("s") && !is_possessive("players'"));
        assert!(!is_possessive("'s ") && !is_possessive(""));
    }

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
