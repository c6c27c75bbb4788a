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
    // On a projector a few lines at most: the chart, not its footnotes, takes the screen.
    constexpr qsizetype projectorLines = 2;
    const bool cut = Palette::look() == Palette::Look::Projector && m_lines.size() > projectorLines + 1;
    QStringList shown;
    for (const QString& line : cut ? m_lines.mid(0, projectorLines) : m_lines)
        shown.append(metrics.elidedText(line, Qt::ElideRight, width));
    if (cut)
        shown.append(
            Tr::tr("⚠ and %n more: see the Results table", nullptr, int(m_lines.size() - projectorLines)));
    m_item->setFont(font);
    m_item->setText(shown.join(QLatin1Char('\n')));
    // As drawn: Thai falls back to a font with taller lines than the legend's own, which presenter
    // mode's large text makes a line's worth.
    const qreal height = m_lines.isEmpty() ? 0
                                           : std::max(metrics.lineSpacing() * qreal(shown.size()),
                                                      m_item->boundingRect().height());
    QMargins margins = m_chart->margins();
    // Qt's legend, just above, keeps screen-sized spacing around text a projector makes large.
    const qreal gap = cut || Palette::look() == Palette::Look::Projector ? metrics.height() / 2 : 0;
    const int bottom = m_baseBottomMargin + int(std::ceil(height + (m_lines.isEmpty() ? 0 : gap)));
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
    m_item->setPos(sidePadding, m_chart->size().height() - height - sidePadding / 2);
}

} // namespace Lab
