#pragma once

#include "measure/machineinfo.h"
#include "runresult.h"

#include <QByteArray>
#include <QJsonObject>

// The session's runs as files: JSON of schema concurrency-lab/runs@1, and CSV of one row per run.
namespace Lab::Export {

inline constexpr char16_t schema[] = u"concurrency-lab/runs@1";

QJsonObject runToJson(const QList<RunResultPtr>& runs, qsizetype index);
QJsonObject sessionToJson(const QList<RunResultPtr>& runs, const MachineInfo& machine);
QByteArray sessionJson(const QList<RunResultPtr>& runs, const MachineInfo& machine);
QByteArray sessionCsv(const QList<RunResultPtr>& runs);

// Writes whole or not at all; on failure returns the reason, translated.
std::optional<QString> writeFile(const QString& path, const QByteArray& bytes);

} // namespace Lab::Export
