//! Reading the lexicon files in `src/lexicon/`: one entry a line, `#` comments and blank lines
//! skipped, surrounding whitespace trimmed. Each module compiles its own tables from the entries.

/// The entries of a lexicon file.
pub(crate) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<_> =
            super::lines("# a comment\n\n  said \nadded\n   # indented comment\n").collect();
        assert_eq!(got, ["said", "added"]);
    }
}
