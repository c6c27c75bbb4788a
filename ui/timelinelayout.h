#pragma once

#include "taskstate.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRect>
#include <QStringList>

#include <optional>
#include <vector>

class QFontMetrics;
class QPoint;

namespace Lab {

struct LiveRun;
struct TaskSpan;
struct WorkerInfo;

// Where the timeline puts things, apart from any painter: a lane per worker, tasks stacked in
// tracks, a shared time scale and its ticks, and which bars are too thin to draw one by one.
// The view paints what this computes; its tooltips and tests ask the same code where bars are.
namespace Timeline {

struct Tr {
    // The view's context, so that lane labels keep their translations wherever they are made.
    Q_DECLARE_TR_FUNCTIONS(Lab::TimelineView)
};

inline constexpr int tickPx = 4; // how far the axis' ticks reach below it

QString chartTitle(); // "Timeline of tasks per worker"

// A threads run has a strip of who held the GIL (or a word why there is none) above its lanes.
bool hasGilStrip(const LiveRun& run);

// A task still going is drawn up to now.
qint64 endOf(const LiveRun& run, const TaskSpan& s);

// How a bar is coloured: done, still going (or cancelled on the way), failed or timed out.
enum Kind { Done, Going, Failed, kinds };
Kind kindOf(const TaskSpan& s);

QString laneLabel(const WorkerInfo& w);
QFont titleFontOf(QFont font);
// Workers in their names' order: pool threads register in whatever order they get going.
std::vector<int> laneOrder(const LiveRun& run);
QStringList laneLabels(const QList<LiveRun>& runs); // of every run, top to bottom

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

LaneBars packLane(const LiveRun& run, const std::vector<int>& spans, int maxTracks);

// One worker's lane; tasks it ran at once (coroutines) make it taller, up to a few lanes.
struct Lane {
    int run = 0;
    int worker = 0;
    std::vector<int> spans; // its tasks that have started
    int units = 1;
    int top = 0;
    int height = 0;

    int pad() const { return height >= 12 ? 2 : 0; }
    int maxTracks() const;
};

// A state's key on the timeline: its swatch and its name beside it.
struct LegendItem {
    TaskState state;
    QRect swatch;
    QRect text;
};

// Where everything goes in an area; computed for each paint, tooltip and test.
struct Layout {
    QRect title;
    std::vector<LegendItem> legend; // the states the runs shown have, on the title's line or below
    QRect lanes;                    // the runs' headers, GIL strips and lanes; what does not fit is clipped
    QRect plot;                     // [0, scaleNs] of every run across; as tall as `lanes`
    int labelLeft = 0;
    int headerHeight = 0;
    int axisTop = 0;
    qint64 scaleNs = 1'000'000;
    QList<int> runTops;
    QList<int> stripTops; // a threads run's GIL strip, between its header and its lanes; -1: none
    int stripHeight = 0;
    std::vector<Lane> laneList; // of every run, top to bottom

    double xOf(qint64 ns) const;
    double nsAt(double x) const; // xOf's inverse
    // Track `track` of `tracks` in `lane`, across the whole plot.
    QRectF band(const Lane& lane, int tracks, int track) const;
    QRectF bar(const LiveRun& run, const Lane& lane, const LaneBars& bars, const LaneBars::Bar& b) const;
    const Lane* laneOf(int run, int worker) const;
    // Run `run`'s header and lanes, across the whole width; null for a run not in the layout.
    QRect runArea(int run) const;
    // Run `run`'s GIL strip across the plot; null when it has none.
    QRect strip(int run) const;
};

// On screen a lane grows to a few lines and the page scrolls; on a slide the lanes fill the picture.
enum class LaneHeight { Capped, Fill };

Layout layOut(const QList<LiveRun>& runs, const QRect& area, const QFont& font,
              LaneHeight height = LaneHeight::Capped);

// Seconds at 1, 2 or 5 × 10^k apart, as many as fit without their labels touching.
struct Ticks {
    double stepS = 1;
    int decimals = 0;
    int count = 1;
    int x(const Layout& g, int i) const { return qRound(g.xOf(qint64(i * stepS * 1e9))); }
};

Ticks ticksFor(const Layout& g, const QFontMetrics& fm);

// Whether a bar goes into the lane's Coverage rather than being drawn with its outline.
bool isMerged(const LaneBars::Bar& b, const QRectF& rect);

// Bars too thin or too crowded to tell apart, merged per pixel column and track: drawing them
// costs the lane's width in pixels, however many tasks there are.
class Coverage {
public:
    Coverage(int tracks, int width);

    // x0 and x1 in pixels from the plot's left.
    void add(int track, Kind kind, double x0, double x1);

    // Calls f(from, to) for each run [from, to) of pixels covered by a bar of `kind` in `track`.
    template <typename F>
    void forEachRun(int track, Kind kind, F&& f) const
    {
        const int* deltas = row0(kinds * track + kind);
        int depth = 0;
        int from = -1;
        for (int x = 0; x <= m_width; ++x) {
            depth += deltas[x];
            if (depth > 0 && from < 0) {
                from = x;
            } else if (depth <= 0 && from >= 0) {
                f(from, x);
                from = -1;
            }
        }
    }

private:
    const int* row0(int row) const { return m_deltas.data() + std::size_t(row) * std::size_t(m_width + 1); }
    int* row0(int row) { return m_deltas.data() + std::size_t(row) * std::size_t(m_width + 1); }

    int m_width;
    std::vector<int> m_deltas;
};

// Where span `task` of run `run` is drawn in `area`; null when it is not.
QRectF barRect(const QList<LiveRun>& runs, int run, int task, const QRect& area, const QFont& font,
               LaneHeight height = LaneHeight::Capped);

struct BarRef {
    int run;
    int span;
};
// The bar under `pos` in `area`, if any.
std::optional<BarRef> barAt(const QList<LiveRun>& runs, const QRect& area, const QFont& font,
                            const QPoint& pos);

} // namespace Timeline
} // namespace Lab
