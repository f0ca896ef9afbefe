//! Places a dateline or a byline names (`dateline_places.txt`).

use once_cell::sync::Lazy;

use crate::util::fold::lowercase;
use crate::util::hash::FxSet;

static PLACES: Lazy<FxSet<String>> = Lazy::new(|| {
    super::lines(include_str!("dateline_places.txt"))
        .map(str::to_lowercase)
        .collect()
});

/// Whether `name` is a place in the place lexicon (`New Delhi`, `Kuala Lumpur`).
#[inline]
pub(crate) fn is_known_place(name: &str) -> bool {
    PLACES.contains(lowercase(name).as_ref())
}

#[cfg(test)]
mod tests {
    #[test]
    fn listed_places_in_any_case() {
        assert!(super::is_known_place("New Delhi"));
        assert!(super::is_known_place("KUALA LUMPUR"));
        assert!(!super::is_known_place("Narnia Minor"));
    }
}
