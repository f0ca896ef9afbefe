#!/usr/bin/env bash
# Checks that the working tree parses the shared dev data byte-identically to a base commit.
#
#   scripts/dump-diff.sh BASE [DATA_DIR]      # DATA_DIR defaults to ../shared/data
#
# Exports BASE into a temporary directory (git archive: no worktree is registered), gives it
# this tree's examples/dump.rs if it has none, runs `examples/dump` on both and compares the two
# JSONL files with cmp. The base dump is cached under target/dump/ by commit hash. Exit status 0
# when identical, 1 with the first differing record shown when not.
set -euo pipefail
base=${1:?usage: scripts/dump-diff.sh BASE [DATA_DIR]}
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
setup "$base" "${2:-}"
if [ ! -s "$out/$hash.jsonl" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    export_base "$root" "$hash" "$tmp"
    (cd "$tmp" && CARGO_TARGET_DIR="$out/target-base" cargo run -q --release --example dump -- "$data") \
        > "$out/$hash.jsonl.part"
    mv "$out/$hash.jsonl.part" "$out/$hash.jsonl"
fi
(cd "$root" && cargo run -q --release --example dump -- "$data") > "$out/head.jsonl"
echo "base $hash: $(wc -l < "$out/$hash.jsonl") records, $(wc -c < "$out/$hash.jsonl") bytes"
echo "head (working tree): $(wc -l < "$out/head.jsonl") records, $(wc -c < "$out/head.jsonl") bytes"
if cmp "$out/$hash.jsonl" "$out/head.jsonl"; then
    echo "identical"
else
    diff <(tr -d '\r' < "$out/$hash.jsonl") "$out/head.jsonl" | head -c 4000
    exit 1
fi
