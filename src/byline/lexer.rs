//! The byline tokenizer: words, marks, e-mail addresses, handles, HTML tags.

use super::*;

/// The shapes a byline token can take, in the order they are tried at a position: the first
/// that matches there is the token, as in a leftmost-first regex alternation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Shape {
    Tag,
    Email,
    Handle,
    Domain,
    Time,
    Num,
    Nick,
    Poss,
    Nbsp,
    Word,
    Newline,
    Strong,
    Comma,
    Amp,
    Open,
    Close,
    Colon,
}

/// Each shape's pattern, in the order they are tried. A tag is `<[^<>\n]{0,300}>`, read by
/// hand ([`tag_len`]); the bounds of handles (`@\w{1,40}`) and nicknames (1 to 30 characters
/// between the quotes) are applied after the match ([`shape_at`]): bounded repetitions of
/// Unicode classes make large automata.
pub(super) const SHAPES: [(Shape, &str); 16] = [
    (Shape::Email, r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),
    (Shape::Handle, r"@\w+"),
    (
        Shape::Domain,
        r"[\p{L}\d][\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.(?i:com|net|org|co\.uk|co|uk|in|io|info|news|tv|ie|au|ca|pk|bd)\b",
    ),
    (Shape::Time, r"\d{1,2}:\d{2}(?::\d{2})?"),
    (Shape::Num, r"\d+(?:[/.\-]\d+)*(?:st|nd|rd|th)?"),
    (Shape::Nick, r#""[\p{L} .'’\-]+"|“[\p{L} .'’\-]+”"#),
    (Shape::Poss, r"['’]s\b"),
    (Shape::Nbsp, "&nbsp;"),
    (
        Shape::Word,
        r"(?:\p{L}|&#\d{2,6};|&#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})(?:[\p{L}\p{M}'’.\-]|&#\d{2,6};|&#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})*",
    ),
    (Shape::Newline, r"\r\n|\n|\r|\u{2028}|\u{2029}|[ \t]{3,}|\t"),
    (Shape::Strong, r"//|\|+|[•·;/]|--+|[-–—]|\."),
    (Shape::Comma, ","),
    (Shape::Amp, r"&(?:amp;|#38;)?|\+"),
    (Shape::Open, r"[(\[]"),
    (Shape::Close, r"[)\]]"),
    (Shape::Colon, ":"),
];

/// Each shape anchored at the start of the text it is tried on: the specification of
/// [`shape_len`], which reads the same by hand.
#[cfg(test)]
pub(super) static ANCHORED: Lazy<Vec<(Shape, Regex)>> = Lazy::new(|| {
    SHAPES
        .iter()
        .map(|&(s, p)| {
            (
                s,
                Regex::new(&format!("^(?:{p})")).expect("byline token shape"),
            )
        })
        .collect()
});

impl Shape {
    /// Whether a match of the shape can start with `c` (a cheap filter: never false when it
    /// can).
    pub(super) fn may_start(self, c: char) -> bool {
        let other = !c.is_ascii();
        match self {
            // Read by hand: see `tag_len`.
            Shape::Tag => false,
            Shape::Email => {
                other || c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '+' | '-')
            }
            Shape::Handle => c == '@',
            Shape::Domain => c.is_alphanumeric(),
            Shape::Time | Shape::Num => c.is_numeric(),
            Shape::Nick => matches!(c, '"' | '“'),
            Shape::Poss => matches!(c, '\'' | '’'),
            Shape::Nbsp => c == '&',
            Shape::Word => c.is_alphabetic() || matches!(c, '&' | '\\'),
            Shape::Newline => matches!(c, '\r' | '\n' | ' ' | '\t' | '\u{2028}' | '\u{2029}'),
            Shape::Strong => matches!(c, '/' | '|' | '•' | '·' | ';' | '-' | '–' | '—' | '.'),
            Shape::Comma => c == ',',
            Shape::Amp => matches!(c, '&' | '+'),
            Shape::Open => matches!(c, '(' | '['),
            Shape::Close => matches!(c, ')' | ']'),
            Shape::Colon => c == ':',
        }
    }
}

/// Whether `b` (the byte after a run, `None` at the end) is plain ASCII punctuation or space
/// that continues none of the shapes: not alphanumeric and not one of `extra`.
pub(super) fn quiet(b: Option<&u8>, extra: &[u8]) -> bool {
    b.is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric() && !extra.contains(b))
}

/// A web domain needs a full stop followed by a letter within its run of letters, digits,
/// hyphens and full stops (a cheap filter: never false when a domain can start here).
pub(super) fn may_be_domain(rest: &str) -> bool {
    let mut dot = false;
    for c in rest.chars() {
        if dot && c.is_alphabetic() {
            return true;
        }
        dot = c == '.';
        if !(dot || c == '-' || c.is_alphanumeric()) {
            return false;
        }
    }
    false
}

/// The token at the start of `rest` (which starts with `c`): its shape and length.
///
/// Plain words, numbers and punctuation are read by hand, where the next byte shows that no
/// earlier shape (an e-mail address, a domain, a time) can match; anything else is tried
/// against the anchored patterns in order. Each pattern is anchored, so a position costs at
/// most one pass over the run of characters its shapes can span.
pub(super) fn shape_at(rest: &str, c: char) -> Option<(Shape, usize)> {
    let b = rest.as_bytes();
    let run = |f: fn(&u8) -> bool| b.iter().position(|x| !f(x)).unwrap_or(b.len());
    match c {
        'a'..='z' | 'A'..='Z' => {
            let j = run(u8::is_ascii_alphabetic);
            if quiet(b.get(j), b"_.+-@'&\\") {
                return Some((Shape::Word, j));
            }
        }
        '0'..='9' => {
            let j = run(u8::is_ascii_digit);
            if quiet(b.get(j), b"_.+-@:/") {
                return Some((Shape::Num, j));
            }
        }
        '<' => return tag_len(rest).map(|n| (Shape::Tag, n)),
        ',' => return Some((Shape::Comma, 1)),
        '(' | '[' => return Some((Shape::Open, 1)),
        ')' | ']' => return Some((Shape::Close, 1)),
        ':' => return Some((Shape::Colon, 1)),
        ';' => return Some((Shape::Strong, 1)),
        '|' => return Some((Shape::Strong, run(|x| *x == b'|'))),
        '/' => return Some((Shape::Strong, if b.get(1) == Some(&b'/') { 2 } else { 1 })),
        '\n' => return Some((Shape::Newline, 1)),
        '\r' => return Some((Shape::Newline, if b.get(1) == Some(&b'\n') { 2 } else { 1 })),
        ' ' | '\t' => {
            let j = run(|x| matches!(x, b' ' | b'\t'));
            return match (j >= 3, c) {
                (true, _) => Some((Shape::Newline, j)),
                (false, '\t') => Some((Shape::Newline, 1)),
                (false, _) => None,
            };
        }
        '.' | '-' | '+' if quiet(b.get(1), b"_.+-@") => {
            let shape = if c == '+' { Shape::Amp } else { Shape::Strong };
            return Some((shape, 1));
        }
        _ => {}
    }
    SHAPES
        .iter()
        .filter(|(s, _)| s.may_start(c) && (*s != Shape::Domain || may_be_domain(rest)))
        .find_map(|(s, _)| {
            let m = &rest[..shape_len(*s, rest)?];
            match s {
                // `@\w{1,40}`: the first 40 word characters.
                Shape::Handle => Some(m.char_indices().nth(41).map_or(m.len(), |(i, _)| i)),
                // `"[…]{1,30}"`: the class holds no closing quote, so the match is the only one.
                Shape::Nick if m.chars().count() > 32 => None,
                _ => Some(m.len()),
            }
            .map(|n| (*s, n))
        })
}

/// The length of `shape`'s match at the start of `rest` (what its anchored pattern in
/// [`SHAPES`] finds there), read by hand. In every pattern but the domain's, each item has one
/// end that what follows can take (a run's next character could never start what comes after
/// it), and nothing is required after the last, so the greedy reading is the match; a domain
/// gives back labels until a top-level domain and a word boundary follow.
pub(super) fn shape_len(shape: Shape, rest: &str) -> Option<usize> {
    use crate::lineshape::class::run_end;
    use crate::lineshape::class::{is_boundary, is_digit, is_letter, is_letter_or_mark, is_word};
    let s = rest;
    let first = s.chars().next()?;
    let at = |i: usize| s[i..].chars().next();
    let nonempty = |from: usize, to: usize| (to > from).then_some(to);
    let hex = |i: usize| run_end(s, i, |c| c.is_ascii_hexdigit());
    match shape {
        Shape::Tag => tag_len(s),
        // `[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`
        Shape::Email => {
            let name = |c: char| c == '-' || is_word(c);
            let user = nonempty(
                0,
                run_end(s, 0, |c| matches!(c, '.' | '+' | '-') || is_word(c)),
            )?;
            let host = s[user..].strip_prefix('@').map(|_| user + 1)?;
            let mut end = nonempty(host, run_end(s, host, name))?;
            let mut parts = 0;
            while let Some(e) = s[end..]
                .strip_prefix('.')
                .and_then(|_| nonempty(end + 1, run_end(s, end + 1, name)))
            {
                end = e;
                parts += 1;
            }
            (parts > 0).then_some(end)
        }
        // `@\w+`
        Shape::Handle => {
            let from = s.strip_prefix('@').map(|_| 1)?;
            nonempty(from, run_end(s, from, is_word))
        }
        Shape::Domain => domain_len(s),
        // `\d{1,2}:\d{2}(?::\d{2})?`
        Shape::Time => {
            let digit = |i: usize| at(i).filter(|&c| is_digit(c)).map(|c| i + c.len_utf8());
            let two = |i: usize| digit(i).and_then(digit);
            let one = digit(0)?;
            let hour = [two(0), Some(one)]
                .into_iter()
                .flatten()
                .find(|&h| s[h..].starts_with(':'))?;
            let minutes = two(hour + 1)?;
            Some(
                s[minutes..]
                    .strip_prefix(':')
                    .and_then(|_| two(minutes + 1))
                    .unwrap_or(minutes),
            )
        }
        // `\d+(?:[/.\-]\d+)*(?:st|nd|rd|th)?`
        Shape::Num => {
            let mut end = nonempty(0, run_end(s, 0, is_digit))?;
            while let Some(e) = s[end..]
                .strip_prefix(['/', '.', '-'])
                .and_then(|_| nonempty(end + 1, run_end(s, end + 1, is_digit)))
            {
                end = e;
            }
            if ["st", "nd", "rd", "th"]
                .iter()
                .any(|x| s[end..].starts_with(x))
            {
                end += 2;
            }
            Some(end)
        }
        // `"[\p{L} .'’\-]+"|“[\p{L} .'’\-]+”`
        Shape::Nick => {
            let close = match first {
                '"' => '"',
                '“' => '”',
                _ => return None,
            };
            let from = first.len_utf8();
            let end = run_end(s, from, |c| {
                matches!(c, ' ' | '.' | '\'' | '’' | '-') || is_letter(c)
            });
            (end > from && s[end..].starts_with(close)).then(|| end + close.len_utf8())
        }
        // `['’]s\b`
        Shape::Poss => {
            let from = s.strip_prefix(['\'', '’']).map(|_| first.len_utf8())?;
            let end = s[from..].starts_with('s').then_some(from + 1)?;
            is_boundary(s, end).then_some(end)
        }
        Shape::Nbsp => s.starts_with("&nbsp;").then_some(6),
        // `(?:\p{L}|E)(?:[\p{L}\p{M}'’.\-]|E)*`, E an entity or escape (`&#39;`, `&#x2019;`,
        // `\u2019`)
        Shape::Word => {
            let entity = |i: usize| -> Option<usize> {
                let r = &s[i..];
                if r.starts_with("&#x") {
                    let e = i + 3;
                    let h = hex(e);
                    ((2..=5).contains(&(h - e)) && s[h..].starts_with(';')).then_some(h + 1)
                } else if r.starts_with("&#") {
                    let d = run_end(s, i + 2, is_digit);
                    let n = s[i + 2..d].chars().count();
                    ((2..=6).contains(&n) && s[d..].starts_with(';')).then_some(d + 1)
                } else if r.starts_with("\\u") {
                    let h = hex(i + 2);
                    (h - (i + 2) >= 4).then_some(i + 6)
                } else {
                    None
                }
            };
            let mut end = if is_letter(first) {
                first.len_utf8()
            } else {
                entity(0)?
            };
            loop {
                match at(end) {
                    Some(c) if matches!(c, '\'' | '’' | '.' | '-') || is_letter_or_mark(c) => {
                        end += c.len_utf8();
                    }
                    Some('&' | '\\') => match entity(end) {
                        Some(e) => end = e,
                        None => break,
                    },
                    _ => break,
                }
            }
            Some(end)
        }
        // `\r\n|\n|\r|\u{2028}|\u{2029}|[ \t]{3,}|\t`
        Shape::Newline => match first {
            '\r' => Some(if s.starts_with("\r\n") { 2 } else { 1 }),
            '\n' | '\u{2028}' | '\u{2029}' => Some(first.len_utf8()),
            ' ' | '\t' => {
                let end = run_end(s, 0, |c| c == ' ' || c == '\t');
                if end >= 3 {
                    Some(end)
                } else {
                    (first == '\t').then_some(1)
                }
            }
            _ => None,
        },
        // `//|\|+|[•·;/]|--+|[-–—]|\.`
        Shape::Strong => match first {
            '/' => Some(if s.starts_with("//") { 2 } else { 1 }),
            '|' => Some(run_end(s, 0, |c| c == '|')),
            '•' | '·' | ';' | '–' | '—' | '.' => Some(first.len_utf8()),
            '-' => Some(run_end(s, 0, |c| c == '-').max(1)),
            _ => None,
        },
        Shape::Comma => (first == ',').then_some(1),
        // `&(?:amp;|#38;)?|\+`
        Shape::Amp => match first {
            '&' if s.starts_with("&amp;") => Some(5),
            '&' if s.starts_with("&#38;") => Some(5),
            '&' | '+' => Some(1),
            _ => None,
        },
        Shape::Open => matches!(first, '(' | '[').then_some(1),
        Shape::Close => matches!(first, ')' | ']').then_some(1),
        Shape::Colon => (first == ':').then_some(1),
    }
}

/// The top-level domains of [`Shape::Domain`], in its pattern's order.
const DOMAINS: [&str; 16] = [
    "com", "net", "org", "co.uk", "co", "uk", "in", "io", "info", "news", "tv", "ie", "au", "ca",
    "pk", "bd",
];

/// `[\p{L}\d][\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.(?i:com|net|…|bd)\b` at the start of `s`. Each
/// label's run ends before a full stop or not at all, so the labels are read greedily; then,
/// from the most labels to the fewest, the full stop after them and each top-level domain in
/// order, case-insensitively as the pattern's `(?i)` reads it (simple case folding: `K`, the
/// Kelvin sign, is a `k`; `ſ`, the long s, an `s`), until a word boundary follows.
fn domain_len(s: &str) -> Option<usize> {
    use crate::lineshape::class::{is_boundary, is_digit, is_letter, run_end};
    let label = |c: char| c == '-' || is_letter(c) || is_digit(c);
    let first = s.chars().next().filter(|&c| is_letter(c) || is_digit(c))?;
    let mut ends = vec![run_end(s, first.len_utf8(), label)];
    loop {
        let end = ends[ends.len() - 1];
        match s[end..]
            .strip_prefix('.')
            .map(|_| run_end(s, end + 1, label))
            .filter(|&e| e > end + 1)
        {
            Some(e) => ends.push(e),
            None => break,
        }
    }
    let folds = |c: char, p: char| {
        c.to_ascii_lowercase() == p || (p == 'k' && c == '\u{212a}') || (p == 's' && c == '\u{17f}')
    };
    let tld = |at: usize, d: &str| {
        let mut chars = s[at..].char_indices();
        for p in d.chars() {
            let (_, c) = chars.next()?;
            if !folds(c, p) {
                return None;
            }
        }
        Some(chars.next().map_or(s.len(), |(i, _)| at + i))
    };
    ends.iter().rev().find_map(|&end| {
        let at = s[end..].strip_prefix('.').map(|_| end + 1)?;
        DOMAINS
            .iter()
            .filter_map(|d| tld(at, d))
            .find(|&e| is_boundary(s, e))
    })
}

/// The length of the HTML tag `<[^<>\n]{0,300}>` at the start of `rest`, if there is one.
pub(super) fn tag_len(rest: &str) -> Option<usize> {
    for (n, (i, c)) in rest.char_indices().skip(1).enumerate() {
        match c {
            '>' => return Some(i + 1),
            '<' | '\n' => return None,
            _ if n >= 300 => return None,
            _ => {}
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tk {
    Word,
    Num,
    Time,
    Domain,
    Email,
    Handle,
    Nick,
    Poss,
    Comma,
    Amp,
    Colon,
    Strong,
    Dash,
    Open,
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    pub(super) kind: Tk,
    pub(super) span: Span,
}

/// Reads the tokens of a byline left to right, on demand.
pub(super) struct Lexer<'h> {
    pub(super) h: &'h str,
    pub(super) at: usize,
    pub(super) end: usize,
}

impl<'h> Lexer<'h> {
    pub(super) fn new(h: &'h str, region: Span) -> Self {
        Lexer {
            h,
            at: region.start,
            end: region.end,
        }
    }

    /// The next match of a shape, skipping what no shape matches.
    pub(super) fn next_shape(&mut self) -> Option<(Shape, Span)> {
        while self.at < self.end {
            let rest = &self.h[self.at..self.end];
            let c = rest.chars().next()?;
            if let Some((shape, len)) = shape_at(rest, c) {
                let span = Span::new(self.at, self.at + len);
                self.at += len;
                return Some((shape, span));
            }
            self.at += c.len_utf8();
        }
        None
    }

    /// Appends the next token (two for `NewsAsia's`) to `out`; false when none is left.
    pub(super) fn push_next(&mut self, out: &mut Vec<Tok>) -> bool {
        while let Some((shape, span)) = self.next_shape() {
            let kind = match shape {
                Shape::Tag | Shape::Nbsp => continue,
                Shape::Email => Tk::Email,
                Shape::Handle => Tk::Handle,
                Shape::Domain => Tk::Domain,
                Shape::Time => Tk::Time,
                Shape::Num => Tk::Num,
                Shape::Nick => Tk::Nick,
                Shape::Poss => Tk::Poss,
                Shape::Word => {
                    let w = &self.h[span.range()];
                    // `NewsAsia's` → `NewsAsia` + `'s`; a trailing hyphen is punctuation.
                    let trimmed = w.trim_end_matches(['-', '\'', '’']);
                    let cut = if trimmed.len() > 2 && crate::util::is_possessive(trimmed) {
                        trimmed.len() - if trimmed.ends_with("’s") { 4 } else { 2 }
                    } else {
                        trimmed.len()
                    };
                    if cut == 0 {
                        continue;
                    }
                    out.push(Tok {
                        kind: Tk::Word,
                        span: Span::new(span.start, span.start + cut),
                    });
                    if cut < trimmed.len() {
                        out.push(Tok {
                            kind: Tk::Poss,
                            span: Span::new(span.start + cut, span.start + trimmed.len()),
                        });
                    }
                    return true;
                }
                Shape::Newline => Tk::Strong,
                Shape::Strong => {
                    let s = &self.h[span.range()];
                    if matches!(s, "-" | "–" | "—") || s.starts_with("--") {
                        Tk::Dash
                    } else {
                        Tk::Strong
                    }
                }
                Shape::Comma => Tk::Comma,
                Shape::Amp => Tk::Amp,
                Shape::Open => Tk::Open,
                Shape::Close => Tk::Close,
                Shape::Colon => Tk::Colon,
            };
            out.push(Tok { kind, span });
            return true;
        }
        false
    }
}

/// The tokens of a byline, read as far as the parse needs them: a line of running text is
/// rejected after its first few words.
pub(super) struct Tokens<'h> {
    pub(super) read: Vec<Tok>,
    pub(super) lexer: Option<Lexer<'h>>,
}

std::thread_local! {
    /// The token list this thread's last [`Tokens`] left, emptied: every paragraph an article's
    /// byline search tries reads into it, not into a list of its own.
    static SPARE: std::cell::Cell<Vec<Tok>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The most tokens a list given back to [`SPARE`] may have room for (a byline's, with room to
/// spare): a long line's list is freed, not held by the thread.
const SPARE_TOKENS: usize = 64;

impl<'h> Tokens<'h> {
    pub(super) fn new(h: &'h str, region: Span) -> Self {
        let mut read = SPARE.with(std::cell::Cell::take);
        // Room for a byline's tokens (a line of running text is refused within them).
        read.reserve(16);
        Tokens {
            read,
            lexer: Some(Lexer::new(h, region)),
        }
    }

    /// The tokens read once there are more than `i` of them (or all there are).
    pub(super) fn upto(&mut self, i: usize) -> &[Tok] {
        while self.read.len() <= i {
            let Some(lexer) = &mut self.lexer else { break };
            if !lexer.push_next(&mut self.read) {
                self.lexer = None;
            }
        }
        &self.read
    }

    /// All the tokens.
    pub(super) fn all(&mut self) -> &[Tok] {
        self.upto(usize::MAX)
    }
}

impl Drop for Tokens<'_> {
    /// Gives the token list, emptied, to this thread's next [`Tokens`].
    fn drop(&mut self) {
        if self.read.capacity() <= SPARE_TOKENS {
            let mut read = std::mem::take(&mut self.read);
            read.clear();
            SPARE.with(|s| s.set(read));
        }
    }
}
