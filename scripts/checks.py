"""Checks of scripts/check.sh, on the JSON the CLI writes.

    python3 checks.py CHECK RESULTS_TSV ARGS...   one check; each line it judges goes to RESULTS_TSV
    python3 checks.py summary RESULTS_TSV         the table of every line; exit 1 if any failed
    python3 checks.py busy SECONDS                % of one core the machine is busy over SECONDS
"""
import json
import os
import pathlib
import sys
import time


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
    if schema and schema not in ("concurrency-lab/runs@1", "concurrency-lab/runs@2"):
        record(results, f"{label}: schema", schema, "concurrency-lab/runs@2", False)
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


def story_end(task):
    return task["returned_ms"] if task.get("returned_ms") is not None else task["end_ms"]


def check_states_tile(results, label, doc):
    """Every task's states run from its submission to its end without a gap, and add up."""
    worst, tasks = 0.0, 0
    for run in doc.get("runs", []):
        for t in run.get("tasks", []):
            if t.get("end_ms") is None:
                continue
            tasks += 1
            span = story_end(t) - t["submitted_ms"]
            worst = max(worst, abs(sum(t["state_ms"].values()) - span))
            for a, b in zip(t["states"], t["states"][1:]):
                worst = max(worst, abs(b["start_ms"] - a["end_ms"]))
    record(results, f"{label}: task states add up to their spans", f"{worst:.3f} ms off at most ({tasks} tasks)",
           "<= 1 ms", tasks > 0 and worst <= 1.0)


def shares_on_worker(task):
    """A task's share of each state from its start on (a pool's queue and hand-over apart)."""
    ms = {k: v for k, v in task["state_ms"].items() if k not in ("queued", "transfer")}
    total = sum(ms.values())
    return {k: v / total for k, v in ms.items()} if total > 0 else {}


def lab4(results, path):
    """Threads and the GIL: two threads compute at once without it and take turns under it."""
    doc = load(results, "lab 4", path)
    if not doc:
        return
    check_squares_results(results, "lab 4", doc)
    check_states_tile(results, "lab 4", doc)
    runs = {(r["strategy"], r["gil"]): r for r in doc.get("runs", [])}
    seq, free, locked = (runs.get(k) for k in (("sequential", False), ("threads", False), ("threads", True)))
    if not (seq and free and locked):
        record(results, "lab 4: runs", sorted(runs), "sequential, threads, threads + GIL", False)
        return
    for name, run, lo, hi in (("threads", free, 1.6, None), ("threads + GIL", locked, None, 1.1)):
        speedup = seq["wall_ms"] / run["wall_ms"]
        bound = f">= {lo}x" if lo is not None else f"<= {hi}x"
        record(results, f"lab 4: {name} speedup over sequential", f"{speedup:.2f}x", bound,
               (lo is None or speedup >= lo) and (hi is None or speedup <= hi))
    for name, run, state, lo, hi in (("sequential", seq, "running", 0.95, 1.0),
                                     ("threads", free, "gil", 0.0, 0.0),
                                     ("threads + GIL", locked, "gil", 0.30, 0.70)):
        shares = [shares_on_worker(t).get(state, 0.0) for t in run["tasks"]]
        measured = ", ".join(f"{s * 100:.0f}%" for s in shares)
        record(results, f"lab 4: {name}: {state} share of each task", measured, f"[{lo * 100:.0f}%, {hi * 100:.0f}%]",
               bool(shares) and all(lo <= s <= hi for s in shares))
    holders = {h["tid"] for h in locked.get("gil_holder", [])}
    record(results, "lab 4: threads + GIL: threads that held the GIL in turn",
           f"{len(holders)} threads, {len(locked.get('gil_holder', []))} turns", "2 threads",
           len(holders) == 2)


def lab5(results, path):
    """A blocking call in async code: it stops the loop (as slow as one at a time, 6 s); handed to
    the loop's threads, or awaited, the waits overlap again (2 s). In the engine and in CPython."""
    doc = load(results, "lab 5", path)
    if not doc:
        return
    runs = {(text(r.get("runtime")), text(r.get("variant"))): r for r in doc.get("runs", [])}
    for runtime in ("cpp", "python"):
        for variant, lo, hi in (("blocking", 5900, None), ("offloaded", None, 2200), ("awaited", None, 2200)):
            run = runs.get((runtime, variant))
            if not run:
                record(results, f"lab 5: {runtime} {variant} run", "missing", "present in runs[]", False)
                continue
            check_wall(results, "lab 5", run, f"{runtime} coroutines, {variant}", lo=lo, hi=hi)
            if variant == "offloaded":
                workers = distinct(run, "worker")
                record(results, f"lab 5: {runtime} offloaded: threads that did the blocking calls",
                       ", ".join(sorted(workers)), ">= 2 thread-N",
                       len(workers) >= 2 and all(w.startswith("thread-") for w in workers))


LAB6_ROUNDS = 20


def lab6(results, path):
    """The race on a shared counter, LAB6_ROUNDS rounds in each runtime: the mistakes lose updates
    in (nearly) every round, the fixes and the baseline never; the lock costs time."""
    doc = load(results, "lab 6", path)
    if not doc:
        return
    runs = {}
    for run in doc.get("runs", []):
        runs.setdefault((run["runtime"], run.get("variant") or "sequential"), []).append(run)
    for runtime in ("cpp", "python"):
        label = f"lab 6 ({runtime})"
        for variant, lossy in (("sequential", False), ("unlocked", True), ("locked", False),
                               ("coroutines", False), ("await_between", True)):
            rounds = runs.get((runtime, variant), [])
            lost = [r["counter"]["lost"] for r in rounds if r.get("counter")]
            losing = sum(1 for n in lost if n > 0)
            if lossy:
                need = LAB6_ROUNDS - 1
                record(results, f"{label}: {variant}: rounds that lost updates", f"{losing} of {len(rounds)}",
                       f">= {need} of {LAB6_ROUNDS}", len(rounds) == LAB6_ROUNDS and losing >= need)
            else:
                record(results, f"{label}: {variant}: rounds exact", f"{len(lost) - losing} of {len(rounds)}",
                       f"{LAB6_ROUNDS} of {LAB6_ROUNDS}", len(rounds) == LAB6_ROUNDS and len(lost) == len(rounds)
                       and losing == 0)
        unlocked = sorted(r["wall_ms"] for r in runs.get((runtime, "unlocked"), []))
        locked = sorted(r["wall_ms"] for r in runs.get((runtime, "locked"), []))
        if unlocked and locked:
            ratio = locked[len(locked) // 2] / unlocked[len(unlocked) // 2]
            record(results, f"{label}: locked median wall / unlocked median wall", f"{ratio:.1f}x", "> 1x",
                   ratio > 1)
    # The engine's coroutines yield to their loop 200,000 times (asyncio.sleep(0)'s analogue).
    walls = sorted(r["wall_ms"] for r in runs.get(("cpp", "coroutines"), []))
    if walls:
        check_wall(results, "lab 6 (cpp)", {"wall_ms": walls[len(walls) // 2]},
                   "coroutines: 200,000 yields to the loop, median", hi=1000)


DEADLOCK_ENDED_MS = 5000  # a deadlocked run ends within 5 s of its start, CPython's start-up among it


def lab8(results, path):
    """Deadlock, in both runtimes: the locks in opposite orders deadlock, the app finds the cycle and
    ends the run within 5 s of its start; in one order, or one at a time, the tasks finish."""
    doc = load(results, "lab 8", path)
    if not doc:
        return
    for runtime in ("cpp", "python"):
        label = f"lab 8 ({runtime})"
        runs = {(r["strategy"], r.get("variant")): r for r in doc.get("runs", []) if r.get("runtime") == runtime}
        for key, name in ((("sequential", None), "one at a time"), (("threads", "same_order"), "same_order")):
            run = runs.get(key)
            record(results, f"{label}: {name}: status", run["status"] if run else "missing", "ok",
                   bool(run) and run["status"] == "ok")
        run = runs.get(("threads", "opposite_order"))
        if not run:
            record(results, f"{label}: opposite_order run", "missing", "present in runs[]", False)
            continue
        record(results, f"{label}: opposite_order: status", run["status"], "deadlock", run["status"] == "deadlock")
        cycle = (run.get("deadlock") or {}).get("cycle", [])
        edges = ", ".join(f"{e['thread']} waits for {e['waits_for']} held by {e['held_by']}" for e in cycle)
        closed = len(cycle) == 2 and all(cycle[i]["held_by"] == cycle[1 - i]["thread"] for i in range(2))
        locks = sorted(e["waits_for"] for e in cycle) == ["A", "B"]
        record(results, f"{label}: opposite_order: the wait-for cycle", edges or "none",
               "2 threads, each waiting for the lock the other holds", closed and locks)
        start_up = float(run.get("start_up_ms") or 0)
        found = start_up + max((float(t["end_ms"]) for t in run.get("tasks", [])), default=float("nan"))
        ended = start_up + float(run.get("wall_ms", float("nan")))
        record(results, f"{label}: opposite_order: ended after the run's start",
               f"{ended:.0f} ms (tasks ended at {found:.0f} ms, start-up {start_up:.0f} ms)",
               f"<= {DEADLOCK_ENDED_MS} ms", ended <= DEADLOCK_ENDED_MS)


def lab7(results, path):
    """A process pool fed 100,000 tiny tasks: one at a time it is slower than no pool at all, each
    task's hand-over costing more than the task; in batches it is faster. In both runtimes."""
    doc = load(results, "lab 7", path)
    if not doc:
        return
    check_squares_results(results, "lab 7", doc)
    for runtime in ("cpp", "python"):
        label = f"lab 7 ({runtime})"
        runs = {r.get("variant"): r for r in doc.get("runs", []) if text(r.get("runtime")) == runtime}
        seq, one, batched = (runs.get(v) for v in (None, "one_per_task", "batched"))
        if not (seq and one and batched):
            record(results, f"{label}: runs", sorted(map(str, runs)), "sequential, one_per_task, batched", False)
            continue
        for name, run, lo, hi in (("one_per_task", one, None, 1 / 1.5), ("batched", batched, 1.2, None)):
            speedup = seq["wall_ms"] / run["wall_ms"]
            bound = f">= {lo}x" if lo is not None else f"<= {hi:.2f}x (1.5x slower)"
            record(results, f"{label}: {name} speedup over sequential",
                   f"{speedup:.2f}x ({seq['wall_ms']:.0f} / {run['wall_ms']:.0f} ms)", bound,
                   (lo is None or speedup >= lo) and (hi is None or speedup <= hi))
        # Per task: the hand-over (both ways) beside the computing, as the narrative tells it.
        each = {name: {k: v * 1000 / max(1, len(run["tasks"])) for k, v in run["state_ms"].items()}
                for name, run in (("one_per_task", one), ("batched", batched))}
        one_each, batched_each = each["one_per_task"], each["batched"]
        record(results, f"{label}: one_per_task: each task's hand-over vs its computing",
               f"{one_each['transfer']:.1f} vs {one_each['running']:.1f} us", "hand-over >= 2x computing",
               one_each["transfer"] >= 2 * one_each["running"])
        record(results, f"{label}: batched: each task's hand-over vs one_per_task's",
               f"{batched_each['transfer']:.1f} vs {one_each['transfer']:.1f} us", "<= 1/5",
               batched_each["transfer"] * 5 <= one_each["transfer"])


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


LABELS = {"lab0": "lab 0", "lab1": "lab 1", "lab2": "lab 2", "lab3": "lab 3", "lab4": "lab 4", "lab5": "lab 5", "lab6": "lab 6", "lab7": "lab 7", "lab8": "lab 8",
          "threads": "threads", "gil": "threads --gil", "coro100k": "100k waits"}


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
    # What the thread sampler saw: the threads took turns on the GIL; the others never waited for it.
    check_states_tile(results, "CPython", doc)
    for strategy, lo, hi in (("threads", 0.25, 0.75), ("sequential", 0.0, 0.05), ("processes", 0.0, 0.05)):
        run = find_run(results, doc, "CPython", "squares", strategy)
        if not run:
            continue
        shares = [shares_on_worker(t).get("gil", 0.0) for t in run["tasks"]]
        record(results, f"CPython: {strategy}: gil share of each task", ", ".join(f"{s * 100:.0f}%" for s in shares),
               f"[{lo * 100:.0f}%, {hi * 100:.0f}%]", bool(shares) and all(lo <= s <= hi for s in shares))


# --- Noise: whether the CLI tells a busy machine from a quiet one (Lab::Noise's thresholds).
BUSY_OTHER_CPU_PCT = 25  # Noise::busyOtherCpuPct
LOADED_OTHER_CPU_PCT = 50  # two CPU hogs on 2 cores take far more than half a core from any run


def busy_pct(seconds):
    """How much of one core the whole machine is busy over `seconds` (/proc/stat's cpu line)."""
    def ticks():
        with open("/proc/stat", encoding="ascii") as f:
            v = [int(x) for x in f.readline().split()[1:9]]
        return sum(v) - v[3] - v[4], sum(v)  # busy (all but idle and iowait), total
    busy0, total0 = ticks()
    time.sleep(float(seconds))
    busy1, total1 = ticks()
    cores = os.cpu_count() or 1
    return 100.0 * cores * (busy1 - busy0) / max(1, total1 - total0)


def counted(doc):
    return [r for r in doc.get("runs", []) if not r.get("warmup")]


def other_cpu(run):
    """Other programs' CPU over a run in % of one core, or None when the run was too short to tell."""
    return (run.get("disturbance") or {}).get("other_cpu_pct")


def others(runs):
    """'sequential #1 3 %, processes #1 5 %, ...': what the check saw, run by run."""
    def one(r):
        pct = other_cpu(r)
        return f"{text(r.get('strategy'))} #{int(r.get('repeat', 0)) + 1} " + \
            ("n/a" if pct is None else f"{pct:.0f} %")
    return ", ".join(one(r) for r in runs)


def quiet(results, path, before_pct):
    """On the machine as it is, no run is marked disturbed: the thresholds do not cry wolf."""
    doc = load(results, "quiet", path)
    if not doc:
        return
    runs = counted(doc)
    disturbed = [r for r in runs if (r.get("disturbance") or {}).get("disturbed")]
    measured = f"{len(disturbed)}/{len(runs)} disturbed; other programs: {others(runs)}"
    if disturbed:
        measured += (f"; other programs keep the machine busy (just before the runs: {float(before_pct):.0f} %"
                     " of a core), so run the check when it is idle")
    record(results, "quiet: runs marked disturbed", measured,
           f"none (other programs <= {BUSY_OTHER_CPU_PCT} % of a core)", bool(runs) and not disturbed)


def loaded(results, path, log):
    """With two CPU hogs, every run is marked disturbed and the narrative warns of a busy machine."""
    doc = load(results, "loaded", path)
    if not doc:
        return
    runs = counted(doc)
    seen = [r for r in runs if (r.get("disturbance") or {}).get("disturbed")
            and (other_cpu(r) or 0) >= LOADED_OTHER_CPU_PCT]
    measured = f"{len(seen)}/{len(runs)}; other programs: {others(runs)}"
    record(results, "loaded: runs marked disturbed", measured,
           f"every run, other programs >= {LOADED_OTHER_CPU_PCT} % of a core",
           bool(runs) and len(seen) == len(runs))
    with open(log, encoding="utf-8") as f:
        warning = next((line.strip() for line in f if "busy machine: other programs used" in line), None)
    record(results, "loaded: narrative warns", warning or "no such line",
           "'busy machine: other programs used ...'", warning is not None)


SWEEP_BOUNDS = {1: (0.85, 1.15), 2: (1.6, 2.05), 4: (None, 2.1)}  # 2 cores: one worker per core at best


def sweep(results, path):
    """The processes' speed-up medians of a worker sweep on this 2-core machine."""
    doc = load(results, "sweep", path)
    if not doc:
        return
    found = {s["workers"]: s for s in doc.get("summary", []) if text(s.get("strategy")) == "processes"}
    for workers, (lo, hi) in SWEEP_BOUNDS.items():
        s = found.get(workers)
        name = f"sweep: processes, {workers} worker(s), speed-up median"
        bound = f"[{lo}, {hi}]x" if lo is not None else f"<= {hi}x"
        if not s:
            record(results, name, "missing from summary[]", bound, False)
            continue
        sp = s["speedup"]
        suspect = f", suspect: {', '.join(s['suspect'])}" if s["suspect"] else ""
        measured = (f"{sp['median']:.2f}x ({sp['min']:.2f}-{sp['max']:.2f}, ideal {s['ideal_speedup']:.2f}x, "
                    f"{s['disturbed_runs']}/{s['runs']} disturbed{suspect})")
        ok = (lo is None or sp["median"] >= lo) and sp["median"] <= hi
        record(results, name, measured, bound, ok)


CHECKS = {"lab0": lab0, "lab1": lab1, "lab2": lab2, "lab3": lab3, "lab4": lab4, "lab5": lab5, "lab6": lab6, "lab7": lab7, "lab8": lab8,
          "threads": threads, "gil": gil, "coro100k": coro100k, "cpython": cpython, "quiet": quiet,
          "loaded": loaded, "sweep": sweep, "exit": exit_code}

if __name__ == "__main__":
    what, results_tsv, *rest = sys.argv[1:]
    if what == "busy":
        print(f"{busy_pct(results_tsv):.0f}")
        sys.exit(0)
    if what == "summary":
        sys.exit(summary(results_tsv))
    try:
        CHECKS[what](results_tsv, *rest)
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        record(results_tsv, f"{what}: JSON fields", f"unexpected ({type(e).__name__}: {e})",
               "the fields check.sh reads", False)
