#pragma once

#include "exportable.h"
#include "paintedchart.h"
#include "sessionfollower.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace Lab {

struct LiveRun;
struct TaskSpan;

// Every run of the session's batch, stacked: a header, then one lane per worker with a bar per
// task. All runs share one time scale so that their lengths compare at a glance. Painted
// directly, with bars thinner than a pixel merged, so that 100,000 tasks stay fluid.
class TimelineView final : public PaintedChart, public Exportable {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // Not owned; the view follows the session's batch until it is destroyed or replaced.
    void setSession(const Session* session);

    int laneCount() const;
    QStringList laneLabels() const;
    // Where task `task` of run `run` is drawn when the chart fills `area`; null when not drawn.
    QRectF barRect(int run, int task, const QRect& area) const;
    // Where that bar lands in render(painter, size), which lays out small and scales up.
    QRectF exportedBarRect(int run, int task, const QSize& size) const;
    // Where run `run`'s GIL strip is drawn when the chart fills `area`, and in render(painter, size);
    // null for a run without one.
    QRect gilStripRect(int run, const QRect& area) const;
    QRectF exportedGilStripRect(int run, const QSize& size) const;
    // Where the runs' headers, GIL strips and lanes are in render(painter, size): on a slide they
    // fill what the title and the axis leave.
    QRectF exportedLanesRect(const QSize& size) const;
    // The tooltip at `pos` in the widget: the task under it with its states, the GIL strip's
    // holders, or nothing.
    QString toolTipAt(const QPoint& pos) const override;

    QString exportName() const override;
    QString exportTitle() const override;
    using QWidget::render;
    void render(QPainter& painter, const QSize& size) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // A lesson's pointer: run `run`'s header and lanes outlined on screen, not in exports; -1: none.
    void highlight(int run);
    int highlighted() const { return m_highlight; }
    QRect highlightRect() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void onSessionChanged();
    void repaintSoon();
    const QList<LiveRun>& batch() const;
    // The widget's font sized in pixels, so that the screen, PNG and SVG show text alike.
    QFont chartFont() const;
    void paint(QPainter& painter, const QRect& area) const override;
    static QString toolTipText(const LiveRun& run, const TaskSpan& span);

    SessionFollower m_session;
    // A timeline of a hundred thousand tasks takes a while to paint: as they come it is painted at
    // most once in five times its last paint took, so that the window keeps most of its time.
    QTimer m_repaintLater;
    QElapsedTimer m_sincePaint;
    qint64 m_paintMs = 0;
    int m_lanes = 0;
    int m_strips = 0; // GIL strips
    int m_highlight = -1;
};

} // namespace Lab
