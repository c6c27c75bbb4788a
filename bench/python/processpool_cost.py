"""concurrent.futures.ProcessPoolExecutor: (a) how long the pool takes to start until every
worker has answered a first task, (b) the round trip per trivial task once the workers are
warm, submitting the N tasks one by one (and, for comparison, with map(chunksize=1))."""

import argparse
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor

from benchkit import emit, positive_int, submit_and_wait, trivial

_barrier = None


def _init(barrier):
    global _barrier
    _barrier = barrier


def first(_):
    """Held until every worker holds one, so W of these reach W distinct workers."""
    _barrier.wait(timeout=60)
    return os.getpid()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=positive_int, default=20_000, help="number of tasks N (default 20000)")
    parser.add_argument("--workers", type=positive_int, help="max_workers (default os.cpu_count())")
    args = parser.parse_args()
    workers = args.workers or os.cpu_count() or 1
    barrier = multiprocessing.Barrier(workers)

    t0 = time.perf_counter_ns()
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(barrier,)) as executor:
        pids = {f.result() for f in [executor.submit(first, i) for i in range(workers)]}
        start_ns = time.perf_counter_ns() - t0
        if len(pids) != workers:
            raise RuntimeError(f"{len(pids)} distinct workers answered, expected {workers}")

        submit_and_wait(executor, 1000)  # warm-up
        t0 = time.perf_counter_ns()
        submit_and_wait(executor, args.tasks)
        wall_ns = time.perf_counter_ns() - t0

        t0 = time.perf_counter_ns()
        results = list(executor.map(trivial, range(args.tasks), chunksize=1))
        map_wall_ns = time.perf_counter_ns() - t0
        if results[-1] != args.tasks:
            raise RuntimeError("wrong result from map")

    emit({
        "bench": "processpool",
        "runtime": "ProcessPoolExecutor",
        "tasks": args.tasks,
        "workers": workers,
        "start_ns": start_ns,
        "wall_ns": wall_ns,
        "per_task_us": round(wall_ns / args.tasks / 1000, 3),
        "map_wall_ns": map_wall_ns,
        "map_per_task_us": round(map_wall_ns / args.tasks / 1000, 3),
    })
