#pragma once

// Shared by tst_sessionfile and tst_sessionwindow: small labs run to a session file, the fields of
// two runs compared one by one, and the bad files every door must refuse.

#include "engine/session.h"
#include "experiment.h"
#include "report/jsonexport.h"
#include "report/jsonimport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace SessionTest {

using namespace Qt::StringLiterals;

inline QString reasonOf(const std::variant<Lab::Export::SessionFile, QString>& read)
{
    const auto* reason = std::get_if<QString>(&read);
    return reason ? *reason : QString();
}

inline QByteArray written(const QList<Lab::RunResultPtr>& runs, const Lab::MachineInfo& machine)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Lab::Export::writeSessionJson(buffer, runs, machine))
        return {};
    return buffer.data();
}

// Lab `lab` made small: short waits, few tasks, small sums.
inline Lab::Experiment smallLab(int lab)
{
    Lab::Experiment e;
    e.lab = lab;
    e.scale = 1;
    e.waitPercent = 2;
    if (Lab::isMistakesLab(lab))
        e.tasks = lab == 7 ? 400 : 2;
    return e;
}

inline void compareConfigs(const Lab::RunConfig& a, const Lab::RunConfig& b)
{
    QCOMPARE(b.workload, a.workload);
    QCOMPARE(b.strategy, a.strategy);
    QCOMPARE(b.workers, a.workers);
    QCOMPARE(b.gil, a.gil);
    QCOMPARE(b.cities, a.cities);
    QCOMPARE(b.taskCount, a.taskCount);
    QCOMPARE(b.delayMs, a.delayMs);
    QCOMPARE(b.squaresN, a.squaresN);
    QCOMPARE(b.counterAdds, a.counterAdds);
    QCOMPARE(b.variant, a.variant);
    QCOMPARE(b.batchSize, a.batchSize);
    if (a.workload == Lab::Workload::Logs) // the folder of its files; no other run has one
        QCOMPARE(b.outDir, a.outDir);
    QCOMPARE(b.labNumber, a.labNumber);
    QCOMPARE(b.taskTimeoutMs, a.taskTimeoutMs);
    QCOMPARE(b.runtime, a.runtime);
    QCOMPARE(b.python, a.python);
    QCOMPARE(b.scheduler, a.scheduler);
    QCOMPARE(b.pythonStartTimeoutMs, a.pythonStartTimeoutMs);
    QCOMPARE(b.predictionMs, a.predictionMs);
    QCOMPARE(b.batch, a.batch);
    QCOMPARE(b.repeat, a.repeat);
    QCOMPARE(b.warmup, a.warmup);
}

inline void compareTasks(const Lab::RunResult& a, const Lab::RunResult& b)
{
    QCOMPARE(b.tasks.size(), a.tasks.size());
    for (qsizetype i = 0; i < a.tasks.size(); ++i) {
        QCOMPARE(b.tasks.at(i).id, a.tasks.at(i).id);
        QCOMPARE(b.tasks.at(i).workload, a.tasks.at(i).workload);
        QCOMPARE(b.tasks.at(i).label, a.tasks.at(i).label);
        QCOMPARE(b.tasks.at(i).delayMs, a.tasks.at(i).delayMs);
        QCOMPARE(b.tasks.at(i).n, a.tasks.at(i).n);
        QCOMPARE(b.tasks.at(i).filePath, a.tasks.at(i).filePath);
    }
    QCOMPARE(b.spans.size(), a.spans.size());
    for (std::size_t i = 0; i < a.spans.size(); ++i) {
        const Lab::TaskSpan& x = a.spans.at(i);
        const Lab::TaskSpan& y = b.spans.at(i);
        QCOMPARE(y.task, x.task);
        QCOMPARE(y.worker, x.worker);
        QCOMPARE(y.startNs, x.startNs);
        QCOMPARE(y.endNs, x.endNs);
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.text, x.text);
        QCOMPARE(y.sentNs, x.sentNs);
        QCOMPARE(y.returnedNs, x.returnedNs);
        QCOMPARE(y.submittedNs, x.submittedNs);
        QVERIFY(y.states == x.states);
    }
}

inline void compareLists(const Lab::RunResult& a, const Lab::RunResult& b)
{
    QCOMPARE(b.workers.size(), a.workers.size());
    for (qsizetype i = 0; i < a.workers.size(); ++i) {
        const Lab::WorkerInfo& x = a.workers.at(i);
        const Lab::WorkerInfo& y = b.workers.at(i);
        QVERIFY(y.kind == x.kind && y.name == x.name && y.pid == x.pid && y.tid == x.tid);
        QVERIFY(y.spawnNs == x.spawnNs && y.readyNs == x.readyNs);
    }
    QCOMPARE(b.samples.size(), a.samples.size());
    for (qsizetype i = 0; i < a.samples.size(); ++i) {
        const Lab::CpuSample& x = a.samples.at(i);
        const Lab::CpuSample& y = b.samples.at(i);
        QVERIFY(y.tNs == x.tNs && y.processPct == x.processPct && y.systemPct == x.systemPct);
        QCOMPARE(y.coresPct, x.coresPct);
    }
    QCOMPARE(b.threads.size(), a.threads.size());
    for (qsizetype i = 0; i < a.threads.size(); ++i) {
        const Lab::ThreadStates& x = a.threads.at(i);
        const Lab::ThreadStates& y = b.threads.at(i);
        QVERIFY(y.pid == x.pid && y.tid == x.tid && y.label == x.label);
        QVERIFY(y.totals.ns == x.totals.ns);
        QVERIFY(y.states == x.states);
    }
    QVERIFY(b.gilHolder == a.gilHolder);
    QCOMPARE(b.counter, a.counter);
    QCOMPARE(b.deadlock, a.deadlock);
    QVERIFY(b.cluster == a.cluster);
    QVERIFY(b.lostAttempts == a.lostAttempts);
}

inline void compareRuns(const Lab::RunResult& a, const Lab::RunResult& b)
{
    compareConfigs(a.config, b.config);
    compareTasks(a, b);
    compareLists(a, b);
    QCOMPARE(b.startedUtc, a.startedUtc);
    QCOMPARE(b.wallNs, a.wallNs);
    QCOMPARE(b.startUpNs, a.startUpNs);
    QVERIFY(b.appCpu.userNs == a.appCpu.userNs && b.appCpu.systemNs == a.appCpu.systemNs);
    QVERIFY(b.workersCpu.userNs == a.workersCpu.userNs && b.workersCpu.systemNs == a.workersCpu.systemNs);
    QVERIFY(b.frontEndCpu.userNs == a.frontEndCpu.userNs && b.frontEndCpu.systemNs == a.frontEndCpu.systemNs);
    QVERIFY(b.machine.busyNs == a.machine.busyNs && b.machine.stealNs == a.machine.stealNs);
    QVERIFY(b.machine.totalNs == a.machine.totalNs && b.machine.elapsedNs == a.machine.elapsedNs);
    QCOMPARE(b.cancelled, a.cancelled);
    QCOMPARE(b.error, a.error);
    QCOMPARE(b.interpreter, a.interpreter);
}

// What the charts are drawn from: the same runs, batches and rounds.
inline void compareShown(const Lab::Session& live, const Lab::Session& opened)
{
    QCOMPARE(opened.shown().size(), live.shown().size());
    for (qsizetype i = 0; i < live.shown().size(); ++i) {
        const Lab::LiveRun& x = live.shown().at(i);
        const Lab::LiveRun& y = opened.shown().at(i);
        QCOMPARE(y.result->wallNs, x.result->wallNs);
        QCOMPARE(y.reused, x.reused);
        QCOMPARE(y.rounds.size(), x.rounds.size());
        QCOMPARE(y.done, x.done);
    }
    QCOMPARE(opened.summaries().size(), live.summaries().size());
    QCOMPARE(opened.suspectNotes(), live.suspectNotes());
}

inline QByteArray replaced(const QByteArray& bytes, const char* pattern, const char* with)
{
    return QString::fromUtf8(bytes)
        .replace(QRegularExpression(QString::fromUtf8(pattern)), QString::fromUtf8(with))
        .toUtf8();
}

// Columns `bytes` and `reason`: a file and a phrase of the reason it is refused; `good` is a
// session file of lab 2 (see Files::good()).
inline void addBadFiles(const QByteArray& good)
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("spaces") << QByteArray(" \n\t") << u"the file is empty"_s;
    QTest::newRow("a picture") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                               << u"not a Concurrency Lab session"_s;
    QTest::newRow("JSON, a list") << QByteArray("[1, 2, 3]") << u"not a Concurrency Lab session"_s;
    QTest::newRow("JSON, not a session")
        << QByteArray(R"({"name": "report", "version": 2})") << u"not a Concurrency Lab session"_s;
    QTest::newRow("another schema") << QByteArray(R"({"schema": "concurrency-lab/bench@1"})")
                                    << u"not a Concurrency Lab session"_s;
    QTest::newRow("newer schema")
        << QByteArray(good).replace("runs@2", "runs@3")
        << u"made by a newer version: schema concurrency-lab/runs@3, this app reads @2 and older"_s;
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"the file ends too soon"_s;
    QTest::newRow("a byte gone bad") << QByteArray(good).replace("\"runs\": [", "\"runs\": [#")
                                     << u"this is not JSON"_s;
    QTest::newRow("unknown strategy")
        << QByteArray(good).replace("\"strategy\": \"threads\"", "\"strategy\": \"fibers\"")
        << u"damaged: run 2: unknown strategy 'fibers'"_s;
    QTest::newRow("unknown task status")
        << QByteArray(good).replace("\"status\":\"ok\"", "\"status\":\"great\"")
        << u"damaged: run 1, tasks[0]: unknown status 'great'"_s;
    QTest::newRow("text for a number") << replaced(good, R"("wall_ms": [0-9.e+-]+)", R"("wall_ms": "fast")")
                                       << u"damaged: run 1: wall_ms should be a number"_s;
    QTest::newRow("a field missing") << QByteArray(good).replace("\"cancelled\": false,", "")
                                     << u"damaged: run 1: cancelled is missing"_s;
    QTest::newRow("no such worker") << replaced(good, R"("worker_index":0)", R"("worker_index":99)")
                                    << u"damaged: run 1, tasks[0]: worker_index 99 is not one"_s;
    QTest::newRow("a task too many") << replaced(good, R"("task_count":[0-9]+)", R"("task_count":99)")
                                     << u"tasks, where its config makes"_s;
}

// A folder of files for a test case, and the good file of lab 2 made small: one at a time, then
// its threads; schema @2.
class Files {
public:
    Files() : m_machine(Lab::currentMachine()) {}
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    const Lab::MachineInfo& machine() const { return m_machine; }

    QString fileOf(const QString& name, const QByteArray& bytes) const
    {
        const QString at = path(name);
        QFile file(at);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return at;
    }

    QByteArray good()
    {
        if (!m_good.isEmpty())
            return m_good;
        Lab::Session session;
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        if (!session.start(Lab::experimentRuns(smallLab(2), QStringLiteral(CL_APP_PATH), path(u"good"_s))))
            return {};
        finished.wait(60'000);
        m_good = written(session.results(), m_machine);
        return m_good;
    }

private:
    QTemporaryDir m_dir;
    Lab::MachineInfo m_machine;
    QByteArray m_good;
};

} // namespace SessionTest
