#include "scalingchart.h"

#include "chartexport.h"
#include "engine/session.h"
#include "palette.h"
#include "scalingmarks.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

// Lines of notes under the title; more suspect points are counted on the last.
constexpr int maxNotes = 3;
// Room above the highest whisker for its label.
constexpr double headroom = 1.15;
// Before any sweep, the sizes a first sweep usually has (1, 2, 4, 8) and speed-ups up to 4×.
constexpr int emptyMostWorkers = 8;
constexpr double emptyTopSpeedup = 4;
// Entries of the legend that fit in a row under the plot without being cut short.
constexpr int maxLegendRow = 4;
// The ideal's grey: no strategy's colour, lighter than the text.
const QColor idealColour{0x80, 0x80, 0x80};

Qt::PenStyle lineStyle(const RunConfig& config)
{
    if (config.runtime == Runtime::Python)
        return Qt::DashLine;
    return config.strategy == Strategy::Threads && config.gil ? Qt::DashDotLine : Qt::SolidLine;
}

double topOf(const ScalingPlot::Line& line)
{
    double top = 0;
    for (const Scaling::Point& p : line.points)
        top = std::max({top, p.speedup.max, p.ideal});
    for (const QPointF& p : line.fit)
        top = std::max(top, p.y());
    return top;
}

} // namespace

ScalingChart::ScalingChart(QWidget* parent)
    : QChartView(parent), m_xAxis(new QValueAxis), m_yAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    // Whole workers only: the ticks fall on pool sizes.
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0);
    m_xAxis->setLabelFormat(u"%.0f"_s);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    ChartExport::styleChart(*chart);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // dashed and dotted as drawn
    m_margins = chart->margins();
    m_title = new QGraphicsSimpleTextItem(chart);
    for (int i = 0; i < maxNotes; ++i)
        m_notes.append(new QGraphicsSimpleTextItem(chart));
    m_marks = new ScalingMarks(chart, m_yAxis);
    m_hint = new QGraphicsTextItem(chart);
    m_hint->setZValue(m_marks->zValue());
    QTextOption centred = m_hint->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignCenter);
    m_hint->document()->setDefaultTextOption(centred);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        m_marks->relayout();
        layOutHeading();
        placeHint();
    });
    retranslateUi();
}

ScalingChart::~ScalingChart() = default;

void ScalingChart::setSession(const Session* session)
{
    m_session.follow(session, this, &ScalingChart::rebuild, &ScalingChart::refresh);
}

QString ScalingChart::exportName() const
{
    return u"scaling"_s;
}

QString ScalingChart::exportTitle() const
{
    return tr("Speed-up against workers");
}

void ScalingChart::render(QPainter& painter, const QSize& size)
{
    ChartExport::renderChart(*chart(), painter, size);
}

QStringList ScalingChart::curveNames() const
{
    QStringList names;
    for (const ScalingPlot::Line& line : m_plot.lines)
        names.append(line.name);
    return names;
}

QList<QPointF> ScalingChart::pointsOf(int curve) const
{
    return m_plot.lines.at(curve).medians();
}

QList<QPointF> ScalingChart::idealPoints(int curve) const
{
    return m_plot.lines.at(curve).ideal();
}

QList<std::optional<double>> ScalingChart::serialFractions() const
{
    QList<std::optional<double>> fractions;
    for (const ScalingPlot::Line& line : m_plot.lines)
        fractions.append(line.serialFraction);
    return fractions;
}

QStringList ScalingChart::fitNames() const
{
    QStringList names;
    for (const ScalingPlot::Line& line : m_plot.lines)
        names.append(line.fitName);
    return names;
}

QStringList ScalingChart::noteLines() const
{
    QStringList lines = m_plot.notes;
    if (lines.size() > maxNotes) {
        const auto more = int(lines.size()) - (maxNotes - 1);
        lines = lines.first(maxNotes - 1);
        lines.append(tr("⚠ and %n more suspect point(s)", nullptr, more));
    }
    return lines;
}

bool ScalingChart::showsEmptyHint() const
{
    return m_hint->isVisible();
}

void ScalingChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void ScalingChart::retranslateUi()
{
    m_title->setText(exportTitle());
    m_xAxis->setTitleText(tr("workers in the pool"));
    m_yAxis->setTitleText(tr("speed-up over one at a time (×)"));
    m_hint->setPlainText(tr("No sweep yet: set Workers sweep (such as 1,2,4,8) in the panel, or run with "
                            "--sweep-workers, to see speed-up against workers"));
    m_drawnEmpty = false;
    rebuild(); // the lines' names, the notes and the labels are all words
}

void ScalingChart::rebuild()
{
    m_resultsSeen = m_session ? m_session->results().size() : -1;
    m_plot = m_session ? ScalingPlot::plotOf(m_session->results(), shownBatches()) : ScalingPlot::Plot{};
    // Most batches have no sweep: laying the chart out again at each run's end for nothing would
    // cost the window frames.
    if (m_plot.lines.isEmpty() && m_drawnEmpty)
        return;
    m_drawnEmpty = m_plot.lines.isEmpty();
    clearLines();
    // Under the pools' lines and wider than them, so that its dashes still show on either side where
    // a pool reaches it and never hide the pool's own line; pools of the same work and schedule share
    // one.
    QList<QList<QPointF>> ideals;
    for (const ScalingPlot::Line& line : std::as_const(m_plot.lines)) {
        const QList<QPointF> ideal = line.ideal();
        if (std::none_of(ideals.begin(), ideals.end(),
                         [&](const QList<QPointF>& drawn) { return std::ranges::equal(drawn, ideal); })) {
            addIdeal(ideal, ideals.isEmpty());
            ideals.append(ideal);
        }
    }
    for (const ScalingPlot::Line& line : std::as_const(m_plot.lines))
        addLine(line);
    // Many entries would be cut short in a row under the plot: a column beside it.
    chart()->legend()->setAlignment(m_series.size() > maxLegendRow ? Qt::AlignRight : Qt::AlignBottom);
    updateMarks();
    updateRange();
    layOutHeading();
    placeHint();
}

// Only a finished run changes the plot: it is made of finished runs alone.
void ScalingChart::refresh()
{
    if (m_session && m_session->results().size() != m_resultsSeen)
        rebuild();
}

// The batches of the runs shown; a baseline reused from an earlier batch does not bring that
// batch's sweep along.
QList<int> ScalingChart::shownBatches() const
{
    QList<int> batches;
    for (const LiveRun& run : m_session->shown()) {
        if (!run.reused && !batches.contains(run.config.batch))
            batches.append(run.config.batch);
    }
    return batches;
}

void ScalingChart::clearLines()
{
    for (QLineSeries* series : std::as_const(m_series)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_series.clear();
}

void ScalingChart::addLine(const ScalingPlot::Line& line)
{
    const QColor colour = Palette::strategyColor(line.config.strategy);
    addSeries(line.name, QPen(colour, 2.5, lineStyle(line.config)), line.medians());
    if (!line.fit.isEmpty()) {
        QPen dotted(colour, 2.5, Qt::DotLine);
        dotted.setCapStyle(Qt::RoundCap); // round dots, which read as dots at any size
        addSeries(line.fitName, dotted, line.fit);
    }
}

void ScalingChart::addIdeal(const QList<QPointF>& points, bool inLegend)
{
    QLineSeries* ideal = addSeries(tr("ideal on this machine"), QPen(idealColour, 5, Qt::DashLine), points);
    for (QLegendMarker* marker : chart()->legend()->markers(ideal))
        marker->setVisible(inLegend);
}

void ScalingChart::restyle()
{
    m_drawnEmpty = false; // the hint and the heading are laid out in the new fonts too
    rebuild();
}

QLineSeries* ScalingChart::addSeries(const QString& name, const QPen& pen, const QList<QPointF>& points)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen thick = pen; // thicker on a projector
    thick.setWidthF(pen.widthF() * Palette::strokeScale());
    series->setPen(thick);
    series->replace(points);
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    m_series.append(series);
    return series;
}

void ScalingChart::updateMarks()
{
    const QLocale locale;
    QList<ScalingMarks::Mark> marks;
    for (const ScalingPlot::Line& line : std::as_const(m_plot.lines)) {
        const QColor colour = Palette::strategyColor(line.config.strategy);
        for (const Scaling::Point& p : line.points) {
            // The last point tells where the pool got to; a suspect one says so.
            const bool last = &p == &line.points.constLast();
            marks.append({{double(p.workers), p.speedup.median},
                          p.speedup.min,
                          p.speedup.max,
                          colour,
                          p.suspect,
                          p.suspect ? u"⚠"_s : QString(),
                          last ? tr("%1×").arg(locale.toString(p.speedup.median, 'f', 1)) : QString()});
        }
    }
    m_marks->setMarks(marks);
    if (m_plot.cores)
        m_marks->setMarker(
            ScalingMarks::Marker{double(*m_plot.cores), tr("%n core(s)", nullptr, *m_plot.cores)});
    else
        m_marks->setMarker(std::nullopt);
}

void ScalingChart::updateRange()
{
    int most = emptyMostWorkers;
    double top = emptyTopSpeedup / headroom;
    if (!m_plot.lines.isEmpty()) {
        most = 1;
        top = 1;
    }
    for (const ScalingPlot::Line& line : std::as_const(m_plot.lines)) {
        most = std::max(most, line.points.constLast().workers);
        top = std::max(top, topOf(line));
    }
    // From no workers, so that a pool that gains as it grows is a line through the origin; a tick at
    // every pool size up to a dozen, then at every second, fourth, … one.
    int step = 1;
    while (most / step > 12)
        step *= 2;
    m_xAxis->setTickInterval(step);
    const int right = (most / step + 1) * step; // the step after the largest pool: room for its label
    m_xAxis->setRange(0, right);
    ChartExport::fitAxis(*m_yAxis, top * headroom);
}

// Centred, one line each, a long note cut short: the heading's height does not depend on the
// width, so that an export, laid out at another width, keeps the room the screen made for it.
void ScalingChart::layOutHeading()
{
    const QRectF area = chart()->rect();
    const qreal width = area.width() - m_margins.left() - m_margins.right();
    qreal y = m_margins.top() / 2.0;
    const auto place = [&](QGraphicsSimpleTextItem* item, const QFont& font, const QString& text) {
        item->setFont(font);
        item->setText(QFontMetricsF(font).elidedText(text, Qt::ElideRight, width));
        item->setPos(area.center().x() - item->boundingRect().width() / 2, y);
        y += item->boundingRect().height();
    };
    m_title->setBrush(chart()->titleBrush());
    place(m_title, chart()->titleFont(), exportTitle());
    const QStringList lines = noteLines();
    for (int i = 0; i < maxNotes; ++i) {
        m_notes.at(i)->setVisible(i < lines.size());
        m_notes.at(i)->setBrush(m_yAxis->labelsBrush());
        if (i < lines.size())
            place(m_notes.at(i), m_yAxis->labelsFont(), lines.at(i));
    }
    QMargins margins = m_margins;
    margins.setTop(qCeil(y + m_margins.top() / 2.0));
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
}

void ScalingChart::placeHint()
{
    const QRectF plot = chart()->plotArea();
    m_hint->setFont(m_yAxis->labelsFont()); // presenter mode may have made it larger
    m_hint->setDefaultTextColor(m_yAxis->labelsBrush().color());
    m_hint->setTextWidth(plot.width() * 0.8);
    m_hint->setPos(plot.center() - m_hint->boundingRect().center());
    m_hint->setVisible(m_plot.lines.isEmpty());
}

} // namespace Lab
