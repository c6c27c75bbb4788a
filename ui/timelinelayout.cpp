#include "timelinelayout.h"

#include "engine/session.h"
#include "report/narrative.h"
#include "statefill.h"
#include "timelinestates.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>

using namespace Qt::StringLiterals;

namespace Lab::Timeline {

namespace {

constexpr int minLanePx = 4;       // lanes shrink down to this, then the chart clips
constexpr double maxLaneLines = 4; // and grow up to this many lines of text
constexpr int maxLaneUnits = 4;    // a lane running tasks at once is up to this many lanes tall
constexpr int minTrackPx = 3;      // tasks overlapping on one worker stack in tracks this tall at least
constexpr double minBarPx = 3;     // thinner bars cannot show an outline: they are merged per pixel

std::vector<std::vector<int>> spansByWorker(const LiveRun& run)
{
    std::vector<std::vector<int>> lanes(std::size_t(run.workers.size()));
    for (std::size_t i = 0; i < run.spans.size(); ++i) {
        const TaskSpan& s = run.spans[i];
        if (s.startNs >= 0 && s.worker >= 0 && std::size_t(s.worker) < lanes.size())
            lanes[std::size_t(s.worker)].push_back(int(i));
    }
    return lanes;
}

// The tracks packLane() would open: one, without packing, for a worker whose tasks follow one
// another (one at a time, a pool's) however many they are.
int tracksOf(const LiveRun& run, const std::vector<int>& spans, int maxTracks)
{
    qint64 free = std::numeric_limits<qint64>::min();
    for (int i : spans) {
        const TaskSpan& s = run.spans[std::size_t(i)];
        if (s.startNs < free)
            return packLane(run, spans, maxTracks).tracks;
        free = endOf(run, s);
    }
    return 1;
}

std::vector<Lane> lanesOf(const QList<LiveRun>& runs)
{
    std::vector<Lane> lanes;
    for (int r = 0; r < runs.size(); ++r) {
        std::vector<std::vector<int>> spans = spansByWorker(runs.at(r));
        for (int worker : laneOrder(runs.at(r))) {
            Lane lane{r, worker, std::move(spans[std::size_t(worker)])};
            lane.units = tracksOf(runs.at(r), lane.spans, maxLaneUnits);
            lanes.push_back(std::move(lane));
        }
    }
    return lanes;
}

// Stacks the runs' headers, GIL strips and lanes from `top`, lanes as tall as the room allows
// within bounds.
int stackLanes(Layout& g, const QList<LiveRun>& runs, int top, int bottom, int line, LaneHeight height)
{
    int units = 0;
    for (const Lane& lane : g.laneList)
        units += lane.units;
    const auto strips = std::ranges::count_if(runs, [](const LiveRun& r) { return hasGilStrip(r); });
    const int runGap = line / 2;
    const int room =
        bottom - top - int(runs.size()) * (g.headerHeight + runGap) - int(strips) * g.stripHeight;
    const int most = height == LaneHeight::Fill ? room : int(maxLaneLines * line);
    const int unit = units == 0 ? 0 : std::max(minLanePx, std::min(room / units, most));
    int y = top;
    auto lane = g.laneList.begin();
    for (int r = 0; r < runs.size(); ++r) {
        g.runTops.append(y);
        y += g.headerHeight;
        g.stripTops.append(hasGilStrip(runs.at(r)) ? y : -1);
        if (hasGilStrip(runs.at(r)))
            y += g.stripHeight;
        for (; lane != g.laneList.end() && lane->run == r; ++lane) {
            lane->top = y;
            lane->height = lane->units * unit;
            y += lane->height;
        }
        y += runGap;
    }
    return std::clamp(y - runGap, top, std::max(top, bottom));
}

// The states' keys in rows from `top`, as many to a row as fit in [left, right); the last row's bottom.
int placeLegend(Layout& g, const QList<TaskState>& states, const QFontMetrics& fm, int left, int right,
                int top)
{
    const int line = fm.height();
    const QSize swatch(line * 3 / 2, line * 2 / 3);
    int x = left;
    int y = top;
    for (TaskState state : states) {
        const int width = swatch.width() + line / 3 + fm.horizontalAdvance(StateFill::name(state));
        if (x > left && x + width > right) {
            x = left;
            y += line;
        }
        g.legend.push_back(
            {state, QRect(QPoint(x, y + (line - swatch.height()) / 2), swatch),
             QRect(x + swatch.width() + line / 3, y, width - swatch.width() - line / 3, line)});
        x += width + line;
    }
    return g.legend.empty() ? top : y + line;
}

// On the title's line, to its right, when they fit there; else below it. Returns where lanes may begin.
int layOutLegend(Layout& g, const QList<LiveRun>& runs, const QFontMetrics& fm, const QFontMetrics& titleFm,
                 int margin)
{
    // What is drawn at least a pixel or two wide in all.
    const QList<TaskState> states = statesShown(runs, 2 * g.scaleNs / std::max(1, g.title.width()));
    const int beside = g.title.left() + titleFm.horizontalAdvance(chartTitle()) + 2 * fm.height();
    const int below = g.title.bottom() + 1 + margin / 2;
    int bottom = placeLegend(g, states, fm, beside, g.title.right() + 1, g.title.top());
    if (bottom <= g.title.top() + fm.height()) { // one line: move it to the right end
        const int shift = g.title.right() + 1 - (g.legend.empty() ? 0 : g.legend.back().text.right() + 1);
        for (LegendItem& item : g.legend) {
            item.swatch.translate(shift, (g.title.height() - fm.height()) / 2);
            item.text.translate(shift, (g.title.height() - fm.height()) / 2);
        }
        return g.title.bottom() + 1 + margin;
    }
    g.legend.clear();
    return placeLegend(g, states, fm, g.title.left(), g.title.right() + 1, below) + margin;
}

} // namespace

QString chartTitle()
{
    return Tr::tr("Timeline of tasks per worker");
}

bool hasGilStrip(const LiveRun& run)
{
    return gilKindOf(run.config) != GilKind::None;
}

qint64 endOf(const LiveRun& run, const TaskSpan& s)
{
    return s.endNs >= 0 ? s.endNs : std::max(s.startNs, run.elapsedNs);
}

Kind kindOf(const TaskSpan& s)
{
    switch (s.status) {
    case TaskStatus::Ok:
        return Done;
    case TaskStatus::Failed:
    case TaskStatus::TimedOut:
        return Failed;
    case TaskStatus::NotStarted:
    case TaskStatus::Cancelled:
        break;
    }
    return Going;
}

QString laneLabel(const WorkerInfo& w)
{
    return w.kind == WorkerKind::Process ? Tr::tr("%1 · pid %2").arg(w.name).arg(w.pid)
                                         : Narrative::workerLabel(w);
}

QFont titleFontOf(QFont font)
{
    font.setPixelSize(qRound(font.pixelSize() * 1.3));
    font.setBold(true);
    return font;
}

std::vector<int> laneOrder(const LiveRun& run)
{
    std::vector<int> order(std::size_t(run.workers.size()));
    std::iota(order.begin(), order.end(), 0);
    std::ranges::stable_sort(order, [&run](int a, int b) {
        const QString& x = run.workers.at(a).name;
        const QString& y = run.workers.at(b).name;
        return x.size() != y.size() ? x.size() < y.size() : x < y;
    });
    return order;
}

QStringList laneLabels(const QList<LiveRun>& runs)
{
    QStringList labels;
    for (const LiveRun& run : runs) {
        for (int worker : laneOrder(run))
            labels.append(laneLabel(run.workers.at(worker)));
    }
    return labels;
}

LaneBars packLane(const LiveRun& run, const std::vector<int>& spans, int maxTracks)
{
    std::vector<std::pair<qint64, int>> byStart;
    byStart.reserve(spans.size());
    for (int i : spans)
        byStart.emplace_back(run.spans[std::size_t(i)].startNs, i);
    if (!std::ranges::is_sorted(byStart)) // mostly they come sorted
        std::ranges::sort(byStart);
    using Track = std::pair<qint64, int>; // free from, index
    std::priority_queue<Track, std::vector<Track>, std::greater<>> tracks;
    LaneBars lane;
    lane.bars.reserve(byStart.size());
    int opened = 0;
    for (const auto& [start, i] : byStart) {
        Track track{endOf(run, run.spans[std::size_t(i)]), opened};
        const bool reuse = !tracks.empty() && (tracks.top().first <= start || opened == maxTracks);
        const bool crowded = reuse && tracks.top().first > start;
        if (reuse) {
            track = {std::max(track.first, tracks.top().first), tracks.top().second};
            tracks.pop();
        } else {
            ++opened;
        }
        tracks.push(track);
        lane.bars.push_back({i, track.second, crowded});
    }
    lane.tracks = std::max(1, opened);
    return lane;
}

int Lane::maxTracks() const
{
    return std::max(1, (height - 2 * pad()) / minTrackPx);
}

double Layout::xOf(qint64 ns) const
{
    return plot.left() + double(ns) * plot.width() / double(scaleNs);
}

double Layout::nsAt(double x) const
{
    return (x - plot.left()) * double(scaleNs) / plot.width();
}

QRectF Layout::band(const Lane& lane, int tracks, int track) const
{
    const double h = double(lane.height - 2 * lane.pad()) / tracks;
    return {double(plot.left()), lane.top + lane.pad() + track * h, double(plot.width()), h};
}

QRectF Layout::bar(const LiveRun& run, const Lane& lane, const LaneBars& bars, const LaneBars::Bar& b) const
{
    const TaskSpan& s = run.spans[std::size_t(b.span)];
    const double x0 = xOf(s.startNs);
    const QRectF track = band(lane, bars.tracks, b.track);
    const double gap = bars.tracks > 1 && track.height() >= 8 ? 2 : 0; // stacked tasks stay apart
    return {x0, track.top(), xOf(endOf(run, s)) - x0, track.height() - gap};
}

const Lane* Layout::laneOf(int run, int worker) const
{
    const auto it =
        std::ranges::find_if(laneList, [&](const Lane& l) { return l.run == run && l.worker == worker; });
    return it == laneList.end() ? nullptr : &*it;
}

QRect Layout::runArea(int run) const
{
    if (run < 0 || run >= runTops.size())
        return {};
    int bottom = runTops.at(run) + headerHeight;
    for (const Lane& lane : laneList) {
        if (lane.run == run)
            bottom = lane.top + lane.height;
    }
    return QRect(lanes.left(), runTops.at(run), lanes.width(), bottom - runTops.at(run));
}

QRect Layout::strip(int run) const
{
    if (run < 0 || run >= stripTops.size() || stripTops.at(run) < 0)
        return {};
    return QRect(plot.left(), stripTops.at(run), plot.width(), stripHeight);
}

Layout layOut(const QList<LiveRun>& runs, const QRect& area, const QFont& font, LaneHeight height)
{
    const QFontMetrics fm(font);
    const int line = fm.height();
    const int margin = line / 2 + 2;
    Layout g;
    const QFontMetrics titleFm(titleFontOf(font));
    g.title = QRect(area.left() + margin, area.top() + margin, area.width() - 2 * margin, titleFm.height());
    int labelWidth = fm.horizontalAdvance(u"event-loop"_s);
    for (const LiveRun& run : runs) {
        for (const WorkerInfo& w : run.workers)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(laneLabel(w)));
        g.scaleNs = std::max(g.scaleNs, run.elapsedNs);
    }
    g.headerHeight = line + line / 2;
    g.stripHeight = line;
    g.laneList = lanesOf(runs);
    const int top = layOutLegend(g, runs, fm, titleFm, margin);
    const int bottom = area.bottom() + 1 - margin - tickPx - 2 * line - line / 4; // the axis below
    const int end = stackLanes(g, runs, top, bottom, line, height);
    g.lanes = QRect(area.left(), top, area.width(), end - top);
    g.labelLeft = area.left() + margin;
    const int plotLeft = g.labelLeft + std::min(labelWidth, area.width() / 4) + margin;
    const int plotRight = area.right() - margin - fm.horizontalAdvance(u"00.00"_s) / 2;
    g.plot = QRect(plotLeft, top, std::max(1, plotRight - plotLeft), end - top);
    g.axisTop = end + line / 4;
    return g;
}

Ticks ticksFor(const Layout& g, const QFontMetrics& fm)
{
    const double rangeS = double(g.scaleNs) / 1e9;
    const int fit = std::max(1, g.plot.width() * 2 / (5 * fm.horizontalAdvance(u"0.000"_s)));
    const double raw = rangeS / fit;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    const double step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * magnitude;
    return {step, std::max(0, int(std::ceil(-std::log10(step) - 1e-9))),
            int(std::floor(rangeS / step + 1e-9)) + 1};
}

bool isMerged(const LaneBars::Bar& b, const QRectF& rect)
{
    return b.crowded || rect.width() < minBarPx || rect.height() < minBarPx;
}

Coverage::Coverage(int tracks, int width)
    : m_width(width), m_deltas(std::size_t(kinds * tracks * (width + 1)), 0)
{
}

void Coverage::add(int track, Kind kind, double x0, double x1)
{
    const int from = std::clamp(int(std::floor(x0)), 0, m_width - 1);
    const int to = std::clamp(int(std::ceil(x1)), from + 1, m_width);
    int* row = row0(kinds * track + kind);
    ++row[from];
    --row[to];
}

QRectF barRect(const QList<LiveRun>& runs, int run, int task, const QRect& area, const QFont& font,
               LaneHeight height)
{
    if (run < 0 || run >= runs.size() || task < 0 || task >= int(runs.at(run).spans.size()))
        return {};
    const LiveRun& r = runs.at(run);
    const Layout g = layOut(runs, area, font, height);
    const Lane* lane = g.laneOf(run, r.spans[std::size_t(task)].worker);
    if (!lane)
        return {};
    const LaneBars bars = packLane(r, lane->spans, lane->maxTracks());
    const auto bar = std::ranges::find(bars.bars, task, &LaneBars::Bar::span);
    return bar == bars.bars.end() ? QRectF() : g.bar(r, *lane, bars, *bar);
}

std::optional<BarRef> barAt(const QList<LiveRun>& runs, const QRect& area, const QFont& font,
                            const QPoint& pos)
{
    const Layout g = layOut(runs, area, font);
    const auto lane = std::ranges::find_if(
        g.laneList, [&pos](const Lane& l) { return pos.y() >= l.top && pos.y() < l.top + l.height; });
    if (!g.plot.contains(pos) || lane == g.laneList.end())
        return std::nullopt;
    const LiveRun& run = runs.at(lane->run);
    const LaneBars bars = packLane(run, lane->spans, lane->maxTracks());
    for (const LaneBars::Bar& b : bars.bars) {
        // A bar thinner than a pixel is found a pixel away.
        if (g.bar(run, *lane, bars, b).adjusted(-1, 0, 1, 0).contains(pos))
            return BarRef{lane->run, b.span};
    }
    return std::nullopt;
}

} // namespace Lab::Timeline
