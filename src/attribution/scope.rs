//! What an attribution reports, read off the lexicon after the readers are done: the lemma of
//! the cue (`say` for `has said`) and its reported class (a verb of the `[stance]` section, or
//! one marked `!stance`, reports a stance, whatever class the readers read it with); and the
//! [`Scope`] that keeps the attributions a caller counts.

use once_cell::sync::Lazy;

use super::lexicon::{CUES, inflect};
use super::{Attribution, AttributionKind, CueClass};
use crate::entity::sections;
use crate::util::hash::FxMap;

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

/// A cue word form's lemma (with its particle for a particle cue) and the class its indirect
/// speech attributions get instead of speech, if any (a stance, a thought, a perception).
#[derive(Debug, Clone, Copy)]
struct Entry {
    lemma: &'static str,
    class: Option<CueClass>,
}

/// Word form → entry, and `form particle` → entry for the particle cues; source phrases by
/// their lower-case words.
struct Lemmas {
    forms: FxMap<String, Entry>,
    particles: FxMap<String, Entry>,
    phrases: Vec<(&'static str, Vec<&'static str>)>,
}

/// The mark on a cue line that says the verb reports a stance, whatever its section.
const STANCE_MARK: &str = "!stance";

/// The class a mark on a cue line gives its indirect attributions: `!stance`, `!thought` (an
/// inference or estimate: `estimated that …`, `concluded that …`), `!perception` (`sees …`).
fn marked_class(marks: &[&str]) -> Option<CueClass> {
    marks.iter().find_map(|m| match *m {
        STANCE_MARK => Some(CueClass::Stance),
        "!thought" => Some(CueClass::Thought),
        "!perception" => Some(CueClass::Perception),
        _ => None,
    })
}

/// The sections of `cues.txt` whose verbs are cues on their own, in the lexicon's order (the
/// first section to list a form gives its entry).
const VERB_SECTIONS: [&str; 9] = [
    "speech",
    "stance",
    "writing",
    "thought",
    "perception",
    "evidence",
    "postquote",
    "naming",
    "evidential",
];

static LEMMAS: Lazy<Lemmas> = Lazy::new(|| {
    let cue_sections = sections(CUES);
    let mut forms: FxMap<String, Entry> = FxMap::default();
    for section in VERB_SECTIONS {
        for line in cue_sections.get(section).into_iter().flatten() {
            let mut ws = line.split_whitespace();
            let Some(lemma) = ws.next() else { continue };
            let rest: Vec<&str> = ws.collect();
            let class = if section == "stance" {
                Some(CueClass::Stance)
            } else {
                marked_class(&rest)
            };
            let mut all: Vec<String> = inflect(lemma).into_iter().map(|(f, _)| f).collect();
            if rest.contains(&"!noun") {
                // Only the past and -ing forms are cues (the lexicon's convention).
                all.retain(|f| f != lemma && !(f.ends_with('s') && f.len() > lemma.len()));
            }
            all.extend(
                rest.iter()
                    .filter(|w| !w.starts_with(['!', '+']))
                    .map(|w| (*w).to_owned()),
            );
            for f in all {
                forms.entry(f).or_insert(Entry { lemma, class });
            }
        }
    }
    let mut particles: FxMap<String, Entry> = FxMap::default();
    for line in cue_sections.get("particle").into_iter().flatten() {
        let mut ws = line.split_whitespace();
        let (Some(verb), Some(particle)) = (ws.next(), ws.next()) else {
            continue;
        };
        let rest: Vec<&str> = ws.collect();
        let lemma = &line[..line[verb.len()..]
            .find(particle)
            .map_or(0, |i| i + verb.len())
            + particle.len()];
        let mut all: Vec<String> = inflect(verb).into_iter().map(|(f, _)| f).collect();
        all.extend(
            rest.iter()
                .filter(|w| !w.starts_with(['!', '+']))
                .map(|w| (*w).to_owned()),
        );
        let class = marked_class(&rest).or_else(|| all.iter().find_map(|f| forms.get(f)?.class));
        for f in all {
            particles
                .entry(format!("{f} {particle}"))
                .or_insert(Entry { lemma, class });
        }
    }
    let phrases = cue_sections
        .get("phrase")
        .into_iter()
        .flatten()
        .map(|l| (*l, l.split_whitespace().collect()))
        .collect();
    Lemmas {
        forms,
        particles,
        phrases,
    }
});

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

/// The lexicon entry of a cue as written: a source phrase, a verb with its particle, or the
/// first cue verb form in it (`said` in `has said`).
fn entry(cue: &str) -> Option<Entry> {
    let ws = words(cue);
    let l = &*LEMMAS;
    if let Some((phrase, _)) = l
        .phrases
        .iter()
        .find(|(_, p)| ws.len() >= p.len() && ws.iter().zip(p).all(|(a, b)| a == b))
    {
        return Some(Entry {
            lemma: phrase,
            class: None,
        });
    }
    for (i, w) in ws.iter().enumerate() {
        if let Some(next) = ws.get(i + 1)
            && let Some(e) = l.particles.get(&format!("{w} {next}"))
        {
            return Some(*e);
        }
        if let Some(e) = l.forms.get(w.as_str()) {
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

/// Gives an indirect speech attribution whose cue verb reports a stance, a thought or a
/// perception that class: `supports the Act` ([`CueClass::Stance`]), `estimated that …`
/// ([`CueClass::Thought`]). Quoted words in the content make it speech whatever the verb
/// (`defended the plan as “a rightful act”` reports words said).
pub(super) fn classify(a: &mut Attribution<'_>) {
    if a.cue_class == CueClass::Speech
        && a.kind == AttributionKind::Indirect
        && let Some(class) = entry(a.cue.as_str()).and_then(|e| e.class)
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
}
