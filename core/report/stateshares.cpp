#include "report/stateshares.h"

#include "engine/session.h"

#include <QLocale>

namespace Lab::States {

QString percentText(double share)
{
    const double pct = 100 * share;
    return QLocale().toString(pct, 'f', pct < 0.95 ? 1 : 0);
}

Breakdown& Breakdown::operator+=(const Breakdown& o)
{
    totals += o.totals;
    onWorkerNs += o.onWorkerNs;
    toldNs += o.toldNs;
    return *this;
}

Breakdown breakdownOf(const RunResult& run)
{
    Breakdown b;
    for (const TaskSpan& span : run.spans) {
        const StateTotals t = totalsOf(span.states);
        b.totals += t;
        if (span.startNs >= 0 && span.endNs > span.startNs)
            b.onWorkerNs += span.endNs - span.startNs;
        // The recorder always knows the queue and the hand-over; the rest only an executor or a
        // sampler can tell.
        b.toldNs += t.totalNs() - t[TaskState::Queued] - t[TaskState::Transfer];
    }
    return b;
}

std::optional<Breakdown> breakdownOf(const LiveRun& run)
{
    if (run.finished())
        return breakdownOf(*run.result);
    if (!run.rounds.isEmpty())
        return breakdownOf(*run.rounds.last());
    return std::nullopt;
}

QList<TaskState> barOrder()
{
    return {TaskState::Running, TaskState::Waiting,  TaskState::Gil, TaskState::Lock,
            TaskState::Queued,  TaskState::Transfer, TaskState::Idle};
}

QList<TaskState> present(const Breakdown& b)
{
    QList<TaskState> states;
    for (TaskState s : barOrder()) {
        if (b.totals[s] > 0)
            states.append(s);
    }
    return states;
}

} // namespace Lab::States
