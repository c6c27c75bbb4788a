#include "engine/recorder.h"
#include "testsupport.h"
#include "translation.h"
#include "worker/protocol.h"
#include "worker/testfaults.h"
#include "worker/workerloop.h"

#include <QProcess>
#include <QScopeGuard>
#include <QtEndian>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::TaskStatus;
using Lab::Workload;

Q_DECLARE_METATYPE(Lab::TaskStatus)
Q_DECLARE_METATYPE(Lab::TestFaults::Fault::Kind)

namespace {

// Sized so that the healthy workers are still busy when a fault's task times out after 1 s:
// the replacement must then take over work, and the run must not end before it.
constexpr int taskCount = 60;
constexpr int taskDelayMs = 50;
constexpr int workers = 3;
constexpr int runLimitMs = 20'000; // a run that takes longer hangs

// Worker faults are switched on through the environment, which the pool passes on to its children.
void setFault(const char* spec)
{
    qputenv("CL_WORKER_FAULT", spec);
}

Lab::RunConfig faultyConfig(int timeoutMs)
{
    Lab::RunConfig c = LabTest::config(Workload::Weather, Strategy::Processes, taskCount, taskDelayMs);
    c.workers = workers;
    c.taskTimeoutMs = timeoutMs;
    return c;
}

std::vector<Lab::TaskSpan> notOk(const Lab::RunResult& r)
{
    std::vector<Lab::TaskSpan> spans;
    std::copy_if(r.spans.begin(), r.spans.end(), std::back_inserter(spans),
                 [](const Lab::TaskSpan& s) { return s.status != TaskStatus::Ok; });
    return spans;
}

// The span the worker `name` started first, or null.
const Lab::TaskSpan* firstSpanOf(const Lab::RunResult& r, const QString& name)
{
    const Lab::TaskSpan* first = nullptr;
    for (const auto& s : r.spans) {
        if (s.worker >= 0 && r.workers.at(s.worker).name == name && (!first || s.startNs < first->startNs))
            first = &s;
    }
    return first;
}

// What a worker program did with `input`, the end of its input coming after it.
struct WorkerRun {
    int exitCode = -1;
    QList<Lab::Protocol::Frame> frames; // what it wrote on stdout, up to anything not a frame
    QByteArray err;
};

QList<Lab::Protocol::Frame> framesOf(QByteArrayView bytes)
{
    QList<Lab::Protocol::Frame> frames;
    for (Lab::Protocol::Decoded d = Lab::Protocol::decode(bytes); d.status == Lab::Protocol::DecodeStatus::Ok;
         d = Lab::Protocol::decode(bytes)) {
        frames.append(d.frame);
        bytes = bytes.sliced(d.consumed);
    }
    return frames;
}

WorkerRun runWorkerProgram(const QString& program, const QByteArray& input, const QString& language = {})
{
    QProcess worker;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(Lab::workerLanguageVariable), language);
    worker.setProcessEnvironment(environment);
    worker.start(program, program == QStringLiteral(CL_APP_PATH) ? QStringList{u"worker"_s} : QStringList{});
    if (!worker.waitForStarted())
        return {};
    worker.write(input);
    worker.closeWriteChannel();
    if (!worker.waitForFinished(10'000) || worker.exitStatus() != QProcess::NormalExit)
        return {};
    return {worker.exitCode(), framesOf(worker.readAllStandardOutput()), worker.readAllStandardError()};
}

// A weather task with no wait.
QByteArray taskFrame(int id)
{
    return Lab::Protocol::encode(
        Lab::Protocol::Task{{id, Workload::Weather, u"Bangkok"_s, 0, 0, {}}, u"process-1"_s});
}

qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }
    void cleanup() { qunsetenv("CL_WORKER_FAULT"); }

    // The spec as the worker reads it; a spec it cannot read is refused, not taken for no fault.
    void theSpecIsReadStrictly_data()
    {
        using Kind = Lab::TestFaults::Fault::Kind;
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("ownIndex");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("after");
        QTest::addColumn<int>("exitCode");
        const auto row = [](const char* name, const char* spec, const char* index, bool valid,
                            Kind kind = Kind::None, int after = 0, int exitCode = 0) {
            QTest::newRow(name) << QByteArray(spec) << QByteArray(index) << valid << kind << after
                                << exitCode;
        };
        row("unset", "", "1", true);
        row("every worker", "after=2,what=segv", "1", true, Kind::Segv, 2);
        row("this worker", "after=1,worker=2,what=hang", "2", true, Kind::Hang, 1);
        row("another worker", "after=1,worker=2,what=hang", "3", true, Kind::None, 1);
        row("before the hello", "after=-1,what=garbage", "1", true, Kind::Garbage, -1);
        row("an exit code", "what=exit:7", "1", true, Kind::Exit, 0, 7);
        row("order does not matter", "what=stderrflood,after=3", "1", true, Kind::StderrFlood, 3);
        row("unknown kind", "after=1,what=explode", "1", false);
        row("no kind", "after=1", "1", false);
        row("exit without a code", "what=exit:", "1", false);
        row("after not a number", "after=x,what=segv", "1", false);
        row("after too early", "after=-2,what=segv", "1", false);
        row("unknown key", "after=1,what=segv,when=now", "1", false);
    }
    void theSpecIsReadStrictly()
    {
        using Kind = Lab::TestFaults::Fault::Kind;
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, ownIndex);
        QFETCH(bool, valid);
        QFETCH(Kind, kind);
        QFETCH(int, after);
        QFETCH(int, exitCode);
        const auto fault = Lab::TestFaults::Fault::parse(spec, ownIndex);
        QCOMPARE(fault.has_value(), valid);
        if (!fault)
            return;
        QCOMPARE(fault->kind, kind);
        QCOMPARE(fault->after, after);
        QCOMPARE(fault->exitCode, exitCode);
        QCOMPARE(fault->strikesAt(after), kind != Kind::None);
        QVERIFY(!fault->strikesAt(after + 1));
    }

    void oneWorkerMisbehaves_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<TaskStatus>("status");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char* what, TaskStatus status, const QString& reason, int timeoutMs = -1) {
            QTest::newRow(what) << QByteArray("after=1,worker=2,what=") + what << timeoutMs << status
                                << reason;
        };
        row("segv", TaskStatus::Failed, u"process-2 stopped: signal 11 (Segmentation fault)"_s);
        row("abort", TaskStatus::Failed, u"process-2 stopped: signal 6 (Aborted)"_s);
        row("exit:3", TaskStatus::Failed, u"process-2 exited with code 3"_s);
        row("kill", TaskStatus::Failed, u"process-2 stopped: signal 9 (Killed)"_s);
        row("bigcrash", TaskStatus::Failed, u"process-2 stopped: signal 11 (Segmentation fault)"_s);
        row("garbage", TaskStatus::Failed, u"process-2 sent a bad frame"_s);
        row("wrongversion", TaskStatus::Failed,
            u"process-2 sent a bad frame: frame of another protocol version"_s);
        row("oversized", TaskStatus::Failed, u"process-2 sent a bad frame: frame larger than"_s);
        row("hang", TaskStatus::TimedOut, u"process-2 took longer than 1 s: stopped"_s, 1000);
        row("truncated", TaskStatus::TimedOut, u"process-2 took longer than 1 s: stopped"_s, 1000);
        row("stderrflood", TaskStatus::Ok, QString());
    }
    void oneWorkerMisbehaves()
    {
        QFETCH(QByteArray, spec);
        QFETCH(int, timeoutMs);
        QFETCH(TaskStatus, status);
        QFETCH(QString, reason);
        setFault(spec.constData());
        Lab::Engine engine;
        const auto r = LabTest::runToEnd(engine, faultyConfig(timeoutMs), runLimitMs);
        QVERIFY2(r, "the run did not end");
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        for (const auto& s : r->spans) {
            if (s.status == TaskStatus::Ok)
                QCOMPARE(s.text, r->tasks.at(s.task).label + u": 25°C"_s);
        }
        const auto bad = notOk(*r);
        if (status == TaskStatus::Ok) {
            QCOMPARE(bad.size(), size_t(0));
            return;
        }
        QCOMPARE(bad.size(), size_t(1)); // the faulting task, and no other
        const Lab::TaskSpan& fault = bad.front();
        QCOMPARE(fault.status, status);
        QVERIFY2(fault.text.contains(reason), qPrintable(fault.text));
        QCOMPARE(r->workers.at(fault.worker).name, u"process-2"_s);
        checkTimes(*r, fault, timeoutMs);
    }

    void aWorkerThatDiesOnEveryTaskEndsTheRun()
    {
        setFault("after=0,what=exit:7");
        Lab::Engine engine;
        const auto r = LabTest::runToEnd(engine, faultyConfig(Lab::automaticTaskTimeout), runLimitMs);
        QVERIFY2(r, "the pool kept respawning");
        QVERIFY2(r->error.contains(u"keep stopping"_s) && r->error.contains(u"exited with code 7"_s),
                 qPrintable(r->error));
        QCOMPARE(r->count(TaskStatus::Ok), 0);
        // Bounded: about two generations of the pool, not one worker per task.
        QVERIFY2(r->count(TaskStatus::Failed) <= 2 * workers,
                 qPrintable(QString::number(r->count(TaskStatus::Failed))));
    }

    void aWorkerThatFailsAtStartEndsTheRun_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("reason");
        QTest::newRow("exit") << QByteArray("after=-1,what=exit:7") << u"exited with code 7"_s;
        QTest::newRow("segv") << QByteArray("after=-1,what=segv") << u"signal 11 (Segmentation fault)"_s;
        QTest::newRow("garbage") << QByteArray("after=-1,what=garbage") << u"sent a bad frame"_s;
        QTest::newRow("hang") << QByteArray("after=-1,what=hang") << u"took longer than 1 s"_s;
        QTest::newRow("mistyped fault")
            << QByteArray("after=1,what=explode") << u"CL_WORKER_FAULT: cannot read 'after=1,what=explode'"_s;
    }
    void aWorkerThatFailsAtStartEndsTheRun()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, reason);
        setFault(spec.constData());
        Lab::Engine engine;
        const auto r = LabTest::runToEnd(engine, faultyConfig(1000), 5000);
        QVERIFY2(r, "the run did not end");
        QVERIFY2(r->error.contains(u"failed at start"_s) && r->error.contains(reason), qPrintable(r->error));
        QCOMPARE(r->count(TaskStatus::Ok), 0);
    }

    // Input that ends inside a frame was cut off, which the worker says, not a goodbye: the whole
    // frames before it are still answered, but there is no Bye and the exit is not 0.
    void aCutFrameAtTheEndOfTheInputIsReported_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("err");
        const QByteArray whole = taskFrame(0);
        const QByteArray next = taskFrame(1);
        const qsizetype half = next.size() / 2;
        const QByteArray cutBody =
            u"worker: the input ended inside a frame (%1 of its %2 bytes)\n"_s.arg(half)
                .arg(next.size())
                .toUtf8();
        for (const QString& program : {QStringLiteral(CL_APP_PATH), QStringLiteral(CL_WORKER_PATH)}) {
            const QString name = program.section(u'/', -1) + u": "_s;
            QTest::newRow(qPrintable(name + u"a whole frame only"_s))
                << program << whole << 0 << QByteArray();
            QTest::newRow(qPrintable(name + u"a cut length"_s))
                << program << whole + next.left(2) << 3
                << QByteArray("worker: the input ended inside a frame's length (2 of its 4 bytes)\n");
            QTest::newRow(qPrintable(name + u"a cut body"_s))
                << program << whole + next.left(half) << 3 << cutBody;
        }
    }
    void aCutFrameAtTheEndOfTheInputIsReported()
    {
        QFETCH(QString, program);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, err);
        const WorkerRun run = runWorkerProgram(program, input);
        QCOMPARE(run.err, err);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.frames.size(), exitCode == 0 ? 3 : 2); // the hello, the result, the goodbye if any
        QVERIFY(std::holds_alternative<Lab::Protocol::Hello>(run.frames.front()));
        const auto* result = std::get_if<Lab::Protocol::Result>(&run.frames.at(1));
        QVERIFY(result);
        QCOMPARE(result->id, 0);
        QCOMPARE(result->text, u"Bangkok: 25°C"_s);
        if (exitCode == 0)
            QVERIFY(std::holds_alternative<Lab::Protocol::Bye>(run.frames.back()));
    }

    // What a worker says on stderr comes in the language the pool passed on, as its results do.
    void theWorkerSaysWhatIsWrongInTheAppsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << Lab::english;
        QTest::newRow("Thai") << Lab::thai;
    }
    void theWorkerSaysWhatIsWrongInTheAppsLanguage()
    {
        QFETCH(QString, language);
        QByteArray otherVersion = taskFrame(1);
        qToBigEndian<quint16>(Lab::Protocol::version + 1, otherVersion.data() + Lab::Protocol::headerSize);
        const QString english = Lab::Protocol::describe(Lab::Protocol::DecodeStatus::WrongVersion);
        const auto restore = qScopeGuard([] { Lab::installTranslation(Lab::english); });
        Lab::installTranslation(language);
        const QString said = Lab::Protocol::describe(Lab::Protocol::DecodeStatus::WrongVersion);
        QVERIFY2(language == Lab::english || said != english, "the test's own translation is missing");
        const WorkerRun run =
            runWorkerProgram(QStringLiteral(CL_WORKER_PATH), taskFrame(0) + otherVersion, language);
        QCOMPARE(QString::fromUtf8(run.err), u"worker: %1\n"_s.arg(said));
        QCOMPARE(run.exitCode, 3);
    }

    void aFloodOnStderrIsDrainedNotKept()
    {
        LabTest::skipMemoryBoundsUnderSanitizers();
        setFault("after=0,what=stderrflood"); // 32 MiB from each worker
        const qint64 before = maxRssKiB();
        Lab::Engine engine;
        const auto r = LabTest::runToEnd(engine, faultyConfig(Lab::automaticTaskTimeout), runLimitMs);
        QVERIFY(r);
        QVERIFY(r->allOk());
        const qint64 grewKiB = maxRssKiB() - before;
        QVERIFY2(grewKiB < 16 * 1024, qPrintable(u"the app grew by %1 KiB"_s.arg(grewKiB)));
    }

    // A worker sends the results of tiny tasks together; not after a long task that came with them,
    // which would delay them and charge them its time (its timeout, its crash).
    void resultsAreNotHeldBackByALongTask()
    {
        constexpr int tiny = 40;
        Lab::RunConfig c = LabTest::config(Workload::Squares, Strategy::Processes, 1);
        c.squaresN = QList<qint64>(tiny, 1000);
        c.squaresN.append(1'500'000'000); // about 1 s here
        Lab::Engine engine;
        int tinyDone = 0;
        qint64 lastTinyNs = 0;
        connect(&engine, &Lab::Engine::progress, this, [&](const Lab::RunProgress& p) {
            for (const auto& e : p.events) {
                if (e.kind == Lab::TaskEvent::Kind::Finished && e.task < tiny) {
                    ++tinyDone;
                    lastTinyNs = Lab::monotonicNs();
                }
            }
        });
        const auto r = LabTest::runToEnd(engine, c, runLimitMs);
        const qint64 endNs = Lab::monotonicNs();
        QVERIFY(r);
        QVERIFY(r->allOk());
        QCOMPARE(tinyDone, tiny);
        const Lab::TaskSpan& longTask = r->spans.back();
        const qint64 heldNs = endNs - lastTinyNs;
        QVERIFY2(
            heldNs > (longTask.endNs - longTask.startNs) / 2,
            qPrintable(u"the last tiny result came %1 ms before the long task's end"_s.arg(heldNs / 1e6)));
    }

    void theAutomaticTimeoutScalesWithTheTask_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<qint64>("expectedMs");
        const int automatic = Lab::automaticTaskTimeout;
        QTest::newRow("start of a worker") << automatic << 0 << qint64(0) << qint64(60'000);
        QTest::newRow("seed weather")
            << automatic << Lab::defaultWeatherDelayMs << qint64(0) << qint64(64'000);
        QTest::newRow("longest wait") << automatic << Lab::maxDelayMs << qint64(0) << qint64(1'260'000);
        // The seed's largest sum at scale 1000 takes about 6 s here.
        QTest::newRow("seed squares ×1000") << automatic << 0 << qint64(10'000'000'000) << qint64(160'000);
        QTest::newRow("largest squares") << automatic << 0 << Lab::maxSquaresN << qint64(1'060'000);
        QTest::newRow("set") << 500 << Lab::maxDelayMs << qint64(0) << qint64(500);
        QTest::newRow("never") << 0 << Lab::maxDelayMs << Lab::maxSquaresN << qint64(0);
    }
    void theAutomaticTimeoutScalesWithTheTask()
    {
        QFETCH(int, setting);
        QFETCH(int, delayMs);
        QFETCH(qint64, n);
        QFETCH(qint64, expectedMs);
        Lab::RunConfig c;
        c.taskTimeoutMs = setting;
        QCOMPARE(Lab::taskTimeoutFor(c, delayMs, n), expectedMs);
    }

private:
    // A crash is reported at once; a timeout when it falls due, and then the worker is replaced.
    static void checkTimes(const Lab::RunResult& r, const Lab::TaskSpan& fault, int timeoutMs)
    {
        const qint64 tookMs = (fault.endNs - fault.startNs) / 1'000'000;
        const Lab::TaskSpan* next = firstSpanOf(r, u"process-4"_s);
        QVERIFY2(next, "no replacement took over work");
        const qint64 replacedMs = (next->startNs - fault.endNs) / 1'000'000;
        qInfo("task settled %lld ms after it started; the replacement's first task %lld ms after that",
              tookMs, replacedMs);
        if (timeoutMs > 0) {
            QVERIFY2(tookMs >= timeoutMs && tookMs < timeoutMs + 500, qPrintable(QString::number(tookMs)));
        } else {
            QVERIFY2(tookMs < 2000, qPrintable(QString::number(tookMs)));
        }
        QVERIFY2(replacedMs < 2000, qPrintable(QString::number(replacedMs)));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
