#pragma once

#include "exportable.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QChart;
class QPainter;
class QValueAxis;

namespace Lab {

// Charts as files for slides and lab sheets: drawn at a fixed size whatever the screen, written
// whole or not at all.
namespace ChartExport {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::ChartExport)
};

inline constexpr QSize defaultSize{1600, 1000};

// Each returns nullopt when written, or a translated reason that names the path.
std::optional<QString> savePng(Exportable& chart, const QString& path, QSize size = defaultSize);
std::optional<QString> saveSvg(Exportable& chart, const QString& path, QSize size = defaultSize);
// NAME.png and NAME.svg of each chart into `dir`; stops at the first failure and returns it.
std::optional<QString> saveAll(const QList<Exportable*>& charts, const QString& dir,
                               QSize size = defaultSize);

// Draws a chart that lives in a scene into [0, 0, size] of `painter`, at a scale that keeps its
// text readable on a slide, then gives it back its size on screen.
void renderChart(QChart& chart, QPainter& painter, const QSize& size);

// A chart drawn for a file is laid out at about 960×600 and scaled by this, so that text on a
// 1600 px slide reads as it does on screen.
qreal exportScale(const QSize& size);

// From 0 to `max` or a little more, in round steps with labels of as many decimals as they need.
void fitAxis(QValueAxis& axis, double max);

// A family that can draw Thai, so that an SVG keeps Thai as text any viewer can show; empty when
// the machine has none.
QString thaiCapableFamily();

// The look the charts share on screen and in files: flat background, legend below, a bold title,
// and every font (title, legend, axes present now) in a family that can draw Thai. Call again
// after adding axes or changing the theme, which resets fonts.
void styleChart(QChart& chart);

} // namespace ChartExport
} // namespace Lab
