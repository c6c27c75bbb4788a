// The wall-clock chart's repeats: a dot for each round, a repeated kind's bar at its median with a
// min–max whisker, and a note of what makes a figure suspect.
#include "wallclockchart.h"

#include "chartnote.h"
#include "engine/session.h"
#include "palette.h"
#include "report/analysis.h"
#include "report/narrative.h"

#include <QBarCategoryAxis>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QPainterPath>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

constexpr qreal whiskerCap = 6; // px each side of the whisker's ends
constexpr qreal whiskerZ = 98;  // over the bars, under the labels

} // namespace

void WallClockChart::makeRepeatItems()
{
    m_dots = new QScatterSeries;
    m_disturbedDots = new QScatterSeries;
    const QColor ink = m_yAxis->labelsBrush().color();
    for (QScatterSeries* dots : {m_dots, m_disturbedDots}) {
        chart()->addSeries(dots);
        dots->attachAxis(m_xAxis);
        dots->attachAxis(m_yAxis);
        dots->setMarkerSize(9);
        dots->setBorderColor(Qt::white);
    }
    m_dots->setColor(ink);
    m_disturbedDots->setColor(Palette::warning());
    m_disturbedDots->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_note = std::make_unique<ChartNote>(chart());
}

const Noise::Summary* WallClockChart::summaryOf(const LiveRun& run) const
{
    if (run.rounds.size() < 2)
        return nullptr;
    const qsizetype first = m_session->results().indexOf(run.rounds.first());
    for (const Noise::Summary& s : m_session->summaries()) {
        if (s.runs.contains(first))
            return &s;
    }
    return nullptr;
}

// The dots of every round shown, the note; the summaries again when a run has finished.
void WallClockChart::updateRepeats()
{
    QList<QPointF> quiet;
    QList<QPointF> disturbed;
    const QList<LiveRun>& runs = m_session->shown();
    for (int i = 0; i < runs.size(); ++i) {
        for (const RunResultPtr& round : runs.at(i).rounds) {
            if (runs.at(i).rounds.size() < 2 || round->cancelled || !round->error.isEmpty())
                continue;
            const auto d = Noise::disturbanceOf(*round);
            (d && d->disturbed() ? disturbed : quiet).append({double(i), double(round->wallNs) / 1e9});
        }
    }
    m_dots->replace(quiet);
    m_disturbedDots->replace(disturbed);
    m_disturbedDots->setName(tr("busy machine"));
    // A dot beside a whisker needs no name; a square one does.
    for (QLegendMarker* marker : chart()->legend()->markers(m_dots))
        marker->setVisible(false);
    for (QLegendMarker* marker : chart()->legend()->markers(m_disturbedDots))
        marker->setVisible(m_disturbedDots->count() > 0);
    m_note->setLines(m_session->suspectNotes());
}

void WallClockChart::clearRepeats()
{
    m_dots->clear();
    m_disturbedDots->clear();
    for (QLegendMarker* marker : chart()->legend()->markers(m_disturbedDots))
        marker->setVisible(false);
    m_note->setLines({});
}

// A repeated kind's bar, once its round has finished: the median, the spread and the speed-up of
// its rounds so far. False for a kind run once.
bool WallClockChart::showRepeated(int index, Bar& bar)
{
    const LiveRun& run = m_session->shown().at(index);
    const Noise::Summary* s = summaryOf(run);
    bar.range.reset();
    if (!s || !s->wallMs)
        return false;
    bar.seconds = s->wallMs->median / 1e3;
    bar.range = std::pair(s->wallMs->min / 1e3, s->wallMs->max / 1e3);
    bar.comparison = Narrative::repeatsComparison(*s, run.config);
    if (s->suspect())
        bar.comparison = tr("%1 ⚠").arg(bar.comparison);
    return true;
}

// Computing, repeated: what the median one-at-a-time run allows, not one round's.
std::optional<qint64> WallClockChart::repeatedExpectedNs(const LiveRun& run) const
{
    if (run.config.workload != Workload::Squares || run.config.strategy == Strategy::Sequential ||
        !summaryOf(run))
        return std::nullopt;
    const QList<RunResultPtr>& results = m_session->results();
    for (const Noise::Summary& s : m_session->summaries()) {
        const RunConfig& kind = results.at(s.runs.first())->config;
        if (kind.batch == run.config.batch && isBaselineFor(kind, run.config) && s.wallMs)
            return qint64(s.wallMs->median * 1e6 / Analysis::idealSpeedup(run.config));
    }
    return std::nullopt;
}

void WallClockChart::placeRepeats()
{
    for (int i = 0; i < m_shown.size(); ++i) {
        Bar& bar = m_shown[i];
        if (!bar.range) {
            delete bar.whisker;
            bar.whisker = nullptr;
            continue;
        }
        if (!bar.whisker) {
            bar.whisker = new QGraphicsPathItem(chart());
            bar.whisker->setPen(QPen(m_yAxis->labelsBrush().color(), 2));
            bar.whisker->setZValue(whiskerZ);
        }
        const QPointF low = chart()->mapToPosition(QPointF(i, bar.range->first), m_bars);
        const QPointF high = chart()->mapToPosition(QPointF(i, bar.range->second), m_bars);
        QPainterPath path;
        path.moveTo(low);
        path.lineTo(high);
        for (const QPointF& end : {low, high}) {
            path.moveTo(end.x() - whiskerCap, end.y());
            path.lineTo(end.x() + whiskerCap, end.y());
        }
        bar.whisker->setPath(path);
    }
    m_note->place();
}

} // namespace Lab
