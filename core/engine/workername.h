#pragma once

#include "labtypes.h"
#include "runresult.h"

#include <QString>

// What the workers of a run are called, by the engine's executors and by CPython's alike, so
// that the charts, the trace and the tests name the same lanes the same way.
namespace Lab {

// The kind of worker a strategy runs its tasks on.
WorkerKind workerKind(Strategy strategy);
// The kind of worker a run's tasks run on: its strategy's, but the threads of the loop's pool when
// its coroutines hand their blocking calls over (lab 5's fix, asyncio.to_thread).
WorkerKind taskWorkerKind(const RunConfig& config);

// "sequential", "event-loop", "thread-2", "process-1". `number` counts the workers of a pool from
// 1; a run has one sequential worker or one event loop, whose names have none.
QString workerName(WorkerKind kind, int number = 1);

} // namespace Lab
