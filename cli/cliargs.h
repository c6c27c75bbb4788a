#pragma once

#include "labtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lab {

// What `concurrency-lab run …` asks for, checked and turned into the runs to do.
struct CliOptions {
    QList<RunConfig> runs;
    QString jsonPath;  // "" = none, "-" = standard output
    QString tracePath; // Chrome trace events for Perfetto; "" = none
    QString outDir;    // where the log files of the runs go, one sub-folder a run
    QString language;  // "th" or "en"
    bool quiet = false;
    bool help = false;
};

struct CliParse {
    CliOptions options;
    QString error; // one line naming the option, the value and what is allowed; empty when fine
    bool ok() const { return error.isEmpty(); }
};

// `arguments` are those after `run`. `workerProgram` is the executable that worker processes run;
// `defaultOutBase` the folder under which a run's folder is made when --out is not given.
// Checks everything, including whether the folders can be written, and writes nothing.
CliParse parseRunArguments(const QStringList& arguments, const QString& workerProgram,
                           const QString& defaultOutBase);

QString runUsage();

} // namespace Lab
