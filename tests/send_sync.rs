//! Compile-time proof that every public result type and the [`Parser`] are `Send + Sync`: one
//! parser serves many threads, and results move between them. A type that stops being either
//! (an `Rc`, a `Cell`, a raw pointer inside) fails to compile this file.

use copydesk::agency::{AgencyKind, AgencyMention, Outlet, UnknownAgency};
use copydesk::article::{Block, Diagnostic, DiagnosticKind, Role};
use copydesk::attribution::{AttributionKind, Attributions, CueClass, Relation, Secondary};
use copydesk::byline::{Contact, ContactKind};
use copydesk::credit::{CreditKind, CreditPart};
use copydesk::dateline::DatelineDate;
use copydesk::entity::{EntityKind, Gender};
use copydesk::error::{Reason, Target};
use copydesk::name::Person;
use copydesk::quote::{MarkStyle, QuoteKind, Scan};
use copydesk::text::{Paragraph, Paragraphs};
use copydesk::{
    Agency, Article, Attribution, Byline, Credit, Dateline, Entity, ParseError, Parser, Quotation,
    Snippet, Span,
};

const fn send_sync<T: Send + Sync>() {}

const _: () = {
    send_sync::<Parser>();
    send_sync::<Article<'static>>();
    send_sync::<Block<'static>>();
    send_sync::<Role>();
    send_sync::<Diagnostic<'static>>();
    send_sync::<DiagnosticKind>();
    send_sync::<Paragraph<'static>>();
    send_sync::<Paragraphs<'static>>();
    send_sync::<Quotation<'static>>();
    send_sync::<Scan<'static>>();
    send_sync::<MarkStyle>();
    send_sync::<QuoteKind>();
    send_sync::<Attribution<'static>>();
    send_sync::<Attributions<'static>>();
    send_sync::<AttributionKind>();
    send_sync::<CueClass>();
    send_sync::<Relation>();
    send_sync::<Secondary<'static>>();
    send_sync::<Entity<'static>>();
    send_sync::<EntityKind>();
    send_sync::<Gender>();
    send_sync::<Byline<'static>>();
    send_sync::<Contact<'static>>();
    send_sync::<ContactKind>();
    send_sync::<copydesk::byline::Contributor<'static>>();
    send_sync::<Dateline<'static>>();
    send_sync::<DatelineDate<'static>>();
    send_sync::<Credit<'static>>();
    send_sync::<CreditPart<'static>>();
    send_sync::<CreditKind>();
    send_sync::<copydesk::credit::Role>();
    send_sync::<copydesk::credit::Contributor<'static>>();
    send_sync::<Agency>();
    send_sync::<AgencyKind>();
    send_sync::<AgencyMention<'static>>();
    send_sync::<Outlet<'static>>();
    send_sync::<UnknownAgency>();
    send_sync::<Person<'static>>();
    send_sync::<ParseError>();
    send_sync::<Reason>();
    send_sync::<Target>();
    send_sync::<Snippet<'static>>();
    send_sync::<Span>();
};
