//! The article parser: paragraph roles, byline, dateline, quotations, credits and diagnostics.

use crate::attribution::Attribution;
use crate::byline::Byline;
use crate::credit::Credit;
use crate::dateline::Dateline;
use crate::entity::Entity;
use crate::quote::Quotation;
use crate::text::Paragraph;
use crate::{Snippet, Span};

/// What a paragraph is for in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Role {
    /// The headline (a short first line with no sentence punctuation).
    Headline,
    /// The byline.
    Byline,
    /// Body text (a dateline, when present, opens the first body paragraph).
    Body,
    /// A subheading between body paragraphs.
    Subhead,
    /// A credit footer or sign-off.
    Credit,
}

/// A non-fatal finding about the text: something copydesk saw but could not place.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Diagnostic<'h> {
    /// What kind of finding.
    pub kind: DiagnosticKind,
    /// Where.
    pub at: Snippet<'h>,
}

/// The kinds of [`Diagnostic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A quotation mark that opens nothing and closes nothing.
    UnpairedMark,
    /// A quotation opened but not closed before its paragraph ended.
    UnclosedQuotation,
}

/// One parsed article; everything in it borrows the caller's text.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article<'h> {
    #[cfg_attr(feature = "serde", serde(skip))]
    text: &'h str,
    paragraphs: Vec<(Paragraph<'h>, Role)>,
    byline: Option<Byline<'h>>,
    dateline: Option<Dateline<'h>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    quotations: Vec<Quotation<'h>>,
    credits: Vec<Credit<'h>>,
    attributions: Vec<Attribution<'h>>,
    entities: Vec<Entity<'h>>,
    diagnostics: Vec<Diagnostic<'h>>,
}

/// The configured, reusable article parser. Building it is cheap (lexicons compile once per
/// process); it is `Send + Sync`, so one parser can serve many threads.
///
/// ```
/// let parser = copydesk::Parser::new();
/// let article = parser.parse("“We won,” she said.");
/// assert_eq!(article.quotations().len(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Parser {
    _private: (),
}

impl Parser {
    /// A parser with the default configuration.
    ///
    /// ```
    /// let _parser = copydesk::Parser::new();
    /// ```
    #[must_use]
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Parses one article. Never fails and never panics: odd input gives partial results and
    /// [`Diagnostic`]s.
    ///
    /// ```
    /// let a = copydesk::Parser::new().parse("");
    /// assert!(a.quotations().is_empty());
    /// ```
    #[must_use]
    pub fn parse<'h>(&self, text: &'h str) -> Article<'h> {
        let paragraphs: Vec<Paragraph<'h>> = crate::text::paragraphs(text).collect();
        let mut roles = vec![Role::Body; paragraphs.len()];
        let byline = crate::byline::detect(text, &paragraphs)
            .into_iter()
            .next()
            .map(|(i, b)| {
                roles[i] = Role::Byline;
                b
            });
        let dateline = crate::dateline::detect(text, &paragraphs)
            .into_iter()
            .next()
            .map(|(_, d)| d);
        let credits: Vec<Credit<'h>> = crate::credit::detect(text, &paragraphs)
            .into_iter()
            .map(|(i, c)| {
                roles[i] = Role::Credit;
                c
            })
            .collect();
        let quotations = crate::quote::quotations(text);
        // (The lead narrows this to body paragraphs once roles are wired.)
        let (attributions, entities) =
            crate::attribution::attribute(text, &paragraphs, &quotations).into_parts();
        Article {
            text,
            paragraphs: paragraphs.into_iter().zip(roles).collect(),
            byline,
            dateline,
            quotations,
            credits,
            attributions,
            entities,
            diagnostics: Vec::new(),
        }
    }
}

impl<'h> Article<'h> {
    /// The text it was parsed from.
    ///
    /// ```
    /// assert_eq!(copydesk::parse("Hi.").text(), "Hi.");
    /// ```
    #[must_use]
    pub fn text(&self) -> &'h str {
        self.text
    }

    /// The paragraphs, each with its role.
    ///
    /// ```
    /// assert_eq!(copydesk::parse("A.\nB.").paragraphs().count(), 2);
    /// ```
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = (&Paragraph<'h>, Role)> + '_ {
        self.paragraphs.iter().map(|(p, r)| (p, *r))
    }

    /// The byline, if the article has one.
    ///
    /// ```
    /// assert!(copydesk::parse("Just text.").byline().is_none());
    /// ```
    #[must_use]
    pub fn byline(&self) -> Option<&Byline<'h>> {
        self.byline.as_ref()
    }

    /// The dateline, if the article has one.
    ///
    /// ```
    /// assert!(copydesk::parse("Just text.").dateline().is_none());
    /// ```
    #[must_use]
    pub fn dateline(&self) -> Option<&Dateline<'h>> {
        self.dateline.as_ref()
    }

    /// Every quotation, sorted by start.
    ///
    /// ```
    /// assert_eq!(copydesk::parse("a “b” c “d”").quotations().len(), 2);
    /// ```
    #[must_use]
    pub fn quotations(&self) -> &[Quotation<'h>] {
        &self.quotations
    }

    /// The credit lines (footers, sign-offs, contributor lines).
    ///
    /// ```
    /// assert!(copydesk::parse("Just text.").credits().is_empty());
    /// ```
    #[must_use]
    pub fn credits(&self) -> &[Credit<'h>] {
        &self.credits
    }

    /// The attributions: who said what, by which cue, through which secondary sources.
    ///
    /// ```
    /// let article = copydesk::parse("“We won,” Kim said.");
    /// assert_eq!(article.attributions()[0].source().unwrap().as_str(), "Kim");
    /// ```
    #[must_use]
    pub fn attributions(&self) -> &[Attribution<'h>] {
        &self.attributions
    }

    /// The entities that attributions' sources name; [`Attribution::entity`] indexes this.
    ///
    /// ```
    /// let article = copydesk::parse("“We won,” Kim said.");
    /// assert_eq!(article.entities()[0].name(), "Kim");
    /// ```
    #[must_use]
    pub fn entities(&self) -> &[Entity<'h>] {
        &self.entities
    }

    /// What could not be placed.
    ///
    /// ```
    /// assert!(copydesk::parse("Fine.").diagnostics().is_empty());
    /// ```
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic<'h>] {
        &self.diagnostics
    }

    /// The span of the whole text.
    ///
    /// ```
    /// assert_eq!(copydesk::parse("Hi.").span(), copydesk::Span::new(0, 3));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(0, self.text.len())
    }
}
