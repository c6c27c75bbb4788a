#include "engine/threadoffload.h"

#include "engine/recorder.h"
#include "engine/workername.h"
#include "platform/process.h"

#include <utility>

namespace Lab {

ThreadOffload::ThreadOffload(std::shared_ptr<Recorder> recorder, int threads, QObject* parent)
    : QObject(parent), m_recorder(std::move(recorder))
{
    m_pool.setMaxThreadCount(std::max(1, threads));
}

ThreadOffload::~ThreadOffload()
{
    close();
}

void ThreadOffload::Awaiter::await_suspend(std::coroutine_handle<> waiter)
{
    m_offload.submit(std::move(m_call), waiter);
}

void ThreadOffload::submit(Call call, std::coroutine_handle<> waiter)
{
    m_waiting.insert(waiter);
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(call), waiter});
    }
    m_pool.start([this] { runNext(); }); // one runner for each call handed over
}

// On a thread of the pool.
void ThreadOffload::runNext()
{
    std::unique_lock lock(m_mutex);
    Handed next = std::move(m_queue.front());
    m_queue.pop_front();
    const int worker = workerOfThisThread();
    lock.unlock();
    next.call(worker);
    // Back to the loop, as run_in_executor's future is: dropped if we have gone meanwhile, and
    // then close() has resumed the waiter.
    QMetaObject::invokeMethod(
        this, [this, waiter = next.waiter] { resume(waiter); }, Qt::QueuedConnection);
}

void ThreadOffload::resume(std::coroutine_handle<> waiter)
{
    if (m_waiting.erase(waiter) > 0) // not when close() got there first
        waiter.resume();
}

void ThreadOffload::close()
{
    // A coroutine resumed here may hand over another call: until none is left.
    do {
        m_pool.waitForDone(); // the calls have returned and the threads are gone
        for (const std::coroutine_handle<> waiter : std::exchange(m_waiting, {}))
            waiter.resume();
    } while (!m_waiting.empty());
}

int ThreadOffload::workerOfThisThread()
{
    const qint64 tid = Platform::currentTid();
    if (const auto it = m_workers.constFind(tid); it != m_workers.cend())
        return *it;
    const int worker =
        m_recorder->addWorker({WorkerKind::Thread, workerName(WorkerKind::Thread, int(m_workers.size()) + 1),
                               Platform::currentPid(), tid});
    m_workers.insert(tid, worker);
    return worker;
}

} // namespace Lab
