"""5. งานที่ Block ใน Async: เมื่อ Event Loop หยุดทั้งวง

ดึงสภาพอากาศ 3 เมืองด้วย Asyncio สามแบบ เพื่อดูว่าคำสั่งที่ Block เพียงคำสั่งเดียวใน async def
ทำให้ Event Loop ทั้งวงหยุดได้อย่างไร:
  blocking   เรียก time.sleep() (หรือ requests.get) ตรงๆ ใน async def: Loop หยุด ประมาณ 6 วินาที
             ช้าพอๆ กับทำทีละงาน
  offloaded  วิธีแก้: ส่งคำสั่งที่ Block ไปทำใน Thread ด้วย await asyncio.to_thread(...)
             Loop ว่างต่อ ประมาณ 2 วินาที
  awaited    วิธีของ Asyncio เอง: await asyncio.sleep() ประมาณ 2 วินาที บน Thread เดียว

A blocking call inside async code: the weather of 3 cities as coroutines, three ways.
  blocking   time.sleep() (or requests.get) straight inside async def: the one thread of
             the event loop stops, every other coroutine waits; about 6 s, as one at a time
  offloaded  the fix: await asyncio.to_thread(...) runs the blocking call on a thread of a
             pool (--workers threads) while the loop goes on; about 2 s
  awaited    asyncio's own way: await asyncio.sleep(); about 2 s on one thread

    python3 05_blocking_in_async.py [--lang en] [--variant blocking|offloaded|awaited]
                                    [--workers 3] [--strategy sequential]

With no --variant it runs all three, then compares them; --strategy sequential runs the
cities one at a time (the baseline). While a variant runs, a coroutine of our own wakes
every 50 ms to see how long the loop could do nothing else.
"""

import asyncio
import math
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Optional, Sequence

import labkit

VARIANTS = ("blocking", "offloaded", "awaited")
WATCH_TICK_S = 0.05

MESSAGES: Dict[str, Dict[str, str]] = {
    "title": {"th": "=== 5. งานที่ Block ใน Async: เมื่อ Event Loop หยุดทั้งวง ===",
              "en": "=== 5. A blocking call in async code: the whole event loop stops ==="},
    "how": {"th": "กลไก: Event Loop มี Thread เดียว ถ้า Coroutine ไหนเรียกคำสั่งที่ Block "
                  "(time.sleep, requests.get) Coroutine อื่นทั้งหมดต้องรอจนกว่าคำสั่งนั้นจะเสร็จ",
            "en": "How: an event loop is one thread; when a coroutine makes a blocking call "
                  "(time.sleep, requests.get), every other coroutine waits until it returns."},
    "blocking_way": {"th": "Asyncio แต่เรียก time.sleep() ใน async def (จุดที่ผิด)",
                     "en": "asyncio, but time.sleep() inside async def (the mistake)"},
    "offloaded_way": {"th": "Asyncio ส่ง time.sleep() ไปทำใน Thread ด้วย asyncio.to_thread() "
                            "({w} Thread, วิธีแก้)",
                      "en": "asyncio, time.sleep() handed to a thread with asyncio.to_thread() "
                            "({w} {threads}, the fix)"},
    "awaited_way": {"th": "Asyncio ใช้ await asyncio.sleep() (วิธีของ Asyncio เอง)",
                    "en": "asyncio with await asyncio.sleep() (asyncio's own way)"},
    "stall": {"th": "ระหว่างนั้น Event Loop ทำอย่างอื่นไม่ได้เลยนานสุด {time}",
              "en": "Meanwhile the event loop could do nothing else for up to {time}"},
    "blocking_why": {"th": "ทำไม: time.sleep() ไม่คืน Event Loop ระหว่างรอ Loop จึงหยุดนิ่ง "
                           "เมืองถัดไปเพิ่งได้เริ่มเมื่อเมืองก่อนหน้าเสร็จ ช้าพอๆ กับทำทีละงาน",
                     "en": "Why: time.sleep() does not hand the loop back while it waits, so the loop "
                           "stands still: each city starts only when the one before has finished, "
                           "as slow as one at a time."},
    "offloaded_why": {"th": "ทำไม: asyncio.to_thread() ส่งคำสั่งที่ Block ไปรอใน Thread ของ Pool "
                            "แล้ว await ผลลัพธ์ Event Loop จึงว่างพอจะเริ่มเมืองถัดไปได้ทันที "
                            "และ Thread ต่างๆ รอไปพร้อมกัน",
                      "en": "Why: asyncio.to_thread() hands the blocking call to a thread of a pool "
                            "and awaits its result, so the loop is free to start the next city at "
                            "once, and the threads wait at the same time."},
    "awaited_why": {"th": "ทำไม: await asyncio.sleep() คืน Event Loop ระหว่างรอ ทุกเมืองจึงรอพร้อมกัน "
                          "บน Thread เดียว ไม่ต้องใช้ Thread เพิ่ม",
                    "en": "Why: await asyncio.sleep() hands the loop back while it waits, so every "
                          "city waits at the same time on one thread, with no extra thread."},
    "summary": {"th": "สรุป: {times}", "en": "In short: {times}"},
    "summary_item": {"th": "{way} {time}", "en": "{way} {time}"},
    "blocking_short": {"th": "time.sleep() ใน async def", "en": "time.sleep() in async def"},
    "offloaded_short": {"th": "asyncio.to_thread()", "en": "asyncio.to_thread()"},
    "awaited_short": {"th": "await asyncio.sleep()", "en": "await asyncio.sleep()"},
    "remember": {"th": "ข้อควรจำ: อย่าเรียกคำสั่งที่ Block ตรงๆ ใน async def ให้ใช้แบบที่ await ได้ "
                       "(asyncio.sleep, aiohttp) หรือถ้าเลี่ยงไม่ได้ ให้ส่งไปทำใน Thread ด้วย "
                       "asyncio.to_thread()",
                 "en": "Remember: never make a blocking call straight inside async def; use one you "
                       "can await (asyncio.sleep, aiohttp), or when you cannot, hand it to a thread "
                       "with asyncio.to_thread()."},
}


# --------------------------------------------------------------------------------------------
# The three ways of a coroutine to wait for the network


async def fetch_blocking(city: str, delay_s: float) -> str:
    # THE MISTAKE: a blocking call inside async def. time.sleep (like requests.get) holds the
    # loop's one thread: no other coroutine can run until it returns, and there is no await
    # in here at which the loop could take over.
    time.sleep(delay_s)
    return labkit.weather_report(city)


async def run_blocking(task: labkit.Task, reporter: labkit.Reporter) -> labkit.Outcome:
    worker = labkit.current_worker("coroutines")
    reporter.task_started(task, worker)
    started = time.monotonic()
    try:
        outcome = labkit.Outcome(task.index, True, await fetch_blocking(task.label, task.delay_s))
    except Exception as error:
        outcome = labkit.Outcome(task.index, False, labkit.describe_error(error))
    reporter.task_ended(task, worker, outcome, time.monotonic() - started)
    return outcome


async def run_offloaded(task: labkit.Task, reporter: labkit.Reporter) -> labkit.Outcome:
    # THE FIX: the same blocking call, on a thread of the loop's pool. The coroutine awaits it,
    # so the loop goes on with the others meanwhile. The task starts (and is reported) when a
    # thread takes it, and ends on that thread.
    return await asyncio.to_thread(labkit.run_task, task, "threads", reporter)


async def run_awaited(task: labkit.Task, reporter: labkit.Reporter) -> labkit.Outcome:
    # asyncio's own way: `await asyncio.sleep` (see labkit.fetch_weather_async).
    return await labkit.run_task_async(task, reporter)


RUN_ONE = {"blocking": run_blocking, "offloaded": run_offloaded, "awaited": run_awaited}


class LoopWatch:
    """How long the event loop could do nothing else: a coroutine of ours that wakes every
    WATCH_TICK_S and notes how late it woke. A loop held by a blocking call wakes nobody."""

    def __init__(self) -> None:
        self.longest_s = 0.0
        self._since = time.monotonic()  # when the tick now under way began
        self._task: Optional[asyncio.Task] = None

    def _late(self) -> None:
        self.longest_s = max(self.longest_s, time.monotonic() - self._since - WATCH_TICK_S)

    async def _watch(self) -> None:
        while True:
            self._since = time.monotonic()
            await asyncio.sleep(WATCH_TICK_S)
            self._late()

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._watch())

    async def stop(self) -> None:
        if self._task:
            # The last tick may be late still: a blocking call held the loop up to now.
            self._late()
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass


def runner(variant: str, watch: Optional[LoopWatch] = None) -> labkit.Runner:
    """Runs the tasks one way: one at a time (the baseline), or as coroutines of `variant`."""

    def run(strategy: str, tasks: Sequence[labkit.Task], reporter: labkit.Reporter,
            workers: int) -> List[labkit.Outcome]:
        if strategy == "sequential":
            return labkit.run_sequential(tasks, reporter)

        async def all_at_once() -> List[labkit.Outcome]:
            if variant == "offloaded":
                # asyncio.to_thread runs its call in the loop's default pool; this one has the
                # run's number of threads, named as asyncio names its own ("asyncio_0", ...).
                # asyncio.run() shuts it down, its threads joined, before it returns.
                pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="asyncio")
                asyncio.get_running_loop().set_default_executor(pool)
            if watch:
                watch.start()
            for task in tasks:
                reporter.task_submitted(task)
            try:
                # gather() starts every coroutine; a blocking one keeps the rest queued behind it.
                return await asyncio.gather(*(RUN_ONE[variant](task, reporter) for task in tasks))
            finally:
                if watch:
                    await watch.stop()

        return list(asyncio.run(all_at_once()))

    return run


# --------------------------------------------------------------------------------------------
# The command line and the story


def add_options(parser) -> None:
    parser.add_argument("--variant", choices=VARIANTS,
                        help="the coroutines' way to wait: blocking (the mistake), offloaded (the "
                             "fix, with --workers threads), awaited; default: all three, one after "
                             "another (with --events: blocking)")


def expected_s(plan: labkit.Plan, variant: str) -> float:
    count, delay = len(plan.tasks), plan.tasks[0].delay_s
    if plan.strategy == "sequential" or variant == "blocking":
        return count * delay
    if variant == "offloaded":
        return math.ceil(count / plan.workers) * delay
    return delay


class Story:
    """The narrative: labkit's lines for the tasks, this lab's own around them."""

    def __init__(self, lang: str) -> None:
        self.narrator = labkit.Narrator(lang)
        self.lang = lang

    def say(self, key: str, **values) -> None:
        labkit.write_line(self.text(key, **values))

    def text(self, key: str, **values) -> str:
        if key in MESSAGES:
            return MESSAGES[key][self.lang].format(**values)
        return self.narrator.text(key, **values)

    def way(self, plan: labkit.Plan, variant: str) -> str:
        if plan.strategy == "sequential":
            return self.narrator.way("sequential", 1)
        return self.text(f"{variant}_way", w=plan.workers, **self.narrator.nouns(plan.workers))

    def run(self, plan: labkit.Plan, variant: str) -> labkit.Summary:
        n = self.narrator
        k, each = len(plan.tasks), n.seconds(plan.tasks[0].delay_s, exact=False)
        labkit.write_line("")
        self.say("heading", work=self.text("weather_work", k=k, each=each, **n.nouns(k)),
                 way=self.way(plan, variant))
        watch = LoopWatch() if plan.strategy == "coroutines" else None
        started = time.monotonic()
        outcomes = runner(variant, watch)(plan.strategy, plan.tasks, n, plan.workers)
        seconds = time.monotonic() - started
        self.say("results", results=[outcome.text for outcome in outcomes])
        expected = self.text("about", time=n.seconds(expected_s(plan, variant), exact=False))
        self.say("total", elapsed=n.seconds(seconds), expected=expected)
        if watch:
            self.say("stall", time=n.seconds(watch.longest_s))
            self.say(f"{variant}_why")
        return labkit.Summary(seconds, outcomes)

    def compare(self, times: Dict[str, float]) -> None:
        items = [self.text("summary_item", way=self.text(f"{variant}_short"), time=self.narrator.seconds(s))
                 for variant, s in times.items()]
        labkit.write_line("")
        self.say("summary", times=" · ".join(items))
        self.say("remember")


def main() -> int:
    args = labkit.parse_args(__file__, __doc__, workloads=("weather",), seed_strategies=("coroutines",),
                             strategies=("sequential", "coroutines"), options=add_options)
    strategy = args.strategies[0]
    if strategy == "sequential" and args.variant:
        sys.stderr.write(f"{args.script}.py: error: argument --variant: '{args.variant}' is for "
                         "coroutines; allowed with --strategy sequential: none\n")
        return 2
    plan = labkit.make_plan(args, "weather", strategy)
    if strategy == "coroutines":  # the pool of the fix: asyncio's own default size unless told
        plan = plan._replace(workers=args.workers or labkit.default_workers("threads"))
    variants = [args.variant] if args.variant else list(VARIANTS)
    if args.events:
        return labkit.exit_status(labkit.run_events(plan, runner(variants[0])))

    story = Story(args.lang)
    story.narrator.show(th=MESSAGES["title"]["th"], en=MESSAGES["title"]["en"])
    story.say("how")
    if strategy == "sequential":
        return labkit.exit_status(story.run(plan, "blocking"))
    summaries = {variant: story.run(plan, variant) for variant in variants}
    if len(summaries) > 1:
        story.compare({variant: summary.seconds for variant, summary in summaries.items()})
    return labkit.exit_status(*summaries.values())


if __name__ == "__main__":
    sys.exit(main())
