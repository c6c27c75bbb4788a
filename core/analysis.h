#pragma once

#include "runresult.h"

#include <QList>

#include <optional>

// Figures derived from a session's runs: speed-ups, utilisation, and what a run should take.
namespace Lab::Analysis {

// Wall time of a sequential run of the same work ÷ this run's; 1 for the sequential run itself.
std::optional<double> speedupVsSequential(const QList<RunResultPtr>& runs, qsizetype index);

// CPU time (app + workers) ÷ wall time, in % of one core.
double cpuUtilisationPct(const RunResult& run);

// The shortest possible schedule of jobs of the given sizes on `slots` identical workers.
qint64 optimalMakespan(const QList<qint64>& sizes, int slots);

// How many tasks of this run can truly run at once on this machine.
int parallelSlots(const RunConfig& config);

// What the run should take on an ideal machine: exact for waits; for squares, scaled from a
// sequential run of the same work in `runs` if there is one.
std::optional<qint64> expectedWallNs(const RunConfig& config, const QList<RunResultPtr>& runs);

// The best speed-up the schedule allows over one at a time (squares: 34/18 = 1.89 on 2 cores).
double idealSpeedup(const RunConfig& config);

} // namespace Lab::Analysis
