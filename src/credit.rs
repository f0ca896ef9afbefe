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
//! | syndication | `(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)`, `This article was originally published on The Conversation.` |
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
use crate::util::hash::FxSet;

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

pub use crate::agency::Outlet;
use crate::agency::{self, Agency};
use crate::error::{ParseError, Reason, Target, check_line};
use crate::lexicon::lines as data_lines;
use crate::text::Paragraph;
use crate::{Snippet, Span};

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
    /// let c = copydesk::Credit::parse("Lemire reported from Erie, Penn.")?;
    /// assert_eq!(c.contributors().next().unwrap().location().unwrap().as_str(), "Erie, Penn.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn location(&self) -> Option<Snippet<'h>> {
        self.location
    }

    /// The outlet they work for (`NPR` in `NPR political reporter Tim Mak`, `CNN` in
    /// `CNN's A and B`), canonical when it is a registry agency.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("NPR political reporter Tim Mak contributed to this report.")?;
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
    /// let c = Credit::parse("(With inputs from PTI) (Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)")?;
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
    /// let c = copydesk::Credit::parse("Gabby Orr contributed to this story.")?;
    /// assert_eq!(c.parts()[0].contributors()[0].name().as_str(), "Gabby Orr");
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
                    Reason::InStoryMention("an agency named in a sentence of the story")
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
        Self::parse_in(input, Span::new(0, input.len()))
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
    /// let c = copydesk::Credit::parse("Rice reported from McLean, Va. Contributing: Jessica Guynn")?;
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
const TRIGGER_WORDS: &str = include_str!("lexicon/credit_triggers.txt");

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
    let mut start = last
        .start
        .saturating_sub(SIGNOFF_CONTEXT)
        .max(paragraph.start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
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
    for line in data_lines(include_str!("lexicon/credit_roles.txt")) {
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

static TITLES: Lazy<FxSet<&'static str>> =
    Lazy::new(|| word_set(include_str!("lexicon/credit_titles.txt")));
static PLACES: Lazy<FxSet<&'static str>> =
    Lazy::new(|| word_set(include_str!("lexicon/credit_places.txt")));

struct Sources {
    generic: FxSet<&'static str>,
    org: FxSet<&'static str>,
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
    for line in data_lines(include_str!("lexicon/credit_sources.txt")) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        match section {
            "[generic]" => s.generic.insert(line),
            "[org]" => s.org.insert(line),
            "[not_outlet]" => s.not_outlet.insert(line),
            "[not_name]" => s.not_name.insert(line),
            other => panic!("credit_sources.txt: unknown section {other:?}"),
        };
    }
    s
});

/// `s` in lower case, without allocating for a short ASCII `s` (the common case: words,
/// names and sign-offs).
fn lower(s: &str) -> Lower {
    const SHORT: usize = 32;
    if s.len() <= SHORT && s.is_ascii() {
        let mut buf = [0u8; SHORT];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        buf[..s.len()].make_ascii_lowercase();
        Lower::Short(buf, s.len())
    } else {
        Lower::Long(s.to_lowercase())
    }
}

/// A lower-cased string from [`lower`]: short ASCII ones in place.
enum Lower {
    Short([u8; 32], usize),
    Long(String),
}

impl Lower {
    fn as_str(&self) -> &str {
        match self {
            // ASCII bytes stay valid UTF-8 when lower-cased.
            Lower::Short(buf, n) => std::str::from_utf8(&buf[..*n]).unwrap_or_default(),
            Lower::Long(s) => s,
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

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

// ---------------------------------------------------------------------------------------------
// Segments: sentences and bracketed groups of a line

#[derive(Debug, Clone, Copy)]
struct Seg {
    /// The whole segment, leader and brackets included.
    outer: Span,
    /// The words: without a leading dash or bullet, inside brackets.
    body: Span,
    paren: bool,
}

/// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof",
    "Rev", "Hon", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "vs", "Mt", "Ft",
];

fn segments(h: &str, region: Span) -> Vec<Seg> {
    let mut out = Vec::new();
    let pairs = bracket_pairs(h, region);
    let matching_close = |open: usize| {
        pairs
            .binary_search_by_key(&open, |&(o, _)| o)
            .ok()
            .map(|i| pairs[i].1)
    };
    let end = region.end;
    let mut pos = region.start;
    while pos < end {
        pos = skip_ws(h, pos, end);
        if pos >= end {
            break;
        }
        let rest = &h[pos..end];
        let copyright_mark = rest.len() >= 3 && rest.as_bytes()[..3].eq_ignore_ascii_case(b"(c)");
        if rest.starts_with(['(', '['])
            && !copyright_mark
            && let Some(close) = matching_close(pos)
        {
            let outer = Span::new(pos, close + 1);
            out.push(Seg {
                outer,
                body: Span::new(pos + 1, close).trim(h),
                paren: true,
            });
            pos = close + 1;
            continue;
        }
        let stop = sentence_end(h, pos, end);
        let outer = Span::new(pos, stop).trim(h);
        let mut body = strip_leader(h, outer);
        let mut paren = false;
        if body.start > outer.start
            && h[body.range()].starts_with(['(', '['])
            && matching_close(body.start) == Some(body.end.saturating_sub(1))
        {
            body = Span::new(body.start + 1, body.end - 1).trim(h);
            paren = true;
        }
        out.push(Seg { outer, body, paren });
        pos = stop.max(pos + 1);
        while pos < end && !h.is_char_boundary(pos) {
            pos += 1;
        }
    }
    out
}

fn skip_ws(h: &str, mut pos: usize, end: usize) -> usize {
    for c in h[pos..end].chars() {
        if !c.is_whitespace() {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Every bracket of `region` that is closed on its line, with the offset of its closer, in the
/// order of the openers; one pass with a stack. (Brackets and line breaks are ASCII, so a byte
/// scan finds them exactly.)
fn bracket_pairs(h: &str, region: Span) -> Vec<(usize, usize)> {
    let bytes = &h.as_bytes()[region.range()];
    // Closers and line breaks before the first opener change nothing.
    let Some(mut from) = memchr::memchr2(b'(', b'[', bytes) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    while let Some(i) = BRACKET_STOPS.find(bytes, from) {
        from = i + 1;
        match bytes[i] {
            b'(' | b'[' => stack.push(region.start + i),
            b')' | b']' => {
                if let Some(open) = stack.pop() {
                    pairs.push((open, region.start + i));
                }
            }
            b'\n' | b'\r' => stack.clear(),
            _ => {}
        }
    }
    pairs.sort_unstable();
    pairs
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const STARTERS: &[char] = &[
    '•', '⦁', '·', '|', '—', '–', '―', '-', '(', '[', '©', '"', '“', '‘', '\'', '*', '▪', '►',
];

/// A set of bytes a scan stops at: ASCII characters, or the lead byte of the few non-ASCII
/// characters that matter. Never a continuation byte, so every stop is a character boundary.
struct ByteSet([bool; 256]);

impl ByteSet {
    const fn new(bytes: &[u8]) -> ByteSet {
        let mut set = [false; 256];
        let mut i = 0;
        while i < bytes.len() {
            set[bytes[i] as usize] = true;
            i += 1;
        }
        ByteSet(set)
    }

    /// The offset of the first byte of `hay` at or after `from` that is in the set.
    fn find(&self, hay: &[u8], from: usize) -> Option<usize> {
        let rest = hay.get(from..)?;
        rest.iter()
            .position(|&b| self.0[usize::from(b)])
            .map(|i| from + i)
    }
}

/// Brackets and line breaks.
static BRACKET_STOPS: ByteSet = ByteSet::new(b"()[]\n\r");

/// What can end or nest a sentence: terminators, brackets, line breaks, and the lead byte of the
/// line and paragraph separators (U+2028, U+2029).
static SENTENCE_STOPS: ByteSet = ByteSet::new(b".!?()[]\n\r\xE2");

/// One past the end of the sentence that starts at `pos`.
fn sentence_end(h: &str, pos: usize, end: usize) -> usize {
    let s = &h[pos..end];
    let mut depth = 0usize;
    let mut from = 0;
    while let Some(i) = SENTENCE_STOPS.find(s.as_bytes(), from) {
        from = i + 1;
        let c = match s.as_bytes()[i] {
            0xE2 if s[i..].starts_with(['\u{2028}', '\u{2029}']) => '\u{2028}',
            0xE2 => continue,
            b => char::from(b),
        };
        match c {
            '\n' | '\r' | '\u{2028}' => return pos + i,
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '.' | '!' | '?' if depth == 0 => {
                let mut j = i + c.len_utf8();
                while let Some(n) = s[j..].chars().next() {
                    if CLOSERS.contains(&n) && n != ')' && n != ']' {
                        j += n.len_utf8();
                    } else {
                        break;
                    }
                }
                let k = j + (s[j..].len() - s[j..].trim_start().len());
                if k >= s.len() {
                    return end;
                }
                let next = s[k..].chars().next().unwrap_or(' ');
                let spaced = k > j;
                let breaks = if spaced {
                    (next.is_uppercase() || STARTERS.contains(&next))
                        && !(c == '.' && no_break_before(&s[..i]))
                } else {
                    next == '('
                        || s[k..].starts_with("--")
                        || next == '—'
                        || (c == '.' && glued_sentence(&s[..i], &s[k..]))
                };
                if breaks {
                    return pos + j;
                }
            }
            _ => {}
        }
    }
    end
}

/// Whether a full stop with no space after it still ends a sentence: a word of two or more
/// letters before it and a capitalised word after it (`… Ready PAC.Contributing: …`), not an
/// abbreviation (`U.S.`), a domain (`Creators.com`) or a decimal.
fn glued_sentence(before: &str, after: &str) -> bool {
    let letters = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    let dotted = before.chars().rev().nth(letters) == Some('.');
    let mut next = after.chars();
    let first_upper = next.next().is_some_and(char::is_uppercase);
    let then_lower = next.clone().take(2).count() == 2 && next.take(2).all(char::is_lowercase);
    letters >= 2 && !dotted && first_upper && then_lower
}

/// Whether the word before a full stop is an initial or an abbreviation that does not end a
/// sentence (`M.` in `Phillip M. Bailey`, `Mr.`, `Jan.`).
fn no_break_before(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_uppercase(),
        (Some(_), Some(_)) => NO_BREAK.contains(&word),
        _ => false,
    }
}

static LEADER: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:[•⦁·*|>▪►■]|-{1,3}|[—–―])[\s•⦁·*|>▪►■—–―-]*").unwrap());

fn strip_leader(h: &str, span: Span) -> Span {
    if h[span.range()].starts_with(char::is_alphanumeric) {
        return span;
    }
    match LEADER.find(&h[span.range()]) {
        Some(m) => Span::new(span.start + m.end(), span.end),
        None => span,
    }
}

// ---------------------------------------------------------------------------------------------
// Cues: words without which a credit shape cannot match

/// Which cue words occur in a segment, one bit per family of words (`credit_cues.txt`). Each
/// family holds words that one or more shapes cannot match without (`feed` for a syndicated
/// feed, the role phrases of `credit_roles.txt` for a footer), so a clear bit rules those shapes
/// out before their regexes run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cues(u16);

impl Cues {
    /// [`SYND_FEED`].
    const FEED: Cues = Cues(1);
    /// [`SYND_ORIGIN`].
    const ORIGIN: Cues = Cues(1 << 1);
    /// [`PHOTO`].
    const PHOTO: Cues = Cues(1 << 2);
    /// [`PHOTOGRAPHER`].
    const SLASH: Cues = Cues(1 << 3);
    /// [`INPUTS`].
    const INPUTS: Cues = Cues(1 << 4);
    /// [`footer`]: the role phrases of `credit_roles.txt` (not named in `credit_cues.txt`).
    const FOOTER: Cues = Cues(1 << 5);
    /// [`TRANSLATED`].
    const ENGLISH: Cues = Cues(1 << 6);
    /// [`CONTRIBUTED`], [`CONTRIBUTING`].
    const CONTRIB: Cues = Cues(1 << 7);
    /// The verb of [`REPORTED_FROM`].
    const VERB: Cues = Cues(1 << 8);
    /// The `from` of [`REPORTED_FROM`].
    const FROM: Cues = Cues(1 << 9);
    /// [`COPYRIGHT`].
    const COPYRIGHT: Cues = Cues(1 << 10);
    /// [`EDITORS_NOTE`].
    const NOTE: Cues = Cues(1 << 11);
    /// [`CORRECTION`].
    const CORRECTION: Cues = Cues(1 << 12);
    /// [`TAIL`].
    const TAIL: Cues = Cues(1 << 13);
    /// Every family.
    const ALL: Cues = Cues(u16::MAX);

    /// The family named `name` in `credit_cues.txt`.
    fn family(name: &str) -> Cues {
        match name {
            "feed" => Cues::FEED,
            "origin" => Cues::ORIGIN,
            "photo" => Cues::PHOTO,
            "slash" => Cues::SLASH,
            "inputs" => Cues::INPUTS,
            "english" => Cues::ENGLISH,
            "contrib" => Cues::CONTRIB,
            "verb" => Cues::VERB,
            "from" => Cues::FROM,
            "copyright" => Cues::COPYRIGHT,
            "note" => Cues::NOTE,
            "correction" => Cues::CORRECTION,
            "tail" => Cues::TAIL,
            "all" => Cues::ALL,
            other => panic!("credit_cues.txt: unknown family {other:?}"),
        }
    }

    /// The cues found in `text`.
    fn of(text: &str) -> Cues {
        Cues(CUE_WORDS.scan(text))
    }

    /// The cue words (`credit_cues.txt` and the role phrases) with their families, as
    /// Aho-Corasick would find them (ASCII-case-insensitive, overlapping).
    fn words() -> impl Iterator<Item = (&'static str, Cues)> {
        let words = data_lines(include_str!("lexicon/credit_cues.txt")).map(|line| {
            let (word, families) = line
                .split_once('|')
                .expect("credit_cues.txt: expected `word | families`");
            let bits = families
                .split(',')
                .map(|f| Cues::family(f.trim()))
                .fold(Cues(0), |a, b| Cues(a.0 | b.0));
            (word.trim(), bits)
        });
        let roles = ROLES.phrases.iter().map(|&p| (p, Cues::FOOTER));
        words.chain(roles)
    }

    /// Whether any cue of `family` was found.
    fn has(self, family: Cues) -> bool {
        self.0 & family.0 != 0
    }
}

// ---------------------------------------------------------------------------------------------
// Classifying a segment

#[derive(Debug)]
enum Slot<'h> {
    Part(CreditPart<'h>),
    Photo,
    Correction,
    EditorsNote,
    /// Boilerplate that continues a notice (`All rights reserved.`, `Read the original article.`).
    Tail,
    Other,
}

static PHOTO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)
        ^(?:file\s*[.:]?\s*)?(?:[a-z]+\s+)?(?:photo|photos|photograph|photographs|image|images|picture|pictures|pic|pics|video|graphic|graphics|illustration|photographer|cartoon)\b\s*(?:credits?|courtesy|by\b|:|\||/|\)|$)
        | \b(?:photo|image|picture|video)s?\s*(?:credits?|courtesy)?\s*[:|]
        | \bphoto\s*/
        | \b(?:photo|image|picture)s?\s+(?:by|courtesy)\b
        | \bgetty\s+images\b
        | ^(?:file|archive)\s+(?:photo|picture|image)s?\b
        | ^(?:in\s+)?(?:this|a|the)\s+(?:file\s+)?(?:photo|picture|image|handout\s+photo)\b
        | ^[^()]{0,40}\s+photo$
        ",
    )
    .unwrap()
});

/// A wire photographer's credit: `REUTERS/Jane Doe`, `AFP/Getty Images`, `EPA-EFE/JANE DOE`.
static PHOTOGRAPHER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|[\s(])(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA|UPI|PTI|ANI|IANS|POOL|HANDOUT|Reuters|Xinhua|Getty Images)(?:\s+(?:PHOTO|Photo|photo))?\s*/\s*\p{Lu}[\p{L}'’.-]*\s+\p{Lu}")
        .unwrap()
});

static CORRECTION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)
        ^(?:corrections?|clarifications?|updates?|updated|correction\s+appended)\s*[:.\-—]
        | ^this\s+(?:story|article|report|post|piece|version|column)\s+(?:has\s+been|was|is\s+being|had\s+been)\s+(?:corrected|amended|updated|clarified|changed|revised|edited\s+to)
        | ^an?\s+(?:earlier|previous)\s+version\s+of\s+this
        | ^(?:corrects|updates|adds|recasts|refiles|removes|changes)\s+\S
        ",
    )
    .unwrap()
});

static EDITORS_NOTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:editor['’]?s['’]?\s+note|note\s+to\s+(?:readers|editors)|disclaimer)\s*[:.\-—]",
    )
    .unwrap()
});

static TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:all\s+rights\s+reserved|this\s+material\s+may\s+not|distributed\s+by|reprinted\s+with\s+permission|used\s+with\s+permission|read\s+the\s+original|for\s+reprint|may\s+not\s+be\s+(?:published|reproduced))",
    )
    .unwrap()
});

fn classify<'h>(h: &'h str, seg: &Seg, opts: Options) -> Slot<'h> {
    // Most segments are story sentences: one pass over the cue words rules out the shapes
    // whose words they lack, before any of those shapes' regexes run.
    classify_given(h, seg, opts, Cues::of(&h[seg.body.range()]))
}

/// A credit shape: the credit part a segment holds in that shape, if it does.
type Shape = for<'h> fn(&'h str, &Seg) -> Option<CreditPart<'h>>;

/// [`classify`], trying only the shapes whose cues are in `cues` (all of them with [`Cues::ALL`]).
fn classify_given<'h>(h: &'h str, seg: &Seg, opts: Options, cues: Cues) -> Slot<'h> {
    let body = &h[seg.body.range()];
    if body.is_empty() {
        return Slot::Other;
    }
    if let Some(p) = syndication(h, seg, cues) {
        return Slot::Part(p);
    }
    if (cues.has(Cues::PHOTO) && PHOTO.is_match(body))
        || (cues.has(Cues::SLASH) && PHOTOGRAPHER.is_match(body))
    {
        return Slot::Photo;
    }
    if cues.has(Cues::NOTE) && EDITORS_NOTE.is_match(body) {
        return Slot::EditorsNote;
    }
    if cues.has(Cues::CORRECTION) && CORRECTION.is_match(body) {
        return Slot::Correction;
    }
    if cues.has(Cues::TAIL) && TAIL.is_match(body) {
        return Slot::Tail;
    }
    // The shapes in the order they are tried, each with whether its cues are there.
    let shapes: [(bool, Shape); 7] = [
        (cues.has(Cues::INPUTS), inputs),
        (cues.has(Cues::FOOTER), footer),
        (cues.has(Cues::ENGLISH), translated),
        (cues.has(Cues::CONTRIB), contributed),
        (cues.has(Cues::VERB) && cues.has(Cues::FROM), reported_from),
        (cues.has(Cues::CONTRIB), contributing),
        (cues.has(Cues::COPYRIGHT), copyright),
    ];
    let found = shapes
        .iter()
        .filter(|(cued, _)| *cued)
        .find_map(|(_, shape)| shape(h, seg))
        .or_else(|| {
            if opts.signoffs {
                signoff(h, seg, opts.weak_signoffs)
            } else {
                None
            }
        });
    found.map_or(Slot::Other, Slot::Part)
}

/// Joins boilerplate that continues a copyright or syndication notice to it.
fn absorb_tails<'h>(h: &'h str, segs: &[Seg], slots: &mut [Slot<'h>]) {
    let mut last: Option<usize> = None;
    for i in 0..slots.len() {
        match &slots[i] {
            Slot::Part(p) => {
                last =
                    matches!(p.kind, CreditKind::Copyright | CreditKind::Syndication).then_some(i);
            }
            Slot::Tail => {
                if let Some(j) = last {
                    let tail = segs[i].outer;
                    let extra: Vec<Outlet<'h>> = registry_mentions(h, tail);
                    if let Slot::Part(p) = &mut slots[j] {
                        p.text = Snippet::at(h, p.span().cover(tail));
                        if p.kind == CreditKind::Copyright {
                            for o in extra {
                                push_agency(&mut p.agencies, o);
                            }
                        }
                    }
                } else if let Some(p) = distributed_by(h, &segs[i]) {
                    slots[i] = Slot::Part(p);
                    last = Some(i);
                }
            }
            _ => last = None,
        }
    }
}

fn registry_mentions(h: &str, span: Span) -> Vec<Outlet<'_>> {
    agency::find_iter(&h[span.range()])
        .filter(|m| !m.ambiguous)
        .map(|m| Outlet {
            name: Snippet::at(h, m.name.span().shift(span.start)),
            agency: Some(m.agency),
        })
        .collect()
}

fn push_agency<'h>(list: &mut Vec<Outlet<'h>>, o: Outlet<'h>) {
    let dup = list.iter().any(|x| match (x.agency, o.agency) {
        (Some(a), Some(b)) => a == b,
        (None, None) => x.name.as_str().eq_ignore_ascii_case(o.name.as_str()),
        _ => false,
    });
    if !dup {
        list.push(o);
    }
}

// ---------------------------------------------------------------------------------------------
// Syndication

static SYND_FEED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:syndicated|wire|agency)(?:\s+(?:agency|news|wire|content))*\s+feeds?\b")
        .unwrap()
});

static SYND_OUTLET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i:edited|reworked|modified|changed)\s+(?i:by)\s+(?i:the\s+)?(?P<o>\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4}?)(?:['’]s?)?\s+(?i:staff|editorial|team|desk|editors|newsroom)",
    )
    .unwrap()
});

static SYND_ORIGIN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?i:(?:a\s+version\s+of\s+)?(?:this|the)\s+(?:article|story|piece|report|post|column|commentary|op-ed|essay|interview|analysis|content)\b)(?P<mid>.{0,60}?)\b(?P<verb>(?i:(?:originally|first)\s+(?:published|appeared|ran|posted)|re-?published|appeared\s+(?:originally|first)))\s+(?i:on|in|by|from|at|with)\s+(?P<src>(?:(?i:the)\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,5})(?P<after>['’]?)(?:\s+(?P<next>\S+))?",
    )
    .unwrap()
});

/// What follows the source name in `… originally published in X newsletter`: not a syndication
/// credit but a promotion.
const NOT_SYNDICATION_AFTER: &[&str] = &[
    "newsletter",
    "newsletters",
    "podcast",
    "episode",
    "edition",
    "magazine",
    "section",
    "blog",
    "print",
];

fn syndication<'h>(h: &'h str, seg: &Seg, cues: Cues) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let base = seg.body.start;
    if cues.has(Cues::FEED) && SYND_FEED.is_match(body) {
        let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
        if let Some(c) = SYND_OUTLET.captures(body) {
            let o = c.name("o").expect("group");
            let span = Span::new(base + o.start(), base + o.end());
            let span = trim_punct(h, span);
            if !span.is_empty() {
                p.outlet = Some(Snippet::at(h, span));
            }
        }
        return Some(p);
    }
    if !cues.has(Cues::ORIGIN) {
        return None;
    }
    let c = SYND_ORIGIN.captures(body)?;
    if !c.name("after").is_some_and(|m| m.as_str().is_empty()) {
        return None;
    }
    if let Some(next) = c.name("next") {
        let w = lower(next.as_str().trim_matches(|c: char| !c.is_alphanumeric()));
        if NOT_SYNDICATION_AFTER.contains(&w.as_str()) {
            return None;
        }
    }
    let src = c.name("src").expect("group");
    let mut span = trim_punct(h, Span::new(base + src.start(), base + src.end()));
    let text = &h[span.range()];
    let agency_of = |s: Span| -> Option<Agency> { Agency::lookup(&h[s.range()]) };
    let mut agency = agency_of(span);
    if agency.is_none()
        && let Some(rest) = text.strip_prefix("the ").or(text.strip_prefix("The "))
    {
        let s2 = Span::new(span.end - rest.len(), span.end);
        if let Some(a) = agency_of(s2) {
            agency = Some(a);
            span = s2;
        }
    }
    let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
    p.agencies.push(Outlet {
        name: Snippet::at(h, span),
        agency,
    });
    Some(p)
}

static DISTRIBUTED: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?i:distributed\s+by)\s+(?P<o>.{2,80}?)[\s.]*$").unwrap());

fn distributed_by<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    DISTRIBUTED.captures(body)?;
    let agencies = registry_mentions(h, seg.body);
    if agencies.is_empty() {
        return None;
    }
    let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
    p.agencies = agencies;
    Some(p)
}

/// `span` without surrounding whitespace and punctuation other than a closing full stop of an
/// abbreviation.
fn trim_punct(h: &str, span: Span) -> Span {
    let s = &h[span.range()];
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
    let start = span.start + (s.len() - t.len());
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
    let mut end = start + t.len();
    if h[start..end].ends_with('.') && !keeps_full_stop(&h[start..end]) {
        end -= 1;
    }
    Span::new(start, end)
}

/// Whether a name ending in `.` keeps the stop: an initial, a suffix or a place abbreviation
/// (`Jr.`, `Penn.`, `Tallahassee, Fla.`, `S.A.`).
fn keeps_full_stop(s: &str) -> bool {
    let last = s.rsplit([' ', ',']).next().unwrap_or(s);
    let l = lower(last);
    PLACES.contains(l.as_str())
        || ["jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "st."].contains(&l.as_str())
        || {
            let core = last.trim_end_matches('.');
            core.chars().count() <= 1 || core.contains('.')
        }
}

// ---------------------------------------------------------------------------------------------
// Inputs

static INPUTS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        ^(?:
            (?i:with\s+(?:additional\s+|more\s+|some\s+)?(?:inputs?|files)\s+(?:from|by|of))\s*:?\s+(?P<l1>.+?)
          | (?i:with)\s+(?P<l2>.{1,80}?)\s+(?i:inputs?)
          | (?i:inputs?)\s*(?:(?i:from|by)\s+|[:\-–—]\s*)(?P<l3>.+?)
          | (?i:with\s+inputs?)
          | (?i:sources?)\s*:\s*(?P<l5>.{1,120}?)
          | (?i:(?:material|information|reporting|content)\s+from)\s+(?P<l4>.{1,120}?)\s+(?i:(?:was|were|has\s+been|have\s+been)\s+used\s+in\s+(?:this|the)\s+(?:report|story|article))
        )[\s.]*$",
    )
    .unwrap()
});

fn inputs<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = INPUTS.captures(body)?;
    let mut p = CreditPart::new(CreditKind::Inputs, h, seg.outer);
    let list = c
        .name("l1")
        .or(c.name("l2"))
        .or(c.name("l3"))
        .or(c.name("l4"))
        .or(c.name("l5"));
    if let Some(m) = c.name("l5") {
        // `Source: Al Jazeera and news agencies`: only when an agency is named.
        let span = Span::new(seg.body.start + m.start(), seg.body.start + m.end());
        let named = split_list(h, span, true)
            .iter()
            .any(|s| is_generic(&h[s.range()]) || whole_agency(h, *s, false).is_some());
        if !named {
            return None;
        }
    }
    if let Some(m) = list {
        if m.len() > 160 {
            return None;
        }
        let span = Span::new(seg.body.start + m.start(), seg.body.start + m.end());
        for item in split_list(h, span, true) {
            let t = &h[item.range()];
            if is_generic(t) {
                continue;
            }
            if let Some(o) = whole_agency(h, item, true) {
                push_agency(&mut p.agencies, o);
                continue;
            }
            if !t.split_whitespace().all(starts_upper_or_connector) {
                return None;
            }
            push_agency(
                &mut p.agencies,
                Outlet {
                    name: Snippet::at(h, item),
                    agency: None,
                },
            );
        }
    }
    Some(p)
}

fn starts_upper_or_connector(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || ["of", "the", "de", "for", "and"].contains(&w)
}

/// The registry agency that `span` names as a whole (`the` allowed in front).
fn whole_agency(h: &str, span: Span, allow_ambiguous: bool) -> Option<Outlet<'_>> {
    let mut span = span;
    let t = &h[span.range()];
    if let Some(rest) = t.strip_prefix("the ").or(t.strip_prefix("The "))
        && Agency::lookup(rest).is_some()
    {
        span = Span::new(span.end - rest.len(), span.end);
    }
    let t = &h[span.range()];
    let a = Agency::lookup(t)?;
    if !allow_ambiguous {
        let m = agency::find_iter(t).next();
        if m.is_some_and(|m| m.ambiguous && m.name.span().len() == t.len()) {
            return None;
        }
    }
    Some(Outlet {
        name: Snippet::at(h, span),
        agency: Some(a),
    })
}

// ---------------------------------------------------------------------------------------------
// Lists of names

/// Splits a list on commas, semicolons, slashes (when `slash`), `and` and `&`, outside
/// brackets; returns the trimmed items.
fn split_list(h: &str, span: Span, slash: bool) -> Vec<Span> {
    static SEP: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+").unwrap());
    static SEP_SLASH: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)\s*[,;/]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+").unwrap());
    let re = if slash { &*SEP_SLASH } else { &*SEP };
    let text = &h[span.range()];
    let mut out = Vec::new();
    let mut last = 0;
    let mut depth = Depth::default();
    for m in re.find_iter(text) {
        if depth.at(text, m.start()) > 0 {
            continue;
        }
        out.push(Span::new(span.start + last, span.start + m.start()));
        last = m.end();
    }
    out.push(Span::new(span.start + last, span.end));
    out.into_iter()
        .map(|s| trim_punct(h, s.trim(h)))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Bracket depth at increasing offsets of one text, computed incrementally.
#[derive(Default)]
struct Depth {
    pos: usize,
    depth: usize,
}

impl Depth {
    /// The depth at `at`; `at` must not decrease between calls.
    fn at(&mut self, text: &str, at: usize) -> usize {
        if at > self.pos {
            for c in text[self.pos..at].chars() {
                match c {
                    '(' | '[' => self.depth += 1,
                    ')' | ']' => self.depth = self.depth.saturating_sub(1),
                    _ => {}
                }
            }
            self.pos = at;
        }
        self.depth
    }
}

/// Words (with spans) of `span`.
fn words(h: &str, span: Span) -> Vec<Span> {
    let text = &h[span.range()];
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Span::new(span.start + s, span.start + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Span::new(span.start + s, span.end));
    }
    out
}

static NAME_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:\p{Lu}\.){1,3}|(?:Mc|Mac|O'|O’|D'|D’)\p{Lu}[\p{L}'’-]*|II|III|IV)$")
        .unwrap()
});

const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "del", "della", "di", "la",
    "le", "bin", "binti", "ibn", "al", "el", "y", "ter", "zu",
];

/// The span of a person's name if `span` is one (1 to 6 capitalised words, particles between).
fn person_name(h: &str, span: Span) -> Option<Span> {
    let ws = words(h, span);
    if ws.is_empty() || ws.len() > 6 {
        return None;
    }
    for (i, w) in ws.iter().enumerate() {
        let t = &h[w.range()];
        let inner = i > 0 && i + 1 < ws.len();
        if inner && PARTICLES.contains(&t) {
            continue;
        }
        if !NAME_WORD.is_match(t) || SOURCES.not_name.contains(lower(t).as_str()) {
            return None;
        }
    }
    let all = &h[span.range()];
    // A single all-capital word is an outlet (`CNN`), not a surname.
    if ws.len() == 1
        && all
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return None;
    }
    Some(trim_punct(h, span))
}

#[derive(Debug, Clone, Copy)]
enum Item<'h> {
    Person {
        name: Span,
        location: Option<Span>,
        affiliation: Option<Outlet<'h>>,
        /// The affiliation was written after the name (`A and B of The Washington Times`), so
        /// it applies to the names before it too.
        trailing: bool,
    },
    Outlet(Outlet<'h>),
    Generic,
}

static POSSESSIVE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?P<aff>\p{Lu}[^'’]{0,40}?)(?:['’]s|['’])\s+").unwrap());
static LOCATION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\s+(?:in|from|at)\s+(?P<loc>\p{Lu}[\p{L}\p{M}\p{N}'’./-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’./-]*)*)$").unwrap()
});
static OF_STAFF: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\s+(?i:of)\s+(?P<the>(?i:the)\s+)?(?P<org>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)(?P<staff>\s+(?i:staff|newsroom|bureau|team))?$").unwrap()
});

/// Reads one list item: `[Outlet's] [Outlet] [titles] Name [in Place] [of the Outlet staff]`, an
/// agency (`The Associated Press`), or a generic source (`agencies`).
fn parse_item(h: &str, span: Span) -> Option<Item<'_>> {
    let text = &h[span.range()];
    if is_generic(text) {
        return Some(Item::Generic);
    }
    if let Some(o) = whole_agency(h, span, false) {
        return Some(Item::Outlet(o));
    }
    let mut span = span;
    let mut affiliation: Option<Outlet<'_>> = None;
    let mut trailing = false;
    let mut location = None;
    if let Some(c) = OF_STAFF.captures(&h[span.range()]).filter(|c| {
        let org = c.name("org").map_or("", |m| m.as_str());
        c.name("the").is_some() || c.name("staff").is_some() || Agency::lookup(org).is_some()
    }) {
        let org = c.name("org").expect("group");
        let org = Span::new(span.start + org.start(), span.start + org.end());
        affiliation = Some(outlet_at(h, org));
        trailing = true;
        span = Span::new(span.start, span.start + c.get(0).expect("match").start());
    }
    if let Some(c) = LOCATION.captures(&h[span.range()]) {
        let loc = c.name("loc").expect("group");
        location = Some(trim_punct(
            h,
            Span::new(span.start + loc.start(), span.start + loc.end()),
        ));
        span = Span::new(span.start, span.start + c.get(0).expect("match").start());
    }
    if let Some(c) = POSSESSIVE.captures(&h[span.range()]) {
        let aff = c.name("aff").expect("group");
        let aff = Span::new(span.start + aff.start(), span.start + aff.end());
        if affiliation.is_none() {
            affiliation = Some(outlet_at(h, aff));
        }
        span = Span::new(span.start + c.get(0).expect("match").end(), span.end);
    }
    let ws = words(h, span);
    let first_title = ws.iter().position(|w| is_title(&h[w.range()]));
    let name_from = match first_title {
        None => 0,
        Some(i) => {
            if i > 0 {
                let before = Span::new(ws[0].start, ws[i - 1].end);
                if !ws[..i]
                    .iter()
                    .all(|w| starts_upper_or_connector(&h[w.range()]))
                {
                    return None;
                }
                if affiliation.is_none() {
                    affiliation = Some(outlet_at(h, before));
                }
            }
            let mut j = i;
            while j < ws.len() {
                let t = &h[ws[j].range()];
                if is_title(t) || ["of", "for", "at", "the", "on"].contains(&t) {
                    j += 1;
                } else {
                    break;
                }
            }
            j
        }
    };
    let rest = &ws[name_from..];
    let rest_lower = rest.iter().all(|w| {
        h[w.range()]
            .chars()
            .next()
            .is_some_and(|c| !c.is_uppercase())
    });
    if rest.is_empty() || (first_title.is_some() && rest_lower) {
        // `Associated Press reporters around the world`: the outlet itself.
        return affiliation.map(Item::Outlet);
    }
    let name_span = Span::new(rest[0].start, rest[rest.len() - 1].end);
    if first_title.is_none() && affiliation.is_none() {
        // An outlet written with an organisation word, not a person.
        if let Some(o) = whole_agency(h, name_span, false) {
            return Some(Item::Outlet(o));
        }
        // An agency and one of its units: `Reuters TV`, `AFP Video`.
        if let Some(m) = agency::find_iter(&h[name_span.range()]).next()
            && m.name.start() == 0
            && !m.ambiguous
        {
            return Some(Item::Outlet(Outlet {
                name: Snippet::at(h, m.name.span().shift(name_span.start)),
                agency: Some(m.agency),
            }));
        }
    }
    let name = person_name(h, name_span)?;
    Some(Item::Person {
        name,
        location,
        affiliation,
        trailing,
    })
}

fn outlet_at(h: &str, span: Span) -> Outlet<'_> {
    let span = trim_punct(h, span);
    match whole_agency(h, span, true) {
        Some(o) => o,
        None => Outlet {
            name: Snippet::at(h, span),
            agency: None,
        },
    }
}

/// Whether an item only continues the location before it (`Fla.` after `Tallahassee`).
fn continues_location(h: &str, span: Span) -> bool {
    let t = lower(h[span.range()].trim());
    PLACES.contains(t.as_str())
}

/// Parses a list of contributors sharing one role; a location applies to the names before it
/// (back to the previous location) and an affiliation to the names after it. Returns `None`
/// when an item is neither a name nor an outlet.
fn parse_people<'h>(
    h: &'h str,
    span: Span,
    role: Role,
    agencies: &mut Vec<Outlet<'h>>,
) -> Option<Vec<Contributor<'h>>> {
    let raw = split_list(h, span, false);
    // Merge location continuations and name suffixes into the item before them.
    let mut items: Vec<Span> = Vec::new();
    for s in raw {
        let t = &h[s.range()];
        let prev_has_place = items
            .last()
            .is_some_and(|p| LOCATION.is_match(&h[p.range()]) || continues_location(h, *p));
        let suffix = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"].contains(&t);
        if let Some(last) = items.last_mut()
            && ((prev_has_place && continues_location(h, s)) || suffix)
        {
            *last = last.cover(s);
            continue;
        }
        items.push(s);
    }
    let mut people: Vec<Contributor<'h>> = Vec::new();
    let mut pending_location: Vec<usize> = Vec::new();
    let mut current_aff: Option<Outlet<'h>> = None;
    for s in items {
        match parse_item(h, s)? {
            Item::Generic => {}
            Item::Outlet(o) => {
                push_agency(agencies, o);
                current_aff = None;
            }
            Item::Person {
                name,
                location,
                affiliation,
                trailing,
            } => {
                if trailing {
                    for person in people.iter_mut().rev() {
                        if person.affiliation.is_some() {
                            break;
                        }
                        person.affiliation = affiliation;
                    }
                } else if affiliation.is_some() {
                    current_aff = affiliation;
                }
                people.push(Contributor {
                    name: Snippet::at(h, name),
                    role,
                    location: location.map(|l| Snippet::at(h, l)),
                    affiliation: affiliation.or(current_aff),
                });
                if let Some(l) = location {
                    for k in pending_location.drain(..) {
                        people[k].location = Some(Snippet::at(h, l));
                    }
                } else {
                    pending_location.push(people.len() - 1);
                }
            }
        }
    }
    Some(people)
}

// ---------------------------------------------------------------------------------------------
// Footers: `(Reporting by …; Editing by …)`, `Additional reporting by …`, `Compiled by …`

static LIST_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\s+(?:from|with|based\s+on|using)\s+(?:the\s+)?(?:agency|agencies|wire|wires|news|staff|reports?|inputs?)\b.*$|\s*\(\(.*$|\s*[\w.+-]+@[\w.-]+.*$").unwrap()
});

fn footer<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let base = seg.body.start;
    let lex = &*ROLES;
    let mut starts: Vec<(Span, Role, CreditKind)> = Vec::new();
    for m in lex.automaton.find_iter(body) {
        let span = Span::new(base + m.start(), base + m.end());
        if !agency::is_word_boundary(h, span) {
            continue;
        }
        let before = body[..m.start()].trim_end();
        let clause_start = before.is_empty()
            || before.ends_with([';', ',', '.', ':', '|'])
            || before.ends_with(" and")
            || before.ends_with(')');
        if !clause_start {
            continue;
        }
        if starts.is_empty() && !before.is_empty() {
            return None;
        }
        let (role, kind) = lex.entries[m.pattern().as_usize()];
        starts.push((span, role, kind));
    }
    if starts.is_empty() {
        return None;
    }
    let kind = if starts.iter().any(|s| s.2 == CreditKind::ReportingFooter) {
        CreditKind::ReportingFooter
    } else {
        CreditKind::Contributors
    };
    let mut p = CreditPart::new(kind, h, seg.outer);
    for (k, &(phrase, role, _)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(seg.body.end, |s| s.0.start);
        let mut list = Span::new(phrase.end, end);
        // `Edited by : Name`
        let t = &h[list.range()];
        let t2 = t.trim_start().trim_start_matches(':');
        list = Span::new(list.end - t2.len(), list.end);
        if let Some(m) = LIST_TAIL.find(&h[list.range()]) {
            list = Span::new(list.start, list.start + m.start());
        }
        let list = trim_list_end(h, list);
        if list.is_empty() {
            continue;
        }
        match parse_people(h, list, role, &mut p.agencies) {
            Some(people) => p.contributors.extend(people),
            None if k == 0 => return None,
            None => {}
        }
    }
    (!p.contributors.is_empty() || !p.agencies.is_empty()).then_some(p)
}

/// Trims `; , . and` and whitespace from the end of a list (keeping an abbreviation's stop).
fn trim_list_end(h: &str, span: Span) -> Span {
    let mut span = trim_punct(h, span.trim(h));
    loop {
        let t = &h[span.range()];
        let t2 = t
            .trim_end_matches(|c: char| c.is_whitespace() || ";,".contains(c))
            .trim_end();
        let t3 = t2.strip_suffix(" and").unwrap_or(t2);
        if t3.len() == t.len() {
            break;
        }
        span = trim_punct(h, Span::new(span.start, span.start + t3.len()));
    }
    span
}

// ---------------------------------------------------------------------------------------------
// Contributor lines

static TRANSLATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i:\b(?:re-?written|translated|rendered)\s+(?:in|into)\s+English\s+by)\s+(?P<list>[^.;()]+?)\s*(?:[.;)]|$)")
        .unwrap()
});

/// `… has been rewritten in English by A.`, `Translated into English by A and B`.
fn translated<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = TRANSLATED.captures(body)?;
    let list = c.name("list").expect("group");
    let list = Span::new(seg.body.start + list.start(), seg.body.start + list.end());
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    p.contributors = parse_people(h, list, Role::Writing, &mut p.agencies)?;
    (!p.contributors.is_empty()).then_some(p)
}

static CONTRIBUTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<list>.+?)\s+(?i:(?:also|all|each|both)\s+)?(?i:contributed)\b(?P<tail>.*)$")
        .unwrap()
});

static CONTRIBUTED_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?P<what>\s+(?P<res>(?i:additional\s+)?(?i:research))|\s+(?i:additional\s+)?(?i:reporting)|\s+(?i:to)\s+(?i:this|the|that|our|these)\s+(?:\w+\s+){0,2}?(?i:report|reports|story|stories|article|articles|piece|post|coverage|dispatch|analysis|update|column|blog|feature|roundup|reporting))?(?:\s+(?i:from)\s+(?P<loc>\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*)*))?(?P<rest>.*)$",
    )
    .unwrap()
});

fn contributed<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    let mut any = false;
    for clause in split_on(h, seg.body, ';') {
        match contributed_clause(h, clause, &mut p) {
            Some(()) => any = true,
            None if any => {}
            None => return None,
        }
    }
    any.then_some(p)
}

/// One clause of a contributor line: `A and B contributed reporting from X, and C from Y`.
fn contributed_clause<'h>(h: &'h str, clause: Span, p: &mut CreditPart<'h>) -> Option<()> {
    let body = &h[clause.range()];
    let base = clause.start;
    let c = CONTRIBUTED.captures(body)?;
    let tail = c.name("tail").expect("group");
    let t = CONTRIBUTED_TAIL.captures(tail.as_str())?;
    let rest_m = t.name("rest");
    let rest = rest_m.map_or("", |m| m.as_str()).trim();
    if t.name("what").is_none() && !(rest.is_empty() || rest == ".") {
        return None;
    }
    // `…, and B from Y`: more names, each with a place.
    let mut more: Vec<(Span, Span)> = Vec::new();
    if t.name("loc").is_some()
        && let Some(r) = rest_m
    {
        let at = base + tail.start() + r.start();
        let rest_span = Span::new(at, at + r.len());
        let text = &h[rest_span.range()];
        let mut pos = 0;
        let mut pending: Option<Span> = None;
        for m in AND_FROM.captures_iter(text) {
            let whole = m.get(0).expect("match");
            if whole.start() != pos && pending.is_none() {
                break;
            }
            if let Some(n) = pending.take() {
                more.push((
                    n,
                    Span::new(rest_span.start + pos, rest_span.start + whole.start()),
                ));
            }
            let n = m.name("n").expect("group");
            pending = Some(Span::new(
                rest_span.start + n.start(),
                rest_span.start + n.end(),
            ));
            pos = whole.end();
        }
        if let Some(n) = pending {
            let end = text[pos..]
                .find(['.', ';'])
                .filter(|&i| !keeps_full_stop(&text[pos..pos + i + 1]))
                .map_or(text.len(), |i| pos + i);
            more.push((n, Span::new(rest_span.start + pos, rest_span.start + end)));
        }
    }
    let role = if t.name("res").is_some() {
        Role::Research
    } else {
        Role::Contributed
    };
    let list = c.name("list").expect("group");
    if list.len() > 600 {
        return None;
    }
    let list = Span::new(base + list.start(), base + list.end());
    let mut agencies = Vec::new();
    let mut people = parse_people(h, list, role, &mut agencies)?;
    if let Some(loc) = t.name("loc") {
        let at = base + tail.start();
        let l = trim_punct(h, Span::new(at + loc.start(), at + loc.end()));
        for person in people.iter_mut().filter(|x| x.location.is_none()) {
            person.location = Some(Snippet::at(h, l));
        }
    }
    if people.is_empty() && agencies.is_empty() && !is_generic_list(h, list) {
        return None;
    }
    for (n, loc) in more {
        let loc = trim_punct(h, loc);
        if let Some(name) = person_name(h, n)
            && !loc.is_empty()
        {
            people.push(Contributor {
                name: Snippet::at(h, name),
                role,
                location: Some(Snippet::at(h, loc)),
                affiliation: None,
            });
        }
    }
    p.contributors.extend(people);
    for a in agencies {
        push_agency(&mut p.agencies, a);
    }
    Some(())
}

fn is_generic_list(h: &str, span: Span) -> bool {
    split_list(h, span, false)
        .iter()
        .all(|s| is_generic(&h[s.range()]))
}

static REPORTED_FROM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<list>.+?)\s+(?P<verb>(?i:reported|wrote|reports|writes|filed|reporting))\s+(?i:from)\s+(?P<rest>\p{Lu}.*?)\s*$").unwrap()
});
static AND_FROM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r",?\s+(?i:and)\s+(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:(?i:reported|wrote)\s+)?(?i:from)\s+").unwrap()
});

/// `Lemire reported from Washington.`, `A reported from X, and B from Y.`, `B wrote from Atlanta`.
fn reported_from<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    let mut any = false;
    for clause in split_on(h, seg.body, ';') {
        let text = &h[clause.range()];
        let Some(c) = REPORTED_FROM.captures(text) else {
            if any {
                continue;
            }
            return None;
        };
        let role = match lower(c.name("verb").expect("group").as_str()).as_str() {
            "wrote" | "writes" => Role::Writing,
            _ => Role::Reporting,
        };
        let list = c.name("list").expect("group");
        let list = Span::new(clause.start + list.start(), clause.start + list.end());
        let rest = c.name("rest").expect("group");
        let rest = Span::new(clause.start + rest.start(), clause.start + rest.end());
        // Locations, and further `and B from Y` pairs.
        let mut groups: Vec<(Span, Span)> = Vec::new();
        let mut names = list;
        let mut loc_start = rest.start;
        for m in AND_FROM.captures_iter(&h[rest.range()]) {
            let whole = m.get(0).expect("match");
            let n = m.name("n").expect("group");
            groups.push((names, Span::new(loc_start, rest.start + whole.start())));
            names = Span::new(rest.start + n.start(), rest.start + n.end());
            loc_start = rest.start + whole.end();
        }
        groups.push((names, Span::new(loc_start, rest.end)));
        for (names, loc) in groups {
            let loc = trim_punct(h, loc);
            let lt = &h[loc.range()];
            if lt.is_empty()
                || lt.len() > 60
                || !lt
                    .split([' ', ',', '/'])
                    .filter(|w| !w.is_empty())
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                return None;
            }
            let mut agencies = Vec::new();
            let people = parse_people(h, names, role, &mut agencies)?;
            if !agencies.is_empty() || people.is_empty() {
                return None;
            }
            for mut person in people {
                if person.location.is_none() {
                    person.location = Some(Snippet::at(h, loc));
                }
                p.contributors.push(person);
            }
        }
        any = true;
    }
    any.then_some(p)
}

fn split_on(h: &str, span: Span, sep: char) -> Vec<Span> {
    let text = &h[span.range()];
    let mut out = Vec::new();
    let mut last = 0;
    for (i, c) in text.char_indices() {
        if c == sep {
            out.push(Span::new(span.start + last, span.start + i).trim(h));
            last = i + c.len_utf8();
        }
    }
    out.push(Span::new(span.start + last, span.end).trim(h));
    out.retain(|s| !s.is_empty());
    out
}

static CONTRIBUTING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(?:also\s+)?contributing(?:\s+(?:writers?|reporters?|editors?))?|contributors?|contributions\s+by)\s*:\s*(?P<list>.+?)[\s.]*$").unwrap()
});

/// `Contributing: A, USA TODAY; B and C, The Journal News`.
fn contributing<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = CONTRIBUTING.captures(body)?;
    let list = c.name("list").expect("group");
    let list = Span::new(seg.body.start + list.start(), seg.body.start + list.end());
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    for entry in split_on(h, list, ';') {
        let text = &h[entry.range()];
        // `Name, Affiliation`: the part after the last comma names an outlet.
        if text.len() > 300 {
            return None;
        }
        let mut depth = Depth::default();
        let split = text.match_indices(", ").map(|(i, _)| i).find(|&i| {
            depth.at(text, i) == 0 && (is_org_like(&text[i + 2..]) || has_caps_word(&text[i + 2..]))
        });
        let (names, aff) = match split {
            Some(i) => (
                Span::new(entry.start, entry.start + i),
                Some(outlet_at(h, Span::new(entry.start + i + 2, entry.end))),
            ),
            None => (entry, None),
        };
        let mut people = parse_people(h, names, Role::Contributed, &mut p.agencies)?;
        for person in &mut people {
            if person.affiliation.is_none() {
                person.affiliation = aff;
            }
        }
        p.contributors.extend(people);
    }
    (!p.contributors.is_empty()).then_some(p)
}

fn has_caps_word(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

// ---------------------------------------------------------------------------------------------
// Copyright

static COPYRIGHT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:(?:\((?i:c)\)|©|(?i:copyright)\b|\((?i:copyright)\))[\s,:]*)+
            (?:(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?[\s,.:]*)?
            (?:(?:\((?i:c)\)|©)[\s,]*)?
            (?P<h1>.*)
          | (?:19|20)\d{2},?\s+(?P<h2>.+?)[.,]?\s+(?i:all\s+rights\s+reserved).*
        )$",
    )
    .unwrap()
});
static HOLDER_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\s*(?:\||;|[.,]?\s*all\s+rights\s+reserved|[.,]?\s*distributed\s+by|\.\s+\p{Lu}).*$",
    )
    .unwrap()
});
static TRAILING_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"[\s,]*(?:19|20)\d{2}$").unwrap());

fn copyright<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = COPYRIGHT.captures(body)?;
    let holder = c.name("h1").or(c.name("h2")).expect("a holder group");
    let mut hs = Span::new(
        seg.body.start + holder.start(),
        seg.body.start + holder.end(),
    );
    if let Some(m) = HOLDER_END.find(&h[hs.range()]) {
        hs = Span::new(hs.start, hs.start + m.start());
    }
    if let Some(m) = TRAILING_YEAR.find(&h[hs.range()]) {
        hs = Span::new(hs.start, hs.start + m.start());
    }
    let hs = trim_punct(h, hs.trim(h));
    let mut p = CreditPart::new(CreditKind::Copyright, h, seg.outer);
    for o in registry_mentions(h, seg.body) {
        push_agency(&mut p.agencies, o);
    }
    if !hs.is_empty() {
        p.outlet = Some(Snippet::at(h, hs));
        let holder = &h[hs.range()];
        if p.agencies.is_empty() && (is_org_like(holder) || !holder.contains(char::is_whitespace)) {
            p.agencies.push(Outlet {
                name: Snippet::at(h, hs),
                agency: None,
            });
        }
    }
    Some(p)
}

// ---------------------------------------------------------------------------------------------
// Sign-offs

/// IANS-style desk codes: `ksk/vd`, `arm/sdg/ash`.
static DESK_CODES: Lazy<Regex> = Lazy::new(|| Regex::new(r"^[a-z]{2,4}(?:/[a-z]{2,4})+$").unwrap());

static ACRONYM_IN_PARENS_AT_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[^\p{L}]*\((?P<a>[^()]{2,40})\)\.?$").unwrap());

/// `— AFP`, `-- Reuters`, `(PTI)`, `--IANS`, `TNN`, `REUTER`, `PTI SUN DP KPS`, `SUN DP KPS SDG`.
fn signoff<'h>(h: &'h str, seg: &Seg, weak: bool) -> Option<CreditPart<'h>> {
    let mut body = seg.body;
    if !seg.paren && h[body.range()].contains('(') {
        // `2018-04-27-17:04:14 (IANS)`: a time stamp and the agency.
        if let Some(c) = ACRONYM_IN_PARENS_AT_END.captures(&h[body.range()]) {
            let a = c.name("a").expect("group");
            body = Span::new(body.start + a.start(), body.start + a.end());
        }
    }
    let text =
        h[body.range()].trim_end_matches(|c: char| c == '.' || c.is_whitespace() || c.is_control());
    let text = text.strip_suffix("&#3;").unwrap_or(text).trim_end();
    let body = Span::new(body.start, body.start + text.len());
    if text.is_empty() || text.len() > 60 {
        return None;
    }
    let mut p = CreditPart::new(CreditKind::Signoff, h, seg.outer);
    // The whole body is one agency (`AFP Relaxnews`, `Press Trust of India`).
    if let Some(o) = whole_agency(h, body, seg.paren) {
        p.agencies.push(o);
        return Some(p);
    }
    if text.chars().next().is_some_and(char::is_uppercase) && is_generic(text) {
        return Some(p);
    }
    // Several agencies: `AFP/Reuters`, `Reuters, AP`; `Staff and agencies`. (Without a
    // separator the list is one item, and no more than one is needed below.)
    let separated = text.contains([',', ';', '/', '&'])
        || text
            .as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"and"));
    let items = if separated {
        split_list(h, body, true)
    } else {
        Vec::new()
    };
    if items.len() > 1
        && text.chars().next().is_some_and(char::is_uppercase)
        && items.iter().all(|s| is_generic(&h[s.range()]))
    {
        return Some(p);
    }
    if items.len() > 1 {
        let all: Option<Vec<Outlet<'h>>> = items
            .iter()
            .map(|s| {
                whole_agency(h, *s, seg.paren).or_else(|| {
                    (weak && is_acronym(&h[s.range()])).then(|| Outlet {
                        name: Snippet::at(h, *s),
                        agency: None,
                    })
                })
            })
            .collect();
        if let Some(all) = all {
            p.agencies = all;
            return Some(p);
        }
    }
    // An agency and desk initials, or the initials alone.
    let ws = words(h, body);
    if ws.len() >= 2
        && ws[1..].iter().all(|w| {
            let code = &h[w.range()];
            code.contains('/') && DESK_CODES.is_match(code)
        })
        && let Some(o) = whole_agency(h, ws[0], false)
    {
        p.agencies.push(o);
        for w in &ws[1..] {
            let mut at = w.start;
            for code in h[w.range()].split('/') {
                p.desk.push(Snippet::at(h, Span::new(at, at + code.len())));
                at += code.len() + 1;
            }
        }
        return Some(p);
    }
    let initials = |w: &Span| {
        let t = &h[w.range()];
        (2..=4).contains(&t.len())
            && t.chars().all(|c| c.is_ascii_uppercase())
            && !SOURCES.not_outlet.contains(t)
    };
    if ws.len() >= 2 && ws[1..].iter().all(initials) {
        if let Some(o) = whole_agency(h, ws[0], false) {
            p.agencies.push(o);
            p.desk = ws[1..].iter().map(|w| Snippet::at(h, *w)).collect();
            return Some(p);
        }
        // Alone, desk codes are mostly consonant clusters (`SUN DP KPS SDG`), not words
        // (`HEAD TO HEAD`).
        let vowel_free = ws
            .iter()
            .filter(|w| !h[w.range()].contains(['A', 'E', 'I', 'O', 'U']))
            .count();
        if weak
            && ws.len() >= 3
            && initials(&ws[0])
            && ws.iter().all(initials)
            && 2 * vowel_free > ws.len()
        {
            p.desk = ws.iter().map(|w| Snippet::at(h, *w)).collect();
            p.weak = true;
            return Some(p);
        }
    }
    // An outlet the registry does not know, written as an acronym: `TNN`, `(DIPRO)`.
    if weak && ws.len() == 1 && is_acronym(text) {
        p.agencies.push(Outlet {
            name: Snippet::at(h, body),
            agency: None,
        });
        p.weak = true;
        return Some(p);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every credit line a test names that the parser accepts without sign-off rules must pass
    /// the article detector's prefilter, or the detector would miss it mid-story.
    fn check_prefilter(s: &str) {
        let opts = Options {
            signoffs: false,
            weak_signoffs: false,
        };
        if Credit::parse_with(s, Span::new(0, s.len()), opts).is_ok() {
            assert!(may_hold_credit(s), "the detector's prefilter misses {s:?}");
        }
    }

    fn kind(s: &str) -> Option<CreditKind> {
        check_prefilter(s);
        Credit::parse(s).ok().map(|c| c.kind())
    }

    fn agencies(s: &str) -> Vec<String> {
        check_prefilter(s);
        Credit::parse(s)
            .map(|c| c.agencies().map(|a| a.canonical().to_owned()).collect())
            .unwrap_or_default()
    }

    fn people(s: &str) -> Vec<(String, &'static str, Option<String>)> {
        check_prefilter(s);
        Credit::parse(s)
            .map(|c| {
                c.contributors()
                    .map(|p| {
                        (
                            p.name().as_str().to_owned(),
                            p.role().as_str(),
                            p.location().map(|l| l.as_str().to_owned()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn reason(s: &str) -> Reason {
        Credit::parse(s).unwrap_err().reason().clone()
    }

    #[test]
    fn inputs_shapes() {
        assert_eq!(kind("(With inputs from Reuters)"), Some(CreditKind::Inputs));
        assert_eq!(agencies("(With inputs from Reuters)"), ["Reuters"]);
        assert_eq!(
            agencies("(With inputs from PTI, ANI)"),
            ["Press Trust of India", "Asian News International"]
        );
        assert_eq!(kind("With agency inputs"), Some(CreditKind::Inputs));
        assert!(agencies("With agency inputs").is_empty());
        assert_eq!(
            kind("(With inputs from agencies)"),
            Some(CreditKind::Inputs)
        );
        assert!(agencies("(With inputs from agencies)").is_empty());
        assert_eq!(
            agencies("— With inputs from IANS"),
            ["Indo-Asian News Service"]
        );
        assert_eq!(agencies("(With PTI Inputs)"), ["Press Trust of India"]);
        assert_eq!(
            agencies("(With inputs from ANI/IANS/Reuters)"),
            [
                "Asian News International",
                "Indo-Asian News Service",
                "Reuters"
            ]
        );
        assert_eq!(agencies("(With inputs from TNN)"), ["TNN"]);
    }

    #[test]
    fn inputs_negatives() {
        assert!(Credit::parse("Following inputs from intelligence agencies that the two convicts could be attacked, the judge moved the hearing.").is_err());
        assert!(
            Credit::parse(
                "The TV features three distinct HDMI inputs, two USB inputs and an Ethernet port."
            )
            .is_err()
        );
    }

    #[test]
    fn reporting_footer_roles_locations() {
        let s = "(Reporting by Hyonhee Shin in Seoul and Jane Doe in Tokyo; Additional reporting by Xi Li; Writing by Yu Wang; Editing by Zoe Park and Will Hunt)";
        assert_eq!(kind(s), Some(CreditKind::ReportingFooter));
        let ps = people(s);
        let expect = [
            ("Hyonhee Shin", "reporting", Some("Seoul")),
            ("Jane Doe", "reporting", Some("Tokyo")),
            ("Xi Li", "additional reporting", None),
            ("Yu Wang", "writing", None),
            ("Zoe Park", "editing", None),
            ("Will Hunt", "editing", None),
        ];
        assert_eq!(ps.len(), expect.len());
        for (got, want) in ps.iter().zip(expect) {
            assert_eq!(got.0, want.0);
            assert_eq!(got.1, want.1);
            assert_eq!(got.2.as_deref(), want.2);
        }
    }

    #[test]
    fn location_applies_to_names_before_it() {
        let s = "(Reporting by Ann Lee, Bo Kim and Cy Tan in JAKARTA/SURABAYA, Di Ng in KUALA LUMPUR; Editing by Ed Fox)";
        let ps = people(s);
        let locs: Vec<_> = ps.iter().map(|p| p.2.as_deref()).collect();
        assert_eq!(
            locs,
            [
                Some("JAKARTA/SURABAYA"),
                Some("JAKARTA/SURABAYA"),
                Some("JAKARTA/SURABAYA"),
                Some("KUALA LUMPUR"),
                None
            ]
        );
        let s = "Additional reporting by Jim Finkle in Boston, and Ben Blanchard in BEIJING";
        assert_eq!(kind(s), Some(CreditKind::ReportingFooter));
        assert_eq!(people(s)[1].2.as_deref(), Some("BEIJING"));
    }

    #[test]
    fn contributor_lines() {
        let s = "Associated Press writers Gary Fineout in Tallahassee, Fla., and Mike Baker in Olympia, Wash., contributed to this report.";
        let ps = people(s);
        assert_eq!(ps[0].0, "Gary Fineout");
        assert_eq!(ps[0].2.as_deref(), Some("Tallahassee, Fla."));
        assert_eq!(ps[1].2.as_deref(), Some("Olympia, Wash."));
        assert!(agencies(s).is_empty());

        let c =
            Credit::parse("NPR political reporter Tim Mak contributed to this report.").unwrap();
        let p = c.contributors().next().unwrap();
        assert_eq!(p.name().as_str(), "Tim Mak");
        assert_eq!(p.affiliation().unwrap().canonical(), "NPR");

        let s = "CNN's Ashley Killough, Lisa Desjardins and Paul Steinhauser contributed to this report.";
        let c = Credit::parse(s).unwrap();
        assert_eq!(c.contributors().count(), 3);
        assert!(
            c.contributors()
                .all(|p| p.affiliation().unwrap().canonical() == "CNN")
        );

        let s = "Fox News' Gregg Re and the Associated Press contributed to this story.";
        assert_eq!(agencies(s), ["Associated Press"]);
        assert_eq!(people(s).len(), 1);

        let s = "Kellman reported from Washington. Associated Press writer Bill Barrow in Atlanta and Director of Polling Jennifer Agiesta also contributed to this report.";
        let ps = people(s);
        assert_eq!(
            ps[0],
            ("Kellman".into(), "reporting", Some("Washington".into()))
        );
        assert_eq!(ps[2].0, "Jennifer Agiesta");

        let s = "Moritsugu reported from Beijing, and Pane from Boise, Idaho. Associated Press reporters around the world contributed.";
        let ps = people(s);
        assert_eq!(
            ps[1],
            ("Pane".into(), "reporting", Some("Boise, Idaho".into()))
        );
        assert_eq!(agencies(s), ["Associated Press"]);

        assert_eq!(
            people("— With assistance from Jane Doe and John Roe.")[1].0,
            "John Roe"
        );
        assert_eq!(kind("Compiled by Jane Doe"), Some(CreditKind::Contributors));
        let s = "Contributing: Ann Lee, USA TODAY; Bob Roe, The Journal News";
        let c = Credit::parse(s).unwrap();
        let affs: Vec<_> = c
            .contributors()
            .map(|p| p.affiliation().unwrap().canonical())
            .collect();
        assert_eq!(affs, ["USA TODAY", "The Journal News"]);
        assert_eq!(
            people("Amanda Terkel contributed research.")[0].1,
            "research"
        );
    }

    #[test]
    fn signoffs() {
        for (s, a) in [
            ("— AFP", "Agence France-Presse"),
            ("-- Reuters", "Reuters"),
            ("(AP)", "Associated Press"),
            ("(PTI)", "Press Trust of India"),
            ("--IANS", "Indo-Asian News Service"),
            ("— TNS", "McClatchy-Tribune"),
            ("REUTER", "Reuters"),
            ("TNN", "TNN"),
            ("He said so. — PTI", "Press Trust of India"),
        ] {
            assert_eq!(kind(s), Some(CreditKind::Signoff), "{s}");
            assert_eq!(agencies(s), [a], "{s}");
        }
        let c = Credit::parse("PTI SUN DP KPS").unwrap();
        assert_eq!(c.parts()[0].desk().len(), 3);
        let c = Credit::parse("SUN DP KPS SDG ABM").unwrap();
        assert_eq!(c.kind(), CreditKind::Signoff);
        assert_eq!(c.parts()[0].desk().len(), 5);
    }

    #[test]
    fn copyright_notices() {
        assert_eq!(agencies("(c) Copyright Thomson Reuters 2024"), ["Reuters"]);
        let s = "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
        assert_eq!(kind(s), Some(CreditKind::Copyright));
        assert_eq!(agencies(s), ["Associated Press"]);
        assert_eq!(Credit::parse(s).unwrap().span(), Span::new(0, s.len()));
        assert_eq!(
            agencies("COPYRIGHT 2014 CREATORS.COM"),
            ["Creators Syndicate"]
        );
        assert_eq!(
            agencies("2024, The Economist Newspaper Ltd. All rights reserved."),
            ["The Economist Newspaper Ltd"]
        );
        assert!(Credit::parse("We referred 501(c)(4) applications to TIGTA.").is_err());
    }

    #[test]
    fn syndication_notices() {
        let s = "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)";
        let c = Credit::parse(s).unwrap();
        assert_eq!(c.kind(), CreditKind::Syndication);
        assert_eq!(c.parts()[0].outlet().unwrap().as_str(), "NDTV");
        let s = "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)";
        assert_eq!(
            Credit::parse(s).unwrap().parts()[0]
                .outlet()
                .unwrap()
                .as_str(),
            "Business Standard"
        );
        let s = "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)";
        assert_eq!(
            Credit::parse(s).unwrap().parts()[0]
                .outlet()
                .unwrap()
                .as_str(),
            "FPJ"
        );
        assert_eq!(
            agencies(
                "This article was originally published on The Conversation. Read the original article."
            ),
            ["The Conversation"]
        );
        assert!(
            Credit::parse(
                "A version of this article was originally published in TIME’s Space newsletter."
            )
            .is_err()
        );
    }

    #[test]
    fn feed_notices_of_other_outlets() {
        for s in [
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            "This is an auto-generated story from a syndicated news feed.",
        ] {
            assert_eq!(kind(s), Some(CreditKind::Syndication), "{s}");
        }
    }

    #[test]
    fn two_credits_in_one_line() {
        let s = "(With inputs from PTI) (Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)";
        let c = Credit::parse(s).unwrap();
        assert_eq!(c.kind(), CreditKind::Syndication);
        assert_eq!(c.parts().len(), 2);
        assert_eq!(agencies(s), ["Press Trust of India"]);
    }

    #[test]
    fn negatives_have_reasons() {
        assert!(matches!(
            reason("Reuters reported that the talks had stalled."),
            Reason::InStoryMention(_)
        ));
        assert!(matches!(
            reason("The deal was off, according to AFP."),
            Reason::InStoryMention(_)
        ));
        assert!(matches!(
            reason("The plan is dead, he told PTI."),
            Reason::InStoryMention(_)
        ));
        assert_eq!(reason("Photo: AFP"), Reason::PhotoCredit);
        assert_eq!(reason("(Image: Reuters)"), Reason::PhotoCredit);
        assert_eq!(
            reason("CORRECTION: This story has been updated to fix a date."),
            Reason::Correction
        );
        assert_eq!(
            reason("Editor's note: This story was updated on Feb. 28."),
            Reason::EditorsNote
        );
        assert!(Credit::parse("Coach Gambhir (L) at the MCG in Melbourne --(AFP)").is_err());
    }

    #[test]
    fn more_contributor_shapes() {
        let s = "Nicholas Fandos contributed reporting from Washington, and Maggie Haberman from New York.";
        let ps = people(s);
        assert_eq!(
            ps[1],
            (
                "Maggie Haberman".into(),
                "contributed",
                Some("New York".into())
            )
        );
        let s = "Reporting was contributed by Mark Mazzetti, Adam Goldman and Eric Schmitt.";
        assert_eq!(people(s).len(), 3);
        let s = "Julie Davis contributed reporting from Washington; Kitty Bennett contributed research.";
        assert_eq!(people(s)[1].1, "research");
        let s = "The report has been rewritten in English by Ashish Basu.";
        assert_eq!(people(s)[0], ("Ashish Basu".into(), "writing", None));
        let s = "Donations went to Ready PAC.Contributing: Herb Jackson, The (Bergen County, N.J.) Record.";
        assert_eq!(people(s)[0].0, "Herb Jackson");
        let c = Credit::parse("Andrea Noble and Dave Boyer of The Washington Times contributed.")
            .unwrap();
        assert!(c.contributors().all(|p| p.affiliation().is_some()));
    }

    #[test]
    fn more_agency_shapes() {
        assert_eq!(
            agencies("Material from the Associated Press was used in this report."),
            ["Associated Press"]
        );
        assert_eq!(
            kind("With files from The Canadian Press"),
            Some(CreditKind::Inputs)
        );
        assert_eq!(agencies("Source: Xinhua"), ["Xinhua"]);
        assert!(Credit::parse("Source: company filings").is_err());
        let c = Credit::parse("--IANS ksk/vd").unwrap();
        let desk: Vec<_> = c.parts()[0].desk().iter().map(|d| d.as_str()).collect();
        assert_eq!(desk, ["ksk", "vd"]);
        assert_eq!(
            agencies("— AFP/Reuters"),
            ["Agence France-Presse", "Reuters"]
        );
        assert_eq!(kind("— Staff and agencies"), Some(CreditKind::Signoff));
        assert_eq!(
            agencies("(Reporting by Reuters TV; Editing by Jane Doe)"),
            ["Reuters"]
        );
        assert_eq!(
            reason("A man walks past a mural in Kyiv, May 5, 2024. REUTERS/Valentyn Ogirenko"),
            Reason::PhotoCredit
        );
        assert_eq!(
            reason("File photo of the Parliament. (PTI)"),
            Reason::PhotoCredit
        );
        assert!(Credit::parse("It was the best game ever! LOL").is_err());
        assert!(Credit::parse("That takes their winless run to four games. HEAD TO HEAD").is_err());
        assert_eq!(agencies("Profit rose 14% in the quarter. TNN"), ["TNN"]);
    }

    /// Text made of credit words, names, agencies, punctuation and story words.
    fn credit_soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        const PIECES: &[&str] = &[
            "Reporting by",
            "reported from",
            "Additional reporting by",
            "Editing by",
            "Edited by",
            "writing by",
            "Compiled by",
            "with assistance from",
            "contributed to this report",
            "contributed research",
            "Contributing:",
            "With inputs from",
            "(With PTI inputs)",
            "inputs",
            "files from",
            "Source:",
            "material from",
            "was used in this report",
            "Translated into English by",
            "originally published on",
            "first appeared in",
            "republished",
            "This article",
            "The story",
            "syndicated feed",
            "edited by NDTV staff",
            "Photo:",
            "photo",
            "(Image: Reuters)",
            "REUTERS/Jane Doe",
            "AFP/Getty Images",
            "Picture by",
            "Copyright",
            "(c)",
            "©",
            "2024",
            "All rights reserved",
            "Distributed by",
            "Note to readers:",
            "Disclaimer:",
            "This story has been corrected",
            "An earlier version of this",
            "Corrects",
            "Refiles to",
            "adds",
            "This material may not be published",
            "may not be reproduced",
            "Read the original article",
            "Used with permission",
            "For reprint",
            "Reprinted with permission",
            "Correction:",
            "Editor's note:",
            "Updated",
            "Reuters",
            "AFP",
            "PTI",
            "AP",
            "The Associated Press",
            "IANS",
            "TNN",
            "SUN DP KPS",
            "ksk/vd",
            "agencies",
            "Staff and agencies",
            "Jane Doe",
            "Bo Li",
            "CNN's",
            "in Seoul",
            "Washington",
            "Tallahassee, Fla.",
            "the minister said",
            "on Tuesday",
            "and",
            ",",
            ";",
            ".",
            ". ",
            ": ",
            "(",
            ")",
            "[",
            "]",
            "—",
            "-- ",
            "/",
            "!",
            "?",
            "\n",
            "\n\n",
            "“",
            "”",
            "ſ",
            "\u{212A}",
            "Ÿ",
            "said",
            "the",
            " ",
            "  ",
            "x",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 0..24).prop_map(|v| {
            let mut out = String::new();
            for (i, p) in v.iter().enumerate() {
                if i > 0 && (i % 3 != 0) {
                    out.push(' ');
                }
                out.push_str(p);
            }
            out
        })
    }

    /// The cue scan finds the families of every cue word Aho-Corasick finds, overlaps included.
    #[test]
    fn cue_scan_agrees_with_aho_corasick() {
        let (words, bits): (Vec<&str>, Vec<Cues>) = Cues::words().unzip();
        let reference = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&words)
            .expect("cue automaton builds");
        let of = |t: &str| {
            let mut found = 0;
            for m in reference.find_overlapping_iter(t) {
                found |= bits[m.pattern().as_usize()].0;
            }
            found
        };
        let pad = "The minister said on Tuesday that the talks would go on. ";
        for (i, w) in words.iter().enumerate() {
            let next = words[(i * 7 + 3) % words.len()];
            let half = w
                .char_indices()
                .nth(w.chars().count() / 2)
                .map_or(0, |(k, _)| k);
            for text in [
                (*w).to_owned(),
                format!("{}{pad}{}", w.to_ascii_uppercase(), next),
                format!("{pad}{w}{pad}{next}{pad}"),
                format!("{pad}{pad}{}{w}", &w[..half]),
            ] {
                assert_eq!(Cues::of(&text).0, of(&text), "{text:?}");
            }
        }
    }

    /// Every trigger is found wherever it lies against the scan's half and quarter boundaries,
    /// in any case, and a trigger cut short only where Aho-Corasick finds another.
    #[test]
    fn triggers_are_found_across_the_scan_boundaries() {
        let reference = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(data_lines(TRIGGER_WORDS))
            .expect("trigger automaton builds");
        for w in data_lines(TRIGGER_WORDS) {
            let cut = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
            // One scan, halves and quarters, the word at every offset.
            for (total, k) in [20, 40, 50, 90]
                .into_iter()
                .flat_map(|t| (0..=t).map(move |k| (t, k)))
            {
                let pad = |n: usize| "x ".repeat(n / 2) + &"x".repeat(n % 2);
                let whole = format!("{}{}{}", pad(k), w.to_ascii_uppercase(), pad(total - k));
                assert!(TRIGGERS.scan(&whole) != 0, "{w:?} at {k}");
                assert!(TRIGGERS.any(&whole), "{w:?} at {k}");
                let short = format!("{}{cut}{}", pad(k), pad(total - k));
                assert_eq!(
                    TRIGGERS.scan(&short) != 0,
                    reference.is_match(&short),
                    "{short:?}"
                );
                assert_eq!(
                    TRIGGERS.any(&short),
                    reference.is_match(&short),
                    "{short:?}"
                );
            }
        }
    }

    proptest::proptest! {
        /// The cue gates only skip shapes that could not have matched.
        #[test]
        fn cue_gates_change_nothing(text in credit_soup()) {
            for opts in [
                Options { signoffs: true, weak_signoffs: true },
                Options { signoffs: false, weak_signoffs: false },
            ] {
                for seg in segments(&text, Span::new(0, text.len())) {
                    let gated = format!("{:?}", classify(&text, &seg, opts));
                    let all = format!("{:?}", classify_given(&text, &seg, opts, Cues::ALL));
                    proptest::prop_assert_eq!(gated, all, "{:?}", &text[seg.outer.range()]);
                }
            }
        }

        /// The trigger DFA and its four-way scan agree with Aho-Corasick's own search.
        #[test]
        fn trigger_scan_agrees_with_aho_corasick(
            pieces in proptest::collection::vec(
                (
                    proptest::sample::select(data_lines(TRIGGER_WORDS).collect::<Vec<_>>()),
                    0usize..40,
                    proptest::bits::u32::ANY,
                    "[ -~]{0,24}|\\PC{0,6}",
                ),
                0..12,
            ),
            cuts in proptest::collection::vec(0usize..400, 4),
        ) {
            // Triggers in random case, most cut short, between random text.
            let mut text = String::new();
            for (word, keep, case, filler) in &pieces {
                let cut = word.char_indices().nth(*keep).map_or(word.len(), |(i, _)| i);
                for (i, ch) in word[..cut].chars().enumerate() {
                    if case >> (i % 32) & 1 == 1 {
                        text.extend(ch.to_uppercase());
                    } else {
                        text.push(ch);
                    }
                }
                text.push_str(filler);
            }
            let reference = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(data_lines(TRIGGER_WORDS))
                .expect("trigger automaton builds");
            for (i, &a) in cuts.iter().enumerate() {
                for &b in &cuts[i..] {
                    let Some(t) = text.get(a.min(b)..b.max(a).min(text.len())) else { continue };
                    proptest::prop_assert_eq!(TRIGGERS.scan(t) != 0, reference.is_match(t), "{:?}", t);
                    proptest::prop_assert_eq!(TRIGGERS.any(t), reference.is_match(t), "{:?}", t);
                }
            }
        }

        /// The sign-off window's shortcut agrees with splitting the whole paragraph.
        #[test]
        fn last_sentence_from_the_tail(text in credit_soup(), short in 0usize..40) {
            let p = Span::new(0, text.len()).trim(&text);
            let fast = last_sentence(&text, p, short);
            let slow = crate::text::sentences(&text, p).last().map(|s| s.span());
            match (fast, slow) {
                (Some(f), Some(s)) if s.len() <= short => proptest::prop_assert_eq!(f, s),
                (Some(f), Some(_)) => proptest::prop_assert!(f.len() > short),
                (f, s) => proptest::prop_assert_eq!(f, s),
            }
        }
    }

    #[test]
    fn spans_slice_back() {
        let s = "He said so. — AFP";
        let c = Credit::parse(s).unwrap();
        assert_eq!(&s[c.span()], "— AFP");
        assert_eq!(c.agencies().next().unwrap().name().as_str(), "AFP");
    }
}
