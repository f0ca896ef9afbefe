//! Helpers shared by the three line parsers (byline, dateline, credit), which never import each
//! other: a plain-whitespace view of a line with its offset map, and the shapes by which one
//! parser recognises a line that belongs to another.

use crate::ParseError;
use crate::span::{Snippet, Span};
use once_cell::sync::Lazy;
use regex::Regex;

/// A line with its odd white space made plain, and the map back to the caller's offsets.
///
/// Tabs, no-break and zero-width spaces become a space, U+2028/U+2029 and a lone CR a line
/// feed; the CR of a CRLF and a leading byte-order mark are dropped. The parsers read the plain
/// text, so that these give the same parse as plain spaces and LF, and the spans they find are
/// mapped back onto the caller's text.
#[derive(Debug)]
pub(crate) struct Plain {
    text: String,
    /// `(plain offset of a rewritten char, original length minus plain length)`, in order.
    shifts: Vec<(usize, usize, usize)>,
}

/// The plain replacement of `c` at the head of `rest` (`None`: keep it), and how many bytes of
/// the original it stands for.
fn replacement(rest: &str, first: bool) -> Option<(&'static str, usize)> {
    let c = rest.chars().next()?;
    let n = c.len_utf8();
    match c {
        '\t' | '\u{a0}' | '\u{200b}' | '\u{202f}' | '\u{2007}' => Some((" ", n)),
        '\u{2028}' | '\u{2029}' => Some(("\n", n)),
        '\r' if rest[1..].starts_with('\n') => Some(("", 1)),
        '\r' => Some(("\n", 1)),
        '\u{feff}' if first => Some(("", n)),
        _ => None,
    }
}

/// Whether `s` holds a character [`Plain`] rewrites.
fn needs_plain(s: &str) -> bool {
    s.starts_with('\u{feff}')
        || s.bytes().any(|b| b == b'\t' || b == b'\r')
        || s.contains([
            '\u{a0}', '\u{200b}', '\u{202f}', '\u{2007}', '\u{2028}', '\u{2029}',
        ])
}

impl Plain {
    /// The plain view of `input`, or `None` when it is plain already.
    pub(crate) fn of(input: &str) -> Option<Plain> {
        if !needs_plain(input) {
            return None;
        }
        let mut text = String::with_capacity(input.len());
        let mut shifts = Vec::new();
        let mut i = 0;
        while i < input.len() {
            let rest = &input[i..];
            if let Some((rep, n)) = replacement(rest, i == 0) {
                shifts.push((text.len(), rep.len(), n));
                text.push_str(rep);
                i += n;
            } else {
                let c = rest.chars().next().unwrap_or(' ');
                text.push(c);
                i += c.len_utf8();
            }
        }
        Some(Plain { text, shifts })
    }

    /// The plain text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The original offset of plain offset `x`, read as the start of a span: a dropped
    /// character just before it is skipped.
    fn start(&self, x: usize) -> usize {
        self.map(x, true)
    }

    /// The original offset of plain offset `x`, read as the end of a span.
    fn end(&self, x: usize) -> usize {
        self.map(x, false)
    }

    fn map(&self, x: usize, as_start: bool) -> usize {
        let mut delta = 0usize;
        for &(at, plain_len, orig_len) in &self.shifts {
            let passed = if plain_len == 0 {
                if as_start { at <= x } else { at < x }
            } else {
                at + plain_len <= x
            };
            if !passed {
                break;
            }
            delta += orig_len - plain_len;
        }
        x + delta
    }

    /// `span` of the plain text as a span of the original.
    pub(crate) fn span(&self, span: Span) -> Span {
        let start = self.start(span.start);
        Span::new(start, self.end(span.end).max(start))
    }

    /// `s`, a snippet of the plain text, as the same snippet of `original`.
    pub(crate) fn snippet<'o>(&self, original: &'o str, s: Snippet<'_>) -> Snippet<'o> {
        Snippet::at(original, self.span(s.span()))
    }

    /// `e`, a refusal of the plain text, with its span mapped onto the original.
    pub(crate) fn error(&self, e: ParseError) -> ParseError {
        match e.span() {
            Some(s) => {
                let s = self.span(s);
                ParseError::new(e.target(), e.reason().clone()).at(s)
            }
            None => e,
        }
    }
}

/// `Photo: Reuters`, `Photograph: X/AFP`, `(AP Photo/X)`, `Image credit: PTI`, `Picture:
/// Supplied`, `Photo by X / AFP`, `File photo`, `Photo courtesy: Facebook`.
static PHOTO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^[(\[]?\s*(?:(?:file|representative|representational|archive|top|main|lead|feature)\s+)?(?:photo(?:graph)?s?|pictures?|pics?|images?|video|graphic|illustration)(?:\s+(?:credits?|courtesy|by|source))?\s*(?::|/|\bby\b|-|–|—|$)|^\(?\s*\p{Lu}[\p{L}.]*\s+(?:Photo|PHOTO|Images?)\s*/",
    )
    .expect("photo regex")
});

/// Whether `line` is a photo or image credit.
pub(crate) fn is_photo_credit(line: &str) -> bool {
    PHOTO.is_match(line.trim())
}

/// Corrections and update notes: `Correction:`, `CORRECTION:`, `Clarification:`, `Update,
/// 4:30 p.m.:`, `UPDATED at …`, `Editor's note:`, `This story has been updated …`, `This
/// article was amended on …`.
static NOTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^[\s•⦁*\-–—(]*(?:corrections?\b|clarifications?\b|updated?\b|editor[’']?s[’']?\s+note\b|note\s+to\s+readers\b|(?:this|the|an\s+earlier\s+version\s+of\s+this)\s+(?:story|article|report|piece|post)\s+(?:has\s+been|was|had\s+been|is\s+being)\s+(?:updated|corrected|amended|changed|revised|clarified|first\s+published|originally\s+published))",
    )
    .expect("note regex")
});

/// Whether `line` is a correction, a clarification or an update note.
pub(crate) fn is_note(line: &str) -> bool {
    NOTE.is_match(line.trim_start())
}

/// The head of a dateline: `NEW DELHI:`, `LAGOS —`, `WASHINGTON (AP) —`, `Mumbai, Jun 29
/// (PTI)`, `SEOUL, May 10 (Reut`, `Dhaka, Jan 5 (UNB) -`: capitalised place words followed by a
/// date, a parenthesised credit, or (for a place in capitals) a colon or a dash. The
/// specification of [`head`], which reads the same by hand (the regex took some 60M
/// instructions to build, in every process that met one line that could be a dateline).
#[cfg(test)]
static DATELINE_HEAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:(?P<caps>\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]*){0,3})|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})(?:\s*\([^)]{1,30}\)|\s*\[[^\]]{1,30}\])*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?P<tail>,\s*(?:\p{L}{3,9}\.?\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9})\b|\s*\((?:[^)]{0,30})(?:\)|$)\s*(?:[-–—:]|$)|\s*(?:[:–—]|--?)\s*$)",
    )
    .expect("dateline head regex")
});

/// Whether `line` opens with the head of a dateline.
pub(crate) fn is_dateline_head(line: &str) -> bool {
    let line = line.trim();
    if !may_be_dateline_head(line) {
        return false;
    }
    let Some((caps, tail)) = head(line) else {
        return false;
    };
    let tail = &line[tail];
    // A date after a comma makes any capitalised place a dateline; a bare mark after it
    // needs the place in capitals (`LAGOS —`), as does a credit in parentheses with no date
    // (`WASHINGTON (AP) —`); a months' word must be a month.
    if let Some(w) = tail.strip_prefix(',') {
        let w = w.trim_start();
        let word: String = w.chars().take_while(|c| c.is_alphabetic()).collect();
        let word = if word.is_empty() {
            w.split_whitespace().nth(1).unwrap_or("").to_owned()
        } else {
            word
        };
        return crate::lexicon::calendar::month_names()
            .iter()
            .any(|m| word.len() >= 3 && m.starts_with(word.to_lowercase().trim_end_matches('.')));
    }
    caps
}

/// [`DATELINE_HEAD`] read by hand: whether it matches `line`, and if so whether its place is in
/// capitals (the `caps` group) and where its `tail` is. A backtracking reader that tries every
/// choice in the regex's order of preference (greedy repeats longest first, alternatives left
/// to right), so the first way through is the match the regex reports. Each way it gives up on
/// fails within a character or a run of white space, so a line costs time in proportion to
/// its length.
fn head(line: &str) -> Option<(bool, std::ops::Range<usize>)> {
    use head_scan::{place, place_after, runs, tail};
    let mut found = None;
    for caps in [true, false] {
        let mut done = |start: usize, end: usize| {
            found = Some((caps, start..end));
            true
        };
        let hit = place(line, 0, caps, &mut |p| {
            runs(line, p, &mut |q| {
                place_after(line, q, &mut |r| tail(line, r, &mut |e| done(r, e)))
            })
        });
        if hit {
            return found;
        }
    }
    None
}

/// The pieces of [`DATELINE_HEAD`], each a reader that calls its continuation at every place
/// its piece can end, in the regex's order of preference, and stops at the first that accepts.
mod head_scan {
    use super::class::{is_boundary, is_digit, is_letter, is_upper};

    /// A continuation: the rest of the pattern from a byte offset; `true` ends the search.
    pub(super) type Next<'a> = &'a mut dyn FnMut(usize) -> bool;

    /// The character at `p` when it satisfies `f`, and the offset after it.
    fn one(s: &str, p: usize, f: impl Fn(char) -> bool) -> Option<usize> {
        let c = s[p..].chars().next()?;
        f(c).then(|| p + c.len_utf8())
    }

    /// `class{min,max}`, greedy: `k` at each end, the longest first.
    fn greedy(
        s: &str,
        p: usize,
        min: usize,
        max: usize,
        class: &dyn Fn(char) -> bool,
        k: Next<'_>,
    ) -> bool {
        let (mut e, mut n) = (p, 0);
        while n < max {
            match s[e..].chars().next() {
                Some(c) if class(c) => {
                    e += c.len_utf8();
                    n += 1;
                }
                _ => break,
            }
        }
        if n < min {
            return false;
        }
        loop {
            if k(e) {
                return true;
            }
            if n == min {
                return false;
            }
            e -= s[..e].chars().next_back().map_or(1, char::len_utf8);
            n -= 1;
        }
    }

    fn ws(c: char) -> bool {
        c.is_whitespace()
    }

    fn caps_char(c: char) -> bool {
        is_upper(c) || matches!(c, '.' | '\'' | '’' | '-')
    }

    fn word_char(c: char) -> bool {
        is_letter(c) || matches!(c, '.' | '\'' | '’' | '-')
    }

    /// `\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]*){0,3}` with `caps`, else
    /// `\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}`.
    pub(super) fn place(s: &str, p: usize, caps: bool, k: Next<'_>) -> bool {
        let Some(q) = one(s, p, is_upper) else {
            return false;
        };
        let class: fn(char) -> bool = if caps { caps_char } else { word_char };
        greedy(s, q, usize::from(caps), usize::MAX, &class, &mut |r| {
            more_words(s, r, 3, class, k)
        })
    }

    /// `(?:\s+\p{Lu}class*){0,left}`, greedy.
    fn more_words(s: &str, p: usize, left: usize, class: fn(char) -> bool, k: Next<'_>) -> bool {
        if left > 0 {
            let hit = greedy(s, p, 1, usize::MAX, &ws, &mut |q| {
                let Some(r) = one(s, q, is_upper) else {
                    return false;
                };
                greedy(s, r, 0, usize::MAX, &class, &mut |e| {
                    more_words(s, e, left - 1, class, k)
                })
            });
            if hit {
                return true;
            }
        }
        k(p)
    }

    /// `(?:\s*\([^)]{1,30}\)|\s*\[[^\]]{1,30}\])*`, greedy. Each round can match in one way
    /// only (all the white space, the bracket, the text up to the first closer), so the ends of
    /// the rounds are read first and `k` tried at each, the last first: no recursion however
    /// many rounds a line holds.
    pub(super) fn runs(s: &str, p: usize, k: Next<'_>) -> bool {
        let mut ends = vec![p];
        let mut at = p;
        loop {
            let q = at + s[at..].len() - s[at..].trim_start().len();
            let Some(close) = one(s, q, |c| c == '(')
                .map(|r| (r, ')'))
                .or_else(|| one(s, q, |c| c == '[').map(|r| (r, ']')))
                .and_then(|(r, close)| {
                    let inner = s[r..].char_indices().take(31).find(|&(_, c)| c == close);
                    inner.filter(|&(i, _)| i > 0).map(|(i, _)| r + i)
                })
            else {
                break;
            };
            at = close + 1;
            ends.push(at);
        }
        ends.into_iter().rev().any(k)
    }

    /// `(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?`, greedy.
    pub(super) fn place_after(s: &str, p: usize, k: Next<'_>) -> bool {
        let letter_or_dot = |c: char| is_letter(c) || c == '.';
        let hit = one(s, p, |c| c == ',').is_some_and(|q| {
            greedy(s, q, 0, usize::MAX, &ws, &mut |r| {
                let Some(t) = one(s, r, is_upper) else {
                    return false;
                };
                greedy(s, t, 0, usize::MAX, &letter_or_dot, &mut |u| {
                    let second = greedy(s, u, 1, usize::MAX, &ws, &mut |v| {
                        let Some(w) = one(s, v, is_upper) else {
                            return false;
                        };
                        greedy(s, w, 0, usize::MAX, &letter_or_dot, k)
                    });
                    second || k(u)
                })
            })
        });
        hit || k(p)
    }

    /// The `tail` group: a date after a comma, a credit in parentheses, or a mark that ends
    /// the line.
    pub(super) fn tail(s: &str, p: usize, k: Next<'_>) -> bool {
        date(s, p, k) || credit(s, p, k) || mark(s, p, k)
    }

    /// `,\s*(?:\p{L}{3,9}\.?\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9})\b`.
    fn date(s: &str, p: usize, k: Next<'_>) -> bool {
        let Some(q) = one(s, p, |c| c == ',') else {
            return false;
        };
        let mut bounded = |e: usize| is_boundary(s, e) && k(e);
        greedy(s, q, 0, usize::MAX, &ws, &mut |r| {
            let month_day = greedy(s, r, 3, 9, &is_letter, &mut |t| {
                let mut rest = |u: usize| {
                    greedy(s, u, 0, usize::MAX, &ws, &mut |v| {
                        greedy(s, v, 1, 2, &is_digit, &mut bounded)
                    })
                };
                one(s, t, |c| c == '.').is_some_and(&mut rest) || rest(t)
            });
            month_day
                || greedy(s, r, 1, 2, &is_digit, &mut |t| {
                    let mut rest = |u: usize| {
                        greedy(s, u, 1, usize::MAX, &ws, &mut |v| {
                            greedy(s, v, 3, 9, &is_letter, &mut bounded)
                        })
                    };
                    ["st", "nd", "rd", "th"]
                        .iter()
                        .any(|x| s[t..].starts_with(x) && rest(t + 2))
                        || rest(t)
                })
        })
    }

    /// `\s*\((?:[^)]{0,30})(?:\)|$)\s*(?:[-–—:]|$)`.
    fn credit(s: &str, p: usize, k: Next<'_>) -> bool {
        greedy(s, p, 0, usize::MAX, &ws, &mut |q| {
            let Some(r) = one(s, q, |c| c == '(') else {
                return false;
            };
            greedy(s, r, 0, 30, &|c| c != ')', &mut |t| {
                let mut after = |u: usize| {
                    greedy(s, u, 0, usize::MAX, &ws, &mut |v| {
                        one(s, v, |c| matches!(c, '-' | '–' | '—' | ':')).is_some_and(&mut *k)
                            || (v == s.len() && k(v))
                    })
                };
                one(s, t, |c| c == ')').is_some_and(&mut after) || (t == s.len() && after(t))
            })
        })
    }

    /// `\s*(?:[:–—]|--?)\s*$`.
    fn mark(s: &str, p: usize, k: Next<'_>) -> bool {
        greedy(s, p, 0, usize::MAX, &ws, &mut |q| {
            let mut end =
                |r: usize| greedy(s, r, 0, usize::MAX, &ws, &mut |t| t == s.len() && k(t));
            if let Some(r) = one(s, q, |c| matches!(c, ':' | '–' | '—')) {
                return end(r);
            }
            one(s, q, |c| c == '-')
                .is_some_and(|r| one(s, r, |c| c == '-').is_some_and(&mut end) || end(r))
        })
    }
}

/// Whether [`DATELINE_HEAD`] can match the trimmed `line` (a cheap filter, never false when it
/// can): it needs a capital first (every `\p{Lu}` is `char::is_uppercase`) and, for its tail, a
/// comma, an opening parenthesis, or a colon or dash that ends the line.
fn may_be_dateline_head(line: &str) -> bool {
    line.starts_with(char::is_uppercase)
        && (memchr::memchr2(b',', b'(', line.as_bytes()).is_some()
            || line.ends_with([':', '-', '–', '—']))
}

/// A label and a colon at the start of a line: `Director:`, `Cast:`, `Key Highlights:`,
/// `India Vs Australia:`; the label's words (at most four, capitalised or linking words). The
/// specification of [`label_end`], which reads the same by hand.
#[cfg(test)]
static LABEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|vs\.?|of|and|the|&|\d+\w*)){0,4}\s*:",
    )
    .expect("label regex")
});

/// The label of a `Label:` line, when `line` opens with one.
pub(crate) fn label(line: &str) -> Option<&str> {
    let line = line.trim_start();
    // The label needs a capital first (every `\p{Lu}` is `char::is_uppercase`) and a colon.
    if !line.starts_with(char::is_uppercase) || memchr::memchr(b':', line.as_bytes()).is_none() {
        return None;
    }
    label_end(line).map(|end| line[..end].trim_end_matches(':').trim_end())
}

/// The end of [`LABEL`]'s match at the start of `line`. Each of its items has one end that
/// what follows can take: a word's run of letters ends before a blank or the colon (a shorter
/// run leaves a letter next), blanks end before a word, and the words that may follow blanks
/// start with different characters. So the match is the greedy reading, when a colon ends it.
fn label_end(line: &str) -> Option<usize> {
    use class::{is_digit, is_letter, is_upper, is_word, run_end};
    let word_rest = |at: usize| {
        run_end(line, at, |c| {
            matches!(c, '\'' | '’' | '.' | '-') || is_letter(c)
        })
    };
    let first = line.chars().next().filter(|&c| is_upper(c))?;
    let mut end = word_rest(first.len_utf8());
    for _ in 0..4 {
        let at = run_end(line, end, char::is_whitespace);
        if at == end {
            break;
        }
        let rest = &line[at..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        // `\p{Lu}[\p{L}'’.\-]*|vs\.?|of|and|the|&|\d+\w*`
        end = if is_upper(c) {
            word_rest(at + c.len_utf8())
        } else if rest.starts_with("vs.") {
            at + 3
        } else if let Some(w) = ["vs", "of", "and", "the", "&"]
            .iter()
            .find(|w| rest.starts_with(*w))
        {
            at + w.len()
        } else if is_digit(c) {
            run_end(line, at, is_word)
        } else {
            break;
        };
    }
    let at = run_end(line, end, char::is_whitespace);
    line[at..].starts_with(':').then_some(at + 1)
}

/// The opening of a credit line: a Reuters footer of roles, a wire-input note, a copyright or
/// syndication notice, a contributor sentence.
static CREDIT_OPENING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^[\s(\[•⦁\-–—]*(?:with\s+(?:additional\s+)?(?:inputs?|reporting|research|assistance)\b|(?:\w+\s+)?inputs?\s+from\b|with\s+\p{Lu}\w*\s+inputs\b|with\s+agency\s+inputs|copyright\b|©|\(c\)\s*\d|all\s+rights\s+reserved|(?:this|the)\s+(?:story|article|report)\s+(?:contains|includes|has\s+not\s+been\s+edited|is\s+auto-generated)|except\s+for\s+the\s+headline|(?:additional\s+)?reporting\s+by\b.*(?:;|\beditin?g?\s+by\b))|contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting|research)",
    )
    .expect("credit opening regex")
});

/// Whether `line` reads as a credit line by its opening or its verb.
pub(crate) fn is_credit_shape(line: &str) -> bool {
    CREDIT_OPENING.is_match(line.trim())
}

/// Whether `line` carries a web address in parentheses (`Jane Doe (https://…)`).
pub(crate) fn has_parenthesised_url(line: &str) -> bool {
    line.match_indices('(').any(|(i, _)| {
        let inner = &line[i + 1..];
        let inner = inner.trim_start();
        inner.starts_with("http://") || inner.starts_with("https://") || inner.starts_with("www.")
    })
}

/// The Unicode classes the line parsers' hand-written scanners test, exactly as the `regex`
/// crate reads them: an ASCII character is decided by a byte test, any other by a one-class
/// regex compiled on first need (one class costs a small part of what the same class compiles
/// to when a pattern repeats it, as `\p{L}{3,9}` does nine times).
pub(crate) mod class {
    use once_cell::sync::Lazy;
    use regex::Regex;

    fn one(class: &str) -> Regex {
        Regex::new(&format!("^{class}$")).expect("a one-class regex")
    }

    /// `ascii(c)` for an ASCII `c` (a byte test), else whether the class `re` matches `c`.
    fn test(c: char, ascii: impl Fn(char) -> bool, re: &Regex) -> bool {
        if c.is_ascii() {
            return ascii(c);
        }
        let mut buf = [0u8; 4];
        re.is_match(c.encode_utf8(&mut buf))
    }

    /// `\p{Lu}`: an upper-case letter (general category Lu, not `char::is_uppercase`).
    pub(crate) fn is_upper(c: char) -> bool {
        static RE: Lazy<Regex> = Lazy::new(|| one(r"\p{Lu}"));
        test(c, |c| c.is_ascii_uppercase(), &RE)
    }

    /// `\p{L}`: a letter (general category L, not `char::is_alphabetic`).
    pub(crate) fn is_letter(c: char) -> bool {
        static RE: Lazy<Regex> = Lazy::new(|| one(r"\p{L}"));
        test(c, |c| c.is_ascii_alphabetic(), &RE)
    }

    /// `[\p{L}\p{M}]`: a letter or a combining mark.
    pub(crate) fn is_letter_or_mark(c: char) -> bool {
        static RE: Lazy<Regex> = Lazy::new(|| one(r"[\p{L}\p{M}]"));
        test(c, |c| c.is_ascii_alphabetic(), &RE)
    }

    /// `\d` (Unicode): a decimal digit (general category Nd, not `char::is_numeric`).
    pub(crate) fn is_digit(c: char) -> bool {
        static RE: Lazy<Regex> = Lazy::new(|| one(r"\d"));
        test(c, |c| c.is_ascii_digit(), &RE)
    }

    /// `\w` (Unicode): a word character, as `\b` reads it.
    pub(crate) fn is_word(c: char) -> bool {
        static RE: Lazy<Regex> = Lazy::new(|| one(r"\w"));
        test(c, |c| c.is_ascii_alphanumeric() || c == '_', &RE)
    }

    /// The end of the run of `s` from byte `at` whose characters satisfy `f`.
    pub(crate) fn run_end(s: &str, at: usize, f: impl Fn(char) -> bool) -> usize {
        let bytes = s.as_bytes();
        let mut i = at;
        while let Some(&b) = bytes.get(i) {
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                s[i..].chars().next().unwrap_or(' ')
            };
            if !f(c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    /// The end of the character of `s` at byte `at` when it satisfies `f`: one step of a
    /// run (`[A-Z]` at `at`); `None` at the end of `s` or when `f` refuses it.
    pub(crate) fn char_end(s: &str, at: usize, f: impl Fn(char) -> bool) -> Option<usize> {
        s.get(at..)?
            .chars()
            .next()
            .filter(|&c| f(c))
            .map(|c| at + c.len_utf8())
    }

    /// `\b` at byte `at` of `s` (a char boundary): a word character on one side only.
    pub(crate) fn is_boundary(s: &str, at: usize) -> bool {
        let before = s[..at].chars().next_back().is_some_and(is_word);
        let after = s[at..].chars().next().is_some_and(is_word);
        before != after
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn classes_are_the_regex_crate_s() {
            let cases = [
                ('A', r"\p{Lu}"),
                ('a', r"\p{L}"),
                ('\u{301}', r"[\p{L}\p{M}]"),
                ('٣', r"\d"),
                ('_', r"\w"),
            ];
            for (c, class) in cases {
                let re = one(class);
                assert!(
                    test(c, |_| re.is_match(&c.to_string()), &re),
                    "{c:?} {class}"
                );
            }
            // Where the standard library's predicates differ from the regex classes.
            for c in ['Ⓐ', 'ǅ', 'Ⅸ', '²', '\u{301}', 'Ж', 'ж', '·', '’', '٣', '⁵'] {
                let m = |p: &str| {
                    Regex::new(&format!("^{p}$"))
                        .unwrap()
                        .is_match(&c.to_string())
                };
                assert_eq!(is_upper(c), m(r"\p{Lu}"), "{c:?}");
                assert_eq!(is_letter(c), m(r"\p{L}"), "{c:?}");
                assert_eq!(is_letter_or_mark(c), m(r"[\p{L}\p{M}]"), "{c:?}");
                assert_eq!(is_digit(c), m(r"\d"), "{c:?}");
                assert_eq!(is_word(c), m(r"\w"), "{c:?}");
            }
            assert!(!is_upper('Ⓐ') && 'Ⓐ'.is_uppercase());
            assert!(!is_digit('²') && '²'.is_numeric());
            for b in 0u8..128 {
                let c = char::from(b);
                let m = |p: &str| {
                    Regex::new(&format!("^{p}$"))
                        .unwrap()
                        .is_match(&c.to_string())
                };
                assert_eq!(is_upper(c), m(r"\p{Lu}"), "{c:?}");
                assert_eq!(is_letter(c), m(r"\p{L}"), "{c:?}");
                assert_eq!(is_letter_or_mark(c), m(r"[\p{L}\p{M}]"), "{c:?}");
                assert_eq!(is_digit(c), m(r"\d"), "{c:?}");
                assert_eq!(is_word(c), m(r"\w"), "{c:?}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_maps_spans_back() {
        let s = "\u{feff}By\tJane\u{a0}Doe\r\nAP";
        let p = Plain::of(s).unwrap();
        assert_eq!(p.text(), "By Jane Doe\nAP");
        let jane = Span::new(3, 7);
        assert_eq!(&s[p.span(jane).range()], "Jane");
        let doe = Span::new(8, 11);
        assert_eq!(&s[p.span(doe).range()], "Doe");
        let ap = Span::new(12, 14);
        assert_eq!(&s[p.span(ap).range()], "AP");
        assert_eq!(&s[p.span(Span::new(0, 2)).range()], "By");
        assert!(Plain::of("By Jane Doe").is_none());
    }

    #[test]
    fn photo_credits() {
        for l in [
            "Photo: Reuters",
            "Photograph: Aamir Qureshi/AFP/Getty Images",
            "(AP Photo/Mosa'ab Elshamy)",
            "Image credit: PTI",
            "Picture: Supplied",
            "Photo by Munir uz Zaman/AFP",
            "File photo: PTI",
            "Photo courtesy: Facebook",
            "(Photo: Getty Images)",
        ] {
            assert!(is_photo_credit(l), "{l}");
        }
        for l in [
            "Photographers gathered outside.",
            "Pictures of the day",
            "By Jane Doe",
        ] {
            assert!(!is_photo_credit(l), "{l}");
        }
    }

    #[test]
    fn notes() {
        for l in [
            "Correction: An earlier version misstated the date.",
            "UPDATED 5:40 p.m. with comment.",
            "Editor's note: This story was first published in 2018.",
            "This article was amended on 3 March 2022 to correct a figure.",
            "This story has been updated.",
        ] {
            assert!(is_note(l), "{l}");
        }
        assert!(!is_note("The story was told by her mother."));
    }

    #[test]
    fn dateline_heads() {
        for l in [
            "NEW DELHI:",
            "LAGOS —",
            "WASHINGTON (AP) —",
            "Mumbai, Jun 29 (PTI)",
            "SEOUL, May 10 (Reut",
            "Dhaka, Jan 5 (UNB) -",
            "Srinagar (Jammu and Kashmir) [India], June 4 (ANI):",
        ] {
            assert!(is_dateline_head(l), "{l}");
        }
        for l in [
            "Priya Sharma",
            "BSS, Dhaka",
            "Rafiul Islam, Sylhet",
            "AP",
            "Jessica Tran, USA TODAY",
            "Saleem Shahid | Quetta",
            "Mayor Jane Doe, May 2020 report",
        ] {
            assert!(!is_dateline_head(l), "{l}");
        }
    }

    /// Lines of every shape the filters look at, for checking them against the regexes.
    const SHAPES: &[&str] = &[
        "NEW DELHI:",
        "LAGOS —",
        "LAGOS -",
        "LAGOS --",
        "WASHINGTON (AP) —",
        "Mumbai, Jun 29 (PTI)",
        "SEOUL, May 10 (Reut",
        "Srinagar (Jammu and Kashmir) [India], June 4 (ANI):",
        "Priya Sharma",
        "BSS, Dhaka",
        "Director: Meera Sen",
        "India Vs Australia: 3rd Test",
        "Éire, 3 March",
        "ÖSTERSUND:",
        "ǅURO –",
        "Ⓐ, May 3",
        "lagos —",
        "  PARIS —  ",
        "PARIS\u{a0}—",
        "Kim: no",
        "(AP) —",
        "",
    ];

    #[test]
    fn filters_never_refuse_what_the_regexes_match() {
        for l in SHAPES {
            let t = l.trim();
            if DATELINE_HEAD.is_match(t) {
                assert!(may_be_dateline_head(t), "{l}");
            }
            assert_eq!(
                label(l),
                LABEL
                    .find(l.trim_start())
                    .map(|m| m.as_str().trim_end_matches(':').trim_end()),
                "{l}"
            );
        }
    }

    /// What [`DATELINE_HEAD`] reports for `line`: whether it matches, with its `caps` group and
    /// the span of its `tail`, as [`head`] gives them.
    fn head_by_regex(line: &str) -> Option<(bool, std::ops::Range<usize>)> {
        let c = DATELINE_HEAD.captures(line)?;
        Some((
            c.name("caps").is_some(),
            c.name("tail").expect("a tail").range(),
        ))
    }

    /// Lines of our own in the head's every shape, and near misses of each.
    const HEADS: &[&str] = &[
        "NEW YORK, Oct. 3",
        "ST. LOUIS, Mo., March 12",
        "O'HARE-ON-SEA —",
        "Kuala Lumpur, 3rd Sept",
        "Port Moresby, 14 Febr.",
        "ACCRA-",
        "ACCRA--",
        "ACCRA---",
        "Accra—",
        "ACCRA (Xinhua) [Ghana] (Updated) --",
        "Tema (Greater Accra) [Ghana], Aug 2 (GNA):",
        "LIMA (Reuters",
        "Lima (a very long parenthesis that runs on past thirty)",
        "QUITO, Ecuador, Jan 9",
        "Quito, Ecuador Province, 9 January",
        "QUITO , 9",
        "Quito, Jan 9x",
        "Quito, Janvier 12",
        "Quito, 12th of never",
        "QUITO — Rain fell.",
        "Quito Rain Fell Hard Today:",
        "A B C D E:",
        "AB CD EF GH IJ —",
        "ÅLESUND, 4 mai",
        "ΑΘΗΝΑ —",
        "Αθήνα, 3 Μαΐου",
        "Nuuk, ١٢ March",
        "Tórshavn,\u{a0}May\u{a0}5",
        "SANAA :",
        "SANAA (AP) ",
        "SANAA ()",
        "SANAA [] —",
        "X-",
        "X'",
    ];

    #[test]
    fn the_head_scanner_is_the_head_regex() {
        for l in SHAPES.iter().chain(HEADS) {
            let t = l.trim();
            assert_eq!(head(t), head_by_regex(t), "{l}");
        }
        // Thousands of bracketed rounds: read without recursion, as the regex reads them.
        for end in [" —", ", May 3", " x", ""] {
            let long = format!("ACCRA{}{end}", " (Ghana) [GNA]".repeat(2000));
            assert_eq!(head(&long), head_by_regex(&long), "{end:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn the_head_scanner_is_the_head_regex_on_any_line(
            s in "(NEW|YORK|Kuala|Lumpur|ÅL|Αθ|ǅ|Ⓐ|Jan|Sept|March|mai|st|nd|th|1|12|٣|\\(|\\)|\\[|\\]|\
                AP|Reut|[A-Za-z]{1,3}|[ ,.:'’\\-–—]|\u{a0}|\u{301}|_){0,12}"
        ) {
            proptest::prop_assert_eq!(head(&s), head_by_regex(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn filters_agree_on_any_line(l in "[A-Za-zÉéǅⒶ0-9 ,.:;()\\[\\]\\-–—'’\u{a0}]{0,40}") {
            let t = l.trim();
            proptest::prop_assert!(!DATELINE_HEAD.is_match(t) || may_be_dateline_head(t));
            proptest::prop_assert_eq!(
                label(&l),
                LABEL
                    .find(l.trim_start())
                    .map(|m| m.as_str().trim_end_matches(':').trim_end())
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn the_label_scanner_is_the_label_regex(
            s in "(Director|Key|India|Vs|vs|vs\\.|of|off|and|the|then|&|3rd|٣x|²|Ⓐ|É|ǅ|é|\
                [A-Za-z]{1,3}|[0-9]{1,2}|[ \t:.’'\\-]|\u{a0}|\u{301}|_){0,10}"
        ) {
            proptest::prop_assert_eq!(label_end(&s), LABEL.find(&s).map(|m| m.end()), "{:?}", s);
        }
    }

    #[test]
    fn labels_and_credit_shapes() {
        assert_eq!(label("Director: Meera Sen"), Some("Director"));
        assert_eq!(
            label("India Vs Australia: 3rd Test"),
            Some("India Vs Australia")
        );
        assert_eq!(label("Priya Sharma"), None);
        assert!(is_credit_shape(
            "Reporting by Mark Hill; Editing by Ana Cruz"
        ));
        assert!(is_credit_shape("(With inputs from PTI)"));
        assert!(is_credit_shape("Copyright 2024 The Associated Press."));
        assert!(!is_credit_shape("By Priya Sharma"));
        assert!(has_parenthesised_url("Jane Doe (https://example.com/jane)"));
        assert!(!has_parenthesised_url("Jane Doe (@janedoe)"));
    }
}
