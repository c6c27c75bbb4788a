"""The CPU lab: sum(i * i for i in range(n)) for each n, first one after another, then in a
ProcessPoolExecutor (pool creation and shutdown inside the timed region, as in the lab)."""

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from benchkit import emit, log, positive_int, positive_int_list


def calculate_squares(n):
    return sum(i * i for i in range(n))


def check(numbers, results, what):
    for n, got in zip(numbers, results):
        expected = (n - 1) * n * (2 * n - 1) // 6
        if got != expected:
            log(f"{what}: sum of squares below {n} is {got}, expected {expected}")
            sys.exit(1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=positive_int_list, default=[8_000_000, 9_000_000, 10_000_000, 7_000_000],
                        help="comma-separated sizes (default 8000000,9000000,10000000,7000000)")
    parser.add_argument("--workers", type=positive_int, help="max_workers (default os.cpu_count())")
    args = parser.parse_args()
    workers = args.workers or os.cpu_count() or 1

    calculate_squares(10_000)  # warm-up: the interpreter specialises the loop

    t0 = time.perf_counter_ns()
    sequential = [calculate_squares(n) for n in args.n]
    sequential_ns = time.perf_counter_ns() - t0

    t0 = time.perf_counter_ns()
    with ProcessPoolExecutor(max_workers=workers) as executor:
        futures = [executor.submit(calculate_squares, n) for n in args.n]
        processes = [f.result() for f in futures]
    processes_ns = time.perf_counter_ns() - t0

    check(args.n, sequential, "sequential")
    check(args.n, processes, "processes")
    emit({
        "bench": "squares",
        "runtime": "CPython",
        "n": args.n,
        "workers": workers,
        "sequential_ns": sequential_ns,
        "processes_ns": processes_ns,
        "speedup": round(sequential_ns / processes_ns, 3),
        "cores": os.cpu_count(),
    })
