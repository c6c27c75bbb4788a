#pragma once

#include "runresult.h"

#include <QList>

#include <optional>

namespace Lab {

struct LiveRun;

// "Where did the time go?": all of a run's task time added up and split by what the tasks were
// doing — the same figures for the chart and the command line.
namespace States {

// Below this share of their time on a worker told by states, a run's states say too little to draw:
// a CPython run whose threads were not sampled has its queue alone.
inline constexpr double leastTold = 0.5;

// A share below this (0.05%) is not worth a word or a legend's entry.
inline constexpr double leastMentioned = 0.0005;

// A share as a percentage without its sign: "48", and below 1% with a decimal, "0.4", since a
// hand-over of "0" would say it was not there.
QString percentText(double share);

struct Breakdown {
    StateTotals totals;    // every task's time in each state, from its submission to its end
    qint64 onWorkerNs = 0; // the tasks' time from their start to their end, states or none
    qint64 toldNs = 0;     // of that, what the states tell (the queue and the hand-over apart)

    bool known() const { return onWorkerNs > 0 && double(toldNs) >= leastTold * double(onWorkerNs); }
    qint64 totalNs() const { return totals.totalNs(); }
    double share(TaskState s) const { return totals.share(s); }
    Breakdown& operator+=(const Breakdown& o);
};

Breakdown breakdownOf(const RunResult& run);
// What the session shows of a run: its result once finished; while a repeated kind's next round
// goes, its last finished round; none before any has finished.
std::optional<Breakdown> breakdownOf(const LiveRun& run);

// The order a bar stacks states: computing first, so that its share starts at 0 in every bar;
// StateFill's legend order, idle last.
QList<TaskState> barOrder();
// Those of barOrder() with any time.
QList<TaskState> present(const Breakdown& b);

} // namespace States
} // namespace Lab
