#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <coroutine>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>

namespace Lab {

class Recorder;

// asyncio's loop.run_in_executor (and asyncio.to_thread): an event loop's own pool of threads for
// the blocking calls its coroutines hand over. A coroutine co_awaits run(call): the call runs on a
// thread of the pool, which is a worker of the run ("thread-1"…, in the order they first took a
// call), and the coroutine resumes on the loop's thread once it has returned.
// Lives in, and is awaited only from, the loop's thread; the calls run on the pool's.
class ThreadOffload final : public QObject {
    Q_OBJECT
public:
    using Call = std::function<void(int worker)>; // `worker`: the recorder's index of its thread

    ThreadOffload(std::shared_ptr<Recorder> recorder, int threads, QObject* parent = nullptr);
    // Closes (see close()).
    ~ThreadOffload() override;

    class Awaiter {
    public:
        Awaiter(ThreadOffload& offload, Call call) : m_offload(offload), m_call(std::move(call)) {}
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiter);
        void await_resume() const noexcept {}

    private:
        ThreadOffload& m_offload;
        Call m_call;
    };

    Awaiter run(Call call) { return Awaiter(*this, std::move(call)); }

    // Waits until every call has returned and the pool's threads have ended, then resumes every
    // coroutine still waiting, so that no frame is left behind. Calls must end soon when their
    // run is cancelled: cancel first.
    void close();

private:
    struct Handed {
        Call call;
        std::coroutine_handle<> waiter;
    };

    void submit(Call call, std::coroutine_handle<> waiter);
    void runNext();
    void resume(std::coroutine_handle<> waiter);
    int workerOfThisThread(); // with m_mutex held

    const std::shared_ptr<Recorder> m_recorder;
    std::set<std::coroutine_handle<>> m_waiting; // the loop's thread only
    // A thread takes the first call handed over and names itself in one go: thread-1 takes the
    // first call, as the first thread of Python's ThreadPoolExecutor takes the first item of its queue.
    std::mutex m_mutex;
    std::deque<Handed> m_queue;
    QHash<qint64, int> m_workers; // by tid: the recorder's index of each of the pool's threads
    QThreadPool m_pool;           // last, so that it is waited for before the rest goes
};

} // namespace Lab
