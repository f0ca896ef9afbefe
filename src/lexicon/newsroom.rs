//! Newsroom vocabulary several field readers share (`newsroom_words.txt`): labels and kickers,
//! desks, beats, competitions and outlet words, one class per membership. Every class is a set
//! of words that are no person's name; each class names the readers that add it to their own
//! list, so each word is written once.

/// A class of `newsroom_words.txt`: one `[section]` of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NewsroomClass {
    /// Words of a label, kicker or heading line (`FILE`, `Watch`, `Read more`): no name, and no
    /// place at a dateline's head.
    Label,
    /// Desks and sections (`Politics`, `Health`): label words, and role modifiers.
    Desk,
    /// Beats and reaches (`Economics`, `National`): role modifiers.
    Beat,
    /// Beats a byline prints before a role (`Food`, `Travel`): byline role modifiers.
    BylineBeat,
    /// Competition words (`Cup`, `Final`): a dateline's head naming an event is no place.
    Competition,
    /// Words of an outlet's name (`Daily`, `Press`): a credit's organisation words.
    Outlet,
}

impl NewsroomClass {
    /// Every class, in file order.
    #[cfg(test)]
    pub(crate) const ALL: [NewsroomClass; 6] = [
        NewsroomClass::Label,
        NewsroomClass::Desk,
        NewsroomClass::Beat,
        NewsroomClass::BylineBeat,
        NewsroomClass::Competition,
        NewsroomClass::Outlet,
    ];

    fn section(self) -> &'static str {
        match self {
            NewsroomClass::Label => "[label]",
            NewsroomClass::Desk => "[desk]",
            NewsroomClass::Beat => "[beat]",
            NewsroomClass::BylineBeat => "[byline-beat]",
            NewsroomClass::Competition => "[competition]",
            NewsroomClass::Outlet => "[outlet]",
        }
    }
}

const NEWSROOM_WORDS: &str = include_str!("newsroom_words.txt");

/// The entries of `class`, as the file writes them (lower case).
pub(crate) fn newsroom_words(class: NewsroomClass) -> impl Iterator<Item = &'static str> {
    super::section(NEWSROOM_WORDS, class.section())
}

/// The words that end or make an organisation's or outlet's name, capitalised (`Corp.`,
/// `Tribune`, `Times`): `organisation_words.txt`, read by the entity classifier and, lower-cased,
/// by the credit parser.
pub(crate) fn organisation_words() -> impl Iterator<Item = &'static str> {
    super::lines(include_str!("organisation_words.txt"))
}

/// The entries of every class: words that are no person's name.
pub(crate) fn newsroom_non_names() -> impl Iterator<Item = &'static str> {
    super::lines(NEWSROOM_WORDS).filter(|l| !l.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::{NewsroomClass, newsroom_non_names, newsroom_words};

    #[test]
    fn every_entry_is_in_one_class_and_lower_case() {
        let mut seen = std::collections::HashSet::new();
        let mut n = 0;
        for class in NewsroomClass::ALL {
            assert!(newsroom_words(class).count() > 0, "{class:?} is empty");
            for w in newsroom_words(class) {
                assert_eq!(w, w.to_lowercase(), "{w} is not lower case");
                assert!(seen.insert(w), "{w} listed twice");
                n += 1;
            }
        }
        assert_eq!(
            n,
            newsroom_non_names().count(),
            "an entry outside the classes"
        );
        assert!(newsroom_words(NewsroomClass::Desk).any(|w| w == "politics"));
        assert!(!newsroom_words(NewsroomClass::Label).any(|w| w == "politics"));
    }
}
