#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <coroutine>
#include <queue>
#include <vector>

namespace Lab {

// Waits for many coroutines on one event loop with one precise timer over a heap of deadlines,
// instead of one QTimer per wait (QCoro::sleepFor), which does not scale past a few thousand.
// Lives in, and is used only from, the thread of its event loop.
class DeadlineScheduler : public QObject {
    Q_OBJECT
public:
    explicit DeadlineScheduler(QObject* parent = nullptr);
    // Resumes every waiter as cancelled, so that no coroutine frame is left behind.
    ~DeadlineScheduler() override;

    class Awaiter {
    public:
        Awaiter(DeadlineScheduler& scheduler, qint64 deadlineNs)
            : m_scheduler(scheduler), m_deadlineNs(deadlineNs)
        {
        }
        bool await_ready() const noexcept;
        void await_suspend(std::coroutine_handle<> waiter);
        // True when the deadline was reached, false when the wait was cancelled.
        bool await_resume() const noexcept { return !m_scheduler.m_cancelled; }

    private:
        DeadlineScheduler& m_scheduler;
        qint64 m_deadlineNs;
    };

    Awaiter sleepFor(std::chrono::nanoseconds duration);
    Awaiter sleepUntil(qint64 deadlineNs); // a monotonicNs() value

    // Wakes every waiter now; later waits return at once. For cancelling a run.
    void cancelAll();
    bool isCancelled() const { return m_cancelled; }
    std::size_t waiting() const { return m_heap.size(); }

private:
    struct Entry {
        qint64 deadlineNs;
        quint64 order; // first come, first resumed among equal deadlines
        std::coroutine_handle<> waiter;
        bool operator>(const Entry& o) const
        {
            return deadlineNs != o.deadlineNs ? deadlineNs > o.deadlineNs : order > o.order;
        }
    };

    void push(qint64 deadlineNs, std::coroutine_handle<> waiter);
    void resumeDue();
    void arm();

    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> m_heap;
    QTimer m_timer{this}; // a child, so that it moves with us to our thread
    qint64 m_armedForNs = 0;
    quint64 m_order = 0;
    bool m_cancelled = false;
};

} // namespace Lab
