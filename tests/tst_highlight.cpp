#include "chartexport.h"
#include "cpuchart.h"
#include "engine/session.h"
#include "palette.h"
#include "testsupport.h"
#include "timelineview.h"
#include "wallclockchart.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;

namespace {

QImage exported(Lab::Exportable& chart)
{
    QImage image(640, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(painter, image.size());
    return image;
}

// The outline's colour where it is drawn: in the middle of the rectangle's top edge.
bool outlinedAt(const QImage& image, const QRectF& rect)
{
    const QColor c = image.pixelColor(QPoint(qRound(rect.center().x()), qRound(rect.top() + 2)));
    const QColor h = Lab::Palette::highlightColor();
    return std::max({qAbs(c.red() - h.red()), qAbs(c.green() - h.green()), qAbs(c.blue() - h.blue())}) <= 40;
}

} // namespace

// The lesson's pointers: a bar outlined, a run's lanes outlined, a line glowing; on screen only.
class TestHighlight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // One at a time, then processes on squares long enough for the CPU sampler to see.
        Lab::RunConfig one = LabTest::config(Workload::Squares, Strategy::Sequential, 2);
        one.squaresN = {300'000'000, 300'000'000};
        Lab::RunConfig pool = one;
        pool.strategy = Strategy::Processes;
        pool.workers = 2;
        QSignalSpy finished(&m_session, &Lab::Session::batchFinished);
        QVERIFY(m_session.start({one, pool}));
        QVERIFY(finished.wait(120'000));
    }
    void init() { LabTest::failOnAnyWarning(); }

    void aBarIsOutlined()
    {
        Lab::WallClockChart chart;
        check(chart, [&] { return chart.highlightRect().toRect(); });
    }

    void aRunsLanesAreOutlined()
    {
        Lab::TimelineView view;
        check(view, [&] { return view.highlightRect(); });
        // The second run's lanes, below the first's.
        view.highlight(0);
        const QRect first = view.highlightRect();
        view.highlight(1);
        QVERIFY(view.highlightRect().top() > first.bottom());
    }

    void aLineGlows()
    {
        Lab::CpuChart chart;
        check(chart, [&] { return chart.highlightPath().boundingRect().toRect(); });
        chart.highlight(1);
        QVERIFY(chart.highlightPath().size() >= 2);
        chart.setPerCore(true); // the run's line is not drawn per core
        QVERIFY(chart.highlightPath().isEmpty());
    }

private:
    // Highlighting run 1 changes the screen and not the export; -1 and a run not in the batch draw
    // nothing.
    template <typename Chart, typename Area>
    void check(Chart& chart, Area area)
    {
        chart.setSession(&m_session);
        chart.resize(640, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage plain = chart.grab().toImage();
        const QImage plainExport = exported(chart);
        QVERIFY(area().isNull());

        chart.highlight(1);
        QCOMPARE(chart.highlighted(), 1);
        QVERIFY(!area().isNull());
        QVERIFY(chart.rect().intersects(area()));
        const QImage lit = chart.grab().toImage();
        QVERIFY(lit != plain);
        QCOMPARE(exported(chart), plainExport);
        if constexpr (!std::is_same_v<Chart, Lab::CpuChart>)
            QVERIFY2(outlinedAt(lit, area()), "the outline is drawn where highlightRect() says");

        chart.highlight(7);
        QVERIFY(area().isNull());
        chart.highlight(-1);
        QVERIFY(area().isNull());
        QCOMPARE(chart.grab().toImage(), plain);
    }

    Lab::Session m_session;
};

QTEST_MAIN(TestHighlight)
#include "tst_highlight.moc"
