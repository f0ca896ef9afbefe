//! What a name is: the kind of thing a capitalised run of words names (person, organisation,
//! place), the gender a given name, title or role noun shows, and how two names compare
//! (`Kim` ~ `Kim Jong Un`, `ACC` ~ `Agricultural Credit Canada`). The lexicons and tests on words
//! that the resolver ([`super::Resolver`]) reads.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::{EntityKind, Gender};
use crate::util::hash::FxMap;

const SOURCES: &str = include_str!("../lexicon/sources.txt");
const PLACES: &str = include_str!("../lexicon/places.txt");

/// The lines of each `[section]` of a lexicon file (comments and blank lines dropped).
pub(crate) fn sections(src: &'static str) -> HashMap<&'static str, Vec<&'static str>> {
    let mut out: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    let mut current = "";
    for line in src.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name;
            continue;
        }
        out.entry(current).or_default().push(line);
    }
    out
}

pub(crate) static SOURCE_WORDS: Lazy<HashMap<&'static str, Vec<&'static str>>> =
    Lazy::new(|| sections(SOURCES));

/// Country or capital or other name (lower case) → the country's name.
static PLACE_NAMES: Lazy<FxMap<String, &'static str>> = Lazy::new(|| {
    let mut map = FxMap::default();
    for line in PLACES.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (country, others) = line.split_once('|').unwrap_or((line, ""));
        let country = country.trim();
        map.insert(country.to_lowercase(), country);
        map.insert(country.to_string(), country);
        for o in others.split(';') {
            let o = o.trim();
            if !o.is_empty() {
                map.insert(o.to_lowercase(), country);
                map.insert(o.to_string(), country);
            }
        }
    }
    map
});

/// The country that a place name or capital stands for (names as the lexicon writes them).
#[inline]
pub(crate) fn place(name: &str) -> Option<&'static str> {
    let n = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    if !n.starts_with(char::is_uppercase) {
        return None;
    }
    PLACE_NAMES.get(n).copied()
}

/// The first letters (three at least, the whole name or all but up to three letters) of each
/// one-word place name of the lexicon, lower case: the stems its adjectives are made from
/// (`canad` for `Canadian`, `chin` for `Chinese`, `germ` for `German`).
static PLACE_STEMS: Lazy<crate::util::hash::FxSet<String>> = Lazy::new(|| {
    let mut set = crate::util::hash::FxSet::default();
    for name in PLACE_NAMES.keys() {
        if name.contains(' ') || !name.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        for k in name.len().saturating_sub(3).max(3)..=name.len() {
            if let Some(stem) = name.get(..k) {
                set.insert(stem.to_string());
            }
        }
    }
    set
});

/// Whether a capitalised word is the adjective of a country or capital of the lexicon
/// (`Canadian`, `Japanese`, `Polish`, `Korean`): a stem of the place's name and `-ian`, `-an`,
/// `-ean`, `-ese` or `-ish`. A place's own name (`Jordan`) is none.
#[inline]
pub(crate) fn is_demonym(word: &str) -> bool {
    let b = word.as_bytes();
    // The suffix first (`-n`, `-se`, `-sh`), then the letters: the cheap tests before a lookup.
    if !(b.ends_with(b"n") || b.ends_with(b"se") || b.ends_with(b"sh"))
        || !(5..=24).contains(&b.len())
        || !b[0].is_ascii_uppercase()
        || !b.iter().all(u8::is_ascii_alphabetic)
        || place(word).is_some()
    {
        return false;
    }
    let mut buf = [0u8; 24];
    buf[..b.len()].copy_from_slice(b);
    buf[0] = buf[0].to_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(&buf[..b.len()]) else {
        return false;
    };
    ["ian", "ean", "an", "ese", "ish"].iter().any(|suffix| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|stem| stem.len() >= 3 && PLACE_STEMS.contains(stem))
    })
}

/// Whether a capitalised word ends an organisation's name (`Energy`, `Inc.`, `Ministry`) or
/// is a country's name (`Agricultural Credit Canada`).
#[inline]
pub(crate) fn ends_organisation(word: &str) -> bool {
    ORG_SET.contains_key(word) || place(word) == Some(word)
}

/// The words that, capitalised, mark a name as an organisation's (`Ministry`, `Inc.`): the
/// `[organisation]` class of `sources.txt` capitalised, and its `[organisation-name]` and
/// `[company-name]` classes, with `organisation_words.txt` (read by credits too).
static ORG_WORDS: Lazy<Vec<String>> = Lazy::new(|| {
    let class = |name| SOURCE_WORDS.get(name).into_iter().flatten().copied();
    class("organisation")
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .chain(class("organisation-name").map(str::to_string))
        .chain(crate::lexicon::newsroom::organisation_words().map(str::to_string))
        .chain(class("company-name").map(str::to_string))
        .collect()
});

/// [`ORG_WORDS`] as a set.
static ORG_SET: Lazy<FxMap<&'static str, ()>> =
    Lazy::new(|| ORG_WORDS.iter().map(|w| (w.as_str(), ())).collect());

/// Words of place names that never end a person's name (`Mediterranean Sea`, `Fraser
/// Highway`), and compass words that never begin one (`Northern Ontario`).
const NOT_PERSON_WORDS: &[&str] = &[
    "Sea",
    "Ocean",
    "River",
    "Island",
    "Islands",
    "Valley",
    "Mountains",
    "Street",
    "Avenue",
    "Road",
    "Square",
    "Bridge",
    "Airport",
    "Arena",
    "Stadium",
    "Highway",
    "Complex",
    "Region",
    "Province",
    "County",
    "District",
    "Coast",
    "Bay",
    "Gulf",
    "Canal",
    "Peninsula",
    "Desert",
];
const COMPASS_WORDS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Upper",
    "Lower",
    "British",
];

/// The gender a role noun shows (`spokesman`, `chairwoman`), if any.
#[inline]
pub(super) fn role_gender(head: &str) -> Option<Gender> {
    let h = head.as_bytes();
    let ends =
        |s: &str| h.len() >= s.len() && h[h.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
    if ends("woman") || ends("women") {
        Some(Gender::Female)
    } else if ends("man") || ends("men") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Kin nouns (`sources.txt[kin]`), with the gender each shows: a relative is often introduced
/// by the given name alone (`her brother, Tomas,`), since the family name is the one just
/// written.
static KIN: Lazy<Vec<(&'static str, Option<Gender>)>> = Lazy::new(|| {
    SOURCE_WORDS
        .get("kin")
        .into_iter()
        .flatten()
        .filter_map(|line| {
            let mut it = line.split_whitespace();
            let noun = it.next()?;
            let gender = match it.next() {
                Some("m") => Some(Gender::Male),
                Some("f") => Some(Gender::Female),
                _ => None,
            };
            Some((noun, gender))
        })
        .collect()
});

/// Whether a one-word name has the shape of a plural that names a party, team or family by
/// its members (`Greens`, `Whalers`): four letters or more ending in `s`, not in `-ss`, `-us`,
/// `-is`, `-as` or `-os` (`Congress`, `Olympus`, `Paris`, `Texas`, `Demos`). The one test the
/// token pass and the resolver share.
pub(crate) fn plural_name_shape(w: &[u8]) -> bool {
    w.len() >= 4
        && w[w.len() - 1] == b's'
        && !matches!(w[w.len() - 2], b's' | b'u' | b'i' | b'a' | b'o' | b'\'')
}

/// Whether `noun` is a kin noun (`father`, `wife`).
pub(super) fn is_kin(noun: &str) -> bool {
    KIN.iter().any(|k| noun.eq_ignore_ascii_case(k.0))
}

/// The kin noun (and the gender it shows) of a description that introduces a relative in
/// apposition before a name: an owner, the kin noun and a comma (`Vogt’s mother,`, `his
/// wife,`). The name after it is that relative's, someone other than the owner.
pub(super) fn kin_apposition(description: &str) -> Option<(&str, Option<Gender>)> {
    let d = description.trim_end().strip_suffix(',')?.trim_end();
    let (owner, noun) = d.rsplit_once(' ')?;
    let owner = owner.rsplit(' ').next().unwrap_or(owner);
    let possessive = crate::util::is_possessive(owner)
        || owner.ends_with(['\'', '’'])
        || ["his", "her", "their", "my", "our", "its"]
            .iter()
            .any(|w| owner.eq_ignore_ascii_case(w));
    if !possessive {
        return None;
    }
    KIN.iter()
        .find(|k| noun.eq_ignore_ascii_case(k.0))
        .map(|&(_, g)| (noun, g))
}

const FIRST_NAMES: &str = include_str!("first_names.txt");

/// Given names that show a gender.
static FIRST_NAME_GENDER: Lazy<FxMap<&'static str, Gender>> = Lazy::new(|| {
    let sections = sections(FIRST_NAMES);
    let mut map = FxMap::default();
    for (section, gender) in [("male", Gender::Male), ("female", Gender::Female)] {
        for &name in sections.get(section).into_iter().flatten() {
            map.insert(name, gender);
        }
    }
    map
});

/// The gender a person's given name shows (`Sarah Mitchell`), if the name has one and more words.
#[inline]
pub(super) fn given_name_gender(words: &[&str]) -> Option<Gender> {
    match words {
        [first, _, ..] => FIRST_NAME_GENDER.get(first).copied(),
        _ => None,
    }
}

/// The gender a title shows (`Mr.`, `Mrs`, `Ms.`, British `Mr` without the point), if any.
#[inline]
pub(super) fn title_gender(title: &str) -> Option<Gender> {
    let first = title
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    if first.eq_ignore_ascii_case("mr") {
        Some(Gender::Male)
    } else if ["ms", "mrs", "miss"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
    {
        Some(Gender::Female)
    } else {
        None
    }
}
#[inline]
pub(super) fn name_tokens(name: &str) -> impl Iterator<Item = &str> + '_ {
    // `strip_suffix` in a loop is `trim_end_matches` without building a searcher per call.
    fn strip_all<'a>(mut t: &'a str, suffix: &str) -> &'a str {
        while let Some(rest) = t.strip_suffix(suffix) {
            t = rest;
        }
        t
    }
    name.split_whitespace()
        .map(|t| strip_all(strip_all(t, "’s"), "'s").trim_end_matches(['’', '\'']))
}

/// Whether a capitalised run of words may name a person: two to four words, none an
/// organisation word, not a place (a cheap test before the entity is classified).
#[inline]
pub(crate) fn may_be_person(words: &[&str]) -> bool {
    (2..=4).contains(&words.len())
        && !words[0].eq_ignore_ascii_case("the")
        && !words.iter().enumerate().any(|(i, w)| {
            // A compass word only opens a place name (`Northern Ontario`, not `Mary North`).
            let not = if i == 0 { COMPASS } else { 0 } | ORG_WORD | PLACE_WORD;
            NOT_PERSON
                .get(trim_possessive(w))
                .is_some_and(|&bits| bits & not != 0)
        })
}

/// [`NOT_PERSON`] bits: an organisation word, a place word, a compass word.
const ORG_WORD: u8 = 1;
const PLACE_WORD: u8 = 2;
const COMPASS: u8 = 4;

/// Words that show a capitalised run is no person's name, with what they show: one lookup
/// per word.
static NOT_PERSON: Lazy<FxMap<&'static str, u8>> = Lazy::new(|| {
    let mut map: FxMap<&'static str, u8> = FxMap::default();
    for w in ORG_WORDS.iter() {
        *map.entry(w.as_str()).or_default() |= ORG_WORD;
    }
    for (words, bit) in [(NOT_PERSON_WORDS, PLACE_WORD), (COMPASS_WORDS, COMPASS)] {
        for &w in words {
            *map.entry(w).or_default() |= bit;
        }
    }
    map
});

#[inline]
pub(crate) fn classify(name: &str, titled: bool) -> EntityKind {
    classify_words(name, name_tokens(name), titled)
}

/// [`classify`] with the name's words ([`name_tokens`]) already split.
#[inline]
pub(super) fn classify_words<'a>(
    name: &str,
    words: impl Iterator<Item = &'a str>,
    titled: bool,
) -> EntityKind {
    if place(name).is_some() {
        return EntityKind::Place;
    }
    // One pass over the words: their count, the first, and whether any is an organisation word.
    let (mut n, mut first, mut last, mut org_word) = (0usize, "", "", false);
    for t in words {
        if n == 0 {
            first = t;
        }
        last = t;
        n += 1;
        org_word = org_word || ORG_SET.contains_key(t);
    }
    // A given name first and no organisation word: a person (`Sarah Mitchell`).
    if !org_word && (2..=4).contains(&n) && FIRST_NAME_GENDER.contains_key(first) {
        return EntityKind::Person;
    }
    // An organisation word or an agency's name (both make an organisation); a name of two
    // words or more ending in a country's name (`Agricultural Credit Canada`, `Air Canada`).
    if org_word
        || n >= 2 && place(last) == Some(last)
        || n <= 5 && crate::Agency::lookup(name).is_some()
    {
        return EntityKind::Organisation;
    }
    if n == 1
        && first.len() >= 2
        && first
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
    {
        return EntityKind::Organisation;
    }
    if titled {
        return EntityKind::Person;
    }
    if (2..=4).contains(&n) && !first.eq_ignore_ascii_case("the") {
        return EntityKind::Person;
    }
    EntityKind::Unknown
}

/// Whether a word is an acronym: two to six capital letters (`ACC`, `PTHC`).
#[inline]
pub(super) fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the capitalised words of a name spell an acronym (`Agricultural Credit Canada`,
/// `Parks, Trails and Heritage Canada`).
#[inline]
pub(super) fn spells(acronym: &str, words: &[&str]) -> bool {
    let mut letters = acronym.chars();
    for w in words {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_uppercase() && letters.next() != Some(c) {
            return false;
        }
    }
    letters.next().is_none()
}

#[inline]
pub(crate) fn trim_possessive(s: &str) -> &str {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s)
}

/// Whether two names (as word lists) can name the same entity: equal, or one is the other's
/// first or last word, or the shorter one's words are all in the longer one in order.
#[inline]
pub(super) fn same_name(a: &[&str], b: &[&str]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == 1 {
        return long.len() == 1 && long[0] == short[0]
            || long.len() > 1
                && (long[0] == short[0] || long[long.len() - 1] == short[0])
                && short[0].chars().next().is_some_and(char::is_uppercase);
    }
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w)) && short[short.len() - 1] == long[long.len() - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_by_surname_and_first_word() {
        assert!(same_name(&["Kim"], &["Kim", "Jong", "Un"]));
        assert!(same_name(&["Putin"], &["Vladimir", "Putin"]));
        assert!(!same_name(&["Jong"], &["Kim", "Jong", "Un"]));
        assert!(same_name(
            &["Barack", "Obama"],
            &["Barack", "Hussein", "Obama"]
        ));
        assert!(!same_name(&["Michelle", "Obama"], &["Barack", "Obama"]));
    }

    #[test]
    fn capitals_stand_for_countries() {
        assert_eq!(place("Pyongyang"), Some("North Korea"));
        assert_eq!(place("the United States"), Some("United States"));
        assert_eq!(place("Kim"), None);
    }

    #[test]
    fn titles_show_gender_with_or_without_a_point() {
        assert_eq!(title_gender("Mr"), Some(Gender::Male));
        assert_eq!(title_gender("Mr."), Some(Gender::Male));
        assert_eq!(title_gender("Mrs"), Some(Gender::Female));
        assert_eq!(title_gender("Ms. Foreign Secretary"), Some(Gender::Female));
        assert_eq!(title_gender("Mrsx"), None);
        assert_eq!(title_gender("Senator"), None);
        assert_eq!(role_gender("spokeswoman"), Some(Gender::Female));
        assert_eq!(role_gender("Chairman"), Some(Gender::Male));
        assert_eq!(role_gender("official"), None);
    }

    #[test]
    fn country_adjectives() {
        for w in [
            "Canadian",
            "Japanese",
            "Polish",
            "Brazilian",
            "Mexican",
            "German",
        ] {
            assert!(is_demonym(w), "{w}");
        }
        // Only the lexicon's one-word places give stems (`North Korea` gives none).
        assert!(!is_demonym("Korean"));
        // Given names and surnames with the same endings, and a country's own name.
        for w in [
            "Brian", "Adrian", "Morgan", "Duncan", "Jordan", "Ghani", "canadian", "Kim",
        ] {
            assert!(!is_demonym(w), "{w}");
        }
    }

    #[test]
    fn organisation_name_ends() {
        assert!(ends_organisation("Energy"));
        assert!(ends_organisation("Inc."));
        assert!(ends_organisation("Canada"));
        assert!(!ends_organisation("Ottawa"));
        assert!(!ends_organisation("Smith"));
        assert_eq!(
            classify("Agricultural Credit Canada", false),
            EntityKind::Organisation
        );
        assert_eq!(classify("Michael Jordan", false), EntityKind::Person);
    }

    #[test]
    fn kinds() {
        assert_eq!(classify("KCNA", false), EntityKind::Organisation);
        assert_eq!(classify("the White House", false), EntityKind::Organisation);
        assert_eq!(classify("Kim Jong Un", false), EntityKind::Person);
        assert_eq!(classify("Kim", false), EntityKind::Unknown);
        assert_eq!(classify("Kim", true), EntityKind::Person);
    }

    #[test]
    fn a_plural_name_has_four_letters_and_a_plural_ending() {
        for w in ["Greens", "Whalers", "Tories", "Liberals"] {
            assert!(plural_name_shape(w.as_bytes()), "{w}");
        }
        for w in [
            "MPs", "Congress", "Olympus", "Paris", "Texas", "Demos", "Jones'", "Green",
        ] {
            assert!(!plural_name_shape(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn kin_appositions_need_an_owner_and_a_comma() {
        assert_eq!(
            kin_apposition("Vogt’s father,"),
            Some(("father", Some(Gender::Male)))
        );
        assert_eq!(
            kin_apposition("his wife, "),
            Some(("wife", Some(Gender::Female)))
        );
        assert_eq!(
            kin_apposition("the Brandts' cousin,"),
            Some(("cousin", None))
        );
        // No owner, no comma, or no kin noun: no relative introduced.
        assert_eq!(kin_apposition("the father,"), None);
        assert_eq!(kin_apposition("Vogt’s father"), None);
        assert_eq!(kin_apposition("the company’s founder,"), None);
        assert!(is_kin("Sister") && !is_kin("mayor"));
    }
}
