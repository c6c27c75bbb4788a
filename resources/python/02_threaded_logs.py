"""2. Threading: ระบบบันทึก Log (Preemptive)

เขียนไฟล์ Log หลายไฟล์พร้อมกัน (I/O-bound แบบ Blocking) ด้วย ThreadPoolExecutor
5 Thread: ระบบปฏิบัติการ (OS) คอยสลับงานให้ Thread อื่นทำต่อทันทีเมื่อ Thread ปัจจุบัน
ติดสถานะรอ งานเขียน 5 ไฟล์จึงเสร็จในเวลาใกล้เคียงกับงานเดียว (ประมาณ 1 วินาที)

Threading: 5 log files written by a pool of 5 threads. Each write blocks (a slow
disk); the operating system runs another thread meanwhile: about 1 s in all.

    python3 02_threaded_logs.py [--lang en] [--out DIR] [--workers 5]

The thread pool is in labkit.py: run_threads (ThreadPoolExecutor) and write_log.
"""

import sys

import labkit

SEED_THREADS = 5  # the lesson's pool: one thread per file


def main() -> int:
    args = labkit.parse_args(__file__, __doc__, workloads=("logs",), seed_strategies=("threads",),
                             seed_threads=SEED_THREADS)
    plan = labkit.make_plan(args, "logs", args.strategies[0])
    if args.events:
        return labkit.exit_status(labkit.run_events(plan))

    say = labkit.Narrator(args.lang)
    say.show(th="=== 2. Threading: ระบบบันทึก Log (Preemptive) ===",
             en="=== 2. Threading: the log writer (preemptive) ===")
    say.show(th="กลไก: OS คอยสลับงานให้ Thread อื่นทำต่อทันทีเมื่อ Thread ปัจจุบันติดสถานะรอ (Sleep/Disk I/O)",
             en="How: the operating system switches to another thread as soon as one has to wait (sleep/disk I/O).")
    return labkit.exit_status(labkit.run_narrated(say, plan))


if __name__ == "__main__":
    sys.exit(main())
