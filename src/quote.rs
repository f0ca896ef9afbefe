//! The quotation scanner: every pair of quotation marks and the words between them.
//!
//! (Provisional implementation: pairs curly and straight double quotes within a paragraph. The
//! full scanner replaces it; the types and accessors here are the stable interface.)

use crate::{Snippet, Span};

/// The typographic style of a quotation's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkStyle {
    /// `“…”`
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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    pub(crate) pieces: Vec<Span>,
    pub(crate) style: MarkStyle,
    pub(crate) kind: QuoteKind,
    pub(crate) parent: Option<usize>,
    pub(crate) closed: bool,
}

impl<'h> Quotation<'h> {
    /// The span from the opening mark to the closing mark, both included (for a multi-paragraph
    /// quotation, from the first opening mark to the last closing mark).
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

    /// The content, one piece per paragraph, marks excluded.
    ///
    /// ```
    /// let q = &copydesk::quotations("a “brother nation”")[0];
    /// assert_eq!(q.pieces().next().unwrap().as_str(), "brother nation");
    /// ```
    pub fn pieces(&self) -> impl ExactSizeIterator<Item = Snippet<'h>> + '_ {
        self.pieces.iter().map(|&s| Snippet::at(self.haystack, s))
    }

    /// The marks' style.
    ///
    /// ```
    /// use copydesk::quote::MarkStyle;
    /// assert_eq!(copydesk::quotations("a “b”")[0].style(), MarkStyle::CurlyDouble);
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
    /// ```
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The index (in the list this quotation came from) of the quotation it is nested in.
    ///
    /// ```
    /// assert_eq!(copydesk::quotations("a “b”")[0].parent(), None);
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
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.closed
    }
}

/// Every quotation in `text`, sorted by start; a nested quotation comes after its parent.
///
/// ```
/// let text = "“Our participation was just,” Kim said.";
/// let qs = copydesk::quotations(text);
/// assert_eq!(qs.len(), 1);
/// assert_eq!(qs[0].content().as_str(), "Our participation was just,");
/// ```
#[must_use]
pub fn quotations(text: &str) -> Vec<Quotation<'_>> {
    let mut out = Vec::new();
    for p in crate::text::paragraphs(text) {
        let base = p.span().start;
        let mut open: Option<(usize, char)> = None;
        for (i, c) in p.as_str().char_indices() {
            match (open, c) {
                (None, '“') | (None, '"') => open = Some((base + i, c)),
                (Some((o, oc)), '”') | (Some((o, oc @ '"')), '"') if oc == '“' || c == '"' => {
                    let content = Span::new(o + oc.len_utf8(), base + i);
                    let span = Span::new(o, base + i + c.len_utf8());
                    let before = text[p.span().start..o].trim_end();
                    let kind = if before.is_empty() || before.ends_with([':', '.']) {
                        QuoteKind::Full
                    } else {
                        QuoteKind::Partial
                    };
                    out.push(Quotation {
                        haystack: text,
                        span,
                        pieces: vec![content],
                        style: if oc == '“' {
                            MarkStyle::CurlyDouble
                        } else {
                            MarkStyle::StraightDouble
                        },
                        kind,
                        parent: None,
                        closed: true,
                    });
                    open = None;
                }
                _ => {}
            }
        }
    }
    out
}
