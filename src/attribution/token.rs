//! Units and tokens: the sentences of the body as runs of tokens, each with its lexicon classes.

use super::*;
use crate::util::recycled;
use crate::util::swar::{first_lane, lanes, load8};

// ---------------------------------------------------------------------------------------------
// Units and tokens

/// The most tokens read as one sentence.
pub(super) const MAX_UNIT_TOKENS: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Punct(char),
    /// A whole top-level quotation (its part in this paragraph). Which one is found from the
    /// token's span ([`quotation_at`]): the kind stays four bytes (in `char`'s niche) and the
    /// token 32, which the finder scans over and over and keeps for the whole body.
    Quote,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) span: Span,
    pub(super) kind: Kind,
    pub(super) cap: bool,
    pub(super) flags: u32,
    pub(super) cue: Option<Cue>,
}

// A token stays within four words on 64-bit targets.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Tok>() <= 32);

impl Tok {
    pub(super) fn is(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    pub(super) fn word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
    pub(super) fn punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(d) if d == c)
    }
    /// The span of the quotation atom it is (the quotation's part in the paragraph), if it is
    /// one; [`quotation_at`] tells which quotation.
    pub(super) fn quote(&self) -> Option<Span> {
        match self.kind {
            Kind::Quote => Some(self.span),
            _ => None,
        }
    }
}

/// The index of the top-level quotation of `quotations` (sorted by start, as
/// [`crate::quotations`] gives them) that holds byte `at`: the last one starting at or before
/// it, or the top-level quotation that one is nested in. Top-level quotations are disjoint, so
/// any quotation starting after the holder's start and by `at` lies inside the holder.
pub(super) fn quotation_at(quotations: &[Quotation<'_>], at: usize) -> Option<usize> {
    let mut j = quotations
        .partition_point(|q| q.span().start <= at)
        .checked_sub(1)?;
    // A parent precedes its children; the bound keeps a malformed chain from looping.
    for _ in 0..quotations.len() {
        match quotations[j].parent() {
            Some(p) if p < j => j = p,
            Some(_) => return None,
            None => break,
        }
    }
    let s = quotations[j].span();
    (s.start <= at && at < s.end).then_some(j)
}

/// A sentence (or several, where a quotation runs across a sentence end).
#[derive(Debug)]
pub(super) struct Unit<'t> {
    pub(super) para: usize,
    pub(super) span: Span,
    pub(super) toks: &'t [Tok],
    /// Whether it is the first unit of its paragraph.
    pub(super) first: bool,
}

/// The units a [`Finder`](super::finder::Finder) reads, by their index in the whole body: the
/// current paragraph's with their tokens, and the earlier ones as records without tokens (their
/// paragraph, span and place), since tokens are kept for one paragraph at a time. Readers look
/// back at an earlier unit's paragraph (`“A,” he said.` then a quotation paragraph) and read
/// tokens only of units of the current paragraph.
#[derive(Debug, Clone, Copy)]
pub(super) struct Units<'a> {
    /// The index of the first unit of `current`.
    pub(super) base: usize,
    /// Units `0..base`, without tokens.
    pub(super) past: &'a [Unit<'static>],
    /// Units `base..base + current.len()`.
    pub(super) current: &'a [Unit<'a>],
}

impl<'a> Units<'a> {
    /// All of `units`, with their tokens.
    #[cfg(test)]
    pub(super) fn whole(units: &'a [Unit<'a>]) -> Self {
        Units {
            base: 0,
            past: &[],
            current: units,
        }
    }

    /// How many units there are, earlier ones included.
    #[inline(always)]
    pub(super) fn len(&self) -> usize {
        self.base + self.current.len()
    }

    /// Unit `u`, if there is one.
    #[inline(always)]
    pub(super) fn get(&self, u: usize) -> Option<&'a Unit<'a>> {
        match self.current.get(u.wrapping_sub(self.base)) {
            Some(x) => Some(x),
            None => self.past.get(u),
        }
    }
}

impl<'a> std::ops::Index<usize> for Units<'a> {
    type Output = Unit<'a>;
    #[inline(always)]
    fn index(&self, u: usize) -> &Unit<'a> {
        // One comparison for a current unit (below `base` the difference wraps past any length).
        match self.current.get(u.wrapping_sub(self.base)) {
            Some(x) => x,
            None => &self.past[u],
        }
    }
}

/// A [`Unit`] with its tokens as a range of the shared token store.
pub(super) struct UnitAt {
    pub(super) para: usize,
    pub(super) span: Span,
    pub(super) toks: std::ops::Range<usize>,
    pub(super) first: bool,
}

impl Unit<'_> {
    /// The unit's record without its tokens, kept once its paragraph is read.
    pub(super) fn record(&self) -> Unit<'static> {
        Unit {
            para: self.para,
            span: self.span,
            toks: &[],
            first: self.first,
        }
    }
}

impl UnitAt {
    /// The unit over `store`, the token store its range indexes.
    pub(super) fn view(self, store: &[Tok]) -> Unit<'_> {
        Unit {
            para: self.para,
            span: self.span,
            toks: &store[self.toks],
            first: self.first,
        }
    }
}

pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// The units of `body`; their tokens are pushed to `store`, which each unit indexes (the
/// whole body at once: the tests' view; the parse reads a paragraph at a time).
#[cfg(test)]
pub(super) fn units(
    text: &str,
    body: &[Paragraph<'_>],
    quotations: &[Quotation<'_>],
    store: &mut Vec<Tok>,
) -> Vec<UnitAt> {
    let mut out = Vec::new();
    let mut t = Tokenizer::default();
    for (pi, p) in body.iter().enumerate() {
        t.paragraph(text, pi, p.span(), quotations, store, &mut out);
    }
    out
}

/// Reads the body paragraph by paragraph into units ([`Tokenizer::paragraph`]), keeping its
/// scratch buffers and its place among the quotations from one paragraph to the next.
#[derive(Debug)]
pub(super) struct Tokenizer {
    /// This paragraph's top-level quotation atoms: (span clipped to the paragraph, index).
    atoms: Vec<(Span, usize)>,
    /// This paragraph's sentences, merged where a quotation atom crosses a boundary.
    spans: Vec<Span>,
    /// Lower-casing scratch.
    buf: String,
    /// One window's tokens of a long paragraph read by [`holds_nothing`].
    scratch: Vec<Tok>,
    /// Quotations before this index end before the current paragraph.
    qi: usize,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::EMPTY
    }
}

impl Tokenizer {
    /// A tokenizer at the start of a body, holding no buffer (no allocation).
    pub(super) const EMPTY: Tokenizer = Tokenizer {
        atoms: Vec::new(),
        spans: Vec::new(),
        buf: String::new(),
        scratch: Vec::new(),
        qi: 0,
    };

    /// This tokenizer at the start of a body, its buffers emptied for the next article's
    /// parse; any with room for more than `max` items is freed instead (a hostile input's).
    pub(super) fn emptied(self, max: usize) -> Tokenizer {
        let mut buf = self.buf;
        if buf.capacity() > max {
            buf = String::new();
        }
        buf.clear();
        Tokenizer {
            atoms: recycled(self.atoms, max),
            spans: recycled(self.spans, max),
            buf,
            scratch: recycled(self.scratch, max),
            qi: 0,
        }
    }

    /// The units of paragraph `pi` (span `ps`) of the body, pushed to `out`; their tokens are
    /// pushed to `store`, which each unit indexes. Paragraphs are read in order: `ps` starts
    /// at or after the end of the paragraph read before. A paragraph without a quotation, a
    /// cue, a title, a reporting noun or a source phrase gives no unit (and leaves `store` as
    /// it was).
    pub(super) fn paragraph(
        &mut self,
        text: &str,
        pi: usize,
        ps: Span,
        quotations: &[Quotation<'_>],
        store: &mut Vec<Tok>,
        out: &mut Vec<UnitAt>,
    ) {
        let Tokenizer {
            atoms,
            spans,
            buf,
            scratch,
            qi,
        } = self;
        if text.get(ps.range()).is_none() {
            return;
        }
        // Top-level quotation atoms within this paragraph: (span clipped to the paragraph, index).
        while *qi < quotations.len() && quotations[*qi].span().end <= ps.start {
            *qi += 1;
        }
        atoms.clear();
        let mut j = *qi;
        while j < quotations.len() && quotations[j].span().start < ps.end {
            let q = &quotations[j];
            let s = q.span();
            if q.parent().is_none() && s.overlaps(ps) {
                let clipped = Span::new(s.start.max(ps.start), s.end.min(ps.end));
                if atoms.last().is_none_or(|&(l, _)| l.end <= clipped.start)
                    && text.get(clipped.range()).is_some()
                {
                    atoms.push((clipped, j));
                }
            }
            j += 1;
        }
        // A long paragraph without a quotation is first read window by window, keeping no
        // tokens: one without a cue, a title or a label colon is passed over without ever
        // holding all its tokens at once (a hostile paragraph of marks costs a token a byte).
        if atoms.is_empty() && ps.len() > SCAN_WINDOW && holds_nothing(text, ps, buf, scratch) {
            return;
        }
        // One pass over the paragraph; a paragraph without a quotation, a cue or a title holds
        // nothing to find.
        let mut ai = 0;
        let base = store.len();
        tokenize(text, ps, atoms, &mut ai, buf, store);
        // The running parser's extra cue words, after the shared lexicon.
        extra::mark(text, &mut store[base..], buf);
        let all = &store[base..];
        // `Poll: Clinton leads`: a short source and a colon open the paragraph.
        let label = all.iter().take(8).any(|t| t.punct(':'));
        if atoms.is_empty()
            && !label
            && !all
                .iter()
                .any(|t| t.cue.is_some() || t.is(PHRASE | TITLE | REPORT_NOUN))
        {
            store.truncate(base);
            return;
        }
        // Sentences, merged where a quotation atom crosses a boundary.
        spans.clear();
        let mut a = 0;
        for s in crate::text::sentences(text, ps) {
            let s = s.span();
            while a < atoms.len() && atoms[a].0.end <= s.start {
                a += 1;
            }
            // Atoms are sorted and disjoint: only the first one not ending before this
            // sentence can straddle the boundary.
            let crosses = spans.last().is_some_and(|l| {
                atoms
                    .get(a)
                    .is_some_and(|(at, _)| at.start < l.end && at.end > s.start)
            });
            match spans.last_mut() {
                Some(l) if crosses => l.end = s.end,
                _ => spans.push(s),
            }
        }
        let mut ti = 0;
        for (k, &s) in spans.iter().enumerate() {
            while ti < all.len() && all[ti].span.start < s.start {
                ti += 1;
            }
            let from = ti;
            while ti < all.len() && all[ti].span.start < s.end {
                ti += 1;
            }
            // A run-on "sentence" (a list, a table, text without punctuation) is read in
            // bounded windows, which keeps every clause scan, and so the whole pass, linear.
            for (c, chunk) in all[from..ti].chunks(MAX_UNIT_TOKENS).enumerate() {
                let span = match (chunk.first(), chunk.last()) {
                    (Some(a), Some(b)) if chunk.len() == MAX_UNIT_TOKENS || c > 0 => {
                        Span::new(a.span.start, b.span.end)
                    }
                    _ => s,
                };
                let at = base + from + c * MAX_UNIT_TOKENS;
                out.push(UnitAt {
                    para: pi,
                    span,
                    toks: at..at + chunk.len(),
                    first: k == 0 && c == 0,
                });
            }
        }
    }
}

/// The bytes of a paragraph read at a time by [`holds_nothing`] (a window ends at the first
/// ASCII whitespace from there on).
pub(super) const SCAN_WINDOW: usize = 1 << 16;

/// Whether paragraph `ps`, without quotation atoms, holds nothing to find: no token with a cue
/// (the running parser's extra cues included), a source phrase, a title or a reporting noun, and
/// no colon among its first eight tokens.
/// It is tokenized in windows of about [`SCAN_WINDOW`] bytes that end at ASCII whitespace, which
/// no token crosses, so each window's tokens are the paragraph's own; `scratch` holds one
/// window's tokens at a time. `false` (read it whole) when no window end is found near enough.
pub(super) fn holds_nothing(
    text: &str,
    ps: Span,
    buf: &mut String,
    scratch: &mut Vec<Tok>,
) -> bool {
    let bytes = text.as_bytes();
    let mut from = ps.start;
    let mut seen = 0; // tokens of earlier windows
    while from < ps.end {
        let mut to = (from + SCAN_WINDOW).min(ps.end);
        if to < ps.end {
            let reach = (to + SCAN_WINDOW).min(ps.end);
            match memchr::memchr3(b' ', b'\n', b'\t', &bytes[to..reach]) {
                Some(o) => to += o,
                None => return false,
            }
        }
        scratch.clear();
        let mut ai = 0;
        tokenize(text, Span::new(from, to), &[], &mut ai, buf, scratch);
        // The running parser's extra cue words too, as for a paragraph read whole.
        extra::mark(text, scratch, buf);
        let label = scratch
            .iter()
            .take(8usize.saturating_sub(seen))
            .any(|t| t.punct(':'));
        if label
            || scratch
                .iter()
                .any(|t| t.cue.is_some() || t.is(PHRASE | TITLE | REPORT_NOUN))
        {
            return false;
        }
        seen += scratch.len();
        from = to;
    }
    true
}

/// Whether a byte is an ASCII letter or digit, by table.
pub(super) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The top bit of each byte of `x` (eight bytes, little-endian) that is no ASCII letter or
/// digit ([`ASCII_ALNUM`] false), all other bits clear. Each byte is tested apart, by adding
/// to its low seven bits a bias that carries into its top bit from the range's first byte up
/// (no carry crosses into the next byte).
#[inline(always)]
fn not_alnum_lanes(x: u64) -> u64 {
    const HI: u64 = lanes(0x80);
    let low = x & !HI;
    let digit = low.wrapping_add(lanes(0x80 - b'0')) & !low.wrapping_add(lanes(0x80 - b'9' - 1));
    // Setting bit 5 maps `A..=Z` onto `a..=z` and no other byte into that range.
    let folded = low | lanes(0x20);
    let letter =
        folded.wrapping_add(lanes(0x80 - b'a')) & !folded.wrapping_add(lanes(0x80 - b'z' - 1));
    // A non-ASCII byte is none of them.
    !((digit | letter) & !x) & HI
}

/// The end of the run of ASCII letters and digits starting at `at`, at most `limit`: eight
/// bytes a step, so that the loop's exit is taken once a word mostly on its first step, not
/// after a step a letter.
#[inline(always)]
pub(super) fn ascii_alnum_run_end(bytes: &[u8], mut at: usize, limit: usize) -> usize {
    while at < limit {
        let Some(x) = load8(bytes, at) else {
            // The last bytes of the text: one at a time.
            while at < limit && ASCII_ALNUM[usize::from(bytes[at])] {
                at += 1;
            }
            return at;
        };
        let mut stop = not_alnum_lanes(x);
        // Bytes at or past `limit` end the run.
        if limit - at < 8 {
            stop |= lanes(0x80) << (8 * (limit - at));
        }
        if stop != 0 {
            return at + first_lane(stop);
        }
        at += 8;
    }
    limit
}

pub(super) fn tokenize(
    text: &str,
    s: Span,
    atoms: &[(Span, usize)],
    ai: &mut usize,
    buf: &mut String,
    toks: &mut Vec<Tok>,
) {
    toks.reserve(s.len() / 5 + 4);
    let lex = &*LEX;
    let mut pos = s.start;
    let bytes = text.as_bytes();
    // Below this offset no quotation atom starts (the start of the next one, as last worked
    // out): ASCII whitespace there is skipped without the atom checks.
    let mut plain_until = s.start;
    while pos < s.end {
        // Below `plain_until` no quotation atom starts (atoms are sorted and disjoint), nor
        // does one end: the atom checks are passed over.
        if pos >= plain_until {
            while *ai < atoms.len() && atoms[*ai].0.end <= pos {
                *ai += 1;
            }
            if let Some(&(at, _)) = atoms.get(*ai)
                && at.start <= pos
            {
                toks.push(Tok {
                    span: Span::new(pos, at.end.min(s.end).max(pos)),
                    kind: Kind::Quote,
                    cap: false,
                    flags: 0,
                    cue: None,
                });
                pos = at.end.max(pos + 1);
                while pos < text.len() && !text.is_char_boundary(pos) {
                    pos += 1;
                }
                continue;
            }
            plain_until = atoms.get(*ai).map_or(s.end, |a| a.0.start.min(s.end));
        }
        let next_atom = plain_until;
        // An ASCII byte (most of them) is classed by its value alone: a space, a mark or a
        // word's first letter, without decoding a char.
        let b = bytes[pos];
        let c = if b < 0x80 {
            if !ASCII_ALNUM[usize::from(b)] {
                if matches!(b, b'\t'..=b'\r' | b' ') {
                    pos += 1;
                    continue;
                }
                toks.push(Tok {
                    span: Span::new(pos, pos + 1),
                    kind: Kind::Punct(char::from(b)),
                    cap: false,
                    flags: 0,
                    cue: None,
                });
                pos += 1;
                continue;
            }
            char::from(b)
        } else {
            match text[pos..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if c.is_ascii() || c.is_alphanumeric() {
            // A word: letters and digits, with inner apostrophes, hyphens and periods kept, and
            // a final period kept for abbreviations (`Sen.`, `U.S.`).
            let mut end = pos + c.len_utf8();
            let mut ascii = c.is_ascii();
            // Whether an apostrophe joins the word (only a joiner can: it is no letter).
            let mut apos = false;
            while end < next_atom {
                // A run of ASCII letters and digits first, eight bytes at a time; a space (the
                // most common end) ends the word without more tests.
                end = ascii_alnum_run_end(bytes, end, next_atom);
                if end >= next_atom || bytes[end] == b' ' {
                    break;
                }
                let d = match bytes[end] {
                    b if b < 0x80 => char::from(b),
                    _ => match text[end..].chars().next() {
                        Some(d) => d,
                        None => break,
                    },
                };
                // An ASCII `d` stopped the run above: only a non-ASCII one can be a letter.
                if !d.is_ascii() && d.is_alphanumeric() {
                    ascii = false;
                    end += d.len_utf8();
                    continue;
                }
                // `2,400` is one number, not a clause comma.
                let joiner = matches!(d, '\'' | '’' | '-' | '‐' | '.' | '&')
                    || d == ','
                        && bytes[end - 1].is_ascii_digit()
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                let after = end + d.len_utf8();
                if joiner
                    && after < next_atom
                    && text[after..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                {
                    ascii &= d.is_ascii();
                    apos |= matches!(d, '\'' | '’');
                    end = after;
                    continue;
                }
                break;
            }
            let w = &text[pos..end];
            // Abbreviation period: a title or a dotted abbreviation.
            if end < next_atom && bytes[end] == b'.' {
                // `w.` lower-cased: read in place where it is short and ASCII (the period is
                // `bytes[end]`), as `lower` and a push would build it.
                let title = |buf: &mut String| {
                    if ascii && w.len() < PACKED {
                        lex.get_ascii_lower_at(bytes, pos, w.len() + 1).0 & TITLE != 0
                    } else {
                        lower(w, buf);
                        buf.push('.');
                        lex.get(buf.as_str()).0 & TITLE != 0
                    }
                };
                if w.len() == 1 && c.is_uppercase() || w.contains('.') || title(buf) {
                    end += 1;
                    // `U.S.-based`, `U.K.-born`: a hyphen after the abbreviation's period
                    // joins the next word to it, as in `US-based`.
                    while end + 1 < next_atom
                        && bytes[end] == b'-'
                        && text[end + 1..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                    {
                        end += 1;
                        while end < next_atom
                            && let Some(d) = text[end..].chars().next()
                            && d.is_alphanumeric()
                        {
                            ascii &= d.is_ascii();
                            end += d.len_utf8();
                        }
                    }
                }
            }
            let w = &text[pos..end];
            // The entry stays a reference into the table until it is copied into the token:
            // an entry value merged from the three paths would go through the stack.
            let entry: &Entry = if ascii && w.len() <= PACKED {
                lex.get_ascii_lower_at(bytes, pos, w.len())
            } else if w.len() > lex.longest || ascii && !lex.may_hold_ascii(w) {
                &NO_ENTRY
            } else {
                let l = lower(w, buf);
                lex.get(l)
            };
            let mut flags = entry.0;
            // Only a word an apostrophe joins (a few in a hundred) is read again: the branch is
            // on that alone, not on its flags too, which are as often zero as not.
            if apos {
                flags = contraction_flags(lex, w, flags, buf);
            }
            toks.push(Tok {
                span: Span::new(pos, end),
                kind: Kind::Word,
                cap: c.is_uppercase(),
                flags,
                cue: None,
            });
            // The cue is copied from the table after the push: read before it, its seven
            // bytes are held across the push's call to grow, on the stack, and read back in
            // two overlapping halves that cannot be forwarded from the stores.
            if let Some(t) = toks.last_mut() {
                t.cue = entry.1;
            }
            pos = end;
            // The space after a word, as the top of the loop would pass it over.
            if pos < next_atom && bytes[pos] == b' ' {
                pos += 1;
            }
            continue;
        }
        toks.push(Tok {
            span: Span::new(pos, pos + c.len_utf8()),
            kind: Kind::Punct(c),
            cap: false,
            flags: 0,
            cue: None,
        });
        pos += c.len_utf8();
    }
}

/// The flags of word `w`, an apostrophe in it, whose own lexicon flags are `flags`: where it
/// has none and is short, a pronoun with a contracted verb is still the pronoun (`he’s`,
/// `they're`), so it takes the pronoun's flags (and its [`READ_BY_WORD`]: `who's` is read by
/// word).
#[inline(never)]
fn contraction_flags(lex: &Lexicon, w: &str, flags: u32, buf: &mut String) -> u32 {
    if flags == 0
        && w.len() <= 8
        // `w.find(['\'', '’'])`, byte by byte: UTF-8 finds `’` only at a char start.
        && let Some(a) = (0..w.len()).find(|&k| {
            w.as_bytes()[k] == b'\'' || w.as_bytes()[k..].starts_with("’".as_bytes())
        })
        && a > 0
    {
        let l = lower(&w[..a], buf);
        lex.get(l).0 & (PRONOUN | MALE | FEMALE | READ_BY_WORD)
    } else {
        flags
    }
}

/// One unit's tokens with the text they index: the view the syntax readers take.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sentence<'a> {
    /// The whole text the token spans index.
    pub(super) text: &'a str,
    /// The unit's tokens.
    pub(super) toks: &'a [Tok],
}

impl Sentence<'_> {
    /// Whether token `k` is the word `w` (ASCII case ignored).
    #[inline(always)]
    pub(super) fn is_word(&self, k: usize, w: &str) -> bool {
        match self.toks.get(k) {
            Some(x) => {
                x.span.len() == w.len()
                    && x.word()
                    && self.text.as_bytes()[x.span.range()].eq_ignore_ascii_case(w.as_bytes())
            }
            None => false,
        }
    }

    /// Whether token `k` is a word with lexicon flag `f` (one of [`SUBORDINATORS`] for `SUB`).
    #[inline(always)]
    pub(super) fn has(&self, k: usize, f: u32) -> bool {
        self.toks.get(k).is_some_and(|x| x.word() && x.is(f))
    }

    /// Whether token `k` is one of the words `ws` (as [`Self::is_word`] for each).
    #[inline(always)]
    pub(super) fn is_any(&self, k: usize, ws: &[&str]) -> bool {
        match self.toks.get(k) {
            Some(x) if x.word() => {
                let b = &self.text.as_bytes()[x.span.range()];
                // The length and the first letter first, as one key in one rarely taken branch
                // (a branch on the length alone is often taken among short words, and
                // mispredicted): most words fail there; the list is read to its end (a loop the
                // predictor learns). An empty list word's first byte is 0x100, which no byte is.
                let first = b.first().map_or(0, |c| c | 0x20);
                let key = ((b.len() as u64) << 9) | u64::from(first);
                let mut hit = false;
                for w in ws {
                    let w = w.as_bytes();
                    let wkey = ((w.len() as u64) << 9) | w.first().map_or(0x100, |&c| u64::from(c));
                    if key == wkey {
                        hit |= b.eq_ignore_ascii_case(w);
                    }
                }
                hit
            }
            _ => false,
        }
    }
}

/// The tokens of the first unit of `text` (a test's own sentence, with a cue in it), as the
/// finder reads them: no finder built.
#[cfg(test)]
pub(super) fn first_unit_toks(text: &str) -> Vec<Tok> {
    let body: Vec<_> = crate::text::paragraphs(text).collect();
    let quotations = crate::quote::quotations(text);
    let mut store = Vec::new();
    let units = units(text, &body, &quotations, &mut store);
    store[units[0].toks.clone()].to_vec()
}

/// The index of the first token of `toks` that is the word `w` of `text` (a test's own
/// sentence); panics when the word is not there.
#[cfg(test)]
pub(super) fn word_index(text: &str, toks: &[Tok], w: &str) -> usize {
    toks.iter()
        .position(|t| &text[t.span] == w)
        .expect("the word is in the text")
}

#[cfg(test)]
mod run_tests {
    use super::*;
    use proptest::prelude::*;

    /// The run end by the byte table, one byte at a time.
    fn by_table(bytes: &[u8], at: usize, limit: usize) -> usize {
        (at..limit)
            .find(|&k| !ASCII_ALNUM[usize::from(bytes[k])])
            .unwrap_or(limit.max(at))
    }

    #[test]
    fn every_byte_is_classed_as_the_table_does() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut a = [b'a'; 8];
                a[lane] = b;
                let stop = not_alnum_lanes(u64::from_le_bytes(a));
                let want = if ASCII_ALNUM[usize::from(b)] {
                    0
                } else {
                    0x80u64 << (8 * lane)
                };
                assert_eq!(stop, want, "byte {b:#x} in lane {lane}");
            }
        }
    }

    proptest! {
        #[test]
        fn runs_end_where_the_table_says(
            bytes in proptest::collection::vec(
                prop_oneof![b'0'..=b'9', b'A'..=b'Z', b'a'..=b'z', any::<u8>()], 0..40),
            at in 0usize..40,
            limit in 0usize..40,
        ) {
            let limit = limit.min(bytes.len());
            let at = at.min(limit);
            prop_assert_eq!(ascii_alnum_run_end(&bytes, at, limit), by_table(&bytes, at, limit));
        }
    }
}

/// The word tests' answers pinned against a plain byte comparison, for any rewrite of them
/// (keys, word identities): ASCII case folded, the first-byte rule of `is_any` (its words are
/// written in lower case), non-ASCII words, and tokens near the text's end.
#[cfg(test)]
mod word_tests {
    use super::*;
    use proptest::prelude::*;

    fn is_word_bytes(text: &str, x: &Tok, w: &str) -> bool {
        x.span.len() == w.len()
            && x.word()
            && text.as_bytes()[x.span.range()].eq_ignore_ascii_case(w.as_bytes())
    }

    fn is_any_bytes(text: &str, x: &Tok, ws: &[&str]) -> bool {
        let b = &text.as_bytes()[x.span.range()];
        x.word()
            && ws.iter().any(|w| {
                let w = w.as_bytes();
                // A word whose first byte lacks the 0x20 bit (a capital, `@`, `[`, the lead
                // byte of `é`) is never matched: `is_any` folds the token's first byte by
                // setting that bit.
                b.eq_ignore_ascii_case(w) && w[0] & 0x20 != 0
            })
    }

    /// Literal words of every shape the readers use and some they do not: short and long,
    /// capitalised, with an apostrophe, a digit, a non-ASCII letter.
    const WORDS: [&str; 16] = [
        "a",
        "as",
        "said",
        "he's",
        "however",
        "whereas",
        "meanwhile",
        "particularly",
        "Mr",
        "Zed",
        "café",
        "é",
        "x9",
        "[a]",
        "@",
        "ñandú",
    ];

    fn token(kind: Kind, start: usize, end: usize) -> Tok {
        Tok {
            span: Span::new(start, end),
            kind,
            cap: false,
            flags: 0,
            cue: None,
        }
    }

    proptest! {
        /// Every token of a text made of the literals (in any case), their neighbours and
        /// stray bytes, at any distance from the text's end, gets the byte comparison's answer.
        #[test]
        fn word_tests_agree_with_bytes(
            parts in proptest::collection::vec(
                prop_oneof![
                    (0..WORDS.len()).prop_map(|i| WORDS[i].to_string()),
                    (0..WORDS.len()).prop_map(|i| WORDS[i].to_uppercase()),
                    "[a-zA-Z@\\[\\]`{éÉñ'9]{1,10}",
                ],
                1..8,
            ),
            punct in any::<bool>(),
        ) {
            let text = parts.join(" ");
            let mut toks = Vec::new();
            let mut at = 0;
            for p in &parts {
                let kind = if punct && p.len() == 1 { Kind::Punct('@') } else { Kind::Word };
                toks.push(token(kind, at, at + p.len()));
                at += p.len() + 1;
            }
            let s = Sentence { text: &text, toks: &toks };
            let upper = WORDS.map(|w| w.to_uppercase());
            let upper: Vec<&str> = upper.iter().map(String::as_str).collect();
            for (k, x) in toks.iter().enumerate() {
                let t = &text[x.span.range()];
                for w in WORDS {
                    prop_assert_eq!(s.is_word(k, w), is_word_bytes(&text, x, w), "{:?} {}", t, w);
                }
                for ws in [&WORDS[..], &WORDS[..3], &WORDS[5..9], &WORDS[9..], &upper[..]] {
                    prop_assert_eq!(s.is_any(k, ws), is_any_bytes(&text, x, ws), "{:?}", t);
                }
            }
            prop_assert!(!s.is_word(toks.len(), "a") && !s.is_any(toks.len(), &WORDS));
        }
    }

    #[test]
    fn a_word_matches_in_any_case_and_at_the_text_end() {
        let text = "He said, HOWEVER, that Meanwhile said";
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let at = |w| word_index(text, &toks, w);
        assert!(s.is_word(at("He"), "he") && s.is_word(at("He"), "HE"));
        assert!(s.is_any(at("HOWEVER"), &["but", "however"]));
        assert!(s.is_any(at("Meanwhile"), &["meanwhile"]));
        assert!(!s.is_any(at("He"), &["h", "hex", "the"]));
        let last = toks.len() - 1;
        assert!(s.is_word(last, "said") && s.is_any(last, &["told", "said"]));
        assert!(!s.is_word(last, "sai") && !s.is_any(last, &["saidx"]));
        assert!(!s.is_word(at("said") + 1, ","), "a mark is no word");
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;

    /// The verdict of reading the paragraph `text` whole, as [`units`] does.
    fn whole(text: &str) -> bool {
        let mut toks = Vec::new();
        let mut ai = 0;
        let all = Span::new(0, text.len());
        tokenize(text, all, &[], &mut ai, &mut String::new(), &mut toks);
        !(toks.iter().take(8).any(|t| t.punct(':'))
            || toks
                .iter()
                .any(|t| t.cue.is_some() || t.is(PHRASE | TITLE | REPORT_NOUN)))
    }

    fn windowed(text: &str) -> bool {
        let all = Span::new(0, text.len());
        holds_nothing(text, all, &mut String::new(), &mut Vec::new())
    }

    #[test]
    fn windows_agree_with_the_whole_paragraph() {
        let filler = "(((x))) ''' 3.5, 2,400 co-op ‘–’ x.y ";
        let base = filler.repeat(2 * SCAN_WINDOW / filler.len() + 3);
        assert!(windowed(&base) && whole(&base), "the filler holds nothing");
        // A cue, a title and a reporting noun anywhere, words across every window edge, and a
        // label colon among the first eight tokens only.
        let mut cases = Vec::new();
        for w in ["said", "President", "statement", "told"] {
            for at in [
                0,
                5,
                SCAN_WINDOW - 3,
                SCAN_WINDOW + 2,
                base.len() / 2,
                base.len(),
            ] {
                let at = (0..=at)
                    .rev()
                    .find(|&k| base.is_char_boundary(k))
                    .unwrap_or(0);
                let mut t = base.clone();
                t.insert_str(at, w);
                cases.push(t);
            }
        }
        cases.push(format!("Xyz: {base}"));
        cases.push(format!("x x x x x x x x Xyz: {base}"));
        for t in &cases {
            assert_eq!(windowed(t), whole(t), "{:?}", &t[..40]);
        }
        assert!(!windowed(&cases[0]), "a cue is found");
        assert!(
            !windowed(&cases[cases.len() - 2]),
            "an opening label is found"
        );
        assert!(
            windowed(&cases[cases.len() - 1]),
            "a later colon is no label"
        );
    }

    #[test]
    fn a_paragraph_without_a_window_end_is_read_whole() {
        let marks = "'".repeat(3 * SCAN_WINDOW);
        assert!(whole(&marks));
        assert!(!windowed(&marks));
    }
}

#[cfg(test)]
mod quote_atom_tests {
    use super::*;

    #[test]
    fn an_atom_finds_its_top_level_quotation() {
        let text = "He said “we ‘will’ go” and “stay”.\n\n“One\n\nTwo” and ‘three’ end.";
        let qs = crate::quote::quotations(text);
        assert!(
            qs.iter().any(|q| q.parent().is_some()),
            "a nested quotation"
        );
        for (i, q) in qs.iter().enumerate() {
            let top = (0..qs.len())
                .filter(|&j| qs[j].parent().is_none() && qs[j].span().contains(q.span()))
                .collect::<Vec<_>>();
            for at in q.span().start..q.span().end {
                if text.is_char_boundary(at) {
                    assert_eq!(quotation_at(&qs, at), top.first().copied(), "{i} at {at}");
                }
            }
        }
        assert_eq!(quotation_at(&qs, 0), None);
        assert_eq!(quotation_at(&qs, text.len()), None);
    }
}
