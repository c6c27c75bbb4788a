// Lab 8, deadlock: two threads that take two locks in opposite orders wait for each other for ever;
// the app finds the cycle, ends the run with its status and its cycle, and leaves nothing behind. In
// one order, or one at a time, they finish. The engine and CPython alike.
#include "canceltoken.h"
#include "engine/engine.h"
#include "engine/locktable.h"
#include "experiment.h"
#include "measure/machineinfo.h"
#include "python/pythondeadlock.h"
#include "python/pythonruntime.h"
#include "report/jsonexport.h"
#include "report/narrative.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>
#include <latch>
#include <thread>

using namespace Lab;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lab::Runtime)
Q_DECLARE_METATYPE(Lab::Variant)
Q_DECLARE_METATYPE(Lab::RunStatus)

using StringMap = QHash<QString, QString>;

namespace {

constexpr int holdMs = 80;

int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// The running processes whose parent is this one.
QList<qint64> childProcesses()
{
    QList<qint64> found;
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    for (const QString& name : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile stat(u"/proc/%1/stat"_s.arg(name));
        if (!name.toLongLong() || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(0) != "Z" && fields.at(1) == self)
            found.append(name.toLongLong());
    }
    return found;
}

// The edge of the cycle that task `task` is: its worker waits for its second lock, held by the other.
LockWait edgeOf(const RunResult& r, int task)
{
    const QString thread = r.workers.at(r.spans[size_t(task)].worker).name;
    const QString other = r.workers.at(r.spans[size_t(1 - task)].worker).name;
    return {thread, r.tasks.at(task).label.split(u" → "_s).at(1), other};
}

QByteArray jsonOf(const RunResultPtr& r)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Export::writeSessionJson(buffer, {r}, currentMachine());
    return buffer.data();
}

} // namespace

class Lab8Test : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { LabTest::failOnAnyWarning(); }
    void theCycleReadsTheSameWayEveryTime_data();
    void theCycleReadsTheSameWayEveryTime();
    void cancelWakesThreadsInADeadlock();
    void oppositeOrdersDeadlockAndTheAppEndsIt_data();
    void oppositeOrdersDeadlockAndTheAppEndsIt();
    void cancelDuringAWaitForALockEndsFast_data();
    void cancelDuringAWaitForALockEndsFast();
    void theJsonTellsTheStatusAndTheCycle();
    void aCycleOfEventsAloneIsADeadlockOnlyWhenNothingMoves();

private:
    RunConfig configOf(Runtime runtime, int index) const;
    Python::Interpreter m_python;
};

void Lab8Test::initTestCase()
{
    const auto found = Python::findDefault();
    QVERIFY2(found, "no python3 on PATH"); // scripts/setup.sh installs it
    m_python = *found;
}

// Lab 8's run `index` (0: one at a time, 1: opposite orders, 2: one order), with a short hold.
RunConfig Lab8Test::configOf(Runtime runtime, int index) const
{
    Experiment e;
    e.lab = 8;
    e.python = m_python;
    if (runtime == Runtime::Python)
        e.runtimes = {Runtime::Cpp, Runtime::Python}; // each engine run, then its CPython twin
    const QList<RunConfig> runs = experimentRuns(e, QStringLiteral(CL_APP_PATH), QDir::tempPath());
    RunConfig c = runs.at(runtime == Runtime::Python ? 2 * index + 1 : index);
    c.delayMs = holdMs;
    return c;
}

void Lab8Test::theCycleReadsTheSameWayEveryTime_data()
{
    QTest::addColumn<StringMap>("waits");
    QTest::addColumn<StringMap>("holders");
    QTest::addColumn<QList<LockWait>>("cycle");
    const StringMap twoWaits{{u"thread-2"_s, u"A"_s}, {u"thread-1"_s, u"B"_s}};
    const StringMap twoHolders{{u"A"_s, u"thread-1"_s}, {u"B"_s, u"thread-2"_s}};
    QTest::newRow("two threads, from the first name")
        << twoWaits << twoHolders
        << QList<LockWait>{{u"thread-1"_s, u"B"_s, u"thread-2"_s}, {u"thread-2"_s, u"A"_s, u"thread-1"_s}};
    QTest::newRow("a wait for a free lock")
        << StringMap{{u"thread-1"_s, u"A"_s}} << StringMap{} << QList<LockWait>{};
    QTest::newRow("a chain, no cycle")
        << StringMap{{u"thread-2"_s, u"A"_s}} << StringMap{{u"A"_s, u"thread-1"_s}} << QList<LockWait>{};
    QTest::newRow("a thread waits for its own lock")
        << StringMap{{u"thread-1"_s, u"A"_s}} << StringMap{{u"A"_s, u"thread-1"_s}}
        << QList<LockWait>{{u"thread-1"_s, u"A"_s, u"thread-1"_s}};
    QTest::newRow("three threads, one led into the cycle of two")
        << StringMap{{u"thread-1"_s, u"A"_s}, {u"thread-2"_s, u"B"_s}, {u"thread-3"_s, u"C"_s}}
        << StringMap{{u"A"_s, u"thread-2"_s}, {u"B"_s, u"thread-3"_s}, {u"C"_s, u"thread-2"_s}}
        << QList<LockWait>{{u"thread-2"_s, u"B"_s, u"thread-3"_s}, {u"thread-3"_s, u"C"_s, u"thread-2"_s}};
}

void Lab8Test::theCycleReadsTheSameWayEveryTime()
{
    QFETCH(StringMap, waits);
    QFETCH(StringMap, holders);
    QFETCH(QList<LockWait>, cycle);
    QCOMPARE(waitForCycle(waits, holders), cycle);
}

// Two threads of ours in a deadlock no watchdog ends: a cancel wakes both waits at once.
void Lab8Test::cancelWakesThreadsInADeadlock()
{
    CancelToken cancel;
    LockTable locks(cancel);
    std::latch bothHold(2);
    const auto task = [&](const QString& first, const QString& second, const QString& me) {
        if (locks.acquire(first, me) != LockTable::Taken::Yes)
            return LockTable::Taken::Cancelled;
        bothHold.arrive_and_wait();
        const LockTable::Taken taken = locks.acquire(second, me);
        if (taken == LockTable::Taken::Yes)
            locks.release(second, me);
        locks.release(first, me);
        return taken;
    };
    auto one = std::async(std::launch::async, task, u"A"_s, u"B"_s, u"thread-1"_s);
    auto two = std::async(std::launch::async, task, u"B"_s, u"A"_s, u"thread-2"_s);
    QTRY_VERIFY(!locks.look().cycle.isEmpty()); // both are in their second wait
    QCOMPARE(locks.look().cycle.size(), 2);
    QElapsedTimer woken;
    woken.start();
    cancel.cancel();
    locks.wakeAll();
    QCOMPARE(one.get(), LockTable::Taken::Cancelled);
    QCOMPARE(two.get(), LockTable::Taken::Cancelled);
    QVERIFY2(woken.elapsed() < 500 * LabTest::timeFactor, qPrintable(QString::number(woken.elapsed())));
}

void Lab8Test::oppositeOrdersDeadlockAndTheAppEndsIt_data()
{
    QTest::addColumn<Runtime>("runtime");
    QTest::addColumn<int>("index");
    QTest::addColumn<RunStatus>("status");
    for (Runtime runtime : {Runtime::Cpp, Runtime::Python}) {
        const QString in = runtimeId(runtime);
        QTest::newRow(qPrintable(u"one at a time × %1"_s.arg(in))) << runtime << 0 << RunStatus::Ok;
        QTest::newRow(qPrintable(u"opposite_order × %1"_s.arg(in))) << runtime << 1 << RunStatus::Deadlock;
        QTest::newRow(qPrintable(u"same_order × %1"_s.arg(in))) << runtime << 2 << RunStatus::Ok;
    }
}

void Lab8Test::oppositeOrdersDeadlockAndTheAppEndsIt()
{
    QFETCH(Runtime, runtime);
    QFETCH(int, index);
    QFETCH(RunStatus, status);
    Engine engine;
    const int threadsBefore = threadCount();
    QElapsedTimer clock;
    clock.start();
    const RunResultPtr r = LabTest::runToEnd(engine, configOf(runtime, index), 30'000);
    const qint64 tookMs = clock.elapsed();
    QVERIFY(r);
    QCOMPARE(r->status(), status);
    QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
    QVERIFY(!r->cancelled);
    // Ended well within 5 s of its start, CPython's start-up and the hold among them.
    QVERIFY2(tookMs < 5'000 * LabTest::timeFactor, qPrintable(QString::number(tookMs)));
    if (status == RunStatus::Deadlock) {
        QList<LockWait> expected{edgeOf(*r, 0), edgeOf(*r, 1)};
        if (expected.first().thread != u"thread-1"_s)
            std::swap(expected[0], expected[1]);
        QCOMPARE(r->deadlock, expected);
        for (int task = 0; task < 2; ++task) {
            const TaskSpan& s = r->spans[size_t(task)];
            QCOMPARE(s.status, TaskStatus::Failed);
            QCOMPARE(s.text, deadlockReason(edgeOf(*r, task)));
            QVERIFY(!s.states.empty());
            QCOMPARE(s.states.back().state, TaskState::Lock); // it ended waiting for the other's lock
        }
        QVERIFY(Narrative::deadlockLine(r->deadlock).contains(u"which waits for lock"_s));
        // Found a moment after the second wait began, not after a timeout: the hold and a few looks.
        QVERIFY2(r->wallNs < qint64(holdMs + 600) * 1'000'000 * LabTest::timeFactor,
                 qPrintable(QString::number(r->wallNs / 1'000'000)));
    } else {
        QVERIFY(r->deadlock.isEmpty());
        QCOMPARE(r->count(TaskStatus::Ok), 2);
    }
    // Nothing of the run is left: no thread of the engine, no interpreter nor anything it started.
    QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBefore, 5'000);
    QCOMPARE(childProcesses(), QList<qint64>{});
    if (runtime == Runtime::Python) {
        const qint64 pid = r->workers.first().pid;
        QVERIFY(!LabTest::isRunning(pid));
        QCOMPARE(LabTest::runningInGroup(pid), QList<qint64>{});
    }
}

void Lab8Test::cancelDuringAWaitForALockEndsFast_data()
{
    QTest::addColumn<Runtime>("runtime");
    QTest::newRow("cpp") << Runtime::Cpp;
    QTest::newRow("python") << Runtime::Python;
}

// One order, a long hold: the second thread waits for A as long as the first holds it. A cancel
// ends that wait, and the run, at once.
void Lab8Test::cancelDuringAWaitForALockEndsFast()
{
    QFETCH(Runtime, runtime);
    RunConfig c = configOf(runtime, 2);
    c.delayMs = 30'000;
    Engine engine;
    const int threadsBefore = threadCount();
    QSignalSpy progress(&engine, &Engine::progress);
    QSignalSpy finished(&engine, &Engine::runFinished);
    QVERIFY(engine.start(c));
    int started = 0;
    while (started < 2) {
        QVERIFY(progress.wait(20'000));
        for (const TaskEvent& e : progress.takeFirst().at(0).value<RunProgress>().events)
            started += e.kind == TaskEvent::Kind::Started;
    }
    QElapsedTimer clock;
    clock.start();
    engine.cancel();
    QVERIFY(finished.wait(5'000));
    QVERIFY2(clock.elapsed() < 1'000 * LabTest::timeFactor, qPrintable(QString::number(clock.elapsed())));
    const auto r = finished.takeFirst().at(0).value<RunResultPtr>();
    QCOMPARE(r->status(), RunStatus::Cancelled);
    QVERIFY(r->deadlock.isEmpty());
    QCOMPARE(r->count(TaskStatus::Cancelled), 2);
    QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBefore, 5'000);
    QCOMPARE(childProcesses(), QList<qint64>{});
}

void Lab8Test::theJsonTellsTheStatusAndTheCycle()
{
    Engine engine;
    const RunResultPtr r = LabTest::runToEnd(engine, configOf(Runtime::Cpp, 1));
    QVERIFY(r);
    const QJsonObject run =
        QJsonDocument::fromJson(jsonOf(r)).object().value(u"runs"_s).toArray().at(0).toObject();
    QCOMPARE(run.value(u"status"_s).toString(), u"deadlock"_s);
    QCOMPARE(run.value(u"variant"_s).toString(), u"opposite_order"_s);
    QCOMPARE(run.value(u"cancelled"_s).toBool(true), false);
    const QJsonArray cycle = run.value(u"deadlock"_s).toObject().value(u"cycle"_s).toArray();
    QCOMPARE(cycle.size(), 2);
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        const QJsonObject edge = cycle.at(i).toObject();
        QCOMPARE(edge.value(u"thread"_s).toString(), r->deadlock.at(i).thread);
        QCOMPARE(edge.value(u"waits_for"_s).toString(), r->deadlock.at(i).lock);
        QCOMPARE(edge.value(u"held_by"_s).toString(), r->deadlock.at(i).heldBy);
    }
    QCOMPARE(cycle.at(0).toObject().value(u"thread"_s).toString(), u"thread-1"_s);
}

// Threads that cannot be looked at (none here: pid 0): the events alone decide, once the cycle has
// stood still for PythonDeadlock::unconfirmedLooks looks; a lock let go meanwhile starts it over.
void Lab8Test::aCycleOfEventsAloneIsADeadlockOnlyWhenNothingMoves()
{
    CancelToken cancel;
    PythonDeadlock deadlock(cancel);
    QSignalSpy found(&deadlock, &PythonDeadlock::found);
    const WorkerInfo one{WorkerKind::Thread, u"thread-1"_s, 0, 0};
    const WorkerInfo two{WorkerKind::Thread, u"thread-2"_s, 0, 0};
    const auto event = [](const char* name, int task, const char* lock) {
        return QJsonObject{{u"event"_s, QString::fromLatin1(name)},
                           {u"task"_s, task},
                           {u"lock"_s, QString::fromLatin1(lock)}};
    };
    QVERIFY(deadlock.onEvent(event("lock_held", 0, "A"), one));
    QVERIFY(deadlock.onEvent(event("lock_held", 1, "B"), two));
    QVERIFY(deadlock.onEvent(event("lock_wait", 0, "B"), one));
    QVERIFY(deadlock.onEvent(event("lock_wait", 1, "A"), two));
    QVERIFY(!deadlock.onEvent(event("lock_wait", 1, ""), two)); // a lock with no name
    QVERIFY(!found.wait(PythonDeadlock::intervalMs * 4));
    QVERIFY(deadlock.onEvent(event("lock_free", 1, "B"), two)); // thread-2 let B go: no cycle now
    QVERIFY(deadlock.onEvent(event("lock_held", 1, "B"), two)); // took it back
    QVERIFY(deadlock.onEvent(event("lock_wait", 1, "A"), two)); // and waits again
    QVERIFY(found.wait(PythonDeadlock::intervalMs * PythonDeadlock::unconfirmedLooks * 3));
    const auto cycle = found.takeFirst().at(0).value<QList<LockWait>>();
    QCOMPARE(cycle, (QList<LockWait>{{u"thread-1"_s, u"B"_s, u"thread-2"_s},
                                     {u"thread-2"_s, u"A"_s, u"thread-1"_s}}));
    QCOMPARE(deadlock.outcomeOf(1).status, TaskStatus::Failed);
    QCOMPARE(deadlock.outcomeOf(1).text, deadlockReason(cycle.at(1)));
    QCOMPARE(deadlock.outcomeOf(7).status, TaskStatus::Cancelled);
}

QTEST_GUILESS_MAIN(Lab8Test)
#include "tst_lab8.moc"
