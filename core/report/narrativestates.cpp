#include "report/analysis.h"
#include "report/narrative.h"
#include "report/noise.h"
#include "report/stateshares.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

// What the narrative says of where the tasks' time went, and of the GIL's turns.
namespace Lab::Narrative {

namespace {

// Kinds of run apart as the charts tell them: the work when the runs mix kinds, the pool's size.
QString kindLabel(const RunConfig& config, bool mixed)
{
    const bool pooled = config.strategy == Strategy::Threads || config.strategy == Strategy::Processes;
    const QString name = runLabel(config, mixed);
    return pooled ? Tr::tr("%1, %n worker(s)", nullptr, config.workers).arg(name) : name;
}

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

QString stateShortName(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return Tr::tr("queued");
    case TaskState::Running:
        return Tr::tr("computing");
    case TaskState::Waiting:
        return Tr::tr("waiting");
    case TaskState::Gil:
        return Tr::tr("GIL");
    case TaskState::Lock:
        return Tr::tr("lock");
    case TaskState::Transfer:
        return Tr::tr("handing over");
    case TaskState::Idle:
        return Tr::tr("idle");
    }
    return {};
}

QString stateShares(const States::Breakdown& breakdown)
{
    if (!breakdown.known())
        return Tr::tr("no states recorded");
    QStringList parts;
    for (TaskState s : States::present(breakdown)) {
        if (breakdown.share(s) < States::leastMentioned)
            continue;
        parts.append(Tr::tr("%1 %2%").arg(stateShortName(s), States::percentText(breakdown.share(s))));
    }
    return parts.join(u" · "_s);
}

QStringList whereTheTimeWent(const QList<RunResultPtr>& runs)
{
    if (runs.isEmpty())
        return {};
    const bool mixed = std::any_of(runs.begin(), runs.end(), [&](const RunResultPtr& r) {
        return r->config.workload != runs.first()->config.workload;
    });
    QList<QPair<QString, QString>> rows;
    for (const Noise::Summary& kind : Noise::summarize(runs)) {
        States::Breakdown sum;
        for (qsizetype i : kind.runs)
            sum += States::breakdownOf(*runs.at(i));
        QString shares = stateShares(sum);
        const qsizetype rounds = kind.runs.size();
        if (sum.known() && rounds > 1)
            shares = Tr::tr("%1 (of %2 a round, %n round(s))", nullptr, int(rounds))
                         .arg(shares, seconds(sum.totalNs() / rounds));
        else if (sum.known())
            shares = Tr::tr("%1 (of %2)").arg(shares, seconds(sum.totalNs()));
        rows.append({kindLabel(runs.at(kind.runs.first())->config, mixed), shares});
    }
    qsizetype width = 0;
    for (const auto& row : std::as_const(rows))
        width = std::max(width, displayWidth(row.first));
    QStringList lines{Tr::tr("Where the time went (all of each run's task time, by what its tasks did):")};
    for (const auto& [label, shares] : std::as_const(rows))
        lines.append(u"  "_s + label + QString(width - displayWidth(label) + 2, u' ') + shares);
    return lines;
}

std::optional<QString> gilTurns(const RunResult& run)
{
    if (run.config.workload == Workload::Locks) // threads that wait for locks take no turns to compute
        return std::nullopt;
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
