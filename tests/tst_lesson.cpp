#include "engine/session.h"
#include "experiment.h"
#include "languagecheck.h"
#include "lesson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QJsonObject text(const QString& th, const QString& en)
{
    return {{u"th"_s, th}, {u"en"_s, en}};
}

QJsonObject validLesson()
{
    return {
        {u"preset"_s, 2},
        {u"title"_s, text(u"บทที่ 2"_s, u"Lesson 2"_s)},
        {u"question"_s, text(u"คำถาม"_s, u"Question"_s)},
        {u"predict"_s, QJsonObject{{u"strategy"_s, u"threads"_s}, {u"text"_s, text(u"ทาย"_s, u"Guess"_s)}}},
        {u"run"_s, text(u"รัน"_s, u"Run"_s)},
        {u"look"_s, QJsonObject{{u"chart"_s, u"timeline"_s},
                                {u"strategy"_s, u"threads"_s},
                                {u"text"_s, text(u"ดู"_s, u"Look"_s)}}},
        {u"try"_s, QJsonObject{{u"text"_s, text(u"ลอง"_s, u"Try"_s)},
                               {u"button"_s, text(u"ปุ่ม"_s, u"Button"_s)},
                               {u"change"_s, QJsonObject{{u"workers"_s, 1}, {u"gil"_s, true}}}}},
        {u"takeaway"_s, text(u"สรุป"_s, u"Takeaway"_s)}};
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// The valid lesson with `value` at `path` ("try.change.workers"); an undefined value removes it.
QByteArray with(const QString& path, const QJsonValue& value)
{
    const QStringList keys = path.split(u'.');
    const std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int depth) {
        const QString& key = keys.at(depth);
        if (depth + 1 < keys.size())
            o.insert(key, set(o.value(key).toObject(), depth + 1));
        else if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    return json(set(validLesson(), 0));
}

using LabTest::hasThai;

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

Lab::LiveRun liveRun(Lab::Strategy s, Lab::Runtime r = Lab::Runtime::Cpp, int lab = 2)
{
    Lab::LiveRun run;
    run.config.strategy = s;
    run.config.runtime = r;
    run.config.labNumber = lab;
    return run;
}

} // namespace

class TestLesson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void aValidLessonIsRead()
    {
        const auto parsed = Lab::parseLesson(json(validLesson()), u"x.json"_s);
        const auto* error = std::get_if<QString>(&parsed);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const auto& l = std::get<Lab::Lesson>(parsed);
        QCOMPARE(l.file, u"x.json"_s);
        QCOMPARE(l.preset, 2);
        QCOMPARE(l.title.in(u"th"_s), u"บทที่ 2"_s);
        QCOMPARE(l.title.in(u"en"_s), u"Lesson 2"_s);
        QCOMPARE(l.predictFor, Lab::Strategy::Threads);
        QCOMPARE(l.lookAt, Lab::LessonChart::Timeline);
        QCOMPARE(l.lookFor, Lab::Strategy::Threads);
        QCOMPARE(l.text(Lab::LessonStep::Try).en, u"Try"_s);
        QCOMPARE(l.modifyButton.th, u"ปุ่ม"_s);
        QCOMPARE(l.change.workers, 1);
        QCOMPARE(l.change.gil, true);
        QVERIFY(!l.change.tasks);
        QVERIFY(l.change.strategies.isEmpty());
        QCOMPARE(l.text(Lab::LessonStep::Takeaway).th, u"สรุป"_s);
    }

    void theChangeNamesStrategies()
    {
        const auto parsed = Lab::parseLesson(
            with(u"try.change.strategies"_s, QJsonArray{u"sequential"_s, u"processes"_s}), u"x.json"_s);
        QVERIFY(std::holds_alternative<Lab::Lesson>(parsed));
        const QList<Lab::Strategy> expected{Lab::Strategy::Sequential, Lab::Strategy::Processes};
        QCOMPARE(std::get<Lab::Lesson>(parsed).change.strategies, expected);
    }

    void aBrokenFileIsNamedWithItsField_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"preset\": ")
                                  << u"x.json: not valid JSON at character 11"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"x.json: must hold one group of fields in { }"_s;
        QTest::newRow("no preset") << with(u"preset"_s, QJsonValue::Undefined)
                                   << u"x.json: preset: is missing"_s;
        const QString presets =
            u"x.json: preset: must be a whole number from 0 to %1"_s.arg(Lab::labCount - 1);
        QTest::newRow("preset past the labs") << with(u"preset"_s, Lab::labCount) << presets;
        QTest::newRow("preset 1.5") << with(u"preset"_s, 1.5) << presets;
        QTest::newRow("preset text") << with(u"preset"_s, u"1"_s) << presets;
        QTest::newRow("title in Thai only")
            << with(u"title"_s, QJsonObject{{u"th"_s, u"บท"_s}})
            << u"x.json: title: must hold a Thai text (th) and an English one (en)"_s;
        QTest::newRow("title a string")
            << with(u"title"_s, u"Lesson"_s)
            << u"x.json: title: must hold a Thai text (th) and an English one (en)"_s;
        QTest::newRow("empty English")
            << with(u"look.text"_s, text(u"ดู"_s, u"  "_s))
            << u"x.json: look.text: must hold a Thai text (th) and an English one (en)"_s;
        QTest::newRow("no takeaway") << with(u"takeaway"_s, QJsonValue::Undefined)
                                     << u"x.json: takeaway: is missing"_s;
        QTest::newRow("no look") << with(u"look"_s, QJsonValue::Undefined) << u"x.json: look: is missing"_s;
        QTest::newRow("look a list") << with(u"look"_s, QJsonArray())
                                     << u"x.json: look: must be a group of fields in { }"_s;
        QTest::newRow("a mistyped field")
            << with(u"try.chnage"_s, 1)
            << u"x.json: try.chnage: is not a field here; these are: text, button, change"_s;
        QTest::newRow("a field too many")
            << with(u"colour"_s, 1)
            << u"x.json: colour: is not a field here; these are: preset, title, "
               u"question, predict, run, look, try, takeaway"_s;
        QTest::newRow("unknown chart")
            << with(u"look.chart"_s, u"pie"_s)
            << u"x.json: look.chart: must be one of: wallclock, cpu, timeline, states"_s;
        QTest::newRow("no look strategy")
            << with(u"look.strategy"_s, QJsonValue::Undefined) << u"x.json: look.strategy: is missing"_s;
        QTest::newRow("unknown guess strategy")
            << with(u"predict.strategy"_s, u"asyncio"_s)
            << u"x.json: predict.strategy: must be one of: sequential, coroutines, threads, processes, cluster"_s;
        QTest::newRow("no change") << with(u"try.change"_s, QJsonObject())
                                   << u"x.json: try.change: names no change to make"_s;
        QTest::newRow("0 workers") << with(u"try.change.workers"_s, 0)
                                   << u"x.json: try.change.workers: must be a whole number from 1 to 64"_s;
        QTest::newRow("2000 tasks") << with(u"try.change.tasks"_s, 2000)
                                    << u"x.json: try.change.tasks: must be a whole number from 1 to 1000"_s;
        QTest::newRow("gil as text") << with(u"try.change.gil"_s, u"on"_s)
                                     << u"x.json: try.change.gil: must be true or false"_s;
        QTest::newRow("no strategies") << with(u"try.change.strategies"_s, QJsonArray())
                                       << u"x.json: try.change.strategies: must be a list of one or more of: "
                                          u"sequential, coroutines, threads, processes, cluster"_s;
        QTest::newRow("an unknown strategy")
            << with(u"try.change.strategies"_s, QJsonArray{u"threads"_s, u"fibres"_s})
            << u"x.json: try.change.strategies: must be one of: sequential, coroutines, threads, processes, cluster"_s;
    }
    void aBrokenFileIsNamedWithItsField()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        const auto parsed = Lab::parseLesson(contents, u"x.json"_s);
        QVERIFY(std::holds_alternative<QString>(parsed));
        QCOMPARE(std::get<QString>(parsed), message);
    }

    void theShippedLessonsTeachEveryLabInOrder()
    {
        const Lab::LessonPlan plan = Lab::loadLessons();
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join(u'\n')));
        QCOMPARE(plan.lessons.size(), Lab::labCount);
        for (int i = 0; i < plan.lessons.size(); ++i) {
            const Lab::Lesson& l = plan.lessons.at(i);
            QCOMPARE(l.preset, i);
            QVERIFY(hasThai(l.title.th) && !hasThai(l.title.en));
            QVERIFY(hasThai(l.modifyButton.th) && !hasThai(l.modifyButton.en));
            for (Lab::LessonStep step : Lab::allLessonSteps) {
                QVERIFY2(hasThai(l.text(step).th), qPrintable(l.file));
                QVERIFY2(!hasThai(l.text(step).en), qPrintable(l.file));
            }
        }
    }

    void anIndexNamesEachFileItCouldNotUse()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"good.json"_s), json(validLesson()));
        writeFile(dir.filePath(u"broken.json"_s), with(u"look.chart"_s, u"pie"_s));
        writeFile(dir.filePath(u"index.json"_s),
                  json({{u"lessons"_s, QJsonArray{u"broken.json"_s, u"missing.json"_s, u"good.json"_s}}}));
        const Lab::LessonPlan plan = Lab::loadLessons(dir.filePath(u"index.json"_s));
        QCOMPARE(plan.lessons.size(), 1);
        QCOMPARE(plan.lessons.first().file, u"good.json"_s);
        const QStringList expected{
            u"broken.json: look.chart: must be one of: wallclock, cpu, timeline, states"_s,
            u"missing.json: cannot be read"_s};
        QCOMPARE(plan.errors, expected);
    }

    void aBrokenIndexIsOneMessage_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("lessons") << u"index.json: not valid JSON at character 1"_s;
        QTest::newRow("no list") << json({{u"lesson"_s, u"a.json"_s}})
                                 << u"index.json: lessons: must be a list of one or more file names"_s;
        QTest::newRow("empty") << json({{u"lessons"_s, QJsonArray()}})
                               << u"index.json: lessons: must be a list of one or more file names"_s;
        QTest::newRow("numbers") << json({{u"lessons"_s, QJsonArray{1, 2}}})
                                 << u"index.json: lessons: must be a list of one or more file names"_s;
    }
    void aBrokenIndexIsOneMessage()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"index.json"_s), contents);
        const Lab::LessonPlan plan = Lab::loadLessons(dir.filePath(u"index.json"_s));
        QVERIFY(plan.lessons.isEmpty());
        QCOMPARE(plan.errors, QStringList{message});
    }

    void aMissingIndexIsOneMessage()
    {
        const Lab::LessonPlan plan = Lab::loadLessons(u"/nonexistent/index.json"_s);
        QVERIFY(plan.lessons.isEmpty());
        QCOMPARE(plan.errors, QStringList{u"index.json: cannot be read"_s});
    }

    void theRunOfAStrategyIsTheEnginesFirstOfTheLab()
    {
        using enum Lab::Strategy;
        const QList<Lab::LiveRun> batch{liveRun(Sequential), liveRun(Threads, Lab::Runtime::Python),
                                        liveRun(Threads), liveRun(Threads)};
        QCOMPARE(Lab::runIndexOf(batch, 2, Sequential), 0);
        QCOMPARE(Lab::runIndexOf(batch, 2, Threads), 2);
        QCOMPARE(Lab::runIndexOf(batch, 2, Processes), -1);
        QCOMPARE(Lab::runIndexOf(batch, 1, Sequential), -1); // another lab's, or a custom experiment
        QCOMPARE(Lab::runIndexOf({liveRun(Sequential, Lab::Runtime::Cpp, -1)}, 0, Sequential), -1);
        QCOMPARE(Lab::runIndexOf({}, 2, Sequential), -1);
    }
};

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
