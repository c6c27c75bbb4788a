#include "engine/simulatedgil.h"
#include "taskstate.h"
#include "testsupport.h"

#include <array>
#include <atomic>
#include <pthread.h>
#include <sched.h>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

class TestSimulatedGil : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void onlyOneHolderAtATime_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("2 threads") << 2;
        QTest::newRow("4 threads") << 4;
        QTest::newRow("8 threads") << 8;
    }
    void onlyOneHolderAtATime()
    {
        QFETCH(int, threads);
        Lab::SimulatedGil gil(1ms);
        std::atomic<int> inside{0};
        std::atomic<int> worst{0};
        std::atomic<int> slices{0};
        const auto work = [&] {
            Lab::GilScope hold(&gil);
            const auto end = std::chrono::steady_clock::now() + 60ms;
            while (std::chrono::steady_clock::now() < end) {
                const int now = ++inside;
                worst = std::max(worst.load(), now);
                --inside;
                ++slices;
                gil.yieldIfRequested();
            }
        };
        std::vector<std::thread> pool;
        for (int i = 0; i < threads; ++i)
            pool.emplace_back(work);
        for (auto& t : pool)
            t.join();
        QCOMPARE(worst.load(), 1);
        QVERIFY(slices.load() > 0);
    }

    void theHolderHandsOverWhenAnotherWaits()
    {
        // Two threads compute for 100 ms each under a 5 ms switch interval: the lock changes hands
        // many times, so both make progress, instead of one finishing before the other starts.
        Lab::SimulatedGil gil(5ms);
        std::atomic<bool> secondStarted{false};
        std::atomic<int> firstSlicesBeforeSecond{0};
        std::atomic<int> firstSlices{0};
        const auto compute = [&](bool first) {
            Lab::GilScope hold(&gil);
            if (!first)
                secondStarted = true;
            const auto end = std::chrono::steady_clock::now() + 100ms;
            while (std::chrono::steady_clock::now() < end) {
                if (first) {
                    ++firstSlices;
                    if (!secondStarted)
                        ++firstSlicesBeforeSecond;
                }
                gil.yieldIfRequested();
            }
        };
        std::thread a(compute, true);
        std::thread b(compute, false);
        a.join();
        b.join();
        QVERIFY2(gil.switches() >= 5, qPrintable(QString::number(gil.switches())));
        QVERIFY(firstSlicesBeforeSecond.load() < firstSlices.load());
    }

    // What the states say: never two threads computing at once. On one core the waiter the holder
    // wakes often takes the core before the holder goes back to waiting, which must not count as
    // computing.
    void theStatesNeverComputeTogether()
    {
        Lab::SimulatedGil gil(1ms);
        std::array<Lab::StateSlices, 2> slices;
        const auto compute = [&](int i) {
            cpu_set_t one;
            CPU_ZERO(&one);
            CPU_SET(0, &one);
            pthread_setaffinity_np(pthread_self(), sizeof(one), &one);
            Lab::StateLog log; // from before the lock to while it is still held: the hand-overs alone
            log.enter(Lab::TaskState::Gil, Lab::monotonicNs());
            Lab::GilScope hold(&gil, &log);
            const auto end = std::chrono::steady_clock::now() + 100ms;
            while (std::chrono::steady_clock::now() < end)
                gil.yieldIfRequested(&log);
            const auto closed = log.close(Lab::monotonicNs());
            slices[i].assign(closed.begin(), closed.end());
        };
        std::thread a(compute, 0);
        std::thread b(compute, 1);
        a.join();
        b.join();
        qint64 togetherNs = 0;
        for (const Lab::StateSlice& x : slices[0]) {
            for (const Lab::StateSlice& y : slices[1]) {
                if (x.state == Lab::TaskState::Running && y.state == Lab::TaskState::Running)
                    togetherNs +=
                        std::max<qint64>(0, std::min(x.endNs, y.endNs) - std::max(x.startNs, y.startNs));
            }
        }
        QVERIFY(gil.switches() >= 5);
        QVERIFY2(togetherNs < 1'000'000, qPrintable(QString::number(togetherNs)));
    }

    void noSwitchWithoutAWaiter()
    {
        Lab::SimulatedGil gil(1ms);
        {
            Lab::GilScope hold(&gil);
            const auto end = std::chrono::steady_clock::now() + 20ms;
            while (std::chrono::steady_clock::now() < end)
                gil.yieldIfRequested();
        }
        QCOMPARE(gil.switches(), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedGil)
#include "tst_simulatedgil.moc"
