#include "engine/coroutineexecutor.h"

#include "canceltoken.h"
#include "engine/deadlinescheduler.h"
#include "engine/loopturns.h"
#include "engine/recorder.h"
#include "engine/threadoffload.h"
#include "engine/workername.h"
#include "platform/process.h"
#include "work/counter.h"

namespace Lab {

CoroutineLoop::CoroutineLoop(ExecutorContext context)
    : m_context(std::move(context)), m_turns(new LoopTurns(this)), m_scheduler(new DeadlineScheduler(this))
{
    if (m_context.config.variant == Variant::Offloaded)
        m_offload = new ThreadOffload(m_context.recorder, m_context.config.workers, this);
}

CoroutineLoop::~CoroutineLoop()
{
    // Waiters resumed now finish their bookkeeping but must not report to a dying object.
    m_closing = true;
    m_turns->close();
    m_scheduler->cancelAll();
    if (m_offload) // the pool's threads end here, on the loop's thread, before the loop's does
        m_offload->close();
}

void CoroutineLoop::start()
{
    Recorder& recorder = *m_context.recorder;
    if (!m_offload) // else the tasks are the pool's threads': the loop has none of its own
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
    const bool counter = m_context.config.workload == Workload::Counter;
    for (int i = 0; i < recorder.taskCount(); ++i) {
        if (counter)
            addToCounter(i);
        else
            runTask(i);
    }
}

void CoroutineLoop::cancel()
{
    m_scheduler->cancelAll();
}

QCoro::Task<> CoroutineLoop::runTask(int index)
{
    Recorder& recorder = *m_context.recorder;
    const Variant variant = m_context.config.variant;
    if (m_offload) {
        // Queued until a thread of the pool takes it; the loop runs the others meanwhile.
        co_await m_offload->run([this, index](int worker) { runOnThread(index, worker); });
    } else if (!m_context.cancel->isCancelled()) {
        const TaskSpec& task = recorder.tasks().at(index);
        const qint64 start = monotonicNs();
        recorder.started(index, m_worker, start);
        if (task.workload == Workload::Weather && variant != Variant::Blocking)
            endWait(index, start, co_await m_scheduler->sleepFor(std::chrono::milliseconds(task.delayMs)));
        else // the next coroutine starts when this one returns, as gather's would
            runBlocking(index, m_worker, start);
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

// Work that does not wait on the loop blocks it, as it would asyncio's; on a thread of the pool it
// blocks that thread alone. A weather fetch's blocking wait is the cancel token's: a cancel ends it.
void CoroutineLoop::runBlocking(int index, int worker, qint64 startNs)
{
    Recorder& recorder = *m_context.recorder;
    StateLog states;
    states.enter(TaskState::Running, startNs);
    const QString name =
        worker == m_worker ? workerName(WorkerKind::EventLoop) : recorder.workers().at(worker).name;
    TaskOutcome outcome =
        executeBlocking(recorder.tasks().at(index), {m_context.cancel.get(), nullptr, name, &states});
    const qint64 end = monotonicNs();
    recorder.finished(index, worker, startNs, end, std::move(outcome), states.close(end));
}

// On a thread of the pool: a task not begun before a cancel is left as it was, never started.
void CoroutineLoop::runOnThread(int index, int worker)
{
    if (m_context.cancel->isCancelled())
        return;
    const qint64 start = monotonicNs();
    m_context.recorder->started(index, worker, start);
    runBlocking(index, worker, start);
}

namespace {

// A turn given to the loop, told as the coroutine's time away: awaiting, as CPython's coroutines are
// told between their start and their end.
class TimedTurn {
public:
    TimedTurn(LoopTurns::Awaiter turn, SummedStates& awaiting) : m_turn(turn), m_awaiting(awaiting) {}
    bool await_ready() const noexcept { return m_turn.await_ready(); }
    void await_suspend(std::coroutine_handle<> waiter)
    {
        m_fromNs = monotonicNs();
        m_turn.await_suspend(waiter);
    }
    bool await_resume() const
    {
        if (m_fromNs >= 0)
            m_awaiting.away(m_fromNs, monotonicNs());
        return m_turn.await_resume();
    }

private:
    LoopTurns::Awaiter m_turn;
    SummedStates& m_awaiting;
    qint64 m_fromNs = -1;
};

} // namespace

// Each add reads the counter, writes it back one more and yields to the loop; or, with an await
// between the read and the write, lets the other coroutines run there, and writes over their adds.
QCoro::Task<> CoroutineLoop::addToCounter(int index)
{
    const qint64 start = monotonicNs();
    m_context.recorder->started(index, m_worker, start);
    const qint64 adds = m_context.recorder->tasks().at(index).n;
    const bool awaitBetween = m_context.config.variant == Variant::AwaitBetween;
    StateLog states;
    states.enter(TaskState::Running, start);
    SummedStates awaiting(&states, TaskState::Waiting, start);
    qint64 done = 0;
    for (bool open = true; open && done < adds && !m_context.cancel->isCancelled(); ++done) {
        const qint64 read = m_counter;
        if (awaitBetween)
            open = co_await TimedTurn(m_turns->yield(), awaiting);
        m_counter = read + 1;
        if (!awaitBetween)
            open = co_await TimedTurn(m_turns->yield(), awaiting);
    }
    const qint64 end = monotonicNs();
    awaiting.flush(end);
    endCounting(index, {start, end}, done, states.close(end));
    taskDone();
}

void CoroutineLoop::endCounting(int index, std::pair<qint64, qint64> span, qint64 done,
                                std::span<const StateSlice> states)
{
    m_added += done;
    const bool all = done == m_context.recorder->tasks().at(index).n;
    m_context.recorder->finished(index, m_worker, span.first, span.second,
                                 all ? TaskOutcome{TaskStatus::Ok, QStringLiteral("+1 × %1").arg(done)}
                                     : TaskOutcome{TaskStatus::Cancelled, {}},
                                 states);
}

void CoroutineLoop::taskDone()
{
    if (m_remaining == 1 && m_context.config.workload == Workload::Counter)
        m_context.recorder->setCounter({m_added, m_counter});
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
