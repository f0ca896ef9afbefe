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

/// Each shape anchored at the start of the text it is tried on.
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
    ANCHORED
        .iter()
        .filter(|(s, _)| s.may_start(c) && (*s != Shape::Domain || may_be_domain(rest)))
        .find_map(|(s, re)| {
            let m = re.find(rest)?.as_str();
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
                    let cut = if trimmed.len() > 2
                        && (trimmed.ends_with("'s") || trimmed.ends_with("’s"))
                    {
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

impl<'h> Tokens<'h> {
    pub(super) fn new(h: &'h str, region: Span) -> Self {
        Tokens {
            read: Vec::new(),
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
