// The thread sampler on a real CPython: a script of our own with two threads that compute and one
// that sleeps, sampled from outside while it runs, and what its looks say each thread did.
#include "measure/sampledstates.h"
#include "measure/threadsampler.h"
#include "python/pythonruntime.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Lab;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<Lab::TaskState>)

namespace {

// Tells its pid, waits for a line (the sampler is watching), starts its threads, tells their ids.
// The main thread then waits on their joins; the sleeper sleeps until both computers are done.
const char* const script = R"(import json, os, sys, threading, time

def compute(n):
    s = 0
    for i in range(n):
        s += i * i

done = threading.Event()

def sleep():
    while not done.is_set():
        time.sleep(0.02)

print(json.dumps({"pid": os.getpid()}), flush=True)
sys.stdin.readline()
threads = [threading.Thread(target=compute, args=(6_000_000,), name=f"computer-{k}") for k in (1, 2)]
threads.append(threading.Thread(target=sleep, name="sleeper"))
for t in threads:
    t.start()
print(json.dumps({t.name: t.native_id for t in threads}), flush=True)
for t in threads[:2]:
    t.join()
done.set()
threads[2].join()
)";

} // namespace

class ThreadSamplerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachThreadIsWhatItDid_data();
    void eachThreadIsWhatItDid();
    void theGilIsHeldByThoseThatCompute();
    void aThreadThatEndsIsFoundGone();
    void stopsAtOnceAndSaysWhatItCost();

private:
    QJsonObject readLine(QProcess& p);

    ThreadSamples m_samples;
    SampledStates m_states;
    QHash<QString, qint64> m_tids; // by the script's thread name
    qint64 m_pid = 0;
    qint64 m_stopMs = 0;
};

QJsonObject ThreadSamplerTest::readLine(QProcess& p)
{
    QSignalSpy output(&p, &QProcess::readyReadStandardOutput);
    while (!p.canReadLine() && output.wait(30'000)) {
    }
    return QJsonDocument::fromJson(p.readLine()).object();
}

void ThreadSamplerTest::initTestCase()
{
    LabTest::failOnAnyWarning();
    const auto python = Python::findDefault();
    if (!python)
        QSKIP("no python3 on PATH");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"threads.py"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(script) > 0);
    file.close();
    QProcess p;
    p.start(python->path, {u"-S"_s, u"-u"_s, file.fileName()});
    // python3 may be a launcher (a pyenv shim): the interpreter tells its own pid.
    m_pid = readLine(p).value(u"pid"_s).toInteger();
    QVERIFY(m_pid > 0);
    ThreadSampler sampler;
    sampler.watchProcess(m_pid);
    sampler.start();
    p.write("go\n");
    const QJsonObject tids = readLine(p);
    for (auto it = tids.begin(); it != tids.end(); ++it)
        m_tids.insert(it.key(), it.value().toInteger());
    QCOMPARE(m_tids.size(), 3);
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(p.state() == QProcess::NotRunning || finished.wait(60'000));
    QElapsedTimer stopping;
    stopping.start();
    m_samples = sampler.stop();
    m_stopMs = stopping.elapsed();
    QCOMPARE(p.exitCode(), 0);

    SampledRun run;
    run.originNs = std::numeric_limits<qint64>::max();
    for (const ThreadTrack& t : m_samples.threads) {
        if (!t.looks.empty())
            run.originNs = std::min(run.originNs, t.looks.front().atNs);
        run.endNs = std::max(run.endNs, t.endNs);
    }
    run.interpreterPid = m_pid;
    for (auto it = m_tids.cbegin(); it != m_tids.cend(); ++it)
        run.names.insert(it.value(), it.key());
    m_states = sampledStates(m_samples.threads, run);
}

void ThreadSamplerTest::eachThreadIsWhatItDid_data()
{
    QTest::addColumn<QString>("thread");
    QTest::addColumn<QList<TaskState>>("states");
    QTest::addColumn<double>("atLeast"); // of its time in those states
    // CPython switches every 5 ms: two computers take turns, each waiting for the GIL about half of
    // the time (a third computer, the sleeper, wants it now and then).
    QTest::newRow("computer-1 runs") << u"computer-1"_s << QList{TaskState::Running} << 0.25;
    QTest::newRow("computer-1 waits for the GIL") << u"computer-1"_s << QList{TaskState::Gil} << 0.25;
    QTest::newRow("computer-2 runs") << u"computer-2"_s << QList{TaskState::Running} << 0.25;
    QTest::newRow("computer-2 waits for the GIL") << u"computer-2"_s << QList{TaskState::Gil} << 0.25;
    // 20 ms asleep, then up to a switch interval for the GIL.
    QTest::newRow("the sleeper sleeps") << u"sleeper"_s << QList{TaskState::Waiting} << 0.5;
    QTest::newRow("the main thread waits on its joins")
        << u"MainThread"_s << QList{TaskState::Lock, TaskState::Waiting} << 0.8;
}

void ThreadSamplerTest::eachThreadIsWhatItDid()
{
    QFETCH(QString, thread);
    QFETCH(QList<TaskState>, states);
    QFETCH(double, atLeast);
    const qint64 tid = thread == u"MainThread"_s ? m_pid : m_tids.value(thread);
    const auto it = std::find_if(m_states.threads.cbegin(), m_states.threads.cend(),
                                 [tid](const ThreadStates& t) { return t.tid == tid; });
    QVERIFY2(it != m_states.threads.cend(), "never sampled");
    QCOMPARE(it->label, thread);
    double share = 0;
    QStringList all;
    for (TaskState s : allTaskStates) {
        if (states.contains(s))
            share += it->totals.share(s);
        all.append(u"%1 %2%"_s.arg(taskStateId(s)).arg(100 * it->totals.share(s), 0, 'f', 0));
    }
    QVERIFY2(share >= atLeast, qPrintable(all.join(u", "_s)));
}

void ThreadSamplerTest::theGilIsHeldByThoseThatCompute()
{
    qint64 byComputers = 0;
    qint64 total = 0;
    for (const GilHold& h : m_states.gilHolder) {
        total += h.endNs - h.startNs;
        if (h.tid == m_tids.value(u"computer-1"_s) || h.tid == m_tids.value(u"computer-2"_s))
            byComputers += h.endNs - h.startNs;
    }
    QVERIFY(total > 0);
    QVERIFY2(double(byComputers) >= 0.8 * double(total),
             qPrintable(u"%1 of %2 ns"_s.arg(byComputers).arg(total)));
}

// The computers end before the sleeper and the main thread: their tracks end where they went.
void ThreadSamplerTest::aThreadThatEndsIsFoundGone()
{
    QHash<qint64, qint64> endOf;
    for (const ThreadTrack& t : m_samples.threads)
        endOf.insert(t.tid, t.endNs);
    const qint64 mainEnd = endOf.value(m_pid);
    QVERIFY(mainEnd > 0);
    for (const QString& name : {u"computer-1"_s, u"computer-2"_s}) {
        QVERIFY(endOf.contains(m_tids.value(name)));
        QVERIFY2(endOf.value(m_tids.value(name)) < mainEnd, qPrintable(name));
    }
}

void ThreadSamplerTest::stopsAtOnceAndSaysWhatItCost()
{
    QVERIFY2(m_stopMs < 100 * LabTest::timeFactor, qPrintable(QString::number(m_stopMs)));
    const ThreadSamplerCost& c = m_samples.cost;
    QVERIFY(c.sweeps > 100); // a run of about a second, a sweep a millisecond
    QVERIFY(c.looks >= c.sweeps);
    QVERIFY(c.cpuNs > 0 && c.wallNs > 0);
    qInfo("%lld sweeps in %.0f ms, %.0f looks a sweep: %.2f%% of a core at 1 ms", c.sweeps,
          double(c.wallNs) / 1e6, double(c.looks) / double(c.sweeps),
          c.percentOfCoreAt(std::chrono::milliseconds(1)));
}

QTEST_GUILESS_MAIN(ThreadSamplerTest)
#include "tst_threadsampler.moc"
