// The benchmark's sections: what each measures, and what it is judged against.
#include "benchcontext.h"

#include "engine/recorder.h"
#include "experiment.h"
#include "measure/cpusampler.h"
#include "platform/process.h"
#include "report/analysis.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Lab::Bench {

namespace {

constexpr int fanoutDelayMs = 200;

qint64 statusKb(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// "≤ Python ÷ N": not judged without CPython.
Target atMostPythonOver(double times)
{
    return {u"≤ Python ÷ %1"_s.arg(times), true,
            [times](double ours, std::optional<double> python) -> std::optional<bool> {
                if (!python)
                    return std::nullopt;
                return ours * times <= *python;
            }};
}

void fanout(Context& x)
{
    const QList<int> sizes =
        x.options.quick ? QList<int>{1'000, 10'000} : QList<int>{1'000, 10'000, 100'000, 1'000'000};
    for (int n : sizes) {
        x.say(u"fan-out: %1 coroutines × %2 ms"_s.arg(n).arg(fanoutDelayMs));
        QList<ChildResult> ours;
        QList<ChildResult> theirs;
        x.rounds( // each side in fresh processes, which have nothing to warm up for the next
            [&](bool) {
                if (auto o =
                        x.child(x.options.program, {u"bench"_s, u"--probe-fanout"_s, QString::number(n)}))
                    ours.append(*o);
                if (auto o =
                        x.python3(u"fanout_asyncio.py"_s, {u"--tasks"_s, QString::number(n), u"--delay-ms"_s,
                                                           QString::number(fanoutDelayMs)}))
                    theirs.append(*o);
            },
            false);
        Figure late =
            figure(u"fanout_%1_overhead_ms"_s.arg(n), u"%1 × 200 ms waits: time over 200 ms"_s.arg(n),
                   u"ms"_s, field(ours, u"overhead_ns"_s, 1e-6), field(theirs, u"overhead_ns"_s, 1e-6));
        Figure memory =
            figure(u"fanout_%1_bytes_per_task"_s.arg(n), u"%1 waits: memory per waiting task"_s.arg(n),
                   u"B"_s, field(ours, u"bytes_per_task"_s), field(theirs, u"bytes_per_task"_s));
        memory.estimator = Estimator::Median; // memory is not a time: a busy machine adds none to it
        if (n == 100'000) {
            late.target = {u"≤ Python ÷ 10 and < 100 ms"_s, true,
                           [](double ours, std::optional<double> python) -> std::optional<bool> {
                               return ours < 100 && (!python || ours * 10 <= *python);
                           }};
        }
        if (n == 1'000'000) {
            const bool complete = ours.size() == x.options.repeats;
            memory.target = {u"completes; ≤ Python ÷ 2"_s, true,
                             [complete](double ours, std::optional<double> python) -> std::optional<bool> {
                                 return complete && (!python || ours * 2 <= *python);
                             }};
        }
        x.add(late);
        x.add(memory);
    }
}

void threadPool(Context& x)
{
    const int n = x.options.quick ? 10'000 : 100'000;
    const int workers = std::min(32, x.cores() + 4); // ThreadPoolExecutor's default
    x.say(u"thread pool: %1 trivial tasks on %2 threads"_s.arg(n).arg(workers));
    const RunConfig c = x.weather(Strategy::Threads, n, 0, workers);
    Series ours;
    QList<ChildResult> theirs;
    x.rounds([&](bool counted) {
        const auto [run, machine] = x.engine(c, counted);
        if (!counted)
            return;
        if (endedWell(run))
            ours.add(double(run->wallNs) / n / 1e3, machine);
        if (auto o = x.python3(u"threadpool_cost.py"_s,
                               {u"--tasks"_s, QString::number(n), u"--workers"_s, QString::number(workers)}))
            theirs.append(*o);
    });
    Figure f = figure(u"threads_per_task_us"_s, u"thread pool: cost per trivial task (%1 tasks)"_s.arg(n),
                      u"µs"_s, ours, field(theirs, u"per_task_us"_s));
    f.target = atMostPythonOver(10);
    x.add(f);
}

void processPool(Context& x)
{
    const int n = x.options.quick ? 2'000 : 20'000;
    const int workers = x.cores();
    x.say(u"process pool: %1 trivial round trips on %2 processes"_s.arg(n).arg(workers));
    const RunConfig c = x.weather(Strategy::Processes, n, 0, workers);
    Series start;
    Series perTask;
    QList<ChildResult> theirs;
    x.rounds([&](bool counted) {
        const auto [run, machine] = x.engine(c, counted);
        if (!counted)
            return;
        if (endedWell(run)) {
            qint64 readyNs = 0; // the pool is up when its last worker has said hello
            for (const WorkerInfo& w : run->workers)
                readyNs = std::max(readyNs, w.readyNs);
            start.add(double(readyNs) / 1e6, machine);
            perTask.add(double(run->wallNs - readyNs) / n / 1e3, machine);
        }
        if (auto o = x.python3(u"processpool_cost.py"_s,
                               {u"--tasks"_s, QString::number(n), u"--workers"_s, QString::number(workers)}))
            theirs.append(*o);
    });
    Figure f =
        figure(u"processes_per_task_us"_s, u"process pool: cost per trivial round trip (%1 tasks)"_s.arg(n),
               u"µs"_s, perTask, field(theirs, u"per_task_us"_s));
    f.target = atMostPythonOver(5);
    x.add(f);
    x.add(figure(u"processes_start_ms"_s, u"process pool: start of %1 workers"_s.arg(workers), u"ms"_s, start,
                 field(theirs, u"start_ns"_s, 1e-6)));
}

Series scaled(Series s, double factor)
{
    for (double& v : s.values)
        v *= factor;
    return s;
}

Figure speedupFigure(const QString& id, const QString& what, Series cpp, Series python, double ideal)
{
    Figure f = figure(id, what, u"×"_s, std::move(cpp), std::move(python));
    f.estimator = Estimator::Median;
    f.higherIsBetter = true;
    f.ideal = ideal;
    return f;
}

void squares(Context& x)
{
    const int scale = x.options.quick ? 10 : defaultScale;
    const QList<RunConfig> lab3 = x.lab(3, 100, scale);
    RunConfig threads = lab3.last();
    threads.strategy = Strategy::Threads;
    x.say(u"squares: the seed's sizes × %1, one at a time, %2 processes, %2 threads"_s.arg(scale).arg(
        x.cores()));
    QStringList ns;
    for (qint64 n : seedSquaresN)
        ns.append(QString::number(n * scale / pythonScaleDivisor));
    const QStringList script{u"--n"_s, ns.join(u','), u"--workers"_s, QString::number(lab3.last().workers)};
    Series processes;
    Series threaded;
    QList<ChildResult> theirs; // squares.py pairs its own one-at-a-time and pool runs
    x.rounds([&](bool counted) {
        // A round: both speed-ups against the round's own one-at-a-time run, as `run --repeats` does.
        const MachineWatch watch;
        const RunResultPtr sequential = runEngine(lab3.first());
        const RunResultPtr pool = runEngine(lab3.last());
        const RunResultPtr pooledThreads = runEngine(threads);
        if (!counted)
            return;
        const auto machine = disturbanceOf(watch, {sequential, pool, pooledThreads});
        for (const auto& [fast, series] :
             {std::pair{pool, &processes}, std::pair{pooledThreads, &threaded}}) {
            if (endedWell(sequential) && endedWell(fast))
                series->add(double(sequential->wallNs) / double(fast->wallNs), machine);
        }
        if (auto o = x.python3(u"squares.py"_s, script))
            theirs.append(*o);
    });
    const double ideal = Analysis::idealSpeedup(lab3.last());
    const Series python = field(theirs, u"speedup"_s);
    Figure f = speedupFigure(
        u"squares_processes_speedup"_s,
        u"squares, %1 processes: speed-up (ideal %2×)"_s.arg(lab3.last().workers).arg(ideal, 0, 'f', 2),
        processes, python, ideal);
    f.target = {
        u"≥ 97% of the ideal %1×"_s.arg(ideal, 0, 'f', 2), false,
        [ideal](double ours, std::optional<double>) -> std::optional<bool> { return ours >= 0.97 * ideal; }};
    x.add(f);
    const double perCore = 100.0 / x.cores();
    Figure efficiency = speedupFigure(u"squares_processes_efficiency_pct"_s,
                                      u"squares, processes: parallel efficiency (÷ cores)"_s,
                                      scaled(processes, perCore), scaled(python, perCore), ideal * perCore);
    efficiency.unit = u"%"_s;
    x.add(efficiency);
    x.add(speedupFigure(u"squares_threads_speedup"_s,
                        u"squares, %1 threads without a GIL: speed-up"_s.arg(threads.workers), threaded, {},
                        Analysis::idealSpeedup(threads)));
}

void ioLabs(Context& x)
{
    const int percent = x.options.quick ? 10 : 100;
    for (int number : {1, 2}) {
        const RunConfig c = x.lab(number, percent).last(); // the technique, not the baseline beside it
        const double limitMs = c.delayMs;                  // every wait overlaps: one wait is the floor
        x.say(u"lab %1: %2"_s.arg(number).arg(runtimeId(c.runtime)));
        Series over;
        x.rounds([&](bool counted) {
            const auto [run, machine] = x.engine(c, counted);
            if (counted && endedWell(run))
                over.add(100 * (double(run->wallNs) / 1e6 - limitMs) / limitMs, machine);
        });
        Figure f = figure(u"lab%1_over_limit_pct"_s.arg(number),
                          u"lab %1 (%2 × %3 ms, %4): above the physical limit"_s.arg(number)
                              .arg(taskCountOf(c))
                              .arg(c.delayMs)
                              .arg(strategyId(c.strategy)),
                          u"%"_s, over);
        f.target = bound(1, true, f.unit);
        x.add(f);
    }
}

void sampler(Context& x)
{
    const int ms = x.options.quick ? 500 : 2000;
    x.say(u"sampler: 20 samples a second for %1 ms"_s.arg(ms));
    const ProcStat::FrontEndThread self = ProcStat::FrontEndThread::current();
    Series cpu;
    x.rounds([&](bool counted) {
        const MachineWatch watch;
        const qint64 before = Platform::ownCpuNs() - self.cpuNs();
        {
            SamplerThread s(monotonicNs(), self, [](const CpuSample&) {});
            QEventLoop loop;
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const double pct = 100.0 * double(Platform::ownCpuNs() - self.cpuNs() - before) / (ms * 1e6);
        if (counted)
            cpu.add(pct, disturbanceOf(watch, {}));
    });
    Figure f =
        figure(u"sampler_cpu_pct"_s, u"sampler: CPU at 20 samples a second (% of one core)"_s, u"%"_s, cpu);
    f.target = bound(1, false, f.unit);
    x.add(f);
    threadSampler(x);
}

void gui(Context& x, const GuiProbe& probe)
{
    if (!probe)
        return;
    const int n = x.options.quick ? 10'000 : 100'000;
    x.say(u"window: a run of %1 tasks, then the timeline redrawn"_s.arg(n));
    // A window looks for Python interpreters once a process, in the background: that search ends
    // first, or its children's CPU falls into a measured repeat as another program's.
    Python::discoverOnce().waitForFinished();
    Series stall;
    Series redraw;
    x.rounds([&](bool counted) {
        const MachineWatch watch;
        const GuiFigures g = probe(n);
        if (!counted)
            return;
        const auto machine = disturbanceOf(watch, {});
        stall.add(g.longestStallMs, machine);
        redraw.add(g.timelineRedrawMs, machine);
    });
    Figure longest = figure(u"gui_longest_stall_ms"_s,
                            u"window: longest GUI stall during a %1-task run"_s.arg(n), u"ms"_s, stall);
    longest.target = bound(50, true, longest.unit);
    Figure draw =
        figure(u"gui_timeline_redraw_ms"_s, u"window: timeline redraw, %1 spans"_s.arg(n), u"ms"_s, redraw);
    draw.target = bound(200, false, draw.unit);
    x.add(longest);
    x.add(draw);
}

} // namespace

// An absolute bound on our estimate: "≤ 1%" (inclusive) or "< 200 ms".
Target bound(double limit, bool inclusive, const QString& unit)
{
    const QString space = unit == u"%"_s ? QString() : u" "_s;
    return {u"%1 %2%3%4"_s.arg(inclusive ? u"≤"_s : u"<"_s).arg(limit).arg(space, unit), false,
            [limit, inclusive](double ours, std::optional<double>) -> std::optional<bool> {
                return inclusive ? ours <= limit : ours < limit;
            }};
}

Report run(const Options& options, const GuiProbe& gui, const std::function<void(const QString&)>& say)
{
    Context x{options, say, {}, {}, {}};
    Report report;
    report.machine = currentMachine();
    report.quick = options.quick;
    if (options.python != u"none"_s) {
        x.python = (options.python.isEmpty() ? Python::findDefault() : Python::probe(options.python))
                       .value_or(Python::Interpreter{});
    }
    report.interpreter = x.hasPython() ? u"%1 (%2)"_s.arg(Python::describe(x.python), x.python.path)
                                       : u"none: C++ figures only"_s;
    const std::pair<QString, std::function<void()>> sections[]{{u"fanout"_s, [&] { fanout(x); }},
                                                               {u"threads"_s, [&] { threadPool(x); }},
                                                               {u"processes"_s, [&] { processPool(x); }},
                                                               {u"squares"_s, [&] { squares(x); }},
                                                               {u"io"_s, [&] { ioLabs(x); }},
                                                               {u"sampler"_s, [&] { sampler(x); }},
                                                               {u"gui"_s, [&] { Bench::gui(x, gui); }}};
    for (const auto& [name, measure] : sections) {
        if (options.only.isEmpty() || options.only.contains(name))
            measure();
    }
    report.figures = x.figures;
    return report;
}

int fanoutProbe(int tasks, int delayMs)
{
    const Say quiet;
    const Context x{Options{}, quiet, {}, {}, {}};
    const RunConfig c = x.weather(Strategy::Coroutines, tasks, delayMs, 1);
    const qint64 before = statusKb("VmRSS");
    const RunResultPtr r = runEngine(c);
    const qint64 peak = statusKb("VmHWM");
    if (!r || !r->allOk())
        return 1;
    const QJsonObject o{{u"tasks"_s, tasks},
                        {u"wall_ns"_s, double(r->wallNs)},
                        {u"overhead_ns"_s, double(r->wallNs - qint64(delayMs) * 1'000'000)},
                        {u"rss_before_kb"_s, double(before)},
                        {u"rss_peak_kb"_s, double(peak)},
                        {u"bytes_per_task"_s, double(peak - before) * 1024 / tasks}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Lab::Bench
