#include "report/analysis.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lab::RunConfig)
Q_DECLARE_METATYPE(Lab::CpuTimes)

namespace {

// Every assignment of tasks to workers, kept independent of the code under test.
qint64 bruteForceMakespan(const QList<qint64>& sizes, int slots)
{
    if (sizes.isEmpty() || slots <= 0)
        return 0;
    qint64 assignments = 1;
    for (qsizetype i = 0; i < sizes.size(); ++i)
        assignments *= slots;
    qint64 best = std::numeric_limits<qint64>::max();
    for (qint64 code = 0; code < assignments; ++code) {
        std::vector<qint64> load(std::size_t(slots), 0);
        qint64 rest = code;
        for (qint64 size : sizes) {
            load[std::size_t(rest % slots)] += size;
            rest /= slots;
        }
        best = std::min(best, *std::max_element(load.begin(), load.end()));
    }
    return best;
}

// What a pool does: each task, in the order given, goes to the worker that is free first.
qint64 poolMakespan(const QList<qint64>& sizes, int slots)
{
    std::vector<qint64> load(std::size_t(slots), 0);
    for (qint64 size : sizes)
        *std::min_element(load.begin(), load.end()) += size;
    return *std::max_element(load.begin(), load.end());
}

// Two workers: the best split is the reachable subset sum closest to half the total.
qint64 twoWorkerOptimum(const QList<qint64>& sizes)
{
    const qint64 total = std::accumulate(sizes.begin(), sizes.end(), qint64(0));
    std::vector<bool> reachable(std::size_t(total + 1), false);
    reachable[0] = true;
    for (qint64 size : sizes) {
        for (qint64 s = total; s >= size; --s)
            reachable[std::size_t(s)] = reachable[std::size_t(s)] || reachable[std::size_t(s - size)];
    }
    qint64 best = total;
    for (qint64 s = 0; s <= total; ++s) {
        if (reachable[std::size_t(s)])
            best = std::min(best, std::max(s, total - s));
    }
    return best;
}

QList<qint64> randomSizes(QRandomGenerator& random, int count)
{
    QList<qint64> sizes;
    for (int i = 0; i < count; ++i)
        sizes.append(random.bounded(1, 101));
    return sizes;
}

Lab::RunConfig weather(Lab::Strategy s, int cities, int delayMs, int workers = 1)
{
    Lab::RunConfig c;
    c.workload = Lab::Workload::Weather;
    c.strategy = s;
    c.workers = workers;
    c.delayMs = delayMs;
    c.cities = Lab::expandCities(Lab::defaultCities(), cities);
    return c;
}

Lab::RunConfig squares(Lab::Strategy s, int workers, bool gil = false)
{
    Lab::RunConfig c;
    c.workload = Lab::Workload::Squares;
    c.strategy = s;
    c.workers = workers;
    c.gil = gil;
    for (qint64 n : Lab::seedSquaresN)
        c.squaresN.append(n * Lab::defaultScale);
    return c;
}

Lab::RunResultPtr result(const Lab::RunConfig& config, qint64 wallNs, bool cancelled = false,
                         const QString& error = {})
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config = config;
    r->wallNs = wallNs;
    r->cancelled = cancelled;
    r->error = error;
    return r;
}

Lab::RunConfig inBatch(Lab::RunConfig c, int batch)
{
    c.batch = batch;
    return c;
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void optimalMakespan_data();
    void optimalMakespan();
    void optimalMakespanMatchesBruteForce_data();
    void optimalMakespanMatchesBruteForce();
    void optimalMakespanOfManyTasks_data();
    void optimalMakespanOfManyTasks();
    void inOrderMakespan_data();
    void inOrderMakespan();
    void idealSpeedup_data();
    void idealSpeedup();
    void expectedWallNs_data();
    void expectedWallNs();
    void expectedWallOfSquares();
    void speedupVsSequential_data();
    void speedupVsSequential();
    void baselineOfAnEarlierBatchIsTold();
    void sequentialRunIsItsOwnBaseline();
    void cpuUtilisationPct_data();
    void cpuUtilisationPct();
};

void TestAnalysis::optimalMakespan_data()
{
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<int>("slots");
    QTest::addColumn<qint64>("expected");

    const QList<qint64> seed{8, 9, 10, 7};
    // 10+7 | 9+8: the shortest schedule; a pool taking tasks in order would need 8+10 = 18.
    QTest::newRow("seed squares, 2 workers") << seed << 2 << qint64(17);
    QTest::newRow("seed squares, 1 worker") << seed << 1 << qint64(34);
    QTest::newRow("seed squares, 3 workers") << seed << 3 << qint64(15);
    QTest::newRow("seed squares, 4 workers") << seed << 4 << qint64(10);
    QTest::newRow("seed squares, 8 workers") << seed << 8 << qint64(10);
    QTest::newRow("5 equal on 2") << QList<qint64>(5, 2000) << 2 << qint64(3 * 2000);
    QTest::newRow("6 equal on 3") << QList<qint64>(6, 1000) << 3 << qint64(2 * 1000);
    QTest::newRow("7 equal on 3") << QList<qint64>(7, 1000) << 3 << qint64(3 * 1000);
    QTest::newRow("100000 equal on 1") << QList<qint64>(100'000, 200) << 1 << qint64(100'000) * 200;
    QTest::newRow("100000 equal on 100000") << QList<qint64>(100'000, 200) << 100'000 << qint64(200);
    // LPT puts 3,3 then 2,2,2 → 7 | 5… the best is 3+3 | 2+2+2 = 6.
    QTest::newRow("greedy is not enough") << QList<qint64>{3, 3, 2, 2, 2} << 2 << qint64(6);
    QTest::newRow("one task") << QList<qint64>{42} << 3 << qint64(42);
    QTest::newRow("no tasks") << QList<qint64>{} << 2 << qint64(0);
}

void TestAnalysis::optimalMakespan()
{
    QFETCH(QList<qint64>, sizes);
    QFETCH(int, slots);
    QFETCH(qint64, expected);
    QCOMPARE(Lab::Analysis::optimalMakespan(sizes, slots), expected);
}

void TestAnalysis::optimalMakespanMatchesBruteForce_data()
{
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<int>("slots");

    QRandomGenerator random(20240501);
    for (int i = 0; i < 60; ++i) {
        const int count = random.bounded(1, 11);
        const int slots = random.bounded(2, 4);
        QTest::addRow("random %d: %d tasks on %d", i, count, slots) << randomSizes(random, count) << slots;
    }
}

void TestAnalysis::optimalMakespanMatchesBruteForce()
{
    QFETCH(QList<qint64>, sizes);
    QFETCH(int, slots);
    QCOMPARE(Lab::Analysis::optimalMakespan(sizes, slots), bruteForceMakespan(sizes, slots));
}

void TestAnalysis::optimalMakespanOfManyTasks_data()
{
    QTest::addColumn<QList<qint64>>("sizes");

    QRandomGenerator random(77);
    for (int i = 0; i < 10; ++i)
        QTest::addRow("20 random sizes, case %d", i) << randomSizes(random, 20);
}

// Beyond the exact search the schedule may be the greedy one, which is at most 4/3 − 1/6 of the
// best on two workers (Graham); never shorter than the best.
void TestAnalysis::optimalMakespanOfManyTasks()
{
    QFETCH(QList<qint64>, sizes);
    const qint64 best = twoWorkerOptimum(sizes);
    const qint64 got = Lab::Analysis::optimalMakespan(sizes, 2);
    QVERIFY2(got >= best, qPrintable(u"%1 < the best %2"_s.arg(got).arg(best)));
    QVERIFY2(6 * got <= 7 * best, qPrintable(u"%1 > 7/6 of the best %2"_s.arg(got).arg(best)));
}

void TestAnalysis::inOrderMakespan_data()
{
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<int>("slots");
    QTest::addColumn<qint64>("expected");

    const QList<qint64> seed{8, 9, 10, 7};
    // 8 then 10 on the first worker, 9 then 7 on the second.
    QTest::newRow("seed squares, 2 workers") << seed << 2 << qint64(18);
    QTest::newRow("seed squares, 1 worker") << seed << 1 << qint64(34);
    // 8, 9, 10 start at once; 7 follows the 8.
    QTest::newRow("seed squares, 3 workers") << seed << 3 << qint64(15);
    QTest::newRow("seed squares, 4 workers") << seed << 4 << qint64(10);
    QTest::newRow("longest last") << QList<qint64>{1, 1, 1, 1, 4} << 2 << qint64(6);
    QTest::newRow("5 equal on 2") << QList<qint64>(5, 2000) << 2 << qint64(6000);
    QTest::newRow("no tasks") << QList<qint64>{} << 2 << qint64(0);
}

void TestAnalysis::inOrderMakespan()
{
    QFETCH(QList<qint64>, sizes);
    QFETCH(int, slots);
    QFETCH(qint64, expected);
    QCOMPARE(Lab::Analysis::inOrderMakespan(sizes, slots), expected);
}

void TestAnalysis::idealSpeedup_data()
{
    QTest::addColumn<Lab::RunConfig>("config");
    QTest::addColumn<double>("inOrder");
    QTest::addColumn<double>("anyOrder");

    // The seed's lab 3 on this machine: as many tasks at once as there are cores, at most 2. The
    // pools hand out tasks in order: 34/18 on two cores, where the best split would give 34/17.
    const QList<qint64> n = squares(Lab::Strategy::Processes, 2).squaresN;
    const qint64 total = std::accumulate(n.begin(), n.end(), qint64(0));
    const int slots = std::min(2, Lab::cpuCores());
    const double seedInOrder = double(total) / double(poolMakespan(n, slots));
    const double seedBest = double(total) / double(bruteForceMakespan(n, slots));
    QTest::newRow("squares, processes, 2 workers")
        << squares(Lab::Strategy::Processes, 2) << seedInOrder << seedBest;
    QTest::newRow("squares, threads, 2 workers")
        << squares(Lab::Strategy::Threads, 2) << seedInOrder << seedBest;
    QTest::newRow("squares, threads with the GIL") << squares(Lab::Strategy::Threads, 2, true) << 1.0 << 1.0;
    QTest::newRow("squares, coroutines") << squares(Lab::Strategy::Coroutines, 1) << 1.0 << 1.0;
    QTest::newRow("squares, sequential") << squares(Lab::Strategy::Sequential, 1) << 1.0 << 1.0;
    QTest::newRow("weather, coroutines, 5 cities")
        << weather(Lab::Strategy::Coroutines, 5, 2000) << 5.0 << 5.0;
    QTest::newRow("weather, threads 2 of 5")
        << weather(Lab::Strategy::Threads, 5, 2000, 2) << 5.0 / 3.0 << 5.0 / 3.0;
    QTest::newRow("weather, sequential") << weather(Lab::Strategy::Sequential, 3, 2000) << 1.0 << 1.0;
}

void TestAnalysis::idealSpeedup()
{
    QFETCH(Lab::RunConfig, config);
    QFETCH(double, inOrder);
    QFETCH(double, anyOrder);
    QCOMPARE(Lab::Analysis::idealSpeedup(config), inOrder);
    QCOMPARE(Lab::Analysis::bestSpeedupAnyOrder(config), anyOrder);
}

void TestAnalysis::expectedWallNs_data()
{
    QTest::addColumn<Lab::RunConfig>("config");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("weather sequential: sum of delays")
        << weather(Lab::Strategy::Sequential, 3, 2000) << qint64(6000);
    QTest::newRow("weather coroutines: one delay")
        << weather(Lab::Strategy::Coroutines, 5, 2000) << qint64(2000);
    QTest::newRow("weather threads, 2 workers, 5 tasks: 3 delays")
        << weather(Lab::Strategy::Threads, 5, 300, 2) << qint64(900);
    QTest::newRow("weather processes, 4 workers, 4 tasks")
        << weather(Lab::Strategy::Processes, 4, 300, 4) << qint64(300);

    Lab::RunConfig logs;
    logs.workload = Lab::Workload::Logs;
    logs.taskCount = 5;
    logs.delayMs = 1000;
    logs.strategy = Lab::Strategy::Sequential;
    QTest::newRow("logs sequential") << logs << qint64(5000);
    logs.strategy = Lab::Strategy::Threads;
    logs.workers = 5;
    QTest::newRow("logs, 5 threads") << logs << qint64(1000);
    // Blocking writes do not overlap on one event loop.
    logs.strategy = Lab::Strategy::Coroutines;
    logs.workers = 1;
    QTest::newRow("logs coroutines") << logs << qint64(5000);
}

void TestAnalysis::expectedWallNs()
{
    QFETCH(Lab::RunConfig, config);
    QFETCH(qint64, expectedMs);
    const auto ns = Lab::Analysis::expectedWallNs(config, {});
    QVERIFY(ns.has_value());
    QCOMPARE(*ns, expectedMs * 1'000'000);
}

void TestAnalysis::expectedWallOfSquares()
{
    const Lab::RunConfig processes = squares(Lab::Strategy::Processes, 2);
    QVERIFY2(!Lab::Analysis::expectedWallNs(processes, {}).has_value(), "no sequential run to scale from");

    const qint64 sequentialNs = 3'400'000'000;
    const QList<Lab::RunResultPtr> runs{result(squares(Lab::Strategy::Sequential, 1), sequentialNs)};
    const auto ns = Lab::Analysis::expectedWallNs(processes, runs);
    QVERIFY(ns.has_value());
    const QList<qint64> n = processes.squaresN;
    const qint64 total = std::accumulate(n.begin(), n.end(), qint64(0));
    const int slots = std::min(2, Lab::cpuCores());
    const double expected = double(sequentialNs) * double(poolMakespan(n, slots)) / double(total);
    QVERIFY2(std::abs(double(*ns) - expected) <= 1.0, qPrintable(u"%1 vs %2"_s.arg(*ns).arg(expected)));

    const QList<Lab::RunResultPtr> cancelled{
        result(squares(Lab::Strategy::Sequential, 1), sequentialNs, true)};
    QVERIFY2(!Lab::Analysis::expectedWallNs(processes, cancelled).has_value(),
             "a cancelled run is no baseline");
    // One at a time, the expectation would only repeat the measurement.
    QVERIFY(!Lab::Analysis::expectedWallNs(squares(Lab::Strategy::Sequential, 1), runs).has_value());
}

void TestAnalysis::speedupVsSequential_data()
{
    QTest::addColumn<QList<Lab::RunResultPtr>>("runs");
    QTest::addColumn<int>("probe");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("expected");

    const Lab::RunConfig seq = weather(Lab::Strategy::Sequential, 3, 2000);
    const Lab::RunConfig co = weather(Lab::Strategy::Coroutines, 3, 2000);
    const Lab::RunResultPtr baseline = result(seq, 6'000'000'000);

    QTest::newRow("matching sequential run")
        << QList{baseline, result(co, 2'000'000'000)} << 1 << true << 3.0;
    QTest::newRow("sequential run after it")
        << QList{result(co, 1'500'000'000), baseline} << 0 << true << 4.0;
    QTest::newRow("slower than sequential")
        << QList{baseline, result(co, 12'000'000'000)} << 1 << true << 0.5;
    QTest::newRow("different delay") << QList{baseline,
                                              result(weather(Lab::Strategy::Coroutines, 3, 1000), 1)}
                                     << 1 << false << 0.0;
    QTest::newRow("different cities")
        << QList{baseline, result(weather(Lab::Strategy::Coroutines, 4, 2000), 1)} << 1 << false << 0.0;
    QTest::newRow("no sequential run") << QList{result(co, 2'000'000'000)} << 0 << false << 0.0;
    QTest::newRow("this run cancelled")
        << QList{baseline, result(co, 2'000'000'000, true)} << 1 << false << 0.0;
    QTest::newRow("this run failed") << QList{baseline, result(co, 2'000'000'000, false, u"boom"_s)} << 1
                                     << false << 0.0;
    QTest::newRow("sequential run cancelled")
        << QList{result(seq, 1'000'000'000, true), result(co, 2'000'000'000)} << 1 << false << 0.0;
    QTest::newRow("zero wall time") << QList{baseline, result(co, 0)} << 1 << false << 0.0;

    // A session of several batches: re-runs are compared with their own batch's baseline.
    const auto at = [](const Lab::RunConfig& c, int batch, qint64 seconds) {
        return result(inBatch(c, batch), seconds * 1'000'000'000);
    };
    QTest::newRow("its batch's baseline, not the first")
        << QList{at(seq, 1, 8), at(co, 1, 2), at(seq, 2, 6), at(co, 2, 3)} << 3 << true << 2.0;
    QTest::newRow("a sequential re-run is 1.00×") << QList{at(seq, 1, 8), at(seq, 2, 6)} << 1 << true << 1.0;
    QTest::newRow("no baseline in its batch: the newest before")
        << QList{at(seq, 1, 8), at(seq, 2, 6), at(co, 3, 3)} << 2 << true << 2.0;
    QTest::newRow("the newest before, not one after")
        << QList{at(seq, 1, 8), at(co, 2, 2), at(seq, 3, 6)} << 1 << true << 4.0;
    QTest::newRow("a cancelled baseline of its batch: the one before")
        << QList{at(seq, 1, 8), result(inBatch(seq, 2), 1, true), at(co, 2, 2)} << 2 << true << 4.0;
}

void TestAnalysis::speedupVsSequential()
{
    QFETCH(QList<Lab::RunResultPtr>, runs);
    QFETCH(int, probe);
    QFETCH(bool, defined);
    QFETCH(double, expected);

    const auto speedup = Lab::Analysis::speedupVsSequential(runs, probe);
    QCOMPARE(speedup.has_value(), defined);
    if (defined)
        QCOMPARE(*speedup, expected);
}

// The labels name a baseline of an earlier batch; one of the run's own batch needs no name.
void TestAnalysis::baselineOfAnEarlierBatchIsTold()
{
    const Lab::RunConfig seq = weather(Lab::Strategy::Sequential, 3, 2000);
    const Lab::RunConfig co = weather(Lab::Strategy::Coroutines, 3, 2000);
    const QList<Lab::RunResultPtr> runs{result(inBatch(seq, 1), 6), result(inBatch(co, 1), 2),
                                        result(inBatch(co, 2), 2)};
    const auto own = Lab::Analysis::baselineOf(runs, runs.at(1)->config, 1);
    QVERIFY(own && own->index == 0 && own->ofItsBatch);
    const auto earlier = Lab::Analysis::baselineOf(runs, runs.at(2)->config, 2);
    QVERIFY(earlier && earlier->index == 0 && !earlier->ofItsBatch);
    // A run still going (not yet among the results) of batch 1 has batch 1's.
    const auto live = Lab::Analysis::baselineOf(runs, inBatch(co, 1), runs.size());
    QVERIFY(live && live->index == 0 && live->ofItsBatch);
}

void TestAnalysis::sequentialRunIsItsOwnBaseline()
{
    const QList<Lab::RunResultPtr> runs{result(weather(Lab::Strategy::Sequential, 3, 2000), 6'012'000'000)};
    const auto speedup = Lab::Analysis::speedupVsSequential(runs, 0);
    QVERIFY(speedup.has_value());
    QCOMPARE(*speedup, 1.0);
}

void TestAnalysis::cpuUtilisationPct_data()
{
    QTest::addColumn<qint64>("wallNs");
    QTest::addColumn<Lab::CpuTimes>("app");
    QTest::addColumn<Lab::CpuTimes>("workers");
    QTest::addColumn<std::optional<double>>("expected"); // none: a share over no time is undefined

    QTest::newRow("one core busy") << qint64(2'000'000'000) << Lab::CpuTimes{1'500'000'000, 500'000'000}
                                   << Lab::CpuTimes{} << std::optional(100.0);
    QTest::newRow("two cores with workers")
        << qint64(1'000'000'000) << Lab::CpuTimes{100'000'000, 100'000'000}
        << Lab::CpuTimes{1'700'000'000, 100'000'000} << std::optional(200.0);
    QTest::newRow("mostly waiting") << qint64(2'000'000'000) << Lab::CpuTimes{30'000'000, 10'000'000}
                                    << Lab::CpuTimes{} << std::optional(2.0);
    QTest::newRow("no wall time") << qint64(0) << Lab::CpuTimes{5, 5} << Lab::CpuTimes{5, 5}
                                  << std::optional<double>();
    // A run of 0.2 ms beside the 2.8 ms of CPU its threads took to start and stop: "1,405%" before.
    QTest::newRow("0.2 ms") << qint64(200'000) << Lab::CpuTimes{2'000'000, 810'000} << Lab::CpuTimes{}
                            << std::optional<double>();
    // A process's CPU time is counted in ticks of 10 ms: below one, no share.
    QTest::newRow("one clock tick less 1 ns")
        << qint64(9'999'999) << Lab::CpuTimes{5'000'000, 0} << Lab::CpuTimes{} << std::optional<double>();
    QTest::newRow("one clock tick") << qint64(10'000'000) << Lab::CpuTimes{5'000'000, 0} << Lab::CpuTimes{}
                                    << std::optional(50.0);
}

void TestAnalysis::cpuUtilisationPct()
{
    QFETCH(qint64, wallNs);
    QFETCH(Lab::CpuTimes, app);
    QFETCH(Lab::CpuTimes, workers);
    QFETCH(std::optional<double>, expected);

    Lab::RunResult run;
    run.wallNs = wallNs;
    run.appCpu = app;
    run.workersCpu = workers;
    QCOMPARE(Lab::Analysis::cpuUtilisationPct(run), expected);
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
