#pragma once

#include "labtypes.h"
#include "taskstate.h"
#include "work/workload.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Lab {

enum class WorkerKind : quint8 { Sequential, EventLoop, Thread, Process };

// Who ran a task: the same name for every task the same worker ran.
struct WorkerInfo {
    WorkerKind kind = WorkerKind::Sequential;
    QString name;   // "sequential", "event-loop", "thread-2", "process-1"
    qint64 pid = 0; // process id of the worker (the app's own for threads)
    qint64 tid = 0; // kernel thread id
    // A process's start-up, in ns since the run began: from asking for it to its first word; -1: none.
    qint64 spawnNs = -1;
    qint64 readyNs = -1;
};

// One task from start to end; times in ns since the run began.
struct TaskSpan {
    int task = -1;
    int worker = -1; // index into RunResult::workers, -1 when it never started
    qint64 startNs = -1;
    qint64 endNs = -1;
    TaskStatus status = TaskStatus::NotStarted;
    QString text; // result when ok, reason otherwise
    // A process pool's transfer: when the task was handed over, and when its result was back; -1: none.
    qint64 sentNs = -1;
    qint64 returnedNs = -1;
    // When it was handed to the strategy (before it was queued); -1 when never.
    qint64 submittedNs = -1;
    // What it did from submittedNs to its end (to returnedNs for a process pool), in order, without
    // gaps; empty when nobody knows (a CPython run whose threads could not be sampled).
    StateSlices states{};
};

// One thread of a run over the run's time: an engine's worker, or a sampled thread of CPython.
struct ThreadStates {
    qint64 pid = 0;
    qint64 tid = 0;
    QString label;      // "thread-1"; CPython's "MainThread", "ThreadPoolExecutor-0_0", or "tid 1234"
    StateTotals totals; // over the run, idle time among it
    StateSlices states; // sampled CPython threads: over time; empty for the engine's
};

// Who held the GIL (simulated or CPython's) over [startNs, endNs): thread `tid` computed.
struct GilHold {
    qint64 tid = 0;
    qint64 startNs = 0;
    qint64 endNs = 0;
    bool operator==(const GilHold&) const = default;
};

// What a run's GIL strip can show.
enum class GilKind : quint8 {
    None,         // no threads to take turns: sequential, coroutines, processes
    Unlocked,     // the engine's threads without the simulated GIL: they compute in parallel
    Simulated,    // the engine's threads with --gil
    Real,         // CPython with its GIL
    FreeThreaded, // a CPython built without the GIL (3.13t and later)
};
inline constexpr EnumId<GilKind> gilKindIds[] = {{GilKind::None, u"none"},
                                                 {GilKind::Unlocked, u"unlocked"},
                                                 {GilKind::Simulated, u"simulated"},
                                                 {GilKind::Real, u"real"},
                                                 {GilKind::FreeThreaded, u"free_threaded"}};
static_assert(coversEnum(gilKindIds, GilKind::FreeThreaded));
// What a run of `config` can show, known before it runs (the timeline keeps a strip's room meanwhile).
GilKind gilKindOf(const RunConfig& config);

struct CpuSample {
    qint64 tNs = 0;
    double processPct = 0; // the app and its live workers, % of one core (200 = two cores busy)
    double systemPct = 0;  // the whole machine, % of all cores
    QList<float> coresPct; // each core, %
};

struct CpuTimes {
    qint64 userNs = 0;
    qint64 systemNs = 0;
    CpuTimes& operator+=(const CpuTimes& o)
    {
        userNs += o.userNs;
        systemNs += o.systemNs;
        return *this;
    }
    qint64 totalNs() const { return userNs + systemNs; }
};

// The whole machine over a run, every core's time from /proc/stat in ns: what was busy (steal apart)
// and what the hypervisor gave other machines. All 0 when /proc/stat could not be read.
struct MachineCpu {
    qint64 busyNs = 0;
    qint64 stealNs = 0;
    qint64 totalNs = 0;
    qint64 elapsedNs = 0; // between the two readings
};

// What a run delivers while it goes: a task started or ended.
struct TaskEvent {
    enum class Kind : quint8 { Started, Finished };
    Kind kind = Kind::Started;
    int task = -1;
    int worker = -1;
    qint64 tNs = 0;
    qint64 startNs = -1; // Finished: when the task started
    TaskStatus status = TaskStatus::NotStarted;
    QString text;
};

// A batch of what happened since the last one, delivered at most ~30 times a second.
struct RunProgress {
    int runIndex = 0;
    int done = 0;
    int total = 0;
    qint64 elapsedNs = 0;
    QList<TaskEvent> events;
    QList<CpuSample> samples;
    QList<WorkerInfo> workers; // every worker known so far
};

// Lab 6: what a shared counter should have reached, and what it did.
struct CounterTally {
    qint64 expected = 0;
    qint64 actual = 0;
    qint64 lost() const { return expected - actual; }
    bool operator==(const CounterTally&) const = default;
};

// Lab 8: one edge of a wait-for cycle: `thread` waits for `lock`, which `heldBy` holds.
struct LockWait {
    QString thread;
    QString lock;
    QString heldBy;
    bool operator==(const LockWait&) const = default;
};

// A Dask cluster's run (Strategy::Cluster): where it was, and what having it cost before the work.
struct ClusterInfo {
    QString scheduler;    // tcp://HOST:PORT
    bool local = true;    // a LocalCluster the script started, not one at an address
    qint64 startUpNs = 0; // starting the LocalCluster (0 for a cluster at an address)
    qint64 connectNs = 0; // the client's connection to its scheduler
    int workers = 0;
    int remoteWorkers = 0; // on other machines: their processes are not sampled here
    bool operator==(const ClusterInfo&) const = default;
};

// A task's attempt on a worker the cluster lost: Dask ran the task again on another.
struct LostAttempt {
    int task = -1;
    int worker = -1; // index into RunResult::workers
    qint64 startNs = 0;
    qint64 lostNs = 0; // when the cluster ran it again elsewhere
    bool operator==(const LostAttempt&) const = default;
};

// How a run ended, as exported files name it: every task done well; a failure (of a task or of the
// run); cancelled by the person; stopped because its threads waited for each other for ever.
enum class RunStatus : quint8 { Ok, Failed, Cancelled, Deadlock };
inline constexpr EnumId<RunStatus> runStatusIds[] = {{RunStatus::Ok, u"ok"},
                                                     {RunStatus::Failed, u"failed"},
                                                     {RunStatus::Cancelled, u"cancelled"},
                                                     {RunStatus::Deadlock, u"deadlock"}};
static_assert(coversEnum(runStatusIds, RunStatus::Deadlock));

struct RunResult {
    RunConfig config;
    QList<TaskSpec> tasks;
    std::vector<TaskSpan> spans; // one per task, same order
    QList<WorkerInfo> workers;
    QList<CpuSample> samples;
    QDateTime startedUtc;
    qint64 wallNs = 0;
    qint64 startUpNs = 0; // before the work began, not in wallNs: CPython's own start-up
    CpuTimes appCpu;      // the engine's threads: the app less its front-end thread
    CpuTimes workersCpu;  // worker processes
    CpuTimes frontEndCpu; // the thread that drew the window or printed the story
    MachineCpu machine;   // the whole machine meanwhile: what else it did (see Noise::disturbanceOf())
    bool cancelled = false;
    QString error;       // why the run as a whole failed, if it did
    QString interpreter; // Runtime::Python: "CPython 3.11.2", with " (no GIL)" when free-threaded
    // Every thread that ran tasks: the engine's workers, or CPython's threads as sampled (all of the
    // interpreter's and its pool processes'); and who held the GIL, when it applies (see gilKind()).
    QList<ThreadStates> threads;
    std::vector<GilHold> gilHolder;
    std::optional<CounterTally> counter; // lab 6's workload: the shared counter at the end
    // A deadlock found and ended: who waited for whom, in a cycle. Empty when there was none.
    QList<LockWait> deadlock;
    std::optional<ClusterInfo> cluster; // Strategy::Cluster's
    QList<LostAttempt> lostAttempts;    // a cluster's tasks that ran again after a worker was lost

    int count(TaskStatus s) const;
    bool allOk() const { return count(TaskStatus::Ok) == int(spans.size()) && error.isEmpty(); }
    RunStatus status() const;
    // The states of all its tasks added up: where the time went.
    StateTotals stateTotals() const;
    GilKind gilKind() const;
};

using RunResultPtr = std::shared_ptr<const RunResult>;

// The engine's threads as its tasks tell them: each worker's states over the run, the rest idle.
QList<ThreadStates> engineThreads(const RunResult& run);
// The simulated GIL's holders: whoever computed held it (with --gil only one thread can at a time).
std::vector<GilHold> engineGilHolder(const RunResult& run);

} // namespace Lab

Q_DECLARE_METATYPE(Lab::RunProgress)
Q_DECLARE_METATYPE(Lab::RunResultPtr)
