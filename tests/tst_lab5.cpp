// Lab 5, a blocking call inside async code, in the engine and in CPython: a coroutine's blocking
// wait stops the whole loop (as slow as one at a time, each coroutine queued behind the one before);
// the call handed to the loop's threads and awaited is as quick as an awaited wait, on threads of
// their own; a cancel ends either at once, and no thread outlives its run.
#include "engine/engine.h"
#include "experiment.h"
#include "python/pythonruntime.h"
#include "report/jsonexport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace Lab;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lab::Variant)
Q_DECLARE_METATYPE(Lab::Runtime)

namespace {

// The lab's own runs, each wait cut to 300 ms: the blocking loop takes 0.9 s, the others 0.3 s.
constexpr int waitPercent = 15;
constexpr qint64 delayNs = qint64(defaultWeatherDelayMs) * waitPercent / 100 * 1'000'000;
constexpr Variant ways[] = {Variant::Blocking, Variant::Offloaded, Variant::Awaited};
constexpr Runtime runtimes[] = {Runtime::Cpp, Runtime::Python};

void addRow(Variant v, Runtime r)
{
    QTest::newRow(qPrintable(variantId(v) + u" × "_s + runtimeId(r))) << v << r;
}

// Rows "blocking × cpp" … "awaited × python".
void addEveryWay(std::initializer_list<Variant> variants = {Variant::Blocking, Variant::Offloaded,
                                                            Variant::Awaited})
{
    QTest::addColumn<Variant>("variant");
    QTest::addColumn<Runtime>("runtime");
    for (Variant v : variants) {
        for (Runtime r : runtimes)
            addRow(v, r);
    }
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// Share of a task's time on its worker (its queue left out) in `state`.
double shareOnWorker(const TaskSpan& s, TaskState state)
{
    StateTotals t = totalsOf(s.states);
    t[TaskState::Queued] = 0;
    return t.share(state);
}

// A thread waited for may linger in /proc a moment after: counts are awaited (QTRY_…).
int threadsOfThisProcess()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Waits until the engine reports a task started.
bool waitForAStart(QSignalSpy& progress)
{
    for (qsizetype seen = 0;; ++seen) {
        if (seen == progress.size() && !progress.wait(10'000))
            return false;
        for (const TaskEvent& e : progress.at(seen).at(0).value<RunProgress>().events) {
            if (e.kind == TaskEvent::Kind::Started)
                return true;
        }
    }
}

} // namespace

class Lab5Test : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { LabTest::failOnAnyWarning(); }
    void theLabRunsEachWayInBothRuntimes();
    void wallTimeOfEachWay_data() { addEveryWay(); }
    void wallTimeOfEachWay();
    void eachWayRunsOnItsWorkers_data() { addEveryWay(); }
    void eachWayRunsOnItsWorkers();
    void eachWaysStates_data() { addEveryWay(); }
    void eachWaysStates();
    void theJsonNamesTheVariant();
    void cancelEndsItAtOnce_data() { addEveryWay({Variant::Blocking, Variant::Offloaded}); }
    void cancelEndsItAtOnce();
    void noThreadOutlivesTheOffloadedRun_data();
    void noThreadOutlivesTheOffloadedRun();

private:
    QList<RunConfig> labRunsOf(int percent) const;
    RunConfig labRun(int percent, Variant v, Runtime r) const;
    RunResultPtr result(Runtime r, Variant v) const { return m_results.at({r, v}); }

    Python::Interpreter m_python;
    QTemporaryDir m_out;
    QList<RunResultPtr> m_all;
    std::map<std::pair<Runtime, Variant>, RunResultPtr> m_results; // Variant::None: one at a time
};

QList<RunConfig> Lab5Test::labRunsOf(int percent) const
{
    Experiment e;
    e.lab = 5;
    e.waitPercent = percent;
    e.runtimes = {Runtime::Cpp, Runtime::Python};
    e.python = m_python;
    return experimentRuns(e, QStringLiteral(CL_APP_PATH), m_out.path());
}

RunConfig Lab5Test::labRun(int percent, Variant v, Runtime r) const
{
    for (const RunConfig& run : labRunsOf(percent)) {
        if (run.variant == v && run.runtime == r)
            return run;
    }
    return {};
}

// The lab once, in both runtimes: each test reads its runs.
void Lab5Test::initTestCase()
{
    LabTest::failOnAnyWarning();
    QVERIFY(m_out.isValid());
    const auto found = Python::findDefault();
    QVERIFY2(found, "no python3 on PATH"); // scripts/setup.sh installs it
    m_python = *found;
    Engine engine;
    for (const RunConfig& c : labRunsOf(waitPercent)) {
        const RunResultPtr r = LabTest::runToEnd(engine, c);
        QVERIFY(r);
        QVERIFY2(r->allOk(), qPrintable(variantId(c.variant) + u": "_s + r->error));
        m_all.append(r);
        m_results[{c.runtime, c.variant}] = r;
    }
}

void Lab5Test::theLabRunsEachWayInBothRuntimes()
{
    QCOMPARE(m_all.size(), 8);
    for (Runtime r : runtimes) {
        QCOMPARE(result(r, Variant::None)->config.strategy, Strategy::Sequential);
        for (Variant v : ways) {
            const RunConfig& c = result(r, v)->config;
            QCOMPARE(c.strategy, Strategy::Coroutines);
            QCOMPARE(c.delayMs * qint64(1'000'000), delayNs);
            QCOMPARE(c.workers, v == Variant::Offloaded ? 3 : 1); // a thread for each city
            QCOMPARE(int(result(r, v)->spans.size()), 3);
        }
    }
}

// As ratios of one another: a blocked loop is as slow as one at a time, and the fix is as quick as
// the awaited wait. (scripts/check.sh measures the lab's own 2 s waits.)
void Lab5Test::wallTimeOfEachWay()
{
    QFETCH(Variant, variant);
    QFETCH(Runtime, runtime);
    const double wall = seconds(result(runtime, variant)->wallNs);
    const double oneAtATime = seconds(result(runtime, Variant::None)->wallNs);
    const double awaited = seconds(result(runtime, Variant::Awaited)->wallNs);
    const QString figures =
        u"%1 s; one at a time %2 s, awaited %3 s"_s.arg(wall).arg(oneAtATime).arg(awaited);
    QVERIFY2(wall >= seconds(delayNs), qPrintable(figures));
    switch (variant) {
    case Variant::Blocking:
        QVERIFY2(wall >= 3 * seconds(delayNs), qPrintable(figures)); // no two waits at once
        QVERIFY2(wall >= 2.5 * awaited, qPrintable(figures));
        QVERIFY2(wall >= 0.85 * oneAtATime && wall <= 1.3 * oneAtATime, qPrintable(figures));
        break;
    case Variant::Offloaded:
        QVERIFY2(wall <= 1.5 * awaited, qPrintable(figures));
        break;
    default:
        QVERIFY2(oneAtATime >= 2.5 * wall, qPrintable(figures));
        break;
    }
}

// The blocking and awaited coroutines on the one event loop, end to end or all at once; the
// offloaded calls on threads of the loop's pool, at once.
void Lab5Test::eachWayRunsOnItsWorkers()
{
    QFETCH(Variant, variant);
    QFETCH(Runtime, runtime);
    const RunResultPtr r = result(runtime, variant);
    std::set<int> workers;
    std::set<qint64> tids;
    for (const TaskSpan& s : r->spans) {
        QVERIFY(s.worker >= 0 && s.worker < r->workers.size());
        const WorkerInfo& w = r->workers.at(s.worker);
        QCOMPARE(w.kind, variant == Variant::Offloaded ? WorkerKind::Thread : WorkerKind::EventLoop);
        QVERIFY2(w.name.startsWith(variant == Variant::Offloaded ? u"thread-"_s : u"event-loop"_s),
                 qPrintable(w.name));
        workers.insert(s.worker);
        tids.insert(w.tid);
    }
    if (variant == Variant::Offloaded) {
        QVERIFY2(workers.size() >= 2 && tids.size() >= 2, qPrintable(QString::number(workers.size())));
        QCOMPARE(r->workers.size(), int(workers.size())); // the loop has no lane: it runs no task
    } else {
        QCOMPARE(r->workers.size(), 1);
        QCOMPARE(int(workers.size()), 1);
    }
    std::vector<TaskSpan> byStart = r->spans;
    std::sort(byStart.begin(), byStart.end(),
              [](const TaskSpan& a, const TaskSpan& b) { return a.startNs < b.startNs; });
    for (size_t i = 1; i < byStart.size(); ++i) {
        const bool afterTheOneBefore = byStart[i].startNs >= byStart[i - 1].endNs;
        QVERIFY2(afterTheOneBefore == (variant == Variant::Blocking), qPrintable(QString::number(i)));
    }
}

// Blocking: the running coroutine waits, the others are queued behind it. Offloaded: each call
// queued only until a thread takes it, then waiting on it. CPython's states are its threads', sampled.
void Lab5Test::eachWaysStates()
{
    QFETCH(Variant, variant);
    QFETCH(Runtime, runtime);
    const RunResultPtr r = result(runtime, variant);
    qint64 queued = 0;
    for (const TaskSpan& s : r->spans) {
        QVERIFY(!s.states.empty());
        const double waiting = shareOnWorker(s, TaskState::Waiting);
        QVERIFY2(waiting >= 0.9, qPrintable(u"task %1 waited %2 of its time"_s.arg(s.task).arg(waiting)));
        const qint64 q = totalsOf(s.states)[TaskState::Queued];
        QVERIFY2(std::abs(q - (s.startNs - s.submittedNs)) < 1'000'000, qPrintable(QString::number(q)));
        if (variant != Variant::Blocking)
            QVERIFY2(q < delayNs / 2, qPrintable(QString::number(q))); // taken at once
        queued += q;
    }
    if (variant == Variant::Blocking) // 0, 1 and 2 waits behind the one running
        QVERIFY2(queued >= 2.7 * double(delayNs), qPrintable(QString::number(queued)));
    if (variant == Variant::Offloaded) { // the threads of the pool waited, each for its city
        int waitedThreads = 0;
        for (const ThreadStates& t : r->threads)
            waitedThreads += t.totals[TaskState::Waiting] >= delayNs * 8 / 10 ? 1 : 0;
        QVERIFY2(waitedThreads >= 2, qPrintable(QString::number(waitedThreads)));
    }
}

void Lab5Test::theJsonNamesTheVariant()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(Export::writeSessionJson(buffer, m_all, {}));
    const QJsonArray runs = QJsonDocument::fromJson(buffer.data()).object().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), m_all.size());
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QJsonObject run = runs.at(i).toObject();
        const Variant v = m_all.at(i)->config.variant;
        if (v == Variant::None) // one at a time: no variant
            QVERIFY(run.value(u"variant"_s).isNull());
        else
            QCOMPARE(run.value(u"variant"_s).toString(), variantId(v));
        QCOMPARE(run.value(u"lab"_s).toInt(), 5);
    }
}

// The lab's own 2 s waits: only a cancel can end these runs in time.
void Lab5Test::cancelEndsItAtOnce()
{
    QFETCH(Variant, variant);
    QFETCH(Runtime, runtime);
    const RunConfig c = labRun(100, variant, runtime);
    QCOMPARE(c.variant, variant);
    Engine engine;
    QSignalSpy progress(&engine, &Engine::progress);
    QSignalSpy finished(&engine, &Engine::runFinished);
    QVERIFY(engine.start(c));
    QVERIFY(waitForAStart(progress));
    const qint64 cancelledAt = monotonicNs();
    engine.cancel();
    QVERIFY(finished.wait(5000));
    const qint64 tookMs = (monotonicNs() - cancelledAt) / 1'000'000;
    QVERIFY2(tookMs < 1000, qPrintable(u"the run took %1 ms to stop"_s.arg(tookMs)));
    const auto r = finished.first().at(0).value<RunResultPtr>();
    QVERIFY(r->cancelled);
    QCOMPARE(r->count(TaskStatus::Ok), 0);
    QCOMPARE(r->count(TaskStatus::Cancelled), 3);
}

void Lab5Test::noThreadOutlivesTheOffloadedRun_data()
{
    QTest::addColumn<QString>("ending");
    for (const QString& ending : {u"finished"_s, u"cancelled"_s, u"engine destroyed"_s})
        QTest::newRow(qPrintable(ending)) << ending;
}

// The pool's threads end with the run, on the loop's thread: a finished run, a cancelled one, and one
// whose engine goes mid-run (every waiting coroutine resumed, no frame left to leak).
void Lab5Test::noThreadOutlivesTheOffloadedRun()
{
    QFETCH(QString, ending);
    const RunConfig c = labRun(ending == u"finished"_s ? 5 : 100, Variant::Offloaded, Runtime::Cpp);
    QCOMPARE(c.variant, Variant::Offloaded);
    const int before = threadsOfThisProcess();
    {
        Engine engine;
        QSignalSpy progress(&engine, &Engine::progress);
        QSignalSpy finished(&engine, &Engine::runFinished);
        const int withTheEngine = threadsOfThisProcess();
        QVERIFY(engine.start(c));
        QVERIFY(waitForAStart(progress));
        QVERIFY(threadsOfThisProcess() >= withTheEngine + 2); // the loop's, and a thread of its pool
        if (ending != u"engine destroyed"_s) {
            if (ending == u"cancelled"_s)
                engine.cancel();
            QVERIFY(finished.wait(10'000));
            QTRY_VERIFY(threadsOfThisProcess() <= withTheEngine);
        }
    } // mid-run, the engine cancels the run as it goes and waits for its threads
    QTRY_VERIFY(threadsOfThisProcess() <= before);
}

QTEST_GUILESS_MAIN(Lab5Test)
#include "tst_lab5.moc"
