"""0. Sequential: การทำงานแบบปกติ (Baseline)

ก่อนจะดูความเร็ว เราต้องมีตัวเปรียบเทียบ: ดึงสภาพอากาศ 3 เมือง เมืองละ 2 วินาที
แล้วเขียน Log 5 ไฟล์ ไฟล์ละ 1 วินาที แบบทำทีละงาน (ประมาณ 6 วินาที และ 5 วินาที)

The baseline: the weather of 3 cities (2 s each), then 5 log files (1 s each),
one at a time: about 6 s and 5 s. Run it first, then compare with 01, 02 and 03.

    python3 00_sequential_comparison.py [--lang en] [--workload weather|logs]

The work itself is in labkit.py (fetch_weather, write_log, run_sequential).
"""

import sys

import labkit


def main() -> int:
    args = labkit.parse_args(__file__, __doc__, workloads=("weather", "logs"),
                             seed_strategies=("sequential",), strategies=("sequential",))
    if args.events:
        return labkit.exit_status(labkit.run_events(labkit.make_plan(args, args.workloads[0], "sequential")))

    say = labkit.Narrator(args.lang)
    say.show(th="=== 0. Sequential: การทำงานแบบปกติ (Baseline) ===",
             en="=== 0. Sequential: the normal way (the baseline) ===")
    say.show(th="กลไก: ทำงานแบบ \"ต่อคิว\" ถ้างานแรกไม่เสร็จ งานที่สองจะไม่ได้เริ่ม",
             en="How: work waits in a queue; the second job does not start until the first has finished.")
    summaries = [labkit.run_narrated(say, labkit.make_plan(args, workload, "sequential"))
                 for workload in args.workloads]
    say.show(th="\nปัญหา: CPU และ Network ว่างงานเป็นช่วงๆ เพราะต้องรอให้งานก่อนหน้าเสร็จสมบูรณ์ก่อน",
             en="\nThe problem: the CPU and the network sit idle, because each job waits for the one before it.")
    return labkit.exit_status(*summaries)


if __name__ == "__main__":
    sys.exit(main())
