// Lab 6, the race on a shared counter, in both runtimes: the mistakes (threads without a lock, an
// await between the read and the write) lose updates; the fixes and the baseline never do; the
// runs export their counter and variant; a cancel ends a counter run at once.
#include "engine/loopturns.h"
#include "experiment.h"
#include "report/jsonexport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using namespace Lab;

namespace {

constexpr int testAdds = 20'000;        // each task's: small, as the suite also runs under AddressSanitizer
constexpr int raceAttempts = 3;         // a race may, rarely, lose nothing: it gets three tries
constexpr qint64 windowNs = 10'000'000; // work/counter.cpp sums the lock's waits over windows this long

bool losesUpdates(Variant v)
{
    return v == Variant::Unlocked || v == Variant::AwaitBetween;
}

QJsonObject exported(const RunResultPtr& r)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Export::writeSessionJson(buffer, {r}, currentMachine()))
        return {};
    return QJsonDocument::fromJson(buffer.data()).object().value(u"runs"_s).toArray().first().toObject();
}

// Yields `times` times, noting its id each time it runs, until the turns are closed.
QCoro::Task<> takeTurns(LoopTurns& turns, int id, int times, QList<int>& order, QList<bool>& open)
{
    for (int i = 0; i < times; ++i) {
        order.append(id);
        const bool stillOpen = co_await turns.yield();
        open.append(stillOpen);
        if (!stillOpen)
            co_return;
    }
}

} // namespace

class TestLab6 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { LabTest::failOnAnyWarning(); }

    void eachWayCountsAsItShould_data() { addEveryRun(); }
    void eachWayCountsAsItShould();
    void cancelEndsACounterRunAtOnce_data() { addEveryRun(); }
    void cancelEndsACounterRunAtOnce();

    void turnsResumeInTheOrderTheyYielded();
    void closingResumesEveryWaiter();

private:
    void addEveryRun();
    RunConfig runAt(int index, int adds) const;

    QList<RunConfig> m_runs; // the lab's, each engine run followed by its CPython twin
};

void TestLab6::initTestCase()
{
    const auto python = Python::findDefault();
    // scripts/setup.sh installs python3: a machine of this project without it is broken.
    QVERIFY2(python, "no python3 on PATH");
    Experiment e;
    e.lab = 6;
    e.runtimes = runtimesOf(RuntimeSet::Both);
    e.python = *python;
    m_runs = experimentRuns(e, QStringLiteral(CL_APP_PATH), QDir::tempPath());
    QCOMPARE(m_runs.size(), 10);
}

void TestLab6::addEveryRun()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_runs.size(); ++i) {
        const RunConfig& c = m_runs.at(i);
        const QString way = c.variant == Variant::None ? strategyId(c.strategy) : variantId(c.variant);
        QTest::newRow(u"%1 × %2"_s.arg(runtimeId(c.runtime), way).toUtf8().constData()) << i;
    }
}

RunConfig TestLab6::runAt(int index, int adds) const
{
    RunConfig c = m_runs.at(index);
    c.counterAdds = adds;
    return c;
}

void TestLab6::eachWayCountsAsItShould()
{
    QFETCH(int, index);
    const RunConfig c = runAt(index, testAdds);
    const qint64 expected = qint64(c.taskCount) * testAdds;
    RunResultPtr r;
    for (int attempt = 1; attempt <= (losesUpdates(c.variant) ? raceAttempts : 1); ++attempt) {
        Engine engine;
        r = LabTest::runToEnd(engine, c);
        QVERIFY(r);
        QVERIFY2(r->allOk(), qPrintable(r->error));
        QVERIFY(r->counter);
        QCOMPARE(r->counter->expected, expected);
        QVERIFY(r->counter->actual > 0 && r->counter->actual <= expected);
        if (r->counter->lost() > 0)
            break;
    }
    if (losesUpdates(c.variant))
        QVERIFY2(r->counter->lost() > 0, "no update lost in three runs");
    else
        QCOMPARE(r->counter->actual, expected);

    // The engine's tasks keep few states: the lock's waits summed over windows, not one per add.
    for (const TaskSpan& s : r->spans) {
        if (c.runtime == Runtime::Cpp)
            QVERIFY2(qint64(s.states.size()) <= 2 * (s.endNs - s.startNs) / windowNs + 4,
                     qPrintable(QString::number(s.states.size())));
    }

    const QJsonObject json = exported(r);
    QCOMPARE(json.value(u"variant"_s),
             c.variant == Variant::None ? QJsonValue() : QJsonValue(variantId(c.variant)));
    const QJsonObject counter = json.value(u"counter"_s).toObject();
    QCOMPARE(counter.value(u"expected"_s).toInteger(), expected);
    QCOMPARE(counter.value(u"actual"_s).toInteger(), r->counter->actual);
    QCOMPARE(counter.value(u"lost"_s).toInteger(), r->counter->lost());
}

void TestLab6::cancelEndsACounterRunAtOnce()
{
    QFETCH(int, index);
    const RunConfig c = runAt(index, maxCounterAdds); // far longer than the test
    Engine engine;
    QSignalSpy progress(&engine, &Engine::progress);
    QSignalSpy finished(&engine, &Engine::runFinished);
    QVERIFY(engine.start(c));
    const auto started = [&progress] {
        for (const auto& p : progress) {
            for (const TaskEvent& e : p.at(0).value<RunProgress>().events) {
                if (e.kind == TaskEvent::Kind::Started)
                    return true;
            }
        }
        return false;
    };
    while (!started())
        QVERIFY(progress.wait(30'000));
    const qint64 cancelledAt = monotonicNs();
    engine.cancel();
    QVERIFY(finished.wait(5000));
    const qint64 tookMs = (monotonicNs() - cancelledAt) / 1'000'000;
    QVERIFY2(tookMs < 1000 * LabTest::timeFactor,
             qPrintable(u"stopped %1 ms after the cancel"_s.arg(tookMs)));
    const auto r = finished.first().at(0).value<RunResultPtr>();
    QVERIFY(r->cancelled);
    QCOMPARE(r->count(TaskStatus::Ok), 0);
    // What the engine's counter reached is still told, against the adds made before the cancel.
    if (c.runtime == Runtime::Cpp) {
        QVERIFY(r->counter);
        QVERIFY(r->counter->expected < qint64(c.taskCount) * maxCounterAdds);
        QVERIFY(r->counter->actual <= r->counter->expected);
    }
}

void TestLab6::turnsResumeInTheOrderTheyYielded()
{
    LoopTurns turns;
    QList<int> order;
    QList<bool> open;
    for (int id = 0; id < 3; ++id)
        takeTurns(turns, id, 3, order, open);
    QCOMPARE(order, (QList<int>{0, 1, 2})); // each runs to its first yield at once
    QCOMPARE(turns.waiting(), std::size_t(3));
    QTRY_COMPARE(open.size(), 9);
    QCOMPARE(order, (QList<int>{0, 1, 2, 0, 1, 2, 0, 1, 2}));
    QVERIFY(!open.contains(false));
    QCOMPARE(turns.waiting(), std::size_t(0));
}

void TestLab6::closingResumesEveryWaiter()
{
    QList<int> order;
    QList<bool> open;
    {
        LoopTurns turns;
        for (int id = 0; id < 2; ++id)
            takeTurns(turns, id, 1000, order, open);
        QCOMPARE(turns.waiting(), std::size_t(2));
    } // destroyed with two coroutines waiting: both end (a leaked frame fails under AddressSanitizer)
    QCOMPARE(order, (QList<int>{0, 1}));
    QCOMPARE(open, (QList<bool>{false, false})); // each was told, and stopped
}

QTEST_GUILESS_MAIN(TestLab6)
#include "tst_lab6.moc"
