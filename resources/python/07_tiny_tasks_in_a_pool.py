"""7. ความผิดพลาด: ส่งงานชิ้นเล็กๆ ให้ Process Pool ทีละงาน

งานเล็กมาก 100,000 งาน (ผลรวมกำลังสองของจำนวนที่น้อยกว่า 100 งานละไม่กี่ไมโครวินาที)
ทำสามแบบ: ทำทีละงาน, ส่งให้ ProcessPoolExecutor ทีละงาน (submit ทีละงาน หรือ map ที่ไม่ได้
กำหนด chunksize) และส่งเป็นชุด (map กับ chunksize=1000)
การส่งงานไปให้อีก Process และรับผลกลับ (pickle, Pipe, unpickle) กินเวลามากกว่าตัวงานเอง
ส่งทีละงานจึงช้ากว่าทำทีละงานเสียอีก ส่งเป็นชุดจ่ายค่าส่งครั้งเดียวต่อหลายงาน จึงเร็วขึ้นจริง

A mistake: 100,000 tiny tasks (sums of the squares below 100, a few µs each) one at a
time, handed to a ProcessPoolExecutor one by one (a submit each, or map without a
chunksize), and in batches (map with chunksize=1000). Handing a task to another process
and its result back costs more than the task: one by one is slower than one at a time;
batches pay that cost once for many tasks, and the pool is faster.

    python3 07_tiny_tasks_in_a_pool.py [--lang en] [--tasks 100000] [--n 100] [--batch 1000]
    python3 07_tiny_tasks_in_a_pool.py --strategy processes --variant one_per_task --tasks 20000

The pool's two ways are run_one_per_task (submit) and run_batched (map with chunksize).
"""

from __future__ import annotations

import argparse
import base64
import functools
import os
import platform
import sys
import threading
import time
from array import array
from concurrent.futures import ProcessPoolExecutor
from typing import List, NamedTuple, Optional, Sequence

import labkit

TINY_N = 100
TINY_TASKS = 100_000
TINY_BATCH = 1000
VARIANTS = ("one_per_task", "batched")
LINE_BYTES = 32_000  # of a "tasks" event; told after the pool has gone, by the script alone


# --------------------------------------------------------------------------------------------
# The task, and when and where it ran

_worker = (os.getpid(), threading.get_native_id())  # this process's (pid, tid); set in each pool process
_told = array("q")  # the start and end of each task this process has done since it last told them
_batch = 1  # the tasks of a batch: its last one tells the times of them all
_last = 0  # the last task's index: it tells whatever is left


def timed_sum(item: tuple):
    """One tiny task (index, n), timed where it runs. It returns its sum (or why it failed, a
    str) as a learner's would; the last task of a batch returns (sum, (pid, tid), the starts
    and ends of its batch in one piece): a tuple of times for each task would cost the pool more
    to send back than the sums themselves, and slow the very runs it times."""
    index, n = item
    start = time.monotonic_ns()
    try:
        result = labkit.sum_of_squares(n)
    except Exception as error:  # one failed task is reported; the others go on
        result = labkit.describe_error(error)
    _told.append(start)
    _told.append(time.monotonic_ns())
    if index % _batch != _batch - 1 and index != _last:
        return result
    times = _told.tobytes()
    del _told[:]
    return result, _worker, times


def prepare_process(batch: int, last: int) -> None:
    global _worker, _told, _batch, _last
    _worker, _told, _batch, _last = (os.getpid(), threading.get_native_id()), array("q"), batch, last


def prepare_pool_process(reporter: labkit.Reporter, parent_pid: Optional[int], batch: int, last: int) -> None:
    prepare_process(batch, last)
    labkit.prepare_worker_process(reporter, parent_pid)


# --------------------------------------------------------------------------------------------
# The three ways. Each returns what its tasks returned, in their order, when each task was
# handed to the pool (-1: never) and when its result was back (-1: it came back with the next ones).

class Done(NamedTuple):
    results: list
    submitted: List[int]
    returned: List[int]


def run_sequential(items: Sequence[tuple]) -> Done:
    prepare_process(len(items), len(items) - 1)
    results = [timed_sum(item) for item in items]
    return Done(results, [-1] * len(items), [-1] * len(items))


def make_pool(workers: int, reporter: labkit.Reporter, batch: int, last: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=prepare_pool_process,
                               initargs=(reporter, labkit.expected_parent_pid(), batch, last))


def note_return(returned: List[int], position: int, _future) -> None:
    returned[position] = time.monotonic_ns()  # in the pool's own thread, as the result lands


def run_one_per_task(items: Sequence[tuple], workers: int, reporter: labkit.Reporter) -> Done:
    # The mistake: a submit for every task. Each is pickled, written into a pipe, read and
    # unpickled by a process, and its result comes back the same way; pool.map(f, items)
    # without a chunksize does the same (its chunksize is 1).
    submitted, returned = [-1] * len(items), [-1] * len(items)
    with make_pool(workers, reporter, 1, len(items) - 1) as pool:
        futures = []
        for position, item in enumerate(items):
            submitted[position] = time.monotonic_ns()
            future = pool.submit(timed_sum, item)
            future.add_done_callback(functools.partial(note_return, returned, position))
            futures.append(future)
        results = [future.result() for future in futures]
    return Done(results, submitted, returned)


def run_batched(items: Sequence[tuple], workers: int, batch: int, reporter: labkit.Reporter) -> Done:
    # The fix: map hands the tasks over `batch` at a time; a process does a whole batch and
    # sends its results back together. One hand-over for `batch` tasks.
    returned = [-1] * len(items)
    results = []
    with make_pool(workers, reporter, batch, len(items) - 1) as pool:
        submitted = time.monotonic_ns()
        for position, result in enumerate(pool.map(timed_sum, items, chunksize=batch)):
            if position % batch == 0:  # a batch's results arrive together: its last one's way back
                returned[min(position + batch, len(items)) - 1] = time.monotonic_ns()
            results.append(result)
    return Done(results, [submitted] * len(items), returned)


class Rows(NamedTuple):
    """Every task's result as text, whether it was ok, its start and end (monotonic ns) and the
    (pid, tid) that ran it, in the order of the tasks."""

    texts: List[str]
    ok: List[bool]
    starts: array
    ends: array
    workers: list


def rows_of(done: Done) -> Rows:
    count = len(done.results)
    values, workers = list(done.results), [None] * count
    starts, ends = array("q", bytes(8 * count)), array("q", bytes(8 * count))
    for index, result in enumerate(done.results):
        if isinstance(result, tuple):  # a batch's last: the times of the batch
            values[index], worker, times = result
            told = array("q")
            told.frombytes(times)
            first = index + 1 - len(told) // 2
            starts[first:index + 1], ends[first:index + 1] = told[0::2], told[1::2]
            workers[first:index + 1] = [worker] * (len(told) // 2)
    if None in workers:
        raise RuntimeError("a batch of tasks did not tell when they ran")
    return Rows([str(v) for v in values], [isinstance(v, int) for v in values], starts, ends, workers)


class Plan(NamedTuple):
    strategy: str  # "sequential" or "processes"
    variant: str  # "" for sequential
    workers: int
    batch: int
    ns: List[int]


def run_plan(plan: Plan, reporter: labkit.Reporter) -> Done:
    items = list(enumerate(plan.ns))
    if plan.strategy == "sequential":
        return run_sequential(items)
    if plan.variant == "one_per_task":
        return run_one_per_task(items, plan.workers, reporter)
    return run_batched(items, plan.workers, plan.batch, reporter)


# --------------------------------------------------------------------------------------------
# What a run cost a task: handing it over and back, and computing it

class PerTask(NamedTuple):
    handover_ns: float
    compute_ns: float


def per_task(done: Done, rows: Rows) -> PerTask:
    """The averages the app shows: a task's way to its process (from when it was handed over, or
    its process was free, to its start) and back (its end to its return), and its computing."""
    handover = compute = 0
    free_at = {}  # by worker: when its last task ended
    for start, end, worker, sent, back in zip(rows.starts, rows.ends, rows.workers, done.submitted, done.returned):
        if sent >= 0:
            handover += start - min(max(sent, free_at.get(worker, sent)), start)
        if back >= 0:
            handover += back - end
        compute += end - start
        free_at[worker] = end
    count = max(1, len(rows.texts))
    return PerTask(handover / count, compute / count)


# --------------------------------------------------------------------------------------------
# --events: the run for the app. The tasks are timed as they run, and told after the work:
# 100,000 JSON lines written meanwhile would cost more than the tasks and slow all three runs.
# The "done" event still says when the work ended.

def worker_name(plan: Plan, worker: tuple) -> str:
    return "sequential" if plan.strategy == "sequential" else f"process-{worker[0]}"


def packed(code: str, values: Sequence[int]) -> str:
    """Whole numbers as base64 of their little-endian bytes: "q" 8 bytes each, "H" 2."""
    numbers = array(code, values)
    if sys.byteorder == "big":
        numbers.byteswap()
    return base64.b64encode(numbers.tobytes()).decode("ascii")


def emit_tasks(plan: Plan, done: Done, rows: Rows) -> None:
    """ "tasks" events, each a stretch of tasks from `first` on, their times packed (base64 of
    little-endian int64s, -1: not known) and their results as text; `worker` indexes `workers`
    (uint16s), `failed` lists the stretch's tasks that failed. See core/python/pythontasks.cpp.
    A JSON line a task cost as much as the runs; this costs a few milliseconds for 100,000."""
    workers = list(dict.fromkeys(rows.workers))
    which = {w: i for i, w in enumerate(workers)}
    table = [[worker_name(plan, w), w[0], w[1]] for w in workers]
    indexes = array("H", map(which.__getitem__, rows.workers))
    texts = rows.texts
    if max(map(len, texts), default=0) > labkit.MAX_TEXT:
        texts = [labkit.clip(text) for text in texts]
    failed = [i for i, ok in enumerate(rows.ok) if not ok]
    # As many a line as fit in the app's 64 KB, the longest result among them.
    step = max(1, LINE_BYTES // (50 + max(map(len, texts), default=0)))
    for first in range(0, len(texts), step):
        end = min(first + step, len(texts))
        labkit.emit("tasks", first=first, workers=table, worker=packed("H", indexes[first:end]),
                    submit_ns=packed("q", done.submitted[first:end]), start_ns=packed("q", rows.starts[first:end]),
                    end_ns=packed("q", rows.ends[first:end]), returned_ns=packed("q", done.returned[first:end]),
                    results=texts[first:end], failed=[i - first for i in failed if first <= i < end])


def run_events(plan: Plan) -> int:
    cpu_at_start = os.times()
    labkit.emit("run", script="07_tiny_tasks_in_a_pool", workload="squares", strategy=plan.strategy,
                variant=plan.variant or None, workers=plan.workers, tasks=len(plan.ns), pid=os.getpid(),
                python=platform.python_version(), implementation=platform.python_implementation(),
                gil=labkit.gil_enabled(), t_ns=labkit.now_ns())
    done = run_plan(plan, labkit.EventReporter())
    work_end = labkit.now_ns()  # the pool has been shut down: its processes counted in os.times()
    rows = rows_of(done)
    emit_tasks(plan, done, rows)
    # The telling's few milliseconds among the run's CPU: the app sees the whole machine
    # meanwhile, and would take them for another program's.
    labkit.emit_cpu_times(cpu_at_start)
    labkit.emit("done", t_ns=work_end)
    return 0 if all(rows.ok) else 1


# --------------------------------------------------------------------------------------------
# The narrative, in Thai or English

MESSAGES = {
    "title": {"th": "=== 7. ความผิดพลาด: ส่งงานชิ้นเล็กๆ ให้ Process Pool ทีละงาน ===",
              "en": "=== 7. A mistake: tiny tasks handed to a process pool one by one ==="},
    "work": {"th": "งาน: หาผลรวมกำลังสองของจำนวนที่น้อยกว่า {n} จำนวน {k} งาน",
             "en": "The work: {k} sums of the squares below {n}"},
    "work_mixed": {"th": "งาน: หาผลรวมกำลังสอง {k} งาน", "en": "The work: {k} sums of squares"},
    "cores": {"th": "เครื่องนี้มี {cores} Core", "en": "This machine has {cores} cores."},
    "sequential": {"th": "ทำทีละงาน (Sequential)", "en": "one at a time (sequential)"},
    "one_per_task": {"th": "ProcessPoolExecutor ({w} Process) ส่งทีละงาน (submit ทีละงาน)",
                     "en": "ProcessPoolExecutor ({w} {processes}), one task at a time (a submit each)"},
    "batched": {"th": "ProcessPoolExecutor ({w} Process) ส่งเป็นชุด ชุดละ {b} งาน (map chunksize={c})",
                "en": "ProcessPoolExecutor ({w} {processes}), batches of {b} (map, chunksize={c})"},
    "heading": {"th": "── {way} ──", "en": "── {way} ──"},
    "total": {"th": "ใช้เวลารวม {s} วินาที", "en": "Total time: {s} s"},
    "failed": {"th": "ล้มเหลว {k} งาน เช่น: {reason}", "en": "{k} failed, e.g.: {reason}"},
    "each_alone": {"th": "ต่องาน: คำนวณ {compute} ไมโครวินาที", "en": "Each task: {compute} µs computing"},
    "each": {"th": "ต่องาน: ส่งไปและรับผลกลับ {handover} ไมโครวินาที · คำนวณ {compute} ไมโครวินาที",
             "en": "Each task: {handover} µs handing over, {compute} µs computing"},
    "faster": {"th": "{way}: เร็วกว่าทำทีละงาน {x} เท่า", "en": "{way}: {x}× faster than one at a time"},
    "slower": {"th": "{way}: ช้ากว่าทำทีละงาน {x} เท่า", "en": "{way}: {x}× slower than one at a time"},
    "why": {
        "th": "ทำไม: การส่งงานให้ Process อื่นแต่ละครั้ง Python ต้อง pickle งาน เขียนลง Pipe ให้อีกฝั่งอ่านแล้ว "
              "unpickle จากนั้นส่งผลลัพธ์กลับมาด้วยวิธีเดียวกัน ซึ่งกินเวลามากกว่าการคำนวณงานชิ้นเล็กๆ หลายเท่า "
              "ส่งทีละงานจึงเสียเวลาไปกับการส่งมากกว่าการคำนวณ และช้ากว่าทำทีละงานเสียอีก",
        "en": "Why: every task handed to another process is pickled, written into a pipe, read and "
              "unpickled there, and its result comes back the same way. That costs far more than a tiny "
              "task, so one by one the pool spends its time handing over, and is slower than one at a time."},
    "fix": {
        "th": "วิธีแก้: ส่งเป็นชุดด้วย pool.map(f, งาน, chunksize={c}) จ่ายค่าส่งครั้งเดียวต่อ {b} งาน "
              "เวลาส่งต่องานเหลือนิดเดียว ทุก Core ได้คำนวณจริง (ระวัง: pool.map ที่ไม่ได้กำหนด chunksize "
              "ส่งทีละงาน)",
        "en": "The fix: batches, pool.map(f, tasks, chunksize={c}): one hand-over for {b} tasks, so a "
              "task's share of it is tiny and every core computes. (Beware: pool.map without a chunksize "
              "hands over one task at a time.)"},
}


class Narrator:
    def __init__(self, lang: str):
        self.lang = lang

    def text(self, key: str, **values) -> str:
        return MESSAGES[key][self.lang].format(**values)

    def say(self, key: str, **values) -> None:
        labkit.write_line(self.text(key, **values))

    def way(self, plan: Plan) -> str:
        key = plan.variant or "sequential"
        return self.text(key, w=plan.workers, processes="process" if plan.workers == 1 else "processes",
                         b=f"{plan.batch:,}", c=plan.batch)

    @staticmethod
    def micro(ns: float) -> str:
        return f"{ns / 1000:.2f}" if ns < 10_000 else f"{ns / 1000:,.1f}"


def narrate(say: Narrator, plan: Plan) -> tuple:
    labkit.write_line("")
    say.say("heading", way=say.way(plan))
    started = time.monotonic()
    done = run_plan(plan, labkit.Reporter())
    seconds = time.monotonic() - started
    say.say("total", s=f"{seconds:.2f}")
    rows = rows_of(done)
    failed = [text for text, ok in zip(rows.texts, rows.ok) if not ok]
    if failed:
        say.say("failed", k=f"{len(failed):,}", reason=failed[0])
    cost = per_task(done, rows)
    if plan.strategy == "sequential":
        say.say("each_alone", compute=say.micro(cost.compute_ns))
    else:
        say.say("each", handover=say.micro(cost.handover_ns), compute=say.micro(cost.compute_ns))
    return seconds, not failed


def narrate_all(args: argparse.Namespace, plans: List[Plan]) -> int:
    say = Narrator(args.lang)
    labkit.write_line(say.text("title"))
    ns = plans[0].ns
    if len(set(ns)) == 1:
        say.say("work", n=f"{ns[0]:,}", k=f"{len(ns):,}")
    else:
        say.say("work_mixed", k=f"{len(ns):,}")
    say.say("cores", cores=os.cpu_count() or 1)
    outcomes = [(plan, *narrate(say, plan)) for plan in plans]
    sequential = next((seconds for plan, seconds, _ in outcomes if plan.strategy == "sequential"), None)
    if sequential is not None and len(outcomes) > 1:
        labkit.write_line("")
        for plan, seconds, _ in outcomes[1:]:
            key, x = ("faster", sequential / max(seconds, 1e-9)) if seconds <= sequential else (
                "slower", seconds / max(sequential, 1e-9))
            say.say(key, way=say.way(plan), x=f"{x:.2f}")
    if any(plan.variant for plan in plans):
        labkit.write_line("")
        say.say("why")
        say.say("fix", b=f"{plans[-1].batch:,}", c=plans[-1].batch)
    return 0 if all(ok for _, _, ok in outcomes) else 1


# --------------------------------------------------------------------------------------------
# The command line

def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=os.path.basename(__file__), description=__doc__,
                                     allow_abbrev=False, formatter_class=argparse.RawDescriptionHelpFormatter)
    labkit.add_common_options(parser, ("sequential", "processes"))
    parser.add_argument("--variant", choices=VARIANTS,
                        help="processes: one_per_task (a submit each) or batched (map with a chunksize); "
                             "default: both")
    parser.add_argument("--batch", type=labkit.whole_number(1, labkit.MAX_ITEMS), metavar="K",
                        help=f"batched: tasks a batch, map's chunksize (default: {TINY_BATCH})")
    parser.add_argument("--n", type=labkit.number_list(0, 10**12), metavar="N,N,...",
                        help=f"sum i*i for i below each n, a task each (default: {TINY_N})")
    parser.add_argument("--tasks", type=labkit.whole_number(1, labkit.MAX_ITEMS), metavar="K",
                        help=f"how many tasks: the n values repeated (default: {TINY_TASKS:,} for the "
                             "default n, else one task per n)")
    parser.add_argument("--tasks-file", metavar="FILE", help="one n a line instead of --n, for long lists")
    args = parser.parse_args(argv)
    if args.tasks_file:
        labkit.read_tasks_file(parser, args, ("squares",))
    if args.variant and args.strategy == "sequential":
        parser.error(f"argument --variant: '{args.variant}' is a way of the pool; "
                     "allowed with --strategy processes only")
    if args.variant == "one_per_task" and args.batch not in (None, 1):
        parser.error(f"argument --batch: '{args.batch}' is for batched; one_per_task hands over 1 task at a time")
    return args


def plans_of(args: argparse.Namespace) -> List[Plan]:
    ns = args.n or [TINY_N]
    count = args.tasks or (len(args.n) if args.n else TINY_TASKS)
    ns = [ns[i % len(ns)] for i in range(count)]
    workers = args.workers or labkit.default_workers("processes")
    batch = args.batch or TINY_BATCH
    ways = [("sequential", ""), ("processes", "one_per_task"), ("processes", "batched")]
    if args.variant:
        ways = [("processes", args.variant)]
    elif args.strategy:
        ways = [way for way in ways if way[0] == args.strategy]
    return [Plan(strategy, variant, workers if variant else 1, batch, ns) for strategy, variant in ways]


def main() -> int:
    args = parse_args()
    plans = plans_of(args)
    if args.events:
        return run_events(plans[-1])  # one run for the app: the last of the lesson's ways asked for
    return narrate_all(args, plans)


if __name__ == "__main__":
    sys.exit(main())
