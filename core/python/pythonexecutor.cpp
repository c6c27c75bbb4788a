#include "python/pythonexecutor.h"

#include "canceltoken.h"
#include "engine/recorder.h"
#include "engine/workername.h"
#include "platform/process.h"
#include "python/pythonruntime.h"
#include "worker/childprocess.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr qsizetype maxLineBytes =
    qsizetype(64) * 1024; // the scripts' lines are short; anything longer is wrong
constexpr qsizetype inlineListChars = qsizetype(32) * 1024; // longer lists of cities or n go through a file

QString joinedTasks(const RunConfig& config, QChar separator)
{
    if (config.workload == Workload::Weather)
        return config.cities.join(separator);
    QStringList ns;
    for (qint64 n : config.squaresN)
        ns.append(QString::number(n));
    return ns.join(separator);
}

qint64 integer(const QJsonObject& e, QStringView key)
{
    return qint64(e.value(key).toDouble(-1));
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000);
}

} // namespace

PythonExecutor::PythonExecutor(ExecutorContext context, QObject* parent)
    : Executor(std::move(context), parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PythonExecutor::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderrTail.append(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &PythonExecutor::onExit);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("cannot start %1: %2").arg(m_context.config.python, m_process.errorString()));
            onExit(-1, QProcess::CrashExit);
        }
    });
    m_startTimer.setSingleShot(true);
    m_startTimer.setTimerType(Qt::PreciseTimer); // a coarse one may fire 5 % early: "in 1 s" after 0.95 s
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        stop(tr("python gave no sign of life in %1 s; stopped")
                 .arg(seconds(m_context.config.pythonStartTimeoutMs)));
    });
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &PythonExecutor::checkDeadlines);
    connect(&m_deadlock, &PythonDeadlock::found, this, [this](const QList<LockWait>& cycle) {
        m_context.recorder->setDeadlock(cycle);
        m_context.cancel->cancel(); // ended as a cancel ends it; a run with a deadlock is not a cancelled one
        cancel();
    });
}

PythonExecutor::~PythonExecutor()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        killGroup();
        m_process.waitForFinished(1000); // destroying a running QProcess would wait 30 s
    }
}

bool PythonExecutor::needsTasksFile(const RunConfig& config)
{
    return (config.workload == Workload::Weather || config.workload == Workload::Squares) &&
           joinedTasks(config, u',').size() > inlineListChars;
}

QStringList PythonExecutor::scriptArguments(const RunConfig& config, const QString& tasksFile)
{
    QStringList args{u"--events"_s, u"--strategy"_s, strategyId(config.strategy)};
    if (const WorkerKind kind = taskWorkerKind(config);
        kind == WorkerKind::Thread || kind == WorkerKind::Process)
        args << u"--workers"_s << QString::number(config.workers);
    switch (config.workload) {
    case Workload::Weather:
        args << u"--delay-ms"_s << QString::number(config.delayMs);
        args << (tasksFile.isEmpty() ? QStringList{u"--cities"_s, joinedTasks(config, u',')}
                                     : QStringList{u"--tasks-file"_s, tasksFile});
        break;
    case Workload::Logs:
        args << u"--delay-ms"_s << QString::number(config.delayMs) << u"--files"_s
             << QString::number(config.taskCount) << u"--out"_s << config.outDir;
        break;
    case Workload::Squares:
        args << (tasksFile.isEmpty() ? QStringList{u"--n"_s, joinedTasks(config, u',')}
                                     : QStringList{u"--tasks-file"_s, tasksFile});
        break;
    case Workload::Counter:
        args << u"--tasks"_s << QString::number(config.taskCount) << u"--adds"_s
             << QString::number(config.counterAdds);
        break;
    case Workload::Locks:
        args << u"--hold-ms"_s << QString::number(config.delayMs);
        break;
    }
    if (config.variant != Variant::None)
        args << u"--variant"_s << variantId(config.variant);
    if (config.batchSize > 0)
        args << u"--batch"_s << QString::number(config.batchSize);
    if (config.strategy == Strategy::Cluster && !config.scheduler.isEmpty())
        args << u"--scheduler"_s << config.scheduler;
    return args;
}

void PythonExecutor::start()
{
    const RunConfig& config = m_context.config;
    const QString script = Python::labScript(config);
    if (script.isEmpty()) {
        fail(tr("cannot write the Python scripts into %1").arg(QDir::tempPath()));
        onExit(-1, QProcess::CrashExit);
        return;
    }
    QString tasksFile;
    if (needsTasksFile(config)) {
        m_tasksFile = std::make_unique<QTemporaryFile>();
        if (!m_tasksFile->open() || m_tasksFile->write(joinedTasks(config, u'\n').toUtf8()) < 0 ||
            !m_tasksFile->flush()) {
            fail(tr("cannot write the list of tasks: %1").arg(m_tasksFile->errorString()));
            onExit(-1, QProcess::CrashExit);
            return;
        }
        tasksFile = m_tasksFile->fileName();
    }
    m_process.setProgram(config.python);
    // -S: no site-packages to import (the scripts use the standard library only): 35 ms less start-up
    // here. A cluster's run needs them: Dask is one.
    const QStringList flags =
        config.strategy == Strategy::Cluster ? QStringList{u"-u"_s} : QStringList{u"-S"_s, u"-u"_s};
    m_process.setArguments(flags + QStringList{script} + scriptArguments(config, tasksFile));
    // Its pool's processes in its group: a cancel ends them all.
    Platform::setUpChild(m_process, {.ownProcessGroup = true});
    connect(&m_process, &QProcess::started, this, [this] {
        m_pid = m_process.processId();
        m_pids = {m_pid};
        Q_EMIT workerProcessesChanged(m_pids);
    });
    if (config.pythonStartTimeoutMs > 0) // before start(), which may already have failed when it returns
        m_startTimer.start(config.pythonStartTimeoutMs);
    m_process.start();
}

void PythonExecutor::cancel()
{
    m_threads.end();
    m_startTimer.stop();
    m_deadlineTimer.stop();
    if (m_process.state() != QProcess::NotRunning)
        killGroup();
}

void PythonExecutor::killGroup()
{
    Platform::killProcessGroup(m_pid);
    m_process.kill();
}

// As the process pool stops a worker: SIGTERM, then SIGKILL if the interpreter is still there a
// moment later; whatever of its group outlives it is killed when it has gone (onExit).
void PythonExecutor::stop(const QString& reason)
{
    fail(reason);
    m_stopReason = reason;
    m_startTimer.stop();
    m_deadlineTimer.stop();
    Platform::terminateProcessGroup(m_pid);
    QTimer::singleShot(killGraceMs, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            killGroup();
    });
}

void PythonExecutor::fail(const QString& reason)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(reason);
}

void PythonExecutor::onOutput()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    if (m_failed) // the run has ended: what the interpreter still says is drained, not read
        return;
    m_inbox += bytes;
    qsizetype from = 0;
    for (qsizetype eol = m_inbox.indexOf('\n'); eol >= 0; eol = m_inbox.indexOf('\n', from)) {
        const QByteArrayView line = QByteArrayView(m_inbox).sliced(from, eol - from);
        from = eol + 1;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (!doc.isObject() || !onEvent(doc.object())) {
            fail(tr("the Python script wrote a line the app does not understand: %1")
                     .arg(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 200)))));
            killGroup();
            return;
        }
        m_startTimer.stop(); // it has started
    }
    m_inbox.remove(0, from);
    if (m_inbox.size() > maxLineBytes) {
        fail(tr("the Python script wrote a line of over %1 bytes").arg(maxLineBytes));
        killGroup();
    }
}

bool PythonExecutor::onEvent(const QJsonObject& e)
{
    Recorder& recorder = *m_context.recorder;
    const QString event = e.value(u"event"_s).toString();
    const qint64 t = integer(e, u"t_ns");
    const int task = e.value(u"task"_s).toInt(-1);
    const bool taskEvent = event == u"start"_s || event == u"end"_s || event == u"submit"_s ||
                           event == u"returned"_s || event == u"retry"_s;
    if (taskEvent && (task < 0 || task >= recorder.taskCount() || t < 0))
        return false;
    if (event == u"run"_s) {
        onRun(e, t);
    } else if (event == u"worker"_s) {
        const int worker = workerOf(e);
        // A pool starts its processes for the run; a cluster's workers were there before it.
        if (m_context.config.strategy != Strategy::Cluster)
            recorder.workerReady(worker, m_firstSubmitNs >= 0 ? m_firstSubmitNs : m_runNs, t);
    } else if (event == u"submit"_s) {
        recorder.submitted(task, t); // in the pool's queue or the loop's from now
        if (taskWorkerKind(m_context.config) == WorkerKind::Process) { // a pool's, or a cluster's
            if (m_firstSubmitNs < 0)
                m_firstSubmitNs = t; // the pool starts its processes as the tasks come
            recorder.transferred(task, t, -1);
        }
    } else if (event == u"start"_s) {
        onStarted(e, task);
    } else if (event == u"end"_s) {
        onEnded(e, task, t);
    } else if (event == u"returned"_s) {
        recorder.transferred(task, -1, t);
    } else if (event == u"cluster"_s) {
        return onCluster(e);
    } else if (event == u"retry"_s) {
        return onRetry(task, t);
    } else if (PythonDeadlock::isLockEvent(event)) {
        return m_deadlock.onEvent(e, m_context.recorder->workers().value(workerOf(e)));
    } else if (event == u"tasks"_s) {
        return onTasks(e);
    } else if (event == u"cpu"_s) {
        m_cpu = {integer(e, u"user_ns") + integer(e, u"children_user_ns"),
                 integer(e, u"system_ns") + integer(e, u"children_system_ns")};
    } else if (event == u"counter"_s) { // lab 6: the shared counter, at the end
        const CounterTally tally{integer(e, u"expected"_s), integer(e, u"actual"_s)};
        if (tally.expected < 0 || tally.actual < 0)
            return false;
        recorder.setCounter(tally);
    } else if (event == u"done"_s) {
        m_done = true;
        m_threads.end();
        recorder.setWorkEnd(t);
    } else {
        return false;
    }
    return true;
}

// Timed as the seed's scripts time themselves: from "run" to "done"; the interpreter's start
// before it is the run's start-up.
void PythonExecutor::onRun(const QJsonObject& e, qint64 t)
{
    m_runNs = t;
    m_context.recorder->setOrigin(t);
    m_freeThreaded = !e.value(u"gil"_s).toBool(true);
    m_interpreter =
        Python::describe({m_context.config.python, e.value(u"python"_s).toString(), m_freeThreaded});
    // The script's pid: python3 may be a launcher (a pyenv shim) whose child the interpreter is.
    m_threads.begin(integer(e, u"pid"));
}

void PythonExecutor::onEnded(const QJsonObject& e, int task, qint64 t)
{
    const bool ok = e.value(u"ok"_s).toBool();
    m_context.recorder->finished(task, workerOf(e), m_running.take(task).startNs, t,
                                 {ok ? TaskStatus::Ok : TaskStatus::Failed, e.value(u"result"_s).toString()});
}

void PythonExecutor::onStarted(const QJsonObject& e, int task)
{
    const qint64 t = integer(e, u"t_ns");
    const int worker = workerOf(e);
    const qint64 limitMs = taskTimeoutMs(m_context.config, m_context.recorder->tasks().at(task));
    m_running.insert(task, {worker, t, limitMs});
    if (limitMs > 0)
        armDeadlineTimer(t + limitMs * 1'000'000);
    m_context.recorder->started(task, worker, t);
}

void PythonExecutor::timeOut(int task)
{
    const Running running = m_running.take(task);
    const QString reason =
        tr("task %1 (%2) timed out after %3 s; python stopped")
            .arg(QString::number(task), m_context.recorder->tasks().at(task).label, seconds(running.limitMs));
    m_context.recorder->finished(task, running.worker, running.startNs, monotonicNs(),
                                 {TaskStatus::TimedOut, reason});
    stop(reason);
}

// Our index of the worker the event names, added the first time it is named.
int PythonExecutor::workerOf(const QJsonObject& e)
{
    const QString key = e.value(u"worker"_s).toString();
    if (const auto it = m_workers.constFind(key); it != m_workers.cend())
        return *it;
    const WorkerKind kind = taskWorkerKind(m_context.config);
    // A Dask worker goes by its address, as Dask's own dashboard names it.
    const bool cluster = m_context.config.strategy == Strategy::Cluster;
    const QString name = cluster ? key : workerName(kind, int(m_workers.size()) + 1);
    const bool remote = m_remoteWorkers.contains(key);
    const qint64 pid = remote ? 0 : integer(e, u"pid");
    const qint64 tid = remote ? 0 : integer(e, u"tid");
    const int index = m_context.recorder->addWorker({kind, name, pid, tid});
    m_workers.insert(key, index);
    if (!remote)
        m_threads.addWorker(pid, tid, key);
    if (pid > 0 && !m_pids.contains(pid)) {
        m_pids.append(pid);
        Q_EMIT workerProcessesChanged(m_pids);
    }
    return index;
}

void PythonExecutor::onExit(int exitCode, QProcess::ExitStatus status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_startTimer.stop();
    m_deadlineTimer.stop();
    // However it ended, what it started and left behind in its group ends with it.
    Platform::killProcessGroup(m_pid);
    onOutput();
    const bool cancelled = m_context.cancel->isCancelled();
    if (!m_done && !cancelled) {
        const QString tail = m_stderrTail.lastLine();
        const QString why = ChildProcess::exitReason(u"python"_s, exitCode, status);
        fail(tail.isEmpty() ? why : u"%1: %2"_s.arg(why, tail));
    }
    // Whatever was running when the interpreter went did not finish.
    const qint64 now = monotonicNs();
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        const TaskOutcome outcome =
            cancelled ? m_deadlock.outcomeOf(it.key())
                      : TaskOutcome{TaskStatus::Failed,
                                    m_stopReason.isEmpty() ? tr("the Python process ended") : m_stopReason};
        m_context.recorder->finished(it.key(), it->worker, it->startNs, now, outcome);
    }
    m_running.clear();
    m_threads.handOver(*m_context.recorder, m_freeThreaded);
    Q_EMIT finished();
}

} // namespace Lab
