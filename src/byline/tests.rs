//! Unit tests.

//! The hand-read tokens and the early rejection of running text checked against the
//! original single-regex tokenizer and a parse that reads every token.

use super::lexer::{ANCHORED, shape_len};
use super::*;
use proptest::prelude::*;

// The original tokenizer, kept as the reference.
static TOKEN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?x)
        (?P<tag><[^<>\n]{0,300}>)
        |(?P<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)
        |(?P<handle>@\w{1,40})
        |(?P<domain>[\p{L}\d][\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.(?i:com|net|org|co\.uk|co|uk|in|io|info|news|tv|ie|au|ca|pk|bd)\b)
        |(?P<time>\d{1,2}:\d{2}(?::\d{2})?)
        |(?P<num>\d+(?:[/.\-]\d+)*(?:st|nd|rd|th)?)
        |(?P<nick>"[\p{L}\ .'’\-]{1,30}"|“[\p{L}\ .'’\-]{1,30}”)
        |(?P<poss>['’]s\b)
        |(?P<ws>&nbsp;)
        |(?P<word>(?:\p{L}|&\#\d{2,6};|&\#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})(?:[\p{L}\p{M}'’.\-]|&\#\d{2,6};|&\#x[0-9a-fA-F]{2,5};|\\u[0-9a-fA-F]{4})*)
        |(?P<nl>\r\n|\n|\r|\u{2028}|\u{2029}|[\ \t]{3,}|\t)
        |(?P<strong>//|\|+|[•·;/]|--+|[-–—]|\.)
        |(?P<comma>,)
        |(?P<amp>&(?:amp;|\#38;)?|\+)
        |(?P<open>[(\[])
        |(?P<close>[)\]])
        |(?P<colon>:)
        "#,
    )
    .expect("byline token regex")
});

fn reference_tokenize(h: &str, region: Span) -> Vec<Tok> {
    let text = &h[region.range()];
    let mut out = Vec::new();
    for c in TOKEN.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let span = Span::new(region.start + m.start(), region.start + m.end());
        let kind = if c.name("tag").is_some() || c.name("ws").is_some() {
            continue;
        } else if c.name("email").is_some() {
            Tk::Email
        } else if c.name("handle").is_some() {
            Tk::Handle
        } else if c.name("domain").is_some() {
            Tk::Domain
        } else if c.name("time").is_some() {
            Tk::Time
        } else if c.name("num").is_some() {
            Tk::Num
        } else if c.name("nick").is_some() {
            Tk::Nick
        } else if c.name("poss").is_some() {
            Tk::Poss
        } else if c.name("word").is_some() {
            let w = m.as_str();
            // `NewsAsia's` → `NewsAsia` + `'s`; a trailing hyphen is punctuation.
            let trimmed = w.trim_end_matches(['-', '\'', '’']);
            let cut = if trimmed.len() > 2 && (trimmed.ends_with("'s") || trimmed.ends_with("’s"))
            {
                trimmed.len() - if trimmed.ends_with("’s") { 4 } else { 2 }
            } else {
                trimmed.len()
            };
            if cut == 0 {
                continue;
            }
            out.push(Tok {
                kind: Tk::Word,
                span: Span::new(span.start, span.start + cut),
            });
            if cut < trimmed.len() {
                out.push(Tok {
                    kind: Tk::Poss,
                    span: Span::new(span.start + cut, span.start + trimmed.len()),
                });
            }
            continue;
        } else if c.name("nl").is_some() {
            Tk::Strong
        } else if let Some(s) = c.name("strong") {
            if matches!(s.as_str(), "-" | "–" | "—") || s.as_str().starts_with("--") {
                Tk::Dash
            } else {
                Tk::Strong
            }
        } else if c.name("comma").is_some() {
            Tk::Comma
        } else if c.name("amp").is_some() {
            Tk::Amp
        } else if c.name("open").is_some() {
            Tk::Open
        } else if c.name("close").is_some() {
            Tk::Close
        } else {
            Tk::Colon
        };
        out.push(Tok { kind, span });
    }
    out
}

fn fast_tokens(s: &str) -> Vec<Tok> {
    Tokens::new(s, Span::new(0, s.len())).all().to_vec()
}

/// `Byline::parse` next to the slow path: every token read by the reference tokenizer,
/// no early rejection.
fn fast_and_slow(s: &str) -> (String, String) {
    // Both read the plain view (tabs as spaces), which `Byline::parse` reads too.
    let plain = crate::lineshape::Plain::of(s);
    let s = plain.as_ref().map_or(s, |p| p.text());
    let fast = Byline::parse(s);
    let slow = check_line(s, Target::Byline, MAX_LEN).and_then(|()| {
        let region = Span::new(0, s.len()).trim(s);
        let read = reference_tokenize(s, region);
        Byline::parse_tokens(s, region, s, Tokens { read, lexer: None }, false, false)
    });
    (format!("{fast:?}"), format!("{slow:?}"))
}

/// Pieces that exercise every token shape and the edges between them.
const PIECES: &[&str] = &[
    "By",
    "by",
    "Jane",
    "DOE",
    "O’Neill",
    "d'Arc",
    "Jean-Luc",
    "said",
    "the",
    "and",
    "with",
    "in",
    "Reuters",
    "AP",
    "BBC News",
    "Staff Writer",
    "Correspondent",
    "Updated",
    "May",
    "2020",
    "12",
    "9:04",
    "3rd",
    "1/2/2020",
    "10.5",
    "am",
    " ",
    " ",
    " ",
    "   ",
    "\t",
    "\n",
    "\r\n",
    ",",
    ".",
    ". ",
    "-",
    "--",
    "—",
    "–",
    "|",
    "||",
    "/",
    "//",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    "&",
    "&amp;",
    "&#38;",
    "&nbsp;",
    "&#233;",
    "&#xE9;",
    "\\u00e9",
    "+",
    "@",
    "@jane_doe",
    "jane.doe@bbc.co.uk",
    "bbc.co.uk",
    "CNN.com",
    ".com",
    "a.b",
    "x-",
    "'s",
    "’s",
    "'",
    "’",
    "\"",
    "“",
    "”",
    "\"Nick\"",
    "<b>",
    "</a>",
    "<",
    ">",
    "_",
    "é",
    "Ł",
    "ß",
    "\u{0301}",
    "\u{212A}",
    "ſ",
    "١٢",
    "٣:٤٥",
    "#",
    "?",
    "!",
    "*",
    "•",
    "·",
    "\u{2028}",
    "😊",
    "x",
    "Mc",
    "news",
    "UK",
];

fn line() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..30).prop_map(|v| v.concat())
}

/// Pieces of every shape, and the characters where a hand-read class could part from the
/// regex crate's (`Ⓐ`, `ǅ`, `²`, `Ⅸ`, marks, the Kelvin sign and the long s that `(?i)` folds).
const SHAPE_PIECES: &str = "(a|b|Z|é|É|ж|Ⓐ|ǅ|²|Ⅸ|٣|\u{301}|\u{200d}|_|[0-9]{1,3}|com|CO|uk|\u{212a}|\u{17f}|\
    info|in|news|bbc|@|\\.|-|\\+|/|:|;|,|&|&amp;|&#38;|&#39;|&#x2019;|&#1234567;|&nbsp;|\\\\u2019|\
    \"|“|”|'|’|s|st|nd|<|>| |\t|\r|\n|\u{2028}|\\||•|·|–|—|\\(|\\)|\\[|\\]){0,12}";

#[test]
fn the_shape_scanners_read_the_patterns_on_samples() {
    for s in [
        "jane.doe+x@bbc.co.uk,",
        "@jdoe_1",
        "bbc.co.uk/news",
        "example.info.",
        "www.news.com.au",
        "site.Co\u{212a}",
        "12:30:45",
        "123:45",
        "3/4/2024th",
        "\"Bubba\"",
        "“Ed”",
        "'s.",
        "’sx",
        "&nbsp;",
        "Jos&#233;",
        "&#x2019;s",
        "\\u2019abc",
        "O’Neil-Smith.",
        "\r\n",
        "   \t",
        "--- x",
        "&amp;",
        "&#38;x",
    ] {
        for (shape, re) in ANCHORED.iter() {
            let want = re.find(s).map(|m| m.end());
            assert_eq!(shape_len(*shape, s), want, "{shape:?} {s:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_shape_scanners_read_the_patterns(s in SHAPE_PIECES) {
        for (shape, re) in ANCHORED.iter() {
            let want = re.find(&s).map(|m| m.end());
            prop_assert_eq!(shape_len(*shape, &s), want, "{:?} {:?}", shape, s);
        }
    }

    #[test]
    fn tokens_as_the_reference_reads_them(s in line()) {
        prop_assert_eq!(fast_tokens(&s), reference_tokenize(&s, Span::new(0, s.len())));
    }

    #[test]
    fn tokens_of_any_text_as_the_reference_reads_them(s in "\\PC{0,80}") {
        prop_assert_eq!(fast_tokens(&s), reference_tokenize(&s, Span::new(0, s.len())));
    }

    #[test]
    fn parse_as_the_slow_path(s in line()) {
        let (fast, slow) = fast_and_slow(&s);
        prop_assert_eq!(fast, slow);
    }

    #[test]
    fn quick_parse_as_the_full_one(s in line()) {
        let (full, quick) = full_and_quick(&s);
        prop_assert_eq!(full, quick);
    }
}

/// The byline of `s` (or none) read as the article parser reads it (`quick`: the cheapest
/// refusal first) and as `Byline::parse_in` reads it.
fn full_and_quick(s: &str) -> (String, String) {
    let region = Span::new(0, s.len());
    let full = Byline::parse_in(s, region).ok();
    let quick = Byline::parse_region(s, region, true).ok();
    (format!("{full:?}"), format!("{quick:?}"))
}

#[test]
fn quick_parse_refuses_what_the_full_one_refuses() {
    // Lines that are another kind of line and running text at once, bylines, and sentences.
    for s in [
        "Photo: the crowd was gathered outside the hall",
        "NEW DELHI: the minister said on Monday that it would rain",
        "Director: she said it was not the film she had wanted",
        "Correction: an earlier version of this story misstated the date",
        "With inputs from the agency and our own staff reporters",
        "By Jane Doe, Staff Writer",
        "Reuters staff",
        "By the time the polls closed, most of the votes had been counted.",
        "the cat sat on the mat and then it left",
        "LAGOS —",
        "By Jane Doe (https://example.com/jane)",
    ] {
        let (full, quick) = full_and_quick(s);
        assert_eq!(full, quick, "{s}");
    }
    // The refusal's reason may differ: the full parse names the other kind of line.
    let s = "Photo: the crowd was gathered outside the hall";
    let region = Span::new(0, s.len());
    assert!(matches!(
        Byline::parse_in(s, region).map_err(|e| e.reason().clone()),
        Err(Reason::OtherLine(LineKind::PhotoCredit))
    ));
    assert!(matches!(
        Byline::parse_region(s, region, true).map_err(|e| e.reason().clone()),
        Err(Reason::BodyText(_))
    ));
}

#[test]
fn long_tags_nicknames_and_handles_as_the_reference() {
    let long = |c: &str, n: usize| c.repeat(n);
    for s in [
        format!("<{}>", long("é", 300)),
        format!("<{}>", long("é", 301)),
        format!("<{}", long("a", 400)),
        format!("\"{}\" Doe", long("é", 30)),
        format!("\"{}\" Doe", long("a", 31)),
        format!("“{}” Doe", long("a", 30)),
        format!("“{}” Doe", long("ł", 31)),
        format!("@{}", long("a", 40)),
        format!("@{} x", long("ä", 41)),
        format!("{}@x.com", long("a_", 100)),
        long("a.", 500),
    ] {
        assert_eq!(
            fast_tokens(&s),
            reference_tokenize(&s, Span::new(0, s.len())),
            "{s}"
        );
        let (fast, slow) = fast_and_slow(&s);
        assert_eq!(fast, slow, "{s}");
    }
}

#[test]
fn bylines_and_sentences_as_the_slow_path() {
    for s in [
        "By MICHAEL FALCONE and AMY WALTER, Associated Press",
        "Written by Kavya Rao | New Delhi | Updated: March 3, 2019 at 11:20 am",
        "By the time the polls closed, most of the votes had been counted.",
        "By May 2020 the company had gone under.",
        "Business Today Desk",
        "the cat sat on the mat and then it left",
        "Channel NewsAsia's Malaysia Correspondent Melissa Tan",
        "Reuters staff",
        "By . Jane Doe . PUBLISHED: . 12:01 EST, 1 May 2013",
        "jane.doe@outlet.com (Jane Doe)",
        "by jane doe and john smith for the daily planet",
    ] {
        let (fast, slow) = fast_and_slow(s);
        assert_eq!(fast, slow, "{s}");
    }
    assert!(Byline::parse("By the time the polls closed, it was late.").is_err());
}
