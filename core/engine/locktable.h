#pragma once

#include "runresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <condition_variable>
#include <mutex>

namespace Lab {

class CancelToken;
class Recorder;
struct TaskContext;
struct TaskOutcome;
struct TaskSpec;

// Lab 8: who waits for which lock, held by whom — a cycle in it is a deadlock. `waits`: each thread
// to the lock it waits for; `holders`: each lock held, to its holder. The cycle starts at the thread
// whose name comes first, so that the same deadlock reads the same way every time; empty when
// there is none.
QList<LockWait> waitForCycle(const QHash<QString, QString>& waits, const QHash<QString, QString>& holders);

// Lab 8's task: takes the lock its label names first ("A → B": A), holds it for its delay, takes the
// other, and lets both go. Waiting for a lock is TaskState::Lock; holding one through the sleep, Waiting.
TaskOutcome takeTwoLocks(const TaskSpec& task, const TaskContext& context);

// A deadlock's words for one of its threads: "deadlock: waits for lock B, held by thread-2".
QString deadlockReason(const LockWait& edge);

// The named locks of one run (lab 8's A and B), instrumented: each knows its holder, and a thread
// says which lock it waits for while it waits, so that a watchdog can read the wait-for graph. A
// wait ends when the lock is free, when the run is cancelled (after wakeAll()), or when the
// watchdog ends a deadlock the thread is part of. Thread-safe; no data is shared outside its mutex.
class LockTable {
public:
    explicit LockTable(const CancelToken& cancel) : m_cancel(cancel) {}

    enum class Taken : quint8 { Yes, Cancelled, Deadlock };
    // Blocks until `thread` holds `lock`; the lock is made on first use.
    Taken acquire(const QString& lock, const QString& thread);
    void release(const QString& lock, const QString& thread);

    struct Snapshot {
        QList<LockWait> cycle; // empty: no deadlock now
        quint64 progress = 0;  // locks taken and let go so far: unchanged, nobody moved
    };
    // None once the run is cancelled.
    Snapshot look() const;
    // Every thread of `cycle` gives up its wait, as Deadlock; `thread`'s edge is then edgeOf(thread).
    void endDeadlock(const QList<LockWait>& cycle);
    // The edge of the deadlock ended that `thread` was, or an empty one.
    LockWait edgeOf(const QString& thread) const;
    // Every wait looks at the cancel token again.
    void wakeAll();

private:
    const CancelToken& m_cancel;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QString, QString> m_holders; // lock → thread
    QHash<QString, QString> m_waits;   // thread → lock
    QList<LockWait> m_ended;           // the deadlock the watchdog ended, if it did
    QSet<QString> m_givingUp;          // its threads that have not yet seen it
    quint64 m_progress = 0;
};

// Looks at a lock table every `interval` from the thread it lives in (the lab thread): a cycle that
// is still there at the next look, with no lock taken or let go meanwhile, is a deadlock. It tells
// the recorder the cycle and ends the waits; its threads' tasks fail and the run completes.
class DeadlockWatchdog final : public QObject {
    Q_OBJECT
public:
    static constexpr int intervalMs = 50;

    DeadlockWatchdog(LockTable& locks, Recorder& recorder, QObject* parent = nullptr);
    void start();

private:
    void check();

    LockTable& m_locks;
    Recorder& m_recorder;
    QTimer m_timer{this};
    LockTable::Snapshot m_last;
};

} // namespace Lab
