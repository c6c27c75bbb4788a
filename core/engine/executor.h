#pragma once

#include "labtypes.h"
#include "runresult.h"

#include <QObject>

#include <memory>

namespace Lab {

class CancelToken;
class Recorder;

// What every strategy shares: the run's settings, where it reports, and its cancel switch.
struct ExecutorContext {
    RunConfig config;
    std::shared_ptr<Recorder> recorder;
    std::shared_ptr<CancelToken> cancel;
};

// Runs the tasks of one run by one strategy. Lives in the lab thread. After start(), emits
// finished() exactly once: when every task is settled, or soon after cancel().
class Executor : public QObject {
    Q_OBJECT
public:
    explicit Executor(ExecutorContext context, QObject* parent = nullptr)
        : QObject(parent), m_context(std::move(context))
    {
    }

    virtual void start() = 0;
    virtual void cancel() = 0;

    // CPU used by the processes it started, once finished() came: none for the app's own threads.
    virtual CpuTimes workersCpu() const { return {}; }
    // The interpreter that ran the tasks ("CPython 3.11"), empty for the engine itself.
    virtual QString interpreter() const { return {}; }

Q_SIGNALS:
    void finished();
    // The run cannot go on (a worker program that cannot start); finished() still follows.
    void failed(const QString& reason);
    void workerProcessesChanged(const QList<qint64>& pids);

protected:
    const ExecutorContext m_context;
};

std::unique_ptr<Executor> makeExecutor(ExecutorContext context);

// A child stopped for a fault gets this long after SIGTERM, then SIGKILL.
inline constexpr int killGraceMs = 500;

} // namespace Lab
