//! What an attribution reports, read off the lexicon after the readers are done: the lemma of
//! the cue (`say` for `has said`) and its reported class (a verb of the `[stance]` section, or
//! one marked `!stance`, reports a stance, whatever class the readers read it with); and the
//! [`Scope`] that keeps the attributions a caller counts.

use super::lexicon::{CueLemma, LEX, NOUN_CLASSES};
use super::{Attribution, AttributionKind, CueClass};

/// Which attributions a [`crate::Parser`] keeps, by what their cue reports.
///
/// ```
/// use copydesk::attribution::{CueClass, Scope};
///
/// assert!(Scope::Speech.admits(CueClass::Writing));
/// assert!(!Scope::Speech.admits(CueClass::Thought));
/// assert!(Scope::All.admits(CueClass::Stance));
/// assert_eq!(Scope::default(), Scope::All);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Scope {
    /// Speech and writing acts and source phrases (`said`, `wrote`, `according to`, `Smith: “…”`):
    /// what journalists and counters of who is quoted mean by "quoted".
    Speech,
    /// Beliefs, perception and stance too, as PARC and PolNeAR annotate attribution.
    #[default]
    All,
}

impl Scope {
    /// Whether an attribution whose cue reports `class` is in the scope.
    ///
    /// ```
    /// use copydesk::attribution::{CueClass, Scope};
    /// assert!(Scope::Speech.admits(CueClass::SourcePhrase));
    /// assert!(!Scope::Speech.admits(CueClass::Stance));
    /// ```
    #[must_use]
    pub fn admits(self, class: CueClass) -> bool {
        match self {
            Scope::All => true,
            Scope::Speech => matches!(
                class,
                CueClass::Speech
                    | CueClass::Writing
                    | CueClass::SourcePhrase
                    | CueClass::Punctuation
            ),
        }
    }
}

/// The lower-case words of a cue as written, without edge punctuation.
fn words(cue: &str) -> Vec<String> {
    cue.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The longest cue, in bytes, and the most words, that [`entry`] reads without allocating.
const CUE_BYTES: usize = 96;
const CUE_WORDS: usize = 8;
/// The longest word of a `form particle` key put together without allocating.
const KEY_BYTES: usize = 32;

/// The lexicon entry of a cue as written: a source phrase, a verb with its particle, or the
/// first cue verb form in it (`said` in `has said`).
fn entry(cue: &str) -> Option<CueLemma> {
    // An ASCII cue (all but a few) is lower-cased and split on the stack: [`words`] gives the
    // same words for it.
    if cue.len() <= CUE_BYTES && cue.is_ascii() {
        let mut buf = [0u8; CUE_BYTES];
        let low = &mut buf[..cue.len()];
        low.copy_from_slice(cue.as_bytes());
        low.make_ascii_lowercase();
        if let Ok(low) = std::str::from_utf8(low) {
            let mut ws = [""; CUE_WORDS];
            let mut n = 0;
            for w in low
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
            {
                if n == CUE_WORDS {
                    return entry_of(&words(cue));
                }
                ws[n] = w;
                n += 1;
            }
            return entry_of(&ws[..n]);
        }
    }
    entry_of(&words(cue))
}

/// [`entry`] of the lower-case words `ws` of a cue.
fn entry_of<W: AsRef<str>>(ws: &[W]) -> Option<CueLemma> {
    let l = &LEX.lemmas;
    if let Some((phrase, _)) = l
        .phrases
        .iter()
        .find(|(_, p)| ws.len() >= p.len() && ws.iter().zip(p).all(|(a, b)| a.as_ref() == *b))
    {
        return Some(CueLemma {
            lemma: phrase,
            class: None,
        });
    }
    for (i, w) in ws.iter().enumerate() {
        let w = w.as_ref();
        if let Some(next) = ws.get(i + 1) {
            // `w next`, put together on the stack when short.
            let next = next.as_ref();
            let mut buf = [0u8; 2 * KEY_BYTES];
            let len = w.len() + 1 + next.len();
            let e = if len <= buf.len() {
                buf[..w.len()].copy_from_slice(w.as_bytes());
                buf[w.len()] = b' ';
                buf[w.len() + 1..len].copy_from_slice(next.as_bytes());
                // Two words and a space are UTF-8.
                std::str::from_utf8(&buf[..len])
                    .ok()
                    .and_then(|k| l.particles.get(k))
            } else {
                l.particles.get(format!("{w} {next}").as_str())
            };
            if let Some(e) = e {
                return Some(*e);
            }
        }
        if let Some(e) = l.forms.get(w) {
            return Some(*e);
        }
    }
    None
}

/// The lemma of the cue as the lexicon lists it: `say` for `has said`, `talk about` for
/// `talked about`, `according to` for `According to`; `None` for punctuation and cue nouns.
pub(super) fn lemma(cue: &str) -> Option<&'static str> {
    entry(cue).map(|e| e.lemma)
}

/// The class of a reporting noun cue (`concerns about`: its noun, lower-cased) that its
/// `[reporting-noun]` line marks.
fn noun_class(cue: &str) -> Option<CueClass> {
    // A noun and its preposition (`concerns about`): one look-up, lower-cased only when the
    // noun is capitalised.
    let mut ws = cue.split_whitespace();
    let noun = ws.next()?.trim_matches(|c: char| !c.is_alphanumeric());
    ws.next()?;
    match NOUN_CLASSES.get(noun) {
        Some(c) => Some(*c),
        None if noun.bytes().any(|b| b.is_ascii_uppercase()) => NOUN_CLASSES
            .get(noun.to_ascii_lowercase().as_str())
            .copied(),
        None => None,
    }
}

/// Gives an indirect speech attribution whose cue verb reports a stance, a thought or a
/// perception that class: `supports the Act` ([`CueClass::Stance`]), `estimated that …`
/// ([`CueClass::Thought`]). Quoted words in the content make it speech whatever the verb
/// (`defended the plan as “a rightful act”` reports words said).
pub(super) fn classify(a: &mut Attribution<'_>) {
    if a.cue_class == CueClass::Speech
        && a.kind == AttributionKind::Indirect
        && let Some(class) = entry(a.cue.as_str())
            .and_then(|e| e.class)
            .or_else(|| noun_class(a.cue.as_str()))
    {
        a.cue_class = class;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_of_inflected_and_particle_cues() {
        assert_eq!(lemma("has said"), Some("say"));
        assert_eq!(lemma("talked about"), Some("talk about"));
        assert_eq!(lemma("According to"), Some("according to"));
        assert_eq!(lemma("—"), None);
        assert_eq!(lemma("declined"), Some("decline"));
    }

    #[test]
    fn the_stack_reading_of_a_cue_is_the_allocating_one() {
        let lemma_of = |e: Option<CueLemma>| e.map(|e| (e.lemma, e.class));
        for cue in [
            "has said",
            "Has Said",
            "talked about",
            "TALKED ABOUT",
            "According to",
            "(according to)",
            "has been saying",
            "would not say",
            "pointed  to",
            "—",
            "",
            "said,",
            "“said”",
            "has  said  that  he  would  not  have  been  saying",
            "declined to remark on the matter as it stands today and said",
            "a-very-long-hyphenated-word-that-runs-past-the-key-buffer about",
            "supports",
            "Straße said",
        ] {
            assert_eq!(
                lemma_of(entry(cue)),
                lemma_of(entry_of(&words(cue))),
                "{cue}"
            );
        }
    }

    #[test]
    fn stance_verbs_and_marked_verbs_report_stance() {
        let class = |cue: &str| entry(cue).and_then(|e| e.class);
        assert_eq!(class("supports"), Some(CueClass::Stance));
        assert_eq!(class("declined"), Some(CueClass::Stance));
        assert_eq!(class("pushed for"), Some(CueClass::Stance));
        assert_eq!(class("said"), None);
        assert_eq!(class("talked about"), None);
    }

    #[test]
    fn estimates_and_conclusions_are_thought_and_seeing_perception() {
        let class = |cue: &str| entry(cue).and_then(|e| e.class);
        assert_eq!(class("estimated"), Some(CueClass::Thought));
        assert_eq!(class("has concluded"), Some(CueClass::Thought));
        assert_eq!(class("sees"), Some(CueClass::Perception));
    }

    #[test]
    fn nouns_of_belief_and_stance_leave_the_speech_scope() {
        use crate::attribution::{Scope, attribute_text};
        for (text, class) in [
            (
                "The mayor voiced concerns about the new levy.",
                CueClass::Thought,
            ),
            (
                "Lee has held moderate positions on trade and taxes.",
                CueClass::Stance,
            ),
            ("The mayor made a call for new elections.", CueClass::Speech),
            (
                "The envoy convinced the council to delay the vote.",
                CueClass::Stance,
            ),
            (
                "The envoy persuaded the council to delay the vote.",
                CueClass::Stance,
            ),
        ] {
            let mut found = attribute_text(text);
            let classes: Vec<CueClass> =
                found.attributions().iter().map(|a| a.cue_class()).collect();
            assert_eq!(classes, [class], "{text}");
            found.retain_scope(text, Scope::Speech);
            assert_eq!(
                found.attributions().len(),
                usize::from(class == CueClass::Speech),
                "{text}"
            );
        }
    }
}
