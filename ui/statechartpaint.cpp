// "Where did the time go?" laid out and painted: the same code for the screen, PNG and SVG.
#include "statechart.h"

#include "palette.h"
#include "report/narrative.h"
#include "statechartlayout.h"
#include "statefill.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

// A chart on a slide: dark on white on every screen theme, like the timeline.
const QColor backgroundColor(Qt::white);
const QColor inkColor(0x20, 0x20, 0x20);
const QColor quietInk(0x60, 0x60, 0x60);
const QColor gridColor(0xDC, 0xDC, 0xDC);
// The legend's fills: in no strategy's colour, since every run draws them in its own.
const QColor legendBase(0x80, 0x80, 0x80);

constexpr double axisSteps = 4; // 0, 25, 50, 75, 100%

QFont titleFontOf(QFont font)
{
    font.setPixelSize(qRound(font.pixelSize() * 1.3));
    font.setBold(true);
    return font;
}

QString caption()
{
    return StateChart::tr("Each bar: all of a run's task time (written at its end), split by what the "
                          "tasks were doing");
}

QFont noteFontOf(QFont font)
{
    font.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
    return font;
}

QString percent(double share)
{
    return StateChart::tr("%1%").arg(States::percentText(share));
}

QString totalText(const StateChart::Row& row)
{
    return row.drawn() ? Narrative::seconds(row.states->totalNs()) : QString();
}

// The states of the runs shown in the bars' order; before any, all a legend may show.
QList<TaskState> legendStatesOf(const QList<StateChart::Row>& rows)
{
    QList<TaskState> states;
    for (TaskState s : States::barOrder()) {
        if (std::any_of(rows.begin(), rows.end(), [s](const StateChart::Row& row) {
                return row.drawn() && row.states->share(s) >= States::leastMentioned;
            }))
            states.append(s);
    }
    return states.isEmpty() ? StateFill::legendStates() : states;
}

// A legend's entry: its swatch, a gap, its name; and the room between entries.
int legendEntryWidth(const QFontMetrics& fm, TaskState s)
{
    return fm.height() * 2 + fm.horizontalAdvance(StateFill::name(s)) + fm.height() * 3 / 2;
}

int legendLines(const QFontMetrics& fm, const QList<TaskState>& states, int width)
{
    int lines = 1;
    int x = 0;
    for (TaskState s : states) {
        const int w = legendEntryWidth(fm, s);
        if (x > 0 && x + w > width) {
            ++lines;
            x = 0;
        }
        x += w;
    }
    return lines;
}

void paintAxis(QPainter& p, const StateChartLayout& g)
{
    const QFontMetrics fm(p.font());
    const int top = g.rowTops.empty() ? g.axisTop : g.rowTops.front();
    for (int i = 0; i <= int(axisSteps); ++i) {
        const int x = g.xOf(i / axisSteps);
        p.setPen(gridColor);
        p.drawLine(x, top, x, g.axisTop);
        p.setPen(inkColor);
        p.drawLine(x, g.axisTop, x, g.axisTop + fm.height() / 4);
        const QString text = StateChart::tr("%1%").arg(QLocale().toString(100 * i / axisSteps, 'f', 0));
        const int w = fm.horizontalAdvance(text);
        p.drawText(QRect(x - w, g.axisTop + fm.height() / 4, 2 * w, fm.height()), Qt::AlignCenter, text);
    }
    p.drawLine(g.barLeft, g.axisTop, g.barRight, g.axisTop);
}

// The share written on its segment, on a white chip where the fill is pale or patterned; false when
// the segment is too small for it.
bool paintShare(QPainter& p, const QRect& segment, TaskState s, const QColor& base, double share)
{
    const QFontMetrics fm(p.font());
    const QString text = percent(share);
    const int pad = fm.averageCharWidth() / 2 + 1;
    const int w = fm.horizontalAdvance(text) + 2 * pad;
    if (w > segment.width() || fm.height() > segment.height())
        return false;
    const bool solid = s == TaskState::Running || s == TaskState::Gil;
    const QColor fill = s == TaskState::Gil ? StateFill::gilColor() : base;
    if (!solid) {
        const QRect chip(segment.center().x() - w / 2, segment.center().y() - fm.height() / 2, w,
                         fm.height());
        p.fillRect(chip, QColor(255, 255, 255, 220));
    }
    p.setPen(solid && qGray(fill.rgb()) < 140 ? QColor(Qt::white) : inkColor);
    p.drawText(segment, Qt::AlignCenter | Qt::TextSingleLine, text);
    return true;
}

// The bar's segments with their shares; returns the states whose share did not fit on them.
QList<TaskState> paintBar(QPainter& p, const QRect& bar, const StateChart::Row& row)
{
    if (!row.drawn()) {
        p.setPen(QPen(quietInk, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        p.setPen(quietInk);
        p.drawText(bar, Qt::AlignCenter | Qt::TextSingleLine, row.status);
        return {};
    }
    QList<TaskState> untold;
    const QColor base = Palette::strategyColor(row.strategy);
    const States::Breakdown& b = *row.states;
    double before = 0;
    const QList<TaskState> states = States::present(b);
    for (TaskState s : states) {
        const int left = bar.left() + qRound(before * bar.width());
        before += b.share(s);
        const int right = s == states.back() ? bar.right() + 1 : bar.left() + qRound(before * bar.width());
        const QRect segment(left, bar.top(), right - left, bar.height());
        StateFill::paint(p, segment, s, base);
        if (left > bar.left()) { // a white seam, so that neighbours of like colour stay apart
            p.setPen(QPen(backgroundColor, 1));
            p.drawLine(left, bar.top(), left, bar.bottom());
        }
        if (!paintShare(p, segment, s, base, b.share(s)) && b.share(s) >= States::leastMentioned)
            untold.append(s);
    }
    p.setPen(QPen(base.darker(140), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    return untold;
}

// Under the bar, what was too small to write on it: "handing over 0.4% · queued 0.2%".
void paintNote(QPainter& p, const QRect& note, const StateChart::Row& row, const QList<TaskState>& states)
{
    if (states.isEmpty() || note.height() <= 0)
        return;
    QStringList parts;
    for (TaskState s : states)
        parts.append(StateChart::tr("%1 %2").arg(StateFill::name(s), percent(row.states->share(s))));
    const QFont font = p.font();
    p.setFont(noteFontOf(font));
    const QFontMetrics fm(p.font());
    p.setPen(quietInk);
    p.drawText(note, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
               fm.elidedText(parts.join(u" · "_s), Qt::ElideLeft, note.width()));
    p.setFont(font);
}

// The run's name after a swatch of its strategy's colour, its bar, and its task time after it.
void paintRow(QPainter& p, const StateChartLayout& g, const StateChart::Row& row, int index)
{
    const QFontMetrics fm(p.font());
    const QRect bar = g.barRect(index);
    const int swatch = fm.height() * 2 / 3;
    p.fillRect(QRect(g.labelLeft, bar.center().y() - swatch / 2, swatch, swatch),
               Palette::strategyColor(row.strategy));
    const QRect label(g.labelLeft + swatch * 3 / 2, bar.top(), g.labelWidth - swatch * 3 / 2, bar.height());
    p.setPen(inkColor);
    p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
               fm.elidedText(row.label, Qt::ElideRight, label.width()));
    const QList<TaskState> untold = paintBar(p, bar, row);
    paintNote(p, g.noteRect(index), row, untold);
    p.setPen(inkColor);
    p.drawText(QRect(g.totalLeft, bar.top(), g.totalWidth, bar.height()),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, totalText(row));
}

void paintLegend(QPainter& p, const StateChartLayout& g)
{
    const QFontMetrics fm(p.font());
    int x = g.legend.left();
    int y = g.legend.top();
    for (TaskState s : g.legendStates) {
        const int w = legendEntryWidth(fm, s);
        if (x > g.legend.left() && x + w > g.legend.right()) {
            x = g.legend.left();
            y += fm.height() * 3 / 2;
        }
        const QRect swatch(x, y + fm.height() / 6, fm.height() * 3 / 2, fm.height() * 2 / 3);
        StateFill::paintSwatch(p, swatch, s, s == TaskState::Gil ? StateFill::gilColor() : legendBase);
        p.setPen(inkColor);
        p.drawText(QRect(x + fm.height() * 2, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   StateFill::name(s));
        x += w;
    }
}

} // namespace

StateChartLayout StateChart::layOut(const QList<Row>& rows, const QRect& area) const
{
    const QFont font = chartFont();
    const QFontMetrics fm(font);
    const int line = fm.height();
    const QRect inner = area.adjusted(line, line / 2, -line, -line / 2);
    StateChartLayout g;
    g.title =
        QRect(inner.left(), inner.top(), inner.width(), QFontMetrics(titleFontOf(font)).height() + line / 2);
    const int captionLines = fm.horizontalAdvance(caption()) > inner.width() ? 2 : 1;
    g.caption = QRect(inner.left(), g.title.bottom() + 1, inner.width(), captionLines * line);
    g.legendStates = legendStatesOf(rows);
    const int legendHeight = legendLines(fm, g.legendStates, inner.width()) * line * 3 / 2;
    const int axisHeight = line * 3 / 2;

    g.labelLeft = inner.left();
    int labels = line * 6;
    int totals = fm.horizontalAdvance(Narrative::seconds(0));
    for (const Row& row : rows) {
        labels = std::max(labels, fm.horizontalAdvance(row.label) + line);
        totals = std::max(totals, fm.horizontalAdvance(totalText(row)));
    }
    g.labelWidth = std::min(labels + line / 2, inner.width() * 2 / 5);
    g.totalWidth = totals;
    g.totalLeft = inner.right() + 1 - totals;
    g.barLeft = g.labelLeft + g.labelWidth;
    g.barRight = std::max(g.barLeft + line, g.totalLeft - line / 2);

    const int rowsTop = g.caption.bottom() + 1 + line;
    const int room = inner.bottom() + 1 - legendHeight - axisHeight - line / 2 - rowsTop;
    const int count = std::max<int>(1, int(rows.size()));
    g.rowHeight = std::clamp(room / count, line * 2, line * 5);
    g.noteHeight = QFontMetrics(noteFontOf(font)).height();
    g.barHeight = std::min(g.rowHeight - g.noteHeight - line / 3, line * 3);
    for (int i = 0; i < rows.size(); ++i)
        g.rowTops.push_back(rowsTop + i * g.rowHeight);
    g.axisTop = rowsTop + int(rows.size()) * g.rowHeight + line / 4;
    g.legend = QRect(inner.left(), g.axisTop + axisHeight + line / 2, inner.width(), legendHeight);
    return g;
}

void StateChart::paint(QPainter& p, const QRect& area) const
{
    const QList<Row> all = rows();
    const QFont font = chartFont();
    const StateChartLayout g = layOut(all, area);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(area, backgroundColor);
    p.setPen(inkColor);
    p.setFont(titleFontOf(font));
    p.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, exportTitle());
    p.setFont(font);
    p.setPen(quietInk);
    p.drawText(g.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption());
    paintAxis(p, g);
    for (int i = 0; i < all.size(); ++i)
        paintRow(p, g, all.at(i), i);
    paintLegend(p, g);
    p.restore();
}

} // namespace Lab
