#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

class QFont;
class QPainter;
class QRect;

namespace Lab {

struct LiveRun;

// How the timeline looks: the one painting code of the screen, its exports and its tests.
namespace Timeline {

struct Layout;
struct Lane;

// A chart on a slide: dark on white on every screen theme, like the other charts.
inline QColor backgroundColor()
{
    return Qt::white;
}
inline QColor inkColor()
{
    return {0x20, 0x20, 0x20};
}
inline QColor shadeColor()
{
    return {0xF2, 0xF2, 0xF2};
}
inline QColor gridColor()
{
    return {0xDC, 0xDC, 0xDC};
}

// The title, the states' legend, each run's header, GIL strip and lanes, and the axis below, in
// `area`; `why` gives each run's reasons to doubt its figures.
enum class LaneHeight;
void paintChart(QPainter& p, const QList<LiveRun>& runs, const QRect& area, const QFont& font,
                const QList<QStringList>& why, LaneHeight height);

// The shade of the run's colour that the GIL strip gives its `key`-th lane's thread, so that turns
// between neighbouring lanes read as light and dark; a thread without a lane is grey.
QColor holderColor(const QColor& base, int key, int lanes);

// One worker's bars, filled by their tasks' states, with what came before and after (timelinebars.cpp).
void paintLane(QPainter& p, const Layout& g, const LiveRun& run, const Lane& lane);

// A run with a deadlock (timelinedeadlock.cpp): its cycle told across its strip, and over its lanes
// an arrow from each thread's wait for a lock to the thread that held it.
void paintDeadlockStrip(QPainter& p, const Layout& g, const LiveRun& run, int index);
void paintDeadlockArrows(QPainter& p, const Layout& g, const LiveRun& run, int index);

} // namespace Timeline
} // namespace Lab
