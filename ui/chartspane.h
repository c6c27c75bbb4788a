#pragma once

#include "measure/machineinfo.h"

#include <QTabWidget>

class QCheckBox;
class QLabel;

namespace Lab {

class CpuChart;
class Exportable;
class ScalingChart;
class Session;
class StateChart;
class TimelineView;
class WallClockChart;

// The charts as tabs: wall-clock time, CPU use over time, the timeline of tasks, where the tasks'
// time went, speed-up against workers; beside the tabs, what the charts show ran (Caption::subtitle),
// for a class that comes in late.
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
    // What ran, as the corner beside the tabs says it in full (it may be cut short there).
    QString subtitle() const { return m_subtitleText; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void applyLook();
    void updateSubtitle();
    void fitSubtitle();

    WallClockChart* m_wallClock;
    CpuChart* m_cpu;
    QCheckBox* m_perCore;
    TimelineView* m_timeline;
    StateChart* m_states;
    ScalingChart* m_scaling;
    double m_basePointSize;
    bool m_presenter = false;
    QSize m_lookFor; // the window size the presenter's text was sized for
    const Session* m_session;
    QLabel* m_subtitle;
    QString m_subtitleText;
    MachineInfo m_here = currentMachine();
};

} // namespace Lab
