#include "work/counter.h"

#include "canceltoken.h"
#include "work/workload.h"

#include <thread>

namespace Lab {

namespace {

// A task's waits for the lock as its states, summed over windows of a few milliseconds: a slice per
// wait would be a hundred thousand slices a task (a handover per add, a few µs each).
class LockWaits {
public:
    explicit LockWaits(StateLog* states) : m_states(states), m_windowStartNs(monotonicNs()) {}

    void lock(std::unique_lock<std::mutex>& lock)
    {
        const qint64 from = monotonicNs();
        lock.lock();
        const qint64 to = monotonicNs();
        m_waitedNs += to - from;
        if (to - m_windowStartNs >= windowNs)
            flush(to);
    }

    // The window so far: running, then the time it waited, ending now.
    void flush(qint64 nowNs)
    {
        if (m_states && m_waitedNs > 0) {
            m_states->enter(TaskState::Lock, nowNs - m_waitedNs);
            m_states->enter(TaskState::Running, nowNs);
        }
        m_windowStartNs = nowNs;
        m_waitedNs = 0;
    }

private:
    static constexpr qint64 windowNs = 10'000'000;
    StateLog* m_states;
    qint64 m_windowStartNs;
    qint64 m_waitedNs = 0;
};

} // namespace

void SharedCounter::addOnce()
{
    const qint64 read = m_value.load(std::memory_order_relaxed);
    std::this_thread::yield(); // another thread may run here, and read what this one has read
    m_value.store(read + 1, std::memory_order_relaxed);
}

qint64 SharedCounter::add(qint64 adds, const TaskContext& context)
{
    LockWaits waits(context.states);
    qint64 done = 0;
    for (; done < adds && !context.cancel->isCancelled(); ++done) {
        std::unique_lock lock(m_mutex, std::defer_lock);
        if (m_locked && !lock.try_lock())
            waits.lock(lock);
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
