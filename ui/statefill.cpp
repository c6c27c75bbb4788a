#include "statefill.h"

#include "report/narrative.h"

#include <QPainter>

namespace Lab::StateFill {

QColor gilColor()
{
    return QColor(0xC0, 0x10, 0x20);
}

void paint(QPainter& p, const QRectF& area, TaskState state, const QColor& base)
{
    if (area.isEmpty())
        return;
    QColor pale = base;
    pale.setAlpha(70);
    switch (state) {
    case TaskState::Running:
        p.fillRect(area, base);
        return;
    case TaskState::Waiting: // a pale bar hatched in its colour: there, but not computing
        p.fillRect(area, pale);
        p.fillRect(area, QBrush(base.darker(120), Qt::BDiagPattern));
        return;
    case TaskState::Gil:
        p.fillRect(area, gilColor());
        return;
    case TaskState::Lock:
        p.fillRect(area, pale);
        p.fillRect(area, QBrush(base.darker(160), Qt::Dense5Pattern));
        return;
    case TaskState::Queued:
        p.fillRect(area, pale);
        return;
    case TaskState::Transfer: // vertical stripes: moving between processes
        p.fillRect(area, pale);
        p.fillRect(area, QBrush(base.darker(130), Qt::VerPattern));
        return;
    case TaskState::Idle:
        return;
    }
}

void paintSwatch(QPainter& p, const QRectF& area, TaskState state, const QColor& base)
{
    paint(p, area, state, base);
    p.save();
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    p.restore();
}

QList<TaskState> legendStates()
{
    return {TaskState::Running, TaskState::Waiting, TaskState::Gil,
            TaskState::Lock,    TaskState::Queued,  TaskState::Transfer};
}

QString name(TaskState state)
{
    return Narrative::stateName(state);
}

} // namespace Lab::StateFill
