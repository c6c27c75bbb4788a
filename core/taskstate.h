#pragma once

#include "enumids.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace Lab {

// Monotonic clock shared by the app and its worker processes (CLOCK_MONOTONIC on Linux): what states,
// spans and samples are stamped with.
qint64 monotonicNs();

// What a task (or a thread) was doing at a moment: one vocabulary for the engine and CPython, the
// timeline's fills, the JSON and the trace.
enum class TaskState : quint8 {
    Queued,   // submitted, not yet on a worker
    Running,  // computing on a CPU
    Waiting,  // in a wait (a timer, a sleep) or blocking I/O
    Gil,      // ready to compute, waiting for the GIL (simulated or CPython's)
    Lock,     // CPython: waiting on a lock that is not the GIL (a queue, a join, a lock)
    Transfer, // a process pool's hand-over to the worker and the result's way back
    Idle,     // CPython: a pool thread with nothing to do
};
inline constexpr int taskStateCount = 7;
inline constexpr TaskState allTaskStates[] = {TaskState::Queued, TaskState::Running, TaskState::Waiting,
                                              TaskState::Gil,    TaskState::Lock,    TaskState::Transfer,
                                              TaskState::Idle};
inline constexpr EnumId<TaskState> taskStateIds[] = {
    {TaskState::Queued, u"queued"}, {TaskState::Running, u"running"}, {TaskState::Waiting, u"waiting"},
    {TaskState::Gil, u"gil"},       {TaskState::Lock, u"lock"},       {TaskState::Transfer, u"transfer"},
    {TaskState::Idle, u"idle"}};
static_assert(coversEnum(taskStateIds, TaskState::Idle));
static_assert(std::size(allTaskStates) == taskStateCount);

QString taskStateId(TaskState s);
std::optional<TaskState> taskStateFromId(QStringView id);

// One state over [startNs, endNs), in ns since the run began.
struct StateSlice {
    TaskState state = TaskState::Running;
    qint64 startNs = 0;
    qint64 endNs = 0;
    bool operator==(const StateSlice&) const = default;
};
using StateSlices = std::vector<StateSlice>;

// Appends [startNs, endNs) in `state`, joined to the last slice when it continues it; empty spans
// are dropped.
void appendState(StateSlices& slices, TaskState state, qint64 startNs, qint64 endNs);

// Time in each state, ns.
struct StateTotals {
    std::array<qint64, taskStateCount> ns{};

    qint64& operator[](TaskState s) { return ns[size_t(s)]; }
    qint64 operator[](TaskState s) const { return ns[size_t(s)]; }
    qint64 totalNs() const;
    // The share of `s` in the total, 0..1; 0 when there is no time at all.
    double share(TaskState s) const;
    StateTotals& operator+=(const StateTotals& o);
    bool isEmpty() const { return totalNs() == 0; }
};
StateTotals totalsOf(const StateSlices& slices);

// Writes a task's states as it goes, on the one thread that runs it (not thread-safe, no lock): each
// enter() ends the state before. Times are absolute monotonicNs() values until they are handed to
// the recorder, which moves them to the run's clock.
class StateLog {
public:
    void enter(TaskState state, qint64 atNs);
    // Ends the last state at `atNs`; the slices stay readable until the next enter(), which starts
    // the next task's afresh in the same buffer (no allocation a task once it has grown).
    std::span<const StateSlice> close(qint64 atNs);
    bool isOpen() const { return m_open; }

    static constexpr qint64 foldBelowNs = 1'000;

private:
    StateSlices m_slices;
    TaskState m_state = TaskState::Running;
    qint64 m_sinceNs = 0;
    bool m_open = false;
};

} // namespace Lab
