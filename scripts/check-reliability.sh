#!/usr/bin/env bash
# Reliability check: the faults of docs/reliability.md that need whole processes, a shared folder,
# a pipe or a million tasks, run as a workshop would run into them, with the figures measured.
# The unit tests prove each behaviour; this gives the numbers over many repetitions.
#
#   scripts/check-reliability.sh [--pairs N] [--tasks N]   defaults: 10 pairs, 1,000,000 tasks
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

pairs=10
big=1000000
while [[ $# -gt 0 ]]; do
    case "$1" in
        --pairs) pairs="$2"; shift 2 ;;
        --tasks) big="$2"; shift 2 ;;
        *) echo "usage: scripts/check-reliability.sh [--pairs N] [--tasks N]" >&2; exit 2 ;;
    esac
done

cl_setup release
app="$CL_ROOT/build/app/concurrency-lab"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
failed=0
say() { printf '  %s\n' "$*"; }
fail() { say "FAIL  $*"; failed=1; }

# Every task a JSON file calls ok: its file is in the run's out_dir and holds the lines it wrote.
lost_files() {
    python3 - "$@" <<'PY'
import json, pathlib, sys
lost = 0
for path in sys.argv[1:]:
    for run in json.load(open(path, encoding="utf-8"))["runs"]:
        folder = pathlib.Path(run["out_dir"])
        for task in run["tasks"]:
            if not task["ok"]:
                continue
            f = folder / task["label"]
            lines = f.read_text(encoding="utf-8").splitlines() if f.is_file() else []
            if len(lines) != 10 or not all(f"{task['label']} line " in l for l in lines):
                lost += 1
print(lost)
PY
}

echo "1. Two runs at once, one --out ($pairs pairs, threads and processes, 2,000 files each)"
"$app" run --workload logs --quiet --out same >/dev/null
total_lost=0
for ((i = 1; i <= pairs; i++)); do
    args=(run --workload logs --strategy threads,processes --tasks 2000 --delay-ms 0 --quiet --out same)
    "$app" "${args[@]}" --json a.json >/dev/null & first=$!
    "$app" "${args[@]}" --json b.json >/dev/null & second=$!
    wait "$first" || fail "pair $i: the first run exited $?"
    wait "$second" || fail "pair $i: the second run exited $?"
    lost="$(lost_files a.json b.json)"
    total_lost=$((total_lost + lost))
done
say "files called ok and then missing or changed: $total_lost (over $((pairs * 4)) runs)"
[[ $total_lost -eq 0 ]] || fail "files were lost"
say "run folders made under same/: $(find same -mindepth 1 -maxdepth 1 -type d | wc -l)"

echo "2. A closed or full standard output"
set +e
"$app" run --workload weather --strategy sequential,threads --delay-ms 300 --json bp.json | head -2 >/dev/null
code=${PIPESTATUS[0]}
set -e
written=$(python3 -c 'import json,sys; print(len(json.load(open("bp.json"))["runs"]))' 2>/dev/null || echo 0)
say "run … --json bp.json | head -2: exit $code, bp.json holds $written runs"
[[ $code -eq 1 && $written -eq 2 ]] || fail "expected exit 1 and 2 runs"
for target in - out.json; do
    set +e
    "$app" run --workload weather --strategy threads --delay-ms 10 --json "$target" >/dev/full 2>err.txt
    code=$?
    set -e
    say "run … --json $target > /dev/full: exit $code, stderr: $(tail -1 err.txt)"
    [[ $code -eq 1 ]] || fail "expected exit 1"
done

echo "3. The JSON of $big coroutine tasks"
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
if [[ -x /usr/bin/time ]]; then
    base=$(peak "$app" run --workload weather --strategy coroutines --tasks "$big" --delay-ms 0 --quiet)
    start=$EPOCHREALTIME
    with=$(peak "$app" run --workload weather --strategy coroutines --tasks "$big" --delay-ms 0 --quiet --json big.json)
    took=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    added=$(((with - base) / 1024))
    size=$(($(stat -c %s big.json) / 1024 / 1024))
    say "peak RSS without --json $((base / 1024)) MB, with $((with / 1024)) MB: +$added MB for a $size MB file (${took} s)"
    [[ $added -lt 300 ]] || fail "--json added $added MB (bound: 300 MB)"
    python3 -c 'import json; d=json.load(open("big.json")); assert len(d["runs"][0]["tasks"]) == '"$big" ||
        fail "big.json does not hold $big tasks"
    rm -f big.json
else
    say "skipped: /usr/bin/time is not installed (apt install time)"
fi

[[ $failed -eq 0 ]] && echo "check-reliability: all passed" || { echo "check-reliability: FAILED"; exit 1; }
