#pragma once

#include "runresult.h"

#include <QByteArray>
#include <QJsonArray>

// A session's runs as Chrome Trace Event JSON, which the Perfetto UI (ui.perfetto.dev) and
// chrome://tracing open: one process per run, one track per worker named by metadata events,
// complete ("X") events for tasks on threads and processes, async ("b"/"e") events for coroutines,
// which overlap on one thread, and a counter ("C") track of CPU use. Times in µs, runs placed at
// their real start one after another.
namespace Lab::Trace {

QJsonArray traceEvents(const QList<RunResultPtr>& runs);
QByteArray chromeTrace(const QList<RunResultPtr>& runs);

} // namespace Lab::Trace
