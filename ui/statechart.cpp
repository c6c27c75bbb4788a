#include "statechart.h"

#include "chartexport.h"
#include "engine/session.h"
#include "palette.h"
#include "report/narrative.h"
#include "statechartlayout.h"
#include "statefill.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Lab {

StateChart::StateChart(QWidget* parent) : PaintedChart(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

StateChart::~StateChart() = default;

void StateChart::setSession(const Session* session)
{
    m_session.follow(session, this, &StateChart::onSessionChanged, &StateChart::onSessionChanged);
    // Painted on demand from the session: once it is gone, the bars go too, not just at the next paint.
    if (session)
        connect(session, &QObject::destroyed, this, &StateChart::onSessionChanged);
}

void StateChart::onSessionChanged()
{
    updateGeometry(); // a row more or less
    update();
}

QList<StateChart::Row> StateChart::rows() const
{
    if (!m_session)
        return {};
    const QList<LiveRun>& runs = m_session->shown();
    QList<RunConfig> configs;
    for (const LiveRun& run : runs)
        configs.append(run.config);
    const QStringList names = Narrative::runNames(configs);
    QList<Row> rows;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        Row row{names.at(i), runs.at(i).config.strategy, States::breakdownOf(runs.at(i)), {}};
        row.status = statusOf(row, runs.at(i));
        rows.append(row);
    }
    return rows;
}

// What an empty bar says instead of states.
QString StateChart::statusOf(const Row& row, const LiveRun& run)
{
    if (row.drawn())
        return {};
    if (row.states)
        return tr("no states recorded");
    if (run.finished() || !run.rounds.isEmpty())
        return tr("no tasks ran");
    return run.elapsedNs > 0 || !run.workers.isEmpty() ? tr("running…") : tr("not run yet");
}

QString StateChart::exportName() const
{
    return u"states"_s;
}

QString StateChart::exportTitle() const
{
    return tr("Where did the time go?");
}

void StateChart::render(QPainter& painter, const QSize& size)
{
    const qreal scale = ChartExport::exportScale(size);
    painter.save();
    painter.scale(scale, scale);
    paint(painter, QRect(0, 0, qRound(size.width() / scale), qRound(size.height() / scale)));
    painter.restore();
}

QFont StateChart::chartFont() const
{
    QFont f = font();
    if (f.pixelSize() <= 0)
        f.setPixelSize(std::max(1, qRound(f.pointSizeF() * 96.0 / 72.0)));
    return f;
}

QSize StateChart::sizeHint() const
{
    const int line = QFontMetrics(chartFont()).height();
    const int runs = m_session ? int(m_session->shown().size()) : 0;
    return {800, std::clamp(line * 10 + runs * line * 3, line * 16, 1000)};
}

QSize StateChart::minimumSizeHint() const
{
    const int line = QFontMetrics(chartFont()).height();
    const int runs = m_session ? int(m_session->shown().size()) : 0;
    return {line * 24, line * 10 + runs * line * 3 / 2};
}

QString StateChart::toolTipAt(const QPoint& pos) const
{
    const QList<Row> all = rows();
    const StateChartLayout g = layOut(all, rect());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (g.rowRect(int(i)).contains(pos))
            return toolTipText(all.at(i));
    }
    return {};
}

// The run's name, then a line a state: "waiting for the GIL: 6.02 s (50%)", and the total.
QString StateChart::toolTipText(const Row& row)
{
    if (!row.drawn())
        return row.label + u'\n' + row.status;
    const QLocale locale;
    QStringList lines{row.label};
    for (TaskState s : States::present(*row.states)) {
        //: a state, its time in seconds, its share of the run's task time
        lines.append(tr("%1: %2 (%3%)")
                         .arg(StateFill::name(s), Narrative::seconds(row.states->totals[s], 3),
                              locale.toString(100 * row.states->share(s), 'f', 1)));
    }
    lines.append(tr("all tasks: %1").arg(Narrative::seconds(row.states->totalNs(), 3)));
    return lines.join(u'\n');
}

void StateChart::highlight(int run)
{
    m_highlight = run;
    update();
}

QRect StateChart::highlightRect() const
{
    const QList<Row> all = rows();
    if (m_highlight < 0 || m_highlight >= all.size())
        return {};
    return layOut(all, rect()).rowRect(m_highlight);
}

} // namespace Lab
