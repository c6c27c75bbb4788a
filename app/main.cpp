// concurrency-lab: every command checks its options first, with no window and no display, then
// goes to the part of the app that does it. Nothing here computes or draws.
#include "benchcommand.h"
#include "clisession.h"
#include "commandline.h"
#include "platform/process.h"
#include "translation.h"
#include "windowcommands.h"
#include "worker/workerloop.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApp()
{
    QCoreApplication::setApplicationName(u"concurrency-lab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CL_VERSION));
}

// The process pool's worker: concurrency-lab-worker beside us, which starts in a third of the
// time; this executable's own `worker` mode when it is not there.
QString workerProgram()
{
    const QFileInfo worker(
        QDir(QCoreApplication::applicationDirPath()).filePath(u"concurrency-lab-worker"_s));
    return worker.isExecutable() ? worker.absoluteFilePath() : QCoreApplication::applicationFilePath();
}

Lab::Bench::Options benchOptions(const Lab::Cli::BenchArgs& args)
{
    Lab::Bench::Options options;
    options.quick = args.quick;
    options.repeats = args.repeats;
    options.python = args.python;
    options.only = args.only;
    options.program = QCoreApplication::applicationFilePath();
    options.workerProgram = workerProgram();
    return options;
}

// The commands that need a QApplication, started once the checking one is gone.
int runWithWindow(int argc, char** argv, const Lab::Cli::Invocation& inv)
{
    const bool forAFile = inv.command != Lab::Cli::Command::Window || !inv.window.screenshot.isEmpty();
    if (forAFile)
        Lab::Gui::offscreenWithoutDisplay();
    QApplication app(argc, argv);
    describeApp();
    if (inv.command == Lab::Cli::Command::Bench)
        return Lab::Bench::runCommand(benchOptions(inv.bench), inv.bench.jsonPath);
    Lab::Gui::startInterface(inv.language);
    const QString worker = workerProgram();
    if (inv.command == Lab::Cli::Command::ExportCharts) {
        const Lab::Cli::ExportArgs& e = inv.exportCharts;
        return Lab::Gui::exportCharts({inv.run.runs, e.from, e.outDir, e.size, e.pdf, e.caption}, worker);
    }
    const Lab::Gui::LabRun lab{inv.window.lab, inv.window.runtime, inv.window.open, inv.window.presenter,
                               inv.window.size};
    return inv.window.screenshot.isEmpty() ? Lab::Gui::showWindow(lab, worker)
                                           : Lab::Gui::saveScreenshot(lab, inv.window.screenshot, worker);
}

} // namespace

int main(int argc, char** argv)
{
    // The process-pool child: no event loop and no widgets, a quick start (the worker makes its own
    // QCoreApplication only to speak the app's language).
    if (argc == 2 && std::strcmp(argv[1], "worker") == 0)
        return Lab::runWorkerLoop(0, 1);

    // A reader that goes away (`run … | head`) or a full file-size limit makes a write fail with an
    // error the app reports (EPIPE, EFBIG), instead of a signal that would end it before the files
    // it was asked to write are written.
    Lab::Platform::ignoreBrokenPipe();
    Lab::Platform::ignoreFileSizeLimit();
    auto checking = std::make_unique<QCoreApplication>(argc, argv);
    describeApp();
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString asked = Lab::Cli::requestedLanguage(args);
    Lab::installTranslation(asked.isEmpty() ? Lab::defaultLanguage() : asked);
    const QString runsBase =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/concurrency-lab/runs"_s;
    const Lab::Cli::Invocation inv = Lab::Cli::parseCommandLine(args, {workerProgram(), runsBase});
    if (!inv.error.isEmpty()) {
        QTextStream(stderr) << inv.error << Qt::endl;
        return 2;
    }
    if (!inv.print.isEmpty()) {
        QTextStream(stdout) << inv.print << Qt::flush;
        return 0;
    }
    switch (inv.command) {
    case Lab::Cli::Command::Run:
        return Lab::runCommand(inv.run);
    case Lab::Cli::Command::FanoutProbe:
        return Lab::Bench::fanoutProbe(inv.bench.probeTasks, 200);
    case Lab::Cli::Command::Worker:
        return Lab::runWorkerLoop(0, 1);
    default:
        checking.reset();
        return runWithWindow(argc, argv, inv);
    }
}
