// A CPython run's tasks' deadlines: the engine's timeout for each, one timer for the earliest.
#include "python/pythonexecutor.h"

#include "canceltoken.h"
#include "taskstate.h"

#include <cmath>
#include <limits>

namespace Lab {

// The engine's timeout for the same task. CPython gets n ÷ pythonScaleDivisor squares, each about
// that many times slower; threads that share the GIL compute in turn, each at 1/workers of a core.
qint64 PythonExecutor::taskTimeoutMs(const RunConfig& c, const TaskSpec& task)
{
    qint64 enginesN = task.n * pythonScaleDivisor;
    if (c.strategy == Strategy::Threads && c.gil)
        enginesN *= std::max(1, c.workers);
    return taskTimeoutFor(c, task.delayMs, enginesN);
}

void PythonExecutor::armDeadlineTimer(qint64 dueNs)
{
    // Deadlines mostly come later and later: the timer moves only for an earlier one; when it fires
    // for a task that has since ended, checkDeadlines() sets it to the next.
    if (m_deadlineTimer.isActive() && m_deadlineDueNs <= dueNs)
        return;
    m_deadlineDueNs = dueNs;
    const auto ms = qint64(std::ceil(double(dueNs - monotonicNs()) / 1e6)); // never early: ceil
    m_deadlineTimer.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void PythonExecutor::checkDeadlines()
{
    if (m_failed || m_context.cancel->isCancelled())
        return;
    const qint64 now = monotonicNs();
    qint64 next = 0;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it->limitMs <= 0)
            continue;
        const qint64 dueNs = it->startNs + it->limitMs * 1'000'000;
        if (dueNs <= now) {
            timeOut(it.key());
            return;
        }
        next = next > 0 ? std::min(next, dueNs) : dueNs;
    }
    if (next > 0)
        armDeadlineTimer(next);
}

} // namespace Lab
