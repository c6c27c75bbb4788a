#include "engine/processexecutor.h"

#include "canceltoken.h"
#include "engine/recorder.h"
#include "engine/workername.h"
#include "platform/process.h"
#include "platform/procstat.h"
#include "translation.h"
#include "worker/childprocess.h"
#include "worker/workerloop.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr qint64 queuedWorkNs = 2'000'000; // keep about 2 ms of work queued on each worker
constexpr int maxDepth = 64;
constexpr int goodbyeTimeoutMs = 2000; // a worker told to finish that is still there then is killed

} // namespace

ProcessExecutor::ProcessExecutor(ExecutorContext context, QObject* parent)
    : Executor(std::move(context), parent)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ProcessExecutor::checkDeadlines);
}

ProcessExecutor::~ProcessExecutor()
{
    // Destroying a running QProcess blocks for up to 30 s: kill first, then wait briefly.
    for (const auto& w : m_workers) {
        w->process->disconnect(this);
        if (w->process->state() != QProcess::NotRunning) {
            w->process->kill();
            w->process->waitForFinished(1000);
        }
    }
}

void ProcessExecutor::start()
{
    m_environment = QProcessEnvironment::systemEnvironment();
    // The workers make the texts of their results: in the language the app speaks now.
    m_environment.insert(QString::fromLatin1(workerLanguageVariable), currentLanguage());
    // Every task waits in the pool's queue from now, while the workers start up among it.
    m_context.recorder->submittedAll(monotonicNs());
    m_sentNs.assign(m_context.recorder->taskCount(), -1);
    const int count = std::max(1, m_context.config.workers);
    for (int i = 0; i < count; ++i)
        spawn();
}

void ProcessExecutor::spawn()
{
    auto owned = std::make_unique<Worker>();
    Worker& w = *owned;
    m_workers.push_back(std::move(owned));
    w.name = workerName(WorkerKind::Process, ++m_spawned);
    w.process = new QProcess(this);
    w.process->setProgram(m_context.config.workerProgram);
    w.process->setArguments({u"worker"_s});
    QProcessEnvironment environment = m_environment;
    environment.insert(u"CL_WORKER_INDEX"_s, QString::number(m_spawned)); // for tests' faults
    w.process->setProcessEnvironment(environment);
    Platform::setUpChild(*w.process);
    connect(w.process, &QProcess::readyReadStandardOutput, this, [this, &w] { onOutput(w); });
    connect(w.process, &QProcess::readyReadStandardError, this, [this, &w] { onStderr(w); });
    connect(w.process, &QProcess::finished, this,
            [this, &w](int code, QProcess::ExitStatus status) { onExit(w, code, status); });
    connect(w.process, &QProcess::errorOccurred, this,
            [this, &w](QProcess::ProcessError e) { onError(w, e); });
    w.spawnNs = monotonicNs();
    w.process->start();
    setDeadline(w, w.spawnNs, taskTimeoutFor(m_context.config, 0, 0)); // a start is timed like a task
}

void ProcessExecutor::onStderr(Worker& w)
{
    w.stderrTail.append(w.process->readAllStandardError());
}

void ProcessExecutor::onOutput(Worker& w)
{
    const QByteArray bytes = w.process->readAllStandardOutput();
    if (!isLive(w)) // what a worker that is being stopped still says is drained, not kept
        return;
    w.inbox += bytes;
    qsizetype pos = 0;
    while (isLive(w)) {
        const Protocol::Decoded d = Protocol::decode(QByteArrayView(w.inbox).sliced(pos));
        if (d.status == Protocol::DecodeStatus::NeedMore)
            break;
        if (d.status != Protocol::DecodeStatus::Ok) {
            protocolError(w, Protocol::describe(d.status));
            return;
        }
        pos += d.consumed;
        if (!onFrame(w, d.frame))
            return;
    }
    w.inbox.remove(0, pos);
}

bool ProcessExecutor::onFrame(Worker& w, const Protocol::Frame& frame)
{
    if (const auto* hello = std::get_if<Protocol::Hello>(&frame)) {
        w.pid = hello->pid;
        w.deadlineNs = 0;
        w.recorderIndex = m_context.recorder->addWorker({WorkerKind::Process, w.name, w.pid, w.pid});
        m_context.recorder->workerReady(w.recorderIndex, w.spawnNs, monotonicNs());
        publishPids();
        dispatch(w);
        return true;
    }
    if (const auto* result = std::get_if<Protocol::Result>(&frame))
        return onResult(w, *result);
    if (const auto* bye = std::get_if<Protocol::Bye>(&frame)) {
        m_workersCpu += CpuTimes{bye->userUs * 1000, bye->systemUs * 1000};
        w.cpuCounted = true;
        return true;
    }
    protocolError(w, tr("unexpected frame"));
    return false;
}

bool ProcessExecutor::onResult(Worker& w, const Protocol::Result& result)
{
    if (w.inFlight.empty() || w.inFlight.front() != result.id) {
        protocolError(w, tr("result for task %1, which it was not running").arg(result.id));
        return false;
    }
    w.inFlight.pop_front();
    m_deathsInARow = 0;
    w.deadlineNs = 0;
    const qint64 took = result.endNs - result.startNs;
    w.averageTaskNs = w.averageTaskNs < 0 ? took : (7 * w.averageTaskNs + took) / 8;
    // A result written with more after it waited for them, not on its way: the way back is theirs.
    m_context.recorder->finished(result.id, w.recorderIndex, result.startNs, result.endNs,
                                 {result.status, result.text}, result.states,
                                 {m_sentNs[result.id], result.moreInWrite ? -1 : monotonicNs()});
    ++m_settled;
    if (!w.inFlight.empty())
        runningFrom(w, result.endNs);
    dispatch(w);
    maybeFinish();
    return true;
}

void ProcessExecutor::protocolError(Worker& w, const QString& reason)
{
    retire(w, TaskStatus::Failed, tr("%1 sent a bad frame: %2").arg(w.name, reason));
}

void ProcessExecutor::retire(Worker& w, TaskStatus status, const QString& reason)
{
    w.retired = true;
    w.fault = reason;
    failInFlight(w, status, reason);
    stopWorker(w, true); // onExit replaces it
}

int ProcessExecutor::depthFor(const Worker& w) const
{
    // Told its batch (lab 7): one task, its result, then the next; or K in one write, the next K
    // written when the worker has at most K left, so that it never waits for a round trip.
    const int batch = m_context.config.batchSize;
    const int inFlight = int(w.inFlight.size());
    if (batch == 1)
        return 1;
    if (batch > 1)
        return inFlight <= batch ? inFlight + batch : inFlight;
    // Long tasks go one at a time, so that a queue on a busy worker cannot spoil the balance;
    // tiny ones are pipelined, so that a worker never waits for the round trip.
    if (w.averageTaskNs < 0)
        return 1;
    return int(std::clamp<qint64>(queuedWorkNs / std::max<qint64>(w.averageTaskNs, 1), 1, maxDepth));
}

int ProcessExecutor::nextTask()
{
    if (!m_retry.empty()) {
        const int i = m_retry.front();
        m_retry.pop_front();
        return i;
    }
    return m_next < m_context.recorder->taskCount() ? m_next++ : -1;
}

void ProcessExecutor::dispatch(Worker& w)
{
    if (m_stopping || !isLive(w) || w.recorderIndex < 0 || m_context.cancel->isCancelled())
        return;
    const int depth = depthFor(w);
    QByteArray batch;
    const auto firstSent = qsizetype(w.inFlight.size());
    while (int(w.inFlight.size()) < depth) {
        const int i = nextTask();
        if (i < 0)
            break;
        batch += Protocol::encode(Protocol::Task{m_context.recorder->tasks().at(i), w.name});
        w.inFlight.push_back(i);
        if (w.inFlight.size() == 1)
            runningFrom(w, monotonicNs());
    }
    if (batch.isEmpty())
        return;
    w.process->write(batch);
    const qint64 sentNs = monotonicNs();
    for (auto it = w.inFlight.begin() + firstSent; it != w.inFlight.end(); ++it)
        m_sentNs[*it] = sentNs;
}

void ProcessExecutor::runningFrom(Worker& w, qint64 atNs)
{
    const TaskSpec& task = m_context.recorder->tasks().at(w.inFlight.front());
    m_context.recorder->started(task.id, w.recorderIndex, atNs);
    w.runningSinceNs = atNs;
    setDeadline(w, atNs, taskTimeoutFor(m_context.config, task.delayMs, task.n));
}

void ProcessExecutor::failInFlight(Worker& w, TaskStatus status, const QString& reason)
{
    w.deadlineNs = 0;
    if (w.inFlight.empty())
        return;
    // Only the first had started; the rest go back to the queue for another worker.
    const qint64 now = monotonicNs();
    const int task = w.inFlight.front();
    const StateSlice ran{TaskState::Running, std::min(w.runningSinceNs, now), now}; // as far as we know
    m_context.recorder->finished(
        task, w.recorderIndex, -1, now,
        {m_stopping ? TaskStatus::Cancelled : status, m_stopping ? QString() : reason}, std::span(&ran, 1),
        {m_sentNs[task], -1});
    ++m_settled;
    w.inFlight.pop_front();
    if (m_stopping || w.inFlight.empty())
        return;
    m_retry.insert(m_retry.begin(), w.inFlight.begin(), w.inFlight.end());
    w.inFlight.clear();
    for (const auto& other : m_workers) // an idle worker need not wait for the replacement
        dispatch(*other);
}

void ProcessExecutor::stopWorker(Worker& w, bool gently)
{
    if (w.exited)
        return;
    if (!w.cpuCounted && w.pid > 0) {
        if (const auto cpu = ProcStat::readProcessCpu(w.pid))
            m_workersCpu += *cpu;
        w.cpuCounted = true;
    }
    if (!gently) {
        w.process->kill();
        return;
    }
    w.process->terminate();
    QTimer::singleShot(killGraceMs, this, [this, &w] { stopWorker(w); });
}

void ProcessExecutor::onExit(Worker& w, int exitCode, QProcess::ExitStatus status)
{
    w.exited = true;
    publishPids();
    if (!m_stopping) {
        const QString reason = w.retired ? w.fault : ChildProcess::exitReason(w.name, exitCode, status);
        if (w.recorderIndex < 0) {
            failAtStart(w, reason);
        } else {
            failInFlight(w, TaskStatus::Failed, reason);
            replace(reason);
        }
    }
    maybeFinish();
}

void ProcessExecutor::failAtStart(const Worker& w, const QString& reason)
{
    const QString said = w.stderrTail.text();
    Q_EMIT failed(
        said.isEmpty()
            ? tr("the worker program %1 failed at start: %2").arg(m_context.config.workerProgram, reason)
            : tr("the worker program %1 failed at start: %2 (%3)")
                  .arg(m_context.config.workerProgram, reason, said));
    shutDown();
}

void ProcessExecutor::replace(const QString& why)
{
    if (m_settled >= m_context.recorder->taskCount())
        return;
    // Bounded, so that a worker that dies on every task cannot keep the pool respawning: twice the
    // pool in a row without a task done, or more replacements than tasks and workers.
    const int workers = std::max(1, m_context.config.workers);
    if (++m_deathsInARow >= std::max(3, 2 * workers) ||
        m_respawns >= m_context.recorder->taskCount() + workers) {
        Q_EMIT failed(
            tr("the worker processes keep stopping (%1 replaced); the last: %2").arg(m_respawns).arg(why));
        shutDown();
        return;
    }
    ++m_respawns;
    spawn();
}

void ProcessExecutor::onError(Worker& w, QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || w.exited)
        return;
    w.exited = true;
    Q_EMIT failed(tr("cannot start the worker program %1: %2")
                      .arg(m_context.config.workerProgram, w.process->errorString()));
    shutDown();
    maybeFinish();
}

void ProcessExecutor::cancel()
{
    m_context.cancel->cancel();
    shutDown();
    maybeFinish();
}

void ProcessExecutor::shutDown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_deadlineTimer.stop();
    for (const auto& w : m_workers) {
        if (w->exited)
            continue;
        if (w->inFlight.empty() && w->recorderIndex >= 0) {
            w->process->closeWriteChannel(); // the worker says goodbye with its CPU times and exits
        } else {
            failInFlight(*w, TaskStatus::Cancelled, {});
            stopWorker(*w);
        }
    }
    QTimer::singleShot(goodbyeTimeoutMs, this, [this] {
        for (const auto& w : m_workers)
            stopWorker(*w);
    });
}

void ProcessExecutor::maybeFinish()
{
    if (!m_stopping && m_settled == m_context.recorder->taskCount())
        shutDown();
    if (m_finished || !m_stopping)
        return;
    for (const auto& w : m_workers) {
        if (!w->exited)
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

void ProcessExecutor::publishPids()
{
    QList<qint64> pids;
    for (const auto& w : m_workers) {
        if (!w->exited && w->pid > 0)
            pids.append(w->pid);
    }
    Q_EMIT workerProcessesChanged(pids);
}

} // namespace Lab
