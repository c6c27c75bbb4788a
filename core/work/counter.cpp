#include "work/counter.h"

#include "canceltoken.h"
#include "work/workload.h"

#include <thread>

namespace Lab {

void SummedStates::away(qint64 fromNs, qint64 toNs)
{
    m_awayNs += toNs - fromNs;
    if (toNs - m_windowStartNs >= windowNs)
        flush(toNs);
}

void SummedStates::flush(qint64 nowNs)
{
    if (m_states && m_awayNs > 0) {
        m_states->enter(m_away, nowNs - m_awayNs);
        m_states->enter(TaskState::Running, nowNs);
    }
    m_windowStartNs = nowNs;
    m_awayNs = 0;
}

void SharedCounter::addOnce()
{
    const qint64 read = m_value.load(std::memory_order_relaxed);
    std::this_thread::yield(); // another thread may run here, and read what this one has read
    m_value.store(read + 1, std::memory_order_relaxed);
}

qint64 SharedCounter::add(qint64 adds, const TaskContext& context)
{
    SummedStates waits(context.states, TaskState::Lock, monotonicNs());
    qint64 done = 0;
    for (; done < adds && !context.cancel->isCancelled(); ++done) {
        std::unique_lock lock(m_mutex, std::defer_lock);
        if (m_locked && !lock.try_lock()) {
            const qint64 from = monotonicNs();
            lock.lock();
            waits.away(from, monotonicNs());
        }
        addOnce();
    }
    waits.flush(monotonicNs());
    m_added.fetch_add(done, std::memory_order_relaxed);
    return done;
}

TaskOutcome addToCounter(const TaskSpec& task, const TaskContext& context)
{
    if (!context.counter) // a worker process has none: the counter is the app's own memory
        return {TaskStatus::Failed, WorkloadTr::tr("the shared counter runs in the app's own threads only")};
    const qint64 done = context.counter->add(task.n, context);
    if (done < task.n)
        return {TaskStatus::Cancelled, {}};
    return {TaskStatus::Ok, QStringLiteral("+1 × %1").arg(done)}; // data, like the label
}

CounterTally SharedCounter::tally() const
{
    return {m_added.load(std::memory_order_relaxed), m_value.load(std::memory_order_relaxed)};
}

} // namespace Lab
