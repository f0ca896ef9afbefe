//! The finder: the state the cue readers share (units, drafts, used tokens) and the draft type.

use super::*;

// ---------------------------------------------------------------------------------------------
// The finder

#[derive(Debug)]
pub(super) struct Draft<'h> {
    pub(super) unit: usize,
    /// The content pieces and the quotations in them: almost always one of each, kept in
    /// the draft (no heap block per draft).
    pub(super) contents: Few<Span>,
    /// The content's tokens, `a..b` of the unit (32-bit: see [`toks`]).
    pub(super) content_toks: Option<(u32, u32)>,
    pub(super) quotes: Few<usize>,
    pub(super) direct: bool,
    pub(super) source: Option<(Span, Span, Mention<'h>, bool)>,
    pub(super) cue: Span,
    pub(super) cue_class: CueClass,
    pub(super) secondary: Vec<(Relation, Span, Span, Mention<'h>)>,
}

impl Draft<'_> {
    /// The content's tokens, `a..b` of the unit, when the reader that made the draft knows
    /// them.
    #[inline]
    pub(super) fn toks(&self) -> Option<(usize, usize)> {
        self.content_toks.map(|(a, b)| (a as usize, b as usize))
    }
}

/// Token range `a..b` as a draft keeps it: 32-bit indexes (a draft is 232 bytes, not 248; a
/// body dense with attributions holds them all until they are resolved). A unit of more than
/// four thousand million tokens (never met) keeps no range.
#[inline]
pub(super) fn toks(a: usize, b: usize) -> Option<(u32, u32)> {
    Some((u32::try_from(a).ok()?, u32::try_from(b).ok()?))
}

// The attributions are made from the drafts in the drafts' own list (a `Vec` collected from
// `into_iter` reuses its allocation when the new items are no larger), so that a body's drafts
// and its attributions are never held side by side: a draft stays at least an attribution's size.
const _: () =
    assert!(std::mem::size_of::<Attribution<'static>>() <= std::mem::size_of::<Draft<'static>>());
// A draft stays within 29 words on 64-bit targets (the peak of a body dense with attributions).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Draft<'static>>() <= 232);

pub(super) struct Finder<'a, 'h> {
    pub(super) text: &'h str,
    pub(super) quotations: &'a [Quotation<'h>],
    pub(super) units: &'a Units<'a>,
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
    /// Per titled name placed so far ([`Finder::place_titled`]): its unit, whether it is the
    /// subject, and the role an apposition or predicate nominative gives it.
    pub(super) placed: Vec<(usize, bool, Option<&'h str>)>,
    /// The document a draft's cue names after it (`wrote in a new report`), by the cue's
    /// start, for the drafts read so far ([`Finder::place_titled`] fills it while the tokens
    /// are there).
    pub(super) documents: Vec<(usize, &'h str)>,
    /// The drafts that hold nothing an attribution could
    /// ([`super::filter::lone_relative_object`]), by the cue's start and their one content.
    pub(super) hollow: Vec<(usize, Span)>,
    /// How many drafts of [`Finder::out`] have been looked at for [`Finder::documents`] and
    /// [`Finder::hollow`].
    pub(super) documented: usize,
}

/// What a [`Finder`] carries from one paragraph to the next: everything but the units.
#[derive(Debug)]
pub(super) struct Carry<'h> {
    out: Vec<Draft<'h>>,
    titled: Vec<(Span, Span, Span)>,
    name_words: Vec<&'h str>,
    covered: Vec<(usize, usize)>,
    used: Vec<bool>,
    headline: Option<usize>,
    continued: Option<(usize, usize)>,
    placed: Vec<(usize, bool, Option<&'h str>)>,
    documents: Vec<(usize, &'h str)>,
    hollow: Vec<(usize, Span)>,
    documented: usize,
}

impl Carry<'_> {
    /// Nothing found yet, with the headline's paragraph index.
    pub(super) fn new(headline: Option<usize>) -> Self {
        Carry {
            out: Vec::new(),
            titled: Vec::new(),
            name_words: Vec::new(),
            covered: Vec::with_capacity(4),
            used: Vec::with_capacity(64),
            headline,
            continued: None,
            placed: Vec::new(),
            documents: Vec::new(),
            hollow: Vec::new(),
            documented: 0,
        }
    }

    /// Room for the drafts and titled names of some `units` units.
    pub(super) fn reserve(&mut self, units: usize) {
        self.out.reserve(units / 2 + 4);
        self.titled.reserve(8);
    }
}

impl<'a, 'h> Finder<'a, 'h> {
    /// A finder over the `units` of `text`, with its `quotations` and the headline's paragraph
    /// index, holding no drafts yet.
    #[cfg(test)]
    pub(super) fn new(
        text: &'h str,
        quotations: &'a [Quotation<'h>],
        units: &'a Units<'a>,
        headline: Option<usize>,
    ) -> Self {
        let mut carry = Carry::new(headline);
        carry.reserve(units.len());
        Finder::resume(text, quotations, units, carry)
    }

    /// A finder over `units` (the current paragraph's, after the earlier ones) that goes on
    /// from what `carry` holds.
    pub(super) fn resume(
        text: &'h str,
        quotations: &'a [Quotation<'h>],
        units: &'a Units<'a>,
        carry: Carry<'h>,
    ) -> Self {
        let Carry {
            out,
            titled,
            name_words,
            covered,
            used,
            headline,
            continued,
            placed,
            documents,
            hollow,
            documented,
        } = carry;
        Finder {
            text,
            quotations,
            units,
            out,
            titled,
            name_words,
            covered,
            used,
            headline,
            continued,
            placed,
            documents,
            hollow,
            documented,
        }
    }

    /// What the finder carries on to the next paragraph, once the titled names found so far
    /// are placed (their tokens go with the paragraph).
    pub(super) fn suspend(mut self) -> Carry<'h> {
        self.place_titled();
        Carry {
            out: self.out,
            titled: self.titled,
            name_words: self.name_words,
            covered: self.covered,
            used: self.used,
            headline: self.headline,
            continued: self.continued,
            placed: self.placed,
            documents: self.documents,
            hollow: self.hollow,
            documented: self.documented,
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
