// Lab::Noise: what other programs took of the machine while something was measured, from the
// machine's CPU and the measurement's own, and the rules that make repetitions suspect.
#include "report/noise.h"
#include "testsupport.h"

#include <QTest>

Q_DECLARE_METATYPE(Lab::MachineCpu)

class NoiseTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void disturbance_data();
    void disturbance();
    void aRunCountsItsWorkersAndFrontEndAsItsOwn();
    void worseOfTwo();
    void spoilsMedian_data();
    void spoilsMedian();
};

namespace {

constexpr qint64 second = 1'000'000'000;

// 2 cores for `elapsed`: `busy` of them busy (steal not among them), `steal` stolen.
Lab::MachineCpu machine(qint64 elapsed, qint64 busy, qint64 steal = 0)
{
    return {busy, steal, 2 * elapsed, elapsed};
}

} // namespace

void NoiseTest::disturbance_data()
{
    QTest::addColumn<Lab::MachineCpu>("machine");
    QTest::addColumn<qint64>("ownNs");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("otherCpuPct");
    QTest::addColumn<double>("stealPct");
    QTest::addColumn<bool>("busy");
    QTest::addColumn<bool>("stolen");
    QTest::newRow("quiet: all the busy time ours")
        << machine(second, second) << second << true << 0.0 << 0.0 << false << false;
    QTest::newRow("a little else: 10% of a core")
        << machine(second, 11 * second / 10) << second << true << 10.0 << 0.0 << false << false;
    QTest::newRow("two hogs: 1.5 cores of others")
        << machine(second, 2 * second) << second / 2 << true << 150.0 << 0.0 << true << false;
    QTest::newRow("own CPU counted beyond the machine's ticks: none other")
        << machine(second, second) << 2 * second << true << 0.0 << 0.0 << false << false;
    QTest::newRow("12% stolen") << machine(second, second, 24 * second / 100) << second << true << 0.0 << 12.0
                                << false << true;
    QTest::newRow("too short to tell") << machine(Lab::Noise::shortestMeasuredNs - 1, 0) << qint64(0) << false
                                       << 0.0 << 0.0 << false << false;
    QTest::newRow("machine unread") << Lab::MachineCpu{} << qint64(0) << false << 0.0 << 0.0 << false
                                    << false;
}

void NoiseTest::disturbance()
{
    QFETCH(Lab::MachineCpu, machine);
    QFETCH(qint64, ownNs);
    QFETCH(bool, known);
    const auto d = Lab::Noise::disturbanceOf(machine, ownNs);
    QCOMPARE(d.has_value(), known);
    if (!d)
        return;
    QTEST(d->otherCpuPct, "otherCpuPct");
    QTEST(d->stealPct, "stealPct");
    QTEST(d->busy, "busy");
    QTEST(d->stolen, "stolen");
}

void NoiseTest::aRunCountsItsWorkersAndFrontEndAsItsOwn()
{
    Lab::RunResult run;
    run.machine = machine(second, 2 * second);
    run.appCpu = {second / 2, 0};
    run.workersCpu = {second / 4, second / 4};
    run.frontEndCpu = {0, second / 2};
    const auto d = Lab::Noise::disturbanceOf(run);
    QVERIFY(d);
    QCOMPARE(d->otherCpuPct, 50.0);
    QCOMPARE(d->otherCpuPct, Lab::Noise::disturbanceOf(run.machine, 3 * second / 2)->otherCpuPct);
}

void NoiseTest::worseOfTwo()
{
    const Lab::Noise::Disturbance busy{140, 1, true, false};
    const Lab::Noise::Disturbance stolen{5, 12, false, true};
    const Lab::Noise::Disturbance w = Lab::Noise::worse(busy, stolen);
    QCOMPARE(w.otherCpuPct, 140.0);
    QCOMPARE(w.stealPct, 12.0);
    QVERIFY(w.busy && w.stolen);
}

void NoiseTest::spoilsMedian_data()
{
    QTest::addColumn<int>("disturbed");
    QTest::addColumn<int>("repeats");
    QTest::addColumn<bool>("spoils");
    QTest::newRow("none of 3") << 0 << 3 << false;
    QTest::newRow("1 of 5") << 1 << 5 << false;
    QTest::newRow("2 of 5") << 2 << 5 << false;
    QTest::newRow("3 of 5") << 3 << 5 << true;
    QTest::newRow("2 of 4: the median may be one") << 2 << 4 << true;
    QTest::newRow("1 of 1") << 1 << 1 << true;
}

void NoiseTest::spoilsMedian()
{
    QFETCH(int, disturbed);
    QFETCH(int, repeats);
    QTEST(Lab::Noise::spoilsMedian(disturbed, repeats), "spoils");
}

QTEST_GUILESS_MAIN(NoiseTest)
#include "tst_noise.moc"
