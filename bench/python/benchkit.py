"""Tiny helpers shared by the benchmark scripts (standard library only)."""

import argparse
import json
import platform
import sys


def positive_int(text):
    """argparse type: an integer >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def positive_int_list(text):
    """argparse type: comma-separated integers >= 1, e.g. 8000000,9000000."""
    return [positive_int(part.strip()) for part in text.split(",")]


def status_kb(field):
    """A kB field of /proc/self/status (VmRSS, VmHWM, ...); -1 if unavailable."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def log(*args):
    """Diagnostics go to stderr; stdout carries the one JSON line."""
    print(*args, file=sys.stderr, flush=True)


def emit(result):
    """Print the result as one JSON object on one line, with the interpreter's identity."""
    result = dict(result)
    result["python"] = platform.python_version()
    result["implementation"] = platform.python_implementation()
    sys.stdout.write(json.dumps(result, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def trivial(i):
    """The task whose cost is measured: next to nothing. Module-level, so it pickles."""
    return i + 1


def submit_and_wait(executor, tasks):
    """Submits `tasks` trivial tasks one by one, as a user would, then waits for every result."""
    futures = [executor.submit(trivial, i) for i in range(tasks)]
    results = [f.result() for f in futures]
    if results[-1] != tasks:
        raise RuntimeError("wrong result")
