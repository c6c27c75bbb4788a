#include "report/narrative.h"

#include <QLocale>

#include <algorithm>
#include <climits>

// The mistakes labs' own words: the ways they run a technique, and what a run shows beside its time.
namespace Lab::Narrative {

QString variantName(Variant variant, int batchSize)
{
    switch (variant) {
    case Variant::None:
        return {};
    case Variant::Blocking:
        return Tr::tr("blocking call");
    case Variant::Offloaded:
        return Tr::tr("blocking call in a thread");
    case Variant::Awaited:
        return Tr::tr("awaited wait");
    case Variant::Unlocked:
        return Tr::tr("no lock");
    case Variant::Locked:
        return Tr::tr("with a lock");
    case Variant::CoroutineAdds:
        return Tr::tr("no await inside");
    case Variant::AwaitBetween:
        return Tr::tr("await between read and write");
    case Variant::OnePerTask:
        return Tr::tr("one task at a time");
    case Variant::Batched:
        return batchSize > 1 ? Tr::tr("batches of %1").arg(QLocale().toString(batchSize)) : Tr::tr("batched");
    case Variant::OppositeOrder:
        return Tr::tr("locks in opposite order");
    case Variant::SameOrder:
        return Tr::tr("locks in one order");
    }
    return {};
}

QString counterLine(const CounterTally& tally)
{
    const QLocale locale;
    if (tally.lost() == 0)
        return Tr::tr("Counter: expected %1, got %2: none lost")
            .arg(locale.toString(tally.expected), locale.toString(tally.actual));
    const int lost = int(std::clamp<qint64>(tally.lost(), INT_MIN, INT_MAX));
    return Tr::tr("Counter: expected %1, got %2: %Ln update(s) lost", nullptr, lost)
        .arg(locale.toString(tally.expected), locale.toString(tally.actual));
}

QString deadlockLine(const QList<LockWait>& cycle)
{
    if (cycle.isEmpty())
        return {};
    // "A waits for lock B, held by C, which waits for lock D, held by A"
    QString line = Tr::tr("%1 waits for lock %2, held by %3")
                       .arg(cycle.first().thread, cycle.first().lock, cycle.first().heldBy);
    for (qsizetype i = 1; i < cycle.size(); ++i)
        line =
            Tr::tr("%1, which waits for lock %2, held by %3").arg(line, cycle.at(i).lock, cycle.at(i).heldBy);
    return Tr::tr("Deadlock: %1").arg(line);
}

namespace {

// A process pool's hand-over and computing per task, in µs; none for other runs.
std::optional<std::pair<double, double>> perTaskUs(const RunResult& run)
{
    if (run.config.strategy != Strategy::Processes || run.config.variant == Variant::None ||
        run.spans.empty())
        return std::nullopt;
    const StateTotals t = run.stateTotals();
    const auto tasks = double(run.spans.size());
    return std::pair(double(t[TaskState::Transfer]) / tasks / 1e3,
                     double(t[TaskState::Running]) / tasks / 1e3);
}

QString micro(double us)
{
    return QLocale().toString(us, 'f', us < 10 ? 2 : 1);
}

} // namespace

std::optional<QString> mistakeNote(const RunResult& run)
{
    if (!run.deadlock.isEmpty())
        return Tr::tr("deadlock, ended");
    if (run.counter) {
        const qint64 lost = run.counter->lost();
        return lost == 0 ? Tr::tr("exact: none lost") : Tr::tr("%1 lost").arg(QLocale().toString(lost));
    }
    if (const auto us = perTaskUs(run))
        //: two short lines above a bar, as narrow as "3.25× slower" beside them
        return Tr::tr("handed over:\n%1 µs a task").arg(micro(us->first));
    return std::nullopt;
}

std::optional<QString> mistakeLine(const RunResult& run)
{
    if (!run.deadlock.isEmpty())
        return deadlockLine(run.deadlock);
    if (run.counter)
        return counterLine(*run.counter);
    if (const auto us = perTaskUs(run))
        return Tr::tr("Each task: %1 µs handing over, %2 µs computing")
            .arg(micro(us->first), micro(us->second));
    return std::nullopt;
}

std::optional<QString> lockCost(const QList<RunResultPtr>& runs, qsizetype index)
{
    const RunResult& locked = *runs.at(index);
    const auto comparable = [&locked](const RunResult& r) {
        return r.config.variant == Variant::Unlocked && r.config.runtime == locked.config.runtime &&
               r.config.taskCount == locked.config.taskCount &&
               r.config.counterAdds == locked.config.counterAdds && r.status() == RunStatus::Ok;
    };
    if (locked.config.variant != Variant::Locked || locked.status() != RunStatus::Ok || locked.wallNs <= 0)
        return std::nullopt;
    for (qsizetype i = index - 1; i >= 0; --i) {
        const RunResult& unlocked = *runs.at(i);
        if (!comparable(unlocked) || unlocked.wallNs <= 0)
            continue;
        const double times = double(locked.wallNs) / double(unlocked.wallNs);
        const QString x = QLocale().toString(times, 'f', times < 10 ? 1 : 0);
        if (times > 1)
            return Tr::tr("Exact, and %1× slower than without the lock: the threads take turns at it").arg(x);
        return Tr::tr("Exact, and no slower than without the lock this time (%1× its time)").arg(x);
    }
    return std::nullopt;
}

} // namespace Lab::Narrative
