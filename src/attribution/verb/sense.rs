//! Cue senses: whether a cue verb is used in one of its reporting senses here, told by its
//! complement ([`complement::complement`]). The cue lexicon declares each verb's reporting
//! senses by the complements they take (`find found +that +wh +clause +quote +pred`): `found
//! that …` and `found him guilty` report, `found a seat` does not.

use super::*;

/// The most adverbs and time words read past between a cue and its complement (`found last
/// week that`, `offered only to`).
const MAX_SKIP: usize = 3;

impl<'h> Finder<'_, 'h> {
    /// Whether the cue of `cx` takes here a complement its lexicon entry reports with. A verb
    /// that declares no senses, a passive (`was found`), an inverted cue (`said Kim`), a cue
    /// with its content before it (`“…,” he offered`), one joined by its particle (`found
    /// out`) and one followed by nothing it takes (an adjunct, the end of the clause) always
    /// read.
    pub(super) fn in_sense(&self, cx: &VerbCtx<'h>) -> bool {
        let senses = cx.cue.senses;
        if senses == 0 || cx.passive || cx.inverted {
            return true;
        }
        let t = &self.units[cx.u].toks;
        let src_start = cx.np.map_or(cx.vstart, |x| x.start);
        if src_start > 0
            && (t[src_start - 1].punct(',')
                || t[src_start - 1].quote().is_some()
                || matches!(t[src_start - 1].kind, Kind::Punct(c) if is_dash(c)))
        {
            return true;
        }
        let mut k = cx.cue_end;
        if cx.cue.particles != 0
            && PARTICLES
                .iter()
                .enumerate()
                .any(|(b, p)| cx.cue.particles & (1 << b) != 0 && self.is_word(cx.u, k, p))
        {
            return true;
        }
        // `found last week that`, `offered only to`: adverbs and time words before it.
        let limit = (k + MAX_SKIP).min(t.len());
        while k < limit
            && t[k].word()
            && !t[k].cap
            && (t[k].is(TIME)
                || self.is_any(
                    cx.u,
                    k,
                    &["also", "only", "just", "even", "again", "already"],
                )
                || self.text[t[k].span].ends_with("ly") && t[k].span.len() > 4)
        {
            k += 1;
        }
        let c = complement::complement(&self.sentence(cx.u), k);
        c == Complement::Nothing || senses & c.bit() != 0
    }
}

impl<'h> Finder<'_, 'h> {
    /// Classes a speech or writing attribution whose cue `i` is marked `!object` in the cue
    /// lexicon and whose content after the cue is the verb's object, not a proposition, a stance ([`CueClass::Stance`]): `announced a merger`,
    /// `offered no comment`, `disclosed its losses` report no words said. A quotation in the
    /// content keeps it speech.
    pub(super) fn object_stance(&self, u: usize, i: usize, d: &mut Draft<'h>) {
        if !self.units[u].toks[i].cue.is_some_and(|c| c.object)
            || !matches!(d.cue_class, CueClass::Speech | CueClass::Writing)
            || d.direct
            || !d.quotes.is_empty()
        {
            return;
        }
        let Some((a, _)) = d.content_toks else {
            return;
        };
        if a <= i || self.is_word(u, a - 1, "that") {
            return;
        }
        if matches!(
            complement::complement(&self.sentence(u), a),
            Complement::Np | Complement::ReportNoun
        ) {
            d.cue_class = CueClass::Stance;
        }
    }
}
