#pragma once

#include "enumids.h"
#include "runresult.h"

#include <QList>

#include <optional>

// Whether a figure can be trusted: what else the machine did while a run was measured, the
// repetitions of a run summed up as median and spread, and the reasons a figure is suspect.
// The thresholds are measured on this project's 2-core VM, quiet and with two CPU hogs
// (docs/performance.md, "Numbers you can trust").
namespace Lab::Noise {

// Other programs took more than this of one core on average while the run was measured. Measured on
// lab 3 here: quiet, 0–3% (the VM's own daemons); beside two CPU hogs, 99–137%. A quarter of a core is
// far above the quiet figures and far below what slows a run visibly.
inline constexpr double busyOtherCpuPct = 25;
// The hypervisor gave more than this share of the machine's CPU time to other machines.
inline constexpr double stolenPct = 10;
// A speed-up more than this above the ideal of its schedule: its one-at-a-time run was slowed (a
// slow moment of the machine), not this one made faster. Within it: the timers' noise.
inline constexpr double aboveIdealShare = 1.05;
// The repetitions spread wider than this share of their median, (max − min) ÷ median.
inline constexpr double wideSpreadShare = 0.20;
// Shorter runs have no disturbance figure: /proc/stat counts in 10 ms ticks, an error of up to
// 20 ms a core over a run, which is 25% of a core only past 160 ms on 2 cores.
inline constexpr qint64 shortestMeasuredNs = 250'000'000;

struct Disturbance {
    double otherCpuPct = 0; // other programs, % of one core on average (100 = a whole core)
    double stealPct = 0;    // % of all the machine's CPU time
    bool busy = false;      // otherCpuPct > busyOtherCpuPct
    bool stolen = false;    // stealPct > stolenPct
    bool disturbed() const { return busy || stolen; }
};
// Of a measurement that took `ownCpuNs` itself while the machine did `machine`: none when it was
// too short to tell (shortestMeasuredNs) or the machine could not be read.
std::optional<Disturbance> disturbanceOf(const MachineCpu& machine, qint64 ownCpuNs);
// Of a run: its own CPU is the engine's, its workers' and the front end's.
std::optional<Disturbance> disturbanceOf(const RunResult& run);
// Either was disturbed: the worse figures of both, for a measurement made of the two.
Disturbance worse(const Disturbance& a, const Disturbance& b);

// `disturbed` of `repeats` spoil their median when they are half or more: it may be one of them.
bool spoilsMedian(int disturbed, qsizetype repeats);
// A speed-up beyond ideal × aboveIdealShare.
bool isAboveIdeal(double speedup, double ideal);

// Why a figure is suspect; several may hold at once.
enum class Suspect : quint8 { BusyMachine, Steal, AboveIdeal, WideSpread };
inline constexpr EnumId<Suspect> suspectIds[] = {{Suspect::BusyMachine, u"busy_machine"},
                                                 {Suspect::Steal, u"steal"},
                                                 {Suspect::AboveIdeal, u"above_ideal"},
                                                 {Suspect::WideSpread, u"wide_spread"}};
static_assert(coversEnum(suspectIds, Suspect::WideSpread));

struct Spread {
    double median = 0;
    double min = 0;
    double max = 0;
    int count = 0;
};
// The median (of an even count, the mean of the two middle values), min and max; none of nothing.
std::optional<Spread> spreadOf(QList<double> values);

// One kind of run of a batch (sameKind()), all its rounds.
struct Summary {
    QList<qsizetype> runs;         // indices of its counted runs (no warm-ups) in the runs given, in order
    int warmups = 0;               // runs of it before the first round, not counted
    std::optional<Spread> wallMs;  // of those that ended well
    std::optional<Spread> speedup; // of each with its own round's one-at-a-time run
    double idealSpeedup = 1;
    double otherCpuPct = 0; // the most any of its runs saw
    double stealPct = 0;
    int disturbed = 0; // how many of its runs that ended well the machine disturbed
    // Disturbance makes it suspect when half its runs or more were disturbed (the median may be
    // one of them); a speed-up median above the ideal, or a wide spread, always.
    QList<Suspect> suspects;
    bool suspect() const { return !suspects.isEmpty(); }
};
// The kinds of run in the order they first ran; a batch of single runs gives one summary a run.
QList<Summary> summarize(const QList<RunResultPtr>& runs);

// Of the runs that ended well, the one whose wall time is nearest their median; else the last.
RunResultPtr medianRun(const QList<RunResultPtr>& runs);

// Why one run's figure is suspect: its machine was disturbed, or its speed-up against its partner
// is above the ideal.
QList<Suspect> suspectsOf(const QList<RunResultPtr>& runs, qsizetype index);

} // namespace Lab::Noise
