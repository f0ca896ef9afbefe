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

/// The month names in full, January to December: the longest name of each month number.
static MONTH_NAMES: Lazy<Vec<String>> = Lazy::new(|| {
    let mut names: Vec<String> = vec![String::new(); 12];
    for (name, &n) in MONTHS.iter() {
        let slot = &mut names[usize::from(n) - 1];
        if name.len() > slot.len() {
            slot.clone_from(name);
        }
    }
    names
});

/// The twelve month names in full, lower case (`january`, …, `december`).
pub(crate) fn month_names() -> &'static [String] {
    &MONTH_NAMES
}

/// The month names and abbreviations, lower case (`january`, `jan`, `sept`, …).
pub(crate) fn month_words() -> impl Iterator<Item = &'static str> {
    MONTHS.keys().map(String::as_str)
}

/// Words of time besides the months (`time_words.txt`): weekdays, parts of the day, units of
/// time and the deictic days (`monday`, `tonight`, `morning`, `week`). The cue grammar reads
/// them as time words after a cue, bylines as words that make `By …` a sentence.
pub(crate) fn time_words() -> impl Iterator<Item = &'static str> {
    super::lines(include_str!("time_words.txt"))
}

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

    #[test]
    fn full_names_are_the_longest_of_each_month() {
        let names = super::month_names();
        assert_eq!(names.len(), 12);
        assert_eq!(names[0], "january");
        assert_eq!(names[4], "may");
        assert_eq!(names[8], "september");
        assert!(super::month_words().any(|w| w == "sept"));
        assert!(super::time_words().any(|w| w == "tonight"));
        assert!(!super::time_words().any(|w| super::month_number(w).is_some()));
    }
}
