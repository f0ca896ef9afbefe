//! Extra cue words a configured [`Parser`](crate::Parser) adds to the shared lexicon: a small
//! overlay consulted after it, on words the lexicon gives no cue.

use std::cell::RefCell;

use crate::util::scoped::{self, Guard};

use super::*;

/// Cue verbs added by the caller, by every form the inflection generator derives.
#[derive(Debug, Clone, Default)]
pub(crate) struct ExtraCues {
    /// Lower-case form → its cue.
    forms: FxMap<String, Cue>,
    /// Lower-case lemma → its class, as added.
    lemmas: FxMap<String, CueClass>,
}

thread_local! {
    /// The extra cues of the parser running on this thread.
    static EXTRA: RefCell<Option<Arc<ExtraCues>>> = const { RefCell::new(None) };
}

/// The class of a cue verb a caller may add: the classes of plain cue verbs.
pub(crate) fn addable(class: CueClass) -> bool {
    matches!(
        class,
        CueClass::Speech | CueClass::Writing | CueClass::Thought | CueClass::Perception
    )
}

/// The class the shared lexicon gives the word `lemma` (lower case) as a cue, if any.
pub(crate) fn listed_class(lemma: &str) -> Option<CueClass> {
    LEX.words.get(lemma).and_then(|(_, c)| c.map(|c| c.class))
}

impl ExtraCues {
    /// The class `lemma` (lower case) was added with, if it was.
    pub(crate) fn class_of(&self, lemma: &str) -> Option<CueClass> {
        self.lemmas.get(lemma).copied()
    }

    /// Whether nothing was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.lemmas.is_empty()
    }

    /// Adds the verb `lemma` (one lower-case word) of `class` ([`addable`]) with its derived
    /// forms; a form the shared lexicon lists keeps its entry there.
    pub(crate) fn add(&mut self, lemma: &str, class: CueClass) {
        self.lemmas.insert(lemma.to_owned(), class);
        for (form, f) in inflect(lemma) {
            if LEX.words.get(&form).is_some_and(|(_, c)| c.is_some()) {
                continue;
            }
            self.forms
                .entry(form)
                .or_insert(Cue::new(class, f, Constraint::Plain));
        }
    }
}

/// Makes `cues` the extra cues on this thread until the guard drops.
pub(crate) fn enter(cues: Arc<ExtraCues>) -> Guard<ExtraCues> {
    scoped::enter(&EXTRA, cues)
}

/// Gives the word tokens of `toks` that the shared lexicon left without a cue the extra cue of
/// their form, when the running parser adds one.
pub(super) fn mark(text: &str, toks: &mut [Tok], buf: &mut String) {
    scoped::with(&EXTRA, |extra| {
        for t in toks.iter_mut() {
            if t.kind != Kind::Word || t.cue.is_some() {
                continue;
            }
            if let Some(c) = extra.forms.get(lower(&text[t.span.range()], buf)) {
                t.cue = Some(*c);
            }
        }
    });
}
