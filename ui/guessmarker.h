#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>

namespace Lab {

// The person's guess drawn across a bar at the height guessed: a dashed line in the bar's colour
// on a white halo, wider than the bar, with a hollow ring in its middle. It shows on its bar and
// above it alike, so the gap between guess and measurement is seen without reading a number.
class GuessMarker final : public QGraphicsItem {
public:
    GuessMarker(const QColor& colour, QGraphicsItem* parent);

    void setLine(const QLineF& line); // in the parent's coordinates
    QLineF line() const { return m_line; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QColor m_colour;
    QLineF m_line;
};

} // namespace Lab
