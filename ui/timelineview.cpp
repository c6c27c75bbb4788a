#include "timelineview.h"

#include "narrative.h"
#include "palette.h"
#include "session.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr int minLanePx = 4;       // lanes shrink down to this, then the chart clips
constexpr double maxLaneLines = 4; // and grow up to this many lines of text
constexpr int maxLaneUnits = 4;    // a lane running tasks at once is up to this many lanes tall
constexpr int minTrackPx = 3;      // tasks overlapping on one worker stack in tracks this tall at least
constexpr double minBarPx = 3;     // thinner bars cannot show an outline: they are merged per pixel
constexpr int tickPx = 4;

// A chart on a slide: dark on white on every screen theme, like the other charts.
const QColor backgroundColor(Qt::white);
const QColor inkColor(0x20, 0x20, 0x20);
const QColor shadeColor(0xF2, 0xF2, 0xF2);
const QColor gridColor(0xDC, 0xDC, 0xDC);

qint64 endOf(const LiveRun& run, const TaskSpan& s)
{
    // A task still going is drawn up to now.
    return s.endNs >= 0 ? s.endNs : std::max(s.startNs, run.elapsedNs);
}

// How a bar is coloured: done, still going (or cancelled on the way), failed or timed out.
enum Kind { Done, Going, Failed, kinds };

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

QColor kindColor(const LiveRun& run, int kind)
{
    const QColor color = Palette::strategyColor(run.config.strategy);
    return kind == Failed ? Palette::failedColor() : kind == Going ? color.lighter(135) : color;
}

QString laneLabel(const WorkerInfo& w)
{
    return w.kind == WorkerKind::Process ? TimelineView::tr("%1 · pid %2").arg(w.name).arg(w.pid) : w.name;
}

QFont titleFontOf(QFont font)
{
    font.setPixelSize(qRound(font.pixelSize() * 1.3));
    font.setBold(true);
    return font;
}

// Workers in their names' order: pool threads register in whatever order they get going.
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

// The bars of one lane. Tasks overlapping on one worker (coroutines on the event loop) stack in
// tracks, each task in the track that freed first; past the tracks the lane has room for they
// pile up, "crowded", and are merged.
struct LaneBars {
    struct Bar {
        int span;
        int track;
        bool crowded;
    };
    std::vector<Bar> bars;
    int tracks = 1;
};

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

// One worker's lane; tasks it ran at once (coroutines) make it taller, up to maxLaneUnits.
struct Lane {
    int run = 0;
    int worker = 0;
    std::vector<int> spans; // its tasks that have started
    int units = 1;
    int top = 0;
    int height = 0;

    int pad() const { return height >= 12 ? 2 : 0; }
    int maxTracks() const { return std::max(1, (height - 2 * pad()) / minTrackPx); }
};

// Where everything goes in an area; computed for each paint, tooltip and test.
struct Geometry {
    QRect title;
    QRect lanes; // the runs' headers and lanes; what does not fit is clipped
    QRect plot;  // [0, scaleNs] of every run across; as tall as `lanes`
    int labelLeft = 0;
    int headerHeight = 0;
    int axisTop = 0;
    qint64 scaleNs = 1'000'000;
    QList<int> runTops;
    std::vector<Lane> laneList; // of every run, top to bottom

    double xOf(qint64 ns) const { return plot.left() + double(ns) * plot.width() / double(scaleNs); }
    QRectF bar(const LiveRun& run, const Lane& lane, const LaneBars& bars, const LaneBars::Bar& b) const
    {
        const TaskSpan& s = run.spans[std::size_t(b.span)];
        const double x0 = xOf(s.startNs);
        const double h = double(lane.height - 2 * lane.pad()) / bars.tracks;
        const double gap = bars.tracks > 1 && h >= 8 ? 2 : 0; // stacked tasks stay apart
        return {x0, lane.top + lane.pad() + b.track * h, xOf(endOf(run, s)) - x0, h - gap};
    }
    const Lane* laneOf(int run, int worker) const
    {
        const auto it =
            std::ranges::find_if(laneList, [&](const Lane& l) { return l.run == run && l.worker == worker; });
        return it == laneList.end() ? nullptr : &*it;
    }
};

std::vector<Lane> lanesOf(const QList<LiveRun>& runs)
{
    std::vector<Lane> lanes;
    for (int r = 0; r < runs.size(); ++r) {
        std::vector<std::vector<int>> spans = spansByWorker(runs.at(r));
        for (int worker : laneOrder(runs.at(r))) {
            Lane lane{r, worker, std::move(spans[std::size_t(worker)])};
            lane.units = packLane(runs.at(r), lane.spans, maxLaneUnits).tracks;
            lanes.push_back(std::move(lane));
        }
    }
    return lanes;
}

// Stacks the runs' headers and lanes from `top`, lanes as tall as the room allows within bounds.
int stackLanes(Geometry& g, const QList<LiveRun>& runs, int top, int bottom, int line)
{
    int units = 0;
    for (const Lane& lane : g.laneList)
        units += lane.units;
    const int runGap = line / 2;
    const int room = bottom - top - int(runs.size()) * (g.headerHeight + runGap);
    const int unit = units == 0 ? 0 : std::max(minLanePx, std::min(room / units, int(maxLaneLines * line)));
    int y = top;
    auto lane = g.laneList.begin();
    for (int r = 0; r < runs.size(); ++r) {
        g.runTops.append(y);
        y += g.headerHeight;
        for (; lane != g.laneList.end() && lane->run == r; ++lane) {
            lane->top = y;
            lane->height = lane->units * unit;
            y += lane->height;
        }
        y += runGap;
    }
    return std::clamp(y - runGap, top, std::max(top, bottom));
}

Geometry layOut(const QList<LiveRun>& runs, const QRect& area, const QFont& font)
{
    const QFontMetrics fm(font);
    const int line = fm.height();
    const int margin = line / 2 + 2;
    Geometry g;
    g.title = QRect(area.left() + margin, area.top() + margin, area.width() - 2 * margin,
                    QFontMetrics(titleFontOf(font)).height());
    int labelWidth = fm.horizontalAdvance(u"event-loop"_s);
    for (const LiveRun& run : runs) {
        for (const WorkerInfo& w : run.workers)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(laneLabel(w)));
        g.scaleNs = std::max(g.scaleNs, run.elapsedNs);
    }
    g.headerHeight = line + line / 2;
    g.laneList = lanesOf(runs);
    const int top = g.title.bottom() + 1 + margin;
    const int bottom = area.bottom() + 1 - margin - tickPx - 2 * line - line / 4; // the axis below
    const int end = stackLanes(g, runs, top, bottom, line);
    g.lanes = QRect(area.left(), top, area.width(), end - top);
    g.labelLeft = area.left() + margin;
    const int plotLeft = g.labelLeft + std::min(labelWidth, area.width() / 4) + margin;
    const int plotRight = area.right() - margin - fm.horizontalAdvance(u"00.00"_s) / 2;
    g.plot = QRect(plotLeft, top, std::max(1, plotRight - plotLeft), end - top);
    g.axisTop = end + line / 4;
    return g;
}

// Seconds at 1, 2 or 5 × 10^k apart, as many as fit without their labels touching.
struct Ticks {
    double stepS = 1;
    int decimals = 0;
    int count = 1;
    int x(const Geometry& g, int i) const { return qRound(g.xOf(qint64(i * stepS * 1e9))); }
};

Ticks ticksFor(const Geometry& g, const QFontMetrics& fm)
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

QString runHeader(const LiveRun& run)
{
    QStringList parts{Narrative::strategyName(run.config.strategy),
                      TimelineView::tr("%n worker(s)", nullptr, run.config.workers)};
    if (run.config.strategy == Strategy::Threads && run.config.gil)
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

void paintAxis(QPainter& p, const Geometry& g, const Ticks& ticks)
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

void paintHeader(QPainter& p, const Geometry& g, const LiveRun& run, int index)
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
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(runHeader(run), Qt::ElideRight, header.width()));
    p.setFont(plain);
}

// Lanes shaded in turn, named at the left, with the time grid behind the bars.
void paintLaneFrames(QPainter& p, const Geometry& g, const QList<LiveRun>& runs, const Ticks& ticks)
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

// Bars too thin or too crowded to tell apart, merged per pixel column and track: drawing them
// costs the lane's width in pixels, however many tasks there are.
class Coverage {
public:
    Coverage(int tracks, int width) : m_width(width), m_deltas(std::size_t(kinds * tracks * (width + 1)), 0)
    {
    }

    void add(int track, Kind kind, double x0, double x1)
    {
        const int from = std::clamp(int(std::floor(x0)), 0, m_width - 1);
        const int to = std::clamp(int(std::ceil(x1)), from + 1, m_width);
        int* row = row0(kinds * track + kind);
        ++row[from];
        --row[to];
    }

    void paint(QPainter& p, int row, const QRectF& band, const QColor& color)
    {
        const int* deltas = row0(row);
        int depth = 0;
        int from = -1;
        for (int x = 0; x <= m_width; ++x) {
            depth += deltas[x];
            if (depth > 0 && from < 0) {
                from = x;
            } else if (depth <= 0 && from >= 0) {
                p.fillRect(QRectF(band.left() + from, band.top(), x - from, band.height()), color);
                from = -1;
            }
        }
    }

private:
    int* row0(int row) { return m_deltas.data() + std::size_t(row) * std::size_t(m_width + 1); }

    int m_width;
    std::vector<int> m_deltas;
};

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

void paintLane(QPainter& p, const Geometry& g, const LiveRun& run, const Lane& lane)
{
    const QFontMetricsF fm(p.font());
    const LaneBars bars = packLane(run, lane.spans, lane.maxTracks());
    Coverage merged(bars.tracks, g.plot.width());
    for (const LaneBars::Bar& b : bars.bars) {
        const QRectF rect = g.bar(run, lane, bars, b);
        const TaskSpan& s = run.spans[std::size_t(b.span)];
        if (b.crowded || rect.width() < minBarPx || rect.height() < minBarPx)
            merged.add(b.track, kindOf(s), rect.left() - g.plot.left(), rect.right() - g.plot.left());
        else
            paintBar(p, fm, rect, kindColor(run, kindOf(s)), run.tasks.at(s.task).label);
    }
    const double h = double(lane.height - 2 * lane.pad()) / bars.tracks;
    for (int t = 0; t < bars.tracks; ++t) {
        const QRectF band(g.plot.left(), lane.top + lane.pad() + t * h, g.plot.width(), h);
        for (int kind = Done; kind < kinds; ++kind) // failures on top
            merged.paint(p, kinds * t + kind, band, kindColor(run, kind));
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
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &Session::batchStarted, this, &TimelineView::onSessionChanged);
        connect(session, &Session::updated, this, &TimelineView::onSessionChanged);
        connect(session, &QObject::destroyed, this, &TimelineView::onSessionChanged);
    }
    onSessionChanged();
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
    return m_session ? m_session->batch() : none;
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
    QStringList labels;
    for (const LiveRun& run : batch()) {
        for (int worker : laneOrder(run))
            labels.append(laneLabel(run.workers.at(worker)));
    }
    return labels;
}

QRectF TimelineView::barRect(int run, int task, const QRect& area) const
{
    const QList<LiveRun>& runs = batch();
    if (run < 0 || run >= runs.size() || task < 0 || task >= int(runs.at(run).spans.size()))
        return {};
    const LiveRun& r = runs.at(run);
    const Geometry g = layOut(runs, area, chartFont());
    const Lane* lane = g.laneOf(run, r.spans[std::size_t(task)].worker);
    if (!lane)
        return {};
    const LaneBars bars = packLane(r, lane->spans, lane->maxTracks());
    const auto bar = std::ranges::find(bars.bars, task, &LaneBars::Bar::span);
    return bar == bars.bars.end() ? QRectF() : g.bar(r, *lane, bars, *bar);
}

QString TimelineView::toolTipAt(const QPoint& pos) const
{
    const QList<LiveRun>& runs = batch();
    const Geometry g = layOut(runs, rect(), chartFont());
    const auto lane = std::ranges::find_if(
        g.laneList, [&pos](const Lane& l) { return pos.y() >= l.top && pos.y() < l.top + l.height; });
    if (!g.plot.contains(pos) || lane == g.laneList.end())
        return {};
    const LiveRun& run = runs.at(lane->run);
    const LaneBars bars = packLane(run, lane->spans, lane->maxTracks());
    for (const LaneBars::Bar& b : bars.bars) {
        // A bar thinner than a pixel is found a pixel away.
        if (g.bar(run, *lane, bars, b).adjusted(-1, 0, 1, 0).contains(pos))
            return toolTipText(run, run.spans[std::size_t(b.span)]);
    }
    return {};
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

void TimelineView::render(QPainter& painter, const QSize& size)
{
    paint(painter, QRect(QPoint(0, 0), size));
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
    return {800, std::clamp(height, line * 12, 1000)};
}

QSize TimelineView::minimumSizeHint() const
{
    const int line = QFontMetrics(chartFont()).height();
    return {line * 24, line * 10};
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

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, rect());
}

void TimelineView::paint(QPainter& p, const QRect& area) const
{
    const QList<LiveRun>& runs = batch();
    const QFont font = chartFont();
    const Geometry g = layOut(runs, area, font);
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
    for (int r = 0; r < runs.size(); ++r)
        paintHeader(p, g, runs.at(r), r);
    paintLaneFrames(p, g, runs, ticks);
    for (const Lane& lane : g.laneList) {
        if (lane.top > g.lanes.bottom())
            break; // clipped away: not worth packing
        paintLane(p, g, runs.at(lane.run), lane);
    }
    p.restore();
}

} // namespace Lab
