#pragma once

#include "measure/machineinfo.h"
#include "runresult.h"

#include <QByteArray>

class QIODevice;

// The session's runs as files: JSON of schema concurrency-lab/runs@2 (jsonimport.h reads it, and @1), and CSV
// of one row per run.
namespace Lab::Export {

inline constexpr char16_t schema[] = u"concurrency-lab/runs@2";

// Written as it is serialised: the fields of a run, then its tasks and CPU samples one a line, so
// that a run of a million tasks never stands in memory as JSON. False as soon as a write fails
// (the device says why); nothing is written after that.
bool writeSessionJson(QIODevice& out, const QList<RunResultPtr>& runs, const MachineInfo& machine);
// The same into `path`, whole or not at all (see Files::writeFile); the reason on failure.
std::optional<QString> writeSessionJsonFile(const QString& path, const QList<RunResultPtr>& runs,
                                            const MachineInfo& machine);
QByteArray sessionCsv(const QList<RunResultPtr>& runs);

} // namespace Lab::Export
