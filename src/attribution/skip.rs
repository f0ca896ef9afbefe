//! The skipper: what a clause may hold between two of its parts (a subject and its verb, a cue
//! and its content): negation, time adjuncts and dates, discourse adverbs, quantity adverbs.
//! Pure functions of a [`Sentence`], read forward ([`skip_forward`]) or back ([`skip_back`]).

use super::*;

/// The kinds of aside that may stand between two parts of a clause (a subject and its verb, a
/// cue and its content), for [`skip_forward`] and [`skip_back`]. A set: combine with `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Gap(u8);

impl Gap {
    /// `not`, `never`: `seems not to …`.
    pub(super) const NEGATION: Gap = Gap(1);
    /// A time adjunct: a date (`Jan. 5`, `Sept. 12, 2019`) or a prepositional phrase whose head
    /// is a time (`on Jan. 5`, `for the first time`, `in recent weeks`, `at the time`).
    pub(super) const TIME: Gap = Gap(1 << 1);
    /// A discourse adverb: set off by commas (`, though,`, `, however,`, `, in fact,`) or a
    /// two-word one standing bare (`in fact`, `of course`).
    pub(super) const DISCOURSE: Gap = Gap(1 << 2);

    /// Whether the set holds every kind of `other`.
    pub(super) const fn has(self, other: Gap) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Gap {
    type Output = Gap;
    fn bitor(self, other: Gap) -> Gap {
        Gap(self.0 | other.0)
    }
}

/// The skipper's word classes (a word may hold several), from [`aside_class`].
mod class {
    /// `not`, `never`.
    pub(super) const NEGATION: u16 = 1;
    /// A preposition that opens a time adjunct (`on`, `for`, `during`).
    pub(super) const TIME_PREP: u16 = 1 << 1;
    /// A time head besides the lexicon's time words (`time`, `moment`).
    pub(super) const TIME_HEAD: u16 = 1 << 2;
    /// A word between a time preposition and its head (`first`, `past`, `recent`).
    pub(super) const TIME_MOD: u16 = 1 << 3;
    /// A discourse adverb of one word, read between commas (`though`, `however`).
    pub(super) const DISCOURSE: u16 = 1 << 4;
    /// The first word of a two-word discourse adverb (`in` of `in fact`).
    pub(super) const DISCOURSE_FIRST: u16 = 1 << 5;
    /// The second word of a two-word discourse adverb (`fact` of `in fact`).
    pub(super) const DISCOURSE_SECOND: u16 = 1 << 6;
    /// An adverb of degree before a number (`about 20`, `nearly 300`).
    pub(super) const DEGREE: u16 = 1 << 7;
}

/// Discourse adverbs of two words, read between commas or bare (`Kim in fact said`); each
/// word is also in its class of [`aside_class`].
static DISCOURSE_TWO: [(&str, &str); 10] = [
    ("in", "fact"),
    ("of", "course"),
    ("for", "example"),
    ("for", "instance"),
    ("in", "turn"),
    ("at", "least"),
    ("in", "particular"),
    ("by", "contrast"),
    ("in", "addition"),
    ("after", "all"),
];

/// The closed-class words that open, close or fill an aside, with their classes.
static ASIDE_WORDS: [(&str, u16); 60] = {
    use class::*;
    [
        ("not", NEGATION),
        ("never", NEGATION),
        ("on", TIME_PREP),
        ("during", TIME_PREP),
        ("since", TIME_PREP),
        ("until", TIME_PREP),
        ("within", TIME_PREP),
        ("throughout", TIME_PREP),
        ("in", TIME_PREP | DISCOURSE_FIRST),
        ("for", TIME_PREP | DISCOURSE_FIRST),
        ("at", TIME_PREP | DISCOURSE_FIRST | DEGREE),
        ("over", TIME_PREP | DEGREE),
        ("under", TIME_PREP | DEGREE),
        ("of", DISCOURSE_FIRST),
        ("by", DISCOURSE_FIRST),
        ("after", DISCOURSE_FIRST),
        ("time", TIME_HEAD),
        ("times", TIME_HEAD),
        ("moment", TIME_HEAD),
        ("first", TIME_MOD),
        ("second", TIME_MOD),
        ("third", TIME_MOD),
        ("fourth", TIME_MOD),
        ("fifth", TIME_MOD),
        ("last", TIME_MOD),
        ("past", TIME_MOD),
        ("next", TIME_MOD),
        ("final", TIME_MOD),
        ("same", TIME_MOD),
        ("several", TIME_MOD),
        ("few", TIME_MOD),
        ("recent", TIME_MOD),
        ("coming", TIME_MOD),
        ("previous", TIME_MOD),
        ("early", TIME_MOD),
        ("though", DISCOURSE),
        ("however", DISCOURSE),
        ("meanwhile", DISCOURSE),
        ("moreover", DISCOURSE),
        ("nonetheless", DISCOURSE),
        ("nevertheless", DISCOURSE),
        ("instead", DISCOURSE),
        ("too", DISCOURSE),
        ("indeed", DISCOURSE),
        ("still", DISCOURSE),
        ("therefore", DISCOURSE),
        ("thus", DISCOURSE),
        ("again", DISCOURSE),
        ("also", DISCOURSE),
        ("furthermore", DISCOURSE),
        ("likewise", DISCOURSE),
        ("about", DEGREE),
        ("around", DEGREE),
        ("nearly", DEGREE),
        ("almost", DEGREE),
        ("roughly", DEGREE),
        ("approximately", DEGREE),
        ("some", DEGREE),
        ("more", DEGREE),
        ("up", DEGREE),
    ]
};

/// The second words of [`DISCOURSE_TWO`] and the other degree words, classed apart so that
/// [`ASIDE_WORDS`] stays one entry per word.
static ASIDE_WORDS_MORE: [(&str, u16); 12] = {
    use class::*;
    [
        ("fact", DISCOURSE_SECOND),
        ("course", DISCOURSE_SECOND),
        ("example", DISCOURSE_SECOND),
        ("instance", DISCOURSE_SECOND),
        ("turn", DISCOURSE_SECOND),
        ("least", DISCOURSE_SECOND),
        ("particular", DISCOURSE_SECOND),
        ("contrast", DISCOURSE_SECOND),
        ("addition", DISCOURSE_SECOND),
        ("all", DISCOURSE_SECOND),
        ("less", DEGREE),
        ("fewer", DEGREE),
    ]
};

/// The longest word of [`ASIDE_WORDS`] and [`ASIDE_WORDS_MORE`].
const ASIDE_LONGEST: usize = 13;

/// For each word length and first letter (`a` = 0), a bit per second letter that some aside
/// word of that length opens with: most words are turned away by one look-up.
static ASIDE_SHAPES: [[u32; 26]; ASIDE_LONGEST + 1] = {
    let mut m = [[0u32; 26]; ASIDE_LONGEST + 1];
    let mut i = 0;
    while i < ASIDE_WORDS.len() + ASIDE_WORDS_MORE.len() {
        let w = if i < ASIDE_WORDS.len() {
            ASIDE_WORDS[i].0
        } else {
            ASIDE_WORDS_MORE[i - ASIDE_WORDS.len()].0
        }
        .as_bytes();
        m[w.len()][(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    m
};

/// A word of at most [`ASIDE_LONGEST`] ASCII letters as one number, a byte a letter, in lower
/// case (distinct words, distinct numbers: no letter is zero).
const fn pack_lower(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() {
        key = key << 8 | w[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    key
}

/// [`ASIDE_WORDS`] and [`ASIDE_WORDS_MORE`] as packed words with their classes, sorted, for a
/// binary search.
static ASIDE_KEYS: [(u128, u16); ASIDE_WORDS.len() + ASIDE_WORDS_MORE.len()] = {
    let mut keys = [(0u128, 0u16); ASIDE_WORDS.len() + ASIDE_WORDS_MORE.len()];
    let mut i = 0;
    while i < keys.len() {
        let (w, c) = if i < ASIDE_WORDS.len() {
            ASIDE_WORDS[i]
        } else {
            ASIDE_WORDS_MORE[i - ASIDE_WORDS.len()]
        };
        keys[i] = (pack_lower(w.as_bytes()), c);
        i += 1;
    }
    // Insertion sort, at compile time.
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1].0 > keys[j].0 {
            let x = keys[j - 1];
            keys[j - 1] = keys[j];
            keys[j] = x;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// Whether the word `w` negates its verb group: a free-standing negation the skipper steps over
/// (the [`class::NEGATION`] words of its table: `not`, `never`), or one fused with its
/// auxiliary (`cannot`, `wouldn't`, `can’t`), which the skipper never meets between two parts.
pub(super) fn negation_word(w: &str) -> bool {
    ASIDE_WORDS
        .iter()
        .any(|&(a, c)| c & class::NEGATION != 0 && w.eq_ignore_ascii_case(a))
        || w.eq_ignore_ascii_case("cannot")
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// The skipper's classes of the word at token `k` (0 for anything else).
fn aside_class(s: &Sentence<'_>, k: usize) -> u16 {
    let Some(x) = s.toks.get(k) else {
        return 0;
    };
    let len = x.span.len();
    if !x.word() || !(2..=ASIDE_LONGEST).contains(&len) {
        return 0;
    }
    let w = &s.text.as_bytes()[x.span.range()];
    let (a, b) = (w[0].to_ascii_lowercase(), w[1].to_ascii_lowercase());
    if !a.is_ascii_lowercase()
        || !b.is_ascii_lowercase()
        || ASIDE_SHAPES[len][usize::from(a - b'a')] & (1 << (b - b'a')) == 0
    {
        return 0;
    }
    let key = pack_lower(w);
    ASIDE_KEYS
        .binary_search_by(|&(k, _)| k.cmp(&key))
        .map_or(0, |i| ASIDE_KEYS[i].1)
}

/// Whether token `k` is a number: digits (`20`, `2,400`, `1.5`) or a number word.
pub(super) fn number_at(s: &Sentence<'_>, k: usize) -> bool {
    s.toks.get(k).is_some_and(|x| {
        x.word()
            && (s.text[x.span].starts_with(|c: char| c.is_ascii_digit())
                || NUMBER_WORDS
                    .iter()
                    .any(|w| s.text[x.span].eq_ignore_ascii_case(w)))
    })
}

/// The end of a quantity adverb at token `k` that modifies the number after it (`about 20
/// people`, `more than 40`, `up to 12`): there `about` or `over` is no preposition.
pub(super) fn quantity_adverb(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let t = s.toks.get(k)?;
    if t.cap && k > 0 || aside_class(s, k) & class::DEGREE == 0 {
        return None;
    }
    // `more than`, `less than`, `fewer than`, `up to`, `at least`, `at most`: two words.
    let len = if s.is_listed(k, &["more", "less", "fewer"]) {
        s.is_word(k + 1, "than").then_some(2)?
    } else if s.is_word(k, "up") {
        s.is_word(k + 1, "to").then_some(2)?
    } else if s.is_word(k, "at") {
        s.is_listed(k + 1, &["least", "most"]).then_some(2)?
    } else {
        1
    };
    number_at(s, k + len).then_some(k + len)
}

/// The end of a date at token `k`: a month name or abbreviation with a day (`Jan. 5`, `Sept.
/// 12`, `March 3`), and a year after a comma (`Dec. 3, 2019`).
fn date_end(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let t = s.toks;
    let x = t.get(k)?;
    if !x.word() || !x.cap || x.span.len() < 3 || x.span.len() > 10 {
        return None;
    }
    let w = &s.text[x.span];
    // A month opens with one of these letters; only then is the calendar asked.
    if !matches!(
        w.as_bytes()[0],
        b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
    ) {
        return None;
    }
    crate::lexicon::calendar::month_number(w)?;
    let mut e = k + 1;
    if !w.ends_with('.') && t.get(e).is_some_and(|p| p.punct('.')) {
        e += 1;
    }
    let day = t.get(e).is_some_and(|d| {
        d.word() && d.span.len() <= 4 && s.text[d.span].starts_with(|c: char| c.is_ascii_digit())
    });
    if !day {
        return None;
    }
    e += 1;
    let year = |m: usize| {
        t.get(m).is_some_and(|y| {
            y.word() && y.span.len() == 4 && s.text[y.span].bytes().all(|b| b.is_ascii_digit())
        })
    };
    if t.get(e).is_some_and(|c| c.punct(',')) && year(e + 1) {
        e += 2;
    }
    Some(e)
}

/// The end of a time adjunct at token `k`: a date (`Jan. 5`), or a time preposition, up to
/// three determiners, numbers or time modifiers, and a time head (`on Jan. 5`, `for the first
/// time`, `over the past three months`, `at the time`).
pub(super) fn time_end(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let x = s.toks.get(k)?;
    let c = if x.cap { 0 } else { aside_class(s, k) };
    time_end_classed(s, k, c)
}

/// [`time_end`], with the classes `c` of token `k` already read (0 for a capitalised word).
fn time_end_classed(s: &Sentence<'_>, k: usize, c: u16) -> Option<usize> {
    let t = s.toks;
    if let Some(e) = date_end(s, k) {
        return Some(e);
    }
    if c & class::TIME_PREP == 0 {
        return None;
    }
    if let Some(e) = date_end(s, k + 1) {
        return Some(e);
    }
    let head = |m: usize| {
        t.get(m).is_some_and(|y| {
            y.word()
                && (y.is(TIME) && !s.is_listed(m, &["this", "last", "next", "earlier", "later"])
                    || aside_class(s, m) & class::TIME_HEAD != 0)
        })
    };
    let modifier = |m: usize| {
        t.get(m).is_some_and(|y| {
            y.word()
                && !y.cap
                && (y.is(DET) || number_at(s, m) || aside_class(s, m) & class::TIME_MOD != 0)
        })
    };
    // The head is the last time word of the run (`over the past three months`: `past` modifies).
    let mut m = k + 1;
    while m - k <= 4 {
        if modifier(m) && (modifier(m + 1) || head(m + 1)) {
            m += 1;
        } else {
            return head(m).then_some(m + 1);
        }
    }
    None
}

/// The length of a discourse adverb at token `k` (`though`; `in fact`), of one word only
/// where `one` allows it.
fn discourse_len(s: &Sentence<'_>, k: usize, one: bool) -> Option<usize> {
    let c = aside_class(s, k);
    if c & class::DISCOURSE_FIRST != 0
        && aside_class(s, k + 1) & class::DISCOURSE_SECOND != 0
        && DISCOURSE_TWO
            .iter()
            .any(|(a, b)| s.is_word(k, a) && s.is_word(k + 1, b))
    {
        return Some(2);
    }
    (one && c & class::DISCOURSE != 0).then_some(1)
}

/// The end of a discourse aside at token `k`: a discourse adverb between commas (`, though,`,
/// `, in fact,`) or a two-word one standing bare (`in fact`).
/// `c`: the classes of token `k` (0 for a capitalised word or a comma).
fn discourse_end(s: &Sentence<'_>, k: usize, c: u16) -> Option<usize> {
    let t = s.toks;
    let x = t.get(k)?;
    if x.punct(',') {
        let len = discourse_len(s, k + 1, true)?;
        return t
            .get(k + 1 + len)
            .is_some_and(|c| c.punct(','))
            .then_some(k + 2 + len);
    }
    if c & class::DISCOURSE_FIRST == 0 {
        return None;
    }
    discourse_len(s, k, false).map(|len| k + len)
}

/// The end of one aside of a kind in `gap` at token `k`, if one starts there.
pub(super) fn aside_end(s: &Sentence<'_>, k: usize, gap: Gap) -> Option<usize> {
    let x = s.toks.get(k)?;
    if !x.word() && !x.punct(',') {
        return None;
    }
    // The word's classes, read once (every aside word is lower case).
    let c = if x.word() && !x.cap {
        aside_class(s, k)
    } else {
        0
    };
    if gap.has(Gap::NEGATION) && c & class::NEGATION != 0 {
        return Some(k + 1);
    }
    if gap.has(Gap::TIME)
        && x.word()
        && let Some(e) = time_end_classed(s, k, c)
    {
        return Some(e);
    }
    if gap.has(Gap::DISCOURSE)
        && let Some(e) = discourse_end(s, k, c)
    {
        return Some(e);
    }
    None
}

/// The most asides stepped over at once (each is a few tokens: the windows stay bounded).
const MAX_ASIDES: usize = 4;

/// The longest aside reads this many tokens (`, in fact,`; `on Sept. 12, 2019`).
const MAX_ASIDE_TOKENS: usize = 8;

/// The first token at or after `k` past the asides of kinds `gap` that start there: `said for
/// the first time that …` steps from `for` to `that`.
pub(super) fn skip_forward(s: &Sentence<'_>, mut k: usize, gap: Gap) -> usize {
    for _ in 0..MAX_ASIDES {
        match aside_end(s, k, gap) {
            Some(e) if e > k => k = e,
            _ => break,
        }
    }
    k
}

/// The first token of one aside of kinds `gap` that ends just before token `end`, read from
/// its last token: a comma closes a discourse adverb set off by commas, `not` is itself, a
/// time word or a number closes a time adjunct (at most seven tokens back), the second word of
/// a bare discourse adverb closes it.
fn aside_start(s: &Sentence<'_>, end: usize, gap: Gap) -> Option<usize> {
    let last = end.checked_sub(1)?;
    let x = s.toks.get(last)?;
    if x.punct(',') {
        if !gap.has(Gap::DISCOURSE) {
            return None;
        }
        return (1..=2).find_map(|len| {
            let c = last.checked_sub(len + 1)?;
            (s.toks[c].punct(',') && discourse_len(s, c + 1, true) == Some(len)).then_some(c)
        });
    }
    if !x.word() {
        return None;
    }
    // Every aside word is lower case: a capitalised one is read only as a time.
    let c = if x.cap { 0 } else { aside_class(s, last) };
    if gap.has(Gap::NEGATION) && c & class::NEGATION != 0 {
        return Some(last);
    }
    if gap.has(Gap::TIME)
        && (x.is(TIME)
            || s.text.as_bytes()[x.span.start].is_ascii_digit()
            || c & class::TIME_HEAD != 0)
        && let Some(k) = (end.saturating_sub(MAX_ASIDE_TOKENS)..last)
            .chain(std::iter::once(last))
            .find(|&k| time_end(s, k) == Some(end))
    {
        return Some(k);
    }
    if gap.has(Gap::DISCOURSE)
        && c & class::DISCOURSE_SECOND != 0
        && last >= 1
        && !s.toks[last - 1].cap
        && discourse_len(s, last - 1, false) == Some(2)
    {
        return Some(last - 1);
    }
    None
}

/// The first token of the asides of kinds `gap` that end just before token `end`: `The
/// ministry on Jan. 5 said` steps back from `said` to `on`. `end` when none ends there.
pub(super) fn skip_back(s: &Sentence<'_>, mut end: usize, gap: Gap) -> usize {
    for _ in 0..MAX_ASIDES {
        match aside_start(s, end, gap) {
            Some(k) if k < end => end = k,
            _ => break,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words a skipper steps over from the first token `at` of `text`, as text (empty when
    /// it steps over nothing): [`skip_forward`] from that token, or [`skip_back`] from just
    /// before it.
    fn skipped(text: &str, at: &str, gap: Gap, forward: bool) -> String {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let k = word_index(text, &toks, at);
        let (a, b) = if forward {
            (k, skip_forward(&s, k, gap))
        } else {
            (skip_back(&s, k, gap), k)
        };
        if a == b {
            return String::new();
        }
        text[toks[a].span.start..toks[b - 1].span.end].to_string()
    }

    /// The words [`skip_forward`] steps over from the first token `from` of `text`.
    fn skipped_forward(text: &str, from: &str, gap: Gap) -> String {
        skipped(text, from, gap, true)
    }

    /// The words [`skip_back`] steps over back from the first token `before` of `text`.
    fn skipped_back(text: &str, before: &str, gap: Gap) -> String {
        skipped(text, before, gap, false)
    }

    const ASIDES: Gap = Gap(Gap::NEGATION.0 | Gap::TIME.0 | Gap::DISCOURSE.0);

    #[test]
    fn a_time_phrase_with_an_ordinal_is_stepped_over() {
        assert_eq!(
            skipped_forward(
                "Lee conceded for the first time that it was over.",
                "for",
                ASIDES
            ),
            "for the first time"
        );
        assert_eq!(
            skipped_forward(
                "Lee said over the past three months that it was over.",
                "over",
                ASIDES
            ),
            "over the past three months"
        );
    }

    #[test]
    fn an_abbreviated_date_and_its_year_are_one_aside() {
        assert_eq!(
            skipped_back(
                "The board on Sept. 12, 2019 said it was over.",
                "said",
                ASIDES
            ),
            "on Sept. 12, 2019"
        );
        assert_eq!(
            skipped_back("The board Dec. 3 said it was over.", "said", Gap::TIME),
            "Dec. 3"
        );
    }

    #[test]
    fn a_month_without_a_day_is_no_date() {
        // `May` may be a name or a modal: without a day it is left alone.
        assert_eq!(
            skipped_back("Officials in May said it.", "said", ASIDES),
            ""
        );
    }

    #[test]
    fn discourse_adverbs_between_commas_are_stepped_over() {
        assert_eq!(
            skipped_back("Lee, in fact, said it was over.", "said", ASIDES),
            ", in fact,"
        );
        assert_eq!(
            skipped_back("Lee, though, said it was over.", "said", ASIDES),
            ", though,"
        );
        assert_eq!(
            skipped_forward("Lee said, however, that it was over.", ",", ASIDES),
            ", however,"
        );
    }

    #[test]
    fn asides_follow_one_another() {
        assert_eq!(
            skipped_back("Lee, however, on Jan. 5 said it was over.", "said", ASIDES),
            ", however, on Jan. 5"
        );
    }

    #[test]
    fn every_aside_word_is_found_in_its_class() {
        for &(w, c) in ASIDE_WORDS.iter().chain(&ASIDE_WORDS_MORE) {
            let text = format!("Lee {w} said it.");
            let toks = first_unit_toks(&text);
            let s = Sentence {
                text: &text,
                toks: &toks,
            };
            assert_eq!(aside_class(&s, 1), c, "{w}");
        }
    }

    #[test]
    fn every_two_word_discourse_adverb_is_in_its_classes() {
        for (a, b) in DISCOURSE_TWO {
            let text = format!("Lee {a} {b} said it.");
            let toks = first_unit_toks(&text);
            let s = Sentence {
                text: &text,
                toks: &toks,
            };
            assert_ne!(aside_class(&s, 1) & class::DISCOURSE_FIRST, 0, "{a}");
            assert_ne!(aside_class(&s, 2) & class::DISCOURSE_SECOND, 0, "{b}");
        }
    }

    #[test]
    fn a_one_word_adverb_needs_its_commas() {
        // `though` bare opens a clause; only between commas is it an aside.
        assert_eq!(
            skipped_forward("Lee said though it was over.", "though", ASIDES),
            ""
        );
    }

    #[test]
    fn only_the_kinds_asked_for_are_stepped_over() {
        assert_eq!(
            skipped_forward("It seems not to matter.", "not", Gap::NEGATION),
            "not"
        );
        assert_eq!(
            skipped_forward("It seems not to matter.", "not", Gap::TIME),
            ""
        );
        assert_eq!(
            skipped_forward("Lee said on Jan. 5 that it was over.", "on", Gap::DISCOURSE),
            ""
        );
    }

    #[test]
    fn a_preposition_before_a_noun_that_is_no_time_is_no_aside() {
        assert_eq!(
            skipped_forward("Lee said for the record that it was over.", "for", ASIDES),
            ""
        );
    }

    /// [`quantity_adverb`] at the first token `at` of `text`: the words up to the number.
    fn quantity(text: &str, at: &str) -> Option<String> {
        let toks = first_unit_toks(text);
        let s = Sentence { text, toks: &toks };
        let k = word_index(text, &toks, at);
        quantity_adverb(&s, k).map(|e| text[toks[k].span.start..toks[e - 1].span.end].to_string())
    }

    #[test]
    fn a_degree_word_before_a_number_is_a_quantity() {
        assert_eq!(
            quantity("Lee said about 20 people came.", "about"),
            Some("about".to_string())
        );
        assert_eq!(
            quantity("Lee said more than 40 people came.", "more"),
            Some("more than".to_string())
        );
        assert_eq!(quantity("Lee talked about the plan.", "about"), None);
    }

    #[test]
    fn negation_words_free_and_fused() {
        for w in ["not", "Never", "cannot", "wouldn't", "can’t"] {
            assert!(negation_word(w), "{w}");
        }
        for w in ["note", "nevertheless", "can", "cant", "now"] {
            assert!(!negation_word(w), "{w}");
        }
    }
}
