//! Person names as bylines and credits print them: the name as written, with its span, and a
//! normalised display form.
//!
//! Normalisation turns ALL-CAPS wire bylines into title case, getting `Mc`, `O'`, hyphens,
//! initials, particles and suffixes right, and puts inverted names (`Jong, Michiel de`) in
//! reading order. Words already in mixed case are kept as written (`McDONALD` becomes
//! `McDonald` only when it is shouted). Normalisation is idempotent.
//!
//! ```
//! use copydesk::name::normalize;
//!
//! assert_eq!(normalize("MICHAEL McDONALD"), "Michael McDonald");
//! assert_eq!(normalize("JEAN-LUC O'NEILL"), "Jean-Luc O'Neill");
//! assert_eq!(normalize("LUDWIG VAN BEETHOVEN"), "Ludwig van Beethoven");
//! assert_eq!(normalize("Jong, Michiel de"), "Michiel de Jong");
//! assert_eq!(normalize("MARTIN LUTHER KING JR."), "Martin Luther King Jr.");
//! assert_eq!(normalize("JAMES S.A. COREY"), "James S.A. Corey");
//! assert_eq!(normalize("Jenny_Smith"), "Jenny Smith");
//! ```
//!
//! Works best on names in Latin script; other scripts are kept as written.

pub(crate) use crate::util::fold::lowercase;
use crate::util::hash::FxSet;
use std::borrow::Cow;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::{Snippet, Span};

fn lexicon(src: &'static str) -> FxSet<String> {
    crate::lexicon::lines(src)
        .map(|l| l.trim_end_matches('.').to_lowercase())
        .collect()
}

/// Emoji, symbols and format characters that scrapers leave in author fields (`John 😊 Doe`).
static SYMBOLS: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[\p{So}\p{Sm}\p{Sk}\p{Cf}\p{Co}\x{FE0F}*†‡]").expect("symbols"));

/// `&#233;`, `&#xE9;` and `\u00e9` as scrapers leave them, decoded.
static ESCAPE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"&#(\d{2,6});|&#x([0-9a-fA-F]{2,5});|\\u([0-9a-fA-F]{4})").expect("escapes")
});

static PARTICLES: Lazy<FxSet<String>> =
    Lazy::new(|| lexicon(include_str!("lexicon/name_particles.txt")));
static SUFFIXES: Lazy<FxSet<String>> =
    Lazy::new(|| lexicon(include_str!("lexicon/name_suffixes.txt")));
static HONORIFICS: Lazy<FxSet<String>> =
    Lazy::new(|| lexicon(include_str!("lexicon/name_honorifics.txt")));
static CREDENTIALS: Lazy<FxSet<String>> =
    Lazy::new(|| lexicon(include_str!("lexicon/name_credentials.txt")));
/// Common words that are no part of a name, with the newsroom words the field readers share.
static STOPWORDS: Lazy<FxSet<String>> = Lazy::new(|| {
    let mut s = lexicon(include_str!("lexicon/name_stopwords.txt"));
    s.extend(crate::lexicon::newsroom::newsroom_non_names().map(str::to_lowercase));
    s
});
static GIVEN: Lazy<FxSet<String>> = Lazy::new(|| lexicon(include_str!("lexicon/name_given.txt")));

/// A word of a name: letters with inner `.`, `'`, `’`, `-`, or a quoted nickname.
static WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#""[^"\n]{0,40}"|“[^”\n]{0,40}”|(?:\p{L}|&\#\d{2,6};|&\#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})(?:[\p{L}\p{M}'’.\-]|&\#\d{2,6};|&\#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})*"#,
    )
    .expect("word regex")
});

fn key(word: &str) -> Cow<'_, str> {
    lowercase(word.trim_end_matches([',', '.']))
}

/// Whether `word` is a surname particle (`van`, `de`, `bin`).
pub(crate) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(key(word).as_ref())
}

/// Whether `word` is a generational suffix (`Jr.`, `III`).
pub(crate) fn is_suffix(word: &str) -> bool {
    SUFFIXES.contains(key(word).as_ref())
}

/// Whether `word` is an honorific (`Mr.`, `Dr`, `Prof.`).
pub(crate) fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(key(word).as_ref())
}

/// Whether `word` is a degree or credential (`MA`, `Ph.D.`).
pub(crate) fn is_credential(word: &str) -> bool {
    CREDENTIALS.contains(&key(word).replace('.', ""))
}

/// Whether `word` is a common word that does not occur in names (`Follow`, `League`).
pub(crate) fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(key(word).as_ref())
}

/// Whether `word` is a common given name (`Priya`, `Grace`, `Mohammed`): a word that makes a
/// line of otherwise common words a person's name.
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN.contains(key(word).as_ref())
}

/// A person named in a byline or credit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Person<'h> {
    name: Snippet<'h>,
    display: String,
    honorific: Option<Snippet<'h>>,
    suffix: Option<Snippet<'h>>,
}

impl<'h> Person<'h> {
    /// The same person with every snippet moved by `f` onto another text.
    pub(crate) fn rebased<'o>(&self, f: impl Fn(Snippet<'h>) -> Snippet<'o>) -> Person<'o> {
        Person {
            name: f(self.name),
            display: self.display.clone(),
            honorific: self.honorific.map(&f),
            suffix: self.suffix.map(&f),
        }
    }
}

impl<'h> Person<'h> {
    /// Reads `input` as a person's name, or `None` when it does not look like one (no
    /// capitalised word, a common word such as `Follow`, digits, more than six words).
    ///
    /// ```
    /// use copydesk::name::Person;
    ///
    /// let p = Person::parse("Dr. JANE DOE JR.").expect("a name");
    /// assert_eq!(p.as_str(), "JANE DOE JR.");
    /// assert_eq!(p.display(), "Jane Doe Jr.");
    /// assert_eq!(p.honorific().map(|h| h.as_str()), Some("Dr."));
    /// assert_eq!(p.suffix().map(|s| s.as_str()), Some("JR."));
    /// assert!(Person::parse("Follow Author").is_none());
    /// ```
    #[must_use]
    pub fn parse(input: &'h str) -> Option<Person<'h>> {
        person_at(input, Span::new(0, input.len()))
    }

    /// The name as written (honorific excluded).
    ///
    /// ```
    /// assert_eq!(copydesk::name::Person::parse("Mr Tom Watling").unwrap().as_str(), "Tom Watling");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.name.as_str()
    }

    /// Where the name is.
    ///
    /// ```
    /// let p = copydesk::name::Person::parse("Mr Tom Watling").unwrap();
    /// assert_eq!(p.span(), copydesk::Span::new(3, 14));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.name.span()
    }

    /// The name's span and text together.
    ///
    /// ```
    /// let p = copydesk::name::Person::parse("Tom Watling").unwrap();
    /// assert_eq!(p.snippet().as_str(), "Tom Watling");
    /// ```
    #[must_use]
    pub fn snippet(&self) -> Snippet<'h> {
        self.name
    }

    /// The normalised display name (see [`normalize`]).
    ///
    /// ```
    /// assert_eq!(copydesk::name::Person::parse("DIEDTRA HENDERSON").unwrap().display(), "Diedtra Henderson");
    /// ```
    #[must_use]
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The honorific before the name (`Dr.`, `Mr`), kept apart from it.
    ///
    /// ```
    /// assert!(copydesk::name::Person::parse("Tom Watling").unwrap().honorific().is_none());
    /// ```
    #[must_use]
    pub fn honorific(&self) -> Option<Snippet<'h>> {
        self.honorific
    }

    /// The generational suffix (`Jr.`, `III`), part of the name.
    ///
    /// ```
    /// let p = copydesk::name::Person::parse("John Doe III").unwrap();
    /// assert_eq!(p.suffix().unwrap().as_str(), "III");
    /// ```
    #[must_use]
    pub fn suffix(&self) -> Option<Snippet<'h>> {
        self.suffix
    }
}

/// Reads the person named in `span` of `haystack` (see [`Person::parse`]).
pub(crate) fn person_at<'h>(haystack: &'h str, span: Span) -> Option<Person<'h>> {
    let text = span.get(haystack)?;
    if text.len() > 200 {
        return None;
    }
    let words: Vec<(Span, &str)> = WORD
        .find_iter(text)
        .map(|m| {
            let w = m.as_str();
            // A sentence full stop is not part of the last word, but `Jr.` and `A.` keep theirs.
            (Span::new(span.start + m.start(), span.start + m.end()), w)
        })
        .collect();
    // Whatever lies between words must be white space, a comma, or a quoted nickname.
    let mut at = span.start;
    for (s, _) in &words {
        let gap = SYMBOLS.replace_all(&haystack[at..s.start], "");
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || c == ',' || c == '_')
        {
            return None;
        }
        at = s.end;
    }
    if !haystack[at..span.end]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | ','))
    {
        return None;
    }
    let mut first = 0;
    let mut honorific = None;
    while first < words.len() && is_honorific(words[first].1) && words.len() - first > 1 {
        honorific = Some(Snippet::at(haystack, words[first].0));
        first += 1;
    }
    let words = &words[first..];
    let real: Vec<&(Span, &str)> = words
        .iter()
        .filter(|(_, w)| !w.starts_with(['"', '“']))
        .collect();
    if real.is_empty() || real.len() > 6 {
        return None;
    }
    let mut capitalised = 0;
    // A name written all in lower case (`john doe`) is read as one; mixed, it must capitalise.
    let whispered = real.len() <= 4 && !real.iter().any(|(_, w)| w.chars().any(char::is_uppercase));
    // After a given name, a common word can be a surname (`Grace Market`).
    let given = real.first().is_some_and(|(_, w)| is_given_name(w));
    for (i, (_, w)) in real.iter().enumerate() {
        let c = w.chars().next()?;
        if is_stopword(w) && !(given && i > 0) {
            return None;
        }
        if c.is_uppercase() || !c.is_alphabetic() || whispered {
            capitalised += 1;
        } else if !(i > 0 && is_particle(w)) {
            return None;
        }
    }
    if capitalised == 0 || real.iter().all(|(_, w)| is_initials(w)) {
        return None;
    }
    let start = words.first()?.0.start;
    let mut end = words.last()?.0.end;
    let last = real.last()?;
    let suffix = (real.len() > 1 && is_suffix(last.1)).then(|| Snippet::at(haystack, last.0));
    // Keep `Jr.` and initials' full stops, drop a sentence's.
    if haystack[..end].ends_with('.') && suffix.is_none() && !is_initials(last.1) {
        end -= 1;
    }
    let name = Snippet::at(haystack, Span::new(start, end));
    Some(Person {
        display: normalize(name.as_str()),
        name,
        honorific,
        suffix,
    })
}

/// Whether `word` is initials (`A.`, `S.A.`, `J.R.R.`) or a bare capital letter.
fn is_initials(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    if letters.len() == 1 {
        return letters[0].is_uppercase();
    }
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.is_empty() || p.chars().count() == 1)
}

/// A word written with no lower-case letter, to be title-cased.
fn is_shouted(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !word.chars().any(char::is_lowercase)
}

/// `McDONALD`, `MacKENZIE`: a mixed-case Gaelic prefix before a shouted rest.
fn shouted_after_prefix(word: &str) -> Option<(&str, &str)> {
    for prefix in ["Mc", "Mac"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 2
            && is_shouted(rest)
        {
            return Some((prefix, rest));
        }
    }
    None
}

/// Upper-cases the first letter and lower-cases the rest.
fn capitalise(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    let mut chars = part.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
    }
    for c in chars {
        out.extend(c.to_lowercase());
    }
    out
}

/// Title-cases one shouted word: `O'NEILL` → `O'Neill`, `MCDONALD` → `McDonald`,
/// `JEAN-LUC` → `Jean-Luc`.
fn title_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, hyphen_part) in word.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let mut prev_len = usize::MAX;
        let mut rest = hyphen_part;
        let mut first = true;
        while !rest.is_empty() {
            let cut = rest.find(['\'', '’']).unwrap_or(rest.len());
            let piece = &rest[..cut];
            if first || prev_len == 1 {
                let lower = piece.to_lowercase();
                if lower.starts_with("mc") && piece.chars().count() > 3 {
                    out.push_str("Mc");
                    out.push_str(&capitalise(&piece[2..]));
                } else {
                    out.push_str(&capitalise(piece));
                }
            } else {
                out.push_str(&piece.to_lowercase());
            }
            prev_len = piece.chars().count();
            first = false;
            rest = &rest[cut..];
            if let Some(c) = rest.chars().next() {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

fn normalize_step(name: &str) -> String {
    // Escapes decoded, symbols dropped, underscores for spaces (`Jenny_Smith`), no quoted
    // nicknames, squeezed white space.
    let decoded = ESCAPE.replace_all(name, |c: &regex::Captures<'_>| {
        let (digits, radix) = match (c.get(1), c.get(2), c.get(3)) {
            (Some(d), _, _) => (d.as_str(), 10),
            (_, Some(h), _) | (_, _, Some(h)) => (h.as_str(), 16),
            _ => return String::new(),
        };
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|ch| ch.is_alphabetic())
            .map_or_else(|| c[0].to_owned(), String::from)
    });
    let name = SYMBOLS.replace_all(&decoded, " ");
    let mut cleaned = String::with_capacity(name.len());
    let mut in_quote: Option<char> = None;
    for c in name.chars() {
        match (in_quote, c) {
            (None, '"') => in_quote = Some('"'),
            (None, '“') => in_quote = Some('”'),
            (Some(close), c) if c == close => {
                in_quote = None;
                cleaned.push(' ');
            }
            (Some(_), _) => {}
            (None, '_') => cleaned.push(' '),
            (None, c) => cleaned.push(c),
        }
    }
    let squeezed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = squeezed.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '|' | ' '));
    // Inverted `Surname, Given particle`.
    let ordered = match trimmed.split_once(',') {
        Some((left, right))
            if !right.contains(',')
                && !left.trim().is_empty()
                && !right.trim().is_empty()
                && !right
                    .split_whitespace()
                    .all(|w| is_suffix(w) || is_credential(w)) =>
        {
            format!("{} {}", right.trim(), left.trim())
        }
        _ => trimmed.to_owned(),
    };
    let words: Vec<&str> = ordered.split(' ').filter(|w| !w.is_empty()).collect();
    // A name written all in lower case (`abc`, `john doe`) is capitalised like a shouted one.
    let whispered =
        !ordered.chars().any(char::is_uppercase) && ordered.chars().any(char::is_lowercase);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_end_matches(',');
        let tail = &w[bare.len()..];
        let fixed = if i > 0 && is_suffix(bare) && is_shouted(bare) {
            let k = key(bare);
            match k.as_ref() {
                "jr" | "sr" => format!("{}.", capitalise(&k)),
                _ => bare.to_uppercase(),
            }
        } else if i > 0 && is_suffix(bare) {
            bare.to_owned()
        } else if i > 0 && is_particle(bare) && is_shouted(bare) {
            bare.to_lowercase()
        } else if let Some((prefix, rest)) = shouted_after_prefix(bare) {
            format!("{prefix}{}", title_word(rest))
        } else if whispered && i > 0 && is_particle(bare) {
            bare.to_owned()
        } else if (whispered && bare.chars().any(char::is_alphabetic))
            || (is_shouted(bare) && !is_initials(bare) && !is_consonant_cluster(bare))
        {
            title_word(bare)
        } else {
            bare.to_owned()
        };
        out.push(format!("{fixed}{tail}"));
    }
    out.join(" ")
}

/// Short all-caps words with no vowel are initials run together (`TJ`, `JFK`), kept in capitals.
fn is_consonant_cluster(word: &str) -> bool {
    let n = word.chars().count();
    n <= 3
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() && !"AEIOUY".contains(c))
}

/// The display form of a person's name: inverted names in reading order, shouted words in title
/// case, white space squeezed, quoted nicknames and underscores removed. Idempotent:
/// `normalize(&normalize(x)) == normalize(x)`.
///
/// ```
/// use copydesk::name::normalize;
/// assert_eq!(normalize("GARY McWILLIAMS"), "Gary McWilliams");
/// assert_eq!(normalize(&normalize("SEÁN O'MURCHÚ")), "Seán O'Murchú");
/// assert_eq!(normalize("Jenny \"The Author\" Smith"), "Jenny Smith");
/// ```
#[must_use]
pub fn normalize(name: &str) -> String {
    let mut cur = normalize_step(name);
    for _ in 0..4 {
        let next = normalize_step(&cur);
        if next == cur {
            break;
        }
        cur = next;
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_cases_shouted_names() {
        assert_eq!(normalize("MICHAEL LIEDTKE"), "Michael Liedtke");
        assert_eq!(normalize("MICHAEL McDONALD"), "Michael McDonald");
        assert_eq!(normalize("MICHAEL MCDONALD"), "Michael McDonald");
        assert_eq!(normalize("JEAN-LUC O'NEILL"), "Jean-Luc O'Neill");
        assert_eq!(normalize("CAITLIN HUEY-BURNS"), "Caitlin Huey-Burns");
        assert_eq!(normalize("JOHN DOE III"), "John Doe III");
        assert_eq!(normalize("TJ HOLMES"), "TJ Holmes");
    }

    #[test]
    fn keeps_mixed_case_and_particles() {
        assert_eq!(normalize("Ludwig van Beethoven"), "Ludwig van Beethoven");
        assert_eq!(normalize("Charles De Gaulle"), "Charles De Gaulle");
        assert_eq!(normalize("DeShawn McDonald"), "DeShawn McDonald");
        assert_eq!(normalize("Jong, Michiel de"), "Michiel de Jong");
        assert_eq!(normalize("King, Jr."), "King, Jr.");
    }

    #[test]
    fn persons() {
        let p = Person::parse("John Doe123");
        assert!(
            p.is_none(),
            "digits glued to a word are the byline's to cut"
        );
        let p = Person::parse("Dana A. Ford").unwrap();
        assert_eq!(p.as_str(), "Dana A. Ford");
        let p = Person::parse("Katie Dean.").unwrap();
        assert_eq!(p.as_str(), "Katie Dean");
        assert!(Person::parse("NEW LEAGUE").is_none());
        assert!(Person::parse("Job Creation").is_none());
        assert!(Person::parse("the time").is_none());
        assert!(Person::parse("Shekhar").is_some());
        let p = Person::parse("Jenny \"The Author\" Smith").unwrap();
        assert_eq!(p.display(), "Jenny Smith");
    }
}
