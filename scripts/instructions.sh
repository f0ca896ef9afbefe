#!/usr/bin/env bash
# Instruction counts (valgrind cachegrind, immune to machine load) of one parse of every BBC
# article, for a base commit and the working tree.
#
#   scripts/instructions.sh BASE [DATA_DIR]      # DATA_DIR defaults to ../shared/data
#
# Builds `examples/dump` (this tree's, copied into BASE when BASE has none) in release mode for
# both and runs `dump --parse-only` under `valgrind --tool=cachegrind --cache-sim=no`. The
# figure includes reading the corpus (the same work for both).
set -euo pipefail
base=${1:?usage: scripts/instructions.sh BASE [DATA_DIR]}
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
setup "$base" "${2:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build_dumps "$root" "$hash" "$tmp" --parse-only
count() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$1" --parse-only "$data" 2>&1 \
        | sed -n 's/.*I *refs: *//p' | tr -d ,
}
b=$(count "$out/target-base/release/examples/dump")
h=$(count "$root/target/release/examples/dump")
echo "base $hash: $b instructions"
echo "head (working tree): $h instructions"
python3 -c "print(f'head/base: {$h/$b:.4f}')"
