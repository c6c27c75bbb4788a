#pragma once

#include "measure/threadsampler.h"
#include "runresult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace Lab {

// What a sampled CPython run is, for reading its threads' looks.
struct SampledRun {
    qint64 originNs = 0; // the run's time 0, absolute (its "run" event)
    qint64 endNs = 0;    // its end, absolute: its work's end, or when it stopped
    qint64 interpreterPid = 0;
    bool freeThreaded = false;   // no GIL: no futex wait is one for the GIL
    std::vector<TaskSpan> spans; // in the run's time
    QList<WorkerInfo> workers;
    QHash<qint64, QString> names; // the script's name of a worker's thread, by tid
};

// What the looks say, in the run's time.
struct SampledStates {
    std::vector<std::pair<int, StateSlices>> tasks; // each task's states over [startNs, endNs)
    QList<ThreadStates> threads;                    // every sampled thread, over the run
    std::vector<GilHold> gilHolder;
};

// Each look holds until the next one: `running` (on a CPU, or taken off one: state R; a thread woken
// but not yet back on a CPU is still where it waited, see ThreadProbe), `gil` (a futex wait on
// its process's GIL, see findGil()), `lock` (any other futex wait: a queue, a join, a lock), `waiting`
// (blocked in anything else: a sleep, a read, a poll). A pool's worker (a thread or process that runs
// tasks) outside its tasks, not running and not waiting for the GIL, is `idle`; so is any other
// thread of its process waiting on the futex a pool's worker waits on when it has nothing to do. A
// task's states are its thread's over its span, filled to the span exactly: a thread found after
// its task began was doing then what it was first found doing. The GIL's holder over a time is the
// one thread of a process that ran while another waited for the GIL.
SampledStates sampledStates(const std::vector<ThreadTrack>& tracks, const SampledRun& run);

// `slices` (in order, without gaps) over [from, to), filled to it exactly.
StateSlices statesWithin(const StateSlices& slices, qint64 from, qint64 to);

} // namespace Lab
