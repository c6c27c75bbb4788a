#pragma once

#include "exportable.h"
#include "report/scalingplot.h"
#include "sessionfollower.h"

#include <QChartView>
#include <QMargins>

#include <optional>

class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;

namespace Lab {

class ScalingMarks;

// The scaling sweep of the batches the session shows: each pool's speed-up over one at a time
// against its number of workers, in its strategy's colour, with the spread of its rounds, Amdahl's
// law fitted to it and the ideal its schedule allows; for computing, where the cores run out. So the
// lesson shows: processes stop gaining at the cores, threads on waits gain up to the number of
// tasks, threads under the GIL never gain.
class ScalingChart final : public QChartView, public Exportable {
    Q_OBJECT
public:
    explicit ScalingChart(QWidget* parent = nullptr);
    ~ScalingChart() override;

    // Follows the session's batches; null shows nothing.
    void setSession(const Session* session);

    QString exportName() const override;
    QString exportTitle() const override;
    void render(QPainter& painter, const QSize& size) override;

    // What the chart shows, one entry a pool, for tests.
    QStringList curveNames() const;
    QList<QPointF> pointsOf(int curve) const; // (workers, median speed-up)
    QList<QPointF> idealPoints(int curve) const;
    QList<std::optional<double>> serialFractions() const;
    QStringList fitNames() const;
    QStringList notes() const { return m_plot.notes; } // one a suspect point
    QStringList noteLines() const;                     // under the title, as many as there is room for
    std::optional<int> coresMarker() const { return m_plot.cores; }
    bool showsEmptyHint() const;
    // Lays the lines out again in the palette's colours and strokes (presenter mode or not).
    void restyle();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void refresh();
    QList<int> shownBatches() const;
    void clearLines();
    void addLine(const ScalingPlot::Line& line);
    void addIdeal(const QList<QPointF>& points, bool inLegend);
    QLineSeries* addSeries(const QString& name, const QPen& pen, const QList<QPointF>& points);
    void updateMarks();
    void updateRange();
    void layOutHeading();
    void placeHint();

    SessionFollower m_session;
    QValueAxis* m_xAxis;
    QValueAxis* m_yAxis;
    // The title and the notes under it, drawn by the chart rather than as QChart's title, which
    // has no room for a second line: the chart's top margin is made as tall as they are.
    QGraphicsSimpleTextItem* m_title;
    QList<QGraphicsSimpleTextItem*> m_notes;
    QMargins m_margins; // the chart's own, before the heading's room
    QList<QLineSeries*> m_series;
    ScalingMarks* m_marks;
    QGraphicsTextItem* m_hint;
    ScalingPlot::Plot m_plot;
    qsizetype m_resultsSeen = -1; // the session's results when the plot was made
    bool m_drawnEmpty = false;    // the chart shows the empty plot and its hint
};

} // namespace Lab
