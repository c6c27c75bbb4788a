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
    // Presenter mode: every text of every chart sized for a projector from the window's size (see
    // presenterstyle.h), the projector's palette, thicker lines; off, the screen's look again.
    void setPresenter(bool on);
    bool presenter() const { return m_presenter; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void applyLook();

    WallClockChart* m_wallClock;
    CpuChart* m_cpu;
    QCheckBox* m_perCore;
    TimelineView* m_timeline;
    StateChart* m_states;
    ScalingChart* m_scaling;
    double m_basePointSize;
    bool m_presenter = false;
    QSize m_lookFor; // the window size the presenter's text was sized for
};

} // namespace Lab
