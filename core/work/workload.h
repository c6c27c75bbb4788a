#pragma once

#include "labtypes.h"
#include "taskstate.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Lab {

class CancelToken;
class LockTable;
class SharedCounter;
class SimulatedGil;

// One task, self-contained so that a worker process can run it from a frame.
struct TaskSpec {
    int id = 0;
    Workload workload = Workload::Weather;
    QString label;    // the city, the log file's name, or n
    int delayMs = 0;  // weather and logs; locks: how long the first is held
    qint64 n = 0;     // squares
    QString filePath; // logs
};

enum class TaskStatus : quint8 { NotStarted, Ok, Failed, Cancelled, TimedOut };
// As exported files name it.
inline constexpr EnumId<TaskStatus> taskStatusIds[] = {{TaskStatus::NotStarted, u"not_started"},
                                                       {TaskStatus::Ok, u"ok"},
                                                       {TaskStatus::Failed, u"failed"},
                                                       {TaskStatus::Cancelled, u"cancelled"},
                                                       {TaskStatus::TimedOut, u"timed_out"}};
static_assert(coversEnum(taskStatusIds, TaskStatus::TimedOut));
QString taskStatusId(TaskStatus s);
std::optional<TaskStatus> taskStatusFromId(const QString& id);

struct TaskOutcome {
    TaskStatus status = TaskStatus::NotStarted;
    QString text; // the result when Ok, the reason otherwise
};

QList<TaskSpec> makeTasks(const RunConfig& config);

// What a blocking executor (sequential, threads, a worker process, a blocking coroutine) needs.
struct TaskContext {
    CancelToken* cancel = nullptr;
    SimulatedGil* gil = nullptr; // threads with --gil only
    QString workerName;          // written into log lines
    StateLog* states = nullptr;  // where the task tells what it does (running, waiting, gil); may be null
    SharedCounter* counter = nullptr; // lab 6: the run's counter, in the app's own threads only
    LockTable* locks = nullptr;       // lab 8: the run's named locks
};

// The task enters `state` now, when its context keeps a log.
void markState(const TaskContext& context, TaskState state);

// Runs one task to the end on the calling thread; waits are interruptible by the token.
TaskOutcome executeBlocking(const TaskSpec& task, const TaskContext& context);

// The pieces, for the coroutine strategy, which does the weather's wait on its own event loop.
QString weatherResult(const QString& city);
TaskOutcome writeLogFile(const TaskSpec& task, const TaskContext& context);
TaskOutcome computeSquares(const TaskSpec& task, const TaskContext& context);
// Lab 6: task.n adds to the context's counter (see work/counter.h).
TaskOutcome addToCounter(const TaskSpec& task, const TaskContext& context);

inline constexpr int linesPerLogFile = 10;

// A committed file can still come back short (a disk that lies, a share that fills up, another
// writer): a log task is Ok only when its file reads back as written. A line's checksum covers its '\n'.
size_t logLineChecksum(QByteArrayView line);
// nullopt when the file at `path` holds exactly the lines of `checksums`; otherwise why not, named
// by `label`, e.g. "log_2.txt: read back 9 of 10 lines".
std::optional<QString> checkLogFile(const QString& path, const QString& label,
                                    const QList<size_t>& checksums);

struct WorkloadTr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Workload)
};

} // namespace Lab
