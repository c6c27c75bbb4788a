#include "timelineview.h"

#include "chartexport.h"

#include "engine/session.h"
#include "palette.h"
#include "report/narrative.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinestates.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

using namespace Timeline;

TimelineView::TimelineView(QWidget* parent) : PaintedChart(parent)
{
    m_repaintLater.setSingleShot(true);
    connect(&m_repaintLater, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

TimelineView::~TimelineView() = default;

void TimelineView::setSession(const Session* session)
{
    m_session.follow(session, this, &TimelineView::onSessionChanged, &TimelineView::onSessionChanged);
    // Painted on demand from the session: once it is gone, the lanes go too, not just at the next paint.
    if (session)
        connect(session, &QObject::destroyed, this, &TimelineView::onSessionChanged);
}

void TimelineView::onSessionChanged()
{
    const int lanes = laneCount();
    const auto strips = int(std::ranges::count_if(batch(), hasGilStrip));
    if (lanes != m_lanes || strips != m_strips) {
        m_lanes = lanes;
        m_strips = strips;
        updateGeometry();
    }
    repaintSoon();
}

void TimelineView::repaintSoon()
{
    const qint64 waitMs = m_sincePaint.isValid() ? 5 * m_paintMs - m_sincePaint.elapsed() : 0;
    if (waitMs <= 0)
        update();
    else if (!m_repaintLater.isActive())
        m_repaintLater.start(int(waitMs));
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    m_repaintLater.stop(); // painted now, with all there is
    QElapsedTimer took;
    took.start();
    PaintedChart::paintEvent(event);
    m_paintMs = took.elapsed();
    m_sincePaint.start();
}

const QList<LiveRun>& TimelineView::batch() const
{
    static const QList<LiveRun> none;
    return m_session ? m_session->shown() : none;
}

int TimelineView::laneCount() const
{
    int lanes = 0;
    for (const LiveRun& run : batch())
        lanes += int(run.workers.size());
    return lanes;
}

QStringList TimelineView::laneLabels() const
{
    return Timeline::laneLabels(batch());
}

QRectF TimelineView::barRect(int run, int task, const QRect& area) const
{
    return Timeline::barRect(batch(), run, task, area, chartFont());
}

QRect TimelineView::gilStripRect(int run, const QRect& area) const
{
    return layOut(batch(), area, chartFont()).strip(run);
}

QRectF TimelineView::exportedGilStripRect(int run, const QSize& size) const
{
    const qreal scale = ChartExport::exportScale(size);
    const QRect area(0, 0, qRound(size.width() / scale), qRound(size.height() / scale));
    const QRect strip = layOut(batch(), area, chartFont(), LaneHeight::Fill).strip(run);
    return strip.isNull() ? QRectF() : QRectF(QRectF(strip).topLeft() * scale, QRectF(strip).size() * scale);
}

QRectF TimelineView::exportedLanesRect(const QSize& size) const
{
    const qreal scale = ChartExport::exportScale(size);
    const QRect area(0, 0, qRound(size.width() / scale), qRound(size.height() / scale));
    const QRectF lanes = layOut(batch(), area, chartFont(), LaneHeight::Fill).lanes;
    return {lanes.topLeft() * scale, lanes.size() * scale};
}

QString TimelineView::toolTipAt(const QPoint& pos) const
{
    const QList<LiveRun>& runs = batch();
    const Layout g = layOut(runs, rect(), chartFont());
    for (int r = 0; r < runs.size(); ++r) {
        if (g.strip(r).adjusted(g.labelLeft - g.plot.left(), 0, 0, 0).contains(pos))
            return gilToolTip(runs.at(r));
    }
    const std::optional<BarRef> bar = barAt(runs, rect(), chartFont(), pos);
    if (!bar)
        return {};
    const LiveRun& run = runs.at(bar->run);
    return toolTipText(run, run.spans[std::size_t(bar->span)]);
}

QString TimelineView::toolTipText(const LiveRun& run, const TaskSpan& s)
{
    const QLocale locale;
    const qint64 end = endOf(run, s);
    QString outcome;
    switch (s.status) {
    case TaskStatus::Ok:
        outcome = s.text;
        break;
    case TaskStatus::Failed:
        outcome = tr("failed: %1").arg(s.text);
        break;
    case TaskStatus::TimedOut:
        outcome = tr("timed out: %1").arg(s.text);
        break;
    case TaskStatus::Cancelled:
        outcome = tr("cancelled");
        break;
    case TaskStatus::NotStarted:
        outcome = tr("running…");
        break;
    }
    //: task label, worker, start and end in seconds, duration, result or error
    const QString text =
        tr("%1\n%2\n%3–%4 s (%5)\n%6")
            .arg(run.tasks.at(s.task).label, laneLabel(run.workers.at(s.worker)),
                 locale.toString(double(s.startNs) / 1e9, 'f', 3), locale.toString(double(end) / 1e9, 'f', 3),
                 Narrative::seconds(end - s.startNs, 3), outcome);
    const QString states = statesText(s);
    return states.isEmpty() ? text : text + u'\n' + states;
}

QString TimelineView::exportName() const
{
    return u"timeline"_s;
}

QString TimelineView::exportTitle() const
{
    return chartTitle();
}

QRectF TimelineView::exportedBarRect(int run, int task, const QSize& size) const
{
    const qreal scale = ChartExport::exportScale(size);
    const QRect area(0, 0, qRound(size.width() / scale), qRound(size.height() / scale));
    const QRectF bar = Timeline::barRect(batch(), run, task, area, chartFont(), LaneHeight::Fill);
    return bar.isNull() ? bar : QRectF(bar.topLeft() * scale, bar.size() * scale);
}

void TimelineView::render(QPainter& painter, const QSize& size)
{
    const qreal scale = ChartExport::exportScale(size);
    painter.save();
    painter.scale(scale, scale);
    // A slide has no scroll bar to find the rest by: the lanes fill the picture, however few.
    paintChart(painter, batch(), QRect(0, 0, qRound(size.width() / scale), qRound(size.height() / scale)),
               chartFont(), m_session ? m_session->suspicions() : QList<QStringList>(), LaneHeight::Fill);
    painter.restore();
}

QFont TimelineView::chartFont() const
{
    QFont f = font();
    if (f.pixelSize() <= 0)
        f.setPixelSize(std::max(1, qRound(f.pointSizeF() * 96.0 / 72.0)));
    return f;
}

QSize TimelineView::sizeHint() const
{
    const int line = QFontMetrics(chartFont()).height();
    const int height = line * 7 + int(batch().size()) * line * 2 + m_lanes * line * 2 + m_strips * line;
    return {800, std::max(std::clamp(height, line * 12, 1000), minimumSizeHint().height())};
}

// Every lane at least a label high: many runs scroll (the pane holds the view in a scroll area)
// instead of collapsing into hairlines.
QSize TimelineView::minimumSizeHint() const
{
    const int line = QFontMetrics(chartFont()).height();
    // A line more for the legend, and one a GIL strip.
    const int lanes = line * 7 + int(batch().size()) * line * 2 + m_lanes * line * 3 / 2 + m_strips * line;
    return {line * 24, std::max(line * 10, lanes)};
}

void TimelineView::paint(QPainter& p, const QRect& area) const
{
    const QList<QStringList> why = m_session ? m_session->suspicions() : QList<QStringList>();
    paintChart(p, batch(), area, chartFont(), why, LaneHeight::Capped);
}

} // namespace Lab
