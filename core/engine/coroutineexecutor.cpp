#include "engine/coroutineexecutor.h"

#include "canceltoken.h"
#include "engine/deadlinescheduler.h"
#include "engine/recorder.h"
#include "engine/workername.h"
#include "platform/process.h"

namespace Lab {

CoroutineLoop::CoroutineLoop(ExecutorContext context)
    : m_context(std::move(context)), m_scheduler(new DeadlineScheduler(this))
{
}

CoroutineLoop::~CoroutineLoop()
{
    // Waiters resumed now finish their bookkeeping but must not report to a dying object.
    m_closing = true;
    m_scheduler->cancelAll();
}

void CoroutineLoop::start()
{
    Recorder& recorder = *m_context.recorder;
    m_worker = recorder.addWorker({WorkerKind::EventLoop, workerName(WorkerKind::EventLoop),
                                   Platform::currentPid(), Platform::currentTid()});
    m_remaining = recorder.taskCount();
    if (m_remaining == 0) {
        Q_EMIT allDone();
        return;
    }
    // Like asyncio.gather: every coroutine starts now and runs until its first wait. A task is
    // not kept: its frame frees itself when the coroutine ends.
    // One blocking task keeps the others queued until it is done.
    recorder.submittedAll(monotonicNs());
    for (int i = 0; i < recorder.taskCount(); ++i)
        runTask(i);
}

void CoroutineLoop::cancel()
{
    m_scheduler->cancelAll();
}

QCoro::Task<> CoroutineLoop::runTask(int index)
{
    Recorder& recorder = *m_context.recorder;
    if (!m_context.cancel->isCancelled()) {
        const TaskSpec& task = recorder.tasks().at(index);
        const qint64 start = monotonicNs();
        recorder.started(index, m_worker, start);
        if (task.workload == Workload::Weather)
            endWait(index, start, co_await m_scheduler->sleepFor(std::chrono::milliseconds(task.delayMs)));
        else
            runBlocking(index, start);
    }
    taskDone();
}

// Outside the coroutine, so that a waiting frame holds no more than it must (a million may wait).
void CoroutineLoop::endWait(int index, qint64 startNs, bool waited)
{
    const qint64 end = monotonicNs();
    const StateSlice wait{TaskState::Waiting, startNs, end}; // a wait on the loop, end to end
    m_context.recorder->finished(
        index, m_worker, startNs, end,
        waited ? TaskOutcome{TaskStatus::Ok, weatherResult(m_context.recorder->tasks().at(index).label)}
               : TaskOutcome{TaskStatus::Cancelled, {}},
        std::span(&wait, 1));
}

// Work that does not wait on the loop blocks it, as it would asyncio's.
void CoroutineLoop::runBlocking(int index, qint64 startNs)
{
    StateLog states;
    states.enter(TaskState::Running, startNs);
    TaskOutcome outcome =
        executeBlocking(m_context.recorder->tasks().at(index),
                        {m_context.cancel.get(), nullptr, workerName(WorkerKind::EventLoop), &states});
    const qint64 end = monotonicNs();
    m_context.recorder->finished(index, m_worker, startNs, end, std::move(outcome), states.close(end));
}

void CoroutineLoop::taskDone()
{
    if (--m_remaining == 0 && !m_closing)
        Q_EMIT allDone();
}

CoroutineExecutor::CoroutineExecutor(ExecutorContext context, QObject* parent)
    : Executor(std::move(context), parent)
{
    m_thread.setObjectName(workerName(WorkerKind::EventLoop));
}

CoroutineExecutor::~CoroutineExecutor()
{
    m_context.cancel->cancel();
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, &CoroutineLoop::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CoroutineExecutor::start()
{
    m_loop = new CoroutineLoop(m_context);
    m_loop->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loop, &QObject::deleteLater);
    connect(m_loop, &CoroutineLoop::allDone, this, &CoroutineExecutor::onAllDone);
    m_thread.start();
    QMetaObject::invokeMethod(m_loop, &CoroutineLoop::start, Qt::QueuedConnection);
}

void CoroutineExecutor::cancel()
{
    m_context.cancel->cancel();
    QMetaObject::invokeMethod(m_loop, &CoroutineLoop::cancel, Qt::QueuedConnection);
}

void CoroutineExecutor::onAllDone()
{
    m_thread.quit();
    m_thread.wait();
    m_loop = nullptr; // deleted by the thread as it finished
    Q_EMIT finished();
}

} // namespace Lab
