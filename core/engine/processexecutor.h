#pragma once

#include "engine/executor.h"
#include "runresult.h"
#include "worker/protocol.h"
#include "worker/stderrtail.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace Lab {

// A pool of N long-lived worker processes (this executable in `worker` mode), fed task frames on
// stdin and answering with result frames on stdout. Lives in the lab thread, a long-lived thread,
// because PR_SET_PDEATHSIG fires when the *thread* that started a child ends.
// A worker that crashes, lies on stdout or overruns its task's timeout is stopped and replaced;
// its running task fails (or times out) with the reason, its queued tasks go to the others.
class ProcessExecutor final : public Executor {
    Q_OBJECT
public:
    explicit ProcessExecutor(ExecutorContext context, QObject* parent = nullptr);
    ~ProcessExecutor() override;

    void start() override;
    void cancel() override;

    CpuTimes workersCpu() const override { return m_workersCpu; }

private:
    struct Worker {
        QProcess* process = nullptr;
        QString name;
        int recorderIndex = -1;
        qint64 pid = 0;
        qint64 spawnNs = 0;
        QByteArray inbox;
        std::deque<int> inFlight;  // tasks sent, in order; the first is running
        qint64 runningSinceNs = 0; // when the first in flight was taken to have started
        qint64 averageTaskNs = -1;
        StderrTail stderrTail; // the last words of a worker, for error messages
        qint64 deadlineNs = 0; // when its start or its running task times out; 0 = never
        qint64 limitMs = 0;    // the time that deadline allowed
        QString fault;         // why the pool stopped it, when it did
        bool retired = false;  // stopped by the pool for a fault: its end is expected
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
    void failAtStart(const Worker& w, const QString& reason);
    void replace(const QString& why);
    void dispatch(Worker& w);
    int depthFor(const Worker& w) const;
    int nextTask();
    void runningFrom(Worker& w, qint64 atNs);
    void setDeadline(Worker& w, qint64 fromNs, qint64 limitMs);
    void armDeadlineTimer(qint64 dueNs);
    void checkDeadlines();
    void failInFlight(Worker& w, TaskStatus status, const QString& reason);
    void retire(Worker& w, TaskStatus status, const QString& reason);
    void protocolError(Worker& w, const QString& reason);
    void maybeFinish();
    void shutDown();
    void stopWorker(Worker& w, bool gently = false);
    void publishPids();
    static bool isLive(const Worker& w) { return !w.exited && !w.retired; }

    std::vector<std::unique_ptr<Worker>> m_workers;
    std::deque<int> m_retry;      // sent to a worker that died before starting them
    std::vector<qint64> m_sentNs; // by task: when it was last handed to a worker, for its transfer state
    int m_next = 0;
    int m_settled = 0;
    int m_spawned = 0;
    int m_respawns = 0;
    int m_deathsInARow = 0; // workers that died since a task last came back
    QProcessEnvironment m_environment;
    QTimer m_deadlineTimer; // one for the pool, due at the nearest deadline
    qint64 m_deadlineDueNs = 0;
    bool m_stopping = false;
    bool m_finished = false;
    CpuTimes m_workersCpu;
};

} // namespace Lab
