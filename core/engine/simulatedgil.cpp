#include "engine/simulatedgil.h"

#include "taskstate.h"

namespace Lab {

SimulatedGil::SimulatedGil(std::chrono::microseconds switchInterval) : m_interval(switchInterval) {}

void SimulatedGil::acquire(StateLog* states)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t ticket = m_nextTicket++;
    if (states && m_serving != ticket)
        states->enter(TaskState::Gil, monotonicNs());
    m_waiting.fetch_add(1);
    m_turn.wait(lock, [&] { return m_serving == ticket; });
    m_waiting.fetch_sub(1);
    m_heldSince = std::chrono::steady_clock::now();
    if (states)
        states->enter(TaskState::Running, monotonicNs());
}

void SimulatedGil::release()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_serving;
    }
    m_turn.notify_all();
}

void SimulatedGil::yieldIfRequested(StateLog* states)
{
    if (m_waiting.load(std::memory_order_relaxed) == 0)
        return;
    // Only the holder writes m_heldSince, and it is the one calling this.
    if (std::chrono::steady_clock::now() - m_heldSince < m_interval)
        return;
    // Waiting from before the hand-over: once the other thread is woken, a busy machine may keep this
    // one off its CPU for milliseconds before it can say so, and both would look computing at once.
    if (states)
        states->enter(TaskState::Gil, monotonicNs());
    release();
    acquire(states);
    m_switches.fetch_add(1, std::memory_order_relaxed);
}

} // namespace Lab
