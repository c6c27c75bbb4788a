// What CPython's threads did, sampled from outside while the engine runs the seed's scripts: each
// task's states from its thread's looks, over its span to the nanosecond, and what they show —
// threads taking turns on the GIL, one thread at a time never waiting for it, processes each with
// a GIL of their own, asyncio's loop waiting.
#include "engine/engine.h"
#include "python/pythonruntime.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Lab;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lab::TaskState)

namespace {

// Sums of about 0.15 s each in CPython.
const QList<qint64> squaresN{3'000'000, 3'000'000, 3'000'000, 3'000'000};

QString shares(const StateTotals& t)
{
    QStringList out;
    for (TaskState s : allTaskStates) {
        if (t[s] > 0)
            out.append(u"%1 %2%"_s.arg(taskStateId(s)).arg(100 * t.share(s), 0, 'f', 0));
    }
    return out.join(u", "_s);
}

const ThreadStates* threadOf(const RunResult& r, qint64 tid)
{
    for (const ThreadStates& t : r.threads) {
        if (t.tid == tid)
            return &t;
    }
    return nullptr;
}

} // namespace

class PythonStatesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyTaskIsSampledOverItsSpan_data();
    void everyTaskIsSampledOverItsSpan();
    void whereTheTimeWent_data();
    void whereTheTimeWent();
    void theGilIsHeldByOneThreadAtATime();
    void aFreeThreadedPythonHasNoGil();

private:
    RunConfig inPython(Workload w, Strategy s, int workers, const Python::Interpreter& python) const;
    RunResultPtr run(const RunConfig& c);

    Python::Interpreter m_python;
    QTemporaryDir m_out;
};

void PythonStatesTest::initTestCase()
{
    LabTest::failOnAnyWarning();
    QVERIFY(m_out.isValid());
    const auto found = Python::findDefault();
    if (!found)
        QSKIP("no python3 on PATH");
    m_python = *found;
}

RunConfig PythonStatesTest::inPython(Workload w, Strategy s, int workers,
                                     const Python::Interpreter& python) const
{
    RunConfig c = LabTest::config(w, s, w == Workload::Squares ? 4 : 3, 300);
    c.workers = workers;
    c.squaresN = squaresN;
    c.runtime = Runtime::Python;
    c.python = python.path;
    c.gil = !python.freeThreaded;
    c.outDir = m_out.filePath(u"%1-%2-%3"_s.arg(workloadId(w), strategyId(s), python.version));
    return c;
}

RunResultPtr PythonStatesTest::run(const RunConfig& c)
{
    Engine engine;
    return LabTest::runToEnd(engine, c, 120'000);
}

void PythonStatesTest::everyTaskIsSampledOverItsSpan_data()
{
    QTest::addColumn<Workload>("workload");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("workers");
    QTest::newRow("squares one at a time") << Workload::Squares << Strategy::Sequential << 1;
    QTest::newRow("squares × 2 threads") << Workload::Squares << Strategy::Threads << 2;
    QTest::newRow("squares × 2 processes") << Workload::Squares << Strategy::Processes << 2;
    QTest::newRow("weather × coroutines") << Workload::Weather << Strategy::Coroutines << 1;
    QTest::newRow("logs × 3 threads") << Workload::Logs << Strategy::Threads << 3;
}

// From its submission to its end (a process pool's: to its result's return), without a gap.
void PythonStatesTest::everyTaskIsSampledOverItsSpan()
{
    QFETCH(Workload, workload);
    QFETCH(Strategy, strategy);
    QFETCH(int, workers);
    const RunResultPtr r = run(inPython(workload, strategy, workers, m_python));
    QVERIFY(r);
    QVERIFY2(r->allOk(), qPrintable(r->error));
    for (const TaskSpan& s : r->spans) {
        QVERIFY2(!s.states.empty(), qPrintable(u"task %1 has no states"_s.arg(s.task)));
        for (size_t i = 0; i < s.states.size(); ++i) {
            const StateSlice& slice = s.states[i];
            QVERIFY(slice.endNs > slice.startNs);
            QCOMPARE(slice.startNs, i == 0 ? s.submittedNs : s.states[i - 1].endNs);
        }
        QCOMPARE(s.states.back().endNs, std::max(s.endNs, s.returnedNs));
    }
    QVERIFY(threadOf(*r, r->workers.first().tid));
    for (const ThreadStates& t : r->threads) {
        QVERIFY(!t.label.isEmpty());
        QVERIFY(t.totals.totalNs() <= r->wallNs);
    }
}

void PythonStatesTest::whereTheTimeWent_data()
{
    QTest::addColumn<Workload>("workload");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("workers");
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<double>("atLeast"); // of each task's time, and of its thread's
    QTest::addColumn<double>("below");
    // Two threads computing take turns every 5 ms: each waits about half of its time.
    QTest::newRow("squares × 2 threads wait for the GIL")
        << Workload::Squares << Strategy::Threads << 2 << TaskState::Gil << 0.25 << 1.0;
    QTest::newRow("squares one at a time never wait for it")
        << Workload::Squares << Strategy::Sequential << 1 << TaskState::Gil << 0.0 << 0.05;
    QTest::newRow("squares × 2 processes have a GIL each")
        << Workload::Squares << Strategy::Processes << 2 << TaskState::Gil << 0.0 << 0.05;
    QTest::newRow("squares one at a time compute")
        << Workload::Squares << Strategy::Sequential << 1 << TaskState::Running << 0.9 << 1.01;
    QTest::newRow("weather × coroutines: the loop waits")
        << Workload::Weather << Strategy::Coroutines << 1 << TaskState::Waiting << 0.8 << 1.01;
}

void PythonStatesTest::whereTheTimeWent()
{
    QFETCH(Workload, workload);
    QFETCH(Strategy, strategy);
    QFETCH(int, workers);
    QFETCH(TaskState, state);
    QFETCH(double, atLeast);
    QFETCH(double, below);
    if (m_python.freeThreaded && state == TaskState::Gil)
        QSKIP("a free-threaded python3 has no GIL");
    const RunResultPtr r = run(inPython(workload, strategy, workers, m_python));
    QVERIFY(r && r->allOk());
    for (const TaskSpan& s : r->spans) {
        // From its start on: how long a task waits for a free thread depends on the order, not on
        // what it does.
        StateTotals t = totalsOf(s.states);
        t[TaskState::Queued] = 0;
        t[TaskState::Transfer] = 0;
        const QString why = u"task %1: %2"_s.arg(s.task).arg(shares(t));
        QVERIFY2(t.share(state) >= atLeast && t.share(state) < below, qPrintable(why));
        const ThreadStates* thread = threadOf(*r, r->workers.at(s.worker).tid);
        QVERIFY(thread);
        const QString threadWhy = u"its thread %1: %2"_s.arg(thread->label, shares(thread->totals));
        QVERIFY2(thread->totals.share(state) >= atLeast && thread->totals.share(state) < below,
                 qPrintable(threadWhy));
    }
}

// Whoever held it was a thread that computed a task, and never two at once.
void PythonStatesTest::theGilIsHeldByOneThreadAtATime()
{
    if (m_python.freeThreaded)
        QSKIP("a free-threaded python3 has no GIL");
    const RunResultPtr r = run(inPython(Workload::Squares, Strategy::Threads, 2, m_python));
    QVERIFY(r && r->allOk());
    QCOMPARE(r->gilKind(), GilKind::Real);
    QVERIFY(!r->gilHolder.empty());
    qint64 held = 0;
    for (size_t i = 0; i < r->gilHolder.size(); ++i) {
        const GilHold& h = r->gilHolder[i];
        QVERIFY(h.endNs > h.startNs);
        if (i > 0)
            QVERIFY(h.startNs >= r->gilHolder[i - 1].endNs);
        held += h.endNs - h.startNs;
    }
    qint64 byWorkers = 0;
    for (const GilHold& h : r->gilHolder) {
        if (std::any_of(r->workers.cbegin(), r->workers.cend(),
                        [&h](const WorkerInfo& w) { return w.tid == h.tid; }))
            byWorkers += h.endNs - h.startNs;
    }
    QVERIFY2(double(byWorkers) >= 0.9 * double(held), qPrintable(u"%1 of %2 ns"_s.arg(byWorkers).arg(held)));
    // Two threads that want it all the time: someone holds it with another waiting most of the run.
    QVERIFY2(double(held) >= 0.5 * double(r->wallNs), qPrintable(u"%1 of %2 ns"_s.arg(held).arg(r->wallNs)));
}

void PythonStatesTest::aFreeThreadedPythonHasNoGil()
{
    const QList<Python::Interpreter> all = Python::discover();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [](const Python::Interpreter& p) { return p.freeThreaded; });
    if (it == all.cend())
        QSKIP("no free-threaded CPython (python3.13t) on PATH");
    const RunResultPtr r = run(inPython(Workload::Squares, Strategy::Threads, 2, *it));
    QVERIFY(r && r->allOk());
    QCOMPARE(r->gilKind(), GilKind::FreeThreaded);
    QVERIFY(r->gilHolder.empty());
    for (const ThreadStates& t : r->threads)
        QCOMPARE(t.totals[TaskState::Gil], 0);
    for (const TaskSpan& s : r->spans)
        QCOMPARE(totalsOf(s.states)[TaskState::Gil], 0);
}

QTEST_GUILESS_MAIN(PythonStatesTest)
#include "tst_pythonstates.moc"
