//! The typed error of the standalone parsers ([`Byline`](crate::Byline),
//! [`Dateline`](crate::Dateline), [`Credit`](crate::Credit)).

use crate::Span;

/// Which standalone parser refused its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Target {
    /// [`Byline::parse`](crate::Byline::parse).
    Byline,
    /// [`Dateline::parse`](crate::Dateline::parse).
    Dateline,
    /// [`Credit::parse`](crate::Credit::parse).
    Credit,
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Target::Byline => "byline",
            Target::Dateline => "dateline",
            Target::Credit => "credit",
        })
    }
}

/// Why a standalone parser refused its input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// The input is empty or only whitespace.
    #[error("the input is empty")]
    Empty,
    /// The input is longer than such a line can be.
    #[error("the input is {len} bytes long; at most {max} are read as one line")]
    TooLong {
        /// Length of the input in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// `By` starts an ordinary sentence (`By July 2007, …`, `By the time …`, `By contrast, …`).
    #[error("'By' opens a sentence here, not a byline: {0}")]
    SentenceOpener(&'static str),
    /// No person, desk or agency could be read as the author.
    #[error("no author, desk or agency found")]
    NoAuthor,
    /// The text reads as a sentence of the story rather than a byline, dateline or credit.
    #[error("this reads as body text: {0}")]
    BodyText(&'static str),
    /// No place, agency or separator shape of a dateline at the start.
    #[error("no dateline at the start: {0}")]
    NoDateline(&'static str),
    /// A photo or image credit, not a story credit.
    #[error("a photo credit, not a story credit")]
    PhotoCredit,
    /// An agency is mentioned inside reported speech (`told PTI`, `according to AFP`).
    #[error("{0}")]
    InStoryMention(&'static str),
    /// A correction or update notice (`CORRECTION: …`, `This story has been updated …`), not a
    /// credit.
    #[error("a correction or update notice, not a credit")]
    Correction,
    /// An editor's note or disclaimer, not a credit.
    #[error("an editor's note, not a credit")]
    EditorsNote,
    /// None of the credit shapes matched.
    #[error("{0}")]
    NoCredit(&'static str),
    /// The line is another kind of line: a dateline given to the byline parser, a photo
    /// credit, a correction note, a Reuters footer given to the byline parser. The kind is the
    /// one [`classify_line`](crate::classify_line) gives it.
    #[error("it reads as {0}")]
    OtherLine(LineKind),
}

/// A standalone parser's refusal: which parser, why, and where the fault lies when one part of
/// the input can be blamed.
///
/// ```
/// use copydesk::{Byline, error::Reason};
///
/// let err = Byline::parse("").unwrap_err();
/// assert_eq!(err.reason(), &Reason::Empty);
/// assert_eq!(err.to_string(), "not a byline: the input is empty");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[error("not a {target}: {reason}")]
pub struct ParseError {
    target: Target,
    reason: Reason,
    span: Option<Span>,
}

impl ParseError {
    /// A refusal by `target` for `reason`.
    ///
    /// ```
    /// use copydesk::error::{ParseError, Reason, Target};
    /// let e = ParseError::new(Target::Credit, Reason::PhotoCredit);
    /// assert_eq!(e.target(), Target::Credit);
    /// ```
    #[must_use]
    pub fn new(target: Target, reason: Reason) -> ParseError {
        ParseError {
            target,
            reason,
            span: None,
        }
    }

    /// The same refusal, blaming `span` of the input.
    ///
    /// ```
    /// use copydesk::{Span, error::{ParseError, Reason, Target}};
    /// let e = ParseError::new(Target::Byline, Reason::NoAuthor).at(Span::new(0, 2));
    /// assert_eq!(e.span(), Some(Span::new(0, 2)));
    /// ```
    #[must_use]
    pub fn at(mut self, span: Span) -> ParseError {
        self.span = Some(span);
        self
    }

    /// Which parser refused.
    ///
    /// ```
    /// use copydesk::{Dateline, error::Target};
    /// assert_eq!(Dateline::parse("").unwrap_err().target(), Target::Dateline);
    /// ```
    #[must_use]
    pub fn target(&self) -> Target {
        self.target
    }

    /// Why.
    ///
    /// ```
    /// use copydesk::{Credit, error::Reason};
    /// assert_eq!(Credit::parse("  ").unwrap_err().reason(), &Reason::Empty);
    /// ```
    #[must_use]
    pub fn reason(&self) -> &Reason {
        &self.reason
    }

    /// The part of the input at fault, when one can be named.
    ///
    /// ```
    /// use copydesk::{Byline, error::Reason};
    /// let e = Byline::parse("").unwrap_err();
    /// assert_eq!(e.span(), None);
    /// ```
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        self.span
    }
}

/// Checks the shared preconditions of a one-line parser: not empty, not longer than `max`.
pub(crate) fn check_line(input: &str, target: Target, max: usize) -> Result<(), ParseError> {
    if input.trim().is_empty() {
        return Err(ParseError::new(target, Reason::Empty));
    }
    if input.len() > max {
        return Err(ParseError::new(
            target,
            Reason::TooLong {
                len: input.len(),
                max,
            },
        ));
    }
    Ok(())
}

/// The kind of a line, as [`crate::classify_line`] tells it and as a parser names the kind of a
/// line it refuses ([`Reason::OtherLine`]). Defined here, below the parsers, and re-exported as
/// `copydesk::line::LineKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LineKind {
    /// A byline: `By Jane Doe, Associated Press`, `HT News Desk`.
    Byline,
    /// A line that opens with a dateline: `NEW DELHI: The court …`, `LAGOS —`.
    Dateline,
    /// A story credit: a Reuters footer, a wire-input note, a contributor line, a sign-off, a
    /// copyright or syndication notice.
    Credit,
    /// A photo or image credit: `Photo: Reuters`, `(AP Photo/Jane Doe)`.
    PhotoCredit,
    /// A correction, clarification, update note or editor's note.
    Note,
    /// Anything else: running text, a headline, a label.
    Body,
}

impl LineKind {
    /// The kind in snake case, as it is serialised (`photo_credit`).
    ///
    /// ```
    /// assert_eq!(copydesk::line::LineKind::PhotoCredit.as_str(), "photo_credit");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Byline => "byline",
            LineKind::Dateline => "dateline",
            LineKind::Credit => "credit",
            LineKind::PhotoCredit => "photo_credit",
            LineKind::Note => "note",
            LineKind::Body => "body",
        }
    }
}

impl std::fmt::Display for LineKind {
    /// The kind in words, as error messages use it (`a photo credit`).
    ///
    /// ```
    /// assert_eq!(copydesk::line::LineKind::Dateline.to_string(), "a dateline");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LineKind::Byline => "a byline",
            LineKind::Dateline => "a dateline",
            LineKind::Credit => "a credit line",
            LineKind::PhotoCredit => "a photo credit",
            LineKind::Note => "a correction or update note",
            LineKind::Body => "body text",
        })
    }
}
