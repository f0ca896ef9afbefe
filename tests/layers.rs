//! The crate's layering, checked on its source: imports point down only, and no utility or
//! closed word list is defined twice.
//!
//! Layers, bottom up (a module may import its own layer or a lower one):
//!
//! 0. `util`, `span`, `error`: utilities and the span and error types;
//! 1. `lexicon`, `agency`: the data files and the classes compiled from them;
//! 2. `text`, `quote`, `lineshape`: paragraphs, sentences, quotation marks, the shape of one line;
//! 3. `token`: tokens and their features;
//! 4. `syntax`, `name`: phrases, clauses, person names;
//! 5. `attribution`, `entity`, `byline`, `dateline`, `credit`: the readers, which never import
//!    each other, except that attribution may use entity;
//! 6. `article`, `record` (its owned form), `line` (which parser a line is for) and the crate
//!    root: orchestration.
//!
//! What is checked: every `crate::` path in `src/**/*.rs` outside comments (including
//! `use crate::{…}` groups and the crate root's re-exports such as `crate::Span`); that the
//! hasher is implemented once, in `util`; that the lower-casing helpers are defined once, in
//! `util`; and that no two `[&str; N]` / `&[&str]` constants of the source hold the same words.
//! What is not: a word list spelled out inline in a function body, and overlap (as opposed to
//! identity) between lists, which is often meant (a subset class).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layer of a top-level module, or `None` for a module the map does not know.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "util" | "span" | "error" => 0,
        "lexicon" | "agency" => 1,
        "text" | "quote" | "lineshape" => 2,
        "token" => 3,
        "syntax" | "name" => 4,
        "attribution" | "entity" | "byline" | "dateline" | "credit" => 5,
        "article" | "record" | "line" | "lib" => 6,
        _ => return None,
    })
}

/// Whether `from` may import `to` (both top-level modules).
fn allowed(from: &str, to: &str) -> bool {
    if from == to {
        return true;
    }
    match (layer(from), layer(to)) {
        (Some(5), Some(5)) => from == "attribution" && to == "entity",
        (Some(a), Some(b)) => b <= a,
        _ => false,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`src/attribution/verb.rs` → `attribution`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("a file under src/");
    let first = rel.components().next().expect("a path");
    let first = first.as_os_str().to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a line: without its `//` comment (doc comments included). A `//` inside a
/// string literal ends the line early, which can only hide a path, never invent one.
fn code(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i])
}

/// The crate root's re-exports: `Snippet` → `span`, `Agency` → `agency`, …
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in lib.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, names)) = rest.split_once("::") else {
            continue;
        };
        for name in names
            .trim_end_matches(';')
            .trim_matches(['{', '}'])
            .split(',')
        {
            let name = name.trim();
            if !name.is_empty() {
                out.insert(name.to_string(), module.to_string());
            }
        }
    }
    out
}

/// The top-level modules the `crate::` paths of `source` name.
fn imports(source: &str, reexports: &BTreeMap<String, String>) -> Vec<(usize, String)> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let mut rest = code(line);
        while let Some(i) = rest.find("crate::") {
            let before = rest[..i].chars().next_back();
            rest = &rest[i + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `copydesk_crate::`, not a crate path
            }
            let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                group[..end].split(',').map(ident).collect()
            } else {
                vec![ident(rest)]
            };
            for name in names.into_iter().filter(|s| !s.is_empty()) {
                let module = reexports.get(&name).cloned().unwrap_or(name);
                out.push((n + 1, module));
            }
        }
    }
    out
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn sources() -> Vec<(String, PathBuf, String)> {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).expect("a readable source file");
            (module_of(&src, &f), f, text)
        })
        .collect()
}

/// Every upward or sideways import in the crate, as `file:line: from -> to`.
fn violations() -> Vec<String> {
    let lib = std::fs::read_to_string(src_dir().join("lib.rs")).expect("src/lib.rs");
    let reexports = reexports(&lib);
    let mut out = Vec::new();
    for (module, file, text) in sources() {
        if layer(&module).is_none() {
            out.push(format!(
                "{}: module `{module}` has no layer",
                file.display()
            ));
            continue;
        }
        for (line, to) in imports(&text, &reexports) {
            if layer(&to).is_some() && !allowed(&module, &to) {
                out.push(format!("{}:{line}: {module} -> {to}", file.display()));
            }
        }
    }
    out
}

#[test]
fn imports_point_down() {
    let v = violations();
    assert!(
        v.is_empty(),
        "upward or sideways imports:\n{}",
        v.join("\n")
    );
}

#[test]
fn the_checker_sees_an_upward_import() {
    let reexports =
        reexports("pub use span::{Snippet, Span};\npub use article::{Article, Parser};");
    let found = imports(
        "use crate::{Snippet, Article};\n// crate::byline in a comment\nlet x = crate::dateline::f();",
        &reexports,
    );
    let modules: Vec<&str> = found.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(modules, ["span", "article", "dateline"]);
    assert!(!allowed("text", "article"));
    assert!(!allowed("byline", "dateline"));
    assert!(!allowed("credit", "byline"));
    assert!(!allowed("entity", "attribution"));
    assert!(allowed("attribution", "entity"));
    assert!(allowed("dateline", "lexicon"));
}

/// Lines of code (comments stripped) matching `pred`, as `file:line`.
fn lines_where(pred: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (module, file, text) in sources() {
        for (n, line) in text.lines().enumerate() {
            if pred(code(line)) {
                out.push((module.clone(), format!("{}:{}", file.display(), n + 1)));
            }
        }
    }
    out
}

#[test]
fn one_hasher_and_one_lower_caser() {
    let hashers =
        lines_where(|l| l.contains("impl std::hash::Hasher for") || l.contains("impl Hasher for"));
    assert_eq!(hashers.len(), 1, "hashers: {hashers:?}");
    assert!(
        hashers.iter().all(|(m, _)| m == "util"),
        "hashers: {hashers:?}"
    );
    let lowerers = lines_where(|l| l.contains("fn lowercase(") || l.contains("fn with_lower<"));
    assert!(
        lowerers.iter().all(|(m, _)| m == "util"),
        "lower-casing helpers: {lowerers:?}"
    );
}

/// The `[&str; N]` and `&[&str]` constants and statics of `text`: name and words.
fn word_lists(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let mut lines = text.lines().map(code);
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        // Any visibility: `pub`, `pub(crate)`, `pub(super)`, `pub(in …)`.
        let t = match t.strip_prefix("pub") {
            Some(r) if r.starts_with(' ') => r.trim_start(),
            Some(r) if r.starts_with('(') => r.find(')').map_or(t, |i| r[i + 1..].trim_start()),
            _ => t,
        };
        let Some(rest) = t
            .strip_prefix("const ")
            .or_else(|| t.strip_prefix("static "))
        else {
            continue;
        };
        let Some((name, ty)) = rest.split_once(':') else {
            continue;
        };
        let ty = ty.trim_start();
        if !(ty.starts_with("[&str;")
            || ty.starts_with("&[&str]")
            || ty.starts_with("[&'static str;"))
        {
            continue;
        }
        let mut body = line
            .split_once('=')
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        while !body.contains(';') {
            match lines.next() {
                Some(l) => body.push_str(l),
                None => break,
            }
        }
        let words: BTreeSet<String> = body
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        out.push((name.trim().to_string(), words));
    }
    out
}

#[test]
fn no_word_list_is_defined_twice() {
    let mut seen: BTreeMap<BTreeSet<String>, String> = BTreeMap::new();
    let mut twice = Vec::new();
    for (_, file, text) in sources() {
        for (name, words) in word_lists(&text) {
            let here = format!("{}::{name}", file.display());
            if words.len() < 2 {
                continue;
            }
            if let Some(first) = seen.get(&words) {
                twice.push(format!("{here} repeats {first}"));
            } else {
                seen.insert(words, here);
            }
        }
    }
    assert!(
        twice.is_empty(),
        "word lists defined twice:\n{}",
        twice.join("\n")
    );
}

#[test]
fn the_word_list_reader_reads_a_list() {
    let lists =
        word_lists("const A: [&str; 2] = [\n    \"of\", // a comment\n    \"to\",\n];\nfn f() {}");
    assert_eq!(lists.len(), 1);
    let shown = word_lists(
        "pub(super) const B: &[&str] = &[\"a\", \"b\"];\npub const C: [&str; 1] = [\"c\"];",
    );
    assert_eq!(
        shown.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["B", "C"]
    );
    assert_eq!(lists[0].0, "A");
    assert_eq!(
        lists[0].1.iter().map(String::as_str).collect::<Vec<_>>(),
        ["of", "to"]
    );
}

/// The string literals in the code of `text` (comments stripped), with their lines.
fn literals(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(n, l)| {
            let c = code(l);
            c.contains('"').then(|| (n + 1, c.trim().to_string()))
        })
        .collect()
}

/// Constructions are data: the verb reader's gate asks the rules of
/// `src/lexicon/patterns.txt` (matched by `src/attribution/pattern.rs`) and dispatches their
/// actions; it tests no literal word and holds no word list.
#[test]
fn the_verb_gate_reads_its_constructions_from_the_pattern_file() {
    let gate = src_dir().join("attribution/verb/gate.rs");
    let text = std::fs::read_to_string(&gate).expect("gate.rs");
    let found = literals(&text);
    assert!(
        found.is_empty(),
        "literal words in {}:\n{found:?}",
        gate.display()
    );
    assert!(word_lists(&text).is_empty(), "a word list in gate.rs");
    assert!(
        text.contains("first_rule(Gate::Verb"),
        "the gate asks the pattern rules"
    );
    let patterns = src_dir().join("lexicon/patterns.txt");
    assert!(patterns.is_file(), "{}", patterns.display());
}

#[test]
fn the_literal_reader_sees_a_literal() {
    let found = literals("// \"in a comment\"\nif w == \"said\" {}\nlet x = 1;");
    assert_eq!(found, [(2, "if w == \"said\" {}".to_string())]);
}

/// The word lists of the lexicon files, by name: a file (`name_stopwords.txt`), a `[section]`
/// of one (`sources.txt[role]`), or a kind of a `kind | word` file (`byline_roles.txt:head`);
/// entries lower-cased.
fn lexicon_lists() -> BTreeMap<String, BTreeSet<String>> {
    let dir = src_dir().join("lexicon");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("src/lexicon/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let name = file.file_name().expect("a file name").to_string_lossy();
        let text = std::fs::read_to_string(&file).expect("a readable lexicon file");
        out.extend(lists_of(&name, &text));
    }
    out
}

/// The lists of one lexicon file (see [`lexicon_lists`]).
fn lists_of(name: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut section = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') && !line[1..].contains('[') {
            section = line.to_string();
            continue;
        }
        let kinded = line.split_once('|').filter(|(k, w)| {
            let k = k.trim();
            !k.is_empty()
                && k.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !w.contains('|')
        });
        let (list, entry) = match kinded {
            Some((k, w)) if name == "byline_roles.txt" => {
                (format!("{name}{section}:{}", k.trim()), w.trim())
            }
            // `he m`, `wife f`: the word, then the gender it shows.
            _ if name == "sources.txt" && matches!(section.as_str(), "[pronoun]" | "[kin]") => (
                format!("{name}{section}"),
                line.split_whitespace().next().unwrap_or(line),
            ),
            _ => (format!("{name}{section}"), line),
        };
        out.entry(list).or_default().insert(entry.to_lowercase());
    }
    out
}

/// How many entries two word lists may share before the overlap must be declared below.
const SHARED_AT_MOST: usize = 5;

/// The overlaps that remain, each with the most entries it may share: a count may only shrink
/// (like `tests/coref/known_misses.txt`), a declaration no longer needed must go
/// ([`no_declared_overlap_is_stale`]), and a new overlap is a new class. What two field readers
/// share is one class, read by both: `newsroom_words.txt` (label, desk, beat, competition and
/// outlet words: no name, and each section read by the readers it names), `time_words.txt`
/// (cue grammar and bylines), `organisation_words.txt` (entities and credits),
/// `shared_roles.txt[field]` (byline heads and credit titles), `field_stopwords.txt[clause]`
/// (dateline stop and function words, credit non-names), the months of `dateline_months.txt`
/// (bylines, line shapes) and `us_states.txt[dotless]` (datelines and the sentence splitter).
/// What remains are lists of one kind of word read in different senses:
/// - function words, each list tuned to its own test: grammar classes (what ends a source's
///   noun phrase, auxiliaries, determiners), `text.rs::OPENERS` (capitalised words after which
///   an abbreviation's stop ends a sentence, matched case-sensitively), complement.rs's clause
///   openers, `dateline_function_words.txt` (never inside a place name), `field_stopwords.txt`
///   and `newsroom_words.txt[label]`'s link words (`by`, `to`, `who`: words of a label line);
/// - `credit_sources.txt[not_outlet]`: all-caps words matched as written that are no outlet's
///   acronym (`FILE`, `LIVE`), not the label words matched in any case;
/// - `credit_sources.txt[not_name]` and `sources.txt[unnamed]`: words that are no contributor's
///   name in a credit vs. the unnamed-source nouns of the cue grammar;
/// - `name_stopwords.txt` and the grammar or source classes: no part of a person's name vs. the
///   cue grammar's medium, evidence and organisation nouns and its time words (a subset of
///   `time_words.txt`: `Monday` or `Early` can be a name, `tonight` cannot);
/// - `abbreviations.txt[title]` and `name_honorifics.txt`: titles after which a stop ends no
///   sentence (`Gen.`, `Rep.`) vs. honorifics a name reader strips (`Mrs`, `Sir`);
/// - `sources.txt[role]` and `[title]`, `name_honorifics.txt` and `sources.txt[title]`: nouns
///   that name a source vs. titles before a name;
/// - `sources.txt[pronoun]` (pronouns that can be a source, with the gender each shows, read
///   since the check reads the word before it) and the function-word lists of
///   `field_stopwords.txt[clause]` and `text.rs::OPENERS`;
/// - the subordinator lists of `attribution/lexicon.rs` (subsets of `SUBORDINATORS` by use) and
///   its `NOT_SOURCE_LABELS` (labels before a colon that name no source), which the check saw
///   only once it read `pub(super)` constants too;
/// - `grammar.txt[read-by-word]` and the private lists of `attribution/resolve.rs`: the class
///   holds every word of a list read by word that no other class holds, and the named lists
///   of the other reader files join it in the code (`lexicon.rs::READ_LISTS`).
const DECLARED_OVERLAPS: &[(&str, &str, usize)] = &[
    ("field_stopwords.txt[clause]", "sources.txt[pronoun]", 6),
    ("abbreviations.txt[title]", "name_honorifics.txt", 17),
    (
        "attribution/complement.rs::SUBJECT_ENDS",
        "attribution/complement.rs::WH_OPENERS",
        7,
    ),
    (
        "attribution/complement.rs::SUBJECT_ENDS",
        "grammar.txt[stop]",
        12,
    ),
    (
        "attribution/complement.rs::SUBJECT_ENDS",
        "text.rs::OPENERS",
        6,
    ),
    (
        "attribution/complement.rs::SUBJECT_PRONOUNS",
        "text.rs::OPENERS",
        6,
    ),
    (
        "attribution/complement.rs::WH_OPENERS",
        "grammar.txt[stop]",
        11,
    ),
    (
        "attribution/lexicon.rs::ADJUNCT_SUBORDINATORS",
        "attribution/lexicon.rs::SUBORDINATORS",
        8,
    ),
    (
        "attribution/lexicon.rs::ADJUNCT_SUBORDINATORS",
        "grammar.txt[stop]",
        8,
    ),
    (
        "attribution/lexicon.rs::NOT_SOURCE_LABELS",
        "credit_sources.txt[not_outlet]",
        8,
    ),
    (
        "attribution/lexicon.rs::NOT_SOURCE_LABELS",
        "newsroom_words.txt[label]",
        17,
    ),
    (
        "attribution/lexicon.rs::SUBORDINATORS",
        "attribution/lexicon.rs::TIME_SUBORDINATORS",
        7,
    ),
    (
        "attribution/lexicon.rs::SUBORDINATORS",
        "grammar.txt[stop]",
        12,
    ),
    (
        "attribution/lexicon.rs::TIME_SUBORDINATORS",
        "grammar.txt[stop]",
        6,
    ),
    (
        "attribution/resolve.rs::AUTHORED",
        "grammar.txt[read-by-word]",
        6,
    ),
    (
        "attribution/resolve.rs::AUTHORING",
        "grammar.txt[read-by-word]",
        9,
    ),
    ("credit_sources.txt[not_name]", "sources.txt[unnamed]", 6),
    (
        "credit_sources.txt[not_outlet]",
        "newsroom_words.txt[label]",
        10,
    ),
    ("dateline_function_words.txt", "grammar.txt[aux]", 7),
    ("dateline_function_words.txt", "grammar.txt[stop]", 13),
    (
        "dateline_function_words.txt",
        "newsroom_words.txt[label]",
        11,
    ),
    ("dateline_function_words.txt", "text.rs::OPENERS", 6),
    ("field_stopwords.txt[clause]", "name_stopwords.txt", 6),
    ("field_stopwords.txt[clause]", "text.rs::OPENERS", 15),
    ("field_stopwords.txt[other]", "grammar.txt[determiner]", 6),
    ("field_stopwords.txt[other]", "text.rs::OPENERS", 8),
    ("grammar.txt[aux]", "grammar.txt[connective]", 10),
    ("grammar.txt[connective]", "text.rs::OPENERS", 6),
    ("grammar.txt[determiner]", "name_stopwords.txt", 7),
    ("grammar.txt[determiner]", "sources.txt[unnamed]", 9),
    ("grammar.txt[determiner]", "text.rs::OPENERS", 12),
    ("grammar.txt[medium]", "name_stopwords.txt", 17),
    ("grammar.txt[medium]", "newsroom_words.txt[label]", 6),
    ("grammar.txt[medium]", "sources.txt[evidence]", 6),
    ("grammar.txt[preposition]", "grammar.txt[stop]", 7),
    ("grammar.txt[stop]", "name_stopwords.txt", 10),
    ("grammar.txt[stop]", "newsroom_words.txt[label]", 11),
    ("grammar.txt[stop]", "text.rs::OPENERS", 12),
    ("name_honorifics.txt", "sources.txt[title]", 12),
    ("sources.txt[pronoun]", "text.rs::OPENERS", 7),
    ("name_stopwords.txt", "sources.txt[evidence]", 8),
    ("name_stopwords.txt", "sources.txt[organisation-noun]", 7),
    ("name_stopwords.txt", "sources.txt[organisation]", 12),
    ("name_stopwords.txt", "sources.txt[unnamed]", 6),
    ("name_stopwords.txt", "text.rs::OPENERS", 7),
    ("name_stopwords.txt", "time_words.txt", 7),
    ("newsroom_words.txt[label]", "sources.txt[evidence]", 7),
    ("sources.txt[role]", "sources.txt[title]", 22),
];

/// No word list is listed twice: two lists (lexicon lists, and the `[&str]` constants of the
/// source) share at most [`SHARED_AT_MOST`] entries unless the overlap is declared, so the
/// shared part of two lists is one class of its own (`us_states.txt[ap]`, read by datelines
/// and credits; `sources.txt[organisation]`, source nouns and organisation-name words).
/// The lexicon lists and the `[&str]` constants of the library's source (test files left out),
/// by name, entries lower-cased.
fn all_word_lists() -> BTreeMap<String, BTreeSet<String>> {
    let mut lists = lexicon_lists();
    let src = src_dir();
    for (_, file, text) in sources() {
        let rel = file.strip_prefix(&src).expect("a file under src/");
        if rel
            .components()
            .any(|c| c.as_os_str() == "tests" || c.as_os_str() == "tests.rs")
        {
            continue; // test fixtures, not lists the library reads
        }
        for (name, words) in word_lists(&text) {
            let words = words.iter().map(|w| w.to_lowercase()).collect();
            lists.insert(format!("{}::{name}", rel.display()), words);
        }
    }
    lists
}

#[test]
fn no_two_word_lists_overlap_undeclared() {
    let lists = all_word_lists();
    let declared: BTreeMap<(&str, &str), usize> = DECLARED_OVERLAPS
        .iter()
        .map(|&(a, b, n)| ((a, b), n))
        .collect();
    let names: Vec<&String> = lists.keys().collect();
    let mut found = Vec::new();
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            let shared = lists[*a].intersection(&lists[*b]).count();
            let allowed = declared
                .get(&(a.as_str(), b.as_str()))
                .copied()
                .unwrap_or(SHARED_AT_MOST);
            if shared > allowed {
                found.push(format!("    ({a:?}, {b:?}, {shared}),"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "word lists sharing more entries than allowed (make the shared part a class of its own):\n{}",
        found.join("\n")
    );
}

/// Every declared overlap is still needed: when two lists come to share at most
/// [`SHARED_AT_MOST`] entries, their declaration goes, so the ratchet cannot loosen again. (A
/// count above what is shared is not failed here, so that branches shrinking a list merge
/// without touching this file; lower it when you see it.)
#[test]
fn no_declared_overlap_is_stale() {
    let lists = all_word_lists();
    let mut stale = Vec::new();
    for &(a, b, declared) in DECLARED_OVERLAPS {
        let (Some(x), Some(y)) = (lists.get(a), lists.get(b)) else {
            stale.push(format!("    ({a:?}, {b:?}): a list no longer exists"));
            continue;
        };
        let shared = x.intersection(y).count();
        if shared <= SHARED_AT_MOST {
            stale.push(format!(
                "    ({a:?}, {b:?}, {declared}): now {shared} shared"
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "declared overlaps to shrink or delete:\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_overlap_check_sees_a_list_repeated_in_another_file() {
    let a = lists_of("a.txt", "# states\n[ap]\nNev.\nFla.\n[name]\nNevada\n");
    let b = lists_of("b.txt", "head | Reporter\nmodifier | senior\nnev.\nfla.\n");
    assert_eq!(a["a.txt[ap]"], ["fla.", "nev."].map(String::from).into());
    assert_eq!(
        b["b.txt"],
        ["fla.", "head | reporter", "modifier | senior", "nev."]
            .map(String::from)
            .into()
    );
    let roles = lists_of("byline_roles.txt", "head | Reporter\nmodifier | senior\n");
    assert_eq!(
        roles["byline_roles.txt:head"],
        ["reporter".to_string()].into()
    );
    assert_eq!(a["a.txt[ap]"].intersection(&b["b.txt"]).count(), 2);
}

/// Issue 10's bound on a room's size: no source file of the library over 1,500 lines (tests may
/// live in files of their own, under a `tests` directory or named `tests.rs`, and are not bound).
#[test]
fn no_source_file_over_1500_lines() {
    let too_long: Vec<String> = sources()
        .into_iter()
        .filter(|(_, path, _)| {
            !path.components().any(|c| c.as_os_str() == "tests")
                && path.file_name().is_some_and(|n| n != "tests.rs")
        })
        .filter_map(|(module, _, text)| {
            let n = text.lines().count();
            (n > 1500).then(|| format!("{module}: {n} lines"))
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "split these by what they own: {too_long:?}"
    );
}
