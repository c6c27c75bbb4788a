#include "chartexport.h"

#include "exportable.h"
#include "files.h"

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLegend>
#include <QPainter>
#include <QScreen>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lab::ChartExport {

namespace {

// A chart drawn for a file is laid out at about this size and scaled up, so that a 1600 px slide
// has text as large, next to the bars, as a chart of this size on screen.
constexpr QSizeF layoutSize{960, 600};

QString failure(const QString& path, const QString& reason)
{
    return Tr::tr("cannot write %1: %2").arg(path, reason);
}

// The charts measure their text with the screen's DPI; a file drawn at another DPI would give
// point-sized fonts another size than the layout made room for.
int layoutDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

QFont withFamily(QFont font, const QString& family)
{
    font.setFamilies({family});
    return font;
}

} // namespace

std::optional<QString> savePng(Exportable& chart, const QString& path, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return failure(path,
                       Tr::tr("an image of %1×%2 pixels is too large").arg(size.width()).arg(size.height()));
    image.setDevicePixelRatio(1);
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        chart.render(painter, size);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return failure(path, writer.errorString());
    return Files::writeFile(path, buffer.data());
}

std::optional<QString> saveSvg(Exportable& chart, const QString& path, QSize size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setResolution(layoutDpi());
    svg.setTitle(chart.exportTitle());
    svg.setDescription(QCoreApplication::applicationName());
    QPainter painter;
    if (!painter.begin(&svg))
        return failure(path, Tr::tr("the SVG writer did not start"));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    chart.render(painter, size);
    painter.end();
    return Files::writeFile(path, buffer.data());
}

std::optional<QString> saveAll(const QList<Exportable*>& charts, const QString& dir, QSize size)
{
    const QDir folder(dir);
    for (Exportable* chart : charts) {
        if (auto error = savePng(*chart, folder.filePath(chart->exportName() + u".png"_s), size))
            return error;
        if (auto error = saveSvg(*chart, folder.filePath(chart->exportName() + u".svg"_s), size))
            return error;
    }
    return std::nullopt;
}

qreal exportScale(const QSize& size)
{
    return std::max(1.0, std::min(size.width() / layoutSize.width(), size.height() / layoutSize.height()));
}

void renderChart(QChart& chart, QPainter& painter, const QSize& size)
{
    QGraphicsScene* scene = chart.scene();
    if (!scene || size.isEmpty())
        return;
    const qreal scale = exportScale(size);
    const QRectF onScreen = chart.geometry();
    const QRectF drawn(onScreen.topLeft(), QSizeF(size) / scale);
    // Laying the chart out again at the file's size, rather than scaling the screen's picture,
    // keeps the axes' ticks and the labels fitted to the page; the screen gets its size back
    // before it next paints. Animated, the items would still be on their way when drawn.
    const QChart::AnimationOptions animations = chart.animationOptions();
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setGeometry(drawn);
    scene->render(&painter, QRectF(QPointF(), QSizeF(size)), drawn, Qt::IgnoreAspectRatio);
    chart.setGeometry(onScreen);
    chart.setAnimationOptions(animations);
}

void fitAxis(QValueAxis& axis, double max)
{
    // Steps of 1, 2, 2.5 or 5 × 10^k: the smallest that needs no more than seven of them.
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(max, 1e-9) / 6)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (max / (factor * magnitude) <= 7) {
            step = factor * magnitude;
            break;
        }
    }
    const int steps = std::max(1, int(std::ceil(max / step - 1e-9)));
    axis.setRange(0, steps * step);
    axis.setTickCount(steps + 1);
    int decimals = 0; // as many as a step has: 0.25 needs two, 0.5 one
    while (decimals < 6 &&
           std::abs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals))) > 1e-6)
        ++decimals;
    axis.setLabelFormat(u"%.%1f"_s.arg(decimals));
}

QString thaiCapableFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Thai);
    // Looped sans faces first: they sit best beside the theme's Latin text.
    for (const QString& preferred : {u"Loma"_s, u"Garuda"_s, u"Waree"_s, u"Umpush"_s, u"Norasi"_s}) {
        if (families.contains(preferred))
            return preferred;
    }
    return families.value(0);
}

void styleChart(QChart& chart)
{
    chart.setBackgroundRoundness(0);
    chart.setDropShadowEnabled(false);
    chart.legend()->setAlignment(Qt::AlignBottom);
    // The theme's title is hardly larger than its labels; a slide needs it to stand out.
    QFont title = chart.titleFont();
    title.setBold(true);
    title.setPointSizeF(chart.legend()->font().pointSizeF() * 1.5);
    chart.setTitleFont(title);
    const QString family = thaiCapableFamily();
    if (family.isEmpty())
        return;
    chart.setTitleFont(withFamily(chart.titleFont(), family));
    chart.legend()->setFont(withFamily(chart.legend()->font(), family));
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(withFamily(axis->labelsFont(), family));
        axis->setTitleFont(withFamily(axis->titleFont(), family));
    }
}

} // namespace Lab::ChartExport
