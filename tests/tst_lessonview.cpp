#include "chartspane.h"
#include "cpuchart.h"
#include "engine/session.h"
#include "experimentpanel.h"
#include "languagecheck.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "statechart.h"
#include "testsupport.h"
#include "timelineview.h"
#include "translation.h"
#include "wallclockchart.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

#include <set>

using namespace Qt::StringLiterals;
using LabTest::englishWords;
using LabTest::hasThai;

namespace {

QAbstractButton* button(Lab::LessonView* view, const QString& name)
{
    return view->findChild<QAbstractButton*>(name);
}

// A label's words as a person reads them: a table's cells stay apart.
QString plainText(const QLabel* label)
{
    QTextDocument document;
    if (label->textFormat() == Qt::MarkdownText)
        document.setMarkdown(label->text());
    else
        document.setHtml(label->text());
    return document.toPlainText();
}

// What the lesson shows now: its labels and the buttons that can be seen.
QStringList shownTexts(Lab::LessonView* view)
{
    QStringList texts;
    for (QLabel* l : view->findChildren<QLabel*>()) {
        if (l->isVisibleTo(view))
            texts << plainText(l);
    }
    for (QAbstractButton* b : view->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(view))
            texts << b->text();
    }
    texts.removeAll(QString());
    return texts;
}

QString wrongLanguage(const QStringList& texts, const QString& language)
{
    for (const QString& text : texts) {
        if (language == Lab::thai ? !englishWords(text).isEmpty() : hasThai(text))
            return text;
    }
    return {};
}

// Set with CL_LESSON_SCREENSHOTS=DIR to look at every page as a person would.
void saveScreenshot(Lab::MainWindow& window, const QString& language, int page)
{
    const QString dir = qEnvironmentVariable("CL_LESSON_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layouts and the charts' scenes, as a person would see them
    window.grab().save(u"%1/lesson-%2-page%3.png"_s.arg(dir, language).arg(page, 2, 10, QChar(u'0')));
}

std::set<Lab::Strategy> strategiesOf(const QList<Lab::LiveRun>& batch)
{
    std::set<Lab::Strategy> s;
    for (const Lab::LiveRun& run : batch)
        s.insert(run.config.strategy);
    return s;
}

} // namespace

class TestLessonView : public QObject {
    Q_OBJECT
    static constexpr int waitPercent = 5; // every wait of the lessons' runs, shortened

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        LabTest::failOnAnyWarning();
        QSettings().clear(); // a new person
        m_window = std::make_unique<Lab::MainWindow>(QStringLiteral(CL_APP_PATH));
        m_window->show();
        m_window->experimentPanel()->setWaitPercent(waitPercent);
        m_view = m_window->lessonView();
    }
    void cleanup() { m_window.reset(); }

    void aNewPersonSeesTheLessonFirst()
    {
        QVERIFY(m_window->lessonDock()->isVisible());
        QCOMPARE(m_view->page(), 0);
        QCOMPARE(m_view->step(), Lab::LessonStep::Question);
        QVERIFY(m_view->plan().errors.isEmpty());
        QCOMPARE(m_view->plan().lessons.size(), Lab::labCount);
    }

    void everyStepFromFirstToLast_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Thai") << Lab::thai;
        QTest::newRow("English") << Lab::english;
    }
    void everyStepFromFirstToLast()
    {
        QFETCH(QString, language);
        m_window->setLanguage(language);
        for (int page = 0; page < m_view->pageCount(); ++page) {
            QCOMPARE(m_view->page(), page);
            QVERIFY2(!m_view->bodyText().trimmed().isEmpty(), qPrintable(u"page %1"_s.arg(page)));
            if (language == Lab::thai)
                QVERIFY2(hasThai(m_view->bodyText()), qPrintable(m_view->bodyText()));
            const QString wrong = wrongLanguage(shownTexts(m_view), language);
            QVERIFY2(wrong.isEmpty(), qPrintable(u"page %1: %2"_s.arg(page).arg(wrong)));
            if (m_view->step())
                doStep(*m_view->lesson(), *m_view->step());
            if (QTest::currentTestFailed())
                return;
            saveScreenshot(*m_window, language, page);
            QCOMPARE(button(m_view, u"lessonNext"_s)->isEnabled(), page + 1 < m_view->pageCount());
            QTest::mouseClick(button(m_view, u"lessonNext"_s), Qt::LeftButton);
        }
        QVERIFY(!m_view->lesson()); // the end: the table of techniques
        QVERIFY(m_view->bodyText().contains(u"Process Pool"_s));
        QVERIFY(m_view->bodyText().contains(u"Asyncio"_s));
    }

    void aStepLeftClearsItsHighlight()
    {
        const Lab::Lesson& first = m_view->plan().lessons.first();
        m_view->setPage(int(Lab::LessonStep::Run));
        runAndWait(u"lessonRun"_s);
        QTest::mouseClick(button(m_view, u"lessonNext"_s), Qt::LeftButton);
        QCOMPARE(m_view->step(), Lab::LessonStep::Look);
        QVERIFY(highlighted(first.lookAt) >= 0);
        QTest::mouseClick(button(m_view, u"lessonBack"_s), Qt::LeftButton);
        for (Lab::LessonChart chart : {Lab::LessonChart::WallClock, Lab::LessonChart::Cpu,
                                       Lab::LessonChart::Timeline, Lab::LessonChart::States})
            QCOMPARE(highlighted(chart), -1);
    }

    void aLookBeforeTheRunSaysSoAndPointsAtNothing()
    {
        m_view->setPage(int(Lab::LessonStep::Look));
        for (Lab::LessonChart chart : {Lab::LessonChart::WallClock, Lab::LessonChart::Cpu,
                                       Lab::LessonChart::Timeline, Lab::LessonChart::States})
            QCOMPARE(highlighted(chart), -1);
        const auto* outcome = m_view->findChild<QLabel*>(u"lessonOutcome"_s);
        QVERIFY(outcome->isVisibleTo(m_view));
        QVERIFY(outcome->text().contains(QString::number(int(Lab::LessonStep::Run) + 1)));
    }

    void theLessonFollowsTheLanguageSwitch()
    {
        m_window->setLanguage(Lab::thai);
        m_view->setPage(int(Lab::LessonStep::Predict));
        QVERIFY(hasThai(m_view->bodyText()));
        QVERIFY(hasThai(m_view->findChild<QDoubleSpinBox*>()->suffix()));
        m_window->setLanguage(Lab::english);
        QVERIFY(!hasThai(m_view->bodyText()));
        QCOMPARE(wrongLanguage(shownTexts(m_view), Lab::english), QString());
        const QString firstLine = QString(m_view->lesson()->predict.en).remove(u"**"_s).section(u'\n', 0, 0);
        QVERIFY2(m_view->bodyText().contains(firstLine), qPrintable(m_view->bodyText()));
    }

    // A lab picked in the panel's list brings its lesson; a lab set by a lesson's own run does not.
    void aLabChosenInThePanelBringsItsLesson()
    {
        auto* presets = m_window->experimentPanel()->findChild<QComboBox*>(u"preset"_s);
        m_view->setPage(int(Lab::LessonStep::Look)); // lesson 0, further on
        presets->setCurrentIndex(3);
        Q_EMIT presets->activated(3);
        QCOMPARE(m_view->lesson()->preset, 3);
        QCOMPARE(m_view->step(), Lab::LessonStep::Question);
        m_view->setPage(m_view->page() + int(Lab::LessonStep::Predict));
        Q_EMIT presets->activated(3); // the same lab again: the lesson stays where it is
        QCOMPARE(m_view->step(), Lab::LessonStep::Predict);
        m_window->experimentPanel()->setPreset(5);
        QCOMPARE(m_view->lesson()->preset, 3);
    }

    void whereThePersonWasIsRemembered()
    {
        m_view->setPage(8);
        m_window->lessonDock()->hide();
        m_window->close(); // saves the settings
        Lab::MainWindow again(QStringLiteral(CL_APP_PATH));
        again.show();
        QCOMPARE(again.lessonView()->page(), 8);
        QVERIFY(!again.lessonDock()->isVisible());
    }

    void aBrokenLessonIsToldNotFatal()
    {
        m_view->setPlan(
            {{},
             {u"01-asyncio-weather.json: look.chart: must be one of: wallclock, cpu, timeline, states"_s}});
        QCOMPARE(m_view->pageCount(), 1);
        QVERIFY(!m_view->lesson());
        QVERIFY(shownTexts(m_view).join(u'\n').contains(u"01-asyncio-weather.json: look.chart"_s));
        QVERIFY(!button(m_view, u"lessonNext"_s)->isEnabled());
    }

private:
    void doStep(const Lab::Lesson& lesson, Lab::LessonStep step)
    {
        switch (step) {
        case Lab::LessonStep::Predict:
            m_view->findChild<QDoubleSpinBox*>()->setValue(1.5);
            break;
        case Lab::LessonStep::Run:
            runAndWait(u"lessonRun"_s);
            checkLabRun(lesson);
            break;
        case Lab::LessonStep::Look:
            checkPointer(lesson);
            break;
        case Lab::LessonStep::Try:
            runAndWait(u"lessonTry"_s);
            checkChangedRun(lesson.change, lesson.preset);
            break;
        default:
            break;
        }
    }

    void runAndWait(const QString& which)
    {
        QSignalSpy finished(m_window.get(), &Lab::MainWindow::batchFinished);
        QAbstractButton* run = button(m_view, which);
        QVERIFY(run->isVisible() && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
    }

    // The lab's preset ran (beside whatever baseline it brings), the guess riding with its strategy's run.
    void checkLabRun(const Lab::Lesson& lesson)
    {
        const QList<Lab::LiveRun>& batch = m_window->session()->batch();
        const int guessed = Lab::runIndexOf(batch, lesson.preset, lesson.predictFor, lesson.predictGil);
        QVERIFY(guessed >= 0);
        QCOMPARE(batch.at(guessed).config.predictionMs, std::optional<qint64>(1500));
    }

    void checkPointer(const Lab::Lesson& lesson)
    {
        const int run =
            Lab::runIndexOf(m_window->session()->batch(), lesson.preset, lesson.lookFor, lesson.lookGil);
        QVERIFY(run >= 0);
        QCOMPARE(highlighted(lesson.lookAt), run);
        Lab::ChartsPane* charts = m_window->chartsPane();
        const auto inFront = [charts](const QWidget* chart) {
            return charts->currentWidget() == chart || charts->currentWidget()->isAncestorOf(chart);
        };
        switch (lesson.lookAt) {
        case Lab::LessonChart::WallClock:
            QVERIFY(inFront(charts->wallClock()));
            QTRY_VERIFY(!charts->wallClock()->highlightRect().isNull());
            break;
        case Lab::LessonChart::Cpu:
            QVERIFY(inFront(charts->cpu()));
            QTRY_VERIFY(charts->cpu()->highlightPath().size() >= 2);
            break;
        case Lab::LessonChart::Timeline:
            QVERIFY(inFront(charts->timeline()));
            QTRY_VERIFY(!charts->timeline()->highlightRect().isNull());
            break;
        case Lab::LessonChart::States:
            QVERIFY(inFront(charts->states()));
            QTRY_VERIFY(!charts->states()->highlightRect().isNull());
            break;
        }
    }

    // A custom experiment from the lab's fields with the one change (a baseline the session already
    // has may be reused beside it: only the runs of the custom experiment are checked); a mistakes
    // lab's change is made to the lab itself, whose ways need it.
    void checkChangedRun(const Lab::LessonChange& change, int lab)
    {
        const int changedLab = Lab::isMistakesLab(lab) ? lab : -1;
        const QList<Lab::LiveRun>& batch = m_window->session()->batch();
        if (!change.strategies.isEmpty())
            QCOMPARE(strategiesOf(batch),
                     std::set<Lab::Strategy>(change.strategies.begin(), change.strategies.end()));
        int custom = 0;
        for (const Lab::LiveRun& run : batch) {
            if (run.config.labNumber != changedLab)
                continue;
            ++custom;
            if (change.delayMs && run.config.workload != Lab::Workload::Counter)
                QCOMPARE(run.config.delayMs, *change.delayMs * waitPercent / 100);
            const bool pooled = run.config.strategy == Lab::Strategy::Threads ||
                                run.config.strategy == Lab::Strategy::Processes;
            if (change.tasks)
                QCOMPARE(Lab::taskCountOf(run.config), *change.tasks);
            if (change.workers && pooled)
                QCOMPARE(run.config.workers, *change.workers);
            if (change.gil && run.config.strategy == Lab::Strategy::Threads)
                QCOMPARE(run.config.gil, *change.gil);
        }
        QVERIFY(custom > 0);
    }

    int highlighted(Lab::LessonChart chart) const
    {
        Lab::ChartsPane* charts = m_window->chartsPane();
        switch (chart) {
        case Lab::LessonChart::WallClock:
            return charts->wallClock()->highlighted();
        case Lab::LessonChart::Cpu:
            return charts->cpu()->highlighted();
        case Lab::LessonChart::Timeline:
            return charts->timeline()->highlighted();
        case Lab::LessonChart::States:
            return charts->states()->highlighted();
        }
        return -1;
    }

    std::unique_ptr<Lab::MainWindow> m_window;
    Lab::LessonView* m_view = nullptr;
};

QTEST_MAIN(TestLessonView)
#include "tst_lessonview.moc"
