#pragma once

#include "exportable.h"
#include "labtypes.h"
#include "paintedchart.h"
#include "report/stateshares.h"
#include "sessionfollower.h"

#include <QWidget>

#include <optional>

namespace Lab {

struct StateChartLayout;

// "Where did the time go?": a bar for each run the session shows (a repeated kind's median round,
// as on the wall-clock chart), all of its tasks' time from their submission to their end split by
// what they were doing, drawn with StateFill in the run's strategy's colour. Each bar is the run's
// shares out of 100%, so that runs of any length compare, with its task time written at its end.
class StateChart final : public PaintedChart, public Exportable {
    Q_OBJECT
public:
    explicit StateChart(QWidget* parent = nullptr);
    ~StateChart() override;

    // Follows the session's batches; null shows nothing.
    void setSession(const Session* session);

    // A bar as the chart draws it, one a run of the session's shown(), for tests and tooltips.
    struct Row {
        QString label; // as the wall-clock chart names the run
        Strategy strategy = Strategy::Sequential;
        std::optional<States::Breakdown> states; // none: no round of it has finished yet
        QString status; // what an empty bar says instead: "no states recorded", "running…"
        bool drawn() const { return states && states->known(); }
    };
    QList<Row> rows() const;

    QString exportName() const override;
    QString exportTitle() const override;
    using QWidget::render;
    void render(QPainter& painter, const QSize& size) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The tooltip at `pos` in the widget: the states of the run under it in seconds, or nothing.
    QString toolTipAt(const QPoint& pos) const override;

    // A lesson's pointer: run `run`'s bar outlined on screen, not in exports; -1: none.
    void highlight(int run);
    int highlighted() const { return m_highlight; }
    QRect highlightRect() const override;

private:
    void onSessionChanged();
    // Where everything goes in `area` (statechartpaint.cpp).
    StateChartLayout layOut(const QList<Row>& rows, const QRect& area) const;
    void paint(QPainter& painter, const QRect& area) const override;
    // The widget's font sized in pixels, so that the screen, PNG and SVG show text alike.
    QFont chartFont() const;
    static QString statusOf(const Row& row, const LiveRun& run);
    static QString toolTipText(const Row& row);

    SessionFollower m_session;
    int m_highlight = -1;
};

} // namespace Lab
