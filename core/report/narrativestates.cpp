#include "report/analysis.h"
#include "report/narrative.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

// What the narrative says of where a run's time went: its tasks' states, and the GIL's turns.
namespace Lab::Narrative {

namespace {

QString percent(double share)
{
    return Tr::tr("%1%").arg(QLocale().toString(share * 100, 'f', 0));
}

} // namespace

QString stateName(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return Tr::tr("queued");
    case TaskState::Running:
        return Tr::tr("computing");
    case TaskState::Waiting:
        return Tr::tr("waiting (sleep, I/O)");
    case TaskState::Gil:
        return Tr::tr("waiting for the GIL");
    case TaskState::Lock:
        return Tr::tr("waiting on a lock");
    case TaskState::Transfer:
        return Tr::tr("handing over");
    case TaskState::Idle:
        return Tr::tr("idle");
    }
    return {};
}

std::optional<QString> whereTimeWent(const RunResult& run)
{
    const StateTotals totals = run.stateTotals();
    if (totals.isEmpty())
        return std::nullopt;
    QList<TaskState> states(std::begin(allTaskStates), std::end(allTaskStates));
    std::stable_sort(states.begin(), states.end(),
                     [&totals](TaskState a, TaskState b) { return totals[a] > totals[b]; });
    QStringList parts;
    for (TaskState s : states) {
        if (totals.share(s) >= 0.01)
            parts.append(u"%1 %2"_s.arg(stateName(s), percent(totals.share(s))));
    }
    return Tr::tr("Where the time went: %1").arg(parts.join(u" · "_s));
}

std::optional<QString> gilTurns(const RunResult& run)
{
    const QList<Analysis::ThreadShare> shares = Analysis::gilWaitShares(run);
    if (shares.size() < 2)
        return std::nullopt;
    const auto [least, most] = std::minmax_element(
        shares.begin(), shares.end(),
        [](const Analysis::ThreadShare& a, const Analysis::ThreadShare& b) { return a.share < b.share; });
    QStringList each;
    for (const Analysis::ThreadShare& t : shares)
        each.append(u"%1 %2"_s.arg(t.label, percent(t.share)));
    const QString range =
        qRound(least->share * 100) == qRound(most->share * 100)
            ? percent(least->share)
            : Tr::tr("%1–%2").arg(QLocale().toString(least->share * 100, 'f', 0), percent(most->share));
    return Tr::tr("The threads took turns: each waited for the GIL %1 of the time (%2)")
        .arg(range, each.join(u", "_s));
}

} // namespace Lab::Narrative
