#include "report/scaling.h"

#include "report/analysis.h"

#include <algorithm>

namespace Lab::Scaling {

double amdahl(double serialFraction, double n)
{
    return n > 0 ? 1.0 / (serialFraction + (1.0 - serialFraction) / n) : 0.0;
}

std::optional<double> fitSerialFraction(const QList<QPointF>& points)
{
    // y = 1/S − 1/n = s·x with x = 1 − 1/n: the slope through the origin.
    double xy = 0;
    double xx = 0;
    for (const QPointF& p : points) {
        if (p.x() <= 1 || p.y() <= 0)
            continue;
        const double x = 1 - 1 / p.x();
        xy += x * (1 / p.y() - 1 / p.x());
        xx += x * x;
    }
    if (xx <= 0)
        return std::nullopt;
    return std::clamp(xy / xx, 0.0, 1.0);
}

int usableWorkers(const RunConfig& config)
{
    int n = std::min(std::max(1, config.workers), std::max(1, taskCountOf(config)));
    if (config.workload == Workload::Squares)
        n = std::min(n, cpuCores());
    return n;
}

namespace {

bool sameCurve(const RunConfig& a, const RunConfig& b)
{
    return a.batch == b.batch && a.strategy == b.strategy && a.gil == b.gil && a.variant == b.variant &&
           a.batchSize == b.batchSize && a.runtime == b.runtime && a.python == b.python &&
           a.labNumber == b.labNumber && sameWork(a, b);
}

} // namespace

QList<Curve> curvesOf(const QList<RunResultPtr>& runs, const QList<Noise::Summary>& summaries)
{
    QList<Curve> curves;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const Noise::Summary& s = summaries.at(i);
        const RunConfig& c = runs.at(s.runs.first())->config;
        if ((c.strategy != Strategy::Threads && c.strategy != Strategy::Processes) || !s.speedup)
            continue;
        auto curve = std::find_if(curves.begin(), curves.end(),
                                  [&](const Curve& k) { return sameCurve(k.config, c); });
        if (curve == curves.end()) {
            curves.append(Curve{c, {}, std::nullopt});
            curve = curves.end() - 1;
        }
        RunConfig free = c;
        free.gil = false;
        curve->points.append(Point{c.workers, *s.speedup, Analysis::idealSpeedup(free), s.suspect(), i});
    }
    curves.removeIf([](const Curve& k) { return k.points.size() < 2; });
    for (Curve& k : curves) {
        std::sort(k.points.begin(), k.points.end(),
                  [](const Point& a, const Point& b) { return a.workers < b.workers; });
        QList<QPointF> fit;
        for (const Point& p : std::as_const(k.points)) {
            RunConfig at = k.config;
            at.workers = p.workers;
            fit.append({double(usableWorkers(at)), p.speedup.median});
        }
        k.serialFraction = fitSerialFraction(fit);
    }
    return curves;
}

} // namespace Lab::Scaling
