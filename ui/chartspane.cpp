#include "chartspane.h"

#include "cpuchart.h"
#include "scalingchart.h"
#include "statechart.h"
#include "timelineview.h"
#include "wallclockchart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCheckBox>
#include <QEvent>
#include <QLegend>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lab {

namespace {

void scaleChartFonts(QChart* chart, double scale, double basePointSize)
{
    QFont font = chart->titleFont();
    font.setPointSizeF(basePointSize * 1.3 * scale);
    chart->setTitleFont(font);
    font.setPointSizeF(basePointSize * scale);
    chart->legend()->setFont(font);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

} // namespace

ChartsPane::ChartsPane(const Session* session, QWidget* parent)
    : QTabWidget(parent), m_wallClock(new WallClockChart(this)), m_cpu(new CpuChart(this)),
      m_perCore(new QCheckBox(this)), m_timeline(new TimelineView(this)), m_states(new StateChart(this)),
      m_scaling(new ScalingChart(this)), m_basePointSize(font().pointSizeF())
{
    m_wallClock->setSession(session);
    m_cpu->setSession(session);
    m_timeline->setSession(session);
    m_states->setSession(session);
    m_scaling->setSession(session);
    auto* cpuPage = new QWidget(this);
    auto* cpuLayout = new QVBoxLayout(cpuPage);
    cpuLayout->setContentsMargins(0, 0, 0, 0);
    cpuLayout->addWidget(m_cpu);
    cpuLayout->addWidget(m_perCore);
    connect(m_perCore, &QCheckBox::toggled, m_cpu, &CpuChart::setPerCore);
    addTab(m_wallClock, QString());
    addTab(cpuPage, QString());
    auto* timelinePage = new QScrollArea(this);
    timelinePage->setWidget(m_timeline);
    timelinePage->setWidgetResizable(true); // as tall as the page, or as its lanes need, then it scrolls
    timelinePage->setFrameShape(QFrame::NoFrame);
    addTab(timelinePage, QString());
    addTab(m_states, QString());
    addTab(m_scaling, QString());
    retranslateUi();
}

QList<Exportable*> ChartsPane::charts() const
{
    return {m_wallClock, m_cpu, m_timeline, m_states, m_scaling}; // in the tabs' order
}

Exportable* ChartsPane::currentChart() const
{
    return charts().value(currentIndex());
}

void ChartsPane::setFontScale(double scale)
{
    scaleChartFonts(m_wallClock->chart(), scale, m_basePointSize);
    scaleChartFonts(m_cpu->chart(), scale, m_basePointSize);
    scaleChartFonts(m_scaling->chart(), scale, m_basePointSize);
}

void ChartsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ChartsPane::retranslateUi()
{
    setTabText(0, tr("Wall-clock time"));
    setTabText(1, tr("CPU use"));
    setTabText(2, tr("Timeline"));
    // Short, for the five tabs to fit beside the panels; the chart's title asks the question.
    setTabText(3, tr("Time spent"));
    setTabToolTip(
        3, tr("Where did the time go? All of each run's task time, split by what the tasks were doing"));
    setTabText(4, tr("Scaling"));
    m_perCore->setText(tr("Show each core of the selected run"));
}

} // namespace Lab
