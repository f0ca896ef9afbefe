//! Lists of names in credits: people, their places and affiliations, and outlets.

use super::*;

// ---------------------------------------------------------------------------------------------
// Lists of names

/// Splits a list on commas, semicolons, slashes (when `slash`), `and` and `&`, outside
/// brackets; returns the trimmed items.
pub(super) fn split_list(h: &str, span: Span, slash: bool) -> Vec<Span> {
    static SEP: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+").unwrap());
    static SEP_SLASH: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)\s*[,;/]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+").unwrap());
    let re = if slash { &*SEP_SLASH } else { &*SEP };
    let text = &h[span.range()];
    let mut out = Vec::new();
    let mut last = 0;
    let mut depth = Depth::default();
    for m in re.find_iter(text) {
        if depth.at(text, m.start()) > 0 {
            continue;
        }
        out.push(Span::new(span.start + last, span.start + m.start()));
        last = m.end();
    }
    out.push(Span::new(span.start + last, span.end));
    out.into_iter()
        .map(|s| trim_punct(h, s.trim(h)))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Bracket depth at increasing offsets of one text, computed incrementally.
#[derive(Default)]
pub(super) struct Depth {
    pub(super) pos: usize,
    pub(super) depth: usize,
}

impl Depth {
    /// The depth at `at`; `at` must not decrease between calls.
    pub(super) fn at(&mut self, text: &str, at: usize) -> usize {
        if at > self.pos {
            for c in text[self.pos..at].chars() {
                match c {
                    '(' | '[' => self.depth += 1,
                    ')' | ']' => self.depth = self.depth.saturating_sub(1),
                    _ => {}
                }
            }
            self.pos = at;
        }
        self.depth
    }
}

/// Words (with spans) of `span`.
pub(super) fn words(h: &str, span: Span) -> Vec<Span> {
    let text = &h[span.range()];
    // A credit's names are a few words: sized once (a word and its space take two bytes or more).
    let mut out = Vec::with_capacity((text.len() / 2 + 1).min(16));
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Span::new(span.start + s, span.start + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Span::new(span.start + s, span.end));
    }
    out
}

pub(super) static NAME_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:\p{Lu}\.){1,3}|(?:Mc|Mac|O'|O’|D'|D’)\p{Lu}[\p{L}'’-]*|II|III|IV)$")
        .unwrap()
});

/// The lower-case particles inside a contributor's name (`Ana de Souza`, `Omar bin Said`): the
/// name particles of `name_particles.txt` and [`MORE_PARTICLES`], matched as written.
pub(super) static PARTICLES: Lazy<FxSet<&'static str>> = Lazy::new(|| {
    crate::lexicon::lines(include_str!("../lexicon/name_particles.txt"))
        .chain(MORE_PARTICLES)
        .collect()
});

/// Particles credit lines join into a name that the name reader does not list (Portuguese `do`,
/// Arabic `al` and `el`, Spanish `y`).
const MORE_PARTICLES: [&str; 4] = ["do", "al", "el", "y"];

/// The span of a person's name if `span` is one (1 to 6 capitalised words, particles between).
pub(super) fn person_name(h: &str, span: Span) -> Option<Span> {
    let ws = words(h, span);
    if ws.is_empty() || ws.len() > 6 {
        return None;
    }
    for (i, w) in ws.iter().enumerate() {
        let t = &h[w.range()];
        let inner = i > 0 && i + 1 < ws.len();
        if inner && PARTICLES.contains(&t) {
            continue;
        }
        if !NAME_WORD.is_match(t) || SOURCES.not_name.contains(lower(t).as_str()) {
            return None;
        }
    }
    let all = &h[span.range()];
    // A single all-capital word is an outlet (`CNN`), not a surname.
    if ws.len() == 1
        && all
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return None;
    }
    Some(trim_punct(h, span))
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Item<'h> {
    Person {
        name: Span,
        location: Option<Span>,
        affiliation: Option<Outlet<'h>>,
        /// The affiliation was written after the name (`A and B of The Washington Times`), so
        /// it applies to the names before it too.
        trailing: bool,
    },
    Outlet(Outlet<'h>),
    Generic,
}

pub(super) static POSSESSIVE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?P<aff>\p{Lu}[^'’]{0,40}?)(?:['’]s|['’])\s+").unwrap());
/// Where a contributor was: `in Phoenix`, `at the Capitol`, `from Boise, Idaho`.
pub(super) static LOCATION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\s+(?:in|from|at)\s+(?P<loc>(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}'’./-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’./-]*)*)$").unwrap()
});
pub(super) static OF_STAFF: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\s+(?i:of)\s+(?P<the>(?i:the)\s+)?(?P<org>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)(?P<staff>\s+(?i:staff|newsroom|bureau|team))?$").unwrap()
});

/// Reads one list item: `[Outlet's] [Outlet] [titles] Name [in Place] [of the Outlet staff]`, an
/// agency (`The Associated Press`), or a generic source (`agencies`).
pub(super) fn parse_item(h: &str, span: Span) -> Option<Item<'_>> {
    let text = &h[span.range()];
    if is_generic(text) {
        return Some(Item::Generic);
    }
    if let Some(o) = whole_agency(h, span, false) {
        return Some(Item::Outlet(o));
    }
    let mut span = span;
    let mut affiliation: Option<Outlet<'_>> = None;
    let mut trailing = false;
    let mut location = None;
    if let Some(c) = OF_STAFF.captures(&h[span.range()]).filter(|c| {
        let org = c.name("org").map_or("", |m| m.as_str());
        c.name("the").is_some() || c.name("staff").is_some() || Agency::lookup(org).is_some()
    }) {
        let org = c.name("org").expect("group");
        let org = Span::new(span.start + org.start(), span.start + org.end());
        affiliation = Some(outlet_at(h, org));
        trailing = true;
        span = Span::new(span.start, span.start + c.get(0).expect("match").start());
    }
    if let Some(c) = LOCATION.captures(&h[span.range()]) {
        let loc = c.name("loc").expect("group");
        location = Some(trim_punct(
            h,
            Span::new(span.start + loc.start(), span.start + loc.end()),
        ));
        span = Span::new(span.start, span.start + c.get(0).expect("match").start());
    }
    if let Some(c) = POSSESSIVE.captures(&h[span.range()]) {
        let aff = c.name("aff").expect("group");
        let aff = Span::new(span.start + aff.start(), span.start + aff.end());
        if affiliation.is_none() {
            affiliation = Some(outlet_at(h, aff));
        }
        span = Span::new(span.start + c.get(0).expect("match").end(), span.end);
    }
    let ws = words(h, span);
    let first_title = ws.iter().position(|w| is_title(&h[w.range()]));
    let name_from = match first_title {
        None => 0,
        Some(i) => {
            if i > 0 {
                let before = Span::new(ws[0].start, ws[i - 1].end);
                if !ws[..i]
                    .iter()
                    .all(|w| starts_upper_or_connector(&h[w.range()]))
                {
                    return None;
                }
                if affiliation.is_none() {
                    affiliation = Some(outlet_at(h, before));
                }
            }
            let mut j = i;
            while j < ws.len() {
                let t = &h[ws[j].range()];
                if is_title(t) || ["of", "for", "at", "the", "on"].contains(&t) {
                    j += 1;
                } else {
                    break;
                }
            }
            j
        }
    };
    let rest = &ws[name_from..];
    let rest_lower = rest.iter().all(|w| {
        h[w.range()]
            .chars()
            .next()
            .is_some_and(|c| !c.is_uppercase())
    });
    if rest.is_empty() || (first_title.is_some() && rest_lower) {
        // `Associated Press reporters around the world`: the outlet itself.
        return affiliation.map(Item::Outlet);
    }
    let name_span = Span::new(rest[0].start, rest[rest.len() - 1].end);
    if first_title.is_none() && affiliation.is_none() {
        // An outlet written with an organisation word, not a person.
        if let Some(o) = whole_agency(h, name_span, false) {
            return Some(Item::Outlet(o));
        }
        // An agency and one of its units: `Reuters TV`, `AFP Video`.
        if let Some(m) = agency::find_iter(&h[name_span.range()]).next()
            && m.name.start() == 0
            && !m.ambiguous
        {
            return Some(Item::Outlet(Outlet {
                name: Snippet::at(h, m.name.span().shift(name_span.start)),
                agency: Some(m.agency),
            }));
        }
    }
    let name = person_name(h, name_span)?;
    Some(Item::Person {
        name,
        location,
        affiliation,
        trailing,
    })
}

pub(super) fn outlet_at(h: &str, span: Span) -> Outlet<'_> {
    let span = trim_punct(h, span);
    match whole_agency(h, span, true) {
        Some(o) => o,
        None => Outlet {
            name: Snippet::at(h, span),
            agency: None,
        },
    }
}

/// Whether an item only continues the location before it (`Fla.` after `Tallahassee`).
pub(super) fn continues_location(h: &str, span: Span) -> bool {
    let t = lower(h[span.range()].trim());
    PLACES.contains(t.as_str())
}

/// Parses a list of contributors sharing one role; a location applies to the names before it
/// (back to the previous location) and an affiliation to the names after it. Returns `None`
/// when an item is neither a name nor an outlet.
pub(super) fn parse_people<'h>(
    h: &'h str,
    span: Span,
    role: Role,
    agencies: &mut Vec<Outlet<'h>>,
) -> Option<Vec<Contributor<'h>>> {
    let raw = split_list(h, span, false);
    // Merge location continuations and name suffixes into the item before them.
    let mut items: Vec<Span> = Vec::new();
    for s in raw {
        let t = &h[s.range()];
        let prev_has_place = items
            .last()
            .is_some_and(|p| LOCATION.is_match(&h[p.range()]) || continues_location(h, *p));
        let suffix = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"].contains(&t);
        if let Some(last) = items.last_mut()
            && ((prev_has_place && continues_location(h, s)) || suffix)
        {
            *last = last.cover(s);
            continue;
        }
        items.push(s);
    }
    let mut people: Vec<Contributor<'h>> = Vec::new();
    let mut pending_location: Vec<usize> = Vec::new();
    let mut current_aff: Option<Outlet<'h>> = None;
    for s in items {
        match parse_item(h, s)? {
            Item::Generic => {}
            Item::Outlet(o) => {
                push_agency(agencies, o);
                current_aff = None;
            }
            Item::Person {
                name,
                location,
                affiliation,
                trailing,
            } => {
                if trailing {
                    for person in people.iter_mut().rev() {
                        if person.affiliation.is_some() {
                            break;
                        }
                        person.affiliation = affiliation;
                    }
                } else if affiliation.is_some() {
                    current_aff = affiliation;
                }
                people.push(Contributor {
                    name: Snippet::at(h, name),
                    role,
                    location: location.map(|l| Snippet::at(h, l)),
                    affiliation: affiliation.or(current_aff),
                });
                if let Some(l) = location {
                    for k in pending_location.drain(..) {
                        people[k].location = Some(Snippet::at(h, l));
                    }
                } else {
                    pending_location.push(people.len() - 1);
                }
            }
        }
    }
    Some(people)
}
