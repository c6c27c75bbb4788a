#pragma once

#include "runresult.h"
#include "taskstate.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace Lab {

struct TaskContext;

// A task's time away from running (waiting for the lock, or for its turn on the event loop) as its
// states, summed over windows of 10 ms: a slice per wait would be a hundred thousand slices a task,
// an add's wait being a few µs. Each window reads: running, then away, up to where it ends.
class SummedStates {
public:
    static constexpr qint64 windowNs = 10'000'000;

    // `states` may be null: nothing is told.
    SummedStates(StateLog* states, TaskState away, qint64 startNs)
        : m_states(states), m_away(away), m_windowStartNs(startNs)
    {
    }
    // The task was away over [fromNs, toNs).
    void away(qint64 fromNs, qint64 toNs);
    // Tells the window so far, ending at `nowNs`.
    void flush(qint64 nowNs);

private:
    StateLog* m_states;
    TaskState m_away;
    qint64 m_windowStartNs;
    qint64 m_awayNs = 0;
};

// Lab 6: the one counter that a run's tasks add to. Each add reads the counter, lets another thread
// run (std::this_thread::yield(): the point where the operating system, or CPython's GIL, switches
// threads) and writes back one more. Without the lock two threads can read the same value, and one
// of their two writes is lost. The race is on purpose and still no data race: the reads and writes
// are separate relaxed atomic loads and stores, and with the lock a std::mutex orders them.
// One per run, shared by its threads; thread-safe.
class SharedCounter {
public:
    explicit SharedCounter(bool locked) : m_locked(locked) {}

    // Adds 1 `adds` times, or until the run is cancelled; returns the adds done. The lock's waits
    // go into the context's state log.
    qint64 add(qint64 adds, const TaskContext& context);
    // Every task's adds so far, and what the counter reached.
    CounterTally tally() const;

private:
    void addOnce();

    std::atomic<qint64> m_value{0};
    std::atomic<qint64> m_added{0};
    std::mutex m_mutex;
    const bool m_locked;
};

} // namespace Lab
