#include "cliargs.h"
#include "clisession.h"
#include "interruptwatcher.h"
#include "mainwindow.h"
#include "translation.h"
#include "workerloop.h"

#include <QApplication>
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
    const Lab::CliParse parsed =
        Lab::parseRunArguments(args, QCoreApplication::applicationFilePath(), runsBase);
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

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApp();
    Lab::installTranslation(Lab::defaultLanguage());
    Lab::MainWindow window;
    window.show();
    return app.exec();
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
    if (argc >= 2 && command[0] != '-') {
        std::fprintf(stderr,
                     "concurrency-lab: unknown command '%s'; allowed: run, worker, or none for the window\n",
                     command);
        return 2;
    }
    return runGui(argc, argv);
}
