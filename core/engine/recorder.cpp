#include "engine/recorder.h"

#include <chrono>

namespace Lab {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Recorder::Recorder(QList<TaskSpec> tasks, qint64 startNs)
    : m_tasks(std::move(tasks)), m_runStartNs(startNs), m_startNs(startNs), m_spans(m_tasks.size())
{
    for (int i = 0; i < int(m_spans.size()); ++i)
        m_spans[i].task = i;
}

qint64 Recorder::startNs() const
{
    std::lock_guard lock(m_mutex);
    return m_startNs;
}

void Recorder::setOrigin(qint64 originNs)
{
    std::lock_guard lock(m_mutex);
    m_startNs = originNs;
    m_samples.clear();
    m_samplesSent = 0;
}

qint64 Recorder::startUpNs() const
{
    std::lock_guard lock(m_mutex);
    return m_startNs - m_runStartNs;
}

void Recorder::setWorkEnd(qint64 endNs)
{
    std::lock_guard lock(m_mutex);
    m_workEndNs = endNs;
}

std::optional<qint64> Recorder::workEndNs() const
{
    std::lock_guard lock(m_mutex);
    return m_workEndNs;
}

int Recorder::addWorker(const WorkerInfo& worker)
{
    std::lock_guard lock(m_mutex);
    m_workers.append(worker);
    return int(m_workers.size()) - 1;
}

void Recorder::started(int task, int worker, qint64 atNs)
{
    std::lock_guard lock(m_mutex);
    const qint64 t = atNs - m_startNs;
    TaskSpan& span = m_spans[task];
    span.worker = worker;
    span.startNs = t;
    m_pendingEvents.append({TaskEvent::Kind::Started, task, worker, t, t, TaskStatus::NotStarted, {}});
}

void Recorder::finished(int task, int worker, qint64 startNs, qint64 endNs, TaskOutcome outcome)
{
    std::lock_guard lock(m_mutex);
    const qint64 end = endNs - m_startNs;
    TaskSpan& span = m_spans[task];
    span.worker = worker;
    if (startNs >= 0)
        span.startNs = startNs - m_startNs;
    else if (span.startNs < 0)
        span.startNs = end;
    span.endNs = end;
    span.status = outcome.status;
    span.text = outcome.text;
    m_pendingEvents.append({TaskEvent::Kind::Finished, task, worker, end, span.startNs, outcome.status,
                            std::move(outcome.text)});
    ++m_done;
}

void Recorder::addSample(CpuSample sample)
{
    std::lock_guard lock(m_mutex);
    sample.tNs -= m_startNs - m_runStartNs; // the sampler counts from the run's start
    if (sample.tNs >= 0)
        m_samples.append(std::move(sample));
}

void Recorder::workerReady(int worker, qint64 spawnNs, qint64 readyNs)
{
    std::lock_guard lock(m_mutex);
    m_workers[worker].spawnNs = spawnNs - m_startNs;
    m_workers[worker].readyNs = readyNs - m_startNs;
}

void Recorder::transferred(int task, qint64 sentNs, qint64 returnedNs)
{
    std::lock_guard lock(m_mutex);
    TaskSpan& span = m_spans[task];
    if (sentNs >= 0)
        span.sentNs = sentNs - m_startNs;
    if (returnedNs >= 0)
        span.returnedNs = returnedNs - m_startNs;
}

RunProgress Recorder::takeProgress()
{
    RunProgress p;
    std::lock_guard lock(m_mutex);
    p.done = m_done;
    p.total = int(m_spans.size());
    p.events.swap(m_pendingEvents);
    p.samples = m_samples.mid(m_samplesSent);
    m_samplesSent = m_samples.size();
    p.workers = m_workers;
    return p;
}

std::vector<TaskSpan> Recorder::spans() const
{
    std::lock_guard lock(m_mutex);
    return m_spans;
}

QList<WorkerInfo> Recorder::workers() const
{
    std::lock_guard lock(m_mutex);
    return m_workers;
}

QList<CpuSample> Recorder::samples() const
{
    std::lock_guard lock(m_mutex);
    return m_samples;
}

} // namespace Lab
