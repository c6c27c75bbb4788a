"""labkit: the parts the four lab scripts share.

The scripts 00-03 each tell one lesson; this module holds what they have in common:

1. the work of the seed lab (weather, log files, sums of squares),
2. the four ways to run it (sequential, coroutines, threads, processes), and a fifth on a
   Dask cluster (cluster; in labcluster.py, which needs Dask distributed),
3. two ways to report a run: a narrative for people (Thai or English) and JSON
   events for the Concurrency Lab app (--events),
4. the command line.

Standard library only; works on Python 3.9 and later.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import json
import math
import multiprocessing
import os
import platform
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence

# --------------------------------------------------------------------------------------------
# The seed lab's figures

SEED_CITIES = ("Bangkok", "Tokyo", "London")
SEED_LOG_FILES = 5
SEED_SQUARES = (8_000_000, 9_000_000, 10_000_000, 7_000_000)
SEED_DELAY_MS = {"weather": 2000, "logs": 1000}
LOG_LINES = 10

STRATEGIES = ("sequential", "coroutines", "threads", "processes")
CLUSTER = "cluster"  # beyond one machine: labcluster.py, on CPython with Dask distributed

# --------------------------------------------------------------------------------------------
# 1. The work


class Task(NamedTuple):
    """One task. Plain data, so that it can be sent to a worker process."""

    index: int
    workload: str  # "weather", "logs" or "squares"
    label: str  # the city, the log file's name, or n in digits
    delay_s: float = 0.0  # weather and logs
    path: str = ""  # logs: the file to write
    n: int = 0  # squares


def weather_tasks(cities: Sequence[str], delay_ms: int) -> List[Task]:
    return [Task(i, "weather", city, delay_s=delay_ms / 1000) for i, city in enumerate(cities)]


def log_tasks(files: int, delay_ms: int, folder: str) -> List[Task]:
    names = [f"log_{i}.txt" for i in range(files)]
    return [
        Task(i, "logs", name, delay_s=delay_ms / 1000, path=os.path.join(folder, name))
        for i, name in enumerate(names)
    ]


def squares_tasks(ns: Sequence[int]) -> List[Task]:
    return [Task(i, "squares", str(n), n=n) for i, n in enumerate(ns)]


def weather_report(city: str) -> str:
    return f"{city}: 25°C"


def fetch_weather(city: str, delay_s: float) -> str:
    # A blocking wait stands in for the network: the whole thread does nothing meanwhile.
    time.sleep(delay_s)
    return weather_report(city)


async def fetch_weather_async(city: str, delay_s: float) -> str:
    # `await` hands the event loop back while we wait, so it can send the next city's
    # request at once: this is why asyncio needs only one thread.
    await asyncio.sleep(delay_s)
    return weather_report(city)


def write_log(path: str, label: str, worker_name: str, delay_s: float) -> str:
    # The seed's stand-in for a slow disk: a blocking wait, as a real write() would be.
    time.sleep(delay_s)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    lines = [
        f"{stamp} INFO [{worker_name}] {label} line {k} of {LOG_LINES}: request handled\n"
        for k in range(1, LOG_LINES + 1)
    ]
    # Leaving the `with` flushes and closes the file, so it is whole before the task ends.
    with open(path, "w", encoding="utf-8") as log_file:
        log_file.writelines(lines)
    return f"{label}: {LOG_LINES} lines"


def sum_of_squares(n: int) -> int:
    # Pure Python arithmetic: the interpreter holds the GIL for the whole loop, so
    # threads of one process cannot run two of these at once; processes can.
    return sum(i * i for i in range(n))


def do_task(task: Task, worker: "Worker") -> str:
    """Does one task, blocking the calling thread; returns its result as text."""
    if task.workload == "weather":
        return fetch_weather(task.label, task.delay_s)
    if task.workload == "logs":
        return write_log(task.path, task.label, worker.name, task.delay_s)
    return str(sum_of_squares(task.n))


async def do_task_async(task: Task, worker: "Worker") -> str:
    if task.workload == "weather":
        return await fetch_weather_async(task.label, task.delay_s)
    # Log files and sums have no `await` in them: they block the event loop, and every
    # other coroutine waits meanwhile. That is the lesson, not a bug.
    return do_task(task, worker)


# --------------------------------------------------------------------------------------------
# 2. Running one task, and who runs it


class Worker(NamedTuple):
    name: str  # "sequential", "event-loop", "ThreadPoolExecutor-0_2" or "process-4242"
    pid: int
    tid: int  # the operating system's thread id


class Outcome(NamedTuple):
    index: int
    ok: bool
    text: str  # the result, or "<exception type>: <message>"


def current_worker(strategy: str) -> Worker:
    names = {"sequential": "sequential", "coroutines": "event-loop", "processes": f"process-{os.getpid()}"}
    name = names.get(strategy) or threading.current_thread().name
    return Worker(name, os.getpid(), threading.get_native_id())


def describe_error(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def run_task(task: Task, strategy: str, reporter: "Reporter") -> Outcome:
    """Runs one task on the calling thread, with a report when it starts and ends.

    A module-level function, so that a ProcessPoolExecutor can send it to a child."""
    worker = current_worker(strategy)
    reporter.task_started(task, worker)
    started = time.monotonic()
    try:
        outcome = Outcome(task.index, True, do_task(task, worker))
    except Exception as error:  # one failed task is reported; the others go on
        outcome = Outcome(task.index, False, describe_error(error))
    reporter.task_ended(task, worker, outcome, time.monotonic() - started)
    return outcome


async def run_task_async(task: Task, reporter: "Reporter") -> Outcome:
    worker = current_worker("coroutines")
    reporter.task_started(task, worker)
    started = time.monotonic()
    try:
        outcome = Outcome(task.index, True, await do_task_async(task, worker))
    except Exception as error:
        outcome = Outcome(task.index, False, describe_error(error))
    reporter.task_ended(task, worker, outcome, time.monotonic() - started)
    return outcome


# --------------------------------------------------------------------------------------------
# 3. The four strategies. Each returns the outcomes in the order of the tasks.


def run_sequential(tasks: Sequence[Task], reporter: "Reporter") -> List[Outcome]:
    # One queue, first come first served: a task starts only when the one before has ended.
    return [run_task(task, "sequential", reporter) for task in tasks]


def run_coroutines(tasks: Sequence[Task], reporter: "Reporter") -> List[Outcome]:
    async def all_at_once():
        # gather() starts every coroutine; they take turns on one thread at each `await`.
        for task in tasks:
            reporter.task_submitted(task)
        return await asyncio.gather(*(run_task_async(task, reporter) for task in tasks))

    return list(asyncio.run(all_at_once()))


def run_threads(tasks: Sequence[Task], reporter: "Reporter", workers: int) -> List[Outcome]:
    # The operating system switches between the threads whenever one has to wait.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = []
        for task in tasks:
            reporter.task_submitted(task)
            futures.append(pool.submit(run_task, task, "threads", reporter))
        return [future.result() for future in futures]


def run_processes(tasks: Sequence[Task], reporter: "Reporter", workers: int) -> List[Outcome]:
    # Each child process has its own interpreter and its own GIL: true parallelism.
    # The task, the reporter and run_task travel to the children by pickling.
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=prepare_worker_process,
        initargs=(reporter, expected_parent_pid()),
    ) as pool:
        futures = []
        for task in tasks:
            reporter.task_submitted(task)
            future = pool.submit(run_task, task, "processes", reporter)
            future.add_done_callback(lambda _future, task=task: reporter.task_returned(task))
            futures.append(future)
        return [future.result() for future in futures]
    # Leaving the `with` waits for the children to exit (shutdown(wait=True)).


def run_strategy(strategy: str, tasks: Sequence[Task], reporter: "Reporter", workers: int) -> List[Outcome]:
    if strategy == "sequential":
        return run_sequential(tasks, reporter)
    if strategy == "coroutines":
        return run_coroutines(tasks, reporter)
    if strategy == "threads":
        return run_threads(tasks, reporter, workers)
    return run_processes(tasks, reporter, workers)


def default_workers(strategy: str, seed_threads: Optional[int] = None) -> int:
    if strategy == "threads":
        # ThreadPoolExecutor's own default, unless the script's lesson names a number.
        return seed_threads or min(32, (os.cpu_count() or 1) + 4)
    if strategy in ("processes", CLUSTER):
        return os.cpu_count() or 1  # ProcessPoolExecutor's own default; LocalCluster's too
    return 1  # sequential and coroutines: one thread does everything


# --------------------------------------------------------------------------------------------
# 4. The children of the process pool

PR_SET_PDEATHSIG = 1


def expected_parent_pid() -> Optional[int]:
    # With "forkserver" the children's parent is the fork server, not this process.
    return None if multiprocessing.get_start_method() == "forkserver" else os.getpid()


def prepare_worker_process(reporter: "Reporter", parent_pid: Optional[int]) -> None:
    """The pool's initializer: runs once in each child before its first task."""
    die_with_parent(parent_pid)
    reporter.worker_ready(current_worker("processes"))


def die_with_parent(parent_pid: Optional[int]) -> None:
    # If the app kills this script, its children must not go on computing for nobody.
    # Linux sends SIGKILL to the child when the thread that started it ends; the pool
    # starts its children from our main thread, which lives as long as the script.
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    # The parent may have died before prctl() took effect: then no signal will come.
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)


# --------------------------------------------------------------------------------------------
# 5. Reporting: what happens during a run, told to the app or to a person


def write_line(text: str) -> None:
    """Writes one line to stdout with one os.write().

    Threads and child processes write at the same time; a pipe write of under 4096 bytes
    (PIPE_BUF) is atomic, so lines never mix. print() could split a line into several
    writes, and its buffer could be copied into a forked child and written twice."""
    data = (text + "\n").encode("utf-8")
    try:
        while data:  # a pipe takes it whole; the loop is for the rare partial write to a file
            data = data[os.write(1, data):]
    except BrokenPipeError:
        # Nobody reads us any more (the app has gone, or `| head` has seen enough): stop at
        # once and quietly, whichever thread or process noticed. 141 = 128 + SIGPIPE, as a shell says.
        os._exit(141)


class Reporter:
    """Hears about a run. It also runs in the pool's children, so it must pickle:
    keep only plain data in it."""

    def worker_ready(self, worker: Worker) -> None:
        pass

    def task_submitted(self, task: Task) -> None:
        pass

    # t_ns: when it happened, for a task told afterwards (a cluster's worker); none: now.
    def task_started(self, task: Task, worker: Worker, t_ns: Optional[int] = None) -> None:
        pass

    def task_ended(self, task: Task, worker: Worker, outcome: Outcome, seconds: float,
                   t_ns: Optional[int] = None) -> None:
        pass

    def task_returned(self, task: Task) -> None:
        pass

    def task_retried(self, task: Task, lost: Worker, worker: Worker, t_ns: int) -> None:
        """A cluster lost the worker that ran `task` and runs it again on `worker`."""


# ---- 5a. JSON events for the app (--events)

MAX_TEXT = 200  # keeps every event line far below PIPE_BUF


def clip(text: str) -> str:
    return text[:MAX_TEXT]


def emit(event: str, **fields) -> None:
    write_line(json.dumps(dict(event=event, **fields), ensure_ascii=False, separators=(",", ":")))


def now_ns() -> int:
    # CLOCK_MONOTONIC: the clock the app uses, the same in every process of the machine.
    return time.monotonic_ns()


def gil_enabled() -> bool:
    is_enabled = getattr(sys, "_is_gil_enabled", None)  # Python 3.13 and later
    return bool(is_enabled()) if is_enabled else True


class EventReporter(Reporter):
    def worker_ready(self, worker: Worker) -> None:
        emit("worker", worker=clip(worker.name), pid=worker.pid, tid=worker.tid, t_ns=now_ns())

    def task_submitted(self, task: Task) -> None:
        emit("submit", task=task.index, t_ns=now_ns())

    def task_started(self, task: Task, worker: Worker, t_ns: Optional[int] = None) -> None:
        emit("start", task=task.index, label=clip(task.label), worker=clip(worker.name),
             pid=worker.pid, tid=worker.tid, t_ns=now_ns() if t_ns is None else t_ns)

    def task_ended(self, task: Task, worker: Worker, outcome: Outcome, seconds: float,
                   t_ns: Optional[int] = None) -> None:
        emit("end", task=task.index, worker=clip(worker.name), pid=worker.pid, tid=worker.tid,
             t_ns=now_ns() if t_ns is None else t_ns, ok=outcome.ok, result=clip(outcome.text))

    def task_returned(self, task: Task) -> None:
        emit("returned", task=task.index, t_ns=now_ns())

    def task_retried(self, task: Task, lost: Worker, worker: Worker, t_ns: int) -> None:
        emit("retry", task=task.index, lost=clip(lost.name), worker=clip(worker.name), t_ns=t_ns)


def emit_cpu_times(since: os.times_result) -> None:
    """The CPU the run used since `since`: the interpreter's own start-up is not the run's."""
    times = os.times()  # children's times count only once they have been waited for

    def ns(field: str) -> int:
        return int(round((getattr(times, field) - getattr(since, field)) * 1e9))

    emit("cpu", user_ns=ns("user"), system_ns=ns("system"),
         children_user_ns=ns("children_user"), children_system_ns=ns("children_system"))


# ---- 5b. The narrative for people, in Thai or English

MESSAGES: Dict[str, Dict[str, str]] = {
    "seconds": {"th": "{s} วินาที", "en": "{s} s"},
    "thread_worker": {"th": "[{name} · Thread {tid}]", "en": "[{name} · thread {tid}]"},
    "process_worker": {"th": "[Process · PID {pid}]", "en": "[Process · pid {pid}]"},
    "process_ready": {"th": "{who} พร้อมรับงานแล้ว", "en": "{who} ready for work"},
    "weather_start": {"th": "{who} กำลังดึงข้อมูลสภาพอากาศของ {label}…",
                      "en": "{who} fetching the weather of {label}…"},
    "weather_end": {"th": "{who} ได้ข้อมูลสภาพอากาศของ {label} แล้ว ({time})",
                    "en": "{who} got the weather of {label} ({time})"},
    "logs_start": {"th": "{who} กำลังเขียน {label}…", "en": "{who} writing {label}…"},
    "logs_end": {"th": "{who} เขียน {label} เสร็จแล้ว ({time})", "en": "{who} {label} written ({time})"},
    "squares_start": {"th": "{who} กำลังหาผลรวมกำลังสองของจำนวนที่น้อยกว่า {label}…",
                      "en": "{who} summing the squares below {label}…"},
    "squares_end": {"th": "{who} ผลรวมกำลังสองของจำนวนที่น้อยกว่า {label} = {result} ({time})",
                    "en": "{who} sum of squares below {label} = {result} ({time})"},
    "task_failed": {"th": "{who} {label}: ล้มเหลว: {reason}", "en": "{who} {label}: failed: {reason}"},
    "weather_work": {"th": "ดึงสภาพอากาศ {k} เมือง เมืองละ {each}",
                     "en": "the weather of {k} {cities}, {each} each"},
    "logs_work": {"th": "เขียน Log {k} ไฟล์ ไฟล์ละ {each}", "en": "{k} log {files}, {each} each"},
    "squares_work": {"th": "หาผลรวมกำลังสอง {k} ชุด", "en": "{k} {sums} of squares"},
    "sequential_way": {"th": "ทำทีละงาน (Sequential)", "en": "one at a time (sequential)"},
    "coroutines_way": {"th": "Asyncio (Coroutine บน Event Loop เดียว)",
                       "en": "Asyncio (coroutines on one event loop)"},
    "threads_way": {"th": "ThreadPoolExecutor ({w} Thread)", "en": "ThreadPoolExecutor ({w} {threads})"},
    "processes_way": {"th": "ProcessPoolExecutor ({w} Process)", "en": "ProcessPoolExecutor ({w} {processes})"},
    "cluster_way": {"th": "Dask Cluster ({w} Worker)", "en": "Dask cluster ({w} {workers})"},
    "dask_worker": {"th": "[Dask Worker {address}]", "en": "[Dask worker {address}]"},
    "retried": {"th": "Cluster เสีย Worker {lost} ไป จึงส่ง {label} ไปทำใหม่ที่ {who}",
                "en": "the cluster lost {lost}, so {who} runs {label} again"},
    "cluster_ready": {"th": "Cluster พร้อม: Scheduler {scheduler} กับ Worker {w} ตัว ({start})",
                      "en": "The cluster is ready: scheduler {scheduler} and {w} {workers} ({start})"},
    "cluster_local": {"th": "เริ่ม Cluster บนเครื่องนี้ใช้เวลา {s} วินาที และต่อ Client อีก {c} วินาที",
                      "en": "starting it on this machine took {s} s, connecting {c} s more"},
    "cluster_remote": {"th": "ต่อเข้า Cluster ที่มีอยู่แล้วใช้เวลา {c} วินาที",
                       "en": "connecting to it took {c} s"},
    "logs_on_workers": {"th": "ไฟล์ Log ถูกเขียนบนเครื่องของ Worker แต่ละตัว ในโฟลเดอร์ {folder} ของเครื่องนั้น",
                        "en": "Each worker wrote its log files on its own machine, in its folder {folder}"},
    "heading": {"th": "── {work} · {way} ──", "en": "── {work} · {way} ──"},
    "results": {"th": "ผลลัพธ์: {results}", "en": "Results: {results}"},
    "logs_folder": {"th": "ไฟล์ Log อยู่ในโฟลเดอร์ {folder}", "en": "The log files are in {folder}"},
    "total": {"th": "ใช้เวลารวม {elapsed} ({expected})", "en": "Total time: {elapsed} ({expected})"},
    "about": {"th": "ควรจะประมาณ {time}", "en": "should be about {time}"},
    "one_core": {"th": "ทำทีละชุดบน Core เดียว", "en": "one sum after another on one core"},
    "no_help": {"th": "ติด GIL และมี Thread เดียวที่คำนวณได้: ใกล้เคียงกับทำทีละงาน",
                "en": "the GIL lets one thread compute at a time: about the same as one at a time"},
    "loop_blocked": {"th": "Event Loop มี Thread เดียว: ใกล้เคียงกับทำทีละงาน",
                     "en": "an event loop is one thread: about the same as one at a time"},
    "per_core": {"th": "ขึ้นอยู่กับจำนวน Core: เครื่องนี้มี {cores} Core",
                 "en": "depends on the number of cores: this machine has {cores}"},
    "faster": {"th": "{way} เร็วขึ้น {x} เท่า เมื่อเทียบกับทำทีละงาน",
               "en": "{way} is {x}× faster than one at a time"},
    "slower": {"th": "{way} ช้าลง {x} เท่า เมื่อเทียบกับทำทีละงาน",
               "en": "{way} is {x}× slower than one at a time"},
}

ENGLISH_PLURALS = {"cities": ("city", "cities"), "files": ("file", "files"), "sums": ("sum", "sums"),
                   "threads": ("thread", "threads"), "processes": ("process", "processes"),
                   "workers": ("worker", "workers")}


def plain_number(x: float) -> str:
    """2.0 -> "2", 0.05 -> "0.05": how a person writes an expected time."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


class Narrator(Reporter):
    """Tells a run as it happens, one line per step, in Thai ("th") or English ("en")."""

    def __init__(self, lang: str = "th"):
        self.lang = lang

    def show(self, th: str, en: str) -> None:
        """A line of the script's own, given in both languages."""
        write_line(th if self.lang == "th" else en)

    def text(self, key: str, **values) -> str:
        return MESSAGES[key][self.lang].format(**values)

    @staticmethod
    def nouns(count: int) -> Dict[str, str]:
        """English nouns for a count: {cities} is "city" for 1 and "cities" otherwise.
        Thai nouns do not change, so the Thai messages simply leave them out."""
        return {word: one if count == 1 else many for word, (one, many) in ENGLISH_PLURALS.items()}

    def say(self, key: str, **values) -> None:
        write_line(self.text(key, **values))

    def seconds(self, s: float, exact: bool = True) -> str:
        return self.text("seconds", s=f"{s:.2f}" if exact else plain_number(s))

    # -- the run as it happens (Reporter)

    def who(self, worker: Worker) -> str:
        if "://" in worker.name:  # a Dask worker, by its address
            return self.text("dask_worker", address=worker.name)
        if worker.name.startswith("process-"):
            return self.text("process_worker", pid=worker.pid)
        name = {"sequential": "MainThread", "event-loop": "Event Loop"}.get(worker.name, worker.name)
        return self.text("thread_worker", name=name, tid=worker.tid)

    def worker_ready(self, worker: Worker) -> None:
        self.say("process_ready", who=self.who(worker))

    def task_started(self, task: Task, worker: Worker, t_ns: Optional[int] = None) -> None:
        self.say(f"{task.workload}_start", who=self.who(worker), label=self.label(task))

    def task_retried(self, task: Task, lost: Worker, worker: Worker, t_ns: int) -> None:
        self.say("retried", label=self.label(task), lost=self.who(lost), who=self.who(worker))

    def task_ended(self, task: Task, worker: Worker, outcome: Outcome, seconds: float,
                   t_ns: Optional[int] = None) -> None:
        if not outcome.ok:
            self.say("task_failed", who=self.who(worker), label=self.label(task), reason=outcome.text)
            return
        self.say(f"{task.workload}_end", who=self.who(worker), label=self.label(task),
                 result=outcome.text, time=self.seconds(seconds))

    def way(self, strategy: str, workers: int) -> str:
        return self.text(f"{strategy}_way", w=workers, **self.nouns(workers))

    @staticmethod
    def label(task: Task) -> str:
        return f"{task.n:,}" if task.workload == "squares" else task.label

    # -- before and after

    def cluster_ready(self, cluster) -> None:
        """labcluster.Cluster: its scheduler, its workers and what having them cost."""
        workers = len(cluster.worker_list())
        connect = f"{(cluster.connected_ns - cluster.ready_ns) / 1e9:.2f}"
        start = (self.text("cluster_local", s=f"{(cluster.ready_ns - cluster.start_ns) / 1e9:.2f}", c=connect)
                 if cluster.local else self.text("cluster_remote", c=connect))
        write_line("")
        self.say("cluster_ready", scheduler=cluster.client.scheduler.address, w=workers, start=start,
                 **self.nouns(workers))

    def heading(self, plan: "Plan") -> None:
        k, each = len(plan.tasks), self.seconds(plan.tasks[0].delay_s, exact=False)
        work = self.text(f"{plan.workload}_work", k=k, each=each, **self.nouns(k))
        way = self.way(plan.strategy, plan.workers)
        write_line("")
        self.say("heading", work=work, way=way)

    def total(self, plan: "Plan", elapsed: float) -> None:
        self.say("total", elapsed=self.seconds(elapsed), expected=self.expectation(plan))

    def expectation(self, plan: "Plan") -> str:
        if plan.workload != "squares":
            return self.text("about", time=self.seconds(expected_wait_s(plan), exact=False))
        if plan.strategy == "sequential":
            return self.text("one_core")
        if plan.strategy == "coroutines":
            return self.text("loop_blocked")
        if plan.strategy == "threads" and gil_enabled():
            return self.text("no_help")
        return self.text("per_core", cores=os.cpu_count() or 1)

    def speedup(self, strategy: str, sequential_s: float, other_s: float, workers: int) -> None:
        way = self.way(strategy, workers)
        if other_s <= sequential_s:
            self.say("faster", way=way, x=f"{sequential_s / max(other_s, 1e-9):.2f}")
        else:
            self.say("slower", way=way, x=f"{other_s / max(sequential_s, 1e-9):.2f}")


def expected_wait_s(plan: "Plan") -> float:
    """How long waiting work should take: waits that overlap count once."""
    count, delay = len(plan.tasks), plan.tasks[0].delay_s
    if plan.strategy == "sequential":
        rounds = count
    elif plan.strategy == "coroutines":
        # Weather awaits, so all the waits overlap; a log file blocks the loop.
        rounds = 1 if plan.workload == "weather" else count
    else:
        rounds = math.ceil(count / plan.workers)
    return rounds * delay


# --------------------------------------------------------------------------------------------
# 6. A run: what to do, and doing it in either mode


class Plan(NamedTuple):
    script: str  # e.g. "01_async_io_weather"
    workload: str
    strategy: str
    workers: int
    tasks: List[Task]
    scheduler: str = ""  # cluster: the address of a cluster's scheduler; none: a LocalCluster of ours
    dashboard: bool = False  # cluster: the LocalCluster's dashboard on 127.0.0.1:8787


class Summary(NamedTuple):
    seconds: float
    outcomes: List[Outcome]

    @property
    def all_ok(self) -> bool:
        return all(outcome.ok for outcome in self.outcomes)


# What runs a plan's tasks: run_strategy, or a lab's own way (the mistakes labs 5-8).
Runner = Callable[[str, Sequence[Task], Reporter, int], List[Outcome]]


def run_events(plan: Plan, runner: Optional[Runner] = None) -> Summary:
    """--events: the run as JSON lines on stdout, for the app."""
    with cluster_of(plan) as cluster:
        if cluster:  # started before "run": like the interpreter's start-up, it is not the work
            cluster.emit_started()
            plan = plan._replace(workers=len(cluster.worker_list()))
        cpu_at_start = os.times()
        emit("run", script=plan.script, workload=plan.workload, strategy=plan.strategy,
             workers=plan.workers, tasks=len(plan.tasks), pid=os.getpid(),
             python=platform.python_version(), implementation=platform.python_implementation(),
             gil=gil_enabled(), t_ns=now_ns())
        started = time.monotonic()
        run = runner or (cluster.run if cluster else run_strategy)
        outcomes = run(plan.strategy, plan.tasks, EventReporter(), plan.workers)
        seconds = time.monotonic() - started
        emit_cpu_times(cpu_at_start)  # after run_strategy: any pool has been shut down by now
        emit("done", t_ns=now_ns())
    return Summary(seconds, outcomes)


def run_narrated(narrator: Narrator, plan: Plan) -> Summary:
    """The run told to a person: a heading, a line per step, the results and the time."""
    with cluster_of(plan) as cluster:
        if cluster:
            plan = plan._replace(workers=len(cluster.worker_list()))
            narrator.cluster_ready(cluster)
        narrator.heading(plan)
        started = time.monotonic()
        outcomes = (cluster.run if cluster else run_strategy)(plan.strategy, plan.tasks, narrator, plan.workers)
        seconds = time.monotonic() - started
    if plan.workload == "weather":
        narrator.say("results", results=[outcome.text for outcome in outcomes])
    if plan.workload == "logs":
        folder = os.path.dirname(os.path.abspath(plan.tasks[0].path))
        narrator.say("logs_on_workers" if cluster else "logs_folder", folder=folder)
    narrator.total(plan, seconds)
    return Summary(seconds, outcomes)


@contextlib.contextmanager
def cluster_of(plan: Plan):
    """A `with` that holds the run's Dask cluster (labcluster.Cluster) for a cluster plan, else
    None. A cluster that cannot be had ends the script with one line saying why."""
    if plan.strategy != CLUSTER:
        yield None
        return
    import labcluster  # Dask distributed only when a cluster is asked for

    try:
        with labcluster.Cluster(plan.workers, plan.scheduler, plan.dashboard) as cluster:
            yield cluster
    except labcluster.ClusterError as error:  # only starting or reaching it raises one
        raise SystemExit(f"{plan.script}: error: {error}")


def exit_status(*summaries: Summary) -> int:
    return 0 if all(summary.all_ok for summary in summaries) else 1


# --------------------------------------------------------------------------------------------
# 7. The command line

MAX_ITEMS = 1_000_000
MAX_NAME = 100


def whole_number(low: int, high: int):
    """An argparse type: a whole number from low to high, or a one-line error naming it."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; allowed: {low} to {high}")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{text}' is out of range; allowed: {low} to {high}")
        return value

    return parse


def number_list(low: int, high: int):
    """An argparse type: whole numbers separated by commas."""
    one = whole_number(low, high)

    def parse(text: str) -> List[int]:
        items = text.split(",")
        if len(items) > MAX_ITEMS:
            raise argparse.ArgumentTypeError(f"{len(items)} values are too many; allowed: 1 to {MAX_ITEMS}")
        try:
            return [one(item.strip()) for item in items]
        except argparse.ArgumentTypeError as error:
            raise argparse.ArgumentTypeError(f"{error} (in '{text}')" if len(items) > 1 else str(error))

    return parse


def city_list(text: str) -> List[str]:
    names = [name.strip() for name in text.split(",")]
    if len(names) > MAX_ITEMS:
        raise argparse.ArgumentTypeError(f"{len(names)} cities are too many; allowed: 1 to {MAX_ITEMS}")
    if not all(1 <= len(name) <= MAX_NAME for name in names):
        raise argparse.ArgumentTypeError(
            f"'{text}' has an empty or over-long name; "
            f"allowed: names of 1 to {MAX_NAME} characters separated by commas")
    return names


def parse_args(script_file: str, description: str, workloads: Sequence[str],
               seed_strategies: Sequence[str], strategies: Sequence[str] = (*STRATEGIES, CLUSTER),
               seed_threads: Optional[int] = None,
               argv: Optional[Sequence[str]] = None,
               options: Optional[Callable[[argparse.ArgumentParser], None]] = None) -> argparse.Namespace:
    """The command line shared by the scripts.

    workloads: what the script can do (00 has two: weather and logs); seed_strategies:
    what it runs when no --strategy is given (03 compares two); the last one is the
    strategy of --events. seed_threads: the lesson's number of threads, if it has one.
    options: adds a script's own options (a mistakes lab's --variant)."""
    parser = argparse.ArgumentParser(
        prog=os.path.basename(script_file), description=description, allow_abbrev=False,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_options(parser, strategies)
    if options:
        options(parser)
    if len(workloads) > 1:
        parser.add_argument("--workload", choices=(*workloads, "both"), default="both",
                            help="which part to run (default: both; --events needs one)")
    if "weather" in workloads:
        parser.add_argument("--cities", type=city_list, default=list(SEED_CITIES), metavar="NAMES",
                            help="comma-separated city names (default: " + ",".join(SEED_CITIES) + ")")
    if "weather" in workloads or "logs" in workloads:
        parser.add_argument("--delay-ms", type=whole_number(0, 600_000), metavar="MS",
                            help="the wait of one task in ms (default: weather 2000, logs 1000)")
    if "logs" in workloads:
        parser.add_argument("--files", type=whole_number(1, MAX_ITEMS), default=SEED_LOG_FILES, metavar="K",
                            help="how many log files (default: %(default)s)")
        parser.add_argument("--out", default=".", metavar="DIR",
                            help="the folder for the log files, made if missing (default: here)")
    if "squares" in workloads:
        parser.add_argument("--n", type=number_list(0, 10**12), default=list(SEED_SQUARES), metavar="N,N,...",
                            help="sum i*i for i below each n (default: " + ",".join(map(str, SEED_SQUARES)) + ")")
    if "weather" in workloads or "squares" in workloads:
        parser.add_argument("--tasks-file", metavar="FILE",
                            help="one city (or n) a line instead of --cities (or --n), for lists too "
                                 "long for a command line")
    args = parser.parse_args(argv)
    if getattr(args, "tasks_file", None):
        read_tasks_file(parser, args, workloads)
    args.script = os.path.splitext(os.path.basename(script_file))[0]
    args.seed_threads = seed_threads
    args.workloads = choose_workloads(parser, args, workloads)
    args.strategies = [args.strategy] if args.strategy else list(seed_strategies)
    if args.events:
        args.strategies = args.strategies[-1:]
    if "logs" in args.workloads:
        prepare_folder(parser, args.out)
    return args


def read_tasks_file(parser: argparse.ArgumentParser, args: argparse.Namespace,
                    workloads: Sequence[str]) -> None:
    try:
        with open(args.tasks_file, encoding="utf-8") as file:
            items = ",".join(line.strip() for line in file if line.strip())
    except OSError as error:
        parser.error(f"argument --tasks-file: cannot read '{args.tasks_file}': {error.strerror or error}")
    try:
        if "weather" in workloads:
            args.cities = city_list(items)
        else:
            args.n = number_list(0, 10**12)(items)
    except argparse.ArgumentTypeError as error:
        parser.error(f"argument --tasks-file: {error}")


def add_common_options(parser: argparse.ArgumentParser, strategies: Sequence[str]) -> None:
    parser.add_argument("--lang", choices=("th", "en"), default="th",
                        help="language of the narrative (default: th)")
    parser.add_argument("--events", action="store_true",
                        help="for the Concurrency Lab app: JSON events on stdout, one per line")
    parser.add_argument("--strategy", choices=strategies,
                        help="run with this strategy only (default: the lesson's own)")
    parser.add_argument("--workers", type=whole_number(1, 1024), metavar="N",
                        help="threads or processes in the pool, or the local cluster's workers "
                             "(ignored by sequential and coroutines)")
    if CLUSTER in strategies:
        parser.add_argument("--scheduler", type=scheduler_address, metavar="ADDRESS",
                            help="cluster: the scheduler of a running Dask cluster, tcp://HOST:PORT "
                                 "(default: start a local cluster of --workers processes)")
        parser.add_argument("--dashboard", action="store_true",
                            help="cluster: the local cluster's dashboard at http://127.0.0.1:8787")


def scheduler_address(text: str) -> str:
    import labcluster  # its check needs no Dask

    return labcluster.scheduler_address(text)


def choose_workloads(parser: argparse.ArgumentParser, args: argparse.Namespace,
                     workloads: Sequence[str]) -> List[str]:
    if len(workloads) == 1:
        return list(workloads)
    if args.workload != "both":
        return [args.workload]
    if args.events:
        parser.error("--events runs one workload: add --workload " + " or --workload ".join(workloads))
    return list(workloads)


def prepare_folder(parser: argparse.ArgumentParser, folder: str) -> None:
    if not folder:
        parser.error("argument --out: the folder name is empty")
    if os.path.exists(folder) and not os.path.isdir(folder):
        parser.error(f"argument --out: '{folder}' is not a folder")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        parser.error(f"argument --out: cannot use '{folder}' as a folder: {error.strerror or error}")
    if not os.access(folder, os.W_OK | os.X_OK):
        parser.error(f"argument --out: cannot write into '{folder}'")


def make_plan(args: argparse.Namespace, workload: str, strategy: str) -> Plan:
    """The tasks and the pool size of one run, from the command line."""
    delay_ms = args.delay_ms if getattr(args, "delay_ms", None) is not None else SEED_DELAY_MS.get(workload, 0)
    if workload == "weather":
        tasks = weather_tasks(args.cities, delay_ms)
    elif workload == "logs":
        tasks = log_tasks(args.files, delay_ms, args.out)
    else:
        tasks = squares_tasks(args.n)
    workers = default_workers(strategy, args.seed_threads)
    if args.workers and strategy in ("threads", "processes", CLUSTER):
        workers = args.workers
    return Plan(args.script, workload, strategy, workers, tasks,
                scheduler=getattr(args, "scheduler", None) or "", dashboard=getattr(args, "dashboard", False))
