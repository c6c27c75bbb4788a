#include "benchmark.h"

#include "engine/engine.h"
#include "engine/recorder.h"
#include "experiment.h"
#include "measure/cpusampler.h"
#include "python/pythonruntime.h"
#include "report/analysis.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
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

// One run through the engine the CLI and the window use, waited for in a local event loop.
RunResultPtr runEngine(const RunConfig& config)
{
    Engine engine;
    RunResultPtr result;
    QEventLoop loop;
    QObject::connect(&engine, &Engine::runFinished, &loop, [&](const RunResultPtr& r) {
        result = r;
        loop.quit();
    });
    if (!engine.start(config))
        return {};
    loop.exec();
    return result;
}

// The last line of a child that prints one JSON object, or nullopt (with why, told to `say`).
std::optional<QJsonObject> childJson(const QString& program, const QStringList& args,
                                     const std::function<void(const QString&)>& say)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(15 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        say(u"  %1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                        QString::fromUtf8(p.readAllStandardError()).trimmed().right(300)));
        p.kill();
        p.waitForFinished(1000);
        return std::nullopt;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.last());
    return doc.isObject() ? std::optional(doc.object()) : std::nullopt;
}

struct Context {
    const Options& options;
    const std::function<void(const QString&)>& say;
    Python::Interpreter python; // path empty: none
    QTemporaryDir scratch;
    QList<Figure> figures;

    bool hasPython() const { return !python.path.isEmpty(); }
    int cores() const { return cpuCores(); }

    // Our measurement: a warm-up, then `repeats` times.
    Series repeat(const std::function<double()>& measure) const
    {
        measure();
        Series s;
        for (int i = 0; i < options.repeats; ++i)
            s.values.append(measure());
        return s;
    }

    // CPython's: a bench script `repeats` times, each in a fresh interpreter that warms itself up.
    QList<QJsonObject> python3(const QString& script, const QStringList& args) const
    {
        QList<QJsonObject> out;
        if (!hasPython())
            return out;
        for (int i = 0; i < options.repeats; ++i) {
            if (auto o = childJson(python.path, QStringList{Python::benchScript(script)} + args, say))
                out.append(*o);
        }
        return out;
    }

    RunConfig weather(Strategy s, int tasks, int delayMs, int workers) const
    {
        RunConfig c;
        c.workload = Workload::Weather;
        c.strategy = s;
        c.workers = workers;
        c.delayMs = delayMs;
        c.cities = expandCities(worldCities(), tasks);
        c.taskCount = tasks;
        c.workerProgram = options.workerProgram;
        return c;
    }

    QList<RunConfig> lab(int number, int waitPercent = 100, int scale = defaultScale) const
    {
        Experiment e;
        e.lab = number;
        e.waitPercent = waitPercent;
        e.scale = scale;
        return experimentRuns(e, options.workerProgram, scratch.path());
    }

    void add(Figure f) { figures.append(std::move(f)); }
};

Figure figure(const QString& id, const QString& what, const QString& unit, Series cpp = {},
              Series python = {})
{
    Figure f;
    f.id = id;
    f.what = what;
    f.unit = unit;
    f.cpp = std::move(cpp);
    f.python = std::move(python);
    return f;
}

Series field(const QList<QJsonObject>& runs, const QString& key, double factor = 1)
{
    Series s;
    for (const QJsonObject& o : runs)
        s.values.append(o.value(key).toDouble() * factor);
    return s;
}

void fanout(Context& x)
{
    const QList<int> sizes =
        x.options.quick ? QList<int>{1'000, 10'000} : QList<int>{1'000, 10'000, 100'000, 1'000'000};
    for (int n : sizes) {
        x.say(u"fan-out: %1 coroutines × %2 ms"_s.arg(n).arg(fanoutDelayMs));
        QList<QJsonObject> ours;
        for (int i = 0; i < x.options.repeats; ++i) {
            if (auto o = childJson(x.options.program, {u"bench"_s, u"--probe-fanout"_s, QString::number(n)},
                                   x.say))
                ours.append(*o);
        }
        const QList<QJsonObject> theirs =
            x.python3(u"fanout_asyncio.py"_s,
                      {u"--tasks"_s, QString::number(n), u"--delay-ms"_s, QString::number(fanoutDelayMs)});
        Figure late =
            figure(u"fanout_%1_overhead_ms"_s.arg(n), u"%1 × 200 ms waits: time over 200 ms"_s.arg(n),
                   u"ms"_s, field(ours, u"overhead_ns"_s, 1e-6), field(theirs, u"overhead_ns"_s, 1e-6));
        Figure memory =
            figure(u"fanout_%1_bytes_per_task"_s.arg(n), u"%1 waits: memory per waiting task"_s.arg(n),
                   u"B"_s, field(ours, u"bytes_per_task"_s), field(theirs, u"bytes_per_task"_s));
        if (n == 100'000) {
            late.target = u"≤ Python ÷ 10 and < 100 ms"_s;
            late.met = !late.cpp.isEmpty() && late.cpp.median() < 100 &&
                       (late.python.isEmpty() || late.cpp.median() * 10 <= late.python.median());
        }
        if (n == 1'000'000) {
            memory.target = u"completes; ≤ Python ÷ 2"_s;
            memory.met = ours.size() == x.options.repeats &&
                         (memory.python.isEmpty() || memory.cpp.median() * 2 <= memory.python.median());
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
    Figure f = figure(u"threads_per_task_us"_s, u"thread pool: cost per trivial task (%1 tasks)"_s.arg(n),
                      u"µs"_s, x.repeat([&] { return double(runEngine(c)->wallNs) / n / 1e3; }),
                      field(x.python3(u"threadpool_cost.py"_s, {u"--tasks"_s, QString::number(n),
                                                                u"--workers"_s, QString::number(workers)}),
                            u"per_task_us"_s));
    f.target = u"≤ Python ÷ 10"_s;
    if (!f.python.isEmpty())
        f.met = f.cpp.median() * 10 <= f.python.median();
    x.add(f);
}

void processPool(Context& x)
{
    const int n = x.options.quick ? 2'000 : 20'000;
    const int workers = x.cores();
    x.say(u"process pool: %1 trivial round trips on %2 processes"_s.arg(n).arg(workers));
    const RunConfig c = x.weather(Strategy::Processes, n, 0, workers);
    Series start;
    const Series perTask = x.repeat([&] {
        const RunResultPtr r = runEngine(c);
        qint64 readyNs = 0; // the pool is up when its last worker has said hello
        for (const WorkerInfo& w : r->workers)
            readyNs = std::max(readyNs, w.readyNs);
        start.values.append(double(readyNs) / 1e6);
        return double(r->wallNs - readyNs) / n / 1e3;
    });
    start.values = start.values.mid(1); // not the warm-up's
    const QList<QJsonObject> theirs =
        x.python3(u"processpool_cost.py"_s,
                  {u"--tasks"_s, QString::number(n), u"--workers"_s, QString::number(workers)});
    Figure f =
        figure(u"processes_per_task_us"_s, u"process pool: cost per trivial round trip (%1 tasks)"_s.arg(n),
               u"µs"_s, perTask, field(theirs, u"per_task_us"_s));
    f.target = u"≤ Python ÷ 5"_s;
    if (!f.python.isEmpty())
        f.met = f.cpp.median() * 5 <= f.python.median();
    x.add(f);
    x.add(figure(u"processes_start_ms"_s, u"process pool: start of %1 workers"_s.arg(workers), u"ms"_s, start,
                 field(theirs, u"start_ns"_s, 1e-6)));
}

void squares(Context& x)
{
    const int scale = x.options.quick ? 10 : defaultScale;
    const QList<RunConfig> lab3 = x.lab(3, 100, scale);
    RunConfig threads = lab3.last();
    threads.strategy = Strategy::Threads;
    x.say(u"squares: the seed's sizes × %1, one at a time, %2 processes, %2 threads"_s.arg(scale).arg(
        x.cores()));
    const auto speedup = [&](const RunConfig& parallel) {
        return x.repeat(
            [&] { return double(runEngine(lab3.first())->wallNs) / double(runEngine(parallel)->wallNs); });
    };
    QStringList ns;
    for (qint64 n : seedSquaresN)
        ns.append(QString::number(n * scale / pythonScaleDivisor));
    const QList<QJsonObject> theirs = x.python3(
        u"squares.py"_s, {u"--n"_s, ns.join(u','), u"--workers"_s, QString::number(lab3.last().workers)});
    const double ideal = Analysis::idealSpeedup(lab3.last());
    Figure processes = figure(
        u"squares_processes_speedup"_s,
        u"squares, %1 processes: speed-up (ideal %2×)"_s.arg(lab3.last().workers).arg(ideal, 0, 'f', 2),
        u"×"_s, speedup(lab3.last()), field(theirs, u"speedup"_s));
    processes.higherIsBetter = true;
    processes.target = u"≥ 97% of the ideal %1×"_s.arg(ideal, 0, 'f', 2);
    processes.met = processes.cpp.median() >= 0.97 * ideal;
    Figure efficiency = figure(u"squares_processes_efficiency_pct"_s,
                               u"squares, processes: parallel efficiency (÷ cores)"_s, u"%"_s);
    for (double s : processes.cpp.values)
        efficiency.cpp.values.append(100 * s / x.cores());
    for (double s : processes.python.values)
        efficiency.python.values.append(100 * s / x.cores());
    efficiency.higherIsBetter = true;
    Figure threaded = figure(u"squares_threads_speedup"_s,
                             u"squares, %1 threads without a GIL: speed-up"_s.arg(threads.workers), u"×"_s,
                             speedup(threads));
    threaded.higherIsBetter = true;
    x.add(processes);
    x.add(efficiency);
    x.add(threaded);
}

void ioLabs(Context& x)
{
    const int percent = x.options.quick ? 10 : 100;
    for (int number : {1, 2}) {
        const RunConfig c = x.lab(number, percent).first();
        const double limitMs = c.delayMs; // every wait overlaps: one wait is the floor
        x.say(u"lab %1: %2"_s.arg(number).arg(runtimeId(c.runtime)));
        Figure f = figure(
            u"lab%1_over_limit_pct"_s.arg(number),
            u"lab %1 (%2 × %3 ms, %4): above the physical limit"_s.arg(number)
                .arg(taskCountOf(c))
                .arg(c.delayMs)
                .arg(strategyId(c.strategy)),
            u"%"_s, x.repeat([&] { return 100 * (double(runEngine(c)->wallNs) / 1e6 - limitMs) / limitMs; }));
        f.target = u"≤ 1%"_s;
        f.met = f.cpp.median() <= 1;
        x.add(f);
    }
}

void sampler(Context& x)
{
    const int ms = x.options.quick ? 500 : 2000;
    x.say(u"sampler: 20 samples a second for %1 ms"_s.arg(ms));
    const auto cpuNs = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    };
    const ProcStat::FrontEndThread self = ProcStat::FrontEndThread::current();
    Figure f = figure(u"sampler_cpu_pct"_s, u"sampler: CPU at 20 samples a second (% of one core)"_s, u"%"_s,
                      x.repeat([&] {
                          const qint64 before = cpuNs() - self.cpuNs();
                          {
                              SamplerThread s(monotonicNs(), self, [](const CpuSample&) {});
                              QEventLoop loop;
                              QTimer::singleShot(ms, &loop, &QEventLoop::quit);
                              loop.exec();
                          }
                          return 100.0 * double(cpuNs() - self.cpuNs() - before) / (ms * 1e6);
                      }));
    f.target = u"< 1%"_s;
    f.met = f.cpp.median() < 1;
    x.add(f);
}

void gui(Context& x, const GuiProbe& probe)
{
    if (!probe)
        return;
    const int n = x.options.quick ? 10'000 : 100'000;
    x.say(u"window: a run of %1 tasks, then the timeline redrawn"_s.arg(n));
    Series redraw;
    Figure stall = figure(u"gui_longest_stall_ms"_s,
                          u"window: longest GUI stall during a %1-task run"_s.arg(n), u"ms"_s, x.repeat([&] {
                              const GuiFigures g = probe(n);
                              redraw.values.append(g.timelineRedrawMs);
                              return g.longestStallMs;
                          }));
    redraw.values = redraw.values.mid(1);
    stall.target = u"≤ 50 ms"_s;
    stall.met = stall.cpp.median() <= 50;
    Figure draw =
        figure(u"gui_timeline_redraw_ms"_s, u"window: timeline redraw, %1 spans"_s.arg(n), u"ms"_s, redraw);
    draw.target = u"< 200 ms"_s;
    draw.met = draw.cpp.median() < 200;
    x.add(stall);
    x.add(draw);
}

} // namespace

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
    Context x{Options{}, {}, {}, {}, {}};
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
