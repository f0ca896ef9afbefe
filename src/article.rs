//! The article parser: paragraph roles, byline, dateline, quotations, credits and diagnostics.

use std::sync::Arc;

use crate::attribution::extra::{self, ExtraCues};
use crate::attribution::{Attribution, CueClass, Scope, Shared};
use crate::byline::Byline;
use crate::credit::Credit;
use crate::dateline::Dateline;
use crate::entity::Entity;
use crate::quote::{Finding, Quotation};
use crate::text::Paragraph;
use crate::util::hash::FxSet;
use crate::{Snippet, Span};

/// What a paragraph is for in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Role {
    /// The headline: a short first paragraph that is not a sentence of the story.
    Headline,
    /// The byline.
    Byline,
    /// Body text (a dateline, when present, opens the first body paragraph).
    Body,
    /// A subheading between body paragraphs (`10,000 Troops`).
    Subhead,
    /// A credit footer, sign-off or contributor line.
    Credit,
}

impl Role {
    /// The role's name in lower case, as it is serialised (`headline`, `subhead`).
    ///
    /// ```
    /// assert_eq!(copydesk::article::Role::Subhead.as_str(), "subhead");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Headline => "headline",
            Role::Byline => "byline",
            Role::Body => "body",
            Role::Subhead => "subhead",
            Role::Credit => "credit",
        }
    }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A quotation mark that opens nothing and closes nothing.
    UnpairedMark,
    /// A quotation opened but not closed before its paragraph ended.
    UnclosedQuotation,
}

/// A paragraph of the article with its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block<'h> {
    /// The paragraph.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub paragraph: Paragraph<'h>,
    /// What it is for.
    pub role: Role,
}

/// The paragraphs and their roles, kept side by side (a [`Block`] is made on access): the
/// paragraphs' list is the one the parse read, moved into the article, not copied.
#[derive(Debug, Clone)]
struct Blocks<'h> {
    paragraphs: Vec<Paragraph<'h>>,
    roles: Vec<Role>,
}

impl<'h> Blocks<'h> {
    fn iter(&self) -> impl ExactSizeIterator<Item = Block<'h>> + DoubleEndedIterator + '_ {
        self.paragraphs
            .iter()
            .zip(&self.roles)
            .map(|(&paragraph, &role)| Block { paragraph, role })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Blocks<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// One parsed article; everything in it borrows the caller's text.
///
/// With the `serde` feature it serialises with every span as `{start, end, text}`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article<'h> {
    #[cfg_attr(feature = "serde", serde(skip))]
    text: &'h str,
    paragraphs: Blocks<'h>,
    byline: Option<Byline<'h>>,
    dateline: Option<Dateline<'h>>,
    quotations: Vec<Quotation<'h>>,
    credits: Vec<Credit<'h>>,
    attributions: Vec<Attribution<'h>>,
    entities: Shared<'h>,
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
    scope: Scope,
    /// Cue verbs the caller added (`None` when none: the parse then costs nothing more).
    cues: Option<Arc<ExtraCues>>,
    /// Places the caller added, lower case with single spaces.
    places: Option<Arc<FxSet<String>>>,
    /// Outlets the caller added, lower case with single spaces, without a leading `the `.
    outlets: Option<Arc<FxSet<String>>>,
}

/// Configures a [`Parser`]: `Parser::builder().scope(..).cue(..).place(..).build()`. Every
/// setting has a default, the one [`Parser::new`] and [`crate::parse`] use.
///
/// Extra words extend the shared, built-in lexicons for this parser only: the built-in lexicons
/// are read first and stay shared by every parser; the extras are a small overlay consulted
/// after them. Settings are checked by [`build`](ParserBuilder::build).
///
/// ```
/// use copydesk::attribution::Scope;
///
/// let parser = copydesk::Parser::builder().scope(Scope::Speech).build()?;
/// assert_eq!(parser.scope(), Scope::Speech);
/// # Ok::<(), copydesk::article::BuildError>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct ParserBuilder {
    scope: Scope,
    /// Cue words as given, with their class (or the class name a lexicon gave, unread).
    cues: Vec<(Option<usize>, String, Result<CueClass, String>)>,
    /// Places as given.
    places: Vec<(Option<usize>, String)>,
    /// Outlets as given.
    outlets: Vec<(Option<usize>, String)>,
    /// Lexicon lines that name no known entry: (line, text).
    bad_lines: Vec<(usize, String)>,
}

/// What a word added to a [`ParserBuilder`] is for.
///
/// ```
/// use copydesk::article::{BuildError, Extra};
///
/// let err = copydesk::Parser::builder().place("").build().unwrap_err();
/// assert_eq!(err, BuildError::Empty { what: Extra::Place });
/// assert_eq!(err.to_string(), "an empty place");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Extra {
    /// A cue word ([`ParserBuilder::cue`]).
    Cue,
    /// A place ([`ParserBuilder::place`]).
    Place,
    /// An outlet ([`ParserBuilder::outlet`]).
    Outlet,
}

impl std::fmt::Display for Extra {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Extra::Cue => "cue word",
            Extra::Place => "place",
            Extra::Outlet => "outlet",
        })
    }
}

/// The class names a cue may be given in a lexicon ([`ParserBuilder::lexicon`]) or on the
/// command line, and the classes they name (case is ignored).
///
/// ```
/// use copydesk::{article::CUE_CLASS_NAMES, attribution::CueClass};
///
/// let belief = CUE_CLASS_NAMES.iter().find(|(name, _)| *name == "belief").map(|(_, c)| *c);
/// assert_eq!(belief, Some(CueClass::Thought));
/// ```
pub const CUE_CLASS_NAMES: [(&str, CueClass); 5] = [
    ("speech", CueClass::Speech),
    ("writing", CueClass::Writing),
    ("thought", CueClass::Thought),
    ("belief", CueClass::Thought),
    ("perception", CueClass::Perception),
];

impl ParserBuilder {
    /// Which attributions the parser keeps, by what their cue reports (default [`Scope::All`]).
    ///
    /// ```
    /// use copydesk::attribution::Scope;
    ///
    /// let text = "“We won,” Kim said. Analysts believe the talks failed.";
    /// let all = copydesk::Parser::builder().build()?.parse(text);
    /// let speech = copydesk::Parser::builder().scope(Scope::Speech).build()?.parse(text);
    /// assert_eq!((all.attributions().len(), speech.attributions().len()), (2, 1));
    /// # Ok::<(), copydesk::article::BuildError>(())
    /// ```
    pub fn scope(mut self, scope: Scope) -> ParserBuilder {
        self.scope = scope;
        self
    }

    /// Adds the cue verb `word` (one word, its base form: `tweet`, `rap`) of `class`: the parser
    /// reads it and the forms the inflection generator derives (`tweets`, `tweeted`,
    /// `tweeting`) as the built-in cue verbs of that class. The class is one of the classes of
    /// plain cue verbs: [`CueClass::Speech`], [`CueClass::Writing`], [`CueClass::Thought`] or
    /// [`CueClass::Perception`]. A form the built-in lexicon lists keeps its entry there; a word
    /// it lists as a cue of another class, or a word added twice with two classes, makes
    /// [`build`](ParserBuilder::build) fail.
    ///
    /// ```
    /// use copydesk::attribution::CueClass;
    ///
    /// let text = "The envoy telegraphed that the talks had failed.";
    /// let plain = copydesk::Parser::new().parse(text);
    /// assert!(plain.attributions().is_empty());
    ///
    /// let parser = copydesk::Parser::builder().cue("telegraph", CueClass::Writing).build()?;
    /// let a = parser.parse(text);
    /// let found = &a.attributions()[0];
    /// assert_eq!(found.cue().as_str(), "telegraphed");
    /// assert_eq!(found.cue_class(), CueClass::Writing);
    /// assert_eq!(found.source().map(|s| s.as_str()), Some("The envoy"));
    /// # Ok::<(), copydesk::article::BuildError>(())
    /// ```
    pub fn cue(mut self, word: &str, class: CueClass) -> ParserBuilder {
        self.cues.push((None, word.to_owned(), Ok(class)));
        self
    }

    /// Adds the place `name` (`Wodonga`, `Port Vila`): the parser knows it where bylines and
    /// datelines ask whether a name is a place, as it knows the places of its built-in list.
    ///
    /// ```
    /// let text = "Kelvedon Hatch: Police closed the old bunker road on Sunday after a landslip.";
    /// let plain = copydesk::Parser::new().parse(text);
    /// assert!(plain.dateline().is_none());
    ///
    /// let parser = copydesk::Parser::builder().place("Kelvedon Hatch").build()?;
    /// let a = parser.parse(text);
    /// let place = a.dateline().and_then(|d| d.location()).map(|l| l.as_str());
    /// assert_eq!(place, Some("Kelvedon Hatch"));
    /// # Ok::<(), copydesk::article::BuildError>(())
    /// ```
    pub fn place(mut self, name: &str) -> ParserBuilder {
        self.places.push((None, name.to_owned()));
        self
    }

    /// Adds the news outlet `name` (`Kyiv Independent`; a leading `The` is optional in the
    /// text): bylines read it as the outlet an author writes for, as they read the outlets of
    /// their built-in list (`CNN`, `The Hill`), not as another author. Wire agencies are a
    /// registry of their own ([`crate::Agency`]) and are not added here.
    ///
    /// ```
    /// let line = "By Jane Doe, Kyiv Independent";
    /// let plain = copydesk::Parser::new().parse(line);
    /// let authors = |a: &copydesk::Article<'_>| -> Vec<String> {
    ///     let b = a.byline().expect("a byline");
    ///     b.authors().iter().map(|p| p.as_str().to_owned()).collect()
    /// };
    /// assert_eq!(authors(&plain), ["Jane Doe", "Kyiv Independent"]);
    ///
    /// let parser = copydesk::Parser::builder().outlet("The Kyiv Independent").build()?;
    /// let a = parser.parse(line);
    /// assert_eq!(authors(&a), ["Jane Doe"]);
    /// assert_eq!(a.byline().unwrap().outlets()[0].as_str(), "Kyiv Independent");
    /// # Ok::<(), copydesk::article::BuildError>(())
    /// ```
    pub fn outlet(mut self, name: &str) -> ParserBuilder {
        self.outlets.push((None, name.to_owned()));
        self
    }

    /// Adds the entries of a lexicon text, one a line: `cue WORD CLASS` (a class name of
    /// [`CUE_CLASS_NAMES`]), `place NAME` or `outlet NAME`; blank lines and lines starting with `#` are
    /// skipped. Errors name the line.
    ///
    /// ```
    /// use copydesk::article::BuildError;
    ///
    /// let lexicon = "# our desk's words\ncue livestream speech\nplace Kelvedon Hatch\n";
    /// let parser = copydesk::Parser::builder().lexicon(lexicon).build()?;
    /// let a = parser.parse("The mayor livestreamed that the road was closed.");
    /// assert_eq!(a.attributions().len(), 1);
    ///
    /// let err = copydesk::Parser::builder().lexicon("\ncue fax gossip").build().unwrap_err();
    /// assert!(matches!(err, BuildError::AtLine { line: 2, .. }));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "line 2 of the lexicon: unknown cue class \"gossip\" for \"fax\" \
    ///      (speech, writing, thought, belief, perception)"
    /// );
    /// # Ok::<(), BuildError>(())
    /// ```
    pub fn lexicon(mut self, text: &str) -> ParserBuilder {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let n = Some(i + 1);
            let (kind, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let rest = rest.trim();
            match kind {
                "cue" => {
                    let (word, class) = rest.rsplit_once(char::is_whitespace).unwrap_or(("", rest));
                    let class = class_named(class).ok_or_else(|| class.to_owned());
                    self.cues.push((n, word.trim().to_owned(), class));
                }
                "place" => self.places.push((n, rest.to_owned())),
                "outlet" => self.outlets.push((n, rest.to_owned())),
                _ => self.bad_lines.push((i + 1, line.to_owned())),
            }
        }
        self
    }

    /// The parser, or why the settings cannot make one.
    ///
    /// ```
    /// use copydesk::{article::{BuildError, Extra}, attribution::CueClass};
    ///
    /// let parser = copydesk::Parser::builder().build()?;
    /// assert_eq!(parser.parse("“No,” she said.").attributions().len(), 1);
    ///
    /// let err = copydesk::Parser::builder().cue(" ", CueClass::Speech).build().unwrap_err();
    /// assert_eq!(err, BuildError::Empty { what: Extra::Cue });
    /// let err = copydesk::Parser::builder().cue("said", CueClass::Thought).build().unwrap_err();
    /// assert!(matches!(err, BuildError::ListedCue { listed: CueClass::Speech, .. }));
    /// # Ok::<(), BuildError>(())
    /// ```
    pub fn build(self) -> Result<Parser, BuildError> {
        let at = |line: Option<usize>, e: BuildError| match line {
            Some(line) => BuildError::AtLine {
                line,
                error: Box::new(e),
            },
            None => e,
        };
        if let Some((line, text)) = self.bad_lines.first() {
            return Err(BuildError::AtLine {
                line: *line,
                error: Box::new(BuildError::UnknownEntry { text: text.clone() }),
            });
        }
        let mut cues = ExtraCues::default();
        for (line, word, class) in &self.cues {
            let (word, class) = check_cue(word, class).map_err(|e| at(*line, e))?;
            if let Some(first) = cues.class_of(&word) {
                if first != class {
                    return Err(at(
                        *line,
                        BuildError::ConflictingCue {
                            word,
                            first,
                            second: class,
                        },
                    ));
                }
                continue;
            }
            cues.add(&word, class);
        }
        let mut places: FxSet<String> = FxSet::default();
        for (line, name) in &self.places {
            places.insert(check_name(Extra::Place, name).map_err(|e| at(*line, e))?);
        }
        let mut outlets: FxSet<String> = FxSet::default();
        for (line, name) in &self.outlets {
            let name = check_name(Extra::Outlet, name).map_err(|e| at(*line, e))?;
            let bare = name.strip_prefix("the ").unwrap_or(&name).to_owned();
            outlets.insert(bare);
        }
        Ok(Parser {
            scope: self.scope,
            cues: (!cues.is_empty()).then(|| Arc::new(cues)),
            places: (!places.is_empty()).then(|| Arc::new(places)),
            outlets: (!outlets.is_empty()).then(|| Arc::new(outlets)),
        })
    }
}

/// The class a lexicon's class name names ([`CUE_CLASS_NAMES`]).
fn class_named(name: &str) -> Option<CueClass> {
    CUE_CLASS_NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, c)| *c)
}

/// The cue word `word` in lower case and its class, or why they cannot be a cue.
fn check_cue(
    word: &str,
    class: &Result<CueClass, String>,
) -> Result<(String, CueClass), BuildError> {
    let word = word.trim();
    if word.is_empty() {
        return Err(BuildError::Empty { what: Extra::Cue });
    }
    if word.contains(char::is_whitespace) {
        return Err(BuildError::NotOneWord {
            word: word.to_owned(),
        });
    }
    if let Some(c) = word
        .chars()
        .find(|&c| !(c.is_alphabetic() || c == '-' || c == '\''))
        .or_else(|| word.chars().next().filter(|c| !c.is_alphabetic()))
    {
        return Err(BuildError::InvalidChar {
            what: Extra::Cue,
            word: word.to_owned(),
            ch: c,
        });
    }
    let lower = word.to_lowercase();
    let class = match class {
        Ok(c) => *c,
        Err(name) => {
            return Err(BuildError::UnknownClass {
                word: word.to_owned(),
                class: name.clone(),
            });
        }
    };
    if !extra::addable(class) {
        return Err(BuildError::UnsupportedClass {
            word: word.to_owned(),
            class,
        });
    }
    if let Some(listed) = extra::listed_class(&lower)
        && listed != class
    {
        return Err(BuildError::ListedCue {
            word: word.to_owned(),
            listed,
            class,
        });
    }
    Ok((lower, class))
}

/// The place or outlet `name` in lower case with single spaces, or why it cannot be one.
fn check_name(what: Extra, name: &str) -> Result<String, BuildError> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Err(BuildError::Empty { what });
    }
    let joined = words.join(" ");
    if let Some(c) = joined
        .chars()
        .find(|&c| c.is_control() || ",;:()[]{}\"“”«»|".contains(c))
    {
        return Err(BuildError::InvalidChar {
            what,
            word: joined,
            ch: c,
        });
    }
    if !joined.chars().any(char::is_alphabetic) {
        return Err(BuildError::InvalidChar {
            what,
            ch: joined.chars().next().unwrap_or(' '),
            word: joined,
        });
    }
    Ok(joined.to_lowercase())
}

/// Why a [`ParserBuilder`] could not build its parser.
///
/// ```
/// use copydesk::{article::BuildError, attribution::CueClass};
///
/// let err = copydesk::Parser::builder()
///     .cue("fax", CueClass::Writing)
///     .cue("Fax", CueClass::Speech)
///     .build()
///     .unwrap_err();
/// assert_eq!(
///     err,
///     BuildError::ConflictingCue {
///         word: "fax".into(),
///         first: CueClass::Writing,
///         second: CueClass::Speech
///     }
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// An added word is empty or only whitespace.
    #[error("an empty {what}")]
    Empty {
        /// What the word was for.
        what: Extra,
    },
    /// A cue word holds whitespace: a cue is one word.
    #[error("the cue word {word:?} is more than one word")]
    NotOneWord {
        /// The word as given (trimmed).
        word: String,
    },
    /// An added word holds a character it cannot hold (a cue: letters, `-` and `'`, starting
    /// with a letter; a place: no punctuation that ends a place in a dateline, at least one
    /// letter; an outlet: the same).
    #[error("the {what} {word:?} cannot hold {ch:?}")]
    InvalidChar {
        /// What the word was for.
        what: Extra,
        /// The word as given (trimmed).
        word: String,
        /// The first character it cannot hold.
        ch: char,
    },
    /// A lexicon names a cue class that is not one of [`CUE_CLASS_NAMES`].
    #[error(
        "unknown cue class {class:?} for {word:?} (speech, writing, thought, belief, perception)"
    )]
    UnknownClass {
        /// The cue word.
        word: String,
        /// The class name as given.
        class: String,
    },
    /// A cue word may be added only with the class of a plain cue verb (speech, writing,
    /// thought, perception).
    #[error("the cue word {word:?} cannot be added as {class:?}")]
    UnsupportedClass {
        /// The cue word.
        word: String,
        /// The class asked for.
        class: CueClass,
    },
    /// The same cue word is added twice, with two classes.
    #[error("the cue word {word:?} is added as {first:?} and as {second:?}")]
    ConflictingCue {
        /// The cue word, lower case.
        word: String,
        /// The class it was added with first.
        first: CueClass,
        /// The other class.
        second: CueClass,
    },
    /// The built-in lexicon lists the cue word with another class (the built-in entry would win).
    #[error("the cue word {word:?} is built in as {listed:?}, not {class:?}")]
    ListedCue {
        /// The cue word.
        word: String,
        /// Its built-in class.
        listed: CueClass,
        /// The class asked for.
        class: CueClass,
    },
    /// A lexicon line names no known entry (`cue`, `place` or `outlet`).
    #[error("not a lexicon entry (cue WORD CLASS, place NAME or outlet NAME): {text:?}")]
    UnknownEntry {
        /// The line.
        text: String,
    },
    /// An error on a line of a lexicon ([`ParserBuilder::lexicon`]).
    #[error("line {line} of the lexicon: {error}")]
    AtLine {
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        error: Box<BuildError>,
    },
}

/// At most this many words make a headline or a subhead.
const MAX_HEADING_WORDS: usize = 14;

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

    /// A [`ParserBuilder`] with every setting at its default.
    ///
    /// ```
    /// use copydesk::attribution::Scope;
    /// let parser = copydesk::Parser::builder().scope(Scope::Speech).build()?;
    /// let a = parser.parse("Senator Lee supports the Act. “No,” Lee said.");
    /// assert_eq!(a.attributions().len(), 1);
    /// # Ok::<(), copydesk::article::BuildError>(())
    /// ```
    pub fn builder() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// Which attributions this parser keeps.
    ///
    /// ```
    /// use copydesk::attribution::Scope;
    /// assert_eq!(copydesk::Parser::new().scope(), Scope::All);
    /// ```
    #[must_use]
    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// Parses one article. Never fails and never panics: odd input gives partial results and
    /// [`Diagnostic`]s.
    ///
    /// ```
    /// use copydesk::article::Role;
    ///
    /// let text = "Kim Warns US\n\nSEOUL —  Kim said so.\n\nNew Front\n\nHe left.";
    /// let a = copydesk::Parser::new().parse(text);
    /// let roles: Vec<Role> = a.paragraphs().map(|b| b.role).collect();
    /// assert_eq!(roles, [Role::Headline, Role::Body, Role::Subhead, Role::Body]);
    /// ```
    #[must_use]
    pub fn parse<'h>(&self, text: &'h str) -> Article<'h> {
        // This parser's extra words, seen by the lookups of this thread while it parses.
        let _cues = self.cues.clone().map(extra::enter);
        let _places = self.places.clone().map(crate::lexicon::places::extra);
        let _outlets = self.outlets.clone().map(crate::byline::extra_outlets);
        let mut paragraphs = paragraphs_after_bom(text);
        let mut roles = vec![Role::Body; paragraphs.len()];
        let byline = crate::byline::detect(text, &paragraphs).into_iter().next();
        let after_byline = byline.as_ref().map_or(0, |(i, _)| i + 1);
        if let Some((i, _)) = &byline {
            roles[*i] = Role::Byline;
            // What stands before the byline is the headline (and any kicker above it).
            for r in &mut roles[..*i] {
                *r = Role::Headline;
            }
        }
        let mut credits: Vec<Credit<'h>> = Vec::new();
        for (i, c) in crate::credit::detect(text, &paragraphs) {
            if roles[i] == Role::Body {
                roles[i] = Role::Credit;
                credits.push(c);
            }
        }
        let dateline = crate::dateline::detect(text, &paragraphs[after_byline..])
            .into_iter()
            .map(|(i, d)| (i + after_byline, d))
            .find(|(i, _)| roles[*i] == Role::Body)
            .map(|(_, d)| d);
        let byline = byline.map(|(_, b)| b);
        assign_headings(&paragraphs, &mut roles);
        let mut diagnostics: Vec<Diagnostic<'h>> = Vec::new();
        let quotations = crate::quote::scan_paragraphs_with(text, &paragraphs, |m, finding| {
            diagnostics.push(Diagnostic {
                kind: match finding {
                    Finding::Unpaired => DiagnosticKind::UnpairedMark,
                    Finding::LeftOpen => DiagnosticKind::UnclosedQuotation,
                },
                at: Snippet::at(text, m),
            });
        });
        // By start (an unpaired mark before an unclosed quotation at the same place), sorted
        // in place; a mark found unpaired twice is told once.
        diagnostics.sort_unstable_by_key(|d| {
            (
                d.at.start(),
                d.kind != DiagnosticKind::UnpairedMark,
                d.at.end(),
            )
        });
        diagnostics.dedup_by(|b, a| a.kind == DiagnosticKind::UnpairedMark && a == b);
        let cut = dateline
            .as_ref()
            .map(|d| Span::new(d.span().start, d.body_start()));
        // The speech (headline, body and subheads, the dateline cut off the paragraph it opens)
        // is made in place in the paragraphs' list and the list put back after: a body of
        // many short paragraphs is not listed twice.
        let (aside, headline) = speech_in_place(text, &mut paragraphs, &roles, cut);
        let mut found = crate::attribution::attribute_in(text, &paragraphs, &quotations, headline);
        aside.restore(&mut paragraphs);
        found.retain_scope(text, self.scope);
        let (attributions, entities) = found.into_parts();
        Article {
            text,
            paragraphs: Blocks { paragraphs, roles },
            byline,
            dateline,
            quotations,
            credits,
            attributions,
            entities: Shared::new(entities),
            diagnostics,
        }
    }
}

/// The paragraphs of `text`, read after any byte-order marks (U+FEFF) that open it: a BOM is an
/// encoding artefact, not part of the headline or the dateline. Spans stay offsets into `text`.
fn paragraphs_after_bom(text: &str) -> Vec<Paragraph<'_>> {
    let skip = text.len() - text.trim_start_matches('\u{feff}').len();
    if skip == 0 {
        return crate::text::paragraphs(text).collect();
    }
    crate::text::paragraphs(&text[skip..])
        .map(|p| {
            let s = p.span();
            p.narrowed(Snippet::at(text, Span::new(s.start + skip, s.end + skip)))
        })
        .collect()
}

/// What [`speech_in_place`] took out of the paragraphs' list or changed, to put back.
#[derive(Debug)]
struct Aside<'h> {
    /// The paragraphs left out of the speech, with their index in the full list, in order.
    out: Vec<(usize, Paragraph<'h>)>,
    /// The paragraphs narrowed (to the body after the dateline), with their index, as they were.
    changed: Vec<(usize, Paragraph<'h>)>,
    /// The full list's length.
    len: usize,
}

/// Turns the article's paragraphs into the speech attributions are read in: headline, body
/// and subheads, in order, with the dateline (`cut`) cut off the paragraph it opens; and the
/// index in it of the headline, or of an opening line that reads as one (short, one sentence).
/// [`Aside::restore`] gives the list back as it was.
fn speech_in_place<'h>(
    text: &'h str,
    paragraphs: &mut Vec<Paragraph<'h>>,
    roles: &[Role],
    cut: Option<Span>,
) -> (Aside<'h>, Option<usize>) {
    let first_start = paragraphs.first().map_or(0, |f| f.span().start);
    let mut aside = Aside {
        out: Vec::new(),
        changed: Vec::new(),
        len: paragraphs.len(),
    };
    let mut headline = None;
    let mut kept = 0;
    for (i, &role) in roles.iter().enumerate().take(paragraphs.len()) {
        let p = paragraphs[i];
        let speech = matches!(role, Role::Headline | Role::Body | Role::Subhead)
            .then(|| without(text, p, cut))
            .flatten();
        let Some(s) = speech else {
            aside.out.push((i, p));
            continue;
        };
        if s != p {
            aside.changed.push((i, p));
        }
        let opening = kept == 0
            && role == Role::Body
            && s.span().start == first_start
            && s.as_str().split_whitespace().count() <= 30
            && crate::text::sentences(text, s.span()).nth(1).is_none();
        if (role == Role::Headline || opening) && headline.is_none() {
            headline = Some(kept);
        }
        paragraphs[kept] = s;
        kept += 1;
    }
    paragraphs.truncate(kept);
    (aside, headline)
}

impl<'h> Aside<'h> {
    /// Puts the paragraphs set aside back where they were (in one pass from the end, each
    /// speech paragraph moving up to its place) and undoes the narrowing.
    fn restore(self, paragraphs: &mut Vec<Paragraph<'h>>) {
        let Some(&fill) = paragraphs.first().or(self.out.first().map(|(_, p)| p)) else {
            return;
        };
        let mut kept = paragraphs.len();
        paragraphs.resize(self.len, fill);
        let mut out = self.out;
        for i in (0..self.len).rev() {
            match out.pop_if(|(j, _)| *j == i) {
                Some((_, p)) => paragraphs[i] = p,
                None => {
                    kept = kept.saturating_sub(1);
                    paragraphs[i] = paragraphs[kept];
                }
            }
        }
        for (i, p) in self.changed {
            if let Some(slot) = paragraphs.get_mut(i) {
                *slot = p;
            }
        }
    }
}

/// The paragraph without `cut` (the dateline) when it holds it; `None` if nothing is left.
fn without<'h>(text: &'h str, p: Paragraph<'h>, cut: Option<Span>) -> Option<Paragraph<'h>> {
    match cut {
        Some(d) if p.span().contains(d) => {
            let rest = Span::new(d.end, p.span().end).trim(text);
            (!rest.is_empty()).then(|| p.narrowed(Snippet::at(text, rest)))
        }
        _ => Some(p),
    }
}

/// Marks the headline (a short first body paragraph that is not a sentence) and subheads (short
/// non-sentences between body paragraphs).
fn assign_headings(paragraphs: &[Paragraph<'_>], roles: &mut [Role]) {
    let last_body = roles.iter().rposition(|r| *r == Role::Body);
    for (i, p) in paragraphs.iter().enumerate() {
        if roles[i] != Role::Body || !is_heading(p.as_str()) {
            continue;
        }
        if i == 0 {
            if paragraphs.len() > 1 {
                roles[i] = Role::Headline;
            }
        } else if Some(i) != last_body {
            roles[i] = Role::Subhead;
        }
    }
}

/// Whether a paragraph reads as a heading: few words, no sentence punctuation at its end, no
/// quotation marks, and mostly capitalised words.
fn is_heading(s: &str) -> bool {
    // Most paragraphs end a sentence: the cheapest test first.
    if s.ends_with(['.', '!', '?', ':', ';', ',', '”', '"', '’', '\'', ')', '…']) {
        return false;
    }
    // One word more than a heading may have is enough to tell.
    let words: Vec<&str> = s.split_whitespace().take(MAX_HEADING_WORDS + 1).collect();
    if words.is_empty() || words.len() > MAX_HEADING_WORDS {
        return false;
    }
    if s.contains(['“', '”', '"', '«', '»', '„']) {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    capitalised * 2 >= words.len()
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

    /// The paragraphs, each with its role (made on access: a [`Block`] is two words of the
    /// article's records and a copy).
    ///
    /// ```
    /// assert_eq!(copydesk::parse("A.\nB.").paragraphs().count(), 2);
    /// ```
    pub fn paragraphs(
        &self,
    ) -> impl ExactSizeIterator<Item = Block<'h>> + DoubleEndedIterator + '_ {
        self.paragraphs.iter()
    }

    /// The body text, paragraph by paragraph: body paragraphs, with the dateline cut off the
    /// one it opens.
    ///
    /// ```
    /// let a = copydesk::parse("Headline Here\n\nIt rained. “Wet,” he said.");
    /// let body: Vec<_> = a.body().map(|p| p.as_str()).collect();
    /// assert_eq!(body, ["It rained. “Wet,” he said."]);
    /// ```
    pub fn body(&self) -> impl Iterator<Item = Paragraph<'h>> + '_ {
        let cut = self
            .dateline
            .as_ref()
            .map(|d| Span::new(d.span().start, d.body_start()));
        let text = self.text;
        self.paragraphs
            .iter()
            .filter(|b| b.role == Role::Body)
            .filter_map(move |b| without(text, b.paragraph, cut))
    }

    /// The headline: the last paragraph with the [`Role::Headline`] role (a kicker line above it
    /// is a headline paragraph too), if the article has one.
    ///
    /// ```
    /// let a = copydesk::parse("Kim Warns US\n\nSEOUL — “We won,” Kim said.");
    /// assert_eq!(a.headline().map(|h| h.as_str()), Some("Kim Warns US"));
    /// assert!(copydesk::parse("Just text.").headline().is_none());
    /// ```
    #[must_use]
    pub fn headline(&self) -> Option<Paragraph<'h>> {
        self.paragraphs
            .iter()
            .take_while(|b| matches!(b.role, Role::Headline | Role::Byline))
            .filter(|b| b.role == Role::Headline)
            .last()
            .map(|b| b.paragraph)
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

    /// The attributions whose content holds the quotation with index `quotation` (in
    /// [`Article::quotations`]): the way back from a quotation to who said it.
    /// [`Attribution::quotations`] goes the other way. A scare quote has none.
    ///
    /// ```
    /// let a = copydesk::parse("“We won,” Kim said. It was a “victory”.");
    /// let who: Vec<_> = a.attribution_of(0).map(|x| x.source().unwrap().as_str()).collect();
    /// assert_eq!(who, ["Kim"]);
    /// assert_eq!(a.attribution_of(1).count(), 0); // a scare quote
    /// let first = a.attribution_of(0).next().unwrap();
    /// assert_eq!(first.quotations(), [0]);
    /// ```
    pub fn attribution_of(&self, quotation: usize) -> impl Iterator<Item = &Attribution<'h>> + '_ {
        self.attributions
            .iter()
            .filter(move |a| a.quotations().contains(&quotation))
    }

    /// The entities that attributions' sources name; [`Attribution::entity_id`] indexes this,
    /// and [`Attribution::entity`] gives the entity itself.
    ///
    /// ```
    /// let article = copydesk::parse("“We won,” Kim said.");
    /// assert_eq!(article.entities()[0].name(), "Kim");
    /// ```
    #[must_use]
    pub fn entities(&self) -> &[Entity<'h>] {
        self.entities.list()
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

    /// The owned form of the results, which outlives the text and reads back from JSON; its
    /// serde JSON is this article's.
    ///
    /// ```
    /// fn parse_file(path: &str) -> std::io::Result<copydesk::record::ArticleRecord> {
    ///     Ok(copydesk::parse(&std::fs::read_to_string(path)?).to_record())
    /// }
    /// let r = parse_file("data/kcna-kursk.txt")?;
    /// assert_eq!(r.attributions[0].cue.text, "defended");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[cfg(feature = "serde")]
    #[must_use]
    pub fn to_record(&self) -> crate::record::ArticleRecord {
        crate::record::ArticleRecord::from(self)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_short_capitalised_non_sentences() {
        assert!(is_heading("10,000 Troops"));
        assert!(is_heading("Kim Warns US"));
        assert!(!is_heading("It rained."));
        assert!(!is_heading("the rest of it and more"));
        assert!(!is_heading("“Quoted Words”"));
    }

    #[test]
    fn a_leading_bom_is_read_past_and_spans_stay_in_the_text() {
        for text in [
            "\u{feff}SEOUL, May 10 (Reuters) - Kim left.\n\nHe said so.",
            "\u{feff}\u{feff}SEOUL, May 10 (Reuters) - Kim left.\n\nHe said so.",
            "\u{feff}\r\n\r\nSEOUL, May 10 (Reuters) - Kim left.\n\nHe said so.",
        ] {
            let a = Parser::new().parse(text);
            let d = a.dateline().expect("the dateline after the BOM");
            assert_eq!(d.as_str(), "SEOUL, May 10 (Reuters) -");
            assert_eq!(&text[d.span()], d.as_str());
            let first = a.paragraphs().next().expect("a paragraph").paragraph;
            assert!(first.as_str().starts_with("SEOUL"));
            assert_eq!(&text[first.span()], first.as_str());
            assert_eq!(first.index(), 0);
        }
    }

    #[test]
    fn a_single_paragraph_is_body_not_headline() {
        let a = Parser::new().parse("Kim Warns US");
        assert_eq!(a.paragraphs().next().map(|b| b.role), Some(Role::Body));
    }

    #[test]
    fn the_headline_is_the_line_above_the_byline_after_any_kicker() {
        let a = Parser::new().parse("EXCLUSIVE\n\nKim Warns US\n\nBy Jane Doe\n\nKim spoke.");
        assert_eq!(a.headline().map(|h| h.as_str()), Some("Kim Warns US"));
        // A subhead further down is not the headline.
        let a = Parser::new().parse("Kim spoke at length.\n\nNew Front\n\nHe left.");
        assert!(a.headline().is_none());
    }

    #[test]
    fn quotations_and_attributions_link_both_ways() {
        let a = Parser::new().parse(include_str!("../data/kcna-kursk.txt"));
        let mut linked = 0;
        for (i, q) in a.quotations().iter().enumerate() {
            for at in a.attribution_of(i) {
                assert!(at.quotations().contains(&i), "{q:?}");
                linked += 1;
            }
        }
        let forward: usize = a.attributions().iter().map(|x| x.quotations().len()).sum();
        assert_eq!(linked, forward);
        assert!(linked >= 3);
    }

    /// Articles of our own with every kind of paragraph the speech leaves out or narrows: a
    /// kicker, headline, byline, dateline, subhead, credit lines between and after the body.
    const SHAPES: [&str; 4] = [
        "WORLD\n\nKim Warns US\n\nBy Jane Doe\n\nSEOUL, May 10 (Reuters) - “We won,” Kim said.\n\nNew Front\n\nHe left.\n\n(Reporting by Joe Bloggs; Editing by Ann Lee)",
        "By Jane Doe\n\nSEOUL (AP) — Kim said so.\n\nAssociated Press writer Ann Lee contributed.\n\n“We go on,” Lee said.",
        "SEOUL —",
        "Reporting by Joe Bloggs\n\nEditing by Ann Lee",
    ];

    #[test]
    fn the_paragraphs_come_back_whole_after_the_speech_is_read_in_place() {
        for text in SHAPES {
            let a = Parser::new().parse(text);
            let got: Vec<Paragraph<'_>> = a.paragraphs().map(|b| b.paragraph).collect();
            let want: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
            assert_eq!(got, want, "{text:?}");
            for (i, b) in a.paragraphs().enumerate() {
                assert_eq!(b.paragraph.index(), i);
                assert_eq!(&text[b.paragraph.span()], b.paragraph.as_str());
            }
        }
        // What the speech was: the body (dateline cut) and the headline, not the byline or
        // the credit line.
        let a = Parser::new().parse(SHAPES[0]);
        let roles: Vec<Role> = a.paragraphs().map(|b| b.role).collect();
        assert_eq!(
            roles,
            [
                Role::Headline,
                Role::Headline,
                Role::Byline,
                Role::Body,
                Role::Subhead,
                Role::Body,
                Role::Credit
            ]
        );
        assert_eq!(
            a.attributions()[0].source().map(|s| s.as_str()),
            Some("Kim")
        );
        let body: Vec<&str> = a.body().map(|p| p.as_str()).collect();
        assert_eq!(body, ["“We won,” Kim said.", "He left."]);
    }

    #[test]
    fn diagnostics_are_the_scanners_findings_in_text_order() {
        for text in [
            "” a “b\n\n«\n\n\"\n\nc ” d “e” ”",
            "“One\n\n” two ” three\n\n‘x’ « y\n\n“",
            "Fine.",
        ] {
            let a = Parser::new().parse(text);
            let scan = crate::quote::scan(text);
            let mut want: Vec<(usize, usize, DiagnosticKind)> = scan
                .unpaired_marks()
                .iter()
                .map(|m| (m.start, m.end, DiagnosticKind::UnpairedMark))
                .chain(
                    scan.left_open()
                        .iter()
                        .map(|m| (m.start, m.end, DiagnosticKind::UnclosedQuotation)),
                )
                .collect();
            want.sort_by_key(|&(start, _, _)| start);
            let got: Vec<(usize, usize, DiagnosticKind)> = a
                .diagnostics()
                .iter()
                .map(|d| (d.at.start(), d.at.end(), d.kind))
                .collect();
            assert_eq!(got, want, "{text:?}");
            assert_eq!(text.trim() != "Fine.", !got.is_empty());
        }
    }
}
