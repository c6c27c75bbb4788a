#include "engine/blockingexecutor.h"

#include "canceltoken.h"
#include "engine/locktable.h"
#include "engine/recorder.h"
#include "engine/simulatedgil.h"
#include "engine/workername.h"
#include "platform/process.h"
#include "work/counter.h"

namespace Lab {

BlockingExecutor::BlockingExecutor(ExecutorContext context, QObject* parent)
    : Executor(std::move(context), parent)
{
    if (m_context.config.gil && m_context.config.strategy == Strategy::Threads)
        m_gil = std::make_unique<SimulatedGil>();
    if (m_context.config.workload == Workload::Counter)
        m_counter = std::make_unique<SharedCounter>(m_context.config.variant == Variant::Locked);
    if (m_context.config.workload == Workload::Locks) {
        m_locks = std::make_unique<LockTable>(*m_context.cancel);
        m_watchdog = std::make_unique<DeadlockWatchdog>(*m_locks, *m_context.recorder);
    }
}

BlockingExecutor::~BlockingExecutor()
{
    cancel();
    m_pool.waitForDone();
}

void BlockingExecutor::start()
{
    const bool sequential = m_context.config.strategy == Strategy::Sequential;
    const int runners = sequential ? 1 : std::max(1, m_context.config.workers);
    m_pool.setMaxThreadCount(runners);
    m_runners = runners;
    if (!sequential) // all wait in the pool's queue; one at a time, each is taken when its turn comes
        m_context.recorder->submittedAll(monotonicNs());
    if (m_watchdog)
        m_watchdog->start();
    for (int i = 0; i < runners; ++i)
        m_pool.start([this] { runWorker(); });
}

void BlockingExecutor::cancel()
{
    m_context.cancel->cancel();
    if (m_locks) // a wait for a lock is not the token's: it is woken to see it
        m_locks->wakeAll();
}

int BlockingExecutor::registerWorker()
{
    std::lock_guard lock(m_registering);
    WorkerInfo info;
    info.kind = workerKind(m_context.config.strategy);
    info.name = workerName(info.kind, ++m_threadNames);
    info.pid = Platform::currentPid();
    info.tid = Platform::currentTid();
    return m_context.recorder->addWorker(info);
}

void BlockingExecutor::runWorker()
{
    Recorder& recorder = *m_context.recorder;
    int worker = -1;
    StateLog states;
    TaskContext taskContext{m_context.cancel.get(), m_gil.get(), {}, &states, m_counter.get(), m_locks.get()};
    while (!m_context.cancel->isCancelled()) {
        const int i = m_next.fetch_add(1);
        if (i >= recorder.taskCount())
            break;
        if (worker < 0) {
            worker = registerWorker();
            taskContext.workerName = recorder.workers().at(worker).name;
        }
        const qint64 start = monotonicNs();
        recorder.started(i, worker, start);
        states.enter(TaskState::Running, start);
        TaskOutcome outcome = executeBlocking(recorder.tasks().at(i), taskContext);
        const qint64 end = monotonicNs();
        recorder.finished(i, worker, start, end, std::move(outcome), states.close(end));
    }
    if (m_runners.fetch_sub(1) != 1)
        return;
    if (m_counter) // every runner's adds are done
        recorder.setCounter(m_counter->tally());
    QMetaObject::invokeMethod(this, &Executor::finished, Qt::QueuedConnection);
}

} // namespace Lab
