//! The credit parser (provisional stub: the full parser replaces it).

use crate::error::{ParseError, Reason, Target, check_line};
use crate::text::Paragraph;
use crate::{Snippet, Span};

/// A parsed credit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Credit<'h> {
    text: Snippet<'h>,
}

impl<'h> Credit<'h> {
    /// Parses a credit line on its own; spans are offsets into `input`.
    ///
    /// ```
    /// assert!(copydesk::Credit::parse("").is_err());
    /// ```
    pub fn parse(input: &'h str) -> Result<Credit<'h>, ParseError> {
        Self::parse_in(input, Span::new(0, input.len()))
    }

    /// Parses the credit in `region` of `haystack`; spans are offsets into `haystack`.
    pub(crate) fn parse_in(haystack: &'h str, region: Span) -> Result<Credit<'h>, ParseError> {
        let input = Snippet::new(haystack, region).map_or("", |s| s.as_str());
        check_line(input, Target::Credit, 4096)?;
        Err(ParseError::new(
            Target::Credit,
            Reason::NoCredit("not implemented"),
        ))
    }

    /// Where it is.
    ///
    /// ```
    /// assert!(copydesk::Credit::parse("x").is_err());
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }
}

/// Finds the credit(s) of an article among its paragraphs.
pub(crate) fn detect<'h>(
    _text: &'h str,
    _paragraphs: &[Paragraph<'h>],
) -> Vec<(usize, Credit<'h>)> {
    Vec::new()
}
