#include "taskstate.h"

#include <chrono>
#include <numeric>

namespace Lab {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString taskStateId(TaskState s)
{
    return idOf(taskStateIds, s);
}

std::optional<TaskState> taskStateFromId(QStringView id)
{
    return fromId(taskStateIds, id);
}

void appendState(StateSlices& slices, TaskState state, qint64 startNs, qint64 endNs)
{
    if (endNs <= startNs)
        return;
    if (!slices.empty() && slices.back().state == state && slices.back().endNs == startNs) {
        slices.back().endNs = endNs;
        return;
    }
    slices.push_back({state, startNs, endNs});
}

qint64 StateTotals::totalNs() const
{
    return std::accumulate(ns.begin(), ns.end(), qint64(0));
}

double StateTotals::share(TaskState s) const
{
    const qint64 total = totalNs();
    return total > 0 ? double((*this)[s]) / double(total) : 0.0;
}

StateTotals& StateTotals::operator+=(const StateTotals& o)
{
    for (size_t i = 0; i < ns.size(); ++i)
        ns[i] += o.ns[i];
    return *this;
}

StateTotals totalsOf(const StateSlices& slices)
{
    StateTotals t;
    for (const StateSlice& s : slices)
        t[s.state] += s.endNs - s.startNs;
    return t;
}

void StateLog::enter(TaskState state, qint64 atNs)
{
    if (!m_open) { // a new task: the last one's slices are read by now
        m_slices.clear();
        m_state = state;
        m_sinceNs = atNs;
        m_open = true;
        return;
    }
    if (state == m_state)
        return;
    // A state left within a microsecond of its start (a task's first step into its wait) is not
    // worth a slice: the next one takes its place.
    if (atNs - m_sinceNs >= foldBelowNs) {
        appendState(m_slices, m_state, m_sinceNs, atNs);
        m_sinceNs = atNs;
    }
    m_state = state;
}

std::span<const StateSlice> StateLog::close(qint64 atNs)
{
    if (m_open)
        appendState(m_slices, m_state, m_sinceNs, atNs);
    m_open = false;
    return m_slices;
}

} // namespace Lab
