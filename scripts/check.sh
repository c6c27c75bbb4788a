#!/usr/bin/env bash
# Timing check: runs the labs through the CLI and checks the figures of the seed (and the
# engine's own targets) from the JSON the CLI writes (scripts/checks.py). The unit tests check
# behaviour; the timing targets live here, where a whole run on a quiet machine is measured.
#
#   scripts/check.sh [--keep] [CASE...]   --keep leaves the JSON and logs in the temporary folder
#
# Cases, all of them by default, in this order: lab0 lab1 lab2 lab3 lab4 lab5 lab6 lab7 lab8 threads gil coro100k
# cpython quiet sweep loaded. quiet, sweep and loaded check that the CLI tells a busy machine from a quiet
# one: loaded starts two CPU hogs of its own and stops them before it returns.
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

all_cases=(lab0 lab1 lab2 lab3 lab4 lab5 lab6 lab7 lab8 threads gil coro100k cpython quiet sweep loaded)
usage="usage: scripts/check.sh [--keep] [CASE...]; cases: ${all_cases[*]}"
keep=0
cases=()
for arg in "$@"; do
    case "$arg" in
        --keep) keep=1 ;;
        *)
            if [[ " ${all_cases[*]} " != *" $arg "* ]]; then
                echo "$usage" >&2
                exit 2
            fi
            cases+=("$arg")
            ;;
    esac
done
[[ ${#cases[@]} -gt 0 ]] || cases=("${all_cases[@]}")

cl_setup release
app="$CL_ROOT/build/app/concurrency-lab"
checks="$CL_ROOT/scripts/checks.py"

tmp="$(mktemp -d)"
hogs=()
# The CPU hogs of the loaded case. Each is `timeout 120 yes`: timeout leads a process group of
# its own and passes a signal on to it, so killing it ends its yes; and should this script be
# killed by SIGKILL, which no trap sees, the hogs still end within two minutes.
start_hogs() {
    local _
    for _ in 1 2; do
        timeout 120 yes >/dev/null &
        hogs+=("$!")
    done
    sleep 1 # both running before the runs are measured
}
stop_hogs() {
    local pid
    for pid in "${hogs[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    hogs=()
}
cleanup() {
    stop_hogs
    if [[ $keep -eq 1 ]]; then
        echo "check.sh: kept $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
# The CLI treats Ctrl+C as "cancel" and exits 1, and bash would then carry on with the next
# run; running it as a job that `wait` waits for lets the trap stop the whole check.
child=""
on_signal() {
    if [[ -n "$child" ]]; then
        # Ctrl+C reaches the CLI through our process group; a TERM sent to this script alone is
        # passed on (timeout hands it to the CLI, which cancels as it does on Ctrl+C).
        if [[ $1 -eq 143 ]]; then
            kill -TERM "$child" 2>/dev/null || true
        fi
        wait "$child" || true
    fi
    exit "$1" # through the EXIT trap: the hogs are stopped on this path too
}
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

results="$tmp/results.tsv"
: >"$results"

# cli NAME ARGS…: runs the CLI with --json $tmp/NAME.json, output to $tmp/NAME.log.
cli() {
    local name="$1" rc=0
    shift
    printf '\n== %s: concurrency-lab %s\n' "$name" "$*"
    # A hung run must not hang the check: no run here needs more than a minute.
    # --foreground keeps the CLI in our process group, so Ctrl+C reaches it.
    timeout --foreground 300 "$app" "$@" --json "$tmp/$name.json" </dev/null >"$tmp/$name.log" 2>&1 &
    child=$!
    wait "$child" || rc=$?
    child=""
    if [[ $rc -ne 0 ]]; then
        echo "  last lines of its output:"
        tail -n 15 "$tmp/$name.log" | sed 's/^/    /'
    fi
    python3 "$checks" exit "$results" "$name" "$rc"
}

# Every run gets its own --out so that the check leaves nothing in ~/.local/share.
case_lab0() {
    cli lab0 run --lab 0 --out "$tmp/out0"
    python3 "$checks" lab0 "$results" "$tmp/lab0.json"
}
case_lab1() {
    cli lab1 run --lab 1 --out "$tmp/out1"
    python3 "$checks" lab1 "$results" "$tmp/lab1.json"
}
case_lab2() {
    cli lab2 run --lab 2 --out "$tmp/out2"
    python3 "$checks" lab2 "$results" "$tmp/lab2.json" "$tmp/out2"
}
case_lab3() {
    cli lab3 run --lab 3 --out "$tmp/out3"
    python3 "$checks" lab3 "$results" "$tmp/lab3.json"
}
case_lab4() {
    cli lab4 run --lab 4 --out "$tmp/out11"
    python3 "$checks" lab4 "$results" "$tmp/lab4.json"
}
case_lab5() {
    cli lab5 run --lab 5 --runtime both --out "$tmp/out12"
    python3 "$checks" lab5 "$results" "$tmp/lab5.json"
}
case_lab6() {
    # 20 rounds in each runtime (about 1.5 minutes): a race is judged over many runs.
    cli lab6 run --lab 6 --runtime both --repeats 20 --quiet --lang en
    python3 "$checks" lab6 "$results" "$tmp/lab6.json"
}
case_lab8() {
    cli lab8 run --lab 8 --runtime both --out "$tmp/out13"
    python3 "$checks" lab8 "$results" "$tmp/lab8.json"
}
case_lab7() {
    cli lab7 run --lab 7 --runtime both --quiet --out "$tmp/out14"
    python3 "$checks" lab7 "$results" "$tmp/lab7.json"
}
case_threads() {
    cli threads run --workload squares --strategy sequential,threads --workers 2 --out "$tmp/out4"
    python3 "$checks" threads "$results" "$tmp/threads.json"
}
case_gil() {
    cli gil run --workload squares --strategy sequential,threads --workers 2 --gil --out "$tmp/out5"
    python3 "$checks" gil "$results" "$tmp/gil.json"
}
case_coro100k() {
    cli coro100k run --workload weather --strategy coroutines --tasks 100000 --delay-ms 200 --quiet \
        --out "$tmp/out6"
    python3 "$checks" coro100k "$results" "$tmp/coro100k.json"
}
case_cpython() {
    cli cpython run --workload squares --strategy sequential,threads,processes --workers 2 --runtime python \
        --out "$tmp/out7"
    python3 "$checks" cpython "$results" "$tmp/cpython.json"
}
case_quiet() {
    # What other programs took just before, to tell a busy machine from a wrong threshold.
    local before
    before="$(python3 "$checks" busy 2)"
    cli quiet run --lab 3 --repeats 3 --quiet --lang en --out "$tmp/out8"
    python3 "$checks" quiet "$results" "$tmp/quiet.json" "$before"
}
case_sweep() {
    cli sweep run --workload squares --strategy sequential,processes --sweep-workers 1,2,4 --repeats 3 \
        --quiet --lang en --out "$tmp/out9"
    python3 "$checks" sweep "$results" "$tmp/sweep.json"
}
case_loaded() {
    start_hogs
    cli loaded run --lab 3 --repeats 3 --quiet --lang en --out "$tmp/out10"
    stop_hogs
    python3 "$checks" loaded "$results" "$tmp/loaded.json" "$tmp/loaded.log"
}

for c in "${cases[@]}"; do
    "case_$c"
done

python3 "$checks" summary "$results"
