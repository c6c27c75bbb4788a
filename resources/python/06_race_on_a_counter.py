"""6. Race Condition: ตัวนับที่หลายงานใช้ร่วมกัน

หลายงานบวก 1 ให้ตัวนับตัวเดียวกัน งานละ 100,000 ครั้ง แต่ละครั้ง "อ่านค่า → บวก 1 → เขียนกลับ"
ถ้ามีอีก Thread เข้ามาทำงานระหว่างอ่านกับเขียน ค่าที่มันเขียนไว้จะถูกเขียนทับ: การบวกครั้งนั้นหายไป
ใส่ Lock แล้วค่าถูกต้องแต่ช้าลง ส่วน Coroutine สลับกันเฉพาะตรง await: ไม่มี await ระหว่างอ่านกับเขียน
ก็ไม่หาย แต่ถ้า await ตรงกลาง ค่าก็หายได้เหมือนกัน

A race on a shared counter: tasks add 1 to one counter by reading it, letting another
thread run, and writing it back. Threads without a lock lose updates; with a lock the
count is exact, and slower. Coroutines switch only at an await: none between the read
and the write loses nothing; an await between them loses updates again.

    python3 06_race_on_a_counter.py [--lang en] [--variant unlocked|locked|coroutines|await_between]
                                    [--strategy sequential|threads|coroutines] [--tasks 2] [--adds 100000]

Without --variant and --strategy it runs the whole lab: one at a time, threads without and
with a lock, coroutines without and with an await between the read and the write.
"""

from __future__ import annotations

import argparse
import asyncio
import dis
import os
import platform
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List, NamedTuple, Optional

import labkit

VARIANTS = ("unlocked", "locked", "coroutines", "await_between")
STRATEGY_OF = {"unlocked": "threads", "locked": "threads", "coroutines": "coroutines",
               "await_between": "coroutines"}
STRATEGIES = ("sequential", "threads", "coroutines")
DEFAULT_TASKS = 2
DEFAULT_ADDS = 100_000
MAX_ADDS = 100_000_000

# The point where another thread runs. Both release the GIL, so the thread waiting for it takes
# its turn there; on Linux time.sleep(0) also waits out the kernel's timer slack (about 50-70 µs
# a call on Python 3.11+), which would make 200,000 adds take many seconds.
let_others_run: Callable[[], None] = getattr(os, "sched_yield", None) or (lambda: time.sleep(0))
SWITCH_CALL = "os.sched_yield()" if hasattr(os, "sched_yield") else "time.sleep(0)"


class Counter:
    """The one counter every task of a run adds to."""

    def __init__(self) -> None:
        self.value = 0


# --------------------------------------------------------------------------------------------
# The adds: read, (someone else may run here), write


def add_one_at_a_time(counter: Counter, adds: int) -> None:
    for _ in range(adds):
        value = counter.value  # read
        let_others_run()  # the GIL goes to another thread here, if one is waiting for it
        counter.value = value + 1  # write: over whatever another thread wrote meanwhile


def add_under_lock(counter: Counter, adds: int, lock: threading.Lock) -> None:
    for _ in range(adds):
        with lock:  # the other threads wait here until this add is written
            value = counter.value
            let_others_run()
            counter.value = value + 1


async def add_then_await(counter: Counter, adds: int) -> None:
    for _ in range(adds):
        value = counter.value
        counter.value = value + 1
        await asyncio.sleep(0)  # the other coroutines run here, after the write


async def add_awaiting_between(counter: Counter, adds: int) -> None:
    for _ in range(adds):
        value = counter.value
        await asyncio.sleep(0)  # the other coroutines run here, between the read and the write
        counter.value = value + 1


# --------------------------------------------------------------------------------------------
# A run


class Plan(NamedTuple):
    variant: str  # "" for one at a time
    strategy: str
    workers: int
    tasks: List[labkit.Task]  # task.n: its adds

    @property
    def expected(self) -> int:
        return sum(task.n for task in self.tasks)


class Result(NamedTuple):
    seconds: float
    actual: int
    outcomes: List[labkit.Outcome]


def counter_tasks(tasks: int, adds: int) -> List[labkit.Task]:
    return [labkit.Task(i, "counter", f"+1 × {adds}", n=adds) for i in range(tasks)]


def run_one(task: labkit.Task, strategy: str, reporter: labkit.Reporter, add: Callable[[int], None]) -> labkit.Outcome:
    worker = labkit.current_worker(strategy)
    reporter.task_started(task, worker)
    started = time.monotonic()
    add(task.n)
    outcome = labkit.Outcome(task.index, True, task.label)
    reporter.task_ended(task, worker, outcome, time.monotonic() - started)
    return outcome


async def run_one_async(task: labkit.Task, reporter: labkit.Reporter, add) -> labkit.Outcome:
    worker = labkit.current_worker("coroutines")
    reporter.task_started(task, worker)
    started = time.monotonic()
    await add(task.n)
    outcome = labkit.Outcome(task.index, True, task.label)
    reporter.task_ended(task, worker, outcome, time.monotonic() - started)
    return outcome


def run_plan(plan: Plan, reporter: labkit.Reporter) -> Result:
    counter = Counter()
    started = time.monotonic()
    if plan.strategy == "sequential":
        outcomes = [run_one(task, "sequential", reporter, lambda n: add_one_at_a_time(counter, n))
                    for task in plan.tasks]
    elif plan.strategy == "threads":
        lock = threading.Lock()
        add = (lambda n: add_under_lock(counter, n, lock)) if plan.variant == "locked" else (
            lambda n: add_one_at_a_time(counter, n))
        with ThreadPoolExecutor(max_workers=plan.workers) as pool:
            futures = []
            for task in plan.tasks:
                reporter.task_submitted(task)
                futures.append(pool.submit(run_one, task, "threads", reporter, add))
            outcomes = [future.result() for future in futures]
    else:
        adder = add_awaiting_between if plan.variant == "await_between" else add_then_await

        async def all_at_once():
            for task in plan.tasks:
                reporter.task_submitted(task)
            return await asyncio.gather(
                *(run_one_async(task, reporter, lambda n: adder(counter, n)) for task in plan.tasks))

        outcomes = list(asyncio.run(all_at_once()))
    return Result(time.monotonic() - started, counter.value, outcomes)


def run_events(plan: Plan) -> int:
    """--events: the run as JSON lines on stdout, for the app; the counter before "done"."""
    cpu_at_start = os.times()
    labkit.emit("run", script="06_race_on_a_counter", workload="counter", strategy=plan.strategy,
                variant=plan.variant, workers=plan.workers, tasks=len(plan.tasks), pid=os.getpid(),
                python=platform.python_version(), implementation=platform.python_implementation(),
                gil=labkit.gil_enabled(), t_ns=labkit.now_ns())
    result = run_plan(plan, labkit.EventReporter())
    labkit.emit_cpu_times(cpu_at_start)
    labkit.emit("counter", expected=plan.expected, actual=result.actual)
    labkit.emit("done", t_ns=labkit.now_ns())
    return 0 if all(outcome.ok for outcome in result.outcomes) else 1


# --------------------------------------------------------------------------------------------
# The narrative

WAYS = {
    "": ("ทำทีละงาน (Sequential)", "one at a time (sequential)"),
    "unlocked": ("{w} Thread ไม่มี Lock", "{w} threads, no lock"),
    "locked": ("{w} Thread มี Lock", "{w} threads with a lock"),
    "coroutines": ("Asyncio: await หลังเขียนค่าแล้ว", "asyncio: await after the write"),
    "await_between": ("Asyncio: await ระหว่างอ่านกับเขียน", "asyncio: await between the read and the write"),
}
WHY = {
    "": ("ทำทีละงาน ไม่มีใครแทรกระหว่างอ่านกับเขียน: ไม่หายเลย",
         "One at a time, nobody runs between a read and its write: nothing lost."),
    "unlocked": ("สอง Thread อ่านค่าเดียวกัน แล้วต่างคนต่างเขียนกลับ: การบวกของอีก Thread ถูกเขียนทับหายไป",
                 "Two threads read the same value and each writes it back: one of the two adds is lost."),
    "locked": ("มี Lock: ระหว่างอ่านกับเขียนไม่มี Thread อื่นแทรกได้ จึงไม่หายเลย",
               "With the lock no other thread runs between a read and its write: nothing lost."),
    "coroutines": ("Coroutine สลับกันเฉพาะตรง await: ระหว่างอ่านกับเขียนไม่มี await จึงไม่หาย และไม่ต้องใช้ Lock",
                   "Coroutines switch only at an await: with none between the read and the write, nothing "
                   "is lost, and no lock is needed."),
    "await_between": ("await คือจุดที่ Coroutine อื่นได้ทำงาน: await ระหว่างอ่านกับเขียน ค่าจึงหายเหมือน Thread ที่ไม่มี Lock",
                      "An await is where other tasks run: one between the read and the write loses updates, "
                      "like threads without a lock."),
}
ROLES = {"read": ("← อ่านค่า", "← read"), "add": ("← บวก", "← add"), "write": ("← เขียนกลับ", "← write back")}


def add_bytecode() -> List[dis.Instruction]:
    """The instructions of `counter += 1` on the running Python, without the module's `return None`."""
    code = compile("counter += 1", "<lab 6>", "exec")
    body = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "CACHE", "NOP")]
    while body and (body[-1].opname.startswith("RETURN") or
                    (body[-1].opname == "LOAD_CONST" and body[-1].argval is None)):
        body.pop()
    return body


def role(instruction: dis.Instruction) -> Optional[str]:
    if instruction.argval == "counter":
        return "write" if instruction.opname.startswith("STORE") else "read"
    if instruction.opname in ("BINARY_OP", "INPLACE_ADD", "BINARY_ADD"):
        return "add"
    return None


class CounterNarrator(labkit.Narrator):
    def pick(self, pair) -> str:
        return pair[0] if self.lang == "th" else pair[1]

    def task_started(self, task: labkit.Task, worker: labkit.Worker) -> None:
        self.show(th=f"{self.who(worker)} กำลังบวก 1 ให้ตัวนับ {task.n:,} ครั้ง…",
                  en=f"{self.who(worker)} adding 1 to the counter {task.n:,} times…")

    def task_ended(self, task: labkit.Task, worker: labkit.Worker, outcome: labkit.Outcome,
                   seconds: float) -> None:
        self.show(th=f"{self.who(worker)} บวกครบ {task.n:,} ครั้งแล้ว ({self.seconds(seconds)})",
                  en=f"{self.who(worker)} added 1 {task.n:,} times ({self.seconds(seconds)})")

    def bytecode(self) -> None:
        self.show(th=f"counter += 1 ดูเหมือนคำสั่งเดียว แต่ Python {platform.python_version()} ทำเป็นหลายขั้น (จาก dis):",
                  en=f"counter += 1 looks like one step, but Python {platform.python_version()} "
                     f"does it in several (from dis):")
        for instruction in add_bytecode():
            mark = role(instruction)
            text = f"    {instruction.opname:<12} {instruction.argrepr:<8} {self.pick(ROLES[mark]) if mark else ''}"
            labkit.write_line(text.rstrip())
        self.show(th="ถ้าอีก Thread ได้ทำงานระหว่างอ่านกับเขียน ค่าที่มันเขียนไว้จะถูกเขียนทับ",
                  en="If another thread runs between the read and the write, what it wrote is written over.")
        self.show(th=f"แล็บนี้ทำจุดสลับให้เห็นชัด: อ่านค่า → {SWITCH_CALL} (ปล่อย GIL ให้ Thread อื่นทำงาน) → เขียนกลับ",
                  en=f"This lab makes the switch explicit: read → {SWITCH_CALL} (releases the GIL: "
                     f"the point where another thread runs) → write.")

    def heading(self, plan: Plan) -> None:
        k, adds = len(plan.tasks), plan.tasks[0].n
        way = self.pick(WAYS[plan.variant]).format(w=plan.workers)
        labkit.write_line("")
        self.show(th=f"── {k} งาน บวก 1 งานละ {adds:,} ครั้ง · {way} ──",
                  en=f"── {k} tasks adding 1 {adds:,} times each · {way} ──")

    def counter(self, plan: Plan, result: Result) -> None:
        lost = plan.expected - result.actual
        if lost:
            self.show(th=f"ตัวนับ: ควรได้ {plan.expected:,} ได้จริง {result.actual:,}: หายไป {lost:,} ครั้ง",
                      en=f"Counter: expected {plan.expected:,}, got {result.actual:,}: {lost:,} updates lost")
        else:
            self.show(th=f"ตัวนับ: ควรได้ {plan.expected:,} ได้จริง {result.actual:,}: ไม่หายเลย",
                      en=f"Counter: expected {plan.expected:,}, got {result.actual:,}: none lost")
        if plan.variant == "unlocked" and not lost:
            self.show(th="รอบนี้ไม่หายเลย แต่ไม่มีอะไรรับประกัน: ลองรันใหม่อีกครั้ง",
                      en="None lost this time, but nothing guarantees it: run it again.")
        else:
            self.show(*WHY[plan.variant])
        self.show(th=f"ใช้เวลา {self.seconds(result.seconds)}", en=f"Time: {self.seconds(result.seconds)}")

    def lock_cost(self, unlocked_s: float, locked_s: float) -> None:
        x = f"{locked_s / max(unlocked_s, 1e-9):.1f}"
        if locked_s > unlocked_s:
            self.show(th=f"Lock ทำให้ถูกต้อง แต่ช้ากว่าแบบไม่มี Lock {x} เท่า: Thread ต้องผลัดกันถือ Lock ทีละตัว",
                      en=f"The lock makes it exact, and {x}× slower than without it: the threads take turns at it.")
        else:
            self.show(th=f"Lock ทำให้ถูกต้อง และรอบนี้ไม่ช้ากว่าแบบไม่มี Lock ({x} เท่าของเวลา)",
                      en=f"The lock makes it exact, and no slower than without it this time ({x}× its time).")


def run_narrated(say: CounterNarrator, plans: List[Plan]) -> int:
    say.show(th="=== 6. Race Condition: ตัวนับที่หลายงานใช้ร่วมกัน ===",
             en="=== 6. A race on a shared counter ===")
    say.bytecode()
    seconds = {}
    for plan in plans:
        say.heading(plan)
        result = run_plan(plan, say)
        say.counter(plan, result)
        seconds[plan.variant] = result.seconds
        if plan.variant == "locked" and "unlocked" in seconds:
            say.lock_cost(seconds["unlocked"], result.seconds)
    return 0


# --------------------------------------------------------------------------------------------
# The command line


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=os.path.basename(__file__), description=__doc__, allow_abbrev=False,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    labkit.add_common_options(parser, STRATEGIES)
    parser.add_argument("--variant", choices=VARIANTS,
                        help="one way only: threads unlocked or locked, coroutines without or with an await "
                             "between the read and the write (default: the lab's every way)")
    parser.add_argument("--tasks", type=labkit.whole_number(1, labkit.MAX_ITEMS), default=DEFAULT_TASKS,
                        metavar="T", help="tasks adding to the counter (default: %(default)s)")
    parser.add_argument("--adds", type=labkit.whole_number(1, MAX_ADDS), default=DEFAULT_ADDS, metavar="M",
                        help="how many times each task adds 1 (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.variant and args.strategy and STRATEGY_OF[args.variant] != args.strategy:
        parser.error(f"argument --variant: '{args.variant}' runs with --strategy {STRATEGY_OF[args.variant]}, "
                     f"not '{args.strategy}'")
    return args


def make_plans(args: argparse.Namespace) -> List[Plan]:
    if args.variant:
        ways = [args.variant]
    elif args.strategy == "sequential":
        ways = [""]
    elif args.strategy:
        ways = [v for v in VARIANTS if STRATEGY_OF[v] == args.strategy]
    else:
        ways = ["", *VARIANTS]
    if args.events:
        ways = ways[:1]  # the app runs one way at a time; without --variant, the mistake
    tasks = counter_tasks(args.tasks, args.adds)
    plans = []
    for way in ways:
        strategy = STRATEGY_OF.get(way, "sequential")
        workers = (args.workers or min(len(tasks), 1024)) if strategy == "threads" else 1
        plans.append(Plan(way, strategy, workers, tasks))
    return plans


def main() -> int:
    args = parse_args()
    plans = make_plans(args)
    if args.events:
        return run_events(plans[0])
    return run_narrated(CounterNarrator(args.lang), plans)


if __name__ == "__main__":
    sys.exit(main())
