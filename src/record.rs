//! Owned, deserialisable results, and the offsets-only serialisation of spans.
//!
//! An [`crate::Article`] borrows the text it was parsed from. [`ArticleRecord`] holds the same
//! results by value (every span as a [`SpanRecord`] with its text copied), so that a function can
//! read a file and return its parse, and a consumer can read copydesk's JSON back. Its serde
//! output is exactly the [`crate::Article`]'s: the same fields in the same order, every span as
//! `{"start", "end", "text"}`.
//!
//! [`Offsets`] serialises any result with every span as `[start, end]` instead, without
//! repeating the text (smaller output when the reader has the text anyway); [`SpanRecord`] reads
//! both shapes back.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use copydesk::record::{ArticleRecord, Offsets};
//!
//! fn parse_file(path: &std::path::Path) -> std::io::Result<ArticleRecord> {
//!     let text = std::fs::read_to_string(path)?;
//!     Ok(copydesk::parse(&text).to_record()) // outlives `text`
//! }
//! # let _ = parse_file;
//!
//! let article = copydesk::parse("“We won,” Kim said.");
//! let json = serde_json::to_string(&article)?;
//! let back: ArticleRecord = serde_json::from_str(&json)?;
//! assert_eq!(back, article.to_record());
//! assert_eq!(back.attributions[0].source.as_ref().unwrap().text, "Kim");
//!
//! let offsets = serde_json::to_string(&Offsets(&article.quotations()[0]))?;
//! assert!(offsets.starts_with(r#"{"span":[0,13],"pieces":[[3,10]]"#));
//! # Ok(())
//! # }
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::agency::{Agency, Outlet};
use crate::article::{Block, Diagnostic, DiagnosticKind, Role};
use crate::attribution::{Attribution, AttributionKind, CueClass, Relation, Secondary};
use crate::byline::{Byline, Contact, ContactKind, Contributor};
use crate::credit::{self, Credit, CreditKind, CreditPart};
use crate::dateline::{Dateline, DatelineDate};
use crate::entity::{Entity, EntityKind, Gender};
use crate::name::Person;
use crate::quote::{MarkStyle, Quotation, QuoteKind};
use crate::{Article, Snippet, Span};

/// Serialises the value it wraps with every span as `[start, end]` (UTF-8 byte offsets) instead
/// of `{start, end, text}`.
///
/// The setting holds on the current thread while the wrapped value is serialised, so it applies
/// with any serde serialiser that writes as it goes (serde_json, csv, bincode, ...).
///
/// ```
/// use copydesk::record::Offsets;
///
/// let article = copydesk::parse("“We won,” Kim said.");
/// let a = &article.attributions()[0];
/// let full = serde_json::to_string(&a.cue())?;
/// assert_eq!(full, r#"{"start":18,"end":22,"text":"said"}"#);
/// assert_eq!(serde_json::to_string(&Offsets(&a.cue()))?, "[18,22]");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Offsets<'a, T: ?Sized>(pub &'a T);

impl<T: Serialize + ?Sized> Serialize for Offsets<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::span::with_offsets_only(true, || self.0.serialize(s))
    }
}

/// A span with its text, owned: what a [`Snippet`] becomes in a record.
///
/// It serialises as a [`Snippet`] does (`{start, end, text}`, or `[start, end]` inside
/// [`Offsets`]) and reads either shape back; read from `[start, end]`, its `text` is empty until
/// [`SpanRecord::fill`] gives it the text.
///
/// ```
/// use copydesk::record::SpanRecord;
///
/// let s: SpanRecord = serde_json::from_str(r#"{"start":0,"end":3,"text":"Kim"}"#)?;
/// assert_eq!((s.start, s.end, s.text.as_str()), (0, 3, "Kim"));
/// let mut o: SpanRecord = serde_json::from_str("[0,3]")?;
/// assert_eq!(o.text, "");
/// o.fill("Kim said");
/// assert_eq!(o, s);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SpanRecord {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
    /// The text it covers.
    pub text: String,
}

impl SpanRecord {
    /// The span, as offsets.
    ///
    /// ```
    /// let s = copydesk::record::SpanRecord { start: 1, end: 3, text: "ab".into() };
    /// assert_eq!(s.span(), copydesk::Span::new(1, 3));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Sets `text` to what the span covers in `haystack` (empty if it is out of bounds or not
    /// on `char` boundaries there).
    ///
    /// ```
    /// let mut s = copydesk::record::SpanRecord { start: 0, end: 3, text: String::new() };
    /// s.fill("Kim said");
    /// assert_eq!(s.text, "Kim");
    /// ```
    pub fn fill(&mut self, haystack: &str) {
        self.text = self.span().get(haystack).unwrap_or_default().to_owned();
    }
}

impl From<Snippet<'_>> for SpanRecord {
    fn from(s: Snippet<'_>) -> SpanRecord {
        SpanRecord {
            start: s.start(),
            end: s.end(),
            text: s.as_str().to_owned(),
        }
    }
}

impl Serialize for SpanRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::span::serialize_span(self.span(), &self.text, s)
    }
}

impl<'de> Deserialize<'de> for SpanRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SpanRecord, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = SpanRecord;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a span: {start, end, text} or [start, end]")
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<SpanRecord, A::Error> {
                use serde::de::Error;
                let start = a
                    .next_element()?
                    .ok_or_else(|| A::Error::invalid_length(0, &self))?;
                let end = a
                    .next_element()?
                    .ok_or_else(|| A::Error::invalid_length(1, &self))?;
                if a.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(A::Error::invalid_length(3, &self));
                }
                Ok(SpanRecord {
                    start,
                    end,
                    text: String::new(),
                })
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<SpanRecord, A::Error> {
                use serde::de::Error;
                let (mut start, mut end, mut text) = (None, None, None);
                while let Some(key) = a.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "start" => start = Some(a.next_value()?),
                        "end" => end = Some(a.next_value()?),
                        "text" => text = Some(a.next_value()?),
                        _ => {
                            a.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SpanRecord {
                    start: start.ok_or_else(|| A::Error::missing_field("start"))?,
                    end: end.ok_or_else(|| A::Error::missing_field("end"))?,
                    text: text.unwrap_or_default(),
                })
            }
        }
        d.deserialize_any(Visit)
    }
}

fn span_of(haystack_span: Span, text: &str) -> SpanRecord {
    SpanRecord {
        start: haystack_span.start,
        end: haystack_span.end,
        text: text.to_owned(),
    }
}

fn all<'h>(v: impl IntoIterator<Item = Snippet<'h>>) -> Vec<SpanRecord> {
    v.into_iter().map(SpanRecord::from).collect()
}

/// The owned form of an [`Article`]: built by [`Article::to_record`], read back from
/// copydesk's JSON; its JSON is the article's.
///
/// ```
/// let article = copydesk::parse("Kim Warns US\n\n“We won,” Kim said.");
/// let record = article.to_record();
/// assert_eq!(record.paragraphs[0].text.text, "Kim Warns US");
/// assert_eq!(record.quotations[0].pieces[0].text, "We won,");
/// assert_eq!(serde_json::to_value(&record)?, serde_json::to_value(&article)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArticleRecord {
    /// The paragraphs with their roles.
    pub paragraphs: Vec<BlockRecord>,
    /// The byline.
    pub byline: Option<BylineRecord>,
    /// The dateline.
    pub dateline: Option<DatelineRecord>,
    /// The quotations, sorted by start.
    pub quotations: Vec<QuotationRecord>,
    /// The credit lines.
    pub credits: Vec<CreditRecord>,
    /// The attributions.
    pub attributions: Vec<AttributionRecord>,
    /// The entities; [`AttributionRecord::entity`] indexes this.
    pub entities: Vec<EntityRecord>,
    /// What could not be placed.
    pub diagnostics: Vec<DiagnosticRecord>,
}

impl From<&Article<'_>> for ArticleRecord {
    fn from(a: &Article<'_>) -> ArticleRecord {
        ArticleRecord {
            paragraphs: a.paragraphs().map(BlockRecord::from).collect(),
            byline: a.byline().map(BylineRecord::from),
            dateline: a.dateline().map(DatelineRecord::from),
            quotations: a.quotations().iter().map(QuotationRecord::from).collect(),
            credits: a.credits().iter().map(CreditRecord::from).collect(),
            attributions: a
                .attributions()
                .iter()
                .map(AttributionRecord::from)
                .collect(),
            entities: a.entities().iter().map(EntityRecord::from).collect(),
            diagnostics: a.diagnostics().iter().map(DiagnosticRecord::from).collect(),
        }
    }
}

/// A paragraph with its role ([`Block`]).
///
/// ```
/// let r = copydesk::parse("Kim Warns US\n\nHe spoke.").to_record();
/// assert_eq!(r.paragraphs[0].role, copydesk::article::Role::Headline);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlockRecord {
    /// The paragraph, without surrounding whitespace.
    pub text: SpanRecord,
    /// Its index among the paragraphs.
    pub index: usize,
    /// Whether a blank line precedes it.
    pub blank_before: bool,
    /// What it is for.
    pub role: Role,
}

impl From<Block<'_>> for BlockRecord {
    fn from(b: Block<'_>) -> BlockRecord {
        BlockRecord::from(&b)
    }
}

impl From<&Block<'_>> for BlockRecord {
    fn from(b: &Block<'_>) -> BlockRecord {
        BlockRecord {
            text: b.paragraph.snippet().into(),
            index: b.paragraph.index(),
            blank_before: b.paragraph.blank_before(),
            role: b.role,
        }
    }
}

/// A person's name ([`Person`]).
///
/// ```
/// let b = copydesk::Byline::parse("By JANE DOE")?;
/// let r = copydesk::record::BylineRecord::from(&b);
/// assert_eq!((r.authors[0].name.text.as_str(), r.authors[0].display.as_str()), ("JANE DOE", "Jane Doe"));
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PersonRecord {
    /// The name as written.
    pub name: SpanRecord,
    /// The name in display case.
    pub display: String,
    /// `Dr.`, `Mr`.
    pub honorific: Option<SpanRecord>,
    /// `Jr.`.
    pub suffix: Option<SpanRecord>,
}

impl From<&Person<'_>> for PersonRecord {
    fn from(p: &Person<'_>) -> PersonRecord {
        PersonRecord {
            name: p.snippet().into(),
            display: p.display().to_owned(),
            honorific: p.honorific().map(Into::into),
            suffix: p.suffix().map(Into::into),
        }
    }
}

/// An outlet or agency named in the text ([`Outlet`]).
///
/// ```
/// let b = copydesk::Byline::parse("By Jane Doe, Associated Press")?;
/// let r = copydesk::record::BylineRecord::from(&b);
/// assert_eq!(r.outlets[0].agency.map(|a| a.short_name()), Some("AP"));
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OutletRecord {
    /// The name as written.
    pub name: SpanRecord,
    /// The registry agency it names.
    pub agency: Option<Agency>,
}

impl From<&Outlet<'_>> for OutletRecord {
    fn from(o: &Outlet<'_>) -> OutletRecord {
        OutletRecord {
            name: o.name().into(),
            agency: o.agency(),
        }
    }
}

/// A byline ([`Byline`]).
///
/// ```
/// let b = copydesk::Byline::parse("By Jane Doe | New Delhi")?;
/// let r = copydesk::record::BylineRecord::from(&b);
/// assert_eq!(r.locations[0].text, "New Delhi");
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BylineRecord {
    /// The whole byline.
    pub text: SpanRecord,
    /// `By`, `Written by`.
    pub lead_in: Option<SpanRecord>,
    /// The authors.
    pub authors: Vec<PersonRecord>,
    /// The outlets and agencies.
    pub outlets: Vec<OutletRecord>,
    /// Job titles (`Senior Correspondent`).
    pub roles: Vec<SpanRecord>,
    /// Places.
    pub locations: Vec<SpanRecord>,
    /// E-mail addresses and handles.
    pub contacts: Vec<ContactRecord>,
    /// The date.
    pub date: Option<SpanRecord>,
    /// People credited for something other than authorship.
    pub contributors: Vec<BylineContributorRecord>,
}

impl From<&Byline<'_>> for BylineRecord {
    fn from(b: &Byline<'_>) -> BylineRecord {
        BylineRecord {
            text: span_of(b.span(), b.as_str()),
            lead_in: b.lead_in().map(Into::into),
            authors: b.authors().iter().map(Into::into).collect(),
            outlets: b.outlets().iter().map(Into::into).collect(),
            roles: all(b.roles().iter().copied()),
            locations: all(b.locations().iter().copied()),
            contacts: b.contacts().iter().map(Into::into).collect(),
            date: b.date().map(Into::into),
            contributors: b.contributors().iter().map(Into::into).collect(),
        }
    }
}

/// A contact detail in a byline ([`Contact`]).
///
/// ```
/// let b = copydesk::Byline::parse("By Jane Doe @janedoe")?;
/// let r = copydesk::record::BylineRecord::from(&b);
/// assert_eq!(r.contacts[0].text.text, "@janedoe");
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContactRecord {
    /// The address or handle.
    pub text: SpanRecord,
    /// E-mail or handle.
    pub kind: ContactKind,
}

impl From<&Contact<'_>> for ContactRecord {
    fn from(c: &Contact<'_>) -> ContactRecord {
        ContactRecord {
            text: c.text.into(),
            kind: c.kind,
        }
    }
}

/// Someone a byline credits for something other than authorship ([`Contributor`]).
///
/// ```
/// let b = copydesk::Byline::parse("By Jane Doe; Edited by John Roe")?;
/// let r = copydesk::record::BylineRecord::from(&b);
/// assert_eq!(r.contributors[0].person.display, "John Roe");
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BylineContributorRecord {
    /// The person.
    pub person: PersonRecord,
    /// What they did.
    pub role: credit::Role,
}

impl From<&Contributor<'_>> for BylineContributorRecord {
    fn from(c: &Contributor<'_>) -> BylineContributorRecord {
        BylineContributorRecord {
            person: (&c.person).into(),
            role: c.role,
        }
    }
}

/// A dateline ([`Dateline`]).
///
/// ```
/// let d = copydesk::Dateline::parse("SEOUL, May 10 (Reuters) - Kim spoke.")?;
/// let r = copydesk::record::DatelineRecord::from(&d);
/// assert_eq!(r.date.unwrap().month, Some(5));
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DatelineRecord {
    /// The whole dateline, separator included.
    pub text: SpanRecord,
    /// A feed or desk label before the place.
    pub feed: Option<SpanRecord>,
    /// The place.
    pub location: Option<SpanRecord>,
    /// Every place named.
    pub places: Vec<SpanRecord>,
    /// The date.
    pub date: Option<DateRecord>,
    /// The agency as written.
    pub agency_text: Option<SpanRecord>,
    /// The registry agency.
    pub agency: Option<Agency>,
    /// The separator (`-`, `—`, `:`).
    pub separator: Option<SpanRecord>,
    /// Where the body text after the dateline starts.
    pub body_start: usize,
}

impl From<&Dateline<'_>> for DatelineRecord {
    fn from(d: &Dateline<'_>) -> DatelineRecord {
        DatelineRecord {
            text: d.snippet().into(),
            feed: d.feed().map(Into::into),
            location: d.location().map(Into::into),
            places: all(d.places().iter().copied()),
            date: d.date().as_ref().map(Into::into),
            agency_text: d.agency_text().map(Into::into),
            agency: d.agency(),
            separator: d.separator().map(Into::into),
            body_start: d.body_start(),
        }
    }
}

/// A dateline's date ([`DatelineDate`]).
///
/// ```
/// let d = copydesk::Dateline::parse("SEOUL, May 10 - Kim spoke.")?;
/// let r = copydesk::record::DatelineRecord::from(&d).date.unwrap();
/// assert_eq!((r.text.text.as_str(), r.day), ("May 10", Some(10)));
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateRecord {
    /// The date as written.
    pub text: SpanRecord,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
}

impl From<&DatelineDate<'_>> for DateRecord {
    fn from(d: &DatelineDate<'_>) -> DateRecord {
        DateRecord {
            text: span_of(d.span(), d.as_str()),
            month: d.month(),
            day: d.day(),
        }
    }
}

/// A quotation ([`Quotation`]).
///
/// ```
/// let r = copydesk::parse("a “b” c").to_record();
/// assert_eq!((r.quotations[0].span.text.as_str(), r.quotations[0].pieces[0].text.as_str()), ("“b”", "b"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QuotationRecord {
    /// From the opening mark to the closing mark, both included.
    pub span: SpanRecord,
    /// The content, one piece per paragraph, marks excluded.
    pub pieces: Vec<SpanRecord>,
    /// The style of its marks.
    pub style: MarkStyle,
    /// Full or partial.
    pub kind: QuoteKind,
    /// The index of the quotation it is nested in.
    pub parent: Option<usize>,
    /// Whether it was closed.
    pub closed: bool,
}

impl From<&Quotation<'_>> for QuotationRecord {
    fn from(q: &Quotation<'_>) -> QuotationRecord {
        QuotationRecord {
            span: span_of(q.span(), q.as_str()),
            pieces: all(q.pieces()),
            style: q.style(),
            kind: q.kind(),
            parent: q.parent(),
            closed: q.is_closed(),
        }
    }
}

/// A credit line ([`Credit`]).
///
/// ```
/// let c = copydesk::Credit::parse("(Reporting by Hyonhee Shin; Editing by Ed Davies)")?;
/// let r = copydesk::record::CreditRecord::from(&c);
/// assert_eq!(r.parts[0].contributors[1].name.text, "Ed Davies");
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreditRecord {
    /// The whole line.
    pub text: SpanRecord,
    /// Its primary kind.
    pub kind: CreditKind,
    /// Every credit found in it.
    pub parts: Vec<CreditPartRecord>,
}

impl From<&Credit<'_>> for CreditRecord {
    fn from(c: &Credit<'_>) -> CreditRecord {
        CreditRecord {
            text: span_of(c.span(), c.as_str()),
            kind: c.kind(),
            parts: c.parts().iter().map(Into::into).collect(),
        }
    }
}

/// One credit within a line ([`CreditPart`]).
///
/// ```
/// let c = copydesk::Credit::parse("(With inputs from Reuters)")?;
/// let r = copydesk::record::CreditRecord::from(&c);
/// assert_eq!(r.parts[0].agencies[0].name.text, "Reuters");
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreditPartRecord {
    /// Its kind.
    pub kind: CreditKind,
    /// Where it is.
    pub text: SpanRecord,
    /// The agencies it credits.
    pub agencies: Vec<OutletRecord>,
    /// The people it credits.
    pub contributors: Vec<CreditContributorRecord>,
    /// The outlet named as the source of the text.
    pub outlet: Option<SpanRecord>,
    /// Desk names.
    pub desk: Vec<SpanRecord>,
}

impl From<&CreditPart<'_>> for CreditPartRecord {
    fn from(p: &CreditPart<'_>) -> CreditPartRecord {
        CreditPartRecord {
            kind: p.kind(),
            text: span_of(p.span(), p.as_str()),
            agencies: p.agencies().iter().map(Into::into).collect(),
            contributors: p.contributors().iter().map(Into::into).collect(),
            outlet: p.outlet().map(Into::into),
            desk: all(p.desk().iter().copied()),
        }
    }
}

/// A person a credit line names ([`credit::Contributor`]).
///
/// ```
/// let c = copydesk::Credit::parse("(Reporting by Hyonhee Shin in Seoul)")?;
/// let r = copydesk::record::CreditRecord::from(&c);
/// assert_eq!(r.parts[0].contributors[0].location.as_ref().unwrap().text, "Seoul");
/// # Ok::<(), copydesk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreditContributorRecord {
    /// The name as written.
    pub name: SpanRecord,
    /// What they did.
    pub role: credit::Role,
    /// Where they worked from.
    pub location: Option<SpanRecord>,
    /// Their outlet.
    pub affiliation: Option<OutletRecord>,
}

impl From<&credit::Contributor<'_>> for CreditContributorRecord {
    fn from(c: &credit::Contributor<'_>) -> CreditContributorRecord {
        CreditContributorRecord {
            name: c.name().into(),
            role: c.role(),
            location: c.location().map(Into::into),
            affiliation: c.affiliation().as_ref().map(Into::into),
        }
    }
}

/// An attribution ([`Attribution`]).
///
/// ```
/// let r = copydesk::parse("“We won,” Kim said.").to_record();
/// let a = &r.attributions[0];
/// assert_eq!((a.cue.text.as_str(), r.entities[a.entity.unwrap()].name.as_str()), ("said", "Kim"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttributionRecord {
    /// The content pieces.
    pub contents: Vec<SpanRecord>,
    /// The kind of each content piece.
    pub content_kinds: Vec<AttributionKind>,
    /// Direct, mixed or indirect.
    pub kind: AttributionKind,
    /// The source mention.
    pub source: Option<SpanRecord>,
    /// Its head.
    pub source_head: Option<SpanRecord>,
    /// The id of the entity the source names: an index into [`ArticleRecord::entities`].
    pub entity: Option<usize>,
    /// Whether the source is unnamed or vague.
    pub unnamed: bool,
    /// The cue.
    pub cue: SpanRecord,
    /// What the cue reports.
    pub cue_class: CueClass,
    /// The secondary sources.
    pub secondary: Vec<SecondaryRecord>,
    /// Indices of the quotations in the content, into [`ArticleRecord::quotations`].
    pub quotations: Vec<usize>,
}

impl From<&Attribution<'_>> for AttributionRecord {
    fn from(a: &Attribution<'_>) -> AttributionRecord {
        AttributionRecord {
            contents: all(a.contents().iter().copied()),
            content_kinds: a.content_kinds().to_vec(),
            kind: a.kind(),
            source: a.source().map(Into::into),
            source_head: a.source_head().map(Into::into),
            entity: a.entity_id(),
            unnamed: a.is_unnamed(),
            cue: a.cue().into(),
            cue_class: a.cue_class(),
            secondary: a.secondary().iter().map(Into::into).collect(),
            quotations: a.quotations().to_vec(),
        }
    }
}

/// A secondary source ([`Secondary`]).
///
/// ```
/// let r = copydesk::parse("“We won,” Kim said, according to KCNA.").to_record();
/// assert_eq!(r.attributions[0].secondary[0].mention.text, "KCNA");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SecondaryRecord {
    /// How it stands to the attribution.
    pub relation: Relation,
    /// The mention as written.
    pub mention: SpanRecord,
    /// The name in it.
    pub head: SpanRecord,
    /// The id of the entity it names.
    pub entity: Option<usize>,
}

impl From<&Secondary<'_>> for SecondaryRecord {
    fn from(s: &Secondary<'_>) -> SecondaryRecord {
        SecondaryRecord {
            relation: s.relation(),
            mention: s.mention().into(),
            head: s.head().into(),
            entity: s.entity_id(),
        }
    }
}

/// An entity ([`Entity`]).
///
/// ```
/// let r = copydesk::parse("“We won,” Kim said. “Yes,” he added.").to_record();
/// assert_eq!(r.entities[0].mentions.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntityRecord {
    /// Its id: its index in [`ArticleRecord::entities`].
    pub id: usize,
    /// Its fullest name.
    pub name: String,
    /// Person, organisation, place or unknown.
    pub kind: EntityKind,
    /// A title met with it.
    pub title: Option<SpanRecord>,
    /// A description met with it.
    pub description: Option<SpanRecord>,
    /// The role noun an apposition or predicate nominative gives it (`mayor`).
    #[serde(default)]
    pub role: Option<String>,
    /// Its grammatical gender, when the text shows it.
    pub gender: Option<Gender>,
    /// Every mention.
    pub mentions: Vec<SpanRecord>,
}

impl From<&Entity<'_>> for EntityRecord {
    fn from(e: &Entity<'_>) -> EntityRecord {
        EntityRecord {
            id: e.id(),
            name: e.name().to_owned(),
            kind: e.kind(),
            title: e.title().map(Into::into),
            description: e.description().map(Into::into),
            role: e.role().map(str::to_owned),
            gender: e.gender(),
            mentions: all(e.mentions().iter().copied()),
        }
    }
}

/// A diagnostic ([`Diagnostic`]).
///
/// ```
/// let r = copydesk::parse("He said “yes.").to_record();
/// assert_eq!(r.diagnostics.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DiagnosticRecord {
    /// What kind of finding.
    pub kind: DiagnosticKind,
    /// Where.
    pub at: SpanRecord,
}

impl From<&Diagnostic<'_>> for DiagnosticRecord {
    fn from(d: &Diagnostic<'_>) -> DiagnosticRecord {
        DiagnosticRecord {
            kind: d.kind,
            at: d.at.into(),
        }
    }
}
