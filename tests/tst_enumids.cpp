#include "experiment.h"
#include "labtypes.h"
#include "testsupport.h"
#include "work/workload.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Lab::Runtime;
using Lab::RuntimeSet;
using Lab::Strategy;
using Lab::TaskStatus;
using Lab::Workload;

Q_DECLARE_METATYPE(Lab::Runtime)
Q_DECLARE_METATYPE(Lab::RuntimeSet)
Q_DECLARE_METATYPE(Lab::TaskStatus)

namespace {

// Both directions of every entry, and no id twice: a table that maps back to itself.
template <typename Enum, std::size_t N>
void checkTable(const Lab::EnumId<Enum> (&table)[N])
{
    QSet<QString> ids;
    for (const Lab::EnumId<Enum>& entry : table) {
        const QString id = Lab::idOf(table, entry.value);
        QCOMPARE(id, entry.id.toString());
        QCOMPARE(Lab::fromId(table, id), std::optional<Enum>(entry.value));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), qsizetype(N));
}

} // namespace

// The identifiers are a file format and a command line: each row spells one out, so that a
// renamed id fails here rather than in someone's saved results.
class TestEnumIds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void workloads_data()
    {
        QTest::addColumn<Workload>("value");
        QTest::addColumn<QString>("id");
        QTest::newRow("weather") << Workload::Weather << u"weather"_s;
        QTest::newRow("logs") << Workload::Logs << u"logs"_s;
        QTest::newRow("squares") << Workload::Squares << u"squares"_s;
    }
    void workloads()
    {
        QFETCH(Workload, value);
        QFETCH(QString, id);
        QCOMPARE(Lab::workloadId(value), id);
        QCOMPARE(Lab::workloadFromId(id), std::optional(value));
    }

    void strategies_data()
    {
        QTest::addColumn<Strategy>("value");
        QTest::addColumn<QString>("id");
        QTest::newRow("sequential") << Strategy::Sequential << u"sequential"_s;
        QTest::newRow("coroutines") << Strategy::Coroutines << u"coroutines"_s;
        QTest::newRow("threads") << Strategy::Threads << u"threads"_s;
        QTest::newRow("processes") << Strategy::Processes << u"processes"_s;
    }
    void strategies()
    {
        QFETCH(Strategy, value);
        QFETCH(QString, id);
        QCOMPARE(Lab::strategyId(value), id);
        QCOMPARE(Lab::strategyFromId(id), std::optional(value));
    }

    void runtimes_data()
    {
        QTest::addColumn<Runtime>("value");
        QTest::addColumn<QString>("id");
        QTest::newRow("cpp") << Runtime::Cpp << u"cpp"_s;
        QTest::newRow("python") << Runtime::Python << u"python"_s;
    }
    void runtimes()
    {
        QFETCH(Runtime, value);
        QFETCH(QString, id);
        QCOMPARE(Lab::runtimeId(value), id);
        QCOMPARE(Lab::runtimeFromId(id), std::optional(value));
    }

    void runtimeSets_data()
    {
        QTest::addColumn<RuntimeSet>("value");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<Runtime>>("runtimes");
        QTest::newRow("cpp") << RuntimeSet::Cpp << u"cpp"_s << QList{Runtime::Cpp};
        QTest::newRow("python") << RuntimeSet::Python << u"python"_s << QList{Runtime::Python};
        QTest::newRow("both") << RuntimeSet::Both << u"both"_s << QList{Runtime::Cpp, Runtime::Python};
    }
    void runtimeSets()
    {
        QFETCH(RuntimeSet, value);
        QFETCH(QString, id);
        QFETCH(QList<Runtime>, runtimes);
        QCOMPARE(Lab::idOf(Lab::runtimeSetIds, value), id);
        QCOMPARE(Lab::fromId(Lab::runtimeSetIds, id), std::optional(value));
        QCOMPARE(Lab::runtimesOf(value), runtimes);
    }

    void taskStatuses_data()
    {
        QTest::addColumn<TaskStatus>("value");
        QTest::addColumn<QString>("id");
        QTest::newRow("not started") << TaskStatus::NotStarted << u"not_started"_s;
        QTest::newRow("ok") << TaskStatus::Ok << u"ok"_s;
        QTest::newRow("failed") << TaskStatus::Failed << u"failed"_s;
        QTest::newRow("cancelled") << TaskStatus::Cancelled << u"cancelled"_s;
        QTest::newRow("timed out") << TaskStatus::TimedOut << u"timed_out"_s;
    }
    void taskStatuses()
    {
        QFETCH(TaskStatus, value);
        QFETCH(QString, id);
        QCOMPARE(Lab::taskStatusId(value), id);
        QCOMPARE(Lab::taskStatusFromId(id), std::optional(value));
    }

    void everyTableMapsBack()
    {
        checkTable(Lab::workloadIds);
        checkTable(Lab::strategyIds);
        checkTable(Lab::runtimeIds);
        checkTable(Lab::taskStatusIds);
        checkTable(Lab::runtimeSetIds);
    }

    // The lists the panels and the CLI iterate are the tables' values, in the tables' order.
    void allListsFollowTheTables()
    {
        // A custom experiment's workloads lead the table; the ones after them are the mistakes labs'
        // own (lab 6's counter, lab 8's locks), which no custom experiment offers.
        QCOMPARE(std::size(Lab::allWorkloads) + 2, std::size(Lab::workloadIds));
        for (std::size_t i = 0; i < std::size(Lab::allWorkloads); ++i)
            QCOMPARE(Lab::allWorkloads[i], Lab::workloadIds[i].value);
        // The engine's strategies lead the table; CPython's cluster follows them.
        QCOMPARE(std::size(Lab::allStrategies) + 1, std::size(Lab::strategyIds));
        for (std::size_t i = 0; i < std::size(Lab::allStrategies); ++i)
            QCOMPARE(Lab::allStrategies[i], Lab::strategyIds[i].value);
    }

    void unknownIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Weather"_s;
        QTest::newRow("singular") << u"thread"_s;
        QTest::newRow("padded") << u" ok"_s;
        QTest::newRow("translated") << u"เธรด"_s;
        QTest::newRow("one runtime, not a choice") << u"c++"_s;
    }
    void unknownIdsAreRefused()
    {
        QFETCH(QString, id);
        QVERIFY(!Lab::workloadFromId(id));
        QVERIFY(!Lab::strategyFromId(id));
        QVERIFY(!Lab::runtimeFromId(id));
        QVERIFY(!Lab::taskStatusFromId(id));
        QVERIFY(!Lab::fromId(Lab::runtimeSetIds, id));
    }
};

QTEST_GUILESS_MAIN(TestEnumIds)
#include "tst_enumids.moc"
