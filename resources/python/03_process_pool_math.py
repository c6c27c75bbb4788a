"""3. Process Pool: คำนวณเลขยกกำลัง (Parallelism)

คำนวณเลขชุดใหญ่ (CPU-bound): ผลรวมของ i * i สำหรับ i < n เมื่อ n = 8, 9, 10 และ 7 ล้าน
การคำนวณใน Python ติด GIL ทำให้ Threading ช่วยได้ไม่เต็มที่ จึงใช้ ProcessPoolExecutor
แยกเป็น Process ใหม่จริงๆ: ทำทีละงานก่อน แล้วทำด้วย Process Pool เพื่อเทียบเวลา

Process Pool: CPU-bound sums, first one at a time, then in a ProcessPoolExecutor
(one process per core, each with its own GIL). The speed-up grows with the cores.

    python3 03_process_pool_math.py [--lang en] [--n 8000000,9000000] [--workers 2]

The computation and the pool are in labkit.py: sum_of_squares and run_processes.
"""

import os
import sys

import labkit


def main() -> int:
    args = labkit.parse_args(__file__, __doc__, workloads=("squares",),
                             seed_strategies=("sequential", "processes"))
    if args.events:
        return labkit.exit_status(labkit.run_events(labkit.make_plan(args, "squares", args.strategies[0])))

    say = labkit.Narrator(args.lang)
    say.show(th="=== 3. Process Pool: คำนวณเลขยกกำลัง (Parallelism) ===",
             en="=== 3. Process Pool: computing powers (parallelism) ===")
    say.show(th="กลไก: การคำนวณติด GIL จึงแยกเป็น Process ใหม่ แต่ละ Process มี GIL ของตัวเอง",
             en="How: computing holds the GIL, so we spawn processes, each with a GIL of its own.")
    say.show(th=f"เครื่องนี้มี {os.cpu_count()} Core", en=f"This machine has {os.cpu_count()} cores.")
    plans = [labkit.make_plan(args, "squares", strategy) for strategy in args.strategies]
    summaries = [labkit.run_narrated(say, plan) for plan in plans]
    if len(plans) == 2:  # the lesson's comparison: one at a time, then the pool
        write_speedup(say, plans[1], summaries[0].seconds, summaries[1].seconds)
    return labkit.exit_status(*summaries)


def write_speedup(say: labkit.Narrator, pool_plan: labkit.Plan, sequential_s: float, pool_s: float) -> None:
    labkit.write_line("")
    say.speedup(pool_plan.strategy, sequential_s, pool_s, pool_plan.workers)


if __name__ == "__main__":
    sys.exit(main())
