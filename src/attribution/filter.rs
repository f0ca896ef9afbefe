//! Attribution-level filters: what the readers found that is no attribution once the whole
//! draft is read (a relative word standing alone as content after a preposition), and what a
//! scope leaves out beyond its cue classes (a lone relative word as content in the speech
//! scope).

use super::*;
/// Whether `w` is a relative word that can stand alone as a cue's content (`which he denied`,
/// `what they call …`, `whom she named`).
fn relative(w: &str) -> bool {
    RELATIVE_OBJECTS.iter().any(|r| w.eq_ignore_ascii_case(r))
}

/// Whether the cue's verb group is negated ([`syntax::negation_word`]).
fn negated(cue: &str) -> bool {
    cue.split_whitespace().any(syntax::negation_word)
}

/// Whether draft `d` holds nothing an attribution could: its only content is a lone relative
/// pronoun after a preposition (`the debate over which he portrayed`, `the donors from whom …`:
/// the pronoun is the preposition's object, and what is reported, if anything, is the noun
/// before it). Asked while `d`'s unit still has its tokens; `false` when it has none.
pub(super) fn lone_relative_object(text: &str, units: &Units<'_>, d: &Draft<'_>) -> bool {
    let [c] = d.contents[..] else {
        return false;
    };
    // `what` after a preposition opens a free relative that may be the content whole
    // (`engaging in what experts described as …`): only the pronouns that a preposition
    // governs alone (`over which`, `from whom`).
    if !RELATIVE_PRONOUNS
        .iter()
        .any(|r| text[c].trim().eq_ignore_ascii_case(r))
    {
        return false;
    }
    let Some(unit) = units.get(d.unit) else {
        return false;
    };
    let t = &unit.toks;
    let a = t.partition_point(|x| x.span.start < c.start);
    // A preposition: the lexicon's, a stop word that is no conjunction, subordinator,
    // auxiliary or relative, or one that ends an object (`of`, `for`, `among`).
    let s = Sentence { text, toks: t };
    a > 0
        && a < t.len()
        && t[a - 1].word()
        && (t[a - 1].is(PREP | STOP) || complement::object_end(&s, a - 1))
        && !t[a - 1].is(CONN | SUB | AUX)
        && !relative(&text[t[a - 1].span])
}

/// What the speech scope makes of `a` whatever its cue class: a negated cue with indirect
/// content reports that nothing was said; a lone relative word is never its content (`what they call …`, `which the minister said …`, `what officials say is …`):
/// a count of who is quoted wants what was said, and the relative only points back at it. The
/// relative piece goes; `false` when nothing is left.
pub(super) fn speech_keeps(a: &mut Attribution<'_>) -> bool {
    // `did not specify how much …`, `wouldn't comment`, `can’t tell what …`: a negated cue
    // with no quotation in its content says that nothing was said.
    if a.kind == AttributionKind::Indirect && negated(a.cue.as_str()) {
        return false;
    }
    while let Some(k) = a.contents.iter().position(|c| relative(c.as_str().trim())) {
        a.contents.remove(k);
        if k < a.content_kinds.len() {
            a.content_kinds.remove(k);
        }
    }
    !a.contents.is_empty()
}

/// In the speech scope, indirect content runs on over a clause joined to it to the sentence's
/// end ([`complement::joined_clause_end`]), unless that stretch holds a cue, source or content
/// of any attribution found (`…, and the minister said …` is an attribution of its own).
pub(super) fn speech_contents<'h>(text: &'h str, all: &mut [Attribution<'h>]) {
    for i in 0..all.len() {
        for k in 0..all[i].contents.len() {
            if all[i].content_kinds.get(k) != Some(&AttributionKind::Indirect) {
                continue;
            }
            let c = all[i].contents[k];
            let Some(end) = complement::joined_clause_end(text, c.end()) else {
                continue;
            };
            let tail = Span::new(c.end(), end);
            let meets = |s: Span| s.start < tail.end && tail.start < s.end;
            let taken = all.iter().any(|o| {
                meets(o.cue.span())
                    || o.source.is_some_and(|s| meets(s.span()))
                    || o.contents.iter().any(|p| meets(p.span()))
            });
            if !taken {
                all[i].contents[k] = Snippet::at(text, Span::new(c.start(), end));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str, scope: Scope) -> Vec<String> {
        let mut found = attribute_text(text);
        found.retain_scope(text, scope);
        found
            .attributions()
            .iter()
            .flat_map(|a| a.contents().iter().map(|c| c.as_str().to_string()))
            .collect()
    }

    #[test]
    fn a_relative_after_a_preposition_is_no_content() {
        for text in [
            "The film revived the old quarrel over which the director had long complained.",
            "It was a ruling against which the union later protested.",
            "She named the donors from whom the senator said he took nothing.",
        ] {
            for scope in [Scope::All, Scope::Speech] {
                let got = contents(text, scope);
                assert!(
                    got.iter().all(|c| !relative(c.trim())),
                    "{text} ({scope:?}): {got:?}"
                );
            }
        }
    }

    #[test]
    fn a_negated_cue_reports_nothing_said_in_the_speech_scope() {
        for text in [
            "The minister did not specify how much the new inspectors would cost.",
            "The coach wouldn't say which players were injured.",
            "The mayor never said the levy would rise.",
        ] {
            assert!(!contents(text, Scope::All).is_empty(), "{text}");
            assert!(contents(text, Scope::Speech).is_empty(), "{text}");
        }
        // Quoted words were said, negation or not; an affirmative cue stays.
        for text in [
            "The mayor said the levy would rise.",
            "“We will not raise it,” the mayor did not hesitate to say.",
        ] {
            assert!(!contents(text, Scope::Speech).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_lone_relative_is_content_only_in_the_full_scope() {
        for (text, word) in [
            (
                "Aides booked what officials say is the largest hall in town.",
                "what",
            ),
            (
                "The mayor raised the levy, which the council had long opposed.",
                "which",
            ),
        ] {
            let all = contents(text, Scope::All);
            let speech = contents(text, Scope::Speech);
            assert!(all.iter().any(|c| c == word), "{text}: {all:?}");
            assert!(speech.iter().all(|c| c != word), "{text}: {speech:?}");
        }
    }
}
