#include "cliargs.h"
#include "experiment.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Lab::Strategy;

namespace {

const QString app = QStringLiteral(CL_APP_PATH);

// A scratch folder holding an empty default out base, a regular file and a folder; "{tmp}" in an
// argument stands for its path.
class Scratch {
public:
    Scratch()
    {
        QDir(m_dir.path()).mkdir(u"base"_s);
        QDir(m_dir.path()).mkdir(u"dir"_s);
        QFile file(path(u"file"_s));
        if (file.open(QIODevice::WriteOnly))
            file.write("not a folder");
    }
    bool isValid() const { return m_dir.isValid() && QFileInfo(path(u"file"_s)).isFile(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString base() const { return path(u"base"_s); }
    QStringList expand(const QStringList& args) const
    {
        QStringList out;
        for (const QString& a : args)
            out.append(QString(a).replace(u"{tmp}"_s, m_dir.path()));
        return out;
    }
    Lab::CliParse parse(const QStringList& args) const
    {
        return Lab::parseRunArguments(expand(args), app, base());
    }
    // Everything in the folder, hidden files included, as "name" or "folder/name".
    QStringList contents() const
    {
        QStringList all;
        const QDir root(m_dir.path());
        for (const QString& name : root.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            all.append(name);
            if (QFileInfo(root.filePath(name)).isDir()) {
                for (const QString& inner :
                     QDir(root.filePath(name))
                         .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                    all.append(name + u'/' + inner);
            }
        }
        return all;
    }

private:
    QTemporaryDir m_dir;
};

// The value stands alone in the message, not as part of a longer number ("0" in "1,000,000").
bool mentions(const QString& message, const QString& value)
{
    const QRegularExpression re(u"(?<![\\w.,])"_s + QRegularExpression::escape(value) + u"(?![\\w.,])"_s);
    return re.match(message).hasMatch();
}

QString id(const Lab::RunConfig& c);

// What `run --lab all` runs, in order: every lab's runs, each shared baseline once.
QStringList allLabs()
{
    const QString pool =
        u"squares/processes:"_s +
        QString::number(std::min(Lab::cpuCores(), Lab::maxWorkers(Lab::Strategy::Processes)));
    return {u"weather/sequential:1"_s,
            u"logs/sequential:1"_s,
            u"weather/coroutines:1"_s,
            u"logs/threads:5"_s,
            u"squares/sequential:1"_s,
            pool,
            u"squares/threads:2"_s,
            u"squares/threads:2+gil"_s,
            u"weather/coroutines:1/blocking"_s,
            u"weather/coroutines:3/offloaded"_s,
            u"weather/coroutines:1/awaited"_s,
            u"counter/sequential:1"_s,
            u"counter/threads:2/unlocked"_s,
            u"counter/threads:2/locked"_s,
            u"counter/coroutines:1/coroutines"_s,
            u"counter/coroutines:1/await_between"_s,
            u"squares/sequential:1"_s,
            pool + u"/one_per_task"_s,
            pool + u"/batched"_s,
            u"locks/sequential:1"_s,
            u"locks/threads:2/opposite_order"_s,
            u"locks/threads:2/same_order"_s};
}

QString id(const Lab::RunConfig& c)
{
    return u"%1/%2:%3%4%5"_s.arg(Lab::workloadId(c.workload), Lab::strategyId(c.strategy))
        .arg(c.workers)
        .arg(c.gil ? u"+gil"_s : QString(),
             c.variant == Lab::Variant::None ? QString() : u"/"_s + Lab::variantId(c.variant));
}

QStringList ids(const QList<Lab::RunConfig>& runs)
{
    QStringList out;
    for (const Lab::RunConfig& c : runs)
        out.append(id(c));
    return out;
}

QList<qint64> seedTimes(qint64 k)
{
    QList<qint64> out;
    for (qint64 n : Lab::seedSquaresN)
        out.append(n * k);
    return out;
}

} // namespace

class TestCliArgs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void badInput_data();
    void badInput();
    void runsInOrder_data();
    void runsInOrder();
    void everyLabByDefault();
    void squaresScale_data();
    void squaresScale();
    void manyCoroutineTasks();
    void squaresWithGil();
    void chosenCities();
    void jsonToStandardOutput();
    void optionEqualsValue();
    void help();
    void pythonStartTimeout_data();
    void pythonStartTimeout();
    void runFolders_data();
    void runFolders();
    void predictions_data();
    void predictions();
};

void TestCliArgs::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentioned"); // option names and offending values

    const QString w = u"--workload"_s;
    auto row = [](const char* name, const QStringList& args, const QStringList& mentioned) {
        QTest::newRow(name) << args << mentioned;
    };
    row("unknown option", {u"--frobnicate"_s}, {u"--frobnicate"_s});
    row("unknown lab", {u"--lab"_s, u"10"_s}, {u"--lab"_s, u"10"_s});
    row("lab without a value", {u"--lab"_s}, {u"--lab"_s});
    row("unknown workload", {w, u"snow"_s}, {w, u"snow"_s});
    row("unknown strategy", {w, u"weather"_s, u"--strategy"_s, u"sequential,magic"_s},
        {u"--strategy"_s, u"magic"_s});
    row("tasks 0", {w, u"weather"_s, u"--tasks"_s, u"0"_s}, {u"--tasks"_s, u"0"_s});
    row("tasks negative", {w, u"weather"_s, u"--tasks"_s, u"-3"_s}, {u"--tasks"_s, u"-3"_s});
    row("tasks over the limit", {w, u"weather"_s, u"--tasks"_s, u"1000001"_s}, {u"--tasks"_s, u"1000001"_s});
    row("tasks not a number", {w, u"logs"_s, u"--tasks"_s, u"abc"_s}, {u"--tasks"_s, u"abc"_s});
    row("tasks in exponent form", {w, u"weather"_s, u"--tasks"_s, u"1e3"_s}, {u"--tasks"_s, u"1e3"_s});
    row("tasks NaN", {w, u"weather"_s, u"--tasks"_s, u"NaN"_s}, {u"--tasks"_s, u"NaN"_s});
    row("tasks beyond 64 bits", {w, u"weather"_s, u"--tasks"_s, u"99999999999999999999"_s},
        {u"--tasks"_s, u"99999999999999999999"_s});
    row("tasks with a fraction", {w, u"weather"_s, u"--tasks=2.5"_s}, {u"--tasks"_s, u"2.5"_s});
    row("delay negative", {w, u"weather"_s, u"--delay-ms"_s, u"-1"_s}, {u"--delay-ms"_s, u"-1"_s});
    row("delay over the limit", {w, u"logs"_s, u"--delay-ms"_s, u"600001"_s}, {u"--delay-ms"_s, u"600001"_s});
    row("workers 0", {w, u"squares"_s, u"--strategy"_s, u"threads"_s, u"--workers"_s, u"0"_s},
        {u"--workers"_s, u"0"_s});
    row("workers too many", {w, u"squares"_s, u"--strategy"_s, u"processes"_s, u"--workers"_s, u"100000"_s},
        {u"--workers"_s, u"100000"_s});
    row("workers not a number", {w, u"logs"_s, u"--workers"_s, u"abc"_s}, {u"--workers"_s, u"abc"_s});
    row("n 0", {w, u"squares"_s, u"--n"_s, u"0"_s}, {u"--n"_s, u"0"_s});
    row("n with a letter", {w, u"squares"_s, u"--n"_s, u"5,x"_s}, {u"--n"_s, u"x"_s});
    row("scale 0", {u"--scale"_s, u"0"_s}, {u"--scale"_s, u"0"_s});
    row("scale over the limit", {u"--lab"_s, u"3"_s, u"--scale"_s, u"1001"_s}, {u"--scale"_s, u"1001"_s});
    row("unknown language", {u"--lang"_s, u"fr"_s}, {u"--lang"_s, u"fr"_s});
    row("positional argument", {u"foo"_s}, {u"foo"_s});
    row("bare --", {u"--"_s}, {u"--"_s});
    row("option given twice", {w, u"weather"_s, u"--tasks"_s, u"3"_s, u"--tasks"_s, u"4"_s}, {u"--tasks"_s});
    row("flag with a value", {w, u"squares"_s, u"--gil=yes"_s}, {u"--gil"_s, u"yes"_s});
    row("empty city", {w, u"weather"_s, u"--cities"_s, u"Bangkok,,Tokyo"_s},
        {u"--cities"_s, u"Bangkok,,Tokyo"_s});
    row("n with weather", {w, u"weather"_s, u"--n"_s, u"5"_s}, {u"--n"_s});
    row("cities with squares", {w, u"squares"_s, u"--cities"_s, u"Bangkok"_s}, {u"--cities"_s});
    row("delay with squares", {w, u"squares"_s, u"--delay-ms"_s, u"10"_s}, {u"--delay-ms"_s});
    row("lab and workload", {u"--lab"_s, u"1"_s, w, u"weather"_s}, {u"--lab"_s, w});
    row("lab and tasks", {u"--lab"_s, u"1"_s, u"--tasks"_s, u"3"_s}, {u"--tasks"_s});
    row("out under a regular file", {u"--out"_s, u"{tmp}/file/sub"_s}, {u"--out"_s, u"{tmp}/file/sub"_s});
    row("out is a regular file", {u"--out"_s, u"{tmp}/file"_s}, {u"--out"_s, u"{tmp}/file"_s});
    row("out empty", {u"--out="_s}, {u"--out"_s});
    row("json is a folder", {u"--out"_s, u"{tmp}/out"_s, u"--json"_s, u"{tmp}/dir"_s},
        {u"--json"_s, u"{tmp}/dir"_s});
    row("json in a missing folder", {u"--out"_s, u"{tmp}/out"_s, u"--json"_s, u"{tmp}/missing/r.json"_s},
        {u"--json"_s, u"{tmp}/missing/r.json"_s});
    row("json under a regular file", {u"--out"_s, u"{tmp}/out"_s, u"--json"_s, u"{tmp}/file/r.json"_s},
        {u"--json"_s, u"{tmp}/file/r.json"_s});
    row("json empty", {u"--out"_s, u"{tmp}/out"_s, u"--json="_s}, {u"--json"_s});
    row("unknown runtime", {u"--runtime"_s, u"jython"_s}, {u"--runtime"_s, u"jython"_s});
    row("python with the engine alone", {u"--python"_s, u"/usr/bin/python3"_s}, {u"--python"_s});
    row("python that is not one", {u"--runtime"_s, u"python"_s, u"--python"_s, u"/bin/true"_s},
        {u"--python"_s, u"/bin/true"_s});
    row("python that does not exist", {u"--runtime"_s, u"both"_s, u"--python"_s, u"{tmp}/python9"_s},
        {u"--python"_s, u"{tmp}/python9"_s});
    const QString pst = u"--python-start-timeout"_s;
    row("python start timeout 0", {u"--runtime"_s, u"python"_s, pst, u"0"_s}, {pst, u"0"_s, u"3,600"_s});
    row("python start timeout over the limit", {u"--runtime"_s, u"both"_s, pst, u"3601"_s},
        {pst, u"3601"_s, u"3,600"_s});
    row("python start timeout not a number", {u"--runtime"_s, u"python"_s, pst, u"30s"_s}, {pst, u"30s"_s});
    row("python start timeout with the engine alone", {pst, u"5"_s}, {pst});
    const QStringList cluster{w, u"squares"_s, u"--strategy"_s, u"sequential,cluster"_s};
    row("a cluster in the engine", cluster + QStringList{u"--runtime"_s, u"cpp"_s},
        {u"--runtime"_s, u"cpp"_s, u"python"_s});
    row("lab 9 in the engine", {u"--lab"_s, u"9"_s, u"--runtime"_s, u"cpp"_s}, {u"--runtime"_s, u"cpp"_s});
    row("a scheduler without a cluster", {w, u"squares"_s, u"--scheduler"_s, u"tcp://127.0.0.1:8786"_s},
        {u"--scheduler"_s, u"cluster"_s});
    row("a scheduler that is not an address", cluster + QStringList{u"--scheduler"_s, u"localhost"_s},
        {u"--scheduler"_s, u"'localhost'"_s});
    row("a scheduler port out of range", cluster + QStringList{u"--scheduler"_s, u"tcp://127.0.0.1:70000"_s},
        {u"--scheduler"_s, u"tcp://127.0.0.1:70000"_s});
    row("trace to standard output", {u"--out"_s, u"{tmp}/out"_s, u"--trace"_s, u"-"_s}, {u"--trace"_s});
    const QString p = u"--predict"_s;
    const QStringList weather{w, u"weather"_s, u"--strategy"_s, u"sequential,coroutines"_s};
    row("guess not a number", weather + QStringList{p, u"coroutines=abc"_s}, {p, u"coroutines"_s, u"abc"_s});
    row("guess negative", weather + QStringList{p, u"coroutines=-1"_s}, {p, u"-1"_s});
    row("guess over a day", weather + QStringList{p, u"sequential=86400.5"_s},
        {p, u"86400.5"_s, u"86,400"_s});
    row("guess in exponent form", weather + QStringList{p, u"sequential=1e3"_s}, {p, u"1e3"_s});
    row("guess with 4 decimals", weather + QStringList{p, u"coroutines=1.2345"_s}, {p, u"1.2345"_s});
    row("guess with a unit", weather + QStringList{p, u"coroutines=6s"_s}, {p, u"6s"_s});
    row("guess of an unknown strategy", weather + QStringList{p, u"magic=3"_s},
        {p, u"magic=3"_s, u"cluster"_s});
    row("guess without seconds", weather + QStringList{p, u"coroutines"_s}, {p, u"coroutines"_s});
    row("guess empty", weather + QStringList{u"--predict="_s}, {p});
    row("guessed twice", weather + QStringList{p, u"coroutines=1,coroutines=2"_s}, {p, u"coroutines"_s});
    row("guess of a strategy that does not run", {u"--lab"_s, u"2"_s, p, u"processes=1"_s},
        {p, u"processes"_s, u"threads"_s});
    row("guess of a strategy left out", weather + QStringList{p, u"sequential=6,threads=2"_s},
        {p, u"threads"_s, u"sequential, coroutines"_s});
    row("trace is a folder", {u"--out"_s, u"{tmp}/out"_s, u"--trace"_s, u"{tmp}/dir"_s},
        {u"--trace"_s, u"{tmp}/dir"_s});
}

void TestCliArgs::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentioned);

    const Scratch scratch;
    QVERIFY(scratch.isValid());
    const QStringList before = scratch.contents();
    const Lab::CliParse parsed = scratch.parse(args);

    QVERIFY2(!parsed.ok(), qPrintable(scratch.expand(args).join(u' ')));
    QVERIFY(!parsed.error.contains(u'\n'));
    for (const QString& m : scratch.expand(mentioned)) {
        QVERIFY2(mentions(parsed.error, m), qPrintable(u"'%1' not in: %2"_s.arg(m, parsed.error)));
    }
    // Nothing written: no run folder, no probe left behind, no --out or --json made.
    QCOMPARE(scratch.contents(), before);
    QVERIFY(QDir(scratch.base()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QVERIFY(!QFileInfo::exists(scratch.path(u"out"_s)));
}

void TestCliArgs::runsInOrder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("runs"); // workload/strategy:workers

    const int threads = Lab::defaultWorkers(Lab::Strategy::Threads, 3);
    const int processes = Lab::defaultWorkers(Lab::Strategy::Processes, 3);
    const QStringList all{u"weather/sequential:1"_s, u"weather/coroutines:1"_s,
                          u"weather/threads:%1"_s.arg(threads), u"weather/processes:%1"_s.arg(processes)};
    QTest::newRow("every strategy by default") << QStringList{u"--workload"_s, u"weather"_s} << all;
    QTest::newRow("strategy all") << QStringList{u"--workload"_s, u"weather"_s, u"--strategy"_s, u"all"_s}
                                  << all;
    QTest::newRow("listed backwards") << QStringList{u"--workload"_s, u"weather"_s, u"--strategy"_s,
                                                     u"processes,threads,coroutines,sequential"_s}
                                      << all;
    QTest::newRow("listed twice") << QStringList{u"--workload"_s, u"weather"_s, u"--strategy"_s,
                                                 u"coroutines, sequential,coroutines"_s}
                                  << QStringList{u"weather/sequential:1"_s, u"weather/coroutines:1"_s};
    QTest::newRow("threads, then sequential")
        << QStringList{u"--workload"_s,         u"squares"_s,   u"--strategy"_s,
                       u"threads,sequential"_s, u"--workers"_s, u"2"_s}
        << QStringList{u"squares/sequential:1"_s, u"squares/threads:2"_s};
    QTest::newRow("lab 0") << QStringList{u"--lab"_s, u"0"_s}
                           << QStringList{u"weather/sequential:1"_s, u"logs/sequential:1"_s};
    QTest::newRow("lab 2") << QStringList{u"--lab"_s, u"2"_s}
                           << QStringList{u"logs/sequential:1"_s, u"logs/threads:5"_s};
    const QString pool =
        u"squares/processes:"_s +
        QString::number(std::min(Lab::cpuCores(), Lab::maxWorkers(Lab::Strategy::Processes)));
    QTest::newRow("lab 4") << QStringList{u"--lab"_s, u"4"_s}
                           << QStringList{u"squares/sequential:1"_s, u"squares/threads:2"_s,
                                          u"squares/threads:2+gil"_s, pool};
    const QString pool7 = pool + u"/"_s;
    QTest::newRow("lab 5") << QStringList{u"--lab"_s, u"5"_s}
                           << QStringList{u"weather/sequential:1"_s, u"weather/coroutines:1/blocking"_s,
                                          u"weather/coroutines:3/offloaded"_s,
                                          u"weather/coroutines:1/awaited"_s};
    QTest::newRow("lab 6") << QStringList{u"--lab"_s, u"6"_s}
                           << QStringList{u"counter/sequential:1"_s, u"counter/threads:2/unlocked"_s,
                                          u"counter/threads:2/locked"_s, u"counter/coroutines:1/coroutines"_s,
                                          u"counter/coroutines:1/await_between"_s};
    QTest::newRow("lab 7") << QStringList{u"--lab"_s, u"7"_s}
                           << QStringList{u"squares/sequential:1"_s, pool7 + u"one_per_task"_s,
                                          pool7 + u"batched"_s};
    QTest::newRow("lab 8") << QStringList{u"--lab"_s, u"8"_s}
                           << QStringList{u"locks/sequential:1"_s, u"locks/threads:2/opposite_order"_s,
                                          u"locks/threads:2/same_order"_s};
    // In CPython whatever --runtime is not given: a cluster is Dask's.
    QTest::newRow("lab 9") << QStringList{u"--lab"_s, u"9"_s}
                           << QStringList{u"squares/sequential:1+gil"_s, pool + u"+gil"_s,
                                          u"squares/cluster:"_s + pool.section(u':', 1) + u"+gil"_s};
    // Labs 1 and 2 share lab 0's baselines, lab 4 lab 3's, lab 5 lab 0's: each is run once; lab 9
    // only with CPython asked for.
    QTest::newRow("all") << QStringList{u"--lab"_s, u"all"_s} << allLabs();
}

void TestCliArgs::runsInOrder()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, runs);
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse(args);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(ids(parsed.options.runs), runs);
}

void TestCliArgs::everyLabByDefault()
{
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse({});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const QList<Lab::RunConfig>& runs = parsed.options.runs;
    QCOMPARE(ids(runs), allLabs());
    const QList<int> labs{0, 0, 1, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8};
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs.at(i).labNumber, labs.at(i));
        QCOMPARE(runs.at(i).workerProgram, app);
        QCOMPARE(runs.at(i).gil, i == 7); // lab 4's second threads run
    }
    // Labs 0 and 1: Bangkok, Tokyo and London, 2 s each (README).
    for (qsizetype i : {0, 2}) {
        QCOMPARE(runs.at(i).cities, (QStringList{u"Bangkok"_s, u"Tokyo"_s, u"London"_s}));
        QCOMPARE(runs.at(i).delayMs, 2000);
    }
    QCOMPARE(runs.at(1).taskCount, Lab::defaultLogFiles);
    QCOMPARE(runs.at(1).delayMs, Lab::defaultLogsDelayMs);
    QCOMPARE(runs.at(3).taskCount, Lab::defaultLogFiles);
    QCOMPARE(runs.at(4).squaresN, seedTimes(Lab::defaultScale));
    QCOMPARE(runs.at(5).squaresN, seedTimes(Lab::defaultScale));
    QCOMPARE(parsed.options.jsonPath, QString());
    QVERIFY(!parsed.options.help);
    // Parsing made no folder, not even the default one.
    QVERIFY(QDir(scratch.base()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestCliArgs::squaresScale_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<qint64>>("n");

    QTest::newRow("lab 3, scale 1") << QStringList{u"--lab"_s, u"3"_s, u"--scale"_s, u"1"_s}
                                    << QList<qint64>{8'000'000, 9'000'000, 10'000'000, 7'000'000};
    QTest::newRow("lab 3, default scale")
        << QStringList{u"--lab"_s, u"3"_s}
        << QList<qint64>{800'000'000, 900'000'000, 1'000'000'000, 700'000'000};
    QTest::newRow("lab 3, scale 1000")
        << QStringList{u"--lab"_s, u"3"_s, u"--scale=1000"_s}
        << QList<qint64>{8'000'000'000, 9'000'000'000, 10'000'000'000, 7'000'000'000};
    QTest::newRow("custom n, scale 3")
        << QStringList{u"--workload"_s, u"squares"_s, u"--strategy"_s, u"sequential"_s,
                       u"--n"_s,        u"5, 7"_s,    u"--scale"_s,    u"3"_s}
        << QList<qint64>{15, 21};
    QTest::newRow("tasks repeat the list")
        << QStringList{u"--workload"_s, u"squares"_s, u"--strategy"_s, u"sequential"_s,
                       u"--scale"_s,    u"1"_s,       u"--tasks"_s,    u"6"_s}
        << QList<qint64>{8'000'000, 9'000'000, 10'000'000, 7'000'000, 8'000'000, 9'000'000};
}

void TestCliArgs::squaresScale()
{
    QFETCH(QStringList, args);
    QFETCH(QList<qint64>, n);
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse(args);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(!parsed.options.runs.isEmpty());
    for (const Lab::RunConfig& run : parsed.options.runs) {
        QCOMPARE(run.workload, Lab::Workload::Squares);
        QCOMPARE(run.squaresN, n);
    }
}

void TestCliArgs::manyCoroutineTasks()
{
    const Scratch scratch;
    const Lab::CliParse parsed =
        scratch.parse({u"--workload"_s, u"weather"_s, u"--strategy"_s, u"coroutines"_s, u"--tasks"_s,
                       u"100000"_s, u"--delay-ms"_s, u"200"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.runs.size(), 1);
    const Lab::RunConfig& run = parsed.options.runs.at(0);
    QCOMPARE(run.strategy, Lab::Strategy::Coroutines);
    QCOMPARE(run.delayMs, 200);
    QCOMPARE(Lab::taskCountOf(run), 100'000);
    QCOMPARE(QSet<QString>(run.cities.begin(), run.cities.end()).size(), 100'000);
    for (const QString& city : run.cities)
        QVERIFY(!city.trimmed().isEmpty());
}

void TestCliArgs::squaresWithGil()
{
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse({u"--workload"_s, u"squares"_s, u"--strategy"_s,
                                                u"threads,sequential"_s, u"--gil"_s, u"--workers"_s, u"2"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.runs.size(), 2);
    const Lab::RunConfig& sequential = parsed.options.runs.at(0);
    const Lab::RunConfig& threads = parsed.options.runs.at(1);
    QCOMPARE(sequential.strategy, Lab::Strategy::Sequential);
    QCOMPARE(threads.strategy, Lab::Strategy::Threads);
    QVERIFY(threads.gil);
    QCOMPARE(threads.workers, 2);
    QCOMPARE(threads.squaresN, seedTimes(Lab::defaultScale));
    QVERIFY2(Lab::sameWork(sequential, threads), "the baseline must be comparable");
}

void TestCliArgs::chosenCities()
{
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse(
        {u"--workload"_s, u"weather"_s, u"--cities"_s, u"Chiang Mai, Phuket"_s, u"--delay-ms=0"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.runs.size(), 4);
    for (const Lab::RunConfig& run : parsed.options.runs) {
        QCOMPARE(run.cities, (QStringList{u"Chiang Mai"_s, u"Phuket"_s}));
        QCOMPARE(Lab::taskCountOf(run), 2);
        QCOMPARE(run.delayMs, 0);
    }
}

void TestCliArgs::jsonToStandardOutput()
{
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse({u"--lab"_s, u"1"_s, u"--json"_s, u"-"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.jsonPath, u"-"_s);
    QVERIFY(!QFileInfo::exists(u"-"_s));
}

void TestCliArgs::optionEqualsValue()
{
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse({u"--workload=logs"_s, u"--strategy=threads"_s, u"--tasks=3"_s,
                                                u"--delay-ms=50"_s, u"--workers=2"_s, u"--out={tmp}/out"_s,
                                                u"--json={tmp}/r.json"_s, u"--lang=th"_s, u"--quiet"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(ids(parsed.options.runs), QStringList{u"logs/threads:2"_s});
    const Lab::RunConfig& run = parsed.options.runs.at(0);
    QCOMPARE(run.taskCount, 3);
    QCOMPARE(run.delayMs, 50);
    QCOMPARE(parsed.options.outDir, scratch.path(u"out"_s));
    QCOMPARE(parsed.options.jsonPath, scratch.path(u"r.json"_s));
    QCOMPARE(parsed.options.language, u"th"_s);
    QVERIFY(parsed.options.quiet);
    QVERIFY(!QFileInfo::exists(scratch.path(u"out"_s)));
    QVERIFY(!QFileInfo::exists(scratch.path(u"r.json"_s)));
}

void TestCliArgs::help()
{
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse({u"--help"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.options.help);
    QVERIFY(Lab::runUsage().contains(u"--workload"_s));
}

void TestCliArgs::pythonStartTimeout_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("limitMs");
    QTest::newRow("default") << QStringList{} << 30'000;
    QTest::newRow("5 s") << QStringList{u"--python-start-timeout"_s, u"5"_s} << 5000;
    QTest::newRow("the most") << QStringList{u"--python-start-timeout=3600"_s} << 3'600'000;
}

void TestCliArgs::pythonStartTimeout()
{
    QFETCH(QStringList, args);
    QFETCH(int, limitMs);
    const Scratch scratch;
    const Lab::CliParse parsed =
        scratch.parse(QStringList{u"--lab"_s, u"1"_s, u"--runtime"_s, u"python"_s} + args);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.runs.size(), 2); // lab 1: its baseline and coroutines
    for (const Lab::RunConfig& run : parsed.options.runs) {
        QCOMPARE(run.runtime, Lab::Runtime::Python);
        QCOMPARE(run.pythonStartTimeoutMs, limitMs);
    }
    QVERIFY(Lab::runUsage().contains(u"--python-start-timeout"_s));
}

void TestCliArgs::runFolders_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("defaultBase");

    QTest::newRow("default base, every lab") << QStringList{} << true;
    QTest::newRow("--out, every strategy")
        << QStringList{u"--workload"_s, u"logs"_s, u"--out"_s, u"{tmp}/out"_s} << false;
    QTest::newRow("--out that exists")
        << QStringList{u"--lab"_s, u"2"_s, u"--out"_s, u"{tmp}/dir"_s} << false;
}

void TestCliArgs::runFolders()
{
    QFETCH(QStringList, args);
    QFETCH(bool, defaultBase);
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse(args);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));

    const QString out = parsed.options.outDir;
    if (defaultBase)
        QCOMPARE(QFileInfo(out).absolutePath(), scratch.base());
    else
        QCOMPARE(out, scratch.expand(args).at(args.indexOf(u"--out"_s) + 1));
    QSet<QString> seen;
    for (const Lab::RunConfig& run : parsed.options.runs) {
        QCOMPARE(QFileInfo(run.outDir).absolutePath(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(QFileInfo(run.outDir).fileName(),
                 u"%1%2-%3%4%5"_s.arg(
                     Lab::isMistakesLab(run.labNumber) ? u"lab%1-"_s.arg(run.labNumber) : QString(),
                     Lab::workloadId(run.workload), Lab::strategyId(run.strategy),
                     run.gil ? u"-gil"_s : QString(),
                     run.variant == Lab::Variant::None ? QString() : u"-"_s + Lab::variantId(run.variant)));
        seen.insert(run.outDir);
    }
    QCOMPARE(seen.size(), parsed.options.runs.size());
}

using Guesses = QMap<Lab::Strategy, qint64>;

void TestCliArgs::predictions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Guesses>("guesses"); // what every run of the strategy carries, in ms

    const QString p = u"--predict"_s;
    QTest::newRow("none") << QStringList{u"--lab"_s, u"1"_s} << Guesses{};
    QTest::newRow("lab 1, coroutines")
        << QStringList{u"--lab"_s, u"1"_s, p, u"coroutines=6"_s} << Guesses{{Strategy::Coroutines, 6000}};
    QTest::newRow("decimals and spaces")
        << QStringList{u"--workload"_s,
                       u"weather"_s,
                       u"--strategy"_s,
                       u"sequential,coroutines"_s,
                       p,
                       u"sequential=6.5, coroutines = 2.25"_s}
        << Guesses{{Strategy::Sequential, 6500}, {Strategy::Coroutines, 2250}};
    QTest::newRow("0 s, of one strategy of two") << QStringList{u"--workload"_s, u"logs"_s, u"--strategy"_s,
                                                                u"sequential,threads"_s, p + u"=threads=0"_s}
                                                 << Guesses{{Strategy::Threads, 0}};
    // A mistakes lab's guess is of its mistake, the first run of the strategy (see predictionOfTheMistake).
    QTest::newRow("every lab: each run of the strategy")
        << QStringList{p, u"sequential=6,processes=0.001"_s}
        << Guesses{{Strategy::Sequential, 6000}, {Strategy::Processes, 1}};
}

void TestCliArgs::predictions()
{
    QFETCH(QStringList, args);
    QFETCH(Guesses, guesses);
    const Scratch scratch;
    const Lab::CliParse parsed = scratch.parse(args);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(!parsed.options.runs.isEmpty());
    for (qsizetype i = 0; i < parsed.options.runs.size(); ++i) {
        const Lab::RunConfig& run = parsed.options.runs.at(i);
        const bool notTheMistake =
            run.variant != Lab::Variant::None &&
            std::any_of(parsed.options.runs.cbegin(), parsed.options.runs.cbegin() + i,
                        [&run](const Lab::RunConfig& o) {
                            return o.labNumber == run.labNumber && o.strategy == run.strategy;
                        });
        const auto expected = guesses.contains(run.strategy) && !notTheMistake
                                  ? std::optional(guesses.value(run.strategy))
                                  : std::nullopt;
        QCOMPARE(run.predictionMs, expected);
    }
    QVERIFY(Lab::runUsage().contains(u"--predict S=SEC"_s));
}

QTEST_GUILESS_MAIN(TestCliArgs)
#include "tst_cliargs.moc"
