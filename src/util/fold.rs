//! Lower-casing for lookups: without allocating for short ASCII words, or borrowed when the
//! text already is lower case.

use std::borrow::Cow;

/// `s` in lower case, borrowed when it already is (ASCII with no capital).
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}
