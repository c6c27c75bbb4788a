#include "chartexport.h"
#include "engine/session.h"
#include "experiment.h"
#include "palette.h"
#include "report/scalingplot.h"
#include "scalingchart.h"
#include "testsupport.h"

#include <QChart>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;

namespace {

// The brief's quick sweep: three weather tasks that wait 50 ms, one at a time and on 1, 2 and 3
// threads.
QList<Lab::RunConfig> waitingSweep(const QString& outDir)
{
    Lab::Experiment e;
    e.workload = Workload::Weather;
    e.strategies = {Strategy::Sequential, Strategy::Threads};
    e.sweepWorkers = {1, 2, 3};
    e.delayMs = 50;
    e.tasks = 3;
    return Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), outDir);
}

// Four sums long enough that a busy moment of the machine does not decide, short enough for a test, on 1, 2
// and 4 workers; with `gil`, threads under the GIL.
QList<Lab::RunConfig> computingSweep(const QString& outDir, bool gil)
{
    Lab::Experiment e;
    e.workload = Workload::Squares;
    e.strategies = gil ? QList{Strategy::Sequential, Strategy::Threads}
                       : QList{Strategy::Sequential, Strategy::Threads, Strategy::Processes};
    e.n = {200'000'000, 200'000'000, 200'000'000, 200'000'000}; // 0.1 s each here
    e.scale = 1;
    e.gil = gil;
    e.sweepWorkers = {1, 2, 4};
    return Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), outDir);
}

bool runBatch(Lab::Session& session, const QList<Lab::RunConfig>& batch)
{
    QSignalSpy finished(&session, &Lab::Session::batchFinished);
    return session.start(batch) && finished.wait(120'000);
}

// A chart inside a window, as in the app: a chart view that is a window sets its own minimum size,
// which the offscreen platform warns it cannot pass on.
struct ShownChart {
    QWidget window;
    Lab::ScalingChart* chart = new Lab::ScalingChart(&window);
};

std::unique_ptr<ShownChart> chartOf(const Lab::Session& session)
{
    auto shown = std::make_unique<ShownChart>();
    shown->chart->setSession(&session);
    shown->window.resize(640, 400);
    shown->chart->setGeometry(0, 0, 640, 400);
    shown->window.show();
    return shown;
}

QStringList legendLabels(const Lab::ScalingChart& chart)
{
    QStringList labels;
    for (QLegendMarker* marker : chart.chart()->legend()->markers()) {
        if (marker->isVisible())
            labels.append(marker->label());
    }
    return labels;
}

// Pixels within a few levels of `colour` in every channel.
int pixelsOf(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += std::max({qAbs(qRed(p) - colour.red()), qAbs(qGreen(p) - colour.green()),
                               qAbs(qBlue(p) - colour.blue())}) <= 4;
        }
    }
    return count;
}

// The chart as a PNG at the slides' size, kept in LAB_CHART_SNAPSHOTS when set, for people to look at.
QImage exported(Lab::ScalingChart& chart, const QString& name)
{
    const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS");
    QTemporaryDir dir;
    const QString path = QDir(folder.isEmpty() ? dir.path() : folder).filePath(name + u".png"_s);
    if (const auto error = Lab::ChartExport::savePng(chart, path)) {
        qWarning("%s", qPrintable(*error)); // a failure: every warning is one
        return {};
    }
    return QImage(path);
}

// With LAB_CHART_SNAPSHOTS set, the chart as it is on screen, for people to look at.
void snapshot(QChartView& view, const QString& name)
{
    const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS");
    QCoreApplication::processEvents(); // the legend and the axes lay themselves out when posted
    if (!folder.isEmpty())
        QVERIFY(view.grab().save(QDir(folder).filePath(name + u".png"_s)));
}

// A run made by hand: only what the analysis reads.
Lab::RunResultPtr madeRun(Lab::RunConfig config, int batch, int workers, double wallMs, bool busy = false)
{
    auto run = std::make_shared<Lab::RunResult>();
    config.batch = batch;
    config.workers = workers;
    run->config = config;
    run->wallNs = qint64(wallMs * 1e6);
    if (busy) // other programs took 0.8 of a core over a second of two cores
        run->machine = {800'000'000, 0, 2'000'000'000, 1'000'000'000};
    return run;
}

// Batch 1: squares by processes and by threads under the GIL; batch 2: threads on waits, whose
// 2-worker run is faster than its schedule allows and whose 3-worker run met a busy machine.
QList<Lab::RunResultPtr> madeSweeps()
{
    Lab::RunConfig squares = LabTest::config(Workload::Squares, Strategy::Sequential, 4);
    squares.squaresN = {100'000'000, 100'000'000, 100'000'000, 100'000'000};
    Lab::RunConfig processes = squares;
    processes.strategy = Strategy::Processes;
    Lab::RunConfig gil = squares;
    gil.strategy = Strategy::Threads;
    gil.gil = true;
    const Lab::RunConfig waits = LabTest::config(Workload::Weather, Strategy::Sequential, 3, 100);
    Lab::RunConfig threads = waits;
    threads.strategy = Strategy::Threads;
    return {madeRun(squares, 1, 1, 2000),   madeRun(processes, 1, 1, 2000),   madeRun(processes, 1, 2, 1010),
            madeRun(processes, 1, 4, 1000), madeRun(gil, 1, 1, 2000),         madeRun(gil, 1, 2, 2010),
            madeRun(gil, 1, 4, 2020),       madeRun(waits, 2, 1, 300),        madeRun(threads, 2, 1, 300),
            madeRun(threads, 2, 2, 100),    madeRun(threads, 2, 3, 100, true)};
}

} // namespace

class TestScalingChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(runBatch(m_waits, waitingSweep(m_dir.path()))); }
    void init() { LabTest::failOnAnyWarning(); }

    void plotKeepsToTheBatchesShown_data()
    {
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("computing") << QList{1} << QStringList{u"processes"_s, u"threads + GIL"_s};
        QTest::newRow("waiting") << QList{2} << QStringList{u"threads"_s};
        QTest::newRow("both, named by their work")
            << QList{2, 1}
            << QStringList{u"sums of squares · processes"_s, u"sums of squares · threads + GIL"_s,
                           u"weather · threads"_s};
        QTest::newRow("none") << QList<int>{} << QStringList{};
    }
    void plotKeepsToTheBatchesShown()
    {
        QFETCH(QList<int>, batches);
        QFETCH(QStringList, names);
        const Lab::ScalingPlot::Plot plot = Lab::ScalingPlot::plotOf(madeSweeps(), batches);
        QStringList got;
        for (const Lab::ScalingPlot::Line& line : plot.lines)
            got.append(line.name);
        QCOMPARE(got, names);
    }

    void plotFitsAmdahlToEachPool()
    {
        const Lab::ScalingPlot::Plot plot = Lab::ScalingPlot::plotOf(madeSweeps(), {1});
        QCOMPARE(plot.lines.size(), 2);
        const Lab::ScalingPlot::Line& processes = plot.lines.at(0);
        const Lab::ScalingPlot::Line& gil = plot.lines.at(1);
        QCOMPARE(processes.medians(), (QList<QPointF>{{1, 1}, {2, 2000.0 / 1010}, {4, 2}}));
        QVERIFY(gil.serialFraction && *gil.serialFraction > 0.95); // the GIL lets nothing run at once
        QVERIFY(processes.serialFraction && *processes.serialFraction < *gil.serialFraction);
        QCOMPARE(gil.fitName, u"threads + GIL: Amdahl fit, serial 100%"_s);
        // The fitted curve spans the sweep, from one at a time.
        QCOMPARE(processes.fit.constFirst(), QPointF(1, 1));
        QCOMPARE(processes.fit.constLast().x(), 4.0);
        QVERIFY(plot.notes.isEmpty());
        const int cores = Lab::cpuCores();
        QCOMPARE(plot.cores, cores <= 4 ? std::optional(cores) : std::nullopt);
    }

    void plotTellsWhyAPointIsSuspect()
    {
        const Lab::ScalingPlot::Plot plot = Lab::ScalingPlot::plotOf(madeSweeps(), {2});
        QCOMPARE(plot.lines.size(), 1);
        const QList<Lab::Scaling::Point>& points = plot.lines.constFirst().points;
        QCOMPARE(points.size(), 3);
        QVERIFY(!points.at(0).suspect);
        QVERIFY(points.at(1).suspect);
        QVERIFY(points.at(2).suspect);
        QCOMPARE(plot.notes.size(), 2);
        QVERIFY2(plot.notes.at(0).startsWith(u"⚠ threads, 2 worker"_s) &&
                     plot.notes.at(0).contains(u"ideal"_s),
                 qPrintable(plot.notes.at(0)));
        QVERIFY2(plot.notes.at(1).contains(u"busy machine"_s), qPrintable(plot.notes.at(1)));
        QVERIFY(!plot.cores); // waits: the cores are not what limits them
    }

    void emptyUntilASweep()
    {
        Lab::Session session;
        const auto shown = chartOf(session);
        QVERIFY(shown->chart->showsEmptyHint());
        QVERIFY(shown->chart->curveNames().isEmpty());
        snapshot(*shown->chart, u"scaling-empty-screen"_s);
        QVERIFY(!exported(*shown->chart, u"scaling-empty"_s).isNull());
        QTemporaryDir dir;
        QList<Lab::RunConfig> plain = waitingSweep(dir.path()).first(2); // one at a time, 1 thread
        QVERIFY(runBatch(session, plain));
        QVERIFY(shown->chart->showsEmptyHint()); // one pool size is no sweep
        QVERIFY(runBatch(session, waitingSweep(dir.path())));
        QVERIFY(!shown->chart->showsEmptyHint());
        QCOMPARE(shown->chart->curveNames().size(), 1);
        // An earlier batch chosen again brings its plot back.
        session.showBatches({1});
        QVERIFY(shown->chart->showsEmptyHint());
        session.showBatches({2});
        QVERIFY(!shown->chart->showsEmptyHint());
    }

    void threadsOnWaitsGainUpToTheTasks()
    {
        const auto shown = chartOf(m_waits);
        const Lab::ScalingChart& chart = *shown->chart;
        QCOMPARE(chart.curveNames(), QStringList{u"threads"_s});
        const QList<QPointF> points = chart.pointsOf(0);
        QCOMPARE(points.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(points.at(i).x(), double(i + 1));
        QVERIFY2(
            points.at(1).y() > points.at(0).y() && points.at(2).y() > points.at(1).y(),
            qPrintable(
                u"medians %1, %2, %3"_s.arg(points.at(0).y()).arg(points.at(1).y()).arg(points.at(2).y())));
        QVERIFY(points.at(2).y() > 2 * points.at(0).y() * 0.8);
        QVERIFY(qAbs(chart.idealPoints(0).at(2).y() - 3) < 0.01);
        const auto fraction = chart.serialFractions().value(0);
        QVERIFY(fraction && *fraction < 0.3);
        QVERIFY(!chart.coresMarker());
        QVERIFY(!chart.showsEmptyHint());
        const QStringList legend = legendLabels(chart);
        QVERIFY2(legend.contains(chart.fitNames().value(0)) &&
                     chart.fitNames().value(0).startsWith(u"threads: Amdahl fit, serial "_s),
                 qPrintable(legend.join(u" | "_s)));
        QCOMPARE(legend.count(u"ideal on this machine"_s), 1);
    }

    void exportDrawsTheSweep()
    {
        const auto shown = chartOf(m_waits);
        QCOMPARE(shown->chart->exportName(), u"scaling"_s);
        snapshot(*shown->chart, u"scaling-waits-screen"_s);
        const QImage png = exported(*shown->chart, u"scaling-waits"_s);
        QCOMPARE(png.size(), Lab::ChartExport::defaultSize);
        // The threads' line, dots and whiskers, in their colour.
        QVERIFY(pixelsOf(png, Lab::Palette::strategyColor(Strategy::Threads)) > 2000);
    }

    void computingStopsAtTheCores()
    {
        Lab::Session session;
        QTemporaryDir dir;
        QVERIFY(runBatch(session, computingSweep(dir.path(), false)));
        QVERIFY(runBatch(session, computingSweep(dir.path(), true)));
        session.showBatches({1, 2});
        const auto shown = chartOf(session);
        const Lab::ScalingChart& chart = *shown->chart;
        QCOMPARE(chart.curveNames(), (QStringList{u"threads"_s, u"processes"_s, u"threads + GIL"_s}));
        snapshot(*shown->chart, u"scaling-squares-screen"_s);
        const QImage png = exported(*shown->chart, u"scaling-squares"_s);
        QVERIFY(pixelsOf(png, Lab::Palette::strategyColor(Strategy::Processes)) > 2000);
        const auto gil = chart.serialFractions().value(2);
        QVERIFY2(gil && *gil > 0.5, qPrintable(QString::number(gil.value_or(-1))));
        const int cores = Lab::cpuCores();
        QCOMPARE(chart.coresMarker(), cores <= 4 ? std::optional(cores) : std::nullopt);
        // Beyond the cores there is no more to gain than they give.
        for (int curve : {0, 1})
            QVERIFY(chart.idealPoints(curve).constLast().y() <= std::min(cores, 4) + 0.01);
    }

private:
    QTemporaryDir m_dir;
    Lab::Session m_waits;
};

QTEST_MAIN(TestScalingChart)
#include "tst_scalingchart.moc"
