#include "report/jsonexport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 msNs = 1'000'000;

Lab::RunConfig weather(Lab::Strategy s)
{
    Lab::RunConfig c;
    c.workload = Lab::Workload::Weather;
    c.strategy = s;
    c.delayMs = 100;
    c.cities = Lab::defaultCities();
    return c;
}

Lab::TaskSpan span(int task, int worker, qint64 startNs, qint64 endNs, Lab::TaskStatus status, QString text)
{
    return {task, worker, startNs, endNs, status, std::move(text)};
}

// Weather one at a time: three tasks on one worker, times that are not whole milliseconds.
Lab::RunResultPtr sequentialRun()
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config = weather(Lab::Strategy::Sequential);
    r->tasks = Lab::makeTasks(r->config);
    r->workers = {{Lab::WorkerKind::Sequential, u"sequential"_s, 4242, 4243}};
    r->spans = {span(0, 0, 1'500'000, 101'250'000, Lab::TaskStatus::Ok, u"Bangkok: 25°C"_s),
                span(1, 0, 101'300'000, 201'900'000, Lab::TaskStatus::Ok, u"Tokyo: 25°C"_s),
                span(2, 0, 202'000'000, 302'123'456, Lab::TaskStatus::Ok, u"London: 25°C"_s)};
    r->samples = {{50'000'000, 3.5, 12.25, {10.0f, 14.5f}}, {100'000'000, 2.0, 8.0, {6.0f, 10.0f}}};
    r->startedUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    r->wallNs = 303'456'789;
    r->appCpu = {12'000'000, 3'000'000};
    return r;
}

// The same work on one event loop, guessed at 250 ms; London failed.
Lab::RunResultPtr coroutineRun()
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config = weather(Lab::Strategy::Coroutines);
    r->config.predictionMs = 250; // guessed before the run
    r->tasks = Lab::makeTasks(r->config);
    r->workers = {{Lab::WorkerKind::EventLoop, u"event-loop"_s, 4242, 4243}};
    r->spans = {span(0, 0, 1'000'000, 101'000'000, Lab::TaskStatus::Ok, u"Bangkok: 25°C"_s),
                span(1, 0, 1'100'000, 101'100'000, Lab::TaskStatus::Ok, u"Tokyo: 25°C"_s),
                span(2, 0, 1'200'000, 51'200'000, Lab::TaskStatus::Failed, u"network down"_s)};
    r->samples = {{50'000'000, 1.0, 5.0, {4.0f, 6.0f}}};
    r->wallNs = 101'150'000;
    r->appCpu = {2'000'000, 1'000'000};
    return r;
}

// Logs on two threads, with no sequential run to compare with; the last file never started.
Lab::RunResultPtr threadRun()
{
    auto r = std::make_shared<Lab::RunResult>();
    r->config.workload = Lab::Workload::Logs;
    r->config.strategy = Lab::Strategy::Threads;
    r->config.workers = 2;
    r->config.gil = true;
    r->config.taskCount = 4;
    r->config.delayMs = 100;
    r->config.outDir = u"/tmp/out/logs-threads"_s;
    r->tasks = Lab::makeTasks(r->config);
    r->workers = {{Lab::WorkerKind::Thread, u"thread-1"_s, 4242, 5001},
                  {Lab::WorkerKind::Thread, u"thread-2"_s, 4242, 5002}};
    r->spans = {span(0, 0, 0, 100'000'000, Lab::TaskStatus::Ok, u"log_0.txt: 10 lines"_s),
                span(1, 1, 0, 100'000'000, Lab::TaskStatus::Ok, u"log_1.txt: 10 lines"_s),
                span(2, 0, 100'000'000, 200'000'000, Lab::TaskStatus::Ok, u"log_2.txt: 10 lines"_s),
                span(3, -1, -1, -1, Lab::TaskStatus::NotStarted, {})};
    r->wallNs = 200'500'000;
    r->appCpu = {1'000'000, 4'000'000};
    r->workersCpu = {500'000, 250'000};
    return r;
}

QList<Lab::RunResultPtr> session()
{
    return {sequentialRun(), coroutineRun(), threadRun()};
}

Lab::MachineInfo machine()
{
    return {8, u"Test CPU @ 3 GHz"_s, u"Debian GNU/Linux 12"_s, u"6.4.2"_s, u"0.1.0"_s};
}

// The session's JSON as the file gets it, in memory.
QByteArray sessionJson()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Lab::Export::writeSessionJson(buffer, session(), machine());
    return buffer.data();
}

QJsonObject exported()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(sessionJson(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "the JSON does not parse:" << error.errorString() << "at" << error.offset;
    return doc.object();
}

QJsonObject exportedRun(int index)
{
    return exported().value(u"runs"_s).toArray().at(index).toObject();
}

QJsonObject exportedTask(int run, int task)
{
    return exportedRun(run).value(u"tasks"_s).toArray().at(task).toObject();
}

QJsonValue ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

class TestJsonExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void topLevel();
    void runHasField_data();
    void runHasField();
    void runValues_data();
    void runValues();
    void speedup_data();
    void speedup();
    void prediction_data();
    void prediction();
    void taskHasField_data();
    void taskHasField();
    void taskValues_data();
    void taskValues();
    void sameWorkerSameName();
    void cpuSamples();
    void jsonBytesParse();
    void csv_data();
    void csv();
    void aFailedWriteStopsTheStream();
};

void TestJsonExport::topLevel()
{
    const QJsonObject o = exported();
    QCOMPARE(o.value(u"schema"_s).toString(), u"concurrency-lab/runs@2"_s);
    const QJsonObject m = o.value(u"machine"_s).toObject();
    QCOMPARE(m.value(u"cores"_s).toInt(-1), 8);
    QCOMPARE(m.value(u"cpu_model"_s).toString(), u"Test CPU @ 3 GHz"_s);
    QCOMPARE(m.value(u"os"_s).toString(), u"Debian GNU/Linux 12"_s);
    QCOMPARE(m.value(u"qt"_s).toString(), u"6.4.2"_s);
    QVERIFY(o.value(u"runs"_s).isArray());
    QCOMPARE(o.value(u"runs"_s).toArray().size(), 3);
}

void TestJsonExport::runHasField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("type"); // QJsonValue::Type

    QTest::newRow("workload") << u"workload"_s << int(QJsonValue::String);
    QTest::newRow("strategy") << u"strategy"_s << int(QJsonValue::String);
    QTest::newRow("runtime") << u"runtime"_s << int(QJsonValue::String);
    QTest::newRow("start_up_ms") << u"start_up_ms"_s << int(QJsonValue::Double);
    QTest::newRow("workers") << u"workers"_s << int(QJsonValue::Double);
    QTest::newRow("gil") << u"gil"_s << int(QJsonValue::Bool);
    QTest::newRow("wall_ms") << u"wall_ms"_s << int(QJsonValue::Double);
    QTest::newRow("cpu_ms") << u"cpu_ms"_s << int(QJsonValue::Object);
    QTest::newRow("cancelled") << u"cancelled"_s << int(QJsonValue::Bool);
    QTest::newRow("ideal_speedup") << u"ideal_speedup"_s << int(QJsonValue::Double);
    QTest::newRow("tasks") << u"tasks"_s << int(QJsonValue::Array);
    QTest::newRow("cpu_samples") << u"cpu_samples"_s << int(QJsonValue::Array);
}

void TestJsonExport::runHasField()
{
    QFETCH(QString, field);
    QFETCH(int, type);
    const QJsonArray runs = exported().value(u"runs"_s).toArray();
    for (const QJsonValue& run : runs)
        QCOMPARE(int(run.toObject().value(field).type()), type);
}

void TestJsonExport::runValues_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<Lab::RunResultPtr>("run");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("strategy");

    const QList<Lab::RunResultPtr> runs = session();
    QTest::newRow("weather sequential") << 0 << runs.at(0) << u"weather"_s << u"sequential"_s;
    QTest::newRow("weather coroutines") << 1 << runs.at(1) << u"weather"_s << u"coroutines"_s;
    QTest::newRow("logs threads") << 2 << runs.at(2) << u"logs"_s << u"threads"_s;
}

void TestJsonExport::runValues()
{
    QFETCH(int, index);
    QFETCH(Lab::RunResultPtr, run);
    QFETCH(QString, workload);
    QFETCH(QString, strategy);

    const QJsonObject o = exportedRun(index);
    QCOMPARE(o.value(u"workload"_s).toString(), workload);
    QCOMPARE(o.value(u"strategy"_s).toString(), strategy);
    QCOMPARE(o.value(u"runtime"_s).toString(), u"cpp"_s);
    QVERIFY(o.value(u"interpreter"_s).isNull());
    QCOMPARE(o.value(u"workers"_s).toInt(-1), run->config.workers);
    QCOMPARE(o.value(u"gil"_s).toBool(!run->config.gil), run->config.gil);
    QCOMPARE(o.value(u"wall_ms"_s), ms(run->wallNs));
    QCOMPARE(o.value(u"cancelled"_s).toBool(true), false);
    const QJsonObject cpu = o.value(u"cpu_ms"_s).toObject();
    QCOMPARE(cpu.value(u"user"_s), ms(run->appCpu.userNs + run->workersCpu.userNs));
    QCOMPARE(cpu.value(u"system"_s), ms(run->appCpu.systemNs + run->workersCpu.systemNs));
    QCOMPARE(o.value(u"tasks"_s).toArray().size(), qsizetype(run->spans.size()));
    QCOMPARE(o.value(u"cpu_samples"_s).toArray().size(), run->samples.size());
}

void TestJsonExport::speedup_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QJsonValue>("expected");

    const QList<Lab::RunResultPtr> runs = session();
    QTest::newRow("sequential itself") << 0 << QJsonValue(1.0);
    QTest::newRow("coroutines against sequential")
        << 1 << QJsonValue(double(runs.at(0)->wallNs) / double(runs.at(1)->wallNs));
    QTest::newRow("no sequential peer") << 2 << QJsonValue(QJsonValue::Null);
}

void TestJsonExport::speedup()
{
    QFETCH(int, index);
    QFETCH(QJsonValue, expected);
    const QJsonObject run = exportedRun(index);
    QVERIFY(run.contains(u"speedup_vs_sequential"_s));
    QCOMPARE(run.value(u"speedup_vs_sequential"_s), expected);
}

void TestJsonExport::prediction_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("no guess") << 0 << QJsonValue(QJsonValue::Null);
    QTest::newRow("guessed 0.25 s") << 1 << QJsonValue(250.0);
}

void TestJsonExport::prediction()
{
    QFETCH(int, index);
    QFETCH(QJsonValue, expected);
    const QJsonObject run = exportedRun(index);
    QVERIFY(run.contains(u"prediction_ms"_s));
    QCOMPARE(run.value(u"prediction_ms"_s), expected);
}

void TestJsonExport::taskHasField_data()
{
    QTest::addColumn<QString>("field");
    for (const char* field :
         {"id", "label", "worker", "pid", "thread", "start_ms", "end_ms", "ok", "result", "error"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestJsonExport::taskHasField()
{
    QFETCH(QString, field);
    for (const QJsonValue& run : exported().value(u"runs"_s).toArray()) {
        for (const QJsonValue& task : run.toObject().value(u"tasks"_s).toArray())
            QVERIFY2(task.toObject().contains(field),
                     qPrintable(QString::fromUtf8(QJsonDocument(task.toObject()).toJson())));
    }
}

void TestJsonExport::taskValues_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<int>("task");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("ok, sequential") << 0 << 2
                                    << QJsonObject{{u"id"_s, 2},
                                                   {u"label"_s, u"London"_s},
                                                   {u"worker"_s, u"sequential"_s},
                                                   {u"pid"_s, 4242},
                                                   {u"thread"_s, 4243},
                                                   {u"start_ms"_s, ms(202'000'000)},
                                                   {u"end_ms"_s, ms(302'123'456)},
                                                   {u"ok"_s, true},
                                                   {u"result"_s, u"London: 25°C"_s},
                                                   {u"error"_s, null}};
    QTest::newRow("failed") << 1 << 2 << QJsonObject{{u"id"_s, 2},
                                                     {u"label"_s, u"London"_s},
                                                     {u"worker"_s, u"event-loop"_s},
                                                     {u"pid"_s, 4242},
                                                     {u"thread"_s, 4243},
                                                     {u"start_ms"_s, ms(1'200'000)},
                                                     {u"end_ms"_s, ms(51'200'000)},
                                                     {u"ok"_s, false},
                                                     {u"result"_s, null},
                                                     {u"error"_s, u"network down"_s}};
    QTest::newRow("ok, second thread") << 2 << 1
                                       << QJsonObject{{u"id"_s, 1},
                                                      {u"label"_s, u"log_1.txt"_s},
                                                      {u"worker"_s, u"thread-2"_s},
                                                      {u"pid"_s, 4242},
                                                      {u"thread"_s, 5002},
                                                      {u"start_ms"_s, 0.0},
                                                      {u"end_ms"_s, 100.0},
                                                      {u"ok"_s, true},
                                                      {u"result"_s, u"log_1.txt: 10 lines"_s},
                                                      {u"error"_s, null}};
    QTest::newRow("not started") << 2 << 3 << QJsonObject{{u"id"_s, 3},        {u"label"_s, u"log_3.txt"_s},
                                                          {u"worker"_s, null}, {u"pid"_s, null},
                                                          {u"thread"_s, null}, {u"start_ms"_s, null},
                                                          {u"end_ms"_s, null}, {u"ok"_s, false},
                                                          {u"result"_s, null}, {u"error"_s, null}};
}

void TestJsonExport::taskValues()
{
    QFETCH(int, run);
    QFETCH(int, task);
    QFETCH(QJsonObject, expected);

    const QJsonObject got = exportedTask(run, task);
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(u"%1: got %2"_s.arg(it.key(), QString::fromUtf8(QJsonDocument(got).toJson()))));
    }
}

void TestJsonExport::sameWorkerSameName()
{
    const QJsonArray tasks = exportedRun(2).value(u"tasks"_s).toArray();
    // Tasks 0 and 2 ran on the first thread, task 1 on the second.
    QCOMPARE(tasks.at(0).toObject().value(u"worker"_s), tasks.at(2).toObject().value(u"worker"_s));
    QCOMPARE(tasks.at(0).toObject().value(u"thread"_s), tasks.at(2).toObject().value(u"thread"_s));
    QVERIFY(tasks.at(0).toObject().value(u"worker"_s) != tasks.at(1).toObject().value(u"worker"_s));

    const QJsonArray loop = exportedRun(1).value(u"tasks"_s).toArray();
    for (const QJsonValue& t : loop)
        QCOMPARE(t.toObject().value(u"worker"_s).toString(), u"event-loop"_s);
}

void TestJsonExport::cpuSamples()
{
    const QJsonArray samples = exportedRun(0).value(u"cpu_samples"_s).toArray();
    const Lab::RunResultPtr run = sequentialRun();
    QCOMPARE(samples.size(), run->samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject s = samples.at(i).toObject();
        const Lab::CpuSample& want = run->samples.at(i);
        QCOMPARE(s.value(u"t_ms"_s), ms(want.tNs));
        QCOMPARE(s.value(u"process_pct"_s).toDouble(-1), want.processPct);
        QCOMPARE(s.value(u"system_pct"_s).toDouble(-1), want.systemPct);
        const QJsonArray cores = s.value(u"cores_pct"_s).toArray();
        QCOMPARE(cores.size(), want.coresPct.size());
        for (qsizetype c = 0; c < cores.size(); ++c)
            QCOMPARE(cores.at(c).toDouble(-1), double(want.coresPct.at(c)));
    }
}

// Streamed: every worker, every task and every CPU sample is one line that parses alone.
void TestJsonExport::jsonBytesParse()
{
    const QByteArray json = sessionJson();
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    qsizetype items = 0;
    for (QByteArray line : json.split('\n')) {
        if (!line.startsWith("        {"))
            continue;
        if (line.endsWith(','))
            line.chop(1);
        QVERIFY2(QJsonDocument::fromJson(line, &error).isObject(), line.constData());
        ++items;
    }
    qsizetype expected = 0;
    for (const auto& run : session())
        expected += qsizetype(run->workers.size() + run->spans.size() + run->samples.size());
    QCOMPARE(items, expected);
}

// A device that takes `capacity` bytes, then fails every write, and counts the writes it refused.
class FullDevice final : public QIODevice {
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    int refused = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (size > m_capacity) {
            ++refused;
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_capacity -= size;
        return size;
    }

private:
    qint64 m_capacity;
};

// A full disk in the middle of a run's tasks: the export says so and stops serialising.
void TestJsonExport::aFailedWriteStopsTheStream()
{
    const qsizetype whole = sessionJson().size();
    for (qint64 capacity : {qint64(0), qint64(10), qint64(whole / 2), qint64(whole - 1)}) {
        FullDevice device(capacity);
        QVERIFY2(!Lab::Export::writeSessionJson(device, session(), machine()),
                 qPrintable(QString::number(capacity)));
        QCOMPARE(device.refused, 1);
    }
    FullDevice roomy(whole);
    QVERIFY(Lab::Export::writeSessionJson(roomy, session(), machine()));
    QCOMPARE(roomy.refused, 0);
}

void TestJsonExport::csv_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("C locale") << QLocale::c();
    // A decimal comma must not split a number into two cells.
    QTest::newRow("German locale") << QLocale(QLocale::German, QLocale::Germany);
}

void TestJsonExport::csv()
{
    QFETCH(QLocale, locale);
    const QLocale before;
    QLocale::setDefault(locale);
    const QByteArray csv = Lab::Export::sessionCsv(session());
    QLocale::setDefault(before);

    QVERIFY(csv.endsWith('\n'));
    const QList<QByteArray> lines = csv.chopped(1).split('\n');
    QCOMPARE(lines.size(), 1 + 3);
    QVERIFY2(lines.at(0).startsWith("runtime,workload,strategy,"), lines.at(0).constData());
    const qsizetype columns = lines.at(0).count(',') + 1;
    QVERIFY(columns >= 5);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).count(',') + 1 == columns, lines.at(i).constData());
    QVERIFY(lines.at(1).startsWith("cpp,weather,sequential,"));
    QVERIFY(lines.at(2).startsWith("cpp,weather,coroutines,"));
    QVERIFY(lines.at(3).startsWith("cpp,logs,threads,"));
    QVERIFY2(lines.at(1).contains(",303.457,"), lines.at(1).constData()); // wall_ms with 3 decimals
    // The guess: empty without one, whole milliseconds with one. The rounds of repeats: 0, none a warm-up.
    const QList<QByteArray> header = lines.at(0).split(',');
    const auto field = [&](int line, const char* name) {
        return lines.at(line).split(',').value(header.indexOf(name));
    };
    QCOMPARE(field(1, "prediction_ms"), QByteArray());
    QCOMPARE(field(2, "prediction_ms"), QByteArray("250"));
    QCOMPARE(field(2, "repeat"), QByteArray("0"));
    QCOMPARE(field(2, "warmup"), QByteArray("false"));
    QVERIFY(header.contains("disturbed"));
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
