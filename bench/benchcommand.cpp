#include "benchcommand.h"

#include "files.h"
#include "guibenchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Lab::Bench {

int runCommand(Options options, const QString& jsonPath)
{
    QTextStream err(stderr);
    const auto say = [&err](const QString& line) { err << u"bench: "_s << line << Qt::endl; };
    const auto gui = [&options](int tasks) { return measureWindow(options.workerProgram, tasks); };
    const Report report = run(options, gui, say);
    QTextStream(stdout) << table(report) << Qt::flush;
    if (jsonPath.isEmpty())
        return 0;
    if (const auto error = Files::writeFile(jsonPath, QJsonDocument(toJson(report)).toJson())) {
        err << u"concurrency-lab bench: "_s << *error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Lab::Bench
