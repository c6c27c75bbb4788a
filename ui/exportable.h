#pragma once

#include <QSize>
#include <QString>

class QPainter;

namespace Lab {

// A chart that can draw itself at any size, for PNG and SVG files independent of the screen.
class Exportable {
public:
    virtual ~Exportable() = default;
    // A stable file name without extension: "wall-clock", "cpu", "timeline".
    virtual QString exportName() const = 0;
    // The chart's title in the current language, for dialogs.
    virtual QString exportTitle() const = 0;
    // Draws the whole chart into [0, 0, size] of `painter`.
    virtual void render(QPainter& painter, const QSize& size) = 0;
};

} // namespace Lab
