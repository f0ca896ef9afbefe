//! US states (`us_states.txt`): one class per membership, so that the dateline and credit
//! readers share the abbreviations they both read and keep apart the forms only one reads.

/// A class of `us_states.txt`: one `[section]` of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StateClass {
    /// AP style abbreviations (`Nev.`, `S.C.`, `W.Va.`): datelines and credit lists.
    Ap,
    /// Older or variant abbreviations (`Kans.`, `Tex.`, `W. Va.`): datelines.
    Variant,
    /// The dotless forms of older wire copy (`Conn`, `Fla`): datelines.
    Dotless,
    /// The states in full (`Florida`, `New Hampshire`): credit lists.
    Name,
}

impl StateClass {
    fn section(self) -> &'static str {
        match self {
            StateClass::Ap => "[ap]",
            StateClass::Variant => "[variant]",
            StateClass::Dotless => "[dotless]",
            StateClass::Name => "[name]",
        }
    }
}

/// The entries of `class`, as the file writes them (case kept).
pub(crate) fn us_states(class: StateClass) -> impl Iterator<Item = &'static str> {
    super::section(include_str!("us_states.txt"), class.section())
}

#[cfg(test)]
mod tests {
    use super::{StateClass, us_states};

    #[test]
    fn every_entry_is_in_one_class() {
        let all = [
            StateClass::Ap,
            StateClass::Variant,
            StateClass::Dotless,
            StateClass::Name,
        ];
        let mut seen = std::collections::HashSet::new();
        let mut n = 0;
        for class in all {
            for w in us_states(class) {
                assert!(seen.insert(w.to_lowercase()), "{w} listed twice");
                n += 1;
            }
        }
        let lines = super::super::lines(include_str!("../lexicon/us_states.txt"))
            .filter(|l| !l.starts_with('['))
            .count();
        assert_eq!(n, lines, "an entry outside the four classes");
        assert!(us_states(StateClass::Ap).any(|w| w == "Nev."));
        assert!(us_states(StateClass::Name).any(|w| w == "New Hampshire"));
        assert!(!us_states(StateClass::Ap).any(|w| w == "Tex."));
    }
}
