//! The calendar: month names and their abbreviations (`dateline_months.txt`).

use once_cell::sync::Lazy;

use crate::util::fold::with_lower;
use crate::util::hash::FxMap;

static MONTHS: Lazy<FxMap<String, u8>> = Lazy::new(|| {
    super::lines(include_str!("dateline_months.txt"))
        .filter_map(|l| {
            let (name, n) = l.split_once('|')?;
            Some((name.trim().to_lowercase(), n.trim().parse().ok()?))
        })
        .collect()
});

/// The month number of a month name or abbreviation (`Sept`, `march`, `DEC`), if it is one.
#[inline]
pub(crate) fn month_number(word: &str) -> Option<u8> {
    with_lower(word.trim_end_matches('.'), |w| MONTHS.get(w).copied())
}

#[cfg(test)]
mod tests {
    use super::month_number;

    #[test]
    fn names_and_abbreviations_in_any_case() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("FEB"), Some(2));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("Narch"), None);
    }
}
