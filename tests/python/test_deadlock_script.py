"""Tests of lab 8's script (resources/python/08_deadlock.py), run as a subprocess.

    python3 -m unittest discover -s tests/python -v     (from the top of the project)
"""

import json
import os
import signal
import subprocess
import time
import unittest

from test_lab_scripts import THAI, Events, child_env, run_script, script_command

SCRIPT = "08_deadlock"
HOLD = ["--hold-ms", "60"]


def lock_events(events, task):
    return [(e["event"], e["lock"], e.get("holds")) for e in events.all
            if e["event"].startswith("lock_") and e["task"] == task]


class DeadlockNarrativeTest(unittest.TestCase):
    """Told to a person: the deadlock is seen, told and ended; the terminal is not left hanging."""

    def test_thai_by_default_the_mistake_then_the_fix(self):
        started = time.monotonic()
        result = run_script(SCRIPT, *HOLD)
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(result.returncode, 1, result.stderr)  # the deadlock's tasks failed
        out = result.stdout
        self.assertIn("⚠ Deadlock! thread-1 รอ Lock", out)
        self.assertIn("ขณะที่ thread-2 ก็รอ Lock", out)
        self.assertIn("วิธีแก้", out)
        self.assertIn("ทำทีละงาน", out)
        # One at a time, the mistake, then the fix: the fix ends well after the deadlock.
        self.assertLess(out.index("ลำดับสลับกัน"), out.index("ลำดับเดียวกัน"))
        self.assertEqual(out.count("ล้มเหลว"), 2)

    def test_english(self):
        result = run_script(SCRIPT, *HOLD, "--lang", "en")
        out = result.stdout
        self.assertIsNone(THAI.search(out), out)
        cycle = [line for line in out.splitlines() if line.startswith("⚠ Deadlock!")]
        self.assertEqual(len(cycle), 1, out)
        self.assertRegex(cycle[0], r"thread-1 waits for lock ([AB]), held by thread-2, which waits for lock "
                                   r"([AB]), held by thread-1$")
        self.assertIn("failed: deadlock: waits for lock", out)
        self.assertIn("The fix: every thread takes the locks in one order", out)

    def test_one_order_and_one_at_a_time_finish(self):
        for args in (["--strategy", "threads", "--variant", "same_order"], ["--strategy", "sequential"]):
            result = run_script(SCRIPT, *HOLD, "--lang", "en", *args)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertNotIn("⚠ Deadlock!", result.stdout)
            self.assertEqual(result.stdout.count("done: it had both locks"), 2)

    def test_bad_values(self):
        for args, said in ((["--hold-ms", "-1"], "'-1' is out of range; allowed: 0 to 60000"),
                           (["--variant", "sideways"], "invalid choice: 'sideways'")):
            result = run_script(SCRIPT, *args)
            self.assertEqual(result.returncode, 2)
            self.assertIn(said, result.stderr.strip().splitlines()[-1])


class DeadlockEventsTest(unittest.TestCase):
    """--events: every wait and lock told; a deadlock blocks for good, for the app to find."""

    def test_one_order_tells_every_lock(self):
        result = run_script(SCRIPT, "--events", "--strategy", "threads", "--workers", "2",
                            "--variant", "same_order", *HOLD)
        self.assertEqual(result.returncode, 0, result.stderr)
        events = Events(self, result.stdout)
        self.assertEqual(events.all[-1]["event"], "done")
        for task in (0, 1):
            self.assertEqual(lock_events(events, task),
                             [("lock_wait", "A", []), ("lock_held", "A", None), ("lock_wait", "B", ["A"]),
                              ("lock_held", "B", None), ("lock_free", "B", None), ("lock_free", "A", None)])
        for e in events.named("lock_wait"):
            self.assertEqual(e["pid"], events.one("run")["pid"])
            self.assertIn(e["worker"], ("thread-1", "thread-2"))

    def test_opposite_orders_block_for_good(self):
        child = subprocess.Popen(script_command(SCRIPT, "--events", "--strategy", "threads", "--workers", "2",
                                                "--variant", "opposite_order", *HOLD),
                                 stdout=subprocess.PIPE, env=child_env(), encoding="utf-8",
                                 start_new_session=True)
        try:
            waits = {}
            while len(waits) < 2:  # each thread holding its first lock, waiting for its second
                event = json.loads(child.stdout.readline())
                if event["event"] == "lock_wait" and event["holds"]:
                    waits[event["task"]] = (event["lock"], event["holds"])
            self.assertEqual(waits, {0: ("B", ["A"]), 1: ("A", ["B"])})
            with self.assertRaises(subprocess.TimeoutExpired):  # nobody moves, nothing ends it
                child.wait(timeout=0.5)
        finally:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            child.stdout.close()
        self.assertEqual(child.returncode, -signal.SIGKILL)


if __name__ == "__main__":
    unittest.main()
