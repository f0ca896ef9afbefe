//! Lower-casing for lookups: without allocating for short ASCII words, or borrowed when the
//! text already is lower case.

use std::borrow::Cow;

/// `s` in lower case, borrowed when it already is (ASCII with no capital).
#[inline]
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Calls `f` with `word` in lower case, without allocating for short ASCII words.
#[inline(always)]
pub(crate) fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 24];
    if word.is_ascii() && word.len() <= buf.len() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        // ASCII bytes stay valid UTF-8 when lower-cased.
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&word.to_lowercase())
    }
}
