#include "chartspane.h"
#include "cpuchart.h"
#include "experimentpanel.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "palette.h"
#include "presenterbar.h"
#include "presenterstyle.h"
#include "statechart.h"
#include "testsupport.h"
#include "timelineview.h"
#include "translation.h"
#include "wallclockchart.h"

#include <QChartView>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

struct TextBox {
    QString text;
    QRect rect; // in the chart view
    const QGraphicsItem* item;
};

// Every text the chart's scene shows: its labels, titles, legend entries and axes' labels.
QList<TextBox> textsOf(const QChartView& view)
{
    QList<TextBox> texts;
    for (const QGraphicsItem* item : view.scene()->items()) {
        QString text;
        QRectF box = item->boundingRect();
        if (const auto* simple = dynamic_cast<const QGraphicsSimpleTextItem*>(item)) {
            text = simple->text();
        } else if (const auto* rich = dynamic_cast<const QGraphicsTextItem*>(item)) {
            text = rich->toPlainText();
            const qreal margin = rich->document()->documentMargin(); // around the text, not of it
            box.adjust(margin, margin, -margin, -margin);
        }
        if (item->isVisible() && !text.trimmed().isEmpty())
            texts.append({text, view.mapFromScene(item->mapToScene(box)).boundingRect(), item});
    }
    return texts;
}

// Qt Charts cuts a label that does not fit short with dots.
bool cutShort(const QString& text)
{
    return text.contains(u"..."_s) || text.contains(u'…');
}

QString describe(const TextBox& box, const QWidget& widget)
{
    return u"\"%1\" at %2,%3 %4×%5 in %6×%7"_s.arg(box.text.simplified())
        .arg(box.rect.x())
        .arg(box.rect.y())
        .arg(box.rect.width())
        .arg(box.rect.height())
        .arg(widget.width())
        .arg(widget.height());
}

} // namespace

class TestPresenter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { LabTest::failOnAnyWarning(); }
    void cleanup()
    {
        m_window.reset();
        Lab::Palette::setLook(Lab::Palette::Look::Screen);
    }

    void textSizesFollowTheWindow_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::addColumn<int>("value");
        QTest::newRow("1280x720") << QSize(1280, 720) << 21;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 32;
        QTest::newRow("3840x2160") << QSize(3840, 2160) << 64;
        QTest::newRow("narrow: by its width") << QSize(960, 1080) << 16;
    }
    void textSizesFollowTheWindow()
    {
        QFETCH(QSize, window);
        QFETCH(int, value);
        const Lab::Presenter::TextSizes px = Lab::Presenter::textSizesFor(window);
        QCOMPARE(px.value, value);
        QVERIFY(px.text < px.value && px.value < px.title);
    }

    void noLabelIsClipped_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("lab");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
            for (const QString& language : {Lab::english, Lab::thai}) {
                const QString name = u"%1x%2 %3"_s.arg(size.width()).arg(size.height()).arg(language);
                QTest::newRow(qPrintable(name + u" lab 1"_s)) << size << language << 1;
            }
        }
        QTest::newRow("1280x720 th lab 3") << QSize(1280, 720) << Lab::thai << 3;
        QTest::newRow("1280x720 en lab 4") << QSize(1280, 720) << Lab::english << 4;
    }
    void noLabelIsClipped()
    {
        QFETCH(QSize, window);
        QFETCH(QString, language);
        QFETCH(int, lab);
        present(window, language);
        runLab(lab);
        const Lab::Presenter::TextSizes px = Lab::Presenter::textSizesFor(window);
        Lab::ChartsPane* charts = m_window->chartsPane();
        for (int tab = 0; tab < charts->count(); ++tab) {
            charts->setCurrentIndex(tab);
            QCoreApplication::processEvents(); // the chart lays itself out when posted
            const QRect tabRect = charts->tabBar()->tabRect(tab);
            QVERIFY2(charts->tabBar()->rect().contains(tabRect), qPrintable(charts->tabText(tab)));
        }
        for (QChartView* view :
             {static_cast<QChartView*>(charts->wallClock()), static_cast<QChartView*>(charts->cpu())}) {
            charts->setCurrentIndex(view == charts->wallClock() ? 0 : 1);
            QCoreApplication::processEvents();
            checkTexts(*view);
        }
        saveSnapshots();
        checkValueLabels(px);
        checkPaintedCharts(px);
        checkBar();
    }

    // Many runs: every lane stays a lane (at least a line of text high) and the timeline scrolls.
    void manyLanesScrollRatherThanShrink()
    {
        present(QSize(1280, 720), Lab::english);
        Lab::ExperimentPanel* panel = m_window->experimentPanel();
        panel->setPreset(2); // the logs: waits of a pool of threads
        auto* sweep = panel->findChild<QLineEdit*>(u"sweepWorkers"_s);
        QVERIFY(sweep);
        sweep->setText(u"1,2,3,4,5,6,8"_s);
        runLab(-1);
        QCOMPARE(m_window->session()->shown().size(), 8); // one at a time, then the pool at 7 sizes
        Lab::TimelineView* timeline = m_window->chartsPane()->timeline();
        m_window->chartsPane()->setCurrentIndex(2);
        QCoreApplication::processEvents();
        QVERIFY2(timeline->laneCount() >= 20, qPrintable(QString::number(timeline->laneCount())));
        const int line = QFontMetrics(timeline->font()).height();
        int bars = 0;
        for (int run = 0; run < 8; ++run) {
            for (int task = 0; task < 12; ++task) {
                const QRectF bar = timeline->barRect(run, task, timeline->rect());
                if (bar.isNull())
                    continue;
                ++bars;
                QVERIFY2(bar.height() >= line * 0.9,
                         qPrintable(u"run %1 task %2: %3 px for a line of %4"_s.arg(run)
                                        .arg(task)
                                        .arg(bar.height())
                                        .arg(line)));
            }
        }
        QVERIFY(bars > 10);
        const auto* scroll = qobject_cast<QScrollArea*>(m_window->chartsPane()->currentWidget());
        QVERIFY(scroll);
        QVERIFY(timeline->height() > scroll->viewport()->height());
        m_window->chartsPane()->setCurrentIndex(0); // eight bars, their labels still inside and apart
        QCoreApplication::processEvents();
        checkTexts(*m_window->chartsPane()->wallClock());
        qInfo() << "notes:" << m_window->session()->suspectNotes().size();
        if (const QString folder = qEnvironmentVariable("LAB_PRESENTER_SNAPSHOTS"); !folder.isEmpty()) {
            QVERIFY(m_window->grab().save(QDir(folder).filePath(u"1280x720-en-8-runs-timeline.png"_s)));
            m_window->chartsPane()->setCurrentIndex(0);
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(QDir(folder).filePath(u"1280x720-en-8-runs-wall-clock.png"_s)));
        }
    }

    void leavingGivesTheWindowBack()
    {
        present(QSize(1280, 720), Lab::english);
        QVERIFY(!m_window->experimentPanel()->isVisible());
        QCOMPARE(Lab::Palette::look(), Lab::Palette::Look::Projector);
        auto* leave = m_window->presenterBar()->findChild<QPushButton*>(u"presenterLeave"_s);
        QTest::mouseClick(leave, Qt::LeftButton);
        QVERIFY(m_window->experimentPanel()->isVisible());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(!m_window->presenterBar()->isVisible());
        QCOMPARE(Lab::Palette::look(), Lab::Palette::Look::Screen);
        QVERIFY(m_window->chartsPane()->timeline()->font().pixelSize() <= 0); // the window's again
    }

    // The projector's colours stay apart in grey too, for a washed-out image to keep them apart.
    void theProjectorsColoursDifferInLightness()
    {
        Lab::Palette::setLook(Lab::Palette::Look::Projector);
        QList<int> lightness;
        for (Lab::Strategy s : Lab::allStrategies)
            lightness.append(qGray(Lab::Palette::strategyColor(s).rgb()));
        for (int i = 0; i < lightness.size(); ++i) {
            for (int j = i + 1; j < lightness.size(); ++j)
                QVERIFY2(qAbs(lightness.at(i) - lightness.at(j)) >= 20,
                         qPrintable(u"%1 and %2"_s.arg(lightness.at(i)).arg(lightness.at(j))));
        }
        QCOMPARE(Lab::Palette::strokeScale(), 2.0);
    }

    // The bar's Run runs the lesson's lab; Next goes on.
    void theBarDrivesTheLesson()
    {
        present(QSize(1280, 720), Lab::english);
        m_window->experimentPanel()->setWaitPercent(5);
        Lab::LessonView* lesson = m_window->lessonView();
        lesson->setPage(0);
        auto* next = m_window->presenterBar()->findChild<QPushButton*>(u"presenterNext"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(lesson->page(), 1);
        QVERIFY(m_window->presenterBar()->headline().contains(u"2"_s));
        QSignalSpy finished(m_window.get(), &Lab::MainWindow::batchFinished);
        QTest::mouseClick(m_window->presenterBar()->findChild<QPushButton*>(u"presenterRun"_s),
                          Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        QVERIFY(!m_window->session()->batch().isEmpty());
    }

private:
    void present(const QSize& size, const QString& language)
    {
        m_window = std::make_unique<Lab::MainWindow>(QStringLiteral(CL_APP_PATH));
        m_window->setLanguage(language);
        m_window->setPresenterMode(true);
        m_window->setWindowState(Qt::WindowNoState); // the size asked for, not the test screen's
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), size);
    }

    void runLab(int lab)
    {
        Lab::ExperimentPanel* panel = m_window->experimentPanel();
        if (lab >= 0)
            panel->setPreset(lab);
        panel->setWaitPercent(5);
        QSignalSpy finished(m_window.get(), &Lab::MainWindow::batchFinished);
        m_window->run();
        QVERIFY(finished.wait(120'000));
        QCoreApplication::processEvents();
    }

    // With LAB_PRESENTER_SNAPSHOTS set to a folder: a picture of each tab, to look at.
    void saveSnapshots()
    {
        const QString folder = qEnvironmentVariable("LAB_PRESENTER_SNAPSHOTS");
        if (folder.isEmpty())
            return;
        Lab::ChartsPane* charts = m_window->chartsPane();
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        for (int tab = 0; tab < charts->count(); ++tab) {
            charts->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(QDir(folder).filePath(u"%1-tab%2.png"_s.arg(name).arg(tab))));
        }
    }

    // Inside its chart, not cut short, not over another text.
    static void checkTexts(const QChartView& view)
    {
        const QList<TextBox> texts = textsOf(view);
        QVERIFY(texts.size() > 3);
        for (int i = 0; i < texts.size(); ++i) {
            const TextBox& box = texts.at(i);
            QVERIFY2(view.rect().contains(box.rect), qPrintable(describe(box, view)));
            QVERIFY2(!cutShort(box.text), qPrintable(describe(box, view)));
            // The app's own texts (values, notes, hints) over any other; Qt Charts lays out its
            // axes' and legend's, whose line boxes meet at the plot's corner and no glyph does.
            const bool ours = dynamic_cast<const QGraphicsSimpleTextItem*>(box.item) != nullptr;
            // Mapped to whole pixels, texts that touch share an edge.
            const QRect inside = box.rect.adjusted(1, 1, -1, -1);
            for (int j = i + 1; j < texts.size(); ++j)
                QVERIFY2(!(ours || dynamic_cast<const QGraphicsSimpleTextItem*>(texts.at(j).item)) ||
                             !inside.intersects(texts.at(j).rect),
                         qPrintable(describe(box, view) + u" over "_s + describe(texts.at(j), view)));
        }
    }

    void checkValueLabels(const Lab::Presenter::TextSizes& px)
    {
        Lab::WallClockChart* chart = m_window->chartsPane()->wallClock();
        QList<TextBox> values;
        for (const TextBox& box : textsOf(*chart)) {
            const auto* simple = dynamic_cast<const QGraphicsSimpleTextItem*>(box.item);
            if (simple && simple->font().pixelSize() == px.value)
                values.append(box);
        }
        // Each bar's time, and beside one at a time's, how many times faster.
        QVERIFY2(values.size() >= chart->barSeconds().size() + 1, qPrintable(QString::number(values.size())));
        for (const TextBox& value : std::as_const(values))
            QVERIFY(value.rect.height() >= px.value); // apart and inside: checkTexts()
    }

    void checkPaintedCharts(const Lab::Presenter::TextSizes& px)
    {
        Lab::ChartsPane* charts = m_window->chartsPane();
        QCOMPARE(charts->timeline()->font().pixelSize(), px.text);
        QCOMPARE(charts->states()->font().pixelSize(), px.text);
        QVERIFY(charts->timeline()->height() >= charts->timeline()->minimumSizeHint().height());
    }

    // Folded into the bar: every button's text whole, the step's line within its label.
    void checkBar()
    {
        QVERIFY(!m_window->experimentPanel()->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        Lab::PresenterBar* bar = m_window->presenterBar();
        QVERIFY(bar->isVisible());
        QVERIFY(m_window->rect().contains(bar->geometry()));
        for (const QPushButton* button : bar->findChildren<QPushButton*>()) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            QVERIFY(bar->rect().contains(button->geometry()));
        }
        const auto* headline = bar->findChild<QLabel*>(u"presenterHeadline"_s);
        QVERIFY(headline->fontMetrics().horizontalAdvance(headline->text()) <=
                headline->contentsRect().width());
    }

    std::unique_ptr<Lab::MainWindow> m_window;
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
