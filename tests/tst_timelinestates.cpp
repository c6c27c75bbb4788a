#include "engine/session.h"
#include "palette.h"
#include "statefill.h"
#include "testsupport.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinestates.h"
#include "timelinesupport.h"
#include "timelineview.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace TimelineTest;
Q_DECLARE_METATYPE(Lab::Runtime)

using Lab::Strategy;
using Lab::TaskState;
using Lab::Workload;

namespace {

const QRect exportArea(0, 0, 1600, 1000);

bool runBatch(Lab::Session& session, const QList<Lab::RunConfig>& batch)
{
    QSignalSpy finished(&session, &Lab::Session::batchFinished);
    return session.start(batch) && (finished.count() > 0 || finished.wait(60'000));
}

// One task of 2 s on a thread that took 400 turns of 5 ms with another: computing, then waiting
// for the GIL, and so on; the run went on to 6 s, so that a turn is about a pixel wide.
Lab::LiveRun turnsOf400()
{
    Lab::LiveRun run;
    run.config.workload = Workload::Squares;
    run.config.strategy = Strategy::Threads;
    run.config.gil = true;
    run.tasks.append({0, Workload::Squares, u"n"_s, 0, 1, {}});
    run.workers.append({Lab::WorkerKind::Thread, u"thread-1"_s, 1, 11, -1, -1});
    Lab::TaskSpan span{0, 0, 0, 2'000'000'000, Lab::TaskStatus::Ok, u"1"_s, -1, -1, 0, {}};
    auto result = std::make_shared<Lab::RunResult>();
    for (int i = 0; i < 400; ++i) {
        const qint64 at = i * 5'000'000LL;
        span.states.push_back({i % 2 ? TaskState::Gil : TaskState::Running, at, at + 5'000'000});
        if (i % 2 == 0)
            result->gilHolder.push_back({11, at, at + 5'000'000});
    }
    run.spans = {span};
    run.elapsedNs = 6'000'000'000;
    result->config = run.config;
    result->spans = run.spans;
    result->workers = run.workers;
    run.result = result;
    return run;
}

} // namespace

// Which pixels of the timeline show which state or GIL holder, and what its tooltips say of them.
class TestTimelineStates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    // Hovering a bar tells its task's states in numbers; hovering the strip, the GIL's turns.
    void toolTipTellsTheStates()
    {
        Lab::Session session;
        Lab::TimelineView view;
        view.setSession(&session);
        view.resize(1000, 600);
        QVERIFY(runBatch(session, gilBatch()));
        const QString tip = view.toolTipAt(view.barRect(1, 0, view.rect()).center().toPoint());
        const auto has = [&tip](TaskState s, const QString& figure) {
            return QRegularExpression(QRegularExpression::escape(Lab::StateFill::name(s)) + figure)
                .match(tip)
                .hasMatch();
        };
        const QString share = uR"re( [\d.,]+ m?s \((\d+|<1)%\))re"_s;
        QVERIFY2(has(TaskState::Running, share) && has(TaskState::Gil, share), qPrintable(tip));
        QVERIFY2(has(TaskState::Queued, uR"re( [\d.,]+ m?s)re"_s), qPrintable(tip));
        QVERIFY2(tip.startsWith(u"500000000\n"_s), qPrintable(tip)); // what it showed before stays
        const QString gil = view.toolTipAt(view.gilStripRect(1, view.rect()).center());
        QVERIFY2(gil.contains(u"thread-1"_s) && gil.contains(u"thread-2"_s) && gil.contains(u'%'),
                 qPrintable(gil));
    }

    // 400 turns of 5 ms in a 2 s task, a pixel or two each: regular red stripes of about half the bar,
    // not a pixel's noise nor a bar of one colour.
    void thinSlicesAddUp()
    {
        const QList<Lab::LiveRun> runs{turnsOf400()};
        QImage image(exportArea.size(), QImage::Format_ARGB32_Premultiplied);
        QFont font;
        font.setPixelSize(16);
        {
            QPainter painter(&image);
            Lab::Timeline::paintChart(painter, runs, exportArea, font, {}, Lab::Timeline::LaneHeight::Capped);
        }
        const QRectF bar = Lab::Timeline::barRect(runs, 0, 0, exportArea, font);
        const QList<QColor> row = middleRow(image, bar);
        const double pxPerSlice = bar.width() / 400;
        QVERIFY2(pxPerSlice > 0.8 && pxPerSlice < 1.6, qPrintable(QString::number(pxPerSlice)));
        const int red = count(row, Lab::StateFill::gilColor());
        const int computing = count(row, Lab::Palette::strategyColor(Strategy::Threads));
        QVERIFY2(std::abs(red - row.size() / 2) < row.size() / 10 && red + computing > row.size() * 9 / 10,
                 qPrintable(u"%1 red, %2 computing of %3"_s.arg(red).arg(computing).arg(row.size())));
        const auto [stripes, longest] = stripesOf(row, Lab::StateFill::gilColor());
        QVERIFY2(stripes > 50 && longest <= 4,
                 qPrintable(u"%1 stripes, longest %2"_s.arg(stripes).arg(longest)));
    }

    // Where no thread had to wait for a GIL, or nobody knows who held it, the strip says why.
    void gilNoteSaysWhy_data()
    {
        QTest::addColumn<Lab::Runtime>("runtime");
        QTest::addColumn<bool>("gil");
        QTest::addColumn<QString>("note"); // a pattern; empty: the strip shows holders
        QTest::newRow("engine, no GIL") << Lab::Runtime::Cpp << false << u"no GIL simulated"_s;
        QTest::newRow("engine, simulated GIL") << Lab::Runtime::Cpp << true << QString();
        QTest::newRow("free-threaded CPython")
            << Lab::Runtime::Python << false << u"no GIL: a free-threaded"_s;
        QTest::newRow("CPython, not sampled") << Lab::Runtime::Python << true << u"not sampled"_s;
    }
    void gilNoteSaysWhy()
    {
        QFETCH(Lab::Runtime, runtime);
        QFETCH(bool, gil);
        QFETCH(QString, note);
        Lab::LiveRun run = turnsOf400();
        run.config.runtime = runtime;
        run.config.gil = gil;
        auto result = std::make_shared<Lab::RunResult>(*run.result);
        result->config = run.config;
        if (runtime == Lab::Runtime::Python)
            result->gilHolder.clear();
        run.result = result;
        QVERIFY(Lab::Timeline::hasGilStrip(run));
        const QString said = Lab::Timeline::gilNote(run);
        QVERIFY2(note.isEmpty() ? said.isEmpty() : said.contains(note), qPrintable(said));
        QVERIFY(Lab::Timeline::gilToolTip(run).contains(said));
        run.config.strategy = Strategy::Sequential;
        QVERIFY(!Lab::Timeline::hasGilStrip(run));
    }

    // What a bin shows of the stretches in it.
    void pixelRunsAddUp_data()
    {
        QTest::addColumn<QList<qint64>>(
            "edges"); // stretch i over [edges[i], edges[i + 1]) µs, keys alternate
        QTest::addColumn<int>("pixelsOfKey1");
        QTest::addColumn<int>("runsOfKey1"); // -1: not checked
        // The plot: 1000 px for 1 s, so 1 ms a pixel.
        QTest::newRow("wide stretches land where they are")
            << QList<qint64>{0, 250'000, 500'000, 1'000'000} << 250 << 1;
        QList<qint64> fine;
        for (qint64 t = 0; t <= 1'000'000; t += 1000)
            fine.append(t);
        QTest::newRow("1 px turns: stripes of half") << fine << 500 << -1;
        QList<qint64> slivers; // 0.1 ms of key 1 every 5 ms: 2% of the time
        for (qint64 t = 0; t < 1'000'000; t += 5000)
            slivers << t << t + 4900;
        slivers.append(1'000'000);
        QTest::newRow("slivers add up") << slivers << 20 << -1;
    }
    void pixelRunsAddUp()
    {
        QFETCH(QList<qint64>, edges);
        QFETCH(int, pixelsOfKey1);
        QFETCH(int, runsOfKey1);
        Lab::Timeline::Layout g;
        g.plot = QRect(100, 0, 1000, 10);
        g.scaleNs = 1'000'000'000;
        std::vector<Lab::Timeline::Stretch> stretches;
        for (qsizetype i = 0; i + 1 < edges.size(); ++i)
            stretches.push_back({edges[i] * 1000, edges[i + 1] * 1000, int(i % 2)});
        int pixels = 0;
        int runs = 0;
        int x = 100;
        for (const Lab::Timeline::PixelRun& r : Lab::Timeline::pixelRuns(stretches, g, 100, 1100)) {
            QCOMPARE(r.x0, x); // no gaps where stretches cover the time
            x = r.x1;
            pixels += r.key == 1 ? r.x1 - r.x0 : 0;
            runs += r.key == 1;
        }
        QCOMPARE(x, 1100);
        QVERIFY2(std::abs(pixels - pixelsOfKey1) <= 2, qPrintable(QString::number(pixels)));
        if (runsOfKey1 >= 0)
            QCOMPARE(runs, runsOfKey1);
    }
};

QTEST_MAIN(TestTimelineStates)
#include "tst_timelinestates.moc"
