//! The lexicon layer: the data files in `src/lexicon/*.txt` and the classes compiled from them
//! that more than one module reads (the calendar, places, contributor roles).
//!
//! Every file has one entry a line, `#` comments and blank lines skipped, surrounding
//! whitespace trimmed ([`lines`]). A list one module alone reads may still be compiled there.

pub(crate) mod calendar;
pub(crate) mod newsroom;
pub(crate) mod places;
pub(crate) mod role;
pub(crate) mod states;

/// The entries of a lexicon file.
pub(crate) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a lexicon file with sections, all sections together: [`lines`] without the
/// `[name]` header lines.
pub(crate) fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    lines(src).filter(|l| !l.starts_with('['))
}

/// The entries of the `[name]` section of a lexicon file: the lines after the header line
/// `[name]` up to the next header.
pub(crate) fn section(
    src: &'static str,
    header: &'static str,
) -> impl Iterator<Item = &'static str> {
    lines(src)
        .skip_while(move |l| *l != header)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
}

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<_> =
            super::lines("# a comment\n\n  said \nadded\n   # indented comment\n").collect();
        assert_eq!(got, ["said", "added"]);
    }

    #[test]
    fn a_section_runs_to_the_next_header() {
        let src = "[a]\none\n# note\ntwo\n[b]\nthree\n";
        assert_eq!(
            super::section(src, "[a]").collect::<Vec<_>>(),
            ["one", "two"]
        );
        assert_eq!(super::section(src, "[b]").collect::<Vec<_>>(), ["three"]);
        assert_eq!(super::section(src, "[c]").count(), 0);
        assert_eq!(
            super::entries(src).collect::<Vec<_>>(),
            ["one", "two", "three"]
        );
    }
}
