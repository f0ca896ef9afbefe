//! The pattern file's examples, run through the real tokenizer and gate, and the loader's
//! typed errors.

use super::*;

/// Runs `f` on a finder over `text` (as [`attribute_in`] builds one).
fn with_finder<R>(text: &str, f: impl FnOnce(&Finder<'_, '_>) -> R) -> R {
    let body: Vec<Paragraph<'_>> = crate::text::paragraphs(text).collect();
    let quotations = crate::quote::quotations(text);
    let mut store = Vec::new();
    let metas = units(text, &body, &quotations, &mut store);
    let units: Vec<Unit<'_>> = metas.into_iter().map(|m| m.view(&store)).collect();
    let units = Units::whole(&units);
    let finder = Finder::new(text, &quotations, &units, None);
    f(&finder)
}

/// The example without its braces, and the byte offset of the cue word in it.
fn cue_offset(example: &str) -> Option<(String, usize)> {
    let open = example.find('{')?;
    let close = example.find('}')?;
    (open < close).then(|| {
        let text = format!(
            "{}{}{}",
            &example[..open],
            &example[open + 1..close],
            &example[close + 1..]
        );
        (text, open)
    })
}

/// What an example says of its rule: `Ok(true)` when the rule fires at the cue, `Ok(false)`
/// when it does not match there, `Err` when the example has no cue in braces.
fn fires(section: &Section, k: usize, example: &str) -> Result<(bool, bool), String> {
    let (text, at) = cue_offset(example).ok_or("no {cue}")?;
    with_finder(&text, |f| {
        let (u, i) = (0..f.units.len())
            .find_map(|u| {
                let t = f.units[u].toks;
                t.iter().position(|x| x.span.start == at).map(|i| (u, i))
            })
            .ok_or("the cue in braces is no token")?;
        // A reporting noun of the [nominal] section need not be a cue.
        let cue = match (f.units[u].toks[i].cue, section.gate) {
            (Some(cue), _) => cue,
            (None, Gate::Nominal) => Cue::new(CueClass::Speech, Form::Base, Constraint::Plain),
            (None, _) => return Err("the word in braces is no cue".into()),
        };
        let at = match section.gate {
            Gate::Verb | Gate::VerbStart | Gate::Nominal | Gate::PossessedNoun => {
                At::new(u, i, cue, GroupFacts::default())
            }
            Gate::VerbGroup => f.verb_group_at(u, i, cue).1,
        };
        // Reached: the verb-group gates are asked only when no [verb] rule fired, the
        // possessed noun's when a [verb] rule handed the cue to it.
        let verb = || f.first_rule(Gate::Verb, At::new(u, i, cue, GroupFacts::default()));
        let reached = match section.gate {
            Gate::Verb | Gate::Nominal => true,
            Gate::PossessedNoun => verb().is_some_and(|m| m.action == Action::PossessedNoun),
            Gate::VerbStart | Gate::VerbGroup => verb().is_none(),
        };
        let first = f.first_rule(section.gate, at).map(|m| m.rule);
        let matches = f.rule_matches(&section.rules[k], at).is_some();
        Ok((reached && first == Some(k), matches))
    })
}

#[test]
fn the_bundled_file_loads() {
    let p = Patterns::parse(PATTERN_FILE).expect("patterns.txt compiles");
    assert!(p.section(Gate::Verb).is_some_and(|s| s.rules.len() > 10));
    assert!(p.section(Gate::VerbGroup).is_some());
}

#[test]
fn every_example_behaves_as_its_sign_says() {
    let mut wrong = Vec::new();
    let mut count = 0;
    for section in &PATTERNS.sections {
        for (k, rule) in section.rules.iter().enumerate() {
            assert!(
                rule.examples.iter().any(|e| e.0) && rule.examples.iter().any(|e| !e.0),
                "rule {} needs a + and a - example",
                rule.name
            );
            for &(sign, ex) in &rule.examples {
                count += 1;
                match fires(section, k, ex) {
                    Err(e) => wrong.push(format!("{} (line {}): {ex}: {e}", rule.name, rule.line)),
                    Ok((first, _)) if sign && !first => wrong.push(format!(
                        "{} (line {}): + does not fire: {ex}",
                        rule.name, rule.line
                    )),
                    Ok((_, matches)) if !sign && matches => wrong.push(format!(
                        "{} (line {}): - matches: {ex}",
                        rule.name, rule.line
                    )),
                    Ok(_) => {}
                }
            }
        }
    }
    assert!(count >= 40, "{count} examples");
    assert!(wrong.is_empty(), "examples:\n{}", wrong.join("\n"));
}

/// The error of loading `file`.
fn error_of(file: &'static str) -> PatternError {
    Patterns::parse(file).expect_err(file)
}

#[test]
fn loading_reports_a_typed_error() {
    let ok = "[verb]\nrule r -> reject\nmatch <AMOUNT> QUANTITY\n+ a {added} $1\n";
    assert!(Patterns::parse(ok).is_ok());
    let cases: [(&'static str, PatternErrorKind); 10] = [
        (
            "[nominal]\nrule r -> asked\nmatch <>\n+ x\n",
            PatternErrorKind::UnknownAction("Asked".into()),
        ),
        (
            "[verb]\nrule r -> reject\nmatch <AMOUNTS>\n+ x\n",
            PatternErrorKind::UnknownFlag("AMOUNTS".into()),
        ),
        (
            "[verb]\nrule r -> reject\nmatch @possessives <>\n+ x\n",
            PatternErrorKind::UnknownClass("possessives".into()),
        ),
        (
            "[verb]\nrule r -> shout\nmatch <>\n+ x\n",
            PatternErrorKind::UnknownAction("shout".into()),
        ),
        (
            "[nouns]\n",
            PatternErrorKind::UnknownSection("nouns".into()),
        ),
        (
            "[verb]\nrule r -> reject\nmatch <form=gerund>\n+ x\n",
            PatternErrorKind::UnknownTest("form=gerund".into()),
        ),
        (
            "[verb]\nrule r -> reject\nmatch [form=past] <>\n+ x\n",
            PatternErrorKind::CueTestOffAnchor("[form=past] <>".into()),
        ),
        (
            "[verb]\nrule r -> reject\nmatch <passive>\n+ x\n",
            PatternErrorKind::VerbGroupTest("<passive>".into()),
        ),
        (
            "[verb]\nrule r -> reject\nmatch that to\n+ x\n",
            PatternErrorKind::Anchor,
        ),
        (
            "[verb]\nrule r -> reject\nmatch <> _{1,9}\n+ x\n",
            PatternErrorKind::Repeat("1,9".into()),
        ),
    ];
    for (file, kind) in cases {
        let e = error_of(file);
        assert_eq!(e.kind, kind, "{file}");
        assert!(e.line >= 1, "{file}");
    }
    // A rule without a + example, and its line.
    let e = error_of("[verb]\nrule r -> reject\nmatch <>\n- x\n");
    assert_eq!(
        (e.line, e.kind),
        (2, PatternErrorKind::Incomplete("r".into()))
    );
}

/// A rule of its own over a sentence of its own: optional items, bounded repeats (nearest
/// first), negation at the sentence end, the start anchor.
#[test]
fn the_matcher_reads_repeats_negation_and_anchors() {
    let p = Patterns::parse(
        "[verb]\n\
         rule near -> quoted-as\n\
         match quoted=q _{0,3} as <form=ing>\n+ x\n\
         rule end -> reject\n\
         match <said> !as\n+ x\n\
         rule start -> asked\n\
         match ^ _? <said>\n+ x\n",
    )
    .expect("compiles");
    let s = p.section(Gate::Verb).expect("a verb section");
    let text = "Lee quoted Kim quoted the aide as saying so, Lee said";
    with_finder(text, |f| {
        let t = f.units[0].toks;
        let at = |w: &str| t.iter().position(|x| &text[x.span] == w).expect(w);
        let saying = at("saying");
        let cue = t[saying].cue.expect("a cue");
        let m = f.rule_matches(&s.rules[0], At::new(0, saying, cue, GroupFacts::default()));
        // The `quoted` nearer the cue is the capture.
        assert_eq!(m, Some(Some(3)));
        let said = t.len() - 1;
        let cue = t[said].cue.expect("a cue");
        let at_said = At::new(0, said, cue, GroupFacts::default());
        assert_eq!(f.rule_matches(&s.rules[1], at_said), Some(None));
        assert_eq!(f.rule_matches(&s.rules[2], at_said), None);
    });
    with_finder("Lee said so.", |f| {
        let cue = f.units[0].toks[1].cue.expect("a cue");
        let at = At::new(0, 1, cue, GroupFacts::default());
        assert_eq!(f.rule_matches(&s.rules[2], at), Some(None));
        assert_eq!(f.rule_matches(&s.rules[1], at), Some(None));
    });
}

/// The words a rule needs beside the cue, read for all rules at once, keep every rule whose
/// neighbour is one of its words in any letter case, and drop them all where there is no
/// neighbour or it is no word.
#[test]
fn the_neighbour_words_filter_keeps_every_rule_its_word_may_pass() {
    let mut checked = 0;
    for section in &PATTERNS.sections {
        for (side, near) in section.near.iter().enumerate() {
            let all = near.word_rules;
            assert_eq!(near.keep(all, None, ""), 0, "{:?}", section.gate);
            for (k, rule) in section.rules.iter().enumerate() {
                let words = if side == 0 {
                    &rule.prev_words
                } else {
                    &rule.next_words
                };
                let Some(words) = words else {
                    continue;
                };
                assert_ne!(all & 1 << k, 0, "{}", rule.name);
                for w in words {
                    let title = w[..1].to_ascii_uppercase() + &w[1..];
                    for form in [w.to_string(), w.to_ascii_uppercase(), title] {
                        let text = format!("Officials said {form} today, {form} again.");
                        with_finder(&text, |f| {
                            let toks = f.units[0].toks;
                            let x = toks.iter().find(|x| text[x.span.range()] == form);
                            let x = x.expect("the word is a token");
                            let kept = near.keep(all, Some(x), &text);
                            assert_ne!(kept & 1 << k, 0, "{} beside {form:?}", rule.name);
                            let comma = toks.iter().find(|x| x.punct(','));
                            assert_eq!(near.keep(all, comma, &text), 0, "{}", rule.name);
                        });
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 0);
}
