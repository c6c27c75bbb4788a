// A session saved and read back: every field as written, the same bytes written again, every bad
// file refused with its reason; a session opened tells its runs as they were.
#include "python/pythonruntime.h"
#include "sessionfilesupport.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace SessionTest;

class TestSessionFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        m_python = Lab::Python::findDefault();
    }
    void init() { LabTest::failOnAnyWarning(); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("lab");
        QTest::addColumn<int>("repeats");
        QTest::addColumn<bool>("python");
        for (int lab = 0; lab < Lab::labCount; ++lab) {
            if (lab != Lab::clusterLab) // CPython's alone, below
                QTest::newRow(qPrintable(u"lab %1"_s.arg(lab))) << lab << 1 << false;
        }
        QTest::newRow("lab 3, twice with a warm-up") << 3 << 2 << false;
        // CPython's runs carry what the engine's do not: sampled threads' states, the real GIL.
        for (int lab : {1, 4, 8, Lab::clusterLab})
            QTest::newRow(qPrintable(u"lab %1 in CPython"_s.arg(lab))) << lab << 1 << true;
    }
    void roundTrip()
    {
        QFETCH(int, lab);
        QFETCH(int, repeats);
        QFETCH(bool, python);
        if (python && !m_python)
            QSKIP("no CPython 3.9 or newer here");
        Lab::Session live;
        QStringList told;
        connect(&live, &Lab::Session::narrative, this, [&told](const QStringList& l) { told += l; });
        Lab::Experiment e = smallLab(lab);
        e.repeats = repeats;
        e.warmup = repeats > 1;
        e.predictionsMs = {{Lab::Strategy::Sequential, 1234}};
        if (python) {
            e.runtimes = {Lab::Runtime::Python};
            e.python = *m_python;
        }
        if (lab == Lab::clusterLab) { // its cluster is Dask's
            const auto dask = Lab::Python::findWithDask();
            if (!dask)
                QSKIP("no Python here has Dask distributed");
            e.python = *dask;
        }
        QSignalSpy finished(&live, &Lab::Session::batchFinished);
        QVERIFY(live.start(Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), m_files.path(u"runs"_s))));
        QVERIFY(finished.wait(120'000));

        const QByteArray bytes = written(live.results(), m_files.machine());
        const auto read = Lab::Export::readSessionJson(bytes);
        QVERIFY2(std::holds_alternative<Lab::Export::SessionFile>(read), qPrintable(reasonOf(read)));
        const auto& file = std::get<Lab::Export::SessionFile>(read);
        QCOMPARE(file.version, 2);
        QCOMPARE(file.machine.cpuModel, m_files.machine().cpuModel);
        QCOMPARE(file.runs.size(), live.results().size());
        for (qsizetype i = 0; i < file.runs.size(); ++i) {
            compareRuns(*live.results().at(i), *file.runs.at(i));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"run %1 differs"_s.arg(i + 1)));
        }
        QCOMPARE(written(file.runs, file.machine), bytes);

        Lab::Session opened;
        QStringList retold;
        connect(&opened, &Lab::Session::narrative, this, [&retold](const QStringList& l) { retold += l; });
        (void)opened.suspectNotes(); // as a chart asks, before: nothing of the empty session is kept
        QVERIFY(opened.open(file.runs, file.machine));
        compareShown(live, opened);
        QCOMPARE(opened.openedMachine()->cores, m_files.machine().cores);
        // Every line told again was told by the run; the run's own progress lines are not told again.
        for (const QString& line : std::as_const(retold))
            QVERIFY2(told.contains(line), qPrintable(line));
    }

    void badFile_data() { addBadFiles(m_files.good()); }
    void badFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto read = Lab::Export::readSessionJson(bytes);
        QVERIFY(std::holds_alternative<QString>(read));
        QVERIFY2(std::get<QString>(read).contains(reason), qPrintable(reasonOf(read)));
        QVERIFY(!std::get<QString>(read).contains(u'\n'));

        const QString path = m_files.path(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto fromFile = Lab::Export::readSessionJsonFile(path);
        QVERIFY(std::get<QString>(fromFile).startsWith(u"cannot open %1: "_s.arg(path)));
    }

    void openRefusedWhileRunning()
    {
        Lab::Session session;
        Lab::RunConfig c = LabTest::config(Lab::Workload::Weather, Lab::Strategy::Sequential, 2, 200);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start({c}));
        QVERIFY(!session.open({}, m_files.machine()));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(session.results().size(), 1);
    }

    void readsSchemaOne()
    {
        // What an older app wrote: its extra fields gone, the schema @1.
        QByteArray old = m_files.good();
        old.replace("runs@2", "runs@1");
        const auto read = Lab::Export::readSessionJson(old);
        QVERIFY2(std::holds_alternative<Lab::Export::SessionFile>(read), qPrintable(reasonOf(read)));
        const auto& file = std::get<Lab::Export::SessionFile>(read);
        QCOMPARE(file.version, 1);
        QCOMPARE(file.runs.size(), 2);
        QCOMPARE(file.runs.at(0)->config.cities, file.runs.at(1)->config.cities);
        // Those that ran a task, which @1 named.
        QVERIFY(file.runs.at(1)->workers.size() > 1);
        QVERIFY(file.runs.at(1)->workers.size() <= file.runs.at(1)->config.workers);
        QCOMPARE(file.runs.at(1)->config.batch, 1);
    }

    void anEmptySessionOpens()
    {
        const auto read = Lab::Export::readSessionJson(written({}, m_files.machine()));
        QVERIFY(std::holds_alternative<Lab::Export::SessionFile>(read));
        Lab::Session session;
        QVERIFY(session.open(std::get<Lab::Export::SessionFile>(read).runs, m_files.machine()));
        QVERIFY(session.results().isEmpty() && session.shown().isEmpty());
    }

private:
    Files m_files;
    std::optional<Lab::Python::Interpreter> m_python;
};

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
