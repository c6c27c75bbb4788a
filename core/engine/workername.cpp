#include "engine/workername.h"

using namespace Qt::StringLiterals;

namespace Lab {

WorkerKind workerKind(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Sequential:
        return WorkerKind::Sequential;
    case Strategy::Coroutines:
        return WorkerKind::EventLoop;
    case Strategy::Threads:
        return WorkerKind::Thread;
    case Strategy::Processes:
    case Strategy::Cluster: // a Dask worker is a process, here or on another machine
        return WorkerKind::Process;
    }
    return WorkerKind::Sequential;
}

WorkerKind taskWorkerKind(const RunConfig& config)
{
    if (config.strategy == Strategy::Coroutines && config.variant == Variant::Offloaded)
        return WorkerKind::Thread;
    return workerKind(config.strategy);
}

// Not translated: the names are identifiers, in the trace and the JSON as on the screen.
QString workerName(WorkerKind kind, int number)
{
    switch (kind) {
    case WorkerKind::Sequential:
        return u"sequential"_s;
    case WorkerKind::EventLoop:
        return u"event-loop"_s;
    case WorkerKind::Thread:
        return u"thread-%1"_s.arg(number);
    case WorkerKind::Process:
        return u"process-%1"_s.arg(number);
    }
    return {};
}

} // namespace Lab
