#pragma once

#include "report/scaling.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

// What the scaling chart draws of a session's sweeps, worked out apart from any widget: the pools
// of the batches shown, each with its medians and spreads, Amdahl's law fitted to them, the ideal
// of its schedule, and the reasons its suspect points are suspect, all in the current language.
namespace Lab::ScalingPlot {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::ScalingPlot)
};

struct Line {
    RunConfig config;             // of its first point: strategy, runtime, GIL, work
    QString name;                 // "threads + GIL"; with its batch when another line has the same name
    QList<Scaling::Point> points; // by workers
    std::optional<double> serialFraction;
    // Amdahl's law with that fraction, (workers, speed-up), dense enough to draw as a curve; empty
    // without a fraction.
    QList<QPointF> fit;
    QString fitName; // "threads: Amdahl fit, serial 97%"

    QList<QPointF> medians() const; // (workers, median speed-up)
    QList<QPointF> ideal() const;   // (workers, the ideal of its schedule)
};

struct Plot {
    QList<Line> lines;
    QStringList notes; // one a suspect point: "⚠ threads, 3 workers: busy machine: …"
    // The machine's cores, when some line computes and its pool sizes reach them: where such a
    // pool stops gaining.
    std::optional<int> cores;
};

// The pools of `runs` (a session's results) run at two sizes or more in one of `batches`
// (RunConfig::batch numbers).
Plot plotOf(const QList<RunResultPtr>& runs, const QList<int>& batches);

} // namespace Lab::ScalingPlot
