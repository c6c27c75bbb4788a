#pragma once

#include "runresult.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace Lab {

struct TaskContext;

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
