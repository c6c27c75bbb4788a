#include "runresult.h"

#include <algorithm>

namespace Lab {

int RunResult::count(TaskStatus s) const
{
    return int(
        std::count_if(spans.begin(), spans.end(), [s](const TaskSpan& span) { return span.status == s; }));
}

StateTotals RunResult::stateTotals() const
{
    StateTotals t;
    for (const TaskSpan& span : spans)
        t += totalsOf(span.states);
    return t;
}

RunStatus RunResult::status() const
{
    if (!deadlock.isEmpty())
        return RunStatus::Deadlock;
    if (cancelled)
        return RunStatus::Cancelled;
    return allOk() ? RunStatus::Ok : RunStatus::Failed;
}

GilKind RunResult::gilKind() const
{
    return gilKindOf(config);
}

GilKind gilKindOf(const RunConfig& config)
{
    if (config.strategy != Strategy::Threads)
        return GilKind::None;
    // A CPython run's config.gil says whether its interpreter has the lock (see inPython()).
    if (config.runtime == Runtime::Python)
        return config.gil ? GilKind::Real : GilKind::FreeThreaded;
    return config.gil ? GilKind::Simulated : GilKind::Unlocked;
}

QList<ThreadStates> engineThreads(const RunResult& run)
{
    QList<ThreadStates> threads;
    for (const WorkerInfo& w : run.workers)
        threads.append({w.pid, w.tid, w.name, {}, {}});
    for (const TaskSpan& span : run.spans) {
        if (span.worker < 0)
            continue;
        StateTotals& t = threads[span.worker].totals;
        for (const StateSlice& s : span.states) {
            if (s.state != TaskState::Queued && s.state != TaskState::Transfer)
                t[s.state] += s.endNs - s.startNs;
        }
    }
    for (ThreadStates& thread : threads)
        thread.totals[TaskState::Idle] = std::max<qint64>(0, run.wallNs - thread.totals.totalNs());
    return threads;
}

std::vector<GilHold> engineGilHolder(const RunResult& run)
{
    std::vector<GilHold> holds;
    for (const TaskSpan& span : run.spans) {
        if (span.worker < 0)
            continue;
        const qint64 tid = run.workers.at(span.worker).tid;
        for (const StateSlice& s : span.states) {
            if (s.state == TaskState::Running)
                holds.push_back({tid, s.startNs, s.endNs});
        }
    }
    std::sort(holds.begin(), holds.end(),
              [](const GilHold& a, const GilHold& b) { return a.startNs < b.startNs; });
    // A task's computing ends when it has put its result down, a few µs after it let the GIL go
    // and the next thread took it: the hold ends where the next begins.
    for (size_t i = 1; i < holds.size(); ++i)
        holds[i - 1].endNs = std::clamp(holds[i].startNs, holds[i - 1].startNs, holds[i - 1].endNs);
    return holds;
}

} // namespace Lab
