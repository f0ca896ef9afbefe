//! `Parser::builder()` extra words: cue verbs, places and lexicon texts, each changing a parse
//! only for the parser that adds it, and every bad setting refused with its typed reason.
//! The sentences are written for these tests from the constructions (a reporting verb the
//! built-in lexicon lacks; a title-case place before a colon or a comma and a dash).

use copydesk::Parser;
use copydesk::article::{BuildError, Extra};
use copydesk::attribution::CueClass;

/// (cue text, class, source text) of every attribution.
fn attributions(p: &Parser, text: &str) -> Vec<(String, CueClass, Option<String>)> {
    p.parse(text)
        .attributions()
        .iter()
        .map(|a| {
            assert_eq!(&text[a.cue().span().range()], a.cue().as_str());
            (
                a.cue().as_str().to_owned(),
                a.cue_class(),
                a.source().map(|s| s.as_str().to_owned()),
            )
        })
        .collect()
}

fn dateline_place(p: &Parser, text: &str) -> Option<String> {
    p.parse(text)
        .dateline()
        .and_then(|d| d.location())
        .map(|l| l.as_str().to_owned())
}

#[test]
fn an_extra_cue_verb_is_read_in_every_derived_form() {
    let parser = Parser::builder()
        .cue("livestream", CueClass::Speech)
        .cue("radio", CueClass::Speech)
        .cue("fax", CueClass::Writing)
        .build()
        .unwrap();
    let plain = Parser::new();
    let cases = [
        (
            "The coach livestreams that the team will win.",
            "livestreams",
            CueClass::Speech,
        ),
        (
            "Officials radioed that the fire had spread to the ridge.",
            "radioed",
            CueClass::Speech,
        ),
        (
            "“The cargo is lost,” the captain faxed from the port.",
            "faxed",
            CueClass::Writing,
        ),
        (
            "The captain faxed that the cargo was lost.",
            "faxed",
            CueClass::Writing,
        ),
        (
            "The crew is radioing that the engine failed.",
            "is radioing",
            CueClass::Speech,
        ),
    ];
    for (text, cue, class) in cases {
        assert!(
            attributions(&plain, text).is_empty(),
            "no cue without the extra: {text}"
        );
        let found = attributions(&parser, text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1), (cue, class), "{text}");
        assert!(found[0].2.is_some(), "{text}: a source");
    }
}

#[test]
fn extra_cues_keep_their_class_under_scope() {
    use copydesk::attribution::Scope;
    let text = "Residents glimpsed that the dam had cracked.";
    let all = Parser::builder()
        .cue("glimpse", CueClass::Perception)
        .build()
        .unwrap();
    let speech = Parser::builder()
        .cue("glimpse", CueClass::Perception)
        .scope(Scope::Speech)
        .build()
        .unwrap();
    assert_eq!(attributions(&all, text).len(), 1);
    assert_eq!(attributions(&all, text)[0].1, CueClass::Perception);
    assert!(attributions(&speech, text).is_empty());
}

#[test]
fn an_extra_place_makes_a_dateline() {
    let parser = Parser::builder().place("Kelvedon  Hatch").build().unwrap();
    let plain = Parser::new();
    for text in [
        "Kelvedon Hatch: Police closed the old bunker road on Sunday after a landslip.",
        "Kelvedon Hatch, Essex — Police closed the road on Sunday after a landslip.",
        "KELVEDON HATCH: Police closed the old bunker road on Sunday after a landslip.",
    ] {
        let with = dateline_place(&parser, text);
        assert!(
            with.is_some_and(|p| p.to_lowercase().starts_with("kelvedon hatch")),
            "{text}"
        );
        if !text.starts_with("KELVEDON") {
            assert_eq!(dateline_place(&plain, text), None, "{text}");
        }
    }
}

#[test]
fn extras_belong_to_their_parser_only() {
    let text = "Officials radioed that the fire had spread to the ridge.";
    let extra = Parser::builder()
        .cue("radio", CueClass::Speech)
        .build()
        .unwrap();
    let plain = Parser::new();
    // Interleaved on one thread, and on another thread, each parser sees its own words.
    assert_eq!(attributions(&extra, text).len(), 1);
    assert!(attributions(&plain, text).is_empty());
    assert!(copydesk::parse(text).attributions().is_empty());
    assert_eq!(attributions(&extra, text).len(), 1);
    std::thread::scope(|s| {
        s.spawn(|| assert!(attributions(&plain, text).is_empty()));
        s.spawn(|| assert_eq!(attributions(&extra, text).len(), 1));
    });
}

#[test]
fn an_empty_builder_parses_as_the_default_parser() {
    let text = include_str!("../data/kcna-kursk.txt");
    let built = Parser::builder().lexicon("# nothing\n\n").build().unwrap();
    assert_eq!(
        format!("{:?}", built.parse(text)),
        format!("{:?}", Parser::new().parse(text))
    );
}

#[test]
fn a_lexicon_text_adds_cues_and_places() {
    let lexicon =
        "# desk words\ncue livestream speech\n  cue fax WRITING  \nplace Kelvedon Hatch\n";
    let p = Parser::builder().lexicon(lexicon).build().unwrap();
    assert_eq!(
        attributions(&p, "The captain faxed that the cargo was lost.")[0].1,
        CueClass::Writing
    );
    assert_eq!(
        dateline_place(
            &p,
            "Kelvedon Hatch: Police closed the old bunker road on Sunday after a landslip."
        ),
        Some("Kelvedon Hatch".into())
    );
    // `belief` names the thought class.
    let p = Parser::builder().lexicon("cue reckon belief").build();
    assert!(p.is_ok() || matches!(p, Err(BuildError::ListedCue { .. })));
}

#[test]
fn bad_settings_are_refused_with_their_reason() {
    let err = |b: copydesk::article::ParserBuilder| b.build().unwrap_err();
    let b = Parser::builder;
    assert_eq!(
        err(b().cue("", CueClass::Speech)),
        BuildError::Empty { what: Extra::Cue }
    );
    assert_eq!(
        err(b().place(" \t")),
        BuildError::Empty { what: Extra::Place }
    );
    assert_eq!(
        err(b().cue("live stream", CueClass::Speech)),
        BuildError::NotOneWord {
            word: "live stream".into()
        }
    );
    assert!(matches!(
        err(b().cue("fax!", CueClass::Speech)),
        BuildError::InvalidChar {
            what: Extra::Cue,
            ch: '!',
            ..
        }
    ));
    assert!(matches!(
        err(b().cue("4chan", CueClass::Speech)),
        BuildError::InvalidChar {
            what: Extra::Cue,
            ch: '4',
            ..
        }
    ));
    assert!(matches!(
        err(b().place("Kelvedon Hatch, Essex")),
        BuildError::InvalidChar {
            what: Extra::Place,
            ch: ',',
            ..
        }
    ));
    assert!(matches!(
        err(b().place("1234")),
        BuildError::InvalidChar {
            what: Extra::Place,
            ..
        }
    ));
    assert_eq!(
        err(b().cue("fax", CueClass::Stance)),
        BuildError::UnsupportedClass {
            word: "fax".into(),
            class: CueClass::Stance
        }
    );
    assert_eq!(
        err(b()
            .cue("fax", CueClass::Writing)
            .cue("FAX", CueClass::Speech)),
        BuildError::ConflictingCue {
            word: "fax".into(),
            first: CueClass::Writing,
            second: CueClass::Speech
        }
    );
    // The same word twice with one class is no conflict.
    assert!(
        b().cue("fax", CueClass::Writing)
            .cue("Fax", CueClass::Writing)
            .build()
            .is_ok()
    );
    // A built-in cue may be added with its own class (a no-op), not with another.
    assert!(b().cue("say", CueClass::Speech).build().is_ok());
    assert!(matches!(
        err(b().cue("say", CueClass::Perception)),
        BuildError::ListedCue {
            listed: CueClass::Speech,
            class: CueClass::Perception,
            ..
        }
    ));
    // Lexicon lines: unknown entry, unknown class, a bad word, each with its line.
    assert_eq!(
        err(b().lexicon("cue fax writing\nagent Smith")),
        BuildError::AtLine {
            line: 2,
            error: Box::new(BuildError::UnknownEntry {
                text: "agent Smith".into()
            })
        }
    );
    assert_eq!(
        err(b().lexicon("# c\ncue fax gossip")),
        BuildError::AtLine {
            line: 2,
            error: Box::new(BuildError::UnknownClass {
                word: "fax".into(),
                class: "gossip".into()
            })
        }
    );
    assert_eq!(
        err(b().lexicon("cue writing")),
        BuildError::AtLine {
            line: 1,
            error: Box::new(BuildError::Empty { what: Extra::Cue })
        }
    );
    assert_eq!(
        err(b().lexicon("place")),
        BuildError::AtLine {
            line: 1,
            error: Box::new(BuildError::Empty { what: Extra::Place })
        }
    );
    // Every reason reads as a sentence.
    assert_eq!(
        err(b().cue("live stream", CueClass::Speech)).to_string(),
        "the cue word \"live stream\" is more than one word"
    );
}

/// (authors, outlets) of the article's byline.
fn byline_of(p: &Parser, text: &str) -> Option<(Vec<String>, Vec<String>)> {
    let a = p.parse(text);
    let b = a.byline()?;
    Some((
        b.authors().iter().map(|x| x.as_str().to_owned()).collect(),
        b.outlets().iter().map(|x| x.as_str().to_owned()).collect(),
    ))
}

#[test]
fn an_extra_outlet_is_read_as_the_outlet_not_an_author() {
    let parser = Parser::builder()
        .outlet("The Kyiv Independent")
        .build()
        .unwrap();
    let plain = Parser::new();
    let body = "\n\nThe council met on Monday.";
    // (line, authors, misread without the extra): `The …` after a comma is read as an outlet
    // already.
    for (line, authors, misread) in [
        ("By Jane Doe, Kyiv Independent", vec!["Jane Doe"], true),
        ("By Jane Doe, The Kyiv Independent", vec!["Jane Doe"], false),
        (
            "By Jane Doe and John Roe, Kyiv Independent",
            vec!["Jane Doe", "John Roe"],
            true,
        ),
        ("By Jane Doe | Kyiv Independent", vec!["Jane Doe"], true),
    ] {
        let text = format!("{line}{body}");
        let (got_authors, outlets) = byline_of(&parser, &text).expect("a byline");
        assert_eq!(got_authors, authors, "{line}");
        assert_eq!(outlets.len(), 1, "{line}: {outlets:?}");
        assert!(
            outlets[0].ends_with("Kyiv Independent"),
            "{line}: {outlets:?}"
        );
        let (plain_authors, _) = byline_of(&plain, &text).expect("a byline");
        assert_eq!(
            plain_authors.iter().any(|a| a.contains("Kyiv")),
            misread,
            "{line}: {plain_authors:?}"
        );
    }
    // A lexicon line adds one too; a bad one is refused.
    let p = Parser::builder()
        .lexicon("outlet Kyiv Independent")
        .build()
        .unwrap();
    assert_eq!(
        byline_of(&p, &format!("By Jane Doe, Kyiv Independent{body}"))
            .unwrap()
            .0,
        ["Jane Doe"]
    );
    assert_eq!(
        Parser::builder().outlet(" ").build().unwrap_err(),
        BuildError::Empty {
            what: Extra::Outlet
        }
    );
    assert!(matches!(
        Parser::builder()
            .outlet("Kyiv; Independent")
            .build()
            .unwrap_err(),
        BuildError::InvalidChar {
            what: Extra::Outlet,
            ch: ';',
            ..
        }
    ));
}

/// A paragraph far longer than the window the attribution layer pre-reads long paragraphs in
/// (64 KB, without quotation marks), whose only cue is an extra one, is still read: the pre-read
/// sees the running parser's extra cue words as the whole reading does.
#[test]
fn a_long_paragraph_with_only_an_extra_cue_is_read() {
    let filler = "(((x))) 3.5, 2,400 co-op x.y ";
    let mut text = filler.repeat((200 << 10) / filler.len());
    text.push_str("Done. Officials telegraphed that the plan had failed.");
    assert!(copydesk::parse(&text).attributions().is_empty());
    let parser = copydesk::Parser::builder()
        .cue("telegraph", copydesk::attribution::CueClass::Writing)
        .build()
        .expect("an extra cue");
    let a = parser.parse(&text);
    let cues: Vec<&str> = a.attributions().iter().map(|x| x.cue().as_str()).collect();
    assert_eq!(cues, ["telegraphed"]);
}
