//! Byte spans into the caller's text, and located snippets that carry their text.

use std::fmt;
use std::ops::{Index, Range};

/// A half-open range of UTF-8 byte offsets `[start, end)` into the text given to copydesk.
///
/// Every span that copydesk hands out lies on `char` boundaries of the text it was computed
/// from, so slicing with it never panics and `&text[span]` gives back the located item.
///
/// ```
/// use copydesk::Span;
///
/// let text = "Kim said “yes”.";
/// let span = Span::new(12, 15);
/// assert_eq!(&text[span], "yes");
/// assert_eq!(span.len(), 3);
/// assert_eq!(span.range(), 12..15);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; if `end < start` the span is empty at `start`.
    ///
    /// ```
    /// use copydesk::Span;
    /// assert_eq!(Span::new(3, 7).len(), 4);
    /// assert!(Span::new(7, 3).is_empty());
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// The empty span at `at`.
    ///
    /// ```
    /// assert!(copydesk::Span::empty(4).is_empty());
    /// ```
    #[must_use]
    pub const fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    /// The span as a `Range<usize>`.
    ///
    /// ```
    /// assert_eq!(copydesk::Span::new(1, 2).range(), 1..2);
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Its length in bytes.
    ///
    /// ```
    /// assert_eq!(copydesk::Span::new(1, 4).len(), 3);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(copydesk::Span::new(5, 5).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use copydesk::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(2, 11)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use copydesk::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use copydesk::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(7, 9)), Span::new(2, 9));
    /// ```
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span moved `by` bytes to the right.
    ///
    /// ```
    /// use copydesk::Span;
    /// assert_eq!(Span::new(2, 4).shift(10), Span::new(12, 14));
    /// ```
    #[must_use]
    pub const fn shift(self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }

    /// The text it covers in `haystack`, or `None` if it is out of bounds or not on `char`
    /// boundaries there.
    ///
    /// ```
    /// use copydesk::Span;
    /// assert_eq!(Span::new(0, 3).get("Kim said"), Some("Kim"));
    /// assert_eq!(Span::new(0, 1).get("“"), None);
    /// ```
    #[must_use]
    pub fn get(self, haystack: &str) -> Option<&str> {
        haystack.get(self.range())
    }

    /// This span with ASCII and Unicode whitespace trimmed from both ends, within `haystack`.
    ///
    /// ```
    /// use copydesk::Span;
    /// let text = "  Kim  ";
    /// assert_eq!(&text[Span::new(0, 7).trim(text)], "Kim");
    /// ```
    #[must_use]
    pub fn trim(self, haystack: &str) -> Span {
        let Some(s) = self.get(haystack) else {
            return self;
        };
        let start = self.start + (s.len() - s.trim_start().len());
        let end = start + s.trim().len();
        Span { start, end }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// A located piece of the caller's text: a [`Span`] and the `&str` it covers, which always agree.
///
/// With the `serde` feature it serialises as `{"start", "end", "text"}`.
///
/// ```
/// use copydesk::{Snippet, Span};
///
/// let text = "Kim said";
/// let s = Snippet::new(text, Span::new(0, 3)).expect("on char boundaries");
/// assert_eq!(s.as_str(), "Kim");
/// assert_eq!(&text[s.span()], s.as_str());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Snippet<'h> {
    // The span is `start..start + text.len()`: the text carries the length, so a snippet is
    // three words, not four (it is the most common record in a parse's results).
    text: &'h str,
    start: usize,
}

impl<'h> Snippet<'h> {
    /// The snippet of `haystack` covered by `span`, or `None` when the span is out of bounds or
    /// not on `char` boundaries.
    ///
    /// ```
    /// use copydesk::{Snippet, Span};
    /// assert!(Snippet::new("abc", Span::new(1, 2)).is_some());
    /// assert!(Snippet::new("abc", Span::new(1, 9)).is_none());
    /// ```
    #[must_use]
    pub fn new(haystack: &'h str, span: Span) -> Option<Snippet<'h>> {
        haystack.get(span.range()).map(|text| Snippet {
            text,
            start: span.start,
        })
    }

    /// Like [`Snippet::new`], for spans copydesk computed itself; an invalid span (a bug) yields
    /// an empty snippet at its start rather than a panic.
    pub(crate) fn at(haystack: &'h str, span: Span) -> Snippet<'h> {
        debug_assert!(haystack.get(span.range()).is_some(), "bad span {span:?}");
        Snippet::new(haystack, span).unwrap_or_else(|| {
            let mut at = span.start.min(haystack.len());
            while !haystack.is_char_boundary(at) {
                at -= 1;
            }
            Snippet {
                text: "",
                start: at,
            }
        })
    }

    /// Where it is.
    ///
    /// ```
    /// use copydesk::{Snippet, Span};
    /// assert_eq!(Snippet::new("abc", Span::new(1, 2)).unwrap().span(), Span::new(1, 2));
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end())
    }

    /// What it says.
    ///
    /// ```
    /// use copydesk::{Snippet, Span};
    /// assert_eq!(Snippet::new("abc", Span::new(1, 2)).unwrap().as_str(), "b");
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'h str {
        self.text
    }

    /// Byte offset of its start.
    ///
    /// ```
    /// use copydesk::{Snippet, Span};
    /// assert_eq!(Snippet::new("abc", Span::new(1, 2)).unwrap().start(), 1);
    /// ```
    #[must_use]
    pub const fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past its end.
    ///
    /// ```
    /// use copydesk::{Snippet, Span};
    /// assert_eq!(Snippet::new("abc", Span::new(1, 2)).unwrap().end(), 2);
    /// ```
    #[must_use]
    pub const fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

impl fmt::Debug for Snippet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{}", self.text, self.span())
    }
}

impl fmt::Display for Snippet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

impl AsRef<str> for Snippet<'_> {
    fn as_ref(&self) -> &str {
        self.text
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Snippet<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_span(self.span(), self.text, s)
    }
}

#[cfg(feature = "serde")]
thread_local! {
    /// Set while a value is serialised through [`crate::record::Offsets`].
    static OFFSETS_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Serialises a located piece of text the one way every span is written: `{start, end, text}`,
/// or `[start, end]` inside [`crate::record::Offsets`].
#[cfg(feature = "serde")]
pub(crate) fn serialize_span<S: serde::Serializer>(
    span: Span,
    text: &str,
    s: S,
) -> Result<S::Ok, S::Error> {
    if OFFSETS_ONLY.with(std::cell::Cell::get) {
        use serde::ser::SerializeTuple;
        let mut t = s.serialize_tuple(2)?;
        t.serialize_element(&span.start)?;
        t.serialize_element(&span.end)?;
        t.end()
    } else {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Snippet", 3)?;
        st.serialize_field("start", &span.start)?;
        st.serialize_field("end", &span.end)?;
        st.serialize_field("text", text)?;
        st.end()
    }
}

/// Runs `f` with spans serialised as offsets only (`on`) or in full, then restores the
/// previous setting, also when `f` unwinds.
#[cfg(feature = "serde")]
pub(crate) fn with_offsets_only<R>(on: bool, f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            OFFSETS_ONLY.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(OFFSETS_ONLY.with(|c| c.replace(on)));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_at_recovers_from_bad_spans_without_panicking_in_release() {
        let text = "a“b";
        assert_eq!(Snippet::new(text, Span::new(1, 4)).unwrap().as_str(), "“");
        assert!(Snippet::new(text, Span::new(2, 4)).is_none());
    }

    #[test]
    fn trim_handles_unicode_whitespace() {
        let text = "\u{a0} Kim\u{2009}";
        let t = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[t], "Kim");
    }
}
