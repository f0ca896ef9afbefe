//! The dateline parser (provisional stub: the full parser replaces it).

use crate::error::{ParseError, Reason, Target, check_line};
use crate::text::Paragraph;
use crate::{Snippet, Span};

/// A parsed dateline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dateline<'h> {
    text: Snippet<'h>,
}

impl<'h> Dateline<'h> {
    /// Parses a dateline line on its own; spans are offsets into `input`.
    ///
    /// ```
    /// assert!(copydesk::Dateline::parse("").is_err());
    /// ```
    pub fn parse(input: &'h str) -> Result<Dateline<'h>, ParseError> {
        Self::parse_in(input, Span::new(0, input.len()))
    }

    /// Parses the dateline in `region` of `haystack`; spans are offsets into `haystack`.
    pub(crate) fn parse_in(haystack: &'h str, region: Span) -> Result<Dateline<'h>, ParseError> {
        let input = Snippet::new(haystack, region).map_or("", |s| s.as_str());
        check_line(input, Target::Dateline, 4096)?;
        Err(ParseError::new(
            Target::Dateline,
            Reason::NoCredit("not implemented"),
        ))
    }

    /// Where it is.
    ///
    /// ```
    /// assert!(copydesk::Dateline::parse("x").is_err());
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }
}

/// Finds the dateline(s) of an article among its paragraphs.
pub(crate) fn detect<'h>(
    _text: &'h str,
    _paragraphs: &[Paragraph<'h>],
) -> Vec<(usize, Dateline<'h>)> {
    Vec::new()
}
