#include "report/caption.h"
#include "testsupport.h"
#include "translation.h"

#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lab::MachineInfo)

namespace {

// A finished run of lab 1's weather (three cities, 2 s each) on the engine, or in CPython.
Lab::RunResultPtr weather(Lab::Strategy strategy, Lab::Runtime runtime = Lab::Runtime::Cpp, int lab = 1)
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config.workload = Lab::Workload::Weather;
    r->config.strategy = strategy;
    r->config.delayMs = 2000;
    r->config.cities = Lab::defaultCities();
    r->config.labNumber = lab;
    r->config.runtime = runtime;
    r->interpreter = runtime == Lab::Runtime::Python ? u"CPython 3.11.2"_s : QString();
    r->startedUtc = QDateTime(QDate(2026, 12, 4), QTime(12, 30), Qt::UTC);
    return r;
}

Lab::MachineInfo machine(int cores, const QString& model = u"Intel Xeon"_s)
{
    Lab::MachineInfo m;
    m.cores = cores;
    m.cpuModel = model;
    m.app = u"1.2.0"_s;
    return m;
}

} // namespace

class TestCaption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { Lab::installTranslation(Lab::english); }
    void subtitle_data();
    void subtitle();
    void thaiSubtitle();
    void caption_data();
    void caption();
    void nothingRan();
};

void TestCaption::subtitle_data()
{
    QTest::addColumn<QList<Lab::RunResultPtr>>("runs");
    QTest::addColumn<int>("cores");
    QTest::addColumn<QString>("expected");
    const auto seq = weather(Lab::Strategy::Sequential);
    const auto co = weather(Lab::Strategy::Coroutines);
    QTest::newRow("one kind of work, said once")
        << QList{seq, co} << 2 << u"weather: 3 cities, 2.0 s each · 2 cores"_s;
    auto logs = std::make_shared<Lab::RunResult>();
    logs->config.workload = Lab::Workload::Logs;
    logs->config.taskCount = 5;
    logs->config.delayMs = 1000;
    QTest::newRow("two kinds, each once")
        << QList<Lab::RunResultPtr>{seq, logs} << 1
        << u"weather: 3 cities, 2.0 s each · log files: 5 files, 1.0 s each · 1 core"_s;
}

void TestCaption::subtitle()
{
    QFETCH(QList<Lab::RunResultPtr>, runs);
    QFETCH(int, cores);
    QFETCH(QString, expected);
    QCOMPARE(Lab::Caption::subtitle(runs, machine(cores)), expected);
}

void TestCaption::thaiSubtitle()
{
    const auto restore = qScopeGuard([] { Lab::installTranslation(Lab::english); });
    Lab::installTranslation(Lab::thai); // false without the window's Qt translation; the app's own is in
    QCOMPARE(Lab::Caption::subtitle({weather(Lab::Strategy::Sequential)}, machine(2)),
             u"สภาพอากาศ: 3 เมือง เมืองละ 2.0 วินาที · 2 Core"_s);
}

void TestCaption::caption_data()
{
    QTest::addColumn<QList<Lab::RunResultPtr>>("runs");
    QTest::addColumn<Lab::MachineInfo>("made");
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QStringList>("absent");
    const auto seq = weather(Lab::Strategy::Sequential);
    const auto py = weather(Lab::Strategy::Sequential, Lab::Runtime::Python);
    QTest::newRow("here, on the engine")
        << QList{seq} << machine(2)
        << QStringList{u"Lab 1 · "_s, u"2 cores, Intel Xeon"_s, u"the app's engine (C++)"_s, u"1.2.0"_s}
        << QStringList{u"another machine"_s, u"CPython"_s};
    QTest::newRow("both runtimes named")
        << QList{seq, py} << machine(2) << QStringList{u"the app's engine (C++), CPython 3.11.2"_s}
        << QStringList{u"another machine"_s};
    QTest::newRow("elsewhere") << QList{seq} << machine(8, u"AMD Ryzen 7"_s)
                               << QStringList{u"made on another machine: 8 cores, AMD Ryzen 7"_s}
                               << QStringList{};
    QTest::newRow("a custom experiment")
        << QList{weather(Lab::Strategy::Threads, Lab::Runtime::Cpp, -1)} << machine(2)
        << QStringList{u"a custom experiment"_s} << QStringList{u"Lab "_s};
}

void TestCaption::caption()
{
    QFETCH(QList<Lab::RunResultPtr>, runs);
    QFETCH(Lab::MachineInfo, made);
    QFETCH(QStringList, parts);
    QFETCH(QStringList, absent);
    const QString text = Lab::Caption::caption(runs, made, machine(2));
    for (const QString& part : parts)
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString& part : absent)
        QVERIFY2(!text.contains(part), qPrintable(text));
    // When it ran, in the reader's own time.
    QVERIFY2(text.contains(QLocale().toString(runs.first()->startedUtc.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(text));
}

void TestCaption::nothingRan()
{
    QCOMPARE(Lab::Caption::subtitle({}, machine(2)), QString());
    QCOMPARE(Lab::Caption::caption({}, machine(2), machine(2)), QString());
}

QTEST_GUILESS_MAIN(TestCaption)
#include "tst_caption.moc"
