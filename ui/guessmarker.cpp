#include "guessmarker.h"

#include <QPainter>

namespace Lab {

namespace {

constexpr qreal haloWidth = 7;
constexpr qreal lineWidth = 3;
constexpr qreal ringRadius = 5;
constexpr qreal margin = haloWidth + ringRadius; // what the pens and the ring reach beyond the line

} // namespace

GuessMarker::GuessMarker(const QColor& colour, QGraphicsItem* parent)
    : QGraphicsItem(parent), m_colour(colour)
{
}

void GuessMarker::setLine(const QLineF& line)
{
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

QRectF GuessMarker::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-margin, -margin, margin, margin);
}

void GuessMarker::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* /*widget*/)
{
    // The halo keeps the line apart from a bar of its own colour, and from the grid.
    const QColor ink = m_colour.darker(150);
    painter->setPen(QPen(Qt::white, haloWidth, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(m_line);
    // Short dashes: apart from the ideal's long ones, even in the baseline's grey.
    QPen dashes(ink, lineWidth, Qt::CustomDashLine, Qt::FlatCap);
    dashes.setDashPattern({1.5, 1.2});
    painter->setPen(dashes);
    painter->drawLine(m_line);
    painter->setPen(QPen(ink, 2));
    painter->setBrush(Qt::white);
    painter->drawEllipse(m_line.center(), ringRadius, ringRadius);
}

} // namespace Lab
