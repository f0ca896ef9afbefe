//! # copydesk
//!
//! Reads the text of a news article the way a newsroom copy desk does and hands back typed,
//! span-exact structure: bylines, datelines, wire-credit footers, quotations and attributions.
//! No model, no network: rules written from newsroom style, lexicons shipped as data.
//!
//! (The crate manual is written as the features land.)

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod agency;
pub mod article;
pub mod attribution;
pub mod byline;
pub mod credit;
pub mod dateline;
pub mod entity;
pub mod error;
pub mod quote;
mod span;
pub mod text;

pub use agency::{Agency, AgencyKind};
pub use article::{Article, Parser};
pub use attribution::Attribution;
pub use byline::Byline;
pub use credit::Credit;
pub use dateline::Dateline;
pub use entity::Entity;
pub use error::ParseError;
pub use quote::{Quotation, quotations};
pub use span::{Snippet, Span};

/// Parses `text` with the default [`Parser`].
///
/// ```
/// let article = copydesk::parse("“We won,” she said.");
/// assert_eq!(article.quotations()[0].content().as_str(), "We won,");
/// ```
#[must_use]
pub fn parse(text: &str) -> Article<'_> {
    static PARSER: once_cell::sync::Lazy<Parser> = once_cell::sync::Lazy::new(Parser::new);
    PARSER.parse(text)
}
