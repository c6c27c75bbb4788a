#pragma once

// How the benchmark measures: engine runs and child processes, each repeat with what the rest of
// the machine did meanwhile, in rounds after a warm-up. The sections (benchmark.cpp) say what.
#include "benchmark.h"
#include "measure/machinewatch.h"
#include "python/pythonruntime.h"
#include "runresult.h"

#include <QTemporaryDir>

namespace Lab::Bench {

using Say = std::function<void(const QString&)>;

// One run through the engine the CLI and the window use, waited for in a local event loop; null
// when it could not start.
RunResultPtr runEngine(const RunConfig& config);
bool endedWell(const RunResultPtr& run);

// What the rest of the machine did while `runs` ran inside `watch` (and anything else since the
// watch was made): the worst of the runs' own figures when each has one, since a run counts its
// own CPU exactly; else the machine over the whole watch, idling first until it has lasted
// Noise::shortestMeasuredNs, because /proc/stat counts in 10 ms ticks.
std::optional<Noise::Disturbance> disturbanceOf(const MachineWatch& watch, const QList<RunResultPtr>& runs);

// A measurement in a child process: the JSON line it printed, and what the machine did meanwhile.
struct ChildResult {
    QJsonObject json;
    std::optional<Noise::Disturbance> machine;
};

// A figure's values from a field of each child's JSON, with each child's disturbance.
Series field(const QList<ChildResult>& children, const QString& key, double factor = 1);

struct Context {
    const Options& options;
    const Say& say;
    Python::Interpreter python; // path empty: none
    QTemporaryDir scratch;
    QList<Figure> figures;

    bool hasPython() const { return !python.path.isEmpty(); }
    int cores() const;

    // A warm-up round, not counted (when `warmUp`), then `repeats` rounds: everything a figure
    // compares is measured once a round, so a slow moment of the machine falls on both sides.
    void rounds(const std::function<void(bool counted)>& round, bool warmUp = true) const;
    // The last line of a child that prints one JSON object; nullopt (with why, told) on failure.
    std::optional<ChildResult> child(const QString& program, const QStringList& args) const;
    // CPython's side of one repeat: a bench script in a fresh interpreter that warms itself up.
    std::optional<ChildResult> python3(const QString& script, const QStringList& args) const;
    // One engine run and, for a counted repeat, what the machine did meanwhile.
    std::pair<RunResultPtr, std::optional<Noise::Disturbance>> engine(const RunConfig& config,
                                                                      bool counted) const;

    RunConfig weather(Strategy s, int tasks, int delayMs, int workers) const;
    QList<RunConfig> lab(int number, int waitPercent = 100, int scale = defaultScale) const;

    // Judged as it is added: every figure carries its verdict.
    void add(Figure f);
};

// An absolute bound on our estimate: "≤ 1%" (inclusive) or "< 200 ms".
Target bound(double limit, bool inclusive, const QString& unit);

// The section of the CPython thread sampler's cost (threadsamplerbench.cpp).
void threadSampler(Context& x);

Figure figure(const QString& id, const QString& what, const QString& unit, Series cpp = {},
              Series python = {});

} // namespace Lab::Bench
