"""Tests of lab 5's script, 05_blocking_in_async.py: a blocking call inside async code.

    python3 -m unittest discover -s tests/python -v     (from the top of the project)
"""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_lab_scripts import THAI, LabTestCase, run_script  # noqa: E402

SCRIPT = "05_blocking_in_async"
DELAY_NS = 200_000_000


class Lab5EventsTest(LabTestCase):
    """--events, each way: what the app reads."""

    def events(self, variant, *args):
        events = self.run_events(SCRIPT, "--strategy", "coroutines", "--variant", variant,
                                 "--delay-ms", str(DELAY_NS // 1_000_000), *args)
        self.check_protocol(events, 3, "coroutines")
        return events

    def test_blocking_runs_the_coroutines_one_after_another_on_the_loop(self):
        events = self.events("blocking")
        starts, ends = events.by_task("start"), events.by_task("end")
        self.assertEqual({e["worker"] for e in events.named("start")}, {"event-loop"})
        self.assertEqual({e["tid"] for e in events.named("start")}, {events.one("run")["pid"]})
        for task in range(1, 3):  # each starts when the one before has returned
            self.assertGreaterEqual(starts[task]["t_ns"], ends[task - 1]["t_ns"])
        self.assertGreaterEqual(ends[2]["t_ns"] - starts[0]["t_ns"], 3 * DELAY_NS)

    def test_offloaded_runs_each_call_on_a_thread_of_the_pool(self):
        events = self.events("offloaded", "--workers", "3")
        starts, ends = events.by_task("start"), events.by_task("end")
        run_pid = events.one("run")["pid"]
        self.assertEqual(events.one("run")["workers"], 3)
        self.assertEqual(len({e["tid"] for e in starts.values()}), 3)
        for task in range(3):
            self.assertTrue(starts[task]["worker"].startswith("asyncio_"), starts[task])
            self.assertNotEqual(starts[task]["tid"], run_pid)  # not the loop's thread
            self.assertEqual(starts[task]["tid"], ends[task]["tid"])
        self.assertLess(max(e["t_ns"] for e in starts.values()), min(e["t_ns"] for e in ends.values()))

    def test_offloaded_with_fewer_threads_takes_turns(self):
        events = self.events("offloaded", "--workers", "2")
        starts, ends = events.named("start"), events.named("end")
        self.assertEqual(len({e["tid"] for e in starts}), 2)
        self.assertGreaterEqual(max(e["t_ns"] for e in ends) - min(e["t_ns"] for e in starts), 2 * DELAY_NS)

    def test_awaited_overlaps_on_the_loop(self):
        events = self.events("awaited")
        starts, ends = events.named("start"), events.named("end")
        self.assertEqual({e["worker"] for e in starts + ends}, {"event-loop"})
        self.assertLess(max(e["t_ns"] for e in starts), min(e["t_ns"] for e in ends))

    def test_sequential_is_the_baseline(self):
        events = self.run_events(SCRIPT, "--strategy", "sequential", "--delay-ms", "20")
        self.check_protocol(events, 3, "sequential")

    def test_the_default_of_events_is_the_mistake(self):
        events = self.run_events(SCRIPT, "--delay-ms", "20")
        starts, ends = events.by_task("start"), events.by_task("end")
        self.assertGreaterEqual(starts[1]["t_ns"], ends[0]["t_ns"])


class Lab5NarrativeTest(LabTestCase):
    """Alone, as a person runs it: the three ways and why, in Thai or English."""

    def test_thai_tells_the_three_ways_and_why(self):
        out = self.run_ok(SCRIPT, "--delay-ms", "100")
        for phrase in ("Event Loop", "time.sleep() ใน async def", "asyncio.to_thread()", "await asyncio.sleep()",
                       "ทำไม:", "ทำอย่างอื่นไม่ได้เลยนานสุด", "สรุป:", "ข้อควรจำ:", "ใช้เวลารวม"):
            self.assertIn(phrase, out)

    def test_english_has_no_thai(self):
        out = self.run_ok(SCRIPT, "--delay-ms", "100", "--lang", "en", "--variant", "blocking")
        for phrase in ("the mistake", "could do nothing else", "Why:", "Total time"):
            self.assertIn(phrase, out)
        self.assertIsNone(THAI.search(out), out)
        self.assertNotIn("In short", out)  # one way: nothing to compare

    def test_the_stalled_loop_is_measured(self):
        out = self.run_ok(SCRIPT, "--delay-ms", "200", "--lang", "en", "--variant", "blocking")
        stall = next(line for line in out.splitlines() if "could do nothing else" in line)
        self.assertGreaterEqual(float(stall.split("up to ")[1].split(" s")[0]), 0.5)

    def test_bad_values(self):
        for args, named in ((["--variant", "fast"], "'fast'"),
                            (["--strategy", "threads"], "'threads'"),
                            (["--strategy", "sequential", "--variant", "awaited"], "--variant"),
                            (["--workers", "0"], "'0'")):
            with self.subTest(args=args):
                result = run_script(SCRIPT, *args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")
                errors = [line for line in result.stderr.splitlines() if "error:" in line]
                self.assertEqual(len(errors), 1, result.stderr)
                self.assertIn(named, errors[0])


if __name__ == "__main__":
    unittest.main()
