//! The registry of wire agencies and syndicators, shared by bylines, datelines and credits.
//!
//! The registry is data (`src/lexicon/agencies.txt`), compiled once on first use into lookup
//! tables and an Aho-Corasick automaton. An [`Agency`] is a small `Copy` handle into it.
//!
//! ```
//! use copydesk::Agency;
//!
//! let reuters: Agency = "Thomson Reuters".parse()?;
//! assert_eq!(reuters.name(), "Reuters");
//! assert_eq!(Agency::lookup("REUTER"), Some(reuters));
//! assert_eq!(Agency::lookup("The Associated Press").map(|a| a.short_name()), Some("AP"));
//! assert_eq!(Agency::lookup("Press Trust of India").map(|a| a.country()), Some("India"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::util::hash::FxMap;
use std::fmt;
use std::str::FromStr;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;

use crate::{Snippet, Span};

const LEXICON: &str = include_str!("lexicon/agencies.txt");

/// What sort of organisation an [`Agency`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AgencyKind {
    /// A global wire service (Reuters, AP, AFP, Bloomberg, UPI).
    Wire,
    /// A national or regional news agency (PTI, Yonhap, Xinhua, KCNA, …).
    National,
    /// A syndicator or news service that distributes other outlets' copy.
    Syndicator,
}

#[derive(Debug)]
struct Entry {
    name: &'static str,
    short: &'static str,
    country: &'static str,
    kind: AgencyKind,
    variants: Vec<Variant>,
}

#[derive(Debug, Clone, Copy)]
struct Variant {
    text: &'static str,
    case_sensitive: bool,
    ambiguous: bool,
}

#[derive(Debug)]
struct Registry {
    entries: Vec<Entry>,
    /// Lower-cased case-insensitive variants.
    folded: FxMap<String, u16>,
    /// Case-sensitive variants as written.
    exact: FxMap<&'static str, u16>,
    /// One pattern per distinct lower-cased variant; each lists who may answer to it.
    automaton: AhoCorasick,
    pattern_owners: Vec<Vec<(u16, Variant)>>,
    /// The ASCII-lower-cased first bytes of every variant, folded or exact: a name whose first
    /// byte is an ASCII letter none starts with is no agency's, without hashing it twice.
    firsts: [bool; 256],
}

static REGISTRY: Lazy<Registry> = Lazy::new(|| Registry::build(LEXICON));

impl Registry {
    fn build(src: &'static str) -> Registry {
        let mut entries = Vec::new();
        for line in src.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&'static str> = line.split('|').map(str::trim).collect();
            let [name, short, country, kind, variants] = cols[..] else {
                panic!("agencies.txt: expected 5 columns in {line:?}");
            };
            let kind = match kind {
                "wire" => AgencyKind::Wire,
                "national" => AgencyKind::National,
                "syndicator" => AgencyKind::Syndicator,
                other => panic!("agencies.txt: unknown kind {other:?}"),
            };
            let mut vs: Vec<Variant> = Vec::new();
            let plain = |text| Variant {
                text,
                case_sensitive: false,
                ambiguous: false,
            };
            vs.push(plain(name));
            fn push(vs: &mut Vec<Variant>, v: Variant) {
                if !vs.iter().any(|w| w.text == v.text) {
                    vs.push(v);
                }
            }
            for raw in variants.split(';').map(str::trim).filter(|v| !v.is_empty()) {
                push(
                    &mut vs,
                    if let Some(t) = raw.strip_prefix('=') {
                        Variant {
                            text: t,
                            case_sensitive: true,
                            ambiguous: false,
                        }
                    } else if let Some(t) = raw.strip_prefix('?') {
                        Variant {
                            text: t,
                            case_sensitive: true,
                            ambiguous: true,
                        }
                    } else {
                        plain(raw)
                    },
                );
            }
            // The short name is a variant too; an all-caps acronym only as written.
            let short_v = if short.len() <= 4 && short.chars().all(|c| !c.is_lowercase()) {
                Variant {
                    text: short,
                    case_sensitive: true,
                    ambiguous: false,
                }
            } else {
                plain(short)
            };
            if !vs.iter().any(|w| w.text.eq_ignore_ascii_case(short)) {
                push(&mut vs, short_v);
            }
            entries.push(Entry {
                name,
                short,
                country,
                kind,
                variants: vs,
            });
        }
        let mut folded = FxMap::default();
        let mut exact = FxMap::default();
        let mut by_pattern: FxMap<String, usize> = FxMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_owners: Vec<Vec<(u16, Variant)>> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let id = u16::try_from(i).expect("fewer than 65536 agencies");
            for v in &e.variants {
                if v.case_sensitive {
                    exact.entry(v.text).or_insert(id);
                } else {
                    folded.entry(v.text.to_lowercase()).or_insert(id);
                }
                let key = v.text.to_ascii_lowercase();
                let slot = *by_pattern.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    pattern_owners.push(Vec::new());
                    patterns.len() - 1
                });
                pattern_owners[slot].push((id, *v));
            }
        }
        // A contiguous NFA: it scans every line a credit parse rejects, and on a BBC pass
        // (instructions, cachegrind) it costs a little less per pass than a DFA, while building
        // it costs about 19M instructions less, once in every process.
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("agency automaton builds");
        let mut firsts = [false; 256];
        for key in folded
            .keys()
            .map(String::as_str)
            .chain(exact.keys().copied())
        {
            if let Some(&b) = key.as_bytes().first() {
                firsts[usize::from(b.to_ascii_lowercase())] = true;
            }
        }
        Registry {
            entries,
            folded,
            exact,
            automaton,
            pattern_owners,
            firsts,
        }
    }
}

/// A wire agency or syndicator from copydesk's registry: a `Copy` handle with its canonical
/// name, short name, country and kind.
///
/// With the `serde` feature it serialises as its canonical name.
///
/// ```
/// use copydesk::{Agency, AgencyKind};
///
/// let afp = Agency::lookup("Agence France Presse").expect("known");
/// assert_eq!(afp.name(), "Agence France-Presse");
/// assert_eq!(afp.short_name(), "AFP");
/// assert_eq!(afp.kind(), AgencyKind::Wire);
/// assert_eq!(afp.to_string(), "Agence France-Presse");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Agency(u16);

impl Agency {
    fn entry(self) -> &'static Entry {
        &REGISTRY.entries[usize::from(self.0)]
    }

    /// The agency that `name` names, by any of its variants, or `None`.
    ///
    /// Surrounding whitespace is ignored. Most variants match ASCII-case-insensitively; acronyms
    /// that are also words or initials (`AP`, `PA`, `Online`) match only as written.
    ///
    /// ```
    /// use copydesk::Agency;
    /// assert_eq!(Agency::lookup(" reuters ").map(|a| a.name()), Some("Reuters"));
    /// assert_eq!(Agency::lookup("AP").map(|a| a.name()), Some("Associated Press"));
    /// assert_eq!(Agency::lookup("ap"), None);
    /// assert_eq!(Agency::lookup("The New Yorker"), None);
    /// ```
    #[must_use]
    pub fn lookup(name: &str) -> Option<Agency> {
        let name = name.trim();
        let r = &*REGISTRY;
        // An ASCII first byte folds the same on every path (exact, ASCII or Unicode lower
        // case): when no variant starts with it, neither table can hold the name.
        match name.as_bytes().first() {
            None => return None,
            Some(&b) if b.is_ascii() && !r.firsts[usize::from(b.to_ascii_lowercase())] => {
                return None;
            }
            _ => {}
        }
        if let Some(&id) = r.exact.get(name) {
            return Some(Agency(id));
        }
        // Fast path, no allocation: a short ASCII name with single spaces.
        const SHORT: usize = 64;
        let b = name.as_bytes();
        if b.len() <= SHORT
            && name.is_ascii()
            && !b
                .windows(2)
                .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
            && !b.iter().any(|&c| c.is_ascii_whitespace() && c != b' ')
        {
            let mut buf = [0u8; SHORT];
            for (d, c) in buf.iter_mut().zip(b) {
                *d = c.to_ascii_lowercase();
            }
            let key = std::str::from_utf8(&buf[..b.len()]).unwrap_or_default();
            return r.folded.get(key).map(|&id| Agency(id));
        }
        let squeezed: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
        r.folded.get(&squeezed.to_lowercase()).map(|&id| Agency(id))
    }

    /// Every agency in the registry, in its order.
    ///
    /// ```
    /// assert!(copydesk::Agency::all().count() >= 60);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Agency> {
        (0..REGISTRY.entries.len()).map(|i| Agency(i as u16))
    }

    /// The canonical name (`Reuters`, `Associated Press`, `Press Trust of India`).
    ///
    /// ```
    /// assert_eq!(copydesk::Agency::lookup("PTI").unwrap().name(), "Press Trust of India");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// The short name the agency signs with (`AP`, `PTI`, `Reuters`).
    ///
    /// ```
    /// assert_eq!(copydesk::Agency::lookup("Press Trust of India").unwrap().short_name(), "PTI");
    /// ```
    #[must_use]
    pub fn short_name(self) -> &'static str {
        self.entry().short
    }

    /// The country or region it is based in.
    ///
    /// ```
    /// assert_eq!(copydesk::Agency::lookup("Yonhap").unwrap().country(), "South Korea");
    /// ```
    #[must_use]
    pub fn country(self) -> &'static str {
        self.entry().country
    }

    /// Wire, national agency or syndicator.
    ///
    /// ```
    /// use copydesk::{Agency, AgencyKind};
    /// assert_eq!(Agency::lookup("Creators.com").unwrap().kind(), AgencyKind::Syndicator);
    /// ```
    #[must_use]
    pub fn kind(self) -> AgencyKind {
        self.entry().kind
    }

    /// Every name variant the registry knows for it, canonical name first.
    ///
    /// ```
    /// let v: Vec<_> = copydesk::Agency::lookup("Reuters").unwrap().variants().collect();
    /// assert!(v.contains(&"Reuter"));
    /// ```
    pub fn variants(self) -> impl Iterator<Item = &'static str> {
        self.entry().variants.iter().map(|v| v.text)
    }
}

impl fmt::Debug for Agency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Agency({:?})", self.name())
    }
}

impl fmt::Display for Agency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Agency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Reads an agency back from any name the registry knows (its canonical name included).
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Agency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Agency, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Agency::lookup(&name)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown agency: {name:?}")))
    }
}

/// The error of [`Agency::from_str`]: the name is not in the registry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown agency: {0:?}")]
pub struct UnknownAgency(pub String);

impl FromStr for Agency {
    type Err = UnknownAgency;

    /// ```
    /// use copydesk::Agency;
    /// let a: Agency = "Agence France-Presse".parse()?;
    /// assert_eq!(a.short_name(), "AFP");
    /// assert!("Gazette".parse::<Agency>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Agency, UnknownAgency> {
        Agency::lookup(s).ok_or_else(|| UnknownAgency(s.to_owned()))
    }
}

/// An outlet or agency credited in a byline or credit line: its name as written and, when the
/// registry knows it, which [`Agency`] it is.
///
/// ```
/// let b = copydesk::Byline::parse("By Alan Corwin, Associated Press")?;
/// let o = &b.outlets()[0];
/// assert_eq!((o.as_str(), o.canonical()), ("Associated Press", "Associated Press"));
/// assert_eq!(o.agency().map(|a| a.short_name()), Some("AP"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Outlet<'h> {
    pub(crate) name: Snippet<'h>,
    pub(crate) agency: Option<Agency>,
}

impl<'h> Outlet<'h> {
    /// The name as written, with its span.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("-- REUTER")?;
    /// assert_eq!(c.agencies().next().unwrap().name().as_str(), "REUTER");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> Snippet<'h> {
        self.name
    }

    /// The name as written (`Associated Press`, `CNN.com`, `The Christian Science Monitor`).
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Mick Krever, CNN")?;
    /// assert_eq!(b.outlets()[0].as_str(), "CNN");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'h str {
        self.name.as_str()
    }

    /// Where it is.
    ///
    /// ```
    /// let b = copydesk::Byline::parse("By Mick Krever, CNN")?;
    /// assert_eq!(b.outlets()[0].span(), copydesk::Span::new(16, 19));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.name.span()
    }

    /// The registry's agency, if it knows this name.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("TNN")?;
    /// assert_eq!(c.agencies().next().unwrap().agency(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn agency(&self) -> Option<Agency> {
        self.agency
    }

    /// The canonical agency name when the registry knows it, else the name as written.
    ///
    /// ```
    /// let c = copydesk::Credit::parse("(AP)")?;
    /// assert_eq!(c.agencies().next().unwrap().canonical(), "Associated Press");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn canonical(&self) -> &'h str {
        self.agency.map_or(self.name.as_str(), |a| a.name())
    }
}

/// An agency named in a text: where, which, and whether the name is ambiguous in running text
/// (a common word such as `Online` or `Petra`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AgencyMention<'h> {
    /// The name as written.
    pub name: Snippet<'h>,
    /// The agency it names.
    pub agency: Agency,
    /// Whether this variant is also a common word or name, so that context must confirm it.
    pub ambiguous: bool,
}

/// Every agency named in `text`, left to right, whole words only, longest name first
/// (`Thomson Reuters` is one mention, not two).
///
/// ```
/// use copydesk::agency::find_iter;
///
/// let text = "(With inputs from PTI, ANI and Thomson Reuters)";
/// let names: Vec<_> = find_iter(text).map(|m| m.agency.short_name()).collect();
/// assert_eq!(names, ["PTI", "ANI", "Reuters"]);
/// let m = find_iter(text).last().unwrap();
/// assert_eq!(&text[m.name.span()], "Thomson Reuters");
/// ```
pub fn find_iter(text: &str) -> impl Iterator<Item = AgencyMention<'_>> + '_ {
    let r = &*REGISTRY;
    r.automaton.find_iter(text).filter_map(move |m| {
        let span = Span::new(m.start(), m.end());
        if !is_word_boundary(text, span) {
            return None;
        }
        let written = &text[m.range()];
        r.pattern_owners[m.pattern().as_usize()]
            .iter()
            .find(|(_, v)| !v.case_sensitive || v.text == written)
            .map(|&(id, v)| AgencyMention {
                name: Snippet::at(text, span),
                agency: Agency(id),
                ambiguous: v.ambiguous,
            })
    })
}

/// Whether `span` starts and ends at word boundaries of `text` (no letter or digit just outside).
pub(crate) fn is_word_boundary(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_canonical_and_short_name_looks_itself_up() {
        for a in Agency::all() {
            assert_eq!(Agency::lookup(a.name()), Some(a), "{}", a.name());
            assert_eq!(
                Agency::lookup(a.short_name()),
                Some(a),
                "{}",
                a.short_name()
            );
            for v in a.variants() {
                assert_eq!(Agency::lookup(v), Some(a), "variant {v:?} of {}", a.name());
            }
        }
        assert!(Agency::all().len() >= 60);
    }

    #[test]
    fn a_first_letter_no_variant_starts_with_is_rejected_early() {
        assert_eq!(Agency::lookup(""), None);
        assert_eq!(Agency::lookup("   "), None);
        assert_eq!(Agency::lookup("7 News"), None);
        // Every variant's first byte passes the filter: each agency still answers to its name
        // in any ASCII case.
        for a in Agency::all() {
            assert_eq!(Agency::lookup(a.name()), Some(a), "{}", a.name());
            let upper = a.name().to_uppercase();
            if upper.is_ascii() {
                assert_eq!(Agency::lookup(&upper), Some(a), "{upper}");
            }
        }
    }

    #[test]
    fn lookup_folds_case_and_spacing_on_both_paths() {
        let reuters = Agency::lookup("Reuters");
        assert!(reuters.is_some());
        for name in [
            "thomson reuters",
            "THOMSON REUTERS",
            "Thomson  Reuters",
            "Thomson\tReuters",
        ] {
            assert_eq!(Agency::lookup(name), reuters, "{name:?}");
        }
        let brasil = Agency::lookup("Agência Brasil");
        assert!(brasil.is_some());
        assert_eq!(Agency::lookup("AGÊNCIA  BRASIL"), brasil);
        let long = "x".repeat(100);
        assert_eq!(Agency::lookup(&long), None);
    }

    #[test]
    fn acronyms_are_case_sensitive_names_are_not() {
        assert_eq!(Agency::lookup("REUTERS").map(Agency::name), Some("Reuters"));
        assert_eq!(
            Agency::lookup("associated press").map(Agency::name),
            Some("Associated Press")
        );
        assert_eq!(Agency::lookup("Ap"), None);
        assert_eq!(Agency::lookup("pa"), None);
        assert_eq!(
            Agency::lookup("dpa").map(Agency::name),
            Some("Deutsche Presse-Agentur")
        );
    }

    #[test]
    fn find_iter_respects_words_and_case() {
        let text = "Apple said, AP reported; the map of Online stores. Reuters-Ipsos";
        let found: Vec<_> = find_iter(text)
            .map(|m| (m.name.as_str(), m.ambiguous))
            .collect();
        assert_eq!(found, [("AP", false), ("Online", true), ("Reuters", false)]);
    }
}
