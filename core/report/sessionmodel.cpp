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
    endResetModel();
}

void SessionModel::appendRun(const RunResultPtr& run)
{
    const int row = int(m_runs.size());
    beginInsertRows({}, row, row);
    m_runs.append(run);
    endInsertRows();
    // A new sequential run may give earlier rows their speed-up.
    if (row > 0)
        Q_EMIT dataChanged(index(0, Speedup), index(row - 1, Efficiency));
}

void SessionModel::clear()
{
    setRuns({});
}

int SessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionModel::value(qsizetype row, int column) const
{
    const RunResult& r = *m_runs.at(row);
    const auto speedup = Analysis::speedupVsSequential(m_runs, row);
    switch (column) {
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

QString SessionModel::text(qsizetype row, int column) const
{
    const RunResult& r = *m_runs.at(row);
    const QLocale locale;
    const QVariant v = value(row, column);
    switch (column) {
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
    case State:
        return !r.error.isEmpty() ? tr("failed: %1").arg(r.error)
               : r.cancelled      ? tr("cancelled")
                                  : tr("done");
    }
    return locale.toString(v.toLongLong());
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
        return index.column() >= Workers && index.column() < State
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
    if (role != Qt::DisplayRole)
        return {};
    const QString titles[ColumnCount] = {tr("Lab"),      tr("Work"),     tr("Strategy"),   tr("Workers"),
                                         tr("Wall"),     tr("CPU time"), tr("Cores busy"), tr("Speed-up"),
                                         tr("Of ideal"), tr("Ok"),       tr("Failed"),     tr("State")};
    return titles[section];
}

void SessionModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
}

} // namespace Lab
