"""Tests of the lab's Python scripts (resources/python), each run as a subprocess.

    python3 -m unittest discover -s tests/python -v     (from the top of the project)
    python3 tests/python/test_lab_scripts.py

Waits and sizes are cut down by the scripts' own options, so the whole file takes seconds.
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "resources" / "python"
TIMEOUT_S = 60
THAI = re.compile("[\u0e00-\u0e7f]")
STRATEGIES = ("sequential", "coroutines", "threads", "processes")

# A short version of every workload: (script, its workload, arguments).
SHORT_RUNS = {
    "weather": ("01_async_io_weather", ["--delay-ms", "50"]),
    "logs": ("02_threaded_logs", ["--delay-ms", "50", "--files", "3"]),
    "squares": ("03_process_pool_math", ["--n", "1000,2000,0"]),
}


def script_command(script, *args):
    return [sys.executable, str(SCRIPTS / f"{script}.py"), *args]


def child_env():
    # No __pycache__ left in the source tree; UTF-8 whatever the locale.
    return dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")


def run_script(script, *args, cwd=None):
    return subprocess.run(script_command(script, *args), capture_output=True, timeout=TIMEOUT_S,
                          cwd=cwd, env=child_env(), encoding="utf-8")


def squares_below(n):
    return (n - 1) * n * (2 * n - 1) // 6  # the closed form of sum(i * i for i in range(n))


class Events:
    """The parsed --events output of one run."""

    def __init__(self, test, stdout):
        lines = stdout.splitlines()
        test.assertTrue(lines, "no events")
        for line in lines:
            test.assertLess(len(line.encode("utf-8")), 4000)
        self.all = [json.loads(line) for line in lines]  # every line is JSON, nothing else

    def named(self, name):
        return [event for event in self.all if event["event"] == name]

    def one(self, name):
        found = self.named(name)
        assert len(found) == 1, f"{len(found)} {name} events"
        return found[0]

    def by_task(self, name):
        return {event["task"]: event for event in self.named(name)}


class LabTestCase(unittest.TestCase):
    def run_ok(self, script, *args, cwd=None):
        result = run_script(script, *args, cwd=cwd)
        self.assertEqual(result.returncode, 0, f"{script} {args}: {result.stderr}")
        return result.stdout

    def run_events(self, script, *args, cwd=None):
        return Events(self, self.run_ok(script, "--events", *args, cwd=cwd))

    def check_protocol(self, events, tasks, strategy):
        """What every --events run must hold: the frame, and one start and end per task."""
        self.assertEqual(events.all[0]["event"], "run")
        self.assertEqual(events.all[-1]["event"], "done")
        run = events.one("run")
        self.assertEqual((run["strategy"], run["tasks"]), (strategy, tasks))
        self.assertIsInstance(run["gil"], bool)
        cpu = events.one("cpu")
        for key in ("user_ns", "system_ns", "children_user_ns", "children_system_ns"):
            self.assertIsInstance(cpu[key], int)
        starts, ends = events.by_task("start"), events.by_task("end")
        self.assertEqual(len(events.named("start")), tasks)
        self.assertEqual(len(events.named("end")), tasks)
        self.assertEqual(sorted(starts), list(range(tasks)))
        self.assertEqual(sorted(ends), list(range(tasks)))
        for task in range(tasks):
            self.assertLessEqual(starts[task]["t_ns"], ends[task]["t_ns"])
            self.assertTrue(ends[task]["ok"], ends[task]["result"])
            self.assertEqual(starts[task]["worker"], ends[task]["worker"])
        if strategy == "processes":
            self.check_process_events(events, tasks)
        else:
            for name in ("worker", "returned"):
                self.assertEqual(events.named(name), [], name)
        # Handed to the pool or the event loop all at once, before they start; one at a time, each
        # is taken when its turn comes.
        submits = events.by_task("submit")
        if strategy == "sequential":
            self.assertEqual(submits, {})
        else:
            self.assertEqual(sorted(submits), list(range(tasks)))
            for task in range(tasks):
                self.assertLessEqual(submits[task]["t_ns"], starts[task]["t_ns"])

    def check_process_events(self, events, tasks):
        run_pid = events.one("run")["pid"]
        ready = {event["pid"] for event in events.named("worker")}
        submits, starts = events.by_task("submit"), events.by_task("start")
        ends, returns = events.by_task("end"), events.by_task("returned")
        self.assertEqual((len(submits), len(returns)), (tasks, tasks))
        for task in range(tasks):
            self.assertNotEqual(starts[task]["pid"], run_pid)  # the child did the work
            self.assertIn(starts[task]["pid"], ready)
            self.assertEqual(starts[task]["worker"], f"process-{starts[task]['pid']}")
            self.assertLessEqual(submits[task]["t_ns"], starts[task]["t_ns"])
            self.assertLessEqual(ends[task]["t_ns"], returns[task]["t_ns"])


class NarrativeTest(LabTestCase):
    """Each script alone, as a person runs it, in Thai and in English."""

    def check_languages(self, script, args, thai_phrases, english_phrases, cwd=None):
        thai = self.run_ok(script, *args, cwd=cwd)
        for phrase in ("วินาที", "ใช้เวลารวม", *thai_phrases):
            self.assertIn(phrase, thai)
        english = self.run_ok(script, *args, "--lang", "en", cwd=cwd)
        for phrase in ("Total time", *english_phrases):
            self.assertIn(phrase, english)
        self.assertIsNone(THAI.search(english), english)

    def test_00_baseline(self):
        with tempfile.TemporaryDirectory() as folder:
            self.check_languages("00_sequential_comparison", ["--delay-ms", "20", "--out", folder],
                                 ["ทำทีละงาน", "ดึงสภาพอากาศ 3 เมือง", "เขียน Log 5 ไฟล์", "ควรจะประมาณ"],
                                 ["one at a time", "should be about"])
            self.assertEqual(sorted(os.listdir(folder)), [f"log_{i}.txt" for i in range(5)])

    def test_01_asyncio(self):
        self.check_languages("01_async_io_weather", ["--delay-ms", "50"],
                             ["ควรจะประมาณ", "กำลังดึงข้อมูลสภาพอากาศของ Bangkok", "Bangkok: 25°C", "Event Loop"],
                             ["should be about", "fetching the weather of Tokyo", "London: 25°C"])

    def test_02_threads(self):
        with tempfile.TemporaryDirectory() as folder:
            self.check_languages("02_threaded_logs", ["--delay-ms", "50", "--out", folder],
                                 ["กำลังเขียน log_0.txt", "เขียน log_4.txt เสร็จแล้ว", "Thread"],
                                 ["writing log_0.txt", "log_4.txt written"])

    def test_03_process_pool(self):
        self.check_languages("03_process_pool_math", ["--n", "1000,2000"],
                             ["ผลรวมกำลังสองของจำนวนที่น้อยกว่า 1,000 = 332833500", "Core", "เท่า"],
                             ["sum of squares below 2,000 = 2664667000", "cores", "×"])

    def test_default_run_uses_the_current_folder_for_logs(self):
        with tempfile.TemporaryDirectory() as folder:
            self.run_ok("02_threaded_logs", "--delay-ms", "0", cwd=folder)
            self.assertEqual(sorted(os.listdir(folder)), [f"log_{i}.txt" for i in range(5)])


class EventsTest(LabTestCase):
    """--events: the JSON lines the app reads."""

    def test_every_workload_with_every_strategy(self):
        for workload, (script, args) in SHORT_RUNS.items():
            for strategy in STRATEGIES:
                with self.subTest(workload=workload, strategy=strategy), \
                        tempfile.TemporaryDirectory() as folder:
                    out = ["--out", folder] if workload == "logs" else []
                    events = self.run_events(script, *args, *out, "--strategy", strategy, "--workers", "2")
                    self.check_protocol(events, 3, strategy)
                    self.assertEqual(events.one("run")["workload"], workload)
                    if workload == "logs":
                        self.check_log_files(folder, 3)

    def test_00_runs_one_workload_sequentially(self):
        for workload, args, tasks in (("weather", [], 3), ("logs", ["--files", "2"], 2)):
            with self.subTest(workload=workload), tempfile.TemporaryDirectory() as folder:
                events = self.run_events("00_sequential_comparison", "--workload", workload,
                                         "--delay-ms", "20", "--out", folder, *args)
                self.check_protocol(events, tasks, "sequential")
                self.assertEqual(events.one("run")["script"], "00_sequential_comparison")
                starts, ends = events.by_task("start"), events.by_task("end")
                for task in range(1, tasks):  # one at a time: no overlap
                    self.assertLessEqual(ends[task - 1]["t_ns"], starts[task]["t_ns"])

    def test_default_strategies_are_the_lessons(self):
        lessons = {"weather": "coroutines", "logs": "threads", "squares": "processes"}
        for workload, (script, args) in SHORT_RUNS.items():
            with self.subTest(script=script), tempfile.TemporaryDirectory() as folder:
                run = self.run_events(script, *args, cwd=folder).one("run")
                self.assertEqual((run["script"], run["strategy"]), (script, lessons[workload]))
                self.assertEqual(run["python"], ".".join(map(str, sys.version_info[:3])))
                seed_workers = {"weather": 1, "logs": 5, "squares": os.cpu_count()}
                self.assertEqual(run["workers"], seed_workers[workload])

    def test_coroutines_overlap_on_one_event_loop(self):
        events = self.run_events("01_async_io_weather", "--delay-ms", "200", "--strategy", "coroutines")
        starts, ends = events.named("start"), events.named("end")
        self.assertEqual({event["worker"] for event in starts + ends}, {"event-loop"})
        self.assertEqual(len({event["tid"] for event in starts + ends}), 1)
        self.assertLess(max(event["t_ns"] for event in starts), min(event["t_ns"] for event in ends))
        self.assertEqual(sorted(event["result"] for event in ends),
                         ["Bangkok: 25°C", "London: 25°C", "Tokyo: 25°C"])

    def test_five_threads_write_five_files(self):
        with tempfile.TemporaryDirectory() as folder:
            events = self.run_events("02_threaded_logs", "--strategy", "threads", "--workers", "5",
                                     "--delay-ms", "200", "--out", folder)
            self.check_protocol(events, 5, "threads")
            self.assertEqual(len({event["tid"] for event in events.named("start")}), 5)
            self.assertTrue(all(event["worker"].startswith("ThreadPoolExecutor-") for event in events.named("start")))
            self.check_log_files(folder, 5)

    def test_sums_are_exact(self):
        ns = [0, 1, 2, 1000, 123457, 10_000_000]
        for strategy in ("sequential", "processes"):
            with self.subTest(strategy=strategy):
                events = self.run_events("03_process_pool_math", "--strategy", strategy,
                                         "--n", ",".join(map(str, ns)))
                self.check_protocol(events, len(ns), strategy)
                ends, starts = events.by_task("end"), events.by_task("start")
                for task, n in enumerate(ns):
                    self.assertEqual(starts[task]["label"], str(n))
                    self.assertEqual(ends[task]["result"], str(squares_below(n)))
        self.assertEqual(ends[5]["result"], "333333283333335000000")

    def test_a_failed_task_is_reported_and_the_others_go_on(self):
        for strategy in STRATEGIES:
            with self.subTest(strategy=strategy), tempfile.TemporaryDirectory() as folder:
                os.mkdir(os.path.join(folder, "log_1.txt"))  # the file cannot be written
                result = run_script("02_threaded_logs", "--events", "--strategy", strategy,
                                    "--files", "3", "--delay-ms", "0", "--out", folder)
                self.assertEqual(result.returncode, 1, result.stderr)
                ends = Events(self, result.stdout).by_task("end")
                self.assertEqual([ends[task]["ok"] for task in range(3)], [True, False, True])
                self.assertTrue(ends[1]["result"].startswith("IsADirectoryError: "), ends[1]["result"])

    @unittest.skipUnless(sys.platform.startswith("linux"), "PR_SET_PDEATHSIG is Linux's")
    def test_pool_children_die_with_the_script(self):
        command = script_command("03_process_pool_math", "--events", "--workers", "2",
                                 "--n", "100000000000,100000000000")
        with subprocess.Popen(command, stdout=subprocess.PIPE, env=child_env()) as script:
            children = []
            while len(children) < 2:
                line = script.stdout.readline()
                self.assertTrue(line, "the script ended before its pool was ready")
                event = json.loads(line)
                if event["event"] == "worker":
                    children.append(event["pid"])
            script.send_signal(signal.SIGTERM)
            self.assertEqual(script.wait(timeout=TIMEOUT_S), -signal.SIGTERM)
        deadline = time.monotonic() + 10
        while any(map(is_alive, children)) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertFalse([pid for pid in children if is_alive(pid)])

    def check_log_files(self, folder, files):
        self.assertEqual(sorted(os.listdir(folder)), [f"log_{i}.txt" for i in range(files)])
        for i in range(files):
            with open(os.path.join(folder, f"log_{i}.txt"), encoding="utf-8") as log_file:
                lines = log_file.read().split("\n")
            self.assertEqual(lines[-1], "")  # the last line is whole
            self.assertEqual(len(lines) - 1, 10)
            self.assertTrue(lines[9].endswith(f"log_{i}.txt line 10 of 10: request handled"), lines[9])


def is_alive(pid):
    """True while the process runs; a zombie nobody has reaped yet counts as dead."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


class BadInputTest(LabTestCase):
    """A bad value stops the script at once: exit code 2 and a message naming it."""

    CASES = [
        ("02_threaded_logs", ["--workers", "0"], "'0'"),
        ("02_threaded_logs", ["--workers", "1025"], "'1025'"),
        ("02_threaded_logs", ["--files", "0"], "'0'"),
        ("02_threaded_logs", ["--delay-ms", "-1"], "'-1'"),
        ("01_async_io_weather", ["--delay-ms", "600001"], "'600001'"),
        ("03_process_pool_math", ["--n", "abc"], "'abc'"),
        ("03_process_pool_math", ["--n", "5,-1"], "'-1'"),
        ("03_process_pool_math", ["--n", "1000000000001"], "'1000000000001'"),
        ("01_async_io_weather", ["--cities", ""], "''"),
        ("01_async_io_weather", ["--cities", "Bangkok,,Tokyo"], "'Bangkok,,Tokyo'"),
        ("01_async_io_weather", ["--strategy", "fast"], "'fast'"),
        ("01_async_io_weather", ["--lang", "de"], "'de'"),
        ("00_sequential_comparison", ["--strategy", "threads"], "'threads'"),
        ("00_sequential_comparison", ["--workload", "squares"], "'squares'"),
        ("00_sequential_comparison", ["--events"], "--workload"),
        ("00_sequential_comparison", ["--events", "--workload", "both"], "--workload"),
        ("01_async_io_weather", ["--frobnicate"], "--frobnicate"),
    ]

    def test_bad_values(self):
        for script, args, named in self.CASES:
            with self.subTest(script=script, args=args):
                result = run_script(script, *args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")
                errors = [line for line in result.stderr.splitlines() if "error:" in line]
                self.assertEqual(len(errors), 1, result.stderr)
                self.assertIn(named, errors[0])

    def test_out_must_be_a_folder(self):
        with tempfile.NamedTemporaryFile() as not_a_folder:
            result = run_script("02_threaded_logs", "--out", not_a_folder.name)
            self.assertEqual(result.returncode, 2)
            self.assertIn(f"'{not_a_folder.name}' is not a folder", result.stderr)

    def test_out_is_made_when_missing(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "runs", "today")
            self.run_events("02_threaded_logs", "--files", "1", "--delay-ms", "0", "--out", out)
            self.assertEqual(os.listdir(out), ["log_0.txt"])


if __name__ == "__main__":
    unittest.main()
