//! Replays every saved hostile input through the checks the fuzz targets run (`tests/check`):
//! crash reproductions (`tests/hostile/crashes`), slow units (`tests/hostile/slow`) and the
//! curated corpus (`tests/hostile/corpus`, also the fuzzers' seeds). A fuzzer finding is fixed by
//! saving its input in one of these folders; this test keeps it fixed on stable.

use std::path::{Path, PathBuf};

use crate::check;

fn saved(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    files
}

fn replay(folder: &str) -> usize {
    let files = saved(folder);
    for path in &files {
        let bytes = std::fs::read(path).expect("a saved input");
        let text = check::text(&bytes);
        // A failing check names the file before the panic message.
        eprintln!("replaying {}", path.display());
        check::all(&text, true);
    }
    files.len()
}

#[test]
fn curated_corpus_passes_every_check() {
    assert!(
        replay("corpus") >= 40,
        "the curated corpus is in tests/hostile/corpus"
    );
}

#[test]
fn crash_reproductions_stay_fixed() {
    replay("crashes");
}

#[test]
fn slow_units_stay_fast_enough_to_finish() {
    replay("slow");
}

#[test]
fn the_checks_catch_a_span_that_does_not_slice_back() {
    let caught = std::panic::catch_unwind(|| {
        check::span("a“b", copydesk::Span::new(1, 2), "“", "probe");
    });
    assert!(
        caught.is_err(),
        "a span off a char boundary must fail the check"
    );
    let caught = std::panic::catch_unwind(|| {
        check::span("abc", copydesk::Span::new(1, 2), "c", "probe");
    });
    assert!(
        caught.is_err(),
        "a span with the wrong text must fail the check"
    );
}
