// The process pool's deadlines: a worker whose start or whose task takes too long is stopped and
// replaced, the task TimedOut. One timer for the pool, due at the nearest deadline.
#include "engine/processexecutor.h"

#include <cmath>
#include <limits>

namespace Lab {

void ProcessExecutor::setDeadline(Worker& w, qint64 fromNs, qint64 limitMs)
{
    w.limitMs = limitMs;
    w.deadlineNs = limitMs > 0 ? fromNs + limitMs * 1'000'000 : 0;
    if (w.deadlineNs > 0)
        armDeadlineTimer(w.deadlineNs);
}

void ProcessExecutor::armDeadlineTimer(qint64 dueNs)
{
    // Deadlines mostly come later and later: the timer moves only for an earlier one; when it fires
    // for a task that has since ended, checkDeadlines() sets it to the next.
    if (m_deadlineTimer.isActive() && m_deadlineDueNs <= dueNs)
        return;
    m_deadlineDueNs = dueNs;
    const auto ms = qint64(std::ceil(double(dueNs - monotonicNs()) / 1e6)); // never early: ceil
    m_deadlineTimer.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void ProcessExecutor::checkDeadlines()
{
    const qint64 now = monotonicNs();
    qint64 next = 0;
    for (const auto& w : m_workers) {
        if (!isLive(*w) || w->deadlineNs <= 0)
            continue;
        if (w->deadlineNs <= now)
            retire(*w, TaskStatus::TimedOut,
                   tr("%1 took longer than %2 s: stopped")
                       .arg(w->name, QString::number(double(w->limitMs) / 1000)));
        else
            next = next > 0 ? std::min(next, w->deadlineNs) : w->deadlineNs;
    }
    if (next > 0)
        armDeadlineTimer(next);
    maybeFinish();
}

} // namespace Lab
