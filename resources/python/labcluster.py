"""labcluster: the seed's work on a Dask cluster (lab 9, and --strategy cluster in every script).

Python's answer to "and when one computer is not enough?" is a distributed engine behind the
same concurrent.futures interface: Dask distributed's Client.get_executor() is an Executor, so
the lab's executor.submit() does not change. By default this starts a LocalCluster of
--workers processes (one thread each, everything on 127.0.0.1, no dashboard); with
--scheduler tcp://HOST:PORT it uses a cluster someone started with `dask-scheduler` and
`dask-worker`, on as many machines as they like.

Needs Dask distributed (Debian: sudo apt install python3-distributed), imported only when a
cluster is asked for: the other labs stay standard library only.

What a run tells (--events), beside labkit's events:
  {"event":"cluster","scheduler":ADDRESS,"local":true|false,"start_ns":T,"ready_ns":T,
   "connected_ns":T,"workers":[{"worker":ADDRESS,"host":H,"pid":P}, ...]}
before "run": starting a cluster and connecting to it are not the work, as the interpreter's own
start-up is not; and "retry" when the cluster runs a task again on another worker (the first one
was lost). Each task's "start" and "end" carry the worker's own clock, brought to this machine's
monotonic clock, with the Dask worker's address as the worker's name: one lane per worker.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
from typing import Dict, List, NamedTuple, Sequence

import labkit

INSTALL_HINT = "sudo apt install python3-distributed"
CONNECT_TIMEOUT_S = 8  # an unreachable scheduler is named well within 10 s
TOPIC = "concurrency-lab-task"  # the workers' "a task starts" messages to the client

ADDRESS = re.compile(r"^(tcp|tls)://(\[[0-9a-fA-F:]+\]|[A-Za-z0-9_.-]+):([0-9]{1,5})$")


class ClusterError(Exception):
    """A cluster that cannot be had: Dask missing, an address nobody answers at. One line."""


def scheduler_address(text: str) -> str:
    """An argparse type: tcp://HOST:PORT (or tls://), as dask-scheduler prints it."""
    import argparse

    match = ADDRESS.match(text.strip())
    if not match or not 1 <= int(match.group(3)) <= 65535:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a scheduler address; allowed: tcp://HOST:PORT, as dask-scheduler prints it")
    return text.strip()


def import_distributed():
    try:
        import distributed  # noqa: F401 (imported for its side: it is there)
    except ImportError:
        raise ClusterError(f"this Python ({sys.executable}) has no Dask distributed; install it: {INSTALL_HINT}")
    return distributed


class WorkerInfo(NamedTuple):
    address: str
    host: str
    pid: int


class Cluster:
    """A Dask cluster for the length of a `with`: a LocalCluster of our own, or one at an address.

    The client's and the workers' clocks: each task reports when it started and ended by the
    worker's wall clock (time.time_ns(), which NTP keeps close across machines); the offset
    turns those into this machine's monotonic clock, the one every other event uses."""

    def __init__(self, workers: int, scheduler: str = "", dashboard: bool = False):
        self.workers_asked = workers
        self.scheduler = scheduler
        self.dashboard = dashboard
        self.client = None
        self.local = None
        self.folder = ""
        self.start_ns = self.ready_ns = self.connected_ns = 0
        self.offset_ns = 0
        self.workers: List[WorkerInfo] = []

    def __enter__(self) -> "Cluster":
        distributed = import_distributed()
        self.start_ns = labkit.now_ns()
        try:
            target = self.scheduler or self.start_local(distributed)
            self.ready_ns = labkit.now_ns()
            self.client = distributed.Client(target, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
            if self.scheduler and not self.client.scheduler_info().get("workers"):
                self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except ClusterError:
            self.close()
            raise
        except Exception as error:  # Dask raises OSError, TimeoutError and its own on a bad address
            self.close()
            where = self.scheduler or "a local cluster"
            raise ClusterError(f"cannot reach the Dask scheduler at {where}: {labkit.describe_error(error)}")
        self.connected_ns = labkit.now_ns()
        self.offset_ns = time.monotonic_ns() - time.time_ns()
        return self

    def start_local(self, distributed) -> "object":
        # The workers' scratch space in a folder of our own, not a dask-worker-space in the
        # learner's current folder.
        self.folder = tempfile.mkdtemp(prefix="concurrency-lab-dask-")
        self.local = distributed.LocalCluster(
            n_workers=self.workers_asked, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:8787" if self.dashboard else None,
            silence_logs=logging.ERROR, local_directory=self.folder)
        return self.local

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.local is not None:
            self.local.close()
            self.local = None
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = ""

    def worker_list(self) -> List[WorkerInfo]:
        """The cluster's workers when we connected: each one's address, machine and process."""
        if not self.workers:
            pids = self.client.run(os.getpid)
            hosts = self.client.run(socket.gethostname)
            self.workers = [WorkerInfo(address, hosts.get(address, ""), int(pid))
                            for address, pid in sorted(pids.items())]
        return self.workers

    def emit_started(self) -> None:
        """--events: the cluster's start-up and its workers, before the run."""
        labkit.emit("cluster", scheduler=self.client.scheduler.address, local=self.local is not None,
                    start_ns=self.start_ns, ready_ns=self.ready_ns, connected_ns=self.connected_ns,
                    workers=[dict(worker=w.address, host=w.host, pid=w.pid) for w in self.worker_list()])

    def monotonic(self, wall_ns: int) -> int:
        return wall_ns + self.offset_ns

    def run(self, strategy: str, tasks: Sequence[labkit.Task], reporter: labkit.Reporter,
            workers: int) -> List[labkit.Outcome]:
        """A labkit Runner: every task on the cluster, through its concurrent.futures Executor."""
        return ClusterRun(self, tasks, reporter).run()


# --------------------------------------------------------------------------------------------
# On the worker


def run_on_worker(task: labkit.Task) -> tuple:
    """One task on a Dask worker. Says it has started (through the scheduler, at once, so the
    timeline shows it running), then does it; returns its outcome and the worker's times."""
    from distributed import get_worker

    dask_worker = get_worker()
    worker = labkit.Worker(dask_worker.address, os.getpid(), threading.get_native_id())
    started = time.time_ns()
    dask_worker.log_event(TOPIC, dict(task=task.index, t=started, address=worker.name, pid=worker.pid,
                                      tid=worker.tid, host=socket.gethostname()))
    try:
        outcome = labkit.Outcome(task.index, True, labkit.do_task(task, worker))
    except Exception as error:  # one failed task is reported; the others go on
        outcome = labkit.Outcome(task.index, False, labkit.describe_error(error))
    return outcome, worker, started, time.time_ns()


# --------------------------------------------------------------------------------------------
# On the client


class ClusterRun:
    """The tasks of one run on the cluster, told to the reporter as labkit's pools tell theirs.

    A task's start comes from its worker through the scheduler's event log, and its result
    through its future; either may come first, so each task's start is told once, before its
    end, by whichever brings it first. A start from a second worker while the first had not
    ended is a retry: Dask lost the first worker and ran the task again."""

    def __init__(self, cluster: Cluster, tasks: Sequence[labkit.Task], reporter: labkit.Reporter):
        self.cluster = cluster
        self.tasks = list(tasks)
        self.reporter = reporter
        self.lock = threading.Lock()
        self.started: Dict[int, labkit.Worker] = {}
        self.ended: set = set()
        self.ready: set = set()
        self.returned = threading.Condition()
        self.count_returned = 0

    def run(self) -> List[labkit.Outcome]:
        client = self.cluster.client
        if not self.cluster.local:
            # Workers on other machines have no labkit.py: Dask's way to give them our code.
            # (Our local cluster's processes find it where this script is.)
            for module in (labkit, sys.modules[__name__]):
                client.upload_file(module.__file__)
        client.subscribe_topic(TOPIC, self.on_log_event)
        executor = client.get_executor(pure=False)
        futures = []
        for task in self.tasks:
            self.reporter.task_submitted(task)
            future = executor.submit(run_on_worker, task)
            future.add_done_callback(lambda _future, task=task: self.on_returned(task))
            futures.append(future)
        outcomes = [self.on_result(task, future.result()) for task, future in zip(self.tasks, futures)]
        # A future's result can be read before its callbacks have run: the run ends after them.
        with self.returned:
            self.returned.wait_for(lambda: self.count_returned == len(self.tasks), timeout=CONNECT_TIMEOUT_S)
        return outcomes

    def on_returned(self, task: labkit.Task) -> None:
        self.reporter.task_returned(task)
        with self.returned:
            self.count_returned += 1
            self.returned.notify_all()

    def on_log_event(self, event) -> None:
        _stamp, message = event
        index = message.get("task", -1)
        if not 0 <= index < len(self.tasks):
            return
        worker = labkit.Worker(message["address"], int(message["pid"]), int(message["tid"]))
        self.tell_start(self.tasks[index], worker, self.cluster.monotonic(int(message["t"])))

    def on_result(self, task: labkit.Task, result: tuple) -> labkit.Outcome:
        outcome, worker, started, ended = result
        self.tell_start(task, worker, self.cluster.monotonic(started))
        with self.lock:
            self.ended.add(task.index)
        seconds = (ended - started) / 1e9
        self.reporter.task_ended(task, worker, outcome, seconds, t_ns=self.cluster.monotonic(ended))
        return outcome

    def tell_start(self, task: labkit.Task, worker: labkit.Worker, t_ns: int) -> None:
        with self.lock:
            before = self.started.get(task.index)
            if task.index in self.ended or (before is not None and before.name == worker.name):
                return
            self.started[task.index] = worker
            new_worker = worker.name not in self.ready
            self.ready.add(worker.name)
        if new_worker:
            self.reporter.worker_ready(worker)
        if before is not None:
            self.reporter.task_retried(task, before, worker, t_ns)
        self.reporter.task_started(task, worker, t_ns=t_ns)
