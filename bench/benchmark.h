#pragma once

#include "measure/machineinfo.h"
#include "report/noise.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// `concurrency-lab bench`: what each strategy costs in the engine the app runs, beside the same
// measurement in CPython (bench/python/), in one run on one machine. What is compared is measured
// in interleaved rounds, after a warm-up, each repeat with what the rest of the machine did
// meanwhile; a figure whose repeats a busy machine spoilt is told as suspect, not judged.
namespace Lab::Bench {

// How a figure's repeats become the one number it is judged by (docs/performance.md, "Estimators").
// Noise only ever adds time, so a cost's least repeat is nearest what the code costs; a speed-up
// is a ratio of two runs that noise may move either way, so the median of its interleaved pairs.
enum class Estimator : quint8 { Minimum, Median };

// Repeated measurements of one quantity, each with what the machine did while it was made.
struct Series {
    QList<double> values;
    // Of each value's repeat, in the same order; none where it could not be told.
    QList<std::optional<Noise::Disturbance>> machine;

    void add(double value, std::optional<Noise::Disturbance> d = std::nullopt);
    bool isEmpty() const { return values.isEmpty(); }
    double median() const;
    double min() const;
    double max() const;
    double estimate(Estimator e) const { return e == Estimator::Minimum ? min() : median(); }
    int busy() const;      // repeats in which other programs took more than Noise::busyOtherCpuPct
    int stolen() const;    // repeats in which the hypervisor took more than Noise::stolenPct
    int disturbed() const; // either
    std::optional<double> mostOtherCpuPct() const; // none: no repeat could be told
    std::optional<double> mostStealPct() const;
};

// What a figure is judged against, given its estimates (CPython's none when it has none).
struct Target {
    QString text;               // "≤ Python ÷ 10 and < 100 ms"; empty: reported, not judged
    bool againstPython = false; // the verdict rests on CPython's repeats too
    std::function<std::optional<bool>(double ours, std::optional<double> python)> holds;
};

struct Figure {
    QString id;   // stable, for the JSON: "fanout_100000_overhead_ms"
    QString what; // for people
    QString unit; // "ms", "µs", "B", "%", "×"
    Series cpp;
    Series python; // empty when CPython has no such figure or none was found
    Estimator estimator = Estimator::Minimum;
    bool higherIsBetter = false;
    std::optional<double> ideal; // of a speed-up (or what it is made of): its schedule's best
    Target target;
    // What judge() finds: whether the target held for the estimates as measured, and why they
    // cannot be trusted, if so.
    std::optional<bool> met;
    QList<Noise::Suspect> suspects;

    bool suspect() const { return !suspects.isEmpty(); }
    std::optional<bool> verdict() const { return suspect() ? std::nullopt : met; }
    // Python's estimate ÷ ours (how many times less ours costs); for speed-ups, ours ÷ Python's.
    std::optional<double> ratio() const;
    // The series its verdict rests on: ours, and CPython's when the target compares with it (or,
    // with no target, when it is there to compare with).
    QList<const Series*> judged() const;
};

// Fills met and suspects: suspect when half or more of a judged series' repeats were disturbed
// (as Noise::summarize() judges a run's repetitions), or its estimate is above the ideal.
void judge(Figure& f);

struct Options {
    bool quick = false; // small sizes: a smoke test under a minute
    int repeats = 3;
    QString program;       // this executable: the fan-out probes
    QString workerProgram; // the process pool's worker
    QString python;        // "" = python3 on PATH; "none" = the engine alone
    QStringList only;      // sections to run (fanout threads processes squares io sampler gui); empty: all
};

// What the window measures (in ui/): the longest GUI stall while a run of `tasks` tasks updates
// the charts, and the time to redraw the timeline of that run, both in ms.
struct GuiFigures {
    double longestStallMs = 0;
    double timelineRedrawMs = 0;
};
using GuiProbe = std::function<GuiFigures(int tasks)>;

struct Report {
    MachineInfo machine;
    QString interpreter; // "CPython 3.11.2 (/usr/bin/python3)", or why there is none
    bool quick = false;
    QList<Figure> figures;
};

// Runs everything; `say` hears what is being measured. Blocks, with its own event loops.
Report run(const Options& options, const GuiProbe& gui, const std::function<void(const QString&)>& say);

QString table(const Report& report);
QJsonObject toJson(const Report& report);
// Why a figure is suspect, with its figures: "other programs 1.4 cores (3 of 3 repeats)".
QStringList reasons(const Figure& f);

// The child process of a fan-out: N coroutines that wait `delayMs` on the engine, then one JSON
// line on stdout (wall, overhead, resident memory before and at the peak). Returns an exit code.
int fanoutProbe(int tasks, int delayMs);

} // namespace Lab::Bench
