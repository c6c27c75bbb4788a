// A session saved and opened again: every field read back as written, every bad file refused with
// its reason and the session left as it was; the window and the command line open them too.
#include "chartexport.h"
#include "chartspane.h"
#include "consoleview.h"
#include "engine/session.h"
#include "experiment.h"
#include "experimentpanel.h"
#include "mainwindow.h"
#include "measure/stallwatch.h"
#include "report/jsonexport.h"
#include "report/jsonimport.h"
#include "report/sessionmodel.h"
#include "resultsview.h"
#include "sessiondocument.h"
#include "testsupport.h"
#include "wallclockchart.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString reasonOf(const std::variant<Lab::Export::SessionFile, QString>& read)
{
    const auto* reason = std::get_if<QString>(&read);
    return reason ? *reason : QString();
}

QByteArray written(const QList<Lab::RunResultPtr>& runs, const Lab::MachineInfo& machine)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Lab::Export::writeSessionJson(buffer, runs, machine))
        return {};
    return buffer.data();
}

// Lab `lab` made small: short waits, few tasks, small sums.
Lab::Experiment smallLab(int lab)
{
    Lab::Experiment e;
    e.lab = lab;
    e.scale = 1;
    e.waitPercent = 2;
    if (Lab::isMistakesLab(lab))
        e.tasks = lab == 7 ? 400 : 2;
    return e;
}

void compareConfigs(const Lab::RunConfig& a, const Lab::RunConfig& b)
{
    QCOMPARE(b.workload, a.workload);
    QCOMPARE(b.strategy, a.strategy);
    QCOMPARE(b.workers, a.workers);
    QCOMPARE(b.gil, a.gil);
    QCOMPARE(b.cities, a.cities);
    QCOMPARE(b.taskCount, a.taskCount);
    QCOMPARE(b.delayMs, a.delayMs);
    QCOMPARE(b.squaresN, a.squaresN);
    QCOMPARE(b.counterAdds, a.counterAdds);
    QCOMPARE(b.variant, a.variant);
    QCOMPARE(b.batchSize, a.batchSize);
    if (a.workload == Lab::Workload::Logs) // the folder of its files; no other run has one
        QCOMPARE(b.outDir, a.outDir);
    QCOMPARE(b.labNumber, a.labNumber);
    QCOMPARE(b.taskTimeoutMs, a.taskTimeoutMs);
    QCOMPARE(b.runtime, a.runtime);
    QCOMPARE(b.python, a.python);
    QCOMPARE(b.pythonStartTimeoutMs, a.pythonStartTimeoutMs);
    QCOMPARE(b.predictionMs, a.predictionMs);
    QCOMPARE(b.batch, a.batch);
    QCOMPARE(b.repeat, a.repeat);
    QCOMPARE(b.warmup, a.warmup);
}

void compareTasks(const Lab::RunResult& a, const Lab::RunResult& b)
{
    QCOMPARE(b.tasks.size(), a.tasks.size());
    for (qsizetype i = 0; i < a.tasks.size(); ++i) {
        QCOMPARE(b.tasks.at(i).id, a.tasks.at(i).id);
        QCOMPARE(b.tasks.at(i).workload, a.tasks.at(i).workload);
        QCOMPARE(b.tasks.at(i).label, a.tasks.at(i).label);
        QCOMPARE(b.tasks.at(i).delayMs, a.tasks.at(i).delayMs);
        QCOMPARE(b.tasks.at(i).n, a.tasks.at(i).n);
        QCOMPARE(b.tasks.at(i).filePath, a.tasks.at(i).filePath);
    }
    QCOMPARE(b.spans.size(), a.spans.size());
    for (std::size_t i = 0; i < a.spans.size(); ++i) {
        const Lab::TaskSpan& x = a.spans.at(i);
        const Lab::TaskSpan& y = b.spans.at(i);
        QCOMPARE(y.task, x.task);
        QCOMPARE(y.worker, x.worker);
        QCOMPARE(y.startNs, x.startNs);
        QCOMPARE(y.endNs, x.endNs);
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.text, x.text);
        QCOMPARE(y.sentNs, x.sentNs);
        QCOMPARE(y.returnedNs, x.returnedNs);
        QCOMPARE(y.submittedNs, x.submittedNs);
        QVERIFY(y.states == x.states);
    }
}

void compareLists(const Lab::RunResult& a, const Lab::RunResult& b)
{
    QCOMPARE(b.workers.size(), a.workers.size());
    for (qsizetype i = 0; i < a.workers.size(); ++i) {
        const Lab::WorkerInfo& x = a.workers.at(i);
        const Lab::WorkerInfo& y = b.workers.at(i);
        QVERIFY(y.kind == x.kind && y.name == x.name && y.pid == x.pid && y.tid == x.tid);
        QVERIFY(y.spawnNs == x.spawnNs && y.readyNs == x.readyNs);
    }
    QCOMPARE(b.samples.size(), a.samples.size());
    for (qsizetype i = 0; i < a.samples.size(); ++i) {
        const Lab::CpuSample& x = a.samples.at(i);
        const Lab::CpuSample& y = b.samples.at(i);
        QVERIFY(y.tNs == x.tNs && y.processPct == x.processPct && y.systemPct == x.systemPct);
        QCOMPARE(y.coresPct, x.coresPct);
    }
    QCOMPARE(b.threads.size(), a.threads.size());
    for (qsizetype i = 0; i < a.threads.size(); ++i) {
        const Lab::ThreadStates& x = a.threads.at(i);
        const Lab::ThreadStates& y = b.threads.at(i);
        QVERIFY(y.pid == x.pid && y.tid == x.tid && y.label == x.label);
        QVERIFY(y.totals.ns == x.totals.ns);
        QVERIFY(y.states == x.states);
    }
    QVERIFY(b.gilHolder == a.gilHolder);
    QCOMPARE(b.counter, a.counter);
    QCOMPARE(b.deadlock, a.deadlock);
}

void compareRuns(const Lab::RunResult& a, const Lab::RunResult& b)
{
    compareConfigs(a.config, b.config);
    compareTasks(a, b);
    compareLists(a, b);
    QCOMPARE(b.startedUtc, a.startedUtc);
    QCOMPARE(b.wallNs, a.wallNs);
    QCOMPARE(b.startUpNs, a.startUpNs);
    QVERIFY(b.appCpu.userNs == a.appCpu.userNs && b.appCpu.systemNs == a.appCpu.systemNs);
    QVERIFY(b.workersCpu.userNs == a.workersCpu.userNs && b.workersCpu.systemNs == a.workersCpu.systemNs);
    QVERIFY(b.frontEndCpu.userNs == a.frontEndCpu.userNs && b.frontEndCpu.systemNs == a.frontEndCpu.systemNs);
    QVERIFY(b.machine.busyNs == a.machine.busyNs && b.machine.stealNs == a.machine.stealNs);
    QVERIFY(b.machine.totalNs == a.machine.totalNs && b.machine.elapsedNs == a.machine.elapsedNs);
    QCOMPARE(b.cancelled, a.cancelled);
    QCOMPARE(b.error, a.error);
    QCOMPARE(b.interpreter, a.interpreter);
}

// What the charts are drawn from: the same runs, batches and rounds.
void compareShown(const Lab::Session& live, const Lab::Session& opened)
{
    QCOMPARE(opened.shown().size(), live.shown().size());
    for (qsizetype i = 0; i < live.shown().size(); ++i) {
        const Lab::LiveRun& x = live.shown().at(i);
        const Lab::LiveRun& y = opened.shown().at(i);
        QCOMPARE(y.result->wallNs, x.result->wallNs);
        QCOMPARE(y.reused, x.reused);
        QCOMPARE(y.rounds.size(), x.rounds.size());
        QCOMPARE(y.done, x.done);
    }
    QCOMPARE(opened.summaries().size(), live.summaries().size());
    QCOMPARE(opened.suspectNotes(), live.suspectNotes());
}

} // namespace

class TestSessionFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_machine = Lab::currentMachine();
    }
    void init() { LabTest::failOnAnyWarning(); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("lab");
        QTest::addColumn<int>("repeats");
        for (int lab = 0; lab < Lab::labCount; ++lab)
            QTest::newRow(qPrintable(u"lab %1"_s.arg(lab))) << lab << 1;
        QTest::newRow("lab 3, twice with a warm-up") << 3 << 2;
    }
    void roundTrip()
    {
        QFETCH(int, lab);
        QFETCH(int, repeats);
        Lab::Session live;
        QStringList told;
        connect(&live, &Lab::Session::narrative, this, [&told](const QStringList& l) { told += l; });
        Lab::Experiment e = smallLab(lab);
        e.repeats = repeats;
        e.warmup = repeats > 1;
        e.predictionsMs = {{Lab::Strategy::Sequential, 1234}};
        QSignalSpy finished(&live, &Lab::Session::batchFinished);
        QVERIFY(live.start(Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), m_dir.filePath(u"runs"_s))));
        QVERIFY(finished.wait(120'000));

        const QByteArray bytes = written(live.results(), m_machine);
        const auto read = Lab::Export::readSessionJson(bytes);
        QVERIFY2(std::holds_alternative<Lab::Export::SessionFile>(read), qPrintable(reasonOf(read)));
        const auto& file = std::get<Lab::Export::SessionFile>(read);
        QCOMPARE(file.version, 2);
        QCOMPARE(file.machine.cpuModel, m_machine.cpuModel);
        QCOMPARE(file.runs.size(), live.results().size());
        for (qsizetype i = 0; i < file.runs.size(); ++i) {
            compareRuns(*live.results().at(i), *file.runs.at(i));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"run %1 differs"_s.arg(i + 1)));
        }
        QCOMPARE(written(file.runs, file.machine), bytes);

        Lab::Session opened;
        QStringList retold;
        connect(&opened, &Lab::Session::narrative, this, [&retold](const QStringList& l) { retold += l; });
        (void)opened.suspectNotes(); // as a chart asks, before: nothing of the empty session is kept
        QVERIFY(opened.open(file.runs, file.machine));
        compareShown(live, opened);
        QCOMPARE(opened.openedMachine()->cores, m_machine.cores);
        // Every line told again was told by the run; the run's own progress lines are not told again.
        for (const QString& line : std::as_const(retold))
            QVERIFY2(told.contains(line), qPrintable(line));
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = goodFile();
        QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
        QTest::newRow("spaces") << QByteArray(" \n\t") << u"the file is empty"_s;
        QTest::newRow("a picture") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                   << u"not a Concurrency Lab session"_s;
        QTest::newRow("JSON, a list") << QByteArray("[1, 2, 3]") << u"not a Concurrency Lab session"_s;
        QTest::newRow("JSON, not a session")
            << QByteArray(R"({"name": "report", "version": 2})") << u"not a Concurrency Lab session"_s;
        QTest::newRow("another schema")
            << QByteArray(R"({"schema": "concurrency-lab/bench@1"})") << u"not a Concurrency Lab session"_s;
        QTest::newRow("newer schema")
            << QByteArray(good).replace("runs@2", "runs@3")
            << u"made by a newer version: schema concurrency-lab/runs@3, this app reads @2 and older"_s;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"the file ends too soon"_s;
        QTest::newRow("a byte gone bad")
            << QByteArray(good).replace("\"runs\": [", "\"runs\": [#") << u"this is not JSON"_s;
        QTest::newRow("unknown strategy")
            << QByteArray(good).replace("\"strategy\": \"threads\"", "\"strategy\": \"fibers\"")
            << u"damaged: run 2: unknown strategy 'fibers'"_s;
        QTest::newRow("unknown task status")
            << QByteArray(good).replace("\"status\":\"ok\"", "\"status\":\"great\"")
            << u"damaged: run 1, tasks[0]: unknown status 'great'"_s;
        QTest::newRow("text for a number")
            << replaced(good, R"("wall_ms": [0-9.e+-]+)", R"("wall_ms": "fast")")
            << u"damaged: run 1: wall_ms should be a number"_s;
        QTest::newRow("a field missing") << QByteArray(good).replace("\"cancelled\": false,", "")
                                         << u"damaged: run 1: cancelled is missing"_s;
        QTest::newRow("no such worker") << replaced(good, R"("worker_index":0)", R"("worker_index":99)")
                                        << u"damaged: run 1, tasks[0]: worker_index 99 is not one"_s;
        QTest::newRow("a task too many") << replaced(good, R"("task_count":[0-9]+)", R"("task_count":99)")
                                         << u"tasks, where its config makes"_s;
    }
    void badFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto read = Lab::Export::readSessionJson(bytes);
        QVERIFY(std::holds_alternative<QString>(read));
        QVERIFY2(std::get<QString>(read).contains(reason), qPrintable(reasonOf(read)));
        QVERIFY(!std::get<QString>(read).contains(u'\n'));

        const QString path = m_dir.filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto fromFile = Lab::Export::readSessionJsonFile(path);
        QVERIFY(std::get<QString>(fromFile).startsWith(u"cannot open %1: "_s.arg(path)));
    }

    void openRefusedWhileRunning()
    {
        Lab::Session session;
        Lab::RunConfig c = LabTest::config(Lab::Workload::Weather, Lab::Strategy::Sequential, 2, 200);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start({c}));
        QVERIFY(!session.open({}, m_machine));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(session.results().size(), 1);
    }

    void readsSchemaOne()
    {
        // What an older app wrote: its extra fields gone, the schema @1.
        QByteArray old = goodFile();
        old.replace("runs@2", "runs@1");
        const auto read = Lab::Export::readSessionJson(old);
        QVERIFY2(std::holds_alternative<Lab::Export::SessionFile>(read), qPrintable(reasonOf(read)));
        const auto& file = std::get<Lab::Export::SessionFile>(read);
        QCOMPARE(file.version, 1);
        QCOMPARE(file.runs.size(), 2);
        QCOMPARE(file.runs.at(0)->config.cities, file.runs.at(1)->config.cities);
        // Those that ran a task, which @1 named.
        QVERIFY(file.runs.at(1)->workers.size() > 1);
        QVERIFY(file.runs.at(1)->workers.size() <= file.runs.at(1)->config.workers);
        QCOMPARE(file.runs.at(1)->config.batch, 1);
    }

    void windowOpensAFile()
    {
        const QString path = fileOf(u"lab2.json"_s, goodFile());
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        window.openSession(path);
        QVERIFY(window.document()->isBusy()); // on a pool thread
        QVERIFY(opened.wait(10'000));
        QVERIFY2(window.windowTitle().startsWith(u"lab2.json[*]"_s), qPrintable(window.windowTitle()));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.resultsView()->sessionModel()->rowCount(), 2);
        QCOMPARE(window.chartsPane()->wallClock()->categories().size(), 2);
        QVERIFY(window.console()->toPlainText().contains(u"== "_s));
        QCOMPARE(window.document()->recent().value(0), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.sessionMachine().cpuModel, m_machine.cpuModel);

        // Saved again as it was: the same bytes, the machine it was made on kept.
        const QString again = m_dir.filePath(u"again.json"_s);
        QSignalSpy saved(&window, &Lab::MainWindow::sessionSaved);
        window.saveSession(again);
        QVERIFY(saved.wait(10'000));
        QFile file(again);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), goodFile());
        QVERIFY(window.windowTitle().startsWith(u"again.json[*]"_s));
    }

    void windowRefusesABadFile_data() { badFile_data(); }
    void windowRefusesABadFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        window.openSession(fileOf(u"good.json"_s, goodFile()));
        QVERIFY(opened.wait(10'000));
        const QList<Lab::RunResultPtr> before = window.session()->results();
        const QString title = window.windowTitle();
        const QString console = window.console()->toPlainText();

        QSignalSpy failed(&window, &Lab::MainWindow::sessionFailed);
        window.openSession(fileOf(u"bad.json"_s, bytes));
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().first().toString().contains(reason),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(window.session()->results(), before);
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(window.console()->toPlainText(), console);
        auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(reason));
        box->close();
    }

    // What the charts draw of a session opened again is what they drew when it had just run.
    void reopenedChartsAreTheLiveOnes_data()
    {
        QTest::addColumn<int>("lab");
        for (int lab : {0, 2, 5, 6, 8})
            QTest::newRow(qPrintable(u"lab %1"_s.arg(lab))) << lab;
    }
    void reopenedChartsAreTheLiveOnes()
    {
        QFETCH(int, lab);
        const QString live = m_dir.filePath(u"live-%1"_s.arg(lab));
        const QString again = m_dir.filePath(u"again-%1"_s.arg(lab));
        {
            Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
            window.resize(Lab::ChartExport::defaultSize);
            window.experimentPanel()->setPreset(lab);
            window.experimentPanel()->setWaitPercent(2);
            QSignalSpy finished(&window, &Lab::MainWindow::batchFinished);
            window.run();
            QVERIFY(finished.wait(60'000));
            QVERIFY(QDir().mkpath(live));
            QCOMPARE(window.exportAll(live), std::nullopt);
        }
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.resize(Lab::ChartExport::defaultSize);
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        window.openSession(QDir(live).filePath(u"session.json"_s));
        QVERIFY(opened.wait(10'000));
        QVERIFY(QDir().mkpath(again));
        QCOMPARE(window.exportAll(again), std::nullopt);
        const QStringList files = QDir(live).entryList({u"*.png"_s, u"*.svg"_s, u"*.json"_s, u"*.csv"_s});
        QVERIFY(files.size() >= 8);
        for (const QString& name : files) {
            QFile a(QDir(live).filePath(name));
            QFile b(QDir(again).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
        }
    }

    // A big session is read on a pool thread: the window keeps answering while it is (lab 7's
    // 100,000 tasks, 170 MB, took 6.3 s to read here); what the GUI thread does after is to show it.
    void aBigFileDoesNotStopTheWindow()
    {
        Lab::Session session;
        Lab::Experiment e = smallLab(7);
        e.tasks = 20'000;
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start(Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), m_dir.filePath(u"big"_s))));
        QVERIFY(finished.wait(120'000));
        const QString path = m_dir.filePath(u"big.json"_s);
        QCOMPARE(Lab::Export::writeSessionJsonFile(path, session.results(), m_machine), std::nullopt);

        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents(); // its first paint, which is not the file's
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        Lab::StallWatch watchdog;
        window.openSession(path);
        QVERIFY(opened.wait(60'000));
        qInfo("%lld MB; longest GUI stall: %lld ms", QFileInfo(path).size() >> 20, watchdog.longestMs());
        QVERIFY2(watchdog.longestMs() <= 250 * LabTest::timeFactor,
                 qPrintable(u"the GUI thread was blocked %1 ms"_s.arg(watchdog.longestMs())));
    }

    void recentFilesOpenAndTheMissingAreDropped()
    {
        const QString good = QFileInfo(fileOf(u"recent.json"_s, goodFile())).absoluteFilePath();
        const QString gone = m_dir.filePath(u"gone.json"_s);
        QSettings().setValue(u"session/recent"_s, QStringList{gone, good});
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        QMenu* recent = nullptr;
        for (QMenu* menu : window.findChildren<QMenu*>()) {
            if (menu->title() == u"Open &recent"_s)
                recent = menu;
        }
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 2);
        QSignalSpy failed(&window, &Lab::MainWindow::sessionFailed);
        recent->actions().at(0)->trigger();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"is no longer there"_s));
        QCOMPARE(window.document()->recent(), QStringList{good});
        window.findChild<QMessageBox*>()->close();

        Q_EMIT recent->aboutToShow();
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        recent->actions().at(0)->trigger();
        QVERIFY(opened.wait(10'000));
        QCOMPARE(window.session()->results().size(), 2);
    }

    void aRunMarksTheSessionUnsaved()
    {
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        QVERIFY(!window.isWindowModified());
        window.experimentPanel()->setPreset(1);
        window.experimentPanel()->setWaitPercent(2);
        QSignalSpy finished(&window, &Lab::MainWindow::batchFinished);
        window.run();
        QVERIFY(finished.wait(60'000));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(u"[*]"_s));
        QSignalSpy saved(&window, &Lab::MainWindow::sessionSaved);
        window.saveSession(m_dir.filePath(u"lab1.json"_s));
        QVERIFY(window.document()->isBusy());
        QVERIFY(saved.wait(10'000));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(u"lab1.json"_s));
    }

    void anEmptySessionOpens()
    {
        const auto read = Lab::Export::readSessionJson(written({}, m_machine));
        QVERIFY(std::holds_alternative<Lab::Export::SessionFile>(read));
        Lab::Session session;
        QVERIFY(session.open(std::get<Lab::Export::SessionFile>(read).runs, m_machine));
        QVERIFY(session.results().isEmpty() && session.shown().isEmpty());
    }

    void dropOpens()
    {
        const QString path = fileOf(u"dropped.json"_s, goodFile());
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(opened.wait(10'000));
        QVERIFY(window.windowTitle().startsWith(u"dropped.json"_s));

        QMimeData picture;
        picture.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"shot.png"_s))});
        QDragEnterEvent refused(at, Qt::CopyAction, &picture, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("written"); // a file or folder the command makes, or must not
        QTest::addColumn<QString>("said");    // on stderr
        const QString good = fileOf(u"cli-good.json"_s, goodFile());
        const QString bad = fileOf(u"cli-bad.json"_s, QByteArray(R"({"name": "report"})"));
        const QString shot = m_dir.filePath(u"cli-shot.png"_s);
        const QString charts = m_dir.filePath(u"cli-charts"_s);
        QTest::newRow("--open, --screenshot")
            << QStringList{u"--open"_s, good, u"--screenshot"_s, shot} << 0 << shot << QString();
        QTest::newRow("--open a bad file") << QStringList{u"--open"_s, bad, u"--screenshot"_s, shot + u"x"_s}
                                           << 2 << shot + u"x"_s << u"not a Concurrency Lab session"_s;
        QTest::newRow("export-charts --from")
            << QStringList{u"export-charts"_s, u"--from"_s, good, u"--out"_s, charts} << 0 << charts
            << QString();
        QTest::newRow("export-charts --from a bad file")
            << QStringList{u"export-charts"_s, u"--from"_s, bad, u"--out"_s, charts + u"x"_s} << 2
            << charts + u"x"_s << u"not a Concurrency Lab session"_s;
        QTest::newRow("export-charts --from and --lab")
            << QStringList{u"export-charts"_s, u"--from"_s,    good, u"--lab"_s, u"2"_s,
                           u"--out"_s,         charts + u"y"_s}
            << 2 << charts + u"y"_s << u"--from"_s;
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, written);
        QFETCH(QString, said);
        QProcess app;
        app.start(QStringLiteral(CL_APP_PATH), arguments + QStringList{u"--lang"_s, u"en"_s});
        QVERIFY(app.waitForFinished(60'000));
        const QString stderrText = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(app.exitCode() == exitCode, qPrintable(stderrText));
        if (exitCode != 0) {
            QVERIFY(stderrText.contains(said));
            QStringList lines = stderrText.trimmed().split(u'\n');
            lines.removeIf(
                [](const QString& l) { return l.startsWith(u"QStandardPaths:"_s); }); // Qt's, of the CI
            QCOMPARE(lines.size(), 1);
            QVERIFY(!QFileInfo::exists(written));
            return;
        }
        if (written.endsWith(u".png"_s)) {
            QVERIFY(!QImage(written).isNull());
            return;
        }
        QVERIFY(QFileInfo::exists(QDir(written).filePath(u"session.json"_s)));
        QVERIFY(QDir(written).entryList({u"*.png"_s}).size() >= 3);
    }

private:
    QString fileOf(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // Lab 2 made small: one at a time, then three threads; a file of schema @2.
    QByteArray goodFile()
    {
        if (!m_good.isEmpty())
            return m_good;
        Lab::Session session;
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        if (!session.start(
                Lab::experimentRuns(smallLab(2), QStringLiteral(CL_APP_PATH), m_dir.filePath(u"good"_s))))
            return {};
        finished.wait(60'000);
        m_good = written(session.results(), m_machine);
        return m_good;
    }
    static QByteArray replaced(const QByteArray& bytes, const char* pattern, const char* with)
    {
        return QString::fromUtf8(bytes)
            .replace(QRegularExpression(QString::fromUtf8(pattern)), QString::fromUtf8(with))
            .toUtf8();
    }

    QTemporaryDir m_dir;
    Lab::MachineInfo m_machine;
    QByteArray m_good;
};

QTEST_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
