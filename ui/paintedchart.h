#pragma once

#include <QWidget>

namespace Lab {

// A chart painted by one function, for the screen and for exports alike (the timeline, "Where did
// the time go?"): its tooltips come from toolTipAt(), a lesson's outline from highlightRect(), and a
// change of language or font lays it out again.
class PaintedChart : public QWidget {
public:
    using QWidget::QWidget;

    // The tooltip at `pos` in the widget, or nothing.
    virtual QString toolTipAt(const QPoint& pos) const = 0;
    // Where a lesson's outline is drawn in the widget; null when nothing is.
    virtual QRect highlightRect() const = 0;

protected:
    // The one painting code of the screen and of exports.
    virtual void paint(QPainter& painter, const QRect& area) const = 0;

    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace Lab
