// `concurrency-lab bench --quick`: a smoke test that the benchmark runs and reports every figure,
// the engine's and CPython's. The targets are the benchmark's business, not this test's.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class BenchTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
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
    QCOMPARE(m_report.value(u"schema"_s).toString(), u"concurrency-lab/bench@1"_s);
    QVERIFY(m_report.value(u"quick"_s).toBool());
    QVERIFY(m_report.value(u"machine"_s).toObject().value(u"cores"_s).toInt() >= 1);
    // scripts/setup.sh installs python3: the CPython side must be there.
    QVERIFY2(m_report.value(u"python"_s).toString().startsWith(u"CPython 3."_s),
             qPrintable(m_report.value(u"python"_s).toString()));
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
    const QJsonArray ours = f.value(u"cpp"_s).toObject().value(u"runs"_s).toArray();
    QCOMPARE(ours.size(), 1);
    QVERIFY(ours.first().isDouble());
    QVERIFY(!f.value(u"unit"_s).toString().isEmpty());
    if (withPython) {
        QCOMPARE(f.value(u"python"_s).toObject().value(u"runs"_s).toArray().size(), 1);
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
