#include "engine/recorder.h"

#include <algorithm>

namespace Lab {

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
    m_lastEndOnWorker.push_back(0);
    return int(m_workers.size()) - 1;
}

void Recorder::submittedAll(qint64 atNs)
{
    std::lock_guard lock(m_mutex);
    for (TaskSpan& span : m_spans)
        span.submittedNs = atNs - m_startNs;
}

void Recorder::submitted(int task, qint64 atNs)
{
    std::lock_guard lock(m_mutex);
    if (size_t(task) >= m_spans.size())
        return; // the run's spans were taken: it is over
    m_spans[task].submittedNs = atNs - m_startNs;
}

namespace {

// A task's whole story from its submission: in the queue, handed over (a process pool), what its
// worker said it did, and the way back; without gaps. `out` comes allocated, so that the lock is
// not held for it.
void storyOf(StateSlices& out, const TaskSpan& span, qint64 workerFreeNs, std::span<const StateSlice> worked,
             qint64 offsetNs)
{
    qint64 onWorker = span.startNs;
    if (span.sentNs >= 0) // it waits until it is sent and its worker has finished the one before
        onWorker = std::min(std::max({span.sentNs, workerFreeNs, span.submittedNs}), span.startNs);
    appendState(out, TaskState::Queued, span.submittedNs, onWorker);
    appendState(out, TaskState::Transfer, onWorker, span.startNs);
    if (!worked.empty()) {
        qint64 cursor = span.startNs;
        const qint64 last = std::max(cursor, span.endNs); // a worker's word, kept within the span
        for (const StateSlice& s : worked) {
            const qint64 from = std::clamp(s.startNs - offsetNs, cursor, last);
            const qint64 to = std::clamp(s.endNs - offsetNs, from, last);
            appendState(out, TaskState::Running, cursor, from); // clocks a few ns apart
            appendState(out, s.state, from, to);
            cursor = to;
        }
        appendState(out, worked.back().state, cursor, span.endNs);
    }
    if (span.returnedNs >= 0)
        appendState(out, TaskState::Transfer, span.endNs, span.returnedNs);
}

} // namespace

void Recorder::started(int task, int worker, qint64 atNs)
{
    std::lock_guard lock(m_mutex);
    if (size_t(task) >= m_spans.size())
        return; // the run's spans were taken: it is over
    const qint64 t = atNs - m_startNs;
    TaskSpan& span = m_spans[task];
    span.worker = worker;
    span.startNs = t;
    m_pendingEvents.append({TaskEvent::Kind::Started, task, worker, t, t, TaskStatus::NotStarted, {}});
}

void Recorder::finished(int task, int worker, qint64 startNs, qint64 endNs, TaskOutcome outcome,
                        std::span<const StateSlice> states, Handover handover)
{
    StateSlices story;
    story.reserve(states.size() + 1 + (handover.sentNs >= 0 ? 2 : 0)); // the queue, a hand-over and back
    std::lock_guard lock(m_mutex);
    if (size_t(task) >= m_spans.size())
        return; // the run's spans were taken: it is over
    const qint64 end = endNs - m_startNs;
    TaskSpan& span = m_spans[task];
    span.worker = worker;
    if (startNs >= 0)
        span.startNs = startNs - m_startNs;
    else if (span.startNs < 0)
        span.startNs = end;
    span.endNs = end;
    if (handover.sentNs >= 0)
        span.sentNs = handover.sentNs - m_startNs;
    if (handover.returnedNs >= 0)
        span.returnedNs = handover.returnedNs - m_startNs;
    if (span.submittedNs < 0)
        span.submittedNs = span.startNs;
    if (worker >= 0) {
        storyOf(story, span, m_lastEndOnWorker[worker], states, m_startNs);
        span.states = std::move(story);
        m_lastEndOnWorker[worker] = std::max(m_lastEndOnWorker[worker], end);
    }
    span.status = outcome.status;
    span.text = outcome.text;
    m_pendingEvents.append({TaskEvent::Kind::Finished, task, worker, end, span.startNs, outcome.status,
                            std::move(outcome.text)});
    ++m_done;
}

void Recorder::setStates(int task, const StateSlices& states)
{
    std::lock_guard lock(m_mutex);
    if (size_t(task) >= m_spans.size())
        return; // the run's spans were taken: it is over
    TaskSpan& span = m_spans[task];
    std::erase_if(span.states, [&span](const StateSlice& s) { return s.startNs >= span.startNs; });
    for (const StateSlice& s : states)
        appendState(span.states, s.state, s.startNs, s.endNs);
    // A process pool's result on its way back: CPython tells it after the task's end.
    if (span.returnedNs > span.endNs)
        appendState(span.states, TaskState::Transfer, span.endNs, span.returnedNs);
}

void Recorder::setThreads(QList<ThreadStates> threads, std::vector<GilHold> gilHolder)
{
    std::lock_guard lock(m_mutex);
    m_threads = std::move(threads);
    m_gilHolder = std::move(gilHolder);
}

void Recorder::setCounter(CounterTally tally)
{
    std::lock_guard lock(m_mutex);
    m_counter = tally;
}

void Recorder::setDeadlock(QList<LockWait> cycle)
{
    std::lock_guard lock(m_mutex);
    m_deadlock = std::move(cycle);
}

void Recorder::setCluster(ClusterInfo cluster)
{
    std::lock_guard lock(m_mutex);
    m_cluster = std::move(cluster);
}

void Recorder::lostAttempt(LostAttempt attempt)
{
    std::lock_guard lock(m_mutex);
    attempt.startNs -= m_startNs;
    attempt.lostNs -= m_startNs;
    m_lostAttempts.append(attempt);
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
    if (size_t(task) >= m_spans.size())
        return; // the run's spans were taken: it is over
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

std::vector<TaskSpan> Recorder::takeSpans()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_spans, {});
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

QList<ThreadStates> Recorder::threads() const
{
    std::lock_guard lock(m_mutex);
    return m_threads;
}

std::vector<GilHold> Recorder::gilHolder() const
{
    std::lock_guard lock(m_mutex);
    return m_gilHolder;
}

std::optional<CounterTally> Recorder::counter() const
{
    std::lock_guard lock(m_mutex);
    return m_counter;
}

std::optional<ClusterInfo> Recorder::cluster() const
{
    std::lock_guard lock(m_mutex);
    return m_cluster;
}

QList<LostAttempt> Recorder::lostAttempts() const
{
    std::lock_guard lock(m_mutex);
    return m_lostAttempts;
}

QList<LockWait> Recorder::deadlock() const
{
    std::lock_guard lock(m_mutex);
    return m_deadlock;
}

} // namespace Lab
