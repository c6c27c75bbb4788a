// A thread seen from outside (platform/procstat.h): the parsers of /proc/<pid>/task/<tid>/stat and
// syscall on what the kernel writes, then a probe on threads of our own that compute, wait on a
// condition variable, block in a read, and end.
#include "platform/process.h"
#include "platform/procstat.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Lab::ProcStat::ThreadActivity;
using Lab::ProcStat::ThreadLook;

Q_DECLARE_METATYPE(Lab::ProcStat::ThreadActivity)

namespace {

QByteArray syscallLine(long number, const char* rest)
{
    return QByteArray::number(qlonglong(number)) + rest;
}

} // namespace

class ThreadProbeTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }
    void parseTaskState_data();
    void parseTaskState();
    void parseSyscall_data();
    void parseSyscall();
    void listsOurThreads();
    void seesWhatAThreadDoes_data();
    void seesWhatAThreadDoes();
    void seesAThreadMoveOn();
};

void ThreadProbeTest::parseTaskState_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("state");
    QTest::newRow("running") << QByteArray("4242 (python3) R 4200 4242 4200 0 -1 4194560 ") << 'R';
    QTest::newRow("sleeping") << QByteArray("4243 (python3) S 4200 4242") << 'S';
    // A thread may name itself anything: the state is after the last ')'.
    QTest::newRow("a ')' and spaces in its name") << QByteArray("7 (a) b ) c) D 1 7") << 'D';
    QTest::newRow("zombie") << QByteArray("8 (x) Z 1") << 'Z';
    QTest::newRow("cut after the name") << QByteArray("8 (x) ") << char(0);
    QTest::newRow("no name") << QByteArray("8 R 1") << char(0);
    QTest::newRow("empty") << QByteArray() << char(0);
}

void ThreadProbeTest::parseTaskState()
{
    QFETCH(QByteArray, text);
    QFETCH(char, state);
    QCOMPARE(Lab::ProcStat::parseTaskState(text), state);
}

void ThreadProbeTest::parseSyscall_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ThreadActivity>("activity");
    QTest::addColumn<quint64>("futex");
    QTest::newRow("woken between the two reads")
        << QByteArray("running\n") << ThreadActivity::Running << quint64(0);
    // CPython 3.11 waiting for the GIL: its condition variable's word, FUTEX_WAIT_BITSET_PRIVATE.
    QTest::newRow("futex") << syscallLine(
                                  SYS_futex,
                                  " 0x7f61bf54e6f4 0x89 0x0 0x7f61b6ffc8d0 0x0 0xffffffff 0x7f61b6ffc7d8 "
                                  "0x7f61bfa9e0d6\n")
                           << ThreadActivity::Futex << quint64(0x7f61bf54e6f4);
    QTest::newRow("sleep") << syscallLine(SYS_clock_nanosleep, " 0x1 0x0 0x7ffd 0x7ffd 0x0 0x0 0x7ffd 0x7f\n")
                           << ThreadActivity::Blocked << quint64(0);
    QTest::newRow("read") << syscallLine(SYS_read, " 0x3 0x55d0 0x1000 0x0 0x0 0x0 0x7ffd 0x7f\n")
                          << ThreadActivity::Blocked << quint64(0);
    QTest::newRow("blocked outside a call")
        << QByteArray("-1 0x7ffd 0x7f61\n") << ThreadActivity::Blocked << quint64(0);
    QTest::newRow("cut after the number")
        << syscallLine(SYS_futex, "") << ThreadActivity::Futex << quint64(0);
    QTest::newRow("not a number") << QByteArray("what\n") << ThreadActivity::Blocked << quint64(0);
}

void ThreadProbeTest::parseSyscall()
{
    QFETCH(QByteArray, text);
    QFETCH(ThreadActivity, activity);
    QFETCH(quint64, futex);
    const ThreadLook look = Lab::ProcStat::parseSyscall(text);
    QCOMPARE(look.activity, activity);
    QCOMPARE(look.futex, futex);
}

void ThreadProbeTest::listsOurThreads()
{
    const QList<qint64> tids = Lab::ProcStat::listThreads(Lab::Platform::currentPid());
    QVERIFY(tids.contains(Lab::Platform::currentTid()));
    QVERIFY(tids.contains(Lab::Platform::currentPid()));
    QVERIFY(Lab::ProcStat::listThreads(-1).isEmpty());
}

void ThreadProbeTest::seesWhatAThreadDoes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<ThreadActivity>("activity");
    QTest::newRow("computing") << 0 << ThreadActivity::Running;
    QTest::newRow("waiting on a condition variable") << 1 << ThreadActivity::Futex;
    QTest::newRow("blocked in a read") << 2 << ThreadActivity::Blocked;
}

void ThreadProbeTest::seesWhatAThreadDoes()
{
    QFETCH(int, kind);
    QFETCH(ThreadActivity, activity);
    std::mutex mutex;
    std::condition_variable condition;
    int pipe[2] = {-1, -1};
    QCOMPARE(::pipe(pipe), 0);
    std::atomic<bool> stop{false};
    std::atomic<qint64> tid{0};
    std::thread thread([&] {
        tid = Lab::Platform::currentTid();
        if (kind == 0) {
            while (!stop) {
            }
        } else if (kind == 1) {
            std::unique_lock lock(mutex);
            condition.wait(lock, [&] { return stop.load(); });
        } else {
            char byte = 0;
            [[maybe_unused]] const ssize_t n = ::read(pipe[0], &byte, 1);
        }
    });
    const auto end = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        condition.notify_all();
        ::close(pipe[1]); // ends the read
        thread.join();
        ::close(pipe[0]);
    };
    auto ended = qScopeGuard(end); // a failed check must not leave the thread running
    QTRY_VERIFY(tid != 0);
    Lab::ProcStat::ThreadProbe probe(Lab::Platform::currentPid(), tid);
    QVERIFY(probe.isOpen());
    std::optional<ThreadLook> look;
    QTRY_VERIFY_WITH_TIMEOUT((look = probe.look()) && look->activity == activity, 10'000);
    if (activity == ThreadActivity::Futex) { // glibc waits on a word inside the condition variable
        const auto at = quintptr(&condition);
        QVERIFY2(look->futex >= at && look->futex < at + sizeof condition,
                 qPrintable(u"%1 is not in the condition at %2"_s.arg(look->futex, 0, 16).arg(at, 0, 16)));
    }
    ended.dismiss();
    end();
    QTRY_VERIFY(!probe.look()); // a thread that has ended is gone
}

// Looked at while it waits, then again once it has moved on to another wait: what it waited in
// before (kept while it has not been on a CPU since) gives way to what it does now.
void ThreadProbeTest::seesAThreadMoveOn()
{
    std::mutex mutex;
    std::condition_variable condition;
    bool go = false;
    int pipe[2] = {-1, -1};
    QCOMPARE(::pipe(pipe), 0);
    std::atomic<qint64> tid{0};
    std::thread thread([&] {
        tid = Lab::Platform::currentTid();
        {
            std::unique_lock lock(mutex);
            condition.wait(lock, [&] { return go; });
        }
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(pipe[0], &byte, 1);
    });
    const auto release = [&] {
        {
            std::lock_guard lock(mutex);
            go = true;
        }
        condition.notify_all();
    };
    auto ended = qScopeGuard([&] {
        release();
        ::close(pipe[1]);
        thread.join();
        ::close(pipe[0]);
    });
    QTRY_VERIFY(tid != 0);
    Lab::ProcStat::ThreadProbe probe(Lab::Platform::currentPid(), tid);
    std::optional<ThreadLook> look;
    QTRY_VERIFY_WITH_TIMEOUT((look = probe.look()) && look->activity == ThreadActivity::Futex, 10'000);
    for (int i = 0; i < 10; ++i) // unchanged while it waits
        QCOMPARE(probe.look(), look);
    release();
    QTRY_VERIFY_WITH_TIMEOUT((look = probe.look()) && look->activity == ThreadActivity::Blocked, 10'000);
}

QTEST_GUILESS_MAIN(ThreadProbeTest)
#include "tst_threadprobe.moc"
