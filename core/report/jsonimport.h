#pragma once

#include "measure/machineinfo.h"
#include "runresult.h"

#include <QByteArray>

#include <variant>

// A session file read back: what Export::writeSessionJson() wrote, of schema concurrency-lab/runs@1
// or @2, as the runs it was written from. Writing them again gives the same bytes (from @2).
namespace Lab::Export {

struct SessionFile {
    QList<RunResultPtr> runs;
    MachineInfo machine; // the one the session was made on
    int version = 0;     // of the schema it was written in
};

// The session, or a translated one-line reason it is not one: "not a Concurrency Lab session",
// "made by a newer version: …", "damaged at byte N: …", "run 2, tasks[5]: unknown status 'x'".
std::variant<SessionFile, QString> readSessionJson(const QByteArray& json);
// The same from a file; the reason names it: "cannot open PATH: …".
std::variant<SessionFile, QString> readSessionJsonFile(const QString& path);

// True when the machine a session was made on is not this one (other cores, or another CPU).
bool otherMachine(const MachineInfo& made, const MachineInfo& here);

} // namespace Lab::Export
