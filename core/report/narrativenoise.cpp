#include "report/analysis.h"
#include "report/narrative.h"
#include "report/noise.h"

#include <QLocale>

using namespace Qt::StringLiterals;

// What the narrative says of repetitions and of figures a busy machine may have spoilt.
namespace Lab::Narrative {

namespace {

QString busyMachine(double otherCpuPct)
{
    return Tr::tr("busy machine: other programs used %1 cores while it was measured")
        .arg(QLocale().toString(otherCpuPct / 100, 'f', 1));
}

QString stolen(double stealPct)
{
    return Tr::tr("the hypervisor gave %1% of the CPU time to other machines (steal)")
        .arg(QLocale().toString(stealPct, 'f', 0));
}

QString aboveIdeal(double speedup, double ideal)
{
    const QLocale locale;
    return Tr::tr("%1× is above the ideal %2×: its one-at-a-time run was slowed")
        .arg(locale.toString(speedup, 'f', 2), locale.toString(ideal, 'f', 2));
}

QString timeSpread(const Noise::Spread& wallMs)
{
    return Tr::tr("its times spread over %1% of their median")
        .arg(QLocale().toString(100 * (wallMs.max - wallMs.min) / wallMs.median, 'f', 0));
}

QString secondsOfMs(double ms)
{
    return seconds(qint64(ms * 1e6));
}

// Seconds without their unit, for a range after a time that has it: "2.00 s (1.78–2.11)".
QString plain(double ms)
{
    return QLocale().toString(ms / 1e3, 'f', 2);
}

} // namespace

QString roundOf(const RunConfig& config, int rounds)
{
    return config.warmup ? Tr::tr("warm-up, not counted")
                         : Tr::tr("round %1 of %2").arg(config.repeat + 1).arg(rounds);
}

QString labelWithWorkers(const RunConfig& config)
{
    const bool pooled = config.strategy == Strategy::Threads || config.strategy == Strategy::Processes;
    return pooled ? Tr::tr("%1, %n worker(s)", nullptr, config.workers).arg(runLabel(config))
                  : runLabel(config);
}

QStringList suspicions(const QList<RunResultPtr>& runs, qsizetype index)
{
    const RunResult& run = *runs.at(index);
    const auto d = Noise::disturbanceOf(run);
    QStringList phrases;
    for (Noise::Suspect s : Noise::suspectsOf(runs, index)) {
        switch (s) {
        case Noise::Suspect::BusyMachine:
            phrases.append(busyMachine(d->otherCpuPct));
            break;
        case Noise::Suspect::Steal:
            phrases.append(stolen(d->stealPct));
            break;
        case Noise::Suspect::AboveIdeal:
            phrases.append(
                aboveIdeal(*Analysis::speedupVsSequential(runs, index), Analysis::idealSpeedup(run.config)));
            break;
        case Noise::Suspect::WideSpread: // of repetitions, not of one run
            break;
        }
    }
    return phrases;
}

std::optional<QString> suspicion(const QList<RunResultPtr>& runs, qsizetype index)
{
    const QStringList why = suspicions(runs, index);
    if (why.isEmpty())
        return std::nullopt;
    return Tr::tr("⚠ Suspect: %1").arg(why.join(Tr::tr("; ")));
}

QString suspectNote(const RunConfig& config, const QStringList& reasons)
{
    return Tr::tr("⚠ %1: %2").arg(labelWithWorkers(config), reasons.join(Tr::tr("; ")));
}

QString repeatsComparison(const Noise::Summary& s, const RunConfig& config)
{
    if (config.strategy == Strategy::Sequential || !s.speedup)
        return Tr::tr("median of %n run(s)", nullptr, int(s.runs.size()));
    const QLocale locale;
    const Noise::Spread& x = *s.speedup;
    const QString range =
        Tr::tr("%1–%2×").arg(locale.toString(x.min, 'f', 2), locale.toString(x.max, 'f', 2));
    return x.median >= 1 ? Tr::tr("%1× faster (%2)").arg(locale.toString(x.median, 'f', 2), range)
                         : Tr::tr("%1× slower (%2)").arg(locale.toString(1 / x.median, 'f', 2), range);
}

QStringList suspicions(const Noise::Summary& s)
{
    QStringList phrases;
    for (Noise::Suspect why : s.suspects) {
        switch (why) {
        case Noise::Suspect::BusyMachine:
            phrases.append(Tr::tr("%1 (%2 of %3 runs)")
                               .arg(busyMachine(s.otherCpuPct))
                               .arg(s.disturbed)
                               .arg(s.runs.size()));
            break;
        case Noise::Suspect::Steal:
            phrases.append(stolen(s.stealPct));
            break;
        case Noise::Suspect::AboveIdeal:
            phrases.append(aboveIdeal(s.speedup->median, s.idealSpeedup));
            break;
        case Noise::Suspect::WideSpread:
            phrases.append(timeSpread(*s.wallMs));
            break;
        }
    }
    return phrases;
}

QStringList repeatsSummary(const QList<RunResultPtr>& runs, int batch)
{
    const QLocale locale;
    QStringList lines{QString(), Tr::tr("== Interleaved repeats: median (min–max) ==")};
    for (const Noise::Summary& s : Noise::summarize(runs)) {
        const RunConfig& c = runs.at(s.runs.first())->config;
        if (c.batch != batch)
            continue;
        const int n = int(s.runs.size());
        if (!s.wallMs) { // every round cancelled or failed
            lines.append(Tr::tr("%1 — %n run(s), none ended well", nullptr, n).arg(labelWithWorkers(c)));
        } else if (s.speedup && c.strategy != Strategy::Sequential) {
            lines.append(Tr::tr("%1 — %n run(s): %2 (%3–%4), speed-up %5× (%6–%7×)", nullptr, n)
                             .arg(labelWithWorkers(c), secondsOfMs(s.wallMs->median), plain(s.wallMs->min),
                                  plain(s.wallMs->max), locale.toString(s.speedup->median, 'f', 2),
                                  locale.toString(s.speedup->min, 'f', 2),
                                  locale.toString(s.speedup->max, 'f', 2)));
        } else {
            lines.append(Tr::tr("%1 — %n run(s): %2 (%3–%4)", nullptr, n)
                             .arg(labelWithWorkers(c), secondsOfMs(s.wallMs->median), plain(s.wallMs->min),
                                  plain(s.wallMs->max)));
        }
        const QStringList why = suspicions(s);
        if (!why.isEmpty())
            lines.append(Tr::tr("  ⚠ Suspect: %1").arg(why.join(Tr::tr("; "))));
    }
    return lines;
}

} // namespace Lab::Narrative
