#include "cliargs.h"
#include "experimentpanel.h"
#include "mainwindow.h"
#include "reliabilitysupport.h"
#include "work/workload.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <numeric>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;
using Reliability::appEnvironment;
using Reliability::entries;
using Reliability::thaiFolder;

// Bad parameters from every door: the command line, the panel's fields, settings edited by hand.
namespace {

// ---- The command line's fuzz: known options, their good and bad values, and noise.

const QStringList optionNames =
    u"lab workload strategy tasks cities delay-ms workers n scale gil out json lang "
    u"quiet help"_s.split(u' ');

QString randomText(QRandomGenerator& r)
{
    // Printable ASCII, control characters (not NUL, which no argv can carry), Thai, anything of the
    // BMP with lone surrogates.
    constexpr std::pair<int, int> ranges[] = {{0x20, 0x7f}, {1, 0x20}, {0x0e01, 0x0e5c}, {0x80, 0x10000}};
    QString s;
    for (int i = r.bounded(1, 24); i > 0; --i) {
        const auto [low, high] = ranges[r.bounded(4)];
        s += QChar(char16_t(r.bounded(low, high)));
    }
    return s;
}

QString fuzzValue(QRandomGenerator& r, const QString& option)
{
    static const QHash<QString, QStringList> good{
        {u"lab"_s, {u"0"_s, u"1"_s, u"3"_s, u"all"_s}},
        {u"workload"_s, {u"weather"_s, u"logs"_s, u"squares"_s}},
        {u"strategy"_s, {u"sequential"_s, u"coroutines"_s, u"threads,processes"_s, u"all"_s}},
        {u"tasks"_s, {u"1"_s, u"3"_s, u"200"_s}},
        {u"cities"_s, {u"Bangkok"_s, u"เชียงใหม่,Tokyo"_s}},
        {u"delay-ms"_s, {u"0"_s, u"1"_s, u"600000"_s}},
        {u"workers"_s, {u"1"_s, u"2"_s, u"8"_s}},
        {u"n"_s, {u"1"_s, u"1,2,3"_s, u"1000"_s}},
        {u"scale"_s, {u"1"_s, u"100"_s, u"1000"_s}},
        {u"out"_s, {u"out"_s, thaiFolder, u"-"_s, u"file/out"_s}},
        {u"json"_s, {u"-"_s, u"r.json"_s, u"file/r.json"_s}},
        {u"lang"_s, {u"th"_s, u"en"_s}}};
    static const QStringList bad =
        u"0|-1|2147483648|9223372036854775808|1e3|NaN|| |--|=|0x10|1,,2|１２"_s.split(u'|')
        << thaiFolder << QString(5000, u'9') << QString(100'000, u'x');
    const int dice = r.bounded(10);
    if (dice < 5 && good.contains(option))
        return good.value(option).at(r.bounded(good.value(option).size()));
    return dice < 8 ? bad.at(r.bounded(bad.size())) : randomText(r);
}

QStringList fuzzArguments(QRandomGenerator& r)
{
    static const QStringList strays{u"--"_s, u"="_s, u""_s, u"-"_s, u"run"_s, u"--frobnicate"_s, u"-n"_s};
    QStringList args;
    for (int i = r.bounded(0, 9); i > 0; --i) {
        const QString name = optionNames.at(r.bounded(optionNames.size()));
        const bool flag = name == u"gil"_s || name == u"quiet"_s || name == u"help"_s;
        const int dice = r.bounded(100);
        if (dice < 50)
            args << u"--"_s + name << (flag ? QStringList() : QStringList{fuzzValue(r, name)});
        else if (dice < 65)
            args << u"--%1=%2"_s.arg(name, fuzzValue(r, name));
        else if (dice < 75)
            args << strays.at(r.bounded(strays.size()));
        else if (dice < 85)
            args << u"--"_s + name; // perhaps missing its value
        else
            args << randomText(r);
    }
    return args;
}

QList<QStringList> fuzzLists(int count)
{
    QRandomGenerator r(20'240'607); // fixed: a failure names a list that comes again
    QList<QStringList> lists;
    for (int i = 0; i < count; ++i)
        lists.append(fuzzArguments(r));
    return lists;
}

bool namesAnOptionOrArgument(const QString& error, const QStringList& args)
{
    const auto option = [&error](const QString& o) { return error.contains(u"--"_s + o); };
    const auto argument = [&error](const QString& a) { // "--name=value" is named by its "--name"
        const QString head = a.left(a.indexOf(u'='));
        return error.contains(u'\'' + head + (head.isEmpty() ? u"'"_s : QString()));
    };
    return std::any_of(optionNames.begin(), optionNames.end(), option) ||
           std::any_of(args.begin(), args.end(), argument);
}

// Runs that end within a second or so, whatever the strategy.
bool quick(const Lab::CliOptions& o)
{
    return std::all_of(o.runs.begin(), o.runs.end(), [](const Lab::RunConfig& c) {
        const qint64 squares = std::accumulate(c.squaresN.begin(), c.squaresN.end(), qint64(0));
        const int tasks = Lab::taskCountOf(c);
        return tasks <= 1000 && squares <= 200'000'000 && qint64(tasks) * std::max(c.delayMs, 1) <= 500;
    });
}

QString describe(const QStringList& args, const QString& outcome)
{
    QStringList shown;
    for (const QString& a : args)
        shown.append(u'"' + a.left(40) + (a.size() > 40 ? u"…\""_s : u"\""_s));
    return shown.join(u' ') + u" → "_s + outcome;
}

// The panel's line edit whose label reads `text`, as a person finds it; null when there is none.
QLineEdit* fieldLabelled(const QWidget& panel, const QString& text)
{
    for (QLabel* label : panel.findChildren<QLabel*>()) {
        if (label->text() == text)
            return qobject_cast<QLineEdit*>(label->buddy());
    }
    return nullptr;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { Reliability::startTest(m_dir); }
    void cleanup() { QSettings().clear(); }

    // ---- Bad parameters from every door.

    void cliParserFuzz()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->path())); // relative --out and --json land in the scratch folder
        const auto back = qScopeGuard([&before] { QDir::setCurrent(before); });
        int accepted = 0, multiLine = 0;
        for (const QStringList& args : fuzzLists(1500)) {
            const Lab::CliParse p = Lab::parseRunArguments(args, u"worker"_s, path(u"runs"_s));
            const QString what = describe(args, p.error);
            if (p.ok()) {
                ++accepted;
                QVERIFY2(p.options.help || !p.options.runs.isEmpty(), qPrintable(what));
                for (const Lab::RunConfig& c : p.options.runs)
                    QVERIFY2(Lab::taskCountOf(c) >= 1 && Lab::taskCountOf(c) <= Lab::maxTasks,
                             qPrintable(what));
            } else {
                multiLine += p.error.contains(u'\n') ? 1 : 0;
                QVERIFY2(namesAnOptionOrArgument(p.error, args), qPrintable(what));
            }
        }
        qInfo("%d of 1500 lists accepted; %d errors of more than one line", accepted, multiLine);
        QVERIFY(accepted > 0);
        QCOMPARE(entries(m_dir->path()), QStringList{u"file"_s}); // the parser writes nothing
        QCOMPARE(multiLine, 0);
    }

    void cliExecutableFuzz()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->path())); // the parser here sees the folders the executable sees
        const auto back = qScopeGuard([&before] { QDir::setCurrent(before); });
        int rejected = 0, ran = 0;
        for (QStringList args : fuzzLists(1500)) {
            for (QString& a : args) // what argv carries: UTF-8, so no lone surrogates
                a = QString::fromUtf8(a.toUtf8());
            const Lab::CliParse p = Lab::parseRunArguments(args, u"worker"_s, path(u"runs"_s));
            if (p.ok() ? (ran >= 10 || !quick(p.options)) : rejected >= 40)
                continue;
            ++(p.ok() ? ran : rejected);
            QProcess app;
            app.setProcessEnvironment(appEnvironment(m_dir->path()));
            app.setWorkingDirectory(m_dir->path());
            app.start(QStringLiteral(CL_APP_PATH), QStringList{u"run"_s} + args);
            const bool ended = app.waitForFinished(20'000);
            if (!ended)
                app.kill();
            app.waitForFinished(1000);
            const QString what = describe(args, QString::fromUtf8(app.readAllStandardError()));
            QVERIFY2(ended, qPrintable(u"hung: "_s + what));
            QVERIFY2(app.exitStatus() == QProcess::NormalExit, qPrintable(u"crashed: "_s + what));
            // Bad input is 2, as the parser here said; a run ends with 0, or 1 for a failed task.
            QVERIFY2(p.ok() ? app.exitCode() == 0 || app.exitCode() == 1 : app.exitCode() == 2,
                     qPrintable(what));
        }
        qInfo("%d rejected and %d accepted lists run by the executable", rejected, ran);
        QCOMPARE(rejected, 40);
        QVERIFY(ran >= 3);
    }

    void panelRejectsBadN_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // the one named in the error; empty: accepted
        for (const QString& bad : {u"0"_s, u"-5"_s, u"abc"_s, u"NaN"_s, u"1e3"_s, u"99999999999999999999"_s})
            QTest::newRow(bad.toUtf8().constData()) << bad << bad;
        QTest::newRow("one bad among good") << u"5, 1000000001, 7"_s << u"1000000001"_s;
        QTest::newRow("largest allowed") << u"1000000000"_s << QString();
    }
    void panelRejectsBadN()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        Lab::ExperimentPanel panel;
        panel.setPreset(Lab::labCount);
        panel.findChildren<QComboBox*>().at(1)->setCurrentIndex(int(Workload::Squares));
        QLineEdit* n = fieldLabelled(panel, u"&n values:"_s);
        QVERIFY(n);
        n->setText(text);
        const auto e = panel.experiment();
        const QString* error = std::get_if<QString>(&e);
        QCOMPARE(error != nullptr, !value.isEmpty());
        const QString range = QLocale().toString(Lab::maxSquaresN / Lab::defaultScale);
        if (error)
            QVERIFY2(error->contains(u'\'' + value + u'\'') && error->contains(range), qPrintable(*error));
    }

    // The panel refuses the city names the command line refuses, with the same reason.
    void panelRejectsBadCities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("three cities") << u"Bangkok, Tokyo, London"_s << true;
        QTest::newRow("an empty name") << u"Bangkok,,Tokyo"_s << false;
        QTest::newRow("a name of 101 characters") << QString(101, u'x') << false;
        QTest::newRow("nothing") << u" "_s << false;
    }
    void panelRejectsBadCities()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        Lab::ExperimentPanel panel;
        panel.setPreset(Lab::labCount);
        panel.findChildren<QComboBox*>().at(1)->setCurrentIndex(int(Workload::Weather));
        QLineEdit* cities = fieldLabelled(panel, u"C&ities:"_s);
        QVERIFY(cities);
        cities->setText(text);
        const auto e = panel.experiment();
        const QString* error = std::get_if<QString>(&e);
        QVERIFY2((error == nullptr) == accepted, error ? qPrintable(*error) : "accepted");
        if (error)
            QVERIFY2(error->contains(u"100"_s), qPrintable(*error));
        else
            QCOMPARE(std::get<Lab::Experiment>(e).cities.size(), 3);
    }

    void panelClampsTypedValues_data()
    {
        QTest::addColumn<QString>("typed");
        for (const QString& t : {u"99999999999"_s, u"2147483648"_s, u"-5"_s, u"abc"_s, u"1e3"_s, u"0"_s})
            QTest::newRow(t.toUtf8().constData()) << t;
    }
    void panelClampsTypedValues()
    {
        QFETCH(QString, typed);
        Lab::ExperimentPanel panel;
        panel.show();
        panel.setPreset(Lab::labCount);
        for (Workload w : {Workload::Weather, Workload::Squares}) { // between them, every box is enabled
            panel.findChildren<QComboBox*>().at(1)->setCurrentIndex(int(w));
            for (QSpinBox* box : panel.findChildren<QSpinBox*>()) {
                if (!box->isEnabled())
                    continue;
                box->setValue(box->maximum() + 1);
                QCOMPARE(box->value(), box->maximum());
                box->selectAll();
                QTest::keyClicks(box, typed);
                QTest::keyClick(box, Qt::Key_Return);
                QVERIFY2(box->value() >= box->minimum() && box->value() <= box->maximum(),
                         qPrintable(QString::number(box->value())));
            }
            QVERIFY(std::holds_alternative<Lab::Experiment>(panel.experiment()));
        }
    }

    void settingsEditedByHand_data()
    {
        QTest::addColumn<QVariantMap>("values");
        const auto row = [](const char* name, const QString& key, const QVariant& value) {
            QTest::newRow(name) << QVariantMap{{u"experiment/"_s + key, value}};
        };
        row("tasks -3", u"tasks"_s, u"-3"_s);
        row("tasks abc", u"tasks"_s, u"abc"_s);
        row("tasks 1e12", u"tasks"_s, 1e12);
        row("workers 100000", u"workers"_s, 100'000);
        row("preset 99", u"preset"_s, 99);
        row("preset -7", u"preset"_s, -7);
        row("workload 12", u"workload"_s, 12);
        row("strategies nonsense", u"strategies"_s, u"nonsense"_s);
        row("n garbage", u"n"_s, QString(20'000, u'z'));
        row("repeats 0", u"repeats"_s, 0);
        row("repeats 999", u"repeats"_s, 999);
        row("sweep garbage", u"sweepWorkers"_s, QString(20'000, u','));
        QTest::newRow("geometry garbage")
            << QVariantMap{{u"window/geometry"_s, QByteArray("\x01\xd9\xd0\xcb")},
                           {u"window/mainSplitter"_s, u"nonsense"_s}};
        QTest::newRow("all at once") << QVariantMap{
            {u"experiment/tasks"_s, 1e12},       {u"experiment/workers"_s, 100'000},
            {u"experiment/preset"_s, 99},        {u"experiment/strategies"_s, u"nonsense"_s},
            {u"experiment/delayMs"_s, -1},       {u"experiment/scale"_s, u"2147483648"_s},
            {u"experiment/waitPercent"_s, 1000}, {u"experiment/gil"_s, u"maybe"_s}};
    }
    void settingsEditedByHand()
    {
        QFETCH(QVariantMap, values);
        {
            QSettings settings;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                settings.setValue(it.key(), it.value());
        }
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        Lab::ExperimentPanel* panel = window.experimentPanel();
        QVERIFY(panel->preset() >= 0 && panel->preset() <= Lab::labCount);
        const int workload = panel->findChildren<QComboBox*>().at(1)->currentIndex();
        QVERIFY(workload >= 0 && workload <= 2);
        // tasks, wait, workers, scale, %, repeats
        const QList<QSpinBox*> boxes = panel->findChildren<QSpinBox*>();
        const QList<std::pair<int, int>> ranges{{1, Lab::maxTasks},
                                                {0, Lab::maxDelayMs},
                                                {1, Lab::maxWorkers(Strategy::Processes)},
                                                {1, Lab::maxScale},
                                                {1, 100},
                                                {1, Lab::maxRepeats}};
        QCOMPARE(boxes.size(), ranges.size());
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            QCOMPARE(std::pair(boxes.at(i)->minimum(), boxes.at(i)->maximum()), ranges.at(i));
            QVERIFY(boxes.at(i)->value() >= ranges.at(i).first &&
                    boxes.at(i)->value() <= ranges.at(i).second);
        }
        // Whatever was read, it is an experiment that can run, or a reason that names the field.
        const auto e = panel->experiment();
        if (const QString* error = std::get_if<QString>(&e))
            QVERIFY2(!error->isEmpty() && !error->contains(u'\n'), qPrintable(*error));
    }

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
