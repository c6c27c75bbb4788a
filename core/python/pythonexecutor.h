#pragma once

#include "engine/executor.h"
#include "python/pythondeadlock.h"
#include "python/pythonthreads.h"
#include "runresult.h"
#include "worker/stderrtail.h"

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryFile>
#include <QTimer>

#include <memory>

namespace Lab {

// Runs a run in CPython: the seed's script of the workload, in `--events` mode, which tells every
// task's start and end (with its thread, process or event loop) as JSON lines on stdout, stamped
// with the same monotonic clock as ours. Lives in the lab thread, like the process pool: the
// interpreter and its pool's children die with that thread (PR_SET_PDEATHSIG). However the run
// ends, the interpreter's whole process group ends with it: a cancel kills it, and what is left of
// it when the interpreter has gone is killed too. An interpreter that says nothing for
// pythonStartTimeoutMs after its start, or whose task outlasts the engine's timeout for the same
// task, is stopped as the process pool stops a worker, and the run fails with the reason. One whose
// threads wait for one another's locks (lab 8, see PythonDeadlock) is stopped, and the run has a deadlock.
class PythonExecutor final : public Executor {
    Q_OBJECT
public:
    explicit PythonExecutor(ExecutorContext context, QObject* parent = nullptr);
    ~PythonExecutor() override;

    void start() override;
    void cancel() override;

    CpuTimes workersCpu() const override { return m_cpu; }
    QString interpreter() const override { return m_interpreter; }

    // The script's arguments for a run (without the script), for tests and for people to rerun.
    // A long list of cities or n values goes through `tasksFile` (one a line), written by the caller.
    static QStringList scriptArguments(const RunConfig& config, const QString& tasksFile = {});
    static bool needsTasksFile(const RunConfig& config);
    // The time a task may run before the interpreter is stopped, in ms; 0 = none.
    static qint64 taskTimeoutMs(const RunConfig& config, const TaskSpec& task);

private:
    void onOutput();
    bool onEvent(const QJsonObject& e);
    void onRun(const QJsonObject& e, qint64 t);
    void onStarted(const QJsonObject& e, int task);
    void armDeadlineTimer(qint64 dueNs);
    void checkDeadlines();
    void timeOut(int task);
    void stop(const QString& reason);
    void onEnded(const QJsonObject& e, int task, qint64 t);
    bool onTasks(const QJsonObject& e);   // lab 7's many at once (pythontasks.cpp)
    bool onCluster(const QJsonObject& e); // lab 9's (pythoncluster.cpp)
    bool onRetry(int task, qint64 t);
    int workerOf(const QJsonObject& e);
    void onExit(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& reason);
    void killGroup();

    QProcess m_process{this};
    std::unique_ptr<QTemporaryFile> m_tasksFile;
    QByteArray m_inbox;
    StderrTail m_stderrTail;
    QHash<QString, int> m_workers; // the script's name for a worker → ours
    QSet<QString> m_remoteWorkers; // a cluster's workers on other machines, by name
    struct Running {
        int worker = -1;
        qint64 startNs = 0;
        qint64 limitMs = 0; // its timeout; 0 = none
    };
    QHash<int, Running> m_running; // by task
    QList<qint64> m_pids;
    PythonThreads m_threads;                      // sampled from the run's start to its end
    PythonDeadlock m_deadlock{*m_context.cancel}; // lab 8: found, the interpreter is stopped
    QTimer m_startTimer{this};                    // until its first word
    QTimer m_deadlineTimer{this};                 // due at the nearest deadline of a running task
    qint64 m_deadlineDueNs = 0;
    QString m_stopReason;        // why we stopped the interpreter, when we did
    qint64 m_runNs = -1;         // when the script began its work
    qint64 m_firstSubmitNs = -1; // processes: when the first task went to the pool
    qint64 m_pid = 0;
    QString m_interpreter;
    CpuTimes m_cpu;
    bool m_freeThreaded = false;
    bool m_done = false;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace Lab
