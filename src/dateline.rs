//! The dateline parser: the place, date and agency that open a story's first body paragraph.
//!
//! A dateline is the exact prefix of the paragraph, separator included:
//!
//! | style | example |
//! |---|---|
//! | US wire | `RENO, Nev. (AP) —`, `SEOUL, South Korea (AP) —` |
//! | Reuters | `LONDON (Reuters) -`, `WASHINGTON/NEW YORK (Reuters) -`, `(Reuters) -` |
//! | old wire | `CAIRO, Dec 17 (AFP) --`, `LONDON, Feb 26 -`, `SEOUL, Aug. 20 (Yonhap) --` |
//! | Indian | `NEW DELHI:`, `Mumbai, March 3 (PTI)`, `New Delhi [India], May 10 (ANI):`, `Patiala, April 27` |
//! | UK / Asian | `SINGAPORE —`, `KUALA LUMPUR :` |
//! | CNN | `(CNN)` (the space after it separates), `Beirut (CNN) --` |
//! | AG News | `Canadian Press - BRANDON (CP) -` |
//!
//! ```
//! use copydesk::Dateline;
//!
//! let text = "SEOUL, Aug. 14 (Yonhap) -- North Jeolla's provincial office said ...";
//! let d = Dateline::parse(text)?;
//! assert_eq!(d.as_str(), "SEOUL, Aug. 14 (Yonhap) --");
//! assert_eq!(d.location().map(|l| l.as_str()), Some("SEOUL"));
//! assert_eq!(d.agency().map(|a| a.name()), Some("Yonhap"));
//! let date = d.date().expect("dated");
//! assert_eq!((date.as_str(), date.month(), date.day()), ("Aug. 14", Some(8), Some(14)));
//! assert_eq!(&text[d.body_start()..d.body_start() + 5], "North");
//!
//! assert!(Dateline::parse("NATO -- through its press office on Friday -- denied").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::lexicon::calendar::month_number;
use crate::util::few::Few;
use crate::util::fold::with_lower;
use crate::util::hash::FxSet;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::agency::Agency;
use crate::error::LineKind;
use crate::error::{ParseError, Reason, Target, check_line};
use crate::lexicon::lines as lexicon_lines;
use crate::lexicon::newsroom::{NewsroomClass, newsroom_words};
use crate::lexicon::states::{StateClass, us_states};
use crate::lineshape;
use crate::lineshape::class::{char_end, run_end};
use crate::text::Paragraph;
use crate::{Snippet, Span};

/// How many bytes of a paragraph's head are read for a dateline.
const HEAD: usize = 240;
/// The longest input [`Dateline::parse`] accepts: any, since only its head is read.
const MAX_INPUT: usize = usize::MAX;

/// The US state abbreviations a dateline prints after its city, as written (`Nev.`, `Tex.`, `Fla`).
static STATES: Lazy<FxSet<&'static str>> = Lazy::new(|| {
    us_states(StateClass::Ap)
        .chain(us_states(StateClass::Variant))
        .chain(us_states(StateClass::Dotless))
        .collect()
});

/// The clause words no field reads as a name or place (`field_stopwords.txt`, read by credits too).
const FIELD_STOPWORDS: &str = include_str!("lexicon/field_stopwords.txt");

static STOPWORDS: Lazy<FxSet<String>> = Lazy::new(|| {
    lexicon_lines(include_str!("lexicon/dateline_stopwords.txt"))
        .chain(crate::lexicon::entries(FIELD_STOPWORDS))
        .chain(newsroom_words(NewsroomClass::Label))
        .chain(newsroom_words(NewsroomClass::Desk))
        .map(str::to_lowercase)
        .collect()
});

static FUNCTION_WORDS: Lazy<FxSet<String>> = Lazy::new(|| {
    lexicon_lines(include_str!("lexicon/dateline_function_words.txt"))
        .chain(crate::lexicon::section(FIELD_STOPWORDS, "[clause]"))
        .map(str::to_lowercase)
        .collect()
});

static COMPETITIONS: Lazy<FxSet<String>> = Lazy::new(|| {
    lexicon_lines(include_str!("lexicon/dateline_competitions.txt"))
        .chain(newsroom_words(NewsroomClass::Competition))
        .map(str::to_lowercase)
        .collect()
});

/// One place name: capitalised words, with lower-case links (`upon`, `de`) between them. The
/// scanners [`city_end`] and [`date_at`] read exactly what this pattern and [`DATE`] match; the
/// patterns stay as their specification, and the tests hold the scanners to them.
#[cfg(test)]
static CITY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:(?:of|de|del|la|le|upon|on|du|da|am|sur|en|y|al|el|di)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,5}",
    )
    .expect("city regex")
});

/// A date as datelines print it: `May 10`, `Sept. 23`, `Dec.14`, `20 Aug`, `Narch 2`, with an
/// optional year.
#[cfg(test)]
static DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:(?P<m1>\p{L}{3,9})\.?[ \t]?(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<m2>\p{L}{3,9})\.?)(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?\b",
    )
    .expect("date regex")
});

/// Whether `w` is one of the lower-case words that may link the capitalised words of a place
/// in [`CITY`] (`Stratford upon Avon`, `Rio de Janeiro`). A link must be followed by a blank,
/// so at most one of them can match at a position and their order in the pattern is moot.
fn is_city_link(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "del"
            | "la"
            | "le"
            | "upon"
            | "on"
            | "du"
            | "da"
            | "am"
            | "sur"
            | "en"
            | "y"
            | "al"
            | "el"
            | "di"
    )
}

/// The rest of a place word after its capital: `[\p{L}\p{M}'’.\-]*`.
fn city_word_end(s: &str, at: usize) -> usize {
    run_end(s, at, |c| {
        matches!(c, '\'' | '’' | '.' | '-') || lineshape::class::is_letter_or_mark(c)
    })
}

/// The end of [`CITY`]'s match at the start of `s`: a capitalised word, then up to five more,
/// each after blanks and an optional link word. Every repeat is greedy and nothing follows the
/// last, so the first way each one can match is the one the regex takes.
fn city_end(s: &str) -> Option<usize> {
    let blanks = |at: usize| run_end(s, at, |c| c == ' ' || c == '\t');
    let capital = |at: usize| char_end(s, at, lineshape::class::is_upper);
    let mut end = city_word_end(s, capital(0)?);
    for _ in 0..5 {
        let at = blanks(end);
        if at == end {
            break;
        }
        // A link word (all lower case) with the blanks and the capital after it; then none.
        let link = || {
            let after = s[at..].find([' ', '\t']).map(|i| at + i)?;
            is_city_link(&s[at..after])
                .then(|| capital(blanks(after)))
                .flatten()
        };
        let next = if s.as_bytes().get(at).is_some_and(u8::is_ascii_lowercase) {
            link()
        } else {
            capital(at)
        };
        let Some(word) = next else {
            break;
        };
        end = city_word_end(s, word);
    }
    Some(end)
}

/// What [`DATE`] captures at the start of a string: where the match ends, the month word and
/// the day (offsets into it), and whether the month came first (`May 10`, not `10 May`).
#[derive(Debug, PartialEq, Eq)]
struct DateMatch {
    end: usize,
    month: Span,
    day: Span,
    month_first: bool,
}

/// `X?` for a one-character `X` at `at`: the ends with it, then without it.
fn optional(s: &str, at: usize, f: impl Fn(char) -> bool) -> ([usize; 2], usize) {
    match char_end(s, at, f) {
        Some(end) => ([end, at], 2),
        None => ([at, at], 1),
    }
}

/// `\d{1,2}` at `at`: the ends after two digits, then after one; none without a digit.
fn day_ends(s: &str, at: usize) -> ([usize; 2], usize) {
    let digit = |at: usize| char_end(s, at, lineshape::class::is_digit);
    match digit(at) {
        None => ([at, at], 0),
        Some(one) => match digit(one) {
            Some(two) => ([two, one], 2),
            None => ([one, one], 1),
        },
    }
}

/// `(?:st|nd|rd|th)?` at `at`.
fn suffix_ends(s: &str, at: usize) -> ([usize; 2], usize) {
    if ["st", "nd", "rd", "th"]
        .iter()
        .any(|x| s[at..].starts_with(x))
    {
        ([at + 2, at], 2)
    } else {
        ([at, at], 1)
    }
}

/// `(?:,?[ \t]+(?:19|20)\d\d)?` at `at`: the year after a comma, the year without one, then no
/// year (blanks are greedy, and a shorter run of them leaves a blank where a digit must be).
fn year_ends(s: &str, at: usize) -> ([usize; 3], usize) {
    let mut out = [at; 3];
    let mut n = 0;
    let (commas, k) = optional(s, at, |c| c == ',');
    for &c in &commas[..k] {
        let b = run_end(s, c, |c| c == ' ' || c == '\t');
        if b > c && (s[b..].starts_with("19") || s[b..].starts_with("20")) {
            let (d, k) = day_ends(s, b + 2);
            if k == 2 {
                out[n] = d[0];
                n += 1;
            }
        }
    }
    out[n] = at;
    (out, n + 1)
}

/// `\p{L}{3,9}` at `at`, as a whole run of letters (a shorter match leaves a letter next, which
/// nothing after it in [`DATE`] can take).
fn month_end(s: &str, at: usize) -> Option<usize> {
    let end = run_end(s, at, lineshape::class::is_letter);
    (3..=9).contains(&s[at..end].chars().count()).then_some(end)
}

/// [`DATE`]'s captures at the start of `s`: its choices tried in the regex's order (each
/// optional or bounded item greedy, the first alternative first), the first that reaches the
/// closing `\b` taken.
fn date_at(s: &str) -> Option<DateMatch> {
    let blank = |c: char| c == ' ' || c == '\t';
    let boundary = |ends: &[usize]| {
        ends.iter()
            .copied()
            .find(|&y| lineshape::class::is_boundary(s, y))
    };
    // `(?P<m1>\p{L}{3,9})\.?[ \t]?(?P<d1>\d{1,2})(?:st|nd|rd|th)?`
    if let Some(m) = month_end(s, 0) {
        let (dots, k) = optional(s, m, |c| c == '.');
        for &a in &dots[..k] {
            let (spaces, k) = optional(s, a, blank);
            for &b in &spaces[..k] {
                let (days, k) = day_ends(s, b);
                for &d in &days[..k] {
                    let (sx, k) = suffix_ends(s, d);
                    for &e in &sx[..k] {
                        let (ys, k) = year_ends(s, e);
                        if let Some(end) = boundary(&ys[..k]) {
                            return Some(DateMatch {
                                end,
                                month: Span::new(0, m),
                                day: Span::new(b, d),
                                month_first: true,
                            });
                        }
                    }
                }
            }
        }
    }
    // `(?P<d2>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<m2>\p{L}{3,9})\.?`
    let (days, k) = day_ends(s, 0);
    for &d in &days[..k] {
        let (sx, k) = suffix_ends(s, d);
        for &e in &sx[..k] {
            let b = run_end(s, e, blank);
            let Some(m) = month_end(s, b).filter(|_| b > e) else {
                continue;
            };
            let (dots, k) = optional(s, m, |c| c == '.');
            for &a in &dots[..k] {
                let (ys, k) = year_ends(s, a);
                if let Some(end) = boundary(&ys[..k]) {
                    return Some(DateMatch {
                        end,
                        month: Span::new(b, m),
                        day: Span::new(0, d),
                        month_first: false,
                    });
                }
            }
        }
    }
    None
}

/// Whether [`DATE`] can match at the start of `s` (a cheap filter, never false when it can):
/// both its forms hold a digit among the first twelve characters (at most nine letters of a
/// month, a full stop and a space before the day; every `\d` is `char::is_numeric`).
fn may_be_date(s: &str) -> bool {
    s.chars().take(12).any(char::is_numeric)
}

/// The separator after a dateline: dashes (also doubled and spaced `- -`), a colon, `//`.
static SEP: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[ \t]*(?:--|[-–—][ \t]?[-–—]|//|[-–—:_])").expect("sep regex"));

/// An AG News feed name before the dateline proper: `Canadian Press - `, `Reuters - `. The
/// specification of [`feed_end`].
#[cfg(test)]
static FEED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,3} [-–—] ").expect("feed regex")
});

/// The date of a dateline, as written, with the month and day read from it where it names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DatelineDate<'h> {
    text: Snippet<'h>,
    month: Option<u8>,
    day: Option<u8>,
}

impl<'h> DatelineDate<'h> {
    /// The date as written (`Sept. 23`, `FEb 26`, `20 Aug`, `Narch 2`).
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("NEW YORK, Narch 2 - Shares rose.")?;
    /// assert_eq!(d.date().unwrap().as_str(), "Narch 2");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.text.as_str()
    }

    /// Where it is.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("LONDON, Feb 26 - Iran said.")?;
    /// assert_eq!(d.date().unwrap().span(), copydesk::Span::new(8, 14));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// The month, 1 to 12, when the month name is one copydesk knows (`None` for typos).
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("WASHINGTON, Sept. 23 - It rained.")?;
    /// assert_eq!(d.date().unwrap().month(), Some(9));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when it is a plausible one (1 to 31).
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("BASAR, 20 Aug: A camp opened.")?;
    /// assert_eq!(d.date().unwrap().day(), Some(20));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn day(&self) -> Option<u8> {
        self.day
    }
}

/// A parsed dateline: the exact prefix of a paragraph, its place(s), date, agency and separator.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dateline<'h> {
    text: Snippet<'h>,
    feed: Option<Snippet<'h>>,
    location: Option<Snippet<'h>>,
    places: Vec<Snippet<'h>>,
    date: Option<DatelineDate<'h>>,
    agency_text: Option<Snippet<'h>>,
    agency: Option<Agency>,
    separator: Option<Snippet<'h>>,
    body_start: usize,
}

impl<'h> Dateline<'h> {
    /// Parses the dateline at the head of `input` (a paragraph: the dateline and the text that
    /// follows it); spans are offsets into `input`.
    ///
    /// ```
    /// use copydesk::{Dateline, error::Reason};
    ///
    /// let d = Dateline::parse("New Delhi [India], May 10 (ANI): The government said.")?;
    /// assert_eq!(d.as_str(), "New Delhi [India], May 10 (ANI):");
    /// assert_eq!(d.location().unwrap().as_str(), "New Delhi [India]");
    /// assert_eq!(d.agency().unwrap().short_name(), "ANI");
    ///
    /// let e = Dateline::parse("The survey, released Monday, also finds -- 64 percent -- ").unwrap_err();
    /// assert!(matches!(e.reason(), Reason::NoDateline(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &'h str) -> Result<Dateline<'h>, ParseError> {
        // Tabs, NBSP, U+2028, CRLF, ZWSP and a BOM read as plain spaces and line feeds.
        let (plain, text) = match lineshape::Plain::of(input) {
            Some(p) => {
                let t = p.text().to_owned();
                (Some(p), t)
            }
            None => (None, String::new()),
        };
        let line = if plain.is_some() {
            text.as_str()
        } else {
            input
        };
        let head = line.trim_start();
        let refuse = |kind| ParseError::new(Target::Dateline, Reason::OtherLine(kind));
        if lineshape::is_photo_credit(head) {
            return Err(refuse(LineKind::PhotoCredit));
        }
        if lineshape::is_credit_shape(head) {
            return Err(refuse(LineKind::Credit));
        }
        match &plain {
            None => Self::parse_in(input, Span::new(0, input.len())),
            Some(plain) => Dateline::parse_in(line, Span::new(0, line.len()))
                .map(|d| d.rebased(input, plain))
                .map_err(|e| plain.error(e)),
        }
    }

    /// The same dateline with every snippet mapped from the plain view onto `original`.
    fn rebased<'o>(&self, original: &'o str, plain: &lineshape::Plain) -> Dateline<'o> {
        let f = |s: Snippet<'_>| plain.snippet(original, s);
        Dateline {
            text: f(self.text),
            feed: self.feed.map(f),
            location: self.location.map(f),
            places: self.places.iter().map(|&p| f(p)).collect(),
            date: self.date.map(|d| DatelineDate {
                text: f(d.text),
                month: d.month,
                day: d.day,
            }),
            agency_text: self.agency_text.map(f),
            agency: self.agency,
            separator: self.separator.map(f),
            body_start: plain.span(Span::empty(self.body_start)).start,
        }
    }

    /// Parses the dateline at the start of `region` of `haystack`; spans are offsets into
    /// `haystack`.
    pub(crate) fn parse_in(haystack: &'h str, region: Span) -> Result<Dateline<'h>, ParseError> {
        let input = Snippet::new(haystack, region).map_or("", |s| s.as_str());
        check_line(input, Target::Dateline, MAX_INPUT)?;
        let lead = input.len() - input.trim_start().len();
        let base = region.start + lead;
        let mut end = (input.len() - lead).min(HEAD);
        let rest = &input[lead..];
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let head = &rest[..end];
        let no = |why| ParseError::new(Target::Dateline, Reason::NoDateline(why));
        let shape = match read_feed(head) {
            Some(s) => s,
            None => read_shape(head, 0).map_err(no)?,
        };
        let at = |s: Span| Snippet::at(haystack, Span::new(s.start + base, s.end + base));
        let mut agency_text = shape.agency.map(at);
        let mut agency = agency_text.and_then(|a| Agency::lookup(a.as_str()));
        if shape.agency_only_feed {
            agency_text = shape.feed.map(at);
            agency = agency_text.and_then(|a| Agency::lookup(a.as_str()));
        }
        let mut body = shape.end;
        while let Some(c) = head[body..].chars().next() {
            if !c.is_whitespace() {
                break;
            }
            body += c.len_utf8();
        }
        Ok(Dateline {
            text: at(Span::new(0, shape.end)),
            feed: shape.feed.map(at),
            location: shape.location.map(at),
            places: shape.places.iter().map(|&p| at(p)).collect(),
            date: shape.date.map(|(s, month, day)| DatelineDate {
                text: at(s),
                month,
                day,
            }),
            agency_text,
            agency,
            // Without a mark, the white space after the dateline separates it (`(CNN) The …`).
            separator: shape
                .separator
                .or_else(|| (body > shape.end).then(|| Span::new(shape.end, body)))
                .map(at),
            body_start: body + base,
        })
    }

    /// The whole dateline as written, separator included.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("NEW DELHI: The court ruled.")?;
    /// assert_eq!(d.as_str(), "NEW DELHI:");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.text.as_str()
    }

    /// Where it is.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("SINGAPORE — Prices rose.")?;
    /// assert_eq!(d.span(), copydesk::Span::new(0, 13));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// The dateline's span and text together.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("SINGAPORE — Prices rose.")?;
    /// assert_eq!(d.snippet().as_str(), "SINGAPORE —");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn snippet(&self) -> Snippet<'h> {
        self.text
    }

    /// The location as written, all places and their regions (`WASHINGTON/NEW YORK`,
    /// `SEOUL, South Korea`, `KHUNTI (JHARKHAND)`); `None` for an agency-only dateline (`(CNN)`).
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("RENO, Nev. (AP) — Trump says.")?;
    /// assert_eq!(d.location().unwrap().as_str(), "RENO, Nev.");
    /// assert!(copydesk::Dateline::parse("(CNN) Biden said.")?.location().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn location(&self) -> Option<Snippet<'h>> {
        self.location
    }

    /// Each place of the location (split on `/`), with its region.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("WASHINGTON/NEW YORK (Reuters) - Talks began.")?;
    /// let p: Vec<_> = d.places().iter().map(|p| p.as_str()).collect();
    /// assert_eq!(p, ["WASHINGTON", "NEW YORK"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn places(&self) -> &[Snippet<'h>] {
        &self.places
    }

    /// The date, if the dateline carries one.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("Mumbai, March 3 (PTI) Shares fell.")?;
    /// assert_eq!(d.date().unwrap().month(), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<DatelineDate<'h>> {
        self.date
    }

    /// The agency credit as printed in the parentheses (`Reuters`, `AP`, `CNN`, `Sports Network`),
    /// or the AG News feed name of a feed-only dateline. A competition tag (`(Champions League)`)
    /// or empty parentheses give `None`.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("Athens, Greece (Sports Network) - Sam Dorsey led.")?;
    /// assert_eq!(d.agency_text().unwrap().as_str(), "Sports Network");
    /// assert!(d.agency().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn agency_text(&self) -> Option<Snippet<'h>> {
        self.agency_text
    }

    /// The credited agency resolved in the registry, when it is a known one.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("VIENNA (AFP) - Iran denied it.")?;
    /// assert_eq!(d.agency().unwrap().name(), "Agence France-Presse");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn agency(&self) -> Option<Agency> {
        self.agency
    }

    /// The AG News feed name printed before the dateline proper (`Canadian Press` in
    /// `Canadian Press - BRANDON (CP) -`).
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("Canadian Press - BRANDON (CP) - Manitoba voted.")?;
    /// assert_eq!(d.feed().unwrap().as_str(), "Canadian Press");
    /// assert_eq!(d.location().unwrap().as_str(), "BRANDON");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn feed(&self) -> Option<Snippet<'h>> {
        self.feed
    }

    /// The separator: a mark inside the dateline (`-`, `—`, `--`, `:`, `//`, `_`), or, where
    /// white space alone separates (`(CNN) The …`, `Patiala, April 27⏎`), that white space, which
    /// lies just after the dateline's span. `None` only when nothing follows the dateline.
    ///
    /// ```
    /// let d = copydesk::Dateline::parse("CAIRO, Dec 17 (AFP) -- Rebels met.")?;
    /// assert_eq!(d.separator().unwrap().as_str(), "--");
    /// let cnn = copydesk::Dateline::parse("(CNN) The race.")?;
    /// assert_eq!(cnn.separator().unwrap().as_str(), " ");
    /// assert_eq!(cnn.separator().unwrap().start(), cnn.span().end);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn separator(&self) -> Option<Snippet<'h>> {
        self.separator
    }

    /// Where the body text starts: after the dateline and the white space that follows it.
    ///
    /// ```
    /// let text = "(CNN) The race.";
    /// let d = copydesk::Dateline::parse(text)?;
    /// assert_eq!(&text[d.body_start()..], "The race.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn body_start(&self) -> usize {
        self.body_start
    }
}

impl<'h> TryFrom<&'h str> for Dateline<'h> {
    type Error = ParseError;

    /// Same as [`Dateline::parse`].
    ///
    /// ```
    /// let d = copydesk::Dateline::try_from("LONDON (Reuters) - Stocks fell.")?;
    /// assert_eq!(d.as_str(), "LONDON (Reuters) -");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn try_from(input: &'h str) -> Result<Dateline<'h>, ParseError> {
        Dateline::parse(input)
    }
}

/// AG News joins a feed name and the dateline: `Canadian Press - BRANDON (CP) - …`; a known
/// agency may stand alone: `Reuters - …`.
fn read_feed(head: &str) -> Option<Shape> {
    let end = feed_end(head)?;
    let feed_name = head[..end]
        .trim_end()
        .trim_end_matches(['-', '–', '—'])
        .trim_end();
    let known = Agency::lookup(feed_name).is_some();
    let rest = read_shape(head, end).ok();
    match rest {
        Some(mut s) if known || s.agency.is_some() => {
            s.feed = Some(Span::new(0, feed_name.len()));
            Some(s)
        }
        _ if known && !head[end..].starts_with(char::is_lowercase) => {
            let sep_end = end - 1;
            Some(Shape {
                feed: Some(Span::new(0, feed_name.len())),
                agency_only_feed: true,
                separator: Some(Span::new(feed_name.len(), sep_end).trim(head)),
                end: sep_end,
                ..Shape::default()
            })
        }
        _ => None,
    }
}

/// The end of [`FEED`]'s match at the start of `head`: up to four capitalised words, a space,
/// a dash and a space. A word's letters end before a space (a shorter run leaves a letter
/// next), and after fewer words a capital stands where the dash must: the greedy reading is
/// the only one.
fn feed_end(head: &str) -> Option<usize> {
    use lineshape::class::{is_letter, is_upper};
    let word = |at: usize| {
        let capital = char_end(head, at, is_upper)?;
        Some(run_end(head, capital, |c| {
            c == '.' || c == '&' || is_letter(c)
        }))
    };
    let mut end = word(0)?;
    for _ in 0..3 {
        match head[end..].strip_prefix(' ').and_then(|_| word(end + 1)) {
            Some(e) => end = e,
            None => break,
        }
    }
    let rest = head[end..].strip_prefix(' ')?;
    let dash = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    rest[dash.len_utf8()..]
        .starts_with(' ')
        .then(|| end + 2 + dash.len_utf8())
}

/// What [`read_shape`] found; spans are relative to the head.
#[derive(Debug, Default)]
struct Shape {
    feed: Option<Span>,
    agency_only_feed: bool,
    location: Option<Span>,
    /// Almost always one: kept inline.
    places: Few<Span>,
    date: Option<(Span, Option<u8>, Option<u8>)>,
    agency: Option<Span>,
    separator: Option<Span>,
    end: usize,
}

/// Whether the first place of `location` (before a comma or a qualifier) is in the place
/// lexicon.
fn is_known_place(location: &str) -> bool {
    let city = location.split([',', '(', '[']).next().unwrap_or("").trim();
    crate::lexicon::places::is_known_place(city)
}

/// How many lower-case words open `text` (of its first eight words): running text has them,
/// a list of names or a title does not.
fn lower_words(text: &str) -> usize {
    text.split_whitespace()
        .take(8)
        .filter(|w| {
            w.starts_with(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() > 1
        })
        .count()
}

fn skip_ws(s: &str, mut pos: usize) -> usize {
    while let Some(c) = s[pos..].chars().next() {
        if c == ' ' || c == '\t' || c == '\u{a0}' {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

fn is_upper_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

fn stop(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '&');
    with_lower(w, |w| STOPWORDS.contains(w))
}

/// A place at `pos`: a capitalised phrase whose first word is no month or stop word.
fn read_city(head: &str, pos: usize) -> Option<Span> {
    let mut end = pos + city_end(&head[pos..])?;
    // A trailing hyphen belongs to the separator (`Houston, Texas- -`), unless it is a dot.
    while let Some(c) = head[..end]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '’' | '\''))
    {
        end -= c.len_utf8();
    }
    // `NEW YORK March 2 -`: a month and a day end the place.
    let mut at = pos;
    for w in head[pos..end].split(' ') {
        if at > pos
            && month_number(w).is_some()
            && head[at + w.len()..].starts_with(' ')
            && head[at + w.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            end = head[..at].trim_end().len();
            break;
        }
        at += w.len() + 1;
    }
    let text = &head[pos..end];
    let first = text.split_whitespace().next()?;
    if stop(first) || month_number(first).is_some() && !is_upper_word(text) {
        return None;
    }
    (end > pos).then(|| Span::new(pos, end))
}

/// A date at `pos`, when the month word is a month or (for typos like `Narch`) a capitalised
/// word followed by a plausible day.
fn read_date(head: &str, pos: usize) -> Option<(Span, Option<u8>, Option<u8>)> {
    if !may_be_date(&head[pos..]) {
        return None;
    }
    let rest = &head[pos..];
    let found = date_at(rest)?;
    let m = &rest[found.month.range()];
    let month = month_number(m);
    let day: u8 = rest[found.day.range()].parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    if month.is_none() {
        // A typo for a month: capitalised, month-length, directly before the day.
        let w = m;
        if !found.month_first
            || !w.chars().next().is_some_and(char::is_uppercase)
            || w.chars().count() > 5
        {
            return None;
        }
    }
    Some((
        Span::new(pos, pos + found.end),
        month,
        Some(day).filter(|_| month.is_some() || day > 0),
    ))
}

/// A parenthesised credit at `pos`: `(Reuters)`, `(CNN/Money)`, `()`; span of its contents.
fn read_paren(head: &str, pos: usize) -> Option<(Span, usize)> {
    let rest = &head[pos..];
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let content = &inner[..close];
    if content.len() > 40 || content.contains(['(', '\n']) {
        return None;
    }
    let start = pos + 1;
    Some((
        Span::new(start, start + content.len()).trim(head),
        start + close + 1,
    ))
}

fn is_competition(content: &str) -> bool {
    Agency::lookup(content).is_none()
        && content
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| with_lower(w, |l| COMPETITIONS.contains(l)))
}

fn read_shape(head: &str, start: usize) -> Result<Shape, &'static str> {
    let mut s = Shape::default();
    let mut pos = start;
    // Places, each with its region(s), joined by `/`.
    let mut title_case_place = false;
    // Where the location ends when a wire follows it after a comma (`SYDNEY, AAP -`).
    let mut location_end = None;
    if let Some(first) = read_city(head, pos) {
        // Each place is read once: the loop is handed the one it is to take next.
        let mut next = Some(first);
        while let Some(city) = next.take() {
            let mut place = city;
            pos = city.end;
            // `KHUNTI (JHARKHAND), 2 Nov:` and `New Delhi [India], May 10`.
            // Nested qualifiers: `Srinagar (Jammu and Kashmir) [India], June 4 (ANI):`.
            for _ in 0..3 {
                let p = skip_ws(head, pos);
                if head[p..].starts_with('[') {
                    if let Some(close) = head[p..].find(']').filter(|&c| c <= 40) {
                        pos = p + close + 1;
                        place.end = pos;
                        continue;
                    }
                } else if let Some((inner, after)) = read_paren(head, p)
                    && (head[after..].starts_with(',')
                        || head[skip_ws(head, after)..].starts_with('['))
                    && !inner.is_empty()
                    && Agency::lookup(&head[inner]).is_none()
                {
                    pos = after;
                    place.end = pos;
                    continue;
                }
                break;
            }
            // Regions: `, South Korea`, `, Calif.`, at most two, never a date.
            for _ in 0..2 {
                if !head[pos..].starts_with(',') {
                    break;
                }
                let p = skip_ws(head, pos + 1);
                if read_date(head, p).is_some() {
                    break;
                }
                match read_city(head, p) {
                    // `SYDNEY, AAP -`: a wire in capitals after the place, then the separator.
                    Some(r)
                        if is_upper_word(&head[r])
                            && Agency::lookup(&head[r]).is_some()
                            && SEP.is_match(&head[r.end..]) =>
                    {
                        s.agency = Some(r);
                        location_end = Some(pos);
                        pos = r.end;
                        break;
                    }
                    Some(r) => {
                        pos = r.end;
                        place.end = pos;
                    }
                    None => break,
                }
            }
            if !is_upper_word(&head[city]) {
                title_case_place = true;
            }
            s.places.push(place);
            let p = skip_ws(head, pos);
            if head[p..].starts_with('/') && !head[p..].starts_with("//") {
                let q = skip_ws(head, p + 1);
                if let Some(c) = read_city(head, q) {
                    pos = q;
                    next = Some(c);
                    continue;
                }
            }
            break;
        }
        s.location = Some(Span::new(first.start, location_end.unwrap_or(pos)));
    }
    // The date: after the place, or alone before the agency (`Dec 29 (Reuters) -`).
    let mut p = pos;
    if !s.places.is_empty() && head[p..].starts_with(',') {
        p = skip_ws(head, p + 1);
        if let Some(d) = read_date(head, p) {
            s.date = Some(d);
            pos = d.0.end;
        }
    } else if !s.places.is_empty()
        && let Some(d) = read_date(head, skip_ws(head, p)).filter(|d| d.1.is_some())
    {
        s.date = Some(d);
        pos = d.0.end;
    } else if s.places.is_empty()
        && let Some(d) = read_date(head, p).filter(|d| d.1.is_some())
        && head[skip_ws(head, d.0.end)..].starts_with('(')
    {
        s.date = Some(d);
        pos = d.0.end;
    }
    // The agency in parentheses: `(Reuters)`, `, (Reuters)` (damaged), `()`.
    let mut p = skip_ws(head, pos);
    if head[p..].starts_with(',') {
        p = skip_ws(head, p + 1);
    }
    let mut paren = false;
    if let Some((inner, after)) = read_paren(head, p) {
        paren = true;
        let content = &head[inner];
        if !content.is_empty() && !is_competition(content) {
            s.agency = Some(inner);
        }
        pos = after;
    }
    if s.places.is_empty()
        && s.agency.is_some_and(|a| {
            head[a]
                .split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase))
        })
        && s.agency.is_some_and(|a| Agency::lookup(&head[a]).is_none())
    {
        return Err("a parenthesis of running words, not an agency credit");
    }
    if s.places.is_empty()
        && !(paren
            && s.agency.is_some()
            && (start == 0 && s.date.is_none()
                || s.agency.is_some_and(|a| Agency::lookup(&head[a]).is_some())))
    {
        return Err("no place or agency at the start");
    }
    // The separator.
    if let Some(m) = SEP.find(&head[pos..]) {
        let sep_start = pos + (m.as_str().len() - m.as_str().trim_start().len());
        let sep_end = pos + m.end();
        let after = &head[sep_end..];
        // A separator stands apart from what follows (`-3` or `--71` is something else).
        // `WASHINGTON—President …`: an em or en dash run into the sentence after a place in
        // capitals.
        let run_in = matches!(head[sep_start..sep_end].trim(), "—" | "–")
            && after.starts_with(char::is_uppercase)
            && s.places.first().is_some_and(|&p| is_upper_word(&head[p]));
        if run_in
            || after.is_empty()
            || after.starts_with(|c: char| c.is_whitespace() || "\"“‘'".contains(c))
        {
            s.separator = Some(Span::new(sep_start, sep_end));
            pos = sep_end;
        }
    }
    let after = head[pos..].trim_start_matches([' ', '\t', '\u{a0}']);
    let next = after.chars().next();
    if s.separator.is_none() && s.agency.is_none() && !paren {
        // Undelimited datelines carry a date and end the line (`Patiala, April 27⏎`).
        if s.date.is_none() {
            return Err("no separator, date or agency after the place");
        }
        if !(after.is_empty()
            || after.starts_with(['\n', '\r'])
            || next.is_some_and(char::is_uppercase))
        {
            return Err("the date runs on into the sentence");
        }
    }
    if s.separator.is_none() && !s.places.is_empty() && s.agency.is_none() && s.date.is_none() {
        return Err("no separator after the place");
    }
    // What follows a dateline opens a sentence.
    if next.is_some_and(char::is_lowercase)
        && (s.separator.is_none() || (s.agency.is_none() && s.date.is_none()))
    {
        return Err("the text after it does not open a sentence");
    }
    // `General Motors (GM) saw …`: an undelimited parenthesis after a capitalised phrase is an
    // abbreviation, unless it credits a known agency.
    if !s.places.is_empty()
        && s.separator.is_none()
        && s.date.is_none()
        && s.agency.is_none_or(|a| Agency::lookup(&head[a]).is_none())
    {
        return Err("a parenthesis after a name, not an agency credit");
    }
    if title_case_place
        && s.agency.is_none()
        && s.date.is_none()
        && !is_known_place(&head[s.location.unwrap_or_default()])
        && !head[s.location.unwrap_or_default()].contains(',')
        && lower_words(&head[pos..]) < 2
    {
        // `Director: Meera Sen`, `Venue: Eden Gardens, Kolkata`: a label, not a place; a place
        // the lexicon does not know must open running text (`Keonjhar: Odisha chief minister`).
        return Err("a label before a list or a name, not a place");
    }
    if title_case_place && s.agency.is_none() && s.date.is_none() {
        // `Bhopal:` and `Brussles -` are datelines; `Description:` and `The Issue:` are not.
        let loc = &head[s.location.unwrap_or_default()];
        let (city, region) = loc.split_once(',').unwrap_or((loc, ""));
        let words: Vec<&str> = city.split_whitespace().collect();
        let state = STATES.contains(region.trim());
        if words.len() > 3 && !state
            || words
                .iter()
                .any(|w| stop(w) || crate::util::is_possessive(w))
        {
            return Err("a capitalised phrase, not a place");
        }
    }
    if let Some(loc) = s.location {
        let first = head[loc].split_whitespace().next().unwrap_or("");
        // Qualifiers in brackets (`(Jammu and Kashmir)`) may hold linking words.
        let bare_loc = head[loc].split(['(', '[']).next().unwrap_or("");
        let link = |w: &str| with_lower(w, is_city_link);
        if stop(first)
            || (s.agency.is_none() && Agency::lookup(&head[loc]).is_some())
            || bare_loc
                .split_whitespace()
                .any(|w| with_lower(w, |l| FUNCTION_WORDS.contains(l)) && !link(w))
        {
            return Err("a kicker or label, not a place");
        }
    }
    s.end = pos;
    if s.separator.is_none() {
        // Without a separator the dateline ends at its last part.
        s.end = pos;
    }
    Ok(s)
}

/// A title-case place with only a separator (`Bhopal:`) is a dateline as a standalone parse,
/// but in an article it also looks like a headline or a kicker (`Campbell: E-mail row`,
/// `Vera Drake - Leigh's drama`): there it must open a body paragraph of some length, and with
/// a dash only a known place counts.
fn weak_in_article(d: &Dateline<'_>, p: &Paragraph<'_>) -> bool {
    let Some(loc) = d.location() else {
        return false;
    };
    if d.agency_text().is_some() || d.date().is_some() || is_upper_word(loc.as_str()) {
        return false;
    }
    let para = p.as_str();
    let words = para.split_whitespace().count();
    let city = loc.as_str().split(',').next().unwrap_or("").trim();
    // Headlines end without a full stop, or capitalise most of their words.
    let capitals = para
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let headline = !para
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', ')'])
        || capitals * 2 > words;
    // A title-case word and a colon (`Sanders: Clinton needs …`) is a speaker's label, not a
    // place, unless the place is known (an all-capitals place returned above).
    words < 12 || headline || !crate::lexicon::places::is_known_place(city)
}

/// Finds the dateline at the head of the first body paragraphs: the first of the opening
/// paragraphs (after the headline or byline) that starts with one.
pub(crate) fn detect<'h>(
    text: &'h str,
    paragraphs: &[Paragraph<'h>],
) -> Vec<(usize, Dateline<'h>)> {
    paragraphs
        .iter()
        .take(4)
        .enumerate()
        .find_map(|(i, p)| {
            Dateline::parse_in(text, p.span())
                .ok()
                .filter(|d| d.body_start() < p.span().end && !weak_in_article(d, p))
                .map(|d| (i, d))
        })
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(input: &str) -> (String, Option<String>, Option<String>, Option<String>) {
        let d = Dateline::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(&input[d.span()], d.as_str());
        (
            d.as_str().to_owned(),
            d.location().map(|l| l.as_str().to_owned()),
            d.agency_text().map(|a| a.as_str().to_owned()),
            d.date().map(|x| x.as_str().to_owned()),
        )
    }

    #[test]
    fn a_trailing_curly_apostrophe_is_cut_on_a_char_boundary() {
        assert!(Dateline::parse("Trovix’ cache of leaked files").is_err());
        assert!(Dateline::parse("BOSTON’ - x").is_ok() || Dateline::parse("BOSTON’ - x").is_err());
    }

    #[test]
    fn the_date_filter_never_refuses_a_date() {
        for d in [
            "May 10",
            "Sept. 23",
            "Dec.14",
            "20 Aug",
            "3rd March, 2024",
            "September 30, 2021",
            "Septembre\t5",
            "Narch 2",
            "Février 7",
            "٣ May",
        ] {
            assert!(DATE.is_match(d), "{d}");
            assert!(may_be_date(d), "{d}");
        }
        assert!(!may_be_date("South Korea (Reuters)"));
        assert!(!may_be_date("Septembers of 2024"));
    }

    proptest::proptest! {
        #[test]
        fn the_date_filter_agrees_with_the_regex(s in "[A-Za-zéФ0-9٣ .,\t]{0,20}") {
            proptest::prop_assert!(!DATE.is_match(&s) || may_be_date(&s));
        }
    }

    /// [`date_at`] as [`DATE`]'s captures give it.
    fn date_by_regex(s: &str) -> Option<DateMatch> {
        let c = DATE.captures(s)?;
        let span = |m: regex::Match<'_>| Span::new(m.start(), m.end());
        let month_first = c.name("m1").is_some();
        let (m, d) = if month_first {
            (c.name("m1")?, c.name("d1")?)
        } else {
            (c.name("m2")?, c.name("d2")?)
        };
        Some(DateMatch {
            end: c.get(0)?.end(),
            month: span(m),
            day: span(d),
            month_first,
        })
    }

    /// Words and characters where the scanners could part from the patterns: link words, month
    /// words of every length, ordinals, years, non-ASCII letters, marks and digits that the
    /// standard library's predicates class otherwise (`Ⓐ`, `ǅ`, `²`, `Ⅸ`).
    const PIECES: &str = "(May|Sept|Narch|Septembers|September|de|del|of|on|upon|y|am|Rio|NEW|\
        1st|2nd|3rd|4th|19|20|2024|1999|[0-9]{1,3}|[A-Za-z]{1,4}|[ \t.,:’'\\-]|\
        é|É|Ж|ж|Ⓐ|ǅ|٣|²|Ⅸ|\u{301}|_){0,9}";

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn the_date_scanner_is_the_date_regex(s in PIECES) {
            proptest::prop_assert_eq!(date_at(&s), date_by_regex(&s), "{:?}", s);
        }

        #[test]
        fn the_city_scanner_is_the_city_regex(s in PIECES) {
            proptest::prop_assert_eq!(city_end(&s), CITY.find(&s).map(|m| m.end()), "{:?}", s);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_feed_scanner_is_the_feed_regex(
            s in "(Canadian|Press|Reuters|AFP|A.&B|U.S.|NEW|ǅ|Ⓐ|Élan|ж|[A-Za-z]{1,3}|[ .&]|\
                 [-–—]|\u{301}){0,9}"
        ) {
            proptest::prop_assert_eq!(feed_end(&s), FEED.find(&s).map(|m| m.end()), "{:?}", s);
        }
    }

    #[test]
    fn the_scanners_agree_with_the_patterns_on_datelines_of_every_style() {
        for s in [
            "May 10 (PTI) -",
            "Sept. 23, 2021 -",
            "Dec.14 (Reuters)",
            "20 Aug: A camp",
            "3rd March, 2024 x",
            "Narch 2 -",
            "Février 7",
            "٣ May",
            "May 123",
            "May 12thx",
            "20 Aug. 2024",
            "20 Aug.",
            "Septembers 5",
            "Rio de Janeiro, Brazil",
            "Stratford upon Avon (PA)",
            "Castillo del Mar —",
            "Rio de janeiro",
            "NEW YORK March 2 -",
            "São Paulo ’s",
            "Ⓐbc Def",
            "Ǆemal Bijedić",
            "Canadian Press - BRANDON (CP) -",
            "Reuters - ",
            "A B C D E - x",
            "A B C D - x",
            "Reuters — x",
        ] {
            assert_eq!(date_at(s), date_by_regex(s), "{s:?}");
            assert_eq!(city_end(s), CITY.find(s).map(|m| m.end()), "{s:?}");
            assert_eq!(feed_end(s), FEED.find(s).map(|m| m.end()), "{s:?}");
        }
    }

    #[test]
    fn months_resolve() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("FEB"), Some(2));
        assert_eq!(month_number("Narch"), None);
    }

    #[test]
    fn reuters_and_ap() {
        let (d, l, a, _) = parts("LIMA, Peru (Reuters) - Local officials");
        assert_eq!(
            (d.as_str(), l.as_deref(), a.as_deref()),
            (
                "LIMA, Peru (Reuters) -",
                Some("LIMA, Peru"),
                Some("Reuters")
            )
        );
        let (d, ..) = parts("RENO, Nev. (AP) — Republican hopeful");
        assert_eq!(d, "RENO, Nev. (AP) —");
    }
}
