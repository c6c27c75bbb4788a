#include "engine/session.h"
#include "files.h"
#include "mainwindow.h"
#include "reliabilitysupport.h"
#include "work/workload.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;
using Reliability::entries;
using Reliability::thaiFolder;

// Folders that cannot hold the log files, full disks and devices, for the runs and the exports; then
// endurance: a thousand short runs, and runs of a hundred thousand tasks.
namespace {

void addStrategyRows()
{
    QTest::addColumn<Strategy>("strategy");
    for (Strategy s : Lab::allStrategies)
        QTest::newRow(Lab::strategyId(s).toUtf8().constData()) << s;
}

qint64 statusField(QByteArrayView name) // /proc/self/status: kB for Vm*, a count for Threads
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(name) && line.at(name.size()) == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').at(0).toLongLong();
    }
    return -1;
}

qsizetype openFds()
{
    return entries(u"/proc/self/fd"_s).size();
}

// A character device made for the test (never the real /dev/full as root): 1,7 is full, 1,3 null.
bool makeDevice(const QString& path, unsigned minor)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
}

bool isCharDevice(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

// One of a thousand short runs: weather or logs, 1–3 tasks, 0–2 ms waits; every tenth in processes.
bool shortRun(Lab::Engine& engine, QRandomGenerator& r, int i, const QString& outDir)
{
    constexpr Strategy inProcess[] = {Strategy::Sequential, Strategy::Coroutines, Strategy::Threads};
    const Strategy s = i % 10 == 9 ? Strategy::Processes : inProcess[r.bounded(3)];
    const Workload w = r.bounded(2) ? Workload::Weather : Workload::Logs;
    Lab::RunConfig c = LabTest::config(w, s, r.bounded(1, 4), r.bounded(0, 3));
    c.outDir = outDir;
    const auto result = LabTest::runToEnd(engine, c, 20'000);
    if (result && !result->allOk())
        qWarning("run %d: %s %s", i, qPrintable(result->error), qPrintable(result->spans.front().text));
    return result && result->allOk();
}

} // namespace

class TestDiskFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { Reliability::startTest(m_dir); }
    void cleanup() { QSettings().clear(); }

    // ---- Nothing lost: a log file is Ok only when it reads back as written.

    void logFileReadBack_data()
    {
        QTest::addColumn<QByteArray>("onDisk");
        QTest::addColumn<QString>("problem"); // empty: none
        QTest::newRow("whole") << QByteArray("a\nb\nc\n") << QString();
        QTest::newRow("a line short") << QByteArray("a\nb\n") << u"log_2.txt: read back 2 of 3 lines"_s;
        QTest::newRow("a line more") << QByteArray("a\nb\nc\nd\n") << u"log_2.txt: read back 4 of 3 lines"_s;
        QTest::newRow("a line changed") << QByteArray("a\nB\nc\n") << u"log_2.txt: line 2 differs"_s;
        QTest::newRow("the last cut short") << QByteArray("a\nb\nc") << u"log_2.txt: line 3 differs"_s;
        QTest::newRow("empty") << QByteArray() << u"log_2.txt: read back 0 of 3 lines"_s;
        QTest::newRow("missing") << QByteArray("missing") << u"log_2.txt: cannot read it back"_s;
    }
    void logFileReadBack()
    {
        QFETCH(QByteArray, onDisk);
        QFETCH(QString, problem);
        QFile file(path(u"log_2.txt"_s));
        if (onDisk != "missing") {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(onDisk);
            file.close();
        }
        const QList<size_t> written{Lab::logLineChecksum("a\n"), Lab::logLineChecksum("b\n"),
                                    Lab::logLineChecksum("c\n")};
        const auto found = Lab::checkLogFile(file.fileName(), u"log_2.txt"_s, written);
        QCOMPARE(found.has_value(), !problem.isEmpty());
        if (found)
            QVERIFY2(found->contains(problem), qPrintable(*found));
    }

    // ---- Folders that cannot hold the log files, a full disk, and Thai letters and spaces.

    void logsUnderARegularFile_data() { addStrategyRows(); }
    void logsUnderARegularFile()
    {
        QFETCH(Strategy, strategy);
        const QString outDir = path(u"file/logs"_s);
        Lab::Engine engine;
        const auto r = LabTest::runToEnd(engine, logsRun(strategy, outDir));
        QVERIFY(r);
        QVERIFY2(r->error.contains(outDir), qPrintable(r->error));
        QCOMPARE(r->count(Lab::TaskStatus::Ok), 0);
        QCOMPARE(entries(m_dir->path()), QStringList{u"file"_s});
        QFile file(path(u"file"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a folder"));
    }

    void logsIntoAThaiFolder_data() { addStrategyRows(); }
    void logsIntoAThaiFolder()
    {
        QFETCH(Strategy, strategy);
        const QString outDir = path(thaiFolder);
        Lab::Engine engine;
        const auto r = LabTest::runToEnd(engine, logsRun(strategy, outDir));
        QVERIFY(r);
        QVERIFY2(r->allOk(), qPrintable(r->error + r->spans.front().text));
        QCOMPARE(r->config.outDir, outDir);
        QCOMPARE(entries(outDir), (QStringList{u"log_0.txt"_s, u"log_1.txt"_s, u"log_2.txt"_s}));
        for (const Lab::TaskSpec& task : r->tasks) {
            QFile file(task.filePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QCOMPARE(text.count('\n'), Lab::linesPerLogFile);
            QVERIFY(text.contains(task.label.toUtf8() + " line 10 of 10"));
        }
    }

    void logsOnAFullDisk_data() { addStrategyRows(); }
    void logsOnAFullDisk()
    {
        QFETCH(Strategy, strategy);
        const QString outDir = path(u"logs"_s);
        Lab::Engine engine;
        Lab::RunResultPtr r;
        {
            // Nothing may print meanwhile: this process's output may be a file too.
            const LabTest::FileSizeLimit full(512); // a log file is about 900 bytes
            r = LabTest::runToEnd(engine, logsRun(strategy, outDir));
        }
        QVERIFY(r);
        QCOMPARE(r->count(Lab::TaskStatus::Failed), 3);
        const QString reason = QString::fromLocal8Bit(std::strerror(EFBIG)); // a disk's would be ENOSPC
        for (const Lab::TaskSpan& span : r->spans) {
            const QString& file = r->tasks.at(span.task).filePath;
            QVERIFY2(span.text.contains(file) && span.text.contains(reason), qPrintable(span.text));
        }
        QCOMPARE(r->config.outDir, outDir);
        QCOMPARE(entries(outDir), QStringList()); // no half file, no temporary file
    }

    // ---- Exports: the same, and devices.

    void exportAll_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("fullFile"); // made a device that is always full
        QTest::addColumn<QString>("error");    // empty: none expected
        QTest::newRow("under a regular file") << u"file/charts"_s << QString() << u"file/charts"_s;
        QTest::newRow("Thai letters and spaces") << thaiFolder << QString() << QString();
        QTest::newRow("session.csv on a full disk")
            << u"full"_s << u"session.csv"_s << u"session.csv: No space left on device"_s;
    }
    void exportAll()
    {
        QFETCH(QString, folder);
        QFETCH(QString, fullFile);
        QFETCH(QString, error);
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        QSignalSpy finished(window.session(), &Lab::Session::batchFinished);
        QVERIFY(window.session()->start({LabTest::config(Workload::Weather, Strategy::Threads, 3, 10)}));
        QVERIFY(finished.wait(10'000));
        const QDir dir(path(folder));
        const bool underAFile = folder.startsWith(u"file/"_s);
        QVERIFY(underAFile || dir.mkpath(u"."_s));
        QVERIFY2(fullFile.isEmpty() || makeDevice(dir.filePath(fullFile), 7), std::strerror(errno));

        const auto found = window.exportAll(dir.path());
        QCOMPARE(found.has_value(), !error.isEmpty());
        if (found)
            QVERIFY2(found->contains(error), qPrintable(*found));
        if (underAFile)
            QCOMPARE(entries(m_dir->path()), QStringList{u"file"_s});
        if (!fullFile.isEmpty())
            QVERIFY(isCharDevice(dir.filePath(fullFile)));
        for (const QString& name :
             error.isEmpty() ? u"wall-clock cpu timeline"_s.split(u' ') : QStringList()) {
            QVERIFY2(QFileInfo(dir.filePath(name + u".png"_s)).size() > 0, qPrintable(name));
            QVERIFY2(QFileInfo(dir.filePath(name + u".svg"_s)).size() > 0, qPrintable(name));
        }
        QVERIFY(!error.isEmpty() || QFileInfo(dir.filePath(u"session.csv"_s)).size() > 0);
    }

    void exportsOnAFullDisk_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::newRow("small: all of it buffered") << 2048;
        QTest::newRow("large: written at once") << 64 * 1024;
    }
    void exportsOnAFullDisk()
    {
        QFETCH(int, bytes);
        const QString file = path(u"session.json"_s);
        std::optional<QString> found;
        {
            const LabTest::FileSizeLimit full(512);
            found = Lab::Files::writeFile(file, QByteArray(bytes, 'x'));
        }
        // The system's reason, never Qt's "Unknown error" of a flush that wrote part of its buffer.
        const QString reason = QString::fromLocal8Bit(std::strerror(EFBIG));
        QVERIFY2(found.has_value() && found->contains(file) && found->contains(reason) &&
                     !QFileInfo::exists(file),
                 qPrintable(
                     u"%1; %2 bytes left"_s.arg(found.value_or(u"no error"_s)).arg(QFileInfo(file).size())));
    }

    // Through the executable, on a disk that fills up: the older file stays whole, the reason is named.
    void theAppOnAFullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QStringList>("args"); // "{tmp}" stands for the scratch folder
        QTest::addColumn<QString>("target");   // under the scratch folder
        QTest::newRow("--screenshot")
            << QStringList{u"--screenshot"_s, u"{tmp}/lab1.png"_s, u"--lab"_s, u"1"_s} << u"lab1.png"_s;
        QTest::newRow("export-charts")
            << QStringList{u"export-charts"_s, u"--lab"_s, u"1"_s, u"--out"_s, u"{tmp}/charts"_s}
            << u"charts/wall-clock.png"_s;
        QTest::newRow("run --json") << QStringList{u"run"_s,     u"--workload"_s,
                                                   u"weather"_s, u"--tasks"_s,
                                                   u"200"_s,     u"--delay-ms"_s,
                                                   u"0"_s,       u"--quiet"_s,
                                                   u"--json"_s,  u"{tmp}/runs.json"_s}
                                    << u"runs.json"_s;
    }
    void theAppOnAFullDiskKeepsTheOldFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, target);
        const QString file = path(target);
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QVERIFY(!Lab::Files::writeFile(file, "the older picture"));
        for (QString& arg : args)
            arg.replace(u"{tmp}"_s, m_dir->path());
        QProcess app;
        app.setProcessEnvironment(Reliability::appEnvironment(m_dir->path()));
        app.setChildProcessModifier([] {
            const rlimit limit{1024, 1024}; // each of these files is larger
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        app.start(QStringLiteral(CL_APP_PATH), args + QStringList{u"--lang"_s, u"en"_s});
        QVERIFY(app.waitForFinished(60'000));
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit); // SIGXFSZ would have killed it
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(
            err.contains(u"cannot write %1: %2"_s.arg(file, QString::fromLocal8Bit(std::strerror(EFBIG)))),
            qPrintable(err));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the older picture"));
        QCOMPARE(entries(QFileInfo(file).path()).filter(u".png."_s), QStringList()); // no temporary file
    }

    void writeFileToADevice_data()
    {
        QTest::addColumn<unsigned>("minor");
        QTest::addColumn<QString>("error");
        QTest::newRow("full") << 7u << u"No space left on device"_s;
        QTest::newRow("null") << 3u << QString();
    }
    void writeFileToADevice()
    {
        QFETCH(unsigned, minor);
        QFETCH(QString, error);
        const QString node = path(u"device"_s);
        QVERIFY2(makeDevice(node, minor), std::strerror(errno));
        const auto found = Lab::Files::writeFile(node, QByteArray(64 * 1024, 'x'));
        QCOMPARE(found.has_value(), !error.isEmpty());
        if (found)
            QVERIFY2(found->contains(error) && found->contains(node), qPrintable(*found));
        QVERIFY2(isCharDevice(node), "the device was replaced by a file");
    }

    // ---- Two runs given one folder: two learners with one --out, or the strategies of a batch.

    void twoRunsIntoOneFolderKeepEveryFile_data() { addStrategyRows(); }
    void twoRunsIntoOneFolderKeepEveryFile()
    {
        QFETCH(Strategy, strategy);
        Lab::RunConfig c = LabTest::config(Workload::Logs, strategy, 300, 0);
        c.outDir = path(u"same/logs"_s);
        Lab::Engine first;
        Lab::Engine second;
        QList<Lab::RunResultPtr> results;
        for (Lab::Engine* engine : {&first, &second}) {
            connect(engine, &Lab::Engine::runFinished, this,
                    [&results](const Lab::RunResultPtr& r) { results.append(r); });
            QVERIFY(engine->start(c));
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 120'000);
        for (const Lab::RunResultPtr& r : results) {
            // Every file the run calls ok is there when it ends, and holds what it wrote.
            QVERIFY2(r->allOk(), qPrintable(r->error + r->spans.front().text));
            QCOMPARE(entries(r->config.outDir).size(), qsizetype(r->tasks.size()));
            for (const Lab::TaskSpec& task : r->tasks) {
                QFile file(task.filePath);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(task.filePath));
                const QByteArray text = file.readAll();
                QCOMPARE(text.count('\n'), Lab::linesPerLogFile);
                QCOMPARE(text.count(task.label.toUtf8() + " line "), Lab::linesPerLogFile);
            }
        }
        QCOMPARE_NE(results.at(0)->config.outDir, results.at(1)->config.outDir);
    }

    // ---- Endurance.

    void aThousandRunsLeakNothing()
    {
        LabTest::skipMemoryBoundsUnderSanitizers();
        // The windows of earlier tests looked for Python on the global pool: its threads and
        // pipes are theirs, not the engine's.
        QThreadPool::globalInstance()->waitForDone();
        Lab::Engine engine;
        QRandomGenerator r(7);
        int i = 0;
        for (; i < 50; ++i) // warm-up: the allocator's arenas, Qt's caches, threads that earlier tests left
            QVERIFY2(shortRun(engine, r, i, path(u"logs"_s)), qPrintable(QString::number(i)));
        // A run's thread pool goes with its controller a moment after the result came: the count
        // may hold one that is leaving, and must not grow.
        const qint64 threads = statusField("Threads");
        const qint64 rss = statusField("VmRSS");
        const qsizetype fds = openFds();
        QElapsedTimer clock;
        clock.start();
        for (; i < 1000; ++i)
            QVERIFY2(shortRun(engine, r, i, path(u"logs"_s)), qPrintable(QString::number(i)));
        const qint64 tookMs = clock.elapsed();
        QTRY_VERIFY2(statusField("Threads") <= threads, qPrintable(QString::number(statusField("Threads"))));
        QTRY_COMPARE(openFds(), fds);
        const qint64 grownKb = statusField("VmRSS") - rss;
        qInfo("950 runs in %lld ms; RSS %lld kB → %lld kB; fds %lld → %lld; threads %lld → %lld", tookMs, rss,
              rss + grownKb, qint64(fds), qint64(openFds()), threads, statusField("Threads"));
        QVERIFY2(grownKb < 10 * 1024, qPrintable(u"RSS grew %1 kB"_s.arg(grownKb)));
    }

    void aHundredThousandTinyTasks_data() { addStrategyRows(); }
    void aHundredThousandTinyTasks()
    {
        QFETCH(Strategy, strategy);
        constexpr int tasks = 100'000;
        QFile clearRefs(u"/proc/self/clear_refs"_s); // "5" resets the peak RSS to the current one
        QVERIFY(clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1);
        clearRefs.close();
        const qint64 rss = statusField("VmRSS");
        Lab::Engine engine;
        QElapsedTimer clock;
        clock.start();
        const auto r =
            LabTest::runToEnd(engine, LabTest::config(Workload::Weather, strategy, tasks, 0), 120'000);
        const qint64 tookMs = clock.elapsed();
        QVERIFY(r);
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        QCOMPARE(r->count(Lab::TaskStatus::Ok), tasks);
        qInfo("%d tasks in %lld ms; peak RSS %+lld kB", tasks, tookMs, statusField("VmHWM") - rss);
        QVERIFY2(tookMs < 60'000, qPrintable(QString::number(tookMs)));
    }

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    Lab::RunConfig logsRun(Strategy s, const QString& outDir) const
    {
        Lab::RunConfig c = LabTest::config(Workload::Logs, s, 3, 10);
        c.outDir = outDir;
        return c;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
