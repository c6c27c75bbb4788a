#pragma once

#include "engine/executor.h"

#include <QThread>

#include <qcoro/qcorotask.h>

namespace Lab {

class DeadlineScheduler;

// The asyncio analogue: one thread, one Qt event loop, one coroutine per task. A weather fetch
// waits on the loop's deadline scheduler; logs and squares block the loop, as blocking calls in
// asyncio do — that is the lesson.
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
    void endWait(int index, qint64 startNs, bool waited);
    void runBlocking(int index, qint64 startNs);
    void taskDone();

    const ExecutorContext m_context;
    int m_worker = -1;
    int m_remaining = 0;
    bool m_closing = false;
    // Last, so that it is destroyed first and resumes its waiters while the rest is alive.
    DeadlineScheduler* m_scheduler;
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
