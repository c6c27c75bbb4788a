"""8. Deadlock: สอง Thread รอ Lock ของกันและกัน

สองงาน สอง Lock (A และ B): แต่ละงานจับ Lock ตัวแรกไว้ครู่หนึ่ง (--hold-ms) แล้วจึงขอตัวที่สอง
ถ้าทำทีละงานก็ไม่มีปัญหา แต่ถ้าสอง Thread ทำพร้อมกันโดยจับ Lock คนละลำดับ (opposite_order:
Thread หนึ่ง A แล้ว B อีก Thread B แล้ว A) ต่างฝ่ายต่างถือ Lock ที่อีกฝ่ายรออยู่ จึงรอกันไปตลอดกาล:
นี่คือ Deadlock วิธีแก้คือให้ทุก Thread จับ Lock ตามลำดับเดียวกัน (same_order: A ก่อน B เสมอ)

Deadlock: two tasks, two locks. Each holds its first lock a moment (--hold-ms), then asks for
the second. One at a time that is fine; two threads taking them in opposite orders each hold
the lock the other waits for, and wait for ever. The fix: one order for everybody.

    python3 08_deadlock.py [--lang en] [--strategy sequential|threads]
                           [--variant opposite_order|same_order] [--hold-ms 200]

The deadlock here is real: the threads block in threading.Lock.acquire() for good. Told to a
person, a watchdog thread of the script reads who holds and who waits for which lock (the locks
are wrapped to say so), sees the cycle, tells it, and ends the waits so the terminal is not left
hanging; the script then exits 1. With --events nothing here watches: the script says each wait
and each lock taken as JSON lines, and the app finds the cycle, and stops the interpreter.
"""

import argparse
import os
import platform
import queue
import sys
import threading
import time
from typing import Dict, List, NamedTuple, Optional, Set, Tuple

import labkit

VARIANTS = ("opposite_order", "same_order")
STRATEGIES = ("sequential", "threads")
SEED_HOLD_MS = 200
SEED_THREADS = 2
WATCH_EVERY_S = 0.05  # the watchdog's look; a cycle seen twice in a row, with nothing moved, is a deadlock


class Edge(NamedTuple):
    """One edge of the wait-for graph: `thread` waits for `lock`, which `holder` holds."""

    thread: str
    lock: str
    holder: str


class DeadlockError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# The locks, told about


class WaitTable:
    """Who holds each lock and who waits for which: the graph a watchdog (or the app) reads."""

    def __init__(self, strategy: str, listener: "LockListener"):
        self.strategy = strategy
        self.listener = listener
        self._guard = threading.Lock()
        self.holders: Dict[str, str] = {}  # lock → thread
        self.waits: Dict[str, str] = {}  # thread → lock
        self.progress = 0  # locks taken and let go so far
        self.ended: Dict[str, Edge] = {}  # the deadlock the watchdog ended: each thread's edge
        self.giving_up: Set[str] = set()  # its threads that have not seen it yet
        self.running = threading.local()  # .task: the task of the calling thread, for the events

    def held_by(self, thread: str) -> List[str]:
        return sorted(lock for lock, holder in self.holders.items() if holder == thread)

    def waiting(self, task: labkit.Task, lock: str) -> None:
        who = threading.current_thread().name
        with self._guard:
            self.waits[who] = lock
            holds = self.held_by(who)
            holder = self.holders.get(lock)
        self.listener.lock_event("lock_wait", task, self.worker(), lock, holds=holds, holder=holder)

    def took(self, task: labkit.Task, lock: str) -> None:
        who = threading.current_thread().name
        with self._guard:
            self.waits.pop(who, None)
            self.holders[lock] = who
            self.progress += 1
        self.listener.lock_event("lock_held", task, self.worker(), lock)

    def let_go(self, task: labkit.Task, lock: str) -> None:
        with self._guard:
            self.holders.pop(lock, None)
            self.progress += 1
        self.listener.lock_event("lock_free", task, self.worker(), lock)

    def gave_up(self) -> Optional[Edge]:
        """The calling thread's edge of the deadlock ended, the first time it asks; else None."""
        who = threading.current_thread().name
        with self._guard:
            if who not in self.giving_up:
                return None
            self.giving_up.discard(who)
            self.waits.pop(who, None)
            return self.ended[who]

    def look(self) -> Tuple[List[Edge], int]:
        """The cycle of waits there is now (empty: none), and the progress so far."""
        with self._guard:
            return cycle_of(self.waits, self.holders), self.progress

    def end_deadlock(self, cycle: List[Edge]) -> None:
        with self._guard:
            self.ended = {edge.thread: edge for edge in cycle}
            self.giving_up = set(self.ended)

    def worker(self) -> labkit.Worker:
        return labkit.current_worker(self.strategy)


class LockListener:
    """Hears of each wait for a lock ("lock_wait"), each lock taken ("lock_held") and let go ("lock_free")."""

    def lock_event(self, event: str, task: labkit.Task, worker: labkit.Worker, lock: str,
                   holds: Optional[List[str]] = None, holder: Optional[str] = None) -> None:
        pass


class LockEvents(LockListener):
    """--events: each one a JSON line for the app, which finds the cycle from them."""

    def lock_event(self, event: str, task: labkit.Task, worker: labkit.Worker, lock: str,
                   holds: Optional[List[str]] = None, holder: Optional[str] = None) -> None:
        fields = {} if holds is None else {"holds": holds}
        labkit.emit(event, task=task.index, lock=lock, worker=labkit.clip(worker.name), pid=worker.pid,
                    tid=worker.tid, t_ns=labkit.now_ns(), **fields)


def cycle_of(waits: Dict[str, str], holders: Dict[str, str]) -> List[Edge]:
    """From each waiting thread in turn, along "waits for a lock held by": the first that comes
    back to itself starts the cycle (so the same deadlock reads the same way every time)."""
    for start in sorted(waits):
        path: List[Edge] = []
        at = start
        while len(path) < len(waits) and at in waits and waits[at] in holders:
            path.append(Edge(at, waits[at], holders[waits[at]]))
            at = path[-1].holder
            if at == start:
                return path
    return []


class TracedLock:
    """A threading.Lock that tells the table who waits for it and who holds it: `with lock:` as
    with any lock. slice_s: how long one acquire() waits before it asks whether the watchdog has
    ended a deadlock; None: it waits for good, as a plain lock does."""

    def __init__(self, name: str, table: WaitTable, slice_s: Optional[float]):
        self.name = name
        self.table = table
        self.slice_s = slice_s
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        task = self.table.running.task
        self.table.waiting(task, self.name)
        while True:
            got = self._lock.acquire(timeout=-1 if self.slice_s is None else self.slice_s)
            edge = self.table.gave_up()
            if edge:  # even with the lock: the other thread of the cycle let it go as it gave up
                if got:
                    self._lock.release()
                raise DeadlockError(f"deadlock: waits for lock {edge.lock}, held by {edge.holder}")
            if got:
                break
        self.table.took(task, self.name)

    def __exit__(self, *exc) -> None:
        self.table.let_go(self.table.running.task, self.name)
        self._lock.release()


# --------------------------------------------------------------------------------------------
# The work: the mistake is in the order, not in the code of one task


def take_two_locks(task: labkit.Task, locks: Dict[str, TracedLock]) -> str:
    first, second = task.label.split(" → ")
    with locks[first]:
        time.sleep(task.delay_s)  # meanwhile the other thread takes its own first lock
        with locks[second]:
            return f"took {first}, then {second}"


def make_tasks(variant: str, hold_ms: int) -> List[labkit.Task]:
    # The first task takes A then B; the other the opposite, unless both keep one order.
    labels = ["A → B", "A → B" if variant == "same_order" else "B → A"]
    return [labkit.Task(i, "locks", label, delay_s=hold_ms / 1000) for i, label in enumerate(labels)]


def run_one(task: labkit.Task, locks: Dict[str, TracedLock], reporter: labkit.Reporter,
            strategy: str) -> labkit.Outcome:
    worker = labkit.current_worker(strategy)
    locks["A"].table.running.task = task  # the task their events name (every lock shares one table)
    reporter.task_started(task, worker)
    started = time.monotonic()
    try:
        outcome = labkit.Outcome(task.index, True, take_two_locks(task, locks))
    except DeadlockError as error:
        outcome = labkit.Outcome(task.index, False, str(error))
    reporter.task_ended(task, worker, outcome, time.monotonic() - started)
    return outcome


def run_tasks(strategy: str, workers: int, tasks: List[labkit.Task], locks: Dict[str, TracedLock],
              reporter: labkit.Reporter) -> List[labkit.Outcome]:
    if strategy == "sequential":
        return [run_one(task, locks, reporter, strategy) for task in tasks]
    todo: "queue.SimpleQueue[labkit.Task]" = queue.SimpleQueue()
    for task in tasks:
        reporter.task_submitted(task)
        todo.put(task)
    outcomes: List[Optional[labkit.Outcome]] = [None] * len(tasks)

    def work() -> None:  # each thread takes the next task until none is left
        while True:
            try:
                task = todo.get_nowait()
            except queue.Empty:
                return
            outcomes[task.index] = run_one(task, locks, reporter, strategy)

    threads = [threading.Thread(target=work, name=f"thread-{k + 1}") for k in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [outcome for outcome in outcomes if outcome]


def watch(table: WaitTable, told: threading.Event, stop: threading.Event, narrator: "Narrator") -> None:
    """The watchdog: a cycle still there at the next look, with no lock taken or let go meanwhile,
    is a deadlock. Told, its waits are ended (each acquire() gives up at its next slice)."""
    last = ([], -1)
    while not stop.wait(WATCH_EVERY_S):
        now = table.look()
        if now[0] and now == last:
            narrator.deadlock(now[0])
            table.end_deadlock(now[0])
            told.set()
            return
        last = now


# --------------------------------------------------------------------------------------------
# Told to a person, in Thai or English

MESSAGES: Dict[str, Dict[str, str]] = {
    "title": {"th": "=== 8. Deadlock: สอง Thread รอ Lock ของกันและกัน ===",
              "en": "=== 8. Deadlock: two threads wait for each other's lock ==="},
    "how": {"th": "กลไก: แต่ละงานจับ Lock ตัวแรกไว้ {hold} แล้วจึงขอ Lock ตัวที่สอง",
            "en": "How: each task holds its first lock for {hold}, then asks for the second."},
    "sequential_opposite_order": {"th": "── ทำทีละงาน: งานแรกจับ A แล้ว B งานที่สองจับ B แล้ว A ──",
                                  "en": "── One at a time: the first task takes A then B, the second B then A ──"},
    "sequential_same_order": {"th": "── ทำทีละงาน: ทั้งสองงานจับ A แล้ว B ──",
                              "en": "── One at a time: both tasks take A then B ──"},
    "threads_opposite_order": {"th": "── {w} Thread พร้อมกัน ลำดับสลับกัน: Thread หนึ่งจับ A แล้ว B อีก Thread จับ B แล้ว A ──",
                               "en": "── {w} threads at once, in opposite orders: one takes A then B, the other B then A ──"},
    "threads_same_order": {"th": "── {w} Thread พร้อมกัน ลำดับเดียวกัน: ทั้งคู่จับ A ก่อน แล้วจึง B ──",
                           "en": "── {w} threads at once, in one order: both take A, then B ──"},
    "start": {"th": "{who} เริ่มงาน {label}", "en": "{who} starts {label}"},
    "wait": {"th": "{who} รอ Lock {lock} ที่ {holder} ถืออยู่", "en": "{who} waits for lock {lock}, held by {holder}"},
    "wait_holding": {"th": "{who} ถือ Lock {held} ไว้ และรอ Lock {lock} ที่ {holder} ถืออยู่",
                     "en": "{who} holds lock {held} and waits for lock {lock}, held by {holder}"},
    "held": {"th": "{who} ได้ Lock {lock} แล้ว", "en": "{who} holds lock {lock}"},
    "free": {"th": "{who} ปล่อย Lock {lock} แล้ว", "en": "{who} lets go of lock {lock}"},
    "end": {"th": "{who} เสร็จแล้ว: ได้ Lock ครบทั้งสองตัว ({time})",
            "en": "{who} done: it had both locks ({time})"},
    "failed": {"th": "{who} {label}: ล้มเหลว: {reason}", "en": "{who} {label}: failed: {reason}"},
    "reason": {"th": "Deadlock: รอ Lock {lock} ที่ {holder} ถืออยู่",
               "en": "deadlock: waits for lock {lock}, held by {holder}"},
    "edge_first": {"th": "{thread} รอ Lock {lock} ที่ {holder} ถืออยู่",
                   "en": "{thread} waits for lock {lock}, held by {holder}"},
    "edge_next": {"th": " ขณะที่ {thread} ก็รอ Lock {lock} ที่ {holder} ถืออยู่",
                  "en": ", which waits for lock {lock}, held by {holder}"},
    "deadlock": {"th": "⚠ Deadlock! {cycle}", "en": "⚠ Deadlock! {cycle}"},
    "stuck": {"th": "ไม่มีใครไปต่อได้เลย ถ้าไม่มีตัวเฝ้าดู (Watchdog) นี้ โปรแกรมจะค้างไปตลอดกาล "
                    "ตัวเฝ้าดูจึงยกเลิกการรอให้",
              "en": "Nobody can go on: without this watchdog the program would hang for ever, so it ends the waits."},
    "total": {"th": "ใช้เวลารวม {elapsed}", "en": "Total time: {elapsed}"},
    "fix": {"th": "วิธีแก้: ให้ทุก Thread จับ Lock ตามลำดับเดียวกันเสมอ (A ก่อน B) แล้ววงจรการรอจะเกิดขึ้นไม่ได้ "
                  "(หรือใช้ lock.acquire(timeout=...) แล้วถอยออกมาเมื่อรอนานเกินไป)",
            "en": "The fix: every thread takes the locks in one order (A before B): then no cycle of waits can "
                  "form. (Or acquire with a timeout, and back off when it runs out.)"},
}


class Narrator(labkit.Narrator, LockListener):
    """The run as it happens: each task, each wait for a lock and each lock taken, and the deadlock."""

    def __init__(self, lang: str):
        super().__init__(lang)
        self.table: Optional[WaitTable] = None  # the run's, for the reasons of a deadlock

    def line(self, key: str, **values) -> None:
        labkit.write_line(MESSAGES[key][self.lang].format(**values))

    def task_started(self, task: labkit.Task, worker: labkit.Worker) -> None:
        self.line("start", who=self.who(worker), label=task.label)

    def task_ended(self, task: labkit.Task, worker: labkit.Worker, outcome: labkit.Outcome, seconds: float) -> None:
        if outcome.ok:
            self.line("end", who=self.who(worker), time=self.seconds(seconds))
            return
        edge = self.table.ended.get(worker.name) if self.table else None
        reason = MESSAGES["reason"][self.lang].format(lock=edge.lock, holder=edge.holder) if edge else outcome.text
        self.line("failed", who=self.who(worker), label=task.label, reason=reason)

    def lock_event(self, event: str, task: labkit.Task, worker: labkit.Worker, lock: str,
                   holds: Optional[List[str]] = None, holder: Optional[str] = None) -> None:
        if event == "lock_held":
            self.line("held", who=self.who(worker), lock=lock)
        elif event == "lock_free":
            self.line("free", who=self.who(worker), lock=lock)
        elif event == "lock_wait" and holder and holder != worker.name:  # a free lock is taken at once
            key = "wait_holding" if holds else "wait"
            self.line(key, who=self.who(worker), lock=lock, holder=holder, held=", ".join(holds or []))

    def deadlock(self, cycle: List[Edge]) -> None:
        text = MESSAGES["edge_first"][self.lang].format(**cycle[0]._asdict())
        text += "".join(MESSAGES["edge_next"][self.lang].format(**edge._asdict()) for edge in cycle[1:])
        self.line("deadlock", cycle=text)
        self.line("stuck")


# --------------------------------------------------------------------------------------------
# A run, in either mode


def make_locks(table: WaitTable, slice_s: Optional[float]) -> Dict[str, TracedLock]:
    return {name: TracedLock(name, table, slice_s) for name in ("A", "B")}


def run_events(strategy: str, variant: str, hold_ms: int, workers: int) -> int:
    """--events: the run as JSON lines on stdout. A deadlock blocks for good: the app sees the
    cycle in the lock events, and that both threads block on a lock, and stops the interpreter."""
    labkit.die_with_parent(os.getppid())  # never left deadlocked behind an app that has gone
    cpu_at_start = os.times()
    tasks = make_tasks(variant, hold_ms)
    locks = make_locks(WaitTable(strategy, LockEvents()), None)
    labkit.emit("run", script="08_deadlock", workload="locks", strategy=strategy, workers=workers,
                tasks=len(tasks), pid=os.getpid(), python=platform.python_version(),
                implementation=platform.python_implementation(), gil=labkit.gil_enabled(), t_ns=labkit.now_ns())
    outcomes = run_tasks(strategy, workers, tasks, locks, labkit.EventReporter())
    labkit.emit_cpu_times(cpu_at_start)
    labkit.emit("done", t_ns=labkit.now_ns())
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def run_narrated(say: Narrator, strategy: str, variant: str, hold_ms: int, workers: int) -> Tuple[bool, bool]:
    """One run told to a person, with its watchdog; (whether it deadlocked, whether every task ended well)."""
    labkit.write_line("")
    say.line(f"{strategy}_{variant}", w=workers)
    table = WaitTable(strategy, say)
    say.table = table
    locks = make_locks(table, WATCH_EVERY_S)
    stop, told = threading.Event(), threading.Event()
    watchdog = threading.Thread(target=watch, args=(table, told, stop, say), name="watchdog", daemon=True)
    watchdog.start()
    started = time.monotonic()
    outcomes = run_tasks(strategy, workers, make_tasks(variant, hold_ms), locks, say)
    elapsed = time.monotonic() - started
    stop.set()
    watchdog.join()
    say.line("total", elapsed=say.seconds(elapsed))
    return told.is_set(), all(outcome.ok for outcome in outcomes)


def planned_runs(args: argparse.Namespace) -> List[Tuple[str, str]]:
    """(strategy, variant) of each run: with --events the one asked for; told to a person, by
    default one at a time, then the mistake, then its fix."""
    if args.events:
        return [(args.strategy or "threads", args.variant or "opposite_order")]
    runs = []
    for strategy in [args.strategy] if args.strategy else list(STRATEGIES):
        variants = [args.variant] if args.variant else ["opposite_order"] if strategy == "sequential" else VARIANTS
        runs += [(strategy, variant) for variant in variants]
    return runs


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=os.path.basename(__file__), description=__doc__, allow_abbrev=False,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    labkit.add_common_options(parser, STRATEGIES)
    parser.add_argument("--variant", choices=VARIANTS,
                        help="opposite_order: the second task takes B then A (two threads deadlock); "
                             "same_order: both take A then B (default: the mistake, then the fix)")
    parser.add_argument("--hold-ms", type=labkit.whole_number(0, 60_000), default=SEED_HOLD_MS, metavar="MS",
                        help="how long a task holds its first lock before it asks for the second "
                             "(default: %(default)s)")
    return parser.parse_args(argv)


def main() -> int:
    args = parse_args()
    runs = planned_runs(args)
    workers = {"sequential": 1, "threads": args.workers or SEED_THREADS}
    if args.events:
        strategy, variant = runs[0]
        return run_events(strategy, variant, args.hold_ms, workers[strategy])
    say = Narrator(args.lang)
    say.line("title")
    say.line("how", hold=say.seconds(args.hold_ms / 1000, exact=False))
    results = [run_narrated(say, strategy, variant, args.hold_ms, workers[strategy]) for strategy, variant in runs]
    if any(deadlocked for deadlocked, _ in results):
        labkit.write_line("")
        say.line("fix")
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
