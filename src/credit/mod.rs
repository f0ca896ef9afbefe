//! Credit lines: wire-input notes, reporting footers, contributor lines, sign-offs, copyright and
//! syndication notices.
//!
//! [`Credit::parse`] reads one line (or one paragraph) and reports every credit in it, each as a
//! [`CreditPart`] with its [`CreditKind`], the agencies it names (canonical [`Agency`] where the
//! registry knows them, otherwise the outlet as written) and its [`Contributor`]s with their
//! [`Role`], location and affiliation. Every piece carries its span in the input.
//!
//! ```
//! use copydesk::credit::{Credit, CreditKind, Role};
//!
//! let line = "(Reporting by Hyonhee Shin in Seoul and Jane Doe in Tokyo; Editing by Tom Hogue)";
//! let credit = Credit::parse(line)?;
//! assert_eq!(credit.kind(), CreditKind::ReportingFooter);
//! let people: Vec<_> = credit
//!     .contributors()
//!     .map(|c| (c.name().as_str(), c.role(), c.location().map(|l| l.as_str())))
//!     .collect();
//! assert_eq!(
//!     people,
//!     [
//!         ("Hyonhee Shin", Role::Reporting, Some("Seoul")),
//!         ("Jane Doe", Role::Reporting, Some("Tokyo")),
//!         ("Tom Hogue", Role::Editing, None),
//!     ]
//! );
//!
//! let credit = Credit::parse("(With inputs from PTI, ANI)")?;
//! assert_eq!(credit.kind(), CreditKind::Inputs);
//! let agencies: Vec<_> = credit.agencies().map(|a| a.canonical()).collect();
//! assert_eq!(agencies, ["Press Trust of India", "Asian News International"]);
//!
//! // Body text that mentions an agency is not a credit.
//! assert!(Credit::parse("The minister told PTI the talks would resume.").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What counts
//!
//! | kind | shapes |
//! |---|---|
//! | syndication | `(Except for the headline, this report has not been edited by NDTV staff and is published from a syndicated feed.)`, `This article was originally published on The Conversation.` |
//! | inputs | `(With inputs from Reuters)`, `With agency inputs`, `(With PTI Inputs)`, `— With inputs from IANS` |
//! | reporting footer | `(Reporting by A in Seoul; Additional reporting by B; Writing by C; Editing by D and E)` |
//! | contributors | `CNN's A, B and C contributed to this report.`, `Lemire reported from Washington.`, `Contributing: A, USA TODAY; B, The Journal News`, `— With assistance from A.`, `Compiled by A` |
//! | sign-off | `— AFP`, `-- Reuters`, `(AP)`, `--IANS`, `TNN`, `REUTER`, `PTI SUN DP KPS` |
//! | copyright | `(c) Copyright Thomson Reuters 2024`, `Copyright 2017 The Associated Press. All rights reserved.` |
//!
//! A line may hold several credits; [`Credit::kind`] gives the first of syndication > inputs >
//! reporting footer > contributors > sign-off > copyright. Photo credits (`Photo: AFP`,
//! `(Image: Reuters)`), corrections and editor's notes are refused with a typed
//! [`Reason`].

pub use crate::lexicon::role::Role;
use crate::util::fold::lower;
use crate::util::hash::FxSet;

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

pub use crate::agency::Outlet;
use crate::agency::{self, Agency};
use crate::error::{ParseError, Reason, Target, check_line};
use crate::lexicon::lines as data_lines;
use crate::lexicon::newsroom::{NewsroomClass, newsroom_words};
use crate::lexicon::states::{StateClass, us_states};
use crate::lineshape;
use crate::text::Paragraph;
use crate::{Snippet, Span};

mod people;
mod segment;
mod shapes;
#[cfg(test)]
mod tests;

use people::*;
use segment::*;
use shapes::*;

/// The longest input read as one credit line or paragraph, in bytes.
pub const MAX_LINE: usize = 8192;

/// What sort of credit a line (or one part of it) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CreditKind {
    /// A syndication notice: the story came from a feed (`… is auto-generated from a syndicated
    /// feed.`, `This article was originally published on The Conversation.`).
    Syndication,
    /// A wire-input note: `(With inputs from Reuters)`, `With agency inputs`.
    Inputs,
    /// A Reuters-style footer of roles: `(Reporting by A; Editing by B)`.
    ReportingFooter,
    /// A contributor line: `A and B contributed to this report.`, `A reported from Paris.`.
    Contributors,
    /// An agency's sign-off at the end of the copy: `— AFP`, `(PTI)`, `PTI SUN DP`.
    Signoff,
    /// A copyright notice: `Copyright 2017 The Associated Press.`
    Copyright,
}

impl CreditKind {
    /// The kind's name as the dev sets write it (`reporting_footer`, …).
    ///
    /// ```
    /// assert_eq!(copydesk::credit::CreditKind::ReportingFooter.as_str(), "reporting_footer");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            CreditKind::Syndication => "syndication",
            CreditKind::Inputs => "inputs",
            CreditKind::ReportingFooter => "reporting_footer",
            CreditKind::Contributors => "contributors",
            CreditKind::Signoff => "signoff",
            CreditKind::Copyright => "copyright",
        }
    }

    fn parse_name(s: &str) -> Option<CreditKind> {
        Some(match s {
            "reporting_footer" => CreditKind::ReportingFooter,
            "contributors" => CreditKind::Contributors,
            _ => return None,
        })
    }
}

/// A person credited in a credit line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Contributor<'h> {
    name: Snippet<'h>,
    role: Role,
    location: Option<Snippet<'h>>,
    affiliation: Option<Outlet<'h>>,
}

impl<'h> Contributor<'h> {
    /// The name as written (a surname alone in `Lemire reported from Washington.`).
    ///
    /// ```
    /// let c = copydesk::Credit::parse("Lemire reported from Washington.")?;
    /// assert_eq!(c.contributors().next().unwrap().name().as_str(), "Lemire");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> Snippet<'h> {
        self.name
    }

    /// What they did.
    ///
    /// ```
    /// use copydesk::credit::{Credit, Role};
    /// let c = Credit::parse("Lemire reported from Washington.")?;
    /// assert_eq!(c.contributors().next().unwrap().role(), Role::Reporting);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn role(&self) -> Role {
        self.role
    }

    /// Where they worked from, as written (`Seoul`, `Tallahassee, Fla.`, `JAKARTA/SURABAYA`).
    ///
    /// ```
    /// let c = copydesk::Credit::parse("Halloran reported from Erie, Penn.")?;
    /// assert_eq!(c.contributors().next().unwrap().location().unwrap().as_str(), "Erie, Penn.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn location(&self) -> Option<Snippet<'h>> {
        self.location
    }

    /// The outlet they work for (`NPR` in `NPR political reporter Leah Moss`, `CNN` in
    /// `CNN's A and B`), canonical when it is a registry agency.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("NPR political reporter Leah Moss contributed to this report.")?;
    /// let who = c.contributors().next().unwrap();
    /// assert_eq!(who.affiliation().unwrap().canonical(), "NPR");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn affiliation(&self) -> Option<Outlet<'h>> {
        self.affiliation
    }
}

/// One credit within a line: its kind, span, agencies and contributors.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CreditPart<'h> {
    kind: CreditKind,
    text: Snippet<'h>,
    agencies: Vec<Outlet<'h>>,
    contributors: Vec<Contributor<'h>>,
    outlet: Option<Snippet<'h>>,
    desk: Vec<Snippet<'h>>,
    /// A sign-off the registry cannot confirm (`TNN`, `SUN DP KPS`).
    #[cfg_attr(feature = "serde", serde(skip))]
    weak: bool,
}

impl<'h> CreditPart<'h> {
    fn new(kind: CreditKind, haystack: &'h str, span: Span) -> CreditPart<'h> {
        CreditPart {
            kind,
            text: Snippet::at(haystack, span),
            agencies: Vec::new(),
            contributors: Vec::new(),
            outlet: None,
            desk: Vec::new(),
            weak: false,
        }
    }

    /// Its kind.
    ///
    /// ```
    /// use copydesk::credit::{Credit, CreditKind};
    /// let c = Credit::parse("(With inputs from PTI) (Except for the headline, this report has not been edited by NDTV staff and is published from a syndicated feed.)")?;
    /// let kinds: Vec<_> = c.parts().iter().map(|p| p.kind()).collect();
    /// assert_eq!(kinds, [CreditKind::Inputs, CreditKind::Syndication]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> CreditKind {
        self.kind
    }

    /// Where it is, parentheses and leading dash included.
    ///
    /// ```
    /// let text = "He said so. — AFP";
    /// let c = copydesk::Credit::parse(text)?;
    /// assert_eq!(&text[c.parts()[0].span()], "— AFP");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// Its text.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("(PTI)")?;
    /// assert_eq!(c.parts()[0].as_str(), "(PTI)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.text.as_str()
    }

    /// The agencies and outlets it credits (not the affiliations of its contributors).
    ///
    /// ```
    /// let c = copydesk::Credit::parse("— AFP")?;
    /// assert_eq!(c.parts()[0].agencies()[0].canonical(), "Agence France-Presse");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn agencies(&self) -> &[Outlet<'h>] {
        &self.agencies
    }

    /// The people it credits.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("Gaby Lindell contributed to this story.")?;
    /// assert_eq!(c.parts()[0].contributors()[0].name().as_str(), "Gaby Lindell");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contributors(&self) -> &[Contributor<'h>] {
        &self.contributors
    }

    /// The outlet a syndication notice names as publisher (`NDTV` in `… has not been edited by
    /// NDTV staff …`), or the holder a copyright notice names.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)")?;
    /// assert_eq!(c.parts()[0].outlet().unwrap().as_str(), "Devdiscourse");
    /// assert!(c.parts()[0].agencies().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn outlet(&self) -> Option<Snippet<'h>> {
        self.outlet
    }

    /// The desk initials of a PTI-style sign-off (`SUN`, `DP`, `KPS` in `PTI SUN DP KPS`).
    ///
    /// ```
    /// let c = copydesk::Credit::parse("PTI SUN DP KPS")?;
    /// let desk: Vec<_> = c.parts()[0].desk().iter().map(|d| d.as_str()).collect();
    /// assert_eq!(desk, ["SUN", "DP", "KPS"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn desk(&self) -> &[Snippet<'h>] {
        &self.desk
    }
}

/// The credits of one line or paragraph: every [`CreditPart`] found in it and the primary kind.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Credit<'h> {
    text: Snippet<'h>,
    kind: CreditKind,
    parts: Vec<CreditPart<'h>>,
}

/// Why a region holds no credit, before the reason is spelled out.
enum Refusal {
    /// The region is not a line at all (empty, too long).
    Error(ParseError),
    Photo,
    EditorsNote,
    Correction,
    /// No credit shape matched; the error tells whether an agency is named in the region.
    NoCredit,
}

impl Refusal {
    fn into_error(self, haystack: &str, region: Span) -> ParseError {
        let reason = match self {
            Refusal::Error(e) => return e,
            Refusal::Photo => Reason::PhotoCredit,
            Refusal::EditorsNote => Reason::EditorsNote,
            Refusal::Correction => Reason::Correction,
            Refusal::NoCredit => {
                if agency::find_iter(&haystack[region.range()]).any(|m| !m.ambiguous) {
                    Reason::InStoryMention("an agency named inside a sentence of the story")
                } else {
                    Reason::NoCredit("no credit shape matched")
                }
            }
        };
        ParseError::new(Target::Credit, reason).at(region)
    }
}

/// How much a caller trusts that the region is a credit slot.
#[derive(Debug, Clone, Copy)]
struct Options {
    /// Accept weak sign-offs: an unknown all-capital outlet (`TNN`, `(DIPRO)`) and desk initials
    /// alone (`SUN DP KPS`).
    weak_signoffs: bool,
    /// Accept sign-offs at all.
    signoffs: bool,
}

impl<'h> Credit<'h> {
    /// Parses a credit line (or a paragraph that ends in one) on its own; spans are offsets into
    /// `input`.
    ///
    /// ```
    /// use copydesk::credit::{Credit, CreditKind};
    /// use copydesk::error::Reason;
    ///
    /// let c = Credit::parse("(With inputs from Reuters)")?;
    /// assert_eq!(c.kind(), CreditKind::Inputs);
    /// assert_eq!(c.agencies().next().unwrap().canonical(), "Reuters");
    ///
    /// let err = Credit::parse("(Image: Reuters)").unwrap_err();
    /// assert_eq!(err.reason(), &Reason::PhotoCredit);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &'h str) -> Result<Credit<'h>, ParseError> {
        // Tabs, NBSP, U+2028, CRLF, ZWSP and a BOM read as plain spaces and line feeds.
        match lineshape::Plain::of(input).filter(|_| input.len() <= MAX_LINE) {
            None => Self::parse_in(input, Span::new(0, input.len())),
            Some(plain) => {
                let text = plain.text();
                Credit::parse_in(text, Span::new(0, text.len()))
                    .map(|c| c.rebased(|s| plain.snippet(input, s)))
                    .map_err(|e| plain.error(e))
            }
        }
    }

    /// The same credit with every snippet moved by `f` onto another text.
    fn rebased<'o>(&self, f: impl Fn(Snippet<'h>) -> Snippet<'o>) -> Credit<'o> {
        let outlet = |o: &Outlet<'h>| Outlet {
            name: f(o.name),
            agency: o.agency,
        };
        Credit {
            text: f(self.text),
            kind: self.kind,
            parts: self
                .parts
                .iter()
                .map(|p| CreditPart {
                    kind: p.kind,
                    text: f(p.text),
                    agencies: p.agencies.iter().map(outlet).collect(),
                    contributors: p
                        .contributors
                        .iter()
                        .map(|c| Contributor {
                            name: f(c.name),
                            role: c.role,
                            location: c.location.map(&f),
                            affiliation: c.affiliation.as_ref().map(outlet),
                        })
                        .collect(),
                    outlet: p.outlet.map(&f),
                    desk: p.desk.iter().map(|&d| f(d)).collect(),
                    weak: p.weak,
                })
                .collect(),
        }
    }

    /// Parses the credit in `region` of `haystack`; spans are offsets into `haystack`.
    pub(crate) fn parse_in(haystack: &'h str, region: Span) -> Result<Credit<'h>, ParseError> {
        Self::parse_with(
            haystack,
            region,
            Options {
                weak_signoffs: true,
                signoffs: true,
            },
        )
    }

    fn parse_with(
        haystack: &'h str,
        region: Span,
        opts: Options,
    ) -> Result<Credit<'h>, ParseError> {
        Self::find(haystack, region, opts).map_err(|r| r.into_error(haystack, region))
    }

    /// The credits of `region`, or why there are none; [`Refusal::into_error`] turns the latter
    /// into the caller's error (the article detector, which needs no reason, skips that work).
    fn find(haystack: &'h str, region: Span, opts: Options) -> Result<Credit<'h>, Refusal> {
        let Some(input) = Snippet::new(haystack, region) else {
            return Err(Refusal::Error(ParseError::new(
                Target::Credit,
                Reason::Empty,
            )));
        };
        check_line(input.as_str(), Target::Credit, MAX_LINE).map_err(Refusal::Error)?;
        let segs = segments(haystack, region);
        let mut slots: Vec<Slot<'h>> = segs.iter().map(|s| classify(haystack, s, opts)).collect();
        absorb_tails(haystack, &segs, &mut slots);
        // A sign-off after a photo caption credits the photo (`File photo of X. (PTI)`).
        for i in 1..slots.len() {
            if matches!(slots[i - 1], Slot::Photo)
                && matches!(&slots[i], Slot::Part(p) if p.kind == CreditKind::Signoff)
            {
                slots[i] = Slot::Photo;
            }
        }
        // A sign-off the registry cannot confirm follows a full stop (`… the quarter. TNN`), not
        // an exclamation (`… them was the days! LOL`).
        for i in 1..slots.len() {
            if matches!(&slots[i], Slot::Part(p) if p.weak && !segs[i].paren) {
                let prev = haystack[segs[i - 1].outer.range()].trim_end();
                if !prev.ends_with(['.', '"', '”', '’', ')', ']']) {
                    slots[i] = Slot::Other;
                }
            }
        }
        // A sign-off ends the copy: only other credits (or photo credits) may follow it.
        let mut trailing_ok = true;
        for slot in slots.iter_mut().rev() {
            match slot {
                Slot::Part(p) if p.kind == CreditKind::Signoff => {
                    if !trailing_ok {
                        *slot = Slot::Other;
                    }
                }
                Slot::Part(_) | Slot::Photo | Slot::Tail => {}
                _ => trailing_ok = false,
            }
        }
        let mut parts = Vec::new();
        let (mut photo, mut correction, mut note) = (false, false, false);
        for slot in slots {
            match slot {
                Slot::Part(p) => parts.push(p),
                Slot::Photo => photo = true,
                Slot::Correction => correction = true,
                Slot::EditorsNote => note = true,
                Slot::Tail | Slot::Other => {}
            }
        }
        let Some(kind) = parts.iter().map(|p| p.kind).min() else {
            return Err(if photo {
                Refusal::Photo
            } else if note {
                Refusal::EditorsNote
            } else if correction {
                Refusal::Correction
            } else {
                Refusal::NoCredit
            });
        };
        let span = parts
            .iter()
            .map(|p| p.span())
            .reduce(Span::cover)
            .unwrap_or(region);
        Ok(Credit {
            text: Snippet::at(haystack, span),
            kind,
            parts,
        })
    }

    /// Where it is: from the first credit in the line to the end of the last.
    ///
    /// ```
    /// let text = "Bajaj Finance's profit rose 14% in the quarter. TNN";
    /// let c = copydesk::Credit::parse(text)?;
    /// assert_eq!(&text[c.span()], "TNN");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// Its text.
    ///
    /// ```
    /// assert_eq!(copydesk::Credit::parse("x. (PTI)")?.as_str(), "(PTI)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.text.as_str()
    }

    /// The primary kind: the first of syndication > inputs > reporting footer > contributors >
    /// sign-off > copyright among its parts.
    ///
    /// ```
    /// use copydesk::credit::{Credit, CreditKind};
    /// let c = Credit::parse("Copyright 2024 Reuters. -- Reuters")?;
    /// assert_eq!(c.kind(), CreditKind::Signoff);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> CreditKind {
        self.kind
    }

    /// Every credit found in the line, in order.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("Rice reported from Reston, Va. Contributing: Jessica Marlowe")?;
    /// assert_eq!(c.parts().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn parts(&self) -> &[CreditPart<'h>] {
        &self.parts
    }

    /// The agencies and outlets credited by all its parts, in order.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("(With inputs from agencies)")?;
    /// assert_eq!(c.agencies().count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn agencies(&self) -> impl Iterator<Item = &Outlet<'h>> + '_ {
        self.parts.iter().flat_map(|p| p.agencies.iter())
    }

    /// The people credited by all its parts, in order.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("CNN's A. Smith and Bo Li contributed to this report.")?;
    /// assert_eq!(c.contributors().count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contributors(&self) -> impl Iterator<Item = &Contributor<'h>> + '_ {
        self.parts.iter().flat_map(|p| p.contributors.iter())
    }
}

/// Finds the credit lines of an article among its paragraphs: wire-input notes, footers and
/// contributor lines anywhere (they also follow the byline or sit mid-story), agency sign-offs
/// in the last paragraphs only.
pub(crate) fn detect<'h>(text: &'h str, paragraphs: &[Paragraph<'h>]) -> Vec<(usize, Credit<'h>)> {
    let n = paragraphs.len();
    let mut out = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let from_end = n - i;
        // Outside the sign-off window only a paragraph with a credit word can hold a credit;
        // inside it, a paragraph without one can only end in a sign-off, so its last two
        // sentences are enough (the one before tells a sign-off from a stray capitalised word).
        let region = if may_hold_credit(p.as_str()) {
            p.span()
        } else if from_end <= SIGNOFF_WINDOW {
            match signoff_region(text, p.span()) {
                Some(r) => r,
                None => continue,
            }
        } else {
            continue;
        };
        let opts = Options {
            signoffs: from_end <= SIGNOFF_WINDOW,
            weak_signoffs: from_end <= 3,
        };
        if let Ok(c) = Credit::find(text, region, opts) {
            out.push((i, c));
        }
    }
    out
}

/// Agency sign-offs are looked for only in this many last paragraphs of an article.
const SIGNOFF_WINDOW: usize = 5;

/// A paragraph longer than this, outside the sign-off window, is story text, not a credit line.
const MAX_CREDIT_PARAGRAPH: usize = 1200;

/// The credit trigger words (ASCII-case-insensitive, matched anywhere).
const TRIGGER_WORDS: &str = include_str!("../lexicon/credit_triggers.txt");

/// The cue words, for [`Cues::of`].
static CUE_WORDS: Lazy<WordScan> =
    Lazy::new(|| WordScan::new(Cues::words().map(|(w, c)| (w, c.0)), false));

static TRIGGERS: Lazy<WordScan> =
    Lazy::new(|| WordScan::new(data_lines(TRIGGER_WORDS).map(|w| (w, 1)), true));

/// A word list as an Aho-Corasick automaton compiled to a DFA over ASCII-case-folded byte
/// classes (ASCII-case-insensitive like the `aho-corasick` builder's option), each state with the
/// bits of the words that end in it. [`WordScan::scan`] gives the bits of every word occurring in
/// a text, overlaps included. A DFA scan is bound by the latency of one table read per byte, so
/// a long text is scanned as four (or two) overlapping parts side by side: the trigger prefilter
/// runs over every paragraph of every article, the cue scan over every segment it lets through.
struct WordScan {
    /// Byte → class; ASCII upper-case letters share their lower-case letter's class, bytes in no
    /// word share class 0.
    classes: [u8; 256],
    /// The transitions: `next[state + class]`, states premultiplied by the class count. Every
    /// `u16` indexes the table, so reading it needs no bounds check.
    next: Box<[u16; 1 << 16]>,
    /// The bits of the words ending in each (premultiplied) state.
    bits: Box<[u16; 1 << 16]>,
    /// The longest word, in bytes.
    longest: usize,
}

impl WordScan {
    /// The automaton of `words`; with `sticky`, a state that ends a word keeps to itself on
    /// every byte, so that [`WordScan::any`] needs to look only at where a scan ends.
    fn new<'a>(words: impl Iterator<Item = (&'a str, u16)>, sticky: bool) -> WordScan {
        let words: Vec<(Vec<u8>, u16)> = words
            .map(|(w, bits)| (w.as_bytes().to_ascii_lowercase(), bits))
            .filter(|(w, _)| !w.is_empty())
            .collect();
        let mut classes = [0u8; 256];
        let mut count = 1usize;
        for &b in words.iter().flat_map(|(w, _)| w) {
            if classes[usize::from(b)] == 0 {
                classes[usize::from(b)] = u8::try_from(count).expect("fewer than 256 classes");
                count += 1;
            }
        }
        for b in b'A'..=b'Z' {
            classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
        }
        // The trie: `goto[state][class]`, 0 where there is no edge (the root is never a target).
        let mut goto: Vec<Vec<usize>> = vec![vec![0; count]];
        let mut ends = vec![0u16];
        for (w, bits) in &words {
            let mut s = 0;
            for &b in w {
                let c = usize::from(classes[usize::from(b)]);
                if goto[s][c] == 0 {
                    goto.push(vec![0; count]);
                    ends.push(0);
                    goto[s][c] = goto.len() - 1;
                }
                s = goto[s][c];
            }
            ends[s] |= bits;
        }
        // Breadth first: failure links (a state also ends the words its failure state ends),
        // then every missing edge from the failure state's.
        let n = goto.len();
        let mut delta = vec![vec![0usize; count]; n];
        let mut fail = vec![0usize; n];
        let mut queue = std::collections::VecDeque::new();
        for c in 0..count {
            let t = goto[0][c];
            delta[0][c] = t;
            if t != 0 {
                queue.push_back(t);
            }
        }
        while let Some(s) = queue.pop_front() {
            ends[s] |= ends[fail[s]];
            for c in 0..count {
                let t = goto[s][c];
                if t == 0 {
                    delta[s][c] = delta[fail[s]][c];
                } else {
                    fail[t] = delta[fail[s]][c];
                    delta[s][c] = t;
                    queue.push_back(t);
                }
            }
        }
        if sticky {
            for (s, (row, &e)) in delta.iter_mut().zip(&ends).enumerate() {
                if e != 0 {
                    row.fill(s);
                }
            }
        }
        assert!(n * count <= 1 << 16, "the word automaton fits 16 bits");
        let table = || -> Box<[u16; 1 << 16]> {
            vec![0u16; 1 << 16]
                .into_boxed_slice()
                .try_into()
                .expect("a table of 2¹⁶ entries")
        };
        let (mut next, mut bits) = (table(), table());
        for (k, &t) in delta.iter().flatten().enumerate() {
            next[k] = u16::try_from(t * count).expect("the word automaton fits 16 bits");
        }
        for (s, &e) in ends.iter().enumerate() {
            bits[s * count] = e;
        }
        WordScan {
            classes,
            next,
            bits,
            longest: words.iter().map(|(w, _)| w.len()).max().unwrap_or(0),
        }
    }

    /// The state after `state` on byte `b`.
    #[inline]
    fn step(&self, state: u16, b: u8) -> u16 {
        self.next[usize::from(state.wrapping_add(u16::from(self.classes[usize::from(b)])))]
    }

    /// The bits of the words ending in `state`.
    #[inline]
    fn ends(&self, state: u16) -> u16 {
        self.bits[usize::from(state)]
    }

    /// The state after reading `hay` from `state`, with the bits of the states passed.
    fn run(&self, mut state: u16, hay: &[u8]) -> (u16, u16) {
        let mut found = 0;
        for &b in hay {
            state = self.step(state, b);
            found |= self.ends(state);
        }
        (state, found)
    }

    /// Whether any word occurs in `hay`, for a sticky automaton: [`WordScan::scan`] without
    /// reading the word bits at every byte, only at each part's last state.
    fn any(&self, hay: &str) -> bool {
        let bytes = hay.as_bytes();
        let q = bytes.len() / 4;
        let over = self.longest.saturating_sub(1);
        if q < self.longest {
            return self.scan(hay) != 0;
        }
        let (a, b, c, d) = (
            &bytes[..q],
            &bytes[q..2 * q],
            &bytes[2 * q..3 * q],
            &bytes[3 * q..],
        );
        let (mut sa, mut sb, mut sc, mut sd) = (0u16, 0u16, 0u16, 0u16);
        for (((&x, &y), &z), &w) in a.iter().zip(b).zip(c).zip(d) {
            sa = self.step(sa, x);
            sb = self.step(sb, y);
            sc = self.step(sc, z);
            sd = self.step(sd, w);
        }
        // As in `scan`: the last quarter's rest, and each other quarter read on into the next.
        let last = |mut state: u16, rest: &[u8]| {
            for &x in rest {
                state = self.step(state, x);
            }
            self.ends(state) != 0
        };
        last(sd, &d[q..])
            || last(sa, &bytes[q..q + over])
            || last(sb, &bytes[2 * q..2 * q + over])
            || last(sc, &bytes[3 * q..3 * q + over])
    }

    /// The bits of the words occurring in `hay`.
    fn scan(&self, hay: &str) -> u16 {
        let hay = hay.as_bytes();
        // Four quarters, each scanned on past its end by a word's length less one, so that
        // every occurrence lies wholly in the scan of the quarter it starts in.
        let q = hay.len() / 4;
        let over = self.longest.saturating_sub(1);
        if q < self.longest {
            // Too short for quarters: halves, or one scan.
            let h = hay.len() / 2;
            if h < self.longest {
                return self.run(0, hay).1;
            }
            let (a, b) = hay.split_at(h);
            let (mut sa, mut sb) = (0u16, 0u16);
            let mut found = 0u16;
            for (&x, &y) in a.iter().zip(b) {
                sa = self.step(sa, x);
                sb = self.step(sb, y);
                found |= self.ends(sa) | self.ends(sb);
            }
            return found | self.run(sb, &b[h..]).1 | self.run(sa, &b[..over]).1;
        }
        let (a, b, c, d) = (&hay[..q], &hay[q..2 * q], &hay[2 * q..3 * q], &hay[3 * q..]);
        let (mut sa, mut sb, mut sc, mut sd) = (0u16, 0u16, 0u16, 0u16);
        let mut found = 0u16;
        for (((&x, &y), &z), &w) in a.iter().zip(b).zip(c).zip(d) {
            sa = self.step(sa, x);
            sb = self.step(sb, y);
            sc = self.step(sc, z);
            sd = self.step(sd, w);
            found |= self.ends(sa) | self.ends(sb) | self.ends(sc) | self.ends(sd);
        }
        // The last quarter may be up to three bytes longer; the others read on into the next.
        found
            | self.run(sd, &d[q..]).1
            | self.run(sa, &hay[q..q + over]).1
            | self.run(sb, &hay[2 * q..2 * q + over]).1
            | self.run(sc, &hay[3 * q..3 * q + over]).1
    }
}

/// A sign-off is a short last sentence (`PTI SUN DP KPS`, `— AFP`, `ksk/vd`).
const MAX_SIGNOFF: usize = 64;

/// How much of the sentence before a sign-off the parser sees: enough to tell a full stop
/// (`… the quarter. TNN`) from an exclamation (`… the days! LOL`).
const SIGNOFF_CONTEXT: usize = 24;

/// Where a paragraph without a credit word may hold a sign-off: its short last sentence, with a
/// little of the text before it; `None` when its last sentence is too long to be one.
fn signoff_region(text: &str, paragraph: Span) -> Option<Span> {
    let last = last_sentence(text, paragraph, MAX_SIGNOFF)?;
    if last.len() > MAX_SIGNOFF {
        return None;
    }
    let start = crate::util::window_start(text, last.start, SIGNOFF_CONTEXT).max(paragraph.start);
    Some(Span::new(start, paragraph.end))
}

/// The last of [`crate::text::sentences`] of `paragraph` when it is at most `short` bytes long;
/// when it is longer, either it or some other span longer than `short`.
///
/// Whether a terminator ends a sentence depends only on the text from the whitespace before its
/// word on, so the sentences of a suffix that starts after whitespace end where the paragraph's
/// do. Splitting the last `short` bytes or so (from a word start) is then enough: when the
/// suffix holds a sentence end, its last sentence is the paragraph's; when it holds none, the
/// paragraph's last sentence starts no later than the suffix, and is too long when the suffix
/// is. Only when that is not known does the whole paragraph get split.
fn last_sentence(text: &str, paragraph: Span, short: usize) -> Option<Span> {
    let whole = |p: Span| crate::text::sentences(text, p).last().map(|s| s.span());
    let mut before = paragraph.end.saturating_sub(short + 1);
    if before <= paragraph.start || text.get(paragraph.range()).is_none() {
        return whole(paragraph);
    }
    while !text.is_char_boundary(before) {
        before -= 1;
    }
    let Some(space) = text[paragraph.start..before].rfind(char::is_whitespace) else {
        return whole(paragraph);
    };
    let from = paragraph.start + space;
    let from = from + text[from..].chars().next().map_or(1, char::len_utf8);
    let suffix = Span::new(from, paragraph.end);
    let mut sentences = crate::text::sentences(text, suffix).map(|s| s.span());
    let first = sentences.next();
    match (first, sentences.last()) {
        (_, Some(last)) => Some(last),
        (Some(only), None) if only.len() > short => Some(only),
        _ => whole(paragraph),
    }
}

/// The detector's prefilter: whether a paragraph far from the end could hold a credit at all.
fn may_hold_credit(paragraph: &str) -> bool {
    paragraph.len() <= MAX_CREDIT_PARAGRAPH && TRIGGERS.any(paragraph)
}

// ---------------------------------------------------------------------------------------------
// Lexicons

struct RoleLexicon {
    automaton: AhoCorasick,
    entries: Vec<(Role, CreditKind)>,
    /// The phrases, for the cue automaton.
    phrases: Vec<&'static str>,
}

static ROLES: Lazy<RoleLexicon> = Lazy::new(|| {
    let mut phrases = Vec::new();
    let mut entries = Vec::new();
    for line in data_lines(include_str!("../lexicon/credit_roles.txt")) {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        let [phrase, role, kind] = cols[..] else {
            panic!("credit_roles.txt: expected 3 columns in {line:?}");
        };
        let role = Role::parse_name(role).expect("credit_roles.txt: known role");
        let kind = CreditKind::parse_name(kind).expect("credit_roles.txt: known kind");
        phrases.push(phrase);
        entries.push((role, kind));
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&phrases)
        .expect("role automaton builds");
    RoleLexicon {
        automaton,
        entries,
        phrases,
    }
});

fn word_set(src: &'static str) -> FxSet<&'static str> {
    data_lines(src).collect()
}

/// The titles of `credit_titles.txt`, those bylines and sources share, and the role modifiers
/// bylines share.
static TITLES: Lazy<FxSet<&'static str>> = Lazy::new(|| {
    let mut t = word_set(include_str!("../lexicon/credit_titles.txt"));
    t.extend(crate::lexicon::role::shared_titles());
    t.extend(crate::lexicon::role::field_roles());
    t.extend(crate::lexicon::role::role_modifiers());
    t
});
/// The places that continue a location after a comma (lower case): the US states in AP
/// abbreviation and in full, and `credit_places.txt`.
static PLACES: Lazy<FxSet<String>> = Lazy::new(|| {
    us_states(StateClass::Ap)
        .chain(us_states(StateClass::Name))
        .map(str::to_lowercase)
        .chain(data_lines(include_str!("../lexicon/credit_places.txt")).map(str::to_string))
        .collect()
});

struct Sources {
    generic: FxSet<&'static str>,
    org: FxSet<String>,
    not_outlet: FxSet<&'static str>,
    not_name: FxSet<&'static str>,
}

static SOURCES: Lazy<Sources> = Lazy::new(|| {
    let mut s = Sources {
        generic: FxSet::default(),
        org: FxSet::default(),
        not_outlet: FxSet::default(),
        not_name: FxSet::default(),
    };
    let mut section = "";
    for line in data_lines(include_str!("../lexicon/credit_sources.txt")) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        match section {
            "[generic]" => s.generic.insert(line),
            "[org]" => s.org.insert(line.to_string()),
            "[not_outlet]" => s.not_outlet.insert(line),
            "[not_name]" => s.not_name.insert(line),
            other => panic!("credit_sources.txt: unknown section {other:?}"),
        };
    }
    s.org
        .extend(newsroom_words(NewsroomClass::Outlet).map(str::to_string));
    s.org
        .extend(crate::lexicon::newsroom::organisation_words().map(str::to_lowercase));
    // The clause words that are no name here and no place at a dateline's head: one class.
    s.not_name.extend(crate::lexicon::entries(include_str!(
        "../lexicon/field_stopwords.txt"
    )));
    s
});

fn is_generic(s: &str) -> bool {
    let l = lower(s.trim());
    let l = l.strip_prefix("the ").unwrap_or(&l);
    SOURCES.generic.contains(l)
        || l.strip_prefix("our ")
            .is_some_and(|r| SOURCES.generic.contains(r))
}

fn is_title(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    !w.is_empty() && TITLES.contains(lower(w).as_str())
}

/// Whether `s` reads as an organisation's name rather than a person's.
fn is_org_like(s: &str) -> bool {
    let s = s.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    words.first().is_some_and(|w| *w == "The" || *w == "the")
        || lower(s).contains(".com")
        || words.iter().any(|w| {
            let w = lower(w.trim_matches(|c: char| c == ',' || c == '.'));
            SOURCES.org.contains(w.as_str())
        })
        || (words.len() == 1 && is_acronym(words[0]))
}

fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n)
        && w.chars().all(|c| c.is_uppercase() || c == '&')
        && w.chars().next().is_some_and(char::is_uppercase)
        && !SOURCES.not_outlet.contains(w)
}
