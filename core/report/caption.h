#pragma once

#include "measure/machineinfo.h"
#include "runresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The words a chart carries on a slide, made from the runs and the machine they ran on, so that a
// picture shown a week later still says what it shows.
namespace Lab::Caption {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Caption)
};

// What ran, under a chart's title: each kind of work once, then the cores of the machine:
// "weather: 3 cities, 2.0 s each · 2 cores". Empty without runs.
QString subtitle(const QList<RunResultPtr>& runs, const MachineInfo& machine);

// The foot of a slide: which lab, when, on what, in which runtime and app:
// "Lab 1 · 4 Dec 2026 19:30 · 2 cores, Intel Xeon · the app's engine · concurrency-lab 1.2".
// When `machine` is not `here` (a session opened elsewhere), it says so: "made on another
// machine: 8 cores, …". Empty without runs.
QString caption(const QList<RunResultPtr>& runs, const MachineInfo& machine, const MachineInfo& here);

// Whether two descriptions are of the same machine, as far as the figures go.
bool sameMachine(const MachineInfo& a, const MachineInfo& b);

} // namespace Lab::Caption
