#pragma once

#include "runresult.h"

#include <QList>

#include <optional>

// Figures derived from a session's runs: speed-ups, utilisation, and what a run should take.
namespace Lab::Analysis {

// The one-at-a-time run a run is compared with: a sequential run of the same work and runtime that
// ended well — of the run's own batch when it has one (a sequential run is its own; of the
// batch's, the one of the same round of the repeats), else the newest counted one before it. `index`: the
// run's place in `runs`, or runs.size() for a run still going.
struct Baseline {
    qsizetype index = -1;
    bool ofItsBatch = true; // false: an earlier batch's run, which the label names ("the run at 14:02")
};
std::optional<Baseline> baselineOf(const QList<RunResultPtr>& runs, const RunConfig& config, qsizetype index);

// Wall time of the run's baseline ÷ this run's; 1.00 for the sequential run itself.
std::optional<double> speedupVsSequential(const QList<RunResultPtr>& runs, qsizetype index);

// CPU time (app + workers) ÷ wall time, in % of one core; none for a run under 10 ms, whose share
// would be mostly rounding and the CPU spent around it (a 0 ms run showed "1,405%").
std::optional<double> cpuUtilisationPct(const RunResult& run);

// The shortest possible schedule of jobs of the given sizes on `slots` identical workers.
qint64 optimalMakespan(const QList<qint64>& sizes, int slots);
// The schedule of a pool that hands the jobs out in the order given, each to the first free
// worker — what the engine's pools (and Python's) do.
qint64 inOrderMakespan(const QList<qint64>& sizes, int slots);

// How many tasks of this run can truly run at once on this machine.
int parallelSlots(const RunConfig& config);

// What the run should take on an ideal machine: exact for waits; for squares, scaled from the run's
// baseline in `runs` (none for the sequential run itself, whose measurement it would only repeat).
// `index`: the run's place in `runs`, as for baselineOf(); -1: a run still going.
std::optional<qint64> expectedWallNs(const RunConfig& config, const QList<RunResultPtr>& runs,
                                     qsizetype index = -1);

// The best speed-up over one at a time for a pool that takes the tasks in order (the seed's
// squares on 2 cores: 8+10 | 9+7, 34/18 = 1.89).
double idealSpeedup(const RunConfig& config);
// The best for any order (the seed's squares: 10+7 | 9+8, 34/17 = 2.0).
double bestSpeedupAnyOrder(const RunConfig& config);

// Each thread that ran tasks in a threads run with a GIL (simulated or CPython's), and the share of
// its busy time (idle apart) it waited for the GIL, 0..1; in the order of the run's threads. Empty
// for a run without a GIL or whose threads were not seen.
struct ThreadShare {
    QString label;
    double share = 0;
};
QList<ThreadShare> gilWaitShares(const RunResult& run);

} // namespace Lab::Analysis
