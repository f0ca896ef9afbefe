//! Organisations by what the text writes of them: `the ministry` for the latest organisation
//! with that head word, an acronym (`ACC`) for the name spelt out before it, and a one-word name
//! (`Northgate`) for the fuller name that began with it. Methods of [`super::Resolver`].

use super::*;

/// The small words an acronym's letters pass over in the name it spells (`Parks, Trails and
/// Heritage Canada` for `PTHC`), read by [`Resolver::spelt_out`] and [`Resolver::spelt_before`].
const ACRONYM_LINKS: [&str; 6] = ["of", "and", "the", "for", "on", "&"];

impl<'h> Resolver<'h> {
    /// `the ministry`, `the company`: the latest organisation of the last few sentences whose
    /// name has the head word (`the Ministry of Health`), else the latest organisation there.
    pub(super) fn org_ref(&mut self, head: &str, unit: usize) -> Option<usize> {
        const SENTENCES: usize = 4;
        let near = |at: At| at.unit <= unit && unit - at.unit <= SENTENCES;
        let state = ["government", "administration", "regime", "cabinet"]
            .iter()
            .any(|w| head.eq_ignore_ascii_case(w));
        let fits = |kind: EntityKind, words: usize| match kind {
            EntityKind::Organisation => true,
            EntityKind::Place => state,
            EntityKind::Unknown => words == 1,
            _ => false,
        };
        // A party or team named by its plural only where it said nothing and no source named
        // it (`the Greens won`): not the latest organisation that `the company` or `the
        // council` falls back on.
        let ids = || {
            self.t
                .others
                .iter()
                .rev()
                .take_while(|(_, at)| near(*at))
                .filter_map(|&(id, at)| {
                    id.filter(|&id| at.speech || self.t.anchored[id] || !self.plural_the(id, at))
                })
        };
        let named = ids().find(|&id| {
            self.entities[id].kind == EntityKind::Organisation
                && self.w(id).iter().any(|w| w.eq_ignore_ascii_case(head))
        });
        let id =
            named.or_else(|| ids().find(|&id| fits(self.entities[id].kind, self.w(id).len())))?;
        if self.entities[id].kind == EntityKind::Unknown {
            self.entities[id].kind = EntityKind::Organisation;
        }
        Some(id)
    }

    /// An acronym (`ACC`) and the name it abbreviates (`Agricultural Credit Canada`), either
    /// way round: a recent entity whose name's initials spell the acronym, an acronym entity
    /// that a new name spells out, or the name spelt out before the acronym in brackets.
    pub(super) fn acronym(&mut self, name: Snippet<'h>) -> Option<usize> {
        let text = trim_possessive(name.as_str());
        let from = self.entities.len().saturating_sub(LOOKBACK);
        if is_acronym(text) {
            if let Some(id) = (from..self.entities.len()).rev().find(|&id| {
                self.w(id).len() >= 2
                    && !matches!(
                        self.entities[id].kind,
                        EntityKind::Place | EntityKind::Group
                    )
                    && spells(text, self.w(id))
            }) {
                // Later mentions of the acronym find it by the word.
                self.index_first_last(id, Some(text), None);
                return Some(id);
            }
            // `Agricultural Credit Canada (ACC)` earlier in the text.
            // Else `Parks, Trails and Heritage Canada` … `PTHC`: written out before,
            // without the brackets.
            let full = self
                .spelt_out(text, name.start())
                .or_else(|| self.spelt_before(text, name.start()))?;
            let id = self.new_entity(full, EntityKind::Organisation);
            return Some(id);
        }
        if self.acronyms == 0 || !text.contains(' ') {
            return None;
        }
        let words: Vec<&'h str> = name_tokens(text).collect();
        let id = (from..self.entities.len()).rev().find(|&id| {
            is_acronym(self.entities[id].name) && spells(self.entities[id].name, &words)
        })?;
        self.entities[id].name = text;
        self.entities[id].kind = EntityKind::Organisation;
        self.t.words[id] = self.set_words(text);
        self.index_words(id);
        Some(id)
    }

    /// The words spelt out before `(ACRONYM)` in the few thousand bytes before `before`.
    pub(super) fn spelt_out(&self, acronym: &str, before: usize) -> Option<&'h str> {
        const WINDOW: usize = 4096;
        let text = self.text;
        let from = crate::util::window_start(text, before, WINDOW);
        let hay = text.get(from..before)?;
        let mut pat = String::with_capacity(acronym.len() + 2);
        pat.push('(');
        pat.push_str(acronym);
        pat.push(')');
        let open = from + memchr::memmem::rfind(hay.as_bytes(), pat.as_bytes())?;
        // Back over the words before the bracket, one capitalised word per letter from the
        // last; `of`, `and`, `the`, `for`, `&` and commas in between.
        let letters: Vec<char> = acronym.chars().collect();
        let mut need = letters.len();
        let mut start = open;
        let mut end = None;
        for (k, w) in text[from..open].split_whitespace().rev().enumerate() {
            if k > 2 * letters.len() + 2 {
                return None;
            }
            let word = w.trim_matches(|c: char| c == ',' || c == '"' || c == '“' || c == '”');
            let Some(first) = word.chars().next() else {
                continue;
            };
            // The offset of this word in the text.
            let at = text[from..start].rfind(w).map(|i| from + i)?;
            if first.is_uppercase() {
                if first != letters[need - 1] {
                    return None;
                }
                if end.is_none() {
                    end = Some(at + w.trim_end_matches(',').len());
                }
                need -= 1;
                start = at;
                if need == 0 {
                    return text.get(start..end?);
                }
            } else if ACRONYM_LINKS.contains(&word) && end.is_some() {
                start = at;
            } else {
                return None;
            }
        }
        None
    }

    /// The latest run of capitalised words in the few thousand bytes before `before` whose
    /// initials spell `acronym` (three letters or more), with `of`, `and`, `the`, `for`, `on`,
    /// `&` and commas in between (`Parks, Trails and Heritage Canada` for `PTHC`).
    pub(super) fn spelt_before(&self, acronym: &str, before: usize) -> Option<&'h str> {
        const WINDOW: usize = 4096;
        let letters = acronym.as_bytes();
        if letters.len() < 3 || !acronym.is_ascii() {
            return None;
        }
        let text = self.text;
        let from = crate::util::window_start(text, before, WINDOW);
        let hay = text.get(from..before)?;
        let bare = |w: &'h str| w.trim_end_matches([',', ';', ':', '.', '"', '”', ')']);
        let first_upper = |w: &str| w.chars().next().filter(|c| c.is_uppercase());
        // The words from byte `at` of `hay` on spell it: the end of the run.
        let spells_from = |at: usize| -> Option<usize> {
            let mut k = 0;
            let base = hay.as_ptr() as usize;
            for w in hay[at..].split_whitespace() {
                let b = trim_possessive(bare(w));
                match first_upper(b) {
                    Some(c) if c == char::from(letters[k]) => {
                        k += 1;
                        if k == letters.len() {
                            return Some(from + (b.as_ptr() as usize - base) + b.len());
                        }
                        // A stop after a word ends the run; a comma only in a list.
                        if bare(w).len() < w.len() && !w.ends_with(',') {
                            return None;
                        }
                    }
                    Some(_) => return None,
                    None if ACRONYM_LINKS.contains(&b) => {}
                    None => return None,
                }
            }
            None
        };
        // Candidates from the end: the first letter at a word's start (an ASCII letter; memchr
        // finds it without splitting the window into words).
        let first = Some(letters[0]).filter(u8::is_ascii_uppercase)?;
        let bytes = hay.as_bytes();
        memchr::memrchr_iter(first, bytes)
            .filter(|&p| p == 0 || bytes[p - 1].is_ascii_whitespace())
            .find_map(|p| Some((p, spells_from(p)?)))
            .and_then(|(p, end)| text.get(from + p..end))
    }

    /// A one-word name (`Northgate`) that an organisation's fuller name written before began
    /// (`Calgary-based Northgate Energy`, `Northgate Energy Inc.`): the latest such name in the few
    /// thousand bytes before `before`, the word and one to three capitalised words after it, the
    /// last of which ends an organisation's name (`Energy`, `Inc.`) or is a country's
    /// (`Shell Canada`).
    pub(super) fn fuller_org(&self, word: &str, before: usize) -> Option<&'h str> {
        const WINDOW: usize = 2048;
        let text = self.text;
        let from = crate::util::window_start(text, before, WINDOW);
        let bytes = text.as_bytes();
        let at_word_start = |p: usize| p == 0 || !bytes[p - 1].is_ascii_alphanumeric();
        memchr::memmem::rfind_iter(&bytes[from..before], word.as_bytes())
            .map(|p| from + p)
            .filter(|&p| at_word_start(p))
            .find_map(|start| {
                let mut end = start + word.len();
                let mut found = None;
                for _ in 0..3 {
                    let rest = text.get(end..)?.strip_prefix(' ')?;
                    let len = rest
                        .find(|c: char| c.is_whitespace() || ",;:()“”\"".contains(c))
                        .unwrap_or(rest.len());
                    let w = trim_possessive(&rest[..len]);
                    if !w.starts_with(char::is_uppercase) {
                        break;
                    }
                    end += 1 + w.len();
                    let bare = w.strip_suffix('.').unwrap_or(w);
                    if ends_organisation(w) {
                        found = Some(end);
                    } else if ends_organisation(bare) {
                        found = Some(end - (w.len() - bare.len()));
                    }
                    if w.len() != rest[..len].len() {
                        break; // a possessive ends the name
                    }
                }
                text.get(start..found?)
            })
    }
}
