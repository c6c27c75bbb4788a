#pragma once

#include "enumids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lab {

// Weather, logs and squares are the seed's and a custom experiment's; the counter (lab 6) and the
// locks (lab 8) belong to their labs only.
enum class Workload { Weather, Logs, Squares, Counter, Locks };
// Cluster: a Dask cluster (lab 9), CPython's only: the engine has no cluster of its own.
enum class Strategy { Sequential, Coroutines, Threads, Processes, Cluster };
// Who does the work: this app's C++ engine, or CPython running the seed's scripts.
enum class Runtime { Cpp, Python };

// What a custom experiment can do; the strategies are the engine's, and CPython's too. CPython
// alone has a cluster.
inline constexpr Workload allWorkloads[] = {Workload::Weather, Workload::Logs, Workload::Squares};
inline constexpr Strategy allStrategies[] = {Strategy::Sequential, Strategy::Coroutines, Strategy::Threads,
                                             Strategy::Processes};

// Stable identifiers used on the command line and in exported files; never translated.
inline constexpr EnumId<Workload> workloadIds[] = {{Workload::Weather, u"weather"},
                                                   {Workload::Logs, u"logs"},
                                                   {Workload::Squares, u"squares"},
                                                   {Workload::Counter, u"counter"},
                                                   {Workload::Locks, u"locks"}};
inline constexpr EnumId<Strategy> strategyIds[] = {{Strategy::Sequential, u"sequential"},
                                                   {Strategy::Coroutines, u"coroutines"},
                                                   {Strategy::Threads, u"threads"},
                                                   {Strategy::Processes, u"processes"},
                                                   {Strategy::Cluster, u"cluster"}};
inline constexpr EnumId<Runtime> runtimeIds[] = {{Runtime::Cpp, u"cpp"}, {Runtime::Python, u"python"}};
static_assert(coversEnum(workloadIds, Workload::Locks));

// The mistakes labs (5–8) run a technique two ways: the mistake every learner makes, and its fix.
// None for every other run.
enum class Variant : quint8 {
    None,
    Blocking,      // lab 5: a coroutine calls a blocking wait, and the whole loop stops
    Offloaded,     // lab 5: the coroutine awaits the blocking call on a pool thread
    Awaited,       // lab 5: the coroutine awaits a wait of the loop's own
    Unlocked,      // lab 6: threads read, yield and write a shared counter
    Locked,        // lab 6: the same under a lock
    CoroutineAdds, // lab 6: coroutines add with no await between the read and the write
    AwaitBetween,  // lab 6: coroutines await between the read and the write
    OnePerTask,    // lab 7: a process pool handed one tiny task at a time
    Batched,       // lab 7: the same tasks handed over in batches
    OppositeOrder, // lab 8: two threads take two locks in opposite orders
    SameOrder,     // lab 8: both take them in one order
};
inline constexpr EnumId<Variant> variantIds[] = {{Variant::None, u"none"},
                                                 {Variant::Blocking, u"blocking"},
                                                 {Variant::Offloaded, u"offloaded"},
                                                 {Variant::Awaited, u"awaited"},
                                                 {Variant::Unlocked, u"unlocked"},
                                                 {Variant::Locked, u"locked"},
                                                 {Variant::CoroutineAdds, u"coroutines"},
                                                 {Variant::AwaitBetween, u"await_between"},
                                                 {Variant::OnePerTask, u"one_per_task"},
                                                 {Variant::Batched, u"batched"},
                                                 {Variant::OppositeOrder, u"opposite_order"},
                                                 {Variant::SameOrder, u"same_order"}};
static_assert(coversEnum(variantIds, Variant::SameOrder));
QString variantId(Variant v);
std::optional<Variant> variantFromId(const QString& id);
static_assert(coversEnum(strategyIds, Strategy::Cluster));
static_assert(coversEnum(runtimeIds, Runtime::Python));

QString workloadId(Workload w);
QString strategyId(Strategy s);
QString runtimeId(Runtime r);
std::optional<Workload> workloadFromId(const QString& id);
std::optional<Strategy> strategyFromId(const QString& id);
std::optional<Runtime> runtimeFromId(const QString& id);

inline constexpr int automaticTaskTimeout = -1;
// From a CPython's start to its first event: about 0.16 s here; 30 s is far above that even through
// a pyenv shim on a crowded machine, yet a hung interpreter ends.
inline constexpr int defaultPythonStartTimeoutMs = 30'000;

// Everything a run needs to know. Plain value: copied into the engine's threads.
struct RunConfig {
    Workload workload = Workload::Weather;
    Strategy strategy = Strategy::Sequential;
    int workers = 1;                 // pool size for threads/processes; 1 for sequential and coroutines
    bool gil = false;                // threads only: simulate CPython's global interpreter lock
    QStringList cities;              // weather: one task per entry
    int taskCount = 0;               // logs, counter, locks: number of tasks; weather/squares: from the lists
    int delayMs = 0;                 // weather: network wait; logs: blocking disk wait; locks: hold time
    QList<qint64> squaresN;          // squares: one task per entry, already multiplied by the scale
    int counterAdds = 0;             // counter: how many times each task adds 1 to the shared counter
    Variant variant = Variant::None; // the mistakes labs: the mistake or its fix
    // processes: tasks handed to a worker in one go; 0 = as many as keep it busy (the pool's own
    // pipelining), 1 = one task, then its result, then the next.
    int batchSize = 0;
    QString outDir;        // logs: folder the files are written into
    QString workerProgram; // processes: executable started in `worker` mode
    int labNumber = -1;    // the seed lab this run reproduces, -1 for a custom experiment
    // processes: a worker whose task runs longer is stopped and replaced, the task TimedOut;
    // CPython: the interpreter is stopped and the run fails.
    // 0 = never; automaticTaskTimeout = scaled to each task (see taskTimeoutFor()).
    int taskTimeoutMs = automaticTaskTimeout;
    Runtime runtime = Runtime::Cpp;
    QString python; // Runtime::Python: the interpreter to run
    // Strategy::Cluster: the scheduler of a running Dask cluster, tcp://HOST:PORT; empty: the
    // script starts a LocalCluster of `workers` processes on 127.0.0.1.
    QString scheduler;
    // Runtime::Python: an interpreter that has said nothing this long after its start is stopped;
    // 0 = never.
    int pythonStartTimeoutMs = defaultPythonStartTimeoutMs;
    // The person's guess of the wall time, made before the run (predict, then run); none: no guess.
    std::optional<qint64> predictionMs;
    // The session's batch it was run in (Session numbers them from 1): speed-ups are against the
    // one-at-a-time run of the same batch.
    int batch = 0;
    // Repetitions of the batch (Experiment::repeats), interleaved: this run's round, from 0, and
    // whether it is a warm-up that is measured but not counted. A run pairs with the baseline of
    // its own round.
    int repeat = 0;
    bool warmup = false;
};

// Defaults of the seed's lab.
inline constexpr int defaultWeatherDelayMs = 2000;
inline constexpr int defaultLogsDelayMs = 1000;
inline constexpr int defaultLogFiles = 5;
inline constexpr int defaultScale = 100;
// The mistakes labs' sizes (see experiment.cpp for each lab's runs).
inline constexpr int defaultCounterTasks = 2;      // lab 6: threads or coroutines adding
inline constexpr int defaultCounterAdds = 100'000; // lab 6: each adds this many times: 200,000 in all
inline constexpr int defaultTinyTasks = 100'000;   // lab 7: tasks
inline constexpr qint64 tinySquaresN = 100;        // lab 7: each sums this many squares (× the scale)
inline constexpr int defaultTinyBatch = 1000;      // lab 7: tasks a batch
inline constexpr int defaultLockHoldMs = 200;      // lab 8: a thread holds its first lock this long
inline constexpr int maxCounterAdds = 100'000'000;
inline const QList<qint64> seedSquaresN{8'000'000, 9'000'000, 10'000'000, 7'000'000};
// CPython computes about 100 times slower than the engine: at the default scale it does the seed's
// own sizes, in about the same time as the engine does them × 100.
inline constexpr int pythonScaleDivisor = 100;
QStringList defaultCities(); // Bangkok, Tokyo, London
QStringList worldCities();   // a longer list cycled through for large task counts
// `count` cities from `cities`, cycled, later rounds numbered: "Bangkok", …, "Bangkok 2".
QStringList expandCities(const QStringList& cities, int count);

// Documented limits of every parameter.
inline constexpr int maxTasks = 1'000'000;
inline constexpr int maxDelayMs = 600'000;
inline constexpr qint64 maxSquaresN = 100'000'000'000LL;
inline constexpr int maxScale = 1000;
inline constexpr int maxPythonStartTimeoutS = 3600;
inline constexpr int maxPredictionS = 86'400; // a day: above any run a workshop waits for
int cpuCores();
int maxWorkers(Strategy s); // max(8, cores × 4); processes also bounded by the open-file limit
int defaultWorkers(Strategy s, int taskCount);

int taskCountOf(const RunConfig& c);
// The time a task of `delayMs` or `n` squares gets before its worker is stopped, in ms; 0 = none.
// Automatic: 60 s + twice the task's own wait + 10 ns per square (about 16× what g++ -O2 needs here),
// far above any legitimate task, even on a slow or crowded machine, yet finite: a hung worker ends.
qint64 taskTimeoutFor(const RunConfig& c, int delayMs, qint64 n);
// True when two runs did the same work, so that one's time can be compared with the other's.
bool sameWork(const RunConfig& a, const RunConfig& b);
// True when `sequential` can be the one-at-a-time baseline of `run`: a sequential run of the same
// work in the same runtime (and, for CPython, the same interpreter).
bool isBaselineFor(const RunConfig& sequential, const RunConfig& run);
// True when two runs of one batch are repetitions of each other: the same work the same way, by the
// same runtime, with as many workers (their rounds may differ).
bool sameKind(const RunConfig& a, const RunConfig& b);

inline constexpr int maxRepeats = 50;
inline constexpr int maxSweepPoints = 16;

} // namespace Lab
