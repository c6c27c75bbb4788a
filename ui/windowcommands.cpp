#include "windowcommands.h"

#include "chartexport.h"
#include "engine/session.h"
#include "experiment.h"
#include "experimentpanel.h"
#include "files.h"
#include "mainwindow.h"
#include "python/pythonruntime.h"
#include "report/jsonimport.h"
#include "sessiondocument.h"
#include "thaifont.h"
#include "translation.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFutureWatcher>
#include <QImageWriter>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Lab::Gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui)
};

void complain(const QString& message)
{
    QTextStream(stderr) << u"concurrency-lab: "_s << message << Qt::endl;
}

// Runs the lab by its runtime: at once for the engine alone, once Python has been looked for
// otherwise (without starving the window: the search runs in the background).
void runLab(MainWindow& window, const LabRun& lab)
{
    window.experimentPanel()->setPreset(std::max(0, lab.lab));
    if (fromId(runtimeSetIds, lab.runtime).value_or(RuntimeSet::Cpp) == RuntimeSet::Cpp) {
        QMetaObject::invokeMethod(&window, &MainWindow::run, Qt::QueuedConnection);
        return;
    }
    auto* search = new QFutureWatcher<QList<Python::Interpreter>>(&window);
    QObject::connect(search, &QFutureWatcherBase::finished, &window,
                     [&window, search, runtime = lab.runtime] {
                         window.experimentPanel()->setInterpreters(search->result());
                         if (!window.experimentPanel()->setRuntimeChoice(runtime)) {
                             complain(Python::installHint());
                             QCoreApplication::exit(2);
                             return;
                         }
                         window.run();
                     });
    search->setFuture(Python::discoverOnce());
}

// The session file asked for, read before any window opens; false when it cannot be (said on stderr).
bool readAsked(const LabRun& lab, std::optional<Export::SessionFile>& file)
{
    if (lab.open.isEmpty())
        return true;
    auto read = Export::readSessionJsonFile(lab.open);
    if (const auto* reason = std::get_if<QString>(&read)) {
        complain(*reason);
        return false;
    }
    file = std::get<Export::SessionFile>(std::move(read));
    return true;
}

// `done` once the window shows the lab's runs: the file's at the next turn of the event loop (the
// charts laid out), else the batch's when it has run.
template <typename Done>
void whenShown(MainWindow& window, const LabRun& lab, const std::optional<Export::SessionFile>& file,
               Done done)
{
    if (file) {
        window.document()->adopt(lab.open, *file, SessionDocument::Recent::Skip);
        QMetaObject::invokeMethod(&window, done, Qt::QueuedConnection);
        return;
    }
    QObject::connect(&window, &MainWindow::batchFinished, &window, done);
    runLab(window, lab);
}

// The picture encoded first, then written whole or not at all.
std::optional<QString> savePicture(QWidget& window, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(window.grab().toImage()))
        return Tr::tr("cannot write %1: %2").arg(path, writer.errorString());
    return Files::writeFile(path, buffer.data());
}

// Asked for on the command line, over what the settings kept.
void applyLook(MainWindow& window, const LabRun& lab)
{
    if (lab.presenter)
        window.setPresenterMode(true);
    if (lab.size.isValid()) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(lab.size);
    }
}

} // namespace

void offscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void startInterface(const QString& language)
{
    const QString chosen =
        language.isEmpty() ? QSettings().value(u"language"_s, defaultLanguage()).toString() : language;
    installTranslation(chosen == thai ? thai : english);
    if (const auto problem = ensureThaiCapableFont())
        complain(*problem);
}

int showWindow(const LabRun& lab, const QString& workerProgram)
{
    std::optional<Export::SessionFile> file;
    if (!readAsked(lab, file))
        return 2;
    MainWindow window(workerProgram);
    if (lab.lab >= 0)
        window.experimentPanel()->setPreset(lab.lab);
    applyLook(window, lab);
    window.show();
    if (file)
        window.document()->adopt(lab.open, *file);
    return QApplication::exec();
}

int saveScreenshot(const LabRun& lab, const QString& path, const QString& workerProgram)
{
    std::optional<Export::SessionFile> file;
    if (!readAsked(lab, file))
        return 2;
    MainWindow window(workerProgram);
    applyLook(window, lab);
    window.show();
    whenShown(window, lab, file, [&window, path] {
        const auto error = savePicture(window, path);
        if (error)
            complain(*error);
        QCoreApplication::exit(error ? 1 : 0);
    });
    return QApplication::exec();
}

namespace {

std::optional<QString> writeExports(MainWindow& window, const ExportRequest& request)
{
    if (!QDir().mkpath(request.outDir))
        return Tr::tr("cannot make the folder %1").arg(request.outDir);
    const ChartExport::Slide slide = window.slide(request.size, request.caption);
    if (auto error = window.exportAll(request.outDir, slide))
        return error;
    if (request.pdf)
        return window.exportHandout(QDir(request.outDir).filePath(u"handout.pdf"_s), slide);
    return std::nullopt;
}

} // namespace

int exportCharts(const ExportRequest& request, const QString& workerProgram)
{
    std::optional<Export::SessionFile> file;
    if (!readAsked({.lab = -1, .runtime = {}, .open = request.from, .presenter = false, .size = {}}, file))
        return 2;
    MainWindow window(workerProgram);
    window.resize(ChartExport::defaultSize);
    const auto done = [&window, &request] {
        const auto error = writeExports(window, request);
        if (error)
            complain(*error);
        QCoreApplication::exit(error ? 1 : 0);
    };
    if (file) { // a saved session's runs, drawn at the next turn of the event loop (the charts laid out)
        window.document()->adopt(request.from, *file, SessionDocument::Recent::Skip);
        QMetaObject::invokeMethod(&window, done, Qt::QueuedConnection);
    } else {
        QObject::connect(&window, &MainWindow::batchFinished, &window, done);
        if (!window.session()->start(request.runs)) {
            complain(Tr::tr("nothing to run"));
            return 2;
        }
    }
    return QApplication::exec();
}

} // namespace Lab::Gui
