<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Lab::Caption</name>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Core</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1</source>
        <translation>แล็บ %1</translation>
    </message>
    <message>
        <source>a custom experiment</source>
        <translation>การทดลองที่กำหนดเอง</translation>
    </message>
    <message>
        <source>the app&apos;s engine (C++)</source>
        <translation>เอนจินของแอป (C++)</translation>
    </message>
    <message>
        <source>CPython</source>
        <translation>CPython</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>the kind of work and how much of it: &quot;weather: 3 cities, 2.0 s each&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>made on another machine: %1</source>
        <translation>ทำบนเครื่องอื่น: %1</translation>
    </message>
</context>
<context>
    <name>Lab::ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>an image of %1×%2 pixels is too large</source>
        <translation>รูปภาพขนาด %1×%2 พิกเซลใหญ่เกินไป</translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation>ตัวเขียนไฟล์ SVG เริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>ตัวเขียน PDF เริ่มทำงานไม่ได้</translation>
    </message>
</context>
<context>
    <name>Lab::ChartNote</name>
    <message numerus="yes">
        <source>⚠ and %n more: see the Results table</source>
        <translation>
            <numerusform>⚠ และอีก %n ข้อ: ดูในตารางผลลัพธ์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ChartsPane</name>
    <message>
        <source>Wall-clock time</source>
        <translation>เวลาที่ใช้จริง</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>การใช้ CPU</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <source>Show each core of the selected run</source>
        <translation>แสดงแยกทีละ Core ของการรันที่เลือก</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>ขยายจำนวน Worker</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>เวลาไปไหน</translation>
    </message>
    <message>
        <source>Where did the time go? All of each run&apos;s task time, split by what the tasks were doing</source>
        <translation>เวลาหมดไปกับอะไร? เวลาทั้งหมดของงานในแต่ละการรัน แยกตามสิ่งที่งานกำลังทำ</translation>
    </message>
</context>
<context>
    <name>Lab::Check</name>
    <message>
        <source>&apos;%1&apos; is not a whole number; allowed: %2 to %3</source>
        <translation>&apos;%1&apos; ไม่ใช่จำนวนเต็ม; ค่าที่ใช้ได้: %2 ถึง %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; allowed: %2 to %3</source>
        <translation>&apos;%1&apos; อยู่นอกช่วงที่กำหนด; ค่าที่ใช้ได้: %2 ถึง %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty or over-long name; allowed: names of 1 to %2 characters separated by commas</source>
        <translation>&apos;%1&apos; มีชื่อเมืองที่ว่างหรือยาวเกินไป; ค่าที่ใช้ได้: ชื่อยาว 1 ถึง %2 ตัวอักษร คั่นด้วยคอมมา</translation>
    </message>
    <message>
        <source>%1 cities is too many; allowed: 1 to %2</source>
        <translation>%1 เมืองมากเกินไป; ค่าที่ใช้ได้: 1 ถึง %2 เมือง</translation>
    </message>
    <message>
        <source>give at least one whole number from 1 to %1</source>
        <translation>ต้องใส่จำนวนเต็มตั้งแต่ 1 ถึง %1 อย่างน้อยหนึ่งค่า</translation>
    </message>
    <message>
        <source>too many values; allowed: 1 to %1</source>
        <translation>จำนวนค่ามากเกินไป; ค่าที่ใช้ได้: 1 ถึง %1 ค่า</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds from 0 to %2 with up to 3 decimals, such as 2.5</source>
        <translation>&apos;%1&apos; ไม่ใช่จำนวนวินาทีที่ใช้ได้; ค่าที่ใช้ได้: 0 ถึง %2 วินาที ทศนิยมไม่เกิน 3 ตำแหน่ง เช่น 2.5</translation>
    </message>
    <message>
        <source>allowed: 2 to %1 pool sizes from 1 to %2 separated by commas, such as 1,2,4,8</source>
        <translation>ใส่ได้ 2 ถึง %1 ขนาด แต่ละขนาดตั้งแต่ 1 ถึง %2 คั่นด้วยจุลภาค เช่น 1,2,4,8</translation>
    </message>
    <message>
        <source>%1 is given twice; %2</source>
        <translation>ใส่ %1 ซ้ำสองครั้ง; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 pool sizes; %3</source>
        <translation>&apos;%1&apos; มี %2 ขนาด; %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scheduler address; allowed: tcp://HOST:PORT, as dask-scheduler prints it</source>
        <translation>&apos;%1&apos; ไม่ใช่ที่อยู่ของ Scheduler; ที่ใช้ได้: tcp://HOST:PORT ตามที่ dask-scheduler แสดง</translation>
    </message>
</context>
<context>
    <name>Lab::Cli</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a folder</source>
        <translation>--%1: &apos;%2&apos; ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; cannot be made: &apos;%3&apos; is not a folder</source>
        <translation>--%1: สร้าง &apos;%2&apos; ไม่ได้: &apos;%3&apos; ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>--%1: cannot write into &apos;%2&apos;: %3</source>
        <translation>--%1: เขียนลงใน &apos;%2&apos; ไม่ได้: %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is a folder; give a file name</source>
        <translation>--%1: &apos;%2&apos; เป็นโฟลเดอร์; กรุณาระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>--%1: the folder of &apos;%2&apos; does not exist</source>
        <translation>--%1: ไม่พบโฟลเดอร์ที่จะเก็บ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; options start with --, see --help</source>
        <translation>อาร์กิวเมนต์ &apos;%1&apos; ไม่ถูกต้อง; ตัวเลือกต้องขึ้นต้นด้วย -- (ดู --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;; see --help</source>
        <translation>ไม่รู้จักตัวเลือก &apos;--%1&apos; (ดู --help)</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>ระบุ --%1 ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 ต้องระบุค่า</translation>
    </message>
    <message>
        <source>--%1 applies to --workload %2 only</source>
        <translation>--%1 ใช้ได้กับ --workload %2 เท่านั้น</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos;; allowed: th, en</source>
        <translation>--lang: ไม่รู้จักภาษา &apos;%1&apos;; ค่าที่ใช้ได้: th, en</translation>
    </message>
    <message>
        <source>--lab and --workload cannot be combined: run a lab of the seed, or a custom experiment</source>
        <translation>ใช้ --lab กับ --workload พร้อมกันไม่ได้: ให้เลือกรันแล็บตามต้นฉบับ หรือการทดลองแบบกำหนดเองอย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>--workload: unknown workload &apos;%1&apos;; allowed: weather, logs, squares</source>
        <translation>--workload: ไม่รู้จักประเภทงาน &apos;%1&apos;; ค่าที่ใช้ได้: weather, logs, squares</translation>
    </message>
    <message>
        <source>--%1 belongs to a custom experiment: add --workload weather|logs|squares instead of --lab</source>
        <translation>--%1 ใช้กับการทดลองแบบกำหนดเองเท่านั้น: ให้ใส่ --workload weather|logs|squares แทน --lab</translation>
    </message>
    <message>
        <source>--out: the folder name is empty</source>
        <translation>--out: ไม่ได้ระบุชื่อโฟลเดอร์</translation>
    </message>
    <message>
        <source>--json: the file name is empty; give a path, or - for standard output</source>
        <translation>--json: ไม่ได้ระบุชื่อไฟล์; ให้ระบุพาธของไฟล์ หรือ - เพื่อพิมพ์ออกทาง stdout</translation>
    </message>
    <message>
        <source>--%1 takes no value, but was given &apos;%2&apos;</source>
        <translation>--%1 ไม่รับค่า แต่มีการระบุค่า &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--trace: give a file name, such as run.trace.json</source>
        <translation>--trace: ต้องระบุชื่อไฟล์ เช่น run.trace.json</translation>
    </message>
    <message>
        <source>--python: &apos;%1&apos; is not a Python 3.9 or newer that can be run</source>
        <translation>--python: &apos;%1&apos; ไม่ใช่ Python 3.9 ขึ้นไปที่รันได้</translation>
    </message>
    <message>
        <source>--runtime %1: %2</source>
        <translation>--runtime %1: %2</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not allowed; allowed: %3</source>
        <translation>--%1: ใช้ &apos;%2&apos; ไม่ได้; ค่าที่ใช้ได้: %3</translation>
    </message>
    <message>
        <source>--%1 applies only with --%2</source>
        <translation>--%1 ใช้ได้เฉพาะเมื่อใส่ --%2 ด้วย</translation>
    </message>
    <message>
        <source>--lab: unknown lab &apos;%1&apos;; allowed: %2</source>
        <translation>--lab: ไม่รู้จักแล็บ &apos;%1&apos;; ค่าที่ใช้ได้: %2</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab bench [--quick] [--json PATH] [--python PATH|none] [--repeats N]
                             [--only SECTIONS]

  --quick             small sizes: a smoke test of under a minute
  --json PATH         also write the figures as JSON
  --python PATH|none  the CPython to compare with (default: python3 on PATH), or none
  --repeats N         measurements of each figure (1 to 100, default 3)
  --only SECTIONS     a comma list of %1
</source>
        <translation>วิธีใช้: concurrency-lab bench [--quick] [--json PATH] [--python PATH|none] [--repeats N]
                             [--only SECTIONS]

  --quick             ขนาดเล็ก: ทดสอบเร็วๆ ไม่ถึงหนึ่งนาที
  --json PATH         บันทึกตัวเลขเป็น JSON ด้วย
  --python PATH|none  CPython ที่ใช้เทียบ (ค่าเริ่มต้น: python3 ใน PATH) หรือ none
  --repeats N         จำนวนครั้งที่วัดแต่ละค่า (1 ถึง 100 ค่าเริ่มต้น 3)
  --only SECTIONS     รายการคั่นด้วยคอมมาจาก %1
</translation>
    </message>
    <message>
        <source>--screenshot: give a file name, such as lab3.png</source>
        <translation>--screenshot: ใส่ชื่อไฟล์ เช่น lab3.png</translation>
    </message>
    <message>
        <source>--out: give the folder the charts go into</source>
        <translation>--out: ระบุโฟลเดอร์ที่จะเก็บกราฟ</translation>
    </message>
    <message>
        <source>--python: give the path of a Python, or none</source>
        <translation>--python: ระบุพาธของ Python หรือ none</translation>
    </message>
    <message>
        <source>--only: unknown section &apos;%1&apos;; allowed: a comma list of %2</source>
        <translation>--only: ไม่รู้จักหัวข้อ &apos;%1&apos;; ค่าที่ใช้ได้: รายการคั่นด้วยคอมมาจาก %2</translation>
    </message>
    <message>
        <source>--json: give a file name, such as bench.json</source>
        <translation>--json: ใส่ชื่อไฟล์ เช่น bench.json</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; allowed: run, export-charts, bench, or none for the window</source>
        <translation>ไม่รู้จักคำสั่ง &apos;%1&apos;; ค่าที่ใช้ได้: run, export-charts, bench หรือไม่ใส่เพื่อเปิดหน้าต่างโปรแกรม</translation>
    </message>
    <message>
        <source>the worker takes no options; see --help</source>
        <translation>worker ไม่รับตัวเลือกใดๆ; ดู --help</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab worker
A process of the app&apos;s process pool: the app starts it and gives it tasks on
standard input. It takes no options.
</source>
        <translation>วิธีใช้: concurrency-lab worker
Process หนึ่งตัวใน Process Pool ของแอป: แอปเป็นผู้เริ่มและส่งงานให้ทาง
Standard Input ไม่รับตัวเลือกใดๆ
</translation>
    </message>
    <message>
        <source>--%1 applies to --runtime python|both only</source>
        <translation>--%1 ใช้ได้กับ --runtime python|both เท่านั้น</translation>
    </message>
    <message>
        <source>--lab: unknown lab &apos;%1&apos;; allowed: %2, all</source>
        <translation>--lab: ไม่รู้จักแล็บ &apos;%1&apos;; ค่าที่ใช้ได้: %2, all</translation>
    </message>
    <message>
        <source>--predict: &apos;%1&apos; is not strategy=seconds; allowed strategies: %2 (such as coroutines=6)</source>
        <translation>--predict: &apos;%1&apos; ไม่อยู่ในรูป กลยุทธ์=วินาที; กลยุทธ์ที่ใช้ได้: %2 (เช่น coroutines=6)</translation>
    </message>
    <message>
        <source>--predict: %1 is guessed twice</source>
        <translation>--predict: ทายเวลาของ %1 ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>--predict: %1 does not run in this experiment; the strategies that run: %2</source>
        <translation>--predict: การทดลองนี้ไม่ได้รัน %1; กลยุทธ์ที่รัน: %2</translation>
    </message>
    <message>
        <source>--workers and --sweep-workers cannot be combined: the sweep gives the pool its sizes</source>
        <translation>ใช้ --workers คู่กับ --sweep-workers ไม่ได้: การไล่ขนาดกำหนดขนาดของ Pool ให้เอง</translation>
    </message>
    <message>
        <source>--sweep-workers applies to a pool of threads or processes, and none runs: add --strategy threads or processes, or --lab 2 or 3</source>
        <translation>--sweep-workers ใช้กับ Pool ของ Thread หรือ Process แต่การทดลองนี้ไม่มี: เพิ่ม --strategy threads หรือ processes หรือใช้ --lab 2 หรือ 3</translation>
    </message>
    <message>
        <source>--open: give a session file, such as lab3.json</source>
        <translation>--open: ระบุไฟล์เซสชัน เช่น lab3.json</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab export-charts --out DIR --lab N [run&apos;s options] [--size WxH] [--pdf]
                                     [--no-caption]
       concurrency-lab export-charts --out DIR --workload W [run&apos;s options] ...
       concurrency-lab export-charts --out DIR --from SESSION [--size WxH] [--pdf] ...

Runs lab N (%1), or a custom experiment, in a window drawn off screen and writes its
charts into DIR as PNG and SVG slides, with the session as JSON, CSV and a trace. Takes
the options of `run` (see run --help) but --out, --json, --trace and --quiet. With --from,
the runs of a saved session are drawn instead, and nothing is run. Needs no display.

  --out DIR      the folder the slides go into
  --from FILE    a saved session (File &gt; Save session, or run --json)
  --size WxH     the slides&apos; pixels: 1600x1000 (the default), 1920x1080, 3840x2160, or any
                 size from %2 to %3
  --pdf          also a handout, DIR/handout.pdf: every chart and the results, a page each
  --no-caption   no line of what ran, when and on what machine at the slides&apos; foot
</source>
        <translation>วิธีใช้: concurrency-lab export-charts --out DIR --lab N [ตัวเลือกของ run] [--size WxH] [--pdf]
                                     [--no-caption]
       concurrency-lab export-charts --out DIR --workload W [ตัวเลือกของ run] ...
       concurrency-lab export-charts --out DIR --from SESSION [--size WxH] [--pdf] ...

รันแล็บ N (%1) หรือการทดลองที่กำหนดเอง ในหน้าต่างที่วาดนอกจอ แล้วบันทึกกราฟลงใน DIR
เป็นสไลด์ PNG และ SVG พร้อมผลการรันเป็น JSON, CSV และ trace รับตัวเลือกเดียวกับ `run`
(ดู run --help) ยกเว้น --out, --json, --trace และ --quiet ถ้าใช้ --from จะวาดการรันของ
เซสชันที่บันทึกไว้แทน โดยไม่รันอะไรใหม่ ไม่ต้องมีจอแสดงผล

  --out DIR      โฟลเดอร์ที่เก็บสไลด์
  --from FILE    เซสชันที่บันทึกไว้ (ไฟล์ &gt; บันทึกเซสชัน หรือ run --json)
  --size WxH     ขนาดสไลด์เป็นพิกเซล: 1600x1000 (ค่าเริ่มต้น), 1920x1080, 3840x2160 หรือขนาดใดก็ได้
                 ตั้งแต่ %2 ถึง %3
  --pdf          ทำเอกสารแจก DIR/handout.pdf ด้วย: ทุกกราฟและตารางผล หน้าละหนึ่งอย่าง
  --no-caption   ไม่ใส่บรรทัดบอกว่ารันอะไร เมื่อไร บนเครื่องใด ที่ท้ายสไลด์
</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT from %2 to %3, such as 1920x1080</source>
        <translation>--size: &apos;%1&apos; ไม่ใช่ กว้างxสูง ตั้งแต่ %2 ถึง %3 เช่น 1920x1080</translation>
    </message>
    <message>
        <source>--from: give a session file, such as lab3.json</source>
        <translation>--from: ระบุไฟล์เซสชัน เช่น lab3.json</translation>
    </message>
    <message>
        <source>--from draws a saved session&apos;s runs and runs nothing: %1 does not apply</source>
        <translation>--from วาดการรันของเซสชันที่บันทึกไว้ โดยไม่รันอะไรใหม่: ใช้ %1 ด้วยไม่ได้</translation>
    </message>
    <message>
        <source>%1 belongs to run; export-charts writes the session into --out</source>
        <translation>%1 เป็นตัวเลือกของ run; export-charts บันทึกผลการรันลงใน --out เอง</translation>
    </message>
    <message>
        <source>--lab: give the lab whose charts to export (%1), or --workload for an experiment of your own</source>
        <translation>--lab: ระบุแล็บที่จะส่งออกกราฟ (%1) หรือใช้ --workload สำหรับการทดลองของคุณเอง</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab [--lab N] [--lang th|en] [--presenter] [--window-size WxH]
       concurrency-lab --screenshot FILE [--lab N] [--runtime cpp|python|both] [--lang th|en]
       concurrency-lab --open SESSION [--screenshot FILE]   a saved session, as it was
       concurrency-lab run [options]              the labs without a window (run --help)
       concurrency-lab export-charts --lab N|--from SESSION --out DIR   charts for slides
       concurrency-lab bench [options]            the engine&apos;s costs beside CPython&apos;s
       concurrency-lab --version

The window:
  --lab N             open on lab N (%1)
  --open SESSION      show a session saved from the window (File → Save session)
  --screenshot FILE   run the lab in the window, save a PNG of it when it ends, quit
  --runtime R         with --screenshot: cpp (the app&apos;s engine), python or both
  --lang th|en        the language (default: the one chosen last time)
  --presenter         in presenter mode: full screen, the charts large for a projector
  --window-size WxH   the window this size (such as 1920x1080), even in presenter mode

Every command takes --help. Exit codes: 0 all done, 1 a task failed or the run was
cancelled, 2 bad input.
</source>
        <translation>วิธีใช้: concurrency-lab [--lab N] [--lang th|en] [--presenter] [--window-size WxH]
       concurrency-lab --screenshot FILE [--lab N] [--runtime cpp|python|both] [--lang th|en]
       concurrency-lab --open SESSION [--screenshot FILE]   เปิดเซสชันที่บันทึกไว้ ตามที่เป็นตอนนั้น
       concurrency-lab run [ตัวเลือก]              รันแล็บโดยไม่เปิดหน้าต่าง (ดู run --help)
       concurrency-lab export-charts --lab N|--from SESSION --out DIR   ส่งออกกราฟไปใส่สไลด์
       concurrency-lab bench [ตัวเลือก]            วัดต้นทุนของเอนจินเทียบกับ CPython
       concurrency-lab --version

หน้าต่างโปรแกรม:
  --lab N             เปิดที่แล็บ N (%1)
  --open SESSION      แสดงเซสชันที่บันทึกจากหน้าต่าง (ไฟล์ → บันทึกเซสชัน)
  --screenshot FILE   รันแล็บในหน้าต่าง บันทึกภาพ PNG เมื่อรันเสร็จ แล้วปิดโปรแกรม
  --runtime R         ใช้กับ --screenshot: cpp (เอนจินของแอป), python หรือ both
  --lang th|en        ภาษาที่ใช้ (ค่าเริ่มต้น: ภาษาที่เลือกไว้ครั้งก่อน)
  --presenter         เปิดในโหมดนำเสนอ: เต็มจอ กราฟตัวใหญ่สำหรับโปรเจกเตอร์
  --window-size WxH   ให้หน้าต่างมีขนาดนี้ (เช่น 1920x1080) แม้อยู่ในโหมดนำเสนอ

ทุกคำสั่งรับ --help รหัสออก: 0 สำเร็จทั้งหมด, 1 มีงานที่ล้มเหลวหรือการรันถูกยกเลิก,
2 ข้อมูลที่ใส่ไม่ถูกต้อง
</translation>
    </message>
    <message>
        <source>--window-size: give width x height in pixels, from 320x240 to 7680x4320, such as 1920x1080; not &quot;%1&quot;</source>
        <translation>--window-size: ใส่กว้าง x สูงเป็นพิกเซล ตั้งแต่ 320x240 ถึง 7680x4320 เช่น 1920x1080 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--strategy: unknown strategy &apos;%1&apos;; allowed: a comma list of sequential, coroutines, threads, processes, cluster, or all</source>
        <translation>--strategy: ไม่รู้จักกลยุทธ์ &apos;%1&apos;; ที่ใช้ได้: รายการคั่นด้วยจุลภาคของ sequential, coroutines, threads, processes, cluster หรือ all</translation>
    </message>
    <message>
        <source>--scheduler applies to --strategy cluster or --lab 9 only</source>
        <translation>--scheduler ใช้ได้กับ --strategy cluster หรือ --lab 9 เท่านั้น</translation>
    </message>
    <message>
        <source>--runtime cpp: the cluster is Dask&apos;s and runs on CPython only; use --runtime python or both</source>
        <translation>--runtime cpp: Cluster เป็นของ Dask และรันบน CPython เท่านั้น; ใช้ --runtime python หรือ both</translation>
    </message>
    <message>
        <source>--python: &apos;%1&apos; has no Dask distributed for the cluster: %2</source>
        <translation>--python: &apos;%1&apos; ไม่มี Dask distributed สำหรับ Cluster: %2</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab run [--lab 0|1|2|3|4|5|6|7|8|9|all] [options]
       concurrency-lab run --workload weather|logs|squares [options]

The labs:
  --lab 0      weather and logs one at a time (3 cities x 2 s, 5 files x 1 s)
  --lab 1      weather one at a time and with coroutines on one event loop
  --lab 2      logs one at a time and with a pool of 5 threads
  --lab 3      sums of squares, one at a time and with a pool of processes
  --lab 4      threads and the GIL: the sums one at a time, with 2 threads, with 2
               threads under a simulated GIL, and with a process per core
  --lab 5      mistake: a blocking call in async code (the weather), and its fixes
  --lab 6      mistake: a race on a shared counter, without and with a lock or await
  --lab 7      mistake: a process pool fed 100,000 tiny tasks one by one, and batched
  --lab 8      mistake: two threads take two locks in opposite order (a deadlock)
  --lab 9      beyond one machine: the sums one at a time, with a pool of processes, and
               on a Dask cluster, all in CPython (needs python3-distributed)
  --lab all    labs 0 to 8 (and 9 with --runtime python or both), each baseline run
               once, then a comparison table (the default)

A custom experiment:
  --workload W        weather, logs or squares
  --strategy S,...    sequential, coroutines, threads, processes, or all (the default);
                      cluster: a Dask cluster, in CPython only
  --tasks N           cities or files (1 to 1,000,000); squares repeat the n list
  --cities A,B,...    the cities to fetch (default Bangkok,Tokyo,London)
  --delay-ms MS       the wait of a fetch or a write (0 to 600,000)
  --workers N         threads or processes (1 to %1)
  --n N,...           the sizes of the sums of squares (default 8M,9M,10M,7M)
  --gil               threads compute under a simulated Python GIL
  --scheduler ADDR    the cluster: a running Dask scheduler, tcp://HOST:PORT (default: a
                      local cluster of --workers processes on 127.0.0.1)

Both:
  --scale K           multiply every n by K (1 to 1,000; default 100)
  --out DIR           where the log files go, a folder of its own a run: DIR/logs-threads,
                      or DIR/logs-threads-2 when that exists (default DIR: a new folder
                      under %2)
  --json PATH|-       write every run as JSON (schema concurrency-lab/runs@2)
  --trace PATH        write every run as a trace for the Perfetto UI (ui.perfetto.dev)
  --runtime R         cpp (the app&apos;s engine, the default), python (the seed&apos;s scripts in
                      CPython) or both, side by side
  --python PATH       the Python to run (default: python3 on PATH)
  --python-start-timeout S
                      stop a Python that has said nothing S seconds after its start
                      (1 to 3,600; default 30)
  --predict S=SEC,...
                      your guess of each strategy&apos;s time in seconds, before it runs
                      (such as coroutines=6,sequential=6.5), told beside what it took
  --repeats N         run every strategy N times (1 to 50), interleaved: one at a time,
                      then the others, round after round; medians and spreads at the end
  --warmup            one uncounted run of each strategy first
  --sweep-workers N,...
                      run the pools at each size (such as 1,2,4,8) for a scaling chart
  --lang th|en        the language of the output
  --quiet             no line per task

Exit codes: 0 all done (lab 8&apos;s deadlock, found and ended, among it); 1 a task failed,
the run was cancelled (Ctrl+C), or a file or the standard output could not be written;
2 bad input.
</source>
        <translation>วิธีใช้: concurrency-lab run [--lab 0|1|2|3|4|5|6|7|8|9|all] [ตัวเลือก]
      concurrency-lab run --workload weather|logs|squares [ตัวเลือก]

แล็บ:
  --lab 0      สภาพอากาศและไฟล์ Log แบบทำทีละงาน (3 เมือง x 2 วินาที, 5 ไฟล์ x 1 วินาที)
  --lab 1      สภาพอากาศ แบบทำทีละงาน และด้วย Coroutine บน Event Loop เดียว
  --lab 2      ไฟล์ Log แบบทำทีละงาน และด้วย Thread Pool 5 Thread
  --lab 3      ผลรวมกำลังสอง แบบทำทีละงาน และแบบ Process Pool
  --lab 4      Thread กับ GIL: ผลรวมกำลังสองแบบทำทีละงาน ใช้ 2 Thread ใช้ 2 Thread
               ภายใต้ GIL จำลอง และใช้ Process ละหนึ่ง Core
  --lab 5      ความผิดพลาด: คำสั่งที่บล็อกในโค้ด async (สภาพอากาศ) และวิธีแก้
  --lab 6      ความผิดพลาด: Race Condition บนตัวนับ แบบไม่มีและมี Lock หรือ await
  --lab 7      ความผิดพลาด: ส่งงานชิ้นเล็ก 100,000 ชิ้นให้ Process Pool ทีละชิ้น และเป็นชุด
  --lab 8      ความผิดพลาด: 2 Thread ล็อก Lock 2 ตัวสลับลำดับกัน (Deadlock)
  --lab 9      เกินกว่าเครื่องเดียว: ผลรวมกำลังสองแบบทำทีละงาน แบบ Process Pool และบน
               Dask Cluster ทั้งหมดบน CPython (ต้องติดตั้ง python3-distributed)
  --lab all    แล็บ 0 ถึง 8 (และแล็บ 9 เมื่อใช้ --runtime python หรือ both) โดยรันแต่ละแบบ
               ครั้งเดียว แล้วแสดงตารางเปรียบเทียบ (ค่าเริ่มต้น)

การทดลองแบบกำหนดเอง:
  --workload W        weather, logs หรือ squares
  --strategy S,...    sequential, coroutines, threads, processes หรือ all (ค่าเริ่มต้น);
                      cluster: Dask Cluster ใช้ได้กับ CPython เท่านั้น
  --tasks N           จำนวนเมืองหรือไฟล์ (1 ถึง 1,000,000); สำหรับ squares จะวนใช้รายการ n ซ้ำ
  --cities A,B,...    เมืองที่จะดึงข้อมูล (ค่าเริ่มต้น Bangkok,Tokyo,London)
  --delay-ms MS       เวลารอของการดึงข้อมูลหรือการเขียนไฟล์แต่ละครั้ง (0 ถึง 600,000 มิลลิวินาที)
  --workers N         จำนวน Thread หรือ Process (1 ถึง %1)
  --n N,...           ขนาดของผลรวมกำลังสองแต่ละงาน (ค่าเริ่มต้น 8M,9M,10M,7M)
  --gil               ให้ Thread คำนวณภายใต้ GIL จำลองแบบเดียวกับใน Python
  --scheduler ADDR    Cluster: Scheduler ของ Dask ที่รันอยู่แล้ว tcp://HOST:PORT (ค่าเริ่มต้น:
                      เริ่ม Cluster บนเครื่องนี้ด้วย Worker ตามจำนวน --workers ที่ 127.0.0.1)

ใช้ได้ทั้งสองแบบ:
  --scale K           คูณ n ทุกตัวด้วย K (1 ถึง 1,000; ค่าเริ่มต้น 100)
  --out DIR           โฟลเดอร์เก็บไฟล์ Log โดยแต่ละการรันได้โฟลเดอร์ของตัวเอง: DIR/logs-threads
                      หรือ DIR/logs-threads-2 ถ้ามีโฟลเดอร์นั้นอยู่แล้ว (ค่าเริ่มต้นของ DIR:
                      โฟลเดอร์ใหม่ภายใต้ %2)
  --json PATH|-       บันทึกผลของทุกการรันเป็น JSON (รูปแบบ concurrency-lab/runs@2)
  --trace PATH        บันทึกทุกการรันเป็น Trace สำหรับเปิดใน Perfetto UI (ui.perfetto.dev)
  --runtime R         cpp (Engine C++ ของแอป, ค่าเริ่มต้น), python (สคริปต์ต้นฉบับบน
                      CPython) หรือ both เทียบกันทีละคู่
  --python PATH       Python ที่จะใช้รัน (ค่าเริ่มต้น: python3 ใน PATH)
  --python-start-timeout S
                      หยุด Python ที่ไม่ส่งสัญญาณใด ๆ เลยภายใน S วินาทีหลังเริ่มทำงาน
                      (1 ถึง 3,600; ค่าเริ่มต้น 30)
  --predict S=SEC,...
                      ทายก่อนรันว่าแต่ละกลยุทธ์จะใช้เวลากี่วินาที
                      (เช่น coroutines=6,sequential=6.5) แล้วแสดงคู่กับเวลาที่วัดได้จริง
  --repeats N         รันแต่ละกลยุทธ์ N รอบ (1 ถึง 50) สลับกัน: ทำทีละงาน แล้วเทคนิคอื่น
                      วนไปทีละรอบ; ท้ายสุดแสดงค่ามัธยฐานและช่วงของผล
  --warmup            รันอุ่นเครื่องแต่ละกลยุทธ์หนึ่งครั้งก่อน โดยไม่นับผล
  --sweep-workers N,...
                      รัน Pool ที่แต่ละขนาด (เช่น 1,2,4,8) เพื่อดูกราฟ Scaling
  --lang th|en        ภาษาของข้อความที่แสดง
  --quiet             ไม่พิมพ์ข้อความทีละงาน

รหัสออก (Exit Code): 0 สำเร็จทั้งหมด (รวมถึง Deadlock ของแล็บ 8 ที่แอปตรวจพบและหยุดให้);
1 มีงานที่ล้มเหลว การรันถูกยกเลิก (Ctrl+C) หรือเขียนไฟล์หรือเอาต์พุตมาตรฐานไม่ได้;
2 ข้อมูลที่ใส่ไม่ถูกต้อง
</translation>
    </message>
</context>
<context>
    <name>Lab::CliSession</name>
    <message>
        <source>Wrote %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>standard output stopped taking the report (%1): printing stopped there, the runs went on to their end</source>
        <translation>เอาต์พุตมาตรฐานรับรายงานต่อไม่ได้ (%1) จึงหยุดพิมพ์ไว้ตรงนั้น แต่การรันยังทำต่อจนจบ</translation>
    </message>
    <message>
        <source>cannot write the JSON to standard output: %1</source>
        <translation>เขียน JSON ออกทางเอาต์พุตมาตรฐานไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Lab::CpuChart</name>
    <message>
        <source>CPU use over time</source>
        <translation>การใช้ CPU ตามเวลา</translation>
    </message>
    <message>
        <source>seconds since %1 started</source>
        <translation>วินาที นับจากเริ่มรัน %1</translation>
    </message>
    <message>
        <source>seconds since each run started</source>
        <translation>วินาที นับจากเริ่มรันแต่ละครั้ง</translation>
    </message>
    <message>
        <source>core %1</source>
        <translation>Core %1</translation>
    </message>
    <message>
        <source>whole machine</source>
        <translation>ทั้งเครื่อง</translation>
    </message>
    <message>
        <source>cores busy (of %1)</source>
        <translation>จำนวน Core ที่ทำงาน (จากทั้งหมด %1)</translation>
    </message>
    <message>
        <source>other programs</source>
        <translation>โปรแกรมอื่น</translation>
    </message>
</context>
<context>
    <name>Lab::ExperimentPanel</name>
    <message>
        <source>Lab 0 — one at a time (the baseline)</source>
        <translation>แล็บ 0 — ทำทีละงาน (Baseline)</translation>
    </message>
    <message>
        <source>Lab 1 — Asyncio: the weather</source>
        <translation>แล็บ 1 — Asyncio: ตรวจสอบสภาพอากาศ</translation>
    </message>
    <message>
        <source>Lab 2 — Threading: log files</source>
        <translation>แล็บ 2 — Threading: เขียนไฟล์ Log</translation>
    </message>
    <message>
        <source>Lab 3 — Process Pool: computing</source>
        <translation>แล็บ 3 — Process Pool: คำนวณผลรวมกำลังสอง</translation>
    </message>
    <message>
        <source>Custom experiment</source>
        <translation>การทดลองแบบกำหนดเอง</translation>
    </message>
    <message>
        <source>&amp;Experiment:</source>
        <translation>การทดลอง (&amp;E):</translation>
    </message>
    <message>
        <source>W&amp;ork:</source>
        <translation>งาน (&amp;O):</translation>
    </message>
    <message>
        <source>Strategies:</source>
        <translation>กลยุทธ์:</translation>
    </message>
    <message>
        <source>C&amp;ities:</source>
        <translation>เมือง (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>จำนวนงาน (&amp;T):</translation>
    </message>
    <message>
        <source>W&amp;ait:</source>
        <translation>เวลารอ (&amp;A):</translation>
    </message>
    <message>
        <source>Wor&amp;kers:</source>
        <translation>จำนวน Worker (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;n values:</source>
        <translation>ค่า &amp;n:</translation>
    </message>
    <message>
        <source>&amp;Scale of n:</source>
        <translation>ตัวคูณของ n (&amp;S):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> มิลลิวินาที</translation>
    </message>
    <message>
        <source>Cities separated by commas; more tasks than cities go round them again</source>
        <translation>ชื่อเมืองคั่นด้วยคอมมา ถ้ามีงานมากกว่าจำนวนเมือง จะวนกลับไปใช้เมืองเดิมซ้ำ</translation>
    </message>
    <message>
        <source>Whole numbers from 1, separated by commas; each is multiplied by the scale</source>
        <translation>จำนวนเต็มตั้งแต่ 1 ขึ้นไป คั่นด้วยคอมมา แต่ละค่าจะถูกคูณด้วยตัวคูณของ n</translation>
    </message>
    <message>
        <source>Shortens every wait, for a quick demonstration</source>
        <translation>ย่นเวลารอของทุกงานให้สั้นลง เพื่อให้สาธิตได้เร็วขึ้น</translation>
    </message>
    <message>
        <source>Simulate Python&apos;s &amp;GIL (threads)</source>
        <translation>จำลอง &amp;GIL ของ Python (Thread)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Fetches the weather of 3 cities (2 s each) and writes 5 log files (1 s each), one at a time: about 6 s and 5 s.</source>
        <translation>ดึงสภาพอากาศ 3 เมือง เมืองละ 2 วินาที และเขียน Log 5 ไฟล์ ไฟล์ละ 1 วินาที แบบทำทีละงาน: ใช้เวลารวมประมาณ 6 วินาที และ 5 วินาที</translation>
    </message>
    <message>
        <source>Sums the squares below 8, 9, 10 and 7 million (× the scale), one at a time and then with a process per core.</source>
        <translation>หาผลรวมกำลังสองของจำนวนที่น้อยกว่า 8, 9, 10 และ 7 ล้าน (× ตัวคูณของ n) แบบทำทีละงาน แล้วจึงแยกเป็น Process ละหนึ่ง Core</translation>
    </message>
    <message>
        <source>Choose the work, the strategies and the parameters.</source>
        <translation>เลือกงาน กลยุทธ์ และพารามิเตอร์ต่างๆ ได้เอง</translation>
    </message>
    <message>
        <source>Strategies: choose at least one</source>
        <translation>กลยุทธ์: ต้องเลือกอย่างน้อยหนึ่งแบบ</translation>
    </message>
    <message>
        <source>%1 of %2 tasks · %3</source>
        <translation>เสร็จแล้ว %1 จาก %2 งาน · %3</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>รันด้วย (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python:</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>เมือง: %1</translation>
    </message>
    <message>
        <source>n values: %1</source>
        <translation>ค่า n: %1</translation>
    </message>
    <message>
        <source>&amp;Wait length:</source>
        <translation>ย่อเวลารอเหลือ (&amp;W):</translation>
    </message>
    <message>
        <source>Run the baseline again</source>
        <translation>รัน Baseline ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Off: a one-at-a-time run of the same work done earlier in the session is shown again, marked reused, instead of waiting for it twice</source>
        <translation>ถ้าไม่เลือก: ใช้ผลการรันแบบทำทีละงานของงานเดียวกันที่รันไปแล้วในรอบนี้ซ้ำ (มีป้ายบอกว่าใช้ผลเดิม) จะได้ไม่ต้องรอซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>รัน</translation>
    </message>
    <message>
        <source>Run the experiment (F5)</source>
        <translation>รันการทดลอง (F5)</translation>
    </message>
    <message>
        <source>Fetches the weather of 3 cities one at a time (about 6 s), then as coroutines on one event loop: about 2 s in all.</source>
        <translation>ดึงสภาพอากาศ 3 เมืองแบบทำทีละงาน (ประมาณ 6 วินาที) แล้วทำซ้ำด้วย Coroutine บน Event Loop เดียว: ใช้เวลารวมประมาณ 2 วินาที</translation>
    </message>
    <message>
        <source>Writes 5 log files one at a time (about 5 s), then with a pool of 5 threads: about 1 s in all.</source>
        <translation>เขียนไฟล์ Log 5 ไฟล์แบบทำทีละงาน (ประมาณ 5 วินาที) แล้วทำซ้ำด้วย Thread Pool 5 Thread: ใช้เวลารวมประมาณ 1 วินาที</translation>
    </message>
    <message>
        <source>&amp;Your guess:</source>
        <translation>ทายเวลา (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>จำนวน&amp;รอบ:</translation>
    </message>
    <message>
        <source>Workers s&amp;weep:</source>
        <translation>ไล่&amp;จำนวน Worker:</translation>
    </message>
    <message>
        <source>Lab 4 — Threads and the GIL</source>
        <translation>แล็บ 4 — Thread กับ GIL</translation>
    </message>
    <message>
        <source>Sums lab 3&apos;s squares one at a time, with 2 threads, with 2 threads under a simulated GIL, and with a process per core: under the GIL the threads take turns.</source>
        <translation>คำนวณผลรวมกำลังสองชุดเดียวกับแล็บ 3 แบบทำทีละงาน ใช้ 2 Thread ใช้ 2 Thread ภายใต้ GIL จำลอง และใช้ Process ละหนึ่ง Core: ภายใต้ GIL ทั้งสอง Thread ต้องผลัดกันคำนวณ</translation>
    </message>
    <message>
        <source>Lab 5 — Mistake: a blocking call in async code</source>
        <translation>แล็บ 5 — ความผิดพลาด: คำสั่งที่บล็อกในโค้ด async</translation>
    </message>
    <message>
        <source>Lab 6 — Mistake: a race on a shared counter</source>
        <translation>แล็บ 6 — ความผิดพลาด: Race Condition บนตัวนับ</translation>
    </message>
    <message>
        <source>Lab 7 — Mistake: tiny tasks in a process pool</source>
        <translation>แล็บ 7 — ความผิดพลาด: งานชิ้นเล็กใน Process Pool</translation>
    </message>
    <message>
        <source>Lab 8 — Mistake: a deadlock</source>
        <translation>แล็บ 8 — ความผิดพลาด: Deadlock</translation>
    </message>
    <message>
        <source>Fetches the weather of 3 cities one at a time, then as coroutines three ways: with a blocking call inside (about 6 s), with the call handed to a thread, and with a real await (about 2 s).</source>
        <translation>ดึงสภาพอากาศ 3 เมืองแบบทำทีละเมือง แล้วใช้ Coroutine 3 แบบ คือ เรียกคำสั่งที่บล็อกไว้ข้างใน (ราว 6 วินาที) ส่งคำสั่งนั้นไปทำใน Thread และใช้ await จริง ๆ (ราว 2 วินาที)</translation>
    </message>
    <message>
        <source>Two threads add 1 to a shared counter 100,000 times each, without and with a lock; then two coroutines, without and with an await between the read and the write.</source>
        <translation>Thread 2 ตัวบวก 1 เข้าที่ตัวนับตัวเดียวกันตัวละ 100,000 ครั้ง ทั้งแบบไม่มีและมี Lock แล้วตามด้วย Coroutine 2 ตัว ทั้งแบบไม่มีและมี await คั่นระหว่างอ่านกับเขียน</translation>
    </message>
    <message>
        <source>Sums the squares below 100 (× the scale) 100,000 times: one at a time, then in a process pool one task at a time, and in batches of 1,000.</source>
        <translation>หาผลรวมกำลังสองของจำนวนที่น้อยกว่า 100 (× ตัวคูณ) 100,000 ครั้ง แบบทำทีละงาน แล้วใช้ Process Pool ที่ส่งงานทีละชิ้น และส่งเป็นชุด ชุดละ 1,000 ชิ้น</translation>
    </message>
    <message>
        <source>Two threads take two locks, in opposite orders (a deadlock the app detects and ends) and in one order (it completes).</source>
        <translation>Thread 2 ตัวล็อก Lock 2 ตัว แบบสลับลำดับกัน (เกิด Deadlock ที่แอปตรวจพบและหยุดให้) และแบบลำดับเดียวกัน (ทำเสร็จ)</translation>
    </message>
    <message>
        <source>Lab 9 — Beyond one machine: a Dask cluster</source>
        <translation>แล็บ 9 — เกินกว่าเครื่องเดียว: Dask Cluster</translation>
    </message>
    <message>
        <source>Sums lab 3&apos;s squares in CPython one at a time, with a pool of processes, and on a Dask cluster of as many workers (a local one started for the run): the cluster&apos;s start-up and each task&apos;s trip through its scheduler are what it costs.</source>
        <translation>หาผลรวมกำลังสองชุดเดียวกับแล็บ 3 บน CPython แบบทำทีละงาน แบบ Process Pool และบน Dask Cluster ที่มี Worker เท่ากัน (เริ่ม Cluster บนเครื่องนี้ให้ตอนรัน): สิ่งที่ต้องจ่ายคือเวลาเริ่ม Cluster และการส่งงานแต่ละชิ้นผ่าน Scheduler</translation>
    </message>
</context>
<context>
    <name>Lab::ExplanationPanel</name>
    <message>
        <source>Each task starts only when the one before it has finished: the timeline is one lane of bars end to end, and the CPU stays idle while the program waits. The total is the sum: 6 s and 5 s.</source>
        <translation>แต่ละงานจะเริ่มได้ก็ต่อเมื่องานก่อนหน้าเสร็จแล้ว ไทม์ไลน์จึงมีแถบเรียงต่อกันเป็นแถวเดียว และ CPU แทบไม่ได้ทำอะไรเลยระหว่างที่โปรแกรมรอ เวลารวมจึงเท่ากับผลบวกของทุกงาน คือ 6 วินาที และ 5 วินาที</translation>
    </message>
    <message>
        <source>All three fetches start at once on the single event loop and wait together: one lane, three bars on top of each other, about 2 s in all, and almost no CPU.</source>
        <translation>การดึงข้อมูลทั้งสามเมืองเริ่มพร้อมกันบน Event Loop เดียวและรอไปพร้อมๆ กัน: มีแถวเดียว แถบสามแถบซ้อนทับกัน ใช้เวลารวมประมาณ 2 วินาที และแทบไม่ใช้ CPU เลย</translation>
    </message>
    <message>
        <source>Five threads each write one file; the operating system switches between them while they wait: five lanes side by side, about 1 s in all.</source>
        <translation>Thread ทั้งห้าตัวเขียนไฟล์กันคนละไฟล์ ระบบปฏิบัติการ (OS) คอยสลับงานระหว่าง Thread ขณะที่รอ ไทม์ไลน์จึงมีห้าแถวที่ทำงานขนานกัน ใช้เวลารวมประมาณ 1 วินาที</translation>
    </message>
    <message>
        <source>Compare the bars: waiting work gains from coroutines and threads, computing work only from processes (or threads without a GIL).</source>
        <translation>ลองเทียบแถบกราฟดู: งานที่เน้นการรอจะเร็วขึ้นเมื่อใช้ Coroutine และ Thread ส่วนงานคำนวณจะเร็วขึ้นก็ต่อเมื่อใช้ Process เท่านั้น (หรือ Thread ที่ไม่มี GIL)</translation>
    </message>
    <message>
        <source>Choosing a technique</source>
        <translation>สรุปแนวคิดการเลือกใช้งาน</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>เทคนิค</translation>
    </message>
    <message>
        <source>Suited to</source>
        <translation>เหมาะสำหรับงานประเภท</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>กลไกการทำงาน</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>จุดเด่น</translation>
    </message>
    <message>
        <source>Normal (Sync)</source>
        <translation>Normal (Sync)</translation>
    </message>
    <message>
        <source>general work done in order</source>
        <translation>งานทั่วไปที่ทำต่อเนื่องกัน</translation>
    </message>
    <message>
        <source>one line at a time (blocking)</source>
        <translation>ทำทีละบรรทัด (Blocking)</translation>
    </message>
    <message>
        <source>easy to write, not complicated</source>
        <translation>เขียนง่าย ไม่ซับซ้อน</translation>
    </message>
    <message>
        <source>Asyncio</source>
        <translation>Asyncio</translation>
    </message>
    <message>
        <source>I/O-bound (mostly waiting)</source>
        <translation>I/O-bound (เน้นการรอ)</translation>
    </message>
    <message>
        <source>single-threaded, event loop</source>
        <translation>Single-threaded, Event Loop</translation>
    </message>
    <message>
        <source>uses the least resources while waiting on the network</source>
        <translation>ประหยัดทรัพยากรที่สุดเมื่อต้องรอ Network</translation>
    </message>
    <message>
        <source>Threading</source>
        <translation>Threading</translation>
    </message>
    <message>
        <source>I/O-bound (background work)</source>
        <translation>I/O-bound (งานพื้นหลัง)</translation>
    </message>
    <message>
        <source>multi-threaded, OS switching</source>
        <translation>Multi-threaded, OS Switching</translation>
    </message>
    <message>
        <source>works with libraries that have no async support</source>
        <translation>ใช้ได้กับ Library ที่ไม่รองรับ Async</translation>
    </message>
    <message>
        <source>Process Pool</source>
        <translation>Process Pool</translation>
    </message>
    <message>
        <source>CPU-bound (heavy computation)</source>
        <translation>CPU-bound (คำนวณหนัก)</translation>
    </message>
    <message>
        <source>multi-processing, parallelism</source>
        <translation>Multi-processing, Parallelism</translation>
    </message>
    <message>
        <source>uses every CPU core (escapes the GIL)</source>
        <translation>ใช้ CPU ได้ครบทุก Core (หนีจาก GIL)</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>สิ่งที่ควรสังเกต</translation>
    </message>
    <message>
        <source>Computing keeps a core busy. One at a time keeps one core busy (about 1 of the cores); a process per core uses them all, so the wall-clock bar shrinks by up to the number of cores. Threads under a GIL would not: lab 4 shows why.</source>
        <translation>งานคำนวณทำให้ Core ไม่ได้ว่างเลย แบบทำทีละงานใช้ได้แค่ Core เดียว (ทำงานอยู่ประมาณ 1 Core) ส่วน Process Pool แจกงานให้ Process ละหนึ่ง Core จึงใช้ได้ครบทุก Core แถบเวลาที่ใช้จริงจึงสั้นลงได้สูงสุดเท่ากับจำนวน Core แต่ Thread ที่ติด GIL จะไม่เร็วขึ้น แล็บ 4 แสดงให้เห็นว่าเพราะอะไร</translation>
    </message>
    <message>
        <source>Two threads without a GIL compute at once, like two processes: both cores busy, about twice as fast. Under the GIL only the thread that holds it computes: on the timeline each bar turns red while its thread waits for the GIL, the GIL strip above the lanes changes hands every few milliseconds, and the run takes as long as one at a time. The threads took turns; only processes, each with its own GIL, really compute together.</source>
        <translation>2 Thread ที่ไม่มี GIL คำนวณไปพร้อมกันได้เหมือน 2 Process: ใช้ทั้งสอง Core และเร็วขึ้นราวสองเท่า แต่ภายใต้ GIL มีแค่ Thread ที่ถือ GIL อยู่เท่านั้นที่คำนวณได้ บนไทม์ไลน์ แท่งของแต่ละ Thread จะเป็นสีแดงในช่วงที่รอ GIL แถบ GIL เหนือเลนจะเปลี่ยนมือทุก ๆ ไม่กี่มิลลิวินาที และการรันใช้เวลาพอ ๆ กับการทำทีละงาน ทั้งสอง Thread ต้องผลัดกันทำงาน มีแต่ Process ซึ่งแต่ละตัวมี GIL ของตัวเองเท่านั้นที่คำนวณไปพร้อมกันได้จริง</translation>
    </message>
    <message>
        <source>The blocking call stops the whole event loop: on its one lane the three fetches run end to end, the others queued behind, 6 s in all — no better than one at a time. Handed to a thread, each wait runs on a lane of its own and the loop stays free: about 2 s. A real await waits on the loop itself: three bars on top of each other, about 2 s, no threads.</source>
        <translation>คำสั่งที่บล็อกหยุด Event Loop ทั้งตัว บนแถวเดียวของมัน การดึงข้อมูลทั้งสามเมืองจึงต่อกันเป็นทอด ๆ ตัวอื่นเข้าคิวรออยู่ข้างหลัง รวม 6 วินาที ไม่ดีไปกว่าทำทีละงานเลย เมื่อส่งไปทำใน Thread การรอแต่ละครั้งจะอยู่บนแถวของตัวเอง และ Event Loop ยังว่างรับงานอื่น ใช้เวลาราว 2 วินาที ส่วน await จริง ๆ จะรออยู่บน Event Loop เอง สามแท่งซ้อนกัน ราว 2 วินาที โดยไม่ต้องใช้ Thread เลย</translation>
    </message>
    <message>
        <source>Without a lock the threads read the same value and both write it back plus one: one of the two updates is lost, and the counter ends short. The lock makes every read-and-write whole, so the count is exact, but the threads now wait for each other (the Lock colour on the timeline) and it takes longer. Coroutines lose nothing while nothing is awaited between the read and the write; put an await there and other coroutines run in the gap: updates are lost again.</source>
        <translation>เมื่อไม่มี Lock ทั้งสอง Thread อาจอ่านได้ค่าเดียวกัน แล้วต่างก็เขียนค่านั้นบวกหนึ่งกลับไป การบวกหนึ่งในสองครั้งจึงหายไป และตัวนับได้ไม่ครบ Lock ทำให้การอ่านและเขียนแต่ละครั้งเสร็จในคราวเดียว ค่าจึงครบพอดี แต่ Thread ต้องรอกัน (สีของ Lock บนไทม์ไลน์) จึงใช้เวลานานขึ้น Coroutine ไม่ทำให้ค่าหายตราบใดที่ไม่มี await คั่นระหว่างอ่านกับเขียน ถ้าใส่ await ไว้ตรงนั้น Coroutine ตัวอื่นจะได้ทำงานในช่องว่างนั้น การบวกก็หายอีก</translation>
    </message>
    <message>
        <source>Each tiny sum takes a few microseconds, but handing it to another process and getting its result back takes far longer: one task at a time, the pool spends its time handing over (the striped Handing over colour), and is slower than one at a time. In batches the hand-over is paid once for many tasks, and the cores compute together: faster than one at a time.</source>
        <translation>ผลรวมชุดเล็กแต่ละชุดใช้เวลาไม่กี่ไมโครวินาที แต่การส่งไปให้อีก Process แล้วรับผลกลับมานานกว่ามาก เมื่อส่งทีละชิ้น Pool จึงเสียเวลาไปกับการส่งงาน (ลายทางของ “ส่งงานไปและกลับ”) และช้ากว่าทำทีละงาน เมื่อส่งเป็นชุด ต้นทุนการส่งจ่ายครั้งเดียวต่องานหลายชิ้น และทุก Core ได้คำนวณพร้อมกัน จึงเร็วกว่าทำทีละงาน</translation>
    </message>
    <message>
        <source>Each thread takes its first lock, then waits for the other&apos;s: neither can go on, and without help they would wait for ever. The app sees that nobody progresses and that each waits for a lock the other holds, draws the cycle on the timeline and ends the run. Taken in one order by every thread, the locks never form a cycle: the same work completes.</source>
        <translation>แต่ละ Thread ล็อกตัวแรกได้ แล้วรอตัวที่อีก Thread ถืออยู่ ไม่มีใครไปต่อได้ และถ้าไม่มีใครช่วยก็จะรอกันไปตลอดกาล แอปเห็นว่าไม่มีงานไหนคืบหน้า และแต่ละตัวรอ Lock ที่อีกตัวถืออยู่ จึงวาดวงจรการรอไว้บนไทม์ไลน์และหยุดการรันนี้ ถ้าทุก Thread ล็อกตามลำดับเดียวกัน Lock จะไม่มีวันรอกันเป็นวงจร งานเดียวกันนี้ก็ทำเสร็จ</translation>
    </message>
    <message>
        <source>blocks the event loop</source>
        <translation>บล็อก Event Loop ทั้งตัว</translation>
    </message>
    <message>
        <source>the wait runs in a thread</source>
        <translation>การรอไปทำใน Thread</translation>
    </message>
    <message>
        <source>or, better, a real await:</source>
        <translation>หรือดีกว่านั้น ใช้ await จริง ๆ:</translation>
    </message>
    <message>
        <source>another thread runs here</source>
        <translation>Thread อื่นแทรกเข้ามาตรงนี้ได้</translation>
    </message>
    <message>
        <source>one task a hand-over</source>
        <translation>ส่งงานไปทีละชิ้น</translation>
    </message>
    <message>
        <source>the opposite order</source>
        <translation>ลำดับตรงข้ามกัน</translation>
    </message>
    <message>
        <source>one order for every thread</source>
        <translation>ทุก Thread ใช้ลำดับเดียวกัน</translation>
    </message>
    <message>
        <source>The mistake</source>
        <translation>ความผิดพลาด</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>วิธีแก้</translation>
    </message>
    <message>
        <source>&lt;code&gt;counter += 1&lt;/code&gt; is not one step: Python 3.11&apos;s &lt;code&gt;dis&lt;/code&gt; shows a read, an add and a write:</source>
        <translation>&lt;code&gt;counter += 1&lt;/code&gt; ไม่ใช่ขั้นตอนเดียว &lt;code&gt;dis&lt;/code&gt; ของ Python 3.11 แสดงให้เห็นว่ามีการอ่าน การบวก และการเขียน:</translation>
    </message>
    <message>
        <source>A thread can be switched between the read and the write. On Python 3.10 and later that rarely happens in so short a gap, so the lab makes the switch point explicit with &lt;code&gt;os.sched_yield()&lt;/code&gt; (as &lt;code&gt;time.sleep(0)&lt;/code&gt; would, but quicker), which lets another thread run.</source>
        <translation>Thread อาจถูกสลับออกระหว่างการอ่านกับการเขียน ใน Python 3.10 ขึ้นไปเรื่องนี้เกิดได้ยากในช่องว่างที่สั้นขนาดนี้ แล็บจึงเขียนจุดสลับให้เห็นชัด ๆ ด้วย &lt;code&gt;os.sched_yield()&lt;/code&gt; (ได้ผลเหมือน &lt;code&gt;time.sleep(0)&lt;/code&gt; แต่เร็วกว่า) ซึ่งเปิดให้ Thread อื่นได้ทำงาน</translation>
    </message>
    <message>
        <source>A Dask cluster is a scheduler and workers that may be on other machines, behind the same Executor as a process pool: a lane for each Dask worker. What it adds is machines; what it costs is starting the cluster (told apart, like CPython&apos;s own start-up) and, for every task, a trip through the scheduler and the network (the hand-over at each bar&apos;s ends). On one machine it is at best as fast as the pool; with long tasks and more machines it goes further.</source>
        <translation>Dask Cluster คือ Scheduler กับ Worker ที่อาจอยู่บนเครื่องอื่น ใช้ผ่าน Executor แบบเดียวกับ Process Pool: Worker ของ Dask แต่ละตัวมีแถวของตัวเอง สิ่งที่ได้เพิ่มคือเครื่อง สิ่งที่ต้องจ่ายคือเวลาเริ่ม Cluster (แยกบอกไว้ เหมือนเวลาเริ่มของ CPython) และการส่งงานทุกชิ้นผ่าน Scheduler และ Network (ช่วงส่งงานที่หัวและท้ายของแต่ละแท่ง) บนเครื่องเดียว Cluster จึงเร็วได้แค่พอๆ กับ Process Pool แต่ถ้างานแต่ละชิ้นนานและมีเครื่องเพิ่ม ก็ไปได้ไกลกว่า</translation>
    </message>
    <message>
        <source>One machine</source>
        <translation>เครื่องเดียว</translation>
    </message>
    <message>
        <source>A cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>or LocalCluster() on this machine</source>
        <translation>หรือ LocalCluster() บนเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>Lab::Export</name>
    <message>
        <source>not a Concurrency Lab session</source>
        <translation>ไม่ใช่ไฟล์เซสชันของแล็บ Concurrency</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>damaged at byte %1: %2</source>
        <translation>ไฟล์เสียที่ไบต์ที่ %1: %2</translation>
    </message>
    <message>
        <source>the file ends too soon</source>
        <translation>ไฟล์จบก่อนเวลา (อาจถูกตัดขาด)</translation>
    </message>
    <message>
        <source>this is not JSON</source>
        <translation>ตรงนี้ไม่ใช่ JSON</translation>
    </message>
    <message>
        <source>made by a newer version: schema %1, this app reads @%2 and older</source>
        <translation>สร้างจากแอปรุ่นใหม่กว่า: รูปแบบ %1 แต่แอปนี้อ่านได้ถึง @%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>การรันที่ %1</translation>
    </message>
    <message>
        <source>run %1, %2[%3]</source>
        <translation>การรันที่ %1, %2[%3]</translation>
    </message>
    <message>
        <source>damaged: %1 should be an object</source>
        <translation>ไฟล์เสีย: %1 ควรเป็นออบเจกต์</translation>
    </message>
    <message>
        <source>damaged: %1: %2</source>
        <translation>ไฟล์เสีย: %1: %2</translation>
    </message>
    <message>
        <source>%1 should be %2</source>
        <translation>%1 ควรเป็น %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>ไม่มี %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>a time in ms</source>
        <translation>เวลาเป็นมิลลิวินาที</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจกต์</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>รายการข้อความ</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>ไม่รู้จัก %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>รายการจำนวนเต็ม</translation>
    </message>
    <message>
        <source>worker_index %1 is not one of the run&apos;s %2 workers</source>
        <translation>worker_index %1 ไม่ใช่ Worker ใดใน %2 ตัวของการรันนี้</translation>
    </message>
    <message>
        <source>id %1 should be %2, its place</source>
        <translation>id %1 ควรเป็น %2 ตามลำดับของงาน</translation>
    </message>
    <message>
        <source>%1 tasks, where its config makes %2</source>
        <translation>มี %1 งาน แต่การตั้งค่าของการรันให้ %2 งาน</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>รายการตัวเลข</translation>
    </message>
    <message>
        <source>started_utc &apos;%1&apos; is not a date and time</source>
        <translation>started_utc &apos;%1&apos; ไม่ใช่วันและเวลา</translation>
    </message>
</context>
<context>
    <name>Lab::Files</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2 folders of that name exist already</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้: มีโฟลเดอร์ชื่อนี้อยู่แล้ว %2 โฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>Lab::Gui</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>ไม่มีอะไรให้รัน</translation>
    </message>
</context>
<context>
    <name>Lab::Lesson</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>is not a field here; these are: %1</source>
        <translation>ไม่มีช่องชื่อนี้ ช่องที่ใช้ได้คือ %1</translation>
    </message>
    <message>
        <source>must be a group of fields in { }</source>
        <translation>ต้องเป็นกลุ่มของช่องข้อมูลใน { }</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ขาดหายไป</translation>
    </message>
    <message>
        <source>must hold a Thai text (th) and an English one (en)</source>
        <translation>ต้องมีข้อความภาษาไทย (th) และภาษาอังกฤษ (en)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <source>must be a list of one or more of: %1</source>
        <translation>ต้องเป็นรายการที่มีอย่างน้อยหนึ่งค่าจาก: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>names no change to make</source>
        <translation>ยังไม่ได้ระบุว่าจะเปลี่ยนอะไร</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: อ่านไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2</source>
        <translation>%1: JSON ไม่ถูกต้องที่ตัวอักษรที่ %2</translation>
    </message>
    <message>
        <source>%1: must hold one group of fields in { }</source>
        <translation>%1: ทั้งไฟล์ต้องเป็นกลุ่มของช่องข้อมูลใน { } หนึ่งกลุ่ม</translation>
    </message>
    <message>
        <source>%1: lessons: must be a list of one or more file names</source>
        <translation>%1: lessons: ต้องเป็นรายชื่อไฟล์อย่างน้อยหนึ่งไฟล์</translation>
    </message>
</context>
<context>
    <name>Lab::LessonView</name>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>ทายก่อน</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>รันดู</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>สังเกต</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>ลองแก้</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Some lessons could not be read:</source>
        <translation>อ่านบทเรียนบางบทไม่ได้:</translation>
    </message>
    <message>
        <source>Your guess:</source>
        <translation>คุณทายว่า:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>no guess yet</source>
        <translation>ยังไม่ได้ทาย</translation>
    </message>
    <message>
        <source>Run this lab</source>
        <translation>รันแล็บนี้</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>ขั้นที่ %1 จาก %2 · %3</translation>
    </message>
    <message>
        <source>You have been through every lab</source>
        <translation>เรียนครบทุกแล็บแล้ว</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>บทสรุป</translation>
    </message>
    <message>
        <source>Work that mostly waits (I/O-bound): Asyncio or threads. Heavy computing (CPU-bound): a process pool.</source>
        <translation>งานที่ส่วนใหญ่เป็นการรอ (I/O-bound) ใช้ Asyncio หรือ Thread ส่วนงานคำนวณหนัก (CPU-bound) ใช้ Process Pool</translation>
    </message>
    <message>
        <source>Nothing to point at yet: run the lab first (step %1).</source>
        <translation>ยังไม่มีผลให้ดู ต้องรันแล็บในขั้นที่ %1 ก่อน</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>กำลังรัน…</translation>
    </message>
    <message>
        <source>Done in %1. Press Next to see what to look for.</source>
        <translation>เสร็จแล้ว ใช้เวลา %1 กด “ถัดไป” เพื่อดูว่าควรสังเกตอะไร</translation>
    </message>
    <message>
        <source>You guessed %1; it took %2.</source>
        <translation>คุณทายไว้ %1 ส่วนเวลาจริงคือ %2</translation>
    </message>
    <message>
        <source>It took %1.</source>
        <translation>ใช้เวลาจริง %1</translation>
    </message>
    <message>
        <source>%1 — step %2 of %3 · %4</source>
        <extracomment>presenter mode&apos;s bar: a lesson&apos;s title, then which step of it is shown</extracomment>
        <translation>%1 — ขั้นที่ %2 จาก %3 · %4</translation>
    </message>
</context>
<context>
    <name>Lab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>แล็บ Concurrency</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>ส่งออกกราฟ (&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>ส่งออกทั้งหมด (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>รัน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>โหมดนำเสนอ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>เกี่ยวกับแล็บ Concurrency (&amp;A)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>คอนโซล</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>ภาพเวกเตอร์ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>ส่งออก %1</translation>
    </message>
    <message>
        <source>Export every chart and the results into</source>
        <translation>เลือกโฟลเดอร์สำหรับส่งออกกราฟทั้งหมดและผลลัพธ์</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
        <translation>เกี่ยวกับแล็บ Concurrency</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Concurrency Lab %1&lt;/h3&gt;&lt;p&gt;The same work done one at a time, with coroutines, threads and processes, measured side by side.&lt;/p&gt;&lt;p&gt;Qt %2 · %n core(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Concurrency Lab %1&lt;/h3&gt;&lt;p&gt;ทำงานชุดเดียวกันแบบทำทีละงาน ด้วย Coroutine ด้วย Thread และด้วย Process แล้ววัดผลเทียบกันให้เห็นชัดๆ&lt;/p&gt;&lt;p&gt;Qt %2 · %n Core&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา / Language (&amp;L)</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>ส่งออก &amp;Trace…</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>ส่งออก Trace</translation>
    </message>
    <message>
        <source>Trace for ui.perfetto.dev or chrome://tracing (*.json)</source>
        <translation>Trace สำหรับ ui.perfetto.dev หรือ chrome://tracing (*.json)</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>เลือก Python ที่จะใช้รัน</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Python 3.9 or newer that can be run.</source>
        <translation>&apos;%1&apos; ไม่ใช่ Python 3.9 ขึ้นไปที่รันได้</translation>
    </message>
    <message>
        <source>C&amp;lear the results</source>
        <translation>ล้างผลการรัน (&amp;L)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>แถบเครื่องมือ</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>เปิดเซสชัน (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>เปิดไฟล์ล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>บันทึกเซสชัน (&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>บันทึกเซสชันเป็นไฟล์ใหม่ (&amp;A)…</translation>
    </message>
    <message>
        <source>Concurrency Lab[*]</source>
        <translation>แล็บ Concurrency[*]</translation>
    </message>
    <message>
        <source>%1[*] — Concurrency Lab</source>
        <translation>%1[*] — แล็บ Concurrency</translation>
    </message>
    <message>
        <source>Reading or writing %1…</source>
        <translation>กำลังอ่านหรือเขียน %1…</translation>
    </message>
    <message>
        <source>cannot open %1: wait until the run or the file being read has ended</source>
        <translation>เปิด %1 ไม่ได้: รอให้การรันหรือการอ่านไฟล์ที่ทำอยู่เสร็จก่อน</translation>
    </message>
    <message>
        <source>cannot write %1: another file is being read or written</source>
        <translation>เขียน %1 ไม่ได้: กำลังอ่านหรือเขียนไฟล์อื่นอยู่</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>เปิดเซสชัน</translation>
    </message>
    <message>
        <source>Concurrency Lab session (*.json)</source>
        <translation>เซสชันของแล็บ Concurrency (*.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>บันทึกเซสชัน</translation>
    </message>
    <message>
        <source>%1 is no longer there: it is taken off the recent files</source>
        <translation>ไม่พบ %1 แล้ว: นำออกจากรายการไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>No session opened yet</source>
        <translation>ยังไม่เคยเปิดเซสชัน</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n run(s)</source>
        <translation>
            <numerusform>เปิด %1 แล้ว: %n การรัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>made on another machine: %n core(s), %1</source>
        <translation>
            <numerusform>บันทึกจากเครื่องอื่น: %n Core, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The runs of this session are not saved. Replace them with the file&apos;s?</source>
        <translation>การรันในเซสชันนี้ยังไม่ได้บันทึก จะแทนที่ด้วยการรันจากไฟล์หรือไม่?</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>ส่งออกเอกสารแจก (PDF)…</translation>
    </message>
    <message>
        <source>Export a handout</source>
        <translation>ส่งออกเอกสารแจก</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Lab::MeasureFields</name>
    <message>
        <source> × each</source>
        <translation> รอบต่อกลยุทธ์</translation>
    </message>
    <message>
        <source>Runs every strategy this many times, interleaved (one at a time, the others, then again), and shows the median with the spread</source>
        <translation>รันแต่ละกลยุทธ์ตามจำนวนรอบนี้ สลับกันทีละรอบ (ทำทีละงาน เทคนิคอื่น แล้ววนใหม่) และแสดงค่ามัธยฐานพร้อมช่วงของผล</translation>
    </message>
    <message>
        <source>Warm-&amp;up first</source>
        <translation>อุ่นเครื่องก่อน (&amp;U)</translation>
    </message>
    <message>
        <source>One run of each strategy before the first round, not counted</source>
        <translation>รันแต่ละกลยุทธ์หนึ่งครั้งก่อนรอบแรก โดยไม่นับผล</translation>
    </message>
    <message>
        <source>none, or such as 1,2,4,8</source>
        <translation>ไม่ไล่ หรือใส่ เช่น 1,2,4,8</translation>
    </message>
    <message>
        <source>Runs each pool of threads or processes at these sizes, for the Scaling chart; it takes the place of Workers</source>
        <translation>รัน Pool ของ Thread หรือ Process ที่แต่ละขนาดนี้ เพื่อดูกราฟ Scaling; ใช้แทนช่อง Worker</translation>
    </message>
    <message>
        <source>Workers sweep: %1</source>
        <translation>ไล่จำนวน Worker: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Narrative</name>
    <message>
        <source>one at a time</source>
        <translation>ทำทีละงาน</translation>
    </message>
    <message>
        <source>coroutines</source>
        <translation>Coroutine</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>สภาพอากาศ</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>ไฟล์ Log</translation>
    </message>
    <message>
        <source>sums of squares</source>
        <translation>ผลรวมกำลังสอง</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies), %1 each</source>
        <translation>
            <numerusform>%n เมือง เมืองละ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 each</source>
        <translation>
            <numerusform>%n ไฟล์ ไฟล์ละ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n worker(s)</source>
        <translation>
            <numerusform>%1, %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with a simulated GIL</source>
        <translation>%1, จำลอง GIL</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation>แล็บ %1: %2</translation>
    </message>
    <message>
        <source>[%1 · thread %2]</source>
        <translation>[%1 · Thread %2]</translation>
    </message>
    <message>
        <source>[%1 · pid %2]</source>
        <translation>[%1 · PID %2]</translation>
    </message>
    <message>
        <source>%1 fetching the weather of %2…</source>
        <translation>%1 กำลังดึงข้อมูลสภาพอากาศของ %2…</translation>
    </message>
    <message>
        <source>%1 writing %2…</source>
        <translation>%1 กำลังเขียน %2…</translation>
    </message>
    <message>
        <source>%1 summing the squares below %2…</source>
        <translation>%1 กำลังหาผลรวมกำลังสองของจำนวนที่น้อยกว่า %2…</translation>
    </message>
    <message>
        <source>%1 %2: cancelled</source>
        <translation>%1 %2: ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>%1 %2: timed out after %3</source>
        <translation>%1 %2: หมดเวลาหลังจาก %3</translation>
    </message>
    <message>
        <source>%1 %2: failed: %3</source>
        <translation>%1 %2: ล้มเหลว: %3</translation>
    </message>
    <message>
        <source>%1 got the weather of %2 (%3)</source>
        <translation>%1 ได้ข้อมูลสภาพอากาศของ %2 แล้ว (%3)</translation>
    </message>
    <message>
        <source>%1 %2 written (%3)</source>
        <translation>%1 เขียน %2 เสร็จแล้ว (%3)</translation>
    </message>
    <message>
        <source>%1 sum of squares below %2 = %3 (%4)</source>
        <translation>%1 ผลรวมกำลังสองของจำนวนที่น้อยกว่า %2 = %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more task(s), not shown one by one</source>
        <translation>
            <numerusform>… และงานอื่นอีก %n งาน (ไม่แสดงทีละงาน)</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 of %3 tasks done</source>
        <translation>[%1] เสร็จแล้ว %2 จาก %3 งาน</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>ผลลัพธ์: %1</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>เวลารวม: %1</translation>
    </message>
    <message>
        <source>%1 (should be about %2)</source>
        <translation>%1 (ควรจะประมาณ %2)</translation>
    </message>
    <message>
        <source>%1 (at best %2× faster than one at a time)</source>
        <translation>%1 (เร็วขึ้นได้สูงสุด %2 เท่า เมื่อเทียบกับทำทีละงาน)</translation>
    </message>
    <message>
        <source>%1 — cancelled: %2 of %3 tasks finished</source>
        <translation>%1 — ยกเลิกแล้ว: เสร็จ %2 จาก %3 งาน</translation>
    </message>
    <message>
        <source>%1 — the run failed: %2</source>
        <translation>%1 — การรันล้มเหลว: %2</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>แล็บ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>เวลาที่ใช้จริง</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>เวลา CPU</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>เร็วขึ้น</translation>
    </message>
    <message>
        <source>Tasks ok</source>
        <translation>งานที่สำเร็จ</translation>
    </message>
    <message>
        <source>%1 + GIL</source>
        <translation>%1 + GIL</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 เท่า</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Python</source>
        <translation>%1 · Python</translation>
    </message>
    <message>
        <source>%1 — in CPython</source>
        <translation>%1 — บน CPython</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>หมดเวลาหลังจาก %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed; the first: %1: %2</source>
        <translation>
            <numerusform>ล้มเหลว %n งาน งานแรกที่ล้มเหลวคือ %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sum(s)</source>
        <translation>
            <numerusform>%n ชุด</numerusform>
        </translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>Event Loop</translation>
    </message>
    <message>
        <source>%1 (not counting %2 for %3 to start)</source>
        <translation>%1 (ไม่นับเวลาเปิด %3 อีก %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>the baseline (1.00×)</source>
        <translation>Baseline (1.00 เท่า)</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>เร็วขึ้น %1 เท่า</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>ช้าลง %1 เท่า</translation>
    </message>
    <message>
        <source>Cores busy</source>
        <translation>Core ที่ทำงาน</translation>
    </message>
    <message>
        <source>guessed %1</source>
        <translation>ทายไว้ %1</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>เวลาที่ทาย</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>วัดได้ %1</translation>
    </message>
    <message>
        <source>against the run at %1</source>
        <translation>เทียบกับรอบที่รันเมื่อ %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>อุ่นเครื่อง</translation>
    </message>
    <message>
        <source>busy machine: other programs used %1 cores while it was measured</source>
        <translation>เครื่องไม่ว่าง: โปรแกรมอื่นใช้ CPU %1 Core ระหว่างวัด</translation>
    </message>
    <message>
        <source>the hypervisor gave %1% of the CPU time to other machines (steal)</source>
        <translation>Hypervisor แบ่งเวลา CPU %1% ไปให้เครื่องอื่น (steal)</translation>
    </message>
    <message>
        <source>%1× is above the ideal %2×: its one-at-a-time run was slowed</source>
        <translation>%1 เท่า สูงกว่าค่าอุดมคติ %2 เท่า: รอบที่ทำทีละงานถูกทำให้ช้าลง</translation>
    </message>
    <message>
        <source>its times spread over %1% of their median</source>
        <translation>เวลาที่วัดได้กระจายกว้างถึง %1% ของค่ามัธยฐาน</translation>
    </message>
    <message>
        <source>warm-up, not counted</source>
        <translation>อุ่นเครื่อง ไม่นับผล</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>รอบที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>⚠ Suspect: %1</source>
        <translation>⚠ น่าสงสัย: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>median of %n run(s)</source>
        <translation>
            <numerusform>ค่ามัธยฐานของ %n รอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2×</source>
        <translation>%1–%2 เท่า</translation>
    </message>
    <message>
        <source>%1× faster (%2)</source>
        <translation>เร็วขึ้น %1 เท่า (%2)</translation>
    </message>
    <message>
        <source>%1× slower (%2)</source>
        <translation>ช้าลง %1 เท่า (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 runs)</source>
        <translation>%1 (%2 จาก %3 รอบ)</translation>
    </message>
    <message>
        <source>== Interleaved repeats: median (min–max) ==</source>
        <translation>== ผลของการรันสลับกันหลายรอบ: ค่ามัธยฐาน (ต่ำสุด–สูงสุด) ==</translation>
    </message>
    <message>
        <source>  ⚠ Suspect: %1</source>
        <translation>  ⚠ น่าสงสัย: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s), none ended well</source>
        <translation>
            <numerusform>%1 — %n รอบ ไม่มีรอบใดสำเร็จ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s): %2 (%3–%4), speed-up %5× (%6–%7×)</source>
        <translation>
            <numerusform>%1 — %n รอบ: %2 (%3–%4) เร็วขึ้น %5 เท่า (%6–%7 เท่า)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s): %2 (%3–%4)</source>
        <translation>
            <numerusform>%1 — %n รอบ: %2 (%3–%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>คำนวณ</translation>
    </message>
    <message>
        <source>waiting (sleep, I/O)</source>
        <translation>รอ (หน่วงเวลา, I/O)</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>รอ GIL</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>รอ Lock</translation>
    </message>
    <message>
        <source>handing over</source>
        <translation>ส่งงานไปและกลับ</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รอ</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>รอ GIL</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>รอ Lock</translation>
    </message>
    <message>
        <source>no states recorded</source>
        <translation>ไม่มีข้อมูลสถานะ</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %2 a round, %n round(s))</source>
        <translation>
            <numerusform>%1 (จาก %2 ต่อรอบ, %n รอบ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (จาก %2)</translation>
    </message>
    <message>
        <source>Where the time went (all of each run&apos;s task time, by what its tasks did):</source>
        <translation>เวลาหมดไปกับอะไร (เวลาทั้งหมดของงานในแต่ละการรัน แยกตามสิ่งที่งานทำ):</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The threads took turns: each waited for the GIL %1 of the time (%2)</source>
        <translation>Thread ผลัดกันทำงาน: แต่ละตัวต้องรอ GIL อยู่ %1 ของเวลา (%2)</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (รันครั้งที่ %2)</translation>
    </message>
    <message>
        <source>a shared counter</source>
        <translation>ตัวนับที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>two locks</source>
        <translation>Lock สองตัว</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) adding 1 %1 times each</source>
        <translation>
            <numerusform>%n งาน งานละบวก 1 จำนวน %1 ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), each holding a lock %1 before taking the other</source>
        <translation>
            <numerusform>%n งาน แต่ละงานถือ Lock ไว้ %1 ก่อนขออีกตัว</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adding 1 to the counter %2 times…</source>
        <translation>%1 กำลังบวก 1 เข้าที่ตัวนับ %2 ครั้ง…</translation>
    </message>
    <message>
        <source>%1 taking the locks %2…</source>
        <translation>%1 กำลังล็อก %2…</translation>
    </message>
    <message>
        <source>%1 added 1 %2 times (%3)</source>
        <translation>%1 บวก 1 ครบ %2 ครั้งแล้ว (%3)</translation>
    </message>
    <message>
        <source>%1 took the locks %2 and let them go (%3)</source>
        <translation>%1 ล็อก %2 แล้วปล่อยคืนเรียบร้อย (%3)</translation>
    </message>
    <message>
        <source>%1 — deadlock: the app ended it</source>
        <translation>%1 — เกิด Deadlock: แอปหยุดให้แล้ว</translation>
    </message>
    <message>
        <source>blocking call</source>
        <translation>คำสั่งที่บล็อก</translation>
    </message>
    <message>
        <source>blocking call in a thread</source>
        <translation>คำสั่งที่บล็อกใน Thread</translation>
    </message>
    <message>
        <source>awaited wait</source>
        <translation>รอด้วย await</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>ไม่มี Lock</translation>
    </message>
    <message>
        <source>with a lock</source>
        <translation>มี Lock</translation>
    </message>
    <message>
        <source>no await inside</source>
        <translation>ไม่มี await คั่น</translation>
    </message>
    <message>
        <source>await between read and write</source>
        <translation>มี await คั่นระหว่างอ่านกับเขียน</translation>
    </message>
    <message>
        <source>one task at a time</source>
        <translation>ส่งงานทีละชิ้น</translation>
    </message>
    <message>
        <source>batches of %1</source>
        <translation>ส่งเป็นชุด ชุดละ %1 ชิ้น</translation>
    </message>
    <message>
        <source>batched</source>
        <translation>ส่งเป็นชุด</translation>
    </message>
    <message>
        <source>locks in opposite order</source>
        <translation>ล็อกสลับลำดับกัน</translation>
    </message>
    <message>
        <source>locks in one order</source>
        <translation>ล็อกตามลำดับเดียวกัน</translation>
    </message>
    <message>
        <source>Counter: expected %1, got %2: none lost</source>
        <translation>ตัวนับ: ควรได้ %1 ได้จริง %2 ไม่มีการบวกที่หายไป</translation>
    </message>
    <message numerus="yes">
        <source>Counter: expected %1, got %2: %Ln update(s) lost</source>
        <translation>
            <numerusform>ตัวนับ: ควรได้ %1 ได้จริง %2 การบวกหายไป %Ln ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for lock %2, held by %3</source>
        <translation>%1 รอ Lock %2 ที่ %3 ถืออยู่</translation>
    </message>
    <message>
        <source>%1, which waits for lock %2, held by %3</source>
        <translation>%1 ซึ่งรอ Lock %2 ที่ %3 ถืออยู่</translation>
    </message>
    <message>
        <source>Deadlock: %1</source>
        <translation>Deadlock: %1</translation>
    </message>
    <message>
        <source>deadlock, ended</source>
        <translation>Deadlock แอปหยุดให้แล้ว</translation>
    </message>
    <message>
        <source>exact: none lost</source>
        <translation>ครบพอดี ไม่มีที่หาย</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>หายไป %1 ครั้ง</translation>
    </message>
    <message>
        <source>Each task: %1 µs handing over, %2 µs computing</source>
        <translation>งานแต่ละชิ้น: ส่งงานไปและกลับ %1 ไมโครวินาที คำนวณ %2 ไมโครวินาที</translation>
    </message>
    <message>
        <source>Exact, and %1× slower than without the lock: the threads take turns at it</source>
        <translation>ครบพอดี แต่ช้ากว่าแบบไม่มี Lock %1 เท่า เพราะ Thread ต้องผลัดกันเข้าใช้</translation>
    </message>
    <message>
        <source>Exact, and no slower than without the lock this time (%1× its time)</source>
        <translation>ครบพอดี และรอบนี้ไม่ช้ากว่าแบบไม่มี Lock (ใช้เวลา %1 เท่าของแบบนั้น)</translation>
    </message>
    <message>
        <source>handed over:
%1 µs a task</source>
        <extracomment>two short lines above a bar, as narrow as &quot;3.25× slower&quot; beside them</extracomment>
        <translation>ส่งไปและกลับ:
%1 ไมโครวินาทีต่องาน</translation>
    </message>
    <message>
        <source>Dask cluster</source>
        <translation>Dask Cluster</translation>
    </message>
    <message>
        <source>%1 (not counting %2 to start the Dask cluster, %3 to connect to it and %4 for %5 to start)</source>
        <translation>%1 (ไม่นับ %2 ที่ใช้เริ่ม Dask Cluster, %3 ที่ใช้ต่อเข้า Cluster และ %4 ที่ใช้เริ่ม %5)</translation>
    </message>
    <message>
        <source>%1 (not counting %2 to connect to the Dask cluster at %3 and %4 for %5 to start)</source>
        <translation>%1 (ไม่นับ %2 ที่ใช้ต่อเข้า Dask Cluster ที่ %3 และ %4 ที่ใช้เริ่ม %5)</translation>
    </message>
</context>
<context>
    <name>Lab::PredictionFields</name>
    <message>
        <source>s</source>
        <translation>วินาที</translation>
    </message>
    <message>
        <source>How many seconds do you expect %1 to take? Empty: no guess. You can also drag in its column of the wall-clock chart.</source>
        <translation>คิดว่า %1 จะใช้เวลากี่วินาที? เว้นว่างไว้ได้ถ้าไม่อยากทาย หรือจะลากขึ้นลงในคอลัมน์ของกลยุทธ์นี้บนกราฟเวลาที่ใช้จริงก็ได้</translation>
    </message>
    <message>
        <source>Your guess, %1: %2</source>
        <translation>เวลาที่ทายของ %1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::PresenterBar</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>รัน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>ออกจากโหมดนำเสนอ</translation>
    </message>
    <message>
        <source>Back to the window with the experiment panel</source>
        <translation>กลับไปที่หน้าต่างที่มีแผงการทดลอง</translation>
    </message>
</context>
<context>
    <name>Lab::ProcessExecutor</name>
    <message>
        <source>unexpected frame</source>
        <translation>ได้รับเฟรมที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>result for task %1, which it was not running</source>
        <translation>ส่งผลลัพธ์ของงาน %1 มา ทั้งที่ไม่ได้ทำงานนั้นอยู่</translation>
    </message>
    <message>
        <source>%1 sent a bad frame: %2</source>
        <translation>%1 ส่งเฟรมที่ไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>%1 stopped: signal %2</source>
        <translation>%1 หยุดทำงาน: ได้รับ Signal %2</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 จบการทำงานด้วยรหัส %2</translation>
    </message>
    <message>
        <source>the worker program %1 failed at start: %2</source>
        <translation>โปรแกรม Worker %1 เริ่มทำงานไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>the worker program %1 failed at start: %2 (%3)</source>
        <translation>โปรแกรม Worker %1 เริ่มทำงานไม่สำเร็จ: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot start the worker program %1: %2</source>
        <translation>เริ่มโปรแกรม Worker %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s: stopped</source>
        <translation>%1 ใช้เวลานานเกิน %2 วินาที: ถูกหยุด</translation>
    </message>
    <message>
        <source>the worker processes keep stopping (%1 replaced); the last: %2</source>
        <translation>Worker Process หยุดทำงานซ้ำแล้วซ้ำเล่า (เปลี่ยนตัวไปแล้ว %1 ตัว) ครั้งล่าสุด: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Protocol</name>
    <message>
        <source>no error</source>
        <translation>ไม่มีข้อผิดพลาด</translation>
    </message>
    <message>
        <source>truncated frame</source>
        <translation>เฟรมไม่ครบ (ถูกตัดกลางคัน)</translation>
    </message>
    <message>
        <source>frame of another protocol version</source>
        <translation>เฟรมเป็นของโปรโตคอลเวอร์ชันอื่น</translation>
    </message>
    <message>
        <source>frame larger than %1 bytes</source>
        <translation>เฟรมใหญ่เกิน %1 ไบต์</translation>
    </message>
    <message>
        <source>malformed frame</source>
        <translation>รูปแบบเฟรมไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the input ended inside a frame&apos;s length (%1 of its %2 bytes)</source>
        <translation>ข้อมูลเข้าจบกลางส่วนความยาวของเฟรม (ได้ %1 จาก %2 ไบต์)</translation>
    </message>
    <message>
        <source>the input ended inside a frame (%1 of its %2 bytes)</source>
        <translation>ข้อมูลเข้าจบกลางเฟรม (ได้ %1 จาก %2 ไบต์)</translation>
    </message>
</context>
<context>
    <name>Lab::Python</name>
    <message>
        <source>%1 (no GIL)</source>
        <translation>%1 (ไม่มี GIL)</translation>
    </message>
    <message>
        <source>No Python 3.9 or newer was found on PATH: install it (sudo apt install python3) and start the app again.</source>
        <translation>ไม่พบ Python 3.9 ขึ้นไปใน PATH: ติดตั้งก่อน (sudo apt install python3) แล้วเปิดแอปใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the cluster needs a Python with Dask distributed, and none was found: install it (sudo apt install python3-distributed) and start the app again.</source>
        <translation>Cluster ต้องใช้ Python ที่มี Dask distributed แต่หาไม่พบ: ติดตั้งก่อน (sudo apt install python3-distributed) แล้วเปิดแอปใหม่</translation>
    </message>
</context>
<context>
    <name>Lab::PythonExecutor</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>เริ่ม %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot write the Python scripts into %1</source>
        <translation>เขียนสคริปต์ Python ลงใน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot write the list of tasks: %1</source>
        <translation>เขียนรายการงานไม่ได้: %1</translation>
    </message>
    <message>
        <source>the Python script wrote a line the app does not understand: %1</source>
        <translation>สคริปต์ Python พิมพ์บรรทัดที่แอปไม่เข้าใจ: %1</translation>
    </message>
    <message>
        <source>the Python script wrote a line of over %1 bytes</source>
        <translation>สคริปต์ Python พิมพ์บรรทัดที่ยาวเกิน %1 ไบต์</translation>
    </message>
    <message>
        <source>the Python process ended</source>
        <translation>Process ของ Python จบการทำงานไปแล้ว</translation>
    </message>
    <message>
        <source>python gave no sign of life in %1 s; stopped</source>
        <translation>Python ไม่ส่งสัญญาณใด ๆ เลยภายใน %1 วินาที จึงหยุดการทำงาน</translation>
    </message>
    <message>
        <source>task %1 (%2) timed out after %3 s; python stopped</source>
        <translation>งาน %1 (%2) หมดเวลาหลังจาก %3 วินาที จึงหยุด Python</translation>
    </message>
</context>
<context>
    <name>Lab::RuntimeChoice</name>
    <message>
        <source>C++ engine</source>
        <translation>เอนจิน C++ ของแอป</translation>
    </message>
    <message>
        <source>CPython (the seed&apos;s scripts)</source>
        <translation>CPython (สคริปต์ต้นฉบับ)</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>ทั้งสองแบบ เทียบกันทีละคู่</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>อื่นๆ…</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>เลือก Python ที่จะใช้รัน</translation>
    </message>
    <message>
        <source>Looking for Python on this computer…</source>
        <translation>กำลังค้นหา Python ในเครื่องนี้…</translation>
    </message>
</context>
<context>
    <name>Lab::ScalingChart</name>
    <message>
        <source>Speed-up against workers</source>
        <translation>ความเร็วที่เพิ่มขึ้นตามจำนวน Worker</translation>
    </message>
    <message numerus="yes">
        <source>⚠ and %n more suspect point(s)</source>
        <translation>
            <numerusform>⚠ และจุดที่น่าสงสัยอีก %n จุด</numerusform>
        </translation>
    </message>
    <message>
        <source>workers in the pool</source>
        <translation>จำนวน Worker ใน Pool</translation>
    </message>
    <message>
        <source>speed-up over one at a time (×)</source>
        <translation>เร็วขึ้นกว่าทำทีละงาน (เท่า)</translation>
    </message>
    <message>
        <source>No sweep yet: set Workers sweep (such as 1,2,4,8) in the panel, or run with --sweep-workers, to see speed-up against workers</source>
        <translation>ยังไม่มีการไล่จำนวน Worker: ใส่ช่อง &quot;ไล่จำนวน Worker&quot; (เช่น 1,2,4,8) ในแผงด้านซ้าย หรือรันด้วย --sweep-workers เพื่อดูว่าเร็วขึ้นเท่าไรเมื่อเพิ่ม Worker</translation>
    </message>
    <message>
        <source>ideal on this machine</source>
        <translation>ค่าอุดมคติบนเครื่องนี้</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 เท่า</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Core</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ScalingPlot</name>
    <message>
        <source>%1 (batch %2)</source>
        <translation>%1 (ชุดที่ %2)</translation>
    </message>
    <message>
        <source>%1: Amdahl fit, serial %2%</source>
        <translation>%1: เส้น Amdahl ที่เข้ากับผล, ส่วนที่ต้องทำทีละงาน %2%</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Lab::Session</name>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Not run again: the run at %1 did this work (%2)</source>
        <translation>ไม่ได้รันซ้ำ: ใช้ผลของรอบที่รันเมื่อ %1 ซึ่งทำงานเดียวกันนี้ไปแล้ว (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Lab::SessionDocument</name>
    <message>
        <source>cannot open %1: a run is going; open it when the run has ended</source>
        <translation>เปิด %1 ไม่ได้: มีการรันอยู่ เปิดใหม่เมื่อการรันเสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>Lab::SessionModel</name>
    <message>
        <source>custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 เท่า</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>The speed-up as a share of the best the schedule allows on this machine</source>
        <translation>ความเร็วที่เพิ่มขึ้นจริง คิดเป็นกี่เปอร์เซ็นต์ของค่าอุดมคติที่การแบ่งงานแบบนี้ทำได้บนเครื่องนี้</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>แล็บ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>เวลาที่ใช้จริง</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>เวลา CPU</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>เร็วขึ้น</translation>
    </message>
    <message>
        <source>Of ideal</source>
        <translation>% ของค่าอุดมคติ</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>⚠ %1% (baseline slowed)</source>
        <translation>⚠ %1% (Baseline ช้ากว่าปกติ)</translation>
    </message>
    <message>
        <source>Cores busy</source>
        <translation>Core ที่ทำงาน</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1× (%2–%3)</source>
        <translation>%1 เท่า (%2–%3)</translation>
    </message>
    <message>
        <source>%1 of %2 cancelled</source>
        <translation>ยกเลิก %1 จาก %2 รอบ</translation>
    </message>
    <message>
        <source>Interleaved rounds counted; times are their median (min–max), tasks their total</source>
        <translation>จำนวนรอบที่นับ (รันสลับกัน); เวลาเป็นค่ามัธยฐาน (ต่ำสุด–สูงสุด) จำนวนงานเป็นผลรวมของทุกรอบ</translation>
    </message>
    <message>
        <source>Why a figure should not be trusted: a busy machine, a speed-up above the ideal, a wide spread</source>
        <translation>เหตุที่ไม่ควรเชื่อตัวเลขนี้: เครื่องไม่ว่าง เร็วขึ้นเกินค่าอุดมคติ หรือผลกระจายกว้าง</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>น่าสงสัย</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Lab::SlideOptions</name>
    <message>
        <source>Slide size:</source>
        <translation>ขนาดสไลด์:</translation>
    </message>
    <message>
        <source>Caption: what ran, when, on which machine</source>
        <translation>คำบรรยาย: รันอะไร เมื่อไร บนเครื่องใด</translation>
    </message>
    <message>
        <source>Pixels of the picture; the text grows with it, to read from the back of a room</source>
        <translation>จำนวนพิกเซลของภาพ ตัวอักษรใหญ่ขึ้นตามภาพ ให้คนหลังห้องอ่านได้</translation>
    </message>
</context>
<context>
    <name>Lab::StateChart</name>
    <message>
        <source>no states recorded</source>
        <translation>ไม่มีข้อมูลสถานะ</translation>
    </message>
    <message>
        <source>no tasks ran</source>
        <translation>ไม่มีงานที่ได้รัน</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>กำลังรัน…</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ยังไม่ได้รัน</translation>
    </message>
    <message>
        <source>Where did the time go?</source>
        <translation>เวลาหมดไปกับอะไร?</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>a state, its time in seconds, its share of the run&apos;s task time</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>all tasks: %1</source>
        <translation>งานทั้งหมด: %1</translation>
    </message>
    <message>
        <source>Each bar: all of a run&apos;s task time (written at its end), split by what the tasks were doing</source>
        <translation>แต่ละแท่งคือเวลาทั้งหมดของงานในการรันนั้น (เขียนไว้ที่ปลายแท่ง) แยกตามสิ่งที่งานกำลังทำ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Lab::TableSlide</name>
    <message>
        <source>Results of every run</source>
        <translation>ผลของทุกการรัน</translation>
    </message>
</context>
<context>
    <name>Lab::ThaiFont</name>
    <message>
        <source>No installed font can draw Thai; install the package fonts-thai-tlwg (apt-get install fonts-thai-tlwg).</source>
        <translation>ไม่มีฟอนต์ที่แสดงภาษาไทยได้ ให้ติดตั้งแพ็กเกจ fonts-thai-tlwg (apt-get install fonts-thai-tlwg)</translation>
    </message>
</context>
<context>
    <name>Lab::TimelineView</name>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · PID %2</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated GIL</source>
        <translation>จำลอง GIL</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>ยกเลิกหลังจาก %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>running… %1</source>
        <translation>กำลังรัน… %1</translation>
    </message>
    <message>
        <source>seconds since each run started</source>
        <translation>วินาที นับจากเริ่มรันแต่ละครั้ง</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>หมดเวลา: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>กำลังทำงาน…</translation>
    </message>
    <message>
        <source>%1
%2
%3–%4 s (%5)
%6</source>
        <extracomment>task label, worker, start and end in seconds, duration, result or error</extracomment>
        <translation>%1
%2
%3–%4 วินาที (%5)
%6</translation>
    </message>
    <message>
        <source>Timeline of tasks per worker</source>
        <translation>ไทม์ไลน์ของงานในแต่ละ Worker</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <extracomment>a share below one percent</extracomment>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a share in percent</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>a state, its time, its share of the task&apos;s time on its worker: &quot;computing 512 ms (48%)&quot;</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a state and its time: &quot;queued 3 ms&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no GIL simulated: the threads compute at once</source>
        <translation>ไม่ได้จำลอง GIL: ทุก Thread คำนวณไปพร้อมกัน</translation>
    </message>
    <message>
        <source>no GIL: a free-threaded CPython</source>
        <translation>ไม่มี GIL: CPython รุ่นที่ไม่มี GIL</translation>
    </message>
    <message>
        <source>who held the GIL was not sampled</source>
        <translation>ไม่ได้เก็บข้อมูลว่า Thread ไหนถือ GIL</translation>
    </message>
    <message>
        <source>The GIL: only the thread that holds it may compute</source>
        <translation>GIL: เฉพาะ Thread ที่ถือ GIL อยู่เท่านั้นที่คำนวณได้</translation>
    </message>
    <message numerus="yes">
        <source>It changed hands %n time(s)</source>
        <translation>
            <numerusform>GIL เปลี่ยนมือ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 held it %2 of the time</source>
        <extracomment>a thread and its share of the run&apos;s time holding the GIL: &quot;thread-1 held it 48% of the time&quot;</extracomment>
        <translation>%1 ถือ GIL ไว้ %2 ของเวลา</translation>
    </message>
    <message>
        <source>deadlock, ended after %1</source>
        <translation>Deadlock แอปหยุดให้หลังผ่านไป %1</translation>
    </message>
    <message>
        <source>Each thread holds the lock the other waits for: none of them can go on. The app found the cycle and ended the run after %1.</source>
        <translation>แต่ละ Thread ถือ Lock ที่อีกตัวรออยู่ จึงไม่มีใครไปต่อได้ แอปพบวงจรการรอนี้และหยุดการรันหลังผ่านไป %1</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <extracomment>on the timeline, beside the arrow from a thread&apos;s wait to the thread that holds the lock</extracomment>
        <translation>รอ %1</translation>
    </message>
    <message>
        <source>no deadlock: every thread got both locks</source>
        <translation>ไม่เกิด Deadlock: ทุก Thread ได้ Lock ครบทั้งสองตัว</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>Lab::WallClockChart</name>
    <message>
        <source>Wall-clock time</source>
        <translation>เวลาที่ใช้จริง</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>วินาที</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>ideal: %1</source>
        <translation>ค่าอุดมคติ: %1</translation>
    </message>
    <message>
        <source>reused: the run at %1</source>
        <translation>ใช้ผลเดิมของรอบ %1</translation>
    </message>
    <message>
        <source>Predict: drag up or down in each column to the time you expect, then press Run</source>
        <translation>ทายก่อน: ลากขึ้นหรือลงในแต่ละคอลัมน์ไปยังเวลาที่คิดว่าจะใช้ แล้วกด “รัน”</translation>
    </message>
    <message>
        <source>busy machine</source>
        <translation>เครื่องไม่ว่าง</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
</context>
<context>
    <name>Lab::Workload</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n บรรทัด</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown workload</source>
        <translation>ไม่รู้จักประเภทงาน</translation>
    </message>
    <message>
        <source>%1: cannot read it back: %2</source>
        <translation>%1: อ่านกลับไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: read back %2 of %3 lines</source>
        <translation>%1: อ่านกลับได้ %2 จาก %3 บรรทัด</translation>
    </message>
    <message>
        <source>%1: line %2 differs from what was written</source>
        <translation>%1: บรรทัดที่ %2 ไม่ตรงกับที่เขียนไว้</translation>
    </message>
    <message>
        <source>the shared counter runs in the app&apos;s own threads only</source>
        <translation>ตัวนับที่ใช้ร่วมกันทำงานได้เฉพาะใน Thread ของแอปเท่านั้น</translation>
    </message>
    <message>
        <source>deadlock: waits for lock %1, held by %2</source>
        <translation>Deadlock: รอ Lock %1 ที่ %2 ถืออยู่</translation>
    </message>
    <message>
        <source>%1: not two locks in an order</source>
        <translation>%1: ไม่ใช่ Lock สองตัวที่เรียงลำดับไว้</translation>
    </message>
    <message>
        <source>took %1, then %2</source>
        <translation>ล็อก %1 แล้วจึงล็อก %2</translation>
    </message>
</context>
</TS>
