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
        StateLog states;
        TaskOutcome outcome;
        if (task.workload == Workload::Weather) {
            const bool waited = co_await m_scheduler->sleepFor(std::chrono::milliseconds(task.delayMs));
            outcome = waited ? TaskOutcome{TaskStatus::Ok, weatherResult(task.label)}
                             : TaskOutcome{TaskStatus::Cancelled, {}};
        } else {
            states.enter(TaskState::Running, start);
            outcome = executeBlocking(
                task, {m_context.cancel.get(), nullptr, workerName(WorkerKind::EventLoop), &states});
        }
        const qint64 end = monotonicNs();
        // A wait on the loop is one state end to end: no log of it in every waiting frame.
        const StateSlice waited{TaskState::Waiting, start, end};
        recorder.finished(index, m_worker, start, end, std::move(outcome),
                          states.isOpen() ? states.close(end) : std::span(&waited, 1));
    }
    taskDone();
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
