//! Replays every saved input of the record reader's fuzz target (`tests/hostile/records`, also
//! its seeds) through the checks the target runs (`check_record`), on stable.

#[allow(dead_code, unreachable_pub)]
#[path = "../src/input.rs"]
mod input;
#[allow(dead_code, unreachable_pub)]
#[path = "../src/record.rs"]
mod record;

mod check_record;

#[test]
fn saved_record_inputs_pass_every_check() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/hostile/records");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the seeds are in tests/hostile/records");
    let tmp = tempfile::tempdir().unwrap();
    for path in &files {
        eprintln!("replaying {}", path.display());
        let data = std::fs::read(path).unwrap();
        check_record::records(&data, &tmp.path().join("input.jsonl"));
    }
}
