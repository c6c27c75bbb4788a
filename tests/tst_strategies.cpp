#include "testsupport.h"
#include "translation.h"
#include "work/squares.h"

#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;

namespace {

bool anyOverlap(const Lab::RunResult& r)
{
    for (const auto& a : r.spans) {
        for (const auto& b : r.spans) {
            if (a.task < b.task && a.startNs < b.endNs && b.startNs < a.endNs)
                return true;
        }
    }
    return false;
}

QSet<QString> workerNames(const Lab::RunResult& r)
{
    QSet<QString> names;
    for (const auto& s : r.spans)
        names.insert(r.workers.at(s.worker).name);
    return names;
}

// What each task of a small run said, in the order of the tasks. Processes are the program the
// app starts; the other tests start the app's own `worker` mode.
QStringList resultTexts(Workload workload, Strategy strategy)
{
    QTemporaryDir dir;
    Lab::RunConfig c = LabTest::config(workload, strategy, 3, 0);
    c.outDir = dir.filePath(u"logs"_s);
    c.workerProgram = QStringLiteral(CL_WORKER_PATH);
    Lab::Engine engine;
    const Lab::RunResultPtr r = LabTest::runToEnd(engine, c);
    if (!r || !r->error.isEmpty())
        return {u"the run failed: %1"_s.arg(r ? r->error : u"it did not end"_s)};
    QStringList texts(r->tasks.size());
    for (const Lab::TaskSpan& s : r->spans)
        texts[s.task] = s.text;
    return texts;
}

} // namespace

class TestStrategies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void everyCombination_data() { LabTest::addEveryCombination(); }
    void everyCombination()
    {
        QFETCH(Workload, workload);
        QFETCH(Strategy, strategy);
        QTemporaryDir dir;
        Lab::RunConfig c = LabTest::config(workload, strategy, 4, 100);
        c.outDir = dir.filePath(u"logs"_s);
        Lab::Engine engine;
        const Lab::RunResultPtr r = LabTest::runToEnd(engine, c);
        QVERIFY(r);
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        QVERIFY(!r->cancelled);
        QCOMPARE(int(r->spans.size()), 4);
        for (const Lab::TaskSpan& s : r->spans) {
            QCOMPARE(s.status, Lab::TaskStatus::Ok);
            QVERIFY(s.startNs >= 0 && s.endNs >= s.startNs && s.endNs <= r->wallNs);
            const Lab::TaskSpec& task = r->tasks.at(s.task);
            switch (workload) {
            case Workload::Weather:
                QCOMPARE(s.text, task.label + u": 25°C"_s);
                QVERIFY2(s.endNs - s.startNs >= 100'000'000, "a fetch waits its whole delay");
                break;
            case Workload::Logs: {
                QFile file(task.filePath);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(task.filePath));
                QCOMPARE(file.readAll().count('\n'), Lab::linesPerLogFile);
                break;
            }
            case Workload::Squares:
                QCOMPARE(s.text, Lab::toDecimal(Lab::sumOfSquaresClosedForm(quint64(task.n))));
                break;
            case Workload::Counter: // the mistakes labs' own: see tst_mistakes
            case Workload::Locks:
                QFAIL("not a custom experiment's workload");
            }
        }
        checkWorkers(*r, strategy);
        checkOverlap(*r, workload, strategy);
    }

    void cpuIsSampledDuringARun()
    {
        Lab::Engine engine;
        const auto r =
            LabTest::runToEnd(engine, LabTest::config(Workload::Weather, Strategy::Coroutines, 2, 400));
        QVERIFY(r);
        QVERIFY2(r->samples.size() >= 5, qPrintable(QString::number(r->samples.size())));
        for (const Lab::CpuSample& s : r->samples) {
            QCOMPARE(s.coresPct.size(), qsizetype(Lab::cpuCores()));
            QVERIFY(s.systemPct >= 0 && s.systemPct <= 100);
            QVERIFY(s.processPct >= 0);
        }
    }

    void computingInProcessesIsCountedAsWorkerCpu()
    {
        Lab::Engine engine;
        Lab::RunConfig c = LabTest::config(Workload::Squares, Strategy::Processes, 2);
        c.squaresN = {300'000'000, 300'000'000};
        const auto r = LabTest::runToEnd(engine, c);
        QVERIFY(r);
        // The workers computed; the app only waited for them.
        QVERIFY2(r->workersCpu.totalNs() > 3 * r->appCpu.totalNs(),
                 qPrintable(u"workers %1 ms, app %2 ms"_s.arg(r->workersCpu.totalNs() / 1e6)
                                .arg(r->appCpu.totalNs() / 1e6)));
    }

    void progressArrivesInBatches()
    {
        Lab::Engine engine;
        QSignalSpy progress(&engine, &Lab::Engine::progress);
        const auto r =
            LabTest::runToEnd(engine, LabTest::config(Workload::Weather, Strategy::Coroutines, 5000, 300));
        QVERIFY(r);
        int events = 0;
        for (const auto& args : progress)
            events += int(args.at(0).value<Lab::RunProgress>().events.size());
        QCOMPARE(events, 2 * 5000); // each task started and finished, none lost
        // Coalesced: far fewer deliveries than events, about 30 a second at most.
        const double seconds = double(r->wallNs) / 1e9;
        QVERIFY2(progress.size() <= int(seconds * 30) + 3, qPrintable(QString::number(progress.size())));
    }

    // A worker process makes its texts itself: in the app's language, as the app's threads do.
    void processesSpeakTheAppsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Workload>("workload");
        for (const QString& language : {Lab::english, Lab::thai}) {
            for (Workload w : Lab::allWorkloads)
                QTest::newRow(qPrintable(language + u" × "_s + Lab::workloadId(w))) << language << w;
        }
    }
    void processesSpeakTheAppsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(Workload, workload);
        const auto restore = qScopeGuard([] { Lab::installTranslation(Lab::english); });
        Lab::installTranslation(language); // false here only for Qt's own strings, which the window has
        const QStringList threads = resultTexts(workload, Strategy::Threads);
        QCOMPARE(resultTexts(workload, Strategy::Processes), threads);
        // So that the comparison means something: English has its plurals, Thai no English words.
        const QString untranslated = language == Lab::thai ? u"line"_s : u"line(s)"_s;
        if (workload == Workload::Logs)
            QVERIFY2(!threads.join(u' ').contains(untranslated), qPrintable(threads.join(u' ')));
    }

private:
    static void checkWorkers(const Lab::RunResult& r, Strategy strategy)
    {
        const QSet<QString> names = workerNames(r);
        QSet<qint64> tids;
        QSet<qint64> pids;
        for (const auto& w : r.workers) {
            tids.insert(w.tid);
            pids.insert(w.pid);
        }
        switch (strategy) {
        case Strategy::Sequential:
            QCOMPARE(names, QSet<QString>{u"sequential"_s});
            break;
        case Strategy::Coroutines:
            QCOMPARE(names, QSet<QString>{u"event-loop"_s});
            QCOMPARE(r.workers.size(), 1);
            break;
        case Strategy::Threads:
            QCOMPARE(tids.size(), r.workers.size()); // each worker its own thread
            QCOMPARE(pids, QSet<qint64>{qint64(getpid())});
            QVERIFY(!tids.contains(qint64(gettid())));
            break;
        case Strategy::Processes:
            QCOMPARE(pids.size(), r.workers.size()); // each worker its own process
            QVERIFY(!pids.contains(qint64(getpid())));
            break;
        case Strategy::Cluster:
            QFAIL("the engine has no cluster");
        }
    }

    static void checkOverlap(const Lab::RunResult& r, Workload workload, Strategy strategy)
    {
        // Blocking work on the coroutines' single loop runs one after another, like sequential.
        const bool oneAtATime = strategy == Strategy::Sequential ||
                                (strategy == Strategy::Coroutines && workload != Workload::Weather);
        if (oneAtATime) {
            QVERIFY2(!anyOverlap(r), "spans of one-at-a-time work must not overlap");
        } else if (workload != Workload::Squares) {
            // Waits overlap; computing overlaps only when the machine has the cores, so not checked.
            QVERIFY2(anyOverlap(r), "concurrent waits must overlap");
            QVERIFY(workerNames(r).size() > 1 || strategy == Strategy::Coroutines);
        }
    }
};

QTEST_GUILESS_MAIN(TestStrategies)
#include "tst_strategies.moc"
