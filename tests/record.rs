//! The owned record form and the one shape of spans: a record's JSON is the article's, every
//! span is `{start, end, text}` in that order (or `[start, end]` with offsets only), and JSON
//! reads back into the same record.

use copydesk::record::{ArticleRecord, Offsets};
use proptest::prelude::*;
use serde_json::Value;

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

/// Articles that fill every part of the result: headline, byline with contacts and
/// contributors, dateline with date and agency, credits, attributions with secondary sources,
/// entities with titles, diagnostics.
const FIXTURES: &[&str] = &[
    SAMPLE,
    "Kim Warns US\n\nBy JANE DOE and John McDONALD, Associated Press @janedoe\n\n\
     SEOUL, May 10 (Reuters) - “Our participation was just,” Kim said, according to KCNA. \
     “We won,” he told Reuters.\n\nKremlin spokesman Dmitry Peskov said the talks failed, \
     citing officials.\n\n(Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies)",
    "EXCLUSIVE\n\nPrices Rise\n\nWritten by Kavya Rao | New Delhi | Updated: March 3, 2019\n\n\
     New Delhi [India], May 10 (ANI): The minister said “no. Officials believe it.\n\n\
     -- REUTER",
    "",
    "“Unclosed, he said.\n\n” stray",
];

fn check(text: &str) {
    let article = copydesk::parse(text);
    let record = article.to_record();
    let json = serde_json::to_string(&article).unwrap();
    // The record serialises exactly as the article does, byte for byte.
    assert_eq!(serde_json::to_string(&record).unwrap(), json);
    // And the JSON reads back into the same record.
    let back: ArticleRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(back, record);
    check_span_shape(text, &json);

    // Offsets only: the same from the article and the record, and it reads back to the same
    // offsets.
    let offsets = serde_json::to_string(&Offsets(&article)).unwrap();
    assert_eq!(serde_json::to_string(&Offsets(&record)).unwrap(), offsets);
    assert!(!offsets.contains("\"text\":{") && !offsets.contains("\"start\""));
    let thin: ArticleRecord = serde_json::from_str(&offsets).unwrap();
    assert_eq!(serde_json::to_string(&Offsets(&thin)).unwrap(), offsets);
    // Outside the wrapper, spans are in full again.
    assert_eq!(serde_json::to_string(&article).unwrap(), json);
}

/// Every `"start"` key opens a `{"start":N,"end":M,"text":…}` object whose text is the slice.
fn check_span_shape(text: &str, json: &str) {
    let mut at = 0;
    let mut count = 0;
    while let Some(i) = json[at..].find("\"start\":") {
        let i = at + i;
        assert_eq!(
            &json[i - 1..i],
            "{",
            "a start key that does not open its object"
        );
        let rest = &json[i + 8..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        assert!(rest[digits..].starts_with(",\"end\":"), "{}", &json[i..]);
        let rest = &rest[digits + 7..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        assert!(rest[digits..].starts_with(",\"text\":"), "{}", &json[i..]);
        at = i + 1;
        count += 1;
    }
    let mut seen = 0;
    walk(&serde_json::from_str(json).unwrap(), text, &mut seen);
    assert_eq!(seen, count);
}

fn walk(v: &Value, text: &str, seen: &mut usize) {
    match v {
        Value::Object(m) if m.contains_key("start") => {
            assert_eq!(m.len(), 3, "{m:?}");
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert_eq!(
                text.get(s as usize..e as usize),
                m["text"].as_str(),
                "{m:?}"
            );
            *seen += 1;
        }
        Value::Object(m) => m.values().for_each(|v| walk(v, text, seen)),
        Value::Array(a) => a.iter().for_each(|v| walk(v, text, seen)),
        _ => {}
    }
}

#[test]
fn records_serialise_as_articles_and_read_back() {
    for text in FIXTURES {
        check(text);
    }
}

#[test]
fn the_fixtures_fill_every_part_of_the_record() {
    let r = copydesk::parse(FIXTURES[1]).to_record();
    let b = r.byline.as_ref().expect("a byline");
    assert_eq!(b.authors.len(), 2);
    assert_eq!(b.contacts[0].text.text, "@janedoe");
    let d = r.dateline.as_ref().expect("a dateline");
    assert_eq!(d.agency.map(|a| a.name()), Some("Reuters"));
    assert_eq!(d.date.as_ref().and_then(|x| x.month), Some(5));
    assert!(!r.credits.is_empty() && !r.credits[0].parts[0].contributors.is_empty());
    assert!(r.attributions.iter().any(|a| !a.secondary.is_empty()));
    assert!(r.entities.iter().any(|e| e.title.is_some()));
    assert!(
        !copydesk::parse(FIXTURES[4])
            .to_record()
            .diagnostics
            .is_empty()
    );
}

#[test]
fn a_record_outlives_its_text() {
    let record = {
        let text = String::from("“We won,” Kim said.");
        copydesk::parse(&text).to_record()
    };
    assert_eq!(record.attributions[0].source.as_ref().unwrap().text, "Kim");
}

#[test]
fn a_span_reads_back_from_either_shape_and_rejects_others() {
    use copydesk::record::SpanRecord;
    let full: SpanRecord = serde_json::from_str(r#"{"start":1,"end":2,"text":"b"}"#).unwrap();
    let thin: SpanRecord = serde_json::from_str("[1,2]").unwrap();
    assert_eq!(
        (full.span(), thin.span()),
        (thin.span(), copydesk::Span::new(1, 2))
    );
    assert!(serde_json::from_str::<SpanRecord>("[1]").is_err());
    assert!(serde_json::from_str::<SpanRecord>("[1,2,3]").is_err());
    assert!(serde_json::from_str::<SpanRecord>(r#"{"end":2}"#).is_err());
    assert!(serde_json::from_str::<SpanRecord>("\"1..2\"").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_text_round_trips(pieces in proptest::collection::vec(prop_oneof![
        Just("“"), Just("”"), Just("\""), Just("'"), Just("\n\n"), Just(" said "),
        Just("By JANE DOE, Associated Press\n\n"), Just("SEOUL, May 10 (Reuters) - "),
        Just("(With inputs from Reuters)"), Just("Kim said, according to KCNA."),
        Just("Officials believe "), Just("he told Reuters"), Just("Kim Warns US\n\n"),
        Just("é"), Just("中"), Just(" "), Just("."),
    ], 0..40)) {
        check(&pieces.concat());
    }
}
