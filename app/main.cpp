#include "cliargs.h"
#include "clisession.h"
#include "experiment.h"
#include "experimentpanel.h"
#include "guibenchmark.h"
#include "interruptwatcher.h"
#include "report/jsonexport.h"
#include "mainwindow.h"
#include "python/pythonruntime.h"
#include "thaifont.h"
#include "translation.h"
#include "worker/workerloop.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describeApp()
{
    QCoreApplication::setApplicationName(u"concurrency-lab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CL_VERSION));
}

// The language asked for with --lang, if any, so that even the errors about the other
// arguments come in it.
QString requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--lang"_s && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="_s))
            return args[i].mid(7);
    }
    return Lab::defaultLanguage();
}

// The process pool's worker: concurrency-lab-worker beside us, which starts in a third of the
// time; this executable's own `worker` mode when it is not there.
QString workerProgram()
{
    const QFileInfo worker(
        QDir(QCoreApplication::applicationDirPath()).filePath(u"concurrency-lab-worker"_s));
    return worker.isExecutable() ? worker.absoluteFilePath() : QCoreApplication::applicationFilePath();
}

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApp();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(2);
    Lab::installTranslation(requestedLanguage(args));
    const QString runsBase =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/concurrency-lab/runs"_s;
    const Lab::CliParse parsed = Lab::parseRunArguments(args, workerProgram(), runsBase);
    if (!parsed.ok()) {
        err << u"concurrency-lab run: "_s << parsed.error << Qt::endl;
        return 2;
    }
    if (parsed.options.help) {
        out << Lab::runUsage() << Qt::flush;
        return 0;
    }
    Lab::CliSession session(parsed.options, out, err);
    Lab::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &Lab::InterruptWatcher::interrupted, &session, &Lab::CliSession::cancel);
    QObject::connect(&session, &Lab::CliSession::done, &app, &QCoreApplication::exit);
    session.start();
    return app.exec();
}

// The value after `name` in argv, or "" when absent.
QString optionValue(int argc, char** argv, const char* name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

// --lab for --screenshot and export-charts: 0–3, or a message.
std::optional<int> labOption(int argc, char** argv, bool required)
{
    const QString text = optionValue(argc, argv, "--lab");
    if (text.isEmpty() && !required)
        return 0;
    bool ok = false;
    const int lab = text.toInt(&ok);
    if (!ok || lab < 0 || lab >= Lab::labCount) {
        std::fprintf(stderr, "concurrency-lab: --lab: '%s' is not a lab; allowed: 0, 1, 2, 3\n",
                     qPrintable(text));
        return std::nullopt;
    }
    return lab;
}

// Runs `lab` in the window by the runtime of --runtime (cpp, python or both): at once for the
// engine alone, once Python has been looked for otherwise.
bool runLab(Lab::MainWindow& window, int lab, int argc, char** argv)
{
    const QString runtime = optionValue(argc, argv, "--runtime");
    if (!runtime.isEmpty() && runtime != u"cpp"_s && runtime != u"python"_s && runtime != u"both"_s) {
        std::fprintf(stderr,
                     "concurrency-lab: --runtime: '%s' is not a runtime; allowed: cpp, python, both\n",
                     qPrintable(runtime));
        return false;
    }
    window.experimentPanel()->setPreset(lab);
    if (runtime.isEmpty() || runtime == u"cpp"_s) {
        QMetaObject::invokeMethod(&window, &Lab::MainWindow::run, Qt::QueuedConnection);
        return true;
    }
    auto* search = new QFutureWatcher<QList<Lab::Python::Interpreter>>(&window);
    QObject::connect(search, &QFutureWatcherBase::finished, &window, [&window, search, runtime] {
        window.experimentPanel()->setInterpreters(search->result());
        if (!window.experimentPanel()->setRuntimeChoice(runtime)) {
            std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(Lab::Python::installHint()));
            QCoreApplication::exit(2);
            return;
        }
        window.run();
    });
    search->setFuture(Lab::Python::discoverOnce());
    return true;
}

// Windows drawn for a file need no screen: without one, draw offscreen.
void offscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The language asked for with --lang, else the one chosen last time, else the system's; a font
// that draws Thai.
void startInterface(const QStringList& args)
{
    QString language = requestedLanguage(args);
    const bool asked =
        std::any_of(args.begin(), args.end(), [](const QString& a) { return a.startsWith(u"--lang"_s); });
    if (!asked)
        language = QSettings().value(u"language"_s, Lab::defaultLanguage()).toString();
    Lab::installTranslation(language == Lab::thai ? Lab::thai : Lab::english);
    if (const auto problem = Lab::ensureThaiCapableFont())
        std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(*problem));
}

int runGui(int argc, char** argv)
{
    const QString screenshot = optionValue(argc, argv, "--screenshot");
    const auto lab = labOption(argc, argv, false);
    if (!lab)
        return 2;
    if (!screenshot.isEmpty())
        offscreenWithoutDisplay();
    QApplication app(argc, argv);
    describeApp();
    startInterface(app.arguments());
    Lab::MainWindow window(workerProgram());
    window.show();
    if (!screenshot.isEmpty()) {
        QObject::connect(&window, &Lab::MainWindow::batchFinished, &app, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            if (!saved)
                std::fprintf(stderr, "concurrency-lab: cannot write %s\n", qPrintable(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        if (!runLab(window, *lab, argc, argv))
            return 2;
    }
    return app.exec();
}

int exportCharts(int argc, char** argv)
{
    const auto lab = labOption(argc, argv, true);
    const QString out = optionValue(argc, argv, "--out");
    if (!lab)
        return 2;
    if (out.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab export-charts: --out: give the folder the charts go into\n");
        return 2;
    }
    offscreenWithoutDisplay();
    QApplication app(argc, argv);
    describeApp();
    startInterface(app.arguments());
    Lab::MainWindow window(workerProgram());
    window.resize(1600, 1000);
    QObject::connect(&window, &Lab::MainWindow::batchFinished, &app, [&window, out] {
        const auto error = QDir().mkpath(out) ? window.exportAll(out) : std::optional<QString>(out);
        if (error)
            std::fprintf(stderr, "concurrency-lab export-charts: %s\n", qPrintable(*error));
        QCoreApplication::exit(error ? 1 : 0);
    });
    if (!runLab(window, *lab, argc, argv))
        return 2;
    return app.exec();
}

// concurrency-lab bench [--quick] [--json PATH] [--python PATH|none] [--repeats N] [--only SECTIONS]
int runBench(int argc, char** argv)
{
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    Lab::Bench::Options options;
    QString jsonPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == u"--quick"_s) {
            options.quick = true;
        } else if (a == u"--json"_s && hasValue) {
            jsonPath = args.at(++i);
        } else if (a == u"--python"_s && hasValue) {
            options.python = args.at(++i);
        } else if (a == u"--only"_s && hasValue) {
            options.only = args.at(++i).split(u',');
            static const QStringList sections{u"fanout"_s, u"threads"_s, u"processes"_s, u"squares"_s,
                                              u"io"_s,     u"sampler"_s, u"gui"_s};
            ok = std::all_of(options.only.begin(), options.only.end(),
                             [](const QString& s) { return sections.contains(s); });
        } else if (a == u"--repeats"_s && hasValue) {
            options.repeats = args.at(++i).toInt(&ok);
            ok = ok && options.repeats >= 1 && options.repeats <= 100;
        } else if (a == u"--probe-fanout"_s && hasValue) { // one fan-out, in a process of its own
            const int tasks = args.at(++i).toInt(&ok);
            QCoreApplication app(argc, argv);
            return ok && tasks >= 1 && tasks <= Lab::maxTasks ? Lab::Bench::fanoutProbe(tasks, 200) : 2;
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(stderr,
                         "concurrency-lab bench: '%s' is not understood; allowed: --quick, --json PATH, "
                         "--python PATH|none, --repeats 1-100, --only "
                         "fanout,threads,processes,squares,io,sampler,gui\n",
                         qPrintable(a));
            return 2;
        }
    }
    offscreenWithoutDisplay();
    QApplication app(argc, argv);
    describeApp();
    options.program = QCoreApplication::applicationFilePath();
    options.workerProgram = workerProgram();
    const auto say = [](const QString& line) { std::fprintf(stderr, "bench: %s\n", qPrintable(line)); };
    const auto gui = [&](int tasks) { return Lab::measureWindow(options.workerProgram, tasks); };
    const Lab::Bench::Report report = Lab::Bench::run(options, gui, say);
    QTextStream(stdout) << Lab::Bench::table(report) << Qt::flush;
    if (jsonPath.isEmpty())
        return 0;
    if (const auto error =
            Lab::Export::writeFile(jsonPath, QJsonDocument(Lab::Bench::toJson(report)).toJson())) {
        std::fprintf(stderr, "concurrency-lab bench: %s\n", qPrintable(*error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const char* command = argc >= 2 ? argv[1] : "";
    // The process-pool child: no Qt application, no event loop, a quick start.
    if (std::strcmp(command, "worker") == 0)
        return Lab::runWorkerLoop(0, 1);
    if (std::strcmp(command, "run") == 0)
        return runCli(argc, argv);
    if (std::strcmp(command, "export-charts") == 0)
        return exportCharts(argc, argv);
    if (std::strcmp(command, "bench") == 0)
        return runBench(argc, argv);
    if (argc >= 2 && command[0] != '-') {
        std::fprintf(
            stderr,
            "concurrency-lab: unknown command '%s'; allowed: run, export-charts, bench, worker, or none "
            "for the window\n",
            command);
        return 2;
    }
    return runGui(argc, argv);
}
