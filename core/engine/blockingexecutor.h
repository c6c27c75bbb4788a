#pragma once

#include "engine/executor.h"

#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace Lab {

class SharedCounter;
class DeadlockWatchdog;
class LockTable;
class SimulatedGil;

// Sequential (one thread) and threads (N): a QThreadPool owned by the run, where each of the N
// runners takes the next task in order until none is left — one runnable per worker, not per task.
// Lab 8's locks are the run's, watched from the lab thread for a deadlock.
class BlockingExecutor final : public Executor {
    Q_OBJECT
public:
    explicit BlockingExecutor(ExecutorContext context, QObject* parent = nullptr);
    ~BlockingExecutor() override;

    void start() override;
    void cancel() override;

private:
    void runWorker();
    int registerWorker();

    QThreadPool m_pool;
    std::unique_ptr<SimulatedGil> m_gil;
    std::unique_ptr<SharedCounter> m_counter; // lab 6's workload
    std::unique_ptr<LockTable> m_locks;       // lab 8's locks, and what watches them for a deadlock
    std::unique_ptr<DeadlockWatchdog> m_watchdog;
    std::atomic<int> m_next{0};
    std::atomic<int> m_runners{0};
    std::mutex m_registering; // thread-N is the N-th worker the recorder knows, not just the N-th name
    int m_threadNames = 0;
};

} // namespace Lab
