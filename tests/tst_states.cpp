// Every task's time split into what it was doing: the engine's executors record it exactly.
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::TaskState;
using Lab::Workload;

Q_DECLARE_METATYPE(Lab::TaskState)

namespace {

// The end of a task's story: the result back for a process pool, its end otherwise.
qint64 storyEndNs(const Lab::TaskSpan& s)
{
    return s.returnedNs >= 0 ? s.returnedNs : s.endNs;
}

} // namespace

class TestStates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }
    void statesTileEveryTask_data() { LabTest::addEveryCombination(); }
    void statesTileEveryTask();
    void shareOfEachTask_data();
    void shareOfEachTask();
    void processesHandOver();
    void threadsAndGilHolders();
    void sequentialTasksNeverQueue();
    void aLogFoldsWhatLastedUnderAMicrosecond();
};

// From its submission to its end, one state after another: no gap, no overlap, the right sum.
void TestStates::statesTileEveryTask()
{
    QFETCH(Workload, workload);
    QFETCH(Strategy, strategy);
    QTemporaryDir dir;
    Lab::RunConfig c = LabTest::config(workload, strategy, 4, 30);
    c.outDir = dir.filePath(u"logs"_s);
    c.workers = std::min(c.workers, 2);
    Lab::Engine engine;
    const Lab::RunResultPtr r = LabTest::runToEnd(engine, c);
    QVERIFY(r && r->allOk());
    for (const Lab::TaskSpan& s : r->spans) {
        QVERIFY(!s.states.empty());
        QVERIFY2(s.submittedNs >= 0 && s.submittedNs <= s.startNs, qPrintable(QString::number(s.task)));
        QCOMPARE(s.states.front().startNs, s.submittedNs);
        QCOMPARE(s.states.back().endNs, storyEndNs(s));
        for (size_t i = 1; i < s.states.size(); ++i) {
            QCOMPARE(s.states[i].startNs, s.states[i - 1].endNs);
            QVERIFY(s.states[i].state != s.states[i - 1].state); // neighbours of one state are one slice
        }
        QCOMPARE(Lab::totalsOf(s.states).totalNs(), storyEndNs(s) - s.submittedNs);
    }
}

void TestStates::shareOfEachTask_data()
{
    QTest::addColumn<Workload>("workload");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<bool>("gil");
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<double>("atLeast"); // share of each task's time on its worker
    QTest::addColumn<double>("atMost");
    QTest::newRow("weather × coroutines: waiting")
        << Workload::Weather << Strategy::Coroutines << false << TaskState::Waiting << 0.95 << 1.0;
    QTest::newRow("weather × threads: waiting")
        << Workload::Weather << Strategy::Threads << false << TaskState::Waiting << 0.95 << 1.0;
    QTest::newRow("logs × threads: waiting")
        << Workload::Logs << Strategy::Threads << false << TaskState::Waiting << 0.9 << 1.0;
    QTest::newRow("squares × sequential: running")
        << Workload::Squares << Strategy::Sequential << false << TaskState::Running << 0.95 << 1.0;
    QTest::newRow("squares × threads × gil: gil")
        << Workload::Squares << Strategy::Threads << true << TaskState::Gil << 0.30 << 0.70;
    QTest::newRow("squares × threads: no gil")
        << Workload::Squares << Strategy::Threads << false << TaskState::Gil << 0.0 << 0.0;
    QTest::newRow("squares × processes: no gil")
        << Workload::Squares << Strategy::Processes << false << TaskState::Gil << 0.0 << 0.0;
}

// The share of a state in each task's time from its start on (a pool's queue apart: how long a task
// waits for a free worker depends on the order, not on what it does).
void TestStates::shareOfEachTask()
{
    QFETCH(Workload, workload);
    QFETCH(Strategy, strategy);
    QFETCH(bool, gil);
    QFETCH(TaskState, state);
    QFETCH(double, atLeast);
    QFETCH(double, atMost);
    QTemporaryDir dir;
    const bool squares = workload == Workload::Squares;
    Lab::RunConfig c = LabTest::config(workload, strategy, squares ? 2 : 4, 200);
    c.outDir = dir.filePath(u"logs"_s);
    c.workers = std::min(c.workers, 2);
    c.gil = gil;
    if (squares) // two at once from the start, about 100 ms each: some 20 turns of the GIL
        c.squaresN = {150'000'000, 150'000'000};
    Lab::Engine engine;
    const Lab::RunResultPtr r = LabTest::runToEnd(engine, c);
    QVERIFY(r && r->allOk());
    for (const Lab::TaskSpan& s : r->spans) {
        Lab::StateTotals t = Lab::totalsOf(s.states);
        t[TaskState::Queued] = 0;
        t[TaskState::Transfer] = 0;
        const double share = t.share(state);
        QVERIFY2(share >= atLeast && share <= atMost,
                 qPrintable(u"task %1: %2 %3% of its time, allowed %4–%5%"_s.arg(s.task)
                                .arg(Lab::taskStateId(state))
                                .arg(share * 100, 0, 'f', 1)
                                .arg(atLeast * 100)
                                .arg(atMost * 100)));
    }
}

// A process pool's tasks go to their worker and come back: both are transfer, around the work.
void TestStates::processesHandOver()
{
    Lab::RunConfig c = LabTest::config(Workload::Weather, Strategy::Processes, 4, 50);
    c.workers = 2;
    Lab::Engine engine;
    const Lab::RunResultPtr r = LabTest::runToEnd(engine, c);
    QVERIFY(r && r->allOk());
    for (const Lab::TaskSpan& s : r->spans) {
        QVERIFY(s.sentNs >= 0 && s.returnedNs >= s.endNs);
        const auto transferTo = [&s](qint64 atNs, bool ending) {
            return std::any_of(s.states.begin(), s.states.end(), [&](const Lab::StateSlice& x) {
                return x.state == TaskState::Transfer && (ending ? x.endNs : x.startNs) == atNs;
            });
        };
        QVERIFY2(transferTo(s.startNs, true), "the hand-over comes before the work");
        QVERIFY2(transferTo(s.endNs, false), "the way back comes after it");
        Lab::StateTotals t = Lab::totalsOf(s.states);
        t[TaskState::Queued] = 0; // the workers' start-up among it
        QVERIFY2(t.share(TaskState::Waiting) > 0.8, qPrintable(QString::number(t.share(TaskState::Waiting))));
    }
    // The second task of a worker waited in the queue while the first was done.
    QVERIFY(r->stateTotals()[TaskState::Queued] >= 40'000'000);
}

// Every worker is a thread of the run with its states and idle time; with the simulated GIL, who
// held it takes turns and never two at once.
void TestStates::threadsAndGilHolders()
{
    Lab::RunConfig c = LabTest::config(Workload::Squares, Strategy::Threads, 2);
    c.workers = 2;
    c.gil = true;
    c.squaresN = {150'000'000, 150'000'000};
    Lab::Engine engine;
    const Lab::RunResultPtr r = LabTest::runToEnd(engine, c);
    QVERIFY(r && r->allOk());
    QCOMPARE(r->gilKind(), Lab::GilKind::Simulated);
    QCOMPARE(r->threads.size(), 2);
    QSet<qint64> holders;
    for (size_t i = 0; i < r->gilHolder.size(); ++i) {
        holders.insert(r->gilHolder[i].tid);
        if (i > 0)
            QVERIFY2(r->gilHolder[i].startNs >= r->gilHolder[i - 1].endNs,
                     "two threads held the GIL at once");
    }
    QCOMPARE(holders.size(), 2);
    QVERIFY2(r->gilHolder.size() >= 6, qPrintable(QString::number(r->gilHolder.size()))); // turns
    for (const Lab::ThreadStates& t : r->threads) {
        QVERIFY(t.totals[TaskState::Gil] > 0);
        QVERIFY(t.totals[TaskState::Running] > 0);
        QCOMPARE(t.totals.totalNs(), std::max(r->wallNs, t.totals.totalNs() - t.totals[TaskState::Idle]));
    }
    // Without the GIL: nobody holds one.
    c.gil = false;
    const Lab::RunResultPtr free = LabTest::runToEnd(engine, c);
    QVERIFY(free && free->allOk());
    QCOMPARE(free->gilKind(), Lab::GilKind::Unlocked);
    QVERIFY(free->gilHolder.empty());
}

// One at a time, a task is taken when its turn comes: it is never in a queue.
void TestStates::sequentialTasksNeverQueue()
{
    Lab::Engine engine;
    const Lab::RunResultPtr r =
        LabTest::runToEnd(engine, LabTest::config(Workload::Weather, Strategy::Sequential, 3, 30));
    QVERIFY(r && r->allOk());
    QCOMPARE(r->stateTotals()[TaskState::Queued], 0);
    QVERIFY(r->stateTotals().share(TaskState::Waiting) > 0.95);
    QCOMPARE(r->gilKind(), Lab::GilKind::None);
}

// A task's log: a state left within a microsecond leaves no slice, its neighbours of one state join,
// and the next task starts afresh in the same buffer.
void TestStates::aLogFoldsWhatLastedUnderAMicrosecond()
{
    using Lab::StateSlice;
    Lab::StateLog log;
    log.enter(TaskState::Running, 0);
    log.enter(TaskState::Waiting, 500); // its first step into the wait
    auto slices = log.close(10'000);
    QCOMPARE(std::vector(slices.begin(), slices.end()), (Lab::StateSlices{{TaskState::Waiting, 0, 10'000}}));

    log.enter(TaskState::Running, 20'000);
    log.enter(TaskState::Gil, 25'000);
    log.enter(TaskState::Running, 25'300); // a hand-over it got back at once
    log.enter(TaskState::Gil, 30'000);
    log.enter(TaskState::Running, 34'000);
    slices = log.close(40'000);
    QCOMPARE(std::vector(slices.begin(), slices.end()),
             (Lab::StateSlices{{TaskState::Running, 20'000, 30'000},
                               {TaskState::Gil, 30'000, 34'000},
                               {TaskState::Running, 34'000, 40'000}}));
}

QTEST_GUILESS_MAIN(TestStates)
#include "tst_states.moc"
