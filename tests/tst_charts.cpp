#include "chartexport.h"
#include "cpuchart.h"
#include "engine/session.h"
#include "palette.h"
#include "report/analysis.h"
#include "report/narrative.h"
#include "testsupport.h"
#include "wallclockchart.h"

#include <QDir>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QWidget>
#include <QXmlStreamReader>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::Workload;

Q_DECLARE_METATYPE(QList<Lab::RunConfig>)

namespace {

Lab::RunConfig weather(Strategy s, int delayMs = 100, bool gil = false)
{
    Lab::RunConfig c = LabTest::config(Workload::Weather, s, 3, delayMs);
    c.gil = gil;
    return c;
}

// Two tasks long enough for the sampler to see them at work.
Lab::RunConfig squares(Strategy s)
{
    Lab::RunConfig c = LabTest::config(Workload::Squares, s, 2);
    c.squaresN = {600'000'000, 600'000'000};
    return c;
}

bool runBatch(Lab::Session& session, const QList<Lab::RunConfig>& batch)
{
    QSignalSpy finished(&session, &Lab::Session::batchFinished);
    return session.start(batch) && finished.wait(120'000);
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// Pixels within a few levels of `colour` in every channel.
int pixelsOf(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            count += std::max({qAbs(qRed(p) - colour.red()), qAbs(qGreen(p) - colour.green()),
                               qAbs(qBlue(p) - colour.blue())}) <= 4;
        }
    }
    return count;
}

// The characters of every <text> of an SVG, or an error.
std::optional<QString> svgText(const QByteArray& svg)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text"_s)
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
    }
    if (xml.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> save(Lab::Exportable& chart, const QString& path, bool svg)
{
    return svg ? Lab::ChartExport::saveSvg(chart, path) : Lab::ChartExport::savePng(chart, path);
}

// What the chart's dashed line should show: the least any run of the batch could take.
std::optional<qint64> idealOf(const QList<Lab::RunResultPtr>& results)
{
    std::optional<qint64> ideal;
    for (const Lab::RunResultPtr& r : results) {
        const auto expected = Lab::Analysis::expectedWallNs(r->config, results);
        if (expected && (!ideal || *expected < *ideal))
            ideal = expected;
    }
    return ideal;
}

QStringList entriesOf(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QList<QPointF> textPositions(const QChart* chart)
{
    QList<QPointF> positions;
    for (const QGraphicsItem* item : chart->childItems()) {
        if (item->type() == QGraphicsSimpleTextItem::Type)
            positions.append(item->pos());
    }
    return positions;
}

// A chart inside a window, as in the app: a chart view that is a window sets its own minimum
// size, which the offscreen platform warns it cannot pass on.
struct ShownChart {
    QWidget window;
    QChartView* view = nullptr;
    Lab::Exportable& exportable() const { return dynamic_cast<Lab::Exportable&>(*view); }
    QChart* chart() const { return view->chart(); }
};

// "wall-clock", "cpu" or "cpu per core", of the session, laid out at 640 × 400.
std::unique_ptr<ShownChart> chartOf(const QString& name, const Lab::Session& session)
{
    auto shown = std::make_unique<ShownChart>();
    if (name == u"wall-clock"_s) {
        auto* chart = new Lab::WallClockChart(&shown->window);
        chart->setSession(&session);
        shown->view = chart;
    } else {
        auto* chart = new Lab::CpuChart(&shown->window);
        chart->setSession(&session);
        chart->setPerCore(name == u"cpu per core"_s);
        shown->view = chart;
    }
    shown->window.resize(640, 400);
    shown->view->setGeometry(0, 0, 640, 400);
    shown->window.show();
    return shown;
}

// With LAB_CHART_SNAPSHOTS set, the chart as it is on screen, for people to look at.
void snapshot(QChartView& view, const QString& name)
{
    const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS");
    QCoreApplication::processEvents(); // the legend and the axis lay themselves out when posted
    if (!folder.isEmpty())
        QVERIFY(view.grab().save(QDir(folder).filePath(name + u".png"_s)));
}

// Where the wall-clock chart's value (`column`, `seconds`) is on its viewport.
QPoint viewportPos(const Lab::WallClockChart& chart, int column, double seconds)
{
    const QPointF inChart =
        chart.chart()->mapToPosition(QPointF(column, seconds), chart.chart()->series().first());
    return chart.mapFromScene(chart.chart()->mapToScene(inChart));
}

// A press in `column` at `from` seconds, a move to `to`, the release there.
void drag(Lab::WallClockChart& chart, int column, double from, double to)
{
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, viewportPos(chart, column, from));
    QTest::mouseMove(chart.viewport(), viewportPos(chart, column, to));
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, viewportPos(chart, column, to));
}

// The marker of bar `index` lies across it at the height of its guess.
bool markerAtGuess(const Lab::WallClockChart& chart, int index)
{
    const auto guess = chart.guessSeconds().at(index);
    const auto marker = chart.guessMarker(index);
    if (!guess || !marker)
        return false;
    const QPointF at = chart.chart()->mapToPosition(QPointF(index, *guess), chart.chart()->series().first());
    return qAbs(marker->y1() - at.y()) < 0.5 && qAbs(marker->y2() - at.y()) < 0.5 && marker->x1() < at.x() &&
           marker->x2() > at.x();
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(runBatch(m_weather, {weather(Strategy::Sequential), weather(Strategy::Coroutines),
                                     weather(Strategy::Threads)}));
        QVERIFY(runBatch(m_squares, {squares(Strategy::Sequential), squares(Strategy::Threads)}));
    }
    void init() { LabTest::failOnAnyWarning(); }

    void wallClockShowsTheResults_data()
    {
        QTest::addColumn<QList<Lab::RunConfig>>("batch");
        QTest::addColumn<QStringList>("categories");
        const QString sequential = Lab::Narrative::strategyName(Strategy::Sequential);
        const QString threads = Lab::Narrative::strategyName(Strategy::Threads);
        QTest::newRow("sequential, coroutines, threads")
            << QList{weather(Strategy::Sequential), weather(Strategy::Coroutines), weather(Strategy::Threads)}
            << QStringList{sequential, Lab::Narrative::strategyName(Strategy::Coroutines), threads};
        QTest::newRow("threads with and without the GIL")
            << QList{weather(Strategy::Sequential), weather(Strategy::Threads),
                     weather(Strategy::Threads, 100, true)}
            << QStringList{sequential, threads, threads + u" + GIL"_s};
        QTest::newRow("twice the same strategy, no sequential run")
            << QList{weather(Strategy::Threads), weather(Strategy::Threads)}
            << QStringList{threads, threads + u" (run 2)"_s};
    }

    void wallClockShowsTheResults()
    {
        QFETCH(QList<Lab::RunConfig>, batch);
        QFETCH(QStringList, categories);
        Lab::Session session;
        Lab::WallClockChart chart;
        chart.setSession(&session);
        QVERIFY(runBatch(session, batch));

        QCOMPARE(chart.categories(), categories);
        const QList<Lab::RunResultPtr>& results = session.results();
        QCOMPARE(chart.barSeconds().size(), results.size());
        const bool hasSequential = results.constFirst()->config.strategy == Strategy::Sequential;
        for (int i = 0; i < results.size(); ++i) {
            const Lab::RunResult& r = *results.at(i);
            QVERIFY(qAbs(chart.barSeconds().at(i) - seconds(r.wallNs)) < 1e-6);
            const QString label = chart.barLabels().at(i);
            QVERIFY2(label.startsWith(Lab::Narrative::seconds(r.wallNs)), qPrintable(label));
            QCOMPARE(label.contains(u'×'), hasSequential); // the sequential run itself: 1.00×
            if (r.config.strategy == Strategy::Sequential)
                QVERIFY2(label.contains(u"1.00×"_s), qPrintable(label));
        }
        const auto idealNs = idealOf(results);
        QVERIFY(idealNs && chart.idealSeconds());
        QCOMPARE(*chart.idealSeconds(), seconds(*idealNs));
        QList<QLineSeries*> lines;
        for (QAbstractSeries* series : chart.chart()->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(series))
                lines.append(line);
        }
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst()->count(), 2);
        for (const QPointF& p : lines.constFirst()->points())
            QCOMPARE(p.y(), seconds(*idealNs));
    }

    // Three waits of 100 ms at once against one after another: about three times faster (a
    // loaded machine delays the three sequential steps more), exactly as the measured times say.
    void speedupOfCoroutines()
    {
        Lab::WallClockChart chart;
        chart.setSession(&m_weather);
        const QList<Lab::RunResultPtr>& results = m_weather.results();
        QCOMPARE(results.at(1)->config.strategy, Strategy::Coroutines);
        const double speedup = double(results.at(0)->wallNs) / double(results.at(1)->wallNs);
        QVERIFY2(speedup > 2.0 && speedup < 4.0, qPrintable(QString::number(speedup)));
        const QString expected = QLocale().toString(speedup, 'f', 2) + u"× faster"_s;
        QVERIFY2(chart.barLabels().at(1).endsWith(u'\n' + expected),
                 qPrintable(chart.barLabels().at(1) + u" ≠ "_s + expected));
        QCOMPARE(*chart.idealSeconds(), 0.1); // the longest single wait
    }

    // A bar and a line grow while their run goes; the runs to come stay empty.
    void chartsFollowARunningBatch()
    {
        Lab::Session session;
        Lab::WallClockChart wallClock;
        wallClock.setSession(&session);
        Lab::CpuChart cpu;
        cpu.setSession(&session);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start({weather(Strategy::Sequential, 300), weather(Strategy::Coroutines, 300)}));
        QCOMPARE(wallClock.barSeconds(), QList<double>(2, 0.0));
        QCOMPARE(cpu.seriesCount(), 2);

        const auto running = [&] { return !session.batch().at(0).finished(); };
        QTRY_VERIFY(running() && wallClock.barSeconds().at(0) > 0.2);
        QCOMPARE(wallClock.barLabels().at(0), Lab::Narrative::seconds(session.batch().at(0).elapsedNs));
        QCOMPARE(wallClock.barSeconds().at(1), 0.0);
        QCOMPARE(wallClock.barLabels().at(1), QString());
        QCOMPARE(cpu.points(0).size(), session.batch().at(0).samples.size());
        QVERIFY(!cpu.points(0).isEmpty());
        QVERIFY(cpu.points(1).isEmpty());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(wallClock.barSeconds().at(1), seconds(session.results().at(1)->wallNs));
    }

    void cpuLinePerRun()
    {
        Lab::CpuChart chart;
        chart.setSession(&m_squares);
        const QList<Lab::LiveRun>& runs = m_squares.batch();
        QCOMPARE(chart.seriesCount(), runs.size());
        for (int i = 0; i < runs.size(); ++i) {
            const QList<Lab::CpuSample>& samples = runs.at(i).samples;
            const QList<QPointF> points = chart.points(i);
            QCOMPARE(chart.seriesName(i), Lab::Narrative::strategyName(runs.at(i).config.strategy));
            QCOMPARE(points.size(), samples.size());
            QVERIFY(points.size() >= 2);
            for (int p = 0; p < points.size(); ++p) {
                const double y = points.at(p).y();
                QCOMPARE(points.at(p).x(), seconds(samples.at(p).tNs));
                // In cores busy, as the table and the texts say it: 0 to the machine's cores.
                QVERIFY2(y >= 0 && y <= Lab::cpuCores(), qPrintable(QString::number(y)));
                QCOMPARE(y, std::min(double(Lab::cpuCores()), samples.at(p).processPct / 100.0));
            }
        }
    }

    void cpuPerCore()
    {
        Lab::CpuChart chart;
        chart.setSession(&m_squares);
        chart.setPerCore(true);
        QCOMPARE(chart.seriesCount(), Lab::cpuCores() + 2);
        QCOMPARE(chart.selectedRun(), 1); // the latest run with samples
        chart.setSelectedRun(0);
        QCOMPARE(chart.selectedRun(), 0);
        const QList<Lab::CpuSample>& samples = m_squares.batch().at(0).samples;
        for (int line = 0; line <= Lab::cpuCores(); ++line) {
            const QList<QPointF> points = chart.points(line);
            QCOMPARE(points.size(), samples.size());
            for (int p = 0; p < points.size(); ++p) {
                const Lab::CpuSample& s = samples.at(p);
                // A core: 0 to 1 busy; the whole machine: 0 to all its cores.
                const double busy = line < Lab::cpuCores()
                                        ? std::clamp(double(s.coresPct.at(line)) / 100.0, 0.0, 1.0)
                                        : s.systemPct / 100.0 * Lab::cpuCores();
                QCOMPARE(points.at(p).y(), busy);
            }
        }
        // The other programs: the whole machine less the run, never below nothing.
        const QList<QPointF> others = chart.points(Lab::cpuCores() + 1);
        QCOMPARE(others.size(), samples.size());
        for (int p = 0; p < others.size(); ++p) {
            const Lab::CpuSample& s = samples.at(p);
            const double machine = s.systemPct * Lab::cpuCores();
            QCOMPARE(others.at(p).y(),
                     std::clamp((machine - s.processPct) / 100.0, 0.0, double(Lab::cpuCores())));
        }
        QCOMPARE(chart.seriesName(Lab::cpuCores() + 1), u"other programs"_s);
        chart.setPerCore(false);
        QCOMPARE(chart.seriesCount(), m_squares.batch().size());
    }

    void savePng_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::newRow("wall-clock") << u"wall-clock"_s;
        QTest::newRow("cpu") << u"cpu"_s;
        QTest::newRow("cpu per core") << u"cpu per core"_s;
    }

    // Exactly the size asked whatever the screen, with the strategies' colours in it; the chart
    // on screen keeps its geometry and its labels.
    void savePng()
    {
        QFETCH(QString, chart);
        const Lab::Session& session = chart == u"wall-clock"_s ? m_weather : m_squares;
        const auto view = chartOf(chart, session);
        const QRectF geometry = view->chart()->geometry();
        const QRectF plotArea = view->chart()->plotArea();
        const QList<QPointF> labels = textPositions(view->chart());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.png"_s);
        const auto error = Lab::ChartExport::savePng(view->exportable(), path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QCOMPARE(view->chart()->geometry(), geometry);
        QCOMPARE(view->chart()->plotArea(), plotArea);
        QCOMPARE(textPositions(view->chart()), labels);

        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 1000));
        QVERIFY(pixelsOf(image, Qt::white) < image.width() * image.height() * 99 / 100);
        if (chart == u"cpu per core"_s)
            return; // shades of the run's colour
        // A bar covers tens of thousands of pixels; a line at least a few hundred.
        const int least = chart == u"wall-clock"_s ? 5000 : 300;
        for (const Lab::LiveRun& run : session.batch()) {
            const QColor colour = Lab::Palette::strategyColor(run.config.strategy);
            QVERIFY2(pixelsOf(image, colour) >= least, qPrintable(colour.name()));
        }
    }

    void saveSvg_data() { savePng_data(); }

    // Valid XML whose text is text: the title and, in a family that can draw Thai, the labels.
    void saveSvg()
    {
        QFETCH(QString, chart);
        const auto view = chartOf(chart, chart == u"wall-clock"_s ? m_weather : m_squares);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.svg"_s);
        const auto error = Lab::ChartExport::saveSvg(view->exportable(), path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        const auto text = svgText(svg);
        QVERIFY2(text, "not well-formed XML");
        QVERIFY2(text->contains(view->exportable().exportTitle()), qPrintable(*text));
        QVERIFY(svg.contains("viewBox=\"0 0 1600 1000\""));
        const QString thai = Lab::ChartExport::thaiCapableFamily();
        if (!thai.isEmpty()) // drawn in it, then the Thai faces of other systems (tst_slides draws them)
            QVERIFY(svg.contains(u"font-family=\"%1, 'Noto Sans Thai'"_s.arg(thai).toUtf8()));
    }

    void exportFails_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("svg");
        for (const bool svg : {false, true}) {
            const char* format = svg ? "svg" : "png";
            QTest::addRow("%s in a missing folder", format) << u"missing/chart"_s << svg;
            QTest::addRow("%s under a regular file", format) << u"file/chart"_s << svg;
            QTest::addRow("%s onto a folder", format) << u"folder"_s << svg;
            QTest::addRow("%s into a full disk", format) << u"full"_s << svg;
        }
    }

    // A reason that names the path, and nothing new left beside it. The full disk is a device
    // node like /dev/full made for the test: as root, a save file beside /dev/full would replace it.
    void exportFails()
    {
        QFETCH(QString, relative);
        QFETCH(bool, svg);
        QTemporaryDir dir;
        QFile regular(dir.filePath(u"file"_s));
        QVERIFY(regular.open(QIODevice::WriteOnly) && regular.write("keep") == 4);
        regular.close();
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        const QByteArray full = QFile::encodeName(dir.filePath(u"full"_s));
        const bool node = mknod(full.constData(), S_IFCHR | 0666, makedev(1, 7)) == 0;
        if (!node && relative == u"full"_s)
            QSKIP("cannot make a device node here");
        const auto view = chartOf(u"wall-clock"_s, m_weather);
        const QString path = dir.filePath(relative);
        const auto error = save(view->exportable(), path, svg);
        QVERIFY(error);
        QVERIFY2(error->contains(path), qPrintable(*error));
        const QStringList before =
            node ? QStringList{u"file"_s, u"folder"_s, u"full"_s} : QStringList{u"file"_s, u"folder"_s};
        QCOMPARE(entriesOf(dir), before);
        QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
        QVERIFY(regular.open(QIODevice::ReadOnly));
        QCOMPARE(regular.readAll(), QByteArray("keep"));
        struct stat after {};
        QVERIFY(!node || (lstat(full.constData(), &after) == 0 && S_ISCHR(after.st_mode)));
    }

    void saveAll()
    {
        const auto wallClock = chartOf(u"wall-clock"_s, m_weather);
        const auto cpu = chartOf(u"cpu"_s, m_weather);
        const QList<Lab::Exportable*> charts{&wallClock->exportable(), &cpu->exportable()};
        QTemporaryDir dir;
        const auto error = Lab::ChartExport::saveAll(charts, dir.path(), {800, 500});
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QCOMPARE(entriesOf(dir),
                 QStringList({u"cpu.png"_s, u"cpu.svg"_s, u"wall-clock.png"_s, u"wall-clock.svg"_s}));
        QCOMPARE(QImage(dir.filePath(u"cpu.png"_s)).size(), QSize(800, 500));

        const QString missing = dir.filePath(u"missing"_s);
        const auto failed = Lab::ChartExport::saveAll(charts, missing, {800, 500});
        QVERIFY(failed && failed->contains(missing));
        QCOMPARE(entriesOf(dir).size(), 4);
    }

    // Before a run: the runs to come without bars nor ideal; a press and a drag in a column guess
    // its strategy's time in tenths of a second, marked across the column and told above it.
    void planIsGuessedByDragging()
    {
        Lab::Session session;
        const auto shown = chartOf(u"wall-clock"_s, session);
        auto& chart = static_cast<Lab::WallClockChart&>(*shown->view);
        Lab::RunConfig guessed = weather(Strategy::Coroutines);
        guessed.predictionMs = 6000;
        chart.showPlan({weather(Strategy::Sequential), guessed});
        QVERIFY(chart.showsPlan());
        QCOMPARE(chart.categories(), (QStringList{Lab::Narrative::strategyName(Strategy::Sequential),
                                                  Lab::Narrative::strategyName(Strategy::Coroutines)}));
        QCOMPARE(chart.barSeconds(), (QList<double>{0, 0}));
        QVERIFY(!chart.idealSeconds());
        QCOMPARE(chart.guessSeconds(), (QList<std::optional<double>>{std::nullopt, 6.0}));
        QCOMPARE(chart.barLabels(), (QStringList{QString(), Lab::Narrative::guessed(6000)}));
        QVERIFY(markerAtGuess(chart, 1));
        QVERIFY(!chart.guessMarker(0));

        QSignalSpy dragged(&chart, &Lab::WallClockChart::guessDragged);
        drag(chart, 0, 2.0, 4.5);
        QVERIFY(dragged.size() >= 2);
        QCOMPARE(dragged.first().at(0).value<Strategy>(), Strategy::Sequential);
        QVERIFY(qAbs(dragged.first().at(1).toLongLong() - 2000) <= 100);
        const qint64 last = dragged.last().at(1).toLongLong();
        QVERIFY2(qAbs(last - 4500) <= 100 && last % 100 == 0, qPrintable(QString::number(last)));
        QCOMPARE(chart.guessSeconds().at(0), std::optional(double(last) / 1e3));
        QCOMPARE(chart.guessSeconds().at(1), std::optional(6.0)); // the other column keeps its guess
        QVERIFY(markerAtGuess(chart, 0));
        QCOMPARE(chart.barLabels().at(0), Lab::Narrative::guessed(last));
        snapshot(chart, u"wallclock-plan"_s);
    }

    // The batch that starts replaces the plan; each bar shows its guess beside the time it took,
    // and the marker stands where guessed, seen above the bar in the strategy's colour.
    void guessBesideTheMeasurement()
    {
        Lab::Session session;
        const auto shown = chartOf(u"wall-clock"_s, session);
        auto& chart = static_cast<Lab::WallClockChart&>(*shown->view);
        Lab::RunConfig coroutines = weather(Strategy::Coroutines);
        coroutines.predictionMs = 2500;
        chart.showPlan({weather(Strategy::Sequential), coroutines});
        QSignalSpy started(&session, &Lab::Session::batchStarted);
        QSignalSpy finished(&session, &Lab::Session::batchFinished);
        QVERIFY(session.start({weather(Strategy::Sequential), coroutines}));
        QVERIFY(!chart.showsPlan());
        QVERIFY(finished.wait(60'000));

        const qint64 wallNs = session.results().at(1)->wallNs;
        QCOMPARE(chart.guessSeconds(), (QList<std::optional<double>>{std::nullopt, 2.5}));
        QVERIFY2(chart.barLabels().at(1).startsWith(Lab::Narrative::guessedAndMeasured(2500, wallNs) + u'\n'),
                 qPrintable(chart.barLabels().at(1)));
        QVERIFY(chart.barLabels().at(1).contains(u"× faster"_s));
        QVERIFY2(chart.barLabels().at(0).startsWith(Lab::Narrative::seconds(session.results().at(0)->wallNs)),
                 qPrintable(chart.barLabels().at(0)));
        QVERIFY(markerAtGuess(chart, 1));
        QVERIFY(!chart.guessMarker(0));
        // A run's guess stays what it was: the mouse guesses only before the run.
        QSignalSpy dragged(&chart, &Lab::WallClockChart::guessDragged);
        drag(chart, 0, 0.05, 1.0);
        QCOMPARE(dragged.size(), 0);
        QVERIFY(!chart.guessSeconds().at(0));
        snapshot(chart, u"wallclock-guessed"_s);
        const QImage image = shown->view->grab().toImage();
        const QColor ink = Lab::Palette::strategyColor(Strategy::Coroutines).darker(150);
        QVERIFY2(pixelsOf(image, ink) >= 40, qPrintable(QString::number(pixelsOf(image, ink))));
        // Without guesses, no marker's ink at all.
        const auto plain = chartOf(u"wall-clock"_s, m_weather);
        QCOMPARE(pixelsOf(plain->view->grab().toImage(), ink), 0);
    }

    // Pictures of the seed's first lab (and of a computing batch) for people to look at.
    void snapshots()
    {
        const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set LAB_CHART_SNAPSHOTS to a folder to get the charts of a lab-like batch");
        Lab::Session lab;
        QVERIFY(runBatch(lab, {weather(Strategy::Sequential, 500), weather(Strategy::Coroutines, 500),
                               weather(Strategy::Threads, 500)}));
        const std::tuple<QString, const Lab::Session*, QString> files[] = {
            {u"wall-clock"_s, &lab, u"wallclock"_s},
            {u"cpu"_s, &lab, u"cpu"_s},
            {u"wall-clock"_s, &m_squares, u"wallclock-squares"_s},
            {u"cpu"_s, &m_squares, u"cpu-squares"_s},
            {u"cpu per core"_s, &m_squares, u"cpu-cores"_s}};
        for (const auto& [chart, session, name] : files) {
            const auto view = chartOf(chart, *session);
            for (const bool svg : {false, true})
                QVERIFY(!save(view->exportable(), QDir(folder).filePath(name + (svg ? u".svg"_s : u".png"_s)),
                              svg));
        }
    }

private:
    Lab::Session m_weather; // sequential, coroutines, threads: 3 × 100 ms
    Lab::Session m_squares; // sequential and threads, CPU-bound
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
