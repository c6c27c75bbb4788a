#include "scalingmarks.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace Lab {

namespace {

constexpr qreal dotRadius = 5;
constexpr qreal capHalfWidth = 5; // px each side of a whisker's ends
constexpr qreal labelGap = 4;     // px between a whisker's top and its label
// Above the series, which Qt Charts stacks over plain child items.
constexpr qreal marksZ = 100;

} // namespace

ScalingMarks::ScalingMarks(QChart* chart, const QAbstractAxis* textStyle)
    : QGraphicsItem(chart), m_chart(chart), m_textStyle(textStyle)
{
    setZValue(marksZ);
    relayout();
}

void ScalingMarks::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    update();
}

void ScalingMarks::setMarker(const std::optional<Marker>& marker)
{
    m_marker = marker;
    update();
}

void ScalingMarks::relayout()
{
    prepareGeometryChange();
    m_bounds = m_chart->rect();
    update();
}

QRectF ScalingMarks::boundingRect() const
{
    return m_bounds;
}

void ScalingMarks::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* /*widget*/)
{
    if (m_chart->series().isEmpty())
        return; // nothing maps values to places yet
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_textStyle->labelsFont());
    // Labels may stand a little above the plot, never over the title or the legend.
    const qreal room = QFontMetricsF(painter->font()).height() * 1.5;
    painter->setClipRect(m_chart->plotArea().adjusted(-room, -room, room, 0));
    paintMarker(*painter);
    for (const Mark& mark : m_marks)
        paintMark(*painter, mark);
    painter->restore();
}

QPointF ScalingMarks::map(const QPointF& value) const
{
    return m_chart->mapToPosition(value, m_chart->series().constFirst());
}

void ScalingMarks::paintMark(QPainter& painter, const Mark& mark) const
{
    const QPointF low = map({mark.median.x(), mark.min});
    const QPointF high = map({mark.median.x(), mark.max});
    const QPointF dot = map(mark.median);
    painter.setPen(QPen(mark.colour, 2));
    painter.drawLine(low, high);
    painter.drawLine(low - QPointF(capHalfWidth, 0), low + QPointF(capHalfWidth, 0));
    painter.drawLine(high - QPointF(capHalfWidth, 0), high + QPointF(capHalfWidth, 0));
    painter.setPen(QPen(mark.hollow ? mark.colour : mark.colour.darker(130), 2));
    painter.setBrush(mark.hollow ? QBrush(Qt::white) : QBrush(mark.colour));
    painter.drawEllipse(dot, dotRadius, dotRadius);
    const QFontMetricsF metrics(painter.font());
    painter.setPen(m_textStyle->labelsBrush().color());
    if (!mark.above.isEmpty()) {
        const qreal bottom = std::min(high.y(), dot.y() - dotRadius) - labelGap;
        painter.drawText(
            QPointF(dot.x() - metrics.horizontalAdvance(mark.above) / 2, bottom - metrics.descent()),
            mark.above);
    }
    if (!mark.beside.isEmpty()) {
        const qreal baseline = dot.y() + (metrics.ascent() - metrics.descent()) / 2;
        painter.drawText(QPointF(dot.x() + dotRadius + capHalfWidth, baseline), mark.beside);
    }
}

void ScalingMarks::paintMarker(QPainter& painter) const
{
    if (!m_marker)
        return;
    const QRectF plot = m_chart->plotArea();
    const qreal x = map({m_marker->x, 0}).x();
    if (x < plot.left() || x > plot.right())
        return;
    const QColor colour = m_textStyle->labelsBrush().color();
    painter.setPen(QPen(colour, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    const QFontMetricsF metrics(painter.font());
    painter.setPen(colour);
    // Inside the plot at its top, to the right of the line: clear of the axis labels.
    painter.drawText(QPointF(x + labelGap, plot.top() + metrics.ascent() + labelGap), m_marker->label);
}

} // namespace Lab
