"""Tests of 07_tiny_tasks_in_a_pool.py (lab 7), run as a subprocess on a few thousand tasks.

    python3 -m unittest discover -s tests/python -v     (from the top of the project)
"""

import base64
import json
import os
import subprocess
import sys
import unittest
from array import array
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "python" / "07_tiny_tasks_in_a_pool.py"
TIMEOUT_S = 120
TASKS = 2000


def run(*args):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, timeout=TIMEOUT_S,
                          env=env, encoding="utf-8")


def squares_below(n):
    return (n - 1) * n * (2 * n - 1) // 6


class TinyTasksTest(unittest.TestCase):
    def run_ok(self, *args):
        result = run(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def events(self, *args):
        lines = self.run_ok("--events", "--tasks", str(TASKS), *args).splitlines()
        events = [json.loads(line) for line in lines]
        for line, event in zip(lines, events):
            # One write each: under PIPE_BUF, never mixed with a pool process's line; the tasks,
            # told by the script alone once its pool has gone, within the app's 64 KB.
            self.assertLess(len(line.encode("utf-8")), 64_000 if event["event"] == "tasks" else 4000)
        self.assertEqual((events[0]["event"], events[-1]["event"]), ("run", "done"))
        return events

    @staticmethod
    def unpacked(code, text):
        numbers = array(code)
        numbers.frombytes(base64.b64decode(text))
        if sys.byteorder == "big":
            numbers.byteswap()
        return list(numbers)

    def rows(self, events):
        """Every task's row, by task, with its worker's name and pid."""
        rows = {}
        for event in events:
            if event["event"] != "tasks":
                continue
            count = len(event["results"])
            columns = {key: self.unpacked("q", event[key]) for key in ("submit_ns", "start_ns", "end_ns", "returned_ns")}
            workers = self.unpacked("H", event["worker"])
            self.assertTrue(all(len(column) == count for column in [workers, *columns.values()]))
            for i in range(count):
                name, pid, _ = event["workers"][workers[i]]
                rows[event["first"] + i] = dict(
                    name=name, pid=pid, submit=columns["submit_ns"][i], start=columns["start_ns"][i],
                    end=columns["end_ns"][i], back=columns["returned_ns"][i], ok=i not in event["failed"],
                    result=event["results"][i])
        self.assertEqual(sorted(rows), list(range(TASKS)))
        return rows

    def test_every_way_sums_right_and_says_where_and_when(self):
        for strategy, variant in (("sequential", None), ("processes", "one_per_task"),
                                  ("processes", "batched")):
            with self.subTest(variant=variant or strategy):
                args = ["--strategy", strategy, "--workers", "2"] + (["--variant", variant] if variant else [])
                events = self.events(*args, "--batch", "100" if variant == "batched" else "1")
                run_event = events[0]
                self.assertEqual((run_event["strategy"], run_event["variant"], run_event["tasks"]),
                                 (strategy, variant, TASKS))
                done = events[-1]["t_ns"]
                rows = self.rows(events)
                for row in rows.values():
                    self.assertTrue(row["ok"])
                    self.assertEqual(row["result"], str(squares_below(100)))
                    self.assertLessEqual(run_event["t_ns"], row["start"])
                    self.assertLessEqual(row["start"], row["end"])
                    self.assertLessEqual(row["end"], done)  # the work's end, though told after
                workers = {row["pid"] for row in rows.values()}
                if strategy == "sequential":
                    self.assertEqual(workers, {run_event["pid"]})
                    self.assertTrue(all(row["submit"] == -1 and row["back"] == -1 for row in rows.values()))
                    continue
                self.assertNotIn(run_event["pid"], workers)  # the pool's processes did the work
                ready = {event["pid"] for event in events if event["event"] == "worker"}
                self.assertLessEqual(workers, ready)
                self.assertTrue(all(row["name"] == f"process-{row['pid']}" for row in rows.values()))
                self.assertTrue(all(0 <= row["submit"] <= row["start"] for row in rows.values()))
                backs = [row for row in rows.values() if row["back"] >= 0]
                self.assertTrue(all(row["end"] <= row["back"] for row in backs))
                if variant == "one_per_task":  # a submit each, a way back each
                    self.assertEqual(len({row["submit"] for row in rows.values()}), TASKS)
                    self.assertEqual(len(backs), TASKS)
                else:  # one map call; a batch's results come back together, with its last
                    self.assertEqual(len({row["submit"] for row in rows.values()}), 1)
                    self.assertEqual(sorted(task for task, row in rows.items() if row["back"] >= 0),
                                     list(range(99, TASKS, 100)))

    def test_the_narrative_tells_the_three_ways_in_thai_and_english(self):
        thai = self.run_ok("--tasks", str(TASKS), "--workers", "2")
        english = self.run_ok("--tasks", str(TASKS), "--workers", "2", "--lang", "en")
        for text, words in ((thai, ("ทำทีละงาน", "ส่งทีละงาน", "ส่งเป็นชุด", "ไมโครวินาที", "chunksize")),
                            (english, ("one at a time", "a submit each", "batches of 1,000", "µs handing over",
                                       "chunksize"))):
            for word in words:
                self.assertIn(word, text)
        self.assertEqual(english.count("Total time:"), 3)
        self.assertNotIn("Total time", thai)

    def test_bad_values_name_themselves(self):
        for args, named in ((["--batch", "0"], "'0'"), (["--tasks", "0"], "'0'"), (["--n", "x"], "'x'"),
                            (["--variant", "chunks"], "'chunks'"),
                            (["--strategy", "sequential", "--variant", "batched"], "'batched'"),
                            (["--variant", "one_per_task", "--batch", "50"], "'50'"),
                            (["--strategy", "threads"], "'threads'")):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")
                errors = [line for line in result.stderr.splitlines() if "error:" in line]
                self.assertEqual(len(errors), 1, result.stderr)
                self.assertIn(named, errors[0])


if __name__ == "__main__":
    unittest.main()
