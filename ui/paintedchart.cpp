#include "paintedchart.h"

#include "palette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Lab {

bool PaintedChart::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void PaintedChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void PaintedChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paint(painter, rect());
    Palette::paintHighlight(painter, highlightRect());
}

} // namespace Lab
