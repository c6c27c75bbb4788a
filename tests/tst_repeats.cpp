// Repeats, interleaving and the scaling sweep: the order of the rounds, each run's own partner, the
// medians and spreads, the reasons a figure is suspect, Amdahl's fit — on made-up results (a fake
// clock: no timing here), then a real session's rounds and the table's rows.
#include "cliargs.h"
#include "engine/session.h"
#include "experiment.h"
#include "platform/procstat.h"
#include "report/analysis.h"
#include "report/noise.h"
#include "report/scaling.h"
#include "report/sessionmodel.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Lab::RunConfig;
using Lab::RunResultPtr;
using Lab::Strategy;

namespace {

RunConfig squares(Strategy s, int workers = 1, int repeat = 0, bool warmup = false)
{
    RunConfig c;
    c.workload = Lab::Workload::Squares;
    c.strategy = s;
    c.workers = workers;
    c.squaresN = {800, 900, 1000, 700};
    c.batch = 1;
    c.repeat = repeat;
    c.warmup = warmup;
    return c;
}

// A finished run of `wallMs`; with `otherCpuPct`, the machine's CPU over it as /proc/stat would give
// it when other programs took that much of one core beside the run's own.
RunResultPtr result(const RunConfig& c, double wallMs, std::optional<double> otherCpuPct = {})
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config = c;
    r->wallNs = qint64(wallMs * 1e6);
    r->appCpu = {r->wallNs, 0};
    if (otherCpuPct) {
        const qint64 elapsed = std::max<qint64>(r->wallNs, Lab::Noise::shortestMeasuredNs);
        r->machine = {r->appCpu.totalNs() + qint64(*otherCpuPct / 100 * double(elapsed)), 0, 2 * elapsed,
                      elapsed};
    }
    return r;
}

QString repeatsOrder(const QList<RunConfig>& runs)
{
    QStringList out;
    for (const RunConfig& r : runs) {
        out.append(u"%1%2%3%4"_s.arg(Lab::strategyId(r.strategy).left(3))
                       .arg(r.strategy == Strategy::Processes ? QString::number(r.workers) : QString())
                       .arg(r.runtime == Lab::Runtime::Python ? u"py"_s : QString())
                       .arg(r.warmup ? u"w"_s : QString::number(r.repeat)));
    }
    return out.join(u' ');
}

} // namespace

class TestRepeats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LabTest::failOnAnyWarning(); }

    // Round after round, the warm-ups first: a slow moment hits both sides of a pair.
    void roundsAreInterleaved_data()
    {
        QTest::addColumn<Lab::Experiment>("experiment");
        QTest::addColumn<QString>("order");
        Lab::Experiment lab3;
        lab3.lab = 3;
        lab3.repeats = 3;
        const int cores = std::min(Lab::cpuCores(), Lab::maxWorkers(Strategy::Processes));
        const QString c = QString::number(cores);
        QTest::newRow("lab 3 × 3") << lab3 << u"seq0 proC0 seq1 proC1 seq2 proC2"_s.replace(u'C', c);
        Lab::Experiment warm = lab3;
        warm.repeats = 2;
        warm.warmup = true;
        QTest::newRow("with a warm-up") << warm << u"seqw proCw seq0 proC0 seq1 proC1"_s.replace(u'C', c);
        Lab::Experiment sweep;
        sweep.workload = Lab::Workload::Squares;
        sweep.strategies = {Strategy::Sequential, Strategy::Processes};
        sweep.sweepWorkers = {1, 2, 4};
        sweep.repeats = 2;
        QTest::newRow("a sweep") << sweep << u"seq0 pro10 pro20 pro40 seq1 pro11 pro21 pro41"_s;
        Lab::Experiment once;
        once.lab = 1;
        QTest::newRow("once, as before") << once << u"seq0 cor0"_s;
    }
    void roundsAreInterleaved()
    {
        QFETCH(Lab::Experiment, experiment);
        QFETCH(QString, order);
        QCOMPARE(repeatsOrder(Lab::experimentRuns(experiment, {}, {})), order);
    }

    void bothRuntimesInterleaveToo()
    {
        Lab::Experiment e;
        e.lab = 1;
        e.repeats = 2;
        e.runtimes = {Lab::Runtime::Cpp, Lab::Runtime::Python};
        e.python.path = u"/usr/bin/python3"_s;
        QCOMPARE(repeatsOrder(Lab::experimentRuns(e, {}, {})),
                 u"seq0 seqpy0 cor0 corpy0 seq1 seqpy1 cor1 corpy1"_s);
    }

    // Each run against its own round's one-at-a-time run; the summary the median of those ratios.
    void eachRunPairsWithItsRound()
    {
        const QList<RunResultPtr> runs{
            result(squares(Strategy::Sequential, 1, 0), 100), result(squares(Strategy::Processes, 2, 0), 50),
            result(squares(Strategy::Sequential, 1, 1), 200), result(squares(Strategy::Processes, 2, 1), 110),
            result(squares(Strategy::Sequential, 1, 2), 120), result(squares(Strategy::Processes, 2, 2), 80)};
        QCOMPARE(Lab::Analysis::baselineOf(runs, runs.at(3)->config, 3)->index, 2);
        QCOMPARE(*Lab::Analysis::speedupVsSequential(runs, 1), 2.0);
        QCOMPARE(*Lab::Analysis::speedupVsSequential(runs, 3), 200.0 / 110);
        QCOMPARE(*Lab::Analysis::speedupVsSequential(runs, 5), 1.5);
        const QList<Lab::Noise::Summary> summary = Lab::Noise::summarize(runs);
        QCOMPARE(summary.size(), 2);
        QCOMPARE(summary.at(0).runs, (QList<qsizetype>{0, 2, 4}));
        QCOMPARE(summary.at(1).runs, (QList<qsizetype>{1, 3, 5}));
        QCOMPARE(summary.at(0).wallMs->median, 120.0);
        QCOMPARE(summary.at(0).wallMs->min, 100.0);
        QCOMPARE(summary.at(0).wallMs->max, 200.0);
        QCOMPARE(summary.at(1).speedup->median, 200.0 / 110);
        QCOMPARE(summary.at(1).speedup->min, 1.5);
        QCOMPARE(summary.at(1).speedup->max, 2.0);
        QCOMPARE(Lab::Noise::medianRun({runs.at(1), runs.at(3), runs.at(5)}), runs.at(5));
    }

    // A round whose baseline failed is compared with another round's, not left without a figure.
    void aFailedPartnerGivesWayToAnotherRound()
    {
        auto failed = std::make_shared<Lab::RunResult>(*result(squares(Strategy::Sequential, 1, 1), 100));
        failed->error = u"no disk"_s;
        const QList<RunResultPtr> runs{result(squares(Strategy::Sequential, 1, 0), 100),
                                       result(squares(Strategy::Processes, 2, 0), 50), failed,
                                       result(squares(Strategy::Processes, 2, 1), 40)};
        QCOMPARE(Lab::Analysis::baselineOf(runs, runs.at(3)->config, 3)->index, 0);
        QCOMPARE(*Lab::Analysis::speedupVsSequential(runs, 3), 2.5);
        QCOMPARE(Lab::Noise::summarize(runs).at(0).wallMs->count, 1); // the failed one has no time
    }

    // A warm-up is measured and kept, but neither counted nor anyone's baseline.
    void warmUpsAreNotCounted()
    {
        const QList<RunResultPtr> runs{result(squares(Strategy::Sequential, 1, 0, true), 500),
                                       result(squares(Strategy::Processes, 2, 0, true), 400),
                                       result(squares(Strategy::Sequential, 1, 0), 100),
                                       result(squares(Strategy::Processes, 2, 0), 50)};
        const QList<Lab::Noise::Summary> summary = Lab::Noise::summarize(runs);
        QCOMPARE(summary.size(), 2);
        QCOMPARE(summary.at(0).warmups, 1);
        QCOMPARE(summary.at(1).runs, QList<qsizetype>{3});
        QCOMPARE(*Lab::Analysis::speedupVsSequential(runs, 3), 2.0);
        QCOMPARE(*Lab::Analysis::speedupVsSequential(runs, 1), 500.0 / 400); // against its own warm-up
    }

    void medianOfAnEvenCount()
    {
        QCOMPARE(Lab::Noise::spreadOf({4, 1, 3, 2})->median, 2.5);
        QCOMPARE(Lab::Noise::spreadOf({7})->median, 7.0);
        QVERIFY(!Lab::Noise::spreadOf({}));
    }

    // Half the rounds disturbed or more: the median may be one of them, and the figure is suspect.
    void suspectWhenHalfTheRoundsAreDisturbed_data()
    {
        QTest::addColumn<QList<double>>("otherCpuPct");
        QTest::addColumn<bool>("suspect");
        QTest::newRow("quiet") << QList<double>{2, 5, 1, 0} << false;
        QTest::newRow("one of four busy") << QList<double>{2, 140, 1, 0} << false;
        QTest::newRow("two of four busy") << QList<double>{2, 140, 1, 90} << true;
        QTest::newRow("every round busy") << QList<double>{100, 140, 120, 90} << true;
    }
    void suspectWhenHalfTheRoundsAreDisturbed()
    {
        QFETCH(QList<double>, otherCpuPct);
        QFETCH(bool, suspect);
        QList<RunResultPtr> runs;
        for (int i = 0; i < otherCpuPct.size(); ++i)
            runs.append(result(squares(Strategy::Sequential, 1, i), 400, otherCpuPct.at(i)));
        const Lab::Noise::Summary s = Lab::Noise::summarize(runs).first();
        QCOMPARE(s.suspects.contains(Lab::Noise::Suspect::BusyMachine), suspect);
        QCOMPARE(s.disturbed, int(std::count_if(otherCpuPct.begin(), otherCpuPct.end(),
                                                [](double p) { return p > Lab::Noise::busyOtherCpuPct; })));
        QCOMPARE(s.otherCpuPct, *std::max_element(otherCpuPct.begin(), otherCpuPct.end()));
    }

    // A round that did not end well is not in the median, nor among what may have spoilt it.
    void aCancelledRoundIsNotJudged()
    {
        auto cancelled =
            std::make_shared<Lab::RunResult>(*result(squares(Strategy::Sequential, 1, 1), 400, 140));
        cancelled->cancelled = true;
        const QList<RunResultPtr> runs{result(squares(Strategy::Sequential, 1, 0), 400, 2), cancelled};
        const Lab::Noise::Summary s = Lab::Noise::summarize(runs).first();
        QCOMPARE(s.runs.size(), 2);
        QCOMPARE(s.wallMs->count, 1);
        QCOMPARE(s.disturbed, 0);
        QVERIFY(!s.suspect());
    }

    // Faster than its schedule allows: its one-at-a-time run was slowed. Spread wide: not one figure.
    void suspectAboveTheIdealOrWidelySpread()
    {
        // 4 tasks 800, 900, 1000, 700 on 2 processes in order: 1.89× at best.
        const QList<RunResultPtr> fast{result(squares(Strategy::Sequential, 1, 0), 2000),
                                       result(squares(Strategy::Processes, 2, 0), 900)};
        const QList<Lab::Noise::Summary> summary = Lab::Noise::summarize(fast);
        QVERIFY(summary.at(1).suspects.contains(Lab::Noise::Suspect::AboveIdeal));
        QVERIFY(!summary.at(0).suspect());
        QVERIFY(Lab::Noise::suspectsOf(fast, 1).contains(Lab::Noise::Suspect::AboveIdeal));
        const QList<RunResultPtr> spread{result(squares(Strategy::Sequential, 1, 0), 100),
                                         result(squares(Strategy::Sequential, 1, 1), 130)};
        QVERIFY(Lab::Noise::summarize(spread).at(0).suspects.contains(Lab::Noise::Suspect::WideSpread));
        const QList<RunResultPtr> tight{result(squares(Strategy::Sequential, 1, 0), 100),
                                        result(squares(Strategy::Sequential, 1, 1), 110)};
        QVERIFY(!Lab::Noise::summarize(tight).at(0).suspect());
    }

    // From two readings of /proc/stat: what the machine did beside the run, and the hypervisor's share.
    void disturbanceFromProcStat()
    {
        // 2 cores over 1 s (100 ticks a second each): 150 ticks busy, 10 of them stolen.
        const QByteArray before = "cpu  1000 0 500 8000 0 0 0 100 0 0\ncpu0 500 0 250 4000 0 0 0 50 0 0\n";
        const QByteArray after = "cpu  1100 0 540 8050 0 0 0 110 0 0\ncpu0 550 0 270 4025 0 0 0 55 0 0\n";
        const auto ticks = [](const QByteArray& text) { return Lab::ProcStat::parseStat(text).first(); };
        auto r = std::make_shared<Lab::RunResult>();
        r->wallNs = 1'000'000'000;
        r->appCpu = {500'000'000, 100'000'000}; // the run's own: 0.6 cores
        r->machine = Lab::ProcStat::machineCpuBetween(ticks(before), ticks(after), 1'000'000'000);
        QCOMPARE(r->machine.stealNs, qint64(100'000'000));
        QCOMPARE(r->machine.busyNs, qint64(1'400'000'000)); // 150 busy ticks less the 10 stolen
        const auto d = Lab::Noise::disturbanceOf(*r);
        QVERIFY(d);
        QCOMPARE(qRound(d->otherCpuPct), 80); // 1.4 cores busy, 0.6 of them the run's
        QCOMPARE(qRound(d->stealPct * 10), 50);
        QVERIFY(d->busy);
        QVERIFY(!d->stolen);
        r->machine.elapsedNs = Lab::Noise::shortestMeasuredNs - 1;
        QVERIFY(!Lab::Noise::disturbanceOf(*r)); // too short to tell from 10 ms ticks
    }

    // Points made with a serial fraction give it back.
    void amdahlFitReturnsTheFraction_data()
    {
        QTest::addColumn<double>("serial");
        QTest::newRow("none") << 0.0;
        QTest::newRow("a tenth") << 0.1;
        QTest::newRow("half") << 0.5;
        QTest::newRow("all: the GIL") << 1.0;
    }
    void amdahlFitReturnsTheFraction()
    {
        QFETCH(double, serial);
        QList<QPointF> points;
        for (double n : {1.0, 2.0, 4.0, 8.0})
            points.append({n, Lab::Scaling::amdahl(serial, n)});
        QVERIFY(qAbs(*Lab::Scaling::fitSerialFraction(points) - serial) < 1e-9);
        QVERIFY(!Lab::Scaling::fitSerialFraction({{1, 1}, {1, 1.1}})); // one worker says nothing of it
    }

    // A sweep's curve: a point per pool size with its pair ratios' median, and the machine's ideal.
    void aSweepMakesACurve()
    {
        QList<RunResultPtr> runs;
        for (int round = 0; round < 2; ++round) {
            runs.append(result(squares(Strategy::Sequential, 1, round), 1700));
            runs.append(result(squares(Strategy::Processes, 1, round), 1710));
            runs.append(result(squares(Strategy::Processes, 2, round), 920));
            runs.append(result(squares(Strategy::Processes, 4, round), 900));
        }
        const QList<Lab::Scaling::Curve> curves = Lab::Scaling::curvesOf(runs, Lab::Noise::summarize(runs));
        QCOMPARE(curves.size(), 1);
        const auto& points = curves.first().points;
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).workers, 1);
        QCOMPARE(points.at(2).workers, 4);
        QVERIFY(qAbs(points.at(1).speedup.median - 1700.0 / 920) < 1e-9);
        QCOMPARE(points.at(0).ideal, 1.0);
        const int cores = Lab::cpuCores();
        QCOMPARE(Lab::Scaling::usableWorkers(squares(Strategy::Processes, 4)), std::min(4, cores));
        QVERIFY(curves.first().serialFraction);
    }

    // A real session: one bar a kind, its rounds kept, the run of the median time shown at the end.
    void aSessionRunsTheRoundsInPlace()
    {
        Lab::Experiment e;
        e.workload = Lab::Workload::Weather;
        e.strategies = {Strategy::Sequential, Strategy::Coroutines};
        e.tasks = 2;
        e.delayMs = 30;
        e.repeats = 3;
        QTemporaryDir dir;
        Lab::Session session;
        QSignalSpy started(&session, &Lab::Session::runStarted);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QStringList told;
        connect(&session, &Lab::Session::narrative, this, [&](const QStringList& lines) { told += lines; });
        QVERIFY(session.start(Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), dir.path()),
                              Lab::Session::Baselines::Reuse));
        QVERIFY(finished.wait(60'000));
        QList<int> slots;
        for (const QList<QVariant>& s : std::as_const(started))
            slots.append(s.at(0).toInt());
        QCOMPARE(slots, (QList<int>{0, 1, 0, 1, 0, 1}));
        QCOMPARE(session.results().size(), 6);
        QCOMPARE(session.batch().size(), 2);
        for (const Lab::LiveRun& run : session.batch()) {
            QCOMPARE(run.rounds.size(), 3);
            QCOMPARE(run.roundsPlanned, 3);
            QCOMPARE(run.result, Lab::Noise::medianRun(run.rounds));
            QVERIFY(!run.reused); // rounds are measured beside their own baseline, never reused
        }
        QVERIFY(told.contains(u"== Interleaved repeats: median (min–max) =="_s));

        Lab::SessionModel model;
        model.setRuns(session.results());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, Lab::SessionModel::Runs), Lab::SessionModel::ValueRole).toInt(),
                 3);
        const QString wall = model.data(model.index(1, Lab::SessionModel::Wall)).toString();
        QVERIFY2(wall.contains(u'(') && wall.contains(u'–'), qPrintable(wall));
        QCOMPARE(model.runAt(1), session.batch().at(1).result);
    }

    void badRepeatsAndSweepsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("no repeats") << QStringList{u"--repeats"_s, u"0"_s} << u"--repeats"_s;
        QTest::newRow("too many repeats") << QStringList{u"--repeats"_s, u"51"_s} << u"allowed: 1 to 50"_s;
        QTest::newRow("a size twice")
            << QStringList{u"--lab"_s, u"3"_s, u"--sweep-workers"_s, u"1,2,2"_s} << u"2 is given twice"_s;
        QTest::newRow("one size") << QStringList{u"--lab"_s, u"3"_s, u"--sweep-workers"_s, u"4"_s}
                                  << u"allowed: 2 to 16 pool sizes"_s;
        QTest::newRow("not a number") << QStringList{u"--lab"_s, u"3"_s, u"--sweep-workers"_s, u"1,x"_s}
                                      << u"'x' is not a whole number"_s;
        QTest::newRow("no pool") << QStringList{u"--lab"_s, u"1"_s, u"--sweep-workers"_s, u"1,2"_s}
                                 << u"--sweep-workers applies to a pool"_s;
        QTest::newRow("with --workers") << QStringList{u"--workload"_s, u"squares"_s,         u"--workers"_s,
                                                       u"2"_s,          u"--sweep-workers"_s, u"1,2"_s}
                                        << u"--workers and --sweep-workers cannot be combined"_s;
    }
    void badRepeatsAndSweepsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const Lab::CliParse parse =
            Lab::parseRunArguments(arguments + QStringList{u"--lang"_s, u"en"_s}, {}, dir.path());
        QVERIFY2(parse.error.contains(error), qPrintable(parse.error));
        QVERIFY(!parse.error.contains(u'\n'));
    }

    void repeatsAndSweepsAreParsed()
    {
        QTemporaryDir dir;
        const Lab::CliParse parse = Lab::parseRunArguments(
            {u"--lab"_s, u"3"_s, u"--repeats"_s, u"2"_s, u"--warmup"_s, u"--sweep-workers"_s, u"1,2"_s}, {},
            dir.path());
        QVERIFY2(parse.ok(), qPrintable(parse.error));
        QCOMPARE(repeatsOrder(parse.options.runs), u"seqw pro1w pro2w seq0 pro10 pro20 seq1 pro11 pro21"_s);
    }
};

QTEST_GUILESS_MAIN(TestRepeats)
#include "tst_repeats.moc"
