#include "mainwindow.h"

#include "chartexport.h"
#include "chartspane.h"
#include "consoleview.h"
#include "cpuchart.h"
#include "engine/session.h"
#include "experimentpanel.h"
#include "explanationpanel.h"
#include "files.h"
#include "labtypes.h"
#include "lessonview.h"
#include "measure/machineinfo.h"
#include "presenterbar.h"
#include "report/jsonexport.h"
#include "report/traceexport.h"
#include "resultsview.h"
#include "sessiondocument.h"
#include "translation.h"
#include "wallclockchart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Lab {

MainWindow::MainWindow(QString workerProgram, QWidget* parent)
    : QMainWindow(parent), m_workerProgram(std::move(workerProgram)), m_session(new Session(this)),
      m_experiment(new ExperimentPanel(this)), m_charts(new ChartsPane(m_session, this)),
      m_results(new ResultsView(m_session, this)), m_console(new ConsoleView(this)),
      m_explanation(new ExplanationPanel(this)), m_bottomTabs(new QTabWidget(this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal, this)), m_rightSplitter(new QSplitter(Qt::Vertical, this)),
      m_document(new SessionDocument(m_session, this))
{
    m_bottomTabs->addTab(m_results, QString());
    m_bottomTabs->addTab(m_console, QString());
    m_bottomTabs->addTab(m_explanation, QString());
    m_rightSplitter->addWidget(m_charts);
    m_rightSplitter->addWidget(m_bottomTabs);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_experiment);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);

    connect(m_experiment, &ExperimentPanel::runRequested, this, &MainWindow::run);
    connect(m_experiment, &ExperimentPanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_session, &Session::narrative, m_console, &ConsoleView::appendLines);
    connect(m_session, &Session::updated, this, &MainWindow::onUpdated);
    connect(m_session, &Session::batchFinished, this, &MainWindow::onBatchFinished);
    connect(m_results, &ResultsView::runsSelected, this, &MainWindow::showSelectedRuns);
    // Looking for Python starts interpreters: on a pool thread, never the window's.
    connect(&m_pythonSearch, &QFutureWatcherBase::finished, this,
            [this] { m_experiment->setInterpreters(m_pythonSearch.result()); });
    m_pythonSearch.setFuture(Python::discoverOnce());
    connect(m_experiment, &ExperimentPanel::pythonFileRequested, this, &MainWindow::choosePython);
    connect(&m_pythonProbe, &QFutureWatcherBase::finished, this, &MainWindow::onPythonProbed);
    connectGuesses();
    buildMenus();
    buildLesson();
    buildPresenterBar();
    retranslateUi();
    resize(1280, 800);
    restoreSettings();
    showPlan();
}

MainWindow::~MainWindow() = default;

// Predict, then run: a guess typed in the panel is drawn on the chart, one dragged on the chart is
// written in the panel.
void MainWindow::connectGuesses()
{
    WallClockChart* chart = m_charts->wallClock();
    connect(m_experiment, &ExperimentPanel::planChanged, this, &MainWindow::showPlan);
    connect(m_session, &Session::cleared, this, &MainWindow::showPlan); // the guesses stay in the panel
    connect(m_experiment, &ExperimentPanel::predictionsChanged, this, &MainWindow::showGuesses);
    connect(chart, &WallClockChart::guessDragged, m_experiment, &ExperimentPanel::setPrediction);
}

void MainWindow::showPlan()
{
    m_charts->wallClock()->showPlan(m_experiment->plannedRuns());
}

// A guess for the next run: the chart shows that run, no longer the last one.
void MainWindow::showGuesses(const QMap<Strategy, qint64>& ms)
{
    if (m_charts->wallClock()->showsPlan())
        m_charts->wallClock()->setPlanPredictions(ms);
    else
        showPlan();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    buildSessionActions();
    m_fileMenu->addSeparator();
    m_exportChart = m_fileMenu->addAction(QString(), this, &MainWindow::exportChart);
    m_exportChart->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_exportAll = m_fileMenu->addAction(QString(), this, &MainWindow::exportAllAsked);
    m_exportAll->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    m_exportHandout = m_fileMenu->addAction(QString(), this, &MainWindow::exportHandoutAsked);
    m_exportTrace = m_fileMenu->addAction(QString(), this, &MainWindow::exportTrace);
    m_exportTrace->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_runMenu = menuBar()->addMenu(QString());
    m_runAction = m_runMenu->addAction(QString(), this, &MainWindow::run);
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancelAction = m_runMenu->addAction(QString(), this, &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    m_clearAction = m_runMenu->addAction(QString(), m_session, &Session::clear);
    m_viewMenu = menuBar()->addMenu(QString());
    m_presenter = m_viewMenu->addAction(QString(), this, &MainWindow::setPresenterMode);
    m_presenter->setCheckable(true);
    m_presenter->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    // Each language names itself, so that a person who cannot read the other can still switch.
    m_languageMenu = menuBar()->addMenu(QString());
    auto* languages = new QActionGroup(this);
    m_thai = m_languageMenu->addAction(u"ไทย"_s, this, [this] { setLanguage(thai); });
    m_english = m_languageMenu->addAction(u"English"_s, this, [this] { setLanguage(english); });
    for (QAction* a : {m_thai, m_english}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::about);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    retranslateSession();
    m_exportChart->setText(tr("&Export chart…"));
    m_exportAll->setText(tr("Export &all…"));
    m_exportHandout->setText(tr("Export &handout (PDF)…"));
    m_exportTrace->setText(tr("Export &trace…"));
    m_quit->setText(tr("&Quit"));
    m_runMenu->setTitle(tr("&Run"));
    m_runAction->setText(tr("&Run"));
    m_cancelAction->setText(tr("&Cancel"));
    m_clearAction->setText(tr("C&lear the results"));
    m_viewMenu->setTitle(tr("&View"));
    m_presenter->setText(tr("&Presenter mode"));
    m_languageMenu->setTitle(tr("&Language"));
    m_thai->setChecked(currentLanguage() == thai);
    m_english->setChecked(currentLanguage() != thai);
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Concurrency Lab"));
    m_bottomTabs->setTabText(0, tr("Results"));
    m_bottomTabs->setTabText(1, tr("Console"));
    m_bottomTabs->setTabText(2, tr("Explanation"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::run()
{
    if (m_session->isRunning() || m_document->isBusy())
        return;
    m_charts->cpu()->setSelectedRun(-1); // the new batch's run that is going, not a row of the last
    const auto experiment = m_experiment->experiment();
    if (const auto* error = std::get_if<QString>(&experiment)) {
        m_experiment->showError(*error);
        return;
    }
    const auto& e = std::get<Experiment>(experiment);
    const QString outDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(u"runs/"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s));
    m_explanation->setLab(e.lab < 0 ? labCount : e.lab);
    m_experiment->setRunning(true);
    m_runAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_clearAction->setEnabled(false);
    m_session->start(experimentRuns(e, m_workerProgram, outDir),
                     e.runBaselinesAgain ? Session::Baselines::RunAgain : Session::Baselines::Reuse);
}

void MainWindow::cancel()
{
    m_session->cancel();
}

void MainWindow::onUpdated()
{
    int done = 0;
    int total = 0;
    qint64 elapsed = 0;
    // Of every counted round: a repeated kind's finished rounds, then the one going; a warm-up is
    // not among them.
    for (const LiveRun& run : m_session->batch()) {
        const int tasks = int(run.tasks.size());
        total += tasks * std::max<int>(1, run.roundsPlanned);
        done += tasks * int(run.rounds.size());
        for (const RunResultPtr& round : run.rounds)
            elapsed += round->wallNs;
        const bool going = !run.finished() || run.rounds.isEmpty(); // or a reused baseline
        if (going && !run.config.warmup) {
            done += run.done;
            elapsed += run.elapsedNs;
        }
    }
    done = std::min(done, total);
    m_experiment->setProgress(done, total, elapsed);
}

// The charts show the batches of the rows chosen, side by side; the CPU per core, the row clicked.
void MainWindow::showSelectedRuns(const QList<RunResultPtr>& runs, const RunResultPtr& current)
{
    QList<int> batches;
    for (const RunResultPtr& r : runs) {
        if (r)
            batches.append(r->config.batch);
    }
    m_session->showBatches(batches);
    const QList<LiveRun>& shown = m_session->shown();
    const auto at =
        std::find_if(shown.begin(), shown.end(), [&](const LiveRun& r) { return r.result == current; });
    m_charts->cpu()->setSelectedRun(at == shown.end() ? -1 : int(at - shown.begin()));
}

void MainWindow::onBatchFinished()
{
    onUpdated();
    m_experiment->setRunning(false);
    m_runAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_clearAction->setEnabled(true);
    Q_EMIT batchFinished();
}

// For a projector: full screen, the panel and the lesson folded into a slim bar, the charts on the
// rest, their text sized for the room. The window's state before comes back after.
void MainWindow::setPresenterMode(bool on)
{
    if (m_presenter->isChecked() != on)
        m_presenter->setChecked(on);
    if (on == m_presenterBar->isVisibleTo(this))
        return;
    if (on) {
        m_stateBeforePresenter = saveState();
        m_geometryBeforePresenter = saveGeometry();
    }
    m_presenterBar->setVisible(on);
    for (QWidget* w : std::initializer_list<QWidget*>{m_experiment, m_bottomTabs, menuBar(),
                                                      static_cast<QWidget*>(statusBar())})
        w->setVisible(!on);
    if (on) {
        m_lessonDock->hide();
        m_toolBar->hide();
    } else {
        restoreState(m_stateBeforePresenter);
    }
    setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    // The whole screen also where no window manager makes a window full screen (a kiosk, Xvfb); a
    // window not shown yet is made full screen as it is shown.
    if (on && isVisible() && screen())
        setGeometry(screen()->geometry());
    else if (!on)
        restoreGeometry(m_geometryBeforePresenter);
    m_charts->setPresenter(on);
}

// Above the charts; its shortcuts, and the menus', are the window's, for the menu bar is hidden.
void MainWindow::buildPresenterBar()
{
    m_presenterBar = new PresenterBar(m_lesson, m_session, this);
    m_presenterBar->hide();
    connect(m_presenterBar, &PresenterBar::cancelRequested, this, &MainWindow::cancel);
    // Before those who wait for the batch's end see the window: a picture shows Run again.
    connect(this, &MainWindow::batchFinished, m_presenterBar, &PresenterBar::showRunning);
    connect(m_presenterBar, &PresenterBar::leaveRequested, this, [this] { setPresenterMode(false); });
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_presenterBar);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    addActions({m_presenter, m_runAction, m_cancelAction});
}

void MainWindow::setLanguage(const QString& language)
{
    if (language != currentLanguage()) {
        installTranslation(language);
        // Qt posts every window a LanguageChange: deliver them now, so that the switch is one step.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    QSettings().setValue(u"language"_s, language);
}

void MainWindow::reportError(const QString& message)
{
    QMessageBox::warning(this, tr("Concurrency Lab"), message);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Concurrency Lab"),
                       tr("<h3>Concurrency Lab %1</h3><p>The same work done one at a time, with coroutines, "
                          "threads and processes, measured side by side.</p><p>Qt %2 · %n core(s)</p>",
                          nullptr, cpuCores())
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The session's engine cancels the run and ends its workers as it is destroyed.
    m_session->cancel();
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(u"window/geometry"_s, m_presenter->isChecked() ? m_geometryBeforePresenter : saveGeometry());
    s.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    s.setValue(u"window/rightSplitter"_s, m_rightSplitter->saveState());
    const bool presenting = m_presenter->isChecked();
    s.setValue(u"window/presenter"_s, presenting);
    // The lesson shown or not, and where: as it was before presenter mode folded it away.
    s.setValue(u"window/state"_s, presenting ? m_stateBeforePresenter : saveState());
    m_experiment->saveSettings(s);
    m_lesson->saveSettings(s);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(u"window/geometry"_s).toByteArray());
    m_mainSplitter->restoreState(s.value(u"window/mainSplitter"_s).toByteArray());
    m_rightSplitter->restoreState(s.value(u"window/rightSplitter"_s).toByteArray());
    restoreState(s.value(u"window/state"_s).toByteArray());
    m_experiment->restoreSettings(s);
    m_lesson->restoreSettings(s);
    setPresenterMode(s.value(u"window/presenter"_s, false).toBool());
}

// The guided lesson beside the charts it points at: what a new person sees first (the window's
// state, kept in the settings, remembers it closed), and back from the View menu or the toolbar.
void MainWindow::buildLesson()
{
    m_lesson = new LessonView(m_experiment, m_charts, m_session, this);
    connect(m_lesson, &LessonView::runRequested, this, &MainWindow::run);
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(u"lesson"_s);
    m_lessonDock->setWidget(m_lesson);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    resizeDocks({m_lessonDock}, {420}, Qt::Horizontal);
    QAction* shown = m_lessonDock->toggleViewAction();
    shown->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_viewMenu->addAction(shown);
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"toolbar"_s);
    m_toolBar->addAction(shown);
}

} // namespace Lab
