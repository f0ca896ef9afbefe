//! One [`Parser`] shared by several threads gives the same results as a serial loop, compared
//! through their serde JSON (or their `Debug` form without the `serde` feature).

use std::path::Path;

use copydesk::{Byline, Credit, Dateline, Parser};

/// The serialised form of everything the parsers say about `text`.
fn everything(parser: &Parser, text: &str) -> String {
    let article = parser.parse(text);
    let (b, d, c) = (
        Byline::parse(text),
        Dateline::parse(text),
        Credit::parse(text),
    );
    #[cfg(feature = "serde")]
    let out = serde_json::to_string(&(&article, &b, &d, &c)).expect("serialises");
    #[cfg(not(feature = "serde"))]
    let out = format!("{article:?}{b:?}{d:?}{c:?}");
    out
}

/// The curated hostile corpus and the bundled sample, each also with its paragraphs reversed
/// (so that the work differs from text to text).
fn texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/corpus");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("the curated corpus")
        .map(|e| {
            String::from_utf8_lossy(&std::fs::read(e.expect("entry").path()).expect("file"))
                .into_owned()
        })
        .collect();
    texts.push(include_str!("../data/kcna-kursk.txt").to_owned());
    let reversed: Vec<String> = texts
        .iter()
        .map(|t| {
            let mut v: Vec<&str> = t.split("\n\n").collect();
            v.reverse();
            v.join("\n\n")
        })
        .collect();
    texts.extend(reversed);
    texts.sort();
    texts
}

#[test]
fn parallel_parsing_equals_serial() {
    let texts = texts();
    assert!(texts.len() >= 80);
    let parser = Parser::new();
    let serial: Vec<String> = texts.iter().map(|t| everything(&parser, t)).collect();
    let threads = 4;
    let chunk = texts.len().div_ceil(threads);
    let parallel: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                s.spawn(|| {
                    part.iter()
                        .map(|t| everything(&parser, t))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker"))
            .collect()
    });
    assert_eq!(serial.len(), parallel.len());
    for (i, (a, b)) in serial.iter().zip(&parallel).enumerate() {
        assert_eq!(a, b, "text {i} differs between serial and parallel parsing");
    }
}
