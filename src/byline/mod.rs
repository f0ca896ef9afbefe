//! The byline parser: authors, outlets and wire agencies, roles, locations, contacts and the date
//! of a byline line or of a scraper's author field.
//!
//! ```
//! use copydesk::Byline;
//!
//! let b = Byline::parse("By MICHAEL FALCONE and AMY WALTER, Associated Press")?;
//! let names: Vec<_> = b.authors().iter().map(|p| p.display()).collect();
//! assert_eq!(names, ["Michael Falcone", "Amy Walter"]);
//! assert_eq!(b.agencies().next().map(|a| a.name()), Some("Associated Press"));
//! assert_eq!(b.lead_in().map(|l| l.as_str()), Some("By"));
//!
//! let desk = Byline::parse("Business Today Desk")?;
//! assert!(desk.authors().is_empty());
//! assert_eq!(desk.outlets()[0].as_str(), "Business Today");
//! assert_eq!(desk.roles()[0].as_str(), "Desk");
//!
//! assert!(Byline::parse("By July 2007, prices had doubled.").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Shapes read: lead-ins (`By`, `Written by`, `Story by`, `Reporting by`, `From`, none), several
//! authors (`A and B`, `A, B and C`, `A & B`, `A with B`, `A | B`), outlets after a comma, pipe,
//! slash or dash, or in parentheses, roles (`Staff Writer`, `CNN Belief Blog Editor`,
//! `Channel NewsAsia's Malaysia Correspondent Jane Doe`), `in London` locations, e-mail addresses
//! and handles, dates (`| Updated: March 3, 2019 at 11:20 am`), desk credits (`HT News Desk`,
//! `Express News Service`, `Daily Mail Reporter`, `Reuters staff`), inverted names
//! (`Jong, Michiel de`), HTML tags left in by scrapers, and the CNN/Daily Mail
//! `By . Jane Doe . PUBLISHED: . …` layout.

use crate::util::fold::with_lower;
use crate::util::hash::{FxMap, FxSet};
use crate::util::scoped::{self, Guard};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use once_cell::sync::Lazy;
#[cfg(test)]
use regex::Regex;

use crate::agency::Agency;
pub use crate::agency::Outlet;
use crate::error::LineKind;
use crate::error::{ParseError, Reason, Target, check_line};
use crate::lexicon::calendar;
use crate::lexicon::lines;
use crate::lexicon::newsroom::{NewsroomClass, newsroom_words};
use crate::lexicon::role::Role;
use crate::lineshape;
use crate::name::{self, Person};
use crate::text::Paragraph;
use crate::{Snippet, Span};

mod lexer;
mod parse;
#[cfg(test)]
mod tests;

use lexer::{Tk, Tok, Tokens};

/// The longest input read as one byline.
const MAX_LEN: usize = 1024;
/// The most tokens one part of a byline (between commas) is searched for a split in: names,
/// outlets and places are short, and the bound keeps the searches linear.
const MAX_PART: usize = 12;

/// What a lead-in introduces: the authors, or contributors in a role (`Edited by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadIn {
    Author,
    Contributor(Role),
}

/// Lead-ins: lower-cased phrase → what follows it.
static LEADINS: Lazy<Vec<(Vec<String>, LeadIn)>> = Lazy::new(|| {
    let mut v: Vec<(Vec<String>, LeadIn)> = lines(include_str!("../lexicon/byline_leadins.txt"))
        .filter_map(|l| {
            let (p, r) = l.split_once('|')?;
            let what = match r.trim() {
                "author" => LeadIn::Author,
                role => LeadIn::Contributor(
                    Role::parse_name(role).expect("byline_leadins.txt: a known role"),
                ),
            };
            Some((p.split_whitespace().map(str::to_lowercase).collect(), what))
        })
        .collect();
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    v
});

/// The first words of the lead-ins.
static LEADIN_FIRSTS: Lazy<FxSet<String>> =
    Lazy::new(|| LEADINS.iter().map(|(w, _)| w[0].clone()).collect());

static OPENERS: Lazy<FxSet<String>> = Lazy::new(|| {
    lines(include_str!("../lexicon/byline_openers.txt"))
        .map(str::to_lowercase)
        .chain(calendar::month_words().map(str::to_string))
        .chain(calendar::time_words().map(str::to_string))
        .collect()
});

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum RoleWord {
    Head,
    Desk,
    Modifier,
}

static ROLES: Lazy<FxMap<String, Vec<RoleWord>>> = Lazy::new(|| {
    let mut m: FxMap<String, Vec<RoleWord>> = FxMap::default();
    for l in lines(include_str!("../lexicon/byline_roles.txt")) {
        let Some((k, w)) = l.split_once('|') else {
            continue;
        };
        let kind = match k.trim() {
            "head" => RoleWord::Head,
            "desk" => RoleWord::Desk,
            _ => RoleWord::Modifier,
        };
        m.entry(w.trim().to_lowercase()).or_default().push(kind);
    }
    for w in crate::lexicon::role::shared_roles().chain(crate::lexicon::role::field_roles()) {
        m.entry(w.to_lowercase()).or_default().push(RoleWord::Head);
    }
    // The modifiers credit lines also print as titles: one class, read by both.
    for w in crate::lexicon::role::role_modifiers().chain(newsroom_words(NewsroomClass::BylineBeat))
    {
        m.entry(w.to_lowercase())
            .or_default()
            .push(RoleWord::Modifier);
    }
    m
});

struct Outlets {
    names: OutletNames,
    words: FxSet<String>,
}

/// The outlet names of the lexicon (lower case), and those the running parser adds.
struct OutletNames(FxSet<String>);

impl OutletNames {
    /// Whether `lower` (a lower-case name) is a known outlet, built in or added by the parser
    /// running on this thread.
    fn contains(&self, lower: &str) -> bool {
        self.0.contains(lower)
            || scoped::with(&EXTRA_OUTLETS, |extra| extra.contains(lower)).unwrap_or(false)
    }
}

thread_local! {
    /// The outlets a configured parser adds (lower case, single spaces, no leading `the `),
    /// while it parses.
    static EXTRA_OUTLETS: RefCell<Option<Arc<FxSet<String>>>> = const { RefCell::new(None) };
}

/// Adds `outlets` (lower case, single spaces, no leading `the `) to the outlet lexicon on this
/// thread until the guard drops.
pub(crate) fn extra_outlets(outlets: Arc<FxSet<String>>) -> Guard<FxSet<String>> {
    scoped::enter(&EXTRA_OUTLETS, outlets)
}

static OUTLETS: Lazy<Outlets> = Lazy::new(|| {
    let mut names = FxSet::default();
    let mut words = FxSet::default();
    for l in lines(include_str!("../lexicon/byline_outlets.txt")) {
        if let Some(ws) = l.strip_prefix("outlet-words:") {
            words.extend(ws.split(',').map(|w| w.trim().to_lowercase()));
        } else {
            names.insert(l.to_lowercase());
        }
    }
    Outlets {
        names: OutletNames(names),
        words,
    }
});

/// `InformationWeek`, `NewsFactor`, `TechCrunch`: a word with a capital inside, after a long
/// enough first part that it is no name prefix (`McDonald`, `DeShawn`, `LeClaire`, `MacKenzie`).
fn is_camel_outlet(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let Some(i) =
        (1..chars.len()).find(|&i| chars[i].is_uppercase() && chars[i - 1].is_lowercase())
    else {
        return false;
    };
    let prefix: String = chars[..i].iter().collect::<String>().to_lowercase();
    i >= 4
        && chars.iter().all(|c| c.is_alphanumeric())
        && chars[0].is_uppercase()
        && !matches!(
            prefix.as_str(),
            "fitz" | "vander" | "vande" | "saint" | "mac"
        )
}

/// What kind of contact detail a byline carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ContactKind {
    /// An e-mail address.
    Email,
    /// A social-media handle (`@name`).
    Handle,
}

/// A contact detail in a byline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Contact<'h> {
    /// The address or handle as written.
    pub text: Snippet<'h>,
    /// E-mail or handle.
    pub kind: ContactKind,
}

/// Someone credited in the byline for something other than authorship (`Edited by …`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Contributor<'h> {
    /// The person.
    pub person: Person<'h>,
    /// What they did (`Edited by` → [`Role::Editing`]).
    pub role: Role,
}

/// A parsed byline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Byline<'h> {
    text: Snippet<'h>,
    lead_in: Option<Snippet<'h>>,
    authors: Vec<Person<'h>>,
    outlets: Vec<Outlet<'h>>,
    roles: Vec<Snippet<'h>>,
    locations: Vec<Snippet<'h>>,
    contacts: Vec<Contact<'h>>,
    date: Option<Snippet<'h>>,
    contributors: Vec<Contributor<'h>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    running_words: usize,
}

impl<'h> Byline<'h> {
    /// Parses a byline line (or a scraper's author field) on its own; spans are offsets into
    /// `input`.
    ///
    /// Errors: empty input, input over 1024 bytes, `By` opening an ordinary sentence
    /// ([`Reason::SentenceOpener`]), text that reads as a sentence ([`Reason::BodyText`]), and
    /// no person, desk or outlet found ([`Reason::NoAuthor`]).
    ///
    /// ```
    /// use copydesk::{Byline, error::Reason};
    ///
    /// let b = Byline::parse("Written by Kavya Rao | New Delhi | Updated: March 3, 2019 at 11:20 am")?;
    /// assert_eq!(b.authors()[0].display(), "Kavya Rao");
    /// assert_eq!(b.locations()[0].as_str(), "New Delhi");
    /// assert_eq!(b.date().unwrap().as_str(), "March 3, 2019 at 11:20 am");
    ///
    /// let e = Byline::parse("By the time the polls closed").unwrap_err();
    /// assert!(matches!(e.reason(), Reason::SentenceOpener(_)));
    /// assert_eq!(Byline::parse("Follow Author").unwrap_err().reason(), &Reason::NoAuthor);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &'h str) -> Result<Byline<'h>, ParseError> {
        // Tabs, NBSP, U+2028, CRLF, ZWSP and a BOM read as plain spaces and line feeds.
        match lineshape::Plain::of(input).filter(|_| input.len() <= MAX_LEN) {
            None => Self::parse_in(input, Span::new(0, input.len())),
            Some(plain) => {
                let text = plain.text();
                Byline::parse_in(text, Span::new(0, text.len()))
                    .map(|b| b.rebased(|s| plain.snippet(input, s)))
                    .map_err(|e| plain.error(e))
            }
        }
    }

    /// The same byline with every snippet moved by `f` onto another text.
    fn rebased<'o>(&self, f: impl Fn(Snippet<'h>) -> Snippet<'o>) -> Byline<'o> {
        let outlet = |o: &Outlet<'h>| Outlet {
            name: f(o.name),
            agency: o.agency,
        };
        Byline {
            text: f(self.text),
            lead_in: self.lead_in.map(&f),
            authors: self.authors.iter().map(|p| p.rebased(&f)).collect(),
            outlets: self.outlets.iter().map(outlet).collect(),
            roles: self.roles.iter().map(|&r| f(r)).collect(),
            locations: self.locations.iter().map(|&r| f(r)).collect(),
            contacts: self
                .contacts
                .iter()
                .map(|c| Contact {
                    text: f(c.text),
                    kind: c.kind,
                })
                .collect(),
            date: self.date.map(&f),
            contributors: self
                .contributors
                .iter()
                .map(|c| Contributor {
                    person: c.person.rebased(&f),
                    role: c.role,
                })
                .collect(),
            running_words: self.running_words,
        }
    }

    /// Parses the byline in `region` of `haystack`; spans are offsets into `haystack`.
    pub(crate) fn parse_in(haystack: &'h str, region: Span) -> Result<Byline<'h>, ParseError> {
        Self::parse_region(haystack, region, false)
    }

    /// [`Byline::parse_in`]; with `quick`, only whether the region parses is wanted, and a
    /// refusal may give another reason than [`Byline::parse_in`] would (the cheapest test that
    /// refuses the line is run first).
    fn parse_region(
        haystack: &'h str,
        region: Span,
        quick: bool,
    ) -> Result<Byline<'h>, ParseError> {
        let input = Snippet::new(haystack, region).map_or("", |s| s.as_str());
        check_line(input, Target::Byline, MAX_LEN)?;
        let region = Span::new(region.start, region.start + input.len()).trim(haystack);
        let tokens = Tokens::new(haystack, region);
        Self::parse_tokens(haystack, region, input, tokens, true, quick)
    }

    /// Parses the tokens of `region`; `input` is the text as given. With `early`, a line of
    /// running text is rejected as soon as its count of lower-case words decides it, before the
    /// rest is read (the outcome is the same either way). With `quick`, that rejection comes
    /// before the tests for other kinds of line (the outcome is the same, the reason may not be).
    fn parse_tokens(
        haystack: &'h str,
        region: Span,
        input: &str,
        mut tokens: Tokens<'h>,
        early: bool,
        quick: bool,
    ) -> Result<Byline<'h>, ParseError> {
        let mut p = Parse {
            h: haystack,
            b: Byline {
                text: Snippet::at(haystack, region),
                lead_in: None,
                authors: Vec::new(),
                outlets: Vec::new(),
                roles: Vec::new(),
                locations: Vec::new(),
                contacts: Vec::new(),
                date: None,
                contributors: Vec::new(),
                running_words: 0,
            },
        };
        let err = |r| ParseError::new(Target::Byline, r);
        // The lead-in: its words and what follows them.
        let longest = LEADINS.first().map_or(0, |(w, _)| w.len());
        let mut start = 0;
        // Most lines open with no lead-in word: one token tells.
        let may_lead_in = tokens
            .upto(0)
            .first()
            .is_some_and(|t| t.kind == Tk::Word && p.lower_in(t, &LEADIN_FIRSTS));
        if may_lead_in
            && let Some((n, role)) = p.lead_in(tokens.upto(longest + 1), 0)
            && matches!(
                role,
                LeadIn::Author | LeadIn::Contributor(Role::Reporting | Role::Writing)
            )
        {
            let toks = tokens.upto(n);
            p.b.lead_in = Some(Snippet::at(haystack, toks[0].span.cover(toks[n - 1].span)));
            start = n;
            while tokens
                .upto(start)
                .get(start)
                .is_some_and(|t| matches!(t.kind, Tk::Colon | Tk::Strong))
            {
                start += 1;
            }
            let toks = tokens.upto(start + 1);
            if let Some(why) = p.sentence_after_by(&toks[start..]) {
                return Err(err(Reason::SentenceOpener(why)).at(toks[0]
                    .span
                    .cover(toks.get(start).map_or(toks[n - 1].span, |t| t.span))));
            }
        }
        // Sentences are not bylines.
        let any_capital = input.chars().any(char::is_uppercase);
        // The count from which on the line is rejected below: counting further changes nothing.
        let decided = match (early, any_capital, p.b.lead_in.is_some()) {
            (false, _, _) => usize::MAX,
            (true, false, _) => 5,
            (true, true, true) => 3,
            (true, true, false) => 2,
        };
        let mut lower = 0;
        let mut i = start;
        while lower < decided
            && let Some(t) = tokens.upto(i).get(i)
        {
            if t.kind == Tk::Word && p.is_sentence_word(t.span) {
                lower += 1;
            }
            i += 1;
        }
        let lower = if any_capital || lower > 4 { lower } else { 0 };
        let running = lower >= 3 || (lower >= 2 && p.b.lead_in.is_none());
        let running_text = || {
            Err(err(Reason::BodyText(
                "several lower-case words of running text",
            )))
        };
        if running && quick {
            return running_text();
        }
        // Other kinds of line: a photo credit, a note, a credit, a dateline, a label.
        if let Some(why) = other_line(input, p.b.lead_in.is_some()) {
            return Err(err(why));
        }
        if running {
            return running_text();
        }
        let toks = tokens.all();
        p.b.running_words = lower;
        // Segments, with parenthesised asides read on their own.
        let mut segs: Vec<Seg> = vec![Seg::default()];
        let mut asides: Vec<Seg> = Vec::new();
        let mut depth = 0usize;
        for t in &toks[start..] {
            match t.kind {
                Tk::Open => {
                    depth += 1;
                    asides.push(Seg::default());
                }
                Tk::Close => depth = depth.saturating_sub(1),
                _ if depth > 0 => {
                    if let Some(a) = asides.last_mut() {
                        a.toks.push(*t);
                    }
                }
                Tk::Strong | Tk::Dash => segs.push(Seg {
                    after_dash: t.kind == Tk::Dash,
                    ..Seg::default()
                }),
                _ => segs.last_mut().map_or((), |s| s.toks.push(*t)),
            }
        }
        // `(D-Calif.)`, `(R-Texas)`: a party and state, not a name.
        asides.retain(|a| {
            !(a.toks.len() == 1 && {
                let t = p.s(a.toks[0].span);
                t.len() > 2 && t.as_bytes()[1] == b'-' && t.starts_with(['D', 'R', 'I'])
            })
        });
        let mut pending_date = false;
        for seg in segs.iter().chain(asides.iter()) {
            pending_date = p.segment(seg, pending_date);
        }
        let b = p.b;
        if b.authors.is_empty()
            && b.outlets.is_empty()
            && b.roles.is_empty()
            && b.contributors.is_empty()
        {
            return Err(err(Reason::NoAuthor));
        }
        let bare = b
            .lead_in
            .is_none_or(|l| l.as_str().eq_ignore_ascii_case("from"));
        if bare && headline_words(input, &b) {
            return Err(err(Reason::BodyText(
                "a headline or label of common words, with no name or known outlet",
            )));
        }
        Ok(b)
    }

    /// The whole byline as given (trimmed).
    ///
    /// ```
    /// assert_eq!(copydesk::Byline::parse(" By Katie Dean. ")?.as_str(), "By Katie Dean.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.text.as_str()
    }

    /// Where it is.
    ///
    /// ```
    /// assert_eq!(copydesk::Byline::parse("By Katie Dean")?.span(), copydesk::Span::new(0, 13));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// The lead-in (`By`, `Written by`, `By:`), if any.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("Story by Jane Doe")?;
    /// assert_eq!(b.lead_in().unwrap().as_str(), "Story by");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn lead_in(&self) -> Option<Snippet<'h>> {
        self.lead_in
    }

    /// The authors, in order.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Ruth Ansell & Colin Brannagh")?;
    /// assert_eq!(b.authors().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn authors(&self) -> &[Person<'h>] {
        &self.authors
    }

    /// The outlets and wire agencies credited.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Victor Dale Harmon // City Journal")?;
    /// assert_eq!(b.outlets()[0].as_str(), "City Journal");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn outlets(&self) -> &[Outlet<'h>] {
        &self.outlets
    }

    /// The wire agencies among the outlets, resolved in the registry.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By PTI")?;
    /// assert_eq!(b.agencies().next().unwrap().name(), "Press Trust of India");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn agencies(&self) -> impl Iterator<Item = Agency> + '_ {
        self.outlets.iter().filter_map(|o| o.agency)
    }

    /// The roles (`Staff writer`, `Religion Editor`, `Desk`).
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Malcolm Reid, Economics Correspondent")?;
    /// assert_eq!(b.roles()[0].as_str(), "Economics Correspondent");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn roles(&self) -> &[Snippet<'h>] {
        &self.roles
    }

    /// The locations (`in Washington`, `| New Delhi |`).
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Andrew Pike in Washington")?;
    /// assert_eq!(b.locations()[0].as_str(), "Washington");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn locations(&self) -> &[Snippet<'h>] {
        &self.locations
    }

    /// E-mail addresses and handles.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("jane.doe@outlet.com (Jane Doe)")?;
    /// assert_eq!(b.contacts()[0].text.as_str(), "jane.doe@outlet.com");
    /// assert_eq!(b.authors()[0].display(), "Jane Doe");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contacts(&self) -> &[Contact<'h>] {
        &self.contacts
    }

    /// The date printed on the byline, as written.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Michael Barlow - February 9, 2014")?;
    /// assert_eq!(b.date().unwrap().as_str(), "February 9, 2014");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<Snippet<'h>> {
        self.date
    }

    /// Contributors credited after the authors (`Edited by …`).
    ///
    /// ```
    /// let b = copydesk::Byline::parse("Written by Rob Ellery\nEdited by Betsy Brandt")?;
    /// assert_eq!(b.contributors()[0].person.display(), "Betsy Brandt");
    /// assert_eq!(b.contributors()[0].role.as_str(), "editing");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contributors(&self) -> &[Contributor<'h>] {
        &self.contributors
    }
}

impl<'h> TryFrom<&'h str> for Byline<'h> {
    type Error = ParseError;

    /// Same as [`Byline::parse`].
    ///
    /// ```
    /// let b = copydesk::Byline::try_from("By Maureen Dowd")?;
    /// assert_eq!(b.authors()[0].as_str(), "Maureen Dowd");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn try_from(input: &'h str) -> Result<Byline<'h>, ParseError> {
        Byline::parse(input)
    }
}

#[derive(Debug, Default, Clone)]
struct Seg {
    toks: Vec<Tok>,
    after_dash: bool,
}

struct Parse<'h> {
    h: &'h str,
    b: Byline<'h>,
}

const DATE_LABELS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "filed",
    "modified",
    "last",
    "first",
    "date",
    "on",
];

/// Finds the byline of an article: one of its first lines that reads as a byline, with a
/// lead-in (`By …`) or as a desk or agency credit (`Reuters staff`, `HT News Desk`).
/// Why `input` is another kind of line than a byline, if it is: a photo credit, a correction
/// or update note, a credit (a Reuters footer, a wire-input note), a dateline (`NEW DELHI:`,
/// `Mumbai, Jun 29 (PTI)`), a label with a colon (`Director: Meera Sen`), or a display name
/// with a web address in parentheses. A line that opens with a lead-in (`By`) is only checked
/// for the first three.
fn other_line(input: &str, lead_in: bool) -> Option<Reason> {
    let line = input.trim();
    if lineshape::is_photo_credit(line) {
        return Some(Reason::OtherLine(LineKind::PhotoCredit));
    }
    if lineshape::is_note(line) {
        return Some(Reason::OtherLine(LineKind::Note));
    }
    if lineshape::is_credit_shape(line) {
        return Some(Reason::OtherLine(LineKind::Credit));
    }
    if lead_in {
        return None;
    }
    if lineshape::is_dateline_head(line) {
        return Some(Reason::OtherLine(LineKind::Dateline));
    }
    if lineshape::label(line).is_some() {
        return Some(Reason::BodyText("a label and a colon"));
    }
    if lineshape::has_parenthesised_url(line) {
        return Some(Reason::BodyText("a display name with a web address"));
    }
    None
}

/// Whether every word of `input` is a common word (the name stop words, role and desk words,
/// linking words), with no outlet the registry or the outlet lexicon knows: a headline or a
/// section label in title case (`Border Crossings`, `Election Results Report`), not a byline.
fn headline_words(input: &str, b: &Byline<'_>) -> bool {
    if b.outlets.iter().any(|o| {
        o.agency.is_some() || {
            let l = name::lowercase(o.name.as_str());
            OUTLETS.names.contains(l.as_ref())
                || OUTLETS.names.contains(l.strip_prefix("the ").unwrap_or(&l))
        }
    }) {
        return false;
    }
    // A line of role words alone (`Staff Correspondent`) is a desk's byline.
    let mut words = 0;
    let mut other_than_roles = false;
    let mut heads = false;
    for w in input.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        if w.is_empty() {
            continue;
        }
        words += 1;
        let l = name::lowercase(w);
        // Only a head or desk word makes the line a desk's (`Staff Correspondent`, `Sports
        // Desk`); modifiers alone (`World News`) do not.
        other_than_roles |= !ROLES.contains_key(l.as_ref());
        heads |= ROLES
            .get(l.as_ref())
            .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk));
        let common = name::is_stopword(w)
            || ROLES.contains_key(l.as_ref())
            || matches!(
                l.as_ref(),
                "a" | "an"
                    | "the"
                    | "of"
                    | "and"
                    | "vs"
                    | "v"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "from"
                    | "with"
                    | "by"
            );
        if !common || name::is_given_name(w) {
            return false;
        }
    }
    words > 0 && (other_than_roles || !heads)
}

pub(crate) fn detect<'h>(text: &'h str, paragraphs: &[Paragraph<'h>]) -> Vec<(usize, Byline<'h>)> {
    paragraphs
        .iter()
        .take(4)
        .enumerate()
        .filter(|(_, p)| p.as_str().len() <= 300)
        .find_map(|(i, p)| {
            let b = Byline::parse_region(text, p.span(), true).ok()?;
            let credit = b.lead_in.is_some()
                || (b.running_words == 0
                    && b.authors.is_empty()
                    && !b.outlets.is_empty()
                    && (!b.roles.is_empty() || b.outlets.iter().any(|o| o.agency.is_some())));
            credit.then_some((i, b))
        })
        .into_iter()
        .collect()
}
