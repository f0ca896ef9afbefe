//! # copydesk
//!
//! copydesk reads the text of a news article the way a newsroom copy desk does and hands back
//! typed, span-exact structure: quotations, attributions (who said it, by which cue, through
//! which source), bylines, datelines and wire-credit footers. It uses no model and no network:
//! rules written from newsroom style, and lexicons shipped as reviewed data files.
//!
//! ## Usage
//!
//! ```
//! let text = "SEOUL, May 10 (Reuters) - “Our participation was just,” Kim said.\n\
//!             He called it a “brother nation”.\n\
//!             (With inputs from Reuters)";
//! let article = copydesk::parse(text);
//! let quotes: Vec<&str> = article.quotations().iter().map(|q| q.content().as_str()).collect();
//! assert_eq!(quotes, ["Our participation was just,", "brother nation"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The same article gives its attributions (who said what, by which cue, through which
//! secondary source) and the entities their sources resolve to:
//!
//! ```
//! let article = copydesk::parse("“It was just,” Kim Jong Un said. “We are proud,” he added.");
//! let he = &article.attributions()[1];
//! assert_eq!((he.source().unwrap().as_str(), he.cue().as_str()), ("he", "added"));
//! assert_eq!(he.entity().unwrap().name(), "Kim Jong Un");
//! ```
//!
//! Build one [`Parser`] and reuse it (it is `Send + Sync`); [`parse`] uses a shared default one.
//! The standalone parsers [`Byline::parse`], [`Dateline::parse`] and [`Credit::parse`] read one
//! line each and return `Result<_, ParseError>` with a typed [`error::Reason`]. The article parser
//! never fails: odd input gives partial results plus [`article::Diagnostic`]s.
//!
//! ## Spans
//!
//! Every located item exposes a [`Span`] (UTF-8 byte offsets, half-open, on `char` boundaries of
//! the caller's text) and the `&str` it covers, and the two always agree: `&text[item.span()]`
//! is the item. A [`Snippet`] carries both; with the `serde` feature it serialises as
//! `{"start", "end", "text"}`. Precisely:
//!
//! - a [`Quotation`]'s span runs from its opening mark to its closing mark, both included; its
//!   content pieces exclude the marks, one piece per paragraph for a multi-paragraph quotation;
//! - a [`text::Paragraph`] excludes surrounding whitespace and line breaks;
//! - a dateline's span is the exact prefix of its paragraph, separator included.
//!
//! Offsets are never computed on a normalised copy. Convert to UTF-16 or char offsets at the
//! edge of your program if you need them.
//!
//! ## Guarantees
//!
//! - **No panics, no lost text**: any `&str` (empty, huge, binary-looking, unbalanced quotation
//!   marks, mixed scripts) yields a result. Property tests check it on arbitrary input.
//! - **Linear time**: quotation marks are paired with a stack, lexicons run as Aho-Corasick
//!   automata and grammatical shapes as `regex` (linear-time) expressions; benchmarks over growing
//!   pathological input (`benches/`) keep it so.
//! - **No global mutable state**: lexicons compile once into immutable statics, so the crate is
//!   trivially usable from many threads.
//!
//! ## Why byte offsets? Why no model?
//!
//! Byte offsets are what Rust's `str` indexes by and what `regex` reports; everything else
//! (char or UTF-16 offsets) can be derived at the edge, while the reverse loses information. A
//! model would need downloading, a runtime and a GPU to be fast; newsroom style is regular enough
//! that rules read it more accurately and a thousand times faster.
//!
//! ## Limitations
//!
//! copydesk reads English-language news. Quotation marks of other languages are recognised, but
//! cue words, titles and abbreviations are English.
//!
//! ## Crate features
//!
//! - `serde` (default): `Serialize` for every result type, `Deserialize` for its enums, and the
//!   [`record`] module: owned, deserialisable results ([`Article::to_record`]) and the
//!   offsets-only span form ([`record::Offsets`]). With `default-features = false` the crate
//!   builds on regex, aho-corasick, memchr, once_cell and thiserror alone.

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
mod lexicon;
pub mod line;
mod lineshape;
pub mod name;
pub mod quote;
#[cfg(feature = "serde")]
pub mod record;
mod span;
pub mod text;
mod util;

pub use agency::{Agency, AgencyKind, Outlet};
pub use article::{Article, Parser};
pub use attribution::Attribution;
pub use byline::Byline;
pub use credit::Credit;
pub use dateline::Dateline;
pub use entity::Entity;
pub use error::ParseError;
pub use line::classify_line;
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

/// The README's examples, run as doc tests so the README never lies.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
