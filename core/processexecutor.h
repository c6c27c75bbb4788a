#pragma once

#include "executor.h"
#include "protocol.h"
#include "runresult.h"

#include <QProcess>

#include <deque>
#include <memory>
#include <vector>

namespace Lab {

// A pool of N long-lived worker processes (this executable in `worker` mode), fed task frames on
// stdin and answering with result frames on stdout. Lives in the lab thread, a long-lived thread,
// because PR_SET_PDEATHSIG fires when the *thread* that started a child ends.
class ProcessExecutor final : public Executor {
    Q_OBJECT
public:
    explicit ProcessExecutor(ExecutorContext context, QObject* parent = nullptr);
    ~ProcessExecutor() override;

    void start() override;
    void cancel() override;

    CpuTimes workersCpu() const { return m_workersCpu; }

private:
    struct Worker {
        QProcess* process = nullptr;
        QString name;
        int recorderIndex = -1;
        qint64 pid = 0;
        QByteArray inbox;
        std::deque<int> inFlight; // tasks sent, in order; the first is running
        qint64 averageTaskNs = -1;
        QByteArray stderrTail; // the last words of a worker, for error messages
        bool exited = false;
        bool cpuCounted = false;
    };

    void spawn();
    void onOutput(Worker& w);
    void onStderr(Worker& w);
    bool onFrame(Worker& w, const Protocol::Frame& frame);
    bool onResult(Worker& w, const Protocol::Result& result);
    void onExit(Worker& w, int exitCode, QProcess::ExitStatus status);
    void onError(Worker& w, QProcess::ProcessError error);
    void dispatch(Worker& w);
    int depthFor(const Worker& w) const;
    int nextTask();
    void failInFlight(Worker& w, const QString& reason);
    void protocolError(Worker& w, const QString& reason);
    void maybeFinish();
    void shutDown();
    void stopWorker(Worker& w);
    void publishPids();

    std::vector<std::unique_ptr<Worker>> m_workers;
    std::deque<int> m_retry; // sent to a worker that died before starting them
    int m_next = 0;
    int m_settled = 0;
    int m_spawned = 0;
    bool m_stopping = false;
    bool m_finished = false;
    CpuTimes m_workersCpu;
};

} // namespace Lab
