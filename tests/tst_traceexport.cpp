// The Perfetto / Chrome trace export: fields every event needs, coroutine tasks as async events,
// X events that nest per thread, numbers in the C locale whatever the app's locale.
#include "engine/engine.h"
#include "report/traceexport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <map>

using namespace Lab;
using namespace Qt::StringLiterals;

class TraceExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyEventHasItsFields();
    void coroutineTasksAreAsync();
    void completeEventsNestPerThread();
    void statesNestInTheirTasks();
    void gilHasATrackOfItsOwn();
    void namesProcessesAndThreads();
    void cpuIsACounter();
    void numbersIgnoreTheLocale();
    void emptySessionIsAValidTrace();

private:
    QList<RunResultPtr> m_runs;
    QJsonArray m_events;
};

namespace {

qint64 nsOf(const QJsonValue& us)
{
    return qRound64(us.toDouble() * 1000.0);
}

QList<QJsonObject> withPhase(const QJsonArray& events, const QString& phase)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : events) {
        if (v.toObject().value(u"ph"_s).toString() == phase)
            out.append(v.toObject());
    }
    return out;
}

} // namespace

void TraceExportTest::initTestCase()
{
    LabTest::failOnAnyWarning();
    Engine engine;
    for (Strategy s : allStrategies) {
        const RunResultPtr r = LabTest::runToEnd(engine, LabTest::config(Workload::Weather, s, 6, 100));
        QVERIFY(r && r->allOk());
        m_runs.append(r);
    }
    m_events = Trace::traceEvents(m_runs);
    QVERIFY(!m_events.isEmpty());
}

void TraceExportTest::everyEventHasItsFields()
{
    for (const QJsonValue& v : std::as_const(m_events)) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value(u"ph"_s).toString();
        QVERIFY2(QStringList({u"M"_s, u"X"_s, u"b"_s, u"e"_s, u"C"_s}).contains(ph), qPrintable(ph));
        for (const auto& field : {u"name"_s, u"pid"_s, u"tid"_s})
            QVERIFY2(e.contains(field), qPrintable(u"%1 event without %2"_s.arg(ph, field)));
        if (ph == u"M"_s) {
            QVERIFY(e.value(u"args"_s).isObject());
            continue;
        }
        QVERIFY2(e.value(u"ts"_s).isDouble() && e.value(u"ts"_s).toDouble() >= 0, qPrintable(ph));
        if (ph == u"X"_s)
            QVERIFY(e.value(u"dur"_s).isDouble() && e.value(u"dur"_s).toDouble() >= 0);
        if (ph == u"b"_s || ph == u"e"_s)
            QVERIFY(e.contains(u"id"_s) && e.contains(u"cat"_s));
    }
}

void TraceExportTest::coroutineTasksAreAsync()
{
    const int coroutinePid = int(Strategy::Coroutines) + 1;
    std::map<QString, int> open; // by id: begins less ends
    int tasks = 0;
    std::map<QString, int> states;
    for (const QJsonValue& v : std::as_const(m_events)) {
        const QJsonObject e = v.toObject();
        if (e.value(u"pid"_s).toInt() != coroutinePid || e.value(u"cat"_s).toString() != u"task"_s)
            continue;
        const QString ph = e.value(u"ph"_s).toString();
        QVERIFY2(ph == u"b"_s || ph == u"e"_s, qPrintable(u"coroutine task as %1"_s.arg(ph)));
        open[e.value(u"id"_s).toString()] += ph == u"b"_s ? 1 : -1;
        // A task's states nest in it under the same id; the task itself names what it did.
        if (ph == u"b"_s && !taskStateFromId(e.value(u"name"_s).toString()))
            ++tasks;
        else if (ph == u"b"_s)
            ++states[e.value(u"name"_s).toString()];
    }
    QCOMPARE(tasks, 6);
    QCOMPARE(states, (std::map<QString, int>{{u"waiting"_s, 6}}));
    for (const auto& [id, balance] : open)
        QVERIFY2(balance == 0, qPrintable(id));
    // …and they do overlap on the one thread, which X events could not show.
    const RunResult& run = *m_runs.at(int(Strategy::Coroutines));
    QVERIFY(run.spans.at(1).startNs < run.spans.at(0).endNs);
}

void TraceExportTest::completeEventsNestPerThread()
{
    std::map<std::pair<int, int>, QList<std::pair<qint64, qint64>>> byThread;
    for (const QJsonObject& e : withPhase(m_events, u"X"_s)) {
        const qint64 start = nsOf(e.value(u"ts"_s));
        byThread[{e.value(u"pid"_s).toInt(), e.value(u"tid"_s).toInt()}].append(
            {start, start + nsOf(e.value(u"dur"_s))});
    }
    QVERIFY(byThread.size() >= 1 + 4 + 4); // sequential, threads, processes (coroutines are async)
    for (auto& [thread, slices] : byThread) {
        std::sort(slices.begin(), slices.end(), [](auto a, auto b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        QList<qint64> stack; // ends of the slices that contain the current one
        for (const auto& [start, end] : slices) {
            while (!stack.isEmpty() && stack.last() <= start)
                stack.removeLast();
            if (!stack.isEmpty() && end > stack.last())
                QFAIL(qPrintable(u"pid %1 tid %2: [%3, %4] crosses a slice ending at %5"_s.arg(thread.first)
                                     .arg(thread.second)
                                     .arg(start)
                                     .arg(end)
                                     .arg(stack.last())));
            stack.append(end);
        }
    }
}

void TraceExportTest::statesNestInTheirTasks()
{
    // The threads run: each task's running and waiting are X slices inside the task's own slice.
    const int threadsPid = int(Strategy::Threads) + 1;
    QList<QJsonObject> tasks;
    QList<QJsonObject> states;
    for (const QJsonObject& e : withPhase(m_events, u"X"_s)) {
        if (e.value(u"pid"_s).toInt() != threadsPid)
            continue;
        (e.value(u"cat"_s).toString() == u"state"_s ? states : tasks).append(e);
    }
    QCOMPARE(tasks.size(), 6);
    QVERIFY(states.size() >= 6);
    for (const QJsonObject& st : std::as_const(states)) {
        const qint64 start = nsOf(st.value(u"ts"_s));
        const qint64 end = start + nsOf(st.value(u"dur"_s));
        const bool inside = std::any_of(tasks.cbegin(), tasks.cend(), [&](const QJsonObject& t) {
            const qint64 ts = nsOf(t.value(u"ts"_s));
            return t.value(u"tid"_s) == st.value(u"tid"_s) && ts <= start &&
                   end <= ts + nsOf(t.value(u"dur"_s)) + 1;
        });
        QVERIFY2(inside, qPrintable(st.value(u"name"_s).toString()));
        QVERIFY(taskStateFromId(st.value(u"name"_s).toString()));
    }
    // The process pool's hand-overs and queue lie outside its tasks: async slices named by state.
    const int processesPid = int(Strategy::Processes) + 1;
    QSet<QString> outside;
    for (const QJsonObject& e : withPhase(m_events, u"b"_s)) {
        if (e.value(u"pid"_s).toInt() == processesPid && e.value(u"cat"_s).toString() == u"state"_s)
            outside.insert(e.value(u"name"_s).toString().section(u' ', 0, 0));
    }
    QVERIFY2(outside.contains(u"transfer"_s), qPrintable(QStringList(outside.values()).join(u',')));
}

// A threads run under the simulated GIL has a GIL track: one slice a turn, named by the thread
// that held it, never two at once.
void TraceExportTest::gilHasATrackOfItsOwn()
{
    Lab::RunConfig c = LabTest::config(Workload::Squares, Strategy::Threads, 2);
    c.gil = true;
    c.squaresN = {60'000'000, 60'000'000};
    Engine engine;
    const RunResultPtr r = LabTest::runToEnd(engine, c);
    QVERIFY(r && r->allOk());
    const QJsonArray events = Trace::traceEvents({r});
    int gilTid = -1;
    for (const QJsonObject& m : withPhase(events, u"M"_s)) {
        if (m.value(u"name"_s) == u"thread_name"_s && m.value(u"args"_s)[u"name"_s] == u"GIL"_s)
            gilTid = m.value(u"tid"_s).toInt();
    }
    QVERIFY(gilTid > 0);
    QSet<QString> holders;
    qint64 lastEnd = -1;
    for (const QJsonObject& e : withPhase(events, u"X"_s)) {
        if (e.value(u"tid"_s).toInt() != gilTid)
            continue;
        holders.insert(e.value(u"name"_s).toString());
        const qint64 start = nsOf(e.value(u"ts"_s));
        QVERIFY(start >= lastEnd - 1);
        lastEnd = start + nsOf(e.value(u"dur"_s));
    }
    QCOMPARE(holders, (QSet<QString>{u"thread-1"_s, u"thread-2"_s}));
}

void TraceExportTest::namesProcessesAndThreads()
{
    const QList<QJsonObject> meta = withPhase(m_events, u"M"_s);
    QSet<int> processes;
    QSet<std::pair<int, int>> threads;
    for (const QJsonObject& e : meta) {
        if (e.value(u"name"_s) == u"process_name"_s)
            processes.insert(e.value(u"pid"_s).toInt());
        if (e.value(u"name"_s) == u"thread_name"_s) {
            QVERIFY(!e.value(u"args"_s).toObject().value(u"name"_s).toString().isEmpty());
            threads.insert({e.value(u"pid"_s).toInt(), e.value(u"tid"_s).toInt()});
        }
    }
    QCOMPARE(processes.size(), m_runs.size()); // one process per run
    for (int i = 0; i < m_runs.size(); ++i) {
        for (int w = 0; w < m_runs.at(i)->workers.size(); ++w)
            QVERIFY(threads.contains({i + 1, w + 1})); // one track per worker
    }
    // Every task event is on a named track.
    for (const QString& ph : {u"X"_s, u"b"_s}) {
        for (const QJsonObject& e : withPhase(m_events, ph))
            QVERIFY(threads.contains({e.value(u"pid"_s).toInt(), e.value(u"tid"_s).toInt()}));
    }
}

void TraceExportTest::cpuIsACounter()
{
    const QList<QJsonObject> counters = withPhase(m_events, u"C"_s);
    qsizetype samples = 0;
    for (const RunResultPtr& r : std::as_const(m_runs))
        samples += r->samples.size();
    QCOMPARE(counters.size(), samples);
    QVERIFY(samples > 0);
    for (const QJsonObject& c : counters) {
        for (const QJsonValue& v : c.value(u"args"_s).toObject())
            QVERIFY(v.isDouble());
    }
}

void TraceExportTest::numbersIgnoreTheLocale()
{
    const QByteArray plain = Trace::chromeTrace(m_runs);
    QLocale::setDefault(QLocale(QLocale::German)); // writes 1,5 for one and a half
    const QByteArray german = Trace::chromeTrace(m_runs);
    QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
    const QByteArray thai = Trace::chromeTrace(m_runs);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(german, plain);
    QCOMPARE(thai, plain);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"traceEvents"_s).toArray().size(), m_events.size());
}

void TraceExportTest::emptySessionIsAValidTrace()
{
    const QJsonDocument doc = QJsonDocument::fromJson(Trace::chromeTrace({}));
    QVERIFY(doc.object().value(u"traceEvents"_s).isArray());
    QCOMPARE(doc.object().value(u"traceEvents"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TraceExportTest)
#include "tst_traceexport.moc"
