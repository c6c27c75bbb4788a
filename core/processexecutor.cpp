#include "processexecutor.h"

#include "canceltoken.h"
#include "procstat.h"
#include "recorder.h"

#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr qsizetype stderrTailBytes = 4096;
constexpr qint64 queuedWorkNs = 2'000'000; // keep about 2 ms of work queued on each worker
constexpr int maxDepth = 64;
constexpr int goodbyeTimeoutMs = 2000; // a worker told to finish that is still there then is killed

// In the child between fork and exec: die with the thread that started us.
void dieWithParent(pid_t parent)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) // the parent went before prctl took effect
        ::_exit(1);
}

} // namespace

ProcessExecutor::ProcessExecutor(ExecutorContext context, QObject* parent)
    : Executor(std::move(context), parent)
{
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
    const int count = std::max(1, m_context.config.workers);
    for (int i = 0; i < count; ++i)
        spawn();
}

void ProcessExecutor::spawn()
{
    auto owned = std::make_unique<Worker>();
    Worker& w = *owned;
    m_workers.push_back(std::move(owned));
    w.name = u"process-%1"_s.arg(++m_spawned);
    w.process = new QProcess(this);
    w.process->setProgram(m_context.config.workerProgram);
    w.process->setArguments({u"worker"_s});
    const pid_t parent = ::getpid();
    w.process->setChildProcessModifier([parent] { dieWithParent(parent); });
    connect(w.process, &QProcess::readyReadStandardOutput, this, [this, &w] { onOutput(w); });
    connect(w.process, &QProcess::readyReadStandardError, this, [this, &w] { onStderr(w); });
    connect(w.process, &QProcess::finished, this,
            [this, &w](int code, QProcess::ExitStatus status) { onExit(w, code, status); });
    connect(w.process, &QProcess::errorOccurred, this,
            [this, &w](QProcess::ProcessError e) { onError(w, e); });
    w.process->start();
}

void ProcessExecutor::onStderr(Worker& w)
{
    w.stderrTail += w.process->readAllStandardError();
    if (w.stderrTail.size() > stderrTailBytes)
        w.stderrTail = w.stderrTail.right(stderrTailBytes);
}

void ProcessExecutor::onOutput(Worker& w)
{
    w.inbox += w.process->readAllStandardOutput();
    qsizetype pos = 0;
    while (!w.exited) {
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
        w.recorderIndex = m_context.recorder->addWorker({WorkerKind::Process, w.name, w.pid, w.pid});
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
    const qint64 took = result.endNs - result.startNs;
    w.averageTaskNs = w.averageTaskNs < 0 ? took : (7 * w.averageTaskNs + took) / 8;
    m_context.recorder->finished(result.id, w.recorderIndex, result.startNs, result.endNs,
                                 {result.status, result.text});
    ++m_settled;
    if (!w.inFlight.empty())
        m_context.recorder->started(w.inFlight.front(), w.recorderIndex, result.endNs);
    dispatch(w);
    maybeFinish();
    return true;
}

void ProcessExecutor::protocolError(Worker& w, const QString& reason)
{
    failInFlight(w, tr("%1 sent a bad frame: %2").arg(w.name, reason));
    stopWorker(w);
}

int ProcessExecutor::depthFor(const Worker& w) const
{
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
    if (m_stopping || w.exited || w.recorderIndex < 0 || m_context.cancel->isCancelled())
        return;
    const int depth = depthFor(w);
    QByteArray batch;
    while (int(w.inFlight.size()) < depth) {
        const int i = nextTask();
        if (i < 0)
            break;
        batch += Protocol::encode(Protocol::Task{m_context.recorder->tasks().at(i), w.name});
        if (w.inFlight.empty())
            m_context.recorder->started(i, w.recorderIndex, monotonicNs());
        w.inFlight.push_back(i);
    }
    if (!batch.isEmpty())
        w.process->write(batch);
}

void ProcessExecutor::failInFlight(Worker& w, const QString& reason)
{
    if (w.inFlight.empty())
        return;
    // Only the first had started; the rest go back to the queue for another worker.
    const TaskStatus status = m_stopping ? TaskStatus::Cancelled : TaskStatus::Failed;
    m_context.recorder->finished(w.inFlight.front(), w.recorderIndex, -1, monotonicNs(),
                                 {status, m_stopping ? QString() : reason});
    ++m_settled;
    w.inFlight.pop_front();
    if (!m_stopping)
        m_retry.insert(m_retry.begin(), w.inFlight.begin(), w.inFlight.end());
    w.inFlight.clear();
}

void ProcessExecutor::stopWorker(Worker& w)
{
    if (w.exited)
        return;
    if (!w.cpuCounted && w.pid > 0) {
        if (const auto cpu = ProcStat::readProcessCpu(w.pid))
            m_workersCpu += *cpu;
        w.cpuCounted = true;
    }
    w.process->kill();
}

void ProcessExecutor::onExit(Worker& w, int exitCode, QProcess::ExitStatus status)
{
    w.exited = true;
    publishPids();
    if (!m_stopping) {
        const QString reason = status == QProcess::CrashExit
                                   ? tr("%1 stopped: signal %2").arg(w.name).arg(exitCode)
                                   : tr("%1 exited with code %2").arg(w.name).arg(exitCode);
        if (w.recorderIndex < 0) {
            const QString said = QString::fromUtf8(w.stderrTail).trimmed();
            Q_EMIT failed(said.isEmpty() ? tr("the worker program %1 failed at start: %2")
                                               .arg(m_context.config.workerProgram, reason)
                                         : tr("the worker program %1 failed at start: %2 (%3)")
                                               .arg(m_context.config.workerProgram, reason, said));
            shutDown();
        } else {
            failInFlight(w, reason);
            if (m_settled < m_context.recorder->taskCount())
                spawn();
        }
    }
    maybeFinish();
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
    for (const auto& w : m_workers) {
        if (w->exited)
            continue;
        if (w->inFlight.empty() && w->recorderIndex >= 0) {
            w->process->closeWriteChannel(); // the worker says goodbye with its CPU times and exits
        } else {
            failInFlight(*w, {});
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
