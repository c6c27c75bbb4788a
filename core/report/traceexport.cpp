#include "report/traceexport.h"

#include "report/narrative.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lab::Trace {

namespace {

double us(qint64 ns)
{
    return double(ns) / 1000.0;
}

// Where one run goes in the trace: its own process, shifted to when it really began.
struct Place {
    int pid = 0;
    qint64 offsetNs = 0;
};

QJsonObject metadata(const QString& what, int pid, int tid, const QJsonObject& args)
{
    return {{u"ph"_s, u"M"_s}, {u"name"_s, what}, {u"pid"_s, pid}, {u"tid"_s, tid}, {u"args"_s, args}};
}

QJsonObject event(QStringView phase, const QString& name, const Place& at, int tid, qint64 tNs)
{
    return {{u"ph"_s, phase.toString()}, {u"name"_s, name}, {u"cat"_s, u"task"_s},
            {u"pid"_s, at.pid},          {u"tid"_s, tid},   {u"ts"_s, us(at.offsetNs + tNs)}};
}

void addComplete(QJsonArray& out, QJsonObject e, qint64 startNs, qint64 endNs)
{
    e.insert(u"dur"_s, us(endNs - startNs));
    out.append(e);
}

// An async slice: "b" and "e" with the same id; these may overlap on one thread.
void addAsync(QJsonArray& out, QJsonObject begin, const QString& id, qint64 endNs, const Place& at)
{
    begin.insert(u"id"_s, id);
    QJsonObject end = begin;
    end.insert(u"ph"_s, u"e"_s);
    end.insert(u"ts"_s, us(at.offsetNs + endNs));
    end.remove(u"args"_s);
    out.append(begin);
    out.append(end);
}

void addWorkers(QJsonArray& out, const RunResult& run, const Place& at)
{
    for (int i = 0; i < run.workers.size(); ++i) {
        const WorkerInfo& w = run.workers.at(i);
        const int tid = i + 1;
        out.append(metadata(u"thread_name"_s, at.pid, tid,
                            {{u"name"_s, u"%1 (pid %2, tid %3)"_s.arg(w.name).arg(w.pid).arg(w.tid)}}));
        out.append(metadata(u"thread_sort_index"_s, at.pid, tid, {{u"sort_index"_s, i}}));
        if (w.spawnNs >= 0 && w.readyNs >= w.spawnNs) {
            QJsonObject startUp = event(u"X", u"start-up"_s, at, tid, w.spawnNs);
            startUp.insert(u"cat"_s, u"start-up"_s);
            addComplete(out, startUp, w.spawnNs, w.readyNs);
        }
    }
}

void addTask(QJsonArray& out, const RunResult& run, const TaskSpan& span, const Place& at)
{
    if (span.worker < 0 || span.startNs < 0 || span.endNs < span.startNs)
        return; // never started: nothing to draw
    const int tid = span.worker + 1;
    QJsonObject e = event(u"X", run.tasks.at(span.task).label, at, tid, span.startNs);
    e.insert(u"args"_s, QJsonObject{{u"task"_s, span.task},
                                    {u"status"_s, taskStatusId(span.status)},
                                    {u"result"_s, span.text}});
    const QString id = u"%1.%2"_s.arg(at.pid).arg(span.task);
    if (run.config.strategy == Strategy::Coroutines) {
        e.insert(u"ph"_s, u"b"_s);
        addAsync(out, e, id, span.endNs, at);
    } else {
        addComplete(out, e, span.startNs, span.endNs);
    }
    // Its states: inside the task, nested slices under it (async ones under an async task); before
    // and after it (in the queue, a process pool's hand-over and way back), async slices of their
    // own, since they overlap the worker's other tasks.
    int n = 0;
    for (const StateSlice& st : span.states) {
        const QString name = taskStateId(st.state);
        const bool inside = st.startNs >= span.startNs && st.endNs <= span.endNs;
        if (inside && run.config.strategy != Strategy::Coroutines) {
            QJsonObject x = event(u"X", name, at, tid, st.startNs);
            x.insert(u"cat"_s, u"state"_s);
            addComplete(out, x, st.startNs, st.endNs);
        } else {
            QJsonObject b = event(u"b", name, at, tid, st.startNs);
            if (!inside) {
                b.insert(u"name"_s, u"%1 %2"_s.arg(name).arg(span.task));
                b.insert(u"cat"_s, u"state"_s);
            }
            addAsync(out, b, inside ? id : u"%1.s%2"_s.arg(id).arg(n), st.endNs, at);
        }
        ++n;
    }
}

// Who held the GIL, a track of its own above the workers': one slice a turn, named by its thread.
void addGilHolder(QJsonArray& out, const RunResult& run, const Place& at)
{
    if (run.gilHolder.empty())
        return;
    const int tid = int(run.workers.size()) + 1;
    out.append(metadata(u"thread_name"_s, at.pid, tid, {{u"name"_s, u"GIL"_s}}));
    out.append(metadata(u"thread_sort_index"_s, at.pid, tid, {{u"sort_index"_s, -1}}));
    QHash<qint64, QString> names;
    for (const ThreadStates& t : run.threads)
        names.insert(t.tid, t.label);
    for (const WorkerInfo& w : run.workers)
        names.insert(w.tid, w.name);
    for (const GilHold& h : run.gilHolder) {
        QJsonObject e = event(u"X", names.value(h.tid, u"tid %1"_s.arg(h.tid)), at, tid, h.startNs);
        e.insert(u"cat"_s, u"gil"_s);
        addComplete(out, e, h.startNs, h.endNs);
    }
}

void addSamples(QJsonArray& out, const RunResult& run, const Place& at)
{
    for (const CpuSample& s : run.samples) {
        QJsonObject c = event(u"C", u"CPU %"_s, at, 0, s.tNs);
        c.remove(u"cat"_s);
        c.insert(u"args"_s, QJsonObject{{u"run (% of one core)"_s, s.processPct},
                                        {u"machine (% of all cores)"_s, s.systemPct}});
        out.append(c);
    }
}

} // namespace

QJsonArray traceEvents(const QList<RunResultPtr>& runs)
{
    QJsonArray out;
    const QDateTime origin = runs.isEmpty() ? QDateTime() : runs.first()->startedUtc;
    for (int i = 0; i < runs.size(); ++i) {
        const RunResult& run = *runs.at(i);
        // A CPython run counts from when its script began, after the interpreter's start-up.
        const Place at{i + 1,
                       std::max<qint64>(0, origin.msecsTo(run.startedUtc)) * 1'000'000 + run.startUpNs};
        QString name = u"%1. %2"_s.arg(i + 1).arg(Narrative::runLabel(run.config, true));
        if (!run.interpreter.isEmpty())
            name += u" (%1)"_s.arg(run.interpreter);
        out.append(metadata(u"process_name"_s, at.pid, 0, {{u"name"_s, name}}));
        out.append(metadata(u"process_sort_index"_s, at.pid, 0, {{u"sort_index"_s, i}}));
        addWorkers(out, run, at);
        for (const TaskSpan& span : run.spans)
            addTask(out, run, span, at);
        addGilHolder(out, run, at);
        addSamples(out, run, at);
    }
    return out;
}

QByteArray chromeTrace(const QList<RunResultPtr>& runs)
{
    const QJsonObject trace{{u"traceEvents"_s, traceEvents(runs)}, {u"displayTimeUnit"_s, u"ms"_s}};
    return QJsonDocument(trace).toJson(QJsonDocument::Compact);
}

} // namespace Lab::Trace
