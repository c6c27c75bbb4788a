"""Cost per trivial task of concurrent.futures.ThreadPoolExecutor: submit N tasks one by
one, then wait for every result."""

import argparse
import time
from concurrent.futures import ThreadPoolExecutor

from benchkit import emit, positive_int, submit_and_wait


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=positive_int, default=100_000, help="number of tasks N (default 100000)")
    parser.add_argument("--workers", type=positive_int, help="max_workers (default: the executor's own)")
    args = parser.parse_args()

    with ThreadPoolExecutor(max_workers=args.workers) as executor:
        submit_and_wait(executor, 1000)  # warm-up: starts the worker threads
        t0 = time.perf_counter_ns()
        submit_and_wait(executor, args.tasks)
        wall_ns = time.perf_counter_ns() - t0
        workers = executor._max_workers  # the default depends on the Python version
    emit({
        "bench": "threadpool",
        "runtime": "ThreadPoolExecutor",
        "tasks": args.tasks,
        "workers": workers,
        "wall_ns": wall_ns,
        "per_task_us": round(wall_ns / args.tasks / 1000, 3),
    })
