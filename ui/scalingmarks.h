#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

class QAbstractAxis;
class QChart;

namespace Lab {

// What Qt Charts has no series for, over the scaling chart's lines: at each point a whisker from the
// least to the most its rounds gave, the median as a dot (hollow when suspect) with short labels, and a
// vertical marker at a number of workers. Kept in the chart's values and mapped when painted, so that they
// sit right in whatever layout the chart has, on screen or in an export.
class ScalingMarks final : public QGraphicsItem {
public:
    struct Mark {
        QPointF median; // (workers, speed-up)
        double min = 0;
        double max = 0;
        QColor colour;
        bool hollow = false;
        QString above;  // over the whisker; empty: none
        QString beside; // to the right of the dot, where lines that end close together keep apart
    };
    struct Marker {
        double x = 0;
        QString label;
    };

    // Drawn in `chart`, in the font and text colour of `textStyle`'s labels.
    ScalingMarks(QChart* chart, const QAbstractAxis* textStyle);

    void setMarks(const QList<Mark>& marks);
    void setMarker(const std::optional<Marker>& marker);
    // After the chart's layout changed: what is painted covers another area.
    void relayout();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPointF map(const QPointF& value) const;
    void paintMark(QPainter& painter, const Mark& mark) const;
    void paintMarker(QPainter& painter) const;

    QChart* m_chart;
    const QAbstractAxis* m_textStyle;
    QList<Mark> m_marks;
    std::optional<Marker> m_marker;
    QRectF m_bounds;
};

} // namespace Lab
