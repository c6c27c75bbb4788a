"""Fan-out of N asyncio tasks that each wait --delay-ms: how late the whole fan-out
finishes (wall - delay) and how much memory each waiting task takes."""

import argparse
import asyncio
import gc
import time

from benchkit import emit, positive_int, status_kb

started = 0  # tasks that have reached their sleep


async def fetch_weather(city, delay_s):
    """The lab's weather fetch: a city in, a wait, a short string out."""
    global started
    started += 1
    await asyncio.sleep(delay_s)
    return city + ": 25°C"


async def fan_out(cities, delay_s):
    """Run one fan-out; return (wall_ns, rss_before_kb, rss_waiting_kb)."""
    global started
    started = 0
    loop = asyncio.get_running_loop()
    waiting = []

    def probe():
        # gather() schedules every task's first step with call_soon before this probe,
        # so the probe normally runs in the same loop pass, right after the last task
        # reached its sleep and before any timer fires. Re-check to be safe.
        if started < len(cities):
            loop.call_soon(probe)
        else:
            waiting.append(status_kb("VmRSS"))

    gc.collect()
    rss_before = status_kb("VmRSS")
    t0 = time.perf_counter_ns()
    gathered = asyncio.gather(*[fetch_weather(city, delay_s) for city in cities])
    loop.call_soon(probe)
    results = await gathered
    wall_ns = time.perf_counter_ns() - t0
    if len(results) != len(cities) or results[-1] != cities[-1] + ": 25°C":
        raise RuntimeError("fan-out returned wrong results")
    return wall_ns, rss_before, waiting[0]


async def main(tasks, delay_ms):
    # Warm-up: pays for the loop, imports and the interpreter's specialisation. Kept small,
    # because memory it frees would be reused by the measured fan-out and hide its cost.
    await fan_out([f"city-{i}" for i in range(100)], 0.001)
    cities = [f"city-{i}" for i in range(tasks)]
    wall_ns, rss_before, rss_waiting = await fan_out(cities, delay_ms / 1000)
    rss_peak = max(rss_waiting, status_kb("VmHWM"))
    return {
        "bench": "fanout",
        "runtime": "asyncio",
        "tasks": tasks,
        "delay_ms": delay_ms,
        "wall_ns": wall_ns,
        "overhead_ns": wall_ns - delay_ms * 1_000_000,
        "rss_before_kb": rss_before,
        "rss_peak_kb": rss_peak,
        "bytes_per_task": round((rss_peak - rss_before) * 1024 / tasks, 1),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=positive_int, required=True, help="number of tasks N")
    parser.add_argument("--delay-ms", type=positive_int, default=200, help="each task's wait (default 200)")
    args = parser.parse_args()
    emit(asyncio.run(main(args.tasks, args.delay_ms)))
