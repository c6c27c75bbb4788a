#include "report/jsonexport.h"

#include "report/analysis.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Lab::Export {

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject taskToJson(const RunResult& run, const TaskSpan& span)
{
    const TaskSpec& task = run.tasks.at(span.task);
    const bool started = span.worker >= 0;
    const WorkerInfo* worker = started ? &run.workers.at(span.worker) : nullptr;
    const bool ok = span.status == TaskStatus::Ok;
    QJsonObject o{
        {u"id"_s, span.task},
        {u"label"_s, task.label},
        {u"worker"_s, worker ? QJsonValue(worker->name) : QJsonValue()},
        {u"pid"_s, worker ? QJsonValue(worker->pid) : QJsonValue()},
        {u"thread"_s, worker ? QJsonValue(worker->tid) : QJsonValue()},
        {u"start_ms"_s, span.startNs >= 0 ? QJsonValue(ms(span.startNs)) : QJsonValue()},
        {u"end_ms"_s, span.endNs >= 0 ? QJsonValue(ms(span.endNs)) : QJsonValue()},
        {u"ok"_s, ok},
        {u"status"_s, taskStatusId(span.status)},
        {u"result"_s, ok ? QJsonValue(span.text) : QJsonValue()},
        {u"error"_s, ok || span.status == TaskStatus::NotStarted ? QJsonValue() : QJsonValue(span.text)},
    };
    if (task.workload == Workload::Squares)
        o.insert(u"n"_s, task.n);
    return o;
}

QJsonObject sampleToJson(const CpuSample& s)
{
    QJsonArray cores;
    for (float c : s.coresPct)
        cores.append(double(c));
    return {{u"t_ms"_s, ms(s.tNs)},
            {u"process_pct"_s, s.processPct},
            {u"system_pct"_s, s.systemPct},
            {u"cores_pct"_s, cores}};
}

} // namespace

QJsonObject runToJson(const QList<RunResultPtr>& runs, qsizetype index)
{
    const RunResult& run = *runs.at(index);
    QJsonArray tasks;
    for (const TaskSpan& span : run.spans)
        tasks.append(taskToJson(run, span));
    QJsonArray samples;
    for (const CpuSample& s : run.samples)
        samples.append(sampleToJson(s));
    const CpuTimes total = CpuTimes(run.appCpu) += run.workersCpu;
    return {
        {u"lab"_s, run.config.labNumber >= 0 ? QJsonValue(run.config.labNumber) : QJsonValue()},
        {u"workload"_s, workloadId(run.config.workload)},
        {u"strategy"_s, strategyId(run.config.strategy)},
        {u"runtime"_s, runtimeId(run.config.runtime)},
        {u"interpreter"_s, run.interpreter.isEmpty() ? QJsonValue() : QJsonValue(run.interpreter)},
        {u"workers"_s, run.config.workers},
        {u"gil"_s, run.config.gil},
        {u"started_utc"_s, run.startedUtc.toString(Qt::ISODateWithMs)},
        {u"wall_ms"_s, ms(run.wallNs)},
        {u"start_up_ms"_s, ms(run.startUpNs)},
        {u"cpu_ms"_s, QJsonObject{{u"user"_s, ms(total.userNs)},
                                  {u"system"_s, ms(total.systemNs)},
                                  {u"app_user"_s, ms(run.appCpu.userNs)},
                                  {u"app_system"_s, ms(run.appCpu.systemNs)},
                                  {u"workers_user"_s, ms(run.workersCpu.userNs)},
                                  {u"workers_system"_s, ms(run.workersCpu.systemNs)},
                                  {u"front_end_user"_s, ms(run.frontEndCpu.userNs)},
                                  {u"front_end_system"_s, ms(run.frontEndCpu.systemNs)}}},
        {u"cpu_utilisation_pct"_s, Analysis::cpuUtilisationPct(run)},
        {u"cancelled"_s, run.cancelled},
        {u"error"_s, run.error.isEmpty() ? QJsonValue() : QJsonValue(run.error)},
        {u"speedup_vs_sequential"_s, orNull(Analysis::speedupVsSequential(runs, index))},
        {u"ideal_speedup"_s, Analysis::idealSpeedup(run.config)},
        {u"best_speedup_any_order"_s, Analysis::bestSpeedupAnyOrder(run.config)},
        {u"tasks"_s, tasks},
        {u"cpu_samples"_s, samples},
    };
}

QJsonObject sessionToJson(const QList<RunResultPtr>& runs, const MachineInfo& machine)
{
    QJsonArray array;
    for (qsizetype i = 0; i < runs.size(); ++i)
        array.append(runToJson(runs, i));
    return {{u"schema"_s, QString::fromUtf16(schema)},
            {u"machine"_s, QJsonObject{{u"cores"_s, machine.cores},
                                       {u"cpu_model"_s, machine.cpuModel},
                                       {u"os"_s, machine.os},
                                       {u"qt"_s, machine.qt},
                                       {u"app"_s, machine.app}}},
            {u"runs"_s, array}};
}

QByteArray sessionJson(const QList<RunResultPtr>& runs, const MachineInfo& machine)
{
    qsizetype tasks = 0;
    for (const auto& r : runs)
        tasks += qsizetype(r->spans.size());
    // Indented for people to read, compact when it would run to hundreds of megabytes.
    const auto format = tasks <= 10'000 ? QJsonDocument::Indented : QJsonDocument::Compact;
    return QJsonDocument(sessionToJson(runs, machine)).toJson(format);
}

QByteArray sessionCsv(const QList<RunResultPtr>& runs)
{
    QByteArray csv =
        "runtime,workload,strategy,workers,gil,wall_ms,cpu_user_ms,cpu_system_ms,cpu_utilisation_pct,"
        "speedup_vs_sequential,tasks_ok,tasks_failed,tasks_cancelled,cancelled\n";
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunResult& r = *runs.at(i);
        const auto speedup = Analysis::speedupVsSequential(runs, i);
        const CpuTimes total = CpuTimes(r.appCpu) += r.workersCpu;
        const QString row = u"%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14\n"_s
                                .arg(runtimeId(r.config.runtime), workloadId(r.config.workload),
                                     strategyId(r.config.strategy))
                                .arg(r.config.workers)
                                .arg(r.config.gil ? u"true"_s : u"false"_s)
                                .arg(ms(r.wallNs), 0, 'f', 3)
                                .arg(ms(total.userNs), 0, 'f', 3)
                                .arg(ms(total.systemNs), 0, 'f', 3)
                                .arg(Analysis::cpuUtilisationPct(r), 0, 'f', 1)
                                .arg(speedup ? QString::number(*speedup, 'f', 3) : QString())
                                .arg(r.count(TaskStatus::Ok))
                                .arg(r.count(TaskStatus::Failed) + r.count(TaskStatus::TimedOut))
                                .arg(r.count(TaskStatus::Cancelled))
                                .arg(r.cancelled ? u"true"_s : u"false"_s);
        csv += row.toUtf8();
    }
    return csv;
}

std::optional<QString> writeFile(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A device (/dev/null, /dev/full, a pipe): write into it; a save file would replace it.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size() || !device.flush())
            return QCoreApplication::translate("Lab::Export", "cannot write %1: %2")
                .arg(path, device.errorString());
        return std::nullopt;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Lab::Export", "cannot write %1: %2")
            .arg(path, file.errorString());
    // Qt 6.4's commit() does not check its own last flush: on a full disk it would keep a cut
    // file and say it was written. Flush first, so that the error is seen and the file dropped.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return QCoreApplication::translate("Lab::Export", "cannot write %1: %2")
            .arg(path, file.errorString());
    return std::nullopt;
}

} // namespace Lab::Export
