// The benchmark: its verdict on figures made up here (no timing: which repeats a busy machine
// spoilt, which estimator a figure is judged by), then `concurrency-lab bench --quick` as a smoke
// test that it runs and reports every figure with what the machine did. The targets themselves
// are the benchmark's business, not this test's.
#include "benchmark.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Lab::Bench::Estimator;
using Lab::Bench::Figure;
using Lab::Bench::Series;
using Lab::Noise::Suspect;

Q_DECLARE_METATYPE(Lab::Bench::Figure)
Q_DECLARE_METATYPE(QList<Lab::Noise::Suspect>)
Q_DECLARE_METATYPE(std::optional<bool>)

class BenchTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdict_data();
    void verdict();
    void costsByTheirMinimum();
    void speedupsByTheMedianOfTheirPairs();
    void saysWhyInTheTableAndTheJson();
    void printsEveryFigure_data();
    void printsEveryFigure();
    void tableNamesEveryFigure();
    void refusesWhatItDoesNotKnow_data();
    void refusesWhatItDoesNotKnow();

private:
    QTemporaryDir m_dir;
    QString m_table;
    QJsonObject m_report;
};

namespace {

constexpr double squaresIdeal = 34.0 / 18; // 8+10 | 9+7 on 2 cores

// A repeat of a quiet machine, one that other programs kept 1.4 cores of, one 12% stolen from.
const Lab::Noise::Disturbance quiet{3, 0, false, false};
const Lab::Noise::Disturbance busy{140, 0, true, false};
const Lab::Noise::Disturbance stolen{5, 12, false, true};

Series series(const QList<double>& values, const QList<Lab::Noise::Disturbance>& machine)
{
    Series s;
    for (qsizetype i = 0; i < values.size(); ++i)
        s.add(values.at(i), machine.value(i, quiet));
    return s;
}

// A cost of 1 µs a task against CPython's 20, judged "≤ Python ÷ 10".
Figure cost(const QList<Lab::Noise::Disturbance>& ours, const QList<Lab::Noise::Disturbance>& theirs = {})
{
    Figure f;
    f.id = u"threads_per_task_us"_s;
    f.what = u"thread pool: cost per trivial task"_s;
    f.unit = u"µs"_s;
    f.cpp = series({1.0, 1.1, 1.2, 1.0, 1.3}, ours);
    f.python = series({20, 21, 22, 20, 23}, theirs);
    f.target = {u"≤ Python ÷ 10"_s, true,
                [](double o, std::optional<double> p) -> std::optional<bool> { return p && o * 10 <= *p; }};
    return f;
}

// The squares speed-up, whose target is ours alone: CPython's repeats are shown, not judged.
Figure speedup(const QList<double>& values, const QList<Lab::Noise::Disturbance>& theirs = {})
{
    Figure f;
    f.id = u"squares_processes_speedup"_s;
    f.what = u"squares, 2 processes: speed-up"_s;
    f.unit = u"×"_s;
    f.estimator = Estimator::Median;
    f.higherIsBetter = true;
    f.ideal = squaresIdeal;
    f.cpp = series(values, {});
    f.python = series({1.8, 1.8, 1.8}, theirs);
    f.target = {u"≥ 97% of the ideal"_s, false, [](double o, std::optional<double>) -> std::optional<bool> {
                    return o >= 0.97 * squaresIdeal;
                }};
    return f;
}

QJsonObject figure(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& f : report.value(u"figures"_s).toArray()) {
        if (f.toObject().value(u"id"_s).toString() == id)
            return f.toObject();
    }
    return {};
}

} // namespace

void BenchTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString json = m_dir.filePath(u"bench.json"_s);
    QProcess bench;
    bench.start(QStringLiteral(CL_APP_PATH),
                {u"bench"_s, u"--quick"_s, u"--repeats"_s, u"1"_s, u"--json"_s, json});
    QVERIFY(bench.waitForFinished(240'000 * LabTest::timeFactor));
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QVERIFY2(bench.exitCode() == 0, bench.readAllStandardError().constData());
    m_table = QString::fromUtf8(bench.readAllStandardOutput());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(m_report.value(u"schema"_s).toString(), u"concurrency-lab/bench@2"_s);
    QVERIFY(m_report.value(u"quick"_s).toBool());
    QVERIFY(m_report.value(u"machine"_s).toObject().value(u"cores"_s).toInt() >= 1);
    // scripts/setup.sh installs python3: the CPython side must be there.
    QVERIFY2(m_report.value(u"python"_s).toString().startsWith(u"CPython 3."_s),
             qPrintable(m_report.value(u"python"_s).toString()));
}

void BenchTest::verdict_data()
{
    QTest::addColumn<Figure>("figure");
    QTest::addColumn<QList<Suspect>>("suspects");
    QTest::addColumn<std::optional<bool>>("verdict");
    using L = QList<Lab::Noise::Disturbance>;
    QTest::newRow("quiet: met") << cost({}) << QList<Suspect>{} << std::optional(true);
    QTest::newRow("one disturbed repeat of 5: still judged")
        << cost({quiet, busy, quiet, quiet, quiet}) << QList<Suspect>{} << std::optional(true);
    QTest::newRow("3 of 5 busy: suspect") << cost({busy, busy, quiet, busy, quiet})
                                          << QList<Suspect>{Suspect::BusyMachine} << std::optional<bool>();
    QTest::newRow("half of 4 busy: suspect") <<
        [] {
            Figure f = cost({busy, quiet, busy, quiet});
            f.cpp.values.removeLast();
            f.cpp.machine.removeLast();
            return f;
        }() << QList<Suspect>{Suspect::BusyMachine}
                                             << std::optional<bool>();
    QTest::newRow("3 of 5 stolen: suspect")
        << cost(L{stolen, stolen, stolen}) << QList<Suspect>{Suspect::Steal} << std::optional<bool>();
    QTest::newRow("CPython's repeats busy, judged against them: suspect")
        << cost({}, L{busy, busy, busy}) << QList<Suspect>{Suspect::BusyMachine} << std::optional<bool>();
    QTest::newRow("at the ideal: met")
        << speedup({1.85, 1.89, 1.87}) << QList<Suspect>{} << std::optional(true);
    QTest::newRow("within 5% above the ideal: met")
        << speedup({1.95, 1.98, 1.96}) << QList<Suspect>{} << std::optional(true);
    QTest::newRow("above the ideal × 1.05: suspect")
        << speedup({2.0, 2.01, 2.02}) << QList<Suspect>{Suspect::AboveIdeal} << std::optional<bool>();
    QTest::newRow("slowed by the machine, repeats quiet: missed")
        << speedup({1.6, 1.65, 1.7}) << QList<Suspect>{} << std::optional(false);
    QTest::newRow("CPython's repeats busy, target ours alone: judged")
        << speedup({1.85, 1.89, 1.87}, L{busy, busy, busy}) << QList<Suspect>{} << std::optional(true);
}

void BenchTest::verdict()
{
    QFETCH(Figure, figure);
    QFETCH(QList<Suspect>, suspects);
    QFETCH(std::optional<bool>, verdict);
    Lab::Bench::judge(figure);
    QCOMPARE(figure.suspects, suspects);
    QCOMPARE(figure.verdict(), verdict);
    QVERIFY(figure.met.has_value()); // as measured, whatever the machine did
}

void BenchTest::costsByTheirMinimum()
{
    // Noise only adds time: two slow repeats of three do not make a cost that is met a miss.
    Figure f = cost({});
    f.cpp = series({9, 1, 8}, {});
    f.python = series({20, 30, 25}, {});
    QCOMPARE(f.estimator, Estimator::Minimum);
    QCOMPARE(f.cpp.estimate(f.estimator), 1.0);
    QCOMPARE(f.cpp.median(), 8.0);
    Lab::Bench::judge(f);
    QCOMPARE(f.verdict(), std::optional(true));
    QCOMPARE(f.ratio(), std::optional(20.0)); // minimum against minimum
}

void BenchTest::speedupsByTheMedianOfTheirPairs()
{
    // A ratio may be moved either way by a slow partner: neither its best nor its worst pair.
    Figure f = speedup({1.2, 1.86, 1.88});
    QCOMPARE(f.cpp.estimate(f.estimator), 1.86);
    Lab::Bench::judge(f);
    QCOMPARE(f.verdict(), std::optional(true));
}

void BenchTest::saysWhyInTheTableAndTheJson()
{
    const Lab::Noise::Disturbance busyAndStolen{140, 12, true, true};
    Figure busyCost = cost({busyAndStolen, busy, busyAndStolen, stolen, quiet});
    Lab::Bench::judge(busyCost);
    Figure aboveIdeal = speedup({2.0, 2.01, 2.02});
    Lab::Bench::judge(aboveIdeal);
    QCOMPARE(Lab::Bench::reasons(busyCost),
             (QStringList{u"other programs 1.4 cores (3 of 5 repeats)"_s, u"steal 12% (3 of 5 repeats)"_s}));
    QCOMPARE(Lab::Bench::reasons(aboveIdeal), QStringList{u"2.01× above ideal 1.89×"_s});

    Lab::Bench::Report report;
    report.figures = {busyCost, aboveIdeal};
    const QString table = Lab::Bench::table(report);
    QVERIFY2(table.contains(u"2.01× above ideal 1.89× (as measured: met)"_s), qPrintable(table));
    QVERIFY2(table.contains(u"4/10 (1.4 cores)"_s), qPrintable(table)); // disturbed of all it rests on
    QVERIFY(!table.contains(u" yes"_s));

    const QJsonObject json = Lab::Bench::toJson(report);
    const QJsonObject ratio = figure(json, u"squares_processes_speedup"_s);
    QCOMPARE(ratio.value(u"suspect"_s).toArray(), QJsonArray{u"above_ideal"_s});
    QVERIFY(ratio.value(u"met"_s).isNull());
    QCOMPARE(ratio.value(u"met_as_measured"_s), QJsonValue(true));
    QCOMPARE(ratio.value(u"estimator"_s).toString(), u"median"_s);
    QCOMPARE(ratio.value(u"disturbed_repeats"_s).toInt(), 0);
    const QJsonObject cost = figure(json, u"threads_per_task_us"_s);
    QCOMPARE(cost.value(u"suspect"_s).toArray(), (QJsonArray{u"busy_machine"_s, u"steal"_s}));
    QVERIFY(cost.value(u"met"_s).isNull());
    QCOMPARE(cost.value(u"disturbed_repeats"_s).toInt(), 4);
    QCOMPARE(cost.value(u"other_cpu_pct"_s).toDouble(), 140.0);
    QCOMPARE(cost.value(u"steal_pct"_s).toDouble(), 12.0);
    QCOMPARE(cost.value(u"estimator"_s).toString(), u"min"_s);
    QCOMPARE(cost.value(u"cpp"_s).toObject().value(u"estimate"_s).toDouble(), 1.0);
}

void BenchTest::printsEveryFigure_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("withPython");
    const QList<std::pair<const char*, bool>> figures{{"fanout_1000_overhead_ms", true},
                                                      {"fanout_1000_bytes_per_task", true},
                                                      {"fanout_10000_overhead_ms", true},
                                                      {"fanout_10000_bytes_per_task", true},
                                                      {"threads_per_task_us", true},
                                                      {"processes_per_task_us", true},
                                                      {"processes_start_ms", true},
                                                      {"squares_processes_speedup", true},
                                                      {"squares_processes_efficiency_pct", true},
                                                      {"squares_threads_speedup", false},
                                                      {"lab1_over_limit_pct", false},
                                                      {"lab2_over_limit_pct", false},
                                                      {"sampler_cpu_pct", false},
                                                      {"thread_sampler_cpu_pct", false},
                                                      {"thread_sampler_wakeups_cpu_pct", false},
                                                      {"gui_longest_stall_ms", false},
                                                      {"gui_timeline_redraw_ms", false}};
    for (const auto& [id, python] : figures)
        QTest::newRow(id) << QString::fromLatin1(id) << python;
}

void BenchTest::printsEveryFigure()
{
    QFETCH(QString, id);
    QFETCH(bool, withPython);
    const QJsonObject f = figure(m_report, id);
    QVERIFY2(!f.isEmpty(), "missing");
    const QJsonObject ours = f.value(u"cpp"_s).toObject();
    QCOMPARE(ours.value(u"runs"_s).toArray().size(), 1);
    QVERIFY(ours.value(u"runs"_s).toArray().first().isDouble());
    // Every measured repeat, however short, with what the rest of the machine did meanwhile.
    QVERIFY(ours.value(u"other_cpu_pct"_s).toArray().first().isDouble());
    QVERIFY(ours.value(u"steal_pct"_s).toArray().first().isDouble());
    QVERIFY(f.value(u"suspect"_s).isArray());
    QVERIFY(f.value(u"disturbed_repeats"_s).isDouble());
    QVERIFY(!f.value(u"unit"_s).toString().isEmpty());
    if (f.value(u"suspect"_s).toArray().isEmpty())
        QCOMPARE(f.value(u"met"_s), f.value(u"met_as_measured"_s));
    else
        QVERIFY(f.value(u"met"_s).isNull());
    if (withPython) {
        const QJsonObject theirs = f.value(u"python"_s).toObject();
        QCOMPARE(theirs.value(u"runs"_s).toArray().size(), 1);
        QVERIFY(theirs.value(u"other_cpu_pct"_s).toArray().first().isDouble());
        QVERIFY(f.value(u"ratio"_s).isDouble());
    }
}

void BenchTest::tableNamesEveryFigure()
{
    for (const QJsonValue& f : m_report.value(u"figures"_s).toArray())
        QVERIFY2(m_table.contains(f.toObject().value(u"what"_s).toString()),
                 qPrintable(f.toObject().value(u"what"_s).toString()));
}

void BenchTest::refusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{u"--fast"_s};
    QTest::newRow("repeats 0") << QStringList{u"--repeats"_s, u"0"_s};
    QTest::newRow("repeats not a number") << QStringList{u"--repeats"_s, u"many"_s};
    QTest::newRow("json without a path") << QStringList{u"--json"_s};
}

void BenchTest::refusesWhatItDoesNotKnow()
{
    QFETCH(QStringList, args);
    QProcess bench;
    bench.start(QStringLiteral(CL_APP_PATH), QStringList{u"bench"_s} + args);
    QVERIFY(bench.waitForFinished(30'000));
    QCOMPARE(bench.exitCode(), 2);
    const QString error = QString::fromUtf8(bench.readAllStandardError());
    QVERIFY2(error.contains(args.first()), qPrintable(error)); // names what it did not understand
    QVERIFY(bench.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(BenchTest)
#include "tst_bench.moc"
