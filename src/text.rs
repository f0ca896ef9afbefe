//! The text layer: paragraphs, sentences and words, all as spans of the caller's text.
//!
//! Nothing here copies or normalises the text. Sentence boundaries know news abbreviations
//! (`U.S.`, `Gov.`, `Sen.`, `Jan. 5`, `a.m.`), initials (`J.R.R. Tolkien`, `George W. Bush`),
//! decimals and numbering (`3.5`, `No. 3`), and sentence ends inside quotation marks
//! (`“Go.” Then …`, `…,” he said. Next …`). Unicode's UAX #29 splits after `U.S.`; this does not.
//!
//! ```
//! use copydesk::text::{paragraphs, sentences};
//!
//! let text = "Sen. Kim met U.S. officials at 3 p.m. on Jan. 5. “Go.” Then he left.\n\nNew paragraph.";
//! let paras: Vec<_> = paragraphs(text).collect();
//! assert_eq!(paras.len(), 2);
//! let s: Vec<_> = sentences(text, paras[0].span()).map(|s| s.as_str()).collect();
//! assert_eq!(s, ["Sen. Kim met U.S. officials at 3 p.m. on Jan. 5.", "“Go.”", "Then he left."]);
//! ```

use once_cell::sync::Lazy;

use crate::lexicon::states::{StateClass, us_states};
use crate::util::hash::FxMap;
use crate::util::swar::{first_lane, lanes_equal, load8};
use crate::{Snippet, Span};

/// A paragraph: a line, or several hard-wrapped lines, of the text, trimmed of surrounding
/// whitespace.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Paragraph<'h> {
    text: Snippet<'h>,
    /// The index, with [`BLANK_BEFORE`] set when a blank line comes before: a paragraph is
    /// four words, not five (an article keeps one per paragraph).
    index: usize,
}

/// The top bit of [`Paragraph`]'s `index` word: an index never reaches it (there are fewer
/// paragraphs than bytes, and no text is `isize::MAX` bytes long).
const BLANK_BEFORE: usize = 1 << (usize::BITS - 1);

impl std::fmt::Debug for Paragraph<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paragraph")
            .field("text", &self.text)
            .field("index", &self.index())
            .field("blank_before", &self.blank_before())
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Paragraph<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Paragraph", 3)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("index", &self.index())?;
        st.serialize_field("blank_before", &self.blank_before())?;
        st.end()
    }
}

impl<'h> Paragraph<'h> {
    /// Where it is (without surrounding whitespace or line breaks).
    ///
    /// ```
    /// let p = copydesk::text::paragraphs("  One.\n").next().unwrap();
    /// assert_eq!(p.span(), copydesk::Span::new(2, 6));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// Its text.
    ///
    /// ```
    /// let p = copydesk::text::paragraphs("  One.\n").next().unwrap();
    /// assert_eq!(p.as_str(), "One.");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.text.as_str()
    }

    /// Its span and text together.
    ///
    /// ```
    /// let p = copydesk::text::paragraphs("One.").next().unwrap();
    /// assert_eq!(p.snippet().as_str(), "One.");
    /// ```
    #[must_use]
    pub fn snippet(&self) -> Snippet<'h> {
        self.text
    }

    /// Its position among the paragraphs, from 0.
    ///
    /// ```
    /// let ps: Vec<_> = copydesk::text::paragraphs("A.\nB.").collect();
    /// assert_eq!(ps[1].index(), 1);
    /// ```
    #[must_use]
    pub fn index(&self) -> usize {
        self.index & !BLANK_BEFORE
    }

    /// The same paragraph narrowed to `text` (a part of it, such as the body after a dateline).
    pub(crate) fn narrowed(self, text: Snippet<'h>) -> Paragraph<'h> {
        Paragraph { text, ..self }
    }

    /// Whether a blank line separates it from the paragraph before.
    ///
    /// ```
    /// let ps: Vec<_> = copydesk::text::paragraphs("A.\n\nB.\nC.").collect();
    /// assert!(ps[1].blank_before());
    /// assert!(!ps[2].blank_before());
    /// ```
    #[must_use]
    pub fn blank_before(&self) -> bool {
        self.index & BLANK_BEFORE != 0
    }
}

/// The paragraphs of `text`, in order.
///
/// A paragraph ends at a line break (`\n`, `\r\n`, `\r`, U+2028, U+2029). A line that does not
/// end a sentence, followed directly by a line that starts in lower case, is read as a hard wrap
/// and joined to it. Blank lines and indentation separate paragraphs and are never part of one.
///
/// ```
/// use copydesk::text::paragraphs;
///
/// let text = "Headline\r\n\r\n  First para\nwrapped here.\nSecond.  \n";
/// let ps: Vec<_> = paragraphs(text).map(|p| p.as_str()).collect();
/// assert_eq!(ps, ["Headline", "First para\nwrapped here.", "Second."]);
/// ```
pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Paragraphs {
        text,
        pos: 0,
        index: 0,
    }
}

/// Iterator over the [`Paragraph`]s of a text; see [`paragraphs`].
#[derive(Debug, Clone)]
pub struct Paragraphs<'h> {
    text: &'h str,
    pos: usize,
    index: usize,
}

/// Splits off the next line at or after `pos`: (line span without terminator, next pos).
fn next_line(text: &str, pos: usize) -> (Span, usize) {
    let bytes = text.as_bytes();
    let mut from = pos;
    // `\n`, `\r`, or the lead byte of U+2028 / U+2029 (E2 80 A8 / E2 80 A9).
    while let Some(off) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[from..]) {
        let i = from + off;
        match bytes[i] {
            b'\n' => return (Span::new(pos, i), i + 1),
            b'\r' => {
                let after = if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                return (Span::new(pos, i), i + after);
            }
            _ if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                return (Span::new(pos, i), i + 3);
            }
            _ => from = i + 1,
        }
    }
    (Span::new(pos, text.len()), text.len())
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| is_closer(c) || c.is_whitespace());
    t.is_empty() || t.ends_with(['.', '!', '?', ':', '…', ';'])
}

/// Closing quotation marks and brackets that may follow a sentence's final punctuation (the
/// reference list for [`is_closer`], which the tests check against it).
#[cfg(test)]
const CLOSERS: &str = "\"'”’»›」』)]";

/// Whether `c` is a closing quotation mark or bracket that may follow a sentence's final
/// punctuation (`"'”’»›」』)]`): a `match`, not a search of a string.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | '」' | '』' | ')' | ']'
    )
}

impl<'h> Iterator for Paragraphs<'h> {
    type Item = Paragraph<'h>;

    fn next(&mut self) -> Option<Paragraph<'h>> {
        let text = self.text;
        let mut blank_before = false;
        // Skip blank lines.
        let (first, mut pos) = loop {
            if self.pos >= text.len() {
                return None;
            }
            let (line, next) = next_line(text, self.pos);
            let trimmed = line.trim(text);
            self.pos = next;
            if trimmed.is_empty() {
                blank_before |= self.index > 0;
                continue;
            }
            break (trimmed, next);
        };
        let mut span = first;
        // Join hard-wrapped continuation lines.
        while pos < text.len() && !ends_sentence(&text[span]) {
            let (line, next) = next_line(text, pos);
            let trimmed = line.trim(text);
            let lower = text[trimmed].chars().next().is_some_and(char::is_lowercase);
            if trimmed.is_empty() || !lower || trimmed.start != line.start {
                break;
            }
            span = span.cover(trimmed);
            pos = next;
        }
        self.pos = pos;
        let p = Paragraph {
            text: Snippet::at(text, span),
            index: self.index | if blank_before { BLANK_BEFORE } else { 0 },
        };
        self.index += 1;
        Some(p)
    }
}

impl std::iter::FusedIterator for Paragraphs<'_> {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbbrevClass {
    Title,
    Month,
    Other,
}

static ABBREVIATIONS: Lazy<FxMap<&'static str, AbbrevClass>> = Lazy::new(|| {
    let mut map = FxMap::default();
    let mut class = AbbrevClass::Title;
    for line in include_str!("lexicon/abbreviations.txt")
        .lines()
        .map(str::trim)
    {
        match line {
            "" => {}
            l if l.starts_with('#') => {}
            "[title]" => class = AbbrevClass::Title,
            "[month]" => class = AbbrevClass::Month,
            "[other]" => class = AbbrevClass::Other,
            word => {
                map.insert(word, class);
            }
        }
    }
    // The dotless state abbreviations of older wire copy (`Calif`, `Fla`): one class with datelines.
    for word in us_states(StateClass::Dotless) {
        map.insert(word, AbbrevClass::Other);
    }
    map
});

/// Words that commonly open a sentence; after an ambiguous abbreviation (`U.S.`, `Inc.`,
/// `p.m.`) a sentence break is taken only before one of these.
const OPENERS: &[&str] = &[
    "A",
    "An",
    "And",
    "As",
    "At",
    "But",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Mr",
    "Ms",
    "Mrs",
    "No",
    "On",
    "Our",
    "She",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "What",
    "When",
    "While",
    "Yet",
    "You",
];

/// The sentences of `text` within `within` (usually a paragraph's span), as snippets of
/// `text`. Whitespace between sentences belongs to none of them.
///
/// ```
/// use copydesk::{Span, text::sentences};
///
/// let t = "“We won,” he said. J.R.R. Tolkien wrote at 9 a.m. The rest is No. 3.";
/// let s: Vec<_> = sentences(t, Span::new(0, t.len())).map(|s| s.as_str()).collect();
/// assert_eq!(s, ["“We won,” he said.", "J.R.R. Tolkien wrote at 9 a.m.", "The rest is No. 3."]);
/// ```
pub fn sentences(text: &str, within: Span) -> impl Iterator<Item = Snippet<'_>> + '_ {
    let within = if text.get(within.range()).is_some() {
        within
    } else {
        Span::empty(0)
    };
    let mut pos = within.start;
    std::iter::from_fn(move || {
        loop {
            let rest = Span::new(pos, within.end).trim(text);
            if rest.is_empty() {
                pos = within.end;
                return None;
            }
            let end = sentence_end(text, rest);
            pos = end;
            let s = Span::new(rest.start, end).trim(text);
            if !s.is_empty() {
                return Some(Snippet::at(text, s));
            }
        }
    })
}

/// The first `.`, `!`, `?` or `…` (U+2026, E2 80 A6) at or after `from`: a scan eight bytes a
/// step for those three bytes and the ellipsis's lead byte (which also leads curly quotes and
/// dashes: it is a candidate only when the rest of the ellipsis follows). Sentences are short,
/// and a search that returns at the first candidate is called once a terminator: a scan in line
/// costs less there than a library search's set-up and dispatch.
fn next_terminator(bytes: &[u8], from: usize) -> Option<usize> {
    let mut a = from;
    while let Some(p) = next_candidate(bytes, a) {
        if bytes[p] != 0xE2 || bytes[p..].starts_with("…".as_bytes()) {
            return Some(p);
        }
        a = p + 1;
    }
    None
}

/// The first `.`, `!`, `?` or 0xE2 byte at or after `at`.
#[inline(always)]
fn next_candidate(bytes: &[u8], mut at: usize) -> Option<usize> {
    while let Some(x) = load8(bytes, at) {
        let hit = lanes_equal(x, b'.')
            | lanes_equal(x, b'!')
            | lanes_equal(x, b'?')
            | lanes_equal(x, 0xE2);
        if hit != 0 {
            return Some(at + first_lane(hit));
        }
        at += 8;
    }
    // The last bytes: one at a time.
    (at..bytes.len()).find(|&k| matches!(bytes[k], b'.' | b'!' | b'?' | 0xE2))
}

/// The end of the sentence that starts at `region.start`, at most `region.end`.
fn sentence_end(text: &str, region: Span) -> usize {
    let s = &text[region];
    let bytes = s.as_bytes();
    let mut from = 0;
    // Jump from one candidate terminator to the next (each search stops at the candidate it
    // finds, so every byte is looked at a bounded number of times).
    while let Some(i) = next_terminator(bytes, from) {
        // The scan finds `.`, `!`, `?` or a whole `…` (its lead byte 0xE2).
        let (c, len) = match bytes[i] {
            0xE2 => ('…', 3),
            b => (char::from(b), 1),
        };
        // Run of terminators, then closers.
        let end = run_end(s, i + len);
        from = end;
        let gap = space_len(s, end);
        if gap == 0 {
            continue; // "3.5", "U.S.-led", "end.”Next" is rare enough
        }
        let next = &s[end + gap..];
        if next.is_empty() {
            return region.start + end;
        }
        if !starts_sentence(next) {
            continue;
        }
        if c == '.' && !period_breaks(&s[..i], next) {
            continue;
        }
        return region.start + end;
    }
    region.end
}

/// The end of the run of terminators (`.!?…`) and closers ([`is_closer`]) of `s` from `at`:
/// ASCII bytes are told by value, other chars decoded.
#[inline(always)]
fn run_end(s: &str, mut at: usize) -> usize {
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            if !matches!(b, b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
                break;
            }
            at += 1;
        } else {
            match s[at..].chars().next() {
                Some(d) if d == '…' || is_closer(d) => at += d.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// The bytes of whitespace that start `s[at..]` (as `trim_start` takes them): ASCII spaces
/// by value, the rest of the run by `trim_start` once a non-ASCII char is met.
#[inline(always)]
fn space_len(s: &str, at: usize) -> usize {
    let bytes = s.as_bytes();
    let mut k = at;
    while let Some(&b) = bytes.get(k) {
        if matches!(b, b'\t'..=b'\r' | b' ') {
            k += 1;
        } else {
            if b >= 0x80 {
                let rest = &s[k..];
                k += rest.len() - rest.trim_start().len();
            }
            break;
        }
    }
    k - at
}

fn starts_sentence(next: &str) -> bool {
    next.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || matches!(
                c,
                '"' | '\''
                    | '“'
                    | '‘'
                    | '«'
                    | '„'
                    | '‚'
                    | '('
                    | '['
                    | '「'
                    | '『'
                    | '¿'
                    | '¡'
                    | '—'
                    | '–'
                    | '-'
            )
    })
}

/// Whether a period after `before` (the sentence so far) ends the sentence, given the `next`
/// text after the whitespace.
fn period_breaks(before: &str, next: &str) -> bool {
    // ASCII letters, digits and periods are neither spaces nor openers: skip them on bytes.
    let bytes = before.as_bytes();
    let mut k = bytes.len();
    let mut dot = false;
    while k > 0 && (bytes[k - 1].is_ascii_alphanumeric() || bytes[k - 1] == b'.') {
        dot |= bytes[k - 1] == b'.';
        k -= 1;
    }
    // The word's start: after the last space or opener before it. An ASCII one right before
    // the run (the usual case) is told by value.
    let word_start = match k.checked_sub(1).map(|j| bytes[j]) {
        None => 0,
        Some(b'\t'..=b'\r' | b' ' | b'"' | b'(' | b'[') => k,
        Some(_) => before[..k]
            .char_indices()
            .rev()
            .find(|&(_, c)| {
                c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '«' | '(' | '[' | '—')
            })
            .map_or(0, |(i, c)| i + c.len_utf8()),
    };
    let word = &before[word_start..];
    // Only some branches below look at the next word: work it out on demand.
    let next_is_opener = || next_is_opener(next);
    if word.is_empty() {
        return true;
    }
    // A word of ASCII letters and digits alone (most words): one char is one byte, and there
    // is no period in it.
    if word_start == k && !dot {
        if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
            return false; // an initial: "George W. Bush", "J. Smith"
        }
        return abbreviation_breaks(word, next, next_is_opener);
    }
    // Initials and dotted abbreviations: J. / J.R.R. / U.S. / a.m.
    let (count, all_alphabetic) = word
        .chars()
        .filter(|c| *c != '.')
        .fold((0usize, true), |(n, ok), c| {
            (n + 1, ok && c.is_alphabetic())
        });
    let first = word.chars().find(|c| *c != '.');
    if count == 1 && first.is_some_and(char::is_uppercase) {
        return false; // an initial: "George W. Bush", "J. Smith"
    }
    if word.contains('.') && all_alphabetic && count <= 4 {
        return next_is_opener(); // "U.S.", "a.m.", "D.C.", "J.R.R."
    }
    abbreviation_breaks(word, next, next_is_opener)
}

/// Whether the word that starts `next` is one of [`OPENERS`] (after an abbreviation's stop, a
/// capitalised word that opens a sentence: `He`, `The`).
fn next_is_opener(next: &str) -> bool {
    let next_word: &str = next
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .next()
        .unwrap_or("");
    OPENERS.contains(&next_word)
}

/// Whether a period after `word` ends the sentence, by the word's class in [`ABBREVIATIONS`]
/// (a word in none ends it). [`ABBREVIATION_SHAPES`] turns most words away before hashing.
#[inline(always)]
fn abbreviation_breaks(word: &str, next: &str, next_is_opener: impl Fn() -> bool) -> bool {
    let class = if may_be_abbreviation(word) {
        ABBREVIATIONS.get(word)
    } else {
        None
    };
    match class {
        Some(AbbrevClass::Title) => false,
        Some(AbbrevClass::Month) => !next.chars().next().is_some_and(|c| c.is_ascii_digit()),
        Some(AbbrevClass::Other) => next_is_opener(),
        None => true,
    }
}

/// Bit `b` of row `len` set when some key of [`ABBREVIATIONS`] of `len` bytes (below 16)
/// starts with the ASCII byte `b`.
static ABBREVIATION_SHAPES: Lazy<[u128; 16]> = Lazy::new(|| {
    let mut rows = [0u128; 16];
    for w in ABBREVIATIONS.keys() {
        if let (Some(row), Some(&b)) = (rows.get_mut(w.len()), w.as_bytes().first())
            && b < 0x80
        {
            *row |= 1 << b;
        }
    }
    rows
});

/// Whether `word` may be a key of [`ABBREVIATIONS`] (no false negatives): a word of 16 bytes
/// or more, or one starting with a non-ASCII byte, always may.
#[inline(always)]
fn may_be_abbreviation(word: &str) -> bool {
    match (ABBREVIATION_SHAPES.get(word.len()), word.as_bytes().first()) {
        (Some(row), Some(&b)) if b < 0x80 => row & (1 << b) != 0,
        _ => true,
    }
}

/// The words of `text` within `within`: runs of letters and digits, with inner apostrophes,
/// hyphens and periods kept (`O'Brien`, `Russia’s`, `U.S.`, `co-founder`, `10,000`).
///
/// ```
/// use copydesk::{Span, text::words};
///
/// let t = "O’Brien, the U.S. co-founder, said 10,000.";
/// let w: Vec<_> = words(t, Span::new(0, t.len())).map(|w| w.as_str()).collect();
/// assert_eq!(w, ["O’Brien", "the", "U.S.", "co-founder", "said", "10,000"]);
/// ```
pub fn words(text: &str, within: Span) -> impl Iterator<Item = Snippet<'_>> + '_ {
    let region = Snippet::new(text, within).unwrap_or_else(|| Snippet::at(text, Span::empty(0)));
    let base = region.start();
    let s = region.as_str();
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|&(_, c)| c.is_alphanumeric())?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                end = i + c.len_utf8();
                chars.next();
                continue;
            }
            let joiner = matches!(c, '\'' | '’' | '-' | '‐' | '.' | ',' | '&');
            let next_alnum = s[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            let prev_digit = s[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit());
            if joiner && (next_alnum && (c != ',' || prev_digit)) {
                chars.next();
                continue;
            }
            if c == '.' && is_dotted_abbreviation(&s[start..i]) {
                end = i + 1;
                chars.next();
            }
            break;
        }
        Some(Snippet::at(text, Span::new(base + start, base + end)))
    })
}

/// `U.S` / `a.m` (the final period not yet taken): single letters joined by periods.
fn is_dotted_abbreviation(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| p.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// The terminator scan finds what a walk over the chars finds: the first `.`, `!`, `?`
        /// or `…`, with curly quotes and dashes (which share the ellipsis's lead byte) passed
        /// over, at any distance from the text's end and any alignment.
        #[test]
        fn the_terminator_scan_finds_the_first_terminator(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        ".", "!", "?", "…", "“", "”", "—", "’", "é", " ", "ab", "x y z",
                    ]).prop_map(str::to_string),
                    "[a-z ]{1,12}",
                ],
                0..30,
            ),
            skip in 0usize..60,
        ) {
            let text = parts.concat();
            let from = (0..=skip.min(text.len()))
                .rev()
                .find(|&k| text.is_char_boundary(k))
                .unwrap_or(0);
            let want = text[from..]
                .char_indices()
                .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '…'))
                .map(|(i, _)| from + i);
            proptest::prop_assert_eq!(next_terminator(text.as_bytes(), from), want);
        }
    }

    fn split(t: &str) -> Vec<&str> {
        sentences(t, Span::new(0, t.len()))
            .map(|s| s.as_str())
            .collect()
    }

    /// The straightforward char-by-char versions the byte-scanning ones replaced: the
    /// property tests below hold the fast ones to them.
    fn reference_next_line(text: &str, pos: usize) -> (Span, usize) {
        let rest = &text[pos..];
        for (i, c) in rest.char_indices() {
            match c {
                '\n' | '\u{2028}' | '\u{2029}' => {
                    return (Span::new(pos, pos + i), pos + i + c.len_utf8());
                }
                '\r' => {
                    let after = if rest[i + 1..].starts_with('\n') {
                        2
                    } else {
                        1
                    };
                    return (Span::new(pos, pos + i), pos + i + after);
                }
                _ => {}
            }
        }
        (Span::new(pos, text.len()), text.len())
    }

    fn reference_sentence_end(text: &str, region: Span) -> usize {
        let s = &text[region];
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if matches!(d, '.' | '!' | '?' | '…') || CLOSERS.contains(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let after = &s[end..];
            let gap = after.len() - after.trim_start().len();
            if gap == 0 {
                continue;
            }
            let next = &after[gap..];
            if next.is_empty() {
                return region.start + end;
            }
            if !starts_sentence(next) {
                continue;
            }
            if c == '.' && !reference_period_breaks(&s[..i], next) {
                continue;
            }
            return region.start + end;
        }
        region.end
    }

    /// [`period_breaks`] as it was before its byte-level paths, without the abbreviation
    /// filter: the word found by chars, every word looked up.
    fn reference_period_breaks(before: &str, next: &str) -> bool {
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| {
                c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '«' | '(' | '[' | '—')
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        let next_is_opener = || next_is_opener(next);
        if word.is_empty() {
            return true;
        }
        let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
        if letters.len() == 1 && letters[0].is_uppercase() {
            return false;
        }
        if word.contains('.') && letters.iter().all(|c| c.is_alphabetic()) && letters.len() <= 4 {
            return next_is_opener();
        }
        match ABBREVIATIONS.get(word) {
            Some(AbbrevClass::Title) => false,
            Some(AbbrevClass::Month) => !next.chars().next().is_some_and(|c| c.is_ascii_digit()),
            Some(AbbrevClass::Other) => next_is_opener(),
            None => true,
        }
    }

    #[test]
    fn every_abbreviation_passes_the_shape_filter() {
        for w in ABBREVIATIONS.keys() {
            assert!(may_be_abbreviation(w), "{w}");
        }
        assert!(!may_be_abbreviation("zzz") && !may_be_abbreviation("said"));
    }

    proptest::proptest! {
        /// The period test agrees with the char-by-char one on words of every shape before
        /// the period (abbreviations in any case, initials, digits, dotted and non-ASCII
        /// words, openers and marks before the word) and any text after it.
        #[test]
        fn the_period_test_agrees_with_the_reference(
            lead in "[ a-z]{0,3}",
            opener in proptest::sample::select(vec![
                "", " ", "\"", "(", "[", "“", "‘", "«", "—", "$", ",", "é", "\u{a0}", "\t", "'",
            ]),
            word in proptest::prop_oneof![
                proptest::sample::select(ABBREVIATIONS.keys().copied().collect::<Vec<_>>())
                    .prop_map(str::to_string),
                proptest::sample::select(ABBREVIATIONS.keys().copied().collect::<Vec<_>>())
                    .prop_map(|w| w.to_uppercase()),
                "[A-Za-z0-9]{0,6}",
                "[A-Za-z]\\.[A-Za-z](\\.[A-Za-z]){0,3}",
                "[A-Za-z0-9.éÉ’'-]{1,7}",
            ],
            next in proptest::prop_oneof![
                proptest::sample::select(OPENERS.to_vec()).prop_map(|w| format!("{w} x")),
                "[A-Z0-9“\"(][a-z ,.]{0,6}",
            ],
        ) {
            let before = format!("{lead}{opener}{word}");
            proptest::prop_assert_eq!(
                period_breaks(&before, &next),
                reference_period_breaks(&before, &next),
                "{:?} {:?}", before, next
            );
        }
    }

    fn newsy() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just(". ".to_owned()),
            Just("… ".to_owned()),
            Just("?” ".to_owned()),
            Just("!\r\n".to_owned()),
            Just("\u{2028}".to_owned()),
            Just("\u{2029}".to_owned()),
            Just("\u{2026}".to_owned()),
            Just("“".to_owned()),
            Just(" U.S. ".to_owned()),
            Just(" Sen. ".to_owned()),
            Just(" Jan. 5".to_owned()),
            Just(" p.m. The".to_owned()),
            Just(" (Gov. ".to_owned()),
            Just(" Calif. ".to_owned()),
            Just(" A. ".to_owned()),
            Just("é. ".to_owned()),
            Just(" 3. ".to_owned()),
            Just("—No. 4".to_owned()),
            Just("\n".to_owned()),
            "[A-Za-z0-9 ,.'\"]{0,8}",
            "\\PC{0,3}",
        ];
        proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    #[test]
    fn closers_and_openers_match_their_lists() {
        let all = (0..0x3100u32).filter_map(char::from_u32);
        for c in all {
            assert_eq!(is_closer(c), CLOSERS.contains(c), "{c:?}");
            let opens = "\"'“‘«„‚([「『¿¡—–-".contains(c);
            let t = c.to_string();
            assert_eq!(
                starts_sentence(&t),
                c.is_uppercase() || c.is_numeric() || opens,
                "{c:?}"
            );
        }
    }

    #[test]
    fn sentence_scan_agrees_with_the_reference_across_search_blocks() {
        // Long stretches without a terminator, with `…` straddling every offset near the
        // 256-byte blocks of the terminator search.
        for pad in 240..270 {
            for tail in ["… Next one.", "…” He said. Then", " x… y", "…", ". A… B! C"] {
                let text = format!("{}{tail}{}{tail}", "a".repeat(pad), " b".repeat(pad / 2));
                let mut start = 0;
                while start < text.len() {
                    let r = Span::new(start, text.len());
                    let fast = sentence_end(&text, r);
                    assert_eq!(
                        fast,
                        reference_sentence_end(&text, r),
                        "{text:?} from {start}"
                    );
                    start = fast.max(start + 1);
                    while !text.is_char_boundary(start) {
                        start += 1;
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_line_and_sentence_scans_agree_with_the_reference(text in newsy()) {
            let mut pos = 0;
            while pos < text.len() {
                let fast = next_line(&text, pos);
                proptest::prop_assert_eq!(fast, reference_next_line(&text, pos));
                pos = fast.1;
            }
            let region = Span::new(0, text.len());
            let mut start = 0;
            while start < text.len() {
                let r = Span::new(start, region.end);
                let fast = sentence_end(&text, r);
                proptest::prop_assert_eq!(fast, reference_sentence_end(&text, r));
                start = fast.max(start + 1);
                while !text.is_char_boundary(start) {
                    start += 1;
                }
            }
        }
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Gov. Jerry Dunn and Sen. Kamala Rao spoke."),
            ["Gov. Jerry Dunn and Sen. Kamala Rao spoke."]
        );
        assert_eq!(
            split("George W. Bush spoke. He left."),
            ["George W. Bush spoke.", "He left."]
        );
        assert_eq!(
            split("It rose 3.5 percent. No. 3 fell."),
            ["It rose 3.5 percent.", "No. 3 fell."]
        );
        assert_eq!(
            split("On Sept. 23 it ended. Then"),
            ["On Sept. 23 it ended.", "Then"]
        );
        assert_eq!(
            split("He moved to the U.S. The move"),
            ["He moved to the U.S.", "The move"]
        );
        assert_eq!(split("The U.S. Senate voted."), ["The U.S. Senate voted."]);
    }

    #[test]
    fn sentence_ends_inside_quotes() {
        assert_eq!(split("“Go.” Then he left."), ["“Go.”", "Then he left."]);
        assert_eq!(
            split("“Stop,” he said. Next came more."),
            ["“Stop,” he said.", "Next came more."]
        );
        assert_eq!(
            split("“Why?” she asked. “Now!” he said."),
            ["“Why?” she asked.", "“Now!” he said."]
        );
        assert_eq!(split("Is it? he wondered."), ["Is it? he wondered."]);
    }

    #[test]
    fn paragraphs_handle_crlf_blank_lines_and_indentation() {
        let t = "A.\r\n\r\n\tB.\r\nC.\n\n\n  D.   ";
        let ps: Vec<_> = paragraphs(t).collect();
        let strs: Vec<_> = ps.iter().map(|p| p.as_str()).collect();
        assert_eq!(strs, ["A.", "B.", "C.", "D."]);
        assert_eq!(
            [
                ps[1].blank_before(),
                ps[2].blank_before(),
                ps[3].blank_before()
            ],
            [true, false, true]
        );
        for p in &ps {
            assert_eq!(&t[p.span()], p.as_str());
        }
        assert_eq!(paragraphs("").count(), 0);
        assert_eq!(paragraphs("\n \r\n").count(), 0);
    }

    #[test]
    fn subheads_are_not_joined_to_the_next_line() {
        let ps: Vec<_> = paragraphs("10,000 Troops\nIn April, it rose.")
            .map(|p| p.as_str())
            .collect();
        assert_eq!(ps, ["10,000 Troops", "In April, it rose."]);
    }
}
