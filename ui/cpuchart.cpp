#include "cpuchart.h"

#include "chartexport.h"
#include "chartnote.h"
#include "engine/session.h"
#include "palette.h"
#include "report/narrative.h"

#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

// The sampler's ticks and the app's own workers can add up to a hair over the whole machine;
// the chart keeps to what is possible.
// The one unit of CPU use the person meets everywhere: cores busy, of the machine's.
double coresBusy(double pctOfOneCore)
{
    return std::clamp(pctOfOneCore / 100.0, 0.0, double(cpuCores()));
}

// From dark to light in the run's hue, so that its cores read as parts of one run.
QColor shade(const QColor& base, int index, int count)
{
    const double lightness = count > 1 ? 0.25 + 0.5 * index / (count - 1) : 0.45;
    const QColor hsl = base.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(lightness));
}

qint64 lengthNs(const LiveRun& run)
{
    const qint64 lastSample = run.samples.isEmpty() ? 0 : run.samples.constLast().tNs;
    return std::max(run.finished() ? run.result->wallNs : run.elapsedNs, lastSample);
}

} // namespace

CpuChart::CpuChart(QWidget* parent) : QChartView(parent), m_xAxis(new QValueAxis), m_yAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    // A little over every core so that a line at full use is not cut in half by the plot's edge;
    // the labels still end at the number of cores.
    const int cores = cpuCores();
    m_yAxis->setRange(0, cores * 1.03);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(0);
    m_yAxis->setTickInterval(cores <= 4 ? 0.5 : 1);
    m_yAxis->setLabelFormat(cores <= 4 ? u"%.1f"_s : u"%.0f"_s);
    m_xAxis->setRange(0, 1);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    ChartExport::styleChart(*chart);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // lines, dashed where the line is
    m_note = std::make_unique<ChartNote>(chart);
    connect(chart, &QChart::plotAreaChanged, this, [this] { m_note->place(); });
    retranslateUi();
}

CpuChart::~CpuChart() = default;

void CpuChart::setSession(const Session* session)
{
    m_session.follow(session, this, &CpuChart::rebuild, &CpuChart::refresh);
}

void CpuChart::setPerCore(bool perCore)
{
    if (perCore == m_perCore)
        return;
    m_perCore = perCore;
    retranslateUi();
}

void CpuChart::setSelectedRun(int index)
{
    m_selected = index;
    if (m_perCore)
        rebuild();
}

int CpuChart::selectedRun() const
{
    if (!m_session)
        return -1;
    const QList<LiveRun>& runs = m_session->shown();
    if (m_selected >= 0 && m_selected < runs.size())
        return m_selected;
    for (int i = int(runs.size()) - 1; i >= 0; --i) {
        if (!runs.at(i).samples.isEmpty())
            return i;
    }
    return -1;
}

QString CpuChart::exportName() const
{
    return u"cpu"_s;
}

QString CpuChart::exportTitle() const
{
    return tr("CPU use over time");
}

void CpuChart::render(QPainter& painter, const QSize& size)
{
    ChartExport::renderChart(*chart(), painter, size);
}

QString CpuChart::seriesName(int series) const
{
    return m_lines.at(series)->name();
}

QList<QPointF> CpuChart::points(int series) const
{
    return m_lines.at(series)->points();
}

void CpuChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void CpuChart::retranslateUi()
{
    chart()->setTitle(exportTitle());
    m_yAxis->setTitleText(tr("cores busy (of %1)").arg(cpuCores()));
    rebuild(); // the lines' names and the time axis's title are words
}

void CpuChart::rebuild()
{
    for (QLineSeries* line : std::as_const(m_lines)) {
        chart()->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    m_samplesShown.clear();
    m_shownRun = m_perCore ? selectedRun() : -1;
    if (m_perCore)
        addCoreLines();
    else
        addRunLines();
    const bool ofOneRun = m_shownRun >= 0;
    m_xAxis->setTitleText(
        ofOneRun ? tr("seconds since %1 started").arg(runName(m_session->shown().at(m_shownRun).config))
                 : tr("seconds since each run started"));
    refresh();
}

void CpuChart::refresh()
{
    if (!m_session)
        return;
    const bool newBatch = !m_perCore && m_session->shown().size() != m_lines.size();
    if (newBatch || (m_perCore && selectedRun() != m_shownRun)) {
        rebuild(); // shown before its batchStarted reached us, or a later run began sampling
        return;
    }
    if (m_perCore)
        fillCoreLines();
    else
        fillRunLines();
    updateRange();
    m_note->setLines(m_session->suspectNotes());
}

void CpuChart::addRunLines()
{
    if (!m_session)
        return;
    for (const LiveRun& run : m_session->shown()) {
        // A strategy has one colour: a dash marks the simulated GIL, dots CPython, as the stipple does
        // on the wall-clock bars.
        const bool gil = run.config.strategy == Strategy::Threads && run.config.gil;
        const Qt::PenStyle style = run.config.runtime == Runtime::Python ? Qt::DotLine
                                   : gil                                 ? Qt::DashLine
                                                                         : Qt::SolidLine;
        addLine(runName(run.config), QPen(Palette::strategyColor(run.config.strategy), 2, style));
    }
}

void CpuChart::addCoreLines()
{
    const int cores = coreCount();
    const QColor base = m_shownRun >= 0
                            ? Palette::strategyColor(m_session->shown().at(m_shownRun).config.strategy)
                            : QColor(Qt::gray);
    for (int core = 0; core < cores; ++core)
        addLine(tr("core %1").arg(core + 1), QPen(shade(base, core, cores), 2));
    addLine(tr("whole machine"), QPen(m_yAxis->labelsBrush().color(), 2.5, Qt::DashLine));
    // What the machine did that was not this run: a busy machine, seen as it happened.
    addLine(tr("other programs"), QPen(Palette::warning(), 2, Qt::DotLine));
}

void CpuChart::restyle()
{
    rebuild();
}

QLineSeries* CpuChart::addLine(const QString& name, const QPen& pen)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen thick = pen; // thicker on a projector
    thick.setWidthF(pen.widthF() * Palette::strokeScale());
    line->setPen(thick);
    chart()->addSeries(line);
    line->attachAxis(m_xAxis);
    line->attachAxis(m_yAxis);
    m_lines.append(line);
    m_samplesShown.append(-1);
    return line;
}

// Each changed line gets its whole list at once: appending point by point redraws every time.
void CpuChart::fillRunLines()
{
    const QList<LiveRun>& runs = m_session->shown();
    for (int i = 0; i < runs.size(); ++i) {
        const QList<CpuSample>& samples = runs.at(i).samples;
        if (samples.size() == m_samplesShown.at(i))
            continue;
        QList<QPointF> points;
        points.reserve(samples.size());
        for (const CpuSample& s : samples)
            points.append({double(s.tNs) / 1e9, coresBusy(s.processPct)});
        m_lines.at(i)->replace(points);
        m_samplesShown[i] = samples.size();
    }
}

void CpuChart::fillCoreLines()
{
    if (m_shownRun < 0 || m_lines.isEmpty())
        return;
    const QList<CpuSample>& samples = m_session->shown().at(m_shownRun).samples;
    if (samples.size() == m_samplesShown.constFirst())
        return;
    const qsizetype cores = m_lines.size() - 2; // then the whole machine, then the other programs
    QList<QList<QPointF>> points(m_lines.size());
    for (const CpuSample& s : samples) {
        const double t = double(s.tNs) / 1e9;
        for (qsizetype core = 0; core < std::min(cores, s.coresPct.size()); ++core)
            points[core].append({t, coresBusy(s.coresPct.at(core))});
        const double machine = s.systemPct * double(cores);
        points[cores].append({t, coresBusy(machine)});
        points[cores + 1].append({t, coresBusy(std::max(0.0, machine - s.processPct))});
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lines.at(i)->replace(points.at(i));
    m_samplesShown.fill(samples.size());
}

void CpuChart::updateRange()
{
    qint64 ns = 0;
    const QList<LiveRun>& runs = m_session->shown();
    for (int i = 0; i < runs.size(); ++i) {
        if (!m_perCore || i == m_shownRun)
            ns = std::max(ns, lengthNs(runs.at(i)));
    }
    ChartExport::fitAxis(*m_xAxis, std::max(double(ns) / 1e9, 0.1));
}

// The cores the sampler saw; before any sample, those the app may use.
int CpuChart::coreCount() const
{
    if (m_shownRun >= 0) {
        const QList<CpuSample>& samples = m_session->shown().at(m_shownRun).samples;
        if (!samples.isEmpty() && !samples.constLast().coresPct.isEmpty())
            return int(samples.constLast().coresPct.size());
    }
    return cpuCores();
}

QString CpuChart::runName(const RunConfig& config) const
{
    return Narrative::runLabel(config);
}

} // namespace Lab
