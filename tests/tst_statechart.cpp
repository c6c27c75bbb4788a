#include "chartexport.h"
#include "engine/session.h"
#include "experiment.h"
#include "report/narrative.h"
#include "report/stateshares.h"
#include "statechart.h"
#include "statefill.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using Lab::Strategy;
using Lab::TaskState;
using Lab::Workload;

Q_DECLARE_METATYPE(Lab::TaskState)

namespace {

// Two sums long enough for the simulated GIL to take turns many times.
Lab::RunConfig squares(Strategy s, bool gil = false)
{
    Lab::RunConfig c = LabTest::config(Workload::Squares, s, 2);
    c.workers = s == Strategy::Threads || s == Strategy::Processes ? 2 : 1;
    c.squaresN = {1'000'000'000, 1'000'000'000};
    c.gil = gil;
    return c;
}

Lab::RunConfig weather(Strategy s)
{
    return LabTest::config(Workload::Weather, s, 3, 100);
}

bool runBatch(Lab::Session& session, const QList<Lab::RunConfig>& batch)
{
    QSignalSpy finished(&session, &Lab::Session::batchFinished);
    return session.start(batch) && finished.wait(120'000);
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

QImage rendered(Lab::StateChart& chart)
{
    QImage image(Lab::ChartExport::defaultSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(painter, image.size());
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

// With LAB_CHART_SNAPSHOTS set, the chart as a file shows it, for people to look at.
void snapshot(const QImage& image, const QString& name)
{
    const QString folder = qEnvironmentVariable("LAB_CHART_SNAPSHOTS");
    if (!folder.isEmpty())
        QVERIFY(image.save(QDir(folder).filePath(name + u".png"_s)));
}

// The run of this shape among the session's, -1 when none is.
int rowOf(const Lab::Session& session, Strategy s, bool gil)
{
    const QList<Lab::LiveRun>& runs = session.shown();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (runs.at(i).config.strategy == s && runs.at(i).config.gil == gil)
            return int(i);
    }
    return -1;
}

} // namespace

class TestStateChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(runBatch(m_squares, {squares(Strategy::Sequential), squares(Strategy::Threads, true),
                                     squares(Strategy::Threads), squares(Strategy::Processes)}));
        QVERIFY(runBatch(m_weather, {weather(Strategy::Sequential), weather(Strategy::Coroutines)}));
    }
    void init() { LabTest::failOnAnyWarning(); }

    // Where each run's time went, as the chart's rows have it: the lesson each run makes.
    void eachBarSaysWhereTheTimeWent_data()
    {
        QTest::addColumn<bool>("onSquares");
        QTest::addColumn<Strategy>("strategy");
        QTest::addColumn<bool>("gil");
        QTest::addColumn<TaskState>("state");
        QTest::addColumn<double>("least");
        QTest::addColumn<double>("most");
        QTest::newRow("squares × threads + GIL: they took turns")
            << true << Strategy::Threads << true << TaskState::Gil << 0.30 << 1.0;
        QTest::newRow("squares × threads: no GIL, no wait for it")
            << true << Strategy::Threads << false << TaskState::Gil << 0.0 << 0.0;
        QTest::newRow("squares × one at a time: mostly computing")
            << true << Strategy::Sequential << false << TaskState::Running << 0.5 << 1.0;
        QTest::newRow("squares × processes: a hand-over")
            << true << Strategy::Processes << false << TaskState::Transfer << 1e-6 << 0.5;
        QTest::newRow("weather × coroutines: waiting")
            << false << Strategy::Coroutines << false << TaskState::Waiting << 0.95 << 1.0;
        QTest::newRow("weather × one at a time: no computing to speak of")
            << false << Strategy::Sequential << false << TaskState::Running << 0.0 << 0.05;
    }
    void eachBarSaysWhereTheTimeWent()
    {
        QFETCH(bool, onSquares);
        QFETCH(Strategy, strategy);
        QFETCH(bool, gil);
        QFETCH(TaskState, state);
        QFETCH(double, least);
        QFETCH(double, most);
        const Lab::Session& session = onSquares ? m_squares : m_weather;
        Lab::StateChart chart;
        chart.setSession(&session);
        const int row = rowOf(session, strategy, gil);
        QVERIFY(row >= 0);
        const Lab::StateChart::Row bar = chart.rows().at(row);
        QVERIFY(bar.drawn());
        QVERIFY(bar.status.isEmpty());
        const double share = bar.states->share(state);
        QVERIFY2(share >= least && share <= most,
                 qPrintable(u"%1: %2"_s.arg(Lab::taskStateId(state)).arg(share)));
        // The bar is every task's time, and each task's states fill its time from its submission.
        qint64 taskNs = 0;
        for (const Lab::TaskSpan& s : session.shown().at(row).result->spans)
            taskNs += (s.returnedNs >= 0 ? s.returnedNs : s.endNs) - s.submittedNs;
        QVERIFY(qAbs(bar.states->totalNs() - taskNs) <=
                1'000'000 * qint64(session.shown().at(row).spans.size()));
    }

    void runsAreNamedAsOnTheWallClockChart()
    {
        Lab::StateChart chart;
        chart.setSession(&m_squares);
        QList<Lab::RunConfig> configs;
        for (const Lab::LiveRun& run : m_squares.shown())
            configs.append(run.config);
        QStringList labels;
        for (const Lab::StateChart::Row& row : chart.rows())
            labels.append(row.label);
        QCOMPARE(labels, Lab::Narrative::runNames(configs));
        QVERIFY(labels.contains(u"threads + GIL"_s));
    }

    // Rounds of a repeated batch: a bar a kind, as on the wall-clock chart, not one a round.
    void aRepeatedKindIsOneBar()
    {
        Lab::Experiment e;
        e.workload = Workload::Squares;
        e.strategies = {Strategy::Sequential, Strategy::Threads};
        e.workers = 2;
        e.gil = true;
        e.n = {200'000, 200'000};
        e.repeats = 3;
        QTemporaryDir dir;
        Lab::Session session;
        QVERIFY(runBatch(session, Lab::experimentRuns(e, QStringLiteral(CL_APP_PATH), dir.path())));
        QCOMPARE(session.results().size(), 6);
        Lab::StateChart chart;
        chart.setSession(&session);
        const QList<Lab::StateChart::Row> rows = chart.rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).label, u"threads + GIL"_s);
        // The bar of the round the wall-clock chart shows: the median one.
        QCOMPARE(rows.at(1).states->totalNs(),
                 Lab::States::breakdownOf(*session.shown().at(1).result).totalNs());
        QCOMPARE(Lab::Narrative::whereTheTimeWent(session.results()).size(), 1 + 2);
    }

    // The GIL's red is on the bars of a run that waited for it, and nowhere when none did.
    void theGilIsRed_data()
    {
        QTest::addColumn<bool>("onSquares");
        QTest::addColumn<bool>("red");
        QTest::newRow("squares with threads + GIL") << true << true;
        QTest::newRow("weather: no GIL") << false << false;
    }
    void theGilIsRed()
    {
        QFETCH(bool, onSquares);
        QFETCH(bool, red);
        Lab::StateChart chart;
        chart.setSession(onSquares ? &m_squares : &m_weather);
        const QImage image = rendered(chart);
        snapshot(image, onSquares ? u"states-squares"_s : u"states-weather"_s);
        chart.resize(470, 430); // as in a tab of the window beside the panels
        snapshot(chart.grab().toImage(), onSquares ? u"states-squares-screen"_s : u"states-weather-screen"_s);
        const int gil = pixelsOf(image, Lab::StateFill::gilColor());
        // Far more than the legend's swatch: a good part of a bar.
        QVERIFY2(red ? gil > 5000 : gil == 0, qPrintable(QString::number(gil)));
    }

    void exportWritesTheChart()
    {
        Lab::StateChart chart;
        chart.setSession(&m_squares);
        QCOMPARE(chart.exportName(), u"states"_s);
        QTemporaryDir dir;
        QVERIFY(!Lab::ChartExport::saveAll({&chart}, dir.path()).has_value());
        QCOMPARE(QImage(dir.filePath(u"states.png"_s)).size(), Lab::ChartExport::defaultSize);
        QFile svg(dir.filePath(u"states.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text"_s)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString& shown :
             {chart.exportTitle(), u"threads + GIL"_s, Lab::StateFill::name(TaskState::Gil)})
            QVERIFY2(text.contains(shown), qPrintable(shown + u" not in\n"_s + text));
    }

    void aLessonPointsAtARunsBar()
    {
        Lab::StateChart chart;
        chart.resize(800, 500);
        chart.setSession(&m_squares);
        QVERIFY(chart.highlightRect().isNull());
        const int row = rowOf(m_squares, Strategy::Threads, true);
        chart.highlight(row);
        const QRect outlined = chart.highlightRect();
        QVERIFY(!outlined.isNull());
        QVERIFY(outlined.contains(chart.rect().center().x(), outlined.center().y()));
        // The tooltip there tells the same run's states in numbers.
        const QString tip = chart.toolTipAt(outlined.center());
        QVERIFY2(tip.startsWith(u"threads + GIL"_s), qPrintable(tip));
        QVERIFY2(tip.contains(Lab::StateFill::name(TaskState::Gil)), qPrintable(tip));
        chart.highlight(-1);
        QVERIFY(chart.highlightRect().isNull());
    }

    // A CPython run whose threads were not sampled has its queue alone: too little to draw.
    void statesThatTellTooLittleAreNotDrawn()
    {
        Lab::RunResult run;
        Lab::TaskSpan span;
        span.submittedNs = 0;
        span.startNs = 10'000'000;
        span.endNs = 1'000'000'000;
        span.states = {{TaskState::Queued, 0, 10'000'000}};
        run.spans = {span};
        const Lab::States::Breakdown b = Lab::States::breakdownOf(run);
        QVERIFY(!b.known());
        QCOMPARE(Lab::Narrative::stateShares(b), u"no states recorded"_s);
        run.spans.front().states.push_back({TaskState::Running, 10'000'000, 1'000'000'000});
        QVERIFY(Lab::States::breakdownOf(run).known());
        QCOMPARE(Lab::Narrative::stateShares(Lab::States::breakdownOf(run)), u"computing 99% · queued 1%"_s);
    }

    void theCommandLineSaysItToo()
    {
        const QStringList lines = Lab::Narrative::whereTheTimeWent(m_squares.results());
        QCOMPARE(lines.size(), 1 + m_squares.results().size());
        const auto gilLine = std::find_if(lines.begin(), lines.end(), [](const QString& line) {
            return line.contains(u"threads + GIL, 2 worker"_s);
        });
        QVERIFY2(gilLine != lines.end(), qPrintable(lines.join(u'\n')));
        QVERIFY2(QRegularExpression(u"GIL ([3-9][0-9]|100)%"_s).match(*gilLine).hasMatch(),
                 qPrintable(*gilLine));
        const QStringList weather = Lab::Narrative::whereTheTimeWent(m_weather.results());
        QVERIFY2(
            QRegularExpression(u"coroutines +waiting (9[5-9]|100)%"_s).match(weather.join(u'\n')).hasMatch(),
            qPrintable(weather.join(u'\n')));
    }

private:
    Lab::Session m_squares;
    Lab::Session m_weather;
};

QTEST_MAIN(TestStateChart)
#include "tst_statechart.moc"
