#include "chartexport.h"
#include "engine/session.h"
#include "palette.h"
#include "statefill.h"
#include "testsupport.h"
#include "timelinepainter.h"
#include "timelinesupport.h"
#include "timelineview.h"
#include "work/workload.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace TimelineTest;
using Lab::Strategy;
using Lab::TaskState;
using Lab::Workload;

namespace {

const QRect exportArea(0, 0, 1600, 1000);

// "sequential,threads:2" → a sequential run, then threads with two workers.
QList<Lab::RunConfig> batchOf(const QString& spec, int tasks, int delayMs)
{
    QList<Lab::RunConfig> batch;
    for (const QString& run : spec.split(u',')) {
        const QStringList parts = run.split(u':');
        Lab::RunConfig c =
            LabTest::config(Workload::Weather, *Lab::strategyFromId(parts.at(0)), tasks, delayMs);
        if (parts.size() > 1)
            c.workers = parts.at(1).toInt();
        batch.append(c);
    }
    return batch;
}

// What LabTest::config gives for weather, without its squares sizes, which overflow an int past
// 21,474 tasks.
Lab::RunConfig manyCities(Strategy strategy, int tasks, int delayMs, int workers = 1)
{
    Lab::RunConfig c;
    c.strategy = strategy;
    c.workers = workers;
    c.delayMs = delayMs;
    c.cities = Lab::expandCities(Lab::worldCities(), tasks);
    c.taskCount = tasks;
    return c;
}

bool runBatch(Lab::Session& session, const QList<Lab::RunConfig>& batch, int timeoutMs = 60'000)
{
    QSignalSpy finished(&session, &Lab::Session::batchFinished);
    return session.start(batch) && (finished.count() > 0 || finished.wait(timeoutMs));
}

QImage rendered(Lab::TimelineView& view, const QSize& size = exportArea.size())
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    view.render(painter, size);
    return image;
}

// Inside the bar, clear of its outline and of the label, which ends a padding short of the right.
QPoint fillPoint(const QRectF& bar)
{
    return QPointF(bar.right() - std::min(6.0, bar.width() / 2), bar.center().y()).toPoint();
}

// Somewhere along the middle of the bar, however thin it is (failures end at once).
bool drawnIn(const QImage& image, const QRectF& bar, const QColor& color)
{
    for (int x = int(std::floor(bar.left())); x <= int(std::ceil(bar.right())); ++x) {
        if (image.pixelColor(x, int(bar.center().y())) == color)
            return true;
    }
    return false;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void lanesPerWorker_data()
    {
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QStringList>("lanes"); // patterns, in order
        QTest::newRow("threads, 3 workers")
            << u"threads:3"_s << QStringList{u"thread-1"_s, u"thread-2"_s, u"thread-3"_s};
        // One at a time and the event loop in the person's words; numbered workers by their names.
        QTest::newRow("coroutines") << u"coroutines"_s << QStringList{u"event loop"_s};
        QTest::newRow("sequential + threads, 2 workers")
            << u"sequential,threads:2"_s << QStringList{u"one at a time"_s, u"thread-1"_s, u"thread-2"_s};
        QTest::newRow("processes, 2 workers")
            << u"processes:2"_s << QStringList{u"process-1 · pid \\d+"_s, u"process-2 · pid \\d+"_s};
    }
    void lanesPerWorker()
    {
        QFETCH(QString, batch);
        QFETCH(QStringList, lanes);
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QVERIFY(runBatch(session, batchOf(batch, 3, 100)));
        QCOMPARE(view.laneCount(), lanes.size());
        const QStringList labels = view.laneLabels();
        QCOMPARE(labels.size(), lanes.size());
        for (int i = 0; i < lanes.size(); ++i) {
            const QRegularExpression pattern(QRegularExpression::anchoredPattern(lanes.at(i)));
            QVERIFY2(pattern.match(labels.at(i)).hasMatch(), qPrintable(labels.join(u", "_s)));
        }
    }

    void barsInTheStrategyColour_data()
    {
        QTest::addColumn<QString>("batch");
        for (Strategy s : Lab::allStrategies)
            QTest::newRow(qPrintable(Lab::strategyId(s))) << Lab::strategyId(s);
    }
    void barsInTheStrategyColour()
    {
        QFETCH(QString, batch);
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        const QImage before = rendered(view);
        QVERIFY(runBatch(session, batchOf(batch, 3, 100)));
        const QImage after = rendered(view);
        const QColor color = Lab::Palette::strategyColor(session.batch().at(0).config.strategy);
        for (int task = 0; task < 3; ++task) { // a fetch waits: hatched in the strategy's colour
            const QRectF bar = view.exportedBarRect(0, task, exportArea.size());
            QVERIFY2(bar.width() > 20 && bar.height() > 5, qPrintable(u"task %1"_s.arg(task)));
            QVERIFY(exportArea.contains(bar.toRect()));
            QVERIFY2(hatchedIn(after, bar, color), qPrintable(u"task %1"_s.arg(task)));
            QVERIFY(!hatchedIn(before, bar, color));
        }
    }

    // Under the simulated GIL the threads take turns: each bar is striped with the GIL's red where
    // its thread waited for it, in the strategy's colour where it computed; the strip above the
    // lanes shows the turns; a sequential run has no strip.
    void gilTurnsShow()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QVERIFY(runBatch(session, gilBatch()));
        const QImage image = rendered(view);
        const QColor color = Lab::Palette::strategyColor(Strategy::Threads);
        const QRectF strip = view.exportedGilStripRect(1, exportArea.size());
        QVERIFY(!strip.isNull());
        for (int task = 0; task < 2; ++task) {
            const QRectF bar = view.exportedBarRect(1, task, exportArea.size());
            const QList<QColor> row = middleRow(image, bar);
            const int red = count(row, Lab::StateFill::gilColor());
            const int computing = count(row, color);
            const QString shares =
                u"task %1: %2 red, %3 computing of %4"_s.arg(task).arg(red).arg(computing).arg(row.size());
            QVERIFY2(red > row.size() / 20 && computing > row.size() / 5, qPrintable(shares));
            QVERIFY2(stripesOf(row, Lab::StateFill::gilColor()).first >= 5, qPrintable(shares)); // turns
            QVERIFY(strip.bottom() <= bar.top());
        }
        // Both threads held the GIL, each in its lane's shade.
        const QRect inside = strip.toAlignedRect().adjusted(1, 2, -1, -2);
        const QImage band = image.copy(inside);
        for (int lane = 0; lane < 2; ++lane) {
            const QColor shade = Lab::Timeline::holderColor(color, lane, 2);
            int found = 0;
            for (int x = 0; x < band.width(); ++x)
                found += band.pixelColor(x, band.height() / 2).rgb() == shade.rgb();
            QVERIFY2(found > band.width() / 20, qPrintable(u"lane %1: %2 px"_s.arg(lane).arg(found)));
        }
        // None for the sequential run: nothing between its header and its lane but the lane's frame.
        QVERIFY(view.exportedGilStripRect(0, exportArea.size()).isNull());
        const QRectF lane = view.exportedBarRect(0, 0, exportArea.size());
        for (int y = int(view.exportedBarRect(0, 0, exportArea.size()).top()) - 30; y < int(lane.top());
             ++y) {
            for (int x = int(lane.left()); x < int(lane.right()); ++x) {
                for (int key = 0; key < 2; ++key)
                    QVERIFY(image.pixelColor(x, y).rgb() != Lab::Timeline::holderColor(color, key, 2).rgb());
            }
        }
    }

    // A fetch is a wait from start to end: hatched, no solid stretch.
    void waitingIsHatched()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QVERIFY(runBatch(session, batchOf(u"coroutines"_s, 3, 300)));
        const QImage image = rendered(view);
        const QColor color = Lab::Palette::strategyColor(Strategy::Coroutines);
        for (int task = 0; task < 3; ++task) {
            const QList<QColor> row = middleRow(image, view.exportedBarRect(0, task, exportArea.size()));
            QVERIFY2(count(row, plainOf(TaskState::Waiting, color)) > row.size() / 2,
                     qPrintable(u"task %1"_s.arg(task)));
            QVERIFY(count(row, color.darker(120)) > row.size() / 20);
            QVERIFY(stripesOf(row, color).second < 3); // no solid stretch
        }
        QVERIFY(view.exportedGilStripRect(0, exportArea.size()).isNull()); // no threads: no strip
    }

    void failedTasksInTheFailedColour()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        view.resize(1000, 600);
        // A disk that fills up: no log file can be written, even as root.
        QTemporaryDir dir;
        Lab::RunConfig c = LabTest::config(Workload::Logs, Strategy::Sequential, 3, 50);
        c.outDir = dir.filePath(u"logs"_s);
        {
            const LabTest::FileSizeLimit full(512); // a log file is about 900 bytes
            QVERIFY(runBatch(session, {c}));
        }
        QCOMPARE(session.batch().at(0).result->count(Lab::TaskStatus::Failed), 3);
        const QImage image = rendered(view);
        for (int task = 0; task < 3; ++task) {
            const QRectF bar = view.exportedBarRect(0, task, exportArea.size());
            QVERIFY(drawnIn(image, bar, Lab::Palette::failedColor()));
            const QString tip = view.toolTipAt(view.barRect(0, task, view.rect()).center().toPoint());
            QVERIFY2(tip.contains(u"failed"_s), qPrintable(tip));
        }
    }

    // Runs are compared on one scale: three waits one after another take three times as long.
    void runsShareOneTimeScale()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QVERIFY(runBatch(session, batchOf(u"sequential,coroutines"_s, 3, 100)));
        // The scale and the origin, measured on the first run.
        const std::vector<Lab::TaskSpan>& first = session.batch().at(0).spans;
        const QRectF a = view.barRect(0, 0, exportArea);
        const QRectF b = view.barRect(0, 2, exportArea);
        const double pxPerNs = (b.right() - a.left()) / double(first[2].endNs - first[0].startNs);
        const double origin = a.left() - double(first[0].startNs) * pxPerNs;
        const std::vector<Lab::TaskSpan>& second = session.batch().at(1).spans;
        for (int task = 0; task < 3; ++task) {
            const QRectF bar = view.barRect(1, task, exportArea);
            QVERIFY(std::abs(bar.left() - (origin + double(second[task].startNs) * pxPerNs)) < 1);
            QVERIFY(std::abs(bar.right() - (origin + double(second[task].endNs) * pxPerNs)) < 1);
        }
        // So three waits one after another look three times as long as three at once.
        const auto rightmost = [&view](int run) {
            double right = 0;
            for (int task = 0; task < 3; ++task)
                right = std::max(right, view.barRect(run, task, exportArea).right());
            return right;
        };
        const double ratio = (rightmost(0) - origin) / (rightmost(1) - origin);
        QVERIFY2(ratio > 2.4 && ratio < 3.3, qPrintable(QString::number(ratio)));
    }

    // A task that has started and not ended reaches up to now, the right end of the scale.
    void liveTaskReachesNow()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start(batchOf(u"sequential"_s, 2, 400)));
        QTRY_VERIFY(!session.batch().at(0).workers.isEmpty() && session.batch().at(0).elapsedNs > 50'000'000);
        QCOMPARE(session.batch().at(0).spans[1].startNs, -1);
        QVERIFY(view.barRect(0, 1, exportArea).isNull());
        const QRectF live = view.barRect(0, 0, exportArea);
        const QRectF axisEnd = view.barRect(0, 0, exportArea.adjusted(0, 0, 100, 0));
        QVERIFY(live.width() > 100);
        const QColor drawn =
            rendered(view).pixelColor(fillPoint(view.exportedBarRect(0, 0, exportArea.size())));
        QVERIFY2(drawn != Qt::white && drawn != QColor(0xF2, 0xF2, 0xF2),
                 qPrintable(drawn.name())); // not the lane
        QVERIFY2(std::abs(axisEnd.right() - live.right() - 100) < 2, "a live bar ends where the axis ends");
        QVERIFY(finished.wait(10'000));
    }

    void manyLanesFit()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QVERIFY(runBatch(session, batchOf(u"threads:64"_s, 64, 300)));
        QVERIFY2(view.laneCount() > 32, qPrintable(QString::number(view.laneCount())));
        // Every lane keeps a label's height: the pane scrolls rather than squeeze 64 lanes.
        QVERIFY(view.sizeHint().height() >= view.minimumSizeHint().height());
        const int line = QFontMetrics(view.font()).height();
        QVERIFY2(view.minimumSizeHint().height() >= view.laneCount() * line,
                 qPrintable(QString::number(view.minimumSizeHint().height())));
        const QImage image = rendered(view);
        const QColor color = Lab::Palette::strategyColor(Strategy::Threads);
        const QColor waiting = plainOf(TaskState::Waiting, color);
        for (int task = 0; task < 64; ++task) {
            const QRectF bar = view.exportedBarRect(0, task, exportArea.size());
            QVERIFY(bar.height() >= 3 && bar.bottom() < exportArea.height() - 40);
            QVERIFY(count(middleRow(image, bar), waiting) > 10);
        }
        // Too many lanes for the height: they are clipped above the axis, which stays clear.
        const QImage small = rendered(view, {800, 200});
        for (int y = 170; y < 200; ++y) {
            for (int x = 0; x < 800; ++x)
                QVERIFY(small.pixelColor(x, y) != color && small.pixelColor(x, y) != waiting);
        }
    }

    void toolTipNamesTheTask()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(runBatch(session, batchOf(u"sequential,coroutines"_s, 3, 100)));
        const QRectF bar = view.barRect(1, 2, view.rect());
        const QPoint onBar = bar.center().toPoint();
        const QString text = view.toolTipAt(onBar);
        QVERIFY2(text.startsWith(u"London\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"event loop"_s) && text.contains(u"London: 25°C"_s), qPrintable(text));
        QVERIFY(view.toolTipAt(QPoint(int(bar.right()) + 100, onBar.y())).isEmpty()); // after the run
        QVERIFY(view.toolTipAt(QPoint(5, 5)).isEmpty());                              // the title

        QHelpEvent event(QEvent::ToolTip, onBar, view.mapToGlobal(onBar));
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()"); // offscreen
        QApplication::sendEvent(&view, &event);
        QTRY_COMPARE(QToolTip::text(), text);
        QToolTip::hideText();
    }

    void exportsAtAFixedSize()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        view.resize(300, 200);
        QCOMPARE(view.exportName(), u"timeline"_s);
        QVERIFY(!view.exportTitle().isEmpty());
        QVERIFY(runBatch(session, batchOf(u"sequential,coroutines,threads:3"_s, 3, 300)));
        const QImage image = rendered(view);
        QCOMPARE(image.size(), exportArea.size());
        view.resize(1200, 900);
        QVERIFY2(rendered(view) == image, "the widget's own size plays no part");
    }

    // A picture of the seed's lab, one run of each kind, for people to look at; only on request,
    // so that a test run leaves no files behind.
    void snapshot()
    {
        const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set LAB_CHART_SNAPSHOTS to a folder to get the timeline of a lab-like batch");
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QVERIFY(runBatch(session, batchOf(u"sequential,coroutines,threads:3"_s, 3, 300)));
        const QString path = QDir(folder).filePath(u"timeline.png"_s);
        std::optional<QString> error = Lab::ChartExport::savePng(view, path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        qInfo("timeline written to %s", qPrintable(path));
        view.resize(470, 390); // as narrow as the window's middle column
        QVERIFY(view.grab().save(QDir(folder).filePath(u"timeline-narrow.png"_s)));
        // The GIL's turns: squares with two threads under it, and without.
        QList<Lab::RunConfig> gil = gilBatch();
        gil.append(gil.last());
        gil.last().gil = false;
        QVERIFY(runBatch(session, gil));
        const QString gilPath = QDir(folder).filePath(u"timeline-gil.png"_s);
        error = Lab::ChartExport::savePng(view, gilPath);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        qInfo("timeline written to %s", qPrintable(gilPath));
        view.resize(860, 520); // as the window's pane shows it
        const QString screenPath = QDir(folder).filePath(u"timeline-gil-screen.png"_s);
        QVERIFY(view.grab().save(screenPath));
        qInfo("timeline written to %s", qPrintable(screenPath));
    }

    void paintsAHundredThousandSpansQuickly()
    {
        Lab::Session session;
        session.setTaskLineLimit(0);
        Lab::TimelineView view;
        view.setSession(&session);
        const QList<Lab::RunConfig> batch{manyCities(Strategy::Coroutines, 100'000, 100),
                                          manyCities(Strategy::Threads, 100'000, 0, 4)};
        QVERIFY(runBatch(session, batch, 120'000));
        QImage image(exportArea.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        QElapsedTimer timer;
        timer.start();
        view.render(painter, exportArea.size());
        const qint64 ms = timer.elapsed();
        std::size_t spans = 0;
        for (const Lab::LiveRun& run : session.batch())
            spans += run.spans.size();
        qInfo("one paint of %zu spans in %lld runs at 1600×1000: %lld ms", spans, session.batch().size(), ms);
        // Under the sanitizers everything runs about twice as slow: a second is the bound of a plain build.
        QVERIFY2(ms < 1000 * (LabTest::sanitized ? 3 : 1), qPrintable(QString::number(ms)));
        QCOMPARE(image.pixelColor(fillPoint(view.exportedBarRect(0, 0, exportArea.size()))),
                 Lab::Palette::strategyColor(Strategy::Coroutines));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
