#include "platform/pipes.h"
#include "platform/process.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Burns CPU on this thread until the process's CPU clock has moved by `ns`.
void burnCpu(qint64 ns)
{
    const qint64 start = Lab::Platform::ownCpuNs();
    volatile quint64 sink = 0;
    while (Lab::Platform::ownCpuNs() - start < ns) {
        for (int i = 0; i < 10'000; ++i)
            sink = sink + quint64(i) * quint64(i);
    }
}

// Holds a soft limit on open files for the length of a test.
class OpenFileLimit {
public:
    explicit OpenFileLimit(rlim_t soft)
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        const rlimit limit{soft, m_saved.rlim_max};
        m_ok = ::setrlimit(RLIMIT_NOFILE, &limit) == 0;
    }
    ~OpenFileLimit() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

} // namespace

class TestPlatform : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }
    void initTestCase() { Lab::Platform::ignoreBrokenPipe(); }

    void idsAreThoseOfTheKernel()
    {
        QCOMPARE(Lab::Platform::currentPid(), QCoreApplication::applicationPid());
        QCOMPARE(Lab::Platform::currentTid(), Lab::Platform::currentPid()); // the main thread
        qint64 other = 0;
        bool known = false;
        std::unique_ptr<QThread> thread(QThread::create([&other, &known] {
            other = Lab::Platform::currentTid();
            known = QDir(u"/proc/self/task/%1"_s.arg(other)).exists();
        }));
        thread->start();
        QVERIFY(thread->wait(5000));
        QVERIFY(other > 0 && other != Lab::Platform::currentTid());
        QVERIFY2(known, "not a thread of this process, as /proc knows them");
    }

    void cpuTimesAgreeWithTheCpuClock()
    {
        const Lab::CpuTimes before = Lab::Platform::ownCpuTimes();
        burnCpu(60'000'000);
        const Lab::CpuTimes after = Lab::Platform::ownCpuTimes();
        const qint64 used = after.userNs + after.systemNs - before.userNs - before.systemNs;
        QVERIFY2(used >= 50'000'000, qPrintable(u"rusage saw %1 ms of 60"_s.arg(used / 1e6)));
        QVERIFY(after.userNs > before.userNs);
    }

    void openFileLimit_data()
    {
        QTest::addColumn<int>("soft");
        QTest::newRow("64") << 64;
        QTest::newRow("300") << 300;
    }
    void openFileLimit()
    {
        QFETCH(int, soft);
        const OpenFileLimit limit{rlim_t(soft)};
        QVERIFY(limit.ok());
        QCOMPARE(Lab::Platform::openFileLimit(), std::optional<qint64>(soft));
    }

    void signalName_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGSEGV") << 11 << u"Segmentation fault"_s;
        QTest::newRow("SIGABRT") << 6 << u"Aborted"_s;
        QTest::newRow("SIGKILL") << 9 << u"Killed"_s;
        QTest::newRow("SIGTERM") << 15 << u"Terminated"_s;
        QTest::newRow("none") << 0 << QString();
        QTest::newRow("beyond the last") << 9999 << QString();
        QTest::newRow("negative") << -1 << QString();
    }
    void signalName()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        QCOMPARE(Lab::Platform::signalName(signal), name);
    }

    // A cancel of a CPython run: the interpreter and what it started go together.
    void killingAGroupEndsTheChildAndItsChildren()
    {
        QProcess shell;
        Lab::Platform::setUpChild(shell, {.ownProcessGroup = true});
        shell.start(u"/bin/sh"_s, {u"-c"_s, u"sleep 30 & echo $!; wait"_s});
        QVERIFY(shell.waitForStarted(5000));
        QVERIFY(shell.waitForReadyRead(5000));
        const qint64 grandchild = shell.readLine().trimmed().toLongLong();
        QVERIFY(grandchild > 0 && LabTest::isRunning(grandchild));
        QVERIFY(Lab::Platform::killProcessGroup(shell.processId()));
        QVERIFY(shell.waitForFinished(5000));
        QCOMPARE(shell.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(!LabTest::isRunning(grandchild), 5000);
    }

    void killProcessGroup_data()
    {
        QTest::addColumn<qint64>("pid");
        QTest::newRow("zero, which would be our own group") << qint64(0);
        QTest::newRow("negative") << qint64(-1);
        QTest::newRow("ourselves, who lead no group") << QCoreApplication::applicationPid();
    }
    void killProcessGroup()
    {
        QFETCH(qint64, pid);
        if (pid == QCoreApplication::applicationPid() && ::getpgrp() == ::getpid())
            QSKIP("started as a process group leader (a shell's job): the row would kill the test");
        QVERIFY(!Lab::Platform::killProcessGroup(pid));
    }

    void aChildWithoutItsOwnGroupIsNoGroup()
    {
        QProcess child;
        Lab::Platform::setUpChild(child);
        child.start(u"sleep"_s, {u"30"_s});
        QVERIFY(child.waitForStarted(5000));
        QVERIFY(!Lab::Platform::killProcessGroup(child.processId()));
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished(5000));
    }

    // More than a pipe holds, read on another thread as the app reads a worker.
    void pipesCarryEveryByte()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        QByteArray sent(1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < sent.size(); ++i)
            sent[i] = char(i * 7);
        QByteArray received;
        std::unique_ptr<QThread> reader(QThread::create([&received, in = fds[0]] {
            char chunk[4096];
            for (qsizetype n; (n = Lab::Platform::readSome(in, chunk, sizeof(chunk))) > 0;)
                received.append(chunk, n);
        }));
        reader->start();
        const bool wrote = Lab::Platform::writeAll(fds[1], sent);
        ::close(fds[1]);
        QVERIFY(reader->wait(10'000));
        ::close(fds[0]);
        QVERIFY(wrote);
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
    }

    void readingTellsTheEnd()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        QVERIFY(Lab::Platform::writeAll(fds[1], "abc"));
        ::close(fds[1]);
        char chunk[16];
        QCOMPARE(Lab::Platform::readSome(fds[0], chunk, sizeof(chunk)), qsizetype(3));
        QCOMPARE(QByteArrayView(chunk, 3), "abc");
        QCOMPARE(Lab::Platform::readSome(fds[0], chunk, sizeof(chunk)), qsizetype(0));
        ::close(fds[0]);
    }

    // The worker's end when the app has gone: EPIPE, not a death by SIGPIPE (see initTestCase).
    void writingToAPipeWithoutReaderFails()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        ::close(fds[0]);
        QVERIFY(!Lab::Platform::writeAll(fds[1], "hello"));
        ::close(fds[1]);
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
