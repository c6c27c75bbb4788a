#include "engine/workername.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::WorkerKind;

Q_DECLARE_METATYPE(Lab::WorkerKind)

class TestWorkerName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void names_data()
    {
        QTest::addColumn<WorkerKind>("kind");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("name");
        QTest::newRow("sequential") << WorkerKind::Sequential << 1 << u"sequential"_s;
        QTest::newRow("sequential, number ignored") << WorkerKind::Sequential << 3 << u"sequential"_s;
        QTest::newRow("event loop") << WorkerKind::EventLoop << 1 << u"event-loop"_s;
        QTest::newRow("event loop, number ignored") << WorkerKind::EventLoop << 2 << u"event-loop"_s;
        QTest::newRow("first thread") << WorkerKind::Thread << 1 << u"thread-1"_s;
        QTest::newRow("twelfth thread") << WorkerKind::Thread << 12 << u"thread-12"_s;
        QTest::newRow("first process") << WorkerKind::Process << 1 << u"process-1"_s;
        QTest::newRow("a replacement process") << WorkerKind::Process << 7 << u"process-7"_s;
    }
    void names()
    {
        QFETCH(WorkerKind, kind);
        QFETCH(int, number);
        QFETCH(QString, name);
        QCOMPARE(Lab::workerName(kind, number), name);
    }

    void kinds_data()
    {
        QTest::addColumn<Strategy>("strategy");
        QTest::addColumn<WorkerKind>("kind");
        QTest::newRow("sequential") << Strategy::Sequential << WorkerKind::Sequential;
        QTest::newRow("coroutines") << Strategy::Coroutines << WorkerKind::EventLoop;
        QTest::newRow("threads") << Strategy::Threads << WorkerKind::Thread;
        QTest::newRow("processes") << Strategy::Processes << WorkerKind::Process;
    }
    void kinds()
    {
        QFETCH(Strategy, strategy);
        QFETCH(WorkerKind, kind);
        QCOMPARE(Lab::workerKind(strategy), kind);
        Lab::RunConfig config;
        config.strategy = strategy;
        QCOMPARE(Lab::taskWorkerKind(config), kind); // no variant: the strategy's own
    }

    // Lab 5's fix: coroutines hand their blocking calls to the loop's threads, where the tasks run.
    void anOffloadedRunsTasksRunOnThreads()
    {
        Lab::RunConfig config;
        config.strategy = Strategy::Coroutines;
        for (Lab::Variant v : {Lab::Variant::Blocking, Lab::Variant::Awaited}) {
            config.variant = v;
            QCOMPARE(Lab::taskWorkerKind(config), WorkerKind::EventLoop);
        }
        config.variant = Lab::Variant::Offloaded;
        QCOMPARE(Lab::taskWorkerKind(config), WorkerKind::Thread);
    }
};

QTEST_GUILESS_MAIN(TestWorkerName)
#include "tst_workername.moc"
