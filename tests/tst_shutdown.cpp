#include "engine/session.h"
#include "mainwindow.h"
#include "reliabilitysupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

#include <csignal>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;
using Reliability::appEnvironment;

// Ending in the middle: the window closed during a run, the app killed; no worker outlives either.
namespace {

// The state letter and the parent of a process, from /proc/<pid>/stat (fields after the last ')').
struct ProcState {
    char state = 0;
    qint64 ppid = 0;
};
std::optional<ProcState> procState(const QString& pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return std::nullopt;
    return ProcState{fields.at(0).at(0), fields.at(1).toLongLong()};
}

QList<qint64> liveChildrenOf(qint64 parent)
{
    QList<qint64> pids;
    for (const QString& pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto s = procState(pid);
        if (s && s->ppid == parent && s->state != 'Z')
            pids.append(pid.toLongLong());
    }
    return pids;
}

// Gone: no longer in /proc, or a corpse handed to init, which is all that is left to reap it.
bool gone(qint64 pid)
{
    const auto s = procState(QString::number(pid));
    return !s || (s->state == 'Z' && s->ppid == 1);
}

} // namespace

class TestShutdown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { Reliability::startTest(m_dir); }
    void cleanup() { QSettings().clear(); }

    // ---- Ending in the middle: the window closed, the app killed.

    void closingTheWindowDuringARun_data() { LabTest::addEveryCombination(); }
    void closingTheWindowDuringARun()
    {
        QFETCH(Workload, workload);
        QFETCH(Strategy, strategy);
        Lab::RunConfig c = LabTest::config(workload, strategy, 4, 30'000); // tasks far longer than the test
        c.squaresN = QList<qint64>(4, Lab::maxSquaresN);
        c.outDir = path(u"logs"_s);
        auto window = std::make_unique<Lab::MainWindow>(QStringLiteral(CL_APP_PATH));
        window->show();
        Lab::Session* session = window->session();
        QVERIFY(session->start({c}));
        const auto everyWorkerBusy = [session, &c] {
            const Lab::LiveRun& run = session->batch().at(0);
            const auto started = std::count_if(run.spans.begin(), run.spans.end(),
                                               [](const Lab::TaskSpan& s) { return s.worker >= 0; });
            return started >= c.workers && run.workers.size() >= c.workers;
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyWorkerBusy(), 10'000);
        QList<qint64> pids;
        for (const Lab::WorkerInfo& w : session->batch().at(0).workers) {
            if (w.kind == Lab::WorkerKind::Process)
                pids.append(w.pid);
        }
        QCOMPARE(pids.size(), strategy == Strategy::Processes ? c.workers : 0);

        QElapsedTimer clock;
        clock.start();
        window->close();
        window.reset();
        const qint64 tookMs = clock.elapsed();
        qInfo("closed and destroyed in %lld ms", tookMs);
        QVERIFY2(tookMs < 2000, qPrintable(QString::number(tookMs)));
        for (qint64 pid : pids) // reaped: a zombie would still answer
            QVERIFY2(::kill(pid_t(pid), 0) != 0, qPrintable(u"worker %1 outlived the window"_s.arg(pid)));
        QVERIFY(QDir(c.outDir).entryList(QDir::Files).isEmpty());
    }

    void killingTheAppEndsItsWorkers()
    {
        QProcess app;
        app.setProcessEnvironment(appEnvironment(m_dir->path()));
        app.start(QStringLiteral(CL_APP_PATH),
                  u"run --workload squares --strategy processes --workers 2 --tasks 4 --n 100000000000 "
                  u"--scale 1 --quiet"_s.split(u' '));
        QVERIFY(app.waitForStarted());
        const qint64 appPid = app.processId();
        QTRY_COMPARE_WITH_TIMEOUT(liveChildrenOf(appPid).size(), 2, 10'000);
        const QList<qint64> workers = liveChildrenOf(appPid);
        // Whatever happens below, nothing is left to burn a core: the workers are our grandchildren.
        const auto reap = qScopeGuard([&app, &workers] {
            app.kill();
            app.waitForFinished(1000);
            for (qint64 pid : workers)
                ::kill(pid_t(pid), SIGKILL);
        });

        QElapsedTimer clock;
        clock.start();
        app.kill(); // SIGKILL: no handler of the app's runs
        QVERIFY(app.waitForFinished(5000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(workers.begin(), workers.end(), gone), 2000);
        const auto zombies = std::count_if(workers.begin(), workers.end(), [](qint64 pid) {
            return procState(QString::number(pid)).has_value();
        });
        qInfo("both workers gone %lld ms after SIGKILL (polled every 50 ms); %d left as zombies of init",
              clock.elapsed(), int(zombies));
    }

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestShutdown)
#include "tst_shutdown.moc"
