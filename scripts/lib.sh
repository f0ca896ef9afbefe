# Shared by the comparison scripts (dump-diff.sh, instructions.sh, cycles.sh); sourced, not run.

# setup BASE [DATA_DIR]: sets `root` (the working tree), `data` (DATA_DIR, by default
# ../shared/data beside the tree), `hash` (BASE's commit) and `out` (target/dump, created).
setup() {
    root=$(git rev-parse --show-toplevel)
    data=$(realpath "${2:-$root/../shared/data}")
    hash=$(git -C "$root" rev-parse --verify "$1^{commit}")
    out="$root/target/dump"
    mkdir -p "$out"
}

# export_base ROOT HASH DIR [FLAG]: the tree of commit HASH into DIR (git archive: no worktree
# is registered), with ROOT's examples/dump.rs where the base has none or its dump lacks FLAG
# (`--passes`, `--parse-only`), so that old commits can be measured the same way. The files get
# the time of extraction (`tar -m`), not the commit's: with the commit's time, cargo took a build
# of another, later-built base in the shared target-base directory for fresh and reused it.
export_base() {
    local root=$1 hash=$2 dir=$3 flag=${4:-}
    git -C "$root" archive "$hash" | tar -x -m -C "$dir"
    if [ ! -f "$dir/examples/dump.rs" ] || { [ -n "$flag" ] && ! grep -q -- "$flag" "$dir/examples/dump.rs"; }; then
        cp "$root/examples/dump.rs" "$dir/examples/dump.rs"
    fi
}

# build_dumps ROOT HASH DIR FLAG: `examples/dump` in release mode for commit HASH (exported into
# DIR, built into ROOT/target/dump/target-base) and for ROOT's working tree.
build_dumps() {
    local root=$1 hash=$2 dir=$3 flag=$4
    export_base "$root" "$hash" "$dir" "$flag"
    (cd "$dir" && CARGO_TARGET_DIR="$root/target/dump/target-base" cargo build -q --release --example dump)
    (cd "$root" && cargo build -q --release --example dump)
}
