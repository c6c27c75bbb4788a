// What the window reads and writes through file dialogs: chart, session and trace exports, and an
// interpreter chosen by hand.
#include "mainwindow.h"

#include "chartexport.h"
#include "chartspane.h"
#include "engine/session.h"
#include "experimentpanel.h"
#include "files.h"
#include "measure/machineinfo.h"
#include "report/jsonexport.h"
#include "report/traceexport.h"

#include <QDir>
#include <QFileDialog>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {
// Qt's own file dialog speaks the app's language (qt_th.ts); a desktop's native one would follow
// the system's instead.
constexpr QFileDialog::Options dialogOptions = QFileDialog::DontUseNativeDialog;
} // namespace

void MainWindow::exportChart()
{
    Exportable* chart = m_charts->currentChart();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(chart->exportTitle()),
                                                      chart->exportName() + u".png"_s, png + u";;"_s + svg,
                                                      &filter, dialogOptions);
    if (path.isEmpty())
        return;
    const bool asSvg =
        path.endsWith(u".svg"_s, Qt::CaseInsensitive) || (filter == svg && !path.endsWith(u".png"_s));
    const auto error = asSvg ? ChartExport::saveSvg(*chart, path) : ChartExport::savePng(*chart, path);
    if (error)
        reportError(*error);
}

std::optional<QString> MainWindow::exportAll(const QString& dir)
{
    if (auto error = ChartExport::saveAll(m_charts->charts(), dir))
        return error;
    const QList<RunResultPtr>& runs = m_session->results();
    if (auto error =
            Export::writeSessionJsonFile(QDir(dir).filePath(u"session.json"_s), runs, sessionMachine()))
        return error;
    if (auto error = Files::writeFile(QDir(dir).filePath(u"session.csv"_s), Export::sessionCsv(runs)))
        return error;
    return Files::writeFile(QDir(dir).filePath(u"session.trace.json"_s), Trace::chromeTrace(runs));
}

void MainWindow::exportTrace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export trace"), u"session.trace.json"_s,
        tr("Trace for ui.perfetto.dev or chrome://tracing (*.json)"), nullptr, dialogOptions);
    if (path.isEmpty())
        return;
    if (const auto error = Files::writeFile(path, Trace::chromeTrace(m_session->results())))
        reportError(*error);
}

void MainWindow::choosePython()
{
    if (m_pythonProbe.isRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Python interpreter"), u"/usr/bin"_s,
                                                      QString(), nullptr, dialogOptions);
    if (path.isEmpty())
        return;
    m_probedPath = path;
    m_pythonProbe.setFuture(QtConcurrent::run(&Python::probe, path));
}

void MainWindow::onPythonProbed()
{
    if (const auto found = m_pythonProbe.result())
        m_experiment->addInterpreter(*found);
    else
        reportError(tr("'%1' is not a Python 3.9 or newer that can be run.").arg(m_probedPath));
}

void MainWindow::exportAllAsked()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export every chart and the results into"), QString(),
                                          QFileDialog::ShowDirsOnly | dialogOptions);
    if (dir.isEmpty())
        return;
    if (const auto error = exportAll(dir))
        reportError(*error);
}

} // namespace Lab
