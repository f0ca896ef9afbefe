//! The quotation scanner: every pair of quotation marks and the words between them.
//!
//! A [`Quotation`] is a pair of marks and what they enclose: the span with the marks, the
//! content without them (one piece per paragraph), the [`MarkStyle`], and a [`QuoteKind`]
//! (a whole quoted statement, or a fragment inside the writer's own sentence).
//!
//! ```
//! use copydesk::quote::{QuoteKind, scan};
//!
//! let text = "“We won,” she said of the “historic” vote.\n\nIt was O'Brien's rock 'n' roll.";
//! let found = scan(text);
//! let qs = found.quotations();
//! assert_eq!(qs.len(), 2);
//! assert_eq!(qs[0].content().as_str(), "We won,");
//! assert_eq!(qs[0].kind(), QuoteKind::Full);
//! assert_eq!(qs[1].content().as_str(), "historic");
//! assert_eq!(qs[1].kind(), QuoteKind::Partial);
//! assert!(found.unpaired_marks().is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # How marks are read
//!
//! The scanner walks each paragraph once, left to right, with a small stack of open marks.
//! Whether a mark opens or closes is decided from the characters on each side of it (space,
//! letter or digit, punctuation), never by searching for a partner:
//!
//! - a mark with space (or an opening bracket or dash) before it and a non-space after it can
//!   open; one with a non-space before it and space or punctuation after it can close;
//! - a single mark between two letters or digits is an apostrophe (`O'Brien`, `Russia‘s`), and
//!   so is one before an elision (`'tis`, `'em`, `rock 'n' roll`) or a two-digit year (`'90s`);
//! - a closing single mark with nothing to close is an apostrophe (`countries’`, `the Joneses'`);
//!   after a letter and before a space it closes only when no stronger closer follows before the
//!   next opening single mark;
//! - a straight `"` (or `''`) that could do both closes an open one and otherwise opens.
//!
//! A quotation never crosses a paragraph boundary, except newspaper style: a paragraph that opens
//! a quotation and never closes it, followed by a paragraph that opens again, continues the same
//! quotation (one content piece per paragraph). A double quotation left open at the end of its
//! paragraph is reported with [`Quotation::is_closed`] false, running to the paragraph's end;
//! so is one left open at the end of a sentence that is followed by a new opening mark (text
//! whose paragraph breaks were lost: `"A. "B."`). Any other opening mark followed by a new one
//! of its kind was stray. Marks that pair with nothing are listed by [`Scan::unpaired_marks`].
//!
//! The stack is at most [`MAX_DEPTH`] deep, so the work per mark is bounded and the scan is
//! linear in the length of the text whatever the marks.

use once_cell::sync::Lazy;

use crate::text::Paragraph;
use crate::util::few::Few;
use crate::{Snippet, Span};

/// How many quotations may be open inside one another; a mark that would open one more is
/// reported as unpaired. News text rarely goes beyond three (a quote inside a quote inside a
/// quote).
pub const MAX_DEPTH: usize = 6;

/// The typographic style of a quotation's marks (the style of its opening mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkStyle {
    /// `“…”` (also `”…”`, and `“…"` when the closer is mistyped)
    CurlyDouble,
    /// `‘…’`
    CurlySingle,
    /// `"…"`
    StraightDouble,
    /// `'…'`
    StraightSingle,
    /// `„…“` or `„…”`
    LowDouble,
    /// `‚…‘` or `‚…’`
    LowSingle,
    /// `«…»` (or `»…«`)
    Guillemets,
    /// `‹…›` (or `›…‹`)
    SingleGuillemets,
    /// `「…」`
    CornerBrackets,
    /// `『…』`
    WhiteCornerBrackets,
    /// ``` ``…'' ```
    Backticks,
    /// `''…''`
    DoubleApostrophes,
}

/// Whether a quotation is a statement of its own or a fragment inside the writer's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A whole quoted sentence or statement: `“We won,” he said.`
    Full,
    /// A fragment inside the writer's own sentence: `a “brother nation”`.
    Partial,
}

/// A quotation: a pair of marks and the words between them, possibly continued over several
/// paragraphs (one content piece per paragraph).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation<'h> {
    pub(crate) haystack: &'h str,
    pub(crate) span: Span,
    pub(crate) pieces: Few<Span>,
    pub(crate) style: MarkStyle,
    pub(crate) kind: QuoteKind,
    pub(crate) parent: Option<usize>,
    pub(crate) closed: bool,
}

impl<'h> Quotation<'h> {
    /// The span from the opening mark to the closing mark, both included (for a multi-paragraph
    /// quotation, from the first opening mark to the last closing mark; for one left open, to
    /// the end of its last piece).
    ///
    /// ```
    /// let text = "He called it a “brother nation”.";
    /// let q = &copydesk::quotations(text)[0];
    /// assert_eq!(&text[q.span()], "“brother nation”");
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The text of [`Quotation::span`].
    ///
    /// ```
    /// let q = &copydesk::quotations("a “brother nation”")[0];
    /// assert_eq!(q.as_str(), "“brother nation”");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        Snippet::at(self.haystack, self.span).as_str()
    }

    /// The quoted words without the marks: for a multi-paragraph quotation, from the start of
    /// the first piece to the end of the last (see [`Quotation::pieces`]).
    ///
    /// ```
    /// let q = &copydesk::quotations("a “brother nation”")[0];
    /// assert_eq!(q.content().as_str(), "brother nation");
    /// ```
    #[must_use]
    pub fn content(&self) -> Snippet<'h> {
        let first = self
            .pieces
            .first()
            .copied()
            .unwrap_or(Span::empty(self.span.start));
        let last = self.pieces.last().copied().unwrap_or(first);
        Snippet::at(self.haystack, first.cover(last))
    }

    /// The content, one piece per paragraph, marks and surrounding whitespace excluded.
    ///
    /// ```
    /// let text = "“We will fight.\n\n“We will win,” he said.";
    /// let q = &copydesk::quotations(text)[0];
    /// let pieces: Vec<_> = q.pieces().map(|p| p.as_str()).collect();
    /// assert_eq!(pieces, ["We will fight.", "We will win,"]);
    /// ```
    pub fn pieces(&self) -> impl ExactSizeIterator<Item = Snippet<'h>> + '_ {
        self.pieces.iter().map(|&s| Snippet::at(self.haystack, s))
    }

    /// The marks' style (that of the opening mark).
    ///
    /// ```
    /// use copydesk::quote::MarkStyle;
    /// assert_eq!(copydesk::quotations("a “b”")[0].style(), MarkStyle::CurlyDouble);
    /// assert_eq!(copydesk::quotations("ein „Wort“ hier")[0].style(), MarkStyle::LowDouble);
    /// ```
    #[must_use]
    pub fn style(&self) -> MarkStyle {
        self.style
    }

    /// Full statement or fragment.
    ///
    /// ```
    /// use copydesk::quote::QuoteKind;
    /// assert_eq!(copydesk::quotations("a “brother nation”.")[0].kind(), QuoteKind::Partial);
    /// assert_eq!(copydesk::quotations("He said: “We won.”")[0].kind(), QuoteKind::Full);
    /// ```
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The index (in the list this quotation came from) of the quotation it is nested in.
    ///
    /// ```
    /// let qs = copydesk::quotations("“He called it ‘cheap’ politics,” she said.");
    /// assert_eq!(qs[1].content().as_str(), "cheap");
    /// assert_eq!(qs[1].parent(), Some(0));
    /// assert_eq!(qs[0].parent(), None);
    /// ```
    #[must_use]
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }

    /// Whether it runs over more than one paragraph.
    ///
    /// ```
    /// assert!(!copydesk::quotations("a “b”")[0].is_multi_paragraph());
    /// ```
    #[must_use]
    pub fn is_multi_paragraph(&self) -> bool {
        self.pieces.len() > 1
    }

    /// Whether its last piece ends at a closing mark (false when the paragraph ended first).
    ///
    /// ```
    /// assert!(copydesk::quotations("a “b”")[0].is_closed());
    /// assert!(!copydesk::quotations("He said: “We won.\n\nThen he left.")[0].is_closed());
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.closed
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Quotation<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Quotation", 7)?;
        st.serialize_field("span", &Snippet::at(self.haystack, self.span))?;
        st.serialize_field("pieces", &self.pieces().collect::<Vec<_>>())?;
        st.serialize_field("style", &self.style)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("parent", &self.parent)?;
        st.serialize_field("closed", &self.closed)?;
        st.end()
    }
}

/// What [`scan`] found: the quotations, and the marks it could not place.
#[derive(Debug, Clone)]
pub struct Scan<'h> {
    quotations: Vec<Quotation<'h>>,
    unpaired: Vec<Span>,
    left_open: Vec<Span>,
}

impl<'h> Scan<'h> {
    /// Every quotation, sorted by start; a nested quotation comes after its parent.
    ///
    /// ```
    /// assert_eq!(copydesk::quote::scan("a “b” c").quotations().len(), 1);
    /// ```
    #[must_use]
    pub fn quotations(&self) -> &[Quotation<'h>] {
        &self.quotations
    }

    /// The quotations, by value.
    ///
    /// ```
    /// let qs = copydesk::quote::scan("a “b” c").into_quotations();
    /// assert_eq!(qs[0].as_str(), "“b”");
    /// ```
    #[must_use]
    pub fn into_quotations(self) -> Vec<Quotation<'h>> {
        self.quotations
    }

    /// The spans of quotation marks that pair with nothing (a stray `”`, an opening mark
    /// displaced by a later one, an opening single mark never closed), in text order.
    /// Apostrophes are not listed, except a leading one the scanner cannot tell from an
    /// opening single mark (`'bot nets`; the known elisions like `'tis` and `'90s` are not).
    ///
    /// ```
    /// let text = "The Joneses' house, he said ” and “no.";
    /// let s = copydesk::quote::scan(text);
    /// let marks: Vec<&str> = s.unpaired_marks().iter().map(|&m| &text[m]).collect();
    /// assert_eq!(marks, ["”"]);
    /// assert_eq!(s.quotations()[0].content().as_str(), "no.");
    /// ```
    #[must_use]
    pub fn unpaired_marks(&self) -> &[Span] {
        &self.unpaired
    }

    /// The spans of the quotations left open (see [`Quotation::is_closed`]), in text order.
    ///
    /// ```
    /// let text = "He said: “We won.\n\nThen he left.";
    /// let s = copydesk::quote::scan(text);
    /// assert_eq!(&text[s.left_open()[0]], "“We won.");
    /// ```
    #[must_use]
    pub fn left_open(&self) -> &[Span] {
        &self.left_open
    }
}

/// Every quotation in `text`, sorted by start; a nested quotation comes after its parent.
/// (The convenience form of [`scan`].)
///
/// ```
/// let text = "“Our participation was just,” Kim said.";
/// let qs = copydesk::quotations(text);
/// assert_eq!(qs.len(), 1);
/// assert_eq!(qs[0].content().as_str(), "Our participation was just,");
/// ```
#[must_use]
pub fn quotations(text: &str) -> Vec<Quotation<'_>> {
    scan(text).quotations
}

/// Scans `text` for quotations, and for the marks that pair with nothing.
///
/// ```
/// let text = "“I will run,” she said. “I am ready.\n\n“We start today.”";
/// let s = copydesk::quote::scan(text);
/// assert_eq!(s.quotations().len(), 2);
/// assert!(s.quotations()[1].is_multi_paragraph());
/// assert!(s.unpaired_marks().is_empty());
/// ```
#[must_use]
pub fn scan(text: &str) -> Scan<'_> {
    let paragraphs: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
    scan_paragraphs(text, &paragraphs)
}

/// [`scan`] over paragraphs the caller has already split (the article parser does), so the text
/// is not split twice.
pub(crate) fn scan_paragraphs<'h>(text: &'h str, paragraphs: &[Paragraph<'h>]) -> Scan<'h> {
    let (mut unpaired, mut left_open) = (Vec::new(), Vec::new());
    let quotations = scan_paragraphs_with(text, paragraphs, |mark, finding| match finding {
        Finding::Unpaired => unpaired.push(mark),
        Finding::LeftOpen => left_open.push(mark),
    });
    unpaired.sort_unstable();
    unpaired.dedup();
    left_open.sort_unstable();
    Scan {
        quotations,
        unpaired,
        left_open,
    }
}

/// A mark [`scan_paragraphs_with`] could not place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Finding {
    /// A mark that pairs with nothing ([`Scan::unpaired_marks`]); the same mark may be told
    /// twice, and marks come in no set order.
    Unpaired,
    /// A quotation left open ([`Scan::left_open`]), told once each, after every unpaired mark.
    LeftOpen,
}

/// [`scan_paragraphs`], telling each mark it could not place to `found` as it goes instead of
/// listing them: the caller keeps them in the form it needs (the article, as diagnostics)
/// without a second list of them.
pub(crate) fn scan_paragraphs_with<'h>(
    text: &'h str,
    paragraphs: &[Paragraph<'h>],
    found: impl FnMut(Span, Finding),
) -> Vec<Quotation<'h>> {
    let mut sc = Scanner {
        text,
        stack: Vec::with_capacity(MAX_DEPTH),
        raw: Vec::with_capacity(text.len() / 256 + 4),
        found,
        toks: Vec::with_capacity(32),
        para: 0,
        pending: None,
    };
    for (i, p) in paragraphs.iter().enumerate() {
        let next = paragraphs.get(i + 1).map(Paragraph::span);
        sc.paragraph(p.span(), next);
    }
    sc.finish()
}

// ---------------------------------------------------------------------------------------------
// Marks

/// Families of marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

impl Family {
    /// Families whose quotations may be reported left open at a paragraph's end.
    fn may_stay_open(self) -> bool {
        !matches!(self, Family::Single)
    }
}

/// What a mark does, read from its sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    /// Opens; `strong` when the sides say so (space or bracket before, a word after).
    Open {
        fam: Family,
        style: MarkStyle,
        strong: bool,
    },
    /// Closes an open mark of the family; with nothing to close it is unpaired (or, for a
    /// single mark, an apostrophe). `weak` for a single mark between a letter and a space.
    Close { fam: Family, weak: bool },
    /// Could do either (a straight `"` between two spaces or two letters): closes an open mark
    /// of the family, otherwise opens.
    Toggle { fam: Family, style: MarkStyle },
    /// A guillemet-like mark: closes an open mark of the family opened by the other direction,
    /// otherwise opens if its sides allow.
    Directed {
        fam: Family,
        style: MarkStyle,
        forward: bool,
        can_open: bool,
    },
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    len: usize,
    act: Act,
    /// For a weak single closer: whether a strong single closer follows before the next single
    /// opener in the paragraph (then this one is an apostrophe).
    later_strong: bool,
}

static ELISIONS: Lazy<Vec<&'static str>> =
    Lazy::new(|| crate::lexicon::lines(include_str!("../lexicon/elisions.txt")).collect());

/// Bytes that can start a quotation mark in UTF-8: `"` `'` `` ` `` and the lead bytes of
/// `“ ” ‘ ’ „ ‚ ‟ ‹ ›` (0xE2), `« »` (0xC2) and `「 」 『 』` (0xE3).
static LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t[0xE3] = true;
    t
};

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Characters after which an opening mark may stand.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        // A `match` on the marks, not a search of a string of them.
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '<'
                        | '—'
                        | '–'
                        | '‐'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '„'
                        | '‚'
                        | '‟'
                        | '«'
                        | '‹'
                        | '「'
                        | '『'
                        | '"'
                        | '\''
                        | '`'
                )
        }
    }
}

/// Characters that may stand after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '>'
                        | '…'
                        | '—'
                        | '–'
                        | '‐'
                        | '-'
                        | '/'
                        | '”'
                        | '’'
                        | '»'
                        | '›'
                        | '」'
                        | '』'
                        | '"'
                        | '\''
                        | '*'
                )
        }
    }
}

fn alnum(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Whether the text after a leading single mark is an elision (`'tis`, `'em`, `'n'`) or a
/// two-digit year (`'90s`, `'16`), which makes the mark an apostrophe.
fn is_elision(after: &str) -> bool {
    elision_len(after).is_some()
}

/// The byte length of the elided word or year at the start of `after`, if it is one.
fn elision_len(after: &str) -> Option<usize> {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let rest = after[digits..].chars().next();
        return (digits == 2 && (rest == Some('s') || !alnum(rest))).then_some(digits);
    }
    let word_len: usize = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(8)
        .map(char::len_utf8)
        .sum();
    if word_len == 0 || alnum(after[word_len..].chars().next()) {
        return None;
    }
    let word = &after[..word_len];
    ELISIONS
        .iter()
        .any(|e| e.eq_ignore_ascii_case(word))
        .then_some(word_len)
}

/// Reads a single-quote character (`‘ ’ '`) with the given sides.
fn single_act(
    style: MarkStyle,
    prev: Option<char>,
    next: Option<char>,
    after: &str,
) -> Option<Act> {
    if alnum(prev) && alnum(next) {
        return None; // O'Brien, Russia‘s, ma'am
    }
    let left = !is_space(next) && opens_after(prev);
    let right = !is_space(prev) && closes_before(next);
    if left && !right {
        if is_elision(after) {
            return None;
        }
        return Some(Act::Open {
            fam: Family::Single,
            style,
            strong: true,
        });
    }
    if right {
        let weak = alnum(prev) && next.is_some_and(char::is_whitespace);
        return Some(Act::Close {
            fam: Family::Single,
            weak,
        });
    }
    None
}

/// Reads a double mark that is the same at both ends (`"`, `''`).
fn symmetric_act(style: MarkStyle, prev: Option<char>, next: Option<char>) -> Act {
    let left = !is_space(next) && opens_after(prev);
    let right = !is_space(prev) && closes_before(next);
    match (left, right) {
        (true, false) => Act::Open {
            fam: Family::Double,
            style,
            strong: true,
        },
        (false, true) => Act::Close {
            fam: Family::Double,
            weak: false,
        },
        _ => Act::Toggle {
            fam: Family::Double,
            style,
        },
    }
}

/// Classifies the marks of one paragraph into `toks`.
fn tokenize(text: &str, para: Span, toks: &mut Vec<Tok>) {
    tokenize_with::<true>(text, para, toks);
}

/// [`tokenize`], with the in-word apostrophe passed over early when `FAST` (the tests compare
/// it with the full reading of every mark).
fn tokenize_with<const FAST: bool>(text: &str, para: Span, toks: &mut Vec<Tok>) {
    toks.clear();
    let bytes = text.as_bytes();
    let mut i = para.start;
    let end = para.end;
    // The closing apostrophe of an elision written with two (`rock 'n' roll`).
    let mut skip_at = usize::MAX;
    // The next byte of each of the two groups of lead bytes, searched for only once passed, so
    // that every byte is looked at once.
    let next_of = |a: u8, b: u8, c: u8, from: usize| {
        bytes
            .get(from..end)
            .and_then(|rest| memchr::memchr3(a, b, c, rest))
            .map_or(end, |o| from + o)
    };
    let mut common = next_of(b'"', b'\'', 0xE2, i);
    let mut rare = next_of(b'`', 0xC2, 0xE3, i);
    while i < end {
        if common < i {
            common = next_of(b'"', b'\'', 0xE2, i);
        }
        if rare < i {
            rare = next_of(b'`', 0xC2, 0xE3, i);
        }
        i = common.min(rare);
        if i >= end {
            break;
        }
        let b = bytes[i];
        debug_assert!(LEAD[b as usize]);
        if i == skip_at {
            i += 1;
            continue;
        }
        // A straight apostrophe inside a word (`it's`, `O'Brien`), between two ASCII letters
        // or digits, neither opens nor closes nor elides: passed over without reading its sides
        // as chars (as `single_act` would find, and no elision follows a letter).
        if FAST
            && b == b'\''
            && i > para.start
            && i + 1 < end
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes[i + 1].is_ascii_alphanumeric()
        {
            i += 1;
            continue;
        }
        let Some(c) = text[i..end].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        // Runs of ' and ` are read as one mark.
        let (run, mlen) = if c == '\'' || c == '`' {
            let n = bytes[i..end].iter().take_while(|&&x| x == b).count();
            (n, n)
        } else {
            (1, clen)
        };
        let prev = text[para.start..i].chars().next_back();
        let next = text[i + mlen..end].chars().next();
        let after = &text[i + mlen..end];
        let mut push = |start: usize, len: usize, act: Act| {
            toks.push(Tok {
                start,
                len,
                act,
                later_strong: false,
            });
        };
        let left = !is_space(next) && opens_after(prev);
        let right = !is_space(prev) && closes_before(next);
        let dbl = Family::Double;
        if run == 1
            && matches!(c, '\'' | '‘' | '’')
            && left
            && let Some(w) = elision_len(after)
            && after[w..].starts_with(['\'', '’'])
        {
            skip_at = i + mlen + w;
        }
        match (c, run) {
            ('“' | '‟', _) => {
                let act = if left {
                    Act::Open {
                        fam: dbl,
                        style: MarkStyle::CurlyDouble,
                        strong: true,
                    }
                } else if right {
                    Act::Close {
                        fam: dbl,
                        weak: false,
                    }
                } else {
                    Act::Toggle {
                        fam: dbl,
                        style: MarkStyle::CurlyDouble,
                    }
                };
                push(i, clen, act);
            }
            ('”', _) => {
                // After a space or at the start of a paragraph it may be a mistyped opener.
                let act = if right {
                    Act::Close {
                        fam: dbl,
                        weak: false,
                    }
                } else if prev.is_none() || left {
                    Act::Toggle {
                        fam: dbl,
                        style: MarkStyle::CurlyDouble,
                    }
                } else {
                    Act::Close {
                        fam: dbl,
                        weak: false,
                    }
                };
                push(i, clen, act);
            }
            ('„', _) => push(
                i,
                clen,
                Act::Open {
                    fam: dbl,
                    style: MarkStyle::LowDouble,
                    strong: !is_space(next),
                },
            ),
            ('‚', _) if left => push(
                i,
                clen,
                Act::Open {
                    fam: Family::Single,
                    style: MarkStyle::LowSingle,
                    strong: true,
                },
            ),
            ('‘', _) => {
                if let Some(act) = single_act(MarkStyle::CurlySingle, prev, next, after) {
                    push(i, clen, act);
                }
            }
            ('’', _) => {
                // ’ never opens: with a word after it, it is an apostrophe (’tis, ’90s).
                if let Some(act @ Act::Close { .. }) =
                    single_act(MarkStyle::CurlySingle, prev, next, after)
                {
                    push(i, clen, act);
                }
            }
            ('"', _) if prev == Some('=') => {
                // A markup attribute (`<tweet id="123">`), not prose: skip it and its partner.
                if let Some(k) = memchr::memchr(b'"', &bytes[i + 1..end]) {
                    skip_at = i + 1 + k;
                }
            }
            ('"', _) => push(i, 1, symmetric_act(MarkStyle::StraightDouble, prev, next)),
            ('\'', 1) => {
                if let Some(act) = single_act(MarkStyle::StraightSingle, prev, next, after) {
                    push(i, 1, act);
                }
            }
            ('\'', 2) => push(
                i,
                2,
                symmetric_act(MarkStyle::DoubleApostrophes, prev, next),
            ),
            ('\'', 3) => {
                if right || (!left && !is_space(prev)) {
                    // ’'' : a single closing inside a double closing
                    push(
                        i,
                        1,
                        Act::Close {
                            fam: Family::Single,
                            weak: false,
                        },
                    );
                    push(
                        i + 1,
                        2,
                        Act::Close {
                            fam: dbl,
                            weak: false,
                        },
                    );
                } else if left {
                    push(
                        i,
                        2,
                        Act::Open {
                            fam: dbl,
                            style: MarkStyle::DoubleApostrophes,
                            strong: true,
                        },
                    );
                    push(
                        i + 2,
                        1,
                        Act::Open {
                            fam: Family::Single,
                            style: MarkStyle::StraightSingle,
                            strong: true,
                        },
                    );
                }
            }
            ('`', 2) if !is_space(next) => push(
                i,
                2,
                Act::Open {
                    fam: dbl,
                    style: MarkStyle::Backticks,
                    strong: true,
                },
            ),
            ('«' | '»' | '‹' | '›', _) => {
                let (fam, style) = if matches!(c, '«' | '»') {
                    (Family::Guillemet, MarkStyle::Guillemets)
                } else {
                    (Family::SingleGuillemet, MarkStyle::SingleGuillemets)
                };
                let forward = matches!(c, '«' | '‹');
                // « opens wherever it stands; » opens (German »…«) only before a word.
                let can_open = forward || (is_space(prev) && !is_space(next));
                push(
                    i,
                    clen,
                    Act::Directed {
                        fam,
                        style,
                        forward,
                        can_open,
                    },
                );
            }
            ('「' | '『', _) => {
                let (fam, style) = if c == '「' {
                    (Family::Corner, MarkStyle::CornerBrackets)
                } else {
                    (Family::WhiteCorner, MarkStyle::WhiteCornerBrackets)
                };
                push(
                    i,
                    clen,
                    Act::Open {
                        fam,
                        style,
                        strong: true,
                    },
                );
            }
            ('」' | '』', _) => {
                let fam = if c == '」' {
                    Family::Corner
                } else {
                    Family::WhiteCorner
                };
                push(i, clen, Act::Close { fam, weak: false });
            }
            _ => {}
        }
        i += mlen;
    }
    // A weak single closer (`s’ and`) gives way to a strong one further on, before the next
    // opening single mark: `‘the Joneses’ house,’ he said`.
    let mut strong_ahead = false;
    for t in toks.iter_mut().rev() {
        t.later_strong = strong_ahead;
        match t.act {
            Act::Open {
                fam: Family::Single,
                ..
            } => strong_ahead = false,
            Act::Close {
                fam: Family::Single,
                weak: false,
            } => strong_ahead = true,
            _ => {}
        }
    }
}

/// The opening mark at the very start of a paragraph, if any: its family and length.
fn first_opener(text: &str, para: Span) -> Option<(Family, usize)> {
    let s = &text[para];
    let mut it = s.chars();
    let c = it.next()?;
    let next = it.next();
    let fam = match c {
        '“' | '„' | '‟' | '”' => Family::Double,
        '"' if !is_space(next) => Family::Double,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' => Family::Corner,
        '『' => Family::WhiteCorner,
        '\'' if s.starts_with("''") && !s.starts_with("'''") => {
            return (!is_space(s[2..].chars().next())).then_some((Family::Double, 2));
        }
        '`' if s.starts_with("``") => return Some((Family::Double, 2)),
        '‘' | '\'' | '‚' if !is_space(next) && !is_elision(&s[c.len_utf8()..]) => {
            Family::Single
        }
        _ => return None,
    };
    Some((fam, c.len_utf8()))
}

// ---------------------------------------------------------------------------------------------
// The scanner

#[derive(Debug)]
struct Builder {
    para: usize,
    start: usize,
    style: MarkStyle,
    pieces: Few<Span>,
}

#[derive(Debug)]
struct Entry {
    start: usize,
    len: usize,
    fam: Family,
    style: MarkStyle,
    strong: bool,
    forward: bool,
    cont: Option<Builder>,
}

/// A quotation before sorting and kinds.
#[derive(Debug)]
struct Raw {
    /// Start of the paragraph where it opens.
    para: usize,
    span: Span,
    pieces: Few<Span>,
    style: MarkStyle,
    closed: bool,
}

struct Scanner<'h, F> {
    text: &'h str,
    stack: Vec<Entry>,
    raw: Vec<Raw>,
    /// Told each mark that cannot be placed.
    found: F,
    toks: Vec<Tok>,
    /// Start of the current paragraph.
    para: usize,
    /// A quotation carried over to the next paragraph, with its family.
    pending: Option<(Family, Builder)>,
}

impl<'h, F: FnMut(Span, Finding)> Scanner<'h, F> {
    fn piece(&self, from: usize, to: usize) -> Span {
        Span::new(from, to).trim(self.text)
    }

    fn paragraph(&mut self, para: Span, next: Option<Span>) {
        let text = self.text;
        self.stack.clear();
        self.para = para.start;
        let mut skip_to = para.start;
        if let Some((fam, b)) = self.pending.take() {
            match first_opener(text, para) {
                Some((f, len)) if f == fam => {
                    self.stack.push(Entry {
                        start: para.start,
                        len,
                        fam,
                        style: b.style,
                        strong: true,
                        forward: true,
                        cont: Some(b),
                    });
                    skip_to = para.start + len;
                }
                _ => self.finish_open(b),
            }
        }
        let mut toks = std::mem::take(&mut self.toks);
        tokenize(text, para, &mut toks);
        for t in &toks {
            if t.start < skip_to {
                continue;
            }
            self.act(t);
        }
        self.toks = toks;
        self.end_paragraph(para, next);
    }

    fn act(&mut self, t: &Tok) {
        let mark = Span::new(t.start, t.start + t.len);
        match t.act {
            Act::Open { fam, style, strong } => self.open(mark, fam, style, strong, true),
            Act::Close { fam, weak } => {
                if weak && t.later_strong {
                    return; // an apostrophe: `the Joneses’ house,’`
                }
                if !self.close(mark, |e| e.fam == fam) && fam != Family::Single {
                    (self.found)(mark, Finding::Unpaired);
                }
            }
            Act::Toggle { fam, style } => {
                if !self.close(mark, |e| e.fam == fam) {
                    self.open(mark, fam, style, false, true);
                }
            }
            Act::Directed {
                fam,
                style,
                forward,
                can_open,
            } => {
                if self.close(mark, |e| e.fam == fam && e.forward != forward) {
                    return;
                }
                if can_open {
                    self.open(mark, fam, style, true, forward);
                } else {
                    (self.found)(mark, Finding::Unpaired);
                }
            }
        }
    }

    fn open(&mut self, mark: Span, fam: Family, style: MarkStyle, strong: bool, forward: bool) {
        // A double mark that opens while another double is innermost (marks with a direction,
        // like « and 「, nest instead). If the open one has run
        // to the end of a sentence, it ends there unclosed, as it would at the end of its
        // paragraph (text whose paragraph breaks were lost: `"A. "B."`); otherwise it was
        // stray (`He said "hello to them. Then "goodbye" she said.`).
        if strong
            && fam == Family::Double
            && let Some(top) = self.stack.last()
            && top.fam == fam
            && top.strong
        {
            let top = self.stack.pop().expect("checked");
            let piece = self.piece(top.start + top.len, mark.start);
            let ends_sentence = self.text[piece]
                .trim_end_matches([')', ']'])
                .ends_with(['.', '!', '?', '…']);
            if ends_sentence && !piece.is_empty() {
                let mut b = top.cont.unwrap_or(Builder {
                    para: self.para,
                    start: top.start,
                    style: top.style,
                    pieces: Few::new(),
                });
                b.pieces.push(piece);
                self.finish_open(b);
            } else {
                self.drop_entry(top);
            }
        }
        if self.stack.len() >= MAX_DEPTH {
            (self.found)(mark, Finding::Unpaired);
            return;
        }
        self.stack.push(Entry {
            start: mark.start,
            len: mark.len(),
            fam,
            style,
            strong,
            forward,
            cont: None,
        });
    }

    /// An entry that will never close: a continued quotation ends where its last paragraph
    /// ended; a plain mark is unpaired.
    fn drop_entry(&mut self, e: Entry) {
        (self.found)(Span::new(e.start, e.start + e.len), Finding::Unpaired);
        if let Some(b) = e.cont {
            self.finish_open(b);
        }
    }

    /// Closes the innermost open entry that `fits`; entries above it are dropped.
    fn close(&mut self, mark: Span, fits: impl Fn(&Entry) -> bool) -> bool {
        let Some(k) = self.stack.iter().rposition(fits) else {
            return false;
        };
        while self.stack.len() > k + 1 {
            let e = self.stack.pop().expect("len > k + 1");
            self.drop_entry(e);
        }
        let e = self.stack.pop().expect("k exists");
        let piece = self.piece(e.start + e.len, mark.start);
        let (para, start, style, mut pieces) = match e.cont {
            Some(b) => (b.para, b.start, b.style, b.pieces),
            None => (self.para, e.start, e.style, Few::new()),
        };
        if !piece.is_empty() {
            pieces.push(piece);
        }
        if pieces.is_empty() {
            return true; // `“”`: a pair, but no quotation
        }
        self.raw.push(Raw {
            para,
            span: Span::new(start, mark.end),
            pieces,
            style,
            closed: true,
        });
        true
    }

    fn end_paragraph(&mut self, para: Span, next: Option<Span>) {
        let text = self.text;
        let next_opens = next.and_then(|n| first_opener(text, n)).map(|(f, _)| f);
        let chosen = self.stack.iter().position(|e| {
            e.cont.is_some()
                || e.strong
                    && (e.fam.may_stay_open() || next_opens == Some(e.fam))
                    && e.start + e.len < para.end
        });
        // Emptied in place: the stack keeps its room for the next paragraph.
        let mut stack = std::mem::take(&mut self.stack);
        for (i, e) in stack.drain(..).enumerate() {
            if Some(i) != chosen {
                self.drop_entry(e);
                continue;
            }
            let piece = self.piece(e.start + e.len, para.end);
            let mut b = e.cont.unwrap_or(Builder {
                para: para.start,
                start: e.start,
                style: e.style,
                pieces: Few::new(),
            });
            if !piece.is_empty() {
                b.pieces.push(piece);
            }
            if next_opens == Some(e.fam) {
                self.pending = Some((e.fam, b));
            } else {
                if b.pieces.is_empty() {
                    (self.found)(Span::new(e.start, e.start + e.len), Finding::Unpaired);
                }
                self.finish_open(b);
            }
        }
        self.stack = stack;
    }

    /// A quotation that ends without a closing mark.
    fn finish_open(&mut self, b: Builder) {
        let Some(last) = b.pieces.last() else {
            return;
        };
        self.raw.push(Raw {
            para: b.para,
            span: Span::new(b.start, last.end),
            pieces: b.pieces,
            style: b.style,
            closed: false,
        });
    }

    fn finish(mut self) -> Vec<Quotation<'h>> {
        if let Some((_, b)) = self.pending.take() {
            self.finish_open(b);
        }
        let text = self.text;
        let mut raw = self.raw;
        raw.sort_by_key(|r| (r.span.start, std::cmp::Reverse(r.span.end)));
        let mut quotations: Vec<Quotation<'h>> = Vec::with_capacity(raw.len());
        let mut open: Vec<usize> = Vec::new();
        for r in raw {
            while let Some(&top) = open.last() {
                if quotations[top].span.contains(r.span) {
                    break;
                }
                open.pop();
            }
            let parent = open.last().copied();
            let parent_content = parent.map(|p| quotations[p].span);
            let kind = kind_of(text, &r, parent_content);
            if !r.closed {
                (self.found)(r.span, Finding::LeftOpen);
            }
            open.push(quotations.len());
            quotations.push(Quotation {
                haystack: text,
                span: r.span,
                pieces: r.pieces,
                style: r.style,
                kind,
                parent,
                closed: r.closed,
            });
        }
        quotations
    }
}

// ---------------------------------------------------------------------------------------------
// Kinds

static LEAD_INS: Lazy<Vec<&'static str>> =
    Lazy::new(|| crate::lexicon::lines(include_str!("../lexicon/quote_lead_ins.txt")).collect());

/// Whether one of the last three words of `before` is a verb that introduces a quotation.
fn follows_lead_in(before: &str) -> bool {
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| LEAD_INS.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// Closing marks and brackets that may follow a sentence's final punctuation.
const AFTER_END: &[char] = &['"', '\'', '”', '’', '»', '›', '」', '』', ')', ']'];
const OPENING: &[char] = &[
    '"', '\'', '“', '‘', '„', '‚', '‟', '«', '»', '‹', '›', '「', '『', '`', '(', '[',
];

/// Full or partial, from what stands before the opening mark in its paragraph (or parent
/// quotation) and from the shape of the content.
fn kind_of(text: &str, r: &Raw, parent: Option<Span>) -> QuoteKind {
    if r.pieces.len() > 1 {
        return QuoteKind::Full;
    }
    let Some(&content) = r.pieces.first() else {
        return QuoteKind::Partial;
    };
    // The text before the mark, back to the start of the paragraph or the parent's opening mark.
    let floor = parent.map_or(r.para, |p| p.start.max(r.para));
    let before = text[floor..r.span.start]
        .trim_end()
        .trim_end_matches(OPENING)
        .trim_end();
    let Some(last) = before.chars().next_back() else {
        return QuoteKind::Full; // at the start of its paragraph (or of its parent)
    };
    if last == ':' {
        return QuoteKind::Full;
    }
    let sentence_end = before.trim_end_matches(AFTER_END);
    if sentence_end.ends_with(['.', '!', '?', '…']) && !sentence_end.ends_with("..") {
        return QuoteKind::Full;
    }
    let c = &text[content];
    let upper = c
        .chars()
        .next()
        .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
    let words = c.split_whitespace().take(8).count();
    let ends_statement = c
        .trim_end_matches(AFTER_END)
        .ends_with(['.', '!', '?', ',', '…', '—']);
    if last == ',' && follows_lead_in(&before[..before.len() - 1]) {
        return QuoteKind::Full; // he said, “and we’ll win.”
    }
    if upper && matches!(last, ',' | '—' | '–') && words >= 2 {
        return QuoteKind::Full; // He said, “We …
    }
    let ends_sentence = c
        .trim_end_matches(AFTER_END)
        .ends_with(['.', '!', '?', '…']);
    if upper && (ends_sentence && words >= 2 || ends_statement && words >= 3) {
        return QuoteKind::Full; // “You lie!” he shouted. / chanted “Islam hates us,”
    }
    if ends_sentence && words >= 5 {
        return QuoteKind::Full; // saying “it’s never a fair trade with them.”
    }
    QuoteKind::Partial
}

#[cfg(test)]
mod tests;
