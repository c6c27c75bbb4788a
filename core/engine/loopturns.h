#pragma once

#include <QObject>

#include <coroutine>
#include <vector>

namespace Lab {

// asyncio.sleep(0) for the engine's coroutines: a coroutine that yields is resumed on its event
// loop's next turn, after every coroutine that yielded before it and after what else the loop had
// to do meanwhile (a cancel, a timer). One queued call resumes a whole turn. Lives in, and is used
// only from, the thread of its event loop.
class LoopTurns : public QObject {
    Q_OBJECT
public:
    explicit LoopTurns(QObject* parent = nullptr) : QObject(parent) {}
    // Resumes every waiter as closed, so that no coroutine frame is left behind.
    ~LoopTurns() override;

    class Awaiter {
    public:
        explicit Awaiter(LoopTurns& turns) : m_turns(turns) {}
        bool await_ready() const noexcept { return m_turns.m_closed; }
        void await_suspend(std::coroutine_handle<> waiter);
        // False once the turns are closed: the coroutine should end.
        bool await_resume() const noexcept { return !m_turns.m_closed; }

    private:
        LoopTurns& m_turns;
    };

    Awaiter yield() { return Awaiter(*this); }
    // Resumes every waiter now; later yields return at once, false. For ending a loop.
    void close();
    std::size_t waiting() const { return m_ready.size(); }

private:
    void runTurn();

    std::vector<std::coroutine_handle<>> m_ready; // the next turn's, in the order they yielded
    std::vector<std::coroutine_handle<>> m_turn;  // the turn being run
    bool m_posted = false;
    bool m_closed = false;
};

} // namespace Lab
