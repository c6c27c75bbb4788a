// Lab 8 on the timeline: a deadlock the app found and ended, shown as the cycle of waits it was —
// its sentence across the run's strip, and on its lanes an arrow from each thread's wait for a lock
// to the thread that held it.
#include "engine/session.h"
#include "palette.h"
#include "report/narrative.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinestates.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab::Timeline {

namespace {

QColor deadlockInk()
{
    return Palette::failedColor().darker(130);
}

int workerNamed(const LiveRun& run, const QString& name)
{
    const auto it = std::ranges::find(run.workers, name, &WorkerInfo::name);
    return it == run.workers.cend() ? -1 : int(it - run.workers.cbegin());
}

// The wait for a lock the task ended in: its last stretch of TaskState::Lock; null when none.
std::pair<qint64, qint64> lastLockWait(const LiveRun& run, int worker)
{
    for (const TaskSpan& s : run.spans) {
        if (s.worker != worker || !inDeadlock(run, s))
            continue;
        const auto it =
            std::ranges::find(s.states.crbegin(), s.states.crend(), TaskState::Lock, &StateSlice::state);
        if (it != s.states.crend())
            return {it->startNs, it->endNs};
        return {s.startNs, s.endNs}; // states not known: the whole task
    }
    return {-1, -1};
}

// An arrow down or up the lanes, from a wait to the lock's holder, its head at `to`.
void paintArrow(QPainter& p, QPointF from, QPointF to, double head)
{
    const double sign = to.y() > from.y() ? 1 : -1;
    p.drawLine(from, to - QPointF(0, sign * head * 0.8));
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to.x() - head / 2, to.y() - sign * head);
    tip.lineTo(to.x() + head / 2, to.y() - sign * head);
    tip.closeSubpath();
    p.fillPath(tip, p.pen().color());
}

// "waits for B" in a white box beside x, on the left or the right, centred on y.
void paintArrowLabel(QPainter& p, double x, double y, bool left, const QString& text)
{
    const QFontMetricsF fm(p.font());
    const double pad = fm.height() / 5;
    const double w = fm.horizontalAdvance(text) + 2 * pad;
    const QRectF box(left ? x - w - 3 : x + 3, y - fm.height() / 2 - 1, w, fm.height() + 2);
    p.fillRect(box, backgroundColor());
    p.drawRect(box);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace

void paintDeadlockStrip(QPainter& p, const Layout& g, const LiveRun& run, int index)
{
    const QRect row = g.strip(index);
    const QString caption = deadlockCaption(run);
    if (row.isNull() || caption.isEmpty())
        return;
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    p.setPen(deadlockInk());
    const QRect text(g.labelLeft, row.top(), row.right() - g.labelLeft, row.height());
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(u"⚠ "_s + caption, Qt::ElideRight, text.width()));
    p.restore();
}

void paintDeadlockArrows(QPainter& p, const Layout& g, const LiveRun& run, int index)
{
    if (!run.finished() || run.result->deadlock.isEmpty())
        return;
    const QList<LockWait>& cycle = run.result->deadlock;
    const double head = std::max(6.0, QFontMetricsF(p.font()).height() / 2.5);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(deadlockInk(), 2));
    p.setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        const LockWait& edge = cycle.at(i);
        const int waiter = workerNamed(run, edge.thread);
        const int holder = workerNamed(run, edge.heldBy);
        const Lane* from = g.laneOf(index, waiter);
        const Lane* to = g.laneOf(index, holder);
        const auto [waitFrom, waitTo] = lastLockWait(run, waiter);
        if (!from || !to || waitFrom < 0)
            continue;
        // Each edge at its own place along its wait, so that the arrows of a cycle go round.
        const double share = double(i + 1) / double(cycle.size() + 1);
        const double x = std::round(g.xOf(waitFrom + qint64(double(waitTo - waitFrom) * share)));
        const double y0 = g.band(*from, 1, 0).center().y();
        const double y1 = g.band(*to, 1, 0).center().y();
        if (from != to)
            paintArrow(p, {x, y0}, {x, y1}, head);
        //: on the timeline, beside the arrow from a thread's wait to the thread that holds the lock
        paintArrowLabel(p, x, y0, i == 0 && cycle.size() > 1, Tr::tr("waits for %1").arg(edge.lock));
    }
    p.restore();
}

} // namespace Lab::Timeline
