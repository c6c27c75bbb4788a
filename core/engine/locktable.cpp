#include "engine/locktable.h"

#include "canceltoken.h"
#include "engine/recorder.h"
#include "work/workload.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

QList<LockWait> waitForCycle(const QHash<QString, QString>& waits, const QHash<QString, QString>& holders)
{
    QStringList threads = waits.keys();
    std::ranges::sort(threads);
    // From each waiting thread in turn, along "waits for a lock held by": the first that comes back
    // to itself is the first name of its cycle.
    for (const QString& start : threads) {
        QList<LockWait> path;
        QString at = start;
        while (path.size() < waits.size()) {
            const auto wanted = waits.constFind(at);
            if (wanted == waits.cend())
                break;
            const auto holder = holders.constFind(*wanted);
            if (holder == holders.cend())
                break;
            path.append({at, *wanted, *holder});
            at = *holder;
            if (at == start)
                return path;
        }
    }
    return {};
}

QString deadlockReason(const LockWait& edge)
{
    return WorkloadTr::tr("deadlock: waits for lock %1, held by %2").arg(edge.lock, edge.heldBy);
}

LockTable::Taken LockTable::acquire(const QString& lock, const QString& thread)
{
    std::unique_lock guard(m_mutex);
    m_waits.insert(thread, lock);
    m_changed.wait(guard, [&] {
        return !m_holders.contains(lock) || m_givingUp.contains(thread) || m_cancel.isCancelled();
    });
    m_waits.remove(thread);
    if (m_givingUp.remove(thread))
        return Taken::Deadlock;
    if (m_cancel.isCancelled())
        return Taken::Cancelled;
    m_holders.insert(lock, thread);
    ++m_progress;
    return Taken::Yes;
}

void LockTable::release(const QString& lock, const QString& thread)
{
    {
        std::lock_guard guard(m_mutex);
        if (m_holders.value(lock) != thread)
            return;
        m_holders.remove(lock);
        ++m_progress;
    }
    m_changed.notify_all();
}

LockTable::Snapshot LockTable::look() const
{
    std::lock_guard guard(m_mutex);
    if (m_cancel.isCancelled()) // the person's cancel ends the waits: not a deadlock the app ended
        return {{}, m_progress};
    return {waitForCycle(m_waits, m_holders), m_progress};
}

void LockTable::endDeadlock(const QList<LockWait>& cycle)
{
    {
        std::lock_guard guard(m_mutex);
        m_ended = cycle;
        for (const LockWait& edge : cycle)
            m_givingUp.insert(edge.thread);
    }
    m_changed.notify_all();
}

LockWait LockTable::edgeOf(const QString& thread) const
{
    std::lock_guard guard(m_mutex);
    const auto it = std::ranges::find(m_ended, thread, &LockWait::thread);
    return it != m_ended.cend() ? *it : LockWait{};
}

void LockTable::wakeAll()
{
    {
        // Taken once, so that a wait that has just found the token unset is asleep when told.
        std::lock_guard guard(m_mutex);
    }
    m_changed.notify_all();
}

DeadlockWatchdog::DeadlockWatchdog(LockTable& locks, Recorder& recorder, QObject* parent)
    : QObject(parent), m_locks(locks), m_recorder(recorder)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DeadlockWatchdog::check);
}

void DeadlockWatchdog::start()
{
    m_timer.start();
}

void DeadlockWatchdog::check()
{
    LockTable::Snapshot now = m_locks.look();
    if (!now.cycle.isEmpty() && now.cycle == m_last.cycle && now.progress == m_last.progress) {
        m_timer.stop();
        m_recorder.setDeadlock(now.cycle); // before the tasks end, so that the run is one with a deadlock
        m_locks.endDeadlock(now.cycle);
        return;
    }
    m_last = std::move(now);
}

namespace {

// The lock a task holds until it returns.
class Held {
public:
    Held(LockTable& locks, QString lock, QString thread)
        : m_locks(locks), m_lock(std::move(lock)), m_thread(std::move(thread))
    {
    }
    ~Held() { m_locks.release(m_lock, m_thread); }
    Held(const Held&) = delete;
    Held& operator=(const Held&) = delete;

private:
    LockTable& m_locks;
    QString m_lock;
    QString m_thread;
};

std::optional<TaskOutcome> notTaken(LockTable::Taken taken, const LockTable& locks, const QString& thread)
{
    switch (taken) {
    case LockTable::Taken::Yes:
        return std::nullopt;
    case LockTable::Taken::Cancelled:
        return TaskOutcome{TaskStatus::Cancelled, {}};
    case LockTable::Taken::Deadlock:
        break;
    }
    return TaskOutcome{TaskStatus::Failed, deadlockReason(locks.edgeOf(thread))};
}

} // namespace

TaskOutcome takeTwoLocks(const TaskSpec& task, const TaskContext& context)
{
    const QStringList order = task.label.split(u" → "_s); // "A → B": A first
    if (!context.locks || order.size() != 2)
        return {TaskStatus::Failed, WorkloadTr::tr("%1: not two locks in an order").arg(task.label)};
    LockTable& locks = *context.locks;
    const QString& me = context.workerName;
    markState(context, TaskState::Lock);
    if (auto why = notTaken(locks.acquire(order.at(0), me), locks, me))
        return std::move(*why);
    const Held first(locks, order.at(0), me);
    // Holding the first while it sleeps: meanwhile the other thread takes its own first lock.
    markState(context, TaskState::Waiting);
    if (!context.cancel->sleepFor(std::chrono::milliseconds(task.delayMs)))
        return {TaskStatus::Cancelled, {}};
    markState(context, TaskState::Lock);
    if (auto why = notTaken(locks.acquire(order.at(1), me), locks, me))
        return std::move(*why);
    const Held second(locks, order.at(1), me);
    markState(context, TaskState::Running);
    return {TaskStatus::Ok, WorkloadTr::tr("took %1, then %2").arg(order.at(0), order.at(1))};
}

} // namespace Lab
