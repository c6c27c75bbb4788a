#pragma once

#include "runresult.h"

#include <mutex>
#include <optional>

namespace Lab {

// A task handed to a process and its result back, absolute times; -1: not known.
struct Handover {
    qint64 sentNs = -1;
    qint64 returnedNs = -1;
};

// Collects what every thread of a run reports; the run drains it in batches. Thread-safe.
class Recorder {
public:
    Recorder(QList<TaskSpec> tasks, qint64 startNs);

    qint64 startNs() const;
    // The work began later than the run (an interpreter's start-up): times count from `originNs`
    // from now on, and samples taken before it are dropped.
    void setOrigin(qint64 originNs);
    qint64 startUpNs() const;
    // The work ended before the run did (an interpreter's shutdown): the run's wall time ends here.
    void setWorkEnd(qint64 endNs);
    std::optional<qint64> workEndNs() const;
    const QList<TaskSpec>& tasks() const { return m_tasks; }
    int taskCount() const { return int(m_tasks.size()); }

    int addWorker(const WorkerInfo& worker);
    // Times are absolute monotonicNs() values.
    // Every task handed to the strategy at once (a pool's queue, a coroutine per task); a task
    // never submitted counts as submitted when it started (one at a time: nothing waits in a queue).
    void submittedAll(qint64 atNs);
    void submitted(int task, qint64 atNs);
    void started(int task, int worker, qint64 atNs);
    // `states`: what the worker did from startNs to endNs (see StateLog), absolute times. The
    // recorder puts the queue before them and a process pool's transfers around them.
    // `handover`: a process pool's, when the task was sent and its result was back.
    void finished(int task, int worker, qint64 startNs, qint64 endNs, TaskOutcome outcome,
                  std::span<const StateSlice> states = {}, Handover handover = {});
    // States known only later (CPython's sampled threads), in the run's time, over the task's
    // span: they replace those from its start on, and a process pool's way back follows them.
    void setStates(int task, const StateSlices& states);
    void setThreads(QList<ThreadStates> threads, std::vector<GilHold> gilHolder);
    void addSample(CpuSample sample);
    // Lab 6: the shared counter at the run's end. Lab 8: the wait-for cycle found (the run ends).
    void setCounter(CounterTally tally);
    void setDeadlock(QList<LockWait> cycle);
    // Lab 9: the Dask cluster the run had; a task's attempt on a worker it lost.
    void setCluster(ClusterInfo cluster);
    void lostAttempt(LostAttempt attempt);
    // A process's start-up: asked for at `spawnNs`, ready at `readyNs`.
    void workerReady(int worker, qint64 spawnNs, qint64 readyNs);
    // A task handed to a process (`sentNs`) and its result back (`returnedNs`); -1 leaves one as is.
    void transferred(int task, qint64 sentNs, qint64 returnedNs);

    RunProgress takeProgress();

    std::vector<TaskSpan> spans() const;
    // The spans moved out, once the run is over: a million tasks' states are not copied.
    std::vector<TaskSpan> takeSpans();
    QList<WorkerInfo> workers() const;
    QList<CpuSample> samples() const;
    QList<ThreadStates> threads() const;
    std::vector<GilHold> gilHolder() const;
    std::optional<CounterTally> counter() const;
    QList<LockWait> deadlock() const;
    std::optional<ClusterInfo> cluster() const;
    QList<LostAttempt> lostAttempts() const;

private:
    const QList<TaskSpec> m_tasks;
    mutable std::mutex m_mutex;
    const qint64 m_runStartNs;
    qint64 m_startNs;
    std::optional<qint64> m_workEndNs;
    std::vector<TaskSpan> m_spans;
    QList<WorkerInfo> m_workers;
    std::vector<qint64> m_lastEndOnWorker; // the run's time; where a worker's next task can begin
    QList<ThreadStates> m_threads;
    std::vector<GilHold> m_gilHolder;
    std::optional<CounterTally> m_counter;
    QList<LockWait> m_deadlock;
    std::optional<ClusterInfo> m_cluster;
    QList<LostAttempt> m_lostAttempts;
    QList<CpuSample> m_samples;
    QList<TaskEvent> m_pendingEvents;
    qsizetype m_samplesSent = 0;
    int m_done = 0;
};

} // namespace Lab
