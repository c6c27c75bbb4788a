"""Tests of the cluster strategy (labcluster.py) and lab 9 (09_beyond_one_machine.py) on real
Dask clusters, all on 127.0.0.1: a LocalCluster of the script's own, and one the test starts with
dask-scheduler and two dask-worker.

    python3 -m unittest discover -s tests/python -v     (from the top of the project)

Dask distributed is Debian's python3-distributed, for /usr/bin/python3: the tests run the scripts
with the first of this Python and /usr/bin/python3 that can import it (scripts/setup.sh installs
it, so CI has one), and say they are skipped when neither can.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "resources" / "python"
TIMEOUT_S = 120
SUMS = (2_000_000, 2_000_000, 2_000_000, 2_000_000)  # about 0.15 s each: both workers get some


def can_import_distributed(python):
    try:
        return subprocess.run([python, "-c", "import distributed"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


DASK_PYTHON = next((p for p in (sys.executable, "/usr/bin/python3") if can_import_distributed(p)), None)
needs_dask = unittest.skipIf(DASK_PYTHON is None, "no Python here can import distributed (python3-distributed)")


def child_env():
    return dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")


def command(script, *args, python=None):
    return [python or DASK_PYTHON, str(SCRIPTS / f"{script}.py"), *args]


def run(script, *args, python=None):
    return subprocess.run(command(script, *args, python=python), capture_output=True, timeout=TIMEOUT_S,
                          env=child_env(), encoding="utf-8")


def squares_below(n):
    return (n - 1) * n * (2 * n - 1) // 6


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session_processes(sid):
    """The live processes of a session (the script and whatever it started)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[3]) == sid:  # state, ppid, pgrp, session
            found.append(int(entry))
    return found


def parse(stdout):
    return [json.loads(line) for line in stdout.splitlines()]


def named(events, name):
    return [e for e in events if e["event"] == name]


@needs_dask
class ClusterRunTest(unittest.TestCase):
    def check_run(self, events, tasks, local):
        kinds = [e["event"] for e in events]
        self.assertEqual(kinds[0], "cluster")  # started and connected before the run: not its work
        self.assertEqual(kinds[1], "run")
        self.assertEqual(kinds[-1], "done")
        cluster = events[0]
        self.assertEqual(cluster["local"], local)
        self.assertTrue(cluster["scheduler"].startswith("tcp://127.0.0.1:"), cluster["scheduler"])
        self.assertLessEqual(cluster["start_ns"], cluster["ready_ns"])
        self.assertLessEqual(cluster["ready_ns"], cluster["connected_ns"])
        self.assertLessEqual(cluster["connected_ns"], events[1]["t_ns"])
        addresses = {w["worker"] for w in cluster["workers"]}
        self.assertEqual(len(addresses), 2)
        self.assertEqual(events[1]["strategy"], "cluster")
        self.assertEqual(events[1]["workers"], 2)
        starts, ends = named(events, "start"), named(events, "end")
        self.assertEqual(sorted(e["task"] for e in starts), list(range(tasks)))
        self.assertEqual(sorted(e["task"] for e in ends), list(range(tasks)))
        submits = {e["task"]: e["t_ns"] for e in named(events, "submit")}
        returned = {e["task"]: e["t_ns"] for e in named(events, "returned")}
        start_of = {e["task"]: e for e in starts}
        for end in ends:
            start = start_of[end["task"]]
            # Each task on a Dask worker, named by its address; its times on this machine's clock.
            self.assertIn(end["worker"], addresses)
            self.assertEqual(start["worker"], end["worker"])
            self.assertLessEqual(submits[end["task"]], start["t_ns"])
            self.assertLessEqual(start["t_ns"], end["t_ns"])
            self.assertLessEqual(end["t_ns"], returned[end["task"]])
        ready = {e["worker"]: e["pid"] for e in named(events, "worker")}
        for worker in cluster["workers"]:
            if worker["worker"] in ready:
                self.assertEqual(ready[worker["worker"]], worker["pid"])
        return ends

    def test_lab_9_sums_exactly_on_two_workers(self):
        n = ",".join(map(str, SUMS))
        result = run("09_beyond_one_machine", "--events", "--workers", "2", "--n", n)
        self.assertEqual(result.returncode, 0, result.stderr)
        ends = self.check_run(parse(result.stdout), len(SUMS), local=True)
        for end in ends:
            self.assertTrue(end["ok"], end["result"])
            self.assertEqual(int(end["result"]), squares_below(SUMS[end["task"]]))
        self.assertEqual(len({end["worker"] for end in ends}), 2, "every task on one worker")

    def test_every_workload_runs_on_the_cluster(self):
        with tempfile.TemporaryDirectory() as folder:
            for script, args in (("01_async_io_weather", ["--delay-ms", "50"]),
                                 ("02_threaded_logs", ["--delay-ms", "50", "--files", "3", "--out", folder]),
                                 ("03_process_pool_math", ["--n", "1000,2000"])):
                with self.subTest(script=script):
                    result = run(script, "--events", "--strategy", "cluster", "--workers", "2", *args)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    events = parse(result.stdout)
                    self.assertTrue(all(e["ok"] for e in named(events, "end")))
            self.assertEqual(sorted(os.listdir(folder)), ["log_0.txt", "log_1.txt", "log_2.txt"])

    def test_the_narrative_tells_the_cluster_in_thai_and_english(self):
        for lang, words in (("th", ("Cluster พร้อม", "ค่าส่งงาน", "Dask Cluster (2 Worker)", "เท่า")),
                            ("en", ("The cluster is ready", "Handing each task over", "Dask cluster (2 workers)",
                                    "×"))):
            with self.subTest(lang=lang):
                result = run("09_beyond_one_machine", "--lang", lang, "--workers", "2", "--n", "100000,200000")
                self.assertEqual(result.returncode, 0, result.stderr)
                for word in words:
                    self.assertIn(word, result.stdout)

    def test_an_external_cluster_through_its_scheduler(self):
        with tempfile.TemporaryDirectory() as folder, ExternalCluster(folder, workers=2) as address:
            n = ",".join(map(str, SUMS))
            result = run("09_beyond_one_machine", "--events", "--strategy", "cluster", "--scheduler", address,
                         "--n", n)
            self.assertEqual(result.returncode, 0, result.stderr)
            events = parse(result.stdout)
            self.assertEqual(events[0]["scheduler"], address)
            ends = self.check_run(events, len(SUMS), local=False)
            self.assertEqual(sorted(int(e["result"]) for e in ends), sorted(map(squares_below, SUMS)))

    def test_an_unreachable_scheduler_is_named_within_10_s(self):
        address = f"tcp://127.0.0.1:{free_port()}"
        started = time.monotonic()
        result = run("09_beyond_one_machine", "--events", "--strategy", "cluster", "--scheduler", address)
        self.assertLess(time.monotonic() - started, 10)
        self.assertNotEqual(result.returncode, 0)
        self.assertNotIn("Traceback", result.stderr)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertIn(address, result.stderr)
        self.assertEqual(named(parse(result.stdout), "run"), [])

    def test_a_cancel_leaves_nothing_behind_within_2_s(self):
        # The app cancels a run by killing the script's process group.
        with subprocess.Popen(command("09_beyond_one_machine", "--events", "--strategy", "cluster", "--workers",
                                      "2", "--n", "100000000000,100000000000"),
                              stdout=subprocess.PIPE, env=child_env(), start_new_session=True) as script:
            for line in script.stdout:
                if json.loads(line)["event"] == "start":
                    break
            self.assertGreater(len(session_processes(script.pid)), 2)  # the script, nannies and workers
            os.killpg(script.pid, signal.SIGKILL)
            script.wait(timeout=TIMEOUT_S)
            deadline = time.monotonic() + 2
            while session_processes(script.pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            self.assertEqual(session_processes(script.pid), [])


class WithoutDaskTest(unittest.TestCase):
    def test_a_bad_address_is_refused_by_name(self):
        result = run("09_beyond_one_machine", "--scheduler", "127.0.0.1", python=sys.executable)
        self.assertEqual(result.returncode, 2)
        self.assertIn("'127.0.0.1'", result.stderr)
        self.assertIn("tcp://HOST:PORT", result.stderr)

    @unittest.skipIf(can_import_distributed(sys.executable), "this Python has Dask distributed")
    def test_a_python_without_dask_says_what_to_install(self):
        result = run("09_beyond_one_machine", "--events", "--strategy", "cluster", python=sys.executable)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("apt install python3-distributed", result.stderr)
        self.assertNotIn("Traceback", result.stderr)


class ExternalCluster:
    """dask-scheduler and `workers` dask-worker on 127.0.0.1 and free ports, as a cluster's owner
    starts them; gone when the `with` ends."""

    def __init__(self, folder, workers):
        self.folder, self.workers, self.processes = folder, workers, []

    def start(self, *args):
        tool = shutil.which(args[0], path="/usr/bin:" + os.environ.get("PATH", ""))
        self.processes.append(subprocess.Popen([tool, *args[1:]], cwd=self.folder, env=child_env(),
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                               start_new_session=True))

    def __enter__(self):
        file = os.path.join(self.folder, "scheduler.json")
        self.start("dask-scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                   "--scheduler-file", file)
        for _ in range(self.workers):
            self.start("dask-worker", "--scheduler-file", file, "--host", "127.0.0.1", "--nthreads", "1",
                       "--no-dashboard", "--local-directory", self.folder)
        deadline = time.monotonic() + 60
        while not os.path.exists(file) and time.monotonic() < deadline:
            time.sleep(0.1)
        with open(file, encoding="utf-8") as info:
            address = json.load(info)["address"]
        self.wait_for_workers(address, deadline)
        return address

    def wait_for_workers(self, address, deadline):
        check = (f"from distributed import Client\n"
                 f"c = Client('{address}', timeout=30)\n"
                 f"c.wait_for_workers({self.workers}, timeout=60)\n"
                 f"c.close()\n")
        subprocess.run([DASK_PYTHON, "-c", check], check=True, timeout=max(1, deadline - time.monotonic()),
                       capture_output=True)

    def __exit__(self, *exc):
        for process in self.processes:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=TIMEOUT_S)


if __name__ == "__main__":
    unittest.main()
