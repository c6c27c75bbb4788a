"""9. เกินกว่าเครื่องเดียว: Dask Cluster (Distributed)

เมื่อเครื่องเดียวไม่พอ Python มีเครื่องมือแบบกระจายงาน (Distributed) ที่ใช้ Interface เดียวกับ
concurrent.futures: Client.get_executor() ของ Dask ก็คือ Executor ตัวหนึ่ง โค้ดแทบไม่ต้องเปลี่ยน
แล็บนี้หาผลรวมกำลังสองชุดเดิม 3 แบบ: ทำทีละงาน, ProcessPoolExecutor และ Dask Cluster
โดยปกติจะเริ่ม LocalCluster บนเครื่องนี้เอง หรือใช้ --scheduler tcp://HOST:PORT เพื่อต่อเข้า
Cluster จริงที่มีหลายเครื่อง (เริ่มด้วยคำสั่ง dask-scheduler และ dask-worker)

Beyond one machine: the seed's sums one at a time, in a ProcessPoolExecutor, and on a Dask
cluster through its concurrent.futures Executor. A cluster adds workers on other machines
and costs a start-up and a network hop per task.

    python3 09_beyond_one_machine.py [--lang en] [--workers 2] [--scheduler tcp://HOST:PORT]
                                     [--n 8000000,9000000] [--strategy cluster] [--dashboard]

Needs Dask distributed for this Python (Debian: sudo apt install python3-distributed, for
/usr/bin/python3). The cluster's part is in labcluster.py; the rest in labkit.py.
"""

import sys
from typing import Dict, List, Optional

import labkit

STRATEGIES = ("sequential", "processes", labkit.CLUSTER)


class HandOvers(labkit.Narrator):
    """The narrative, and each task's times on the client and on its worker, for the cluster's
    hand-over: from submit to the start on the worker, and from its end to the result here."""

    def __init__(self, lang: str):
        super().__init__(lang)
        self.times: Dict[int, Dict[str, int]] = {}

    def mark(self, task: labkit.Task, what: str, t_ns: Optional[int] = None) -> None:
        self.times.setdefault(task.index, {})[what] = labkit.now_ns() if t_ns is None else t_ns

    def task_submitted(self, task: labkit.Task) -> None:
        self.mark(task, "submit")

    def task_started(self, task: labkit.Task, worker: labkit.Worker, t_ns: Optional[int] = None) -> None:
        self.mark(task, "start", t_ns)
        self.times[task.index]["worker"] = worker.name
        super().task_started(task, worker, t_ns)

    def task_ended(self, task: labkit.Task, worker: labkit.Worker, outcome: labkit.Outcome, seconds: float,
                   t_ns: Optional[int] = None) -> None:
        self.mark(task, "end", t_ns)
        super().task_ended(task, worker, outcome, seconds, t_ns)

    def task_returned(self, task: labkit.Task) -> None:
        self.mark(task, "returned")


def hand_over_ms(times: Dict[int, Dict[str, int]]) -> List[float]:
    """Each task's hand-over in ms: to its worker (not counting the wait while the worker was
    busy with the task before) and back."""
    free_at: Dict[str, int] = {}
    out = []
    for index in sorted(times, key=lambda i: times[i].get("start", 0)):
        t = times[index]
        if not {"submit", "start", "end", "returned"} <= t.keys():
            continue
        sent_from = max(t["submit"], free_at.get(t["worker"], t["submit"]))
        free_at[t["worker"]] = t["end"]
        out.append((max(0, t["start"] - sent_from) + max(0, t["returned"] - t["end"])) / 1e6)
    return out


def main() -> int:
    args = labkit.parse_args(__file__, __doc__, workloads=("squares",), seed_strategies=STRATEGIES,
                             strategies=STRATEGIES)
    if args.events:
        return labkit.exit_status(labkit.run_events(labkit.make_plan(args, "squares", args.strategies[0])))

    say = HandOvers(args.lang)
    say.show(th="=== 9. เกินกว่าเครื่องเดียว: Dask Cluster (Distributed) ===",
             en="=== 9. Beyond one machine: a Dask cluster (distributed) ===")
    say.show(th="กลไก: Client.get_executor() ของ Dask เป็น Executor แบบเดียวกับ ProcessPoolExecutor "
                "แต่ Worker อาจอยู่บนเครื่องอื่น มี Scheduler คอยแจกงาน",
             en="How: Dask's Client.get_executor() is an Executor like ProcessPoolExecutor, but its "
                "workers may be on other machines, handed their tasks by a scheduler.")
    plans = [labkit.make_plan(args, "squares", strategy) for strategy in args.strategies]
    summaries = []
    for plan in plans:
        say.times.clear()
        summaries.append(labkit.run_narrated(say, plan))
        if plan.strategy == labkit.CLUSTER:
            tell_hand_over(say, hand_over_ms(say.times))
    if args.strategies[0] == "sequential" and summaries[0].all_ok:
        labkit.write_line("")
        for plan, summary in zip(plans[1:], summaries[1:]):
            say.speedup(plan.strategy, summaries[0].seconds, summary.seconds, plan.workers)
    if labkit.CLUSTER in args.strategies:
        say.show(th="ทำไม: Cluster เพิ่ม Worker ได้มากเท่าที่มีเครื่อง แต่ต้องจ่ายค่าเริ่ม Cluster และค่าส่งงาน "
                    "ผ่าน Network ทุกงาน บนเครื่องเดียว Cluster จึงเร็วได้แค่พอๆ กับ Process Pool "
                    "จะคุ้มก็ต่อเมื่องานแต่ละชิ้นนานกว่าค่าส่งมากๆ และมีเครื่องให้ใช้หลายเครื่อง",
                 en="Why: a cluster adds as many workers as there are machines, but costs its start-up and "
                    "a network hop for every task. On one machine it is at best as fast as a process pool; "
                    "it pays when each task is much longer than its hand-over, and there are machines to add.")
    return labkit.exit_status(*summaries)


def tell_hand_over(say: labkit.Narrator, hand_overs: List[float]) -> None:
    if hand_overs:
        say.show(th=f"ค่าส่งงานไปและกลับ (ผ่าน Scheduler และ Network) เฉลี่ย {sum(hand_overs) / len(hand_overs):.1f} "
                    f"มิลลิวินาทีต่องาน",
                 en=f"Handing each task over and back (through the scheduler and the network): "
                    f"{sum(hand_overs) / len(hand_overs):.1f} ms on average")


if __name__ == "__main__":
    sys.exit(main())
