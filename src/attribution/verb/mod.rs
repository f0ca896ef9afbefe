//! The verb cue reader: a speech or cognition verb, its source and its content.

use std::ops::ControlFlow;

use super::*;

mod content;
mod gate;
mod sense;
mod source;

/// What the phases of [`Finder::try_verb`] share: the cue and its verb group, as the gate
/// finds them.
#[derive(Debug)]
pub(super) struct VerbCtx<'h> {
    /// The sentence (unit) the cue is in.
    pub(super) u: usize,
    /// The cue token the verb group ends at (`quoted` in `was quoted as saying`).
    pub(super) i: usize,
    /// The cue word itself (`saying` in `was quoted as saying`).
    pub(super) said_at: usize,
    /// The cue's lexicon entry.
    pub(super) cue: Cue,
    /// The class the attribution gets (`quoted as saying` makes it speech).
    pub(super) class: CueClass,
    /// One past the last token of the cue (a particle or `as saying` extends it).
    pub(super) cue_end: usize,
    /// The first token of the verb group: auxiliaries and adverbs before the cue.
    pub(super) vstart: usize,
    /// The first token of the cue span (the first auxiliary, or the cue).
    pub(super) cue_start: usize,
    /// A form of `be` before a past participle: `was criticized`, `is expected`.
    pub(super) passive: bool,
    /// The source noun phrase: the subject, or the one after an inverted cue.
    pub(super) np: Option<Np>,
    /// The source stands after the cue (`“…,” said Kim`).
    pub(super) inverted: bool,
    /// A source taken from elsewhere (the clause subject, the previous attribution).
    pub(super) inherited: Option<(Span, Span, Mention<'h>, bool)>,
    /// The source is the one recorded (`footage of Trump saying …`).
    pub(super) recorded: bool,
    /// A sentence-opening participle's content ends at this comma.
    pub(super) fronted_ing: Option<usize>,
}

impl<'h> Finder<'_, 'h> {
    /// A verb cue at token `i`.
    pub(super) fn try_verb(&mut self, u: usize, i: usize, used: &mut [bool]) -> Option<Draft<'h>> {
        // The context and the draft are read where they lie, not moved out: both are large.
        let mut gate = self.verb_gate(u, i, used)?;
        let ControlFlow::Continue(cx) = &mut gate else {
            return gate.break_value();
        };
        if let Some(d) = self.passive_source(cx, used) {
            return d;
        }
        let ing_after_sub = self.verb_subject(cx);
        self.inherited_source(cx, ing_after_sub)?;
        if !self.source_fits(cx) || !self.in_sense(cx) {
            return None;
        }
        let mut d = self.verb_content(cx, used);
        if let Some(d) = &mut d {
            self.object_stance(u, i, d);
        }
        d
    }
}
