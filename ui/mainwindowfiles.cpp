// What the window reads and writes through file dialogs: chart, handout, session and trace exports,
// and an interpreter chosen by hand.
#include "mainwindow.h"

#include "chartexport.h"
#include "chartspane.h"
#include "engine/session.h"
#include "experimentpanel.h"
#include "files.h"
#include "measure/machineinfo.h"
#include "report/caption.h"
#include "report/jsonexport.h"
#include "report/sessionmodel.h"
#include "report/traceexport.h"
#include "resultsview.h"
#include "slideoptions.h"
#include "tableslide.h"

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

ChartExport::Slide MainWindow::slide(const QSize& size, bool withCaption) const
{
    const QList<RunResultPtr> runs = m_session->shownResults();
    // A session opened from a learner's laptop says so: its cores are not this machine's.
    const MachineInfo made = sessionMachine();
    return {size, Caption::subtitle(runs, made),
            withCaption ? Caption::caption(runs, made, currentMachine()) : QString()};
}

void MainWindow::exportChart()
{
    Exportable* chart = m_charts->currentChart();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QFileDialog dialog(this, tr("Export %1").arg(chart->exportTitle()), QString(), png + u";;"_s + svg);
    dialog.setOptions(dialogOptions);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(chart->exportName() + u".png"_s);
    const SlideOptions* options = new SlideOptions(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const bool asSvg = path.endsWith(u".svg"_s, Qt::CaseInsensitive) ||
                       (dialog.selectedNameFilter() == svg && !path.endsWith(u".png"_s));
    const ChartExport::Slide page = slide(options->size(), options->withCaption());
    const auto error =
        asSvg ? ChartExport::saveSvg(*chart, path, page) : ChartExport::savePng(*chart, path, page);
    if (error)
        reportError(*error);
}

std::optional<QString> MainWindow::exportAll(const QString& dir)
{
    return exportAll(dir, slide(ChartExport::defaultSize, true));
}

std::optional<QString> MainWindow::exportAll(const QString& dir, const ChartExport::Slide& page)
{
    if (auto error = ChartExport::saveAll(m_charts->charts(), dir, page))
        return error;
    const QList<RunResultPtr>& runs = m_session->results();
    if (auto error =
            Export::writeSessionJsonFile(QDir(dir).filePath(u"session.json"_s), runs, sessionMachine()))
        return error;
    if (auto error = Files::writeFile(QDir(dir).filePath(u"session.csv"_s), Export::sessionCsv(runs)))
        return error;
    return Files::writeFile(QDir(dir).filePath(u"session.trace.json"_s), Trace::chromeTrace(runs));
}

std::optional<QString> MainWindow::exportHandout(const QString& path, const ChartExport::Slide& page)
{
    QList<Exportable*> pages = m_charts->charts();
    TableSlide table(m_results->sessionModel());
    pages.append(&table);
    return ChartExport::savePdf(pages, path, page);
}

void MainWindow::exportHandoutAsked()
{
    QFileDialog dialog(this, tr("Export a handout"), QString(), tr("PDF document (*.pdf)"));
    dialog.setOptions(dialogOptions);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"pdf"_s);
    dialog.selectFile(u"handout.pdf"_s);
    const SlideOptions* options = new SlideOptions(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    if (const auto error = exportHandout(dialog.selectedFiles().constFirst(),
                                         slide(options->size(), options->withCaption())))
        reportError(*error);
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
    QFileDialog dialog(this, tr("Export every chart and the results into"));
    dialog.setOptions(QFileDialog::ShowDirsOnly | dialogOptions);
    dialog.setFileMode(QFileDialog::Directory);
    const SlideOptions* options = new SlideOptions(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    if (const auto error =
            exportAll(dialog.selectedFiles().constFirst(), slide(options->size(), options->withCaption())))
        reportError(*error);
}

} // namespace Lab
