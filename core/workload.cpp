#include "workload.h"

#include "canceltoken.h"
#include "simulatedgil.h"
#include "squares.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Lab {

QString taskStatusId(TaskStatus s)
{
    switch (s) {
    case TaskStatus::NotStarted:
        return u"not_started"_s;
    case TaskStatus::Ok:
        return u"ok"_s;
    case TaskStatus::Failed:
        return u"failed"_s;
    case TaskStatus::Cancelled:
        return u"cancelled"_s;
    case TaskStatus::TimedOut:
        return u"timed_out"_s;
    }
    return {};
}

QList<TaskSpec> makeTasks(const RunConfig& config)
{
    QList<TaskSpec> tasks;
    const int count = taskCountOf(config);
    tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        TaskSpec t;
        t.id = i;
        t.workload = config.workload;
        switch (config.workload) {
        case Workload::Weather:
            t.label = config.cities.at(i);
            t.delayMs = config.delayMs;
            break;
        case Workload::Logs:
            t.label = u"log_%1.txt"_s.arg(i);
            t.delayMs = config.delayMs;
            t.filePath = QDir(config.outDir).filePath(t.label);
            break;
        case Workload::Squares:
            t.n = config.squaresN.at(i);
            t.label = QString::number(t.n);
            break;
        }
        tasks.append(std::move(t));
    }
    return tasks;
}

QString weatherResult(const QString& city)
{
    // Data, like the seed's result string: the same in every language.
    return city + u": 25°C"_s;
}

TaskOutcome writeLogFile(const TaskSpec& task, const TaskContext& context)
{
    // The file appears whole at commit, or not at all: a cancelled or failed write leaves nothing.
    QSaveFile file(task.filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {TaskStatus::Failed,
                WorkloadTr::tr("cannot write %1: %2").arg(task.filePath, file.errorString())};
    // The seed's stand-in for slow disk I/O: a blocking wait.
    if (!context.cancel->sleepFor(std::chrono::milliseconds(task.delayMs))) {
        file.cancelWriting();
        return {TaskStatus::Cancelled, {}};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int line = 1; line <= linesPerLogFile; ++line) {
        file.write(
            u"%1 INFO [%2] %3 line %4 of %5: request handled\n"_s.arg(stamp, context.workerName, task.label)
                .arg(line)
                .arg(linesPerLogFile)
                .toUtf8());
    }
    if (!file.commit())
        return {TaskStatus::Failed,
                WorkloadTr::tr("cannot write %1: %2").arg(task.filePath, file.errorString())};
    return {TaskStatus::Ok, WorkloadTr::tr("%1: %n line(s)", nullptr, linesPerLogFile).arg(task.label)};
}

TaskOutcome computeSquares(const TaskSpec& task, const TaskContext& context)
{
    GilScope gil(context.gil);
    const auto checkpoint = [&context] {
        if (context.gil)
            context.gil->yieldIfRequested();
        return !context.cancel->isCancelled();
    };
    const auto sum = sumOfSquares(std::uint64_t(task.n), checkpoint);
    if (!sum)
        return {TaskStatus::Cancelled, {}};
    return {TaskStatus::Ok, toDecimal(*sum)};
}

TaskOutcome executeBlocking(const TaskSpec& task, const TaskContext& context)
{
    if (context.cancel->isCancelled())
        return {TaskStatus::Cancelled, {}};
    switch (task.workload) {
    case Workload::Weather:
        if (!context.cancel->sleepFor(std::chrono::milliseconds(task.delayMs)))
            return {TaskStatus::Cancelled, {}};
        return {TaskStatus::Ok, weatherResult(task.label)};
    case Workload::Logs:
        return writeLogFile(task, context);
    case Workload::Squares:
        return computeSquares(task, context);
    }
    return {TaskStatus::Failed, WorkloadTr::tr("unknown workload")};
}

} // namespace Lab
