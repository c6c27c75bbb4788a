#pragma once

#include "engine/executor.h"
#include "runresult.h"
#include "worker/stderrtail.h"

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include <memory>

namespace Lab {

// Runs a run in CPython: the seed's script of the workload, in `--events` mode, which tells every
// task's start and end (with its thread, process or event loop) as JSON lines on stdout, stamped
// with the same monotonic clock as ours. Lives in the lab thread, like the process pool: the
// interpreter and its pool's children die with that thread (PR_SET_PDEATHSIG), and a cancel kills
// the interpreter's whole process group.
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

private:
    void onOutput();
    bool onEvent(const QJsonObject& e);
    void onRun(const QJsonObject& e, qint64 t);
    void onStarted(const QJsonObject& e, int task);
    void onEnded(const QJsonObject& e, int task, qint64 t);
    int workerOf(const QJsonObject& e);
    void onExit(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& reason);
    void killGroup();

    QProcess m_process{this};
    std::unique_ptr<QTemporaryFile> m_tasksFile;
    QByteArray m_inbox;
    StderrTail m_stderrTail;
    QHash<QString, int> m_workers; // the script's name for a worker → ours
    struct Running {
        int worker = -1;
        qint64 startNs = 0;
    };
    QHash<int, Running> m_running; // by task
    QList<qint64> m_pids;
    qint64 m_runNs = -1;         // when the script began its work
    qint64 m_firstSubmitNs = -1; // processes: when the first task went to the pool
    qint64 m_pid = 0;
    QString m_interpreter;
    CpuTimes m_cpu;
    bool m_done = false;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace Lab
