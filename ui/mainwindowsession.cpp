// The session as a document: File → Open session, Save session, Open recent, a file dropped on the
// window; the title that names the file. The reading and writing are SessionDocument's.
#include "mainwindow.h"

#include "consoleview.h"
#include "engine/session.h"
#include "experiment.h"
#include "experimentpanel.h"
#include "explanationpanel.h"
#include "sessiondocument.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {
constexpr QFileDialog::Options dialogOptions = QFileDialog::DontUseNativeDialog;
constexpr int statusMs = 10'000;

// The one local .json file dropped, or "".
QString droppedSession(const QMimeData* mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? path : QString();
}
} // namespace

void MainWindow::buildSessionActions()
{
    m_openSession = m_fileMenu->addAction(QString(), this, &MainWindow::openSessionAsked);
    m_openSession->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_saveSession = m_fileMenu->addAction(QString(), this, &MainWindow::saveSessionAsked);
    m_saveSession->setShortcut(QKeySequence::Save);
    m_saveSessionAs = m_fileMenu->addAction(QString(), this, &MainWindow::saveSessionAsAsked);
    m_saveSessionAs->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    setAcceptDrops(true);
    connect(m_document, &SessionDocument::changed, this, &MainWindow::updateSessionState);
    // The panel on the file's lab, before its runs replace the plan the panel draws.
    connect(m_document, &SessionDocument::opening, this, [this](int lab) {
        m_console->clear();
        if (lab >= 0)
            m_experiment->setPreset(lab);
    });
    statusBar(); // there from the start: a message does not move the panels
    connect(m_document, &SessionDocument::opened, this, &MainWindow::onSessionOpened);
    connect(m_document, &SessionDocument::failed, this, &MainWindow::reportSessionError);
    connect(m_document, &SessionDocument::saved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved %1").arg(path), statusMs);
        Q_EMIT sessionSaved(path);
    });
}

void MainWindow::retranslateSession()
{
    m_openSession->setText(tr("&Open session…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveSession->setText(tr("&Save session"));
    m_saveSessionAs->setText(tr("Save session &as…"));
    updateSessionState();
}

// The title names the file, "[*]" marks runs not saved; nothing opens or saves while a file is busy.
void MainWindow::updateSessionState()
{
    const QString name = QFileInfo(m_document->path()).fileName();
    setWindowTitle(name.isEmpty() ? tr("Concurrency Lab[*]") : tr("%1[*] — Concurrency Lab").arg(name));
    setWindowModified(m_document->isModified());
    const bool busy = m_document->isBusy();
    for (QAction* a : {m_openSession, m_saveSession, m_saveSessionAs})
        a->setEnabled(!busy);
    m_recentMenu->setEnabled(!busy);
    if (busy) {
        statusBar()->showMessage(tr("Reading or writing %1…").arg(m_document->busyWith()));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

MachineInfo MainWindow::sessionMachine() const
{
    return m_document->machine();
}

void MainWindow::openSession(const QString& path)
{
    if (!m_document->open(path))
        reportSessionError(
            tr("cannot open %1: wait until the run or the file being read has ended").arg(path));
}

void MainWindow::saveSession(const QString& path)
{
    if (!m_document->save(path))
        reportSessionError(tr("cannot write %1: another file is being read or written").arg(path));
}

void MainWindow::openSessionAsked()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open session"), QString(), tr("Concurrency Lab session (*.json)"), nullptr, dialogOptions);
    if (!path.isEmpty())
        openSessionFrom(path);
}

void MainWindow::openSessionFrom(const QString& path)
{
    if (mayReplaceRuns())
        openSession(path);
}

void MainWindow::saveSessionAsked()
{
    if (m_document->path().isEmpty())
        saveSessionAsAsked();
    else
        saveSession(m_document->path());
}

void MainWindow::saveSessionAsAsked()
{
    const QString start = m_document->path().isEmpty() ? u"session.json"_s : m_document->path();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save session"), start, tr("Concurrency Lab session (*.json)"), nullptr, dialogOptions);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    saveSession(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : m_document->recent()) {
        m_recentMenu->addAction(QFileInfo(path).fileName() + u"  ("_s + path + u')', this, [this, path] {
            if (QFileInfo::exists(path)) {
                openSessionFrom(path);
                return;
            }
            m_document->forget(path);
            reportSessionError(tr("%1 is no longer there: it is taken off the recent files").arg(path));
        });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No session opened yet"))->setEnabled(false);
}

// The charts, the table and the console show the file's runs by now (the Session told them);
// what is left is to say where they were made.
void MainWindow::onSessionOpened(const QString& path)
{
    const QList<RunResultPtr>& runs = m_session->results();
    const int lab = runs.isEmpty() ? -1 : runs.last()->config.labNumber;
    m_explanation->setLab(lab < 0 ? labCount : lab);
    QString said = tr("Opened %1: %n run(s)", nullptr, int(runs.size())).arg(path);
    const MachineInfo made = m_document->machine();
    if (Export::otherMachine(made, currentMachine())) {
        const QString other =
            tr("made on another machine: %n core(s), %1", nullptr, made.cores).arg(made.cpuModel);
        said = tr("%1; %2").arg(said, other);
    }
    m_console->appendLines({QString(), said});
    statusBar()->showMessage(said);
    Q_EMIT sessionOpened(path);
}

// Not modal: a window drawn for a test, or a class, is not stopped by it.
void MainWindow::reportSessionError(const QString& reason)
{
    statusBar()->showMessage(reason, statusMs);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Concurrency Lab"), reason, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT sessionFailed(reason);
}

bool MainWindow::mayReplaceRuns()
{
    if (!m_askBeforeReplacing || !m_document->isModified() || m_session->results().isEmpty())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Concurrency Lab"),
                              tr("The runs of this session are not saved. Replace them with the file's?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedSession(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedSession(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openSessionFrom(path);
}

} // namespace Lab
