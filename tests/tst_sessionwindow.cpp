// A session file in the window and on the command line: opened on a pool thread, named in the
// title, refused with the session left as it was; dropped on the window; drawn by --open and
// export-charts --from.
#include "chartexport.h"
#include "chartspane.h"
#include "consoleview.h"
#include "experimentpanel.h"
#include "mainwindow.h"
#include "measure/stallwatch.h"
#include "report/sessionmodel.h"
#include "resultsview.h"
#include "sessiondocument.h"
#include "sessionfilesupport.h"
#include "wallclockchart.h"

#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace SessionTest;

class TestSessionWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
    }
    void init() { LabTest::failOnAnyWarning(); }

    void windowOpensAFile()
    {
        const QString path = m_files.fileOf(u"lab2.json"_s, m_files.good());
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
        QCOMPARE(window.sessionMachine().cpuModel, m_files.machine().cpuModel);

        // Saved again as it was: the same bytes, the machine it was made on kept.
        const QString again = m_files.path(u"again.json"_s);
        QSignalSpy saved(&window, &Lab::MainWindow::sessionSaved);
        window.saveSession(again);
        QVERIFY(saved.wait(10'000));
        QFile file(again);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_files.good());
        QVERIFY(window.windowTitle().startsWith(u"again.json[*]"_s));
    }

    void windowRefusesABadFile_data() { addBadFiles(m_files.good()); }
    void windowRefusesABadFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        QSignalSpy opened(&window, &Lab::MainWindow::sessionOpened);
        window.openSession(m_files.fileOf(u"good.json"_s, m_files.good()));
        QVERIFY(opened.wait(10'000));
        const QList<Lab::RunResultPtr> before = window.session()->results();
        const QString title = window.windowTitle();
        const QString console = window.console()->toPlainText();

        QSignalSpy failed(&window, &Lab::MainWindow::sessionFailed);
        window.openSession(m_files.fileOf(u"bad.json"_s, bytes));
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
        const QString live = m_files.path(u"live-%1"_s.arg(lab));
        const QString again = m_files.path(u"again-%1"_s.arg(lab));
        {
            Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
            window.resize(Lab::ChartExport::defaultSize);
            window.experimentPanel()->setPreset(lab);
            window.experimentPanel()->setWaitPercent(2);
            window.experimentPanel()->setPrediction(Lab::Strategy::Sequential, 1500); // drawn on the chart
            QSignalSpy finished(&window, &Lab::MainWindow::batchFinished);
            window.run();
            QVERIFY(finished.wait(60'000));
            QCOMPARE(window.session()->results().first()->config.predictionMs, 1500);
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
        QVERIFY(session.start(Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), m_files.path(u"big"_s))));
        QVERIFY(finished.wait(120'000));
        const QString path = m_files.path(u"big.json"_s);
        QCOMPARE(Lab::Export::writeSessionJsonFile(path, session.results(), m_files.machine()), std::nullopt);

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
        const QString good = QFileInfo(m_files.fileOf(u"recent.json"_s, m_files.good())).absoluteFilePath();
        const QString gone = m_files.path(u"gone.json"_s);
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
        window.saveSession(m_files.path(u"lab1.json"_s));
        QVERIFY(window.document()->isBusy());
        QVERIFY(saved.wait(10'000));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(u"lab1.json"_s));
    }

    void dropOpens()
    {
        const QString path = m_files.fileOf(u"dropped.json"_s, m_files.good());
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
        picture.setUrls({QUrl::fromLocalFile(m_files.path(u"shot.png"_s))});
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
        const QString good = m_files.fileOf(u"cli-good.json"_s, m_files.good());
        const QString bad = m_files.fileOf(u"cli-bad.json"_s, QByteArray(R"({"name": "report"})"));
        const QString shot = m_files.path(u"cli-shot.png"_s);
        const QString charts = m_files.path(u"cli-charts"_s);
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
    Files m_files;
};

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
