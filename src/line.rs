//! What one line of an article is: a byline, a dateline, a credit, a photo credit, a
//! correction or update note, or body text ([`classify_line`]).
//!
//! A user with a line in hand (an author field, a caption, the last paragraph of a story) asks
//! [`classify_line`] what it is and gets the parse where there is one. Each standalone parser
//! refuses the others' lines with [`Reason::OtherLine`](crate::error::Reason::OtherLine).
//!
//! ```
//! use copydesk::line::{Line, LineKind};
//!
//! assert_eq!(copydesk::classify_line("Mumbai, Jun 29 (PTI) Shares rose.").kind(), LineKind::Dateline);
//! assert_eq!(copydesk::classify_line("By Priya Sharma, ET Bureau").kind(), LineKind::Byline);
//! assert_eq!(copydesk::classify_line("(With inputs from PTI)").kind(), LineKind::Credit);
//! assert_eq!(copydesk::classify_line("Photo: Reuters").kind(), LineKind::PhotoCredit);
//! assert_eq!(copydesk::classify_line("Correction: An earlier version misstated the date.").kind(), LineKind::Note);
//! assert_eq!(copydesk::classify_line("Border Crossings").kind(), LineKind::Body);
//! if let Line::Byline(b) = copydesk::classify_line("By Priya Sharma, ET Bureau") {
//!     assert_eq!(b.authors()[0].display(), "Priya Sharma");
//! }
//! ```

use crate::span::{Snippet, Span};
use crate::{Byline, Credit, Dateline, lineshape};

pub use crate::error::LineKind;

/// A classified line, with its parse where it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Line<'h> {
    /// A byline and its parse.
    Byline(Byline<'h>),
    /// A dateline and its parse (the dateline only: the text after it is the body).
    Dateline(Dateline<'h>),
    /// A credit and its parse.
    Credit(Credit<'h>),
    /// A photo credit (the line, trimmed).
    PhotoCredit(Snippet<'h>),
    /// A correction or update note (the line, trimmed).
    Note(Snippet<'h>),
    /// Body text (the line, trimmed; empty for a blank line).
    Body(Snippet<'h>),
}

impl Line<'_> {
    /// The kind of the line.
    ///
    /// ```
    /// use copydesk::line::LineKind;
    /// assert_eq!(copydesk::classify_line("(AP Photo/Jane Doe)").kind(), LineKind::PhotoCredit);
    /// ```
    #[must_use]
    pub fn kind(&self) -> LineKind {
        match self {
            Line::Byline(_) => LineKind::Byline,
            Line::Dateline(_) => LineKind::Dateline,
            Line::Credit(_) => LineKind::Credit,
            Line::PhotoCredit(_) => LineKind::PhotoCredit,
            Line::Note(_) => LineKind::Note,
            Line::Body(_) => LineKind::Body,
        }
    }
}

/// Classifies one line: byline, dateline, credit, photo credit, correction or update note, or
/// body text, with the parse where there is one. Total: any input yields a [`Line`].
///
/// A photo credit or a note is recognised by its opening; a line that parses as a byline with a
/// lead-in (`By …`) is a byline; then a credit, a dateline and a bare byline (`Priya Sharma`,
/// `HT News Desk`) are tried in that order; everything else is body text.
///
/// ```
/// use copydesk::line::{Line, LineKind};
///
/// let line = "(Reporting by Aidan Lewis in Cairo; Editing by Andrew Heavens)";
/// let Line::Credit(c) = copydesk::classify_line(line) else { panic!("a credit") };
/// assert_eq!(c.contributors().count(), 2);
/// assert_eq!(copydesk::classify_line("By then, the fire had spread.").kind(), LineKind::Body);
/// ```
#[must_use]
pub fn classify_line(line: &str) -> Line<'_> {
    let trimmed = Span::new(0, line.len()).trim(line);
    let whole = Snippet::at(line, trimmed);
    let text = whole.as_str();
    if text.is_empty() {
        return Line::Body(whole);
    }
    if lineshape::is_photo_credit(text) {
        return Line::PhotoCredit(whole);
    }
    if lineshape::is_note(text) {
        return Line::Note(whole);
    }
    let byline = Byline::parse(line);
    if let Ok(b) = &byline
        && b.lead_in().is_some()
    {
        return Line::Byline(b.clone());
    }
    if let Ok(c) = Credit::parse(line) {
        return Line::Credit(c);
    }
    if let Ok(d) = Dateline::parse(line) {
        return Line::Dateline(d);
    }
    match byline {
        Ok(b) => Line::Byline(b),
        Err(_) => Line::Body(whole),
    }
}
