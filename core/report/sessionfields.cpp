#include "report/sessionfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Lab::Export {

namespace {

QJsonValue msOrNull(qint64 ns)
{
    return ns >= 0 ? QJsonValue(double(ns) / 1e6) : QJsonValue();
}

} // namespace

QJsonObject configToJson(const RunConfig& config)
{
    QJsonArray squares;
    for (qint64 n : config.squaresN)
        squares.append(n);
    return {{u"batch"_s, config.batch},          {u"cities"_s, QJsonArray::fromStringList(config.cities)},
            {u"task_count"_s, config.taskCount}, {u"delay_ms"_s, config.delayMs},
            {u"squares_n"_s, squares},           {u"counter_adds"_s, config.counterAdds},
            {u"batch_size"_s, config.batchSize}, {u"task_timeout_ms"_s, config.taskTimeoutMs},
            {u"python"_s, config.python},        {u"python_start_timeout_ms"_s, config.pythonStartTimeoutMs},
            {u"scheduler"_s, config.scheduler}};
}

QJsonObject workerToJson(const WorkerInfo& worker)
{
    return {{u"kind"_s, idOf(workerKindIds, worker.kind)},
            {u"name"_s, worker.name},
            {u"pid"_s, worker.pid},
            {u"tid"_s, worker.tid},
            {u"spawn_ms"_s, msOrNull(worker.spawnNs)},
            {u"ready_ms"_s, msOrNull(worker.readyNs)}};
}

QJsonObject machineCpuToJson(const MachineCpu& machine)
{
    return {{u"busy_ns"_s, machine.busyNs},
            {u"steal_ns"_s, machine.stealNs},
            {u"total_ns"_s, machine.totalNs},
            {u"elapsed_ns"_s, machine.elapsedNs}};
}

} // namespace Lab::Export
