#include "timelinepainter.h"

#include "engine/session.h"
#include "palette.h"
#include "report/narrative.h"
#include "statefill.h"
#include "timelinelayout.h"
#include "timelinestates.h"

#include <QLocale>
#include <QPainter>

#include <limits>

using namespace Qt::StringLiterals;

namespace Lab::Timeline {

namespace {

// The legend shows how each state is filled, not in any one strategy's colour.
const QColor legendBase(0x77, 0x77, 0x77);

QString runHeader(const LiveRun& run)
{
    QString how = Narrative::strategyName(run.config.strategy);
    if (run.config.variant != Variant::None) // a mistakes lab: the mistake, or its fix
        how = Narrative::Tr::tr("%1: %2").arg(
            how, Narrative::variantName(run.config.variant, run.config.batchSize));
    QStringList parts{Narrative::workloadName(run.config.workload), how,
                      Tr::tr("%n worker(s)", nullptr, run.config.workers)};
    if (run.config.runtime == Runtime::Python)
        parts.append(run.finished() && !run.result->interpreter.isEmpty() ? run.result->interpreter
                                                                          : u"CPython"_s);
    else if (run.config.strategy == Strategy::Threads && run.config.gil)
        parts.append(Tr::tr("simulated GIL"));
    if (run.finished() && !run.result->error.isEmpty())
        parts.append(Tr::tr("failed: %1").arg(run.result->error));
    else if (run.finished() && !run.result->deadlock.isEmpty())
        parts.append(Tr::tr("deadlock, ended after %1").arg(Narrative::seconds(run.elapsedNs)));
    else if (run.finished() && run.result->cancelled)
        parts.append(Tr::tr("cancelled after %1").arg(Narrative::seconds(run.elapsedNs)));
    else if (run.finished())
        parts.append(Narrative::seconds(run.elapsedNs));
    else if (run.workers.isEmpty() && run.elapsedNs == 0)
        parts.append(Tr::tr("waiting"));
    else
        parts.append(Tr::tr("running… %1").arg(Narrative::seconds(run.elapsedNs, 1)));
    return parts.join(u" · "_s);
}

void paintAxis(QPainter& p, const Layout& g, const Ticks& ticks)
{
    const QFontMetrics fm(p.font());
    const QLocale locale;
    p.setPen(inkColor());
    p.drawLine(g.plot.left(), g.axisTop, g.plot.right(), g.axisTop);
    for (int i = 0; i < ticks.count; ++i) {
        const int x = ticks.x(g, i);
        p.drawLine(x, g.axisTop, x, g.axisTop + tickPx);
        const QString text = locale.toString(i * ticks.stepS, 'f', ticks.decimals);
        const int w = fm.horizontalAdvance(text);
        p.drawText(QRect(x - w, g.axisTop + tickPx, 2 * w, fm.height()), Qt::AlignCenter, text);
    }
    const QRect title(g.plot.left(), g.axisTop + tickPx + fm.height(), g.plot.width(), fm.height());
    p.drawText(title, Qt::AlignCenter, Tr::tr("seconds since each run started"));
}

void paintLegend(QPainter& p, const Layout& g)
{
    p.setPen(inkColor());
    for (const LegendItem& item : g.legend) {
        StateFill::paintSwatch(p, item.swatch, item.state, legendBase);
        p.setPen(inkColor());
        p.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, StateFill::name(item.state));
    }
}

// The run's name, and in the warning's colour after it why its figures are suspect.
void paintHeader(QPainter& p, const Layout& g, const LiveRun& run, int index, const QStringList& why)
{
    const QFont plain = p.font();
    const int top = g.runTops.at(index);
    const int swatch = QFontMetrics(plain).height() * 2 / 3;
    p.fillRect(QRect(g.labelLeft, top + (g.headerHeight - swatch) / 2, swatch, swatch),
               Palette::strategyColor(run.config.strategy));
    QFont bold = plain;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(inkColor());
    const int left = g.labelLeft + swatch + swatch / 2;
    const QRect header(left, top, g.plot.right() - left, g.headerHeight);
    const QString name = QFontMetrics(bold).elidedText(runHeader(run), Qt::ElideRight, header.width());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, name);
    p.setFont(plain);
    if (why.isEmpty())
        return;
    const int gap = QFontMetrics(plain).horizontalAdvance(u' ') * 2;
    const QRect rest = header.adjusted(QFontMetrics(bold).horizontalAdvance(name) + gap, 0, 0, 0);
    p.setPen(Palette::warning().darker(140));
    p.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(plain).elidedText(u"⚠ "_s + why.join(Narrative::Tr::tr("; ")), Qt::ElideRight,
                                              rest.width()));
    p.setPen(inkColor());
}

// Who held the GIL over the run, each thread in its lane's shade; or why no thread had to. Lab 8's
// strip is its locks'.
void paintGilStrip(QPainter& p, const Layout& g, const LiveRun& run, int index)
{
    const QRect row = g.strip(index);
    if (row.isNull())
        return;
    const QFontMetrics fm(p.font());
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    p.setPen(inkColor());
    p.drawText(QRect(g.labelLeft, row.top(), row.left() - g.labelLeft, row.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               run.config.workload == Workload::Locks ? Tr::tr("locks") : Tr::tr("GIL"));
    p.restore();
    const QString note = gilNote(run);
    if (!note.isEmpty()) {
        p.setPen(inkColor().lighter(250));
        p.drawText(row.adjusted(fm.height() / 3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(u"— "_s + note, Qt::ElideRight, row.width()));
        return;
    }
    const int right = std::max(row.left() + 1, qRound(g.xOf(run.elapsedNs)));
    const QRect band(row.left(), row.top() + 2, right - row.left(), row.height() - 4);
    p.fillRect(band, backgroundColor());
    const QColor base = Palette::strategyColor(run.config.strategy);
    const int lanes = int(run.workers.size());
    for (const PixelRun& r : pixelRuns(gilStretches(run), g, band.left(), band.right() + 1))
        p.fillRect(QRect(r.x0, band.top(), r.x1 - r.x0, band.height()), holderColor(base, r.key, lanes));
    p.setPen(gridColor().darker(115));
    p.setBrush(Qt::NoBrush);
    p.drawRect(band.adjusted(0, 0, -1, -1));
}

// Lanes shaded in turn, named at the left, with the time grid behind the bars; in a run with a GIL
// strip, each thread's shade of it beside its name.
void paintLaneFrames(QPainter& p, const Layout& g, const QList<LiveRun>& runs, const Ticks& ticks)
{
    const QFontMetrics fm(p.font());
    const int labelWidth = g.plot.left() - g.labelLeft - fm.height() / 2;
    int labelsEnd = std::numeric_limits<int>::min(); // thin lanes are named where the last name left room
    int inRun = 0;
    for (std::size_t i = 0; i < g.laneList.size() && g.laneList[i].top <= g.lanes.bottom(); ++i) {
        const Lane& lane = g.laneList[i];
        const LiveRun& run = runs.at(lane.run);
        inRun = i > 0 && g.laneList[i - 1].run == lane.run ? inRun + 1 : 0;
        if (inRun % 2 == 0)
            p.fillRect(QRect(g.lanes.left(), lane.top, g.lanes.width(), lane.height), shadeColor());
        p.setPen(gridColor());
        for (int t = 0; t < ticks.count; ++t)
            p.drawLine(ticks.x(g, t), lane.top, ticks.x(g, t), lane.top + lane.height - 1);
        if (hasGilStrip(run) && gilNote(run).isEmpty() && deadlockCaption(run).isEmpty()) {
            const int mark = std::min(lane.height - 2, fm.height() * 2 / 3);
            p.fillRect(
                QRect(g.plot.left() - mark / 2 - 3, lane.top + (lane.height - mark) / 2, mark / 2, mark),
                holderColor(Palette::strategyColor(run.config.strategy), inRun, int(run.workers.size())));
        }
        const int labelTop = lane.top + (lane.height - fm.height()) / 2;
        if (labelTop < labelsEnd || labelTop + fm.height() > g.lanes.bottom() + 1)
            continue;
        p.setPen(inkColor());
        p.drawText(QRect(g.labelLeft, labelTop, labelWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(laneLabel(run.workers.at(lane.worker)), Qt::ElideRight, labelWidth));
        labelsEnd = labelTop + fm.height();
    }
}

} // namespace

QColor holderColor(const QColor& base, int key, int lanes)
{
    if (key < 0 || key >= lanes)
        return {0x80, 0x80, 0x80};
    switch (key % 4) {
    case 0:
        return base.darker(185);
    case 1:
        return base.lighter(140);
    case 2:
        return base.darker(125);
    default:
        return base.lighter(175);
    }
}

void paintChart(QPainter& p, const QList<LiveRun>& runs, const QRect& area, const QFont& font,
                const QList<QStringList>& why, LaneHeight height)
{
    const Layout g = layOut(runs, area, font, height);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(area, backgroundColor());
    p.setPen(inkColor());
    p.setFont(titleFontOf(font));
    p.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, chartTitle());
    p.setFont(font);
    paintLegend(p, g);
    const Ticks ticks = ticksFor(g, QFontMetrics(font));
    paintAxis(p, g, ticks);
    p.setClipRect(g.lanes, Qt::IntersectClip);
    for (int r = 0; r < runs.size(); ++r) {
        paintHeader(p, g, runs.at(r), r, why.value(r));
        if (deadlockCaption(runs.at(r)).isEmpty())
            paintGilStrip(p, g, runs.at(r), r);
        else
            paintDeadlockStrip(p, g, runs.at(r), r);
    }
    paintLaneFrames(p, g, runs, ticks);
    for (const Lane& lane : g.laneList) {
        if (lane.top > g.lanes.bottom())
            break; // clipped away: not worth packing
        paintLane(p, g, runs.at(lane.run), lane);
    }
    for (int r = 0; r < runs.size(); ++r)
        paintDeadlockArrows(p, g, runs.at(r), r);
    p.restore();
}

} // namespace Lab::Timeline
