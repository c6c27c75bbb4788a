#pragma once

#include "report/noise.h"

#include <QList>
#include <QPointF>

#include <optional>

// The scaling sweep: a pool's speed-up over one at a time at each of its sizes, beside what the
// machine allows and Amdahl's law fitted to the points.
namespace Lab::Scaling {

// Amdahl's law: the speed-up of work whose share `serialFraction` cannot be shared, on `n` workers.
double amdahl(double serialFraction, double n);
// The serial fraction that fits the points (n, speed-up) best: least squares of 1 ÷ speed-up, where
// Amdahl's law is a straight line in it (1/S = 1/n + s·(1 − 1/n)), kept to 0–1. None when no point
// has n above 1, which says nothing of it.
std::optional<double> fitSerialFraction(const QList<QPointF>& points);

// How many workers can truly work at once, as Amdahl's n: the pool, no more than the tasks, and
// for computing no more than the cores. Under a GIL too: the GIL is what the curve shows, not a
// limit of the machine.
int usableWorkers(const RunConfig& config);

struct Point {
    int workers = 0;
    Noise::Spread speedup;
    double ideal = 1; // the best its schedule allows on this machine (Analysis::idealSpeedup), no GIL
    bool suspect = false;
    qsizetype summary = -1; // in the summaries given
};

// One pool (strategy, runtime, GIL) on one kind of work, at each size of the batch's sweep.
struct Curve {
    RunConfig config;    // of its first point
    QList<Point> points; // by workers
    std::optional<double> serialFraction;
};

// The pools run at two sizes or more, in the order they first ran.
QList<Curve> curvesOf(const QList<RunResultPtr>& runs, const QList<Noise::Summary>& summaries);

} // namespace Lab::Scaling
