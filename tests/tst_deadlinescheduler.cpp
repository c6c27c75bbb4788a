#include "engine/deadlinescheduler.h"
#include "engine/recorder.h"
#include "testsupport.h"

#include <QTimer>

#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Coroutines are named functions that report into a Probe the test owns.
struct Probe {
    QList<int> order;
    QList<qint64> lateNs;
    int cancelled = 0;
    int done = 0;
};

QCoro::Task<> waitAndRecord(Lab::DeadlineScheduler& scheduler, Probe& probe, int id,
                            std::chrono::milliseconds d)
{
    const qint64 deadline = Lab::monotonicNs() + std::chrono::nanoseconds(d).count();
    const bool reached = co_await scheduler.sleepUntil(deadline);
    if (reached) {
        probe.order.append(id);
        probe.lateNs.append(Lab::monotonicNs() - deadline);
    } else {
        ++probe.cancelled;
    }
    ++probe.done;
}

QCoro::Task<> waitTwice(Lab::DeadlineScheduler& scheduler, Probe& probe)
{
    co_await scheduler.sleepFor(20ms);
    probe.order.append(1);
    co_await scheduler.sleepFor(20ms);
    probe.order.append(2);
    ++probe.done;
}

class TestDeadlineScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void resumesInDeadlineOrder()
    {
        Lab::DeadlineScheduler scheduler;
        Probe probe;
        const int delays[] = {60, 10, 40, 10, 30};
        for (int i = 0; i < 5; ++i)
            waitAndRecord(scheduler, probe, i, std::chrono::milliseconds(delays[i]));
        QCOMPARE(scheduler.waiting(), 5u);
        QTRY_COMPARE_WITH_TIMEOUT(probe.done, 5, 5000);
        // Equal deadlines keep the order they came in.
        QCOMPARE(probe.order, (QList<int>{1, 3, 4, 2, 0}));
        for (qint64 late : probe.lateNs)
            QVERIFY2(late >= 0, "a wait must never end early");
    }

    void aWaiterMayWaitAgain()
    {
        Lab::DeadlineScheduler scheduler;
        Probe probe;
        waitTwice(scheduler, probe);
        QTRY_COMPARE_WITH_TIMEOUT(probe.done, 1, 5000);
        QCOMPARE(probe.order, (QList<int>{1, 2}));
    }

    void manyWaitsShareOneTimerAndEndTogether()
    {
        Lab::DeadlineScheduler scheduler;
        Probe probe;
        constexpr int count = 20'000;
        const qint64 start = Lab::monotonicNs();
        for (int i = 0; i < count; ++i)
            waitAndRecord(scheduler, probe, i, 100ms);
        QTRY_COMPARE_WITH_TIMEOUT(probe.done, count, 10'000);
        const qint64 wallMs = (Lab::monotonicNs() - start) / 1'000'000;
        // Generous: the timing target itself lives in scripts/check.sh.
        QVERIFY2(wallMs < 2000, qPrintable(u"20,000 waits of 100 ms took %1 ms"_s.arg(wallMs)));
        QCOMPARE(scheduler.waiting(), 0u);
    }

    void theLoopRunsWhileCoroutinesWait()
    {
        // Other events are served while 1,000 coroutines wait: the loop is never blocked.
        Lab::DeadlineScheduler scheduler;
        Probe probe;
        for (int i = 0; i < 1000; ++i)
            waitAndRecord(scheduler, probe, i, 300ms);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QTRY_COMPARE_WITH_TIMEOUT(probe.done, 1000, 5000);
        QVERIFY2(ticks >= 10, qPrintable(u"only %1 ticks of 10 ms in 300 ms"_s.arg(ticks)));
    }

    void cancelAllWakesEveryWaiterAtOnce()
    {
        Lab::DeadlineScheduler scheduler;
        Probe probe;
        for (int i = 0; i < 100; ++i)
            waitAndRecord(scheduler, probe, i, 10s);
        scheduler.cancelAll();
        QCOMPARE(probe.done, 100);
        QCOMPARE(probe.cancelled, 100);
        // Later waits return at once, as cancelled.
        waitAndRecord(scheduler, probe, 100, 10s);
        QCOMPARE(probe.cancelled, 101);
    }

    void destroyingTheSchedulerFinishesItsWaiters()
    {
        Probe probe;
        {
            Lab::DeadlineScheduler scheduler;
            for (int i = 0; i < 10; ++i)
                waitAndRecord(scheduler, probe, i, 10s);
        }
        QCOMPARE(probe.done, 10);
        QCOMPARE(probe.cancelled, 10);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineScheduler)
#include "tst_deadlinescheduler.moc"
