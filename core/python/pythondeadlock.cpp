#include "python/pythondeadlock.h"

#include "canceltoken.h"
#include "engine/locktable.h"

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr qsizetype maxLockName = 100;

} // namespace

PythonDeadlock::PythonDeadlock(const CancelToken& cancel, QObject* parent) : QObject(parent), m_cancel(cancel)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PythonDeadlock::check);
}

bool PythonDeadlock::isLockEvent(const QString& event)
{
    return event == u"lock_wait"_s || event == u"lock_held"_s || event == u"lock_free"_s;
}

bool PythonDeadlock::onEvent(const QJsonObject& e, const WorkerInfo& worker)
{
    const QString event = e.value(u"event"_s).toString();
    const QString lock = e.value(u"lock"_s).toString();
    const int task = e.value(u"task"_s).toInt(-1);
    if (!isLockEvent(event) || lock.isEmpty() || lock.size() > maxLockName || task < 0 ||
        worker.name.isEmpty())
        return false;
    const QString& thread = worker.name;
    m_workers.insert(thread, worker);
    m_threadOf.insert(task, thread);
    ++m_events;
    if (event == u"lock_wait"_s) {
        m_waits.insert(thread, lock);
    } else if (event == u"lock_held"_s) {
        m_waits.remove(thread);
        m_holders.insert(lock, thread);
    } else if (m_holders.value(lock) == thread) {
        m_holders.remove(lock);
    }
    if (!m_timer.isActive() && m_found.isEmpty())
        m_timer.start();
    return true;
}

TaskOutcome PythonDeadlock::outcomeOf(int task) const
{
    const QString thread = m_threadOf.value(task);
    const auto edge = std::ranges::find(m_found, thread, &LockWait::thread);
    if (thread.isEmpty() || edge == m_found.cend())
        return {TaskStatus::Cancelled, {}};
    return {TaskStatus::Failed, deadlockReason(*edge)};
}

void PythonDeadlock::check()
{
    if (m_cancel.isCancelled()) { // the person's cancel came first: not a deadlock the app ended
        m_timer.stop();
        return;
    }
    const QList<LockWait> cycle = waitForCycle(m_waits, m_holders);
    if (cycle.isEmpty() || cycle != m_cycle || m_events != m_eventsThen) {
        watch(cycle);
        return;
    }
    ++m_looks;
    if (blockedOnLocks() || m_looks >= unconfirmedLooks) {
        m_timer.stop();
        m_found = cycle;
        Q_EMIT found(cycle);
    }
}

// A new cycle (or none): its threads are looked at from now on.
void PythonDeadlock::watch(const QList<LockWait>& cycle)
{
    m_cycle = cycle;
    m_eventsThen = m_events;
    m_looks = 0;
    m_probes.clear();
    m_seen.clear();
    for (const LockWait& edge : cycle) {
        const WorkerInfo& w = m_workers[edge.thread];
        m_probes.emplace_back(w.pid, w.tid);
        m_seen.push_back(m_probes.back().look());
    }
}

// Each thread of the cycle in a futex wait on a word of its own, the one it waited on at the last look.
bool PythonDeadlock::blockedOnLocks()
{
    std::set<quint64> words;
    bool blocked = !m_probes.empty();
    for (size_t i = 0; i < m_probes.size(); ++i) {
        const std::optional<ProcStat::ThreadLook> look = m_probes[i].look();
        const bool still = look && m_seen[i] == look && look->activity == ProcStat::ThreadActivity::Futex;
        blocked = blocked && still && words.insert(look->futex).second;
        m_seen[i] = look;
    }
    return blocked;
}

} // namespace Lab
