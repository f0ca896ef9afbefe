//! What a contributor did: the role vocabulary credit lines and byline lead-ins share.

/// What a contributor did: one vocabulary for credit lines and byline lead-ins
/// (`Edited by`, `Translated by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Role {
    /// Contributed to the story (`contributed to this report`, `With assistance from`,
    /// `Compiled by`, `Contributing:`).
    Contributed,
    /// Reported it (`Reporting by`, `A reported from Paris`).
    Reporting,
    /// Additional reporting (`Additional reporting by`).
    AdditionalReporting,
    /// Wrote it (`Writing by`, `A wrote from Atlanta`).
    Writing,
    /// Edited it (`Editing by`, `Edited by`).
    Editing,
    /// Research (`contributed research`, `Research by`).
    Research,
    /// Translation (`Translated by`).
    Translation,
    /// Photographs (`Photos by`).
    Photography,
    /// Illustrations (`Illustrations by`).
    Illustration,
}

/// The role nouns bylines and quotation sources share (`correspondent`, `editor`, `critic`):
/// heads of a byline's role, and `[role]` words of `sources.txt` (`shared_roles.txt`, both
/// sections).
pub(crate) fn shared_roles() -> impl Iterator<Item = &'static str> {
    super::section(SHARED_ROLES, "[title]").chain(super::section(SHARED_ROLES, "[role]"))
}

/// The role nouns bylines and credit lines share that name no quotation's source
/// (`photographer`, `writer`): byline role heads and credit titles (`shared_roles.txt[field]`).
pub(crate) fn field_roles() -> impl Iterator<Item = &'static str> {
    super::section(SHARED_ROLES, "[field]")
}

/// The shared role nouns a credit line also prints as a title before a name (`AP
/// Congressional Correspondent Lisa Mascaro`): `shared_roles.txt[title]`.
pub(crate) fn shared_titles() -> impl Iterator<Item = &'static str> {
    super::section(SHARED_ROLES, "[title]")
}

const SHARED_ROLES: &str = include_str!("shared_roles.txt");

/// The words that qualify a newsroom role before its head (`Senior`, `Economics`,
/// `Congressional`): `role_modifiers.txt` with the desks and beats of `newsroom_words.txt`.
/// Bylines read them as role modifiers, credit lines as titles.
pub(crate) fn role_modifiers() -> impl Iterator<Item = &'static str> {
    use super::newsroom::{NewsroomClass, newsroom_words};
    super::lines(include_str!("role_modifiers.txt"))
        .chain(newsroom_words(NewsroomClass::Desk))
        .chain(newsroom_words(NewsroomClass::Beat))
}

impl Role {
    /// The role's name as the dev sets write it (`additional reporting`, …).
    ///
    /// ```
    /// assert_eq!(copydesk::credit::Role::AdditionalReporting.as_str(), "additional reporting");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Contributed => "contributed",
            Role::Reporting => "reporting",
            Role::AdditionalReporting => "additional reporting",
            Role::Writing => "writing",
            Role::Editing => "editing",
            Role::Research => "research",
            Role::Translation => "translation",
            Role::Photography => "photography",
            Role::Illustration => "illustration",
        }
    }

    /// The role [`Role::as_str`] names, as the lexicon files write it.
    pub(crate) fn parse_name(s: &str) -> Option<Role> {
        Some(match s {
            "contributed" => Role::Contributed,
            "reporting" => Role::Reporting,
            "additional reporting" => Role::AdditionalReporting,
            "writing" => Role::Writing,
            "editing" => Role::Editing,
            "research" => Role::Research,
            "translation" => Role::Translation,
            "photography" => Role::Photography,
            "illustration" => Role::Illustration,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shared_roles_hold_their_titles_and_no_headers() {
        let all: Vec<_> = super::shared_roles().collect();
        let titles: Vec<_> = super::shared_titles().collect();
        assert!(titles.contains(&"correspondent") && all.contains(&"critic"));
        assert!(!titles.contains(&"critic"));
        assert!(titles.iter().all(|t| all.contains(t)));
        assert!(
            all.iter()
                .all(|w| !w.starts_with('[') && *w == w.to_lowercase())
        );
    }
}
