#pragma once

#include "runresult.h"

#include <QJsonObject>

// What schema @2 added to @1 so that a session file can be opened again as it was: the parts of a
// run's config that are not in its tasks, every worker (those that ran nothing among them), the
// machine's CPU over the run, and the states of sampled threads. Written beside the rest by
// jsonexport.cpp, read by jsonimport.cpp.
namespace Lab::Export {

inline constexpr EnumId<WorkerKind> workerKindIds[] = {{WorkerKind::Sequential, u"sequential"},
                                                       {WorkerKind::EventLoop, u"event_loop"},
                                                       {WorkerKind::Thread, u"thread"},
                                                       {WorkerKind::Process, u"process"}};
static_assert(coversEnum(workerKindIds, WorkerKind::Process));

// The config's fields that neither the run's head nor its tasks carry.
QJsonObject configToJson(const RunConfig& config);
QJsonObject workerToJson(const WorkerInfo& worker);
// In ns, as measured: the disturbance is worked out from them again.
QJsonObject machineCpuToJson(const MachineCpu& machine);

} // namespace Lab::Export
