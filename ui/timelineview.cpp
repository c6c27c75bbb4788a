#include "timelineview.h"

#include "chartexport.h"

#include "engine/session.h"
#include "palette.h"
#include "report/narrative.h"
#include "timelinelayout.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Lab {

using namespace Timeline;

namespace {

// A chart on a slide: dark on white on every screen theme, like the other charts.
const QColor backgroundColor(Qt::white);
const QColor inkColor(0x20, 0x20, 0x20);
const QColor shadeColor(0xF2, 0xF2, 0xF2);
const QColor gridColor(0xDC, 0xDC, 0xDC);
const QColor startUpColor(0x70, 0x70, 0x70);

QColor kindColor(const LiveRun& run, int kind)
{
    const QColor color = Palette::strategyColor(run.config.strategy);
    return kind == Failed ? Palette::failedColor() : kind == Going ? color.lighter(135) : color;
}

QString runHeader(const LiveRun& run)
{
    QStringList parts{Narrative::workloadName(run.config.workload),
                      Narrative::strategyName(run.config.strategy),
                      TimelineView::tr("%n worker(s)", nullptr, run.config.workers)};
    if (run.config.runtime == Runtime::Python)
        parts.append(run.finished() && !run.result->interpreter.isEmpty() ? run.result->interpreter
                                                                          : u"CPython"_s);
    else if (run.config.strategy == Strategy::Threads && run.config.gil)
        parts.append(TimelineView::tr("simulated GIL"));
    if (run.finished() && !run.result->error.isEmpty())
        parts.append(TimelineView::tr("failed: %1").arg(run.result->error));
    else if (run.finished() && run.result->cancelled)
        parts.append(TimelineView::tr("cancelled after %1").arg(Narrative::seconds(run.elapsedNs)));
    else if (run.finished())
        parts.append(Narrative::seconds(run.elapsedNs));
    else if (run.workers.isEmpty() && run.elapsedNs == 0)
        parts.append(TimelineView::tr("waiting"));
    else
        parts.append(TimelineView::tr("running… %1").arg(Narrative::seconds(run.elapsedNs, 1)));
    return parts.join(u" · "_s);
}

void paintAxis(QPainter& p, const Layout& g, const Ticks& ticks)
{
    const QFontMetrics fm(p.font());
    const QLocale locale;
    p.setPen(inkColor);
    p.drawLine(g.plot.left(), g.axisTop, g.plot.right(), g.axisTop);
    for (int i = 0; i < ticks.count; ++i) {
        const int x = ticks.x(g, i);
        p.drawLine(x, g.axisTop, x, g.axisTop + tickPx);
        const QString text = locale.toString(i * ticks.stepS, 'f', ticks.decimals);
        const int w = fm.horizontalAdvance(text);
        p.drawText(QRect(x - w, g.axisTop + tickPx, 2 * w, fm.height()), Qt::AlignCenter, text);
    }
    const QRect title(g.plot.left(), g.axisTop + tickPx + fm.height(), g.plot.width(), fm.height());
    p.drawText(title, Qt::AlignCenter, TimelineView::tr("seconds since each run started"));
}

// The run's name, and in the warning's colour after it why its figures are suspect.
void paintHeader(QPainter& p, const Layout& g, const LiveRun& run, int index, const QStringList& why)
{
    const QFont plain = p.font();
    const int top = g.runTops.at(index);
    const int swatch = QFontMetrics(plain).height() * 2 / 3;
    p.fillRect(QRect(g.labelLeft, top + (g.headerHeight - swatch) / 2, swatch, swatch),
               Palette::strategyColor(run.config.strategy));
    QFont bold = plain;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(inkColor);
    const int left = g.labelLeft + swatch + swatch / 2;
    const QRect header(left, top, g.plot.right() - left, g.headerHeight);
    const QString name = QFontMetrics(bold).elidedText(runHeader(run), Qt::ElideRight, header.width());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, name);
    p.setFont(plain);
    if (why.isEmpty())
        return;
    const int gap = QFontMetrics(plain).horizontalAdvance(u' ') * 2;
    const QRect rest = header.adjusted(QFontMetrics(bold).horizontalAdvance(name) + gap, 0, 0, 0);
    p.setPen(Palette::warning().darker(140));
    p.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(plain).elidedText(u"⚠ "_s + why.join(Narrative::Tr::tr("; ")), Qt::ElideRight,
                                              rest.width()));
    p.setPen(inkColor);
}

// Lanes shaded in turn, named at the left, with the time grid behind the bars.
void paintLaneFrames(QPainter& p, const Layout& g, const QList<LiveRun>& runs, const Ticks& ticks)
{
    const QFontMetrics fm(p.font());
    const int labelWidth = g.plot.left() - g.labelLeft - fm.height() / 2;
    int labelsEnd = std::numeric_limits<int>::min(); // thin lanes are named where the last name left room
    int inRun = 0;
    for (std::size_t i = 0; i < g.laneList.size() && g.laneList[i].top <= g.lanes.bottom(); ++i) {
        const Lane& lane = g.laneList[i];
        inRun = i > 0 && g.laneList[i - 1].run == lane.run ? inRun + 1 : 0;
        if (inRun % 2 == 0)
            p.fillRect(QRect(g.lanes.left(), lane.top, g.lanes.width(), lane.height), shadeColor);
        p.setPen(gridColor);
        for (int t = 0; t < ticks.count; ++t)
            p.drawLine(ticks.x(g, t), lane.top, ticks.x(g, t), lane.top + lane.height - 1);
        const int labelTop = lane.top + (lane.height - fm.height()) / 2;
        if (labelTop < labelsEnd || labelTop + fm.height() > g.lanes.bottom() + 1)
            continue;
        const QString label = laneLabel(runs.at(lane.run).workers.at(lane.worker));
        p.setPen(inkColor);
        p.drawText(QRect(g.labelLeft, labelTop, labelWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideRight, labelWidth));
        labelsEnd = labelTop + fm.height();
    }
}

void paintBar(QPainter& p, const QFontMetricsF& fm, const QRectF& rect, const QColor& color,
              const QString& label)
{
    p.fillRect(rect, color.darker(140)); // an outline, so that tasks one after another stay apart
    p.fillRect(rect.adjusted(1, 1, -1, -1), color);
    constexpr double pad = 4;
    if (rect.height() < fm.height() * 0.8 || rect.width() < 2 * pad + 2 * fm.averageCharWidth())
        return;
    const QString text = fm.elidedText(label, Qt::ElideRight, rect.width() - 2 * pad);
    if (text.isEmpty() || text == u"…"_s)
        return;
    p.setPen(qGray(color.rgb()) < 140 ? QColor(Qt::white) : inkColor);
    p.drawText(rect.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
}

// A process's start-up, hatched across its lane; a task's hand-over to a process pool and its
// result's way back (queue, pickling, pipe), a thin strip along the lane's foot.
void paintOverheads(QPainter& p, const Layout& g, const LiveRun& run, const Lane& lane)
{
    const QRectF band = g.band(lane, 1, 0);
    const WorkerInfo& w = run.workers.at(lane.worker);
    const auto across = [&](qint64 from, qint64 to, double top, double height) {
        const double x0 = g.xOf(from);
        return QRectF(x0, top, std::max(1.0, g.xOf(to) - x0), height);
    };
    if (w.spawnNs >= 0 && w.readyNs > w.spawnNs)
        p.fillRect(across(w.spawnNs, w.readyNs, band.top(), band.height()),
                   QBrush(startUpColor, Qt::BDiagPattern));
    const double strip = std::max(2.0, band.height() / 8);
    const QColor colour = Palette::strategyColor(run.config.strategy).darker(150);
    for (int i : lane.spans) {
        const TaskSpan& s = run.spans[std::size_t(i)];
        if (s.sentNs >= 0 && s.startNs > s.sentNs)
            p.fillRect(across(s.sentNs, s.startNs, band.bottom() - strip, strip), colour);
        if (s.returnedNs > s.endNs && s.endNs >= 0)
            p.fillRect(across(s.endNs, s.returnedNs, band.bottom() - strip, strip), colour);
    }
}

void paintLane(QPainter& p, const Layout& g, const LiveRun& run, const Lane& lane)
{
    paintOverheads(p, g, run, lane);
    const QFontMetricsF fm(p.font());
    const LaneBars bars = packLane(run, lane.spans, lane.maxTracks());
    Coverage merged(bars.tracks, g.plot.width());
    for (const LaneBars::Bar& b : bars.bars) {
        const QRectF rect = g.bar(run, lane, bars, b);
        const TaskSpan& s = run.spans[std::size_t(b.span)];
        if (isMerged(b, rect))
            merged.add(b.track, kindOf(s), rect.left() - g.plot.left(), rect.right() - g.plot.left());
        else
            paintBar(p, fm, rect, kindColor(run, kindOf(s)), run.tasks.at(s.task).label);
    }
    for (int t = 0; t < bars.tracks; ++t) {
        const QRectF band = g.band(lane, bars.tracks, t);
        for (int kind = Done; kind < kinds; ++kind) { // failures on top
            const QColor color = kindColor(run, kind);
            merged.forEachRun(t, Kind(kind), [&](int from, int to) {
                p.fillRect(QRectF(band.left() + from, band.top(), to - from, band.height()), color);
            });
        }
    }
}

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
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
    if (lanes != m_lanes) {
        m_lanes = lanes;
        updateGeometry();
    }
    update();
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

QString TimelineView::toolTipAt(const QPoint& pos) const
{
    const QList<LiveRun>& runs = batch();
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
    return tr("%1\n%2\n%3–%4 s (%5)\n%6")
        .arg(run.tasks.at(s.task).label, laneLabel(run.workers.at(s.worker)),
             locale.toString(double(s.startNs) / 1e9, 'f', 3), locale.toString(double(end) / 1e9, 'f', 3),
             Narrative::seconds(end - s.startNs, 3), outcome);
}

QString TimelineView::exportName() const
{
    return u"timeline"_s;
}

QString TimelineView::exportTitle() const
{
    return tr("Timeline of tasks per worker");
}

QRectF TimelineView::exportedBarRect(int run, int task, const QSize& size) const
{
    const qreal scale = ChartExport::exportScale(size);
    const QRectF bar =
        barRect(run, task, QRect(0, 0, qRound(size.width() / scale), qRound(size.height() / scale)));
    return bar.isNull() ? bar : QRectF(bar.topLeft() * scale, bar.size() * scale);
}

void TimelineView::render(QPainter& painter, const QSize& size)
{
    const qreal scale = ChartExport::exportScale(size);
    painter.save();
    painter.scale(scale, scale);
    paint(painter, QRect(0, 0, qRound(size.width() / scale), qRound(size.height() / scale)));
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
    const int height = line * 6 + int(batch().size()) * line * 2 + m_lanes * line * 2;
    return {800, std::max(std::clamp(height, line * 12, 1000), minimumSizeHint().height())};
}

// Every lane at least a label high: many runs scroll (the pane holds the view in a scroll area)
// instead of collapsing into hairlines.
QSize TimelineView::minimumSizeHint() const
{
    const int line = QFontMetrics(chartFont()).height();
    const int lanes = line * 6 + int(batch().size()) * line * 2 + m_lanes * line * 3 / 2;
    return {line * 24, std::max(line * 10, lanes)};
}

bool TimelineView::event(QEvent* event)
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

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void TimelineView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paint(painter, rect());
    Palette::paintHighlight(painter, highlightRect());
}

void TimelineView::paint(QPainter& p, const QRect& area) const
{
    const QList<LiveRun>& runs = batch();
    const QFont font = chartFont();
    const Layout g = layOut(runs, area, font);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(area, backgroundColor);
    p.setPen(inkColor);
    p.setFont(titleFontOf(font));
    p.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, exportTitle());
    p.setFont(font);
    const Ticks ticks = ticksFor(g, QFontMetrics(font));
    paintAxis(p, g, ticks);
    p.setClipRect(g.lanes, Qt::IntersectClip);
    const QList<QStringList> why = m_session ? m_session->suspicions() : QList<QStringList>();
    for (int r = 0; r < runs.size(); ++r)
        paintHeader(p, g, runs.at(r), r, why.value(r));
    paintLaneFrames(p, g, runs, ticks);
    for (const Lane& lane : g.laneList) {
        if (lane.top > g.lanes.bottom())
            break; // clipped away: not worth packing
        paintLane(p, g, runs.at(lane.run), lane);
    }
    p.restore();
}

} // namespace Lab
