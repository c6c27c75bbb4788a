#include "timelinestates.h"

#include "engine/session.h"
#include "report/narrative.h"
#include "statefill.h"
#include "timelinelayout.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Lab::Timeline {

namespace {

constexpr int noKey = -1; // time no stretch covers

using Shares = std::vector<std::pair<int, qint64>>; // key, ns; in the order they came

void addShare(Shares& shares, int key, qint64 ns)
{
    if (ns <= 0)
        return;
    const auto it = std::ranges::find(shares, key, &Shares::value_type::first);
    if (it != shares.end())
        it->second += ns;
    else
        shares.emplace_back(key, ns);
}

// Whole pixels for each share of a bin `width` wide: each kind's rounding is carried over in `carry`
// (by key + 1) to its next bin, so that what one bin cannot show another does.
std::vector<int> pixelsOf(const Shares& shares, std::vector<double>& carry, int width)
{
    qint64 total = 0;
    for (const auto& share : shares)
        total += share.second;
    std::vector<double> ideal(shares.size());
    std::vector<int> px(shares.size());
    int sum = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const auto slot = std::size_t(shares[i].first) + 1;
        if (carry.size() <= slot)
            carry.resize(slot + 1, 0.0);
        ideal[i] = double(shares[i].second) / double(total) * width + carry[slot];
        px[i] = std::max(0, int(std::lround(ideal[i])));
        sum += px[i];
    }
    const auto missOf = [&](std::size_t i) { return ideal[i] - px[i]; }; // > 0: given too little
    for (; sum > width; --sum) {                                         // take from where rounding gave most
        std::size_t most = shares.size();
        for (std::size_t i = 0; i < shares.size(); ++i) {
            if (px[i] > 0 && (most == shares.size() || missOf(i) < missOf(most)))
                most = i;
        }
        --px[most];
    }
    for (; sum < width; ++sum) { // give where it gave least
        std::size_t least = 0;
        for (std::size_t i = 1; i < shares.size(); ++i)
            least = missOf(i) > missOf(least) ? i : least;
        ++px[least];
    }
    for (std::size_t i = 0; i < shares.size(); ++i)
        carry[(std::size_t(shares[i].first) + 1)] = std::clamp(missOf(i), -1.0, 1.0);
    return px;
}

// The bin from x0 split among `shares`, joined to the run before when it goes on in the same kind.
void appendBin(std::vector<PixelRun>& out, const Shares& shares, const std::vector<int>& px, int x0)
{
    int x = x0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const int key = shares[i].first;
        if (px[i] > 0 && key != noKey) {
            if (!out.empty() && out.back().key == key && out.back().x1 == x)
                out.back().x1 += px[i];
            else
                out.push_back({x, x + px[i], key});
        }
        x += px[i];
    }
}

// "512 ms", "3.4 ms", "6.01 s"
QString duration(qint64 ns)
{
    const QLocale locale;
    if (ns >= 1'000'000'000)
        return Narrative::seconds(ns, 2);
    return Tr::tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', ns < 10'000'000 ? 1 : 0));
}

QString percent(qint64 part, qint64 whole)
{
    const double pct = whole > 0 && part > 0 ? 100.0 * double(part) / double(whole) : 0;
    if (pct > 0 && pct < 1)
        //: a share below one percent
        return Tr::tr("<1%");
    //: a share in percent
    return Tr::tr("%1%").arg(QLocale().toString(qRound(pct)));
}

// The time tasks waited in the queue while their worker was free: what shows of it under the bars.
qint64 visibleQueue(const LiveRun& run)
{
    std::vector<std::vector<std::pair<qint64, std::size_t>>> byWorker(std::size_t(run.workers.size()));
    for (std::size_t i = 0; i < run.spans.size(); ++i) {
        const TaskSpan& s = run.spans[i];
        if (s.worker >= 0 && s.worker < run.workers.size() && s.startNs >= 0)
            byWorker[std::size_t(s.worker)].emplace_back(s.startNs, i);
    }
    qint64 visible = 0;
    for (auto& spans : byWorker) {
        if (!std::ranges::is_sorted(spans)) // mostly they come sorted
            std::ranges::sort(spans);
        qint64 busyUntil = std::numeric_limits<qint64>::min();
        for (const auto& [start, i] : spans) {
            const TaskSpan& s = run.spans[i];
            for (const StateSlice& q : s.states) {
                if (q.state == TaskState::Queued)
                    visible += std::max<qint64>(0, std::min(q.endNs, start) - std::max(q.startNs, busyUntil));
            }
            busyUntil = std::max(busyUntil, endOf(run, s));
        }
    }
    return visible;
}

bool onWorker(TaskState s)
{
    return s != TaskState::Queued && s != TaskState::Transfer;
}

} // namespace

std::vector<PixelRun> pixelRuns(const std::vector<Stretch>& stretches, const Layout& g, int x0, int x1)
{
    std::vector<PixelRun> out;
    std::vector<double> carry;
    Shares shares;
    std::size_t first = 0;
    const int origin = g.plot.left();
    for (int from = x0; from < x1;) {
        const int bin = int(std::floor(double(from - origin) / binPx));
        const int to = std::min(x1, origin + (bin + 1) * binPx);
        const auto t0 = qint64(g.nsAt(from));
        const auto t1 = qint64(g.nsAt(to));
        while (first < stretches.size() && stretches[first].endNs <= t0)
            ++first;
        shares.clear();
        qint64 cursor = t0;
        for (std::size_t i = first; i < stretches.size() && stretches[i].startNs < t1; ++i) {
            const qint64 start = std::max(cursor, stretches[i].startNs);
            const qint64 end = std::min(t1, stretches[i].endNs);
            if (end <= start)
                continue;
            addShare(shares, noKey, start - cursor);
            addShare(shares, stretches[i].key, end - start);
            cursor = end;
        }
        addShare(shares, noKey, t1 - cursor);
        if (!shares.empty())
            appendBin(out, shares, pixelsOf(shares, carry, to - from), from);
        from = to;
    }
    return out;
}

std::vector<Stretch> stateStretches(const TaskSpan& span, qint64 fromNs, qint64 toNs)
{
    std::vector<Stretch> out;
    for (const StateSlice& s : span.states) {
        const qint64 start = std::max(fromNs, s.startNs);
        const qint64 end = std::min(toNs, s.endNs);
        if (end > start)
            out.push_back({start, end, int(s.state)});
    }
    return out;
}

QList<TaskState> statesShown(const QList<LiveRun>& runs, qint64 minNs)
{
    StateTotals seen;
    for (const LiveRun& run : runs) {
        for (const TaskSpan& span : run.spans) {
            for (const StateSlice& s : span.states) {
                if (s.state != TaskState::Queued)
                    seen[s.state] += s.endNs - s.startNs;
            }
        }
        seen[TaskState::Queued] += visibleQueue(run);
    }
    QList<TaskState> shown;
    for (TaskState s : StateFill::legendStates()) {
        if (seen[s] >= std::max<qint64>(1, minNs))
            shown.append(s);
    }
    return shown;
}

QString statesText(const TaskSpan& span)
{
    const StateTotals totals = totalsOf(span.states);
    if (totals.isEmpty())
        return {};
    const qint64 worked = totals.totalNs() - totals[TaskState::Queued] - totals[TaskState::Transfer];
    QStringList parts;
    for (TaskState s : allTaskStates) { // its time on the worker, then before and after
        if (onWorker(s) && totals[s] > 0)
            //: a state, its time, its share of the task's time on its worker: "computing 512 ms (48%)"
            parts.append(Tr::tr("%1 %2 (%3)")
                             .arg(StateFill::name(s), duration(totals[s]), percent(totals[s], worked)));
    }
    for (TaskState s : {TaskState::Queued, TaskState::Transfer}) {
        if (totals[s] > 0)
            //: a state and its time: "queued 3 ms"
            parts.append(Tr::tr("%1 %2").arg(StateFill::name(s), duration(totals[s])));
    }
    return parts.join(u" · "_s);
}

std::vector<Stretch> gilStretches(const LiveRun& run)
{
    std::vector<Stretch> out;
    if (!run.finished())
        return out;
    std::unordered_map<qint64, int> laneOfTid;
    const std::vector<int> order = laneOrder(run);
    for (std::size_t i = 0; i < order.size(); ++i)
        laneOfTid.emplace(run.workers.at(order[i]).tid, int(i));
    for (const GilHold& h : run.result->gilHolder) {
        const auto lane = laneOfTid.find(h.tid);
        // A thread that ran no task (CPython's main thread) after the lanes.
        out.push_back({h.startNs, h.endNs, lane == laneOfTid.end() ? int(order.size()) : lane->second});
    }
    if (!std::ranges::is_sorted(out, {}, &Stretch::startNs))
        std::ranges::stable_sort(out, {}, &Stretch::startNs);
    return out;
}

QString gilNote(const LiveRun& run)
{
    // Lab 8's threads wait for locks, not for the GIL: their strip is for the deadlock, or its absence.
    if (run.config.workload == Workload::Locks)
        return run.finished() && run.result->deadlock.isEmpty() && run.result->allOk()
                   ? Tr::tr("no deadlock: every thread got both locks")
                   : QString();
    switch (gilKindOf(run.config)) {
    case GilKind::Unlocked:
        return Tr::tr("no GIL simulated: the threads compute at once");
    case GilKind::FreeThreaded:
        return Tr::tr("no GIL: a free-threaded CPython");
    case GilKind::Real:
        if (run.finished() && run.result->gilHolder.empty())
            return Tr::tr("who held the GIL was not sampled");
        return {};
    case GilKind::Simulated:
    case GilKind::None:
        break;
    }
    return {};
}

bool inDeadlock(const LiveRun& run, const TaskSpan& s)
{
    return s.status == TaskStatus::Failed && run.finished() && !run.result->deadlock.isEmpty();
}

QString deadlockCaption(const LiveRun& run)
{
    return run.finished() ? Narrative::deadlockLine(run.result->deadlock) : QString();
}

QString deadlockToolTip(const LiveRun& run)
{
    const QString caption = deadlockCaption(run);
    if (caption.isEmpty())
        return {};
    return caption + u'\n' +
           Tr::tr("Each thread holds the lock the other waits for: none of them can go on. The app found "
                  "the cycle and ended the run after %1.")
               .arg(Narrative::seconds(run.elapsedNs));
}

QString gilToolTip(const LiveRun& run)
{
    if (QString deadlock = deadlockToolTip(run); !deadlock.isEmpty())
        return deadlock;
    QStringList lines{Tr::tr("The GIL: only the thread that holds it may compute")};
    const QString note = gilNote(run);
    if (!note.isEmpty() || !run.finished())
        return note.isEmpty() ? lines.join(u'\n') : lines.join(u'\n') + u'\n' + note;
    const std::vector<GilHold>& holds = run.result->gilHolder;
    int changes = 0;
    std::unordered_map<qint64, qint64> held;
    for (std::size_t i = 0; i < holds.size(); ++i) {
        held[holds[i].tid] += holds[i].endNs - holds[i].startNs;
        changes += i > 0 && holds[i].tid != holds[i - 1].tid;
    }
    lines.append(Tr::tr("It changed hands %n time(s)", nullptr, changes));
    for (int worker : laneOrder(run)) {
        const WorkerInfo& w = run.workers.at(worker);
        //: a thread and its share of the run's time holding the GIL: "thread-1 held it 48% of the time"
        lines.append(Tr::tr("%1 held it %2 of the time")
                         .arg(laneLabel(w), percent(held[w.tid], std::max<qint64>(1, run.elapsedNs))));
    }
    return lines.join(u'\n');
}

} // namespace Lab::Timeline
