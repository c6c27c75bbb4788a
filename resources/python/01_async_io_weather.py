"""1. Asyncio: ตรวจสอบสภาพอากาศ (Cooperative)

จำลองการดึงข้อมูลอากาศจากหลายเมือง (I/O-bound) ด้วย Event Loop และ await:
ระหว่างที่รอการตอบกลับจาก Network ให้สลับไปส่ง Request ให้เมืองอื่นต่อทันที
เวลารวมจึงเหลือประมาณเวลารอของงานเดียว (ประมาณ 2 วินาที) บน Thread เดียว

Asyncio: the weather of several cities as coroutines on one event loop. While one
request waits for the network, the loop sends the next: about 2 s in all, one thread.

    python3 01_async_io_weather.py [--lang en] [--cities Bangkok,Tokyo,London]

The asyncio code is in labkit.py: fetch_weather_async (await asyncio.sleep) and
run_coroutines (asyncio.run + asyncio.gather).
"""

import sys

import labkit


def main() -> int:
    args = labkit.parse_args(__file__, __doc__, workloads=("weather",), seed_strategies=("coroutines",))
    plan = labkit.make_plan(args, "weather", args.strategies[0])
    if args.events:
        return labkit.exit_status(labkit.run_events(plan))

    say = labkit.Narrator(args.lang)
    say.show(th="=== 1. Asyncio: ตรวจสอบสภาพอากาศ (Cooperative) ===",
             en="=== 1. Asyncio: checking the weather (cooperative) ===")
    say.show(th="กลไก: Event Loop และ await — ระหว่างรอ Network ให้สลับไปส่ง Request ของเมืองอื่นต่อทันที",
             en="How: an event loop and await; while one request waits for the network, send the next at once.")
    return labkit.exit_status(labkit.run_narrated(say, plan))


if __name__ == "__main__":
    sys.exit(main())
