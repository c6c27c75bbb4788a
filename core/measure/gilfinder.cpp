// Where a CPython process keeps its GIL, told from outside by how its threads wait.
//
// CPython up to 3.13 (built with the GIL) keeps it in one small struct (_gil_runtime_state): a mutex,
// a condition variable that threads wanting the GIL wait on (with a timeout of the switch interval,
// 5 ms, after which they ask the holder to let go), and a second mutex and condition on which the
// thread that let go waits until another has taken it. glibc's condition variable waits on one of two
// adjacent words, so the GIL is a handful of futex words within about 200 bytes of each other. The
// waits look like no other lock's in three ways at once:
//  - turns: a thread that computes goes from running to a wait on these words and back, again and
//    again (every switch interval), and so does every thread that wants to compute. A join, a queue
//    or an Event is waited on for long stretches and entered or left a few times at most;
//  - several threads take those turns (one thread alone never waits for the GIL);
//  - while a thread waits for the GIL, another thread of the process runs: the GIL is only held to
//    run Python code. Pool threads waiting on their queue, or a main thread waiting on a join while
//    the others sleep, wait with nobody running.
// So each futex word a thread of the process waited on is scored by its turns (a running look next
// to a look waiting on it), the threads that took them, and the share of its waits during which
// some thread of the process ran. Words closer than gilSpanBytes count together, as parts of one
// struct: the GIL is the group with the most turns among those with turns by two threads or more,
// at least minTurns of them, and busy for at least minBusyShare of its waiting. Every word of that
// group is the GIL, including those only waited on now and then (the switch condition).
//
// It can be fooled by a Python lock that threads take turns on as often as on the GIL, while
// another computes, and that lies within gilSpanBytes of nothing else: such a lock behaves like a
// second GIL, and the busier of the two is taken. Each process has its own GIL (a pool's children),
// so each is looked at alone. A free-threaded build has no GIL: the caller does not ask.
#include "measure/gilfinder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace Lab {

namespace {

constexpr quint64 gilSpanBytes = 256;
constexpr qint64 minTurns = 4;
constexpr double minBusyShare = 0.5;

using Interval = std::pair<qint64, qint64>; // [from, to)

struct Word {
    qint64 turns = 0;
    std::set<qint64> turningThreads;
    qint64 waitNs = 0;
    qint64 busyNs = 0; // of waitNs, while some thread of the process ran
};

qint64 lookEnd(const ThreadTrack& t, size_t i)
{
    return i + 1 < t.looks.size() ? t.looks[i + 1].atNs : t.endNs;
}

bool isRunning(const ThreadTrack::Look& l)
{
    return l.look.activity == ProcStat::ThreadActivity::Running;
}

bool isFutex(const ThreadTrack::Look& l)
{
    return l.look.activity == ProcStat::ThreadActivity::Futex;
}

// When at least one thread of the process ran: sorted, disjoint.
std::vector<Interval> runningTimes(const std::vector<const ThreadTrack*>& process)
{
    std::vector<Interval> all;
    for (const ThreadTrack* t : process) {
        for (size_t i = 0; i < t->looks.size(); ++i) {
            if (isRunning(t->looks[i]))
                all.emplace_back(t->looks[i].atNs, lookEnd(*t, i));
        }
    }
    std::sort(all.begin(), all.end());
    std::vector<Interval> merged;
    for (const Interval& i : all) {
        if (!merged.empty() && i.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, i.second);
        else
            merged.push_back(i);
    }
    return merged;
}

qint64 overlap(const std::vector<Interval>& sorted, qint64 from, qint64 to)
{
    auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), from,
                               [](const Interval& i, qint64 t) { return i.second <= t; });
    qint64 ns = 0;
    for (; it != sorted.cend() && it->first < to; ++it)
        ns += std::min(it->second, to) - std::max(it->first, from);
    return ns;
}

std::map<quint64, Word> scoreWords(const std::vector<const ThreadTrack*>& process)
{
    const std::vector<Interval> running = runningTimes(process);
    std::map<quint64, Word> words;
    for (const ThreadTrack* t : process) {
        for (size_t i = 0; i < t->looks.size(); ++i) {
            const ThreadTrack::Look& l = t->looks[i];
            if (!isFutex(l))
                continue;
            Word& w = words[l.look.futex];
            const qint64 end = lookEnd(*t, i);
            w.waitNs += end - l.atNs;
            w.busyNs += overlap(running, l.atNs, end);
            const int turns = int(i > 0 && isRunning(t->looks[i - 1])) +
                              int(i + 1 < t->looks.size() && isRunning(t->looks[i + 1]));
            w.turns += turns;
            if (turns > 0)
                w.turningThreads.insert(t->tid);
        }
    }
    return words;
}

struct Group {
    qint64 turns = 0;
    size_t threads = 0;
    double busyShare = 0;
};

Group groupAround(const std::map<quint64, Word>& words, quint64 anchor)
{
    Group g;
    std::set<qint64> threads;
    qint64 waitNs = 0;
    qint64 busyNs = 0;
    const quint64 low = anchor > gilSpanBytes ? anchor - gilSpanBytes : 0;
    for (auto it = words.lower_bound(low); it != words.cend() && it->first <= anchor + gilSpanBytes; ++it) {
        g.turns += it->second.turns;
        threads.insert(it->second.turningThreads.cbegin(), it->second.turningThreads.cend());
        waitNs += it->second.waitNs;
        busyNs += it->second.busyNs;
    }
    g.threads = threads.size();
    g.busyShare = waitNs > 0 ? double(busyNs) / double(waitNs) : 0;
    return g;
}

} // namespace

std::vector<quint64> findGil(const std::vector<const ThreadTrack*>& process)
{
    const std::map<quint64, Word> words = scoreWords(process);
    std::optional<quint64> best;
    qint64 bestTurns = 0;
    for (const auto& [address, word] : words) {
        if (word.turns == 0)
            continue;
        const Group g = groupAround(words, address);
        if (g.threads >= 2 && g.turns >= minTurns && g.busyShare >= minBusyShare && g.turns > bestTurns) {
            best = address;
            bestTurns = g.turns;
        }
    }
    std::vector<quint64> gil;
    if (!best)
        return gil;
    const quint64 low = *best > gilSpanBytes ? *best - gilSpanBytes : 0;
    for (auto it = words.lower_bound(low); it != words.cend() && it->first <= *best + gilSpanBytes; ++it)
        gil.push_back(it->first);
    return gil;
}

} // namespace Lab
