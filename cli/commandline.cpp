#include "commandline.h"

#include "experiment.h"
#include "options.h"
#include "translation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lab::Cli {

namespace {

const QStringList runtimes = allIds(runtimeSetIds);
const QStringList benchSections{u"fanout"_s, u"threads"_s, u"processes"_s, u"squares"_s,
                                u"io"_s,     u"sampler"_s, u"gui"_s};
// Options of Qt itself that the window passes on to QApplication: name, and whether a value follows.
const QList<std::pair<QString, bool>> qtOptions{
    {u"-platform"_s, true}, {u"-style"_s, true},           {u"-stylesheet"_s, true}, {u"-display"_s, true},
    {u"-geometry"_s, true}, {u"-qwindowgeometry"_s, true}, {u"-reverse"_s, false},
};

constexpr QSize minSlide{320, 200};
constexpr QSize maxSlide{7680, 4320};

QString sizeText(const QSize& size)
{
    return u"%1x%2"_s.arg(size.width()).arg(size.height());
}

QString labList()
{
    QStringList labs;
    for (int i = 0; i < labCount; ++i)
        labs.append(QString::number(i));
    return labs.join(u", "_s);
}

int labOption(const Options& o)
{
    if (!o.has(u"lab"_s))
        return -1;
    bool ok = false;
    const int lab = o.value(u"lab"_s).toInt(&ok);
    if (!ok || lab < 0 || lab >= labCount)
        throw Refusal{Tr::tr("--lab: unknown lab '%1'; allowed: %2").arg(o.value(u"lab"_s), labList())};
    return lab;
}

QString language(const Options& o)
{
    return o.oneOf(u"lang"_s, {thai, english});
}

QString version()
{
    return u"concurrency-lab %1\n"_s.arg(QCoreApplication::applicationVersion());
}

QString windowUsage()
{
    return Tr::
        tr("Usage: concurrency-lab [--lab N] [--lang th|en] [--presenter] [--window-size WxH]\n"
           "       concurrency-lab --screenshot FILE [--lab N] [--runtime cpp|python|both] [--lang th|en]\n"
           "       concurrency-lab --open SESSION [--screenshot FILE]   a saved session, as it was\n"
           "       concurrency-lab run [options]              the labs without a window (run --help)\n"
           "       concurrency-lab export-charts --lab N|--from SESSION --out DIR   charts for slides\n"
           "       concurrency-lab bench [options]            the engine's costs beside CPython's\n"
           "       concurrency-lab --version\n"
           "\n"
           "The window:\n"
           "  --lab N             open on lab N (%1)\n"
           "  --open SESSION      show a session saved from the window (File → Save session)\n"
           "  --screenshot FILE   run the lab in the window, save a PNG of it when it ends, quit\n"
           "  --runtime R         with --screenshot: cpp (the app's engine), python or both\n"
           "  --lang th|en        the language (default: the one chosen last time)\n"
           "  --presenter         in presenter mode: full screen, the charts large for a projector\n"
           "  --window-size WxH   the window this size (such as 1920x1080), even in presenter mode\n"
           "\n"
           "Every command takes --help. Exit codes: 0 all done, 1 a task failed or the run was\n"
           "cancelled, 2 bad input.\n")
            .arg(labList());
}

QString exportUsage()
{
    return Tr::tr(
               "Usage: concurrency-lab export-charts --out DIR --lab N [run's options] [--size WxH] [--pdf]\n"
               "                                     [--no-caption]\n"
               "       concurrency-lab export-charts --out DIR --workload W [run's options] ...\n"
               "       concurrency-lab export-charts --out DIR --from SESSION [--size WxH] [--pdf] ...\n"
               "\n"
               "Runs lab N (%1), or a custom experiment, in a window drawn off screen and writes its\n"
               "charts into DIR as PNG and SVG slides, with the session as JSON, CSV and a trace. Takes\n"
               "the options of `run` (see run --help) but --out, --json, --trace and --quiet. With --from,\n"
               "the runs of a saved session are drawn instead, and nothing is run. Needs no display.\n"
               "\n"
               "  --out DIR      the folder the slides go into\n"
               "  --from FILE    a saved session (File > Save session, or run --json)\n"
               "  --size WxH     the slides' pixels: 1600x1000 (the default), 1920x1080, 3840x2160, or any\n"
               "                 size from %2 to %3\n"
               "  --pdf          also a handout, DIR/handout.pdf: every chart and the results, a page each\n"
               "  --no-caption   no line of what ran, when and on what machine at the slides' foot\n")
        .arg(labList(), sizeText(minSlide), sizeText(maxSlide));
}

QString benchUsage()
{
    return Tr::tr("Usage: concurrency-lab bench [--quick] [--json PATH] [--python PATH|none] [--repeats N]\n"
                  "                             [--only SECTIONS]\n"
                  "\n"
                  "  --quick             small sizes: a smoke test of under a minute\n"
                  "  --json PATH         also write the figures as JSON\n"
                  "  --python PATH|none  the CPython to compare with (default: python3 on PATH), or none\n"
                  "  --repeats N         measurements of each figure (1 to 100, default 3)\n"
                  "  --only SECTIONS     a comma list of %1\n")
        .arg(benchSections.join(u", "_s));
}

// "1920x1080": from a phone's 320x240 to 8K.
QSize windowSize(const QString& value)
{
    const QStringList parts = value.toLower().split(u'x');
    bool wide = false;
    bool high = false;
    const QSize size =
        parts.size() == 2 ? QSize(parts.at(0).toInt(&wide), parts.at(1).toInt(&high)) : QSize();
    if (!wide || !high || size.width() < 320 || size.height() < 240 || size.width() > 7680 ||
        size.height() > 4320)
        throw Refusal{Tr::tr("--window-size: give width x height in pixels, from 320x240 to 7680x4320, "
                             "such as 1920x1080; not \"%1\"")
                          .arg(value)};
    return size;
}

void readWindow(const QStringList& arguments, Invocation& inv)
{
    QStringList ours;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const auto qt = std::find_if(qtOptions.begin(), qtOptions.end(),
                                     [&](const auto& o) { return o.first == arguments.at(i); });
        if (qt == qtOptions.end()) {
            ours.append(arguments.at(i));
            continue;
        }
        inv.qtArguments.append(arguments.at(i));
        if (qt->second && i + 1 < arguments.size())
            inv.qtArguments.append(arguments.at(++i));
    }
    const Options o(ours, {{u"lab"_s},
                           {u"screenshot"_s},
                           {u"runtime"_s},
                           {u"open"_s},
                           {u"lang"_s},
                           {u"presenter"_s, Arg::Flag},
                           {u"window-size"_s},
                           {u"help"_s, Arg::Flag},
                           {u"version"_s, Arg::Flag}});
    if (o.has(u"help"_s) || o.has(u"version"_s)) {
        inv.print = o.has(u"help"_s) ? windowUsage() : version();
        return;
    }
    inv.language = language(o);
    inv.window.lab = labOption(o);
    o.requireWith(u"runtime"_s, u"screenshot"_s);
    inv.window.runtime = o.oneOf(u"runtime"_s, runtimes, u"cpp"_s);
    inv.window.presenter = o.has(u"presenter"_s);
    if (o.has(u"window-size"_s))
        inv.window.size = windowSize(o.value(u"window-size"_s));
    if (o.has(u"screenshot"_s)) {
        inv.window.screenshot = o.value(u"screenshot"_s);
        if (inv.window.screenshot.isEmpty())
            throw Refusal{Tr::tr("--screenshot: give a file name, such as lab3.png")};
        checkWritableFile(u"screenshot"_s, inv.window.screenshot);
    }
    if (o.has(u"open"_s)) {
        inv.window.open = o.value(u"open"_s);
        if (inv.window.open.isEmpty())
            throw Refusal{Tr::tr("--open: give a session file, such as lab3.json")};
    }
}

// --size 1920x1080 (or with ×): within the bounds a slide's picture can have.
QSize slideSize(const QString& text)
{
    static const QRegularExpression form(u"^\\s*(\\d{1,5})\\s*[x×X]\\s*(\\d{1,5})\\s*$"_s);
    const QRegularExpressionMatch m = form.match(text);
    const QSize size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
    if (!m.hasMatch() || size.width() < minSlide.width() || size.height() < minSlide.height() ||
        size.width() > maxSlide.width() || size.height() > maxSlide.height())
        throw Refusal{Tr::tr("--size: '%1' is not WIDTHxHEIGHT from %2 to %3, such as 1920x1080")
                          .arg(text, sizeText(minSlide), sizeText(maxSlide))};
    return size;
}

// export-charts' own options out of the arguments; the rest are `run`'s.
QStringList readExportOwn(const QStringList& arguments, ExportArgs& e)
{
    QStringList own;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString name = arguments.at(i).section(u'=', 0, 0);
        const bool valued = name == u"--out"_s || name == u"--size"_s || name == u"--from"_s;
        if (!valued && name != u"--pdf"_s && name != u"--no-caption"_s) {
            rest.append(arguments.at(i));
            continue;
        }
        own.append(arguments.at(i));
        if (valued && !arguments.at(i).contains(u'=') && i + 1 < arguments.size())
            own.append(arguments.at(++i));
    }
    const Options o(
        own, {{u"out"_s}, {u"from"_s}, {u"size"_s}, {u"pdf"_s, Arg::Flag}, {u"no-caption"_s, Arg::Flag}});
    e.outDir = o.value(u"out"_s);
    e.from = o.value(u"from"_s);
    if (o.has(u"from"_s) && e.from.isEmpty())
        throw Refusal{Tr::tr("--from: give a session file, such as lab3.json")};
    if (o.has(u"size"_s))
        e.size = slideSize(o.value(u"size"_s));
    e.pdf = o.has(u"pdf"_s);
    e.caption = !o.has(u"no-caption"_s);
    return rest;
}

// --from: a saved session's runs are drawn; nothing of `run`'s applies but the language.
void readExportFrom(const QStringList& rest, Invocation& inv)
{
    for (const QString& arg : rest) {
        if (arg.startsWith(u"--"_s) && arg.section(u'=', 0, 0) != u"--lang"_s)
            throw Refusal{Tr::tr("--from draws a saved session's runs and runs nothing: %1 does not apply")
                              .arg(arg.section(u'=', 0, 0))};
    }
    const Options o(rest, {{u"lang"_s}});
    inv.language = language(o);
    if (inv.exportCharts.outDir.trimmed().isEmpty())
        throw Refusal{Tr::tr("--out: give the folder the charts go into")};
    checkWritableFolder(u"out"_s, inv.exportCharts.outDir);
}

void readExport(const QStringList& arguments, const Context& context, Invocation& inv)
{
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        inv.print = exportUsage();
        return;
    }
    const QStringList rest = readExportOwn(arguments, inv.exportCharts);
    for (const QString& runOnly : {u"--json"_s, u"--trace"_s, u"--quiet"_s}) {
        if (std::any_of(rest.begin(), rest.end(),
                        [&](const QString& a) { return a.section(u'=', 0, 0) == runOnly; }))
            throw Refusal{
                Tr::tr("%1 belongs to run; export-charts writes the session into --out").arg(runOnly)};
    }
    if (!inv.exportCharts.from.isEmpty()) {
        readExportFrom(rest, inv);
        return;
    }
    // The runs' log files go where `run` puts them, not among the slides.
    const CliParse parsed = parseRunArguments(rest, context.workerProgram, context.runsBase);
    if (!parsed.ok())
        throw Refusal{parsed.error};
    if (!rest.contains(u"--lab"_s) && !rest.contains(u"--workload"_s) &&
        std::none_of(rest.begin(), rest.end(), [](const QString& a) {
            return a.startsWith(u"--lab="_s) || a.startsWith(u"--workload="_s);
        }))
        throw Refusal{
            Tr::tr("--lab: give the lab whose charts to export (%1), or --workload for an experiment "
                   "of your own")
                .arg(labList())};
    if (inv.exportCharts.outDir.trimmed().isEmpty())
        throw Refusal{Tr::tr("--out: give the folder the charts go into")};
    checkWritableFolder(u"out"_s, inv.exportCharts.outDir);
    inv.run = parsed.options;
    inv.language = requestedLanguage(arguments);
}

void readBench(const QStringList& arguments, Invocation& inv)
{
    const Options o(arguments, {{u"quick"_s, Arg::Flag},
                                {u"json"_s},
                                {u"python"_s},
                                {u"repeats"_s},
                                {u"only"_s},
                                {u"probe-fanout"_s},
                                {u"help"_s, Arg::Flag}});
    if (o.has(u"help"_s)) {
        inv.print = benchUsage();
        return;
    }
    BenchArgs& b = inv.bench;
    if (o.has(u"probe-fanout"_s)) { // one fan-out in a child process of the benchmark's own
        inv.command = Command::FanoutProbe;
        b.probeTasks = int(o.number(u"probe-fanout"_s, 1, maxTasks));
        return;
    }
    b.quick = o.has(u"quick"_s);
    if (o.has(u"repeats"_s))
        b.repeats = int(o.number(u"repeats"_s, 1, 100));
    b.python = o.value(u"python"_s);
    if (o.has(u"python"_s) && b.python.isEmpty())
        throw Refusal{Tr::tr("--python: give the path of a Python, or none")};
    if (o.has(u"only"_s)) {
        for (const QString& section : o.value(u"only"_s).split(u',')) {
            if (!benchSections.contains(section))
                throw Refusal{Tr::tr("--only: unknown section '%1'; allowed: a comma list of %2")
                                  .arg(section, benchSections.join(u", "_s))};
            b.only.append(section);
        }
    }
    if (o.has(u"json"_s)) {
        b.jsonPath = o.value(u"json"_s);
        if (b.jsonPath.isEmpty() || b.jsonPath == u"-"_s)
            throw Refusal{Tr::tr("--json: give a file name, such as bench.json")};
        checkWritableFile(u"json"_s, b.jsonPath);
    }
}

void readRun(const QStringList& arguments, const Context& context, Invocation& inv)
{
    const CliParse parsed = parseRunArguments(arguments, context.workerProgram, context.runsBase);
    if (!parsed.ok())
        throw Refusal{parsed.error};
    if (parsed.options.help)
        inv.print = runUsage();
    inv.run = parsed.options;
    inv.language = parsed.options.language;
}

const QList<std::pair<QString, Command>> commands{{u"run"_s, Command::Run},
                                                  {u"export-charts"_s, Command::ExportCharts},
                                                  {u"bench"_s, Command::Bench},
                                                  {u"worker"_s, Command::Worker}};

} // namespace

Invocation parseCommandLine(const QStringList& arguments, const Context& context)
{
    Invocation inv;
    const QString first = arguments.value(0);
    const bool named = !first.isEmpty() && !first.startsWith(u'-');
    const auto command =
        std::find_if(commands.begin(), commands.end(), [&](const auto& c) { return c.first == first; });
    const QString prefix =
        named && command != commands.end() ? u"concurrency-lab %1: "_s.arg(first) : u"concurrency-lab: "_s;
    try {
        if (named && command == commands.end())
            throw Refusal{
                Tr::tr("unknown command '%1'; allowed: run, export-charts, bench, or none for the window")
                    .arg(first)};
        inv.command = named ? command->second : Command::Window;
        const QStringList rest = named ? arguments.mid(1) : arguments;
        switch (inv.command) {
        case Command::Window:
            readWindow(rest, inv);
            break;
        case Command::Run:
            readRun(rest, context, inv);
            break;
        case Command::ExportCharts:
            readExport(rest, context, inv);
            break;
        case Command::Bench:
        case Command::FanoutProbe:
            readBench(rest, inv);
            break;
        case Command::Worker:
            if (rest != QStringList{u"--help"_s} && rest != QStringList{u"-h"_s})
                throw Refusal{Tr::tr("the worker takes no options; see --help")};
            inv.print =
                Tr::tr("Usage: concurrency-lab worker\n"
                       "A process of the app's process pool: the app starts it and gives it tasks on\n"
                       "standard input. It takes no options.\n");
            break;
        }
    } catch (const Refusal& refusal) {
        inv.error = prefix + printable(refusal.message);
    }
    return inv;
}

QString requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == u"--lang"_s && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(u"--lang="_s))
            value = arguments[i].mid(7);
        if (value == thai || value == english)
            return value;
    }
    return {};
}

} // namespace Lab::Cli
