//! Tests of the `copydesk` binary: every input kind, order, bad input, formats, exit status,
//! and the HTML page.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use copydesk::record::ArticleRecord;
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../../data/kcna-kursk.txt");

fn copydesk(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_copydesk"));
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input).expect("write stdin");
    }
    child.wait_with_output().expect("the binary finishes")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The library's JSON for `text`, with the id the tool puts first.
fn expected(id: Value, text: &str) -> Value {
    let mut v = serde_json::to_value(copydesk::parse(text)).unwrap();
    v.as_object_mut().unwrap().insert("id".into(), id);
    v
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

fn jsonl(records: &[Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn a_text_file_gives_its_article_with_the_path_as_id() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("kcna.txt");
    write(&f, SAMPLE.as_bytes());
    let out = copydesk(&["extract", "-q", p(&f)], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "--quiet prints nothing");
    assert_eq!(lines(&out), [expected(json!(p(&f)), SAMPLE)]);
    // The id comes first, then the article's fields in their order.
    assert!(out.stdout.starts_with(b"{\"id\":"));
}

#[test]
fn jsonl_lines_give_articles_with_their_ids_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.jsonl");
    let texts = [
        "“We won,” Kim said.",
        "Officials said the talks failed.",
        SAMPLE,
    ];
    let body = format!(
        "{}\n\n{}\r\n{}\n",
        json!({"id": "a", "text": texts[0]}),
        json!({"text": texts[1], "id": 7, "other": [1, {"x": null}]}),
        json!({"text": texts[2]}),
    );
    write(&f, body.as_bytes());
    let out = copydesk(&["extract", p(&f)], None);
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(
        got,
        [
            expected(json!("a"), texts[0]),
            expected(json!(7), texts[1]),
            // No id field: path:line (the blank line counts as a line).
            expected(json!(format!("{}:4", p(&f))), texts[2]),
        ]
    );
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(
        summary.starts_with("copydesk: 3 articles, 0 errors,"),
        "{summary}"
    );
}

#[test]
fn directories_are_read_recursively_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("b.txt"),
        b"\xe2\x80\x9cYes,\xe2\x80\x9d she said.",
    );
    write(
        &dir.path().join("a/c.jsonl"),
        jsonl(&[
            json!({"id": 1, "text": "One."}),
            json!({"id": 2, "text": "Two."}),
        ])
        .as_bytes(),
    );
    write(&dir.path().join("a/notes.md"), b"not an input");
    let out = copydesk(&["extract", "-q", p(dir.path())], None);
    assert_eq!(out.status.code(), Some(0));
    let ids: Vec<Value> = lines(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(
        ids,
        [json!(1), json!(2), json!(p(&dir.path().join("b.txt")))]
    );
}

#[test]
fn standard_input_is_jsonl_with_no_path_or_a_dash() {
    let input = jsonl(&[json!({"id": "x", "text": "“No,” he said."})]);
    for args in [&["extract", "-q"][..], &["extract", "-q", "-"][..]] {
        let out = copydesk(args, Some(input.as_bytes()));
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(lines(&out), [expected(json!("x"), "“No,” he said.")]);
    }
    // Without an id field, a line of standard input is `-:LINE`.
    let out = copydesk(&["extract", "-q"], Some(b"{\"text\":\"Hi.\"}\n"));
    assert_eq!(lines(&out)[0]["id"], json!("-:1"));
}

#[test]
fn order_is_kept_whatever_the_thread_count() {
    // Articles of very different lengths, so that later ones finish first.
    let records: Vec<Value> = (0..3000)
        .map(|i| {
            let text = if i % 97 == 0 {
                SAMPLE.repeat(20)
            } else {
                format!("“Item {i},” Kim said.")
            };
            json!({"id": i, "text": text})
        })
        .collect();
    let input = jsonl(&records);
    let one = copydesk(&["extract", "-q", "--threads", "1"], Some(input.as_bytes()));
    for threads in ["2", "4"] {
        let many = copydesk(
            &["extract", "-q", "--threads", threads],
            Some(input.as_bytes()),
        );
        assert_eq!(many.status.code(), Some(0));
        assert!(
            many.stdout == one.stdout,
            "{threads} threads differ from one"
        );
    }
    let ids: Vec<u64> = lines(&one)
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..3000).collect::<Vec<u64>>());
}

#[test]
fn bad_records_give_error_records_in_place_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.jsonl");
    let mut bytes: Vec<u8> = [
        r#"{"id": "ok1", "text": "Fine."}"#,
        r#"{"id": "broken", "text": "#,
        r#"[1, 2]"#,
        r#"{"id": "notext", "body": "Fine."}"#,
        r#"{"id": 5, "text": 42}"#,
        r#"{"id": "nul", "text": null}"#,
        r#"{"id": "latin1", "text": "caf@"}"#,
        r#"{"id": "ok2", "text": "Also fine."}"#,
    ]
    .join("\n")
    .into_bytes();
    bytes.push(b'\n');
    // A Latin-1 byte: line 7 is not UTF-8.
    let at = bytes.iter().position(|&b| b == b'@').unwrap();
    bytes[at] = 0xe9;
    write(&f, &bytes);
    let latin = dir.path().join("latin1.txt");
    write(&latin, b"Line one.\nCaf\xe9 au lait.");
    let missing = dir.path().join("missing.txt");
    let out = copydesk(&["extract", "-q", p(&f), p(&latin), p(&missing)], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "any error record makes the status 1"
    );
    let got = lines(&out);
    assert_eq!(got.len(), 10, "one record per input record: {got:#?}");
    let f = p(&f);
    let errors: Vec<(Value, String, String)> = got
        .iter()
        .filter(|r| r.get("error").is_some())
        .map(|r| {
            (
                r["id"].clone(),
                r["source"].as_str().unwrap().to_owned(),
                r["error"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expect = [
        (json!(format!("{f}:2")), format!("{f}:2"), "invalid JSON"),
        (
            json!(format!("{f}:3")),
            format!("{f}:3"),
            "not a JSON object",
        ),
        (json!("notext"), format!("{f}:4"), "no \"text\" field"),
        (json!(5), format!("{f}:5"), "not a string: a number"),
        (json!("nul"), format!("{f}:6"), "not a string: null"),
        (json!(format!("{f}:7")), format!("{f}:7"), "not UTF-8"),
        (json!(p(&latin)), format!("{}:2", p(&latin)), "not UTF-8"),
        (
            json!(p(&missing)),
            format!("{}:1", p(&missing)),
            "cannot read",
        ),
    ];
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
    for ((id, source, error), (eid, esource, eerror)) in errors.iter().zip(&expect) {
        assert_eq!((id, source), (eid, esource));
        assert!(error.contains(eerror), "{error:?} lacks {eerror:?}");
    }
    // The good records around them are in their places.
    assert_eq!(got[0]["id"], json!("ok1"));
    assert_eq!(got[7]["id"], json!("ok2"));
    assert!(got[7].get("paragraphs").is_some());
}

#[test]
fn a_huge_record_is_parsed_like_any_other() {
    let text = SAMPLE.repeat(400); // about 800 KB in one line
    let input = jsonl(&[
        json!({"id": "big", "text": text}),
        json!({"id": "small", "text": "Hi."}),
    ]);
    let out = copydesk(
        &["extract", "-q", "--spans", "offsets"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    let n = copydesk::parse(&text).attributions().len();
    assert!(n > 400);
    assert_eq!(got[0]["attributions"].as_array().unwrap().len(), n);
    assert_eq!(got[1]["id"], json!("small"));
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["extract", "--format", "xml"][..],
        &["extract", "--threads", "0"][..],
        &["extract", "--no-such-flag"][..],
        &["frobnicate"][..],
        &["html"][..],
    ] {
        let out = copydesk(args, Some(b""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
    let out = copydesk(&["extract", "-o", "/no/such/dir/out.jsonl"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn csv_gives_one_row_per_attribution_and_a_row_per_error() {
    let input = jsonl(&[
        json!({"id": "k", "text": SAMPLE}),
        json!({"id": "none", "text": "No speech here."}),
        json!({"id": "bad", "text": 1}),
    ]);
    let out = copydesk(
        &["extract", "-q", "--format", "csv"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let mut r = csv::Reader::from_reader(&out.stdout[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header,
        [
            "id",
            "kind",
            "source",
            "entity",
            "cue",
            "cue_class",
            "content",
            "offsets",
            "secondary",
            "error"
        ]
    );
    let rows: Vec<BTreeMap<String, String>> = r.deserialize().map(Result::unwrap).collect();
    let article = copydesk::parse(SAMPLE);
    let n = article.attributions().len();
    assert_eq!(rows.len(), n + 1);
    for (row, a) in rows.iter().zip(article.attributions()) {
        assert_eq!(row["id"], "k");
        assert_eq!(row["cue"], a.cue().as_str());
        assert_eq!(row["source"], a.source().map_or("", |s| s.as_str()));
        assert_eq!(row["entity"], a.entity().map_or("", |e| e.name()));
        let first = a.contents()[0];
        assert!(row["content"].starts_with(first.as_str()));
        assert!(row["offsets"].starts_with(&format!("{}-{}", first.start(), first.end())));
    }
    assert_eq!(rows[0]["kind"], "mixed");
    assert_eq!(rows[1]["kind"], "direct");
    assert!(rows[1]["secondary"].contains("according_to: KCNA"));
    let err = &rows[n];
    assert_eq!((err["id"].as_str(), err["kind"].as_str()), ("bad", "error"));
    assert!(err["error"].starts_with("-:3: "), "{}", err["error"]);
}

#[test]
fn offsets_only_spans_read_back_to_the_same_offsets() {
    let input = jsonl(&[json!({"id": "k", "text": SAMPLE})]);
    let full = copydesk(&["extract", "-q"], Some(input.as_bytes()));
    let thin = copydesk(
        &["extract", "-q", "--spans", "offsets"],
        Some(input.as_bytes()),
    );
    assert_eq!(thin.status.code(), Some(0));
    assert!(thin.stdout.len() * 2 < full.stdout.len());
    let line = String::from_utf8(thin.stdout).unwrap();
    assert!(line.contains(r#""cue":[35,43]"#), "spans are [start, end]");
    assert!(!line.contains("\"start\""));
    // Both read back into records whose offsets agree; the full one is the library's.
    let full: ArticleRecord = serde_json::from_slice(&full.stdout).unwrap();
    let mut thin: ArticleRecord = serde_json::from_str(&line).unwrap();
    assert_eq!(full, copydesk::parse(SAMPLE).to_record());
    for (a, b) in thin.attributions.iter_mut().zip(&full.attributions) {
        a.cue.fill(SAMPLE);
        assert_eq!(a.cue, b.cue);
        assert_eq!(a.contents.len(), b.contents.len());
    }
    assert_eq!(thin.attributions.len(), full.attributions.len());
}

#[test]
fn field_names_and_the_output_file_are_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.jsonl");
    let input = jsonl(&[json!({"doc": "d1", "body": "“Yes,” Kim said."})]);
    let out = copydesk(
        &[
            "extract",
            "-q",
            "--text-field",
            "body",
            "--id-field",
            "doc",
            "-o",
            p(&out_file),
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&out_file).unwrap();
    let v: Value = serde_json::from_str(written.trim_end()).unwrap();
    assert_eq!(v, expected(json!("d1"), "“Yes,” Kim said."));
}

/// The text of every element with a `data-id`, joined in document order per id, with the span
/// its attributes name.
fn highlighted(html: &str) -> BTreeMap<String, (usize, usize, String)> {
    let doc = scraper::Html::parse_document(html);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    let sel = scraper::Selector::parse("[data-id]").unwrap();
    let mut by_id: BTreeMap<String, (usize, usize, String)> = BTreeMap::new();
    for e in doc.select(&sel) {
        let v = e.value();
        let start: usize = v.attr("data-start").unwrap().parse().unwrap();
        let end: usize = v.attr("data-end").unwrap().parse().unwrap();
        let entry = by_id
            .entry(v.attr("data-id").unwrap().to_owned())
            .or_insert((start, end, String::new()));
        assert_eq!((entry.0, entry.1), (start, end), "parts of one item agree");
        entry.2.extend(e.text());
    }
    by_id
}

fn check_page(text: &str) -> BTreeMap<String, (usize, usize, String)> {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    write(&f, text.as_bytes());
    let page = dir.path().join("a.html");
    let out = copydesk(&["html", p(&f), "-o", p(&page)], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing fetched"
    );
    let items = highlighted(&html);
    for (id, (start, end, shown)) in &items {
        assert_eq!(Some(shown.as_str()), text.get(*start..*end), "{id}");
    }
    items
}

#[test]
fn the_html_page_shows_every_item_with_exactly_its_text() {
    let items = check_page(SAMPLE);
    let a = copydesk::parse(SAMPLE);
    let count = |prefix: &str, suffix: &str| {
        items
            .keys()
            .filter(|k| k.starts_with(prefix) && k.contains(suffix))
            .count()
    };
    assert_eq!(count("p", ""), a.paragraphs().len());
    assert_eq!(count("q", ""), a.quotations().len());
    let contents: usize = a.attributions().iter().map(|x| x.contents().len()).sum();
    assert_eq!(count("a", "-content"), contents);
    assert_eq!(count("a", "-cue"), a.attributions().len());
    let sources = a
        .attributions()
        .iter()
        .filter(|x| x.source().is_some())
        .count();
    assert_eq!(count("a", "-source"), sources);
    assert_eq!(count("credit", ""), a.credits().len());
}

#[test]
fn the_html_page_marks_byline_dateline_and_crossing_items() {
    let text = "Kim Warns US\n\nBy JANE DOE, Associated Press\n\n\
                SEOUL, May 10 (Reuters) - “Our participation was just,” Kim said.\n\n\
                “It was long.\n\n“And hard,” he said of the <war> & its \"cost\".\n\n\
                (Reporting by Hyonhee Shin; Editing by Ed Davies)";
    let items = check_page(text);
    for id in ["byline", "dateline", "credit0", "q1", "a0-source", "a0-cue"] {
        assert!(items.contains_key(id), "{id} in {:?}", items.keys());
    }
    // The multi-paragraph quotation crosses a paragraph boundary: it is split, and its parts
    // still make up its text.
    let (s, e, _) = &items["q1"];
    assert!(text[*s..*e].contains("\n\n"));
}

#[test]
fn the_html_page_escapes_the_text() {
    let text = "Hacked <script>alert('x')</script> & <b>bold</b>\n\n“<i>No</i>,” Kim said & left.";
    check_page(text);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.txt");
    write(&f, text.as_bytes());
    let out = copydesk(&["html", p(&f)], None);
    let doc = scraper::Html::parse_document(&String::from_utf8(out.stdout).unwrap());
    let scripts = scraper::Selector::parse("script").unwrap();
    assert_eq!(
        doc.select(&scripts).count(),
        1,
        "only the page's own script"
    );
    let b = scraper::Selector::parse("article b, article i").unwrap();
    assert_eq!(doc.select(&b).count(), 0);
}

#[test]
fn html_of_a_file_that_is_not_utf8_fails_with_status_1() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.txt");
    write(&f, b"caf\xe9");
    let out = copydesk(&["html", p(&f)], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn scope_speech_keeps_only_what_was_said_or_written() {
    use copydesk::attribution::Scope;
    // One speech attribution and one belief: words of my own.
    let text = "“The bridge will reopen in May,” the mayor said. Engineers believe the \
                cables held.";
    let input = jsonl(&[json!({"id": 1, "text": text})]);
    let with = |scope: Scope| {
        let parser = copydesk::Parser::builder().scope(scope).build().unwrap();
        let mut v = serde_json::to_value(parser.parse(text)).unwrap();
        v.as_object_mut().unwrap().insert("id".into(), json!(1));
        v
    };
    let count = |v: &Value| v["attributions"].as_array().unwrap().len();
    let speech = copydesk(
        &["extract", "-q", "--scope", "speech"],
        Some(input.as_bytes()),
    );
    let all = copydesk(&["extract", "-q", "--scope", "all"], Some(input.as_bytes()));
    let default = copydesk(&["extract", "-q"], Some(input.as_bytes()));
    for out in [&speech, &all, &default] {
        assert_eq!(out.status.code(), Some(0));
    }
    assert_eq!(lines(&speech), [with(Scope::Speech)]);
    assert_eq!(lines(&all), [with(Scope::All)]);
    assert_eq!(lines(&default), lines(&all), "the default scope is all");
    assert!(count(&lines(&all)[0]) > count(&lines(&speech)[0]));
    assert_eq!(count(&lines(&speech)[0]), 1);
    // CSV follows the scope too: a header and one row.
    let csv = copydesk(
        &["extract", "-q", "--format", "csv", "--scope", "speech"],
        Some(input.as_bytes()),
    );
    assert_eq!(String::from_utf8(csv.stdout).unwrap().lines().count(), 2);
    // An unknown scope is a usage error.
    let bad = copydesk(&["extract", "-q", "--scope", "rumour"], None);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn extra_cues_places_and_lexicon_files_configure_the_parser() {
    use copydesk::attribution::CueClass;
    // A cue verb and a place the built-in lexicons lack; sentences of my own.
    let texts = [
        "The captain faxed that the cargo was lost.",
        "Kelvedon Hatch: Police closed the old bunker road on Sunday after a landslip.",
        "By Jane Doe, Kyiv Independent\n\nThe council met on Monday.",
    ];
    let input = jsonl(
        &texts
            .iter()
            .enumerate()
            .map(|(i, t)| json!({"id": i + 1, "text": t}))
            .collect::<Vec<_>>(),
    );
    let parser = copydesk::Parser::builder()
        .cue("fax", CueClass::Writing)
        .place("Kelvedon Hatch")
        .outlet("Kyiv Independent")
        .build()
        .unwrap();
    let with = |p: &copydesk::Parser| -> Vec<Value> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut v = serde_json::to_value(p.parse(t)).unwrap();
                v.as_object_mut().unwrap().insert("id".into(), json!(i + 1));
                v
            })
            .collect()
    };
    let plain = copydesk(&["extract", "-q"], Some(input.as_bytes()));
    assert_eq!(lines(&plain), with(&copydesk::Parser::new()));
    let flags = copydesk(
        &[
            "extract",
            "-q",
            "--cue",
            "fax:writing",
            "--place",
            "Kelvedon Hatch",
            "--outlet",
            "Kyiv Independent",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(flags.status.code(), Some(0));
    let expected = with(&parser);
    assert_eq!(lines(&flags), expected);
    assert_ne!(lines(&flags), lines(&plain), "the extras change the parse");
    assert_eq!(expected[0]["attributions"][0]["cue_class"], "writing");
    assert!(expected[1]["dateline"].is_object());
    assert_eq!(
        expected[2]["byline"]["outlets"].as_array().map(Vec::len),
        Some(1)
    );

    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("desk.lexicon");
    write(
        &lex,
        b"# our desk\ncue fax writing\nplace Kelvedon Hatch\noutlet Kyiv Independent\n",
    );
    let file = copydesk(
        &["extract", "-q", "--lexicon", p(&lex)],
        Some(input.as_bytes()),
    );
    assert_eq!(file.status.code(), Some(0));
    assert_eq!(lines(&file), expected);

    // Bad settings are usage errors, with the reason on stderr and nothing on stdout.
    let bad_lex = dir.path().join("bad.lexicon");
    write(&bad_lex, b"cue fax writing\ncue fax speech\n");
    for args in [
        vec!["extract", "-q", "--cue", "fax:gossip"],
        vec!["extract", "-q", "--cue", "fax"],
        vec!["extract", "-q", "--cue", "live stream:speech"],
        vec!["extract", "-q", "--cue", "say:perception"],
        vec!["extract", "-q", "--place", "Kelvedon, Essex"],
        vec!["extract", "-q", "--outlet", " "],
        vec!["extract", "-q", "--lexicon", p(&bad_lex)],
        vec!["extract", "-q", "--lexicon", "/nonexistent/desk.lexicon"],
    ] {
        let out = copydesk(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    let out = copydesk(&["extract", "-q", "--lexicon", p(&bad_lex)], None);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.lexicon") && err.contains("line 2"),
        "{err}"
    );
}
