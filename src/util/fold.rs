//! Lower-casing for lookups, the crate's one place for it: [`lower`] (a lower-cased copy, held
//! in place for short ASCII words), [`with_lower`] (the same, handed to a closure),
//! [`lowercase`] (borrowed when the text already is lower case) and [`lower_quote_folded`] (into
//! a reused buffer, curly apostrophes read as `'`: the cue lexicon's key).

use std::borrow::Cow;

/// How many bytes of ASCII [`Lower`] holds in place, without allocating.
const SHORT: usize = 32;

/// A lower-cased copy of a string from [`lower`]: short ASCII ones in place, others on the heap.
pub(crate) enum Lower {
    /// At most [`SHORT`] ASCII bytes, lower-cased, and their length.
    Short([u8; SHORT], usize),
    /// Anything longer or not ASCII.
    Long(String),
}

impl Lower {
    /// The lower-cased text.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        match self {
            // ASCII bytes stay valid UTF-8 when lower-cased.
            Lower::Short(buf, n) => std::str::from_utf8(&buf[..*n]).unwrap_or_default(),
            Lower::Long(s) => s,
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// `s` in lower case, without allocating for a short ASCII `s` (the common case: words, names
/// and sign-offs).
#[inline]
pub(crate) fn lower(s: &str) -> Lower {
    let mut buf = [0u8; SHORT];
    if ascii_lower_into(s, &mut buf).is_some() {
        Lower::Short(buf, s.len())
    } else {
        Lower::Long(s.to_lowercase())
    }
}

/// `s` lower-cased into the head of `buf` when it is ASCII and fits; `None` otherwise.
#[inline(always)]
fn ascii_lower_into<'b, const N: usize>(s: &str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    if s.is_ascii() && s.len() <= N {
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        // ASCII bytes stay valid UTF-8 when lower-cased.
        Some(std::str::from_utf8(b).unwrap_or_default())
    } else {
        None
    }
}

/// `s` in lower case, borrowed when it already is (ASCII with no capital).
#[inline]
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Calls `f` with `word` in lower case ([`lower`]), without allocating for short ASCII words.
#[inline(always)]
pub(crate) fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    // The buffer of the hot per-word lookups: most words are far shorter.
    let mut buf = [0u8; 24];
    match ascii_lower_into(word, &mut buf) {
        Some(w) => f(w),
        None => f(&word.to_lowercase()),
    }
}

/// `w` lower-cased into `buf` (cleared first), with `’` and `‘` folded to `'`: the key of a
/// word in the cue lexicon (`didn’t` is looked up as `didn't`). `buf` is reused across words.
pub(crate) fn lower_quote_folded<'a>(w: &str, buf: &'a mut String) -> &'a str {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
        return buf;
    }
    for c in w.chars() {
        match c {
            '’' | '‘' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::{lower, lower_quote_folded, lowercase, with_lower};

    #[test]
    fn quote_folded_lowers_and_reads_curly_apostrophes_as_straight() {
        let mut buf = String::from("left over");
        for (s, want) in [
            ("Didn’t", "didn't"),
            ("‘TWAS", "'twas"),
            ("SAID", "said"),
            ("Éditeur’s", "éditeur's"),
            ("İ", "i\u{307}"),
            ("", ""),
        ] {
            assert_eq!(lower_quote_folded(s, &mut buf), want, "{s}");
        }
    }

    #[test]
    fn short_ascii_long_and_non_ascii_agree_with_to_lowercase() {
        let long = "A".repeat(40);
        for s in [
            "",
            "Said",
            "REUTERS",
            "ÉDITÉ Par",
            long.as_str(),
            "İstanbul",
            "ΣΟΦΙΑ",
        ] {
            assert_eq!(lower(s).as_str(), s.to_lowercase(), "{s}");
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
            assert_eq!(with_lower(s, str::to_string), s.to_lowercase(), "{s}");
        }
        assert!(matches!(lower("Editing"), super::Lower::Short(..)));
        assert!(matches!(lower(&long), super::Lower::Long(_)));
        assert!(matches!(lowercase("said"), std::borrow::Cow::Borrowed(_)));
    }
}
