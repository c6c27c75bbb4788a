#pragma once

#include "measure/machineinfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// `concurrency-lab bench`: what each strategy costs in the engine the app runs, beside the same
// measurement in CPython (bench/python/), in one run on one machine. Every figure is measured
// `repeats` times after a warm-up and reported as median and spread.
namespace Lab::Bench {

// Repeated measurements of one quantity.
struct Series {
    QList<double> values;
    bool isEmpty() const { return values.isEmpty(); }
    double median() const;
    double min() const;
    double max() const;
};

struct Figure {
    QString id;   // stable, for the JSON: "fanout_100000_overhead_ms"
    QString what; // for people
    QString unit; // "ms", "µs", "B", "%", "×"
    Series cpp;
    Series python;           // empty when CPython has no such figure or none was found
    QString target;          // "≤ Python ÷ 10 and < 100 ms"; empty: reported, not judged
    std::optional<bool> met; // against the medians
    // Python's median ÷ ours (how many times less ours costs); for speed-ups, ours ÷ the ideal.
    std::optional<double> ratio() const;
    bool higherIsBetter = false;
};

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

// The child process of a fan-out: N coroutines that wait `delayMs` on the engine, then one JSON
// line on stdout (wall, overhead, resident memory before and at the peak). Returns an exit code.
int fanoutProbe(int tasks, int delayMs);

} // namespace Lab::Bench
