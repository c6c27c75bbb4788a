#pragma once

#include "exportable.h"
#include "sessionfollower.h"

#include <QChartView>

#include <memory>

class QLineSeries;
class QValueAxis;

namespace Lab {

struct RunConfig;

// CPU use over each run's own time: a line per run the session shows, in its strategy's
// colour, in cores busy (0 to the machine's cores), growing while the run goes. Per core, it shows one
// run instead: a line per core and the whole machine.
class ChartNote;

class CpuChart final : public QChartView, public Exportable {
    Q_OBJECT
public:
    explicit CpuChart(QWidget* parent = nullptr);
    ~CpuChart() override;

    // Follows the session's batches; null shows nothing.
    void setSession(const Session* session);

    void setPerCore(bool perCore);
    bool perCore() const { return m_perCore; }
    // The run of the batch shown per core; -1 for the latest run that has samples.
    void setSelectedRun(int index);
    // The run shown per core now, -1 when none has samples yet.
    int selectedRun() const;

    QString exportName() const override;
    QString exportTitle() const override;
    void render(QPainter& painter, const QSize& size) override;

    // The lines as drawn (x in s, y in %), for tests.
    int seriesCount() const { return int(m_lines.size()); }
    QString seriesName(int series) const;
    QList<QPointF> points(int series) const;

    // A lesson's pointer: run `run`'s line glowing on screen, not in exports; -1: none. Per core,
    // where its line is not drawn, nothing glows.
    void highlight(int run);
    // Lays the lines out again in the palette's colours and strokes (presenter mode or not).
    void restyle();
    int highlighted() const { return m_highlight; }
    QPolygonF highlightPath() const; // the glowing line in the scene; empty when none is drawn

protected:
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void retranslateUi();
    void rebuild();
    void refresh();
    void addRunLines();
    void addCoreLines();
    QLineSeries* addLine(const QString& name, const QPen& pen);
    void fillRunLines();
    void fillCoreLines();
    void updateRange();
    int coreCount() const;
    QString runName(const RunConfig& config) const;

    SessionFollower m_session;
    QValueAxis* m_xAxis;
    QValueAxis* m_yAxis;
    QList<QLineSeries*> m_lines;
    QList<qsizetype> m_samplesShown; // per run line: how many samples its points came from
    bool m_perCore = false;
    int m_selected = -1;
    int m_shownRun = -1; // the run the core lines are of
    int m_highlight = -1;
    std::unique_ptr<ChartNote> m_note; // why a figure shown is suspect
};

} // namespace Lab
