// Lab 9 through the app: the cluster strategy's CPython runs on a real Dask LocalCluster (all on
// 127.0.0.1), read into lanes per Dask worker, the cluster's start-up told apart, its processes gone
// with the run; an address nobody answers at fails the run within 10 s, naming it.
#include "engine/engine.h"
#include "experiment.h"
#include "python/pythonruntime.h"
#include "report/narrative.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Lab;
using namespace Qt::StringLiterals;

namespace {

qint64 squaresBelow(qint64 n)
{
    return (n - 1) * n * (2 * n - 1) / 6;
}

} // namespace

class TestCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto found = Python::findWithDask();
        if (!found)
            QSKIP("no Python here has Dask distributed (python3-distributed); scripts/setup.sh installs it");
        m_python = *found;
    }
    void init() { LabTest::failOnAnyWarning(); }

    // Lab 9's runs are CPython's whatever the runtimes: one at a time, the pool, the cluster.
    void labNineRunsInCPython()
    {
        Experiment e;
        e.lab = clusterLab;
        e.python = m_python;
        const QList<RunConfig> runs = experimentRuns(e, QStringLiteral(CL_APP_PATH), m_out.path());
        QCOMPARE(runs.size(), 3);
        for (const RunConfig& r : runs) {
            QCOMPARE(r.runtime, Runtime::Python);
            QCOMPARE(r.python, m_python.path);
        }
        QCOMPARE(runs.last().strategy, Strategy::Cluster);
        e.runtimes = {Runtime::Cpp, Runtime::Python}; // both: the engine's two beside CPython's three
        QCOMPARE(experimentRuns(e, QStringLiteral(CL_APP_PATH), m_out.path()).size(), 5);
    }

    void theClusterRunsEveryTaskOnItsWorkers()
    {
        const RunResultPtr r = run(clusterRun());
        QVERIFY(r);
        QVERIFY2(r->allOk(), qPrintable(r->error));
        for (std::size_t i = 0; i < r->spans.size(); ++i)
            QCOMPARE(r->spans[i].text.toLongLong(), squaresBelow(r->tasks.at(qsizetype(i)).n));
        QVERIFY(r->cluster);
        QVERIFY(r->cluster->local);
        QCOMPARE(r->cluster->workers, 2);
        QCOMPARE(r->cluster->remoteWorkers, 0);
        QVERIFY(r->cluster->scheduler.startsWith(u"tcp://127.0.0.1:"_s));
        QVERIFY(r->cluster->startUpNs > 0);
        // Started and connected before the work: not in the wall time, in the start-up.
        QVERIFY(r->startUpNs >= r->cluster->startUpNs + r->cluster->connectNs);
        QSet<QString> lanes;
        for (const TaskSpan& span : r->spans) {
            const WorkerInfo& worker = r->workers.at(span.worker);
            QVERIFY2(worker.name.startsWith(u"tcp://127.0.0.1:"_s), qPrintable(worker.name));
            QVERIFY(worker.pid > 0);
            lanes.insert(worker.name);
            // Handed over and back through the scheduler: both ends of the trip are known.
            QVERIFY(span.sentNs >= 0 && span.sentNs <= span.startNs);
            QVERIFY(span.returnedNs >= span.endNs);
        }
        QCOMPARE(lanes.size(), 2);
        const QString told = Narrative::total(*r, std::nullopt, 0);
        QVERIFY2(told.contains(u"to start the Dask cluster"_s), qPrintable(told));
        // The script's group, its LocalCluster's nannies and workers among it, is gone with the run.
        for (const WorkerInfo& worker : r->workers)
            QVERIFY(!LabTest::isRunning(worker.pid));
    }

    void anUnreachableSchedulerIsNamedWithinTenSeconds()
    {
        QTcpServer port; // a port nobody listens at once it is closed
        QVERIFY(port.listen(QHostAddress::LocalHost));
        const QString address = u"tcp://127.0.0.1:%1"_s.arg(port.serverPort());
        port.close();
        RunConfig c = clusterRun();
        c.scheduler = address;
        QElapsedTimer clock;
        clock.start();
        const RunResultPtr r = run(c);
        QVERIFY(r);
        QVERIFY(clock.elapsed() < 10'000 * LabTest::timeFactor);
        QVERIFY(!r->allOk());
        QVERIFY2(r->error.contains(address), qPrintable(r->error));
    }

private:
    RunConfig clusterRun() const
    {
        RunConfig c = LabTest::config(Workload::Squares, Strategy::Cluster, 4);
        c.workers = 2;
        c.runtime = Runtime::Python;
        c.python = m_python.path;
        c.gil = true;
        c.squaresN = {300'000, 300'000, 300'000, 300'000};
        c.outDir = m_out.filePath(u"cluster"_s);
        return c;
    }
    static RunResultPtr run(const RunConfig& c)
    {
        Engine engine;
        return LabTest::runToEnd(engine, c, 120'000);
    }

    Python::Interpreter m_python;
    QTemporaryDir m_out;
};

QTEST_MAIN(TestCluster)
#include "tst_cluster.moc"
