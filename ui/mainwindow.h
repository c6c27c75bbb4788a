#pragma once

#include "labtypes.h"
#include "measure/machineinfo.h"
#include "python/pythonruntime.h"
#include "runresult.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QMap>

class QAction;
class QDockWidget;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace Lab {

class ChartsPane;
class ConsoleView;
class ExperimentPanel;
class ExplanationPanel;
class LessonView;
class PresenterBar;
class ResultsView;
class Session;
class SessionDocument;
namespace ChartExport {
struct Slide;
}

// Composes the panels, the menus and the settings; the work is done by the Session and the panels.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `workerProgram`: the executable started in `worker` mode for the process pool.
    explicit MainWindow(QString workerProgram, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    ExperimentPanel* experimentPanel() const { return m_experiment; }
    ChartsPane* chartsPane() const { return m_charts; }
    ResultsView* resultsView() const { return m_results; }
    ConsoleView* console() const { return m_console; }
    LessonView* lessonView() const { return m_lesson; }
    PresenterBar* presenterBar() const { return m_presenterBar; }
    QDockWidget* lessonDock() const { return m_lessonDock; }

    void run();
    void cancel();
    void setPresenterMode(bool on);
    // "th" or "en": every window, chart, table and dialog changes at once; the choice is kept.
    void setLanguage(const QString& language);
    // Every chart as PNG and SVG, and the session as JSON, CSV and a Perfetto trace, into `dir`;
    // the first error.
    std::optional<QString> exportAll(const QString& dir);
    std::optional<QString> exportAll(const QString& dir, const ChartExport::Slide& page);
    // A PDF of every chart and the results table, a page each.
    std::optional<QString> exportHandout(const QString& path, const ChartExport::Slide& page);
    // A slide of `size` for the runs shown: their subtitle, and the caption when asked for.
    ChartExport::Slide slide(const QSize& size, bool withCaption) const;

    // The session as a file (mainwindowsession.cpp): read or written on a pool thread, the end told by
    // sessionOpened() or sessionFailed(); the title names the file and marks runs not saved.
    SessionDocument* document() const { return m_document; }
    void openSession(const QString& path);
    void saveSession(const QString& path);
    // The machine the session's runs were made on: the opened file's, else this one.
    MachineInfo sessionMachine() const;
    // Ask before an opened file replaces runs not saved (a person's window); tests do not.
    void setAskBeforeReplacing(bool ask) { m_askBeforeReplacing = ask; }

Q_SIGNALS:
    void batchFinished();
    void sessionOpened(const QString& path);
    void sessionSaved(const QString& path);
    void sessionFailed(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void connectGuesses();
    void showPlan();
    void showGuesses(const QMap<Lab::Strategy, qint64>& ms);
    void retranslateUi();
    void onUpdated();
    void onBatchFinished();
    void showSelectedRuns(const QList<RunResultPtr>& runs, const RunResultPtr& current);
    void exportChart();
    void exportAllAsked();
    void exportHandoutAsked();
    void exportTrace();
    void choosePython();
    void onPythonProbed();
    void about();
    void saveSettings() const;
    void restoreSettings();
    void reportError(const QString& message);
    void buildLesson();
    void buildSessionActions();
    void retranslateSession();
    void updateSessionState();
    void fillRecentMenu();
    void openSessionAsked();
    void openSessionFrom(const QString& path);
    void saveSessionAsked();
    void saveSessionAsAsked();
    void onSessionOpened(const QString& path);
    void reportSessionError(const QString& reason);
    bool mayReplaceRuns();
    void buildPresenterBar();

    const QString m_workerProgram;
    Session* m_session;
    ExperimentPanel* m_experiment;
    ChartsPane* m_charts;
    ResultsView* m_results;
    ConsoleView* m_console;
    ExplanationPanel* m_explanation;
    QTabWidget* m_bottomTabs;
    QSplitter* m_mainSplitter;
    QSplitter* m_rightSplitter;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    SessionDocument* m_document;
    QAction* m_openSession = nullptr;
    QAction* m_saveSession = nullptr;
    QAction* m_saveSessionAs = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_askBeforeReplacing = true;
    QAction* m_exportChart = nullptr;
    QAction* m_exportAll = nullptr;
    QAction* m_exportHandout = nullptr;
    QAction* m_exportTrace = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_presenter = nullptr;
    QAction* m_thai = nullptr;
    QAction* m_english = nullptr;
    QAction* m_about = nullptr;
    QFutureWatcher<QList<Python::Interpreter>> m_pythonSearch;
    QFutureWatcher<std::optional<Python::Interpreter>> m_pythonProbe;
    QString m_probedPath;
    LessonView* m_lesson = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    PresenterBar* m_presenterBar = nullptr;
    QByteArray m_stateBeforePresenter; // the lesson's dock and the toolbar, shown or not
    QByteArray m_geometryBeforePresenter;
};

} // namespace Lab
