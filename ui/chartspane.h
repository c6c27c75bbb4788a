#pragma once

#include <QTabWidget>

class QCheckBox;

namespace Lab {

class CpuChart;
class Exportable;
class ScalingChart;
class Session;
class StateChart;
class TimelineView;
class WallClockChart;

// The charts as tabs: wall-clock time, CPU use over time, the timeline of tasks, where the tasks'
// time went, speed-up against workers.
class ChartsPane final : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartsPane(const Session* session, QWidget* parent = nullptr);

    QList<Exportable*> charts() const;
    Exportable* currentChart() const;
    WallClockChart* wallClock() const { return m_wallClock; }
    CpuChart* cpu() const { return m_cpu; }
    TimelineView* timeline() const { return m_timeline; }
    StateChart* states() const { return m_states; }
    ScalingChart* scaling() const { return m_scaling; }
    // Presenter mode: larger text on the charts too, for a projector.
    void setFontScale(double scale);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    WallClockChart* m_wallClock;
    CpuChart* m_cpu;
    QCheckBox* m_perCore;
    TimelineView* m_timeline;
    StateChart* m_states;
    ScalingChart* m_scaling;
    double m_basePointSize;
};

} // namespace Lab
