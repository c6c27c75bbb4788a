// CPython's threads read from their looks (measure/gilfinder.h, measure/sampledstates.h), on
// tracks written out here a millisecond a letter: which futex words are the GIL, and what every
// look, task and thread becomes.
#include "measure/gilfinder.h"
#include "measure/sampledstates.h"
#include "testsupport.h"

#include <QTest>

using namespace Lab;
using namespace Qt::StringLiterals;
using ProcStat::ThreadActivity;

Q_DECLARE_METATYPE(std::vector<quint64>)
Q_DECLARE_METATYPE(std::vector<Lab::ThreadTrack>)
Q_DECLARE_METATYPE(Lab::StateSlices)

namespace {

constexpr qint64 ms = 1'000'000;
constexpr qint64 pid = 100;
// Words as CPython 3.11 and glibc lay them out: the GIL's condition variable (two adjacent words)
// and its switch condition 100 bytes on, in the interpreter's data; locks elsewhere, on the heap.
constexpr quint64 gilA = 0x7f61bf54e6f0;
constexpr quint64 gilB = gilA + 4;
constexpr quint64 gilSwitch = gilA + 100;
constexpr quint64 queueWord = 0x55d0a0001000;
constexpr quint64 joinWord = 0x55d0a0002000;

// One letter a millisecond from `startMs` on: R running, S blocked (a sleep), G and g the GIL's
// condition, w its switch condition, Q a pool's queue, J a join. Kept as the sampler keeps them:
// a look only where something changed.
ThreadTrack track(qint64 tid, QByteArrayView letters, qint64 startMs = 0, qint64 process = pid)
{
    ThreadTrack t{process, tid, {}, (startMs + letters.size()) * ms};
    for (qsizetype i = 0; i < letters.size(); ++i) {
        ProcStat::ThreadLook look;
        switch (letters.at(i)) {
        case 'R':
            break;
        case 'S':
            look = {ThreadActivity::Blocked, 0};
            break;
        default: {
            const char c = letters.at(i);
            const quint64 word = c == 'G'   ? gilA
                                 : c == 'g' ? gilB
                                 : c == 'w' ? gilSwitch
                                 : c == 'Q' ? queueWord
                                            : joinWord;
            look = {ThreadActivity::Futex, word};
        }
        }
        if (t.looks.empty() || !(t.looks.back().look == look))
            t.looks.push_back({(startMs + i) * ms, look});
    }
    return t;
}

QByteArray times(QByteArrayView letters, int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += letters;
    return out;
}

std::vector<const ThreadTrack*> pointers(const std::vector<ThreadTrack>& tracks)
{
    std::vector<const ThreadTrack*> out;
    for (const ThreadTrack& t : tracks)
        out.push_back(&t);
    return out;
}

// Two threads that compute in turn, 5 ms each, the one waiting on the GIL's condition.
std::vector<ThreadTrack> takingTurns()
{
    return {track(101, times("RRRRRGGGGG", 20)), track(102, times("gggggRRRRR", 20))};
}

SampledRun runOf(const std::vector<TaskSpan>& spans, const QList<WorkerInfo>& workers, qint64 endMs)
{
    SampledRun r;
    r.originNs = 0;
    r.endNs = endMs * ms;
    r.interpreterPid = pid;
    r.spans = spans;
    r.workers = workers;
    return r;
}

TaskSpan span(int task, int worker, qint64 startMs, qint64 endMs)
{
    TaskSpan s;
    s.task = task;
    s.worker = worker;
    s.startNs = startMs * ms;
    s.endNs = endMs * ms;
    return s;
}

const ThreadStates* threadOf(const SampledStates& s, qint64 tid)
{
    for (const ThreadStates& t : s.threads) {
        if (t.tid == tid)
            return &t;
    }
    return nullptr;
}

} // namespace

class SampledStatesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }
    void findsTheGil_data();
    void findsTheGil();
    void statesWithin_data();
    void statesWithin();
    void aTaskIsItsThreadOverItsSpan();
    void aPoolWorkerWithNothingToDoIsIdle();
    void coroutinesAwaitWhateverTheLoopDid();
    void theGilsHolderIsTheOneThatRan();
    void aFreeThreadedBuildHasNoGil();
    void threadsAreNamed();
};

void SampledStatesTest::findsTheGil_data()
{
    QTest::addColumn<std::vector<ThreadTrack>>("tracks");
    QTest::addColumn<std::vector<quint64>>("gil");
    QTest::newRow("two threads taking turns") << takingTurns() << std::vector<quint64>{gilA, gilB};
    // Each sleep ends in a wait for the GIL while the other computes; the computer, made to let go,
    // waits on the switch condition, then for the GIL again.
    QTest::newRow("a sleeper and a computer")
        << std::vector<ThreadTrack>{track(101, times("SSSSSSSSSSSSSSSGGGGGRR", 10)),
                                    track(102, times("RRRRRRRRRRRRRRRRRRRRwg", 10))}
        << std::vector<quint64>{gilA, gilB, gilSwitch};
    QTest::newRow("a join far from the GIL is not the GIL")
        << std::vector<ThreadTrack>{track(pid, "R" + times("J", 199) + "R"), takingTurns()[0],
                                    takingTurns()[1]}
        << std::vector<quint64>{gilA, gilB};
    QTest::newRow("one thread alone never waits for it")
        << std::vector<ThreadTrack>{track(pid, times("RRRRRRRRRS", 20))} << std::vector<quint64>{};
    QTest::newRow("a long wait on a join is not a turn")
        << std::vector<ThreadTrack>{track(pid, "R" + times("J", 199)), track(101, times("R", 200))}
        << std::vector<quint64>{};
    // Two pool threads that each ran a moment between long waits on their queue, while nobody ran.
    QTest::newRow("idle workers on their queue")
        << std::vector<ThreadTrack>{track(101, times("RQQQQQQQQQ", 20)), track(102, times("QQQQQRQQQQ", 20))}
        << std::vector<quint64>{};
    QTest::newRow("turns by one thread only")
        << std::vector<ThreadTrack>{track(101, times("RRRRRGGGGG", 20)), track(102, times("S", 200))}
        << std::vector<quint64>{};
    QTest::newRow("too few turns to tell")
        << std::vector<ThreadTrack>{track(101, "RRRRRGGGGG"), track(102, "gggggRRRRR")}
        << std::vector<quint64>{};
}

void SampledStatesTest::findsTheGil()
{
    QFETCH(std::vector<ThreadTrack>, tracks);
    QFETCH(std::vector<quint64>, gil);
    QCOMPARE(findGil(pointers(tracks)), gil);
}

void SampledStatesTest::statesWithin_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<StateSlices>("expected");
    // Running [10, 20), waiting [20, 30), gil [30, 40).
    QTest::newRow("inside one") << qint64(12) << qint64(18) << StateSlices{{TaskState::Running, 12, 18}};
    QTest::newRow("across two") << qint64(15) << qint64(25)
                                << StateSlices{{TaskState::Running, 15, 20}, {TaskState::Waiting, 20, 25}};
    QTest::newRow("from before the thread was found")
        << qint64(0) << qint64(15) << StateSlices{{TaskState::Running, 0, 15}};
    QTest::newRow("on after its last look")
        << qint64(35) << qint64(50) << StateSlices{{TaskState::Gil, 35, 50}};
    QTest::newRow("wholly after") << qint64(45) << qint64(50) << StateSlices{{TaskState::Gil, 45, 50}};
    QTest::newRow("empty") << qint64(20) << qint64(20) << StateSlices{};
}

void SampledStatesTest::statesWithin()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(StateSlices, expected);
    const StateSlices thread{
        {TaskState::Running, 10, 20}, {TaskState::Waiting, 20, 30}, {TaskState::Gil, 30, 40}};
    QCOMPARE(Lab::statesWithin(thread, from, to), expected);
}

// Found 3 ms after its task began (a new thread is looked for every 10 ms): what it was first
// found doing fills the gap, and the states add up to the span to the nanosecond.
void SampledStatesTest::aTaskIsItsThreadOverItsSpan()
{
    const std::vector<ThreadTrack> tracks{track(101, times("RRRRRGGGGG", 10), 13)};
    const QList<WorkerInfo> workers{{WorkerKind::Thread, u"thread-1"_s, pid, 101}};
    const SampledStates s = sampledStates(tracks, runOf({span(0, 0, 10, 105)}, workers, 120));
    QCOMPARE(s.tasks.size(), size_t(1));
    QCOMPARE(s.tasks[0].first, 0);
    const StateTotals totals = totalsOf(s.tasks[0].second);
    QCOMPARE(totals.totalNs(), 95 * ms);
    QCOMPARE(s.tasks[0].second.front(), (StateSlice{TaskState::Running, 10 * ms, 18 * ms}));
    QCOMPARE(totals[TaskState::Running], 50 * ms);
    QCOMPARE(totals[TaskState::Gil], 0); // one thread alone: no GIL to find
    QCOMPARE(totals[TaskState::Lock], 45 * ms);
}

// Thread 101 runs a task in [10, 30) and waits on its queue around it; 102, which no task was
// ever seen on, waits on the same queue; the main thread waits on a join throughout.
void SampledStatesTest::aPoolWorkerWithNothingToDoIsIdle()
{
    const std::vector<ThreadTrack> tracks{
        track(101, times("Q", 10) + times("R", 10) + times("S", 10) + times("Q", 10)),
        track(102, times("Q", 40)), track(pid, times("J", 40))};
    const QList<WorkerInfo> workers{{WorkerKind::Thread, u"thread-1"_s, pid, 101}};
    const SampledStates s = sampledStates(tracks, runOf({span(0, 0, 10, 30)}, workers, 40));
    const StateTotals worker = threadOf(s, 101)->totals;
    QCOMPARE(worker[TaskState::Idle], 20 * ms);
    QCOMPARE(worker[TaskState::Running], 10 * ms);
    QCOMPARE(worker[TaskState::Waiting], 10 * ms); // its task's sleep is its task's
    QCOMPARE(threadOf(s, 102)->totals[TaskState::Idle], 40 * ms);
    QCOMPARE(threadOf(s, pid)->totals[TaskState::Lock], 40 * ms);
    QCOMPARE(totalsOf(s.tasks.at(0).second)[TaskState::Waiting], 10 * ms);
}

// On one event loop, coroutines that overlap awaited all along, whatever the loop ran meanwhile;
// one that overlaps none (a blocking call) has the loop's own states.
void SampledStatesTest::coroutinesAwaitWhateverTheLoopDid()
{
    const std::vector<ThreadTrack> tracks{track(pid, times("R", 10) + times("S", 20) + times("R", 10))};
    const QList<WorkerInfo> workers{{WorkerKind::EventLoop, u"event-loop"_s, pid, pid}};
    const SampledStates s =
        sampledStates(tracks, runOf({span(0, 0, 0, 30), span(1, 0, 1, 30), span(2, 0, 30, 40)}, workers, 40));
    QCOMPARE(s.tasks.size(), size_t(3));
    for (const auto& [task, slices] : s.tasks) {
        const StateTotals t = totalsOf(slices);
        if (task == 2) {
            QCOMPARE(t[TaskState::Running], 10 * ms);
        } else {
            QCOMPARE(slices.size(), size_t(1));
            QCOMPARE(t[TaskState::Waiting], t.totalNs());
        }
    }
}

void SampledStatesTest::theGilsHolderIsTheOneThatRan()
{
    const SampledStates s = sampledStates(takingTurns(), runOf({}, {}, 200));
    QCOMPARE(s.gilHolder.size(), size_t(40));
    QCOMPARE(s.gilHolder.front(), (GilHold{101, 0, 5 * ms}));
    QCOMPARE(s.gilHolder.at(1), (GilHold{102, 5 * ms, 10 * ms}));
    QCOMPARE(threadOf(s, 101)->totals.share(TaskState::Gil), 0.5);
    QCOMPARE(threadOf(s, 102)->totals.share(TaskState::Gil), 0.5);
}

void SampledStatesTest::aFreeThreadedBuildHasNoGil()
{
    SampledRun run = runOf({}, {}, 200);
    run.freeThreaded = true;
    const SampledStates s = sampledStates(takingTurns(), run);
    QVERIFY(s.gilHolder.empty());
    for (const ThreadStates& t : s.threads) {
        QCOMPARE(t.totals[TaskState::Gil], 0);
        QCOMPARE(t.totals.share(TaskState::Lock), 0.5);
    }
}

void SampledStatesTest::threadsAreNamed()
{
    SampledRun run = runOf({}, {}, 10);
    run.names.insert(101, u"ThreadPoolExecutor-0_0"_s);
    const std::vector<ThreadTrack> tracks{track(pid, "RRRR"), track(101, "RRRR"), track(102, "RRRR"),
                                          track(300, "RRRR", 0, 300)};
    run.names.insert(300, u"process-300"_s);
    const SampledStates s = sampledStates(tracks, run);
    QCOMPARE(threadOf(s, pid)->label, u"MainThread"_s);
    QCOMPARE(threadOf(s, 101)->label, u"ThreadPoolExecutor-0_0"_s);
    QCOMPARE(threadOf(s, 102)->label, u"tid 102"_s);
    QCOMPARE(threadOf(s, 300)->label, u"process-300"_s);
    QCOMPARE(threadOf(s, 300)->pid, qint64(300));
}

QTEST_GUILESS_MAIN(SampledStatesTest)
#include "tst_sampledstates.moc"
