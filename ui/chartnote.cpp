#include "chartnote.h"

#include "palette.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>

namespace Lab {

namespace {

constexpr qreal sidePadding = 12;
constexpr qreal noteZ = 100; // over the plot, as the charts' labels

} // namespace

ChartNote::ChartNote(QChart* chart)
    : m_chart(chart), m_item(new QGraphicsSimpleTextItem(chart)),
      m_baseBottomMargin(chart->margins().bottom())
{
    m_item->setBrush(Palette::warning().darker(140));
    m_item->setZValue(noteZ);
}

void ChartNote::setLines(const QStringList& lines)
{
    if (lines == m_lines)
        return;
    m_lines = lines;
    place();
}

void ChartNote::place()
{
    // A line a note, elided to the width: its height then depends on the lines alone, so that an
    // export at another width lays the chart out as the screen does (the table has every word).
    const QFont font = m_chart->legend()->font();
    const QFontMetricsF metrics(font);
    const qreal width = std::max<qreal>(100, m_chart->size().width() - 2 * sidePadding);
    QStringList shown;
    for (const QString& line : std::as_const(m_lines))
        shown.append(metrics.elidedText(line, Qt::ElideRight, width));
    m_item->setFont(font);
    m_item->setText(shown.join(QLatin1Char('\n')));
    // As drawn: Thai falls back to a font with taller lines than the legend's own, which presenter
    // mode's large text makes a line's worth.
    const qreal height = m_lines.isEmpty() ? 0
                                           : std::max(metrics.lineSpacing() * qreal(m_lines.size()),
                                                      m_item->boundingRect().height());
    QMargins margins = m_chart->margins();
    const int bottom = m_baseBottomMargin + int(std::ceil(height));
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
    m_item->setPos(sidePadding, m_chart->size().height() - height - sidePadding / 2);
}

} // namespace Lab
