#include "windowcommands.h"

#include "chartexport.h"
#include "experiment.h"
#include "experimentpanel.h"
#include "files.h"
#include "mainwindow.h"
#include "python/pythonruntime.h"
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
    MainWindow window(workerProgram);
    if (lab.lab >= 0)
        window.experimentPanel()->setPreset(lab.lab);
    applyLook(window, lab);
    window.show();
    return QApplication::exec();
}

int saveScreenshot(const LabRun& lab, const QString& path, const QString& workerProgram)
{
    MainWindow window(workerProgram);
    applyLook(window, lab);
    window.show();
    QObject::connect(&window, &MainWindow::batchFinished, &window, [&window, path] {
        const auto error = savePicture(window, path);
        if (error)
            complain(*error);
        QCoreApplication::exit(error ? 1 : 0);
    });
    runLab(window, lab);
    return QApplication::exec();
}

int exportCharts(const LabRun& lab, const QString& outDir, const QString& workerProgram)
{
    MainWindow window(workerProgram);
    window.resize(ChartExport::defaultSize);
    QObject::connect(&window, &MainWindow::batchFinished, &window, [&window, outDir] {
        const auto error = QDir().mkpath(outDir)
                               ? window.exportAll(outDir)
                               : std::optional(Tr::tr("cannot make the folder %1").arg(outDir));
        if (error)
            complain(*error);
        QCoreApplication::exit(error ? 1 : 0);
    });
    runLab(window, lab);
    return QApplication::exec();
}

} // namespace Lab::Gui
