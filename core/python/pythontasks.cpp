// Lab 7's "tasks" event: many tasks told at once, after the work, so that telling 100,000 tiny
// tasks costs the run nothing (see resources/python/07_tiny_tasks_in_a_pool.py):
//   {"event":"tasks","workers":[[name,pid,tid],...],
//    "rows":[[task,worker,submit_ns,start_ns,end_ns,returned_ns,ok,result],...]}
// `worker` indexes `workers`; a submit or a return of -1 is not known (one at a time; a result
// that came back with the ones after it).
#include "engine/recorder.h"
#include "python/pythonexecutor.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

struct TaskRow {
    int task = 0;
    qsizetype worker = 0;
    qint64 submitNs = -1;
    qint64 startNs = 0;
    qint64 endNs = 0;
    qint64 returnedNs = -1;
    bool ok = false;
    QString result;
};

// A time: ns, or -1 when `unknownAllowed`; -2 for anything else.
qint64 timeOf(const QJsonValue& v, bool unknownAllowed)
{
    const qint64 t = v.isDouble() ? v.toInteger(-2) : -2;
    return t >= 0 || (unknownAllowed && t == -1) ? t : -2;
}

std::optional<TaskRow> taskRow(const QJsonArray& a, int tasks, qsizetype workers)
{
    if (a.size() != 8 || !a.at(6).isBool() || !a.at(7).isString())
        return std::nullopt;
    TaskRow row{int(a.at(0).toInteger(-1)), qsizetype(a.at(1).toInteger(-1)),
                timeOf(a.at(2), true),      timeOf(a.at(3), false),
                timeOf(a.at(4), false),     timeOf(a.at(5), true),
                a.at(6).toBool(),           a.at(7).toString()};
    const bool known = row.task >= 0 && row.task < tasks && row.worker >= 0 && row.worker < workers;
    const bool times =
        row.submitNs >= -1 && row.startNs >= 0 && row.endNs >= row.startNs && row.returnedNs >= -1;
    if (!known || !times)
        return std::nullopt;
    return row;
}

} // namespace

bool PythonExecutor::onTasks(const QJsonObject& e)
{
    if (!e.value(u"workers"_s).isArray() || !e.value(u"rows"_s).isArray())
        return false;
    const QJsonArray table = e.value(u"workers"_s).toArray();
    const QJsonArray rows = e.value(u"rows"_s).toArray();
    QList<int> workers;
    for (const auto& w : table) {
        const QJsonArray named = w.toArray();
        if (named.size() != 3 || !named.at(0).isString())
            return false;
        workers.append(
            workerOf({{u"worker"_s, named.at(0)}, {u"pid"_s, named.at(1)}, {u"tid"_s, named.at(2)}}));
    }
    Recorder& recorder = *m_context.recorder;
    const bool pool = m_context.config.strategy == Strategy::Processes;
    for (const auto& value : rows) {
        const std::optional<TaskRow> row = taskRow(value.toArray(), recorder.taskCount(), workers.size());
        if (!row)
            return false;
        const int worker = workers.at(row->worker);
        if (row->submitNs >= 0)
            recorder.submitted(row->task, row->submitNs);
        recorder.started(row->task, worker, row->startNs);
        // Pure computing on the one thread of its process: far too short for the thread sampler
        // to see (see PythonThreads::handOver), it says so itself.
        const StateSlice computed{TaskState::Running, row->startNs, row->endNs};
        recorder.finished(row->task, worker, row->startNs, row->endNs,
                          {row->ok ? TaskStatus::Ok : TaskStatus::Failed, row->result},
                          std::span(&computed, 1), {pool ? row->submitNs : -1, row->returnedNs});
    }
    return true;
}

} // namespace Lab
