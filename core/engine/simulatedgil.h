#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace Lab {

class StateLog;

// A stand-in for CPython's global interpreter lock: one lock per run that a thread must hold to
// compute. The holder hands it over once it has held it for the switch interval (5 ms, like
// sys.getswitchinterval()) and another thread is waiting. Tickets make the hand-over fair.
class SimulatedGil {
public:
    explicit SimulatedGil(std::chrono::microseconds switchInterval = std::chrono::milliseconds(5));

    // `states`, when given, hears of the wait for the lock (gil) and of the computing after it.
    void acquire(StateLog* states = nullptr);
    void release();
    // Called by the holder between slices of work.
    void yieldIfRequested(StateLog* states = nullptr);
    std::uint64_t switches() const noexcept { return m_switches.load(std::memory_order_relaxed); }

private:
    const std::chrono::microseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_turn;
    std::uint64_t m_nextTicket = 0;
    std::uint64_t m_serving = 0;
    std::atomic<int> m_waiting{0};
    std::chrono::steady_clock::time_point m_heldSince;
    std::atomic<std::uint64_t> m_switches{0};
};

// Holds the lock for a scope; a null lock means "no GIL".
class GilScope {
public:
    explicit GilScope(SimulatedGil* gil, StateLog* states = nullptr) : m_gil(gil)
    {
        if (m_gil)
            m_gil->acquire(states);
    }
    ~GilScope()
    {
        if (m_gil)
            m_gil->release();
    }
    GilScope(const GilScope&) = delete;
    GilScope& operator=(const GilScope&) = delete;

private:
    SimulatedGil* m_gil;
};

} // namespace Lab
