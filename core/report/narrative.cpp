#include "report/narrative.h"

#include "report/analysis.h"
#include "report/noise.h"
#include "validation.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab::Narrative {

QString strategyName(Strategy s)
{
    switch (s) {
    case Strategy::Sequential:
        return Tr::tr("one at a time");
    case Strategy::Coroutines:
        return Tr::tr("coroutines");
    case Strategy::Threads:
        return Tr::tr("threads");
    case Strategy::Processes:
        return Tr::tr("processes");
    case Strategy::Cluster:
        return Tr::tr("Dask cluster");
    }
    return {};
}

QString workloadName(Workload w)
{
    switch (w) {
    case Workload::Weather:
        return Tr::tr("weather");
    case Workload::Logs:
        return Tr::tr("log files");
    case Workload::Squares:
        return Tr::tr("sums of squares");
    case Workload::Counter:
        return Tr::tr("a shared counter");
    case Workload::Locks:
        return Tr::tr("two locks");
    }
    return {};
}

QString runLabel(const RunConfig& config, bool withWork)
{
    QString name = strategyName(config.strategy);
    if (config.strategy == Strategy::Threads && config.gil && config.variant == Variant::None)
        name = Tr::tr("%1 + GIL").arg(name);
    if (config.variant != Variant::None)
        name = Tr::tr("%1: %2").arg(name, variantName(config.variant, config.batchSize));
    if (config.runtime == Runtime::Python)
        name = Tr::tr("%1 · Python").arg(name);
    return withWork ? Tr::tr("%1 · %2").arg(workloadName(config.workload), name) : name;
}

// A second run of the same kind gets its place in the batch, since a chart's axis keeps one of equal
// names.
QStringList runNames(const QList<RunConfig>& runs)
{
    QStringList names;
    for (int index = 0; index < runs.size(); ++index) {
        const RunConfig& config = runs.at(index);
        // CPython's squares are smaller than the engine's, yet the same kind of work: name it only when
        // the batch mixes kinds.
        const bool mixed = std::any_of(runs.begin(), runs.end(),
                                       [&](const RunConfig& run) { return run.workload != config.workload; });
        QString name = Narrative::runLabel(config, mixed);
        // A sweep: the pool's sizes tell its runs apart.
        if (std::any_of(runs.begin(), runs.end(), [&](const RunConfig& run) {
                return run.strategy == config.strategy && run.runtime == config.runtime &&
                       run.workers != config.workers;
            }))
            name = Narrative::labelWithWorkers(config);
        if (names.contains(name))
            name = Tr::tr("%1 (run %2)").arg(name).arg(index + 1);
        names.append(name);
    }
    return names;
}

QString seconds(qint64 ns, int decimals)
{
    return Tr::tr("%1 s").arg(QLocale().toString(double(ns) / 1e9, 'f', decimals));
}

QString guessSeconds(qint64 ms)
{
    return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1e3, 'f', Check::predictionDecimals(ms)));
}

QString guessed(qint64 ms)
{
    return Tr::tr("guessed %1").arg(guessSeconds(ms));
}

QString guessedAndMeasured(qint64 predictionMs, qint64 wallNs, const QString& separator)
{
    return guessed(predictionMs) + separator + Tr::tr("measured %1").arg(seconds(wallNs));
}

QString workText(const RunConfig& c)
{
    const int tasks = taskCountOf(c);
    switch (c.workload) {
    case Workload::Weather:
        return Tr::tr("%n city(ies), %1 each", nullptr, tasks).arg(seconds(qint64(c.delayMs) * 1'000'000, 1));
    case Workload::Logs:
        return Tr::tr("%n file(s), %1 each", nullptr, tasks).arg(seconds(qint64(c.delayMs) * 1'000'000, 1));
    case Workload::Squares:
        return Tr::tr("%n sum(s)", nullptr, tasks); // after "sums of squares —": not twice
    case Workload::Counter:
        return Tr::tr("%n task(s) adding 1 %1 times each", nullptr, tasks)
            .arg(QLocale().toString(c.counterAdds));
    case Workload::Locks:
        return Tr::tr("%n task(s), each holding a lock %1 before taking the other", nullptr, tasks)
            .arg(seconds(qint64(c.delayMs) * 1'000'000, 1));
    }
    return {};
}

QString runHeading(const RunConfig& c)
{
    const QString work = workText(c);
    QString how = strategyName(c.strategy);
    if (c.strategy == Strategy::Threads || c.strategy == Strategy::Processes)
        how = Tr::tr("%1, %n worker(s)", nullptr, c.workers).arg(how);
    if (c.strategy == Strategy::Threads && c.gil && c.runtime == Runtime::Cpp)
        how = Tr::tr("%1, with a simulated GIL").arg(how);
    if (c.variant != Variant::None)
        how = Tr::tr("%1: %2").arg(how, variantName(c.variant, c.batchSize));
    QString title = Tr::tr("%1 — %2 (%3)").arg(workloadName(c.workload), work, how);
    if (c.runtime == Runtime::Python)
        title = Tr::tr("%1 — in CPython").arg(title);
    return c.labNumber >= 0 ? Tr::tr("Lab %1: %2").arg(c.labNumber).arg(title) : title;
}

namespace {

QString who(const WorkerInfo& w)
{
    switch (w.kind) {
    case WorkerKind::Thread:
        return Tr::tr("[%1 · thread %2]").arg(w.name).arg(w.tid);
    case WorkerKind::Process:
        return Tr::tr("[%1 · pid %2]").arg(w.name).arg(w.pid);
    case WorkerKind::Sequential:
    case WorkerKind::EventLoop:
        break;
    }
    return u"[%1]"_s.arg(workerLabel(w));
}

} // namespace

QString workerLabel(const WorkerInfo& worker)
{
    switch (worker.kind) {
    case WorkerKind::Sequential:
        return Tr::tr("one at a time");
    case WorkerKind::EventLoop:
        return Tr::tr("event loop");
    case WorkerKind::Thread:
    case WorkerKind::Process:
        break;
    }
    return worker.name;
}

QString taskStarted(const TaskSpec& task, const WorkerInfo& worker)
{
    switch (task.workload) {
    case Workload::Weather:
        return Tr::tr("%1 fetching the weather of %2…").arg(who(worker), task.label);
    case Workload::Logs:
        return Tr::tr("%1 writing %2…").arg(who(worker), task.label);
    case Workload::Squares:
        return Tr::tr("%1 summing the squares below %2…").arg(who(worker), QLocale().toString(task.n));
    case Workload::Counter:
        return Tr::tr("%1 adding 1 to the counter %2 times…").arg(who(worker), QLocale().toString(task.n));
    case Workload::Locks:
        return Tr::tr("%1 taking the locks %2…").arg(who(worker), task.label);
    }
    return {};
}

QString taskFinished(const TaskSpec& task, const WorkerInfo& worker, const TaskSpan& span)
{
    const QString took = seconds(span.endNs - span.startNs);
    switch (span.status) {
    case TaskStatus::Ok:
        break;
    case TaskStatus::Cancelled:
        return Tr::tr("%1 %2: cancelled").arg(who(worker), task.label);
    case TaskStatus::TimedOut:
        return Tr::tr("%1 %2: timed out after %3").arg(who(worker), task.label, took);
    case TaskStatus::Failed:
    case TaskStatus::NotStarted:
        return Tr::tr("%1 %2: failed: %3").arg(who(worker), task.label, span.text);
    }
    switch (task.workload) {
    case Workload::Weather:
        return Tr::tr("%1 got the weather of %2 (%3)").arg(who(worker), task.label, took);
    case Workload::Logs:
        return Tr::tr("%1 %2 written (%3)").arg(who(worker), task.label, took);
    case Workload::Squares:
        return Tr::tr("%1 sum of squares below %2 = %3 (%4)")
            .arg(who(worker), QLocale().toString(task.n), span.text, took);
    case Workload::Counter:
        return Tr::tr("%1 added 1 %2 times (%3)").arg(who(worker), QLocale().toString(task.n), took);
    case Workload::Locks:
        return Tr::tr("%1 took the locks %2 and let them go (%3)").arg(who(worker), task.label, took);
    }
    return {};
}

QString moreTasks(int hidden)
{
    return Tr::tr("… and %n more task(s), not shown one by one", nullptr, hidden);
}

QString progressLine(int done, int total, qint64 elapsedNs)
{
    return Tr::tr("[%1] %2 of %3 tasks done")
        .arg(seconds(elapsedNs, 1), QLocale().toString(done), QLocale().toString(total));
}

QString results(const RunResult& run, int shown)
{
    QStringList texts;
    for (const TaskSpan& span : run.spans) {
        if (span.status != TaskStatus::Ok)
            continue;
        if (texts.size() == shown) {
            texts.append(u"…"_s);
            break;
        }
        texts.append(span.text);
    }
    return Tr::tr("Results: %1").arg(texts.join(u", "_s));
}

std::optional<QString> failures(const RunResult& run)
{
    std::optional<TaskSpan> first;
    int count = 0;
    for (const TaskSpan& span : run.spans) {
        if (span.status != TaskStatus::Failed && span.status != TaskStatus::TimedOut)
            continue;
        ++count;
        if (!first || span.endNs < first->endNs)
            first = span;
    }
    if (!first)
        return std::nullopt;
    const QString label = run.tasks.at(first->task).label;
    const QString why = first->status == TaskStatus::TimedOut
                            ? Tr::tr("timed out after %1").arg(seconds(first->endNs - first->startNs))
                            : first->text;
    return Tr::tr("%n task(s) failed; the first: %1: %2", nullptr, count).arg(label, why);
}

QString total(const RunResult& run, std::optional<qint64> expectedNs, double idealSpeedup)
{
    QString line = Tr::tr("Total time: %1").arg(seconds(run.wallNs));
    if (expectedNs)
        line = Tr::tr("%1 (should be about %2)").arg(line, seconds(*expectedNs));
    // The counter's and the locks' lessons are not speed: no bound to promise.
    else if (idealSpeedup > 1.001 && run.config.workload != Workload::Counter &&
             run.config.workload != Workload::Locks)
        line = Tr::tr("%1 (at best %2× faster than one at a time)")
                   .arg(line, QLocale().toString(idealSpeedup, 'f', 2));
    if (!run.deadlock.isEmpty())
        line = Tr::tr("%1 — deadlock: the app ended it").arg(line);
    else if (run.cancelled)
        line = Tr::tr("%1 — cancelled: %2 of %3 tasks finished")
                   .arg(line)
                   .arg(run.count(TaskStatus::Ok))
                   .arg(run.spans.size());
    if (!run.error.isEmpty())
        line = Tr::tr("%1 — the run failed: %2").arg(line, run.error);
    if (run.cluster) {
        // Having a cluster costs before the work: starting one (or reaching it), then connecting.
        const ClusterInfo& c = *run.cluster;
        const qint64 python = std::max<qint64>(0, run.startUpNs - c.startUpNs - c.connectNs);
        line =
            c.local
                ? Tr::tr("%1 (not counting %2 to start the Dask cluster, %3 to connect to it and %4 "
                         "for %5 to start)")
                      .arg(line, seconds(c.startUpNs), seconds(c.connectNs), seconds(python), run.interpreter)
                : Tr::tr("%1 (not counting %2 to connect to the Dask cluster at %3 and %4 for %5 to start)")
                      .arg(line, seconds(c.connectNs), c.scheduler, seconds(python), run.interpreter);
    } else if (run.startUpNs > 0) {
        line =
            Tr::tr("%1 (not counting %2 for %3 to start)").arg(line, seconds(run.startUpNs), run.interpreter);
    }
    return line;
}

QString coresBusy(std::optional<double> pctOfOneCore)
{
    if (!pctOfOneCore)
        return u"–"_s;
    const QLocale locale;
    return Tr::tr("%1 of %2")
        .arg(locale.toString(*pctOfOneCore / 100.0, 'f', 2), locale.toString(cpuCores()));
}

QString againstTheRunAt(const RunResult& baseline)
{
    return Tr::tr("against the run at %1").arg(baselineTime(baseline));
}

QString baselineTime(const RunResult& baseline)
{
    return QLocale().toString(baseline.startedUtc.toLocalTime().time(), u"HH:mm"_s);
}

QString speedupText(const QList<RunResultPtr>& runs, qsizetype index, const QString& separator)
{
    const auto speedup = Analysis::speedupVsSequential(runs, index);
    const auto baseline = Analysis::baselineOf(runs, runs.at(index)->config, index);
    if (!speedup || !baseline || *speedup <= 0)
        return {};
    const QLocale locale;
    if (baseline->index == index)
        return Tr::tr("the baseline (1.00×)");
    QString text = *speedup >= 1 ? Tr::tr("%1× faster").arg(locale.toString(*speedup, 'f', 2))
                                 : Tr::tr("%1× slower").arg(locale.toString(1 / *speedup, 'f', 2));
    if (!baseline->ofItsBatch)
        text += separator + againstTheRunAt(*runs.at(baseline->index));
    return text;
}

qsizetype displayWidth(const QString& text)
{
    // Thai vowel and tone marks sit above or below the letter before them and take no column.
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        const auto category = c.category();
        return category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing &&
               category != QChar::Other_Format;
    });
}

namespace {

bool anyGuess(const QList<RunResultPtr>& runs)
{
    return std::any_of(runs.begin(), runs.end(),
                       [](const RunResultPtr& r) { return r->config.predictionMs.has_value(); });
}

} // namespace

QString comparisonTable(const QList<RunResultPtr>& runs)
{
    const QLocale locale;
    const bool guesses = anyGuess(runs);
    constexpr qsizetype guessColumn = 5; // beside the wall time it guessed
    QList<QStringList> rows{{Tr::tr("Lab"), Tr::tr("Work"), Tr::tr("Strategy"), Tr::tr("Workers"),
                             Tr::tr("Wall"), Tr::tr("CPU"), Tr::tr("Cores busy"), Tr::tr("Speed-up"),
                             Tr::tr("Tasks ok")}};
    if (guesses)
        rows.first().insert(guessColumn, Tr::tr("Guess"));
    // Repeated: which round, and a mark on what is suspect.
    const bool repeated = std::any_of(runs.begin(), runs.end(), [](const RunResultPtr& r) {
        return r->config.repeat > 0 || r->config.warmup;
    });
    if (repeated)
        rows.first().append(Tr::tr("Round"));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunResult& r = *runs.at(i);
        const auto speedup = Analysis::speedupVsSequential(runs, i);
        const auto share = Analysis::cpuUtilisationPct(r);
        const QString strategy = runLabel(r.config);
        rows.append({r.config.labNumber >= 0 ? QString::number(r.config.labNumber) : u"-"_s,
                     workloadName(r.config.workload), strategy, QString::number(r.config.workers),
                     seconds(r.wallNs), seconds(r.appCpu.totalNs() + r.workersCpu.totalNs()),
                     coresBusy(share),
                     (speedup ? Tr::tr("%1×").arg(locale.toString(*speedup, 'f', 2)) : u"–"_s) +
                         // the figure a busy machine, or a slowed baseline, may have spoilt
                         (Noise::suspectsOf(runs, i).isEmpty() ? QString() : u" ⚠"_s),
                     u"%1/%2"_s.arg(r.count(TaskStatus::Ok)).arg(r.spans.size())});
        if (guesses)
            rows.last().insert(guessColumn,
                               r.config.predictionMs ? guessSeconds(*r.config.predictionMs) : u"–"_s);
        if (repeated)
            rows.last().append(r.config.warmup ? Tr::tr("warm-up") : QString::number(r.config.repeat + 1));
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    QString out;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString pad(widths[c] - displayWidth(row[c]), u' ');
            cells.append(c >= 3 ? pad + row[c] : row[c] + pad);
        }
        out += cells.join(u"  "_s).trimmed() + u'\n';
    }
    return out;
}

} // namespace Lab::Narrative
