//! The finder: the state the cue readers share (units, drafts, used tokens) and the draft type.

use super::*;

// ---------------------------------------------------------------------------------------------
// The finder

#[derive(Debug)]
pub(super) struct Draft<'h> {
    pub(super) unit: usize,
    pub(super) contents: Vec<Span>,
    pub(super) content_toks: Option<(usize, usize)>,
    pub(super) quotes: Vec<usize>,
    pub(super) direct: bool,
    pub(super) source: Option<(Span, Span, Mention<'h>, bool)>,
    pub(super) cue: Span,
    pub(super) cue_class: CueClass,
    pub(super) secondary: Vec<(Relation, Span, Span, Mention<'h>)>,
}

pub(super) struct Finder<'a, 'h> {
    pub(super) text: &'h str,
    pub(super) quotations: &'a [Quotation<'h>],
    pub(super) units: &'a [Unit<'a>],
    pub(super) out: Vec<Draft<'h>>,
    /// Titled names outside sources (`Russian President Vladimir Putin`): (mention, name, title).
    pub(super) titled: Vec<(Span, Span, Span)>,
    /// The last words of the names seen so far (sources, titled and plain names): a
    /// lone capitalised word is a mention only when it is one of them.
    pub(super) name_words: Vec<&'h str>,
    /// Scratch buffers of [`Finder::unit`], kept across units.
    pub(super) covered: Vec<(usize, usize)>,
    pub(super) used: Vec<bool>,
    /// The index of the headline among the paragraphs, when known.
    pub(super) headline: Option<usize>,
    /// The draft last continued by a quotation sentence, and the unit it reaches now.
    pub(super) continued: Option<(usize, usize)>,
}

impl<'a, 'h> Finder<'a, 'h> {
    /// A finder over the `units` of `text`, with its `quotations` and the headline's paragraph
    /// index, holding no drafts yet.
    pub(super) fn new(
        text: &'h str,
        quotations: &'a [Quotation<'h>],
        units: &'a [Unit<'a>],
        headline: Option<usize>,
    ) -> Self {
        Finder {
            text,
            quotations,
            units,
            out: Vec::with_capacity(units.len() / 2 + 4),
            titled: Vec::with_capacity(8),
            name_words: Vec::new(),
            covered: Vec::with_capacity(4),
            used: Vec::with_capacity(64),
            headline,
            continued: None,
        }
    }

    /// The index (in [`Finder::quotations`]) of the quotation whose atom token `x` is, if it is
    /// one.
    pub(super) fn quote_index(&self, x: &Tok) -> Option<usize> {
        x.quote()
            .and_then(|at| quotation_at(self.quotations, at.start))
    }
}

pub(super) fn end_punct(t: &Tok) -> bool {
    matches!(
        t.kind,
        Kind::Punct('.' | '!' | '?' | ';' | '…' | ')' | '"' | '”' | '\'')
    )
}

pub(super) fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»')
}
