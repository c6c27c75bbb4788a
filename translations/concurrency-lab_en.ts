<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Lab::Cli</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number; allowed: %3 to %4</source>
        <translation>--%1: &apos;%2&apos; is not a whole number; allowed: %3 to %4</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range; allowed: %3 to %4</source>
        <translation>--%1: %2 is out of range; allowed: %3 to %4</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a folder</source>
        <translation>--%1: &apos;%2&apos; is not a folder</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; cannot be made: &apos;%3&apos; is not a folder</source>
        <translation>--%1: &apos;%2&apos; cannot be made: &apos;%3&apos; is not a folder</translation>
    </message>
    <message>
        <source>--%1: cannot write into &apos;%2&apos;: %3</source>
        <translation>--%1: cannot write into &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is a folder; give a file name</source>
        <translation>--%1: &apos;%2&apos; is a folder; give a file name</translation>
    </message>
    <message>
        <source>--%1: the folder of &apos;%2&apos; does not exist</source>
        <translation>--%1: the folder of &apos;%2&apos; does not exist</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; options start with --, see --help</source>
        <translation>unexpected argument &apos;%1&apos;; options start with --, see --help</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;; see --help</source>
        <translation>unknown option &apos;--%1&apos;; see --help</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>--%1 is given twice</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 takes no value</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>--%1 applies to --workload %2 only</source>
        <translation>--%1 applies to --workload %2 only</translation>
    </message>
    <message>
        <source>--strategy: unknown strategy &apos;%1&apos;; allowed: a comma list of sequential, coroutines, threads, processes, or all</source>
        <translation>--strategy: unknown strategy &apos;%1&apos;; allowed: a comma list of sequential, coroutines, threads, processes, or all</translation>
    </message>
    <message>
        <source>--cities: &apos;%1&apos; has an empty or over-long name; allowed: names of 1 to 100 characters separated by commas</source>
        <translation>--cities: &apos;%1&apos; has an empty or over-long name; allowed: names of 1 to 100 characters separated by commas</translation>
    </message>
    <message>
        <source>--cities: %1 cities is too many; allowed: 1 to %2</source>
        <translation>--cities: %1 cities is too many; allowed: 1 to %2</translation>
    </message>
    <message>
        <source>--n: too many values; allowed: 1 to %1</source>
        <translation>--n: too many values; allowed: 1 to %1</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos;; allowed: th, en</source>
        <translation>--lang: unknown language &apos;%1&apos;; allowed: th, en</translation>
    </message>
    <message>
        <source>--lab and --workload cannot be combined: run a lab of the seed, or a custom experiment</source>
        <translation>--lab and --workload cannot be combined: run a lab of the seed, or a custom experiment</translation>
    </message>
    <message>
        <source>--workload: unknown workload &apos;%1&apos;; allowed: weather, logs, squares</source>
        <translation>--workload: unknown workload &apos;%1&apos;; allowed: weather, logs, squares</translation>
    </message>
    <message>
        <source>--%1 belongs to a custom experiment: add --workload weather|logs|squares instead of --lab</source>
        <translation>--%1 belongs to a custom experiment: add --workload weather|logs|squares instead of --lab</translation>
    </message>
    <message>
        <source>--lab: unknown lab &apos;%1&apos;; allowed: 0, 1, 2, 3, all</source>
        <translation>--lab: unknown lab &apos;%1&apos;; allowed: 0, 1, 2, 3, all</translation>
    </message>
    <message>
        <source>--out: the folder name is empty</source>
        <translation>--out: the folder name is empty</translation>
    </message>
    <message>
        <source>--json: the file name is empty; give a path, or - for standard output</source>
        <translation>--json: the file name is empty; give a path, or - for standard output</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab run [--lab 0|1|2|3|all] [options]
       concurrency-lab run --workload weather|logs|squares [options]

The labs of the seed:
  --lab 0      weather and logs one at a time (3 cities x 2 s, 5 files x 1 s)
  --lab 1      weather with coroutines on one event loop
  --lab 2      logs with a pool of 5 threads
  --lab 3      sums of squares, one at a time and with a pool of processes
  --lab all    all four, then a comparison table (the default)

A custom experiment:
  --workload W        weather, logs or squares
  --strategy S,...    sequential, coroutines, threads, processes, or all (the default)
  --tasks N           cities or files (1 to 1,000,000); squares repeat the n list
  --cities A,B,...    the cities to fetch (default Bangkok,Tokyo,London)
  --delay-ms MS       the wait of a fetch or a write (0 to 600,000)
  --workers N         threads or processes (1 to %1)
  --n N,...           the sizes of the sums of squares (default 8M,9M,10M,7M)
  --gil               threads compute under a simulated Python GIL

Both:
  --scale K           multiply every n by K (1 to 1,000; default 100)
  --out DIR           where the log files go (default: a new folder under %2)
  --json PATH|-       write every run as JSON (schema concurrency-lab/runs@1)
  --lang th|en        the language of the output
  --quiet             no line per task

Exit codes: 0 all done, 1 a task failed or the run was cancelled (Ctrl+C), 2 bad input.
</source>
        <translation>Usage: concurrency-lab run [--lab 0|1|2|3|all] [options]
       concurrency-lab run --workload weather|logs|squares [options]

The labs of the seed:
  --lab 0      weather and logs one at a time (3 cities x 2 s, 5 files x 1 s)
  --lab 1      weather with coroutines on one event loop
  --lab 2      logs with a pool of 5 threads
  --lab 3      sums of squares, one at a time and with a pool of processes
  --lab all    all four, then a comparison table (the default)

A custom experiment:
  --workload W        weather, logs or squares
  --strategy S,...    sequential, coroutines, threads, processes, or all (the default)
  --tasks N           cities or files (1 to 1,000,000); squares repeat the n list
  --cities A,B,...    the cities to fetch (default Bangkok,Tokyo,London)
  --delay-ms MS       the wait of a fetch or a write (0 to 600,000)
  --workers N         threads or processes (1 to %1)
  --n N,...           the sizes of the sums of squares (default 8M,9M,10M,7M)
  --gil               threads compute under a simulated Python GIL

Both:
  --scale K           multiply every n by K (1 to 1,000; default 100)
  --out DIR           where the log files go (default: a new folder under %2)
  --json PATH|-       write every run as JSON (schema concurrency-lab/runs@1)
  --lang th|en        the language of the output
  --quiet             no line per task

Exit codes: 0 all done, 1 a task failed or the run was cancelled (Ctrl+C), 2 bad input.
</translation>
    </message>
</context>
<context>
    <name>Lab::CliSession</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>Lab::Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>Concurrency Lab</translation>
    </message>
    <message>
        <source>The experiment window is on its way. Meanwhile the engine runs every lab of the seed from the command line:

concurrency-lab run --lab all</source>
        <translation>The experiment window is on its way. Meanwhile the engine runs every lab of the seed from the command line:

concurrency-lab run --lab all</translation>
    </message>
</context>
<context>
    <name>Lab::Narrative</name>
    <message>
        <source>one at a time</source>
        <translation>one at a time</translation>
    </message>
    <message>
        <source>coroutines</source>
        <translation>coroutines</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processes</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>weather</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>log files</translation>
    </message>
    <message>
        <source>sums of squares</source>
        <translation>sums of squares</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies), %1 each</source>
        <translation>
            <numerusform>%n city, %1 each</numerusform>
            <numerusform>%n cities, %1 each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 each</source>
        <translation>
            <numerusform>%n file, %1 each</numerusform>
            <numerusform>%n files, %1 each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sum(s) of squares</source>
        <translation>
            <numerusform>%n sum of squares</numerusform>
            <numerusform>%n sums of squares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n worker(s)</source>
        <translation>
            <numerusform>%1, %n worker</numerusform>
            <numerusform>%1, %n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with a simulated GIL</source>
        <translation>%1, with a simulated GIL</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation>Lab %1: %2</translation>
    </message>
    <message>
        <source>[%1 · thread %2]</source>
        <translation>[%1 · thread %2]</translation>
    </message>
    <message>
        <source>[%1 · pid %2]</source>
        <translation>[%1 · pid %2]</translation>
    </message>
    <message>
        <source>%1 fetching the weather of %2…</source>
        <translation>%1 fetching the weather of %2…</translation>
    </message>
    <message>
        <source>%1 writing %2…</source>
        <translation>%1 writing %2…</translation>
    </message>
    <message>
        <source>%1 summing the squares below %2…</source>
        <translation>%1 summing the squares below %2…</translation>
    </message>
    <message>
        <source>%1 %2: cancelled</source>
        <translation>%1 %2: cancelled</translation>
    </message>
    <message>
        <source>%1 %2: timed out after %3</source>
        <translation>%1 %2: timed out after %3</translation>
    </message>
    <message>
        <source>%1 %2: failed: %3</source>
        <translation>%1 %2: failed: %3</translation>
    </message>
    <message>
        <source>%1 got the weather of %2 (%3)</source>
        <translation>%1 got the weather of %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 written (%3)</source>
        <translation>%1 %2 written (%3)</translation>
    </message>
    <message>
        <source>%1 sum of squares below %2 = %3 (%4)</source>
        <translation>%1 sum of squares below %2 = %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more task(s), not shown one by one</source>
        <translation>
            <numerusform>… and %n more task, not shown one by one</numerusform>
            <numerusform>… and %n more tasks, not shown one by one</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 of %3 tasks done</source>
        <translation>[%1] %2 of %3 tasks done</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Results: %1</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Total time: %1</translation>
    </message>
    <message>
        <source>%1 (should be about %2)</source>
        <translation>%1 (should be about %2)</translation>
    </message>
    <message>
        <source>%1 (at best %2× faster than one at a time)</source>
        <translation>%1 (at best %2× faster than one at a time)</translation>
    </message>
    <message>
        <source>%1 — cancelled: %2 of %3 tasks finished</source>
        <translation>%1 — cancelled: %2 of %3 tasks finished</translation>
    </message>
    <message>
        <source>%1 — the run failed: %2</source>
        <translation>%1 — the run failed: %2</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wall</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>CPU use</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Speed-up</translation>
    </message>
    <message>
        <source>Tasks ok</source>
        <translation>Tasks ok</translation>
    </message>
    <message>
        <source>%1 + GIL</source>
        <translation>%1 + GIL</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>Lab::ProcessExecutor</name>
    <message>
        <source>unexpected frame</source>
        <translation>unexpected frame</translation>
    </message>
    <message>
        <source>result for task %1, which it was not running</source>
        <translation>result for task %1, which it was not running</translation>
    </message>
    <message>
        <source>%1 sent a bad frame: %2</source>
        <translation>%1 sent a bad frame: %2</translation>
    </message>
    <message>
        <source>%1 stopped: signal %2</source>
        <translation>%1 stopped: signal %2</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 exited with code %2</translation>
    </message>
    <message>
        <source>the worker program %1 failed at start: %2</source>
        <translation>the worker program %1 failed at start: %2</translation>
    </message>
    <message>
        <source>the worker program %1 failed at start: %2 (%3)</source>
        <translation>the worker program %1 failed at start: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot start the worker program %1: %2</source>
        <translation>cannot start the worker program %1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Protocol</name>
    <message>
        <source>no error</source>
        <translation>no error</translation>
    </message>
    <message>
        <source>truncated frame</source>
        <translation>truncated frame</translation>
    </message>
    <message>
        <source>frame of another protocol version</source>
        <translation>frame of another protocol version</translation>
    </message>
    <message>
        <source>frame larger than %1 bytes</source>
        <translation>frame larger than %1 bytes</translation>
    </message>
    <message>
        <source>malformed frame</source>
        <translation>malformed frame</translation>
    </message>
</context>
<context>
    <name>Lab::RunController</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>Lab::Workload</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n line</numerusform>
            <numerusform>%1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown workload</source>
        <translation>unknown workload</translation>
    </message>
</context>
</TS>
