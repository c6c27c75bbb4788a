#pragma once

#include "taskstate.h"

#include <QList>
#include <QString>

#include <vector>

namespace Lab {

struct LiveRun;
struct TaskSpan;

// What the timeline tells of its tasks' states and of the GIL, apart from any painter: which
// pixels show which state or holder, the legend's states and the tooltips' words.
namespace Timeline {

struct Layout;

// A stretch of time in one of several kinds (a task's state, a GIL holder), in ns since the run began.
struct Stretch {
    qint64 startNs = 0;
    qint64 endNs = 0;
    int key = 0;
};

// Pixels [x0, x1) of one kind.
struct PixelRun {
    int x0 = 0;
    int x1 = 0;
    int key = 0;
    bool operator==(const PixelRun&) const = default;
};

inline constexpr int binPx = 4;

// Where stretches (ordered by start) fall in the columns [x0, x1) of the plot. Each bin of binPx
// columns is split among the kinds in it by their share of its time, in the order they came: a
// stretch wider than a bin lands where it is, and 400 alternating 5 ms slices of a 2 s task, a pixel
// or two each, make regular stripes of their true shares instead of one pixel's noise. What a bin
// cannot show of a small share is carried to the next bin of that kind, so slivers add up rather
// than vanish. Time no stretch covers stays empty; where stretches overlap, the earlier one counts.
std::vector<PixelRun> pixelRuns(const std::vector<Stretch>& stretches, const Layout& g, int x0, int x1);

// The task's states within [fromNs, toNs), keyed by int(TaskState).
std::vector<Stretch> stateStretches(const TaskSpan& span, qint64 fromNs, qint64 toNs);

// The states the tasks of these runs were in for at least `minNs` in all (of a queue, only what shows
// where its worker was free), in the legend's order; none before states are known.
QList<TaskState> statesShown(const QList<LiveRun>& runs, qint64 minNs);

// "computing 512 ms (48%) · waiting for the GIL 540 ms (51%) · queued 3 ms": the shares of the
// time on its worker, and what came before and after; empty when its states are not known.
QString statesText(const TaskSpan& span);

// Who held the GIL, each holder keyed by its lane's place in the run (laneOrder()).
std::vector<Stretch> gilStretches(const LiveRun& run);
// What the strip says instead of holders: why there is no GIL, or that nobody knows who held it;
// empty when it shows holders (or the run is still going).
QString gilNote(const LiveRun& run);
// The strip's tooltip: how many times the GIL changed hands and each thread's share of holding it;
// for a run with a deadlock, the deadlock's (deadlockToolTip()).
QString gilToolTip(const LiveRun& run);

// Lab 8: a task of a deadlock the app found and ended (it failed, waiting for a lock).
bool inDeadlock(const LiveRun& run, const TaskSpan& s);
// "Deadlock: thread-1 waits for lock B, held by thread-2, which waits for lock A, held by thread-1",
// across the strip of a run with a deadlock instead of the GIL's holders; empty for any other run.
QString deadlockCaption(const LiveRun& run);
QString deadlockToolTip(const LiveRun& run);

} // namespace Timeline
} // namespace Lab
