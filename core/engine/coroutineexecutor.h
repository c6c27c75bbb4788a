#pragma once

#include "engine/executor.h"

#include <QThread>

#include <qcoro/qcorotask.h>

namespace Lab {

class DeadlineScheduler;
class LoopTurns;
class ThreadOffload;

// The asyncio analogue: one thread, one Qt event loop, one coroutine per task. A weather fetch
// waits on the loop's deadline scheduler; logs and squares block the loop, as blocking calls in
// asyncio do — that is the lesson. Lab 5's ways: a weather fetch that blocks the loop as well
// (Variant::Blocking, time.sleep in an async def), and every task's blocking call handed to the
// loop's own pool of threads and awaited (Variant::Offloaded, asyncio.to_thread). Lab 6's counter:
// coroutines add to one counter of the loop's, yielding to the loop after each add, or between its
// read and its write.
class CoroutineLoop final : public QObject {
    Q_OBJECT
public:
    explicit CoroutineLoop(ExecutorContext context);
    ~CoroutineLoop() override;

    void start();
    void cancel();

Q_SIGNALS:
    void allDone();

private:
    QCoro::Task<> runTask(int index);
    QCoro::Task<> addToCounter(int index);
    void endCounting(int index, std::pair<qint64, qint64> span, qint64 done,
                     std::span<const StateSlice> states);
    void endWait(int index, qint64 startNs, bool waited);
    void runBlocking(int index, int worker, qint64 startNs);
    void runOnThread(int index, int worker);
    void taskDone();

    const ExecutorContext m_context;
    int m_worker = -1;
    int m_remaining = 0;
    bool m_closing = false;
    qint64 m_counter = 0; // lab 6: the counter the coroutines share, and the adds they made
    qint64 m_added = 0;
    // Children, closed by the destructor: they resume their waiters while the rest is alive.
    LoopTurns* m_turns;
    DeadlineScheduler* m_scheduler;
    ThreadOffload* m_offload = nullptr; // Variant::Offloaded only
};

class CoroutineExecutor final : public Executor {
    Q_OBJECT
public:
    explicit CoroutineExecutor(ExecutorContext context, QObject* parent = nullptr);
    ~CoroutineExecutor() override;

    void start() override;
    void cancel() override;

private:
    void onAllDone();

    QThread m_thread;
    CoroutineLoop* m_loop = nullptr;
};

} // namespace Lab
