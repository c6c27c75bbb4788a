#include "report/sessionmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Lab::SessionModel;
using Lab::Strategy;
using Lab::TaskStatus;

namespace {

constexpr qint64 msNs = 1'000'000;

// A finished run of the seed's weather (three cities, 100 ms each), as plain values: what a
// session would hand the model, without running anything.
struct Run {
    Strategy strategy = Strategy::Sequential;
    int workers = 1;
    qint64 wallMs = 300;
    qint64 cpuMs = 0;
    QList<TaskStatus> statuses{TaskStatus::Ok, TaskStatus::Ok, TaskStatus::Ok};
    bool cancelled = false;
    QString error{}; // an initializer of its own, so that rows may leave it out
    int lab = -1;
};

Lab::RunResultPtr result(const Run& run)
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config.workload = Lab::Workload::Weather;
    r->config.strategy = run.strategy;
    r->config.workers = run.workers;
    r->config.delayMs = 100;
    r->config.cities = Lab::defaultCities();
    r->config.labNumber = run.lab;
    r->tasks = Lab::makeTasks(r->config);
    r->workers = {{Lab::WorkerKind::Sequential, u"sequential"_s, 4242, 4243}};
    for (int task = 0; task < run.statuses.size(); ++task)
        r->spans.push_back({task, 0, task * 100 * msNs, (task + 1) * 100 * msNs, run.statuses.at(task), {}});
    r->wallNs = run.wallMs * msNs;
    r->appCpu = {run.cpuMs * msNs * 2 / 3, run.cpuMs * msNs / 3};
    r->cancelled = run.cancelled;
    r->error = run.error;
    return r;
}

const Lab::RunResultPtr sequential = result({});

QString text(const SessionModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Three cities on three threads, all at once: 100 ms, one and a half cores busy.
Lab::RunResultPtr threeThreads()
{
    return result({.strategy = Strategy::Threads, .workers = 3, .wallMs = 100, .cpuMs = 150});
}

void addRunColumns()
{
    QTest::addColumn<Lab::RunResultPtr>("run");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
}

// The row's `run` after the sequential one: the text the table shows of it in `column`.
void checkShown()
{
    QFETCH(Lab::RunResultPtr, run);
    QFETCH(int, column);
    QFETCH(QString, shown);
    SessionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({sequential, run});
    QCOMPARE(text(model, 1, column), shown);
}

} // namespace

class TestSessionModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // "0.10 s", whatever the machine's
    void init() { LabTest::failOnAnyWarning(); }

    // The tester watches from the first, empty state on: every insert, reset and change it sees
    // must keep the model's contract.
    void keepsTheContractWhileFed()
    {
        SessionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SessionModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendRun(sequential);
        model.appendRun(result({.strategy = Strategy::Threads, .workers = 3, .wallMs = 100}));
        model.appendRun(result({.strategy = Strategy::Coroutines, .wallMs = 110}));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRuns({result({.strategy = Strategy::Processes, .workers = 2, .wallMs = 200}), sequential});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runs().last(), sequential);
        QCOMPARE(text(model, 0, SessionModel::Speedup), u"1.50×"_s); // its sequential run came after it

        model.clear();
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        model.appendRun(sequential);
        QCOMPARE(model.rowCount(), 1);
        model.retranslate();
    }

    // A row's speed-up is against a sequential run among the rows, which may come after it.
    void aSequentialRunGivesEarlierRowsTheirSpeedup()
    {
        SessionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRun(result({.strategy = Strategy::Threads, .workers = 3, .wallMs = 100}));
        QCOMPARE(text(model, 0, SessionModel::Speedup), u"–"_s);
        QVERIFY(!model.index(0, SessionModel::Speedup).data(SessionModel::ValueRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendRun(sequential);
        QCOMPARE(changed.size(), 1);
        const auto from = changed.first().at(0).value<QModelIndex>();
        const auto to = changed.first().at(1).value<QModelIndex>();
        QVERIFY(from.row() <= 0 && to.row() >= 0);
        QVERIFY(from.column() <= SessionModel::Speedup && to.column() >= SessionModel::Speedup);
        QCOMPARE(text(model, 0, SessionModel::Speedup), u"3.00×"_s);
        QCOMPARE(model.index(0, SessionModel::Speedup).data(SessionModel::ValueRole).toDouble(), 3.0);
    }

    // Each row: the sequential run, then `run`; the text the table shows of `run` in `column`.
    void displaysTheRun_data()
    {
        addRunColumns();
        const auto threads = threeThreads();
        QTest::newRow("lab: custom") << threads << int(SessionModel::LabNumber) << u"custom"_s;
        QTest::newRow("lab: a seed's") << result({.lab = 2}) << int(SessionModel::LabNumber) << u"2"_s;
        QTest::newRow("work") << threads << int(SessionModel::Work) << u"weather"_s;
        QTest::newRow("strategy") << threads << int(SessionModel::StrategyName) << u"threads"_s;
        QTest::newRow("workers") << threads << int(SessionModel::Workers) << u"3"_s;
        QTest::newRow("wall") << threads << int(SessionModel::Wall) << u"0.10 s"_s;
        QTest::newRow("cpu time") << threads << int(SessionModel::Cpu) << u"0.15 s"_s;
        const auto mixed = result({.statuses = {TaskStatus::Ok, TaskStatus::Failed, TaskStatus::TimedOut}});
        QTest::newRow("ok") << mixed << int(SessionModel::Ok) << u"1"_s;
        QTest::newRow("failed counts timed out") << mixed << int(SessionModel::Failed) << u"2"_s;
        QTest::newRow("state: done") << threads << int(SessionModel::State) << u"done"_s;
        QTest::newRow("state: cancelled")
            << result({.cancelled = true}) << int(SessionModel::State) << u"cancelled"_s;
        QTest::newRow("state: failed")
            << result({.error = u"no disk"_s}) << int(SessionModel::State) << u"failed: no disk"_s;
    }
    void displaysTheRun() { checkShown(); }

    // The figures derived from the run and the sequential one: CPU use, speed-up, share of the ideal.
    void displaysTheFigures_data()
    {
        addRunColumns();
        const auto threads = threeThreads();
        QTest::newRow("cpu use: one and a half cores")
            << threads << int(SessionModel::CpuUse) << u"1.50 of %1"_s.arg(Lab::cpuCores());
        QTest::newRow("cpu use: none") << result({.wallMs = 300, .cpuMs = 0}) << int(SessionModel::CpuUse)
                                       << u"0.00 of %1"_s.arg(Lab::cpuCores());
        QTest::newRow("speed-up: 300 ms / 100 ms") << threads << int(SessionModel::Speedup) << u"3.00×"_s;
        QTest::newRow("speed-up: the sequential run's own")
            << result({}) << int(SessionModel::Speedup) << u"1.00×"_s;
        QTest::newRow("speed-up: none when cancelled")
            << result({.strategy = Strategy::Threads, .workers = 3, .wallMs = 50, .cancelled = true})
            << int(SessionModel::Speedup) << u"–"_s;
        QTest::newRow("speed-up: none when failed")
            << result({.strategy = Strategy::Threads, .workers = 3, .wallMs = 50, .error = u"no disk"_s})
            << int(SessionModel::Speedup) << u"–"_s;
        QTest::newRow("of ideal: 2× of 3×")
            << result({.strategy = Strategy::Threads, .workers = 3, .wallMs = 150})
            << int(SessionModel::Efficiency) << u"67%"_s;
        QTest::newRow("of ideal: all of it") << threads << int(SessionModel::Efficiency) << u"100%"_s;
    }
    void displaysTheFigures() { checkShown(); }

    void headersNameTheColumns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("title");
        QTest::newRow("wall") << int(SessionModel::Wall) << u"Wall"_s;
        QTest::newRow("cpu use") << int(SessionModel::CpuUse) << u"Cores busy"_s;
        QTest::newRow("speed-up") << int(SessionModel::Speedup) << u"Speed-up"_s;
        QTest::newRow("of ideal") << int(SessionModel::Efficiency) << u"Of ideal"_s;
    }
    void headersNameTheColumns()
    {
        QFETCH(int, column);
        QFETCH(QString, title);
        const SessionModel model;
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), title);
    }
};

QTEST_GUILESS_MAIN(TestSessionModel)
#include "tst_sessionmodel.moc"
