#include "engine/session.h"
#include "palette.h"
#include "statefill.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinestates.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab::Timeline {

namespace {

const QColor startUpColor(0x70, 0x70, 0x70);

QColor kindColor(const LiveRun& run, int kind)
{
    const QColor color = Palette::strategyColor(run.config.strategy);
    return kind == Failed ? Palette::failedColor() : kind == Going ? color.lighter(135) : color;
}

// Fills `area` as `state` looks: the pale fills on white, not on the bar's solid colour below.
void fillState(QPainter& p, const QRectF& area, TaskState state, const QColor& base)
{
    if (state != TaskState::Running && state != TaskState::Gil)
        p.fillRect(area, backgroundColor());
    StateFill::paint(p, area, state, base);
}

// How dark the fill of `state` looks, for the label on it.
int grayOf(TaskState state, const QColor& base)
{
    return state == TaskState::Running ? qGray(base.rgb())
           : state == TaskState::Gil   ? qGray(StateFill::gilColor().rgb())
                                       : 225; // pale, hatched or striped
}

// A label that reads on the bar: white on a dark fill, ink on a light one, and ringed with the other
// where the fill is striped with both.
void paintLabel(QPainter& p, const QFontMetricsF& fm, const QRectF& rect, const StateTotals& totals,
                const QColor& color, const QString& label)
{
    constexpr double pad = 4;
    if (rect.height() < fm.height() * 0.8 || rect.width() < 2 * pad + 2 * fm.averageCharWidth())
        return;
    const QString text = fm.elidedText(label, Qt::ElideRight, rect.width() - 2 * pad);
    if (text.isEmpty() || text == u"…"_s)
        return;
    double gray = qGray(color.rgb());
    double largest = 1;
    if (!totals.isEmpty()) {
        gray = 0;
        largest = 0;
        for (TaskState s : allTaskStates) {
            gray += totals.share(s) * grayOf(s, color);
            largest = std::max(largest, totals.share(s));
        }
    }
    const QColor ink = gray < 140 ? QColor(Qt::white) : inkColor();
    const QRectF box = rect.adjusted(pad, 0, -pad, 0);
    constexpr int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    if (largest < 0.85) {
        p.setPen(gray < 140 ? inkColor() : QColor(Qt::white));
        for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
            p.drawText(box.translated(d), flags, text);
    }
    p.setPen(ink);
    p.drawText(box, flags, text);
}

void paintBar(QPainter& p, const Layout& g, const QRectF& rect, const LiveRun& run, const TaskSpan& s)
{
    // A failure says so in its colour alone, its states in its tooltip; but a deadlock's task shows
    // where it waited, in a failure's outline.
    const bool deadlocked = inDeadlock(run, s);
    const QColor color = kindColor(run, deadlocked ? Done : kindOf(s));
    const int outline = deadlocked ? 2 : 1;
    // An outline, so that tasks one after another stay apart.
    p.fillRect(rect, deadlocked ? Palette::failedColor() : color.darker(140));
    const QRectF inner = rect.adjusted(outline, outline, -outline, -outline);
    p.fillRect(inner, color); // what no state covers: a CPython task whose threads were not sampled
    const std::vector<Stretch> states = kindOf(s) == Failed && !deadlocked
                                            ? std::vector<Stretch>()
                                            : stateStretches(s, s.startNs, endOf(run, s));
    StateTotals pixels; // of each state, for the label's colour
    for (const PixelRun& r : pixelRuns(states, g, qRound(inner.left()), qRound(inner.right()))) {
        const QRectF area(r.x0, inner.top(), r.x1 - r.x0, inner.height());
        fillState(p, area, TaskState(r.key), color);
        pixels[TaskState(r.key)] += r.x1 - r.x0;
    }
    paintLabel(p, QFontMetricsF(p.font()), rect, pixels, color, run.tasks.at(s.task).label);
}

QRectF across(const Layout& g, qint64 from, qint64 to, double top, double height)
{
    const double x0 = g.xOf(from);
    return {x0, top, std::max(1.0, g.xOf(to) - x0), height};
}

// A task's wait in the queue, before its bar: a thin pale line at the bar's middle, under the bars,
// so that it shows where its worker was free, and never hides a task the worker ran meanwhile.
void paintQueued(QPainter& p, const Layout& g, const QRectF& bar, const LiveRun& run, const TaskSpan& s)
{
    const double height = std::max(2.0, std::round(bar.height() / 5));
    const double top = std::round(bar.center().y() - height / 2);
    const QColor color = kindColor(run, kindOf(s));
    for (const StateSlice& q : s.states) {
        if (q.state != TaskState::Queued || q.startNs >= s.startNs)
            continue;
        const QRectF line = across(g, q.startNs, std::min(q.endNs, s.startNs), top, height);
        StateFill::paint(p, line, TaskState::Queued, color.darker(115));
        p.fillRect(QRectF(line.left(), bar.top() + bar.height() / 4, 1, bar.height() / 2),
                   color); // submitted
    }
}

// The hand-overs of a lane's tasks, in order, one stretch where they touch or overlap (a task's
// way back and the next one's way there): painted by their share of each pixel, however many.
std::vector<Stretch> transfersOf(const LiveRun& run, const Lane& lane)
{
    std::vector<Stretch> all;
    const auto add = [&all](qint64 from, qint64 to) {
        if (to > from)
            all.push_back({from, to, int(TaskState::Transfer)});
    };
    for (int i : lane.spans) {
        const TaskSpan& s = run.spans[std::size_t(i)];
        bool told = false;
        for (const StateSlice& t : s.states) {
            if (t.state == TaskState::Transfer) {
                add(t.startNs, t.endNs);
                told = true;
            }
        }
        if (told) // else, before the states were known, from the hand-over's times
            continue;
        if (s.sentNs >= 0)
            add(s.sentNs, s.startNs);
        if (s.endNs >= 0)
            add(s.endNs, s.returnedNs);
    }
    std::ranges::sort(all, {}, &Stretch::startNs);
    std::vector<Stretch> joined;
    for (const Stretch& t : all) {
        if (!joined.empty() && t.startNs <= joined.back().endNs)
            joined.back().endNs = std::max(joined.back().endNs, t.endNs);
        else
            joined.push_back(t);
    }
    return joined;
}

// A process's start-up, hatched across its lane; a task's hand-over to a process pool and its
// result's way back (queue, pickling, pipe), a thin striped strip along the lane's foot.
void paintOverheads(QPainter& p, const Layout& g, const LiveRun& run, const Lane& lane)
{
    const QRectF band = g.band(lane, 1, 0);
    const WorkerInfo& w = run.workers.at(lane.worker);
    if (w.spawnNs >= 0 && w.readyNs > w.spawnNs)
        p.fillRect(across(g, w.spawnNs, w.readyNs, band.top(), band.height()),
                   QBrush(startUpColor, Qt::BDiagPattern));
    const double strip = std::max(3.0, std::round(band.height() / 6));
    const double top = band.bottom() - strip;
    const QColor color = Palette::strategyColor(run.config.strategy);
    const int left = qRound(band.left());
    for (const PixelRun& r : pixelRuns(transfersOf(run, lane), g, left, qRound(band.right()) + 1))
        fillState(p, QRectF(r.x0, top, r.x1 - r.x0, strip), TaskState::Transfer, color);
}

} // namespace

void paintLane(QPainter& p, const Layout& g, const LiveRun& run, const Lane& lane)
{
    paintOverheads(p, g, run, lane);
    const LaneBars bars = packLane(run, lane.spans, lane.maxTracks());
    std::vector<QRectF> rects;
    rects.reserve(bars.bars.size());
    for (const LaneBars::Bar& b : bars.bars) {
        rects.push_back(g.bar(run, lane, bars, b));
        if (!isMerged(b, rects.back()))
            paintQueued(p, g, rects.back(), run, run.spans[std::size_t(b.span)]);
    }
    // Bars too thin or too crowded to tell apart: a track's by their share of each pixel, so that
    // 100,000 tasks computing a tenth of the time look it; a failure, which ends at once, a pixel
    // at least, on top.
    std::vector<std::vector<Stretch>> shared(std::size_t(bars.tracks));
    Coverage failed(bars.tracks, g.plot.width());
    for (std::size_t i = 0; i < bars.bars.size(); ++i) {
        const LaneBars::Bar& b = bars.bars[i];
        const TaskSpan& s = run.spans[std::size_t(b.span)];
        if (!isMerged(b, rects[i]))
            paintBar(p, g, rects[i], run, s);
        else if (kindOf(s) == Failed)
            failed.add(b.track, Failed, rects[i].left() - g.plot.left(), rects[i].right() - g.plot.left());
        else
            shared[std::size_t(b.track)].push_back({s.startNs, endOf(run, s), kindOf(s)});
    }
    for (int t = 0; t < bars.tracks; ++t) {
        const QRectF band = g.band(lane, bars.tracks, t);
        std::vector<Stretch>& track = shared[std::size_t(t)];
        if (!std::ranges::is_sorted(track, {}, &Stretch::startNs)) // a track's tasks come one after another
            std::ranges::stable_sort(track, {}, &Stretch::startNs);
        for (const PixelRun& r : pixelRuns(track, g, qRound(band.left()), qRound(band.right()) + 1))
            p.fillRect(QRectF(r.x0, band.top(), r.x1 - r.x0, band.height()), kindColor(run, r.key));
        failed.forEachRun(t, Failed, [&](int from, int to) {
            p.fillRect(QRectF(band.left() + from, band.top(), to - from, band.height()),
                       kindColor(run, Failed));
        });
    }
}

} // namespace Lab::Timeline
