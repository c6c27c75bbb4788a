#include "engine/loopturns.h"

namespace Lab {

LoopTurns::~LoopTurns()
{
    close();
}

void LoopTurns::Awaiter::await_suspend(std::coroutine_handle<> waiter)
{
    m_turns.m_ready.push_back(waiter);
    if (!m_turns.m_posted) {
        m_turns.m_posted = true;
        QMetaObject::invokeMethod(&m_turns, &LoopTurns::runTurn, Qt::QueuedConnection);
    }
}

void LoopTurns::runTurn()
{
    m_posted = false;
    // Those resumed now that yield again wait for the next turn: they go into m_ready.
    m_turn.swap(m_ready);
    for (const std::coroutine_handle<> waiter : m_turn)
        waiter.resume();
    m_turn.clear();
}

void LoopTurns::close()
{
    m_closed = true;
    while (!m_ready.empty()) {
        const auto waiter = m_ready.back();
        m_ready.pop_back();
        waiter.resume();
    }
}

} // namespace Lab
