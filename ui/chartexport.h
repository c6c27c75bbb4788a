#pragma once

#include "exportable.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
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
// The sizes offered for slides: 16:10 (the default), full HD and 4K.
QList<QSize> slideSizes();
QString sizeText(const QSize& size); // "1920×1080"

// A chart as a slide: what ran above it, where and when at its foot.
struct Slide {
    QSize size = defaultSize;
    QString subtitle; // Caption::subtitle(); empty: none
    QString caption;  // Caption::caption(); empty: none (the person turned it off)
};

// Each returns nullopt when written, or a translated reason that names the path.
std::optional<QString> savePng(Exportable& chart, const QString& path, QSize size = defaultSize);
std::optional<QString> saveSvg(Exportable& chart, const QString& path, QSize size = defaultSize);
// NAME.png and NAME.svg of each chart into `dir`; stops at the first failure and returns it.
std::optional<QString> saveAll(const QList<Exportable*>& charts, const QString& dir,
                               QSize size = defaultSize);
// The same as slides: the chart between its subtitle and its caption.
std::optional<QString> savePng(Exportable& chart, const QString& path, const Slide& slide);
std::optional<QString> saveSvg(Exportable& chart, const QString& path, const Slide& slide);
std::optional<QString> saveAll(const QList<Exportable*>& charts, const QString& dir, const Slide& slide);
// A handout: each of `pages` a landscape A4 page of its own, as a slide.
std::optional<QString> savePdf(const QList<Exportable*>& pages, const QString& path, const Slide& slide);

// Draws `chart` as a slide into [0, 0, slide.size] of `painter`.
void renderSlide(Exportable& chart, QPainter& painter, const Slide& slide);
// Where the chart itself goes in a slide: below the subtitle, above the caption.
QRect chartArea(const Slide& slide);

// The families an SVG names for its text, so that any viewer finds a face that draws Thai: the
// one the chart was drawn with, then the common Thai faces of Linux, Windows and macOS.
QString svgFontFamilies(const QString& drawnWith);

// Draws a chart that lives in a scene into [0, 0, size] of `painter`, at a scale that keeps its
// text readable on a slide, then gives it back its size on screen.
// `relaidOut`, when given, is called once the chart has the file's size and again once it has its
// own back, for what depends on the plot's pixels.
void renderChart(QChart& chart, QPainter& painter, const QSize& size,
                 const std::function<void()>& relaidOut = {});

// A chart drawn for a file is laid out at about 600×340 and scaled by this, so that text on a
// slide reads from the back row (2.9 for the chart of a 1920×1080 slide).
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
