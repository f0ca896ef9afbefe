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
//! and handles, dates (`| Updated: April 18, 2018 at 9:04 am`), desk credits (`HT News Desk`,
//! `Express News Service`, `Daily Mail Reporter`, `Reuters staff`), inverted names
//! (`Jong, Michiel de`), HTML tags left in by scrapers, and the CNN/Daily Mail
//! `By . Jane Doe . PUBLISHED: . …` layout.

use crate::util::hash::{FxMap, FxSet};
use std::borrow::Cow;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::agency::Agency;
pub use crate::agency::Outlet;
use crate::error::{ParseError, Reason, Target, check_line};
use crate::lexicon::lines;
use crate::lexicon::role::Role;
use crate::name::{self, Person};
use crate::text::Paragraph;
use crate::{Snippet, Span};

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
    let mut v: Vec<(Vec<String>, LeadIn)> = lines(include_str!("lexicon/byline_leadins.txt"))
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
    lines(include_str!("lexicon/byline_openers.txt"))
        .map(str::to_lowercase)
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
    for l in lines(include_str!("lexicon/byline_roles.txt")) {
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
    m
});

struct Outlets {
    names: FxSet<String>,
    words: FxSet<String>,
}

static OUTLETS: Lazy<Outlets> = Lazy::new(|| {
    let mut names = FxSet::default();
    let mut words = FxSet::default();
    for l in lines(include_str!("lexicon/byline_outlets.txt")) {
        if let Some(ws) = l.strip_prefix("outlet-words:") {
            words.extend(ws.split(',').map(|w| w.trim().to_lowercase()));
        } else {
            names.insert(l.to_lowercase());
        }
    }
    Outlets { names, words }
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

/// The shapes a byline token can take, in the order they are tried at a position: the first
/// that matches there is the token, as in a leftmost-first regex alternation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    Tag,
    Email,
    Handle,
    Domain,
    Time,
    Num,
    Nick,
    Poss,
    Nbsp,
    Word,
    Newline,
    Strong,
    Comma,
    Amp,
    Open,
    Close,
    Colon,
}

/// Each shape's pattern, in the order they are tried. A tag is `<[^<>\n]{0,300}>`, read by
/// hand ([`tag_len`]); the bounds of handles (`@\w{1,40}`) and nicknames (1 to 30 characters
/// between the quotes) are applied after the match ([`shape_at`]): bounded repetitions of
/// Unicode classes make large automata.
const SHAPES: [(Shape, &str); 16] = [
    (Shape::Email, r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),
    (Shape::Handle, r"@\w+"),
    (
        Shape::Domain,
        r"[\p{L}\d][\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.(?i:com|net|org|co\.uk|co|uk|in|io|info|news|tv|ie|au|ca|pk|bd)\b",
    ),
    (Shape::Time, r"\d{1,2}:\d{2}(?::\d{2})?"),
    (Shape::Num, r"\d+(?:[/.\-]\d+)*(?:st|nd|rd|th)?"),
    (Shape::Nick, r#""[\p{L} .'’\-]+"|“[\p{L} .'’\-]+”"#),
    (Shape::Poss, r"['’]s\b"),
    (Shape::Nbsp, "&nbsp;"),
    (
        Shape::Word,
        r"(?:\p{L}|&#\d{2,6};|&#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})(?:[\p{L}\p{M}'’.\-]|&#\d{2,6};|&#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})*",
    ),
    (Shape::Newline, r"\r\n|\n|\r|\u{2028}|\u{2029}|[ \t]{3,}|\t"),
    (Shape::Strong, r"//|\|+|[•·;/]|--+|[-–—]|\."),
    (Shape::Comma, ","),
    (Shape::Amp, r"&(?:amp;|#38;)?|\+"),
    (Shape::Open, r"[(\[]"),
    (Shape::Close, r"[)\]]"),
    (Shape::Colon, ":"),
];

/// Each shape anchored at the start of the text it is tried on.
static ANCHORED: Lazy<Vec<(Shape, Regex)>> = Lazy::new(|| {
    SHAPES
        .iter()
        .map(|&(s, p)| {
            (
                s,
                Regex::new(&format!("^(?:{p})")).expect("byline token shape"),
            )
        })
        .collect()
});

impl Shape {
    /// Whether a match of the shape can start with `c` (a cheap filter: never false when it
    /// can).
    fn may_start(self, c: char) -> bool {
        let other = !c.is_ascii();
        match self {
            // Read by hand: see `tag_len`.
            Shape::Tag => false,
            Shape::Email => {
                other || c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '+' | '-')
            }
            Shape::Handle => c == '@',
            Shape::Domain => c.is_alphanumeric(),
            Shape::Time | Shape::Num => c.is_numeric(),
            Shape::Nick => matches!(c, '"' | '“'),
            Shape::Poss => matches!(c, '\'' | '’'),
            Shape::Nbsp => c == '&',
            Shape::Word => c.is_alphabetic() || matches!(c, '&' | '\\'),
            Shape::Newline => matches!(c, '\r' | '\n' | ' ' | '\t' | '\u{2028}' | '\u{2029}'),
            Shape::Strong => matches!(c, '/' | '|' | '•' | '·' | ';' | '-' | '–' | '—' | '.'),
            Shape::Comma => c == ',',
            Shape::Amp => matches!(c, '&' | '+'),
            Shape::Open => matches!(c, '(' | '['),
            Shape::Close => matches!(c, ')' | ']'),
            Shape::Colon => c == ':',
        }
    }
}

/// Whether `b` (the byte after a run, `None` at the end) is plain ASCII punctuation or space
/// that continues none of the shapes: not alphanumeric and not one of `extra`.
fn quiet(b: Option<&u8>, extra: &[u8]) -> bool {
    b.is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric() && !extra.contains(b))
}

/// A web domain needs a full stop followed by a letter within its run of letters, digits,
/// hyphens and full stops (a cheap filter: never false when a domain can start here).
fn may_be_domain(rest: &str) -> bool {
    let mut dot = false;
    for c in rest.chars() {
        if dot && c.is_alphabetic() {
            return true;
        }
        dot = c == '.';
        if !(dot || c == '-' || c.is_alphanumeric()) {
            return false;
        }
    }
    false
}

/// The token at the start of `rest` (which starts with `c`): its shape and length.
///
/// Plain words, numbers and punctuation are read by hand, where the next byte shows that no
/// earlier shape (an e-mail address, a domain, a time) can match; anything else is tried
/// against the anchored patterns in order. Each pattern is anchored, so a position costs at
/// most one pass over the run of characters its shapes can span.
fn shape_at(rest: &str, c: char) -> Option<(Shape, usize)> {
    let b = rest.as_bytes();
    let run = |f: fn(&u8) -> bool| b.iter().position(|x| !f(x)).unwrap_or(b.len());
    match c {
        'a'..='z' | 'A'..='Z' => {
            let j = run(u8::is_ascii_alphabetic);
            if quiet(b.get(j), b"_.+-@'&\\") {
                return Some((Shape::Word, j));
            }
        }
        '0'..='9' => {
            let j = run(u8::is_ascii_digit);
            if quiet(b.get(j), b"_.+-@:/") {
                return Some((Shape::Num, j));
            }
        }
        '<' => return tag_len(rest).map(|n| (Shape::Tag, n)),
        ',' => return Some((Shape::Comma, 1)),
        '(' | '[' => return Some((Shape::Open, 1)),
        ')' | ']' => return Some((Shape::Close, 1)),
        ':' => return Some((Shape::Colon, 1)),
        ';' => return Some((Shape::Strong, 1)),
        '|' => return Some((Shape::Strong, run(|x| *x == b'|'))),
        '/' => return Some((Shape::Strong, if b.get(1) == Some(&b'/') { 2 } else { 1 })),
        '\n' => return Some((Shape::Newline, 1)),
        '\r' => return Some((Shape::Newline, if b.get(1) == Some(&b'\n') { 2 } else { 1 })),
        ' ' | '\t' => {
            let j = run(|x| matches!(x, b' ' | b'\t'));
            return match (j >= 3, c) {
                (true, _) => Some((Shape::Newline, j)),
                (false, '\t') => Some((Shape::Newline, 1)),
                (false, _) => None,
            };
        }
        '.' | '-' | '+' if quiet(b.get(1), b"_.+-@") => {
            let shape = if c == '+' { Shape::Amp } else { Shape::Strong };
            return Some((shape, 1));
        }
        _ => {}
    }
    ANCHORED
        .iter()
        .filter(|(s, _)| s.may_start(c) && (*s != Shape::Domain || may_be_domain(rest)))
        .find_map(|(s, re)| {
            let m = re.find(rest)?.as_str();
            match s {
                // `@\w{1,40}`: the first 40 word characters.
                Shape::Handle => Some(m.char_indices().nth(41).map_or(m.len(), |(i, _)| i)),
                // `"[…]{1,30}"`: the class holds no closing quote, so the match is the only one.
                Shape::Nick if m.chars().count() > 32 => None,
                _ => Some(m.len()),
            }
            .map(|n| (*s, n))
        })
}

/// The length of the HTML tag `<[^<>\n]{0,300}>` at the start of `rest`, if there is one.
fn tag_len(rest: &str) -> Option<usize> {
    for (n, (i, c)) in rest.char_indices().skip(1).enumerate() {
        match c {
            '>' => return Some(i + 1),
            '<' | '\n' => return None,
            _ if n >= 300 => return None,
            _ => {}
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tk {
    Word,
    Num,
    Time,
    Domain,
    Email,
    Handle,
    Nick,
    Poss,
    Comma,
    Amp,
    Colon,
    Strong,
    Dash,
    Open,
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tok {
    kind: Tk,
    span: Span,
}

/// Reads the tokens of a byline left to right, on demand.
struct Lexer<'h> {
    h: &'h str,
    at: usize,
    end: usize,
}

impl<'h> Lexer<'h> {
    fn new(h: &'h str, region: Span) -> Self {
        Lexer {
            h,
            at: region.start,
            end: region.end,
        }
    }

    /// The next match of a shape, skipping what no shape matches.
    fn next_shape(&mut self) -> Option<(Shape, Span)> {
        while self.at < self.end {
            let rest = &self.h[self.at..self.end];
            let c = rest.chars().next()?;
            if let Some((shape, len)) = shape_at(rest, c) {
                let span = Span::new(self.at, self.at + len);
                self.at += len;
                return Some((shape, span));
            }
            self.at += c.len_utf8();
        }
        None
    }

    /// Appends the next token (two for `NewsAsia's`) to `out`; false when none is left.
    fn push_next(&mut self, out: &mut Vec<Tok>) -> bool {
        while let Some((shape, span)) = self.next_shape() {
            let kind = match shape {
                Shape::Tag | Shape::Nbsp => continue,
                Shape::Email => Tk::Email,
                Shape::Handle => Tk::Handle,
                Shape::Domain => Tk::Domain,
                Shape::Time => Tk::Time,
                Shape::Num => Tk::Num,
                Shape::Nick => Tk::Nick,
                Shape::Poss => Tk::Poss,
                Shape::Word => {
                    let w = &self.h[span.range()];
                    // `NewsAsia's` → `NewsAsia` + `'s`; a trailing hyphen is punctuation.
                    let trimmed = w.trim_end_matches(['-', '\'', '’']);
                    let cut = if trimmed.len() > 2
                        && (trimmed.ends_with("'s") || trimmed.ends_with("’s"))
                    {
                        trimmed.len() - if trimmed.ends_with("’s") { 4 } else { 2 }
                    } else {
                        trimmed.len()
                    };
                    if cut == 0 {
                        continue;
                    }
                    out.push(Tok {
                        kind: Tk::Word,
                        span: Span::new(span.start, span.start + cut),
                    });
                    if cut < trimmed.len() {
                        out.push(Tok {
                            kind: Tk::Poss,
                            span: Span::new(span.start + cut, span.start + trimmed.len()),
                        });
                    }
                    return true;
                }
                Shape::Newline => Tk::Strong,
                Shape::Strong => {
                    let s = &self.h[span.range()];
                    if matches!(s, "-" | "–" | "—") || s.starts_with("--") {
                        Tk::Dash
                    } else {
                        Tk::Strong
                    }
                }
                Shape::Comma => Tk::Comma,
                Shape::Amp => Tk::Amp,
                Shape::Open => Tk::Open,
                Shape::Close => Tk::Close,
                Shape::Colon => Tk::Colon,
            };
            out.push(Tok { kind, span });
            return true;
        }
        false
    }
}

/// The tokens of a byline, read as far as the parse needs them: a line of running text is
/// rejected after its first few words.
struct Tokens<'h> {
    read: Vec<Tok>,
    lexer: Option<Lexer<'h>>,
}

impl<'h> Tokens<'h> {
    fn new(h: &'h str, region: Span) -> Self {
        Tokens {
            read: Vec::new(),
            lexer: Some(Lexer::new(h, region)),
        }
    }

    /// The tokens read once there are more than `i` of them (or all there are).
    fn upto(&mut self, i: usize) -> &[Tok] {
        while self.read.len() <= i {
            let Some(lexer) = &mut self.lexer else { break };
            if !lexer.push_next(&mut self.read) {
                self.lexer = None;
            }
        }
        &self.read
    }

    /// All the tokens.
    fn all(&mut self) -> &[Tok] {
        self.upto(usize::MAX)
    }
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
    /// let b = Byline::parse("Written by Arushi Jain | New Delhi | Updated: April 18, 2018 at 9:04 am")?;
    /// assert_eq!(b.authors()[0].display(), "Arushi Jain");
    /// assert_eq!(b.locations()[0].as_str(), "New Delhi");
    /// assert_eq!(b.date().unwrap().as_str(), "April 18, 2018 at 9:04 am");
    ///
    /// let e = Byline::parse("By the time the polls closed").unwrap_err();
    /// assert!(matches!(e.reason(), Reason::SentenceOpener(_)));
    /// assert_eq!(Byline::parse("Follow Author").unwrap_err().reason(), &Reason::NoAuthor);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &'h str) -> Result<Byline<'h>, ParseError> {
        Self::parse_in(input, Span::new(0, input.len()))
    }

    /// Parses the byline in `region` of `haystack`; spans are offsets into `haystack`.
    pub(crate) fn parse_in(haystack: &'h str, region: Span) -> Result<Byline<'h>, ParseError> {
        let input = Snippet::new(haystack, region).map_or("", |s| s.as_str());
        check_line(input, Target::Byline, MAX_LEN)?;
        let region = Span::new(region.start, region.start + input.len()).trim(haystack);
        Self::parse_tokens(haystack, region, input, Tokens::new(haystack, region), true)
    }

    /// Parses the tokens of `region`; `input` is the text as given. With `early`, a line of
    /// running text is rejected as soon as its count of lower-case words decides it, before the
    /// rest is read (the outcome is the same either way).
    fn parse_tokens(
        haystack: &'h str,
        region: Span,
        input: &str,
        mut tokens: Tokens<'h>,
        early: bool,
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
        if let Some((n, role)) = p.lead_in(tokens.upto(longest + 1), 0)
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
        if lower >= 3 || (lower >= 2 && p.b.lead_in.is_none()) {
            return Err(err(Reason::BodyText(
                "several lower-case words of running text",
            )));
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
    /// let b = copydesk::Byline::parse("By Amy Goodman & Denis Moynihan")?;
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
    /// let b = copydesk::Byline::parse("By Victor Davis Hanson // City Journal")?;
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
    /// let b = copydesk::Byline::parse("By Malcolm Moore, Economics Correspondent")?;
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
    /// let b = copydesk::Byline::parse("By Andrew Balls in Washington")?;
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
    /// let b = copydesk::Byline::parse("By Michael Barone - February 7, 2013")?;
    /// assert_eq!(b.date().unwrap().as_str(), "February 7, 2013");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<Snippet<'h>> {
        self.date
    }

    /// Contributors credited after the authors (`Edited by …`).
    ///
    /// ```
    /// let b = copydesk::Byline::parse("Written by Rob Ewaschuk\nEdited by Betsy Beyer")?;
    /// assert_eq!(b.contributors()[0].person.display(), "Betsy Beyer");
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

impl<'h> Parse<'h> {
    fn s(&self, span: Span) -> &'h str {
        span.get(self.h).unwrap_or("")
    }

    fn word(&self, t: &Tok) -> Option<&'h str> {
        (t.kind == Tk::Word).then(|| self.s(t.span))
    }

    fn lower(&self, t: &Tok) -> Cow<'h, str> {
        name::lowercase(self.s(t.span).trim_end_matches('.'))
    }

    /// Whether `t`, lower-cased and without a final full stop, is `lower` (a lower-case word).
    fn is_lower(&self, t: &Tok, lower: &str) -> bool {
        let w = self.s(t.span).trim_end_matches('.');
        if w.is_ascii() {
            w.eq_ignore_ascii_case(lower)
        } else {
            w.to_lowercase() == lower
        }
    }

    /// A lead-in at `at`: (tokens used, role).
    fn lead_in(&self, toks: &[Tok], at: usize) -> Option<(usize, LeadIn)> {
        // Most lines open with no lead-in word at all.
        let first = toks.get(at)?;
        if first.kind != Tk::Word || !LEADIN_FIRSTS.contains(self.lower(first).as_ref()) {
            return None;
        }
        'outer: for (words, role) in LEADINS.iter() {
            for (i, w) in words.iter().enumerate() {
                let t = toks.get(at + i)?;
                if t.kind != Tk::Word || !self.is_lower(t, w) {
                    continue 'outer;
                }
            }
            let n = words.len();
            // `From`, `Author` and `Byline` need something name-like after them.
            let next = toks.get(at + n);
            let colon = next.is_some_and(|t| t.kind == Tk::Colon);
            let capital = next.is_some_and(|t| {
                self.word(t)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            });
            match words[0].as_str() {
                "author" | "authors" | "byline" if !colon => continue,
                "from" if n == 1 && !capital => continue,
                _ => {}
            }
            let mut n = n;
            if toks.get(at + n).is_some_and(|t| t.kind == Tk::Colon) {
                n += 1;
            }
            return Some((n, *role));
        }
        None
    }

    /// Why the words after a sentence-initial `By` make a sentence, if they do.
    fn sentence_after_by(&self, rest: &[Tok]) -> Option<&'static str> {
        let t = rest.first()?;
        match t.kind {
            Tk::Num | Tk::Time => Some("a number follows 'By'"),
            Tk::Word => {
                let w = self.s(t.span);
                if w.starts_with(char::is_lowercase) && !name::is_particle(w) {
                    Some("a lower-case word follows 'By'")
                } else if (OPENERS.contains(&w.trim_end_matches('.').to_lowercase())
                    || w.split_once('-').is_some_and(|(a, b)| {
                        OPENERS.contains(&a.to_lowercase())
                            || crate::lexicon::calendar::month_number(b).is_some()
                    }))
                    && !rest.get(1).is_some_and(|n| {
                        // `By May Bulman` is a name; `By May 2020` is not.
                        self.word(n).is_some_and(|x| {
                            x.starts_with(char::is_uppercase)
                                && crate::lexicon::calendar::month_number(w).is_some()
                                && !OPENERS.contains(&x.to_lowercase())
                        })
                    })
                {
                    Some("a date or time word follows 'By'")
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// A lower-case word that is neither a particle, a role word nor a linking word of bylines.
    fn is_sentence_word(&self, span: Span) -> bool {
        let w = self.s(span);
        if !w.starts_with(char::is_lowercase) {
            return false;
        }
        let l = name::lowercase(w.trim_end_matches('.'));
        !(matches!(
            l.as_ref(),
            "and"
                | "with"
                | "in"
                | "of"
                | "for"
                | "at"
                | "to"
                | "by"
                | "from"
                | "am"
                | "pm"
                | "a.m"
                | "p.m"
                | "on"
                | "updated"
                | "published"
                | "posted"
                | "edited"
                | "written"
                | "words"
                | "story"
                | "reporting"
                | "ist"
                | "gmt"
                | "est"
                | "et"
        ) || name::is_particle(&l)
            || ROLES.contains_key(l.as_ref()))
    }

    fn is_month(&self, t: &Tok) -> bool {
        self.word(t)
            .is_some_and(|w| crate::lexicon::calendar::month_number(w).is_some())
    }

    /// Where a date starts in `toks`, if the segment carries one.
    fn date_start(&self, toks: &[Tok]) -> Option<usize> {
        let dateish = |i: usize| -> bool {
            let t = &toks[i];
            match t.kind {
                Tk::Time => true,
                Tk::Num => {
                    let s = self.s(t.span);
                    s.contains(['/', '.', '-'])
                        || s.len() == 4
                        || (i > 0 && self.is_month(&toks[i - 1]))
                        || toks.get(i + 1).is_some_and(|n| self.is_month(n))
                }
                Tk::Word => {
                    self.is_month(t)
                        && (toks.get(i + 1).is_some_and(|n| n.kind == Tk::Num)
                            || (i > 0 && toks[i - 1].kind == Tk::Num))
                }
                _ => false,
            }
        };
        let first = (0..toks.len()).find(|&i| dateish(i))?;
        // Include a weekday or a day number just before.
        let mut s = first;
        while s > 0
            && (toks[s - 1].kind == Tk::Num
                || toks[s - 1].kind == Tk::Comma
                || self.word(&toks[s - 1]).is_some_and(|w| {
                    OPENERS.contains(&w.trim_end_matches('.').to_lowercase())
                        && w.starts_with(char::is_uppercase)
                        && crate::lexicon::calendar::month_number(w).is_none()
                        && w.len() > 3
                }))
        {
            s -= 1;
        }
        while s < first && toks[s].kind == Tk::Comma {
            s += 1;
        }
        Some(s)
    }

    /// Reads one segment; returns whether the next segment is a date (a label stood alone).
    fn segment(&mut self, seg: &Seg, pending_date: bool) -> bool {
        let mut toks: Vec<Tok> = Vec::with_capacity(seg.toks.len());
        for t in &seg.toks {
            match t.kind {
                Tk::Email => self.b.contacts.push(Contact {
                    text: Snippet::at(self.h, t.span),
                    kind: ContactKind::Email,
                }),
                Tk::Handle => self.b.contacts.push(Contact {
                    text: Snippet::at(self.h, t.span),
                    kind: ContactKind::Handle,
                }),
                _ => toks.push(*t),
            }
        }
        if toks.is_empty() {
            return pending_date;
        }
        // `Updated: …`, `PUBLISHED:`, `Filed: …`.
        let mut i = 0;
        while toks.get(i).is_some_and(|t| {
            self.word(t)
                .is_some_and(|w| DATE_LABELS.contains(&w.to_lowercase().as_str()))
        }) {
            i += 1;
        }
        let labelled = i > 0
            && toks.get(i).is_some_and(|t| t.kind == Tk::Colon)
            && self
                .word(&toks[0])
                .is_some_and(|w| w.to_lowercase() != "on");
        if labelled {
            let rest = &toks[i + 1..];
            if rest.is_empty() {
                return true;
            }
            self.set_date(rest);
            return false;
        }
        if let Some(d) = self.date_start(&toks) {
            self.set_date(&toks[d..]);
            toks.truncate(d);
            // `at`/`on` before the date belongs to it.
            while toks.last().is_some_and(|t| {
                matches!(t.kind, Tk::Comma | Tk::Colon)
                    || self
                        .word(t)
                        .is_some_and(|w| matches!(w, "on" | "at" | "Updated"))
            }) {
                toks.pop();
            }
            if toks.is_empty() {
                return false;
            }
        } else if pending_date && toks.iter().any(|t| matches!(t.kind, Tk::Num | Tk::Time)) {
            self.set_date(&toks);
            return false;
        }
        // A contributor lead-in (`Edited by …`).
        if let Some((n, role)) = self.lead_in(&toks, 0) {
            let rest = &toks[n..];
            if let LeadIn::Contributor(role) = role {
                for part in self.split_parts(rest) {
                    if let Some(person) = self.person(part) {
                        self.b.contributors.push(Contributor { person, role });
                    }
                }
            } else {
                self.people(rest, seg);
            }
            return false;
        }
        self.people(&toks, seg);
        false
    }

    fn set_date(&mut self, toks: &[Tok]) {
        let toks: Vec<&Tok> = toks
            .iter()
            .filter(|t| !matches!(t.kind, Tk::Strong | Tk::Dash))
            .collect();
        if self.b.date.is_none()
            && let (Some(a), Some(z)) = (toks.first(), toks.last())
        {
            self.b.date = Some(Snippet::at(self.h, a.span.cover(z.span)));
        }
    }

    /// Splits a segment at commas, `and`, `&` and `with`.
    fn split_parts<'t>(&self, toks: &'t [Tok]) -> Vec<&'t [Tok]> {
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            let joiner = match t.kind {
                Tk::Comma | Tk::Amp | Tk::Colon => true,
                Tk::Word => matches!(
                    self.s(t.span),
                    "and" | "AND" | "And" | "with" | "WITH" | "und"
                ),
                _ => false,
            };
            if joiner {
                if i > start {
                    parts.push(&toks[start..i]);
                }
                start = i + 1;
            }
        }
        if start < toks.len() {
            parts.push(&toks[start..]);
        }
        parts
    }

    /// A comma-separated list of authors, outlets and roles.
    fn people(&mut self, toks: &[Tok], seg: &Seg) {
        let words = |ts: &[Tok]| ts.iter().filter(|t| t.kind == Tk::Word).count();
        // `Jong, Michiel de`: an inverted name.
        let commas: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Tk::Comma)
            .map(|(i, _)| i)
            .collect();
        if let [c] = commas[..] {
            let (l, r) = (&toks[..c], &toks[c + 1..]);
            if l.len() == 1
                && words(l) == 1
                && (1..=3).contains(&words(r))
                && r.iter().all(|t| t.kind == Tk::Word)
                && self.outlet_like(r).is_none()
                && self.outlet_like(l).is_none()
                && self.role_word(&l[0]).is_none()
                && !r
                    .iter()
                    .any(|t| self.role_word(t).is_some() || name::is_credential(self.s(t.span)))
                && !r.iter().any(|t| self.s(t.span) == "and")
                && self.place(r).is_none()
            {
                // The display form puts the name in reading order (`Michiel de Jong`).
                let span = toks[0].span.cover(toks[toks.len() - 1].span);
                if let Some(person) = name::person_at(self.h, span) {
                    self.b.authors.push(person);
                    return;
                }
            }
        }
        let had_author = !self.b.authors.is_empty();
        let mut after_role = false;
        for part in self.split_parts(toks) {
            // `Correspondent, Bogura`: one word after a desk role is where the desk sits.
            if after_role
                && part.len() == 1
                && self.b.authors.is_empty()
                && self
                    .word(&part[0])
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && self.role_word(&part[0]).is_none()
                && self.outlet_like(part).is_none()
            {
                self.b
                    .locations
                    .push(Snippet::at(self.h, self.clean_span(part)));
                continue;
            }
            let roles = self.b.roles.len();
            let authors = self.b.authors.len();
            self.part(part, seg, had_author);
            after_role = self.b.roles.len() > roles && self.b.authors.len() == authors;
        }
    }

    fn span_of(toks: &[Tok]) -> Span {
        toks[0].span.cover(toks[toks.len() - 1].span)
    }

    fn role_word(&self, t: &Tok) -> Option<&'static [RoleWord]> {
        let w = self.word(t)?;
        let key = name::lowercase(w.trim_end_matches('.'));
        let roles: &'static FxMap<String, Vec<RoleWord>> = &ROLES;
        // `Editor-at-large`, `Editor-in-chief`: the head before the hyphen.
        roles
            .get(key.as_ref())
            .or_else(|| key.split_once('-').and_then(|(h, _)| roles.get(h)))
            .map(Vec::as_slice)
    }

    /// The span of `toks` without a sentence's final full stop.
    fn clean_span(&self, toks: &[Tok]) -> Span {
        let mut span = Self::span_of(toks);
        let s = self.s(span);
        if s.ends_with('.') {
            let last = self.s(toks[toks.len() - 1].span);
            let bare = last.trim_end_matches('.');
            let abbrev = bare.chars().count() <= 3 || bare.contains('.');
            if !abbrev {
                span.end -= 1;
            }
        }
        span
    }

    /// Whether `toks` name an outlet: the registry, the outlet lexicon, a web domain, a name
    /// starting with `The`, ending in an outlet word (`News`, `Journal`), or a short acronym.
    fn outlet_like(&self, toks: &[Tok]) -> Option<Outlet<'h>> {
        if toks.is_empty() {
            return None;
        }
        let span = self.clean_span(toks);
        let text = self.s(span);
        if let Some(a) = Agency::lookup(text) {
            return Some(self.outlet(span, Some(a)));
        }
        let lower = name::lowercase(text);
        let bare = lower.strip_prefix("the ").unwrap_or(&lower);
        let written_as_name = text.chars().any(char::is_uppercase);
        if written_as_name
            && (OUTLETS.names.contains(lower.as_ref()) || OUTLETS.names.contains(bare))
        {
            return Some(self.outlet(span, None));
        }
        if !toks
            .iter()
            .all(|t| matches!(t.kind, Tk::Word | Tk::Domain | Tk::Num))
            || toks.iter().any(|t| {
                self.role_word(t)
                    .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
            })
        {
            return None;
        }
        if toks.len() <= 2 && toks.last().is_some_and(|t| t.kind == Tk::Domain) {
            return Some(self.outlet(span, None));
        }
        let words: Vec<&str> = toks.iter().map(|t| self.s(t.span)).collect();
        if !words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "of" | "for" | "and" | "the" | "on")
        }) {
            return None;
        }
        let last = name::lowercase(words[words.len() - 1].trim_end_matches('.'));
        if (words.len() >= 2 && words[0] == "The")
            || (words.len() >= 2 && OUTLETS.words.contains(last.as_ref()))
            || words.iter().any(|w| {
                let w = name::lowercase(w);
                w.len() > 4 && w.starts_with("news") || w.ends_with("news")
            })
        {
            return Some(self.outlet(span, None));
        }
        if words.len() == 1 && is_camel_outlet(words[0]) {
            return Some(self.outlet(span, None));
        }
        if let [w] = words[..] {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if (2..=5).contains(&letters)
                && !name::is_suffix(w)
                && !w.chars().any(char::is_lowercase)
                && w.chars().all(|c| c.is_alphanumeric())
            {
                return Some(self.outlet(span, None));
            }
        }
        None
    }

    /// Whether `span` is written like a name: capitalised words, with `of`, `for`, `and`, `the`
    /// between them.
    fn capitalised(&self, span: Span) -> bool {
        self.s(span).split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '&')
                || matches!(w, "of" | "for" | "and" | "the" | "on" | "de")
        })
    }

    fn outlet(&self, span: Span, agency: Option<Agency>) -> Outlet<'h> {
        Outlet {
            name: Snippet::at(self.h, span),
            agency: agency.or_else(|| Agency::lookup(self.s(span))),
        }
    }

    fn person(&self, toks: &[Tok]) -> Option<Person<'h>> {
        // Digits glued to a name (`John Doe123`) are dropped; a number standing apart is not
        // part of any name.
        let mut toks: Vec<Tok> = toks
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                !(t.kind == Tk::Num && *i > 0 && toks[*i - 1].span.end == t.span.start)
            })
            .map(|(_, t)| *t)
            .collect();
        // A number after the name (`Steve Steve 123`) is not part of it either.
        while toks.len() > 1 && toks.last().is_some_and(|t| t.kind == Tk::Num) {
            toks.pop();
        }
        if toks.is_empty()
            || !toks.iter().all(|t| matches!(t.kind, Tk::Word | Tk::Nick))
            || toks.iter().all(|t| t.kind == Tk::Nick)
        {
            return None;
        }
        name::person_at(self.h, self.clean_span(&toks))
    }

    fn place(&self, toks: &[Tok]) -> Option<Span> {
        if toks.is_empty() || !toks.iter().all(|t| matches!(t.kind, Tk::Word | Tk::Comma)) {
            return None;
        }
        let span = self.clean_span(toks);
        crate::lexicon::places::is_known_place(self.s(span)).then_some(span)
    }

    fn push_outlet(&mut self, o: Outlet<'h>) {
        if !self
            .b
            .outlets
            .iter()
            .any(|x| x.name.span() == o.name.span())
        {
            self.b.outlets.push(o);
        }
    }

    /// Reads one part of a segment (between commas and `and`s).
    fn part(&mut self, toks: &[Tok], seg: &Seg, had_author: bool) {
        let mut toks = toks;
        while toks
            .first()
            .is_some_and(|t| matches!(t.kind, Tk::Poss | Tk::Colon | Tk::Comma))
        {
            toks = &toks[1..];
        }
        if toks.is_empty() || toks.iter().all(|t| matches!(t.kind, Tk::Num | Tk::Time)) {
            return;
        }
        if toks.len() == 1 && name::is_credential(self.s(toks[0].span)) {
            return;
        }
        // `Hans News Service New Delhi`: an outlet followed by a place.
        for k in 1..toks.len().min(MAX_PART) {
            if let Some(span) = self.place(&toks[k..])
                && let Some(o) = self.outlet_like(&toks[..k])
            {
                self.push_outlet(o);
                self.b.locations.push(Snippet::at(self.h, span));
                return;
            }
        }
        // `The Hans India Hans News Service`: a paper and its news service.
        let n = toks.len();
        if n >= 5
            && self.word(&toks[0]) == Some("The")
            && toks.iter().all(|t| t.kind == Tk::Word)
            && self.s(toks[n - 2].span) == "News"
            && matches!(self.s(toks[n - 1].span), "Service" | "Network" | "Agency")
            && Agency::lookup(self.s(Self::span_of(toks))).is_none()
        {
            let paper = self.clean_span(&toks[..n - 3]);
            self.push_outlet(self.outlet(paper, None));
            let service = self.clean_span(&toks[n - 3..]);
            self.push_outlet(self.outlet(service, None));
            return;
        }
        // `Rebecca Shabad CBS News`: a name run into its outlet.
        let shouted = !self.s(Self::span_of(toks)).chars().any(char::is_lowercase);
        if (3..=MAX_PART).contains(&toks.len())
            && !shouted
            && toks.iter().all(|t| t.kind == Tk::Word)
        {
            for k in 2..toks.len() {
                let (name_part, outlet_part) = (&toks[..k], &toks[k..]);
                if let Some(o) = self.outlet_like(outlet_part)
                    && self.role_word(&outlet_part[0]).is_none()
                    && self.s(outlet_part[0].span).starts_with(char::is_uppercase)
                    && !name_part.iter().any(|t| self.role_word(t).is_some())
                    && let Some(person) = self.person(name_part)
                    && !name_part
                        .iter()
                        .any(|t| OUTLETS.words.contains(self.lower(t).as_ref()))
                {
                    self.b.authors.push(person);
                    self.push_outlet(o);
                    return;
                }
            }
        }
        if let Some(o) = self.outlet_like(toks) {
            self.push_outlet(o);
            return;
        }
        // `Channel NewsAsia's Malaysia Correspondent Melissa Goh`.
        if let Some(i) = toks.iter().position(|t| t.kind == Tk::Poss)
            && i > 0
        {
            let outlet = &toks[..i];
            let span = self.clean_span(outlet);
            if !self.capitalised(span) {
                return;
            }
            let agency = Agency::lookup(self.s(span));
            self.push_outlet(self.outlet(span, agency));
            self.role_then_person(&toks[i + 1..]);
            return;
        }
        // `Andrew Balls in Washington`, `Jane Doe for MailOnline`, `Staff writer of The Monitor`.
        if let Some(i) = toks.iter().position(|t| {
            self.word(t).is_some_and(|w| {
                matches!(
                    w,
                    "in" | "of" | "for" | "at" | "to" | "from" | "In" | "For" | "At" | "From"
                )
            })
        }) && i > 0
            && i + 1 < toks.len()
            && matches!(toks[i + 1].kind, Tk::Word | Tk::Domain)
            && self
                .s(toks[i + 1].span)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            let (mut left, right) = (&toks[..i], &toks[i + 1..]);
            // `Josh Feldman writing at Mediaite`.
            if left.len() > 1
                && self.word(&left[left.len() - 1]).is_some_and(|w| {
                    matches!(w, "writing" | "reporting" | "writes" | "reports" | "wrote")
                })
            {
                left = &left[..left.len() - 1];
            }
            if self.s(toks[i].span).eq_ignore_ascii_case("in") {
                self.b
                    .locations
                    .push(Snippet::at(self.h, self.clean_span(right)));
            } else if let Some(o) = self.outlet_like(right) {
                self.push_outlet(o);
            } else {
                // `John Doe of John Doe` names no outlet; `Correspondent of The Monitor` does.
                let span = self.clean_span(right);
                let of = self.s(toks[i].span).eq_ignore_ascii_case("of");
                if self.capitalised(span) && !(of && self.person(right).is_some()) {
                    self.push_outlet(self.outlet(span, None));
                }
            }
            if self.s(toks[i].span) == "to"
                && self
                    .word(&left[left.len() - 1])
                    .is_some_and(|w| w.eq_ignore_ascii_case("special"))
            {
                self.b.roles.push(Snippet::at(
                    self.h,
                    Self::span_of(&toks[left.len() - 1..=i]),
                ));
                if left.len() > 1 {
                    self.part(&left[..left.len() - 1], seg, had_author);
                }
                return;
            }
            self.part(left, seg, had_author);
            return;
        }
        if let Some(span) = self.place(toks) {
            self.b.locations.push(Snippet::at(self.h, span));
            return;
        }
        if toks.iter().any(|t| {
            self.role_word(t)
                .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
        }) {
            self.roles_in(toks);
            return;
        }
        if let Some(p) = self.person(toks) {
            // After a dash, an unknown word or two is a site name, not a second author.
            if !(seg.after_dash && had_author) {
                self.b.authors.push(p);
            }
        }
    }

    /// `Malaysia Correspondent Melissa Goh`: a role (everything up to its head) and a person.
    fn role_then_person(&mut self, toks: &[Tok]) {
        let head = toks.iter().rposition(|t| {
            self.role_word(t)
                .is_some_and(|k| k.contains(&RoleWord::Head) || k.contains(&RoleWord::Desk))
        });
        match head {
            Some(h) => {
                self.b
                    .roles
                    .push(Snippet::at(self.h, self.clean_span(&toks[..=h])));
                if let Some(p) = self.person(&toks[h + 1..]) {
                    self.b.authors.push(p);
                }
            }
            None => {
                if let Some(p) = self.person(toks) {
                    self.b.authors.push(p);
                }
            }
        }
    }

    /// A part holding a role word: `[outlet] [person] [modifiers] HEAD [heads…] [person]`.
    fn roles_in(&mut self, toks: &[Tok]) {
        let is = |p: &Self, t: &Tok, k: RoleWord| p.role_word(t).is_some_and(|v| v.contains(&k));
        let Some(h) = toks
            .iter()
            .position(|t| is(self, t, RoleWord::Head) || is(self, t, RoleWord::Desk))
        else {
            return;
        };
        let desk = is(self, &toks[h], RoleWord::Desk);
        let mut end = h;
        while end + 1 < toks.len()
            && (is(self, &toks[end + 1], RoleWord::Head)
                || is(self, &toks[end + 1], RoleWord::Desk)
                || is(self, &toks[end + 1], RoleWord::Modifier)
                || self.word(&toks[end + 1]).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(w, "of" | "for" | "at" | "to" | "in")
                }))
        {
            end += 1;
        }
        let pre = &toks[..h];
        let post = &toks[end + 1..];
        // Peel role modifiers off the right of what precedes the head.
        let mut rs = pre.len();
        // A known outlet at the front (`CNN Belief Blog Editor`, `Mail Online Reporter`).
        let mut known = 0;
        for k in (1..=pre.len().min(MAX_PART)).rev().filter(|_| !desk) {
            let span = self.clean_span(&pre[..k]);
            let text = self.s(span);
            let lower = text.to_lowercase();
            if Agency::lookup(text).is_some()
                || OUTLETS.names.contains(&lower)
                || OUTLETS
                    .names
                    .contains(lower.strip_prefix("the ").unwrap_or(&lower))
                || pre[k - 1].kind == Tk::Domain
            {
                self.push_outlet(self.outlet(span, None));
                known = k;
                break;
            }
        }
        while rs > known && is(self, &pre[rs - 1], RoleWord::Modifier) {
            rs -= 1;
        }
        let mut rest = &pre[known..rs];
        let mut role_start = rs;
        if known > 0 {
            // The outlet is read; what lies between it and the role is a person or the role.
        } else if desk {
            let lone_the = rest.len() == 1 && self.lower(&rest[0]) == "the";
            if !rest.is_empty() && !lone_the {
                let span = self.clean_span(rest);
                if self.capitalised(span) {
                    let agency = Agency::lookup(self.s(span));
                    self.push_outlet(self.outlet(span, agency));
                }
            }
        } else {
            // An outlet-like name at the front (`Daily Planet Reporter`).
            let mut k = rest.len().min(MAX_PART);
            while k >= 2 {
                if let Some(o) = self.outlet_like(&rest[..k]) {
                    self.push_outlet(o);
                    break;
                }
                k -= 1;
            }
            if k < 2 {
                k = 0;
            }
            rest = &rest[k..];
        }
        if !desk {
            let words = rest.iter().filter(|t| t.kind == Tk::Word).count();
            // `Senior Washington Correspondent`: a phrase opening with a role word is all role.
            if words >= 2
                && known == 0
                && self.role_word(&rest[0]).is_none()
                && let Some(p) = self.person(rest)
            {
                self.b.authors.push(p);
                rest = &[];
            }
            // Anything left (`DU`, `Economics`, `Malaysia`) qualifies the role.
            role_start = rs - rest.len();
        }
        let role = &toks[role_start..=end];
        self.b
            .roles
            .push(Snippet::at(self.h, self.clean_span(role)));
        if !post.is_empty() {
            if let Some(i) = post.first().and_then(|t| self.word(t))
                && matches!(i, "of" | "for" | "at" | "with")
                && post.len() > 1
            {
                let right = &post[1..];
                match self.outlet_like(right) {
                    Some(o) => self.push_outlet(o),
                    None => {
                        let span = self.clean_span(right);
                        if self.capitalised(span) {
                            self.push_outlet(self.outlet(span, None));
                        }
                    }
                }
            } else if let Some(p) = self.person(post) {
                self.b.authors.push(p);
            } else if let Some(o) = self.outlet_like(post) {
                self.push_outlet(o);
            }
        }
    }
}

/// Finds the byline of an article: one of its first lines that reads as a byline, with a
/// lead-in (`By …`) or as a desk or agency credit (`Reuters staff`, `HT News Desk`).
pub(crate) fn detect<'h>(text: &'h str, paragraphs: &[Paragraph<'h>]) -> Vec<(usize, Byline<'h>)> {
    paragraphs
        .iter()
        .take(4)
        .enumerate()
        .filter(|(_, p)| p.as_str().len() <= 300)
        .find_map(|(i, p)| {
            let b = Byline::parse_in(text, p.span()).ok()?;
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

#[cfg(test)]
mod tests {
    //! The hand-read tokens and the early rejection of running text checked against the
    //! original single-regex tokenizer and a parse that reads every token.

    use super::*;
    use proptest::prelude::*;

    // The original tokenizer, kept as the reference.
    static TOKEN: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r#"(?x)
            (?P<tag><[^<>\n]{0,300}>)
            |(?P<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)
            |(?P<handle>@\w{1,40})
            |(?P<domain>[\p{L}\d][\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.(?i:com|net|org|co\.uk|co|uk|in|io|info|news|tv|ie|au|ca|pk|bd)\b)
            |(?P<time>\d{1,2}:\d{2}(?::\d{2})?)
            |(?P<num>\d+(?:[/.\-]\d+)*(?:st|nd|rd|th)?)
            |(?P<nick>"[\p{L}\ .'’\-]{1,30}"|“[\p{L}\ .'’\-]{1,30}”)
            |(?P<poss>['’]s\b)
            |(?P<ws>&nbsp;)
            |(?P<word>(?:\p{L}|&\#\d{2,6};|&\#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})(?:[\p{L}\p{M}'’.\-]|&\#\d{2,6};|&\#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})*)
            |(?P<nl>\r\n|\n|\r|\u{2028}|\u{2029}|[\ \t]{3,}|\t)
            |(?P<strong>//|\|+|[•·;/]|--+|[-–—]|\.)
            |(?P<comma>,)
            |(?P<amp>&(?:amp;|\#38;)?|\+)
            |(?P<open>[(\[])
            |(?P<close>[)\]])
            |(?P<colon>:)
            "#,
        )
        .expect("byline token regex")
    });

    fn reference_tokenize(h: &str, region: Span) -> Vec<Tok> {
        let text = &h[region.range()];
        let mut out = Vec::new();
        for c in TOKEN.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let span = Span::new(region.start + m.start(), region.start + m.end());
            let kind = if c.name("tag").is_some() || c.name("ws").is_some() {
                continue;
            } else if c.name("email").is_some() {
                Tk::Email
            } else if c.name("handle").is_some() {
                Tk::Handle
            } else if c.name("domain").is_some() {
                Tk::Domain
            } else if c.name("time").is_some() {
                Tk::Time
            } else if c.name("num").is_some() {
                Tk::Num
            } else if c.name("nick").is_some() {
                Tk::Nick
            } else if c.name("poss").is_some() {
                Tk::Poss
            } else if c.name("word").is_some() {
                let w = m.as_str();
                // `NewsAsia's` → `NewsAsia` + `'s`; a trailing hyphen is punctuation.
                let trimmed = w.trim_end_matches(['-', '\'', '’']);
                let cut =
                    if trimmed.len() > 2 && (trimmed.ends_with("'s") || trimmed.ends_with("’s")) {
                        trimmed.len() - if trimmed.ends_with("’s") { 4 } else { 2 }
                    } else {
                        trimmed.len()
                    };
                if cut == 0 {
                    continue;
                }
                out.push(Tok {
                    kind: Tk::Word,
                    span: Span::new(span.start, span.start + cut),
                });
                if cut < trimmed.len() {
                    out.push(Tok {
                        kind: Tk::Poss,
                        span: Span::new(span.start + cut, span.start + trimmed.len()),
                    });
                }
                continue;
            } else if c.name("nl").is_some() {
                Tk::Strong
            } else if let Some(s) = c.name("strong") {
                if matches!(s.as_str(), "-" | "–" | "—") || s.as_str().starts_with("--") {
                    Tk::Dash
                } else {
                    Tk::Strong
                }
            } else if c.name("comma").is_some() {
                Tk::Comma
            } else if c.name("amp").is_some() {
                Tk::Amp
            } else if c.name("open").is_some() {
                Tk::Open
            } else if c.name("close").is_some() {
                Tk::Close
            } else {
                Tk::Colon
            };
            out.push(Tok { kind, span });
        }
        out
    }

    fn fast_tokens(s: &str) -> Vec<Tok> {
        Tokens::new(s, Span::new(0, s.len())).all().to_vec()
    }

    /// `Byline::parse` next to the slow path: every token read by the reference tokenizer,
    /// no early rejection.
    fn fast_and_slow(s: &str) -> (String, String) {
        let fast = Byline::parse(s);
        let slow = check_line(s, Target::Byline, MAX_LEN).and_then(|()| {
            let region = Span::new(0, s.len()).trim(s);
            let read = reference_tokenize(s, region);
            Byline::parse_tokens(s, region, s, Tokens { read, lexer: None }, false)
        });
        (format!("{fast:?}"), format!("{slow:?}"))
    }

    /// Pieces that exercise every token shape and the edges between them.
    const PIECES: &[&str] = &[
        "By",
        "by",
        "Jane",
        "DOE",
        "O’Neill",
        "d'Arc",
        "Jean-Luc",
        "said",
        "the",
        "and",
        "with",
        "in",
        "Reuters",
        "AP",
        "BBC News",
        "Staff Writer",
        "Correspondent",
        "Updated",
        "May",
        "2020",
        "12",
        "9:04",
        "3rd",
        "1/2/2020",
        "10.5",
        "am",
        " ",
        " ",
        " ",
        "   ",
        "\t",
        "\n",
        "\r\n",
        ",",
        ".",
        ". ",
        "-",
        "--",
        "—",
        "–",
        "|",
        "||",
        "/",
        "//",
        ";",
        ":",
        "(",
        ")",
        "[",
        "]",
        "&",
        "&amp;",
        "&#38;",
        "&nbsp;",
        "&#233;",
        "&#xE9;",
        "\\u00e9",
        "+",
        "@",
        "@jane_doe",
        "jane.doe@bbc.co.uk",
        "bbc.co.uk",
        "CNN.com",
        ".com",
        "a.b",
        "x-",
        "'s",
        "’s",
        "'",
        "’",
        "\"",
        "“",
        "”",
        "\"Nick\"",
        "<b>",
        "</a>",
        "<",
        ">",
        "_",
        "é",
        "Ł",
        "ß",
        "\u{0301}",
        "\u{212A}",
        "ſ",
        "١٢",
        "٣:٤٥",
        "#",
        "?",
        "!",
        "*",
        "•",
        "·",
        "\u{2028}",
        "😊",
        "x",
        "Mc",
        "news",
        "UK",
    ];

    fn line() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(PIECES), 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn tokens_as_the_reference_reads_them(s in line()) {
            prop_assert_eq!(fast_tokens(&s), reference_tokenize(&s, Span::new(0, s.len())));
        }

        #[test]
        fn tokens_of_any_text_as_the_reference_reads_them(s in "\\PC{0,80}") {
            prop_assert_eq!(fast_tokens(&s), reference_tokenize(&s, Span::new(0, s.len())));
        }

        #[test]
        fn parse_as_the_slow_path(s in line()) {
            let (fast, slow) = fast_and_slow(&s);
            prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn long_tags_nicknames_and_handles_as_the_reference() {
        let long = |c: &str, n: usize| c.repeat(n);
        for s in [
            format!("<{}>", long("é", 300)),
            format!("<{}>", long("é", 301)),
            format!("<{}", long("a", 400)),
            format!("\"{}\" Doe", long("é", 30)),
            format!("\"{}\" Doe", long("a", 31)),
            format!("“{}” Doe", long("a", 30)),
            format!("“{}” Doe", long("ł", 31)),
            format!("@{}", long("a", 40)),
            format!("@{} x", long("ä", 41)),
            format!("{}@x.com", long("a_", 100)),
            long("a.", 500),
        ] {
            assert_eq!(
                fast_tokens(&s),
                reference_tokenize(&s, Span::new(0, s.len())),
                "{s}"
            );
            let (fast, slow) = fast_and_slow(&s);
            assert_eq!(fast, slow, "{s}");
        }
    }

    #[test]
    fn bylines_and_sentences_as_the_slow_path() {
        for s in [
            "By MICHAEL FALCONE and AMY WALTER, Associated Press",
            "Written by Arushi Jain | New Delhi | Updated: April 18, 2018 at 9:04 am",
            "By the time the polls closed, most of the votes had been counted.",
            "By May 2020 the company had gone under.",
            "Business Today Desk",
            "the cat sat on the mat and then it left",
            "Channel NewsAsia's Malaysia Correspondent Melissa Goh",
            "Reuters staff",
            "By . Jane Doe . PUBLISHED: . 12:01 EST, 1 May 2013",
            "jane.doe@outlet.com (Jane Doe)",
            "by jane doe and john smith for the daily planet",
        ] {
            let (fast, slow) = fast_and_slow(s);
            assert_eq!(fast, slow, "{s}");
        }
        assert!(Byline::parse("By the time the polls closed, it was late.").is_err());
    }
}
