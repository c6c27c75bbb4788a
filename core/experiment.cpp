#include "experiment.h"

#include <QDir>

#include <set>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

RunConfig seedConfig(Workload w, int scale)
{
    RunConfig c;
    c.workload = w;
    c.delayMs = w == Workload::Logs ? defaultLogsDelayMs : defaultWeatherDelayMs;
    if (w == Workload::Weather)
        c.cities = defaultCities();
    if (w == Workload::Logs)
        c.taskCount = defaultLogFiles;
    if (w == Workload::Squares) {
        for (qint64 n : seedSquaresN)
            c.squaresN.append(n * scale);
    }
    if (w == Workload::Counter) {
        c.taskCount = defaultCounterTasks;
        c.counterAdds = defaultCounterAdds;
        c.delayMs = 0;
    }
    if (w == Workload::Locks) {
        c.taskCount = 2;
        c.delayMs = defaultLockHoldMs;
    }
    return c;
}

// A mistakes lab's runs: its baseline one at a time, then each way of the technique.
struct Way {
    Strategy strategy;
    Variant variant;
    int workers = 1;
};

QList<RunConfig> mistakeRuns(int lab, const RunConfig& work, std::initializer_list<Way> ways)
{
    RunConfig baseline = work;
    baseline.labNumber = lab;
    QList<RunConfig> runs{baseline};
    for (const Way& way : ways) {
        RunConfig r = baseline;
        r.strategy = way.strategy;
        r.variant = way.variant;
        r.workers = way.workers;
        if (way.variant == Variant::OnePerTask)
            r.batchSize = 1;
        if (way.variant == Variant::Batched)
            r.batchSize = defaultTinyBatch;
        runs.append(r);
    }
    return runs;
}

// What a person may change of a mistakes lab (a lesson's try step, the panel): how many tasks, the
// pool's size, a task's wait; 0 or -1: the lab's own.
struct LabChange {
    int tasks = 0;
    int workers = 0;
    int delayMs = -1;
};

// A mistakes lab's work with the person's changes.
RunConfig changed(RunConfig work, const LabChange& change)
{
    if (change.delayMs >= 0 && (work.workload == Workload::Weather || work.workload == Workload::Locks))
        work.delayMs = change.delayMs;
    if (change.tasks <= 0)
        return work;
    switch (work.workload) {
    case Workload::Weather:
        work.cities =
            expandCities(change.tasks <= work.cities.size() ? work.cities : worldCities(), change.tasks);
        break;
    case Workload::Squares:
        work.squaresN = QList<qint64>(change.tasks, work.squaresN.value(0));
        break;
    case Workload::Counter:
    case Workload::Logs:
        work.taskCount = change.tasks;
        break;
    case Workload::Locks: // two threads, two locks: the cycle the lab draws
        break;
    }
    return work;
}

QList<RunConfig> labRuns(int lab, int scale, const LabChange& change = {})
{
    const auto make = [&](Workload w, Strategy s, int workers) {
        RunConfig c = seedConfig(w, scale);
        c.strategy = s;
        c.workers = workers;
        c.labNumber = lab;
        return c;
    };
    switch (lab) {
    case 0:
        return {make(Workload::Weather, Strategy::Sequential, 1),
                make(Workload::Logs, Strategy::Sequential, 1)};
    // Each technique beside its baseline, one at a time: the lesson is the difference.
    case 1:
        return {make(Workload::Weather, Strategy::Sequential, 1),
                make(Workload::Weather, Strategy::Coroutines, 1)};
    case 2:
        return {make(Workload::Logs, Strategy::Sequential, 1),
                make(Workload::Logs, Strategy::Threads, defaultLogFiles)};
    case 3:
        return {make(Workload::Squares, Strategy::Sequential, 1),
                make(Workload::Squares, Strategy::Processes,
                     std::min(cpuCores(), maxWorkers(Strategy::Processes)))};
    case 4: { // threads and the GIL, on lab 3's sums: two threads without the lock, then with it
        const int pool = std::min(2, maxWorkers(Strategy::Threads));
        RunConfig locked = make(Workload::Squares, Strategy::Threads, pool);
        locked.gil = true;
        return {make(Workload::Squares, Strategy::Sequential, 1),
                make(Workload::Squares, Strategy::Threads, pool), locked,
                make(Workload::Squares, Strategy::Processes,
                     std::min(cpuCores(), maxWorkers(Strategy::Processes)))};
    }
    case 5: { // the weather with a blocking call in the coroutine, the call in a thread, a real await
        const RunConfig work = changed(seedConfig(Workload::Weather, scale), change);
        const int threads =
            change.workers > 0 ? change.workers : defaultWorkers(Strategy::Threads, taskCountOf(work));
        return mistakeRuns(lab, work,
                           {{Strategy::Coroutines, Variant::Blocking},
                            {Strategy::Coroutines, Variant::Offloaded, threads},
                            {Strategy::Coroutines, Variant::Awaited}});
    }
    case 6: { // a shared counter: threads without and with a lock, coroutines without and with an await
        const RunConfig work = changed(seedConfig(Workload::Counter, scale), change);
        const int threads =
            change.workers > 0 ? change.workers : std::min(work.taskCount, maxWorkers(Strategy::Threads));
        return mistakeRuns(lab, work,
                           {{Strategy::Threads, Variant::Unlocked, threads},
                            {Strategy::Threads, Variant::Locked, threads},
                            {Strategy::Coroutines, Variant::CoroutineAdds},
                            {Strategy::Coroutines, Variant::AwaitBetween}});
    }
    case 7: { // tiny sums: a process pool handed one at a time, then in batches
        RunConfig work = seedConfig(Workload::Squares, scale);
        work.squaresN = QList<qint64>(defaultTinyTasks, tinySquaresN * scale);
        work = changed(work, change);
        const int processes =
            change.workers > 0 ? change.workers : std::min(cpuCores(), maxWorkers(Strategy::Processes));
        return mistakeRuns(lab, work,
                           {{Strategy::Processes, Variant::OnePerTask, processes},
                            {Strategy::Processes, Variant::Batched, processes}});
    }
    case clusterLab: { // lab 3's sums one at a time, in a pool of processes, and on a Dask cluster
        const int workers =
            change.workers > 0 ? change.workers : std::min(cpuCores(), maxWorkers(Strategy::Processes));
        return {make(Workload::Squares, Strategy::Sequential, 1),
                make(Workload::Squares, Strategy::Processes, workers),
                make(Workload::Squares, Strategy::Cluster, workers)};
    }
    case 8: { // two threads, two locks: in opposite orders they deadlock; in one order they finish
        const RunConfig work = changed(seedConfig(Workload::Locks, scale), change);
        return mistakeRuns(
            lab, work,
            {{Strategy::Threads, Variant::OppositeOrder, 2}, {Strategy::Threads, Variant::SameOrder, 2}});
    }
    }
    return {};
}

RunConfig customWork(const Experiment& e)
{
    RunConfig c = seedConfig(e.workload, e.scale);
    if (e.delayMs >= 0)
        c.delayMs = e.delayMs;
    if (!e.cities.isEmpty())
        c.cities = e.cities;
    if (!e.n.isEmpty()) {
        c.squaresN.clear();
        for (qint64 n : e.n)
            c.squaresN.append(n * e.scale);
    }
    if (e.tasks > 0) {
        c.taskCount = e.tasks;
        // More fetches than named cities: go round the world, numbering later rounds.
        c.cities = expandCities(!e.cities.isEmpty() || e.tasks <= c.cities.size() ? c.cities : worldCities(),
                                e.tasks);
        if (e.workload == Workload::Squares) { // the n values over again
            QList<qint64> ns;
            for (int i = 0; i < e.tasks; ++i)
                ns.append(c.squaresN.at(i % c.squaresN.size()));
            c.squaresN = ns;
        }
    }
    c.gil = e.gil;
    return c;
}

RunConfig inPython(RunConfig r, const Experiment& e)
{
    r.runtime = Runtime::Python;
    r.python = e.python.path;
    r.gil = !e.python.freeThreaded; // CPython's threads compute under its real lock
    r.pythonStartTimeoutMs = e.pythonStartTimeoutMs;
    if (r.strategy == Strategy::Cluster)
        r.scheduler = e.scheduler;
    r.outDir += u"-python"_s;
    for (qint64& n : r.squaresN)
        n = std::max<qint64>(1, n / pythonScaleDivisor);
    return r;
}

// Each pool at every size of the sweep, in the order given.
QList<RunConfig> swept(const QList<RunConfig>& runs, const QList<int>& workers)
{
    if (workers.isEmpty())
        return runs;
    QList<RunConfig> out;
    for (const RunConfig& r : runs) {
        if (r.strategy != Strategy::Threads && r.strategy != Strategy::Processes) {
            out.append(r);
            continue;
        }
        for (int w : workers) {
            out.append(r);
            out.last().workers = w;
        }
    }
    return out;
}

// Round after round of the same runs: each pair of one at a time and a technique is measured close
// together in time, so that what disturbs one disturbs the other.
QList<RunConfig> repeated(const QList<RunConfig>& runs, const Experiment& e)
{
    QList<RunConfig> out;
    if (e.warmup) {
        for (RunConfig r : runs) {
            r.warmup = true;
            out.append(r);
        }
    }
    for (int round = 0; round < std::clamp(e.repeats, 1, maxRepeats); ++round) {
        for (RunConfig r : runs) {
            r.repeat = round;
            out.append(r);
        }
    }
    return out;
}

QList<RunConfig> withRuntimes(const QList<RunConfig>& runs, const Experiment& e)
{
    const QList<Runtime> runtimes = runtimesOf(e);
    if (runtimes == QList<Runtime>{Runtime::Cpp})
        return runs;
    QList<RunConfig> out;
    for (const RunConfig& r : runs) {
        if (runtimes.contains(Runtime::Cpp) && r.strategy != Strategy::Cluster)
            out.append(r);
        // CPython's threads have the lock its build has, whatever the engine's run simulates: the
        // engine's runs with and without the GIL share one CPython run.
        const RunConfig python = inPython(r, e);
        const bool twice = std::any_of(out.cbegin(), out.cend(), [&python](const RunConfig& o) {
            return o.runtime == Runtime::Python && sameKind(o, python);
        });
        if (runtimes.contains(Runtime::Python) && !twice)
            out.append(python);
    }
    return out;
}

} // namespace

LabFields changeableFields(int lab)
{
    switch (lab) {
    case 5: // more cities, the threads the fix hands them to, the wait
        return {true, true, true};
    case 6: // more threads or coroutines adding
    case 7: // more or fewer tiny tasks, processes
        return {true, true, false};
    case 8: // two threads and two locks make the cycle; the hold decides whether it forms
        return {false, false, true};
    case clusterLab: // the pool's processes and the cluster's workers, as many of each
        return {false, true, false};
    default:
        return {};
    }
}

Workload labWorkload(int lab)
{
    const QList<RunConfig> runs = labRuns(lab, defaultScale);
    return runs.isEmpty() ? Workload::Weather : runs.first().workload;
}

bool usesCluster(const Experiment& e)
{
    return e.lab == clusterLab || e.strategies.contains(Strategy::Cluster);
}

QList<Runtime> runtimesOf(const Experiment& e)
{
    if (usesCluster(e) && !e.runtimes.contains(Runtime::Python))
        return {Runtime::Python};
    return e.runtimes.isEmpty() ? QList<Runtime>{Runtime::Cpp} : e.runtimes;
}

QList<Runtime> runtimesOf(RuntimeSet set)
{
    switch (set) {
    case RuntimeSet::Cpp:
        return {Runtime::Cpp};
    case RuntimeSet::Python:
        return {Runtime::Python};
    case RuntimeSet::Both:
        return {Runtime::Cpp, Runtime::Python};
    }
    return {Runtime::Cpp};
}

QList<RunConfig> experimentRuns(const Experiment& e, const QString& workerProgram, const QString& outDir)
{
    QList<RunConfig> runs;
    if (e.lab >= 0) {
        runs = labRuns(e.lab, e.scale, {e.tasks, e.workers, e.delayMs});
    } else {
        const RunConfig work = customWork(e);
        // One after another, sequential first: the baseline the others are compared with.
        // Every strategy the engine has when none is named; the cluster only when it is.
        const std::set<Strategy> chosen(e.strategies.begin(), e.strategies.end());
        for (const auto& [s, id] : strategyIds) {
            if (chosen.empty() ? s == Strategy::Cluster : !chosen.contains(s))
                continue;
            RunConfig r = work;
            r.strategy = s;
            const bool pooled = s == Strategy::Threads || s == Strategy::Processes || s == Strategy::Cluster;
            r.workers = e.workers > 0 && pooled ? e.workers : defaultWorkers(s, taskCountOf(work));
            runs.append(r);
        }
    }
    runs = swept(runs, e.sweepWorkers);
    for (RunConfig& r : runs) {
        r.delayMs = int(qint64(r.delayMs) * std::clamp(e.waitPercent, 1, 100) / 100);
        r.workerProgram = workerProgram;
        // A mistakes lab's runs in folders of their own: lab 7's sums are not lab 3's.
        r.outDir = QDir(outDir).filePath(u"%1%2-%3%4%5"_s.arg(
            isMistakesLab(r.labNumber) ? u"lab%1-"_s.arg(r.labNumber) : QString(), workloadId(r.workload),
            strategyId(r.strategy), r.gil ? u"-gil"_s : QString(),
            r.variant == Variant::None ? QString() : u"-"_s + variantId(r.variant)));
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        RunConfig& r = runs[i];
        // In a mistakes lab several runs share a strategy: the guess is of the mistake, the first.
        const bool earlier = r.variant != Variant::None &&
                             std::any_of(runs.cbegin(), runs.cbegin() + i,
                                         [&r](const RunConfig& o) { return o.strategy == r.strategy; });
        if (e.predictionsMs.contains(r.strategy) && !earlier)
            r.predictionMs = e.predictionsMs.value(r.strategy);
    }
    return repeated(withRuntimes(runs, e), e);
}

} // namespace Lab
