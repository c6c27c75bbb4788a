// Lab 7: a process pool fed tiny tasks. Handed one at a time, each task waits for the result of
// the one before (a round trip each); in batches, many go in one write and come back in one.
// In the engine and in CPython, on small sizes; the timing targets are scripts/check.sh's.
#include "chartspane.h"
#include "engine/engine.h"
#include "engine/session.h"
#include "experiment.h"
#include "mainwindow.h"
#include "measure/stallwatch.h"
#include "python/pythonexecutor.h"
#include "python/pythonruntime.h"
#include "report/jsonexport.h"
#include "report/narrative.h"
#include "testsupport.h"
#include "timelineview.h"
#include "wallclockchart.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace Lab;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lab::Variant)
Q_DECLARE_METATYPE(Lab::Runtime)

namespace {

constexpr int testTasks = 2000;
constexpr int testBatch = 100;

qint64 squaresBelow(qint64 n)
{
    return (n - 1) * n * (2 * n - 1) / 6;
}

int countIf(const RunResult& r, const std::function<bool(const TaskSpan&)>& pred)
{
    return int(std::count_if(r.spans.cbegin(), r.spans.cend(), pred));
}

bool hasTransfer(const TaskSpan& s)
{
    return std::any_of(s.states.cbegin(), s.states.cend(), [](const StateSlice& slice) {
        return slice.state == TaskState::Transfer && slice.endNs > slice.startNs;
    });
}

// One task, then its result, then the next: on every worker, a task is sent only once the one
// before it is back.
bool oneInFlightPerWorker(const RunResult& r)
{
    std::map<int, std::vector<const TaskSpan*>> byWorker;
    for (const TaskSpan& s : r.spans)
        byWorker[s.worker].push_back(&s);
    for (auto& [worker, spans] : byWorker) {
        std::sort(spans.begin(), spans.end(), [](auto* a, auto* b) { return a->sentNs < b->sentNs; });
        for (size_t i = 1; i < spans.size(); ++i) {
            if (spans[i]->sentNs < spans[i - 1]->returnedNs)
                return false;
        }
    }
    return true;
}

} // namespace

class Lab7Test : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { LabTest::failOnAnyWarning(); }
    void theLabRunsTheLessonsThreeWays();
    void theScriptIsToldTheWay();
    void theWaysHandOverAsTheySay_data();
    void theWaysHandOverAsTheySay();
    void aTasksEventIsReadOrRefused_data();
    void aTasksEventIsReadOrRefused();
    void theWindowTakesInAHundredThousandTasks_data();
    void theWindowTakesInAHundredThousandTasks();

private:
    RunConfig lab7(Variant variant, Runtime runtime) const;
    QList<RunConfig> lab7Runs(Runtime runtime) const;

    Python::Interpreter m_python;
    QTemporaryDir m_dir;
};

void Lab7Test::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const auto found = Python::findDefault();
    QVERIFY2(found, "no python3 on PATH"); // scripts/setup.sh installs it
    m_python = *found;
}

// The lab's own run of `variant`, cut down to testTasks tasks (batches of testBatch).
RunConfig Lab7Test::lab7(Variant variant, Runtime runtime) const
{
    const QList<RunConfig> runs = lab7Runs(runtime);
    RunConfig c = *std::find_if(runs.cbegin(), runs.cend(),
                                [variant](const RunConfig& r) { return r.variant == variant; });
    c.squaresN = QList<qint64>(testTasks, c.squaresN.first());
    if (variant == Variant::Batched)
        c.batchSize = testBatch;
    return c;
}

QList<RunConfig> Lab7Test::lab7Runs(Runtime runtime) const
{
    Experiment e;
    e.lab = 7;
    e.runtimes = {runtime};
    e.python = m_python;
    return experimentRuns(e, QStringLiteral(CL_APP_PATH), m_dir.path());
}

void Lab7Test::theLabRunsTheLessonsThreeWays()
{
    const Variant variants[] = {Variant::None, Variant::OnePerTask, Variant::Batched};
    const int batches[] = {0, 1, defaultTinyBatch};
    for (Runtime runtime : {Runtime::Cpp, Runtime::Python}) {
        const QList<RunConfig> runs = lab7Runs(runtime);
        QCOMPARE(runs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const RunConfig& r = runs.at(i);
            QCOMPARE(r.runtime, runtime);
            QCOMPARE(r.variant, variants[i]);
            QCOMPARE(r.batchSize, batches[i]);
            QCOMPARE(r.strategy, i == 0 ? Strategy::Sequential : Strategy::Processes);
            QCOMPARE(int(r.squaresN.size()), defaultTinyTasks); // "100,000 tiny computations"
            // CPython sums n ÷ 100 squares, each about 100 times slower.
            const qint64 n = tinySquaresN * defaultScale;
            QCOMPARE(r.squaresN.first(), runtime == Runtime::Cpp ? n : n / pythonScaleDivisor);
        }
    }
}

void Lab7Test::theScriptIsToldTheWay()
{
    const QStringList one =
        PythonExecutor::scriptArguments(lab7(Variant::OnePerTask, Runtime::Python), u"f"_s);
    QVERIFY2(one.join(u' ').contains(u"--variant one_per_task --batch 1"_s), qPrintable(one.join(u' ')));
    const QStringList batched =
        PythonExecutor::scriptArguments(lab7(Variant::Batched, Runtime::Python), u"f"_s);
    QVERIFY2(batched.join(u' ').contains(u"--variant batched --batch %1"_s.arg(testBatch)),
             qPrintable(batched.join(u' ')));
    QVERIFY(
        Python::labScript(lab7(Variant::Batched, Runtime::Python)).endsWith(u"07_tiny_tasks_in_a_pool.py"_s));
}

void Lab7Test::theWaysHandOverAsTheySay_data()
{
    QTest::addColumn<Variant>("variant");
    QTest::addColumn<Runtime>("runtime");
    for (Runtime runtime : {Runtime::Cpp, Runtime::Python}) {
        for (Variant variant : {Variant::OnePerTask, Variant::Batched}) {
            const QString name = variantId(variant) + u" × "_s + runtimeId(runtime);
            QTest::newRow(name.toUtf8().constData()) << variant << runtime;
        }
    }
}

void Lab7Test::theWaysHandOverAsTheySay()
{
    QFETCH(Variant, variant);
    QFETCH(Runtime, runtime);
    const RunConfig c = lab7(variant, runtime);
    Engine engine;
    const RunResultPtr r = LabTest::runToEnd(engine, c, 120'000);
    QVERIFY(r);
    QVERIFY2(r->allOk(), qPrintable(r->error));
    QCOMPARE(int(r->spans.size()), testTasks);
    const QString sum = QString::number(squaresBelow(c.squaresN.first()));
    QCOMPARE(countIf(*r, [&sum](const TaskSpan& s) { return s.text == sum; }), testTasks);
    QCOMPARE(countIf(*r, [](const TaskSpan& s) { return s.sentNs >= 0; }), testTasks);

    const int returned = countIf(*r, [](const TaskSpan& s) { return s.returnedNs >= 0; });
    std::set<qint64> writes; // the engine: tasks sent in one write share its time
    for (const TaskSpan& s : r->spans)
        writes.insert(s.sentNs);
    if (variant == Variant::OnePerTask) {
        QCOMPARE(returned, testTasks); // every result its own way back
        if (runtime == Runtime::Cpp) {
            QVERIFY(oneInFlightPerWorker(*r));
            QCOMPARE(int(writes.size()), testTasks);
        }
        QCOMPARE(countIf(*r, hasTransfer), testTasks);
    } else {
        const int batches = (testTasks + testBatch - 1) / testBatch;
        // A batch's results come back together: one way back for many.
        if (runtime == Runtime::Python)
            QCOMPARE(returned, batches);
        else
            QVERIFY2(returned <= testTasks / 10, qPrintable(QString::number(returned)));
        if (runtime == Runtime::Cpp) // a write of testBatch tasks each (the tail apart)
            QVERIFY2(int(writes.size()) <= batches + c.workers, qPrintable(QString::number(writes.size())));
    }
    const StateTotals t = r->stateTotals();
    QVERIFY(t[TaskState::Transfer] > 0);
    // Each task computed from its start to its end, as its worker said. CPython's are far too short
    // for the thread sampler, the script times them; but one that a busy machine stretched past a
    // look is told by the looks.
    qint64 ran = 0;
    for (const TaskSpan& s : r->spans)
        ran += s.endNs - s.startNs;
    if (runtime == Runtime::Cpp)
        QCOMPARE(t[TaskState::Running], ran);
    else
        QVERIFY2(t[TaskState::Running] <= ran && 2 * t[TaskState::Running] >= ran,
                 qPrintable(u"%1 of %2 ns"_s.arg(t[TaskState::Running]).arg(ran)));
    // Handing over one at a time costs more than the tiny task (by far: ~5× in the engine, ~100× in
    // CPython); a sanitized engine computes too slowly to tell.
    if (variant == Variant::OnePerTask && (runtime == Runtime::Python || !LabTest::sanitized))
        QVERIFY2(t[TaskState::Transfer] > t[TaskState::Running],
                 qPrintable(Narrative::mistakeLine(*r).value_or(QString())));
    QVERIFY(Narrative::mistakeLine(*r).value_or(QString()).contains(u"handing over"_s));

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(Export::writeSessionJson(json, {r}, {}));
    const QJsonObject run =
        QJsonDocument::fromJson(json.data()).object().value(u"runs"_s).toArray().at(0).toObject();
    QCOMPARE(run.value(u"variant"_s).toString(), variantId(variant));
}

void Lab7Test::aTasksEventIsReadOrRefused_data()
{
    QTest::addColumn<QString>("fields"); // in Python: T is the run's start, P the stand-in's pid
    QTest::addColumn<bool>("read");
    // Two tasks on one worker; lists of numbers are packed as the script packs them.
    const QString two = u"first=0, workers=[['process-1', P, P]], worker=[0, 0], submit_ns=[T, T], "
                        "start_ns=[T + 10, T + 30], end_ns=[T + 20, T + 40], returned_ns=[T + 30, -1], "
                        "results=['s0', 's1'], failed=[%1]"_s;
    QTest::newRow("two tasks") << two.arg(QString()) << true;
    QTest::newRow("one of them failed") << two.arg(u"1"_s) << true;
    QTest::newRow("a failure past the stretch") << two.arg(u"2"_s) << false;
    QTest::newRow("a task past the end")
        << QString(two.arg(QString())).replace(u"first=0"_s, u"first=1"_s) << false;
    QTest::newRow("a worker not in the table")
        << QString(two.arg(QString())).replace(u"worker=[0, 0]"_s, u"worker=[0, 1]"_s) << false;
    QTest::newRow("an end before its start")
        << QString(two.arg(QString())).replace(u"end_ns=[T + 20"_s, u"end_ns=[T + 5"_s) << false;
    QTest::newRow("a column too short")
        << QString(two.arg(QString())).replace(u"start_ns=[T + 10, T + 30]"_s, u"start_ns=[T + 10]"_s)
        << false;
    QTest::newRow("not base64")
        << QString(two.arg(QString())).replace(u"start_ns=[T + 10, T + 30]"_s, u"start_ns='%%%'"_s) << false;
    QTest::newRow("no results") << QString(two.arg(QString())).replace(u"results=['s0', 's1'], "_s, QString())
                                << false;
}

// A stand-in for CPython that says one "tasks" line between its run and its done.
void Lab7Test::aTasksEventIsReadOrRefused()
{
    QFETCH(QString, fields);
    QFETCH(bool, read);
    const QString fake = m_dir.filePath(u"python3-tasks"_s);
    QString code = uR"(#!@PYTHON@
import base64, json, os, time
from array import array
T, P = time.monotonic_ns(), os.getpid()
def packed(key, values):
    if not isinstance(values, list) or key in ("workers", "results", "failed"):
        return values
    return base64.b64encode(array("H" if key == "worker" else "q", values).tobytes()).decode()
print(json.dumps(dict(event="run", pid=P, gil=True, python="3", t_ns=T)), flush=True)
fields = dict(@FIELDS@)
print(json.dumps(dict(event="tasks", **{k: packed(k, v) for k, v in fields.items()})), flush=True)
print(json.dumps(dict(event="done", t_ns=T + 50)), flush=True)
)"_s;
    code.replace(u"@PYTHON@"_s, m_python.path).replace(u"@FIELDS@"_s, fields);
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(code.toUtf8()) > 0);
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);

    RunConfig c = lab7(Variant::OnePerTask, Runtime::Python);
    c.squaresN = {100, 100};
    c.python = fake;
    Engine engine;
    const RunResultPtr r = LabTest::runToEnd(engine, c);
    QVERIFY(r);
    if (!read) {
        QVERIFY2(r->error.contains(u"does not understand"_s), qPrintable(r->error));
        return;
    }
    QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
    QCOMPARE(r->spans.at(0).text, u"s0"_s);
    QCOMPARE(r->spans.at(1).text, u"s1"_s);
    QCOMPARE(r->spans.at(0).status, TaskStatus::Ok);
    QCOMPARE(r->spans.at(1).status, fields.contains(u"failed=[1]"_s) ? TaskStatus::Failed : TaskStatus::Ok);
    QCOMPARE(r->spans.at(1).startNs - r->spans.at(0).startNs, 20);
    QCOMPARE(r->spans.at(0).returnedNs - r->spans.at(0).endNs, 10);
    QCOMPARE(r->spans.at(1).returnedNs, -1); // came back with the one before
    QCOMPARE(r->workers.size(), 1);
    QVERIFY(r->workers.first().pid > 0);
}

void Lab7Test::theWindowTakesInAHundredThousandTasks_data()
{
    QTest::addColumn<Runtime>("runtime");
    QTest::newRow("the engine's three runs") << Runtime::Cpp;
    QTest::newRow("CPython's batches") << Runtime::Python; // told all at once, after the work
}

// The lab as the window runs it, the timeline in view: 100,000 tasks a run come in without
// keeping the GUI thread from its events, and the timeline paints them all quickly.
void Lab7Test::theWindowTakesInAHundredThousandTasks()
{
    QFETCH(Runtime, runtime);
    QList<RunConfig> runs = lab7Runs(runtime);
    if (runtime == Runtime::Python) // a one at a time of CPython takes ten seconds
        runs = {runs.last()};
    const int tasks = defaultTinyTasks / LabTest::timeFactor; // a sanitized engine is slower
    for (RunConfig& c : runs)
        c.squaresN.resize(tasks);
    MainWindow window(QStringLiteral(CL_APP_PATH));
    window.show();
    window.chartsPane()->setCurrentIndex(2); // the timeline
    Session* session = window.session();
    QSignalSpy finished(session, &Session::batchFinished);
    const StallWatch watchdog;
    QVERIFY(session->start(runs));
    QVERIFY(finished.wait(180'000));
    qInfo("longest GUI stall: %lld ms", watchdog.longestMs());
    // Generous: a busy machine keeps the GUI thread from its core a while; painting a timeline
    // of every task each time they came froze it for seconds.
    QVERIFY2(watchdog.longestMs() <= qint64(400) * LabTest::timeFactor,
             qPrintable(u"the GUI thread was blocked %1 ms"_s.arg(watchdog.longestMs())));
    for (const LiveRun& run : session->batch())
        QCOMPARE(int(run.spans.size()), tasks);
    // The bars of the pool tell what a task's hand-over cost; the one at a time has none.
    const QStringList labels = window.chartsPane()->wallClock()->barLabels();
    QCOMPARE(labels.size(), runs.size());
    for (int i = 0; i < runs.size(); ++i)
        QCOMPARE(labels.at(i).contains(u"handed over"_s), runs.at(i).strategy == Strategy::Processes);

    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QElapsedTimer timer;
    timer.start();
    window.chartsPane()->timeline()->render(painter, image.size());
    qInfo("the timeline of %lld runs painted in %lld ms", session->batch().size(), timer.elapsed());
    QVERIFY2(timer.elapsed() < qint64(1000) * LabTest::timeFactor,
             qPrintable(QString::number(timer.elapsed())));
    // To look at: LAB_CHART_SNAPSHOTS=folder.
    if (const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS"); !folder.isEmpty()) {
        const QString name = u"lab7-%1-"_s.arg(runtimeId(runtime));
        QVERIFY(image.save(QDir(folder).filePath(name + u"timeline.png"_s)));
        window.chartsPane()->setCurrentIndex(0);
        QVERIFY(window.grab().save(QDir(folder).filePath(name + u"window.png"_s)));
    }
}

QTEST_MAIN(Lab7Test)
#include "tst_lab7.moc"
