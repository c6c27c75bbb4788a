#include "measure/sampledstates.h"

#include "measure/gilfinder.h"

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

using Key = std::pair<qint64, qint64>;      // (pid, tid)
using Interval = std::pair<qint64, qint64>; // [from, to), the run's time
using Intervals = std::vector<Interval>;

bool isPoolWorker(WorkerKind k)
{
    return k == WorkerKind::Thread || k == WorkerKind::Process;
}

// The tasks of each of a pool's workers, in order.
std::map<Key, Intervals> poolTasks(const SampledRun& run)
{
    std::map<Key, Intervals> out;
    for (const TaskSpan& s : run.spans) {
        if (s.worker < 0 || s.worker >= run.workers.size() || s.startNs < 0 || s.endNs < s.startNs)
            continue;
        const WorkerInfo& w = run.workers.at(s.worker);
        if (isPoolWorker(w.kind))
            out[{w.pid, w.tid}].emplace_back(s.startNs, s.endNs);
    }
    for (auto& [key, tasks] : out)
        std::sort(tasks.begin(), tasks.end());
    return out;
}

// The coroutines whose spans overlap another's on their event loop: their thread's states are the
// loop's, shared by all of them, not theirs — a coroutine between its start and its end was awaiting
// whatever the loop did meanwhile. One that overlaps none (a blocking call) owns the loop's states.
std::set<int> awaitingTasks(const SampledRun& run)
{
    std::vector<std::pair<Interval, int>> loop;
    for (const TaskSpan& s : run.spans) {
        if (s.worker >= 0 && s.worker < run.workers.size() &&
            run.workers.at(s.worker).kind == WorkerKind::EventLoop && s.startNs >= 0 && s.endNs > s.startNs)
            loop.push_back({{s.startNs, s.endNs}, s.task});
    }
    std::sort(loop.begin(), loop.end());
    std::set<int> awaiting;
    qint64 reach = -1; // the latest end so far
    for (size_t i = 0; i < loop.size(); ++i) {
        const auto& [span, task] = loop[i];
        const bool beforeOverlaps = span.first < reach;
        const bool nextOverlaps = i + 1 < loop.size() && loop[i + 1].first.first < span.second;
        if (beforeOverlaps || nextOverlaps)
            awaiting.insert(task);
        reach = std::max(reach, span.second);
    }
    return awaiting;
}

bool within(const Intervals& sorted, qint64 t)
{
    const auto it = std::upper_bound(sorted.cbegin(), sorted.cend(), t,
                                     [](qint64 v, const Interval& i) { return v < i.second; });
    return it != sorted.cend() && it->first <= t;
}

TaskState stateOf(const ProcStat::ThreadLook& l, const std::vector<quint64>& gil)
{
    switch (l.activity) {
    case ProcStat::ThreadActivity::Running:
        return TaskState::Running;
    case ProcStat::ThreadActivity::Futex:
        return std::binary_search(gil.cbegin(), gil.cend(), l.futex) ? TaskState::Gil : TaskState::Lock;
    case ProcStat::ThreadActivity::Blocked:
        break;
    }
    return TaskState::Waiting;
}

// Reads one process's tracks: its GIL, the futex words its pool's workers wait on when idle.
struct ProcessReader {
    const SampledRun& run;
    const std::map<Key, Intervals>& pool;
    std::vector<quint64> gil;
    std::set<quint64> idleWords;

    qint64 runTime(qint64 absoluteNs) const
    {
        return std::clamp(absoluteNs - run.originNs, qint64(0), run.endNs - run.originNs);
    }

    void findIdleWords(const ThreadTrack& t, const Intervals& tasks)
    {
        for (const ThreadTrack::Look& l : t.looks) {
            if (stateOf(l.look, gil) == TaskState::Lock && !within(tasks, l.atNs - run.originNs))
                idleWords.insert(l.look.futex);
        }
    }

    StateSlices slicesOf(const ThreadTrack& t) const
    {
        const auto own = pool.find({t.pid, t.tid});
        StateSlices out;
        for (size_t i = 0; i < t.looks.size(); ++i) {
            const ThreadTrack::Look& l = t.looks[i];
            const qint64 from = runTime(l.atNs);
            const qint64 to = runTime(i + 1 < t.looks.size() ? t.looks[i + 1].atNs : t.endNs);
            TaskState s = stateOf(l.look, gil);
            if (own == pool.cend() && s == TaskState::Lock && idleWords.contains(l.look.futex))
                s = TaskState::Idle;
            if (own != pool.cend() && (s == TaskState::Lock || s == TaskState::Waiting))
                appendOutsideIdle(out, s, from, to, own->second);
            else
                appendState(out, s, from, to);
        }
        return out;
    }

    // [from, to) in `s` during the worker's tasks, idle between them.
    static void appendOutsideIdle(StateSlices& out, TaskState s, qint64 from, qint64 to,
                                  const Intervals& tasks)
    {
        qint64 cursor = from;
        // A worker's tasks follow one another: the first that ends after `from` on, until one
        // starts at `to` (a look's stretch is short; the tasks may be a million).
        auto it = std::partition_point(tasks.cbegin(), tasks.cend(),
                                       [from](const Interval& i) { return i.second <= from; });
        for (; it != tasks.cend() && it->first < to; ++it) {
            const auto [start, end] = *it;
            appendState(out, TaskState::Idle, cursor, std::max(cursor, start));
            cursor = std::max(cursor, start);
            appendState(out, s, cursor, std::min(to, end));
            cursor = std::min(to, end);
        }
        appendState(out, TaskState::Idle, cursor, to);
    }
};

QString labelOf(const ThreadTrack& t, const SampledRun& run)
{
    if (t.tid == run.interpreterPid)
        return u"MainThread"_s;
    const QString name = run.names.value(t.tid);
    return name.isEmpty() ? u"tid %1"_s.arg(t.tid) : name;
}

// Over each stretch of time in which no thread of the process changed: the one that ran while
// another waited for the GIL.
void addHolders(std::vector<GilHold>& out, const QList<ThreadStates>& process)
{
    std::vector<qint64> bounds;
    for (const ThreadStates& t : process) {
        for (const StateSlice& s : t.states) {
            bounds.push_back(s.startNs);
            bounds.push_back(s.endNs);
        }
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    std::vector<size_t> cursor(size_t(process.size()), 0);
    for (size_t b = 0; b + 1 < bounds.size(); ++b) {
        int waiting = 0;
        int running = 0;
        qint64 runner = 0;
        for (qsizetype i = 0; i < process.size(); ++i) {
            const StateSlices& states = process.at(i).states;
            size_t& c = cursor[size_t(i)];
            while (c < states.size() && states[c].endNs <= bounds[b])
                ++c;
            if (c == states.size() || states[c].startNs > bounds[b])
                continue;
            waiting += int(states[c].state == TaskState::Gil);
            if (states[c].state == TaskState::Running) {
                ++running;
                runner = process.at(i).tid;
            }
        }
        if (waiting == 0 || running != 1)
            continue;
        if (!out.empty() && out.back().tid == runner && out.back().endNs == bounds[b])
            out.back().endNs = bounds[b + 1];
        else
            out.push_back({runner, bounds[b], bounds[b + 1]});
    }
}

} // namespace

StateSlices statesWithin(const StateSlices& slices, qint64 from, qint64 to)
{
    StateSlices out;
    if (slices.empty() || to <= from)
        return out;
    auto it = std::upper_bound(slices.cbegin(), slices.cend(), from,
                               [](qint64 t, const StateSlice& s) { return t < s.endNs; });
    // A gap before a slice (the thread not yet found) takes the state found after it; the time
    // after the last, the last one's.
    const TaskState after = it != slices.cend() ? it->state : slices.back().state;
    qint64 cursor = from;
    for (; it != slices.cend() && it->startNs < to; ++it) {
        const qint64 end = std::min(it->endNs, to);
        appendState(out, it->state, cursor, end);
        cursor = std::max(cursor, end);
    }
    appendState(out, out.empty() ? after : out.back().state, cursor, to);
    return out;
}

SampledStates sampledStates(const std::vector<ThreadTrack>& tracks, const SampledRun& run)
{
    const std::map<Key, Intervals> pool = poolTasks(run);
    std::map<qint64, std::vector<const ThreadTrack*>> byProcess;
    for (const ThreadTrack& t : tracks)
        byProcess[t.pid].push_back(&t);
    SampledStates out;
    std::map<Key, StateSlices> byThread;
    for (const auto& [pid, process] : byProcess) {
        ProcessReader reader{run, pool, run.freeThreaded ? std::vector<quint64>{} : findGil(process), {}};
        for (const ThreadTrack* t : process) {
            if (const auto own = pool.find({t->pid, t->tid}); own != pool.cend())
                reader.findIdleWords(*t, own->second);
        }
        QList<ThreadStates> threads;
        for (const ThreadTrack* t : process) {
            StateSlices states = reader.slicesOf(*t);
            StateSlices& all = byThread[{t->pid, t->tid}]; // a tid used again: one after the other
            all.insert(all.end(), states.cbegin(), states.cend());
            threads.append({t->pid, t->tid, labelOf(*t, run), totalsOf(states), std::move(states)});
        }
        addHolders(out.gilHolder, threads);
        out.threads += threads;
    }
    std::sort(out.gilHolder.begin(), out.gilHolder.end(),
              [](const GilHold& a, const GilHold& b) { return a.startNs < b.startNs; });
    const std::set<int> awaiting = awaitingTasks(run);
    for (const TaskSpan& s : run.spans) {
        if (s.worker < 0 || s.worker >= run.workers.size() || s.startNs < 0 || s.endNs <= s.startNs)
            continue;
        if (awaiting.contains(s.task)) { // the loop ran the others meanwhile: this one awaited
            out.tasks.emplace_back(s.task, StateSlices{{TaskState::Waiting, s.startNs, s.endNs}});
            continue;
        }
        const WorkerInfo& w = run.workers.at(s.worker);
        if (const auto it = byThread.find({w.pid, w.tid}); it != byThread.cend() && !it->second.empty())
            out.tasks.emplace_back(s.task, statesWithin(it->second, s.startNs, s.endNs));
    }
    return out;
}

} // namespace Lab
