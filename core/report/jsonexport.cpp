#include "report/jsonexport.h"

#include "files.h"
#include "report/analysis.h"
#include "report/noise.h"
#include "report/sessionfields.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// The guess made before the run, if any, in milliseconds.
std::optional<double> predictionMs(const RunConfig& config)
{
    return config.predictionMs ? std::optional(double(*config.predictionMs)) : std::nullopt;
}

QJsonValue msOrNull(qint64 ns)
{
    return ns >= 0 ? QJsonValue(ms(ns)) : QJsonValue();
}

// Every state, 0 ms among them, so that a reader need not know which can occur where.
QJsonObject stateMsToJson(const StateTotals& totals)
{
    QJsonObject o;
    for (TaskState s : allTaskStates)
        o.insert(taskStateId(s), ms(totals[s]));
    return o;
}

QJsonArray statesToJson(const StateSlices& states)
{
    QJsonArray a;
    for (const StateSlice& s : states)
        a.append(QJsonObject{
            {u"state"_s, taskStateId(s.state)}, {u"start_ms"_s, ms(s.startNs)}, {u"end_ms"_s, ms(s.endNs)}});
    return a;
}

QJsonObject threadToJson(const ThreadStates& t)
{
    return {{u"pid"_s, t.pid},
            {u"tid"_s, t.tid},
            {u"label"_s, t.label},
            {u"state_ms"_s, stateMsToJson(t.totals)},
            {u"states"_s, statesToJson(t.states)}};
}

QJsonObject gilHoldToJson(const GilHold& h)
{
    return {{u"tid"_s, h.tid}, {u"start_ms"_s, ms(h.startNs)}, {u"end_ms"_s, ms(h.endNs)}};
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
        {u"worker_index"_s, started ? QJsonValue(span.worker) : QJsonValue()},
        {u"pid"_s, worker ? QJsonValue(worker->pid) : QJsonValue()},
        {u"thread"_s, worker ? QJsonValue(worker->tid) : QJsonValue()},
        {u"submitted_ms"_s, msOrNull(span.submittedNs)},
        {u"start_ms"_s, msOrNull(span.startNs)},
        {u"end_ms"_s, msOrNull(span.endNs)},
        {u"sent_ms"_s, msOrNull(span.sentNs)},
        {u"returned_ms"_s, msOrNull(span.returnedNs)},
        {u"states"_s, statesToJson(span.states)},
        {u"state_ms"_s, stateMsToJson(totalsOf(span.states))},
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

// A value alone, compact: the line of one task, one sample, one field.
QByteArray compact(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

QJsonValue spreadToJson(const std::optional<Noise::Spread>& s)
{
    if (!s)
        return QJsonValue::Null;
    return QJsonObject{{u"median"_s, s->median}, {u"min"_s, s->min}, {u"max"_s, s->max}};
}

QJsonArray suspectsToJson(const QList<Noise::Suspect>& suspects)
{
    QJsonArray ids;
    for (Noise::Suspect s : suspects)
        ids.append(idOf(Noise::suspectIds, s));
    return ids;
}

QJsonValue disturbanceToJson(const RunResult& run)
{
    const auto d = Noise::disturbanceOf(run);
    if (!d)
        return QJsonValue::Null;
    return QJsonObject{{u"other_cpu_pct"_s, d->otherCpuPct},
                       {u"steal_pct"_s, d->stealPct},
                       {u"disturbed"_s, d->disturbed()}};
}

QJsonValue variantToJson(Variant v)
{
    return v == Variant::None ? QJsonValue() : QJsonValue(variantId(v));
}

QJsonValue counterToJson(const std::optional<CounterTally>& c)
{
    if (!c)
        return QJsonValue::Null;
    return QJsonObject{{u"expected"_s, c->expected}, {u"actual"_s, c->actual}, {u"lost"_s, c->lost()}};
}

QJsonValue deadlockToJson(const QList<LockWait>& cycle)
{
    if (cycle.isEmpty())
        return QJsonValue::Null;
    QJsonArray edges;
    for (const LockWait& w : cycle)
        edges.append(
            QJsonObject{{u"thread"_s, w.thread}, {u"waits_for"_s, w.lock}, {u"held_by"_s, w.heldBy}});
    return QJsonObject{{u"cycle"_s, edges}};
}

// Lab 9's: the Dask cluster the run had, and the tasks it ran again after losing a worker.
QJsonValue clusterToJson(const RunResult& run)
{
    if (!run.cluster)
        return QJsonValue::Null;
    const ClusterInfo& c = *run.cluster;
    QJsonArray lost;
    for (const LostAttempt& a : run.lostAttempts)
        lost.append(QJsonObject{{u"task"_s, a.task},
                                {u"worker_index"_s, a.worker},
                                {u"start_ns"_s, a.startNs},
                                {u"lost_ns"_s, a.lostNs}});
    return QJsonObject{{u"scheduler"_s, c.scheduler},   {u"local"_s, c.local},
                       {u"start_up_ns"_s, c.startUpNs}, {u"connect_ns"_s, c.connectNs},
                       {u"workers"_s, c.workers},       {u"remote_workers"_s, c.remoteWorkers},
                       {u"lost_attempts"_s, lost}};
}

// The fields of a run that are not lists, the folder its log files are in among them. `group`: its
// kind's place in the summary.
QJsonObject runHead(const QList<RunResultPtr>& runs, qsizetype index, qsizetype group)
{
    const RunResult& run = *runs.at(index);
    const CpuTimes total = CpuTimes(run.appCpu) += run.workersCpu;
    const bool logs = run.config.workload == Workload::Logs;
    return {
        {u"lab"_s, run.config.labNumber >= 0 ? QJsonValue(run.config.labNumber) : QJsonValue()},
        {u"workload"_s, workloadId(run.config.workload)},
        {u"strategy"_s, strategyId(run.config.strategy)},
        {u"variant"_s, variantToJson(run.config.variant)},
        {u"runtime"_s, runtimeId(run.config.runtime)},
        {u"interpreter"_s, run.interpreter.isEmpty() ? QJsonValue() : QJsonValue(run.interpreter)},
        {u"workers"_s, run.config.workers},
        {u"gil"_s, run.config.gil},
        {u"config"_s, configToJson(run.config)},
        {u"machine_cpu"_s, machineCpuToJson(run.machine)},
        {u"out_dir"_s, logs ? QJsonValue(QFileInfo(run.config.outDir).absoluteFilePath()) : QJsonValue()},
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
        {u"cpu_utilisation_pct"_s, orNull(Analysis::cpuUtilisationPct(run))},
        {u"gil_kind"_s, idOf(gilKindIds, run.gilKind())},
        {u"state_ms"_s, stateMsToJson(run.stateTotals())},
        {u"status"_s, idOf(runStatusIds, run.status())},
        {u"counter"_s, counterToJson(run.counter)},
        {u"deadlock"_s, deadlockToJson(run.deadlock)},
        {u"cluster"_s, clusterToJson(run)},
        {u"cancelled"_s, run.cancelled},
        {u"error"_s, run.error.isEmpty() ? QJsonValue() : QJsonValue(run.error)},
        {u"speedup_vs_sequential"_s, orNull(Analysis::speedupVsSequential(runs, index))},
        {u"ideal_speedup"_s, Analysis::idealSpeedup(run.config)},
        {u"best_speedup_any_order"_s, Analysis::bestSpeedupAnyOrder(run.config)},
        {u"prediction_ms"_s, orNull(predictionMs(run.config))},
        {u"repeat"_s, run.config.repeat},
        {u"warmup"_s, run.config.warmup},
        {u"group"_s, group >= 0 ? QJsonValue(group) : QJsonValue()},
        {u"disturbance"_s, disturbanceToJson(run)},
        {u"suspect"_s, suspectsToJson(Noise::suspectsOf(runs, index))},
    };
}

QJsonObject summaryToJson(const QList<RunResultPtr>& runs, const Noise::Summary& s, qsizetype group)
{
    const RunConfig& c = runs.at(s.runs.first())->config;
    return {{u"group"_s, group},
            {u"workload"_s, workloadId(c.workload)},
            {u"strategy"_s, strategyId(c.strategy)},
            {u"variant"_s, variantToJson(c.variant)},
            {u"workers"_s, c.workers},
            {u"gil"_s, c.gil},
            {u"runtime"_s, runtimeId(c.runtime)},
            {u"lab"_s, c.labNumber >= 0 ? QJsonValue(c.labNumber) : QJsonValue()},
            {u"runs"_s, int(s.runs.size())},
            {u"warmups"_s, s.warmups},
            {u"wall_ms"_s, spreadToJson(s.wallMs)},
            {u"speedup"_s, spreadToJson(s.speedup)},
            {u"ideal_speedup"_s, s.idealSpeedup},
            {u"disturbed_runs"_s, s.disturbed},
            {u"suspect"_s, suspectsToJson(s.suspects)}};
}

// Writes as it goes and remembers the first failure, after which it writes nothing more.
class JsonWriter {
public:
    explicit JsonWriter(QIODevice& out) : m_out(out) {}
    bool ok() const { return m_ok; }

    JsonWriter& operator<<(QByteArrayView bytes)
    {
        m_ok = m_ok && Files::writeAll(m_out, bytes);
        return *this;
    }

    // `"key": value,` lines, one a field.
    void fields(const QJsonObject& object, QByteArrayView indent)
    {
        for (auto it = object.begin(); it != object.end() && m_ok; ++it)
            *this << indent << compact(it.key()) << ": " << compact(it.value()) << ",\n";
    }

    // A list, one item a line, each serialised only when its turn comes.
    template <class Items, class ToJson>
    void list(QByteArrayView key, const Items& items, const ToJson& toJson, QByteArrayView end)
    {
        *this << "      \"" << key << "\": [";
        bool first = true;
        for (auto it = items.begin(); it != items.end() && m_ok; ++it, first = false)
            *this << (first ? "\n        " : ",\n        ") << compact(toJson(*it));
        *this << (first ? "]" : "\n      ]") << end;
    }

private:
    QIODevice& m_out;
    bool m_ok = true;
};

} // namespace

bool writeSessionJson(QIODevice& out, const QList<RunResultPtr>& runs, const MachineInfo& machine)
{
    JsonWriter json(out);
    json << "{\n  \"schema\": " << compact(QString::fromUtf16(schema)) << ",\n";
    json.fields({{u"machine"_s, QJsonObject{{u"cores"_s, machine.cores},
                                            {u"cpu_model"_s, machine.cpuModel},
                                            {u"os"_s, machine.os},
                                            {u"qt"_s, machine.qt},
                                            {u"app"_s, machine.app}}}},
                "  ");
    const QList<Noise::Summary> summaries = Noise::summarize(runs);
    QList<qsizetype> groups(runs.size(), -1); // a warm-up's kind has no group when none of it counted
    for (qsizetype g = 0; g < summaries.size(); ++g) {
        for (qsizetype i : summaries.at(g).runs)
            groups[i] = g;
    }
    for (qsizetype i = 0; i < runs.size(); ++i) { // its warm-up shares its group
        for (qsizetype g = 0; g < summaries.size() && groups.at(i) < 0; ++g) {
            if (sameKind(runs.at(i)->config, runs.at(summaries.at(g).runs.first())->config))
                groups[i] = g;
        }
    }
    json << "  \"runs\": [";
    for (qsizetype i = 0; i < runs.size() && json.ok(); ++i) {
        const RunResult& run = *runs.at(i);
        json << (i == 0 ? "\n    {\n" : ",\n    {\n");
        json.fields(runHead(runs, i, groups.at(i)), "      ");
        json.list("worker_info", run.workers, workerToJson, ",\n");
        json.list(
            "tasks", run.spans, [&run](const TaskSpan& s) { return taskToJson(run, s); }, ",\n");
        json.list("threads", run.threads, threadToJson, ",\n");
        json.list("gil_holder", run.gilHolder, gilHoldToJson, ",\n");
        json.list("cpu_samples", run.samples, sampleToJson, "\n");
        json << "    }";
    }
    json << (runs.isEmpty() ? "],\n" : "\n  ],\n");
    QJsonArray summary;
    for (qsizetype g = 0; g < summaries.size(); ++g)
        summary.append(summaryToJson(runs, summaries.at(g), g));
    json << "  \"summary\": " << QJsonDocument(summary).toJson(QJsonDocument::Indented).trimmed() << "\n}\n";
    return json.ok();
}

std::optional<QString> writeSessionJsonFile(const QString& path, const QList<RunResultPtr>& runs,
                                            const MachineInfo& machine)
{
    return Files::writeFile(path, [&](QIODevice& out) { return writeSessionJson(out, runs, machine); });
}

QByteArray sessionCsv(const QList<RunResultPtr>& runs)
{
    QByteArray csv =
        "runtime,workload,strategy,workers,gil,wall_ms,cpu_user_ms,cpu_system_ms,cpu_utilisation_pct,"
        "speedup_vs_sequential,tasks_ok,tasks_failed,tasks_cancelled,cancelled,prediction_ms,repeat,warmup,"
        "other_cpu_pct,steal_pct,disturbed,variant,status,counter_expected,counter_actual,counter_lost\n";
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunResult& r = *runs.at(i);
        const auto speedup = Analysis::speedupVsSequential(runs, i);
        const auto share = Analysis::cpuUtilisationPct(r);
        const CpuTimes total = CpuTimes(r.appCpu) += r.workersCpu;
        const auto guess = predictionMs(r.config);
        const auto d = Noise::disturbanceOf(r);
        const auto counter = [&r](qint64 (*field)(const CounterTally&)) {
            return r.counter ? QString::number(field(*r.counter)) : QString();
        };
        const QString row =
            u"%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14,%15,%16,%17,%18,%19,%20,%21,%22,%23,%24,%25\n"_s
                .arg(runtimeId(r.config.runtime), workloadId(r.config.workload),
                     strategyId(r.config.strategy))
                .arg(r.config.workers)
                .arg(r.config.gil ? u"true"_s : u"false"_s)
                .arg(ms(r.wallNs), 0, 'f', 3)
                .arg(ms(total.userNs), 0, 'f', 3)
                .arg(ms(total.systemNs), 0, 'f', 3)
                .arg(share ? QString::number(*share, 'f', 1) : QString())
                .arg(speedup ? QString::number(*speedup, 'f', 3) : QString())
                .arg(r.count(TaskStatus::Ok))
                .arg(r.count(TaskStatus::Failed) + r.count(TaskStatus::TimedOut))
                .arg(r.count(TaskStatus::Cancelled))
                .arg(r.cancelled ? u"true"_s : u"false"_s)
                .arg(guess ? QString::number(*guess, 'f', 0) : QString())
                .arg(r.config.repeat)
                .arg(r.config.warmup ? u"true"_s : u"false"_s)
                .arg(d ? QString::number(d->otherCpuPct, 'f', 1) : QString())
                .arg(d ? QString::number(d->stealPct, 'f', 1) : QString())
                .arg(!d               ? QString()
                     : d->disturbed() ? u"true"_s
                                      : u"false"_s)
                .arg(r.config.variant == Variant::None ? QString() : variantId(r.config.variant),
                     idOf(runStatusIds, r.status()))
                .arg(counter([](const CounterTally& c) { return c.expected; }),
                     counter([](const CounterTally& c) { return c.actual; }),
                     counter([](const CounterTally& c) { return c.lost(); }));
        csv += row.toUtf8();
    }
    return csv;
}

} // namespace Lab::Export
