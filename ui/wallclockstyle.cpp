// The wall-clock chart's look: its colours, strokes and the size of its values, for the screen or,
// in presenter mode, for a projector.
#include "wallclockchart.h"

#include "palette.h"

#include <QBarSet>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace Lab {

void WallClockChart::setValueSize(std::optional<int> px)
{
    m_valuePx = px;
    paintSeries();
    rebuild(); // the labels are made again in the new size
}

QFont WallClockChart::valueFont() const
{
    QFont font = m_yAxis->labelsFont();
    if (m_valuePx)
        font.setPixelSize(*m_valuePx);
    return font;
}

void WallClockChart::paintSeries()
{
    const bool projector = Palette::look() == Palette::Look::Projector;
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        const QColor colour = Palette::strategyColor(allStrategies[i % std::size(allStrategies)]);
        const bool python = i >= std::size(allStrategies);
        // CPython's bars: the strategy's colour, stippled, beside the engine's solid ones; on a
        // projector the stipple coarser, for it to stay a stipple from the back of the room.
        const Qt::BrushStyle stipple = projector ? Qt::Dense2Pattern : Qt::Dense3Pattern;
        m_sets.at(i)->setBrush(QBrush(colour, python ? stipple : Qt::SolidPattern));
        m_sets.at(i)->setPen(QPen(colour.darker(projector ? 160 : 130), Palette::strokeScale()));
    }
    // Wider bars on a projector: more colour to see, still a gap between neighbours.
    m_bars->setBarWidth(projector ? 0.72 : 0.6);
    m_ideal->setPen(QPen(m_yAxis->labelsBrush().color(), 2 * Palette::strokeScale(), Qt::DashLine));
}

} // namespace Lab
