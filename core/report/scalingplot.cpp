#include "report/scalingplot.h"

#include "report/narrative.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Lab::ScalingPlot {

namespace {

// Points of the fitted curve between the smallest pool and the largest: enough that its bend reads
// as a curve on a 1600 px slide.
constexpr int fitSamples = 48;

// Amdahl's n at any pool size x: no more than the workers that can truly work at once, which for
// integer x is usableWorkers() itself.
QList<QPointF> fitCurve(const RunConfig& config, const QList<Scaling::Point>& points, double serialFraction)
{
    RunConfig unbounded = config;
    unbounded.workers = std::numeric_limits<int>::max();
    const double cap = Scaling::usableWorkers(unbounded);
    const double first = points.constFirst().workers;
    const double last = points.constLast().workers;
    QList<double> xs;
    for (int i = 0; i <= fitSamples; ++i)
        xs.append(first * std::pow(last / first, double(i) / fitSamples));
    if (cap > first && cap < last)
        xs.append(cap); // the knee, exactly
    std::sort(xs.begin(), xs.end());
    QList<QPointF> curve;
    for (double x : std::as_const(xs))
        curve.append({x, Scaling::amdahl(serialFraction, std::min(x, cap))});
    return curve;
}

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 0);
}

QString nameOf(const Scaling::Curve& curve, const QList<Scaling::Curve>& all, const QStringList& taken)
{
    // Two kinds of work shown at once would give two "threads": the work tells them apart.
    const bool mixed = std::any_of(all.begin(), all.end(), [&](const Scaling::Curve& other) {
        return !sameWork(other.config, curve.config);
    });
    const QString name = Narrative::runLabel(curve.config, mixed);
    return taken.contains(name) ? Tr::tr("%1 (batch %2)").arg(name).arg(curve.config.batch) : name;
}

Line lineOf(const Scaling::Curve& curve, const QString& name)
{
    Line line{curve.config, name, curve.points, curve.serialFraction, {}, {}};
    if (curve.serialFraction) {
        line.fit = fitCurve(curve.config, curve.points, *curve.serialFraction);
        line.fitName = Tr::tr("%1: Amdahl fit, serial %2%").arg(name, percent(*curve.serialFraction));
    }
    return line;
}

QStringList notesOf(const Line& line, const QList<Noise::Summary>& summaries)
{
    QStringList notes;
    for (const Scaling::Point& p : line.points) {
        if (!p.suspect || p.summary < 0 || p.summary >= summaries.size())
            continue;
        RunConfig at = line.config;
        at.workers = p.workers;
        notes.append(Tr::tr("⚠ %1: %2")
                         .arg(Narrative::labelWithWorkers(at),
                              Narrative::suspicions(summaries.at(p.summary)).join(Tr::tr("; "))));
    }
    return notes;
}

std::optional<int> coresReached(const QList<Line>& lines)
{
    const int cores = cpuCores();
    for (const Line& line : lines) {
        if (line.config.workload == Workload::Squares && line.points.constFirst().workers <= cores &&
            line.points.constLast().workers >= cores)
            return cores;
    }
    return std::nullopt;
}

// A pool run at two sizes in one of `batches`: without one there is nothing to plot, and summing up
// every run of a long session, as plotOf() does, would cost the window a frame at each run's end.
bool hasSweep(const QList<RunResultPtr>& runs, const QList<int>& batches)
{
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunConfig& a = runs.at(i)->config;
        if ((a.strategy != Strategy::Threads && a.strategy != Strategy::Processes) ||
            !batches.contains(a.batch))
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            const RunConfig& b = runs.at(j)->config;
            // The cheap fields first: sameWork() compares every task.
            if (b.batch == a.batch && b.strategy == a.strategy && b.workers != a.workers && b.gil == a.gil &&
                b.runtime == a.runtime && sameWork(a, b))
                return true;
        }
    }
    return false;
}

} // namespace

QList<QPointF> Line::medians() const
{
    QList<QPointF> out;
    for (const Scaling::Point& p : points)
        out.append({double(p.workers), p.speedup.median});
    return out;
}

QList<QPointF> Line::ideal() const
{
    QList<QPointF> out;
    for (const Scaling::Point& p : points)
        out.append({double(p.workers), p.ideal});
    return out;
}

Plot plotOf(const QList<RunResultPtr>& runs, const QList<int>& batches)
{
    if (!hasSweep(runs, batches))
        return {};
    const QList<Noise::Summary> summaries = Noise::summarize(runs);
    QList<Scaling::Curve> curves = Scaling::curvesOf(runs, summaries);
    curves.removeIf([&](const Scaling::Curve& c) { return !batches.contains(c.config.batch); });
    Plot plot;
    QStringList taken;
    for (const Scaling::Curve& curve : std::as_const(curves)) {
        taken.append(nameOf(curve, curves, taken));
        plot.lines.append(lineOf(curve, taken.constLast()));
        plot.notes.append(notesOf(plot.lines.constLast(), summaries));
    }
    plot.cores = coresReached(plot.lines);
    return plot;
}

} // namespace Lab::ScalingPlot
