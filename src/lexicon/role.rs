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
