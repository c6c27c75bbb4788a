#pragma once

#include "labtypes.h"
#include "python/pythonruntime.h"

#include <QMap>

namespace Lab {

// What a person asks for, from the command line or the experiment panel, before it becomes runs.
// Values are already checked by the door they came through; defaults are the seed's.
struct Experiment {
    // 0–8: a lab (only `scale` applies, and to the mistakes labs 5–8 `tasks`, `workers` and
    // `delayMs`; see labCount); -1: a custom experiment
    int lab = -1;
    Workload workload = Workload::Weather;
    QList<Strategy> strategies; // empty: all four
    int tasks = 0;              // 0: as many as the cities or the n values
    QStringList cities;         // empty: Bangkok, Tokyo, London
    int delayMs = -1;           // -1: the workload's default
    int workers = 0;            // 0: what Python would pick for the strategy
    QList<qint64> n;            // before scaling; empty: the seed's
    int scale = defaultScale;
    bool gil = false;
    int waitPercent = 100; // 1–100: shortens every wait, for a quick demonstration or a test
    QList<Runtime>
        runtimes; // empty: the engine only; with both, each strategy's C++ run is followed by CPython's
    Python::Interpreter python; // the interpreter of CPython's runs
    QString scheduler;          // the cluster's (see RunConfig::scheduler); empty: a local one
    int pythonStartTimeoutMs = defaultPythonStartTimeoutMs;
    QMap<Strategy, qint64> predictionsMs; // the person's guesses of the wall time, by strategy
    bool runBaselinesAgain = false;       // false: a baseline the session has run well is shown again
    // Every run `repeats` times (1–maxRepeats), interleaved round by round — one at a time,
    // processes, one at a time, processes, … — so that a slow moment of the machine hits both sides;
    // with `warmup`, one uncounted run of each before the first round.
    int repeats = 1;
    bool warmup = false;
    // Pool sizes to run each threads or processes run at, in place of its one (the scaling sweep);
    // empty: none.
    QList<int> sweepWorkers;
};

// Labs 0–3 are the seed's; lab 4 is threads and the GIL, on lab 3's sums; labs 5–8 are the mistakes
// every learner makes, each beside its fix: a blocking call in async code, a race on a shared counter,
// a process pool fed tiny tasks, a deadlock.
inline constexpr int labCount = 10;
// Lab 9, beyond one machine: a Dask cluster beside the process pool. A cluster is CPython's (Dask's):
// the lab runs in CPython.
inline constexpr int clusterLab = 9;
inline constexpr int firstMistakesLab = 5;
inline bool isMistakesLab(int lab)
{
    return lab >= firstMistakesLab && lab < clusterLab;
}
// What a person may change of a mistakes lab, beside the scale: its tasks, its pool, its wait.
struct LabFields {
    bool tasks = false;
    bool workers = false;
    bool delay = false;
};
LabFields changeableFields(int lab);

// What lab `lab` works on (lab 0's first: the weather).
Workload labWorkload(int lab);

// The runtimes a person picks for every strategy, as --runtime and the settings name them.
enum class RuntimeSet : quint8 { Cpp, Python, Both };
inline constexpr EnumId<RuntimeSet> runtimeSetIds[] = {
    {RuntimeSet::Cpp, u"cpp"}, {RuntimeSet::Python, u"python"}, {RuntimeSet::Both, u"both"}};
static_assert(coversEnum(runtimeSetIds, RuntimeSet::Both));
// What Experiment::runtimes holds for it; with both, the engine's run comes first.
QList<Runtime> runtimesOf(RuntimeSet set);
// Whether it runs on a Dask cluster (lab 9, or a custom experiment's cluster strategy): it needs a
// CPython that has Dask.
bool usesCluster(const Experiment& e);
// Where its runs run: its runtimes, the engine's when none, CPython's when it uses a cluster and
// names no CPython of its own (the cluster, and the baseline its speed-up is against).
QList<Runtime> runtimesOf(const Experiment& e);

// The runs, one per strategy (and runtime, and pool size of a sweep), sequential first, then again
// round by round for the repeats, warm-ups first; log files go to
// `outDir`/<workload>-<strategy>[-python]. CPython computes squares of n × scale ÷ pythonScaleDivisor.
QList<RunConfig> experimentRuns(const Experiment& e, const QString& workerProgram, const QString& outDir);

} // namespace Lab
