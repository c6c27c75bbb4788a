#pragma once

#include "platform/procstat.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <mutex>

namespace Lab {

// Samples every 50 ms, on its own thread: each core's busy % from /proc/stat, and the CPU used by
// this process (its CPU clock, less the front end's) and its live workers (/proc/<pid>/schedstat;
// RUSAGE_CHILDREN counts only the dead), in nanoseconds: /proc/<pid>/stat's 10 ms ticks would
// make a 50 ms sample jump by 20% of a core.
class CpuSampler final : public QObject {
    Q_OBJECT
public:
    using Sink = std::function<void(CpuSample)>;
    // `frontEnd`: a thread of ours whose CPU is not the run's (the window's drawing).
    CpuSampler(qint64 startNs, ProcStat::FrontEndThread frontEnd, Sink sink, int intervalMs = 50);

    void start(); // in the sampler's thread
    void sample();
    // From any thread.
    void setWorkerPids(const QList<qint64>& pids);

private:
    qint64 processCpuNs();

    const qint64 m_startNs;
    const ProcStat::FrontEndThread m_frontEnd;
    Sink m_sink;
    QTimer m_timer{this}; // a child, so that it moves with us to our thread
    const ProcStat::SystemStat m_stat;
    QList<ProcStat::CoreTicks> m_lastCores;
    qint64 m_lastNs = 0;
    qint64 m_lastProcessNs = 0;
    std::mutex m_pidsMutex;
    QList<qint64> m_workerPids;
    QHash<qint64, qint64> m_workerCpuNs; // last reading of each worker
    qint64 m_goneWorkersNs = 0;          // last readings of workers that have gone
};

// The sampler on a thread of its own, for the length of a run.
class SamplerThread {
public:
    SamplerThread(qint64 startNs, ProcStat::FrontEndThread frontEnd, CpuSampler::Sink sink);
    ~SamplerThread();
    SamplerThread(const SamplerThread&) = delete;
    SamplerThread& operator=(const SamplerThread&) = delete;

    void setWorkerPids(const QList<qint64>& pids) { m_sampler->setWorkerPids(pids); }

private:
    QThread m_thread;
    CpuSampler* m_sampler;
};

} // namespace Lab
