#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Finished {
    bool ran = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

constexpr int timeoutMs = 30'000;

// Where the executable's standard output goes.
enum class Output { Captured, IntoHead, IntoAFullDisk };

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

QStringList nonEmptyLines(const QByteArray& bytes)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(bytes).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void badInput_data();
    void badInput();
    void unknownCommand();
    void everyStrategy();
    void jsonToStandardOutput();
    void logFiles();
    void bothRuntimesAndATrace();
    void guessesBesideTheResults();
    void quietStillSaysWhatFailed_data();
    void quietStillSaysWhatFailed();
    void aClosedOrFullStandardOutputLosesNothing_data();
    void aClosedOrFullStandardOutputLosesNothing();
    void aPythonThatNeverStartsIsStopped();
    void exportChartsWritesEveryChart();
    void exportChartsOfAnyExperiment();
    void help_data();
    void help();

private:
    // The executable with a home of its own under the scratch folder; "{tmp}" stands for that folder.
    // `env`: NAME=VALUE pairs added to the environment.
    Finished run(const QStringList& args, Output output = Output::Captured, const QStringList& env = {});
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    LabTest::failOnAnyWarning();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(u"home"_s));
    QFile file(path(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
}

Finished TestCli::run(const QStringList& args, Output output, const QStringList& extraEnv)
{
    QStringList expanded;
    for (const QString& a : args)
        expanded.append(QString(a).replace(u"{tmp}"_s, m_dir->path()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, path(u"home"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    // No display, as over SSH or in CI: help and refusals come before any window.
    for (const QString& name : {u"XDG_DATA_HOME"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s,
                                u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    for (const QString& pair : extraEnv)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));

    QProcess process;
    QProcess head; // `| head -n 2`: it reads two lines and goes, and the pipe is closed
    process.setProcessEnvironment(env);
    if (output == Output::IntoHead) {
        process.setStandardOutputProcess(&head);
        head.start(u"head"_s, {u"-n"_s, u"2"_s});
    } else if (output == Output::IntoAFullDisk) {
        process.setStandardOutputFile(u"/dev/full"_s);
    }
    process.start(QStringLiteral(CL_APP_PATH), expanded);
    Finished f;
    // A child process, not a sleep: returns as soon as it exits.
    f.ran = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!f.ran)
        process.kill();
    if (output == Output::IntoHead)
        head.waitForFinished(timeoutMs);
    f.exitCode = process.exitCode();
    f.out = process.readAllStandardOutput();
    f.err = process.readAllStandardError();
    return f;
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");

    const QStringList files{u"--out"_s, u"{tmp}/out"_s, u"--json"_s, u"{tmp}/r.json"_s};
    QTest::newRow("unknown option") << QStringList{u"run"_s, u"--frobnicate"_s} + files << u"--frobnicate"_s;
    QTest::newRow("tasks 0") << QStringList{u"run"_s, u"--workload"_s, u"weather"_s, u"--tasks"_s, u"0"_s} +
                                    files
                             << u"--tasks"_s;
    QTest::newRow("a lab's own workload")
        << QStringList{u"run"_s, u"--workload"_s, u"counter"_s} + files << u"counter"_s;
    QTest::newRow("lab 10") << QStringList{u"run"_s, u"--lab"_s, u"10"_s} + files << u"--lab"_s;
    QTest::newRow("workers abc") << QStringList{u"run"_s, u"--workload"_s, u"logs"_s, u"--workers"_s,
                                                u"abc"_s} +
                                        files
                                 << u"--workers"_s;
    QTest::newRow("json into a missing folder") << QStringList{u"run"_s,
                                                               u"--lab"_s,
                                                               u"1"_s,
                                                               u"--out"_s,
                                                               u"{tmp}/out"_s,
                                                               u"--json"_s,
                                                               u"{tmp}/missing/r.json"_s}
                                                << u"--json"_s;
    QTest::newRow("out under a regular file")
        << QStringList{u"run"_s,    u"--lab"_s,       u"1"_s, u"--out"_s, u"{tmp}/file/out"_s,
                       u"--json"_s, u"{tmp}/r.json"_s}
        << u"--out"_s;
    QTest::newRow("python start timeout 0")
        << QStringList{u"run"_s, u"--runtime"_s, u"python"_s, u"--python-start-timeout"_s, u"0"_s} + files
        << u"--python-start-timeout"_s;
    QTest::newRow("bad value, Thai asked for")
        << QStringList{u"run"_s, u"--lang"_s, u"th"_s, u"--scale"_s, u"0"_s} + files << u"--scale"_s;
    // Every other command refuses the same way.
    const QStringList out{u"--out"_s, u"{tmp}/charts"_s};
    QTest::newRow("export-charts: unknown option")
        << QStringList{u"export-charts"_s, u"--bogus"_s} << u"--bogus"_s;
    QTest::newRow("export-charts: unknown language")
        << QStringList{u"export-charts"_s, u"--lab"_s, u"1"_s, u"--lang"_s, u"xx"_s} + out << u"xx"_s;
    QTest::newRow("export-charts: no lab") << QStringList{u"export-charts"_s} + out << u"--lab"_s;
    QTest::newRow("export-charts: lab 12")
        << QStringList{u"export-charts"_s, u"--lab"_s, u"12"_s} + out << u"12"_s;
    QTest::newRow("export-charts: out under a file")
        << QStringList{u"export-charts"_s, u"--lab"_s, u"1"_s, u"--out"_s, u"{tmp}/file/x"_s} << u"--out"_s;
    QTest::newRow("export-charts: size too small")
        << QStringList{u"export-charts"_s, u"--lab"_s, u"1"_s, u"--size"_s, u"10x10"_s} + out << u"--size"_s;
    QTest::newRow("export-charts: size not a size")
        << QStringList{u"export-charts"_s, u"--lab"_s, u"1"_s, u"--size=big"_s} + out << u"'big'"_s;
    QTest::newRow("export-charts: run's own --json")
        << QStringList{u"export-charts"_s, u"--lab"_s, u"1"_s, u"--json"_s, u"-"_s} + out << u"--json"_s;
    QTest::newRow("export-charts: run's options checked")
        << QStringList{u"export-charts"_s, u"--workload"_s, u"weather"_s, u"--delay-ms"_s, u"-1"_s} + out
        << u"--delay-ms"_s;
    QTest::newRow("window: unknown option") << QStringList{u"--bogus"_s} << u"--bogus"_s;
    QTest::newRow("window: unknown language") << QStringList{u"--lang"_s, u"xx"_s} << u"xx"_s;
    QTest::newRow("window: runtime without screenshot")
        << QStringList{u"--runtime"_s, u"python"_s} << u"--screenshot"_s;
    QTest::newRow("window size without a height")
        << QStringList{u"--window-size"_s, u"1920"_s} << u"--window-size"_s;
    QTest::newRow("window size too small")
        << QStringList{u"--presenter"_s, u"--window-size"_s, u"100x100"_s} << u"100x100"_s;
    QTest::newRow("screenshot into a missing folder")
        << QStringList{u"--screenshot"_s, u"{tmp}/missing/s.png"_s} << u"--screenshot"_s;
    QTest::newRow("screenshot of lab 10")
        << QStringList{u"--screenshot"_s, u"{tmp}/s.png"_s, u"--lab"_s, u"10"_s} << u"10"_s;
    QTest::newRow("bench: repeats 0") << QStringList{u"bench"_s, u"--repeats"_s, u"0"_s} << u"--repeats"_s;
    QTest::newRow("bench: fan-out probe of 0")
        << QStringList{u"bench"_s, u"--probe-fanout"_s, u"0"_s} << u"--probe-fanout"_s;
    QTest::newRow("bench: unknown section") << QStringList{u"bench"_s, u"--only"_s, u"gpu"_s} << u"gpu"_s;
    QTest::newRow("worker with an option") << QStringList{u"worker"_s, u"--fast"_s} << u"worker"_s;
    QTest::newRow("command with a control character") << QStringList{u"bad\x01"
                                                                     "cmd"_s}
                                                      << u"bad\\x01cmd"_s;
    QTest::newRow("a value of 100 KB")
        << QStringList{u"run"_s, u"--lab"_s, QString(100'000, u'x')} + files << u"xxx…"_s;
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);

    const Finished f = run(args);
    QVERIFY(f.ran);
    QCOMPARE(f.exitCode, 2);
    QCOMPARE(f.out, QByteArray());
    const QStringList lines = nonEmptyLines(f.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).contains(option), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).size() < 300, qPrintable(lines.at(0))); // a line of a terminal, whatever was typed
    // Nothing written: neither the files asked for, nor the default run folder under $HOME.
    QCOMPARE(entries(m_dir->path()), (QStringList{u"file"_s, u"home"_s}));
    QCOMPARE(entries(path(u"home"_s)), QStringList());
    QFile file(path(u"file"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a folder"));
}

void TestCli::unknownCommand()
{
    const Finished f = run({u"frobnicate"_s});
    QVERIFY(f.ran);
    QCOMPARE(f.exitCode, 2);
    QCOMPARE(f.out, QByteArray());
    const QStringList lines = nonEmptyLines(f.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).contains(u"frobnicate"_s), qPrintable(lines.at(0)));
    QCOMPARE(entries(path(u"home"_s)), QStringList());
}

void TestCli::everyStrategy()
{
    const Finished f =
        run({u"run"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s,
             u"sequential,coroutines,threads,processes"_s, u"--tasks"_s, u"3"_s, u"--delay-ms"_s, u"100"_s,
             u"--out"_s, u"{tmp}/out"_s, u"--json"_s, u"{tmp}/r.json"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const QString out = QString::fromUtf8(f.out);
    QVERIFY2(out.contains(u"Bangkok"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Total time"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"guessed"_s) && !out.contains(u"Guess"_s), qPrintable(out)); // none made
    // Where the time went: the coroutines waited.
    QVERIFY2(QRegularExpression(u"\\n  coroutines +waiting (9[5-9]|100)%"_s).match(out).hasMatch(),
             qPrintable(out));

    QFile file(path(u"r.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"schema"_s).toString(), u"concurrency-lab/runs@2"_s);
    const QJsonArray runs = json.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 4);
    const QStringList strategies{u"sequential"_s, u"coroutines"_s, u"threads"_s, u"processes"_s};
    const QStringList cities{u"Bangkok"_s, u"Tokyo"_s, u"London"_s};
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const QJsonObject run = runs.at(r).toObject();
        QCOMPARE(run.value(u"strategy"_s).toString(), strategies.at(r));
        const QJsonArray tasks = run.value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 3);
        for (qsizetype t = 0; t < tasks.size(); ++t) {
            const QJsonObject task = tasks.at(t).toObject();
            QCOMPARE(task.value(u"label"_s).toString(), cities.at(t));
            QVERIFY(task.value(u"ok"_s).toBool());
            QCOMPARE(task.value(u"result"_s).toString(), cities.at(t) + u": 25°C"_s);
        }
    }
    QCOMPARE(entries(path(u"home"_s)), QStringList());
}

void TestCli::jsonToStandardOutput()
{
    const Finished f = run({u"run"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s, u"coroutines"_s,
                            u"--tasks"_s, u"2"_s, u"--delay-ms"_s, u"20"_s, u"--out"_s, u"{tmp}/out"_s,
                            u"--json"_s, u"-"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + u'\n' + QString::fromUtf8(f.out)));
    QCOMPARE(doc.object().value(u"schema"_s).toString(), u"concurrency-lab/runs@2"_s);
    QCOMPARE(doc.object().value(u"runs"_s).toArray().size(), 1);
    const QString err = QString::fromUtf8(f.err);
    QVERIFY2(err.contains(u"Bangkok"_s) && err.contains(u"Total time"_s), qPrintable(err));
    QVERIFY(!QFileInfo::exists(path(u"-"_s)));
}

void TestCli::logFiles()
{
    const Finished f = run({u"run"_s, u"--workload"_s, u"logs"_s, u"--strategy"_s, u"threads"_s, u"--tasks"_s,
                            u"3"_s, u"--delay-ms"_s, u"50"_s, u"--out"_s, u"{tmp}/out"_s, u"--json"_s,
                            u"{tmp}/runs.json"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const QString folder = path(u"out/logs-threads"_s);
    QFile json(path(u"runs.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject run =
        QJsonDocument::fromJson(json.readAll()).object().value(u"runs"_s).toArray().at(0).toObject();
    QCOMPARE(run.value(u"out_dir"_s).toString(), folder); // the folder it wrote, absolute
    QCOMPARE(entries(folder), (QStringList{u"log_0.txt"_s, u"log_1.txt"_s, u"log_2.txt"_s}));
    for (const QString& name : entries(folder)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.endsWith('\n'));
        QCOMPARE(text.count('\n'), 10);
        QVERIFY2(text.contains(name.toUtf8()), text.constData());
    }
    QCOMPARE(entries(path(u"out"_s)), QStringList{u"logs-threads"_s});
}

// Predict, then run: each run's guess on the line after its total, in a column of the comparison
// beside the wall time, and in the JSON.
void TestCli::guessesBesideTheResults()
{
    const Finished f = run({u"run"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s,
                            u"sequential,coroutines"_s, u"--tasks"_s, u"2"_s, u"--delay-ms"_s, u"50"_s,
                            u"--predict"_s, u"coroutines=6,sequential=0.25"_s, u"--quiet"_s, u"--out"_s,
                            u"{tmp}/out"_s, u"--json"_s, u"{tmp}/r.json"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const QStringList lines = nonEmptyLines(f.out);
    QStringList told;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"Total time"_s))
            told.append(lines.at(i + 1));
    }
    QCOMPARE(told.size(), 2);
    const QRegularExpression measured(u"^guessed %1 s · measured 0\\.\\d\\d s$"_s);
    QVERIFY2(QRegularExpression(measured.pattern().arg(u"0\\.25"_s)).match(told.at(0)).hasMatch(),
             qPrintable(told.at(0)));
    QVERIFY2(QRegularExpression(measured.pattern().arg(u"6"_s)).match(told.at(1)).hasMatch(),
             qPrintable(told.at(1)));
    const auto header =
        std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(u"Lab "_s); });
    QVERIFY(header != lines.end() && lines.end() - header >= 3); // then "Wrote …"
    QVERIFY2(QRegularExpression(u"\\bWall +Guess +CPU\\b"_s).match(*header).hasMatch(), qPrintable(*header));
    QVERIFY2(QRegularExpression(u" s +0\\.25 s +\\d"_s).match(*(header + 1)).hasMatch(),
             qPrintable(*(header + 1)));
    QVERIFY2(QRegularExpression(u" s +6 s +\\d"_s).match(*(header + 2)).hasMatch(),
             qPrintable(*(header + 2)));

    QFile file(path(u"r.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(file.readAll()).object().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).toObject().value(u"prediction_ms"_s).toDouble(), 250.0);
    QCOMPARE(runs.at(1).toObject().value(u"prediction_ms"_s).toDouble(), 6000.0);
}

// --quiet hides the line of each task, never the reason a task failed.
void TestCli::quietStillSaysWhatFailed_data()
{
    QTest::addColumn<QString>("fault"); // CL_WORKER_FAULT of the second worker
    QTest::addColumn<QString>("reason");
    QTest::newRow("it exits") << u"after=1,worker=2,what=exit:3"_s << u"process-2 exited with code 3"_s;
    QTest::newRow("it crashes") << u"after=0,worker=2,what=segv"_s << u"process-2 stopped: signal 11"_s;
}

void TestCli::quietStillSaysWhatFailed()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    // Waits, so that both workers get tasks.
    const Finished f =
        run({u"run"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s, u"processes"_s, u"--workers"_s, u"2"_s,
             u"--tasks"_s, u"6"_s, u"--delay-ms"_s, u"30"_s, u"--quiet"_s, u"--lang"_s, u"en"_s},
            Output::Captured, {u"CL_WORKER_FAULT="_s + fault});
    QVERIFY2(f.ran, f.err.constData());
    QCOMPARE(f.exitCode, 1);
    const QString out = QString::fromUtf8(f.out);
    QVERIFY2(out.contains(u"1 task failed; the first: "_s) && out.contains(reason), qPrintable(out));
    QVERIFY2(!out.contains(u"fetching"_s), qPrintable(out)); // still quiet
}

// A reader that leaves early, or a full disk under standard output: the run goes on to its end, the
// JSON file asked for is written whole, and the exit code and a line on stderr say what was lost.
void TestCli::aClosedOrFullStandardOutputLosesNothing_data()
{
    QTest::addColumn<Output>("output");
    QTest::addColumn<QString>("json"); // the --json value: "-" for standard output
    QTest::addColumn<QString>("reason");

    const QString file = u"{tmp}/runs.json"_s;
    QTest::newRow("the report into head") << Output::IntoHead << file << u"Broken pipe"_s;
    QTest::newRow("the report onto a full disk")
        << Output::IntoAFullDisk << file << u"No space left on device"_s;
    QTest::newRow("the JSON into head")
        << Output::IntoHead << u"-"_s << u"cannot write the JSON to standard output: Broken pipe"_s;
    QTest::newRow("the JSON onto a full disk")
        << Output::IntoAFullDisk << u"-"_s
        << u"cannot write the JSON to standard output: No space left on device"_s;
}

void TestCli::aClosedOrFullStandardOutputLosesNothing()
{
    QFETCH(Output, output);
    QFETCH(QString, json);
    QFETCH(QString, reason);
    // Long enough that head has gone before the last lines come, and a JSON past a pipe's 64 KiB.
    const Finished f =
        run({u"run"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s, u"sequential,coroutines"_s,
             u"--tasks"_s, u"400"_s, u"--delay-ms"_s, u"1"_s, u"--json"_s, json, u"--lang"_s, u"en"_s},
            output);
    QVERIFY2(f.ran, f.err.constData());
    QCOMPARE(f.exitCode, 1);
    const QString err = QString::fromUtf8(f.err);
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(err.count(u'\n') == 1 || json == u"-"_s,
             qPrintable(err)); // one line, when stderr is not the report's
    if (json == u"-"_s)
        return;
    QFile written(path(u"runs.json"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(o.value(u"runs"_s).toArray().size(), 2);
    for (const QJsonValue& r : o.value(u"runs"_s).toArray())
        QCOMPARE(r.toObject().value(u"tasks"_s).toArray().size(), 400);
}

// The engine and CPython side by side, each run saying which it was, and a trace of both.
void TestCli::bothRuntimesAndATrace()
{
    const Finished f =
        run({u"run"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s, u"coroutines,threads"_s, u"--tasks"_s,
             u"3"_s, u"--delay-ms"_s, u"100"_s, u"--runtime"_s, u"both"_s, u"--out"_s, u"{tmp}/out"_s,
             u"--json"_s, u"{tmp}/r.json"_s, u"--trace"_s, u"{tmp}/r.trace.json"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QFile file(path(u"r.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(file.readAll()).object().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 4);
    const QStringList runtimes{u"cpp"_s, u"python"_s, u"cpp"_s, u"python"_s};
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const QJsonObject run = runs.at(r).toObject();
        QCOMPARE(run.value(u"runtime"_s).toString(), runtimes.at(r));
        QCOMPARE(run.value(u"interpreter"_s).toString().startsWith(u"CPython 3."_s), r % 2 == 1);
        QCOMPARE(run.value(u"tasks"_s).toArray().size(), 3);
    }
    QFile trace(path(u"r.trace.json"_s));
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QJsonArray events =
        QJsonDocument::fromJson(trace.readAll()).object().value(u"traceEvents"_s).toArray();
    QSet<int> processes;
    for (const QJsonValue& e : events)
        processes.insert(e.toObject().value(u"pid"_s).toInt());
    QCOMPARE(processes.size(), 4); // one a run
}

// It answers the probe as python3 does, then says nothing, with a child in its group.
void TestCli::aPythonThatNeverStartsIsStopped()
{
    QFile fake(path(u"python3-silent"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\n"
               "[ \"$1\" = -c ] && exec python3 \"$@\"\n"
               "sleep 300 &\n"
               "echo $! > \"$(dirname \"$0\")/sleeper\"\n"
               "wait\n");
    fake.close();
    QVERIFY(fake.setPermissions(fake.permissions() | QFileDevice::ExeOwner));
    QElapsedTimer clock;
    clock.start();
    const Finished f =
        run({u"run"_s, u"--runtime"_s, u"python"_s, u"--python"_s, fake.fileName(),
             u"--python-start-timeout"_s, u"1"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s,
             u"sequential"_s, u"--tasks"_s, u"1"_s, u"--lang"_s, u"en"_s, u"--out"_s, u"{tmp}/out"_s});
    QVERIFY(f.ran);
    QCOMPARE(f.exitCode, 1);
    QVERIFY2(f.out.contains("python gave no sign of life in 1 s; stopped"), f.out.constData());
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
    QFile sleeper(path(u"sleeper"_s));
    QVERIFY(sleeper.open(QIODevice::ReadOnly));
    const qint64 pid = sleeper.readAll().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!LabTest::isRunning(pid), 2000);
}

// Without a display: every chart as PNG and SVG, "Where did the time go?" among them.
void TestCli::exportChartsWritesEveryChart()
{
    const Finished f =
        run({u"export-charts"_s, u"--lab"_s, u"3"_s, u"--out"_s, u"{tmp}/charts"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    for (const QString& name : {u"wall-clock"_s, u"cpu"_s, u"timeline"_s, u"states"_s, u"scaling"_s}) {
        QFile png(path(u"charts/"_s + name + u".png"_s));
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(png.read(8) == "\x89PNG\r\n\x1a\n", qPrintable(name));
        QFile svg(path(u"charts/"_s + name + u".svg"_s));
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(svg.readAll().contains("<svg"), qPrintable(name));
    }
    QFile states(path(u"charts/states.svg"_s));
    QVERIFY(states.open(QIODevice::ReadOnly));
    QVERIFY(states.readAll().contains("Where did the time go?"));
}

// run's options make the experiment; the slides come at the size asked, with a handout of a page a
// chart and one for the table.
void TestCli::exportChartsOfAnyExperiment()
{
    const Finished f =
        run({u"export-charts"_s, u"--workload"_s, u"weather"_s, u"--strategy"_s, u"sequential,threads"_s,
             u"--delay-ms"_s, u"50"_s, u"--out"_s, u"{tmp}/slides"_s, u"--size"_s, u"1920x1080"_s, u"--pdf"_s,
             u"--no-caption"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(f.ran, f.err.constData());
    QVERIFY2(f.exitCode == 0, f.err.constData());
    for (const QString& name : {u"wall-clock"_s, u"cpu"_s, u"timeline"_s, u"states"_s, u"scaling"_s})
        QCOMPARE(QImage(path(u"slides/"_s + name + u".png"_s)).size(), QSize(1920, 1080));
    QFile pdf(path(u"slides/handout.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(QString::fromLatin1(bytes).count(QRegularExpression(u"/Type\\s*/Page[^s]"_s)), 6);
    QFile json(path(u"slides/session.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"runs"_s).toArray().size(), 2);
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"export-charts --lab N"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"--screenshot FILE"_s;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"concurrency-lab " CL_VERSION ""_s;
    QTest::newRow("--help in Thai") << QStringList{u"--lang"_s, u"th"_s, u"--help"_s} << u"วิธีใช้"_s;
    QTest::newRow("run --help") << QStringList{u"run"_s, u"--help"_s} << u"--workload"_s;
    QTest::newRow("run -h") << QStringList{u"run"_s, u"-h"_s} << u"--workload"_s;
    QTest::newRow("run --help, the Python's start limit")
        << QStringList{u"run"_s, u"--help"_s} << u"--python-start-timeout S"_s;
    QTest::newRow("export-charts --help") << QStringList{u"export-charts"_s, u"--help"_s} << u"--out DIR"_s;
    QTest::newRow("bench --help") << QStringList{u"bench"_s, u"--help"_s} << u"--repeats"_s;
    QTest::newRow("worker --help") << QStringList{u"worker"_s, u"--help"_s} << u"standard input"_s;
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Finished f = run(args);
    QVERIFY(f.ran);
    QCOMPARE(f.exitCode, 0);
    const QString out = QString::fromUtf8(f.out);
    QVERIFY2(out.contains(says), qPrintable(out));
    QCOMPARE(f.err, QByteArray());
    QCOMPARE(entries(path(u"home"_s)), QStringList());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
