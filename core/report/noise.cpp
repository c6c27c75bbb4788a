#include "report/noise.h"

#include "report/analysis.h"

#include <algorithm>

namespace Lab::Noise {

std::optional<Disturbance> disturbanceOf(const MachineCpu& m, qint64 ownCpuNs)
{
    if (m.totalNs <= 0 || m.elapsedNs < shortestMeasuredNs)
        return std::nullopt;
    Disturbance d;
    d.otherCpuPct = 100.0 * double(std::max<qint64>(0, m.busyNs - ownCpuNs)) / double(m.elapsedNs);
    d.stealPct = 100.0 * double(m.stealNs) / double(m.totalNs);
    d.busy = d.otherCpuPct > busyOtherCpuPct;
    d.stolen = d.stealPct > stolenPct;
    return d;
}

std::optional<Disturbance> disturbanceOf(const RunResult& run)
{
    // CPython's interpreters are among the workers.
    return disturbanceOf(run.machine,
                         run.appCpu.totalNs() + run.workersCpu.totalNs() + run.frontEndCpu.totalNs());
}

Disturbance worse(const Disturbance& a, const Disturbance& b)
{
    return {std::max(a.otherCpuPct, b.otherCpuPct), std::max(a.stealPct, b.stealPct), a.busy || b.busy,
            a.stolen || b.stolen};
}

bool spoilsMedian(int disturbed, qsizetype repeats)
{
    return disturbed > 0 && 2 * qsizetype(disturbed) >= repeats;
}

bool isAboveIdeal(double speedup, double ideal)
{
    return speedup > ideal * aboveIdealShare;
}

std::optional<Spread> spreadOf(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return Spread{median, values.first(), values.last(), int(n)};
}

namespace {

bool endedWell(const RunResult& r)
{
    return !r.cancelled && r.error.isEmpty() && r.wallNs > 0;
}

void addSuspect(Summary& s, Suspect why, int disturbed, qsizetype measured)
{
    if (spoilsMedian(disturbed, measured))
        s.suspects.append(why);
}

void judge(Summary& s, const QList<RunResultPtr>& runs)
{
    QList<double> walls;
    QList<double> ratios;
    int busy = 0;
    int stolen = 0;
    for (qsizetype i : std::as_const(s.runs)) {
        const RunResult& r = *runs.at(i);
        if (!endedWell(r))
            continue; // neither in the median nor in what may have spoilt it
        if (const auto d = disturbanceOf(r)) {
            s.otherCpuPct = std::max(s.otherCpuPct, d->otherCpuPct);
            s.stealPct = std::max(s.stealPct, d->stealPct);
            busy += d->busy;
            stolen += d->stolen;
            s.disturbed += d->disturbed();
        }
        walls.append(double(r.wallNs) / 1e6);
        if (const auto ratio = Analysis::speedupVsSequential(runs, i))
            ratios.append(*ratio);
    }
    addSuspect(s, Suspect::BusyMachine, busy, walls.size());
    addSuspect(s, Suspect::Steal, stolen, walls.size());
    s.wallMs = spreadOf(walls);
    s.speedup = spreadOf(ratios);
    if (s.speedup && isAboveIdeal(s.speedup->median, s.idealSpeedup))
        s.suspects.append(Suspect::AboveIdeal);
    if (s.wallMs && s.wallMs->count > 1 && s.wallMs->median > 0 &&
        (s.wallMs->max - s.wallMs->min) / s.wallMs->median > wideSpreadShare)
        s.suspects.append(Suspect::WideSpread);
}

// Of the same kind, and a round the kind does not have yet: a batch that asks for the same run twice
// in one round has two kinds of it.
bool isRoundOf(const QList<RunResultPtr>& runs, const QList<qsizetype>& kind, const RunConfig& c)
{
    if (!sameKind(runs.at(kind.first())->config, c))
        return false;
    return std::none_of(kind.begin(), kind.end(), [&](qsizetype i) {
        const RunConfig& other = runs.at(i)->config;
        return other.repeat == c.repeat && other.warmup == c.warmup;
    });
}

} // namespace

QList<Summary> summarize(const QList<RunResultPtr>& runs)
{
    QList<Summary> out;
    QList<QList<qsizetype>> members; // every run of each summary, warm-ups among them
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunConfig& c = runs.at(i)->config;
        qsizetype at = 0;
        while (at < members.size() && !isRoundOf(runs, members.at(at), c))
            ++at;
        if (at == members.size()) {
            members.append(QList<qsizetype>());
            out.append(Summary{});
            out.last().idealSpeedup = Analysis::idealSpeedup(c);
        }
        members[at].append(i);
        if (c.warmup)
            ++out[at].warmups;
        else
            out[at].runs.append(i);
    }
    for (Summary& s : out)
        judge(s, runs);
    // A kind that has only warm-ups (its rounds were cancelled) has nothing to show.
    out.removeIf([](const Summary& s) { return s.runs.isEmpty(); });
    return out;
}

RunResultPtr medianRun(const QList<RunResultPtr>& runs)
{
    QList<double> walls;
    for (const RunResultPtr& r : runs) {
        if (endedWell(*r))
            walls.append(double(r->wallNs));
    }
    const auto spread = spreadOf(walls);
    if (!spread)
        return runs.isEmpty() ? nullptr : runs.last();
    RunResultPtr best;
    for (const RunResultPtr& r : runs) {
        if (endedWell(*r) && (!best || std::abs(double(r->wallNs) - spread->median) <
                                           std::abs(double(best->wallNs) - spread->median)))
            best = r;
    }
    return best;
}

QList<Suspect> suspectsOf(const QList<RunResultPtr>& runs, qsizetype index)
{
    QList<Suspect> out;
    const RunResult& r = *runs.at(index);
    if (const auto d = disturbanceOf(r)) {
        if (d->busy)
            out.append(Suspect::BusyMachine);
        if (d->stolen)
            out.append(Suspect::Steal);
    }
    const auto speedup = Analysis::speedupVsSequential(runs, index);
    if (speedup && isAboveIdeal(*speedup, Analysis::idealSpeedup(r.config)))
        out.append(Suspect::AboveIdeal);
    return out;
}

} // namespace Lab::Noise
