//! The gate of the verb cue reader: whether a cue word is a reporting use here at all, the
//! hand-offs to the other readers (the possessed noun, `asked`, `quoted … as`, evidentials), and
//! the verb group the source and content phases start from.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// The gate of [`Finder::try_verb`]: `None` when the cue at token `i` reports nothing,
    /// `Break` with what a hand-off read, else `Continue` with the cue's verb group.
    pub(super) fn verb_gate(
        &mut self,
        u: usize,
        i: usize,
        used: &mut [bool],
    ) -> Option<ControlFlow<Draft<'h>, VerbCtx<'h>>> {
        let cue = self.units[u].toks[i].cue?;
        // The rules of `[verb]` in `src/lexicon/patterns.txt`: a rejection or a hand-off.
        let at = At::new(u, i, cue, GroupFacts::default());
        if let Some(m) = self.first_rule(Gate::Verb, at) {
            return self.dispatch(m, u, i, 0, used).map(ControlFlow::Break);
        }
        let (cx, at) = self.verb_group_at(u, i, cue);
        // The rules of `[verb-group]`: evidentials and passives read elsewhere.
        if let Some(m) = self.first_rule(Gate::VerbGroup, at) {
            return self
                .dispatch(m, u, cx.i, cx.vstart, used)
                .map(ControlFlow::Break);
        }
        Some(ControlFlow::Continue(cx))
    }

    /// The cue's verb group, and where the `[verb-group]` rules read it: at the token the
    /// group ends at, with its facts.
    pub(in crate::attribution) fn verb_group_at(
        &self,
        u: usize,
        i: usize,
        cue: Cue,
    ) -> (VerbCtx<'h>, At) {
        let cx = self.verb_group(u, i, cue);
        let t = &self.units[u].toks;
        let facts = GroupFacts {
            passive: cx.passive,
            after_comma: cx.vstart > 0 && t[cx.vstart - 1].punct(','),
            quoted_as: cx.said_at != cx.i,
        };
        let at = At::new(u, cx.i, cue, facts);
        (cx, at)
    }

    /// The cue's verb group ([`syntax::verb_group`]); `was quoted as saying` is read from `quoted`.
    fn verb_group(&self, u: usize, i: usize, cue: Cue) -> VerbCtx<'h> {
        // `was quoted as saying`: read from `quoted` (the rules of `[verb-start]`).
        let said_at = i;
        let at = At::new(u, i, cue, GroupFacts::default());
        let i = match self.first_rule(Gate::VerbStart, at) {
            Some(m) if m.action == Action::FromTwoBefore && i >= 2 => i - 2,
            _ => i,
        };
        let g = syntax::verb_group(&self.sentence(u), i);
        VerbCtx {
            u,
            i,
            said_at,
            cue,
            class: cue.class,
            cue_end: said_at + 1,
            vstart: g.start,
            cue_start: g.cue_start,
            // Passive/progressive checks: `is expected` has no source before it.
            passive: g.be && cue.form == Form::Past,
            np: None,
            inverted: false,
            inherited: None,
            recorded: false,
            fronted_ing: None,
        }
    }

    /// What the action of a matched rule does with the cue at token `i` of unit `u` (`vstart`:
    /// the start of its verb group, where one is read).
    fn dispatch(
        &mut self,
        m: Match,
        u: usize,
        i: usize,
        vstart: usize,
        used: &mut [bool],
    ) -> Option<Draft<'h>> {
        match m.action {
            Action::Reject | Action::Noun | Action::FromTwoBefore => None,
            Action::PossessedNoun => self.possessed_noun(u, i, used),
            Action::Asked => self.asked(u, i, used),
            Action::QuotedAs => self.quoted_as(u, m.capture?, Some(i), used),
            Action::Quotes => self.quoted_as(u, i, None, used),
            Action::Evidential => self.evidential(u, vstart, i, used),
            Action::EvidentialWith => self.evidential_with(u, vstart, i, true, used),
        }
    }
}
