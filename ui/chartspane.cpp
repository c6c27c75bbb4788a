#include "chartspane.h"

#include "cpuchart.h"
#include "engine/session.h"
#include "palette.h"
#include "presenterstyle.h"
#include "report/caption.h"
#include "scalingchart.h"
#include "statechart.h"
#include "timelineview.h"
#include "wallclockchart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTabBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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

QFont withPixels(QFont font, int px, bool bold = false)
{
    font.setPixelSize(px);
    font.setBold(bold);
    return font;
}

// In pixels, so that they follow the window's size and not the screen's DPI.
void sizeChartFonts(QChart* chart, const Presenter::TextSizes& px)
{
    chart->setTitleFont(withPixels(chart->titleFont(), px.title, true));
    chart->legend()->setFont(withPixels(chart->legend()->font(), px.text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(withPixels(axis->labelsFont(), px.text));
        axis->setTitleFont(withPixels(axis->titleFont(), px.text));
    }
}

} // namespace

ChartsPane::ChartsPane(const Session* session, QWidget* parent)
    : QTabWidget(parent), m_wallClock(new WallClockChart(this)), m_cpu(new CpuChart(this)),
      m_perCore(new QCheckBox(this)), m_timeline(new TimelineView(this)), m_states(new StateChart(this)),
      m_scaling(new ScalingChart(this)), m_basePointSize(font().pointSizeF()), m_session(session),
      m_subtitle(new QLabel(this))
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
    m_subtitle->setContentsMargins(8, 0, 8, 0);
    setCornerWidget(m_subtitle, Qt::TopRightCorner);
    for (auto signal : {&Session::shownChanged, &Session::cleared, &Session::opened})
        connect(session, signal, this, &ChartsPane::updateSubtitle);
    connect(session, &Session::runFinished, this, &ChartsPane::updateSubtitle);
    retranslateUi();
    applyLook(); // the screen's
}

void ChartsPane::updateSubtitle()
{
    m_subtitleText =
        Caption::subtitle(m_session->shownResults(), m_session->openedMachine().value_or(m_here));
    m_subtitle->setToolTip(m_subtitleText);
    fitSubtitle();
}

// Beside the tabs, in the room they leave; cut short with "…" when it is not enough.
void ChartsPane::fitSubtitle()
{
    // No taller than the tabs: Thai's marks above and below must not take height from the charts.
    m_subtitle->setFixedHeight(tabBar()->sizeHint().height());
    const int room = width() - tabBar()->sizeHint().width() - 16;
    m_subtitle->setText(
        m_subtitle->fontMetrics().elidedText(m_subtitleText, Qt::ElideRight, std::max(0, room)));
}

QList<Exportable*> ChartsPane::charts() const
{
    return {m_wallClock, m_cpu, m_timeline, m_states, m_scaling}; // in the tabs' order
}

Exportable* ChartsPane::currentChart() const
{
    return charts().value(currentIndex());
}

void ChartsPane::setPresenter(bool on)
{
    if (on == m_presenter)
        return;
    m_presenter = on;
    m_lookFor = {};
    applyLook();
}

void ChartsPane::resizeEvent(QResizeEvent* event)
{
    QTabWidget::resizeEvent(event);
    fitSubtitle();
    if (m_presenter && window()->size() != m_lookFor)
        applyLook();
}

// The palette first: each chart takes its colours and strokes as it is laid out again.
void ChartsPane::applyLook()
{
    const QList<QChart*> chartsOfViews{m_wallClock->chart(), m_cpu->chart(), m_scaling->chart()};
    if (m_presenter) {
        m_lookFor = window()->size();
        const Presenter::TextSizes px = Presenter::textSizesFor(m_lookFor);
        Palette::setLook(Palette::Look::Projector, px.strokes);
        // The style's padding is of the screen's text: tabs as roomy around the larger text.
        tabBar()->setStyleSheet(u"QTabBar::tab { padding: %1px %2px; }"_s.arg(px.text / 4).arg(px.text / 2));
        for (QChart* chart : chartsOfViews)
            sizeChartFonts(chart, px);
        const QFont text = withPixels(font(), px.text);
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_timeline, m_states, m_perCore, tabBar(), m_subtitle})
            w->setFont(text);
        m_wallClock->setValueSize(px.value);
    } else {
        Palette::setLook(Palette::Look::Screen);
        tabBar()->setStyleSheet(QString());
        for (QChart* chart : chartsOfViews)
            scaleChartFonts(chart, 1.0, m_basePointSize);
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_timeline, m_states, m_perCore, tabBar(), m_subtitle})
            w->setFont(QFont()); // the window's again
        m_wallClock->setValueSize(std::nullopt);
    }
    m_cpu->restyle();
    m_scaling->restyle();
    m_timeline->update();
    m_states->update();
    fitSubtitle();
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
    updateSubtitle(); // in the new language
}

} // namespace Lab
