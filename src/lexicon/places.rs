//! Places a dateline or a byline names (`dateline_places.txt`).

use std::cell::RefCell;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::util::fold::lowercase;
use crate::util::hash::FxSet;
use crate::util::scoped::{self, Guard};

static PLACES: Lazy<FxSet<String>> = Lazy::new(|| {
    super::lines(include_str!("dateline_places.txt"))
        .map(str::to_lowercase)
        .collect()
});

thread_local! {
    /// The places a configured parser adds (lower case, single spaces), while it parses.
    static EXTRA: RefCell<Option<Arc<FxSet<String>>>> = const { RefCell::new(None) };
}

/// Adds `places` (lower case, single spaces) to the lexicon on this thread until the guard drops.
pub(crate) fn extra(places: Arc<FxSet<String>>) -> Guard<FxSet<String>> {
    scoped::enter(&EXTRA, places)
}

/// Whether `name` is a place in the place lexicon (`New Delhi`, `Kuala Lumpur`), or one the
/// running parser adds.
#[inline]
pub(crate) fn is_known_place(name: &str) -> bool {
    let key = lowercase(name);
    PLACES.contains(key.as_ref())
        || scoped::with(&EXTRA, |extra| extra.contains(key.as_ref())).unwrap_or(false)
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
