// The lesson's pointers on the charts: the run its look step means, outlined (or made to glow) on
// screen only, never in an export; highlight(-1) clears it.
#include "cpuchart.h"
#include "palette.h"
#include "timelinelayout.h"
#include "timelineview.h"
#include "wallclockchart.h"

#include "engine/session.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>

namespace Lab {

void WallClockChart::highlight(int run)
{
    m_highlight = run;
    // The outline follows a growing bar: the whole view is drawn again with each change.
    setViewportUpdateMode(run >= 0 ? FullViewportUpdate : MinimalViewportUpdate);
    viewport()->update();
}

QRectF WallClockChart::highlightRect() const
{
    if (m_highlight < 0 || m_highlight >= m_shown.size() || m_shown.at(m_highlight).seconds <= 0)
        return {};
    const double half = m_bars->barWidth() / 2;
    const QPointF top =
        chart()->mapToPosition(QPointF(m_highlight - half, m_shown.at(m_highlight).seconds), m_bars);
    const QPointF foot = chart()->mapToPosition(QPointF(m_highlight + half, 0), m_bars);
    constexpr qreal margin = 5;
    return chart()->mapRectToScene(QRectF(top, foot).normalized().adjusted(-margin, -margin, margin, margin));
}

void WallClockChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    Palette::paintHighlight(*painter, highlightRect());
}

void TimelineView::highlight(int run)
{
    m_highlight = run;
    update();
}

QRect TimelineView::highlightRect() const
{
    const QList<LiveRun>& runs = batch();
    if (m_highlight < 0 || m_highlight >= runs.size())
        return {};
    const Timeline::Layout g = Timeline::layOut(runs, rect(), chartFont());
    return g.runArea(m_highlight).intersected(g.lanes.adjusted(0, 0, 0, 1));
}

void CpuChart::highlight(int run)
{
    m_highlight = run;
    // The glow follows a growing line: the whole view is drawn again with each change.
    setViewportUpdateMode(run >= 0 ? FullViewportUpdate : MinimalViewportUpdate);
    viewport()->update();
}

QPolygonF CpuChart::highlightPath() const
{
    if (m_perCore || m_highlight < 0 || m_highlight >= m_lines.size())
        return {};
    QPolygonF path;
    for (const QPointF& p : m_lines.at(m_highlight)->points())
        path.append(chart()->mapToScene(chart()->mapToPosition(p, m_lines.at(m_highlight))));
    return path;
}

void CpuChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QPolygonF path = highlightPath();
    if (path.size() < 2)
        return;
    QColor glow = Palette::highlightColor();
    glow.setAlpha(160);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(chart()->mapRectToScene(chart()->plotArea()));
    painter->setPen(QPen(glow, 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(path);
    painter->setPen(m_lines.at(m_highlight)->pen()); // the line itself over its glow
    painter->drawPolyline(path);
    painter->restore();
}

} // namespace Lab
