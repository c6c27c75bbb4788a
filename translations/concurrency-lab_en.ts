<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Lab::Caption</name>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1</source>
        <translation>Lab %1</translation>
    </message>
    <message>
        <source>a custom experiment</source>
        <translation>a custom experiment</translation>
    </message>
    <message>
        <source>the app&apos;s engine (C++)</source>
        <translation>the app&apos;s engine (C++)</translation>
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
        <translation>made on another machine: %1</translation>
    </message>
</context>
<context>
    <name>Lab::ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>an image of %1×%2 pixels is too large</source>
        <translation>an image of %1×%2 pixels is too large</translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation>the SVG writer did not start</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>the PDF writer did not start</translation>
    </message>
</context>
<context>
    <name>Lab::ChartNote</name>
    <message numerus="yes">
        <source>⚠ and %n more: see the Results table</source>
        <translation>
            <numerusform>⚠ and %n more: see the Results table</numerusform>
            <numerusform>⚠ and %n more: see the Results table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ChartsPane</name>
    <message>
        <source>Wall-clock time</source>
        <translation>Wall-clock time</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>CPU use</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Show each core of the selected run</source>
        <translation>Show each core of the selected run</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Scaling</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Where did the time go? All of each run&apos;s task time, split by what the tasks were doing</source>
        <translation>Where did the time go? All of each run&apos;s task time, split by what the tasks were doing</translation>
    </message>
</context>
<context>
    <name>Lab::Check</name>
    <message>
        <source>&apos;%1&apos; is not a whole number; allowed: %2 to %3</source>
        <translation>&apos;%1&apos; is not a whole number; allowed: %2 to %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; allowed: %2 to %3</source>
        <translation>&apos;%1&apos; is out of range; allowed: %2 to %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty or over-long name; allowed: names of 1 to %2 characters separated by commas</source>
        <translation>&apos;%1&apos; has an empty or over-long name; allowed: names of 1 to %2 characters separated by commas</translation>
    </message>
    <message>
        <source>%1 cities is too many; allowed: 1 to %2</source>
        <translation>%1 cities is too many; allowed: 1 to %2</translation>
    </message>
    <message>
        <source>give at least one whole number from 1 to %1</source>
        <translation>give at least one whole number from 1 to %1</translation>
    </message>
    <message>
        <source>too many values; allowed: 1 to %1</source>
        <translation>too many values; allowed: 1 to %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds from 0 to %2 with up to 3 decimals, such as 2.5</source>
        <translation>&apos;%1&apos; is not a number of seconds from 0 to %2 with up to 3 decimals, such as 2.5</translation>
    </message>
    <message>
        <source>allowed: 2 to %1 pool sizes from 1 to %2 separated by commas, such as 1,2,4,8</source>
        <translation>allowed: 2 to %1 pool sizes from 1 to %2 separated by commas, such as 1,2,4,8</translation>
    </message>
    <message>
        <source>%1 is given twice; %2</source>
        <translation>%1 is given twice; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 pool sizes; %3</source>
        <translation>&apos;%1&apos; has %2 pool sizes; %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scheduler address; allowed: tcp://HOST:PORT, as dask-scheduler prints it</source>
        <translation>&apos;%1&apos; is not a scheduler address; allowed: tcp://HOST:PORT, as dask-scheduler prints it</translation>
    </message>
</context>
<context>
    <name>Lab::Cli</name>
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
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>--%1 applies to --workload %2 only</source>
        <translation>--%1 applies to --workload %2 only</translation>
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
        <source>--out: the folder name is empty</source>
        <translation>--out: the folder name is empty</translation>
    </message>
    <message>
        <source>--json: the file name is empty; give a path, or - for standard output</source>
        <translation>--json: the file name is empty; give a path, or - for standard output</translation>
    </message>
    <message>
        <source>--%1 takes no value, but was given &apos;%2&apos;</source>
        <translation>--%1 takes no value, but was given &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--trace: give a file name, such as run.trace.json</source>
        <translation>--trace: give a file name, such as run.trace.json</translation>
    </message>
    <message>
        <source>--python: &apos;%1&apos; is not a Python 3.9 or newer that can be run</source>
        <translation>--python: &apos;%1&apos; is not a Python 3.9 or newer that can be run</translation>
    </message>
    <message>
        <source>--runtime %1: %2</source>
        <translation>--runtime %1: %2</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not allowed; allowed: %3</source>
        <translation>--%1: &apos;%2&apos; is not allowed; allowed: %3</translation>
    </message>
    <message>
        <source>--%1 applies only with --%2</source>
        <translation>--%1 applies only with --%2</translation>
    </message>
    <message>
        <source>--lab: unknown lab &apos;%1&apos;; allowed: %2</source>
        <translation>--lab: unknown lab &apos;%1&apos;; allowed: %2</translation>
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
        <translation>Usage: concurrency-lab bench [--quick] [--json PATH] [--python PATH|none] [--repeats N]
                             [--only SECTIONS]

  --quick             small sizes: a smoke test of under a minute
  --json PATH         also write the figures as JSON
  --python PATH|none  the CPython to compare with (default: python3 on PATH), or none
  --repeats N         measurements of each figure (1 to 100, default 3)
  --only SECTIONS     a comma list of %1
</translation>
    </message>
    <message>
        <source>--screenshot: give a file name, such as lab3.png</source>
        <translation>--screenshot: give a file name, such as lab3.png</translation>
    </message>
    <message>
        <source>--out: give the folder the charts go into</source>
        <translation>--out: give the folder the charts go into</translation>
    </message>
    <message>
        <source>--python: give the path of a Python, or none</source>
        <translation>--python: give the path of a Python, or none</translation>
    </message>
    <message>
        <source>--only: unknown section &apos;%1&apos;; allowed: a comma list of %2</source>
        <translation>--only: unknown section &apos;%1&apos;; allowed: a comma list of %2</translation>
    </message>
    <message>
        <source>--json: give a file name, such as bench.json</source>
        <translation>--json: give a file name, such as bench.json</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; allowed: run, export-charts, bench, or none for the window</source>
        <translation>unknown command &apos;%1&apos;; allowed: run, export-charts, bench, or none for the window</translation>
    </message>
    <message>
        <source>the worker takes no options; see --help</source>
        <translation>the worker takes no options; see --help</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab worker
A process of the app&apos;s process pool: the app starts it and gives it tasks on
standard input. It takes no options.
</source>
        <translation>Usage: concurrency-lab worker
A process of the app&apos;s process pool: the app starts it and gives it tasks on
standard input. It takes no options.
</translation>
    </message>
    <message>
        <source>--%1 applies to --runtime python|both only</source>
        <translation>--%1 applies to --runtime python|both only</translation>
    </message>
    <message>
        <source>--lab: unknown lab &apos;%1&apos;; allowed: %2, all</source>
        <translation>--lab: unknown lab &apos;%1&apos;; allowed: %2, all</translation>
    </message>
    <message>
        <source>--predict: &apos;%1&apos; is not strategy=seconds; allowed strategies: %2 (such as coroutines=6)</source>
        <translation>--predict: &apos;%1&apos; is not strategy=seconds; allowed strategies: %2 (such as coroutines=6)</translation>
    </message>
    <message>
        <source>--predict: %1 is guessed twice</source>
        <translation>--predict: %1 is guessed twice</translation>
    </message>
    <message>
        <source>--predict: %1 does not run in this experiment; the strategies that run: %2</source>
        <translation>--predict: %1 does not run in this experiment; the strategies that run: %2</translation>
    </message>
    <message>
        <source>--workers and --sweep-workers cannot be combined: the sweep gives the pool its sizes</source>
        <translation>--workers and --sweep-workers cannot be combined: the sweep gives the pool its sizes</translation>
    </message>
    <message>
        <source>--sweep-workers applies to a pool of threads or processes, and none runs: add --strategy threads or processes, or --lab 2 or 3</source>
        <translation>--sweep-workers applies to a pool of threads or processes, and none runs: add --strategy threads or processes, or --lab 2 or 3</translation>
    </message>
    <message>
        <source>--open: give a session file, such as lab3.json</source>
        <translation>--open: give a session file, such as lab3.json</translation>
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
        <translation>Usage: concurrency-lab export-charts --out DIR --lab N [run&apos;s options] [--size WxH] [--pdf]
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
</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT from %2 to %3, such as 1920x1080</source>
        <translation>--size: &apos;%1&apos; is not WIDTHxHEIGHT from %2 to %3, such as 1920x1080</translation>
    </message>
    <message>
        <source>--from: give a session file, such as lab3.json</source>
        <translation>--from: give a session file, such as lab3.json</translation>
    </message>
    <message>
        <source>--from draws a saved session&apos;s runs and runs nothing: %1 does not apply</source>
        <translation>--from draws a saved session&apos;s runs and runs nothing: %1 does not apply</translation>
    </message>
    <message>
        <source>%1 belongs to run; export-charts writes the session into --out</source>
        <translation>%1 belongs to run; export-charts writes the session into --out</translation>
    </message>
    <message>
        <source>--lab: give the lab whose charts to export (%1), or --workload for an experiment of your own</source>
        <translation>--lab: give the lab whose charts to export (%1), or --workload for an experiment of your own</translation>
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
        <translation>Usage: concurrency-lab [--lab N] [--lang th|en] [--presenter] [--window-size WxH]
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
</translation>
    </message>
    <message>
        <source>--window-size: give width x height in pixels, from 320x240 to 7680x4320, such as 1920x1080; not &quot;%1&quot;</source>
        <translation>--window-size: give width x height in pixels, from 320x240 to 7680x4320, such as 1920x1080; not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--strategy: unknown strategy &apos;%1&apos;; allowed: a comma list of sequential, coroutines, threads, processes, cluster, or all</source>
        <translation>--strategy: unknown strategy &apos;%1&apos;; allowed: a comma list of sequential, coroutines, threads, processes, cluster, or all</translation>
    </message>
    <message>
        <source>--scheduler applies to --strategy cluster or --lab 9 only</source>
        <translation>--scheduler applies to --strategy cluster or --lab 9 only</translation>
    </message>
    <message>
        <source>--runtime cpp: the cluster is Dask&apos;s and runs on CPython only; use --runtime python or both</source>
        <translation>--runtime cpp: the cluster is Dask&apos;s and runs on CPython only; use --runtime python or both</translation>
    </message>
    <message>
        <source>--python: &apos;%1&apos; has no Dask distributed for the cluster: %2</source>
        <translation>--python: &apos;%1&apos; has no Dask distributed for the cluster: %2</translation>
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
        <translation>Usage: concurrency-lab run [--lab 0|1|2|3|4|5|6|7|8|9|all] [options]
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
</translation>
    </message>
</context>
<context>
    <name>Lab::CliSession</name>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>standard output stopped taking the report (%1): printing stopped there, the runs went on to their end</source>
        <translation>standard output stopped taking the report (%1): printing stopped there, the runs went on to their end</translation>
    </message>
    <message>
        <source>cannot write the JSON to standard output: %1</source>
        <translation>cannot write the JSON to standard output: %1</translation>
    </message>
</context>
<context>
    <name>Lab::CpuChart</name>
    <message>
        <source>CPU use over time</source>
        <translation>CPU use over time</translation>
    </message>
    <message>
        <source>seconds since %1 started</source>
        <translation>seconds since %1 started</translation>
    </message>
    <message>
        <source>seconds since each run started</source>
        <translation>seconds since each run started</translation>
    </message>
    <message>
        <source>core %1</source>
        <translation>core %1</translation>
    </message>
    <message>
        <source>whole machine</source>
        <translation>whole machine</translation>
    </message>
    <message>
        <source>cores busy (of %1)</source>
        <translation>cores busy (of %1)</translation>
    </message>
    <message>
        <source>other programs</source>
        <translation>other programs</translation>
    </message>
</context>
<context>
    <name>Lab::ExperimentPanel</name>
    <message>
        <source>Lab 0 — one at a time (the baseline)</source>
        <translation>Lab 0 — one at a time (the baseline)</translation>
    </message>
    <message>
        <source>Lab 1 — Asyncio: the weather</source>
        <translation>Lab 1 — Asyncio: the weather</translation>
    </message>
    <message>
        <source>Lab 2 — Threading: log files</source>
        <translation>Lab 2 — Threading: log files</translation>
    </message>
    <message>
        <source>Lab 3 — Process Pool: computing</source>
        <translation>Lab 3 — Process Pool: computing</translation>
    </message>
    <message>
        <source>Custom experiment</source>
        <translation>Custom experiment</translation>
    </message>
    <message>
        <source>&amp;Experiment:</source>
        <translation>&amp;Experiment:</translation>
    </message>
    <message>
        <source>W&amp;ork:</source>
        <translation>W&amp;ork:</translation>
    </message>
    <message>
        <source>Strategies:</source>
        <translation>Strategies:</translation>
    </message>
    <message>
        <source>C&amp;ities:</source>
        <translation>C&amp;ities:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Tasks:</translation>
    </message>
    <message>
        <source>W&amp;ait:</source>
        <translation>W&amp;ait:</translation>
    </message>
    <message>
        <source>Wor&amp;kers:</source>
        <translation>Wor&amp;kers:</translation>
    </message>
    <message>
        <source>&amp;n values:</source>
        <translation>&amp;n values:</translation>
    </message>
    <message>
        <source>&amp;Scale of n:</source>
        <translation>&amp;Scale of n:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Cities separated by commas; more tasks than cities go round them again</source>
        <translation>Cities separated by commas; more tasks than cities go round them again</translation>
    </message>
    <message>
        <source>Whole numbers from 1, separated by commas; each is multiplied by the scale</source>
        <translation>Whole numbers from 1, separated by commas; each is multiplied by the scale</translation>
    </message>
    <message>
        <source>Shortens every wait, for a quick demonstration</source>
        <translation>Shortens every wait, for a quick demonstration</translation>
    </message>
    <message>
        <source>Simulate Python&apos;s &amp;GIL (threads)</source>
        <translation>Simulate Python&apos;s &amp;GIL (threads)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fetches the weather of 3 cities (2 s each) and writes 5 log files (1 s each), one at a time: about 6 s and 5 s.</source>
        <translation>Fetches the weather of 3 cities (2 s each) and writes 5 log files (1 s each), one at a time: about 6 s and 5 s.</translation>
    </message>
    <message>
        <source>Sums the squares below 8, 9, 10 and 7 million (× the scale), one at a time and then with a process per core.</source>
        <translation>Sums the squares below 8, 9, 10 and 7 million (× the scale), one at a time and then with a process per core.</translation>
    </message>
    <message>
        <source>Choose the work, the strategies and the parameters.</source>
        <translation>Choose the work, the strategies and the parameters.</translation>
    </message>
    <message>
        <source>Strategies: choose at least one</source>
        <translation>Strategies: choose at least one</translation>
    </message>
    <message>
        <source>%1 of %2 tasks · %3</source>
        <translation>%1 of %2 tasks · %3</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>R&amp;untime:</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python:</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Cities: %1</translation>
    </message>
    <message>
        <source>n values: %1</source>
        <translation>n values: %1</translation>
    </message>
    <message>
        <source>&amp;Wait length:</source>
        <translation>&amp;Wait length:</translation>
    </message>
    <message>
        <source>Run the baseline again</source>
        <translation>Run the baseline again</translation>
    </message>
    <message>
        <source>Off: a one-at-a-time run of the same work done earlier in the session is shown again, marked reused, instead of waiting for it twice</source>
        <translation>Off: a one-at-a-time run of the same work done earlier in the session is shown again, marked reused, instead of waiting for it twice</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the experiment (F5)</source>
        <translation>Run the experiment (F5)</translation>
    </message>
    <message>
        <source>Fetches the weather of 3 cities one at a time (about 6 s), then as coroutines on one event loop: about 2 s in all.</source>
        <translation>Fetches the weather of 3 cities one at a time (about 6 s), then as coroutines on one event loop: about 2 s in all.</translation>
    </message>
    <message>
        <source>Writes 5 log files one at a time (about 5 s), then with a pool of 5 threads: about 1 s in all.</source>
        <translation>Writes 5 log files one at a time (about 5 s), then with a pool of 5 threads: about 1 s in all.</translation>
    </message>
    <message>
        <source>&amp;Your guess:</source>
        <translation>&amp;Your guess:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repeats:</translation>
    </message>
    <message>
        <source>Workers s&amp;weep:</source>
        <translation>Workers s&amp;weep:</translation>
    </message>
    <message>
        <source>Lab 4 — Threads and the GIL</source>
        <translation>Lab 4 — Threads and the GIL</translation>
    </message>
    <message>
        <source>Sums lab 3&apos;s squares one at a time, with 2 threads, with 2 threads under a simulated GIL, and with a process per core: under the GIL the threads take turns.</source>
        <translation>Sums lab 3&apos;s squares one at a time, with 2 threads, with 2 threads under a simulated GIL, and with a process per core: under the GIL the threads take turns.</translation>
    </message>
    <message>
        <source>Lab 5 — Mistake: a blocking call in async code</source>
        <translation>Lab 5 — Mistake: a blocking call in async code</translation>
    </message>
    <message>
        <source>Lab 6 — Mistake: a race on a shared counter</source>
        <translation>Lab 6 — Mistake: a race on a shared counter</translation>
    </message>
    <message>
        <source>Lab 7 — Mistake: tiny tasks in a process pool</source>
        <translation>Lab 7 — Mistake: tiny tasks in a process pool</translation>
    </message>
    <message>
        <source>Lab 8 — Mistake: a deadlock</source>
        <translation>Lab 8 — Mistake: a deadlock</translation>
    </message>
    <message>
        <source>Fetches the weather of 3 cities one at a time, then as coroutines three ways: with a blocking call inside (about 6 s), with the call handed to a thread, and with a real await (about 2 s).</source>
        <translation>Fetches the weather of 3 cities one at a time, then as coroutines three ways: with a blocking call inside (about 6 s), with the call handed to a thread, and with a real await (about 2 s).</translation>
    </message>
    <message>
        <source>Two threads add 1 to a shared counter 100,000 times each, without and with a lock; then two coroutines, without and with an await between the read and the write.</source>
        <translation>Two threads add 1 to a shared counter 100,000 times each, without and with a lock; then two coroutines, without and with an await between the read and the write.</translation>
    </message>
    <message>
        <source>Sums the squares below 100 (× the scale) 100,000 times: one at a time, then in a process pool one task at a time, and in batches of 1,000.</source>
        <translation>Sums the squares below 100 (× the scale) 100,000 times: one at a time, then in a process pool one task at a time, and in batches of 1,000.</translation>
    </message>
    <message>
        <source>Two threads take two locks, in opposite orders (a deadlock the app detects and ends) and in one order (it completes).</source>
        <translation>Two threads take two locks, in opposite orders (a deadlock the app detects and ends) and in one order (it completes).</translation>
    </message>
    <message>
        <source>Lab 9 — Beyond one machine: a Dask cluster</source>
        <translation>Lab 9 — Beyond one machine: a Dask cluster</translation>
    </message>
    <message>
        <source>Sums lab 3&apos;s squares in CPython one at a time, with a pool of processes, and on a Dask cluster of as many workers (a local one started for the run): the cluster&apos;s start-up and each task&apos;s trip through its scheduler are what it costs.</source>
        <translation>Sums lab 3&apos;s squares in CPython one at a time, with a pool of processes, and on a Dask cluster of as many workers (a local one started for the run): the cluster&apos;s start-up and each task&apos;s trip through its scheduler are what it costs.</translation>
    </message>
</context>
<context>
    <name>Lab::ExplanationPanel</name>
    <message>
        <source>Each task starts only when the one before it has finished: the timeline is one lane of bars end to end, and the CPU stays idle while the program waits. The total is the sum: 6 s and 5 s.</source>
        <translation>Each task starts only when the one before it has finished: the timeline is one lane of bars end to end, and the CPU stays idle while the program waits. The total is the sum: 6 s and 5 s.</translation>
    </message>
    <message>
        <source>All three fetches start at once on the single event loop and wait together: one lane, three bars on top of each other, about 2 s in all, and almost no CPU.</source>
        <translation>All three fetches start at once on the single event loop and wait together: one lane, three bars on top of each other, about 2 s in all, and almost no CPU.</translation>
    </message>
    <message>
        <source>Five threads each write one file; the operating system switches between them while they wait: five lanes side by side, about 1 s in all.</source>
        <translation>Five threads each write one file; the operating system switches between them while they wait: five lanes side by side, about 1 s in all.</translation>
    </message>
    <message>
        <source>Compare the bars: waiting work gains from coroutines and threads, computing work only from processes (or threads without a GIL).</source>
        <translation>Compare the bars: waiting work gains from coroutines and threads, computing work only from processes (or threads without a GIL).</translation>
    </message>
    <message>
        <source>Choosing a technique</source>
        <translation>Choosing a technique</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Suited to</source>
        <translation>Suited to</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Normal (Sync)</source>
        <translation>Normal (Sync)</translation>
    </message>
    <message>
        <source>general work done in order</source>
        <translation>general work done in order</translation>
    </message>
    <message>
        <source>one line at a time (blocking)</source>
        <translation>one line at a time (blocking)</translation>
    </message>
    <message>
        <source>easy to write, not complicated</source>
        <translation>easy to write, not complicated</translation>
    </message>
    <message>
        <source>Asyncio</source>
        <translation>Asyncio</translation>
    </message>
    <message>
        <source>I/O-bound (mostly waiting)</source>
        <translation>I/O-bound (mostly waiting)</translation>
    </message>
    <message>
        <source>single-threaded, event loop</source>
        <translation>single-threaded, event loop</translation>
    </message>
    <message>
        <source>uses the least resources while waiting on the network</source>
        <translation>uses the least resources while waiting on the network</translation>
    </message>
    <message>
        <source>Threading</source>
        <translation>Threading</translation>
    </message>
    <message>
        <source>I/O-bound (background work)</source>
        <translation>I/O-bound (background work)</translation>
    </message>
    <message>
        <source>multi-threaded, OS switching</source>
        <translation>multi-threaded, OS switching</translation>
    </message>
    <message>
        <source>works with libraries that have no async support</source>
        <translation>works with libraries that have no async support</translation>
    </message>
    <message>
        <source>Process Pool</source>
        <translation>Process Pool</translation>
    </message>
    <message>
        <source>CPU-bound (heavy computation)</source>
        <translation>CPU-bound (heavy computation)</translation>
    </message>
    <message>
        <source>multi-processing, parallelism</source>
        <translation>multi-processing, parallelism</translation>
    </message>
    <message>
        <source>uses every CPU core (escapes the GIL)</source>
        <translation>uses every CPU core (escapes the GIL)</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>What to look for</translation>
    </message>
    <message>
        <source>Computing keeps a core busy. One at a time keeps one core busy (about 1 of the cores); a process per core uses them all, so the wall-clock bar shrinks by up to the number of cores. Threads under a GIL would not: lab 4 shows why.</source>
        <translation>Computing keeps a core busy. One at a time keeps one core busy (about 1 of the cores); a process per core uses them all, so the wall-clock bar shrinks by up to the number of cores. Threads under a GIL would not: lab 4 shows why.</translation>
    </message>
    <message>
        <source>Two threads without a GIL compute at once, like two processes: both cores busy, about twice as fast. Under the GIL only the thread that holds it computes: on the timeline each bar turns red while its thread waits for the GIL, the GIL strip above the lanes changes hands every few milliseconds, and the run takes as long as one at a time. The threads took turns; only processes, each with its own GIL, really compute together.</source>
        <translation>Two threads without a GIL compute at once, like two processes: both cores busy, about twice as fast. Under the GIL only the thread that holds it computes: on the timeline each bar turns red while its thread waits for the GIL, the GIL strip above the lanes changes hands every few milliseconds, and the run takes as long as one at a time. The threads took turns; only processes, each with its own GIL, really compute together.</translation>
    </message>
    <message>
        <source>The blocking call stops the whole event loop: on its one lane the three fetches run end to end, the others queued behind, 6 s in all — no better than one at a time. Handed to a thread, each wait runs on a lane of its own and the loop stays free: about 2 s. A real await waits on the loop itself: three bars on top of each other, about 2 s, no threads.</source>
        <translation>The blocking call stops the whole event loop: on its one lane the three fetches run end to end, the others queued behind, 6 s in all — no better than one at a time. Handed to a thread, each wait runs on a lane of its own and the loop stays free: about 2 s. A real await waits on the loop itself: three bars on top of each other, about 2 s, no threads.</translation>
    </message>
    <message>
        <source>Without a lock the threads read the same value and both write it back plus one: one of the two updates is lost, and the counter ends short. The lock makes every read-and-write whole, so the count is exact, but the threads now wait for each other (the Lock colour on the timeline) and it takes longer. Coroutines lose nothing while nothing is awaited between the read and the write; put an await there and other coroutines run in the gap: updates are lost again.</source>
        <translation>Without a lock the threads read the same value and both write it back plus one: one of the two updates is lost, and the counter ends short. The lock makes every read-and-write whole, so the count is exact, but the threads now wait for each other (the Lock colour on the timeline) and it takes longer. Coroutines lose nothing while nothing is awaited between the read and the write; put an await there and other coroutines run in the gap: updates are lost again.</translation>
    </message>
    <message>
        <source>Each tiny sum takes a few microseconds, but handing it to another process and getting its result back takes far longer: one task at a time, the pool spends its time handing over (the striped Handing over colour), and is slower than one at a time. In batches the hand-over is paid once for many tasks, and the cores compute together: faster than one at a time.</source>
        <translation>Each tiny sum takes a few microseconds, but handing it to another process and getting its result back takes far longer: one task at a time, the pool spends its time handing over (the striped Handing over colour), and is slower than one at a time. In batches the hand-over is paid once for many tasks, and the cores compute together: faster than one at a time.</translation>
    </message>
    <message>
        <source>Each thread takes its first lock, then waits for the other&apos;s: neither can go on, and without help they would wait for ever. The app sees that nobody progresses and that each waits for a lock the other holds, draws the cycle on the timeline and ends the run. Taken in one order by every thread, the locks never form a cycle: the same work completes.</source>
        <translation>Each thread takes its first lock, then waits for the other&apos;s: neither can go on, and without help they would wait for ever. The app sees that nobody progresses and that each waits for a lock the other holds, draws the cycle on the timeline and ends the run. Taken in one order by every thread, the locks never form a cycle: the same work completes.</translation>
    </message>
    <message>
        <source>blocks the event loop</source>
        <translation>blocks the event loop</translation>
    </message>
    <message>
        <source>the wait runs in a thread</source>
        <translation>the wait runs in a thread</translation>
    </message>
    <message>
        <source>or, better, a real await:</source>
        <translation>or, better, a real await:</translation>
    </message>
    <message>
        <source>another thread runs here</source>
        <translation>another thread runs here</translation>
    </message>
    <message>
        <source>one task a hand-over</source>
        <translation>one task a hand-over</translation>
    </message>
    <message>
        <source>the opposite order</source>
        <translation>the opposite order</translation>
    </message>
    <message>
        <source>one order for every thread</source>
        <translation>one order for every thread</translation>
    </message>
    <message>
        <source>The mistake</source>
        <translation>The mistake</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>The fix</translation>
    </message>
    <message>
        <source>&lt;code&gt;counter += 1&lt;/code&gt; is not one step: Python 3.11&apos;s &lt;code&gt;dis&lt;/code&gt; shows a read, an add and a write:</source>
        <translation>&lt;code&gt;counter += 1&lt;/code&gt; is not one step: Python 3.11&apos;s &lt;code&gt;dis&lt;/code&gt; shows a read, an add and a write:</translation>
    </message>
    <message>
        <source>A thread can be switched between the read and the write. On Python 3.10 and later that rarely happens in so short a gap, so the lab makes the switch point explicit with &lt;code&gt;os.sched_yield()&lt;/code&gt; (as &lt;code&gt;time.sleep(0)&lt;/code&gt; would, but quicker), which lets another thread run.</source>
        <translation>A thread can be switched between the read and the write. On Python 3.10 and later that rarely happens in so short a gap, so the lab makes the switch point explicit with &lt;code&gt;os.sched_yield()&lt;/code&gt; (as &lt;code&gt;time.sleep(0)&lt;/code&gt; would, but quicker), which lets another thread run.</translation>
    </message>
    <message>
        <source>A Dask cluster is a scheduler and workers that may be on other machines, behind the same Executor as a process pool: a lane for each Dask worker. What it adds is machines; what it costs is starting the cluster (told apart, like CPython&apos;s own start-up) and, for every task, a trip through the scheduler and the network (the hand-over at each bar&apos;s ends). On one machine it is at best as fast as the pool; with long tasks and more machines it goes further.</source>
        <translation>A Dask cluster is a scheduler and workers that may be on other machines, behind the same Executor as a process pool: a lane for each Dask worker. What it adds is machines; what it costs is starting the cluster (told apart, like CPython&apos;s own start-up) and, for every task, a trip through the scheduler and the network (the hand-over at each bar&apos;s ends). On one machine it is at best as fast as the pool; with long tasks and more machines it goes further.</translation>
    </message>
    <message>
        <source>One machine</source>
        <translation>One machine</translation>
    </message>
    <message>
        <source>A cluster</source>
        <translation>A cluster</translation>
    </message>
    <message>
        <source>or LocalCluster() on this machine</source>
        <translation>or LocalCluster() on this machine</translation>
    </message>
</context>
<context>
    <name>Lab::Export</name>
    <message>
        <source>not a Concurrency Lab session</source>
        <translation>not a Concurrency Lab session</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>damaged at byte %1: %2</source>
        <translation>damaged at byte %1: %2</translation>
    </message>
    <message>
        <source>the file ends too soon</source>
        <translation>the file ends too soon</translation>
    </message>
    <message>
        <source>this is not JSON</source>
        <translation>this is not JSON</translation>
    </message>
    <message>
        <source>made by a newer version: schema %1, this app reads @%2 and older</source>
        <translation>made by a newer version: schema %1, this app reads @%2 and older</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>the session</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <source>run %1, %2[%3]</source>
        <translation>run %1, %2[%3]</translation>
    </message>
    <message>
        <source>damaged: %1 should be an object</source>
        <translation>damaged: %1 should be an object</translation>
    </message>
    <message>
        <source>damaged: %1: %2</source>
        <translation>damaged: %1: %2</translation>
    </message>
    <message>
        <source>%1 should be %2</source>
        <translation>%1 should be %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a time in ms</source>
        <translation>a time in ms</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>a list of text</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>unknown %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>a list of whole numbers</translation>
    </message>
    <message>
        <source>worker_index %1 is not one of the run&apos;s %2 workers</source>
        <translation>worker_index %1 is not one of the run&apos;s %2 workers</translation>
    </message>
    <message>
        <source>id %1 should be %2, its place</source>
        <translation>id %1 should be %2, its place</translation>
    </message>
    <message>
        <source>%1 tasks, where its config makes %2</source>
        <translation>%1 tasks, where its config makes %2</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>a list of numbers</translation>
    </message>
    <message>
        <source>started_utc &apos;%1&apos; is not a date and time</source>
        <translation>started_utc &apos;%1&apos; is not a date and time</translation>
    </message>
</context>
<context>
    <name>Lab::Files</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>cannot create the folder %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2 folders of that name exist already</source>
        <translation>cannot create the folder %1: %2 folders of that name exist already</translation>
    </message>
</context>
<context>
    <name>Lab::Gui</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>cannot make the folder %1</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>nothing to run</translation>
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
        <translation>is not a field here; these are: %1</translation>
    </message>
    <message>
        <source>must be a group of fields in { }</source>
        <translation>must be a group of fields in { }</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must hold a Thai text (th) and an English one (en)</source>
        <translation>must hold a Thai text (th) and an English one (en)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>must be a list of one or more of: %1</source>
        <translation>must be a list of one or more of: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>names no change to make</source>
        <translation>names no change to make</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2</source>
        <translation>%1: not valid JSON at character %2</translation>
    </message>
    <message>
        <source>%1: must hold one group of fields in { }</source>
        <translation>%1: must hold one group of fields in { }</translation>
    </message>
    <message>
        <source>%1: lessons: must be a list of one or more file names</source>
        <translation>%1: lessons: must be a list of one or more file names</translation>
    </message>
</context>
<context>
    <name>Lab::LessonView</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Takeaway</translation>
    </message>
    <message>
        <source>Some lessons could not be read:</source>
        <translation>Some lessons could not be read:</translation>
    </message>
    <message>
        <source>Your guess:</source>
        <translation>Your guess:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no guess yet</source>
        <translation>no guess yet</translation>
    </message>
    <message>
        <source>Run this lab</source>
        <translation>Run this lab</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <source>You have been through every lab</source>
        <translation>You have been through every lab</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Work that mostly waits (I/O-bound): Asyncio or threads. Heavy computing (CPU-bound): a process pool.</source>
        <translation>Work that mostly waits (I/O-bound): Asyncio or threads. Heavy computing (CPU-bound): a process pool.</translation>
    </message>
    <message>
        <source>Nothing to point at yet: run the lab first (step %1).</source>
        <translation>Nothing to point at yet: run the lab first (step %1).</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Done in %1. Press Next to see what to look for.</source>
        <translation>Done in %1. Press Next to see what to look for.</translation>
    </message>
    <message>
        <source>You guessed %1; it took %2.</source>
        <translation>You guessed %1; it took %2.</translation>
    </message>
    <message>
        <source>It took %1.</source>
        <translation>It took %1.</translation>
    </message>
    <message>
        <source>%1 — step %2 of %3 · %4</source>
        <extracomment>presenter mode&apos;s bar: a lesson&apos;s title, then which step of it is shown</extracomment>
        <translation>%1 — step %2 of %3 · %4</translation>
    </message>
</context>
<context>
    <name>Lab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>Concurrency Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Export chart…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>Export &amp;all…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>&amp;About Concurrency Lab</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Export every chart and the results into</source>
        <translation>Export every chart and the results into</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
        <translation>About Concurrency Lab</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Concurrency Lab %1&lt;/h3&gt;&lt;p&gt;The same work done one at a time, with coroutines, threads and processes, measured side by side.&lt;/p&gt;&lt;p&gt;Qt %2 · %n core(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Concurrency Lab %1&lt;/h3&gt;&lt;p&gt;The same work done one at a time, with coroutines, threads and processes, measured side by side.&lt;/p&gt;&lt;p&gt;Qt %2 · %n core&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Concurrency Lab %1&lt;/h3&gt;&lt;p&gt;The same work done one at a time, with coroutines, threads and processes, measured side by side.&lt;/p&gt;&lt;p&gt;Qt %2 · %n cores&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>Export &amp;trace…</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>Export trace</translation>
    </message>
    <message>
        <source>Trace for ui.perfetto.dev or chrome://tracing (*.json)</source>
        <translation>Trace for ui.perfetto.dev or chrome://tracing (*.json)</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>Choose a Python interpreter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Python 3.9 or newer that can be run.</source>
        <translation>&apos;%1&apos; is not a Python 3.9 or newer that can be run.</translation>
    </message>
    <message>
        <source>C&amp;lear the results</source>
        <translation>C&amp;lear the results</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Save session &amp;as…</translation>
    </message>
    <message>
        <source>Concurrency Lab[*]</source>
        <translation>Concurrency Lab[*]</translation>
    </message>
    <message>
        <source>%1[*] — Concurrency Lab</source>
        <translation>%1[*] — Concurrency Lab</translation>
    </message>
    <message>
        <source>Reading or writing %1…</source>
        <translation>Reading or writing %1…</translation>
    </message>
    <message>
        <source>cannot open %1: wait until the run or the file being read has ended</source>
        <translation>cannot open %1: wait until the run or the file being read has ended</translation>
    </message>
    <message>
        <source>cannot write %1: another file is being read or written</source>
        <translation>cannot write %1: another file is being read or written</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Concurrency Lab session (*.json)</source>
        <translation>Concurrency Lab session (*.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>%1 is no longer there: it is taken off the recent files</source>
        <translation>%1 is no longer there: it is taken off the recent files</translation>
    </message>
    <message>
        <source>No session opened yet</source>
        <translation>No session opened yet</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n run(s)</source>
        <translation>
            <numerusform>Opened %1: %n run</numerusform>
            <numerusform>Opened %1: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>made on another machine: %n core(s), %1</source>
        <translation>
            <numerusform>made on another machine: %n core, %1</numerusform>
            <numerusform>made on another machine: %n cores, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The runs of this session are not saved. Replace them with the file&apos;s?</source>
        <translation>The runs of this session are not saved. Replace them with the file&apos;s?</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Export &amp;handout (PDF)…</translation>
    </message>
    <message>
        <source>Export a handout</source>
        <translation>Export a handout</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Lab::MeasureFields</name>
    <message>
        <source> × each</source>
        <translation> × each</translation>
    </message>
    <message>
        <source>Runs every strategy this many times, interleaved (one at a time, the others, then again), and shows the median with the spread</source>
        <translation>Runs every strategy this many times, interleaved (one at a time, the others, then again), and shows the median with the spread</translation>
    </message>
    <message>
        <source>Warm-&amp;up first</source>
        <translation>Warm-&amp;up first</translation>
    </message>
    <message>
        <source>One run of each strategy before the first round, not counted</source>
        <translation>One run of each strategy before the first round, not counted</translation>
    </message>
    <message>
        <source>none, or such as 1,2,4,8</source>
        <translation>none, or such as 1,2,4,8</translation>
    </message>
    <message>
        <source>Runs each pool of threads or processes at these sizes, for the Scaling chart; it takes the place of Workers</source>
        <translation>Runs each pool of threads or processes at these sizes, for the Scaling chart; it takes the place of Workers</translation>
    </message>
    <message>
        <source>Workers sweep: %1</source>
        <translation>Workers sweep: %1</translation>
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
        <source>%1×</source>
        <translation>%1×</translation>
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
        <translation>%1 — in CPython</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>timed out after %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed; the first: %1: %2</source>
        <translation>
            <numerusform>%n task failed; the first: %1: %2</numerusform>
            <numerusform>%n tasks failed; the first: %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sum(s)</source>
        <translation>
            <numerusform>%n sum</numerusform>
            <numerusform>%n sums</numerusform>
        </translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>event loop</translation>
    </message>
    <message>
        <source>%1 (not counting %2 for %3 to start)</source>
        <translation>%1 (not counting %2 for %3 to start)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>the baseline (1.00×)</source>
        <translation>the baseline (1.00×)</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1× faster</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1× slower</translation>
    </message>
    <message>
        <source>Cores busy</source>
        <translation>Cores busy</translation>
    </message>
    <message>
        <source>guessed %1</source>
        <translation>guessed %1</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Guess</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>measured %1</translation>
    </message>
    <message>
        <source>against the run at %1</source>
        <translation>against the run at %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>warm-up</translation>
    </message>
    <message>
        <source>busy machine: other programs used %1 cores while it was measured</source>
        <translation>busy machine: other programs used %1 cores while it was measured</translation>
    </message>
    <message>
        <source>the hypervisor gave %1% of the CPU time to other machines (steal)</source>
        <translation>the hypervisor gave %1% of the CPU time to other machines (steal)</translation>
    </message>
    <message>
        <source>%1× is above the ideal %2×: its one-at-a-time run was slowed</source>
        <translation>%1× is above the ideal %2×: its one-at-a-time run was slowed</translation>
    </message>
    <message>
        <source>its times spread over %1% of their median</source>
        <translation>its times spread over %1% of their median</translation>
    </message>
    <message>
        <source>warm-up, not counted</source>
        <translation>warm-up, not counted</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>round %1 of %2</translation>
    </message>
    <message>
        <source>⚠ Suspect: %1</source>
        <translation>⚠ Suspect: %1</translation>
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
            <numerusform>median of %n run</numerusform>
            <numerusform>median of %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2×</source>
        <translation>%1–%2×</translation>
    </message>
    <message>
        <source>%1× faster (%2)</source>
        <translation>%1× faster (%2)</translation>
    </message>
    <message>
        <source>%1× slower (%2)</source>
        <translation>%1× slower (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 runs)</source>
        <translation>%1 (%2 of %3 runs)</translation>
    </message>
    <message>
        <source>== Interleaved repeats: median (min–max) ==</source>
        <translation>== Interleaved repeats: median (min–max) ==</translation>
    </message>
    <message>
        <source>  ⚠ Suspect: %1</source>
        <translation>  ⚠ Suspect: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s), none ended well</source>
        <translation>
            <numerusform>%1 — %n run, none ended well</numerusform>
            <numerusform>%1 — %n runs, none ended well</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s): %2 (%3–%4), speed-up %5× (%6–%7×)</source>
        <translation>
            <numerusform>%1 — %n run: %2 (%3–%4), speed-up %5× (%6–%7×)</numerusform>
            <numerusform>%1 — %n runs: %2 (%3–%4), speed-up %5× (%6–%7×)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s): %2 (%3–%4)</source>
        <translation>
            <numerusform>%1 — %n run: %2 (%3–%4)</numerusform>
            <numerusform>%1 — %n runs: %2 (%3–%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>computing</translation>
    </message>
    <message>
        <source>waiting (sleep, I/O)</source>
        <translation>waiting (sleep, I/O)</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>waiting for the GIL</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>waiting on a lock</translation>
    </message>
    <message>
        <source>handing over</source>
        <translation>handing over</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>no states recorded</source>
        <translation>no states recorded</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %2 a round, %n round(s))</source>
        <translation>
            <numerusform>%1 (of %2 a round, %n round)</numerusform>
            <numerusform>%1 (of %2 a round, %n rounds)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (of %2)</translation>
    </message>
    <message>
        <source>Where the time went (all of each run&apos;s task time, by what its tasks did):</source>
        <translation>Where the time went (all of each run&apos;s task time, by what its tasks did):</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The threads took turns: each waited for the GIL %1 of the time (%2)</source>
        <translation>The threads took turns: each waited for the GIL %1 of the time (%2)</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (run %2)</translation>
    </message>
    <message>
        <source>a shared counter</source>
        <translation>a shared counter</translation>
    </message>
    <message>
        <source>two locks</source>
        <translation>two locks</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) adding 1 %1 times each</source>
        <translation>
            <numerusform>%n task adding 1 %1 times each</numerusform>
            <numerusform>%n tasks adding 1 %1 times each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), each holding a lock %1 before taking the other</source>
        <translation>
            <numerusform>%n task, each holding a lock %1 before taking the other</numerusform>
            <numerusform>%n tasks, each holding a lock %1 before taking the other</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adding 1 to the counter %2 times…</source>
        <translation>%1 adding 1 to the counter %2 times…</translation>
    </message>
    <message>
        <source>%1 taking the locks %2…</source>
        <translation>%1 taking the locks %2…</translation>
    </message>
    <message>
        <source>%1 added 1 %2 times (%3)</source>
        <translation>%1 added 1 %2 times (%3)</translation>
    </message>
    <message>
        <source>%1 took the locks %2 and let them go (%3)</source>
        <translation>%1 took the locks %2 and let them go (%3)</translation>
    </message>
    <message>
        <source>%1 — deadlock: the app ended it</source>
        <translation>%1 — deadlock: the app ended it</translation>
    </message>
    <message>
        <source>blocking call</source>
        <translation>blocking call</translation>
    </message>
    <message>
        <source>blocking call in a thread</source>
        <translation>blocking call in a thread</translation>
    </message>
    <message>
        <source>awaited wait</source>
        <translation>awaited wait</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>no lock</translation>
    </message>
    <message>
        <source>with a lock</source>
        <translation>with a lock</translation>
    </message>
    <message>
        <source>no await inside</source>
        <translation>no await inside</translation>
    </message>
    <message>
        <source>await between read and write</source>
        <translation>await between read and write</translation>
    </message>
    <message>
        <source>one task at a time</source>
        <translation>one task at a time</translation>
    </message>
    <message>
        <source>batches of %1</source>
        <translation>batches of %1</translation>
    </message>
    <message>
        <source>batched</source>
        <translation>batched</translation>
    </message>
    <message>
        <source>locks in opposite order</source>
        <translation>locks in opposite order</translation>
    </message>
    <message>
        <source>locks in one order</source>
        <translation>locks in one order</translation>
    </message>
    <message>
        <source>Counter: expected %1, got %2: none lost</source>
        <translation>Counter: expected %1, got %2: none lost</translation>
    </message>
    <message numerus="yes">
        <source>Counter: expected %1, got %2: %Ln update(s) lost</source>
        <translation>
            <numerusform>Counter: expected %1, got %2: %Ln update lost</numerusform>
            <numerusform>Counter: expected %1, got %2: %Ln updates lost</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for lock %2, held by %3</source>
        <translation>%1 waits for lock %2, held by %3</translation>
    </message>
    <message>
        <source>%1, which waits for lock %2, held by %3</source>
        <translation>%1, which waits for lock %2, held by %3</translation>
    </message>
    <message>
        <source>Deadlock: %1</source>
        <translation>Deadlock: %1</translation>
    </message>
    <message>
        <source>deadlock, ended</source>
        <translation>deadlock, ended</translation>
    </message>
    <message>
        <source>exact: none lost</source>
        <translation>exact: none lost</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 lost</translation>
    </message>
    <message>
        <source>Each task: %1 µs handing over, %2 µs computing</source>
        <translation>Each task: %1 µs handing over, %2 µs computing</translation>
    </message>
    <message>
        <source>Exact, and %1× slower than without the lock: the threads take turns at it</source>
        <translation>Exact, and %1× slower than without the lock: the threads take turns at it</translation>
    </message>
    <message>
        <source>Exact, and no slower than without the lock this time (%1× its time)</source>
        <translation>Exact, and no slower than without the lock this time (%1× its time)</translation>
    </message>
    <message>
        <source>handed over:
%1 µs a task</source>
        <extracomment>two short lines above a bar, as narrow as &quot;3.25× slower&quot; beside them</extracomment>
        <translation>handed over:
%1 µs a task</translation>
    </message>
    <message>
        <source>Dask cluster</source>
        <translation>Dask cluster</translation>
    </message>
    <message>
        <source>%1 (not counting %2 to start the Dask cluster, %3 to connect to it and %4 for %5 to start)</source>
        <translation>%1 (not counting %2 to start the Dask cluster, %3 to connect to it and %4 for %5 to start)</translation>
    </message>
    <message>
        <source>%1 (not counting %2 to connect to the Dask cluster at %3 and %4 for %5 to start)</source>
        <translation>%1 (not counting %2 to connect to the Dask cluster at %3 and %4 for %5 to start)</translation>
    </message>
</context>
<context>
    <name>Lab::PredictionFields</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>How many seconds do you expect %1 to take? Empty: no guess. You can also drag in its column of the wall-clock chart.</source>
        <translation>How many seconds do you expect %1 to take? Empty: no guess. You can also drag in its column of the wall-clock chart.</translation>
    </message>
    <message>
        <source>Your guess, %1: %2</source>
        <translation>Your guess, %1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::PresenterBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Leave presenter mode</translation>
    </message>
    <message>
        <source>Back to the window with the experiment panel</source>
        <translation>Back to the window with the experiment panel</translation>
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
    <message>
        <source>%1 took longer than %2 s: stopped</source>
        <translation>%1 took longer than %2 s: stopped</translation>
    </message>
    <message>
        <source>the worker processes keep stopping (%1 replaced); the last: %2</source>
        <translation>the worker processes keep stopping (%1 replaced); the last: %2</translation>
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
    <message>
        <source>the input ended inside a frame&apos;s length (%1 of its %2 bytes)</source>
        <translation>the input ended inside a frame&apos;s length (%1 of its %2 bytes)</translation>
    </message>
    <message>
        <source>the input ended inside a frame (%1 of its %2 bytes)</source>
        <translation>the input ended inside a frame (%1 of its %2 bytes)</translation>
    </message>
</context>
<context>
    <name>Lab::Python</name>
    <message>
        <source>%1 (no GIL)</source>
        <translation>%1 (no GIL)</translation>
    </message>
    <message>
        <source>No Python 3.9 or newer was found on PATH: install it (sudo apt install python3) and start the app again.</source>
        <translation>No Python 3.9 or newer was found on PATH: install it (sudo apt install python3) and start the app again.</translation>
    </message>
    <message>
        <source>the cluster needs a Python with Dask distributed, and none was found: install it (sudo apt install python3-distributed) and start the app again.</source>
        <translation>the cluster needs a Python with Dask distributed, and none was found: install it (sudo apt install python3-distributed) and start the app again.</translation>
    </message>
</context>
<context>
    <name>Lab::PythonExecutor</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>cannot write the Python scripts into %1</source>
        <translation>cannot write the Python scripts into %1</translation>
    </message>
    <message>
        <source>cannot write the list of tasks: %1</source>
        <translation>cannot write the list of tasks: %1</translation>
    </message>
    <message>
        <source>the Python script wrote a line the app does not understand: %1</source>
        <translation>the Python script wrote a line the app does not understand: %1</translation>
    </message>
    <message>
        <source>the Python script wrote a line of over %1 bytes</source>
        <translation>the Python script wrote a line of over %1 bytes</translation>
    </message>
    <message>
        <source>the Python process ended</source>
        <translation>the Python process ended</translation>
    </message>
    <message>
        <source>python gave no sign of life in %1 s; stopped</source>
        <translation>python gave no sign of life in %1 s; stopped</translation>
    </message>
    <message>
        <source>task %1 (%2) timed out after %3 s; python stopped</source>
        <translation>task %1 (%2) timed out after %3 s; python stopped</translation>
    </message>
</context>
<context>
    <name>Lab::RuntimeChoice</name>
    <message>
        <source>C++ engine</source>
        <translation>C++ engine</translation>
    </message>
    <message>
        <source>CPython (the seed&apos;s scripts)</source>
        <translation>CPython (the seed&apos;s scripts)</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Both, side by side</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>Choose a Python interpreter</translation>
    </message>
    <message>
        <source>Looking for Python on this computer…</source>
        <translation>Looking for Python on this computer…</translation>
    </message>
</context>
<context>
    <name>Lab::ScalingChart</name>
    <message>
        <source>Speed-up against workers</source>
        <translation>Speed-up against workers</translation>
    </message>
    <message numerus="yes">
        <source>⚠ and %n more suspect point(s)</source>
        <translation>
            <numerusform>⚠ and %n more suspect point</numerusform>
            <numerusform>⚠ and %n more suspect points</numerusform>
        </translation>
    </message>
    <message>
        <source>workers in the pool</source>
        <translation>workers in the pool</translation>
    </message>
    <message>
        <source>speed-up over one at a time (×)</source>
        <translation>speed-up over one at a time (×)</translation>
    </message>
    <message>
        <source>No sweep yet: set Workers sweep (such as 1,2,4,8) in the panel, or run with --sweep-workers, to see speed-up against workers</source>
        <translation>No sweep yet: set Workers sweep (such as 1,2,4,8) in the panel, or run with --sweep-workers, to see speed-up against workers</translation>
    </message>
    <message>
        <source>ideal on this machine</source>
        <translation>ideal on this machine</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ScalingPlot</name>
    <message>
        <source>%1 (batch %2)</source>
        <translation>%1 (batch %2)</translation>
    </message>
    <message>
        <source>%1: Amdahl fit, serial %2%</source>
        <translation>%1: Amdahl fit, serial %2%</translation>
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
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Not run again: the run at %1 did this work (%2)</source>
        <translation>Not run again: the run at %1 did this work (%2)</translation>
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
        <translation>cannot open %1: a run is going; open it when the run has ended</translation>
    </message>
</context>
<context>
    <name>Lab::SessionModel</name>
    <message>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>The speed-up as a share of the best the schedule allows on this machine</source>
        <translation>The speed-up as a share of the best the schedule allows on this machine</translation>
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
        <source>CPU time</source>
        <translation>CPU time</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Speed-up</translation>
    </message>
    <message>
        <source>Of ideal</source>
        <translation>Of ideal</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>⚠ %1% (baseline slowed)</source>
        <translation>⚠ %1% (baseline slowed)</translation>
    </message>
    <message>
        <source>Cores busy</source>
        <translation>Cores busy</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1× (%2–%3)</source>
        <translation>%1× (%2–%3)</translation>
    </message>
    <message>
        <source>%1 of %2 cancelled</source>
        <translation>%1 of %2 cancelled</translation>
    </message>
    <message>
        <source>Interleaved rounds counted; times are their median (min–max), tasks their total</source>
        <translation>Interleaved rounds counted; times are their median (min–max), tasks their total</translation>
    </message>
    <message>
        <source>Why a figure should not be trusted: a busy machine, a speed-up above the ideal, a wide spread</source>
        <translation>Why a figure should not be trusted: a busy machine, a speed-up above the ideal, a wide spread</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
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
        <translation>Slide size:</translation>
    </message>
    <message>
        <source>Caption: what ran, when, on which machine</source>
        <translation>Caption: what ran, when, on which machine</translation>
    </message>
    <message>
        <source>Pixels of the picture; the text grows with it, to read from the back of a room</source>
        <translation>Pixels of the picture; the text grows with it, to read from the back of a room</translation>
    </message>
</context>
<context>
    <name>Lab::StateChart</name>
    <message>
        <source>no states recorded</source>
        <translation>no states recorded</translation>
    </message>
    <message>
        <source>no tasks ran</source>
        <translation>no tasks ran</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>not run yet</translation>
    </message>
    <message>
        <source>Where did the time go?</source>
        <translation>Where did the time go?</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>a state, its time in seconds, its share of the run&apos;s task time</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>all tasks: %1</source>
        <translation>all tasks: %1</translation>
    </message>
    <message>
        <source>Each bar: all of a run&apos;s task time (written at its end), split by what the tasks were doing</source>
        <translation>Each bar: all of a run&apos;s task time (written at its end), split by what the tasks were doing</translation>
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
        <translation>Results of every run</translation>
    </message>
</context>
<context>
    <name>Lab::ThaiFont</name>
    <message>
        <source>No installed font can draw Thai; install the package fonts-thai-tlwg (apt-get install fonts-thai-tlwg).</source>
        <translation>No installed font can draw Thai; install the package fonts-thai-tlwg (apt-get install fonts-thai-tlwg).</translation>
    </message>
</context>
<context>
    <name>Lab::TimelineView</name>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · pid %2</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated GIL</source>
        <translation>simulated GIL</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>cancelled after %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>running… %1</source>
        <translation>running… %1</translation>
    </message>
    <message>
        <source>seconds since each run started</source>
        <translation>seconds since each run started</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>timed out: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>%1
%2
%3–%4 s (%5)
%6</source>
        <extracomment>task label, worker, start and end in seconds, duration, result or error</extracomment>
        <translation>%1
%2
%3–%4 s (%5)
%6</translation>
    </message>
    <message>
        <source>Timeline of tasks per worker</source>
        <translation>Timeline of tasks per worker</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <translation>no GIL simulated: the threads compute at once</translation>
    </message>
    <message>
        <source>no GIL: a free-threaded CPython</source>
        <translation>no GIL: a free-threaded CPython</translation>
    </message>
    <message>
        <source>who held the GIL was not sampled</source>
        <translation>who held the GIL was not sampled</translation>
    </message>
    <message>
        <source>The GIL: only the thread that holds it may compute</source>
        <translation>The GIL: only the thread that holds it may compute</translation>
    </message>
    <message numerus="yes">
        <source>It changed hands %n time(s)</source>
        <translation>
            <numerusform>It changed hands %n time</numerusform>
            <numerusform>It changed hands %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 held it %2 of the time</source>
        <extracomment>a thread and its share of the run&apos;s time holding the GIL: &quot;thread-1 held it 48% of the time&quot;</extracomment>
        <translation>%1 held it %2 of the time</translation>
    </message>
    <message>
        <source>deadlock, ended after %1</source>
        <translation>deadlock, ended after %1</translation>
    </message>
    <message>
        <source>Each thread holds the lock the other waits for: none of them can go on. The app found the cycle and ended the run after %1.</source>
        <translation>Each thread holds the lock the other waits for: none of them can go on. The app found the cycle and ended the run after %1.</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <extracomment>on the timeline, beside the arrow from a thread&apos;s wait to the thread that holds the lock</extracomment>
        <translation>waits for %1</translation>
    </message>
    <message>
        <source>no deadlock: every thread got both locks</source>
        <translation>no deadlock: every thread got both locks</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>locks</translation>
    </message>
</context>
<context>
    <name>Lab::WallClockChart</name>
    <message>
        <source>Wall-clock time</source>
        <translation>Wall-clock time</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>ideal: %1</source>
        <translation>ideal: %1</translation>
    </message>
    <message>
        <source>reused: the run at %1</source>
        <translation>reused: the run at %1</translation>
    </message>
    <message>
        <source>Predict: drag up or down in each column to the time you expect, then press Run</source>
        <translation>Predict: drag up or down in each column to the time you expect, then press Run</translation>
    </message>
    <message>
        <source>busy machine</source>
        <translation>busy machine</translation>
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
    <message>
        <source>%1: cannot read it back: %2</source>
        <translation>%1: cannot read it back: %2</translation>
    </message>
    <message>
        <source>%1: read back %2 of %3 lines</source>
        <translation>%1: read back %2 of %3 lines</translation>
    </message>
    <message>
        <source>%1: line %2 differs from what was written</source>
        <translation>%1: line %2 differs from what was written</translation>
    </message>
    <message>
        <source>the shared counter runs in the app&apos;s own threads only</source>
        <translation>the shared counter runs in the app&apos;s own threads only</translation>
    </message>
    <message>
        <source>deadlock: waits for lock %1, held by %2</source>
        <translation>deadlock: waits for lock %1, held by %2</translation>
    </message>
    <message>
        <source>%1: not two locks in an order</source>
        <translation>%1: not two locks in an order</translation>
    </message>
    <message>
        <source>took %1, then %2</source>
        <translation>took %1, then %2</translation>
    </message>
</context>
</TS>
