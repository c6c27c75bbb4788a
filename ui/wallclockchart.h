#pragma once

#include "exportable.h"
#include "labtypes.h"
#include "report/noise.h"
#include "sessionfollower.h"

#include <QChartView>
#include <QLineF>
#include <QMap>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

class QBarCategoryAxis;
class QGraphicsPathItem;
class QScatterSeries;
class QMouseEvent;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace Lab {

class ChartNote;
class GuessMarker;
struct LiveRun;

// The wall-clock time of each run the session shows (its last batch, or those chosen), one bar a run in its
// strategy's colour, growing while the run goes, with how many times faster than one at a time it was and a
// dashed line at what the best of them could take on an ideal machine. A guess made before the run is drawn
// across its bar and told beside the measurement (predict, then run).
class WallClockChart final : public QChartView, public Exportable {
    Q_OBJECT
public:
    explicit WallClockChart(QWidget* parent = nullptr);
    ~WallClockChart() override;

    // Follows the session's batches; null shows nothing.
    void setSession(const Session* session);

    QString exportName() const override;
    QString exportTitle() const override;
    void render(QPainter& painter, const QSize& size) override;

    // What the chart shows, one entry a run of the batch, for tests and tooltips.
    QStringList categories() const;
    QList<double> barSeconds() const;
    QStringList barLabels() const; // lines joined by '\n': "0.10 s\n3.00× faster"
    std::optional<double> idealSeconds() const;

    // Before a run: the runs to come, with no bars, and the guesses made of them, which dragging up
    // or down in a run's column sets. Shown until the next batch starts; ignored while one runs.
    void showPlan(const QList<RunConfig>& runs);
    void setPlanPredictions(const QMap<Lab::Strategy, qint64>& ms);
    bool showsPlan() const { return m_plan.has_value(); }
    // Each bar's guess in seconds, and the marker drawn at it in the chart's coordinates.
    QList<std::optional<double>> guessSeconds() const;
    std::optional<QLineF> guessMarker(int index) const;

    // A lesson's pointer: the bar of run `run` outlined on screen, not in exports; -1: none.
    void highlight(int run);
    int highlighted() const { return m_highlight; }
    QRectF highlightRect() const; // in the scene, which the view shows unscaled; null when none is drawn

    // Presenter mode: a bar's value and comparison in this many pixels, the projector's palette
    // and strokes; none: the axes' size and the screen's look.
    void setValueSize(std::optional<int> px);

Q_SIGNALS:
    void guessDragged(Lab::Strategy strategy, qint64 ms);

protected:
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Bar {
        double seconds = 0;
        QString time;
        QString timeStacked; // the same on two lines, for when the labels would touch
        QString comparison;  // "3.00× faster", "cancelled", …
        bool final = false;  // the run has finished: nothing will change
        std::optional<qint64> guessMs;
        QGraphicsSimpleTextItem* timeItem = nullptr;
        QGraphicsSimpleTextItem* comparisonItem = nullptr;
        GuessMarker* marker = nullptr;
        // Repeated: the bar is the median of its rounds, this whisker their min–max in seconds.
        std::optional<std::pair<double, double>> range;
        QGraphicsPathItem* whisker = nullptr;
    };

    void retranslateUi();
    void paintSeries(); // wallclockstyle.cpp: the bars' and the ideal's colours and strokes
    QFont valueFont() const;
    void rebuild();
    Bar makeBar(const RunConfig& config);
    QList<RunConfig> shownConfigs() const;
    void refresh();
    void updateBar(int index);
    QString finishedComparison(int index) const;
    void updateIdeal();
    void updateRange();
    void placeLabels();
    void placeMarker(int index);
    void updatePlanHint();
    bool labelsTooWide() const;
    static QString timeText(const Bar& bar, qint64 ns, const QString& separator = QStringLiteral(" · "));
    void dragGuessTo(const QPointF& viewportPos);
    // The repeats (wallclockrepeats.cpp): each round a dot, disturbed ones apart; a repeated kind's
    // median, spread and speed-up; the note of what is suspect.
    void makeRepeatItems();
    void updateRepeats();
    void clearRepeats();
    const Noise::Summary* summaryOf(const LiveRun& run) const;
    bool showRepeated(int index, Bar& bar);
    void placeRepeats();
    std::optional<qint64> repeatedExpectedNs(const LiveRun& run) const;

    SessionFollower m_session;
    QStackedBarSeries* m_bars;
    QLineSeries* m_ideal;
    QBarCategoryAxis* m_xAxis;
    QValueAxis* m_yAxis;
    static std::size_t setIndex(const RunConfig& config);
    // By strategy, the engine's then CPython's (see setIndex()); those the batch does not use stay at 0.
    std::array<QBarSet*, 2 * std::size(strategyIds)> m_sets{};
    QList<Bar> m_shown;
    QStringList m_categories;
    std::optional<qint64> m_idealNs;
    std::optional<QList<RunConfig>> m_plan; // the runs to come, before a batch; none: the batch's
    QGraphicsSimpleTextItem* m_planHint = nullptr;
    int m_dragged = -1; // the column whose guess follows the mouse
    int m_highlight = -1;
    QScatterSeries* m_dots = nullptr;          // every finished round of a repeated kind
    QScatterSeries* m_disturbedDots = nullptr; // the rounds a busy machine disturbed
    std::unique_ptr<ChartNote> m_note;         // why a figure shown is suspect
    std::optional<int> m_valuePx;              // presenter mode's size of the values
};

} // namespace Lab
