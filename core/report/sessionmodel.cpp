#include "report/sessionmodel.h"

#include "report/analysis.h"
#include "report/narrative.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lab {

SessionModel::SessionModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionModel::setRuns(const QList<RunResultPtr>& runs)
{
    beginResetModel();
    m_runs = runs;
    m_rows = Noise::summarize(m_runs);
    endResetModel();
}

// A new run makes a row of its own, or joins its kind's; either may give other rows a speed-up.
void SessionModel::appendRun(const RunResultPtr& run)
{
    m_runs.append(run);
    QList<Noise::Summary> rows = Noise::summarize(m_runs);
    const bool extends =
        rows.size() >= m_rows.size() &&
        std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(),
                   [](const auto& a, const auto& b) { return a.runs.first() == b.runs.first(); });
    if (!extends) { // a kind's first counted run after its warm-up, before another's: in its place
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const int before = int(m_rows.size());
    if (rows.size() > before) {
        beginInsertRows({}, before, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SessionModel::clear()
{
    setRuns({});
}

RunResultPtr SessionModel::runAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    QList<RunResultPtr> rounds;
    for (qsizetype i : m_rows.at(row).runs)
        rounds.append(m_runs.at(i));
    return Noise::medianRun(rounds);
}

int SessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qsizetype SessionModel::shownRun(qsizetype rowIndex) const
{
    return m_runs.indexOf(runAt(int(rowIndex)));
}

QVariant SessionModel::value(qsizetype rowIndex, int column) const
{
    const Noise::Summary& s = m_rows.at(rowIndex);
    if (s.runs.size() > 1) {
        if (auto v = repeatedValue(s, column))
            return *v;
    }
    const qsizetype row = shownRun(rowIndex);
    const RunResult& r = *m_runs.at(row);
    const auto speedup = Analysis::speedupVsSequential(m_runs, row);
    switch (column) {
    case Runs:
        return 1;
    case LabNumber:
        return r.config.labNumber;
    case Workers:
        return r.config.workers;
    case Wall:
        return double(r.wallNs) / 1e9;
    case Cpu:
        return double(r.appCpu.totalNs() + r.workersCpu.totalNs()) / 1e9;
    case CpuUse: {
        const auto share = Analysis::cpuUtilisationPct(r);
        return share ? QVariant(*share) : QVariant();
    }
    case Speedup:
        return speedup ? QVariant(*speedup) : QVariant();
    case Efficiency: // how close to the best the schedule allows
        return speedup ? QVariant(100.0 * *speedup / Analysis::idealSpeedup(r.config)) : QVariant();
    case Ok:
        return r.count(TaskStatus::Ok);
    case Failed:
        return r.count(TaskStatus::Failed) + r.count(TaskStatus::TimedOut);
    }
    return {};
}

QString SessionModel::text(qsizetype rowIndex, int column) const
{
    const Noise::Summary& s = m_rows.at(rowIndex);
    if (s.runs.size() > 1) {
        if (auto t = repeatedText(s, column))
            return *t;
    }
    const QVariant v = value(rowIndex, column);
    const qsizetype row = shownRun(rowIndex);
    const RunResult& r = *m_runs.at(row);
    const QLocale locale;
    switch (column) {
    case Suspect: {
        const QStringList why = Narrative::suspicions(m_runs, row);
        return why.isEmpty() ? u"–"_s : u"⚠ "_s + why.join(Narrative::Tr::tr("; "));
    }
    case LabNumber:
        return r.config.labNumber >= 0 ? QString::number(r.config.labNumber) : tr("custom");
    case Work:
        return Narrative::workloadName(r.config.workload);
    case StrategyName:
        return Narrative::runLabel(r.config);
    case Wall:
    case Cpu:
        return Narrative::seconds(qint64(v.toDouble() * 1e9));
    case CpuUse:
        return Narrative::coresBusy(v.isValid() ? std::optional(v.toDouble()) : std::nullopt);
    case Efficiency:
        // Faster than the schedule allows: the baseline was slowed (a busy machine). Within 5% it is
        // the timers' noise, shown as the best there is; past it, a warning, never a plain figure.
        if (v.isValid() && v.toDouble() > 105)
            return tr("⚠ %1% (baseline slowed)").arg(locale.toString(v.toDouble(), 'f', 0));
        return v.isValid() ? tr("%1%").arg(locale.toString(std::min(v.toDouble(), 100.0), 'f', 0)) : u"–"_s;
    case Speedup: {
        const auto baseline = Analysis::baselineOf(m_runs, r.config, row);
        if (!v.isValid() || !baseline)
            return u"–"_s;
        const QString figure = tr("%1×").arg(locale.toString(v.toDouble(), 'f', 2));
        return baseline->ofItsBatch
                   ? figure
                   : figure + u" · "_s + Narrative::againstTheRunAt(*m_runs.at(baseline->index));
    }
    case State: {
        // What the mistakes labs show beside the time: the deadlock, the counter.
        if (!r.deadlock.isEmpty())
            return Narrative::deadlockLine(r.deadlock);
        const QString state = !r.error.isEmpty() ? tr("failed: %1").arg(r.error)
                              : r.cancelled      ? tr("cancelled")
                                                 : tr("done");
        return r.counter ? tr("%1 · %2").arg(state, Narrative::counterLine(*r.counter)) : state;
    }
    }
    return locale.toString(v.toLongLong());
}

// A repeated kind's figures over its rounds: medians, with the spread in the text, and the tasks'
// totals; none for what its run of the median time tells (lab, workers, cores busy, …).
std::optional<QVariant> SessionModel::repeatedValue(const Noise::Summary& s, int column) const
{
    const auto total = [&](auto count) {
        int n = 0;
        for (qsizetype i : s.runs)
            n += count(*m_runs.at(i));
        return n;
    };
    switch (column) {
    case Runs:
        return int(s.runs.size());
    case Wall:
        return s.wallMs ? QVariant(s.wallMs->median / 1e3) : QVariant();
    case Cpu: {
        QList<double> cpu; // of the runs the time is of
        for (qsizetype i : s.runs) {
            const RunResult& r = *m_runs.at(i);
            if (!r.cancelled && r.error.isEmpty())
                cpu.append(double(r.appCpu.totalNs() + r.workersCpu.totalNs()) / 1e9);
        }
        const auto spread = Noise::spreadOf(cpu);
        return spread ? QVariant(spread->median) : QVariant();
    }
    case Speedup:
        return s.speedup ? QVariant(s.speedup->median) : QVariant();
    case Efficiency:
        return s.speedup ? QVariant(100.0 * s.speedup->median / s.idealSpeedup) : QVariant();
    case Ok:
        return total([](const RunResult& r) { return r.count(TaskStatus::Ok); });
    case Failed:
        return total(
            [](const RunResult& r) { return r.count(TaskStatus::Failed) + r.count(TaskStatus::TimedOut); });
    }
    return std::nullopt;
}

std::optional<QString> SessionModel::repeatedText(const Noise::Summary& s, int column) const
{
    const QLocale locale;
    const auto seconds = [](double ms) { return Narrative::seconds(qint64(ms * 1e6)); };
    switch (column) {
    case Wall:
        if (!s.wallMs)
            return u"–"_s;
        return tr("%1 (%2–%3)")
            .arg(seconds(s.wallMs->median), locale.toString(s.wallMs->min / 1e3, 'f', 2),
                 locale.toString(s.wallMs->max / 1e3, 'f', 2)); // the unit once
    case Speedup:
        if (!s.speedup)
            return u"–"_s;
        return tr("%1× (%2–%3)")
            .arg(locale.toString(s.speedup->median, 'f', 2), locale.toString(s.speedup->min, 'f', 2),
                 locale.toString(s.speedup->max, 'f', 2));
    case Suspect:
        return s.suspect() ? u"⚠ "_s + Narrative::suspicions(s).join(Narrative::Tr::tr("; ")) : u"–"_s;
    case State: {
        int cancelled = 0;
        for (qsizetype i : s.runs) {
            const RunResult& r = *m_runs.at(i);
            if (!r.error.isEmpty())
                return tr("failed: %1").arg(r.error);
            cancelled += r.cancelled;
        }
        return cancelled ? tr("%1 of %2 cancelled").arg(cancelled).arg(s.runs.size()) : tr("done");
    }
    }
    return std::nullopt;
}

QVariant SessionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case ValueRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Workers && index.column() < Suspect
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Efficiency)
        return tr("The speed-up as a share of the best the schedule allows on this machine");
    if (role == Qt::ToolTipRole && section == Runs)
        return tr("Interleaved rounds counted; times are their median (min–max), tasks their total");
    if (role == Qt::ToolTipRole && section == Suspect)
        return tr(
            "Why a figure should not be trusted: a busy machine, a speed-up above the ideal, a wide spread");
    if (role != Qt::DisplayRole)
        return {};
    const QString titles[ColumnCount] = {tr("Lab"),      tr("Work"),     tr("Strategy"), tr("Workers"),
                                         tr("Runs"),     tr("Wall"),     tr("CPU time"), tr("Cores busy"),
                                         tr("Speed-up"), tr("Of ideal"), tr("Ok"),       tr("Failed"),
                                         tr("Suspect"),  tr("State")};
    return titles[section];
}

void SessionModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace Lab
