#pragma once

#include "platform/procstat.h"
#include "runresult.h"
#include "work/workload.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>
#include <vector>

namespace Lab {

class CancelToken;

// Lab 8 in CPython: a deadlock found from outside the interpreter. The script tells each wait for a
// lock, each lock taken and each let go ("lock_wait", "lock_held", "lock_free"): the wait-for graph.
// A cycle in it is a deadlock when, at the next look, it is still there with no lock event
// meanwhile, and a look at its threads in /proc (the thread sampler's probe) finds each blocked in
// a futex wait, each on a word of its own, the same as at the look before: a lock, not the GIL,
// which is waited for a switch interval (5 ms) at a time, while another thread runs, on one word for
// all. found() tells the cycle once. Threads that cannot be looked at (another user's
// interpreter) leave the events alone to decide, after unconfirmedLooks looks.
class PythonDeadlock final : public QObject {
    Q_OBJECT
public:
    static constexpr int intervalMs = 50;
    static constexpr int unconfirmedLooks = 20;

    explicit PythonDeadlock(const CancelToken& cancel, QObject* parent = nullptr);

    static bool isLockEvent(const QString& event);
    // A lock event of a task that runs on `worker` (the recorder's); false when it is malformed.
    bool onEvent(const QJsonObject& e, const WorkerInfo& worker);
    // How a task that was still running when the interpreter was stopped ended: Failed, with its edge
    // of the deadlock found, or else Cancelled.
    TaskOutcome outcomeOf(int task) const;

Q_SIGNALS:
    void found(const QList<LockWait>& cycle);

private:
    void check();
    void watch(const QList<LockWait>& cycle);
    bool blockedOnLocks();

    const CancelToken& m_cancel;
    QTimer m_timer{this};
    QHash<QString, QString> m_holders; // lock → thread (the recorder's name of its worker)
    QHash<QString, QString> m_waits;   // thread → lock
    QHash<int, QString> m_threadOf;    // task → thread
    QHash<QString, WorkerInfo> m_workers;
    quint64 m_events = 0;
    // The cycle seen at the last look, when the lock events were m_eventsThen, and its threads.
    QList<LockWait> m_cycle;
    quint64 m_eventsThen = 0;
    int m_looks = 0;
    std::vector<ProcStat::ThreadProbe> m_probes;
    std::vector<std::optional<ProcStat::ThreadLook>> m_seen;
    QList<LockWait> m_found;
};

} // namespace Lab
