#include "cliargs.h"

#include "experiment.h"
#include "options.h"
#include "translation.h"
#include "validation.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

using Cli::Arg;
using Cli::Refusal;

const QList<Cli::Option>& knownOptions()
{
    static const QList<Cli::Option> options{
        {u"lab"_s},
        {u"workload"_s},
        {u"strategy"_s},
        {u"tasks"_s},
        {u"cities"_s},
        {u"delay-ms"_s},
        {u"workers"_s},
        {u"n"_s},
        {u"scale"_s},
        {u"gil"_s, Arg::Flag},
        {u"out"_s},
        {u"json"_s},
        {u"lang"_s},
        {u"quiet"_s, Arg::Flag},
        {u"help"_s, Arg::Flag},
        {u"runtime"_s},
        {u"python"_s},
        {u"python-start-timeout"_s},
        {u"trace"_s},
        {u"predict"_s},
        {u"repeats"_s},
        {u"warmup"_s, Arg::Flag},
        {u"sweep-workers"_s},
        {u"scheduler"_s},
    };
    return options;
}

class Parser {
public:
    Parser(QString workerProgram, QString defaultOutBase)
        : m_workerProgram(std::move(workerProgram)), m_defaultOutBase(std::move(defaultOutBase))
    {
    }
    CliOptions parse(const QStringList& arguments);

private:
    bool has(const QString& name) const { return m_args->has(name); }
    QString value(const QString& name) const { return m_args->value(name); }
    qint64 number(const QString& name, qint64 min, qint64 max) const
    {
        return m_args->number(name, min, max);
    }
    void requireWorkload(const QString& option, std::initializer_list<Workload> allowed) const;
    QList<Strategy> strategies() const;
    void readCustom(Experiment& e) const;
    void readOutput(CliOptions& o) const;
    void readRuntime(Experiment& e) const;
    void readRepeats(Experiment& e) const;
    void readCluster(QList<Experiment>& experiments) const;
    QMap<Strategy, qint64> predictions() const;
    static void requireRunning(const QMap<Strategy, qint64>& guesses, const QList<RunConfig>& runs);

    QString m_workerProgram;
    QString m_defaultOutBase;
    std::optional<Cli::Options> m_args;
    Workload m_workload = Workload::Weather;
};

void Parser::requireWorkload(const QString& option, std::initializer_list<Workload> allowed) const
{
    if (!has(option) || std::find(allowed.begin(), allowed.end(), m_workload) != allowed.end())
        return;
    QStringList names;
    for (Workload w : allowed)
        names.append(workloadId(w));
    throw Refusal{Cli::Tr::tr("--%1 applies to --workload %2 only").arg(option, names.join(u'|'))};
}

QList<Strategy> Parser::strategies() const
{
    if (!has(u"strategy"_s) || value(u"strategy"_s) == u"all"_s)
        return QList<Strategy>(std::begin(allStrategies), std::end(allStrategies));
    QList<Strategy> chosen;
    for (const QString& id : value(u"strategy"_s).split(u',')) {
        const auto s = strategyFromId(id.trimmed());
        if (!s)
            throw Refusal{Cli::Tr::tr("--strategy: unknown strategy '%1'; allowed: a comma list of "
                                      "sequential, coroutines, threads, processes, cluster, or all")
                              .arg(id.trimmed())};
        chosen.append(*s);
    }
    return chosen;
}

void Parser::readCustom(Experiment& e) const
{
    e.workload = m_workload;
    e.strategies = strategies();
    e.gil = has(u"gil"_s);
    if (has(u"delay-ms"_s))
        e.delayMs = int(number(u"delay-ms"_s, 0, maxDelayMs));
    if (has(u"cities"_s)) {
        const auto cities = Check::cities(value(u"cities"_s));
        if (!cities.ok())
            throw Refusal{u"--cities: "_s + cities.error};
        e.cities = cities.value;
    }
    if (has(u"n"_s)) {
        const auto n = Check::squaresN(value(u"n"_s), e.scale);
        if (!n.ok())
            throw Refusal{u"--n: "_s + n.error};
        e.n = n.value;
    }
    if (has(u"tasks"_s))
        e.tasks = int(number(u"tasks"_s, 1, maxTasks));
    if (has(u"workers"_s)) {
        const bool processes = e.strategies.contains(Strategy::Processes);
        e.workers =
            int(number(u"workers"_s, 1, maxWorkers(processes ? Strategy::Processes : Strategy::Threads)));
    }
}

void Parser::readOutput(CliOptions& o) const
{
    o.outDir = has(u"out"_s) ? value(u"out"_s) : Check::newRunFolder(m_defaultOutBase);
    if (o.outDir.trimmed().isEmpty())
        throw Refusal{Cli::Tr::tr("--out: the folder name is empty")};
    Cli::checkWritableFolder(u"out"_s, o.outDir);
    if (has(u"json"_s)) {
        o.jsonPath = value(u"json"_s);
        if (o.jsonPath.isEmpty())
            throw Refusal{
                Cli::Tr::tr("--json: the file name is empty; give a path, or - for standard output")};
        Cli::checkWritableFile(u"json"_s, o.jsonPath);
    }
    if (has(u"trace"_s)) {
        o.tracePath = value(u"trace"_s);
        if (o.tracePath.isEmpty() || o.tracePath == u"-"_s)
            throw Refusal{Cli::Tr::tr("--trace: give a file name, such as run.trace.json")};
        Cli::checkWritableFile(u"trace"_s, o.tracePath);
    }
}

void Parser::readRuntime(Experiment& e) const
{
    const QString runtime = m_args->oneOf(u"runtime"_s, allIds(runtimeSetIds), u"cpp"_s);
    e.runtimes = runtimesOf(*fromId(runtimeSetIds, runtime));
    if (!e.runtimes.contains(Runtime::Python)) {
        for (const QString& option : {u"python"_s, u"python-start-timeout"_s}) {
            if (has(option))
                throw Refusal{Cli::Tr::tr("--%1 applies to --runtime python|both only").arg(option)};
        }
        return;
    }
    if (has(u"python-start-timeout"_s))
        e.pythonStartTimeoutMs = int(number(u"python-start-timeout"_s, 1, maxPythonStartTimeoutS)) * 1000;
    if (has(u"python"_s)) {
        const auto found = Python::probe(value(u"python"_s));
        if (!found)
            throw Refusal{Cli::Tr::tr("--python: '%1' is not a Python 3.9 or newer that can be run")
                              .arg(value(u"python"_s))};
        e.python = *found;
        return;
    }
    const auto found = Python::findDefault();
    if (!found)
        throw Refusal{Cli::Tr::tr("--runtime %1: %2").arg(runtime, Python::installHint())};
    e.python = *found;
}

// A cluster is Dask's, in CPython: an experiment with one (lab 9, --strategy cluster) needs a Python
// that has Dask, and the engine cannot run it.
void Parser::readCluster(QList<Experiment>& experiments) const
{
    // The Python the cluster's runs use: the one asked for when it has Dask, else (none asked for)
    // the first that has; looked for once, and only when a cluster may run.
    std::optional<std::optional<Python::Interpreter>> looked;
    const auto daskPython = [&]() -> const std::optional<Python::Interpreter>& {
        if (!looked) {
            const Python::Interpreter& chosen = experiments.first().python;
            looked = chosen.dask        ? std::optional(chosen)
                     : has(u"python"_s) ? std::nullopt
                                        : Python::findWithDask();
        }
        return *looked;
    };
    // `--lab all` takes lab 9 when CPython is asked for and a Python has Dask; else the others.
    const bool all = !has(u"workload"_s) && (!has(u"lab"_s) || value(u"lab"_s) == u"all"_s);
    if (all && !experiments.isEmpty() && experiments.last().lab == clusterLab &&
        (!experiments.last().runtimes.contains(Runtime::Python) || !daskPython()))
        experiments.removeLast();
    const bool cluster = std::any_of(experiments.cbegin(), experiments.cend(), &usesCluster);
    if (!cluster) {
        if (has(u"scheduler"_s))
            throw Refusal{Cli::Tr::tr("--scheduler applies to --strategy cluster or --lab 9 only")};
        return;
    }
    if (has(u"runtime"_s) && value(u"runtime"_s) == u"cpp"_s)
        throw Refusal{Cli::Tr::tr("--runtime cpp: the cluster is Dask's and runs on CPython only; use "
                                  "--runtime python or both")};
    QString scheduler;
    if (has(u"scheduler"_s)) {
        scheduler = value(u"scheduler"_s).trimmed();
        const auto checked = Check::schedulerAddress(scheduler);
        if (!checked.ok())
            throw Refusal{u"--scheduler: "_s + checked.error};
    }
    if (!daskPython())
        throw Refusal{has(u"python"_s)
                          ? Cli::Tr::tr("--python: '%1' has no Dask distributed for the cluster: %2")
                                .arg(value(u"python"_s), Python::daskInstallHint())
                          : Python::daskInstallHint()};
    for (Experiment& e : experiments) {
        e.python = *daskPython(); // every CPython run on it: the baseline the cluster is compared with too
        e.scheduler = scheduler;
    }
}

// --repeats, --warmup and --sweep-workers: how often, and at which pool sizes.
void Parser::readRepeats(Experiment& e) const
{
    if (has(u"repeats"_s))
        e.repeats = int(number(u"repeats"_s, 1, maxRepeats));
    e.warmup = has(u"warmup"_s);
    if (!has(u"sweep-workers"_s))
        return;
    if (has(u"workers"_s))
        throw Refusal{
            Cli::Tr::tr("--workers and --sweep-workers cannot be combined: the sweep gives the pool "
                        "its sizes")};
    const auto sweep = Check::workerSweep(value(u"sweep-workers"_s), maxWorkers(Strategy::Processes));
    if (!sweep.ok())
        throw Refusal{u"--sweep-workers: "_s + sweep.error};
    e.sweepWorkers = sweep.value;
}

// --predict coroutines=6,sequential=6.5: the guesses in seconds, by strategy id.
QMap<Strategy, qint64> Parser::predictions() const
{
    QMap<Strategy, qint64> guesses;
    if (!has(u"predict"_s))
        return guesses;
    for (const QString& item : value(u"predict"_s).split(u',')) {
        const QString id = item.section(u'=', 0, 0).trimmed();
        const auto s = strategyFromId(id);
        if (!item.contains(u'=') || !s)
            throw Refusal{Cli::Tr::tr("--predict: '%1' is not strategy=seconds; allowed strategies: %2 "
                                      "(such as coroutines=6)")
                              .arg(item.trimmed(), allIds(strategyIds).join(u", "_s))};
        if (guesses.contains(*s))
            throw Refusal{Cli::Tr::tr("--predict: %1 is guessed twice").arg(id)};
        const auto ms = Check::predictionMs(item.section(u'=', 1, -1));
        if (!ms.ok())
            throw Refusal{u"--predict: %1: %2"_s.arg(id, ms.error)};
        guesses.insert(*s, ms.value);
    }
    return guesses;
}

// A guess for a strategy that does not run would be lost without a word.
void Parser::requireRunning(const QMap<Strategy, qint64>& guesses, const QList<RunConfig>& runs)
{
    QStringList running;
    for (Strategy s : allStrategies) {
        if (std::any_of(runs.begin(), runs.end(), [s](const RunConfig& r) { return r.strategy == s; }))
            running.append(strategyId(s));
    }
    for (Strategy s : guesses.keys()) {
        if (!running.contains(strategyId(s)))
            throw Refusal{
                Cli::Tr::tr("--predict: %1 does not run in this experiment; the strategies that run: %2")
                    .arg(strategyId(s), running.join(u", "_s))};
    }
}

CliOptions Parser::parse(const QStringList& arguments)
{
    m_args.emplace(arguments, knownOptions());
    CliOptions o;
    if (has(u"help"_s)) {
        o.help = true;
        return o;
    }
    o.quiet = has(u"quiet"_s);
    o.language = has(u"lang"_s) ? value(u"lang"_s) : defaultLanguage();
    if (o.language != u"th"_s && o.language != u"en"_s)
        throw Refusal{Cli::Tr::tr("--lang: unknown language '%1'; allowed: th, en").arg(o.language)};
    Experiment e;
    readRuntime(e);
    readRepeats(e);
    e.predictionsMs = predictions();
    if (has(u"scale"_s))
        e.scale = int(number(u"scale"_s, 1, maxScale));
    if (has(u"lab"_s) && has(u"workload"_s))
        throw Refusal{Cli::Tr::tr(
            "--lab and --workload cannot be combined: run a lab of the seed, or a custom experiment")};
    QList<Experiment> experiments;
    if (has(u"workload"_s)) {
        const auto w = workloadFromId(value(u"workload"_s));
        // The counter and the locks are their labs' own (6 and 8), not a custom experiment's.
        if (!w || std::find(std::begin(allWorkloads), std::end(allWorkloads), *w) == std::end(allWorkloads))
            throw Refusal{Cli::Tr::tr("--workload: unknown workload '%1'; allowed: weather, logs, squares")
                              .arg(value(u"workload"_s))};
        m_workload = *w;
        requireWorkload(u"cities"_s, {Workload::Weather});
        requireWorkload(u"delay-ms"_s, {Workload::Weather, Workload::Logs});
        requireWorkload(u"n"_s, {Workload::Squares});
        requireWorkload(u"scale"_s, {Workload::Squares});
        readCustom(e);
        experiments.append(e);
    } else {
        for (const QString& custom :
             {u"strategy"_s, u"tasks"_s, u"cities"_s, u"delay-ms"_s, u"workers"_s, u"n"_s, u"gil"_s}) {
            if (has(custom))
                throw Refusal{
                    Cli::Tr::tr("--%1 belongs to a custom experiment: add --workload weather|logs|squares "
                                "instead of --lab")
                        .arg(custom)};
        }
        const QString lab = has(u"lab"_s) ? value(u"lab"_s) : u"all"_s;
        QStringList labs;
        for (int i = 0; i < labCount; ++i)
            labs.append(QString::number(i));
        if (lab != u"all"_s && !labs.contains(lab))
            throw Refusal{
                Cli::Tr::tr("--lab: unknown lab '%1'; allowed: %2, all").arg(lab, labs.join(u", "_s))};
        for (int i = 0; i < labCount; ++i) {
            e.lab = i;
            if (lab == u"all"_s || lab == labs.at(i))
                experiments.append(e);
        }
    }
    readCluster(experiments);
    readOutput(o);
    for (const Experiment& x : experiments) {
        // The labs share their runs (lab 1's baseline is lab 0's weather, lab 4's process pool lab
        // 3's): each is run once a round.
        for (const RunConfig& run : experimentRuns(x, m_workerProgram, o.outDir)) {
            const bool again = std::any_of(o.runs.cbegin(), o.runs.cend(), [&run](RunConfig r) {
                r.labNumber = run.labNumber;
                return sameKind(r, run) && r.repeat == run.repeat &&
                       r.warmup == run.warmup; // each round has its own
            });
            if (!again)
                o.runs.append(run);
        }
    }
    requireRunning(e.predictionsMs, o.runs);
    if (!e.sweepWorkers.isEmpty() && std::none_of(o.runs.cbegin(), o.runs.cend(), [](const RunConfig& r) {
            return r.strategy == Strategy::Threads || r.strategy == Strategy::Processes;
        }))
        throw Refusal{
            Cli::Tr::tr("--sweep-workers applies to a pool of threads or processes, and none runs: add "
                        "--strategy threads or processes, or --lab 2 or 3")};
    return o;
}

} // namespace

CliParse parseRunArguments(const QStringList& arguments, const QString& workerProgram,
                           const QString& defaultOutBase)
{
    CliParse result;
    try {
        result.options = Parser(workerProgram, defaultOutBase).parse(arguments);
    } catch (const Refusal& refusal) {
        result.error = Cli::printable(refusal.message);
    }
    return result;
}

QString runUsage()
{
    return Cli::Tr::tr(
               "Usage: concurrency-lab run [--lab 0|1|2|3|4|5|6|7|8|9|all] [options]\n"
               "       concurrency-lab run --workload weather|logs|squares [options]\n"
               "\n"
               "The labs:\n"
               "  --lab 0      weather and logs one at a time (3 cities x 2 s, 5 files x 1 s)\n"
               "  --lab 1      weather one at a time and with coroutines on one event loop\n"
               "  --lab 2      logs one at a time and with a pool of 5 threads\n"
               "  --lab 3      sums of squares, one at a time and with a pool of processes\n"
               "  --lab 4      threads and the GIL: the sums one at a time, with 2 threads, with 2\n"
               "               threads under a simulated GIL, and with a process per core\n"
               "  --lab 5      mistake: a blocking call in async code (the weather), and its fixes\n"
               "  --lab 6      mistake: a race on a shared counter, without and with a lock or await\n"
               "  --lab 7      mistake: a process pool fed 100,000 tiny tasks one by one, and batched\n"
               "  --lab 8      mistake: two threads take two locks in opposite order (a deadlock)\n"
               "  --lab 9      beyond one machine: the sums one at a time, with a pool of processes, and\n"
               "               on a Dask cluster, all in CPython (needs python3-distributed)\n"
               "  --lab all    labs 0 to 8 (and 9 with --runtime python or both), each baseline run\n"
               "               once, then a comparison table (the default)\n"
               "\n"
               "A custom experiment:\n"
               "  --workload W        weather, logs or squares\n"
               "  --strategy S,...    sequential, coroutines, threads, processes, or all (the default);\n"
               "                      cluster: a Dask cluster, in CPython only\n"
               "  --tasks N           cities or files (1 to 1,000,000); squares repeat the n list\n"
               "  --cities A,B,...    the cities to fetch (default Bangkok,Tokyo,London)\n"
               "  --delay-ms MS       the wait of a fetch or a write (0 to 600,000)\n"
               "  --workers N         threads or processes (1 to %1)\n"
               "  --n N,...           the sizes of the sums of squares (default 8M,9M,10M,7M)\n"
               "  --gil               threads compute under a simulated Python GIL\n"
               "  --scheduler ADDR    the cluster: a running Dask scheduler, tcp://HOST:PORT (default: a\n"
               "                      local cluster of --workers processes on 127.0.0.1)\n"
               "\n"
               "Both:\n"
               "  --scale K           multiply every n by K (1 to 1,000; default 100)\n"
               "  --out DIR           where the log files go, a folder of its own a run: DIR/logs-threads,\n"
               "                      or DIR/logs-threads-2 when that exists (default DIR: a new folder\n"
               "                      under %2)\n"
               "  --json PATH|-       write every run as JSON (schema concurrency-lab/runs@2)\n"
               "  --trace PATH        write every run as a trace for the Perfetto UI (ui.perfetto.dev)\n"
               "  --runtime R         cpp (the app's engine, the default), python (the seed's scripts in\n"
               "                      CPython) or both, side by side\n"
               "  --python PATH       the Python to run (default: python3 on PATH)\n"
               "  --python-start-timeout S\n"
               "                      stop a Python that has said nothing S seconds after its start\n"
               "                      (1 to 3,600; default 30)\n"
               "  --predict S=SEC,...\n"
               "                      your guess of each strategy's time in seconds, before it runs\n"
               "                      (such as coroutines=6,sequential=6.5), told beside what it took\n"
               "  --repeats N         run every strategy N times (1 to 50), interleaved: one at a time,\n"
               "                      then the others, round after round; medians and spreads at the end\n"
               "  --warmup            one uncounted run of each strategy first\n"
               "  --sweep-workers N,...\n"
               "                      run the pools at each size (such as 1,2,4,8) for a scaling chart\n"
               "  --lang th|en        the language of the output\n"
               "  --quiet             no line per task\n"
               "\n"
               "Exit codes: 0 all done (lab 8's deadlock, found and ended, among it); 1 a task failed,\n"
               "the run was cancelled (Ctrl+C), or a file or the standard output could not be written;\n"
               "2 bad input.\n")
        .arg(maxWorkers(Strategy::Threads))
        .arg(u"~/.local/share/concurrency-lab/runs"_s);
}

} // namespace Lab
