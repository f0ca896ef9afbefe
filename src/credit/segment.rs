//! Segments of a credit line (sentences and bracketed groups), their cue words, and the
//! classification of each segment into a credit shape or a refusal.

use super::*;

// ---------------------------------------------------------------------------------------------
// Segments: sentences and bracketed groups of a line

#[derive(Debug, Clone, Copy)]
pub(super) struct Seg {
    /// The whole segment, leader and brackets included.
    pub(super) outer: Span,
    /// The words: without a leading dash or bullet, inside brackets.
    pub(super) body: Span,
    pub(super) paren: bool,
}

/// Abbreviations after which a full stop does not end a sentence in a credit line: the titles
/// and months of `abbreviations.txt` (`Sen.`, `Sept.`; the sentence splitter's classes) and the
/// company abbreviations of [`COMPANY_ABBREVIATIONS`] (`Inc.`), matched as written.
pub(super) static NO_BREAK: Lazy<FxSet<&'static str>> = Lazy::new(|| {
    let src = include_str!("../lexicon/abbreviations.txt");
    crate::lexicon::section(src, "[title]")
        .chain(crate::lexicon::section(src, "[month]"))
        .chain(COMPANY_ABBREVIATIONS)
        .collect()
});

/// The abbreviations of a company's name a credit line prints before more of the line (`Tribune
/// Content Agency Inc. All rights …`): no sentence ends after them here, where the sentence
/// splitter of running text (abbreviations.txt `[other]`) may end one.
const COMPANY_ABBREVIATIONS: [&str; 4] = ["Inc", "Ltd", "Co", "Corp"];

pub(super) fn segments(h: &str, region: Span) -> Vec<Seg> {
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

pub(super) fn skip_ws(h: &str, mut pos: usize, end: usize) -> usize {
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
pub(super) fn bracket_pairs(h: &str, region: Span) -> Vec<(usize, usize)> {
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

pub(super) const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
pub(super) const STARTERS: &[char] = &[
    '•', '⦁', '·', '|', '—', '–', '―', '-', '(', '[', '©', '"', '“', '‘', '\'', '*', '▪', '►',
];

/// A set of bytes a scan stops at: ASCII characters, or the lead byte of the few non-ASCII
/// characters that matter. Never a continuation byte, so every stop is a character boundary.
pub(super) struct ByteSet([bool; 256]);

impl ByteSet {
    pub(super) const fn new(bytes: &[u8]) -> ByteSet {
        let mut set = [false; 256];
        let mut i = 0;
        while i < bytes.len() {
            set[bytes[i] as usize] = true;
            i += 1;
        }
        ByteSet(set)
    }

    /// The offset of the first byte of `hay` at or after `from` that is in the set.
    pub(super) fn find(&self, hay: &[u8], from: usize) -> Option<usize> {
        let rest = hay.get(from..)?;
        rest.iter()
            .position(|&b| self.0[usize::from(b)])
            .map(|i| from + i)
    }
}

/// Brackets and line breaks.
pub(super) static BRACKET_STOPS: ByteSet = ByteSet::new(b"()[]\n\r");

/// What can end or nest a sentence: terminators, brackets, line breaks, and the lead byte of the
/// line and paragraph separators (U+2028, U+2029).
pub(super) static SENTENCE_STOPS: ByteSet = ByteSet::new(b".!?()[]\n\r\xE2");

/// One past the end of the sentence that starts at `pos`.
pub(super) fn sentence_end(h: &str, pos: usize, end: usize) -> usize {
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
pub(super) fn glued_sentence(before: &str, after: &str) -> bool {
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
pub(super) fn no_break_before(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_uppercase(),
        (Some(_), Some(_)) => NO_BREAK.contains(word),
        _ => false,
    }
}

pub(super) static LEADER: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:[•⦁·*|>▪►■]|-{1,3}|[—–―])[\s•⦁·*|>▪►■—–―-]*").unwrap());

pub(super) fn strip_leader(h: &str, span: Span) -> Span {
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
pub(super) struct Cues(pub(super) u16);

impl Cues {
    /// [`SYND_FEED`].
    pub(super) const FEED: Cues = Cues(1);
    /// [`SYND_ORIGIN`].
    pub(super) const ORIGIN: Cues = Cues(1 << 1);
    /// [`PHOTO`].
    pub(super) const PHOTO: Cues = Cues(1 << 2);
    /// [`PHOTOGRAPHER`].
    pub(super) const SLASH: Cues = Cues(1 << 3);
    /// [`INPUTS`].
    pub(super) const INPUTS: Cues = Cues(1 << 4);
    /// [`footer`]: the role phrases of `credit_roles.txt` (not named in `credit_cues.txt`).
    pub(super) const FOOTER: Cues = Cues(1 << 5);
    /// [`TRANSLATED`].
    pub(super) const ENGLISH: Cues = Cues(1 << 6);
    /// [`CONTRIBUTED`], [`CONTRIBUTING`].
    pub(super) const CONTRIB: Cues = Cues(1 << 7);
    /// The verb of [`REPORTED_FROM`].
    pub(super) const VERB: Cues = Cues(1 << 8);
    /// The `from` of [`REPORTED_FROM`].
    pub(super) const FROM: Cues = Cues(1 << 9);
    /// [`COPYRIGHT`].
    pub(super) const COPYRIGHT: Cues = Cues(1 << 10);
    /// [`EDITORS_NOTE`].
    pub(super) const NOTE: Cues = Cues(1 << 11);
    /// [`CORRECTION`].
    pub(super) const CORRECTION: Cues = Cues(1 << 12);
    /// [`TAIL`].
    pub(super) const TAIL: Cues = Cues(1 << 13);
    /// Every family.
    pub(super) const ALL: Cues = Cues(u16::MAX);

    /// The family named `name` in `credit_cues.txt`.
    pub(super) fn family(name: &str) -> Cues {
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
    pub(super) fn of(text: &str) -> Cues {
        Cues(CUE_WORDS.scan(text))
    }

    /// The cue words (`credit_cues.txt` and the role phrases) with their families, as
    /// Aho-Corasick would find them (ASCII-case-insensitive, overlapping).
    pub(super) fn words() -> impl Iterator<Item = (&'static str, Cues)> {
        let words = data_lines(include_str!("../lexicon/credit_cues.txt")).map(|line| {
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
    pub(super) fn has(self, family: Cues) -> bool {
        self.0 & family.0 != 0
    }
}

// ---------------------------------------------------------------------------------------------
// Classifying a segment

#[derive(Debug)]
pub(super) enum Slot<'h> {
    Part(CreditPart<'h>),
    Photo,
    Correction,
    EditorsNote,
    /// Boilerplate that continues a notice (`All rights reserved.`, `Read the original article.`).
    Tail,
    Other,
}

pub(super) static PHOTO: Lazy<Regex> = Lazy::new(|| {
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
pub(super) static PHOTOGRAPHER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|[\s(])(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA|UPI|PTI|ANI|IANS|POOL|HANDOUT|Reuters|Xinhua|Getty Images)(?:\s+(?:PHOTO|Photo|photo))?\s*/\s*\p{Lu}[\p{L}'’.-]*\s+\p{Lu}")
        .unwrap()
});

pub(super) static CORRECTION: Lazy<Regex> = Lazy::new(|| {
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

pub(super) static EDITORS_NOTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:editor['’]?s['’]?\s+note|note\s+to\s+(?:readers|editors)|disclaimer)\s*[:.\-—]",
    )
    .unwrap()
});

pub(super) static TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:all\s+rights\s+reserved|this\s+material\s+may\s+not|distributed\s+by|reprinted\s+with\s+permission|used\s+with\s+permission|read\s+the\s+original|for\s+reprint|may\s+not\s+be\s+(?:published|reproduced))",
    )
    .unwrap()
});

pub(super) fn classify<'h>(h: &'h str, seg: &Seg, opts: Options) -> Slot<'h> {
    // Most segments are story sentences: one pass over the cue words rules out the shapes
    // whose words they lack, before any of those shapes' regexes run.
    classify_given(h, seg, opts, Cues::of(&h[seg.body.range()]))
}

/// A credit shape: the credit part a segment holds in that shape, if it does.
pub(super) type Shape = for<'h> fn(&'h str, &Seg) -> Option<CreditPart<'h>>;

/// [`classify`], trying only the shapes whose cues are in `cues` (all of them with [`Cues::ALL`]).
pub(super) fn classify_given<'h>(h: &'h str, seg: &Seg, opts: Options, cues: Cues) -> Slot<'h> {
    let body = &h[seg.body.range()];
    if body.is_empty() {
        return Slot::Other;
    }
    if let Some(p) = material_from(h, seg) {
        return Slot::Part(p);
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
pub(super) fn absorb_tails<'h>(h: &'h str, segs: &[Seg], slots: &mut [Slot<'h>]) {
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

pub(super) fn registry_mentions(h: &str, span: Span) -> Vec<Outlet<'_>> {
    agency::find_iter(&h[span.range()])
        .filter(|m| !m.ambiguous)
        .map(|m| Outlet {
            name: Snippet::at(h, m.name.span().shift(span.start)),
            agency: Some(m.agency),
        })
        .collect()
}

pub(super) fn push_agency<'h>(list: &mut Vec<Outlet<'h>>, o: Outlet<'h>) {
    let dup = list.iter().any(|x| match (x.agency, o.agency) {
        (Some(a), Some(b)) => a == b,
        (None, None) => x.name.as_str().eq_ignore_ascii_case(o.name.as_str()),
        _ => false,
    });
    if !dup {
        list.push(o);
    }
}
