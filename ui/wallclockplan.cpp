#include "wallclockchart.h"

#include "guessmarker.h"
#include "report/narrative.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QValueAxis>

// The wall-clock chart's guesses (predict, then run): the plan of the runs to come, where dragging
// in a column guesses its time, and the marker of each guess, before and after its run.

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr double barHalfWidth = 0.3;   // of a category: the bars' width is 0.6
constexpr double markerOverhang = 0.1; // each side: the marker's ends show beside a bar of its colour
constexpr qreal hintGap = 4;           // px below the plot's top

} // namespace

// The time it took, beside the guess made of it (or above it: `separator`); before the run, the
// guess alone.
QString WallClockChart::timeText(const Bar& bar, qint64 ns, const QString& separator)
{
    if (!bar.guessMs)
        return ns > 0 ? Narrative::seconds(ns) : QString();
    return ns > 0 ? Narrative::guessedAndMeasured(*bar.guessMs, ns, separator)
                  : Narrative::guessed(*bar.guessMs);
}

void WallClockChart::placeMarker(int index)
{
    const Bar& bar = m_shown.at(index);
    bar.marker->setVisible(bar.guessMs.has_value());
    if (!bar.guessMs)
        return;
    const double y = double(*bar.guessMs) / 1e3;
    const double reach = barHalfWidth + markerOverhang;
    bar.marker->setLine(QLineF(chart()->mapToPosition(QPointF(index - reach, y), m_bars),
                               chart()->mapToPosition(QPointF(index + reach, y), m_bars)));
}

// Then "guessed 6 s · measured 2.00 s" takes two lines in every column (four columns in Thai, or
// presenter mode), lest labels run into their neighbours'.
bool WallClockChart::labelsTooWide() const
{
    const qreal column =
        chart()->mapToPosition(QPointF(1, 0), m_bars).x() - chart()->mapToPosition(QPointF(0, 0), m_bars).x();
    return std::any_of(m_shown.begin(), m_shown.end(), [column](const Bar& bar) {
        return bar.guessMs && QFontMetricsF(bar.timeItem->font()).horizontalAdvance(bar.time) > column * 0.9;
    });
}

// At the top of the plot, and a cursor that says "up or down", while there are runs to guess.
void WallClockChart::updatePlanHint()
{
    const bool guessing = m_plan && !m_plan->isEmpty();
    m_planHint->setVisible(guessing);
    m_planHint->setFont(m_yAxis->labelsFont()); // larger in presenter mode
    if (guessing)
        viewport()->setCursor(Qt::SizeVerCursor);
    else
        viewport()->unsetCursor();
    const QRectF plot = chart()->plotArea();
    m_planHint->setPos(plot.center().x() - m_planHint->boundingRect().width() / 2, plot.top() + hintGap);
}

void WallClockChart::showPlan(const QList<RunConfig>& runs)
{
    if (m_session && m_session->isRunning())
        return;
    m_plan = runs;
    m_plan->removeIf([](const RunConfig& r) { return r.repeat > 0 || r.warmup; }); // a column a kind
    m_dragged = -1;
    rebuild();
}

void WallClockChart::setPlanPredictions(const QMap<Strategy, qint64>& ms)
{
    if (!m_plan)
        return;
    for (int i = 0; i < m_plan->size(); ++i) {
        RunConfig& run = (*m_plan)[i];
        run.predictionMs = ms.contains(run.strategy) ? std::optional(ms.value(run.strategy)) : std::nullopt;
        Bar& bar = m_shown[i];
        bar.guessMs = run.predictionMs;
        bar.time = bar.timeStacked = timeText(bar, 0);
        bar.timeItem->setText(bar.time);
    }
    refresh();
}

QList<std::optional<double>> WallClockChart::guessSeconds() const
{
    QList<std::optional<double>> seconds;
    for (const Bar& bar : m_shown)
        seconds.append(bar.guessMs ? std::optional(double(*bar.guessMs) / 1e3) : std::nullopt);
    return seconds;
}

std::optional<QLineF> WallClockChart::guessMarker(int index) const
{
    const Bar& bar = m_shown.at(index);
    return bar.guessMs && bar.marker->isVisible() ? std::optional(bar.marker->line()) : std::nullopt;
}

void WallClockChart::mousePressEvent(QMouseEvent* event)
{
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (!m_plan || m_plan->isEmpty() || event->button() != Qt::LeftButton ||
        !chart()->plotArea().contains(at)) {
        QChartView::mousePressEvent(event);
        return;
    }
    const double column = chart()->mapToValue(at, m_bars).x();
    m_dragged = std::clamp(int(std::lround(column)), 0, int(m_plan->size()) - 1);
    dragGuessTo(event->position());
    event->accept();
}

void WallClockChart::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragged < 0) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    dragGuessTo(event->position());
    event->accept();
}

void WallClockChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragged < 0) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragged = -1;
    refresh(); // the axis fits the guess now
    event->accept();
}

// The dragged column's strategy is guessed at the mouse's height, in tenths of a second as people
// guess, within the axis; every run of the strategy shares the guess.
void WallClockChart::dragGuessTo(const QPointF& viewportPos)
{
    const QPointF at = chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
    const double seconds = std::clamp(chart()->mapToValue(at, m_bars).y(), 0.0, m_yAxis->max());
    const qint64 ms = std::llround(seconds * 10) * 100;
    const Strategy strategy = m_plan->at(m_dragged).strategy;
    QMap<Strategy, qint64> guesses;
    for (const RunConfig& run : std::as_const(*m_plan)) {
        if (run.predictionMs)
            guesses.insert(run.strategy, *run.predictionMs);
    }
    guesses.insert(strategy, ms);
    setPlanPredictions(guesses);
    Q_EMIT guessDragged(strategy, ms);
}

} // namespace Lab
