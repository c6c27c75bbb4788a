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
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScreen>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Lab::ChartExport {

namespace {

// A chart drawn for a file is laid out at about this size and scaled up: text of 9 pt on screen is
// at least 32 px on a 1920×1080 slide (below its subtitle and above its caption), large enough to
// read from the back of a room.
constexpr QSizeF layoutSize{600, 340};

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

// Text in pixels of the slide's height, whatever the chart's layout scale: a subtitle that reads
// from the back row, a caption smaller beneath. Latin in the usual face (a Thai face's own Latin
// letters and dots look out of place), Thai in the first face after it that has it.
QFont slideFont(const QSize& size, double linesPerPage, bool bold = false)
{
    QFont font;
    const QString family = thaiCapableFamily();
    if (!family.isEmpty())
        font.setFamilies({font.family(), family});
    font.setPixelSize(std::max(8, qRound(size.height() / linesPerPage)));
    font.setBold(bold);
    return font;
}

// The subtitle's band above the chart and the caption's below, each elided to the page's width
// so that no text leaves the picture.
struct SlideText {
    explicit SlideText(const Slide& slide)
        : size(slide.size), margin(slide.size.height() / 80), subtitleFont(slideFont(slide.size, 30)),
          captionFont(slideFont(slide.size, 48))
    {
        const int width = size.width() - 2 * margin;
        subtitle = QFontMetrics(subtitleFont).elidedText(slide.subtitle, Qt::ElideRight, width);
        caption = QFontMetrics(captionFont).elidedText(slide.caption, Qt::ElideRight, width);
        top = subtitle.isEmpty() ? 0 : margin + QFontMetrics(subtitleFont).height();
        bottom = size.height() - (caption.isEmpty() ? 0 : margin + QFontMetrics(captionFont).height());
    }

    void draw(QPainter& painter) const
    {
        painter.save();
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (!subtitle.isEmpty()) {
            painter.setFont(subtitleFont);
            painter.drawText(QRect(margin, margin, size.width() - 2 * margin, top - margin), Qt::AlignCenter,
                             subtitle);
        }
        if (!caption.isEmpty()) {
            painter.setFont(captionFont);
            painter.drawText(
                QRect(margin, bottom, size.width() - 2 * margin, size.height() - bottom - margin),
                Qt::AlignLeft | Qt::AlignVCenter, caption);
        }
        painter.restore();
    }

    QSize size;
    int margin;
    QFont subtitleFont;
    QFont captionFont;
    QString subtitle;
    QString caption;
    int top = 0;
    int bottom = 0;
};

// Every font-family the SVG writer wrote, the one face it drew with, becomes a list a viewer on
// any system can find a Thai face in.
QByteArray withFontFallbacks(const QByteArray& svg)
{
    static const QRegularExpression family(u"font-family=\"([^\"]*)\""_s);
    QString text = QString::fromUtf8(svg);
    QString out;
    qsizetype from = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += u"font-family=\"%1\""_s.arg(svgFontFamilies(m.captured(1).remove(u'\'')));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}

std::optional<QString> writePng(const QString& path, QSize size, const std::function<void(QPainter&)>& draw)
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
        draw(painter);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return failure(path, writer.errorString());
    return Files::writeFile(path, buffer.data());
}

std::optional<QString> writeSvg(const QString& path, QSize size, const QString& title,
                                const std::function<void(QPainter&)>& draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setResolution(layoutDpi());
    svg.setTitle(title);
    svg.setDescription(QCoreApplication::applicationName());
    QPainter painter;
    if (!painter.begin(&svg))
        return failure(path, Tr::tr("the SVG writer did not start"));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    draw(painter);
    painter.end();
    return Files::writeFile(path, withFontFallbacks(buffer.data()));
}

} // namespace

std::optional<QString> savePng(Exportable& chart, const QString& path, QSize size)
{
    return writePng(path, size, [&](QPainter& painter) { chart.render(painter, size); });
}

std::optional<QString> saveSvg(Exportable& chart, const QString& path, QSize size)
{
    return writeSvg(path, size, chart.exportTitle(), [&](QPainter& painter) { chart.render(painter, size); });
}

std::optional<QString> saveAll(const QList<Exportable*>& charts, const QString& dir, QSize size)
{
    return saveAll(charts, dir, Slide{size, {}, {}});
}

std::optional<QString> savePng(Exportable& chart, const QString& path, const Slide& slide)
{
    return writePng(path, slide.size, [&](QPainter& painter) { renderSlide(chart, painter, slide); });
}

std::optional<QString> saveSvg(Exportable& chart, const QString& path, const Slide& slide)
{
    return writeSvg(path, slide.size, chart.exportTitle(),
                    [&](QPainter& painter) { renderSlide(chart, painter, slide); });
}

std::optional<QString> saveAll(const QList<Exportable*>& charts, const QString& dir, const Slide& slide)
{
    const QDir folder(dir);
    for (Exportable* chart : charts) {
        if (auto error = savePng(*chart, folder.filePath(chart->exportName() + u".png"_s), slide))
            return error;
        if (auto error = saveSvg(*chart, folder.filePath(chart->exportName() + u".svg"_s), slide))
            return error;
    }
    return std::nullopt;
}

std::optional<QString> savePdf(const QList<Exportable*>& pages, const QString& path, const Slide& slide)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                  QPageLayout::Millimeter));
    // At the layout's DPI, point-sized text takes the room the charts measured for it.
    pdf.setResolution(layoutDpi());
    pdf.setTitle(pages.isEmpty() ? QString() : slide.subtitle);
    pdf.setCreator(QCoreApplication::applicationName());
    QPainter painter;
    if (!painter.begin(&pdf))
        return failure(path, Tr::tr("the PDF writer did not start"));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        const QSizeF page(pdf.width(), pdf.height());
        const qreal scale = std::min(page.width() / slide.size.width(), page.height() / slide.size.height());
        painter.save();
        painter.translate((page.width() - slide.size.width() * scale) / 2,
                          (page.height() - slide.size.height() * scale) / 2);
        painter.scale(scale, scale);
        renderSlide(*pages.at(i), painter, slide);
        painter.restore();
    }
    painter.end();
    return Files::writeFile(path, buffer.data());
}

QList<QSize> slideSizes()
{
    return {defaultSize, {1920, 1080}, {3840, 2160}};
}

QString sizeText(const QSize& size)
{
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

QRect chartArea(const Slide& slide)
{
    const SlideText text(slide);
    return {0, text.top, slide.size.width(), std::max(1, text.bottom - text.top)};
}

void renderSlide(Exportable& chart, QPainter& painter, const Slide& slide)
{
    const SlideText text(slide);
    const QRect area = chartArea(slide);
    painter.save();
    painter.fillRect(QRect(QPoint(), slide.size), Qt::white);
    painter.translate(area.topLeft());
    painter.setClipRect(QRect(QPoint(), area.size()), Qt::IntersectClip);
    chart.render(painter, area.size());
    painter.restore();
    text.draw(painter);
}

QString svgFontFamilies(const QString& drawnWith)
{
    QStringList families{drawnWith};
    for (const QString& face : {u"Noto Sans Thai"_s, u"Leelawadee UI"_s, u"Leelawadee"_s, u"Tahoma"_s,
                                u"Thonburi"_s, u"Sukhumvit Set"_s, u"Loma"_s, u"Garuda"_s}) {
        if (!families.contains(face))
            families.append(face);
    }
    QStringList quoted;
    for (const QString& face : families) {
        if (!face.isEmpty())
            quoted.append(face.contains(u' ') ? u"'%1'"_s.arg(face) : face);
    }
    quoted.append(u"sans-serif"_s);
    return quoted.join(u", "_s);
}

qreal exportScale(const QSize& size)
{
    return std::max(1.0, std::min(size.width() / layoutSize.width(), size.height() / layoutSize.height()));
}

void renderChart(QChart& chart, QPainter& painter, const QSize& size, const std::function<void()>& relaidOut)
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
    if (relaidOut)
        relaidOut();
    scene->render(&painter, QRectF(QPointF(), QSizeF(size)), drawn, Qt::IgnoreAspectRatio);
    chart.setGeometry(onScreen);
    if (relaidOut)
        relaidOut();
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
    int decimals = 0; // as many as a step has: 0.25 needs two, 0.5 one
    while (decimals < 6 &&
           std::abs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals))) > 1e-6)
        ++decimals;
    // The range last: a new range writes the labels at once, with the ticks and format it finds.
    axis.setLabelFormat(u"%.%1f"_s.arg(decimals));
    axis.setTickCount(steps + 1);
    axis.setRange(0, steps * step);
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
