#include "wallclockchart.h"

#include "chartexport.h"
#include "chartnote.h"
#include "engine/session.h"
#include "guessmarker.h"
#include "palette.h"
#include "report/analysis.h"
#include "report/narrative.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

bool oneKindOfWork(const QList<LiveRun>& batch)
{
    return std::all_of(batch.begin(), batch.end(),
                       [&](const LiveRun& run) { return sameWork(run.config, batch.first().config); });
}

constexpr qreal labelGap = 4; // px between a bar's top and its label
// Room above the tallest bar (or the ideal line) for its two lines of label.
constexpr double headroom = 1.3;
// Above the grid, the bars and the ideal line, which Qt Charts stacks over plain child items.
constexpr qreal labelZ = 100;
constexpr qreal markerGap = 9; // px between a guess's marker and a label above it
// Before any guess, room for what the seed's labs take (6 s at most) and more.
constexpr double planSeconds = 10;

// Puts `item` centred on `centreX` with its bottom at `bottom`; returns its top.
qreal placeAbove(QGraphicsSimpleTextItem* item, qreal centreX, qreal bottom)
{
    const QRectF box = item->boundingRect();
    item->setPos(centreX - box.width() / 2, bottom - box.height());
    return bottom - box.height();
}

// A long part of a name in two lines, at the space nearest its middle.
QStringList halves(const QString& part)
{
    constexpr qsizetype longPart = 16; // characters: wider than a column of eight
    if (part.size() <= longPart)
        return {part};
    const qsizetype middle = part.size() / 2;
    const qsizetype before = part.lastIndexOf(u' ', middle);
    const qsizetype after = part.indexOf(u' ', middle);
    const qsizetype cut = after >= 0 && (before < 0 || after - middle < middle - before) ? after : before;
    return cut > 0 ? QStringList{part.left(cut), part.mid(cut + 1)} : QStringList{part};
}

// Each long line of a label in two.
QString stacked(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        lines += halves(line);
    return lines.join(u'\n');
}

// A run's name on the axis, a line for each of its parts ("coroutines:", "blocking call", "in a
// thread", "· Python"): names cut short to fit a column would all read "coroutines: b…".
QString axisLabel(const QString& name)
{
    const QString parts = QString(name).replace(u": "_s, u":\n"_s).replace(u" · "_s, u"\n· "_s);
    QStringList lines;
    for (const QString& part : parts.split(u'\n'))
        lines += halves(part);
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

} // namespace

WallClockChart::WallClockChart(QWidget* parent)
    : QChartView(parent), m_bars(new QStackedBarSeries), m_ideal(new QLineSeries),
      m_xAxis(new QBarCategoryAxis), m_yAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->addSeries(m_bars);
    chart->addSeries(m_ideal);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_xAxis);
    m_bars->attachAxis(m_yAxis);
    m_ideal->attachAxis(m_xAxis); // categories are at 0, 1, …: the line spans -0.5 to n - 0.5
    m_ideal->attachAxis(m_yAxis);
    // Stacked, with one set per strategy and a single non-zero value per category: each bar takes
    // the whole width of its category, yet the legend lists strategies, not runs.
    for (Runtime runtime : {Runtime::Cpp, Runtime::Python}) {
        for (const auto& [strategy, id] : strategyIds) { // the cluster's too: CPython's only
            auto* set = new QBarSet(QString());
            m_bars->append(set);
            RunConfig key;
            key.strategy = strategy;
            key.runtime = runtime;
            m_sets[setIndex(key)] = set;
        }
    }
    m_xAxis->setGridLineVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    ChartExport::styleChart(*chart);
    paintSeries();
    // The legend draws the ideal as a dashed line; the bars keep their filled squares.
    for (QLegendMarker* marker : chart->legend()->markers(m_ideal))
        marker->setShape(QLegend::MarkerShapeFromSeries);
    connect(chart, &QChart::plotAreaChanged, this, &WallClockChart::placeLabels);
    m_planHint = new QGraphicsSimpleTextItem(chart);
    m_planHint->setFont(m_yAxis->labelsFont());
    m_planHint->setBrush(m_yAxis->labelsBrush());
    m_planHint->setZValue(labelZ);
    makeRepeatItems();
    retranslateUi();
}

WallClockChart::~WallClockChart() = default;

void WallClockChart::setSession(const Session* session)
{
    m_session.follow(session, this, &WallClockChart::rebuild, &WallClockChart::refresh);
    // Runs chosen in the results table are results to look at again: the plan of the next run
    // gives way to them (the follower has drawn the plan once more; this draws them).
    if (session) {
        connect(session, &Session::shownChanged, this, [this] {
            if (m_plan) {
                m_plan.reset();
                rebuild();
            }
        });
    }
}

QString WallClockChart::exportName() const
{
    return u"wall-clock"_s;
}

QString WallClockChart::exportTitle() const
{
    return tr("Wall-clock time");
}

void WallClockChart::render(QPainter& painter, const QSize& size)
{
    // The labels' room above the bars is in pixels: fitted again to the file's plot, then the
    // screen's axis given back as it was.
    const double min = m_yAxis->min();
    const double max = m_yAxis->max();
    const int ticks = m_yAxis->tickCount();
    const QString format = m_yAxis->labelFormat();
    bool inFile = false;
    ChartExport::renderChart(*chart(), painter, size, [&] {
        inFile = !inFile;
        if (inFile) {
            updateRange();
        } else {
            m_yAxis->setLabelFormat(format);
            m_yAxis->setTickCount(ticks);
            m_yAxis->setRange(min, max);
        }
        placeLabels();
    });
}

QStringList WallClockChart::categories() const
{
    return m_categories;
}

QList<double> WallClockChart::barSeconds() const
{
    QList<double> seconds;
    for (const Bar& bar : m_shown)
        seconds.append(bar.seconds);
    return seconds;
}

QStringList WallClockChart::barLabels() const
{
    QStringList labels;
    for (const Bar& bar : m_shown)
        labels.append(bar.comparison.isEmpty() ? bar.time : bar.time + u'\n' + bar.comparison);
    return labels;
}

std::optional<double> WallClockChart::idealSeconds() const
{
    if (!m_idealNs)
        return std::nullopt;
    return double(*m_idealNs) / 1e9;
}

void WallClockChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void WallClockChart::retranslateUi()
{
    chart()->setTitle(exportTitle());
    m_yAxis->setTitleText(tr("seconds"));
    m_planHint->setText(tr("Predict: drag up or down in each column to the time you expect, then press Run"));
    rebuild(); // category names, legend and labels are all words
}

// A new batch: one category and two labels a run; the strategies of the batch in the legend.
void WallClockChart::rebuild()
{
    if (m_session && m_session->isRunning())
        m_plan.reset(); // the batch that was planned has started
    for (const Bar& bar : std::as_const(m_shown)) {
        delete bar.timeItem;
        delete bar.comparisonItem;
        delete bar.marker;
        delete bar.whisker;
    }
    m_shown.clear();
    m_xAxis->clear();
    const QList<RunConfig> runs = shownConfigs();
    m_categories = Narrative::runNames(runs);
    for (const RunConfig& run : runs)
        m_shown.append(makeBar(run));
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        QBarSet* set = m_sets.at(i);
        RunConfig key;
        key.strategy = strategyIds[i % std::size(strategyIds)].value;
        key.runtime = i < std::size(strategyIds) ? Runtime::Cpp : Runtime::Python;
        set->setLabel(Narrative::runLabel(key));
        set->remove(0, set->count());
        set->append(QList<qreal>(runs.size(), 0.0));
        const bool used =
            std::any_of(runs.begin(), runs.end(), [&](const RunConfig& r) { return setIndex(r) == i; });
        for (QLegendMarker* marker : chart()->legend()->markers(m_bars)) {
            if (static_cast<QBarLegendMarker*>(marker)->barset() == set)
                marker->setVisible(used);
        }
    }
    QStringList labels;
    for (const QString& name : std::as_const(m_categories))
        labels.append(axisLabel(name));
    m_xAxis->append(labels);
    updateIdeal();
    refresh();
}

QList<RunConfig> WallClockChart::shownConfigs() const
{
    if (m_plan)
        return *m_plan;
    QList<RunConfig> configs;
    for (const LiveRun& run : m_session ? m_session->shown() : QList<LiveRun>())
        configs.append(run.config);
    return configs;
}

std::size_t WallClockChart::setIndex(const RunConfig& config)
{
    return std::size_t(config.strategy) + (config.runtime == Runtime::Python ? std::size(strategyIds) : 0);
}

WallClockChart::Bar WallClockChart::makeBar(const RunConfig& config)
{
    const QFont plain = valueFont();
    QFont bold = plain;
    bold.setBold(true);
    Bar bar;
    bar.guessMs = config.predictionMs;
    bar.time = bar.timeStacked = timeText(bar, 0);
    bar.marker = new GuessMarker(Palette::strategyColor(config.strategy), chart());
    bar.marker->setZValue(labelZ - 1);
    bar.timeItem = new QGraphicsSimpleTextItem(chart());
    bar.timeItem->setFont(bold);
    bar.comparisonItem = new QGraphicsSimpleTextItem(chart());
    bar.comparisonItem->setFont(plain);
    for (QGraphicsSimpleTextItem* item : {bar.timeItem, bar.comparisonItem}) {
        item->setBrush(m_yAxis->labelsBrush());
        item->setZValue(labelZ);
    }
    bar.timeItem->setText(bar.time);
    return bar;
}

void WallClockChart::refresh()
{
    if (m_plan) {
        clearRepeats(); // the runs to come have no rounds yet
        updateRange();
        placeLabels();
        return;
    }
    if (!m_session)
        return;
    if (m_session->shown().size() != m_shown.size()) {
        rebuild(); // shown before its batchStarted reached us
        return;
    }
    updateRepeats();
    bool finishedNow = false;
    for (int i = 0; i < m_shown.size(); ++i) {
        if (!m_shown.at(i).final) {
            updateBar(i);
            finishedNow = finishedNow || m_shown.at(i).final;
        }
    }
    // A finished sequential run gives the computing labs their ideal.
    if (finishedNow)
        updateIdeal();
    updateRange();
    placeLabels();
}

void WallClockChart::updateBar(int index)
{
    const LiveRun& run = m_session->shown().at(index);
    Bar& bar = m_shown[index];
    const qint64 ns = run.finished() ? run.result->wallNs : run.elapsedNs;
    bar.seconds = double(ns) / 1e9;
    bar.time = timeText(bar, ns);
    bar.timeStacked = timeText(bar, ns, u"\n"_s);
    bar.final = run.finished();
    bar.comparison = bar.final ? finishedComparison(index) : QString();
    if (bar.final && showRepeated(index, bar)) {
        bar.time = timeText(bar, qint64(bar.seconds * 1e9));
        bar.timeStacked = timeText(bar, qint64(bar.seconds * 1e9), u"\n"_s);
    }
    bar.timeItem->setText(bar.time);
    bar.comparisonItem->setText(bar.comparison);
    m_sets[setIndex(run.config)]->replace(index, bar.seconds);
}

QString WallClockChart::finishedComparison(int index) const
{
    const LiveRun& run = m_session->shown().at(index);
    const RunResultPtr& result = run.result;
    if (run.reused)
        return tr("reused: the run at %1").arg(Narrative::baselineTime(*result));
    if (result->cancelled)
        return tr("cancelled");
    if (!result->error.isEmpty())
        return tr("failed");
    if (!result->deadlock.isEmpty())
        return *Narrative::mistakeNote(*result);
    const QList<RunResultPtr>& results = m_session->results();
    const qsizetype at = results.indexOf(result);
    const QString comparison = at >= 0 ? Narrative::speedupText(results, at, u"\n"_s) : QString();
    // A mistakes lab's own figure under it: the updates lost, the cost of a hand-over.
    const auto note = Narrative::mistakeNote(*result);
    return note ? (comparison.isEmpty() ? *note : comparison + u'\n' + *note) : comparison;
}

// The best any run of the batch could do: for waits the longest single task, for computing a
// sequential time shared among the cores. The sequential run's own "expected" is the sum of its
// tasks, so taking the first run's would draw the line at the slowest.
void WallClockChart::updateIdeal()
{
    m_idealNs.reset();
    // Different work has different ideals: one line would mislead. Before a run it would give the
    // answer away.
    if (m_session && !m_plan && oneKindOfWork(m_session->shown())) {
        for (const LiveRun& run : m_session->shown()) {
            // A batch chosen again is measured against its own baseline, not a later one.
            auto expected = repeatedExpectedNs(run);
            if (!expected)
                expected = Analysis::expectedWallNs(run.config, m_session->results(),
                                                    m_session->results().indexOf(run.result));
            if (expected && (!m_idealNs || *expected < *m_idealNs))
                m_idealNs = expected;
        }
    }
    const double y = m_idealNs ? double(*m_idealNs) / 1e9 : 0;
    const double right = double(m_categories.size()) - 0.5;
    m_ideal->replace(m_idealNs ? QList<QPointF>{{-0.5, y}, {right, y}} : QList<QPointF>());
    m_ideal->setName(m_idealNs ? tr("ideal: %1").arg(Narrative::seconds(*m_idealNs)) : QString());
    for (QLegendMarker* marker : chart()->legend()->markers(m_ideal))
        marker->setVisible(m_idealNs.has_value());
}

void WallClockChart::updateRange()
{
    if (m_dragged >= 0)
        return; // the axis stays still under the mouse; it fits the guess when it is let go
    double top = m_idealNs ? double(*m_idealNs) / 1e9 : 0;
    for (const Bar& bar : std::as_const(m_shown))
        top = std::max({top, bar.seconds, bar.guessMs ? double(*bar.guessMs) / 1e3 : 0.0,
                        bar.range ? bar.range->second : 0.0});
    if (m_plan)
        top = std::max(top, planSeconds / headroom);
    // More room for lab 7's hand-over, two lines more under "3.25× slower".
    qsizetype lines = 0;
    for (const Bar& bar : std::as_const(m_shown))
        lines = std::max(lines, bar.comparison.count(u'\n'));
    // The labels take pixels, not seconds: in a short plot (a slide's, above many notes) the ratio
    // alone would let them run into the title.
    double factor = headroom + 0.15 * double(lines);
    const qreal plotPx = chart()->plotArea().height();
    const qreal labelPx = double(2 + lines) * QFontMetricsF(m_yAxis->labelsFont()).height() + labelGap;
    // A plot hardly taller than the labels (a slide's, above many notes) gives them most of it.
    if (plotPx > 0)
        factor = std::max(factor, plotPx > 1.5 * labelPx ? plotPx / (plotPx - labelPx) : 3.0);
    ChartExport::fitAxis(*m_yAxis, top > 0 ? top * factor : 1);
}

// Above the bar, or above the guess's marker when that is higher.
void WallClockChart::placeLabels()
{
    const bool twoLines = labelsTooWide();
    // Many bars in a small window: a label wider than its column would run into its neighbours'
    // and be read as theirs. It is left out; the bar's tooltip and the table still say it.
    const qreal column =
        chart()->mapToPosition(QPointF(1, 0), m_bars).x() - chart()->mapToPosition(QPointF(0, 0), m_bars).x();
    const auto fits = [column](const QGraphicsSimpleTextItem* item, const QString& text) {
        const QFontMetricsF metrics(item->font());
        const QStringList lines = text.split(u'\n');
        return std::all_of(lines.begin(), lines.end(),
                           [&](const QString& line) { return metrics.horizontalAdvance(line) <= column; });
    };
    for (int i = 0; i < m_shown.size(); ++i) {
        placeMarker(i);
        const Bar& bar = m_shown.at(i);
        const QString time = twoLines ? bar.timeStacked : bar.time;
        const bool shown = !bar.time.isEmpty() && fits(bar.timeItem, time);
        // Too wide for its column ("the baseline (1.00×)" beside seven others): in two lines.
        QString comparison = bar.comparison;
        if (!fits(bar.comparisonItem, comparison))
            comparison = stacked(comparison);
        bar.comparisonItem->setText(comparison);
        const bool compared = shown && !comparison.isEmpty() && fits(bar.comparisonItem, comparison);
        bar.timeItem->setVisible(shown);
        bar.comparisonItem->setVisible(compared);
        if (!shown)
            continue;
        bar.timeItem->setText(time);
        const double guess = bar.guessMs ? double(*bar.guessMs) / 1e3 : 0;
        const double highest = std::max({bar.seconds, guess, bar.range ? bar.range->second : 0.0});
        const QPointF top = chart()->mapToPosition(QPointF(i, highest), m_bars);
        qreal bottom = top.y() - (guess > bar.seconds ? markerGap : labelGap);
        if (compared)
            bottom = placeAbove(bar.comparisonItem, top.x(), bottom);
        placeAbove(bar.timeItem, top.x(), bottom);
    }
    updatePlanHint();
    placeRepeats();
}

} // namespace Lab
