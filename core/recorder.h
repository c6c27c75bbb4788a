#pragma once

#include "runresult.h"

#include <mutex>

namespace Lab {

// Monotonic clock shared by the app and its worker processes (CLOCK_MONOTONIC on Linux).
qint64 monotonicNs();

// Collects what every thread of a run reports; the run drains it in batches. Thread-safe.
class Recorder {
public:
    Recorder(QList<TaskSpec> tasks, qint64 startNs);

    qint64 startNs() const { return m_startNs; }
    const QList<TaskSpec>& tasks() const { return m_tasks; }
    int taskCount() const { return int(m_tasks.size()); }

    int addWorker(const WorkerInfo& worker);
    // Times are absolute monotonicNs() values.
    void started(int task, int worker, qint64 atNs);
    void finished(int task, int worker, qint64 startNs, qint64 endNs, TaskOutcome outcome);
    void addSample(CpuSample sample);

    RunProgress takeProgress();

    std::vector<TaskSpan> spans() const;
    QList<WorkerInfo> workers() const;
    QList<CpuSample> samples() const;

private:
    const QList<TaskSpec> m_tasks;
    const qint64 m_startNs;
    mutable std::mutex m_mutex;
    std::vector<TaskSpan> m_spans;
    QList<WorkerInfo> m_workers;
    QList<CpuSample> m_samples;
    QList<TaskEvent> m_pendingEvents;
    qsizetype m_samplesSent = 0;
    int m_done = 0;
};

} // namespace Lab
