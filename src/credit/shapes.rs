//! The credit shapes: syndication notices, wire inputs, footers of roles, contributor
//! lines, copyright notices and sign-offs.

use super::*;
use once_cell::sync::OnceCell;

// ---------------------------------------------------------------------------------------------
// Syndication

pub(super) static SYND_FEED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:syndicated|wire|agency)(?:\s+(?:agency|news|wire|content))*\s+feeds?\b")
        .unwrap()
});

pub(super) static SYND_OUTLET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i:edited|reworked|modified|changed)\s+(?i:by)\s+(?i:the\s+)?(?P<o>\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4}?)(?:['’]s?)?\s+(?i:staff|editorial|team|desk|editors|newsroom)",
    )
    .unwrap()
});

pub(super) static SYND_ORIGIN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?i:(?:a\s+version\s+of\s+)?(?:this|the)\s+(?:article|story|piece|report|post|column|commentary|op-ed|essay|interview|analysis|content)\b)(?P<mid>.{0,60}?)\b(?P<verb>(?i:(?:originally|first)\s+(?:published|appeared|ran|posted)|re-?published|appeared\s+(?:originally|first)))\s+(?i:on|in|by|from|at|with)\s+(?P<src>(?:(?i:the)\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,5})(?P<after>['’]?)(?:\s+(?P<next>\S+))?",
    )
    .unwrap()
});

/// What follows the source name in `… originally published in X newsletter`: not a syndication
/// credit but a promotion.
pub(super) const NOT_SYNDICATION_AFTER: &[&str] = &[
    "newsletter",
    "newsletters",
    "podcast",
    "episode",
    "edition",
    "magazine",
    "section",
    "blog",
    "print",
];

pub(super) fn syndication<'h>(h: &'h str, seg: &Seg, cues: Cues) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let base = seg.body.start;
    if cues.has(Cues::FEED) && SYND_FEED.is_match(body) {
        let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
        if let Some(c) = SYND_OUTLET.captures(body) {
            let o = c.name("o").expect("group");
            let span = Span::new(base + o.start(), base + o.end());
            let span = trim_punct(h, span);
            if !span.is_empty() {
                p.outlet = Some(Snippet::at(h, span));
            }
        }
        return Some(p);
    }
    if !cues.has(Cues::ORIGIN) {
        return None;
    }
    let c = SYND_ORIGIN.captures(body)?;
    if !c.name("after").is_some_and(|m| m.as_str().is_empty()) {
        return None;
    }
    if let Some(next) = c.name("next") {
        let w = lower(next.as_str().trim_matches(|c: char| !c.is_alphanumeric()));
        if NOT_SYNDICATION_AFTER.contains(&w.as_str()) {
            return None;
        }
    }
    let src = c.name("src").expect("group");
    let mut span = trim_punct(h, Span::new(base + src.start(), base + src.end()));
    let text = &h[span.range()];
    let agency_of = |s: Span| -> Option<Agency> { Agency::lookup(&h[s.range()]) };
    let mut agency = agency_of(span);
    if agency.is_none()
        && let Some(rest) = text.strip_prefix("the ").or(text.strip_prefix("The "))
    {
        let s2 = Span::new(span.end - rest.len(), span.end);
        if let Some(a) = agency_of(s2) {
            agency = Some(a);
            span = s2;
        }
    }
    let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
    p.agencies.push(Outlet {
        name: Snippet::at(h, span),
        agency,
    });
    Some(p)
}

/// `This report contains material from Reuters.`, `This article was produced by Kaiser Health
/// News, which …`: the story names the wires or syndicators it carries.
pub(super) static MATERIAL_FROM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?i:this|the)\s+(?i:article|story|report|piece|content)\s+(?:(?i:contains|includes|uses|carries|incorporates)\s+(?i:material|reporting|information|content|elements)\s+(?i:from|by)|(?i:was|has\s+been)\s+(?i:produced|provided|supplied|written|prepared)\s+(?i:by))\s+(?P<src>[^,;]{1,120}?)(?:,\s+(?i:which|a|an|the)\b.*)?[\s.]*$",
    )
    .expect("material-from regex")
});

pub(super) fn material_from<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    // The pattern opens with `this` or `the` (`t` folds to no other letter): a segment that
    // does not is refused before its captures are made.
    if !matches!(body.as_bytes().first(), Some(b't' | b'T')) {
        return None;
    }
    let c = MATERIAL_FROM.captures(body)?;
    let m = c.name("src")?;
    let span = Span::new(seg.body.start + m.start(), seg.body.start + m.end());
    let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
    for item in split_list(h, span, true) {
        if is_generic(&h[item.range()]) {
            continue;
        }
        // Only the registry's wires and syndicators: `material from the minister` is a
        // sentence of the story.
        push_agency(&mut p.agencies, whole_agency(h, item, false)?);
    }
    (!p.agencies.is_empty()).then_some(p)
}

pub(super) static DISTRIBUTED: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?i:distributed\s+by)\s+(?P<o>.{2,80}?)[\s.]*$").unwrap());

pub(super) fn distributed_by<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    DISTRIBUTED.captures(body)?;
    let agencies = registry_mentions(h, seg.body);
    if agencies.is_empty() {
        return None;
    }
    let mut p = CreditPart::new(CreditKind::Syndication, h, seg.outer);
    p.agencies = agencies;
    Some(p)
}

/// `span` without surrounding whitespace and punctuation other than a closing full stop of an
/// abbreviation.
pub(super) fn trim_punct(h: &str, span: Span) -> Span {
    let s = &h[span.range()];
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
    let start = span.start + (s.len() - t.len());
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
    let mut end = start + t.len();
    if h[start..end].ends_with('.') && !keeps_full_stop(&h[start..end]) {
        end -= 1;
    }
    Span::new(start, end)
}

/// Whether a name ending in `.` keeps the stop: an initial, a suffix or a place abbreviation
/// (`Jr.`, `Penn.`, `Tallahassee, Fla.`, `S.A.`).
pub(super) fn keeps_full_stop(s: &str) -> bool {
    let last = s.rsplit([' ', ',']).next().unwrap_or(s);
    let l = lower(last);
    PLACES.contains(l.as_str())
        || ["jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "st."].contains(&l.as_str())
        || {
            let core = last.trim_end_matches('.');
            core.chars().count() <= 1 || core.contains('.')
        }
}

// ---------------------------------------------------------------------------------------------
// Inputs

/// The wire-input notes, as one pattern: the specification of [`INPUT_FORMS`], which the tests
/// hold to it.
#[cfg(test)]
pub(super) static INPUTS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        ^(?:
            (?i:(?:written|compiled|prepared|put\s+together)\s+)?(?i:with\s+(?:additional\s+|more\s+|some\s+)?(?:inputs?|files)\s+(?:from|by|of))\s*:?\s+(?P<l1>.+?)
          | (?i:with)\s+(?P<l2>.{1,80}?)\s+(?i:inputs?)
          | (?i:inputs?)\s*(?:(?i:from|by)\s+|[:\-–—]\s*)(?P<l3>.+?)
          | (?i:with\s+inputs?)
          | (?i:with)\s+(?P<l6>\p{Lu}[\p{L}\p{N}&.\-]*(?:\s+\p{Lu}[\p{L}\p{N}&.\-]*){0,3})
          | (?i:sources?)\s*:\s*(?P<l5>.{1,120}?)
          | (?i:(?:material|information|reporting|content)\s+from)\s+(?P<l4>.{1,120}?)\s+(?i:(?:was|were|has\s+been|have\s+been)\s+used\s+in\s+(?:this|the)\s+(?:report|story|article))
        )[\s.]*$",
    )
    .unwrap()
});

/// [`INPUTS`]'s alternatives in its order, with the bound of a lazy bounded run among them
/// (`.{1,80}?`), which is written unbounded (`.+?`) here: eighty and twice a hundred and twenty
/// copies of `.` made the single pattern costly to build.
///
/// A lazy run takes the shortest length the rest of its alternative allows, so the bounded
/// alternative matches exactly when the unbounded one does within the bound, and with the same
/// captures. The alternatives before the one that matches fail with the bounds as without
/// them; only when a match breaks its bound do the alternatives after it get their turn.
const INPUT_FORMS: [(&str, Option<(&str, usize)>); 7] = [
    (
        r"(?i:(?:written|compiled|prepared|put\s+together)\s+)?(?i:with\s+(?:additional\s+|more\s+|some\s+)?(?:inputs?|files)\s+(?:from|by|of))\s*:?\s+(?P<l1>.+?)",
        None,
    ),
    (r"(?i:with)\s+(?P<l2>.+?)\s+(?i:inputs?)", Some(("l2", 80))),
    (
        r"(?i:inputs?)\s*(?:(?i:from|by)\s+|[:\-–—]\s*)(?P<l3>.+?)",
        None,
    ),
    (r"(?i:with\s+inputs?)", None),
    (
        r"(?i:with)\s+(?P<l6>\p{Lu}[\p{L}\p{N}&.\-]*(?:\s+\p{Lu}[\p{L}\p{N}&.\-]*){0,3})",
        None,
    ),
    (r"(?i:sources?)\s*:\s*(?P<l5>.+?)", Some(("l5", 120))),
    (
        r"(?i:(?:material|information|reporting|content)\s+from)\s+(?P<l4>.+?)\s+(?i:(?:was|were|has\s+been|have\s+been)\s+used\s+in\s+(?:this|the)\s+(?:report|story|article))",
        Some(("l4", 120)),
    ),
];

/// The forms of [`INPUT_FORMS`] from the `from`-th on as one pattern, each in a group `f{k}`.
fn input_pattern(from: usize) -> Regex {
    let forms: Vec<String> = INPUT_FORMS
        .iter()
        .enumerate()
        .skip(from)
        .map(|(k, (form, _))| format!("(?P<{}>{form})", FORM_GROUPS[k]))
        .collect();
    Regex::new(&format!("(?x)^(?:{})[\\s.]*$", forms.join("|"))).expect("the input forms")
}

/// The group of each form in [`input_pattern`].
const FORM_GROUPS: [&str; 7] = ["f0", "f1", "f2", "f3", "f4", "f5", "f6"];

/// What [`INPUTS`] captures in `body`, read with [`INPUT_FORMS`].
pub(super) fn input_captures(body: &str) -> Option<regex::Captures<'_>> {
    static FROM: [OnceCell<Regex>; 7] = [const { OnceCell::new() }; 7];
    let mut from = 0;
    while from < INPUT_FORMS.len() {
        let c = FROM[from]
            .get_or_init(|| input_pattern(from))
            .captures(body)?;
        let k = (from..INPUT_FORMS.len()).find(|&k| c.name(FORM_GROUPS[k]).is_some())?;
        match INPUT_FORMS[k].1 {
            Some((group, max)) if c.name(group)?.as_str().chars().count() > max => from = k + 1,
            _ => return Some(c),
        }
    }
    None
}

pub(super) fn inputs<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = input_captures(body)?;
    let mut p = CreditPart::new(CreditKind::Inputs, h, seg.outer);
    if let Some(m) = c.name("l6") {
        // `With AAP`, `With NCA NewsWire`: only the registry's wires and syndicators.
        let span = Span::new(seg.body.start + m.start(), seg.body.start + m.end());
        for item in split_list(h, span, true) {
            push_agency(&mut p.agencies, whole_agency(h, item, false)?);
        }
        return Some(p);
    }
    let list = c
        .name("l1")
        .or(c.name("l2"))
        .or(c.name("l3"))
        .or(c.name("l4"))
        .or(c.name("l5"));
    if let Some(m) = c.name("l5") {
        // `Source: Al Jazeera and news agencies`: only when an agency is named.
        let span = Span::new(seg.body.start + m.start(), seg.body.start + m.end());
        let named = split_list(h, span, true)
            .iter()
            .any(|s| is_generic(&h[s.range()]) || whole_agency(h, *s, false).is_some());
        if !named {
            return None;
        }
    }
    if let Some(m) = list {
        if m.len() > 160 {
            return None;
        }
        let span = Span::new(seg.body.start + m.start(), seg.body.start + m.end());
        for item in split_list(h, span, true) {
            let t = &h[item.range()];
            if is_generic(t) {
                continue;
            }
            if let Some(o) = whole_agency(h, item, true) {
                push_agency(&mut p.agencies, o);
                continue;
            }
            if !t.split_whitespace().all(starts_upper_or_connector) {
                return None;
            }
            push_agency(
                &mut p.agencies,
                Outlet {
                    name: Snippet::at(h, item),
                    agency: None,
                },
            );
        }
    }
    Some(p)
}

pub(super) fn starts_upper_or_connector(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || ["of", "the", "de", "for", "and"].contains(&w)
}

/// The registry agency that `span` names as a whole (`the` allowed in front).
pub(super) fn whole_agency(h: &str, span: Span, allow_ambiguous: bool) -> Option<Outlet<'_>> {
    let mut span = span;
    let t = &h[span.range()];
    if let Some(rest) = t.strip_prefix("the ").or(t.strip_prefix("The "))
        && Agency::lookup(rest).is_some()
    {
        span = Span::new(span.end - rest.len(), span.end);
    }
    let t = &h[span.range()];
    let a = Agency::lookup(t)?;
    if !allow_ambiguous {
        let m = agency::find_iter(t).next();
        if m.is_some_and(|m| m.ambiguous && m.name.span().len() == t.len()) {
            return None;
        }
    }
    Some(Outlet {
        name: Snippet::at(h, span),
        agency: Some(a),
    })
}

// ---------------------------------------------------------------------------------------------
// Footers: `(Reporting by …; Editing by …)`, `Additional reporting by …`, `Compiled by …`

pub(super) static LIST_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\s+(?:from|with|based\s+on|using)\s+(?:the\s+)?(?:agency|agencies|wire|wires|news|staff|reports?|inputs?)\b.*$|\s*\(\(.*$|\s*[\w.+-]+@[\w.-]+.*$").unwrap()
});

pub(super) fn footer<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let base = seg.body.start;
    let lex = &*ROLES;
    let mut starts: Vec<(Span, Role, CreditKind)> = Vec::new();
    for m in lex.automaton.find_iter(body) {
        let span = Span::new(base + m.start(), base + m.end());
        if !agency::is_word_boundary(h, span) {
            continue;
        }
        let before = body[..m.start()].trim_end();
        let clause_start = before.is_empty()
            || before.ends_with([';', ',', '.', ':', '|'])
            || before.ends_with(" and")
            || before.ends_with(')');
        if !clause_start {
            continue;
        }
        if starts.is_empty() && !before.is_empty() {
            return None;
        }
        let (role, kind) = lex.entries[m.pattern().as_usize()];
        starts.push((span, role, kind));
    }
    if starts.is_empty() {
        return None;
    }
    let kind = if starts.iter().any(|s| s.2 == CreditKind::ReportingFooter) {
        CreditKind::ReportingFooter
    } else {
        CreditKind::Contributors
    };
    let mut p = CreditPart::new(kind, h, seg.outer);
    for (k, &(phrase, role, _)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(seg.body.end, |s| s.0.start);
        let mut list = Span::new(phrase.end, end);
        // `Edited by : Name`
        let t = &h[list.range()];
        let t2 = t.trim_start().trim_start_matches(':');
        list = Span::new(list.end - t2.len(), list.end);
        if let Some(m) = LIST_TAIL.find(&h[list.range()]) {
            list = Span::new(list.start, list.start + m.start());
        }
        let list = trim_list_end(h, list);
        if list.is_empty() {
            continue;
        }
        match parse_people(h, list, role, &mut p.agencies) {
            Some(people) => p.contributors.extend(people),
            None if k == 0 => return None,
            None => {}
        }
    }
    (!p.contributors.is_empty() || !p.agencies.is_empty()).then_some(p)
}

/// Trims `; , . and` and whitespace from the end of a list (keeping an abbreviation's stop).
pub(super) fn trim_list_end(h: &str, span: Span) -> Span {
    let mut span = trim_punct(h, span.trim(h));
    loop {
        let t = &h[span.range()];
        let t2 = t
            .trim_end_matches(|c: char| c.is_whitespace() || ";,".contains(c))
            .trim_end();
        let t3 = t2.strip_suffix(" and").unwrap_or(t2);
        if t3.len() == t.len() {
            break;
        }
        span = trim_punct(h, Span::new(span.start, span.start + t3.len()));
    }
    span
}

// ---------------------------------------------------------------------------------------------
// Contributor lines

pub(super) static TRANSLATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i:\b(?:re-?written|translated|rendered)\s+(?:in|into)\s+English\s+by)\s+(?P<list>[^.;()]+?)\s*(?:[.;)]|$)")
        .unwrap()
});

/// `… has been rewritten in English by A.`, `Translated into English by A and B`.
pub(super) fn translated<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = TRANSLATED.captures(body)?;
    let list = c.name("list").expect("group");
    let list = Span::new(seg.body.start + list.start(), seg.body.start + list.end());
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    p.contributors = parse_people(h, list, Role::Writing, &mut p.agencies)?;
    (!p.contributors.is_empty()).then_some(p)
}

pub(super) static CONTRIBUTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<list>.+?)\s+(?i:(?:also|all|each|both)\s+)?(?i:contributed)\b(?P<tail>.*)$")
        .unwrap()
});

pub(super) static CONTRIBUTED_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?P<what>\s+(?P<res>(?i:additional\s+)?(?i:research))|\s+(?i:additional\s+)?(?i:reporting)|\s+(?i:to)\s+(?i:this|the|that|our|these)\s+(?:\w+\s+){0,2}?(?i:report|reports|story|stories|article|articles|piece|post|coverage|dispatch|analysis|update|column|blog|feature|roundup|reporting))?(?:\s+(?i:from)\s+(?P<loc>\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*)*))?(?P<rest>.*)$",
    )
    .unwrap()
});

pub(super) fn contributed<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    let mut any = false;
    for clause in split_on(h, seg.body, ';') {
        match contributed_clause(h, clause, &mut p) {
            Some(()) => any = true,
            None if any => {}
            None => return None,
        }
    }
    any.then_some(p)
}

/// One clause of a contributor line: `A and B contributed reporting from X, and C from Y`.
pub(super) fn contributed_clause<'h>(
    h: &'h str,
    clause: Span,
    p: &mut CreditPart<'h>,
) -> Option<()> {
    let body = &h[clause.range()];
    let base = clause.start;
    let c = CONTRIBUTED.captures(body)?;
    let tail = c.name("tail").expect("group");
    let t = CONTRIBUTED_TAIL.captures(tail.as_str())?;
    let rest_m = t.name("rest");
    let rest = rest_m.map_or("", |m| m.as_str()).trim();
    if t.name("what").is_none() && !(rest.is_empty() || rest == ".") {
        return None;
    }
    // `…, and B from Y`: more names, each with a place.
    let mut more: Vec<(Span, Span)> = Vec::new();
    if t.name("loc").is_some()
        && let Some(r) = rest_m
    {
        let at = base + tail.start() + r.start();
        let rest_span = Span::new(at, at + r.len());
        let text = &h[rest_span.range()];
        let mut pos = 0;
        let mut pending: Option<Span> = None;
        for m in AND_FROM.captures_iter(text) {
            let whole = m.get(0).expect("match");
            if whole.start() != pos && pending.is_none() {
                break;
            }
            if let Some(n) = pending.take() {
                more.push((
                    n,
                    Span::new(rest_span.start + pos, rest_span.start + whole.start()),
                ));
            }
            let n = m.name("n").expect("group");
            pending = Some(Span::new(
                rest_span.start + n.start(),
                rest_span.start + n.end(),
            ));
            pos = whole.end();
        }
        if let Some(n) = pending {
            let end = text[pos..]
                .find(['.', ';'])
                .filter(|&i| !keeps_full_stop(&text[pos..pos + i + 1]))
                .map_or(text.len(), |i| pos + i);
            more.push((n, Span::new(rest_span.start + pos, rest_span.start + end)));
        }
    }
    let role = if t.name("res").is_some() {
        Role::Research
    } else {
        Role::Contributed
    };
    let list = c.name("list").expect("group");
    if list.len() > 600 {
        return None;
    }
    let list = Span::new(base + list.start(), base + list.end());
    let mut agencies = Vec::new();
    let mut people = parse_people(h, list, role, &mut agencies)?;
    if let Some(loc) = t.name("loc") {
        let at = base + tail.start();
        let l = trim_punct(h, Span::new(at + loc.start(), at + loc.end()));
        for person in people.iter_mut().filter(|x| x.location.is_none()) {
            person.location = Some(Snippet::at(h, l));
        }
    }
    if people.is_empty() && agencies.is_empty() && !is_generic_list(h, list) {
        return None;
    }
    for (n, loc) in more {
        let loc = trim_punct(h, loc);
        if let Some(name) = person_name(h, n)
            && !loc.is_empty()
        {
            people.push(Contributor {
                name: Snippet::at(h, name),
                role,
                location: Some(Snippet::at(h, loc)),
                affiliation: None,
            });
        }
    }
    p.contributors.extend(people);
    for a in agencies {
        push_agency(&mut p.agencies, a);
    }
    Some(())
}

pub(super) fn is_generic_list(h: &str, span: Span) -> bool {
    split_list(h, span, false)
        .iter()
        .all(|s| is_generic(&h[s.range()]))
}

pub(super) static REPORTED_FROM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<list>.+?)\s+(?P<verb>(?i:reported|wrote|reports|writes|filed|reporting))\s+(?i:from)\s+(?P<rest>\p{Lu}.*?)\s*$").unwrap()
});
/// `B from Y` after a clause with its verb.
pub(super) static GAPPED_FROM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*(?P<list>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?i:from)\s+(?P<rest>\p{Lu}.*?)\s*$").unwrap()
});
pub(super) static AND_FROM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r",?\s+(?i:and)\s+(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:(?i:reported|wrote)\s+)?(?i:from)\s+").unwrap()
});

/// `Lemire reported from Washington.`, `A reported from X, and B from Y.`, `B wrote from Atlanta`.
pub(super) fn reported_from<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    let mut any = false;
    let mut role = Role::Reporting;
    for clause in split_on(h, seg.body, ';') {
        let text = &h[clause.range()];
        // After a clause with its verb, the next may leave it out (`A reported from X; B from
        // Y`).
        let Some(c) = REPORTED_FROM
            .captures(text)
            .or_else(|| any.then(|| GAPPED_FROM.captures(text)).flatten())
        else {
            if any {
                continue;
            }
            return None;
        };
        if let Some(verb) = c.name("verb") {
            role = match lower(verb.as_str()).as_str() {
                "wrote" | "writes" => Role::Writing,
                _ => Role::Reporting,
            };
        }
        let list = c.name("list").expect("group");
        let list = Span::new(clause.start + list.start(), clause.start + list.end());
        let rest = c.name("rest").expect("group");
        let rest = Span::new(clause.start + rest.start(), clause.start + rest.end());
        // Locations, and further `and B from Y` pairs.
        let mut groups: Vec<(Span, Span)> = Vec::new();
        let mut names = list;
        let mut loc_start = rest.start;
        for m in AND_FROM.captures_iter(&h[rest.range()]) {
            let whole = m.get(0).expect("match");
            let n = m.name("n").expect("group");
            groups.push((names, Span::new(loc_start, rest.start + whole.start())));
            names = Span::new(rest.start + n.start(), rest.start + n.end());
            loc_start = rest.start + whole.end();
        }
        groups.push((names, Span::new(loc_start, rest.end)));
        for (names, loc) in groups {
            let loc = trim_punct(h, loc);
            let lt = &h[loc.range()];
            if lt.is_empty()
                || lt.len() > 60
                || !lt
                    .split([' ', ',', '/'])
                    .filter(|w| !w.is_empty())
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                return None;
            }
            let mut agencies = Vec::new();
            let people = parse_people(h, names, role, &mut agencies)?;
            if !agencies.is_empty() || people.is_empty() {
                return None;
            }
            for mut person in people {
                if person.location.is_none() {
                    person.location = Some(Snippet::at(h, loc));
                }
                p.contributors.push(person);
            }
        }
        any = true;
    }
    any.then_some(p)
}

pub(super) fn split_on(h: &str, span: Span, sep: char) -> Vec<Span> {
    let text = &h[span.range()];
    let mut out = Vec::new();
    let mut last = 0;
    for (i, c) in text.char_indices() {
        if c == sep {
            out.push(Span::new(span.start + last, span.start + i).trim(h));
            last = i + c.len_utf8();
        }
    }
    out.push(Span::new(span.start + last, span.end).trim(h));
    out.retain(|s| !s.is_empty());
    out
}

pub(super) static CONTRIBUTING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(?:also\s+)?contributing(?:\s+(?:writers?|reporters?|editors?))?|contributors?|contributions\s+by)\s*:\s*(?P<list>.+?)[\s.]*$").unwrap()
});

/// `Contributing: A, USA TODAY; B and C, The Journal News`.
pub(super) fn contributing<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = CONTRIBUTING.captures(body)?;
    let list = c.name("list").expect("group");
    let list = Span::new(seg.body.start + list.start(), seg.body.start + list.end());
    let mut p = CreditPart::new(CreditKind::Contributors, h, seg.outer);
    for entry in split_on(h, list, ';') {
        let text = &h[entry.range()];
        // `Name, Affiliation`: the part after the last comma names an outlet.
        if text.len() > 300 {
            return None;
        }
        let mut depth = Depth::default();
        let split = text.match_indices(", ").map(|(i, _)| i).find(|&i| {
            depth.at(text, i) == 0 && (is_org_like(&text[i + 2..]) || has_caps_word(&text[i + 2..]))
        });
        let (names, aff) = match split {
            Some(i) => (
                Span::new(entry.start, entry.start + i),
                Some(outlet_at(h, Span::new(entry.start + i + 2, entry.end))),
            ),
            None => (entry, None),
        };
        let mut people = parse_people(h, names, Role::Contributed, &mut p.agencies)?;
        for person in &mut people {
            if person.affiliation.is_none() {
                person.affiliation = aff;
            }
        }
        p.contributors.extend(people);
    }
    (!p.contributors.is_empty()).then_some(p)
}

pub(super) fn has_caps_word(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

// ---------------------------------------------------------------------------------------------
// Copyright

pub(super) static COPYRIGHT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:(?:\((?i:c)\)|©|(?i:copyright)\b|\((?i:copyright)\))[\s,:]*)+
            (?:(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?[\s,.:]*)?
            (?:(?:\((?i:c)\)|©)[\s,]*)?
            (?P<h1>.*)
          | (?:19|20)\d{2},?\s+(?P<h2>.+?)[.,]?\s+(?i:all\s+rights\s+reserved).*
        )$",
    )
    .unwrap()
});
pub(super) static HOLDER_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\s*(?:\||;|[.,]?\s*all\s+rights\s+reserved|[.,]?\s*distributed\s+by|\.\s+\p{Lu}).*$",
    )
    .unwrap()
});
pub(super) static TRAILING_YEAR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[\s,]*(?:19|20)\d{2}$").unwrap());

pub(super) fn copyright<'h>(h: &'h str, seg: &Seg) -> Option<CreditPart<'h>> {
    let body = &h[seg.body.range()];
    let c = COPYRIGHT.captures(body)?;
    let holder = c.name("h1").or(c.name("h2")).expect("a holder group");
    let mut hs = Span::new(
        seg.body.start + holder.start(),
        seg.body.start + holder.end(),
    );
    if let Some(m) = HOLDER_END.find(&h[hs.range()]) {
        hs = Span::new(hs.start, hs.start + m.start());
    }
    if let Some(m) = TRAILING_YEAR.find(&h[hs.range()]) {
        hs = Span::new(hs.start, hs.start + m.start());
    }
    let hs = trim_punct(h, hs.trim(h));
    let mut p = CreditPart::new(CreditKind::Copyright, h, seg.outer);
    for o in registry_mentions(h, seg.body) {
        push_agency(&mut p.agencies, o);
    }
    if !hs.is_empty() {
        p.outlet = Some(Snippet::at(h, hs));
        let holder = &h[hs.range()];
        if p.agencies.is_empty() && (is_org_like(holder) || !holder.contains(char::is_whitespace)) {
            p.agencies.push(Outlet {
                name: Snippet::at(h, hs),
                agency: None,
            });
        }
    }
    Some(p)
}

// ---------------------------------------------------------------------------------------------
// Sign-offs

/// IANS-style desk codes: `ksk/vd`, `arm/sdg/ash`.
pub(super) static DESK_CODES: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[a-z]{2,4}(?:/[a-z]{2,4})+$").unwrap());

pub(super) static ACRONYM_IN_PARENS_AT_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[^\p{L}]*\((?P<a>[^()]{2,40})\)\.?$").unwrap());

/// `— AFP`, `-- Reuters`, `(PTI)`, `--IANS`, `TNN`, `REUTER`, `PTI SUN DP KPS`, `SUN DP KPS SDG`.
pub(super) fn signoff<'h>(h: &'h str, seg: &Seg, weak: bool) -> Option<CreditPart<'h>> {
    let mut body = seg.body;
    if !seg.paren && h[body.range()].contains('(') {
        // `2019-06-11-09:42:37 (IANS)`: a time stamp and the agency.
        if let Some(c) = ACRONYM_IN_PARENS_AT_END.captures(&h[body.range()]) {
            let a = c.name("a").expect("group");
            body = Span::new(body.start + a.start(), body.start + a.end());
        }
    }
    let text =
        h[body.range()].trim_end_matches(|c: char| c == '.' || c.is_whitespace() || c.is_control());
    let text = text.strip_suffix("&#3;").unwrap_or(text).trim_end();
    let body = Span::new(body.start, body.start + text.len());
    if text.is_empty() || text.len() > 60 {
        return None;
    }
    let mut p = CreditPart::new(CreditKind::Signoff, h, seg.outer);
    // The whole body is one agency (`AFP Relaxnews`, `Press Trust of India`).
    if let Some(o) = whole_agency(h, body, seg.paren) {
        p.agencies.push(o);
        return Some(p);
    }
    if text.chars().next().is_some_and(char::is_uppercase) && is_generic(text) {
        return Some(p);
    }
    // Several agencies: `AFP/Reuters`, `Reuters, AP`; `Staff and agencies`. (Without a
    // separator the list is one item, and no more than one is needed below.)
    let separated = text.contains([',', ';', '/', '&'])
        || text
            .as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"and"));
    let items = if separated {
        split_list(h, body, true)
    } else {
        Vec::new()
    };
    if items.len() > 1
        && text.chars().next().is_some_and(char::is_uppercase)
        && items.iter().all(|s| is_generic(&h[s.range()]))
    {
        return Some(p);
    }
    if items.len() > 1 {
        let all: Option<Vec<Outlet<'h>>> = items
            .iter()
            .map(|s| {
                whole_agency(h, *s, seg.paren).or_else(|| {
                    (weak && is_acronym(&h[s.range()])).then(|| Outlet {
                        name: Snippet::at(h, *s),
                        agency: None,
                    })
                })
            })
            .collect();
        if let Some(all) = all {
            p.agencies = all;
            return Some(p);
        }
    }
    // An agency and desk initials, or the initials alone.
    let ws = words(h, body);
    if ws.len() >= 2
        && ws[1..].iter().all(|w| {
            let code = &h[w.range()];
            code.contains('/') && DESK_CODES.is_match(code)
        })
        && let Some(o) = whole_agency(h, ws[0], false)
    {
        p.agencies.push(o);
        for w in &ws[1..] {
            let mut at = w.start;
            for code in h[w.range()].split('/') {
                p.desk.push(Snippet::at(h, Span::new(at, at + code.len())));
                at += code.len() + 1;
            }
        }
        return Some(p);
    }
    let initials = |w: &Span| {
        let t = &h[w.range()];
        (2..=4).contains(&t.len())
            && t.chars().all(|c| c.is_ascii_uppercase())
            && !SOURCES.not_outlet.contains(t)
    };
    if ws.len() >= 2 && ws[1..].iter().all(initials) {
        if let Some(o) = whole_agency(h, ws[0], false) {
            p.agencies.push(o);
            p.desk = ws[1..].iter().map(|w| Snippet::at(h, *w)).collect();
            return Some(p);
        }
        // Alone, desk codes are mostly consonant clusters (`SUN DP KPS SDG`), not words
        // (`HEAD TO HEAD`).
        let vowel_free = ws
            .iter()
            .filter(|w| !h[w.range()].contains(['A', 'E', 'I', 'O', 'U']))
            .count();
        if weak
            && ws.len() >= 3
            && initials(&ws[0])
            && ws.iter().all(initials)
            && 2 * vowel_free > ws.len()
        {
            p.desk = ws.iter().map(|w| Snippet::at(h, *w)).collect();
            p.weak = true;
            return Some(p);
        }
    }
    // An outlet the registry does not know, written as an acronym: `TNN`, `(DIPRO)`.
    if weak && ws.len() == 1 && is_acronym(text) {
        p.agencies.push(Outlet {
            name: Snippet::at(h, body),
            agency: None,
        });
        p.weak = true;
        return Some(p);
    }
    None
}
