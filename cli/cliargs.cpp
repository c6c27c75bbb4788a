#include "cliargs.h"

#include "experiment.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

enum class Arg { Value, Flag };

const QHash<QString, Arg>& knownOptions()
{
    static const QHash<QString, Arg> options{
        {u"lab"_s, Arg::Value},     {u"workload"_s, Arg::Value}, {u"strategy"_s, Arg::Value},
        {u"tasks"_s, Arg::Value},   {u"cities"_s, Arg::Value},   {u"delay-ms"_s, Arg::Value},
        {u"workers"_s, Arg::Value}, {u"n"_s, Arg::Value},        {u"scale"_s, Arg::Value},
        {u"gil"_s, Arg::Flag},      {u"out"_s, Arg::Value},      {u"json"_s, Arg::Value},
        {u"lang"_s, Arg::Value},    {u"quiet"_s, Arg::Flag},     {u"help"_s, Arg::Flag},
        {u"runtime"_s, Arg::Value}, {u"python"_s, Arg::Value},   {u"trace"_s, Arg::Value},
    };
    return options;
}

// A failed check: the message is already in its final form.
struct Refusal {
    QString message;
};

QString fmt(qint64 v)
{
    return QLocale(QLocale::English).toString(v);
}

qint64 wholeNumber(const QString& option, const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        throw Refusal{CliTr::tr("--%1: '%2' is not a whole number; allowed: %3 to %4")
                          .arg(option, text, fmt(min), fmt(max))};
    if (v < min || v > max)
        throw Refusal{
            CliTr::tr("--%1: %2 is out of range; allowed: %3 to %4").arg(option, text, fmt(min), fmt(max))};
    return v;
}

// The nearest folder that exists must be a folder we can write into; root can write almost
// anywhere, so try it instead of asking for permissions.
void checkWritableFolder(const QString& option, const QString& path)
{
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        throw Refusal{CliTr::tr("--%1: '%2' is not a folder").arg(option, path)};
    QString probe = info.absoluteFilePath();
    while (!QFileInfo(probe).exists())
        probe = QFileInfo(probe).absolutePath();
    if (!QFileInfo(probe).isDir())
        throw Refusal{CliTr::tr("--%1: '%2' cannot be made: '%3' is not a folder").arg(option, path, probe)};
    QTemporaryFile test(QDir(probe).filePath(u".concurrency-lab-XXXXXX"_s));
    if (!test.open())
        throw Refusal{CliTr::tr("--%1: cannot write into '%2': %3").arg(option, probe, test.errorString())};
}

void checkWritableFile(const QString& option, const QString& path)
{
    if (path == u"-"_s)
        return;
    const QFileInfo info(path);
    if (info.isDir())
        throw Refusal{CliTr::tr("--%1: '%2' is a folder; give a file name").arg(option, path)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw Refusal{CliTr::tr("--%1: the folder of '%2' does not exist").arg(option, path)};
    checkWritableFolder(option, folder.absoluteFilePath());
}

class Parser {
public:
    Parser(QString workerProgram, QString defaultOutBase)
        : m_workerProgram(std::move(workerProgram)), m_defaultOutBase(std::move(defaultOutBase))
    {
    }
    CliOptions parse(const QStringList& arguments);

private:
    void read(const QStringList& arguments);
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    void requireWorkload(const QString& option, std::initializer_list<Workload> allowed) const;
    QList<Strategy> strategies() const;
    void readCustom(Experiment& e) const;
    void readOutput(CliOptions& o) const;
    void readRuntime(Experiment& e) const;

    QString m_workerProgram;
    QString m_defaultOutBase;
    QHash<QString, QString> m_values;
    Workload m_workload = Workload::Weather;
};

void Parser::read(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(u"--"_s) || arg.size() == 2)
            throw Refusal{CliTr::tr("unexpected argument '%1'; options start with --, see --help").arg(arg)};
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const auto known = knownOptions().constFind(name);
        if (known == knownOptions().cend())
            throw Refusal{CliTr::tr("unknown option '--%1'; see --help").arg(name)};
        if (m_values.contains(name))
            throw Refusal{CliTr::tr("--%1 is given twice").arg(name)};
        if (*known == Arg::Flag) {
            if (eq >= 0)
                throw Refusal{
                    CliTr::tr("--%1 takes no value, but was given '%2'").arg(name, arg.mid(eq + 1))};
            m_values.insert(name, {});
        } else if (eq >= 0) {
            m_values.insert(name, arg.mid(eq + 1));
        } else if (i + 1 < arguments.size()) {
            m_values.insert(name, arguments.at(++i));
        } else {
            throw Refusal{CliTr::tr("--%1 needs a value").arg(name)};
        }
    }
}

void Parser::requireWorkload(const QString& option, std::initializer_list<Workload> allowed) const
{
    if (!has(option) || std::find(allowed.begin(), allowed.end(), m_workload) != allowed.end())
        return;
    QStringList names;
    for (Workload w : allowed)
        names.append(workloadId(w));
    throw Refusal{CliTr::tr("--%1 applies to --workload %2 only").arg(option, names.join(u'|'))};
}

QList<Strategy> Parser::strategies() const
{
    if (!has(u"strategy"_s) || value(u"strategy"_s) == u"all"_s)
        return QList<Strategy>(std::begin(allStrategies), std::end(allStrategies));
    QList<Strategy> chosen;
    for (const QString& id : value(u"strategy"_s).split(u',')) {
        const auto s = strategyFromId(id.trimmed());
        if (!s)
            throw Refusal{CliTr::tr("--strategy: unknown strategy '%1'; allowed: a comma list of "
                                    "sequential, coroutines, threads, processes, or all")
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
        e.delayMs = int(wholeNumber(u"delay-ms"_s, value(u"delay-ms"_s), 0, maxDelayMs));
    if (has(u"cities"_s)) {
        for (const QString& city : value(u"cities"_s).split(u',')) {
            if (city.trimmed().isEmpty() || city.trimmed().size() > 100)
                throw Refusal{CliTr::tr("--cities: '%1' has an empty or over-long name; allowed: names of 1 "
                                        "to 100 characters separated by commas")
                                  .arg(value(u"cities"_s))};
            e.cities.append(city.trimmed());
        }
        if (e.cities.size() > maxTasks)
            throw Refusal{CliTr::tr("--cities: %1 cities is too many; allowed: 1 to %2")
                              .arg(e.cities.size())
                              .arg(fmt(maxTasks))};
    }
    if (has(u"n"_s)) {
        const qint64 maxN = maxSquaresN / e.scale;
        for (const QString& n : value(u"n"_s).split(u','))
            e.n.append(wholeNumber(u"n"_s, n, 1, maxN));
        if (e.n.size() > maxTasks)
            throw Refusal{CliTr::tr("--n: too many values; allowed: 1 to %1").arg(fmt(maxTasks))};
    }
    if (has(u"tasks"_s))
        e.tasks = int(wholeNumber(u"tasks"_s, value(u"tasks"_s), 1, maxTasks));
    if (has(u"workers"_s)) {
        const bool processes = e.strategies.contains(Strategy::Processes);
        e.workers = int(wholeNumber(u"workers"_s, value(u"workers"_s), 1,
                                    maxWorkers(processes ? Strategy::Processes : Strategy::Threads)));
    }
}

void Parser::readOutput(CliOptions& o) const
{
    o.outDir = has(u"out"_s)
                   ? value(u"out"_s)
                   : QDir(m_defaultOutBase)
                         .filePath(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s));
    if (o.outDir.trimmed().isEmpty())
        throw Refusal{CliTr::tr("--out: the folder name is empty")};
    checkWritableFolder(u"out"_s, o.outDir);
    if (has(u"json"_s)) {
        o.jsonPath = value(u"json"_s);
        if (o.jsonPath.isEmpty())
            throw Refusal{CliTr::tr("--json: the file name is empty; give a path, or - for standard output")};
        checkWritableFile(u"json"_s, o.jsonPath);
    }
    if (has(u"trace"_s)) {
        o.tracePath = value(u"trace"_s);
        if (o.tracePath.isEmpty() || o.tracePath == u"-"_s)
            throw Refusal{CliTr::tr("--trace: give a file name, such as run.trace.json")};
        checkWritableFile(u"trace"_s, o.tracePath);
    }
}

void Parser::readRuntime(Experiment& e) const
{
    const QString runtime = has(u"runtime"_s) ? value(u"runtime"_s) : u"cpp"_s;
    if (runtime == u"cpp"_s)
        e.runtimes = {Runtime::Cpp};
    else if (runtime == u"python"_s)
        e.runtimes = {Runtime::Python};
    else if (runtime == u"both"_s)
        e.runtimes = {Runtime::Cpp, Runtime::Python};
    else
        throw Refusal{CliTr::tr("--runtime: unknown runtime '%1'; allowed: cpp, python, both").arg(runtime)};
    if (!e.runtimes.contains(Runtime::Python)) {
        if (has(u"python"_s))
            throw Refusal{CliTr::tr("--python applies to --runtime python|both only")};
        return;
    }
    if (has(u"python"_s)) {
        const auto found = Python::probe(value(u"python"_s));
        if (!found)
            throw Refusal{CliTr::tr("--python: '%1' is not a Python 3.9 or newer that can be run")
                              .arg(value(u"python"_s))};
        e.python = *found;
        return;
    }
    const auto found = Python::findDefault();
    if (!found)
        throw Refusal{CliTr::tr("--runtime %1: %2").arg(runtime, Python::installHint())};
    e.python = *found;
}

CliOptions Parser::parse(const QStringList& arguments)
{
    read(arguments);
    CliOptions o;
    if (has(u"help"_s)) {
        o.help = true;
        return o;
    }
    o.quiet = has(u"quiet"_s);
    o.language = has(u"lang"_s) ? value(u"lang"_s) : defaultLanguage();
    if (o.language != u"th"_s && o.language != u"en"_s)
        throw Refusal{CliTr::tr("--lang: unknown language '%1'; allowed: th, en").arg(o.language)};
    Experiment e;
    readRuntime(e);
    if (has(u"scale"_s))
        e.scale = int(wholeNumber(u"scale"_s, value(u"scale"_s), 1, maxScale));
    if (has(u"lab"_s) && has(u"workload"_s))
        throw Refusal{CliTr::tr(
            "--lab and --workload cannot be combined: run a lab of the seed, or a custom experiment")};
    QList<Experiment> experiments;
    if (has(u"workload"_s)) {
        const auto w = workloadFromId(value(u"workload"_s));
        if (!w)
            throw Refusal{CliTr::tr("--workload: unknown workload '%1'; allowed: weather, logs, squares")
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
                    CliTr::tr("--%1 belongs to a custom experiment: add --workload weather|logs|squares "
                              "instead of --lab")
                        .arg(custom)};
        }
        const QString lab = has(u"lab"_s) ? value(u"lab"_s) : u"all"_s;
        const QStringList labs{u"0"_s, u"1"_s, u"2"_s, u"3"_s};
        if (lab != u"all"_s && !labs.contains(lab))
            throw Refusal{CliTr::tr("--lab: unknown lab '%1'; allowed: 0, 1, 2, 3, all").arg(lab)};
        for (int i = 0; i < labCount; ++i) {
            e.lab = i;
            if (lab == u"all"_s || lab == labs.at(i))
                experiments.append(e);
        }
    }
    readOutput(o);
    for (const Experiment& x : experiments)
        o.runs += experimentRuns(x, m_workerProgram, o.outDir);
    return o;
}

// The message is one line on a terminal whatever was typed: control characters are shown escaped
// and a quoted value longer than a line is shortened.
QString printable(const QString& message)
{
    QString out;
    for (QChar c : message) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    static const QRegularExpression longQuote(u"'([^']{61,})'"_s);
    for (auto m = longQuote.match(out); m.hasMatch(); m = longQuote.match(out))
        out.replace(m.capturedStart(1), m.capturedLength(1), m.captured(1).left(57) + u"…"_s);
    return out;
}

} // namespace

CliParse parseRunArguments(const QStringList& arguments, const QString& workerProgram,
                           const QString& defaultOutBase)
{
    CliParse result;
    try {
        result.options = Parser(workerProgram, defaultOutBase).parse(arguments);
    } catch (const Refusal& refusal) {
        result.error = printable(refusal.message);
    }
    return result;
}

QString defaultLanguage()
{
    return QLocale().language() == QLocale::Thai ? u"th"_s : u"en"_s;
}

QString runUsage()
{
    return CliTr::tr(
               "Usage: concurrency-lab run [--lab 0|1|2|3|all] [options]\n"
               "       concurrency-lab run --workload weather|logs|squares [options]\n"
               "\n"
               "The labs of the seed:\n"
               "  --lab 0      weather and logs one at a time (3 cities x 2 s, 5 files x 1 s)\n"
               "  --lab 1      weather with coroutines on one event loop\n"
               "  --lab 2      logs with a pool of 5 threads\n"
               "  --lab 3      sums of squares, one at a time and with a pool of processes\n"
               "  --lab all    all four, then a comparison table (the default)\n"
               "\n"
               "A custom experiment:\n"
               "  --workload W        weather, logs or squares\n"
               "  --strategy S,...    sequential, coroutines, threads, processes, or all (the default)\n"
               "  --tasks N           cities or files (1 to 1,000,000); squares repeat the n list\n"
               "  --cities A,B,...    the cities to fetch (default Bangkok,Tokyo,London)\n"
               "  --delay-ms MS       the wait of a fetch or a write (0 to 600,000)\n"
               "  --workers N         threads or processes (1 to %1)\n"
               "  --n N,...           the sizes of the sums of squares (default 8M,9M,10M,7M)\n"
               "  --gil               threads compute under a simulated Python GIL\n"
               "\n"
               "Both:\n"
               "  --scale K           multiply every n by K (1 to 1,000; default 100)\n"
               "  --out DIR           where the log files go (default: a new folder under %2)\n"
               "  --json PATH|-       write every run as JSON (schema concurrency-lab/runs@1)\n"
               "  --trace PATH        write every run as a trace for the Perfetto UI (ui.perfetto.dev)\n"
               "  --runtime R         cpp (the app's engine, the default), python (the seed's scripts in\n"
               "                      CPython) or both, side by side\n"
               "  --python PATH       the Python to run (default: python3 on PATH)\n"
               "  --lang th|en        the language of the output\n"
               "  --quiet             no line per task\n"
               "\n"
               "Exit codes: 0 all done, 1 a task failed or the run was cancelled (Ctrl+C), 2 bad input.\n")
        .arg(maxWorkers(Strategy::Threads))
        .arg(u"~/.local/share/concurrency-lab/runs"_s);
}

} // namespace Lab
