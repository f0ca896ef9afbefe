#!/usr/bin/env bash
# Estimated CPU cycles of one steady parse of the BBC corpus, for a base commit and the working
# tree, from valgrind cachegrind's counts (immune to machine load, unlike wall time).
#
#   scripts/cycles.sh BASE [DATA_DIR] [--top N]      # DATA_DIR defaults to ../shared/data
#
# Instruction counts alone miss what makes a parse slow on a real core: instruction-cache misses
# (a hot path spread over large inlined functions) and mispredicted branches. This script runs
# `dump --parse-only` with `--passes 1` and `--passes 3` under `valgrind --tool=cachegrind
# --cache-sim=yes --branch-sim=yes`, takes the marginal pass ((3 − 1) / 2: no start-up, no
# one-time regex builds), and weighs the events as a core of this class roughly costs them:
#
#   cycles ≈ 0.25·Ir + 12·I1 misses + 20·mispredicts + 10·D1 misses + 100·LL misses
#
# The weights are rough; the estimate tracked criterion's `article/parse` on BBC within a few
# per cent across the commits it was checked on (9b9ead4 vs 9dd2c3d: 1.35× estimated, 1.33–1.43×
# measured in different sittings). Compare commits with it, not absolute speeds. `--top N` lists
# the N functions whose estimated cycles grew most from base to head.
set -euo pipefail
base=${1:?usage: scripts/cycles.sh BASE [DATA_DIR] [--top N]}
shift
data_arg=""
top=25
while [ $# -gt 0 ]; do
    case "$1" in
        --top) top=${2:?--top needs a count}; shift 2 ;;
        *) data_arg=$1; shift ;;
    esac
done
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
setup "$base" "$data_arg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build_dumps "$root" "$hash" "$tmp" --passes
run() { # binary passes outfile
    valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes --cachegrind-out-file="$3" \
        "$1" --parse-only --passes "$2" "$data" >/dev/null 2>&1
}
bb="$out/target-base/release/examples/dump"
hb="$root/target/release/examples/dump"
run "$bb" 1 "$tmp/b1" & run "$bb" 3 "$tmp/b3" & wait
run "$hb" 1 "$tmp/h1" & run "$hb" 3 "$tmp/h3" & wait
python3 - "$tmp" "$hash" "$top" <<'PY'
import collections, re, sys
tmp, base, top = sys.argv[1], sys.argv[2], int(sys.argv[3])
# Event columns cachegrind writes with --cache-sim=yes --branch-sim=yes.
EV = "Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw Bc Bcm Bi Bim".split()
W = dict(Ir=0.25, I1mr=12, ILmr=100, D1mr=10, DLmr=100, D1mw=10, DLmw=100, Bcm=20, Bim=20)
def load(path):
    per = collections.defaultdict(lambda: [0] * len(EV))
    fn = None
    for line in open(path):
        if line.startswith("fn="):
            fn = line[3:].strip()
        elif line[:1].isdigit():
            vals = [int(x) for x in line.split()[1:]]
            row = per[fn]
            for i, v in enumerate(vals[: len(EV)]):
                row[i] += v
    return per
def marginal(one, three):
    a, b = load(one), load(three)
    return {k: [(b[k][i] - a[k][i]) / 2 for i in range(len(EV))] for k in set(a) | set(b)}
def cycles(row):
    return sum(W.get(e, 0) * row[i] for i, e in enumerate(EV))
def total(per):
    return [sum(r[i] for r in per.values()) for i in range(len(EV))]
b = marginal(f"{tmp}/b1", f"{tmp}/b3")
h = marginal(f"{tmp}/h1", f"{tmp}/h3")
tb, th = total(b), total(h)
ix = {e: i for i, e in enumerate(EV)}
def line(name, t):
    mis = t[ix["Bcm"]] + t[ix["Bim"]]
    d1 = t[ix["D1mr"]] + t[ix["D1mw"]]
    print(f"{name:<28} Ir {t[0]/1e6:8.1f}M  I1 miss {t[1]/1e6:6.2f}M  mispred {mis/1e6:6.2f}M"
          f"  D1 miss {d1/1e6:6.2f}M  est. cycles {cycles(t)/1e6:8.1f}M")
print("marginal pass (one parse of the corpus, steady state):")
line(f"base {base[:10]}", tb)
line("head (working tree)", th)
print(f"head/base estimated cycles: {cycles(th)/cycles(tb):.4f}   instructions: {th[0]/tb[0]:.4f}")
def short(s):
    s = re.sub(r"<impl [^>]*>::", "", s or "?")
    return s.replace("copydesk::", "")[:80]
rows = sorted(((cycles(h.get(k, [0]*13)) - cycles(b.get(k, [0]*13)), k) for k in set(b) | set(h)), reverse=True)
print(f"\nfunctions whose estimated cycles grew most (M, head − base; head's own figure after):")
for d, k in rows[:top]:
    r = h.get(k, [0] * 13)
    print(f"  {d/1e6:+7.1f}  {short(k):<80} {cycles(r)/1e6:7.1f}  (Ir {r[0]/1e6:.1f}M, I1 {r[1]/1e3:.0f}k, mis {(r[10]+r[12])/1e3:.0f}k)")
PY
