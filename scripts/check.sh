#!/usr/bin/env bash
# Timing check: runs the labs through the CLI and checks the figures of the seed (and the
# engine's own targets) from the JSON the CLI writes. The unit tests check behaviour; the
# timing targets live here, where a whole run on a quiet machine is measured.
#
#   scripts/check.sh [--keep]   --keep leaves the JSON and logs in the temporary folder
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

keep=0
for arg in "$@"; do
    case "$arg" in
        --keep) keep=1 ;;
        *) echo "usage: scripts/check.sh [--keep]" >&2; exit 2 ;;
    esac
done

cl_setup release
app="$CL_ROOT/build/app/concurrency-lab"

tmp="$(mktemp -d)"
cleanup() {
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
        wait "$child" || true
    fi
    exit "$1"
}
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

results="$tmp/results.tsv"
: >"$results"
checks="$tmp/checks.py"
cat >"$checks" <<'PY'
"""Checks of check.sh: python3 checks.py CHECK RESULTS_TSV ARGS...; 'summary' prints the table."""
import json
import pathlib
import sys


def record(results, name, measured, bound, ok):
    word = "PASS" if ok else "FAIL"
    print(f"  {word}  {name}: {measured}  (bound: {bound})", flush=True)
    with open(results, "a", encoding="utf-8") as f:
        f.write(f"{name}\t{measured}\t{bound}\t{word}\n")


def text(value):
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id") or "")
    return "" if value is None else str(value)


def load(results, label, path):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except FileNotFoundError:
        record(results, f"{label}: JSON", "not written", "a JSON document", False)
        return None
    except (OSError, ValueError) as e:
        record(results, f"{label}: JSON", f"unreadable ({e})", "a JSON document", False)
        return None
    schema = doc.get("schema") or doc.get("$schema") or ""
    if schema and schema != "concurrency-lab/runs@1":
        record(results, f"{label}: schema", schema, "concurrency-lab/runs@1", False)
    return doc


def find_run(results, doc, label, workload, strategy):
    for run in doc.get("runs", []):
        if text(run.get("workload")) == workload and text(run.get("strategy")) == strategy:
            return run
    record(results, f"{label}: {workload}/{strategy} run", "missing", "present in runs[]", False)
    return None


def fmt(x):
    return f"{x:.1f}" if isinstance(x, float) else str(x)


def check_wall(results, label, run, name, lo=None, hi=None):
    wall = float(run.get("wall_ms", float("nan")))
    ok = (lo is None or wall >= lo) and (hi is None or wall <= hi)
    if lo is not None and hi is not None:
        bound = f"[{lo}, {hi}] ms"
    else:
        bound = f">= {lo} ms" if lo is not None else f"<= {hi} ms"
    record(results, f"{label}: {name} wall_ms", f"{wall:.1f} ms", bound, ok)
    return wall


def check_no_overlap(results, label, run, name):
    tasks = run.get("tasks", [])
    spans = sorted((float(t["start_ms"]), float(t["end_ms"])) for t in tasks)
    worst = 0.0
    for (_, prev_end), (start, _) in zip(spans, spans[1:]):
        worst = max(worst, prev_end - start)
    ok = bool(spans) and worst <= 0.0
    measured = f"{len(spans)} tasks, max overlap {worst:.3f} ms" if spans else "no tasks"
    record(results, f"{label}: {name} spans", measured, "no two tasks overlap", ok)


def distinct(run, *keys):
    values = set()
    for task in run.get("tasks", []):
        value = next((task[k] for k in keys if k in task), None)
        values.add(text(value))
    return values


def check_squares_results(results, label, doc):
    total = exact = 0
    wrong = []
    for run in doc.get("runs", []):
        if text(run.get("workload")) != "squares":
            continue
        for task in run.get("tasks", []):
            total += 1
            n = int(task["n"])
            want = str(n * (n - 1) * (2 * n - 1) // 6)
            if str(task.get("result")) == want:
                exact += 1
            elif len(wrong) < 3:
                wrong.append(f"n={n}: got {task.get('result')!r}")
    measured = f"{exact}/{total} exact" + (f" ({'; '.join(wrong)})" if wrong else "")
    record(results, f"{label}: squares results", measured, "n(n-1)(2n-1)/6 for every task",
           total > 0 and exact == total)


def check_speedup(results, label, doc, fast, lo=None, hi=None):
    seq = find_run(results, doc, label, "squares", "sequential")
    par = find_run(results, doc, label, "squares", fast)
    if not seq or not par:
        return
    speedup = float(seq["wall_ms"]) / float(par["wall_ms"])
    bound = f">= {lo}x" if lo is not None else f"<= {hi}x"
    ok = (lo is None or speedup >= lo) and (hi is None or speedup <= hi)
    measured = f"{speedup:.2f}x ({float(seq['wall_ms']):.0f} / {float(par['wall_ms']):.0f} ms)"
    record(results, f"{label}: {fast} speedup over sequential", measured, bound, ok)


def sample_time(sample):
    for key in ("t_ms", "time_ms", "at_ms", "elapsed_ms", "ms"):
        if key in sample:
            return float(sample[key])
    return None


def middle_mean_pct(run):
    """Mean of process_pct over the middle 80% of the run (by sample time, else by index)."""
    samples = run.get("cpu_samples", [])
    times = [sample_time(s) for s in samples]
    if samples and None not in times:
        wall = float(run.get("wall_ms", 0.0))
        t0, t1 = (0.0, wall) if max(times) <= 1.5 * wall else (min(times), max(times))
        lo, hi = t0 + 0.1 * (t1 - t0), t0 + 0.9 * (t1 - t0)
        picked = [s for s, t in zip(samples, times) if lo <= t <= hi]
    else:
        cut = len(samples) // 10
        picked = samples[cut:len(samples) - cut]
    values = [float(s["process_pct"]) for s in picked]
    return (sum(values) / len(values), len(values)) if values else (None, 0)


def check_cpu(results, label, run, name, lo=None, hi=None):
    mean, count = middle_mean_pct(run)
    bound = f"[{lo}, {hi}] %" if lo is not None and hi is not None else f">= {lo} %"
    ok = mean is not None and (lo is None or mean >= lo) and (hi is None or mean <= hi)
    measured = f"{mean:.1f} % over {count} samples" if mean is not None else "no samples"
    record(results, f"{label}: {name} CPU, middle 80%", measured, bound, ok)


def lab0(results, path):
    doc = load(results, "lab 0", path)
    if not doc:
        return
    for workload, lo, hi in (("weather", 6000, 6100), ("logs", 5000, 5100)):
        run = find_run(results, doc, "lab 0", workload, "sequential")
        if run:
            check_wall(results, "lab 0", run, f"{workload}/sequential", lo, hi)
            check_no_overlap(results, "lab 0", run, f"{workload}/sequential")


def lab1(results, path):
    doc = load(results, "lab 1", path)
    run = doc and find_run(results, doc, "lab 1", "weather", "coroutines")
    if not run:
        return
    check_wall(results, "lab 1", run, "weather/coroutines", 2000, 2050)
    workers = distinct(run, "worker")
    record(results, "lab 1: workers of the coroutines", f"{len(workers)} distinct {sorted(workers)[:3]}",
           "1 (one event loop)", len(workers) == 1)
    cpu = run.get("cpu_ms", {})
    app = float(cpu.get("app_user", float("nan"))) + float(cpu.get("app_system", float("nan")))
    record(results, "lab 1: app CPU while waiting", f"{app:.1f} ms", "< 50 ms", app < 50)


def lab2(results, path, out_dir):
    doc = load(results, "lab 2", path)
    run = doc and find_run(results, doc, "lab 2", "logs", "threads")
    if run:
        check_wall(results, "lab 2", run, "logs/threads", 1000, 1060)
        threads = distinct(run, "thread", "worker")
        record(results, "lab 2: threads used", f"{len(threads)} distinct", "5", len(threads) == 5)
    root = pathlib.Path(out_dir)
    found = 0
    problems = []
    for i in range(5):
        files = sorted(root.rglob(f"log_{i}.txt"))
        if not files:
            problems.append(f"log_{i}.txt missing")
        elif any(f.stat().st_size == 0 for f in files):
            problems.append(f"log_{i}.txt empty")
        else:
            found += 1
    measured = f"{found}/5 present and non-empty" + (f" ({', '.join(problems)})" if problems else "")
    record(results, "lab 2: log files under --out", measured, "log_0..log_4.txt, non-empty", found == 5)


def lab3(results, path):
    doc = load(results, "lab 3", path)
    if not doc:
        return
    check_squares_results(results, "lab 3", doc)
    check_speedup(results, "lab 3", doc, "processes", lo=1.8)
    for strategy, lo, hi in (("processes", 150, None), ("sequential", 70, 130)):
        run = find_run(results, doc, "lab 3", "squares", strategy)
        if run:
            check_cpu(results, "lab 3", run, strategy, lo, hi)


def threads(results, path):
    doc = load(results, "threads", path)
    if doc:
        check_squares_results(results, "threads", doc)
        check_speedup(results, "threads", doc, "threads", lo=1.8)


def gil(results, path):
    doc = load(results, "threads --gil", path)
    if doc:
        check_squares_results(results, "threads --gil", doc)
        check_speedup(results, "threads --gil", doc, "threads", hi=1.1)


def coro100k(results, path):
    doc = load(results, "100k waits", path)
    run = doc and find_run(results, doc, "100k waits", "weather", "coroutines")
    if run:
        check_wall(results, "100k waits", run, "100,000 x 200 ms coroutines", hi=400)


LABELS = {"lab0": "lab 0", "lab1": "lab 1", "lab2": "lab 2", "lab3": "lab 3", "threads": "threads",
          "gil": "threads --gil", "coro100k": "100k waits"}


def exit_code(results, name, code):
    record(results, f"{LABELS.get(name, name)}: CLI exit code", code, "0", code == "0")


def summary(results):
    rows = [line.rstrip("\n").split("\t") for line in open(results, encoding="utf-8") if line.strip()]
    head = ("Check", "Measured", "Bound", "Result")
    widths = [min(60, max(len(r[i]) for r in rows + [head])) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print("\nSummary")
    print(line)
    for row in [head] + rows:
        print("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip())
    print(line)
    failed = sum(1 for r in rows if r[3] == "FAIL")
    print(f"check: {len(rows) - failed} passed, {failed} failed")
    return 1 if failed or not rows else 0


def cpython(results, path):
    """The seed's squares in CPython: the real GIL holds threads back; processes escape it."""
    doc = load(results, "CPython", path)
    if not doc:
        return
    check_squares_results(results, "CPython", doc)
    check_speedup(results, "CPython", doc, "threads", hi=1.2)
    check_speedup(results, "CPython", doc, "processes", lo=1.5)


CHECKS = {"lab0": lab0, "lab1": lab1, "lab2": lab2, "lab3": lab3, "threads": threads,
          "gil": gil, "coro100k": coro100k, "cpython": cpython, "exit": exit_code}

if __name__ == "__main__":
    what, results_tsv, *rest = sys.argv[1:]
    if what == "summary":
        sys.exit(summary(results_tsv))
    try:
        CHECKS[what](results_tsv, *rest)
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        record(results_tsv, f"{what}: JSON fields", f"unexpected ({type(e).__name__}: {e})",
               "the fields check.sh reads", False)
PY

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
cli lab0 run --lab 0 --out "$tmp/out0"
python3 "$checks" lab0 "$results" "$tmp/lab0.json"

cli lab1 run --lab 1 --out "$tmp/out1"
python3 "$checks" lab1 "$results" "$tmp/lab1.json"

cli lab2 run --lab 2 --out "$tmp/out2"
python3 "$checks" lab2 "$results" "$tmp/lab2.json" "$tmp/out2"

cli lab3 run --lab 3 --out "$tmp/out3"
python3 "$checks" lab3 "$results" "$tmp/lab3.json"

cli threads run --workload squares --strategy sequential,threads --workers 2 --out "$tmp/out4"
python3 "$checks" threads "$results" "$tmp/threads.json"

cli gil run --workload squares --strategy sequential,threads --workers 2 --gil --out "$tmp/out5"
python3 "$checks" gil "$results" "$tmp/gil.json"

cli coro100k run --workload weather --strategy coroutines --tasks 100000 --delay-ms 200 --quiet \
    --out "$tmp/out6"
python3 "$checks" coro100k "$results" "$tmp/coro100k.json"

cli cpython run --workload squares --strategy sequential,threads,processes --workers 2 --runtime python \
    --out "$tmp/out7"
python3 "$checks" cpython "$results" "$tmp/cpython.json"

python3 "$checks" summary "$results"
