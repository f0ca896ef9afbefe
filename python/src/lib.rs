//! Python bindings for copydesk.
//!
//! The article is parsed and turned into owned values (with code-point offsets beside the byte
//! offsets) with the GIL released; Python objects are made only when an attribute is read.
//! Nothing here keeps a thread pool or any other global state: `parse_many` runs scoped threads
//! that end before it returns, so a process may fork at any time between calls.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use serde::{Serialize, Serializer};

use copydesk::agency::AgencyKind;
use copydesk::article::DiagnosticKind;
use copydesk::attribution::{AttributionKind, CueClass, Relation, Scope};
use copydesk::byline::ContactKind;
use copydesk::credit::{CreditKind, Role as CreditRole};
use copydesk::entity::{EntityKind, Gender};
use copydesk::error::{Reason, Target};
use copydesk::line::Line;
use copydesk::quote::{MarkStyle, QuoteKind};
use copydesk::{Snippet, Span as ByteSpan};

pyo3::create_exception!(
    copydesk,
    ParseError,
    PyValueError,
    "A line that is not a byline, dateline or credit. `reason` names why (`empty`, `too_long`, \
     `sentence_opener`, `no_author`, `body_text`, `no_dateline`, `photo_credit`, \
     `in_story_mention`, `correction`, `editors_note`, `no_credit`), `detail` says more when \
     there is more to say, and `target` names what was asked for."
);

// ---------------------------------------------------------------------------------------------
// Byte offsets to code points.

/// Code-point offsets of byte offsets in one text: a count of characters every 64 bytes, built
/// in one pass, so each lookup counts at most 63 bytes. ASCII text needs no table.
struct CharIndex<'a> {
    bytes: &'a [u8],
    marks: Option<Vec<usize>>,
}

const STRIDE: usize = 64;

fn is_char_start(b: u8) -> bool {
    // Every byte that is not a UTF-8 continuation byte (0b10xx_xxxx) starts a character.
    (b as i8) >= -0x40
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharIndex { bytes, marks: None };
        }
        let mut marks = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut count = 0;
        for chunk in bytes.chunks(STRIDE) {
            marks.push(count);
            count += chunk.iter().filter(|&&b| is_char_start(b)).count();
        }
        marks.push(count);
        CharIndex {
            bytes,
            marks: Some(marks),
        }
    }

    /// The code-point offset of byte offset `at` (clamped to the text).
    fn at(&self, at: usize) -> usize {
        let at = at.min(self.bytes.len());
        match &self.marks {
            None => at,
            Some(marks) => {
                let k = at / STRIDE;
                marks[k]
                    + self.bytes[k * STRIDE..at]
                        .iter()
                        .filter(|&&b| is_char_start(b))
                        .count()
            }
        }
    }
}

/// What converting one text needs: the owned text and its offset table.
struct Cx<'a> {
    doc: Arc<str>,
    index: CharIndex<'a>,
}

impl<'a> Cx<'a> {
    fn new(text: &'a str) -> Cx<'a> {
        Cx {
            doc: Arc::from(text),
            index: CharIndex::new(text),
        }
    }

    fn span(&self, s: ByteSpan) -> Span {
        Span {
            doc: Arc::clone(&self.doc),
            start: self.index.at(s.start),
            end: self.index.at(s.end),
            byte_start: s.start,
            byte_end: s.end,
        }
    }

    fn snip(&self, s: Snippet<'_>) -> Span {
        self.span(s.span())
    }

    fn snips(&self, s: &[Snippet<'_>]) -> Vec<Span> {
        s.iter().map(|&s| self.snip(s)).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Enum names (the library's serde names). The enums are non-exhaustive: a variant added later
// reads "unknown" until it is named here.

fn attribution_kind(k: AttributionKind) -> &'static str {
    match k {
        AttributionKind::Direct => "direct",
        AttributionKind::Mixed => "mixed",
        AttributionKind::Indirect => "indirect",
        _ => "unknown",
    }
}

fn cue_class(c: CueClass) -> &'static str {
    match c {
        CueClass::Speech => "speech",
        CueClass::Writing => "writing",
        CueClass::Thought => "thought",
        CueClass::Perception => "perception",
        CueClass::SourcePhrase => "source_phrase",
        CueClass::Punctuation => "punctuation",
        CueClass::Stance => "stance",
        _ => "unknown",
    }
}

fn relation(r: Relation) -> &'static str {
    match r {
        Relation::AccordingTo => "according_to",
        Relation::Citing => "citing",
        Relation::Recipient => "recipient",
        Relation::Medium => "medium",
        Relation::ReportedBy => "reported_by",
        _ => "unknown",
    }
}

fn entity_kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Place => "place",
        _ => "unknown",
    }
}

fn gender(g: Gender) -> &'static str {
    match g {
        Gender::Male => "male",
        Gender::Female => "female",
    }
}

fn mark_style(m: MarkStyle) -> &'static str {
    match m {
        MarkStyle::CurlyDouble => "curly_double",
        MarkStyle::CurlySingle => "curly_single",
        MarkStyle::StraightDouble => "straight_double",
        MarkStyle::StraightSingle => "straight_single",
        MarkStyle::LowDouble => "low_double",
        MarkStyle::LowSingle => "low_single",
        MarkStyle::Guillemets => "guillemets",
        MarkStyle::SingleGuillemets => "single_guillemets",
        MarkStyle::CornerBrackets => "corner_brackets",
        MarkStyle::WhiteCornerBrackets => "white_corner_brackets",
        MarkStyle::Backticks => "backticks",
        MarkStyle::DoubleApostrophes => "double_apostrophes",
        _ => "unknown",
    }
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Full => "full",
        QuoteKind::Partial => "partial",
        _ => "unknown",
    }
}

fn credit_kind(k: CreditKind) -> &'static str {
    k.as_str()
}

fn credit_role(r: CreditRole) -> &'static str {
    r.as_str()
}

fn contact_kind(k: ContactKind) -> &'static str {
    match k {
        ContactKind::Email => "email",
        ContactKind::Handle => "handle",
        _ => "unknown",
    }
}

fn agency_kind(k: AgencyKind) -> &'static str {
    match k {
        AgencyKind::Wire => "wire",
        AgencyKind::National => "national",
        AgencyKind::Syndicator => "syndicator",
        _ => "unknown",
    }
}

fn diagnostic_kind(k: DiagnosticKind) -> &'static str {
    match k {
        DiagnosticKind::UnpairedMark => "unpaired_mark",
        DiagnosticKind::UnclosedQuotation => "unclosed_quotation",
        _ => "unknown",
    }
}

fn target(t: Target) -> &'static str {
    match t {
        Target::Byline => "byline",
        Target::Dateline => "dateline",
        Target::Credit => "credit",
        _ => "unknown",
    }
}

/// The reason's name and its detail, when it has one.
fn reason(r: &Reason) -> (&'static str, Option<String>) {
    match r {
        Reason::Empty => ("empty", None),
        Reason::TooLong { len, max } => ("too_long", Some(format!("{len} bytes, at most {max}"))),
        Reason::SentenceOpener(d) => ("sentence_opener", Some((*d).to_owned())),
        Reason::NoAuthor => ("no_author", None),
        Reason::BodyText(d) => ("body_text", Some((*d).to_owned())),
        Reason::NoDateline(d) => ("no_dateline", Some((*d).to_owned())),
        Reason::PhotoCredit => ("photo_credit", None),
        Reason::InStoryMention(d) => ("in_story_mention", Some((*d).to_owned())),
        Reason::Correction => ("correction", None),
        Reason::EditorsNote => ("editors_note", None),
        Reason::NoCredit(d) => ("no_credit", Some((*d).to_owned())),
        _ => ("unknown", None),
    }
}

fn parse_error(py: Python<'_>, e: &copydesk::ParseError) -> PyErr {
    let err = ParseError::new_err(e.to_string());
    let (name, detail) = reason(e.reason());
    let value = err.value(py);
    let set = value
        .setattr("reason", name)
        .and_then(|()| value.setattr("detail", detail))
        .and_then(|()| value.setattr("target", target(e.target())));
    match set {
        Ok(()) => err,
        Err(e) => e,
    }
}

// ---------------------------------------------------------------------------------------------
// The Python classes.

/// Python's `repr` of a string, for `__repr__`.
fn q(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}

/// A located piece of the text: `start`/`end` are code-point indices into the Python `str`
/// (`text[s.start:s.end] == s.text`), `byte_start`/`byte_end` UTF-8 byte offsets.
#[pyclass(frozen, module = "copydesk")]
#[derive(Clone)]
struct Span {
    doc: Arc<str>,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    byte_start: usize,
    #[pyo3(get)]
    byte_end: usize,
}

impl Span {
    fn as_str(&self) -> &str {
        self.doc.get(self.byte_start..self.byte_end).unwrap_or("")
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Span", 5)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("byte_start", &self.byte_start)?;
        st.serialize_field("byte_end", &self.byte_end)?;
        st.serialize_field("text", self.as_str())?;
        st.end()
    }
}

#[pymethods]
impl Span {
    /// The text it covers.
    #[getter]
    fn text(&self) -> &str {
        self.as_str()
    }

    fn __len__(&self) -> usize {
        self.end - self.start
    }

    fn __str__(&self) -> &str {
        self.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Span({}, {}, {})",
            self.start,
            self.end,
            q(py, self.as_str())
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Span>().is_ok_and(|o| {
            let o = o.get();
            (o.start, o.end, o.byte_start, o.byte_end)
                == (self.start, self.end, self.byte_start, self.byte_end)
                && o.as_str() == self.as_str()
        })
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.start, self.end, self.as_str()).hash(&mut h);
        h.finish()
    }

    /// `{"start", "end", "byte_start", "byte_end", "text"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A canonical news agency from copydesk's registry.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Agency {
    name: &'static str,
    short_name: &'static str,
    country: &'static str,
    kind: &'static str,
}

impl Agency {
    fn of(a: copydesk::Agency) -> Agency {
        Agency {
            name: a.name(),
            short_name: a.short_name(),
            country: a.country(),
            kind: agency_kind(a.kind()),
        }
    }
}

#[pymethods]
impl Agency {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Agency({})", q(py, self.name))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// An outlet or agency named in a byline or credit: `text` as written, `agency` when it is a
/// known agency.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Outlet {
    text: Span,
    agency: Option<Agency>,
}

impl Outlet {
    fn of(cx: &Cx<'_>, o: &copydesk::agency::Outlet<'_>) -> Outlet {
        Outlet {
            text: cx.snip(o.name()),
            agency: o.agency().map(Agency::of),
        }
    }
}

#[pymethods]
impl Outlet {
    /// The canonical agency name, or the name as written.
    #[getter]
    fn canonical(&self) -> String {
        self.agency
            .as_ref()
            .map_or_else(|| self.text.as_str().to_owned(), |a| a.name.to_owned())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Outlet({})", q(py, self.text.as_str()))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A person named in a byline: `span` as written, `name` normalised (`JANE DOE` → `Jane Doe`).
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Person {
    span: Span,
    name: String,
    honorific: Option<Span>,
    suffix: Option<Span>,
}

impl Person {
    fn of(cx: &Cx<'_>, p: &copydesk::name::Person<'_>) -> Person {
        Person {
            span: cx.span(p.span()),
            name: p.display().to_owned(),
            honorific: p.honorific().map(|s| cx.snip(s)),
            suffix: p.suffix().map(|s| cx.snip(s)),
        }
    }
}

#[pymethods]
impl Person {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Person({})", q(py, &self.name))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A contact detail in a byline: `kind` is `email` or `handle`.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Contact {
    text: Span,
    kind: &'static str,
}

#[pymethods]
impl Contact {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// Someone a byline credits for something other than authorship (`Edited by …`).
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct BylineContributor {
    person: Person,
    role: &'static str,
}

#[pymethods]
impl BylineContributor {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A byline: authors, outlets and agencies, roles, locations, contacts, date, contributors.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Byline {
    span: Span,
    lead_in: Option<Span>,
    authors: Vec<Person>,
    outlets: Vec<Outlet>,
    agencies: Vec<Agency>,
    roles: Vec<Span>,
    locations: Vec<Span>,
    contacts: Vec<Contact>,
    date: Option<Span>,
    contributors: Vec<BylineContributor>,
}

impl Byline {
    fn of(cx: &Cx<'_>, b: &copydesk::Byline<'_>) -> Byline {
        Byline {
            span: cx.span(b.span()),
            lead_in: b.lead_in().map(|s| cx.snip(s)),
            authors: b.authors().iter().map(|p| Person::of(cx, p)).collect(),
            outlets: b.outlets().iter().map(|o| Outlet::of(cx, o)).collect(),
            agencies: b.agencies().map(Agency::of).collect(),
            roles: cx.snips(b.roles()),
            locations: cx.snips(b.locations()),
            contacts: b
                .contacts()
                .iter()
                .map(|c| Contact {
                    text: cx.snip(c.text),
                    kind: contact_kind(c.kind),
                })
                .collect(),
            date: b.date().map(|s| cx.snip(s)),
            contributors: b
                .contributors()
                .iter()
                .map(|c| BylineContributor {
                    person: Person::of(cx, &c.person),
                    role: credit_role(c.role),
                })
                .collect(),
        }
    }
}

#[pymethods]
impl Byline {
    /// Reads one line as a byline (`By JANE DOE, Associated Press`). Raises `ParseError`
    /// when it is not one; spans are indices into `line`.
    #[staticmethod]
    fn parse(py: Python<'_>, line: &str) -> PyResult<Byline> {
        match copydesk::Byline::parse(line) {
            Ok(b) => Ok(Byline::of(&Cx::new(line), &b)),
            Err(e) => Err(parse_error(py, &e)),
        }
    }

    /// The byline as written.
    #[getter]
    fn text(&self) -> &str {
        self.span.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Byline({})", q(py, self.span.as_str()))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A dateline's date as written, with month and day when they could be read.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct DatelineDate {
    span: Span,
    month: Option<u8>,
    day: Option<u8>,
}

#[pymethods]
impl DatelineDate {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A dateline: the exact prefix of its paragraph (`SEOUL, May 10 (Reuters) -`).
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Dateline {
    span: Span,
    location: Option<Span>,
    places: Vec<Span>,
    date: Option<DatelineDate>,
    agency_text: Option<Span>,
    agency: Option<Agency>,
    feed: Option<Span>,
    separator: Option<Span>,
    /// Code-point index where the story text after the dateline begins.
    body_start: usize,
}

impl Dateline {
    fn of(cx: &Cx<'_>, d: &copydesk::Dateline<'_>) -> Dateline {
        Dateline {
            span: cx.span(d.span()),
            location: d.location().map(|s| cx.snip(s)),
            places: cx.snips(d.places()),
            date: d.date().map(|x| DatelineDate {
                span: cx.span(x.span()),
                month: x.month(),
                day: x.day(),
            }),
            agency_text: d.agency_text().map(|s| cx.snip(s)),
            agency: d.agency().map(Agency::of),
            feed: d.feed().map(|s| cx.snip(s)),
            separator: d.separator().map(|s| cx.snip(s)),
            body_start: cx.index.at(d.body_start()),
        }
    }
}

#[pymethods]
impl Dateline {
    /// Reads the dateline at the start of `line` (`SEOUL, May 10 (Reuters) - Kim said …`).
    /// Raises `ParseError` when there is none; spans are indices into `line`.
    #[staticmethod]
    fn parse(py: Python<'_>, line: &str) -> PyResult<Dateline> {
        match copydesk::Dateline::parse(line) {
            Ok(d) => Ok(Dateline::of(&Cx::new(line), &d)),
            Err(e) => Err(parse_error(py, &e)),
        }
    }

    /// The dateline as written.
    #[getter]
    fn text(&self) -> &str {
        self.span.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Dateline({})", q(py, self.span.as_str()))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// Someone a credit line names, with their role (`reporting`, `editing`, …).
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Contributor {
    name: Span,
    role: &'static str,
    location: Option<Span>,
    affiliation: Option<Outlet>,
}

#[pymethods]
impl Contributor {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Contributor({}, {})",
            q(py, self.name.as_str()),
            q(py, self.role)
        )
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// One clause of a credit line with its own kind.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct CreditPart {
    span: Span,
    kind: &'static str,
    agencies: Vec<Outlet>,
    contributors: Vec<Contributor>,
    outlet: Option<Span>,
    desk: Vec<Span>,
}

#[pymethods]
impl CreditPart {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A credit line: footer, sign-off, contributor line, syndication or copyright notice.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Credit {
    span: Span,
    kind: &'static str,
    parts: Vec<CreditPart>,
    agencies: Vec<Outlet>,
    contributors: Vec<Contributor>,
}

fn contributor(cx: &Cx<'_>, c: &copydesk::credit::Contributor<'_>) -> Contributor {
    Contributor {
        name: cx.snip(c.name()),
        role: credit_role(c.role()),
        location: c.location().map(|s| cx.snip(s)),
        affiliation: c.affiliation().map(|o| Outlet::of(cx, &o)),
    }
}

impl Credit {
    fn of(cx: &Cx<'_>, c: &copydesk::Credit<'_>) -> Credit {
        Credit {
            span: cx.span(c.span()),
            kind: credit_kind(c.kind()),
            parts: c
                .parts()
                .iter()
                .map(|p| CreditPart {
                    span: cx.span(p.span()),
                    kind: credit_kind(p.kind()),
                    agencies: p.agencies().iter().map(|o| Outlet::of(cx, o)).collect(),
                    contributors: p
                        .contributors()
                        .iter()
                        .map(|c| contributor(cx, c))
                        .collect(),
                    outlet: p.outlet().map(|s| cx.snip(s)),
                    desk: cx.snips(p.desk()),
                })
                .collect(),
            agencies: c.agencies().map(|o| Outlet::of(cx, o)).collect(),
            contributors: c.contributors().map(|c| contributor(cx, c)).collect(),
        }
    }
}

#[pymethods]
impl Credit {
    /// Reads one line as a credit (`(Reporting by Hyonhee Shin; Editing by Ed Davies)`).
    /// Raises `ParseError` when it is not one; spans are indices into `line`.
    #[staticmethod]
    fn parse(py: Python<'_>, line: &str) -> PyResult<Credit> {
        match copydesk::Credit::parse(line) {
            Ok(c) => Ok(Credit::of(&Cx::new(line), &c)),
            Err(e) => Err(parse_error(py, &e)),
        }
    }

    /// The credit line as written.
    #[getter]
    fn text(&self) -> &str {
        self.span.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Credit({}, {})",
            q(py, self.kind),
            q(py, self.span.as_str())
        )
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A quotation: its marks and the words between them.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Quotation {
    /// From the opening mark to the closing mark, both included.
    span: Span,
    /// The words between the marks (first piece to last piece).
    content: Span,
    /// One piece per paragraph.
    pieces: Vec<Span>,
    style: &'static str,
    kind: &'static str,
    parent: Option<usize>,
    multi_paragraph: bool,
    closed: bool,
}

#[pymethods]
impl Quotation {
    /// The quotation with its marks.
    #[getter]
    fn text(&self) -> &str {
        self.span.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Quotation({})", q(py, self.span.as_str()))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

#[derive(Serialize)]
struct EntityData {
    id: usize,
    name: String,
    kind: &'static str,
    title: Option<Span>,
    description: Option<Span>,
    role: Option<String>,
    gender: Option<&'static str>,
    mentions: Vec<Span>,
}

/// Someone or something that speaks or is spoken for, with all its mentions.
#[pyclass(frozen, module = "copydesk")]
#[derive(Clone, Serialize)]
#[serde(transparent)]
struct Entity(Arc<EntityData>);

#[pymethods]
impl Entity {
    /// Its index in `Article.entities`.
    #[getter]
    fn id(&self) -> usize {
        self.0.id
    }
    /// Its fullest name in the article.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }
    /// `person`, `organisation`, `place` or `unknown`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind
    }
    #[getter]
    fn title(&self) -> Option<Span> {
        self.0.title.clone()
    }
    #[getter]
    fn description(&self) -> Option<Span> {
        self.0.description.clone()
    }
    /// The role noun an apposition or predicate nominative gives it (`mayor`), or None.
    #[getter]
    fn role(&self) -> Option<&str> {
        self.0.role.as_deref()
    }
    #[getter]
    fn gender(&self) -> Option<&'static str> {
        self.0.gender
    }
    #[getter]
    fn mentions(&self) -> Vec<Span> {
        self.0.mentions.clone()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Entity({}, {})", self.0.id, q(py, &self.0.name))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Entity>()
            .is_ok_and(|o| Arc::ptr_eq(&o.get().0, &self.0))
    }

    fn __hash__(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

fn entity_id<S: Serializer>(e: &Option<Entity>, s: S) -> Result<S::Ok, S::Error> {
    e.as_ref().map(|e| e.0.id).serialize(s)
}

/// A secondary source: `according to KCNA` (channel), `told Reuters` (recipient), ….
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Secondary {
    relation: &'static str,
    mention: Span,
    head: Span,
    #[serde(rename = "entity_id", serialize_with = "entity_id")]
    entity: Option<Entity>,
}

#[pymethods]
impl Secondary {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Secondary({}, {})",
            q(py, self.relation),
            q(py, self.mention.as_str())
        )
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// An attribution: content (direct, mixed or indirect), source, cue, secondary sources, and
/// the entity the source resolves to.
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Attribution {
    kind: &'static str,
    /// From the first content piece to the last.
    span: Span,
    contents: Vec<Span>,
    content_kinds: Vec<&'static str>,
    source: Option<Span>,
    source_head: Option<Span>,
    #[serde(rename = "entity_id", serialize_with = "entity_id")]
    entity: Option<Entity>,
    unnamed: bool,
    cue: Span,
    cue_class: &'static str,
    secondary: Vec<Secondary>,
    /// Indices into `Article.quotations`.
    quotations: Vec<usize>,
}

#[pymethods]
impl Attribution {
    fn __repr__(&self, py: Python<'_>) -> String {
        let source = self
            .source
            .as_ref()
            .map_or("None".to_owned(), |s| q(py, s.as_str()));
        format!(
            "Attribution({}, source={source}, cue={})",
            q(py, self.kind),
            q(py, self.cue.as_str())
        )
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// A paragraph with its role (`headline`, `byline`, `body`, `subhead`, `credit`).
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Paragraph {
    span: Span,
    index: usize,
    role: &'static str,
}

#[pymethods]
impl Paragraph {
    #[getter]
    fn text(&self) -> &str {
        self.span.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Paragraph({}, {})", self.index, q(py, self.role))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// Something copydesk saw but could not place (`unpaired_mark`, `unclosed_quotation`).
#[pyclass(frozen, module = "copydesk", get_all)]
#[derive(Clone, Serialize)]
struct Diagnostic {
    kind: &'static str,
    span: Span,
}

#[pymethods]
impl Diagnostic {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

/// One parsed article.
#[pyclass(frozen, module = "copydesk")]
#[derive(Clone, Serialize)]
struct Article {
    #[serde(skip)]
    doc: Arc<str>,
    #[pyo3(get)]
    headline: Option<Span>,
    #[pyo3(get)]
    byline: Option<Byline>,
    #[pyo3(get)]
    dateline: Option<Dateline>,
    #[pyo3(get)]
    credits: Vec<Credit>,
    #[pyo3(get)]
    quotations: Vec<Quotation>,
    #[pyo3(get)]
    attributions: Vec<Attribution>,
    #[pyo3(get)]
    entities: Vec<Entity>,
    #[pyo3(get)]
    paragraphs: Vec<Paragraph>,
    #[pyo3(get)]
    diagnostics: Vec<Diagnostic>,
}

impl Article {
    fn build(text: &str, parser: &copydesk::Parser) -> Article {
        let a = parser.parse(text);
        let cx = Cx::new(text);
        let entities: Vec<Entity> = a
            .entities()
            .iter()
            .enumerate()
            .map(|(id, e)| {
                Entity(Arc::new(EntityData {
                    id,
                    name: e.name().to_owned(),
                    kind: entity_kind(e.kind()),
                    title: e.title().map(|s| cx.snip(s)),
                    description: e.description().map(|s| cx.snip(s)),
                    role: e.role().map(str::to_owned),
                    gender: e.gender().map(gender),
                    mentions: cx.snips(e.mentions()),
                }))
            })
            .collect();
        let entity = |i: Option<usize>| i.and_then(|i| entities.get(i)).cloned();
        let attributions = a
            .attributions()
            .iter()
            .map(|t| Attribution {
                kind: attribution_kind(t.kind()),
                span: cx.span(t.span()),
                contents: cx.snips(t.contents()),
                content_kinds: t
                    .content_kinds()
                    .iter()
                    .map(|&k| attribution_kind(k))
                    .collect(),
                source: t.source().map(|s| cx.snip(s)),
                source_head: t.source_head().map(|s| cx.snip(s)),
                entity: entity(t.entity().map(copydesk::Entity::id)),
                unnamed: t.is_unnamed(),
                cue: cx.snip(t.cue()),
                cue_class: cue_class(t.cue_class()),
                secondary: t
                    .secondary()
                    .iter()
                    .map(|s| Secondary {
                        relation: relation(s.relation()),
                        mention: cx.snip(s.mention()),
                        head: cx.snip(s.head()),
                        entity: entity(s.entity().map(copydesk::Entity::id)),
                    })
                    .collect(),
                quotations: t.quotations().to_vec(),
            })
            .collect();
        Article {
            headline: a.headline().map(|p| cx.span(p.span())),
            byline: a.byline().map(|b| Byline::of(&cx, b)),
            dateline: a.dateline().map(|d| Dateline::of(&cx, d)),
            credits: a.credits().iter().map(|c| Credit::of(&cx, c)).collect(),
            quotations: a
                .quotations()
                .iter()
                .map(|q| Quotation {
                    span: cx.span(q.span()),
                    content: cx.snip(q.content()),
                    pieces: q.pieces().map(|p| cx.snip(p)).collect(),
                    style: mark_style(q.style()),
                    kind: quote_kind(q.kind()),
                    parent: q.parent(),
                    multi_paragraph: q.is_multi_paragraph(),
                    closed: q.is_closed(),
                })
                .collect(),
            attributions,
            entities,
            paragraphs: a
                .paragraphs()
                .map(|b| Paragraph {
                    span: cx.span(b.paragraph.span()),
                    index: b.paragraph.index(),
                    role: b.role.as_str(),
                })
                .collect(),
            diagnostics: a
                .diagnostics()
                .iter()
                .map(|d| Diagnostic {
                    kind: diagnostic_kind(d.kind),
                    span: cx.snip(d.at),
                })
                .collect(),
            doc: cx.doc,
        }
    }
}

#[pymethods]
impl Article {
    /// The text it was parsed from.
    #[getter]
    fn text(&self) -> &str {
        &self.doc
    }

    fn __repr__(&self) -> String {
        format!(
            "Article({} paragraphs, {} quotations, {} attributions)",
            self.paragraphs.len(),
            self.quotations.len(),
            self.attributions.len()
        )
    }

    /// Pickles as its text: unpickling parses it again (the parse is deterministic), so
    /// articles cross process boundaries (`multiprocessing`) without a serialised object graph.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let parse = py.import("copydesk")?.getattr("parse")?;
        Ok((parse, (self.doc.to_string(),)))
    }

    /// Everything as plain dicts and lists; attributions name their entity by `entity_id`,
    /// an index into `entities`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self)?)
    }
}

// ---------------------------------------------------------------------------------------------
// The functions.

/// The parser for a scope name (`"all"`: beliefs, perception and stance too, PolNeAR's
/// convention; `"speech"`: speech and writing acts and according-to sources only), extra cue
/// verbs (word → class name: speech, writing, thought or belief, perception), extra places and
/// extra outlets.
fn parser_for(
    scope: &str,
    cues: Option<&HashMap<String, String>>,
    places: Option<&Vec<String>>,
    outlets: Option<&Vec<String>>,
) -> PyResult<copydesk::Parser> {
    let scope = match scope {
        "all" => Scope::All,
        "speech" => Scope::Speech,
        _ => {
            return Err(PyValueError::new_err(format!(
                "scope must be \"all\" or \"speech\", not {scope:?}"
            )));
        }
    };
    let mut b = copydesk::Parser::builder().scope(scope);
    let mut cues: Vec<(&String, &String)> = cues.into_iter().flatten().collect();
    cues.sort();
    for (word, class) in cues {
        let Some((_, c)) = copydesk::article::CUE_CLASS_NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(class))
        else {
            return Err(PyValueError::new_err(format!(
                "unknown cue class {class:?} for {word:?} (speech, writing, thought, belief, perception)"
            )));
        };
        b = b.cue(word, *c);
    }
    for place in places.into_iter().flatten() {
        b = b.place(place);
    }
    for outlet in outlets.into_iter().flatten() {
        b = b.outlet(outlet);
    }
    b.build().map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Parses one article. The GIL is released while it runs.
#[pyfunction]
#[pyo3(signature = (text, *, scope = "all", cues = None, places = None, outlets = None))]
fn parse(
    py: Python<'_>,
    text: &str,
    scope: &str,
    cues: Option<HashMap<String, String>>,
    places: Option<Vec<String>>,
    outlets: Option<Vec<String>>,
) -> PyResult<Article> {
    let parser = parser_for(scope, cues.as_ref(), places.as_ref(), outlets.as_ref())?;
    Ok(py.detach(|| Article::build(text, &parser)))
}

/// How many threads: the argument, else `COPYDESK_THREADS`, else the available cores.
fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    let n = match threads {
        Some(n) => n,
        None => match std::env::var("COPYDESK_THREADS") {
            Ok(v) if !v.trim().is_empty() => v.trim().parse().map_err(|_| {
                PyValueError::new_err(format!(
                    "COPYDESK_THREADS must be a positive integer, not {v:?}"
                ))
            })?,
            _ => std::thread::available_parallelism().map_or(1, usize::from),
        },
    };
    if n == 0 {
        return Err(PyValueError::new_err("threads must be at least 1"));
    }
    Ok(n)
}

/// Texts handed to each thread at a time: small enough to balance, large enough to keep the
/// shared counter quiet.
const BATCH: usize = 4;

fn parse_parallel(
    texts: &[&str],
    threads: usize,
    parser: &copydesk::Parser,
) -> Result<Vec<Article>, String> {
    let threads = threads.min(texts.len().div_ceil(BATCH)).max(1);
    if threads == 1 {
        return Ok(texts.iter().map(|t| Article::build(t, parser)).collect());
    }
    let next = AtomicUsize::new(0);
    let done: Vec<Vec<(usize, Article)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let from = next.fetch_add(BATCH, Ordering::Relaxed);
                        if from >= texts.len() {
                            break out;
                        }
                        let to = (from + BATCH).min(texts.len());
                        out.extend((from..to).map(|i| (i, Article::build(texts[i], parser))));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .map_err(|_| "a copydesk worker thread panicked".to_owned())
            })
            .collect::<Result<_, _>>()
    })?;
    let mut slots: Vec<Option<Article>> =
        std::iter::repeat_with(|| None).take(texts.len()).collect();
    for (i, a) in done.into_iter().flatten() {
        slots[i] = Some(a);
    }
    slots
        .into_iter()
        .map(|a| a.ok_or_else(|| "a text was left unparsed".to_owned()))
        .collect()
}

/// Parses many articles in parallel with the GIL released; the result is in input order and
/// equals `[parse(t) for t in texts]`.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, scope = "all", cues = None, places = None, outlets = None))]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    scope: &str,
    cues: Option<HashMap<String, String>>,
    places: Option<Vec<String>>,
    outlets: Option<Vec<String>>,
) -> PyResult<Vec<Article>> {
    let parser = parser_for(scope, cues.as_ref(), places.as_ref(), outlets.as_ref())?;
    let threads = thread_count(threads)?;
    let mut owned: Vec<Bound<'_, PyString>> = Vec::new();
    for t in texts.try_iter()? {
        let t = t?;
        match t.cast_into::<PyString>() {
            Ok(s) => owned.push(s),
            Err(e) => {
                return Err(PyTypeError::new_err(format!(
                    "parse_many takes strings, not {}",
                    e.into_inner().get_type().name()?
                )));
            }
        }
    }
    let strs: Vec<&str> = owned.iter().map(|s| s.to_str()).collect::<PyResult<_>>()?;
    py.detach(|| parse_parallel(&strs, threads, &parser))
        .map_err(PyRuntimeError::new_err)
}

/// Says what one line is: `byline`, `dateline`, `credit`, `photo_credit`, `note` (a correction
/// or update note) or `body`, with its parse: a `Byline`, `Dateline` or `Credit`, or for the
/// other kinds the trimmed line as a `Span`. Spans are indices into `line`.
#[pyfunction]
fn classify_line(py: Python<'_>, line: &str) -> PyResult<(&'static str, Py<PyAny>)> {
    let found = copydesk::classify_line(line);
    let cx = Cx::new(line);
    let kind = found.kind().as_str();
    let value = match &found {
        Line::Byline(b) => Bound::new(py, Byline::of(&cx, b))?.into_any(),
        Line::Dateline(d) => Bound::new(py, Dateline::of(&cx, d))?.into_any(),
        Line::Credit(c) => Bound::new(py, Credit::of(&cx, c))?.into_any(),
        Line::PhotoCredit(s) | Line::Note(s) | Line::Body(s) => {
            Bound::new(py, cx.snip(*s))?.into_any()
        }
        _ => py.None().into_bound(py),
    };
    Ok((kind, value.unbind()))
}

/// copydesk: bylines, datelines, wire credits, quotations and attributions in news text.
#[pymodule]
#[pyo3(name = "copydesk")]
fn copydesk_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(classify_line, m)?)?;
    m.add_class::<Article>()?;
    m.add_class::<Span>()?;
    m.add_class::<Paragraph>()?;
    m.add_class::<Quotation>()?;
    m.add_class::<Attribution>()?;
    m.add_class::<Secondary>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Byline>()?;
    m.add_class::<Person>()?;
    m.add_class::<Contact>()?;
    m.add_class::<BylineContributor>()?;
    m.add_class::<Outlet>()?;
    m.add_class::<Agency>()?;
    m.add_class::<Dateline>()?;
    m.add_class::<DatelineDate>()?;
    m.add_class::<Credit>()?;
    m.add_class::<CreditPart>()?;
    m.add_class::<Contributor>()?;
    m.add_class::<Diagnostic>()?;
    Ok(())
}
