// Lab 8 on the timeline: a deadlock shows as the cycle of waits it was — its sentence across the
// run's strip, each thread's wait for a lock on its failed bar, and arrows from the waits to the holders.
#include "engine/session.h"
#include "experiment.h"
#include "palette.h"
#include "report/narrative.h"
#include "testsupport.h"
#include "timelinestates.h"
#include "timelinesupport.h"
#include "timelineview.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace TimelineTest;
using Lab::TaskState;

namespace {

const QSize exportSize(1600, 1000);

// Lab 8's runs in two threads, in the engine: the locks in opposite orders, then in one order.
QList<Lab::RunConfig> threadRuns()
{
    Lab::Experiment e;
    e.lab = 8;
    QList<Lab::RunConfig> runs = Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), QDir::tempPath()).mid(1);
    for (Lab::RunConfig& r : runs)
        r.delayMs = 80;
    return runs;
}

QImage rendered(Lab::TimelineView& view)
{
    QImage image(exportSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    view.render(painter, exportSize);
    return image;
}

int countIn(const QImage& image, const QRect& area, const QColor& color)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelColor(x, y).rgb() == color.rgb();
    }
    return n;
}

// The most pixels of `color` in one column of `area`: an arrow's line is one tall run.
int tallestColumn(const QImage& image, const QRect& area, const QColor& color)
{
    int best = 0;
    for (int x = area.left(); x <= area.right(); ++x)
        best = std::max(best, countIn(image, QRect(x, area.top(), 1, area.height()), color));
    return best;
}

} // namespace

class TestTimelineDeadlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void theCycleIsShown()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start(threadRuns()));
        QVERIFY(finished.wait(60'000));
        const Lab::LiveRun& deadlocked = session.shown().at(0);
        QCOMPARE(deadlocked.result->status(), Lab::RunStatus::Deadlock);
        QCOMPARE(session.shown().at(1).result->status(), Lab::RunStatus::Ok);

        const QImage image = rendered(view);
        const QColor base = Lab::Palette::strategyColor(Lab::Strategy::Threads);
        const QColor ink = Lab::Palette::failedColor().darker(130);
        QRect lanes;
        for (int task = 0; task < 2; ++task) {
            const QRectF bar = view.exportedBarRect(0, task, exportSize);
            // Its wait for the other's lock shows, in a failure's outline.
            QVERIFY2(count(middleRow(image, bar), base.darker(160)) > 0, qPrintable(QString::number(task)));
            QCOMPARE(image.pixelColor(bar.center().toPoint().x(), int(bar.top()) + 1),
                     Lab::Palette::failedColor());
            lanes |= bar.toAlignedRect();
            // The one order's bars: no wait ends in a failure, no arrow.
            const QRectF fine = view.exportedBarRect(1, task, exportSize);
            QVERIFY(image.pixelColor(fine.center().toPoint().x(), int(fine.top()) + 1) !=
                    Lab::Palette::failedColor());
            QCOMPARE(countIn(image, fine.toAlignedRect(), ink), 0);
        }
        // An arrow between the two lanes, each way; the strip tells the cycle in words.
        QVERIFY(tallestColumn(image, lanes, ink) >= lanes.height() / 3);
        QVERIFY(countIn(image, view.exportedGilStripRect(0, exportSize).toAlignedRect(), ink) > 50);
        QCOMPARE(countIn(image, view.exportedGilStripRect(1, exportSize).toAlignedRect(), ink), 0);

        const QString line = Lab::Narrative::deadlockLine(deadlocked.result->deadlock);
        QCOMPARE(Lab::Timeline::deadlockCaption(deadlocked), line);
        QVERIFY(Lab::Timeline::deadlockCaption(session.shown().at(1)).isEmpty());
        view.resize(1200, 700);
        const QString stripTip = view.toolTipAt(view.gilStripRect(0, view.rect()).center());
        QVERIFY2(stripTip.startsWith(line), qPrintable(stripTip));
        const QString barTip = view.toolTipAt(view.barRect(0, 0, view.rect()).center().toPoint());
        QVERIFY2(barTip.contains(u"deadlock: waits for lock"_s), qPrintable(barTip));
    }
};

QTEST_MAIN(TestTimelineDeadlock)
#include "tst_timelinedeadlock.moc"
