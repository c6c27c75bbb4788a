#pragma once

#include "exportable.h"
#include "labtypes.h"
#include "sessionfollower.h"

#include <QChartView>
#include <QStringList>

#include <array>
#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace Lab {

// The wall-clock time of each run of the session's batch, one bar a run in its strategy's colour,
// growing while the run goes, with how many times faster than one at a time it was and a dashed
// line at what the best of them could take on an ideal machine.
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

    // A lesson's pointer: the bar of run `run` outlined on screen, not in exports; -1: none.
    void highlight(int run);
    int highlighted() const { return m_highlight; }
    QRectF highlightRect() const; // in the scene, which the view shows unscaled; null when none is drawn

protected:
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    struct Bar {
        double seconds = 0;
        QString time;
        QString comparison; // "3.00× faster", "cancelled", …
        bool final = false; // the run has finished: nothing will change
        QGraphicsSimpleTextItem* timeItem = nullptr;
        QGraphicsSimpleTextItem* comparisonItem = nullptr;
    };

    void retranslateUi();
    void rebuild();
    Bar makeBar();
    void refresh();
    void updateBar(int index);
    QString finishedComparison(int index) const;
    void updateIdeal();
    void updateRange();
    void placeLabels();
    QString categoryName(int index, const QStringList& taken) const;

    SessionFollower m_session;
    QStackedBarSeries* m_bars;
    QLineSeries* m_ideal;
    QBarCategoryAxis* m_xAxis;
    QValueAxis* m_yAxis;
    static std::size_t setIndex(const RunConfig& config);
    // By strategy, the engine's then CPython's (see setIndex()); those the batch does not use stay at 0.
    std::array<QBarSet*, 2 * std::size(allStrategies)> m_sets{};
    QList<Bar> m_shown;
    QStringList m_categories;
    std::optional<qint64> m_idealNs;
    int m_highlight = -1;
};

} // namespace Lab
