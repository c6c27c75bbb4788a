#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace Lab {

// Shared by every thread of a run: set once, seen at once by blocking waits and CPU loops.
class CancelToken {
public:
    void cancel();
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }
    // Blocks for `duration` and returns true, or returns false as soon as the token is cancelled.
    bool sleepFor(std::chrono::nanoseconds duration);

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace Lab
