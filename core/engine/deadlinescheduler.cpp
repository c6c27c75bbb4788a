#include "engine/deadlinescheduler.h"

#include "engine/recorder.h"

namespace Lab {

DeadlineScheduler::DeadlineScheduler(QObject* parent) : QObject(parent)
{
    // The default coarse timer may fire up to 5% early; a wait must never end early.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineScheduler::resumeDue);
}

DeadlineScheduler::~DeadlineScheduler()
{
    cancelAll();
}

bool DeadlineScheduler::Awaiter::await_ready() const noexcept
{
    return m_scheduler.m_cancelled || m_deadlineNs <= monotonicNs();
}

void DeadlineScheduler::Awaiter::await_suspend(std::coroutine_handle<> waiter)
{
    m_scheduler.push(m_deadlineNs, waiter);
}

DeadlineScheduler::Awaiter DeadlineScheduler::sleepFor(std::chrono::nanoseconds duration)
{
    return Awaiter(*this, monotonicNs() + duration.count());
}

DeadlineScheduler::Awaiter DeadlineScheduler::sleepUntil(qint64 deadlineNs)
{
    return Awaiter(*this, deadlineNs);
}

void DeadlineScheduler::push(qint64 deadlineNs, std::coroutine_handle<> waiter)
{
    m_heap.push({deadlineNs, m_order++, waiter});
    if (!m_timer.isActive() || deadlineNs < m_armedForNs)
        arm();
}

void DeadlineScheduler::cancelAll()
{
    m_cancelled = true;
    m_timer.stop();
    while (!m_heap.empty()) {
        const auto waiter = m_heap.top().waiter;
        m_heap.pop();
        waiter.resume();
    }
}

void DeadlineScheduler::resumeDue()
{
    qint64 now = monotonicNs();
    // Waiters resumed here may wait again; they go on the heap and are seen by the next check.
    while (!m_heap.empty() && m_heap.top().deadlineNs <= now) {
        const auto waiter = m_heap.top().waiter;
        m_heap.pop();
        waiter.resume();
        if (m_heap.empty() || m_heap.top().deadlineNs > now)
            now = monotonicNs();
    }
    arm();
}

void DeadlineScheduler::arm()
{
    if (m_heap.empty()) {
        m_timer.stop();
        return;
    }
    m_armedForNs = m_heap.top().deadlineNs;
    const qint64 remainingNs = std::max<qint64>(0, m_armedForNs - monotonicNs());
    // QTimer counts whole milliseconds: round up so that no wait ends early.
    m_timer.start(int((remainingNs + 999'999) / 1'000'000));
}

} // namespace Lab
