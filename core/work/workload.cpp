#include "work/workload.h"

#include "canceltoken.h"
#include "engine/locktable.h"
#include "engine/simulatedgil.h"
#include "files.h"
#include "work/squares.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

QString taskStatusId(TaskStatus s)
{
    return idOf(taskStatusIds, s);
}

std::optional<TaskStatus> taskStatusFromId(const QString& id)
{
    return fromId(taskStatusIds, id);
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
        case Workload::Counter:
            t.n = config.counterAdds;
            t.label = u"+1 × %1"_s.arg(t.n);
            break;
        case Workload::Locks: // the first task takes A then B; the other the opposite, unless told not to
            t.delayMs = config.delayMs;
            t.label = i % 2 == 0 || config.variant == Variant::SameOrder ? u"A → B"_s : u"B → A"_s;
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

size_t logLineChecksum(QByteArrayView line)
{
    return qHash(line);
}

std::optional<QString> checkLogFile(const QString& path, const QString& label, const QList<size_t>& checksums)
{
    QFile file(path);
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (file.error() != QFileDevice::NoError)
        return WorkloadTr::tr("%1: cannot read it back: %2").arg(label, file.errorString());
    QList<size_t> found; // a line with its '\n'; one cut short has none, so it cannot match
    for (qsizetype from = 0; from < data.size();) {
        const qsizetype end = data.indexOf('\n', from);
        const qsizetype next = end < 0 ? data.size() : end + 1;
        found.append(logLineChecksum(QByteArrayView(data).sliced(from, next - from)));
        from = next;
    }
    if (found.size() != checksums.size())
        return WorkloadTr::tr("%1: read back %2 of %3 lines")
            .arg(label)
            .arg(found.size())
            .arg(checksums.size());
    const auto differs = std::mismatch(found.cbegin(), found.cend(), checksums.cbegin()).first;
    if (differs != found.cend())
        return WorkloadTr::tr("%1: line %2 differs from what was written")
            .arg(label)
            .arg(differs - found.cbegin() + 1);
    return std::nullopt;
}

void markState(const TaskContext& context, TaskState state)
{
    if (context.states)
        context.states->enter(state, monotonicNs());
}

namespace {

// The seed's lines of a log file, written, and remembered by their checksums.
QList<size_t> writeLogLines(QIODevice& file, const QString& workerName, const QString& label)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<size_t> checksums;
    for (int n = 1; n <= linesPerLogFile; ++n) {
        const QByteArray line =
            u"%1 INFO [%2] %3 line %4 of %5: request handled\n"_s.arg(stamp, workerName, label)
                .arg(n)
                .arg(linesPerLogFile)
                .toUtf8();
        checksums.append(logLineChecksum(line));
        file.write(line);
    }
    return checksums;
}

} // namespace

TaskOutcome writeLogFile(const TaskSpec& task, const TaskContext& context)
{
    // The file appears whole at commit, or not at all: a cancelled or failed write leaves nothing.
    QSaveFile file(task.filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {TaskStatus::Failed,
                WorkloadTr::tr("cannot write %1: %2").arg(task.filePath, file.errorString())};
    // The seed's stand-in for slow disk I/O: a blocking wait, and then the I/O itself.
    markState(context, TaskState::Waiting);
    if (!context.cancel->sleepFor(std::chrono::milliseconds(task.delayMs))) {
        file.cancelWriting();
        return {TaskStatus::Cancelled, {}};
    }
    const QList<size_t> checksums = writeLogLines(file, context.workerName, task.label);
    if (!Files::commitWhole(file)) {
        const QString reason = WorkloadTr::tr("cannot write %1: %2").arg(task.filePath, file.errorString());
        file.cancelWriting();
        return {TaskStatus::Failed, reason};
    }
    // Nothing lost: Ok only for a file that reads back as written; a wrong one is not left behind.
    if (const auto problem = checkLogFile(task.filePath, task.label, checksums)) {
        QFile::remove(task.filePath);
        return {TaskStatus::Failed, *problem};
    }
    return {TaskStatus::Ok, WorkloadTr::tr("%1: %n line(s)", nullptr, linesPerLogFile).arg(task.label)};
}

TaskOutcome computeSquares(const TaskSpec& task, const TaskContext& context)
{
    GilScope gil(context.gil, context.states);
    const auto checkpoint = [&context] {
        if (context.gil)
            context.gil->yieldIfRequested(context.states);
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
        markState(context, TaskState::Waiting);
        if (!context.cancel->sleepFor(std::chrono::milliseconds(task.delayMs)))
            return {TaskStatus::Cancelled, {}};
        return {TaskStatus::Ok, weatherResult(task.label)};
    case Workload::Logs:
        return writeLogFile(task, context);
    case Workload::Squares:
        return computeSquares(task, context);
    case Workload::Counter:
        return addToCounter(task, context);
    case Workload::Locks:
        return takeTwoLocks(task, context);
    }
    return {TaskStatus::Failed, WorkloadTr::tr("unknown workload")};
}

} // namespace Lab
