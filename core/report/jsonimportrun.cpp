// One run of a session file, field by field as jsonexport.cpp and sessionfields.cpp write it.
#include "report/jsonfields.h"
#include "report/sessionfields.h"

#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Lab::Export::Read {

namespace {

Fields item(const QJsonValue& value, int run, const char* list, qsizetype index)
{
    return Fields::of(value, {run, list, index});
}

// What @2 keeps in "config"; @1 files get them from their tasks (see fromTasks()).
void readMoreConfig(const Fields& more, RunConfig& c)
{
    c.batch = more.integer32("batch"_L1);
    c.cities = more.texts("cities"_L1);
    c.taskCount = more.integer32("task_count"_L1);
    c.delayMs = more.integer32("delay_ms"_L1);
    for (const auto& n : more.list("squares_n"_L1)) {
        if (!n.isDouble() || n.toDouble() != std::floor(n.toDouble()))
            more.refuse(Tr::tr("%1 should be %2").arg("squares_n"_L1, Tr::tr("a list of whole numbers")));
        c.squaresN.append(n.toInteger());
    }
    c.counterAdds = more.integer32("counter_adds"_L1);
    c.batchSize = more.integer32("batch_size"_L1);
    c.taskTimeoutMs = more.integer32("task_timeout_ms"_L1);
    c.python = more.text("python"_L1);
    c.pythonStartTimeoutMs = more.integer32("python_start_timeout_ms"_L1);
    c.scheduler = more.textOrEmpty("scheduler"_L1); // a cluster's address; absent before lab 9
}

RunConfig configOf(const Fields& run, int version)
{
    RunConfig c;
    c.labNumber = run.has("lab"_L1) ? run.integer32("lab"_L1) : -1;
    c.workload = run.id(workloadIds, "workload"_L1);
    c.strategy = run.id(strategyIds, "strategy"_L1);
    c.variant = run.has("variant"_L1) ? run.id(variantIds, "variant"_L1) : Variant::None;
    c.runtime = run.id(runtimeIds, "runtime"_L1);
    c.workers = run.integer32("workers"_L1);
    c.gil = run.flag("gil"_L1);
    c.outDir = run.textOrEmpty("out_dir"_L1);
    if (run.has("prediction_ms"_L1))
        c.predictionMs = std::llround(run.number("prediction_ms"_L1));
    c.repeat = run.integer32("repeat"_L1);
    c.warmup = run.flag("warmup"_L1);
    if (version >= 2)
        readMoreConfig(run.object("config"_L1), c);
    else
        c.batch = 1; // @1 kept no batches: one, the runs compared with its one-at-a-time run
    return c;
}

WorkerInfo workerOf(const Fields& w)
{
    return {
        w.id(workerKindIds, "kind"_L1), w.text("name"_L1),        w.integer("pid"_L1), w.integer("tid"_L1),
        w.nsOrNone("spawn_ms"_L1),      w.nsOrNone("ready_ms"_L1)};
}

// @1 named a task's worker only: the workers are those that ran a task, in order of appearance.
WorkerKind kindOfName(const QString& name, Strategy strategy)
{
    if (name.startsWith(u"thread"_s))
        return WorkerKind::Thread;
    if (name.startsWith(u"process"_s))
        return WorkerKind::Process;
    if (name.startsWith(u"event"_s) || strategy == Strategy::Coroutines)
        return WorkerKind::EventLoop;
    return WorkerKind::Sequential;
}

int workerOfTask(const Fields& t, RunResult& r, int version)
{
    if (version >= 2) {
        if (!t.has("worker_index"_L1))
            return -1;
        const int w = t.integer32("worker_index"_L1);
        if (w < 0 || w >= r.workers.size())
            t.refuse(
                Tr::tr("worker_index %1 is not one of the run's %2 workers").arg(w).arg(r.workers.size()));
        return w;
    }
    if (!t.has("worker"_L1))
        return -1;
    const WorkerInfo named{kindOfName(t.text("worker"_L1), r.config.strategy), t.text("worker"_L1),
                           t.integer("pid"_L1), t.integer("thread"_L1)};
    for (int i = 0; i < r.workers.size(); ++i) {
        const WorkerInfo& w = r.workers.at(i);
        if (w.name == named.name && w.pid == named.pid && w.tid == named.tid)
            return i;
    }
    r.workers.append(named);
    return int(r.workers.size() - 1);
}

StateSlices statesOf(const Fields& owner)
{
    StateSlices states;
    for (const auto& v : owner.list("states"_L1)) {
        const Fields s = Fields::of(v, owner.place());
        states.push_back({s.id(taskStateIds, "state"_L1), s.ns("start_ms"_L1), s.ns("end_ms"_L1)});
    }
    return states;
}

StateTotals stateTotalsOf(const Fields& owner)
{
    const Fields ms = owner.object("state_ms"_L1);
    StateTotals totals;
    for (TaskState s : allTaskStates) {
        const QByteArray key = taskStateId(s).toLatin1();
        totals[s] = ms.ns(QLatin1StringView(key));
    }
    return totals;
}

// A task's spec as its run made it; @1 files, whose configs lack the lists, get them from the tasks.
TaskSpec specOf(const Fields& t, const RunConfig& c, int index)
{
    TaskSpec spec;
    spec.id = index;
    spec.workload = c.workload;
    spec.label = t.text("label"_L1);
    spec.delayMs = c.workload == Workload::Squares || c.workload == Workload::Counter ? 0 : c.delayMs;
    if (c.workload == Workload::Squares)
        spec.n = t.integer("n"_L1);
    if (c.workload == Workload::Logs)
        spec.filePath = QDir(c.outDir).filePath(spec.label);
    return spec;
}

void fromTasks(RunResult& r)
{
    r.config.taskCount = int(r.tasks.size());
    for (const TaskSpec& t : std::as_const(r.tasks)) {
        if (r.config.workload == Workload::Weather)
            r.config.cities.append(t.label);
        if (r.config.workload == Workload::Squares)
            r.config.squaresN.append(t.n);
    }
}

TaskSpan spanOf(const Fields& t, RunResult& r, int index, int version)
{
    if (t.integer("id"_L1) != index)
        t.refuse(Tr::tr("id %1 should be %2, its place").arg(t.integer("id"_L1)).arg(index));
    TaskSpan span;
    span.task = index;
    span.worker = workerOfTask(t, r, version);
    span.submittedNs = t.nsOrNone("submitted_ms"_L1);
    span.startNs = t.nsOrNone("start_ms"_L1);
    span.endNs = t.nsOrNone("end_ms"_L1);
    span.sentNs = t.nsOrNone("sent_ms"_L1);
    span.returnedNs = t.nsOrNone("returned_ms"_L1);
    span.status = t.id(taskStatusIds, "status"_L1);
    span.text = t.textOrEmpty(span.status == TaskStatus::Ok ? "result"_L1 : "error"_L1);
    span.states = statesOf(t);
    return span;
}

void readTasks(const Fields& run, RunResult& r, int version)
{
    const QJsonArray tasks = run.list("tasks"_L1);
    const int runIndex = run.place().run;
    if (version >= 2) {
        r.tasks = makeTasks(r.config);
        if (r.tasks.size() != tasks.size())
            run.refuse(Tr::tr("%1 tasks, where its config makes %2").arg(tasks.size()).arg(r.tasks.size()));
    }
    r.spans.reserve(std::size_t(tasks.size()));
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Fields t = item(tasks.at(i), runIndex, "tasks", i);
        if (version < 2)
            r.tasks.append(specOf(t, r.config, int(i)));
        r.tasks[i].label = t.text("label"_L1); // what the run called it, CPython's runs among them
        r.spans.push_back(spanOf(t, r, int(i), version));
    }
    if (version < 2)
        fromTasks(r);
}

void readLists(const Fields& run, RunResult& r)
{
    const int at = run.place().run;
    const QJsonArray threads = run.list("threads"_L1);
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const Fields t = item(threads.at(i), at, "threads", i);
        r.threads.append({t.integer("pid"_L1), t.integer("tid"_L1), t.text("label"_L1), stateTotalsOf(t),
                          t.has("states"_L1) ? statesOf(t) : StateSlices{}});
    }
    const QJsonArray holds = run.list("gil_holder"_L1);
    for (qsizetype i = 0; i < holds.size(); ++i) {
        const Fields h = item(holds.at(i), at, "gil_holder", i);
        r.gilHolder.push_back({h.integer("tid"_L1), h.ns("start_ms"_L1), h.ns("end_ms"_L1)});
    }
    const QJsonArray samples = run.list("cpu_samples"_L1);
    r.samples.reserve(samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const Fields s = item(samples.at(i), at, "cpu_samples", i);
        CpuSample sample{s.ns("t_ms"_L1), s.number("process_pct"_L1), s.number("system_pct"_L1), {}};
        for (const auto& c : s.list("cores_pct"_L1)) {
            if (!c.isDouble())
                s.refuse(Tr::tr("%1 should be %2").arg("cores_pct"_L1, Tr::tr("a list of numbers")));
            sample.coresPct.append(float(c.toDouble()));
        }
        r.samples.append(std::move(sample));
    }
}

void readTimes(const Fields& run, RunResult& r, int version)
{
    r.startedUtc = QDateTime::fromString(run.text("started_utc"_L1), Qt::ISODateWithMs);
    if (!r.startedUtc.isValid())
        run.refuse(Tr::tr("started_utc '%1' is not a date and time").arg(run.text("started_utc"_L1)));
    r.wallNs = run.ns("wall_ms"_L1);
    r.startUpNs = run.ns("start_up_ms"_L1);
    const Fields cpu = run.object("cpu_ms"_L1);
    r.appCpu = {cpu.ns("app_user"_L1), cpu.ns("app_system"_L1)};
    r.workersCpu = {cpu.ns("workers_user"_L1), cpu.ns("workers_system"_L1)};
    r.frontEndCpu = {cpu.ns("front_end_user"_L1), cpu.ns("front_end_system"_L1)};
    if (version >= 2) {
        const Fields m = run.object("machine_cpu"_L1);
        r.machine = {m.integer("busy_ns"_L1), m.integer("steal_ns"_L1), m.integer("total_ns"_L1),
                     m.integer("elapsed_ns"_L1)};
    }
}

void readEnd(const Fields& run, RunResult& r)
{
    r.cancelled = run.flag("cancelled"_L1);
    r.error = run.textOrEmpty("error"_L1);
    r.interpreter = run.textOrEmpty("interpreter"_L1);
    if (run.has("counter"_L1)) {
        const Fields c = run.object("counter"_L1);
        r.counter = CounterTally{c.integer("expected"_L1), c.integer("actual"_L1)};
    }
    if (run.has("cluster"_L1)) {
        const Fields c = run.object("cluster"_L1);
        r.cluster = ClusterInfo{c.text("scheduler"_L1),      c.flag("local"_L1),
                                c.integer("start_up_ns"_L1), c.integer("connect_ns"_L1),
                                c.integer32("workers"_L1),   c.integer32("remote_workers"_L1)};
        const QJsonArray lost = c.list("lost_attempts"_L1);
        for (qsizetype i = 0; i < lost.size(); ++i) {
            const Fields a = item(lost.at(i), run.place().run, "cluster.lost_attempts", i);
            r.lostAttempts.append({a.integer32("task"_L1), a.integer32("worker_index"_L1),
                                   a.integer("start_ns"_L1), a.integer("lost_ns"_L1)});
        }
    }
    if (run.has("deadlock"_L1)) {
        const QJsonArray cycle = run.object("deadlock"_L1).list("cycle"_L1);
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            const Fields w = item(cycle.at(i), run.place().run, "deadlock.cycle", i);
            r.deadlock.append({w.text("thread"_L1), w.text("waits_for"_L1), w.text("held_by"_L1)});
        }
    }
}

} // namespace

RunResultPtr readRun(const QJsonValue& value, int run, int version)
{
    const Fields fields = Fields::of(value, {run});
    auto r = std::make_shared<RunResult>();
    r->config = configOf(fields, version);
    if (version >= 2) {
        const QJsonArray workers = fields.list("worker_info"_L1);
        for (qsizetype i = 0; i < workers.size(); ++i)
            r->workers.append(workerOf(item(workers.at(i), run, "worker_info", i)));
    }
    readTasks(fields, *r, version);
    readLists(fields, *r);
    readTimes(fields, *r, version);
    readEnd(fields, *r);
    return r;
}

} // namespace Lab::Export::Read
