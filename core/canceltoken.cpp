#include "canceltoken.h"

namespace Lab {

void CancelToken::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled.store(true);
    }
    m_wake.notify_all();
}

bool CancelToken::sleepFor(std::chrono::nanoseconds duration)
{
    // A wait of nothing must not sleep at all: the kernel's timer slack would add ~50 µs.
    if (duration <= std::chrono::nanoseconds::zero())
        return !isCancelled();
    const auto deadline = std::chrono::steady_clock::now() + duration;
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_until(lock, deadline, [this] { return m_cancelled.load(); });
}

} // namespace Lab
